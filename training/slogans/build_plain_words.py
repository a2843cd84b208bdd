"""Build ``corpus_tools/data/plain_words.txt``: common words of general Chinese that People's Daily quotes.

    python training/slogans/build_plain_words.py

The guide excludes scare-quoted ordinary words and metaphors (指挥部, 防火墙, 动脉, 家门口) however a page
quotes them. A dictionary of general Chinese tells such a word from a coined formula by its word class: the
entries of jieba's dictionary of two to four characters whose tag is a common word class (noun, verb,
adjective, fixed expression ``l`` ...), not a name (``nr``, ``ns``, ``nt``, ``nz``), a numeral (``m``), an
abbreviation (``j``: 两委) or an idiom (``i``: ``data/idioms.txt`` covers idioms). Kept are those the
marked-slogan detector can meet: People's Daily 1998 or 2019-2020 prints them in quotation marks at least once
(``data/quote_share.tsv``); words with a numeral and the entries of the shipped slogan lexicon and of the
known-formula lexicon are left out. Round fifteen (slogan22): on 150 People's Daily articles of 2019-2020
judged by hand, the six quoted phrases taken on a weak label cue that this list holds were all ordinary words
(造血, 解封, 卡脖子, 一流大学 ...). A word list, no text of the corpora.
"""

from __future__ import annotations

import argparse
import sys
import re
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordlists import known_slogan_keys, write_word_list  # noqa: E402  (training/slogans/wordlists.py)

REPO = Path(__file__).resolve().parents[2]
_NUMERALS = "一二两三四五六七八九十百千万双"
#: jieba tags that are names, numerals, abbreviations or idioms, not common words
NOT_COMMON = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz", "m", "j", "i"})


def jieba_common_words() -> set[str]:
    """Entries of jieba's dictionary of two to four Chinese characters with a common word class."""
    import jieba

    path = Path(jieba.__file__).parent / "dict.txt"
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2] not in NOT_COMMON and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", parts[0]):
            out.add(parts[0])
    return out


def main() -> None:
    from corpus_tools.slogans.core import slogan_key
    from corpus_tools.slogans.quoteshare import quote_share

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=REPO / "corpus_tools" / "data" / "plain_words.txt")
    args = ap.parse_args()
    shares = quote_share()
    known = known_slogan_keys()
    keep = {w for w in jieba_common_words()
            if shares.get(w, (0, 0))[0] >= 1 and slogan_key(w) not in known and not any(c in _NUMERALS for c in w)}
    write_word_list(args.out, "# Common words (2-4 characters) of jieba's dictionary, not names, numerals, abbreviations or idioms,\n"
                    "# that People's Daily prints in quotation marks; built by training/slogans/build_plain_words.py.\n", keep)
    print(f"wrote {len(keep)} words to {args.out}")


if __name__ == "__main__":
    main()
