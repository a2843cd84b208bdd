"""A 、-list of the names of lakes, rivers or mountains is no parallel slogan (user35 F2).

以白马湖、高邮湖、宝应湖三湖为核心 holds three items sharing a character in one slot and a count of them (三湖),
which is how a counted formula looks (抓党建、抓产业、抓治理 “三抓”); but the items are proper names of lakes, and
the guide keeps names of places out of the slogans. A name of a natural feature is a proper stem (two or more
characters, 白马 / 高邮 / 宝应) before one head character (湖, 河, 山 …); the items of such a list share only that
head. Formulae that end in the same characters share more than the last one (退塘还湖、退田还湖、退房还湖: 退 and
还 too, the one open gold series whose items end in a feature head; 1554 open gold slogans checked, mend35c).
"""

from __future__ import annotations

from typing import Sequence

__all__ = ["FEATURE_HEADS", "names_natural_features"]

#: The last character of the name of a lake, river, canal, mountain, island or bay (湖 of 白马湖, 河 of 夹沟河).
FEATURE_HEADS = frozenset("湖河江海山岛湾溪泉峰岭塘荡渠库洲滩潭淀泊")


def names_natural_features(words: Sequence[str]) -> bool:
    """Whether the items of a series are names of natural features: three or more, each a stem of two to five
    characters before a head of :data:`FEATURE_HEADS`, all sharing no character in one slot but the head.

    Parameters
    ----------
    words : sequence of str
        The items of a series, without separators.

    Returns
    -------
    bool

    Examples
    --------
    >>> names_natural_features(["东塘湖", "西陵湖", "南溪湖"]), names_natural_features(["清水河", "黄沙江", "青龙山"])
    (True, True)
    >>> names_natural_features(["退塘还湖", "退田还湖", "退房还湖"]), names_natural_features(["治山", "治水", "治湖"])
    (False, False)
    """
    if len(words) < 3 or not all(3 <= len(w) <= 6 and w[-1] in FEATURE_HEADS for w in words):
        return False
    stems = [w[:-1] for w in words]
    # aligned from the end, as the head is: no slot of the stems holds one character in every item
    shortest = min(len(s) for s in stems)
    return not any(len({s[-k] for s in stems}) == 1 for k in range(1, shortest + 1)) and len(set(words)) == len(words)
