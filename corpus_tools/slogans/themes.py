"""A quoted theme line of a political event: 举办“永远跟党走”群众歌咏大赛, “颂党恩·跟党走”文艺汇演.

The guide lists the theme lines of campaigns and events (主题) among slogans; the single-phrase tests of
:mod:`~corpus_tools.slogans.singles` read a quote before an event head (活动, 汇演, 大赛 …) as the event's name, which
holds for festivals and shows (“粽情端午”活动, “耍歌堂”活动, “夏日篇”活动, “敖包相会”文艺演出). A theme that speaks of
the party, its congresses, the country or its programmes (党, 二十大, 初心, 祖国, 小康, 脱贫 …) is a formula the event
carries. On the open page sets (pages21 … pages29o, pages30o odd) all nine quotes of this kind before an event head are
gold (five writers: pages22, pages25, pages26, pages26o, pages27), against none of the six without such a word; in
People's Daily 2019-2020 the 22 such quotes before an event head are campaign and theme titles (“听党话、感党恩、跟党走”
宣讲, “万场党课进基层”活动, “抗击疫情党旗红”活动).
"""

from __future__ import annotations

import re

__all__ = ["political_theme"]

#: an event head right after the closing quotation mark
_EVENT_AFTER_RE = re.compile(r"^(?:主题)?(?:文艺|群众|专题)?(?:汇演|演出|歌咏|合唱|大合唱|比赛|大赛|晚会|山歌会|演讲|"
                             r"宣讲|征文|知识竞赛|竞赛|朗诵|展演|活动|联欢)")
#: a word of the party, the country or its programmes
_POLITICAL_RE = re.compile(r"党|二十大|十九大|十八大|十七大|十六大|初心|使命|复兴|振兴|小康|脱贫|祖国|中国梦|新时代|奋斗|"
                           r"百年|红色|颂|强国")


def political_theme(norm: str, after: str) -> bool:
    """Whether a quoted phrase of four to sixteen characters with a political word stands before an event head.

    Parameters
    ----------
    norm : str
        The quoted phrase, normalised.
    after : str
        The text after the closing quotation mark.

    Returns
    -------
    bool
        True for a political theme line of an event.

    Examples
    --------
    >>> political_theme("永远跟党走", "群众歌咏大赛落幕"), political_theme("粽情端午", "活动，游客")
    (True, False)
    >>> political_theme("永远跟党走", "。")
    False
    """
    n = len(re.sub(r"[、，,；;·•\s]", "", norm))
    return 4 <= n <= 16 and bool(_POLITICAL_RE.search(norm)) and bool(_EVENT_AFTER_RE.match(after))
