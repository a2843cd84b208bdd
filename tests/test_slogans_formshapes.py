"""Tests for corpus_tools.slogans.formshapes and its hooks in the quote test (fixtures written for these tests)."""

from __future__ import annotations

import corpus_tools as ct
from corpus_tools.slogans import formshapes


def _found(sentence: str) -> dict[str, str]:
    return {m.text: m.kind for m in ct.find_slogans(sentence)}


def test_who_pair_shape():
    assert formshapes.who_pair(["谁投资", "谁受益"])
    assert formshapes.who_pair(["谁主管", "谁负责"])
    assert not formshapes.who_pair(["谁来种地", "谁来管"])        # questions
    assert not formshapes.who_pair(["谁闹", "谁有理"])            # the bad norm
    assert not formshapes.who_pair(["谁投资", "谁投资"])
    assert not formshapes.who_pair(["谁投资"])


def test_who_pair_taken_as_quoted_motto():
    assert _found("镇里对荒山实行“谁开发、谁受益”的政策，三年内完成绿化。") == {"谁开发、谁受益": "quoted"}


def test_verb_numeral_shape():
    assert formshapes.verb_numeral("普九")
    assert formshapes.verb_numeral("退一还二还三")
    for word in ("统一", "唯一", "初三", "老三", "第五", "只进一扇门", "最多跑一次", "两学一做", "三农"):
        assert not formshapes.verb_numeral(word), word


def test_verb_numeral_is_numbered():
    found = _found("全县“普九”工作通过省级验收，校舍全部改造。")
    assert found.get("普九") == "numbered"


def test_plan_period_end():
    assert _found("力争“十五”末全乡果园面积翻一番。") == {"十五": "numbered"}
    assert _found("“五一”前后游客明显增多。") == {}


def test_faulted_subject():
    assert formshapes.faulted_subject("有的乡镇干部下村")
    assert formshapes.faulted_subject("个别党员仍然")
    assert not formshapes.faulted_subject("全镇党员干部")
    assert not formshapes.faulted_subject("有的党员和群众一起")
    assert _found("有的驻村干部“走读”，群众意见很大。") == {}
    # a count stays with the numbered tests (有的干部违反“八项规定”)
    assert _found("有的干部违反“八项规定”精神，受到处分。").get("八项规定") == "numbered"


def test_traditional_custom():
    assert formshapes.traditional_before("除了传统的")
    assert not formshapes.traditional_before("继承优良传统")
    assert _found("节日期间，除传统的“赛马摔跤”外，还举办了农牧民运动会。") == {}


def test_standard_in_title():
    assert formshapes.standard_in_title("村党组织称号")
    assert formshapes.standard_in_title("党支部三个")
    assert not formshapes.standard_in_title("称号")
    assert _found("东坡村党支部被评为全市“五个好”村党组织。") == {"五个好": "numbered"}
    assert _found("该村被评为“十差村”。") == {}


def test_outreach_programme():
    assert formshapes.outreach_programme("农机下乡")
    assert formshapes.outreach_programme("法律知识进万家")
    assert not formshapes.outreach_programme("下乡")
    assert not formshapes.outreach_programme("干部下乡调研活动")


def test_outreach_programme_after_a_township_heading():
    # a township's brief opens with its name and a space: 街道 is no verb of saying (speech.introduces_speech)
    found = _found("▶东城街道　“农机下乡”展销点日前开业，农民购买农机可享受补贴。")
    assert found == {"农机下乡": "quoted"}


def test_campaign_head():
    assert formshapes.campaign_head("全村开展", "创建活动")
    assert formshapes.campaign_head("全面实施", "工程")
    assert not formshapes.campaign_head("全村开展", "评选活动")     # a prize
    assert not formshapes.campaign_head("学习", "工程经验")
    assert not formshapes.campaign_head("他说", "工程")


def test_campaign_head_takes_a_title_run_as_campaign():
    # 家庭 reads as an honour and 湖南 opens a province's name: the campaign frame takes them all the same
    assert _found("全镇各村开展“和睦家庭”创建活动，评出示范户三百户。") == {"和睦家庭": "quoted"}
    assert _found("县里把竹编纳入“湖南工匠”工程，开设了竹编专业班。") == {"湖南工匠": "quoted"}
