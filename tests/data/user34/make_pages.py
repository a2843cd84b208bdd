"""Invented pages of 拜泉报 (an invented paper of 拜泉县 230231, 齐齐哈尔市, 黑龙江省), 1998-2025, 150 pages, and truth.json.
Real 乡镇/村/社区 from admin_divisions_china; officials, reporters, firms, meetings invented.
Sentences carry entities inline: <text|LABEL> or, for an official with a printed post, <name|PERSON|post>.  The page
prints the text without marks, wrapped at the column width; truth.json counts the marks (flat and maximal, GUIDE.md:
县委 in 县委书记 ORG, 龙泉镇党委 one ORG, X村党支部 ORG).  Short forms 欧阳书记 / 佟县长 are not marked as PERSON (GUIDE
is silent); they are listed per page under "short_forms".  Seeded:  python make_pages.py"""
import csv, datetime, json, os, random, re
from collections import Counter

rng = random.Random(3401)
HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages")
COUNTY, CODE, PAPER = "拜泉县", "230231", "拜泉报"

TWN = {"拜泉镇": "230231100", "三道镇": "230231101", "兴农镇": "230231102", "长春镇": "230231103", "龙泉镇": "230231104",
       "国富镇": "230231105", "富强镇": "230231106", "新生乡": "230231200", "兴国乡": "230231201", "上升乡": "230231203",
       "兴华乡": "230231204", "大众乡": "230231206", "丰产乡": "230231209", "永勤乡": "230231210", "爱农乡": "230231212",
       "时中乡": "230231214"}
VIL = {  # village -> (code, township)
    "久胜村": ("230231101204", "三道镇"), "向荣村": ("230231101209", "三道镇"), "星火村": ("230231102202", "兴农镇"),
    "东风村": ("230231102214", "兴农镇"), "幸福村": ("230231103204", "长春镇"), "胜利村": ("230231103200", "长春镇"),
    "龙泉村": ("230231104204", "龙泉镇"), "光辉村": ("230231104210", "龙泉镇"), "朝阳村": ("230231104205", "龙泉镇"),
    "国富村": ("230231105206", "国富镇"), "红旗村": ("230231105202", "国富镇"), "通肯村": ("230231105205", "国富镇"),
    "太来村": ("230231106201", "富强镇"), "文明村": ("230231106206", "富强镇"), "新生村": ("230231200200", "新生乡"),
    "青山村": ("230231200208", "新生乡"), "兴国村": ("230231201202", "兴国乡"), "上升村": ("230231203201", "上升乡"),
    "团结村": ("230231203204", "上升乡"), "兴华村": ("230231204204", "兴华乡"), "春光村": ("230231204200", "兴华乡"),
    "大众村": ("230231206200", "大众乡"), "长征村": ("230231206204", "大众乡"), "爱国村": ("230231209204", "丰产乡"),
    "双河村": ("230231209207", "丰产乡"), "永勤村": ("230231210201", "永勤乡"), "平安村": ("230231210204", "永勤乡"),
    "爱农村": ("230231212201", "爱农乡"), "光明村": ("230231214204", "时中乡"), "合作村": ("230231214208", "时中乡"),
    "镇郊村": ("230231100200", "拜泉镇"), "六合村": ("230231100201", "拜泉镇")}
COM = {"光辉社区": "230231100002", "星火社区": "230231100003", "东风社区": "230231100007", "通泉社区": "230231100006",
       "曙光社区": "230231100008"}
PL = {**{k: ("TOWNSHIP", v) for k, v in TWN.items()}, **{k: ("VILLAGE", v[0]) for k, v in VIL.items()},
      **{k: ("COMMUNITY", v) for k, v in COM.items()}}


def E(t, lab=None):
    return f"<{t}|{lab or PL[t][0]}>"


def P(name, post=None):
    return f"<{name}|PERSON|{post}>" if post else f"<{name}|PERSON>"


O = lambda t: E(t, "ORG")
EV = lambda t: E(t, "EVENT")

# era -> posts.  Officials rotate: 佟立新 县长 -> 县委书记 -> 政协主席; 司马东升 县长 -> 书记 -> 政协; 上官红梅 宣传部长 -> 常务 -> 人大
ERAS = {
    0: dict(sec="欧阳志远", head="佟立新", exec="禚春生", prop="王刚", npc="李德才", cppcc="鄂文清", dep="逄玉梅",
            tsec=("龙泉镇", "刘波"), tchief=("兴华乡", "于海洋"), vsec=("久胜村", "张金山"), org="孙立"),
    1: dict(sec="佟立新", head="司马东升", exec="亓晓峰", prop="上官红梅", npc="禚春生", cppcc="李德才", dep="訾雪",
            tsec=("长春镇", "马骏"), tchief=("新生乡", "于海洋"), vsec=("幸福村", "王桂兰"), org="孙立"),
    2: dict(sec="司马东升", head="郗振宇", exec="上官红梅", prop="訾雪", npc="亓晓峰", cppcc="佟立新", dep="门建军",
            tsec=("国富镇", "赵磊"), tchief=("上升乡", "高山"), vsec=("通肯村", "孙凤云"), org="初明"),
    3: dict(sec="郗振宇", head="欧阳丽娜", exec="麻广志", prop="初明", npc="上官红梅", cppcc="司马东升", dep="冮海涛",
            tsec=("富强镇", "田野"), tchief=("永勤乡", "高山"), vsec=("光辉村", "付国庆"), org="诸葛晓东"),
}
REPORTERS = {0: ["孟凡华", "张颖"], 1: ["张颖", "刘洋"], 2: ["徐婷婷", "王一鸣"], 3: ["李想", "徐婷婷"]}
CORR = ["周建", "马丽", "鲍春雨", "单秀英"]
FIRMS = ["拜泉县富民玉米种植专业合作社", "黑龙江通泉食品有限公司", "拜泉县鑫源农机服务有限公司"]


def era(y):
    return 0 if y <= 2004 else 1 if y <= 2011 else 2 if y <= 2018 else 3


def posts(y):
    e = ERAS[era(y)]
    t1, n1 = e["tsec"]; t2, n2 = e["tchief"]; v3, n3 = e["vsec"]
    return e, dict(
        sec=f"{O('县委')}书记{P(e['sec'], '县委书记')}",
        head=f"{O('县委')}副书记、县长{P(e['head'], '县委副书记、县长')}",
        head_s=f"县长{P(e['head'], '县长')}",
        exec=f"{O('县委')}常委、常务副县长{P(e['exec'], '县委常委、常务副县长')}",
        prop=f"{O('县委')}常委、{O('宣传部')}部长{P(e['prop'], '县委常委、宣传部部长')}",
        npc=f"{O('县人大常委会')}主任{P(e['npc'], '县人大常委会主任')}",
        cppcc=f"{O('县政协')}主席{P(e['cppcc'], '县政协主席')}",
        dep=f"副县长{P(e['dep'], '副县长')}",
        tsec=f"{O(t1 + '党委')}书记{P(n1, t1 + '党委书记')}",
        tchief=f"{E(t2)}乡长{P(n2, t2 + '乡长')}",
        vsec=f"{O(v3 + '党支部')}书记{P(n3, v3 + '党支部书记')}",
        org=f"{O('县委')}常委、{O('组织部')}部长{P(e['org'], '县委常委、组织部部长')}",
    )


def plain(s):
    return re.sub(r"<([^<>|]+)\|[A-Z]+(?:\|[^<>|]+)?>", r"\1", s)


def ents(s):
    return [(m.group(1), m.group(2), m.group(3)) for m in re.finditer(r"<([^<>|]+)\|([A-Z]+)(?:\|([^<>|]+))?>", s)]


def wrap(text, w, indent=True):
    t = ("　　" if indent else "") + text
    return [t[i:i + w] for i in range(0, len(t), w)]


def double(t):
    out, i = "", 0
    while i < len(t):
        k = rng.choice([2, 3, 4]); out += t[i:i + k] * 2; i += k
    return out


def vil_of(tw):
    return [v for v, (c, t) in VIL.items() if t == tw]


# ----------------------------------------------------------------- generated articles
def meeting(y, i):
    e, p = posts(y)
    ev = rng.choice([f"拜泉县{y}年经济工作会议" if False else "县委经济工作会议", "拜泉县三级干部大会", "全县农村工作会议",
                     "县委全会", "拜泉县安全生产工作会议"])
    evm = EV(ev) if ev != "全县农村工作会议" else "全县农村工作会议"
    if ev == "县委全会":
        evm = f"{O('县委')}全会"
    title = rng.choice([f"{evm}召开", f"{evm}隆重召开", "凝心聚力　奋力开创高质量发展新局面"])
    others = [e["exec"], e["npc"], e["cppcc"], e["prop"], e["dep"]]
    rng.shuffle(others)
    body = [f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日，{evm}在县会议中心召开。{p['sec']}出席会议并讲话，{p['head']}主持会议。",
            f"县领导{'、'.join(P(x) for x in others[:rng.choice([3, 4, 5])])}出席会议。",
            f"{p['sec'][:-len(P(e['sec'], '县委书记'))]}" [:0] +
            f"{P(e['sec'])}强调，要聚焦项目建设、乡村振兴和民生改善，推动各项工作落地见效。",
            f"{p['tsec']}、{p['tchief']}等作典型发言。各乡镇党委书记、乡镇长参加会议。"]
    return dict(kind="meeting", title=title, body=body)


def inspect(y, i):
    e, p = posts(y)
    t1, n1 = e["tsec"]
    v = rng.choice(vil_of(t1))
    who = rng.choice(["sec", "head_s", "exec"])
    lead = p[who]
    nm = e["sec"] if who == "sec" else e["head"] if who == "head_s" else e["exec"]
    short = {"sec": "书记", "head_s": "县长", "exec": "县长"}[who]
    title = rng.choice([f"{P(nm)}到{E(t1)}调研", f"{P(nm)}调研春耕生产", f"{P(nm)}深入{E(t1)}{E(v)}督导秋收"])
    body = [f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日，{lead}深入{E(t1)}{E(v)}调研农业生产和人居环境整治工作。",
            f"在{E(v)}，{P(nm)}详细察看玉米长势，与种植户{P(rng.choice(['董长江', '韩秀云', '崔宝林']))}交谈。",
            f"“{nm[0] if len(nm) != 4 else nm[:2]}{short}很关心我们的收成。”村民说。" ,
            f"{p['tsec']}陪同调研。"]
    return dict(kind="inspect", title=title, body=body, short=[f"{nm[0] if len(nm) != 4 else nm[:2]}{short}"])


def village(y, i):
    e, p = posts(y)
    v3, n3 = e["vsec"]
    tw = VIL[v3][1]
    title = rng.choice([f"{P(n3)}：村里的“领头雁”", f"{E(v3)}的致富路", "党建引领兴产业"])
    body = [f"{E(tw)}{p['vsec']}，带领村民发展大鹅养殖和鲜食玉米种植。",
            f"去年，{E(v3)}与{O(rng.choice(FIRMS))}签订订单，户均增收三千元。",
            f"“党员就得带头干。”{P(n3)}同志说。{O(tw + '党委')}把{E(v3)}的经验在全{E(tw)[:0]}镇推广。"]
    return dict(kind="village", title=title, body=body)


def notice(y, i):
    e, p = posts(y)
    nxt = ERAS[min(3, era(y) + 1)]
    a, b = rng.sample(["宋春来", "欧阳明", "何秀玲", "司马丽", "上官博", "亓东"], 2)
    title = f"{O('拜泉县人大常委会')}任免名单"
    body = [f"（{y}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日县第{rng.randint(12, 18)}届人大常委会第{rng.randint(2, 30)}次会议通过）",
            f"任命{P(a, '县人民政府副县长')}为{O('县人民政府')}副县长；",
            f"任命{P(b, '县农业农村局局长')}为{O('县农业农村局')}局长；",
            f"免去{P(e['dep'], '县人民政府副县长')}的{O('县人民政府')}副县长职务。"]
    return dict(kind="notice", title=title, body=body, table=True)


def photo(y, i):
    e, p = posts(y)
    t1, n1 = e["tsec"]
    v = rng.choice(vil_of(t1))
    nm = rng.choice(["sec", "head"])
    post = "县委书记" if nm == "sec" else "县长"
    pre = f"{O('县委')}书记" if nm == "sec" else "县长"
    cap = f"图为{pre}{P(e[nm], post)}（{rng.choice(['左二', '右一', '中', '左三'])}）在{E(t1)}{E(v)}查看大豆长势。"
    return dict(kind="photo", title=None, body=[], caption=cap)


def brief(y, i):
    e, p = posts(y)
    items = []
    for k in range(3):
        v = rng.choice(list(VIL)); tw = VIL[v][1]
        items.append(rng.choice([
            f"■近日，{E(tw)}{E(v)}新建文化广场投入使用。",
            f"■{O('县农业农村局')}在{E(tw)}举办玉米高产栽培培训，{E(v)}等村一百余人参加。",
            f"■{p['prop']}到{E(tw)}{E(v)}宣讲党的政策。",
            f"■{E('克东县', 'GPE')}考察团到{E(tw)}{E(v)}学习庭院经济经验。"]))
    return dict(kind="brief", title="简　讯", body=items, brief=True)


def obituary(y, i):
    e, p = posts(y)
    prev = ERAS[max(0, era(y) - 1)]
    nm = prev["cppcc"] if era(y) else "鄂文清"
    body = [f"中国共产党优秀党员、原{O('县政协')}主席{P(nm, '原县政协主席')}同志，因病医治无效，于{y}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日逝世，享年七十九岁。",
            f"{P(nm)}同志生于{E('拜泉镇')}，历任{E('兴华乡')}乡长、{O('县委')}常委、{O('宣传部')}部长、{O('县政协')}主席等职。",
            f"{P(nm)}同志的遗体告别仪式定于三日后举行。", f"{O('拜泉县委')}　{O('拜泉县人民政府')}"]
    return dict(kind="obit", title="讣　告", body=body, table=True)


BUILD = [meeting, meeting, inspect, inspect, village, notice, photo, brief, obituary]

# ----------------------------------------------------------------- hand-made pages (date, page, section, width, articles)
e0, e1, e2, e3 = ERAS[0], ERAS[1], ERAS[2], ERAS[3]
HAND = [
    ("1998-03-12", 1, "要闻", 16, [
        dict(kind="meeting", title="县委九届三次全会召开", doubled=True, form="own",
             body=[f"3月10日，{O('中共拜泉县委')}九届三次全体（扩大）会议召开。{O('县委')}书记{P('欧阳志远', '县委书记')}作工作报告，县长{P('佟立新', '县长')}主持。",
                   f"县领导{P('禚春生')}、{P('王刚')}、{P('李德才')}、{P('鄂文清')}出席。{O('龙泉镇党委')}书记{P('刘波', '龙泉镇党委书记')}、{E('兴华乡')}乡长{P('于海洋', '兴华乡乡长')}作表态发言。"]),
        dict(kind="photo", title=None, form="photo", credit="孟凡华",
             caption=f"图为{O('县委')}书记{P('欧阳志远', '县委书记')}（左二）在{E('龙泉镇')}{E('龙泉村')}查看春耕备耕。"),
    ]),
    ("1999-07-08", 2, "乡镇", 14, [
        dict(kind="village", title=f"{P('张金山')}和他的{E('久胜村')}", form="end",
             body=[f"{E('三道镇')}{O('久胜村党支部')}书记{P('张金山', '久胜村党支部书记')}，当了十八年村干部。",
                   f"今年，{P('张金山')}同志带领村民打井二十眼，{E('向荣村')}的群众也来取经。{P('禚春生', '常务副县长')}常务副县长" [:0] +
                   f"常务副县长{P('禚春生', '常务副县长')}专程到村里总结经验。"]),
    ]),
    ("2001-05-20", 1, "要闻", 18, [
        dict(kind="meeting", title=f"{EV('拜泉县第十三届人民代表大会第四次会议')}开幕", form="lead",
             body=[f"5月18日，{EV('拜泉县第十三届人民代表大会第四次会议')}在县人民会堂开幕。{O('县人大常委会')}主任{P('李德才', '县人大常委会主任')}主持大会。",
                   f"县长{P('佟立新', '县长')}作《政府工作报告》。{O('县委')}书记{P('欧阳志远', '县委书记')}，{O('县政协')}主席{P('鄂文清', '县政协主席')}在主席台就座。"]),
    ]),
    ("2003-11-04", 3, "公告", 20, [
        dict(kind="notice", title=f"{O('拜泉县人大常委会')}任免名单", form=None, table=True,
             body=["（2003年10月30日县第十三届人大常委会第二十一次会议通过）",
                   f"任命{P('逄玉梅', '县人民政府副县长')}为{O('县人民政府')}副县长；",
                   f"任命{P('上官红梅', '县文化局局长')}为{O('县文化局')}局长；",
                   f"任命{P('司马东升', '县发展计划局局长')}为{O('县发展计划局')}局长；",
                   f"免去{P('宋春来', '县文化局局长')}的{O('县文化局')}局长职务。"]),
    ]),
    ("2005-01-15", 1, "要闻", 17, [
        dict(kind="meeting", title=f"{EV('拜泉县三级干部大会')}召开", form="own",
             body=[f"1月13日，{EV('拜泉县三级干部大会')}召开。{O('县委')}书记{P('佟立新', '县委书记')}讲话，{O('县委')}副书记、县长{P('司马东升', '县委副书记、县长')}部署全年工作。",
                   f"县领导{P('亓晓峰')}、{P('上官红梅')}、{P('禚春生')}、{P('李德才')}、{P('訾雪')}出席。{O('长春镇党委')}书记{P('马骏', '长春镇党委书记')}代表乡镇发言。"]),
    ]),
    ("2006-09-22", 3, "乡镇", 15, [
        dict(kind="inspect", title=f"{P('司马东升')}到{E('长春镇')}调研", form="corr", after=True,
             body=[f"9月20日，县长{P('司马东升', '县长')}到{E('长春镇')}{E('幸福村')}、{E('胜利村')}调研秋收。",
                   f"司马县长要求，{O('长春镇党委')}、镇政府要抓好粮食收储。{E('幸福村')}{O('幸福村党支部')}书记{P('王桂兰', '幸福村党支部书记')}汇报了收储情况。"],
             short=["司马县长"]),
    ]),
    ("2008-04-10", 2, "经济", 19, [
        dict(kind="village", title="大鹅养殖成了致富产业", form="lead", after=True,
             body=[f"{E('新生乡')}乡长{P('于海洋', '新生乡乡长')}介绍，{E('新生村')}、{E('青山村')}今年出栏大鹅十二万只。",
                   f"{O('黑龙江通泉食品有限公司')}在{E('长春镇')}建成屠宰加工厂，产品销往{E('长春', 'GPE')}、{E('哈尔滨', 'GPE')}。"]),
    ]),
    ("2010-12-28", 1, "要闻", 16, [
        dict(kind="meeting", title="县委常委会传达全会精神", form="own", after=True,
             body=[f"12月26日，{O('县委常委会')}召开会议，{O('县委')}书记{P('佟立新', '县委书记')}主持。",
                   f"佟书记指出，要把全会精神传达到每个村屯。{O('县委')}常委、{O('宣传部')}部长{P('上官红梅', '县委常委、宣传部部长')}通报了宣讲安排。"],
             short=["佟书记"]),
    ]),
    ("2012-06-18", 1, "要闻", 18, [
        dict(kind="meeting", title=f"{EV('政协拜泉县第九届委员会第一次会议')}闭幕", form="rmt0",
             body=[f"6月16日，{EV('政协拜泉县第九届委员会第一次会议')}闭幕。{P('佟立新')}当选{O('县政协')}主席。",
                   f"{O('县委')}书记{P('司马东升', '县委书记')}，县长{P('郗振宇', '县长')}，{O('县人大常委会')}主任{P('亓晓峰', '县人大常委会主任')}出席闭幕会。"]),
    ]),
    ("2014-08-05", 3, "乡镇", 13, [
        dict(kind="inspect", title=f"{E('上升乡')}抗旱保苗见实效", form="end",
             body=[f"{E('上升乡')}乡长{P('高山', '上升乡乡长')}带领乡村干部到{E('上升村')}、{E('团结村')}组织抗旱。",
                   f"常务副县长{P('上官红梅', '常务副县长')}到田间察看，要求{O('县水务局')}调配抗旱设备。"]),
    ]),
    ("2016-03-30", 2, "公告", 21, [
        dict(kind="obit", title="讣　告", form=None, table=True,
             body=[f"中国共产党优秀党员、原{O('县人大常委会')}主任{P('李德才', '原县人大常委会主任')}同志，因病医治无效，于2016年3月27日逝世，享年八十一岁。",
                   f"{P('李德才')}同志历任{E('兴华乡')}乡长、{O('县委')}常委、{O('宣传部')}部长、{O('县政协')}主席等职。",
                   f"{O('拜泉县委')}　{O('拜泉县人民政府')}"]),
    ]),
    ("2017-10-12", 1, "要闻", 17, [
        dict(kind="meeting", title="全县脱贫攻坚推进会召开", form="rmt0",
             body=[f"10月10日，{EV('拜泉县脱贫攻坚推进会')}召开。{O('县委')}书记{P('司马东升', '县委书记')}、县长{P('郗振宇', '县长')}出席。",
                   f"{O('国富镇党委')}书记{P('赵磊', '国富镇党委书记')}、{O('通肯村党支部')}书记{P('孙凤云', '通肯村党支部书记')}作经验介绍。"]),
        dict(kind="photo", title=None, form="photo", credit="王一鸣",
             caption=f"图为县长{P('郗振宇', '县长')}（右一）在{E('国富镇')}{E('红旗村')}走访贫困户。"),
    ]),
    ("2019-05-16", 3, "乡镇", 18, [
        dict(kind="village", title=f"{E('光辉村')}：小庭院大产业", form="rmt",
             body=[f"{E('龙泉镇')}{O('光辉村党支部')}书记{P('付国庆', '光辉村党支部书记')}把庭院经济作为增收抓手。",
                   f"与{E('拜泉镇')}{E('光辉社区')}不同，{E('光辉村')}是纯农业村。{O('富强镇党委')}书记{P('田野', '富强镇党委书记')}带队来村观摩。"]),
    ]),
    ("2021-02-24", 1, "要闻", 19, [
        dict(kind="meeting", title=f"{EV('拜泉县第十七届人民代表大会第一次会议')}选举产生新一届国家机关领导人员", form="rmt",
             body=[f"2月22日，{EV('拜泉县第十七届人民代表大会第一次会议')}举行选举大会。",
                   f"{P('上官红梅')}当选为{O('县人大常委会')}主任，{P('欧阳丽娜')}当选为县长，{P('麻广志')}、{P('冮海涛')}等当选为副县长。",
                   f"{O('县委')}书记{P('郗振宇', '县委书记')}主持大会。"]),
    ]),
    ("2022-09-09", 2, "乡镇", 15, [
        dict(kind="inspect", title="欧阳丽娜调研秋收", form="rmt",
             body=[f"9月7日，县长{P('欧阳丽娜', '县长')}到{E('永勤乡')}{E('永勤村')}、{E('平安村')}调研秋收。",
                   f"{E('永勤乡')}乡长{P('高山', '永勤乡乡长')}陪同。欧阳县长叮嘱，要抓住晴好天气抢收。"],
             short=["欧阳县长"]),
    ]),
    ("2024-06-14", 1, "要闻", 20, [
        dict(kind="meeting", title=f"{O('县委')}理论学习中心组举行集体学习", form="rmt",
             body=[f"6月12日，{O('县委')}理论学习中心组举行集体学习。{O('县委')}书记{P('郗振宇', '县委书记')}主持并讲话。",
                   f"县领导{P('欧阳丽娜')}、{P('上官红梅')}、{P('司马东升')}、{P('麻广志')}、{P('初明')}、{P('诸葛晓东')}参加学习。"]),
    ]),
    ("2025-04-02", 3, "乡镇", 16, [
        dict(kind="village", title=f"{E('东风村')}与{E('东风社区')}结对共建", form="end",
             body=[f"{E('兴农镇')}{E('东风村')}与{E('拜泉镇')}{E('东风社区')}日前签订结对共建协议。",
                   f"{O('县委')}常委、{O('组织部')}部长{P('诸葛晓东', '县委常委、组织部部长')}出席签约仪式。{E('长春', 'GPE')}客商{P('欧阳天宇')}到场。"]),
    ]),
]
EXTRA = [
    ("2000-10-18", 1, "要闻", 17, [
        dict(kind="meeting", title=f"{EV('政协拜泉县第五届委员会第三次会议')}开幕", form="lead",
             body=[f"10月16日，{EV('政协拜泉县第五届委员会第三次会议')}开幕。{O('县政协')}主席{P('鄂文清', '县政协主席')}作常委会工作报告。",
                   f"县领导{P('欧阳志远')}、{P('佟立新')}、{P('禚春生')}、{P('李德才')}到会祝贺。"]),
    ]),
    ("2002-06-06", 2, "经济", 18, [
        dict(kind="photo", title=None, form="photo", credit="张颖",
             caption=f"图为县领导{P('欧阳志远')}（中）、{P('佟立新')}（左一）、{P('王刚')}（右一）与{E('国富镇')}种粮大户座谈。"),
        dict(kind="village", title="种粮大户尝到甜头", form="end",
             body=[f"{E('国富镇')}{E('国富村')}种粮大户{P('鲍长林')}今年流转土地八百亩。",
                   f"{O('国富镇党委')}书记{P('司马俊', '国富镇党委书记')}说，全镇已有大户四十三户。"]),
    ]),
    ("2004-09-09", 3, "乡镇", 14, [
        dict(kind="village", title=f"{E('大众乡')}修通“致富路”", form="corr",
             body=[f"{E('大众乡')}党委书记{P('司马俊', '大众乡党委书记')}、乡长{P('亓丽', '乡长')}带领干部群众修路。",
                   f"{E('大众村')}、{E('长征村')}间的砂石路全线贯通。{O('县交通局')}局长{P('于洪波', '县交通局局长')}到场验收。"]),
    ]),
    ("2007-03-15", 1, "要闻", 19, [
        dict(kind="meeting", title=f"{O('县委常委会')}研究春耕生产", form="own",
             body=[f"3月13日，{O('县委常委会')}召开会议，{O('县委')}书记{P('佟立新', '县委书记')}主持。",
                   f"副县长{P('訾雪', '副县长')}汇报春耕准备情况。{O('县政协')}主席{P('李德才', '县政协主席')}列席会议。记者{P('刘洋')}在会上了解到，全县备耕资金已落实。"]),
    ]),
    ("2009-11-20", 4, "公告", 22, [
        dict(kind="notice", title=f"{O('拜泉县人民代表大会常务委员会')}任免名单", form=None, table=True,
             body=["（2009年11月18日县第十五届人大常委会第十九次会议通过）",
                   f"决定任命{P('訾雪', '县人民政府副县长')}为{O('县人民政府')}副县长；",
                   f"任命{P('欧阳明', '县民政局局长')}为{O('县民政局')}局长；",
                   f"免去{P('何秀玲', '县民政局局长')}的{O('县民政局')}局长职务；",
                   f"免去{P('逄玉梅', '县人民政府副县长')}的{O('县人民政府')}副县长职务。"]),
    ]),
    ("2013-01-25", 1, "要闻", 20, [
        dict(kind="meeting", title="县领导走访慰问困难群众", form="own",
             body=[f"春节前夕，{O('县委')}书记{P('司马东升', '县委书记')}，{O('县委')}副书记、县长{P('郗振宇', '县委副书记、县长')}，{O('县人大常委会')}主任{P('亓晓峰', '县人大常委会主任')}，{O('县政协')}主席{P('佟立新', '县政协主席')}等县领导分别深入{E('兴华乡')}、{E('爱农乡')}走访慰问。",
                   f"在{E('爱农乡')}{E('爱农村')}，{P('司马东升')}同志为困难户{P('韩秀云')}送去米面油。"]),
    ]),
    ("2015-07-07", 3, "乡镇", 16, [
        dict(kind="village", title=f"{E('兴国村')}建起光伏电站", form="corr",
             body=[f"{O('兴国乡党委')}书记{P('欧阳明', '兴国乡党委书记')}介绍，{E('兴国村')}光伏电站年收益十二万元。",
                   f"{O('兴国村村委会')}主任{P('宫玉顺', '兴国村村委会主任')}说，收益全部用于公益岗位。"]),
    ]),
    ("2018-12-12", 2, "公告", 18, [
        dict(kind="obit", title="讣　告", form=None, table=True,
             body=[f"中国共产党优秀党员、原{O('中共拜泉县委')}书记{P('欧阳志远', '原中共拜泉县委书记')}同志，因病医治无效，于2018年12月9日逝世，享年七十六岁。",
                   f"{P('欧阳志远')}同志1998年至2004年任{O('县委')}书记。",
                   f"{O('拜泉县委')}　{O('拜泉县人民政府')}"]),
    ]),
    ("2020-04-08", 1, "要闻", 18, [
        dict(kind="meeting", title="县委常委会专题研究疫情防控", form="rmt",
             body=[f"4月6日，{O('县委常委会')}召开会议。{O('县委')}书记{P('郗振宇', '县委书记')}主持，县长{P('欧阳丽娜', '县长')}就复工复产作安排。",
                   f"{P('欧阳丽娜')}同志强调，要压实乡镇责任。常务副县长{P('麻广志', '常务副县长')}通报了{E('拜泉镇')}{E('通泉社区')}、{E('曙光社区')}排查情况。"]),
    ]),
    ("2023-11-30", 3, "乡镇", 15, [
        dict(kind="village", title=f"{E('长春镇')}鲜食玉米俏销{E('长春', 'GPE')}", form="end",
             body=[f"{E('长春镇')}镇长{P('东方明', '长春镇镇长')}介绍，{E('胜利村')}鲜食玉米今年销往{E('吉林省', 'GPE')}{E('长春市', 'GPE')}一千二百吨。",
                   f"{E('长春镇')}{O('胜利村党支部')}书记{P('付国庆', '胜利村党支部书记')}说，订单已排到明年。"]),
    ]),
]
HAND += EXTRA


def byline(y, form):
    e = era(y)
    r1, r2 = REPORTERS[e]
    c = rng.choice(CORR)
    if form == "lead":
        return [("记者", r1), ("通讯员", c)], f"本报讯（记者　{P(r1)}　通讯员　{P(c)}）"
    if form == "own":
        return [("记者", r1), ("记者", r2)], f"本报记者　{P(r1)}　{P(r2)}"
    if form == "end":
        return [("", r2)], f"（{P(r2)}）"
    if form in ("rmt", "rmt0"):
        return [("记者", r1)], f"{O('拜泉县融媒体中心')}记者　{P(r1)}"
    if form == "corr":
        return [("通讯员", c)], f"通讯员　{P(c)}"
    raise ValueError(form)


def masthead(y, d, pno, section):
    date = f"{d.year}年{d.month}月{d.day}日"
    e = era(y)
    if e == 0:
        if pno == 1:
            return [E(PAPER, "ORG"), f"{E('中共拜泉县委', 'ORG')}机关报　第{rng.randint(100, 900)}期", date, ""]
        return [f"第{pno}版　{section}　{E(PAPER, 'ORG')}　{date}", ""]
    if e == 1:
        return [f"{E(PAPER, 'ORG')}　BAIQUAN BAO", f"{date}　第{pno}版　{section}", ""]
    if e == 2:
        return [f"{pno:02d}　{section}", f"{E(PAPER, 'ORG')}　{date}", ""]
    return [f"{section}　A{pno}", f"{E(PAPER, 'ORG')}　{date}　第{pno}版", ""]


def render(date, pno, section, width, arts):
    d = datetime.date.fromisoformat(date)
    y = d.year
    lines = masthead(y, d, pno, section)
    tarts = []
    for a in arts:
        form = a.get("form")
        pairs, btext = [], ""
        if form and form != "photo":
            pairs, btext = byline(y, form)
        body = list(a.get("body", []))
        if form == "lead":
            body[0] = btext + body[0]
        if form == "end":
            if rng.random() < 0.5:
                body[-1] = body[-1] + btext
            else:
                body.append(btext)
        t = a.get("title")
        tline = [double(plain(t)) if a.get("doubled") else plain(t)] if t else []
        out = []
        if not a.get("after"):
            out += tline
        if form in ("own", "rmt", "rmt0", "corr"):
            out.append(plain(btext))
        for para in body:
            ps = plain(para)
            if a.get("table") or (form == "end" and para == btext):
                out.append(ps)
            elif a.get("brief"):
                out += wrap(ps, width, indent=False)
            else:
                out += wrap(ps, width)
        cap = a.get("caption")
        if cap:
            out += wrap(plain(cap), width, indent=False)
            pairs = [("摄", a["credit"])]
            btext = f"{P(a['credit'])}　摄"
            out.append(plain(btext))
        if a.get("after"):
            out += tline
        lines += out + [""]
        marks = []
        for s in ([t] if t and not a.get("doubled") else []) + [btext] + body[:] + ([cap] if cap else []):
            if s:
                marks += ents(s)
        if form == "lead" or form == "end":  # btext merged into body: counted once
            marks = []
            for s in ([t] if t and not a.get("doubled") else []) + body + ([cap] if cap else []):
                marks += ents(s)
        tarts.append(dict(kind=a["kind"], title=plain(t) if t else None, byline=pairs, byline_text=plain(btext),
                          byline_form=form, headline_after=bool(a.get("after")), doubled=bool(a.get("doubled")),
                          caption=plain(cap) if cap else None, entities=marks, short=a.get("short", [])))
    if y >= 2012:
        ed = rng.choice(["邵丽华", "鲍晓梅"])
        lines.append(f"责任编辑：{ed}　校对：{rng.choice(['杨芳', '任静'])}")
        fm = [(ed, "PERSON", None)]
    else:
        fm = []
    fm += [m for x in masthead_marks(lines) for m in x]
    return "\n".join(lines), tarts, fm


def masthead_marks(lines):
    return [ents(x) for x in lines if "|" in x]


def main():
    os.makedirs(PAGES, exist_ok=True)
    for f in os.listdir(PAGES):
        os.remove(os.path.join(PAGES, f))
    specs = [(d, p, s, w, a, True) for d, p, s, w, a in HAND]
    used = {(d, p) for d, p, *_ in HAND}
    i = 0
    while len(specs) < 150:
        y = rng.randint(1998, 2025)
        d = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28)).isoformat()
        pno = rng.choice([1, 2, 3, 4])
        if (d, pno) in used:
            continue
        used.add((d, pno))
        sec = {1: "要闻", 2: "经济", 3: "乡镇", 4: "公告"}[pno]
        arts = []
        for k in range(rng.choice([2, 3])):
            b = rng.choice(BUILD if pno != 4 else [notice, obituary, brief])
            a = b(y, i); i += 1
            if a["kind"] == "photo":
                a["form"] = "photo"; a["credit"] = rng.choice(CORR + REPORTERS[era(y)])
            elif a["kind"] in ("notice", "brief", "obit"):
                a["form"] = None
            else:
                a["form"] = rng.choice(["lead", "own", "end", "corr"] + (["rmt"] * 2 if y >= 2019 else []))
            if pno == 1 and k == 0 and era(y) == 0 and a["kind"] not in ("photo", "brief"):
                a["doubled"] = "|" not in (a["title"] or "")
            if era(y) == 1 and a["kind"] not in ("photo", "brief", "notice", "obit") and rng.random() < 0.5:
                a["after"] = True
            arts.append(a)
        specs.append((d, pno, sec, rng.randint(13, 22), arts, False))
    specs.sort()
    truth = dict(county=COUNTY, county_code=CODE, paper=PAPER, pages=[])
    man = []
    for n, (d, pno, sec, w, arts, hand) in enumerate(specs):
        stem = f"{d}_p{pno}"
        text, tarts, fm = render(d, pno, sec, w, arts)
        open(os.path.join(PAGES, stem + ".txt"), "w", encoding="utf-8").write(plain(text) + "\n")
        inm = n % 3 == 0
        if inm:
            man.append([stem + ".txt", PAPER, COUNTY, CODE, d])
        marks = [(t, l) for t, l, _ in fm] + [(t, l) for a in tarts for t, l, _ in a["entities"]]
        cnt = Counter(marks)
        places = Counter((t, l) for t, l in marks if t in PL and PL[t][0] == l)
        offs = [dict(name=t, post=p_, year=int(d[:4]), article=k) for k, a in enumerate(tarts)
                for t, l, p_ in a["entities"] if l == "PERSON" and p_]
        truth["pages"].append(dict(file=stem + ".txt", issue=stem, date=d, year=int(d[:4]), page=pno, in_manifest=inm,
                                   base=hand, section=sec, width=w, articles=tarts,
                                   entities=[dict(text=t, label=l, count=c) for (t, l), c in sorted(cnt.items())],
                                   places=[dict(text=t, label=l, code=PL[t][1], count=c) for (t, l), c in sorted(places.items())],
                                   officials=offs, short_forms=[s for a in tarts for s in a["short"]]))
    with open(os.path.join(PAGES, "manifest.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(["file", "paper", "county", "county_code", "date"])
        wr.writerows(man)
    truth["reporters"] = sorted({n for v in REPORTERS.values() for n in v} | set(CORR))
    json.dump(truth, open(os.path.join(HERE, "truth.json"), "w"), ensure_ascii=False, indent=1)
    c = Counter(e["label"] for p in truth["pages"] for e in p["entities"] for _ in range(e["count"]))
    print(len(truth["pages"]), "pages;", len(man), "in manifest;", dict(c), "official rows",
          sum(len(p["officials"]) for p in truth["pages"]))


if __name__ == "__main__":
    main()
