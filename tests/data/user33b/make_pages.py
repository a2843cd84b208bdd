"""Invented pages of 玉龙报 (an invented paper of 玉龙纳西族自治县 530721, 丽江市, 云南省), 2005-2025, 100 pages, and
truth.json.  Real 乡镇/村/社区 from admin_divisions_china; everything else (people, firms, projects, events) invented.
Sentences carry their entities inline as <text|LABEL>; the page prints the text without marks, wrapped at the column
width, and truth.json counts the marks (flat and maximal, GUIDE.md).  Seeded:  python make_pages.py"""
import csv, json, os, random, re
from collections import Counter

rng = random.Random(3305)
HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages")
COUNTY, CODE, PAPER = "玉龙纳西族自治县", "530721", "玉龙报"

# places: printed form -> (label, code)
PL = {
    "石鼓镇": ("TOWNSHIP", "530721102"), "巨甸镇": ("TOWNSHIP", "530721103"), "白沙镇": ("TOWNSHIP", "530721104"),
    "拉市镇": ("TOWNSHIP", "530721105"), "奉科镇": ("TOWNSHIP", "530721106"), "鸣音镇": ("TOWNSHIP", "530721107"),
    "太安乡": ("TOWNSHIP", "530721203"), "龙蟠乡": ("TOWNSHIP", "530721204"), "黎明傈僳族乡": ("TOWNSHIP", "530721205"),
    "黎明乡": ("TOWNSHIP", "530721205"), "鲁甸乡": ("TOWNSHIP", "530721206"), "塔城乡": ("TOWNSHIP", "530721207"),
    "大具乡": ("TOWNSHIP", "530721208"), "宝山乡": ("TOWNSHIP", "530721209"), "石头白族乡": ("TOWNSHIP", "530721212"),
    "石头乡": ("TOWNSHIP", "530721212"), "九河白族乡": ("TOWNSHIP", "530721213"), "九河乡": ("TOWNSHIP", "530721213"),
    "黄山镇": ("TOWNSHIP", "530721001"), "九河": ("TOWNSHIP", "530721213"), "鲁甸": ("TOWNSHIP", "530721206"),
    "塔城": ("TOWNSHIP", "530721207"), "黄山街道": ("TOWNSHIP", "530721001"),
    "天红村": ("VILLAGE", "530721203203"), "美乐村": ("VILLAGE", "530721205207"), "石鼓村": ("VILLAGE", "530721102201"),
    "大同村": ("VILLAGE", "530721102204"), "仁和村": ("VILLAGE", "530721102209"), "玉湖村": ("VILLAGE", "530721104203"),
    "玉龙村": ("VILLAGE", "530721104204"), "文海村": ("VILLAGE", "530721104202"), "美泉村": ("VILLAGE", "530721105204"),
    "海东村": ("VILLAGE", "530721105201"), "均良村": ("VILLAGE", "530721105203"), "依陇村": ("VILLAGE", "530721207204"),
    "十八寨沟村": ("VILLAGE", "530721207205"), "果乐村": ("VILLAGE", "530721209201"), "宝山村": ("VILLAGE", "530721209202"),
    "利苴村": ("VILLAGE", "530721212205"), "金普村": ("VILLAGE", "530721213210"), "甸头村": ("VILLAGE", "530721213203"),
    "关上村": ("VILLAGE", "530721213201"), "香格里村": ("VILLAGE", "530721213202"), "星明村": ("VILLAGE", "530721204204"),
    "新主村": ("VILLAGE", "530721206202"), "太平村": ("VILLAGE", "530721206203"), "黎明村": ("VILLAGE", "530721205204"),
    "奉科村": ("VILLAGE", "530721106202"), "鸣音村": ("VILLAGE", "530721107201"), "白麦村": ("VILLAGE", "530721208203"),
    "古渡村": ("VILLAGE", "530721103202"), "海西村": ("VILLAGE", "530721203202"), "拉巴支村": ("VILLAGE", "530721102211"),
    "长水社区": ("COMMUNITY", "530721001003"), "白华社区": ("COMMUNITY", "530721001002"),
    # other counties of 丽江市 (traps)
    "大东乡": ("TOWNSHIP", "530702203"), "金江白族乡": ("TOWNSHIP", "530702205"), "仁和镇": ("TOWNSHIP", "530722102"),
}
# township of each village (for sentences)
TW = {"天红村": "太安乡", "美乐村": "黎明乡", "石鼓村": "石鼓镇", "大同村": "石鼓镇", "仁和村": "石鼓镇", "玉湖村": "白沙镇",
      "玉龙村": "白沙镇", "文海村": "白沙镇", "美泉村": "拉市镇", "海东村": "拉市镇", "均良村": "拉市镇", "依陇村": "塔城乡",
      "十八寨沟村": "塔城乡", "果乐村": "宝山乡", "宝山村": "宝山乡", "利苴村": "石头乡", "金普村": "九河乡", "甸头村": "九河乡",
      "关上村": "九河乡", "香格里村": "九河乡", "星明村": "龙蟠乡", "新主村": "鲁甸乡", "太平村": "鲁甸乡", "黎明村": "黎明乡",
      "奉科村": "奉科镇", "鸣音村": "鸣音镇", "白麦村": "大具乡", "古渡村": "巨甸镇", "海西村": "太安乡", "拉巴支村": "石鼓镇"}


def E(t, lab=None):
    lab = lab or PL[t][0]
    return f"<{t}|{lab}>"


P = lambda t: E(t, "PERSON")
O = lambda t: E(t, "ORG")

# people: (name, kind) ; minority names of 4+ characters and with a middle dot are the persona's check
OFFICIALS = {  # era -> (secretary, county head, deputy)
    0: ("和建华", "扎西顿珠", "吉克阿依"), 1: ("和建华", "沙马拉毅", "格桑卓玛"),
    2: ("木春华", "沙马拉毅", "阿牛·木呷"), 3: ("杨国清", "和丽军", "洛桑·达瓦"),
}
ENTRE = ["海来阿木", "曲比阿果", "和文昌", "次仁旺姆", "阿西木呷", "余金花", "和红", "扎西·尼玛", "木玉珍", "李建国"]
REPORTERS = {0: ["和晓燕", "李红"], 1: ["和晓燕", "次仁央宗"], 2: ["次仁央宗", "杨丽"], 3: ["次仁央宗", "阿依·莫色"]}
CORR = ["沙马阿果", "木玉龙", "王丽萍", "和振东"]
FIRMS = [("丽江和顺祥商贸有限公司", "和顺祥"), ("云南滇西路桥建设有限公司", "滇西路桥"), ("丽江阿布农庄有限公司", "阿布农庄"),
         ("玉龙扎西藏药有限公司", "扎西藏药"), ("丽江木府酒业有限公司", "木府酒业")]
COOPS = [("金普村", "鑫源雪桃种植专业合作社"), ("果乐村", "红云花椒种植专业合作社"), ("美泉村", "美泉村玛咖种植专业合作社"),
         ("依陇村", "格桑藏药材种植专业合作社")]
# projects: (township, project markup, facility name or None)
PROJ = [
    ("太安乡", E("天红村饮水安全工程", "PROJECT"), None),
    ("黎明乡", E("美乐村易地扶贫搬迁安置点建设项目", "PROJECT"), None),
    ("石鼓镇", E("石鼓大桥重建工程", "PROJECT"), "石鼓大桥"),
    ("鲁甸乡", E("鲁甸至塔城公路改扩建工程", "PROJECT"), "鲁甸至塔城公路"),
    ("巨甸镇", E("冲江河二级水电站建设项目", "PROJECT"), "冲江河二级水电站"),
    ("拉市镇", E("拉市海湿地保护工程", "PROJECT"), "拉市海"),
    ("九河乡", E("高标准农田建设项目", "PROJECT"), None),
    ("石头乡", E("利苴村游客服务中心", "FAC"), None),
    ("塔城乡", E("依陇藏药材种植基地", "FAC"), None),
    ("宝山乡", E("果乐花椒产业示范基地", "FAC"), None),
    ("黄山镇", E("玉龙黄山工业园区", "FAC"), None),
    ("白沙镇", E("玉湖村传统村落保护工程", "PROJECT"), None),
]
EVENTS = [E("九河乡第三届赛马会", "EVENT"), E("石头乡第二届火把节", "EVENT"), E("鲁甸乡首届中药材交易会", "EVENT"),
          E("玉龙县第五届民族传统体育运动会", "EVENT"), E("丽江国际东巴文化艺术节", "EVENT")]


def era(y):
    return 0 if y <= 2009 else 1 if y <= 2014 else 2 if y <= 2019 else 3


def plain(s):
    return re.sub(r"<([^<>|]+)\|[A-Z]+>", r"\1", s)


def ents(s):
    return [(m.group(1), m.group(2)) for m in re.finditer(r"<([^<>|]+)\|([A-Z]+)>", s)]


def wrap(text, w, indent=True):
    t = ("　　" if indent else "") + text
    return [t[i:i + w] for i in range(0, len(t), w)]


def double(t):  # doubled bold glyphs: each chunk of 2-4 characters printed twice
    out, i = "", 0
    while i < len(t):
        k = rng.choice([2, 3, 4]); out += t[i:i + k] * 2; i += k
    return out


# ------------------------------------------------------------------ article builders: dict(kind, title(markup), byline pairs,
# byline_form, body [markup paragraphs], caption)
def byline(y, form, unit=None):
    e = era(y)
    r1, r2 = REPORTERS[e]
    c = rng.choice(CORR)
    if form == "lead":
        return [("记者", r1), ("通讯员", c)], f"本报讯（记者　{P(r1)}　通讯员　{P(c)}）"
    if form == "own":
        return [("记者", r1), ("记者", r2)], f"本报记者　{P(r1)}　{P(r2)}"
    if form == "end":
        return [("", r2)], f"（{P(r2)}）"
    if form == "rmt":
        return [("融媒体中心记者", r1)], f"{E('玉龙县融媒体中心', 'ORG')}记者　{P(r1)}"
    if form == "corr":
        return [("通讯员", c)], f"通讯员　{P(c)}"
    if form == "wentu":
        return [("文/图", r2)], f"文/图　{P(r2)}"
    if form == "unit":
        return [], f"（{O(unit)}供稿）"
    raise ValueError(form)


def proj_article(y, i):
    tw, pj, fac = PROJ[i % len(PROJ)]
    vil = [v for v, t in TW.items() if t == tw] or ["天红村"]
    v = rng.choice(vil)
    firm, short = rng.choice(FIRMS)
    amt = rng.randint(300, 9000)
    sec, head, dep = OFFICIALS[era(y)]
    pjt = plain(pj)
    title = rng.choice([f"{pj}开工", f"{pj}进展顺利", f"{E(tw)}{pj}通过验收"])
    body = [f"{y}年，{E(tw)}{pj}完成投资{amt}万元。该工程由{O(firm)}承建，覆盖{E(tw)}{E(v)}等地，受益群众两千余人。",
            f"县委副书记、县长{P(head)}到现场调研，要求{O('县水务局')}和施工单位倒排工期，确保质量。",
            f"“这项工程建成后，我们再也不用走远路了。”{E(v)}村民{P(rng.choice(ENTRE))}说。"]
    if fac:
        body.insert(1, f"{E(fac, 'LOC' if fac == '拉市海' else 'FAC')}周边群众积极参与，{O(short)}派出技术人员四十名。")
    return dict(kind="project", title=title, body=body)


def notice_article(y, i):
    tw, pj, fac = PROJ[(i + 3) % len(PROJ)]
    f1, f2 = rng.sample(FIRMS, 2)
    kind = rng.choice(["招标公告", "中标候选人公示"])
    title = f"{pj}{kind}"
    if kind == "招标公告":
        body = [f"一、招标条件：本招标项目{pj}已由{O('玉龙县发展和改革局')}批准建设，招标人为{O('玉龙县城乡建设投资有限公司')}。",
                f"二、项目概况：建设地点位于{E(tw)}，计划工期{rng.randint(90, 360)}日历天。",
                f"三、投标人资格要求：具备公路工程施工总承包三级及以上资质，{y}年以来无不良记录。",
                f"联系人：{P(rng.choice(ENTRE))}　电话：0888-51{rng.randint(10000, 99999)}"]
    else:
        body = [f"{pj}评标工作已结束，现将中标候选人公示如下：",
                f"第一中标候选人：{O(f1[0])}，投标报价：{rng.randint(500, 9000)}万元；",
                f"第二中标候选人：{O(f2[0])}，投标报价：{rng.randint(500, 9000)}万元。",
                f"公示期三日。招标人：{O('玉龙县城乡建设投资有限公司')}"]
    return dict(kind="notice", title=title, body=body)


def table_article(y, i):
    rows = rng.sample(PROJ, 4)
    body = [f"序号　项目名称　建设地点　总投资（万元）"]
    for k, (tw, pj, fac) in enumerate(rows, 1):
        body.append(f"{k}　{pj}　{E(tw)}　{rng.randint(300, 20000)}")
    body.append(f"以上项目由{O('县发改局')}牵头调度。")
    return dict(kind="table", title=f"{y}年全县重点建设项目一览", body=body, table=True)


def coop_article(y, i):
    v, coop = COOPS[i % len(COOPS)]
    boss = rng.choice(ENTRE)
    tw = TW[v]
    title = rng.choice([f"{P(boss)}：带领乡亲闯市场", f"{E(v)}的致富带头人", f"小产业做成大文章"])
    body = [f"{E(tw)}{'' if coop.startswith(v) else E(v)}{O(coop)}理事长{P(boss)}，是当地有名的致富能手。",
            f"合作社与{O(rng.choice(FIRMS)[0])}签订收购协议，去年带动{E(v)}一百二十户增收。",
            f"{P(boss)}说，下一步要在{E(rng.choice(list(TW)))}建一个冷链仓库。"]
    return dict(kind="coop", title=title, body=body)


def event_article(y, i):
    ev = EVENTS[i % len(EVENTS)]
    sec, head, dep = OFFICIALS[era(y)]
    tw = rng.choice(["九河乡", "石头乡", "鲁甸乡", "白沙镇"])
    title = rng.choice([f"{ev}开幕", f"{ev}精彩纷呈", "各族群众欢度佳节"])
    body = [f"日前，{ev}在{E(tw)}举行，来自{E('香格里拉市', 'GPE')}、{E('宁蒗县', 'GPE')}等地的游客一万余人参加。",
            f"县委书记{P(sec)}、副县长{P(dep)}出席。纳西族、白族、傈僳族群众身着盛装，跳起“阿丽哩”。",
            f"本届活动由{O('玉龙县文化和旅游局')}主办，{O(rng.choice(FIRMS)[0])}协办，现场签约项目六个。"]
    return dict(kind="event", title=title, body=body)


def brief_article(y, i):
    items = []
    for k in range(3):
        v = rng.choice(list(TW))
        items.append(rng.choice([
            f"■近日，{E(TW[v])}{E(v)}新建的村级卫生室投入使用，乡村医生{P(rng.choice(ENTRE))}开始坐诊。",
            f"■{O('县农业农村局')}在{E(TW[v])}举办花椒管护培训，{E(v)}等村一百余人参加。",
            f"■{E('古城区', 'GPE')}{E('大东乡')}考察团到{E(TW[v])}{E(v)}学习产业发展经验。",
            f"■{E('永胜县', 'GPE')}{E('仁和镇')}与{E('石鼓镇')}签订{E('金沙江', 'LOC')}沿岸联防协议，{E('石鼓镇')}{E('仁和村')}参会。"]))
    return dict(kind="brief", title="简　讯", body=items, brief=True)


def photo_article(y, i):
    v = rng.choice(list(TW))
    cap = f"图为{E(TW[v])}{E(v)}群众在新修的通村公路上运送烤烟。"
    return dict(kind="photo", title=None, body=[], caption=cap)


BUILD = [proj_article, notice_article, table_article, coop_article, event_article, brief_article, photo_article]

# ------------------------------------------------------------------ 25 hand-made pages (date, page, section, width, articles)
HAND = [
    ("2005-03-18", 1, "要闻", 16, [
        dict(kind="meeting", title="全县扶贫开发工作会议召开", doubled=True, form="own",
             body=[f"{y}" for y in [""]][:0] + [
                 f"3月16日，{O('玉龙县委')}、{O('县政府')}召开全县扶贫开发工作会议。县委书记{P('和建华')}作重要讲话，县长{P('扎西顿珠')}主持。",
                 f"会议确定今年实施{E('天红村饮水安全工程', 'PROJECT')}等十项民生工程，{E('黎明傈僳族乡')}、{E('太安乡')}列为重点。"]),
        dict(kind="project", title=f"{E('石鼓大桥加固工程', 'PROJECT')}动工", form="lead",
             body=[f"{E('金沙江', 'LOC')}上的{E('石鼓大桥', 'FAC')}始建于上世纪六十年代，此次加固由{O('丽江和顺祥商贸有限公司')}供应钢材。{O('石鼓村党支部')}书记{P('和红')}说，桥修好了，{E('大同村')}的核桃也好运出去了。"]),
    ]),
    ("2005-09-02", 2, "经济", 18, [
        dict(kind="coop", title=f"{P('海来阿木')}和他的花椒林", form="end",
             body=[f"{E('宝山乡')}{E('果乐村')}彝族汉子{P('海来阿木')}，十年前从{E('宁蒗县', 'GPE')}迁来，种下第一片花椒。",
                   f"如今，{P('海来阿木')}牵头成立的{O('果乐花椒种植专业合作社')}已有社员八十三户，产品销往{E('昆明', 'GPE')}。"]),
        dict(kind="notice", title=f"{E('鲁甸至塔城公路改扩建工程', 'PROJECT')}招标公告", form=None,
             body=[f"招标人：{O('玉龙县交通局')}", f"建设地点：{E('鲁甸乡')}{E('新主村')}至{E('塔城乡')}{E('依陇村')}",
                   f"资格要求：投标人须具备公路工程施工总承包二级资质。", f"联系人：{P('和文昌')}"]),
    ]),
    ("2006-06-20", 1, "要闻", 15, [
        dict(kind="event", title=f"{E('九河')}赛马会开幕", form="lead",
             body=[f"6月18日，{E('九河乡第三届赛马会', 'EVENT')}在{E('九河白族乡')}{E('关上村')}举行，副县长{P('吉克阿依')}宣布开幕。",
                   f"来自{E('香格里拉县', 'GPE')}的骑手{P('扎西·尼玛')}获得速度赛第一名，{E('甸头村')}骑手{P('和志强')}获第二名。"]),
        dict(kind="photo", title=None, form="photo", credit="和振东",
             caption=f"图为{E('九河白族乡')}{E('香格里村')}群众表演白族霸王鞭。"),
    ]),
    ("2007-04-11", 3, "社会", 20, [
        dict(kind="project", title=f"{E('美泉村')}用上自来水", form="corr",
             body=[f"投资一百八十万元的{E('美泉村饮水安全工程', 'PROJECT')}日前建成，{E('拉市镇')}{E('美泉村')}、{E('均良村')}一千二百人告别了挑水吃的日子。",
                   f"工程由{O('县水务局')}组织实施，{O('拉市镇政府')}负责协调。"]),
        dict(kind="brief", title="简　讯", brief=True, form=None,
             body=[f"■{O('县卫生局')}为{E('奉科镇')}{E('奉科村')}送去药品。", f"■{E('鸣音镇')}{E('鸣音村')}新建文化室一座。"]),
    ]),
    ("2008-12-05", 1, "要闻", 17, [
        dict(kind="meeting", title=f"{O('县委')}全会部署明年工作", doubled=True, form="own",
             body=[f"{O('中共玉龙纳西族自治县委员会')}第一届第六次全体会议12月3日召开。",
                   f"会议提出，加快{E('玉龙黄山工业园区', 'FAC')}建设，推进{E('冲江河二级水电站', 'FAC')}前期工作。"]),
    ]),
    ("2009-08-14", 2, "经济", 14, [
        dict(kind="coop", title=f"{P('阿牛·木呷')}的雪桃梦", form="end",
             body=[f"{E('九河乡')}{E('金普村')}{O('鑫源雪桃种植专业合作社')}理事长{P('阿牛·木呷')}，是远近闻名的“雪桃大王”。",
                   f"{P('阿牛·木呷')}说，合作社和{O('丽江阿布农庄有限公司')}合作，{O('阿布农庄')}负责收购和包装。"]),
    ]),
    ("2010-05-21", 1, "要闻", 18, [
        dict(kind="project", title=f"{E('美乐村易地扶贫搬迁安置点建设项目', 'PROJECT')}启动", form="lead", after=True,
             body=[f"5月19日，{E('黎明傈僳族乡')}{E('美乐村易地扶贫搬迁安置点建设项目', 'PROJECT')}启动，县长{P('沙马拉毅')}出席。",
                   f"安置点建在{E('黎明村')}附近，由{O('云南滇西路桥建设有限公司')}承建，将搬迁傈僳族群众六十八户。"]),
        dict(kind="event", title="三朵节文艺展演举行", form="end", after=True,
             body=[f"{E('白沙镇')}{E('玉湖村')}纳西族群众举行三朵节文艺展演，东巴{P('木春华')}吟诵了古老的祭词。"]),
    ]),
    ("2011-03-09", 3, "乡镇", 16, [
        dict(kind="project", title=f"{E('大具乡')}{E('白麦村')}通上柏油路", form="corr",
             body=[f"{E('大具乡')}{E('白麦村')}至{E('金沙江', 'LOC')}边的{E('白麦公路', 'FAC')}日前竣工，全长十二公里。",
                   f"村民{P('次仁旺姆')}说：“以前出一趟山要一天，现在一个钟头。”"]),
        dict(kind="brief", title="简　讯", brief=True, form=None,
             body=[f"■{E('古城区', 'GPE')}{E('大东乡')}与{E('大具乡')}签订{E('金沙江', 'LOC')}护林协议。",
                   f"■{E('永胜县', 'GPE')}{E('仁和镇')}考察组到{E('石鼓镇')}{E('仁和村')}学习。"]),
    ]),
    ("2012-07-25", 1, "要闻", 20, [
        dict(kind="event", title=f"{E('石头乡')}欢度火把节", form="lead", after=True,
             body=[f"7月23日，{E('石头乡第二届火把节', 'EVENT')}在{E('石头白族乡')}{E('利苴村')}举行，副县长{P('格桑卓玛')}与群众共舞。",
                   f"{E('利苴村游客服务中心', 'FAC')}同日开放，由{O('丽江木府酒业有限公司')}捐资建设。"]),
    ]),
    ("2013-10-16", 2, "经济", 15, [
        dict(kind="table", title="2013年全县重点建设项目一览", form=None, table=True,
             body=["序号　项目名称　建设地点　总投资（万元）",
                   f"1　{E('冲江河二级水电站建设项目', 'PROJECT')}　{E('巨甸镇')}　18600",
                   f"2　{E('拉市海湿地保护工程', 'PROJECT')}　{E('拉市镇')}　4300",
                   f"3　{E('依陇藏药材种植基地', 'FAC')}　{E('塔城乡')}　900",
                   f"4　{E('玉湖村传统村落保护工程', 'PROJECT')}　{E('白沙镇')}　2600"]),
    ]),
    ("2014-01-10", 1, "要闻", 17, [
        dict(kind="person", title=f"{P('沙马拉毅')}看望慰问困难群众", form="own",
             body=[f"1月8日，县长{P('沙马拉毅')}深入{E('鲁甸乡')}{E('太平村')}、{E('新主村')}看望慰问困难群众。",
                   f"在{E('太平村')}，{P('沙马拉毅')}与傈僳族老人{P('余金花')}拉家常，叮嘱乡干部{P('和志强')}把冬衣送到户。"]),
    ]),
    ("2015-04-28", 3, "乡镇", 19, [
        dict(kind="coop", title=f"藏药材走出{E('塔城')}", form="wentu",
             body=[f"{E('塔城乡')}{E('依陇村')}{O('格桑藏药材种植专业合作社')}今年与{O('玉龙扎西藏药有限公司')}签订订单。",
                   f"{O('扎西藏药')}总经理{P('洛桑·达瓦')}说，公司将在{E('十八寨沟村')}建设烘干车间。"]),
        dict(kind="photo", title=None, form="photo", credit="和振东",
             caption=f"图为{E('依陇藏药材种植基地', 'FAC')}的工人在采收重楼。"),
    ]),
    ("2016-06-03", 1, "要闻", 16, [
        dict(kind="project", title="易地扶贫搬迁户喜迁新居", form="rmt",
             body=[f"6月1日，{E('黎明乡')}{E('美乐村易地扶贫搬迁安置点', 'FAC')}迎来首批搬迁群众。县委书记{P('木春华')}为搬迁户送上钥匙。",
                   f"搬迁户{P('阿西木呷')}说，新房子有水有电，孩子上学也近了。"]),
    ]),
    ("2016-11-22", 2, "公告", 22, [
        dict(kind="notice", title=f"{E('太安乡')}{E('天红村饮水安全工程', 'PROJECT')}中标候选人公示", form=None,
             body=[f"第一中标候选人：{O('丽江和顺祥商贸有限公司')}；项目负责人：{P('和文昌')}",
                   f"第二中标候选人：{O('云南滇西路桥建设有限公司')}；项目负责人：{P('李建国')}",
                   f"招标人：{O('玉龙县水务局')}　代理机构：{O('丽江恒信招标代理有限公司')}"]),
    ]),
    ("2017-08-08", 1, "要闻", 18, [
        dict(kind="event", title=f"{E('丽江国际东巴文化艺术节', 'EVENT')}开幕", form="lead",
             body=[f"8月6日，{E('丽江国际东巴文化艺术节', 'EVENT')}在{E('白沙镇')}{E('玉龙村')}开幕，副县长{P('阿牛·木呷')}致辞。",
                   f"来自{E('安徽', 'GPE')}{E('黄山', 'GPE')}的文化代表团参加展演。"]),
    ]),
    ("2018-03-14", 3, "乡镇", 15, [
        dict(kind="project", title=f"{E('果乐花椒产业示范基地', 'FAC')}扩种千亩", form="end",
             body=[f"{E('宝山乡')}{E('果乐花椒产业示范基地', 'FAC')}今春扩种花椒一千亩，{E('宝山村')}、{E('果乐村')}三百户参与。",
                   f"基地负责人{P('曲比阿果')}说，基地引进了{O('丽江阿布农庄有限公司')}的烘干设备。"]),
        dict(kind="brief", title="简　讯", brief=True, form=None,
             body=[f"■{E('黄山镇')}{E('长水社区')}开展“民族团结进步”宣传活动。",
                   f"■{E('龙蟠乡')}{E('星明村')}新建蔬菜大棚二十个。"]),
    ]),
    ("2019-09-19", 1, "要闻", 21, [
        dict(kind="meeting", title=f"{O('县委常委会')}研究脱贫攻坚工作", form="rmt",
             body=[f"9月17日，{O('玉龙县委常委会')}召开会议，县委书记{P('木春华')}主持。",
                   f"会议听取了{E('鲁甸至塔城公路改扩建工程', 'PROJECT')}和{E('冲江河二级水电站', 'FAC')}建设情况汇报。"]),
    ]),
    ("2020-05-12", 2, "经济", 16, [
        dict(kind="coop", title="直播带货卖玛咖", form="corr",
             body=[f"{E('拉市镇')}{E('美泉村')}{O('美泉村玛咖种植专业合作社')}负责人{P('次仁旺姆')}在直播间推介玛咖。",
                   f"{O('和顺祥')}公司负责人{P('和文昌')}说，公司已收购玛咖三十吨。"]),
    ]),
    ("2021-02-26", 1, "要闻", 19, [
        dict(kind="meeting", title="全县巩固拓展脱贫攻坚成果推进会召开", doubled=False, form="rmt",
             body=[f"2月24日，{E('玉龙县巩固拓展脱贫攻坚成果同乡村振兴有效衔接推进会', 'EVENT')}召开。县委书记{P('杨国清')}、县长{P('和丽军')}出席。",
                   f"会议要求，做好{E('美乐村易地扶贫搬迁安置点', 'FAC')}后续扶持工作。"]),
    ]),
    ("2022-06-30", 3, "乡镇", 17, [
        dict(kind="project", title=f"{E('黄山街道')}{E('白华社区')}建起养老服务中心", form="wentu",
             body=[f"{E('黄山街道')}{E('白华社区养老服务中心', 'ORG')}近日投入使用。",
                   f"中心由{O('玉龙县民政局')}投资建设，{O('白华社区党委')}书记{P('和红')}说，中心可照护老人四十名。"]),
    ]),
    ("2023-04-18", 1, "要闻", 18, [
        dict(kind="project", title=f"{E('石鼓大桥重建工程', 'PROJECT')}主体完工", form="lead",
             body=[f"4月16日，{E('石鼓大桥重建工程', 'PROJECT')}主体完工。县长{P('和丽军')}到{E('石鼓镇')}{E('拉巴支村')}检查。",
                   f"承建单位{O('云南滇西路桥建设有限公司')}项目经理{P('扎西·尼玛')}介绍，大桥年内通车。"]),
    ]),
    ("2023-07-28", 2, "文旅", 20, [
        dict(kind="event", title=f"{E('鲁甸')}中药材交易会签约过亿元", form="end",
             body=[f"{E('鲁甸乡首届中药材交易会', 'EVENT')}7月26日在{E('鲁甸乡')}{E('新主村')}举行。",
                   f"{O('玉龙扎西藏药有限公司')}与{E('太平村')}种植户签约，副县长{P('洛桑·达瓦')}见证签约。"]),
    ]),
    ("2024-08-09", 1, "要闻", 16, [
        dict(kind="event", title="民族传统体育运动会闭幕", form="rmt",
             body=[f"8月7日，{E('玉龙县第五届民族传统体育运动会', 'EVENT')}闭幕，{E('九河白族乡')}代表队获团体第一。",
                   f"县委书记{P('杨国清')}为获奖代表队颁奖。"]),
    ]),
    ("2025-03-05", 3, "乡镇", 18, [
        dict(kind="project", title=f"{E('香格里村')}建起雪桃冷库", form="end",
             body=[f"{E('九河乡')}{E('香格里村')}雪桃冷库建成，由{O('鑫源雪桃种植专业合作社')}运营。",
                   f"理事长{P('阿牛·木呷')}说，冷库能让雪桃卖到{E('香格里拉市', 'GPE')}和{E('成都', 'GPE')}。"]),
    ]),
    ("2025-10-15", 2, "公告", 22, [
        dict(kind="notice", title=f"{E('玉湖村传统村落保护工程', 'PROJECT')}招标公告", form=None,
             body=[f"招标人：{O('玉龙县住房和城乡建设局')}；建设地点：{E('白沙镇')}{E('玉湖村')}、{E('文海村')}。",
                   f"投标人须具备文物保护工程施工资质。联系人：{P('木玉珍')}"]),
    ]),
]


def masthead(y, d, pno, section):
    date = f"{d.year}年{d.month}月{d.day}日"
    e = era(y)
    if e == 0:
        if pno == 1:
            return [f"{E(PAPER, 'ORG')}", f"{E('中共玉龙纳西族自治县委', 'ORG')}机关报　第{rng.randint(100, 600)}期", date, ""]
        return [f"第{pno}版　{section}　{E(PAPER, 'ORG')}　{date}", ""]
    if e == 1:
        return [f"{E(PAPER, 'ORG')}　YULONG BAO", f"{date}　第{pno}版　{section}", ""]
    if e == 2:
        return [f"{pno:02d}　{section}", f"{E(PAPER, 'ORG')}　{date}", f"■ {section}", ""]
    return [f"{section}　A{pno}", f"{E(PAPER, 'ORG')}　{date}　第{pno}版", ""]


def fixmarks(s):
    return re.sub(r"(?<![一-龥<])县委(?=副?书记)", "<县委|ORG>", s) if s else s


KNOWN = set(PL) | {"金沙江", "石鼓大桥", "玉龙县", "县委", "丽江", "香格里拉"} | {n for v in OFFICIALS.values() for n in v} | set(ENTRE) | {
    f[1] for f in FIRMS}


def audit(stem, s):
    rest = re.sub(r"<[^<>|]+\|[A-Z]+>", "□", s)
    for k in KNOWN:
        if k in rest:
            print("UNMARKED", stem, k, rest[max(0, rest.index(k) - 8): rest.index(k) + 12].replace("\n", ""))


def render(date, pno, section, width, arts):
    for a in arts:
        for k in ("title", "caption"):
            a[k] = fixmarks(a.get(k))
        a["body"] = [fixmarks(x) for x in a.get("body", [])]
    import datetime
    d = datetime.date.fromisoformat(date)
    y = d.year
    lines = masthead(y, d, pno, section)
    truth_arts = []
    for a in arts:
        form = a.get("form")
        pairs, btext = ([], "")
        if form and form != "photo":
            unit = "县水务局" if form == "unit" else None
            pairs, btext = byline(y, form, unit)
        body = list(a.get("body", []))
        if form == "lead":
            body[0] = btext + body[0]
        if form == "end":
            body[-1] = body[-1] + btext if rng.random() < 0.5 else body[-1]
            if not body[-1].endswith(btext):
                body.append(btext)
        block = []
        t = a.get("title")
        tline = []
        if t:
            tline = [double(plain(t)) if a.get("doubled") else t]
        if not a.get("after"):
            block += tline
        if form in ("own", "rmt", "corr", "wentu"):
            block.append(btext)
        for k, para in enumerate(body):
            if a.get("table") or a.get("brief"):
                block.append(para)
            elif form == "end" and para == btext:
                block.append(para)
            else:
                block.append(para)
        cap = a.get("caption")
        if cap:
            block.append(cap)
            pairs = [("摄", a["credit"])]
            btext = f"{P(a['credit'])}　摄"
            block.append(btext)
        if a.get("after"):
            block += tline
        # print: wrap markup-free text, keep marks for truth
        for s in block:
            ps = plain(s)
            if s in tline or a.get("table") or (s == btext and form != "lead" and not (form == "end" and s in body)):
                lines.append(ps)  # headlines, own-line bylines, table rows: one line
            elif a.get("brief") or s == cap:
                lines += wrap(ps, width, indent=False)
            else:
                lines += wrap(ps, width)
        lines.append("")
        btxt_plain = plain(btext)
        bod = [plain(x) for x in body if plain(x) != btxt_plain]
        first = bod[0] if bod else plain(cap or "")
        if form == "lead":
            first = first[len(btxt_plain):]
        last = bod[-1] if bod else plain(cap or "")
        if form == "end" and last.endswith(btxt_plain):
            last = last[: -len(btxt_plain)]
        audit(date, "\n".join(x for x in ([t, btext, cap] + list(a["body"])) if x))
        marks = []
        for s in ([t] if t else []) + [btext] + list(a.get("body", [])) + ([cap] if cap else []):
            marks += ents(s) if s else []
        truth_arts.append(dict(kind=a["kind"], title=plain(t) if t else None, byline=pairs, byline_text=btxt_plain,
                               byline_form=form, headline_after=bool(a.get("after")), doubled=bool(a.get("doubled")),
                               caption=plain(cap) if cap else None, body_first=first.lstrip("■")[:6],
                               body_last=last[-6:], entities=marks))
    if y >= 2016:
        lines.append(f"责任编辑：{P(rng.choice(['和丽华', '木晓梅']))}　校对：{P(rng.choice(['杨芳', '和静']))}")
    furniture = [x for x in lines if "|" in x]  # masthead and footer keep their marks
    return "\n".join(lines), truth_arts, [m for x in furniture for m in ents(x)]


def main():
    os.makedirs(PAGES, exist_ok=True)
    for f in os.listdir(PAGES):
        os.remove(os.path.join(PAGES, f))
    specs = [(d, p, s, w, a, True) for d, p, s, w, a in HAND]
    used = {(d, p) for d, p, *_ in HAND}
    import datetime
    i = 0
    while len(specs) < 100:
        y = rng.randint(2005, 2025)
        d = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28)).isoformat()
        pno = rng.choice([1, 2, 3, 4])
        if (d, pno) in used:
            continue
        used.add((d, pno))
        sec = {1: "要闻", 2: "经济", 3: "乡镇", 4: "公告"}[pno]
        arts = []
        n = rng.choice([2, 3])
        for k in range(n):
            b = rng.choice(BUILD if pno != 4 else [notice_article, table_article, notice_article])
            a = b(y, i); i += 1
            if a["kind"] == "photo":
                a["form"] = "photo"; a["credit"] = rng.choice(CORR)
            elif a["kind"] in ("notice", "table", "brief"):
                a["form"] = None
            else:
                a["form"] = rng.choice(["lead", "own", "end", "corr", "wentu"] + (["rmt"] * 2 if y >= 2016 else []) + ["unit"])
            if pno == 1 and k == 0 and era(y) == 0 and a["kind"] not in ("photo", "brief"):
                a["doubled"] = not ents(a["title"] or "")
            if 2010 <= y <= 2013 and a["kind"] not in ("photo", "brief", "table") and rng.random() < 0.5:
                a["after"] = True
            arts.append(a)
        specs.append((d, pno, sec, rng.randint(13, 24), arts, False))
    specs.sort()
    truth = dict(county=COUNTY, county_code=CODE, paper=PAPER, pages=[])
    man = []
    for n, (d, pno, sec, w, arts, hand) in enumerate(specs):
        stem = f"{d}_p{pno}"
        text, tarts, fmarks = render(d, pno, sec, w, arts)
        open(os.path.join(PAGES, stem + ".txt"), "w", encoding="utf-8").write(plain(text) + "\n")
        inm = n % 2 == 0
        if inm:
            man.append([stem + ".txt", PAPER, COUNTY, CODE, d, "day", "printed date line"])
        marks = fmarks + [tuple(m) for a in tarts for m in a["entities"]]
        # doubled headlines hold no marks; count every mark once
        cnt = Counter(marks)
        places = Counter((t, l) for t, l in marks if t in PL and PL[t][0] == l)
        truth["pages"].append(dict(file=stem + ".txt", issue=stem, date=d, year=int(d[:4]), page=pno, in_manifest=inm,
                                   base=hand, section=sec, width=w, articles=tarts,
                                   entities=[dict(text=t, label=l, count=c) for (t, l), c in sorted(cnt.items())],
                                   places=[dict(text=t, label=l, code=PL[t][1], count=c, old=(t == "黄山镇"))
                                           for (t, l), c in sorted(places.items())]))
    with open(os.path.join(PAGES, "manifest.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(["file", "paper", "county", "county_code", "date", "date_precision", "date_note"])
        wr.writerows(man)
    json.dump(truth, open(os.path.join(HERE, "truth.json"), "w"), ensure_ascii=False, indent=1)
    c = Counter(e["label"] for p in truth["pages"] for e in p["entities"] for _ in range(e["count"]))
    print(len(truth["pages"]), "pages;", len(man), "in manifest;", dict(c))


if __name__ == "__main__":
    main()
