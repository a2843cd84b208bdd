"""Invented pages of 今日公安 (an invented daily-ish paper of 公安县 421022, 荆州市, 湖北省; on the 长江 / 荆江 south bank,
虎渡河, 松滋河, 藕池河, 崇湖, 淤泥湖; the 荆江分洪区), 2003-2024, 160 pages `YYYY-MM-DD_pN.txt` (2-4 pages per issue date),
and truth.json.  Real 镇/乡/村/社区 from admin_divisions_china; people, hospitals' names, plants, documents, meetings invented.

Public health and emergency governance: 非典 2003, 冰冻雨雪灾害 2008, 甲流 2009, floods 2016 / 2020 (and 1998 memories),
新冠肺炎疫情 2020-2022, 乙类乙管 2023, 灾后重建, 健康中国, 爱国卫生运动.

Sentences carry entities inline: <text|LABEL>; formulae: {printed§name}.  The page prints the text without marks, wrapped at
the column width (13-22).  Truth conventions (GUIDE.md): hospitals, 卫生院, 疾控中心 are ORG; 方舱医院, 隔离点 hotels,
安置点, dikes (荆南长江干堤), sluices (北闸) and pumping stations are FAC; rivers and lakes LOC; X镇人民政府 one ORG; a
village as printed (X村); the masthead 今日公安 is ORG; an issue is one DATE (all its pages).
Seeded:  python make_pages.py"""
import csv, datetime, json, os, random, re
from collections import Counter

rng = random.Random(3601)
HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages")
COUNTY, CODE, PAPER = "公安县", "421022", "今日公安"

TWN = {"埠河镇": "421022100", "斗湖堤镇": "421022101", "夹竹园镇": "421022102", "杨家厂镇": "421022104",
       "麻豪口镇": "421022105", "藕池镇": "421022106", "黄山头镇": "421022107", "孟家溪镇": "421022108", "甘家厂乡": "421022200"}
VIL = {"北闸村": ("421022100227", "埠河镇"), "太平口村": ("421022100212", "埠河镇"), "荆南村": ("421022100211", "埠河镇"),
       "天心眼村": ("421022100222", "埠河镇"), "油江口村": ("421022101213", "斗湖堤镇"), "荷花淀村": ("421022101214", "斗湖堤镇"),
       "杨家湖村": ("421022102203", "夹竹园镇"), "紫霄观村": ("421022102207", "夹竹园镇"), "长江村": ("421022104210", "杨家厂镇"),
       "沿江村": ("421022104209", "杨家厂镇"), "新洲村": ("421022104211", "杨家厂镇"), "北堤村": ("421022105203", "麻豪口镇"),
       "民旺湖村": ("421022105215", "麻豪口镇"), "鹅港村": ("421022105209", "麻豪口镇"), "鸿毛湖村": ("421022106214", "藕池镇"),
       "六合垸村": ("421022106213", "藕池镇"), "新堤村": ("421022107211", "黄山头镇"), "永兴垸村": ("421022107210", "黄山头镇"),
       "黄金堤村": ("421022108219", "孟家溪镇"), "双湖村": ("421022108205", "孟家溪镇"), "杨家厂村": ("421022200214", "甘家厂乡"),
       "太和垸村": ("421022200204", "甘家厂乡")}
COM = {"杨公堤社区": ("421022101001", "斗湖堤镇"), "柳浪湖社区": ("421022101003", "斗湖堤镇"), "孱陵社区": ("421022101004", "斗湖堤镇"),
       "瓦池河社区": ("421022101019", "斗湖堤镇"), "油江社区": ("421022101002", "斗湖堤镇"), "埠河社区": ("421022100001", "埠河镇")}
PL = {**{k: ("TOWNSHIP", v) for k, v in TWN.items()}, **{k: ("VILLAGE", v[0]) for k, v in VIL.items()},
      **{k: ("COMMUNITY", v[0]) for k, v in COM.items()}}
RIVERS = ["长江", "虎渡河", "松滋河", "藕池河", "荆江"]
LAKES = ["崇湖", "淤泥湖", "牛浪湖"]
DIKES = ["荆南长江干堤", "虎渡河东堤", "松东河堤", "北闸", "南闸", "闸口泵站", "杨家湖泵站"]


def E(t, lab=None):
    return f"<{t}|{lab or PL[t][0]}>"


L = lambda t: E(t, "LOC"); O = lambda t: E(t, "ORG")
# GUIDE: hospitals and their sub-units are ORG (方舱医院 is a hospital; 县人民医院发热门诊 a sub-unit, as 省儿童医院新生儿重症医学科)
F = lambda t: E(t, "ORG" if t.endswith(("医院", "发热门诊")) else "FAC")


def EV(t):  # GUIDE: the deictic 全县 (and a leading year before it) is not annotated
    m = re.match(r"(\d{4}年)?全县(.+)$", t)
    return (m.group(1) or "") + "全县" + E(m.group(2), "EVENT") if m else E(t, "EVENT")



D = lambda t: "《" + E(t, "DOC") + "》"; P = lambda t: E(t, "PERSON"); G = lambda t: E(t, "GPE")


def FM(printed, name=None):
    return "{" + printed + "§" + (name or re.sub(r"<([^<>|]+)\|[A-Z]+>", r"\1", printed).strip("“”")) + "}"


def era(y):  # 0 SARS/ice/H1N1 years, 1 2010-2019 (floods 2016), 2 covid 2020-22, 3 2023-24
    return 0 if y <= 2009 else 1 if y <= 2019 else 2 if y <= 2022 else 3


HEALTH = {0: "县卫生局", 1: "县卫生局", 2: "县卫健局", 3: "县卫健局"}  # the reform of 2019
LEAD = {0: dict(sec="熊国平", head="邹立新", dep="黄春梅"), 1: dict(sec="邹立新", head="覃志刚", dep="陈秀英"),
        2: dict(sec="覃志刚", head="付明华", dep="廖红"), 3: dict(sec="付明华", head="周海涛", dep="廖红")}
DOCS = ["雷振华", "向丽君", "蔡明", "邓小燕", "胡文斌", "严冬梅"]
VOLS = ["杜小军", "卢晓静", "肖春林", "毛国庆", "何丽"]
REPORTERS = {0: ["刘长江", "吴敏"], 1: ["吴敏", "田甜"], 2: ["田甜", "张宇航"], 3: ["张宇航", "罗婷"]}
CORR = ["龚建", "彭晓红", "杨帆", "曾庆"]
HOSP = ["县人民医院", "县中医医院", "县妇幼保健院", "县第二人民医院"]


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


def tv():
    t = rng.choice(list(TWN)); vs = [v for v, (c, x) in VIL.items() if x == t]
    return t, (rng.choice(vs) if vs else None)


# ----------------------------------------------------------------- era formulae
def crisis_of(d):
    y, m = d.year, d.month
    if y == 2003 and 4 <= m <= 7: return "sars"
    if y == 2008 and m <= 3: return "ice"
    if y == 2009 and m >= 5: return "h1n1"
    if y in (2016, 2020) and 6 <= m <= 9: return "flood"
    if y in (2016, 2020) and m >= 10: return "rebuild"
    if y in (2020, 2021, 2022) : return "covid"
    if y == 2023 and m <= 3: return "yilei"
    return "calm"


FORM = {"sars": [FM("早发现、早报告、早隔离、早治疗", "四早"), FM("抗击非典"), FM("群防群控")],
        "ice": [FM("抗冰救灾"), FM("保交通、保供电、保民生")],
        "h1n1": [FM("早发现、早报告、早隔离、早治疗", "四早"), FM("联防联控"), FM("群防群控")],
        "flood": [FM("防大汛、抢大险、救大灾"), FM("人民至上、生命至上"), FM("人员不伤亡、重要堤防不溃决")],
        "rebuild": [FM("灾后重建"), FM("防大汛、抢大险、救大灾")],
        "covid": [FM("外防输入、内防反弹"), FM("“外防输入、内防反弹”", "外防输入、内防反弹"), FM("应检尽检"),
                  FM("动态清零"), FM("人民至上、生命至上"), FM("早发现、早报告、早隔离、早治疗", "四早"), FM("联防联控")],
        "yilei": [FM("乙类乙管"), FM("保健康、防重症"), FM("健康<中国|GPE>", "健康中国")],
        "calm": [FM("健康<中国|GPE>", "健康中国"), FM("爱国卫生运动"), FM("“健康<中国|GPE>”", "健康中国")]}


def fm(d):
    return rng.choice(FORM[crisis_of(d)])


# ----------------------------------------------------------------- generated articles
def g_meeting(d, i):
    e = era(d.year); ld = LEAD[e]; c = crisis_of(d)
    ev = {"sars": "全县非典防治工作会议", "ice": "全县抗冰救灾工作会议", "h1n1": "全县甲型H1N1流感防控工作会议",
          "flood": "全县防汛抗旱工作会议", "rebuild": "全县灾后重建工作推进会", "covid": "全县疫情防控工作会议",
          "yilei": "全县卫生健康工作会议", "calm": "全县爱国卫生运动工作会议" if d.year < 2016 else "全县卫生健康工作会议"}[c]
    hq = {"sars": "县非典防治领导小组", "ice": "县抗冰救灾指挥部", "h1n1": "县甲型H1N1流感防控领导小组",
          "flood": "县防汛抗旱指挥部", "rebuild": "县防汛抗旱指挥部", "covid": "县新冠肺炎疫情防控指挥部",
          "yilei": HEALTH[e], "calm": HEALTH[e]}[c]
    body = [f"{d.month}月{d.day}日，{EV(ev)}召开。{O('县委')}书记{P(ld['sec'])}出席会议并讲话，县长{P(ld['head'])}主持会议。",
            f"会议要求，各地各部门要坚持{fm(d)}，落实{fm(d)}要求，{O(hq)}要统筹调度，{O(rng.choice(list(TWN)) + '人民政府')}等单位作表态发言。"]
    return dict(kind="news", title=f"{EV(ev)}召开", body=body)


def g_flood(d, i):
    t, v = tv(); dk = rng.choice(DIKES[:3]); r = rng.choice(RIVERS[:4])
    body = [f"受持续强降雨影响，{L(r)}水位超过警戒水位{rng.uniform(0.3, 2.5):.2f}米。{O('县防汛抗旱指挥部')}启动防汛Ⅲ级应急响应。",
            f"{E(t)}{E(v) if v else ''}{rng.randint(50, 300)}名干部群众日夜巡守{F(dk)}，{O('县水利局')}技术人员在{F(rng.choice(DIKES[3:]))}24小时值守。",
            f"转移群众{rng.randint(200, 3000)}人，安置在{F(rng.choice(['县一中体育馆安置点', '埠河镇集中安置点', '孟家溪镇中心学校安置点']))}。"]
    if rng.random() < 0.6:
        body.append(f"全县上下坚持{fm(d)}，确保安全度汛。")
    return dict(kind="news", title=rng.choice([f"{L(r)}超警　全力巡堤查险", f"{E(t)}：干群连夜守护{F(dk)}"]), body=body)


def g_covid(d, i):
    t, v = tv(); c = crisis_of(d)
    fac = rng.choice(["县体育馆方舱医院", "荆江大酒店隔离点", "县人民医院发热门诊", "县核酸检测基地"])
    body = [f"{O('县新冠肺炎疫情防控指挥部')}通报，{d.month}月{d.day}日全县新增确诊病例{rng.randint(0, 9)}例，"
            f"{F(fac)}现有在治（隔离）人员{rng.randint(0, 120)}人。",
            f"{O('县疾控中心')}在{E(t)}{E(v) if v else ''}开展流调溯源，坚持{fm(d)}。",
            f"{O(rng.choice(HOSP))}医生{P(rng.choice(DOCS))}说，要落实{FM('应检尽检')}，守住防线。"]
    return dict(kind="news", title=rng.choice(["全县疫情防控形势总体平稳", f"{E(t)}：筑牢基层防控网"]), body=body)


def g_notice(d, i):
    c = crisis_of(d); n = rng.randint(2, 40)
    if c in ("covid", "yilei", "sars", "h1n1"):
        hq = {"covid": "县新冠肺炎疫情防控指挥部", "yilei": "县疫情防控指挥部", "sars": "县非典防治领导小组",
              "h1n1": "县甲型H1N1流感防控领导小组"}[c]
        doc = f"公安县新型冠状病毒肺炎疫情防控通告（第{n}号）" if c == "covid" else f"关于做好疫情防控工作的通告（第{n}号）"
        items = [f"一、坚持{fm(d)}，所有入公人员须向所在社区或村报告。", f"二、{F('县人民医院发热门诊')}24小时开诊。",
                 f"三、请市民配合{O('县疾控中心')}开展流调。"]
    else:
        hq = "县防汛抗旱指挥部"; doc = f"公安县防汛抗旱指挥部通告（第{n}号）"
        items = [f"一、严禁在{F(rng.choice(DIKES[:3]))}堤身取土、挖塘。", f"二、{L(rng.choice(RIVERS[:4]))}沿线群众注意水情。",
                 f"三、汛期实行24小时值班，电话由{O('县防汛抗旱指挥部办公室')}公布。"]
    body = [D(doc)] + items + [f"{O(hq)}", f"{d.year}年{d.month}月{d.day}日"]
    return dict(kind="notice", title="通告", body=body, raw=True)


def g_table(d, i):
    c = crisis_of(d)
    if c in ("flood", "rebuild"):
        rows = [f"{E(t)}　{rng.randint(40, 260)}.{rng.randint(0, 9)}" for t in rng.sample(list(TWN), 4)]
        body = [f"{O('县气象局')}{d.month}月{d.day}日8时至{d.day}日8时雨量（毫米）", "乡镇　雨量"] + rows
        return dict(kind="table", title="全县雨情", body=body, raw=True)
    rows = [f"{E(t)}　{rng.randint(0, 12)}　{rng.randint(0, 60)}" for t in rng.sample(list(TWN), 4)]
    body = [f"{O(HEALTH[era(d.year)])}发布各乡镇病例情况：", "乡镇　确诊　密接"] + rows
    return dict(kind="table", title="各乡镇病例统计", body=body, raw=True)


def g_photo(d, i):
    t, v = tv(); c = crisis_of(d)
    cap = rng.choice([f"图为{O('县青年志愿服务队')}队员在{E(rng.choice(list(COM)))}为居民配送物资。",
                      f"图为{E(t)}{E(v) if v else ''}群众在{F(rng.choice(DIKES[:3]))}上巡堤。",
                      f"图为{O(rng.choice(HOSP))}医护人员在{F('县体育馆方舱医院')}交接班。" if d.year >= 2020 else
                      f"图为{O('县红十字会')}志愿者在{E(t)}发放救灾物资。"])
    return dict(kind="photo", title=rng.choice(["众志成城", "坚守", "风雨同舟"]), body=[], caption=cap)


def g_drill(d, i):
    t, v = tv()
    ev = rng.choice(["全县防汛抢险应急演练", "全县突发公共卫生事件应急演练", "全县地质灾害应急演练"])
    body = [f"{d.month}月{d.day}日，{EV(ev)}在{E(t)}举行。{O('县应急管理局') if d.year >= 2019 else O('县政府应急办')}、"
            f"{O('县消防大队') if d.year < 2019 else O('公安县消防救援大队')}、{O('县红十字会')}等{rng.randint(6, 15)}个单位参加。",
            f"演练模拟{F(rng.choice(DIKES[:3]))}出现管涌险情，{rng.randint(100, 400)}名队员参演。"]
    return dict(kind="news", title=f"{EV(ev)}举行", body=body)


def g_brief(d, i):
    t, v = tv(); t2, v2 = tv()
    body = [f"■{O(t + '卫生院')}开展义诊，为{E(v) if v else E(t)}{rng.randint(50, 300)}名群众免费体检。（{P(rng.choice(CORR))}）",
            f"■{O('县红十字会')}向{E(t2)}捐赠救灾帐篷{rng.randint(20, 200)}顶。（{P(rng.choice(CORR))}）",
            f"■{E(rng.choice(list(COM)))}志愿者开展{fm(d)}宣传。（{P(rng.choice(CORR))}）"]
    return dict(kind="brief", title="简讯", body=body, raw=True)


BUILD = [g_meeting, g_brief, g_photo, g_table]


def pick(d):
    c = crisis_of(d)
    extra = {"sars": [g_notice], "h1n1": [g_notice], "covid": [g_covid, g_notice, g_covid], "yilei": [g_notice],
             "flood": [g_flood, g_notice, g_flood], "rebuild": [g_flood], "ice": [], "calm": [g_drill]}[c]
    return BUILD + extra


# ----------------------------------------------------------------- articles laid out one by one
def HAND():
    H = []; add = lambda d, p, a: H.append((d, p, a))
    add("2003-04-28", 1, dict(kind="news", title=f"{O('县委')}{O('县政府')}全面部署{FM('抗击非典')}工作", doubled=True, body=[
        f"4月27日，{EV('全县非典防治工作会议')}召开。县委书记{P('熊国平')}要求，坚持{FM('早发现、早报告、早隔离、早治疗', '四早')}，"
        f"打好{FM('抗击非典')}这场硬仗。", f"会议成立{O('县非典防治领导小组')}，办公室设在{O('县卫生局')}。{O('县人民医院')}设立发热门诊。"]))
    add("2003-05-12", 2, dict(kind="news", title=f"{E('埠河镇')}严防死守{F('荆江大桥')}卡口", body=[
        f"{E('埠河镇')}在{F('荆江大桥')}南端设立检查站，{O('埠河镇卫生院')}医生{P('雷振华')}带领{rng.randint(6, 12)}名医护人员"
        f"日夜测温。{E('太平口村')}、{E('北闸村')}返乡人员全部登记，坚持{FM('群防群控')}。"]))
    add("2003-05-12", 3, dict(kind="notice", title="通告", body=[
        D("公安县非典型肺炎防治通告"), "一、外地返公人员须到所在村（社区）登记。", f"二、{O('县疾控中心')}咨询电话全天开通。",
        f"三、依照{D('中华人民共和国传染病防治法')}，对隐瞒病情者依法处理。", O("县非典防治领导小组"), "2003年5月11日"], raw=True))
    add("2008-02-02", 1, dict(kind="news", title=f"{FM('抗冰救灾')}　全县在行动", doubled=True, body=[
        f"连日来，持续冰冻雨雪灾害袭击我县。{O('县抗冰救灾指挥部')}要求{FM('保交通、保供电、保民生')}，"
        f"{F('孱陵大道')}和{F('二〇七国道')}公安段除冰保畅。", f"{E('杨家厂镇')}{E('长江村')}、{E('沿江村')}倒塌房屋{rng.randint(10, 60)}间。"]))
    add("2009-11-09", 2, dict(kind="news", title=f"{O('县疾控中心')}：{FM('联防联控')}甲流", body=[
        f"{O('县疾控中心')}主任{P('蔡明')}介绍，我县已报告甲型H1N1流感确诊病例{rng.randint(2, 9)}例，均在{O('县人民医院')}治愈出院。",
        f"{O('县卫生局')}要求各乡镇卫生院落实{FM('早发现、早报告、早隔离、早治疗', '四早')}措施。"]))
    add("2012-07-20", 2, dict(kind="news", title=f"{FM('爱国卫生运动')}进{E('孱陵社区')}", after=True, body=[
        f"{E('斗湖堤镇')}{E('孱陵社区')}组织居民清理{L('淤泥湖')}沿岸垃圾，开展灭蚊灭蝇。社区书记{P('何丽')}说，"
        f"{FM('爱国卫生运动')}要常抓不懈。"]))
    add("2016-07-03", 1, dict(kind="news", title=f"{O('县防汛抗旱指挥部')}启动Ⅱ级应急响应", body=[
        f"受强降雨影响，{L('虎渡河')}、{L('松滋河')}全线超警。7月2日，{EV('全县防汛抗旱工作会议')}紧急召开，县长{P('覃志刚')}"
        f"要求坚持{FM('人员不伤亡、重要堤防不溃决')}，{FM('防大汛、抢大险、救大灾')}。",
        f"{O('县防汛抗旱指挥部')}调集{rng.randint(2000, 6000)}名劳力上{F('虎渡河东堤')}、{F('松东河堤')}巡查。"]))
    add("2016-07-03", 2, dict(kind="table", title="全县雨情", raw=True, body=[
        f"{O('县气象局')}7月1日8时至2日8时雨量（毫米）", "乡镇　雨量", f"{E('孟家溪镇')}　218.4", f"{E('黄山头镇')}　196.0",
        f"{E('麻豪口镇')}　175.3", f"{E('甘家厂乡')}　160.9"]))
    add("2016-07-05", 3, dict(kind="news", title=f"{E('黄山头镇')}{E('新堤村')}：转移群众一个不落", body=[
        f"{E('黄山头镇')}{E('新堤村')}地势低洼，{O('黄山头镇人民政府')}连夜转移群众{rng.randint(300, 900)}人，安置到"
        f"{F('黄山头镇中心学校安置点')}。村党支部书记{P('杜小军')}挨家挨户敲门。",
        f"{O('县红十字会')}送来棉被{rng.randint(200, 600)}床。"]))
    add("2016-11-15", 2, dict(kind="news", title=f"{E('孟家溪镇')}{FM('灾后重建')}见成效", body=[
        f"{E('孟家溪镇')}{E('黄金堤村')}、{E('双湖村')}水毁房屋全部修复，{F('黄金堤泵站')}完成更新改造。",
        f"回想{EV('1998年抗洪抢险')}，村民说，“如今的堤更牢了”。"]))
    add("2019-03-01", 1, dict(kind="news", title=f"{O('县卫生健康局')}挂牌成立", body=[
        f"2月28日，{O('县卫生健康局')}正式挂牌，原{O('县卫生局')}和{O('县计生委')}职责整合划入。",
        f"局长{P('严冬梅')}表示，将以{FM('健康<中国|GPE>', '健康中国')}战略为统领，做好{FM('爱国卫生运动')}。"]))
    add("2020-01-26", 1, dict(kind="news", title=f"{O('县新冠肺炎疫情防控指挥部')}成立", doubled=True, body=[
        f"1月25日，{EV('全县新型冠状病毒感染的肺炎疫情防控工作会议')}召开。县委书记{P('覃志刚')}任指挥长，坚持"
        f"{FM('人民至上、生命至上')}，落实{FM('联防联控')}、{FM('群防群控')}。",
        f"{O('县人民医院')}、{O('县中医医院')}被确定为定点救治医院，{F('荆江大酒店隔离点')}启用。"]))
    add("2020-01-26", 2, dict(kind="notice", title="通告", raw=True, body=[
        D("公安县新型冠状病毒肺炎疫情防控通告（第1号）"), "一、全县暂停一切聚集性活动。",
        f"二、{E('斗湖堤镇')}各小区实行封闭管理，{F('孱陵大道')}设卡测温。", f"三、发热病人须到{F('县人民医院发热门诊')}就诊。",
        O("县新冠肺炎疫情防控指挥部"), "2020年1月26日"]))
    add("2020-02-10", 1, dict(kind="news", title=f"{F('县体育馆方舱医院')}开舱", body=[
        f"2月9日，{F('县体育馆方舱医院')}开舱收治轻症患者。{O('县人民医院')}医生{P('向丽君')}带领{rng.randint(20, 60)}名医护人员进驻。",
        f"{O('湖北省援公医疗队')}同日抵达。"]))
    add("2020-02-10", 3, dict(kind="news", title=f"{E('瓦池河社区')}：网格员守好每一扇门", after=True, body=[
        f"{E('斗湖堤镇')}{E('瓦池河社区')}{rng.randint(20, 50)}名网格员和{O('县青年志愿服务队')}队员{P('卢晓静')}等，"
        f"为居家隔离群众代购药品和蔬菜，坚持{FM('早发现、早报告、早隔离、早治疗', '四早')}。"]))
    add("2020-07-12", 1, dict(kind="news", title=f"{L('长江')}{L('荆江')}段超警　全县防汛进入紧急状态", body=[
        f"7月11日，{L('长江')}{L('荆江')}段{F('埠河水文站')}水位超警{rng.uniform(0.5, 1.5):.2f}米。{EV('全县防汛抗旱工作会议')}要求，"
        f"一手抓{FM('外防输入、内防反弹')}，一手抓{FM('防大汛、抢大险、救大灾')}。",
        f"{E('埠河镇')}{E('荆南村')}在{F('荆南长江干堤')}发现一处管涌，{O('县水利局')}专家连夜处置。"]))
    add("2020-07-12", 2, dict(kind="news", title=f"{E('麻豪口镇')}{E('北堤村')}：党员守堤", body=[
        f"{E('麻豪口镇')}{E('北堤村')}{rng.randint(30, 80)}名党员在{F('虎渡河东堤')}搭起帐篷，{O('麻豪口镇卫生院')}医生"
        f"{P('邓小燕')}随队巡诊。", f"{O('麻豪口镇人民政府')}调来编织袋{rng.randint(2, 9)}万条。"]))
    add("2020-07-25", 1, dict(kind="news", title=f"{F('北闸')}做好分洪准备", body=[
        f"{O('县防汛抗旱指挥部')}发布{D('荆江分洪区运用准备工作方案')}，{E('埠河镇')}{E('北闸村')}、{E('天心眼村')}"
        f"群众{rng.randint(5000, 12000)}人预转移。{F('北闸')}、{F('南闸')}已完成检修。",
        f"{EV('1954年荆江分洪')}以来，分洪区第一次做好全面运用准备。"]))
    add("2020-10-20", 2, dict(kind="news", title=f"{FM('灾后重建')}：{F('闸口泵站')}恢复运行", body=[
        f"汛后，{F('闸口泵站')}完成水毁修复。{E('夹竹园镇')}{E('杨家湖村')}、{E('紫霄观村')}的{rng.randint(1000, 5000)}亩农田排涝无忧。"]))
    add("2021-08-06", 1, dict(kind="news", title=f"{FM('应检尽检')}　全员核酸检测有序开展", body=[
        f"按照{O('县新冠肺炎疫情防控指挥部')}部署，全县开展全员核酸检测。{E('油江社区')}、{E('柳浪湖社区')}设采样点{rng.randint(10, 30)}个，"
        f"{O('县疾控中心')}连夜检测。全县坚持{FM('“外防输入、内防反弹”', '外防输入、内防反弹')}不动摇。"]))
    add("2022-04-18", 2, dict(kind="news", title=f"坚持{FM('动态清零')}不动摇", body=[
        f"{O('县疫情防控指挥部')}召开视频调度会，要求坚持{FM('动态清零')}总方针，严格落实{D('新型冠状病毒肺炎防控方案（第九版）')}。",
        f"{E('藕池镇')}{E('鸿毛湖村')}、{E('六合垸村')}设立{F('藕池镇集中隔离点')}。"]))
    add("2023-01-09", 1, dict(kind="news", title=f"我县平稳实施{FM('乙类乙管')}", body=[
        f"1月8日起，新冠病毒感染实施{FM('乙类乙管')}。{O('县卫健局')}要求各乡镇卫生院配足药品，{FM('保健康、防重症')}。",
        f"{O('县人民医院')}重症医学科主任{P('胡文斌')}介绍，院内新增ICU床位{rng.randint(10, 40)}张。"]))
    add("2023-04-07", 3, dict(kind="news", title=f"{EV('第35个爱国卫生月')}活动启动", body=[
        f"4月7日，{EV('第35个爱国卫生月')}活动在{E('杨公堤社区')}启动。{O('县爱卫办')}号召全民参与{FM('爱国卫生运动')}，"
        f"共建{FM('健康<中国|GPE>', '健康中国')}的{G('公安')}样板。"]))
    add("2024-06-20", 2, dict(kind="news", title=f"{D('公安县防汛抗旱应急预案')}修订出台", body=[
        f"{O('县应急管理局')}修订{D('公安县防汛抗旱应急预案')}，新增{L('崇湖')}、{L('牛浪湖')}蓄洪区转移路线。",
        f"{EV('2024年全县防汛抢险应急演练')}在{E('藕池镇')}举行，{O('公安县消防救援大队')}参演。"]))
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
    lines = [f"{PAPER}　{y}年{d.month}月{d.day}日　星期{wd}　第{pno}版　{['', '要闻', '综合', '民生', '专版'][pno]}", ""]
    tarts, marks, fmls = [], [(PAPER, "ORG")], []
    for a in arts:
        kind = a["kind"]
        form = None if kind in ("notice", "table", "photo", "brief") else a.get("form") or rng.choice(["lead", "own", "end"])
        pairs, btext = byline(y, form) if form else ([], "")
        body = list(a["body"]); t = a["title"]
        tl = [double(plain(t))] if a.get("doubled") else [plain(t)]
        out = []
        if form == "own":
            out += wrap(plain(btext), width, indent=False)
        if form == "lead":
            body[0] = btext + body[0]
        for s in body:
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
        af = [f for s in ([t] if not a.get("doubled") else []) + body + ([a["caption"]] if kind == "photo" else []) for f in forms(s)]
        marks += am; fmls += af
        tarts.append(dict(kind=kind, title=plain(t), byline=pairs, headline_after=bool(a.get("after")),
                          doubled=bool(a.get("doubled")), entities=am, formulae=[n for _, n in af]))
    ed = rng.choice(["汪洋", "石静"]); lines.append(f"责任编辑：{ed}"); marks.append((ed, "PERSON"))
    return "\n".join(lines) + "\n", tarts, marks, fmls


def dates():
    """Issue dates clustered in crisis months (weekly runs) plus calm years."""
    out = set()
    runs = [("2003-04-21", 4, 7), ("2008-01-28", 3, 5), ("2009-10-19", 3, 7), ("2016-06-26", 5, 4), ("2016-11-15", 1, 1),
            ("2020-01-26", 7, 7), ("2020-07-05", 4, 5), ("2020-10-20", 1, 1), ("2021-08-02", 2, 4), ("2022-04-11", 3, 7),
            ("2023-01-02", 3, 7)]
    for s, n, step in runs:
        d0 = datetime.date.fromisoformat(s)
        for k in range(n):
            out.add((d0 + datetime.timedelta(days=k * step + rng.randint(0, 1))).isoformat())
    for y in [2005, 2006, 2012, 2014, 2018, 2019, 2019, 2024, 2011, 2017]:
        out.add(datetime.date(y, rng.randint(1, 12), rng.randint(1, 28)).isoformat())
    return sorted(out)


def main():
    os.makedirs(PAGES, exist_ok=True)
    for f in os.listdir(PAGES):
        os.remove(os.path.join(PAGES, f))
    specs = {}
    for d, p, a in HAND():
        specs.setdefault((d, p), []).append(a)
    hand = set(specs)
    ds = sorted(set(dates()) | {d for d, _ in hand})
    npages = {d: max([p for dd, p in hand if dd == d] + [rng.choice([2, 2, 3, 3, 4])]) for d in ds}
    i = 0
    allkeys = [(d, p) for d in ds for p in range(1, npages[d] + 1)]
    while len(allkeys) > 160:  # trim calm pages
        k = max((x for x in allkeys if x not in hand and x[1] > 2), key=lambda x: (x[1], x[0]))
        allkeys.remove(k)
    while len(allkeys) < 160:
        d = rng.choice(ds); p = max(p for dd, p in allkeys if dd == d) + 1
        if p <= 4:
            allkeys.append((d, p))
    for key in allkeys:
        d = datetime.date.fromisoformat(key[0])
        kinds = pick(d)
        n = 1 if key in hand else rng.choice([2, 3])
        arts = specs.get(key, [])
        for k, b in enumerate(rng.sample(kinds, n)):
            a = b(d, i); i += 1
            if d.year <= 2009 and key[1] == 1 and k == 0 and a["kind"] == "news" and key not in hand:
                a["doubled"] = True
            if 2010 <= d.year <= 2019 and a["kind"] == "news" and rng.random() < 0.4:
                a["after"] = True
            arts.append(a)
        specs[key] = arts
    truth = dict(county=COUNTY, county_code=CODE, paper=PAPER, pages=[], reporters=sorted(
        {n for v in REPORTERS.values() for n in v} | set(CORR)), editors=["汪洋", "石静"])
    man = []
    keys = sorted(allkeys)
    for n, (d, p) in enumerate(keys):
        stem = f"{d}_p{p}"
        w = rng.randint(13, 22)
        text, tarts, marks, fmls = render(d, p, w, specs[(d, p)])
        open(os.path.join(PAGES, stem + ".txt"), "w", encoding="utf-8").write(text)
        inm = n < len(keys) // 3
        if inm:
            man.append([stem + ".txt", PAPER, COUNTY, CODE, d])
        cnt = Counter(marks)
        places = Counter(x for x in marks if x[0] in PL and PL[x[0]][0] == x[1])
        truth["pages"].append(dict(
            file=stem + ".txt", issue=stem, issue_date=d, date=d, year=int(d[:4]), month=d[:7], page=p, in_manifest=inm,
            hand=(d, p) in hand, width=w, crisis=crisis_of(datetime.date.fromisoformat(d)), articles=tarts,
            entities=[dict(text=t, label=l, count=c) for (t, l), c in sorted(cnt.items())],
            places=[dict(text=t, label=l, code=PL[t][1], count=c) for (t, l), c in sorted(places.items())],
            formulae=[dict(name=k, printed=pr, year=int(d[:4]), month=d[:7]) for pr, k in fmls]))
    with open(os.path.join(PAGES, "manifest.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(["file", "paper", "county", "county_code", "date"])
        wr.writerows(man)
    fm_ = Counter((f["name"], p["month"]) for p in truth["pages"] for f in p["formulae"])
    truth["formula_counts_month"] = {k: {m: c for (n, m), c in sorted(fm_.items()) if n == k} for k in sorted({n for n, _ in fm_})}
    truth["issues"] = {d: sorted(p["file"] for p in truth["pages"] if p["date"] == d) for d in sorted({p["date"] for p in truth["pages"]})}
    json.dump(truth, open(os.path.join(HERE, "truth.json"), "w"), ensure_ascii=False, indent=1)
    c = Counter(e["label"] for p in truth["pages"] for e in p["entities"] for _ in range(e["count"]))
    print(len(truth["pages"]), "pages;", len(truth["issues"]), "issues;", len(man), "in manifest;", dict(c), "; formula mentions",
          sum(fm_.values()), dict(Counter(n for n, _ in fm_.elements())))


if __name__ == "__main__":
    main()
