"""Names printed in a credit or byline line of the text: after a role word (记者 王磊, 文/熊伟, 校对：林立) or a
media unit opening a bracketed credit, several names separated by spaces, padded or dotted names among them.

Split from :mod:`corpus_tools._entity_rules.persons` (its person finder calls :func:`byline_names`).
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import PERSON_TITLES, Cand, frequent2, not_names
from corpus_tools._entity_rules.names import is_word, surname_length
from corpus_tools._entity_rules.person_roles import ROLE_WORDS, is_role, is_surname
from corpus_tools._entity_rules.sound_chars import DOTS, sound_name

__all__ = ["byline_names", "not_word"]


def not_word(name: str, sl: int) -> bool:
    """Whether *name* (surname of *sl* characters) may be a name rather than a word: not a listed non-name, no
    frequent two-character word from a one-character surname, no role word or title after the surname, no
    particle closing a three-character run (大爷|向记者说).

    >>> not_word("王磊", 1), not_word("王记者", 1)
    (True, False)
    """
    if name in not_names() or (sl == 1 and name[:2] in frequent2()):
        return False
    if name[sl:] in ROLE_WORDS or name[sl:] in PERSON_TITLES:
        return False  # 大爷|向记者说: a role word after a preposition
    return not (len(name) == 3 and name[-1] in "了着过的地得们")


#: a name token of a byline: two to four characters, or a dotted name (努尔麦麦提·阿布拉 王芳)
_BYLINE_TOKEN_RE = re.compile(r"(?:[ \u00a0\u3000]+|(?<=[/／]))([\u4e00-\u9fff]{2,8}[" + DOTS + r"][\u4e00-\u9fff]{2,8}|[\u4e00-\u9fff]{2,4})"
                              r"(?=[ \u00a0\u3000）)、，。\n]|$)")
#: a name token right after a role word and its colon (校对：林立, 编辑：陈晨 校对…)
_COLON_TOKEN_RE = re.compile(r"([\u4e00-\u9fff]{2,4})(?=[ \u00a0\u3000）)\n]|$)")
#: a two-character name printed with a space between its characters, ending its line or credit (颜　冰)
_SPACED_NAME_RE = re.compile(r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?=[ \u00a0\u3000]{2,}|[ \u00a0\u3000]*(?:[）)、，。\n]|$))")
#: a two-character name padded with spaces inside a byline, before a space or the end of the credit (靳　博)
_PADDED_PAIR_RE = re.compile(r"[ \u00a0\u3000]+([\u4e00-\u9fff][ \u00a0\u3000]{1,3}[\u4e00-\u9fff])(?=[ \u00a0\u3000）)、，。\n]|$)")
#: role words that no name follows: 本报讯 opens the body (本报讯 初秋，…), 报道 closes a byline
_NO_NAME_AFTER = frozenset(("本报讯", "讯", "报道", "通讯"))
_BYLINE_ROLE_RE = re.compile("(?<![\u4e00-\u9fff])(?:" + "|".join(sorted(map(re.escape, ROLE_WORDS - _NO_NAME_AFTER), key=len,
                                                                               reverse=True))
                             + ")(?:(?=[ \u00a0\u3000])|[/／]|[：:](?=[\u4e00-\u9fff]))")  # 记者 王磊; 文/熊伟 图/程丹; 校对：林立
#: a media unit opening a bracketed credit, its names after it ((区融媒体中心 亓峰 吕晓 整理）)
_UNIT_ROLE_RE = re.compile(r"(?<=[（(])[\u4e00-\u9fff]{0,10}?(?:融媒体中心|新闻中心|传媒中心|广播电视台|电视台|报社)(?=[ \u00a0\u3000])")
#: What closes a credit right after a name: a bracket, the line's end, the next role word, 摄/报道/整理.
_CREDIT_CLOSE_RE = re.compile("[ \u00a0\u3000]*(?:[）)]|\n|$|(?:" + "|".join(sorted(map(re.escape, ROLE_WORDS), key=len, reverse=True))
                              + "|报道|整理|供稿)(?![\u4e00-\u9fff]{2}))")


def byline_names(text: str) -> list[Cand]:
    """Every name after a role word of a byline (after a space or a slash), names separated by spaces:
    ``（记者 诸葛亮亮 通讯员 尉迟红英 冯骁）`` gives 诸葛亮亮, 尉迟红英 and 冯骁.

    Examples
    --------
    >>> t = "（记者 王磊 通讯员 赵晓红 冯骁）"
    >>> [t[c.start:c.end] for c in byline_names(t)]
    ['王磊', '赵晓红', '冯骁']
    >>> t = "文/熊伟　图/程丹\\n初秋"
    >>> [t[c.start:c.end] for c in byline_names(t)]
    ['熊伟', '程丹']
    >>> t = "（记者 努尔麦麦提·阿布拉 王芳）"
    >>> [t[c.start:c.end] for c in byline_names(t)]
    ['努尔麦麦提·阿布拉', '王芳']
    >>> t = "本报记者　靳　博　龚相娟\\n"
    >>> [t[c.start:c.end] for c in byline_names(t)]
    ['靳　博', '龚相娟']
    """
    out = []
    for m in sorted([*_BYLINE_ROLE_RE.finditer(text), *_UNIT_ROLE_RE.finditer(text)], key=lambda m: m.start()):
        pos = m.end()
        colon = text[pos - 1] in "：:"
        spaced = _SPACED_NAME_RE.match(text, pos) if text[pos - 1] in "/／" else None
        if spaced is not None and is_surname(spaced.group()[0]):  # 摄影／颜　冰: a spaced name after the slash
            out.append(Cand(spaced.start(), spaced.end(), "PERSON", prio=2))
            continue
        while True:
            t = _BYLINE_TOKEN_RE.match(text, pos) if not colon else _COLON_TOKEN_RE.match(text, pos)
            colon = False
            if t is None:
                padded = _PADDED_PAIR_RE.match(text, pos)  # 本报记者　靳　博　龚相娟: a padded name among others
                if padded is None or not is_surname(padded.group(1)[0]) or is_word(padded.group(1)[0] + padded.group(1)[-1]):
                    break
                out.append(Cand(padded.start(1), padded.end(1), "PERSON", prio=2))
                pos = padded.end(1)
                continue
            if is_role(t.group(1)):
                break
            name = t.group(1)
            sl = surname_length(name, 0)
            # a space-separated token after a role word is a name unless it is a common word
            # a common word is a name where a surname opens it and the credit closes after it (记者 甘露）, 校对：林立\n)
            closed = 2 <= len(name) <= 3 and is_surname(name[0]) and _CREDIT_CLOSE_RE.match(text, t.end(1)) is not None
            if ((len(name) <= 3 or sl == 2) and not_word(name, sl) or sound_name(name, 0, len(name))
                    or any(d in name for d in DOTS) or closed) and name not in ROLE_WORDS:
                out.append(Cand(t.start(1), t.end(1), "PERSON", prio=2))
            pos = t.end(1)
    return out
