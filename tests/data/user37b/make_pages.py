"""Writes user37b's corpus: 220 articles of 龙游县融媒体中心's website / app (龙游新闻网, 2016–2025), one article per
file as her scraper saved them (``articles/``), the scraper's failures (``bad/``) and the truth (``truth.json``).

Seeded and re-runnable: ``python make_pages.py``.  Marks used while writing (stripped from the files):
``[[text|LABEL]]`` an entity (label under shared/gold/entities/GUIDE.md; places get their admin code),
``<<printed|name|layer>>`` a formula / slogan mention (layer ``known`` = national / provincial 提法,
``marked`` = a slogan the page marks by quotes: the county's and the city's own).  People, firms, meetings and
most projects are invented; townships, villages, communities, rivers (衢江, 灵山江) and sights (龙游石窟, 姜席堰) are real.
"""
from __future__ import annotations

import json
import os
import random
import re
import shutil

SEED = 37037
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
COUNTY, CODE = "龙游县", "330825"

TOWNSHIPS = {"龙洲街道": "330825001", "东华街道": "330825002", "湖镇镇": "330825101", "小南海镇": "330825102",
             "詹家镇": "330825106", "溪口镇": "330825109", "横山镇": "330825110", "塔石镇": "330825111",
             "罗家乡": "330825201", "庙下乡": "330825203", "石佛乡": "330825207", "社阳乡": "330825209",
             "大街乡": "330825211", "沐尘畲族乡": "330825212", "模环乡": "330825213"}
# (village, township, code) — real rows of admin_divisions_china; namesakes in two townships on purpose
VILLAGES = [("新光村", "湖镇镇", "330825101200"), ("新建村", "湖镇镇", "330825101204"), ("新建村", "东华街道", "330825002207"),
            ("星火村", "湖镇镇", "330825101271"), ("马报桥村", "湖镇镇", "330825101288"), ("团石村", "小南海镇", "330825102253"),
            ("红船头村", "小南海镇", "330825102255"), ("翠光岩村", "小南海镇", "330825102245"), ("詹家村", "詹家镇", "330825106201"),
            ("浦山村", "詹家镇", "330825106200"), ("芝江村", "詹家镇", "330825106226"), ("姜家村", "詹家镇", "330825106224"),
            ("姜家村", "罗家乡", "330825201212"), ("溪口村", "溪口镇", "330825109225"), ("灵上村", "溪口镇", "330825109212"),
            ("横山村", "横山镇", "330825110239"), ("天池村", "横山镇", "330825110250"), ("项家村", "横山镇", "330825110212"),
            ("项家村", "东华街道", "330825002224"), ("塔石村", "塔石镇", "330825111249"), ("泽随村", "塔石镇", "330825111235"),
            ("叶村村", "塔石镇", "330825111237"), ("舒村村", "塔石镇", "330825111214"), ("荷村村", "罗家乡", "330825201204"),
            ("庙下村", "庙下乡", "330825203217"), ("浙源里村", "庙下乡", "330825203212"), ("三门源村", "石佛乡", "330825207208"),
            ("石佛村", "石佛乡", "330825207200"), ("社阳村", "社阳乡", "330825209201"), ("大街村", "大街乡", "330825211200"),
            ("贺田村", "大街乡", "330825211207"), ("沐尘村", "沐尘畲族乡", "330825212223"), ("坑头村", "沐尘畲族乡", "330825212229"),
            ("坑头村", "詹家镇", "330825106233"), ("模环村", "模环乡", "330825213242"), ("五都桥村", "模环乡", "330825213201"),
            ("鸡鸣村", "东华街道", "330825002201"), ("十里铺村", "东华街道", "330825002226"), ("寺后村", "龙洲街道", "330825001225"),
            ("渡贤头村", "龙洲街道", "330825001219")]
COMMUNITIES = [("清廉社区", "龙洲街道", "330825001001"), ("红星社区", "龙洲街道", "330825001002"), ("阳光社区", "龙洲街道", "330825001004"),
               ("翠光社区", "龙洲街道", "330825001007"), ("灵江社区", "东华街道", "330825002002"), ("子鸣社区", "东华街道", "330825002004"),
               ("阳湖社区", "湖镇镇", "330825101003"), ("新溪社区", "溪口镇", "330825109003"), ("金星社区", "模环乡", "330825213001")]

OWN = ["龙游县融媒体中心"] * 8 + ["龙游新闻网"] * 2 + ["今日龙游"] + ["龙游发布"]
OWN_PRE2019 = ["龙游新闻网"] * 4 + ["今日龙游"] * 2 + ["龙游县广播电视台"]
REPOST = ["人民日报客户端", "浙江新闻客户端", "衢州日报", "学习强国", "新华社", "浙江日报", "衢州新闻网", "央视新闻客户端"]
REPORTERS = ["方晓雯", "吴一凡", "姜涛", "余佳敏", "傅斌"]
CORRESP = ["邱建", "张舒婷", "廖云", "徐志刚", "劳晓红"]
EDITORS = ["毛丽", "叶婧", "童彦"]
CHIEF_EDITORS = ["劳国平", "祝海峰"]
# officials by era: (post, name, first year, last year)
OFFICIALS = [("县委书记", "陈思远", 2016, 2020), ("县委书记", "邵晓峰", 2021, 2025), ("县长", "叶文涛", 2016, 2019),
             ("县长", "周立群", 2020, 2025), ("常务副县长", "胡振宇", 2016, 2022), ("副县长", "徐海燕", 2018, 2025),
             ("县委副书记", "蓝建军", 2019, 2025)]
TOWN_HEADS = [("湖镇镇党委书记", "汪志强", "湖镇镇"), ("溪口镇镇长", "郑丽萍", "溪口镇"), ("塔石镇党委书记", "刘卫东", "塔石镇"),
              ("沐尘畲族乡党委书记", "雷秀英", "沐尘畲族乡"), ("詹家镇党委书记", "杜国庆", "詹家镇")]
VIL_HEADS = ["余土根", "祝小龙", "王金土", "吴秀兰", "雷永福"]


def off(year: int, post: str) -> str:
    for p, n, a, b in OFFICIALS:
        if p == post and a <= year <= b:
            return n
    return ""


def E(t: str, lab: str) -> str:
    return f"[[{t}|{lab}]]"


def F(printed: str, name: str, layer: str = "known", ent: str = "") -> str:
    return f"<<{printed}|{name}|{layer}|{ent}>>"


def vil(pick=None):
    v, t, c = pick or R.choice(VILLAGES)
    return v, t


# sentence pools by topic; {T} township, {V} village (of {T}), {C} community, {P} official sentence, {Y} year
def pools(y: int) -> dict:
    P = {}
    P["rural"] = [
        "{T}{V}把发展村级集体经济作为头等大事，今年村集体经营性收入有望突破50万元。",
        "走进{T}{V}，一条条干净整洁的村道通向家家户户，房前屋后种满了花草。",
        "近年来，{V}依托良好的生态资源，发展民宿和农家乐，吸引了大批游客。",
        "{V}的“领头雁”、村党支部书记" + E(R.choice(VIL_HEADS), "PERSON") + "说：“村里的变化，老百姓看得见、摸得着。”",
        "在{T}，像{V}这样的“" + F("美丽乡村", "美丽乡村", "marked") + "”精品村已有6个。",
        "“以前村里污水横流，现在门口就是小花园。”{V}村民" + E(R.choice(["徐大妈", "老周", "周阿姨"]), "PERSON") + "笑着说。",
    ]
    P["industry"] = [
        E("龙游经济开发区", "FAC") + "内，" + E(R.choice(["浙江恒达纸业有限公司", "龙游金禾特种纸有限公司", "衢州华宇智能装备有限公司"]), "ORG") + "的新生产线正满负荷运转。",
        "今年以来，全县共引进亿元以上项目12个，其中" + E("高端特种纸产业园项目", "PROJECT") + "总投资达28亿元。",
        E("县经信局", "ORG") + "负责人介绍，全县规上工业增加值同比增长9.6%。",
        "企业负责人表示，将加大研发投入，推动产品向高端化迈进。",
    ]
    P["tour"] = [
        "国庆假期，" + E("龙游石窟", "FAC") + "共接待游客3.2万人次，同比增长18%。",
        E("六春湖", "LOC") + "景区的云海和杜鹃花吸引了众多摄影爱好者。",
        "沿着" + E("衢江", "LOC") + "一路向东，" + E("姜席堰", "FAC") + "的古老水利工程至今仍在灌溉农田。",
        "游客在" + E("龙游红木小镇", "FAC") + "体验非遗技艺，感受" + E("龙游", "GPE") + "商帮文化。",
        E("灵山江", "LOC") + "两岸的绿道成了市民休闲健身的好去处。",
    ]
    P["community"] = [
        "{C}组织志愿者为辖区老人开展义诊、理发等服务。",
        "在{C}的邻里中心，居民们正在排练节目，欢声笑语不断。",
        "{CP}书记介绍，社区推行" + F("网格化管理", "网格化管理") + "，把服务送到居民家门口。",
    ]
    P["gov"] = [
        "县委书记" + E(off(y, "县委书记"), "PERSON") + "强调，要坚持问题导向，狠抓工作落实。",
        "县长" + E(off(y, "县长"), "PERSON") + "指出，要紧盯目标任务，确保全年各项指标顺利完成。",
        "常务副县长" + E(off(y, "常务副县长") or "胡振宇", "PERSON") + "通报了全县经济运行情况。",
        "副县长" + E(off(y, "副县长") or "徐海燕", "PERSON") + "主持会议。",
    ]
    return P


# formula sentences by era: (first year, last year, sentence with marks)
FORMULA_S = [
    (2016, 2025, "要深入践行" + F("绿水青山就是金山银山", "绿水青山就是金山银山") + "理念，守护好" + E("龙游", "GPE") + "的好山好水。"),
    (2016, 2025, "全县上下要坚定不移沿着" + F("八八战略", "八八战略") + "指引的路子走下去。"),
    (2016, 2019, "要以" + F("五水共治", "五水共治") + "为突破口，倒逼产业转型升级。"),
    (2016, 2018, "持续推进" + F("三改一拆", "三改一拆") + "，累计拆除违法建筑12万平方米。"),
    (2017, 2020, "深化“" + F("最多跑一次", "最多跑一次") + "”改革，群众办事更加便捷。"),
    (2018, 2025, "以" + F("乡村振兴", "乡村振兴") + "为总抓手，推动农业农村" + F("高质量发展", "高质量发展") + "。"),
    (2019, 2020, "扎实开展“" + F("不忘初心、牢记使命", "不忘初心、牢记使命") + "”主题教育。"),
    (2020, 2022, "坚持“" + F("外防输入、内防反弹", "外防输入、内防反弹") + "”，毫不放松抓好" + F("常态化疫情防控", "常态化疫情防控") + "。"),
    (2021, 2025, "全面推进" + F("数字化改革", "数字化改革") + "，打造整体智治的现代政府。"),
    (2021, 2025, "奋力推进" + F("高质量发展建设共同富裕示范区", "高质量发展建设共同富裕示范区") + "。"),
    (2021, 2025, "在" + F("共同富裕", "共同富裕") + "的道路上，一个都不能少。"),
    (2023, 2025, "深入学习运用“" + F("千万工程", "千万工程", "known", "PROJECT") + "”经验，建设" + F("宜居宜业和美乡村", "宜居宜业和美乡村") + "。"),
    # the county's and city's own, marked by quotes
    (2016, 2020, "全力打响“" + F("工业强县、生态立县、开放兴县", "工业强县、生态立县、开放兴县", "marked") + "”三大战役。"),
    (2017, 2025, "加快建设“" + F("活力新衢州、美丽大花园", "活力新衢州、美丽大花园", "marked") + "”的" + E("龙游", "GPE") + "样板。"),
    (2021, 2025, "奋力打造“" + F("四省边际共同富裕先行县", "四省边际共同富裕先行县", "marked") + "”。"),
]
# traps: quoted brands and names that are not slogans
TRAPS = ["打开“" + E("龙游", "GPE") + "通”APP，就能在线预约办事。", "“" + E("龙游", "GPE") + "发糕”的香味飘满了整条街。",
         "“" + E("龙游", "GPE") + "飞鸡”养殖带动200多户农户增收。"]

TITLES = {
    "rural": ["{V}：小山村走出共富路", "{T}{V}打造" + F("美丽乡村", "美丽乡村", "marked") + "精品村", "{T}：村集体经济收入全面消薄", "{V}的民宿火了",
              "{T}持续推进" + F("农村人居环境整治", "农村人居环境整治")],
    "industry": ["全县工业经济稳中向好", E("龙游经济开发区", "FAC") + "新签约项目5个", "特种纸产业集群加速崛起", "我县召开工业发展大会"],
    "tour": ["国庆假期我县旅游市场火爆", E("六春湖", "LOC") + "迎来赏花季", E("龙游石窟", "FAC") + "入选省级研学基地", E("衢江绿道", "FAC") + "串起城乡美景"],
    "community": ["{C}：邻里中心里的幸福生活", "{C}开展志愿服务进家门", "网格员守护{C}平安"],
    "gov": [E("县委常委会", "ORG") + "召开会议", E("县政府", "ORG") + "召开第{N}次常务会议", "全县经济工作会议召开", "我县召开重点工作推进会"],
}


def fill_place(s: str, v, t, c) -> str:
    return (s.replace("{T}", E(t, "TOWNSHIP")).replace("{V}", E(v, "VILLAGE")).replace("{CP}", E(c + "党委", "ORG")).replace("{C}", E(c, "COMMUNITY")))


def build_body(y: int, topic: str):
    P = pools(y)
    v, t = vil()
    c = R.choice(COMMUNITIES)[0]
    sents = R.sample(P[topic], min(len(P[topic]), R.randint(2, 4)))
    if topic != "gov" and R.random() < 0.5:
        sents.append(R.choice(P["gov"]))
    fs = [s for a, b, s in FORMULA_S if a <= y <= b]
    sents += R.sample(fs, min(len(fs), R.randint(1, 3)))
    if R.random() < 0.12:
        sents.append(R.choice(TRAPS))
    R.shuffle(sents)
    sents = [fill_place(s, v, t, c) for s in sents]
    paras, cur = [], []
    for s in sents:
        cur.append(s)
        if len(cur) >= R.randint(1, 3):
            paras.append("".join(cur)); cur = []
    if cur:
        paras.append("".join(cur))
    title = R.choice(TITLES[topic]).replace("{N}", str(R.randint(10, 60)))
    title = fill_place(title, v, t, c)
    return title, paras, (v, t, c)


# hand-written articles: the persona's questions need them
HAND = [
    dict(date="2019-01-18 16:40", source="龙游县融媒体中心", author=[("记者", "方晓雯")], topic="gov", own=True,
         title=E("龙游县融媒体中心", "ORG") + "正式挂牌成立",
         paras=["1月18日上午，" + E("龙游县融媒体中心", "ORG") + "正式挂牌成立。县委书记" + E("陈思远", "PERSON") + "、县长" + E("叶文涛", "PERSON") + "共同为中心揭牌。",
                "据介绍，中心整合了原" + E("龙游县广播电视台", "ORG") + "、" + E("今日龙游报社", "ORG") + "和" + E("龙游新闻网", "ORG") + "等媒体资源，实现“" + F("一次采集、多种生成、多元传播", "一次采集、多种生成、多元传播", "marked") + "”。",
                E("陈思远", "PERSON") + "强调，要牢牢把握正确舆论导向，讲好龙游故事。"]),
    dict(date="2021-06-03 09:12", source="龙游县融媒体中心", author=[("记者", "吴一凡"), ("通讯员", "雷秀英")], topic="rural", own=True,
         title=E("沐尘畲族乡", "TOWNSHIP") + "：畲乡茶园采茶忙",
         paras=["初夏时节，" + E("沐尘畲族乡", "TOWNSHIP") + E("双溪村", "VILLAGE") + "的茶园里，茶农们正忙着采摘夏茶。",
                "点击查看大图",
                "图为" + E("沐尘", "TOWNSHIP") + "茶农在采茶。（记者 " + E("吴一凡", "PERSON") + " 摄）",
                E("乡党委", "ORG") + "书记" + E("雷秀英", "PERSON") + "介绍，全乡茶园面积达1.2万亩，" + E("坑头村", "VILLAGE") + "、" + E("沐尘村", "VILLAGE") + "等村都成立了茶叶专业合作社。",
                "下一步，" + E("沐尘畲族乡", "TOWNSHIP") + "将以" + F("共同富裕", "共同富裕") + "为目标，打响畲乡茶品牌。"],
         places={"双溪村": "330825212224", "坑头村": "330825212229", "沐尘村": "330825212223"}),
    dict(date="2020-02-06 20:15", source="龙游县融媒体中心", author=[("记者", "姜涛")], topic="gov", own=True,
         title="我县全力以赴打好" + F("疫情防控阻击战", "疫情防控阻击战"),
         paras=["2月6日，" + E("龙游县新冠肺炎疫情防控工作领导小组", "ORG") + "召开会议。县委书记" + E("陈思远", "PERSON") + "主持会议并讲话。",
                "会议要求，坚持“" + F("外防输入、内防反弹", "外防输入、内防反弹") + "”，严格落实各项防控措施。",
                E("红星社区", "COMMUNITY") + "、" + E("清廉社区", "COMMUNITY") + "等城区社区实行封闭式管理。",
                "县长" + E("周立群", "PERSON") + "要求，在抓好" + F("疫情防控", "疫情防控") + "的同时，有序推动企业" + F("复工复产", "复工复产") + "。"]),
    dict(date="2023-04-12 10:05", source="人民日报客户端", author=[("记者", "李明远")], topic="rural", own=False, orig_title=True,
         title=E("浙江", "GPE") + E("龙游", "GPE") + "：“" + F("千万工程", "千万工程", "known", "PROJECT") + "”绘就和美乡村新画卷",
         paras=["原标题：" + F("千万工程", "千万工程", "known", "PROJECT") + "二十年 " + E("浙江", "GPE") + "乡村换新颜",
                "二十年前，" + E("浙江", "GPE") + "启动“" + F("千万工程", "千万工程", "known", "PROJECT") + "”。如今，在" + E("龙游县", "GPE") + E("溪口镇", "TOWNSHIP") + "，老街焕发新生。",
                E("溪口镇", "TOWNSHIP") + E("灵上村", "VILLAGE") + "的年轻人回乡创业，开起了咖啡馆和文创店。",
                "（来源：" + E("人民日报客户端", "ORG") + "）"]),
    dict(date="2017-09-20 11:30", source="今日龙游", author=[("记者", "余佳敏"), ("通讯员", "劳晓红")], topic="tour", own=True,
         title=E("石佛乡", "TOWNSHIP") + E("三门源村", "VILLAGE") + "：古村落里的乡愁",
         paras=[E("石佛乡", "TOWNSHIP") + E("三门源村", "VILLAGE") + "是省级历史文化名村，村内保存着大量明清古建筑。",
                "近年来，" + E("三门源", "VILLAGE") + "深入践行“" + F("绿水青山就是金山银山", "绿水青山就是金山银山") + "”理念，修缮古宅，发展乡村旅游。",
                "村党支部书记" + E("余土根", "PERSON") + "说，去年村里接待游客超过5万人次。"]),
    dict(date="2024-03-08 15:22", source="龙游县融媒体中心", author=[("记者", "傅斌")], topic="community", own=True,
         title=E("叶村村", "VILLAGE") + "：巾帼志愿者的“三八”节",
         paras=["3月8日，" + E("塔石镇", "TOWNSHIP") + E("叶村村", "VILLAGE") + "的巾帼志愿者们走进" + E("舒村村", "VILLAGE") + "，为留守老人送去节日慰问。",
                E("塔石镇党委", "ORG") + "书记" + E("刘卫东", "PERSON") + "参加活动。",
                "“姐妹们每月都来，老人们都盼着。”志愿者" + E("叶晓红", "PERSON") + "说。"]),
    dict(date="2022-11-15 08:45", source="衢州日报", author=[("记者", "郑一鸣"), ("通讯员", "徐志刚")], topic="industry", own=False,
         title=E("龙游", "GPE") + "：特种纸产业“链”出新未来",
         paras=["在" + E("龙游经济开发区", "FAC") + "，一张张特种纸从生产线上源源不断地产出。",
                "近年来，" + E("龙游县", "GPE") + "聚焦“" + F("四省边际共同富裕先行县", "四省边际共同富裕先行县", "marked") + "”建设，把特种纸产业作为主导产业来培育。",
                "县委书记" + E("邵晓峰", "PERSON") + "表示，要以" + F("数字化改革", "数字化改革") + "为牵引，推动产业链整体跃升。"]),
    dict(date="2025-05-20 17:03", source="龙游县融媒体中心", author=[("实习生", "郑可欣"), ("记者", "方晓雯")], topic="community", own=True,
         title=E("灵江社区", "COMMUNITY") + "：“" + F("一老一小", "一老一小", "marked") + "”有人管",
         paras=[E("东华街道", "TOWNSHIP") + E("灵江社区", "COMMUNITY") + "建起了“" + F("一老一小", "一老一小", "marked") + "”服务中心，解决双职工家庭的后顾之忧。",
                "社区党委书记" + E("童丽君", "PERSON") + "介绍，中心每天接待老人和孩子100余人次。",
                "这是" + E("龙游县", "GPE") + "推进" + F("共同富裕", "共同富裕") + "基本单元建设的一个缩影。"]),
]


def strip(s: str) -> str:
    s = re.sub(r"\[\[([^|\]]+)\|[A-Z]+\]\]", r"\1", s)
    return re.sub(r"<<([^|>]+)\|[^|>]+\|[a-z]+\|[A-Z]*>>", r"\1", s)


def marks(paras: list[str], title: str):
    ents, forms = [], []
    for s in [title] + paras:
        for m in re.finditer(r"\[\[([^|\]]+)\|([A-Z]+)\]\]", s):
            ents.append((m.group(1), m.group(2)))
        plain = strip(s)
        for sent in re.findall(r"[^。！？]+[。！？]?", plain) or [plain]:
            pass
        for m in re.finditer(r"<<([^|>]+)\|([^|>]+)\|([a-z]+)\|([A-Z]*)>>", s):
            if m.group(4):
                ents.append((m.group(1), m.group(4)))
            # the sentence holding it
            pos = len(strip(s[:m.start()]))
            sents = [(x.start(), x.end(), x.group()) for x in re.finditer(r"[^。！？]+[。！？]?", plain)]
            sent = next((t for a, b, t in sents if a <= pos < b), plain)
            forms.append(dict(printed=m.group(1), name=m.group(2), layer=m.group(3), sentence=sent))
            if "衢州" in m.group(1):   # GUIDE: a name inside a slogan still counts (truth fix after the first run)
                ents.append(("衢州", "GPE"))
    return ents, forms


FURNITURE = ["分享到：微信 微博 QQ空间", "扫一扫在手机打开当前页", "【打印】【关闭】"]


def write_article(i: int, y: int, dt: str, source: str, own: bool, authors, title: str, paras: list[str], topic: str,
                  places_extra=None, style: str = "new", hand: bool = False, prev_next=("", "")):
    aid = 100000 + i * 37 + R.randint(0, 30)
    fname = f"lyxw_{aid}.txt"
    ed, ced = R.choice(EDITORS), R.choice(CHIEF_EDITORS)
    auth = " ".join(f"{r} {n}" for r, n in authors)
    lines = [strip(title)]
    if style == "old":   # the pre-2019 site: one meta line
        lines.append(f"时间：{dt}:{R.randint(10, 59)}　来源：{source}　作者：{auth}　点击数：{R.randint(80, 3000)}")
    else:
        lines += [f"来源：{source}", f"作者：{auth}", f"发布时间：{dt}", f"编辑：{ed}", f"责任编辑：{ced}"]
        if R.random() < 0.4:
            lines.append(f"阅读：{R.randint(200, 20000)}")
    lines.append("")
    body = []
    for k, p in enumerate(paras):
        body.append(strip(p))
        if k == 0 and R.random() < 0.3 and not hand:
            body.append("点击查看大图")
            body.append(f"微信图片_{dt[:10].replace('-', '')}{R.randint(100000, 999999)}.jpg")
    lines += body
    lines.append("")
    lines += FURNITURE
    lines += [f"上一篇：{prev_next[0]}", f"下一篇：{prev_next[1]}"]
    with open(os.path.join(HERE, "articles", fname), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    ents, forms = marks(paras, title)
    cnt = {}
    for t, lab in ents:
        cnt[(t, lab)] = cnt.get((t, lab), 0) + 1
    # authors are PERSON (GUIDE: bylines count) but sit on the meta line: listed apart
    places = []
    for (t, lab), n in cnt.items():
        if lab in ("TOWNSHIP", "VILLAGE", "COMMUNITY"):
            code = None
            if lab == "TOWNSHIP":
                code = TOWNSHIPS.get(t) or ("330825212" if t == "沐尘" else None)
            elif places_extra and t in places_extra:
                code = places_extra[t]
            else:
                rows = VILLAGES if lab == "VILLAGE" else COMMUNITIES
                cand = [c for v, tw, c in rows if v == t or v == t + "村"]
                towns = {x for x, l in cnt if l == "TOWNSHIP"}
                pick = [c for v, tw, c in rows if (v == t or v == t + "村") and tw in towns]
                code = (pick or cand or [None])[0]
            places.append(dict(text=t, label=lab, count=n, code=code))
    return dict(file=fname, article_id=aid, title=strip(title), date=dt[:10], datetime=dt, year=y,
                quarter=f"{y}Q{(int(dt[5:7]) - 1) // 3 + 1}", source=source, own=own,
                authors=[dict(role=r, name=n) for r, n in authors], editor=ed, chief_editor=ced, topic=topic,
                meta_style=style, hand=hand,
                entities=[dict(text=t, label=l, count=n) for (t, l), n in cnt.items()], places=places, formulae=forms)


def main() -> None:
    shutil.rmtree(os.path.join(HERE, "articles"), ignore_errors=True)
    os.makedirs(os.path.join(HERE, "articles"))
    arts = []
    n_per_year = {2016: 20, 2017: 21, 2018: 22, 2019: 23, 2020: 25, 2021: 24, 2022: 24, 2023: 24, 2024: 22, 2025: 15}
    hand_years = {int(h["date"][:4]): [] for h in HAND}
    for h in HAND:
        hand_years[int(h["date"][:4])].append(h)
    i = 0
    titles_so_far: list[str] = []
    for y, n in n_per_year.items():
        hs = hand_years.get(y, [])
        repost_share = {2016: .15, 2017: .15, 2018: .2, 2019: .25, 2020: .35, 2021: .4, 2022: .4, 2023: .45, 2024: .45, 2025: .5}[y]
        for j in range(n - len(hs)):
            mo, d = R.randint(1, 12), R.randint(1, 28)
            dt = f"{y}-{mo:02d}-{d:02d} {R.randint(7, 22):02d}:{R.randint(0, 59):02d}"
            own = R.random() >= repost_share
            topic = R.choice(["rural", "rural", "industry", "tour", "community", "gov"])
            title, paras, _ = build_body(y, topic)
            if own:
                src = R.choice(OWN_PRE2019 if dt < "2019-01-18" else OWN)
                authors = [("记者", R.choice(REPORTERS))] + ([("通讯员", R.choice(CORRESP))] if R.random() < 0.5 else [])
            else:
                src = R.choice(REPOST)
                authors = [("记者", R.choice(["王海涛", "陈静怡", "刘思宇", "钱晓峰"]))] if R.random() < 0.7 else []
                if src in ("人民日报客户端", "新华社", "央视新闻客户端", "浙江日报", "浙江新闻客户端"):
                    title = E("浙江", "GPE") + E("龙游", "GPE") + "：" + title.split("：")[-1]
            style = "old" if dt < "2019-01-18" else "new"
            if own and R.random() < 0.4:   # the site's dateline with the byline inside the lead
                who = " ".join(f"{r} " + E(n, "PERSON") for r, n in authors)
                paras[0] = E("龙游新闻网", "ORG") + f"讯（{who}）{int(dt[5:7])}月{int(dt[8:10])}日，" + paras[0]
            pn = (R.choice(titles_so_far) if titles_so_far else "没有了", "没有了")
            a = write_article(i, y, dt, src, own, authors, title, paras, topic, style=style, prev_next=pn)
            arts.append(a); titles_so_far.append(a["title"]); i += 1
        for h in hs:
            style = "old" if h["date"] < "2019-01-18" else "new"
            a = write_article(i, y, h["date"], h["source"], h["own"], h["author"], h["title"], h["paras"], h["topic"],
                              places_extra=h.get("places"), style=style, hand=True,
                              prev_next=(R.choice(titles_so_far), "没有了"))
            arts.append(a); titles_so_far.append(a["title"]); i += 1
    assert len(arts) == 220, len(arts)
    fq: dict = {}
    for a in arts:
        for f in a["formulae"]:
            k = f"{f['name']}§{a['quarter']}"
            fq[k] = fq.get(k, 0) + 1
    # the scraper's failures: the kinds her archive has
    bad = os.path.join(HERE, "bad")
    shutil.rmtree(bad, ignore_errors=True); os.makedirs(bad)
    open(os.path.join(bad, "lyxw_900001.txt"), "w").close()                                   # empty
    open(os.path.join(bad, "lyxw_900002.txt"), "w", encoding="utf-8").write(
        "<!DOCTYPE html><html><head><title>404</title></head><body>您访问的页面不存在或已被删除</body></html>\n")
    src = open(os.path.join(HERE, "articles", arts[5]["file"]), encoding="utf-8").read()
    open(os.path.join(bad, "lyxw_900003.txt"), "w", encoding="gbk").write(src)                 # GBK export
    open(os.path.join(bad, "lyxw_900004.txt"), "w", encoding="utf-8").write(src)               # scraped twice
    open(os.path.join(bad, "lyxw_900005.txt"), "w", encoding="utf-8").write(                   # no 发布时间 line
        "县领导督查防汛工作\n来源：龙游县融媒体中心\n作者：记者 姜涛\n\n6月20日，县领导带队督查衢江沿线防汛工作。\n【打印】【关闭】\n")
    T = dict(county=COUNTY, county_code=CODE, site="龙游新闻网 / 龙游县融媒体中心", own_sources=sorted(set(OWN + OWN_PRE2019)),
             repost_sources=REPOST, officials=[dict(post=p, name=n, first=a, last=b) for p, n, a, b in OFFICIALS],
             town_heads=[dict(post=p, name=n, township=t) for p, n, t in TOWN_HEADS],
             reporters=REPORTERS, correspondents=CORRESP, editors=EDITORS + CHIEF_EDITORS,
             formula_counts_quarter=fq, articles=arts,
             bad=dict(empty="lyxw_900001.txt", html404="lyxw_900002.txt", gbk="lyxw_900003.txt",
                      duplicate_of=[arts[5]["file"], "lyxw_900004.txt"], undated="lyxw_900005.txt"))
    json.dump(T, open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(arts), "articles;", sum(a["own"] for a in arts), "own;", sum(len(a["formulae"]) for a in arts), "formula mentions")


if __name__ == "__main__":
    main()
