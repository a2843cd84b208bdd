"""What the comparative-politics student runs on ONE folder holding 90 pages of 营山报 and 90 of 蓬安报 (no manifest; the
file names carry the paper and the date in two forms).  From the README, docs/, --help and help() only: read_corpus,
issues_frame (paper and county per issue), articles_frame, byline_table, county_table(level="article"),
extract_entities, place_mentions, split_by_paper, keyness_by_paper, keywords per paper, per_paper(extract_slogans),
slogan first/last per paper, a PNG comparing the papers' campaign counts per year, build_report per paper and for both;
then the CLI (--help, articles, places --mentions, keyness, slogans --by-paper, keywords --by-paper, report) and bad
input.  Timed (out/timings.csv).  Run from this folder with PYTHONPATH at the tree:  python run_library.py"""
import os, shutil, subprocess, sys, time, traceback, warnings
os.environ["CORPUS_TOOLS_CACHE"] = os.path.abspath("cache")
import pandas as pd

shutil.rmtree("cache", ignore_errors=True)
shutil.rmtree("out", ignore_errors=True)
os.makedirs("out/cli", exist_ok=True)
T = []
WARN = []


def tm(name, f):
    t = time.time()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = f(); rc = 0; note = ""
        except Exception as e:  # noqa: BLE001
            r = None; rc = 1; note = f"{type(e).__name__}: {e}"[:400]
            traceback.print_exc()
    dt = round(time.time() - t, 2)
    for x in w:
        WARN.append(dict(call=name, warning=str(x.message)[:600]))
    T.append(dict(kind="py", call=name, seconds=dt, rc=rc, note=note))
    print(f"{name}: {dt}s {note}", flush=True)
    return r


def cli(name, args):
    t = time.time()
    r = subprocess.run(["corpus-tools"] + args, capture_output=True, text=True)
    dt = round(time.time() - t, 2)
    T.append(dict(kind="cli", call=name, seconds=dt, rc=r.returncode, note=r.stderr.strip()[-300:].replace("\n", " | ")))
    with open("out/cli_log.txt", "a") as f:
        f.write(f"\n=== {name} rc={r.returncode} {dt}s\n$ corpus-tools {' '.join(args)}\n{r.stdout[-2500:]}\n--- stderr\n{r.stderr[-2500:]}\n")
    print(f"cli {name}: {dt}s rc {r.returncode}", flush=True)
    return r


open("out/cli_log.txt", "w").close()
import corpus_tools as ct
print(ct.__file__)
STEP = sys.argv[1] if len(sys.argv) > 1 else "all"

corpus = tm("read_corpus", lambda: ct.read_corpus("pages/"))
issues = tm("issues_frame", corpus.issues_frame); issues.to_csv("out/issues.csv", index=False)
arts = tm("articles_frame", corpus.articles_frame); arts.to_csv("out/articles.csv", index=False)
byl = tm("byline_table", lambda: ct.byline_table(corpus)); byl is not None and byl.to_csv("out/bylines.csv", index=False)
ca = tm("county_table article", lambda: ct.county_table(corpus, level="article")); ca is not None and ca.to_csv("out/county_articles.csv", index=False)
ents = tm("extract_entities", lambda: ct.extract_entities(corpus)); ents.to_csv("out/entities.csv", index=False)
pm = tm("place_mentions", lambda: ct.place_mentions(ents, corpus))
if pm is not None:
    # her places CSV: admin_code and parents (township, county) and the paper of the issue
    pap = dict(zip(issues.issue_id, issues.paper))
    pm["paper"] = pm.issue_id.map(pap)
    pm.to_csv("out/place_mentions.csv", index=False)
subs = tm("split_by_paper", lambda: ct.split_by_paper(corpus))
if subs:
    print("papers:", {k: len(v) for k, v in subs.items()})
if subs and len(subs) >= 2:
    kb = tm("keyness_by_paper", lambda: ct.keyness_by_paper(subs, top_n=30)); kb is not None and kb.to_csv("out/keyness_by_paper.csv", index=False)
    kw = tm("keywords per paper", lambda: ct.per_paper(corpus, lambda sub: ct.keywords(sub, by="all", top_n=30), what="keywords"))
    kw is not None and kw.to_csv("out/keywords_by_paper.csv")
    sl = tm("slogans per paper", lambda: ct.per_paper(corpus, lambda sub: ct.extract_slogans(sub), what="slogans"))
    sl is not None and sl.to_csv("out/slogans_by_paper.csv")
    tr = tm("keyword_trends per paper", lambda: ct.per_paper(corpus, lambda sub: ct.keyword_trends(
        sub, ["脱贫攻坚", "乡村振兴", "河长制", "网格化管理", "精准扶贫", "成渝第二城"], by="year", normalize="count"), what="trends"))
    tr is not None and tr.to_csv("out/trends_by_paper.csv")
    # topics per paper
    def topics(sub):
        tmod = ct.TopicModel(n_topics=4).fit(sub)
        tt = tmod.top_terms()
        return tt if isinstance(tt, pd.DataFrame) else pd.DataFrame({"topic": list(range(len(tt))), "terms": [str(x) for x in tt]})
    tp = tm("topics per paper", lambda: ct.per_paper(corpus, topics, what="topics")); tp is not None and tp.to_csv("out/topics_by_paper.csv")
    # plot: campaign mentions per year, the two papers side by side
    def plot():
        import matplotlib; matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        font = ct.cjk_font()
        t = tr.reset_index()
        fig, axes = plt.subplots(1, 2, figsize=(12, 4), sharey=True)
        for ax, (paper, g) in zip(axes, t.groupby("paper")):
            g = g.set_index(g.columns[1])
            for term in ["脱贫攻坚", "乡村振兴", "河长制", "网格化管理"]:
                if term in g.columns:
                    ax.plot(g.index.astype(str), g[term], label=term)
            ax.set_title(f"{paper}：运动提法逐年提及", fontproperties=font)
            ax.legend(prop=font); ax.tick_params(axis="x", rotation=90)
        fig.tight_layout(); fig.savefig("out/campaigns_by_paper.png", dpi=90)
    if tr is not None:
        tm("plot campaigns_by_paper.png", plot)
    for p, sub in subs.items():
        tm(f"build_report {p}", lambda: ct.build_report(sub, f"out/report_{p}", progress=False))
tm("build_report both", lambda: ct.build_report(corpus, "out/report_both", progress=False))

# ------------------------------------------------------------------ CLI
cli("help", ["--help"])
cli("articles csv", ["articles", "pages/", "--format", "csv", "-o", "out/cli/articles.csv", "-q"])
cli("places mentions", ["places", "pages/", "--mentions", "--format", "csv", "-o", "out/cli/places.csv", "-q"])
cli("slogans by paper", ["slogans", "pages/", "--by-paper", "--format", "csv", "-o", "out/cli/slogans_by_paper.csv", "-q"])
cli("keywords by paper", ["keywords", "pages/", "--by-paper", "--by", "all", "--format", "csv", "-o", "out/cli/keywords_by_paper.csv", "-q"])
cli("keyness one folder (A vs B?)", ["keyness", "pages/", "--format", "csv", "-o", "out/cli/keyness.csv", "-q"])
# the only way the help offers: two folders; she tries globs as two PATHs
cli("keyness two globs", ["keyness", "pages/营山报*.txt", "pages/蓬安报*.txt", "--format", "csv", "-o", "out/cli/keyness_globs.csv", "-q"])
cli("report both", ["report", "pages/", "-o", "out/cli/report_both", "-q"])
cli("wrong: --paper-by", ["keyness", "pages/", "--by-paper"])

# ------------------------------------------------------------------ bad input
bad = []
def bad_case(name, files):
    d = f"out/bad/{name}"; os.makedirs(d, exist_ok=True)
    shutil.copy("pages/营山报_2011-05-26_p1.txt" if os.path.exists("pages/营山报_2011-05-26_p1.txt") else
                os.path.join("pages", sorted(os.listdir("pages"))[0]), d)
    for fn, data in files.items():
        open(os.path.join(d, fn), "wb").write(data)
    for errors in ("raise", "skip"):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            try:
                c = ct.read_corpus(d, errors=errors); iss = c.issues_frame(); c.articles_frame()
                res = f"ok: {len(iss)} issues; paper={list(iss.paper)} date={list(iss.date.astype(str))}"
            except Exception as e:  # noqa: BLE001
                res = f"{type(e).__name__}: {e}"
        bad.append(dict(case=name, errors=errors, result=res[:500], warnings=" | ".join(str(x.message)[:200] for x in w)[:800]))
        print("bad", name, errors, res[:160], flush=True)
bad_case("empty", {"营山报_2012-01-05_p2.txt": b""})
bad_case("gbk", {"蓬安报20120105-2.txt": "蓬安县徐家镇凤凰村召开乡村振兴推进会。".encode("gbk")})
bad_case("binary", {"营山报_2012-01-05_p3.txt": bytes(range(256)) * 4})
bad_case("no_date", {"蓬安报-副刊-3.txt": "相如街道火车站社区网格化管理见成效。".encode()})
bad_case("txt_and_pdf", {"蓬安报20120105-4.pdf": b"%PDF-1.4\n% not really a pdf\n"})
pd.DataFrame(bad).to_csv("out/bad_input.csv", index=False)
pd.DataFrame(T).to_csv("out/timings.csv", index=False)
pd.DataFrame(WARN).drop_duplicates().to_csv("out/warnings.csv", index=False)
print(pd.DataFrame(T).to_string())
