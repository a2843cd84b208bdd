"""A dotted motto a county builds as its brand: 打造“梯田文化·多彩龙胜”品牌, 擦亮“幸福张店·网格先行”品牌.

A quoted dotted pair followed by 品牌 reads as a product line's title (:func:`~corpus_tools.slogans.dotmarks.dotted_title`)
unless a verb of building a brand stands before the quotation marks: then the pair is the county's (or its Party
work's) motto, printed issue after issue (user30b: 张店, Shandong; user31b F9: 龙胜, Guangxi; the same motto with
、 is found as a two-part motto). Kept small: :func:`~corpus_tools.slogans.singles.decide_dotted` asks it only when
no other evidence took the pair.
"""

from __future__ import annotations

import re

__all__ = ["brand_motto"]

#: Verbs that build or polish a brand, right before the opening quotation mark.
BRAND_VERBS = ("打造", "擦亮", "叫响", "唱响", "打响", "做亮", "塑造", "树立", "做强", "培育")
_BEFORE_RE = re.compile("(?:" + "|".join(BRAND_VERBS) + r")[\s“‘\"]*$")
#: After the closing mark: 品牌, or a short qualifier and 品牌 (党建品牌, 文旅品牌), line breaks allowed.
_AFTER_RE = re.compile(r"^[”’\"\s]*(?:[\u4e00-\u9fff]{0,2}\s*)?品\s*牌")


def brand_motto(before: str, after: str) -> bool:
    """Whether the quoted pair between *before* and *after* is a brand motto (see the module).

    Examples
    --------
    >>> brand_motto("全力打造“", "”品牌，"), brand_motto("擦亮“", "”\\n党建品牌"), brand_motto("推出“", "”品牌礼盒")
    (True, True, False)
    """
    return bool(_BEFORE_RE.search(before)) and bool(_AFTER_RE.match(after))
