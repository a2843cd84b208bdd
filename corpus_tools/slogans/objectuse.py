"""A quoted one-for-all card or button the sentence handles as a thing: a product, not a formula.

:func:`handled_device`: a quote of the shape 一 + card / button / code + 通 (“一卡通”, “一键通”, “一码通”: one card, key
or code that gives access to everything) that the sentence holds, pays through or into, or installs (拿着“一卡通”, 补助
资金通过“一卡通”发放到户, 打入农户的“一卡通”, 安装了“一键通”呼救电话). The numeral of such a name counts no parts, and
the guide lists brands, products and platforms among the non-slogans. On the open page sets every such quote is no
gold item (four writers: pages25, pages31, pages31o, pages33o); the programme the national finance bureaux named
惠民惠农财政补贴资金“一卡通” (规范“一卡通”, 建立“一卡通”台账, slogans-dev, a gold item) is printed as a scheme managed,
not as a card in hand, and stays with the numbered test. Paid out in its form (补贴资金以“一卡通”形式直接发放, pages35o)
is the same card in hand.

:func:`record_name`: a quoted list or ledger kept (“民情清单”, 把“问题清单”变成“满意清单”, “民情台账”) names a record, not a
formula: no gold item of the open sets, the dev reports or the seeds is an uncounted X清单 / X台账 (three false finds on
pages27 and pages32, two writers), and People's Daily 2019-2020 quotes such lists as things (“实体清单”, “负面清单”,
“资源清单”). A counted one (需求、项目、责任“三张清单”) stays with the numbered test.
"""

from __future__ import annotations

import re

__all__ = ["handled_device", "record_name"]

#: one card / key / code / certificate giving access to everything
_DEVICE_RE = re.compile(r"一[卡键码证]通")
#: the sentence holds it, pays through or into it, installs it (right before the opening quotation mark)
_HANDLED_BEFORE_RE = re.compile(r"(?:以|通过|拿着|拿|持|凭|刷|插|使用|用|安装了?|装了|办理了?|领取了?|打入|存入|汇入|打到|的)$")
#: a device noun right after it (“一键通”呼救电话, “一卡通”账户)
_DEVICE_AFTER_RE = re.compile(r"^(?:形式|方式|呼救|报警|电话|终端|设备|账户|账号|存折|卡)")


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
    >>> handled_device("一卡通", "补贴资金以", "形式直接发放"), handled_device("一村一品", "通过", "发展")
    (True, False)
    """
    if not _DEVICE_RE.fullmatch(norm):
        return False
    return bool(_HANDLED_BEFORE_RE.search(before) or _DEVICE_AFTER_RE.match(after))


#: a list or ledger kept, after a modifier of two to four characters
_RECORD_RE = re.compile(r"[\u4e00-\u9fff]{2,4}(?:清单|台账)")
_NUMERAL = re.compile(r"[一二两三四五六七八九十百千万]")


def record_name(norm: str) -> bool:
    """Whether the quote *norm* names an uncounted list or ledger (民情清单, 问题清单, 民情台账): a record, not a formula.

    Parameters
    ----------
    norm : str
        The quoted text, normalised.

    Returns
    -------
    bool
        True for two to four characters before 清单 or 台账 and no numeral (三张清单 counts lists: numbered).

    Examples
    --------
    >>> record_name("民情清单"), record_name("满意清单"), record_name("民情台账")
    (True, True, True)
    >>> record_name("三张清单"), record_name("一户一清单"), record_name("清单制")
    (False, False, False)
    """
    return bool(_RECORD_RE.fullmatch(norm)) and not _NUMERAL.search(norm)
