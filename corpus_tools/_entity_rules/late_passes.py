"""The last passes of :func:`corpus_tools.entities.find_entities`, after :func:`unit_passes`: names in notices and
joined names, facilities on a stem, registered firms keeping their place, bodies opening at their level, persons in
office slots, meeting bodies, waters named by their cues, environmental bodies and plants, river chiefs, works led by a
verb and winds. One place for their order, so the entry point stays a reader's outline.
"""

from __future__ import annotations

from collections.abc import Collection

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.clause_works import clause_works
from corpus_tools._entity_rules.compass_winds import compass_winds
from corpus_tools._entity_rules.env_bodies import env_bodies
from corpus_tools._entity_rules.event_campaigns import campaign_events
from corpus_tools._entity_rules.event_occasions import occasion_events
from corpus_tools._entity_rules.fac_stems import stem_facilities
from corpus_tools._entity_rules.joined_names import joined_names
from corpus_tools._entity_rules.level_institutions import level_institutions
from corpus_tools._entity_rules.meeting_bodies import meeting_bodies
from corpus_tools._entity_rules.notice_names import notice_names
from corpus_tools._entity_rules.org_emergency import emergency_bodies
from corpus_tools._entity_rules.org_level_starts import level_starts
from corpus_tools._entity_rules.org_place_firms import place_firms
from corpus_tools._entity_rules.person_chiefs import chief_names
from corpus_tools._entity_rules.person_office_slots import office_slot_persons
from corpus_tools._entity_rules.place_headed import place_headed
from corpus_tools._entity_rules.plain_works import plain_works
from corpus_tools._entity_rules.township_routes import township_routes
from corpus_tools._entity_rules.township_stem_lists import listed_township_stems
from corpus_tools._entity_rules.verb_led_works import kind_bodied_projects, verb_led_works
from corpus_tools._entity_rules.verb_openings import verb_openings
from corpus_tools._entity_rules.water_cues import cued_waters


def late_passes(ents: list[Cand], text: str, county_code: str | None, feats: list[str] | None,
                keep: Collection[str] | None) -> list[Cand]:
    """Run the late passes over the chosen spans ``ents`` of ``text``, in order.

    Parameters
    ----------
    ents : list of Cand
        The spans after :func:`corpus_tools._entity_rules.unit_passes.unit_passes`.
    text : str
        The analysed text.
    county_code : str or None
        The page's county (6 digits), when known.
    feats : list of str or None
        The segmenter's per-character features, when the model ran.
    keep : collection of str or None
        The labels asked for (None: all).

    Returns
    -------
    list of Cand
    """
    ents = joined_names(notice_names(ents, text), text)  # 本招标项目X, 施工单位X; 县海洋与渔业局, 黄岐半岛
    ents = stem_facilities(ents, text, county_code)  # 依陇|藏药材种植基地, 宝山乡|果乐花椒产业示范基地
    ents = place_firms(ents, text, feats, county_code)  # 西吉县|火家集…合作社; 朱口镇烤烟专业合作社 but 塔集镇|鑫源电镀厂
    ents = township_routes(ents, text)  # 两河镇至望关镇农村公路: the two townships, no facility
    ents = level_institutions(ents, text)  # 县图书馆, 万年县博物馆: a level's library or museum is a body
    ents = level_starts(ents, text)  # 报告|县防汛抗旱指挥部办公室: a body opening with its level starts there
    if keep is None or "PERSON" in keep:  # 上官|红梅, 任命亓东为, 乡长高山陪同, 县领导A、B、C出席 (user34)
        ents = office_slot_persons(ents, text)
    ents = meeting_bodies(ents, text)  # 政协|拜泉县第五届…会议, 克东县|考察团, 县会议中心 FAC (user34)
    ents = cued_waters(ents, text, feats)  # 排入|夹沟河, 沿|三河, 高邮湖、|金宝航道, 淮河入江水道 (user35)
    ents = env_bodies(ents, text, county_code)  # 淮安市金湖生态环境局, 督察组, 污水处理厂 (user35)
    if keep is None or "PERSON" in keep:
        ents = chief_names(ents, text, feats)  # 镇级河|长|杭|建军: a river chief's name (user35)
    ents = kind_bodied_projects(verb_led_works(ents, text, feats), text)  # 搞|形象工程, 走|几步路; 自来水工程
    ents = plain_works(ents, text, feats)  # 实际行动, 老人行动不便, 小西门社区试点, 六里山路: phrases, no names
    ents = clause_works(ents, text, feats)  # 副县长X就试点, 每新上一个项目, 领导集中收看大会: clauses (ent37a)
    ents = verb_openings(ents, text, feats)  # 修通|马陵山旅游路, 推介|神龙谷, 办起|文化礼堂: the clause verb (ent37a)
    ents = compass_winds(ents, text)  # 东北风3—4级: a wind, no LOC 东北
    ents = campaign_events(emergency_bodies(ents, text), text)  # 县政府|应急办, 县甲型H1N1…领导小组; 第35个爱国卫生月 (mend36b)
    ents = listed_township_stems(ents, text, county_code)  # 在中云、阜安两处: the county's townships listed bare (ent37b)
    ents = occasion_events(ents, text)  # 庆祝建党八十周年大会, 县政府第二十三次常务会议 (ent37a)
    return place_headed(ents, text, feats)  # 龙游石窟, 衢江绿道, 龙游新闻网; 姜席堰 no PERSON (mend37d)
