#!/usr/bin/env python3
"""Invented pages of 龙胜通讯 / 龙胜报 / 龙胜融媒 (龙胜各族自治县 450328, 桂林市, 广西), 2003-2023, as PDF-to-text output.

Seeded and re-runnable: `python make_pages.py` rewrites pages/*.txt, pages/manifest.csv (half the pages) and
truth.json. Written BEFORE the library was run on the pages.

Townships and villages are real (admin_divisions_china, current codes); their history here is the paper's, invented:
  和平乡 -> 龙脊镇 (撤乡建镇 2014), 平等乡 -> 平等镇 (2013), 乐江乡 -> 乐江镇 (2015), 江口乡 (invented) merged into 乐江乡 in 2005;
  上岭村 and 田头村 (invented) merged into 岭田村 (龙胜镇) in 2008 (合村并组); 黄洛瑶寨 a natural village of 和平村.
The truth records what the paper printed and the current code it belongs to (old=True for a name no longer in use).

Truth fix after the first run (pages unchanged, md5 checked): `上岭村党支部书记` / `岭田村党支部书记` is ORG X村党支部
(GUIDE: 东泉镇孟山村党支部 is TOWNSHIP + ORG), not VILLAGE; the quoted two-part motto 山上种茶、山下养鱼 is kind
quoted, not parallel (GUIDE: two-part mottos such as 生态兴县、旅游兴县 are quoted). The first truth is truth_before_fix.json.

Template markup (stripped from the page, recorded in the truth):
  [text|LABEL]          an entity (GUIDE labels)
  <printed|group|kind>  a known national/provincial formula; printed may carry “” (then also a marked slogan)
  {printed|kind}        the county's own slogan (kind n/p/q); printed may carry “”
  {printed|x}           a quoted phrase that is NOT a slogan (distractor)
"""
import datetime, json, os, random, re, csv

OUT = os.path.dirname(os.path.abspath(__file__))
COUNTY, CODE = "龙胜各族自治县", "450328"
TWN = {"龙胜镇": "450328100", "瓢里镇": "450328101", "三门镇": "450328102", "龙脊镇": "450328103",
       "平等镇": "450328104", "乐江镇": "450328105", "泗水乡": "450328201", "江底乡": "450328202",
       "马堤乡": "450328203", "伟江乡": "450328204"}
# what the paper prints for a current township in a given year (old names before 撤乡建镇)
OLD_TWN = {"龙脊镇": ("和平乡", 2014), "平等镇": ("平等乡", 2013), "乐江镇": ("乐江乡", 2015)}
OLD_CODES = {"和平乡": "450328103", "平等乡": "450328104", "乐江乡": "450328105", "江口乡": "450328105"}


def twn(cur, y):
    if cur in OLD_TWN and y < OLD_TWN[cur][1]:
        return OLD_TWN[cur][0]
    return cur


VIL = {"龙胜镇": {"岭田村": "450328100206", "双洞村": "450328100210", "日新村": "450328100211"},
       "瓢里镇": {"孟化村": "450328101209", "思陇村": "450328101206"},
       "三门镇": {"大地村": "450328102211", "花桥村": "450328102210"},
       "龙脊镇": {"和平村": "450328103200", "大寨村": "450328103212", "平安村": "450328103208", "金江村": "450328103206"},
       "平等镇": {"广南村": "450328104201", "龙坪村": "450328104203", "平等村": "450328104202"},
       "乐江镇": {"地灵村": "450328105208", "宝赠村": "450328105210", "江口村": "450328105202"},
       "泗水乡": {"细门村": "450328201201", "周家村": "450328201200", "里茶村": "450328201207"},
       "江底乡": {"地灵村": "450328202206", "建新村": "450328202202", "泥塘村": "450328202201"},
       "马堤乡": {"芙蓉村": "450328203205", "张家村": "450328203203"},
       "伟江乡": {"布弄村": "450328204202", "中洞村": "450328204203"}}
OLD_VIL = {"上岭村": "450328100206", "田头村": "450328100206", "黄洛瑶寨": "450328103200"}
COMM = {"城南社区": "450328100001", "城北社区": "450328100002", "桂龙社区": "450328100003", "北岸社区": "450328100005",
        "和平街社区": "450328103001"}
COMM_TWN = {"城南社区": "龙胜镇", "城北社区": "龙胜镇", "桂龙社区": "龙胜镇", "北岸社区": "龙胜镇", "和平街社区": "龙脊镇"}

SURN = list("潘杨吴石蓝侯廖粟龙韦莫蒙黄陆贲王李刘陈罗")
GIVEN = list("志建明海华清雅丽春文国振永秀玉金晓红德辉俊燕芳美宏伟荣鑫鹏静磊涛娜敏妹贵")


def pname(rng):
    return rng.choice(SURN) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.8 else "")


CADRES = {1: {"书记": "潘建国", "县长": "石振华", "副县长": "蓝秀英", "组织部长": "廖德明"},
          2: {"书记": "吴海涛", "县长": "龙国辉", "副县长": "韦丽芳", "组织部长": "粟明远"},
          3: {"书记": "杨宏伟", "县长": "蒙春燕", "副县长": "侯俊杰", "组织部长": "莫文斌"},
          4: {"书记": "黄振鹏", "县长": "陆晓敏", "副县长": "贲雅静", "组织部长": "罗永刚"}}
REPORTERS = {1: ["潘晓华", "石玉梅"], 2: ["吴俊", "龙春花", "韦明"], 3: ["杨丽娟", "蓝海", "粟小燕"],
             4: ["莫雨晴", "侯嘉", "陆一鸣", "黄婷"]}
_r = random.Random(3131)
DATES = []
for _y in range(2003, 2024):
    n = 2 if _y in (2005, 2012, 2019) else 3
    ms = sorted(_r.sample(range(1, 13), n))
    for m in ms:
        DATES.append(f"{_y}-{m:02d}-{_r.randint(1, 28):02d}")
assert len(DATES) == 60
WEEK = "一二三四五六日"


def era_of(y):
    return 1 if y <= 2008 else 2 if y <= 2014 else 3 if y <= 2019 else 4


PAPER = {1: "龙胜通讯", 2: "龙胜报", 3: "龙胜报", 4: "龙胜融媒"}

FORMULA_SENT = [
    (2003, 2007, "深入贯彻<“三个代表”|三个代表|n>重要思想，"),
    (2004, 2012, "以<科学发展观|科学发展观|q>统领经济社会发展全局，"),
    (2005, 2012, "加快构建<社会主义和谐社会|和谐社会|q>，"),
    (2006, 2009, "树立以<“八荣八耻”|八荣八耻|n>为主要内容的社会主义荣辱观，"),
    (2006, 2011, "扎实推进<社会主义新农村建设|社会主义新农村|q>，"),
    (2003, 2010, "实施<整村推进|整村推进|q>扶贫开发，"),
    (2010, 2012, "深入开展<创先争优|创先争优|q>活动，"),
    (2013, 2014, "扎实开展党的<群众路线教育实践活动|群众路线教育实践活动|q>，"),
    (2013, 2017, "为实现<中国梦|中国梦|q>凝聚力量，"),
    (2014, 2020, "坚持<精准扶贫|精准扶贫|q>、精准脱贫基本方略，"),
    (2016, 2020, "坚决打赢<脱贫攻坚战|脱贫攻坚|q>，"),
    (2016, 2021, "确保贫困群众<“两不愁三保障”|两不愁三保障|n>全面实现，"),
    (2016, 2018, "推进<“两学一做”|两学一做|n>学习教育常态化制度化，"),
    (2017, 2023, "践行<“绿水青山就是金山银山”|绿水青山就是金山银山|q>理念，"),
    (2018, 2023, "全面实施<乡村振兴战略|乡村振兴|q>，"),
    (2019, 2020, "巩固深化<“不忘初心、牢记使命”|不忘初心、牢记使命|q>主题教育成果，"),
    (2021, 2023, "推动<巩固拓展脱贫攻坚成果同乡村振兴有效衔接|巩固拓展脱贫攻坚成果同乡村振兴有效衔接|q>，"),
    (2021, 2021, "扎实开展<党史学习教育|党史学习教育|q>，"),
    (2022, 2023, "深刻领悟<“两个确立”|两个确立|n>的决定性意义，坚决做到<“两个维护”|两个维护|n>，"),
    (2023, 2023, "以<中国式现代化|中国式现代化|q>全面推进强国建设，"),
]
COUNTY_SENT = [
    (2005, 2011, "坚持{“山上种茶、山下养鱼”|q}的发展思路，"),
    (2009, 2016, "全力打造{“梯田文化·多彩龙胜”|q}品牌，"),
    (2014, 2019, "深入开展{“三清三拆”|n}环境整治，"),
    (2016, 2021, "推行{“四联四帮”|n}结对帮扶机制，"),
    (2016, 2023, "确保搬迁群众{“搬得出、稳得住、能致富”|p}，"),
    (2019, 2023, "擦亮{“龙胜红·党旗飘”|q}党建品牌，"),
    (2020, 2023, "坚持政府主导、群众参与，"),  # unquoted pair: not a slogan
]
DISTRACT = ["{“领头雁”|x}", "{“寨老”|x}", "{“长桌宴”|x}", "{“农家乐”|x}", "{“空心村”|x}", "{“泥腿子”|x}",
            "{“土专家”|x}", "{“扶贫车间”|x}", "{“大管家”|x}", "{“老支书”|x}", "{“娘家人”|x}", "{“金饭碗”|x}"]


def pick(lst, rng, y, n):
    c = [s for a, b, s in lst if a <= y <= b]
    return rng.sample(c, min(n, len(c)))


def T(t): return f"[{t}|TOWNSHIP]"
def V(v): return f"[{v}|VILLAGE]"
def C(c): return f"[{c}|COMMUNITY]"
def P(n): return f"[{n}|PERSON]"


def pick_village(rng, y, k=1):
    tw = rng.choice(list(VIL))
    vs = list(VIL[tw])
    if tw == "龙胜镇" and y < 2008:
        vs = [v for v in vs if v != "岭田村"] + ["上岭村", "田头村"]
    return tw, rng.sample(vs, k)


def county_name(rng):
    return rng.choice([f"[{COUNTY}|GPE]", "[龙胜县|GPE]", "[龙胜|GPE]"])


def art_meeting(rng, y, era):
    c = CADRES[era]
    ev = rng.choice(["全县[扶贫开发工作会议|EVENT]" if y < 2021 else "全县[乡村振兴工作会议|EVENT]", "全县[经济工作会议|EVENT]",
                     f"[县委{rng.choice(['十', '十一', '十二', '十三'])}届{rng.choice(['三', '五', '六'])}次全会|EVENT]"])
    f = pick(FORMULA_SENT, rng, y, 3); s = pick(COUNTY_SENT, rng, y, 2)
    title = rng.choice([f"{ev}召开", "全县上下凝心聚力促发展", "锚定目标　真抓实干"])
    tw = twn(rng.choice(list(TWN)), y)
    paras = [f"日前，{ev}在[县行政中心|FAC]召开。[县委|ORG]书记{P(c['书记'])}出席并讲话，县长{P(c['县长'])}主持会议。",
             f"{P(c['书记'])}强调，各乡镇和县直各部门要{''.join(f)}{''.join(s)}推动{county_name(rng)}各项工作走在[桂林|GPE]前列。",
             f"{P(c['县长'])}要求，要当好群众的{rng.choice(DISTRACT)}，会上{T(tw)}作了典型发言。",
             "[县人大常委会|ORG]、[县政协|ORG]领导，各乡镇党委书记、乡镇长参加会议。"]
    return dict(kind="meeting", title=title, kicker=rng.choice(["", "聚焦发展　真抓实干"]), subtitle=rng.choice(["", f"{P(c['书记'])}出席并讲话"]), paras=paras)


def art_merger(rng, y, era):
    """撤乡建镇 / 撤并: a township's old and new names in one article (only in the years around a change)."""
    cands = [(cur, old, yr) for cur, (old, yr) in OLD_TWN.items() if yr - 1 <= y <= yr + 6]
    if y <= 2006:
        cands.append(("乐江镇", "江口乡", 2005))
    if not cands:
        return art_poverty(rng, y, era)
    cur, old, yr = rng.choice(cands)
    v1 = rng.choice(list(VIL[cur]))
    if old == "江口乡":
        name_new = "乐江乡"
        paras = [f"根据[自治区人民政府|ORG]批复，撤销{T('江口乡')}，将其行政区域并入{T('乐江乡')}。",
                 f"撤并后，{T('乐江乡')}辖原{T('江口乡')}的{V('江口村')}等{rng.randint(4, 9)}个村委会，[乡政府|ORG]驻{V('地灵村')}。",
                 f"[乐江乡党委|ORG]书记{P(pname(rng))}表示，撤并后将{''.join(pick(FORMULA_SENT, rng, y, 1))}整合资源，方便群众办事。"]
        title = f"{T('江口乡')}并入{T('乐江乡')}"
    elif y < yr:
        name_new = cur
        paras = [f"记者从[县民政局|ORG]获悉，{T(old)}撤乡建镇工作已上报[自治区人民政府|ORG]审批，拟设立{T(cur)}。",
                 f"{T(old)}{V(v1)}村民{P(pname(rng))}说：“听说要改成镇了，以后赶圩更方便。”",
                 f"[{old}党委|ORG]书记{P(pname(rng))}介绍，全乡{''.join(pick(FORMULA_SENT, rng, y, 1))}为撤乡建镇打下基础。"]
        title = f"{T(old)}撤乡建镇进入报批阶段"
    elif y == yr:
        name_new = cur
        paras = [f"经[自治区人民政府|ORG]批准，撤销{T(old)}，设立{T(cur)}，以原{T(old)}的行政区域为{T(cur)}的行政区域。",
                 f"{y}年{rng.randint(1, 12)}月，{T(cur)}正式挂牌成立。[{cur}党委|ORG]书记{P(pname(rng))}表示，将{''.join(pick(FORMULA_SENT, rng, y, 1))}加快小城镇建设。",
                 f"{V(v1)}村民{P(pname(rng))}说：“乡改镇了，我们{V(v1)}的路子更宽了。”"]
        title = f"{T(cur)}挂牌成立"
    else:
        name_new = cur
        paras = [f"撤乡建镇{y - yr}年来，原{T(old)}所在的{T(cur)}{''.join(pick(FORMULA_SENT, rng, y, 1))}面貌焕然一新。",
                 f"在{T(cur)}{V(v1)}，村党支部书记{P(pname(rng))}介绍，村里新修了通组公路。",
                 f"[{cur}党委|ORG]书记{P(pname(rng))}说，要把镇区建设成为[龙胜|GPE]北部的重要集镇。"]
        title = f"{T(cur)}：乡改镇后谋新篇"
    return dict(kind="merger", title=title, kicker=rng.choice(["", "区划调整"]), subtitle="", paras=paras)


def art_vmerge(rng, y, era):
    """合村并组: old village names in the years before and of the merger, 岭田村 after."""
    if y < 2008:
        paras = [f"{T('龙胜镇')}{V('上岭村')}与{V('田头村')}山水相连，两村群众一直盼望修通连村公路。",
                 f"[上岭村党支部|ORG]书记{P(pname(rng))}介绍，今年以来两村{''.join(pick(FORMULA_SENT, rng, y, 1))}共同筹资修路。",
                 f"{V('田头村')}村民{P(pname(rng))}说，路通了，山里的茶叶也能卖上好价钱。"]
        title = f"{V('上岭村')}{V('田头村')}合力修通连村路"
    elif y == 2008:
        paras = [f"根据[县委|ORG]、[县人民政府|ORG]合村并组工作部署，{T('龙胜镇')}{V('上岭村')}与{V('田头村')}合并为{V('岭田村')}。",
                 f"合并后的{V('岭田村')}辖{rng.randint(12, 20)}个村民小组，{''.join(pick(FORMULA_SENT, rng, y, 1))}",
                 f"新当选的[岭田村党支部|ORG]书记{P(pname(rng))}表示，要让两村群众拧成一股绳。"]
        title = f"{V('上岭村')}{V('田头村')}合并为{V('岭田村')}"
    else:
        paras = [f"{T('龙胜镇')}{V('岭田村')}由原{V('上岭村')}、{V('田头村')}合并而成，如今村容村貌焕然一新。",
                 f"该村{''.join(pick(FORMULA_SENT, rng, y, 2))}发展茶叶{rng.randint(500, 3000)}亩。",
                 f"村党支部书记{P(pname(rng))}介绍，{V('岭田村')}正在申报自治区级生态村。"]
        title = f"{V('岭田村')}：合村并组后再出发"
    return dict(kind="vmerge", title=title, kicker=rng.choice(["", "基层之窗"]), subtitle="", paras=paras)


def art_poverty(rng, y, era):
    tw, (v1, v2) = pick_village(rng, y, 2)
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(COUNTY_SENT, rng, y, 1)
    tp = twn(tw, y)
    title = rng.choice([f"{V(v1)}脱贫路上步履坚", "山里人家日子红火了", f"{T(tp)}产业扶贫见成效"])
    paras = [f"走进{T(tp)}{V(v1)}，家家户户门前晒着罗汉果和辣椒。",
             f"近年来，该村{''.join(f)}{''.join(s)}发展特色种养业，{rng.randint(30, 200)}户群众实现增收。",
             f"村民{P(pname(rng))}说，过去村里是{{“空心村”|x}}，如今{V(v1)}和邻近的{V(v2)}都修通了水泥路。"]
    return dict(kind="poverty", title=title, kicker=rng.choice(["", "脱贫攻坚" if y >= 2016 else "扶贫开发"]), subtitle="", paras=paras)


def art_relocation(rng, y, era):
    if y < 2016:
        return art_poverty(rng, y, era)
    tw, (v1,) = pick_village(rng, y, 1)
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(COUNTY_SENT, rng, y, 1)
    title = rng.choice([f"{C('桂龙社区')}：搬出大山　住进新家", "易地扶贫搬迁群众的新生活", "安置点里的幸福年"])
    paras = [f"在{T('龙胜镇')}{C('桂龙社区')}，来自{T(twn(tw, y))}{V(v1)}的搬迁户{P(pname(rng))}正在[城北扶贫车间|ORG]里忙着缝制民族服饰。",
             f"[桂龙社区|COMMUNITY]是全县最大的<易地扶贫搬迁|易地扶贫搬迁|q>安置点，共安置搬迁群众{rng.randint(300, 900)}户。{''.join(f)}{''.join(s)}",
             f"社区党支部书记{P(pname(rng))}介绍，安置点配套建设了学校、卫生室，{C('城北社区')}也派出网格员结对帮扶。"]
    return dict(kind="relocation", title=title, kicker=rng.choice(["", "<易地扶贫搬迁|易地扶贫搬迁|q>"]), subtitle="", paras=paras)


def art_firstsec(rng, y, era):
    if y < 2015:
        return art_poverty(rng, y, era)
    tw, (v1,) = pick_village(rng, y, 1)
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(COUNTY_SENT, rng, y, 1)
    sec = pname(rng)
    unit = rng.choice(["县财政局", "县人民医院", "县供电公司", "桂林市农业农村局"])
    title = rng.choice([f"驻村第一书记{P(sec)}：扎根{V(v1)}的日子", "第一书记的扶贫日记", "把论文写在大山里"])
    paras = [f"{P(sec)}是[{unit}|ORG]派驻{T(twn(tw, y))}{V(v1)}的第一书记。",
             f"到村后，{P(sec)}{''.join(f)}{''.join(s)}带领村民发展茶叶和稻田养鱼。",
             f"村民们都亲切地称他为{rng.choice(DISTRACT)}。"]
    return dict(kind="firstsec", title=title, kicker=rng.choice(["", "驻村第一书记风采"]), subtitle="", paras=paras)


def art_tour(rng, y, era):
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(COUNTY_SENT, rng, y, 1)
    tp = twn("龙脊镇", y)
    v = rng.choice(["大寨村", "平安村", "金江村", "和平村"])
    title = rng.choice(["梯田花海迎客来", f"{V(v)}：梯田里种出“金饭碗”", "红瑶长发节吸引八方游客"])
    paras = [f"金秋时节，[龙脊梯田|FAC]层层叠叠，{T(tp)}{V(v)}迎来旅游旺季。",
             f"近年来，{T(tp)}{''.join(f)}{''.join(s)}发展{{“农家乐”|x}}{rng.randint(20, 120)}家。",
             f"{V('黄洛瑶寨')}的红瑶妇女为游客表演长发梳妆，村民{P(pname(rng))}说，旅游让全寨人吃上了“旅游饭”。"]
    return dict(kind="tour", title=title, kicker=rng.choice(["", "旅游兴县"]), subtitle="", paras=paras)


def art_comment(rng, y, era):
    f = pick(FORMULA_SENT, rng, y, 3); s = pick(COUNTY_SENT, rng, y, 2)
    title = rng.choice(["以实干担当书写发展新篇章", "把群众的事当成自己的事", "让山乡面貌一年一个样"])
    paras = [f"民生无小事。当前，全县上下要{''.join(f)}把心思和精力集中到抓落实上来。",
             f"要{''.join(s)}以钉钉子精神解决一批{rng.choice(DISTRACT)}问题。",
             f"让我们在{county_name(rng)}这片热土上奋勇争先。"]
    return dict(kind="comment", title=title, kicker="", subtitle="", paras=paras, byline_form="comment")


KINDS = [art_meeting, art_merger, art_vmerge, art_poverty, art_relocation, art_firstsec, art_tour, art_comment]

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
        else:
            printed, kind = m.group(6), m.group(7)
            out.append(printed)
            if kind == "x":
                rec["distractors"].append(printed.strip("“”"))
            else:
                rec["county"].append((printed.strip("“”"), kind, printed.startswith("“")))
                if "龙胜" in printed:  # a place inside a slogan still counts (GUIDE)
                    rec["ents"].append(("龙胜", "GPE"))
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
    forms = {1: ["lead_tx", "sig", "tx_line", "none", "end"],
             2: ["line", "lead", "wentu", "sig", "end", "two_line"],
             3: ["line", "lead", "zhuanwen", "jz_tx", "sig", "wentu"],
             4: ["center", "center_intern", "tongxun", "zhuanwen", "sig", "lead"]}[era]
    form = form or rng.choice(forms)
    if form == "comment":
        return "line", "本报评论员" if era < 4 else "融媒评论员", []
    if form == "lead_tx":
        return "lead", f"本报讯（通讯员　{P(b)}）", [b]
    if form == "tx_line":
        return "line", f"通讯员　{P(b)}　{P(c)}", [b, c]
    if form == "line":
        return "line", f"本报记者　{P(a)}", [a]
    if form == "lead":
        return "lead", f"本报讯（记者　{P(a)}　通讯员　{P(b)}）", [a, b]
    if form == "wentu":
        return "line", f"文/图　本报记者　{P(a)}", [a]
    if form == "sig":
        return "end", f"（{P(b)}）", [b]
    if form == "end":
        return "end", f"（记者　{P(a)}　通讯员　{P(b)}　报道）", [a, b]
    if form == "two_line":
        return "line2", f"本报记者　{P(a)}\n通讯员　{P(b)}　{P(c)}", [a, b, c]
    if form == "jz_tx":
        return "line", f"记者　{P(a)}　通讯员　{P(b)}", [a, b]
    if form == "zhuanwen":
        return "line", f"撰文：{P(a)}　摄影：{P(b)}", [a, b]
    if form == "center":
        return "line", f"[县融媒体中心|ORG]记者　{P(a)}", [a]
    if form == "center_intern":
        return "line", f"融媒体记者　{P(a)}　实习生　{P(c)}", [a, c]
    if form == "tongxun":
        return "line", f"■特约通讯员　{P(b)}", [b]
    return None, "", []


def furniture(rng, d, pno, era, section):
    y, m, dd = map(int, d.split("-"))
    wd = WEEK[datetime.date(y, m, dd).weekday()]
    ed, pr = pname(rng), pname(rng)
    ds = f"{y}年{m}月{dd}日"
    if era == 1:
        if pno == 1:
            top = ["龙胜通讯", f"[中共龙胜各族自治县委员会宣传部|ORG]主办　　桂林市内部资料性出版物准印证第{rng.randint(10, 99)}号",
                   f"{ds}　星期{wd}", f"总第{rng.randint(100, 400)}期　本期四版"]
        else:
            top = [f"{ds}　星期{wd}　　　龙胜通讯　　　第{pno}版　{section}"]
        bottom = [f"责任编辑　{P(ed)}　　校对　{P(pr)}"]
    elif era == 2:
        top = [f"龙胜报　　{ds}　星期{wd}", f"{section}　{pno}", f"编辑：{P(ed)}　版式：{P(pr)}"]
        bottom = [f"—{pno}—"]
    elif era == 3:
        top = [f"{section}　{pno:02d}", f"{ds}　星期{wd}　　龙胜报", f"责编：{P(ed)}　美编：{P(pr)}"]
        bottom = ["本报地址：[龙胜各族自治县|GPE][龙胜镇|TOWNSHIP]桂龙路　　邮编：541700"]
    else:
        top = ["龙胜融媒", f"[龙胜各族自治县融媒体中心|ORG]主办　　{ds}　星期{wd}", f"第{pno:02d}版　{section}"]
        bottom = [f"本版编辑：{P(ed)}　美编：{P(pr)}　校对：{P(pname(rng))}", "扫码关注“[龙胜发布|ORG]”微信公众号"]
    return top, bottom


def bold_double(s):
    return "".join(ch * 2 if ch not in "　 ：" else ch for ch in s)


def build_page(idx, d):
    rng = random.Random(3100 + idx)
    y = int(d[:4]); era = era_of(y)
    pno = rng.choice([1, 2, 3, 4]) if idx % 3 else 1
    sec = {1: "要闻", 2: "综合", 3: "乡镇传真", 4: "脱贫攻坚" if 2016 <= y <= 2020 else "乡村振兴" if y > 2020 else "山乡纪事"}[pno]
    width = rng.choice([13, 15, 17, 19, 21, 24])
    indent = rng.choice(["　　", "  ", ""])
    blank = rng.random() < 0.55
    head_after = era == 2 and rng.random() < 0.7
    doubled = era == 1 and pno == 1
    top, bottom = furniture(rng, d, pno, era, sec)
    rec = dict(ents=[], formulae=[], quoted=[], county=[], distractors=[])
    lines = [strip(t, rec) for t in top] + [""]
    articles = []
    if era == 4 and pno == 1 and rng.random() < 0.7:
        bn = rng.choice(["全面推进<乡村振兴|乡村振兴|q>　建设壮美龙胜", "学习贯彻党的二十大精神　谱写龙胜发展新篇章" if y >= 2023 else "巩固脱贫成果　建设美丽龙胜"])
        bn = bn.replace("龙胜", "[龙胜|GPE]")
        lines += [strip(bn, rec), ""]
    kinds = rng.sample(KINDS, rng.randint(3, 4))
    if pno == 1 and art_meeting not in kinds:
        kinds[0] = art_meeting
    # every page in the years around a change carries the merger story
    if any(yr - 1 <= y <= yr for _, yr in OLD_TWN.values()) or y in (2004, 2005, 2007, 2008):
        if art_merger not in kinds and art_vmerge not in kinds:
            kinds[-1] = art_merger if y not in (2007, 2008) else art_vmerge
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
        tl_print = [bold_double(t) for t in tl] if (doubled and ai == 0) else tl
        head = ([strip(a["kicker"], ar)] if a["kicker"] else []) + tl_print + (["——" + strip(a["subtitle"], ar)] if a["subtitle"] else [])
        block = []
        if not after:
            block += head
            if where in ("line", "line2"):
                block += strip(bl, ar).split("\n")
        paras = list(a["paras"])
        if where == "lead":
            paras[0] = bl + paras[0]
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
                             formulae=sorted({g for g, _ in ar["formulae"]}),
                             marked=sorted({t for t, k, q in ar["county"] if q or k == "p"} | {t for t, k, g in ar["quoted"]}),
                             places=sorted({t for t, l in ar["ents"] if l in ("TOWNSHIP", "VILLAGE", "COMMUNITY")})))
    if rng.random() < 0.55:
        lines.append("乡镇简讯" if era < 4 else "【乡镇快讯】")
        for _ in range(rng.randint(2, 3)):
            tw, (v1,) = pick_village(rng, y, 1)
            tp = twn(tw, y)
            cm = rng.choice(list(COMM))
            t, body = rng.choice([
                (f"{T(tp)}开展防汛演练", f"日前，{T(tp)}组织干部群众{rng.randint(40, 120)}人在{V(v1)}开展防汛应急演练。"),
                (f"{V(v1)}新建风雨桥", f"由{T(tp)}投资建设的[{v1}风雨桥|FAC]日前建成通行。"),
                (f"{C(cm)}开展禁毒宣传", f"{T(twn(COMM_TWN[cm], y))}{C(cm)}日前组织志愿者入户宣传禁毒知识。"),
                (f"{T(tp)}举办农民技能培训", f"近日，{T(tp)}举办罗汉果种植技术培训班，{V(v1)}等村{rng.randint(50, 150)}名群众参训。"),
            ])
            sig = pname(rng)
            tps = strip(t, rec)
            lines.append(("◆" if era < 3 else "■") + tps)
            lines += wrap(strip(body + f"（{P(sig)}）", rec), width, indent)
            articles.append(dict(title=tps, byline=[sig], byline_text=f"（{sig}）", kind="brief", headline_after=False, doubled=False))
        lines.append("")
    if rng.random() < 0.5:
        tw, (v1,) = pick_village(rng, y, 1)
        ph = pname(rng)
        cap = (f"图为{T(twn('龙脊镇', y))}{V('大寨村')}梯田风光。　{P(ph)}　摄" if rng.random() < 0.5
               else f"▲{T(twn(tw, y))}{V(v1)}新貌。　本报记者　{P(ph)}　摄")
        lines += wrap(strip(cap, rec), width, "") + [""]
        articles.append(dict(title="", byline=[ph], byline_text=f"{ph} 摄", kind="photo", headline_after=False, doubled=False))
    if rng.random() < 0.3:
        org = rng.choice(["龙胜各族自治县民政局", "龙胜各族自治县人民政府征兵办公室", "龙胜各族自治县扶贫开发办公室"])
        lines.append("公　告")
        body = f"根据有关规定，现将{y}年度有关事项公告如下：请有关单位和个人于{rng.randint(1, 28)}日前到[{org}|ORG]办理。特此公告。"
        lines += wrap(strip(body, rec), width, indent)
        lines.append(strip(f"[{org}|ORG]", rec)); lines.append(f"{y}年{int(d[5:7])}月{int(d[8:10])}日"); lines.append("")
        articles.append(dict(title="公告", byline=[], byline_text="", kind="notice", headline_after=False, doubled=False))
    for b in bottom:
        lines.append(strip(b, rec))
    return "\n".join(lines) + "\n", articles, rec, pno


def norm(s):
    return re.sub(r"[\s“”‘’「」]", "", s)


def code_of(t, lab, j):
    if lab == "TOWNSHIP":
        return TWN.get(t) or OLD_CODES.get(t), t in OLD_CODES
    if lab == "COMMUNITY":
        return COMM.get(t), False
    if t in OLD_VIL:
        return OLD_VIL[t], True
    cands = [(tw, vv[t]) for tw, vv in VIL.items() if t in vv]
    if len(cands) == 1:
        return cands[0][1], False
    # namesake (地灵村): the township printed within 120 characters before it (old names count for their town)
    alias = {tw: {tw} | {o for o, c in OLD_CODES.items() if c == TWN[tw]} for tw, _ in cands}
    near = sorted({tw for i in [m.start() for m in re.finditer(t, j)] for tw, _ in cands
                   if any(n in j[max(0, i - 120):i] for n in alias[tw])})
    return (dict(cands)[near[0]] if len(near) == 1 else None), False


def main():
    os.makedirs(os.path.join(OUT, "pages"), exist_ok=True)
    for f in os.listdir(os.path.join(OUT, "pages")):
        os.remove(os.path.join(OUT, "pages", f))
    truth = {"county": COUNTY, "county_code": CODE, "papers": sorted(set(PAPER.values())), "pages": []}
    man = []
    for idx, d in enumerate(DATES):
        text, arts, rec, pno = build_page(idx, d)
        stem = f"{d}_p{pno}"
        open(os.path.join(OUT, "pages", stem + ".txt"), "w", encoding="utf-8").write(text)
        y = int(d[:4])
        in_manifest = idx % 2 == 0
        if in_manifest:
            man.append(dict(file=stem + ".txt", paper=PAPER[era_of(y)], county=COUNTY, county_code=CODE, date=d,
                            date_precision="day", date_note="from the page's date line"))
        flat = norm(text)
        ents = {}
        for t, lab in rec["ents"]:
            ents[(t, lab)] = ents.get((t, lab), 0) + 1
        places = []
        j = text.replace("\n", "")
        for (t, lab), n in ents.items():
            if lab not in ("TOWNSHIP", "VILLAGE", "COMMUNITY"):
                continue
            code, old = code_of(t, lab, j)
            places.append(dict(text=t, label=lab, code=code, count=n, old=old))
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
        truth["pages"].append(dict(file=stem + ".txt", issue=stem, date=d, year=y, page=pno, paper=PAPER[era_of(y)],
                                   in_manifest=in_manifest,
                                   articles=arts, entities=[dict(text=t, label=l, count=n) for (t, l), n in sorted(ents.items())],
                                   places=places, slogans=slogans, distractors=sorted(set(rec["distractors"])), formulae=formulae))
    with open(os.path.join(OUT, "pages", "manifest.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(man[0])); w.writeheader(); w.writerows(man)
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
    py = {}
    for p in truth["pages"]:
        for pl in p["places"]:
            py.setdefault(f'{pl["text"]}|{pl["label"]}|{pl["code"]}', set()).add(p["year"])
    truth["place_years"] = {k: sorted(v) for k, v in sorted(py.items())}
    json.dump(truth, open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(truth["pages"]), "pages,", len(man), "in manifest,", sum(len(p["articles"]) for p in truth["pages"]), "articles,",
          sum(e["count"] for p in truth["pages"] for e in p["entities"]), "entity mentions,",
          sum(len(p["slogans"]) for p in truth["pages"]), "page-slogans,",
          sum(pl["count"] for p in truth["pages"] for pl in p["places"] if pl["old"]), "old-name place mentions")


if __name__ == "__main__":
    main()
