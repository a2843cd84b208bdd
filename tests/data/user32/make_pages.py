#!/usr/bin/env python3
"""Invented pages of 西华报 (an invented paper of 西华县 411622, 周口市, 河南省), 1998-2024, as PDF-to-text output.
Seeded and re-runnable: `python make_pages.py` rewrites pages/*.txt (150 pages), pages/manifest.csv (50 of them) and
truth.json.  Written BEFORE the library was run.

30 base pages are laid out one by one (BASE: date, page, section, article kinds); 120 more are reprints with drift:
each takes a base page's seed for its first two articles (headlines, sentences and names recur), a later date in the
same era (formulae drift with the year) and fresh seeds for the rest, the column width and the furniture.
Real 街道, 镇, 乡, 社区 and 村 of 西华县 from admin_divisions_china; the paper, people, firms and events are invented.
Formulae: national ones of each era (三讲, 两个确保 of 1998, 三个代表 ... 中国式现代化), HENAN's own (中原崛起 2003,
中原经济区 2011, 三化协调 2011, 两不三新 2011, 四议两公开 2009, 四个河南 2014, 四张牌 2014, 中原更加出彩 2019,
两个确保 of 2021, 十大战略 2021, 万人助万企 2021, “五星”支部 2022, “三零”创建 2022), 周口's 临港新城、开放前沿
(2020), and the county's invented slogans (以工兴县、以农稳县、以商活县; 双百工程; 娲皇故里·逍遥西华; 十镇百村千户;
胡辣汤+; 人人都是营商环境).  Note the trap: 两个确保 is a national formula of 1998 (laid-off workers) and Henan's of
2021 (高质量建设现代化河南) -- two groups in the truth: 两个确保1998 and 两个确保.

Truth fixes after the first run (pages unchanged, md5 checked; truth_before_fix.json is the first truth): 高质量发展
in the theory title; the masthead 西华报 (ORG: media); PERSON 习近平 inside 习近平新时代…思想; LOC 中原 inside 中原崛起,
中原经济区, 中原更加出彩; the river (LOC) in ecology titles; PROJECT “双百”工程 and “三清一改”村庄清洁行动; the marked
text of “五星”支部 is 五星 (GUIDE: the shortest quoted form); “三夏” is a numbered slogan (GUIDE test 1, like 三农);
the unquoted series 全面清欠、全面普查、全面建档、全面公开 after 提出四个全面： is a parallel slogan (GUIDE 2b).

Template markup (stripped from the page, recorded in the truth):
  [text|LABEL]          an entity (GUIDE labels)
  <printed|group|kind>  a known national/provincial/city formula; printed may carry “” (then also a marked slogan)
  {printed|kind}        the county's own slogan (kind n/p/q); printed may carry “”
  {printed|x}           a quoted phrase that is NOT a slogan (distractor)
"""
import csv, datetime, json, os, random, re

OUT = os.path.dirname(os.path.abspath(__file__))
COUNTY, CODE, PAPER = "西华县", "411622", "西华报"
STREETS = {"娲城街道": "411622001", "箕子台街道": "411622002", "昆山街道": "411622003", "华泰街道": "411622005"}
TOWNS = {"逍遥镇": "411622102", "西华营镇": "411622107", "奉母镇": "411622103", "红花集镇": "411622104",
         "聂堆镇": "411622105", "址坊镇": "411622108", "迟营镇": "411622109", "黄桥乡": "411622208", "田口乡": "411622200"}
TOWNSHIPS = {**STREETS, **TOWNS}
COMMUNITIES = {"娲城街道": {"将军路社区": "411622001008", "人民路社区": "411622001006"},
               "箕子台街道": {"唐宋岗社区": "411622002003", "城隍庙社区": "411622002010"},
               "昆山街道": {"青龙岗社区": "411622003004", "和谐路社区": "411622003007", "江南水乡社区": "411622003008"},
               "华泰街道": {"半坡李社区": "411622005008"}}
VILLAGES = {"逍遥镇": {"柴城村": "411622102208", "西阜陵村": "411622102215", "常村": "411622102205"},
            "西华营镇": {"孝义寺村": "411622107213", "阎王寨村": "411622107211", "高集村": "411622107206"},
            "奉母镇": {"张官桥村": "411622103208", "盆李村": "411622103209", "奉母三村": "411622103201"},
            "红花集镇": {"赤狼村": "411622104203", "龙池头村": "411622104213"},
            "聂堆镇": {"思都岗村": "411622105206", "古楼营村": "411622105214", "关帝庙村": "411622105210"},
            "址坊镇": {"东瓦屋赵村": "411622108202", "南陀村": "411622108208"},
            "迟营镇": {"理花园村": "411622109201", "椿树张村": "411622109212", "大迟营村": "411622109208"},
            "黄桥乡": {"三所楼村": "411622208206", "胡家堂村": "411622208212"},
            "田口乡": {"春秋岗村": "411622200209", "董城村": "411622200206"}}
RURAL = list(TOWNS)
URBAN = list(STREETS)

HAN_S = list("王张李刘陈杨赵黄周吴孙马朱胡郭何高罗郑梁谢宋唐许")
GIVEN = list("建国明华春文振永玉金丽德辉俊芳宏伟荣英军林红志海涛豫中原")


def pname(rng):
    return rng.choice(HAN_S) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.75 else "")


ERAS = {1: (1998, 2002), 2: (2003, 2007), 3: (2008, 2012), 4: (2013, 2017), 5: (2018, 2024)}
CADRES = {1: {"书记": "赵振国", "县长": "孙建华", "副县长": "马玉兰", "组织部长": "郭宏伟", "宣传部长": "何春芳"},
          2: {"书记": "李德明", "县长": "周永军", "副县长": "胡丽华", "组织部长": "高文林", "宣传部长": "梁玉英"},
          3: {"书记": "陈海涛", "县长": "王志刚", "副县长": "杨桂芳", "组织部长": "许振宇", "宣传部长": "唐丽娟"},
          4: {"书记": "张宏伟", "县长": "刘俊峰", "副县长": "郑红玲", "组织部长": "谢建新", "宣传部长": "宋晓燕"},
          5: {"书记": "吴振宇", "县长": "黄海明", "副县长": "朱金玲", "组织部长": "罗永刚", "宣传部长": "马晓丽"}}
REPORTERS = {1: ["王玉华", "张春", "赵斌"], 2: ["李建", "陈丽", "周豫"], 3: ["杨文斌", "何晓芳", "朱俊"],
             4: ["郭林", "高中原", "罗宏"], 5: ["许俊", "梁晓英", "唐豫", "孙春"]}
WEEK = "一二三四五六日"
# the year each known formula entered use (national, Henan, 周口); the truth's reference for era errors
FORMULA_YEAR = {"邓小平理论": 1997, "三讲": 1998, "两个确保1998": 1998, "三个代表": 2000, "全面建设小康社会": 2002,
                "中原崛起": 2003, "科学发展观": 2003, "保持共产党员先进性教育活动": 2004, "和谐社会": 2004,
                "社会主义新农村": 2005, "八荣八耻": 2006, "四议两公开": 2009, "创先争优": 2010, "中原经济区": 2011,
                "三化协调": 2011, "两不三新": 2011, "中国梦": 2012, "八项规定": 2012, "群众路线教育实践活动": 2013,
                "精准扶贫": 2013, "四个河南": 2014, "四张牌": 2014, "四个全面": 2014, "三严三实": 2015, "脱贫攻坚": 2015,
                "两学一做": 2016, "四个意识": 2016, "四个自信": 2016, "乡村振兴": 2017, "高质量发展": 2017,
                "不忘初心、牢记使命": 2017, "两个维护": 2018, "三清一改": 2018, "中原更加出彩": 2019,
                "临港新城、开放前沿": 2020, "两个确保": 2021, "十大战略": 2021, "万人助万企": 2021, "两个确立": 2021,
                "党史学习教育": 2021, "五星支部": 2022, "三零创建": 2022, "中国式现代化": 2022,
                "能力作风建设年": 2022, "习近平新时代中国特色社会主义思想": 2017}
LEVEL = {g: "national" for g in FORMULA_YEAR}
LEVEL.update({g: "provincial" for g in ["中原崛起", "四议两公开", "中原经济区", "三化协调", "两不三新", "四个河南",
                                        "四张牌", "中原更加出彩", "两个确保", "十大战略", "万人助万企", "五星支部",
                                        "三零创建", "能力作风建设年"]})
LEVEL["临港新城、开放前沿"] = "municipal"


def era_of(y):
    return next(e for e, (a, b) in ERAS.items() if a <= y <= b)


FORMULA_SENT = [
    (1998, 2002, "高举<邓小平理论|邓小平理论|q>伟大旗帜，"),
    (1998, 2000, "深入开展以<“讲学习、讲政治、讲正气”|三讲|p>为主要内容的党性党风教育，"),
    (1998, 2000, "巩固<“三讲”|三讲|n>教育成果，"),
    (1998, 2001, "认真落实<“两个确保”|两个确保1998|n>，保障下岗职工基本生活，"),
    (2000, 2007, "认真实践<“三个代表”|三个代表|n>重要思想，"),
    (2001, 2006, "以<三个代表|三个代表|n>重要思想为指导，"),
    (2002, 2012, "为<全面建设小康社会|全面建设小康社会|q>而努力奋斗，"),
    (2003, 2012, "加快工业化、城镇化，推进农业现代化，实现<中原崛起|中原崛起|q>，"),
    (2005, 2006, "扎实开展保持共产党员<先进性教育|保持共产党员先进性教育活动|q>活动，"),
    (2004, 2012, "以<科学发展观|科学发展观|q>统领经济社会发展全局，"),
    (2005, 2012, "加快构建<社会主义和谐社会|和谐社会|q>，"),
    (2006, 2012, "扎实推进<社会主义新农村建设|社会主义新农村|q>，"),
    (2006, 2009, "树立以<“八荣八耻”|八荣八耻|n>为主要内容的社会主义荣辱观，"),
    (2009, 2016, "全面推行<“四议两公开”|四议两公开|n>工作法，"),
    (2010, 2012, "深入开展<创先争优|创先争优|q>活动，"),
    (2011, 2016, "积极融入<中原经济区|中原经济区|q>建设，"),
    (2011, 2014, "持续探索<“两不三新”|两不三新|n><三化协调|三化协调|q>科学发展的路子，"),
    (2013, 2018, "严格落实[中央|ORG]<八项规定|八项规定|n>精神，"),
    (2013, 2014, "扎实开展党的<群众路线教育实践活动|群众路线教育实践活动|q>，"),
    (2013, 2019, "为实现<[中国|GPE]梦|中国梦|q>凝聚力量，"),
    (2014, 2018, "建设<“富强河南、文明河南、平安河南、美丽河南”|四个河南|p>，"),
    (2014, 2017, "打好<“四张牌”|四张牌|n>，"),
    (2015, 2019, "协调推进<“四个全面”|四个全面|n>战略布局，"),
    (2015, 2016, "深入开展<“三严三实”|三严三实|n>专题教育，"),
    (2016, 2018, "推进<“两学一做”|两学一做|n>学习教育常态化制度化，"),
    (2014, 2020, "坚持<精准扶贫|精准扶贫|q>、精准脱贫基本方略，"),
    (2016, 2021, "坚决打赢<脱贫攻坚|脱贫攻坚|q>战，"),
    (2018, 2024, "全面实施<乡村振兴战略|乡村振兴|q>，"),
    (2018, 2024, "增强<“四个意识”|四个意识|n>、坚定<“四个自信”|四个自信|n>、做到<“两个维护”|两个维护|n>，"),
    (2019, 2022, "深入开展<“三清一改”|三清一改|n>村庄清洁行动，"),
    (2019, 2024, "奋力谱写新时代<中原更加出彩|中原更加出彩|q>的绚丽篇章，"),
    (2019, 2020, "巩固深化<“不忘初心、牢记使命”|不忘初心、牢记使命|q>主题教育成果，"),
    (2021, 2024, "锚定<“两个确保”|两个确保|n>、实施<“十大战略”|十大战略|n>，"),
    (2021, 2024, "深刻领悟<“两个确立”|两个确立|n>的决定性意义，"),
    (2021, 2021, "扎实开展<党史学习教育|党史学习教育|q>，"),
    (2021, 2024, "深化<“万人助万企”|万人助万企|q>活动，"),
    (2022, 2024, "深入开展<“五星”支部|五星支部|n>创建，"),
    (2022, 2024, "扎实推进<“三零”|三零创建|n>村（社区）创建，"),
    (2022, 2023, "深入开展<能力作风建设年|能力作风建设年|q>活动，"),
    (2018, 2024, "推动<高质量发展|高质量发展|q>，"),
    (2020, 2024, "加快建设<“临港新城、开放前沿”|临港新城、开放前沿|q>，"),
    (2023, 2024, "以<中国式现代化|中国式现代化|q>全面推进强国建设、民族复兴伟业，"),
]
CITY_SENT = [
    (1999, 2007, "坚持{“以工兴县、以农稳县、以商活县”|p}发展思路，"),
    (2004, 2010, "深入实施{“双百”|n}工程，"),
    (2009, 2016, "叫响{“娲皇故里·逍遥西华”|q}城市品牌，"),
    (2012, 2018, "扎实推进{“十镇百村千户”|n}示范创建，"),
    (2019, 2024, "做强{“胡辣汤+”|q}产业链，"),
    (2020, 2024, "树牢{“人人都是营商环境”|q}理念，"),
    (2021, 2024, "坚持党委领导、部门协同、群众参与，"),  # unquoted, no repeated morpheme: not a slogan
]
DISTRACT = ["{“娘家人”|x}", "{“领头雁”|x}", "{“田秀才”|x}", "{“香饽饽”|x}", "{“老大难”|x}", "{“金钥匙”|x}",
            "{“一站式”|x}", "{“主心骨”|x}", "{“钱袋子”|x}", "{“卡脖子”|x}", "{“网红”|x}"]
# an old-era sentence with words of later formulae that are NOT those formulae (era traps)
TRAPS = [(1998, 2003, "千百年来，吃饱穿暖是庄稼人的[中国|GPE]梦，如今正一步步变成现实，"),
         (2004, 2009, "推动畜牧业高质量发展，全县生猪存栏稳步增长，"),
         (1998, 2005, "乡里提出四个全面：{全面清欠、全面普查、全面建档、全面公开|p}，")]


def pick(lst, rng, y, n):
    c = [s for a, b, s in lst if a <= y <= b]
    return rng.sample(c, min(n, len(c)))


def T(tw): return f"[{tw}|TOWNSHIP]"
def V(v): return f"[{v}|VILLAGE]"
def C(c): return f"[{c}|COMMUNITY]"
def P(n): return f"[{n}|PERSON]"


def pick_village(rng, k=1, where=None):
    tws = [t for t in (where or RURAL) if len(VILLAGES.get(t, {})) >= k]
    tw = rng.choice(tws)
    return tw, rng.sample(list(VILLAGES[tw]), k)


def urban(rng, y):  # the 街道 only from 2013 on (before, the town centre: 娲城街道 stands in as an ORG-less place)
    return rng.choice(URBAN)


def art_meeting(rng, y, era):
    c = CADRES[era]
    n = {1: "八", 2: "九", 3: "十", 4: "十一", 5: "十二"}[era]
    ev = rng.choice(["全县[经济工作会议|EVENT]", "全县[农村工作会议|EVENT]", f"[县委{n}届{rng.choice(['三', '五', '六'])}次全会|EVENT]"])
    f = pick(FORMULA_SENT, rng, y, 3); s = pick(CITY_SENT, rng, y, 1)
    title = rng.choice([f"{ev}召开", "全县上下凝心聚力谋发展", "锚定目标　真抓实干"])
    speech = f"{P(c['书记'])}强调，各乡镇、各街道和县直各部门要{''.join(f)}{''.join(s)}推动[西华|GPE]各项工作走在[周口|GPE]前列。"
    paras = [f"日前，{ev}在[县行政中心|FAC]召开。[县委|ORG]书记{P(c['书记'])}出席并讲话，县长{P(c['县长'])}主持会议。",
             speech,
             f"{P(c['县长'])}要求，要当好企业和群众的{rng.choice(DISTRACT)}，切实解决群众急难愁盼问题。",
             "[县人大常委会|ORG]、[县政协|ORG]领导，各乡镇党委书记、各街道党工委书记参加会议。"]
    return dict(kind="meeting", title=title, kicker=rng.choice(["", "聚焦发展　真抓实干"]),
                subtitle=rng.choice(["", f"{P(c['书记'])}出席并讲话"]), paras=paras)


def art_theory(rng, y, era):  # 理论 page: heavy with formulae, a party-school author
    f = pick(FORMULA_SENT, rng, y, 6); s = pick(CITY_SENT, rng, y, 1); tr = pick(TRAPS, rng, y, 1)
    au = pname(rng)
    title = rng.choice(["在新起点上推动县域经济<高质量发展|高质量发展|q>" if y >= 2018 else "在新起点上加快县域经济发展",
                        "把思想和行动统一到[中央|ORG]决策部署上来", "论县域治理的“时度效”"])
    if "时度效" in title:
        title = title.replace("“时度效”", "{“时度效”|x}")
    paras = [f"□{P(au)}", f"学习是立身之本。我们要{''.join(f[:2])}在学懂弄通做实上下功夫。",
             f"{''.join(tr)}这是群众看得见的变化。要{''.join(f[2:4])}把理论优势转化为发展优势。",
             f"要{''.join(f[4:])}{''.join(s)}以钉钉子精神解决群众反映强烈的{rng.choice(DISTRACT)}问题。",
             f"（作者单位：[中共西华县委党校|ORG]）"]
    return dict(kind="theory", title=title, kicker=rng.choice(["", "理论前沿", "学习园地"]), subtitle="", paras=paras,
                byline_form="none")


def art_street(rng, y, era):
    tw = urban(rng, y); cm = rng.choice(list(COMMUNITIES[tw]))
    f = pick(FORMULA_SENT, rng, y, 1); s = pick(CITY_SENT, rng, y, 1)
    sec = pname(rng)
    title = rng.choice([f"{C(cm)}：服务零距离", "社区治理织密民生网", f"{T(tw)}让居民办事不出社区"])
    paras = [f"清晨七点，{T(tw)}{C(cm)}网格员{P(pname(rng))}已经走街串巷，逐户走访独居老人。",
             f"[{cm}党支部|ORG]书记{P(sec)}介绍，社区{''.join(f)}{''.join(s)}组建了{rng.randint(5, 20)}支志愿服务队。",
             f"居民{P(pname(rng))}说：“{rng.choice(['有事找网格员，方便多了', '小区环境一年比一年好'])}。”"]
    return dict(kind="street", title=title, kicker=rng.choice(["", "基层治理进行时"]), subtitle="", paras=paras)


def art_village(rng, y, era):
    tw, (v1, v2) = pick_village(rng, 2)
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(CITY_SENT, rng, y, 1)
    sec = pname(rng)
    crop = rng.choice(["大蒜", "辣椒", "西瓜", "小麦", "山药"])
    title = rng.choice([f"{V(v1)}：{crop}丰收　农民增收", "小产业做成大文章", f"{T(tw)}农业经济稳中有进"])
    paras = [f"本报讯　初夏时节，{T(tw)}{V(v1)}的{crop}基地一片繁忙，[{v1}{crop}种植专业合作社|ORG]的社员正在田间忙碌。",
             f"[{tw}党委|ORG]书记{P(sec)}介绍，全{'乡' if tw.endswith('乡') else '镇'}{''.join(f)}{''.join(s)}带动{rng.randint(40, 300)}户农民增收。",
             f"{V(v1)}还与邻近的{V(v2)}结成帮扶对子，村民{P(pname(rng))}被大家称为{rng.choice(DISTRACT)}。"]
    return dict(kind="village", title=title, kicker=rng.choice(["", "走基层", "乡村新貌"]), subtitle="", paras=paras)


def art_industry(rng, y, era):
    tw = rng.choice(["逍遥镇", "逍遥镇", "西华营镇", "华泰街道"])
    firm = rng.choice(["逍遥老杨家胡辣汤食品有限公司", "豫东面业有限公司", "西华县宏达纺织有限公司", "中原鞋业有限公司"])
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(CITY_SENT, rng, y, 1)
    boss = pname(rng)
    title = rng.choice(["[逍遥镇|TOWNSHIP]胡辣汤香飘全国", f"{T(tw)}：产业集群加速成长", "县域企业闯市场"])
    paras = [f"走进{T(tw)}的[{firm}|ORG]，生产线一派繁忙，今年产值预计突破{rng.randint(2, 30)}亿元。",
             f"公司董事长{P(boss)}说，企业{''.join(f)}{''.join(s)}新上了[速食胡辣汤粉生产线项目|PROJECT]。",
             f"[{'县工业和信息化局' if y >= 2019 else '县经贸委'}|ORG]负责人介绍，{T(tw)}已聚集相关企业{rng.randint(20, 200)}家。"]
    return dict(kind="industry", title=title, kicker=rng.choice(["", "产业观察"]), subtitle="", paras=paras)


def art_ecology(rng, y, era):
    tw, (v1,) = pick_village(rng, 1)
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(CITY_SENT, rng, y, 1)
    river = rng.choice(["贾鲁河", "颍河"])
    chief = pname(rng)
    title = rng.choice([f"[{river}|LOC]水清岸绿　生态向好", "守护一河清水", f"{T(tw)}：河长巡河护碧水"])
    paras = [f"连日来，[{'县生态环境局' if y >= 2019 else '县环保局'}|ORG]联合{T(tw)}对[{river}|LOC]{V(v1)}段开展巡查，推进[{river}综合治理工程|PROJECT]。",
             f"{T(tw)}{'乡' if tw.endswith('乡') else '镇'}长{P(chief)}说，{''.join(f)}{''.join(s)}已落实保洁员{rng.randint(15, 40)}名。",
             f"“{rng.choice(['河里的鱼又多起来了', '河水清了，心情也好了'])}。”{V(v1)}村民{P(pname(rng))}说。"]
    return dict(kind="ecology", title=title, kicker=rng.choice(["", "生态[西华|GPE]"]), subtitle="", paras=paras)


def art_party(rng, y, era):
    c = CADRES[era]
    tw, (v1,) = pick_village(rng, 1)
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(CITY_SENT, rng, y, 1)
    title = rng.choice(["党建引领聚合力", f"{T(tw)}夯实基层战斗堡垒", "让党旗在基层高高飘扬"])
    paras = [f"[县委组织部|ORG]着力提升村级党组织组织力。在{T(tw)}，[{v1}党支部|ORG]推行{{“党员联户”|q}}做法，每名党员联系{rng.randint(5, 12)}户群众。",
             f"[县委|ORG]常委、组织部长{P(c['组织部长'])}表示，要{''.join(f)}{''.join(s)}选派{rng.randint(30, 120)}名干部到村任职。"]
    return dict(kind="party", title=title, kicker=rng.choice(["", "基层党建"]), subtitle="", paras=paras)


def art_comment(rng, y, era):
    f = pick(FORMULA_SENT, rng, y, 3); s = pick(CITY_SENT, rng, y, 1)
    title = rng.choice(["以实干担当书写西华新篇章", "把蓝图变成施工图", "让发展成果惠及全县人民"])
    paras = [f"发展是第一要务。当前，全县上下要{''.join(f)}把心思和精力集中到抓落实上来。",
             f"要{''.join(s)}以钉钉子精神解决一批{rng.choice(DISTRACT)}问题。",
             f"让我们在[西华|GPE]这片热土上奋勇争先。"]
    return dict(kind="comment", title=title, kicker="", subtitle="", paras=paras, byline_form="comment")


KINDS = {"meeting": art_meeting, "theory": art_theory, "street": art_street, "village": art_village,
         "industry": art_industry, "ecology": art_ecology, "party": art_party, "comment": art_comment}

TOK = re.compile(r"\[([^\[\]|]+)\|([A-Z]+)\]|<((?:[^<>|\[\]]|\[[^\[\]]*\])+)\|([^<>|]+)\|([nqp])>|\{([^{}|]+)\|([nqpx])\}")
ENT = re.compile(r"\[([^\[\]|]+)\|([A-Z]+)\]")


def strip(markup, rec):
    out, pos = [], 0
    for m in TOK.finditer(markup):
        out.append(markup[pos:m.start()])
        if m.group(1):
            out.append(m.group(1)); rec["ents"].append((m.group(1), m.group(2)))
        elif m.group(3):
            printed_m, group, kind = m.group(3), m.group(4), m.group(5)
            for e in ENT.finditer(printed_m):
                rec["ents"].append((e.group(1), e.group(2)))
            printed = ENT.sub(r"\1", printed_m)
            out.append(printed)
            q = printed.startswith("“")
            rec["formulae"].append((group, printed.replace("“", "").replace("”", ""), q))
            if q or kind == "p":  # truth fix: the marked text is the quoted part (GUIDE: the shortest quoted form; “五星”支部 -> 五星)
                qt = "".join(re.findall(r"“([^”]*)”", printed)) if q else printed
                rec["quoted"].append((qt, kind, group))
            if group == "邓小平理论":
                rec["ents"].append(("邓小平", "PERSON"))
            if group == "四个河南":
                rec["ents"] += [("河南", "GPE")] * 4
            if group == "习近平新时代中国特色社会主义思想":  # truth fix: a name inside a formula counts (GUIDE)
                rec["ents"].append(("习近平", "PERSON"))
            if group in ("中原崛起", "中原经济区", "中原更加出彩"):  # truth fix: the region 中原 inside (LOC, as 华北 in 华北水塔)
                rec["ents"].append(("中原", "LOC"))
            if group == "三清一改" and markup[m.end():m.end() + 6] == "村庄清洁行动":  # truth fix: a campaign name (PROJECT, quotes inside kept)
                rec["ents"].append((printed + "村庄清洁行动", "PROJECT"))
        else:
            printed, kind = m.group(6), m.group(7)
            out.append(printed)
            if kind == "x":
                rec["distractors"].append(printed.strip("“”"))
            else:
                rec["county"].append((printed.strip("“”"), kind, printed.startswith("“")))
                rec["ents"] += [("西华", "GPE")] * printed.count("西华")
                if markup[m.end():m.end() + 2] in ("行动", "工程"):  # truth fix: “双百”工程 is a PROJECT (quotes inside kept)
                    rec["ents"].append((printed + markup[m.end():m.end() + 2], "PROJECT"))
        pos = m.end()
    out.append(markup[pos:])
    return "".join(out)


def wrap(text, w, indent):
    text = indent + text
    out, i = [], 0
    while i < len(text):
        j = min(len(text), i + w)
        while j < len(text) and text[j] in "，。、；：！？”）" and j - i < w + 2:
            j += 1
        out.append(text[i:j]); i = j
    return out


def byline(rng, era, form=None):
    a = rng.choice(REPORTERS[era]); b = pname(rng); c = pname(rng)
    forms = ["line", "lead", "wentu", "sig", "tongxun", "none", "end", "center", "two_line", "unit"]
    if era < 5:
        forms.remove("center")
    form = form or rng.choice(forms)
    if form == "comment":
        return "line", "本报评论员", []
    if form == "line":
        return "line", f"本报记者　{P(a)}", [a]
    if form == "lead":
        return "lead", (f"本报讯（记者　{P(a)}　通讯员　{P(b)}）" if era >= 3 else f"本报讯　记者{P(a)}、通讯员{P(b)}报道："), [a, b]
    if form == "wentu":
        return "line", f"文/图　本报记者　{P(a)}", [a]
    if form == "sig":
        return "end", f"（{P(b)}）", [b]
    if form == "tongxun":
        return "line", f"■特约通讯员　{P(b)}", [b]
    if form == "end":
        return "end", f"（记者　{P(a)}　通讯员　{P(b)}　报道）", [a, b]
    if form == "center":
        return "line", f"[县融媒体中心|ORG]记者　{P(a)}", [a]
    if form == "two_line":
        return "line2", f"本报记者　{P(a)}\n通讯员　{P(b)}　{P(c)}", [a, b, c]
    if form == "unit":
        return "line", f"通讯员　{P(b)}　本报记者　{P(a)}", [b, a]
    return None, "", []


def furniture(rng, d, pno, era, section):
    y, m, dd = map(int, d.split("-"))
    wd = WEEK[datetime.date(y, m, dd).weekday()]
    ed, pr = pname(rng), pname(rng)
    ds = f"{y}年{m}月{dd}日"
    if era == 1:
        if pno == 1:
            top = ["[西华报|ORG]", f"[中共西华县委|ORG]机关报　　内部资料准印证：豫周字第{rng.randint(10, 99)}号",
                   f"{ds}　星期{wd}　农历{'甲乙丙丁戊己庚辛壬癸'[(y - 4) % 10]}{'子丑寅卯辰巳午未申酉戌亥'[(y - 4) % 12]}年", f"第{rng.randint(300, 900)}期　今日四版"]
        else:
            top = [f"{ds}　星期{wd}　　　[西华报|ORG]　　　第{pno}版　{section}"]
        bottom = [f"责任编辑　{P(ed)}"]
    elif era == 2:
        if pno == 1:
            top = ["[西华报|ORG]", "XIHUA BAO", f"[中共西华县委|ORG]主办", f"{ds}　星期{wd}", f"第{rng.randint(1000, 1900)}期　今日四版"]
        else:
            top = [f"{ds}　星期{wd}　　　[西华报|ORG]　　　第{pno}版　{section}"]
        bottom = [f"责任编辑　{P(ed)}　　校对　{P(pr)}"]
    elif era == 3:
        top = [f"[西华报|ORG]　　{ds}　星期{wd}", f"{section}　A{pno}", f"编辑：{P(ed)}　版式：{P(pr)}"]
        bottom = [f"A{pno}"]
    elif era == 4:
        top = [f"{section}　{pno:02d}", f"{ds}　星期{wd}　　[西华报|ORG]", f"责编：{P(ed)}　美编：{P(pr)}"]
        bottom = ["本报地址：[西华县|GPE][娲城街道|TOWNSHIP][人民路|FAC]　　邮编：466600"]
    else:
        top = ["[西华报|ORG]", f"[西华县融媒体中心|ORG]主办　　{ds}　星期{wd}", f"第{pno:02d}版　{section}"]
        bottom = [f"本版编辑：{P(ed)}　美编：{P(pr)}　校对：{P(pname(rng))}", "扫码下载“[西华发布|ORG]”客户端"]
    return top, bottom


def bold_double(s):
    return "".join(ch * 2 if ch not in "　 ：" else ch for ch in s)


BASE = [
    ("1998-04-16", 1, "要闻", ["meeting", "village", "industry"]),
    ("1998-11-12", 3, "理论", ["theory", "comment", "village"]),
    ("1999-06-10", 1, "要闻", ["meeting", "party", "ecology"]),
    ("2000-03-09", 3, "理论", ["theory", "party", "comment"]),
    ("2001-07-05", 2, "综合", ["industry", "village", "party"]),
    ("2002-10-17", 1, "要闻", ["meeting", "comment", "village"]),
    ("2003-05-22", 3, "理论", ["theory", "village", "comment"]),
    ("2004-09-09", 1, "要闻", ["meeting", "industry", "ecology"]),
    ("2005-06-16", 2, "综合", ["party", "village", "industry"]),
    ("2006-04-13", 3, "理论", ["theory", "comment", "party"]),
    ("2007-11-08", 1, "要闻", ["meeting", "village", "comment"]),
    ("2008-07-17", 2, "综合", ["industry", "ecology", "village"]),
    ("2009-05-14", 3, "理论", ["theory", "party", "comment"]),
    ("2010-08-12", 1, "要闻", ["meeting", "industry", "village"]),
    ("2011-10-20", 3, "理论", ["theory", "comment", "party"]),
    ("2012-04-26", 1, "要闻", ["meeting", "party", "ecology"]),
    ("2013-06-20", 2, "城乡", ["street", "village", "industry"]),
    ("2014-09-25", 3, "理论", ["theory", "party", "comment"]),
    ("2015-05-14", 1, "要闻", ["meeting", "village", "comment"]),
    ("2016-07-07", 3, "理论", ["theory", "street", "party"]),
    ("2017-03-23", 1, "要闻", ["meeting", "industry", "ecology"]),
    ("2018-06-21", 3, "乡村振兴", ["village", "party", "ecology"]),
    ("2019-04-18", 1, "要闻", ["meeting", "industry", "street"]),
    ("2019-12-05", 3, "理论", ["theory", "comment", "party"]),
    ("2020-08-13", 2, "基层治理", ["street", "village", "industry"]),
    ("2021-05-20", 3, "理论", ["theory", "party", "comment"]),
    ("2022-03-17", 1, "要闻", ["meeting", "village", "street"]),
    ("2022-10-27", 3, "理论", ["theory", "comment", "ecology"]),
    ("2023-07-13", 1, "要闻", ["meeting", "industry", "village"]),
    ("2024-06-27", 3, "理论", ["theory", "party", "street"]),
]


def newrec():
    return dict(ents=[], formulae=[], quoted=[], county=[], distractors=[])


def build_page(spec):
    d, pno, sec, kinds, seed_first, seed_rest = spec["date"], spec["page"], spec["section"], spec["kinds"], spec["seed_first"], spec["seed_rest"]
    rng = random.Random(seed_rest)
    crng = random.Random(seed_first)
    y = int(d[:4]); era = era_of(y)
    if sec == "乡村振兴":
        sec = "<乡村振兴|乡村振兴|q>"
    width = rng.choice([12, 13, 14, 15, 17, 19, 21])
    indent = rng.choice(["　　", "  ", ""])
    blank = rng.random() < 0.55
    head_after = era == 3 and rng.random() < 0.7
    doubled = era <= 2 and pno == 1
    top, bottom = furniture(rng, d, pno, era, sec)
    rec = newrec()
    lines = [strip(t, rec) for t in top] + [""]
    articles = []
    if pno == 3 and sec == "理论":
        bn = {1: "高举<邓小平理论|邓小平理论|q>伟大旗帜", 2: "全面落实<科学发展观|科学发展观|q>",
              3: "加快<中原经济区|中原经济区|q>建设" if y >= 2011 else "推动科学发展　加快<中原崛起|中原崛起|q>",
              4: "协调推进<“四个全面”|四个全面|n>战略布局" if y >= 2015 else "凝聚实现<[中国|GPE]梦|中国梦|q>的强大力量",
              5: "深入学习贯彻<习近平新时代中国特色社会主义思想|习近平新时代中国特色社会主义思想|q>"}[era]
        lines += [strip(bn, rec), ""]
    if era == 5 and pno == 1 and rng.random() < 0.6:
        bn = rng.choice(["奋力谱写新时代<中原更加出彩|中原更加出彩|q>的[西华|GPE]篇章" if y >= 2019 else "决胜全面小康　建设幸福[西华|GPE]",
                         "锚定<“两个确保”|两个确保|n>　实施<“十大战略”|十大战略|n>" if y >= 2021 else "凝心聚力　建设美丽[西华|GPE]"])
        lines += [strip(bn, rec), ""]
    for ai, kname in enumerate(kinds):
        r = crng if ai < 2 else rng
        a = KINDS[kname](r, y, era)
        where, bl, names = byline(r, era, a.get("byline_form"))
        ar = newrec()
        after = head_after and ai >= len(kinds) - 2 and where != "lead"
        title = strip(a["title"], ar)
        tl = [title]
        if len(title) > 11 and rng.random() < 0.35:
            cut = title.find("　") if "　" in title else len(title) // 2
            tl = [title[:cut].strip("　"), title[cut:].strip("　")]
        tl_print = [bold_double(t) for t in tl] if (doubled and ai == 0) else tl
        head = ([strip(a["kicker"], ar)] if a["kicker"] else []) + tl_print + (["——" + strip(a["subtitle"], ar)] if a["subtitle"] else [])
        block = []
        if not after:
            block += head
            if where in ("line", "line2"):
                block += strip(bl, ar).split("\n")
        paras = list(a["paras"])
        if where == "lead":
            paras[0] = bl + paras[0].replace("本报讯　", "")
        theory_author = None
        for p in paras:
            if p.startswith("□"):
                block.append(strip(p, ar)); theory_author = ENT.sub(r"\1", p)[1:]
                continue
            block += wrap(strip(p, ar), width, indent)
        if where == "end":
            block[-1] += strip(bl, ar)
        if after:
            if where in ("line", "line2"):
                block += strip(bl, ar).split("\n")
            block += head
        lines += block
        if blank:
            lines.append("")
        for k in rec:
            rec[k] += ar[k]
        body = "".join(strip(p, newrec()) for p in paras if not p.startswith("□"))
        if theory_author:
            names = [theory_author]; bl = "□" + theory_author
        fq = {}
        for g, pr_, q in ar["formulae"]:
            fq.setdefault(g, [0, 0]); fq[g][0 if q else 1] += 1
        articles.append(dict(title="".join(tl) if len(tl) == 1 else tl[0] + tl[1], byline=names,
                             byline_text=re.sub(r"\[([^|\]]+)\|[A-Z]+\]", r"\1", bl), kind=a["kind"],
                             headline_after=after, doubled=doubled and ai == 0, body_chars=len(re.sub(r"\s", "", body)),
                             formulae=sorted(fq), formula_quoted_unquoted=fq,
                             places=sorted({t for t, l in ar["ents"] if l in ("TOWNSHIP", "VILLAGE", "COMMUNITY")})))
    if rng.random() < 0.5:
        lines.append({1: "简讯", 2: "简讯", 3: "乡镇简讯", 4: "乡镇快讯", 5: "【乡镇快讯】"}[era])
        for _ in range(rng.randint(2, 3)):
            tw, (v1,) = pick_village(rng, 1)
            tn = urban(rng, y); cm = rng.choice(list(COMMUNITIES[tn]))
            t, body = rng.choice([
                (f"{T(tw)}开展防汛演练", f"日前，{T(tw)}组织干部群众{rng.randint(40, 120)}人在{V(v1)}开展防汛应急演练。"),
                (f"{T(tn)}开展网格员培训", f"近日，{T(tn)}组织{rng.randint(50, 150)}名网格员集中培训，{C(cm)}网格员作了经验交流。"),
                (f"{V(v1)}新建文化活动室", f"由{T(tw)}投资建设的[{v1}文化活动室|FAC]日前投入使用。"),
                (f"{T(tw)}{{“三夏”|n}}生产忙", f"{T(tw)}组织农机{rng.randint(100, 400)}台抢收小麦，{V(v1)}麦收已过七成。"),
            ])
            sig = pname(rng)
            tp = strip(t, rec)
            lines.append(("◆" if era < 4 else "■") + tp)
            lines += wrap(strip(body + f"（{P(sig)}）", rec), width, indent)
            articles.append(dict(title=tp, byline=[sig], byline_text=f"（{sig}）", kind="brief", headline_after=False,
                                 doubled=False, body_chars=len(strip(body, newrec())), formulae=[], places=[]))
        lines.append("")
    if rng.random() < 0.5:
        tw, (v1,) = pick_village(rng, 1)
        ph = pname(rng)
        cap = f"图为{T(tw)}{V(v1)}村民在晾晒辣椒。　{P(ph)}　摄" if rng.random() < 0.5 else f"▲{T(tw)}{V(v1)}新貌。　本报记者　{P(ph)}　摄"
        lines += wrap(strip(cap, rec), width, "") + [""]
        articles.append(dict(title="", byline=[ph], byline_text=f"{ph} 摄", kind="photo", headline_after=False, doubled=False,
                             body_chars=0, formulae=[], places=[]))
    for b in bottom:
        lines.append(strip(b, rec))
    return "\n".join(lines) + "\n", articles, rec


def norm(s):
    return re.sub(r"[\s“”‘’「」]", "", s)


def specs():
    out = []
    for i, (d, p, s, k) in enumerate(BASE):
        out.append(dict(date=d, page=p, section=s, kinds=k, seed_first=3200 + i, seed_rest=3200 + i, base=i))
    rng = random.Random(32)
    taken = {(d, p) for d, p, _, _ in BASE}
    for j in range(120):
        i = j % 30
        d0, p, s, k = BASE[i]
        e = era_of(int(d0[:4])); lo, hi = ERAS[e]
        while True:
            dd = datetime.date.fromisoformat(d0) + datetime.timedelta(days=rng.randint(7, 700))
            if dd.year > hi:
                dd = datetime.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
            pp = rng.choice([p, p, rng.randint(1, 4)])
            if (dd.isoformat(), pp) not in taken:
                break
        taken.add((dd.isoformat(), pp))
        kk = list(k[:2]) + rng.sample([x for x in KINDS if x not in k[:2]], rng.randint(1, 3))
        if pp == 1 and "meeting" not in kk:
            kk[-1] = "meeting"
        if pp == 3 and "theory" not in kk:
            kk[0] = "theory"
        sec = {1: "要闻", 2: rng.choice(["综合", "城乡"]), 3: "理论", 4: "乡村振兴" if dd.year >= 2018 else "农村"}[pp]
        out.append(dict(date=dd.isoformat(), page=pp, section=sec, kinds=kk, seed_first=3200 + i, seed_rest=5200 + j, base=i))
    return sorted(out, key=lambda s: (s["date"], s["page"]))


def main():
    os.makedirs(os.path.join(OUT, "pages"), exist_ok=True)
    for f in os.listdir(os.path.join(OUT, "pages")):
        os.remove(os.path.join(OUT, "pages", f))
    truth = {"county": COUNTY, "county_code": CODE, "paper": PAPER, "province": "河南", "city": "周口市",
             "formula_year": FORMULA_YEAR, "formula_level": LEVEL, "pages": []}
    man = []
    for k, sp in enumerate(specs()):
        text, arts, rec = build_page(sp)
        d, pno = sp["date"], sp["page"]
        stem = f"{d}_p{pno}"
        open(os.path.join(OUT, "pages", stem + ".txt"), "w", encoding="utf-8").write(text)
        flat = norm(text)
        ents = {}
        for t, lab in rec["ents"]:
            ents[(t, lab)] = ents.get((t, lab), 0) + 1
        places = []
        for (t, lab), n in ents.items():
            if lab not in ("TOWNSHIP", "VILLAGE", "COMMUNITY"):
                continue
            code = TOWNSHIPS.get(t)
            if lab == "VILLAGE":
                code = next((vv[t] for vv in VILLAGES.values() if t in vv), None)
            if lab == "COMMUNITY":
                code = next((vv[t] for vv in COMMUNITIES.values() if t in vv), None)
            places.append(dict(text=t, label=lab, code=code, count=n))
        slog = {}
        quoted_c = {t for t, kk, q in rec["county"] if q}
        for t, kk, q in rec["county"]:
            if kk in ("n", "q") and t not in quoted_c:
                continue
            slog[t] = {"n": "numbered", "p": "parallel", "q": "quoted"}[kk]
        for t, kk, g in rec["quoted"]:
            slog[t] = {"n": "numbered", "p": "parallel", "q": "quoted"}[kk]
        slogans = [dict(text=t, kind=kk, count=flat.count(norm(t))) for t, kk in sorted(slog.items())]
        formulae, fquoted, fprinted = {}, {}, {}
        for g, pr_, q in rec["formulae"]:
            formulae[g] = formulae.get(g, 0) + 1
            fquoted[g] = fquoted.get(g, 0) + int(q)
            fprinted.setdefault(g, set()).add(pr_)
        inman = k % 3 == 0
        truth["pages"].append(dict(file=stem + ".txt", issue=stem, date=d, year=int(d[:4]), page=pno,
                                   in_manifest=inman, base=sp["base"], reprint=sp["seed_rest"] >= 5000,
                                   chars=len(re.sub(r"\s", "", text)),
                                   articles=arts, entities=[dict(text=t, label=l, count=n) for (t, l), n in sorted(ents.items())],
                                   places=places, slogans=slogans, distractors=sorted(set(rec["distractors"])),
                                   formulae=formulae, formulae_quoted=fquoted,
                                   formulae_printed={g: sorted(v) for g, v in fprinted.items()}))
        if inman:
            man.append(dict(file=stem + ".txt", paper=PAPER, county=COUNTY, county_code=CODE, date=d,
                            date_precision="day", date_note="printed date line"))
    with open(os.path.join(OUT, "pages", "manifest.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "paper", "county", "county_code", "date", "date_precision", "date_note"])
        w.writeheader(); w.writerows(man)
    fy = {}
    for p in truth["pages"]:
        for g, n in p["formulae"].items():
            fy.setdefault(g, []).append((p["year"], n, p["formulae_quoted"][g]))
    truth["formula_years"] = {g: dict(first=min(y for y, _, _ in v), last=max(y for y, _, _ in v), count=sum(n for _, n, _ in v),
                                      quoted=sum(q for _, _, q in v), n_issues=len(v), year=FORMULA_YEAR.get(g),
                                      level=LEVEL.get(g), years=sorted({y for y, _, _ in v})) for g, v in sorted(fy.items())}
    cy = {}
    for p in truth["pages"]:
        for s in p["slogans"]:
            cy.setdefault(s["text"], []).append(p["year"])
    truth["slogan_years"] = {g: dict(first=min(v), last=max(v)) for g, v in sorted(cy.items())}
    json.dump(truth, open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    P_ = truth["pages"]
    print(len(P_), "pages;", sum(len(p["articles"]) for p in P_), "articles,", sum(p["chars"] for p in P_), "chars,",
          sum(e["count"] for p in P_ for e in p["entities"]), "entity mentions,", sum(len(p["slogans"]) for p in P_),
          "page-slogans;", len(man), "in manifest;", len(truth["formula_years"]), "formulae,",
          sum(v["count"] for v in truth["formula_years"].values()), "formula mentions")


if __name__ == "__main__":
    main()
