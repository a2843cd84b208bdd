"""Marked briefs titled in their first line (layout.markitems): one article each."""

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.markitems import titled_item_tags

# invented, as 紫阳报 would print a column of briefs (real township names)
PAGE = (
    "紫阳报　2012年5月11日　第2版\n"
    "蒿坪镇茶园春管忙\n"
    "本报讯 连日来，蒿坪镇组织茶农开展春季茶园管护，全镇修剪茶园\n"
    "八千亩。\n"
    "（通讯员 韩春梅）\n"
    "乡镇快讯\n"
    "◆汉王镇 新建的农贸市场投入使用，可容纳摊位一百二十个\n"
    "。\n"
    "◆焕古镇 茶叶加工厂完成技术改造，日加工鲜叶五吨。\n"
    "◆双桥镇召开“百日安全”\n"
    "动员会 5月8日，镇里召开动员会，部署安全生产工作。\n"
    "责任编辑　王小兰\n"
)


def test_each_titled_item_is_an_article_with_its_title():
    layout = split_page(PAGE)
    items = layout.articles[-3:]
    assert [a.title for a in items] == ["汉王镇", "焕古镇", "双桥镇召开“百日安全”动员会"]
    assert items[0].body.startswith("新建的农贸市场") and items[2].body.startswith("5月8日")
    assert all(a.section == "乡镇快讯" for a in items)
    assert check_no_loss(PAGE, layout) == []


def test_untitled_marked_items_are_left_alone():
    page = "简讯\n■鲖城镇召开推进会，通报进展。\n■瓦店镇排查隐患23处。\n"
    tags = ["B-title", "para", "para"]
    assert titled_item_tags(read_lines(page), tags, page) == tags


def test_marked_bylines_are_no_items():
    page = "■　见习记者　梁　晨\n■　通讯员　石　岩\n"
    tags = ["byline", "byline"]
    assert titled_item_tags(read_lines(page), tags, page) == tags


def test_one_titled_item_alone_opens_nothing():
    page = "全县春耕进度过半。\n◆汉王镇 新建市场投入使用。\n"
    tags = ["B-para", "para"]
    assert titled_item_tags(read_lines(page), tags, page) == tags


def test_marked_points_inside_one_article_stay_its_body():
    # review: ◆ points with run-in titles after a lead's finished sentence are the article's own points, not a
    # column of briefs (invented 莘县-style page)
    page = ("县里部署秋冬种工作\n　　本报讯　县里召开会议，部署秋冬种工作。会议提出三项要求。\n"
            "◆强化组织领导 各乡镇成立工作专班，落实责任。\n◆抓好技术指导 农技人员下村服务，指导农户。\n"
            "◆做好物资保障 供销社备足种子化肥。\n")
    assert [a.title for a in split_page(page).articles] == ["县里部署秋冬种工作"]


# round 26, invented as 勐海报 would print briefs under a photo and after an article (real townships)
MENGHAI = ("勐海报　2009年3月20日　第1版\n"
           "勐混镇万亩茶园开采\n"
           "本报讯（记者 岩温）3月18日，勐混镇万亩茶园开采，茶农们忙着采摘春茶，\n"
           "今年全镇预计产干茶一千二百吨。\n"
           "曼短佛寺修缮完工\n"
           "▲经过一年修缮，勐遮镇曼短佛寺日前重新对游客开放。玉　香/摄\n"
           "■勐遮镇举办傣文培训班　3月上旬，勐遮镇在曼恩村举办傣文培训班，\n"
           "学员八十人。（岩　罕）\n"
           "■打洛镇边贸市场开业　3月15日，打洛镇边贸市场开业，入驻商户一\n"
           "百二十家。（玉　南）\n")


def test_briefs_under_a_credited_photo_are_items_and_the_photo_its_own():
    arts = split_page(MENGHAI).articles
    titles = [a.title for a in arts]
    assert "勐遮镇举办傣文培训班" in titles and "打洛镇边贸市场开业" in titles
    photo = next(a for a in arts if a.title == "曼短佛寺修缮完工")
    assert photo.body.endswith("重新对游客开放。") and photo.byline == [("摄影", "玉香")]
    assert check_no_loss(MENGHAI, split_page(MENGHAI)) == []


def test_signed_briefs_after_a_finished_sentence_are_items():
    raw = ("全镇今年种植烤烟三千亩。\n"
           "◆曼稿村建成文化室　近日，曼稿村文化室建成，面积八十平方\n米。（岩　香）\n"
           "◆南糯山村通自来水　3月12日，南糯山村通上自来水，受益群众\n三百户。（玉　叫）\n")
    tags = titled_item_tags(read_lines(raw), ["cont", "para", "cont", "para", "cont"], raw)
    assert tags == ["cont", "B-para", "cont", "B-para", "cont"]


def test_marked_points_of_one_article_without_signatures_stay_its_text():
    raw = ("会议提出三项要求。\n"
           "◆抓好春耕　各乡镇要组织农资供应，确保不误农时，做好\n技术服务。\n"
           "◆抓好防火　各乡镇要落实护林员责任，加强巡山，严防森\n林火灾。\n")
    tags = ["cont", "para", "cont", "para", "cont"]
    assert titled_item_tags(read_lines(raw), tags, raw) == tags


# round 28: a titled item the line model reads as a title line, as wide as the column, its text running on
# under it (invented as 镇原报 would print a 简讯 column; real townships of 镇原县)
ZHENYUAN = ("　　县里召开春季植树动员会，要求各乡镇三月底前完成任务。\n"
            "镇内简讯\n"
            "　　■屯字镇建成千亩苹果示范园　3月5\n"
            "日，屯字镇在包庄村建成苹果示范园，\n"
            "栽植矮化苹果一千二百亩。\n"
            "　　■孟坝镇开展农机安全检查　镇农机\n"
            "站对全镇三百台农用车辆逐台检查。\n")


def test_column_wide_marked_title_lines_with_running_text_are_items():
    tags = ["para", "banner", "B-title", "para", "cont", "B-title", "para"]
    out = titled_item_tags(read_lines(ZHENYUAN), tags, ZHENYUAN)
    assert out == ["para", "banner", "B-para", "cont", "cont", "B-para", "cont"]


def test_marked_title_lines_narrower_than_the_column_stay_titles():
    # (a marked title over its own text, a space inside the title: the line is short of the column's width)
    raw = ("镇内简讯\n■屯字镇 苹果示范园建成\n3月5日，屯字镇在包庄村建成苹果示范园，栽植\n矮化苹果一千二百亩。\n"
           "■孟坝镇 农机检查开展\n镇农机站对全镇三百台农用车辆逐台安全检查。\n")
    tags = ["banner", "B-title", "para", "cont", "B-title", "para"]
    assert titled_item_tags(read_lines(raw), tags, raw) == tags


def test_a_signature_on_its_own_line_closes_its_item():
    # (the item's bracketed signature printed on the line under its text, read as a byline line, invented as
    # 正镶白旗 would print it)
    raw = ("　　全旗今年新建棚圈三百座。\n"
           "◆星耀镇推广青贮饲料　今年，星耀镇\n推广青贮饲料八千吨。\n（通讯员 乌日娜）\n"
           "◆宝力根陶海苏木举办培训班　6月，苏木\n举办养畜培训班，培训牧民九十人。（旗农牧局供稿）\n")
    tags = ["cont", "para", "cont", "byline", "para", "cont"]
    out = titled_item_tags(read_lines(raw), tags, raw)
    assert out == ["cont", "B-para", "cont", "byline", "B-para", "cont"]
    layout = split_page(raw)
    assert [a.title for a in layout.articles][-2:] == ["星耀镇推广青贮饲料", "宝力根陶海苏木举办培训班"]
    assert check_no_loss(raw, layout) == []


def test_unsigned_items_under_a_photo_credit_are_items():
    # (a photo item closed by its photographer's credit, cut over two lines, then unsigned titled items:
    # no points of the photo's caption; invented as 墨玉-like 和田 county 皮山 would print it)
    raw = ("图片新闻\n"
           "　　▲7月上旬，木吉乡的村民在新建的温室大棚里采摘\n"
           "西红柿。今年全乡新建温室大棚120座。（艾合买提\n"
           "·吐尔逊 摄）\n"
           "　　●皮山农场新建饲草料基地　近日，农场在三连新\n"
           "建饲草料基地2000亩。\n"
           "　　●桑株河防渗渠道完工　县水利局对桑株河灌区12\n"
           "公里渠道进行防渗改造。\n")
    # (the line model reads the caption and its credit as one paragraph, as on a 墨玉 page of pages28o)
    tags = ["banner", "B-para", "cont", "cont", "B-para", "cont", "B-title", "para"]
    assert titled_item_tags(read_lines(raw), tags, raw) == [
        "banner", "B-para", "cont", "cont", "B-para", "cont", "B-para", "cont"]
    layout = split_page(raw)
    assert [a.title for a in layout.articles][-2:] == ["皮山农场新建饲草料基地", "桑株河防渗渠道完工"]
    assert layout.articles[-1].body.startswith("县水利局")
    assert check_no_loss(raw, layout) == []


def test_a_plain_paragraph_after_the_columns_last_item_opens_an_article():
    # (an item is one paragraph: the news under the column's last item, its headline printed after it, is no
    # part of that item; invented as 礼县 would print it)
    raw = ("【部门简讯】\n"
           "◆县林业局　全县完成春季造林3.2万亩。（县林业局供稿）\n"
           "◆县交通局　盐官至祁山公路改建工程开工。\n"
           "截至5月10日，全县农村电商服务站已覆盖210个村，\n"
           "村民在家门口就能网购网销。（记者 王　磊）\n"
           "农村电商服务站覆盖210个村\n")
    tags = ["banner", "B-para", "para", "para", "cont", "title"]
    assert titled_item_tags(read_lines(raw), tags, raw) == ["banner", "B-para", "B-para", "B-para", "cont", "title"]
