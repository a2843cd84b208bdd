"""Write the user23 pages and truth.json (three county papers of 阜阳市, Anhui).

Every article is built from a record that IS the truth (title, byline, projects with amount and
township, firms, places); the page text is printed from it like a PDF-to-text tool's output:
a running header, body lines broken at a column width, 责任编辑 lines, 简讯 columns.
Run: python make_pages.py   (writes linquan/, taihe/, yingshang/ and truth.json beside it)
"""
import json, pathlib, random

HERE = pathlib.Path(__file__).parent
W = 21  # column width in characters
random.seed(23)

def wrap(par, width=W):
    text = "\u3000\u3000" + par
    return [text[i:i + width] for i in range(0, len(text), width)]

def amt_yuan(s):
    num = float(s.rstrip("亿万元"))
    return num * (1e8 if "亿" in s else 1e4)

# ---------------------------------------------------------------- papers
PAPERS = {
  "linquan": dict(paper="临泉报", county="临泉县", code="341221", park="临泉经济开发区",
     towns={"杨桥镇": ["段寨村", "刘庙村"], "鲖城镇": ["杨营村", "梨园村"], "艾亭镇": ["王新桥村", "桃花店村"],
            "瓦店镇": ["侯寨村", "大林村"], "姜寨镇": [], "长官镇": [], "谭棚镇": [], "迎仙镇": []},
     firms=["安徽华源纺织有限公司", "临泉县恒达食品有限公司", "安徽金辉新材料科技有限公司", "阜阳宏远汽车配件有限公司",
            "临泉县绿源农业开发有限公司", "安徽泉盛电子科技有限公司"],
     reporters=["张立新", "王晓燕", "刘洪涛"], editors=["孙梅", "李建华"],
     dates=["2018-03-15", "2018-09-20", "2019-05-16", "2020-07-09", "2021-04-22", "2022-06-16", "2023-08-10", "2024-05-23"]),
  "taihe": dict(paper="今日太和", county="太和县", code="341222", park="太和经济开发区",
     towns={"旧县镇": ["万福村", "张槐村"], "皮条孙镇": ["孙法村", "苇张村"], "苗老集镇": ["淝西村", "沟北村"],
            "倪邱镇": ["马厂村", "花园村"], "三塔镇": [], "大新镇": [], "原墙镇": [], "宫集镇": []},
     firms=["太和县鑫源医药包装有限公司", "安徽康博药业有限公司", "安徽太和华联发制品有限公司", "太和县金桥物流有限公司",
            "安徽瑞丰农业发展有限公司", "太和县宏达机械制造有限公司"],
     reporters=["赵明", "陈丽娟", "周海峰"], editors=["吴静", "郑磊"],
     dates=["2018-04-12", "2019-03-28", "2019-10-17", "2020-11-05", "2021-06-10", "2022-09-08", "2023-04-27", "2024-07-18"]),
  "yingshang": dict(paper="颍上报", county="颍上县", code="341226", park="颍上经济开发区",
     towns={"谢桥镇": ["姜庄村", "路庄村"], "南照镇": ["姚岗村", "鲁庙村"], "八里河镇": ["尤湖村", "朱岗村"],
            "六十铺镇": ["赵庄村", "彭庙村"], "江口镇": [], "润河镇": [], "慎城镇": [], "杨湖镇": []},
     firms=["颍上县光明新能源有限公司", "安徽管仲食品有限公司", "颍上县天润纺织有限公司", "安徽淮河煤电机械有限公司",
            "颍上县八里河文旅发展有限公司", "安徽颍淮建材有限公司"],
     reporters=["黄志强", "马文静", "胡斌"], editors=["许娜", "何勇"],
     dates=["2018-06-21", "2019-08-15", "2020-04-16", "2021-09-23", "2022-03-17", "2023-06-08", "2023-11-30", "2024-09-12"]),
}
WEEK = "一二三四五六日"
INDUSTRIES = [("纺织服装", "生产线"), ("农产品精深加工", "基地"), ("新型建材", "生产线"), ("医药包装", "产业园"),
              ("光伏发电", "电站"), ("冷链物流", "中心"), ("电子元器件", "产业园"), ("汽车零部件", "生产线"),
              ("食品加工", "厂区"), ("智能装备制造", "基地"), ("现代农业", "示范园"), ("生物质发电", "电站")]
AMTS = ["3.2亿元", "1.5亿元", "8000万元", "12亿元", "2.6亿元", "4500万元", "6亿元", "1.8亿元", "3500万元", "5.5亿元"]

def project_name(firm_short, ind, kind, year):
    return f"{firm_short}{ind}{kind}项目" if random.random() < .5 else f"年产{random.choice(['10万吨','500万件','2000吨','30万套'])}{ind}项目"

def short(firm):
    s = firm.replace("安徽", "").replace("有限公司", "")
    for c in ["临泉县", "太和县", "颍上县", "阜阳"]:
        s = s.replace(c, "")
    return s[:2]

def new_article(P, year, kind):
    towns = list(P["towns"]); t = random.choice(towns); vills = P["towns"][t]
    firm = random.choice(P["firms"]); ind, k = random.choice(INDUSTRIES)
    rep = random.choice(P["reporters"]); by = f"本报记者　{rep}" if random.random() < .7 else f"通讯员　{random.choice(['李强','钱程','沈丹'])}　记者　{rep}"
    A = dict(title="", byline=by, projects=[], firms=[], townships=[], villages=[], paras=[])
    if kind == "sign":
        pn = project_name(short(firm), ind, k, year); a = random.choice(AMTS)
        A["title"] = f"{short(firm)}{ind}项目签约落户{t}"
        A["paras"] = [f"近日，{P['county']}与{firm}举行{pn}签约仪式。该项目总投资{a}，选址{t}，主要建设标准化厂房及配套设施，建成后可带动周边群众就业500余人。",
                      f"近年来，{P['county']}坚持把招商引资作为“一号工程”，持续优化营商环境，主要负责同志带队赴长三角地区开展招商活动，一批优质项目相继落地。"]
        A["projects"] = [dict(project=pn, amount=a, amount_yuan=amt_yuan(a), township=t, firm=firm)]
        A["firms"] = [firm]; A["townships"] = [t]
    elif kind == "start":
        pn = project_name(short(firm), ind, k, year); a = random.choice(AMTS); v = vills[0] if vills else None
        A["title"] = f"{t}{pn}开工建设"
        where = f"{t}{v}" if v else t
        A["paras"] = [f"日前，位于{where}的{pn}正式开工建设，项目由{firm}投资建设，总投资{a}，计划明年底建成投产。",
                      f"{t}党委负责人介绍，镇里成立项目建设专班，实行“一个项目、一名领导、一套班子”包保机制，为企业提供全程代办服务，推动项目建设跑出加速度。"]
        A["projects"] = [dict(project=pn, amount=a, amount_yuan=amt_yuan(a), township=t, firm=firm)]
        A["firms"] = [firm]; A["townships"] = [t]; A["villages"] = [v] if v else []
    elif kind == "list":
        n = 3; ts = random.sample(towns, n); fs = random.sample(P["firms"], n); amts = random.sample(AMTS, n)
        tot = sum(amt_yuan(x) for x in amts)
        tot_s = f"{tot/1e8:.2f}".rstrip("0").rstrip(".") + "亿元"
        A["title"] = f"{P['county']}{year}年第{random.choice('二三')}批重点项目集中开工"
        items = []
        for i in range(n):
            ind2, k2 = random.choice(INDUSTRIES); pn = f"{short(fs[i])}{ind2}{k2}项目"
            forms = [f"{ts[i]}{pn}总投资{amts[i]}", f"{fs[i]}投资{amts[i]}建设的{pn}落户{ts[i]}", f"位于{ts[i]}的{pn}计划投资{amts[i]}"]
            items.append(forms[i % 3])
            A["projects"].append(dict(project=pn, amount=amts[i], amount_yuan=amt_yuan(amts[i]), township=ts[i], firm=fs[i]))
        A["paras"] = [f"{random.randint(3,11)}月{random.randint(1,28)}日，{P['county']}{year}年重点项目集中开工仪式在{P['park']}举行。本次集中开工项目{n}个，总投资{tot_s}。",
                      f"其中，{items[0]}；{items[1]}；{items[2]}。",
                      "今年以来，全县上下牢固树立“项目为王”理念，以项目建设论英雄，以招商引资促发展。"]
        A["firms"] = [fs[1]]; A["townships"] = ts + []; A["list_total"] = tot_s
        A["firms_in_text"] = [fs[1]]
    elif kind == "env":
        f2 = random.choice([x for x in P["firms"] if x != firm])
        A["title"] = "优化营商环境　服务企业发展"
        A["paras"] = [f"“以前办个证要跑好几趟，现在一次就办好了。”{f2}负责人说。今年以来，{P['county']}数据资源管理局推行“一窗受理、集成服务”，企业开办时间压缩至1个工作日。",
                      f"县里还建立“政企面对面”常态化沟通机制，县领导定期走访{firm}等重点企业，现场解决用工、融资等难题，营商环境持续改善。"]
        A["firms"] = [f2, firm]
    elif kind == "park":
        a = random.choice(AMTS)
        A["title"] = f"{P['park']}：园区扩容提质　产业集聚成势"
        A["paras"] = [f"走进{P['park']}，塔吊林立，机器轰鸣。{firm}新建的{ind}{k}已进入设备调试阶段。",
                      f"今年，开发区累计完成固定资产投资{a}，新签约亿元以上项目8个，入驻规模以上工业企业达到126家。"]
        A["firms"] = [firm]; A["park_amount"] = a
    elif kind == "village":
        v = vills[1] if len(vills) > 1 else None
        where = f"{t}{v}" if v else t
        A["title"] = f"{where}：小菜园变成“致富园”"
        A["paras"] = [f"初夏时节，{where}的蔬菜大棚里一派繁忙景象。村党支部书记介绍，村里引进{firm}发展订单农业，村集体经济收入突破30万元。",
                      "“在家门口就能打工挣钱，一年收入两万多元。”正在采摘的村民笑着说。"]
        A["firms"] = [firm]; A["townships"] = [t]; A["villages"] = [v] if v else []
    return A

def brief_column(P):
    A = dict(title="简讯", byline="", projects=[], firms=[], townships=[], villages=[], paras=[], brief=True)
    ts = random.sample(list(P["towns"]), 3)
    a = random.choice(AMTS)
    A["paras"] = [f"■{ts[0]}召开招商引资工作推进会，通报一季度项目建设进展情况。",
                  f"■近日，{ts[1]}投资{a}的污水处理厂提标改造项目完成主体工程。",
                  f"■{ts[2]}组织开展安全生产大检查，排查整改隐患23处。"]
    A["projects"] = [dict(project="污水处理厂提标改造项目", amount=a, amount_yuan=amt_yuan(a), township=ts[1], firm=None)]
    A["townships"] = ts
    return A

KINDS = ["sign", "start", "list", "env", "park", "village"]
truth = {"papers": {}, "pages": []}
for key, P in PAPERS.items():
    folder = HERE / key; folder.mkdir(exist_ok=True)
    truth["papers"][key] = dict(paper=P["paper"], county=P["county"], code=P["code"])
    manifest = ["file,paper,county,county_code,date,date_precision,date_note"]
    for i, d in enumerate(P["dates"]):
        y, m, dd = d.split("-"); year = int(y)
        import datetime; wd = WEEK[datetime.date(year, int(m), int(dd)).weekday()]
        page_no = random.choice([1, 2, 2, 3])
        n = random.choice([4, 5, 5, 6])
        kinds = random.sample(KINDS, min(n - 1, len(KINDS)))
        arts = [new_article(P, year, k) for k in kinds] + [brief_column(P)]
        header = f"{P['paper']}　　{y}年{int(m)}月{int(dd)}日　星期{wd}　　第{page_no}版"
        sect = {1: "要闻", 2: "经济", 3: "综合"}[page_no]
        lines = [header, f"第{page_no}版　{sect}", ""]
        for j, A in enumerate(arts):
            lines.append(A["title"])
            if A["byline"]:
                lines.append(A["byline"])
            for p in A["paras"]:
                if A.get("brief"):
                    lines += [p[k:k+W] for k in range(0, len(p), W)]
                else:
                    lines += wrap(p)
            lines.append("")
            if j == 2:  # the running header repeats mid-page (a column break in the PDF)
                lines += [f"{y}年{int(m)}月{int(dd)}日　{sect}　{P['paper']}", ""]
        ed = random.sample(P["editors"], 2)
        lines.append(f"责任编辑：{ed[0]}　　校对：{ed[1]}")
        if key == "linquan":
            fname = f"{d}_p{page_no}.txt"
        elif key == "taihe":
            fname = f"page{i+1:02d}.txt"; manifest.append(f"{fname},{P['paper']},{P['county']},{P['code']},{d},day,")
        else:
            fname = f"ys{i+1:02d}.txt"
        text = "\n".join(lines) + "\n"
        if key == "taihe":  # 今日太和 pages as the user printed them: no date line (the manifest dates them)
            text = "\n".join(lines[1:]) + "\n"
        (folder / fname).write_text(text, encoding="utf-8")
        truth["pages"].append(dict(paper=key, file=f"{key}/{fname}", date=d, page=page_no,
            titles=[A["title"] for A in arts], bylines=[A["byline"] for A in arts if A["byline"]],
            articles=[{k: v for k, v in A.items() if k != "paras"} for A in arts]))
    if key == "taihe":
        (folder / "manifest.csv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
(HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
print(sum(len(p["articles"]) for p in truth["pages"]), "articles on", len(truth["pages"]), "pages")
