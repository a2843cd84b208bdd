"""Reading page files and manifests: encodings, dates from names, clear errors.

Everything here works on bytes and paths; it knows nothing about layout. The corpus
module turns what it returns into :class:`~corpus_tools.corpus.Issue` objects.
"""

from __future__ import annotations

import codecs
import datetime as dt
import glob as _glob
import io
import logging
import os
import re
import unicodedata
import warnings
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any, Iterable

import pandas as pd

from corpus_tools.errors import CorpusReadError, ManifestError
from corpus_tools.text import masthead_date

__all__ = [
    "PageFile",
    "decode_bytes",
    "read_page",
    "read_pages",
    "resolve_paths",
    "read_manifest",
    "manifest_key",
    "check_inside",
    "manifest_paths",
    "date_from_masthead",
    "date_from_name",
    "NAME_DATE_RE",
    "page_date",
    "parse_date",
    "ENCODINGS",
    "FORMAT_CHARS_RE",
    "DATE_PRECISIONS",
]

log = logging.getLogger(__name__)

#: Values accepted by ``encoding=``: "auto" or any codec Python knows.
ENCODINGS = ("auto", "utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "big5")
#: Values of the manifest's ``date_precision`` column.
DATE_PRECISIONS = ("day", "month", "year", "unknown")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass
class PageFile:
    """One page as read from disk (or from a DataFrame row)."""

    id: str
    text: str
    path: str | None = None
    encoding: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


def _plausible_text_share(text: str) -> float:
    """Share of characters that occur in Chinese news text (CJK, ASCII, punctuation)."""
    if not text:
        return 0.0
    ok = sum(1 for ch in text
             if ch.isspace() or " " <= ch <= "~" or "\u3400" <= ch <= "\u9fff"
             or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or "\u2000" <= ch <= "\u206f")
    return ok / len(text)


#: Format characters (Unicode category Cf: zero-width space/joiners, BOM, word joiner,
#: bidirectional marks, soft hyphen …). Invisible, they split words (古\u200b城); layout
#: removes them and records each as a ``"format"`` repair.
FORMAT_CHARS_RE = re.compile("[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
                             "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
                             "\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3"
                             "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]")

# lead bytes of the frequent characters: GB2312 level 1 (3,755 hanzi), Big5 level 1 (5,401)
_COMMON_LEAD = {"gb18030": (0xB0, 0xD7), "big5": (0xA4, 0xC6)}


def _common_share(text: str, codec: str) -> float:
    """Share of non-space characters that are ASCII, CJK punctuation or a frequent hanzi of *codec*.

    Big5 bytes read as GB18030 decode to kana, box-drawing signs and rare hanzi; read as
    Big5 they are frequent traditional characters, and the other way round."""
    lo, hi = _COMMON_LEAD[codec]
    n = ok = 0
    for ch in text[:4000]:
        if ch.isspace():
            continue
        n += 1
        if ch.isascii() or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or "\u2010" <= ch <= "\u2027":
            ok += 1
        elif "\u4e00" <= ch <= "\u9fff":
            try:
                ok += lo <= ch.encode(codec)[0] <= hi
            except UnicodeEncodeError:
                pass
    return ok / n if n else 1.0


def _rare_share(text: str) -> float:
    """Share of characters that are private-use, unassigned or control (not whitespace)."""
    sample = text[:8000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if unicodedata.category(ch) in ("Co", "Cn", "Cs")
              or (unicodedata.category(ch) == "Cc" and not ch.isspace() and ch != "\x1b"))
    return bad / len(sample)


def _gb_or_big5(data: bytes, source: str) -> tuple[str, str] | None:
    """GB18030, or Big5 when the GB18030 reading is mostly rare signs and Big5 reads well."""
    try:
        gb = data.decode("gb18030")
    except UnicodeDecodeError:
        gb = None
    if gb is not None and _common_share(gb, "gb18030") >= 0.9:
        return gb, "gb18030"
    try:
        big5 = data.decode("big5")
    except UnicodeDecodeError:
        big5 = None
    if big5 is not None and (gb is None or _common_share(big5, "big5") > _common_share(gb, "gb18030") + 0.1):
        return big5, "big5"
    if gb is not None:
        log.info("%s: decoded as GB18030 though few characters are frequent ones", source)
        return gb, "gb18030"
    return None


def _looks_utf16_without_bom(data: bytes) -> str | None:
    """Guess UTF-16 LE/BE for data with NUL bytes by decoding a sample both ways."""
    sample = data[: 8192 - 8192 % 2] if len(data) > 8192 else data[: len(data) - len(data) % 2]
    best, best_share = None, 0.0
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            share = _plausible_text_share(sample.decode(codec))
        except UnicodeDecodeError:
            continue
        if share > best_share:
            best, best_share = codec, share
    return best if best_share > 0.9 else None


def _binary_reason(data: bytes) -> str | None:
    """Why *data* is not text (NUL or many control bytes), or None."""
    sample = data[:8192]
    if b"\x00" in sample:
        return (f"it contains a NUL byte at byte offset {sample.index(0)} "
                "(a binary file, or UTF-16 that could not be recognised)")
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    if sample and controls / len(sample) > 0.05:
        return f"{controls} of its first {len(sample)} bytes are control characters (a binary file?)"
    return None


def decode_bytes(data: bytes, *, encoding: str = "auto", source: str = "<bytes>") -> tuple[str, str]:
    """Decode a page's bytes; return ``(text, encoding_used)``.

    With ``encoding="auto"`` a byte-order mark decides first (UTF-8, UTF-16, UTF-32), then
    UTF-16 recognised by its NUL-byte pattern (other data with NUL or many control bytes is
    refused as binary), then strict UTF-8, then strict GB18030 (a superset of GBK and
    GB2312) — or Big5, when the GB18030 reading is mostly rare signs and the Big5 reading
    mostly frequent characters.

    Parameters
    ----------
    data : bytes
        The raw file content.
    encoding : str, keyword-only
        ``"auto"`` or a codec name.
    source : str, keyword-only
        The file name used in error messages.

    Raises
    ------
    CorpusReadError
        Naming *source* and the byte offset where decoding failed, or why the data looks binary.

    Examples
    --------
    >>> decode_bytes("平遥县".encode("gbk"))
    ('平遥县', 'gb18030')
    >>> decode_bytes(codecs.BOM_UTF8 + "古城".encode())
    ('古城', 'utf-8-sig')
    """
    if not isinstance(encoding, str) or not encoding:
        raise ValueError(f"encoding={encoding!r} is invalid; use 'auto' or a codec name such as {ENCODINGS[1:]}")
    if encoding != "auto":
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ValueError(
                f"encoding={encoding!r} is not a known codec; use 'auto' or one of {ENCODINGS[1:]}"
            ) from None
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            raise CorpusReadError(
                f"{source}: cannot decode as {encoding} at byte offset {exc.start} "
                f"(bytes {data[exc.start:exc.start + 4]!r}); try encoding='auto' or the file's real encoding",
                path=source, offset=exc.start,
            ) from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise CorpusReadError(
                    f"{source}: starts with a {codec} byte-order mark but fails to decode at byte offset {exc.start}",
                    path=source, offset=exc.start,
                ) from None
    # NUL bytes: UTF-16 without a BOM, else a binary file (even when it is valid UTF-8,
    # such as a renamed tar archive)
    utf16 = _looks_utf16_without_bom(data) if b"\x00" in data else None
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    reason = _binary_reason(data)
    if reason:
        raise CorpusReadError(f"{source}: not a text file: {reason}", path=source, offset=data.find(b"\x00"))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    found = _gb_or_big5(data, source)
    if found is not None:
        return found
    try:
        data.decode("gb18030")
    except UnicodeDecodeError as exc:
        offset = max(utf8_error.start, exc.start)
        raise CorpusReadError(
            f"{source}: cannot decode as UTF-8 (byte offset {utf8_error.start}) nor GB18030 "
            f"(byte offset {exc.start}) nor Big5; bytes at offset {offset}: {data[offset:offset + 4]!r}. "
            "Convert the file to UTF-8 or pass encoding=... with its real encoding",
            path=source, offset=offset,
        ) from None
    raise AssertionError("unreachable")  # pragma: no cover


def read_page(path: str | Path, *, encoding: str = "auto") -> PageFile:
    """Read one page file into a :class:`PageFile` (id = file stem).

    Raises
    ------
    CorpusReadError
        If the path is missing, is a folder, is binary or cannot be decoded.
    """
    p = Path(path)
    if not p.exists():
        raise CorpusReadError(f"{p}: no such file", path=str(p))
    if p.is_dir():
        raise CorpusReadError(f"{p}: is a folder, expected a page file", path=str(p))
    data = p.read_bytes()
    text, used = decode_bytes(data, encoding=encoding, source=str(p))
    text = text.lstrip("\ufeff")
    rare = _rare_share(text)
    if rare > 0.1:
        warnings.warn(f"{p}: {rare:.0%} of its characters are private-use, unassigned or control "
                      f"characters as decoded with {used}; the file may be in another encoding "
                      "(pass encoding=...) or not be text", UserWarning, stacklevel=3)
    if not text.strip():
        warnings.warn(f"{p}: the file is empty or holds only whitespace; its issue has no articles",
                      UserWarning, stacklevel=3)
    return PageFile(id=p.stem, text=text, path=str(p), encoding=used)


def check_inside(path: Path, folder: Path) -> Path:
    """*path* if it lies in *folder* once symbolic links are followed, else :class:`CorpusReadError`.

    A link such as ``passwd.txt -> /etc/passwd`` in a corpus folder must not turn a file
    outside the folder into a page (nor end up in a saved store).
    """
    real, root = path.resolve(), folder.resolve()
    if real != root and root not in real.parents:
        raise CorpusReadError(f"{path}: a symbolic link to {real}, outside the corpus folder {folder}; "
                              "copy the file into the folder or remove the link", path=str(path))
    return path


def resolve_paths(path: str | Path | Iterable[str | Path], *, pattern: str = "*.txt") -> list[Path]:
    """Expand a folder, a glob, a file or a list of files into sorted page paths.

    Raises
    ------
    CorpusReadError
        If a named path does not exist or a folder/glob matches no file.
    """
    if path is None or isinstance(path, (bytes, int, float)) or not isinstance(path, (str, os.PathLike, Iterable)):
        raise TypeError(f"path must be a folder, a glob, a file or a list of files (str or pathlib.Path), "
                        f"got {type(path).__name__}")
    if isinstance(path, os.PathLike) and not isinstance(path, Path):
        path = Path(path)
    if isinstance(path, (str, Path)):
        s = str(path)
        if not s.strip():
            raise ValueError("path value = '' is invalid; give a folder, a glob, a file or a list of files")
        p = Path(s)
        if p.is_dir():
            found = sorted(q for q in p.glob(pattern) if q.is_file())
            if not found:
                raise CorpusReadError(f"{p}: the folder has no files matching pattern={pattern!r}", path=str(p))
            for q in found:
                check_inside(q, p)
            return found
        if any(ch in s for ch in "*?["):
            found = sorted(Path(q) for q in _glob.glob(s) if Path(q).is_file())
            if not found:
                raise CorpusReadError(f"{s}: the glob matches no file", path=s)
            return found
        if not p.exists():
            raise CorpusReadError(f"{p}: no such file or folder", path=str(p))
        return [p]
    paths = [Path(q) for q in path]
    if not paths:
        raise ValueError("path is an empty list; give a folder, a glob, a file or a non-empty list of files")
    for q in paths:
        if not q.exists():
            raise CorpusReadError(f"{q}: no such file", path=str(q))
    return paths


#: A date in a file name (2023-01-05, 20230105, 2023_01_05); :func:`date_from_name` checks it exists.
NAME_DATE_RE = re.compile(r"(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")


def date_from_name(name: str) -> dt.date | None:
    """The date a file name starts with or contains, e.g. ``2023-01-05_p3.txt``.

    Examples
    --------
    >>> date_from_name("2023-01-05_p3.txt")
    datetime.date(2023, 1, 5)
    >>> date_from_name("19980103_01.txt")
    datetime.date(1998, 1, 3)
    >>> date_from_name("000_0a29cc865ac12c7f.txt") is None
    True
    """
    m = NAME_DATE_RE.search(Path(name).stem)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


#: How many of a page's first non-empty lines may hold its masthead date.
MASTHEAD_LINES = 3


def date_from_masthead(text: str) -> dt.date | None:
    """The issue date a page prints in its first lines, as a folio or masthead line does.

    Only a line among the first :data:`MASTHEAD_LINES` non-empty ones that
    :func:`corpus_tools.text.masthead_date` reads as a date line counts: a sentence of the body
    that opens with a date (``2023年1月5日，县委召开…``) is no masthead.

    Examples
    --------
    >>> date_from_masthead("襄垣新闻\\n2024年6月12日 星期三 第01版\\n本报讯 …")
    datetime.date(2024, 6, 12)
    >>> date_from_masthead("2023年1月5日，县委召开常委会议，研究部署…") is None
    True
    >>> date_from_masthead("2023年2月30日 星期四") is None
    True
    """
    lines = [ln for ln in (raw.strip() for raw in text.splitlines()) if ln][:MASTHEAD_LINES]
    for line in lines:
        date = masthead_date(line)
        if date is not None:
            return date
    return None


def page_date(given: dt.date | None, path: str | None, text: str) -> tuple[dt.date | None, str | None]:
    """A page's date and where it comes from: the manifest's (*given*), else the file name's,
    else the masthead line's (:func:`date_from_masthead`); ``(None, None)`` when none has one.

    Examples
    --------
    >>> page_date(None, "2024-06-13_p1.txt", "2024年6月12日 星期三")
    (datetime.date(2024, 6, 13), 'file name')
    >>> page_date(None, "p1.txt", "2024年6月12日 星期三")
    (datetime.date(2024, 6, 12), 'page')
    """
    if given is not None:
        return given, "manifest"
    found = date_from_name(path) if path else None
    if found is not None:
        return found, "file name"
    found = date_from_masthead(text)
    return (found, "page") if found is not None else (None, None)


def parse_date(value: Any, *, where: str = "date") -> dt.date | None:
    """Parse an ISO date (``2023-01-05``), a ``datetime``/``Timestamp`` or an empty value.

    Raises
    ------
    ManifestError
        If the value is not a valid date; the message names *where*.
    """
    if value is None or (isinstance(value, float) and value != value) or value is pd.NaT:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    if not s:
        return None
    for fmt in ("%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%Y-%m", "%Y"):
        try:
            return dt.datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    raise ManifestError(f"{where}: {s!r} is not a valid date; write dates as ISO YYYY-MM-DD (or YYYY-MM, YYYY)")


def _normal_file(value: str, where: str) -> str:
    """A manifest's ``file`` value as a clean relative path (``./a.txt`` -> ``a.txt``)."""
    raw = value.strip()
    posix = raw.replace("\\", "/")
    if PurePosixPath(posix).is_absolute() or PureWindowsPath(raw).drive:
        raise ManifestError(f"{where}: file {raw!r} is an absolute path; write paths relative to the "
                            "corpus folder (e.g. 'sub/2023-01-05.txt')")
    parts = [p for p in PurePosixPath(posix).parts if p != "."]
    if ".." in parts:
        raise ManifestError(f"{where}: file {raw!r} leaves the corpus folder ('..'); list only files "
                            "inside it")
    if not parts:
        raise ManifestError(f"{where}: the 'file' value is empty; name the page file")
    return "/".join(parts)


def manifest_key(path: Path, base: Path | None) -> str:
    """The manifest's ``file`` value for a page *path* read from the folder *base*.

    Examples
    --------
    >>> manifest_key(Path("pages/sub/a.txt"), Path("pages"))
    'sub/a.txt'
    >>> manifest_key(Path("elsewhere/a.txt"), None)
    'a.txt'
    """
    if base is not None:
        try:
            return path.relative_to(base).as_posix()
        except ValueError:
            pass
    return path.name


def manifest_paths(found: list[Path], manifest: pd.DataFrame, base: Path) -> list[Path]:
    """*found* plus the files the manifest lists in sub-folders of *base*, in a stable order."""
    have = {manifest_key(p, base) for p in found}
    extra = [base / f for f in manifest["file"] if f not in have and "/" in f]
    return sorted(found + extra, key=lambda p: manifest_key(p, base))


def read_manifest(manifest: str | Path | pd.DataFrame, *, base: Path | None = None) -> pd.DataFrame:
    """Read and check a manifest (CSV or DataFrame) with a ``file`` column.

    Returns a DataFrame indexed by file name with parsed ``date`` values.

    Raises
    ------
    ManifestError
        If the manifest cannot be read, lacks ``file``, repeats a file or id, names a missing file,
        has a bad date or an unknown ``date_precision``.
    """
    source = "manifest"
    if isinstance(manifest, pd.DataFrame):
        df = manifest.copy()
    else:
        mpath = Path(manifest)
        source = str(mpath)
        if not mpath.is_file():
            raise ManifestError(f"{mpath}: manifest file not found")
        try:
            text, _ = decode_bytes(mpath.read_bytes(), source=str(mpath))  # UTF-8, UTF-16 or GBK, as pages
        except CorpusReadError as exc:
            raise ManifestError(f"cannot read the manifest: {exc}") from None
        if not text.strip():
            raise ManifestError(f"{mpath}: the manifest is empty; it needs a header row with a 'file' "
                                "column and one row per page")
        try:
            df = pd.read_csv(io.StringIO(text.lstrip("\ufeff")), dtype=str, keep_default_na=False)
        except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
            raise ManifestError(f"{mpath}: cannot read the manifest as CSV: {exc}") from None
        if base is None:
            base = mpath.parent
    if "file" not in df.columns:
        raise ManifestError(f"{source}: needs a 'file' column naming each page; found columns {list(df.columns)}")
    df["file"] = [_normal_file(f, f"{source}, row {i + 2}") for i, f in enumerate(df["file"].astype(str))]
    dup = df["file"][df["file"].duplicated()].tolist()
    if dup:
        raise ManifestError(f"{source}: file(s) listed twice: {dup}")
    ids = df["issue_id"] if "issue_id" in df.columns else df["file"].map(lambda f: Path(f).stem)
    dup_ids = ids[ids.duplicated()].tolist()
    if dup_ids:
        raise ManifestError(f"{source}: duplicate issue ids {dup_ids}; every page needs its own id (the pages "
                            "of one printed issue share its date: analyse them together with by='day')")
    df["issue_id"] = ids.values
    if base is not None:
        missing = [f for f in df["file"] if not (base / f).is_file()]
        if missing:
            raise ManifestError(f"{source}: names file(s) that do not exist in {base}: {missing}")
        for f in df["file"]:
            check_inside(base / f, base)
    dates = []
    for i, row in df.iterrows():
        dates.append(parse_date(row.get("date"), where=f"{source}, row {i + 2} ({row['file']}), column 'date'"))
    df["date"] = dates
    if "date_precision" in df.columns:
        bad = df.loc[~df["date_precision"].isin(DATE_PRECISIONS + ("",)), "date_precision"].tolist()
        if bad:
            raise ManifestError(f"{source}: date_precision value(s) {bad} invalid; allowed: {DATE_PRECISIONS}")
    return df.set_index("file", drop=False)


def read_pages(
    path: str | Path | Iterable[str | Path],
    *,
    manifest: str | Path | pd.DataFrame | None = None,
    encoding: str = "auto",
    pattern: str = "*.txt",
    errors: str = "raise",
) -> list[PageFile]:
    """The page files of :func:`corpus_tools.loaders.read_corpus`, with the manifest's metadata merged in.

    Parameters are those of ``read_corpus`` (checked there); *errors* is ``"raise"`` or
    ``"skip"``. A folder's ``manifest.csv`` is used when *manifest* is None.

    Raises
    ------
    CorpusReadError
        A file cannot be read (with ``errors="raise"``), or no page could be read.
    """
    paths = resolve_paths(path, pattern=pattern)
    if manifest is None and isinstance(path, (str, Path)) and Path(path).is_dir() \
            and (Path(path) / "manifest.csv").is_file():
        manifest = Path(path) / "manifest.csv"
    man = None
    base = Path(path) if isinstance(path, (str, Path)) and Path(path).is_dir() else None
    if manifest is not None:
        man = read_manifest(manifest, base=base)
        if base is not None:  # pages the manifest lists in sub-folders are read too
            paths = manifest_paths(paths, man, base)
    pages = []
    for p in paths:
        if p.name == "manifest.csv":
            continue
        try:
            page = read_page(p, encoding=encoding)
        except CorpusReadError as exc:
            if errors == "skip":
                warnings.warn(f"skipped: {exc}", UserWarning, stacklevel=3)
                continue
            raise
        if man is not None and manifest_key(p, base) in man.index:
            row = man.loc[manifest_key(p, base)].to_dict()
            page.id = row.pop("issue_id")
            row.pop("file", None)
            page.meta.update({k: v for k, v in row.items() if v not in ("", None)})
            if row.get("date") is not None:
                page.meta["date"] = row["date"]
        pages.append(page)
    if not pages:
        raise CorpusReadError(f"{path}: no page could be read", path=str(path))
    return pages
