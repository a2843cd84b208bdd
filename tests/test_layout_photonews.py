"""Photo news read as articles (layout/photonews.py): headed and headless marked captions with their credits."""

import pytest

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.photonews import headed_photo_bodies, headless_photo_items

# 蔚县 paper, invented text (real townships), lines cut at 27 characters
WEIXIAN = ("蔚县报　　2017年6月9日　星期五　　第2版\n"
           "我县启动夏粮收购工作\n"
           "本报讯（记者 张海燕）6月7日，我县夏粮收购工作全面启\n"
           "动，全县设立收购网点26个，预计收购小麦3.5万吨。\n"
           "▲6月6日，代王城镇的农机手在麦田里抢收小麦。今年全镇\n"
           "小麦种植面积4.2万亩。\n"
           "本报记者　王　强　摄\n"
           "暖泉镇古堡修缮工程开工\n"
           "本报讯 6月5日，暖泉镇西古堡修缮工程开工，项目总投资\n"
           "860万元，预计年底完工。（通讯员　李　明）\n"
           "图片新闻\n"
           "壶流河湿地迎来白鹭\n"
           "▲6月3日，成群的白鹭在壶流河国家湿地公园栖息觅食。\n"
           "摄影：赵　伟\n"
           "责任编辑：高　静\n")


def test_a_headless_photo_between_two_articles_is_an_article_of_its_own():
    layout = split_page(WEIXIAN)
    photo = next(a for a in layout.articles if a.body.startswith("▲6月6日"))
    assert photo.byline == [("摄影", "王　强")] or [(r, n.replace("　", "")) for r, n in photo.byline] == [("摄影", "王强")]
    first = next(a for a in layout.articles if a.title == "我县启动夏粮收购工作")
    assert first.body.endswith("3.5万吨。")
    assert check_no_loss(WEIXIAN, layout) == []


def test_a_headed_photo_under_its_banner_has_its_caption_as_body():
    layout = split_page(WEIXIAN)
    photo = next(a for a in layout.articles if a.title == "壶流河湿地迎来白鹭")
    assert photo.body.startswith("▲6月3日") and [r for r, _ in photo.byline] == ["摄影"]
    above = next(a for a in layout.articles if a.title == "暖泉镇古堡修缮工程开工")
    assert above.body.endswith("预计年底完工。")


def test_credit_over_the_caption_opens_the_item_on_the_credit():
    raw = "村里新修道路三公里。\n摄影：郑　琳\n▲4月3日，杜鹃花盛开，吸引了大批游客。\n县林业局启动植树造林\n"
    tags = headless_photo_items(read_lines(raw), ["B-para", "byline", "caption", "B-title"])
    assert tags == ["B-para", "B-byline", "para", "B-title"]


def test_headline_over_caption_and_credit_gives_the_caption_as_body():
    raw = "路下乡新建乡村公路通车\n▲日前，路下乡发竹坑村至五溪村的乡村公路建\n成通车。\n摄影：仉　明\n棠口廊桥修缮竣工\n"
    tags = headed_photo_bodies(read_lines(raw), ["B-para", "caption", "caption", "byline", "B-title"])
    assert tags == ["B-title", "para", "cont", "byline", "B-title"]


@pytest.mark.parametrize("raw, tags", [
    # a caption inside an article: its text goes on under it
    ("大化坪镇：一片黄芽\n文/图　本报记者　储婷婷\n▲茶农在采摘明前茶。\n清明前后，茶农们正忙着采摘鲜叶。\n",
     ["B-title", "byline", "caption", "para"]),
    # the credit runs on the caption's last line: the photo of the article above
    ("亩均节省用工成本30元左右。\n▲植保无人机在稻田喷药作业。　王子兵　摄\n胡集镇“小积分”兑出新气象\n",
     ["cont", "caption", "B-title"]),
    # no credit at all
    ("全镇秋粮收获过半。\n▲收割机在稻田里作业。\n馆前镇开展重阳敬老活动\n", ["para", "caption", "B-title"]),
])
def test_captions_of_articles_are_left_alone(raw, tags):
    assert headless_photo_items(read_lines(raw), tags) == tags
    assert headed_photo_bodies(read_lines(raw), tags) == tags


def test_a_headline_repeating_the_text_above_is_printed_after_it_not_the_photo_s():
    raw = ("县农业局近日在定城镇举办冬季瓜菜种植技术培训班。（王小妹）\n县农业局举办冬季瓜菜培训班\n"
           "▲8月16日，志愿者为孤寡老人打扫卫生。\n揭兰　摄\n")
    tags = ["B-para", "title", "caption", "byline"]
    assert headed_photo_bodies(read_lines(raw), tags) == tags


def test_an_article_s_own_photo_is_no_item_of_its_own():
    # review: the photographer is the byline of the article above (梅川镇)
    raw = ("梅川镇蜜柚喜获丰收\n本报记者　周　涛\n本报讯 连日来，梅川镇3000余亩蜜柚进入采摘期，果农们忙着采摘、分拣、装箱，田间地头一派丰收\n"
           "景象。今年该镇蜜柚长势良好，预计总产量达600万斤，产值2000余万元。\n"
           "“今年柚子个头大、甜度高，客商直接到地里收购，价格比去年每斤高了两毛钱。”果农陈大伯笑着说。\n"
           "▲果农在梅川镇柚子园采摘蜜柚。\n本报记者　周　涛　摄\n大金镇开展消防安全培训\n"
           "本报讯 11月8日，大金镇组织辖区企业负责人、安全员开展消防安全知识培训，参训人员80余人。\n"
           "培训中，消防员结合典型火灾案例，讲解了火灾预防、初期火灾扑救和逃生自救等知识。（通讯员　陈　红）\n")
    arts = split_page(raw).articles
    assert [a.title for a in arts] == ["梅川镇蜜柚喜获丰收", "大金镇开展消防安全培训"]
    assert "今年柚子" in arts[0].body and "今年柚子" not in arts[1].body


def test_a_caption_closed_by_its_credit_after_a_signed_item_is_a_photo_item():
    # invented as 雷州报 would print it (real place): the credit in brackets on the caption's last line
    raw = ("雷州报　2021年12月17日　星期五　第1版\n"
           "乌石港全力保障旅客运输\n"
           "本报讯 今年以来，位于乌石镇的乌石港累计运送旅客\n"
           "五百万人次、车辆一百万辆次，港口与海口港建立联动\n"
           "机制，遇大风停航时有序引导待渡车辆。\n"
           "（通讯员 陈　海）\n"
           "▲12月8日，乌石镇海滩迎来大批游客，这里的日落\n"
           "吸引了各地摄影爱好者。（黄　明 摄）\n"
           "▲企水镇新建的渔港码头投入使用。（林　强 摄）\n"
           "责任编辑：王　芳\n")
    tags = headless_photo_items(read_lines(raw), ["banner", "B-title", "para", "cont", "cont", "byline", "caption",
                                                  "cont", "B-para", "credit"])
    assert tags[6] == "B-para" and tags[7] == "cont"
    arts = split_page(raw).articles
    item = next(a for a in arts if a.body.startswith("▲12月8日"))
    assert item.byline == [("摄影", "黄明")] and "企水镇" not in item.body


@pytest.mark.parametrize("second", ["cont", "para"])
def test_a_caption_of_two_sentences_closed_by_its_credit_after_a_signed_item_is_a_photo_item(second):
    # invented as 雷州报 would print it: the caption's first line ends a sentence, the model runs the second on
    raw = ("雷州报　2021年12月17日　星期五　第1版\n乌石港全力保障旅客运输\n本报讯 今年以来，位于乌石镇的乌石港累计运送旅客\n"
           "五百万人次，遇大风停航时有序引导待渡车辆。\n（通讯员 陈　海）\n"
           "▲12月8日，乌石镇海滩迎来大批游客。\n这里的日落吸引了各地摄影爱好者。（黄　明 摄）\n责任编辑：王　芳\n")
    tags = ["banner", "B-title", "para", "cont", "byline", "caption", second, "credit"]
    assert headless_photo_items(read_lines(raw), tags)[5:7] == ["B-para", "cont"]


def test_a_marked_caption_under_a_caption_is_not_run_into_it():
    # the same page with two photos: the credit on the second caption's line is the second photo's
    raw = ("雷州报　2021年12月17日　星期五　第1版\n乌石港全力保障旅客运输\n本报讯 今年以来，位于乌石镇的乌石港累计运送旅客\n"
           "五百万人次，遇大风停航时有序引导待渡车辆。\n（通讯员 陈　海）\n"
           "▲12月8日，乌石镇海滩迎来大批游客。\n▲企水镇新建的渔港码头投入使用。（林　强 摄）\n责任编辑：王　芳\n")
    tags = ["banner", "B-title", "para", "cont", "byline", "caption", "caption", "credit"]
    assert headless_photo_items(read_lines(raw), tags)[5] == "caption"
