"""A numeral before a round number in quotation marks: a formula counting its parts (user32 F4).

“双百”工程 (百名干部帮百村), “双百”方针 (百花齐放、百家争鸣), “双百”目标 and “双百”任务 (People's Daily 2019-2020),
“双千”, “三百”工程: the numeral counts round-numbered parts, like the guide's 百镇千村 and 万企兴万村 whose parts are
spelled out. Two numerals alone otherwise read as a quantity (三百, 两千) or a date (七一): 双 never opens a quantity,
so 双百 / 双千 / 双万 are formulae however printed; 两 … 十 before 百 / 千 / 万 only when a programme head follows the
closing quotation mark (工程, 活动, 方针, 目标 …).
"""

from __future__ import annotations

import re

__all__ = ["round_count_formula", "PROGRAMME_HEADS"]

#: Heads after the closing quotation mark that make a quoted number a programme's name.
PROGRAMME_HEADS = ("工程", "活动", "行动", "计划", "要求", "目标", "方针", "任务", "战略", "创建", "工作", "机制",
                   "模式", "服务", "活动月", "示范")


def round_count_formula(norm: str, after: str) -> bool:
    """Whether the quoted phrase *norm* (normalised) is a numeral and a round number counting a programme's parts.

    Parameters
    ----------
    norm : str
        The quoted phrase, normalised.
    after : str
        The text right after the closing quotation mark.

    Returns
    -------
    bool

    Examples
    --------
    >>> round_count_formula("双百", "工程"), round_count_formula("双千", "。"), round_count_formula("三百", "工程")
    (True, True, True)
    >>> round_count_formula("三百", "元"), round_count_formula("七一", "前夕"), round_count_formula("百万", "工程")
    (False, False, False)
    """
    if not re.fullmatch(r"[双两三四五六七八九十][百千万]", norm):
        return False
    return norm[0] == "双" or after.startswith(PROGRAMME_HEADS)
