"""Development-slogan frames that hold a county's name by accident: 工业强县、农业稳县、文旅兴县 holds 兴县
(a county of Shanxi) as the verb and object of a slogan. Used by place matching
(:mod:`corpus_tools._entity_rules.places`) and county inference (:mod:`corpus_tools.county`) alike, so a
slogan neither tags nor decides a county."""

from __future__ import annotations


#: policy nouns after a "noun + verb + 县" frame: 产业兴县战略, 文旅强市之路
_FRAME_TAILS = ("战略", "之路", "工程", "行动", "目标", "计划", "方略", "理念", "思路", "路子")
_SERIES_SEPS = "、，,；;"
_NOUN_TAGS = frozenset(("n", "vn", "an", "j"))  # j: an abbreviation (科教|兴县)


def _tag(words: list[str], k: int) -> str:
    return words[k][2:] if 0 <= k < len(words) and len(words[k]) > 2 else ""


#: verbs of holding to a course that take a development slogan as object (坚持|文旅兴县, 实施|产业强县)
_COURSE_VERBS = frozenset(("坚持", "实施", "推进", "落实", "围绕", "深化", "践行", "秉持", "树立", "走好"))


_OPEN_QUOTES = "“\"「‘"
_CLOSE_QUOTES = "”\"」’"


def quoted_item(text: str, s: int, e: int, reach: int = 30) -> bool:
    """Whether ``text[s:e]`` is one whole item of a series inside quotes (“畜牧强县、林果富民、工业兴县”):
    a quote or a series comma on either side, and an open quote not yet closed at most *reach*
    characters before.

    Examples
    --------
    >>> quoted_item("坚持“开放带动、科教兴县、可持续发展”战略", 8, 12)
    True
    >>> quoted_item("吕梁、兴县、临县", 3, 5)
    False
    """
    if s < 1 or e >= len(text) or text[s - 1] not in _OPEN_QUOTES + "、" or text[e] not in _CLOSE_QUOTES + "、":
        return False
    before = text[max(0, s - reach):s]
    k = max(before.rfind(q) for q in _OPEN_QUOTES)
    return k >= 0 and not any(q in before[k + 1:] for q in _CLOSE_QUOTES) and "\n" not in before[k:]


def slogan_slot(text: str, words: "list[str] | None", i: int) -> bool:
    """Whether the two-character county name at ``text[i:i+2]`` (one stem character + 县/市/旗) is the
    verb and object of a development slogan after a plain noun (文旅|兴县, 产业|兴县): the four characters
    are one item of a series of such items (工业强县、农业稳县、文旅兴县), stand in quotes, go on with a
    policy noun (产业兴县战略) or follow a verb of holding to a course (坚持|文旅兴县). 吕梁|兴县,
    来自|兴县, 革命老区兴县 are left alone.

    *words* are the segmenter's per-character word features (``B-n``, ``E-ns`` …): with them, the two
    characters before must be one plain noun. Without them (county inference reads no features) only
    the frame decides, so a caller must first rule out a place right before (吕梁|兴县、吕梁|临县).

    Parameters
    ----------
    text : str
        The text.
    words : list of str or None
        Per-character word features of *text*, or None.
    i : int
        Where the county name starts.

    Returns
    -------
    bool

    Examples
    --------
    >>> w = ["B-n", "E-n", "B-ns", "E-ns", "B-n", "E-n"]
    >>> slogan_slot("文旅兴县战略", w, 2)
    True
    >>> slogan_slot("文旅兴县发展", w, 2)
    False
    >>> slogan_slot("吕梁兴县战略", ["B-ns", "E-ns", "B-ns", "E-ns", "B-n", "E-n"], 2)
    False
    >>> slogan_slot("工业强县、文旅兴县", None, 7)
    True
    >>> slogan_slot("坚持文旅兴县，推动", None, 4)
    True
    >>> slogan_slot("围绕“畜牧强县、林果富民、工业兴县”的思路", None, 15)
    True
    >>> slogan_slot("咬定“以玉兴县、以农富县”不放松", ["S-w"] * 16, 5)
    True
    """
    if i < 2 or i + 2 > len(text) or text[i + 1] not in "县市旗":
        return False
    if text[i - 2] not in "以靠" and words is not None and not (
            words[i - 2][:1] == "B" and words[i - 1][:1] == "E" and _tag(words, i - 1) in _NOUN_TAGS):
        return False  # but 以玉兴县、以农富县: "by" + a noun + verb + 县 is a slogan whatever the tags say
    if not all("\u4e00" <= ch <= "\u9fff" for ch in text[i - 2:i]):
        return False
    end = i + 2
    if text.startswith(_FRAME_TAILS, end) or text[max(0, i - 4):i - 2] in _COURSE_VERBS:
        return True
    if i >= 3 and text[i - 3] in "“\"「‘" and end < len(text) and text[end] in "”\"」’":
        return True
    if quoted_item(text, i - 2, end):
        return True  # “开放带动、科教兴县、可持续发展”: one item of a quoted series
    before = i >= 7 and text[i - 3] in _SERIES_SEPS and text[i - 4] == text[i + 1] \
        and not any(c in _SERIES_SEPS for c in text[i - 7:i - 3])
    after = end + 5 <= len(text) and text[end] in _SERIES_SEPS and text[end + 4] == text[i + 1] \
        and not any(c in _SERIES_SEPS for c in text[end + 1:end + 5])
    return before or after
