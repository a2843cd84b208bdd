"""Events the head rules cannot date or number: numbered events, Party plenums, quoted festivals.

An ordinal (第三届, 首届) makes an event name specific whatever its head (丰收节, 评选, 论坛), and a
festival in quotes (“橘花节”) is named unless it is a public holiday (GUIDE: holidays are no EVENT).
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import CN_NUM, Cand
from corpus_tools._entity_rules.scan import Scanner
from corpus_tools.text import CJK_RE

#: a numbered event: 第三届中国农民丰收节, 首届乡村振兴论坛, 第十二届中国（寿光）国际蔬菜科技博览会; the ordinal
#: makes the name specific, so any head of this closed class of event words ends it (the first one)
_NUMBERED_EVENT_RE = re.compile(
    rf"(?:第[{CN_NUM}0-9]{{1,4}}届|首届)[^，。、；：！？\n“”《》]{{1,24}}?"
    r"(?:(?<![季环礼情细章关调])节(?![能约水点目日])|博览会|交易会|展销会|运动会|大会(?!堂)|会议(?![室厅])|论坛|峰会|年会|大赛|比赛|挑战赛"
    r"|锦标赛|联赛|评选|展览会|展览|(?<![发进开拓扩施])展(?![示开出现望厅位区馆])|(?:活动|宣传|文化|旅游|服务|体育|科技|艺术|美食|购物|时装|电影|读书|安全)周(?![边年期末]))"
    r"(?![\u4e00-\u9fff]{0,3}(?:委员会|理事会|组委会|常委会|代表团))")
#: a plenary session of the Party's Central Committee: (党的)十九届四中全会
_PLENUM_RE = re.compile(rf"(?:党的)?[{CN_NUM}]{{1,3}}届[{CN_NUM}]{{1,2}}中全会")


_QUOTED_FESTIVAL_RE = re.compile(r"“([\u4e00-\u9fff]{2,8}节)”")
#: public and traditional holidays: no EVENT (GUIDE), quoted or not
HOLIDAYS = frozenset("""
春节 元旦 元宵节 清明节 端午节 中秋节 重阳节 国庆节 劳动节 五一劳动节 儿童节 六一儿童节 妇女节 三八妇女节 教师节 七夕节 腊八节
植树节 青年节 五四青年节 建军节 护士节 记者节 父亲节 母亲节 情人节 圣诞节 小年 除夕 寒食节 中元节 下元节 冬至节 开斋节 古尔邦节
""".split())


def numbered_events(text: str, sc: Scanner) -> list[Cand]:
    """Events named with an ordinal (第三届中国农民丰收节, 首届乡村振兴论坛), Party plenums
    (十九届四中全会) and quoted festivals that are no holiday (“橘花节”). A place right before the
    ordinal belongs to the name (湖溪镇首届农民运动会).

    Examples
    --------
    >>> t = "举办第三届中国农民丰收节，市第二届乡村体育节和十九届四中全会，首届乡村振兴发展论坛，“橘花节”“春节”"
    >>> [t[c.start:c.end] for c in numbered_events(t, Scanner(t))]
    ['第三届中国农民丰收节', '市第二届乡村体育节', '首届乡村振兴发展论坛', '十九届四中全会', '橘花节']
    """
    place_at_end = {end: start for start, (end, _) in sc.place_ends.items()}
    out = []
    for m in _NUMBERED_EVENT_RE.finditer(text):
        s = place_at_end.get(m.start(), m.start())
        if s == m.start() and m.start() > 0 and text[m.start() - 1] in "省市县区镇乡村" \
                and not CJK_RE.match(text[m.start() - 2:m.start() - 1] or "，"):
            s -= 1  # ，市第二届乡村体育节 (GUIDE keeps the prefix; not 卢沟桥|乡 of an unknown township)
        out.append(Cand(s, m.end(), "EVENT", prio=1))
    for m in _PLENUM_RE.finditer(text):
        out.append(Cand(m.start(), m.end(), "EVENT", prio=2))
    for m in _QUOTED_FESTIVAL_RE.finditer(text):  # “橘花节”“葡萄节”: a quoted festival, not a holiday
        if m.group(1) not in HOLIDAYS and not m.group(1).endswith(("环节", "季节", "细节", "礼节", "章节", "关节", "调节", "过节")) \
                and not any(m.group(1).endswith(h) for h in HOLIDAYS):  # 文化过节, 欢度春节
            out.append(Cand(m.start(1), m.end(1), "EVENT", prio=1))
    return out
