"""Shapes and frames of a quoted phrase read by the quote test (:func:`~corpus_tools.slogans.quotetest.classify_quote`)
besides its rules: a responsibility pair, an abbreviation whose numeral counts what a verb acts on, and a practice of
some cadres the sentence faults.

:func:`who_pair`: two parts each opening with 谁 and a verb (“谁治理、谁受益”, “谁受益、谁负担”): the principle that
whoever does one thing bears or gains another, a formula of policy prose. On the open page sets four writers list such
quotes (pages27, pages30 and pages31o with three or more parts or as a pair, pages32o as a pair), none is a false alarm;
People's Daily 2019-2020 quotes 谁主管谁负责, 谁执法谁普法, 谁主张、谁举证, 谁污染谁治理 so. Not taken: a question
(“谁来种地”) or the bad norm 谁闹谁有理 (a part ending 有理).

:func:`verb_numeral` : a verb with a bare numeral after it, once or in a run (普九: 普及九年义务教育; 退一还二还三): the
numeral counts the parts of the formula the verb acts on, so the guide calls it ``numbered`` (pages29, pages33o's
odd half; People's Daily 1998 and 2019-2020 print “普九” in quotes). A numeral with a measure word after it (“只进一扇门”,
“最多跑一次”) counts no parts and is no such shape; a lone 一 after a verb is a word (统一, 唯一), and an ordinal or a
nickname prefix (第三, 初三, 老三) is none.

:func:`faulted_subject`: the clause before the quote names some cadres as its subject (有的乡镇干部下村“车不停、人不下、
话不问”, 个别干部仍有“应付一阵子”的想法): the quote is the practice the sentence faults, which the guide's list of
scare-quoted words takes in, as :func:`~corpus_tools.slogans.callframes.criticised_before` does for a verb. People's
Daily 2019-2020 prints such quotes after 有的干部 / 个别干部 as faults (“看客”, “等靠要”, “吃拿卡要”).

:func:`traditional_before`: 传统的 right before the quote (除传统的“男儿三艺”外, pages32o): a custom or an old way of
doing things, not a formula of policy. People's Daily 2019-2020 prints 21 quotes so, old ways and customs (“做了再说”,
“基数预算”, “男主外、女主内”) but one (“仁义礼智信”); the known formulae are taken before this test.

:func:`outreach_programme`: a quoted phrase naming what is brought to the countryside or to every home (“家电下乡”,
“送医下乡”, “潮剧下乡”, “婚育新风进万家”): a campaign's name. All ten such quotes of the open page sets are gold items
(eight writers, pages22 … pages30o; “家电下乡” of three); People's Daily 2019-2020 quotes “汽车下乡”, “快递下乡”,
“三下乡” so. The shape gives the single-phrase test its evidence when its cues gave none (“家电下乡”产品销售点, pages30).

:func:`campaign_head`: the page carries the quote out as a campaign: a verb of launching or joining before it (开展,
实施, 纳入, 启动, 推进, 列入) and 创建 / 工程 / 行动 right after it (开展“平安家庭”创建活动, 把瑶绣纳入“广东技工”工程). Of the
36 quotes of the open page sets and dev reports followed at once by 创建 / 工程 / 行动 (评选 aside), 33 are gold items
(fifteen writers); the three others the rules take already. The frame overrides the single-phrase test's honour
and province-name cues (a home's title, a province's name opening the quote: a campaign's name all the same), not its
other vetoes (:data:`CAMPAIGN_VETOES`).

:func:`standard_in_title`: a counting formula quoted inside an honour title, the title going on after the quote with
the body it is given to (被评为全县“五个好”村党组织, 表彰“五好”党支部, People's Daily 2019-2020's 被评为全国“两基”
工作先进区): the quote is the standard the title names, a formula; the title test (a quote right after 评为 is the
title, “十差村”) keeps taking a title quoted whole. Three writers of the open page sets (pages26, pages30,
pages32o) list every such quote.
"""

from __future__ import annotations

import re
from typing import Sequence

from corpus_tools.text import normalize_text

__all__ = ["who_pair", "verb_numeral", "faulted_subject", "standard_in_title", "traditional_before",
           "outreach_programme", "campaign_head", "CAMPAIGN_VETOES"]

#: 谁 and a verb of one to three characters, not 谁来 (a question: “谁来种地”)
_WHO_RE = re.compile(r"谁(?!来|能|是)[\u4e00-\u9fff]{1,3}")

_NUMERALS = "二三四五六七八九十两"
#: a verb (no numeral, no ordinal or nickname prefix) and a bare numeral
_UNIT = r"(?![第初高老周小阿大数廿几])[^\W\d一二三四五六七八九十两百千万双]"
_ONE_UNIT_RE = re.compile(_UNIT + f"[{_NUMERALS}]")
_RUN_RE = re.compile(f"(?:{_UNIT}[一{_NUMERALS}]){{2,4}}")

#: some cadres as the subject of the clause: 有的 / 个别 / 少数, up to four characters, a word for cadres
_FAULTED_RE = re.compile(r"(?:有的|个别|少数)[\u4e00-\u9fff]{0,4}(?:干部|党员|领导)(?![^，,。；;：:]*(?:的|和|与))")


#: what is brought: two to eight characters, then 下乡 / 进万家 / 进农家 (not 上下乡, a bare 下乡)
_OUTREACH_RE = re.compile(r"[\u4e00-\u9fff]{2,8}(?:下乡|进万家|进农家)")

#: a verb launching, carrying out or joining a campaign, closing the text before the quote
_LAUNCH_RE = re.compile(r"(?:开展|实施|纳入|启动|推进|推行|列入|参与|深化|掀起)了?$")
#: a campaign head right after the quote (not 建设经验, not 评选: a prize)
_CAMPAIGN_AFTER_RE = re.compile(r"(?:创建|工程|行动)(?!\S{0,2}经验)")
#: the single-phrase test's cues a campaign frame does not override (a bad shape, a place, a name, a word)
CAMPAIGN_VETOES = ("bad_shape", "place_prefix", "name_suffix", "name_after", "ordinary", "role_name", "epithet",
                   "rank", "title_before", "place_practice")

#: 传统的 / 传统 closing the text before the quote (not 优良传统, 好传统: a heritage the page upholds)
_TRADITIONAL_RE = re.compile(r"(?<![良好])传统的?$")

#: the body an honour title is given to, printed right after a quoted standard (村党组织, 党支部, 工作先进区)
_TITLE_BODY_RE = re.compile(r"(?:村|乡镇|基层)?(?:党组织|党支部|党委|支部)|工作先进")


def who_pair(items: Sequence[str]) -> bool:
    """Whether the parts of a quoted phrase are a responsibility pair: each opens with 谁 and a verb.

    Parameters
    ----------
    items : sequence of str
        The parts of the quote (split at its separators).

    Returns
    -------
    bool

    Examples
    --------
    >>> who_pair(["谁治理", "谁受益"]), who_pair(["谁主张", "谁举证"]), who_pair(["谁来种地", "谁来管"])
    (True, True, False)
    >>> who_pair(["谁闹", "谁有理"]), who_pair(["谁治理"])
    (False, False)
    """
    parts = [normalize_text(it) for it in items]
    return len(parts) >= 2 and len(set(parts)) == len(parts) \
        and all(_WHO_RE.fullmatch(p) and not p.endswith("有理") for p in parts)


def verb_numeral(norm: str) -> bool:
    """Whether a quoted phrase is a verb with a bare numeral, or a run of two to four such units.

    Parameters
    ----------
    norm : str
        The quoted phrase, normalised.

    Returns
    -------
    bool

    Examples
    --------
    >>> verb_numeral("普九"), verb_numeral("退一还二还三"), verb_numeral("统一"), verb_numeral("初三")
    (True, True, False, False)
    >>> verb_numeral("只进一扇门"), verb_numeral("两学一做"), verb_numeral("三农")
    (False, False, False)
    """
    return bool(_ONE_UNIT_RE.fullmatch(norm) or _RUN_RE.fullmatch(norm))


def faulted_subject(clause: str) -> bool:
    """Whether the clause before a quotation has some cadres as its subject (有的干部, 个别党员, 有的乡镇干部).

    Parameters
    ----------
    clause : str
        The clause running up to the opening quotation mark
        (:func:`~corpus_tools.slogans.quoteframes.clause_before`).

    Returns
    -------
    bool

    Examples
    --------
    >>> faulted_subject("有的乡镇干部下村"), faulted_subject("个别干部仍有"), faulted_subject("全县干部")
    (True, True, False)
    >>> faulted_subject("有的党员和群众一起开展")
    False
    """
    return bool(_FAULTED_RE.search(clause))


def standard_in_title(after: str) -> bool:
    """Whether the text after a quotation goes on with the body an honour title is given to (村党组织, 党支部,
    工作先进区): the quote before it is the title's standard, not the title.

    Parameters
    ----------
    after : str
        The text right after the closing quotation mark.

    Returns
    -------
    bool

    Examples
    --------
    >>> standard_in_title("村党组织。"), standard_in_title("党支部五个"), standard_in_title("工作先进区")
    (True, True, True)
    >>> standard_in_title("称号"), standard_in_title("，今年")
    (False, False)
    """
    return bool(_TITLE_BODY_RE.match(after))


def traditional_before(before: str) -> bool:
    """Whether the text before a quotation ends with 传统的 / 传统 (a custom or an old way, not a formula).

    Parameters
    ----------
    before : str
        The text right before the opening quotation mark.

    Returns
    -------
    bool

    Examples
    --------
    >>> traditional_before("除传统的"), traditional_before("改变传统"), traditional_before("发扬优良传统")
    (True, True, False)
    """
    return bool(_TRADITIONAL_RE.search(before))


def outreach_programme(norm: str) -> bool:
    """Whether a quoted phrase names something brought to the countryside or to every home (X下乡, X进万家).

    Parameters
    ----------
    norm : str
        The quoted phrase, normalised.

    Returns
    -------
    bool

    Examples
    --------
    >>> outreach_programme("家电下乡"), outreach_programme("婚育新风进万家"), outreach_programme("下乡")
    (True, True, False)
    """
    return bool(_OUTREACH_RE.fullmatch(norm))


def campaign_head(before: str, after: str) -> bool:
    """Whether a quote is launched as a campaign: a verb of launching before it and 创建 / 工程 / 行动 right after it.

    Parameters
    ----------
    before, after : str
        The text right before the opening and right after the closing quotation mark.

    Returns
    -------
    bool

    Examples
    --------
    >>> campaign_head("十八个社区开展", "创建活动，"), campaign_head("把瑶绣纳入", "工程，在")
    (True, True)
    >>> campaign_head("推广", "建设经验"), campaign_head("全县开展", "评选活动")
    (False, False)
    """
    return bool(_LAUNCH_RE.search(before) and _CAMPAIGN_AFTER_RE.match(after))
