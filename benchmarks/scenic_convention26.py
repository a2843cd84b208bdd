"""How each open gold set labels the name written before 景区 / 风景区 / 旅游区 (the scenic-area convention).

    PYTHONPATH=. python benchmarks/scenic_convention26.py

For every gold (text, label) whose string stands right before 景区, 风景区, 风景名胜区 or 旅游区 in its document
(also closing quotes, a list 、…等景区 and a grade 4A级 between), prints
set, document, name, label and whether the name ends in a landform head (山岭峰峡谷洞湖河江溪瀑潭泉岩).
Sets: entities-dev (all 20), the seeds, the OPEN reports of dev4..dev9 (kept-apart stems skipped; texts from
``/work/devN``), pages21, pages22, pages23, pages26o's odd pages (the even pages are the held check: skipped),
and every tests/data set with entities/ and texts/ (their held halves skipped).
"""
from __future__ import annotations

import os
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", "/work/shared"))
APART = {4: range(9, 13), 5: range(11, 15), 6: range(11, 15), 7: range(11, 15), 8: range(11, 15)}
EVEN26 = {f"p26o_{i:02d}" for i in (2, 4, 6, 8, 10)}
#: held halves of the tests/data sets: their gold is not read here
HELD = {"minor_held23": {f"m{i:02d}" for i in range(6, 11)}, "ent_held24": {f"h{i:02d}" for i in range(6, 11)},
        "minor_held25": {f"s{i:02d}" for i in range(6, 11)}, "minor_held26": {f"t{i:02d}" for i in range(5, 9)}}
LANDFORM = tuple("山岭峰峡谷洞湖河江溪瀑潭泉岩")
SCENIC_RE = "”?(?:(?:[、和与及][^，。；！？]{0,24}?)?等)?(?:[0-9一二两三四五六七八九十]+个)?(?:国家)?(?:[345]?A级)?(?:风景名胜区|风景区|景区|旅游区)"


def _sets():
    from corpus_tools.scoring.entities import gold_documents

    yield "entities-dev", gold_documents(SHARED / "gold" / "entities-dev", source="edev")
    yield "seeds", gold_documents(SHARED / "gold" / "entities", source="seeds")
    for n in range(4, 10):
        f = Path(f"/work/dev{n}")
        apart = {f"d{n}_{i:02d}" for i in APART.get(n, ())}
        yield f"dev{n}", [d for d in gold_documents(f / "entities", pages_dir=f / "texts", source=f"dev{n}")
                          if d.stem not in apart]
    for name in ("pages21", "pages22", "pages23", "pages26o"):
        f = REPO / "benchmarks" / "gold" / name
        yield name, [d for d in gold_documents(f / "entities", pages_dir=f / "texts", source=name) if d.stem not in EVEN26]
    for f in sorted((REPO / "tests" / "data").iterdir()):
        if (f / "entities").is_dir() and (f / "texts").is_dir():
            try:
                yield f.name, [d for d in gold_documents(f / "entities", pages_dir=f / "texts", source=f.name)
                               if d.stem not in HELD.get(f.name, ())]
            except Exception as exc:  # a set whose layout the loader does not read
                print(f"# {f.name}: skipped ({type(exc).__name__})")


def main() -> int:
    total = Counter()
    for name, docs in _sets():
        for d in docs:
            text = re.sub(r"[\r\n]", "", d.text)
            for (t, lab) in d.gold:
                if len(t) < 2 or not re.search(re.escape(t) + SCENIC_RE, text):
                    continue
                land = t.endswith(LANDFORM)
                total[(name, lab, land)] += 1
                print(f"{name}\t{d.stem}\t{t}\t{lab}\t{'landform' if land else 'other'}")
    print("\n# set, label, landform-ending: distinct names")
    for (name, lab, land), n in sorted(total.items()):
        print(f"{name}\t{lab}\t{'landform' if land else 'other'}\t{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
