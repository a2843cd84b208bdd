"""Write texts/ and entities/ of orgvil_held27 from pages.py (run from the repository root or this folder)."""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _page(src: str, width: int) -> str:
    lines = []
    for line in src.splitlines():
        if line.startswith("~"):
            body = line[1:]
            i = 0
            while i < len(body):  # closing punctuation never starts a line
                j = i + width
                while j < len(body) and body[j] in "，。、；：！？）”》":
                    j += 1
                lines.append(body[i:j])
                i = j
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


def _counts(text: str, names: list[tuple[str, str]], block: list[str]) -> dict[tuple[str, str], int]:
    flat = re.sub(r"[ \u3000\n]", "", text)
    taken = [False] * len(flat)
    out = {}
    for name in sorted(set(names) | {(b, "_") for b in block}, key=lambda x: len(x[0]), reverse=True):
        name, label = name
        n = 0
        for m in re.finditer(re.escape(name), flat):
            if not any(taken[m.start():m.end()]):
                taken[m.start():m.end()] = [True] * len(name)
                n += 1
        if not n:
            raise SystemExit(f"{name} does not occur")
        if label != "_":
            out[(name, label)] = n
    return out


def main() -> None:
    import sys

    sys.path.insert(0, str(HERE))
    from pages import BLOCK, GOLD, PAGES, WIDTH

    (HERE / "texts").mkdir(exist_ok=True)
    (HERE / "entities").mkdir(exist_ok=True)
    for stem, src in PAGES.items():
        text = _page(src, WIDTH[stem])
        (HERE / "texts" / f"{stem}.txt").write_text(text, encoding="utf-8")
        gold = [{"text": t, "label": lab, "count": c} for (t, lab), c in _counts(text, GOLD[stem], BLOCK[stem]).items()]
        (HERE / "entities" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                        encoding="utf-8")


if __name__ == "__main__":
    main()
