"""Signatures naming a post, a unit or a township; dash credits; unit-and-name lines (corpus_tools.layout.authornotes)."""

from corpus_tools.layout import parse_byline, split_page
from corpus_tools.layout.authornotes import author_note, place_signature
from corpus_tools.layout.namelines import affiliation_name
from corpus_tools.layout.patterns import is_subtitle_line


def _articles(raw: str) -> list:
    return split_page(raw).articles


def _by_title(raw: str) -> dict:
    return {a.title: a for a in _articles(raw)}


def test_author_notes():
    assert author_note("（作者系县委党校副校长）") == ()
    assert author_note("（作者系某乡某村党支部书记　扎西）") == (("", "扎西"),)
    assert author_note("（作者单位：县委宣传部　王　平）") == (("", "县委宣传部"), ("", "王平"))
    assert author_note("（作者单位：县委党校）") == ()
    assert author_note("（记者　王平）") is None
    # parse_byline reads them: a note naming no one signs with no name (no text of the body)
    assert parse_byline("（作者系县委党校副校长）") == []
    assert parse_byline("（作者系某乡某村党支部书记　扎西）") == [("", "扎西")]


def test_township_signatures():
    assert place_signature("（城关镇　李春花）") == (("", "李春花"),)
    assert place_signature("（东风街道　赵明）") == (("", "赵明"),)
    assert place_signature("（县卫生院　王芳）") is None
    assert parse_byline("（城关镇　李春花）") == [("", "李春花")]
    # a unit before the name keeps both (the earlier writers' reading)
    assert parse_byline("（某某镇卫生院　王玉芳）") == [("", "某某镇卫生院"), ("", "王玉芳")]


def test_dash_credit_is_a_byline_not_a_subtitle():
    assert parse_byline("——张为民　摄") == [("摄影", "张为民")]
    assert not is_subtitle_line("——张为民　摄")
    assert is_subtitle_line("——记青山镇竹编艺人李长春")
    assert parse_byline("——记青山镇竹编艺人李长春") is None


def test_affiliation_with_rare_or_long_names():
    assert affiliation_name("市委党校　才旦多杰") == "才旦多杰"
    assert affiliation_name("县委党校　仝立新") == "仝立新"
    assert affiliation_name("县委党校　理论研究") is None


def test_short_signed_opinions_on_an_indenting_page():
    raw = ("理论·评论\n\n\n【一句话评论】\n"
           "开会少了　实事多了\n"
           "　　今年以来，县直单位会议数量比去年同期减少四成，干部有更多时间\n"
           "下基层、办实事。\n"
           "　　文件简报也减少了三成，基层干部说，现在跑腿少了，办事快了。\n"
           "（城关镇　李春花）\n"
           "公车封存　风清气正\n"
           "　　县里对超标公务用车进行清理封存，节假日公车私用的现象少了，群\n"
           "众看在眼里。\n"
           "　　封存的车辆统一停放，统一管理，群众说这是实实在在的变化。\n"
           "（东风街道　赵明）\n"
           "村干部的“民情本”\n"
           "　　驻村干部每天记民情本，一年记满了三本，帮村里解决了十九件难\n"
           "事，还修通了两条生产路。\n"
           "（青山镇　孙立强）\n\n\n"
           "学习札记\n"
           "从“为民”二字说起\n"
           "　　为民二字，说起来容易做起来难。党员干部要把群众的冷暖放在心上，\n"
           "把群众满意不满意作为衡量工作的标准，这是我们的根本工作路线。\n"
           "　　群众路线是党的生命线，要一以贯之地走下去。\n"
           "（县委宣传部　郑文华）\n")
    arts = _articles(raw)
    titles = [a.title for a in arts]
    for t in ("开会少了　实事多了", "公车封存　风清气正", "村干部的“民情本”"):
        assert any(x is not None and x.replace(" ", "") == t.replace("\u3000", "") for x in titles), titles
    bylines = [a.byline for a in arts]
    assert [("", "李春花")] in bylines and [("", "赵明")] in bylines and [("", "孙立强")] in bylines


def test_marked_item_with_a_label_and_a_title():
    raw = ("综合新闻\n【乡镇快讯】\n"
           "◆青山镇　茶叶合作社抱团闯市场　青山镇九家茶叶合作社日前组团\n"
           "参加省城茶博会，签下订单三百万元。镇里还设立了茶产业扶持资金。\n"
           "（通讯员　王小平）\n"
           "◆东风街道　社区开设“四点半课堂”　东风街道利用社区活动室，为\n"
           "辖区八十名外来务工人员子女提供课后辅导。（李晓丽）\n"
           "◆县教育局　秋季新增公办学位一千个\n"
           "　县教育局日前召开会议，今年秋季将新增公办学校学位一千个，新建\n"
           "小学两所。（周红）\n")
    by_title = _by_title(raw)
    assert "茶叶合作社抱团闯市场" in by_title
    assert "社区开设“四点半课堂”" in by_title
    assert "秋季新增公办学位一千个" in by_title
    first = by_title["茶叶合作社抱团闯市场"]
    assert first.kicker is not None and "青山镇" in first.kicker
    assert first.body.startswith("青山镇九家茶叶合作社")


def test_staff_credit_line_is_not_half_a_title():
    raw = ("某某日报　2010年5月7日　星期五　第3版\n"
           "综合·简讯　责任编辑：王小红\n"
           "县城观光节筹备工作全面启动\n"
           "记者　李明　通讯员　赵静\n"
           "5月5日，县城观光节第一次筹备工作会议召开。本届观光节将于9月开幕，\n"
           "期间将举办文化论坛等十项活动。各成员单位要抓紧落实场地和安保工作。\n")
    for method in ("auto", "rules"):
        titles = [a.title for a in split_page(raw, method=method).articles]
        assert "县城观光节筹备工作全面启动" in titles, (method, titles)


def test_photo_under_a_short_unsigned_text_is_its_own():
    raw = ("县医院开展义诊活动\n"
           "　　县医院专家日前到青山镇开展义诊，为群众免费测量血压、血糖。\n"
           "（王丽）\n\n"
           "古镇遗址迎来考古队\n"
           "　　5月10日，省文物考古队来到青山镇，对古镇遗址进行测绘和拍照。\n"
           "▲考古队员在遗址测绘。\n"
           "本报记者　孙大海　摄\n\n"
           "全县春耕生产全面展开\n"
           "　　连日来，全县各乡镇抢抓农时，春耕生产全面展开，已播种玉米三万亩。\n"
           "（通讯员　刘强）\n")
    arts = _articles(raw)
    site = next(a for a in arts if a.title == "古镇遗址迎来考古队")
    assert site.byline == [("摄影", "孙大海")]
    assert "考古队员在遗址测绘" in site.body
    assert not any(a.title is None and "考古队员" in a.body for a in arts)


def test_heading_between_two_signed_items_without_blank_lines():
    raw = ("某某日报　2010年5月7日　星期五　第3版\n"
           "县城观光节筹备工作全面启动\n"
           "记者　李明　通讯员　赵静\n"
           "5月5日，县城观光节第一次筹备工作会议召开。本届观光节将于9月开幕，期间将\n"
           "举办文化论坛等十项活动。各成员单位要抓紧落实场地、安保和接待等各项工作。\n"
           "【数字新闻】\n"
           "3.5万\n"
           "一季度，县商贸城接待采购客商三万五千人次，交易额同比增长百分之九，在\n"
           "困难形势下逆势上扬。商贸城二期市场已有八百多户经营户入驻。（赵静）\n"
           "260家\n"
           "今年以来，县工业园区新引进企业二百六十家，总投资三十亿元。园区今年还将\n"
           "新建标准厂房十万平方米，引导企业向下游延伸。（王小平）\n"
           "本版编辑：李明　校对：赵静\n")
    by_title = _by_title(raw)
    assert "260家" in by_title, list(by_title)
    assert by_title["260家"].byline == [("", "王小平")]
    assert by_title["3.5万"].byline == [("", "赵静")]
