"""Build the character model of names that are not surname + given name: ``translit_chars.json``.

    /work/venv/bin/python training/ner/build_translit_names.py [--shared ../shared]

Uyghur (阿卜杜热合曼·吐尔逊), Tibetan (扎西次仁), Yi (吉克阿依), Mongolian (巴音朝鲁) and
foreign names (爱德华多·克林格) are written with a small set of characters chosen for their
sound (阿 尔 克 吉 嘎 洛 桑 ...), which running text uses far less. For every character the
model stores a log-odds score: how much more often it occurs inside such a name than in other
words. Sources:

* People's Daily 1998 (PKU tags): person names the corpus does not split into surname and
  given name (a single ``nr`` token with no ``nr`` neighbour: 多吉才让, 司马义·艾买提,
  巴音朝鲁) against every character outside ``nr`` tokens;
* MSRA NER train: PER spans with a middle dot, four or more characters without a compound
  surname, or three or more characters whose first character is no surname.

Only the scores ship (one number per character), not the names or the corpora.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # build_name_model.py
from build_name_model import msra_sentences  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "corpus_tools" / "data" / "entities" / "translit_chars.json"
NAME_MODEL = REPO / "corpus_tools" / "data" / "entities" / "name_model.json"
CJK = re.compile(r"[\u4e00-\u9fff]")
TOKEN = re.compile(r"([^\s/\[\]]+)/([A-Za-z]+)")


def people_daily(path: Path) -> tuple[Counter, Counter]:
    """(unsplit person names, characters outside person names) of People's Daily 1998."""
    names, background = Counter(), Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        toks = TOKEN.findall(line)[1:]
        for k, (w, t) in enumerate(toks):
            prev = toks[k - 1][1] if k else ""
            nxt = toks[k + 1][1] if k + 1 < len(toks) else ""
            if t == "nr":
                if prev != "nr" and nxt != "nr" and len(w) >= 2:
                    names[w] += 1
                continue
            for ch in w:
                if CJK.match(ch):
                    background[ch] += 1
    return names, background


def msra_names(path: Path, surnames: set[str]) -> Counter:
    """PER spans of MSRA NER that are not a Chinese surname + given name."""
    names: Counter = Counter()
    for text, spans in msra_sentences(path):
        for i, j in spans:
            nm = text[i:j]
            if "·" in nm or (len(nm) >= 4 and nm[:2] not in surnames) or (len(nm) >= 3 and nm[0] not in surnames):
                names[nm] += 1
    return names


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args(argv)
    surnames = set(json.loads(NAME_MODEL.read_text(encoding="utf-8"))["surnames"])
    names, background = people_daily(args.shared / "data" / "people_daily_1998" / "199801.txt")
    names += msra_names(args.shared / "data" / "ner_msra" / "msra_train_bio.txt", surnames)
    inside: Counter = Counter()
    for nm, n in names.items():
        for ch in nm:
            if CJK.match(ch):
                inside[ch] += n
    n_in, n_bg = sum(inside.values()), sum(background.values())
    scores = {ch: round(math.log((inside[ch] + 0.5) / n_in) - math.log((background[ch] + 0.5) / n_bg), 2)
              for ch in sorted(inside)}
    out = {"about": "Log-odds of a character inside a name that is not surname + given name (Uyghur, Tibetan, Yi, "
                    "foreign) against running text; built by training/ner/build_translit_names.py from People's "
                    "Daily 1998 and MSRA NER train.",
           "names": len(names), "inside_total": n_in, "background_total": n_bg, "scores": scores}
    OUT.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(names)} names, {len(scores)} characters -> {OUT} ({OUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
