"""Shared steps of the scripts that build the slogan layer's word lists (``build_idioms.py``,
``build_plain_words.py``): the keys of every lexicon entry, which no list may hold, and writing a list."""
from __future__ import annotations

from pathlib import Path


def known_slogan_keys() -> set[str]:
    """:func:`corpus_tools.slogans.core.slogan_key` of every text and variant of the shipped slogan lexicon
    (kinds other than ``none``) and of the known-formula lexicon."""
    from corpus_tools.slogans import load_slogan_lexicon
    from corpus_tools.slogans.core import slogan_key
    from corpus_tools.slogans.formulae import load_formula_lexicon

    known: set[str] = set()
    slogans = load_slogan_lexicon()
    for table in (slogans[slogans["kind"] != "none"], load_formula_lexicon()):
        for col in ("text", "variants"):
            for cell in table[col].fillna(""):
                known |= {slogan_key(v) for v in str(cell).split("|") if v}
    return known


def write_word_list(path: Path, header: str, words: set[str]) -> None:
    """Write *words* sorted, one per line, after the ``#`` comment lines of *header*."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(header)
        fh.writelines(w + "\n" for w in sorted(words))
