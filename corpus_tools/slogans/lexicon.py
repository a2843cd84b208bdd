"""The marked-slogan lexicon (``data/slogans.tsv``): kinds, levels, variants and false friends.

It never finds a slogan on its own: it confirms quoted candidates of the detector, sets their
kind and level, groups variants and blocks false friends (七一, idioms, 两委).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Iterable, Mapping

import pandas as pd

from corpus_tools.slogans.core import KINDS, LEVELS, slogan_key
from corpus_tools.slogans.formulae import load_formula_lexicon

__all__ = ["LEXICON_COLUMNS", "load_slogan_lexicon", "check_lexicon", "Lexicon", "known_formula_keys"]

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
        whose text is already present replaces the earlier one, so users can correct levels.

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
    frames = [_read_lexicon_file(Path(path) if path is not None else None)]
    if extra is not None:
        if isinstance(extra, (str, Path)):
            frames.append(_read_lexicon_file(Path(extra)))
        else:
            df = extra if isinstance(extra, pd.DataFrame) else pd.DataFrame(list(extra))
            if "text" not in df.columns:
                raise ValueError(f"extra lexicon entries need a 'text' column; got columns {list(df.columns)}")
            frames.append(check_lexicon(df.copy(), source="extra"))
    lex = pd.concat(frames, ignore_index=True)
    lex = lex.drop_duplicates("text", keep="last").reset_index(drop=True)
    return lex[LEXICON_COLUMNS]


def _read_lexicon_file(path: Path | None) -> pd.DataFrame:
    if path is None:
        text = resources.files("corpus_tools").joinpath("data", "slogans.tsv").read_text(encoding="utf-8")
        source = "corpus_tools/data/slogans.tsv"
    else:
        if not path.is_file():
            raise FileNotFoundError(f"slogan lexicon {path} does not exist")
        text = path.read_text(encoding="utf-8")
        source = str(path)
    rows = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not rows:
        return pd.DataFrame(columns=LEXICON_COLUMNS)
    header = rows[0].split("\t")
    if "text" not in header:
        raise ValueError(f"{source}: the first non-comment line must be a header with a 'text' "
                         f"column; got {header}")
    records = []
    for n, ln in enumerate(rows[1:], start=2):
        cells = ln.split("\t")
        if len(cells) > len(header):
            raise ValueError(f"{source}: row {n} ({cells[0]!r}) has {len(cells)} fields, "
                             f"the header has {len(header)}")
        records.append(dict(zip(header, cells)))
    return check_lexicon(pd.DataFrame(records), source=source)


def check_lexicon(df: pd.DataFrame, *, source: str) -> pd.DataFrame:
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

    @classmethod
    def build(cls, lexicon: "pd.DataFrame | None | bool") -> "Lexicon":
        if lexicon is False:
            return cls()
        if lexicon is None:
            df = load_slogan_lexicon()
        elif isinstance(lexicon, pd.DataFrame):
            df = check_lexicon(lexicon.copy(), source="lexicon")
        else:
            raise TypeError(f"lexicon must be a DataFrame from load_slogan_lexicon(), None or False; "
                            f"got {type(lexicon).__name__}")
        lex = cls()
        lex.known = known_formula_keys(load_formula_lexicon())
        for row in df.to_dict("records"):
            key = slogan_key(row["text"])
            if not key:
                continue
            lex.entries[key] = row
            lex.canon[key] = key
            for var in str(row["variants"]).split("|"):
                if var.strip():
                    lex.canon.setdefault(slogan_key(var), key)
        return lex

    def get(self, text: str) -> dict[str, str] | None:
        key = self.canon.get(slogan_key(text))
        return self.entries.get(key) if key else None

    def excluded(self, text: str) -> bool:
        entry = self.get(text)
        return entry is not None and entry["kind"] == "none"




def known_formula_keys(formulae: pd.DataFrame) -> dict[str, str]:
    """Keys of the forms of known formulae (-> their kind) and of their parts of three or more
    characters (-> ``quoted``): a quoted span equal to one is a marked slogan without more
    evidence (“两个维护”, ‘不敢腐’ of 不敢腐、不能腐、不想腐, “绿水青山” of 绿水青山就是金山银山)."""
    out: dict[str, str] = {}
    for text, kind, variants in zip(formulae["text"], formulae["kind"], formulae["variants"]):
        forms = [text] + [v for v in str(variants).split("|") if v.strip()]
        for form in forms:
            out.setdefault(slogan_key(form), kind)
        for form in forms:
            for part in re.split(r"[、，,；;]|就是", form):
                if len(part) >= 3:
                    out.setdefault(slogan_key(part), "quoted")
    return out
