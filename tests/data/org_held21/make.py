"""Write texts/<stem>.txt and entities/<stem>.json from reports.py (counts: longest first, no overlap).

``python make.py [FOLDER]``: FOLDER (default: this one) holds reports.py and receives texts/ and entities/.
"""
import json
import sys
from pathlib import Path

HERE = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).parent
sys.path.insert(0, str(HERE))
from reports import REPORTS  # noqa: E402  (the folder's own reports.py)


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
        if n == 0 and s not in text:
            raise SystemExit(f"{s} not in text")
        if n:
            out[(s, lab)] = n  # a short form found only inside longer names is no mention
    return out


for stem, title, paras, gold in REPORTS:
    text = title + "\r\n\r\n" + "".join("\u3000\u3000" + p.lstrip("\u3000") + "\r\n" for p in paras)
    (HERE / "texts").mkdir(exist_ok=True)
    (HERE / "entities").mkdir(exist_ok=True)
    (HERE / "texts" / f"{stem}.txt").write_text(text, encoding="utf-8", newline="")
    c = counts(title + "\n" + "\n".join(paras), gold)
    (HERE / "entities" / f"{stem}.json").write_text(json.dumps(
        [{"text": t, "label": lab, "count": n} for (t, lab), n in c.items()], ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8")
