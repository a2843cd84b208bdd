"""Organisations on pages written for these tests in the style of other papers (issue 15).

Six short reports in the manner of county, city and national papers from Guizhou (威宁), Sichuan
(昭觉), Zhejiang (松阳), Shaanxi (延川), Inner Mongolia (敖汉) and Guangdong (平远), written from
scratch for this file, about the organisation patterns that fail on unseen text: bodies with a
village or township prefix (X村党支部, X村村委会, a township and then the village body),
sub-units kept in one span (县人民医院儿科, 县委组织部基层办), hospitals, universities and
associations, short forms (县委, 旗委, 市政府), firms with a trade name after a village, and verb
phrases and counts that are no organisation (率队, 上大学, 两家企业, 扶贫队). Only ORG is
annotated here, following ``../shared/gold/entities/GUIDE.md``; the people and firms are invented.
The first gold missed the papers' names in the datelines (凉山日报讯 …: media are ORG) and kept
内蒙古 on a banner's co-operative (only the immediate owner stays); both were corrected after the
first score, which is given with the corrected gold in the commit message.
"""

from __future__ import annotations

from collections import Counter

import pytest

from corpus_tools.entities import find_entities
from corpus_tools.scoring.entities import score_entities

PAGES = {
    "weining": (
        "威宁县草海镇：党建引领产业兴\n"
        "（通讯员 禄继红）近日，县委组织部基层办主任安家俊率队来到草海镇，调研村级组织建设。"
        "在银龙村，银龙村党支部书记管明富介绍，村里与贵州乌蒙薯业有限公司签订了订单，今年又有5个孩子考上大学。"
        "银龙村村委会会计张兰说：“过去娃娃上大学要借钱，现在村里有了分红。”"
        "草海镇党委副书记陆蓉表示，全镇23个村党支部都配强了班子，驻村扶贫队也全部到位。"
        "毕节市委组织部有关负责人说，将在全市推广草海镇的做法。",
        "县委组织部基层办 银龙村党支部 贵州乌蒙薯业有限公司 银龙村村委会 草海镇党委 毕节市委组织部"),
    "zhaojue": (
        "昭觉县：医共体让群众看病不出县\n"
        "凉山日报讯 今年以来，昭觉县人民医院牵头组建医共体，与全县各乡镇卫生院签订帮扶协议。"
        "县人民医院儿科主任吉克阿呷告诉记者，科室每周派医生到竹核乡卫生院坐诊。"
        "县卫健委负责人介绍，四川大学华西医院派出专家团队驻点指导，县中医院也开设了远程会诊中心。"
        "国家卫生健康委将昭觉列为试点县后，四川省卫生健康委员会安排专项资金支持两家县级医院改造。",
        "凉山日报 昭觉县人民医院 县人民医院儿科 竹核乡卫生院 县卫健委 四川大学华西医院 县中医院 国家卫生健康委 四川省卫生健康委员会"),
    "songyang": (
        "松阳县：一片茶叶富了一方百姓\n"
        "丽水日报讯（记者 叶青 通讯员 周晓鸥）4月12日，松阳县茶叶产业协会与浙江大学茶学系签订合作协议。"
        "县委、县政府把茶产业作为富民产业来抓，县农业农村局组织技术人员开展培训。"
        "在大东坝镇，横岗村茗源茶叶专业合作社理事长吴建峰说，合作社与浙江松阳茶叶市场有限公司建立了长期合作。"
        "中国茶叶学会专家指出，松阳茶叶品牌的发展离不开当地的好生态。",
        "丽水日报 松阳县茶叶产业协会 浙江大学茶学系 县委 县政府 县农业农村局 茗源茶叶专业合作社 浙江松阳茶叶市场有限公司 中国茶叶学会"),
    "yanchuan": (
        "延川县：苹果园里的“科技特派员”\n"
        "（延安日报记者 高海军）秋收时节，延川县文安驿镇梁家河村的苹果压弯了枝头。"
        "梁家河村党支部书记刘向东介绍，村里与西北农林科技大学园艺学院合作建起了示范园。"
        "延川县科技局局长白晓峰说，县里与陕西省农业科学院签订协议，选派科技特派员驻村服务。"
        "今年，村里又引进两家企业，县扶贫办和县农业农村局联合开展技能培训。"
        "延安市委、市政府将梁家河村的经验写入了工作要点。",
        "延安日报 梁家河村党支部 西北农林科技大学园艺学院 延川县科技局 陕西省农业科学院 县扶贫办 县农业农村局 延安市委 市政府"),
    "aohan": (
        "敖汉旗：小米成了“金豆豆”\n"
        "赤峰日报讯 近日，敖汉旗小米产业协会在新惠镇召开年会。旗委、旗政府负责同志出席会议。"
        "中国农业大学农学院教授在会上作了专题讲座。敖汉旗农牧局负责人介绍，全旗已有小米加工企业40余家，"
        "其中内蒙古敖汉旗惠隆杂粮种植农民专业合作社被评为国家级示范社。"
        "新惠镇党委书记表示，镇里将继续依托敖汉旗农业技术推广中心开展良种推广。",
        "赤峰日报 敖汉旗小米产业协会 旗委 旗政府 中国农业大学农学院 敖汉旗农牧局 敖汉旗惠隆杂粮种植农民专业合作社 "
        "新惠镇党委 敖汉旗农业技术推广中心"),
    "pingyuan": (
        "平远县：乡贤回归助力乡村振兴\n"
        "梅州日报讯（记者 林晓 通讯员 黄振华）日前，平远县委统战部、县工商联联合举办乡贤座谈会。"
        "梅州市委宣传部有关负责人出席。华南农业大学经济管理学院专家为乡贤们讲解了乡村产业发展政策。"
        "在仁居镇，邹坊村村委会主任凌志强说，乡贤捐资修建的村文化室已经投入使用。"
        "县政协委员、广东客都实业有限公司董事长姚启明表示，将带动更多企业回乡投资。",
        "梅州日报 平远县委统战部 县工商联 梅州市委宣传部 华南农业大学经济管理学院 邹坊村村委会 县政协 广东客都实业有限公司"),
}

#: Verb phrases, counts and bare bodies on these pages that are no organisation.
NOT_ORGS = ("率队", "上大学", "考上大学", "扶贫队", "驻村扶贫队", "两家企业", "村党支部", "23个村党支部", "两家县级医院",
            "村文化室", "乡镇卫生院", "各乡镇卫生院")


def _gold(spec: str) -> Counter:
    return Counter(("".join(name.split()), "ORG") for name in spec.split())


@pytest.fixture(scope="module")
def predicted():
    return {k: Counter((e.text, e.label) for e in find_entities(text, model=True) if e.label == "ORG")
            for k, (text, _) in PAGES.items()}


def test_gold_spans_are_in_the_pages():
    for key, (text, spec) in PAGES.items():
        for (name, _), n in _gold(spec).items():
            assert text.count(name) >= n, (key, name)


def test_no_verb_phrase_or_count_is_an_organisation(predicted):
    for key, found in predicted.items():
        bad = [t for t, _ in found if t in NOT_ORGS or t.endswith(("率队", "上大学"))]
        assert not bad, (key, bad)


def test_village_and_township_bodies_keep_their_own_prefix(predicted):
    found = {t for f in predicted.values() for t, _ in f}
    for name in ("银龙村党支部", "银龙村村委会", "草海镇党委", "梁家河村党支部", "邹坊村村委会"):
        assert name in found, name
    assert not any(t.startswith(("草海镇银龙村", "仁居镇邹坊村", "文安驿镇梁家河村")) for t in found), found


def test_org_scores_on_the_written_pages(predicted):
    gold = {k: _gold(spec) for k, (_, spec) in PAGES.items()}
    s = score_entities(predicted, gold, labels=["ORG"]).set_index("label")
    # first score as written, before any change for these pages: in the commit message
    assert s.loc["ORG", "precision"] >= 0.8
    assert s.loc["ORG", "recall"] >= 0.75


def _orgs(text: str) -> list[str]:
    return [e.text for e in find_entities(text) if e.label == "ORG"]


def test_span_model_prefers_the_whole_name():
    from corpus_tools._entity_rules import orgspan

    text = "上海建筑科学研究院派出专家"
    feats = ["B-ns", "E-ns", "B-n", "E-n", "B-n", "E-n", "B-n", "I-n", "E-n", "B-v", "E-v", "B-n", "E-n"]
    p = orgspan.span_scores(text, feats, 6, "研究院")
    assert max(p, key=p.get) == 0 and p[0] > 0.5
    assert all(s < 6 for s in p)  # only starts left of the head, never across it


def test_span_scores_reused_only_for_the_same_text_and_places():
    from corpus_tools._entity_rules import orgspan

    text = "上海建筑科学研究院派出专家"
    feats = ["B-ns", "E-ns", "B-n", "E-n", "B-n", "E-n", "B-n", "I-n", "E-n", "B-v", "E-v", "B-n", "E-n"]
    first = orgspan.span_scores(text, feats, 6, "研究院")
    first[0] = -1.0  # a caller's change does not reach the kept scores
    again = orgspan.span_scores(text, feats, 6, "研究院")
    assert again[0] > 0.5
    placed = orgspan.span_scores(text, feats, 6, "研究院", frozenset({2}), frozenset({4, 6}))
    other = "北京建筑科学研究院派出专家"  # another text is scored anew (its first word differs)
    assert orgspan.span_scores(other, list(feats), 6, "研究院") != again
    assert placed != again  # the place starts and ends are features: not the unplaced scores
    assert orgspan.span_scores(text, feats, 6, "研究院", {2}, {4, 6}) == placed  # unhashable places: computed


def test_sub_units_short_forms_and_owners():
    assert "县人民医院儿科" in _orgs("县人民医院儿科主任告诉记者。")
    assert _orgs("“县委联系专家”") == ["县委"]  # 联系 is a verb, no sub-unit
    assert "中办" not in _orgs("各部门集中办公，确保工程推进。")
    assert _orgs("中办、国办印发通知。") == ["中办", "国办"]
    assert "张完乡卫生院" in _orgs("该县张完乡卫生院院长说。")
    assert "江岸区水务和湖泊局" in _orgs("江岸区水务和湖泊局负责人说。")
    assert "银龙村村委会" in _orgs("银龙村村委会会计张兰说。")


def test_clause_before_the_name_is_cut_off():
    # a report in the manner of a Gansu county paper (临潭); the firms and people are invented
    text = ("临潭县羊永镇李岗村：合作社带富一方\n"
            "近年来，村里办起洮州牦牛养殖专业合作社，贫困户已全部入股村级合作社。"
            "村民马丽说：“要谢就得谢政府。”今年，李岗村村委会又与甘肃洮韵农业开发有限公司签订协议，"
            "产品由20家县直单位承办的展销会统一推介，病人可直接转至临潭县人民医院。")
    found = _orgs(text)
    assert "洮州牦牛养殖专业合作社" in found and "李岗村村委会" in found
    assert "临潭县人民医院" in found and "甘肃洮韵农业开发有限公司" in found
    bad = [t for t in found if t.startswith(("办起", "起洮州", "入股", "贫困户", "要谢", "转至")) or t.endswith("承办")]
    assert not bad, found


def test_two_bodies_written_together_are_two_organisations():
    assert _orgs("在定西市委市政府的支持下，项目顺利落地。") == ["定西市委", "市政府"]
    assert _orgs("县委县政府主要领导带队督查。") == ["县委", "县政府"]
    assert _orgs("在县人社局和县妇联的帮助下，她学会了刺绣。") == ["县人社局", "县妇联"]
    assert "县文化和旅游局" in _orgs("该县文化和旅游局启动了项目。")  # 和 inside one department's name


def test_clause_words_split_by_the_segmenters_tags():
    from corpus_tools._entity_rules import orgparts

    # 领衔|督办 are verbs of 1998; 扶贫/开发 are nominal verbs (vn) inside the name
    text = "书记领衔督办县扶贫开发办公室"
    feats = ["B-n", "E-n", "B-v", "E-v", "B-v", "E-v", "S-n", "B-vn", "E-vn", "B-vn", "E-vn", "B-n", "I-n", "E-n"]
    assert orgparts.after_clause(text, feats, 0, 11) == 6
    # an unknown trade name tagged v by the segmenter (丰金) does not cut
    text = "丰金中草药合作社"
    feats = ["B-v", "E-v", "B-n", "I-n", "E-n", "B-n", "I-n", "E-n"]
    assert orgparts.after_clause(text, feats, 0, 5) == 0
    assert orgparts.head_in_verb(["B-n", "E-n", "B-v", "E-v"], 3, "办")
    assert not orgparts.head_in_verb(["S-n", "B-n", "I-n", "E-n"], 3, "办")  # 县扶贫办


def test_government_of_no_level_and_quoted_clauses():
    # in the manner of a Guangxi regional paper (马山); the co-operative is invented
    text = ("自治区政府批准马山县退出贫困县序列。一些地方政府和基层政府也派人来学习。"
            "“今年的收成怎么样？大家满意吗？”弄拉种养专业合作社理事长笑着说：“多亏政府帮忙。”")
    found = _orgs(text)
    assert "自治区政府" in found
    assert not [t for t in found if t in ("地方政府", "基层政府", "多亏政府", "政府") or "？" in t], found


def test_village_bodies_keep_their_village_only():
    # in the manner of a Sichuan county paper (会理); the villages and people are invented
    found = _orgs("会理县彰冠镇三合村党支部书记杨明说，古路坝社区党委书记李华也来了。")
    assert "三合村党支部" in found and "古路坝社区党委" in found
    assert not any(t.startswith(("会理县", "彰冠镇")) for t in found), found
    found = _orgs("由坪上镇政府牵头，坪上镇卫生院参与，田坝村驻村工作队也一起入户。")
    assert {"坪上镇政府", "坪上镇卫生院", "田坝村驻村工作队"} <= set(found), found
    assert "农业农村局" not in _orgs("当地农业农村局有关负责人说。")


def test_county_departments_and_mass_organisations():
    # short forms a county paper prints every day (the segmenter shatters some: 住|建|局)
    for name in ("县财政局", "县民政局", "县住建局", "县妇联", "县残联", "县总工会", "县红十字会"):
        assert name in _orgs("昨天，" + name + "负责人介绍，"), name
    assert _orgs("当前政局稳定。") == []


def test_former_bodies_clauses_and_bare_village_bodies():
    # in the manner of a Hebei county profile (阜平); the people are invented
    found = _orgs("河北原阜平县委书记李建国说，1992年，李建国任阜平县委书记。")
    assert "阜平县委" in found
    assert not [t for t in found if t.startswith(("河北原", "原", "李建国"))], found
    found = _orgs("现任村党支部书记、时任村委会主任的王强当选第一任村委会主任。规定村民委员会每年公开账目。")
    assert found == [], found
    assert "东沟村党支部" in _orgs("东沟村党支部书记赵刚说。")
    assert _orgs("有人问：“‘合作社’办不好怎么办？”") == []
    assert "县委组织部基层办" in _orgs("县委组织部基层办主任说。")


def test_bare_departments_and_foreign_owners():
    assert "畜牧局" in _orgs("他还请畜牧局专家来指导。")
    found = _orgs("她从兰州到美国哈佛大学读书，澳门青年联合会会长也来了。")
    assert "哈佛大学" in found and "澳门青年联合会" in found, found


def test_short_firm_names_listed_with_a_known_firm():
    # in the manner of a Zhejiang city paper; the firms are invented
    text = ("温州宏达科技有限公司总裁说，近年来宏达、联丰、华越纷纷走出去。"
            "同时，联丰、海川等企业也在扩产。")
    found = _orgs(text)
    for name in ("宏达", "联丰", "华越", "海川"):
        assert name in found, (name, found)


@pytest.mark.parametrize("text, found", [
    # in the manner of Sichuan and Yunnan county reports; the co-operatives are invented
    ("2018年，他牵头成立了兴旺养牛专业合作社。", ["兴旺养牛专业合作社"]),
    ("他带领村民成立了花椒种植专业合作社。", []),
    ("全村成立了农民专业合作社，户户入股。", []),
])
def test_cooperatives_with_and_without_a_name_of_their_own(text, found):
    assert _orgs(text) == found


@pytest.mark.parametrize("text, found", [
    # invented, in the manner of a Shanghai-Yunnan health partnership and a Hainan township report
    ("她带来了东海大学附属仁济医院的专家。", ["东海大学附属仁济医院"]),
    ("按照上级县委的要求，他们连夜出发。", ["县委"]),
    ("李家村丰泰蔬菜专业合作社理事长说。", ["丰泰蔬菜专业合作社"]),
])
def test_affiliated_bodies_relative_levels_and_village_cooperatives(text, found):
    assert _orgs(text) == found


def test_a_locative_closes_the_clause_before_a_head():
    # invented, in the manner of a Zhejiang waste-sorting feature
    assert _orgs("居民交来干垃圾，之后公司再分拣。") == []


@pytest.mark.parametrize("text", [
    # products modern news farms (mined coop_products.txt) and the village's own bare kind
    "我参加了村里的中蜂养殖专业合作社。",
    "分红通过村股份经济合作社发放。",
])
def test_product_and_bare_village_cooperatives_are_kinds(text):
    assert _orgs(text) == []


def _org_texts(text: str) -> list[str]:
    return [e.text for e in find_entities(text) if e.label == "ORG"]


@pytest.mark.parametrize("text, name", [
    ("他在仁和医院当了十年护士。", "仁和医院"),
    ("他到和平村卫生室看病。", "和平村卫生室"),
])
def test_he_inside_a_segmenter_word_is_part_of_the_name(text, name):
    # 和 inside a word (仁和, 和平村) is no conjunction: the scan goes on to the name's start
    assert name in _org_texts(text)


def test_he_as_conjunction_still_separates_bodies():
    assert _org_texts("县人社局和县妇联联合举办招聘会。") == ["县人社局", "县妇联"]
    # the segmenter reads 和美 as one word, but 和 follows a body's head: a conjunction
    assert "县饭店协会和美团" not in _org_texts("县饭店协会和美团联合发布了一份报告。")


@pytest.mark.parametrize("text, name", [
    ("村里引进了浙江嘉禾供销再生资源有限公司。", "浙江嘉禾供销再生资源有限公司"),
    ("他创办了湖南富民开发建设有限公司。", "湖南富民开发建设有限公司"),
])
def test_a_registered_name_starts_at_its_place_not_at_a_verb_inside(text, name):
    # a legal form makes a registered name: region + trade name + industry, verbs included
    assert name in _org_texts(text)


def test_a_verb_after_the_place_still_ends_the_clause():
    assert "湖南引进再生资源有限公司" not in _org_texts("湖南引进再生资源有限公司。")


def test_a_one_character_head_that_opens_a_longer_word_ends_no_organisation():
    got = [(e.text, e.label) for e in find_entities("借着罗氏集团团伙成员被抓捕的契机")]
    assert ("罗氏集团", "ORG") in got and not any(t.endswith("团团") for t, _ in got)


@pytest.mark.parametrize("text, bad", [
    ("据民政部门统计，全镇低保户减少了一半。", "民政部"),
    ("各地农业农村部门积极组织春耕。", "农业农村部"),
    ("县委常委、宣传部长李明介绍，", "宣传部"),  # a bare body inside a title word names no body
])
def test_a_name_does_not_end_inside_a_word(text, bad):
    assert bad not in [e.text for e in find_entities(text)]


@pytest.mark.parametrize("text, name", [
    ("石门镇党委书记刘建国说，今年要修三条路。", "石门镇党委"),
    ("他当选为全国人大代表。", "全国人大"),
    ("桃源县委组织部长李明认为，积分制管用。", "桃源县委组织部"),
])
def test_a_title_after_the_head_leaves_the_name(text, name):
    assert name in [e.text for e in find_entities(text) if e.label == "ORG"]


@pytest.mark.parametrize("text, name", [
    ("文庙街上游客多。", "文庙街"),
    ("游客在鼓楼街上拍照。", "鼓楼街"),
])
def test_a_locative_after_a_site_leaves_the_name(text, name):
    assert name in [e.text for e in find_entities(text) if e.label == "FAC"]


def test_a_room_after_a_body_is_no_sub_unit():
    orgs = _orgs("在平遥县岳壁乡梁村党群服务中心会议室，村干部正在开会。")
    assert "梁村党群服务中心" in orgs and not any(o.endswith("会议室") for o in orgs)
    assert "县人民医院儿科" in _orgs("县人民医院儿科医生说，孩子恢复得很好。")


def test_a_two_character_head_after_an_adverb_is_a_verb():
    # review12 #22: 都学会了 is 'all learned', 县摄影学会 is a society
    assert [e.text for e in find_entities("村里的阿依、古丽、米娜都学会了刺绣。") if e.label == "ORG"] == []
    assert "县摄影学会" in [e.text for e in find_entities("县作家协会和县摄影学会联合举办。") if e.label == "ORG"]


def test_two_plain_bodies_written_together_name_a_kind():
    # 地方党委政府 is the kind (local Party committees and governments); a level or place owns one
    from corpus_tools.entities import find_entities as _find
    assert not [e for e in _find("各地方党委政府要负起责任，基层党委政府也要落实。") if e.label == "ORG"]
    orgs = [e.text for e in _find("吴城镇党委政府要落实。") if e.label == "ORG"]
    assert orgs == ["吴城镇党委政府"]


def test_a_common_word_and_its_head_read_as_one_proper_word_is_a_kind():
    # the segmenter reads 沙发厂 in a list as one ns word: the tag names no body (a sofa factory)
    from corpus_tools.entities import find_entities as _find
    assert not [e for e in _find("镇里帮着村里建起合作社、沙发厂，带动二十户增收。") if e.label == "ORG"]


def test_a_level_body_is_found_again_without_its_level():
    # 镇河长办 … 河长办: the body the text named with its level; another level before it is another body
    from corpus_tools.entities import find_entities as _find
    orgs = [e.text for e in _find("他和镇河长办的同志一起摸索。为此，河长办没少下功夫。县河长办也来了。") if e.label == "ORG"]
    assert orgs == ["镇河长办", "河长办", "县河长办"]
    # a head by itself is no re-mention (镇卫生院 … 卫生院里)
    assert [e.text for e in _find("镇卫生院的医生来了。卫生院里很热闹。") if e.label == "ORG"] == ["镇卫生院"]


def test_a_place_body_is_found_again_under_its_level_word():
    # 平遥县消防救援大队 … 县消防救援大队: the level word stands for the county named before
    from corpus_tools.entities import find_entities as _find
    orgs = [e.text for e in _find("平遥县消防救援大队来了。县消防救援大队的队员说。") if e.label == "ORG"]
    assert orgs == ["平遥县消防救援大队", "县消防救援大队"]


def test_a_village_short_form_inside_a_body_is_no_owner():
    # 长江源 (for 长江源村) inside the school's name: the city stays as the school's owner
    from corpus_tools.entities import find_entities as _find
    ents = [(e.text, e.label) for e in _find("长江源村内，“格尔木市长江源民族学校”拔地而起。")]
    assert ("格尔木市长江源民族学校", "ORG") in ents
    # a short form written right before its level word is still the owner: 准格尔旗 + 巴润哈岱乡党委
    ents = [(e.text, e.label) for e in _find("巴润哈岱的牧民养羊。吕世光出任准格尔旗巴润哈岱乡党委书记。")]
    assert ("巴润哈岱乡党委", "ORG") in ents and ("准格尔旗", "GPE") in ents


@pytest.mark.parametrize("text, org", [
    ("旗林业和草原局工作人员介绍。", "旗林业和草原局"),
    ("县住房和城乡建设局局长王强说。", "县住房和城乡建设局"),
    ("县文化广电体育和旅游局牵头组织。", "县文化广电体育和旅游局"),
    ("和田地区林业和草原局党委书记陈宝军说。", "和田地区林业和草原局党委"),
])
def test_a_department_joining_two_fields_with_he_is_one_name(text, org):
    assert org in [e.text for e in find_entities(text) if e.label == "ORG"]


@pytest.mark.parametrize("text", ["县委和县政府高度重视。", "区域协调发展在党和国家发展全局中地位凸显。",
                                  "区块链和大数据局建设取得进展。"])  # 区块 opens a word: 区 is no level
def test_bodies_or_clauses_joined_by_he_are_no_department(text):
    assert not any("和" in e.text for e in find_entities(text) if e.label == "ORG")
