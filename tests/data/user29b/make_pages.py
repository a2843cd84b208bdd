#!/usr/bin/env python3
"""Invented pages of two county papers in one folder tree, 2004-2024, as PDF-to-text output.

  pages/jingning/  今日静宁 (静宁县 620826, 平凉市, 甘肃) -- with pages/jingning/manifest.csv
  pages/wuping/    武平报   (武平县 350824, 龙岩市, 福建) -- no manifest (dated by file names)

Seeded and re-runnable: `python make_pages.py` rewrites the pages and truth.json.  Written BEFORE the
library was run on the pages.  Real townships and villages (admin_divisions_china); all else invented.

Template markup (stripped from the page, recorded in the truth):
  [text|LABEL]          an entity (GUIDE labels)
  <printed|group|kind>  a known national formula; printed with “” is also a marked slogan of `kind`
  {printed|kind}        a county slogan (kind n/p/q); printed may carry “”
  {printed|x}           a quoted phrase that is NOT a slogan (distractor)
"""
import csv, datetime, json, os, random, re

OUT = os.path.dirname(os.path.abspath(__file__))
WEEK = "一二三四五六日"

PAPERS = {
 "jingning": dict(
  paper="今日静宁", county="静宁县", code="620826", short="静宁", party="中共静宁县委", center="静宁县融媒体中心",
  latin="JINRI JINGNING", cn="CN62-00",
  TOWNSHIPS={"威戎镇": "620826101", "界石铺镇": "620826102", "八里镇": "620826103", "李店镇": "620826104",
             "古城镇": "620826105", "雷大镇": "620826110", "双岘镇": "620826113", "红寺镇": "620826115"},
  VILLAGES={"威戎镇": {"厚岔村": "620826101200", "杨桥村": "620826101201", "贾马村": "620826101203"},
            "界石铺镇": {"继红村": "620826102200", "西川村": "620826102201", "魏湾村": "620826102202"},
            "八里镇": {"郭罗村": "620826103200", "闫庙村": "620826103201", "红林村": "620826103203"},
            "李店镇": {"孔沟村": "620826104201", "蒲岔村": "620826104202", "郑湾村": "620826104203"},
            "古城镇": {"齐岔村": "620826105200", "杨沟村": "620826105201", "邹河村": "620826105202"},
            "雷大镇": {"安乐村": "620826110200", "陈局村": "620826110201", "黎沟村": "620826110203"},
            "双岘镇": {"中湾村": "620826113200", "团庄村": "620826113201", "长岔村": "620826113203"},
            "红寺镇": {"二河村": "620826115201", "丈子村": "620826115202", "庙河村": "620826115203"}},
  SURN=list("王李张刘杨马赵魏苏何贾雷田郭胡蒲"), GIVEN=list("建军明海平生国宏世文玉兰芳红亮强忠学林"),
  CADRES={1: ("王国栋", "马世平", "田玉兰"), 2: ("杨建中", "何志强", "郭红霞"), 3: ("贾宏亮", "李文忠", "苏晓梅"), 4: ("魏东平", "张学林", "蒲春燕")},
  REPORTERS={1: ["马建平", "李红梅"], 2: ["王亮", "赵海燕"], 3: ["胡学军", "雷小芳"], 4: ["郭宁", "田晓东", "杨丽娜"]},
  DATES=["2004-05-12", "2005-09-21", "2006-11-15", "2007-06-06", "2008-10-22", "2009-04-08", "2010-08-18",
         "2012-03-21", "2013-09-11", "2015-05-20", "2016-10-12", "2018-06-27", "2020-09-16", "2022-04-13", "2024-07-10"],
  # the paper's own slogans (first, last, markup)
  OWN=[(2004, 2011, "坚持{“果畜强县、劳务富民”|p}发展思路，"),
       (2008, 2015, "加快构建{“四园一区”|n}发展格局，"),
       (2013, 2018, "在全县深入开展{“三下沉三提升”|n}活动，"),
       (2016, 2020, "全面推行{“一户一码”|n}精准帮扶机制，"),  # GUIDE: 一室多用 is numbered
       (2019, 2024, "奋力实现{“果业兴、乡村美、农民富”|p}目标，"),
       (2021, 2024, "擦亮{“陇上果乡”|x}金字招牌，")],  # a brand: not a slogan (GUIDE)
  # planted words: paper-key (苹果/梯田/窖水), collocates of 乡村振兴 (苹果产业) and 群众 (饮水)
  LOCAL=["以苹果产业助推<乡村振兴|乡村振兴|q>，", "帮助群众解决饮水难题，", "新修梯田{N}亩，", "新建集雨窖水{N}眼，"],
  EARLY=["落实农村税费改革各项政策，", "抓好旱作农业和劳务输转，"],
  LATE=["通过直播带货把苹果卖到全国，", "推进数字乡村建设，"],
  item=["苹果", "马铃薯", "中药材", "肉牛"], coop=["静宁县红六福果业专业合作社", "静宁县陇原果品专业合作社"],
  rivers=["葫芦河", "甘渭河"], mountains=["成纪古城遗址", "仙人峡"], firms=["静宁县金果果业有限公司", "甘肃陇宁纸箱包装有限公司"],
  project="静宁县高标准农田建设项目", expo="静宁苹果节",
 ),
 "wuping": dict(
  paper="武平报", county="武平县", code="350824", short="武平", party="中共武平县委", center="武平县融媒体中心",
  latin="WUPING BAO", cn="CN35-00",
  TOWNSHIPS={"岩前镇": "350824102", "十方镇": "350824103", "桃溪镇": "350824105", "武东镇": "350824108",
             "象洞镇": "350824111", "湘店镇": "350824113", "城厢镇": "350824106", "下坝乡": "350824204"},
  VILLAGES={"岩前镇": {"灵岩村": "350824102201", "大布村": "350824102202", "将军村": "350824102203"},
            "十方镇": {"乐畲村": "350824103201", "彭寨村": "350824103202", "高梧村": "350824103204"},
            "桃溪镇": {"新礤村": "350824105202", "亭头村": "350824105203", "田雁村": "350824105204"},
            "武东镇": {"陈埔村": "350824108201", "安丰村": "350824108202", "五坊村": "350824108204"},
            "象洞镇": {"光彩村": "350824111201", "洋贝村": "350824111202", "官坑村": "350824111204"},
            "湘店镇": {"尧山村": "350824113201", "三和村": "350824113202", "湘洋村": "350824113205"},
            "城厢镇": {"南通村": "350824106201", "灵通村": "350824106202", "上东村": "350824106204"},
            "下坝乡": {"贵扬村": "350824204202", "福兴村": "350824204203", "露冕村": "350824204204"}},
  SURN=list("钟林刘王李邱练兰钟朱曾谢修罗饶"), GIVEN=list("振文华荣清春秀梅锦辉鸿德金福远丽燕斌"),
  CADRES={1: ("钟振华", "林永清", "邱秀梅"), 2: ("刘德远", "练春荣", "谢丽燕"), 3: ("王锦辉", "兰福生", "饶秀琴"), 4: ("修鸿斌", "曾德华", "罗金凤")},
  REPORTERS={1: ["钟文华", "兰春梅"], 2: ["练志斌", "刘秀英"], 3: ["邱锦文", "谢丽华"], 4: ["林晓燕", "曾鸿", "罗丹"]},
  DATES=["2004-03-18", "2005-07-14", "2006-12-07", "2008-04-24", "2009-10-15", "2010-05-27", "2011-11-10",
         "2013-06-20", "2014-12-11", "2016-04-14", "2017-08-24", "2019-05-16", "2021-03-25", "2023-07-13", "2024-11-21"],
  OWN=[(2004, 2010, "深入实施{“林改强县、生态立县”|p}战略，"),
       (2007, 2014, "在全县干部中开展{“五比五赛”|n}竞赛，"),
       (2012, 2018, "倾力打造{“梁野客家”|x}旅游品牌，"),  # a brand: not a slogan (GUIDE)
       (2015, 2020, "坚持{一村一品、一户一业|x}，"),  # unquoted two-part pair: not a slogan (GUIDE)
       (2018, 2024, "大力发展{“林下经济+”|q}新业态，"),
       (2021, 2024, "推行{“五个一线”|n}工作法，")],
  LOCAL=["以林下经济助推<乡村振兴|乡村振兴|q>，", "带领群众发展客家美食，", "发展百香果种植{N}亩，", "林下套种灵芝{N}亩，"],
  EARLY=["深化集体林权制度改革，", "抓好烤烟生产和劳务输出，"],
  LATE=["通过直播带货把百香果卖到全国，", "推进数字乡村建设，"],
  item=["百香果", "象洞鸡", "紫灵芝", "绿茶"], coop=["武平县梁野山茶业专业合作社", "武平县绿野林下经济专业合作社"],
  rivers=["中山河", "桃溪河"], mountains=["梁野山", "定光佛寺"], firms=["武平县富贵红林业有限公司", "福建武平紫金铜业有限公司"],
  project="武平县林下经济示范基地建设项目", expo="武平百香果文化节",
 ),
}

# national formulae (first, last, markup); a paper weights the campaigns it frames most
FORMULA_SENT = [
    (2004, 2006, "深入学习贯彻<“三个代表”|三个代表|n>重要思想，"),
    (2004, 2007, "为<全面建设小康社会|全面建设小康社会|q>而努力奋斗，"),
    (2005, 2006, "扎实开展保持共产党员<先进性教育|保持共产党员先进性教育活动|q>活动，"),
    (2004, 2012, "以<科学发展观|科学发展观|q>统领经济社会发展全局，"),
    (2005, 2012, "加快构建<社会主义和谐社会|和谐社会|q>，"),
    (2006, 2012, "扎实推进<社会主义新农村建设|社会主义新农村|q>，"),
    (2006, 2012, "按照<“生产发展、生活宽裕、乡风文明、村容整洁、管理民主”|生产发展、生活宽裕、乡风文明、村容整洁、管理民主|p>的要求，"),
    (2010, 2012, "深入开展<创先争优|创先争优|q>活动，"),
    (2013, 2017, "为实现中华民族伟大复兴的<中国梦|中国梦|q>凝聚力量，"),
    (2013, 2016, "严格落实[中央|ORG]<八项规定|八项规定|n>精神，"),
    (2013, 2014, "扎实开展党的<群众路线教育实践活动|群众路线教育实践活动|q>，"),
    (2015, 2016, "深入开展<“三严三实”|三严三实|n>专题教育，"),
    (2016, 2018, "推进<“两学一做”|两学一做|n>学习教育常态化制度化，"),
    (2014, 2020, "坚持<精准扶贫|精准扶贫|q>、精准脱贫基本方略，"),
    (2016, 2020, "坚决打赢<脱贫攻坚|脱贫攻坚|q>战，"),
    (2018, 2023, "全面实施<乡村振兴战略|乡村振兴|q>，"),
    (2020, 2023, "全面推进<乡村振兴|乡村振兴|q>，"),
    (2024, 2024, "推进<乡村全面振兴|乡村全面振兴|q>，"),
    (2019, 2020, "巩固深化<“不忘初心、牢记使命”|不忘初心、牢记使命|q>主题教育成果，"),
    (2018, 2024, "推动<高质量发展|高质量发展|q>，"),
    (2021, 2024, "在<高质量发展|高质量发展|q>中扎实推动<共同富裕|共同富裕|q>，"),
    (2021, 2021, "扎实开展<党史学习教育|党史学习教育|q>，"),
    (2023, 2024, "以<中国式现代化|中国式现代化|q>全面推进中华民族伟大复兴，"),
    (2018, 2024, "践行<“绿水青山就是金山银山”|绿水青山就是金山银山|q>理念，"),
]
# framing: 静宁 leans on poverty alleviation, 武平 on forests/green and common prosperity
WEIGHT = {"jingning": {"脱贫攻坚": 3, "精准扶贫": 3, "群众路线教育实践活动": 2},
          "wuping": {"绿水青山就是金山银山": 3, "共同富裕": 3, "社会主义新农村": 2}}
DISTRACT = ["{“领头雁”|x}", "{“娘家人”|x}", "{“土专家”|x}", "{“钱袋子”|x}", "{“家门口”|x}", "{“一站式”|x}", "{“主心骨”|x}", "{“金名片”|x}"]


def era_of(y):
    return 1 if y <= 2008 else 2 if y <= 2012 else 3 if y <= 2017 else 4


class Gen:
    def __init__(self, key, rng):
        self.k, self.c, self.rng = key, PAPERS[key], rng

    def pname(self):
        r = self.rng
        return r.choice(self.c["SURN"]) + r.choice(self.c["GIVEN"]) + (r.choice(self.c["GIVEN"]) if r.random() < 0.8 else "")

    def formulas(self, y, n):
        pool = []
        for a, b, s in FORMULA_SENT:
            if a <= y <= b:
                g = re.search(r"\|([^|]+)\|[nqp]>", s).group(1)
                pool += [s] * WEIGHT[self.k].get(g, 1)
        out = []
        while pool and len(out) < n:
            s = self.rng.choice(pool)
            out.append(s)
            pool = [p for p in pool if p != s]
        return out

    def own(self, y, n):
        c = [s for a, b, s in self.c["OWN"] if a <= y <= b]
        return self.rng.sample(c, min(n, len(c)))

    def local(self, y):
        r = self.rng
        s = r.choice(self.c["LOCAL"]).replace("{N}", str(r.randint(200, 3000)))
        if "乡村振兴" in s and y < 2018:
            s = self.c["LOCAL"][1]
        era = r.choice(self.c["EARLY"] if y <= 2012 else self.c["LATE"]) if (y <= 2010 or y >= 2018) else ""
        return s + era

    def place(self, k=1):
        tw = self.rng.choice(list(self.c["VILLAGES"]))
        vs = self.rng.sample(list(self.c["VILLAGES"][tw]), k)
        return tw, vs


def T(x): return f"[{x}|TOWNSHIP]"
def V(x): return f"[{x}|VILLAGE]"
def P(x): return f"[{x}|PERSON]"


def art_meeting(g, y, era):
    r, c = g.rng, g.c
    sec, mayor, vice = c["CADRES"][era]
    ev = r.choice(["[全县经济工作会议|EVENT]", "[全县农村工作会议|EVENT]", f"[县委{r.choice(['十三', '十四', '十五'])}届{r.choice(['三', '四', '五'])}次全会|EVENT]"])
    f = g.formulas(y, 3); s = g.own(y, 2)
    title = r.choice([f"{ev}召开", "凝心聚力谋发展　真抓实干开新局", "锚定目标　奋勇争先"])
    paras = [f"日前，{ev}在[县会议中心|FAC]召开。[县委|ORG]书记{P(sec)}出席并讲话，县长{P(mayor)}主持会议。",
             f"{P(sec)}强调，全县上下要{''.join(f)}{''.join(s)}{g.local(y)}推动[{c['county']}|GPE]经济社会发展再上新台阶。",
             f"{P(mayor)}要求，各乡镇、各部门要当好群众的{r.choice(DISTRACT)}，切实解决群众反映的急难愁盼问题。",
             "[县人大常委会|ORG]、[县政协|ORG]领导，各乡镇党委书记参加会议。"]
    return dict(kind="meeting", title=title, kicker=r.choice(["", "聚焦发展　真抓实干"]), subtitle=r.choice(["", f"——{P(sec)}作重要讲话"]), paras=paras)


def art_village(g, y, era):
    r, c = g.rng, g.c
    tw, (v1, v2) = g.place(2)
    item = r.choice(c["item"]); coop = r.choice(c["coop"])
    f = g.formulas(y, 2); s = g.own(y, 1)
    title = r.choice([f"{V(v1)}：{item}产业富了一方百姓", f"{T(tw)}{item}产业助农增收", f"小{item}撬动大产业"])
    paras = [f"走进{T(tw)}{V(v1)}，{item}产业红红火火。近年来，该村{''.join(f)}依托[{coop}|ORG]，带动{r.randint(50, 300)}户群众增收。",
             f"“{r.choice(['过去靠天吃饭，现在日子越过越红火', '家门口就能挣钱，不用外出打工了'])}。”村民{P(g.pname())}笑着说。",
             f"村党支部书记{P(g.pname())}介绍，{''.join(s)}{g.local(y)}村里还与邻近的{V(v2)}抱团发展。",
             f"目前，{V(v1)}{item}年产值已突破{r.randint(200, 900)}万元。"]
    return dict(kind="village", title=title, kicker=r.choice(["", "乡村新貌", "走基层·看变化"]), subtitle="", paras=paras)


def art_party(g, y, era):
    r, c = g.rng, g.c
    tw, (v1,) = g.place(1)
    f = g.formulas(y, 3); s = g.own(y, 1)
    title = r.choice(["党建引领聚合力", f"{T(tw)}夯实基层战斗堡垒", "让党旗在基层一线高高飘扬"])
    paras = [f"[县委组织部|ORG]坚持{''.join(f)}{''.join(s)}着力提升基层党组织组织力。",
             f"在{T(tw)}，[{v1}党支部|ORG]每名党员联系{r.randint(5, 12)}户群众，{g.local(y)}成为群众身边的{r.choice(DISTRACT)}。",
             f"[县委|ORG]常委、组织部长{P(c['CADRES'][era][2])}表示，下一步将选派{r.randint(30, 120)}名优秀干部到村任职。"]
    return dict(kind="party", title=title, kicker=r.choice(["", "基层党建"]), subtitle="", paras=paras)


def art_poverty(g, y, era):
    r, c = g.rng, g.c
    tw, (v1, v2) = g.place(2)
    cadre = g.pname()
    f = g.formulas(y, 2); s = g.own(y, 1)
    unit = r.choice(["县农业农村局", "县财政局", "县人民医院", "县供电公司"])
    title = r.choice([f"驻村干部{P(cadre)}的一天", f"{V(v1)}蹚出致富路", "山村旧貌换新颜"])
    paras = [f"天刚蒙蒙亮，[{unit}|ORG]派驻{T(tw)}{V(v1)}的干部{P(cadre)}已经走在田间地头。",
             f"到村以来，{P(cadre)}{''.join(f)}{''.join(s)}{g.local(y)}帮助{V(v2)}修通了{r.randint(2, 8)}公里通村公路。",
             f"村民们都说，他是村里的{r.choice(DISTRACT)}。"]
    return dict(kind="poverty", title=title, kicker=r.choice(["", "身边的榜样", "驻村手记"]), subtitle="", paras=paras)


def art_env(g, y, era):
    r, c = g.rng, g.c
    tw, (v1,) = g.place(1)
    f = g.formulas(y, 2); s = g.own(y, 1)
    river = r.choice(c["rivers"])
    title = r.choice([f"{river}水清岸绿景更美", "守护一河清水", "全县掀起植树造林热潮"])
    paras = [f"连日来，[县水务局|ORG]组织人员对[{river}|LOC]{T(tw)}段开展巡河，{''.join(f)}推进[{river}流域综合治理工程|PROJECT]。",
             f"{''.join(s)}{T(tw)}{V(v1)}群众投工投劳，{g.local(y)}沿河栽下了护岸林。",
             f"“{r.choice(['现在河里的水又清起来了', '每天傍晚都来河边散步'])}。”村民{P(g.pname())}说。"]
    return dict(kind="environment", title=title, kicker=r.choice(["", f"生态[{c['short']}|GPE]"]), subtitle="", paras=paras)


def art_economy(g, y, era):
    r, c = g.rng, g.c
    firm = r.choice(c["firms"])
    f = g.formulas(y, 2); s = g.own(y, 1)
    title = r.choice([f"{c['expo']}开幕", "县域经济稳中有进", "招商引资项目加快落地"])
    paras = [f"本报讯　日前，[{c['expo']}|EVENT]开幕，[{firm}|ORG]等企业现场签约{r.randint(3, 20)}个项目。",
             f"近年来，我县{''.join(f)}{''.join(s)}{g.local(y)}[{c['project']}|PROJECT]已完成投资{r.randint(2, 20)}亿元。",
             f"[县商务局|ORG]负责人{P(g.pname())}说，龙头企业已成为全县产业发展的{r.choice(DISTRACT)}。"]
    return dict(kind="economy", title=title, kicker=r.choice(["", "产业观察"]), subtitle="", paras=paras)


def art_comment(g, y, era):
    r, c = g.rng, g.c
    f = g.formulas(y, 3); s = g.own(y, 2)
    title = r.choice(["以实干担当书写发展新篇章", "把蓝图变成施工图", "始终把群众放在心上"])
    paras = [f"发展是第一要务。当前，全县上下要{''.join(f)}把心思和精力集中到抓落实上来。",
             f"要{''.join(s)}{g.local(y)}以钉钉子精神解决一批{r.choice(DISTRACT)}问题。",
             f"让我们在[{c['county']}|GPE]这片热土上奋勇争先。"]
    return dict(kind="comment", title=title, kicker="", subtitle="", paras=paras, byline_form="comment")


KINDS = [art_meeting, art_village, art_party, art_poverty, art_env, art_economy, art_comment]
TOK = re.compile(r"\[([^\[\]|]+)\|([A-Z]+)\]|<([^<>|]+)\|([^<>|]+)\|([nqp])>|\{([^{}|]+)\|([nqpx])\}")
NESTED = {"中国梦": [("中国", "GPE")]}


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
            for sub, lab in NESTED.get(printed.strip("“”"), []):
                rec["ents"].append((sub, lab))
        else:
            printed, kind = m.group(6), m.group(7)
            out.append(printed)
            if kind == "x":
                rec["distractors"].append(printed.strip("“”"))
            else:
                rec["county"].append((printed.strip("“”"), kind, printed.startswith("“")))
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


def byline(g, era, form=None):
    r = g.rng
    a, b = r.choice(g.c["REPORTERS"][era]), g.pname()
    forms = ["line_reporter", "lead", "box", "sig", "tongxun", "none", "reporter_end"] + (["center"] if era == 4 else [])
    form = form or r.choice(forms)
    if form == "comment": return "line", "本报评论员", []
    if form == "line_reporter": return "line", f"本报记者　{P(a)}", [a]
    if form == "lead": return "lead", f"本报讯（记者　{P(a)}　通讯员　{P(b)}）", [a, b]
    if form == "box": return "line", f"□本报记者　{P(a)}　通讯员　{P(b)}", [a, b]
    if form == "sig": return "end", f"（{P(b)}）", [b]
    if form == "tongxun": return "line", f"●本报通讯员　{P(b)}", [b]
    if form == "reporter_end": return "end", f"（记者　{P(a)}　报道）", [a]
    if form == "center": return "line", f"[{g.c['center']}|ORG]记者　{P(a)}", [a]
    return None, "", []


def furniture(g, d, pno, era, section):
    r, c = g.rng, g.c
    y, m, dd = map(int, d.split("-"))
    wd = WEEK[datetime.date(y, m, dd).weekday()]
    ds = f"{y}年{m}月{dd}日"
    if era == 1 or (pno == 1 and era == 2):
        if pno == 1:
            top = [f"[{c['paper']}|ORG]", c["latin"], f"[{c['party']}|ORG]机关报　　国内统一刊号：{c['cn']}{r.randint(10, 99)}",
                   f"{ds}　星期{wd}", f"第{r.randint(300, 1900)}期　本期四版"]
        else:
            top = [f"{ds}　　　　[{c['paper']}|ORG]　　　　第{pno}版　{section}"]
        bottom = [f"责任编辑：{P(g.pname())}　校对：{P(g.pname())}"]
    elif era in (2, 3):
        top = [f"[{c['paper']}|ORG]　　{ds}　星期{wd}　　{section}·A{pno}", f"编辑　{P(g.pname())}　　版式　{P(g.pname())}"]
        bottom = [f"A{pno}"]
    else:
        top = [f"[{c['paper']}|ORG]　　　　[{c['center']}|ORG]主办", f"{ds}　星期{wd}　第{pno}版　{section}"]
        bottom = [f"本版编辑：{P(g.pname())}　美编：{P(g.pname())}"]
    return top, bottom


def newrec():
    return dict(ents=[], formulae=[], quoted=[], county=[], distractors=[])


def build_page(key, idx, d):
    rng = random.Random(hash((key, idx)) % 100000 if False else (7000 if key == "jingning" else 9000) + idx)
    g = Gen(key, rng)
    y = int(d[:4]); era = era_of(y)
    pno = rng.choice([1, 2, 3]) if idx % 3 else 1
    sec = {1: "要闻", 2: "综合新闻", 3: "乡镇视窗"}[pno]
    if era == 4 and pno != 1 and rng.random() < 0.5:
        sec = "<乡村振兴|乡村振兴|q>"
    width = rng.randint(16, 26)
    indent = rng.choice(["　　", "  ", ""])
    blank_between = rng.random() < 0.6
    top, bottom = furniture(g, d, pno, era, sec)
    rec = newrec(); lines = [strip(t, rec) for t in top] + [""]
    # a banner on some front pages
    if pno == 1 and rng.random() < 0.6:
        f = g.formulas(y, 1)
        if f:
            lines.append(strip(f[0].rstrip("，") + "　奋力谱写[" + g.c["short"] + "|GPE]发展新篇章", rec)); lines.append("")
    articles = []
    kinds = rng.sample(KINDS, rng.randint(3, 4))
    if pno == 1 and art_meeting not in kinds:
        kinds[0] = art_meeting
    for kf in kinds:
        a = kf(g, y, era)
        where, bl, names = byline(g, era, a.get("byline_form"))
        ar = newrec(); block = []
        title = strip(a["title"], ar)
        tl = [title] if len(title) <= 12 or rng.random() < 0.7 else [title[:len(title) // 2], title[len(title) // 2:]]
        if a["kicker"]: block.append(strip(a["kicker"], ar))
        block += tl
        if a["subtitle"]: block.append(strip(a["subtitle"], ar))
        if where == "line": block.append(strip(bl, ar))
        paras = list(a["paras"])
        if where == "lead": paras[0] = bl + paras[0].replace("本报讯　", "")
        for p in paras: block += wrap(strip(p, ar), width, indent)
        if where == "end": block[-1] += strip(bl, ar)
        lines += block
        if blank_between: lines.append("")
        for k in rec: rec[k] += ar[k]
        articles.append(dict(title=title, kicker=strip(a["kicker"], newrec()) if a["kicker"] else "", byline=names,
                             byline_text=re.sub(r"\[([^|\]]+)\|[A-Z]+\]", r"\1", bl), kind=a["kind"]))
    if rng.random() < 0.5:
        lines.append("简　讯" if era < 4 else "【县域快讯】")
        for _ in range(rng.randint(2, 3)):
            tw, (v1,) = g.place(1)
            t, body = rng.choice([(f"{T(tw)}开展森林防火演练", f"日前，{T(tw)}组织干部群众{rng.randint(40, 120)}人在{V(v1)}开展应急演练。"),
                                  (f"{T(tw)}举办农技培训", f"近日，{T(tw)}邀请[县农技中心|ORG]专家到{V(v1)}为群众授课。"),
                                  (f"{V(v1)}新建文化广场", f"由{T(tw)}投资建设的[{v1}文化广场|FAC]日前投入使用。")])
            sig = g.pname()
            tp = strip(t, rec)
            lines.append("■" + tp)
            lines += wrap(strip(body + f"（{P(sig)}）", rec), width, indent)
            articles.append(dict(title=tp, kicker="", byline=[sig], byline_text=f"（{sig}）", kind="brief"))
        lines.append("")
    if rng.random() < 0.5:
        tw, (v1,) = g.place(1)
        ph = g.pname()
        lines += wrap(strip(f"图为{T(tw)}{V(v1)}群众在采收{rng.choice(g.c['item'])}。　{P(ph)}　摄", rec), width, "")
        lines.append("")
        articles.append(dict(title="", kicker="", byline=[ph], byline_text=f"{ph} 摄", kind="photo"))
    for b in bottom: lines.append(strip(b, rec))
    return "\n".join(lines) + "\n", articles, rec, pno


def norm(s):
    return re.sub(r"[\s“”‘’「」]", "", s)


def main():
    truth = {"papers": {}, "pages": [], "planted": {
        "paper_key": {"今日静宁": ["苹果", "梯田", "窖水"], "武平报": ["百香果", "灵芝", "客家"]},
        "era_key": {"early": ["税费改革", "劳务"], "late": ["直播带货", "数字乡村"]},
        "collocates": {"今日静宁": {"乡村振兴": ["苹果产业", "苹果", "产业"], "群众": ["饮水", "难题"]},
                       "武平报": {"乡村振兴": ["林下经济", "林下"], "群众": ["客家", "美食"]}}}}
    for key, c in PAPERS.items():
        d0 = os.path.join(OUT, "pages", key); os.makedirs(d0, exist_ok=True)
        truth["papers"][c["paper"]] = dict(folder=key, county=c["county"], code=c["code"], manifest=key == "jingning")
        man = []
        for idx, d in enumerate(c["DATES"]):
            text, arts, rec, pno = build_page(key, idx, d)
            stem = f"{d}_p{pno}"
            open(os.path.join(d0, stem + ".txt"), "w", encoding="utf-8").write(text)
            flat = norm(text)
            ents = {}
            for t, lab in rec["ents"]:
                ents[(t, lab)] = ents.get((t, lab), 0) + 1
            places = []
            for (t, lab), n in ents.items():
                if lab == "TOWNSHIP": places.append(dict(text=t, label=lab, code=c["TOWNSHIPS"][t], count=n))
                if lab == "VILLAGE":
                    code = next(vv[t] for vv in c["VILLAGES"].values() if t in vv)
                    places.append(dict(text=t, label=lab, code=code, count=n))
            slog = {}
            quoted_own = {t for t, k, q in rec["county"] if q}
            for t, k, q in rec["county"]:
                if k in ("n", "q") and t not in quoted_own: continue
                if k == "p" and len(re.split("[、，]", t)) < 3:
                    if not q: continue        # GUIDE: an unquoted two-part pair is not a slogan
                    k = "q"                   # GUIDE: a quoted two-part motto is `quoted`
                slog[t] = {"n": "numbered", "p": "parallel", "q": "quoted"}[k]
            for t, k, gname in rec["quoted"]:
                slog[t] = {"n": "numbered", "p": "parallel", "q": "quoted"}[k]
            own = {t for t, _, _ in rec["county"]}
            slogans = [dict(text=t, kind=k, count=flat.count(norm(t)), own=t in own) for t, k in sorted(slog.items())]
            formulae = {}
            for gname, printed in rec["formulae"]:
                formulae[gname] = formulae.get(gname, 0) + 1
            truth["pages"].append(dict(paper=c["paper"], folder=key, file=f"{key}/{stem}.txt", issue=stem, date=d,
                                       year=int(d[:4]), page=pno, county=c["county"], county_code=c["code"], articles=arts,
                                       entities=[dict(text=t, label=l, count=n) for (t, l), n in sorted(ents.items())],
                                       places=places, slogans=slogans, distractors=sorted(set(rec["distractors"])), formulae=formulae))
            man.append(dict(file=stem + ".txt", paper=c["paper"], county=c["county"], county_code=c["code"], date=d,
                            date_precision="day", date_note="printed date line"))
        if key == "jingning":
            with open(os.path.join(d0, "manifest.csv"), "w", encoding="utf-8", newline="") as fh:
                w = csv.DictWriter(fh, fieldnames=list(man[0])); w.writeheader(); w.writerows(man)
    for what, src in (("formula_years", "formulae"), ("slogan_years", "slogans")):
        acc = {}
        for p in truth["pages"]:
            for x in (p[src] if src == "formulae" else [s["text"] for s in p[src]]):
                acc.setdefault(p["paper"], {}).setdefault(x, []).append(p["year"])
        truth[what] = {pp: {x: dict(first=min(v), last=max(v)) for x, v in sorted(dd.items())} for pp, dd in acc.items()}
    json.dump(truth, open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(truth["pages"]), "pages,", sum(len(p["articles"]) for p in truth["pages"]), "articles,",
          sum(e["count"] for p in truth["pages"] for e in p["entities"]), "entity mentions,",
          sum(len(p["slogans"]) for p in truth["pages"]), "page-slogans")


if __name__ == "__main__":
    main()
