"""Make the user26 pages: 射阳日报 (射阳县, 江苏, 320924), 1998-2024, as pdftotext would print them.

Deterministic (random.Random(26)). Markup in the templates:
  [[F:group|printed]]  a national/provincial formula (truth 'formulae', counted quoted or not)
  [[S:text|printed]]   a county slogan (truth 'county_slogans'; text = shortest quoted form)
  [[N:text|printed]]   a quoted phrase that is NOT a slogan (truth 'non_slogans')
The truth is written from the markup (what I printed), not from any library output.
"""
import json, random, pathlib, re

R = random.Random(26)
HERE = pathlib.Path(__file__).parent
OUT = HERE / "pages"

TOWNS = {  # real townships of 射阳县 with real villages (admin_divisions_china)
    "合德镇": ["张林村", "运棉村", "耦耕堂村", "开洋村", "友爱村", "凤凰村"],
    "临海镇": ["兴盛村", "华兴村"],
    "千秋镇": ["一心村", "滨东村", "沙港村", "联合村", "渠东村"],
    "四明镇": ["青龙村", "维新村", "文明村", "塘合村"],
    "海河镇": ["巨星村", "陈墩村", "高华村", "复兴村", "彭庄村", "条海村"],
    "洋马镇": [], "盘湾镇": [], "特庸镇": [], "黄沙港镇": [], "海通镇": [], "兴桥镇": [], "长荡镇": [], "新坍镇": [],
}
PEOPLE = ["王建国", "陈立华", "徐春林", "顾海燕", "周德明", "孙玉芬", "朱宏亮", "吴晓东", "杨桂兰", "沈志刚", "蔡文清", "卞国庆"]
FIRMS = ["射阳县鹤鸣纺织有限公司", "江苏海晟机械有限公司", "射阳县丰禾米业有限公司", "盐城滨海菊业有限公司"]
REPORTERS = ["本报记者 ", "本报通讯员 ", "记者 "]

def vill():
    t = R.choice([t for t, v in TOWNS.items() if v]); return t, R.choice(TOWNS[t])

def town():
    return R.choice(list(TOWNS))

# formula sentences by group: list of templates (may hold {t} township, {v} village, {p} person)
FS = {
 "三个代表": ["全县上下深入学习贯彻[[F:三个代表|“三个代表”]]重要思想，推动各项工作再上新台阶。",
             "{t}党委把践行[[F:三个代表|三个代表]]重要思想落实到为群众办实事上。",
             "党员干部要做[[F:三个代表|“三个代表”]]的忠实实践者。"],
 "科学发展观": ["坚持以[[F:科学发展观|科学发展观]]统领经济社会发展全局。",
              "{t}在深入学习实践[[F:科学发展观|科学发展观]]活动中，梳理出群众关心的问题18个。",
              "用[[F:科学发展观|“科学发展观”]]指导农业结构调整。"],
 "和谐社会": ["为构建社会主义[[F:和谐社会|和谐社会]]作出新贡献。",
             "{t}以创建平安村组为抓手，积极构建[[F:和谐社会|和谐社会]]。",
             "建设[[F:和谐社会|“和谐社会”]]，需要每个家庭的参与。"],
 "八荣八耻": ["全县机关开展以[[F:八荣八耻|“八荣八耻”]]为主要内容的社会主义荣辱观教育。",
             "{v}把[[F:八荣八耻|八荣八耻]]写进了村规民约。"],
 "中国梦": ["为实现中华民族伟大复兴的[[F:中国梦|中国梦]]贡献射阳力量。",
           "“我的[[F:中国梦|中国梦]]”主题演讲比赛在县文化馆举行。",
           "{p}说，让乡亲们过上好日子，就是自己的[[F:中国梦|“中国梦”]]。"],
 "四个全面": ["协调推进[[F:四个全面|“四个全面”]]战略布局。",
             "以[[F:四个全面|四个全面]]战略布局引领各项工作。"],
 "两学一做": ["全县党员扎实开展[[F:两学一做|“两学一做”]]学习教育。",
             "{t}把[[F:两学一做|两学一做]]学习教育与脱贫工作结合起来。",
             "推进[[F:两学一做|“两学一做”]]学习教育常态化制度化。"],
 "不忘初心、牢记使命": ["全县扎实开展[[F:不忘初心、牢记使命|“不忘初心、牢记使命”]]主题教育。",
              "{t}党员干部在主题教育中牢记[[F:不忘初心、牢记使命|不忘初心、牢记使命]]的要求。",
              "老党员{p}说，自己将[[F:不忘初心、牢记使命|不忘初心]]，继续为村里出力。"],
 "脱贫攻坚": ["坚决打赢[[F:脱贫攻坚|脱贫攻坚]]战，确保建档立卡低收入农户全部达标。",
             "{v}驻村工作队把[[F:脱贫攻坚|脱贫攻坚]]作为头号工程。",
             "在[[F:脱贫攻坚|“脱贫攻坚”]]一线锤炼干部作风。"],
 "乡村振兴": ["全面实施[[F:乡村振兴|乡村振兴]]战略，推动农业农村现代化。",
             "{v}以[[F:乡村振兴|乡村振兴]]为抓手，发展稻虾共作2000亩。",
             "奏响[[F:乡村振兴|“乡村振兴”]]最强音。"],
 "两个确立": ["深刻领悟[[F:两个确立|“两个确立”]]的决定性意义。",
             "{t}党委理论学习中心组围绕[[F:两个确立|两个确立]]开展专题研讨。"],
 "两个维护": ["坚决做到[[F:两个维护|“两个维护”]]。",
             "把[[F:两个维护|两个维护]]落实到具体行动上。"],
 "高质量发展": ["奋力推动[[F:高质量发展|高质量发展]]走在前列。",
              "{t}以项目建设促进[[F:高质量发展|高质量发展]]。",
              "走好[[F:高质量发展|“高质量发展”]]之路。"],
 "中国式现代化": ["在[[F:中国式现代化|中国式现代化]]新征程上展现射阳担当。",
               "奋力谱写[[F:中国式现代化|“中国式现代化”]]射阳篇章。"],
 "两聚一高": ["围绕[[F:两聚一高|“两聚一高”]]新实践，加快产业转型。"],
 "强富美高": ["建设[[F:强富美高|“强富美高”]]新射阳。", "向[[F:强富美高|强富美高]]目标迈进。"],
}
# county slogans (invented): text -> sentences; first sentence of each is quoted
SS = {
 "一镇一业": ["全县推进[[S:一镇一业|“一镇一业”]]，{t}的蚕桑已成规模。", "{t}按照[[S:一镇一业|一镇一业]]的思路发展棉花加工。"],
 "一三五": ["县委提出[[S:一三五|“一三五”]]发展思路，即一个目标、三大战略、五项工程。",
           "{t}对照[[S:一三五|“一三五”]]发展思路，细化年度任务。", "落实[[S:一三五|一三五]]发展思路不放松。"],
 "三城同创": ["全县掀起[[S:三城同创|“三城同创”]]热潮。", "{t}把[[S:三城同创|三城同创]]与环境整治结合起来。"],
 "五比五争": ["机关干部开展[[S:五比五争|“五比五争”]]竞赛活动。", "在[[S:五比五争|五比五争]]中，{p}被评为先进个人。"],
 "四个一批": ["县里实施[[S:四个一批|“四个一批”]]帮扶举措，从产业、就业、社保和结对四个方面各帮扶一批低收入农户。",
             "{v}用好[[S:四个一批|四个一批]]政策，带动低收入农户增收。"],
 "百企联百村": ["全县开展[[S:百企联百村|“百企联百村”]]行动，{f}与{v}结成对子。", "[[S:百企联百村|百企联百村]]行动已覆盖全县72个经济薄弱村。"],
 "百企兴百村": ["原[[S:百企联百村|“百企联百村”]]行动升级为[[S:百企兴百村|“百企兴百村”]]行动。",
              "{f}在[[S:百企兴百村|“百企兴百村”]]行动中投入帮扶资金120万元。", "[[S:百企兴百村|百企兴百村]]行动今年新增结对企业15家。"],
 "五个射阳": ["奋力建设[[S:五个射阳|“五个射阳”]]。", "{t}围绕[[S:五个射阳|五个射阳]]目标抓落实。"],
 "产业强县、生态立县、文旅兴县": ["坚持[[S:产业强县、生态立县、文旅兴县|“产业强县、生态立县、文旅兴县”]]发展路径。",
              "按照[[S:产业强县、生态立县、文旅兴县|产业强县、生态立县、文旅兴县]]的要求，{t}加快发展。"],
}
NS = [  # quoted phrases that are NOT slogans
 "{v}是远近闻名的[[N:菊花村|“菊花村”]]。", "[[N:鹤乡|“鹤乡”]]射阳迎来越冬丹顶鹤。",
 "[[N:射阳大米|“射阳大米”]]地理标志产品走俏长三角。", "{p}被村民们亲切地称为[[N:老黄牛|“老黄牛”]]。",
 "{p}高兴地说：[[N:现在日子越过越好了|“现在日子越过越好了！”]]", "这座桥过去是村里的[[N:断头路|“断头路”]]。",
 "{p}直言：[[N:村里的事就是我家的事|“村里的事就是我家的事。”]]", "洋马菊花成了[[N:金字招牌|“金字招牌”]]。",
 "{p}获评[[N:最美村官|“最美村官”]]称号。", "第十二届[[N:中国射阳菊花节|“中国射阳菊花节”]]开幕。",
 "[[N:鹤乡菊海|“鹤乡菊海”]]景区年接待游客30万人次。", "直播间里的[[N:网红|“网红”]]成了新农人。",
]
FILL = [
 "{t}今年新建高标准农田3200亩，配套沟渠18公里。", "{v}村民{p}种了40亩西兰花，亩均收入4000元。",
 "{f}年产值突破2亿元，吸纳周边劳动力300多人。", "县领导深入{t}调研秋播秋种工作。",
 "{t}投入资金560万元，完成农村公路提档升级12公里。", "{v}新建村级文化活动室一座，配备图书2000册。",
 "今年以来，全县共招引亿元以上项目23个。", "{p}是{v}的党支部书记，在村里工作已有十多年。",
 "{t}组织农技人员下乡，指导农户做好防汛抗灾。", "截至目前，全县累计发放小额贷款1.2亿元。",
 "{v}的蔬菜大棚里，工人们正忙着采摘。", "{t}敬老院新添床位60张，入住老人生活有了保障。",
]
TITLES = ["{t}：{topic}", "{topic}", "{v}{topic}", "{topic}见实效", "全县{topic}"]
TOPICS = ["产业发展步伐加快", "农民增收有新路", "党建引领基层治理", "民生实事件件落地", "项目建设热潮涌动",
          "生态环境持续改善", "村级集体经济壮大", "文明新风扑面来", "招商引资再传捷报", "干部作风大转变"]

# schedule: year -> (formula groups, county slogans, n articles); one page a year + extra pages
SCHED = {
 1998: ([], ["一镇一业"]), 1999: ([], ["一镇一业"]), 2000: (["三个代表"], []), 2001: (["三个代表"], ["一镇一业"]),
 2002: (["三个代表"], []), 2003: (["三个代表"], ["一三五"]), 2004: (["三个代表", "科学发展观"], ["一三五"]),
 2005: (["科学发展观", "和谐社会"], ["一三五"]), 2006: (["八荣八耻", "和谐社会", "科学发展观"], ["一三五"]),
 2007: (["八荣八耻", "科学发展观"], ["三城同创"]), 2008: (["科学发展观", "和谐社会"], ["三城同创"]),
 2009: (["科学发展观"], ["三城同创", "五比五争"]), 2010: (["和谐社会"], ["五比五争"]), 2011: (["科学发展观", "三个代表"], ["五比五争"]),
 2012: (["科学发展观"], []), 2013: (["中国梦"], []), 2014: (["中国梦"], []), 2015: (["四个全面", "中国梦", "强富美高"], []),
 2016: (["两学一做", "四个全面", "脱贫攻坚", "两聚一高"], ["百企联百村", "四个一批"]), 2017: (["两学一做", "脱贫攻坚", "强富美高"], ["四个一批"]),
 2018: (["乡村振兴", "脱贫攻坚", "两个维护", "高质量发展", "不忘初心、牢记使命"], ["四个一批", "百企联百村"]),
 2019: (["不忘初心、牢记使命", "中国梦", "乡村振兴"], ["百企兴百村"]), 2020: (["脱贫攻坚", "乡村振兴", "两个维护"], ["四个一批", "百企兴百村"]),
 2021: (["乡村振兴", "不忘初心、牢记使命", "高质量发展"], ["五个射阳"]), 2022: (["两个确立", "两个维护", "中国式现代化", "高质量发展"], ["五个射阳"]),
 2023: (["中国式现代化", "乡村振兴", "强富美高"], ["产业强县、生态立县、文旅兴县"]),
 2024: (["两个确立", "中国式现代化", "高质量发展"], ["产业强县、生态立县、文旅兴县", "五个射阳"]),
}
EXTRA = {2006: (["和谐社会"], []), 2013: ([], []), 2021: (["两个确立"], ["五个射阳"])}  # second pages
TRAPS = {  # words that are not the formula (era traps): printed, counted nowhere
 1999: "全县认真落实国家八七扶贫攻坚计划，帮助贫困户解决温饱。",
 2002: "邻里和谐、家庭和睦的好风气在{v}蔚然成风。",
 2009: "{f}坚持走质量兴企之路，推动企业高质量发展。",
}

MARK = re.compile(r"\[\[([FSN]):([^|\]]+)\|([^\]]+)\]\]")

def fill(s):
    t, v = vill()
    return s.format(t=R.choice([t, town()]), v=v, p=R.choice(PEOPLE), f=R.choice(FIRMS))

def render(s, rec):
    def rep(m):
        layer, key, printed = m.groups()
        quoted = "“" in printed
        d = rec[layer].setdefault(key, {"count": 0, "quoted": 0, "forms": {}})
        d["count"] += 1; d["quoted"] += quoted
        form = printed.replace("“", "").replace("”", "")
        d["forms"][form] = d["forms"].get(form, 0) + 1
        return printed
    return MARK.sub(rep, s)

def wrap(par, width):
    par = "  " + par
    out = [par[i:i + width] for i in range(0, len(par), width)]
    for i in range(1, len(out)):  # no line starts with closing punctuation (as typeset)
        while out[i] and out[i][0] in "。，、；：！？”）":
            out[i - 1] += out[i][0]; out[i] = out[i][1:]
    return [x for x in out if x]

def page(year, fgroups, slogans, idx):
    month, day = R.randint(1, 12), R.randint(1, 28)
    import datetime
    d = datetime.date(year, month, day)
    wk = "一二三四五六日"[d.weekday()]
    n = R.randint(4, 7)
    rec = {"F": {}, "S": {}, "N": {}}
    width = R.choice([30, 34, 38])
    # distribute formula/slogan sentences over articles
    items = []
    for g in fgroups:
        k = R.randint(1, 3)
        opts = FS[g]
        items += [opts[i % len(opts)] for i in range(k)]
    for s in slogans:
        opts = SS[s]
        items += opts[: R.randint(2, len(opts))]  # the first (quoted) always printed
    nonsl = R.sample(NS, R.randint(1, 3))
    arts = [[] for _ in range(n)]
    for i, it in enumerate(items):
        arts[i % n].append(it)
    for it in nonsl:
        arts[R.randrange(n)].append(it)
    if year in TRAPS and idx == 0:
        arts[-1].append(TRAPS[year])
    lines = ["射阳日报", f"{year}年{month}月{day}日 星期{wk} 第0{R.choice([1,1,2,3])}版", ""]
    for a in range(n):
        t, v = vill()
        title = R.choice(TITLES).format(t=t, v=v, topic=R.choice(TOPICS))
        body = [fill(R.choice(FILL))] + [fill(x) for x in arts[a]] + [fill(R.choice(FILL)) for _ in range(R.randint(1, 3))]
        body = [render(x, rec) for x in body]
        # paragraphs of 1-3 sentences
        pars, cur = [], ""
        for s in body:
            cur += s
            if R.random() < 0.5:
                pars.append(cur); cur = ""
        if cur: pars.append(cur)
        lines.append(title)
        if R.random() < 0.5:
            lines.append(R.choice(REPORTERS) + R.choice(PEOPLE[::-1]))
        for p in pars:
            lines += wrap(p, width)
        lines.append("")
    truth = {"date": d.isoformat(), "articles": n,
             "formulae": rec["F"], "county_slogans": rec["S"], "non_slogans": rec["N"],
             "traps": [TRAPS[year]] if (year in TRAPS and idx == 0) else []}
    return "\n".join(lines) + "\n", truth

def main():
    OUT.mkdir(exist_ok=True)
    truth = {}
    for year in range(1998, 2025):
        for idx, sched in enumerate([SCHED[year]] + ([EXTRA[year]] if year in EXTRA else [])):
            text, tr = page(year, *sched, idx)
            name = f"shey_{year}{'b' if idx else ''}.txt"
            (OUT / name).write_text(text, encoding="utf-8")
            truth[name] = tr
    (HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    with open(OUT / "manifest.csv", "w", encoding="utf-8") as f:
        f.write("file,paper,date\n")
        for name, tr in truth.items():
            f.write(f"{name},射阳日报,{tr['date']}\n")

if __name__ == "__main__":
    main()
