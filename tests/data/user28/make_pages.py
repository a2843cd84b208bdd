#!/usr/bin/env python3
"""Invented pages of 德化报 (德化县 350526, 泉州市, 福建), 2000-2024, as PDF-to-text output.

Seeded and re-runnable: `python make_pages.py` rewrites pages/*.txt, pages/manifest.csv (half the pages)
and truth.json.  Written BEFORE the library was run on the pages.

Template markup (stripped from the page, recorded in the truth):
  [text|LABEL]          an entity (GUIDE labels)
  <printed|group|kind>  a known national/provincial formula mention; printed may carry “” (then it is
                        also a marked slogan of `kind` on that page)
  {printed|kind}        a county slogan (kind n/p/q); printed may carry “”
  {printed|x}           a quoted phrase that is NOT a slogan (distractor)
"""
import csv
import json
import os
import random
import re

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(2028)

COUNTY, CODE, PAPER = "德化县", "350526", "德化报"
TOWNSHIPS = {"浔中镇": "350526100", "龙浔镇": "350526101", "三班镇": "350526102", "龙门滩镇": "350526103",
             "雷峰镇": "350526104", "南埕镇": "350526105", "水口镇": "350526106", "赤水镇": "350526107",
             "上涌镇": "350526108", "葛坑镇": "350526109", "盖德镇": "350526110", "美湖镇": "350526111",
             "杨梅乡": "350526200", "汤头乡": "350526202", "桂阳乡": "350526204", "国宝乡": "350526206",
             "大铭乡": "350526208", "春美乡": "350526209"}
# villages by township (name -> code)
VILLAGES = {
    "浔中镇": {"乐陶村": "350526100202", "石鼓村": "350526100206", "仙境村": "350526100207", "蒲坂村": "350526100210"},
    "龙浔镇": {"宝美村": "350526101201", "丁溪村": "350526101202", "英山村": "350526101205", "高阳村": "350526101206"},
    "三班镇": {"泗滨村": "350526102202", "东山村": "350526102203", "奎斗村": "350526102204", "龙阙村": "350526102207"},
    "上涌镇": {"桂林村": "350526108213", "黄井村": "350526108202", "曾坂村": "350526108208", "东山村": "350526108217", "云路村": "350526108209"},
    "雷峰镇": {"蕉溪村": "350526104202", "潘祠村": "350526104203", "溪美村": "350526104207", "李溪村": "350526104211"},
    "南埕镇": {"高漈村": "350526105202", "塔兜村": "350526105206", "许厝村": "350526105208", "连山村": "350526105210"},
    "水口镇": {"昆坂村": "350526106213", "湖坂村": "350526106210", "久住村": "350526106205", "淳湖村": "350526106211"},
    "赤水镇": {"戴云村": "350526107201", "苏坂村": "350526107203", "铭爱村": "350526107214", "猛虎村": "350526107204"},
    "葛坑镇": {"蓝田村": "350526109208", "龙塔村": "350526109212", "湖头村": "350526109203"},
    "盖德镇": {"有济村": "350526110203", "吾华村": "350526110208", "凤山村": "350526110213", "下坑村": "350526110204"},
    "美湖镇": {"上漈村": "350526111204", "洋田村": "350526111206", "小湖村": "350526111202"},
    "杨梅乡": {"云溪村": "350526200205", "白叶村": "350526200202"},
    "国宝乡": {"佛岭村": "350526206202", "格头村": "350526206208", "内坂村": "350526206206"},
    "春美乡": {"古春村": "350526209201", "双翰村": "350526209207"},
    "龙门滩镇": {"硕儒村": "350526103201", "霞碧村": "350526103202", "大溪村": "350526103212"},
}
COMMUNITIES = {"浔中镇": {"凤池社区": "350526100001", "诗墩社区": "350526100013"},
               "龙浔镇": {"浔东社区": "350526101001", "宝美村": None}, "三班镇": {"紫云社区": "350526102001"}}
COMMUNITIES["龙浔镇"].pop("宝美村")

SURN = list("林陈郑苏颜徐赖涂曾连黄许王李刘张孙邱方吴蔡庄")
GIVEN = list("志建明海华清雅丽春文国振永秀玉金晓婉一德辉俊燕芳美宏伟荣凌鸿素")


def pname(rng):
    s = rng.choice(SURN)
    g = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.8 else "")
    return s + g


# cadres per era: (post, name)
CADRES = {
    1: {"书记": "林振东", "县长": "苏建平", "副县长": "颜秀英", "组织部长": "徐国华"},
    2: {"书记": "陈志勇", "县长": "郑明远", "副县长": "涂海燕", "组织部长": "赖清泉"},
    3: {"书记": "郑海峰", "县长": "曾凌云", "副县长": "连素芳", "组织部长": "黄建伟"},
    4: {"书记": "黄一鸣", "县长": "许振华", "副县长": "方婉清", "组织部长": "邱永辉"},
}
REPORTERS = {1: ["郑明辉", "颜清华", "陈雅芳"], 2: ["林志强", "黄建新", "苏晓东"],
             3: ["涂丽娟", "许文斌", "赖春生"], 4: ["苏婉清", "王晨", "连一帆", "庄晓燕"]}

DATES = ["2000-03-15", "2000-11-08", "2001-06-20", "2002-09-12", "2003-04-10", "2004-07-22", "2005-10-18",
         "2006-05-09", "2007-03-27", "2008-08-14", "2009-12-01", "2010-06-16", "2011-04-21", "2012-11-20",
         "2013-07-05", "2014-03-12", "2015-09-23", "2016-06-28", "2017-10-26", "2018-05-17", "2019-03-14",
         "2019-11-07", "2020-08-25", "2021-04-15", "2021-12-09", "2022-06-30", "2023-02-16", "2023-10-19",
         "2024-05-23", "2024-11-14"]
WEEK = "一二三四五六日"


def era_of(y):
    return 1 if y <= 2006 else 2 if y <= 2012 else 3 if y <= 2017 else 4


# --- formula sentences by year span: (first, last, markup) ------------------------------------------
FORMULA_SENT = [
    (2000, 2006, "深入学习贯彻<“三个代表”|三个代表|n>重要思想，"),
    (2000, 2004, "始终坚持以<“三个代表”|三个代表|n>重要思想统领全局，"),
    (2000, 2001, "扎实巩固<“三讲”|三讲|n>教育成果，"),
    (2001, 2004, "坚持<依法治国|依法治国|q>和<以德治国|以德治国|q>相结合，"),
    (2002, 2007, "为<全面建设小康社会|全面建设小康社会|q>而努力奋斗，"),
    (2005, 2006, "扎实开展保持共产党员<先进性教育|保持共产党员先进性教育活动|q>活动，"),
    (2004, 2012, "以<科学发展观|科学发展观|q>统领经济社会发展全局，"),
    (2007, 2012, "深入贯彻落实<科学发展观|科学发展观|q>，"),
    (2005, 2012, "加快构建<社会主义和谐社会|和谐社会|q>，"),
    (2006, 2012, "扎实推进<社会主义新农村建设|社会主义新农村|q>，"),
    (2006, 2009, "大力弘扬以<“八荣八耻”|八荣八耻|n>为主要内容的社会主义荣辱观，"),
    (2008, 2016, "加快<生态文明|生态文明|q>建设，"),
    (2010, 2012, "深入开展<创先争优|创先争优|q>活动，"),
    (2010, 2015, "大力推进<“美丽乡村”|美丽乡村|q>建设，"),
    (2013, 2017, "为实现中华民族伟大复兴的<中国梦|中国梦|q>凝聚力量，"),
    (2013, 2016, "严格落实[中央|ORG]<八项规定|八项规定|n>精神，"),
    (2013, 2014, "扎实开展党的<群众路线教育实践活动|群众路线教育实践活动|q>，"),
    (2015, 2017, "协调推进<“四个全面”|四个全面|n>战略布局，"),
    (2015, 2016, "深入开展<“三严三实”|三严三实|n>专题教育，"),
    (2016, 2018, "推进<“两学一做”|两学一做|n>学习教育常态化制度化，"),
    (2014, 2020, "坚持<精准扶贫|精准扶贫|q>、精准脱贫基本方略，"),
    (2016, 2020, "坚决打赢<脱贫攻坚|脱贫攻坚|q>战，"),
    (2016, 2018, "深化<供给侧结构性改革|供给侧结构性改革|q>，"),
    (2017, 2024, "全面落实<河长制|河长制|q>，"),
    (2018, 2023, "全面实施<乡村振兴战略|乡村振兴|q>，"),
    (2020, 2023, "全面推进<乡村振兴|乡村振兴|q>，"),
    (2024, 2024, "推进<乡村全面振兴|乡村全面振兴|q>，"),
    (2019, 2020, "巩固深化<“不忘初心、牢记使命”|不忘初心、牢记使命|q>主题教育成果，"),
    (2018, 2024, "推动<高质量发展|高质量发展|q>，"),
    (2021, 2024, "深刻领悟<“两个确立”|两个确立|n>的决定性意义，坚决做到<“两个维护”|两个维护|n>，"),
    (2021, 2021, "扎实开展<党史学习教育|党史学习教育|q>，"),
    (2021, 2024, "在<高质量发展|高质量发展|q>中扎实推动<共同富裕|共同富裕|q>，"),
    (2023, 2024, "以<中国式现代化|中国式现代化|q>全面推进中华民族伟大复兴，"),
    (2023, 2024, "深入<学习贯彻党的二十大精神|学习宣传贯彻党的二十大精神|q>，"),
    (2024, 2024, "因地制宜发展<新质生产力|新质生产力|q>，"),
    (2018, 2024, "践行<“绿水青山就是金山银山”|绿水青山就是金山银山|q>理念，"),
    (2003, 2024, "传承弘扬<“晋江经验”|晋江经验|q>，"),
    (2012, 2024, "坚持和发扬<“四下基层”|四下基层|n>优良传统，"),
]
# The county's own slogans: (first, last, markup of a clause)
COUNTY_SENT = [
    (2000, 2005, "坚定不移实施{“工业立县、陶瓷强县”|q}战略，"),
    (2001, 2004, "扎实开展{“三抓三促”|n}活动，{抓项目促投资、抓招商促发展、抓环境促服务|p}，"),
    (2005, 2009, "深入开展{“千名干部进千村”|q}活动，"),
    (2007, 2012, "全力推进{“五个一批”|n}项目攻坚，{签约一批、开工一批、竣工一批、投产一批、储备一批|p}，"),
    (2007, 2011, "坚持{建一流园区、引一流企业、创一流品牌|p}，"),
    (2008, 2015, "围绕{“陶瓷强县、生态立县、旅游旺县”|p}目标，"),
    (2010, 2010, "深入开展{“作风建设年”|q}活动，"),
    (2013, 2016, "在全县干部中开展{“五比五看”|n}竞赛，"),
    (2013, 2020, "加快构建{“一城两区三带”|n}发展格局，"),
    (2016, 2021, "大力发展{“陶瓷+”|q}新业态，"),
    (2017, 2024, "擦亮{“瓷都先锋”|q}党建品牌，"),
    (2018, 2021, "确保{村村有产业、户户有增收、人人有技能|p}，"),
    (2019, 2020, "深入开展{“项目攻坚年”|q}活动，"),
    (2019, 2024, "奋力推进{“陶瓷强县、文旅兴县、生态优县、人才活县”|p}，"),
    (2022, 2024, "扎实开展新一轮{“三抓三促”|n}行动，{抓党建促发展、抓项目促投资、抓服务促营商|p}，"),
    (2023, 2023, "深入开展{“营商环境提升年”|q}活动，"),
]
DISTRACT = ["{“领头雁”|x}", "{“金钥匙”|x}", "{“娘家人”|x}", "{“土专家”|x}", "{“钱袋子”|x}", "{“老大难”|x}",
            "{“家门口”|x}", "{“一站式”|x}", "{“网红”|x}", "{“摇钱树”|x}", "{“主心骨”|x}", "{“金名片”|x}"]


def pick_formulas(rng, y, n):
    c = [s for a, b, s in FORMULA_SENT if a <= y <= b]
    return rng.sample(c, min(n, len(c)))


def pick_county(rng, y, n):
    c = [s for a, b, s in COUNTY_SENT if a <= y <= b]
    return rng.sample(c, min(n, len(c)))


def pick_place(rng, k=1):
    tw = rng.choice(list(VILLAGES))
    vs = rng.sample(list(VILLAGES[tw].items()), min(k, len(VILLAGES[tw])))
    return tw, vs


def T(tw):
    return f"[{tw}|TOWNSHIP]"


def V(v):
    return f"[{v}|VILLAGE]"


def P(n):
    return f"[{n}|PERSON]"


# --- article kinds --------------------------------------------------------------------------------
def art_meeting(rng, y, era):
    c = CADRES[era]
    ev = rng.choice([f"[全县经济工作会议|EVENT]", f"[县委{rng.choice(['十一', '十二', '十三', '十四'])}届{rng.choice(['三', '四', '五', '六'])}次全会|EVENT]",
                     "[全县农村工作会议|EVENT]"])
    f = pick_formulas(rng, y, 3)
    s = pick_county(rng, y, 2)
    title = rng.choice([f"全县干部群众凝心聚力谋发展", f"{ev}召开", f"锚定目标　奋勇争先", f"抢抓机遇　加快发展"])
    kicker = rng.choice(["", f"{f[0].rstrip('，')}" if f else "", "聚焦发展　真抓实干"])
    sub = rng.choice(["", f"——{P(c['书记'])}作重要讲话"])
    paras = [
        f"日前，{ev}在[县行政中心|FAC]召开。[县委|ORG]书记{P(c['书记'])}出席并讲话，县长{P(c['县长'])}主持会议。",
        f"{P(c['书记'])}强调，全县上下要{''.join(f)}{''.join(s)}以更大力度推动[{COUNTY}|GPE]经济社会发展再上新台阶。",
        f"{P(c['县长'])}要求，各乡镇、各部门要当好企业的{rng.choice(DISTRACT)}，切实解决群众反映的突出问题。“{rng.choice(['今年的任务很重', '发展不等人', '机遇稍纵即逝'])}，大家要拿出干劲来！”他说。",
        f"[县人大常委会|ORG]、[县政协|ORG]领导，各乡镇党委书记参加会议。",
    ]
    return dict(kind="meeting", title=title.replace("[", "[").strip(), kicker=kicker, subtitle=sub, paras=paras)


def art_village(rng, y, era):
    tw, vs = pick_place(rng, 2)
    (v1, _), (v2, _) = vs if len(vs) > 1 else (vs[0], vs[0])
    sec = pname(rng)
    coop = rng.choice(["戴云茶业专业合作社", "金瓷果蔬专业合作社", "高山淮山种植专业合作社", "白鹤养蜂专业合作社"])
    f = pick_formulas(rng, y, 2)
    s = pick_county(rng, y, 1)
    item = rng.choice(["茶叶", "淮山", "黄花菜", "高山蔬菜", "蜜蜂"])
    title = rng.choice([f"{V(v1)}：{item}产业富了一方百姓", f"{T(tw)}{item}产业助农增收", f"小{item}撬动大产业"])
    pro = rng.choice([f"[{v1}{item}产业园建设项目|PROJECT]", f"[农村饮水安全工程|PROJECT]", f"[高山{item}标准化基地建设项目|PROJECT]"])
    paras = [
        f"走进{T(tw)}{V(v1)}，漫山遍野的{item}长势喜人。近年来，该村{''.join(f)}依托[{coop}|ORG]，带动{rng.randint(50, 300)}户农户发展{item}种植。",
        f"“{rng.choice(['过去守着穷山沟，现在日子越过越红火', '合作社保底收购，我们心里踏实', '家门口就能挣钱，不用外出打工了'])}。”村民{P(pname(rng))}笑着说。",
        f"村党支部书记{P(sec)}介绍，{''.join(s)}村里实施了{pro}，并与邻近的{V(v2)}抱团发展，被群众称为{rng.choice(DISTRACT)}。",
        f"目前，{V(v1)}{item}年产值已突破{rng.randint(200, 900)}万元。",
    ]
    return dict(kind="village", title=title, kicker=rng.choice(["", "乡村新貌", f"走基层·看变化"]), subtitle="", paras=paras)


def art_ceramics(rng, y, era):
    firm = rng.choice(["德化县瓷韵陶瓷有限公司", "福建华泰陶瓷有限公司", "德化县鑫源工艺品有限公司", "德化县白玉窑瓷业有限公司"])
    short = {"德化县瓷韵陶瓷有限公司": "瓷韵陶瓷", "福建华泰陶瓷有限公司": "华泰陶瓷", "德化县鑫源工艺品有限公司": "鑫源工艺",
             "德化县白玉窑瓷业有限公司": "白玉窑瓷业"}[firm]
    f = pick_formulas(rng, y, 2)
    s = pick_county(rng, y, 2)
    n = {2000: "首", 2001: "第二"}.get(y, None)
    expo = f"[第{rng.choice(['三', '五', '八', '十二', '十六'])}届德化陶瓷博览会|EVENT]" if y > 2002 else "[首届德化陶瓷博览会|EVENT]"
    proj = rng.choice(["[陶瓷产业智能化改造项目|PROJECT]", "[城东工业区扩区项目|PROJECT]", "[陶瓷3D打印研发中心建设项目|PROJECT]"])
    title = rng.choice([f"[{short}|ORG]新品亮相博览会", "瓷都陶瓷产业提质增效", f"“[中国|GPE]白”走向世界", "陶瓷出口逆势增长"])
    paras = [
        f"本报讯　在日前闭幕的{expo}上，[{firm}|ORG]推出的“[德化|GPE]白瓷”系列新品备受青睐，现场签约订单{rng.randint(1, 9)}千万元。",
        f"近年来，我县{''.join(f)}{''.join(s)}推动陶瓷产业转型升级。位于[城东工业区|FAC]的{proj}已完成投资{rng.randint(2, 20)}亿元。",
        f"[县陶瓷办|ORG]负责人{P(pname(rng))}说，[{short}|ORG]等龙头企业已成为全县陶瓷产业的{rng.choice(DISTRACT)}。",
    ]
    return dict(kind="ceramics", title=title, kicker=rng.choice(["", "瓷都经济", "产业观察"]), subtitle="", paras=paras)


def art_party(rng, y, era):
    c = CADRES[era]
    tw, vs = pick_place(rng, 1)
    v1 = vs[0][0]
    f = pick_formulas(rng, y, 3)
    s = pick_county(rng, y, 1)
    title = rng.choice(["党建引领聚合力", f"{T(tw)}夯实基层战斗堡垒", "让党旗在基层一线高高飘扬", "组织部门深化基层党建"])
    paras = [
        f"[县委组织部|ORG]坚持{''.join(f)}{''.join(s)}着力提升基层党组织组织力。",
        f"在{T(tw)}，[{v1}党支部|ORG]推行{{“党员联户”|q}}做法，每名党员联系{rng.randint(5, 12)}户群众，成为群众身边的{rng.choice(DISTRACT)}。",
        f"[县委|ORG]常委、组织部长{P(c['组织部长'])}表示，下一步将选派{rng.randint(30, 120)}名优秀干部到村任职。",
    ]
    return dict(kind="party", title=title, kicker=rng.choice(["", "基层党建", "党建园地"]), subtitle="", paras=paras)


def art_poverty(rng, y, era):
    tw, vs = pick_place(rng, 2)
    v1 = vs[0][0]
    v2 = vs[-1][0]
    cadre = pname(rng)
    f = pick_formulas(rng, y, 2)
    s = pick_county(rng, y, 1)
    unit = rng.choice(["县农业农村局", "县财政局", "县人民医院", "县供电公司"])
    title = rng.choice([f"驻村书记{P(cadre)}的一天", f"{V(v1)}蹚出致富路", "山村旧貌换新颜"])
    paras = [
        f"天刚蒙蒙亮，[{unit}|ORG]派驻{T(tw)}{V(v1)}第一书记{P(cadre)}已经走在田间地头。",
        f"到村以来，{P(cadre[-2:] if len(cadre) == 3 else cadre)}{''.join(f)}{''.join(s)}带领群众发展特色产业，帮助{V(v2)}修通了{rng.randint(2, 8)}公里通村公路。",
        f"村民们都说，他是村里的{rng.choice(DISTRACT)}。",
    ]
    return dict(kind="poverty", title=title, kicker=rng.choice(["", "身边的榜样", "驻村手记"]), subtitle="", paras=paras)


def art_environment(rng, y, era):
    tw, vs = pick_place(rng, 1)
    v1 = vs[0][0]
    f = pick_formulas(rng, y, 2)
    s = pick_county(rng, y, 1)
    river = rng.choice(["浐溪", "大樟溪", "涌溪"])
    title = rng.choice([f"{river}水清岸绿景更美", "守护一江清水", "全县开展植树造林活动"])
    paras = [
        f"连日来，[县水利局|ORG]组织人员对[{river}|LOC]{T(tw)}段开展巡河，{''.join(f)}推进[{river}流域综合治理工程|PROJECT]。",
        f"{''.join(s)}{T(tw)}{V(v1)}沿溪建起了[{v1}滨水公园|FAC]，[戴云山|LOC]下一片生机盎然。",
        f"“{rng.choice(['现在溪里的鱼又多起来了', '每天傍晚都来这里散步'])}。”村民{P(pname(rng))}说。",
    ]
    return dict(kind="environment", title=title, kicker=rng.choice(["", "生态德化"]), subtitle="", paras=paras)


def art_culture(rng, y, era):
    f = pick_formulas(rng, y, 1)
    s = pick_county(rng, y, 1)
    site = rng.choice(["屈斗宫窑址", "月记窑", "德化陶瓷博物馆", "祖龙宫"])
    title = rng.choice([f"千年窑火映瓷都", f"{site}迎来游客高峰", "文旅融合添活力"])
    paras = [
        f"{'国庆' if rng.random() < 0.5 else '五一'}假期，[{site}|FAC]游人如织。[县文体旅游局|ORG]推出“瓷都研学游”线路，串联[{rng.choice(['石牛山', '九仙山', '戴云山'])}|LOC]等景点。",
        f"{''.join(f)}{''.join(s)}我县文旅产业呈现良好发展势头。",
        f"来自[{rng.choice(['厦门', '福州', '泉州'])}|GPE]的游客{P(pname(rng))}说：“{rng.choice(['这里的白瓷真是名不虚传', '孩子们学做陶坯，玩得很开心'])}。”",
    ]
    return dict(kind="culture", title=title, kicker=rng.choice(["", "文旅资讯"]), subtitle="", paras=paras)


def art_comment(rng, y, era):
    f = pick_formulas(rng, y, 3)
    s = pick_county(rng, y, 2)
    title = rng.choice(["以实干担当书写发展新篇章", "把蓝图变成施工图", "在真抓实干中见真章"])
    paras = [
        f"发展是第一要务。当前，全县上下要{''.join(f)}把心思和精力集中到抓落实上来。",
        f"要{''.join(s)}以钉钉子精神解决一批{rng.choice(DISTRACT)}问题，切实做到{{“{rng.choice(['说了算、定了干', '马上办、钉钉办'])}”|q}}的承诺。",
        f"惟其艰难，方显勇毅。让我们在[{COUNTY}|GPE]这片热土上奋勇争先。",
    ]
    return dict(kind="comment", title=title, kicker="", subtitle="", paras=paras, byline_form="comment")


KINDS = [art_meeting, art_village, art_ceramics, art_party, art_poverty, art_environment, art_culture, art_comment]


def art_briefs(rng, y, era):
    items = []
    for _ in range(rng.randint(2, 3)):
        tw, vs = pick_place(rng, 1)
        v1 = vs[0][0]
        t, body = rng.choice([
            (f"{T(tw)}开展森林防火演练", f"日前，{T(tw)}组织干部群众{rng.randint(40, 120)}人在{V(v1)}开展森林防火应急演练。"),
            (f"{T(tw)}举办农技培训", f"近日，{T(tw)}邀请{rng.choice(['县农技站', '县农业农村局'])}专家到{V(v1)}为茶农授课，现场被群众称作“[{v1}|VILLAGE]课堂”。"),
            (f"{V(v1)}新建文化广场", f"由{T(tw)}投资建设的[{v1}文化广场|FAC]日前投入使用。"),
            (f"{T(tw)}慰问困难群众", f"{T(tw)}党委、政府走访慰问困难党员和群众{rng.randint(20, 90)}户。"),
        ])
        # 县农技站 etc. appear as plain text inside a choice: mark them as ORG
        body = body.replace("邀请县农技站", "邀请[县农技站|ORG]").replace("邀请县农业农村局", "邀请[县农业农村局|ORG]")
        body = body.replace(f"{T(tw)}党委、政府", f"[{tw}党委|ORG]、政府")
        items.append((t, body, pname(rng)))
    return items


# --- rendering ------------------------------------------------------------------------------------
TOK = re.compile(r"\[([^\[\]|]+)\|([A-Z]+)\]|<([^<>|]+)\|([^<>|]+)\|([nqp])>|\{([^{}|]+)\|([nqpx])\}")


def strip(markup, rec):
    """Return plain text; append to rec the entities/formulae/slogans found."""
    out = []
    pos = 0
    for m in TOK.finditer(markup):
        out.append(markup[pos:m.start()])
        if m.group(1):
            out.append(m.group(1))
            rec["ents"].append((m.group(1), m.group(2)))
        elif m.group(3):
            printed, group, kind = m.group(3), m.group(4), m.group(5)
            out.append(printed)
            rec["formulae"].append((group, printed.strip("“”")))
            if printed.startswith("“"):
                rec["quoted"].append((printed.strip("“”"), kind, group))
            for sub, lab in NESTED.get(printed.strip("“”"), []):
                rec["ents"].append((sub, lab))
        else:
            printed, kind = m.group(6), m.group(7)
            out.append(printed)
            if kind == "x":
                rec["distractors"].append(printed.strip("“”"))
            else:
                rec["county"].append((printed.strip("“”"), kind, printed.startswith("“")))
                if markup[m.end():m.end() + 2] == "行动":  # a quoted action programme (GUIDE: PROJECT)
                    rec["ents"].append((printed.strip("“”") + "行动", "PROJECT"))
        pos = m.end()
    out.append(markup[pos:])
    return "".join(out)


NESTED = {"晋江经验": [("晋江", "GPE")], "中国梦": [("中国", "GPE")], "学习贯彻党的二十大精神": [("党的二十大", "EVENT")]}


def wrap(text, w, indent):
    text = indent + text
    out, i = [], 0
    while i < len(text):
        j = min(len(text), i + w)
        while j < len(text) and text[j] in "，。、；：！？”）" and j - i < w + 2:
            j += 1  # no line opens with closing punctuation
        out.append(text[i:j])
        i = j
    return out


def byline(rng, era, form=None):
    reps = REPORTERS[era]
    a = rng.choice(reps)
    b = pname(rng)
    forms = ["line_reporter", "lead", "box", "wentu", "sig", "tongxun", "none", "reporter_end", "center"]
    if era < 4:
        forms.remove("center")
    form = form or rng.choice(forms)
    if form == "comment":
        return "line", "本报评论员", []
    if form == "line_reporter":
        return "line", f"本报记者　{P(a)}", [a]
    if form == "lead":
        return "lead", f"本报讯（记者　{P(a)}　通讯员　{P(b)}）", [a, b]
    if form == "box":
        return "line", f"□本报记者　{P(a)}　通讯员　{P(b)}", [a, b]
    if form == "wentu":
        return "line", f"文/图　本报记者　{P(a)}", [a]
    if form == "sig":
        return "end", f"（{P(b)}）", [b]
    if form == "tongxun":
        return "line", f"●本报通讯员　{P(b)}", [b]
    if form == "reporter_end":
        return "end", f"（记者　{P(a)}　报道）", [a]
    if form == "center":
        return "line", f"[德化县融媒体中心|ORG]记者　{P(a)}", [a]
    return None, "", []


def furniture(rng, d, pno, era, section):
    y, m, dd = map(int, d.split("-"))
    import datetime
    wd = WEEK[datetime.date(y, m, dd).weekday()]
    ed, proof = pname(rng), pname(rng)
    ds = f"{y}年{m}月{dd}日"
    top, bottom = [], []
    if era == 1:
        if pno == 1:
            top = ["[德化报|ORG]", "DEHUA BAO", f"[中共德化县委|ORG]机关报　　国内统一刊号：CN35-00{rng.randint(10, 99)}",
                   f"{ds}　星期{wd}", f"第{rng.randint(300, 900)}期　本期四版"]
        else:
            top = [f"{ds}　　　　[德化报|ORG]　　　　第{pno}版　{section}"]
        bottom = [f"责任编辑：{P(ed)}　校对：{P(proof)}"]
    elif era in (2, 3):
        top = [f"[德化报|ORG]　　{ds}　星期{wd}　　{section}·A{pno}", f"编辑　{P(ed)}　　版式　{P(proof)}"]
        bottom = [f"A{pno}"]
    else:
        top = [f"[德化报|ORG]　　　　[德化县融媒体中心|ORG]主办", f"{ds}　星期{wd}　第{pno}版　{section}"]
        bottom = [f"本版编辑：{P(ed)}　美编：{P(proof)}　校对：{P(pname(rng))}"]
    return top, bottom


def build_page(idx, d):
    rng = random.Random(1000 + idx)
    y = int(d[:4])
    era = era_of(y)
    pno = rng.choice([1, 1, 2, 3]) if idx % 3 else 1
    sec = {1: "要闻", 2: "综合新闻", 3: "乡镇视窗"}[pno]
    if era == 4 and pno != 1 and rng.random() < 0.6:
        sec = "<乡村振兴|乡村振兴|q>" if y < 2024 or rng.random() < 0.5 else "乡村全面振兴"
        if sec == "乡村全面振兴":
            sec = "<乡村全面振兴|乡村全面振兴|q>"
    if era == 4 and pno == 1:
        sec = "要闻"
    width = rng.randint(14, 28)
    indent = rng.choice(["　　", "  ", ""])
    blank_between = rng.random() < 0.6
    head_after = era == 2 and rng.random() < 0.7  # some items print the headline under the body
    top, bottom = furniture(rng, d, pno, era, sec)
    rec = dict(ents=[], formulae=[], quoted=[], county=[], distractors=[])
    lines = []
    for t in top:
        lines.append(strip(t, rec))
    lines.append("")
    articles = []
    kinds = rng.sample(KINDS, rng.randint(3, 4))
    if pno == 1 and art_meeting not in kinds:
        kinds[0] = art_meeting
    for ai, kf in enumerate(kinds):
        a = kf(rng, y, era)
        where, bl, names = byline(rng, era, a.get("byline_form"))
        a_rec = dict(ents=[], formulae=[], quoted=[], county=[], distractors=[])
        block = []
        after = head_after and ai == len(kinds) - 1 and where != "lead"
        title_plain = strip(a["title"], a_rec)
        tlines = [title_plain]
        if len(title_plain) > 10 and rng.random() < 0.3:
            cut = len(title_plain) // 2
            tlines = [title_plain[:cut], title_plain[cut:]]
        head = []
        if a["kicker"]:
            head.append(strip(a["kicker"], a_rec))
        head += tlines
        if a["subtitle"]:
            head.append(strip(a["subtitle"], a_rec))
        if not after:
            block += head
            if where == "line":
                block.append(strip(bl, a_rec))
        paras = list(a["paras"])
        if where == "lead":
            paras[0] = bl + paras[0].replace("本报讯　", "")
        for p in paras:
            block += wrap(strip(p, a_rec), width, indent)
        if where == "end":
            block[-1] += strip(bl, a_rec)
        if after:
            if where == "line":
                block.append(strip(bl, a_rec))
            block += head
        lines += block
        if blank_between:
            lines.append("")
        for k in rec:
            rec[k] += a_rec[k]
        articles.append(dict(title="".join(tlines), kicker=strip(a["kicker"], {"ents": [], "formulae": [], "quoted": [], "county": [], "distractors": []}) if a["kicker"] else "",
                             byline=names, byline_text=re.sub(r"\[([^|\]]+)\|[A-Z]+\]", r"\1", bl), kind=a["kind"],
                             headline_after=after))
    # briefs column on some pages
    if rng.random() < 0.5:
        lines.append("简　讯" if era < 4 else "【县域快讯】")
        for t, body, sig in art_briefs(rng, y, era):
            tp = strip(t, rec)
            lines.append("■" + tp)
            lines += wrap(strip(body + f"（{P(sig)}）", rec), width, indent)
            articles.append(dict(title=tp, kicker="", byline=[sig], byline_text=f"（{sig}）", kind="brief", headline_after=False))
        lines.append("")
    # a photo caption
    if rng.random() < 0.5:
        tw, vs = pick_place(rng, 1)
        ph = pname(rng)
        cap = f"图为{T(tw)}{V(vs[0][0])}村民在采摘高山茶。　{P(ph)}　摄"
        lines += wrap(strip(cap, rec), width, "")
        lines.append("")
        articles.append(dict(title="", kicker="", byline=[ph], byline_text=f"{ph} 摄", kind="photo", headline_after=False))
    # a notice
    if rng.random() < 0.3:
        org = rng.choice(["德化县自然资源局", "德化县人民政府征兵办公室", "德化县供电公司"])
        lines.append("公　告")
        body = f"根据有关规定，现将{y}年度有关事项公告如下：凡符合条件的群众，请于{rng.randint(1, 28)}日前到[{org}|ORG]办理。特此公告。"
        lines += wrap(strip(body, rec), width, indent)
        lines.append(strip(f"[{org}|ORG]", rec))
        lines.append(f"{y}年{int(d[5:7])}月{int(d[8:10])}日")
        lines.append("")
        articles.append(dict(title="公告", kicker="", byline=[], byline_text="", kind="notice", headline_after=False))
    for b in bottom:
        lines.append(strip(b, rec))
    text = "\n".join(lines) + "\n"
    return text, articles, rec, pno


def norm(s):
    return re.sub(r"[\s“”‘’「」]", "", s)


def main():
    os.makedirs(os.path.join(OUT, "pages"), exist_ok=True)
    truth = {"county": COUNTY, "county_code": CODE, "paper": PAPER, "pages": []}
    man = []
    for idx, d in enumerate(DATES):
        text, arts, rec, pno = build_page(idx, d)
        stem = f"{d}_p{pno}"
        with open(os.path.join(OUT, "pages", stem + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        flat = norm(text)
        # entities: counts by (text, label) from the markup
        ents = {}
        for t, lab in rec["ents"]:
            ents[(t, lab)] = ents.get((t, lab), 0) + 1
        # places with codes
        places = []
        for (t, lab), n in ents.items():
            if lab in ("TOWNSHIP", "VILLAGE", "COMMUNITY"):
                code = TOWNSHIPS.get(t)
                if lab == "VILLAGE":
                    cands = [(tw, vv[t]) for tw, vv in VILLAGES.items() if t in vv]
                    if len(cands) > 1:
                        # resolve by the township printed right before it on this page
                        j = text.replace("\n", "")
                        near = {tw for i in [m.start() for m in re.finditer(t, j)] for tw, _ in cands if tw in j[max(0, i - 40):i]}
                        tws = sorted(near)
                        code = dict(cands)[tws[0]] if len(tws) == 1 else None
                    else:
                        code = cands[0][1] if cands else None
                if lab == "COMMUNITY":
                    code = next((vv[t] for vv in COMMUNITIES.values() if t in vv), None)
                places.append(dict(text=t, label=lab, code=code, count=n))
        # marked slogans (guide): county slogans + quoted known formulae
        slog = {}
        quoted_county = {t for t, k, q in rec["county"] if q}
        for t, k, q in rec["county"]:
            if k in ("n", "q") and t not in quoted_county:
                continue
            slog[t] = {"n": "numbered", "p": "parallel", "q": "quoted"}[k]
        byg = {}
        for t, k, g in rec["quoted"]:
            byg.setdefault(g, []).append((t, k))
        for g, lst in byg.items():
            t, k = min(lst, key=lambda x: len(x[0]))
            slog[t] = {"n": "numbered", "p": "parallel", "q": "quoted"}[k]
        slogans = [dict(text=t, kind=k, count=flat.count(norm(t))) for t, k in sorted(slog.items())]
        formulae = {}
        for g, printed in rec["formulae"]:
            formulae[g] = formulae.get(g, 0) + 1
        truth["pages"].append(dict(
            file=stem + ".txt", issue=stem, date=d, year=int(d[:4]), page=pno, in_manifest=idx % 2 == 0,
            articles=arts,
            entities=[dict(text=t, label=l, count=n) for (t, l), n in sorted(ents.items())],
            places=places, slogans=slogans, distractors=sorted(set(rec["distractors"])), formulae=formulae,
        ))
        if idx % 2 == 0:
            man.append(dict(file=stem + ".txt", paper=PAPER, county=COUNTY, county_code=CODE, date=d,
                            date_precision="day", date_note="printed date line"))
    with open(os.path.join(OUT, "pages", "manifest.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "paper", "county", "county_code", "date", "date_precision", "date_note"])
        w.writeheader()
        w.writerows(man)
    # formula first/last years
    fy = {}
    for p in truth["pages"]:
        for g in p["formulae"]:
            fy.setdefault(g, []).append(p["year"])
    truth["formula_years"] = {g: dict(first=min(v), last=max(v), years=sorted(set(v))) for g, v in sorted(fy.items())}
    cy = {}
    for p in truth["pages"]:
        for s in p["slogans"]:
            cy.setdefault(s["text"], []).append(p["year"])
    truth["slogan_years"] = {g: dict(first=min(v), last=max(v)) for g, v in sorted(cy.items())}
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    n_art = sum(len(p["articles"]) for p in truth["pages"])
    n_ent = sum(e["count"] for p in truth["pages"] for e in p["entities"])
    n_sl = sum(len(p["slogans"]) for p in truth["pages"])
    print(f"{len(truth['pages'])} pages, {n_art} articles, {n_ent} entity mentions, {n_sl} page-slogans")


if __name__ == "__main__":
    main()
