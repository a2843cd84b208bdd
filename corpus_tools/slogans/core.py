"""Normal forms of slogans: the comparison key and the compact counting form of a text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

import pandas as pd

from corpus_tools.slogans.tablefile import read_table
from corpus_tools.text import CJK_RE, normalize_text, strip_spaces

__all__ = ["KINDS", "LEVELS", "QUOTE_CHARS", "OPEN_CLOSE", "slogan_key", "compact_with_map",
           "delete_quotes", "quoted_span", "SloganMention", "is_cjk", "series_parts", "COUNT_VALUE",
           "read_table", "table_argument", "SUCCESSOR_SUFFIXES", "renamed"]

#: The slogan kinds, in the order the guide applies its tests.
KINDS = ("numbered", "parallel", "quoted")
#: Levels a lexicon entry may carry (empty when unknown).
LEVELS = ("national", "provincial", "municipal", "county")

OPEN_CLOSE = {"“": "”", "「": "」", "‘": "’", "『": "』", "\"": "\"", "'": "'"}
QUOTE_CHARS = "“”‘’「」『』\"'"
_QUOTE_DELETE = str.maketrans("", "", QUOTE_CHARS)


def delete_quotes(text: str) -> str:
    """*text* without quotation marks.

    Parameters
    ----------
    text : str
        Any string, such as “两个维护”.

    Returns
    -------
    str
        The same string with every quotation mark deleted.
    """
    return text.translate(_QUOTE_DELETE)


_OPENERS = "“「‘『\"'"
_CLOSERS = "”」’』\"'"
_INNER_QUOTE_RE = re.compile(r"[“「‘『\"']([^“”「」‘’『』\"'\n]{2,40})[”」’』\"']")


def quoted_span(text: str, start: int, end: int, is_core: "Callable[[str], bool] | None" = None) -> bool:
    """Whether the mention ``text[start:end]`` is printed in quotation marks.

    It is when an opening quotation mark stands right before it or a closing one right after it
    (“三个代表”重要思想), or when *is_core* accepts the key (:func:`slogan_key`) of a quoted segment
    inside the span: the formula's core quoted within a longer printed variant (以“八荣八耻”为主要内容的
    社会主义荣辱观; user26 F4).

    Parameters
    ----------
    text : str
        The searched text.
    start, end : int
        The mention's offsets in *text*.
    is_core : callable, optional
        ``is_core(key) -> bool``: whether a quoted segment's key is a form of the mention's formula.
        None: only the marks around the span count.

    Returns
    -------
    bool

    Examples
    --------
    >>> s = "开展以“八荣八耻”为主要内容的社会主义荣辱观教育"
    >>> quoted_span(s, 3, 20), quoted_span(s, 3, 20, lambda k: k == "八荣八耻")
    (False, True)
    >>> quoted_span("学习“三个代表”重要思想", 3, 11)
    True
    """
    if (start > 0 and text[start - 1] in _OPENERS) or (end < len(text) and text[end] in _CLOSERS):
        return True
    if is_core is None:
        return False
    return any(is_core(slogan_key(m.group(1))) for m in _INNER_QUOTE_RE.finditer(text, start, end))


def slogan_key(text: str) -> str:
    """The comparison form of a slogan: quotes and whitespace deleted, widths unified.

    Full-width digits, letters and ``＋`` become ASCII and the Chinese comma ``，`` and
    semicolon ``；`` become ``,`` and ``;``, so “走在前，作表率” and 走在前,作表率 share a key.
    The enumeration comma ``、`` is kept: it is the normal form in both.

    Parameters
    ----------
    text : str
        A slogan as the page prints it, quotes, spaces and
        full-width characters and all.

    Returns
    -------
    str
        The comparison key.

    Examples
    --------
    >>> slogan_key("“４＋１” 重点产业链")
    '4+1重点产业链'
    >>> slogan_key("点亮一盏灯，照亮一大片") == slogan_key("点亮一盏灯,照亮一大片")
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    out = strip_spaces(normalize_text(text).translate(_QUOTE_DELETE))
    return out.replace("，", ",").replace("；", ";").replace("：", ":")


def compact_with_map(text: str) -> tuple[str, list[int]]:
    """Delete whitespace and quote marks; return the compact string and, per kept char, its
    offset in *text* (the counting form of the guide).

    Parameters
    ----------
    text : str
        A text with spaces, line breaks or quotation marks in it.

    Returns
    -------
    tuple of (str, list of int)
        The compact string and, for each of its characters, the offset in *text*.
    """
    chars: list[str] = []
    index: list[int] = []
    norm = normalize_text(text)
    for i, ch in enumerate(norm):
        if ch.isspace() or ch in QUOTE_CHARS:
            continue
        chars.append({"，": ",", "；": ";", "：": ":"}.get(ch, ch))
        index.append(i)
    return "".join(chars), index



@dataclass(frozen=True)
class SloganMention:
    """One qualifying slogan found in a text.

    Attributes
    ----------
    text : str
        The slogan as printed, quotation marks removed, internal punctuation and spaces kept.
    kind : str
        ``numbered``, ``parallel`` or ``quoted``.
    start, end : int
        Offsets of the printed slogan in the searched text (inside the quotation marks).
    quoted : bool
        Whether this mention is in quotation marks.
    level : str
        ``national`` … ``county`` from the lexicon or the words before it (省委“…”), else ``""``.
    evidence : str
        Short reason the detector accepted it (for inspection and tuning).
    source : str
        ``"marked"`` (the page marks it: quotes, numbers, a parallel frame) or ``"lexicon"``
        (a known formula of :func:`~corpus_tools.slogans.formulae.load_formula_lexicon`).
    formula : str
        For ``source="lexicon"``: the lexicon entry's canonical text (the printed ``text``
        may be a variant, 乡村振兴战略 for 乡村振兴); else ``""``.
    """

    text: str
    kind: str
    start: int
    end: int
    quoted: bool = True
    level: str = ""
    evidence: str = ""
    source: str = "marked"
    formula: str = ""

    @property
    def key(self) -> str:
        """The comparison form (:func:`slogan_key`)."""
        return slogan_key(self.text)



def is_cjk(s: str) -> bool:
    """Whether *s* is not empty and every character of it is a CJK character (:data:`CJK_RE`).

    Parameters
    ----------
    s : str
        The string.

    Returns
    -------
    bool
        True for a non-empty run of CJK characters.

    Examples
    --------
    >>> is_cjk("乡村振兴"), is_cjk("4+1产业"), is_cjk("")
    (True, False, False)
    """
    return bool(s) and all(CJK_RE.match(c) for c in s)


#: The value of a count's numeral in a counting formula (“六进”, 三大…), two to ten.
COUNT_VALUE = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def series_parts(s: str) -> list[str]:
    """The items of a series as printed: *s* split at 、 ， , ； ; and white space, empty parts dropped.

    Parameters
    ----------
    s : str
        A series' text (进机关、进社区、进企业).

    Returns
    -------
    list of str
        Its items, in order.

    Examples
    --------
    >>> series_parts("进机关、进社区；进企业")
    ['进机关', '进社区', '进企业']
    >>> series_parts("学纪 知纪，，明纪")
    ['学纪', '知纪', '明纪']
    """
    return [p for p in re.split(r"[、，,；;\s]+", s) if p]



def table_argument(value: "pd.DataFrame | None | bool", *, name: str, load: "Callable[[], pd.DataFrame]",
                   check: "Callable[..., pd.DataFrame]") -> "pd.DataFrame | None":
    """Resolve a lexicon argument: None → ``load()`` (the shipped table), False → None (no
    lexicon), a DataFrame → its validated copy; anything else is a TypeError naming *name*.

    Parameters
    ----------
    value : DataFrame, None or bool
        The argument as given.
    name : str
        The argument's name in the error message.
    load : callable
        Loads the shipped table.
    check : callable
        ``check(df, source=...)`` validates a table given as a DataFrame.

    Returns
    -------
    pandas.DataFrame or None
        The table to use, or None for no lexicon.

    Raises
    ------
    TypeError
        If *value* is neither a DataFrame, None nor False.
    """
    if value is False:
        return None
    if value is None:
        return load()
    if isinstance(value, pd.DataFrame):
        return check(value.copy(), source=name)
    raise TypeError(f"{name} must be a DataFrame from {load.__name__}(), None or False; "
                    f"got {type(value).__name__}")


#: Suffixes a county paper adds to rename a slogan for its next stage (三个一批 → 三个一批+, 一核两翼2.0).
SUCCESSOR_SUFFIXES = ("+", "2.0", "升级版", "plus", "PLUS", "Plus")


def renamed(old: str, new: str) -> bool:
    """Whether the slogan key *new* is *old* with a successor suffix (:data:`SUCCESSOR_SUFFIXES`).

    Parameters
    ----------
    old, new : str
        Two slogan keys (:func:`slogan_key`).

    Returns
    -------
    bool
        True when *new* is *old* followed by one of :data:`SUCCESSOR_SUFFIXES`.

    Examples
    --------
    >>> renamed("三个一批", "三个一批+"), renamed("三个一批", "三个一批工程")
    (True, False)
    """
    return new.startswith(old) and new[len(old):] in SUCCESSOR_SUFFIXES
