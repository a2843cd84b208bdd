#!/usr/bin/env python3
"""Invented pages of 高州日报 (高州市 440981, 茂名市, 广东; a 县级市), 2003-2025, as PDF-to-text output.

Seeded and re-runnable: `python make_pages.py` rewrites pages/*.txt, pages/manifest.csv (15 of the 30 pages)
and truth.json.  Written BEFORE the library was run on the pages.

Template markup (stripped from the page, recorded in the truth):
  [text|LABEL]          an entity (GUIDE labels)
  <printed|group|kind>  a known national/provincial formula; printed may carry “” (then also a marked slogan)
  {printed|kind}        a city's own slogan (kind n/p/q); printed may carry “”
  {printed|x}           a quoted phrase that is NOT a slogan (distractor)
Headlines of the 2003-2008 front pages are printed with doubled bold glyphs (乡乡村村) as PDF extraction
of fake-bold type gives them; the truth keeps the single title.
"""
import csv, datetime, json, os, random, re

OUT = os.path.dirname(os.path.abspath(__file__))
COUNTY, CODE, PAPER = "高州市", "440981", "高州日报"
TOWNSHIPS = {"潘州街道": "440981007", "山美街道": "440981003", "石仔岭街道": "440981002", "金山街道": "440981006",
             "宝光街道": "440981008", "谢鸡镇": "440981100", "云潭镇": "440981102", "根子镇": "440981104",
             "泗水镇": "440981105", "沙田镇": "440981109", "南塘镇": "440981110", "荷花镇": "440981111",
             "大坡镇": "440981119", "平山镇": "440981120", "马贵镇": "440981122", "曹江镇": "440981124",
             "荷塘镇": "440981126", "石鼓镇": "440981127", "东岸镇": "440981128", "长坡镇": "440981129"}
VILLAGES = {
    "石仔岭街道": {"荔枝圩村": "440981002202", "茂岭村": "440981002201", "潭蒲村": "440981002204"},
    "山美街道": {"云径村": "440981003202", "杨郡村": "440981003204", "官杨村": "440981003205"},
    "谢鸡镇": {"甘园村": "440981100202", "罗迪坑村": "440981100205", "保华村": "440981100207"},
    "云潭镇": {"珍珠村": "440981102201", "垌尾村": "440981102204", "读岗村": "440981102205"},
    "根子镇": {"公垌村": "440981104202", "到湾村": "440981104203", "浮山村": "440981104206"},
    "泗水镇": {"六匝村": "440981105203", "彰坑村": "440981105204", "大翰村": "440981105206"},
    "沙田镇": {"周村": "440981109202", "山曜村": "440981109203", "桃栏村": "440981109205"},
    "南塘镇": {"彭村": "440981110201", "蓝田村": "440981110202", "旺罗村": "440981110206"},
    "荷花镇": {"上俗村": "440981111201", "平头岗村": "440981111204", "大路山村": "440981111206"},
    "大坡镇": {"白马村": "440981119201", "和睦村": "440981119203", "鹤垌村": "440981119206"},
    "平山镇": {"凤凰村": "440981120201", "福芳村": "440981120204", "大仁庙村": "440981120206"},
    "马贵镇": {"山心村": "440981122201", "厚元村": "440981122202", "河木垌村": "440981122206"},
    "曹江镇": {"霍村": "440981124202", "珊阁村": "440981124203", "先觉村": "440981124204"},
    "荷塘镇": {"石龙村": "440981126203", "松明村": "440981126202", "棠南村": "440981126206"},
    "石鼓镇": {"三文田村": "440981127201", "丽山村": "440981127203", "金山村": "440981127204"},
    "东岸镇": {"竹朗村": "440981128203", "石陂村": "440981128204", "横山村": "440981128206"},
    "长坡镇": {"石龙村": "440981129222", "旺利村": "440981129201", "大石冲村": "440981129206"},
}
RURAL = [t for t in VILLAGES if t.endswith("镇")]
COMMUNITIES = {"潘州街道": {"升平社区": "440981007001", "东门社区": "440981007002", "北关社区": "440981007003",
                            "南湖塘社区": "440981007008", "西关社区": "440981007013"},
               "宝光街道": {"平江社区": "440981008001", "观山社区": "440981008002"},
               "石仔岭街道": {"南宫社区": "440981002001", "南珠社区": "440981002002"},
               "山美街道": {"城东社区": "440981003001"},
               "长坡镇": {"石龙社区": "440981129002"}}
STREETS = list(COMMUNITIES)[:4]

SURN = list("陈李梁黄林何吴杨张刘冯谭邓朱罗叶钟庞莫曾潘柯")
GIVEN = list("志建明海华清雅丽春文国振永秀玉金晓婉一德辉俊燕芳美宏伟荣锦鸿素嘉颖")


def pname(rng):
    return rng.choice(SURN) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.8 else "")


CADRES = {1: {"书记": "梁国栋", "市长": "何振南", "副市长": "林秀珍", "组织部长": "吴建华", "政法委书记": "杨海明"},
          2: {"书记": "陈锦荣", "市长": "黄志远", "副市长": "冯丽霞", "组织部长": "钟明辉", "政法委书记": "罗振宇"},
          3: {"书记": "叶建平", "市长": "庞永康", "副市长": "谭雅琴", "组织部长": "莫德华", "政法委书记": "曾国强"},
          4: {"书记": "柯鸿飞", "市长": "朱海涛", "副市长": "邓婉清", "组织部长": "潘嘉伟", "政法委书记": "刘振邦"}}
REPORTERS = {1: ["李华明", "梁雅芳", "何清"], 2: ["黄晓东", "林锦华", "陈丽"], 3: ["谭文斌", "罗春燕", "冯一鸣"],
             4: ["钟颖", "杨俊宏", "朱晓婉", "庞嘉"]}
DATES = ["2003-03-18", "2003-11-25", "2004-06-08", "2005-04-21", "2006-09-14", "2007-05-30", "2008-10-16",
         "2009-03-12", "2010-07-27", "2011-05-19", "2012-09-06", "2013-04-16", "2014-08-21", "2015-03-26",
         "2016-07-12", "2017-04-20", "2017-11-09", "2018-06-14", "2019-03-28", "2019-10-17", "2020-06-23",
         "2021-03-11", "2021-09-29", "2022-05-19", "2022-12-08", "2023-04-13", "2023-10-26", "2024-05-16",
         "2024-11-21", "2025-06-12"]
WEEK = "一二三四五六日"


def era_of(y):
    return 1 if y <= 2007 else 2 if y <= 2012 else 3 if y <= 2017 else 4


FORMULA_SENT = [
    (2003, 2007, "深入贯彻<“三个代表”|三个代表|n>重要思想，"),
    (2003, 2007, "为<全面建设小康社会|全面建设小康社会|q>而努力奋斗，"),
    (2005, 2006, "扎实开展保持共产党员<先进性教育|保持共产党员先进性教育活动|q>活动，"),
    (2004, 2012, "以<科学发展观|科学发展观|q>统领经济社会发展全局，"),
    (2005, 2012, "加快构建<社会主义和谐社会|和谐社会|q>，"),
    (2006, 2012, "扎实推进<社会主义新农村建设|社会主义新农村|q>，"),
    (2006, 2009, "树立以<“八荣八耻”|八荣八耻|n>为主要内容的社会主义荣辱观，"),
    (2006, 2012, "按照<“生产发展、生活宽裕、乡风文明、村容整洁、管理民主”|新农村二十字方针|p>的要求，"),
    (2010, 2012, "深入开展<创先争优|创先争优|q>活动，"),
    (2011, 2017, "大力推进<美丽乡村|美丽乡村|q>建设，"),
    (2013, 2016, "严格落实[中央|ORG]<八项规定|八项规定|n>精神，"),
    (2013, 2014, "扎实开展党的<群众路线教育实践活动|群众路线教育实践活动|q>，"),
    (2013, 2017, "为实现<中国梦|中国梦|q>凝聚力量，"),
    (2015, 2017, "协调推进<“四个全面”|四个全面|n>战略布局，"),
    (2016, 2018, "推进<“两学一做”|两学一做|n>学习教育常态化制度化，"),
    (2015, 2020, "坚持<精准扶贫|精准扶贫|q>、精准脱贫基本方略，"),
    (2017, 2025, "全面推行<河长制|河长制|q>，"),
    (2014, 2025, "深化<网格化管理|网格化管理|q>，"),
    (2018, 2022, "全面实施<乡村振兴战略|乡村振兴|q>，"),
    (2018, 2023, "按照<“产业兴旺、生态宜居、乡风文明、治理有效、生活富裕”|乡村振兴二十字总要求|p>的总要求，"),
    (2018, 2025, "扎实推进农村<人居环境整治|人居环境整治|q>，"),
    (2018, 2025, "培育{文明乡风、良好家风、淳朴民风|p}，推动<乡风文明|乡风文明|q>建设，"),
    (2019, 2020, "巩固深化<“不忘初心、牢记使命”|不忘初心、牢记使命|q>主题教育成果，"),
    (2018, 2025, "推动<高质量发展|高质量发展|q>，"),
    (2021, 2025, "深刻领悟<“两个确立”|两个确立|n>的决定性意义，坚决做到<“两个维护”|两个维护|n>，"),
    (2021, 2021, "扎实开展<党史学习教育|党史学习教育|q>，"),
    (2023, 2025, "以<中国式现代化|中国式现代化|q>全面推进强国建设，"),
    (2024, 2025, "推进<乡村全面振兴|乡村全面振兴|q>，"),
    (2018, 2025, "践行<“绿水青山就是金山银山”|绿水青山就是金山银山|q>理念，"),
    (2023, 2025, "深入实施<“百县千镇万村高质量发展工程”|百县千镇万村高质量发展工程|q>，"),
    (2019, 2025, "坚持和发展新时代<“枫桥经验”|枫桥经验|q>，"),
]
COUNTY_SENT = [
    (2003, 2007, "坚定不移实施{“工业强市、农业稳市、商贸活市”|p}战略，"),
    (2004, 2009, "深入开展{“三清三建”|n}活动，{清垃圾、清淤泥、清路障|p}，"),
    (2006, 2010, "扎实推进{“千名干部下基层”|q}活动，"),
    (2009, 2013, "大力实施{“一镇一品、一村一特”|n}工程，"),
    (2011, 2016, "全力打造{“荔乡先锋”|q}党建品牌，"),
    (2014, 2019, "推行{“一格一员、一员多能”|n}网格工作模式，"),
    (2014, 2025, "深化{“四个一”|n}网格工作法，"),
    (2016, 2020, "推进{“三清三拆三整治”|n}，"),
    (2017, 2025, "全面落实{“一河一策、一河一档、一河一长”|n}，"),
    (2019, 2022, "开展{“五美”|n}庭院创建，"),
    (2020, 2025, "推进{“荔枝+”|q}融合发展，"),
    (2021, 2025, "坚持党建引领、网格支撑、多元共治，"),  # truth fix: unquoted, no repeated morpheme: not a slogan (GUIDE 2b)
    (2023, 2025, "实施{“头雁领航”|q}行动，"),
]
DISTRACT = ["{“领头雁”|x}", "{“娘家人”|x}", "{“土专家”|x}", "{“钱袋子”|x}", "{“老大难”|x}", "{“家门口”|x}",
            "{“一站式”|x}", "{“主心骨”|x}", "{“金名片”|x}", "{“红黑榜”|x}", "{“网格员”|x}", "{“小巷总理”|x}"]


def pick(lst, rng, y, n):
    c = [s for a, b, s in lst if a <= y <= b]
    return rng.sample(c, min(n, len(c)))


def T(tw): return f"[{tw}|TOWNSHIP]"
def V(v): return f"[{v}|VILLAGE]"
def C(c): return f"[{c}|COMMUNITY]"
def P(n): return f"[{n}|PERSON]"


def pick_village(rng, k=1):
    tw = rng.choice(RURAL)
    return tw, rng.sample(list(VILLAGES[tw]), k)


def art_meeting(rng, y, era):
    c = CADRES[era]
    ev = rng.choice(["全市[农村工作会议|EVENT]", "全市[经济工作会议|EVENT]",
                     f"[市委{rng.choice(['十一', '十二', '十三', '十四'])}届{rng.choice(['三', '五', '六'])}次全会|EVENT]"])
    f = pick(FORMULA_SENT, rng, y, 3); s = pick(COUNTY_SENT, rng, y, 2)
    title = rng.choice([f"{ev}召开", "全市上下凝心聚力谋发展", "锚定目标　真抓实干"])
    paras = [f"日前，{ev}在[市行政中心|FAC]召开。[市委|ORG]书记{P(c['书记'])}出席并讲话，市长{P(c['市长'])}主持会议。",
             f"{P(c['书记'])}强调，各镇（街道）、各部门要{''.join(f)}{''.join(s)}推动[{COUNTY}|GPE]各项工作走在[茂名|GPE]前列。",
             f"{P(c['市长'])}要求，要当好群众的{rng.choice(DISTRACT)}，切实解决群众急难愁盼问题。",
             "[市人大常委会|ORG]、[市政协|ORG]领导，各镇党委书记、街道党工委书记参加会议。"]
    return dict(kind="meeting", title=title, kicker=rng.choice(["", "聚焦发展　真抓实干"]), subtitle=rng.choice(["", f"{P(c['书记'])}出席并讲话"]), paras=paras)


def art_grid(rng, y, era):
    st = rng.choice(STREETS); cm = rng.choice(list(COMMUNITIES[st]))
    c = CADRES[era]
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(COUNTY_SENT, rng, y, 1)
    sec = pname(rng)
    title = rng.choice([f"{C(cm)}：网格连民心　服务零距离", "网格化管理织密基层治理网", f"{T(st)}让网格员成为“[{cm}|COMMUNITY]管家”"])
    paras = [f"清晨七点，{T(st)}{C(cm)}网格员{P(pname(rng))}已经走街串巷，逐户排查安全隐患。",
             f"近年来，{T(st)}{''.join(f)}{''.join(s)}将辖区划分为{rng.randint(12, 40)}个网格，实现{{“小事不出网格、大事不出社区”|q}}。",
             f"[{cm}党委|ORG]书记{P(sec)}介绍，社区网格员被居民亲切地称为{rng.choice(DISTRACT)}。",
             f"[市委|ORG]常委、政法委书记{P(c['政法委书记'])}到{C(cm)}调研时指出，要把网格建在群众身边。"]
    return dict(kind="grid", title=title, kicker=rng.choice(["", "基层治理进行时"]), subtitle="", paras=paras)


def art_river(rng, y, era):
    tw, (v1,) = pick_village(rng, 1)
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(COUNTY_SENT, rng, y, 1)
    river = rng.choice(["鉴江", "曹江", "大井河"])
    chief = pname(rng)
    title = rng.choice([f"{river}水清岸绿　河长巡河常态化", "守护一江清水", f"{T(tw)}：河长巡河护碧水"])
    paras = [f"连日来，[市水务局|ORG]联合{T(tw)}对[{river}|LOC]{V(v1)}段开展巡查，{''.join(f)}推进[{river}流域综合治理工程|PROJECT]。",
             f"{T(tw)}镇级河长{P(chief)}说，{''.join(s)}全镇已落实村级河长{rng.randint(15, 40)}名。",
             f"“{rng.choice(['现在河里的鱼又多起来了', '每天傍晚都来河边散步'])}。”{V(v1)}村民{P(pname(rng))}说。"]
    return dict(kind="river", title=title, kicker=rng.choice(["", "生态[高州|GPE]"]), subtitle="", paras=paras)


def art_env(rng, y, era):
    tw, (v1, v2) = pick_village(rng, 2)
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(COUNTY_SENT, rng, y, 1)
    sec = pname(rng)
    title = rng.choice([f"{V(v1)}旧貌换新颜", "人居环境整治让乡村美起来", f"{T(tw)}村容村貌焕然一新"])
    paras = [f"走进{T(tw)}{V(v1)}，房前屋后干净整洁，村道两旁绿树成荫。",
             f"该村{''.join(f)}{''.join(s)}组织党员群众清理卫生死角{rng.randint(30, 300)}处，实施了[农村生活污水治理工程|PROJECT]。",
             f"村党支部书记{P(sec)}介绍，{V(v1)}还与邻近的{V(v2)}结成帮扶对子，被群众称为{rng.choice(DISTRACT)}。"]
    return dict(kind="env", title=title, kicker=rng.choice(["", "<美丽乡村|美丽乡村|q>行", "走基层"]), subtitle="", paras=paras)


def art_civility(rng, y, era):
    tw, (v1,) = pick_village(rng, 1)
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(COUNTY_SENT, rng, y, 1)
    title = rng.choice(["移风易俗树新风", f"[{v1}红白理事会|ORG]管出好风气", "村规民约润民心"])
    paras = [f"“{rng.choice(['以前办酒席要摆几十桌', '现在人情负担轻多了'])}。”{T(tw)}{V(v1)}村民{P(pname(rng))}说。",
             f"近年来，{T(tw)}{''.join(f)}{''.join(s)}在各村成立红白理事会，修订村规民约。",
             f"[市文明办|ORG]负责人{P(pname(rng))}表示，全市将评选“[{v1}|VILLAGE]好人”等先进典型。"]
    return dict(kind="civility", title=title, kicker=rng.choice(["", "<乡风文明|乡风文明|q>"]), subtitle="", paras=paras)


def art_lychee(rng, y, era):
    tw, (v1,) = pick_village(rng, 1)
    f = pick(FORMULA_SENT, rng, y, 1); s = pick(COUNTY_SENT, rng, y, 1)
    coop = rng.choice(["根子荔枝专业合作社", "丰盈龙眼种植专业合作社", "贡园荔枝农民专业合作社"])
    title = rng.choice(["[高州|GPE]荔枝俏销海内外", f"{T(tw)}荔枝丰收果农笑", "小荔枝做成大产业"])
    paras = [f"本报讯　眼下正值荔枝成熟季节，{T(tw)}{V(v1)}的荔枝园里一片繁忙，[{coop}|ORG]每天发往[广州|GPE]、[上海|GPE]的荔枝超过{rng.randint(5, 40)}吨。",
             f"{''.join(f)}{''.join(s)}全市建成[{tw[:-1]}荔枝产业园建设项目|PROJECT]等一批产业平台。",
             f"果农{P(pname(rng))}说：“{rng.choice(['今年价格好，一亩能多收两千元', '有了合作社，不愁卖不出去'])}。”"]
    return dict(kind="lychee", title=title, kicker=rng.choice(["", "荔乡经济"]), subtitle="", paras=paras)


def art_party(rng, y, era):
    c = CADRES[era]
    tw, (v1,) = pick_village(rng, 1)
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(COUNTY_SENT, rng, y, 1)
    title = rng.choice(["党建引领聚合力", f"{T(tw)}夯实基层战斗堡垒", "让党旗在基层一线高高飘扬"])
    paras = [f"[市委组织部|ORG]坚持{''.join(f)}{''.join(s)}着力提升基层党组织组织力。",
             f"在{T(tw)}，[{v1}党支部|ORG]推行{{“党员联户”|q}}做法，每名党员联系{rng.randint(5, 12)}户群众。",
             f"[市委|ORG]常委、组织部长{P(c['组织部长'])}表示，将选派{rng.randint(30, 120)}名优秀干部到村任职。"]
    return dict(kind="party", title=title, kicker=rng.choice(["", "基层党建"]), subtitle="", paras=paras)


def art_comment(rng, y, era):
    f = pick(FORMULA_SENT, rng, y, 3); s = pick(COUNTY_SENT, rng, y, 2)
    title = rng.choice(["以实干担当书写发展新篇章", "把蓝图变成施工图", "让基层治理更有温度"])
    paras = [f"发展是第一要务。当前，全市上下要{''.join(f)}把心思和精力集中到抓落实上来。",
             f"要{''.join(s)}以钉钉子精神解决一批{rng.choice(DISTRACT)}问题。",
             f"让我们在[{COUNTY}|GPE]这片热土上奋勇争先。"]
    return dict(kind="comment", title=title, kicker="", subtitle="", paras=paras, byline_form="comment")


KINDS = [art_meeting, art_grid, art_river, art_env, art_civility, art_lychee, art_party, art_comment]

TOK = re.compile(r"\[([^\[\]|]+)\|([A-Z]+)\]|<([^<>|]+)\|([^<>|]+)\|([nqp])>|\{([^{}|]+)\|([nqpx])\}")
NESTED = {"中国梦": [], "百县千镇万村高质量发展工程": []}


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
            if group == "百县千镇万村高质量发展工程":
                rec["ents"].append(("百县千镇万村高质量发展工程", "PROJECT"))
        else:
            printed, kind = m.group(6), m.group(7)
            out.append(printed)
            if kind == "x":
                rec["distractors"].append(printed.strip("“”"))
            else:
                rec["county"].append((printed.strip("“”"), kind, printed.startswith("“")))
                if markup[m.end():m.end() + 2] in ("行动", "工程"):  # truth fix: “X”工程 is a PROJECT too
                    rec["ents"].append((printed.strip("“”") + "行动", "PROJECT"))
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
    forms = ["line", "lead", "lead_intern", "wentu", "sig", "tongxun", "none", "end", "center", "zhuanwen", "two_line"]
    if era < 4:
        forms.remove("center")
    form = form or rng.choice(forms)
    if form == "comment":
        return "line", "本报评论员", []
    if form == "line":
        return "line", f"本报记者　{P(a)}", [a]
    if form == "lead":
        return "lead", f"本报讯（记者　{P(a)}　通讯员　{P(b)}）", [a, b]
    if form == "lead_intern":
        return "lead", f"本报讯　记者{P(a)}、实习生{P(c)}报道：", [a, c]
    if form == "wentu":
        return "line", f"文/图　本报记者　{P(a)}", [a]
    if form == "sig":
        return "end", f"（{P(b)}）", [b]
    if form == "tongxun":
        return "line", f"■特约通讯员　{P(b)}", [b]
    if form == "end":
        return "end", f"（记者　{P(a)}　通讯员　{P(b)}　报道）", [a, b]
    if form == "center":
        return "line", f"[高州市融媒体中心|ORG]记者　{P(a)}", [a]
    if form == "zhuanwen":
        return "line", f"撰文：{P(a)}　摄影：{P(b)}", [a, b]
    if form == "two_line":
        return "line2", f"本报记者　{P(a)}\n通讯员　{P(b)}　{P(c)}", [a, b, c]
    return None, "", []


def furniture(rng, d, pno, era, section):
    y, m, dd = map(int, d.split("-"))
    wd = WEEK[datetime.date(y, m, dd).weekday()]
    ed, pr = pname(rng), pname(rng)
    ds = f"{y}年{m}月{dd}日"
    lunar = rng.choice(["农历癸未年二月十六", "农历甲申年四月廿一", "农历丙戌年七月廿二"])
    if era == 1:
        if pno == 1:
            top = ["高州日报", "GAOZHOU RIBAO", f"[中共高州市委|ORG]机关报　　　国内统一刊号：CN44-00{rng.randint(10, 99)}",
                   f"{ds}　星期{wd}　{lunar}", f"第{rng.randint(800, 1900)}期　今日四版"]
        else:
            top = [f"{ds}　星期{wd}　　　高州日报　　　第{pno}版　{section}"]
        bottom = [f"责任编辑　{P(ed)}　　校对　{P(pr)}"]
    elif era == 2:
        top = [f"高州日报　　{ds}　星期{wd}", f"{section}　A{pno}", f"编辑：{P(ed)}　版式：{P(pr)}"]
        bottom = [f"A{pno}"]
    elif era == 3:
        top = [f"{section}　{pno:02d}", f"{ds}　星期{wd}　　高州日报", f"责编：{P(ed)}　美编：{P(pr)}"]
        bottom = ["本报地址：[高州市|GPE][府前路|FAC]　　邮编：525200"]
    else:
        top = ["高州日报", f"[高州市融媒体中心|ORG]主办　　{ds}　星期{wd}", f"第{pno:02d}版　{section}"]
        bottom = [f"本版编辑：{P(ed)}　美编：{P(pr)}　校对：{P(pname(rng))}", "扫码下载“[高州发布|ORG]”客户端"]
    return top, bottom


def bold_double(s):
    return "".join(ch * 2 if ch not in "　 ：" else ch for ch in s)


def build_page(idx, d):
    rng = random.Random(2900 + idx)
    y = int(d[:4]); era = era_of(y)
    pno = rng.choice([1, 2, 3, 4]) if idx % 3 else 1
    sec = {1: "要闻", 2: "综合", 3: "镇街视窗", 4: "社区·网格"}[pno]
    if era == 4 and pno in (2, 3) and rng.random() < 0.6:
        sec = "<乡村振兴|乡村振兴|q>"
    width = rng.choice([13, 15, 17, 19, 21, 24])
    indent = rng.choice(["　　", "  ", ""])
    blank = rng.random() < 0.55
    head_after = era == 2 and rng.random() < 0.7
    doubled = era == 1 and pno == 1
    top, bottom = furniture(rng, d, pno, era, sec)
    rec = dict(ents=[], formulae=[], quoted=[], county=[], distractors=[])
    lines = [strip(t, rec) for t in top] + [""]  # section names and kickers that print a formula count for it (truth fix)
    articles = []
    # a banner slogan line on some era-4 front pages
    if era == 4 and pno == 1 and rng.random() < 0.7:
        bn = rng.choice(["<乡村全面振兴|乡村全面振兴|q>　荔乡再谱新篇" if y >= 2024 else "<乡村振兴|乡村振兴|q>　荔乡再谱新篇",
                         "学习贯彻党的二十大精神　奋力推进<高质量发展|高质量发展|q>" if y >= 2023 else "奋力推进<高质量发展|高质量发展|q>"])
        lines += [strip(bn, rec), ""]
    kinds = rng.sample(KINDS, rng.randint(3, 4))
    if pno == 1 and art_meeting not in kinds:
        kinds[0] = art_meeting
    if pno == 4 and art_grid not in kinds:
        kinds[-1] = art_grid
    for ai, kf in enumerate(kinds):
        a = kf(rng, y, era)
        where, bl, names = byline(rng, era, a.get("byline_form"))
        ar = dict(ents=[], formulae=[], quoted=[], county=[], distractors=[])
        after = head_after and ai >= len(kinds) - 2 and where != "lead"
        title = strip(a["title"], ar)
        tl = [title]
        if len(title) > 11 and rng.random() < 0.35:
            cut = title.find("　") if "　" in title else len(title) // 2
            tl = [title[:cut].strip("　"), title[cut:].strip("　")]
        if doubled and ai == 0:
            tl_print = [bold_double(t) for t in tl]
        else:
            tl_print = tl
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
        for k in rec:
            rec[k] += ar[k]
        articles.append(dict(title="".join(tl) if len(tl) == 1 else tl[0] + tl[1], byline=names,
                             byline_text=re.sub(r"\[([^|\]]+)\|[A-Z]+\]", r"\1", bl), kind=a["kind"],
                             headline_after=after, doubled=doubled and ai == 0,
                             # for the campaign-reach score: the formulae and the places of this article (title, kicker, body)
                             formulae=sorted({g for g, _ in ar["formulae"]}),
                             marked=sorted({t for t, k, q in ar["county"] if q or k == "p"} | {t for t, k, g in ar["quoted"]}),
                             places=sorted({t for t, l in ar["ents"] if l in ("TOWNSHIP", "VILLAGE", "COMMUNITY")})))
    if rng.random() < 0.55:
        lines.append("镇街简讯" if era < 4 else "【镇街快讯】")
        for _ in range(rng.randint(2, 3)):
            tw, (v1,) = pick_village(rng, 1)
            st = rng.choice(STREETS); cm = rng.choice(list(COMMUNITIES[st]))
            t, body = rng.choice([
                (f"{T(tw)}开展森林防火演练", f"日前，{T(tw)}组织干部群众{rng.randint(40, 120)}人在{V(v1)}开展森林防火应急演练。"),
                (f"{T(st)}开展网格员培训", f"近日，{T(st)}组织{rng.randint(50, 150)}名网格员集中培训，{C(cm)}网格员作了经验交流。"),
                (f"{V(v1)}新建文化广场", f"由{T(tw)}投资建设的[{v1}文化广场|FAC]日前投入使用。"),
                (f"{C(cm)}开展垃圾分类宣传", f"{T(st)}{C(cm)}日前组织志愿者入户宣传垃圾分类。"),
            ])
            sig = pname(rng)
            tp = strip(t, rec)
            lines.append(("◆" if era < 3 else "■") + tp)
            lines += wrap(strip(body + f"（{P(sig)}）", rec), width, indent)
            articles.append(dict(title=tp, byline=[sig], byline_text=f"（{sig}）", kind="brief", headline_after=False, doubled=False))
        lines.append("")
    if rng.random() < 0.5:
        tw, (v1,) = pick_village(rng, 1)
        ph = pname(rng)
        cap = f"图为{T(tw)}{V(v1)}村民在采摘荔枝。　{P(ph)}　摄" if rng.random() < 0.5 else f"▲{T(tw)}{V(v1)}新貌。　本报记者　{P(ph)}　摄"
        lines += wrap(strip(cap, rec), width, "") + [""]
        articles.append(dict(title="", byline=[ph], byline_text=f"{ph} 摄", kind="photo", headline_after=False, doubled=False))
    if rng.random() < 0.3:
        org = rng.choice(["高州市自然资源局", "高州市人民政府征兵办公室", "高州市河长制办公室"])
        lines.append("通　告")
        body = f"根据有关规定，现将{y}年度有关事项通告如下：请有关单位和个人于{rng.randint(1, 28)}日前到[{org}|ORG]办理。特此通告。"
        lines += wrap(strip(body, rec), width, indent)
        lines.append(strip(f"[{org}|ORG]", rec)); lines.append(f"{y}年{int(d[5:7])}月{int(d[8:10])}日"); lines.append("")
        articles.append(dict(title="通告", byline=[], byline_text="", kind="notice", headline_after=False, doubled=False))
    for b in bottom:
        lines.append(strip(b, rec))
    return "\n".join(lines) + "\n", articles, rec, pno


def norm(s):
    return re.sub(r"[\s“”‘’「」]", "", s)


def main():
    os.makedirs(os.path.join(OUT, "pages"), exist_ok=True)
    truth = {"county": COUNTY, "county_code": CODE, "paper": PAPER, "pages": []}
    man = []
    for idx, d in enumerate(DATES):
        text, arts, rec, pno = build_page(idx, d)
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
                near = sorted({tw for i in [m.start() for m in re.finditer(t, j)] for tw, _ in cands if tw in j[max(0, i - 30):i]})
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
        truth["pages"].append(dict(file=stem + ".txt", issue=stem, date=d, year=int(d[:4]), page=pno, in_manifest=idx % 2 == 0,
                                   articles=arts, entities=[dict(text=t, label=l, count=n) for (t, l), n in sorted(ents.items())],
                                   places=places, slogans=slogans, distractors=sorted(set(rec["distractors"])), formulae=formulae))
        if idx % 2 == 0:
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
    # which townships/villages/communities each campaign reaches, by year (campaign = formula group on the article's page)
    json.dump(truth, open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(truth["pages"]), "pages,", sum(len(p["articles"]) for p in truth["pages"]), "articles,",
          sum(e["count"] for p in truth["pages"] for e in p["entities"]), "entity mentions,",
          sum(len(p["slogans"]) for p in truth["pages"]), "page-slogans")


if __name__ == "__main__":
    main()
