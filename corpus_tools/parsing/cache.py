"""The parse cache on disk, and the token-table memo each Corpus object keeps.

The cache stores parses in *shards*: one spaCy ``DocBin`` per run of up to 256 parsed
articles (``<cache>/shards/<pipeline>/<id>.spacy``) next to a small index
(``<id>.idx``: the articles' text hashes, the shard's size and CRC-32). A parse is keyed by
a hash of the article text and a fingerprint of the pipeline (spaCy version, language,
components, config, ``nlp.meta`` and the tokenizer's settings). A shard whose size or
checksum does not match its index (a partial write, a damaged file) is deleted with a
warning and its articles are parsed again: a bad shard is never used.

The cache lives in ``$CORPUS_TOOLS_CACHE`` when that is set, else in
``$XDG_CACHE_HOME/corpus_tools`` (``~/.cache/corpus_tools``). Pass ``cache_dir=`` to put
it elsewhere or ``cache_dir=False`` to keep nothing on disk. A cache folder that cannot be
written (a read-only home, a shared cache) is not used: the run goes on without a cache, with
one warning naming the folder. When you change a pipeline in
ways its config does not show (e.g. ``jieba.add_word``), call :func:`clear_cache`.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
import warnings
import weakref
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import pandas as pd

from corpus_tools.errors import user_stacklevel

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, DocBin

__all__ = ["default_cache_dir", "clear_cache", "pipeline_fingerprint", "ShardCache"]

_CACHE_FORMAT = 1  # shard index format
# The token table of a corpus is small next to its Docs; each Corpus object keeps its latest
# one (key -> table) for repeated analyses. The memo lives and dies with that object: a
# result never depends on what else the process computed before.
CORPUS_MEMO: weakref.WeakKeyDictionary[Any, tuple[str, pd.DataFrame]] = weakref.WeakKeyDictionary()
MEMO_LOCK = threading.Lock()  # tokens_frame may run in several threads (e.g. dask workers)
_UNWRITABLE_WARNED: set[str] = set()  # cache folders already reported unwritable


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


def resolve_cache_dir(cache_dir: str | os.PathLike | None | Literal[False]) -> Path | None:
    if cache_dir is False:
        return None
    if cache_dir is None:
        return default_cache_dir()
    if cache_dir is True or not isinstance(cache_dir, (str, os.PathLike)):
        raise TypeError(f"cache_dir must be a path, None (default location) or False (no cache); "
                        f"got {cache_dir!r}")
    return Path(cache_dir).expanduser()


#: Cache sub-folders and the files in them; ``docs`` and ``packs`` are the layout of
#: earlier versions (one file per article, one pack per corpus), removed by clear_cache.
_CACHE_FILES = (("shards", ("*.spacy", "*.idx")), ("tables", ("*.npz",)), ("docs", ("*.spacy",)),
                ("packs", ("*.spacy",)))


def clear_cache(cache_dir: str | os.PathLike | None = None) -> int:
    """Delete every cached parse and token table under *cache_dir* (default: :func:`default_cache_dir`).

    Returns
    -------
    int
        The number of files removed (a shard counts twice: its ``.spacy`` and its ``.idx``).

    Examples
    --------
    >>> import tempfile
    >>> clear_cache(tempfile.mkdtemp())
    0
    """
    base = resolve_cache_dir(cache_dir)
    n = 0
    for sub, patterns in _CACHE_FILES:
        if (base / sub).is_dir():
            for pattern in patterns:
                for path in (base / sub).rglob(pattern):
                    path.unlink(missing_ok=True)
                    n += 1
    with MEMO_LOCK:
        CORPUS_MEMO.clear()
    return n


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


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def usable_cache(root: Path | None) -> Path | None:
    """*root* if the cache can be written there, else None (no cache) with one warning per folder."""
    if root is None:
        return None
    try:
        root.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".write-test-", dir=root)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        if str(root) not in _UNWRITABLE_WARNED:
            _UNWRITABLE_WARNED.add(str(root))
            warnings.warn(f"the parse cache folder {root} cannot be written ({type(exc).__name__}: "
                          f"{exc.strerror or exc}); parsing without a cache. Pass cache_dir= a "
                          "writable folder (or set $CORPUS_TOOLS_CACHE), or cache_dir=False",
                          RuntimeWarning, stacklevel=user_stacklevel())
        return None
    return root

def _atomic_write(path: Path, data: bytes) -> None:
    """Write under a temporary name, then rename: a crash never leaves half a file under *path*."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)

def docbin_bytes(docs: list[Doc]) -> bytes:
    """*docs* as one serialised DocBin, without the attributes no Doc sets.

    A DocBin stores 13 attributes of 8 bytes per token; a tagging pipeline sets four of them
    (ORTH, NORM, TAG and possibly SENT_START). Dropping the all-zero columns makes shards
    several times faster to decompress, and the Docs read back are the same (an attribute
    left out is read back as unset)."""
    from spacy.tokens import DocBin

    # user data only when a component set some: decoding it costs a registry look-up per Doc
    db = DocBin(docs=docs, store_user_data=any(d.user_data for d in docs))
    keep = [0] + [k for k in range(1, len(db.attrs)) if any(t[:, k].any() for t in db.tokens)]
    if len(keep) < len(db.attrs):
        db.attrs = [db.attrs[k] for k in keep]
        db.tokens = [np.ascontiguousarray(t[:, keep]) for t in db.tokens]
    return db.to_bytes()


class ShardCache:
    """The cached parses of one pipeline: ``<id>.spacy`` DocBins, each with an ``<id>.idx``
    index (format, byte size, CRC-32, the text key of every Doc in order).

    Opening reads the indexes only; a shard is checked (size, checksum, number of Docs)
    when it is read. Shards that fail are deleted and reported by :meth:`warn`."""

    def __init__(self, root: Path, fingerprint: str, nlp: Language):
        self.dir = root / "shards" / fingerprint
        self.nlp = nlp
        self.where: dict[str, tuple[Path, int]] = {}  # text key -> (shard, position)
        self.info: dict[Path, dict[str, Any]] = {}
        self.bad: list[str] = []
        if not self.dir.is_dir():
            return
        for idx in sorted(self.dir.glob("*.idx")):
            shard = idx.with_suffix(".spacy")
            try:
                info = json.loads(idx.read_text(encoding="utf-8"))
                if not isinstance(info, dict) or info.get("format") != _CACHE_FORMAT \
                        or not isinstance(info.get("keys"), list):
                    raise ValueError("index in an unknown format")
                size = shard.stat().st_size
                if size != info["bytes"]:
                    raise ValueError(f"{size} bytes, its index says {info['bytes']} (partial write)")
            except (OSError, ValueError, KeyError) as exc:
                self._drop(shard, exc)
                continue
            self._add(shard, info)

    def _add(self, shard: Path, info: dict[str, Any]) -> None:
        self.info[shard] = info
        for pos, key in enumerate(info["keys"]):
            self.where.setdefault(key, (shard, pos))

    def _drop(self, shard: Path, exc: BaseException) -> None:
        self.bad.append(f"{shard}: {type(exc).__name__}: {exc}")
        for path in (shard, shard.with_suffix(".idx")):
            path.unlink(missing_ok=True)
        info = self.info.pop(shard, None)
        for key in info["keys"] if info else ():
            if self.where.get(key, (None,))[0] == shard:
                del self.where[key]

    def read(self, shard: Path) -> DocBin | None:
        """The checked DocBin of *shard* (its strings added to the vocab), or None if it is bad."""
        from spacy.tokens import DocBin

        info = self.info[shard]
        try:
            data = shard.read_bytes()
            if len(data) != info["bytes"] or zlib.crc32(data) != info["crc32"]:
                raise ValueError("size or CRC-32 differs from its index (corrupt or partial file)")
            db = DocBin().from_bytes(data)
            if len(db) != len(info["keys"]):
                raise ValueError(f"holds {len(db)} docs, its index lists {len(info['keys'])}")
        except Exception as exc:  # zlib, msgpack and numpy raise several types on damaged data
            self._drop(shard, exc)
            return None
        strings = self.nlp.vocab.strings
        for s in db.strings:
            strings.add(s)
        return db

    def write(self, docs: list[Doc], keys: list[str]) -> None:
        self.write_bytes(docbin_bytes(docs), keys)

    def write_bytes(self, data: bytes, keys: list[str]) -> None:
        """Store a serialised DocBin whose Docs are the texts of *keys*, in order."""
        shard = self.dir / f"{hashlib.sha256(chr(0).join(keys).encode()).hexdigest()[:24]}.spacy"
        info = {"format": _CACHE_FORMAT, "bytes": len(data), "crc32": zlib.crc32(data), "keys": keys}
        self.dir.mkdir(parents=True, exist_ok=True)
        _atomic_write(shard, data)
        # the index goes last: a shard without one is never read
        _atomic_write(shard.with_suffix(".idx"), json.dumps(info).encode("utf-8"))
        self._add(shard, info)

    def note(self) -> None:
        """A human-readable note saying which pipeline the folder belongs to."""
        note = self.dir / "pipeline.json"
        if note.exists():
            return
        self.dir.mkdir(parents=True, exist_ok=True)
        nlp = self.nlp
        info = {"lang": nlp.lang, "pipes": nlp.pipe_names, "name": nlp.meta.get("name"),
                "version": nlp.meta.get("version")}
        _atomic_write(note, json.dumps(info, ensure_ascii=False, indent=1).encode("utf-8"))

    def warn(self) -> None:
        if self.bad:
            warnings.warn(f"{len(self.bad)} cached parse shard(s) were corrupt or partial; they were "
                          f"deleted and their articles are parsed again. First: {self.bad[0]}",
                          RuntimeWarning, stacklevel=user_stacklevel())
            self.bad.clear()

