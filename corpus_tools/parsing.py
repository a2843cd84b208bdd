"""Run the spaCy pipeline over a corpus once, cache the result, and expose the token table.

:func:`parse_corpus` (``Corpus.parse``) runs the pipeline once per article over
``Article.text`` and stores each result as a spaCy ``DocBin`` file on disk, keyed by a hash
of the article text and a fingerprint of the pipeline (spaCy version, language, components,
config and ``nlp.meta``), so a second run, in this or a later session, reads the files
instead of parsing. A cache file that cannot be read, or that holds a different text, is
rebuilt with a warning.

The cache lives in ``$CORPUS_TOOLS_CACHE`` when that is set, else in
``$XDG_CACHE_HOME/corpus_tools`` (``~/.cache/corpus_tools``). Pass ``cache_dir=`` to put
it elsewhere or ``cache_dir=False`` to keep nothing on disk. When you change a pipeline in
ways its config does not show (e.g. ``jieba.add_word``), call :func:`clear_cache`.

:func:`tokens_frame` (``Corpus.tokens_frame``) flattens the parse into one row per token
(whitespace tokens left out) with the columns in :data:`TOKEN_COLUMNS`. Reading thousands of
``DocBin`` files costs seconds, so the Docs of a whole corpus are also packed into one
``DocBin`` (about 3x faster to read back), its token table is cached as one ``.npz`` of
plain arrays, and the table is kept in memory for the session; a sub-corpus of a corpus
already in memory is sliced from it. Analyses read it
through :func:`term_frame`, which adds the normalised ``term`` and the ``keep`` mask of
the shared stop-word / punctuation / number / POS filter.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
import warnings
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import pandas as pd

from corpus_tools.stopwords import DEFAULT_POS, get_stop_words, term_mask
from corpus_tools.text import to_halfwidth

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

    from corpus_tools.corpus import Corpus

__all__ = [
    "TOKEN_COLUMNS",
    "parse_corpus",
    "tokens_frame",
    "term_frame",
    "default_cache_dir",
    "clear_cache",
    "pipeline_fingerprint",
    "resolve_nlp",
]

#: Columns of :func:`tokens_frame`.
TOKEN_COLUMNS = ["issue_id", "article_id", "sent", "i", "text", "tag", "is_stop", "ent_label", "idx"]

_USER_KEY = "corpus_tools_text_key"
_TABLE_VERSION = "1"
_SENT_END_RE = re.compile(r"^[。！？!?…]+[”’」』）)]*$")
# Token frames are small next to the Docs they come from; keep a few for repeated analyses.
_FRAME_MEMO: OrderedDict[str, tuple[str, dict[str, tuple[str, str]], pd.DataFrame]] = OrderedDict()
_FRAME_MEMO_SIZE = 4
_MEMO_LOCK = threading.Lock()  # tokens_frame may run in several threads (e.g. dask workers)


def default_cache_dir() -> Path:
    """Where parses are cached when ``cache_dir`` is not given.

    ``$CORPUS_TOOLS_CACHE`` if set, else ``$XDG_CACHE_HOME/corpus_tools``, else
    ``~/.cache/corpus_tools``.

    Examples
    --------
    >>> default_cache_dir().name in {"corpus_tools"} or "CORPUS_TOOLS_CACHE" in os.environ
    True
    """
    env = os.environ.get("CORPUS_TOOLS_CACHE")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base).expanduser() / "corpus_tools"


def _resolve_cache_dir(cache_dir: str | os.PathLike | None | Literal[False]) -> Path | None:
    if cache_dir is False:
        return None
    if cache_dir is None:
        return default_cache_dir()
    if cache_dir is True or not isinstance(cache_dir, (str, os.PathLike)):
        raise TypeError(f"cache_dir must be a path, None (default location) or False (no cache); "
                        f"got {cache_dir!r}")
    return Path(cache_dir).expanduser()


def clear_cache(cache_dir: str | os.PathLike | None = None) -> int:
    """Delete every cached parse under *cache_dir* (default: :func:`default_cache_dir`).

    Returns
    -------
    int
        The number of files removed.
    """
    base = _resolve_cache_dir(cache_dir)
    n = 0
    for sub, pattern in (("docs", "*.spacy"), ("packs", "*.spacy"), ("tables", "*.npz")):
        if (base / sub).is_dir():
            for path in (base / sub).rglob(pattern):
                path.unlink(missing_ok=True)
                n += 1
    with _MEMO_LOCK:
        _FRAME_MEMO.clear()
    return n


def _default_nlp() -> Language:
    try:
        from corpus_tools.nlp import load_pipeline
    except ImportError as exc:  # pragma: no cover - only while the nlp module is missing
        raise ImportError("corpus_tools.load_pipeline is not available; pass a spaCy pipeline "
                          "with nlp=, e.g. nlp=spacy.blank('zh')") from exc
    return load_pipeline()


def resolve_nlp(nlp: Language | None) -> Language:
    """*nlp*, or the default pipeline ``corpus_tools.load_pipeline()`` when it is None."""
    if nlp is None:
        return _default_nlp()
    from spacy.language import Language

    if not isinstance(nlp, Language):
        raise TypeError(f"nlp must be a spaCy Language (e.g. corpus_tools.load_pipeline()), "
                        f"got {type(nlp).__name__}")
    return nlp


def pipeline_fingerprint(nlp: Language) -> str:
    """A short hash naming the pipeline's version for the cache.

    It covers the spaCy version, the language, the component names, the config and
    ``nlp.meta`` (where ``corpus_tools.load_pipeline`` records its model version).

    Examples
    --------
    >>> import spacy
    >>> len(pipeline_fingerprint(spacy.blank("zh")))
    16
    """
    import spacy

    try:
        config = nlp.config.to_str()
    except Exception:  # a config with unserialisable values: fall back to its repr
        config = repr(dict(nlp.config))
    meta = {k: v for k, v in nlp.meta.items() if k not in ("performance", "sources")}
    payload = json.dumps({"spacy": spacy.__version__, "lang": nlp.lang, "pipes": nlp.pipe_names,
                          "config": config, "meta": meta, "tokenizer": _tokenizer_signature(nlp.tokenizer)},
                         sort_keys=True, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def _tokenizer_signature(tok: Any) -> str:
    """Settings of a custom tokenizer that its config does not show (segmenter, user words)."""
    parts = [f"{type(tok).__module__}.{type(tok).__qualname__}"]
    for obj in (tok, getattr(tok, "tokenizer", None)):
        if obj is None:
            continue
        for attr in ("segmenter", "user_words", "lexicon", "drop_punct"):
            if hasattr(obj, attr) and not callable(getattr(obj, attr)):
                parts.append(f"{attr}={getattr(obj, attr)!r}")
    return "|".join(parts)


def _text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _cache_path(root: Path, fingerprint: str, key: str) -> Path:
    return root / "docs" / fingerprint / key[:2] / f"{key}.spacy"


def _read_cached(path: Path, text: str, nlp: Language) -> Doc | None:
    """The cached Doc, None when there is no file; raises ValueError when the file is bad."""
    from spacy.tokens import DocBin

    if not path.is_file():
        return None
    try:
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    except Exception as exc:
        raise ValueError(f"unreadable ({type(exc).__name__}: {exc})") from exc
    if len(docs) != 1:
        raise ValueError(f"holds {len(docs)} docs, expected 1")
    stored = docs[0].user_data.get(_USER_KEY)
    # the stored key spares rebuilding the text from the tokens; old files fall back to that
    if (stored != _text_key(text)) if stored is not None else (docs[0].text != text):
        raise ValueError("holds a different text")
    return docs[0]


def _write_cached(path: Path, doc: Doc) -> None:
    from spacy.tokens import DocBin

    doc.user_data[_USER_KEY] = _text_key(doc.text)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    DocBin(docs=[doc], store_user_data=True).to_disk(tmp)
    os.replace(tmp, path)  # atomic: a crash never leaves half a file under the real name


def _check_corpus(corpus: Any) -> None:
    if isinstance(corpus, str):
        raise TypeError("expected a Corpus (e.g. corpus_tools.load_seeds()), got a str; "
                        "read text with corpus_tools.read_corpus first")
    if not hasattr(corpus, "articles") or not hasattr(corpus, "issues"):
        raise TypeError(f"expected a corpus_tools Corpus, got {type(corpus).__name__}")


def parse_corpus(
    corpus: Corpus,
    *,
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 64,
    progress: bool = True,
    cache_dir: str | os.PathLike | None | Literal[False] = None,
) -> dict[str, Doc]:
    """Run the pipeline over each article's text, reading and writing the disk cache.

    Parameters
    ----------
    corpus : Corpus
        The articles to parse (``Article.text``: title, subtitle and body).
    nlp : spacy.language.Language, optional
        Any spaCy pipeline; default ``corpus_tools.load_pipeline()``.
    n_process, batch_size : int
        Passed to ``nlp.pipe`` for the articles not in the cache.
    progress : bool
        Show a tqdm progress bar while parsing.
    cache_dir : path, None or False
        Cache folder; None for :func:`default_cache_dir`, False for no disk cache.

    Returns
    -------
    dict
        ``article_id -> Doc`` in corpus order. Token offsets (``token.idx``) index into
        ``Article.text``.

    Examples
    --------
    >>> import spacy
    >>> from corpus_tools import load_seeds
    >>> corpus = load_seeds().filter(issue_id="004_1e1be208c4a694e1")
    >>> docs = parse_corpus(corpus, nlp=spacy.blank("zh"), progress=False, cache_dir=False)
    >>> first = corpus.articles[0]
    >>> docs[first.id].text == first.text
    True
    """
    _check_corpus(corpus)
    nlp = resolve_nlp(nlp)
    if not isinstance(n_process, int) or n_process < 1 and n_process != -1:
        raise ValueError(f"n_process value = {n_process!r} is invalid; use a positive int or -1 (all cores)")
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size value = {batch_size!r} is invalid; use a positive int")
    root = _resolve_cache_dir(cache_dir)
    fingerprint = pipeline_fingerprint(nlp)
    articles = list(corpus.articles)
    keys = [_text_key(a.text) for a in articles]
    pack = _pack_path(root, fingerprint, _corpus_key(fingerprint, articles, keys)) if root is not None else None
    packed = _read_pack(pack, keys, nlp) if pack is not None else None
    if packed is not None:
        return dict(zip((a.id for a in articles), packed))
    docs = dict(_iter_docs(articles, keys, nlp, n_process=n_process, batch_size=batch_size,
                           progress=progress, root=root, fingerprint=fingerprint, pack=None))
    if pack is not None and len(articles) > 1:
        _write_pack(pack, [docs[a.id] for a in articles], keys)
    return {a.id: docs[a.id] for a in articles}


def _iter_docs(articles: list, keys: list[str], nlp: Language, *, n_process: int, batch_size: int,
               progress: bool, root: Path | None, fingerprint: str, pack: Path | None):
    """``(article_id, Doc)`` pairs: from the corpus pack, else each article's cache file, else
    the pipeline (writing the cache). Cached articles come first, so the order is not the
    corpus order; nothing but the pair being handled is kept alive here."""
    if pack is not None:
        packed = _read_pack(pack, keys, nlp)
        if packed is not None:
            yield from zip((a.id for a in articles), packed)
            return
    todo: list[tuple[str, str, Path | None]] = []
    bad: list[str] = []
    for art, key in zip(articles, keys):
        text = art.text
        path = _cache_path(root, fingerprint, key) if root is not None else None
        doc = None
        if path is not None:
            try:
                doc = _read_cached(path, text, nlp)
            except ValueError as exc:
                bad.append(f"{path}: {exc}")
        if doc is None:
            todo.append((art.id, text, path))
        else:
            yield art.id, doc
    if bad:
        warnings.warn(f"{len(bad)} cached parse file(s) were corrupt and are rebuilt, e.g. {bad[0]}",
                      RuntimeWarning, stacklevel=3)
    if not todo:
        return
    if root is not None:
        _write_pipeline_note(root, fingerprint, nlp)
    stream = nlp.pipe((text for _, text, _ in todo), n_process=n_process, batch_size=batch_size)
    if progress:
        from tqdm.auto import tqdm

        stream = tqdm(stream, total=len(todo), desc="parsing articles", unit="article")
    for (aid, _, path), doc in zip(todo, stream):
        if path is not None:
            _write_cached(path, doc)
        yield aid, doc


def _corpus_key(fingerprint: str, articles: list, text_keys: list[str]) -> str:
    h = hashlib.sha256(f"{_TABLE_VERSION}\0{fingerprint}".encode())
    for art, tkey in zip(articles, text_keys):
        h.update(f"\0{art.id}\0{art.issue_id}\0{tkey}".encode())
    return h.hexdigest()[:32]


def _pack_path(root: Path, fingerprint: str, key: str) -> Path:
    return root / "packs" / fingerprint / f"{key}.spacy"


def _read_pack(path: Path, text_keys: list[str], nlp: Language) -> list[Doc] | None:
    """All Docs of a corpus from one DocBin (one read instead of one per article), or None."""
    from spacy.tokens import DocBin

    if not path.is_file():
        return None
    try:
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if [d.user_data.get(_USER_KEY) for d in docs] != text_keys:
            raise ValueError("holds other texts")
    except Exception as exc:
        warnings.warn(f"cached parse pack {path} is unusable ({type(exc).__name__}: {exc}); "
                      "reading the per-article cache instead", RuntimeWarning, stacklevel=3)
        return None
    return docs


def _write_pack(path: Path, docs: list[Doc], text_keys: list[str]) -> None:
    from spacy.tokens import DocBin

    for doc, tkey in zip(docs, text_keys):
        doc.user_data[_USER_KEY] = tkey
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    DocBin(docs=docs, store_user_data=True).to_disk(tmp)
    os.replace(tmp, path)


def _write_pipeline_note(root: Path, fingerprint: str, nlp: Language) -> None:
    """A human-readable note saying which pipeline a cache folder belongs to."""
    note = root / "docs" / fingerprint / "pipeline.json"
    if note.exists():
        return
    note.parent.mkdir(parents=True, exist_ok=True)
    info = {"lang": nlp.lang, "pipes": nlp.pipe_names, "name": nlp.meta.get("name"),
            "version": nlp.meta.get("version")}
    note.write_text(json.dumps(info, ensure_ascii=False, indent=1), encoding="utf-8")


def _frame_from_docs(pairs: Iterable[tuple[str, Doc]], order: list[str],
                     issue_of: dict[str, str]) -> pd.DataFrame:
    """The token table from ``(article_id, Doc)`` pairs in any order; rows in *order*.

    Only a few arrays per article are kept, not the Docs, so memory stays small on large
    corpora."""
    from spacy.attrs import ENT_TYPE, IDX, IS_SPACE, ORTH, SENT_START, TAG

    cols = [ORTH, TAG, ENT_TYPE, IS_SPACE, SENT_START, IDX]
    pieces: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
    strings = None
    for aid, doc in pairs:
        if len(doc) == 0:
            continue
        strings = doc.vocab.strings
        arr = doc.to_array(cols).astype(np.int64, copy=False)
        keep = arr[:, 3] == 0
        if doc.has_annotation("SENT_START"):
            starts = arr[:, 4] == 1
        else:  # no sentence boundaries: a sentence ends at 。！？ or a line break
            ends = np.fromiter((bool(_SENT_END_RE.match(t.text)) or "\n" in t.text for t in doc),
                               dtype=bool, count=len(doc))
            starts = np.concatenate([[True], ends[:-1]])
        starts[0] = True
        # number sentences over the kept (non-space) tokens only, so a line break after
        # 。 does not open an empty sentence
        full = np.cumsum(starts)[keep]
        sent = np.concatenate([[0], np.cumsum(full[1:] != full[:-1])]) if len(full) else full
        kept = arr[keep]
        pieces[aid] = (kept[:, [0, 1, 2, 5]].astype(np.uint64), sent.astype(np.int32),
                       np.flatnonzero(keep).astype(np.int32))
    present = [a for a in order if a in pieces]
    if not present:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in TOKEN_COLUMNS})
    arr = np.concatenate([pieces[a][0] for a in present])
    sents = [pieces[a][1] for a in present]
    positions = [pieces[a][2] for a in present]
    lengths = np.array([len(p) for p in positions])
    art_codes = np.repeat(np.arange(len(present)), lengths)
    issues = list(dict.fromkeys(issue_of[a] for a in present))
    issue_code = {iid: k for k, iid in enumerate(issues)}
    issue_codes = np.repeat(np.array([issue_code[issue_of[a]] for a in present]), lengths)
    del pieces

    def decode(hashes: np.ndarray) -> pd.Categorical:
        # spaCy hashes "" to 0; distinct hashes are distinct strings, so labels are unique
        uniq, inv = np.unique(hashes.astype(np.uint64), return_inverse=True)
        labels = [strings[int(h)] if h else "" for h in uniq]
        return pd.Categorical.from_codes(inv.reshape(-1), categories=labels)

    text = decode(arr[:, 0])
    stops = get_stop_words()
    cats = pd.Index(text.categories)
    stop_cat = np.fromiter((to_halfwidth(t) in stops for t in cats), dtype=bool, count=len(cats))
    frame = pd.DataFrame({
        "issue_id": pd.Categorical.from_codes(issue_codes, categories=issues),
        "article_id": pd.Categorical.from_codes(art_codes, categories=present),
        "sent": np.concatenate(sents),
        "i": np.concatenate(positions),
        "text": text,
        "tag": decode(arr[:, 1]),
        "is_stop": stop_cat[text.codes],
        "ent_label": decode(arr[:, 2]),
        "idx": arr[:, 3].astype(np.int64),
    })
    return frame[TOKEN_COLUMNS]


def tokens_frame(
    corpus: Corpus,
    *,
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 64,
    progress: bool = True,
    cache_dir: str | os.PathLike | None | Literal[False] = None,
) -> pd.DataFrame:
    """One row per token of every article (whitespace tokens left out).

    Parameters are those of :func:`parse_corpus`.

    Returns
    -------
    pandas.DataFrame
        Columns (:data:`TOKEN_COLUMNS`):

        - ``issue_id``, ``article_id`` (categorical): join keys;
        - ``sent`` (int): sentence number within the article, from 0 (the pipeline's
          sentence boundaries, else 。！？ and line breaks);
        - ``i`` (int): the token's index in the article's Doc;
        - ``text`` (categorical): the token as written;
        - ``tag`` (categorical): fine-grained POS tag, ``""`` without a tagger;
        - ``is_stop`` (bool): in :func:`corpus_tools.stopwords.get_stop_words` ``()``;
        - ``ent_label`` (categorical): entity label of the token, ``""`` outside entities;
        - ``idx`` (int): character offset of the token in ``Article.text``.

    Examples
    --------
    >>> import spacy
    >>> from corpus_tools import load_seeds
    >>> corpus = load_seeds().filter(issue_id="004_1e1be208c4a694e1")
    >>> df = tokens_frame(corpus, nlp=spacy.blank("zh"), progress=False, cache_dir=False)
    >>> list(df.columns)
    ['issue_id', 'article_id', 'sent', 'i', 'text', 'tag', 'is_stop', 'ent_label', 'idx']
    """
    _check_corpus(corpus)
    nlp = resolve_nlp(nlp)
    root = _resolve_cache_dir(cache_dir)
    articles = list(corpus.articles)
    fingerprint = pipeline_fingerprint(nlp)
    text_keys = [_text_key(a.text) for a in articles]
    wanted = {a.id: (a.issue_id, tkey) for a, tkey in zip(articles, text_keys)}
    key = _corpus_key(fingerprint, articles, text_keys)
    with _MEMO_LOCK:
        frame = _from_memo(key, fingerprint, wanted)
    if frame is None and root is not None:
        frame = _read_table(_table_path(root, fingerprint, key))
    if frame is None:
        if not isinstance(n_process, int) or n_process < 1 and n_process != -1:
            raise ValueError(f"n_process value = {n_process!r} is invalid; use a positive int or -1 (all cores)")
        if not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size value = {batch_size!r} is invalid; use a positive int")
        pack = _pack_path(root, fingerprint, key) if root is not None else None
        pairs = _iter_docs(articles, text_keys, nlp, n_process=n_process, batch_size=batch_size,
                           progress=progress, root=root, fingerprint=fingerprint, pack=pack)
        frame = _frame_from_docs(pairs, [a.id for a in articles], {a.id: a.issue_id for a in articles})
        if root is not None:
            _write_table(_table_path(root, fingerprint, key), frame)
    with _MEMO_LOCK:
        _FRAME_MEMO[key] = (fingerprint, wanted, frame)
        _FRAME_MEMO.move_to_end(key)
        while len(_FRAME_MEMO) > _FRAME_MEMO_SIZE:
            _FRAME_MEMO.popitem(last=False)
    return frame.copy()


def _from_memo(key: str, fingerprint: str, wanted: dict[str, tuple[str, str]]) -> pd.DataFrame | None:
    """The memoised table, or the rows of a memoised superset (a sub-corpus of a parsed corpus)."""
    if key in _FRAME_MEMO:
        return _FRAME_MEMO[key][2]
    for fp, have, frame in reversed(list(_FRAME_MEMO.values())):
        if fp == fingerprint and all(have.get(a) == v for a, v in wanted.items()):
            rows = frame["article_id"].isin(list(wanted)).to_numpy()
            sub = frame[rows].reset_index(drop=True)
            for col in ("issue_id", "article_id"):
                sub[col] = sub[col].cat.remove_unused_categories()
            return sub
    return None


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
    tmp = path.with_name(f"{path.stem}.{os.getpid()}.{threading.get_ident()}.tmp.npz")
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
                      "rebuilding it from the cached parses", RuntimeWarning, stacklevel=4)
        return None
    stops = get_stop_words()
    cats = data["text"].categories
    stop_cat = np.fromiter((to_halfwidth(t) in stops for t in cats), dtype=bool, count=len(cats))
    data["is_stop"] = stop_cat[data["text"].codes]
    return pd.DataFrame(data)[TOKEN_COLUMNS]


def term_frame(
    corpus: Corpus,
    *,
    nlp: Language | None = None,
    pos: Iterable[str] | None = DEFAULT_POS,
    extra_stop_words: Iterable[str] = (),
    min_chars: int = 2,
    progress: bool = False,
    cache_dir: str | os.PathLike | None | Literal[False] = None,
) -> pd.DataFrame:
    """:func:`tokens_frame` plus ``term`` (half-width token text) and ``keep`` (passes the filter).

    The filter drops stop words (:func:`corpus_tools.stopwords.get_stop_words` plus
    *extra_stop_words*), punctuation, numbers, tokens shorter than *min_chars* and, when the
    pipeline tags, tokens whose tag is not in *pos*. Without a tagger the POS filter is
    skipped with a warning.
    """
    if isinstance(pos, str):
        raise TypeError(f"pos must be a collection of tags such as ('n', 'vn'), got the string {pos!r}")
    nlp = resolve_nlp(nlp)
    df = tokens_frame(corpus, nlp=nlp, progress=progress, cache_dir=cache_dir)
    tags = None
    if pos is not None:
        if df["tag"].astype(str).ne("").any():
            tags = df["tag"]
        else:
            warnings.warn(f"the pipeline {nlp.pipe_names} assigns no POS tags, so pos={tuple(pos)} "
                          "is ignored; use corpus_tools.load_pipeline(tagger=True) or pass pos=None",
                          UserWarning, stacklevel=3)
    cats = pd.Index(df["text"].cat.categories) if isinstance(df["text"].dtype, pd.CategoricalDtype) \
        else pd.Index(df["text"].unique())
    norm = pd.Series([to_halfwidth(t) for t in cats], index=cats)
    df["term"] = df["text"].map(norm).astype("category") if len(df) else pd.Series(dtype=object)
    df["keep"] = term_mask(df["term"], tags,
                           stop_words=get_stop_words(extra_stop_words), pos=pos, min_chars=min_chars)
    return df
