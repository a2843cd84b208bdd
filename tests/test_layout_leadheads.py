"""Tests for the forms of the forty-fourth layout round: a headline group over a lead with no blank line
(corpus_tools.layout.leadheads), a block closed by its headline after a wrapped signature
(blockheads), bylines over two lines (parts), photo items' headlines read as text (photonews)."""

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.blockheads import heads_closing_blocks
from corpus_tools.layout.leadheads import heads_over_leads
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.photonews import headed_photo_bodies, headless_photo_items


def _article(layout, title):
    return next(a for a in layout.articles if "".join((a.title or "").split()) == title)


def test_a_kicker_and_a_two_line_title_over_a_lead_under_the_furniture():
    raw = ("城关报　CHENGGUAN BAO　2010年3月5日\n第1版　要闻　责任编辑：李　明\n抓项目　促发展\n全县十个重点项目\n"
           "集中开工\n本报讯（记者　王　磊）3月2日，全县十个重点项目集中开工，总投资\n12亿元。\n")
    tags = ["banner", "banner", "B-para", "para", "B-title", "para", "cont"]
    assert heads_over_leads(read_lines(raw), tags) == ["banner", "banner", "B-kicker", "title", "title", "para", "cont"]


def test_a_group_under_a_text_or_a_jump_mark_is_left_alone():
    # (under a text the upper line may be that text's headline printed after it)
    raw = "全县完成春播。\n（下转第2版）\n抓春耕　保丰收\n全县春播进度过半\n本报讯　3月2日，全县春播进度过半。\n"
    tags = ["B-para", "banner", "title", "B-title", "B-para"]
    assert heads_over_leads(read_lines(raw), tags) == tags
    raw = "全县完成春播。\n抓春耕　保丰收\n全县春播进度过半\n本报讯　3月2日，全县春播进度过半。\n"
    tags = ["B-para", "title", "B-title", "B-para"]
    assert heads_over_leads(read_lines(raw), tags) == tags


def test_a_banner_over_a_one_line_title_stays_a_banner():
    raw = "城关报　第1版\n要　闻\n全县春播进度过半\n本报讯　3月2日，全县春播进度过半。\n"
    tags = ["banner", "banner", "B-title", "para"]
    assert heads_over_leads(read_lines(raw), tags) == tags


def test_a_signature_wrapped_by_the_column_closes_a_block_titled_at_its_foot():
    raw = ("城关报　第1版\n\n【移风易俗】\n本报讯　今年以来，全县各村成立红白理事会，把彩礼标准写进\n"
           "村规民约。截至5月底，全县共劝导大操大办48起。（通讯员　李\n明　王　芳）\n婚事新办蔚然成风\n\n"
           "图片新闻\n古镇游人多\n▲6月10日，游客在古镇城门前拍照留念。\n张　强　摄\n")
    lines = read_lines(raw)
    tags = ["banner", "banner", "B-para", "cont", "cont", "cont", "B-banner", "B-title", "caption", "byline"]
    out = heads_closing_blocks(lines, tags)
    assert out[2] == "B-para" and out[5] == "title"


def test_a_byline_over_two_lines_keeps_both_roles():
    raw = ("城关报　　　第1版　　　2003年5月16日　星期五\n一手抓防控　一手抓生产\n全县上下众志成城抗击疫情\n"
           "本报记者　王明磊\n本报通讯员　李春芳\n"
           "4月下旬以来，县委、县政府成立防控指挥部，全县形成\n“横向到边、纵向到底”的防控网络。\n"
           "县上坚持早发现、早报告，在公路出入口设立检查站12\n个，对返乡人员逐一登记。\n")
    layout = split_page(raw)
    assert not check_no_loss(raw, layout)
    art = _article(layout, "全县上下众志成城抗击疫情")
    assert art.byline == [("记者", "王明磊"), ("通讯员", "李春芳")]


def test_a_photo_title_read_as_text_after_a_closed_paragraph():
    raw = ("今年，县里把皮革小区列入十大工程。\n秋山红叶\n▲金秋时节，山上层林尽染，吸引了大批\n游客登山观景。\n"
           "王　平　摄\n■某镇核桃丰收　今年，某镇核桃总产量达到42万公斤。（李林）\n")
    tags = ["B-para", "para", "caption", "caption", "banner", "B-para"]
    out = headed_photo_bodies(read_lines(raw), tags)
    assert out[1] == "B-title" and out[2:5] == ["para", "cont", "byline"]


def test_a_photo_title_whose_second_line_is_read_as_text():
    raw = ("图片新闻\n某镇某村的退耕地上\n山杏苗长势喜人\n▲6月下旬，村民在退耕地上给山杏苗除草。\n摄影：王　平\n"
           "【农牧民之友】\n")
    tags = ["banner", "B-title", "para", "caption", "byline", "banner"]
    out = headed_photo_bodies(read_lines(raw), tags)
    assert out[:5] == ["banner", "B-title", "title", "para", "byline"]


def test_a_heading_under_a_photo_credit_opens_the_next_item():
    raw = ("东山层林尽染\n▲10月中旬，东山森林公园层林尽染。（李　想　摄）\n2024年度示范村名单公示\n"
           "经乡镇申报、实地评估，拟认定以下5个村为示范村。\n")
    tags = ["B-title", "caption", "para", "cont"]
    out = headed_photo_bodies(read_lines(raw), tags)
    assert out[2] == "B-para"


def test_a_marked_caption_after_a_signed_text_is_a_photo_item():
    raw = ("县里还将举办报告会，教育引导青少年。（县文化局供稿）\n▲春风拂面，梨花盛开。图为游客赏花拍照。（本报记者　王　平　摄）\n"
           "某镇苗木产业兴旺\n本报讯　今年春季，某镇新发展苗木1.2万亩。\n")
    tags = ["cont", "para", "B-title", "para"]
    out = headless_photo_items(read_lines(raw), tags)
    assert out[1] == "B-para"
