"""Write texts/ and entities/ of orgper_held28 from pages.py (run from the repository root or this folder)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from held_fragments import write_set  # noqa: E402
from pages import BLOCK, GOLD, PAGES, WIDTH  # noqa: E402

if __name__ == "__main__":
    write_set(HERE, PAGES, GOLD, WIDTH, BLOCK)
