"""An author's name after the unit that signs with it (（玄武镇　乜红梅）, 县委党校　才让东智).

County papers close a letter, a short report or a study note with the writer's unit and name parted by a
space: in parentheses at the end of the text (（邱集乡　訾东升）, （作者单位：宋河镇农业服务中心　詹国民）,
（作者系双朋西乡某村党支部书记　更登加）) or on a line of its own under the headline or after the letter
(北冶乡上庄村　甄福来). The other signature rules (:func:`person_roles.signature_names`) want a county
before the name or a surname People's Daily 1998 knows, so a rare surname (乜, 訾, 仝, 厍) or a Tibetan
name is lost; here the frame vouches instead:

- in parentheses, the unit (two to twenty characters, no punctuation) may be anything but a byline role (a
  byline is read elsewhere);
- on a line of its own, the unit must end in a word for a place or a body (镇, 村, 党校, 中心, 书记, 嘎查), so a
  headline couplet (一方有难　八方支援) stays out.

The name is two to four characters ending the parentheses or the line, no common word, no role, and it
starts with a surname (the surname table, a character too rare to start a word) or holds no word of two
characters (更登加; 商贸活县 does); five or six characters read as a name of sound characters (敖特根巴雅尔).
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import frequent2, not_names
from corpus_tools._entity_rules.names import is_word, rare_char, translit_mean
from corpus_tools._entity_rules.person_roles import is_role, is_surname
from corpus_tools._entity_rules.sound_chars import TRANSLIT_MIN

__all__ = ["unit_signatures", "UNIT_ENDS"]

#: last characters or words of a unit that signs a text (a place, a body, a post)
UNIT_ENDS = ("镇", "乡", "村", "县", "旗", "区", "街道", "社区", "嘎查", "苏木", "党校", "中心", "局", "部", "委",
             "办", "站", "所", "院", "校", "政府", "党委", "支部", "书记", "主任", "评论员", "党员", "干部")
_UNIT_ENDS_RE = "(?:" + "|".join(sorted(map(re.escape, UNIT_ENDS), key=len, reverse=True)) + ")"
_PAD = "[ \u3000\u00a0]"
_CJK = "[\u4e00-\u9fff]"
#: （[作者单位：|作者系]unit name） — the unit ends right before the padding
_PAREN_RE = re.compile(rf"[（(](?:作者单位[：:]|作者系|作者为)?({_CJK}{{2,20}}){_PAD}+({_CJK}{{2,6}}){_PAD}*[）)]")
#: a line: [——]unit name, the unit ending in a word of UNIT_ENDS
_LINE_RE = re.compile(rf"^{_PAD}*(?:——)?({_CJK}{{1,20}}{_UNIT_ENDS_RE}){_PAD}+({_CJK}{{2,6}}){_PAD}*$", re.M)


def _signs(name: str) -> bool:
    """A name a unit may sign with: a surname first, or sound characters; no word, no role."""
    if is_role(name) or name in not_names() or is_word(name) or (len(name) == 2 and name in frequent2()):
        return False
    if any(ch in "的了着过们和与及是在" for ch in name[1:]):
        return False  # a clause, not a name (让 and 加 are syllables of Tibetan names: 才让东智, 更登加)
    if len(name) > 4:
        return translit_mean(name) >= TRANSLIT_MIN  # 敖特根巴雅尔
    if name[-1] in "县市区镇乡村旗省":
        return False  # 养殖富县　商贸活县: a headline couplet, not a name
    first = name[0]
    if is_surname(first) or rare_char(first):
        return True
    # 百家姓 only (商, 和) or no surname: a Tibetan or Mongolian name (更登加, 才让东智) holds no word of two characters
    return len(name) >= 3 and not any(is_word(name[i:i + 2]) or name[i:i + 2] in frequent2() for i in range(len(name) - 1))


def unit_signatures(text: str) -> list[tuple[int, int]]:
    """Spans of the names that close a unit's signature (see the module docstring).

    Examples
    --------
    >>> t = "办实事。（玄武镇　乜红梅）\\n县委党校　仝新华\\n一方有难　八方支援\\n（记者　王磊）"
    >>> [t[s:e] for s, e in unit_signatures(t)]
    ['乜红梅', '仝新华']
    """
    out = []
    for m in _PAREN_RE.finditer(text):
        if not is_role(m.group(1)) and not m.group(1).endswith(("记者", "通讯员", "摄影", "编辑")) and _signs(m.group(2)):
            out.append(m.span(2))
    for m in _LINE_RE.finditer(text):
        if not is_role(m.group(1)) and _signs(m.group(2)):
            out.append(m.span(2))
    return sorted(set(out))
