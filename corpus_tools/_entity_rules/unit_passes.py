"""The passes :func:`corpus_tools.entities.find_entities` runs once the spans are chosen (after the model and the
ORG arbiter): village teams and bodies, organisations' sub-units and level units, listed villages, interview
speakers and brief credits, plants and zones, townships before projects, places inside formulae, venues and
units; then the mends of natural villages and product nouns, local scopes off event names, persons after
posts, county facilities and markets, and names run on from a place's. One place for their order, so the entry
point stays a reader's outline.
"""

from __future__ import annotations

from collections.abc import Collection

from corpus_tools._entity_rules.community_lists import listed_communities, trimmed_communities
from corpus_tools._entity_rules.event_expos import expo_short_forms
from corpus_tools._entity_rules.event_plenaries import plenary_sessions
from corpus_tools._entity_rules.event_scopes import without_local_scope
from corpus_tools._entity_rules.fac_counties import county_facilities
from corpus_tools._entity_rules.fac_kinds import station_facilities
from corpus_tools._entity_rules.fac_markets import place_markets
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.mountain_cues import cued_mountains
from corpus_tools._entity_rules.org_clause_splits import split_org_clauses
from corpus_tools._entity_rules.org_determiners import determined_kinds
from corpus_tools._entity_rules.org_level_bodies import level_bodies
from corpus_tools._entity_rules.org_level_units import level_units
from corpus_tools._entity_rules.org_tails import org_tails
from corpus_tools._entity_rules.org_village_coops import village_teams
from corpus_tools._entity_rules.person_brief_credits import brief_credits
from corpus_tools._entity_rules.person_full_mentions import full_name_mentions
from corpus_tools._entity_rules.person_interviews import interview_speakers
from corpus_tools._entity_rules.phrase_guards import phrase_guards
from corpus_tools._entity_rules.status_names import status_names
from corpus_tools._entity_rules.township_bodies import township_bodies
from corpus_tools._entity_rules.place_landforms import placed_landforms
from corpus_tools._entity_rules.place_mends import mend_places
from corpus_tools._entity_rules.place_waters import listed_waters
from corpus_tools._entity_rules.post_names import post_persons
from corpus_tools._entity_rules.project_ranks import ranked_projects
from corpus_tools._entity_rules.project_townships import split_townships
from corpus_tools._entity_rules.run_on_names import run_on_persons
from corpus_tools._entity_rules.venue_units import venue_units
from corpus_tools._entity_rules.village_forms import numbered_villages, village_bodies
from corpus_tools._entity_rules.village_lists import bare_gachas, doubled_cun, gacha_villages, listed_villages

__all__ = ["unit_passes"]


def unit_passes(ents: list[Cand], text: str, county_code: "str | None", words: "list[str] | None",
                keep: "Collection[str] | None" = None) -> list[Cand]:
    """*ents* after the unit passes, in order (each a module of its own; see their docstrings).

    Parameters
    ----------
    ents : list of Cand
        The chosen spans of *text*.
    text : str
        The text.
    county_code : str or None
        The text's county (links and owners).
    words : list of str or None
        The segmenter's words of *text*.
    keep : collection of str, optional
        The labels asked for; the township split of projects runs only for PROJECT or TOWNSHIP.

    Returns
    -------
    list of Cand
    """
    ents = village_teams(ents, text)  # 培秀村|芦笙队: the village, with or without the model
    ents = numbered_villages(village_bodies(ents, text, words), text)  # 凤凰村村委, 红旗村|村两委, 阿克亚|2村
    ents = split_org_clauses(ents, text)  # 县委宣传部|要组织宣讲团: the body, not the clause it heads (orgper33)
    ents = level_units(org_tails(ents, text), text)  # X市委|第二督导组, 县中医院|医疗队; 旗草原监理所
    ents = township_bodies(level_bodies(ents, text, words), text)  # 县农委, 镇林业站, 盟行署; 武峁子乡|农经站
    ents = determined_kinds(ents, text)  # 很多快递公司: a kind of body
    ents = listed_villages(ents, text)  # 萨如拉、哈夏图3个嘎查
    ents = trimmed_communities(listed_communities(ents, text), text)  # 铁西、铁东两个社区; 家住|凤凰社区 (gpeper34)
    ents = doubled_cun(bare_gachas(gacha_villages(ents, text), text), text)  # 额尔登嘎查 … 额尔登; 中村|村
    ents = brief_credits(interview_speakers(ents, text), text)  # 记者：… 降央：…; …1600吨。（付晓丽）
    ents = full_name_mentions(ents, text)  # 牧民那顺乌力吉 … 那顺乌力吉算了: the name read in full once
    ents = station_facilities(ents, text)  # 万安水电站, 宝坻经济开发区: plants and zones, FAC (facproj28)
    if keep is None or {"PROJECT", "TOWNSHIP"} & set(keep):
        ents = split_townships(ents, text, county_code, words)  # 谭棚镇|恒达…项目: the township an entity of its own
    ents = venue_units(phrase_guards(ents, text, words), text, county_code, words)  # 社会主义新农村, 市行政中心 (user29)
    ents = status_names(ents, text)  # 结成“友好村”, 评为“文明村”: a status, no village (user35b F8)
    ents = mend_places(ents, text, county_code, words)  # 黄洛瑶寨, 罗汉果, 原上岭村, 旅游兴县 (user31b)
    ents = post_persons(without_local_scope(text, ents), text)  # 全区|经济工作会议; 区委书记韩国出席 (user30b)
    ents = expo_short_forms(ents, text)  # 第十届苹博会, 进博会: an expo's short form, EVENT (facloc33)
    ents = plenary_sessions(ents, text)  # 县委全委（扩大）会议: a plenary without its session numbers (user36b)
    ents = ranked_projects(ents, text)  # 作为|头号民生工程, 试点|县: a rank or a pilot's title, no project (facloc33)
    ents = cued_mountains(placed_landforms(ents, text, words), text)  # 天姥|山; 白于山北麓, 在白于山下: LOC
    ents = listed_waters(ents, text, words)  # 嘉陵江、涪江|、渠江; 清江 … 清江两岸: waters of the document (evfac34)
    ents = place_markets(county_facilities(ents, text), text, words)  # 会同县|魔芋产业园, 尚村|皮毛市场: one FAC
    return run_on_persons(ents, text)  # 市委书记黄海|涛出席: the name runs on from a sea's (user31)
