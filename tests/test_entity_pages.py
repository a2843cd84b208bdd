"""Pages written for these tests in the style of other counties' papers (issue 15).

Five short reports in the manner of county and city papers from Henan (兰考), Gansu (会宁),
Jiangxi (寻乌), Shandong (临朐) and Chongqing (石柱), written from scratch for this file:
bylines with roles, titled speakers (县委书记郜翀), three-character names with rare given-name
characters (闫春旸, 景天翊, 冉崟), compound surnames (欧阳, 司马, 诸葛, 尉迟, 慕容), village and
township bodies (张庄村党支部, 东坝头镇人民政府), short forms (中办, 国办, 市委, 市政府), firms and
co-operatives, projects with 工程/项目/行动, and verb phrases that look like organisations
(率队, 上大学, 三社融合, 扶贫队). The gold follows ``../shared/gold/entities/GUIDE.md``; the people
and most firms are invented, the places are real (NBS 2023 list).
"""

from __future__ import annotations

from collections import Counter

import pytest

from corpus_tools.entities import find_entities
from corpus_tools.scoring.entities import score_entities


def _gold(spec: str) -> Counter:
    """``"王磊/PERSON 县委/ORG*2"`` -> Counter({("王磊", "PERSON"): 1, ("县委", "ORG"): 2})."""
    out: Counter = Counter()
    for item in spec.split():
        name, _, rest = item.partition("/")
        label, _, n = rest.partition("*")
        out[(name, label)] += int(n or 1)
    return out


PAGES = {
    "lankao": (
        "兰考县东坝头镇张庄村乡村旅游带火农家乐\n"
        "（记者 王晓磊 通讯员 欧阳慧敏）3月12日，县委书记郜翀率队到东坝头镇张庄村调研乡村旅游工作。"
        "张庄村党支部书记申学风介绍，村里成立了富民种植专业合作社，又引进河南中原红食品有限公司，带动86户群众增收。"
        "村民闫春旸说：“过去我家三个孩子上大学都靠借钱，现在在家门口就能打工。”"
        "东坝头镇人民政府负责人表示，镇里将继续实施黄河滩区居民迁建工程，推进“千村示范”行动。"
        "郜翀要求，县直各部门要同张庄村村委会一道，把好事办好。",
        "兰考县/GPE 东坝头镇/TOWNSHIP*2 张庄村/VILLAGE*2 王晓磊/PERSON 欧阳慧敏/PERSON 县委/ORG 郜翀/PERSON*2 "
        "张庄村党支部/ORG 申学风/PERSON 富民种植专业合作社/ORG 河南中原红食品有限公司/ORG 闫春旸/PERSON "
        "东坝头镇人民政府/ORG 黄河滩区居民迁建工程/PROJECT “千村示范”行动/PROJECT 张庄村村委会/ORG"),
    "huining": (
        "会宁县：小土豆撬动大产业\n"
        "本报讯（记者 司马俊杰 实习生 禚璐）今年以来，会宁县郭城驿镇依托会宁县马铃薯产业协会，大力发展订单农业。"
        "镇党委书记慕容晓锋告诉记者，全镇已建成马铃薯良种繁育基地2个。"
        "在红堡子村，村委会主任郭万福带着村民算了一笔账。甘肃薯香园农业科技有限公司负责人韩磊说，公司与52个村签订了收购合同。"
        "县农业农村局局长景天翊表示，将把马铃薯全产业链项目作为今年的一号工程，认真落实中办、国办关于乡村振兴的部署，"
        "推动三社融合发展，全县15支扶贫队全部进村。",
        "会宁县/GPE*2 司马俊杰/PERSON 禚璐/PERSON 郭城驿镇/TOWNSHIP 会宁县马铃薯产业协会/ORG 镇党委/ORG 慕容晓锋/PERSON "
        "红堡子村/VILLAGE 郭万福/PERSON 甘肃薯香园农业科技有限公司/ORG 韩磊/PERSON 县农业农村局/ORG 景天翊/PERSON "
        "马铃薯全产业链项目/PROJECT 中办/ORG 国办/ORG"),
    "xunwu": (
        "寻乌县部署脱贫攻坚工作\n"
        "本报讯 4月8日，寻乌县召开会议部署脱贫攻坚工作。县委副书记、县长刘琨主持会议，副市长綦玥出席并讲话。"
        "会议传达了市委、市政府有关文件精神。晨光镇沁园春村驻村第一书记钟鸣岐、吉潭镇人民政府镇长赖菁菁作交流发言。"
        "会上，江西赣南果业股份有限公司与县扶贫办签约，澄江镇周田村果业合作社获评先进。"
        "会议要求，持续推进“百企帮百村”行动和农村人居环境整治三年行动，确保脐橙产业提升工程年内完工。"
        "（县融媒体中心 温雅婷）",
        "寻乌县/GPE*2 县委/ORG 刘琨/PERSON 綦玥/PERSON 市委/ORG 市政府/ORG 晨光镇/TOWNSHIP 沁园春村/VILLAGE "
        "钟鸣岐/PERSON 吉潭镇人民政府/ORG 赖菁菁/PERSON 江西赣南果业股份有限公司/ORG 县扶贫办/ORG 澄江镇/TOWNSHIP "
        "周田村果业合作社/ORG “百企帮百村”行动/PROJECT 农村人居环境整治三年行动/PROJECT 脐橙产业提升工程/PROJECT "
        "县融媒体中心/ORG 温雅婷/PERSON"),
    "linqu": (
        "临朐县九山镇：党建引领唱响“山村致富经”\n"
        "潍坊日报讯（记者 诸葛亮亮 通讯员 尉迟红英 冯骁）走进九山镇博石村，一排排大棚整齐排列。"
        "博石村党支部书记谭马强正带领党员查看樱桃长势。“去年村里成立了临朐县红妍樱桃种植专业合作社，注册了‘山里红’商标。”"
        "谭马强说。据了解，九山镇党委实施“党建+合作社”工程，目前已带动12个村发展特色产业。"
        "镇长韦一鸣介绍，今年该镇将启动山区高效农业示范项目，争取省农业农村厅支持。",
        "临朐县/GPE 九山镇/TOWNSHIP*2 潍坊日报/ORG 诸葛亮亮/PERSON 尉迟红英/PERSON 冯骁/PERSON 博石村/VILLAGE "
        "博石村党支部/ORG 谭马强/PERSON*2 临朐县红妍樱桃种植专业合作社/ORG 九山镇党委/ORG “党建+合作社”工程/PROJECT "
        "韦一鸣/PERSON 山区高效农业示范项目/PROJECT 省农业农村厅/ORG"),
    "shizhu": (
        "石柱县中益乡华溪村：蜂蜜甜了好日子\n"
        "“以前守着大山过穷日子，现在养蜂成了致富门路。”5月20日，在华溪村中华蜜蜂养殖基地，村民谭弟荧一边查看蜂箱一边说。"
        "2019年，重庆市扶贫办派驻的驻村工作队进驻华溪村，队长陆宸旭带领大家成立了华溪村股份经济合作社，"
        "并引进重庆康养旅游开发集团。合作社理事长马培清告诉记者，今年合作社分红42万元。"
        "县扶贫办主任冉崟介绍，全县正实施中蜂产业扶贫项目和石柱县乡村振兴示范片建设工程。",
        "石柱县/GPE 中益乡/TOWNSHIP 华溪村/VILLAGE*3 谭弟荧/PERSON 重庆市扶贫办/ORG 陆宸旭/PERSON "
        "华溪村股份经济合作社/ORG 重庆康养旅游开发集团/ORG 马培清/PERSON 县扶贫办/ORG 冉崟/PERSON "
        "中蜂产业扶贫项目/PROJECT 石柱县乡村振兴示范片建设工程/PROJECT"),
}

ROLE_WORDS = ("记者", "通讯员", "实习生", "摄影", "本报", "县长", "书记", "镇长", "队长", "主任")
NOT_ORGS = ("率队", "上大学", "三社", "扶贫队", "驻村工作队", "村委会", "合作社", "县直各部门")


@pytest.fixture(scope="module")
def predicted():
    return _tag(PAGES)


def _scores(predicted, pages=PAGES):
    gold = {k: _gold(spec) for k, (_, spec) in pages.items()}
    return score_entities(predicted, gold).set_index("label")


def _tag(pages):
    return {k: Counter((e.text, e.label) for e in find_entities(text, model=True)) for k, (text, _) in pages.items()}


def test_gold_spans_are_in_the_pages():
    for key, (text, spec) in PAGES.items():
        for (name, _), n in _gold(spec).items():
            assert text.count(name) >= n, (key, name)


def test_no_role_word_or_verb_phrase_is_a_name(predicted):
    for key, found in predicted.items():
        people = [t for t, lab in found if lab == "PERSON"]
        assert not [p for p in people if p.startswith(ROLE_WORDS) or p.endswith(ROLE_WORDS)], (key, people)
        orgs = [t for t, lab in found if lab == "ORG"]
        assert not [o for o in orgs if o in NOT_ORGS or o.endswith(("率队", "上大学", "扶贫队"))], (key, orgs)


def test_people_with_rare_and_compound_names(predicted):
    # three-character names are never cut to their first two characters
    people = Counter()
    for found in predicted.values():
        people.update({t: n for (t, lab), n in found.items() if lab == "PERSON"})
    for name in ("闫春旸", "景天翊", "谭弟荧", "陆宸旭", "钟鸣岐", "赖菁菁", "温雅婷", "申学风", "马培清"):
        assert people[name] >= 1 and people[name[:2]] == 0, name
    for name in ("欧阳慧敏", "司马俊杰", "慕容晓锋", "诸葛亮亮", "尉迟红英"):
        assert people[name] == 1, name
    assert people["郜翀"] == 2 and people["冉崟"] == 1


def test_scores_on_the_written_pages(predicted):
    s = _scores(predicted)
    assert s.loc["PERSON", "f1"] >= 0.9
    assert s.loc["ORG", "f1"] >= 0.8
    assert s.loc["PROJECT", "f1"] >= 0.75
    assert s.loc["micro", "f1"] >= 0.85


# A second batch written after the rules above were settled and scored once as written (the
# first score is in the commit message); not used to change any rule.
FRESH = {
    "jinzhai": (
        "金寨县斑竹园镇：茶园里采出“金叶子”\n"
        "本报讯（通讯员 汪霁雯 记者 储昭阳）清明前后，斑竹园镇小河村的茶园里一派繁忙。小河村党总支书记詹国栋介绍，"
        "村里依托金寨县茗香茶叶专业合作社，今年新发展茶园300亩。“以前一斤茶卖不上价，现在有了统一品牌。”茶农漆秀兰笑着说。"
        "近年来，县委、县政府实施茶产业提质增效工程，县茶产业发展中心组织技术员进村指导。"
        "六安市农业农村局副局长宣子骞带队调研时表示，要用好茶叶交易市场，推动“金寨红”走出大山。",
        "斑竹园镇/TOWNSHIP*2 汪霁雯/PERSON 储昭阳/PERSON 小河村/VILLAGE 小河村党总支/ORG 詹国栋/PERSON "
        "金寨县茗香茶叶专业合作社/ORG 漆秀兰/PERSON 县委/ORG 县政府/ORG 茶产业提质增效工程/PROJECT 县茶产业发展中心/ORG "
        "六安市农业农村局/ORG 宣子骞/PERSON 金寨/GPE 金寨县/GPE"),
    "yuanyang": (
        "元阳县新街镇：梯田里的“稻鱼鸭”\n"
        "（记者 普梅笑 通讯员 卢朝贵）5月下旬，元阳县新街镇土锅寨村的梯田里，村民李者黑正忙着放鱼苗。"
        "元阳县委副书记、县长马文俊介绍，全县推广“稻鱼鸭”综合种养模式，由云南元阳梯田红米有限公司统一收购。"
        "土锅寨村村委会副主任朱鸿翔说：“今年我们村还成立了哈尼梯田旅游专业合作社，带动160户群众在家门口增收。”"
        "据悉，元阳县正在实施哈尼梯田保护利用项目，同时推进红河州“美丽乡村”三年行动。",
        "元阳县/GPE*3 新街镇/TOWNSHIP*2 普梅笑/PERSON 卢朝贵/PERSON 土锅寨村/VILLAGE 李者黑/PERSON 元阳县委/ORG "
        "马文俊/PERSON 云南元阳梯田红米有限公司/ORG 土锅寨村村委会/ORG 朱鸿翔/PERSON 哈尼梯田旅游专业合作社/ORG "
        "哈尼梯田保护利用项目/PROJECT 红河州/GPE “美丽乡村”三年行动/PROJECT"),
    "huanan": (
        "桦南县：白瓜子铺就致富路\n"
        "佳木斯日报讯（记者 那宏伟）日前，桦南县委书记纪文涛带领县直部门负责人深入驼腰子镇、孟家岗镇调研白瓜子产业。"
        "在驼腰子镇金沙村，村党支部书记栾树青告诉记者，村里与黑龙江北大荒农业股份有限公司签订了订单。"
        "桦南县瓜子产业协会会长隋玉珩表示，协会将配合县工信局实施白瓜子精深加工项目。"
        "县长邸健说，要把“桦南白瓜子”品牌擦亮，让更多农民吃上“产业饭”。",
        "桦南县/GPE 佳木斯日报/ORG 那宏伟/PERSON 桦南县委/ORG 纪文涛/PERSON 驼腰子镇/TOWNSHIP*2 孟家岗镇/TOWNSHIP "
        "金沙村/VILLAGE 栾树青/PERSON 黑龙江北大荒农业股份有限公司/ORG 桦南县瓜子产业协会/ORG 隋玉珩/PERSON 县工信局/ORG "
        "白瓜子精深加工项目/PROJECT 邸健/PERSON 桦南/GPE"),
}


def test_second_batch_written_after_the_rules():
    # first score as written (before any rule looked at it): micro 0.816, PERSON 0.80, ORG 0.83
    pred = _tag(FRESH)
    s = _scores(pred, FRESH)
    assert s.loc["PERSON", "f1"] >= 0.9 and s.loc["ORG", "f1"] >= 0.8 and s.loc["micro", "f1"] >= 0.8
    people = {t for found in pred.values() for t, lab in found if lab == "PERSON"}
    assert {"储昭阳", "普梅笑", "那宏伟", "宣子骞"} <= people  # byline names and a 百家姓 surname after a title


# A third batch on the organisation and project patterns of issue 15 (bodies with a village or
# township prefix, short forms, counts, bare 纪委, years and quantities before projects),
# written and scored once before any rule change (first score in the commit message).
FRESH2 = {
    "ninghua": (
        "宁化县石壁镇：“三变”改革激活乡村\n"
        "三明日报讯（记者 巫丽娟 通讯员 张宸）近日，宁化县石壁镇陈塘村党支部、村委会联合召开村民代表大会，"
        "通过了村集体经济发展方案。石壁镇党委书记邱振华介绍，全镇14个村党支部都建立了“三变”改革工作台账，"
        "2家合作社和3个家庭农场入股。陈塘村村委会主任池永福说，村里实施的2020年500亩高标准农田建设项目已经完工。"
        "市委、市政府把宁化列为试点县，省农业农村厅派出10支科技服务队。县纪委监委全程监督，"
        "县纪委有关负责人表示，将继续开展“阳光村务”行动。",
        "宁化县/GPE*2 宁化/GPE 石壁镇/TOWNSHIP*2 石壁镇党委/ORG 三明日报/ORG 巫丽娟/PERSON 张宸/PERSON 邱振华/PERSON "
        "池永福/PERSON 陈塘村党支部/ORG 陈塘村村委会/ORG 高标准农田建设项目/PROJECT 市委/ORG 市政府/ORG "
        "省农业农村厅/ORG 县纪委监委/ORG 县纪委/ORG “阳光村务”行动/PROJECT"),
    "fuping": (
        "阜平县龙泉关镇骆驼湾村：小山村变身旅游村\n"
        "河北日报讯（记者 耿建扉）“过去住的是土坯房，现在住上了二层小楼。”骆驼湾村村民顾瑞利说。"
        "骆驼湾村党支部书记顾志明介绍，在中国农业银行阜平县支行支持下，村里组建了骆驼湾旅游开发有限公司。"
        "阜平县委、县政府实施食用菌产业扶贫工程，保定市委组织部选派的驻村工作队常驻村里。"
        "据了解，龙泉关镇政府今年启动了骆驼湾民宿改造提升项目。中办、国办印发的文件为乡村旅游提供了政策支持。",
        "阜平县/GPE 龙泉关镇/TOWNSHIP 骆驼湾村/VILLAGE*2 河北日报/ORG 耿建扉/PERSON 顾瑞利/PERSON 骆驼湾村党支部/ORG "
        "顾志明/PERSON 中国农业银行阜平县支行/ORG 骆驼湾旅游开发有限公司/ORG 阜平县委/ORG 县政府/ORG "
        "食用菌产业扶贫工程/PROJECT 保定市委组织部/ORG 龙泉关镇政府/ORG 骆驼湾民宿改造提升项目/PROJECT 中办/ORG 国办/ORG"),
    "huayuan": (
        "花垣县双龙镇十八洞村：猕猴桃挂满枝头\n"
        "（湘西融媒记者 龙恩泽 通讯员 石慧琳）9月，十八洞村的猕猴桃基地迎来丰收。十八洞村与花垣县苗汉子果业有限责任公司合作，"
        "成立了十八洞村农民专业合作社。村主任施金通介绍，全村136户村民全部入股。"
        "湘西州委副书记龙晓华来到十八洞村调研时强调，要落实中央关于巩固拓展脱贫攻坚成果的部署。"
        "近年来，花垣县实施了十八洞村旅游基础设施建设项目，并开展“十八洞村精准扶贫”主题宣传活动。",
        "花垣县/GPE*2 双龙镇/TOWNSHIP 十八洞村/VILLAGE*5 湘西融媒/ORG 龙恩泽/PERSON 石慧琳/PERSON "
        "花垣县苗汉子果业有限责任公司/ORG 十八洞村农民专业合作社/ORG 施金通/PERSON 湘西州委/ORG 龙晓华/PERSON "
        "中央/ORG 十八洞村旅游基础设施建设项目/PROJECT"),
}


def test_third_batch_bodies_short_forms_and_counts():
    # first score as written: micro 0.889, ORG 0.826 (main at the time: 0.852, ORG 0.762)
    pred = _tag(FRESH2)
    s = _scores(pred, FRESH2)
    assert s.loc["ORG", "f1"] >= 0.85 and s.loc["PROJECT", "f1"] >= 0.8 and s.loc["micro", "f1"] >= 0.85
    found = {x for f in pred.values() for x in f}
    for name in ("保定市委组织部", "龙泉关镇政府", "中国农业银行阜平县支行", "陈塘村村委会", "县纪委监委"):
        assert (name, "ORG") in found, name
    assert not any(lab == "ORG" and t.endswith(("服务队", "村党支部")) and t[0] in "0123456789十" for t, lab in found)
    assert ("高标准农田建设项目", "PROJECT") in found and ("二层小楼", "FAC") not in found
