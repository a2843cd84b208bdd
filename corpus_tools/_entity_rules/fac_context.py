"""A facility named by the works done on it: its bare mentions elsewhere in the text are the facility.

County papers name a restoration or extension by the site it works on (大像山石窟修缮工程, 班洪抗英纪念碑修缮工程,
千乘桥修缮工程) and then mention the site alone (大像山石窟现为省级重点文物保护单位, ◆班洪抗英纪念碑修缮完工,
千乘桥始建于宋代). The head rules miss the bare site when its head is not one they know (石窟) or when a place
short form opens it (班洪|抗英纪念碑); the PROJECT establishes it. The GUIDE keeps both: the PROJECT and, where the
site stands alone, the FAC (pages24: 大像山石窟修缮工程 + 大像山石窟; pages23: 千乘桥修缮工程 + 千乘桥).
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.fac_clauses import generic_body
from corpus_tools._entity_rules.natural_areas import AREA_HEAD_RE
from corpus_tools._entity_rules.lexicon import FAC_HEADS, Cand, common_or_frequent, ending_head, replace_inside
from corpus_tools._entity_rules.scan import generic_only

__all__ = ["sites_of_works"]

#: works words between a site's name and the project head (修缮工程, 保护修复项目, 除险加固工程)
_WORKS_RE = re.compile(r"(?:保护|修缮|维修|修复|加固|除险加固|改造|扩建|改扩建|提升|亮化|整治)+(?:工程|项目)$")
#: heads a site's name may end in besides the facility heads (大像山石窟, 千佛洞, 石经墙)
_SITE_ENDS = ("石窟", "窟", "洞", "墙", "碑", "亭", "寺", "庙", "桥", "塔", "楼", "阁", "祠", "宫", "城")
#: the facility heads and the site words, longest first (:func:`~corpus_tools._entity_rules.lexicon.ending_head`)
_SITE_HEADS = tuple(sorted(FAC_HEADS + _SITE_ENDS, key=len, reverse=True))
#: last characters of a place in front of the site (棠口镇|千乘桥)
_PLACE_ENDS = "镇乡县区旗"
#: labels the rules may have given pieces of the bare site (班洪 TOWNSHIP + 抗英纪念碑 FAC)
_PIECES = frozenset(("FAC", "LOC", "GPE", "TOWNSHIP", "VILLAGE", "ORG", "_"))


def sites_of_works(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with each bare mention of a site a PROJECT is named after labelled FAC.

    The site is the PROJECT's text before its works words (修缮工程 …), at least three characters, ending in a
    facility head or a site word (石窟, 碑, 桥 …). A bare mention is an occurrence outside every PROJECT whose
    spans lie inside it (pieces of it or nothing) and that no longer word continues on the left or right as a
    name (a CJK character that the segmenter would join is not checked: the site's name is the text's own).

    Examples
    --------
    >>> t = "大像山石窟修缮工程开工。大像山石窟现为省级文物保护单位"
    >>> [(t[c.start:c.end], c.label) for c in sites_of_works([Cand(0, 9, "PROJECT")], t)]
    [('大像山石窟修缮工程', 'PROJECT'), ('大像山石窟', 'FAC')]
    """
    sites = set()
    common = common_or_frequent()
    for c in ents:
        if c.label != "PROJECT":
            continue
        name = text[c.start:c.end]
        m = _WORKS_RE.search(name)
        if m is None:
            continue
        site = name[:m.start()]
        head = ending_head(site, _SITE_HEADS)
        if not head:
            continue
        # 棠口镇千乘桥修缮工程: the township in front is split off later, the site is what follows it
        for k in [0] + [k for k in range(2, len(site) - 2) if site[k - 1] in _PLACE_ENDS]:
            body = site[k:len(site) - len(head)]
            if len(site) - k >= 3 and body not in common and not generic_only(body, generic_body()):
                sites.add(site[k:])  # (风雨|桥, 文化|广场: a kind, no site's name)
    out = ents
    for site in sorted(sites, key=len, reverse=True):
        label = "LOC" if AREA_HEAD_RE.search(site) else "FAC"  # 长诏水库除险加固工程 … 长诏水库位于: the reservoir, LOC
        for m in re.finditer(re.escape(site), text):
            s, e = m.span()
            if any(c.label == "PROJECT" and c.start <= s and e <= c.end for c in out):
                continue
            over = [c for c in out if c.start < e and c.end > s]
            if any(c.start < s or c.end > e or c.label not in _PIECES for c in over):
                continue
            if any(c.start == s and c.end == e and c.label == label for c in over):
                continue
            out = replace_inside(out, Cand(s, e, label, prio=1, source="works"))
    return out
