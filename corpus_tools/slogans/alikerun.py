"""A rejected quote built like a slogan it is printed beside (“五加二”“白加黑”): the run shares the verdict.

Two or more quotations printed side by side (“A”“B”, “A”、“B”, “A”和“B”: :func:`~corpus_tools.slogans.quotes.quote_groups`;
not across a comma, which closes a clause) share their frame, and when they are built alike — of one length, with a character in the same place — they are
one kind of thing: two formulae of one family (“五加二”“白加黑”, “六稳”“六保”, “打伞破网”“打财断血”) or two names or
words of one family (“火塘会”“院坝会”, “村霸”“路霸”). So a quote the rules rejected is taken when a neighbour in its
run built like it was taken.

Evidence (round 37, every open page set, pages21-pages35 and pages26o-pages38o odd): fifteen such runs of two
alike quotes; in fourteen both quotes had one verdict (eight both gold, six both no slogan), in the fifteenth the
rules took 五加二 (numbered) and rejected 白加黑 (a thing's name by its word shape), which the writer lists.
People's Daily 2019-2020 prints “白加黑” six times, each for working day and night.
"""

from __future__ import annotations

from typing import Sequence

from corpus_tools.slogans.core import SloganMention, is_cjk
from corpus_tools.slogans.quotes import Quote

__all__ = ["built_alike", "alike_in_run", "WEAK_EVIDENCE"]

#: a neighbour taken on a weak cue alone (a governing verb or label head around it; the quote model) lends nothing:
#: the run's frame is that cue, and the rejected quote was judged with it already (“文明单位”“文明村镇”创建活动: a
#: title attained, taken once on the cue, should not be taken twice)
WEAK_EVIDENCE = ("role in sentence", "quote model")


#: what may stand between two quotes of one run for them to share a frame: nothing, 、 or a conjunction (a comma
#: closes a clause: 今年是“项目建设年”，“平遥中国年”也如期举行 names two different things)
_JOINERS = ("", "、", "和", "与", "及")


def _joined(text: str, a: Quote, b: Quote) -> bool:
    first, second = (a, b) if a.open < b.open else (b, a)
    return text[first.close + 1:second.open] in _JOINERS


def built_alike(a: str, b: str) -> bool:
    """Whether two quoted phrases are built alike: both two to eight Chinese characters, of one length, different,
    with at least one character in the same place (“六稳”“六保”; “颜值”“价值” too: a run of words no rule takes
    stays out, since only a taken neighbour lends its verdict).

    Parameters
    ----------
    a, b : str
        The two phrases (inside the quotation marks).

    Returns
    -------
    bool
        True when they are built alike.

    Examples
    --------
    >>> built_alike("五加二", "白加黑"), built_alike("六稳", "六保"), built_alike("五加二", "乡村振兴")
    (True, True, False)
    >>> built_alike("党建", "党建")
    False
    """
    a, b = a.strip(), b.strip()
    if a == b or len(a) != len(b) or not 2 <= len(a) <= 8 or not (is_cjk(a) and is_cjk(b)):
        return False
    return any(x == y for x, y in zip(a, b))


def alike_in_run(text: str, groups: dict[int, list[Quote]], quotes: Sequence[Quote],
                 found: Sequence[SloganMention], rejected: Sequence[Quote]) -> list[SloganMention]:
    """The rejected quotes of *text* that stand in a run beside a quote the rules took and are built like it
    (:func:`built_alike`) and was taken on more than a weak cue (:data:`WEAK_EVIDENCE`), as ``quoted`` slogans with evidence ``"alike in a run"`` (a counting formula is
    recognised by its numeral before this is asked; a phrase without one is ``quoted`` by the guide).

    Parameters
    ----------
    text : str
        The text the quotes index.
    groups : dict of int to list of Quote
        Each quote's run (:func:`~corpus_tools.slogans.quotes.quote_groups`).
    quotes : sequence of Quote
        The quotes of *text*, in the order *groups* indexes.
    found : sequence of SloganMention
        The slogans found so far (a quote is taken when one of them spans exactly its inside).
    rejected : sequence of Quote
        The quotes the rules rejected.

    Returns
    -------
    list of SloganMention
        One mention per rejected quote built like a taken neighbour.

    Examples
    --------
    >>> from corpus_tools.slogans.quotes import find_quotes, quote_groups
    >>> t = "干部发扬“五加二”“白加黑”的精神。"
    >>> qs = find_quotes(t)
    >>> taken = [SloganMention("五加二", "numbered", qs[0].start, qs[0].end, True, "", "numbered")]
    >>> [(m.text, m.kind) for m in alike_in_run(t, quote_groups(qs, t), qs, taken, [qs[1]])]
    [('白加黑', 'quoted')]
    """
    taken = {(m.start, m.end) for m in found if m.quoted and m.evidence not in WEAK_EVIDENCE}
    covered = {(m.start, m.end) for m in found}
    refused = {id(q) for q in rejected}
    out = []
    for i, q in enumerate(quotes):
        if id(q) not in refused:
            continue
        inner = text[q.start:q.end]
        body = inner.strip()
        a = q.start + inner.find(body)
        if (a, a + len(body)) in covered:
            continue                 # taken after the rules by another page frame (a transformation pair)
        run = groups.get(i, [q])
        k = next(j for j, o in enumerate(run) if o is q)
        beside = [o for o in run[max(0, k - 1):k + 2] if o is not q and _joined(text, q, o)]
        if any((o.start, o.end) in taken and built_alike(inner, text[o.start:o.end]) for o in beside):
            out.append(SloganMention(body, "quoted", a, a + len(body), True, "", "alike in a run"))
    return out
