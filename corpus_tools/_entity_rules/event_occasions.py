"""Events named by their occasion, their number or a national brand: anniversary rallies, numbered sittings of a
government's standing meeting and 中国·X festivals and fairs (EVENT, GUIDE: named festivals, fairs, meetings and
congresses; ent37a, round 37).

- **An anniversary rally or show**: 庆祝 / 纪念 + what is remembered + N周年 + 大会 / 文艺汇演 / 文艺演出
  (庆祝建党八十周年大会, 纪念秦良玉诞辰440周年文艺演出). The occasion and its number make the meeting one event;
  the head rules see only a bare 大会 or 文艺汇演 after a clause and find nothing, or an ORG or PERSON inside it
  (中国共产党, 秦良玉: the GUIDE keeps only the longest span). The open gold of eight writers (pages26, 27, 30,
  33o, 34o, 36o, 37o, 38o) tags every such rally and show (11 mentions, none left bare); joint rallies with 暨
  (…周年暨表彰大会: 2 tagged, 3 bare) and evening galas (文艺晚会: 2 bare) are left alone. A county name written
  right before it belongs to it (杭锦旗庆祝建党80周年文艺汇演, as the gold has it).
- **A numbered sitting of a government's standing meeting**: 县政府 / 旗政府 / 市人民政府 + 第N次 + 常务会议 or
  全体会议 (县政府第二十三次常务会议). The GUIDE leaves the recurring type (县政府常务会) out; the number names one
  sitting, as 第N次会议 does for a congress's standing committee. Open gold: 3 writers tag it (pages33o, 35,
  35o), one leaves it bare (pages32o).
- **A local festival or fair under the national brand**: 中国· + the place and what it shows + a festival, fair,
  forum or contest head, with an edition or year before it (第四届中国·冠县梨花节, 中国·墨江北回归线国际双胞胎节).
  The middle dot after 中国 marks the brand of one event; the head rules stop at a verb-tagged word inside (观潮|节,
  铸造|锻造) or at the place. Open gold: 16 of 16 such names tagged, by 12 writers (pages21 … 37o).

All are found from the form of the words, with no list of names.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import CN_NUM, Cand, replace_inside

__all__ = ["occasion_events"]

_NUM = rf"(?:[0-9０-９]{{1,4}}|[{CN_NUM}零〇]{{1,6}})"
#: 庆祝/纪念 + the occasion (no punctuation, no 暨: joint rallies stay out) + N周年 + a rally or show head
_ANNIVERSARY_RE = re.compile(rf"(?:庆祝|纪念)[^\s，。、；：！？“”‘’《》（）()·暨]{{2,20}}?{_NUM}周年"
                             r"(?:大会|文艺汇演|文艺演出)(?![堂场室厅])")
#: a government (of a county, banner, city, district, township) + 第N次 + its standing or plenary meeting
_SITTING_RE = re.compile(rf"[县市区旗州盟乡镇](?:人民)?政府第{_NUM}次(?:常务|全体)会议(?![室厅])")
#: an edition or a year, 中国 and its middle dot, the name (no punctuation) and the first festival, fair, forum or
#: contest head (节 not in 季节, 环节, 节能, 节约 …)
_BRANDED_RE = re.compile(rf"(?:第{_NUM}届|首届|(?<![0-9])(?:19|20)[0-9]{{2}}年?)?中国[·•・][^\s，。、；：！？“”‘’《》（）()]{{2,24}}?"
                         r"(?:(?<![季环礼情细章关调])节(?![能约水点目日])|博览会|交易会|展销会|洽谈会|推介会|大会(?!堂)"
                         r"|论坛|峰会|年会|大赛|比赛|展览会|嘉年华|(?:文化|旅游|艺术)周)")
#: labels of a place name that, written right before the event, belongs to it
_PREFIX_LABELS = frozenset(("GPE",))


def _with_place(ents: list[Cand], start: int) -> int:
    """*start*, or the start of a place span ending exactly there (杭锦旗|庆祝…)."""
    for c in ents:
        if c.end == start and c.label in _PREFIX_LABELS and c.end - c.start >= 2:
            return c.start
    return start


def occasion_events(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with anniversary rallies, numbered sittings of a government's standing meeting and 中国·X festivals and
    fairs as EVENT, the spans inside them dropped (module docstring). Quoted names are matched as written; a span crossing the event's bounds
    leaves it out.

    Parameters
    ----------
    ents : list of Cand
        The chosen spans.
    text : str
        The analysed text.

    Returns
    -------
    list of Cand

    Examples
    --------
    >>> t = "镇里举行纪念王二小诞辰90周年文艺演出。县长主持召开县政府第七次常务会议，参加庆祝建校六十周年暨表彰大会"
    >>> ents = [Cand(8, 11, "PERSON"), Cand(27, 30, "ORG")]
    >>> [(t[c.start:c.end], c.label) for c in occasion_events(ents, t)]
    [('纪念王二小诞辰90周年文艺演出', 'EVENT'), ('县政府第七次常务会议', 'EVENT')]
    >>> t = "第三届中国·某某山观花节在镇里开幕"
    >>> [(t[c.start:c.end], c.label) for c in occasion_events([Cand(3, 5, "GPE")], t)]
    [('第三届中国·某某山观花节', 'EVENT')]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if "周年" not in text and "政府第" not in text and "中国" not in text:
        return ents
    for rx in (_ANNIVERSARY_RE, _SITTING_RE, _BRANDED_RE):
        for m in rx.finditer(text):
            new = Cand(_with_place(ents, m.start()), m.end(), "EVENT", prio=2, source="rule")
            ents = replace_inside(ents, new)
    return ents
