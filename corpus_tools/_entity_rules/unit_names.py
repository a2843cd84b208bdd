"""A lower keep threshold for arbiter candidates that end in an institution's own head.

The ORG arbiter (:mod:`corpus_tools._entity_rules.arbiter`) keeps a new candidate only at the
learned model's threshold (0.9), which it reached on the development reports. On unlabelled
People's Daily county reports of other provinces (``benchmarks/org_recall_sample.md``) most
candidates between 0.25 and 0.9 that end in the head of a public body, school, hospital, firm or
association were right (安徽省财政厅, 首都师范大学, 江阴市行政审批局, 盘锦市非物质文化遗产保护中心), while
most wrong ones in that band ended in no such head (a breed, a market, a township, 河长制组织).
:func:`unit_name` keeps those candidates at :data:`UNIT_P`, unless the name starts with a
determiner or locative (各, 该, 当地, 镇上) or holds punctuation.
"""

from __future__ import annotations

import re

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.heads import ORG_GENERIC_BODY
from corpus_tools._entity_rules.lexicon import ORG_GENERIC, common_or_frequent
from corpus_tools._entity_rules.scan import generic_only

#: Lowest arbiter probability at which a candidate with an institution head is kept.
UNIT_P = 0.25
#: Heads of the bodies the guide labels ORG (a name's head is the longest of them it ends in: 科学院, not 学院).
UNIT_HEADS = (
    "委员会", "党工委", "党委", "纪委", "监委", "卫健委", "卫计委", "管委", "政法委", "办公室", "办", "厅", "局", "处",
    "大学", "学院", "中学", "小学", "医院", "卫生院", "保健院", "福利院", "科学院", "研究院", "设计院", "法院",
    "检察院", "科院", "工程院", "集团", "公司", "银行", "工会", "总工会", "协会", "学会", "研究会", "联合会",
    "党支部", "党总支", "服务中心", "保护中心", "管理中心", "剧团", "评剧团", "歌舞团", "艺术团", "电视台",
    "日报", "报社", "总编室", "网络部",
)
_BAD_START = re.compile(r"^(?:各|该|本|当地|这|那|每|全|镇上|县上|村里|其|原|我|你|他)")
_PUNCT = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]")
#: Generic unit words besides ``org_generic.txt`` that name no one body (GUIDE.md: 社区党组织).
_GENERIC = frozenset(("村党总支", "街道办事处", "供销合作社", "培训中心", "服务中心", "联合会", "办公室", "管理处",
                      "临时党支部"))


def last_word(text: str, feats: "list[str] | None", end: int) -> str:
    """The segmenter word that ends at *end* (``""`` when the features do not end one there).

    Examples
    --------
    >>> last_word("管线布局", ["B-n", "E-n", "B-n", "E-n"], 4)
    '布局'
    """
    if feats is None or len(feats) != len(text) or not 0 < end <= len(text) or feats[end - 1][:1] not in ("E", "S"):
        return ""
    i = end - 1
    while i > 0 and feats[i][:1] not in ("B", "S"):
        i -= 1
    return text[i:end]


def unit_head(name: str) -> "str | None":
    """The longest of :data:`UNIT_HEADS` that *name* ends in (``None`` when it ends in none).

    Examples
    --------
    >>> unit_head("市总工会"), unit_head("县评剧团"), unit_head("景东乌骨鸡")
    ('总工会', '评剧团', None)
    """
    return max((h for h in UNIT_HEADS if name.endswith(h)), key=len, default=None)


def unit_name(name: str, p: float, word: str = "") -> bool:
    """Whether an arbiter candidate *name* with probability *p* is an institution worth keeping;
    *word* is the segmenter word it ends in (see :func:`last_word`): a one-character head inside
    a common two-character word is none (管线布局, 发展格局).

    Examples
    --------
    >>> unit_name("安徽省财政厅", 0.86)
    True
    >>> unit_name("景东乌骨鸡", 0.75)
    False
    >>> unit_name("各临时党支部", 0.5)
    False
    >>> unit_name("园区党委", 0.5)
    False
    >>> unit_name("贵州省各级党委", 0.5)
    False
    >>> unit_name("党组织隶属乡镇党委", 0.5)
    False
    >>> unit_name("国家骨干天然气管线布局", 0.5, "布局")
    False
    >>> unit_name("中国科学院", 0.5)
    True
    """
    if p < UNIT_P or len(name) < 3 or name in _GENERIC or name in ORG_GENERIC:
        return False
    if _BAD_START.match(name) or _PUNCT.search(name):
        return False
    if any(name[:k] in ORG_GENERIC for k in range(2, len(name) - 1)):
        return False  # 党组织|隶属乡镇党委: a generic body word opens a clause
    head = unit_head(name)
    if head is None:
        return False
    body = name[:-len(head)]
    upper = gz.upper_names()
    owner = next((n for n in range(min(8, len(body)), 1, -1) if body[:n] in upper), 0)
    if generic_only(body, ORG_GENERIC_BODY) or (body[owner:] and generic_only(body[owner:], ORG_GENERIC_BODY)):
        return False  # 园区党委; 贵州省|各级党委: a place and generic words name a kind
    return not (len(head) == 1 and len(word) == 2 and word in common_or_frequent())


def immediate_owner(start: int, end: int, places: "list[tuple[int, int]]") -> int:
    """Start of a unit name ``[start, end)`` once the places written before its immediate owner
    are left out (GUIDE.md: only the immediate owner stays: 广州市|越秀区妇幼保健院).

    *places* are the ``(start, end)`` spans of the place entities found, in any order.

    Examples
    --------
    >>> immediate_owner(0, 11, [(0, 3), (3, 6)])  # 广州市越秀区妇幼保健院
    3
    >>> immediate_owner(0, 6, [(0, 3)])  # 安徽省财政厅
    0
    """
    inside = sorted((s, e) for s, e in places if start <= s and e <= end)
    if len(inside) < 2 or inside[0][0] != start:
        return start
    k = 0  # the owners written one after another from the start; the last of them stays
    while k + 1 < len(inside) and inside[k + 1][0] == inside[k][1]:
        k += 1
    return inside[k][0]
