"""Dump GPE / ORG / PERSON / COMMUNITY / TOWNSHIP / VILLAGE errors of open page sets (gpeper36, gpeper37).

Reads each set as pages (``read_corpus`` without a manifest, as ``external_gold.py --read pages``) and writes
the false negatives and positives of ``error_table`` for the six labels. Refuses the held even stems of pages37o
(held in round 37; pages36o, held in round 36, is open now and read whole).

Usage: ``python benchmarks/gpeper_errors36.py OUT_DIR SET [SET ...]`` (SET a folder under benchmarks/gold).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from gpeper_errors import dump_errors  # noqa: E402

HELD = {"p37o_02", "p37o_04", "p37o_06", "p37o_08", "p37o_10"}


def main(argv: list[str]) -> int:
    return dump_errors(argv, held_set="pages37o", stem_prefix="p37o", held=HELD)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
