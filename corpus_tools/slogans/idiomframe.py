"""An idiom of the shipped list that the page puts into practice as a system or a campaign is a formula.

The guide excludes idioms however they are quoted, and :func:`~corpus_tools.slogans.quoteshare.is_saying` vetoes
every phrase of ``data/idioms.txt`` (jieba's and People's Daily 1998's ``i`` tags). A few entries of those
dictionaries are governance formulae printed like idioms: 门前三包 (the shop-front responsibility system), 扫黄打非
(the campaign against pornography and illegal publications), 移风易俗 (a civility campaign). The frame tells them
apart: a verb of putting into practice right before the quote (推行, 实行, 落实, 推进, 实施) or a system or
programme head right after it (责任制, 机制, 工程, 专项行动, 模式 …). In People's Daily 2019-2020 (gold pool skipped)
5 of the 471 quoted mentions of list idioms have such a frame, all five formulae (“门前三包”, “扫黄打非” ×3,
“顶天立地”模式 of firms); the open gold sets record 门前三包 three times (three writers: pages30o, slogan_held32,
slogan_held34), and every quoted idiom without such a frame (让龙头企业“顶天立地”，…) stays out. 开展 is no such
verb: an activity can carry an idiom as its name (开展“一心一意”活动), so pages25's 开展“移风易俗”宣传 is left.
"""

from __future__ import annotations

import re

__all__ = ["idiom_put_in_practice"]

_PRACTICE_BEFORE_RE = re.compile(r"(?:推行|实行|落实|推进|实施)$")
_SYSTEM_AFTER_RE = re.compile(r"^(?:的)?(?:责任制|责任|制度|机制|工程|行动|专项行动|专项|模式)")


def idiom_put_in_practice(before: str, after: str) -> bool:
    """Whether a quoted idiom is framed as a system or campaign the page carries out.

    Parameters
    ----------
    before, after : str
        The text before the opening and after the closing quotation mark.

    Returns
    -------
    bool
        True when a verb of putting into practice ends *before* or a system or programme head opens *after*.

    Examples
    --------
    >>> idiom_put_in_practice("各乡镇推行", "责任制，"), idiom_put_in_practice("不断健全", "机制")
    (True, True)
    >>> idiom_put_in_practice("让龙头企业", "，带动")
    False
    """
    return bool(_PRACTICE_BEFORE_RE.search(before) or _SYSTEM_AFTER_RE.match(after))
