"""Minimal reproductions of FINDINGS.md (invented text, real place names of 营山县 511322 / 蓬安县 511323).
python repro.py > out_repro.txt"""
import os, tempfile, warnings
warnings.simplefilter("ignore")
import pandas as pd
import corpus_tools as ct


def show(tag, x):
    print(f"[{tag}]", x)


# F1: the paper's name in the file name is not read; only the masthead gives it
d = tempfile.mkdtemp()
open(os.path.join(d, "营山报_2011-05-06_p2.txt"), "w").write("回龙镇石牛村修通产业路\n　　本报讯 近日，回龙镇石牛村产业路建成通车。\n")
open(os.path.join(d, "蓬安报20110506-3.txt"), "w").write("徐家镇凤凰村柑橘丰收\n　　本报讯 近日，徐家镇凤凰村柑橘喜获丰收。\n")
c = ct.read_corpus(d)
show("F1 issues", c.issues_frame()[["issue_id", "date", "paper", "paper_source"]].values.tolist())
show("F1 split_by_paper", {k: len(v) for k, v in ct.split_by_paper(c).items()})
for paper in ({f"{d}/营山报_2011-05-06_p2.txt": "营山报", f"{d}/蓬安报20110506-3.txt": "蓬安报"}, ["营山报", "蓬安报"]):
    try:
        ct.read_corpus([f"{d}/营山报_2011-05-06_p2.txt", f"{d}/蓬安报20110506-3.txt"], paper=paper)
        show("F1 paper= per file", "accepted")
    except Exception as e:  # noqa: BLE001
        show("F1 paper= per file", f"{type(e).__name__}: {str(e)[:160]}")

# F2: a cross-county article in 营山报: the visitors' county takes the article; the host's village gets the visitors' code
art = ("蓬安县考察团来我县学习高桥村发展经验\n　　6日，蓬安县福德镇高桥村党员干部一行23人来到双流镇高桥村考察学习。"
       "两个高桥村同名不同县。高桥村党支部书记介绍了村里的产业发展经验。\n")
art2 = ("蓬安县考察团来我县学习金凤村发展经验\n　　18日，蓬安县锦屏镇金凤村党员干部一行22人来到东升镇金凤村考察学习。"
        "两个金凤村同名不同县。金凤村党支部书记介绍了村里的产业发展经验。\n")
for tag, a in (("高桥村 (双流镇 host)", art), ("金凤村 (东升镇 host)", art2)):
    g = ct.infer_county(a, paper_county="511322")
    show(f"F2 {tag} infer_county(paper_county=营山)", (g.code, g.county, round(g.confidence, 3), g.evidence))
    c = ct.read_corpus(pd.DataFrame({"issue_id": ["p"], "paper": ["营山报"], "text": [a]}))
    pm = ct.place_mentions(ct.extract_entities(c), c)
    show(f"F2 {tag} places", pm[["printed", "admin_code", "link"]].values.tolist())

# F3: a page of 营山 news plus one cross-county article: no county, empty evidence, even with the paper's county
page = art + ("\n火车站社区：网格化管理让服务零距离\n　　走进朗池街道红光社区，7名专职网格员正在入户走访。\n"
              "\n回龙镇扎实推进乡村振兴\n　　近日，回龙镇石牛村的干部群众忙着建设产业园。据了解，营山县已累计投入资金7100万元。\n")
for pc in (None, "511322"):
    g = ct.infer_county(page, paper_county=pc)
    show(f"F3 infer_county(page, paper_county={pc})", (g.code, g.county, round(g.confidence, 3), g.evidence))
# F3b: own article + a reprint from 南充日报 naming both counties
page2 = ("罗家镇网格化管理打通服务“最后一米”\n　　近日，罗家镇五马村的干部群众忙着发展柑橘产业。据了解，蓬安县已累计投入资金8000万元。\n"
         "\n南充：凝心聚力推进成渝第二城\n　　19日，南充市委召开专题会议。会议指出，营山县、蓬安县等县（市、区）要把成渝第二城与网格化管理结合起来。"
         "南充市将在顺庆区、营山县和蓬安县开展试点。据《南充日报》（记者 庞建华）\n")
g = ct.infer_county(page2)
show("F3b own article + reprint", (g.code, g.county, round(g.confidence, 3), g.evidence))

# F4: reprint dateline / credit
c = ct.read_corpus(pd.DataFrame({"issue_id": ["r"], "paper": ["蓬安报"], "text": [
    "南充：凝心聚力推进成渝第二城\n南充日报记者　庞建华\n　　19日，南充市委召开专题会议，研究部署成渝第二城工作。\n\n"
    "锦屏镇推进河长制\n　　本报讯（记者　王丽）近日，锦屏镇金凤村落实河长制。\n\n"
    "南充：三城同创再发力\n　　20日，南充市召开推进会。据《南充日报》（记者 孙悦）\n"]}))
show("F4 articles", c.articles_frame()[["title", "byline", "body"]].values.tolist())
show("F4 byline_table", ct.byline_table(c)[["title", "role", "name", "kind"]].values.tolist())

# F5: a brief item with a township name found in several counties goes to a county in another prefecture
g = ct.infer_county("■巨龙镇双龙村召开社会主义新农村建设推进会，部署下一阶段工作。")
show("F5 brief item", (g.code, g.county, round(g.confidence, 3), g.evidence))

# F6: “友好村” (a status) tagged VILLAGE
c = ct.read_corpus(pd.DataFrame({"issue_id": ["f"], "text": ["两个红花村同名不同县，此次结成“友好村”，共同推进乡村振兴。"]}))
e = ct.extract_entities(c)
show("F6 entities", e[["text", "label", "admin_code"]].values.tolist())
