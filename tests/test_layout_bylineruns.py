"""A byline printed on two lines (corpus_tools.layout.bylineruns; fifteenth round)."""

from __future__ import annotations

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.bylineruns import second_byline_lines, sentences_under_bylines
from corpus_tools.layout.lines import read_lines

HEAD = "石门镇茶园喜迎开采节\n本报记者　王　芳\n"


def test_second_byline_line_read_as_body_is_a_byline():
    raw = HEAD + "通讯员　赵小刚\n3月6日，石门镇茶园迎来开采节，茶农们\n正忙着采摘今年的第一批春茶。\n"
    got = second_byline_lines(read_lines(raw), ["B-title", "byline", "cont", "cont", "cont"])
    assert got == ["B-title", "byline", "byline", "para", "cont"]


def test_body_line_under_a_byline_stays_body():
    raw = HEAD + "3月6日，石门镇茶园迎来开采节，茶农们\n正忙着采摘今年的第一批春茶。\n"
    tags = ["B-title", "byline", "para", "cont"]
    assert second_byline_lines(read_lines(raw), tags) == tags


def test_split_page_reads_both_byline_lines():
    raw = HEAD + "通讯员　赵小刚\n3月6日，石门镇茶园迎来开采节，茶农们\n正忙着采摘今年的第一批春茶。\n"
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    art = layout.articles[0]
    assert [(r, n.replace("\u3000", "").replace(" ", "")) for r, n in art.byline] == [("记者", "王芳"), ("通讯员", "赵小刚")]
    assert art.body.startswith("3月6日")


def test_byline_line_under_a_subtitle_read_as_an_article_start_is_a_byline():
    raw = ("一支笔的新故事\n——访石门镇党委书记王大明\n本报记者 赵小刚\n【编者按】石门镇是全县重要的制笔基地，\n"
           "近年来推进产业转型。\n")
    got = second_byline_lines(read_lines(raw), ["B-title", "subtitle", "B-para", "cont", "cont"])
    assert got == ["B-title", "subtitle", "byline", "para", "cont"]


def test_sentence_under_a_headline_groups_byline_opens_the_body():
    raw = read_lines("彝家新寨迎新年\n记者 阿苏伍呷　吉克曲布\n11月18日，底底古村的\n广场上人头攒动。\n")
    assert sentences_under_bylines(raw, ["B-title", "byline", "title", "B-para"]) == ["B-title", "byline", "para", "cont"]


def test_title_line_under_a_byline_without_sentence_marks_stays():
    raw = read_lines("彝家新寨迎新年\n记者 阿苏伍呷\n彝族年系列活动开幕\n广场上人头攒动。\n")
    tags = ["B-title", "byline", "title", "B-para"]
    assert sentences_under_bylines(raw, tags) == tags



def test_credit_broken_before_its_close_is_one_byline():
    from corpus_tools.layout.bylineruns import split_credits_and_notes
    raw = "宣平溪畔荷花开\n6月下旬，千亩荷塘进入盛花期。\n（记者 徐　敏\n 摄）\n老街记忆\n豆腐坊开张了。\n"
    got = split_credits_and_notes(read_lines(raw), ["B-title", "para", "para", "cont", "B-title", "para"])
    assert got == ["B-title", "para", "byline", "byline", "B-title", "para"]
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    assert [(r, n.replace("\u3000", "").replace(" ", "")) for r, n in layout.articles[0].byline] == [("摄影", "徐敏")]


def test_closing_note_is_the_texts_last_line_not_a_byline():
    raw = ("老街记忆（二）\n文/图　邵　军\n从南门进老街，第一家是开了六十多年的豆腐\n坊。天不亮，磨盘就转起来了。\n（未完待续）\n"
           "县里部署防汛工作\n本报讯 6月19日，县里召开防汛工作会议。\n")
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    art = layout.articles[0]
    assert art.body.endswith("（未完待续）")
    assert [(r, n.replace("\u3000", "").replace(" ", "")) for r, n in art.byline] == [("文/图", "邵军")]  # (文/图: wrote and shot it, user34b F11)
    assert layout.articles[1].title == "县里部署防汛工作"


def test_bylines_of_other_forms():
    from corpus_tools.layout.bylines import parse_byline
    from corpus_tools.layout.patterns import BYLINE_TAIL_RE, is_staff_line
    assert parse_byline("（全文完）") is None                              # an editorial note
    assert BYLINE_TAIL_RE.search('就来指导。"(通讯员 丁海波)')           # an ASCII quote closes the sentence
    assert is_staff_line("责任编辑：才让卓玛　校对：韩　忠")


# --- round 20 (layout28): head bylines between bodies, headline groups over them, glued bylines ---

from corpus_tools.layout.bylineruns import (  # noqa: E402
    bylines_over_indented_paragraphs,
    heads_over_head_bylines,
    titles_closing_byline_opened,
)
from corpus_tools.layout.bylines import glued_byline_cuts, parse_byline  # noqa: E402


def _names(art):
    return [(r, n.replace("\u3000", "").replace(" ", "")) for r, n in art.byline]


def test_outlet_and_slash_forms_read_as_bylines():
    assert parse_byline("全媒体记者　李　华　文/图") == [("记者", "李华")]
    assert parse_byline("融媒记者　周　涛") == [("记者", "周涛")]
    assert parse_byline("（融媒记者　周　航　摄）") == [("摄影", "周航")]
    assert parse_byline("（文/蒋　丽）") == [("撰文", "蒋丽")]
    assert parse_byline("（文/图 本报记者 宋佳）") == [("记者", "宋佳")]


def test_headline_group_over_a_head_byline_opens_an_article():
    raw = ("订单已经排到了10月中旬。\n农村电商如何“带货”又“带富”？\n■　见习记者　梁　晨\n"
           "在杨梅镇电商服务中心，主播小陈正对\n着手机镜头介绍本地的腐竹和米粉。\n")
    got = heads_over_head_bylines(read_lines(raw), ["B-title", "para", "byline", "para", "cont"])
    assert got == ["B-title", "B-title", "byline", "para", "cont"]


def test_lines_over_a_head_byline_after_an_untitled_body_stay():
    # a page printing headlines after their bodies: the line is the headline of the body above it
    raw = ("本报讯　全镇新修通组路12公里。\n三河尖镇修通组路\n通讯员　陈　静\n"
           "8月20日，县人民医院胸痛中心正式开通\n急救绿色通道。\n")
    tags = ["B-para", "title", "byline", "B-para", "cont"]
    assert heads_over_head_bylines(read_lines(raw), tags) == tags


def test_role_line_over_an_indented_paragraph_opens_the_next_article():
    raw = ("集中展销。\n通讯员 贺芳\n　　宁家坪镇坚持绿水青山就\n是金山银山理念，发展林下经\n济。\n"
           "宁家坪镇：绿水青山变成金山银山\n")
    tags = bylines_over_indented_paragraphs(read_lines(raw), ["cont", "byline", "B-title", "para", "cont", "para"])
    assert tags[:4] == ["cont", "B-byline", "para", "cont"]
    assert titles_closing_byline_opened(read_lines(raw), tags)[-1] == "title"


def test_head_byline_between_two_bodies_goes_to_the_body_below():
    raw = ("今日攸县\n2022年11月4日 星期五 第1版 要闻\n\n县委理论学习中心组举行专题学习\n\n本报记者 谭晓峰\n"
           "　　11月3日，县委理论学习中\n心组举行专题学习。\n\n通讯员 胡志强\n"
           "　　连日来，莲塘坳镇组织宣讲\n小分队深入村组。\n\n莲塘坳镇宣讲进村入户\n")
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    arts = {a.title: _names(a) for a in layout.articles}
    assert arts["莲塘坳镇宣讲进村入户"] == [("通讯员", "胡志强")]
    assert arts["县委理论学习中心组举行专题学习"] == [("记者", "谭晓峰")]


def test_glued_byline_cuts_and_split():
    assert glued_byline_cuts("记者节当天，全县举行座谈会。") == []
    assert [p for _, p in glued_byline_cuts("融媒记者　刘　洋金秋十月，桔园镇柑橘丰收。")] == [("记者", "刘洋")]
    raw = ("固始报\n2024年8月23日　星期五　第2版\n\n融媒记者　周涛入伏以来，郭陆滩镇九桠村的千\n"
           "亩稻蟹共养基地里，稻禾青青。\n郭陆滩镇：稻田里“养”出螃蟹经济\n")
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    art = layout.articles[0]
    assert _names(art) == [("记者", "周涛")]
    assert art.body.startswith("入伏以来")


def test_title_and_marked_byline_line_under_a_short_item_open_an_article():
    # (user20's finding 1) a title and a □ byline line over an indented paragraph, after a short 本报讯 item
    raw = ("下各镇开展防汛应急演练\n　　本报讯（记者 陈立军 通讯\n员 朱海波）2月17日，下各镇\n组织干部群众开展演练。\n\n"
           "重点项目建设热潮涌动\n□记者 应国平 通讯员 应建华\n　　连日来，位于横溪镇的永安溪\n"
           "绿道三期工程施工现场机器轰鸣。\n")
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    arts = {a.title: _names(a) for a in layout.articles}
    assert arts["重点项目建设热潮涌动"] == [("记者", "应国平"), ("通讯员", "应建华")]


# --- round 24 (layout34): head bylines on written pages of other writers (benchmarks/layout_failures34.md, class A1)

def test_a_marked_or_two_person_role_line_under_a_title_is_a_byline_whatever_follows():
    from corpus_tools.layout.bylineruns import second_byline_lines
    for byline in ("◎本报记者　何　平　特约通讯员　马小军", "记者　何　平　特约通讯员　马小军"):
        raw = f"红耀乡小杂粮订单种植2万亩\n{byline}\n今春以来，红耀乡与3家企业签订小杂粮收购合\n同，订单面积达2万亩。\n"
        assert second_byline_lines(read_lines(raw), ["B-title", "para", "cont", "cont"]) == ["B-title", "byline", "para", "cont"]


def test_a_running_date_line_between_articles_does_not_join_the_headline_under_it():
    from corpus_tools.layout.bylineruns import heads_over_head_bylines
    raw = ("硝河乡梯田披绿装\n本报记者　何　平\n入夏以来，硝河乡20万亩梯田层层披绿，燕麦长势喜人。\n乡里今年新修梯田3000亩。\n"
           "2023年5月12日　星期五　乡村　西吉报\n震湖乡养牛户增收有门路\n通讯员　杨　帆\n近年来，震湖乡把肉牛养殖作为主导产业，\n"
           "全乡存栏肉牛2.1万头。\n")
    tags = ["B-title", "byline", "para", "para", "para", "para", "byline", "para", "cont"]
    assert heads_over_head_bylines(read_lines(raw), tags)[4:7] == ["para", "B-title", "byline"]


#: A page whose first headline run (a kicker and a title broken once) stands over a writer's and a photographer's
#: credit line that the line model reads as body text.
CREDITED_TOP = ("西吉报\n2023年5月12日　第2版\n立夏时节\n将台堡镇马铃薯\n种植全面完成\n撰稿：马　丽　摄影：田　军\n"
                "5月8日，将台堡镇最后一片马铃薯地完成播种，全镇\n种植面积达到6.2万亩，比去年增加0.4万亩。\n"
                "镇里组织农技人员进村指导，推广脱毒种薯和\n覆膜保墒技术。\n\n兴隆镇新建冷库3座\n"
                "本报讯（记者 苏　婷）近日，兴隆镇3座果蔬冷库建成投用，\n总库容1.2万吨。\n")


def test_a_headline_run_over_a_credit_line_read_as_body_opens_the_first_article():
    first = split_page(CREDITED_TOP).articles[0]
    assert (first.title[-6:], first.byline, first.body[:4]) == ("种植全面完成", [("撰文", "马丽"), ("摄影", "田军")], "5月8日")
    assert check_no_loss(CREDITED_TOP, split_page(CREDITED_TOP)) == []


def test_a_role_line_inside_a_leads_open_bracket_opens_no_article():
    from corpus_tools.layout.bylineruns import heads_over_head_bylines
    raw = ("缅甸国防军宣布停火\n本报讯 据新华社\n仰光5月9日电 （\n记者张东强、车宏\n亮）缅甸国防军9日宣布，为了应对\n"
           "疫情，全国停火至8月31日。\n")
    tags = ["B-title", "para", "cont", "cont", "cont", "cont"]
    assert heads_over_head_bylines(read_lines(raw), tags) == tags


def test_a_text_and_photo_credit_read_as_body_under_a_title_run_is_the_byline():
    # 江华县 paper, invented text: the page's first article, its two title lines and its 文/图 credit read as body
    from corpus_tools.layout.bylineruns import heads_over_head_bylines
    from corpus_tools.layout.lines import read_lines
    raw = "江华报\n井头湾村：千年古村\n打开“旅游门”\n文/图　本报记者　唐小燕\n初冬时节，走进井头湾村，古民居错落有致。\n"
    tags = heads_over_head_bylines(read_lines(raw), ["banner", "B-para", "cont", "cont", "cont"])
    assert tags == ["banner", "B-title", "title", "byline", "cont"]


# round 28: a head byline printed after an article its lead signs, over the next article's headline group
# (invented as 融水报 would print it; real townships of 融水苗族自治县)
RONGSHUI = ("融水报\n2023年11月21日　星期二　第1版\n\n"
            "融水芦笙斗马节开幕\n"
            "本报讯（融媒体记者 梁春燕 通讯员\n"
            "贾　明）11月18日，融水苗族芦笙斗\n"
            "马节在县城开幕，2万多名群众和游\n"
            "客参加活动。\n"
            "开幕式上，安太乡、香粉乡的芦笙队\n"
            "轮番登台，现场一片欢腾。\n\n"
            "融媒体记者　韦丽萍　潘　杰\n"
            "香粉乡杉木有了“身份证”\n"
            "入冬时节，香粉乡雨卜村的林农在杉\n"
            "木林里给每棵树挂上二维码。\n"
            "村民说，扫一扫就知道树龄和产地。\n")


def test_head_byline_after_a_lead_signed_article_goes_over_the_next_headline():
    layout = split_page(RONGSHUI)
    assert check_no_loss(RONGSHUI, layout) == []
    first, second = layout.articles[-2:]
    assert [n for _, n in first.byline] == ["梁春燕", "贾明"]
    assert second.title == "香粉乡杉木有了“身份证”"
    assert [n for _, n in second.byline] == ["韦丽萍", "潘杰"]


def test_head_byline_stays_with_an_article_its_lead_does_not_sign():
    from corpus_tools.layout.bylineruns import head_bylines_over_heads
    from corpus_tools.layout.units import Unit
    units = [Unit("head", [(0, 5)], "芦笙节开幕", final="headline", article=0),
             Unit("body", [(6, 20)], "11月18日，芦笙节开幕。", final="body", article=0),
             Unit("byline", [(21, 30)], "融媒体记者　韦丽萍", final="byline", article=0),
             Unit("head", [(31, 40)], "香粉乡杉木有了身份证", final="headline", article=1),
             Unit("body", [(41, 60)], "入冬时节，林农挂上二维码。", final="body", article=1)]
    head_bylines_over_heads(units)
    assert units[2].article == 0  # (no lead names the first article's writers: the byline closes it)
    units[1].text = "本报讯（记者 梁春燕）11月18日，芦笙节开幕。"
    head_bylines_over_heads(units)
    assert units[2].article == 1
