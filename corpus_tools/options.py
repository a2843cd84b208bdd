"""Option objects and vocabularies shared by every analysis: parse options, term filter, periods.

* :class:`ParseOptions` — how a corpus is parsed (pipeline, cache, processes, batching,
  progress bar);
* :class:`TermFilter` — which tokens count as terms (POS tags, extra stop words, shortest
  term);
* :data:`BY`, :func:`period_key` and :func:`period_bounds` — the one vocabulary of groupings, ``"article"``,
  ``"issue"``, ``"day"``, ``"week"``, ``"month"``, ``"quarter"``, ``"year"``, ``"all"``, with the one default
  :data:`DEFAULT_BY`, the one way a date becomes a period label and a label its span.

One vocabulary of option names holds across the API: ``top_n`` (rows kept per group),
``min_count`` (least frequency), ``window`` (a distance in *tokens*), ``width`` (context in
*characters* each side), ``by`` (a grouping of :data:`BY`). The analyses accept the option
objects (``parse=``, ``term_filter=``) or their fields as keyword arguments, not both.

Examples
--------
>>> from corpus_tools.options import ParseOptions, TermFilter, period_key
>>> ParseOptions(n_process=2).n_process
2
>>> TermFilter(pos=None, min_chars=1)
TermFilter(pos=None, extra_stop_words=(), min_chars=1, phrases=('formulae', 'places', 'mined'), words=(), deictic_stop_words=True)
>>> import datetime
>>> period_key(datetime.date(2023, 5, 4), "quarter")
'2023Q2'
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, Literal

from corpus_tools._validate import check_bool, check_choice, check_grouping, check_int, check_not_str
from corpus_tools.period_labels import PERIODS, period_bounds, period_key
from corpus_tools.stopwords import DEFAULT_POS
from corpus_tools.phrase_tokens import check_phrase_sources, check_words

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

__all__ = ["BY", "PERIODS", "DEFAULT_BY", "ParseOptions", "TermFilter", "period_key", "period_bounds", "check_by",
           "resolve_options", "analysis_options", "renamed_option"]

#: Every grouping an analysis may be asked for (``by=``).
BY = ("article", "issue", "day", "week", "month", "quarter", "year", "all")
#: The default grouping of every analysis.
DEFAULT_BY = "issue"

By = Literal["article", "issue", "day", "week", "month", "quarter", "year", "all"]


def check_by(by: Any, allowed: tuple[str, ...] = BY) -> str:
    """*by* if it is one of *allowed* (default :data:`BY`), else ``ValueError`` naming the allowed
    groupings (:func:`corpus_tools._validate.check_grouping`, which says how to get one table per
    paper when *by* is ``"paper"``).

    Examples
    --------
    >>> check_by("year")
    'year'
    """
    return check_grouping(by, allowed)


@dataclass(frozen=True)
class ParseOptions:
    """How an analysis parses the corpus (see :func:`corpus_tools.parsing.tokens_frame`).

    Parameters
    ----------
    nlp : spacy.language.Language, optional
        The pipeline (default :func:`corpus_tools.load_pipeline`).
    cache_dir : path, None or False
        The parse cache folder; None the default folder, False no cache.
    n_process : int
        Processes for the articles not in the cache (-1: all cores).
    batch_size : int
        Articles per ``nlp.pipe`` batch.
    progress : bool
        Show a progress bar while parsing.
    """

    nlp: "Language | None" = None
    cache_dir: "str | os.PathLike | None | Literal[False]" = None
    n_process: int = 1
    batch_size: int = 16
    progress: bool = False

    def __post_init__(self) -> None:
        check_int("n_process", self.n_process, also=(-1, "all cores"))
        check_int("batch_size", self.batch_size)
        check_bool("progress", self.progress)

    def kwargs(self) -> dict[str, Any]:
        """The fields as keyword arguments of :func:`~corpus_tools.parsing.tokens_frame`."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class TermFilter:
    """Which tokens of the parse count as terms (see :func:`corpus_tools.parsing.term_frame`).

    Stop words (:func:`corpus_tools.stopwords.get_stop_words`), punctuation and numbers are
    always dropped.

    Parameters
    ----------
    pos : collection of str or None
        Tags kept when the pipeline tags (default nouns, verbal nouns, names,
        abbreviations, idioms); None keeps every tag.
    extra_stop_words : iterable of str
        Words dropped on top of the stop-word list.
    min_chars : int
        Shortest term kept, in characters.
    phrases : tuple of {"formulae", "places", "mined", "marked", "entities"}, one of them as a str, or None
        Phrases kept as one term where the segmenter cuts them (:mod:`corpus_tools.phrase_tokens`):
        ``"formulae"`` (default) the known formulae and the slogan lexicon (科学发展观, 和谐社会,
        not 科学 | 发展观), ``"places"`` (default) the townships, villages and communities of the
        corpus's counties (七家子镇, not 七 | 家 | 子镇), ``"mined"`` (default) the two-word terms the
        corpus itself prints as one word though the segmenter cuts them (伏季休渔, not 伏季 | 休渔;
        mined by cohesion and boundary entropy, :mod:`corpus_tools.mined_terms`), ``"marked"`` also the slogans this corpus marks itself (runs
        :func:`~corpus_tools.slogans.extract_slogans`), ``"entities"`` also the names the entity tagger finds
        (仇海涛, not 仇 | 海涛; runs :func:`~corpus_tools.extract_entities`, :mod:`corpus_tools.entity_terms`);
        ``()`` or None keeps the segmenter's tokens.
        One source may be a str (``phrases="formulae"``); anything else is refused with the
        allowed values named (:func:`~corpus_tools.phrase_tokens.check_phrase_sources`).
        On by default because a scholar comparing eras asks about the formula, and its halves
        (发展观, 两翼) are artefacts of the segmenter, not words of the paper.
    words : iterable of str
        Your own phrases kept as one term (two or more letters, digits or CJK characters each),
        on top of *phrases*; e.g. ``TermFilter(words=["一核两翼", "三个一批"])``. To force words
        in the segmenter itself (which parses the corpus again), use
        ``corpus_tools.load_pipeline(user_words=...)``.
    deictic_stop_words : bool
        Drop the deictic place words (全县, 我县, 我省, 全镇, 县里 …,
        :data:`corpus_tools.stopwords.DEICTIC_PLACE_WORDS`) as stop words (default True: a county
        paper prints them in every article, so they crowd a year's keywords); False keeps them.
    """

    pos: "tuple[str, ...] | None" = tuple(DEFAULT_POS)
    extra_stop_words: tuple[str, ...] = ()
    min_chars: int = 2
    phrases: tuple[str, ...] = ("formulae", "places", "mined")
    words: tuple[str, ...] = ()
    deictic_stop_words: bool = True

    def __post_init__(self) -> None:
        check_not_str("pos", self.pos, "tags")
        check_not_str("extra_stop_words", self.extra_stop_words)
        check_int("min_chars", self.min_chars)
        # frozen: store hashable tuples, whatever collection was given
        if self.pos is not None:
            object.__setattr__(self, "pos", tuple(self.pos))
        object.__setattr__(self, "extra_stop_words", tuple(self.extra_stop_words))
        object.__setattr__(self, "phrases", check_phrase_sources(self.phrases))
        object.__setattr__(self, "words", check_words(self.words))

    def kwargs(self) -> dict[str, Any]:
        """The fields as keyword arguments of :func:`~corpus_tools.parsing.term_frame`."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


def resolve_options(cls: type, given: Any, name: str, *, defaults: Any = None, **keywords: Any) -> Any:
    """*given* (an instance of *cls*), or *cls* built from the keyword arguments.

    A keyword argument that differs from its default (the field's default, or the field of
    *defaults* when the caller's defaults differ) while *given* is set is an error: the two
    ways of passing options are not merged.

    Examples
    --------
    >>> resolve_options(TermFilter, None, "term_filter", min_chars=1).min_chars
    1
    >>> resolve_options(TermFilter, TermFilter(min_chars=3), "term_filter", min_chars=2).min_chars
    3
    """
    if given is None:
        return cls(**keywords)
    if not isinstance(given, cls):
        raise TypeError(f"{name} must be a corpus_tools.options.{cls.__name__}, got {type(given).__name__}")
    defaults = cls() if defaults is None else defaults
    clash = sorted(k for k, v in keywords.items() if not _same(v, getattr(defaults, k)))
    if clash:
        raise ValueError(f"give {clash} either inside {name}={cls.__name__}(...) or as keyword arguments, not both")
    return given


def analysis_options(parse: ParseOptions | None, term_filter: TermFilter | None, *, nlp: "Language | None",
                     cache_dir: Any, pos: Any, extra_stop_words: Any, min_chars: int,
                     default_pos: Any = DEFAULT_POS) -> tuple[ParseOptions, TermFilter]:
    """The parse options and term filter of an analysis called with *parse* / *term_filter*
    or with their fields as keyword arguments (the analyses' ``nlp``, ``cache_dir``, ``pos``,
    ``extra_stop_words``, ``min_chars``), not both (see :func:`resolve_options`).

    *default_pos* is the analysis's default of ``pos`` (None for collocations, which keep
    every tag).

    Examples
    --------
    >>> popts, tfilter = analysis_options(None, TermFilter(min_chars=1), nlp=None, cache_dir=False, pos=DEFAULT_POS,
    ...                                   extra_stop_words=(), min_chars=2)
    >>> popts.cache_dir, tfilter.min_chars
    (False, 1)
    """
    popts = resolve_options(ParseOptions, parse, "parse", nlp=nlp, cache_dir=cache_dir)
    tfilter = resolve_options(TermFilter, term_filter, "term_filter", defaults=TermFilter(pos=default_pos),
                              pos=pos, extra_stop_words=extra_stop_words, min_chars=min_chars)
    return popts, tfilter


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, (list, tuple, set, frozenset)) and isinstance(b, (list, tuple, set, frozenset)):
        return tuple(a) == tuple(b)
    return a is b or (type(a) is type(b) and a == b)


def renamed_option(func: str, old: str, new: str, old_value: Any, new_value: Any, new_default: Any,
                   *, stacklevel: int = 3) -> Any:
    """The value of an option renamed from *old* to *new*, with a ``DeprecationWarning`` for *old*.

    Python shows a given warning once per calling line. Passing both names is an error.
    """
    if old_value is None:
        return new_value
    if not _same(new_value, new_default):
        raise ValueError(f"{func}: give {new}= only ({old}= is its old name)")
    warnings.warn(f"{func}({old}=...) is deprecated; use {new}=", DeprecationWarning, stacklevel=stacklevel)
    return old_value
