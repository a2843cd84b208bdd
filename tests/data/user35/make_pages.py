"""Invented pages of 金湖报 (an invented paper of 金湖县 320831, 淮安市, 江苏省; a county on 白马湖 / 高邮湖 / 宝应湖 and
the 淮河入江水道 (三河)), 2003-2025, 120 pages, and truth.json.  Real 街道/镇/村/社区 from admin_divisions_china; people,
firms, plants, parks, projects, documents and meetings invented.

Sentences carry entities inline: <text|LABEL>; formulae: {printed|name} (the printed part may hold entity marks).
The page prints the text without marks, wrapped at the column width (13-22); truth.json counts the entity marks per page
(GUIDE.md: flat and maximal; X镇人民政府 / X镇党委 one ORG; 淮安市金湖生态环境局 one ORG; a village as printed, X村;
a river inside a slogan still LOC: 长江 in 长江大保护) and the formula mentions per page (name, year).
Seeded:  python make_pages.py"""
import csv, datetime, json, os, random, re
from collections import Counter

rng = random.Random(3501)
HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages")
COUNTY, CODE, PAPER = "金湖县", "320831", "金湖报"

TWN = {"黎城街道": "320831001", "戴楼街道": "320831002", "金北街道": "320831003", "金南镇": "320831101",
       "塔集镇": "320831103", "前锋镇": "320831106", "吕良镇": "320831107", "银涂镇": "320831111"}
VIL = {  # village -> (code, township)
    "白马湖村": ("320831106211", "前锋镇"), "高邮湖村": ("320831111216", "银涂镇"), "三河村": ("320831111219", "银涂镇"),
    "湖滨村": ("320831111217", "银涂镇"), "东湖村": ("320831111218", "银涂镇"), "涂沟村": ("320831111215", "银涂镇"),
    "团结村": ("320831111202", "银涂镇"), "沿湖村": ("320831107208", "吕良镇"), "幸福村": ("320831107202", "吕良镇"),
    "花园村": ("320831107206", "吕良镇"), "连湖村": ("320831101214", "金南镇"), "吴桥村": ("320831101206", "金南镇"),
    "陆河村": ("320831103200", "塔集镇"), "岔河村": ("320831103205", "塔集镇"), "龚河村": ("320831103210", "塔集镇"),
    "金平村": ("320831103209", "塔集镇"), "淮胜村": ("320831106201", "前锋镇"), "前锋村": ("320831106210", "前锋镇"),
    "东滩村": ("320831106209", "前锋镇"), "董河村": ("320831003210", "金北街道"), "万坝村": ("320831003204", "金北街道"),
    "衡阳村": ("320831002202", "戴楼街道")}
COM = {"闸东社区": "320831001001", "顺河社区": "320831001014", "白马湖社区": "320831106003", "淮胜社区": "320831106002"}
PL = {**{k: ("TOWNSHIP", v) for k, v in TWN.items()}, **{k: ("VILLAGE", v[0]) for k, v in VIL.items()},
      **{k: ("COMMUNITY", v) for k, v in COM.items()}}
RIVERS = ["利农河", "三河", "淮河入江水道", "金宝航道", "夹沟河", "横桥河", "新河", "老三河"]
LAKES = ["白马湖", "高邮湖", "宝应湖"]
RIV_TWN = {"利农河": ["黎城街道", "金北街道"], "三河": ["银涂镇", "塔集镇"], "淮河入江水道": ["银涂镇", "吕良镇"],
           "金宝航道": ["前锋镇", "金南镇"], "夹沟河": ["塔集镇"], "横桥河": ["塔集镇", "金南镇"], "新河": ["戴楼街道"],
           "老三河": ["吕良镇"], "白马湖": ["前锋镇"], "高邮湖": ["银涂镇"], "宝应湖": ["金北街道", "吕良镇"]}


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
    return 0 if y <= 2009 else 1 if y <= 2015 else 2 if y <= 2018 else 3


# the environment bureau and the leaders per era
BUREAU = {0: "县环保局", 1: "县环保局", 2: "县环保局", 3: "淮安市金湖生态环境局"}
BUREAU_S = {0: "县环保局", 1: "县环保局", 2: "县环保局", 3: "县生态环境局"}
LEAD = {0: dict(sec="钱志远", head="孙国华", dep="吴晓梅"), 1: dict(sec="孙国华", head="陆建平", dep="韦丽"),
        2: dict(sec="陆建平", head="卞正阳", dep="韦丽"), 3: dict(sec="卞正阳", head="闵慧", dep="仇海涛")}
TCHIEF = ["刘志强", "戚红", "陈德胜", "鲁平", "杭建军", "荀小燕", "时卫东", "居玉兰"]
REPORTERS = {0: ["周立新", "汤敏"], 1: ["汤敏", "夏雪"], 2: ["夏雪", "蒋文斌"], 3: ["蒋文斌", "胡悦"]}
CORR = ["葛明", "殷红霞", "黄涛", "缪春"]
FIRMS = ["金湖县宏达化工有限公司", "鑫源电镀厂", "金湖县华宇纺织印染有限公司", "江苏绿源水产养殖有限公司", "金湖县永兴石材厂"]


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


def double(t):
    out, i = "", 0
    while i < len(t):
        k = rng.choice([2, 3]); out += t[i:i + k] * 2; i += k
    return out


def vil_of(tw):
    return [v for v, (c, t) in VIL.items() if t == tw]


def tv():
    t = rng.choice(list(TWN)); vs = vil_of(t)
    return t, (rng.choice(vs) if vs else None)


# ----------------------------------------------------------------- generated articles, era by era
def g_meeting(y, i):
    e = era(y); ld = LEAD[e]
    ev = {0: "全县环境保护工作会议", 1: "全县生态文明建设工作会议", 2: "全县河长制工作推进会", 3: "全县生态环境保护大会"}[e]
    f = {0: [FM("节能减排"), FM("科学发展观")], 1: [FM("生态文明"), FM("美丽乡村")],
         2: [FM("河长制"), FM("湖长制"), FM("“绿水青山就是金山银山”", "绿水青山就是金山银山")],
         3: [FM("污染防治攻坚战"), FM(f"<长江|LOC>大保护", "长江大保护"), FM("碳达峰碳中和")]}[e]
    body = [f"{y}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日，{EV(ev)}在县行政中心召开。{O('县委')}书记{P(ld['sec'])}出席会议并讲话，"
            f"县长{P(ld['head'])}主持会议。",
            f"会议指出，要深入贯彻{rng.choice(f)}要求，坚持{rng.choice(f)}，把{L(rng.choice(LAKES))}和{L(rng.choice(RIVERS))}的保护放在突出位置。",
            f"会上，{O(BUREAU[e])}负责同志通报了全年工作，{O(rng.choice([t for t in TWN if t.endswith('镇')]) + '人民政府')}等单位作交流发言。"]
    title = f"{EV(ev)}召开"
    return dict(kind="news", title=title, body=body)


def g_case(y, i):
    e = era(y); t, v = tv(); firm = rng.choice(FIRMS)
    riv = rng.choice(RIVERS)
    fine = rng.choice([3, 5, 8, 12, 20])
    fn = O(firm) if not firm.startswith("鑫源") else f"{E(t)}{O(firm)}"
    body = [f"近日，{O(BUREAU[e])}执法人员在{E(t)}{E(v) if v else ''}检查时发现，{fn}未经处理直排废水，排入{L(riv)}。",
            f"{O(BUREAU_S[e])}依据{D('中华人民共和国环境保护法' if y < 2015 else '中华人民共和国水污染防治法')}，对该企业处以罚款{fine}万元，"
            f"并责令其限期整改。"]
    if e >= 2:
        body.append(f"{O('县河长办')}已将该问题列入{FM('河长制')}督办清单，由镇级河长{P(rng.choice(TCHIEF))}跟踪销号。")
    return dict(kind="news", title=rng.choice([f"一企业直排废水被罚{fine}万元", f"{L(riv)}沿线一企业违法排污被查处"]), body=body)


def g_project(y, i):
    e = era(y); t, v = tv()
    pj = {0: ["清水工程", "城南污水处理厂一期工程", "利农河综合治理工程"],
          1: ["白马湖退圩还湖工程", "农村环境连片整治项目", "夹沟河综合治理工程", "村庄环境整治提升工程"],
          2: ["高邮湖生态修复工程", "农村生活污水治理项目", "三河生态廊道建设项目", "黑臭水体整治工程"],
          3: ["农村人居环境整治三年行动", "白马湖生态保护修复工程", "光伏发电项目", "长江流域重点水域禁捕退捕行动"]}[e]
    p1 = rng.choice(pj)
    fac = rng.choice(["金湖县污水处理厂", "银涂污水处理厂", "柳树湾湿地公园", "白马湖水质自动监测站", "荷花荡", "水上森林公园"])
    body = [f"记者从{O(rng.choice(['县水利局', '县住建局', BUREAU_S[e]]))}获悉，{E(t)}{PJ(p1)}日前{rng.choice(['开工', '通过验收', '进入收尾阶段'])}。",
            f"项目覆盖{E(v) if v else E(t)}等地，配套建设管网{rng.randint(5, 40)}公里，尾水接入{F(fac)}。"]
    if e == 1 and rng.random() < 0.6:
        body.append(f"这是我县推进{FM('生态文明')}建设、打造{FM('美丽乡村')}的重要举措。")
    if e == 3 and rng.random() < 0.6:
        body.append(f"该项目是落实{FM('绿水青山就是金山银山')}理念、助力{FM('双碳')}目标的具体行动。")
    return dict(kind="news", title=f"{PJ(p1)}{rng.choice(['开工建设', '通过验收', '稳步推进'])}", body=body)


def g_chiefs(y, i):
    # 公示: river chiefs, only from 2017
    rows = []
    for r in rng.sample(RIVERS + LAKES, 3):
        t = rng.choice(RIV_TWN[r])
        chief = "湖长" if r in LAKES else "河长"
        rows.append(f"{L(r)}：县级{chief}{P(rng.choice([LEAD[era(y)]['dep'], LEAD[era(y)]['head']]))}，"
                    f"镇级{chief}{P(rng.choice(TCHIEF))}（{E(t)}）")
    body = [f"根据{D('金湖县全面推行河长制工作方案')}，现将我县部分河湖{FM('河长制')}责任人名单公示如下："] + rows + \
           [f"监督单位：{O('县河长办')}"]
    return dict(kind="notice", title="河长、湖长名单公示", body=body)


def g_inspect(y, i):
    t, v = tv()
    grp = rng.choice(["中央第三环境保护督察组", "省环保督察组"]) if y < 2019 else rng.choice(["中央第三生态环境保护督察组", "省生态环境保护督察组"])
    body = [f"{O(grp)}交办我县的第{rng.randint(3, 30)}批信访件中，涉及{E(t)}{E(v) if v else ''}养殖尾水污染{L(rng.choice(LAKES))}问题。",
            f"{O(t + ('人民政府' if t.endswith('镇') else '办事处'))}立即组织整改，拆除围网{rng.randint(100, 900)}亩，"
            f"并在{F('白马湖水质自动监测站')}加密监测。",
            f"目前，该问题已完成整改，经{O(BUREAU_S[era(y)])}核查验收后公示。"]
    return dict(kind="news", title="督察组交办问题整改情况公示", body=body)


def g_table(y, i):
    rows = [f"{L(x)}　{rng.choice(['Ⅱ', 'Ⅲ', 'Ⅳ'])}类　{rng.uniform(2, 6):.1f}" for x in rng.sample(RIVERS + LAKES, 4)]
    body = [f"{O(BUREAU[era(y)])}发布{y}年{rng.randint(1, 12)}月全县主要河湖水质状况：", "断面　水质类别　高锰酸盐指数"] + rows
    return dict(kind="table", title=f"{y}年全县地表水水质月报", body=body, raw=True)


def g_photo(y, i):
    t, v = tv()
    cap = rng.choice([f"图为{E(t)}{E(v) if v else ''}志愿者在{L(rng.choice(RIVERS))}岸边捡拾垃圾。",
                      f"图为{F(rng.choice(['柳树湾湿地公园', '荷花荡', '水上森林公园']))}一角，白鹭翩翩。",
                      f"图为渔政人员在{L(rng.choice(LAKES))}巡查{FM('禁渔') if y >= 2020 else '非法捕捞'}情况。"])
    return dict(kind="photo", title=rng.choice(["碧水映蓝天", "护河在行动", "湿地美景"]), body=[], caption=cap)


def g_doc(y, i):
    e = era(y)
    d = {0: "金湖县“十一五”节能减排工作方案", 1: "金湖县生态县建设规划", 2: "金湖县水污染防治工作方案",
         3: "金湖县“十四五”生态环境保护规划"}[e]
    f = {0: FM("节能减排"), 1: FM("生态文明"), 2: FM("污染防治攻坚战") if y >= 2018 else FM("河长制"), 3: FM("碳达峰碳中和")}[e]
    body = [f"日前，{O('县政府')}印发{D(d)}，明确到{y + 3}年全县{f}的目标任务。",
            f"{D(d)}提出，重点抓好{L(rng.choice(LAKES))}、{L(rng.choice(RIVERS))}等重点水域保护，由{O(BUREAU_S[e])}牵头落实。"]
    return dict(kind="news", title=f"我县出台{D(d)}", body=body)


BUILD = [g_meeting, g_case, g_project, g_photo, g_doc, g_table]


# ----------------------------------------------------------------- 25 articles laid out one by one
def HAND():
    H = []
    add = lambda d, p, a: H.append((d, p, a))
    add("2003-06-05", 1, dict(kind="news", title=f"{EV('全县环境保护工作会议')}召开", doubled=True, body=[
        f"6月4日，{EV('全县环境保护工作会议')}召开。{O('县委')}书记{P('钱志远')}强调，要以{FM('科学发展观')}统领环保工作，"
        f"决不以牺牲环境为代价换取一时的经济增长。",
        f"会议表彰了{E('塔集镇')}{E('陆河村')}等{rng.randint(5, 9)}个环境优美村，{O('县环保局')}与各镇签订了目标责任书。"]))
    add("2004-03-22", 2, dict(kind="news", title=f"{PJ('清水工程')}惠及{E('银涂镇')}{E('湖滨村')}", body=[
        f"{O('县水利局')}实施的{PJ('清水工程')}日前在{E('银涂镇')}{E('湖滨村')}、{E('高邮湖村')}完工，{L('高邮湖')}沿岸"
        f"{rng.randint(800, 2000)}户群众喝上了自来水。"]))
    add("2005-06-05", 3, dict(kind="news", title="世界环境日：让我们的湖更清", body=[
        f"6月5日是世界环境日。当天，{O('县环保局')}在{F('金湖县人民广场')}开展宣传活动，发放{D('中华人民共和国环境保护法')}"
        f"宣传册{rng.randint(1, 5)}千份。", f"{O('县环境监测站')}现场展示了{L('白马湖')}、{L('宝应湖')}的水样。"]))
    add("2006-09-12", 2, dict(kind="news", title=f"{F('城南污水处理厂')}投入运行", body=[
        f"总投资{rng.randint(5000, 9000)}万元的{F('城南污水处理厂')}日前投入运行，日处理能力2万吨，"
        f"尾水经{L('利农河')}排入{L('淮河入江水道')}。", f"这是我县落实{FM('节能减排')}任务的重点工程。"]))
    add("2007-11-20", 1, dict(kind="news", title=f"{G('金湖')}关停{rng.randint(5, 9)}家小化工企业", doubled=True, body=[
        f"按照{D('金湖县“十一五”节能减排工作方案')}，我县关停了{O('金湖县宏达化工有限公司')}等{rng.randint(5, 9)}家企业，"
        f"{L('三河')}沿岸的{E('银涂镇')}{E('三河村')}群众拍手称快。"]))
    add("2008-05-14", 3, dict(kind="news", title=f"{E('前锋镇')}{E('白马湖村')}：渔民上岸", body=[
        f"{E('前锋镇')}{E('白马湖村')}地处{L('白马湖')}畔，过去渔民以湖为家。去年以来，{O('前锋镇人民政府')}"
        f"引导{rng.randint(60, 200)}户渔民上岸定居，{L('白马湖')}水质明显好转。"]))
    add("2009-08-08", 2, dict(kind="news", title=f"{F('金湖经济开发区')}建成集中供热", body=[
        f"{F('金湖经济开发区')}集中供热管网日前建成，{rng.randint(20, 40)}台燃煤小锅炉全部拆除，"
        f"每年可减少二氧化硫排放{rng.randint(100, 400)}吨，为完成{FM('节能减排')}任务作出贡献。"]))
    add("2011-04-18", 1, dict(kind="news", title=f"{PJ('白马湖退圩还湖工程')}启动", body=[
        f"{PJ('白马湖退圩还湖工程')}日前在{E('前锋镇')}启动。{G('淮安市')}和我县将共同实施清淤、退圩、"
        f"生态修复，恢复{L('白马湖')}自由水面{rng.randint(20, 60)}平方公里。",
        f"县长{P('陆建平')}表示，要把{L('白马湖')}打造成{FM('生态文明')}建设的样板。"]))
    add("2012-10-09", 3, dict(kind="news", title=f"{E('吕良镇')}{E('沿湖村')}创建{FM('美丽乡村')}", after=True, body=[
        f"走进{E('吕良镇')}{E('沿湖村')}，{L('宝应湖')}碧波荡漾，村道两旁绿树成荫。村里实施"
        f"{PJ('村庄环境整治提升工程')}，建起{F('沿湖村污水处理站')}。",
        f"{O('吕良镇党委')}书记{P('杭建军')}说：“{FM('美丽乡村')}建设，让村民过上了城里人的日子。”"]))
    add("2013-06-05", 2, dict(kind="news", title=f"{F('柳树湾湿地公园')}开园", body=[
        f"位于{E('黎城街道')}的{F('柳树湾湿地公园')}日前开园，公园沿{L('利农河')}而建，"
        f"形成一条{rng.randint(3, 8)}公里长的{F('利农河生态廊道')}。",
        f"{O('县住建局')}负责人介绍，公园是{FM('生态文明')}建设的重点项目。"]))
    add("2014-07-21", 3, dict(kind="news", title="荷花荡迎来客流高峰", body=[
        f"{EV('中国金湖荷花节')}期间，{F('荷花荡')}日接待游客{rng.randint(1, 3)}万人次。{E('塔集镇')}"
        f"{E('金平村')}村民在景区周边开办农家乐，{FM('美丽乡村')}变成了“美丽经济”。"]))
    add("2015-12-02", 2, dict(kind="news", title=f"{D('金湖县生态县建设规划')}通过评审", body=[
        f"由{O('南京大学环境规划设计研究院')}编制的{D('金湖县生态县建设规划')}日前通过省级专家评审。"
        f"规划提出，以{L('白马湖')}、{L('高邮湖')}、{L('宝应湖')}三湖为核心，构建{FM('生态文明')}建设新格局。"]))
    add("2016-12-28", 1, dict(kind="news", title=f"我县全面推行{FM('河长制')}", body=[
        f"日前，{O('县委')}、{O('县政府')}印发{D('金湖县全面推行河长制工作方案')}。{O('县委')}书记{P('陆建平')}"
        f"任{L('白马湖')}县级湖长，县长{P('卞正阳')}任{L('淮河入江水道')}县级河长。",
        f"全县{rng.randint(40, 90)}条河道全部明确了县、镇、村三级河长，{O('县河长办')}设在{O('县水利局')}。"]))
    add("2017-03-15", 3, dict(kind="notice", title="河长公示牌", body=[
        f"河道名称：{L('夹沟河')}", f"县级河长：{P('韦丽')}（副县长）", f"镇级河长：{P('戚红')}（{E('塔集镇')}）",
        f"村级河长：{P('鲁平')}（{E('岔河村')}）", f"监督单位：{O('县河长办')}"], raw=True))
    add("2017-09-26", 2, dict(kind="news", title=f"督察组交办问题整改到位", body=[
        f"{O('中央第三环境保护督察组')}交办的{E('银涂镇')}{E('高邮湖村')}违规养殖问题已整改到位。",
        f"{O('银涂镇人民政府')}拆除{L('高邮湖')}内圈圩{rng.randint(1000, 5000)}亩，{O('县环保局')}组织验收。",
        f"下一步，我县将践行“{FM('绿水青山就是金山银山', '绿水青山就是金山银山')}”理念，实施{PJ('高邮湖生态修复工程')}。"]))
    add("2018-06-05", 1, dict(kind="news", title=f"打好{FM('污染防治攻坚战')}", body=[
        f"6月5日，{EV('全县生态环境保护大会')}召开。会议要求坚决打好{FM('污染防治攻坚战')}，"
        f"{FM('绿水青山就是金山银山')}，要让{L('白马湖')}、{L('高邮湖')}成为全县人民的骄傲。",
        f"会上，{E('戴楼街道')}{E('衡阳村')}等作交流发言。"]))
    add("2018-11-11", 3, dict(kind="news", title=f"{PJ('农村人居环境整治三年行动')}在{E('金南镇')}推进", after=True, body=[
        f"{E('金南镇')}{E('连湖村')}、{E('吴桥村')}全面实施{PJ('农村人居环境整治三年行动')}，"
        f"拆除违建{rng.randint(30, 90)}处，清理{L('金宝航道')}沿岸垃圾{rng.randint(100, 400)}吨。"]))
    add("2019-03-19", 1, dict(kind="news", title=f"{O('淮安市金湖生态环境局')}挂牌成立", body=[
        f"3月18日，{O('淮安市金湖生态环境局')}正式挂牌。原{O('县环保局')}的职责整体划入，"
        f"{O('县农业农村局')}、{O('县水利局')}的部分生态环境职责一并整合。",
        f"新机构将在{FM('污染防治攻坚战')}中发挥主力军作用。"]))
    add("2020-07-01", 2, dict(kind="news", title=f"{L('长江')}“十年禁渔”在我县全面实施", body=[
        f"从今年起，我县{L('高邮湖')}、{L('白马湖')}、{L('宝应湖')}全面实行{FM('禁渔')}。{O('县渔政监督大队')}"
        f"联合{O('银涂镇人民政府')}开展{PJ('“清网”行动')}，清理违规网具{rng.randint(200, 800)}张。",
        f"这是落实“{FM('共抓大保护、不搞大开发', '共抓大保护、不搞大开发')}”要求的重要举措，也是{FM(f'<长江|LOC>大保护', '长江大保护')}的{G('金湖')}实践。"]))
    add("2021-04-22", 3, dict(kind="news", title=f"{F('金湖县污水处理厂')}提标改造完成", body=[
        f"{PJ('金湖县污水处理厂提标改造工程')}日前完成，出水达到一级A标准。"
        f"{O('县生态环境局')}在厂区排口安装在线监控设备，数据实时上传至{F('白马湖水质自动监测站')}平台。"]))
    add("2021-10-15", 1, dict(kind="news", title=f"我县推进{FM('碳达峰碳中和')}", body=[
        f"我县出台{D('金湖县碳达峰实施方案')}，在{F('金湖经济开发区')}建设{PJ('分布式光伏发电项目')}，"
        f"助力{FM('双碳')}目标实现。{E('戴楼街道')}{E('衡阳村')}农户屋顶光伏已并网发电。"]))
    add("2022-05-30", 2, dict(kind="news", title=f"{E('塔集镇')}：{L('夹沟河')}变清了", body=[
        f"{E('塔集镇')}实施{PJ('夹沟河综合治理工程')}，清淤{rng.randint(3, 9)}万方，河道两岸建成"
        f"{F('夹沟河生态廊道')}。{E('龚河村')}、{E('陆河村')}的村民说，现在河里又能看到鱼了。",
        f"镇级河长{P('戚红')}每周巡河一次，发现问题立即交办。"]))
    add("2023-06-05", 3, dict(kind="news", title=f"2023年{EV('世界环境日金湖主场活动')}举行", body=[
        f"6月5日，2023年{EV('世界环境日金湖主场活动')}在{F('柳树湾湿地公园')}举行。活动以“建设人与自然和谐共生的现代化”为主题。",
        f"{O('县生态环境局')}发布了{D('2022年金湖县生态环境状况公报')}。"]))
    add("2024-08-26", 1, dict(kind="news", title=f"{FM('绿水青山就是金山银山')}的{G('金湖')}答卷", body=[
        f"{FM('“两山”理念', '绿水青山就是金山银山')}提出以来，我县坚持生态优先，{L('白马湖')}水质稳定在Ⅲ类，"
        f"{E('前锋镇')}{E('白马湖村')}成为省级{FM('美丽乡村')}示范村。",
        f"县委书记{P('卞正阳')}说，要持续打好{FM('污染防治攻坚战')}，守护好{L('高邮湖')}一湖清水。"]))
    add("2025-03-12", 2, dict(kind="news", title=f"{O('县河长办')}通报一季度巡河情况", body=[
        f"{O('县河长办')}日前通报，一季度全县各级河长巡河{rng.randint(2000, 5000)}人次。{E('银涂镇')}"
        f"{E('三河村')}、{E('涂沟村')}沿{L('三河')}的{rng.randint(3, 9)}个排口已全部封堵。",
        f"{FM('河长制')}从“有名”走向“有实”。"]))
    return H


# ----------------------------------------------------------------- page rendering
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
    lines = [f"{PAPER}　{y}年{d.month}月{d.day}日　星期{wd}　第{pno}版　{['', '要闻', '综合', '生态'][min(pno, 3)]}", ""]
    tarts, marks, fmls = [], [], []
    for a in arts:
        kind = a["kind"]
        form = None if kind in ("notice", "table", "photo") else a.get("form") or rng.choice(["lead", "own", "end"])
        pairs, btext = byline(y, form) if form else ([], "")
        body = list(a["body"])
        t = a["title"]
        tl = [double(plain(t))] if a.get("doubled") else [plain(t)]
        out = []
        if form == "own":
            out += wrap(plain(btext), width, indent=False)
        if form == "lead":
            body[0] = btext + body[0]
        for k, s in enumerate(body):
            out += [plain(s)] if a.get("raw") else wrap(plain(s), width)
        if form == "end":
            out[-1] += plain(btext)
        if kind == "photo":
            out += wrap(plain(a["caption"]), width) + [f"（{rng.choice(CORR)}　摄）"]
            pairs = []
        lines += (out + tl) if a.get("after") else (tl + out)
        lines.append("")
        allt = ([t] if not a.get("doubled") else []) + body + ([btext] if form in ("own", "end") else []) + \
            ([a["caption"]] if kind == "photo" else [])
        am = [m for s in allt for m in ents(s)]
        if kind == "photo":
            cred = re.search(r"（(\S+)　摄）", out[-1]).group(1)
            am.append((cred, "PERSON")); pairs = [("摄", cred)]
        af = [f for s in ([t] if not a.get("doubled") else []) + body + ([a["caption"]] if kind == "photo" else [])
              for f in forms(s)]
        marks += am; fmls += af
        tarts.append(dict(kind=kind, title=plain(t), byline=pairs, headline_after=bool(a.get("after")),
                          doubled=bool(a.get("doubled")), entities=am, formulae=[n for _, n in af],
                          places=[x for x in am if x[1] in ("TOWNSHIP", "VILLAGE", "COMMUNITY")],
                          rivers=[x for x in am if x[1] == "LOC"]))
    if y >= 2012:
        ed = rng.choice(["沈佳", "褚明亮"])
        lines.append(f"责任编辑：{ed}")
        marks.append((ed, "PERSON"))
    return "\n".join(lines) + "\n", tarts, marks, fmls


def main():
    os.makedirs(PAGES, exist_ok=True)
    for f in os.listdir(PAGES):
        os.remove(os.path.join(PAGES, f))
    specs = {}
    for d, p, a in HAND():
        specs.setdefault((d, p), []).append(a)
    hand = set(specs)
    i = 0
    while len(specs) < 120:
        y = rng.randint(2003, 2025)
        d = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28)).isoformat()
        p = rng.choice([1, 2, 3])
        if (d, p) in specs:
            continue
        arts = []
        kinds = BUILD + ([g_chiefs, g_inspect] if y >= 2017 else [])
        for k, b in enumerate(rng.sample(kinds, rng.choice([2, 3]))):
            a = b(y, i); i += 1
            if era(y) == 0 and p == 1 and k == 0 and a["kind"] == "news":
                a["doubled"] = True
            if era(y) == 1 and a["kind"] == "news" and rng.random() < 0.4:
                a["after"] = True
            arts.append(a)
        specs[(d, p)] = arts
    for key in sorted(hand):  # a generated article beside the hand one
        y = int(key[0][:4])
        specs[key].append(rng.choice([g_case, g_project, g_photo])(y, i)); i += 1
    truth = dict(county=COUNTY, county_code=CODE, paper=PAPER, pages=[], reporters=sorted(
        {n for v in REPORTERS.values() for n in v} | set(CORR)), editors=["沈佳", "褚明亮"])
    man = []
    for n, (d, p) in enumerate(sorted(specs)):
        stem = f"{d}_p{p}"
        w = rng.randint(13, 22)
        text, tarts, marks, fmls = render(d, p, w, specs[(d, p)])
        open(os.path.join(PAGES, stem + ".txt"), "w", encoding="utf-8").write(text)
        inm = n % 2 == 0
        if inm:
            man.append([stem + ".txt", PAPER, COUNTY, CODE, d])
        cnt = Counter(marks)
        places = Counter(x for x in marks if x[0] in PL and PL[x[0]][0] == x[1])
        truth["pages"].append(dict(
            file=stem + ".txt", issue=stem, date=d, year=int(d[:4]), page=p, in_manifest=inm, hand=(d, p) in hand,
            width=w, articles=tarts,
            entities=[dict(text=t, label=l, count=c) for (t, l), c in sorted(cnt.items())],
            places=[dict(text=t, label=l, code=PL[t][1], count=c) for (t, l), c in sorted(places.items())],
            formulae=[dict(name=k, printed=pr, year=int(d[:4])) for pr, k in fmls]))
    with open(os.path.join(PAGES, "manifest.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(["file", "paper", "county", "county_code", "date"])
        wr.writerows(man)
    fy = Counter((f["name"], p["year"]) for p in truth["pages"] for f in p["formulae"])
    truth["formula_counts"] = {k: {str(y): c for (n, y), c in sorted(fy.items()) if n == k} for k in sorted({n for n, _ in fy})}
    json.dump(truth, open(os.path.join(HERE, "truth.json"), "w"), ensure_ascii=False, indent=1)
    c = Counter(e["label"] for p in truth["pages"] for e in p["entities"] for _ in range(e["count"]))
    print(len(truth["pages"]), "pages;", len(man), "in manifest;", dict(c), "; formula mentions",
          sum(fy.values()), dict(Counter(n for n, _ in fy.elements())))


if __name__ == "__main__":
    main()
