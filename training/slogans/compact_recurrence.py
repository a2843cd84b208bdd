"""Build ``corpus_tools/data/compact_recurrence.tsv``: how many days of People's Daily 2019-2020
print each compact parallel series (联防联治联享, 生产生活生态).

    python training/slogans/compact_recurrence.py [--data ../shared/data/people_daily_2019_2020]

An unframed compact series is one of the guide's parallel formulae when it is a fixed formula; the
number of distinct days on which the unlabelled corpus prints it is the evidence (a one-off
coinage recurs on no other day). Only strings printed on two or more days are kept: a table of
counts, no text of the corpus. The dev and held-back county reports are not in this corpus.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from corpus_tools.slogans.series import compact_parallel

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from recurrence import days_printed, write_days  # noqa: E402  (training/slogans/recurrence.py)



def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "people_daily_2019_2020")
    ap.add_argument("--out", type=Path, default=REPO / "corpus_tools" / "data" / "compact_recurrence.tsv")
    args = ap.parse_args()
    rows = days_printed(args.data, lambda text: (text[k:k + 6] for k in range(len(text) - 5)
                                                 if compact_parallel(text[k:k + 6])))
    write_days(args.out, rows, "# Compact parallel series and the number of days People's Daily 2019-02/10, 2020-01/02/05 "
               "prints them (>= 2).\n# Built by training/slogans/compact_recurrence.py; counts only.\n", "text")


if __name__ == "__main__":
    main()
