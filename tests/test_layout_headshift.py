"""Headline groups given to the article they name (corpus_tools.layout.headshift, afterheads.heads_over_openings),
unit credits as bylines, notices' formal titles and sign-offs (signoffs), the page line's editors. Lines are
invented for these tests (round 19, layout27)."""

from __future__ import annotations

import pytest

from corpus_tools.layout import check_no_loss, parse_byline, split_page
from corpus_tools.layout.afterheads import heads_over_openings
from corpus_tools.layout.headforms import notice_labels
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.patterns import section_for
from corpus_tools.layout.signoffs import is_signer, sign_offs


def _wrap(text: str, width: int) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def _page(parts: list[str]) -> str:
    return "\n".join(parts) + "\n"


@pytest.mark.parametrize("text, want", [
    ("（县统计局供稿）", [("", "县统计局")]),
    ("（县农业农村局 供稿）", [("", "县农业农村局")]),
    ("（图片由县文旅局提供）", [("", "县文旅局")]),
    ("(县气象局供稿)", [("", "县气象局")]),
])
def test_unit_credit_is_the_unit_without_a_role(text, want):
    assert parse_byline(text) == want


@pytest.mark.parametrize("text", ["（来源：盱眙日报）", "（未完待续）", "（下转第4版）"])
def test_source_notes_and_jumps_are_no_unit_credit(text):
    assert parse_byline(text) is None


def test_unit_credit_glued_to_the_last_sentence_gives_the_byline():
    raw = _page(["马坝镇秋粮收获过半", _wrap("截至10月8日，马坝镇已收获水稻5.2万亩，占种植面积的六成。"
                                     "全镇投入收割机械320台。（县农机服务中心供稿）", 16)])
    layout = split_page(raw)
    art = layout.articles[0]
    assert art.title == "马坝镇秋粮收获过半"
    assert art.byline == [("", "县农机服务中心")]
    assert "供稿" not in art.body and art.body.endswith("320台。")
    assert check_no_loss(raw, layout) == []


def test_formal_notice_title_opens_a_block_even_under_a_headline():
    raw = ("农民运动会 赛出好风采\n关于城区部分路段临时交通管制的通告\n因管网施工需要，自10月20日起对五\n"
           "四路实行临时交通管制。\n")
    tags = ["title", "para", "para", "cont"]
    assert notice_labels(read_lines(raw), tags) == ["title", "B-title", "para", "cont"]
    # a sentence that happens to start with 关于 and end in a notice's word is no title
    raw2 = "会议传达了关于秋粮收购工作的通知，要求各地抓好落实。\n全县收购进度过半。\n"
    assert notice_labels(read_lines(raw2), ["B-para", "para"]) == ["B-para", "para"]


def test_signer_and_date_close_the_notice():
    lines = read_lines("因电网检修需要，将暂停供电。\n特此公告。\n国网盱眙县供电公司\n2024年11月7日\n本报讯 近日，…\n")
    assert sign_offs(lines, ["B-para", "para", "B-kicker", "banner", "para"]) == \
        ["B-para", "para", "credit", "credit", "B-para"]
    # a date line under a headline is no sign-off
    lines2 = read_lines("盱眙召开秋粮收购会\n2024年11月7日\n")
    assert sign_offs(lines2, ["B-title", "banner"]) == ["B-title", "banner"]
    assert is_signer("盱眙县公安局交通管理大队") and not is_signer("特此通告。")


def test_notice_ends_on_its_closing_formula_and_keeps_signer_and_date_apart():
    raw = _page(["停电公告", _wrap("因电网检修需要，2024年11月12日8:00至17:00，盱城街道部分区域"
                               "将暂停供电，请相关用户提前做好准备。", 20), "特此公告。", "国网盱眙县供电公司",
                 "2024年11月7日"])
    layout = split_page(raw)
    assert [a.title for a in layout.articles] == ["停电公告"]
    assert layout.articles[0].body.endswith("特此公告。")  # (round 28: the sign-off is no words of the text)
    # (the signer is the notice's byline, layout.noticesigners; the date a credit)
    assert [b.kind for b in layout.blocks if b.text in ("国网盱眙县供电公司", "2024年11月7日")] == ["byline", "credit"]
    assert check_no_loss(raw, layout) == []


def test_heading_between_a_finished_sentence_and_a_dated_opening():
    raw = "服务队累计代办事项900余件。\n官滩镇红色代办跑出加速度\n10月13日，全县农民运动会\n在桂五镇举行。\n"
    assert heads_over_openings(read_lines(raw), ["B-para", "para", "cont", "cont"]) == \
        ["B-para", "B-title", "para", "cont"]
    # a line of text under an unfinished sentence is no heading
    raw2 = "服务队累计代办事项900余件，\n官滩镇红色代办跑出加速度\n10月13日，全县农民运动会\n"
    assert heads_over_openings(read_lines(raw2), ["B-para", "cont", "cont"]) == ["B-para", "cont", "cont"]


def test_headlines_after_bodies_in_a_narrow_column_go_to_the_body_they_name():
    w = 16
    raw = _page([
        "盱眙县马坝镇", "稻田里种出“致富虾”", "文/图　本报记者　韩　雪",
        _wrap("10月的马坝镇，稻田里一派丰收景象。村民们在稻田里养殖小龙虾，虾稻共作面积达到两万亩。", w),
        _wrap("本报讯（记者 孙　明 通讯员 高文静）10月15日，盱眙县秋季招聘会在县人力资源市场举行，"
              "72家企业提供就业岗位1800余个。", w),
        _wrap("据统计，当天现场达成初步就业意向520人。", w),
        "72家企业送来1800余个岗位",
        _wrap("本报讯（通讯员 孔德宇）近日，官滩镇“红色代办”服务队走进辖区12个村，为老人上门办理"
              "养老保险认证等业务。", w),
        _wrap("今年以来，服务队已累计代办各类事项900余件。", w),
        "官滩镇“红色代办”跑出加速度",
        _wrap("10月13日，盱眙县农民丰收运动会在桂五镇举行，300余名农民选手参加了趣味运粮等比赛。", w),
        "本报记者　韩　雪　摄",
        "农民运动会　赛出好风采",
    ])
    layout = split_page(raw)
    by_title = {a.title: a for a in layout.articles}
    assert by_title["72家企业送来1800余个岗位"].body.startswith("本报讯（记者 孙 明")
    assert by_title["官滩镇“红色代办”跑出加速度"].body.startswith("本报讯（通讯员 孔德宇）")
    photo = by_title["农民运动会 赛出好风采"]
    assert photo.body.startswith("10月13日") and photo.byline == [("摄影", "韩雪")]
    assert check_no_loss(raw, layout) == []


def test_narrow_headline_after_a_photo_credit_opens_the_next_article():
    w = 10
    raw = _page([
        "盱眙报",
        "盱城街道老年食堂开进社区",
        _wrap("本报讯 10月9日，盱城街道山水社区老年食堂开伙，40多位老人在家门口吃上了热乎饭。", w),
        _wrap("食堂由闲置用房改建而成，老人每餐只需交3元钱。（通讯员 朱建平）", w),
        "稻田画里庆丰收",
        _wrap("10月8日，在桂五镇的稻田里，彩色水稻种出的稻田画吸引市民观赏。", w),
        "本报记者　韩　雪　摄",
        "全县秋粮收获进度过半",
        _wrap("截至10月10日，全县秋粮收获进度过半，比去年同期快6个百分点。", w),
        "秸秆禁烧不松劲",
        _wrap("本报讯 10月11日，全县秸秆禁烧工作推进会召开，要求落实网格化巡查责任。", w),
        "（记者 孙　明）",
    ])
    layout = split_page(raw)
    titles = [a.title for a in layout.articles]
    assert "全县秋粮收获进度过半" in titles, titles
    harvest = next(a for a in layout.articles if a.title == "全县秋粮收获进度过半")
    assert harvest.body.startswith("截至10月10日")
    photo = next(a for a in layout.articles if a.title == "稻田画里庆丰收")
    assert "秋粮" not in photo.body and photo.byline == [("摄影", "韩雪")]
    assert check_no_loss(raw, layout) == []


def test_page_line_with_its_editors_names_the_section():
    line = "2024年10月17日　星期四　第3版　综合　　主编：高　峰　责任编辑：魏雪莹"
    assert section_for([(0, "盱眙新闻"), (1, line)], 5) == "综合"
    assert section_for([(0, "2024年9月12日　星期四　第2版　乡村振兴　　版式：刘　畅")], 5) == "乡村振兴"
