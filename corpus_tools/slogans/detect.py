"""The marked-slogan detector: quoted spans classified by the guide's tests, plus parallel series.

:func:`find_slogans` is the text-level entry point; the rules are described in ``docs/slogans.md``.
Counting formulae and numeric codes are recognised by :mod:`~corpus_tools.slogans.numbered`, series by
:mod:`~corpus_tools.slogans.series`, a single quoted phrase by :mod:`~corpus_tools.slogans.singles`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any, Hashable, Iterable, Sequence

import pandas as pd

from corpus_tools.slogans.core import KINDS, OPEN_CLOSE, SloganMention, is_cjk, slogan_key
from corpus_tools.slogans import decision, quoteframes, quoteshare, speech
from corpus_tools.slogans.formulae import FormulaMatcher, iter_formula_mentions
from corpus_tools.slogans.lexicon import Lexicon
from corpus_tools.slogans.placenames import is_place
from corpus_tools.slogans.recurrence import QUOTED_MIN_DAYS
from corpus_tools.slogans.numbered import (CN_DIGITS, COUNT_START, code_end, counted_ratio, counted_venue, numbered_actors,
                                            numbered_item, numeric_code, venue_head)
from corpus_tools.slogans.dotmarks import dot_motto
from corpus_tools.slogans.singles import (LABEL_HEADS, VENUE_AFTER, decide, decide_dotted, given_title, is_name,
                                          labels_quote, person_head)
from corpus_tools.slogans.series import compact_parallel, count_anchors, described_series, unquoted_series
from corpus_tools.slogans.wraps import remap, unwrap
from corpus_tools.text import CJK_RE, normalize_text, strip_spaces

__all__ = ["find_slogans", "find_marked", "check_kinds", "Ctx", "split_items", "recurring_numbered"]

_SENT_END = "。！？!?；;…"
_ITEM_SEP_RE = re.compile(r"[、，,；;]+|\s+")

_UNITS = "条分点省市县年月天次个只件位名户人元角岁层期届国"
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


@dataclass
class _Quote:
    open: int    # offset of the opening mark
    close: int   # offset of the closing mark
    depth: int

    @property
    def start(self) -> int:
        return self.open + 1

    @property
    def end(self) -> int:
        return self.close


def _find_quotes(text: str) -> list[_Quote]:
    """Balanced quotation spans inside one paragraph (a quote never crosses ``\\n``)."""
    out: list[_Quote] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch == "\n":
            stack.clear()
            continue
        if stack and ch == OPEN_CLOSE[stack[-1][0]]:
            opener, pos = stack.pop()
            out.append(_Quote(pos, i, len(stack)))
            continue
        if ch in ("\"", "'"):
            # ASCII quotes: open unless one is pending (then it was closed above)
            if ch == "'" and not (i + 1 < len(text) and CJK_RE.match(text[i + 1] or "")):
                continue
            stack.append((ch, i))
        elif ch in OPEN_CLOSE:
            stack.append((ch, i))
        elif ch in "”」’』":
            # a closing mark without its opener (layout lost it): resynchronise
            for k in range(len(stack) - 1, -1, -1):
                if OPEN_CLOSE[stack[k][0]] == ch:
                    opener, pos = stack[k]
                    del stack[k:]
                    out.append(_Quote(pos, i, k))
                    break
    out.sort(key=lambda q: q.open)
    return out


def split_items(inner: str) -> list[tuple[int, int]]:
    """Item spans of a quoted phrase split at 、，,；; and spaces."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _ITEM_SEP_RE.finditer(inner):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(inner):
        spans.append((pos, len(inner)))
    return spans


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
    model: "decision.DecisionModel | None" = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.model = decision.resolve_decision(self.decision)


def _classify_quote(text: str, q: _Quote, ctx: Ctx, group: Sequence[_Quote]) -> SloganMention | None:
    """Decide whether the quoted span *q* of *text* is a slogan, and of which kind."""
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
    entry = ctx.lexicon.get(inner)
    if entry is not None:
        if entry["kind"] == "none":
            return None
        return SloganMention(inner, entry["kind"], start, end, True, entry["level"] or level, "lexicon")
    known = ctx.lexicon.known.get(slogan_key(inner))
    if known is not None:
        # the guide's kind comes from the structure first (两不愁 of 两不愁、三保障 is numbered)
        if numbered_item(normalize_text(inner)):
            known = "numbered"
        return SloganMention(inner, known, start, end, True, level, "known formula")

    norm = normalize_text(inner)
    if quoteshare.is_saying(norm):
        return None                  # an idiom (四面八方, 授人以渔) or a part of one (三把火), however it is quoted
    # reported speech: sentence punctuation, first/second person, or too long for a formula
    # a motto printed as a sentence of its own keeps its full stop inside the quotes
    # (“党员作示范，群众跟着干。”): drop it when the rest is two equal parts of up to six characters
    parts = _ITEM_SEP_RE.split(norm[:-1])
    if norm[-1:] in "。！!" and len(parts) == 2 and len(parts[0]) == len(parts[1]) <= 6:
        inner, norm = inner[:-1], norm[:-1]
        end -= 1
    if any(c in norm for c in _SENT_END):
        return None
    if re.search(r"[我咱你您]", norm) and not (len(norm) <= 12 and after.startswith(_CAMPAIGN_AFTER)):
        return None                  # speech, unless it names a campaign (“我为群众办实事”实践活动)
    if speech.introduces_speech(before) and not after.startswith(_PROGRAMME_AFTER):
        return None                  # a direct quotation introduced by 说： / 写道： (not “X”改革 after 说，: a programme)
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
            new_end = code_end(text, q.close)
            printed = inner if new_end == q.close else inner + text[q.close + 1:new_end]
            return SloganMention(printed, "numbered", start, new_end if new_end != q.close else end,
                                 True, level, "numeric code")
        if all(is_cjk(p) and 1 <= len(p) <= 6 for p in parts if p) and len([p for p in parts if p]) >= 1:
            kind = "numbered" if all(numbered_item(p) for p in parts if p) else "quoted"  # 三个一批+ (user21 F9)
            return SloganMention(inner, kind, start, end, True, level, "+ model")
        return None

    items = [inner[a:b] for a, b in split_items(inner)]
    if len(items) >= 2:
        lengths = {len(normalize_text(it)) for it in items}
        if all(numbered_item(it) for it in items):  # even or not (一人一档、一区一督导)
            return SloganMention(inner, "numbered", start, end, True, level, "numbered series")
        # two phrases a space apart are a theme line (“唱响山歌 共建和美家园”为主题): judged as a pair below
        theme = len(items) == 2 and not re.search(r"[、，,；;]", norm) and min(lengths) >= 4
        if len(lengths) != 1 and not theme and not _uneven_series(items, before, after) \
                and not (len(items) == 2 and "、" in norm and quoteframes.framed_uneven_pair(items, before, after)):
            return None              # a quoted list, not a formula (温缩裂缝、凝固效果差…)
        if len(items) >= 3:
            return SloganMention(inner, "parallel", start, end, True, level, "quoted series")
        if min(lengths) < 2:
            return None              # (a pair a speaker names inside speech is judged like any other)
        if all(is_name(normalize_text(it)) for it in items):
            return None              # two names (党建墙、爱心墙)
        evidence = decide(norm, before, after, kind="pair", places=ctx.places, page=text, group=len(group),
                          record=ctx.record, in_corpus=ctx.in_corpus, own=ctx.own)
        if evidence is None:
            return None
        return SloganMention(inner, "quoted", start, end, True, level, evidence)

    # one item: a known formula's pilot zone; a dotted county motto, a two-part motto (guide: quoted)
    if ctx.lexicon.formula_zone(norm) and not given_title(before) and not after.startswith(_TITLE_AFTER):
        return SloganMention(inner, "quoted", start, end, True, level, "known formula's zone")
    if dot_motto(norm):
        evidence = decide_dotted(norm, before, after, slogan_key(norm) in ctx.recurring, places=ctx.places, page=text,
                                 group=len(group), record=ctx.record, in_corpus=ctx.in_corpus, own=ctx.own)
        return None if evidence is None else SloganMention(inner, "quoted", start, end, True, level, evidence)
    if counted_ratio(norm):
        return SloganMention(inner, "numbered", start, end, True, level, "counted ratio")
    if re.fullmatch(f"[{CN_DIGITS}]{{2}}", norm) and after.startswith(("计划", "规划", "时期", "期间")):
        return SloganMention(inner, "numbered", start, end, True, level, "plan period")
    if re.fullmatch(f"[{CN_DIGITS}]+", norm) and len(norm) < 3:
        return None                  # 七一, 五四: dates
    if numbered_item(norm):
        if re.fullmatch(r"\d{3,}", norm) and re.match(r"[年元万亿米吨亩户人个次]", after[:1] or " "):
            return None              # a number in quotes, not a code
        # one number and a venue head is a name (两乡馆, 三线厂) unless the corpus quotes it on several days
        # (“五美乡村”: the paper's own formula; a place's name is still no formula, is_place below); festivals,
        # events and ratings stay names however often they are quoted (双品网购节, 五五购物节)
        venue = counted_venue(norm) and not (venue_head(norm) and slogan_key(norm) in ctx.recurring)
        if after.startswith(_TITLE_AFTER + VENUE_AFTER) or venue \
                or (given_title(before, gap=3) and not labels_quote(before, after)):
            return None              # an honour title (“十大最美县域”称号, 评为“十差村”), a venue (两乡馆, “三孔”景区)
        if is_place(norm):
            return None              # a place (“三江”, “十八洞村”, “七台河”): the guide excludes names of places
        if quoteshare.ordinary_word(norm, page=text if ctx.in_corpus else ""):
            return None              # a word the corpus prints plain almost always (两头, 两手)
        return SloganMention(inner, "numbered", start, end, True, level, "numbered")
    if numbered_actors(norm):
        # a numbered group of actors and what it takes on (五级书记抓乡村振兴, 五级书记抓防控): numbered
        return SloganMention(inner, "numbered", start, end, True, level, "numbered actors")
    tail = re.fullmatch(f"([\u4e00-\u9fff]{{2}})([{COUNT_START}][^\\W\\d{_UNITS}])", norm)
    if tail and numbered_item(tail.group(2)) and not numbered_item(norm) and not person_head(norm):
        # 党务四亮: a domain word before a short numbered formula; the formula is the tail
        a = start + inner.find(tail.group(2))
        return SloganMention(tail.group(2), "numbered", a, a + len(tail.group(2)), True, level,
                             "numbered after a domain word")
    if compact_parallel(norm) or _REPEATED_HEAD_RE.fullmatch(norm):
        return SloganMention(inner, "parallel", start, end, True, level, "compact series")
    evidence = decide(norm, before, after, places=ctx.places, page=text, group=len(group), record=ctx.record,
                      in_corpus=ctx.in_corpus, own=ctx.own)
    if evidence is None:
        return None
    return SloganMention(inner, "quoted", start, end, True, level, evidence)


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
        or before.endswith(("实施", "实行", "推行", "坚持", "按照", "确立了", "确立", "提出", "提出了"))
    if max(lengths) - min(lengths) <= 2 and framed:
        return True
    # items of any length, when the page uses the quote as the label of a model, goal or requirement
    # (建立了“户集、村收、乡镇中转、县集中处置”的垃圾处理模式; 基本实现了“小病不出村，大病不出县，疑难杂症有专家”)
    # or of a service (享受“足不出户、一键申请、在线办理”的服务)
    return len(items) <= 6 and max(lengths) <= 8 and (labels_quote(before, after) or after.startswith(("的服务", "服务")))


def _even_series(s: str) -> bool:
    """Three or more items of one length up to 12 (a long quoted series, not speech)."""
    items = [s[a:b] for a, b in split_items(s)]
    return len(items) >= 3 and len({len(i) for i in items}) == 1 and len(items[0]) <= 12


def _quote_groups(quotes: list[_Quote], text: str) -> dict[int, list[_Quote]]:
    """Runs of adjacent top-level quotes (“A”“B”, “A”、“B”); index -> its run."""
    groups: dict[int, list[_Quote]] = {}
    run: list[int] = []
    for i in range(len(quotes)):
        if run:
            prev = quotes[run[-1]]
            gap = text[prev.close + 1:quotes[i].open]
            if gap in ("", "、", "和", "与", ",", "，") and quotes[i].depth == prev.depth:
                run.append(i)
                continue
            for k in run:
                groups[k] = [quotes[j] for j in run]
        run = [i]
    for k in run:
        groups[k] = [quotes[j] for j in run]
    return groups


def _merge_single_chars(text: str, quotes: list[_Quote]) -> tuple[list[_Quote], list[SloganMention]]:
    """“特”“优” -> 特优: runs of adjacent one-character quotes form one compact formula."""
    merged: list[SloganMention] = []
    used: set[int] = set()
    i = 0
    while i < len(quotes):
        j = i
        while (j + 1 < len(quotes) and quotes[j].end - quotes[j].start == 1
               and quotes[j + 1].end - quotes[j + 1].start == 1
               and quotes[j + 1].open == quotes[j].close + 1):
            j += 1
        if j > i and quotes[i].end - quotes[i].start == 1:
            chars = "".join(text[quotes[k].start] for k in range(i, j + 1))
            if is_cjk(chars):
                merged.append(SloganMention(chars, "quoted", quotes[i].start, quotes[j].end, True, "",
                                            "one-character parts"))
                used.update(range(i, j + 1))
            i = j + 1
        else:
            i += 1
    return [q for k, q in enumerate(quotes) if k not in used], merged


def find_slogans(text: str, *, kinds: Sequence[str] = KINDS,
                 lexicon: "pd.DataFrame | None | bool" = None,
                 formulae: "pd.DataFrame | None | bool" = None,
                 places: Sequence[str] = (),
                 decision: "decision.DecisionModel | bool | None" = None) -> list[SloganMention]:
    """Find the slogans of *text*: marked ones by their structure, known formulae by the lexicon.

    *Marked* mentions (``source="marked"``) are the ones the text itself marks as a formula:
    quoted numbered formulae and catch-phrases, quoted series and unquoted series in a
    requirement frame. Later unquoted repetitions of a marked formula are counted by
    :func:`page_slogans` and :func:`extract_slogans`. *Known formulae* (``source="lexicon"``)
    are every mention of an entry of the formula lexicon, quoted or not
    (:func:`~corpus_tools.slogans.formulae.find_formulae`). A marked mention that is also a
    known formula is returned once, with ``source="both"``.

    Parameters
    ----------
    text : str
        Plain text; ``"\\n"`` separates paragraphs (a quotation or series never crosses it).
        Column wraps of text read straight from a page (lines of one width) are joined first
        (:func:`~corpus_tools.slogans.wraps.unwrap`); ``Article.body`` has none.
    kinds : sequence of str
        Any of ``"numbered"``, ``"parallel"``, ``"quoted"``.
    lexicon : DataFrame, None or False
        From :func:`load_slogan_lexicon`; None uses the shipped lexicon, False none.
    formulae : DataFrame, None or False
        The known-formula lexicon (:func:`~corpus_tools.slogans.formulae.load_formula_lexicon`);
        None uses the shipped one, False returns marked slogans only.
    places : sequence of str
        Place-name stems (e.g. ``["平遥"]``); a quoted phrase that starts with one is taken as
        the name of an event, brand or product (平遥中国年, 平遥酥梨), not a formula.
    decision : DecisionModel, bool or None
        The learned decision over marked candidates (:mod:`~corpus_tools.slogans.decision`): None, the
        default, uses the shipped model (which leaves the rules' decisions standing today); False the rules
        alone; True the shipped model, which must be installed; or a
        :class:`~corpus_tools.slogans.decision.DecisionModel`.

    Returns
    -------
    list of SloganMention
        In text order; ``start``/``end`` index into *text*.

    Examples
    --------
    >>> [(m.text, m.kind) for m in find_slogans("聚焦省委“五个进一步”要求，实施“党建提质增效”行动。")]
    [('五个进一步', 'numbered'), ('党建提质增效', 'quoted')]
    >>> [m.text for m in find_slogans("他说：“今年我们村发展了3个合作社。”")]
    []
    >>> [m.kind for m in find_slogans("按照疫情要防住、经济要稳住、发展要安全的要求开展活动")]
    ['parallel']
    >>> [(m.formula, m.source) for m in find_slogans("坚决做到两个维护")]
    [('两个维护', 'lexicon')]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    kinds = check_kinds(kinds)
    ctx = Ctx(Lexicon.build(lexicon) if not isinstance(lexicon, Lexicon) else lexicon,
              tuple(p for p in places if p), decision=decision)
    marked = find_marked(text, kinds, ctx)
    if formulae is False:
        return marked
    matcher = formulae if isinstance(formulae, FormulaMatcher) else FormulaMatcher.build(formulae)
    out = list(marked)
    joined, index = unwrap(text)
    for f in iter_formula_mentions(joined, matcher):
        f = f if index is None else remap(f, index)
        if f.kind not in kinds:
            continue
        entry = slogan_key(f.formula)
        same = [i for i, m in enumerate(out) if m.source == "marked" and m.start < f.end and f.start < m.end
                and matcher.entry_of(m.key) == entry]
        if same:
            m = out[same[0]]
            out[same[0]] = replace(m, source="both", formula=f.formula, level=m.level or f.level)
        else:
            out.append(f)
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def check_kinds(kinds: Sequence[str]) -> tuple[str, ...]:
    if isinstance(kinds, str):
        kinds = (kinds,)
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        raise ValueError(f"kinds = {bad[0]!r} is invalid; kinds must be drawn from {KINDS}")
    return tuple(kinds)


def find_marked(text: str, kinds: tuple[str, ...], ctx: Ctx) -> list[SloganMention]:
    """The marked slogans of *text*, its column wraps joined first (:func:`~corpus_tools.slogans.wraps.unwrap`);
    ``start``/``end`` index into *text*."""
    joined, index = unwrap(text)
    found = _find_marked(joined, kinds, ctx)
    return found if index is None else [remap(m, index) for m in found]


def _find_marked(text: str, kinds: tuple[str, ...], ctx: Ctx) -> list[SloganMention]:
    quotes = _find_quotes(text)
    quote_spans = [(q.open, q.close + 1) for q in quotes]
    quotes, singles = _merge_single_chars(text, quotes)
    groups = _quote_groups(quotes, text)
    found: list[SloganMention] = list(singles)
    rejected: list[_Quote] = []
    for i, q in enumerate(quotes):
        m = _classify_quote(text, q, ctx, groups.get(i, [q]))
        if m is not None:
            found.append(m)
            found.extend(_nested(m, ctx))
        else:
            rejected.append(q)
    found.extend(_formula_items(text, rejected, found))
    found.extend(quoteframes.transformation_pairs(text, quotes, rejected))
    # a series inside a quotation that is a slogan itself is not found twice; one inside reported
    # speech is (“我是一个小兵，岗位在村、工作在村、吃住在村”)
    quoted_spans = [(m.start - 1, m.end + 1) for m in found if m.quoted]
    anchors = count_anchors([m.text for m in found if m.kind == "numbered"])
    found.extend(m for m in unquoted_series(text, quoted_spans, anchors) if not described_series(text, m))
    found = [m for m in found if m.kind in kinds and not ctx.lexicon.excluded(m.text)]
    if ctx.candidates is not None or ctx.model is not None:
        extra = [m for m in _motto_candidates(text, rejected, found, quote_spans) if m.kind in kinds]
        found = decision.decide_candidates(text, found, extra, model=ctx.model or False,
                                           page_text=text if ctx.in_corpus else "", record=ctx.candidates)
    out = []
    for m in found:
        entry = ctx.lexicon.get(m.text)
        if entry is not None and entry["level"] and not m.level:
            m = SloganMention(m.text, m.kind, m.start, m.end, m.quoted, entry["level"], m.evidence)
        out.append(m)
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def recurring_numbered(days: Iterable[tuple[Hashable, str]], min_days: int = QUOTED_MIN_DAYS) -> frozenset[str]:
    """Keys of the counted phrases (:func:`~corpus_tools.slogans.numbered.numbered_item`, the guide's test
    for ``numbered``) that a corpus prints in quotation marks on at least *min_days* different days.

    A county paper quotes its own counting formula issue after issue (“五美乡村”, “三联三帮”), while a
    venue or a group with a number in its name (两乡馆) is usually quoted in one report: the detector
    (:class:`Ctx` ``recurring``) takes such a phrase as a formula even where its form looks like a
    venue's name. A dotted county motto (诗画仙居·神仙氧吧, :func:`~corpus_tools.slogans.dotmarks.dot_motto`)
    quoted on several days is the paper's own motto in the same way, where no frame marks it on the page.

    Parameters
    ----------
    days : iterable of (hashable, str)
        ``(day, text)`` pairs: the date of a page (or its id when undated) and one text of it.
    min_days : int
        How many different days must quote the phrase.

    Examples
    --------
    >>> sorted(recurring_numbered([(1, "建设“五美乡村”。"), (2, "“五美乡村”提质扩面"), (2, "参观“两乡馆”")]))
    ['五美乡村']
    """
    seen: dict[str, set[Hashable]] = defaultdict(set)
    for day, text in days:
        for q in _find_quotes(text):
            norm = normalize_text(text[q.start:q.end].strip())
            if norm and (numbered_item(norm) or dot_motto(norm)):
                seen[slogan_key(norm)].add(day)
    return frozenset(k for k, d in seen.items() if len(d) >= min_days)


def _motto_candidates(text: str, rejected: Sequence[_Quote], found: Sequence[SloganMention],
                      quote_spans: list[tuple[int, int]]) -> list[SloganMention]:
    """The decision model's own candidates: rejected quotes of two to four clauses or of one phrase, and
    unframed unquoted mottos (:mod:`~corpus_tools.slogans.decision`), none overlapping a find of the rules."""
    taken = [(m.start - int(m.quoted), m.end + int(m.quoted)) for m in found]
    out = []
    for q in rejected:
        inner = text[q.start:q.end]
        if any(a < q.close and q.open < b for a, b in taken):
            continue                 # (a quote nested in speech is a candidate like any other: speech.py)
        body = inner.strip()
        if decision.quoted_motto(inner):
            body = body[:-1] if body[-1:] in "。！!" else body
            evidence = "rejected quote"
        elif decision.quoted_phrase(body):
            evidence = "rejected phrase"
        else:
            continue
        a = q.start + inner.find(body)
        n = len(split_items(body))
        out.append(SloganMention(body, "parallel" if n >= 3 else "quoted", a, a + len(body), True, "", evidence))
    out.extend(decision.unframed_mottos(text, taken + quote_spans))
    return out


def _formula_items(text: str, quotes: Sequence[_Quote], found: Sequence[SloganMention]) -> list[SloganMention]:
    """Quoted phrases the rules rejected that repeat an item of a quoted series found on the same page:
    the page quotes a part of its formula on its own (“小病不出村，大病不出县，疑难杂症有专家” … 让“小病不出村”
    有了可能), and the guide lists it separately."""
    items = {normalize_text(m.text[a:b]) for m in found if m.quoted and m.kind == "parallel"
             for a, b in split_items(m.text)}
    out = []
    for q in quotes:
        inner = text[q.start:q.end].strip()
        if len(inner) >= 3 and normalize_text(inner) in items:
            a = text.index(inner, q.start)
            out.append(SloganMention(inner, "quoted", a, a + len(inner), True, "", "item of a formula on the page"))
    return out


def _nested(m: SloganMention, ctx: Ctx) -> list[SloganMention]:
    """Numbered formulae nested in a longer quoted slogan (四下基层 in 共驻共建聚合力 四下基层送健康)."""
    if m.kind != "quoted":
        return []
    out = []
    spans = split_items(m.text)
    for a, b in spans:
        item = m.text[a:b]
        cand = None
        if len(spans) >= 2 and len(item) == 7 and numbered_item(item[:4]):        # 4+3 rhythm: 四下基层|送健康
            cand = (a, a + 4)
        for key, entry in ctx.lexicon.entries.items():
            if entry["kind"] == "numbered" and key in slogan_key(item) and key != slogan_key(item):
                k = item.find(entry["text"])
                if k >= 0:
                    cand = (a + k, a + k + len(entry["text"]))
        if cand:
            text = m.text[cand[0]:cand[1]]
            out.append(SloganMention(text, "numbered", m.start + cand[0], m.start + cand[1], True,
                                     "", "nested in " + m.text))
    return out


