"""Write texts/<stem>.txt and entities/<stem>.json from pages.py (counts: longest first, no overlap, over the
page with its line breaks deleted, as GUIDE.md normalises). ``python make.py`` in this folder."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from pages import PAGES  # noqa: E402


def counts(text, gold):
    taken = [False] * len(text)
    out = {}
    for s, lab in sorted(gold, key=lambda g: -len(g[0])):
        i, n = text.find(s), 0
        while i >= 0:
            if not any(taken[i:i + len(s)]):
                n += 1
                taken[i:i + len(s)] = [True] * len(s)
            i = text.find(s, i + 1)
        if n == 0:
            raise SystemExit(f"{s} not in text (or only inside longer names)")
        out[(s, lab)] = n
    return out


for stem, lines, gold in PAGES:
    (HERE / "texts").mkdir(exist_ok=True)
    (HERE / "entities").mkdir(exist_ok=True)
    (HERE / "texts" / f"{stem}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    c = counts("".join(lines), gold)
    (HERE / "entities" / f"{stem}.json").write_text(json.dumps(
        [{"text": t, "label": lab, "count": n} for (t, lab), n in c.items()], ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8")
