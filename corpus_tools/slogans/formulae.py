"""Known formulae: a curated lexicon of official 提法 counted wherever they appear, quoted or not.

The lexicon (``data/formulae.tsv``, :func:`load_formula_lexicon`) lists national, provincial,
municipal and county formulae of 1998-2024 with their printed variants, the year each entered
official use (where a datable source is known) and that source. :func:`find_formulae` finds
them in plain text.

Matching rules (``docs/slogans.md``):

* text is compared in the counting form of the gold (whitespace and quotation marks deleted,
  full-width digits and ``＋`` folded), so “两个 维护” and 两个维护 are one mention;
* at each position the **longest** form of any entry wins, and matching resumes after it
  (leftmost-longest): 实施乡村振兴战略 is one mention of 乡村振兴; 全面建成小康社会 is one mention
  of that entry, not also of a shorter one;
* a match inside a longer word listed in the entry's ``not_in`` column is not a mention
  (千万工程 in 千万工程师), and a form that starts or ends with a digit must not continue a
  number (1252 in 112520);
* in dated text, an unquoted match of a formula whose ``year`` is more than :data:`YEAR_TOLERANCE`
  years after the text's date is the same words used otherwise, not the formula, and is dropped
  (两个结合, 五位一体, 中国梦, 脱贫攻坚 in January 1998, “两个结合” quoted among them); a quoted mention of a
  user's own row (a file or ``extra``) is the paper's marked use and always counts (a county printing its
  slogan before the year the user gave it: user26 F2).

Composite formulae (nested counting): an entry whose ``contains`` column names other entries
(巩固拓展脱贫攻坚成果同乡村振兴有效衔接 contains 脱贫攻坚 and 乡村振兴) is a *composite*. Under the
longest-first rule it would take those inner mentions away from their own rows, so composites are
matched only on request (``nested=True``) and then in a separate, overlapping pass: the composite
counts in its row **and** its parts keep counting in theirs. With the default ``nested=False`` the
composite rows are left out and every count is what the leftmost-longest rule gives.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Collection, Iterable, Iterator, Mapping

import pandas as pd

from corpus_tools.slogans.core import (KINDS, LEVELS, QUOTE_CHARS, SloganMention, compact_with_map, quoted_span,
                                       read_table, table_argument, slogan_key)
from corpus_tools.errors import user_stacklevel
from corpus_tools.slogans.firstuse import guard_year, parse_years
from corpus_tools.slogans.tablefile import row_place
from corpus_tools.slogans.wordedge import runs_into_word

__all__ = ["FORMULA_COLUMNS", "YEAR_TOLERANCE", "load_formula_lexicon", "find_formulae", "FormulaMatcher",
           "iter_formula_mentions", "group_of"]

#: A formula may be printed this many years before its recorded year of introduction (the
#: idea often precedes the plenum or document that dates it); earlier matches are dropped.
YEAR_TOLERANCE = 1

#: Columns of :func:`load_formula_lexicon`.
FORMULA_COLUMNS = ["text", "kind", "variants", "year", "level", "region", "source", "note", "not_in",
                   "contains", "group", "first_use"]


def load_formula_lexicon(path: str | Path | None = None, *,
                         extra: "pd.DataFrame | Iterable[Mapping[str, object]] | str | Path | None" = None,
                         ) -> pd.DataFrame:
    """Read the known-formula lexicon.

    Parameters
    ----------
    path : str or Path, optional
        A tab-separated file with a header naming the columns of :data:`FORMULA_COLUMNS`
        (only ``text`` is required; ``#`` starts a comment line). Default: the shipped
        ``corpus_tools/data/formulae.tsv``.
    extra : DataFrame, dict, iterable of dicts, str or Path, optional
        More entries (a table, one entry as a dict, or a file of the same format) added to *path*; an entry whose
        ``text`` is already present corrects that entry (its blank fields kept from the entry,
        ``variants`` and ``not_in`` added to the entry's, another value warned about: user26 F3),
        so users can correct a year or a level, add a variant, or add their own county's formulae.

    Returns
    -------
    DataFrame
        Columns ``text, kind, variants, year, level, region, source, note, not_in, contains, group,
        first_use`` (``first_use``: the year of local use before ``year``'s central document, which the era
        guard uses instead of ``year``: :mod:`~corpus_tools.slogans.firstuse`);
        ``variants``, ``not_in`` and ``contains`` are ``|``-separated strings, ``year`` a nullable
        integer (``<NA>`` when unknown). ``contains`` is empty except on composite formulae, where
        it names the entries (their ``text``) printed inside every form of the composite.
        ``group`` is empty except on a *variant row*: a wording of another entry printed often
        enough to keep its own name (乡村全面振兴 of 乡村振兴); it names that entry (its ``text``),
        the canonical grouping the tables carry in their ``group`` column.

    Examples
    --------
    >>> lex = load_formula_lexicon()
    >>> row = lex.set_index("text").loc["乡村振兴"]
    >>> int(row["year"]), row["level"], "乡村振兴战略" in row["variants"].split("|")
    (2017, 'national', True)
    >>> mine = load_formula_lexicon(extra=[{"text": "三抓三促", "kind": "numbered", "year": 2023,
    ...                                     "level": "provincial", "region": "甘肃"}])
    >>> mine.set_index("text").loc["三抓三促", "region"]
    '甘肃'
    """
    lex = read_table(path, extra, default="formulae.tsv", what="formula lexicon", check=_check)
    lex["year"] = lex["year"].astype("Int64")
    lex["first_use"] = lex["first_use"].astype("Int64")
    _warn_future_years(lex)
    return lex[FORMULA_COLUMNS]


def _check(df: pd.DataFrame, *, source: str) -> pd.DataFrame:
    for col in FORMULA_COLUMNS:
        if col not in df.columns:
            df[col] = ""
    year, first_use = df["year"], df["first_use"]
    df = df.drop(columns=["year", "first_use"]).fillna("")
    for col in ("text", "kind", "variants", "level", "region", "source", "note", "not_in", "contains", "group"):
        df[col] = df[col].astype(str).str.strip()
    df["kind"] = df["kind"].replace("", "quoted")
    if (df["text"] == "").any():
        where = row_place(df, int((df["text"] == "").to_numpy().argmax()))
        raise ValueError(f"{source}: {where} has an empty 'text' (every entry needs the formula's text)")
    bad = df.loc[~df["kind"].isin(KINDS), "kind"]
    if len(bad):
        raise ValueError(f"{source}: kind = {bad.iloc[0]!r} is invalid; must be one of {KINDS}")
    bad = df.loc[~df["level"].isin(LEVELS + ("",)), "level"]
    if len(bad):
        raise ValueError(f"{source}: level = {bad.iloc[0]!r} is invalid; must be one of {LEVELS} or empty")
    df["year"] = parse_years(year, df["text"], column="year", source=source)
    df["first_use"] = parse_years(first_use, df["text"], column="first_use", source=source)
    _check_contains(df, source=source)
    _check_group(df, source=source)
    return df[FORMULA_COLUMNS]


def _warn_future_years(df: pd.DataFrame) -> None:
    """Warn about a user row's ``year`` later than the present: surely a typo (2031 for 2021), and the era
    guard would leave out every unquoted mention."""
    this_year = dt.date.today().year
    origin = df.attrs.get("origin", {})
    for text, year in zip(df["text"], df["year"]):
        if not pd.isna(year) and int(year) > this_year and text in origin:
            where = origin[text]
            warnings.warn(f"{where}: year = {int(year)} of {text!r} is later than the present year "
                          f"({this_year}); its unquoted mentions will be left out (the era guard) unless the "
                          f"paper quotes it as its own slogan; correct or clear the year", UserWarning, stacklevel=user_stacklevel())


def _forms(row: Mapping[str, object]) -> list[str]:
    """Keys of the canonical text and the variants of a lexicon row."""
    return [slogan_key(f) for f in [str(row["text"]), *str(row["variants"]).split("|")] if f.strip()]


def _check_contains(df: pd.DataFrame, *, source: str) -> None:
    """Every part a composite names is an entry of *df* printed inside each form of the composite.

    A part not in *df* is allowed when *df* is a user's ``extra`` table (the parts may be in the
    shipped file); it is then not checked here."""
    forms = {str(r["text"]): _forms(r) for r in df.to_dict("records")}
    for row in df.to_dict("records"):
        for part in (p.strip() for p in str(row["contains"]).split("|")):
            if not part:
                continue
            if part == row["text"]:
                raise ValueError(f"{source}: {row['text']!r} lists itself in 'contains'")
            if part not in forms:
                if source == "extra":
                    continue
                raise ValueError(f"{source}: {row['text']!r} contains {part!r}, which is not an entry")
            for form in _forms(row):
                if not any(p in form for p in forms[part]):
                    raise ValueError(f"{source}: the form {form!r} of {row['text']!r} does not print its "
                                     f"part {part!r} (contains names entries printed inside every form)")


def _check_group(df: pd.DataFrame, *, source: str) -> None:
    """Every ``group`` names another entry of *df* that is not itself a variant row (one level).

    As in :func:`_check_contains`, a group not in a user's ``extra`` table is not checked here."""
    groups = dict(zip(df["text"], df["group"]))
    for text, group in groups.items():
        if not group:
            continue
        if group == text:
            raise ValueError(f"{source}: {text!r} names itself as its group")
        if group not in groups:
            if source == "extra":
                continue
            raise ValueError(f"{source}: the group {group!r} of {text!r} is not an entry")
        if groups[group]:
            raise ValueError(f"{source}: the group {group!r} of {text!r} is itself a variant row of "
                             f"{groups[group]!r}; name {groups[group]!r}")


def group_of(row: Mapping[str, object]) -> str:
    """The canonical grouping of a lexicon row: its ``group``, or its own ``text``.

    Parameters
    ----------
    row : mapping
        A row of the formula lexicon (``text`` and ``group``).

    Returns
    -------
    str
        The row's ``group`` when it is not blank, else its ``text``.

    Examples
    --------
    >>> lex = load_formula_lexicon().set_index("text", drop=False)
    >>> group_of(lex.loc["乡村全面振兴"]), group_of(lex.loc["乡村振兴"])
    ('乡村振兴', '乡村振兴')
    """
    return str(row.get("group", "") or "").strip() or str(row["text"])


@dataclass
class FormulaMatcher:
    """Leftmost-longest matcher over the forms of a formula lexicon.

    ``entries`` maps an entry key (:func:`slogan_key` of its ``text``) to its row; ``forms``
    maps each form's key to its entry key (leftmost-longest pass); ``composite_forms`` the same
    for composite formulae, matched in an overlapping pass when built with ``nested=True`` (empty
    otherwise). Build one with :meth:`build`.
    """

    entries: dict[str, dict[str, object]] = field(default_factory=dict)
    forms: dict[str, str] = field(default_factory=dict)
    not_in: dict[str, tuple[str, ...]] = field(default_factory=dict)
    composite_forms: dict[str, str] = field(default_factory=dict)
    nested: bool = False
    #: every composite's forms (key -> its text), kept whether or not *nested* (slogans.inside.composite_spans)
    inside_forms: dict[str, str] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)  # a user row's text -> its file and row (warnings)
    _by_head: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, formulae: "pd.DataFrame | None | bool", *, nested: bool = False) -> "FormulaMatcher":
        """From a table of :func:`load_formula_lexicon` (None: the shipped one; False: empty).

        *nested*: also match the composite formulae (rows with a ``contains`` column), without
        taking their parts' mentions away; False (the default) leaves composite rows out.

        Parameters
        ----------
        formulae : DataFrame, str, Path, None or False
            The known-formula table; None for the shipped one, False for none; a path: the shipped table
            and that file's rows (``load_formula_lexicon(extra=path)``, as the report's ``formulae=``).
        nested : bool
            Match composite formulae too.

        Returns
        -------
        FormulaMatcher

        Examples
        --------
        >>> m = FormulaMatcher.build(None)
        >>> [(form, key) for _, _, key, form in m.finditer("全面推进乡村振兴战略")]
        [('乡村振兴战略', '乡村振兴')]
        """
        if not isinstance(nested, bool):
            raise TypeError(f"nested must be True or False; got {nested!r}")
        if isinstance(formulae, (str, Path)):   # a file of your own rows, as the report and --formulae take it
            formulae = load_formula_lexicon(extra=formulae)
        df = table_argument(formulae, name="formulae", load=load_formula_lexicon, check=_check)
        m = cls(nested=nested)
        if df is None:
            return m
        m.origin = dict(df.attrs.get("origin", {}))
        for row in df.to_dict("records"):
            composite = bool(str(row["contains"]).strip())
            if composite:
                m.inside_forms.update({f: str(row["text"]) for f in _forms(row)
                                       if len(f) >= 2 and f not in m.inside_forms})
            if composite and not nested:
                continue
            key = slogan_key(row["text"])
            m.entries[key] = row
            m.not_in[key] = tuple(slogan_key(w) for w in str(row["not_in"]).split("|") if w.strip())
            for form in _forms(row):
                m.add_form(form, key)
        return m

    def is_composite(self, entry: str) -> bool:
        """Whether *entry* (a key) is a composite formula, matched in the overlapping pass.

        Parameters
        ----------
        entry : str
            An entry key.

        Returns
        -------
        bool
        """
        return entry in self.entries and bool(str(self.entries[entry]["contains"]).strip())

    def entry_of(self, form: str) -> str | None:
        """The entry key *form* (a key) is a mention of, from either pass; None if none.

        Parameters
        ----------
        form : str
            A printed form's key (:func:`~corpus_tools.slogans.core.slogan_key`).

        Returns
        -------
        str or None

        Examples
        --------
        >>> FormulaMatcher.build(None).entry_of("乡村振兴战略")
        '乡村振兴'
        """
        return self.forms.get(form) or self.composite_forms.get(form)

    def add_form(self, form: str, entry: str) -> None:
        """Match *form* (a key) as a mention of *entry*; the first entry to claim a form keeps it.

        A form of a composite entry goes to the overlapping pass (:attr:`composite_forms`).

        Parameters
        ----------
        form : str
            The form's key.
        entry : str
            The entry key it is a mention of.

        Returns
        -------
        None
        """
        if len(form) < 2 or form in self.forms or form in self.composite_forms:
            return
        if self.is_composite(entry):
            self.composite_forms[form] = entry
            return
        self.forms[form] = entry
        self._by_head.setdefault(form[:2], []).append(form)
        self._by_head[form[:2]].sort(key=len, reverse=True)

    def quoted(self, text: str, start: int, end: int, entry: str) -> bool:
        """Whether the mention ``text[start:end]`` of *entry* is printed in quotation marks: marks around it,
        or a form of *entry* quoted inside it (以“八荣八耻”为主要内容的社会主义荣辱观: user26 F4).

        Parameters
        ----------
        text : str
            The searched text.
        start, end : int
            The mention's offsets (from :meth:`finditer`).
        entry : str
            Its entry key.

        Returns
        -------
        bool

        Examples
        --------
        >>> m = FormulaMatcher.build(None)
        >>> s = "以“八荣八耻”为主要内容的社会主义荣辱观"
        >>> [m.quoted(s, a, b, e) for a, b, e, _ in m.finditer(s)]
        [True]
        """
        return quoted_span(text, start, end, lambda key: key == entry or self.entry_of(key) == entry)

    def _blocked(self, compact: str, i: int, form: str, entry: str) -> bool:
        for word in self.not_in.get(entry, ()):
            k = word.find(form)
            while k >= 0:
                if compact.startswith(word, i - k) and i - k >= 0:
                    return True
                k = word.find(form, k + 1)
        end = i + len(form)
        if runs_into_word(compact, i, form):
            return True              # 三个代表队: the counted noun runs into a longer word (wordedge)
        if form[0].isdigit() and i > 0 and compact[i - 1].isdigit():
            return True
        return form[-1].isdigit() and end < len(compact) and compact[end].isdigit()

    def anachronistic(self, entry: str, date: "dt.date | None") -> bool:
        """Whether *entry* cannot be meant in text of *date* (see :data:`YEAR_TOLERANCE`).

        Parameters
        ----------
        entry : str
            An entry key.
        date : datetime.date or None
            The text's date (None: never anachronistic).

        Returns
        -------
        bool
            True when the date is more than :data:`YEAR_TOLERANCE` years before the entry's year.

        Examples
        --------
        >>> import datetime as dt
        >>> m = FormulaMatcher.build(None)
        >>> m.anachronistic("乡村振兴", dt.date(1998, 5, 1)), m.anachronistic("乡村振兴", dt.date(2020, 5, 1))
        (True, False)
        """
        if date is None:
            return False
        year = guard_year(self.entries[entry])    # first_use when the formula was local before its year
        return year is not None and date.year < year - YEAR_TOLERANCE

    def era_dropped(self, text: str, start: int, end: int, entry: str, date: "dt.date | None",
                    keep: "Collection[str]" = ()) -> bool:
        """Whether the era guard leaves out the mention ``text[start:end]`` of *entry*: it is :meth:`anachronistic`,
        not in *keep*, and, for a user's row (a file or ``extra``), not quoted (:meth:`quoted`: the paper's marked
        use counts whatever year the user gave, user26 F2). A shipped row's quoted word alone does not lift the
        guard (“两个结合” in 1998 is not the 2021 formula); the corpus tables pass in *keep* the formulae the paper
        marks as slogans before their era (user28 F1: a county's “五个一批” of 2007, the national one of 2015).

        Parameters
        ----------
        text : str
            The searched text.
        start, end : int
            The mention's offsets.
        entry : str
            Its entry key.
        date : datetime.date or None
            The text's date.
        keep : collection of str
            Entry keys never dropped here (the formulae the page marks).

        Returns
        -------
        bool

        Examples
        --------
        >>> import datetime as dt
        >>> m = FormulaMatcher.build(load_formula_lexicon(extra=[{"text": "五个射阳", "year": 2023}]))
        >>> [m.era_dropped(s, a, b, e, dt.date(2021, 9, 28)) for s in ("建设五个射阳", "建设“五个射阳”")
        ...  for a, b, e, _ in m.finditer(s)]
        [True, False]
        """
        if entry in keep or not self.anachronistic(entry, date):
            return False
        return str(self.entries[entry]["text"]) not in self.origin or not self.quoted(text, start, end, entry)

    def finditer(self, text: str, date: "dt.date | None" = None,
                 keep: "Collection[str]" = ()) -> Iterator[tuple[int, int, str, str]]:
        """``(start, end, entry key, printed form)`` of every mention, in text order; offsets index
        into *text*.

        With a *date*, unquoted matches of formulae introduced later are skipped (:meth:`era_dropped`).
        Composite formulae (built with ``nested=True``) are found in a second, overlapping pass
        and merged in; the mentions of their parts stay where the first pass put them.

        Parameters
        ----------
        text : str
            The text.
        date : datetime.date or None
            The text's date, for the era guard.
        keep : collection of str
            Entry keys the era guard never drops (:meth:`era_dropped`).

        Returns
        -------
        iterator of (int, int, str, str)
        """
        hits = list(self._longest(text, date, keep))
        if self.composite_forms:
            hits.extend(self._composites(text, date, keep))
            hits.sort(key=lambda h: (h[0], -h[1]))
        yield from hits

    def _composites(self, text: str, date: "dt.date | None",
                    keep: "Collection[str]" = ()) -> Iterator[tuple[int, int, str, str]]:
        compact, index = compact_with_map(text)
        spans: list[tuple[int, int, str, str]] = []
        for form, entry in self.composite_forms.items():
            i = compact.find(form)
            while i >= 0:
                if not self._blocked(compact, i, form, entry) and \
                        not self.era_dropped(text, index[i], index[i + len(form) - 1] + 1, entry, date, keep):
                    spans.append((i, i + len(form), entry, form))
                i = compact.find(form, i + 1)
        # two forms of one composite at one place are one mention (the longer)
        for a, b, entry, _ in spans:
            if any(e == entry and (c, d) != (a, b) and c <= a and b <= d for c, d, e, _ in spans):
                continue
            start, end = index[a], index[b - 1] + 1
            yield start, end, entry, text[start:end]

    def _longest(self, text: str, date: "dt.date | None",
                 keep: "Collection[str]" = ()) -> Iterator[tuple[int, int, str, str]]:
        if not self.forms:
            return
        compact, index = compact_with_map(text)
        i, n = 0, len(compact)
        while i < n - 1:
            hit = None
            for form in self._by_head.get(compact[i:i + 2], ()):
                if compact.startswith(form, i):
                    entry = self.forms[form]
                    if not self._blocked(compact, i, form, entry):
                        hit = (form, entry)
                        break
            if hit is None:
                i += 1
                continue
            form, entry = hit
            start, end = index[i], index[i + len(form) - 1] + 1
            if not self.era_dropped(text, start, end, entry, date, keep):
                yield start, end, entry, text[start:end]
            i += len(form)


def find_formulae(text: str, *, formulae: "pd.DataFrame | None | bool" = None,
                  date: "dt.date | str | None" = None, nested: bool = False) -> list[SloganMention]:
    """Every mention of a known formula in *text*, quoted or not.

    Parameters
    ----------
    text : str
        Plain text.
    formulae : DataFrame, None or False
        From :func:`load_formula_lexicon`; None uses the shipped lexicon, False none.
    date : date or ISO string, optional
        When the text was printed: matches of formulae introduced more than
        :data:`YEAR_TOLERANCE` years later are dropped (the same words, not the formula).
    nested : bool
        Also find the composite formulae (rows with ``contains``) and count both the composite
        and its parts (巩固拓展脱贫攻坚成果同乡村振兴有效衔接 is one mention of itself, one of
        脱贫攻坚 and one of 乡村振兴). Default False: composites are not matched. With a prebuilt
        :class:`FormulaMatcher` as *formulae*, ``nested=True`` requires one built with
        ``nested=True`` (a ValueError otherwise).

    Returns
    -------
    list of SloganMention
        ``source="lexicon"``, ``formula`` the entry's canonical text, ``text`` the printed form
        (without quotation marks), ``quoted`` whether it stands in quotation marks, ``level``
        from the lexicon; ``start``/``end`` index into *text*.

    Examples
    --------
    >>> [(m.text, m.formula) for m in find_formulae("坚决做到两个维护，实施乡村振兴战略，推动高质量发展")]
    [('坚决做到两个维护', '两个维护'), ('乡村振兴战略', '乡村振兴'), ('高质量发展', '高质量发展')]
    >>> [m.formula for m in find_formulae("招聘千万工程师")]
    []
    >>> [m.formula for m in find_formulae("代母亲去圆这个中国梦", date="1998-01-20")]
    []
    >>> [m.formula for m in find_formulae("决战决胜脱贫攻坚")]
    ['脱贫攻坚']
    >>> [m.formula for m in find_formulae("决战决胜脱贫攻坚", nested=True)]
    ['决战决胜脱贫攻坚', '脱贫攻坚']
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date)
        except ValueError:
            raise ValueError(f"date = {date!r} is invalid; use an ISO date such as '2020-01-31'") from None
    if date is not None and not isinstance(date, dt.date):
        raise TypeError(f"date must be a datetime.date, an ISO string or None; got {type(date).__name__}")
    if isinstance(formulae, FormulaMatcher):
        if nested and not formulae.nested:
            raise ValueError("nested=True but formulae is a FormulaMatcher built without composite "
                             "formulae; build it with FormulaMatcher.build(..., nested=True)")
        matcher = formulae
    else:
        matcher = FormulaMatcher.build(formulae, nested=nested)
    return list(iter_formula_mentions(text, matcher, date=date))


def iter_formula_mentions(text: str, matcher: FormulaMatcher, *,
                          date: "dt.date | None" = None) -> Iterator[SloganMention]:
    """:func:`find_formulae` with a prebuilt matcher.

    Parameters
    ----------
    text : str
        The text to search.
    matcher : FormulaMatcher
        The prebuilt matcher (:func:`formula_matcher`).
    date : datetime.date or None, optional
        The text's date: formulae introduced later are not matched.

    Yields
    ------
    SloganMention
        One mention per formula found, in text order.
    """
    for start, end, key, printed in matcher.finditer(text, date):
        row = matcher.entries[key]
        quoted = matcher.quoted(text, start, end, key)
        yield SloganMention(re.sub(r"\s+", "", printed.translate(str.maketrans("", "", QUOTE_CHARS))),
                            str(row["kind"]), start, end, bool(quoted), str(row["level"]),
                            "formula lexicon", source="lexicon", formula=str(row["text"]))
