"""Reading page files and manifests: encodings, paths, clear errors (page dates: :mod:`corpus_tools.page_dates`).

Everything here works on bytes and paths; it knows nothing about layout. The corpus
module turns what it returns into :class:`~corpus_tools.corpus.Issue` objects.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any, Iterable

import pandas as pd

from corpus_tools._validate import check_choice
from corpus_tools.decoding import ENCODINGS, FORMAT_CHARS_RE, decode_bytes, decode_page, rare_share
from corpus_tools.errors import CorpusReadError, ManifestError, user_stacklevel
from corpus_tools.unread_files import warn_unread_files
from corpus_tools.page_files import PageFile, check_inside, resolve_paths, with_pdf_pages
from corpus_tools.pdf_files import read_pdf_page, read_pdf_pages
from corpus_tools.layout.interleave import interleaved_stretches

__all__ = [
    "PageFile",
    "decode_bytes",
    "read_page",
    "read_pdf_page",
    "read_pdf_pages",
    "read_pages",
    "read_manifest",
    "manifest_key",
    "manifest_paths",
    "parse_date",
    "ENCODINGS",
    "FORMAT_CHARS_RE",
    "DATE_PRECISIONS",
    "unique_ids",
    "settle_ids",
    "written_precision",
]

#: Values of the manifest's ``date_precision`` column.
DATE_PRECISIONS = ("day", "month", "year", "unknown")

_HAN_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def read_page(path: str | Path, *, encoding: str = "auto") -> PageFile:
    """Read one page file into a :class:`PageFile` (id = file stem); a ``.pdf`` file is read by
    :func:`read_pdf_page`.

    A few bytes that fit no encoding (or NUL bytes) are replaced by U+FFFD
    (:func:`corpus_tools.decoding.decode_page`), with a warning naming the file and the byte
    offsets; ``meta["decode_repairs"]`` lists them (byte offset, bytes in hex, the offset of the
    U+FFFD in the text, codec, action) and becomes ``Issue.meta["decode_repairs"]``. Lines of two
    columns printed alternately (:func:`corpus_tools.layout.interleave.interleaved_stretches`) give a
    warning naming the file and ``meta["interleaved_lines"]`` (first and last line of each stretch).

    Raises
    ------
    CorpusReadError
        If the path is missing, is a folder, is binary or cannot be decoded (more bad bytes than
        :func:`corpus_tools.decoding.repair_limit`).
    """
    p = Path(path)
    if not p.exists():
        raise CorpusReadError(f"{p}: no such file", path=str(p))
    if p.is_dir():
        raise CorpusReadError(f"{p}: is a folder, expected a page file", path=str(p))
    if p.suffix.lower() == ".pdf":
        return read_pdf_page(p)
    data = p.read_bytes()
    text, used, fixes = decode_page(data, encoding=encoding, source=str(p))
    bom = len(text) - len(text.lstrip("\ufeff"))
    text = text[bom:]
    meta: dict[str, Any] = {}
    if fixes:
        meta["decode_repairs"] = [dict(r.as_dict(), char=r.char - bom) for r in fixes]
        n = sum(len(r.bytes.split()) for r in fixes)
        where = ", ".join(f"{r.byte} ({r.bytes})" for r in fixes[:3]) + (" …" if len(fixes) > 3 else "")
        warnings.warn(f"{p}: {n} byte(s) at byte offset {where} could not be decoded as {used}; each was "
                      "replaced by U+FFFD in the page text (listed in Issue.meta['decode_repairs'])",
                      UserWarning, stacklevel=user_stacklevel())
    rare = rare_share(text)
    if rare > 0.1:
        warnings.warn(f"{p}: {rare:.0%} of its characters are private-use, unassigned or control "
                      f"characters as decoded with {used}; the file may be in another encoding "
                      "(pass encoding=...) or not be text", UserWarning, stacklevel=user_stacklevel())
    if not text.strip():
        warnings.warn(f"{p}: the file is empty or holds only whitespace; its issue has no articles",
                      UserWarning, stacklevel=user_stacklevel())
    elif rare <= 0.1 and _HAN_RE.search(text) and (mixed := interleaved_stretches(text)):
        meta["interleaved_lines"] = [list(x) for x in mixed]
        where = ", ".join(f"{a}–{b}" for a, b in mixed)
        warnings.warn(f"{p}: lines {where} seem to alternate between two columns (a two-column page "
                      "mis-extracted); the layout reads them column by column, check its articles there (listed in "
                      "Issue.meta['interleaved_lines'])",
                      UserWarning, stacklevel=user_stacklevel())
    elif rare <= 0.1 and not _HAN_RE.search(text):
        warnings.warn(f"{p}: holds no Chinese character, so it is probably not a page (a README, notes); "
                      "it is read as one: leave it out with pattern= (e.g. pattern='*_p*.txt') or move it",
                      UserWarning, stacklevel=user_stacklevel())
    return PageFile(id=p.stem, text=text, path=str(p), encoding=used, meta=meta)


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


def unique_ids(keys: list[str]) -> list[str]:
    """Issue ids for page files: their stems, or, for a stem that is not unique (``page1.txt`` in
    every date folder), the shortest end of its path that tells it apart, its folders joined by
    ``_`` (``2020-05-15_page1``; an id names files of the report, so it holds no ``/``). The
    pages of each folder get only the folders they need: ``pengxi/pengxi_01.txt`` beside the date
    folders of another paper stays ``pengxi_01``.

    Parameters
    ----------
    keys : list of str
        The pages' paths (relative to the folder read, or as given).

    Returns
    -------
    list of str
        One id per key, in order, all different.

    Examples
    --------
    >>> unique_ids(["a.txt", "b.txt"])
    ['a', 'b']
    >>> unique_ids(["2020-05-15/page1.txt", "2020-05-15/page3.txt", "2022-03-07/page1.txt"])
    ['2020-05-15_page1', '2020-05-15_page3', '2022-03-07_page1']
    >>> unique_ids(["xianju/2020-05-15/page1.txt", "xianju/2022-03-07/page1.txt", "pengxi/pengxi_01.txt"])
    ['2020-05-15_page1', '2022-03-07_page1', 'pengxi_01']
    """
    parts = [PurePosixPath(k.replace("\\", "/")).with_suffix("").parts or (k,) for k in keys]
    depth = [1] * len(parts)
    while True:
        ids = ["_".join(x[-k:]) for x, k in zip(parts, depth)]
        seen: dict[str, list[int]] = {}
        for i, name in enumerate(ids):
            seen.setdefault(name, []).append(i)
        clash = [i for group in seen.values() if len(group) > 1 for i in group if depth[i] < len(parts[i])]
        if not clash:
            break
        for i in clash:  # only the paths that still collide take one more folder
            depth[i] += 1
    folder_depth: dict[tuple[str, ...], int] = {}
    for x, k in zip(parts, depth):  # the pages of one folder are named alike (2020-05-15_page3 beside _page1)
        folder_depth[x[:-1]] = max(folder_depth.get(x[:-1], 1), k)
    # ... except a stem that already names its folder (pengxi/pengxi_01.txt): it keeps the depth it needed
    ids = ["_".join(x[-(k if len(x) > 1 and x[-2] in x[-1] else min(folder_depth[x[:-1]], len(x))):])
           for x, k in zip(parts, depth)]
    if len(set(ids)) < len(ids):  # the same path twice (or a/b_c against a_b/c): number the repeats
        count: dict[str, int] = {}
        for i, name in enumerate(ids):
            count[name] = count.get(name, 0) + 1
            if count[name] > 1:
                ids[i] = f"{name}_{count[name]}"
    return ids


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


#: The manifest columns the library reads (other columns are kept as metadata: ``Corpus.filter`` selects by them).
MANIFEST_COLUMNS = ("file", "issue_id", "paper", "county", "county_code", "date", "date_precision", "date_note")


def check_manifest_columns(columns: "pd.Index | list[str]", source: str = "manifest") -> None:
    """Raise when a manifest column looks like a misspelt known one (``data`` for ``date``): it would
    be kept as metadata nobody reads, and the pages would silently lack what it holds (user25 F6).

    A column one edit away from a known column it does not have (``data``, ``Date``, ``papers``) is an
    error; other columns are kept (``page``, ``section``, ``edition`` of one's own).

    Raises
    ------
    ManifestError
        Naming the column, the known columns and the one it most resembles.

    Examples
    --------
    >>> check_manifest_columns(["file", "paper", "page", "edition"])
    >>> check_manifest_columns(["file", "paper", "data"])
    Traceback (most recent call last):
    ...
    corpus_tools.errors.ManifestError: manifest: unknown column 'data' (known columns: file, issue_id, paper, county, county_code, date, date_precision, date_note; other columns are kept as metadata); did you mean 'date'?
    """
    for col in columns:
        if col in MANIFEST_COLUMNS:
            continue
        low = str(col).strip().lower()
        near = [k for k in MANIFEST_COLUMNS if k not in columns and _one_edit(low, k)]
        if near:
            raise ManifestError(f"{source}: unknown column {col!r} (known columns: {', '.join(MANIFEST_COLUMNS)}; "
                                f"other columns are kept as metadata); did you mean {near[0]!r}?")


def _one_edit(a: str, b: str) -> bool:
    """Whether *a* is *b* with at most one character changed, added, dropped or two swapped (data, date)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return (a[i + 1:] == b[i + 1:] or a[i + 1:] == b[i:] or a[i:] == b[i + 1:]
            or (len(a) == len(b) and a[i:i + 2] == b[i:i + 2][::-1] and a[i + 2:] == b[i + 2:]))


def read_manifest(manifest: str | Path | pd.DataFrame, *, base: Path | None = None,
                  follow_links: bool = True, missing: str = "raise") -> pd.DataFrame:
    """Read and check a manifest (CSV or DataFrame) with a ``file`` column.

    Returns a DataFrame indexed by file name with parsed ``date`` values. *missing* is
    ``"raise"`` (a row naming a file that does not exist is an error) or ``"skip"`` (the row is
    dropped with a ``skipped: …`` warning, as ``read_corpus(errors="skip")`` skips a bad page).

    Raises
    ------
    ManifestError
        If the manifest cannot be read, lacks ``file``, has a column that looks like a misspelt known one
        (``data``: :func:`check_manifest_columns`), repeats a file or id, names a missing file,
        has a bad date or an unknown ``date_precision``.
    InvalidArgumentError
        If *missing* is neither ``"raise"`` nor ``"skip"``.
    """
    check_choice("missing", missing, ("raise", "skip"))
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
            text = text.lstrip("\ufeff")
            head = text.lstrip().split("\n", 1)[0]
            # a tab-separated manifest (manifest.tsv, or saved so): read as such (user26 F6)
            sep = "\t" if "\t" in head and "," not in head else ","
            df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, sep=sep)
        except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
            raise ManifestError(f"{mpath}: cannot read the manifest as CSV: {exc}") from None
        if base is None:
            base = mpath.parent
    if "file" not in df.columns:
        raise ManifestError(f"{source}: needs a 'file' column naming each page; found columns {list(df.columns)}")
    check_manifest_columns(df.columns, source)
    df["file"] = [_normal_file(f, f"{source}, row {i + 2}") for i, f in enumerate(df["file"].astype(str))]
    dup = df["file"][df["file"].duplicated()].tolist()
    if dup:
        raise ManifestError(f"{source}: file(s) listed twice: {dup}")
    ids = df["issue_id"] if "issue_id" in df.columns else pd.Series(unique_ids(df["file"].tolist()), index=df.index)
    dup_ids = ids[ids.duplicated()].tolist()
    if dup_ids:
        raise ManifestError(f"{source}: duplicate issue ids {dup_ids}; every page needs its own id (the pages "
                            "of one printed issue share its date: analyse them together with by='day')")
    df.attrs["ids_given"] = "issue_id" in df.columns  # else file stems or paths (settle_ids may change them)
    df["issue_id"] = ids.values
    if base is not None:
        absent = [f for f in df["file"] if not (base / f).is_file()]
        if absent and missing == "skip":
            for f in absent:  # one warning a file, as for a page that cannot be read
                warnings.warn(f"skipped: {base / f}: listed in {source} but no such file", UserWarning, stacklevel=user_stacklevel())
            df = df[~df["file"].isin(absent)].copy()
        elif absent:
            raise ManifestError(f"{source}: names file(s) that do not exist in {base}: {absent}")
        for f in df["file"] if not follow_links else ():
            check_inside(base / f, base)
    dates = []
    for i, row in df.iterrows():
        dates.append(parse_date(row.get("date"), where=f"{source}, row {i + 2} ({row['file']}), column 'date'"))
    written = df["date"] if "date" in df.columns else pd.Series("", index=df.index)
    df["date"] = dates
    if "date_precision" in df.columns:
        bad = df.loc[~df["date_precision"].isin(DATE_PRECISIONS + ("",)), "date_precision"].tolist()
        if bad:
            raise ManifestError(f"{source}: date_precision value(s) {bad} invalid; allowed: {DATE_PRECISIONS}")
    else:
        df["date_precision"] = ""
    # a date without its precision is as precise as it is written: 2024 (year), 2023-12 (month), a day
    implied = [written_precision(w) if d is not None else "" for w, d in zip(written, df["date"])]
    df["date_precision"] = [p or q for p, q in zip(df["date_precision"], implied)]
    return df.set_index("file", drop=False)


def written_precision(value: Any) -> str:
    """The precision a date value is written to: ``year`` (2024), ``month`` (2023-12), else ``day``.

    Parameters
    ----------
    value : Any
        A date as written in a manifest (str, or anything ``str()`` turns into one).

    Returns
    -------
    str
        ``"year"``, ``"month"`` or ``"day"``.

    Examples
    --------
    >>> written_precision("2024"), written_precision("2023-12"), written_precision("2023-12-15")
    ('year', 'month', 'day')
    """
    s = str(value).strip()
    if re.fullmatch(r"\d{4}", s):
        return "year"
    if re.fullmatch(r"\d{4}[-/]\d{1,2}", s):
        return "month"
    return "day"


def read_pages(
    path: str | Path | Iterable[str | Path],
    *,
    manifest: str | Path | pd.DataFrame | None = None,
    encoding: str = "auto",
    pattern: str = "*.txt",
    errors: str = "raise",
    follow_links: bool = True,
) -> list[PageFile]:
    """The page files of :func:`corpus_tools.loaders.read_corpus`, with the manifest's metadata merged in.

    Parameters are those of ``read_corpus`` (checked there); *errors* is ``"raise"`` or
    ``"skip"``. A folder's ``manifest.csv`` is used when *manifest* is None.

    Raises
    ------
    CorpusReadError
        A file cannot be read (with ``errors="raise"``), or no page could be read.
    """
    base = Path(path) if isinstance(path, (str, Path)) and Path(path).is_dir() else None
    if manifest is None and base is not None and (base / "manifest.csv").is_file():
        manifest = base / "manifest.csv"
    try:
        paths = resolve_paths(path, pattern=pattern, follow_links=follow_links)
    except CorpusReadError:
        paths = with_pdf_pages([], path, pattern, follow_links)  # a folder of PDF pages only
        if not paths and (base is None or manifest is None):
            raise
        # else the pages are PDFs, or in sub-folders the manifest lists (2020-05-15/page1.txt)
    else:
        paths = with_pdf_pages(paths, path, pattern, follow_links)
    man = None
    if manifest is not None:
        man = read_manifest(manifest, base=base, follow_links=follow_links, missing=errors)
        if base is not None:  # pages the manifest lists in sub-folders are read too
            paths = manifest_paths(paths, man, base)
    pages = []
    own: dict[Path, pd.DataFrame | None] = {}   # the manifests of sub-folders, read once each
    by_own: set[int] = set()             # pages a sub-folder's manifest lists
    for p in paths:
        if p.name == "manifest.csv":
            continue
        try:
            found = read_pdf_pages(p) if p.suffix.lower() == ".pdf" else [read_page(p, encoding=encoding)]
        except CorpusReadError as exc:
            if errors == "skip":
                warnings.warn(f"skipped: {exc}", UserWarning, stacklevel=user_stacklevel())
                continue
            # the way out named (user22: a binary file stopped the run without it); the command line
            # says --errors skip instead (exc.skip_hint)
            err = CorpusReadError(f"{exc}; read_corpus(..., errors='skip') skips such a file and reads the rest",
                                  path=exc.path, offset=exc.offset)
            err.skip_hint = str(exc)
            raise err from None
        for page in found:
            if base is not None and "/" in manifest_key(p, base):
                page.folder = manifest_key(p, base).rsplit("/", 1)[0]
            if man is not None and manifest_key(p, base) in man.index:
                _merge_row(page, man.loc[manifest_key(p, base)].to_dict(), of_pages=len(found))
            elif base is not None and p.parent != base:
                # a sub-folder's own manifest (read_corpus("papers", pattern="**/*.txt")): its file column
                # is relative to that folder, as when the folder is read alone; the nearest one up from the
                # page that lists it (papers/linquan/manifest.csv listing d1/page1.txt)
                for folder in _folders_up(p.parent, base):
                    if folder not in own:
                        own[folder] = (read_manifest(folder / "manifest.csv", base=folder, follow_links=follow_links,
                                                     missing="skip") if (folder / "manifest.csv").is_file() else None)
                    if own[folder] is not None and manifest_key(p, folder) in own[folder].index:
                        _merge_row(page, own[folder].loc[manifest_key(p, folder)].to_dict(), of_pages=len(found))
                        by_own.add(id(page))
                        break
            pages.append(page)
    if not pages:
        raise CorpusReadError(f"{path}: no page could be read", path=str(path))
    if base is not None and "**" not in pattern:
        read = {Path(pg.path).resolve().parent for pg in pages if pg.path}
        _warn_unread_subfolders(base, pattern, follow_links, read)
        warn_unread_files(base, pattern, {Path(pg.path).resolve() for pg in pages if pg.path})
    listed = {id(pg) for pg in pages if man is not None and pg.path is not None
              and manifest_key(Path(pg.path), base) in man.index}
    unlisted = [pg for pg in pages if id(pg) not in listed and id(pg) not in by_own]
    if man is not None and unlisted:
        shown = ", ".join(Path(str(pg.path)).name for pg in unlisted[:5]) + (" …" if len(unlisted) > 5 else "")
        warnings.warn(f"{len(unlisted)} page file(s) are not in the manifest and are read without its metadata "
                      f"(dated from their file name or page line): {shown}", UserWarning, stacklevel=user_stacklevel())
    # ids made from file names (not the manifest's issue_id column) are settled together
    named = unlisted if man is not None and man.attrs.get("ids_given") else pages
    settle_ids(named, [_page_key(pg, base) for pg in named])
    return pages


def _folders_up(folder: Path, base: Path) -> list[Path]:
    """*folder* and the folders above it, up to but not including *base* (nearest first); just *folder* when
    it is not under *base*."""
    out = [folder]
    while out[-1].parent != out[-1] and out[-1].parent != base and base in out[-1].parents:
        out.append(out[-1].parent)
    return out


def _merge_row(page: PageFile, row: dict[str, Any], *, of_pages: int = 1) -> None:
    """A manifest row's metadata into *page* (its issue id, date, paper …; empty cells left out); a row that
    names a PDF of *of_pages* > 1 pages gives each page the issue id with ``_p<N>`` after it."""
    page.id = row.pop("issue_id")
    if of_pages > 1:
        page.id = f"{page.id}_p{page.meta['pdf_page']}"
    row.pop("file", None)
    page.meta.update({k: v for k, v in row.items() if v not in ("", None)})
    if row.get("date") is not None:
        page.meta["date"] = row["date"]


def _warn_unread_subfolders(base: Path, pattern: str, follow_links: bool, read: set[Path]) -> None:
    """Warn when sub-folders of *base* hold files of *pattern* that a non-recursive pattern left unread (none
    of their files is among the pages read: those of a manifest's sub-folders are)."""
    subs = sorted(d.name for d in base.iterdir() if d.is_dir() and (follow_links or not d.is_symlink())
                  and not d.name.startswith(".") and d.resolve() not in read
                  and any(f.is_file() for f in d.glob(pattern)))
    if subs:
        shown = ", ".join(subs[:5]) + (" …" if len(subs) > 5 else "")
        warnings.warn(f"{len(subs)} sub-folder(s) of {base} hold page files that are not read ({shown}): read them "
                      f"as a list of folders (each with its own manifest.csv), or with pattern='**/{pattern}' "
                      "(command line: --pattern)", UserWarning, stacklevel=user_stacklevel())


def _page_key(page: PageFile, base: Path | None) -> str:
    """The path that names *page* among the pages read: its file's, with ``_p<N>`` after the stem
    for a page of a PDF of several pages (``2023-05-10.pdf`` -> ``2023-05-10_p2.pdf``)."""
    key = manifest_key(Path(str(page.path)), base) if base is not None else str(page.path)
    if page.meta.get("pdf_pages", 1) > 1:
        stem, dot, ext = key.rpartition(".")
        key = f"{stem}_p{page.meta['pdf_page']}{dot}{ext}"
    return key


def settle_ids(pages: list[PageFile], keys: list[str]) -> None:
    """When the ids of *pages* (their file stems) collide, give every one of them the id
    :func:`unique_ids` makes of its *key* (its path): page1.txt in several date folders.

    Parameters
    ----------
    pages : list of PageFile
        The pages, changed in place.
    keys : list of str
        One path per page, in order.

    Examples
    --------
    >>> pages = [PageFile("page1", "…"), PageFile("page1", "…")]
    >>> settle_ids(pages, ["2020-05-15/page1.txt", "2022-03-07/page1.txt"]); [pg.id for pg in pages]
    ['2020-05-15_page1', '2022-03-07_page1']
    """
    if len({pg.id for pg in pages}) < len(pages):
        for pg, new in zip(pages, unique_ids(keys)):
            pg.id = new
