"""Multi-word terms kept as one token in the word tables: known formulae and your own words.

The segmenter cuts formulae into pieces (科学 | 发展观, 和谐 | 社会, 一核 | 两翼; an OCR space or a
line break inside 科学发 展观 cuts it anywhere), so keywords, keyness and collocations ranked the
halves and never the formula. :func:`merge_phrases` joins, in the token table, the tokens that
together spell a known phrase into one token, marked ``phrase`` so it can be filtered. It runs
in :func:`corpus_tools.parsing.term_frame`, the step every word table reads (keywords/TF-IDF,
keyness, collocations, keyword trends, topics), after the parse: the parse, its cache and the
segmenter (and so :func:`corpus_tools.segment`) are unchanged.

Which phrases (:class:`corpus_tools.options.TermFilter` ``phrases`` and ``words``):

- ``"formulae"`` (default): the forms of the known-formula lexicon
  (:func:`~corpus_tools.slogans.load_formula_lexicon`, its ``not_in`` blocks honoured) and the
  texts and variants of the marked-slogan lexicon (:func:`~corpus_tools.slogans.load_slogan_lexicon`,
  rows of kind ``none`` left out);
- ``"places"`` (default): the official names of the townships, villages and communities of the
  corpus's counties (each issue's county: its manifest's, the user's or the one read off the page,
  :func:`corpus_tools.county_tables.issue_counties`) and the counties' own names, so a county paper's
  keywords show 七家子镇, not the fragment 子镇 the segmenter cuts from 七|家|子镇;
- ``"mined"`` (default): the two-word terms this corpus prints as one word though the segmenter cuts
  them (伏季 | 休渔, 海洋 | 经济), mined from its own token table by cohesion and boundary entropy
  (:func:`corpus_tools.mined_terms.mine_terms`); your ``words`` win over them (a mined term that
  holds one of your words is not joined);
- ``"marked"``: the slogans this corpus marks itself (the ``marked``/``both`` rows of
  :func:`~corpus_tools.slogans.extract_slogans`, e.g. a county's 一核两翼); off by default because
  it runs the slogan detector and makes the word tables depend on its decisions;
- ``"entities"``: the names the entity tagger finds in this corpus (people without the newsroom's credits,
  places, facilities, organisations: :func:`corpus_tools.entity_terms.entity_words`), so 仇海涛 is one term,
  not 仇 | 海涛 (user35 F10); off by default because it runs the entity tagger; resolved by the word tables
  (:func:`corpus_tools.parsing.term_frame`), which hand the names to this module as *words* (the tagger uses this
  module's pipeline, so this module does not call it);
- ``words``: your own list (validated by :func:`check_words`).

A phrase is merged only where it starts and ends on token boundaries (a segmenter that cut
推动高 | 质量发展 is left alone) and only when it is written with word characters (精准扶贫、精准脱贫
stays two terms); a lexicon variant that extends its formula (实施乡村振兴战略 of 乡村振兴) is not
merged, so the formula itself keeps its count. The longest phrase wins at each place.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from corpus_tools.errors import InvalidArgumentError

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Corpus
    from corpus_tools.slogans.formulae import FormulaMatcher

__all__ = ["PHRASE_SOURCES", "is_phrase_text", "check_phrase_sources", "check_words", "phrase_matcher", "find_phrases",
           "merge_phrases", "phrase_token_table"]

#: The group of :func:`corpus_tools.corpus_cache.shared` the phrase spans and merged tables keep to.
_CACHE_GROUP = "phrase tokens"


def _group(own: tuple[str, ...]) -> str:
    """The cache group of a phrase set: a set with a caller's own words (a trend's terms) apart from the
    default sets, so trends of many terms never push the keyword tables' merge out."""
    return _CACHE_GROUP + (" words" if own else "")

#: Allowed values in ``TermFilter.phrases``.
PHRASE_SOURCES = ("formulae", "places", "mined", "marked", "entities")

# a phrase is letters, digits and CJK characters only (no punctuation, quotes or spaces)
_WORD_RE = re.compile(r"^[0-9A-Za-z\u3400-\u9fff\uf900-\ufaff]+$")


def is_phrase_text(text: str) -> bool:
    """Whether *text* can be one phrase token: letters, digits and CJK characters only.

    Parameters
    ----------
    text : str
        The candidate phrase.

    Returns
    -------
    bool
        True when every character is a letter, a digit or a CJK character.

    Examples
    --------
    >>> is_phrase_text("科学发展观"), is_phrase_text("精准扶贫、精准脱贫")
    (True, False)
    """
    return bool(_WORD_RE.match(text))


def check_phrase_sources(phrases: Any) -> tuple[str, ...]:
    """``phrases`` as a tuple of :data:`PHRASE_SOURCES` (None or () for none).

    One source may be given as a string: ``phrases="formulae"`` is ``("formulae",)`` (the names of
    sources are a closed set, so a string cannot be mistaken for a list of phrases; your own
    phrases go in ``words``, where one string is an error, see :func:`check_words`).

    Parameters
    ----------
    phrases : str, iterable of str or None
        The ``phrases`` argument: one source, several, or None / () for none.

    Returns
    -------
    tuple of str
        The sources, duplicates dropped, in the order given.

    Raises
    ------
    InvalidArgumentError
        If *phrases* is neither None, a str nor an iterable of str, or a source is not one of
        :data:`PHRASE_SOURCES`; the message names the parameter, the bad value and what is allowed.

    Examples
    --------
    >>> check_phrase_sources(["formulae"]), check_phrase_sources("marked"), check_phrase_sources(None)
    (('formulae',), ('marked',), ())
    >>> check_phrase_sources("formulae,marked")
    Traceback (most recent call last):
    ...
    corpus_tools.errors.InvalidArgumentError: phrases value = 'formulae,marked' is invalid; use one of 'formulae', 'places', 'mined', 'marked', 'entities' (a str), a tuple of them such as ('formulae', 'places', 'mined', 'marked', 'entities'), or () / None to merge nothing
    """
    allowed = (f"use one of {', '.join(map(repr, PHRASE_SOURCES))} (a str), a tuple of them such as "
               f"{PHRASE_SOURCES!r}, or () / None to merge nothing")
    if phrases is None:
        return ()
    if isinstance(phrases, str):
        phrases = (phrases,)
    try:
        out = tuple(dict.fromkeys(phrases))
    except TypeError:  # not iterable, or an unhashable item
        raise InvalidArgumentError(f"phrases = {phrases!r} ({type(phrases).__name__}) is invalid; {allowed}") from None
    bad = [p for p in out if p not in PHRASE_SOURCES]
    if bad:
        raise InvalidArgumentError(f"phrases value = {bad[0]!r} is invalid; {allowed}")
    return out


def check_words(words: Any, name: str = "words") -> tuple[str, ...]:
    """Your own phrases: an iterable of strings of two or more letters, digits or CJK characters.

    Spaces around a word are stripped and widths folded (``Ｇ２０`` -> ``G20``); a word with
    punctuation or inner spaces, or shorter than two characters, is an error.

    Parameters
    ----------
    words : iterable of str or None
        The words.
    name : str, optional
        The parameter's name in error messages.

    Returns
    -------
    tuple of str
        The words, stripped and width-folded.

    Raises
    ------
    InvalidArgumentError
        If *words* is one string or not iterable, or a word is not a str or not a phrase of two or more
        characters.

    Examples
    --------
    >>> check_words(["一核两翼", " 三个一批 "])
    ('一核两翼', '三个一批')
    """
    from corpus_tools.text import normalize_text

    if words is None:
        return ()
    if isinstance(words, str):
        raise InvalidArgumentError(f"{name} value = {words!r} is invalid; give a list of words "
                                   f"(e.g. [{words!r}]), not one string")
    try:
        items = list(words)
    except TypeError:
        raise InvalidArgumentError(f"{name} value = {words!r} is invalid; give an iterable of str") from None
    out = []
    for w in items:
        if not isinstance(w, str):
            raise InvalidArgumentError(f"{name} holds {w!r} ({type(w).__name__}); every word must be a str")
        norm = normalize_text(w.strip())
        if len(norm) < 2 or not is_phrase_text(norm):
            raise InvalidArgumentError(f"{name} holds {w!r}; a word must be two or more letters, digits or "
                                       "CJK characters, without punctuation or spaces")
        out.append(norm)
    return tuple(dict.fromkeys(out))


def _mergeable(form: str, entry: str) -> bool:
    """A form is merged when it is written in word characters and does not extend its entry
    (实施乡村振兴战略 of 乡村振兴 would take the formula's own count away)."""
    return is_phrase_text(form) and (form == entry or entry not in form)


@functools.lru_cache(maxsize=4)
def _lexicon_matcher(formulae: bool, words: tuple[str, ...]) -> "FormulaMatcher":
    from corpus_tools.slogans.core import slogan_key
    from corpus_tools.slogans.formulae import FormulaMatcher
    from corpus_tools.slogans.lexicon import load_slogan_lexicon

    if not formulae:
        m = FormulaMatcher()
    else:
        full = FormulaMatcher.build(None)
        m = FormulaMatcher(entries=full.entries, not_in=full.not_in)
        for form, entry in full.forms.items():
            if _mergeable(form, entry):
                m.add_form(form, entry)
        lex = load_slogan_lexicon()
        for text, kind, variants in zip(lex["text"], lex["kind"], lex["variants"]):
            if kind == "none":
                continue
            key = slogan_key(text)
            for form in [key, *(slogan_key(v) for v in str(variants).split("|") if v.strip())]:
                if _mergeable(form, key):
                    m.add_form(form, key)
    for w in words:
        m.add_form(w, w)
    return m


def _marked_words(corpus: Corpus) -> tuple[str, ...]:
    """The printed forms of the slogans *corpus* marks itself (word characters only)."""
    from corpus_tools.slogans.core import slogan_key
    from corpus_tools.slogans.tables import extract_slogans

    table = extract_slogans(corpus)
    table = table[table["source"].isin(("marked", "both"))]
    forms: list[str] = []
    for text, variants in zip(table["text"], table["variants"]):
        forms.append(slogan_key(text))
        if isinstance(variants, str):
            forms.extend(slogan_key(v) for v in variants.split("|") if v.strip())
        elif isinstance(variants, (list, tuple)):
            forms.extend(slogan_key(v) for v in variants if isinstance(v, str) and v.strip())
    # a series (以工兴县、以农稳县、以商活县) is no word: its items of three or more characters are kept whole, never
    # the segmenter's fragments (工兴县, user32 F7)
    forms += [item for f in list(forms) if _SERIES_SEP.search(f) for item in _SERIES_SEP.split(f) if len(item) >= 3]
    return tuple(dict.fromkeys(f for f in forms if len(f) >= 2 and is_phrase_text(f)))


_SERIES_SEP = re.compile(r"[、，,；;·]")


def _place_words(corpus: Corpus) -> tuple[str, ...]:
    """Official names of the townships, villages and communities of the counties of *corpus*'s
    issues, and of those counties (three or more word characters each)."""
    from corpus_tools import gazetteer as gz
    from corpus_tools.county_tables import issue_counties

    codes = sorted({str(c)[:6] for c in issue_counties(corpus)["county_code"] if isinstance(c, str) and c})
    names: list[str] = []
    for code in codes:
        units = [gz.division(code), *gz.children(code)]
        names.extend(d.name for d in units if len(d.name) >= 3 and is_phrase_text(d.name))
    return tuple(dict.fromkeys(names))


def _mined_words(df: pd.DataFrame | None, own: tuple[str, ...]) -> tuple[str, ...]:
    """The terms :func:`~corpus_tools.mined_terms.mine_terms` finds in the token table *df* (none without
    one), less those that hold one of your own *own* words."""
    from corpus_tools.mined_terms import mine_terms

    if df is None:
        return ()
    return tuple(w for w in mine_terms(df) if not any(o in w for o in own))


def phrase_matcher(phrases: Iterable[str] = ("formulae",), words: Iterable[str] = (),
                   corpus: Corpus | None = None, *, tokens: pd.DataFrame | None = None) -> "FormulaMatcher":
    """The matcher of the phrases to keep whole (see the module docstring).

    Parameters
    ----------
    phrases : tuple of {"formulae", "places", "mined", "marked", "entities"}
        Sources of phrases; ``"places"``, ``"mined"``, ``"marked"`` and ``"entities"`` need *corpus*.
    words : iterable of str
        Your own phrases (:func:`check_words`).
    corpus : Corpus, optional
        The corpus whose places, mined terms and marked slogans the sources add.
    tokens : pandas.DataFrame, optional, keyword-only
        The token table ``"mined"`` mines (:func:`~corpus_tools.parsing.tokens_frame`; without it
        ``"mined"`` adds nothing: :func:`phrase_token_table` and every word table pass it).

    Returns
    -------
    FormulaMatcher
        A matcher whose ``finditer`` gives the phrases printed in a text.

    Examples
    --------
    >>> m = phrase_matcher(("formulae",), ["一核两翼"])
    >>> [form for _, _, _, form in m.finditer("坚持科学发展观，实施“一核两翼”战略")]
    ['科学发展观', '一核两翼']
    """
    sources = check_phrase_sources(phrases)
    own = check_words(words)
    for source, what in (("places", "places"), ("mined", "mined terms"), ("marked", "marked slogans"),
                         ("entities", "entity names")):
        if source in sources and corpus is None:
            raise InvalidArgumentError(f"phrases value = ({source!r},) needs the corpus whose {what} it adds")
    if "places" in sources:
        own = own + _place_words(corpus)
    if "marked" in sources:
        own = own + _marked_words(corpus)
    if "entities" in sources:  # resolved above the entity layer (the tagger needs this module's pipeline)
        raise InvalidArgumentError("phrases value = ('entities',) is resolved by the word tables "
                                   "(TermFilter(phrases=...)); here pass the names as words: "
                                   "corpus_tools.entity_terms.entity_words(corpus)")
    if "mined" in sources:
        own = own + _mined_words(tokens, own)
    return _lexicon_matcher("formulae" in sources, tuple(dict.fromkeys(own)))


def find_phrases(corpus: Corpus, phrases: Iterable[str] = ("formulae", "places", "mined"), words: Iterable[str] = (),
                 *, tokens: pd.DataFrame | None = None, tokens_key: str | None = None
                 ) -> dict[str, list[tuple[int, int]]]:
    """``article id -> [(start, end), ...]``: where the phrases of :func:`phrase_matcher` are printed
    in each article's ``text`` (longest first, not overlapping; a space or line break inside a
    phrase is part of its span). Computed once per corpus and phrase set while the corpus is unchanged.

    Parameters
    ----------
    corpus : Corpus
        The corpus.
    phrases : iterable of str, optional
        Sources of phrases (:data:`PHRASE_SOURCES`).
    words : iterable of str, optional
        Your own phrases (:func:`check_words`).
    tokens : pandas.DataFrame, optional, keyword-only
        The token table ``"mined"`` mines (:func:`~corpus_tools.parsing.tokens_frame`; without it
        ``"mined"`` adds nothing: :func:`phrase_token_table` and every word table pass it).
    tokens_key : str, optional, keyword-only
        What identifies *tokens* (kept apart in the cache).

    Returns
    -------
    dict of str to list of tuple of (int, int)
        Each article id with the character spans of its phrases.

    Examples
    --------
    >>> from corpus_tools import load_seeds
    >>> spans = find_phrases(load_seeds())
    >>> sum(len(v) for v in spans.values()) > 10
    True
    """
    from corpus_tools.corpus_cache import shared

    sources, own = check_phrase_sources(phrases), check_words(words)

    def compute() -> dict[str, list[tuple[int, int]]]:
        matcher = phrase_matcher(sources, own, corpus, tokens=tokens)
        out = {}
        for art in corpus.articles:
            hits = [(start, end) for start, end, _, _ in matcher.finditer(art.text)] if art.text else []
            if hits:
                out[art.id] = hits
        return out

    return shared(corpus, ("phrase spans", sources, own, tokens_key if "mined" in sources else None), compute,
                  group=_group(own))


def merge_phrases(df: pd.DataFrame, spans: Mapping[str, list[tuple[int, int]]]) -> pd.DataFrame:
    """The token table *df* with the tokens of each phrase joined into one row, and a column
    ``phrase`` (True on a row that is a whole phrase, merged or segmented whole).

    *spans* gives the phrases' character spans per article (:func:`find_phrases`); a span is
    joined only when it starts where a token starts and ends where a token ends. The joined row
    keeps the first token's ``sent``, ``i``, ``idx`` and entity label, and the last token's tag
    (the head of a Chinese noun phrase is its last word); a column ``i_end`` (added when a row was
    joined) gives the Doc index after each row's last token, so the next word still counts as
    adjacent (n-grams, TextRank); its ``text`` is the tokens' texts joined (an OCR space or line break inside the phrase drops out). Rows of *df* must be in
    article and token order, as :func:`~corpus_tools.parsing.tokens_frame` gives them.

    Parameters
    ----------
    df : pandas.DataFrame
        A token table (:func:`~corpus_tools.parsing.tokens_frame`).
    spans : mapping of str to list of tuple of (int, int)
        The phrases' character spans per article id.

    Returns
    -------
    pandas.DataFrame
        The token table with the phrases joined and the column ``phrase`` (and ``i_end`` when a row
        was joined).

    Examples
    --------
    >>> toks = pd.DataFrame({"issue_id": pd.Categorical(["i1"] * 3), "article_id": pd.Categorical(["a1"] * 3),
    ...     "sent": [0, 0, 0], "i": [0, 1, 2], "text": pd.Categorical(["坚持", "科学", "发展观"]),
    ...     "tag": pd.Categorical(["VV", "NN", "NN"]), "is_stop": False, "ent_label": pd.Categorical([""] * 3),
    ...     "idx": [0, 2, 4]})
    >>> merged = merge_phrases(toks, {"a1": [(2, 7)]})
    >>> merged["text"].tolist(), merged["phrase"].tolist()
    (['坚持', '科学发展观'], [False, True])
    """
    if df.empty:
        return df.assign(phrase=np.zeros(len(df), dtype=bool))
    art_codes = df["article_id"].cat.codes.to_numpy()
    art_cats = list(df["article_id"].cat.categories)
    text_cats = np.asarray(df["text"].cat.categories, dtype=object)
    text_codes = df["text"].cat.codes.to_numpy()
    lengths = np.fromiter((len(t) for t in text_cats), dtype=np.int64, count=len(text_cats))[text_codes]
    idx = df["idx"].to_numpy()
    bounds = np.flatnonzero(np.r_[True, art_codes[1:] != art_codes[:-1], True])
    phrase = np.zeros(len(df), dtype=bool)
    drop = np.zeros(len(df), dtype=bool)
    last_of: dict[int, int] = {}   # first row of a merge -> its last row
    joined_of: dict[int, str] = {}  # first row of a merge -> the joined text
    for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
        hits = spans.get(art_cats[art_codes[lo]])
        if not hits:
            continue
        starts = {s: k for k, s in enumerate(idx[lo:hi].tolist())}
        ends = {s + n: k for k, (s, n) in enumerate(zip(idx[lo:hi].tolist(), lengths[lo:hi].tolist()))}
        for start, end in hits:
            first, last = starts.get(start), ends.get(end)
            if first is None or last is None or last < first:
                continue  # the phrase cuts a token: left as the segmenter made it
            word = "".join(text_cats[text_codes[lo + first:lo + last + 1]].tolist())
            if not is_phrase_text(word):
                continue  # a quote mark inside the span (“科学发展”观): not one word
            phrase[lo + first] = True
            if last > first:
                drop[lo + first + 1:lo + last + 1] = True
                last_of[lo + first] = lo + last
                joined_of[lo + first] = word
    if not last_of:
        return df.assign(phrase=phrase)
    firsts = np.fromiter(last_of, dtype=np.int64, count=len(last_of))
    joined = [joined_of[r] for r in firsts.tolist()]
    out = df.copy()
    known = set(text_cats.tolist())
    out["text"] = out["text"].cat.add_categories([w for w in dict.fromkeys(joined) if w not in known])
    out.iloc[firsts, out.columns.get_loc("text")] = joined
    lasts = np.array([last_of[r] for r in firsts.tolist()], dtype=np.int64)
    tag_codes = out["tag"].cat.codes.to_numpy().copy()
    tag_codes[firsts] = tag_codes[lasts]
    out["tag"] = pd.Categorical.from_codes(tag_codes, categories=out["tag"].cat.categories)
    out["is_stop"] = out["is_stop"].to_numpy() & ~phrase
    i_end = out["i"].to_numpy() + 1
    i_end[firsts] = out["i"].to_numpy()[lasts] + 1
    out["i_end"] = i_end.astype(np.int32)  # the Doc index after the row's last token (n-grams use it)
    out["phrase"] = phrase
    return out[~drop].reset_index(drop=True)


def phrase_token_table(corpus: Corpus, df: pd.DataFrame, phrases: Iterable[str] = ("formulae", "places", "mined"),
                       words: Iterable[str] = (), *, table_key: str | None = None) -> pd.DataFrame:
    """:func:`merge_phrases` of *corpus*'s token table *df* and its :func:`find_phrases`, computed once
    per corpus, token table and phrase set while the corpus is unchanged.

    Every word table (keywords, keyness, collocations, trends, topics) reads the merged table
    (:func:`corpus_tools.parsing.term_frame`); with *table_key* the merge is kept
    (:func:`corpus_tools.corpus_cache.shared`, checked against the corpus's fingerprint) and the
    next analysis of the same corpus takes it back. Another token table (another pipeline), another
    phrase set or an edited corpus is merged afresh.

    Parameters
    ----------
    corpus : Corpus
        The corpus whose token table *df* is.
    df : pandas.DataFrame
        Its token table (:func:`~corpus_tools.parsing.tokens_frame`).
    phrases : iterable of str, optional
        Sources of phrases (:data:`PHRASE_SOURCES`).
    words : iterable of str, optional
        Your own phrases (:func:`check_words`).
    table_key : str, optional, keyword-only
        What identifies *df* (the token table's cache key: the corpus's articles and the pipeline).
        None: merged now and not kept.

    Returns
    -------
    pandas.DataFrame
        As :func:`merge_phrases` gives it; a copy the caller may change (copy-on-write).

    Examples
    --------
    >>> import spacy
    >>> from corpus_tools import read_corpus
    >>> from corpus_tools.parsing import tokens_frame
    >>> c = read_corpus(pd.DataFrame({"text": ["坚持科学发展观。"]}))
    >>> toks = tokens_frame(c, nlp=spacy.blank("zh"), progress=False, cache_dir=False)
    >>> first = phrase_token_table(c, toks, table_key="demo")
    >>> phrase_token_table(c, toks, table_key="demo")["text"].tolist() == first["text"].tolist()
    True
    >>> "科学发展观" in first["text"].tolist()
    True
    """
    from corpus_tools.corpus_cache import shared

    sources, own = check_phrase_sources(phrases), check_words(words)
    if table_key is None:
        return merge_phrases(df, find_phrases(corpus, sources, own, tokens=df))
    merged = shared(corpus, ("merged tokens", table_key, sources, own),
                    lambda: merge_phrases(df, find_phrases(corpus, sources, own, tokens=df, tokens_key=table_key)),
                    group=_group(own))
    return merged.copy(deep=False)
