"""Layout mends of the thirty-fourth round's user tests (invented pages of an invented 某某县 paper)."""

import pandas as pd

import corpus_tools as ct
from corpus_tools.layout import check_no_loss, parse_byline, split_page


def _articles(raw):
    lay = split_page(raw)
    assert check_no_loss(raw, lay) == [] or not check_no_loss(raw, lay)
    return lay, lay.articles


def test_text_and_photo_author_keeps_role():
    assert parse_byline("文/图　柳青") == [("文/图", "柳青")]
    assert parse_byline("文/柳青　图/何平") == [("撰文", "柳青"), ("摄影", "何平")]
    _, arts = _articles("东坡村新建温室\n文/图　柳青\n\n　　今年，东坡村新建日光温室八十栋，种植番茄和黄瓜。\n")
    assert arts[0].byline == [("文/图", "柳青")]


def test_jump_line_off_title_without_and_with_blank_line():
    base = ("第3版　综合　2005年6月1日\n\n综合\n\n东坡村道路硬化工程全面完工\n（上接第1版）\n\n"
            "　　据介绍，工程共完成投资三百万元，惠及群众两千余人。\n\n（李平）\n")
    for raw in (base, base.replace("完工\n（上接", "完工\n\n（上接")):
        lay, arts = _articles(raw)
        assert [a.title for a in arts] == ["东坡村道路硬化工程全面完工"]
        assert any(b.kind == "credit" and b.text == "（上接第1版）" and b.article is None for b in lay.blocks)


def test_masthead_small_print_is_furniture():
    raw = ("某某报\n中共某某县委机关报\n国内统一刊号：CN99-0001　第321期\n2004年3月8日　星期一　今日4版\n\n"
           "全县召开春耕生产动员会\n\n　　本报讯（记者 李平）3月7日，全县春耕生产动员会召开，部署今年农业工作。\n")
    lay, arts = _articles(raw)
    assert [a.title for a in arts] == ["全县召开春耕生产动员会"]
    assert arts[0].section is None
    assert not any("机关报" in a.body for a in arts)


def test_notices_without_blank_lines_are_items():
    raw = ("2023年4月7日 星期五 ｜ 第6版 ｜ 服务 ｜ 责编：王芳\n服务\n遗失声明\n某某县东坡农机合作社不慎遗失公章一枚，特此声明作废。\n"
           "招聘启事\n某某县东坡食品有限公司因生产需要，现招聘包装工十名。\n联系电话：0000-1234567。\n"
           "房屋出租\n东坡小区临街商铺一间出租，面积六十平方米。\n")
    lay, arts = _articles(raw)
    assert [a.title for a in arts] == ["遗失声明", "招聘启事", "房屋出租"]
    assert arts[1].body.endswith("联系电话：0000-1234567。")
    assert not any("责编" in a.body for a in arts)


def test_signer_line_signs_the_obituary():
    raw = ("某某报　2001年3月2日　第2版\n\n讣　告\n原县政协副主席张某同志，因病医治无效，于2001年2月27日逝世。\n"
           "某某县委　某某县人民政府\n\n东坡村修通致富路\n通讯员　何平\n　　3月1日，东坡村通村公路建成通车。\n")
    _, arts = _articles(raw)
    titles = [a.title for a in arts]
    assert "某某县委 某某县人民政府" not in titles and titles[-1] == "东坡村修通致富路"
    assert arts[-1].byline == [("通讯员", "何平")]


def test_photos_opening_a_page_are_items_with_joined_captions():
    raw = ("03　经济\n某某报　2012年5月3日\n\n图为县长张某（左二）在东坡镇东坡\n村查看玉米长势。\n何平　摄\n\n"
           "图为副县长李某（中）在西河镇新华村查看\n大豆长势。\n柳青　摄\n\n某某县人大常委会任免名单\n"
           "（2012年4月28日县第15届人大常委会第2次会议通过）\n任命王某为县农业农村局局长；\n")
    _, arts = _articles(raw)
    photos = [a for a in arts if a.captions]
    assert [a.captions for a in photos] == [["图为县长张某（左二）在东坡镇东坡村查看玉米长势。"],
                                            ["图为副县长李某（中）在西河镇新华村查看大豆长势。"]]
    assert [a.byline for a in photos] == [[("摄影", "何平")], [("摄影", "柳青")]]
    assert all(not a.captions for a in arts if a not in photos)


def test_jump_pairs_link_the_parts_of_one_issue():
    p1 = ("第1版\n\n东坡村老街改造全面提速\n\n　　本报讯 今年，东坡村老街改造进入快车道，九条街巷已完工。（下转第2版）\n\n"
          "西河镇举办农民运动会\n\n　　本报讯 5月2日，西河镇第三届农民运动会开幕。\n")
    p2 = "第2版\n\n东坡村老街改造全面提速\n（上接第1版）\n\n　　目前，其余三条街巷正在施工。\n"
    c = ct.read_corpus(pd.DataFrame({"text": [p1, p2], "date": ["2006-05-12"] * 2,
                                     "issue_id": ["2006-05-12_p1", "2006-05-12_p2"]}))
    pairs = ct.jump_pairs(c)
    assert len(pairs) == 1
    row = pairs.iloc[0]
    assert (row.from_page, row.to_page) == (1, 2)
    assert row.from_title == row.to_title == "东坡村老街改造全面提速"


def test_double_spaced_short_page_with_a_wide_folio():
    raw = ("2022年8月3日 星期三 ｜ 第2版 ｜ 综合 ｜ 责编：王芳\n\n\n综合\n\n\n东坡村举办丰收节文艺演出\n\n某某县融媒体中心记者　李平\n\n\n"
           "　　8月2日晚，东坡村丰收节文\n\n艺演出在村文化广场举行，秧歌\n\n等节目轮番上演。\n\n\n"
           "　　演出在大合唱《我和我的祖\n\n国》中拉开帷幕，村民们纷纷叫\n\n好。\n")
    _, arts = _articles(raw)
    assert [a.title for a in arts] == ["东坡村举办丰收节文艺演出"]
    assert arts[0].body.startswith("8月2日晚，东坡村丰收节文艺演出在村文化广场举行")


def test_photo_page_items_with_credits_cut_by_the_column():
    raw = ("2012年9月3日　星期一　第4版　图片新闻\n\n图片新闻\n\n秋收忙\n\n图为东坡村村民在田间收割水稻。　何平　摄\n\n"
           "村里的新广场\n\n图为西河村群众在文化广场跳广场舞。　欧\n阳丽　摄\n")
    _, arts = _articles(raw)
    assert [(a.title, a.byline) for a in arts] == [("秋收忙", [("摄影", "何平")]),
                                                    ("村里的新广场", [("摄影", "欧阳丽")])]
    assert arts[1].captions == ["图为西河村群众在文化广场跳广场舞。"]


def test_tender_signer_line_is_the_byline():
    raw = ("公告\n\n东坡镇新华村道路改造工程招标公告\n\n一、招标条件：本项目资金已落实，现进行公开招标。\n\n"
           "二、报名时间：2022年7月12日至7月18日。\n\n招标人：某某县东坡镇人民政府\n")
    _, arts = _articles(raw)
    assert arts[-1].byline == [("", "某某县东坡镇人民政府")]
    assert "招标人" not in arts[-1].body
