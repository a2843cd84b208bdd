"""Write the 24 invented pages of 昌图报 (昌图县, 辽宁铁岭, 211224) and their truth, user22.

Every sentence is invented; every township and village is a real one of 昌图县 in
/work/shared/data/admin_divisions_china (streets.csv, villages.csv.xz), and the truth codes are
read from those files, not typed.  Run from anywhere:

    python tests/data/user22/make_pages.py

It writes ``pages/YYYY-MM-DD_第N版.txt`` and ``truth.json`` beside itself.  Truth conventions are
in README.md.  The truth is written from the article data here, before any library is run.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import lzma
import pathlib
import random
import re

HERE = pathlib.Path(__file__).resolve().parent
ADMIN = pathlib.Path("/work/shared/data/admin_divisions_china")
COUNTY = "211224"
PAPER = "昌图报"
WEEK = "一二三四五六日"

# ---------------------------------------------------------------- gazetteer (read, not typed)
TOWN_CODE: dict[str, str] = {}
for row in csv.reader(open(ADMIN / "streets.csv", encoding="utf-8")):
    if row[2] == COUNTY:
        TOWN_CODE[row[1]] = row[0]
VILLAGE_CODE: dict[tuple[str, str], str] = {}
_town_by_code = {c: n for n, c in TOWN_CODE.items()}
with lzma.open(ADMIN / "villages.csv.xz", "rt", encoding="utf-8") as fh:
    for row in csv.reader(fh):
        if row[5] != COUNTY:
            continue
        name = row[1]
        for suf in ("社区居民委员会", "社区居委会", "村民委员会", "居民委员会"):
            if name.endswith(suf):
                base = name[: -len(suf)]
                printed = base + ("社区" if "社区" in suf else ("" if base.endswith("村") else "村"))
                VILLAGE_CODE[(_town_by_code[row[2]], printed)] = row[0]
                break
        else:
            if name.endswith("社区"):
                VILLAGE_CODE[(_town_by_code[row[2]], name)] = row[0]

# neighbours (other counties): printed name -> code of the place in its own county
NEIGHBOUR = {
    "开原市": "211282", "八宝镇": "211282107", "八棵树镇": "211282105", "康平县": "210123",
    "梨树县": "220322", "郭家店镇": "220322101", "白山乡": "220322200", "双辽市": "220382",
    "双山镇": "220382101", "法库县": "210124",
}

# ---------------------------------------------------------------- people (all invented)
COUNTY_OFF = {
    "韩振宇": "县委书记", "齐立新": "县长", "葛春雨": "副县长", "潘国庆": "县农业农村局局长",
    "常德胜": "县水利局局长", "綦雪莹": "县卫生健康局局长",
}
TOWN_OFF = {  # town -> (secretary, mayor)
    "老城镇": ("于海涛", "邵丽娜"), "八面城镇": ("贾成林", "佟晓光"), "宝力镇": ("邢国栋", "关玉洁"),
    "亮中桥镇": ("何志远", "那日松"), "毛家店镇": ("卢秀梅", "谭立伟"), "老四平镇": ("孔祥瑞", "葛明"),
    "大洼镇": ("白玉凤", "赫连胜"), "鴜鷺树镇": ("富春生", "鲍小川"), "七家子镇": ("綦明辉", "苗桂荣"),
    "朝阳镇": ("郎建国", "姚雪"), "通江口镇": ("关向东", "曹立秋"), "四面城镇": ("乌兰其其格", "魏振海"),
    "十八家子镇": ("佟德山", "宫丽华"), "后窑镇": ("冷志军", "戴红梅"), "长发镇": ("柏宏伟", "滕文静"),
    "四合镇": ("鄂春林", "孙国栋"), "太平镇": ("庞立新", "隋晓东"), "大兴镇": ("贺铁军", "戚小兰"),
    "昌图镇": ("车宏宇", "芦晓静"),
}
VILLAGE_HEADS = ["吴长海", "张桂兰", "刘铁柱", "王福来", "赵秀芝", "孙宝山", "李春生", "周玉霞", "郑海江",
                 "高振国", "马金凤", "胡长顺", "杨树林", "陈德旺", "徐丽华", "朱振东"]
VILLAGERS = ["刘大爷", "王淑芬", "李老汉", "张玉梅", "赵德明", "孙凤琴", "于洪波", "陈桂香"]
REPORTERS = ["刘晓岩", "姜维东", "马宁宁"]
CORRESP = ["吴海波", "孟凡琪", "丛丽萍", "宋佳怡"]

# ---------------------------------------------------------------- article text with counted places


class Art:
    """An article: printed parts and the places/officials it names (the truth)."""

    def __init__(self) -> None:
        self.places: dict[str, dict] = {}
        self.officials: dict[str, str] = {}

    def t(self, town: str) -> str:
        self._count(town, "TOWNSHIP", TOWN_CODE[town])
        return town

    def v(self, town: str, vil: str, full: bool = False) -> str:
        self._count(vil, "VILLAGE", VILLAGE_CODE[(town, vil)], town)
        if full:
            return self.t(town) + vil
        return vil

    def n(self, place: str) -> str:
        self._count(place, "NEIGHBOUR", NEIGHBOUR[place])
        return place

    def o(self, name: str, title: str) -> str:
        self.officials[name] = title
        return name

    def _count(self, name: str, level: str, code: str, town: str | None = None) -> None:
        key = f"{name}@{code}"
        rec = self.places.setdefault(key, {"name": name, "level": level, "code": code, "n": 0})
        if town:
            rec["township"] = town
        rec["n"] += 1


def sec(town: str) -> str:
    return TOWN_OFF[town][0]


def mayor(town: str) -> str:
    return TOWN_OFF[town][1]


def a_harvest(r: random.Random, town: str, v1: str, v2: str, year: int) -> Art:
    a = Art()
    s = a.o(sec(town), f"{town}党委书记")
    head = r.choice(VILLAGE_HEADS)
    a.title = f"{a.t(town)}：{r.randint(12, 30)}万亩玉米颗粒归仓"
    a.body = [
        f"连日来，{a.v(town, v1, True)}的田野里，十余台玉米收获机来回穿梭，摘穗、剥皮、粉碎秸秆一气呵成。"
        f"“今年雨水调和，亩产能到一千五百斤。”{a.v(town, v1)}党支部书记{a.o(head, v1 + '党支部书记')}站在地头算起了丰收账。",
        f"{town}党委书记{s}介绍，全镇组织农机合作社{r.randint(8, 20)}家、机车{r.randint(90, 240)}台，"
        f"分片包干帮助农户抢收。在{a.v(town, v2)}，{a.v(town, v2)}农机专业合作社理事长正忙着调度车辆。",
        f"眼下，{a.t(town)}已完成收获面积的{r.randint(70, 95)}%，预计本月底前全部完成。",
    ]
    a.caption = f"图为{a.v(town, v1)}村民在晾晒玉米。"
    return a


def a_environment(r: random.Random, town: str, v1: str, v2: str, v3: str, year: int) -> Art:
    a = Art()
    m = a.o(mayor(town), f"{town}镇长")
    a.title = f"{a.t(town)}扎实推进农村人居环境整治"
    vl = r.choice(VILLAGERS)
    a.body = [
        f"走进{a.v(town, v1, True)}，水泥路通到家门口，房前屋后的柴草垛码放整齐，路边新栽的"
        f"格桑花开得正艳。“以前是晴天一身土、雨天两脚泥，现在跟城里差不多。”村民{vl}说。",
        f"今年以来，{town}围绕乡村振兴战略，以{a.v(town, v1)}、{a.v(town, v2)}、{a.v(town, v3)}为示范，"
        f"开展“清垃圾、清柴草、清粪堆”行动，累计清理垃圾{r.randint(1200, 5000)}吨，改造旱厕{r.randint(300, 900)}户。",
        f"{town}镇长{m}表示，下一步将把{a.v(town, v2)}的做法推广到全镇，让美丽乡村建设见到实效。",
    ]
    return a


def a_farmland(r: random.Random, town: str, v1: str, v2: str, year: int) -> Art:
    a = Art()
    p = a.o("潘国庆", "县农业农村局局长")
    a.title = f"{a.t(town)}{year}年高标准农田建设项目开工"
    a.body = [
        f"近日，{a.t(town)}{year}年高标准农田建设项目在{a.v(town, v1, True)}开工。项目总投资"
        f"{r.randint(2000, 6800)}万元，涉及{a.v(town, v1)}、{a.v(town, v2)}等{r.randint(3, 7)}个村，"
        f"建设面积{r.randint(2, 5)}万亩，由辽宁盛禾农业工程有限公司承建。",
        f"县农业农村局局长{p}在开工现场说，项目将新建机井、田间道路和防护林，建成后"
        f"每亩可增产粮食{r.randint(80, 150)}斤，为打好粮食安全这一仗打下基础。",
    ]
    return a


def a_coop(r: random.Random, town: str, v1: str, year: int) -> Art:
    a = Art()
    crop = r.choice(["花生", "辣椒", "香瓜", "肉牛", "鲜食玉米"])
    head = r.choice(VILLAGE_HEADS)
    a.title = f"{a.v(town, v1)}：小{crop}撑起致富路"
    a.subtitle = f"——{town}发展特色产业见闻"
    a.body = [
        f"初冬时节，{a.v(town, v1, True)}的{crop}收购点前排起了长队。村党支部书记{a.o(head, v1 + '党支部书记')}"
        f"牵头成立的昌图县{v1}{crop}种植专业合作社，去年带动{r.randint(60, 220)}户农民入社。",
        f"“在合作社干活，一天能挣一百五。”村民{r.choice(VILLAGERS)}一边分拣一边说。"
        f"今年合作社与沈阳一家食品公司签了订单，{a.v(town, v1)}的{crop}卖到了省城。",
        f"据了解，{a.t(town)}已培育特色产业村{r.randint(4, 9)}个，村集体经济收入全部超过十万元。",
    ]
    return a


def a_visit(r: random.Random, places: list[tuple[str, str]], year: int) -> Art:
    a = Art()
    boss = r.choice(["韩振宇", "齐立新"])
    a.o(boss, COUNTY_OFF[boss])
    t1, v1 = places[0]
    t2, v2 = places[1]
    a.title = f"{COUNTY_OFF[boss]}{boss}到{a.t(t1)}{a.t(t2)}调研乡村振兴工作"
    a.body = [
        f"{r.randint(3, 27)}日，{COUNTY_OFF[boss]}{boss}深入{a.t(t1)}、{a.t(t2)}，调研乡村振兴和项目建设工作。",
        f"在{a.v(t1, v1, True)}，{boss}察看了村级光伏电站运行情况，详细询问村集体收入和群众就业。"
        f"{t1}党委书记{a.o(sec(t1), t1 + '党委书记')}汇报了{a.v(t1, v1)}发展庭院经济的做法。",
        f"在{a.v(t2, v2, True)}，{boss}走进肉牛养殖小区，与养殖户拉家常、算收入。他强调，要全面推进乡村振兴，"
        f"把产业发展作为重中之重，让群众的钱袋子鼓起来。",
        f"副县长{a.o('葛春雨', '副县长')}参加调研。",
    ]
    return a


def a_flood(r: random.Random, v1: str, v2: str, year: int) -> Art:
    a = Art()
    town = "通江口镇"
    c = a.o("常德胜", "县水利局局长")
    a.title = f"筑牢辽河防线 守护一方平安"
    a.body = [
        f"入汛以来，{a.t(town)}沿辽河的{a.v(town, v1)}、{a.v(town, v2)}等村组织党员干部{r.randint(200, 600)}人，"
        f"对{r.randint(20, 40)}公里堤防开展拉网式排查。",
        f"县水利局局长{c}在{a.v(town, v1)}检查时要求，要与上游的{a.n('开原市')}、对岸的{a.n('康平县')}"
        f"加强雨情水情会商，确保安全度汛。",
        f"{town}镇长{a.o(mayor(town), town + '镇长')}说，镇里已储备编织袋{r.randint(2, 5)}万条、救生衣{r.randint(300, 800)}件。",
    ]
    return a


def a_secretary(r: random.Random, town: str, v1: str, v2: str, year: int) -> Art:
    a = Art()
    name = r.choice(["焦阳", "钟晓彤", "沈博文", "华一鸣"])
    unit = r.choice(["县财政局", "县供电公司", "县自然资源局"])
    a.title = f"第一书记{name}：把{a.v(town, v1)}当成自己的家"
    a.body = [
        f"三年前，{unit}干部{a.o(name, v1 + '驻村第一书记')}来到{a.v(town, v1, True)}任驻村第一书记。",
        f"那时的{a.v(town, v1)}，村道坑洼，集体经济几乎为零。{name}挨家挨户走访，"
        f"跑项目、找资金，帮村里建起了{r.randint(200, 600)}平方米的粮食烘干塔。",
        f"如今，{a.v(town, v1)}和邻近的{a.v(town, v2)}联合成立了农机服务队，去年村集体增收{r.randint(12, 40)}万元。"
        f"“乡村振兴，关键是人。”{name}说。",
    ]
    return a


def a_health(r: random.Random, comms: list[str], year: int) -> Art:
    a = Art()
    town = "昌图镇"
    d = a.o("綦雪莹", "县卫生健康局局长")
    a.title = "家门口的养老服务站开张了"
    a.body = [
        f"日前，{a.t(town)}{a.v(town, comms[0])}日间照料中心投入使用，{r.randint(40, 90)}名老人在这里吃上了热乎饭。",
        f"县卫生健康局局长{d}介绍，今年全县在{a.v(town, comms[0])}、{a.v(town, comms[1])}等社区建设"
        f"养老服务站{r.randint(6, 12)}个，为{r.randint(800, 2000)}名老年人提供助餐、助浴等服务。",
    ]
    return a


def a_border(r: random.Random, town: str, v1: str, year: int) -> Art:
    a = Art()
    a.title = f"两省三县联手守护界河清水"
    s = a.o(sec(town), town + "党委书记")
    a.body = [
        f"日前，{a.t(town)}与吉林省{a.n('梨树县')}{a.n('郭家店镇')}、{a.n('双辽市')}{a.n('双山镇')}签订"
        f"跨界河流联防联治协议。",
        f"{town}党委书记{s}说，{a.v(town, v1, True)}与对岸村屯隔河相望，过去常为垃圾漂浮扯皮，"
        f"如今三地河长每月联合巡河一次。",
        f"今年以来，三地联合清理河道垃圾{r.randint(100, 400)}吨，{a.v(town, v1)}段水质稳定在三类以上。",
    ]
    return a


def a_ecommerce(r: random.Random, town: str, v1: str, year: int) -> Art:
    a = Art()
    a.title = f"直播间里卖出“{a.v(town, v1)}味道”"
    a.body = [
        f"“家人们，这是咱{a.v(town, v1, True)}自己晒的干豆角！”晚上七点，返乡青年宋小满准时开播，"
        f"不到两小时卖出{r.randint(300, 900)}单。",
        f"{town}镇长{a.o(mayor(town), town + '镇长')}说，镇里为{a.v(town, v1)}等村建起电商服务站，"
        f"培训带货主播{r.randint(20, 60)}人，全年线上销售农产品{r.randint(300, 1200)}万元。",
    ]
    return a


def a_straw(r: random.Random, town: str, v1: str, v2: str, year: int) -> Art:
    a = Art()
    a.title = "秸秆变成“金疙瘩”"
    a.body = [
        f"在{a.v(town, v1, True)}的秸秆收储站，打包机轰鸣，一捆捆秸秆被装上货车运往{a.n('开原市')}的生物质电厂。",
        f"“过去烧秸秆挨罚，现在卖秸秆挣钱。”{a.v(town, v2)}村民{r.choice(VILLAGERS)}笑着说。",
        f"据{a.t(town)}党委书记{a.o(sec(town), town + '党委书记')}介绍，全镇秸秆综合利用率已达{r.randint(88, 97)}%。",
    ]
    return a


def brief_items(r: random.Random, places: list[tuple[str, str]], year: int) -> list[Art]:
    out = []
    kinds = [
        lambda a, t, v: f"日前，{a.v(t, v, True)}新建的文化广场投入使用，村民有了跳广场舞的地方。",
        lambda a, t, v: f"近日，{a.t(t)}举办农民丰收节，{a.v(t, v, True)}等{r.randint(5, 12)}个村的农产品集中展销。",
        lambda a, t, v: f"{a.t(t)}为{a.v(t, v)}等村的{r.randint(100, 400)}户脱贫户送去了化肥和种子。",
        lambda a, t, v: f"{a.v(t, v, True)}通过“一事一议”修建村路{r.randint(2, 9)}公里，群众出行更加方便。",
    ]
    for i, (t, v) in enumerate(places):
        a = Art()
        a.title = None
        a.body = [kinds[(i + year) % len(kinds)](a, t, v)]
        a.brief = True
        out.append(a)
    return out


def notice(year: int, date: dt.date) -> Art:
    a = Art()
    a.title = f"关于做好{year}年秋冬季秸秆禁烧工作的通告"
    a.body = [
        "为改善空气质量，保障人民群众身体健康，根据有关法律法规，现就秸秆禁烧工作通告如下：",
        "一、全县行政区域内禁止露天焚烧农作物秸秆、落叶、杂草。",
        "二、各镇（街道）、各村要落实网格化监管责任，发现火点及时处置。",
        "三、对违反本通告的，依法予以处罚。",
        "特此通告。",
    ]
    a.signature = ["昌图县人民政府", f"{date.year}年{date.month}月{date.day}日"]
    a.notice = True
    return a


# ---------------------------------------------------------------- the issues
TOWNS_BY_YEAR = {  # the towns each year's pages are about (coverage changes between years)
    2021: ["老城镇", "八面城镇", "宝力镇", "毛家店镇", "亮中桥镇", "朝阳镇", "七家子镇"],
    2022: ["老四平镇", "大洼镇", "鴜鷺树镇", "老城镇", "通江口镇", "四合镇", "长发镇"],
    2023: ["十八家子镇", "后窑镇", "四面城镇", "太平镇", "大兴镇", "老城镇", "宝力镇"],
    2024: ["大洼镇", "后窑镇", "毛家店镇", "朝阳镇", "七家子镇", "四合镇", "长发镇", "通江口镇"],
}
VILLS = {t: [p for (tt, p) in VILLAGE_CODE if tt == t] for t in TOWN_CODE}
PREF = {  # villages chosen for each town (real; includes the namesakes)
    "老城镇": ["南桥村", "五勤村", "光明村", "靠山村"], "八面城镇": ["三合堡村", "五星村", "太平河村", "贺家村"],
    "宝力镇": ["八宝村", "房家村", "五道村", "丰源村"], "亮中桥镇": ["杨木村", "永丰村", "兴隆山村", "西湖村"],
    "毛家店镇": ["兴隆村", "白山村", "先锋村", "六合村"], "老四平镇": ["金山村", "丰产村", "乔家店村", "义和村"],
    "大洼镇": ["双山村", "金山村", "长岭村", "萝卜沟村"], "鴜鷺树镇": ["兴隆村", "包家桥村", "柳条村", "云盘村"],
    "七家子镇": ["八里村", "卧龙村", "红旗村", "杏山村"], "朝阳镇": ["八里村", "西关村", "高台子村", "广文村"],
    "通江口镇": ["四方村", "孤榆树村", "歪脖树村", "宏胜村"], "四面城镇": ["丰林村", "仁里村", "支援村", "靠河村"],
    "十八家子镇": ["新华村", "水泉村", "西太村", "八岔村"], "后窑镇": ["双山村", "牌楼村", "船房村", "万家村"],
    "长发镇": ["三合村", "深井村", "王子村", "长发村"], "四合镇": ["三合村", "友谊村", "明水村", "华家村"],
    "太平镇": ["长胜村", "牛庄村", "永兴村", "丰胜村"], "大兴镇": ["卡楼村", "义合村", "刘杖子村", "王家村"],
}
COMMS = ["北街社区", "满井社区", "滨河社区"]


def issue_dates(year: int) -> list[tuple[dt.date, int, str]]:
    months = [3, 5, 6, 8, 10, 11]
    out = []
    for i, m in enumerate(months):
        d = dt.date(year, m, 3 + (year * 7 + i * 5) % 24)
        out.append((d, [1, 2, 2, 3, 2, 1][i], ["要闻", "乡村振兴", "综合", "镇村视窗", "乡村振兴", "要闻"][i]))
    return out


def build_issue(r: random.Random, year: int, idx: int, date: dt.date) -> list[Art]:
    towns = TOWNS_BY_YEAR[year]
    arts: list[Art] = []
    k = idx

    def tv(i: int) -> tuple[str, list[str]]:
        t = towns[(k + i) % len(towns)]
        vs = PREF[t][:]
        r.shuffle(vs)
        return t, vs

    plan = [
        lambda: a_harvest(r, *(lambda t, v: (t, v[0], v[1]))(*tv(0)), year),
        lambda: a_environment(r, *(lambda t, v: (t, v[0], v[1], v[2]))(*tv(1)), year),
        lambda: a_farmland(r, *(lambda t, v: (t, v[0], v[1]))(*tv(2)), year),
        lambda: a_coop(r, *(lambda t, v: (t, v[0]))(*tv(3)), year),
        lambda: a_visit(r, [(tv(4)[0], tv(4)[1][0]), (tv(5)[0], tv(5)[1][0])], year),
        lambda: a_secretary(r, *(lambda t, v: (t, v[0], v[1]))(*tv(6)), year),
        lambda: a_ecommerce(r, *(lambda t, v: (t, v[0]))(*tv(2)), year),
        lambda: a_straw(r, *(lambda t, v: (t, v[0], v[1]))(*tv(5)), year),
    ]
    picks = r.sample(range(len(plan)), 3 + (idx % 2))
    for p in picks:
        arts.append(plan[p]())
    if idx == 2:  # the flood page each summer
        vs = PREF["通江口镇"][:]
        r.shuffle(vs)
        arts.append(a_flood(r, vs[0], vs[1], year))
    if idx == 3 and year in (2022, 2024):
        arts.append(a_border(r, "通江口镇", "孤榆树村", year))
    if idx == 1 and year in (2021, 2023):
        arts.append(a_health(r, r.sample(COMMS, 2), year))
    if idx == 4:
        arts.append(notice(year, date))
    if idx in (0, 3, 5):
        pl = []
        for i in range(3):
            t, vs = tv(i + 2)
            pl.append((t, vs[-1]))
        arts.extend(brief_items(r, pl, year))
    return arts


ORG_AFTER = ("党支部", "农机专业合作社")


def recount(a: Art) -> None:
    """Count every printed occurrence of each place the article names (title, subtitle, body; the
    caption apart), and how many of them stand inside an organisation's name (X村党支部,
    X村农机专业合作社, 昌图县X村...合作社), where the guideline keeps the place inside the ORG span."""
    text = "\n".join([a.title or "", getattr(a, "subtitle", None) or ""] + a.body)
    cap = getattr(a, "caption", None) or ""
    names = sorted({p["name"] for p in a.places.values()}, key=len, reverse=True)
    for rec in a.places.values():
        nm = rec["name"]
        # a longer registered name that contains this one (兴隆 in 兴隆山村) is masked first
        t = text
        for other in names:
            if len(other) > len(nm) and nm in other:
                t = t.replace(other, "＃" * len(other))
        spans = [m.start() for m in re.finditer(re.escape(nm), t)]
        rec["n"] = len(spans)
        rec["n_in_org"] = sum(1 for i in spans if t[i + len(nm):].startswith(ORG_AFTER) or t[max(0, i - 3):i] == "昌图县")
        rec["n_caption"] = cap.count(nm)


# ---------------------------------------------------------------- printing like a PDF-to-text tool
PUNCT_NO_START = "，。、；：！？）”’》」"


def wrap(text: str, width: int) -> list[str]:
    lines, cur = [], ""
    for ch in text:
        cur += ch
        if len(cur) >= width:
            lines.append(cur)
            cur = ""
    if cur:
        lines.append(cur)
    return lines  # a PDF tool breaks at the column edge, even before punctuation


def byline(r: random.Random, style: int) -> tuple[str | None, str | None, str | None, list[str]]:
    """(line before body, lead prefix, line after body, names)."""
    rep = r.choice(REPORTERS)
    cor = r.choice(CORRESP)
    if style == 0:
        return f"本报记者　{rep}", None, None, [rep]
    if style == 1:
        return f"■记者 {rep} 通讯员 {cor}", None, None, [rep, cor]
    if style == 2:
        return None, f"本报讯（记者 {rep} 通讯员 {cor}）", None, [rep, cor]
    if style == 3:
        return None, None, f"（{cor}）", [cor]
    return f"文/图　本报记者　{rep}", None, None, [rep]


def render(r: random.Random, date: dt.date, page: int, section: str, arts: list[Art], width: int,
           head_after: bool) -> tuple[str, list[dict]]:
    lines = [f"{PAPER}　{date.year}年{date.month}月{date.day}日　星期{WEEK[date.weekday()]}",
             f"第{page}版　{section}", ""]
    truth = []
    brief_done = False
    for i, a in enumerate(arts):
        if getattr(a, "brief", False):
            if not brief_done:
                lines += ["简讯", ""]
                brief_done = True
            cor = r.choice(CORRESP)
            for ln in wrap("■" + a.body[0] + f"（{cor}）", width):
                lines.append(ln)
            lines.append("")
            recount(a)
            truth.append({"kind": "brief", "title": None, "byline": cor, "places": list(a.places.values()),
                          "officials": a.officials, "text": a.body[0]})
            continue
        if getattr(a, "notice", False):
            lines.append(a.title)
            for p in a.body:
                lines += wrap("　　" + p, width)
            lines += a.signature + [""]
            truth.append({"kind": "notice", "title": a.title, "byline": None, "places": [],
                          "officials": {}, "text": "\n".join(a.body)})
            continue
        before, lead, after, names = byline(r, (i + page + date.month) % 5)
        body = []
        for j, p in enumerate(a.body):
            if j == 0 and lead:
                p = lead + p
            body += wrap("　　" + p, width)
        if after:
            body[-1] += after
        head = [a.title] + ([a.subtitle] if getattr(a, "subtitle", None) else [])
        if before:
            head.append(before)
        cap = []
        if getattr(a, "caption", None):
            cap = wrap(a.caption + f"　本报记者　{names[0]}　摄", width)
        if head_after:
            lines += body + head + cap + [""]
        else:
            lines += head + body + cap + [""]
        printed_byline = before or (lead and lead[3:]) or after
        recount(a)
        truth.append({"kind": "article", "title": a.title, "subtitle": getattr(a, "subtitle", None),
                      "byline": printed_byline, "byline_names": names,
                      "places": list(a.places.values()), "officials": a.officials,
                      "text": "\n".join([a.title] + a.body)})
    return "\n".join(lines).rstrip() + "\n", truth


def main() -> None:
    r = random.Random(22)
    out = HERE / "pages"
    out.mkdir(exist_ok=True)
    for f in out.glob("*.txt"):
        f.unlink()
    truth = {"paper": PAPER, "county": "昌图县", "county_code": COUNTY, "province": "辽宁省",
             "conventions": "see README.md", "pages": []}
    n = 0
    for year in (2021, 2022, 2023, 2024):
        for idx, (date, page, section) in enumerate(issue_dates(year)):
            arts = build_issue(r, year, idx, date)
            width = [17, 19, 21, 16, 20, 18][(idx + year) % 6]
            head_after = (n % 4 == 3)
            text, atruth = render(r, date, page, section, arts, width, head_after)
            name = f"{date.isoformat()}_第{page}版.txt"
            (out / name).write_text(text, encoding="utf-8")
            truth["pages"].append({"file": f"pages/{name}", "date": date.isoformat(), "width": width,
                                   "head_after": head_after, "articles": atruth})
            n += 1
    (HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
