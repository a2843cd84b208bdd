"""Compose invented pages of 今日浦江 (浦江县, 浙江), 2003-2024, as a PDF-to-text tool prints them
(masthead + date line, titles, bylines, bodies wrapped at a fixed width), and write the truth
(townships and villages named, with counts, former names flagged) BEFORE running the library.
Deterministic: random.Random(25)."""
import json, random, pathlib, textwrap

HERE = pathlib.Path(__file__).parent
R = random.Random(25)

# today's gazetteer (330726): township -> villages used here
TODAY = {
    "黄宅镇": ["新华村", "上市村", "古塘村", "前一村", "渠北村", "鹤塘村"],
    "白马镇": ["嵩溪村", "夏张村", "柳宅村", "联江村", "高坪村"],
    "郑家坞镇": ["吴大路村", "沈里村", "云溪村"],
    "郑宅镇": ["三郑村", "东明村", "孝门村", "玄鹿村", "芦溪村"],
    "岩头镇": ["岩头陈村", "礼张村", "朝阳村", "夏泉村"],
    "檀溪镇": ["平湖村", "洪山村", "九母岛村", "会龙桥村"],
    "杭坪镇": ["杭坪村", "乌浆村", "寺坪村", "壶源村", "曹源村"],
    "大畈乡": ["上河村", "建明村", "大姑源村"],
    "中余乡": ["中余村", "冷坞村", "雅湖畈村"],
    "前吴乡": ["前吴村", "罗源村", "寿溪村", "灵溪村"],
    "花桥乡": ["里黄宅村", "前坞村", "花桥村"],
    "虞宅乡": ["新光村", "马岭村", "智丰村", "前明村"],
    "仙华街道": ["登高村", "后郎村", "十里亭村"],
    "浦南街道": ["石埠头村", "巧溪村", "潘宅村"],
    "浦阳街道": ["杨田村", "同乐村", "善庆村"],
}
# former township names (plausible, my assumption of the 撤乡并镇 history; not checked against a gazetteer):
# name -> (today's township it was merged into, last year it appears on my pages)
FORMER_TOWN = {"治平乡": ("杭坪镇", 2004), "前陈乡": ("黄宅镇", 2004),
               "薛下庄乡": ("檀溪镇", 2005), "浦阳镇": ("浦阳街道", 2008)}
# villages of former townships (they exist today under the merged township)
FORMER_TOWN_VILLAGES = {"治平乡": ["乌浆村", "寺坪村"], "前陈乡": ["古塘村", "渠北村"],
                        "薛下庄乡": ["平湖村", "洪山村"], "浦阳镇": ["杨田村", "同乐村", "善庆村"]}
# former village names (merged and renamed; plausible inventions): name -> (today's village, township, last year)
FORMER_VILLAGE = {"郑宅一村": ("三郑村", "郑宅镇", 2007), "岩头村": ("岩头陈村", "岩头镇", 2008),
                  "上河塘村": ("上河村", "大畈乡", 2006), "马岭脚村": ("马岭村", "虞宅乡", 2007)}

SURN = "张楼黄郑方吴陈周何金朱蒋"
GIVEN = ["建华", "晓峰", "立新", "美娟", "国良", "雪琴", "志明", "海燕", "卫东", "丽萍", "春松", "少军", "振宇", "慧芳", "林涛"]
FIRMS = ["浦江晶华水晶有限公司", "浦江恒达挂锁厂", "浦江金泰绗缝有限公司", "浦江县天一葡萄专业合作社", "浦江绿源茶叶有限公司",
         "浦江县仙华旅游开发有限公司", "浦江县宏远水处理有限公司", "浦江县乡创农旅发展有限公司"]

def person():
    return R.choice(SURN) + R.choice(GIVEN)

# article templates: (first_year, last_year, kind, title, paragraphs). {T} township, {V} village of {T},
# {T2}/{V2} a second pair, {P} person, {F} firm, {N} a number.
TPL = [
 (2003, 2012, "千万", "{T}{V}村庄整治通过验收",
  ["本报讯 日前，{T}{V}“千村示范、万村整治”村庄整治项目通过县级验收。该村投入资金{N}万元，完成道路硬化、"
   "垃圾集中收集和污水处理，村容村貌焕然一新。", "村党支部书记{P}说，整治以后村里的环境好了，外出的年轻人也愿意回来了。"]),
 (2003, 2008, "并镇", "{T}撤并工作平稳推进",
  ["本报讯 根据县委、县政府撤乡并镇的部署，{OLD}并入{T}。{T}抽调机关干部{N}人，逐村召开党员大会和村民代表会议，"
   "做好干部安置、档案移交和财务审计工作。", "{T}党委书记{P}表示，撤并以后将统筹规划集镇建设，"
   "把{V}等村的发展纳入全镇盘子。"]),
 (2003, 2010, "产业", "{F}落户{T}",
  ["本报讯 {F}年产{N}万件水晶饰品的新厂房近日在{T}{V}附近开工。企业负责人{P}介绍，项目建成后可吸纳当地劳动力"
   "三百余人。", "近年来，{T}依托水晶、挂锁等块状经济，引导企业向工业功能区集中，腾出村庄空间开展环境整治。"]),
 (2003, 2009, "下山", "{V}村民搬下山",
  ["本报讯 随着最后一户村民搬进新居，{T}{V}下山脱贫工程全面完成。{N}户群众告别了交通不便的高山，"
   "住进了统一规划的新村。", "县扶贫办负责人{P}说，下山移民是千村示范万村整治的重要内容，今年全县还将启动"
   "{T2}{V2}等村的搬迁。"]),
 (2008, 2016, "美丽", "{T}打造美丽乡村精品线",
  ["本报讯 {T}以{V}、{V2}为节点，串联沿线{N}个村，打造一条美丽乡村精品线。线上新建绿道、游客中心和停车场，"
   "村民开办农家乐二十余家。", "镇长{P}介绍，精品线建设坚持“一村一品、一村一景”，把美丽乡村建设成果转化为"
   "美丽经济。"]),
 (2010, 2024, "美丽", "美丽乡村建设观摩会在{T}召开",
  ["本报讯 日前，全县美丽乡村建设现场观摩会在{T}召开。与会人员先后察看了{T}{V}和{T2}{V2}的村庄整治、"
   "庭院美化和文化礼堂建设。", "县委副书记{P}指出，要深化千村示范万村整治，以美丽乡村建设为抓手，"
   "推动农村人居环境持续改善。"]),
 (2013, 2018, "治水", "{T}全力推进五水共治",
  ["本报讯 {T}对辖区内{N}条溪流开展清淤整治，关停水晶加工污染户一百余家。{V}村民{P}说，"
   "门前的小溪又能看到鱼了。", "今年以来，{T}还投入资金建设农村生活污水治理设施，覆盖{V2}等{N}个村。"]),
 (2013, 2019, "三改", "{V}完成三改一拆任务",
  ["本报讯 {T}{V}拆除违章建筑{N}处，面积一万余平方米，腾出的土地用于建设村民休闲广场和停车场。",
   "驻村干部{P}介绍，拆后土地利用坚持村民说了算，{V}的做法已在全镇推广。"]),
 (2016, 2024, "振兴", "{T}{V}：老村焕发新活力",
  ["本报讯 走进{T}{V}，古色古香的民居、干净整洁的巷道让人眼前一亮。近年来，该村引进{F}，"
   "盘活闲置农房{N}幢，发展民宿和研学旅游。", "村党总支书记{P}说，去年村集体经济收入突破一百万元，"
   "村民在家门口就能增收。"]),
 (2018, 2024, "千万", "千万工程十五年 {T}交出新答卷",
  ["本报讯 千万工程实施以来，{T}持续推进农村人居环境整治，{V}、{V2}先后被评为省级美丽乡村特色精品村。",
   "{T}党委书记{P}表示，将坚持一张蓝图绘到底，深入践行千万工程经验，推动乡村全面振兴。"]),
 (2021, 2024, "共富", "{T}探索共同富裕新路径",
  ["本报讯 {T}成立强村公司，由{V}、{V2}等{N}个村抱团入股，发展来料加工和农文旅项目，"
   "带动低收入农户增收。", "{T}负责人{P}介绍，去年全镇村级集体经济经营性收入均超过五十万元，"
   "共同富裕基本单元建设取得新进展。"]),
 (2021, 2024, "共富", "{V}共富工坊开工",
  ["本报讯 近日，{T}{V}共富工坊正式开工，{F}把绗缝、串珠等来料加工订单送到村里。{N}名留守妇女经过培训后上岗。",
   "村民{P}说，在家门口就能挣钱，照顾老人孩子两不误。"]),
 (2003, 2024, "党建", "{T}开展村干部培训",
  ["本报讯 {T}近日举办村干部培训班，全镇{N}名村党组织书记和村委会主任参加。培训围绕基层治理、"
   "村务公开和矛盾纠纷调处展开。", "{V}党支部书记{P}在会上交流了村务监督委员会的工作经验。"]),
 (2003, 2024, "农业", "{V}葡萄喜获丰收",
  ["本报讯 眼下正是葡萄成熟的季节，{T}{V}的葡萄园里一派繁忙景象。种植户{P}告诉记者，今年他家的{N}亩葡萄"
   "长势喜人，预计收入二十余万元。", "据了解，{T}葡萄种植面积已达三千余亩，{F}为农户提供技术指导和销售服务。"]),
]

BRIEF_TPL = [("简讯", ["■ {T}{V}文化礼堂日前落成。", "■ {T2}组织志愿者开展清洁家园活动。", "■ 县农办召开村庄规划编制工作会议。"])]

WEEK = "一二三四五六日"

def fill(s, ctx):
    for k, v in ctx.items():
        s = s.replace("{" + k + "}", v)
    return s

def wrap(par, width):
    return textwrap.wrap(par, width) if par else [""]

def pick_pair(year, avoid=()):
    # on old pages, a former township (with its villages) or a former village name may appear
    towns = [t for t in TODAY if t not in avoid]
    if year <= 2008:
        towns = [t for t in towns if t not in ("浦阳街道", "仙华街道", "浦南街道")]  # 街道 date from 2009 (assumption)
        formers = [t for t, (_, last) in FORMER_TOWN.items() if year <= last and t not in avoid]
        if formers and R.random() < 0.35:
            t = R.choice(formers)
            return t, R.choice(FORMER_TOWN_VILLAGES[t])
    t = R.choice(towns)
    v = R.choice(TODAY[t])
    if year <= 2008:
        olds = [fv for fv, (nv, ft, last) in FORMER_VILLAGE.items() if ft == t and year <= last]
        if olds and R.random() < 0.6:
            v = olds[0]
    # after the merger the former township's villages belong to the merged one
    return t, v

def make_page(date, n_articles, page_no=1, date_line=True):
    import datetime as dt
    y = date.year
    lines = []
    logical = []  # titles and unwrapped paragraphs: a name broken by a line wrap is still printed once
    if date_line:
        lines.append(f"今日浦江                          {y}年{date.month}月{date.day}日 星期{WEEK[date.weekday()]}  第{page_no:02d}版")
        lines.append("")
    pool = [t for t in TPL if t[0] <= y <= t[1]]
    R.shuffle(pool)
    chosen = pool[:n_articles]
    width = R.choice([30, 34, 38])
    for (_, _, kind, title, pars) in chosen:
        t, v = pick_pair(y)
        t2, v2 = pick_pair(y, avoid=(t,))
        ctx = {"T": t, "V": v, "T2": t2, "V2": v2, "P": person(), "F": R.choice(FIRMS), "N": str(R.randint(3, 60))}
        if "{OLD}" in "".join(pars):
            # a merger article: a former township merged into its successor
            olds = [o for o, (new, last) in FORMER_TOWN.items() if y <= last + 1]
            if olds:
                o = R.choice(olds)
                ctx["OLD"] = o
                ctx["T"] = FORMER_TOWN[o][0]
                ctx["V"] = R.choice(FORMER_TOWN_VILLAGES[o])
            else:
                ctx["OLD"] = "原" + t2
        lines.append(fill(title, ctx))
        logical.append(fill(title, ctx))
        if R.random() < 0.5:
            lines.append(R.choice(["本报记者 ", "通讯员 ", "记者 "]) + ctx["P"][:1] + R.choice(GIVEN))
        for p in pars:
            logical.append(fill(p, ctx))
            for i, ln in enumerate(wrap(fill(p, ctx), width)):
                lines.append(("  " if i == 0 else "") + ln)
        lines.append("")
    return "\n".join(lines) + "\n", len(chosen), "\n".join(logical)

def count_truth(text):
    towns, vills = {}, {}
    names_t = list(TODAY) + list(FORMER_TOWN)
    names_v = sorted({v for vs in TODAY.values() for v in vs} | set(FORMER_VILLAGE), key=len, reverse=True)
    for n in names_t:
        c = text.count(n)
        if c:
            towns[n] = c
    for n in names_v:
        c = text.count(n)
        if c:
            vills[n] = c
    return towns, vills

def main():
    import datetime as dt
    pages = HERE / "pages"
    pages.mkdir(exist_ok=True)
    truth = {}
    manifest = ["file,paper,date"]
    for y in range(2003, 2025):
        for k in range(1 if y % 3 else 2):
            d = dt.date(y, R.randint(1, 12), R.randint(1, 28))
            if k == 1:
                d = dt.date(y, min(12, d.month + 5) if d.month < 7 else d.month - 5, d.day)
            n = R.randint(4, 7)
            text, n_art, logical = make_page(d, n)
            name = f"pj_{d.isoformat()}.txt"
            (pages / name).write_text(text, encoding="utf-8")
            towns, vills = count_truth(logical)
            truth[name] = {
                "date": d.isoformat(), "articles": n_art, "paper": "今日浦江", "county": "浦江县", "county_code": "330726",
                "townships": towns, "villages": vills,
                "former_townships": {t: FORMER_TOWN[t][0] for t in towns if t in FORMER_TOWN},
                "former_villages": {v: list(FORMER_VILLAGE[v][:2]) for v in vills if v in FORMER_VILLAGE},
                "terms": {k: logical.count(k) for k in ("千万工程", "美丽乡村", "共同富裕", "千村示范")},
            }
            manifest.append(f"{name},今日浦江,{d.isoformat()}")
    (HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    (pages / "manifest.csv").write_text("\n".join(manifest) + "\n", encoding="utf-8")

if __name__ == "__main__":
    main()
