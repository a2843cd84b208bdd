"""Role words of bylines and credits, and surname characters: the bottom layer of the person rules.

A byline or a caption names a role and then a person (``记者 王磊``); the role word itself is never a
name. :mod:`corpus_tools._entity_rules.persons` and the other person modules build on these two tests.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from corpus_tools._entity_rules.admin_levels import UPPER_LEVELS
from corpus_tools._entity_rules.lexicon import SURNAMES, frequent2, not_names
from corpus_tools._entity_rules.names import is_word

__all__ = ["EDITOR_ROLES", "EDITOR_ROLE_RE", "ROLE_WORDS", "credit_names_in", "is_role", "is_surname", "signature_names", "surnames"]

#: Words for roles in bylines, captions and credits; never (part of) a PERSON span.
ROLE_WORDS = frozenset("""
记者 本报记者 特约记者 见习记者 实习记者 通讯员 特约通讯员 实习生 摄影 摄影记者 摄 编辑 责任编辑 责编 美编 校对
图 文 文图 图文 制图 供图 整理 撰稿 审核 审校 统筹 监制 主编 策划 作者 通讯 报道 讯 本报讯 翻译
""".split())

_ROLE_RE = re.compile("^(?:" + "|".join(sorted((re.escape(w) for w in ROLE_WORDS if len(w) > 1), key=len, reverse=True))
                      + ")")


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """One-character surnames from People's Daily 1998 (training/ner/build_surnames.py)."""
    path = resources.files("corpus_tools").joinpath("data", "entities", "surnames.txt")
    return frozenset(path.read_text(encoding="utf-8").strip())


def is_role(name: str) -> bool:
    """True for a role word or a span that starts with one (记者王磊 is not a name).

    Examples
    --------
    A one-character role (文, 图, 摄) is a role only on its own: 文光辉 is a name.

    >>> [is_role(w) for w in ("记者", "通讯员赵晓红", "王磊", "文光辉")]
    [True, True, False, False]
    """
    return name in ROLE_WORDS or bool(_ROLE_RE.match(name))


def is_surname(ch: str) -> bool:
    """A surname character: the hand list or the ones learnt from People's Daily 1998."""
    return ch in SURNAMES or ch in surnames()


_PAD = "[ \u3000\u00a0]"
#: a line that holds only two characters with spaces between them: an author's signature (李　御)
#: or a section heading (传　承, 欧　洲); a surname first and no word or frequent pair tell the name
_SIGNATURE_RE = re.compile(rf"^{_PAD}*([\u4e00-\u9fff]){_PAD}{{1,3}}([\u4e00-\u9fff]){_PAD}*$", re.M)
#: a reader's signature: a county or city, two spaces, the name and the end of the line (安徽怀宁县　　姚　平)
_PLACE_SIGNATURE_RE = re.compile(rf"^{_PAD}*[\u4e00-\u9fff]{{2,12}}[{UPPER_LEVELS}]{_PAD}{{2,}}"
                                 rf"([\u4e00-\u9fff]{_PAD}{{1,3}}[\u4e00-\u9fff]|[\u4e00-\u9fff]{{2,4}}){_PAD}*$", re.M)
#: a credit line: a layout or editing role, a colon and names parted by spaces (版式设计：郭　祥　蔡华伟)
#: Roles of a page's editors and designers that a credit names before a colon (责任编辑：尹　亮, 版式设计：郭　祥).
EDITOR_ROLES = ("版式设计", "美术编辑", "图片编辑", "责任编辑", "责编", "美编", "编辑", "制图", "校对", "审核", "审校", "组版",
                "统筹", "策划")
EDITOR_ROLE_RE = "(?:" + "|".join(sorted(EDITOR_ROLES, key=len, reverse=True)) + ")"
_CREDIT_LINE_RE = re.compile(rf"^{_PAD}*{EDITOR_ROLE_RE}[：:]{_PAD}*(.+?){_PAD}*$", re.M)

#: what a credit line after its colon holds: runs of one to four characters parted by spaces or commas
_NAMES_ONLY_RE = re.compile(rf"[\u4e00-\u9fff]{{1,4}}(?:(?:{_PAD}+|{_PAD}*[、，,]{_PAD}*)[\u4e00-\u9fff]{{1,4}})*")


def _name_pair(pair: str) -> bool:
    return is_surname(pair[0]) and not (is_word(pair) or pair in frequent2() or pair in not_names())


def signature_names(text: str) -> list[tuple[int, int]]:
    r"""Names on lines of their own: an author's padded name under a headline (李　御), a reader's
    name after the county (陕西咸阳市　　姚　平) and the names of a credit line (版式设计：郭　祥
    蔡华伟, single characters parted by spaces pair up). The first character must be a surname
    and a two-character name no word (a padded heading 欧　洲, 贺　信 is none).

    Examples
    --------
    >>> t = "平凡的快乐\n李　御\n欧　洲\n陕西咸阳市　　姚　平\n版式设计：郭　祥　蔡华伟\n编辑：本文有删节，内容略"
    >>> [t[s:e] for s, e in signature_names(t)]
    ['李　御', '姚　平', '郭　祥', '蔡华伟']
    """
    out = []
    for m in _SIGNATURE_RE.finditer(text):
        if _name_pair(m.group(1) + m.group(2)):
            out.append((m.start(1), m.end(2)))
    for m in _PLACE_SIGNATURE_RE.finditer(text):
        name = "".join(ch for ch in m.group(1) if not ch.isspace())
        if is_surname(name[0]) and (len(name) > 2 or _name_pair(name)):
            out.append(m.span(1))
    for m in _CREDIT_LINE_RE.finditer(text):
        if not _NAMES_ONLY_RE.fullmatch(m.group(1)):
            continue  # a sentence after the colon (编辑：本文有删节), not a list of names
        for s, e, name in credit_names_in(m.group(1), m.start(1)):
            if is_surname(name[0]) and (len(name) > 2 or _name_pair(name)):
                out.append((s, e))
    return sorted(out)


def credit_names_in(names: str, offset: int = 0) -> "list[tuple[int, int, str]]":
    """``(start, end, name)`` of the names a credit prints after its colon (*names*, found at *offset*
    of its text): names are parted by two or more spaces or a comma, except that two one-character
    groups make one widely padded name (郭　　祥); within a group one space apart, two or three single
    characters make one padded name (尹　亮), other single characters pair up and longer parts are
    names each. Only names of two to four Chinese characters are returned; the
    caller judges them (a surname first, no word).

    Examples
    --------
    >>> [n for *_, n in credit_names_in("尹　亮　　王　刚")]
    ['尹亮', '王刚']
    >>> [n for *_, n in credit_names_in("郭　祥　蔡华伟、李　明")]
    ['郭祥', '蔡华伟', '李明']
    >>> [n for *_, n in credit_names_in("郭　　祥　　蔡华伟")]
    ['郭祥', '蔡华伟']
    """
    groups = []
    for group in re.finditer(r"[^ \u3000\u00a0、，,]+(?:[ \u3000\u00a0][^ \u3000\u00a0、，,]+)*", names):
        base = offset + group.start()
        groups.append([(base + t.start(), base + t.end(), t.group()) for t in re.finditer(r"[^ \u3000\u00a0]+", group.group())])
    merged: list = []
    for parts in groups:  # 郭　　祥: a one-character group joins the one-character group before it
        if len(parts) == 1 and len(parts[0][2]) == 1 and merged and len(merged[-1]) == 1 and len(merged[-1][0][2]) == 1:
            merged[-1] = merged[-1] + parts
        else:
            merged.append(parts)
    out = []
    for parts in merged:
        found = []
        if 2 <= len(parts) <= 3 and all(len(t) == 1 for *_, t in parts):
            found.append((parts[0][0], parts[-1][1], "".join(t for *_, t in parts)))
        else:
            i = 0
            while i < len(parts):
                if len(parts[i][2]) == 1 and i + 1 < len(parts) and len(parts[i + 1][2]) == 1:
                    found.append((parts[i][0], parts[i + 1][1], parts[i][2] + parts[i + 1][2]))  # 郭　祥
                    i += 2
                else:
                    found.append(parts[i])
                    i += 1
        out += [(a, b, n) for a, b, n in found if 2 <= len(n) <= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in n)]
    return out
