"""Reading the slogan and formula lexicons: the shipped tab-separated file or the user's, plus the user's
``extra`` rows, merged row by row into the entry they correct."""

from __future__ import annotations

import warnings
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Mapping

import pandas as pd

from corpus_tools.errors import user_stacklevel

__all__ = ["read_table", "read_user_text", "LIST_COLUMNS"]

#: Columns that only document an entry (where its year comes from, a gloss): a user's row replaces them silently,
#: so a user's file that repeats rows the library ships later does not warn on every row (user32 F1).
_WORDS_ONLY = ("source", "note")

#: ``|``-separated columns a user's row adds to the earlier entry's instead of replacing them.
LIST_COLUMNS = ("variants", "not_in")


def read_table(path: "str | Path | None", extra: "pd.DataFrame | Iterable[Mapping[str, object]] | str | Path | None",
               *, default: str, what: str, check: "Callable[..., pd.DataFrame]") -> pd.DataFrame:
    """Read a shipped tab-separated lexicon (``corpus_tools/data/<default>``) or *path*, add the
    *extra* entries (a table, dicts or a file) and validate each part with ``check(df, source=)``.

    An *extra* entry whose ``text`` is already present corrects that entry (user26 F3): its blank fields
    are taken from it, its ``variants`` and ``not_in`` are added to the entry's own, and every other field
    it fills with a different value replaces the entry's, with a warning naming the row, the field, the old
    and the new value. The result's ``attrs["origin"]`` maps each user row's text to where it was given
    (``"mine.tsv, row 3"``, ``"extra entry 0"``), for warnings that name it.

    Parameters
    ----------
    path : str, Path or None
        A lexicon file to read instead of the shipped one (None: the shipped one).
    extra : DataFrame, iterable of mapping, str, Path or None
        Entries to add: a table or dicts with a ``text`` column, or a file.
    default : str
        The shipped file's name under ``corpus_tools/data``.
    what : str
        The lexicon's name in error messages.
    check : callable
        ``check(df, source=...)`` validates one part and returns it.

    Returns
    -------
    pandas.DataFrame
        The entries, one per ``text``.

    Raises
    ------
    FileNotFoundError
        If *path* or a file given as *extra* does not exist.
    ValueError
        If a file has no header with a ``text`` column or a row has too many fields, or *extra*
        entries have no ``text`` column (and whatever *check* raises).
    """
    raw, source = _read_tsv(Path(path) if path is not None else None, default=default, what=what)
    origin = dict(raw.attrs.get("origin", {}))
    base = check(raw, source=source)
    if extra is None:
        base.attrs["origin"] = origin
        return base
    if isinstance(extra, (str, Path)):
        raw, extra_source = _read_tsv(Path(extra), default=default, what=what)
    else:
        if isinstance(extra, Mapping):      # one entry given as a dict (user26 F9)
            extra = [extra]
        raw = extra.copy() if isinstance(extra, pd.DataFrame) else pd.DataFrame(list(extra))
        if "text" not in raw.columns:
            raise ValueError(f"extra {what} entries need a 'text' column; got columns {list(raw.columns)}")
        raw.attrs["origin"] = {}
        for i, t in enumerate(raw["text"]):
            if str(t).strip() in raw.attrs["origin"]:
                warnings.warn(f"extra entries {raw.attrs['origin'][str(t).strip()].split()[-1]} and {i} are both "
                              f"{str(t).strip()!r}; the later one is used", UserWarning, stacklevel=user_stacklevel())
            raw.attrs["origin"][str(t).strip()] = f"extra entry {i}"
        extra_source = "extra"
    origin.update(raw.attrs.get("origin", {}))
    raw = _merge_into(raw, base, earlier=source)
    frames = [base, check(raw, source=extra_source)]
    table = pd.concat([f for f in frames if len(f)] or frames[:1], ignore_index=True)
    table = table.drop_duplicates("text", keep="last").reset_index(drop=True)
    table.attrs["origin"] = origin
    return table


def _blank(value: object) -> bool:
    return value is None or (not isinstance(value, str) and pd.isna(value)) or str(value).strip() == ""


def _same(a: object, b: object) -> bool:
    """Whether two field values are equal as written (2017, "2017" and 2017.0 are one year)."""
    a, b = str(a).strip(), str(b).strip()
    if a == b:
        return True
    try:
        return float(a) == float(b)
    except ValueError:
        return False


def _merge_into(raw: pd.DataFrame, base: pd.DataFrame, *, earlier: str) -> pd.DataFrame:
    """*raw* (a user's rows, not yet validated) with each row whose text is in *base* completed from that
    entry: blank fields filled, list fields joined, overridden fields warned about."""
    known = {str(r["text"]): r for r in base.to_dict("records")}
    origin = raw.attrs.get("origin", {})
    raw = raw.astype(object).copy()
    for col in base.columns:
        if col not in raw.columns:
            raw[col] = None
    for i, row in raw.iterrows():
        text = str(row["text"]).strip()
        old = known.get(text)
        if old is None:
            continue
        changed = []
        for col in base.columns:
            if col == "text":
                continue
            new, was = row[col], old[col]
            if _blank(new):
                raw.at[i, col] = None if _blank(was) else was
            elif col in LIST_COLUMNS:
                parts = [p for p in str(was).split("|") if p.strip()] if not _blank(was) else []
                parts += [p for p in str(new).split("|") if p.strip() and p not in parts]
                raw.at[i, col] = "|".join(parts)
            elif not _blank(was) and not _same(new, was) and col not in _WORDS_ONLY:
                changed.append(f"{col} {str(was).strip()!r} -> {str(new).strip()!r}" + _other_era(col, was, new))
        if changed:
            warnings.warn(f"{origin.get(text, 'extra')}: {text!r} corrects the entry of {earlier}: "
                          + "; ".join(changed) + " (blank fields are kept from that entry, variants added to its "
                          "own)", UserWarning, stacklevel=user_stacklevel())
    return raw


def _other_era(col: str, was: object, new: object) -> str:
    """A hint when a user's row moves a formula's year by more than a year: the same name may be another era's
    formula (两个确保 of 1998 and Henan's of 2021, user32 F2), whose mentions the row now counts as its own."""
    try:
        gap = abs(int(float(str(new))) - int(float(str(was))))
    except ValueError:
        return ""
    if col != "year" or gap <= 1:
        return ""
    return (f" (a different formula of the same name, {gap} years apart? its mentions of the other era are now "
            "counted in this row; the slogan tables warn when they are printed before your year)")


def read_user_text(path: Path, *, what: str) -> str:
    r"""The text of a user's lexicon file: UTF-8 (a byte-order mark dropped: Excel and Notepad write one, user26
    F6), else a GBK / GB18030 or Big5 file (Excel on a Chinese Windows saves one) decoded with a warning that names
    the file and the first byte UTF-8 could not read (user32 F6); anything else raises a ValueError naming them.

    Parameters
    ----------
    path : Path
        The file.
    what : str
        What it holds, as messages name it ("formula lexicon").

    Returns
    -------
    str

    Examples
    --------
    >>> import tempfile, warnings
    >>> p = Path(tempfile.mkdtemp()) / "mine.tsv"
    >>> _ = p.write_bytes("text\tyear\n中原崛起\t2003\n".encode("gbk"))
    >>> with warnings.catch_warnings(record=True) as w:
    ...     warnings.simplefilter("always")
    ...     read_user_text(p, what="formula lexicon").splitlines()[1]
    '中原崛起\t2003'
    >>> "not UTF-8" in str(w[0].message)
    True
    """
    data = path.read_bytes()
    try:
        return data.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        where = f"{path}: not UTF-8 (byte 0x{data[exc.start]:02x} at {exc.start})"
    from corpus_tools.decoding import decode_bytes   # (the page decoder; imported late: a rare path)
    try:
        text, codec = decode_bytes(data, encoding="auto", source=str(path))
    except Exception as exc:   # CorpusReadError or a codec error: not a text file in any encoding we read
        raise ValueError(f"{where} and not GBK/GB18030 or Big5 either: the {what} file must be a text file "
                         "saved as UTF-8") from exc
    warnings.warn(f"{where}; read it as {codec} (a GBK file, as Excel saves one?); save it as UTF-8 to be sure",
                  UserWarning, stacklevel=user_stacklevel())
    return text


def _read_tsv(path: Path | None, *, default: str, what: str) -> tuple[pd.DataFrame, str]:
    """The raw rows of the shipped file (*path* None) or of *path*, and the source name for messages."""
    if path is None:
        text = resources.files("corpus_tools").joinpath("data", default).read_text(encoding="utf-8")
        source = f"corpus_tools/data/{default}"
    else:
        if not path.is_file():
            raise FileNotFoundError(f"{what} {path} does not exist")
        text = read_user_text(path, what=what)
        source = str(path)
    lines = [(n, ln) for n, ln in enumerate(text.splitlines(), start=1) if ln.strip() and not ln.startswith("#")]
    if not lines:
        warnings.warn(f"{source} is empty: no {what} entries read from it (a file needs a tab-separated header "
                      "line with a 'text' column, then one entry a line)", UserWarning, stacklevel=user_stacklevel())
        return pd.DataFrame({"text": []}), source
    header = [h.strip() for h in lines[0][1].split("\t")]
    if "text" not in header:
        hint = ""
        if len(header) == 1 and any(sep in header[0] for sep in ",; "):
            hint = "; columns must be separated by tabs, and this header holds commas or spaces"
        raise ValueError(f"{source}: the first non-comment line must be a header with a 'text' column; "
                         f"got {header}{hint}")
    records, origin = [], {}
    seen: dict[str, int] = {}
    for n, ln in lines[1:]:
        cells = ln.split("\t")
        if len(cells) > len(header):
            raise ValueError(f"{source}: line {n} ({cells[0]!r}) has {len(cells)} fields, the header has "
                             f"{len(header)}")
        records.append(dict(zip(header, cells)))
        key = cells[header.index("text")].strip() if len(cells) > header.index("text") else ""
        if key in seen and path is not None:
            warnings.warn(f"{source}: {key!r} is on lines {seen[key]} and {n}; the later line is used",
                          UserWarning, stacklevel=user_stacklevel())
        seen[key] = n
        origin[key] = f"{source}, line {n}"
    df = pd.DataFrame(records, columns=header)
    df.attrs["lines"] = [n for n, _ in lines[1:]]  # (each row's line in the file, for messages: row_place)
    if path is not None:
        df.attrs["origin"] = origin
    return df, source


def row_place(df: pd.DataFrame, i: int) -> str:
    """Where row *i* (its position) of a table read by :func:`read_table` stands, for a message: ``line N``
    of its file, else ``entry i`` (an entry given in memory, counted from 0).

    Examples
    --------
    >>> df = pd.DataFrame({"text": ["a", ""]})
    >>> row_place(df, 1)
    'entry 1'
    >>> df.attrs["lines"] = [2, 4]
    >>> row_place(df, 1)
    'line 4'
    """
    lines = df.attrs.get("lines") or []
    return f"line {lines[i]}" if i < len(lines) else f"entry {i}"
