"""What the 融媒体 scholar runs on her 220 article files of 龙游新闻网 / 龙游县融媒体中心 (from the README, docs/,
--help and help()), timed (out/timings.csv):

0. the folder as the README says pages are read (`read_corpus("articles/", county="龙游县")`): what it makes of
   one-article web files (dates, titles, bylines);
1. the documented ways to give dates: her own `manifest.csv` (file, date, paper = 来源, county_code) written from the
   files' 发布时间 / 时间 lines (she parses them herself) — the route the CLI can use;
2. her conversion to `Corpus.from_articles` (docs/scale.md, docs/analysis.md): title, source, authors, date parsed by
   her own regexes, furniture lines dropped, 来源 as `paper`, `own` as issue metadata;
then entities, places (map table), officials with posts, formulae (both layers) by quarter, keyword trends by quarter,
topics, own vs reposts, plots, a report, the CLI, and the bad files of her archive.
Run from this folder with PYTHONPATH at the tree:   python run_library.py"""
import glob, json, os, re, shutil, sys
os.environ["CORPUS_TOOLS_CACHE"] = os.path.abspath("cache")
import pandas as pd

shutil.rmtree("cache", ignore_errors=True)
shutil.rmtree("out", ignore_errors=True)
os.makedirs("out/cli", exist_ok=True)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from userrun import Calls  # noqa: E402

calls = Calls(message_chars=600, error_chars=400, print_chars=300)
tm, cli = calls.tm, calls.cli
import corpus_tools as ct  # noqa: E402
print(ct.__file__)
import matplotlib; matplotlib.use("Agg")  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

OWN = {"龙游县融媒体中心", "龙游新闻网", "今日龙游", "龙游发布", "龙游县广播电视台"}

# ---- 0. as pages -------------------------------------------------------------------------------------------------
naive = tm("read_corpus articles/ county=龙游县 (as pages)", lambda: ct.read_corpus("articles/", county="龙游县"))
tm("naive issues_frame", naive.issues_frame).to_csv("out/naive_issues.csv", index=False)
tm("naive articles_frame", naive.articles_frame).to_csv("out/naive_articles.csv.gz", index=False)
tm("naive byline_table", lambda: ct.byline_table(naive)).to_csv("out/naive_bylines.csv", index=False)


# ---- her parser of the scraper's files (the effort: 35 lines) --------------------------------------------------------
FURN = re.compile(r"^(点击查看大图|分享到：.*|扫一扫在手机打开当前页|【打印】【关闭】|上一篇：.*|下一篇：.*|微信图片_\d+\.jpg|阅读：\d+)$")


def parse_file(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    m = dict(file=os.path.basename(path), issue_id=os.path.basename(path)[:-4], title=lines[0].strip())
    body, i = [], 1
    while i < len(lines) and lines[i].strip():
        L = lines[i]
        if L.startswith("时间："):   # the old site's one line
            for k, v in re.findall(r"(时间|来源|作者|点击数)：(.*?)(?=\u3000|$)", L):
                m[k] = v.strip()
        else:
            k, _, v = L.partition("：")
            m[k] = v.strip()
        i += 1
    m["date"] = (m.get("发布时间") or m.get("时间") or "")[:10] or None
    m["source"] = m.get("来源", "")
    auth = m.get("作者", "")
    m["byline"] = [n for n in re.split(r"\s+", auth) if n and n not in ("记者", "通讯员", "实习生")]
    m["author_roles"] = re.findall(r"(记者|通讯员|实习生)\s*(\S+)", auth)
    caps = []
    for L in lines[i:]:
        L = L.strip()
        if not L or FURN.match(L):
            continue
        if L.startswith("图为") or L.endswith("摄）"):
            caps.append(L); continue
        body.append(L)
    m["body"], m["captions"] = "\n".join(body), caps
    return m


rows = [parse_file(p) for p in sorted(glob.glob("articles/*.txt"))]
df = pd.DataFrame(rows)
df["own"] = df["source"].isin(OWN)
df["paper"] = df["source"]
df["county_code"] = "330825"
df[["file", "issue_id", "date", "title", "source", "own", "byline", "author_roles", "编辑", "责任编辑"]].to_csv(
    "out/her_metadata.csv", index=False)
# 1. the manifest route (for the CLI too)
man = df[["file", "date", "paper", "county_code"]].assign(county="龙游县")
man.to_csv("out/manifest.csv", index=False)
viaman = tm("read_corpus articles/ manifest=out/manifest.csv", lambda: ct.read_corpus("articles/", manifest="out/manifest.csv"))
tm("manifest articles_frame", viaman.articles_frame).to_csv("out/manifest_articles.csv.gz", index=False)

# 2. from_articles
fa = df[["issue_id", "date", "title", "body", "byline", "captions", "paper", "county_code", "own"]]
corpus = tm("Corpus.from_articles (her conversion)", lambda: ct.Corpus.from_articles(fa))
if corpus is None:  # without the own column
    corpus = tm("Corpus.from_articles without own", lambda: ct.Corpus.from_articles(fa.drop(columns=["own"])))
iss = tm("issues_frame", corpus.issues_frame); iss.to_csv("out/issues.csv", index=False)
arts = tm("articles_frame", corpus.articles_frame); arts.to_csv("out/articles.csv", index=False)
date = dict(zip(iss.issue_id, iss.date))
src = dict(zip(df.issue_id, df.source))
own = dict(zip(df.issue_id, df.own))

# own vs reposts by year (her own groupby on the library's issue table)
iss["year"] = pd.to_datetime(iss["date"]).dt.year
iss["own"] = iss.issue_id.map(own)
iss.groupby(["year", "own"]).size().unstack(fill_value=0).to_csv("out/own_vs_repost_year.csv")
tm("issues_frame paper counts", lambda: iss["paper"].value_counts()).to_csv("out/paper_counts.csv")

# entities
ents = tm("extract_entities", lambda: ct.extract_entities(corpus)); ents.to_csv("out/entities_raw.csv", index=False)
ex = ents.copy(); ex["date"] = ex.issue_id.map(date); ex["source"] = ex.issue_id.map(src)
cols = [c for c in ["article_id", "issue_id", "date", "source", "label", "text", "norm", "admin_code", "part", "sentence"] if c in ex.columns]
ex[cols].to_csv("out/entities.csv.gz", index=False)
ents_m = tm("extract_entities (manifest route)", lambda: ct.extract_entities(viaman)); ents_m.to_csv("out/entities_manifest.csv.gz", index=False)
pm = tm("place_mentions", lambda: ct.place_mentions(ents, corpus)); pm.to_csv("out/place_mentions.csv", index=False)
pt = tm("place_table all", lambda: ct.place_table(pm, corpus, by="all")); pt.to_csv("out/place_table.csv", index=False)
pty = tm("place_table year", lambda: ct.place_table(pm, corpus, by="year")); pty.to_csv("out/place_table_year.csv", index=False)
# people
pp = tm("person_posts", lambda: ct.person_posts(ents, corpus)); pp.to_csv("out/person_posts.csv", index=False)
wn = tm("without_newsroom", lambda: ct.without_newsroom(ents, corpus))
if wn is not None:
    wn[wn.label == "PERSON"].text.value_counts().to_csv("out/persons_in_news.csv")
bt = tm("byline_table", lambda: ct.byline_table(corpus)); bt.to_csv("out/bylines.csv", index=False)

# formulae both layers by quarter
sl = tm("extract_slogans", lambda: ct.extract_slogans(corpus)); sl.to_csv("out/slogans.csv", index=False)
sm = tm("slogan_mentions", lambda: ct.slogan_mentions(corpus)); sm.to_csv("out/slogan_mentions.csv", index=False)
st = tm("slogan_trends by=quarter", lambda: ct.slogan_trends(corpus, by="quarter")); st.to_csv("out/slogan_trends_quarter.csv", index=False)
sm_own = tm("slogan_trends by=year own only", lambda: ct.slogan_trends(corpus.filter(issue_id=lambda i: own.get(i, False)), by="year"))
if sm_own is not None:
    sm_own.to_csv("out/slogan_trends_year_own.csv", index=False)

# keywords and trends by quarter
TERMS = ["乡村振兴", "共同富裕", "最多跑一次", "数字化改革", "五水共治", "疫情防控", "千万工程", "融媒体"]
kt = tm("keyword_trends by=quarter", lambda: ct.keyword_trends(corpus, TERMS, by="quarter")); kt.to_csv("out/trends_quarter.csv")
kty = tm("keyword_trends by=year", lambda: ct.keyword_trends(corpus, TERMS, by="year")); kty.to_csv("out/trends_year.csv")
kq = tm("keywords by=quarter", lambda: ct.keywords(corpus, by="quarter", top_n=10)); kq.to_csv("out/keywords_quarter.csv", index=False)
kall = tm("keywords by=all", lambda: ct.keywords(corpus, by="all", top_n=40)); kall.to_csv("out/keywords_all.csv", index=False)
own_c = corpus.filter(issue_id=lambda i: own.get(i, False))
rep_c = corpus.filter(issue_id=lambda i: not own.get(i, False))
ky = tm("keyness own vs reposts", lambda: ct.keyness(own_c, rep_c, top_n=40)); ky.to_csv("out/keyness_own_vs_repost.csv", index=False)
kp = tm("keyness_by_paper own/repost", lambda: ct.keyness_by_paper({"本县自采": own_c, "转载": rep_c}, top_n=20))
if kp is not None:
    kp.to_csv("out/keyness_by_paper_own_repost.csv", index=False)
# topics
tmod = ct.TopicModel(n_topics=6)
tops = tm("TopicModel fit (6)", lambda: tmod.fit(corpus))
if tops is not None:
    tm("topics top_terms", lambda: tmod.top_terms(10)).to_csv("out/topics.csv") if hasattr(tmod, "top_terms") else None
    tot = tm("topics_over_time quarter", lambda: tmod.topics_over_time(by="quarter"))
    if tot is not None:
        tot.to_csv("out/topics_over_time.csv")
        ax = tm("plot_topics_over_time", lambda: ct.plot_topics_over_time(tot))
        if ax is not None:
            ax.figure.savefig("out/topics_over_time.png", dpi=100, bbox_inches="tight"); plt.close("all")
# plots
ax = tm("plot_trends quarter", lambda: ct.plot_trends(kt.drop(columns=[c for c in kt.columns if c not in TERMS], errors="ignore") if False else kt))
if ax is not None:
    ax.figure.savefig("out/trends_quarter.png", dpi=110, bbox_inches="tight"); plt.close("all")
ax = tm("plot_slogan_trends year", lambda: ct.plot_slogan_trends(ct.slogan_trends(corpus, by="year"), top=8))
if ax is not None:
    ax.figure.savefig("out/slogan_trends_year.png", dpi=110, bbox_inches="tight"); plt.close("all")
oy = pd.read_csv("out/own_vs_repost_year.csv", index_col=0)
plt.rcParams["font.family"] = ct.cjk_font()   # her own chart: the font the docs name
f, a = plt.subplots(figsize=(7, 3.5)); oy.rename(columns={"True": "本县自采", "False": "转载"}).plot.bar(stacked=True, ax=a)
a.set_title("龙游县融媒体中心：自采与转载（按年）"); f.savefig("out/own_vs_repost.png", dpi=110, bbox_inches="tight"); plt.close("all")
# report
rep = tm("build_report by quarter", lambda: ct.build_report(corpus, "out/report", terms=TERMS, by="quarter", progress=False))

# ---- CLI --------------------------------------------------------------------------------------------------------
cli("articles (manifest)", ["articles", "articles/", "--manifest", "out/manifest.csv"])
cli("bylines (manifest)", ["bylines", "articles/", "--manifest", "out/manifest.csv"])
cli("places (manifest)", ["places", "articles/", "--manifest", "out/manifest.csv"])
cli("slogans (manifest)", ["slogans", "articles/", "--manifest", "out/manifest.csv", "--by-paper"])
cli("trends --by quarter", ["trends", "articles/", "乡村振兴", "共同富裕", "--manifest", "out/manifest.csv", "--by", "quarter"])
cli("report --by quarter", ["report", "articles/", "--manifest", "out/manifest.csv", "--by", "quarter", "-o", "out/cli/report",
                            "--terms", "乡村振兴,共同富裕,数字化改革"])
cli("save (for CLI reuse)", ["save", "articles/", "--manifest", "out/manifest.csv", "-o", "out/cli/store"])
cli("entities on a saved store", ["entities", "out/cli/store"])
cli("articles on a CSV article table", ["articles", "out/articles.csv"])
cli("trends --by quarter wrong arg", ["trends", "articles/", "乡村振兴", "--by", "season"])

# ---- bad input ----------------------------------------------------------------------------------------------------
bad = []
for name, f in [("bad/ raise", lambda: ct.read_corpus("bad/")),
                ("bad/ skip", lambda: ct.read_corpus("bad/", errors="skip")),
                ("bad/ skip county", lambda: ct.read_corpus("bad/", errors="skip", county="龙游县")),
                ("from_articles date None + '2021-06-03 09:12'", lambda: ct.Corpus.from_articles(pd.DataFrame(
                    {"issue_id": ["a", "b"], "date": [None, "2021-06-03 09:12"], "title": ["x", "y"], "body": ["甲。", "乙。"]}))),
                ("from_articles byline as str", lambda: ct.Corpus.from_articles(pd.DataFrame(
                    {"issue_id": ["a"], "date": ["2021-06-03"], "title": ["x"], "body": ["甲。"], "byline": ["记者 方晓雯"]}))),
                ("from_articles duplicate issue_id two dates", lambda: ct.Corpus.from_articles(pd.DataFrame(
                    {"issue_id": ["a", "a"], "date": ["2021-06-03", "2021-06-04"], "title": ["x", "y"], "body": ["甲。", "乙。"]})))]:
    r = tm(name, f)
    bad.append(dict(case=name, result="" if r is None else f"{len(r.issues)} issues, {len(r.articles)} articles; "
                    + " | ".join(f"{a.id}: {str(a.title)[:30]} / {a.body[:40]}" for a in r.articles)[:700]))
pd.DataFrame(bad).to_csv("out/bad_input.csv", index=False)
calls.save()
# keep the folder small: the report's per-article pages, fonts and the saved store are not kept
for p in ["out/report/articles", "out/report/fonts", "out/cli/report/articles", "out/cli/report/fonts", "out/cli/store", "cache"]:
    shutil.rmtree(p, ignore_errors=True)
for p in glob.glob("out/cli/report/*"):   # the CLI report: keep its tables the score reads
    if os.path.basename(p) not in ("keywords.csv", "papers.csv", "slogans.csv", "places.csv", "people.csv"):
        shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
for p in glob.glob("out/report/*.png") + ["out/report/articles.csv", "out/report/slogan_contexts.csv", "out/report/slogan_trends.csv"]:
    os.remove(p) if os.path.exists(p) else None
for p in ["out/report/methods", "out/report/entities.csv", "out/entities_raw.csv", "out/report/index.html"]:
    shutil.rmtree(p) if os.path.isdir(p) else (os.remove(p) if os.path.exists(p) else None)
