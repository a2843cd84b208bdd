"""Write texts/<stem>.txt and entities/<stem>.json from pages.py. A name's count is the number of its
occurrences that lie in no longer gold name (GUIDE: flat, maximal spans), over the page with its line breaks
deleted, as GUIDE.md normalises. ``python make.py`` in this folder."""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from pages import PAGES  # noqa: E402


def flat_counts(flat: str, gold: list[tuple[str, str]]) -> dict[tuple[str, str], int]:
    claimed: list[range] = []
    result = {}
    for name, label in sorted(gold, key=lambda g: len(g[0]), reverse=True):
        hits = [m.span() for m in re.finditer(re.escape(name), flat)]
        free = [(a, b) for a, b in hits if not any(a < r.stop and b > r.start for r in claimed)]
        if not free:
            raise SystemExit(f"{name}: not in the page, or only inside longer names")
        claimed += [range(a, b) for a, b in free]
        result[(name, label)] = len(free)
    return result


for stem, lines, gold in PAGES:
    for sub in ("texts", "entities"):
        (HERE / sub).mkdir(exist_ok=True)
    (HERE / "texts" / f"{stem}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = [{"text": t, "label": lab, "count": n} for (t, lab), n in flat_counts("".join(lines), gold).items()]
    (HERE / "entities" / f"{stem}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
