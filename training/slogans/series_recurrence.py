"""Build ``corpus_tools/data/series_recurrence.tsv``: how many days of People's Daily 2019-2020 print each
even parallel series (减量化、资源化、无害化; 不敢腐、不能腐、不想腐), in any order.

    python training/slogans/series_recurrence.py [--data ../shared/data/people_daily_2019_2020]

An unframed series of equal items sharing a character is one of the guide's parallel formulae when it is
a fixed formula, not a one-off list; the number of distinct days on which the unlabelled corpus prints
the same items as a series (:func:`corpus_tools.slogans.series.even_series_candidates`, keyed by
:func:`~corpus_tools.slogans.series.series_key`, so any order counts) is the evidence. Only series printed
on two or more days are kept: a table of counts, no text of the corpus. The dev and held-back county
reports are articles of this corpus; when a scored report is one of them its own day still counts (a
report printing a series once cannot reach two days alone).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from corpus_tools.slogans.series import even_series_candidates, series_key

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from recurrence import days_printed, write_days  # noqa: E402  (training/slogans/recurrence.py)

SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=SHARED / "data" / "people_daily_2019_2020")
    ap.add_argument("--out", type=Path, default=REPO / "corpus_tools" / "data" / "series_recurrence.tsv")
    args = ap.parse_args()
    rows = days_printed(args.data, lambda text: (series_key(words) for words in even_series_candidates(text)))
    write_days(args.out, rows, "# Even parallel series (items sorted, any order counts) and the number of days People's Daily "
               "2019-02/10, 2020-01/02/05 prints them (>= 2).\n# Built by training/slogans/series_recurrence.py; "
               "counts only.\n", "series")


if __name__ == "__main__":
    main()
