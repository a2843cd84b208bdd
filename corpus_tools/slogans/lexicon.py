"""The marked-slogan lexicon (``data/slogans.tsv``): kinds, levels, variants and false friends.

It never finds a slogan on its own: it confirms quoted candidates of the detector, sets their
kind and level, groups variants and blocks false friends (七一, idioms, 两委).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

import pandas as pd

from corpus_tools.slogans.core import KINDS, LEVELS, read_table, slogan_key, table_argument
from corpus_tools.slogans.firstuse import guard_year
from corpus_tools.slogans.formulae import load_formula_lexicon
from corpus_tools.slogans.numbered import numbered_item

__all__ = ["LEXICON_COLUMNS", "load_slogan_lexicon", "check_lexicon", "Lexicon", "known_formula_keys", "known_formula_years", "variant_kind"]

#: What the shipped lexicons give :meth:`Lexicon.build`, computed once a session (pure: the files ship
#: with the package): ``"formulae"`` the known keys and years of the shipped formula lexicon, ``"slogans"``
#: the built shipped slogan lexicon (page_slogans over 150 pages rebuilt both on every page: user32 F13).
_SHIPPED: dict[str, Any] = {}


def _shipped_formula_keys() -> "tuple[dict[str, str], dict[str, int]]":
    """(:func:`known_formula_keys`, :func:`known_formula_years`) of the shipped formula lexicon, read once."""
    got = _SHIPPED.get("formulae")
    if got is None:
        formulae = load_formula_lexicon()
        got = _SHIPPED["formulae"] = (known_formula_keys(formulae), known_formula_years(formulae))
    return got


#: Columns of :func:`load_slogan_lexicon`.
LEXICON_COLUMNS = ["text", "kind", "level", "region", "variants", "note"]


def load_slogan_lexicon(path: str | Path | None = None, *,
                        extra: "pd.DataFrame | Iterable[Mapping[str, str]] | str | Path | None" = None,
                        ) -> pd.DataFrame:
    """Read the slogan lexicon: known formulae with kind, level, region and variants.

    Parameters
    ----------
    path : str or Path, optional
        A tab-separated file with the columns of :data:`LEXICON_COLUMNS` (``#`` starts a
        comment line). Default: the lexicon shipped in ``corpus_tools/data/slogans.tsv``.
    extra : DataFrame, iterable of dicts, str or Path, optional
        More entries (a table or a file of the same format) appended to *path*; an entry
        whose text is already present corrects the earlier one (blank fields kept, variants added, other
        values replaced with a warning), so users can correct levels.

    Returns
    -------
    DataFrame
        Columns ``text, kind, level, region, variants, note``; ``kind`` is one of
        ``numbered, parallel, quoted`` or ``none`` (never a slogan); ``level`` one of
        ``national, provincial, municipal, county`` or ``""``; ``variants`` is a
        ``|``-separated string.

    Examples
    --------
    >>> lex = load_slogan_lexicon()
    >>> lex.set_index("text").loc["三晋强基", "level"]
    'provincial'
    >>> mine = load_slogan_lexicon(extra=[{"text": "两学五抓", "level": "municipal", "region": "晋中"}])
    >>> mine.set_index("text").loc["两学五抓", "region"]
    '晋中'
    """
    lex = read_table(path, extra, default="slogans.tsv", what="slogan lexicon", check=check_lexicon)
    return lex[LEXICON_COLUMNS]


def check_lexicon(df: pd.DataFrame, *, source: str) -> pd.DataFrame:
    """Validate a slogan lexicon table: the missing columns of :data:`LEXICON_COLUMNS` added empty,
    texts stripped, an empty ``kind`` read as ``quoted``.

    Parameters
    ----------
    df : pandas.DataFrame
        The table, with a ``text`` column; it may be changed in place (pass a copy).
    source : str
        Where the table comes from, as error messages name it.

    Returns
    -------
    pandas.DataFrame
        The table's :data:`LEXICON_COLUMNS`.

    Raises
    ------
    ValueError
        If a ``kind`` is not one of :data:`KINDS` or ``none``, or a ``level`` not one of :data:`LEVELS`
        or empty.

    Examples
    --------
    >>> check_lexicon(pd.DataFrame({"text": [" 两学五抓 "]}), source="mine").loc[0, ["text", "kind"]].tolist()
    ['两学五抓', 'quoted']
    """
    for col in LEXICON_COLUMNS:
        if col not in df.columns:
            df[col] = ""
    df = df.fillna("")
    df["text"] = df["text"].astype(str).str.strip()
    df["kind"] = df["kind"].astype(str).str.strip().replace("", "quoted")
    bad = df.loc[~df["kind"].isin(KINDS + ("none",)), "kind"]
    if len(bad):
        raise ValueError(f"{source}: kind = {bad.iloc[0]!r} is invalid; must be one of "
                         f"{KINDS + ('none',)}")
    bad = df.loc[~df["level"].isin(LEVELS + ("",)), "level"]
    if len(bad):
        raise ValueError(f"{source}: level = {bad.iloc[0]!r} is invalid; must be one of "
                         f"{LEVELS} or empty")
    return df[LEXICON_COLUMNS]


@dataclass
class Lexicon:
    """Lookup form of a lexicon table: key -> entry (text, kind, level)."""

    entries: dict[str, dict[str, str]] = field(default_factory=dict)
    canon: dict[str, str] = field(default_factory=dict)  # variant key -> canonical key
    known: dict[str, str] = field(default_factory=dict)  # known-formula form or part key -> kind
    years: dict[str, int] = field(default_factory=dict)  # known-formula form or part key -> the era guard's year

    @classmethod
    def build(cls, lexicon: "pd.DataFrame | None | bool") -> "Lexicon":
        """The lexicon of a ``lexicon`` option (validated at the boundary: :func:`load_slogan_lexicon`'s columns).

        Parameters
        ----------
        lexicon : DataFrame, None or False
            A table of :func:`load_slogan_lexicon`; None for the shipped one; False for an empty lexicon.

        Returns
        -------
        Lexicon

        Examples
        --------
        >>> Lexicon.build(False).entries
        {}
        """
        if lexicon is None and _SHIPPED.get("slogans") is not None:  # the shipped table, built once a session
            return _SHIPPED["slogans"].copy()
        df = table_argument(lexicon, name="lexicon", load=load_slogan_lexicon, check=check_lexicon)
        lex = cls()
        if df is None:
            return lex
        known, years = _shipped_formula_keys()
        lex.known, lex.years = dict(known), dict(years)
        for row in df.to_dict("records"):
            key = slogan_key(row["text"])
            if not key:
                continue
            lex.entries[key] = row
            lex.canon[key] = key
            for var in str(row["variants"]).split("|"):
                if var.strip():
                    lex.canon.setdefault(slogan_key(var), key)
        if lexicon is None:
            _SHIPPED["slogans"] = lex.copy()
        return lex

    def copy(self) -> "Lexicon":
        """A copy whose lookup tables can be changed without changing this one's (the entries' rows are
        shared and never changed).

        Returns
        -------
        Lexicon

        Examples
        --------
        >>> lex = Lexicon(known={"共同富裕": "quoted"})
        >>> other = lex.copy(); other.known["两山"] = "quoted"
        >>> sorted(lex.known)
        ['共同富裕']
        """
        return Lexicon(dict(self.entries), dict(self.canon), dict(self.known), dict(self.years))

    def get(self, text: str) -> dict[str, str] | None:
        """The entry whose text or variant has the key of *text*, or None.

        Parameters
        ----------
        text : str
            A printed form.

        Returns
        -------
        dict of str to str or None
            The entry's columns (``text``, ``kind``, ``level``, ``variants`` …).
        """
        key = self.canon.get(slogan_key(text))
        return self.entries.get(key) if key else None

    def excluded(self, text: str) -> bool:
        """Whether *text* is an entry of kind ``none``: a false friend the detector never reports.

        Parameters
        ----------
        text : str
            A printed form.

        Returns
        -------
        bool
        """
        entry = self.get(text)
        return entry is not None and entry["kind"] == "none"

    def formula_zone(self, text: str) -> bool:
        """Whether *text* is a known formula of four or more characters and the pilot zone or belt that
        carries it out (共同富裕示范区, 乡村振兴示范带, 高质量发展先行区): the zone's name is the place's own
        formula; the known formula inside it stays a slogan of its own (the guide lists nested formulas
        apart).

        Parameters
        ----------
        text : str
            A quoted phrase.

        Returns
        -------
        bool

        Examples
        --------
        >>> lex = Lexicon(known={"共同富裕": "quoted"})
        >>> lex.formula_zone("共同富裕示范区"), lex.formula_zone("共同富裕牌"), lex.formula_zone("示范区")
        (True, False, False)
        """
        m = _ZONE_RE.search(text)
        return bool(m) and m.start() >= 4 and slogan_key(text[:m.start()]) in self.known


# A pilot zone, belt or model county named after a formula (示范区, 先行区, 试验区, 示范带, 先行市, 样板县); a model
# village or town (示范村) is a rating the place is given, and a rating frame (评为, 称号) vetoes the others.
_ZONE_RE = re.compile(r"(?:先行)?(?:示范|先行|试验|样板)(?:片区|区|带|县|市)$")


def variant_kind(form: str, text: str, kind: str) -> str:
    """The guide's kind of a printed form of a known formula: the row's *kind*, except that a variant spelling out
    three or more items, not all of them counting formulae, is a series (``parallel``, guide test 2a) whatever the
    row's kind (学党章党规、学系列讲话，做合格党员 of 两学一做; 讲学习、讲政治、讲正气 of 三讲). A form with 的 or
    holding the row's own name (文化、科技、卫生三下乡) keeps the row's kind.

    Parameters
    ----------
    form : str
        A form of the row (its text or a variant).
    text : str
        The row's text.
    kind : str
        The row's kind.

    Returns
    -------
    str
        The kind a quoted mention of *form* gets.

    Examples
    --------
    >>> variant_kind("讲学习、讲政治、讲正气", "三讲", "numbered"), variant_kind("三讲教育", "三讲", "numbered")
    ('parallel', 'numbered')
    """
    parts = [p for p in re.split(r"[、，,；;]", form) if p]
    if form == text or len(parts) < 3 or "的" in form or text in form or all(numbered_item(p) for p in parts):
        return kind
    return "parallel"


def known_formula_years(formulae: pd.DataFrame) -> dict[str, int]:
    """The year the era guard reads for each key of :func:`known_formula_keys` (a form or a part of a row): the
    row's ``first_use`` or else its ``year`` (:func:`~corpus_tools.slogans.firstuse.guard_year`), the earliest
    of the rows sharing the key; a key one undated row gives has none.

    Parameters
    ----------
    formulae : pandas.DataFrame
        The formula lexicon (``text``, ``kind``, ``variants``, ``year``; ``first_use`` optional).

    Returns
    -------
    dict of str to int
        Key -> year, for the keys whose every row is dated.

    Examples
    --------
    >>> df = pd.DataFrame({"text": ["两个维护"], "kind": ["numbered"], "variants": [""], "year": [2016]})
    >>> known_formula_years(df)
    {'两个维护': 2016}
    """
    years: dict[str, int] = {}
    undated: set[str] = set()
    if "contains" in formulae.columns:
        formulae = formulae[formulae["contains"].astype(str).str.strip() == ""]
    first_use = formulae["first_use"] if "first_use" in formulae.columns else [None] * len(formulae)
    year_col = formulae["year"] if "year" in formulae.columns else [None] * len(formulae)
    for text, kind, variants, year, first in zip(formulae["text"], formulae["kind"], formulae["variants"],
                                                 year_col, first_use):
        guard = guard_year({"year": year, "first_use": first})
        for key in _row_keys(text, kind, variants):
            if guard is None:
                undated.add(key)
            else:
                years[key] = min(guard, years.get(key, guard))
    return {k: y for k, y in years.items() if k not in undated}


def known_formula_keys(formulae: pd.DataFrame) -> dict[str, str]:
    """Keys of the forms of known formulae (-> their kind) and of their parts of three or more
    characters (-> ``quoted``): a quoted span equal to one is a marked slogan without more
    evidence (“两个维护”, ‘不敢腐’ of 不敢腐、不能腐、不想腐, “绿水青山” of 绿水青山就是金山银山).
    Composite formulae (a ``contains`` column) are left out, as they are by default in the
    known-formula layer.

    Parameters
    ----------
    formulae : pandas.DataFrame
        The formula lexicon (``text``, ``kind``, ``variants``; ``contains`` optional).

    Returns
    -------
    dict of str to str
        Each key with its kind (``quoted`` for a part).
    """
    out: dict[str, str] = {}
    if "contains" in formulae.columns:
        formulae = formulae[formulae["contains"].astype(str).str.strip() == ""]
    for text, kind, variants in zip(formulae["text"], formulae["kind"], formulae["variants"]):
        for key, key_kind in _row_keys(text, kind, variants).items():
            out.setdefault(key, key_kind)
    return out


def _row_keys(text: str, kind: str, variants: object) -> dict[str, str]:
    """The keys one formula row gives :func:`known_formula_keys`, each with its kind (first setting kept)."""
    out: dict[str, str] = {}
    forms = [text] + [v for v in str(variants).split("|") if v.strip()]
    for form in forms:
        out.setdefault(slogan_key(form), variant_kind(form, text, kind))
    for form in forms:
        parts = re.split(r"[、，,；;]|就是", form)
        for part in parts:
            if len(part) >= 3:
                out.setdefault(slogan_key(part), "quoted")
        # a run of two or more of its parts, when each part is of three or more characters (稳得住、能致富 of
        # 搬得出、稳得住、能致富, quoted in a headline, pages27): a pair is a two-part motto, a longer run a series
        for a in range(len(parts)):
            for b in range(a + 2, len(parts) + (a > 0)):
                if all(len(p) >= 3 for p in parts[a:b]):
                    out.setdefault(slogan_key("、".join(parts[a:b])), "quoted" if b - a == 2 else "parallel")
    return out
