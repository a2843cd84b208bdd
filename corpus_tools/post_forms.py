"""How a post is printed around ``的`` and after a place name: the grammar :mod:`corpus_tools.person_posts` reads.

Forms read from the 2019–2020 People's Daily crawl and the open page sets (first secretaries of the poverty
campaign and the modifiers papers print before a post):

- a posting phrase is part of the post: ``驻村的第一书记傅伟`` → ``驻村第一书记``; ``X是县财政局派驻乐江镇江口村的
  第一书记`` → ``县财政局派驻乐江镇江口村第一书记`` (the unit and the village kept, as ``环江县教育局驻山岗村第一书记``
  is printed without 的); ``来自济南市委党校的第一书记`` → ``济南市委党校第一书记``;
- any other phrase ending in 的 is a modifier, not the post: ``新当选的岭田村党支部书记`` → ``岭田村党支部书记``,
  ``随行的镇纪委书记``, ``负责农业的副县长``, ``新来的第一书记``;
- a posting printed as a move: ``邵其松到石门村任第一书记`` → ``石门村第一书记`` (:func:`sent_to`; the crawl prints
  ``到韶山乡平里村任第一书记``);
- a leading preposition (和, 与, 在 …) is kept when it opens a unit the entity layer found in the sentence:
  ``和平乡党委书记`` is not ``平乡党委书记`` when ``和平乡党委`` (or ``和平乡``) is an entity there.
"""

from __future__ import annotations

import re

__all__ = ["after_shi_ok", "posting_or_modifier", "opens_unit", "sent_to", "SEND_MARKS"]

#: Words that make the phrase before 的 a posting (the unit that sends, the village it is sent to).
SEND_MARKS = ("派驻", "驻", "选派", "下派")
_FROM_RE = re.compile(r"^来自(.+)$")
#: What 是 is followed by when it names no post (X是一名党员, X是个好书记).
_NOT_AFTER_SHI = ("一", "从", "在", "个", "位", "名", "好", "老", "很", "最", "我", "他", "她", "这", "那")


def posting_or_modifier(post: str) -> str:
    """The post without a modifier ending in 的, or with a posting phrase joined to it (see the module).

    Examples
    --------
    >>> [posting_or_modifier(p) for p in ("新当选的岭田村党支部书记", "驻村的第一书记", "随行的镇纪委书记",
    ...                                    "县财政局派驻乐江镇江口村的第一书记", "来自济南市委党校的第一书记", "县委书记")]
    ['岭田村党支部书记', '驻村第一书记', '镇纪委书记', '县财政局派驻乐江镇江口村第一书记', '济南市委党校第一书记', '县委书记']
    """
    at = post.rfind("的")
    if at < 0:
        return post
    head, tail = post[:at], post[at + 1:]
    if not tail:
        return post
    m = _FROM_RE.match(head)
    if m:
        return m.group(1) + tail
    if any(w in head for w in SEND_MARKS):
        return head + tail
    return tail


def after_shi_ok(post: str) -> bool:
    """True when the words after ``是`` can be a post (not ``一名党员``, ``个好书记``, ``我们村的…``).

    Examples
    --------
    >>> after_shi_ok("县财政局派驻乐江镇江口村的第一书记"), after_shi_ok("一名村支书"), after_shi_ok("我们村的好书记")
    (True, False, False)
    """
    return not post.startswith(_NOT_AFTER_SHI)


def opens_unit(left: str, units: "tuple[str, ...] | frozenset[str]") -> bool:
    """True when ``left`` starts with one of the sentence's unit names (an ORG, TOWNSHIP, GPE … entity):
    its first character then belongs to the name, not a preposition to strip.

    Examples
    --------
    >>> opens_unit("和平乡党委书记", ("和平乡党委",)), opens_unit("和县委书记", ("县委",))
    (True, False)
    """
    return any(u and left.startswith(u) for u in units)


_SENT_TO_RE = re.compile(r"^(?:同志)?(?:到|赴|在|下派到|派驻到|被派驻到|被选派到)([\u4e00-\u9fff]{2,14}?(?:村|社区|乡|镇|街道))"
                         r"(?:担任|任)(驻村第一书记|第一书记|驻村工作队队长|工作队队长|党支部书记|党总支书记)")


def sent_to(after: str) -> str | None:
    """The post of a cadre sent to a village, printed after the name as a move (``到X村任第一书记``), with the
    place, or None. *after*: the text right after the name.

    Examples
    --------
    >>> sent_to("到石门村任第一书记。"), sent_to("被选派到花桥镇石门村担任第一书记，"), sent_to("到石门村调研。")
    ('石门村第一书记', '花桥镇石门村第一书记', None)
    """
    m = _SENT_TO_RE.match(after)
    return m.group(1) + m.group(2) if m else None
