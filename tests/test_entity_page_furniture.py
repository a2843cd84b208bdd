"""Names printed outside a page's articles: every printing of the paper's name, its organ, staff and photo credits."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from corpus_tools._entity_rules.page_furniture import (furniture_rows, organ_committee, paper_name_span,
                                                       photo_line_names, staff_names)
from corpus_tools.layout.model import Block


@pytest.mark.parametrize("line, name", [
    ("第3版　综合　巫溪报2025年7月4日　星期五", "巫溪报"),
    ("2贵德报2018年6月12日　星期二", "贵德报"),
    ("2024年10月18日　星期五　弥渡新闻　第4版", "弥渡新闻"),
    ("民 勤 报", "民 勤 报"),
    ("扎赉特报", "扎赉特报"),
])
def test_the_paper_is_named_on_its_banner_and_page_lines(line, name):
    s, e = paper_name_span(line)
    assert line[s:e] == name


@pytest.mark.parametrize("line", ["综合新闻", "要闻", "县融媒体中心供图", "2024年5月8日　星期三"])
def test_a_section_or_a_date_names_no_paper(line):
    assert paper_name_span(line) is None


def test_the_committee_whose_organ_the_paper_is():
    line = "中共扎赉特旗委机关报　　总第1127期"
    s, e = organ_committee(line)
    assert line[s:e] == "中共扎赉特旗委"
    assert organ_committee("中共党员示范岗") is None


def test_a_staff_line_credits_every_slot_after_a_role():
    assert [n for *_, n in staff_names("版式：德吉　　校对：边巴")] == ["德吉", "边巴"]
    assert [n for *_, n in staff_names("责任编辑　李　娜　版式　周　杰")] == ["李娜", "周杰"]
    assert staff_names("编辑部召开座谈会") == []


def test_a_photo_credit_line_names_its_photographer():
    assert [n for *_, n in photo_line_names("（邢　铁　摄）")] == ["邢铁"]
    assert photo_line_names("无人机　摄") == []


def _issue(raw: str, blocks: list[Block], bylines: dict[int, list]) -> SimpleNamespace:
    arts = [SimpleNamespace(id=f"a{k}", byline=bylines.get(k, [])) for k in range(1 + max(b.article or 0 for b in blocks))]
    return SimpleNamespace(id="p", raw=raw, blocks=blocks, articles=arts)


def test_furniture_rows_read_the_top_the_foot_and_a_second_byline_line():
    lines = ["延寿报", "中共延寿县委机关报", "标题", "本报记者　慕　晶", "正文。", "慕　晶　摄", "责任编辑：朴　英　　校对：孙立伟"]
    raw = "\n".join(lines)
    starts = [raw.index(ln) for ln in lines]
    kinds = [("banner", None), ("banner", None), ("headline", 0), ("byline", 0), ("body", 0), ("byline", 0), ("credit", None)]
    blocks = [Block(k, ln.replace("\u3000", " "), s, s + len(ln), a) for (k, a), ln, s in zip(kinds, lines, starts)]
    rows = furniture_rows(_issue(raw, blocks, {0: [("记者", "慕晶")]}))
    assert sorted((r[4], r[8]) for r in rows) == [("ORG", "中共延寿县委"), ("ORG", "延寿报"), ("PERSON", "孙立伟"),
                                                  ("PERSON", "慕晶"), ("PERSON", "朴英")]
    assert {r[2] for r in rows if r[8] == "慕晶"} == {"byline"}


@pytest.mark.parametrize("line, start, end", [("巫溪报2025年7月4日", 0, 3), ("今日永新　第3版", 0, 4), ("■民勤报", 1, 4)])
def test_paper_name_end_reads_a_place_and_a_media_word(line, start, end):
    from corpus_tools._entity_rules.paper_names import paper_name_end

    assert paper_name_end(line, start, ("日报", "报")) == end


def test_paper_name_end_needs_a_place():
    from corpus_tools._entity_rules.paper_names import paper_name_end

    assert paper_name_end("综合新闻", 0, ("新闻",)) == 0


def test_masthead_forms_of_other_writers():
    from corpus_tools._entity_rules.page_furniture import (organ_committee, own_masthead_span, paper_name_span,
                                                           publisher_span)

    line = "中共宁蒗彝族自治县委员会主办"
    s, e = organ_committee(line)
    assert line[s:e] == "中共宁蒗彝族自治县委员会"
    line = "五峰土家族自治县融媒体中心主办　　第2316期"
    s, e = publisher_span(line)
    assert line[s:e] == "五峰土家族自治县融媒体中心"
    line = "墨玉报（汉文版）"
    s, e = paper_name_span(line)
    assert line[s:e] == "墨玉报"
    assert own_masthead_span("三江侗乡报") == (0, 5)
    assert own_masthead_span("江孜融媒") == (0, 4)
    assert own_masthead_span("脱贫攻坚进行时") is None
