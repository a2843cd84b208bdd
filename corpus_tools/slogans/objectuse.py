"""A quoted one-for-all card or button the sentence handles as a thing: a product, not a formula.

:func:`handled_device`: a quote of the shape 一 + card / button / code + 通 (“一卡通”, “一键通”, “一码通”: one card, key
or code that gives access to everything) that the sentence holds, pays through or into, or installs (拿着“一卡通”, 补助
资金通过“一卡通”发放到户, 打入农户的“一卡通”, 安装了“一键通”呼救电话). The numeral of such a name counts no parts, and
the guide lists brands, products and platforms among the non-slogans. On the open page sets every such quote is no
gold item (four writers: pages25, pages31, pages31o, pages33o); the programme the national finance bureaux named
惠民惠农财政补贴资金“一卡通” (规范“一卡通”, 建立“一卡通”台账, slogans-dev, a gold item) is printed as a scheme managed,
not as a card in hand, and stays with the numbered test.
"""

from __future__ import annotations

import re

__all__ = ["handled_device"]

#: one card / key / code / certificate giving access to everything
_DEVICE_RE = re.compile(r"一[卡键码证]通")
#: the sentence holds it, pays through or into it, installs it (right before the opening quotation mark)
_HANDLED_BEFORE_RE = re.compile(r"(?:通过|拿着|拿|持|凭|刷|插|使用|用|安装了?|装了|办理了?|领取了?|打入|存入|汇入|打到|的)$")
#: a device noun right after it (“一键通”呼救电话, “一卡通”账户)
_DEVICE_AFTER_RE = re.compile(r"^(?:呼救|报警|电话|终端|设备|账户|账号|存折|卡)")


def handled_device(norm: str, before: str, after: str) -> bool:
    """Whether the quote *norm* is a one-for-all card or button the sentence handles as a thing.

    Parameters
    ----------
    norm : str
        The quoted text, normalised.
    before : str
        The characters right before the opening quotation mark.
    after : str
        The characters right after the closing quotation mark.

    Returns
    -------
    bool
        True for 一卡通 / 一键通 … held, paid through or into, installed, or followed by a device noun.

    Examples
    --------
    >>> handled_device("一卡通", "补助资金通过", "直接发放到户"), handled_device("一键通", "老人安装了", "呼救电话")
    (True, True)
    >>> handled_device("一卡通", "补贴资金", "发放、管理"), handled_device("一卡通", "规范", "14万余户")
    (False, False)
    >>> handled_device("一村一品", "通过", "发展")
    False
    """
    if not _DEVICE_RE.fullmatch(norm):
        return False
    return bool(_HANDLED_BEFORE_RE.search(before) or _DEVICE_AFTER_RE.match(after))
