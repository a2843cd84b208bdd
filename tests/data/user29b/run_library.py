"""What the scholar runs (from the README/docs), timed; saves outputs under out/.  Run from this folder."""
import os, sys, time, json, subprocess, traceback
import pandas as pd
import corpus_tools as ct

os.makedirs("out", exist_ok=True)
T = {}
ERR = {}


def tm(name, f):
    t = time.time()
    try:
        r = f()
    except Exception as e:
        ERR[name] = f"{type(e).__name__}: {e}"
        print("ERROR", name, ERR[name], flush=True)
        traceback.print_exc()
        r = None
    T[name] = round(time.time() - t, 2)
    print(name, T[name], flush=True)
    return r


def save(df, name, **kw):
    if df is not None:
        df.to_csv(f"out/{name}.csv", index=kw.get("index", False))


# 1. one folder tree, a sub-folder per paper: the first thing a user tries
tree = tm("read_corpus_tree", lambda: ct.read_corpus("pages/", pattern="**/*.txt"))
if tree is not None:
    save(tree.issues_frame(), "issues_tree")
# 2. the README's two-papers form
corpus = tm("read_corpus_two", lambda: ct.read_corpus(["pages/jingning", "pages/wuping"]))
iss = corpus.issues_frame(); save(iss, "issues")
arts = tm("articles_frame", corpus.articles_frame); save(arts, "articles")
papers = [p for p in iss["paper"].dropna().unique()]
print("papers", papers, "columns", list(arts.columns))
ctab = tm("county_table", lambda: ct.county_table(corpus, level="article")); save(ctab, "county_table_article")
sub = {p: corpus.filter(paper=p) for p in papers}
json.dump(papers, open("out/papers.json", "w", encoding="utf-8"), ensure_ascii=False)  # index -> paper in file names

kw = tm("keywords_all", lambda: ct.keywords(corpus, by="all", top_n=30)); save(kw, "keywords_all")
for i, p in enumerate(papers):
    save(tm(f"keywords_{i}", lambda: ct.keywords(sub[p], by="year", top_n=10)), f"keywords_year_{i}")
tmod = tm("topics_fit", lambda: ct.TopicModel(6, random_state=0).fit(corpus))
if tmod is not None:
    save(tmod.top_terms(8), "topics_terms"); save(tmod.doc_topics_, "doc_topics")
    shares = tm("topics_over_time", lambda: tmod.topics_over_time(by="year")); save(shares, "topic_shares", index=True)

TERMS = ["新农村", "群众路线", "精准扶贫", "脱贫攻坚", "乡村振兴", "共同富裕", "苹果", "百香果"]
trends = {}
for i, p in enumerate(papers):
    trends[p] = tm(f"trends_{i}", lambda: ct.keyword_trends(sub[p], TERMS, by="year"))
    save(trends[p], f"trends_{i}", index=True)

k_pp = tm("keyness_paper", lambda: ct.keyness(sub[papers[0]], sub[papers[1]], top_n=None)); save(k_pp, "keyness_paper")
early = corpus.filter(date=lambda d: d is not None and d.year <= 2012)
late = corpus.filter(date=lambda d: d is not None and d.year >= 2016)
k_el = tm("keyness_era", lambda: ct.keyness(early, late, top_n=None)); save(k_el, "keyness_era")

for i, p in enumerate(papers):
    for w in ["乡村振兴", "群众"]:
        save(tm(f"colloc_{i}_{w}", lambda: ct.collocations(sub[p], word=w, window=3, min_count=2, top_n=30)), f"colloc_{i}_{w}")
for w in ["乡村振兴", "群众路线", "脱贫攻坚"]:
    k = tm(f"kwic_{w}", lambda: ct.kwic(corpus, w, width=15)); save(k, f"kwic_{w}")

sl = {}
for i, p in enumerate(papers):
    sl[p] = tm(f"slogans_{i}", lambda: ct.extract_slogans(sub[p])); save(sl[p], f"slogans_{i}")
sl_all = tm("slogans_both", lambda: ct.extract_slogans(corpus)); save(sl_all, "slogans_both")
from corpus_tools.slogans import page_slogans  # documented in docs/slogans.md
ps = []
t0 = time.time()
for iss_ in corpus.issues:
    d = page_slogans(iss_); d.insert(0, "issue_id", iss_.id); ps.append(d)  # Issue has no .paper: join issues_frame
T["page_slogans"] = round(time.time() - t0, 2)
pd.concat(ps).to_csv("out/page_slogans.csv", index=False)

ents = tm("extract_entities", lambda: ct.extract_entities(corpus)); save(ents, "entities")
pm = tm("place_mentions", lambda: ct.place_mentions(ents, corpus)); save(pm, "place_mentions")
pt = tm("place_table", lambda: ct.place_table(pm, corpus)); save(pt, "place_table")
pt_p = tm("place_table_by_paper", lambda: ct.place_table(pm, corpus, by="paper")); save(pt_p, "place_table_by_paper")

import matplotlib; matplotlib.use("Agg")
import matplotlib.pyplot as plt
def plot_two():
    fig, axes = plt.subplots(1, 2, figsize=(12, 4), sharey=True)
    for ax, p in zip(axes, papers):
        ct.plot_trends(trends[p][["乡村振兴", "脱贫攻坚", "共同富裕", "新农村"]] if trends[p] is not None and "乡村振兴" in trends[p] else trends[p], ax=ax, title=p)
    fig.savefig("out/trends_by_paper.png", dpi=110, bbox_inches="tight")
tm("plot_trends", plot_two)
def plot_tl():
    ax = ct.plot_slogan_timeline(sl_all, top=30); ax.figure.savefig("out/slogan_timeline.png", dpi=110, bbox_inches="tight")
tm("plot_slogan_timeline", plot_tl)

# reports: API for each paper and both
for i, p in enumerate(papers):
    tm(f"report_api_{i}", lambda: ct.build_report(sub[p], f"out/report_{i}", by="year", terms=TERMS[:6], progress=False))
tm("report_api_both", lambda: ct.build_report(corpus, "out/report_both", by="year", terms=TERMS[:6], progress=False))
# CLI: the tree, as the README's two-papers example
def cli():
    r = subprocess.run(["corpus-tools", "report", "pages/jingning", "pages/wuping", "-o", "out/report_cli", "--by", "year",
                        "--terms", ",".join(TERMS[:6])], capture_output=True, text=True)
    open("out/report_cli.log", "w").write(r.stdout + "\n---\n" + r.stderr)
tm("report_cli_both", cli)
# CLI calls the persona makes on both folders (per paper)
os.makedirs("out/cli", exist_ok=True)
for name, args in [("trends_by_paper", ["trends", "pages/jingning", "pages/wuping", "乡村振兴", "脱贫攻坚", "共同富裕", "--by", "year", "--by-paper"]),
                   ("slogans_by_paper", ["slogans", "pages/jingning", "pages/wuping", "--by-paper"]),
                   ("places", ["places", "pages/jingning", "pages/wuping"]),
                   ("places_by_paper", ["places", "pages/jingning", "pages/wuping", "--by-paper"]),
                   ("kwic_qunzhong", ["kwic", "pages/jingning", "pages/wuping", "群众路线"]),
                   ("trends_tree", ["trends", "pages/", "乡村振兴", "--by", "year", "--by-paper"])]:
    def run(args=args, name=name):
        r = subprocess.run(["corpus-tools"] + args, capture_output=True, text=True)
        open(f"out/cli/{name}.txt", "w").write(r.stdout + "\n--- rc=%d\n" % r.returncode + r.stderr)
    tm("cli_" + name, run)
json.dump({"timings": T, "errors": ERR}, open("out/timings.json", "w"), ensure_ascii=False, indent=1)
print(T); print(ERR)
