"""A short article (title, byline, one indented paragraph) read into the body above it (layout/shortitems.py)."""

import pytest

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.shortitems import short_items_under_bodies

# 盐池县 paper, invented text (real townships); body lines cut at 18 characters
BODY_ABOVE = ("花马池镇滩羊产业提质增效\n本报记者　马小军\n"
              "　　今年以来，花马池镇引导养殖户改良滩羊品\n种，新建标准化圈舍四十座。\n"
              "　　镇里还请来专家讲授饲草配方，养殖户算\n清了成本账。\n")


def test_a_short_article_under_a_finished_body_opens_its_own_article():
    raw = "全镇秋粮收获过半。\n惠安堡镇开展防火演练\n通讯员　杨　帆\n　　惠安堡镇组织干部群众开展防火演练。\n"
    tags = short_items_under_bodies(read_lines(raw), ["B-para", "para", "cont", "cont"])
    assert tags == ["B-para", "B-title", "byline", "para"]


@pytest.mark.parametrize("raw, tags", [
    # the line goes on from a paragraph above it
    ("全镇秋粮收获过半，各村\n抢抓晴好天气\n通讯员　杨　帆\n　　惠安堡镇组织干部群众开展防火演练。\n",
     ["B-para", "cont", "cont", "cont"]),
    # no indented line under the byline
    ("全镇秋粮收获过半。\n惠安堡镇开展防火演练\n通讯员　杨　帆\n惠安堡镇组织干部群众开展防火演练。\n",
     ["B-para", "para", "cont", "cont"]),
    # a sentence under the title is no byline
    ("全镇秋粮收获过半。\n惠安堡镇开展防火演练\n演练持续两个小时，\n　　惠安堡镇组织干部群众开展防火演练。\n",
     ["B-para", "para", "cont", "cont"]),
])
def test_other_forms_are_left_alone(raw, tags):
    assert short_items_under_bodies(read_lines(raw), tags) == tags


def test_tags_must_match_the_lines():
    with pytest.raises(ValueError, match="one tag per non-blank line"):
        short_items_under_bodies(read_lines("惠安堡镇开展防火演练\n"), ["B-title", "para"])


@pytest.mark.parametrize("short, titles", [
    # a one-line body closing the page
    ("高沙窝镇防汛准备就绪\n本报记者　李　强\n　　高沙窝镇储备防汛物资，落实责任人。\n", ["高沙窝镇防汛准备就绪"]),
    # an unnamed commentary byline, then another short article
    ("弘扬时代新风　争做文明市民\n本报评论员\n　　文明城市创建人人有责，全县干部群众要从\n身边小事做起，共建美好家园。\n\n"
     "县医院开展义诊活动\n通讯员　刘　洋\n　　县医院专家走进大水坑镇开展义诊。\n", ["弘扬时代新风争做文明市民", "县医院开展义诊活动"]),
])
def test_split_page_keeps_the_short_articles_apart(short, titles):
    raw = BODY_ABOVE + short
    layout = split_page(raw)
    heads = ["".join(b.text.split()) for b in layout.blocks if b.kind == "headline"]
    assert heads == ["花马池镇滩羊产业提质增效", *titles]
    assert len(layout.articles) == 1 + len(titles)
    assert not check_no_loss(raw, layout)


def test_two_subheads_inside_a_body_are_no_short_article():
    # review: a short subhead (加强领导) holds no role word, outlet or name, so it is no byline
    page = ("县里召开秋收工作会议\n　　本报讯　全县秋粮收获过半，农民增收明显。各乡镇抓紧抢收。\n创新机制增活力\n加强领导\n"
            "　　县委成立领导小组，落实责任人，确保秋粮颗粒归仓。\n")
    layout = split_page(page)
    assert len(layout.articles) == 1
    assert not [b for b in layout.blocks if b.kind == "byline"]
