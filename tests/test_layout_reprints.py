"""Reprints told apart from own reports: outlet credits as bylines, a source column (user35b F4), and a
headline at the page's top over its byline (user35b F9)."""

import pandas as pd

import corpus_tools as ct
from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.reprints import article_outlet, credit_tail, is_outlet, outlet_byline
from corpus_tools.layout.topbylines import titles_over_bylines

PAGE = ("江州：全力推进城乡融合\n江州日报记者　林海\n　　8日，江州市委召开专题会议，部署城乡融合工作。\n\n"
        "东桥镇修通产业路\n　　本报讯（记者　孟小川）近日，东桥镇修通产业路6公里。\n\n"
        "江州：文明城市创建再提速\n　　9日，江州市召开推进会。据《江州日报》（记者 宋雨\n晴）\n")


def test_outlet_credits():
    assert outlet_byline("江州日报记者　林海") == [("", "江州日报"), ("记者", "林海")]
    assert outlet_byline("（据《江州日报》）") == [("", "江州日报")]
    assert outlet_byline("本报记者　孟小川") is None
    assert credit_tail("执法人员依据《中华人民共和国水法》") is None  # (a law is no outlet)
    assert not is_outlet("本报") and is_outlet("新华社")
    assert article_outlet([("", "江州日报")], [], paper="江州日报") is None  # (the paper itself)
    assert article_outlet([("记者", "林海")], ["江州日报记者　林海"], "江州日报　2019年5月2日　第1版\n") is None


def test_source_column_and_bylines():
    c = ct.read_corpus(pd.DataFrame({"issue_id": ["x"], "paper": ["东桥报"], "text": [PAGE]}))
    arts = c.articles_frame()
    assert arts.source.tolist() == ["reprint", "own", "reprint"]
    assert arts.outlet.tolist()[0] == "江州日报" and arts.outlet.tolist()[2] == "江州日报"
    assert arts.byline.tolist()[0] == ["林海"]  # (under the title: the pairs as printed, the outlet in `outlet`)
    assert arts.byline.tolist()[2] == ["江州日报", "宋雨晴"]
    assert arts.body.tolist()[2] == "9日，江州市召开推进会。"  # (the credit left the body)
    assert len(c.filter(source="own").articles) == 1
    byl = ct.byline_table(c)
    assert byl[byl.name == "江州日报"].kind.unique().tolist() == ["unit"]
    assert check_no_loss(PAGE, split_page(PAGE)) == []


def test_top_headline_over_its_byline_is_no_banner():
    page = ("东桥镇全面落实河长制 青沟河重现清流\n本报记者　孟小川　通讯员　柏青\n　　5日，县级河长到东桥镇巡河，"
            "查看青沟河水质。\n\n白沟村产业路通车\n　　本报讯（记者　孟小川）近日，白沟村产业路通车。\n")
    arts = split_page(page).articles
    assert arts[0].title == "东桥镇全面落实河长制 青沟河重现清流"
    assert all(a.section != arts[0].title for a in arts)
    from corpus_tools.layout.lines import read_lines
    folio = "东桥报　2019年5月2日　第2版\n本报记者　孟小川\n　　5日，县级河长巡河。\n"
    assert titles_over_bylines(read_lines(folio), ["banner", "byline", "para"])[0] == "banner"
