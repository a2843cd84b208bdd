"""Invented pages of 云阳时报 (an invented weekly of 云阳县 500235, 重庆市; a Three Gorges county and one of the
biggest labour-export counties of 渝东北), 2000-2024: 140 pages of 35 issue dates, 4 pages each.  HALF are PDFs of
the printed page (reportlab, STSong-Light CID font, 2 or 3 columns, headline larger, a photo box with caption on some
pages), HALF are .txt as her extraction tool wrote them (lines cut at the column width, a running header, a folio
line "－3－", a form feed at the end, a BOM or CRLF on some).  Her archive's file names: `2005-03-18_第3版.pdf`, and a
few misnamed files (not zero-padded, no dashes, a download suffix "(1)", the paper's name glued in front, one page filed
under the wrong week).  Real 镇/乡/街道/村/社区 from admin_divisions_china; people, firms, 扶贫车间, 创业园 invented.

Sentences carry entities inline: <text|LABEL>; formulae: {printed§name}.  Truth conventions (GUIDE.md): 劳务公司,
factories, 人力社保局 etc. ORG; named 扶贫车间 / 创业园 / 工业园区 FAC (a village-named 扶贫车间 keeps its village:
望丰村扶贫车间 one FAC, "the place is its only distinguishing word"); generic 扶贫车间 / 创业园 not annotated; 春风行动
PROJECT; the deictic 全县 outside EVENT names; the masthead 云阳时报 ORG; GPE for destinations (广东, 东莞, 长沙 ...).
Seeded:  python make_pages.py   (needs reportlab, in the venv)"""
import datetime, json, os, random, re
from collections import Counter, defaultdict

rng = random.Random(3701)
HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages")
COUNTY, CODE, PAPER = "云阳县", "500235", "云阳时报"
TWN = {"江口镇": "500235131", "龙角镇": "500235105", "黄石镇": "500235121", "巴阳镇": "500235122", "凤鸣镇": "500235125",
       "云安镇": "500235136", "南溪镇": "500235128", "路阳镇": "500235115", "栖霞镇": "500235137", "外郎乡": "500235208",
       "人和街道": "500235003", "平安镇": "500235133"}
VIL = {"长沙村": ("500235105207", "龙角镇"), "栏坪村": ("500235105210", "龙角镇"), "泉水村": ("500235105211", "龙角镇"),
       "老屋村": ("500235121205", "黄石镇"), "铁炉村": ("500235121211", "黄石镇"), "望丰村": ("500235122218", "巴阳镇"),
       "双峰村": ("500235122215", "巴阳镇"), "九龙村": ("500235131202", "江口镇"), "团滩村": ("500235131207", "江口镇"),
       "铜鼓村": ("500235136202", "云安镇"), "三湾村": ("500235136203", "云安镇"), "马岭村": ("500235125202", "凤鸣镇"),
       "黄龙村": ("500235125201", "凤鸣镇"), "花果村": ("500235128202", "南溪镇"), "平安村": ("500235128249", "南溪镇"),
       "文武村": ("500235115226", "路阳镇"), "红龙村": ("500235137204", "栖霞镇"), "五龙村": ("500235208216", "外郎乡"),
       "大花村": ("500235208215", "外郎乡"), "民治村": ("500235003211", "人和街道")}
COM = {"五龙社区": ("500235105002", "龙角镇"), "平安寨社区": ("500235121002", "黄石镇"), "滨河社区": ("500235131007", "江口镇"),
       "巴阳社区": ("500235122001", "巴阳镇")}
PL = {**{k: ("TOWNSHIP", v) for k, v in TWN.items()}, **{k: ("VILLAGE", v[0]) for k, v in VIL.items()},
      **{k: ("COMMUNITY", v[0]) for k, v in COM.items()}}
ERAS = [(2000, 2007, "2000-07"), (2008, 2015, "2008-15"), (2016, 2020, "2016-20"), (2021, 2024, "2021-24")]
DEST = ["广东", "东莞", "深圳", "浙江", "温州", "福建", "晋江", "上海", "长沙", "新疆"]


def era(y):
    return next(i for i, (a, b, _) in enumerate(ERAS) if a <= y <= b)


def E(t, lab=None):
    return f"<{t}|{lab or PL[t][0]}>"


O = lambda t: E(t, "FAC" if t.endswith("工业园") else "ORG"); F = lambda t: E(t, "FAC"); P = lambda t: E(t, "PERSON"); G = lambda t: E(t, "GPE")
EV = lambda t: E(t, "EVENT"); D = lambda t: "《" + E(t, "DOC") + "》"; PR = lambda t: E(t, "PROJECT")


def FM(printed, name=None):
    return "{" + printed + "§" + (name or re.sub(r"<([^<>|]+)\|[A-Z]+>", r"\1", printed).strip("“”")) + "}"


def plain(s):
    s = re.sub(r"\{([^{}§]+)§[^{}§]+\}", r"\1", s)
    return re.sub(r"<([^<>|]+)\|[A-Z]+>", r"\1", s)


def ents(s):
    s = re.sub(r"\{([^{}§]+)§[^{}§]+\}", r"\1", s)
    return [(m.group(1), m.group(2)) for m in re.finditer(r"<([^<>|]+)\|([A-Z]+)>", s)]


def forms(s):
    return [(plain(m.group(1)), m.group(2)) for m in re.finditer(r"\{([^{}§]+)§([^{}§]+)\}", s)]


# the employment bureau's names over the years (a real sequence of renamings in Chongqing's counties)
BUREAU = {0: "县劳动和社会保障局", 1: "县人力社保局", 2: "县人力社保局", 3: "县人力资源和社会保障局"}
LABOR_OFFICE = {0: "县劳务办", 1: "县就业局", 2: "县就业和人才服务局", 3: "县就业和人才服务局"}
LEAD = {0: dict(sec="谭国栋", head="冉启明"), 1: dict(sec="冉启明", head="向华林"), 2: dict(sec="向华林", head="牟春燕"),
        3: dict(sec="牟春燕", head="汪德胜")}
REPORTERS = {0: ["陈大勇", "刘晓梅"], 1: ["刘晓梅", "彭涛"], 2: ["彭涛", "邓佳"], 3: ["邓佳", "熊雨欣"]}
CORR = ["杨昌华", "黄小兰", "甘明"]
FIRMS = {0: ["云阳县三峡劳务开发公司", "东莞市长兴鞋业有限公司", "晋江市华达制衣厂"],
         1: ["云阳县三峡劳务开发公司", "重庆渝东北人力资源有限公司", "东莞市长兴鞋业有限公司", "富士康重庆工业园"],
         2: ["重庆渝东北人力资源有限公司", "云阳县盛源劳务有限公司", "重庆巴渝鞋业有限公司"],
         3: ["云阳县盛源劳务有限公司", "重庆巴渝鞋业有限公司", "云阳县智联人力资源服务有限公司"]}
WORKERS = ["谭小红", "冉光明", "黄德军", "向美玲", "邱永富", "赖春花", "程大福", "彭玉兰", "郑小军", "罗桂英"]

FORM = {0: [FM("西部大开发"), FM("“三个代表”重要思想", "三个代表"), FM("全面建设小康社会"), FM("输出一人、脱贫一户")],
        1: [FM("城乡统筹"), FM("统筹城乡", "城乡统筹"), FM("科学发展观"), FM("全面建成小康社会"), FM("<中国|GPE>梦", "中国梦")],
        2: [FM("精准扶贫"), FM("脱贫攻坚"), FM("一人就业、全家脱贫"), FM("全面建成小康社会")],
        3: [FM("乡村振兴"), FM("就业优先"), FM("共同富裕"), FM("“六稳”“六保”", "六稳六保")]}


def fm(y):
    f = list(FORM[era(y)])
    if y == 2020:
        f += [FM("“六稳”“六保”", "六稳六保"), FM("稳就业、保居民就业", "六稳六保")]
    if 2008 <= y <= 2009:
        f += [FM("保增长、保民生、保稳定")]
    return rng.choice(f)


def tv():
    t = rng.choice([t for t in TWN if any(x == t for _, x in VIL.values())])
    return t, rng.choice([v for v, (c, x) in VIL.items() if x == t])


# ----------------------------------------------------------------- article generators: dict(title, byline, body, kind)
def lead(d, reps):
    who = "　".join(f"{r}　{n}" for r, n in reps)
    return f"本报讯（{who}）"


def by_news(d):
    e = era(d.year); r = rng.choice(REPORTERS[e])
    if rng.random() < 0.5:
        return [("记者", r), ("通讯员", rng.choice(CORR))]
    return [("记者", r)]


def g_meeting(d):
    e = era(d.year); ld = LEAD[e]
    ev = ["劳务经济工作会议", "就业工作会议", "农民工工作联席会议"][min(e, 2) if e < 2 else 1]
    if e == 2:
        ev = "就业扶贫工作推进会"
    by = by_news(d)
    body = [lead(d, by) + f"{d.month}月{d.day}日，全县{EV(ev)}召开。{O('县委')}书记{P(ld['sec'])}出席会议并讲话，县长{P(ld['head'])}主持。",
            f"会议要求，要坚持{fm(d.year)}，把{'劳务输出' if e < 2 else '稳岗就业'}作为富民增收的重要抓手，{O(BUREAU[e])}、{O(LABOR_OFFICE[e])}要加强对外出务工人员的服务。",
            f"{E(tv()[0])}等{rng.randint(3, 9)}个乡镇作了交流发言。"]
    return dict(kind="news", title=f"全县{EV(ev)}召开", byline=by, body=body)


def g_export(d):
    e = era(d.year); t, v = tv(); firm = rng.choice(FIRMS[e]); dst = rng.choice(DEST)
    by = by_news(d); n = rng.randint(40, 400)
    title = rng.choice([f"{E(t)}{n}名农民工“组团”外出务工", f"{E(v)}劳务输出有了“娘家人”", f"{E(t)}：订单式培训送工到{G(dst)}"])
    body = [lead(d, by) + f"近日，{E(t)}{E(v)}的{n}名农民工乘专车前往{G(dst)}，到{O(firm)}务工。这是该镇今年组织的第{rng.randint(2, 6)}批劳务输出。",
            f"“在家门口报名，坐车直接进厂。”{E(v)}村民{P(rng.choice(WORKERS))}说。{O(LABOR_OFFICE[e])}负责人介绍，全县今年外出务工人员达{rng.randint(28, 36)}万人。",
            f"该镇坚持{fm(d.year)}，把劳务输出与技能培训结合起来。"]
    return dict(kind="news", title=title, byline=by, body=body)


def g_leftbehind(d):
    e = era(d.year); t, v = tv(); r = rng.choice(REPORTERS[e]); w = rng.choice(WORKERS)
    title = rng.choice([f"{E(v)}的“代理妈妈”", "留守儿童的周末课堂", f"{E(t)}：让留守儿童不再孤单"])
    body = [f"{E(v)}的小学四年级学生{P(w)}，父母在{G(rng.choice(DEST))}打工，已经三年没有回家过年。",
            f"{O(t + '团委')}和{O('县妇联')}在村里办起“留守儿童之家”，每周末请志愿者陪孩子们读书、和父母视频通话。",
            f"据统计，全县现有留守儿童{rng.randint(2, 4)}万余名。该镇坚持{fm(d.year)}，把关爱留守儿童纳入村规民约。"]
    return dict(kind="feature", title=title, byline=[("记者", r)], body=body)


def g_return(d):
    e = era(d.year); t, v = tv(); w = rng.choice(WORKERS); dst = rng.choice(DEST)
    park = {0: None, 1: "云阳县农民工返乡创业园", 2: "云阳县农民工返乡创业园", 3: "渝东北返乡创业孵化园"}[e]
    by = by_news(d)
    title = rng.choice([f"{P(w)}：从打工仔到老板", f"返乡创业带富一方", f"{E(v)}：返乡能人办起加工厂"])
    body = [lead(d, by) + f"在{G(dst)}打工{rng.randint(6, 15)}年的{P(w)}，去年回到{E(t)}{E(v)}，办起了一家服装加工厂，吸纳{rng.randint(20, 90)}名村民就业。"]
    if park:
        body.append(f"目前，入驻{F(park)}的返乡创业企业已有{rng.randint(30, 160)}家。{O(BUREAU[e])}为返乡人员提供创业担保贷款。")
    body.append(f"“在家门口就能挣钱，还能照顾老人孩子。”工人{P(rng.choice(WORKERS))}说。该镇坚持{fm(d.year)}，鼓励返乡创业。")
    return dict(kind="news", title=title, byline=by, body=body)


def g_workshop(d):  # 2016+: 扶贫车间
    e = era(d.year); t, v = tv(); firm = rng.choice(FIRMS[max(e, 2)])
    by = by_news(d)
    title = rng.choice([f"{E(v)}扶贫车间开工", "扶贫车间让贫困户“家门口就业”", f"{E(t)}：{rng.randint(5, 12)}个扶贫车间吸纳贫困劳动力"])
    body = [lead(d, by) + f"走进{E(t)}{F(v + '扶贫车间')}，{rng.randint(30, 70)}名工人正忙着缝制鞋面。车间由{O(firm)}投资建设。",
            f"贫困户{P(rng.choice(WORKERS))}在车间上班，每月收入{rng.randint(18, 32)}00元。",
            f"今年以来，全县坚持{fm(d.year)}，建成扶贫车间{rng.randint(30, 80)}个，就业扶贫成效明显。"]
    return dict(kind="news", title=title, byline=by, body=body)


def g_spring(d):  # 春风行动 job fair
    e = era(d.year); firm = rng.choice(FIRMS[e]); by = by_news(d)
    title = f"“{PR('春风行动')}”送岗位到家门口"
    body = [lead(d, by) + f"{d.month}月{d.day}日，{O(BUREAU[e])}在{E('人和街道')}举办“{PR('春风行动')}”专场招聘会，{O(firm)}等{rng.randint(40, 120)}家企业提供岗位{rng.randint(3, 9)}000余个。",
            f"{E(tv()[1])}村民{P(rng.choice(WORKERS))}当场和企业签订了劳动合同。",
            f"{O(LABOR_OFFICE[e])}负责人说，坚持{fm(d.year)}，今年将稳岗就业、转移就业作为重点。"]
    return dict(kind="news", title=title, byline=by, body=body)


def g_brief(d):
    e = era(d.year); items = []
    for _ in range(rng.randint(3, 4)):
        t, v = tv()
        items.append(rng.choice([
            f"■　{E(t)}日前为{rng.randint(50, 300)}名外出务工人员办理了就业登记。（{P(rng.choice(CORR))}）",
            f"■　{E(v)}召开在外务工人员座谈会，{rng.randint(20, 60)}名在外能人回村献计。（{P(rng.choice(CORR))}）",
            f"■　{O(LABOR_OFFICE[e])}日前在{E(t)}开展农民工维权宣传。（{P(rng.choice(CORR))}）",
            f"■　{E(rng.choice(list(COM)))}为辖区{rng.randint(20, 80)}名返乡人员开展电商技能培训。（{P(rng.choice(CORR))}）",
            f"■　{E(t)}坚持{fm(d.year)}，新增返乡创业主体{rng.randint(5, 30)}户。（{P(rng.choice(CORR))}）"]))
    return dict(kind="brief", title="简讯", byline=[], body=items)


def g_photo(d):
    e = era(d.year); t, v = tv(); r = rng.choice(REPORTERS[e])
    cap = f"图为{E(t)}{E(v)}的农民工在{G(rng.choice(DEST))}务工返乡途中。　（记者　{P(r)}　摄）"
    body = [f"春节前后，{E(t)}的农民工陆续返乡，{O(LABOR_OFFICE[e])}在车站设立服务点，为返乡人员提供岗位信息。"]
    return dict(kind="photo", title="返乡路上", byline=[("摄影", r)], body=body, caption=cap)


def hand_articles():
    """Articles written one by one, for her KWIC and trap questions (date -> list)."""
    H = defaultdict(list)
    H["2008-12-19"].append(dict(kind="news", title="金融危机下的返乡潮", byline=[("记者", "刘晓梅"), ("通讯员", "杨昌华")], body=[
        f"本报讯（记者　刘晓梅　通讯员　杨昌华）受国际金融危机影响，{G('东莞')}、{G('深圳')}等地部分企业减产，近一个月全县提前返乡的农民工已有2.3万人。",
        f"{O('县就业局')}在{E('江口镇')}{E('滨河社区')}设立返乡农民工服务站，登记返乡人员的技能和就业意愿。",
        f"县委要求，坚持{FM('保增长、保民生、保稳定')}，把返乡农民工就业作为当前头等大事，引导有条件的返乡人员返乡创业。"]))
    H["2014-10-17"].append(dict(kind="feature", title="长沙村的孩子们", byline=[("记者", "彭涛")], body=[
        f"{E('龙角镇')}{E('长沙村')}有留守儿童86名，大多数孩子的父母在{G('长沙')}、{G('广州')}一带打工。",
        f"“我爸爸在{G('长沙')}修房子。”{P('冉小雨')}说。{E('长沙村')}的“留守儿童之家”由{O('县妇联')}和{O('龙角镇中心小学')}共同开办。",
        f"{E('五龙社区')}也建起了留守儿童活动室。与之同名的{E('外郎乡')}{E('五龙村')}，则把留守老人和留守儿童一起纳入关爱名册。"]))
    H["2016-09-09"].append(dict(kind="news", title="望丰村扶贫车间开工", byline=[("记者", "邓佳")], body=[
        f"本报讯（记者　邓佳）9月6日，{E('巴阳镇')}{F('望丰村扶贫车间')}正式开工，{O('重庆巴渝鞋业有限公司')}在车间设生产线3条。",
        f"车间首批招收贫困劳动力46人。坚持{FM('精准扶贫')}，{FM('一人就业、全家脱贫')}，是全县就业扶贫的新路子。"]))
    H["2020-03-06"].append(dict(kind="news", title="“点对点”包车送农民工返岗", byline=[("记者", "邓佳"), ("通讯员", "黄小兰")], body=[
        f"本报讯（记者　邓佳　通讯员　黄小兰）3月4日，载着218名农民工的8辆大巴从{E('人和街道')}出发，“点对点”直达{G('东莞')}和{G('晋江')}。",
        f"{O('县就业和人才服务局')}与{O('云阳县盛源劳务有限公司')}联手，为返岗人员提供健康证明和车票。",
        f"做好{FM('“六稳”“六保”', '六稳六保')}工作，{FM('稳就业、保居民就业', '六稳六保')}是首位。全县已有11.6万名农民工返岗复工，稳岗就业形势总体稳定。"]))
    H["2023-02-10"].append(dict(kind="news", title="“家门口”的就业服务站", byline=[("记者", "熊雨欣")], body=[
        f"本报讯（记者　熊雨欣）{E('黄石镇')}{E('平安寨社区')}的就业服务站开张不到一个月，已为{rng.randint(100, 300)}名返乡人员推荐岗位。",
        f"不要把它和{E('平安镇')}、{E('南溪镇')}{E('平安村')}弄混：这里是{E('黄石镇')}的社区。",
        f"坚持{FM('就业优先')}，推进{FM('乡村振兴')}，{O('县人力资源和社会保障局')}今年将在全县建成就业服务站40个。"]))
    H["2005-03-18"].append(dict(kind="news", title="三峡移民与劳务输出“两手抓”", byline=[("记者", "陈大勇")], body=[
        f"本报讯（记者　陈大勇）作为三峡库区移民大县，{COUNTY_E}一手抓移民安稳致富，一手抓劳务输出。",
        f"今年一季度全县输出劳动力{rng.randint(20, 30)}万人次，劳务收入成为农民增收的“半壁江山”。{O('县劳务办')}在{G('广东')}、{G('福建')}设立驻外劳务工作站。",
        f"抓住{FM('西部大开发')}机遇，坚持{FM('输出一人、脱贫一户')}，{E('云安镇')}{E('铜鼓村')}{rng.randint(60, 120)}户移民已有一半家庭有人外出务工。"]))
    return H


COUNTY_E = f"<{COUNTY}|GPE>"
COUNTY_S = COUNTY

GEN = {0: [g_meeting, g_export, g_export, g_leftbehind, g_return, g_spring, g_brief, g_photo],
       1: [g_meeting, g_export, g_leftbehind, g_leftbehind, g_return, g_return, g_spring, g_brief, g_photo],
       2: [g_meeting, g_workshop, g_workshop, g_leftbehind, g_return, g_spring, g_brief, g_photo],
       3: [g_meeting, g_return, g_return, g_leftbehind, g_workshop, g_spring, g_brief, g_photo]}
SECT = {1: "要闻", 2: "综合", 3: "劳务·民生", 4: "视点"}


def dates():
    out = []
    for y in range(2000, 2025):
        n = 2 if y in (2003, 2005, 2008, 2009, 2012, 2014, 2016, 2018, 2020, 2023) else 1
        months = sorted(rng.sample(range(1, 12), n)) if n == 2 else [rng.randint(1, 12)]
        for mo in months:
            d = datetime.date(y, mo, 1)
            while d.weekday() != 4:
                d += datetime.timedelta(days=1)
            d += datetime.timedelta(days=7 * rng.randint(0, 2))
            out.append(d)
    fixed = [datetime.date.fromisoformat(x) for x in hand_articles()]
    for f in fixed:
        same = [d for d in out if d.year == f.year and d.month != 12 - 11 * (f.month == 12)]
        out[out.index(same[-1] if f.month > 6 else same[0])] = f
    return sorted(set(out))[:35]


# ----------------------------------------------------------------- text pages
def wrap(text, w, indent=True):
    t = ("　　" if indent else "") + text
    return [t[i:i + w] for i in range(0, len(t), w)]


def txt_page(d, page, arts, w):
    L = [f"{PAPER}　{d.year}年{d.month}月{d.day}日　星期五　第{page}版　{SECT[page]}", ""]
    for a in arts:
        L.append(plain(a["title"]))
        if a["kind"] == "feature":
            L.append("□　本报记者　" + a["byline"][0][1])
        for para in a["body"]:
            L += wrap(plain(para), w, indent=a["kind"] != "brief")
        if a.get("caption"):
            L += wrap(plain(a["caption"]), w, indent=False)
        L.append("")
    ed = rng.choice(["秦丽", "万春"])
    L += ["责任编辑：" + ed, f"－{page}－"]
    return "\n".join(L) + "\n\f", ed


# ----------------------------------------------------------------- PDF pages (reportlab)
def pdf_page(path, d, page, arts):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    FONT = "STSong-Light"
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    W, H = 842, 1191
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle(f"{PAPER} {d} 第{page}版")
    M = 40
    c.setFont(FONT, 9)
    c.drawString(M, H - 30, f"{PAPER}　{d.year}年{d.month}月{d.day}日　星期五　第{page}版　{SECT[page]}")
    c.line(M, H - 36, W - M, H - 36)
    y = H - 50
    ncols = rng.choice([2, 3])
    gut = 14; bs = 10.5; lead_ = 15
    colw = (W - 2 * M - gut * (ncols - 1)) / ncols
    per = int(colw // bs)
    for a in arts:
        hs = 22 if a["kind"] != "brief" else 15
        title = plain(a["title"])
        tw = len(title) * hs
        c.setFont(FONT, hs)
        x0 = M if a["kind"] == "brief" else (W - tw) / 2
        y -= hs + 4
        c.drawString(x0, y, title)
        y -= 10
        if a["kind"] == "feature":
            c.setFont(FONT, bs)
            s = "□　本报记者　" + a["byline"][0][1]
            y -= lead_
            c.drawString((W - len(s) * bs) / 2, y, s)
            y -= 6
        if a.get("caption"):
            ph = 150
            c.rect(M, y - ph, W - 2 * M, ph, stroke=1, fill=0)
            c.setFillGray(0.7); c.rect(M + 4, y - ph + 4, W - 2 * M - 8, ph - 8, stroke=0, fill=1); c.setFillGray(0)
            y -= ph + 12
            c.setFont(FONT, 8.5)
            c.drawString(M, y, plain(a["caption"]))
            y -= 14
        lines = []
        for para in a["body"]:
            lines += wrap(plain(para), per, indent=a["kind"] != "brief")
        k = -(-len(lines) // ncols)
        c.setFont(FONT, bs)
        for ci in range(ncols):
            for li, ln in enumerate(lines[ci * k:(ci + 1) * k]):
                c.drawString(M + ci * (colw + gut), y - (li + 1) * lead_, ln)
        y -= k * lead_ + 14
        c.line(M, y, W - M, y)
        y -= 6
    c.setFont(FONT, 9)
    c.line(M, 40, W - M, 40)
    ed = rng.choice(["秦丽", "万春"])
    c.drawString(M, 28, "责任编辑：" + ed)
    c.save()
    return ncols, ed


SHARED = {"三湾村": "云安镇"}  # 三湾村 is also a village of 江口镇 (500235131208): coded only where the page prints 云安镇三湾村


def code_of(t, sents):
    if t in SHARED and not any(SHARED[t] + t in plain(s) for s in sents):
        return None
    return PL[t][1]


# ----------------------------------------------------------------- main
def misname(d, page, ext, k):
    """Her archive's file name; a few misnamed ones."""
    std = f"{d.isoformat()}_第{page}版{ext}"
    return {0: std, 1: f"{d.year}-{d.month}-{d.day}_第{page}版{ext}", 2: f"{d.strftime('%Y%m%d')}_第{page}版{ext}",
            3: f"{d.isoformat()}_第{page}版(1){ext}", 4: f"{PAPER}{d.isoformat()}第{page}版{ext}"}[k]


def main():
    os.makedirs(PAGES, exist_ok=True)
    for f in os.listdir(PAGES):
        os.remove(os.path.join(PAGES, f))
    H = hand_articles()
    ds = dates()
    assert len(ds) == 35, len(ds)
    special = {(ds[3], 2): 1, (ds[9], 3): 2, (ds[14], 4): 3, (ds[21], 1): 4, (ds[27], 2): 1}
    misfiled = (ds[17], 3)  # filed under the next Friday's date (a page of ds[17] named as the week after)
    pages, issues = [], defaultdict(list)
    for di, d in enumerate(ds):
        e = era(d.year)
        is_pdf = di % 2 == 0
        for page in range(1, 5):
            arts = []
            if page == 1 and H.get(d.isoformat()):
                arts += H[d.isoformat()]
            while len(arts) < (3 if page != 3 else 4):
                g = rng.choice(GEN[e])
                a = g(d)
                if a["kind"] == "photo" and (any(x["kind"] == "photo" for x in arts) or (not is_pdf and rng.random() < .5)):
                    continue
                if a["kind"] == "brief" and any(x["kind"] == "brief" for x in arts):
                    continue
                arts.append(a)
            ext = ".pdf" if is_pdf else ".txt"
            fname = misname(d, page, ext, special.get((d, page), 0))
            fdate = d
            if (d, page) == misfiled:
                fdate = d + datetime.timedelta(days=7)
                fname = f"{fdate.isoformat()}_第{page}版{ext}"
            path = os.path.join(PAGES, fname)
            w = rng.randint(16, 22)
            if is_pdf:
                ncols, ed = pdf_page(path, d, page, arts)
            else:
                ncols = None
                t, ed = txt_page(d, page, arts, w)
                if di % 5 == 1:
                    t = "\ufeff" + t
                if di % 7 == 3:
                    t = t.replace("\n", "\r\n")
                open(path, "w", encoding="utf-8", newline="").write(t)
            allsent = [a["title"] for a in arts] + [s for a in arts for s in a["body"]] + [a["caption"] for a in arts if a.get("caption")]
            ec = Counter(x for s in allsent for x in ents(s))
            ec[(PAPER, "ORG")] += 1  # the masthead in the running header
            ec[(ed, "PERSON")] += 1  # the footer's 责任编辑 (corrected after the first run: a printed name is PERSON)
            for a in arts:
                for r, n in a["byline"]:
                    if a["kind"] != "feature" and not any(n in s for s in a["body"]):
                        pass
                # the feature's byline line "□ 本报记者 X" is printed once more than the marked body
                if a["kind"] == "feature":
                    ec[(a["byline"][0][1], "PERSON")] += 1
                # a lead's reporter names are printed but not marked in the body: count them
                if a["kind"] in ("news",) and a["body"][0].startswith("本报讯（"):
                    for r, n in a["byline"]:
                        ec[(n, "PERSON")] += 1
            places = Counter((t, l) for (t, l) in ec.elements() if l in ("TOWNSHIP", "VILLAGE", "COMMUNITY"))
            issue = os.path.splitext(fname)[0]
            fml = [dict(name=nm, printed=pr, sentence=plain(s), year=d.year) for s in allsent for pr, nm in forms(s)]
            pages.append(dict(
                file=fname, issue=issue, date=d.isoformat(), file_date=fdate.isoformat(), year=d.year,
                era=ERAS[e][2], page=page, section=SECT[page], format="pdf" if is_pdf else "txt", columns=ncols,
                width=None if is_pdf else w, misnamed=special.get((d, page), 0) or ((d, page) == misfiled and 5) or 0,
                articles=[dict(kind=a["kind"], title=plain(a["title"]), byline=[list(b) for b in a["byline"]],
                               body_start=plain(a["body"][0])[:20], caption=plain(a.get("caption", "")),
                               hand=a in H.get(d.isoformat(), [])) for a in arts],
                entities=[dict(text=t, label=l, count=n) for (t, l), n in sorted(ec.items())],
                places=[dict(text=t, label=l, code=code_of(t, allsent), count=n) for (t, l), n in sorted(places.items())],
                formulae=fml, _plain="".join(plain(s) for s in allsent)))
            issues[d.isoformat()].append(fname)
    TERMS = ["外出务工", "劳务输出", "农民工", "民工", "留守儿童", "返乡创业", "返乡", "留守", "就业扶贫", "稳岗就业", "扶贫车间",
             "创业园", "打工", "务工", "移民"]
    T = dict(county=COUNTY, county_code=CODE, paper=PAPER, eras={x[2]: [x[0], x[1]] for x in ERAS}, pages=pages,
             issues=dict(issues), terms=TERMS)
    return finish(T)


def finish(T):
    """Term counts and formula counts by year from the printed sentences (kept per page while generating)."""
    tc = defaultdict(Counter); fc = defaultdict(Counter)
    for p in T["pages"]:
        for t in T["terms"]:
            tc[t][p["year"]] += p["_plain"].count(t)
        for f in p["formulae"]:
            fc[f["name"]][p["year"]] += 1
        del p["_plain"]
    T["term_counts_year"] = {t: {str(y): n for y, n in sorted(c.items()) if n} for t, c in tc.items()}
    T["formula_counts_year"] = {f: {str(y): n for y, n in sorted(c.items())} for f, c in sorted(fc.items())}
    return T


if __name__ == "__main__":
    T = main()
    json.dump(T, open(os.path.join(HERE, "truth.json"), "w"), ensure_ascii=False, indent=1)
