"""Events the head rules cannot date or number: numbered events, Party plenums, quoted festivals,
sessions of congresses, national-scope events and the event names the news numbers elsewhere.

An ordinal (第三届, 首届) makes an event name specific whatever its head (丰收节, 评选, 论坛), and a
festival in quotes (“橘花节”) is named unless it is a public holiday (GUIDE: holidays are no EVENT).
A session of a people's congress or a CPPCC (十三届全国人大二次会议, 全国政协十三届三次会议,
省十三届人大三次会议) is named by its numbers, 全国两会 by its scope. A national or world scope
(中国, 全国, 世界, 国际) before a festival, expo or games head names one event (中国农民丰收节,
世界园艺博览会), and an event name the 2019–2020 articles write after an ordinal
(``data/entities/event_names.txt``, mined by ``training/ner/build_arbiter_names.py``:
中国国际进口博览会, 进博会, 世界互联网大会) is one when written without it too. Battles (GUIDE: wars) are
named by a place before 战役 or a lake, river or mountain before 战斗 (:func:`battles`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools._entity_rules.admin_levels import GOVERNMENT_VILLAGE_LEVELS, UPPER_LEVELS, UPPER_LEVELS_NO_BANNER
from corpus_tools._entity_rules.lexicon import CN_NUM, Cand, counted_names, longest_first_re, occurrences, sourced_names
from corpus_tools._entity_rules.names import is_word
from corpus_tools._entity_rules.scan import Scanner
from corpus_tools._entity_rules.word_bounds import word_start
from corpus_tools.text import CJK_RE

#: a numbered event: 第三届中国农民丰收节, 首届乡村振兴论坛, 第十二届中国（寿光）国际蔬菜科技博览会; the ordinal
#: makes the name specific, so any head of this closed class of event words ends it (the first one)
_NUMBERED_EVENT_RE = re.compile(
    rf"(?:第[{CN_NUM}0-9]{{1,4}}届|首届)[^，。、；：！？\n“”《》]{{1,24}}?"
    r"(?:(?<![季环礼情细章关调])节(?![能约水点目日])|博览会|交易会|展销会|运动会|大会(?!堂)|会议(?![室厅])|论坛|峰会|年会|大赛|比赛|挑战赛"
    r"|[歌庙灯赛展晚]会|(?:交流|推介|洽谈|招聘|恳谈|研讨|音乐|联欢|品鉴|发布|读书|故事)会|(?:擂台|邀请|公开|对抗|友谊|选拔|接力)赛|[球车舟棋跤箭径]赛"
    r"|马拉松|嘉年华|庆典|盛典|大典|祭典|典礼|那达慕(?:大会)?"  # 第二十四届…祭祖大典, 第九届…那达慕 (pages25, pages27o)
    r"|锦标赛|联赛|评选|展览会|展览|(?<![发进开拓扩施])展(?![示开出现望厅位区馆])|(?:活动|宣传|文化|旅游|服务|体育|科技|艺术|美食|购物|时装|电影|读书|安全)周(?![边年期末]))"
    r"(?![\u4e00-\u9fff]{0,3}(?:委员会|理事会|组委会|常委会|代表团))")
#: the sitting of a numbered congress written after it (第九届人民代表大会|第二次会议, |常务委员会第五次会议)
_CONGRESS_SITTING_RE = re.compile(rf"(?:常务委员会|常委会)?第?[{CN_NUM}]{{1,3}}次(?:全体)?会议")
#: a plenary session of the Party's Central Committee: (党的)十九届四中全会
_PLENUM_RE = re.compile(rf"(?:党的)?[{CN_NUM}]{{1,3}}届[{CN_NUM}]{{1,2}}中全会")


#: a session of a congress: 十三届全国人大二次会议, 全国政协十三届三次会议, 十三届全国人大常委会第十五次会议;
#: a plenary session of a Party committee, enlarged or not, with the committee's full name before it
#: (中共淅川县委十届三次全体（扩大）会议)
_SESSION_RE = re.compile(
    rf"(?:[{UPPER_LEVELS_NO_BANNER}]?第?[{CN_NUM}]{{1,3}}届(?:全国人大|全国政协|人大|政协)|全国人大|全国政协|全国人民代表大会"
    rf"|(?<![\u4e00-\u9fff])(?:人大|政协))(?:常委会)?(?:第?[{CN_NUM}]{{1,3}}届)?第?[{CN_NUM}]{{1,3}}次(?:全体)?会议|全国两会"
    rf"|(?:(?:中共[\u4e00-\u9fff]{{2,6}}?)?(?:自治区党委|[{UPPER_LEVELS}]委))?[{CN_NUM}]{{1,3}}届[{CN_NUM}]{{1,3}}次全(?:体|委)"
    r"(?:（扩大）|\(扩大\))?会议")  # 县委召开|十三届六次全体（扩大）会议: the plenum named without its committee (pages28o);
# 全委 is the committee's plenary written short (旗委十一届四次全委（扩大）会议, 自治区党委七届五次全委会议: pages29)
#: a verb of holding or attending: the scope word is the subject of a clause (全国妇联召开|推进会)
_CLAUSE_VERB_RE = re.compile("召开|参加|举行|举办|出席|主持|参与|组织|主席|委员")
#: a numbered national or provincial meeting: 第四次全国“厕所革命”推进大会, 第二次全省脱贫攻坚现场会
_NTH_MEETING_RE = re.compile(rf"第[{CN_NUM}0-9]{{1,3}}次(?:全国|全省|全区|全市)[^，。、；：！？\n《》（）]{{1,16}}?"
                             r"(?P<head>代表大会|推进大会|推进会|现场会|座谈会|工作会议|大会|会议)(?![室厅堂])")
#: games and fairs written as a three-character abbreviation (亚运会, 冬奥会, 进博会, 广交会, 服贸会), with
#: the city in front when it is written (杭州亚运会); 运会 only after a games prefix (not 命运会)
_GAMES_RE = re.compile(r"(?:[亚奥全青冬军残大农民特世]运会|[冬残特]奥会|[世进园农文花药冬茶]博会|[广高]交会|服贸会|消博会)"
                       r"(?![\u4e00-\u9fff]{0,3}(?:委员会|组委会|代表团|场馆|村))")
#: a national or world scope before a festival, expo or games head: one event (中国农民丰收节); the
#: body holds no other scope, count, particle, preposition or 本届 (中国队在|世界军人运动会)
_SCOPED_EVENT_RE = re.compile(
    rf"(?:中国|全国|世界|国际)(?:(?!中国|全国|世界)[^{CN_NUM}的届在以为是了和与及把被从向对级性最大，。、；：！？“”《》\s\x00-\x7f]){{2,10}}?"
    r"(?:丰收节|博览会|交易会|运动会|艺术节|文化节|旅游节|电影节|锦标赛|技能大赛|互联网大会|表彰大会|推进会|现场会"
    r"|经验交流会|观摩会|电视电话会议)(?![\u4e00-\u9fff]{0,3}(?:委员会|组委会|代表团))")


#: host cities written in front of a games abbreviation (two characters, as the news writes them)
_GAMES_CITIES = frozenset("北京 杭州 广州 上海 天津 南京 成都 西安 武汉 深圳 青岛 三亚 哈尔滨".split())


@lru_cache(maxsize=1)
def _known_events_re() -> "re.Pattern | None":
    return longest_first_re(counted_names("event_names"))


#: word tags (the segmenter's, after ``B-``/``S-`` …) that never stand inside a festival or expo name
_CLAUSE_TAGS = frozenset(("v", "d", "r", "p", "c", "u"))


def clause_inside(words: "list[str] | None", s: int, e: int) -> bool:
    """Whether the segmenter reads a verb, adverb, pronoun, preposition, conjunction or particle
    between ``s`` and ``e`` (全国观众|通过|电视|观看|运动会 is a clause, not an event name)."""
    return words is not None and any(w.partition("-")[2] in _CLAUSE_TAGS for w in words[s:e])


def named_events(text: str, words: "list[str] | None" = None) -> list[Cand]:
    """Sessions of congresses (十三届全国人大二次会议), 全国两会, national or world festivals, expos
    and games (中国农民丰收节), numbered national or provincial meetings (第四次全国“厕所革命”推进大会)
    and event names mined from the 2019–2020 articles (进博会).

    Examples
    --------
    >>> t = "十三届全国人大二次会议和全国两会期间，中国农民丰收节，全国政协十三届三次会议，杭州亚运会"
    >>> [t[c.start:c.end] for c in named_events(t)]
    ['十三届全国人大二次会议', '全国两会', '中国农民丰收节', '全国政协十三届三次会议', '杭州亚运会']
    """
    out = []
    for m in _SESSION_RE.finditer(text):
        out.append(Cand(m.start(), m.end(), "EVENT", prio=2))
    for m in _SCOPED_EVENT_RE.finditer(text):
        if not _CLAUSE_VERB_RE.search(m.group()) and not clause_inside(words, m.start() + 2, m.end()):
            out.append(Cand(m.start(), m.end(), "EVENT", prio=1))
    for m in _NTH_MEETING_RE.finditer(text):
        if not clause_inside(words, m.start() + 4, m.start("head")):
            out.append(Cand(m.start(), m.end(), "EVENT", prio=2))
    for m in _GAMES_RE.finditer(text):
        s = m.start()
        if s >= 2 and text[s - 2:s] in _GAMES_CITIES:
            s -= 2  # 杭州亚运会, 北京冬奥会
        out.append(Cand(s, m.end(), "EVENT", prio=1))
    out += party_congresses(text) + theme_months(text, words)
    for m in _NAADAM_RE.finditer(text):  # 今年的那达慕大会将于…, 那达慕期间: the festival by its own name (那 is
        out.append(Cand(m.start(), m.end(), "EVENT", prio=1, source="regex"))  # no pronoun: not word-aligned)
    rx = _known_events_re()
    if rx is not None:
        for m in rx.finditer(text):
            if not CJK_RE.match(text[m.end():m.end() + 1] or "，") or text[m.end():m.end() + 1] in "上期间前后和与及暨的":
                out.append(Cand(m.start(), m.end(), "EVENT", prio=1))
    seen = set()
    return [c for c in sorted(out, key=lambda c: c.start)
            if (c.start, c.end) not in seen and not seen.add((c.start, c.end))]


#: the Mongolian summer festival, a named event bare too (open gold: EVENT in every mention, pages26, pages27o,
#: pages28, pages29o, pages31o; 那达慕大会 and 那达慕期间), not the grounds named after it (那达慕会场)
_NAADAM_RE = re.compile(r"那达慕(?:大会)?(?![会广场园路街馆])")
#: a national congress of the Party by its number (十七大, 二十大; GUIDE: 党的二十大), bare where the news
#: writes its spirit, report, delegates or its holding right after it (学习十七大精神, 十九大报告, 十八大以来);
#: 十大 (ten big …) is no congress, and a number before it (三十七大) makes it a count
_CONGRESS_RE = re.compile(r"(?<![一二三四五六七八九十百零〇两第0-9０-９])(?:党的)?(?:十[一二三四五六七八九]|二十)大"
                          r"(?=精神|报告|代表|召开|胜利|以来|闭幕|开幕|提出|期间|前夕|确定|作出|部署|强调|明确|擘画|上[，。、]"
                          r"|[，。、；”）和！　\s]|$)")  # 喜迎十八大　争创新业绩, 讲好二十大: a headline's or a slogan's end


def party_congresses(text: str) -> list[Cand]:
    """The Party's national congresses by number (EVENT), with 党的 where it is written, bare where the
    news writes the congress's spirit, report or holding right after it.

    Examples
    --------
    >>> t = "学习贯彻党的十七大精神，把思想统一到十七大精神上来；评出十大新闻"
    >>> [t[c.start:c.end] for c in party_congresses(t)]
    ['党的十七大', '十七大']
    """
    return [Cand(m.start(), m.end(), "EVENT", prio=2) for m in _CONGRESS_RE.finditer(text)]


#: a named month of a campaign (民族团结教育月, 安全生产宣传月): the month word, then 活动 or the end of the phrase
_MONTH_RE = re.compile(r"(?:教育|宣传|服务)月(?=活动|期间|启动|[，。、；：”）\n]|$)")
#: word tags a campaign's name is made of (nouns, verbal nouns, names, abbreviations, attributes)
_MONTH_BODY_TAGS = frozenset(("n", "vn", "nz", "j", "ns", "nt", "a", "an", "b", "l", "i"))
#: scopes before the month that are not part of its name (全疆|民族团结教育月)
_MONTH_SCOPES = ("全疆", "全区", "全州", "全县", "全旗", "全市", "全省", "全乡", "全镇")


def theme_months(text: str, words: "list[str] | None") -> list[Cand]:
    """A campaign month named by what it is about (EVENT: 民族团结教育月): a run of noun-like words of at
    least four characters before 教育月, 宣传月 or 服务月 (the segmenter's tags say the words; a scope such as
    全县 stays out); without the segmenter's words nothing is found.

    Examples
    --------
    >>> t = "五月是民族团结教育月，开展教育月活动"
    >>> w = ["B-t", "E-t", "S-v", "B-n", "E-n", "B-a", "E-a", "B-vn", "E-vn", "S-n", "S-w", "B-v", "E-v", "B-vn", "E-vn",
    ...      "S-n", "B-vn", "E-vn"]
    >>> [t[c.start:c.end] for c in theme_months(t, w)]
    ['民族团结教育月']
    """
    if words is None or len(words) != len(text):
        return []
    out = []
    for m in _MONTH_RE.finditer(text):
        s = m.start()
        k = s
        while k > 0 and s - k < 10:
            j = word_start(words, k - 1)
            if words[j].partition("-")[2] not in _MONTH_BODY_TAGS or text[j:k] in _MONTH_SCOPES:
                break
            k = j
        if text.startswith(_MONTH_SCOPES, k):
            k += 2
        if s - k >= 4:
            out.append(Cand(k, m.end(), "EVENT", prio=1, source="regex"))
    return out


_QUOTED_FESTIVAL_RE = re.compile(r"“([\u4e00-\u9fff]{2,8}节)”")
#: public and traditional holidays: no EVENT (GUIDE), quoted or not
HOLIDAYS = frozenset("""
春节 元旦 元宵节 清明节 端午节 中秋节 重阳节 国庆节 劳动节 五一劳动节 儿童节 六一儿童节 妇女节 三八妇女节 教师节 七夕节 腊八节
植树节 青年节 五四青年节 建军节 护士节 记者节 父亲节 母亲节 情人节 圣诞节 小年 除夕 寒食节 中元节 下元节 冬至节 开斋节 古尔邦节
""".split())


def numbered_events(text: str, sc: Scanner) -> list[Cand]:
    """Events named with an ordinal (第三届中国农民丰收节, 首届乡村振兴论坛), Party plenums
    (十九届四中全会) and quoted festivals that are no holiday (“橘花节”). A place right before the
    ordinal belongs to the name (湖溪镇首届农民运动会).

    Examples
    --------
    >>> t = "举办第三届中国农民丰收节，市第二届乡村体育节和十九届四中全会，首届乡村振兴发展论坛，“橘花节”“春节”"
    >>> [t[c.start:c.end] for c in numbered_events(t, Scanner(t))]
    ['第三届中国农民丰收节', '市第二届乡村体育节', '首届乡村振兴发展论坛', '十九届四中全会', '橘花节']
    """
    place_at_end = {end: start for start, (end, _) in sc.place_ends.items()}
    out = []
    for m in _NUMBERED_EVENT_RE.finditer(text):
        s = place_at_end.get(m.start(), m.start())
        if s == m.start() and m.start() > 0 and text[m.start() - 1] in GOVERNMENT_VILLAGE_LEVELS \
                and not CJK_RE.match(text[m.start() - 2:m.start() - 1] or "，"):
            s -= 1  # ，市第二届乡村体育节 (GUIDE keeps the prefix; not 卢沟桥|乡 of an unknown township)
        e = m.end()
        if m.group().endswith("代表大会"):
            tail = _CONGRESS_SITTING_RE.match(text, e)
            e = tail.end() if tail else e  # 河曲县第九届人民代表大会|第二次会议: the sitting of the numbered congress
        out.append(Cand(s, e, "EVENT", prio=1))
    for m in _PLENUM_RE.finditer(text):
        out.append(Cand(m.start(), m.end(), "EVENT", prio=2))
    for m in _QUOTED_FESTIVAL_RE.finditer(text):  # “橘花节”“葡萄节”: a quoted festival, not a holiday
        if m.group(1) not in HOLIDAYS and not m.group(1).endswith(("环节", "季节", "细节", "礼节", "章节", "关节", "调节", "过节")) \
                and not any(m.group(1).endswith(h) for h in HOLIDAYS):  # 文化过节, 欢度春节
            out.append(Cand(m.start(1), m.end(1), "EVENT", prio=1))
    return out


#: figurative campaigns written with 战役 (脱贫攻坚战役, 这场战役): no battle
_NOT_BATTLE = ("攻坚", "阻击", "防控", "保卫", "歼灭", "总体", "这场", "一场", "整个", "关键", "收官", "决胜", "决战", "硬仗",
               "战疫", "抗疫", "疫情", "每场", "此次", "这次")


def battles(text: str, sc: Scanner) -> list[Cand]:
    """Battles (EVENT, GUIDE: wars; dev9: 淮海战役, 渡江战役, 长津湖战斗): a name of two or three
    characters before 战役, or a lake, river or mountain before 战斗 (not 战斗堡垒, 战斗力)."""
    out = []
    for m in re.finditer(r"战役|(?<=[湖河江山岭岛])战斗(?![堡力员在])", text):
        h0 = m.start()
        s = sc.left(h0, max_len=3)
        if h0 - s == 3 and text[s] in "过了在的和与是为到从参":
            s += 1  # 参加过|淮海战役: a particle or preposition opens no name
        body = text[s:h0]
        if len(body) < 2 or body.endswith(_NOT_BATTLE) or any(ch in body for ch in "“”的了场次个"):
            continue
        if sc.words is not None and len(sc.words) == len(text) and sc.words[s][:1] not in ("B", "S"):
            continue  # the name starts inside a word
        out.append(Cand(s, m.end(), "EVENT", prio=1))
    return out + placed_battles(text, sc)


#: a battle or an earthquake named after the place where it happened; 蓝天保卫战, 脱贫攻坚之战 name no place
_PLACED_BATTLE_RE = re.compile(r"保卫战|之战|特大地震|大地震")


def orgs_inside_sessions(cands: list[Cand], text: str) -> list[Cand]:
    """*cands* without the ORG candidates that start inside a session of a congress or a plenum (an EVENT of
    :data:`_SESSION_RE`) and run past its end: 十二届|全国人大二次会议安徽代表团 is the session and the delegation of a
    province (pages29o gold: EVENT + GPE 安徽), not one organisation cut at 届.

    >>> t = "参加十二届全国人大二次会议安徽代表团审议"
    >>> out = orgs_inside_sessions([Cand(2, 13, "EVENT", prio=2), Cand(4, 18, "ORG")], t)
    >>> [(t[c.start:c.end], c.label) for c in out]
    [('十二届全国人大二次会议', 'EVENT')]
    """
    sessions = [(m.start(), m.end()) for m in _SESSION_RE.finditer(text)]
    if not sessions:
        return cands
    return [c for c in cands if not (c.label == "ORG" and any(a < c.start < b < c.end for a, b in sessions))]


def placed_battles(text: str, sc: Scanner) -> list[Cand]:
    """A battle or an earthquake named after its place is one EVENT (GUIDE: wars are EVENT; pages26 渊子崖保卫战 and
    海原大地震, pages27o 长乐之战, pages28o 汶川特大地震): a place the rules found (a village, township, county or
    mountain, ``sc.place_ends``) right before 保卫战, 之战, 大地震 or 特大地震. Without a place the word is a figure
    (打赢蓝天保卫战, 脱贫攻坚之战) and stays out.

    Examples
    --------
    >>> t = "当年的渊子崖保卫战和蓝天保卫战"
    >>> sc = Scanner(t); sc.place_ends = {3: (6, "VILLAGE")}
    >>> [t[c.start:c.end] for c in placed_battles(t, sc)]
    ['渊子崖保卫战']
    """
    ends = {e: s for s, (e, label) in sc.place_ends.items() if label in ("VILLAGE", "TOWNSHIP", "GPE", "LOC")}
    out = []
    for m in _PLACED_BATTLE_RE.finditer(text):
        s = ends.get(m.start())
        if s is not None and m.start() - s >= 2:
            out.append(Cand(s, m.end(), "EVENT", prio=2))
    return out


@lru_cache(maxsize=1)
def historic_event_names() -> tuple[str, ...]:
    """Wars, campaigns, uprisings and incidents of modern Chinese history that the news names as such
    (GUIDE: wars are EVENT): ``data/entities/historic_events.txt``, one name a line with its source
    (blind9-11 gold 抗战, 百团大战, 两万五千里长征, 文革; the war regex :func:`heads.find_events` held
    before; general knowledge). Read on first use and cached (no work at import). Bare 长征 is left
    out: the news mostly writes it as a figure (新的长征路) or a rocket (长征五号)."""
    return sourced_names("historic_events")


@lru_cache(maxsize=1)
def _historic_re() -> "re.Pattern | None":
    return longest_first_re(historic_event_names())


def historic_events(text: str) -> list[Cand]:
    """Named wars, campaigns and incidents of modern history (:func:`historic_event_names`), as EVENT.
    文革 must start a word (朱文革 is a name), and no name's first character may end a word (对抗|战).

    Examples
    --------
    >>> t = "抗战时期参加百团大战，走完两万五千里长征，朱文革说，对抗战"
    >>> [t[c.start:c.end] for c in historic_events(t)]
    ['抗战', '百团大战', '两万五千里长征']
    """
    out = []
    rx = _historic_re()
    for m in (rx.finditer(text) if rx is not None else ()):
        s = m.start()
        if m.group() == "文革" and s > 0 and CJK_RE.match(text[s - 1]) and text[s - 1] not in "的在是和与后前":
            continue
        if s > 0 and is_word(text[s - 1:s + 1]):
            continue  # 对抗|战: the first character ends a word
        out.append(Cand(s, m.end(), "EVENT", prio=2))
    return out


#: an ordinal or year that opens an event's full name (第十届, 首届, 2019, 2019年)
_OPENING_RE = re.compile(rf"^(?:第[{CN_NUM}0-9]{{1,4}}[届次]|首届|(?:19|20)[0-9]{{2}}年?)")
#: what may stand between the parts of an event's name: 中国·抚远, 中国（寿光）
_NAME_SEPS = "·•（）()"
#: words that open a kind of event, not one event's own name, once the places are gone (国际旅游节,
#: 乡村文化旅游节, 国际半程马拉松, 非物质文化遗产博览会)
_PLAIN_STARTS = ("国际", "全国", "世界", "乡村", "农民", "文化", "旅游", "民俗", "群众", "全民", "国家", "青少年", "少儿",
                 "非物质", "非遗", "半程", "全程", "职工", "农业", "美食", "特色", "高峰", "主题")
#: labels of the places an event's short form may hold (靖宇矿泉水节 after 第三届中国·靖宇矿泉水节)
_PLACE_LABELS = frozenset(("GPE", "TOWNSHIP", "VILLAGE", "LOC"))
#: the shortest form of an event written again without its ordinal and place (大马哈鱼节, 仓颉文化节)
_MIN_SHORT = 4


def _short_forms(name: str) -> list[str]:
    """The forms of an event's full name without its ordinal and without the places (or 中国) in
    front: 第十届中国·抚远大马哈鱼节 -> 中国·抚远大马哈鱼节, 抚远大马哈鱼节, 大马哈鱼节."""
    from corpus_tools import gazetteer as gz

    m = _OPENING_RE.match(name)
    rest = name[m.end():] if m else name
    forms = [rest] if m else []
    k = 0
    while k < len(rest) - _MIN_SHORT:
        while k < len(rest) and rest[k] in _NAME_SEPS:
            k += 1
        step = next((L for L in (5, 4, 3, 2) if rest[k:k + L] == "中国" or rest[k:k + L] in gz.upper_names()), 0)
        if not step:
            break
        k += step
        while k < len(rest) and rest[k] in _NAME_SEPS:
            k += 1
        forms.append(rest[k:])
    return [f for f in forms if len(f) >= _MIN_SHORT and f != name and f[:1] not in _NAME_SEPS
            and f.count("（") == f.count("）") and f.count("(") == f.count(")") and not f.startswith(_PLAIN_STARTS)]


def numbered_event_forms(name: str) -> list[str]:
    """The shorter forms of an event's full name that opens with an ordinal or a year (第三届中国·靖宇矿泉水节
    -> 中国·靖宇矿泉水节, 靖宇矿泉水节, 矿泉水节), longest first; none for another name."""
    if not _OPENING_RE.match(name):
        return []
    return sorted(set(_short_forms(name)), key=len, reverse=True)


def event_short_forms(ents: list[Cand], text: str) -> list[Cand]:
    """An event the text names in full with an ordinal (第十届中国·抚远大马哈鱼节) is the same event where
    the text writes it without the ordinal or its places (the title's 大马哈鱼节, 抚远大马哈鱼节): each
    such form of at least four characters is an EVENT wherever no other entity covers it, and a longer
    EVENT that only ends in it (东极之城过起|大马哈鱼节) is cut to it. Runs on the resolved entities.

    Examples
    --------
    >>> t = "东极之城过起大马哈鱼节。第十届中国·抚远大马哈鱼节开幕"
    >>> ents = [Cand(0, 11, "EVENT"), Cand(12, 25, "EVENT")]
    >>> [t[c.start:c.end] for c in event_short_forms(ents, t)]
    ['大马哈鱼节', '第十届中国·抚远大马哈鱼节']
    """
    full = {text[c.start:c.end] for c in ents if c.label == "EVENT" and _OPENING_RE.match(text[c.start:c.end])}
    forms = sorted({f for name in full for f in _short_forms(name)}, key=len, reverse=True)
    if not forms:
        return ents
    taken = [False] * len(text)
    for c in ents:
        for i in range(c.start, c.end):
            taken[i] = True
    out = []
    for c in ents:
        name = text[c.start:c.end]
        cut = c.label == "EVENT" and name not in full and not _OPENING_RE.match(name) \
            and next((f for f in forms if name.endswith(f) and len(name) > len(f)), None)
        if cut:
            s = c.end - len(cut)
            for i in range(c.start, s):
                taken[i] = False
            out.append(Cand(s, c.end, "EVENT", prio=c.prio, source="document"))
        else:
            out.append(c)
    for f in forms:
        for s, e in occurrences(text, f):
            inner = [c for c in out if c.start < e and s < c.end]
            if any(taken[s:e]) and not (inner and all(
                    s <= c.start and c.end <= e and c.label in _PLACE_LABELS for c in inner)):
                continue  # a place inside the form (靖宇|矿泉水节) is part of the event's name (GUIDE: flat, maximal)
            out = [c for c in out if c not in inner]
            out.append(Cand(s, e, "EVENT", prio=0, source="document"))
            for i in range(s, e):
                taken[i] = True
    return sorted(out, key=lambda c: c.start)


#: a year written in digits in front of an event's name (2024紫金温泉美食节, 2019年…): no part of the name
_LEADING_YEAR_RE = re.compile(r"(?:19|20)[0-9]{2}年?(?:度)?(?=[\u4e00-\u9fff“])")


def undated_events(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with each EVENT that opens with a year in digits (2024紫金温泉美食节) started after the year:
    no event of the open gold opens with one (the GUIDE drops leading years from PROJECT spans alike);
    a name that is then shorter than three characters is left as it was.

    Examples
    --------
    >>> t = "举办2024紫金温泉美食节"
    >>> [t[c.start:c.end] for c in undated_events([Cand(2, 13, "EVENT")], t)]
    ['紫金温泉美食节']
    """
    out = []
    for c in ents:
        if c.label == "EVENT":
            m = _LEADING_YEAR_RE.match(text, c.start, c.end)
            if m is not None and c.end - m.end() >= 3:
                c = Cand(m.end(), c.end, "EVENT", prio=c.prio, code=c.code, source=c.source)
        out.append(c)
    return out
