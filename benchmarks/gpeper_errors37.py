"""Dump GPE / ORG / PERSON / COMMUNITY / TOWNSHIP / VILLAGE errors of open page sets (gpeper36, gpeper37, ent37b).

Reads each set as pages (``read_corpus`` without a manifest, as ``external_gold.py --read pages``) and writes
the false negatives and positives of ``error_table`` for the six labels. Refuses the held even stems of pages38o
(held in round 37; pages37o is open now and read whole).

Usage: ``python benchmarks/gpeper_errors37.py OUT_DIR SET [SET ...]`` (SET a folder under benchmarks/gold).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from gpeper_errors import dump_errors  # noqa: E402

HELD = {"p38o_02", "p38o_04", "p38o_06", "p38o_08", "p38o_10"}


def main(argv: list[str]) -> int:
    return dump_errors(argv, held_set="pages38o", stem_prefix="p38o", held=HELD)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
