"""A notice's contact line and a headless caption's credit close their text (invented text)."""

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.captionends import heads_under_caption_credits
from corpus_tools.layout.contactlines import contact_lines
from corpus_tools.layout.lines import read_lines


def test_contact_line_is_the_notice_text():
    page = "通　知\n　　请各村文书准时参加培训。\n　　联系人：王明\n"
    assert contact_lines(read_lines(page), ["B-title", "para", "title"]) == ["B-title", "para", "para"]


def test_contact_line_under_a_headline_left_alone():
    page = "联系人：王明\n　　请各村文书准时参加培训。\n"
    assert contact_lines(read_lines(page), ["B-title", "para"]) == ["B-title", "para"]


def test_headline_under_caption_credit_opens_article():
    page = "某县报\n\n　　群众在山下植树。\n（王明　摄）\n\n东镇植树千亩\n□　记者　李红\n　　今年，东镇植树。\n"
    tags = ["banner", "B-para", "byline", "title", "byline", "para"]
    assert heads_under_caption_credits(read_lines(page), tags)[3] == "B-title"
    titled = ["banner", "B-title", "para", "byline", "title", "byline"]
    page2 = "某县报\n\n植树\n　　群众在山下植树。\n（王明　摄）\n东镇植树千亩\n□　记者　李红\n"
    assert heads_under_caption_credits(read_lines(page2), titled) == titled


def test_split_page_notice_then_article():
    page = ("某县报　2012年2月1日　第2版\n\n通　知\n　　经研究，县农技站定于3月5日举办培训班，请各村\n"
            "农技员准时参加。\n　　联系人：王明\n\n县里召开农村工作会议\n　　3月1日，县里召开农村工作会议。会议要求\n"
            "各乡镇抓好春耕。（李红）\n")
    lay = split_page(page)
    assert check_no_loss(page, lay) == []
    titles = ["".join(a.title.split()) for a in lay.articles]
    assert "县里召开农村工作会议" in titles
    assert not any("联系人" in t for t in titles)
