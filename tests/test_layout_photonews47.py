"""Tests for corpus_tools.layout.photonews (layout47): a photo group's last caption is no item of its own."""

from corpus_tools.layout import split_page

from layout_page_helpers import page_blocks


def test_the_last_caption_of_a_photo_group_stays_with_its_headline():
    page = ("甲镇新建文化广场\n"
            "　　本报讯　甲镇投资三十万元新建文化广场一处，配套建设了健身\n"
            "器材和宣传栏。\n\n"
            "秋收时节\n"
            "▲乙乡丙村的农民在田里收割水稻。\n"
            "▲丁镇的果农在采摘苹果。\n"
            "▲戊乡的粮食收购点前排起长队。\n"
            "本报记者　李　明　摄\n\n"
            "县医院开展义诊活动\n"
            "　　本报讯　县人民医院组织专家到乡镇开展义诊，为群众免费体检\n"
            "三百余人次。\n")
    layout = split_page(page)
    group = [a for a in layout.articles if "".join((a.title or "").split()) == "秋收时节"]
    assert len(group) == 1
    assert "戊乡" in group[0].body and "乙乡" in group[0].body
    assert [(r, "".join(n.split())) for r, n in group[0].byline] == [("摄影", "李明")]
    assert not any(a.title in (None, "") and "戊乡" in a.body for a in layout.articles)
    page_blocks(page)
