"""The names the entity tagger finds, kept whole as terms of the word tables (``TermFilter(phrases=…"entities")``).

The segmenter cuts names it does not know: 仇海涛 → 仇 | 海涛, 镇级河长闵慧 → 镇级 | 河长 | 闵 | 慧, a river's name
into its parts; keywords and keyness then rank the fragments (海涛, 河长闵慧) as a period's terms (user35 F10).
:func:`entity_words` lists the names :func:`~corpus_tools.extract_entities` finds in the corpus (people without the
newsroom's credits, places, facilities, organisations), and the phrase source ``"entities"``
(:mod:`corpus_tools.phrase_tokens`) joins their tokens into one term wherever a name starts and ends on token
boundaries. It is off by default: it runs the entity tagger over the corpus (cached with the corpus's analysis
cache, like ``collocations(persons=True)``), and the word tables then depend on its decisions. A name the tagger
cuts (淮河 of 淮河入江水道) stays cut: the option keeps what the library finds whole, nothing more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Corpus

__all__ = ["ENTITY_TERM_LABELS", "entity_words"]

#: The labels whose names are kept whole: proper names. DOC, EVENT and PROJECT are phrases that hold ordinary
#: words and formulae (全县环境保护工作会议, 节能减排示范工程), which would vanish into them from the tables.
ENTITY_TERM_LABELS = ("PERSON", "GPE", "LOC", "FAC", "ORG", "TOWNSHIP", "VILLAGE", "COMMUNITY")


def entity_words(corpus: "Corpus", labels: "tuple[str, ...]" = ENTITY_TERM_LABELS) -> tuple[str, ...]:
    """The names of *labels* the entity tagger finds in *corpus*, as printed: two to twelve word characters
    (PERSON) or three to twelve (the rest); the newsroom's credited names left out.

    Parameters
    ----------
    corpus : Corpus
        The corpus.
    labels : tuple of str
        Entity labels (default :data:`ENTITY_TERM_LABELS`).

    Returns
    -------
    tuple of str
        The names, the longest first.

    Examples
    --------
    >>> from corpus_tools import read_corpus
    >>> import pandas as pd
    >>> c = read_corpus(pd.DataFrame({"text": ["县长仇海涛到东沟镇检查工作。"], "date": ["2020-01-02"]}))
    >>> "仇海涛" in entity_words(c)
    True
    """
    from corpus_tools.corpus_cache import shared

    # once per corpus and label set while the corpus is unchanged: every word table asking for the source
    # ("entities") would otherwise run the tagger over the whole corpus again
    return shared(corpus, ("entity words", tuple(labels)), lambda: _entity_words(corpus, labels))


def _entity_words(corpus: "Corpus", labels: "tuple[str, ...]") -> tuple[str, ...]:
    from corpus_tools.credits import without_newsroom
    from corpus_tools.entities import extract_entities
    from corpus_tools.phrase_tokens import is_phrase_text

    ents = extract_entities(corpus, labels=list(labels))
    if ents.empty:
        return ()
    ents = without_newsroom(ents, corpus)
    names = {str(t) for t, lab in zip(ents["text"], ents["label"])
             if (2 if lab == "PERSON" else 3) <= len(str(t)) <= 12 and is_phrase_text(str(t))}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))
