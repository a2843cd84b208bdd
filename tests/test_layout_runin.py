"""Numbered brief items with a run-in lead phrase (corpus_tools.layout.runin; eighteenth round)."""

from __future__ import annotations

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.runin import runin_items

ITEMS = ("【乡镇快讯】\n1．熟溪街道开展垃圾分类宣传：6月15日，熟溪\n街道组织志愿者走进12个小区，发放宣传手册\n"
         "3000余份。（通讯员 何　平）\n2．王宅镇茶叶管护培训开班：日前，王宅镇\n邀请专家为80余名茶农讲解夏季茶园管护技术\n"
         "。（通讯员 钟俊杰）\n3．履坦镇举办邻里节：6月16日，履坦镇坦头\n村举办首届邻里节。（记者 徐　敏）\n")


def test_each_item_is_an_article_titled_by_its_lead_phrase():
    layout = split_page(ITEMS)
    assert check_no_loss(ITEMS, layout) == []
    titles = [a.title for a in layout.articles]
    assert titles == ["熟溪街道开展垃圾分类宣传", "王宅镇茶叶管护培训开班", "履坦镇举办邻里节"]
    assert layout.articles[1].body.startswith("日前，王宅镇")
    assert [n.replace("\u3000", "").replace(" ", "") for _, n in layout.articles[2].byline] == ["徐敏"]


def test_a_single_numbered_paragraph_is_no_item_column():
    raw = "1．加强组织领导：各村要成立工作专班。\n"
    assert runin_items(read_lines(raw), ["para"]) == ["para"]


def test_items_out_of_sequence_are_no_column():
    raw = "1．加强组织领导：各村要成立工作专班。\n3．强化督查考核：县里定期通报进度。\n"
    assert runin_items(read_lines(raw), ["para", "para"]) == ["para", "para"]


def test_a_numbered_list_inside_a_body_stays_in_its_article():
    raw = ("县里部署秋冬季防火工作\n本报讯 9月18日，县里召开秋冬季防火工作会议。会议要求：\n"
           "1．强化组织保障：各乡镇要成立防火指挥部。\n2．完善工作机制：落实网格化巡护制度。\n")
    tags = ["B-title", "para", "para", "para"]
    assert runin_items(read_lines(raw), tags) == tags
    layout = split_page(raw)
    assert [a.title for a in layout.articles] == ["县里部署秋冬季防火工作"]


def test_runin_pattern_is_linear_on_trailing_spaces():
    """A lead phrase followed by thousands of spaces does not backtrack (review18: 37 s at 2,000 before)."""
    import time

    from corpus_tools.layout.runin import RUNIN_RE

    for pad in (" ", "\u3000"):
        t0 = time.perf_counter()
        assert RUNIN_RE.match("1．镇里修路工程开工" + pad * 4000) is None
        assert time.perf_counter() - t0 < 1.0
    m = RUNIN_RE.match("2．镇里修路工程开工：全长12公里")
    assert m and m.group(2) == "镇里修路工程开工" and m.group(3) == "："
    m = RUNIN_RE.match("3．镇里修路工程开工\u3000全长12公里")
    assert m and m.group(2) == "镇里修路工程开工" and m.group(3) is None and m.group(4) == "\u3000"


BRACKETED = ("县里召开秋粮收购工作会\n本报记者　吕　强\n　　会议要求各乡镇做好秋粮收购准备，确保农\n民售粮方便。\n简　讯\n"
             "【城关镇开展消防演练】9月3日，城关镇组织\n商户开展消防演练。（韩　梅）\n"
             "【北关村蔬菜基地投产】近日，北关村蔬菜基地\n首批蔬菜上市。（郑小军）\n")


def test_bracketed_brief_titles_open_articles_of_their_own():
    layout = split_page(BRACKETED)
    assert check_no_loss(BRACKETED, layout) == []
    titles = [a.title for a in layout.articles]
    assert titles == ["县里召开秋粮收购工作会", "城关镇开展消防演练", "北关村蔬菜基地投产"]
    assert layout.articles[0].body.rstrip().endswith("民售粮方便。")
    assert layout.articles[2].body.startswith("近日，北关村")
    assert [b.kind for b in layout.blocks if BRACKETED[b.start:b.end] == "简　讯"] == ["banner"]


def test_one_bracketed_line_is_no_column():
    raw = "　　会议要求各乡镇做好准备。\n【链接】秋粮收购价格由市场决定。\n"
    assert runin_items(read_lines(raw), ["B-para", "para"]) == ["B-para", "para"]


#: A column of marked briefs, each closed by its signature (user22's 昌图报 form, other wording).
MARKED = ("县里开展春季植树活动\n本报记者　韩　冰\n　　4月2日，县直机关干部300余人在辽河\n岸边栽下杨树苗5000株。\n\n简讯\n\n"
          "■平安乡为东升村等村的86户农户送去了\n玉米种子。（田　野）\n\n"
          "■和平镇新修村路6公里，群众出行更加方\n便。（鲁\n小英）\n\n"
          "■近日，兴华镇文化广场投入使用。（孙　宁）\n")


def test_marked_signed_briefs_are_articles_of_their_own():
    layout = split_page(MARKED)
    assert check_no_loss(MARKED, layout) == []
    assert len(layout.articles) == 4
    assert layout.articles[0].body.rstrip().endswith("5000株。")
    starts = [a.body.lstrip("■ ")[:4] for a in layout.articles[1:]]
    assert starts == ["平安乡为", "和平镇新", "近日，兴"]
    assert [[n.replace("\u3000", "").replace(" ", "") for _, n in a.byline] for a in layout.articles[1:]] == [
        ["田野"], ["鲁小英"], ["孙宁"]]


def test_marked_paragraphs_without_signatures_stay_in_their_article():
    raw = ("县里部署春耕工作\n　　会议要求：\n■各乡镇要备足农资，确保不误农时。\n■农技人员要深入田间指导。\n")
    layout = split_page(raw)
    assert len(layout.articles) == 1


def test_brief_marks_are_one_set_without_the_photo_mark():
    from corpus_tools.layout.patterns import BRIEF_MARKS, ITEM_MARKS, PHOTO_MARKS
    from corpus_tools.layout.runin import _MARKED_RE
    assert "▲" in PHOTO_MARKS and "▲" not in BRIEF_MARKS and set(BRIEF_MARKS) < set(ITEM_MARKS)
    assert all(bool(_MARKED_RE.match(m + "近日，镇里开展活动。")) == (m in BRIEF_MARKS) for m in ITEM_MARKS)


def test_signed_brief_and_the_item_runs_read_the_same_marks():
    from corpus_tools.layout.runin import signed_brief
    from corpus_tools.layout.units import Unit

    def article(mark):
        return [Unit(kind="body", pieces=[(0, 15)], text=mark + "近日，黑里河镇开展森林防火。", final="body", article=0),
                Unit(kind="byline", pieces=[(15, 20)], text="（张立新）", final="byline", article=0)]
    assert signed_brief(article("■"), 0)
    assert not signed_brief(article("▲"), 0)  # (▲ opens a caption, as in the item runs)
