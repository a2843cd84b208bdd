"""The token table: one row per token of a corpus, built window by window from the parse stream.

:func:`tokens_frame` (``Corpus.tokens_frame``) flattens the parse into one row per token
(whitespace tokens left out) with the columns in :data:`TOKEN_COLUMNS`, built batch by
batch from the stream (cached articles are read straight from the shards' arrays, without
making Docs), so memory is bounded by the table, not by the parses. The table uses compact
types (categoricals, ``int32``), is cached as one ``.npz`` of plain arrays per corpus, and
is kept with the Corpus object that asked for it (a repeated analysis of the same corpus
reuses it; nothing is shared between corpora). Analyses read it through :func:`term_frame`,
which adds the normalised ``term`` and the ``keep`` mask of the shared stop-word /
punctuation / number / POS filter.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import threading
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import pandas as pd

# entity_terms imports the entity layer inside its functions only, so importing it here loads nothing more
# and makes no cycle (tests/test_architecture.py counts function-level imports as well).
from corpus_tools.entity_terms import entity_words
from corpus_tools.errors import user_stacklevel
from corpus_tools.options import ParseOptions, TermFilter, resolve_options
from corpus_tools.parsing import stream
from corpus_tools.parsing.cache import CORPUS_MEMO, MEMO_LOCK, ShardCache
from corpus_tools.parsing.stream import resolve_nlp
from corpus_tools.phrase_tokens import phrase_token_table
from corpus_tools.stopwords import get_stop_words, term_mask
from corpus_tools.text import to_halfwidth

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

    from corpus_tools.corpus import Article, Corpus

__all__ = ["TOKEN_COLUMNS", "empty_tokens_frame", "iter_token_chunks", "tokens_frame", "term_frame"]

#: Columns of :func:`tokens_frame`.
TOKEN_COLUMNS = ["issue_id", "article_id", "sent", "i", "text", "tag", "is_stop", "ent_label", "idx"]

_TABLE_VERSION = "2"  # bump when the token table changes (v2: int32 columns)
_SENT_END_RE = re.compile(r"^[。！？!?…]+[”’」』）)]*$")


def _token_arrays(item: Any) -> tuple[np.ndarray, np.ndarray]:
    """``(uint64 array of ORTH, TAG, ENT_TYPE, SENT_START; bool spaces)`` of one parse,
    from a Doc or straight from a cached DocBin's arrays (no Doc made; an attribute the
    DocBin left out is zero)."""
    from spacy.attrs import ENT_TYPE, ORTH, SENT_START, SPACY, TAG

    cols = (ORTH, TAG, ENT_TYPE, SENT_START)
    if not isinstance(item, tuple):
        return item.to_array(list(cols)), item.to_array(SPACY).astype(bool)
    db, pos = item
    tokens = db.tokens[pos]
    out = np.zeros((len(tokens), len(cols)), dtype=np.uint64)
    for k, attr in enumerate(cols):
        if attr in db.attrs:
            out[:, k] = tokens[:, db.attrs.index(attr)]
    return out, db.spaces[pos].reshape(-1)


class _Labels:
    """Global integer codes for spaCy string hashes, growing window by window.

    The hashes seen so far are kept sorted, so a window's look-up is vectorised and only
    new hashes go through Python (to fetch their string)."""

    def __init__(self) -> None:
        self.keys = np.empty(0, dtype=np.uint64)
        self.vals = np.empty(0, dtype=np.int32)
        self.labels: list[str] = []

    def codes(self, hashes: np.ndarray, string: Any) -> np.ndarray:
        """Codes of *hashes*; *string* names a hash not seen before (spaCy hashes "" to 0)."""
        uniq, inv = np.unique(hashes, return_inverse=True)
        pos = np.searchsorted(self.keys, uniq)
        known = pos < len(self.keys)
        known[known] = self.keys[pos[known]] == uniq[known]
        new = uniq[~known]
        if len(new):
            start = len(self.labels)
            self.labels.extend(string(h) if h else "" for h in new.tolist())
            keys = np.concatenate([self.keys, new])
            order = np.argsort(keys, kind="stable")  # two sorted runs: a linear merge
            self.keys = keys[order]
            self.vals = np.concatenate([self.vals, np.arange(start, start + len(new), dtype=np.int32)])[order]
        return self.vals[np.searchsorted(self.keys, uniq)][inv.reshape(-1)]


class _Words(_Labels):
    """Codes of token strings, with what the table needs of each string: its length, whether
    it is whitespace, whether it ends a sentence (。！？ … or a line break)."""

    def __init__(self) -> None:
        super().__init__()
        self.n_chars = np.empty(0, dtype=np.int64)
        self.space = np.empty(0, dtype=bool)
        self.ends = np.empty(0, dtype=bool)

    def codes(self, hashes: np.ndarray, string: Any) -> np.ndarray:
        codes = super().codes(hashes, string)
        new = self.labels[len(self.n_chars):]
        if new:
            self.n_chars = np.concatenate([self.n_chars, [len(w) for w in new]]).astype(np.int64)
            self.space = np.concatenate([self.space, [w.isspace() for w in new]]).astype(bool)
            self.ends = np.concatenate([self.ends, [bool(_SENT_END_RE.match(w)) or "\n" in w
                                                    for w in new]]).astype(bool)
        return codes


def _string_lookup(window: list[tuple[int, Any]], nlp: Language) -> Any:
    """hash -> string over the pipeline's vocab and that of any Doc made with another one
    (a tokenizer borrowed from another pipeline keeps its own vocab)."""
    stores = [nlp.vocab.strings]
    for _, item in window:
        if not isinstance(item, tuple) and all(item.vocab.strings is not st for st in stores):
            stores.append(item.vocab.strings)
    if len(stores) == 1:
        return stores[0].__getitem__

    def string(h: int) -> str:
        for store in stores:
            if h in store:
                return store[h]
        return stores[0][h]  # raises spaCy's KeyError

    return string


def _window_columns(window: list[tuple[int, Any]], string: Any, text: _Words, tag: _Labels,
                    ent: _Labels) -> dict[str, np.ndarray]:
    """The token-table columns of one window, codes from the shared label tables.

    *string* maps a spaCy hash to its string; ``art`` holds the window item of each row
    (position in *window*)."""
    parts = [_token_arrays(item) for _, item in window]
    lengths = np.array([len(a) for a, _ in parts], dtype=np.int64)
    empty = {k: np.empty(0, dtype=np.int32) for k in ("art", "sent", "i", "text", "tag", "ent", "idx")}
    if not lengths.sum():
        return empty
    arr = np.concatenate([a for a, _ in parts]).astype(np.uint64, copy=False)
    spaces = np.concatenate([s for _, s in parts]).astype(np.int64)
    first = np.concatenate([[0], np.cumsum(lengths)[:-1]])  # row of each article's first token
    owner = np.repeat(np.arange(len(parts)), lengths)
    words = text.codes(arr[:, 0], string)
    n_chars, is_space, ends = text.n_chars[words], text.space[words], text.ends[words]
    # character offsets: running length within the article
    step = n_chars + spaces
    idx = np.cumsum(step) - step
    idx -= np.repeat(idx[first], lengths)
    # sentence starts: the pipeline's boundaries where it set any (as Doc.has_annotation), else
    # after each sentence end; every article starts a sentence
    ss = arr[:, 3]
    annotated = np.fromiter(((n == 1) or bool(ss[f + 1:f + n].any()) for f, n in zip(first, lengths)),
                            dtype=bool, count=len(parts))
    starts = np.concatenate([[True], ends[:-1]])
    use_ss = annotated[owner]
    starts[use_ss] = ss[use_ss] == 1
    starts[first[lengths > 0]] = True
    keep = ~is_space
    # sentence numbers over the kept tokens only (a line break after 。 opens no empty sentence),
    # from 0 in each article
    g = np.cumsum(starts)[keep]
    own = owner[keep]
    change = np.concatenate([[0], (g[1:] != g[:-1]).astype(np.int64)])
    sent = np.cumsum(change)
    kept_first = np.concatenate([[0], np.flatnonzero(own[1:] != own[:-1]) + 1]) if len(own) else own
    sent -= np.repeat(sent[kept_first], np.diff(np.concatenate([kept_first, [len(own)]])))
    pos = (np.arange(len(arr)) - np.repeat(first, lengths))[keep]
    kept = arr[keep]
    return {"art": own.astype(np.int32), "sent": sent.astype(np.int32), "i": pos.astype(np.int32),
            "text": words[keep], "tag": tag.codes(kept[:, 1], string),
            "ent": ent.codes(kept[:, 2], string), "idx": idx[keep].astype(np.int32)}


def _stop_mask(categories: Iterable[str]) -> np.ndarray:
    stops = get_stop_words()
    cats = list(categories)
    return np.fromiter((to_halfwidth(t) in stops for t in cats), dtype=bool, count=len(cats))


def _assemble(cols: dict[str, np.ndarray], art_ids: list[str], issue_of: list[str], text: list[str],
              tag: list[str], ent: list[str]) -> pd.DataFrame:
    """The token table from code columns (``art`` indexes *art_ids* / *issue_of*)."""
    if not len(cols["art"]):
        return empty_tokens_frame()
    used = np.unique(cols["art"])  # articles with tokens, in corpus order
    present = [art_ids[k] for k in used]
    remap = np.full(len(art_ids), -1, dtype=np.int32)
    remap[used] = np.arange(len(used), dtype=np.int32)
    issues = list(dict.fromkeys(issue_of[k] for k in used))
    issue_code = {iid: k for k, iid in enumerate(issues)}
    art_issue = np.array([issue_code[issue_of[k]] for k in used], dtype=np.int32)
    art_codes = remap[cols["art"]]
    text_cat = pd.Categorical.from_codes(cols["text"], categories=text, validate=False)
    frame = pd.DataFrame({
        "issue_id": pd.Categorical.from_codes(art_issue[art_codes], categories=issues, validate=False),
        "article_id": pd.Categorical.from_codes(art_codes, categories=present, validate=False),
        "sent": cols["sent"],
        "i": cols["i"],
        "text": text_cat,
        "tag": pd.Categorical.from_codes(cols["tag"], categories=tag, validate=False),
        "is_stop": _stop_mask(text)[cols["text"]],
        "ent_label": pd.Categorical.from_codes(cols["ent"], categories=ent, validate=False),
        "idx": cols["idx"],
    }, copy=False)
    return frame[TOKEN_COLUMNS]


def empty_tokens_frame() -> pd.DataFrame:
    """A token table with no rows and the columns and types of :func:`tokens_frame`.

    Examples
    --------
    >>> empty_tokens_frame().dtypes.astype(str).tolist()
    ['category', 'category', 'int32', 'int32', 'category', 'category', 'bool', 'category', 'int32']
    """
    cat = pd.CategoricalDtype(pd.Index([], dtype=object))
    types = {"issue_id": cat, "article_id": cat, "sent": np.int32, "i": np.int32, "text": cat,
             "tag": cat, "is_stop": bool, "ent_label": cat, "idx": np.int32}
    return pd.DataFrame({c: pd.Series(dtype=types[c]) for c in TOKEN_COLUMNS})


def _token_windows(articles: list[Article], keys: list[str], nlp: Language, *, n_process: int,
                   batch_size: int, progress: bool, root: Path | None, fingerprint: str
                   ) -> Iterator[tuple[dict[str, np.ndarray], tuple[_Labels, ...]]]:
    """The code columns of each window (``art``: the article's position in *articles*) and
    the label tables the codes refer to (text, tag, entity label), shared by all windows."""
    cache = ShardCache(root, fingerprint, nlp) if root is not None else None
    labels = (_Words(), _Labels(), _Labels())
    for window in stream.windows(articles, keys, nlp, n_process=n_process, batch_size=batch_size,
                                 progress=progress, cache=cache, tensors=False):  # the table needs none
        cols = _window_columns(window, _string_lookup(window, nlp), *labels)
        cols["art"] = np.array([j for j, _ in window], dtype=np.int32)[cols["art"]]  # corpus positions
        yield cols, labels


def _build_table(articles: list[Article], keys: list[str], nlp: Language, **options: Any) -> pd.DataFrame:
    """The whole token table, built window by window (only code arrays are kept)."""
    chunks: dict[str, list[np.ndarray]] = {}
    labels: tuple[_Labels, ...] = (_Words(), _Labels(), _Labels())
    for cols, labels in _token_windows(articles, keys, nlp, **options):
        for name, values in cols.items():
            chunks.setdefault(name, []).append(values)
    cols = {}
    for name in list(chunks):  # one column at a time, freeing its pieces
        cols[name] = np.concatenate(chunks.pop(name)) if chunks.get(name) else np.empty(0, dtype=np.int32)
    if not cols:
        cols = {"art": np.empty(0, dtype=np.int32)}
    names = [lab.labels for lab in labels]
    if "text" in cols:  # whitespace tokens were coded too: drop the strings no row uses
        used = np.bincount(cols["text"], minlength=len(names[0])) > 0
        if not used.all():
            cols["text"] = (np.cumsum(used) - 1).astype(np.int32)[cols["text"]]
            names[0] = [w for w, u in zip(names[0], used.tolist()) if u]
    return _assemble(cols, [a.id for a in articles], [a.issue_id for a in articles], *names)


def iter_token_chunks(
    corpus: Corpus,
    *,
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 16,
    progress: bool = True,
    cache_dir: str | os.PathLike | None | Literal[False] = None,
) -> Iterator[pd.DataFrame]:
    """The token table of :func:`tokens_frame` in consecutive pieces of 256 articles.

    Concatenated (``pd.concat``) they are the rows of ``tokens_frame(corpus)``; each piece
    has its own categories. Use it to write or aggregate tokens of a corpus whose table
    does not fit in memory. Parameters are those of :func:`iter_parse`.

    Examples
    --------
    >>> import spacy
    >>> from corpus_tools import load_seeds
    >>> pieces = iter_token_chunks(load_seeds(), nlp=spacy.blank("zh"), progress=False, cache_dir=False)
    >>> list(next(pieces).columns) == TOKEN_COLUMNS
    True
    """
    articles, keys, nlp, fingerprint, root = stream.open_corpus(corpus, nlp, n_process, batch_size, cache_dir)
    ids, issue_of = [a.id for a in articles], [a.issue_id for a in articles]

    def chunks() -> Iterator[pd.DataFrame]:
        for cols, labels in _token_windows(articles, keys, nlp, n_process=n_process, batch_size=batch_size,
                                           progress=progress, root=root, fingerprint=fingerprint):
            piece = dict(cols)
            names = []  # this piece's own categories: the labels it uses
            for col, lab in zip(("text", "tag", "ent"), labels):
                used, inv = np.unique(cols[col], return_inverse=True)
                piece[col] = inv.reshape(-1).astype(np.int32)
                names.append([lab.labels[k] for k in used.tolist()])
            yield _assemble(piece, ids, issue_of, *names)

    return chunks()


def tokens_frame(
    corpus: Corpus,
    *,
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 16,
    progress: bool = True,
    cache_dir: str | os.PathLike | None | Literal[False] = None,
) -> pd.DataFrame:
    """One row per token of every article (whitespace tokens left out).

    Parameters are those of :func:`iter_parse`; they are checked first. The table is then
    looked up in this order: the table this Corpus object computed last (the same articles
    and pipeline; it is also written to *cache_dir* if it is not there yet), the table cached
    in *cache_dir* (checked; a bad file is rebuilt with a warning), else it is built window by
    window from the parse cache and the pipeline. A corpus without articles gives an empty
    table with the same columns and types. Memory is bounded by the table (about 30 bytes a token), not by the parses.

    Returns
    -------
    pandas.DataFrame
        Columns (:data:`TOKEN_COLUMNS`):

        - ``issue_id``, ``article_id`` (categorical): join keys;
        - ``sent`` (int32): sentence number within the article, from 0 (the pipeline's
          sentence boundaries, else 。！？ and line breaks);
        - ``i`` (int32): the token's index in the article's Doc;
        - ``text`` (categorical): the token as written;
        - ``tag`` (categorical): fine-grained POS tag, ``""`` without a tagger;
        - ``is_stop`` (bool): in :func:`corpus_tools.stopwords.get_stop_words` ``()``;
        - ``ent_label`` (categorical): entity label of the token, ``""`` outside entities;
        - ``idx`` (int32): character offset of the token in ``Article.text``.

    Examples
    --------
    >>> import spacy
    >>> from corpus_tools import load_seeds
    >>> corpus = load_seeds().filter(issue_id="004_1e1be208c4a694e1")
    >>> df = tokens_frame(corpus, nlp=spacy.blank("zh"), progress=False, cache_dir=False)
    >>> list(df.columns)
    ['issue_id', 'article_id', 'sent', 'i', 'text', 'tag', 'is_stop', 'ent_label', 'idx']
    """
    articles, text_keys, nlp, fingerprint, root = stream.open_corpus(corpus, nlp, n_process, batch_size, cache_dir)
    key = _corpus_key(fingerprint, articles, text_keys)
    path = _table_path(root, fingerprint, key) if root is not None else None
    with MEMO_LOCK:
        hit = CORPUS_MEMO.get(corpus)
    frame = hit[1] if hit is not None and hit[0] == key else None
    if frame is not None and path is not None and not path.is_file():
        _write_table(path, frame)  # computed without this cache folder: keep it there too
    if frame is None and path is not None:
        frame = _read_table(path)
    if frame is None:
        frame = _build_table(articles, text_keys, nlp, n_process=n_process, batch_size=batch_size,
                             progress=progress, root=root, fingerprint=fingerprint)
        if path is not None:
            _write_table(path, frame)
    with MEMO_LOCK, contextlib.suppress(TypeError):  # an object that takes no weak reference: no memo
        CORPUS_MEMO[corpus] = (key, frame)
    return frame.copy(deep=False)  # copy-on-write: callers' changes never reach the memo


def _corpus_key(fingerprint: str, articles: list[Article], text_keys: list[str]) -> str:
    h = hashlib.sha256(f"{_TABLE_VERSION}\0{fingerprint}".encode())
    for art, tkey in zip(articles, text_keys):
        h.update(f"\0{art.id}\0{art.issue_id}\0{tkey}".encode())
    return h.hexdigest()[:32]


def _table_path(root: Path, fingerprint: str, key: str) -> Path:
    return root / "tables" / fingerprint / f"{key}.npz"


_CAT_COLS = ("issue_id", "article_id", "text", "tag", "ent_label")
_NUM_COLS = ("sent", "i", "idx")


def _write_table(path: Path, frame: pd.DataFrame) -> None:
    """The token table as plain arrays (no pickle): category codes plus their labels."""
    arrays: dict[str, np.ndarray] = {}
    for col in _CAT_COLS:
        cat = frame[col].cat
        arrays[f"{col}__codes"] = cat.codes.to_numpy()
        arrays[f"{col}__cats"] = np.asarray(cat.categories.astype(str), dtype=str)
    for col in _NUM_COLS:
        arrays[col] = frame[col].to_numpy()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.stem}.{os.getpid()}.{threading.get_ident()}.tmp.npz")
    np.savez(tmp, **arrays)
    os.replace(tmp, path)


def _read_table(path: Path) -> pd.DataFrame | None:
    if not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as npz:
            data: dict[str, Any] = {}
            n = None
            for col in _CAT_COLS:
                codes = npz[f"{col}__codes"]
                cats = npz[f"{col}__cats"].tolist()
                data[col] = pd.Categorical.from_codes(codes, categories=cats)
                n = len(codes) if n is None else n
                if len(codes) != n:
                    raise ValueError("columns of different lengths")
            for col in _NUM_COLS:
                data[col] = npz[col]
                if len(data[col]) != n:
                    raise ValueError("columns of different lengths")
    except Exception as exc:
        warnings.warn(f"cached token table {path} is corrupt ({type(exc).__name__}: {exc}); "
                      "rebuilding it from the cached parses", RuntimeWarning, stacklevel=user_stacklevel())
        return None
    data["is_stop"] = _stop_mask(data["text"].categories)[data["text"].codes]
    return pd.DataFrame(data)[TOKEN_COLUMNS]


def term_frame(
    corpus: Corpus,
    *,
    parse: ParseOptions | None = None,
    term_filter: TermFilter | None = None,
) -> pd.DataFrame:
    """:func:`tokens_frame` with phrases joined, plus ``term`` (half-width token text) and ``keep`` (passes the filter).

    First the tokens that spell a phrase of ``term_filter.phrases`` / ``term_filter.words`` (by
    default the known formulae: 科学 | 发展观 -> 科学发展观) are joined into one row, marked True
    in a column ``phrase`` (:func:`corpus_tools.phrase_tokens.merge_phrases`); a phrase passes the
    POS filter whatever its tag.

    The filter drops stop words (:func:`corpus_tools.stopwords.get_stop_words` plus the
    filter's ``extra_stop_words``), punctuation, numbers, tokens shorter than ``min_chars``
    and, when the pipeline tags, tokens whose tag is not in ``pos``. Without a tagger the
    POS filter is skipped with a warning.

    Parameters
    ----------
    corpus : Corpus
    parse : ParseOptions, optional
        How the corpus is parsed (default ``ParseOptions()``: the default pipeline and
        parse cache, one process, no progress bar).
    term_filter : TermFilter, optional
        Which tokens pass (default ``TermFilter()``).

    Examples
    --------
    >>> import spacy
    >>> from corpus_tools import load_seeds
    >>> from corpus_tools.options import ParseOptions, TermFilter
    >>> corpus = load_seeds().filter(issue_id="004_1e1be208c4a694e1")
    >>> df = term_frame(corpus, parse=ParseOptions(nlp=spacy.blank("zh"), cache_dir=False),
    ...                 term_filter=TermFilter(pos=None, min_chars=1))
    >>> list(df.columns[-3:]), bool(df["keep"].any())
    (['phrase', 'term', 'keep'], True)
    """
    parse = resolve_options(ParseOptions, parse, "parse")
    term_filter = resolve_options(TermFilter, term_filter, "term_filter")
    pos = term_filter.pos
    nlp = resolve_nlp(parse.nlp)
    df = tokens_frame(corpus, **{**parse.kwargs(), "nlp": nlp})
    if term_filter.phrases or term_filter.words:
        with MEMO_LOCK:  # the key of the table tokens_frame has just given (None: a corpus it keeps no memo of)
            hit = CORPUS_MEMO.get(corpus)
        phrases, words = tuple(term_filter.phrases), tuple(term_filter.words)
        if "entities" in phrases:  # the tagger's names (entity_terms), resolved here: phrase_tokens knows no entities
            phrases, words = tuple(p for p in phrases if p != "entities"), words + entity_words(corpus)
        df = phrase_token_table(corpus, df, phrases, words, table_key=hit[0] if hit is not None else None)
    else:
        df["phrase"] = np.zeros(len(df), dtype=bool)
    tags = None
    if pos is not None:
        if df["tag"].astype(str).ne("").any():
            tags = df["tag"]
        else:
            warnings.warn(f"the pipeline {nlp.pipe_names} assigns no POS tags, so pos={tuple(pos)} "
                          "is ignored; use corpus_tools.load_pipeline(tagger=True) or pass pos=None",
                          UserWarning, stacklevel=user_stacklevel())
    cats = pd.Index(df["text"].cat.categories) if isinstance(df["text"].dtype, pd.CategoricalDtype) \
        else pd.Index(df["text"].unique())
    norm = pd.Series([to_halfwidth(t) for t in cats], index=cats)
    df["term"] = (df["text"].map(norm).astype("category") if len(df)
                  else pd.Series(pd.Categorical([]), index=df.index, dtype="category"))
    stops = get_stop_words(term_filter.extra_stop_words, deictic=term_filter.deictic_stop_words)
    keep = term_mask(df["term"], tags, stop_words=stops, pos=pos, min_chars=term_filter.min_chars)
    phrase = df["phrase"].to_numpy()
    if phrase.any():  # a phrase is a term whatever its tag (unless you list it as a stop word)
        keep = keep | term_mask(df["term"], None, stop_words=stops, pos=None, min_chars=term_filter.min_chars) & phrase
    df["keep"] = keep
    return df
