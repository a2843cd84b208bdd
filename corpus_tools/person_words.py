"""The corpus's own PERSON names as words, so that word tables keep a name whole (user34 F12).

The segmenter cuts an unfamiliar name into characters (县委书记 | 佟 | 立 | 新 | 主持), so a collocation table of
书记 shows surnames (书记|司马, 书记|欧阳) and misses the people. :func:`person_words` gives the names
:func:`~corpus_tools.extract_entities` finds in the corpus (the newsroom's credits left out: reporters are no
partners of 书记), to be kept as one term each (``collocations(..., persons=True)``, ``TermFilter(words=...)``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corpus_tools.corpus import Corpus

__all__ = ["person_words"]


def person_words(corpus: "Corpus") -> tuple[str, ...]:
    """The PERSON names of *corpus* (their normal form; two to eight characters, no space), sorted.

    Examples
    --------
    >>> from corpus_tools import read_corpus
    >>> import pandas as pd
    >>> c = read_corpus(pd.DataFrame({"text": ["县委书记佟立新主持会议。"], "date": ["2020-01-02"]}))
    >>> person_words(c)
    ('佟立新',)
    """
    from corpus_tools.credits import shown_names, without_newsroom
    from corpus_tools.entities import extract_entities

    ents = extract_entities(corpus, labels=["PERSON"])
    if ents.empty:
        return ()
    people = without_newsroom(ents, corpus)
    names = shown_names(people) if "norm" in people.columns else people["text"]
    return tuple(sorted({str(n) for n in names if 2 <= len(str(n)) <= 8 and not any(ch.isspace() for ch in str(n))}))
