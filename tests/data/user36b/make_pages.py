"""user36b: 100 scanned-and-OCRed pages of 定边报 (定边县 610825, 榆林市, 陕西省), 1998-2012, for a historian of the reform
era (西部大开发, 退耕还林, 三个代表, 新农村建设, 科学发展观, 和谐社会, 两免一补, 新农合, 整村推进), with the township mergers of
those years (撤乡并镇).  Seeded, re-runnable:   python make_pages.py

Writes clean/ (the page as typeset), pages/ (the same page after an OCR pass with the era's noise level) and truth.json
(of the CLEAN text: a name the OCR breaks is still the clean name in the truth; the score compares with spaces removed,
so a spaced-out name found whole still counts).

Real: 定边县 and its towns (贺圈镇 砖井镇 安边镇 姬塬镇 杨井镇 新安边镇 盐场堡镇 白湾子镇 油房庄乡 定边街道), the villages and
communities below (codes from /work/shared/data/admin_divisions_china), and the former township seats that are villages
today (纪畔村, 黄湾村, 武峁子村, 周台子村).  The former townships 纪畔乡, 黄湾乡, 武峁子乡, 周台子乡, 胶泥崾岘乡 and the
乡 -> 镇 renaming years are my assumption (believed real, not checked against a source: treat the years as invented);
their successors in the truth follow the village each seat is in today.  People, firms, projects, numbers: invented.
"""
import csv, datetime, json, os, random, re
from collections import Counter

rng = random.Random(36_2)
HERE = os.path.dirname(os.path.abspath(__file__))
PAPER, COUNTY, CODE = "定边报", "定边县", "610825"

# today's townships
TWN = {"贺圈镇": "610825101", "砖井镇": "610825103", "安边镇": "610825105", "姬塬镇": "610825108", "杨井镇": "610825109",
       "新安边镇": "610825110", "盐场堡镇": "610825113", "白湾子镇": "610825107", "油房庄乡": "610825204",
       "定边街道": "610825001", "定边镇": "610825001"}
# printed name -> (year from which the 镇 name is printed, 乡 name before) : renamed, same unit
RENAMED = {"姬塬镇": (2003, "姬塬乡"), "杨井镇": (2005, "杨井乡"), "新安边镇": (2004, "新安边乡"), "定边街道": (2012, "定边镇")}
# gone townships: name -> (merged year, successor)
GONE = {"纪畔乡": (2005, "贺圈镇"), "黄湾乡": (2005, "砖井镇"), "武峁子乡": (2005, "杨井镇"), "周台子乡": (2005, "盐场堡镇"),
        "胶泥崾岘乡": (2001, "白湾子镇")}
VIL = {"梁圈村": ("610825101201", "贺圈镇"), "五兴庄村": ("610825101213", "贺圈镇"), "王来滩村": ("610825101223", "贺圈镇"),
       "苏兴庄村": ("610825101234", "贺圈镇"), "纪畔村": ("610825101228", "纪畔乡"), "孙坑村": ("610825103204", "砖井镇"),
       "王圈村": ("610825103213", "砖井镇"), "黄湾村": ("610825103214", "黄湾乡"), "安寺村": ("610825105202", "安边镇"),
       "雷圈村": ("610825105206", "安边镇"), "路庄村": ("610825105210", "安边镇"), "官峁村": ("610825108210", "姬塬镇"),
       "何团庄村": ("610825108223", "姬塬镇"), "贺崾先村": ("610825109201", "杨井镇"), "秦湾村": ("610825109205", "杨井镇"),
       "武峁子村": ("610825109209", "武峁子乡"), "棋杆山村": ("610825109210", "杨井镇"), "三路渠村": ("610825109215", "杨井镇"),
       "店房洼村": ("610825204205", "油房庄乡"), "十里沙村": ("610825001205", "定边镇"), "周台子村": ("610825113216", "周台子乡"),
       "杨井村": ("610825109200", "杨井镇")}
COM = {"东关社区": "610825001005", "新华社区": "610825001009", "绿洲社区": "610825001013"}
PL = {**{k: ("TOWNSHIP", v) for k, v in TWN.items()}, **{v[1]: ("TOWNSHIP", TWN[k]) for k, v in RENAMED.items()},
      **{k: ("TOWNSHIP", None) for k in GONE}, **{k: ("VILLAGE", v[0]) for k, v in VIL.items()},
      **{k: ("COMMUNITY", v) for k, v in COM.items()}}
OLD = {v[1] for v in RENAMED.values()} | set(GONE)


def twn_name(t, y):
    """The township's name as the paper of year y prints it."""
    if t in RENAMED and y < RENAMED[t][0]:
        return RENAMED[t][1]
    return t


def towns(y):
    live = [twn_name(t, y) for t in ["贺圈镇", "砖井镇", "安边镇", "姬塬镇", "杨井镇", "新安边镇", "盐场堡镇", "白湾子镇", "油房庄乡"]]
    return live + [g for g, (yy, _) in GONE.items() if y < yy]


def vil_of(t, y):
    out = []
    for v, (c, home) in VIL.items():
        h = home if home not in GONE or y < GONE[home][0] else GONE[home][1]
        if twn_name(h, y) == t or h == t:
            out.append(v)
    return out


def tv(y):
    while True:
        t = rng.choice(towns(y)); vs = vil_of(t, y)
        if vs:
            return t, rng.choice(vs)


def E(t, lab=None):
    return f"<{t}|{lab or PL[t][0]}>"


L = lambda t: E(t, "LOC")
F = lambda t: E(t, "FAC")
O = lambda t: E(t, "ORG")
PJ = lambda t: E(t, "PROJECT")
EV = lambda t: E(t, "EVENT")
D = lambda t: "《" + E(t, "DOC") + "》"
P = lambda t: E(t, "PERSON")
G = lambda t: E(t, "GPE")


def FM(printed, name=None):
    return "{" + printed + "§" + (name or re.sub(r"<([^<>|]+)\|[A-Z]+>", r"\1", printed)) + "}"


def era(y):
    return 0 if y <= 2002 else 1 if y <= 2007 else 2


LEAD = {0: dict(sec="马国华", head="刘振邦"), 1: dict(sec="杨志明", head="白玉山"), 2: dict(sec="李建军", head="高凤英")}
REPORTERS = {0: ["王志刚", "贺兰芳"], 1: ["贺兰芳", "冯世杰"], 2: ["冯世杰", "马晓燕"]}
CORR = ["曹永福", "薛红梅", "张海军", "刘彩霞"]
TLEAD = ["郝建平", "乔玉兰", "慕生荣", "杜宏伟", "鲍永强", "惠秀珍"]
CREDIT = {0: "县农村信用社", 1: "县农村信用社", 2: "定边县农村信用合作联社"}
NOISE = {y: (0.6 if y <= 2002 else 0.35 if y <= 2007 else 0.15) for y in range(1998, 2013)}


def formulas(y):
    f = []
    if y >= 2000: f += [("实施" + FM("西部大开发") + "战略", "西部大开发")]
    if y >= 2000: f += [("践行" + FM("“三个代表”重要思想", "三个代表"), "三个代表")]
    if y >= 1999: f += [("巩固" + FM("退耕还林") + "成果", "退耕还林")]
    if y >= 2004: f += [("以" + FM("科学发展观") + "统领全局", "科学发展观")]
    if y >= 2005: f += [("构建" + FM("社会主义和谐社会", "和谐社会"), "和谐社会")]
    if y >= 2006: f += [("扎实推进" + FM("社会主义新农村建设", "新农村建设"), "新农村建设")]
    if y >= 2002: f += [("抓好" + FM("整村推进") + "扶贫开发", "整村推进")]
    return f


SCAN = [("退耕还林、封山绿化、个体承包、以粮代赈", None), ("生产发展、生活宽裕、乡风文明、村容整洁、管理民主", None),
        ("新型农村合作医疗", "新农合"), ("西部大开发", None), ("退耕还林", None), ("三个代表", None), ("科学发展观", None),
        ("和谐社会", None), ("新农村建设", None), ("两免一补", None), ("新农合", None), ("整村推进", None), ("封山禁牧", None)]


def scan(s):
    """Formula mentions of a clean text, leftmost-longest over SCAN: [(printed, name)]."""
    out, i = [], 0
    while i < len(s):
        for f, n in SCAN:
            if s.startswith(f, i):
                out.append((f, n or f)); i += len(f); break
        else:
            i += 1
    return out


def plain(s):
    s = re.sub(r"\{([^{}§]+)§[^{}§]+\}", r"\1", s)
    return re.sub(r"<([^<>|]+)\|[A-Z]+>", r"\1", s)


def ents(s):
    s = re.sub(r"\{([^{}§]+)§[^{}§]+\}", r"\1", s)
    return [(m.group(1), m.group(2)) for m in re.finditer(r"<([^<>|]+)\|([A-Z]+)>", s)]


def forms(s):
    return [(plain(m.group(1)), m.group(2)) for m in re.finditer(r"\{([^{}§]+)§([^{}§]+)\}", s)]


def wrap(text, w, indent=True):
    t = ("　　" if indent else "") + text
    return [t[i:i + w] for i in range(0, len(t), w)]


# ----------------------------------------------------------------- generated articles, year by year
def g_meeting(y, i):
    e = era(y); ld = LEAD[e]
    f = rng.sample(formulas(y), min(2, len(formulas(y)))) if formulas(y) else []
    ev = rng.choice(["全县农村工作会议", "全县经济工作会议", "县委全委（扩大）会议"])
    body = [f"{y}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日，{E('县委', 'ORG')}、{O('县政府')}召开"
            f"{EV('定边县' + ev[1:] if ev.startswith('全县') else ev)}。县委书记{P(ld['sec'])}"
            f"在会上强调，要{'，'.join(x for x, _ in f) or '狠抓农业生产'}，确保全年目标任务完成。",
            f"县长{P(ld['head'])}主持会议。各乡镇党委书记、县直各部门负责人参加会议。"]
    return dict(kind="news", title=f"{O('县委')}{O('县政府')}召开{ev[2:] if ev.startswith('全县') else ev}", body=body)


def g_tuigeng(y, i):
    t, v = tv(y); n = rng.randint(1000, 31000); lead = rng.choice(TLEAD)
    body = [f"今年，{E(t)}在{E(v)}等{rng.randint(3, 9)}个村实施{FM('退耕还林')}{rng.randint(1000, 9000)}亩，"
            f"已完成植苗{n}株。{O('县林业局')}技术人员深入田间指导。",
            f"{O(t + '党委')}书记{P(lead)}说，{FM('退耕还林')}和{FM('封山禁牧')}相结合，群众的日子越过越好。"]
    if y >= 2000 and rng.random() < 0.5:
        body.append(f"这是{E(t)}落实{FM('西部大开发')}战略的一项实事。")
    return dict(kind="news", title=f"{E(t)}退耕还林{n // 1000}千余亩", body=body)


def g_poverty(y, i):
    t, v = tv(y); amt = rng.randint(10, 90)
    body = [f"{O('县扶贫办')}日前在{E(t)}{E(v)}召开现场会，总结{FM('整村推进')}工作经验。",
            f"{E(v)}争取扶贫资金{amt}万元，{O(CREDIT[era(y)])}发放小额贷款{rng.randint(50, 300)}万元，"
            f"修建水窖{rng.randint(20, 120)}眼。"]
    if y >= 2006:
        body.append(f"{E(v)}被列为全县{FM('社会主义新农村建设', '新农村建设')}示范村。")
    return dict(kind="news", title=f"{E(v)}整村推进见成效", body=body)


def g_health(y, i):
    t = rng.choice(towns(y)); r = rng.randint(80, 99)
    body = [f"截至{y}年{rng.randint(3, 11)}月底，全县{FM('新型农村合作医疗', '新农合')}参合率达{r}%，"
            f"{E(t)}参合率达到{min(99, r + 2)}%。",
            f"{O('县合疗办')}负责人介绍，{FM('新农合')}让群众看病有了保障。"]
    return dict(kind="news", title="新农合参合率创新高", body=body)


def g_school(y, i):
    n = rng.randint(11000, 41000)
    body = [f"今年春季开学，{O('县教育局')}全面落实{FM('两免一补')}政策，全县{n}名农村中小学生受益。",
            f"{O(rng.choice(towns(y)) + '中心小学')}校长{P(rng.choice(TLEAD))}说，学生流失现象明显减少。"]
    return dict(kind="news", title="两免一补惠及万名学生", body=body)


def g_coop(y, i):
    t = rng.choice(towns(y))
    body = [f"{O('县供销社')}在{E(t)}新建农资超市{rng.randint(2, 6)}个，化肥价格比市场低{rng.randint(5, 15)}%。",
            f"{O(t + '农经站')}加强农民负担监督，做到“明白卡”发放到户。"]
    return dict(kind="news", title="供销社农资超市开进乡镇", body=body)


def g_photo(y, i):
    t, v = tv(y)
    return dict(kind="photo", title="", body=[],
                caption=f"{E(t)}{E(v)}群众在{L('白于山')}下栽植柠条。")


def g_notice(y, i):
    t = rng.choice(towns(y))
    body = [f"经研究，{O('县农经站')}定于{y}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日在{E(t)}"
            f"举办农村土地承包经营培训班，请各乡镇农经员准时参加。",
            f"联系人：{P(rng.choice(TLEAD))}"]
    return dict(kind="notice", title="通　知", body=body)


BUILD = [g_meeting, g_tuigeng, g_poverty, g_photo, g_coop, g_notice]


def build_for(y):
    b = list(BUILD)
    if y >= 2005:
        b += [g_health, g_school]
    return b


# ----------------------------------------------------------------- hand-laid articles
def HAND():
    H = []
    a = lambda d, p, **k: H.append((d, p, k))
    a("1998-04-20", 1, kind="news", title=f"{E('胶泥崾岘乡')}打坝淤地保春耕", form="own", body=[
        f"{E('胶泥崾岘乡')}{O('胶泥崾岘乡党委')}、{O('乡政府')}组织群众{rng.randint(900, 1200)}人，在{L('白于山')}北麓打坝淤地。",
        f"乡长{P('慕生荣')}说，今年计划新修坝地300亩，让群众吃饱肚子。"])
    a("1999-09-03", 1, kind="news", title="我县启动退耕还林试点", form="lead", body=[
        f"{O('县委')}、{O('县政府')}决定在{E('纪畔乡')}、{E('黄湾乡')}、{E('周台子乡')}开展{FM('退耕还林')}试点，"
        f"坚持“{FM('退耕还林、封山绿化、个体承包、以粮代赈', '退耕还林、封山绿化、个体承包、以粮代赈')}”的政策。",
        f"{E('纪畔乡')}{E('纪畔村')}已上报退耕地块1100亩。"])
    a("2000-03-15", 1, kind="news", title="抢抓西部大开发机遇", form="lead", body=[
        f"{G('定边县')}召开{EV('西部大开发动员大会')}。县委书记{P('马国华')}指出，{FM('西部大开发')}是我县千载难逢的机遇，"
        f"要在{FM('退耕还林')}、交通、能源上争项目。",
        f"会议由县长{P('刘振邦')}主持。"])
    a("2000-11-08", 2, kind="news", title="学习“三个代表”重要思想", form="end", body=[
        f"{E('武峁子乡')}{O('武峁子乡党委')}组织党员干部学习{FM('“三个代表”重要思想', '三个代表')}，"
        f"在{E('武峁子村')}开展“三个代表”进农家活动。",
        f"{O('乡党委')}书记说，要把“三个代表”落实到为群众办实事上。"])
    a("2001-06-12", 1, kind="news", title=f"{E('胶泥崾岘乡')}并入{E('白湾子镇')}", form="lead", body=[
        f"经{O('省政府')}批准，{E('胶泥崾岘乡')}并入{E('白湾子镇')}。县委要求撤并工作平稳有序，人心不散、工作不断。",
        f"原{E('胶泥崾岘乡')}机关干部全部分流到{E('白湾子镇')}。"])
    a("2002-05-21", 3, kind="news", title="信用社小额贷款解了农民燃眉之急", form="own", body=[
        f"{E('黄湾乡')}{E('黄湾村')}农民{P('鲍永强')}用{O('县农村信用社')}发放的1万元小额贷款买了20只羊。",
        f"{O('黄湾乡信用社')}主任{P('杜宏伟')}说，全乡已发放贷款160万元，回收率达98%。"])
    a("2003-07-09", 1, kind="news", title=f"{E('姬塬', 'TOWNSHIP')}撤乡建镇", form="lead", body=[
        f"经{O('省政府')}批准，{E('姬塬乡', 'TOWNSHIP')}撤乡建镇，更名为{E('姬塬镇')}。7月8日，{O('姬塬镇人民政府')}挂牌成立。",
        f"{E('姬塬镇')}{E('官峁村')}群众敲锣打鼓庆贺。"])
    a("2004-03-02", 1, kind="news", title="用科学发展观统领全县工作", form="lead", body=[
        f"{O('县委')}召开{EV('县委十二届五次全体（扩大）会议')}，县委书记{P('杨志明')}要求以{FM('科学发展观')}统领经济社会发展全局，"
        f"继续实施{FM('西部大开发')}战略，做好{FM('退耕还林')}后续产业。"])
    a("2005-01-18", 1, kind="news", title=f"{E('纪畔', 'TOWNSHIP')}等四乡并入相邻镇", form="lead", body=[
        f"根据{D('定边县乡镇机构改革实施方案')}，{E('纪畔乡')}并入{E('贺圈镇')}，{E('黄湾乡')}并入{E('砖井镇')}，"
        f"{E('武峁子乡')}并入{E('杨井镇')}，{E('周台子乡')}并入{E('盐场堡镇')}。撤并后全县辖14个乡镇。",
        f"原{E('纪畔乡')}所辖{E('纪畔村')}等村划归{E('贺圈镇')}管理。"])
    a("2005-06-27", 2, kind="news", title=f"{E('杨井镇')}挂牌", form="end", body=[
        f"6月26日，{O('杨井镇人民政府')}挂牌成立。原{E('杨井乡', 'TOWNSHIP')}和{E('武峁子乡')}合并组建{E('杨井镇')}，"
        f"镇政府驻{E('杨井村', 'VILLAGE')}。"])
    a("2005-10-14", 1, kind="news", title="构建和谐社会从村里做起", form="own", body=[
        f"{E('安边镇')}{E('路庄村')}把{FM('构建社会主义和谐社会', '和谐社会')}落实到调解纠纷上，村里已连续三年无上访。",
        f"村党支部书记{P('惠秀珍')}说，“和谐社会”就是邻里和睦、家家有活干。"])
    a("2006-03-30", 1, kind="news", title="新农村建设开局良好", form="lead", body=[
        f"全县{FM('社会主义新农村建设', '新农村建设')}按照“{FM('生产发展、生活宽裕、乡风文明、村容整洁、管理民主', '生产发展、生活宽裕、乡风文明、村容整洁、管理民主')}”的要求，"
        f"确定{E('贺圈镇')}{E('梁圈村')}、{E('砖井镇')}{E('孙坑村')}等20个示范村。",
        f"{O('县扶贫办')}将{FM('整村推进')}与{FM('新农村建设')}捆绑实施。"])
    a("2006-09-05", 2, kind="news", title="新农合试点全面铺开", form="own", body=[
        f"{G('定边县')}被列为{G('陕西省')}{FM('新型农村合作医疗', '新农合')}试点县。{O('县合疗办')}主任{P('乔玉兰')}介绍，"
        f"首批参合农民达15.6万人，{E('油房庄乡')}{E('店房洼村')}参合率100%。"])
    a("2007-04-11", 1, kind="news", title="两免一补让娃娃安心上学", form="lead", body=[
        f"今年起，全县农村义务教育阶段学生全部享受{FM('两免一补')}。{O('新安边镇中学')}学生{P('王小军')}说，"
        f"现在不交学费了，还有生活补助。"])
    a("2008-05-20", 1, kind="news", title=f"全县干部群众为{G('汶川')}地震灾区捐款", form="lead", body=[
        f"{O('县委')}、{O('县政府')}号召全县干部群众为{G('汶川')}地震灾区捐款。截至5月19日，全县共捐款326万元。",
        f"{E('定边镇')}{E('东关社区')}居民{P('张秀英')}捐出了一个月的退休金。"])
    a("2009-08-17", 2, kind="news", title="深入学习实践科学发展观", form="own", body=[
        f"{O('县委')}召开{EV('深入学习实践科学发展观活动动员大会')}。县委书记{P('李建军')}强调，要把{FM('科学发展观')}"
        f"贯穿于{FM('新农村建设')}和{FM('整村推进')}全过程。"])
    a("2010-06-08", 1, kind="news", title=f"{E('盐场堡镇')}{E('周台子村')}整村推进通过验收", form="lead", body=[
        f"{E('盐场堡镇')}{E('周台子村')}{FM('整村推进')}项目日前通过{O('市扶贫办')}验收。",
        f"该村原属{E('周台子乡')}，2005年乡镇撤并后划归{E('盐场堡镇')}。"])
    a("2011-03-22", 1, kind="news", title=f"退耕还林十二年　{G('定边')}山川披绿装", form="own", body=[
        f"自1999年实施{FM('退耕还林')}以来，全县累计完成退耕还林面积160万亩，{L('毛乌素沙漠')}南缘林草覆盖率大幅提高。",
        f"{O('县林业局')}局长{P('白振华')}说，下一步要巩固{FM('退耕还林')}成果。",
        "“山绿了，水清了，羊圈起来了”——这是全县群众的共同感受。"])
    a("2012-10-16", 1, kind="news", title=f"{O('定边街道办事处')}挂牌成立", form="lead", body=[
        f"经{O('省政府')}批准，撤销{E('定边镇')}，设立{E('定边街道')}。{O('定边街道办事处')}下辖{E('东关社区')}、{E('新华社区')}、"
        f"{E('绿洲社区')}和{E('十里沙村')}等。"])
    a("2012-12-04", 2, kind="news", title="科学发展谱新篇", form="own", body=[
        f"十年来，全县坚持以{FM('科学发展观')}统领全局，深入实施{FM('西部大开发')}战略，"
        f"{FM('构建社会主义和谐社会', '和谐社会')}取得新成效。{FM('新农合')}、{FM('两免一补')}等政策让群众得到实惠。"])
    return H


# ----------------------------------------------------------------- rendering and OCR
def byline(y, form):
    rep = rng.choice(REPORTERS[era(y)]); cor = rng.choice(CORR)
    if form == "lead":
        return [("记者", rep), ("通讯员", cor)], f"本报讯（记者　{P(rep)}　通讯员　{P(cor)}）"
    if form == "own":
        return [("记者", rep)], f"□　记者　{P(rep)}"
    return [("通讯员", cor)], f"（{P(cor)}）"


def render(date, pno, width, arts):
    d = datetime.date.fromisoformat(date); y = d.year
    wd = "一二三四五六日"[d.weekday()]
    lines = [f"{PAPER}　{y}年{d.month}月{d.day}日　星期{wd}　第{pno}版", ""]
    tarts, marks, fmls = [], [], []
    for a in arts:
        kind = a["kind"]
        form = None if kind in ("notice", "photo") else a.get("form") or rng.choice(["lead", "own", "end"])
        pairs, btext = byline(y, form) if form else ([], "")
        body = list(a["body"])
        t = a["title"]
        out = []
        if form == "own":
            out += wrap(plain(btext), width, indent=False)
        if form == "lead":
            body[0] = btext + body[0]
        for s in body:
            out += wrap(plain(s), width)
        if form == "end":
            out[-1] += plain(btext)
        cred = None
        if kind == "photo":
            cred = rng.choice(CORR)
            out += ["■PHOTO■"] + wrap(plain(a["caption"]), width) + [f"（{cred}　摄）"]
        lines += ([plain(t)] if t else []) + out + [""]
        allt = [t] + body + ([btext] if form in ("own", "end") else []) + ([a["caption"]] if kind == "photo" else [])
        am = [m for s in allt for m in ents(s)]
        if kind == "photo":
            am.append((cred, "PERSON")); pairs = [("摄", cred)]
        af = [f for s in [t] + body + ([a["caption"]] if kind == "photo" else []) for f in scan(plain(s))]
        marks += am; fmls += af
        cb = [plain(s) for s in body] if kind != "photo" else [plain(a["caption"])]
        first = re.sub(r"^本报讯（[^）]*）", "", cb[0])[:12]
        last = re.sub(r"（[^）]*）$", "", cb[-1])[-12:]
        tarts.append(dict(kind=kind, title=plain(t), byline=pairs, body_first=first, body_last=last, entities=am,
                          formulae=[n for _, n in af],
                          places=[x for x in am if x[1] in ("TOWNSHIP", "VILLAGE", "COMMUNITY")]))
    ed = "郭爱萍" if y <= 2005 else "韩文斌"
    lines.append(f"责任编辑：{ed}")
    marks.append((ed, "PERSON"))
    return "\n".join(lines) + "\n", tarts, marks, fmls


HALF = {"，": ",", "。": ".", "：": ":", "；": ";", "（": "(", "）": ")"}


def ocr(text, y, pno, r):
    """The OCR pass: noise level by year (1998-2002 0.6, 2003-07 0.35, 2008-12 0.15); returns text and the artefacts."""
    lv = NOISE[y]; arts = Counter()
    spaced = r.random() < lv * 0.6
    out = []
    lines = text.split("\n")
    for k, ln in enumerate(lines):
        if ln == "■PHOTO■":
            out.append("■" * r.randint(8, 16)); arts["photo ■ line"] += 1
            continue
        s = ""
        for ch in ln:
            if ch in HALF and r.random() < lv:
                ch = HALF[ch]; arts["half-width punct"] += 1
            elif ch == "0" and r.random() < lv * 0.4:
                ch = "O"; arts["0->O"] += 1
            elif ch == "1" and r.random() < lv * 0.4:
                ch = "l"; arts["1->l"] += 1
            elif ch == "已" and r.random() < lv:
                ch = r.choice("己巳"); arts["已->己/巳"] += 1
            elif ch == "日" and s[-2:-1].isdigit() is False and s[-1:].isdigit() and r.random() < lv:
                ch = "曰"; arts["日->曰 in a date"] += 1
            s += ch
        s = s.replace("——", "ー" if r.random() < 0.5 else "一一")
        if spaced and k > 0 and s.strip():
            t, j = "", 0
            while j < len(s):
                n = r.randint(2, 4); t += s[j:j + n] + " "; j += n
            s = t.rstrip(); arts["spaced line"] += 1
        out.append(s)
    # stray lines: page number, scanner stamp, running head repeated
    for kind in ["page", "stamp", "head"]:
        if r.random() < lv:
            pos = r.randint(3, max(3, len(out) - 2))
            ins = {"page": f"— {pno} —", "stamp": f"定边县档案馆数字化加工 {r.randint(1000, 9999)}",
                   "head": f"{PAPER}  第{pno}版"}[kind]
            out.insert(pos, ins); arts[f"stray {kind} line"] += 1
    return "\n".join(out), arts


def main():
    for sub in ["pages", "clean"]:
        os.makedirs(os.path.join(HERE, sub), exist_ok=True)
        for f in os.listdir(os.path.join(HERE, sub)):
            os.remove(os.path.join(HERE, sub, f))
    specs = {}
    for d, p, a in HAND():
        specs.setdefault((d, p), []).append(a)
    hand = set(specs)
    i = 0
    while len(specs) < 100:
        y = rng.randint(1998, 2012)
        d = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28)).isoformat()
        p = rng.choice([1, 2, 3, 4])
        if (d, p) in specs:
            continue
        specs[(d, p)] = [b(y, i + k) for k, b in enumerate(rng.sample(build_for(y), rng.choice([2, 3])))]
        i += 3
    for key in sorted(hand):
        y = int(key[0][:4])
        specs[key].append(rng.choice([g_tuigeng, g_poverty, g_photo, g_coop])(y, i)); i += 1
    truth = dict(county=COUNTY, county_code=CODE, paper=PAPER, pages=[], reporters=sorted(
        {n for v in REPORTERS.values() for n in v} | set(CORR)), editors=["郭爱萍", "韩文斌"],
        old_places={**{k: dict(kind="renamed", code=TWN[t], until=yy) for t, (yy, k) in RENAMED.items()},
                    **{k: dict(kind="gone", code=None, until=yy, successor=s, successor_code=TWN[s]) for k, (yy, s) in GONE.items()}},
        ocr_artefacts={})
    r = random.Random(99)
    allart = Counter()
    for (d, p) in sorted(specs):
        stem = f"{d}_p{p}"
        w = rng.randint(14, 22)
        text, tarts, marks, fmls = render(d, p, w, specs[(d, p)])
        open(os.path.join(HERE, "clean", stem + ".txt"), "w", encoding="utf-8").write(text.replace("■PHOTO■\n", ""))
        otext, oa = ocr(text, int(d[:4]), p, r)
        allart += oa
        open(os.path.join(HERE, "pages", stem + ".txt"), "w", encoding="utf-8").write(otext)
        cnt = Counter(marks)
        places = Counter(x for x in marks if x[0] in PL and PL[x[0]][0] == x[1])
        truth["pages"].append(dict(
            file=stem + ".txt", issue=stem, date=d, year=int(d[:4]), page=p, hand=(d, p) in hand, width=w,
            noise=NOISE[int(d[:4])], ocr=dict(oa), articles=tarts,
            entities=[dict(text=t, label=l, count=c) for (t, l), c in sorted(cnt.items())],
            places=[dict(text=t, label=l, code=PL[t][1], old=t in OLD, count=c) for (t, l), c in sorted(places.items())],
            formulae=[dict(name=k, printed=pr, year=int(d[:4])) for pr, k in fmls]))
    fy = Counter((f["name"], p["year"]) for p in truth["pages"] for f in p["formulae"])
    truth["formula_counts"] = {k: {str(y): c for (n, y), c in sorted(fy.items()) if n == k} for k in sorted({n for n, _ in fy})}
    truth["formula_years"] = {k: dict(first=min(int(y) for y in v), last=max(int(y) for y in v)) for k, v in truth["formula_counts"].items()}
    truth["ocr_artefacts"] = dict(allart)
    json.dump(truth, open(os.path.join(HERE, "truth.json"), "w"), ensure_ascii=False, indent=1)
    c = Counter(e["label"] for p in truth["pages"] for e in p["entities"] for _ in range(e["count"]))
    print(len(truth["pages"]), "pages;", dict(c), "; formula mentions", sum(fy.values()),
          dict(Counter(n for n, _ in fy.elements())), "\nOCR:", dict(allart))


if __name__ == "__main__":
    main()
