"""A headline printed after its body on a page whose headlines stand above their bodies."""

from __future__ import annotations

import pytest

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.headafter import heads_first
from corpus_tools.layout.units import Unit
from corpus_tools.text import strip_spaces


def _wrap(text: str, width: int = 16) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def _page(blocks: list[str]) -> str:
    return "\n\n".join(b if len(b) <= 20 else _wrap(b) for b in blocks) + "\n"


A_TITLE = "武乡县召开防汛工作调度会"
A_BODY = ("本报讯 7月10日，武乡县召开防汛工作调度会，安排部署当前防汛重点工作。会议要求，"
          "各乡镇各部门要压实防汛责任，加强值班值守，确保全县安全度汛。")
B_TITLE = "蟠龙镇集贸市场里的“小课桌”"
B_BODY = ("蟠龙镇集贸市场复工后，经营卤菜店的李秀英腾出店铺案板下的空间，找来旧电脑和台灯，"
          "一边经营卤菜店，一边陪女儿在集贸市场上网课。")
C_TITLE = "秋粮收储工作有序推进"
C_BODY = ("本报讯 眼下正值秋收时节，故城镇组织农机合作社开展机收作业，及时收购农户余粮，"
          "确保颗粒归仓。今年全镇秋粮种植面积达3.2万亩。")
D_TITLE = "韩北乡举办农民丰收节"
D_BODY = "本报讯 近日，韩北乡举办农民丰收节，展销小杂粮、土豆等农产品，吸引群众三千余人。"


def _article(layout, title: str):
    return next(a for a in layout.articles if a.title == title)


@pytest.mark.parametrize("method", ["auto", "rules"])
def test_headline_printed_after_its_body_and_byline_goes_back_to_it(method):
    raw = _page([A_TITLE, A_BODY, "（记者 王磊）", B_BODY, "（记者 赵晓红）", B_TITLE,
                 C_TITLE, C_BODY, "（通讯员 李娜）", D_TITLE, D_BODY])
    layout = split_page(raw, method=method)
    assert check_no_loss(raw, layout) == []
    assert strip_spaces(_article(layout, A_TITLE).body) == strip_spaces(A_BODY)
    b = _article(layout, B_TITLE)
    assert strip_spaces(b.body) == strip_spaces(B_BODY)
    assert b.byline == [("记者", "赵晓红")]
    assert strip_spaces(_article(layout, C_TITLE).body) == strip_spaces(C_BODY)


def test_a_page_of_headlines_above_bodies_is_left_alone():
    raw = _page([A_TITLE, A_BODY, "（记者 王磊）", B_TITLE, B_BODY, "（记者 赵晓红）",
                 C_TITLE, C_BODY, "（通讯员 李娜）", D_TITLE, D_BODY])
    layout = split_page(raw)
    assert [a.title for a in layout.articles] == [A_TITLE, B_TITLE, C_TITLE, D_TITLE]
    assert [strip_spaces(a.body) for a in layout.articles] == [
        strip_spaces(x) for x in (A_BODY, B_BODY, C_BODY, D_BODY)]


def test_heads_first_counts_where_each_article_starts():
    def unit(final: str, article: int) -> Unit:
        return Unit("head" if final == "headline" else "body", [(0, 1)], "字", article=article, final=final)

    assert heads_first([unit("headline", 0), unit("body", 0), unit("headline", 1), unit("body", 1)])
    assert not heads_first([unit("body", 0), unit("headline", 0), unit("body", 1), unit("headline", 1)])


def test_headline_after_a_body_with_no_byline_between_splits_where_the_text_turns():
    # A has no closing byline: B's paragraphs open where the text turns to B's headline words
    b_more = "集贸市场管理方还在市场一角设置了学习桌，方便商户子女在集贸市场里写作业、上网课。"
    raw = _page([A_TITLE, A_BODY, B_BODY, b_more, "（记者 赵晓红）", B_TITLE,
                 C_TITLE, C_BODY, "（通讯员 李娜）", D_TITLE, D_BODY])
    layout = split_page(raw, method="auto")
    assert check_no_loss(raw, layout) == []
    assert strip_spaces(_article(layout, A_TITLE).body) == strip_spaces(A_BODY)
    b = _article(layout, B_TITLE)
    assert strip_spaces(b.body) == strip_spaces(B_BODY + b_more)
    assert b.byline == [("记者", "赵晓红")]


def test_marked_briefs_do_not_vote_on_the_headline_order():
    units = [Unit("head", [(0, 2)], "标题", article=0, final="headline"),
             Unit("body", [(3, 9)], "正文正文。", article=0, final="body"),
             Unit("body", [(10, 20)], "■顺宁镇开通程控电话 日前，…", article=1, final="body"),
             Unit("body", [(21, 30)], "■县医院新楼竣工 日前，…", article=2, final="body")]
    assert heads_first(units)
