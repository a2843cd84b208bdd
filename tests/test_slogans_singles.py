"""The single-phrase slogan test (corpus_tools/slogans/singles.py): name vetoes, descriptive counts,
uneven quoted series, the learned quoted-phrase model and the hand-written batch 3."""

from __future__ import annotations

import pytest

from corpus_tools.scoring.slogans import score_slogans
from corpus_tools.slogans import find_slogans, page_slogans
from corpus_tools.slogans.singles import (QuoteModel, features, is_name, load_quote_model, person_head,
                                          use_model)
from slogan_pages import PAGES_3, as_corpus


def marked(text: str) -> dict[str, str]:
    return {m.text: m.kind for m in find_slogans(text, formulae=False)}


@pytest.mark.parametrize("text", [
    "打通服务群众的“最后一公里”。",                      # a distance metaphor (descriptive count)
    "全县水稻亩产达到“1200斤”。",                        # a measurement
    "在“壮族三月三”期间，县里举办了山歌对唱。",            # a festival on a calendar date
    "建设“党建墙、爱心墙”等，让员工感受到温暖。",          # two names of walls
    "县里还办起了“新时代农民讲习所”。",                  # a facility
    "驻村第一书记被村民称作“拼命三郎”。",                # a nickname
    "出现“温缩裂缝、凝固效果差、延长竣工时间”等问题。",    # a quoted list of problems
])
def test_names_counts_and_lists_are_not_slogans(text):
    assert marked(text) == {}


@pytest.mark.parametrize("text, slogan, kind", [
    ("实现“小病不出村、大病不出县”。", "小病不出村、大病不出县", "quoted"),
    ("县委确立了“外向带动、科技兴县、可持续发展”三大战略。", "外向带动、科技兴县、可持续发展", "parallel"),
    ("实行“绿码通行、黄码隔离、红码集中隔离”。", "绿码通行、黄码隔离、红码集中隔离", "parallel"),
    ("大力实施“温饱工程”。", "温饱工程", "quoted"),
])
def test_formulae_still_found(text, slogan, kind):
    assert marked(text) == {slogan: kind}


def test_name_heads():
    assert is_name("党建墙") and is_name("爱心超市") and not is_name("旅游兴县") and not is_name("不出村")
    assert person_head("拼命三郎") and not person_head("问题清单")


def test_a_head_after_wei_is_a_predicate_not_a_title():
    # 仙居县 (331024) as its paper would print it: X为王 is "X comes first", like X为先
    assert not person_head("产业为王") and person_head("杨梅大王")
    assert marked("全镇上下牢固树立“产业为王”理念，以产业发展论英雄。") == {"产业为王": "quoted"}
    assert marked("他被乡亲们称作“杨梅大王”。") == {}


def test_a_phrase_ending_with_a_label_head_is_a_label():
    text = "全面梳理基层“问题清单”。同时，将这些“问题清单”逐一对接上“资源清单”。"
    use_model(False)
    try:
        assert marked(text) == {"问题清单": "quoted", "资源清单": "quoted"}
    finally:
        use_model(None)
    assert "问题清单" in marked(text)


@pytest.mark.parametrize("text", [
    "“养羊就找张子军”也成了当地养殖户的口头禅。",          # a saying
    "在江淮分水岭地区出现“风吹草低见牛羊”的壮阔美景。",      # a line of verse
    "这就是“农民科学家”嘎松罗布的实验室。",                  # a nickname
    "回到“苦瘠甲天下”的定西。",                              # a description
    "唠起了曾经“水难吃、吃水难”的日子。",                    # a two-part description
])
def test_a_quote_not_used_as_a_label_is_not_a_slogan(text):
    assert marked(text) == {}


@pytest.mark.parametrize("text, slogan", [
    ("比如，无疫情区实施“严防输入、统筹兼顾”的防控策略。", "严防输入、统筹兼顾"),   # governing verb, strategy
    ("平南县出台“稳农业保供应”10条措施。", "稳农业保供应"),                     # counted measures
    ("写有“出门戴口罩，回家勤洗手”的标语。", "出门戴口罩，回家勤洗手"),          # a banner
])
def test_label_use_frames(text, slogan):
    assert slogan in marked(text)


def test_shipped_model_and_features():
    model = load_quote_model()
    assert model is not None and 0 < model.threshold < 1 and 0 <= model.rule_threshold <= 1
    assert QuoteModel.from_json(model.to_json()).weights == pytest.approx(
        {k: round(v, 5) for k, v in model.weights.items() if abs(v) > 1e-6})
    f = features("问题清单", "基层", "。同时", page="“问题清单”“问题清单”")
    assert f["page_quoted_2+"] == 1.0 and f["len=4"] == 1.0
    assert "flag=ordinary" in features("指挥部", "", "")


def test_third_batch_written_before_the_precision_work():
    """Batch 3 (eleven pages, 41 gold items) was scored once before any change of this round:
    strict precision 0.739 (34/46), recall 0.829 (34/41). Its errors were then studied (it is no
    longer out of sample); it is not used to train the quoted-phrase model."""
    corpus, gold = as_corpus(PAGES_3)
    pred = {issue.id: page_slogans(issue) for issue in corpus}
    s = score_slogans(pred, gold).set_index(["page", "mode"])
    assert s.loc[("ALL", "strict"), "precision"] >= 0.85
    assert s.loc[("ALL", "strict"), "recall"] >= 0.85
    assert len(pred["fresh_18_counter"]) <= 1, pred["fresh_18_counter"]   # “网红打卡地” is still taken


def test_quote_share_leaves_out_the_scored_page():
    page = "深化“放管服”改革，“放管服”见效。"
    plain = features("放管服", "深化", "改革", page=page)
    own_left_out = features("放管服", "深化", "改革", page=page, in_corpus=True)
    assert own_left_out["qs_log_total"] < plain["qs_log_total"]


@pytest.mark.parametrize("text, slogan", [
    ("确保问题“清零”。", "清零"),                                       # a requirement frame before
    ("落实“菜篮子”市长负责制", "菜篮子"),                               # a responsibility system after
    ("大力实施“千企帮千村”行动", "千企帮千村"),                         # a count before 村 is no place name
    ("形成“种养加销结合”的现代农业模式", "种养加销结合"),               # 的, a modifier and a label head
    ("“农光互补”等模式还将带动周边村民脱贫致富", "农光互补"),           # 等 and a label head
    ("在知识青年“上山下乡”的年代", "上山下乡"),                         # a campaign naming an era
    ("不变的是他那“以天下为己任”的理想和追求", "以天下为己任"),         # a motto held as an ideal
])
def test_more_label_use_frames(text, slogan):
    assert slogan in marked(text)


@pytest.mark.parametrize("text", ["组织群众到“两乡馆”参观学习", "荣获广西“十大最美县域”称号"])
def test_counted_venues_and_titles_are_not_numbered_formulae(text):
    assert marked(text) == {}


@pytest.mark.parametrize("text, series", [
    ("设置村级保洁员、护林员、安全员等公益岗。", "保洁员、护林员、安全员"),     # roles set up as posts
    ("政府重点做好产业链、物流链、销售链配套。", "产业链、物流链、销售链"),     # 做好 frames a series
])
def test_series_frames(text, series):
    assert marked(text).get(series) == "parallel"


@pytest.mark.parametrize("text, slogan", [
    ("以“庆丰收、迎小康”为主题办好丰收节", "庆丰收、迎小康"),            # 以…为主题
    ("狠抓“菜篮子”“米袋子”建设。", "菜篮子"),                           # the head after a run of quotes
])
def test_theme_and_run_frames(text, slogan):
    assert slogan in marked(text)


@pytest.mark.parametrize("text", ["如何解决“两头”问题？", "他多了“两手”，人手和抓手", "有建设“四季果园”的想法"])
def test_numbered_words_the_corpus_prints_plain_are_not_formulae(text):
    assert marked(text) == {}


@pytest.mark.parametrize("text, slogan", [
    ("全镇提出打造“零污染村”的目标。", "零污染村"),
    ("探索出“大田小镇新村”模式，带动农户增收。", "大田小镇新村"),
])
def test_a_village_head_before_a_label_head_is_a_formula(text, slogan):
    assert [m.text for m in find_slogans(text, formulae=False)] == [slogan]


@pytest.mark.parametrize("text", [
    "他们来到“东山村”参观。",                        # a village's name
    "全乡已有三十个村达到“富裕村”标准。",            # a title the village attains
    "全县干部群众学习“小岗村”精神，推广“塘约村”经验。",  # real villages (gazetteer) before label heads
])
def test_a_quoted_village_name_or_title_stays_a_name(text):
    assert find_slogans(text, formulae=False) == []


def test_a_quote_taken_as_the_point_a_measure_starts_from():
    assert [m.text for m in find_slogans("全县以“强基固本、聚力提升”为着力点，开展十项行动。", formulae=False)] == \
        ["强基固本、聚力提升"]


@pytest.mark.parametrize("text", [
    "该项目被列为“全省文化出口重点项目”。",
    "该课程被评为“乡村振兴精品课程建设”。",
])
def test_a_title_or_prize_the_quote_is_given_is_no_formula(text):
    assert find_slogans(text, formulae=False) == []


def test_a_programme_listed_by_name_stays():
    assert [m.text for m in find_slogans("该工程被列为“安居富民工程”。", formulae=False)] == ["安居富民工程"]


def test_free_threshold_takes_a_phrase_not_used_as_a_label_only_when_set():
    from corpus_tools.slogans.singles import model_decision

    feats = {"kind=single": 1.0, "len=4": 1.0, "rule=None": 1.0}           # no label use on the page
    closed = QuoteModel({"len=4": 3.0}, bias=0.0, threshold=0.5, rule_threshold=0.5)
    assert closed.free_threshold is None and model_decision(closed, feats, None) is None
    opened = QuoteModel({"len=4": 3.0}, bias=0.0, threshold=0.5, rule_threshold=0.5, free_threshold=0.9)
    assert model_decision(opened, feats, None) == "quote model"
    # never a name, nor a word the corpus prints plain
    assert model_decision(opened, {**feats, "flag=name_suffix": 1.0}, None) is None
    assert model_decision(opened, {**feats, "flag=ordinary": 1.0}, None) is None
    strict = QuoteModel({"len=4": 3.0}, free_threshold=0.99)
    assert model_decision(strict, feats, None) is None
    again = QuoteModel.from_json(opened.to_json())
    assert again.free_threshold == 0.9 and QuoteModel.from_json(closed.to_json()).free_threshold is None


def test_a_goal_the_place_sets_itself_to_build_is_a_label():
    from corpus_tools.slogans import find_slogans

    found = [(m.text, m.kind) for m in find_slogans("市委提出，要建设“绿色某城”，动员全市上下。", formulae=False)]
    assert found == [("绿色某城", "quoted")]
    # bare 建设 is a noun as often: nothing
    assert find_slogans("码头建设“一波三折”，村民议论纷纷。", formulae=False) == []


def test_a_programme_named_after_its_province_is_no_product():
    from corpus_tools.slogans import find_slogans

    found = [m.text for m in find_slogans("他申报了“浙江省乡村道路提升工程”项目。", formulae=False)]
    assert found == ["浙江省乡村道路提升工程"]
    # the place's own name for a product stays a name
    assert find_slogans("推出“浙江省乡村好茶”品牌。", formulae=False) == []


@pytest.mark.parametrize("text", [
    "全县以“乡村美食季”为载体，吸引游客。",
    "全县开展“文明交通宣传月”活动。",
])
def test_an_event_named_by_its_period_is_a_name(text):
    from corpus_tools.slogans import find_slogans

    assert find_slogans(text, formulae=False) == []


@pytest.mark.parametrize("text, found", [
    ("全县构建“群防群治”基层治理体系。", ["群防群治"]),
    ("全县打造“快游慢赏”全域旅游交通网络。", ["快游慢赏"]),
    ("最近，“刷脸相亲”风靡网络。", []),                   # 网络 after a verb: no system
])
def test_a_system_or_network_after_the_quote_uses_it_as_a_label(text, found):
    from corpus_tools.slogans import find_slogans

    assert [m.text for m in find_slogans(text, formulae=False)] == found


@pytest.mark.parametrize("text, found", [
    ("合作社解决好了“谁来养猪”问题。", []),          # slogan30: a quoted question is no label by itself
    ("全县破解“钱从哪里来”的难题。", []),
    ("大家都在问“是什么”问题。", []),
    ("他解决了“两头”问题。", []),                     # no interrogative: a scare quote
    ("新型主体解决好“谁来种地”问题。", ["谁来种地"]),  # a known formula (data/formulae.tsv, 2013)
])
def test_a_quoted_question_counts_only_as_a_known_formula(text, found):
    from corpus_tools.slogans import find_slogans

    assert [m.text for m in find_slogans(text, formulae=False)] == found


@pytest.mark.parametrize("text, found", [
    ("山河镇探索“鱼稻共作”综合种养模式，亩均增收。", ["鱼稻共作"]),      # a model head after a short modifier
    ("街道推行“居民点菜”服务模式。", ["居民点菜"]),
    ("村民都叫他“老黄牛”，干活从不偷懒。", []),                             # no head after it
])
def test_a_model_head_after_a_short_modifier_uses_the_quote_as_a_label(text, found):
    from corpus_tools.slogans import find_slogans

    assert [m.text for m in find_slogans(text, formulae=False)] == found


def test_x_zhi_lu_is_no_road_name():
    from corpus_tools.slogans.singles import is_name

    assert not is_name("富民之路") and is_name("幸福大道路")


@pytest.mark.parametrize("text, found", [
    ("镇里办事讲究“接得快、办得好”，群众满意。", [("接得快、办得好", "quoted")]),
    ("游客都说这里的服务“很周到、很贴心”。", []),            # a feeling: an adverb of degree
    ("以前是“穷在山上、苦在山上”，如今日子好了。", []),     # a state described after 以前是
    ("他们“有文化、有质感”“有温度、有情怀”。", []),          # a run of quotes: qualities listed
])
def test_a_quoted_pair_of_one_shape_is_a_formula(text, found):
    assert [(m.text, m.kind) for m in find_slogans(text, formulae=False)] == found


def test_sheng_tai_li_xian_is_a_requirement_not_a_county():
    assert not is_name("生态立县") and is_name("平遥县")


def test_a_quoted_fusion_of_sectors_is_a_programme_name():
    found = [(m.text, m.evidence) for m in find_slogans("白酒小镇的“酒旅融合”成为新的增长点。", formulae=False)]
    assert found == [("酒旅融合", "programme name")]


@pytest.mark.parametrize("text, found", [
    ("街道在社区推行“小巷管家”机制，选聘管家十八名。", []),                     # a role the page gives people
    ("村里请来“代办员”，群众办事不出村。", []),
    ("实施好“特岗计划”“大学生村官”等项目。", ["特岗计划", "大学生村官"]),        # a programme head keeps a role
    ("明确“确保全面建成小康社会圆满收官”的目标任务。", ["确保全面建成小康社会圆满收官"]),  # 收官 ends a task
])
def test_a_quoted_role_is_no_slogan(text, found):
    assert [m.text for m in find_slogans(text, formulae=False)] == found


@pytest.mark.parametrize("text", [
    "柳沟村以“柳沟火盆锅”闻名，每到周末游客络绎不绝。",    # what a place is famous for
    "国庆期间，“三孔”景区共接待游客十一万人次。",          # a scenic spot, numbered in shape
    "“槟榔谷”景区推出夜游项目。",
])
def test_a_quoted_product_or_scenic_spot_is_a_name(text):
    assert find_slogans(text, formulae=False) == []


@pytest.mark.parametrize("text", [
    "三个月前，范宅村被评为当地的“十差村”。三个月后，“十差村”的帽子摘掉了。",   # a rank a village is given
    "湖溪镇开展“村官履职擂台大比武”，所有村都要轮番亮成绩。",                  # a contest, an event name
])
def test_a_rank_or_contest_is_no_slogan(text):
    assert find_slogans(text, formulae=False) == []


def test_a_numbered_formula_in_a_title_it_heads_stays():
    found = [m.text for m in find_slogans("该区被评为全国“两基”工作先进区。", formulae=False)]
    assert found == ["两基"]


@pytest.mark.parametrize("text, found", [
    ("县里推行“以奖代补”，村里修路积极性高了。", ["以奖代补"]),
    ("冬季前完成“煤改气”，群众温暖过冬。", ["煤改气"]),
    ("机票“退改签”费用明显下降。", []),                                      # a service word, not a change made
])
def test_a_substitution_is_a_formula_by_its_shape(text, found):
    assert [m.text for m in find_slogans(text, formulae=False)] == found


def test_dot_motto_shape():
    from corpus_tools.slogans.dotmarks import dot_motto
    assert dot_motto("书香蓬溪·诗意栖居") and dot_motto("工业强县•产业兴城")
    assert not dot_motto("中国·仙居") and not dot_motto("竹乡·故人")              # parts too short
    assert not dot_motto("书画之乡·水晶之都") and not dot_motto("2023·子昂故里")   # epithets, a year
    assert not is_name("仙居山水·共富先行") and is_name("农商银行")


def test_a_farm_moved_into_a_park_is_no_name():
    # slogan30: 入 before 园 is a verb (出户入园), as 下 before 乡 (送戏下乡)
    assert not is_name("出户入园") and is_name("产业园")


def test_a_meeting_put_into_practice_is_a_working_method():
    found = find_slogans("各村推行“板凳会”议事方式，村干部和群众坐在一起商量事。", formulae=False)
    assert [(m.text, m.kind) for m in found] == [("板凳会", "quoted")]


def test_a_meeting_founded_or_held_is_a_name():
    assert find_slogans("村里成立了“乡贤理事会”，会员有三十多人。", formulae=False) == []
    assert find_slogans("县里举办“农民运动会”，两千人参加。", formulae=False) == []


def test_a_verb_before_a_place_head_read_by_the_tagger_is_no_name():
    assert is_name("景区带村") and not is_name("景区带村", shape=True)
    assert is_name("移民新村", shape=True)


def test_wei_and_any_label_head_after_yi_label_the_quote():
    # 霞浦县 as its paper would print it: 以“X”为理念 / 为原则
    assert marked("村里以“村民的事村民办”为理念，成立村民议事会。") == {"村民的事村民办": "quoted"}
    assert marked("镇里以“小事不出村”为原则，调解纠纷四十件。") == {"小事不出村": "quoted"}


def test_wei_and_a_label_head_without_yi_label_nothing():
    # 霞浦县 as its paper would print it: 推选“X”为…组长 names a person for a post, not a formula
    assert marked("村民们推选“老黄牛”为工作组组长，带领大家修路。") == {}


def test_a_product_opening_with_the_county_read_off_the_page_is_a_name():
    # 霞浦县 (the county is inferred from the text; no metadata): its seaweed is a product, its practice a formula
    from corpus_tools.corpus import Issue

    page = Issue("p", "本报讯　霞浦县三沙镇依托“霞浦紫菜”传统产业，推行“支部+合作社+渔户”模式，带动渔民增收。\n")
    texts = {r.text for r in page_slogans(page).itertuples()}
    assert "霞浦紫菜" not in texts and "支部+合作社+渔户" in texts
    spirit = Issue("q", "本报讯　右玉县委号召全县干部群众大力弘扬“右玉精神”，植树造林三万亩。右玉县李达窑乡……\n")
    assert "右玉精神" in {r.text for r in page_slogans(spirit).itertuples()}     # a spirit the county names after itself


def test_a_verb_word_at_the_end_is_no_name_head():
    assert not is_name("打伞破网", shape=True) and is_name("织密防护网", shape=True)


def test_a_quoted_campaign_year_is_a_slogan_and_a_festival_year_is_not():
    found = {(m.text, m.kind) for m in find_slogans("今年是我县的“项目建设年”，“平遥中国年”也如期举行。", formulae=False)}
    assert found == {("项目建设年", "quoted")}


def test_a_year_two_countries_hold_is_no_campaign():
    text = "为纪念两国建交50周年，两国政府互办“中意文化和旅游年”，双方决定举办“文化旅游年”。今年是我县的“招商引资攻坚年”。"
    found = {m.text for m in find_slogans(text, formulae=False)}
    assert "招商引资攻坚年" in found and "中意文化和旅游年" not in found and "文化旅游年" not in found


def test_a_rank_given_to_a_task_is_no_formula():
    found = {m.text for m in find_slogans("我们把党的基层组织建设作为“头号工程”，实施“温饱工程”。", formulae=False)}
    assert found == {"温饱工程"}


@pytest.mark.parametrize("quote", ["打工妹", "打工仔", "留守娃", "小五妹"])
def test_a_nickname_on_a_kinship_word_is_an_honour_or_name(quote):
    # singlecues._PERSON_HEADS is the one list of person heads; numbered.counted_tail reads it too
    from corpus_tools.slogans.singles import rule_flags

    assert person_head(quote) and rule_flags(quote, "成为", "。")["honour"]


def test_an_action_or_project_after_a_name_head_makes_the_quote_a_campaign():
    # slogan36: pages25 “清洁家园”行动 was read as the name of a place (家园); a real village stays a name
    assert [m.text for m in find_slogans("梁岔镇启动“清洁家园”行动，组织干部群众清理垃圾。", decision=False)] == ["清洁家园"]
    assert find_slogans("实施“十八洞村”工程。", decision=False) == []



@pytest.mark.parametrize("text, slogan", [
    ("全县上下要齐心协力，坚决打赢“保春耕促增收”这一仗。", "保春耕促增收"),
    ("打好“绿化荒山”第一仗，全镇秋季造林两千亩。", "绿化荒山"),
    ("“抢收抢种”大会战在全县展开。", "抢收抢种"),
])
def test_a_campaign_fought_as_a_battle_is_a_formula(text, slogan):
    assert slogan in marked(text)


def test_a_battle_head_not_right_after_the_quote_is_no_frame():
    # a metaphor quoted in the same sentence as a battle word further on (not the battle's own name)
    assert "预防针" not in marked("提前打好“预防针”，这场仗才能打赢。")


@pytest.mark.parametrize("text, slogan", [
    ("全镇“秋冬水利大会战”全面打响。", "秋冬水利大会战"),
    ("“夏季治安战役”取得阶段性成效。", "夏季治安战役"),
])
def test_a_phrase_ending_in_a_battle_head_names_a_campaign(text, slogan):
    assert marked(text).get(slogan) == "quoted"


def test_a_nickname_with_a_battle_word_is_no_campaign():
    assert "老会战" not in marked("87岁高龄的“老会战”孙老汉来到现场。")


@pytest.mark.parametrize("text, slogan", [
    ("二、“组组通”水泥路工程，年内新修通组公路80公里。", "组组通"),      # a common word before a modified head
    ("县里启动“净水护河”百日行动，清理河道垃圾。", "净水护河"),
])
def test_a_programme_head_after_a_short_modifier_is_label_use(text, slogan):
    assert slogan in marked(text)


def test_a_modifier_with_de_before_the_head_is_a_description():
    assert "一席之地" not in marked("在这一领域赢得“一席之地”的长远计划。")


def test_to_build_a_quoted_goal_is_label_use():
    # 为建设“X”: the goal a purpose clause names (a county's green-county goal)
    assert "森林武隆" in marked("全镇干部群众为建设“森林武隆”种下一片绿。")
    assert "生态宜居新城" in marked("为建设“生态宜居新城”贡献力量。")
