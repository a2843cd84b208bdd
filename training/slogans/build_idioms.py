"""Build ``corpus_tools/data/idioms.txt``: the idioms (成语) a quoted-phrase rule could take for a formula.

    python training/slogans/build_idioms.py [--data ../shared/data]

The guide excludes idioms (四面八方, 八仙过海, 授人以渔) however they are quoted. Idioms are taken from
two dictionaries of general Chinese, not from any page: the entries jieba's dictionary tags ``i``
(成语) and the words (and bracketed compounds) People's Daily January 1998 tags ``/i`` in its PKU
annotation. Kept are those the marked-slogan detector can meet: every idiom with a numeral (the
numbered rule's false alarms: 四面八方, 三心二意) and the others People's Daily 1998 or 2019-2020
prints in quotation marks at least once (``data/quote_share.tsv``). Only entries of four to eight
characters are kept (both tags also cover a few three-character labels such as 三结合 and 一网通, and
idioms are four characters or more), and entries of the shipped slogan lexicon and of the known-formula
lexicon are left out. A word list, no text of the corpora.
"""

from __future__ import annotations

import argparse
import sys
import os
import re
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordlists import known_slogan_keys, write_word_list  # noqa: E402  (training/slogans/wordlists.py)

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
_NUMERALS = "一二两三四五六七八九十百千万双"


def jieba_idioms() -> set[str]:
    """Entries of jieba's dictionary tagged ``i``."""
    import jieba

    path = Path(jieba.__file__).parent / "dict.txt"
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2] == "i":
            out.add(parts[0])
    return out


def pku_idioms(path: Path) -> set[str]:
    """Words and bracketed compounds People's Daily 1998 tags ``/i``."""
    text = path.read_text(encoding="utf-8")
    out = set(re.findall(r"(?<![^\s\[])([^\s\[/]+)/i(?=\s)", text))
    out |= {re.sub(r"/\w+|\s", "", m) for m in re.findall(r"\[([^\]]+)\]i", text)}
    return out


def main() -> None:
    from corpus_tools.slogans.core import slogan_key
    from corpus_tools.slogans.quoteshare import quote_share

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=SHARED / "data")
    ap.add_argument("--out", type=Path, default=REPO / "corpus_tools" / "data" / "idioms.txt")
    args = ap.parse_args()
    ji = jieba_idioms()
    pku = pku_idioms(args.data / "people_daily_1998" / "199801.txt")
    shares = quote_share()
    known = known_slogan_keys()
    keep = set()
    for w in ji | pku:
        if not 4 <= len(w) <= 8 or not re.fullmatch(r"[\u4e00-\u9fff]+", w) or slogan_key(w) in known:
            continue                      # (both tags also cover a few three-character labels: 三结合, 一网通)
        if any(c in _NUMERALS for c in w) or shares.get(w, (0, 0))[0] >= 1:
            keep.add(w)
    write_word_list(args.out, "# Idioms (成语) of jieba's dictionary (tag i) and People's Daily 1998 (PKU tag i) that have a numeral\n"
                    "# or are printed in quotation marks in People's Daily; built by training/slogans/build_idioms.py.\n", keep)
    print(f"wrote {len(keep)} idioms to {args.out}")


if __name__ == "__main__":
    main()
