#!/usr/bin/env python3
"""Invented pages of 张店报 / 今日张店 (张店区 370303, 淄博市, 山东; a 市辖区), 2005-2025, as PDF-to-text output.

Seeded and re-runnable: `python make_pages.py` rewrites pages/*.txt and truth.json. NO manifest: the file names
carry the dates (YYYY-MM-DD_pN.txt). Written BEFORE the library was run on the pages.

Template markup (stripped from the page, recorded in the truth):
  [text|LABEL]          an entity (GUIDE labels)
  <printed|group|kind>  a known national/provincial formula; printed may carry “” (then also a marked slogan)
  {printed|kind}        the district's own slogan (kind n/p/q); printed may carry “”
  {printed|x}           a quoted phrase that is NOT a slogan (distractor)
Headlines of the 2005-2009 front pages are printed with doubled bold glyphs (网网格格) as PDF extraction of fake-bold
type gives them; the truth keeps the single title. The masthead (张店报 / 今日张店) is not annotated.
"""
import datetime, json, os, random, re

OUT = os.path.dirname(os.path.abspath(__file__))
COUNTY, CODE, PAPER = "张店区", "370303", "张店报"
TOWNSHIPS = {"车站街道": "370303001", "公园街道": "370303002", "湖田街道": "370303003", "和平街道": "370303004",
             "科苑街道": "370303005", "体育场街道": "370303006", "四宝山街道": "370303008", "马尚街道": "370303009",
             "南定镇": "370303101", "沣水镇": "370303102", "傅家镇": "370303104", "中埠镇": "370303105",
             "房镇镇": "370303107"}
VILLAGES = {
    "四宝山街道": {"尚庄村": "370303008200", "郭家村": "370303008224", "北石村": "370303008218"},
    "马尚街道": {"钱家村": "370303009213", "周家庄村": "370303009218", "九级村": "370303009210"},
    "湖田街道": {"南焦宋村": "370303003201", "下湖村": "370303003202"},
    "南定镇": {"翟家村": "370303101201", "三泉村": "370303101205", "漫泗河村": "370303101206"},
    "沣水镇": {"北沣村": "370303102202", "昌城村": "370303102206", "炒米村": "370303102212"},
    "傅家镇": {"浮山驿村": "370303104202", "河崖头村": "370303104211", "义集村": "370303104212"},
    "中埠镇": {"铁冶村": "370303105201", "郭家村": "370303105211", "边辛村": "370303105209"},
    "房镇镇": {"房东村": "370303107201", "麻营村": "370303107205", "天乙村": "370303107219"},
}
RURAL = list(VILLAGES)
COMMUNITIES = {"车站街道": {"新华社区": "370303001001", "胜利桥社区": "370303001002", "安乐街社区": "370303001005",
                            "华泰社区": "370303001008"},
               "公园街道": {"西苑社区": "370303002001", "小西湖社区": "370303002003", "沁园社区": "370303002005"},
               "湖田街道": {"洪一社区": "370303003001", "杏园社区": "370303003004", "福兴社区": "370303003011"},
               "和平街道": {"桃园社区": "370303004001", "和平社区": "370303004002", "柳泉社区": "370303004008"},
               "科苑街道": {"梅苑社区": "370303005001", "潘庄社区": "370303005008", "五里桥社区": "370303005009"},
               "体育场街道": {"河东社区": "370303006001", "广场社区": "370303006003", "杜科社区": "370303006008"},
               "马尚街道": {"西寨社区": "370303009001", "新兴社区": "370303009003"},
               "南定镇": {"朝阳社区": "370303101001"}}
STREETS = [s for s in COMMUNITIES if s.endswith("街道")]

SURN = list("王张李刘孙赵于徐高毕宋韩杨崔耿翟袁马郭田曹")
GIVEN = list("志建明海华清雅丽春文国振永秀玉金晓红一德辉俊燕芳美宏伟荣鑫鹏静磊涛娜敏")


def pname(rng):
    return rng.choice(SURN) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.8 else "")


CADRES = {1: {"书记": "毕东升", "区长": "孙立强", "副区长": "韩玉梅", "组织部长": "宋建国", "政法委书记": "耿海涛"},
          2: {"书记": "刘振华", "区长": "徐国栋", "副区长": "袁丽君", "组织部长": "崔明远", "政法委书记": "翟永刚"},
          3: {"书记": "赵鹏飞", "区长": "高宏伟", "副区长": "田雅静", "组织部长": "曹文斌", "政法委书记": "马俊杰"},
          4: {"书记": "郭德鑫", "区长": "于海燕", "副区长": "杨晓敏", "组织部长": "王春磊", "政法委书记": "李振涛"}}
REPORTERS = {1: ["张华明", "王雅芳", "李清"], 2: ["孙晓东", "刘锦华", "赵丽"], 3: ["徐文斌", "高春燕", "于一鸣"],
             4: ["宋颖", "韩俊宏", "毕晓婉", "崔嘉"]}
_r = random.Random(3030)
DATES = []
for _y in range(2005, 2026):
    for _k in range(2 if _y not in (2007, 2016) else 1):
        DATES.append(f"{_y}-{_r.randint(1, 6) + 6 * _k:02d}-{_r.randint(1, 28):02d}")
WEEK = "一二三四五六日"


def era_of(y):
    return 1 if y <= 2009 else 2 if y <= 2014 else 3 if y <= 2019 else 4


FORMULA_SENT = [
    (2005, 2009, "深入贯彻<“三个代表”|三个代表|n>重要思想，"),
    (2005, 2012, "以<科学发展观|科学发展观|q>统领经济社会发展全局，"),
    (2005, 2012, "加快构建<社会主义和谐社会|和谐社会|q>，"),
    (2006, 2009, "树立以<“八荣八耻”|八荣八耻|n>为主要内容的社会主义荣辱观，"),
    (2006, 2011, "扎实推进<社会主义新农村建设|社会主义新农村|q>，"),
    (2010, 2012, "深入开展<创先争优|创先争优|q>活动，"),
    (2013, 2014, "扎实开展党的<群众路线教育实践活动|群众路线教育实践活动|q>，"),
    (2013, 2017, "为实现<中国梦|中国梦|q>凝聚力量，"),
    (2013, 2016, "严格落实[中央|ORG]<八项规定|八项规定|n>精神，"),
    (2015, 2018, "协调推进<“四个全面”|四个全面|n>战略布局，"),
    (2016, 2018, "推进<“两学一做”|两学一做|n>学习教育常态化制度化，"),
    (2008, 2025, "深化<网格化管理|网格化管理|q>，"),
    (2012, 2025, "加强<社区党建|社区党建|q>工作，"),
    (2018, 2025, "推行<街巷长制|街巷长制|q>，"),
    (2019, 2025, "落实<“接诉即办”|接诉即办|q>机制，"),
    (2019, 2025, "推动<“街乡吹哨、部门报到”|吹哨报到|q>改革向社区延伸，"),
    (2018, 2025, "打造<“红色物业”|红色物业|q>，"),
    (2018, 2025, "坚持和发展新时代<“枫桥经验”|枫桥经验|q>，"),
    (2019, 2020, "巩固深化<“不忘初心、牢记使命”|不忘初心、牢记使命|q>主题教育成果，"),
    (2018, 2025, "推动<高质量发展|高质量发展|q>，"),
    (2018, 2022, "全面实施<乡村振兴战略|乡村振兴|q>，"),
    (2021, 2025, "深刻领悟<“两个确立”|两个确立|n>的决定性意义，坚决做到<“两个维护”|两个维护|n>，"),
    (2021, 2021, "扎实开展<党史学习教育|党史学习教育|q>，"),
    (2023, 2025, "以<中国式现代化|中国式现代化|q>全面推进强国建设，"),
]
COUNTY_SENT = [
    (2005, 2009, "深入开展{“百名干部进社区”|q}活动，"),
    (2006, 2011, "努力实现{“服务零距离、管理全覆盖、诉求全响应”|p}，"),
    (2010, 2015, "推行{“一格一员一警”|n}网格配置，"),
    (2011, 2016, "全力打造{“和美张店”|q}品牌，"),
    (2014, 2019, "实施{“三长联动”|n}机制，"),
    (2016, 2021, "推广{“四事”|n}工作法，"),
    (2017, 2025, "坚持{组织联建、活动联办、资源联享|p}，"),
    (2019, 2025, "深化{“党建+物业”|q}服务模式，"),
    (2021, 2025, "开展{“五联五帮”|n}行动，"),
    (2022, 2025, "擦亮{“幸福张店·网格先行”|q}品牌，"),
    (2020, 2025, "坚持党建引领、多方参与，"),  # unquoted pair: not a slogan
]
DISTRACT = ["{“小巷总理”|x}", "{“娘家人”|x}", "{“红管家”|x}", "{“和事佬”|x}", "{“老大难”|x}", "{“家门口”|x}",
            "{“一站式”|x}", "{“金钥匙”|x}", "{“主心骨”|x}", "{“贴心人”|x}", "{“网格员”|x}", "{“活地图”|x}"]


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


def pick_comm(rng):
    st = rng.choice(STREETS)
    return st, rng.choice(list(COMMUNITIES[st]))


def art_meeting(rng, y, era):
    c = CADRES[era]
    ev = rng.choice(["全区[基层治理工作会议|EVENT]", "全区[经济工作会议|EVENT]",
                     f"[区委{rng.choice(['十', '十一', '十二', '十三'])}届{rng.choice(['三', '五', '六'])}次全会|EVENT]"])
    f = pick(FORMULA_SENT, rng, y, 3); s = pick(COUNTY_SENT, rng, y, 2)
    title = rng.choice([f"{ev}召开", "全区上下凝心聚力抓治理", "锚定目标　真抓实干"])
    paras = [f"日前，{ev}在[区行政中心|FAC]召开。[区委|ORG]书记{P(c['书记'])}出席并讲话，区长{P(c['区长'])}主持会议。",
             f"{P(c['书记'])}强调，各街道、镇和区直各部门要{''.join(f)}{''.join(s)}推动[{COUNTY}|GPE]各项工作走在[淄博|GPE]前列。",
             f"{P(c['区长'])}要求，要当好群众的{rng.choice(DISTRACT)}，切实解决群众急难愁盼问题。",
             "[区人大常委会|ORG]、[区政协|ORG]领导，各街道党工委书记、镇党委书记参加会议。"]
    return dict(kind="meeting", title=title, kicker=rng.choice(["", "聚焦治理　真抓实干"]), subtitle=rng.choice(["", f"{P(c['书记'])}出席并讲话"]), paras=paras)


def art_grid(rng, y, era):
    st, cm = pick_comm(rng)
    c = CADRES[era]
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(COUNTY_SENT, rng, y, 1)
    sec = pname(rng)
    title = rng.choice([f"{C(cm)}：网格连民心　服务零距离", "小网格织密基层治理网", f"{T(st)}让网格员成为“[{cm}|COMMUNITY]管家”"])
    paras = [f"清晨七点，{T(st)}{C(cm)}网格员{P(pname(rng))}已经走街串巷，逐户排查安全隐患。",
             f"近年来，{T(st)}{''.join(f)}{''.join(s)}将辖区划分为{rng.randint(12, 40)}个网格，做到{{“小事不出网格、大事不出社区”|q}}。",
             f"[{cm}党委|ORG]书记{P(sec)}介绍，社区网格员被居民亲切地称为{rng.choice(DISTRACT)}。",
             f"[区委|ORG]常委、政法委书记{P(c['政法委书记'])}到{C(cm)}调研时指出，要把网格建在群众身边。"]
    return dict(kind="grid", title=title, kicker=rng.choice(["", "基层治理进行时"]), subtitle="", paras=paras)


def art_street(rng, y, era):
    st, cm = pick_comm(rng)
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(COUNTY_SENT, rng, y, 1)
    lane = rng.choice(["华光路", "共青团路", "人民西路", "柳泉路", "金晶大道"])
    title = rng.choice([f"{T(st)}：街巷长上岗　小巷大变样", "群众有诉求　马上就来办", f"{lane}背街小巷换新颜"])
    paras = [f"“{rng.choice(['路灯坏了，打个电话第二天就修好了', '楼道里的杂物终于清走了'])}。”{C(cm)}居民{P(pname(rng))}说。",
             f"今年以来，{T(st)}{''.join(f)}{''.join(s)}为辖区{rng.randint(20, 90)}条背街小巷配齐街巷长，[{lane}|FAC]一带的居民诉求办结率明显提升。",
             f"[街道党工委|ORG]书记{P(pname(rng))}表示，[{st}党工委|ORG]将把群众{rng.choice(DISTRACT)}问题列入清单，限时办结。"]
    return dict(kind="street", title=title, kicker=rng.choice(["", "<接诉即办|接诉即办|q>在一线" if y >= 2019 else "走基层"]), subtitle="", paras=paras)


def art_property(rng, y, era):
    st, cm = pick_comm(rng)
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(COUNTY_SENT, rng, y, 1)
    co = rng.choice(["淄博华润物业服务有限公司", "张店区鑫安物业公司", "齐都物业"])
    title = rng.choice(["红色引擎激活小区治理", f"{C(cm)}：党建引领物业服务提质", "物业有了“主心骨”"])
    paras = [f"在{T(st)}{C(cm)}，[{co}|ORG]的工作人员与社区网格员一起入户走访。",
             f"{''.join(f)}{''.join(s)}社区成立物业服务党支部，吸纳{rng.randint(3, 12)}家物业企业参与共建。",
             f"[区住建局|ORG]相关负责人{P(pname(rng))}介绍，全区已有{rng.randint(40, 200)}个小区建立红色物业联盟。"]
    return dict(kind="property", title=title, kicker=rng.choice(["", "社区党建"]), subtitle="", paras=paras)


def art_village(rng, y, era):
    tw, (v1, v2) = pick_village(rng, 2)
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(COUNTY_SENT, rng, y, 1)
    sec = pname(rng)
    title = rng.choice([f"{V(v1)}旧貌换新颜", "城郊村里的新变化", f"{T(tw)}村容村貌焕然一新"])
    paras = [f"走进{T(tw)}{V(v1)}，房前屋后干净整洁，村道两旁绿树成荫。",
             f"该村{''.join(f)}{''.join(s)}组织党员群众清理卫生死角{rng.randint(30, 300)}处，实施了[农村生活污水治理工程|PROJECT]。",
             f"村党支部书记{P(sec)}介绍，{V(v1)}还与邻近的{V(v2)}结成帮扶对子，被群众称为{rng.choice(DISTRACT)}。"]
    return dict(kind="village", title=title, kicker=rng.choice(["", "城乡统筹", "走基层"]), subtitle="", paras=paras)


def art_party(rng, y, era):
    c = CADRES[era]
    st, cm = pick_comm(rng)
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(COUNTY_SENT, rng, y, 1)
    title = rng.choice(["党建引领聚合力", f"{T(st)}夯实社区战斗堡垒", "让党旗在社区一线高高飘扬"])
    paras = [f"[区委组织部|ORG]坚持{''.join(f)}{''.join(s)}着力提升社区党组织组织力。",
             f"在{T(st)}，[{cm}党委|ORG]推行{{“党员联户”|q}}做法，每名党员联系{rng.randint(5, 12)}户居民。",
             f"[区委|ORG]常委、组织部长{P(c['组织部长'])}表示，将选派{rng.randint(30, 120)}名机关干部到社区报到。"]
    return dict(kind="party", title=title, kicker=rng.choice(["", "基层党建"]), subtitle="", paras=paras)


def art_comment(rng, y, era):
    f = pick(FORMULA_SENT, rng, y, 3); s = pick(COUNTY_SENT, rng, y, 2)
    title = rng.choice(["以实干担当书写治理新篇章", "把群众的事当成自己的事", "让基层治理更有温度"])
    paras = [f"民生无小事。当前，全区上下要{''.join(f)}把心思和精力集中到抓落实上来。",
             f"要{''.join(s)}以钉钉子精神解决一批{rng.choice(DISTRACT)}问题。",
             f"让我们在[{COUNTY}|GPE]这片热土上奋勇争先。"]
    return dict(kind="comment", title=title, kicker="", subtitle="", paras=paras, byline_form="comment")


KINDS = [art_meeting, art_grid, art_street, art_property, art_village, art_party, art_comment]


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
                if "张店" in printed:  # truth fix: a place inside a slogan still counts (GUIDE)
                    rec["ents"].append(("张店", "GPE"))
                if markup[m.end():m.end() + 2] in ("行动", "工程"):  # truth fix: “X”工程 is a PROJECT too
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
        return "line", f"[张店区融媒体中心|ORG]记者　{P(a)}", [a]
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
    lunar = rng.choice(["农历乙酉年二月十六", "农历丙戌年四月廿一", "农历戊子年七月廿二"])
    if era == 1:
        if pno == 1:
            top = ["张店报", "ZHANGDIAN BAO", f"[中共张店区委|ORG]机关报　　　淄博市内部资料准印证第{rng.randint(10, 99)}号",
                   f"{ds}　星期{wd}　{lunar}", f"第{rng.randint(300, 900)}期　今日四版"]
        else:
            top = [f"{ds}　星期{wd}　　　张店报　　　第{pno}版　{section}"]
        bottom = [f"责任编辑　{P(ed)}　　校对　{P(pr)}"]
    elif era == 2:
        top = [f"张店报　　{ds}　星期{wd}", f"{section}　{pno}", f"编辑：{P(ed)}　版式：{P(pr)}"]
        bottom = [f"—{pno}—"]
    elif era == 3:
        top = [f"{section}　{pno:02d}", f"{ds}　星期{wd}　　今日张店", f"责编：{P(ed)}　美编：{P(pr)}"]
        bottom = ["本报地址：[淄博市|GPE][张店区|GPE][人民西路|FAC]　　邮编：255000"]
    else:
        top = ["今日张店", f"[张店区融媒体中心|ORG]主办　　{ds}　星期{wd}", f"第{pno:02d}版　{section}"]
        bottom = [f"本版编辑：{P(ed)}　美编：{P(pr)}　校对：{P(pname(rng))}", "扫码关注“[张店发布|ORG]”微信公众号"]
    return top, bottom


def bold_double(s):
    return "".join(ch * 2 if ch not in "　 ：" else ch for ch in s)


def build_page(idx, d):
    rng = random.Random(3000 + idx)
    y = int(d[:4]); era = era_of(y)
    pno = rng.choice([1, 2, 3, 4]) if idx % 3 else 1
    sec = {1: "要闻", 2: "综合", 3: "街镇传真", 4: "社区·网格"}[pno]
    if era == 4 and pno in (2, 3) and rng.random() < 0.6:
        sec = "<接诉即办|接诉即办|q>"
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
        bn = rng.choice(["<网格化管理|网格化管理|q>　幸福张店再谱新篇",
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
        lines.append("街镇简讯" if era < 4 else "【街镇快讯】")
        for _ in range(rng.randint(2, 3)):
            tw, (v1,) = pick_village(rng, 1)
            st = rng.choice(STREETS); cm = rng.choice(list(COMMUNITIES[st]))
            t, body = rng.choice([
                (f"{T(tw)}开展防汛演练", f"日前，{T(tw)}组织干部群众{rng.randint(40, 120)}人在{V(v1)}开展防汛应急演练。"),
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
        st, cm = pick_comm(rng)
        cap = f"图为{T(st)}{C(cm)}网格员入户走访。　{P(ph)}　摄" if rng.random() < 0.5 else f"▲{T(tw)}{V(v1)}新貌。　本报记者　{P(ph)}　摄"
        lines += wrap(strip(cap, rec), width, "") + [""]
        articles.append(dict(title="", byline=[ph], byline_text=f"{ph} 摄", kind="photo", headline_after=False, doubled=False))
    if rng.random() < 0.3:
        org = rng.choice(["张店区民政局", "张店区人民政府征兵办公室", "张店区网格化服务管理中心"])
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
                # truth fix: the township of a repeated village name is read 120 characters back (was 30: 中埠镇边辛村…邻近的郭家村)
                near = sorted({tw for i in [m.start() for m in re.finditer(t, j)] for tw, _ in cands if tw in j[max(0, i - 120):i]})
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
        truth["pages"].append(dict(file=stem + ".txt", issue=stem, date=d, year=int(d[:4]), page=pno,
                                   articles=arts, entities=[dict(text=t, label=l, count=n) for (t, l), n in sorted(ents.items())],
                                   places=places, slogans=slogans, distractors=sorted(set(rec["distractors"])), formulae=formulae))
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
