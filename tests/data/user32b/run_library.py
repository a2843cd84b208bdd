"""What the media historian runs on the 80 pages of 船营报 (from the README, docs/, --help and help()): the Python calls
for her tables (articles with section/kicker/title/subtitle/byline, bylines one row per (role, name), entities one row
per mention, places with codes, people by year, a plot of reporters by year), then the CLI commands she would use
(articles, places, kwic, slogans, report), then bad input.  Timed.  Run from this folder with PYTHONPATH at the tree:
    python run_library.py
A fresh parse cache under ./cache (CORPUS_TOOLS_CACHE) so the first run is cold; the CLI runs after Python on the same
cache (as a user would)."""
import os, shutil, subprocess, sys, time, json, re, warnings
os.environ["CORPUS_TOOLS_CACHE"] = os.path.abspath("cache")
import pandas as pd

shutil.rmtree("cache", ignore_errors=True)
os.makedirs("out/cli", exist_ok=True)
T = []


def tm(name, f):
    t = time.time(); r = f(); dt = round(time.time() - t, 2)
    T.append(dict(kind="py", call=name, seconds=dt, rc=0, note=""))
    print(f"{name}: {dt}s", flush=True)
    return r


def cli(name, args):
    t = time.time()
    r = subprocess.run(["corpus-tools"] + args, capture_output=True, text=True)
    dt = round(time.time() - t, 2)
    T.append(dict(kind="cli", call=name, seconds=dt, rc=r.returncode, note=r.stderr.strip()[-300:].replace("\n", " | ")))
    open("out/cli_log.txt", "a").write(f"\n=== {name} rc={r.returncode} {dt}s\n$ corpus-tools {' '.join(args)}\n"
                                       f"{r.stdout[-1500:]}\n--- stderr\n{r.stderr[-2000:]}\n")
    print(f"cli {name}: {dt}s rc {r.returncode}", flush=True)
    return r


open("out/cli_log.txt", "w").close()
import corpus_tools as ct
print(ct.__file__)
corpus = tm("read_corpus", lambda: ct.read_corpus("pages/", manifest="pages/manifest.csv"))
issues = tm("issues_frame", corpus.issues_frame); issues.to_csv("out/issues.csv", index=False)
arts = tm("articles_frame", corpus.articles_frame); arts.to_csv("out/articles.csv", index=False)

# bylines as (role, name) pairs: one row per pair, from Article.byline (articles_frame keeps names only)
rows = []
for iss in corpus.issues:
    for a in iss.articles:
        for k, (role, name) in enumerate(a.byline):
            rows.append(dict(issue_id=iss.id, article_id=a.id, date=iss.date, year=iss.date.year if iss.date else None,
                             section=a.section, kicker=a.kicker, title=a.title, k=k, role=role, name=name,
                             byline_text=a.byline_text))
bylines = pd.DataFrame(rows); bylines.to_csv("out/bylines.csv", index=False)
ents = tm("extract_entities", lambda: ct.extract_entities(corpus)); ents.to_csv("out/entities.csv", index=False)
pm = tm("place_mentions", lambda: ct.place_mentions(ents, corpus)); pm.to_csv("out/place_mentions.csv", index=False)
pt = tm("place_table by year", lambda: ct.place_table(pm, corpus, by="year")); pt.to_csv("out/place_table.csv", index=False)
ut = tm("unit_table", lambda: ct.unit_table(pm, corpus)); ut.to_csv("out/unit_table.csv", index=False)
nr = tm("newsroom_rows", lambda: ct.newsroom_rows(ents, corpus))
ents2 = ents.assign(newsroom=nr); ents2.to_csv("out/entities_with_newsroom.csv", index=False)
pp = tm("person_posts", lambda: ct.person_posts(ents, corpus)); pp.to_csv("out/person_posts.csv", index=False)
# people by year: PERSON mentions in the news (not the newsroom) per year
ents2["year"] = ents2["issue_id"].map(dict(zip(issues.issue_id, pd.to_datetime(issues.date).dt.year)))
ppl = ents2[(ents2.label == "PERSON") & ~ents2.newsroom].groupby(["year", "text"]).size().rename("n").reset_index()
ppl.to_csv("out/people_by_year.csv", index=False)
# reporters by year from the bylines
rep = bylines.groupby(["year", "name"]).size().rename("n").reset_index(); rep.to_csv("out/reporters_by_year.csv", index=False)
import matplotlib; matplotlib.use("Agg")
import matplotlib.pyplot as plt
font = ct.cjk_font()
piv = rep.pivot_table(index="year", columns="name", values="n", aggfunc="sum").fillna(0)
top = piv.sum().sort_values(ascending=False).index[:12]
ax = piv[top].plot(kind="bar", stacked=True, figsize=(11, 5))
ax.set_title("船营报：署名作者（记者、通讯员、摄影）逐年出现次数", fontproperties=font)
ax.legend(prop=font, ncol=2, fontsize=8)
ax.figure.savefig("out/reporters_by_year.png", dpi=100, bbox_inches="tight"); plt.close("all")
# the library's own plot (entity counts) to see if its Chinese is readable
ec = tm("entity_counts by year", lambda: ct.entity_counts(corpus, by="year", entities=ents)); ec.to_csv("out/entity_counts.csv", index=False)
sl = tm("extract_slogans", lambda: ct.extract_slogans(corpus)); sl.to_csv("out/slogans.csv", index=False)
from corpus_tools.slogans import page_slogans  # documented in docs/slogans.md
ps = []
for iss in corpus.issues:
    d = page_slogans(iss); d.insert(0, "issue_id", iss.id); ps.append(d)
pd.concat(ps).to_csv("out/page_slogans.csv", index=False)
for q in ["记者", "通讯员", "社区"]:
    k = tm(f"kwic {q}", lambda: ct.kwic(corpus, q, width=12)); pd.DataFrame(k).to_csv(f"out/kwic_{q}.csv", index=False)
col = tm("collocations 社区", lambda: ct.collocations(corpus, word="社区", window=3, min_count=2)); col.to_csv("out/collocations_社区.csv", index=False)
early = corpus.filter(date=lambda d: d is not None and d.year <= 2010)
late = corpus.filter(date=lambda d: d is not None and d.year >= 2017)
ky = tm("keyness 2017-24 vs 2002-10", lambda: ct.keyness(late, early, top_n=40)); ky.to_csv("out/keyness_eras.csv", index=False)
kt = tm("keyword_trends", lambda: ct.keyword_trends(corpus, ["社区", "网格", "融媒体", "志愿者"], by="year"))
kt.to_csv("out/keyword_trends.csv")
ax = ct.plot_trends(kt, title="船营报：社区、网格、志愿者的年度趋势"); ax.figure.savefig("out/trends.png", dpi=100, bbox_inches="tight")

# CLI
W = "pages/"
for name, args in [
    ("articles csv", ["articles", W, "--format", "csv", "-o", "out/cli/articles.csv", "-q"]),
    ("articles json", ["articles", W, "--format", "json", "-o", "out/cli/articles.json", "-q"]),
    ("places csv --by all", ["places", W, "--by", "all", "--format", "csv", "-o", "out/cli/places.csv", "-q"]),
    ("kwic 记者", ["kwic", W, "记者", "--format", "csv", "-o", "out/cli/kwic_记者.csv", "-q"]),
    ("slogans csv", ["slogans", W, "--format", "csv", "-o", "out/cli/slogans.csv", "-q"]),
    ("report", ["report", W, "-o", "out/cli/report", "--by", "year", "-q"]),
    ("articles --years 2010-2013", ["articles", W, "--years", "2010-2013", "--format", "csv", "-o", "out/cli/articles_2010_13.csv", "-q"]),
    ("error: articles --format xlsx", ["articles", W, "--format", "xlsx"]),
    ("error: no such folder", ["articles", "no_such/"]),
]:
    cli(name, args)

# bad input, each alone in a folder and among the pages, in Python and with the CLI
bad = {"empty": b"", "gbk": "船营报　2019年3月5日　第2版\n德胜街道德胜社区开展志愿服务。\n本报记者　曲艺\n".encode("gbk"),
       "binary": bytes(range(256)) * 8, "nodate": "船营报\n德胜街道德胜社区开展志愿服务。（曲艺）\n".encode("utf-8")}
rows = []
for i, (k, b) in enumerate(bad.items()):
    d = f"out/bad_{k}"; shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    fn = "page_x.txt" if k == "nodate" else f"2019-03-05_p{i + 1}.txt"
    open(f"{d}/{fn}", "wb").write(b)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            c = ct.read_corpus(d)
            arts_b = c.articles_frame(progress=False)
            msg = f"OK: {len(c.issues)} issues; dates {[str(x.date) for x in c.issues]}; articles {len(arts_b)}"
        except Exception as e:
            msg = f"{type(e).__name__}: {e}"
    msg += " | warnings: " + " || ".join(str(x.message)[:300] for x in w)
    r = subprocess.run(["corpus-tools", "articles", d, "-q"], capture_output=True, text=True)
    rows.append(dict(case=k, file=fn, python=msg, cli_rc=r.returncode, cli=(r.stdout[-300:] + " || " + r.stderr[-600:]).strip()))
    print(k, msg[:300], "| cli", r.returncode, r.stderr[-300:])
d = "out/bad_mixed"; shutil.rmtree(d, ignore_errors=True); shutil.copytree("pages", d)
open(f"{d}/2019-03-05_p9.txt", "wb").write(bad["gbk"]); open(f"{d}/2019-03-06_p9.txt", "wb").write(b"")
open(f"{d}/2019-03-07_p9.txt", "wb").write(bad["binary"]); open(f"{d}/page_x.txt", "wb").write(bad["nodate"])
for mode in ["raise", "skip"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            c = ct.read_corpus(d, errors=mode)
            msg = f"OK: {len(c.issues)} issues; undated {[x.id for x in c.issues if x.date is None]}"
        except Exception as e:
            msg = f"{type(e).__name__}: {e}"
    r = subprocess.run(["corpus-tools", "articles", d, "--errors", mode, "--format", "csv", "-o", "/dev/null", "-q"],
                       capture_output=True, text=True)
    rows.append(dict(case=f"mixed errors={mode}", file="4 bad among 80", python=msg + " | warnings: " + " || ".join(str(x.message)[:300] for x in w),
                     cli_rc=r.returncode, cli=r.stderr[-800:]))
    print("mixed", mode, msg[:300], "| cli", r.returncode, r.stderr[-300:])
pd.DataFrame(rows).to_csv("out/bad_input.csv", index=False)
pd.DataFrame(T).to_csv("out/timings.csv", index=False)
print(pd.DataFrame(T)[["kind", "call", "seconds", "rc"]].to_string())
