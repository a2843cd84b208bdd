"""What a printed post says about a tenure: appointed, removed or held; former; and the words that are no post.

:func:`corpus_tools.person_posts.person_posts` reads the post printed next to a name; this module reads the
rest of a cadre panel's row (user34, a political scientist's panel of who held which post when):

- ``kind``: ``appointed`` when the sentence appoints the person (任命X为Y, 决定任命, 提名, 聘任, X当选(为)Y,
  X调任Y, X任Y), ``removed`` when it ends a tenure (免去X的Y职务, X不再担任Y, X辞去Y), else ``held`` (a post
  printed with the name: 县委书记X主持);
- ``former``: the post is printed as a former one (原县政协主席, 前任县长), kept as printed with its 原;
- words before a post that are no post: a photo caption's 图为 (图为县委书记X → 县委书记) and leading items of a
  、-list that end in no office (an honour, 中国共产党优秀党员、原县政协主席 → 原县政协主席);
- a removal's post, printed after the name between 的 and 职务 (免去X的县人民政府副县长职务 → 县人民政府副县长);
- a list of names before a verb of office (A、B等当选为副县长): each name gets the post.
"""

from __future__ import annotations

import re

__all__ = ["POST_KINDS", "caption_free", "honour_free", "is_former", "listed_after", "post_kind", "removed_post"]

#: The values of the ``kind`` column of :func:`~corpus_tools.person_posts.person_posts`.
POST_KINDS = ("appointed", "removed", "held")
#: words right before a name that appoint to the post after it
_APPOINT_BEFORE = ("决定任命", "提请任命", "任命", "提名", "聘任", "聘请", "选举", "推选")
#: words right before a name that end a tenure
_REMOVE_BEFORE = ("决定免去", "免去", "撤销", "免职")
#: verbs after a name that appoint (X当选为Y, X调任Y, X任Y)
_APPOINT_AFTER_RE = re.compile(r"^(?:同志)?[，,]?(?:当选为|当选|调任|升任|任|兼任|出任)")
#: verbs after a name that end a tenure (X不再担任Y, X辞去Y)
_REMOVE_AFTER_RE = re.compile(r"^(?:同志)?[，,]?(?:不再担任|辞去|卸任|离任)")
#: a removal printed after the name: 免去X(同志)的Y职务
_REMOVED_POST_RE = re.compile(r"^(?:同志)?的([\u4e00-\u9fff、]{2,24}?)(?:等)?职务")
#: words that print a post as a former one
_FORMER = ("原", "前任", "已故")
#: a photo caption's opening (图为县委书记X, 上图为)
_CAPTION_RE = re.compile(r"^(?:[上下左右中]图|图)(?:为|中|是)")


def post_kind(before: str, after: str, printed: str) -> str:
    """``appointed``, ``removed`` or ``held`` (see the module) from the text right *before* and right *after* the
    name and where the post is *printed* (``before``, ``after``, ``removed``).

    Examples
    --------
    >>> post_kind("任命", "为县长；", "after"), post_kind("免去", "的副县长职务", "removed"), post_kind("县长", "主持", "before")
    ('appointed', 'removed', 'held')
    >>> post_kind("", "当选为县长", "after"), post_kind("", "不再担任县长", "after")
    ('appointed', 'removed')
    """
    left = before.rstrip("同志")
    if printed == "removed" or left.endswith(_REMOVE_BEFORE) or _REMOVE_AFTER_RE.match(after):
        return "removed"
    if left.endswith(_APPOINT_BEFORE) or (printed == "after" and _APPOINT_AFTER_RE.match(after)):
        return "appointed"
    return "held"


def removed_post(after: str) -> str | None:
    """The post a removal prints after the name (``的县人民政府副县长职务`` → ``县人民政府副县长``), or None.

    Examples
    --------
    >>> removed_post("的县人民政府副县长职务。"), removed_post("同志的县文化局局长职务；"), removed_post("的讲话")
    ('县人民政府副县长', '县文化局局长', None)
    """
    m = _REMOVED_POST_RE.match(after)
    return m.group(1) if m else None


def listed_after(after: str, others: tuple[str, ...]) -> str:
    """*after* without the other names of a list and its 等 (``、冮海涛等当选为副县长`` → ``当选为副县长``), so that
    each name of ``A、B等当选为Y`` gets Y; *after* unchanged when it opens no list of *others*.

    Examples
    --------
    >>> listed_after("、冮海涛等当选为副县长。", ("冮海涛",)), listed_after("等当选为副县长。", ()), listed_after("、张三说", ())
    ('当选为副县长。', '当选为副县长。', '、张三说')
    """
    rest, moved = after, False
    while rest.startswith("、"):
        nxt = next((o for o in others if rest.startswith(o, 1)), None)
        if nxt is None:
            return after
        rest, moved = rest[1 + len(nxt):], True
    if rest.startswith(("等人", "等同志")):
        return rest[3:] if rest.startswith("等同志") else rest[2:]
    if rest.startswith("等"):
        return rest[1:]
    return rest if moved else after


def caption_free(post: str) -> str:
    """*post* without a photo caption's opening (``图为县委书记`` → ``县委书记``) or a brief's bullet (■).

    Examples
    --------
    >>> caption_free("图为县委书记"), caption_free("上图为县长"), caption_free("县委书记")
    ('县委书记', '县长', '县委书记')
    """
    post = post.lstrip("■□●○◆◇★☆▲△▼▽·•※")  # (a bullet before a brief's first words)
    m = _CAPTION_RE.match(post)
    return post[m.end():] if m and len(post) > m.end() + 1 else post


def honour_free(post: str, is_office) -> str:
    """*post* without the leading 、-items that end in no office (``中国共产党优秀党员、原县政协主席`` →
    ``原县政协主席``); *is_office* tells an item that ends in an office word.

    Examples
    --------
    >>> ends = lambda s: s.endswith(("主席", "常委", "部长"))
    >>> honour_free("中国共产党优秀党员、原县政协主席", ends), honour_free("县委常委、宣传部部长", ends)
    ('原县政协主席', '县委常委、宣传部部长')
    """
    items = post.split("、")
    k = 0
    while k < len(items) - 1 and not is_office(items[k]):
        k += 1
    return "、".join(items[k:])


def is_former(post: str) -> bool:
    """The post is printed as a former one (原县政协主席, 前任县长).

    Examples
    --------
    >>> is_former("原县政协主席"), is_former("县委书记"), is_former("原中共拜泉县委书记")
    (True, False, True)
    """
    return post.startswith(_FORMER)
