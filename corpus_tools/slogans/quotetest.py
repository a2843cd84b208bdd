"""The guide's tests on one quoted span: is it a slogan, and of which kind (numbered, parallel, quoted).

:func:`classify_quote` is the quoted half of the marked-slogan detector (:mod:`~corpus_tools.slogans.detect`);
:class:`Ctx` carries what the tests read besides the text (lexicon, places, the decision option, training hooks).
Counting formulae are recognised by :mod:`~corpus_tools.slogans.numbered`, a single quoted phrase by
:mod:`~corpus_tools.slogans.singles`; the rules are described in ``docs/slogans.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Sequence

from corpus_tools.slogans import (callframes, coined, decision, formshapes, nameframes, objectuse, quoteframes,
                                  quoteshare, speech, themes)
from corpus_tools.slogans.criticised import criticised_quote
from corpus_tools.slogans.roundcount import round_count_formula
from corpus_tools.slogans.core import SloganMention, is_cjk, slogan_key
from corpus_tools.slogans.dotmarks import dot_motto
from corpus_tools.slogans.formulae import YEAR_TOLERANCE
from corpus_tools.slogans.idiomframe import idiom_put_in_practice
from corpus_tools.slogans.lexicon import Lexicon
from corpus_tools.slogans.methodpair import method_pair
from corpus_tools.slogans.numbered import (CN_DIGITS, chain_end, counted_ratio, counted_tail, counted_venue,
                                            numbered_actors, numbered_item, numeric_code, venue_head)
from corpus_tools.slogans.placenames import (is_place, opens_with_nature_name, opens_with_numeral_stem, opens_with_village,
                                             village_stem_on_page)
from corpus_tools.slogans.quotes import ITEM_SEP_RE, Quote, split_items
from corpus_tools.slogans.series import compact_parallel
from corpus_tools.slogans.singles import (LABEL_HEADS, VENUE_AFTER, decide, decide_dotted, given_title, is_name,
                                          judge, labels_quote, person_head)
from corpus_tools.text import CJK_RE, normalize_text, strip_spaces

__all__ = ["Ctx", "classify_quote"]

_SENT_END = "。！？!?；;…"

# 可谓/堪称/正所谓 apply a saying or a figure to what was just told (可谓“处处皆风景、徐徐入眼来”, 堪称“航天速度”):
# all 23 such quotes in People's Daily 2019-2020 describe, none is a formula (slogan20 round).
_SAYING_BEFORE_RE = re.compile(r"(?:(?:顺口溜|俗话|俗语|民谣|歌谣|谚语|老话|歇后语)[说讲道是]?[：:，,]?"
                               r"|(?:可谓|堪称|正所谓|称得上是?)[：:，,]?)\s*$")
_NARRATIVE_RE = re.compile(r"[哩呢吧啊呀嘛啦哇]|却|就被|竟")
_YEAR_RE = re.compile(r"(?:19|20)\d\d年")
# 等 and a programme head after a run of quotes (开展“X”“Y”“Z”等十大行动, “清水河道”“美丽河岸”等行动): the run lists
# programmes, not examples of a thing. Topics, practices and standards are left out: People's Daily 2019-2020 (the
# gold pool skipped; training/slogans/cue_counts.py --frames) prints 18 runs closed by 等 and a label head, 10 with a
# programme head (9 of them formulae: “清水河道”“美丽河岸”等行动), 8 with 主题 (lecture and event titles), 做法 (team
# names, bad practices) or 标准 (quoted criteria).
_RUN_HEAD_RE = re.compile("^等(?:[\\d一二两三四五六七八九十]+(?:大|项|个|类|种)?)?(?:"
                          + "|".join(h for h in LABEL_HEADS if h not in ("主题", "做法", "标准")) + ")"
                          # or a programme head after a modifier of one to three characters, not 新 (等治沙模式,
                          # 等组织模式, 等专项行动; not 等新模式, a list of new industries): four runs in all of People's
                          # Daily 2019-2020 (gold pool skipped), the two kept “公司+农户”… and “净网2019”…, formulae and campaigns
                          "|^等(?!新)[\u4e00-\u9fff]{1,3}?(?:模式|机制|工程|行动|战略|计划)")
_CAMPAIGN_AFTER = ("实践活动", "主题活动", "主题实践", "活动", "行动", "主题教育", "专项行动",
                   # programme heads (“民有所呼、我必有应”改革)
                   "改革", "工程", "机制", "模式", "工作法", "品牌")
# Programme heads that end a quotation after 说，/表示， (局长说，“X”改革推开以来): the narration names a programme; People's
# Daily 2019-2020 (gold pool skipped; training/slogans/cue_counts.py --frames) prints two such quotes, both formulae
# (a reform, a project), while the four with 活动 name events (“文化日”活动) and stay speech.
_PROGRAMME_AFTER = ("改革", "工程", "机制", "模式", "工作法")

# A counted name is a title, not a formula: “十大最美县域”称号.
_TITLE_AFTER = ("称号", "光荣称号", "荣誉称号", "荣誉", "奖")

_LEVEL_CONTEXT = (("national", ("中央", "党中央", "国家", "全国", "总书记")),
                  ("provincial", ("省委", "省", "全省", "省级")),
                  ("municipal", ("市委", "市", "全市", "市级")),
                  ("county", ("县委", "县", "全县", "县级")))



def _level_from_context(before: str) -> str:
    tail = before[-3:]
    found = [lvl for lvl, words in _LEVEL_CONTEXT if any(tail.endswith(w) or (w in tail and len(w) > 1)
                                                         for w in words)]
    if "省市" in tail or "省" in tail[-2:] and "市" in tail[-2:]:
        return "provincial"
    return found[0] if found else ""


@dataclass
class Ctx:
    lexicon: Lexicon
    places: tuple[str, ...]
    record: list | None = None   # receives the single-phrase candidates' features (training)
    in_corpus: bool = False      # the text is one of the articles data/quote_share.tsv was counted on
    candidates: list | None = None  # receives every candidate of the decision model with its features (training)
    decision: "decision.DecisionModel | bool | None" = None  # the ``decision`` option (decision.resolve_decision)
    own: Any = ()   # the page's county stems or a function giving them (singles.own_practice); default: places
    recurring: frozenset = frozenset()  # keys of counted phrases the corpus quotes on several days (recurring_numbered)
    year: "int | None" = None   # the page's year: a known formula dated later is not taken on the lexicon's word
    model: "decision.DecisionModel | None" = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.model = decision.resolve_decision(self.decision)


def classify_quote(text: str, q: Quote, ctx: Ctx, group: Sequence[Quote]) -> SloganMention | None:
    """Whether the quoted span *q* of *text* is a slogan, and of which kind, by the guide's tests.

    In order: the lexicon and known formulae; speech, sayings, narration and over-long quotes are no slogans;
    ``+`` models and numeric codes; quoted series (equal items, a shared slot or a frame); then one quoted phrase:
    a formula's pilot zone, a dotted motto, counted ratios and plan periods, counting formulae (not venues,
    titles or places), numbered actors, compact series, and last the single-phrase test of
    :func:`~corpus_tools.slogans.singles.decide`.

    Parameters
    ----------
    text : str
        The paragraph text the quote indexes.
    q : Quote
        The quotation (:func:`~corpus_tools.slogans.quotes.find_quotes`).
    ctx : Ctx
        Lexicon, places, county stems, the corpus's recurring formulae and the training hooks.
    group : sequence of Quote
        The run of adjacent quotes *q* belongs to (:func:`~corpus_tools.slogans.quotes.quote_groups`).

    Returns
    -------
    SloganMention or None
        The slogan (``start``/``end`` into *text*, quotation marks outside), or None.

    Examples
    --------
    >>> from corpus_tools.slogans.lexicon import Lexicon
    >>> from corpus_tools.slogans.quotes import find_quotes
    >>> t = "按照“搬得出、稳得住、能致富”的要求，帮他们融入“新市民”生活"
    >>> ctx = Ctx(Lexicon.build(None), ())
    >>> [(m.text, m.kind) if m else None for m in (classify_quote(t, q, ctx, [q]) for q in find_quotes(t))]
    [('搬得出、稳得住、能致富', 'parallel'), None]
    """
    inner_raw = text[q.start:q.end]
    inner = inner_raw.strip()
    if not inner:
        return None
    lead = len(inner_raw) - len(inner_raw.lstrip())
    start, end = q.start + lead, q.start + lead + len(inner)
    # in a run of quotes (“菜篮子”“米袋子”建设) what follows the run follows each of them
    first = quoteframes.run_opener(text, q, group)
    before = text[max(0, first.open - 8):first.open]
    last = group[-1] if group and group[-1].close > q.close else q
    after = text[last.close + 1:last.close + 9]
    level = _level_from_context(before)
    # a known formula of a later era than the page (“精准扶贫” on a 1998 page) is judged as any other quote: the
    # page cannot print it as that formula (the era guard of the known-formula layer, firstuse.guard_year)
    late = ctx.year is not None and ctx.lexicon.years.get(slogan_key(inner), ctx.year) > ctx.year + YEAR_TOLERANCE
    entry = None if late else ctx.lexicon.get(inner)
    if entry is not None:
        if entry["kind"] == "none":
            return None
        return SloganMention(inner, entry["kind"], start, end, True, entry["level"] or level, "lexicon")
    known = None if late else ctx.lexicon.known.get(slogan_key(inner))
    if known is not None:
        # the guide's kind comes from the structure first (两不愁 of 两不愁、三保障 is numbered)
        if numbered_item(normalize_text(inner)):
            known = "numbered"
        return SloganMention(inner, known, start, end, True, level, "known formula")

    norm = normalize_text(inner)
    if nameframes.epithet_after(after) or nameframes.china_title(norm) or nameframes.festival_name(norm):
        return None                  # an epithet (素有“陇上江南”之称, 打响“中国最美丹霞”这张名片), a place's national
        #                              title (“中国香都”) or an event named after a festival (“粽情端午”): nameframes
    if callframes.called_before(before) or callframes.variety_code(norm) or callframes.ranked_honour(norm) \
            or ((callframes.criticised_before(before)
                 or formshapes.faulted_subject(quoteframes.clause_before(text, first.open))
                 or formshapes.traditional_before(before))
                and norm[:1] not in CN_DIGITS):
        return None                  # a nickname (被称为“熊猫县”), a variety's code (“赣莲62”), a ranking title
        #                              (“十佳农家乐”) or a practice the sentence rejects (防止搞“形象工程”; not a
        #                              count: 反对“四风”): callframes; faults of some cadres (有的干部…) or a custom
        #                              (传统的“男儿三艺”): formshapes
    if quoteshare.is_saying(norm) and not idiom_put_in_practice(before, after):
        return None                  # an idiom (四面八方, 授人以渔) or a part of one (三把火), however it is quoted,
        #                              unless carried out as a system or campaign (推行“门前三包”责任制: idiomframe)
    # reported speech: sentence punctuation, first/second person, or too long for a formula
    # a motto printed as a sentence of its own keeps its full stop inside the quotes
    # (“党员作示范，群众跟着干。”): drop it when the rest is two equal parts of up to six characters
    parts = ITEM_SEP_RE.split(norm[:-1])
    if norm[-1:] in "。！!" and len(parts) == 2 and len(parts[0]) == len(parts[1]) <= 6:
        inner, norm = inner[:-1], norm[:-1]
        end -= 1
    if any(c in norm for c in _SENT_END):
        return None
    if re.search(r"[我咱你您]", norm) and not (len(norm) <= 12 and after.startswith(_CAMPAIGN_AFTER)):
        return None                  # speech, unless it names a campaign (“我为群众办实事”实践活动)
    if speech.introduces_speech(before) and not after.startswith(_PROGRAMME_AFTER) and not _plan_period(norm, after) \
            and not (speech.subject_of_clause(after) and (_even_series(norm) or _programme_name(norm))):
        return None                  # a direct quotation introduced by 说： / 写道： (not “X”改革 after 说，: a programme;
        #                              not 会议指出，“十五”期间: a plan period, pages28o; not a quoted series of equal
        #                              items the speaker's clause goes on from, 指出，“严以修身、…、做人要实”是…: the
        #                              subject named, pages26 and People's Daily 2019-2020's “坚持方向性、注重文化性、
        #                              增强艺术性”是其原则; nor a programme's name, 负责人说，“两居工程”是全县…,
        #                              pages29o, as 说，“三严三实”是… of pages28)
    if _SAYING_BEFORE_RE.search(before):
        return None                  # a saying, rhyme or proverb the page names as such (一句顺口溜，“…”)
    if (_NARRATIVE_RE.search(norm) and not dot_motto(norm)) or _YEAR_RE.search(norm):
        return None                  # narration (就被, 却, 哩) or a dated event: not a formula
    if len(strip_spaces(norm)) > 30 and not _even_series(norm) \
            and not _uneven_series([norm[a:b] for a, b in split_items(norm)], before, after):
        return None
    if not (CJK_RE.search(norm) or re.search(r"\d", norm)):
        return None
    # a run of quoted examples closed by 等 (“二龙戏珠”“镖行天下”等灯组): names, not formulae, unless a programme
    # head follows the 等 (“X”“Y”等十大行动): then each quote is judged with that frame
    if len(group) >= 2 and text[group[-1].close + 1:group[-1].close + 2] == "等" \
            and not _RUN_HEAD_RE.match(text[group[-1].close + 1:group[-1].close + 12]):
        return None

    if "+" in norm:  # + models and arithmetic codes
        parts = [p for p in norm.split("+")]
        if numeric_code(norm):       # digits, letters or Chinese numerals alone (4+1, 1+5+N, 一+五)
            # the code alone, not the noun printed after it (“1+3+4”现代工业产业体系 → 1+3+4): the shortest quoted
            # form, as every open gold set records it (17 items, five writers; a user's “1+3+N”产业体系); the chains
            # it counts are kept (“4+1”重点产业链, the guide's example): numbered.chain_end
            new_end = chain_end(text, q.close)
            if new_end == q.close:
                return SloganMention(inner, "numbered", start, end, True, level, "numeric code")
            return SloganMention(inner + text[q.close + 1:new_end], "numbered", start, new_end, True, level,
                                 "numeric code")
        if all(is_cjk(p) and 1 <= len(p) <= 6 for p in parts if p) and len([p for p in parts if p]) >= 1:
            kind = "numbered" if all(numbered_item(p) for p in parts if p) else "quoted"  # 三个一批+ (user21 F9)
            return SloganMention(inner, kind, start, end, True, level, "+ model")
        return None

    items = [inner[a:b] for a, b in split_items(inner)]
    if len(items) >= 2:
        lengths = {len(normalize_text(it)) for it in items}
        if all(numbered_item(it) for it in items) or _counts_with_one(items):  # even or not (一人一档、一区一督导)
            # three or more 一X一Y parts are a parallel series (一乡一品、一村一业、一户一技: three writers of the open
            # page sets, pages21, pages25 and pages28o, call all three such series parallel; one or two parts stay
            # numbered, 41 of 52 open gold items)
            kind = "parallel" if len(items) >= 3 and all(_ONE_ONE_RE.fullmatch(normalize_text(it)) for it in items) \
                else "quoted" if _plan_per_unit_pair(items) else "numbered"
            return SloganMention(inner, kind, start, end, True, level, "numbered series")
        # two phrases a space apart are a theme line (“唱响山歌 共建和美家园”为主题): judged as a pair below
        theme = len(items) == 2 and not re.search(r"[、，,；;]", norm) and min(lengths) >= 4
        # a pair the clause adopts (推动“产业在村里、就业在家门口”): its shape and the clause's verb (quoteframes)
        adopted = len(items) == 2 and quoteframes.clause_pair(
            [normalize_text(it) for it in items], quoteframes.clause_before(text, first.open), after)
        # a goal a place sets itself (打造“世界客家祖地、红色文化名城”; …“X、Y”定位): quoteframes.goal_pair
        goal = len(items) == 2 and "、" in norm and quoteframes.goal_pair(
            [normalize_text(it) for it in items], before, after)
        political = len(items) == 2 and themes.political_theme(norm, after)   # “迎接党的十六大、学习‘三个代表’”知识竞赛
        if len(lengths) != 1 and not theme and not _uneven_series(items, before, after) and not adopted and not goal \
                and not political \
                and not (len(items) == 2 and "、" in norm and quoteframes.framed_uneven_pair(items, before, after)):
            return None              # a quoted list, not a formula (温缩裂缝、凝固效果差…)
        if len(items) >= 3:
            if criticised_quote(norm, before, after):
                return None          # a mentality fought (“等、靠、要”思想): criticised.py
            return SloganMention(inner, "parallel", start, end, True, level, "quoted series")
        if min(lengths) < 2:
            return None              # (a pair a speaker names inside speech is judged like any other)
        if all(is_name(normalize_text(it)) for it in items) and not goal:
            return None              # two names (党建墙、爱心墙), not a goal (建设“长寿之乡、柑橘大县”)
        evidence = decide(norm, before, after, kind="pair", places=ctx.places, page=text, group=len(group),
                          record=ctx.record, in_corpus=ctx.in_corpus, own=ctx.own) \
            or coined.coined_evidence(norm, before, after, places=ctx.places)
        if evidence is None and adopted:
            evidence = "adopted clause pair"
        if evidence is None and goal:
            evidence = "goal pair"
        if evidence is None and political:
            evidence = "political theme"     # “唱响二十大　畲歌颂党恩”山歌会: a theme line of two phrases
        if evidence is None and formshapes.who_pair(items):
            evidence = "who pair"            # “谁治理、谁受益”: a responsibility pair (formshapes)
        if evidence is None and method_pair([normalize_text(it) for it in items], after):
            evidence = "method pair"         # 摸索出“大稳定、小调整”的办法: the page's method (methodpair)
        if evidence is None:
            return None
        return SloganMention(inner, "quoted", start, end, True, level, evidence)

    # one item: a known formula's pilot zone; a dotted county motto, a two-part motto (guide: quoted)
    if ctx.lexicon.formula_zone(norm) and not given_title(before) and not after.startswith(_TITLE_AFTER):
        return SloganMention(inner, "quoted", start, end, True, level, "known formula's zone")
    if dot_motto(norm):
        evidence = decide_dotted(norm, before, after, slogan_key(norm) in ctx.recurring, places=ctx.places, page=text,
                                 group=len(group), record=ctx.record, in_corpus=ctx.in_corpus, own=ctx.own) \
            or ("political theme" if themes.political_theme(norm, after) else None)
        return None if evidence is None else SloganMention(inner, "quoted", start, end, True, level, evidence)
    if counted_ratio(norm):
        return SloganMention(inner, "numbered", start, end, True, level, "counted ratio")
    if _plan_period(norm, after):
        return SloganMention(inner, "numbered", start, end, True, level, "plan period")
    if round_count_formula(norm, after):
        return SloganMention(inner, "numbered", start, end, True, level, "round count")   # “双百”工程 (roundcount)
    if re.fullmatch(f"[{CN_DIGITS}]+", norm) and len(norm) < 3:
        return None                  # 七一, 五四: dates
    if _one_in_series(text, q, norm):
        # “两个屏障”、“两个基地”和“一个桥头堡”: 一个X is a counted item beside quoted 两个Y (一 opens no count alone)
        return SloganMention(inner, "numbered", start, end, True, level, "numbered series")
    if numbered_item(norm):
        if re.fullmatch(r"\d{3,}", norm) and re.match(r"[年元万亿米吨亩户人个次](?!才)", after[:3] or " "):
            return None              # a number in quotes, not a code (but “1155”人才培养计划, “333”人才工程: a code)
        # one number and a venue head is a name (两乡馆, 三线厂) unless the corpus quotes it on several days
        # (“五美乡村”: the paper's own formula; a place's name is still no formula, is_place below); festivals,
        # events and ratings stay names however often they are quoted (双品网购节, 五五购物节)
        venue = counted_venue(norm) and not (venue_head(norm) and slogan_key(norm) in ctx.recurring)
        if after.startswith(_TITLE_AFTER + VENUE_AFTER) or venue \
                or (given_title(before, gap=3) and not labels_quote(before, after)
                    and not formshapes.standard_in_title(after)):
            return None              # an honour title (“十大最美县域”称号, 评为“十差村”; not its standard, 评为“五个好”
            #                          村党组织: formshapes), a venue (两乡馆, “三孔”景区)
        if is_place(norm) or nameframes.compass_region(norm) or opens_with_village(norm) or village_stem_on_page(norm, text) \
                or opens_with_nature_name(norm) or opens_with_numeral_stem(norm):
            return None              # a place (“三江”, “十八洞村”, “七台河”), a thing of one whose name opens with a
            #                          numeral (“八岔村味道”, user22's pages; “六盘山牛”, a mountain's), or the short
            #                          name of a village the page prints in full (“十八洞”猕猴桃 on a page about
            #                          十八洞村), or a product of a county whose short name holds a numeral
            #                          (“三江早春茶”, pages25): names of places
        if person_head(norm):
            return None              # a nickname of people (“六老汉”, “三兄弟”): no gold numbered formula ends so
        if quoteshare.ordinary_word(norm, page=text if ctx.in_corpus else ""):
            return None              # a word the corpus prints plain almost always (两头, 两手)
        if objectuse.handled_device(norm, before, after):
            return None              # a card or button in hand (拿着“一卡通”, 安装了“一键通”呼救电话): objectuse
        return SloganMention(inner, "numbered", start, end, True, level, "numbered")
    if numbered_actors(norm):
        # a numbered group of actors and what it takes on (五级书记抓乡村振兴, 五级书记抓防控): numbered
        return SloganMention(inner, "numbered", start, end, True, level, "numbered actors")
    tail = counted_tail(norm)
    if len(tail) == 2 and len(norm) == 4 and not person_head(norm):
        # 党务四亮, 志智双扶: a domain word before a short numbered formula, printed inside the quotation marks with it:
        # the quote is the formula's shortest quoted form (guide), numbered (counted_tail)
        return SloganMention(inner, "numbered", start, end, True, level, "numbered after a domain word")
    if compact_parallel(norm) or _REPEATED_HEAD_RE.fullmatch(norm):
        return SloganMention(inner, "parallel", start, end, True, level, "compact series")
    # the flags the single-phrase test computed serve the coinage test too (the same phrase: no separator inside)
    evidence, flags = judge(norm, before, after, places=ctx.places, page=text, group=len(group), record=ctx.record,
                            in_corpus=ctx.in_corpus, own=ctx.own)
    evidence = evidence or coined.coined_evidence(norm, before, after, places=ctx.places, flags=flags) \
        or ("political theme" if themes.political_theme(norm, after) else None) \
        or ("outreach programme" if formshapes.outreach_programme(norm) else None) \
        or ("campaign head" if formshapes.campaign_head(before, after)    # 开展“平安家庭”创建活动: formshapes
            and not any(flags.get(k) for k in formshapes.CAMPAIGN_VETOES) else None)
    if evidence is None or criticised_quote(norm, before, after):
        return None                  # or a practice or mentality the page fights (热衷于“短平快”): criticised.py
    # a verb or domain word before a counting formula inside the quotes (清四乱, 党员三联三帮): numbered
    # and a verb with a bare numeral (普九, 退一还二还三: formshapes.verb_numeral)
    kind = "numbered" if tail or formshapes.verb_numeral(norm) else "quoted"
    return SloganMention(inner, kind, start, end, True, level, evidence)


#: a quoted counted item (“两个屏障”) right before or after a quoted 一个X, a separator between them
_COUNTED_QUOTE = r"“[两三四五六七八九十]个[\u4e00-\u9fff]{2,4}”"
_COUNT_BEFORE_RE = re.compile(_COUNTED_QUOTE + r"[、，,和及与以]{1,2}$")
_COUNT_AFTER_RE = re.compile(r"[、，,和及与以]{1,2}" + _COUNTED_QUOTE)


def _one_in_series(text: str, q: Quote, norm: str) -> bool:
    """A quoted ``一个X`` (2–4 characters after 个) printed next to a quoted counted item ``N个Y``: the first item of
    the same numbered series (“两个屏障”、“两个基地”和“一个桥头堡”), though 一 opens no count alone.

    Examples
    --------
    >>> from corpus_tools.slogans.quotes import find_quotes
    >>> t = "建设“两个屏障”、“两个基地”和“一个桥头堡”。落实“一个中心”。"
    >>> [_one_in_series(t, q, t[q.start:q.end]) for q in find_quotes(t)]
    [False, False, True, False]
    """
    if not re.fullmatch(r"一个[\u4e00-\u9fff]{2,4}", norm):
        return False
    return bool(_COUNT_BEFORE_RE.search(text, 0, q.open) or _COUNT_AFTER_RE.match(text, q.close + 1))


def _plan_period(norm: str, after: str) -> bool:
    """Whether the quoted *norm* is a five-year plan's short name before its period (“十五”期间, “九五”计划, “十五”末) or
    the five-year legal-education campaign it numbers (“四五”普法, pages27; People's Daily 2019-2020's “六五”普法)."""
    return bool(re.fullmatch(f"[{CN_DIGITS}]{{2}}", norm)) and after.startswith(_PERIOD_AFTER)


#: what follows a plan's short name: the plan, its period or a part of it (“十五”末, “九五”初期, pages30; People's
#: Daily 2019-2020's “十三五”以来, “十二五”初期, “十四五”开局), the legal-education campaign it numbers
_PERIOD_AFTER = ("计划", "规划", "时期", "期间", "普法", "末", "初", "以来", "中期", "前期", "后期", "开局", "收官")


# 一村一品, 一户一积分: one X, one Y (a part of a quoted series)
_ONE_ONE_RE = re.compile(r"一[\u4e00-\u9fff]{1,2}一[\u4e00-\u9fff]{1,3}")
#: 一X一策 / 一法 / 一档: one plan, one method or one file for each unit
_PLAN_PER_UNIT_RE = re.compile(r"一([\u4e00-\u9fff])一[策法档]")


def _plan_per_unit_pair(items: Sequence[str]) -> bool:
    """Whether a quoted pair gives each of two different units its own plan (“一村一策、一户一法”, “一户一策、一人一档”):
    a two-part motto of targeted measures, which four writers of the open gold (pages26o, pages27, pages28o and the
    People's Daily report dev7) call ``quoted``; the one such pair of one unit (一河一档、一河一策, pages22) and the pairs
    of products or trades (一村一品、一镇一业: five writers) stay numbered."""
    found = [_PLAN_PER_UNIT_RE.fullmatch(normalize_text(it)) for it in items]
    return len(items) == 2 and all(found) and found[0].group(1) != found[1].group(1)


#: 一 + a measure word or a time opens a described item (一亩薯, 一个项目, 一年打基础), not a counted one
_ONE_MEASURE = "个名套件亩头场次条项年月天户人"


def _counts_with_one(items: Sequence[str]) -> bool:
    """Whether a quoted series of numeral + two characters holds one 一 item beside counted ones (三取消、两调整、一改革:
    pages27o and pages28o, two writers, both numbered): every numeral counts its part, 一 too, though 一 + a word is no
    count alone (:func:`~corpus_tools.slogans.numbered.numbered_item`). Items of 一 + a measure word (一亩薯、一头牛) or
    all of 一 are not counts.

    Examples
    --------
    >>> _counts_with_one(["三取消", "两调整", "一改革"]), _counts_with_one(["一亩薯", "一头牛", "一亩草"])
    (True, False)
    """
    norms = [normalize_text(it) for it in items]
    if not all(re.fullmatch(f"[{CN_DIGITS}][\u4e00-\u9fff]{{2}}", n) for n in norms):
        return False
    ones = [n for n in norms if n[0] == "一"]
    return 0 < len(ones) < len(norms) and all(n[1] not in _ONE_MEASURE for n in ones) \
        and all(numbered_item(n) for n in norms if n[0] != "一")


# 同网同质同服务: one character heading three parts, printed without separators
_REPEATED_HEAD_RE = re.compile(r"([\u4e00-\u9fff])([\u4e00-\u9fff]{1,2})\1([\u4e00-\u9fff]{1,2})\1([\u4e00-\u9fff]{1,3})")


def _shared_slot(items: Sequence[str]) -> bool:
    """Whether all *items* have the same character at the same place from the start or from the end
    (绿码通行、黄码隔离、红码集中隔离; 县级公立医院为龙头、乡镇卫生院为枢纽、民营医院为补充)."""
    items = [normalize_text(it) for it in items]
    short = min(len(it) for it in items)
    return any(len({it[k] for it in items}) == 1 for k in range(short)) \
        or any(len({it[-k] for it in items}) == 1 for k in range(1, short + 1))


def _uneven_series(items: Sequence[str], before: str, after: str) -> bool:
    """A quoted series of three or more items of unequal length is still a formula (guide 2a) when
    its items share a slot, or when they differ by at most two characters and the sentence frames the
    quote as a strategy or requirement (外向带动、科技兴县、可持续发展”三大战略)."""
    if len(items) < 3 or any(not 2 <= len(normalize_text(it)) <= 14 for it in items):
        return False
    if _shared_slot(items):
        return True
    lengths = [len(normalize_text(it)) for it in items]
    framed = bool(re.match(f"[的]?[{CN_DIGITS}]大?(?:个|项|条)?[\u4e00-\u9fff]", after)) \
        or after.startswith(("的要求", "的目标", "的原则", "战略", "目标", "要求")) \
        or bool(quoteframes.POSITION_AFTER_RE.match(after)) \
        or before.endswith(("实施", "实行", "推行", "坚持", "按照", "确立了", "确立", "提出", "提出了"))
    if max(lengths) - min(lengths) <= 2 and framed:
        return True
    # items of any length, when the page uses the quote as the label of a model, goal or requirement
    # (建立了“户集、村收、乡镇中转、县集中处置”的垃圾处理模式; 基本实现了“小病不出村，大病不出县，疑难杂症有专家”)
    # or of a service (享受“足不出户、一键申请、在线办理”的服务)
    return len(items) <= 6 and max(lengths) <= 8 and (labels_quote(before, after) or after.startswith(("的服务", "服务")))


def _programme_name(s: str) -> bool:
    """One phrase of four to ten characters ending in a programme head (两居工程, 强基计划): a name the speaker's
    clause goes on from when 是 follows it, not speech."""
    return 4 <= len(s) <= 10 and s.endswith(_PROGRAMME_AFTER + ("计划", "行动")) and not ITEM_SEP_RE.search(s)


def _even_series(s: str) -> bool:
    """Three or more items of one length up to 12 (a long quoted series, not speech)."""
    items = [s[a:b] for a, b in split_items(s)]
    return len(items) >= 3 and len({len(i) for i in items}) == 1 and len(items[0]) <= 12
