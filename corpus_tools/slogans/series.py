"""Parallel series: compact ones (联防联治联享) and unquoted ones in a requirement frame (guide 2b)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from corpus_tools.slogans.core import COUNT_VALUE, SloganMention, is_cjk
from corpus_tools.slogans.featurelist import names_natural_features
from corpus_tools.slogans.lastitem import whole_last_item
from corpus_tools.slogans.quoteshare import cuts_word, opens_inside_word, starts_inside_word
from corpus_tools.slogans.recurrence import (RECURRENCE_MIN_DAYS, SERIES_MIN_DAYS, compact_recurrence,
                                             series_recurrence)
from corpus_tools.slogans.series_roles import (CIRCUMSTANCE_RE, DONE_RE, NAME_ITEM_HEADS, REQUIRE_RE, UNFRAMED,
                                               compact_extent, compact_parallel, described_series, goal_frame,
                                               in_circumstance, misaligned_compact, name_items)
from corpus_tools.slogans.singles import is_name
from corpus_tools.slogans.unevenrun import near_even_repeated
from corpus_tools.slogans.yiwei import inside, yi_wei_series

__all__ = ["compact_parallel", "unquoted_series", "count_anchors", "series_key", "even_series_candidates", "even_series_spans",
           "CLAUSE_PUNCT", "FRAME_BEFORE_RE", "goal_frame", "REQUIRE_RE", "DONE_RE", "CIRCUMSTANCE_RE",
           "NAME_ITEM_HEADS", "UNFRAMED", "described_series", "name_items", "in_circumstance"]

CLAUSE_PUNCT = "，,。；;：:！？!?（）()《》\n"
# Frames around an unquoted parallel series (guide 2b).
_FRAME_BEFORE = ("按照", "实现", "确保", "坚持", "开展", "发挥", "做到", "遵循", "践行", "秉持",
                 "落实", "实行", "推行", "达到", "力争", "突出", "把握", "树立", "贯彻", "推进", "推动",
                 "统筹", "充当", "当好", "争当", "争做", "做好", "抓好")
FRAME_BEFORE_RE = re.compile("(?:" + "|".join(_FRAME_BEFORE) + r")[了着]?$")
# A causative frame with its object between verb and series: 推动项目早落地、早投产、早见效, 确保关键时刻冲得上、
# 扛得住、打得赢 (the series says what the object is to become or do). Only short items (two to four characters)
# that close the clause: on a quarter of People's Daily 2019-2020 (gold pool skipped) the frame without these
# limits added seven series, three formulae; the others were cut out of longer items (有地圈梁、有构造柱、有现浇混|凝土),
# went on with 和…等 or named three reforms of eight characters each.
_OBJECT_FRAME_RE = re.compile(r"(?:推动|推进|促进|确保|力争|助推)[\u4e00-\u9fff]{1,4}$")
# 方向 and 水平 close a goal the series names (向规模化、现代化、标准化方向发展; 提升制度化、规范化、程序化水平):
# People's Daily 2019-2020 (gold pool skipped, slogan23 round) prints 12 even series before 方向 and 20 before
# 水平, all but one goal formulae (the other a list of business types, 直播电商、内容电商、社交电商方向转型).
_FRAME_AFTER_RE = re.compile(
    r"^(?:的|等)?(?:要求|原则|目标|方针|理念|思路|标准|工作|模式|格局|机制|作用|举措|措施|方向|水平|"
    r"路径|新模式|为主要内容|为目标|为重点|为抓手|角色|建设|公益岗|公益性岗位|岗位"
    # the handle of a task (作为保增长、保民生、保稳定的重要抓手, pages27)
    r"|(?:重要|有力|有效)?抓手)")
# A count right after a series that names how many items it has (…、乡村服务型“四型”; …三级联查).
# (a count in digits is not taken: People's Daily 2019-2020 prints it after descriptive lists, 英语、日语、韩语3个语种)
_COUNT_AFTER_RE = re.compile(r"^[“‘\"]?([两三四五六七八九十])")
_PLACE_HEADS = "国省市县区州镇乡"
#: A repeated opening word that only picks out members (不同年龄、不同行业、不同地区; 哪个村子、哪个小组、哪个家庭) describes,
#: it is no formula's frame: People's Daily 2019-2020 (gold pool skipped; training/slogans/cue_counts.py --frames) prints 38
#: such series, none a formula.
DETERMINERS = ("不同", "各个", "各类", "各种", "各级", "哪个", "哪些", "每个", "每一", "多种", "多个", "其他", "所有",
                "一些", "部分", "这个", "那个",
                # 任何 and one + a classifier (任何时间、任何地点、任何人; 一种科学态度、一种担当意识…; 一个政党、一个民族…):
                # 12 such series in People's Daily 2019-2020 (gold pool skipped, slogan23 round), none a formula
                "任何", "一种", "一个", "一份", "一次", "一批")
# 和/及/与 + one more item + a count of the items (…和金融扶贫四大领域)
_COUNTED_TAIL_RE = re.compile(r"^[和及与][\u4e00-\u9fff]{1,10}?[两三四五六七八九十][大项个类种条]")
# a count of items right after a series (四大, 五个, 三项), after the rest of a last item cut to the others'
# length (国家产业创新中|心四大) or taken into a short last item stretched to their length (县级技术中心四|大)
_OTHER_COUNT_RE = re.compile("[\u4e00-\u9fff]?([两三四五六七八九十])[大个项类种条方]")


def _segments(par: str, offset: int) -> Iterator[list[tuple[int, int, str]]]:
    """Runs of >= 3 pieces of one paragraph joined by the same separator (、 or ，).

    Each piece is ``(start, end, separator after it)`` with offsets shifted by *offset*; the
    last piece of a run may be followed by anything (it is trimmed later).
    """
    bounds = list(re.finditer(r"[、，,。；;：:！？!?（）()《》“”‘’「」\"]|\s+", par))
    pieces: list[tuple[int, int, str]] = []
    pos = 0
    for m in bounds:
        sep = {"、": "、", "，": "，", ",": "，"}.get(m.group(0), "|")
        pieces.append((pos + offset, m.start() + offset, sep))
        pos = m.end()
    pieces.append((pos + offset, len(par) + offset, "|"))
    i = 0
    while i < len(pieces):
        sep = pieces[i][2]
        if sep == "|":
            i += 1
            continue
        j = i
        while j < len(pieces) and pieces[j][2] == sep:
            j += 1
        run = pieces[i:min(j, len(pieces) - 1) + 1]
        if len(run) >= 3:
            yield run
        i = max(j, i + 1)


def unquoted_series(text: str, quoted_spans: list[tuple[int, int]],
                    anchors: frozenset[tuple[int, str]] = frozenset()) -> list[SloganMention]:
    """Unquoted parallel series with a shared morpheme in a requirement frame (guide 2b).

    *anchors* are ``(count, character)`` pairs of the numbered formulae of the same text (三务 →
    (3, "务")): a series of that many items sharing that character is the formula spelt out
    (党务、村务、财务).

    Parameters
    ----------
    text : str
        Plain text; ``"\\n"`` separates paragraphs (a series never crosses it).
    quoted_spans : list of (int, int)
        Spans of quotations already found as slogans (with their marks); a series inside one is not found again.
    anchors : frozenset of (int, str)
        From :func:`count_anchors`.

    Returns
    -------
    list of SloganMention
        ``parallel`` mentions, unquoted, with the frame or cue as evidence.

    Examples
    --------
    >>> [m.text for m in unquoted_series("富平县坚持抓龙头、抓基地、抓品牌，推动柿子产业转型。", [])]
    ['抓龙头、抓基地、抓品牌']
    """
    out: list[SloganMention] = []
    recurring: list[SloganMention] = []
    days: dict[str, int] = {}      # recurring compact series -> days the corpus prints their first window
    pos = 0
    for par in text.split("\n"):
        for run in _segments(par, pos):
            found = _prefix_series(text, run, quoted_spans) or _series_in_run(text, run, quoted_spans, anchors)
            if not found:
                found = _suffix_series(text, run, quoted_spans) or _spelt_out(text, run, quoted_spans, anchors)
            out.extend(found)
        out.extend(m for m in _pivot_series(par, pos, quoted_spans) + yi_wei_series(par, pos, quoted_spans)
                   if not any(o.start < m.end and m.start < o.end for o in out))
        covered = 0
        for k in range(len(par) - 5):
            a, b = pos + k, pos + k + 6
            cand = text[a:b]
            if a < covered or not compact_parallel(cand):
                continue
            a0, b0 = a, b
            a, b = compact_extent(text, a, b)      # 逐村逐户逐人逐项: the whole run, not its first three items
            if inside(a, b, quoted_spans) or cuts_word(text, b) or opens_inside_word(text, a):
                continue                 # (好山好水好空|气, 村|民同吃同住同 are no compact series)
            if b - a > 6:
                covered = b              # the other windows of a longer run are this series
            cand = text[a:b]
            pre, post = text[max(0, a - 6):a], text[b:b + 6]
            if FRAME_BEFORE_RE.search(pre) and (not post or post[0] in CLAUSE_PUNCT + "、"):
                out.append(SloganMention(cand, "parallel", a, b, False, "", "compact series in frame"))
            elif a == text.find(cand) and _heading_and_body(text, cand) \
                    and not re.search(f"[“‘「『][^”’」』\n]*{cand}", text):
                # printed in a heading and again in the body (逐项逐户逐人补短板 / …逐项逐户逐人补齐短板): the page
                # uses it as a label (not a part of a quoted phrase, 名师名医名家 of “名师名医名家工作室”)
                out.append(SloganMention(cand, "parallel", a, b, False, "", "recurring compact series on page"))
            elif compact_recurrence().get(text[a0:b0], 0) >= RECURRENCE_MIN_DAYS \
                    and not misaligned_compact(text, a0, b0, compact_recurrence()):
                days[cand] = compact_recurrence()[text[a0:b0]]
                recurring.append(SloganMention(cand, "parallel", a, b, False, "", "recurring compact series"))
        pos += len(par) + 1
    # overlapping windows (群众最急最忧最盼): the one the corpus prints on most days wins
    for m in sorted(recurring, key=lambda m: -days[m.text]):
        if not any(o.start < m.end and m.start < o.end for o in out):
            out.append(m)
    return out


#: the longest item of a run that spells out a count (帮班子建设促基层组织坚强 of “四帮四促”, pages27: twelve)
_SPELT_MAX = 12


def _spelt_out(text: str, run: list[tuple[int, int, str]], quoted_spans: list[tuple[int, int]],
               anchors: frozenset[tuple[int, str]]) -> list[SloganMention]:
    """A whole run of items of any length that spells out a numbered formula of the page: as many items
    as it counts, each opening or each closing with its character (“五净”…即路面净、路缘净、树穴净、
    窗户门前净、墙根净; “四送一服”…送新发展理念、送支持政策、送创新项目、送生产要素). The first item starts
    after 即, 是 or a colon when its piece has one."""
    if len(run) < 3 or len({sep for _, _, sep in run[:-1]}) != 1 or not anchors:
        return []
    words = [text[a:b] for a, b, _ in run]
    lead = max((words[0].rfind(c) + 1 for c in "即是：:"), default=0)
    words[0] = words[0][lead:]
    if not all(2 <= len(w) <= _SPELT_MAX and is_cjk(w) for w in words) or len(set(words)) < len(words):
        return []
    n = len(words)
    if not any((n, c) in anchors and (all(w[0] == c for w in words) or all(w[-1] == c for w in words))
               for c in {words[0][0], words[0][-1]}):
        return []
    start, end = run[0][0] + lead, run[-1][1]
    if inside(start, end, quoted_spans):
        return []
    return [SloganMention(text[start:end], "parallel", start, end, False, "", "counted series")]


_HEADING_MAX = 24  # a line of at most this many characters without a full stop is a title or subheading


def _heading_and_body(text: str, cand: str) -> bool:
    """Whether *cand* is printed both in a heading (a line of at most ``_HEADING_MAX`` characters with no
    。！？) and in another line of *text*."""
    lines = [ln for ln in text.split("\n") if cand in ln]
    heads = [ln for ln in lines if len(ln) <= _HEADING_MAX and not re.search("[。！？!?]", ln)]
    return bool(heads) and len(lines) > len(heads[:1])


_MAX_SERIES = 24  # pieces of one length in a row beyond this are a list or table, not a slogan


def _even_windows(run: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, list[tuple[int, int]] | None]]:
    """Windows ``(i, j, items)`` of a run whose inner pieces share one length L, the end pieces trimmed
    to L (``items`` None when the window cannot be a series); the caller says where the next one starts
    by sending it (``None`` for the default)."""
    n = len(run)
    lengths = [b - a for a, b, _ in run]
    i = 0
    while i < n - 2:
        # grow a window [i, j] whose inner pieces share one length L
        L = lengths[i + 1]
        j = i + 2
        while j < n - 1 and lengths[j] == L:
            j += 1
        if not 2 <= L <= 10 or j - i > _MAX_SERIES:  # every window from i to j - 2 fails too:
            i = max(i + 1, j - 1)                      # skip them (linear time on long lists)
            continue
        items = None
        # inner pieces are i+1 .. j-1; endpoints i and j must be at least L long
        if lengths[i] >= L and lengths[j] >= L and run[i][2] == run[i + 1][2] \
                and len({run[k][2] for k in range(i, j)}) == 1:
            items = [(run[i][1] - L, run[i][1])] + [(run[k][0], run[k][1]) for k in range(i + 1, j)] \
                + [(run[j][0], run[j][0] + L)]
        nxt = yield i, j, items
        i = nxt if nxt is not None else i + 1


def even_series_candidates(text: str) -> Iterator[list[str]]:
    """The items of every window of equal-length pieces joined by one separator in *text* whose items share a
    character in one place: the candidates :func:`unquoted_series` judges (``training/slogans/series_recurrence.py``
    counts them over People's Daily).

    Parameters
    ----------
    text : str
        Plain text.

    Returns
    -------
    iterator of list of str
        The items of each window.

    Examples
    --------
    >>> list(even_series_candidates("推行统一育苗、统一施肥、统一收购。"))
    [['统一育苗', '统一施肥', '统一收购']]
    """
    for _, _, words in even_series_spans(text):
        yield words


def even_series_spans(text: str) -> Iterator[tuple[int, int, list[str]]]:
    """``(start, end, items)`` of every window of :func:`even_series_candidates`.

    Parameters
    ----------
    text : str
        Plain text.

    Returns
    -------
    iterator of (int, int, list of str)
        The window's span (offsets into *text*) and its items.

    Examples
    --------
    >>> [(a, b) for a, b, _ in even_series_spans("推行统一育苗、统一施肥、统一收购。")]
    [(2, 16)]
    """
    pos = 0
    for par in text.split("\n"):
        for run in _segments(par, pos):
            for _, _, items in _even_windows(run):
                if items:
                    words = [text[a:b] for a, b in items]
                    if all(is_cjk(w) for w in words) and any(len({w[p] for w in words}) == 1
                                                             for p in range(len(words[0]))):
                        yield items[0][0], items[-1][1], words
        pos += len(par) + 1


def series_key(words: list[str]) -> str:
    """The order-free key of a series (减量化、资源化、无害化 and 减量化、无害化、资源化 are one formula).

    Parameters
    ----------
    words : list of str
        The items of a series as printed, in their printed order.

    Returns
    -------
    str
        The items sorted and joined by 、: one key for every order of the same items.

    Examples
    --------
    >>> series_key(["减量化", "资源化", "无害化"]) == series_key(["减量化", "无害化", "资源化"])
    True
    """
    return "、".join(sorted(words))


def _series_in_run(text: str, run: list[tuple[int, int, str]], quoted_spans: list[tuple[int, int]],
                   anchors: frozenset[tuple[int, str]] = frozenset()) -> list[SloganMention]:
    out: list[SloganMention] = []
    windows = _even_windows(run)
    step = None
    while True:
        try:
            i, j, items = windows.send(step)
        except StopIteration:
            break
        step = None
        if not items:
            continue
        mention = _judge_series(text, items, run[i], run[j], anchors)
        if mention and cuts_word(text, mention.end) and mention.end < run[j][1]:
            # the last item was cut to the others' length inside a word (送医、送法、送文|化): take the word
            mention = replace(mention, text=text[mention.start:mention.end + 1], end=mention.end + 1)
        mention = mention and whole_last_item(text, mention, run[j][1])   # a sentence end closes the last item
        if mention and mention.evidence != "series in frame" and mention.start > run[i][0] \
                and starts_inside_word(text, mention.start):
            # the first item was cut inside a word (农|牧业人口多、贫困人口多…): without a frame the equal items
            # were an accident of the cut (in one the word is often the frame's: 形|成问题联治、工作联动…)
            mention = None
        if mention and not inside(mention.start, mention.end, quoted_spans):
            out.append(mention)
            step = j
    return out


# Verbs that open a list of roles or mechanisms: the first item starts right after them.
_OPENERS_RE = re.compile("(?:" + "|".join(_FRAME_BEFORE + ("成为", "建立", "形成", "推出", "设立", "担任", "当起"))
                         + ")[了着起]?")


def _suffix_series(text: str, run: list[tuple[int, int, str]],
                   quoted_spans: list[tuple[int, int]]) -> list[SloganMention]:
    """A whole run of items of unequal length sharing their last character, opened by a verb
    (成为防疫宣传员、守门员、战斗员; 建立了乡镇纪委督查、片区纪工委抽查、区纪委巡查)."""
    if len(run) < 3 or len({sep for _, _, sep in run[:-1]}) != 1:
        return []
    first = text[run[0][0]:run[0][1]]
    rest = [text[a:b] for a, b, _ in run[1:]]
    if not all(2 <= len(w) <= 8 and is_cjk(w) for w in rest[:-1]) or not is_cjk(rest[-1]):
        return []
    opener = None
    for m in _OPENERS_RE.finditer(first):
        opener = m
    if opener is None or not 2 <= len(first) - opener.end() <= 8:
        return []
    words = [first[opener.end():]] + rest
    end = run[-1][1]
    last = words[-1]
    k = last.find(words[0][-1], 1)
    if 1 <= k <= 7 and last[k + 1:k + 2] in ("和", "及", "与") \
            and not _COUNTED_TAIL_RE.match(text[run[-1][0] + k + 1:run[-1][0] + k + 20]):
        return []                             # 党员公约、村民公约、家庭公约和村规民约: a list that goes on
    if last[-1] != words[0][-1] and 1 <= k <= 7 \
            and (_COUNT_AFTER_RE.match(last[k + 1:]) or last[k + 1:].startswith("等")):
        words[-1] = last[:k + 1]              # 区纪委巡查|三级联查机制: the count closes the series
        end = run[-1][0] + k + 1
    if not is_cjk(words[0]) or len({w[-1] for w in words}) != 1 or len(set(words)) < len(words):
        return []
    start = run[0][0] + opener.end()
    if inside(start, end, quoted_spans):
        return []
    return [SloganMention(text[start:end], "parallel", start, end, False, "", "series after an opener")]


# How the items act together, after the last one (冰雪旅游一体发展): the clause's predicate, no part of the item.
_JOINT_PREDICATE_RE = re.compile(r"(?:一体|融合|协同|协调|联动|统筹|同步|互动|共同|深度融合|一体化)(?:发展|推进|提升|联动)?"
                                 r"|齐头并进|并重|并举|相结合|互促共进")


def _prefix_series(text: str, run: list[tuple[int, int, str]],
                   quoted_spans: list[tuple[int, int]]) -> list[SloganMention]:
    """A whole run of items of unequal length opening with the same word of two or more characters, in
    a frame (按照统一图纸、统一科室设置、统一建设标准、统一标识的要求): guide 2b's repeated word, for
    items that differ in length (equal ones are :func:`_series_in_run`'s)."""
    if len(run) < 3 or run[0][2] != "、" or len({sep for _, _, sep in run[:-1]}) != 1:
        return []
    pieces = [text[a:b] for a, b, _ in run]
    head = pieces[1][:2]
    if len(head) < 2 or not is_cjk(head) or not all(p.startswith(head) for p in pieces[1:]):
        return []
    k = pieces[0].rfind(head)
    if k < 0:
        return []
    last = pieces[-1]
    cut = min([i for i in (last.find("的", 2), last.find("等", 2)) if i > 0], default=len(last))
    words = [pieces[0][k:]] + pieces[1:-1] + [last[:cut]]
    if len({len(w) for w in words[:-1]}) == 1 and _JOINT_PREDICATE_RE.fullmatch(words[-1][len(words[0]):]):
        return []                    # even items and what they do together (冰雪运动、冰雪文化、冰雪旅游一体发展)
    if len({len(w) for w in words}) == 1 or not all(3 <= len(w) <= 8 and is_cjk(w) for w in words) \
            or len(set(words)) < len(words):
        return []
    prefix, suffix = pieces[0][:k], last[cut:] + text[run[-1][1]:run[-1][1] + 6]
    suffix = re.sub(r"^[\s“‘\"]+", "", suffix.lstrip("的"))
    count = _COUNT_AFTER_RE.match(suffix)
    framed = FRAME_BEFORE_RE.search(prefix) or _FRAME_AFTER_RE.match(last[cut:]) \
        or (count and COUNT_VALUE[count.group(1)] == len(words))
    if not framed and not (cut == len(last) and near_even_repeated(words, prefix, text[run[-1][1]:], DETERMINERS)):
        return []
    start, end = run[0][0] + k, run[-1][0] + cut
    if inside(start, end, quoted_spans):
        return []
    evidence = "series with a repeated word" if framed else "repeated word"   # unframed: unevenrun's near-even run
    return [SloganMention(text[start:end], "parallel", start, end, False, "", evidence)]


_PIVOT_BAD = "的了是在和与及等之为"
_STATE_CHARS = "有是在为的了着和与及"
# A negation opening three or more three-character items standing alone is a vow's frame (不挖山，不填坑，不扒房，不砍树;
# 不漠视、不推诿、不掩盖、不拖延): People's Daily 2019-2020 prints one such series in half the crawl, a formula.
_NEGATIONS = "不无零"
_PIECES_RE = re.compile(r"[^、，,。；;：:！？!?（）()《》“”‘’「」\"\s]+")


def _pivot_series(par: str, offset: int, quoted_spans: list[tuple[int, int]]) -> list[SloganMention]:
    """Three or more items *X c Y* sharing one pivot character *c* (a verb) with one or two
    characters after it, joined by 、 or ， (mixed separators allowed) and opened by a frame verb:
    实行支部书记包村、村干部分组包片，党员包户. The last item may be followed by a frame noun
    (…党员包户措施). Items of unequal length are the point: equal ones are :func:`_series_in_run`'s."""
    pieces = [(m.start(), m.end()) for m in _PIECES_RE.finditer(par)]
    out: list[SloganMention] = []
    i = 0
    while i < len(pieces) - 2:
        a, b = pieces[i]
        opener = None
        for m in _OPENERS_RE.finditer(par[a:b]):
            opener = m
        found = None
        if opener is not None:
            first = par[a + opener.end():b]
            for k in range(len(first) - 2, len(first) - 4, -1):
                if k < 2 or first[k] in _PIVOT_BAD or not is_cjk(first):
                    continue
                found = _pivot_run(par, pieces, i, a + opener.end(), first[k])
                if found:
                    break
        if found:
            start, end, n = found
            if not inside(start + offset, end + offset, quoted_spans):
                out.append(SloganMention(par[start:end], "parallel", start + offset, end + offset, False, "",
                                         "series with a shared verb"))
            i += n
        else:
            i += 1
    return out


def _pivot_run(par: str, pieces: list[tuple[int, int]], i: int, start: int, c: str
               ) -> tuple[int, int, int] | None:
    """Extend a pivot series from piece *i* (whose item starts at *start*): (start, end, items)."""
    item = re.compile(f"[\u4e00-\u9fff]{{1,5}}{c}[\u4e00-\u9fff]{{1,2}}")
    words = [par[start:pieces[i][1]]]
    end = pieces[i][1]
    for k in range(i + 1, len(pieces)):
        a, b = pieces[k]
        sep = par[pieces[k - 1][1]:a]
        if sep not in ("、", "，", ","):
            break
        piece = par[a:b]
        if item.fullmatch(piece):
            words.append(piece)
            end = b
            continue
        for m in (re.match(f"[\u4e00-\u9fff]{{1,5}}{c}[\u4e00-\u9fff]{{{n}}}", piece) for n in (1, 2)):
            if m and _FRAME_AFTER_RE.match(piece[m.end():]):
                words.append(m.group(0))
                end = a + m.end()
                break
        break
    # the first item cannot be longer than every other one: its start is only a guess after the opener
    if len(words) < 3 or len(words[0]) > max(map(len, words[1:])) or len({len(w) for w in words}) == 1:
        return None
    if any("的" in w or _OPENERS_RE.search(w) for w in words[1:]):
        return None      # a new clause or a description, not an item
    heads = [w[:w.rindex(c, 0, len(w) - 1)] for w in words]
    tails = [w[w.rindex(c, 0, len(w) - 1) + 1:] for w in words]
    if len(set(heads)) < len(words) or len(set(tails)) < len(words):
        return None      # a shared suffix (质量变革、效率变革) or subject, not a pivot
    return start, end, len(words)


def _judge_series(text: str, items: list[tuple[int, int]], first: tuple[int, int, str],
                  last: tuple[int, int, str], anchors: frozenset[tuple[int, str]] = frozenset(),
                  ) -> SloganMention | None:
    words = [text[a:b] for a, b in items]
    if not all(is_cjk(w) for w in words) or len(set(words)) < len(words) or words[-1].endswith("等"):
        return None
    if all(is_name(w) for w in words):
        return None          # a list of names (运营管理中心、财务管理中心、医保监管中心), not a formula
    if names_natural_features(words):
        return None          # a list of lakes or rivers (白马湖、高邮湖、宝应湖三湖), names of places (featurelist)
    L = len(words[0])
    shared = [p for p in range(L) if len({w[p] for w in words}) == 1]
    if not shared:
        return None
    prefix = text[first[0]:items[0][0]]
    suffix = text[items[-1][1]:last[1]]
    framed = bool(FRAME_BEFORE_RE.search(prefix)) or bool(_FRAME_AFTER_RE.match(suffix)) \
        or goal_frame(prefix, text[items[-1][1]:items[-1][1] + 4])
    # a series of three-character items standing alone as a clause (察民情、听民意、解民忧); not when the shared
    # character is a verb of state or a function word (春有枇杷，夏有荔枝，秋有龙眼 describes). Longer items
    # standing alone are narrative clauses: of the 20 standalone series labelled in People's Daily
    # (rule_sample_labels.tsv) the two with items of three characters hold one slogan, the 18 longer ones one
    # (稳定就业总量，改善就业结构，提升就业质量 …), and in samples A-D and the open dev reports no longer one is a
    # slogan the other rules miss
    closes = items[-1][1] >= len(text) or text[items[-1][1]] in CLAUSE_PUNCT + "”’"
    framed = framed or (2 <= L <= 4 and closes and bool(_OBJECT_FRAME_RE.search(prefix)))
    standalone = (not prefix and not suffix and L == 3
                  and (any(0 < p < L - 1 and words[0][p] not in _STATE_CHARS for p in shared)
                       or (len(words) >= 3 and words[0][0] in _NEGATIONS and shared[0] == 0))
                  and first[0] > 0 and text[first[0] - 1] in "，,。；;：:"
                  and last[1] < len(text) and text[last[1]] in "，,。；;")
    # a repeated word of two or more characters opening or closing every item (带头X、带头Y、带头Z;
    # X在村、Y在村、Z在村) is a formula's frame by itself
    after = text[items[-1][1]:items[-1][1] + 3]
    # not a described list (…等; 的 before it; 来自生活、来自地心、来自民间的气息) nor a run of narrative
    # clauses joined by commas (以文会友，以文扶贫，以文招商引资; 走进贫困山区，走进城市乡村…)
    # nor the part of a longer enumeration that goes on with 和/及/与 (即支部公约、党员公约、村民公约和村干部履职承诺:
    # the page spells out the parts of a count; 系统安全、应用安全、数据安全和移动安全) unless a count of the
    # items closes it (产业扶贫、用工扶贫、创业扶贫和金融扶贫四大领域)
    tail = text[items[-1][1]:items[-1][1] + L + 6]
    goes_on = after.startswith(("和", "及", "与")) and not _COUNTED_TAIL_RE.match(tail)
    # (or a word of two characters in the middle of four-character items: 进百家门、知百家情、晓百家难)
    repeated = L >= 4 and (shared[:2] == [0, 1] or shared[-2:] == [L - 2, L - 1]
                           or (L == 4 and shared[:2] == [1, 2])) and not goes_on \
        and not after.startswith(("等", "的", "…")) and not prefix.endswith("的") and first[2] == "、" \
        and not words[0].startswith(DETERMINERS)
    # 可 + a verb in every item (可复制、可推广、可借鉴; 可核查、可追溯、可问责): a property the page requires of a
    # practice, a requirement formula however it is framed; People's Daily 2019-2020 (gold pool skipped, slogan23
    # round) prints five such series of three-character items, all formulae
    potential = L == 3 and shared == [0] and words[0][0] == "可" and first[2] == "、" and not goes_on \
        and not after.startswith(("等", "…"))
    count = _COUNT_AFTER_RE.match(after)
    other = _OTHER_COUNT_RE.match(text, items[-1][1]) or _OTHER_COUNT_RE.match(text, items[-1][1] - 1)
    if other and COUNT_VALUE[other.group(1)] != len(words):
        return None          # a count of other items closes it: part of a longer list (…、国家产业创新中心四大…平台)
    counted = ((bool(count) and COUNT_VALUE[count.group(1)] == len(words))
               or any((len(words), words[0][p]) in anchors for p in shared)) \
        and not all(words[0][p] in _PLACE_HEADS for p in shared)          # 英国、法国、德国“三国”
    # a series People's Daily prints on other days too is a fixed formula (减量化、无害化、资源化), not a list
    # (items of three or more characters joined by 、: two-character ones recur as plain phrases, 人力、物力、财力)
    recurring = L >= 3 and first[2] == "、" and not after.startswith(("等", "…")) \
        and series_recurrence().get(series_key(words), 0) >= SERIES_MIN_DAYS
    if not (framed or standalone or repeated or counted or recurring or potential):
        return None
    start, end = items[0][0], items[-1][1]
    # the 可X series is its own evidence, ahead of recurrence: its shape is the requirement (not UNFRAMED)
    evidence = ("series in frame" if framed else "standalone series" if standalone
                else "repeated word" if repeated else "counted series" if counted
                else "requirement series" if potential else "recurring series")
    return SloganMention(text[start:end], "parallel", start, end, False, "", evidence)


def count_anchors(numbered: list[str]) -> frozenset[tuple[int, str]]:
    """``(count, character)`` of each numeral group of numbered formulae: 三务 → (3, "务"); 三亮一争 → (3, "亮").

    Parameters
    ----------
    numbered : list of str
        Texts of numbered formulae found in the same text.

    Returns
    -------
    frozenset of (int, str)
        The count and the character after the numeral (a measure word such as 个 or 大 skipped).

    Examples
    --------
    >>> sorted(count_anchors(["三务", "五个体系"]))
    [(3, '务'), (5, '体')]
    """
    out = set()
    for text in numbered:
        for m in re.finditer(r"([两三四五六七八九十])[个大项条类种]?([\u4e00-\u9fff])", text):
            out.add((COUNT_VALUE[m.group(1)], m.group(2)))
    return frozenset(out)
