"""The analysis cache on disk: each page's layout and entity rows, reused by later commands and sessions.

A user who runs ``corpus-tools report``, ``places``, ``slogans``, ``keywords`` … one after another on the
same folder paid the layout of every page and the entity recogniser again in every command. With the
cache, the first command stores what it computed and later ones read it back:

* the **layout** of a page (its blocks and articles: :class:`~corpus_tools.layout.PageLayout`), keyed
  by a digest of the page's text;
* the **entity rows** of a page (what :func:`corpus_tools.extract_entities` gives for its articles,
  credits, masthead and bylines), keyed by a digest of everything extraction reads from the page
  (id, date, metadata such as the county, page text, blocks and articles) and its arguments
  (``labels``, ``model``).
* the results :func:`corpus_tools.corpus_cache.shared` computes once per corpus (the slogan tables'
  detection: the whole corpus is read for it), keyed by a digest of the whole corpus and the arguments
  (:func:`stored_result`).

Both sit under a folder named by a digest of the library (its version, the size and modification time
of every file of the installed package — code, models, gazetteer —, the spaCy, thinc and NumPy versions
and the NER model ``CORPUS_TOOLS_NER_MODEL`` names): a new version or an edited model never reads an
older entry, and a changed page has another digest. Each entry is written under a temporary name and
renamed, and carries a checksum of its content: a partly written or damaged entry is deleted and
computed again, never used.

Where: ``<cache>/analysis/`` with ``<cache>`` as for the parse cache
(:func:`corpus_tools.parsing.default_cache_dir`: ``$CORPUS_TOOLS_CACHE``, else
``$XDG_CACHE_HOME/corpus_tools``, else ``~/.cache/corpus_tools``). The command line uses it unless
``--no-cache`` is given (``--cache DIR`` puts it elsewhere, ``corpus-tools cache clear`` empties it);
in Python, ``read_corpus(..., cache=True)`` (or a folder) turns it on for that corpus and the corpora
filtered from it. Results are the same with and without the cache. The entries are Python pickles:
keep the cache in a folder only you can write, as you would your code.

Examples
--------
>>> import tempfile, corpus_tools as ct
>>> from corpus_tools.loaders import seeds_path
>>> folder = tempfile.mkdtemp()
>>> corpus = ct.read_corpus(seeds_path(), cache=folder)      # lays out, stores the layouts
>>> again = ct.read_corpus(seeds_path(), cache=folder)       # layouts read back
>>> [len(i.articles) for i in again] == [len(i.articles) for i in corpus]
True
>>> clear_analysis_cache(folder) > 0
True
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import pickle
import sys
import threading
import warnings
import weakref
from pathlib import Path
from typing import Any, Callable, Hashable, Iterable, TypeVar

import pandas as pd

__all__ = ["AnalysisCache", "analysis_cache_dir", "use_cache", "corpus_cache", "cached_entities", "stored_result",
           "clear_analysis_cache", "library_digest", "CacheArg"]

#: What ``read_corpus(cache=...)`` and the helpers here take: a folder, True (the default folder),
#: or None / False (no cache).
CacheArg = "str | os.PathLike | bool | None"
_T = TypeVar("_T")
_FORMAT = b"ctac1\n"           # entry header: format, then a 16-byte checksum of the pickle
_PACKAGE = Path(__file__).resolve().parent
_SUB = "analysis"
#: id(PageLayout) -> (weak reference to the layout, the cache that holds it): the issues of a corpus
#: read with a cache, and of every corpus filtered from it (they share the layout objects).
_HOLDERS: dict[int, tuple[weakref.ref, "AnalysisCache"]] = {}
_LOCK = threading.Lock()
_UNWRITABLE_WARNED: set[str] = set()   # cache folders already reported unwritable (once per process)
_STATE = threading.local()   # busy: inside cached_entities' own computation


def library_digest() -> str:
    """A digest naming this library's version for the cache: its version, the relative path, size and
    modification time of every file of the package (code, models, gazetteer; not ``__pycache__``), the
    NER model ``CORPUS_TOOLS_NER_MODEL`` names (the same of its files), and the spaCy, thinc and NumPy
    versions. Cheap (file metadata, no content): computed at each call.

    Returns
    -------
    str
        16 hex digits.

    Examples
    --------
    >>> len(library_digest())
    16
    """
    from corpus_tools.ner_model import NER_MODEL_ENV
    from corpus_tools.version import __version__

    h = hashlib.blake2b(digest_size=8)
    h.update(f"{__version__}\0{sys.version_info[:2]}\0".encode())
    roots = [_PACKAGE] + ([Path(os.environ[NER_MODEL_ENV])] if os.environ.get(NER_MODEL_ENV) else [])
    for root in roots:
        h.update(f"\0root {root}\0".encode())
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            for name in sorted(filenames):
                if name.endswith(".pyc"):
                    continue
                st = os.stat(os.path.join(dirpath, name))
                h.update(f"{os.path.relpath(os.path.join(dirpath, name), root)}\0{st.st_size}\0{st.st_mtime_ns}\0"
                         .encode("utf-8", "surrogatepass"))
    for dist in ("spacy", "thinc", "numpy", "pandas"):
        try:
            h.update(f"\0{dist} {importlib.metadata.version(dist)}".encode())
        except importlib.metadata.PackageNotFoundError:  # pragma: no cover
            pass
    return h.hexdigest()


def analysis_cache_dir(cache: CacheArg = True) -> Path | None:
    """The folder the analysis cache of *cache* lives in, or None for no cache.

    Parameters
    ----------
    cache : path, True, None or False
        A cache folder (the analysis cache is its ``analysis`` sub-folder), True for the default
        (:func:`corpus_tools.parsing.default_cache_dir`), None or False for none.

    Returns
    -------
    Path or None

    Examples
    --------
    >>> analysis_cache_dir("/tmp/mycache").as_posix(), analysis_cache_dir(False)
    ('/tmp/mycache/analysis', None)
    """
    if cache is None or cache is False:
        return None
    if cache is True:
        return _default_root() / _SUB
    if not isinstance(cache, (str, os.PathLike)):
        raise TypeError(f"cache must be a folder, True (the default folder), None or False (no cache); got {cache!r}")
    return Path(cache).expanduser() / _SUB


def _default_root() -> Path:
    """The parse cache's folder (:func:`corpus_tools.parsing.default_cache_dir`, the same rule; not imported from
    there: the parsing package imports the modules that read this cache)."""
    env = os.environ.get("CORPUS_TOOLS_CACHE")
    if env:
        return Path(env).expanduser()
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache").expanduser() / "corpus_tools"


def clear_analysis_cache(cache: CacheArg = True) -> int:
    """Delete every entry of the analysis cache under *cache* (as :func:`analysis_cache_dir` reads it).

    Returns
    -------
    int
        The number of files removed.
    """
    root = analysis_cache_dir(cache)
    n = 0
    if root is not None and root.is_dir():
        for path in sorted(root.rglob("*"), reverse=True):
            if path.is_file():
                path.unlink(missing_ok=True)
                n += 1
            elif path.is_dir():
                try:
                    path.rmdir()
                except OSError:  # pragma: no cover  (another process writes into it)
                    pass
    return n


def _digest(*parts: Any) -> str:
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        data = part if isinstance(part, bytes) else repr(part).encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


class AnalysisCache:
    """One analysis cache folder for one version of the library (:func:`library_digest`).

    Parameters
    ----------
    root : path
        The ``analysis`` folder (:func:`analysis_cache_dir`).

    Attributes
    ----------
    hits, misses : int
        Entries read back and entries not found (or unusable) since the object was made.
    """

    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root)
        self.folder = self.root / library_digest()
        self.hits = self.misses = 0
        self.writable = True

    def _path(self, kind: str, key: str) -> Path:
        return self.folder / kind / key[:2] / f"{key}.pkl"

    def get(self, kind: str, key: str) -> Any | None:
        """The entry *key* of *kind* (``layout``, ``entities``), or None when absent or unusable (a partly
        written or damaged file is deleted)."""
        path = self._path(kind, key)
        try:
            data = path.read_bytes()
        except OSError:
            self.misses += 1
            return None
        head, check, body = data[:len(_FORMAT)], data[len(_FORMAT):len(_FORMAT) + 16], data[len(_FORMAT) + 16:]
        try:
            if head != _FORMAT or hashlib.blake2b(body, digest_size=16).digest() != check:
                raise ValueError("checksum")
            value = pickle.loads(body)
        except Exception:  # a partial write of an older run, a damaged file: compute again
            path.unlink(missing_ok=True)
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, kind: str, key: str, value: Any) -> None:
        """Store *value* under *key* (written under a temporary name, then renamed). A folder that cannot
        be written turns the cache off for writing, with one warning."""
        if not self.writable:
            return
        try:
            body = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError):   # a result holding a live object: not stored
            return
        path = self._path(kind, key)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            if not self.folder.is_dir():   # a new version of the library: older versions' entries go
                self.folder.mkdir(parents=True, exist_ok=True)
                _prune_versions(self.root, keep=self.folder)
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(_FORMAT + hashlib.blake2b(body, digest_size=16).digest() + body)
            os.replace(tmp, path)
        except OSError as exc:
            from corpus_tools.errors import user_stacklevel

            self.writable = False
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
            if str(self.root) in _UNWRITABLE_WARNED:
                return
            _UNWRITABLE_WARNED.add(str(self.root))
            warnings.warn(f"the analysis cache folder {self.root} cannot be written ({exc.strerror or exc}); "
                          "going on without storing results (--cache DIR or $CORPUS_TOOLS_CACHE: a writable "
                          "folder; --no-cache: none)", RuntimeWarning, stacklevel=user_stacklevel())

    # -- layouts ------------------------------------------------------------------------
    def lay_out(self, issues: Iterable[Any]) -> None:
        """Give each issue its cached layout, or lay it out and store it; the issues are then held by
        this cache (:func:`corpus_cache`)."""
        for issue in issues:
            layout = issue.__dict__.get("layout")
            if layout is None:
                key = _digest("layout", issue.raw)
                layout = self.get("layout", key)
                if layout is None:
                    layout = issue.layout
                    self.put("layout", key, layout)
                else:
                    issue.__dict__["layout"] = layout   # the cached_property's own slot
            _hold(layout, self)


#: Library versions whose entries are kept side by side (the newest by modification time; a user who
#: switches between two installs keeps both).
KEEP_VERSIONS = 3


def _prune_versions(root: Path, keep: Path) -> None:
    """Delete the entries of all but the :data:`KEEP_VERSIONS` most recently made version folders under *root*."""
    try:
        folders = sorted((p for p in root.iterdir() if p.is_dir() and p != keep),
                         key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:  # pragma: no cover
        return
    for old in folders[KEEP_VERSIONS - 1:]:
        for path in sorted(old.rglob("*"), reverse=True):
            try:
                path.unlink() if path.is_file() else path.rmdir()
            except OSError:  # pragma: no cover  (another process reads or writes it)
                pass
        try:
            old.rmdir()
        except OSError:  # pragma: no cover
            pass


def _hold(layout: Any, cache: AnalysisCache) -> None:
    key = id(layout)
    with _LOCK:
        _HOLDERS[key] = (weakref.ref(layout, lambda _, k=key: _HOLDERS.pop(k, None)), cache)


def _holder(issue: Any) -> AnalysisCache | None:
    layout = getattr(issue, "__dict__", {}).get("layout")
    kept = _HOLDERS.get(id(layout)) if layout is not None else None
    return kept[1] if kept is not None and kept[0]() is layout else None


def use_cache(corpus: Any, cache: CacheArg = True) -> Any:
    """Read and store *corpus*'s analyses in the analysis cache *cache* (lays out its pages now: from the
    cache where it holds them). Corpora filtered from *corpus* use the same cache.

    Parameters
    ----------
    corpus : Corpus
        The corpus.
    cache : path, True, None or False
        As :func:`analysis_cache_dir` reads it; None or False does nothing.

    Returns
    -------
    Corpus
        *corpus* itself.
    """
    root = analysis_cache_dir(cache)
    if root is not None:
        AnalysisCache(root).lay_out(corpus.issues)
    return corpus


def corpus_cache(corpus: Any) -> AnalysisCache | None:
    """The analysis cache that holds every issue of *corpus* (one cache), or None."""
    issues = list(getattr(corpus, "issues", None) or ())
    if not issues or getattr(_STATE, "busy", False):
        return None
    caches = {id(c): c for c in (_holder(i) for i in issues)}
    if None in (c for c in caches.values()) or len(caches) != 1:
        return None
    return next(iter(caches.values()))


def _issue_key(issue: Any, args: tuple) -> str:
    arts = [(a.id, a.title, a.kicker, a.subtitle, a.body, a.byline, a.captions, a.section, a.spans)
            for a in issue.articles]
    blocks = [(b.kind, b.start, b.end) for b in issue.blocks]
    return _digest("entities", args, issue.id, str(issue.date), sorted(issue.meta.items(), key=str), issue.raw,
                   blocks, arts)


def cached_entities(corpus: Any, args: tuple, compute: Callable[[Any], pd.DataFrame], *,
                    byline_rows_attr: str, table_columns: Iterable[str]) -> pd.DataFrame | None:
    """The entity table of *corpus* from its analysis cache, computing (by ``compute(sub_corpus)``) and
    storing only the pages it does not hold; None when *corpus* uses no cache.

    The rows are in the order one call on the whole corpus gives: every page's rows in page order
    (credit lines after all pages' other rows), then every article's byline names.

    Parameters
    ----------
    corpus : Corpus
        The corpus (its issues held by a cache: :func:`use_cache`).
    args : tuple
        The arguments the rows depend on (labels, model).
    compute : callable
        ``compute(corpus) -> DataFrame`` for a corpus of the pages not held.
    byline_rows_attr : str, keyword-only
        The ``attrs`` key of the table saying how many of its last rows are byline names.
    table_columns : iterable of str, keyword-only
        The table's columns (``issue_id`` first, a ``part`` column).

    Returns
    -------
    DataFrame or None
    """
    cache = corpus_cache(corpus)
    if cache is None:
        return None
    issues = list(corpus.issues)
    _settle(issues)
    keys = [_issue_key(issue, args) for issue in issues]
    parts: dict[str, tuple[list, list, list]] = {}
    for issue, key in zip(issues, keys):
        kept = cache.get("entities", key)
        if kept is not None:
            parts[issue.id] = kept
    todo = [issue for issue in issues if issue.id not in parts]
    columns = None
    if todo:
        _STATE.busy = True           # compute() calls extract_entities again: no cache inside it
        try:
            df = compute(type(corpus)(todo))   # a Corpus of the pages not held
        finally:
            _STATE.busy = False
        columns = list(df.columns)
        n_byline = int(df.attrs.get(byline_rows_attr, 0))
        records = list(df.itertuples(index=False, name=None))
        front, names = records[:len(records) - n_byline], records[len(records) - n_byline:]
        part_col = columns.index("part")
        fresh: dict[str, tuple[list, list, list]] = {i.id: ([], [], []) for i in todo}
        for row in front:
            fresh[row[0]][1 if row[part_col] == "credit" else 0].append(row)
        for row in names:
            fresh[row[0]][2].append(row)
        for issue, key in zip(issues, keys):
            if issue.id in fresh:
                cache.put("entities", key, fresh[issue.id])
        parts.update(fresh)
    rows = ([r for i in issues for r in parts[i.id][0]] + [r for i in issues for r in parts[i.id][1]]
            + [r for i in issues for r in parts[i.id][2]])
    out = pd.DataFrame(rows, columns=columns or list(table_columns))
    out.attrs[byline_rows_attr] = sum(len(parts[i.id][2]) for i in issues)
    for col in ("issue_id", "admin_code", "owner_code"):
        out[col] = pd.Series([v if isinstance(v, str) else None for v in out[col]], index=out.index, dtype=object)
    return out


def _settle(issues: list) -> None:
    """The folder papers settled over the whole corpus before any page is extracted on its own (as one call
    on the corpus settles them: :func:`corpus_tools.papers.settle_folder_papers`)."""
    if any(not str(i.meta.get("county_code") or "").strip() for i in issues):
        from corpus_tools.papers import settle_folder_papers

        settle_folder_papers(issues)


def _stable(key: Any) -> bool:
    """True when *key* names its arguments by value (no object known only by its identity in this process)."""
    if isinstance(key, tuple):
        return not (len(key) == 2 and key[0] == "object") and all(_stable(k) for k in key)
    return True


def stored_result(corpus: Any, key: Hashable, fingerprint: bytes, compute: Callable[[], _T]) -> _T:
    """``compute()``, or its result stored in *corpus*'s analysis cache under *key* and the corpus's
    *fingerprint* (:func:`corpus_tools.corpus_cache.shared` asks here after its memory: the slogan tables'
    detection, computed once over the whole corpus). Without a cache, or for a *key* naming an argument by
    identity, it is ``compute()``. The warnings *compute* gave are given again when the stored result is read.

    Parameters
    ----------
    corpus : Corpus
        The corpus.
    key : hashable
        The arguments, as :func:`corpus_tools.corpus_cache.argument_key` gives them.
    fingerprint : bytes
        :func:`corpus_tools.corpus_cache.corpus_fingerprint` of *corpus*.
    compute : callable
        Computes the result.

    Returns
    -------
    The result.
    """
    cache = corpus_cache(corpus)
    if cache is None or not _stable(key):
        return compute()
    name = _digest("result", key, fingerprint)
    kept = cache.get("results", name)
    if kept is not None:
        result, said = kept
        _say(said)
        return result
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = compute()
    said = [(w.category, str(w.message)) for w in caught]
    _say(said)
    cache.put("results", name, (result, said))
    return result


def _say(said: list) -> None:
    for category, message in said:
        warnings.warn(message, category, stacklevel=4)
