"""Write texts/ and entities/ of person_held25 from pages.py (run from the repository root or this folder)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from held_fragments import flat_counts  # noqa: E402


def _page(src: str, width: int) -> str:
    lines = []
    for line in src.splitlines():
        if line.startswith("~"):
            body = line[1:]
            lines += [body[i:i + width] for i in range(0, len(body), width)]
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


def main() -> None:
    from pages import GOLD, PAGES, WIDTH

    (HERE / "texts").mkdir(exist_ok=True)
    (HERE / "entities").mkdir(exist_ok=True)
    for stem, src in PAGES.items():
        text = _page(src, WIDTH[stem])
        (HERE / "texts" / f"{stem}.txt").write_text(text, encoding="utf-8")
        gold = [{"text": t, "label": "PERSON", "count": c} for (t, _), c in
                flat_counts(text, [(n, "PERSON") for n in GOLD[stem]], []).items()]
        (HERE / "entities" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                        encoding="utf-8")


if __name__ == "__main__":
    main()
