"""Concordance lines (:func:`kwic`), word collocations and entity co-occurrence networks."""

from __future__ import annotations

import html
import os
import re
import warnings
from collections import Counter
from collections.abc import Iterable
from itertools import combinations
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import pandas as pd

from corpus_tools._validate import check_choice, check_int, check_labels, check_not_str
from corpus_tools.colloc_word import fold_word, word_note
from corpus_tools.entities import LABELS
from corpus_tools.errors import InvalidArgumentError, check_corpus, user_stacklevel
from corpus_tools.ocr_text import spaced_literal
from corpus_tools.options import ParseOptions, TermFilter, analysis_options, renamed_option
from corpus_tools.parsing import resolve_nlp, term_frame
from corpus_tools.text import normalize_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

    from corpus_tools.corpus import Corpus

__all__ = ["kwic", "KwicFrame", "collocations", "cooccurrence",
           "KWIC_COLUMNS", "COLLOCATION_COLUMNS", "EDGE_COLUMNS"]

#: Columns of :func:`kwic`.
KWIC_COLUMNS = ["issue_id", "article_id", "left", "match", "right", "start"]
#: Values of :func:`kwic`'s ``parts``.
KWIC_PARTS = ("text", "all")
#: Columns of :func:`collocations`.
COLLOCATION_COLUMNS = ["w1", "w2", "count", "pmi", "log_dice"]
#: Columns of :func:`cooccurrence`.
EDGE_COLUMNS = ["source", "target", "weight", "source_label", "target_label"]

_HTML_MAX_ROWS = 200


class KwicFrame(pd.DataFrame):
    """A :func:`kwic` result: a plain DataFrame that notebooks show as aligned lines.

    Anything derived from it (slices, merges) is an ordinary DataFrame.
    """

    @property
    def _constructor(self):
        return pd.DataFrame

    def _repr_html_(self) -> str | None:
        if not set(("left", "match", "right")) <= set(self.columns):
            return super()._repr_html_()
        esc = html.escape
        rows = []
        for _, r in self.head(_HTML_MAX_ROWS).iterrows():
            rows.append(
                f"<tr><td style='color:#888;font-size:80%'>{esc(str(r.get('article_id', '')))}</td>"
                f"<td style='text-align:right;white-space:nowrap'>{esc(str(r['left']))}</td>"
                f"<td style='text-align:center;white-space:nowrap;font-weight:bold;color:#b00'>"
                f"{esc(str(r['match']))}</td>"
                f"<td style='text-align:left;white-space:nowrap'>{esc(str(r['right']))}</td></tr>")
        more = (f"<p>… {len(self) - _HTML_MAX_ROWS} more lines (use .to_string() or slice the frame)</p>"
                if len(self) > _HTML_MAX_ROWS else "")
        return (f"<div><small>{len(self)} concordance lines</small>"
                "<table style='font-family:monospace;border-collapse:collapse'>"
                + "".join(rows) + "</table>" + more + "</div>")


def kwic(
    corpus: Corpus,
    query: str,
    *,
    width: int = 15,
    regex: bool = False,
    window: int | None = None,
    parts: Literal["text", "all"] = "text",
) -> KwicFrame:
    """Keyword in context: every occurrence of *query* with *width* characters each side.

    Matching runs on ``Article.text`` with full-width digits and letters folded (so ``2023``
    finds ``２０２３``); the lines show the original characters, with line breaks as spaces. A
    literal query also matches with one half-width space between two of its characters (an OCR'd
    page's ``退耕 还林`` that ``read_corpus(ocr=...)`` left, :mod:`corpus_tools.ocr_text`).
    ``Article.text`` is the title, subtitle and body. By default (``parts="text"``) a formula
    printed on a section banner, a kicker or a caption is not found, though
    :func:`~corpus_tools.slogans.extract_slogans` counts it (its ``count``; ``slogan_mentions`` rows
    with ``part == "text"`` are the ones the default sees); ``parts="all"`` reads those strings too, so
    the number of lines of a formula agrees with the slogan table's ``count`` (user32 F10).

    Parameters
    ----------
    corpus : Corpus
    query : str
        A literal string, or a regular expression when *regex* is True.
    width : int
        Characters of context on each side.
    regex : bool
        Treat *query* as a regular expression. A literal query is folded like the text; a
        regular expression is not (folding would turn ``．`` and ``＋`` into ``.`` and ``+``),
        so write its digits and Latin letters half-width.
    window : int, optional
        Deprecated old name of *width* (``window`` now always counts tokens).
    parts : {"text", "all"}, default "text"
        Keyword-only. ``"text"``: each article's ``Article.text`` only. ``"all"``: also the strings
        the slogan tables read (:func:`~corpus_tools.slogans.slogan_mentions`): the page's lines
        outside articles (section banners, page lines, column names: part ``banner``, filed under the
        page's first article), then each article's ``text``, ``kicker`` and ``caption`` (its
        captions joined by a line break); a kicker the layout also kept in the text is read once.

    Returns
    -------
    KwicFrame
        A DataFrame with ``issue_id, article_id, left, match, right, start`` (``start``: the
        character offset of the match in ``Article.text``), in corpus order; with ``parts="all"``
        a last column ``part`` (``banner``, ``text``, ``kicker`` or ``caption``) says which string
        ``start`` counts in. In a notebook it displays as aligned concordance lines.

    Examples
    --------
    >>> from corpus_tools import load_seeds
    >>> lines = kwic(load_seeds(), "乡村振兴", width=6)
    >>> bool((lines["match"] == "乡村振兴").all()), len(lines) > 10
    (True, True)

    A formula on a page's banner line is found with ``parts="all"`` only:

    >>> from corpus_tools import read_corpus
    >>> page = "学习贯彻二十大精神\\n\\n守护林海\\n\\n本报讯　今年以来，县林业局建设生态文明。\\n"
    >>> c = read_corpus(pd.DataFrame({"text": [page], "date": ["2023-03-01"]}))
    >>> len(kwic(c, "二十大")), kwic(c, "二十大", parts="all")[["match", "part"]].values.tolist()
    (0, [['二十大', 'banner']])
    """
    width = renamed_option("kwic", "window", "width", window, width, 15)
    check_corpus(corpus)
    check_choice("parts", parts, KWIC_PARTS)
    if not isinstance(query, str) or not query:
        raise InvalidArgumentError(f"query value = {query!r} is invalid; use a non-empty string (one query; "
                                   "for several, call kwic once per query or join them as a regex with regex=True)")
    check_int("width", width, minimum=0)
    try:
        pattern = re.compile(query if regex else spaced_literal(normalize_text(query)))
    except re.error as exc:
        raise InvalidArgumentError(f"query value = {query!r} is not a valid regular expression: {exc}") from None
    rows = []
    for issue_id, article_id, part, text in _kwic_units(corpus, parts):
        norm = normalize_text(text)
        if len(norm) != len(text):  # NFC changed lengths: fall back to the raw text
            norm = text
        for m in pattern.finditer(norm):
            if m.end() == m.start():
                continue
            s, e = m.start(), m.end()
            rows.append((issue_id, article_id, text[max(0, s - width):s].replace("\n", " "),
                         text[s:e], text[e:e + width].replace("\n", " "), s, part))
    columns = KWIC_COLUMNS + ["part"]
    df = pd.DataFrame(rows, columns=columns)
    return KwicFrame(df if parts == "all" else df[KWIC_COLUMNS])


def _kwic_units(corpus: "Corpus", parts: str) -> Iterable[tuple[str, str, str, str]]:
    """(issue id, article id, part, string) of every string :func:`kwic` reads, in corpus order."""
    if parts == "text":
        for art in corpus.articles:
            yield art.issue_id, art.id, "text", art.text
        return
    from corpus_tools.slogans.printed import article_parts, banner_lines  # the slogan tables' strings

    for issue in corpus:
        arts = issue.articles
        if not arts:
            continue
        for line in banner_lines(issue):
            yield issue.id, arts[0].id, "banner", line
        for art in arts:
            for part, text in article_parts(art):
                yield issue.id, art.id, part, text


def collocations(
    corpus: Corpus,
    *,
    measure: Literal["pmi", "log_dice"] = "log_dice",
    window: int = 1,
    min_count: int = 3,
    top_n: int | None = 50,
    pos: Iterable[str] | None = None,
    extra_stop_words: Iterable[str] = (),
    min_chars: int = 2,
    nlp: Language | None = None,
    cache_dir: str | os.PathLike | None | Literal[False] = None,
    parse: ParseOptions | None = None,
    term_filter: TermFilter | None = None,
    word: str | None = None,
    persons: bool = False,
    match: str = "token",
) -> pd.DataFrame:
    """Word pairs that occur together more than chance.

    A pair ``(w1, w2)`` is counted when *w2* follows *w1* within *window* tokens of the
    same sentence and neither is filtered out (stop words, punctuation, numbers, short
    tokens, and tags outside *pos* when a tagger exists); filtered tokens still take up
    window positions, so ``window=1`` means adjacent in the text.

    Parameters
    ----------
    corpus : Corpus
    measure : {"pmi", "log_dice"}
        Sort order. PMI ``log2(c12 N / (c1 c2))`` favours rare pairs; logDice
        ``14 + log2(2 c12 / (c1 + c2))`` (Rychlý 2008) is robust to corpus size.
    window : int
        How many tokens to the right a partner may be.
    min_count : int
        Least pair count.
    top_n : int or None
        Rows to return (None: all), the strongest first, cut after *word* selects: filtering the returned
        table by a word afterwards (``c[c.w1 == "乡村振兴"]``) sees only the *top_n* pairs of the whole corpus.
    pos : collection of str or None
        Tags to keep (None: every tag).
    extra_stop_words, min_chars, nlp, cache_dir, parse, term_filter
        As in :func:`corpus_tools.keywords`.
    word : str or None
        Only the pairs with this word on either side (推进 → 乡村振兴 for ``word="乡村振兴"``), selected before
        *top_n* cuts the table.
    match : {"token", "text"}
        With *word*: ``"token"`` (default) pairs the tokens that are *word*; ``"text"`` makes every kept token that
        prints *word* stand for it (疫情 in 疫情防控 and 疫情防控指挥部: a word printed only inside longer tokens,
        user36 F4), so its partners are the tokens beside those (:func:`~corpus_tools.colloc_word.fold_word`).
    persons : bool
        Keep the corpus's PERSON names whole (书记 | 佟立新, not 书记 | 佟): the names
        :func:`~corpus_tools.extract_entities` finds (the newsroom's credits left out,
        :func:`~corpus_tools.person_words.person_words`) are added to the term filter's ``words``. Runs the
        entity tagger once (cached like :func:`~corpus_tools.extract_entities`).

    Returns
    -------
    pandas.DataFrame
        ``w1, w2, count, pmi, log_dice``; *N* is the number of kept tokens.

    Examples
    --------
    >>> import spacy
    >>> from corpus_tools import load_seeds
    >>> nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    >>> col = collocations(load_seeds().filter(issue_id=lambda i: i < "002"), nlp=nlp, cache_dir=False)
    >>> list(col.columns), len(col) > 0
    (['w1', 'w2', 'count', 'pmi', 'log_dice'], True)
    """
    check_corpus(corpus)
    check_choice("measure", measure, ("pmi", "log_dice"))
    check_int("window", window)
    check_int("min_count", min_count)
    check_int("top_n", top_n, none="all")
    if word is not None and (not isinstance(word, str) or not word.strip()):
        raise ValueError(f"word = {word!r} is invalid; give a non-empty str (a word of the table's w1/w2) or None")
    check_choice("match", match, ("token", "text"))
    if match == "text" and word is None:
        raise ValueError("match='text' needs word= (the printed word whose partners are counted)")
    # collocations keep every tag by default (pos=None), unlike keywords
    popts, tfilter = analysis_options(parse, term_filter, nlp=nlp, cache_dir=cache_dir, pos=pos,
                                      extra_stop_words=extra_stop_words, min_chars=min_chars, default_pos=None)
    if persons:
        from dataclasses import replace

        from corpus_tools.person_words import person_words

        tfilter = replace(tfilter, words=tuple(dict.fromkeys(tuple(tfilter.words) + person_words(corpus))))
    df = term_frame(corpus, parse=popts, term_filter=tfilter)
    empty = pd.DataFrame({c: pd.Series(dtype=t) for c, t in
                          zip(COLLOCATION_COLUMNS, [object, object, int, float, float])})
    if df.empty:
        return empty
    cats = np.asarray(df["term"].cat.categories, dtype=object)
    codes = np.where(df["keep"].to_numpy(), df["term"].cat.codes.to_numpy(), -1).astype(np.int64)
    if match == "text":
        cats, codes, _ = fold_word(word, cats, codes)
    sent_key = df["article_id"].cat.codes.to_numpy().astype(np.int64) * (int(df["sent"].max()) + 1) \
        + df["sent"].to_numpy()
    unigrams = np.bincount(codes[codes >= 0], minlength=len(cats))
    n = int(unigrams.sum())
    keys = []
    for d in range(1, window + 1):  # partner d tokens to the right, in the same sentence
        a, b = codes[:-d], codes[d:]
        ok = (a >= 0) & (b >= 0) & (sent_key[:-d] == sent_key[d:])
        keys.append(a[ok] * len(cats) + b[ok])
    pair_keys, pair_counts = np.unique(np.concatenate(keys), return_counts=True)
    sel = pair_counts >= min_count
    if not sel.any():
        if word is not None:     # (user35 F11) never an empty table without a word
            warnings.warn(word_note(word, cats, unigrams, min_count=min_count, window=window), UserWarning,
                          stacklevel=user_stacklevel())
        return empty
    w1, w2 = np.divmod(pair_keys[sel], len(cats))
    out = pd.DataFrame({"w1": cats[w1].astype(str), "w2": cats[w2].astype(str), "count": pair_counts[sel]})
    c1 = unigrams[w1].astype(float)
    c2 = unigrams[w2].astype(float)
    c12 = pair_counts[sel].astype(float)
    out["pmi"] = np.log2(c12 * n / (c1 * c2))
    out["log_dice"] = 14 + np.log2(2 * c12 / (c1 + c2))
    out = out.sort_values([measure, "count", "w1", "w2"], ascending=[False, False, True, True])
    if word is not None:     # (user24 F8) before the cut, so a formula below the corpus's top pairs is found
        out = out[(out["w1"] == word) | (out["w2"] == word)]
        if out.empty:        # printed only inside longer tokens (治理 in 综合治理), or too rare (user35 F11)
            warnings.warn(word_note(word, cats, unigrams, min_count=min_count, window=window), UserWarning,
                          stacklevel=user_stacklevel())
    out = out.reset_index(drop=True)
    return out.head(top_n) if top_n is not None else out


def _entity_table(corpus: Any, nlp: Language | None,
                  cache_dir: str | os.PathLike | None | Literal[False]) -> pd.DataFrame:
    """Entities of a corpus: :func:`corpus_tools.extract_entities` without *nlp*, else ``doc.ents``."""
    if nlp is None:
        from corpus_tools.entities import extract_entities

        return extract_entities(corpus)
    from corpus_tools.parsing import parse_corpus

    docs = parse_corpus(corpus, nlp=resolve_nlp(nlp), progress=False, cache_dir=cache_dir)
    issue_of = {a.id: a.issue_id for a in corpus.articles}
    rows = [(issue_of[aid], aid, ent.text, ent.label_) for aid, doc in docs.items() for ent in doc.ents]
    return pd.DataFrame(rows, columns=["issue_id", "article_id", "text", "label"])


def _node_names(ents: pd.DataFrame) -> pd.Series:
    """Each row's ``norm`` (else its text), with the unit it lies in added where one name is linked
    to two or more places in the table (三合村（长发镇）)."""
    from corpus_tools.gazetteer import division

    name = ents["norm"].where(ents["norm"].notna() & (ents["norm"].astype(str) != ""), ents["text"]) \
        if "norm" in ents else ents["text"]
    if "admin_code" not in ents:
        return name
    code = ents["admin_code"].where(ents["admin_code"].astype(str).str.len() > 6)
    places = pd.DataFrame({"name": name, "code": code}).dropna()
    shared = places.groupby("name")["code"].nunique()
    twice = set(shared.index[shared >= 2])
    if not twice:
        return name

    def within(c: str) -> str:
        try:
            return division(c[:9] if len(c) == 12 else c[:6]).name
        except (KeyError, ValueError):
            return c

    return pd.Series([f"{n}（{within(c)}）" if n in twice and isinstance(c, str) else n for n, c in zip(name, code)],
                     index=ents.index)


def cooccurrence(
    data: Corpus | pd.DataFrame,
    *,
    unit: Literal["article", "issue", "sentence"] = "article",
    labels: Iterable[str] | None = None,
    min_count: int = 1,
    nlp: Language | None = None,
    cache_dir: str | os.PathLike | None | Literal[False] = None,
    nodes: Literal["text", "norm"] = "text",
) -> pd.DataFrame:
    """Which entities appear together: an edge table ready for networkx.

    Parameters
    ----------
    data : Corpus or pandas.DataFrame
        A corpus (its entities come from ``corpus_tools.extract_entities``, or from the
        pipeline's ``doc.ents`` when *nlp* is given), or an entity table with columns
        ``issue_id, article_id, text, label`` such as ``extract_entities`` returns.
    unit : {"article", "issue", "sentence"}
        Two entities co-occur when they appear in the same article (issue; sentence, for
        an entity table with a ``sentence`` column such as ``extract_entities`` returns).
    labels : collection of str, optional
        Keep only entities with these labels (e.g. ``("PERSON", "ORG")``; the labels of
        :data:`corpus_tools.entities.LABELS`, or any label found in the table given).
    min_count : int
        Least number of shared units for an edge.
    nlp, cache_dir
        Pipeline and parse cache, for a corpus.
    nodes : {"text", "norm"}
        What identifies an entity: its text as printed, or its normal form (``norm``, else its
        text: 县教育局 and 平遥县教育局 one node) with namesakes kept apart: a name linked to two or
        more admin codes in the table becomes one node per place, named with the unit it lies in
        (三合村（长发镇）, 三合村（四合镇）), so two villages of one name do not bridge their townships.

    Returns
    -------
    pandas.DataFrame
        ``source, target, weight, source_label, target_label``: one row per unordered pair,
        ``weight`` = number of units shared, heaviest first. With *labels* the source is the entity
        whose label comes first in *labels* (``labels=["PERSON", "TOWNSHIP"]``: persons in
        ``source``, townships in ``target``), else the smaller text. An entity's label is its most
        frequent one. Build a graph with ``networkx.from_pandas_edgelist(edges, edge_attr="weight")``.

    Examples
    --------
    >>> ents = pd.DataFrame({"issue_id": ["a", "a", "a", "b"], "article_id": ["a-01", "a-01", "a-02", "b-01"],
    ...                      "text": ["平遥县", "张三", "平遥县", "张三"], "label": ["LOC", "PER", "LOC", "PER"]})
    >>> cooccurrence(ents).to_dict("records")
    [{'source': '平遥县', 'target': '张三', 'weight': 1, 'source_label': 'LOC', 'target_label': 'PER'}]
    >>> cooccurrence(ents, labels=["PER", "LOC"]).loc[0, ["source", "target"]].tolist()
    ['张三', '平遥县']
    """
    if not isinstance(data, pd.DataFrame):
        check_corpus(data, "data")
    check_choice("unit", unit, ("article", "issue", "sentence"))
    check_int("min_count", min_count)
    check_not_str("labels", labels, "labels")
    ents = data if isinstance(data, pd.DataFrame) else _entity_table(data, nlp, cache_dir)
    keys = ["article_id", "sentence"] if unit == "sentence" else [f"{unit}_id"]
    missing = {*keys, "text", "label"} - set(ents.columns)
    if missing:
        raise InvalidArgumentError(f"the entity table lacks columns {sorted(missing)}; it needs "
                                   f"issue_id, article_id, text, label (as extract_entities returns); "
                                   f"found {list(ents.columns)}")
    check_choice("nodes", nodes, ("text", "norm"))
    order: dict[str, int] = {}
    if labels is not None:
        kept = check_labels(labels, sorted(set(LABELS) | set(ents["label"].astype(str))))
        ents = ents[ents["label"].isin(kept)]
        order = {str(lab): k for k, lab in enumerate(dict.fromkeys(labels))}  # the order given (kept is a set)
    if nodes == "norm":
        ents = ents.assign(text=_node_names(ents))
    ents = ents[["text", "label", *keys]].dropna()
    ents = ents.assign(text=ents["text"].astype(str))
    label_of = (ents.groupby(["text", "label"]).size().reset_index(name="n")
                .sort_values(["n", "label"], ascending=[False, True]).drop_duplicates("text")
                .set_index("text")["label"])
    weights: Counter[tuple[str, str]] = Counter()
    for _, group in ents.groupby(keys, sort=False):
        names = sorted(set(group["text"]))
        weights.update(combinations(names, 2))
    rank = {t: order.get(lab, 0) for t, lab in label_of.items()}
    rows = [(a, b, w) if rank[a] <= rank[b] else (b, a, w) for (a, b), w in weights.items() if w >= min_count]
    out = pd.DataFrame(rows, columns=["source", "target", "weight"])
    out["source_label"] = out["source"].map(label_of)
    out["target_label"] = out["target"].map(label_of)
    out = out.sort_values(["weight", "source", "target"], ascending=[False, True, True]).reset_index(drop=True)
    return out.astype({"weight": int})[EDGE_COLUMNS]
