"""The whole last item of an even series that a sentence end closes.

The even-window series finder cuts every item to the first item's length, so that a last item which runs on
into the clause (统一供种、统一技术、统一销售的模式) loses what is not part of it. When the last item ends the
sentence itself (县粮食局要求各粮站做到“五不准”，不准压级压价、不准拒收限收、不准代扣各种费用。) nothing runs on:
the characters cut off are the item's own (代扣各种|费用), and the series printed on the page is the whole run.
Only items that open with one repeated word (不准X、不准Y、不准Z) are taken whole: after that word an item's length is
free, while in even items of another shape the word after the last one is the clause's (向绿色化、标准化、品牌化|转变).
"""

from __future__ import annotations

import re
from dataclasses import replace

from corpus_tools.slogans.core import SloganMention

#: what closes a sentence or a clause of its own (a comma may go on with the item's object or a predicate)
_SENTENCE_END = "。；;！!？?"
#: at most this many characters past the even cut are taken back (a longer tail is a clause of its own)
MAX_TAIL = 3
# a tail naming what the series is (…、统一销售工作。 …保稳定目标。): the series' frame, not the item's
_FRAME_TAIL_RE = re.compile(r"(?:工作|目标|要求|原则|任务|方针|模式|机制|举措|措施|格局|理念|思路|标准)$")


def whole_last_item(text: str, mention: SloganMention, item_end: int) -> SloganMention:
    """*mention*, a series cut inside its last item, up to the item's end when that item closes the sentence.

    Parameters
    ----------
    text : str
        The text the series is in.
    mention : SloganMention
        The series after the even cut (``mention.end <= item_end``).
    item_end : int
        The end of the last item as separated by punctuation.

    Returns
    -------
    SloganMention
        The mention up to *item_end* when its items (three or more, joined by 、) open with the same two
        characters, the cut-off tail is at most :data:`MAX_TAIL` Chinese characters, holds no
        的 or 等, does not end in a frame word (工作, 目标 …) and a sentence end follows it; *mention* otherwise.

    Examples
    --------
    >>> t = "要求做到不准压级压价、不准拒收限收、不准代扣各种费用。"
    >>> m = SloganMention(t[4:t.index("费")], "parallel", 4, t.index("费"), False, "", "repeated word")
    >>> whole_last_item(t, m, t.index("。")).text
    '不准压级压价、不准拒收限收、不准代扣各种费用'
    >>> t = "坚持抓党建、促发展、保稳定工作。"
    >>> m = SloganMention(t[2:t.index("工")], "parallel", 2, t.index("工"), False, "", "series in frame")
    >>> whole_last_item(t, m, t.index("。")).text
    '抓党建、促发展、保稳定'
    """
    items = mention.text.split("、")
    if len(items) < 3 or len({it[:2] for it in items}) != 1:
        return mention               # only items opening with one word (不准X、不准Y): after it an item's length is free
    end = mention.end
    tail = text[end:item_end]
    if not tail or len(tail) > MAX_TAIL or item_end >= len(text) or text[item_end] not in _SENTENCE_END:
        return mention
    if not re.fullmatch(r"[\u4e00-\u9fff]+", tail) or "的" in tail or "等" in tail \
            or _FRAME_TAIL_RE.search(text[end - 2:item_end]):
        return mention
    return replace(mention, text=text[mention.start:item_end], end=item_end)
