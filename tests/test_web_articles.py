"""Articles saved one per file from a website (corpus_tools.web_articles, read_corpus(files=...))."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest

from corpus_tools.layout import check_no_loss
from corpus_tools.loaders import read_corpus
from corpus_tools.web_articles import (article_issue, debris_kind, is_article_file, metadata_fields,
                                       read_article_file)

NEW_SITE = """清河镇：稻田里的丰收季
来源：清河县融媒体中心
作者：记者 赵明 通讯员 孙丽
发布时间：2022-09-18 10:05
编辑：钱芳
责任编辑：周强
阅读：2,048

清河县融媒体中心讯（记者 赵明）9月18日，清河镇柳塘村的稻田里一片金黄。
点击查看大图
IMG_20220918_101.jpg
村党支部书记李大山说，今年亩产有望突破600公斤。

分享到：微信 微博 QQ空间
扫一扫在手机打开当前页
【打印】【关闭】
上一篇：清河县召开秋粮收购工作会议
下一篇：没有了
"""

OLD_SITE = """柳塘村修通产业路
时间：2015-04-02 16:20:31\u3000来源：清河新闻网\u3000作者：记者 赵明\u3000点击数：377

柳塘村新修产业路3公里，方便村民运送农产品。
[打印本页] [关闭窗口]
"""

REPOST = """全国春耕生产有序推进
来源：新华社
作者：
发布时间：2023年3月20日

各地抓住农时，推进春耕生产。
责任编辑：周强
"""

PAGE = """清河报　2024年6月12日　星期三　第01版
责任编辑：周强　美编：吴敏
柳塘村修通产业路
本报讯　柳塘村新修产业路3公里，方便村民运送农产品。
"""


def test_new_site_file_is_one_article_with_its_fields():
    web = read_article_file(NEW_SITE)
    assert web is not None and len(web.layout.articles) == 1
    art = web.layout.articles[0]
    assert art.title == "清河镇：稻田里的丰收季"
    assert art.byline == [("记者", "赵明"), ("通讯员", "孙丽")]
    assert web.date == dt.date(2022, 9, 18) and web.meta["time"] == "10:05"
    assert web.meta["paper"] == "清河县融媒体中心" and web.meta["reads"] == 2048
    assert web.meta["credits"] == ["编辑 钱芳", "责任编辑 周强"]
    assert art.body.split("\n") == ["清河县融媒体中心讯（记者 赵明）9月18日，清河镇柳塘村的稻田里一片金黄。",
                                    "村党支部书记李大山说，今年亩产有望突破600公斤。"]
    assert "上一篇" not in art.body and "清河县召开" not in art.body


def test_nothing_is_lost_and_debris_is_recorded():
    web = read_article_file(NEW_SITE)
    assert check_no_loss(NEW_SITE, web.layout) == []
    removed = [r.removed for r in web.layout.repairs]
    assert "".join(removed) == "".join(web.meta["web_debris"]).replace(" ", "")
    assert {r.kind for r in web.layout.repairs} == {"web-debris"}
    assert "上一篇：清河县召开秋粮收购工作会议" in web.meta["web_debris"] and "IMG_20220918_101.jpg" in removed
    for r in web.layout.repairs:
        assert NEW_SITE[r.start:r.end] == r.removed


def test_old_site_fields_on_one_line():
    web = read_article_file(OLD_SITE)
    assert web.date == dt.date(2015, 4, 2) and web.meta["time"] == "16:20:31"
    assert web.meta["paper"] == "清河新闻网" and web.meta["reads"] == 377
    art = web.layout.articles[0]
    assert art.title == "柳塘村修通产业路" and art.byline == [("记者", "赵明")]
    assert art.body == "柳塘村新修产业路3公里，方便村民运送农产品。"
    assert check_no_loss(OLD_SITE, web.layout) == []


def test_repost_with_empty_author_and_editor_under_the_text():
    web = read_article_file(REPOST)
    assert web.date == dt.date(2023, 3, 20) and "time" not in web.meta
    assert web.layout.articles[0].byline == []
    assert web.meta["credits"] == ["责任编辑 周强"]
    assert web.layout.articles[0].body == "各地抓住农时，推进春耕生产。"


CREDITED_PAGE = """清河报
清河县融媒体中心主办　2022年12月2日　星期五
第04版　文化

社区治理织密民生网
撰文：赵明　摄影：孙丽
清晨七点，网格员已经走街串巷。
"""


@pytest.mark.parametrize("text", [PAGE, CREDITED_PAGE, "柳塘村修通产业路\n柳塘村新修产业路3公里。\n", "",
                                  "会议通知\n时间：上午九时\n地点：村委会\n",
                                  "会议通知\n时间：2024年6月12日\n地点：村委会\n"])
def test_pages_and_notices_are_not_article_files(text):
    assert not is_article_file(text)
    assert read_article_file(text) is None


def test_fields_of_a_line():
    assert metadata_fields("来源：清河新闻网") == [("source", "来源", "清河新闻网")]
    assert metadata_fields("柳塘村的来源：山泉") is None


@pytest.mark.parametrize("line, kind", [("下一篇：没有了", "navigation"), ("分享至：微信", "share"),
                                        ("[打印本页] [关闭窗口]", "toolbar"), ("扫码关注", "scan"),
                                        ("photo_01.png", "image"), ("村民们分享了经验。", None),
                                        ("关闭了三家小作坊。", None)])
def test_debris_kind(line, kind):
    assert debris_kind(line) == kind


def test_files_articles_reads_a_file_without_fields_as_one_article():
    text = "柳塘村修通产业路\n柳塘村新修产业路3公里。\n\n村民运送农产品更方便了。\n【打印】【关闭】\n"
    assert article_issue("x", text, {}, files="auto") is None
    issue = article_issue("x", text, {}, files="articles")
    assert [a.title for a in issue.articles] == ["柳塘村修通产业路"]
    assert issue.articles[0].body == "柳塘村新修产业路3公里。\n村民运送农产品更方便了。"
    assert article_issue("x", NEW_SITE, {}, files="pages") is None


def test_manifest_values_win():
    issue = article_issue("x", NEW_SITE, {"date": dt.date(2022, 9, 19), "paper": "清河报"})
    assert issue.date == dt.date(2022, 9, 19) and issue.meta["date_source"] == "manifest"
    assert issue.meta["paper"] == "清河报" and "paper_source" not in issue.meta


def test_read_corpus_reads_a_folder_of_article_files(tmp_path):
    (tmp_path / "a1.txt").write_text(NEW_SITE, encoding="utf-8")
    (tmp_path / "a2.txt").write_text(OLD_SITE, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # dated, no duplicate, no HTML: no warning
        corpus = read_corpus(tmp_path)
    assert len(corpus.articles) == 2
    assert sorted(str(i.date) for i in corpus) == ["2015-04-02", "2022-09-18"]
    frame = corpus.issues_frame(infer_county=False)
    assert set(frame["paper"]) == {"清河县融媒体中心", "清河新闻网"}
    assert set(frame["date_source"]) == {"article"}
    assert corpus.articles_frame()["title"].tolist() == [a.title for a in corpus.articles]


def test_read_corpus_files_option(tmp_path):
    (tmp_path / "a1.txt").write_text(NEW_SITE, encoding="utf-8")
    with pytest.raises(ValueError, match="files='web'"):
        read_corpus(tmp_path, files="web")
    assert read_corpus(tmp_path, files="pages").issues[0].meta.get("form") is None
    assert read_corpus(tmp_path, files="articles").issues[0].meta["form"] == "article"


def test_saved_and_loaded(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a1.txt").write_text(NEW_SITE, encoding="utf-8")
    corpus = read_corpus(tmp_path / "pages")
    corpus.save(tmp_path / "store", tables=("articles", "issues", "blocks"), progress=False)
    back = read_corpus.__globals__["load_corpus"](tmp_path / "store")
    assert back.articles[0].title == corpus.articles[0].title
    assert back.articles[0].body == corpus.articles[0].body
    assert back.issues[0].date == dt.date(2022, 9, 18)


BREADCRUMB_SITE = """当前位置：首页 > 本地新闻
清河县召开防汛工作会议
2023-07-01 08:30\u3000来源：清河发布

会议要求，全县上下要绷紧防汛这根弦。
"""


def test_breadcrumb_above_the_title_and_an_unlabelled_date():
    assert is_article_file(BREADCRUMB_SITE)
    web = read_article_file(BREADCRUMB_SITE)
    assert web.layout.articles[0].title == "清河县召开防汛工作会议"
    assert web.date == dt.date(2023, 7, 1) and web.meta["time"] == "08:30" and web.meta["paper"] == "清河发布"
    assert web.meta["web_debris"] == ["当前位置：首页 > 本地新闻"]
    assert check_no_loss(BREADCRUMB_SITE, web.layout) == []


def test_a_page_date_line_with_an_editor_is_no_metadata_block():
    page = "清河报\n2024年6月12日　责任编辑：周强\n柳塘村修通产业路\n柳塘村新修产业路3公里。\n"
    assert not is_article_file(page)
