"""Campaign months counted by an ordinal and dated historic floods (EVENT, GUIDE: named events; the open gold tags
第29个民族团结教育月 and 海原大地震, pages27o, pages28o, pages26).

- **An ordinal campaign month or week**: 第N个 + a name + 月 or 周 (第29个民族团结教育月, 第35个爱国卫生月, 第20个全国安全生产月):
  the ordinal says the campaign recurs under its name. Days and festivals (第39个教师节) stay out: holidays are no
  EVENT (GUIDE).
- **A dated historic flood or earthquake**: a year and 抗洪抢险 / 抗洪 / 特大洪水 / 大洪水 / X分洪 (1998年抗洪抢险,
  1954年荆江分洪) is the named event of that year, the year kept in its name; a year and X大地震 gives the earthquake's
  name (1920年|海原大地震, as the open gold has it).

Drills are left out: the open gold tags no 应急演练 of any kind (防汛应急演练, 疫情防控应急演练, 森林防火演练 on pages21,
22, 25, 27, 31, untagged), and the GUIDE keeps bare generic nouns out of EVENT.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand, replace_inside

__all__ = ["campaign_events"]

_ORDINAL_MONTH_RE = re.compile(r"第[0-9０-９一二三四五六七八九十百]{1,4}个([\u4e00-\u9fff]{2,10}?(?:月|周))"
                               r"(?=活动|期间|启动|来临|之际|[，。、；：”）\s]|$)")
#: what ends no campaign's name: a span of time (两个月, 三个周末), a clause
_NOT_CAMPAIGN = re.compile(r"[的了是在和与及就都也]|^(?:半|多|整)")
_FLOOD_RE = re.compile(r"(?<![0-9０-９])(?:1[89]|20)[0-9]{2}年(?:抗洪抢险|抗洪(?!抢险)|特大洪水|大洪水|[\u4e00-\u9fff]{2}分洪)"
                       r"(?![工任方预期])")
_QUAKE_RE = re.compile(r"(?<![0-9０-９])(?:1[89]|20)[0-9]{2}年([\u4e00-\u9fff]{2,3}大地震)")


def campaign_events(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with ordinal campaign months and dated historic floods as EVENT (spans inside them dropped).

    Examples
    --------
    >>> t = "开展第35个爱国卫生月活动，回想1998年抗洪抢险和1954年荆江分洪，1920年海原大地震；第39个教师节，第三个月"
    >>> [(t[c.start:c.end], c.label) for c in campaign_events([Cand(29, 31, "LOC")], t)]
    [('第35个爱国卫生月', 'EVENT'), ('1998年抗洪抢险', 'EVENT'), ('1954年荆江分洪', 'EVENT'), ('海原大地震', 'EVENT')]
    """
    new = []
    for m in _ORDINAL_MONTH_RE.finditer(text):
        if not _NOT_CAMPAIGN.search(m.group(1)) and len(m.group(1)) >= 4:
            new.append(Cand(m.start(), m.end(), "EVENT", prio=2, source="rule"))
    new += [Cand(m.start(), m.end(), "EVENT", prio=2, source="rule") for m in _FLOOD_RE.finditer(text)]
    new += [Cand(m.start(1), m.end(1), "EVENT", prio=2, source="rule") for m in _QUAKE_RE.finditer(text)]
    for c in new:
        ents = replace_inside(ents, c)
    return ents
