#!/usr/bin/env python3
"""Invented pages of 船营报 (an invented district paper of 船营区 220204, a 市辖区 of 吉林市, 吉林省), 2002-2024, as
PDF-to-text output.  Seeded and re-runnable: `python make_pages.py` rewrites pages/*.txt (80 pages),
pages/manifest.csv (40 of them) and truth.json.  Written BEFORE the library was run.

25 pages are laid out one by one (BASE: date, page, section banner, and each article's kind, byline form, headline,
kicker, subtitle, column); 55 more are drawn by a seeded generator (era-typical sections, columns, byline forms,
furniture, column width 13-24).  Real 街道, 镇, 乡, 社区 and 村 of 船营区 from admin_divisions_china (tricky names:
长春路街道/长春社区 beside 长春市, 南京街道, 青岛街道, 西安社区, 鞍山社区, 昆明社区 beside cities; 德胜街道/德胜社区/
德胜村; 长安社区/长安村; 下洼子村 in both 搜登站镇 and 欢喜乡); the paper, people, firms and events are invented.
Reporters have careers (通讯员 → 记者 → 融媒体中心记者; 实习生 → 记者); some names look like words (曲艺, 田野,
左文, 高原).

Truth fixes after the first run (pages unchanged, md5 checked; truth_before_fix.json is the first truth): 区委 in
区委书记 is ORG (as 莒县县委 in 县委书记 in the shared gold), X社区日间照料中心 is one ORG (GUIDE: 康宁社区综治中心 is ORG,
not COMMUNITY), 镇文化站 an ORG, 春风行动 a PROJECT (a named programme), 东北 in 东北大秧歌 a LOC (names inside
non-entities count), and the role of 本报特约记者 X is 特约记者 (was 记者 when X had no 特约 career that year).

Template markup (stripped from the page, recorded in the truth):
  [text|LABEL]          an entity (GUIDE labels); places as [text|TOWNSHIP|code], [text|COMMUNITY|code] ...
  {text|kind}           a marked (quoted) slogan, printed with “”
"""
import csv, datetime, json, os, random, re

OUT = os.path.dirname(os.path.abspath(__file__))
COUNTY, CODE, PAPER = "船营区", "220204", "船营报"
STREETS = {"德胜街道": "220204001", "南京街道": "220204002", "大东街道": "220204003", "青岛街道": "220204004",
           "向阳街道": "220204005", "致和街道": "220204007", "长春路街道": "220204008", "临江街道": "220204009",
           "北山街道": "220204010", "黄旗街道": "220204011"}
TOWNS = {"大绥河镇": "220204100", "搜登站镇": "220204101", "越北镇": "220204102", "欢喜乡": "220204200"}
COMMUNITIES = {"德胜街道": {"德胜社区": "220204001004", "安顺社区": "220204001003", "裕华社区": "220204001008"},
               "南京街道": {"怀德社区": "220204002003", "五中社区": "220204002004"},
               "大东街道": {"松北一区社区": "220204003002", "吉源社区": "220204003001"},
               "青岛街道": {"牛马行社区": "220204004002", "和龙社区": "220204004004"},
               "向阳街道": {"昆明社区": "220204005004", "洮南社区": "220204005003"},
               "致和街道": {"二二二社区": "220204007003", "北寺社区": "220204007004"},
               "长春路街道": {"西安社区": "220204008001", "长春社区": "220204008003", "港湾社区": "220204008005"},
               "临江街道": {"临江社区": "220204009002", "独立路社区": "220204009003"},
               "北山街道": {"落马湖社区": "220204010002", "鞍山社区": "220204010004", "长安社区": "220204010003"},
               "黄旗街道": {"黄旗社区": "220204011004", "香林社区": "220204011006"},
               "大绥河镇": {"绥河社区": "220204100001"}, "搜登站镇": {"吉祥社区": "220204101001"},
               "越北镇": {"秀水社区": "220204102003"}}
VILLAGES = {"大绥河镇": {"大绥河村": "220204100200", "小绥河村": "220204100214", "太平岭村": "220204100216"},
            "搜登站镇": {"长桥子村": "220204101218", "莲花泡村": "220204101228", "高家烧锅村": "220204101231",
                     "德胜村": "220204101207", "长安村": "220204101212", "二道沟村": "220204101204"},
            "越北镇": {"沙河子村": "220204102200", "晓光村": "220204102201"},
            "欢喜乡": {"欢喜村": "220204200200", "虎牛村": "220204200208", "铜匠村": "220204200206"}}
URBAN, RURAL = list(STREETS), list(TOWNS)

# reporters' careers: name -> [(from, to, role as printed)]
CAREERS = {
    "赵立新": [(2002, 2005, "通讯员"), (2006, 2016, "记者"), (2017, 2024, "融媒体中心记者")],
    "孙丽娟": [(2002, 2012, "记者")],
    "于海洋": [(2002, 2009, "记者")],
    "金美玉": [(2008, 2008, "实习生"), (2009, 2016, "记者"), (2017, 2024, "融媒体中心记者")],
    "曲艺": [(2010, 2024, "记者")],
    "姜铁军": [(2005, 2015, "记者")],
    "韩冰": [(2015, 2015, "实习生"), (2016, 2024, "记者")],
    "高原": [(2019, 2024, "融媒体中心记者")],
    "包子涵": [(2021, 2022, "实习生")],
    "崔成哲": [(2002, 2024, "通讯员")],
    "冯雪梅": [(2012, 2024, "通讯员")],
    "马骁": [(2018, 2024, "特约记者")],
}
PHOTO = {"田野": (2003, 2018), "石磊": (2014, 2024)}
COLUMNIST = "左文"
EDITORS = [(2002, 2013, "王春雨"), (2014, 2024, "刘洪波")]
UNITS = ["船营区民政局", "船营区城管局", "船营区住建局", "船营区文化馆", "船营区总工会"]
CADRES = [(2002, 2008, "周振国", "吕德江"), (2009, 2016, "高志远", "邵红"), (2017, 2024, "宋佳明", "杜春华")]
SEC_PEOPLE = {"德胜社区": "郑秀兰", "临江社区": "彭淑芬", "长春社区": "孔繁荣", "西安社区": "白玉洁", "鞍山社区": "蔡永胜",
              "昆明社区": "邢美华", "落马湖社区": "武桂香", "怀德社区": "关淑云", "牛马行社区": "齐德顺"}
VIL_PEOPLE = {"长桥子村": "鲁长河", "莲花泡村": "祁宝山", "欢喜村": "罗成刚", "大绥河村": "温庆林", "沙河子村": "秦玉田"}
SECRETARIES = ["韦丽萍", "谷凤琴", "阎立国", "苗春艳", "石秀梅"]
RESIDENTS = ["付桂兰", "葛振山", "滕秀芝", "闫志强", "庞淑珍", "车文彬"]
COLUMNS = ["街巷走笔", "社区故事", "民生直通车", "百姓身边事"]
WEEK = "一二三四五六日"


def era_of(y):
    return 1 if y <= 2007 else 2 if y <= 2013 else 3 if y <= 2019 else 4


def who(y, role_pred):
    out = []
    for n, spans in CAREERS.items():
        for a, b, r in spans:
            if a <= y <= b and role_pred(r):
                out.append((n, r))
    return out


def cadre(y):
    return next((s, m) for a, b, s, m in CADRES if a <= y <= b)


def E(t, lab):
    return f"[{t}|{lab}]"


def TW(t):
    return f"[{t}|TOWNSHIP|{({**STREETS, **TOWNS})[t]}]"


def CM(c, st):
    return f"[{c}|COMMUNITY|{COMMUNITIES[st][c]}]"


def VL(v, tw):
    return f"[{v}|VILLAGE|{VILLAGES[tw][v]}]"


def P(n):
    return E(n, "PERSON")


def O(n):
    return E(n, "ORG")


SLOGANS_BY_ERA = {1: ["三个代表", "双拥模范城"], 2: ["和谐社区", "一社一品"], 3: ["全国文明城市", "红色物业"],
                  4: ["十分钟便民服务圈", "红色物业", "我为群众办实事"]}


# ---------------------------------------------------------------- article bodies by kind
def art_community(rng, y, v=0):
    st = rng.choice([s for s in URBAN if s in COMMUNITIES])
    cm = rng.choice(list(COMMUNITIES[st]))
    sec = SEC_PEOPLE.get(cm, rng.choice(SECRETARIES))
    slog = rng.choice(SLOGANS_BY_ERA[era_of(y)])
    res = rng.choice(RESIDENTS)
    paras = [
        f"近日，{TW(st)}{CM(cm, st)}组织志愿者走进辖区老旧小区，为独居老人送去米面油和冬季取暖用品，并逐户检查供暖管道。",
        f"“天冷了，大家的心是热的。”社区党委书记{P(sec)}说，社区把辖区划成十二个网格，每个网格都有楼长和志愿者。",
        f"今年以来，社区围绕{{{slog}|n}}开展各类活动三十余场，居民{P(res)}说：“有事找社区，一个电话就到。”",
        f"下一步，{TW(st)}将在全街道推广这一做法，让居民在家门口办成更多事。",
    ]
    if v:
        paras = [
            f"{TW(st)}{CM(cm, st)}的“居民议事厅”又热闹起来。楼道堆放杂物、停车难、路灯不亮，居民们你一言我一语提出问题。",
            f"社区主任{P(sec)}把大家的意见一条条记在本子上，当场明确了责任人和完成时限。",
            f"“过去是社区定了居民听，现在是居民说了社区办。”居民{P(res)}说。",
        ]
    return dict(title=rng.choice([f"{CM(cm, st)}网格连起邻里情", "暖心服务进楼院", "小网格托起大民生", "冬日送暖到家门"]),
                paras=paras[:rng.randint(3, 4)], places=[st], kind="community")


def art_build(rng, y, v=0):
    st = rng.choice(URBAN)
    road = rng.choice(["松江中路", "越山路", "北京路", "解放西路", "华山路"])
    firm = rng.choice(["江城热力公司", "松北物业公司", "船营区城建公司"])
    paras = [
        f"{E(road + '改造工程', 'PROJECT')}进入收尾阶段。{TW(st)}境内三公里路段的管网铺设已全部完成，预计本月底恢复通车。",
        f"施工单位{O(firm)}负责人介绍，工程共投资一千二百万元，新建雨污分流管道四千米，改造人行步道一万平方米。",
        f"{O('船营区住建局')}有关负责人表示，将加强质量监管，确保工程经得起检验。",
    ]
    if v:
        paras = [
            f"{TW(st)}{E('老旧小区改造项目', 'PROJECT')}日前全面开工，涉及楼房四十二栋、居民一千六百余户。",
            f"改造内容包括外墙保温、楼道粉刷、屋面防水和供热管网更换，计划十月底前完工，赶在供暖季之前让居民住上暖房子。",
            f"{O('船营区住建局')}派驻技术人员全程监督，每周召开一次现场调度会。",
        ]
        return dict(title=rng.choice(["老旧小区改造全面开工", f"{E('暖房子工程', 'PROJECT')}惠民生"]), paras=paras, places=[st], kind="build")
    return dict(title=rng.choice([f"{E(road, 'FAC')}改造进入收尾", "老路换新颜　出行更顺畅", "管网改造惠及万户"]),
                paras=paras, places=[st], kind="build")


def art_village(rng, y, v=0):
    tw = rng.choice(RURAL)
    if v:
        paras = [
            f"{TW(tw)}把闲置的村小学改成了村史馆，老物件、老照片摆满了三间教室。",
            f"{O('镇文化站')}站长{P(rng.choice(SECRETARIES))}说，村史馆开馆半年，已接待参观群众四千多人次。",
        ]
        return dict(title=rng.choice(["村小学变身村史馆", "留住乡愁记忆"]), paras=paras, places=[tw], kind="village")
    v = rng.choice(list(VILLAGES[tw]))
    head = VIL_PEOPLE.get(v, rng.choice(RESIDENTS))
    paras = [
        f"走进{TW(tw)}{VL(v, tw)}，一排排温室大棚整齐排列，棚内的草莓已经成熟。",
        f"村党支部书记{P(head)}告诉记者，村里成立了合作社，带动六十多户村民种植草莓，户均增收八千元。",
        f"“过去守着几亩玉米地，现在一年能挣三四万。”村民{P(rng.choice(RESIDENTS))}笑着说。",
        f"据了解，{TW(tw)}今年计划新建温室一百栋，让更多农户走上致富路。",
    ]
    return dict(title=rng.choice(["温室大棚结出致富果", f"{VL(v, tw)}草莓红了", "一棚草莓富一方"]),
                paras=paras[:rng.randint(3, 4)], places=[tw], kind="village")


def art_meeting(rng, y, v=0):
    s, m = cadre(y)
    if v:
        paras = [
            f"{O('船营区政府')}日前召开常务会议，听取全区冬季供热和安全生产工作汇报。区长{P(m)}主持会议。",
            f"会议强调，要把群众温暖过冬作为头等大事，对供热不达标的小区逐一督办。",
        ]
        return dict(title=rng.choice(["区政府常务会议研究冬季供热", "确保群众温暖过冬"]), paras=paras, places=[], kind="meeting")
    slog = rng.choice(SLOGANS_BY_ERA[era_of(y)])
    paras = [
        f"日前，{O('船营区委')}召开常委会议，研究部署{{{slog}|n}}有关工作。{O('区委')}书记{P(s)}主持会议并讲话。",
        f"会议指出，全区各级党组织要切实增强责任感，把各项任务落到实处。区长{P(m)}就下一步工作作出安排。",
        f"会议要求，各街道、各部门要加强协调配合，确保各项工作取得实效。",
    ]
    return dict(title=rng.choice([f"{O('区委常委会')}研究部署重点工作", "凝心聚力抓落实", f"{O('区委')}召开常委会议"]), paras=paras,
                places=[], kind="meeting")


def art_culture(rng, y, v=0):
    st = rng.choice(URBAN)
    if v:
        paras = [
            f"{TW(st)}的社区书屋日前正式开放，书屋藏书五千余册，每天开放到晚上八点。",
            f"退休教师{P(rng.choice(RESIDENTS))}主动当起了管理员，还组织了少儿读书会。",
        ]
        return dict(title=rng.choice(["社区书屋飘书香", "家门口的图书馆"]), paras=paras, places=[st], kind="culture")
    paras = [
        f"由{O('船营区文化馆')}主办的“冬日暖阳”群众文艺汇演日前在{E('世纪广场', 'FAC')}举行，来自全区各街道的十四支队伍同台献艺。",
        f"来自{TW(st)}的秧歌队表演的{E('东北', 'LOC')}大秧歌赢得阵阵掌声，队长{P(rng.choice(RESIDENTS))}已经七十岁了。",
        f"汇演持续两个小时，吸引了上千名市民观看。",
    ]
    return dict(title=rng.choice(["冬日广场秧歌扭起来", "群众文艺汇演精彩上演", "百姓舞台百姓唱"]), paras=paras,
                places=[st], kind="culture")


def art_livelihood(rng, y, v=0):
    if v:
        tw = rng.choice(RURAL)
        paras = [
            f"{O('船营区人社局')}日前在{TW(tw)}举办{E('春风行动', 'PROJECT')}招聘会，三十二家企业提供岗位八百余个。",
            f"前来应聘的村民{P(rng.choice(RESIDENTS))}当场与一家物流企业签订了用工协议。",
            f"据介绍，今年全区已帮助一千二百名农村劳动力实现就近就业。",
        ]
        return dict(title=rng.choice(["招聘会开到家门口", "春风送岗位"]), paras=paras, places=[tw], kind="livelihood")
    st = rng.choice([s for s in URBAN if s in COMMUNITIES])
    cm = rng.choice(list(COMMUNITIES[st]))
    paras = [
        f"记者从{O('船营区民政局')}获悉，今年全区新增社区养老服务站六个，{O(cm + '日间照料中心')}已投入使用。",
        f"照料中心设有助餐室、康复室和阅览室，每天为六十岁以上老人提供午餐，每餐只收五元钱。",
        f"居民{P(rng.choice(RESIDENTS))}说：“在家门口吃上热乎饭，儿女也放心了。”",
    ]
    return dict(title=rng.choice(["家门口的养老院开张了", "社区食堂暖了老人胃", "养老服务站覆盖全区"]), paras=paras,
                places=[st], kind="livelihood")


def art_column(rng, y, v=0):
    st = rng.choice(URBAN)
    paras = [
        f"清晨的{E('松花江', 'LOC')}边，雾凇挂满了柳枝。沿着江堤往西走，就到了{TW(st)}的老街。",
        f"老街上的豆腐坊开了三十年，店主{P(rng.choice(RESIDENTS))}每天凌晨三点起床磨豆子。街坊们说，这是老街坊的味道。",
        f"城市在变，老街也在变。变的是楼房和马路，不变的是街巷里的烟火气。",
    ]
    if v:
        paras = [
            f"小区门口新开了一家修鞋铺，师傅{P(rng.choice(RESIDENTS))}是从{TW(rng.choice(RURAL))}搬进城的。",
            f"他说，修鞋挣不了大钱，可每天跟老邻居唠唠嗑，心里敞亮。有的老人没带钱，他就说下回再给。",
            f"一座城市的温度，往往就藏在这样的小铺子里。",
        ]
        return dict(title=rng.choice(["修鞋铺里的温度", "小铺子大人情"]), paras=paras, places=[], kind="column")
    return dict(title=rng.choice(["老街的味道", "江边的早晨", "街巷里的烟火气", "一碗豆腐脑"]), paras=paras, places=[st],
                kind="column")


def art_photo(rng, y, v=0):
    st = rng.choice([s for s in URBAN if s in COMMUNITIES])
    cm = rng.choice(list(COMMUNITIES[st]))
    cap = f"日前，{CM(cm, st)}志愿者在小区内清扫积雪，为居民出行提供方便。"
    return dict(title=rng.choice(["清雪保畅通", "雪后扫雪忙", "志愿红映白雪"]), paras=[], caption=cap, places=[st],
                kind="photo")


def art_brief(rng, y):
    st = rng.choice(URBAN)
    tw = rng.choice(RURAL)
    items = [f"■ {TW(st)}日前开展消防安全大检查，排查隐患二十三处，已全部整改。",
             f"■ {TW(tw)}举办农民实用技术培训班，二百余名农民参加培训。",
             f"■ {O('船营区总工会')}为一线环卫工人送去手套和护膝一千二百套。"]
    return [dict(title="", paras=[it], places=[], kind="brief") for it in items[:rng.randint(2, 3)]]


KINDS = dict(community=art_community, build=art_build, village=art_village, meeting=art_meeting, culture=art_culture,
             livelihood=art_livelihood, column=art_column, photo=art_photo)
SECTION_KINDS = {"要闻": ["meeting", "community", "build", "village"], "社区": ["community", "livelihood", "photo"],
                 "城建": ["build", "build", "community"], "民生": ["livelihood", "community", "village"],
                 "文化": ["culture", "column", "photo"], "专栏": ["column", "column", "community"]}


# ---------------------------------------------------------------- bylines
def byline(rng, y, form):
    """(printed text, placement, [(role, name)], units)  placement: lead | under | end | after_caption"""
    reps = who(y, lambda r: r in ("记者", "融媒体中心记者"))
    corr = who(y, lambda r: r == "通讯员")
    interns = who(y, lambda r: r == "实习生")
    r1 = rng.choice(reps)[0]
    c1 = rng.choice(corr)[0]
    if form == "lead":
        t = f"本报讯（记者　{P(r1)}　通讯员　{P(c1)}）"
        return t, "lead", [("记者", r1), ("通讯员", c1)], []
    if form == "lead1":
        return f"本报讯（记者　{P(r1)}）", "lead", [("记者", r1)], []
    if form == "lead_intern" and interns:
        i1 = interns[0][0]
        return f"本报讯（记者　{P(r1)}　实习生　{P(i1)}）", "lead", [("记者", r1), ("实习生", i1)], []
    if form in ("own", "lead_intern"):
        r2 = rng.choice([r for r, _ in reps if r != r1] or [r1])
        return f"本报记者　{P(r1)}　{P(r2)}", "under", [("记者", r1), ("记者", r2)], []
    if form == "end":
        return f"（{P(r1)}）", "end", [("", r1)], []
    if form == "wentu":
        return f"文/图　{P(r1)}", "under", [("文/图", r1)], []
    if form == "photo_by":
        ph = [n for n, (a, b) in PHOTO.items() if a <= y <= b] or ["田野"]
        n = rng.choice(ph)
        return f"{P(n)}　摄", "after_caption", [("摄影", n)], []
    if form == "photo_report":
        return f"记者　{P(r1)}　摄影报道", "end", [("记者", r1)], []
    if form == "rongmei":
        rm = who(y, lambda r: r == "融媒体中心记者") or reps
        n = rng.choice(rm)[0]
        return f"{O('船营区融媒体中心')}记者　{P(n)}", "under", [("记者", n)], ["船营区融媒体中心"]
    if form == "unit":
        u = rng.choice(UNITS)
        return f"（{O(u)}供稿）", "end", [("供稿", u)], [u]
    if form == "corr_unit":
        u = rng.choice(UNITS)
        return f"通讯员　{P(c1)}　{O(u)}", "under", [("通讯员", c1)], [u]
    if form == "special":
        t = who(y, lambda r: r == "特约记者")
        n = t[0][0] if t else r1
        return f"本报特约记者　{P(n)}", "under", [("特约记者", n)], []  # truth fix after the first run (was 记者)
    if form == "column_sig":
        return f"□　{P(COLUMNIST)}", "under", [("", COLUMNIST)], []
    if form == "column_wen":
        return f"文/{P(COLUMNIST)}", "under", [("文", COLUMNIST)], []
    raise ValueError(form)


ERA_FORMS = {1: ["lead", "lead1", "own", "end", "unit"], 2: ["lead", "own", "wentu", "end", "lead_intern", "corr_unit"],
             3: ["lead", "own", "wentu", "photo_report", "unit", "lead_intern", "special"],
             4: ["rongmei", "lead", "own", "special", "lead_intern", "unit", "photo_report"]}


# ---------------------------------------------------------------- markup
MARK = re.compile(r"\[([^\[\]|]+)\|([A-Z]+)(?:\|(\d+))?\]|\{([^{}|]+)\|([a-z])\}")


def strip(s, rec):
    def rep(m):
        if m.group(1):
            rec["ents"].append((m.group(1), m.group(2)))
            if m.group(3):
                rec["places"].append((m.group(1), m.group(2), m.group(3)))
            return m.group(1)
        rec["slogans"].append(m.group(4))
        return "“" + m.group(4) + "”"
    return MARK.sub(rep, s)


def wrap(text, w, indent="　　"):
    s = indent + text
    return [s[i:i + w] for i in range(0, len(s), w)]


def dbl(s):
    return "".join(c + c if c not in "　 " else c for c in s)


def furniture_top(rng, d, pno, era, section, rec):
    e = lambda s: strip(s, rec)
    date = f"{d.year}年{d.month}月{d.day}日　星期{WEEK[d.weekday()]}"
    if era == 1:
        if pno == 1:
            return [e(O("船营报")), e(f"{O('中共吉林市船营区委')}机关报"), f"{date}　第{rng.randint(200, 900)}期　今日四版", ""]
        return [f"{date}　第{pno}版　{section}", ""]
    if era == 2:
        if pno == 1:
            return [e(O("船营报")), "CHUANYING BAO", f"{date}　第{pno}版", ""]
        return [f"{section}　{pno}", f"{date}", ""]
    if era == 3:
        return [f"{pno:02d}　{section}", e(f"{O('船营报')}　{date}"), ""]
    return [f"{section}　A{pno}", e(f"{O('船营报')}　{date}　第{pno}版"), ""]


def furniture_bottom(rng, d, era, rec):
    ed = next(n for a, b, n in EDITORS if a <= d.year <= b)
    lines = ["", strip(f"责任编辑：{P(ed)}　　校对：{P('林晓')}", rec)]
    if era >= 3:
        lines.append("本版邮箱：cyb2014@126.com")
    if era == 4:
        lines.append(strip(f"扫码下载“{O('船营发布')}”客户端", rec))
    return lines


# ---------------------------------------------------------------- one page
def build_page(spec):
    rng = random.Random(spec["seed"])
    d = spec["date"]
    y, era, pno = d.year, era_of(d.year), spec["page"]
    w = spec.get("width", rng.randint(13, 24))
    rec_page = dict(ents=[], places=[], slogans=[])
    lines = furniture_top(rng, d, pno, era, spec["section"], rec_page)
    lines += [spec["section"] if era <= 2 else f"■ {spec['section']}", ""]
    arts_truth = []
    seen, used_t, used_p = [], set(), set()
    for ai, a in enumerate(spec["arts"]):
        kind = a["kind"]
        if kind == "brief":
            lines += ["简　讯", ""]
            for b in art_brief(random.Random(rng.random()), y):
                rec = dict(ents=[], places=[], slogans=[])
                body = strip(b["paras"][0], rec)
                lines += wrap(body, w, "") + [""]
                arts_truth.append(dict(kind="brief", section=spec["section"], column=None, kicker=None, title="",
                                       subtitle=None, byline=[], units=[], byline_text="", headline_after=False,
                                       doubled=False, body_first=body[:6], body_last=body[-6:],
                                       body_chars=len(re.sub(r"\s", "", body)), rec=rec))
            continue
        for _try in range(20):  # no headline or opening paragraph twice on one page
            art = KINDS[kind](random.Random(rng.random()), y, seen.count(kind) % 2)
            if art["title"] not in used_t and (not art["paras"] or art["paras"][0][:12] not in used_p):
                break
        used_t.add(art["title"]); used_p.add(art["paras"][0][:12] if art["paras"] else "")
        seen.append(kind)
        title = a.get("title") or art["title"]
        rec = dict(ents=[], places=[], slogans=[])
        form = a.get("by") or rng.choice(ERA_FORMS[era])
        if kind == "column":
            form = a.get("by") or rng.choice(["column_sig", "column_wen", "end"])
        if kind == "photo":
            form = "photo_by"
        bt, place, pairs, units = byline(random.Random(rng.random()), y, form)
        bt = strip(bt, rec)
        column = a.get("column") if kind == "column" else None
        if kind == "column" and not column:
            column = rng.choice(COLUMNS)
        kicker = a.get("kicker")
        subtitle = a.get("subtitle")
        head = []
        if column:
            head.append(f"【{column}】" if a.get("colform", rng.random() < 0.5) else f"{column}")
        if kicker:
            head.append(strip(kicker, rec))
        tmark = strip(title, rec)
        two = a.get("two_line")
        doubled = bool(a.get("doubled"))
        if two:
            t1, t2 = tmark.split("　", 1)
            head += [dbl(t1) if doubled else t1, dbl(t2) if doubled else t2]
        else:
            head.append(dbl(tmark) if doubled else tmark)
        if subtitle:
            head.append(strip(subtitle, rec))
        paras = [strip(p, rec) for p in art["paras"]]
        body_lines = []
        if place == "lead":
            paras[0] = bt + paras[0]
        if place == "under":
            head.append(bt)
        cap = strip(art["caption"], rec) if art.get("caption") else None
        for p in paras:
            body_lines += wrap(p, w)
        if place == "end":
            if a.get("end_own_line", rng.random() < 0.5) or not body_lines:
                body_lines.append(bt)
            else:
                body_lines[-1] += bt
        if cap:
            body_lines += wrap(cap, w, "") + ([bt] if place == "after_caption" else [])
        after = a.get("after", False)
        if after:
            lines += body_lines + [""] + head + [""]
        else:
            lines += head + [""] + body_lines + [""]
        body_text = "".join(paras)
        if place == "end" and not body_text:
            pass
        arts_truth.append(dict(kind=kind, section=spec["section"], column=column, kicker=strip(kicker, dict(ents=[], places=[], slogans=[])) if kicker else None,
                               title=tmark, subtitle=strip(subtitle, dict(ents=[], places=[], slogans=[])) if subtitle else None,
                               byline=pairs, units=units, byline_text=bt, byline_form=form, headline_after=after,
                               doubled=doubled, two_line=bool(two), caption=cap,
                               body_first=re.sub(r"^本报讯（[^）]*）", "", body_text)[:6] if body_text else None,
                               body_last=(body_text[-6:] if body_text else None),
                               body_chars=len(re.sub(r"\s", "", body_text)), rec=rec))
    lines += furniture_bottom(rng, d, era, rec_page)
    return "\n".join(lines) + "\n", arts_truth, rec_page


# ---------------------------------------------------------------- the 25 pages laid out one by one
D = datetime.date
BASE = [
    dict(date=D(2002, 3, 12), page=1, section="要闻", arts=[
        dict(kind="meeting", by="lead", doubled=True, title="[区委|ORG]召开常委扩大会议"),
        dict(kind="community", by="own", kicker=TW("德胜街道"), title="社区服务进万家"),
        dict(kind="brief")]),
    dict(date=D(2002, 11, 5), page=2, section="社区", arts=[
        dict(kind="community", by="lead1", title="网格连民心", subtitle="——记[德胜社区|COMMUNITY|220204001004]书记[郑秀兰|PERSON]"),
        dict(kind="livelihood", by="end", end_own_line=True)]),
    dict(date=D(2003, 6, 17), page=3, section="城建", arts=[
        dict(kind="build", by="unit", two_line=True, title="[松江中路改造工程|PROJECT]　年底前全线完工"),
        dict(kind="build", by="lead")]),
    dict(date=D(2004, 1, 20), page=4, section="专栏", arts=[
        dict(kind="column", by="column_sig", column="街巷走笔", colform=True),
        dict(kind="community", by="end", end_own_line=False)]),
    dict(date=D(2005, 8, 9), page=1, section="要闻", arts=[
        dict(kind="meeting", by="own", doubled=True, two_line=True, title="凝心聚力谋发展　真抓实干惠民生"),
        dict(kind="village", by="lead", kicker=TW("搜登站镇")),
        dict(kind="brief")]),
    dict(date=D(2006, 12, 26), page=3, section="民生", arts=[
        dict(kind="livelihood", by="lead"), dict(kind="village", by="own")]),
    dict(date=D(2007, 4, 3), page=4, section="文化", arts=[
        dict(kind="culture", by="lead"), dict(kind="photo"), dict(kind="column", by="column_wen", column="百姓身边事")]),
    dict(date=D(2008, 7, 15), page=2, section="社区", arts=[
        dict(kind="community", by="lead_intern", kicker=TW("长春路街道") + CM("西安社区", "长春路街道")), dict(kind="livelihood", by="corr_unit")]),
    dict(date=D(2009, 3, 24), page=1, section="要闻", arts=[
        dict(kind="meeting", by="lead", doubled=True), dict(kind="community", by="wentu"), dict(kind="brief")]),
    dict(date=D(2010, 5, 11), page=3, section="城建", arts=[
        dict(kind="build", by="own", after=True), dict(kind="build", by="lead", after=True),
        dict(kind="community", by="end", after=True)]),
    dict(date=D(2011, 9, 6), page=2, section="社区", arts=[
        dict(kind="community", by="lead", after=True), dict(kind="photo", after=True),
        dict(kind="livelihood", by="wentu", after=True)]),
    dict(date=D(2012, 2, 14), page=4, section="专栏", arts=[
        dict(kind="column", by="column_sig", column="社区故事", colform=False),
        dict(kind="column", by="end", column="民生直通车", colform=True, end_own_line=False)]),
    dict(date=D(2013, 10, 22), page=3, section="民生", arts=[
        dict(kind="livelihood", by="lead", kicker=TW("北山街道")), dict(kind="village", by="corr_unit")]),
    dict(date=D(2014, 6, 3), page=1, section="要闻", arts=[
        dict(kind="meeting", by="lead"), dict(kind="community", by="photo_report"), dict(kind="brief")]),
    dict(date=D(2015, 4, 28), page=2, section="社区", arts=[
        dict(kind="community", by="lead_intern", subtitle="——[长春社区|COMMUNITY|220204008003]{红色物业|n}见闻"), dict(kind="photo")]),
    dict(date=D(2016, 8, 16), page=3, section="城建", arts=[
        dict(kind="build", by="special", two_line=True, title="老旧小区改造　惠及三千余户"), dict(kind="build", by="unit")]),
    dict(date=D(2017, 11, 7), page=4, section="文化", arts=[
        dict(kind="culture", by="wentu"), dict(kind="column", by="column_wen", column="街巷走笔", colform=True)]),
    dict(date=D(2018, 1, 30), page=2, section="民生", arts=[
        dict(kind="livelihood", by="rongmei"), dict(kind="village", by="lead", kicker=TW("欢喜乡"))]),
    dict(date=D(2019, 7, 9), page=1, section="要闻", arts=[
        dict(kind="meeting", by="rongmei"), dict(kind="community", by="lead"), dict(kind="photo")]),
    dict(date=D(2020, 3, 17), page=2, section="社区", arts=[
        dict(kind="community", by="rongmei", kicker=TW("临江街道")), dict(kind="livelihood", by="lead_intern")]),
    dict(date=D(2021, 5, 25), page=3, section="城建", arts=[
        dict(kind="build", by="photo_report"), dict(kind="build", by="special"), dict(kind="brief")]),
    dict(date=D(2021, 12, 14), page=4, section="专栏", arts=[
        dict(kind="column", by="column_sig", column="社区故事", colform=True),
        dict(kind="column", by="column_wen", column="街巷走笔", colform=False)]),
    dict(date=D(2022, 9, 20), page=2, section="社区", arts=[
        dict(kind="community", by="lead_intern"), dict(kind="photo"), dict(kind="livelihood", by="unit")]),
    dict(date=D(2023, 6, 6), page=1, section="要闻", arts=[
        dict(kind="meeting", by="rongmei", two_line=True, title="锚定目标抓落实　奋勇争先开新局"),
        dict(kind="village", by="lead", kicker=TW("大绥河镇")), dict(kind="brief")]),
    dict(date=D(2024, 4, 2), page=3, section="民生", arts=[
        dict(kind="livelihood", by="rongmei"), dict(kind="community", by="special"), dict(kind="photo")]),
]


def specs():
    out = []
    for i, b in enumerate(BASE):
        out.append(dict(b, seed=1000 + i, width=[13, 16, 18, 20, 22, 24][i % 6]))
    rng = random.Random(32)
    used = {(s["date"], s["page"]) for s in out}
    while len(out) < 80:
        y = rng.randint(2002, 2024)
        d = D(y, rng.randint(1, 12), rng.randint(1, 28))
        pno = rng.randint(1, 4)
        if (d, pno) in used:
            continue
        used.add((d, pno))
        sec = "要闻" if pno == 1 else rng.choice(["社区", "城建", "民生", "文化", "专栏"])
        ks = SECTION_KINDS[sec]
        arts = [dict(kind=rng.choice(ks)) for _ in range(rng.randint(2, 3))]
        if pno == 1 and y <= 2009:
            arts[0]["doubled"] = True
        if 2010 <= y <= 2013 and rng.random() < 0.5:
            for a in arts:
                a["after"] = True
        if rng.random() < 0.3:
            arts.append(dict(kind="brief"))
        if rng.random() < 0.3:
            arts[0]["kicker"] = TW(rng.choice(URBAN + RURAL))
        out.append(dict(date=d, page=pno, section=sec, arts=arts, seed=5000 + len(out)))
    return sorted(out, key=lambda s: (s["date"], s["page"]))


def main():
    os.makedirs(os.path.join(OUT, "pages"), exist_ok=True)
    for f in os.listdir(os.path.join(OUT, "pages")):
        os.remove(os.path.join(OUT, "pages", f))
    rng = random.Random(7)
    pages, man = [], []
    for sp in specs():
        text, arts, recp = build_page(sp)
        issue = f"{sp['date'].isoformat()}_p{sp['page']}"
        open(os.path.join(OUT, "pages", issue + ".txt"), "w", encoding="utf-8").write(text)
        inman = rng.random() < 0.5
        if inman:
            man.append(issue + ".txt")
        ents, places, slogans = list(recp["ents"]), list(recp["places"]), list(recp["slogans"])
        for a in arts:
            r = a.pop("rec")
            ents += r["ents"]; places += r["places"]; slogans += r["slogans"]
            a["places"] = sorted({p[0] for p in r["places"]})
        ec, pc, sc = {}, {}, {}
        for t in ents:
            ec[t] = ec.get(t, 0) + 1
        for t in places:
            pc[t] = pc.get(t, 0) + 1
        for t in slogans:
            sc[t] = sc.get(t, 0) + 1
        for a in arts:
            a["byline_names"] = [n for _, n in a["byline"]]
        pages.append(dict(file=issue + ".txt", folder="pages", issue=issue, date=sp["date"].isoformat(),
                          year=sp["date"].year, page=sp["page"], in_manifest=inman, base=sp["seed"] < 5000,
                          section=sp["section"], chars=len(re.sub(r"\s", "", text)), articles=arts,
                          entities=[dict(text=t, label=l, count=n) for (t, l), n in sorted(ec.items())],
                          places=[dict(text=t, label=l, code=c, count=n) for (t, l, c), n in sorted(pc.items())],
                          slogans=[dict(text=t, kind="n", count=n) for t, n in sorted(sc.items())], distractors=(["冬日暖阳"] if "冬日暖阳" in text else [])))
    with open(os.path.join(OUT, "pages", "manifest.csv"), "w", encoding="utf-8", newline="") as fh:
        wr = csv.writer(fh)
        wr.writerow(["file", "paper", "county", "county_code", "date", "date_precision", "date_note"])
        for p in pages:
            if p["in_manifest"]:
                wr.writerow([p["file"], PAPER, COUNTY, CODE, p["date"], "day", "printed date line"])
    json.dump(dict(county=COUNTY, county_code=CODE, paper=PAPER, pages=pages), open(os.path.join(OUT, "truth.json"), "w"),
              ensure_ascii=False, indent=1)
    print(len(pages), "pages;", sum(len(p["articles"]) for p in pages), "articles;",
          sum(sum(e["count"] for e in p["entities"]) for p in pages), "entity mentions;", len(man), "in manifest")


if __name__ == "__main__":
    main()
