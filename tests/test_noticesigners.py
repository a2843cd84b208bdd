"""Tests of corpus_tools.layout.noticesigners: a notice's signer as its byline."""

from corpus_tools.layout import split_page
from corpus_tools.layout.noticesigners import signer_pair
from corpus_tools.layout.signoffs import DATE_LINE_RE

NEWS = "全县召开防汛工作会议\n本报讯 日前，全县召开防汛工作会议，\n部署今年的防汛工作。\n\n"


def _notice(title: str, signer: str, date: str) -> str:
    return (f"{title}\n　　为加强森林防火工作，保护森林资源，\n现将有关事项通告如下：\n"
            f"　　一、严禁在林区野外用火。\n　　二、进山人员要接受检查。\n　　特此通告。\n{signer}\n{date}\n")


def test_the_signer_of_an_untitled_issuer_is_the_byline():
    page = NEWS + _notice("通　告", "某某县人民政府", "2024年3月1日")
    notice = split_page(page).articles[-1]
    assert notice.byline == [("", "某某县人民政府")]
    assert "某某县人民政府" not in notice.body and notice.body.endswith("特此通告。")


def test_a_title_naming_its_issuer_leaves_the_byline_empty():
    page = NEWS + _notice("某某县人民政府关于加强森林防火的通告", "某某县人民政府", "2024年3月1日")
    assert split_page(page).articles[-1].byline == []


def test_a_date_in_chinese_numerals_closes_the_notice():
    assert DATE_LINE_RE.match("二〇〇六年十一月八日") and DATE_LINE_RE.match("一九九八年八月二十一日")
    assert not DATE_LINE_RE.match("十一月八日")
    page = NEWS + _notice("公　告", "某某县林业局", "二〇〇六年十一月八日")
    notice = split_page(page).articles[-1]
    assert notice.byline == [("", "某某县林业局")]
    assert notice.section != "二〇〇六年十一月八日"


def test_signer_pair():
    assert signer_pair("某某县水利局") == [("", "某某县水利局")]
    assert signer_pair("特此通告。") == []
