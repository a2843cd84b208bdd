"""Minimal reproductions of FINDINGS.md (user37b); each prints what the library gives and what the truth says.
Run from this folder with PYTHONPATH at the tree:   python repro.py > out_repro.txt"""
import warnings
import pandas as pd
import corpus_tools as ct

warnings.simplefilter("ignore")


def show(tag, got, want):
    print(f"[{tag}] got: {got}\n       want: {want}")


# F1: one article per file as a web export (repro/web: new site; repro/old: old site, one meta line)
for folder in ["repro/web", "repro/old"]:
    c = ct.read_corpus(folder, county="龙游县")
    a = c.articles_frame()
    show(f"F1 {folder}", dict(date=c.issues_frame().date.tolist(), n_articles=len(a), titles=a.title.tolist(),
                              bylines=a.byline.tolist(), body_has_furniture=any("打印" in b or "来源：" in b for b in a.body)),
         "date 2021-06-03 / 2017-09-20, 1 article, its first line the title, byline [吴一凡, 雷秀英] / [余佳敏, 劳晓红], "
         "no 来源/打印/上一篇 lines in the body")


def ents(text):
    return [(e.text, e.label) for e in ct.find_entities(text, county_code="330825")]


# F2: sights and the website named after the county read as GPE 龙游 (+ nothing / PERSON)
for s, want in [("沿着衢江一路向东，姜席堰的古老水利工程至今仍在灌溉农田。", "LOC 衢江, FAC 姜席堰; no PERSON, no PROJECT"),
                ("国庆假期，龙游石窟共接待游客3.2万人次。", "FAC 龙游石窟"),
                ("游客在龙游红木小镇体验非遗技艺。", "FAC 龙游红木小镇"),
                ("衢江绿道串起城乡美景", "FAC 衢江绿道"),
                ("龙游新闻网讯（记者 傅斌）12月15日，全县工业经济稳中向好。", "ORG 龙游新闻网, PERSON 傅斌")]:
    show("F2", ents(s), want)

# F4: a community second in a list
show("F4", ents("红星社区、清廉社区等城区社区实行封闭式管理。"), "COMMUNITY 红星社区, COMMUNITY 清廉社区")


# F3: Zhejiang's formulae and the county's own quoted slogan
def forms(s, date="2022-05-01"):
    return [(m.text, m.source) for m in ct.find_formulae(s, date=date)]


show("F3", forms("全面推进数字化改革，打造整体智治的现代政府。"), "数字化改革 (浙江 2021–)")
show("F3", forms("奋力推进高质量发展建设共同富裕示范区。"), "高质量发展建设共同富裕示范区 once (not 高质量发展 + 共同富裕)")
df = pd.DataFrame({"issue_id": ["a", "b", "c"], "date": ["2022-01-05", "2022-03-09", "2022-06-01"],
                   "title": ["特种纸产业", "共富路", "先行县"],
                   "body": ["奋力打造“四省边际共同富裕先行县”。", "奋力打造“四省边际共同富裕先行县”，龙游在行动。",
                            "我县聚焦“四省边际共同富裕先行县”建设，培育主导产业。"]})
sm = ct.slogan_mentions(ct.Corpus.from_articles(df))
show("F3", sm[["text", "source"]].values.tolist(), "四省边际共同富裕先行县 ×3 (marked), 共同富裕 not counted again inside it")

# F5: 8 terms, 3 pairs share a colour (out/trends_quarter.png); the same table read back from CSV gets 8 colours
arts = pd.read_csv("out/articles.csv")[["issue_id", "date", "title", "body"]].fillna("")
kt = ct.keyword_trends(ct.Corpus.from_articles(arts), ["乡村振兴", "共同富裕", "最多跑一次", "数字化改革", "五水共治", "疫情防控",
                                                       "千万工程", "融媒体"], by="quarter")
for tag, tab in [("from keyword_trends", kt), ("read back from CSV", pd.read_csv("out/trends_quarter.csv", index_col=0))]:
    ax = ct.plot_trends(tab)
    cols = {l.get_label(): tuple(round(x, 2) for x in l.get_color()) for l in ax.get_lines() if not l.get_label().startswith("_")}
    show(f"F5 {tag}", f"{len(set(cols.values()))} colours for {len(cols)} terms: {cols}", "8 distinct colours")

# F7: an HTML 404 page read as a news article, no warning
c = ct.read_corpus("repro/html")
show("F7", [(a.title, a.body[:60]) for a in c.articles], "a warning or a skip: the file is an HTML page, not text")
