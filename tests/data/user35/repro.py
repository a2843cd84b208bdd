"""Minimal reproductions of the findings (invented sentences).  python repro.py > out_repro.txt"""
import corpus_tools as ct

S = {
    "F-river-cut": "城南污水处理厂尾水经利农河排入淮河入江水道。",
    "F-river-missed": "银涂镇三河村群众沿三河巡河，新河、夹沟河、金宝航道和宝应湖水质稳定。",
    "F-river-missed2": "镇级河长戚红每周巡查老三河、横桥河。",
    "F-bureau-split": "3月18日，淮安市金湖生态环境局正式挂牌。",
    "F-firm-township": "执法人员发现，塔集镇鑫源电镀厂未经处理直排废水。",
    "F-fac-verb": "项目配套建设管网20公里，尾水接入金湖县污水处理厂。",
    "F-station": "银涂镇人民政府在白马湖水质自动监测站加密监测。",
    "F-fac-missed": "游客在荷花荡、柳树湾湿地公园和水上森林公园赏荷，尾水接入银涂污水处理厂。",
    "F-project-fac": "城南污水处理厂一期工程日前通过验收。",
    "F-project-cut": "县渔政监督大队开展长江流域重点水域禁捕退捕行动。",
    "F-inspect": "中央第三生态环境保护督察组交办的信访件已整改；省生态环境保护督察组进行了回访。",
    "F-person": "会议由县长闵慧主持。县级湖长仇海涛，镇级湖长居玉兰（吕良镇）。",
    "F-board-glued": "河道名称：夹沟河县级河长：韦丽（副县长）镇级河长：戚红（塔集镇）",
    "F-board-lines": "河道名称：夹沟河\n县级河长：韦丽（副县长）\n镇级河长：戚红（塔集镇）",
    "F-event": "2023年世界环境日金湖主场活动在柳树湾湿地公园举行。",
}
for k, s in S.items():
    e = ct.extract_entities([s])
    print(k, "|", s)
    print("    ", [(r.text, r.label) for r in e.itertuples()])
for s in ["我县落实节能减排任务。", "这是长江大保护的金湖实践。", "全面实行禁渔。", "践行两山理念，助力双碳目标。",
          "以白马湖、高邮湖、宝应湖三湖为核心。"]:
    print("find_formulae", s, [(m.text, m.formula) for m in ct.find_formulae(s, date="2021-01-01")])
print("segment", [ct.segment(w) for w in ["淮河入江水道", "淮安市金湖生态环境局", "镇级河长闵慧", "养殖尾水", "助力双碳目标", "宝应湖"]])
print("collocations 治理 on the pages:", len(ct.collocations(ct.read_corpus("pages/", manifest="pages/manifest.csv"), word="治理", min_count=1)), "rows")
for r in ["夹沟河", "新河", "老三河", "金宝航道", "三河"]:
    for s in [f"排入{r}。", f"重点抓好高邮湖、{r}等重点水域保护", f"{r}　Ⅲ类　4.2", f"{r}：县级河长韦丽，镇级河长戚红（塔集镇）"]:
        print("river", s, [(x.text, x.label) for x in ct.extract_entities([s]).itertuples()])
