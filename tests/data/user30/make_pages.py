#!/usr/bin/env python3
"""Invented pages of 鄂温克草原报 (an invented paper of 鄂温克族自治旗 150724, 呼伦贝尔市, 内蒙古; a 民族自治旗), 1998-2024,
as PDF-to-text output.

Seeded and re-runnable: `python make_pages.py` rewrites pages/*.txt, pages/manifest.csv (60 of the 120 pages) and
truth.json.  Written BEFORE the library was run on the pages.

40 base pages are laid out one by one (date, page number, section, era furniture, article kinds chosen per page in
BASE below); 80 further pages are "reprints with drift": each takes one base page's seed for its first two articles
(so headlines, sentences and names recur, as a county paper repeats itself), a later date in the same era (so the
formulae drift with the year), and fresh seeds for the rest, for the column width and for the furniture.

Template markup (stripped from the page, recorded in the truth):
  [text|LABEL]          an entity (GUIDE labels)
  <printed|group|kind>  a known national/regional formula; printed may carry “” (then also a marked slogan)
  {printed|kind}        the banner's own slogan (kind n/p/q); printed may carry “”
  {printed|x}           a quoted phrase that is NOT a slogan (distractor)
Truth fixes after the first run (pages unchanged, md5 checked; truth_before_fix.json is the first truth): 旗政务服务中心
is ORG (an organisation's name for its premises, GUIDE borderline 5); X苏木党委 and X镇民族体育场 are one ORG / FAC (the
owning township stays inside, GUIDE: 孟山村党支部); 邓小平 in 邓小平理论 is a PERSON (a name inside a formula, GUIDE:
右玉 in 右玉精神); a 嘎查 whose name two 苏木 share takes the township the article names (200 characters back, not 30).
Front-page headlines of 1998-2007 print with doubled bold glyphs (草草原原) as PDF extraction of fake-bold type gives
them; the truth keeps the single title.
"""
import csv, datetime, json, os, random, re

OUT = os.path.dirname(os.path.abspath(__file__))
COUNTY, CODE, PAPER = "鄂温克族自治旗", "150724", "鄂温克草原报"
TOWNSHIPS = {"巴彦托海镇": "150724100", "大雁镇": "150724110", "伊敏河镇": "150724111", "红花尔基镇": "150724112",
             "巴彦嵯岗苏木": "150724210", "锡尼河西苏木": "150724211", "锡尼河东苏木": "150724212",
             "巴彦塔拉达斡尔民族乡": "150724213", "伊敏苏木": "150724214", "辉苏木": "150724215"}
VILLAGES = {  # 嘎查 (real, admin_divisions_china); 巴彦乌拉嘎查 twice (锡尼河东苏木, 辉苏木)
    "巴彦托海镇": {"雅尔赛嘎查": "150724100204", "团结嘎查": "150724100206", "巴彦托海嘎查": "150724100207"},
    "伊敏河镇": {"永丰嘎查": "150724111200"},
    "巴彦嵯岗苏木": {"莫和尔图嘎查": "150724210200", "扎格德木丹嘎查": "150724210201", "阿拉坦敖希特嘎查": "150724210202"},
    "锡尼河西苏木": {"特莫胡珠嘎查": "150724211200", "好力宝嘎查": "150724211201", "西博嘎查": "150724211203"},
    "锡尼河东苏木": {"孟根楚鲁嘎查": "150724212204", "维特根嘎查": "150724212207", "巴彦乌拉嘎查": "150724212206"},
    "巴彦塔拉达斡尔民族乡": {"巴音布拉尔嘎查": "150724213200", "巴音诺尔嘎查": "150724213201", "巴音温都尔嘎查": "150724213203"},
    "伊敏苏木": {"吉敦猎民嘎查": "150724214200", "毕鲁图嘎查": "150724214202", "红花尔基嘎查": "150724214201"},
    "辉苏木": {"完工托海嘎查": "150724215200", "乌兰宝力格嘎查": "150724215203", "巴彦乌拉嘎查": "150724215205"},
}
RURAL = list(VILLAGES)
COMMUNITIES = {"巴彦托海镇": {"安门社区": "150724100004", "图库莲社区": "150724100005", "瑟宾社区": "150724100012"},
               "大雁镇": {"向华社区": "150724110028", "雁北社区": "150724110033", "金雁社区": "150724110035"},
               "伊敏河镇": {"明珠社区": "150724111004", "滨河社区": "150724111012"},
               "红花尔基镇": {"安园社区": "150724112001"}}
TOWNS = list(COMMUNITIES)

HAN_S = list("王张刘李赵孙郭杜何吴涂孟敖鄂索")
GIVEN = list("志建明海华春文国振永秀玉金晓丽德辉俊芳宏伟荣桂英军林")
MONG = ["乌云其木格", "巴特尔", "萨仁图雅", "额尔敦", "朝鲁门", "那仁满都拉", "敖登格日乐", "宝音德力格尔", "其其格",
        "孟和", "斯琴", "阿拉坦仓", "乌力吉", "吉日嘎拉", "图雅", "娜仁花", "苏和", "达古拉"]


def pname(rng):
    if rng.random() < 0.45:
        return rng.choice(MONG)
    return rng.choice(HAN_S) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.75 else "")


ERAS = {1: (1998, 2002), 2: (2003, 2007), 3: (2008, 2012), 4: (2013, 2019), 5: (2020, 2024)}
CADRES = {1: {"书记": "鄂振华", "旗长": "索德那木", "副旗长": "何桂英", "组织部长": "孟宪军", "统战部长": "乌力吉"},
          2: {"书记": "王建林", "旗长": "阿拉坦仓", "副旗长": "杜秀芳", "组织部长": "郭志宏", "统战部长": "萨仁图雅"},
          3: {"书记": "孙国振", "旗长": "额尔敦巴雅尔", "副旗长": "涂晓丽", "组织部长": "赵德辉", "统战部长": "敖登格日乐"},
          4: {"书记": "李文海", "旗长": "朝鲁门", "副旗长": "鄂春燕", "组织部长": "吴永刚", "统战部长": "娜仁其其格"},
          5: {"书记": "张振宇", "旗长": "巴特尔", "副旗长": "敖金玲", "组织部长": "刘海明", "统战部长": "宝音德力格尔"}}
REPORTERS = {1: ["杜玉华", "孟和", "王春"], 2: ["何建", "斯琴", "郭丽"], 3: ["涂文斌", "吉日嘎拉", "赵晓芳"],
             4: ["敖林", "娜仁花", "孙宏"], 5: ["鄂俊", "其其格", "李晓英", "苏和"]}
WEEK = "一二三四五六日"


def era_of(y):
    return next(e for e, (a, b) in ERAS.items() if a <= y <= b)


FORMULA_SENT = [
    (1998, 2002, "高举<邓小平理论|邓小平理论|q>伟大旗帜，"),
    (1998, 2000, "扎实开展<“三讲”|三讲|n>教育，"),
    (2000, 2010, "抓住<西部大开发|西部大开发|q>的历史机遇，"),
    (2000, 2007, "认真实践<“三个代表”|三个代表|n>重要思想，"),
    (2001, 2006, "以<三个代表|三个代表|n>重要思想为指导，"),  # unquoted: a formula, no marked slogan
    (2003, 2012, "为<全面建设小康社会|全面建设小康社会|q>而努力奋斗，"),
    (2005, 2006, "扎实开展保持共产党员<先进性教育|保持共产党员先进性教育活动|q>活动，"),
    (2004, 2012, "以<科学发展观|科学发展观|q>统领经济社会发展全局，"),
    (2005, 2012, "加快构建<社会主义和谐社会|和谐社会|q>，"),
    (2006, 2012, "扎实推进<社会主义新农村新牧区建设|社会主义新农村新牧区|q>，"),
    (2006, 2009, "树立以<“八荣八耻”|八荣八耻|n>为主要内容的社会主义荣辱观，"),
    (2010, 2012, "深入开展<创先争优|创先争优|q>活动，"),
    (2011, 2013, "认真落实[自治区党委|ORG]<“8337”|8337发展思路|n>发展思路，"),
    (2013, 2018, "严格落实[中央|ORG]<八项规定|八项规定|n>精神，"),
    (2013, 2014, "扎实开展党的<群众路线教育实践活动|群众路线教育实践活动|q>，"),
    (2013, 2019, "为实现<中国梦|中国梦|q>凝聚力量，"),
    (2014, 2017, "全力推进<“十个全覆盖”|十个全覆盖|n>工程，"),
    (2014, 2024, "<守望相助|守望相助|q>，把祖国北部边疆这道<风景线|北疆亮丽风景线|q>打造得更加亮丽，"),
    (2015, 2019, "协调推进<“四个全面”|四个全面|n>战略布局，"),
    (2016, 2018, "推进<“两学一做”|两学一做|n>学习教育常态化制度化，"),
    (2014, 2020, "坚持<精准扶贫|精准扶贫|q>、精准脱贫基本方略，"),
    (2016, 2021, "坚决打赢<脱贫攻坚|脱贫攻坚|q>战，"),
    (2018, 2024, "全面实施<乡村振兴战略|乡村振兴|q>，"),
    (2018, 2024, "按照<“产业兴旺、生态宜居、乡风文明、治理有效、生活富裕”|乡村振兴二十字总要求|p>的总要求，"),
    (2019, 2020, "巩固深化<“不忘初心、牢记使命”|不忘初心、牢记使命|q>主题教育成果，"),
    (2019, 2024, "以<铸牢中华民族共同体意识|铸牢中华民族共同体意识|q>为主线，"),
    (2018, 2024, "增强<“四个意识”|四个意识|n>、坚定<“四个自信”|四个自信|n>、做到<“两个维护”|两个维护|n>，"),
    (2021, 2024, "深刻领悟<“两个确立”|两个确立|n>的决定性意义，"),
    (2021, 2021, "扎实开展<党史学习教育|党史学习教育|q>，"),
    (2023, 2024, "以<中国式现代化|中国式现代化|q>全面推进强国建设，"),
    (2023, 2024, "奋力完成<“五大任务”|五大任务|n>，"),
    (2024, 2024, "推进<乡村全面振兴|乡村全面振兴|q>，"),
    (2017, 2024, "践行<“绿水青山就是金山银山”|绿水青山就是金山银山|q>理念，"),
    (2021, 2024, "努力在建设<“两个屏障”|两个屏障|n>、<“两个基地”|两个基地|n>和<“一个桥头堡”|一个桥头堡|n>上展现新作为，"),
]
UNITY = [  # the ethnic-unity formula across the eras (the persona's main thread)
    (1998, 2024, "深入开展<民族团结进步创建|民族团结进步创建|q>活动，"),
    (2005, 2018, "牢固树立<“三个离不开”|三个离不开|n>思想，"),
    (2014, 2024, "促进各民族<像石榴籽一样紧紧抱在一起|石榴籽|q>，"),
    (2019, 2024, "铸牢<中华民族共同体意识|铸牢中华民族共同体意识|q>，"),
    (2020, 2024, "全面推行<国家通用语言文字|国家通用语言文字|q>教育，"),
]
COUNTY_SENT = [
    (1998, 2008, "坚定不移实施{“生态立旗、畜牧稳旗、旅游兴旗”|p}战略，"),
    (1999, 2005, "深入开展{“双增双提”|n}活动，"),
    (2004, 2012, "大力实施{“一苏木一业、一嘎查一品”|n}工程，"),
    (2008, 2014, "全力打造{“草原森林旅游名旗”|q}，"),
    (2013, 2020, "建设{“生态鄂温克、文化鄂温克、和谐鄂温克”|p}，"),
    (2014, 2016, "落实{“三到村三到户”|n}扶贫机制，"),
    (2016, 2021, "推行{“五个一批”|n}脱贫路径，"),
    (2019, 2024, "推行{“党建+嘎查”|q}模式，"),
    (2021, 2024, "开展{“一嘎查一名片”|n}创建，"),
    (2022, 2024, "坚持党建引领、牧民主体、多元共治，"),  # unquoted, no repeated morpheme: not a slogan
    (2023, 2024, "实施{“驼铃领航”|q}行动，"),
]
DISTRACT = ["{“领头羊”|x}", "{“娘家人”|x}", "{“土专家”|x}", "{“钱袋子”|x}", "{“老大难”|x}", "{“家门口”|x}",
            "{“一站式”|x}", "{“主心骨”|x}", "{“金名片”|x}", "{“马背宣讲员”|x}", "{“草原110”|x}", "{“额吉”|x}"]


def pick(lst, rng, y, n):
    c = [s for a, b, s in lst if a <= y <= b]
    return rng.sample(c, min(n, len(c)))


def T(tw): return f"[{tw}|TOWNSHIP]"
def V(v): return f"[{v}|VILLAGE]"
def C(c): return f"[{c}|COMMUNITY]"
def P(n): return f"[{n}|PERSON]"


def pick_village(rng, k=1):
    tw = rng.choice([t for t in RURAL if len(VILLAGES[t]) >= k])
    return tw, rng.sample(list(VILLAGES[tw]), k)


def grp(markup):
    return sorted({g for g in re.findall(r"<[^<>|]+\|([^<>|]+)\|[nqp]>", markup)})


def art_meeting(rng, y, era):
    c = CADRES[era]
    n = {1: "九", 2: "十", 3: "十一", 4: "十二", 5: "十三"}[era]
    ev = rng.choice(["全旗[经济工作会议|EVENT]", "全旗[牧区工作会议|EVENT]", f"[旗委{n}届{rng.choice(['三', '五', '六'])}次全会|EVENT]"])
    f = pick(FORMULA_SENT, rng, y, 3); s = pick(COUNTY_SENT, rng, y, 1); u = pick(UNITY, rng, y, 1)
    title = rng.choice([f"{ev}召开", "全旗上下凝心聚力谋发展", "锚定目标　真抓实干"])
    speech = f"{P(c['书记'])}强调，各苏木乡镇、各部门要{''.join(f)}{''.join(s)}{''.join(u)}推动[鄂温克族自治旗|GPE]各项工作走在[呼伦贝尔|GPE]前列。"
    paras = [f"日前，{ev}在[旗政务服务中心|ORG]召开。[旗委|ORG]书记{P(c['书记'])}出席并讲话，旗长{P(c['旗长'])}主持会议。",
             speech,
             f"{P(c['旗长'])}要求，要当好牧民群众的{rng.choice(DISTRACT)}，切实解决群众急难愁盼问题。",
             "[旗人大常委会|ORG]、[旗政协|ORG]领导，各苏木乡镇党委书记参加会议。"]
    return dict(kind="meeting", title=title, kicker=rng.choice(["", "聚焦发展　真抓实干"]),
                subtitle=rng.choice(["", f"{P(c['书记'])}出席并讲话"]), paras=paras, speakers={c["书记"]: grp(speech)})


def art_unity(rng, y, era):
    c = CADRES[era]
    tw, (v1,) = pick_village(rng, 1)
    f = pick(FORMULA_SENT, rng, y, 1); u = pick(UNITY, rng, y, 2)
    speech = f"[旗委|ORG]常委、统战部长{P(c['统战部长'])}说，要{''.join(u)}{''.join(f)}让民族团结之花开遍草原。"
    title = rng.choice([f"{V(v1)}：各族群众一家亲", "民族团结之花开遍草原", f"{T(tw)}民族团结创建结硕果"])
    paras = [f"在{T(tw)}{V(v1)}，鄂温克族、蒙古族、达斡尔族、汉族牧民比邻而居，和睦相处。",
             f"牧民{P(pname(rng))}家的蒙古包里挂着一面“民族团结模范家庭”的牌匾。{P(pname(rng))}说：“{rng.choice(['我们几个民族的孩子一起长大', '邻里有事大家都来帮忙'])}。”",
             speech,
             f"近年来，[旗民族事务委员会|ORG]在{T(tw)}建成民族团结进步教育基地{rng.randint(2, 9)}个。"]
    return dict(kind="unity", title=title, kicker=rng.choice(["", "民族团结进步进行时"]), subtitle="", paras=paras,
                speakers={c["统战部长"]: grp(speech)})


def art_pasture(rng, y, era):
    tw, (v1, v2) = pick_village(rng, 2)
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(COUNTY_SENT, rng, y, 1)
    sec = pname(rng)
    coop = rng.choice(["三河马养殖专业合作社", "草原红牛牧民专业合作社", "驯鹿文化旅游合作社"])
    speech = f"[{tw}党委|ORG]书记{P(sec)}介绍，苏木{''.join(f)}{''.join(s)}带动{rng.randint(40, 300)}户牧民增收。"
    title = rng.choice([f"{V(v1)}：草畜平衡　牧民增收", "小牧场做成大产业", f"{T(tw)}牧业经济稳中有进"])
    paras = [f"本报讯　初夏时节，{T(tw)}{V(v1)}的草场一片新绿，[{coop}|ORG]的牛羊散落在[锡尼河|LOC]两岸。",
             speech,
             f"{V(v1)}还与邻近的{V(v2)}结成帮扶对子，牧民{P(pname(rng))}被大家称为{rng.choice(DISTRACT)}。"]
    return dict(kind="pasture", title=title, kicker=rng.choice(["", "走基层", "牧区新貌"]), subtitle="", paras=paras,
                speakers={sec: grp(speech)})


def art_ecology(rng, y, era):
    tw, (v1,) = pick_village(rng, 1)
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(COUNTY_SENT, rng, y, 1)
    river = rng.choice(["伊敏河", "辉河", "锡尼河"])
    chief = pname(rng)
    speech = f"{T(tw)}副苏木达{P(chief)}说，{''.join(f)}{''.join(s)}全苏木已落实管护员{rng.randint(15, 40)}名。"
    title = rng.choice([f"{river}水清岸绿　草原生态向好", "守护一河清水", f"{T(tw)}：禁牧休牧护草原"])
    paras = [f"连日来，[{'旗林业和草原局' if y >= 2019 else '旗林业局'}|ORG]联合{T(tw)}对[{river}|LOC]{V(v1)}段开展巡查，推进[{river}流域综合治理工程|PROJECT]。",
             speech,
             f"“{rng.choice(['河边的天鹅又多起来了', '草长高了，羊也肥了'])}。”{V(v1)}牧民{P(pname(rng))}说。",
             f"在[红花尔基樟子松林|LOC]，护林员{P(pname(rng))}已经坚守了{rng.randint(8, 30)}年。"]
    return dict(kind="ecology", title=title, kicker=rng.choice(["", "生态[鄂温克|GPE]"]), subtitle="", paras=paras,
                speakers={chief: grp(speech)})


def art_poverty(rng, y, era):
    c = CADRES[era]
    tw, (v1,) = pick_village(rng, 1)
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(COUNTY_SENT, rng, y, 1)
    speech = f"副旗长{P(c['副旗长'])}在{V(v1)}调研时指出，要{''.join(f)}{''.join(s)}让牧民的日子越过越红火。"
    title = rng.choice(["帮扶路上暖人心", f"{V(v1)}走上致富路", "真帮实扶　牧民增收"])
    paras = [f"“{rng.choice(['以前冬天最怕白灾', '现在家家都住上了砖瓦房'])}。”{T(tw)}{V(v1)}牧民{P(pname(rng))}说。",
             speech,
             f"今年，{T(tw)}实施了[牧区饮水安全工程|PROJECT]，解决了{rng.randint(100, 900)}名牧民的吃水问题。"]
    return dict(kind="poverty", title=title, kicker=rng.choice(["", "牧区民生"]), subtitle="", paras=paras,
                speakers={c["副旗长"]: grp(speech)})


def art_culture(rng, y, era):
    tw = rng.choice(TOWNS); cm = rng.choice(list(COMMUNITIES[tw]))
    f = pick(FORMULA_SENT, rng, y, 1); u = pick(UNITY, rng, y, 1)
    ev = rng.choice(["[瑟宾节|EVENT]", "[鄂温克族自治旗那达慕大会|EVENT]", "[草原文化节|EVENT]"])
    lead = pname(rng)
    speech = f"[鄂温克族自治旗乌兰牧骑|ORG]队长{P(lead)}说，队员们{''.join(f)}{''.join(u)}把演出送到牧民家门口。"
    title = rng.choice([f"{ev}在{T(tw)}开幕", "乌兰牧骑唱响草原新歌", f"{C(cm)}居民共度传统节日"])
    paras = [f"本报讯　日前，{ev}在[{tw}民族体育场|FAC]开幕，{C(cm)}等社区的各族群众身着民族服装参加活动。",
             speech,
             f"来自[海拉尔区|GPE]的游客{P(pname(rng))}说，第一次看到鄂温克族的萨满舞，很震撼。"]
    return dict(kind="culture", title=title, kicker=rng.choice(["", "文化[鄂温克|GPE]"]), subtitle="", paras=paras,
                speakers={lead: grp(speech)})


def art_party(rng, y, era):
    c = CADRES[era]
    tw, (v1,) = pick_village(rng, 1)
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(COUNTY_SENT, rng, y, 1)
    speech = f"[旗委|ORG]常委、组织部长{P(c['组织部长'])}表示，要{''.join(f)}{''.join(s)}选派{rng.randint(30, 120)}名干部到嘎查任职。"
    title = rng.choice(["党建引领聚合力", f"{T(tw)}夯实基层战斗堡垒", "让党旗在草原上高高飘扬"])
    paras = [f"[旗委组织部|ORG]着力提升嘎查党组织组织力。在{T(tw)}，[{v1}党支部|ORG]推行{{“党员联户”|q}}做法，每名党员联系{rng.randint(5, 12)}户牧民。",
             speech]
    return dict(kind="party", title=title, kicker=rng.choice(["", "基层党建"]), subtitle="", paras=paras,
                speakers={c["组织部长"]: grp(speech)})


def art_community(rng, y, era):
    tw = rng.choice(TOWNS); cm = rng.choice(list(COMMUNITIES[tw]))
    f = pick(FORMULA_SENT, rng, y, 1); u = pick(UNITY, rng, y, 1)
    sec = pname(rng)
    speech = f"[{cm}党委|ORG]书记{P(sec)}介绍，社区{''.join(f)}{''.join(u)}组建了{rng.randint(5, 20)}支志愿服务队。"
    title = rng.choice([f"{C(cm)}：服务零距离", "社区治理织密民生网", f"{T(tw)}让居民办事不出社区"])
    paras = [f"清晨七点，{T(tw)}{C(cm)}网格员{P(pname(rng))}已经走街串巷，逐户走访独居老人。", speech]
    return dict(kind="community", title=title, kicker=rng.choice(["", "基层治理进行时"]), subtitle="", paras=paras,
                speakers={sec: grp(speech)})


def art_comment(rng, y, era):
    f = pick(FORMULA_SENT, rng, y, 3); s = pick(COUNTY_SENT, rng, y, 1); u = pick(UNITY, rng, y, 1)
    title = rng.choice(["以实干担当书写草原新篇章", "把蓝图变成施工图", "让民族团结之花常开长盛"])
    paras = [f"发展是第一要务。当前，全旗上下要{''.join(f)}把心思和精力集中到抓落实上来。",
             f"要{''.join(s)}{''.join(u)}以钉钉子精神解决一批{rng.choice(DISTRACT)}问题。",
             f"让我们在[鄂温克|GPE]这片草原上奋勇争先。"]
    return dict(kind="comment", title=title, kicker="", subtitle="", paras=paras, byline_form="comment", speakers={})


KINDS = {"meeting": art_meeting, "unity": art_unity, "pasture": art_pasture, "ecology": art_ecology,
         "poverty": art_poverty, "culture": art_culture, "party": art_party, "community": art_community,
         "comment": art_comment}

TOK = re.compile(r"\[([^\[\]|]+)\|([A-Z]+)\]|<([^<>|]+)\|([^<>|]+)\|([nqp])>|\{([^{}|]+)\|([nqpx])\}")


def strip(markup, rec):
    out, pos = [], 0
    for m in TOK.finditer(markup):
        out.append(markup[pos:m.start()])
        if m.group(1):
            out.append(m.group(1)); rec["ents"].append((m.group(1), m.group(2)))
        elif m.group(3):
            printed, group, kind = m.group(3), m.group(4), m.group(5)
            out.append(printed); rec["formulae"].append((group, printed.strip("“”")))
            if printed.startswith("“") or kind == "p":
                rec["quoted"].append((printed.strip("“”"), kind, group))
            if group == "邓小平理论":  # truth fix: a name inside a formula still counts (GUIDE: 右玉 in 右玉精神)
                rec["ents"].append(("邓小平", "PERSON"))
            if group == "十个全覆盖":
                rec["ents"].append(("“十个全覆盖”工程", "PROJECT"))
        else:
            printed, kind = m.group(6), m.group(7)
            out.append(printed)
            if kind == "x":
                rec["distractors"].append(printed.strip("“”"))
            else:
                rec["county"].append((printed.strip("“”"), kind, printed.startswith("“")))
                rec["ents"] += [("鄂温克", "GPE")] * printed.count("鄂温克")  # a name inside a slogan still counts (GUIDE)
                if markup[m.end():m.end() + 2] in ("行动", "工程"):
                    rec["ents"].append((printed.strip("“”") + markup[m.end():m.end() + 2], "PROJECT"))
        pos = m.end()
    out.append(markup[pos:])
    return "".join(out)


def fix_project_quotes(rec):
    # “十个全覆盖”工程: the quotes inside the name are kept (GUIDE); “驼铃领航”行动 likewise
    rec["ents"] = [(("“驼铃领航”行动" if t == "驼铃领航行动" else t), l) for t, l in rec["ents"]]


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
    forms = ["line", "lead", "wentu", "sig", "tongxun", "none", "end", "center", "zhuanwen", "two_line", "mtrans"]
    if era < 5:
        forms.remove("center")
    if era < 3:
        forms.remove("zhuanwen")
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
        return "line", f"[旗融媒体中心|ORG]记者　{P(a)}", [a]
    if form == "zhuanwen":
        return "line", f"撰文：{P(a)}　摄影：{P(b)}", [a, b]
    if form == "two_line":
        return "line2", f"本报记者　{P(a)}\n通讯员　{P(b)}　{P(c)}", [a, b, c]
    if form == "mtrans":  # a Mongolian-language staff reporter with a translator
        return "line", f"本报记者　{P(a)}　翻译　{P(c)}", [a, c]
    return None, "", []


def furniture(rng, d, pno, era, section):
    y, m, dd = map(int, d.split("-"))
    wd = WEEK[datetime.date(y, m, dd).weekday()]
    ed, pr = pname(rng), pname(rng)
    ds = f"{y}年{m}月{dd}日"
    if era == 1:
        if pno == 1:
            top = ["鄂温克草原报", f"[中共鄂温克族自治旗委员会|ORG]机关报　　内部准印证：蒙呼字第{rng.randint(10, 99)}号",
                   f"{ds}　星期{wd}　农历{rng.choice(['戊寅', '己卯', '庚辰', '辛巳', '壬午'])}年", f"第{rng.randint(300, 900)}期　今日四版"]
        else:
            top = [f"{ds}　星期{wd}　　　鄂温克草原报　　　第{pno}版　{section}"]
        bottom = [f"责任编辑　{P(ed)}"]
    elif era == 2:
        if pno == 1:
            top = ["鄂温克草原报", "EWENKE CAOYUAN BAO", f"[中共鄂温克族自治旗委员会|ORG]主办　国内统一刊号：CN15-00{rng.randint(10, 99)}",
                   f"{ds}　星期{wd}", f"第{rng.randint(1000, 1900)}期　今日四版"]
        else:
            top = [f"{ds}　星期{wd}　　　鄂温克草原报　　　第{pno}版　{section}"]
        bottom = [f"责任编辑　{P(ed)}　　校对　{P(pr)}"]
    elif era == 3:
        top = [f"鄂温克草原报　　{ds}　星期{wd}", f"{section}　A{pno}", f"编辑：{P(ed)}　版式：{P(pr)}"]
        bottom = [f"A{pno}"]
    elif era == 4:
        top = [f"{section}　{pno:02d}", f"{ds}　星期{wd}　　鄂温克草原报", f"责编：{P(ed)}　美编：{P(pr)}"]
        bottom = ["本报地址：[鄂温克族自治旗|GPE][巴彦托海镇|TOWNSHIP][巴音托海大街|FAC]　　邮编：021100"]
    else:
        top = ["鄂温克草原报", f"[旗融媒体中心|ORG]主办　　{ds}　星期{wd}", f"第{pno:02d}版　{section}"]
        bottom = [f"本版编辑：{P(ed)}　美编：{P(pr)}　校对：{P(pname(rng))}", "扫码下载“[鄂温克发布|ORG]”客户端"]
    return top, bottom


def bold_double(s):
    return "".join(ch * 2 if ch not in "　 ：" else ch for ch in s)


# the 40 base pages: date, page, section, article kinds (laid out one by one)
BASE = [
    ("1998-03-12", 1, "要闻", ["meeting", "pasture", "unity"]),
    ("1998-09-24", 2, "综合", ["ecology", "culture", "party"]),
    ("1999-05-06", 1, "要闻", ["meeting", "unity", "comment"]),
    ("1999-11-18", 3, "苏木乡镇", ["pasture", "poverty", "community"]),
    ("2000-06-15", 1, "要闻", ["meeting", "ecology", "unity"]),
    ("2001-04-26", 2, "综合", ["party", "pasture", "culture"]),
    ("2001-10-11", 1, "要闻", ["meeting", "comment", "pasture"]),
    ("2002-07-04", 4, "草原文化", ["culture", "unity", "community"]),
    ("2003-03-20", 1, "要闻", ["meeting", "poverty", "ecology"]),
    ("2003-09-18", 2, "综合", ["party", "pasture", "unity"]),
    ("2004-06-10", 1, "要闻", ["meeting", "unity", "comment", "pasture"]),
    ("2005-04-21", 3, "苏木乡镇", ["pasture", "ecology", "community"]),
    ("2005-11-03", 1, "要闻", ["meeting", "party", "culture"]),
    ("2006-08-17", 2, "综合", ["unity", "poverty", "pasture"]),
    ("2007-05-31", 1, "要闻", ["meeting", "ecology", "comment"]),
    ("2008-03-13", 1, "要闻", ["meeting", "unity", "pasture"]),
    ("2008-10-16", 2, "综合", ["culture", "party", "community"]),
    ("2009-07-09", 3, "苏木乡镇", ["pasture", "poverty", "ecology"]),
    ("2010-05-20", 1, "要闻", ["meeting", "party", "unity", "comment"]),
    ("2011-06-16", 4, "草原文化", ["culture", "community", "unity"]),
    ("2012-09-06", 1, "要闻", ["meeting", "ecology", "pasture"]),
    ("2013-04-18", 1, "要闻", ["meeting", "party", "comment"]),
    ("2014-08-21", 2, "综合", ["poverty", "unity", "pasture"]),
    ("2015-03-26", 1, "要闻", ["meeting", "poverty", "ecology"]),
    ("2016-07-14", 3, "苏木乡镇", ["pasture", "community", "party"]),
    ("2017-04-20", 1, "要闻", ["meeting", "unity", "poverty"]),
    ("2017-11-09", 4, "草原文化", ["culture", "unity", "comment"]),
    ("2018-06-14", 2, "综合", ["ecology", "poverty", "party"]),
    ("2019-03-28", 1, "要闻", ["meeting", "unity", "pasture"]),
    ("2019-10-17", 3, "乡村振兴", ["pasture", "community", "culture"]),
    ("2020-06-23", 1, "要闻", ["meeting", "poverty", "unity"]),
    ("2021-03-11", 1, "要闻", ["meeting", "party", "comment"]),
    ("2021-09-29", 2, "民族团结", ["unity", "culture", "community"]),
    ("2022-05-19", 3, "乡村振兴", ["pasture", "ecology", "party"]),
    ("2022-12-08", 1, "要闻", ["meeting", "unity", "comment"]),
    ("2023-04-13", 2, "综合", ["ecology", "pasture", "community"]),
    ("2023-10-26", 1, "要闻", ["meeting", "unity", "poverty"]),
    ("2024-05-16", 3, "乡村振兴", ["pasture", "party", "culture"]),
    ("2024-08-08", 4, "民族团结", ["unity", "community", "comment"]),
    ("2024-11-21", 1, "要闻", ["meeting", "ecology", "unity"]),
]


def build_page(spec):
    d, pno, sec, kinds, seed_first, seed_rest = spec["date"], spec["page"], spec["section"], spec["kinds"], spec["seed_first"], spec["seed_rest"]
    rng = random.Random(seed_rest)           # layout, furniture, later articles
    crng = random.Random(seed_first)         # the first two articles (shared by a base page and its reprints)
    y = int(d[:4]); era = era_of(y)
    if sec == "乡村振兴":
        sec = "<乡村振兴|乡村振兴|q>"
    width = rng.choice([13, 14, 15, 17, 19, 21, 24])
    indent = rng.choice(["　　", "  ", ""])
    blank = rng.random() < 0.55
    head_after = era == 3 and rng.random() < 0.7
    doubled = era <= 2 and pno == 1
    top, bottom = furniture(rng, d, pno, era, sec)
    rec = dict(ents=[], formulae=[], quoted=[], county=[], distractors=[])
    lines = [strip(t, rec) for t in top] + [""]
    articles = []
    if era == 5 and pno == 1 and rng.random() < 0.7:
        bn = rng.choice(["<铸牢中华民族共同体意识|铸牢中华民族共同体意识|q>　建设亮丽北疆",
                         "奋力书写<中国式现代化|中国式现代化|q>[鄂温克|GPE]新篇章" if y >= 2023 else "凝心聚力　建设美丽[鄂温克|GPE]"])
        lines += [strip(bn, rec), ""]
    if era == 1 and pno == 1 and rng.random() < 0.6:
        lines += [strip("高举<邓小平理论|邓小平理论|q>伟大旗帜　把建设有中国特色社会主义事业全面推向二十一世纪", rec), ""]
    for ai, kname in enumerate(kinds):
        r = crng if ai < 2 else rng
        a = KINDS[kname](r, y, era)
        where, bl, names = byline(r, era, a.get("byline_form"))
        ar = dict(ents=[], formulae=[], quoted=[], county=[], distractors=[])
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
        for p in paras:
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
        fix_project_quotes(ar)
        for k in rec:
            rec[k] += ar[k]
        articles.append(dict(title="".join(tl) if len(tl) == 1 else tl[0] + tl[1], byline=names,
                             byline_text=re.sub(r"\[([^|\]]+)\|[A-Z]+\]", r"\1", bl), kind=a["kind"],
                             headline_after=after, doubled=doubled and ai == 0,
                             formulae=sorted({g for g, _ in ar["formulae"]}),
                             marked=sorted({t for t, k, q in ar["county"] if q or k == "p"} | {t for t, k, g in ar["quoted"]}),
                             places=sorted({t for t, l in ar["ents"] if l in ("TOWNSHIP", "VILLAGE", "COMMUNITY")}),
                             speakers=a.get("speakers", {})))
    if rng.random() < 0.55:
        lines.append({1: "简讯", 2: "苏木乡镇简讯", 3: "简讯", 4: "镇苏木快讯", 5: "【苏木乡镇快讯】"}[era])
        for _ in range(rng.randint(2, 3)):
            tw, (v1,) = pick_village(rng, 1)
            tn = rng.choice(TOWNS); cm = rng.choice(list(COMMUNITIES[tn]))
            t, body = rng.choice([
                (f"{T(tw)}开展草原防火演练", f"日前，{T(tw)}组织干部牧民{rng.randint(40, 120)}人在{V(v1)}开展草原防火应急演练。"),
                (f"{T(tn)}开展网格员培训", f"近日，{T(tn)}组织{rng.randint(50, 150)}名网格员集中培训，{C(cm)}网格员作了经验交流。"),
                (f"{V(v1)}新建文化活动室", f"由{T(tw)}投资建设的[{v1}文化活动室|FAC]日前投入使用。"),
                (f"{C(cm)}开展民族团结宣传", f"{T(tn)}{C(cm)}日前组织志愿者入户宣传民族团结知识。"),
            ])
            sig = pname(rng)
            tp = strip(t, rec)
            lines.append(("◆" if era < 4 else "■") + tp)
            lines += wrap(strip(body + f"（{P(sig)}）", rec), width, indent)
            articles.append(dict(title=tp, byline=[sig], byline_text=f"（{sig}）", kind="brief", headline_after=False, doubled=False))
        lines.append("")
    if rng.random() < 0.5:
        tw, (v1,) = pick_village(rng, 1)
        ph = pname(rng)
        cap = f"图为{T(tw)}{V(v1)}牧民在打草。　{P(ph)}　摄" if rng.random() < 0.5 else f"▲{T(tw)}{V(v1)}新貌。　本报记者　{P(ph)}　摄"
        lines += wrap(strip(cap, rec), width, "") + [""]
        articles.append(dict(title="", byline=[ph], byline_text=f"{ph} 摄", kind="photo", headline_after=False, doubled=False))
    if rng.random() < 0.3:
        org = rng.choice(["鄂温克族自治旗人民政府征兵办公室"] + (["鄂温克族自治旗自然资源局", "鄂温克族自治旗林业和草原局"] if y >= 2019 else ["鄂温克族自治旗国土资源局", "鄂温克族自治旗林业局"]))
        lines.append("通　告")
        body = f"根据有关规定，现将{y}年度草原禁牧休牧有关事项通告如下：请有关单位和个人于{rng.randint(1, 28)}日前到[{org}|ORG]办理。特此通告。"
        lines += wrap(strip(body, rec), width, indent)
        lines.append(strip(f"[{org}|ORG]", rec)); lines.append(f"{y}年{int(d[5:7])}月{int(d[8:10])}日"); lines.append("")
        articles.append(dict(title="通告", byline=[], byline_text="", kind="notice", headline_after=False, doubled=False))
    for b in bottom:
        lines.append(strip(b, rec))
    return "\n".join(lines) + "\n", articles, rec


def norm(s):
    return re.sub(r"[\s“”‘’「」]", "", s)


def specs():
    out = []
    for i, (d, p, s, k) in enumerate(BASE):
        out.append(dict(date=d, page=p, section=s, kinds=k, seed_first=3000 + i, seed_rest=3000 + i, base=i))
    rng = random.Random(30)
    taken = {(d, p) for d, p, _, _ in BASE}
    for j in range(80):
        i = j % 40
        d0, p, s, k = BASE[i]
        e = era_of(int(d0[:4])); lo, hi = ERAS[e]
        while True:
            dd = datetime.date.fromisoformat(d0) + datetime.timedelta(days=rng.randint(20, 700))
            if dd.year > hi:
                dd = datetime.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
            pp = rng.choice([p, p, rng.randint(1, 4)])
            if (dd.isoformat(), pp) not in taken:
                break
        taken.add((dd.isoformat(), pp))
        kk = list(k[:2]) + rng.sample([x for x in KINDS if x not in k[:2]], rng.randint(1, 2))
        if pp == 1 and "meeting" not in kk:
            kk[-1] = "meeting"
        sec = {1: "要闻", 2: "综合", 3: "乡村振兴" if dd.year >= 2018 else "苏木乡镇", 4: rng.choice(["草原文化", "民族团结"])}[pp]
        out.append(dict(date=dd.isoformat(), page=pp, section=sec, kinds=kk, seed_first=3000 + i, seed_rest=5000 + j, base=i))
    return sorted(out, key=lambda s: (s["date"], s["page"]))


def main():
    os.makedirs(os.path.join(OUT, "pages"), exist_ok=True)
    for f in os.listdir(os.path.join(OUT, "pages")):
        os.remove(os.path.join(OUT, "pages", f))
    truth = {"county": COUNTY, "county_code": CODE, "paper": PAPER, "pages": []}
    man = []
    for idx, sp in enumerate(specs()):
        text, arts, rec = build_page(sp)
        d, pno = sp["date"], sp["page"]
        stem = f"{d}_p{pno}"
        open(os.path.join(OUT, "pages", stem + ".txt"), "w", encoding="utf-8").write(text)
        flat = norm(text)
        ents = {}
        for t, lab in rec["ents"]:
            ents[(t, lab)] = ents.get((t, lab), 0) + 1
        places = []
        j = text.replace("\n", "")
        for (t, lab), n in ents.items():
            if lab not in ("TOWNSHIP", "VILLAGE", "COMMUNITY"):
                continue
            code = TOWNSHIPS.get(t)
            if lab == "VILLAGE":
                cands = [(tw, vv[t]) for tw, vv in VILLAGES.items() if t in vv]
                near = sorted({tw for i in [m.start() for m in re.finditer(t, j)] for tw, _ in cands if tw in j[max(0, i - 200):i]})
                code = cands[0][1] if len(cands) == 1 else (dict(cands)[near[0]] if len(near) == 1 else None)
            if lab == "COMMUNITY":
                code = next((vv[t] for vv in COMMUNITIES.values() if t in vv), None)
            places.append(dict(text=t, label=lab, code=code, count=n))
        slog = {}
        quoted_c = {t for t, k, q in rec["county"] if q}
        for t, k, q in rec["county"]:
            if k in ("n", "q") and t not in quoted_c:
                continue
            slog[t] = {"n": "numbered", "p": "parallel", "q": "quoted"}[k]
        for t, k, g in rec["quoted"]:
            slog[t] = {"n": "numbered", "p": "parallel", "q": "quoted"}[k]
        slogans = [dict(text=t, kind=k, count=flat.count(norm(t))) for t, k in sorted(slog.items())]
        formulae = {}
        for g, _ in rec["formulae"]:
            formulae[g] = formulae.get(g, 0) + 1
        inman = idx % 2 == 0
        truth["pages"].append(dict(file=stem + ".txt", issue=stem, date=d, year=int(d[:4]), page=pno, in_manifest=inman,
                                   base=sp["base"], reprint=sp["seed_rest"] >= 5000,
                                   articles=arts, entities=[dict(text=t, label=l, count=n) for (t, l), n in sorted(ents.items())],
                                   places=places, slogans=slogans, distractors=sorted(set(rec["distractors"])), formulae=formulae))
        if inman:
            man.append(dict(file=stem + ".txt", paper=PAPER, county=COUNTY, county_code=CODE, date=d,
                            date_precision="day", date_note="printed date line"))
    with open(os.path.join(OUT, "pages", "manifest.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "paper", "county", "county_code", "date", "date_precision", "date_note"])
        w.writeheader(); w.writerows(man)
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
    json.dump(truth, open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(truth["pages"]), "pages,", sum(len(p["articles"]) for p in truth["pages"]), "articles,",
          sum(e["count"] for p in truth["pages"] for e in p["entities"]), "entity mentions,",
          sum(len(p["slogans"]) for p in truth["pages"]), "page-slogans")


if __name__ == "__main__":
    main()
