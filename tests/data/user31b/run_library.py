"""What the rural sociologist runs (half the pages in pages/manifest.csv) from the README/docs/help(), timed; writes out/. Run from this folder."""
import os, subprocess, sys, time, shutil
import pandas as pd
import corpus_tools as ct

os.makedirs("out", exist_ok=True)
T = {}


def tm(name, f):
    t = time.time(); r = f(); T[name] = round(time.time() - t, 2); print(name, T[name], flush=True); return r


corpus = tm("read_corpus", lambda: ct.read_corpus("pages/"))
issues = corpus.issues_frame(); issues.to_csv("out/issues.csv", index=False)
arts = tm("articles_frame", corpus.articles_frame); arts.to_csv("out/articles.csv", index=False)
ents = tm("extract_entities", lambda: ct.extract_entities(corpus)); ents.to_csv("out/entities.csv", index=False)
pm = tm("place_mentions", lambda: ct.place_mentions(ents, corpus)); pm.to_csv("out/place_mentions.csv", index=False)
pt = tm("place_table", lambda: ct.place_table(pm, corpus, by="year")); pt.to_csv("out/place_table.csv", index=False)
sl = tm("extract_slogans", lambda: ct.extract_slogans(corpus)); sl.to_csv("out/slogans.csv", index=False)
sm = tm("slogan_mentions", lambda: ct.slogan_mentions(corpus)); sm.to_csv("out/slogan_mentions.csv", index=False)
st = tm("slogan_trends", lambda: ct.slogan_trends(corpus, by="year")); st.to_csv("out/slogan_trends.csv", index=False)
from corpus_tools.slogans import page_slogans  # documented in docs/slogans.md
ps = []
t = time.time()
for iss in corpus.issues:
    d = page_slogans(iss); d.insert(0, "issue_id", iss.id); ps.append(d)
T["page_slogans"] = round(time.time() - t, 2)
pd.concat(ps).to_csv("out/page_slogans.csv", index=False)
# which townships / villages / communities each campaign reaches (sentence and article windows)
co = tm("slogan_place_cooc", lambda: ct.slogan_entity_cooccurrence(corpus, window="article", entities=ents))
co.to_csv("out/slogan_place_cooc.csv", index=False)
cop = tm("slogan_person_cooc", lambda: ct.slogan_entity_cooccurrence(corpus, labels=["PERSON"], entities=ents))
cop.to_csv("out/slogan_person_cooc.csv", index=False)
pp = tm("person_posts", lambda: ct.person_posts(ents, corpus)); pp.to_csv("out/person_posts.csv", index=False)
terms = ["扶贫", "易地扶贫搬迁", "乡村振兴", "第一书记", "撤乡建镇", "合村并组", "整村推进"]
kt = tm("keyword_trends", lambda: ct.keyword_trends(corpus, terms, by="year")); kt.to_csv("out/keyword_trends.csv")
for q in ["撤乡建镇", "和平乡", "合村并组", "第一书记", "易地扶贫搬迁"]:
    k = tm(f"kwic {q}", lambda: ct.kwic(corpus, q, width=15)); pd.DataFrame(k).to_csv(f"out/kwic_{q}.csv", index=False)
col = tm("collocations 搬迁", lambda: ct.collocations(corpus, word="搬迁", window=3, min_count=2)); col.to_csv("out/collocations_搬迁.csv", index=False)
col2 = tm("collocations all", lambda: ct.collocations(corpus, min_count=3)); col2.to_csv("out/collocations.csv", index=False)
early = corpus.filter(date=lambda d: d is not None and d.year <= 2010)
late = corpus.filter(date=lambda d: d is not None and d.year >= 2016)
ky = tm("keyness 2016-23 vs 2003-10", lambda: ct.keyness(late, early, top_n=40)); ky.to_csv("out/keyness_late_vs_early.csv", index=False)
ky2 = tm("keyness with entities, max_p", lambda: ct.keyness(late, early, top_n=40, entities=ents, max_p=0.05)); ky2.to_csv("out/keyness_late_vs_early_ents.csv", index=False)
import matplotlib; matplotlib.use("Agg")
ax = ct.plot_slogan_timeline(sl, top=30); ax.figure.savefig("out/timeline.png", dpi=110, bbox_inches="tight")
ax = ct.plot_trends(kt, title="扶贫与乡村振兴提法的年度趋势"); ax.figure.savefig("out/trends.png", dpi=110, bbox_inches="tight")
shutil.rmtree("out/report", ignore_errors=True)
t = time.time()
r = subprocess.run(["corpus-tools", "report", "pages/", "-o", "out/report", "--by", "year", "--terms", ",".join(terms[:5])],
                   capture_output=True, text=True)
T["cli report"] = round(time.time() - t, 2)
open("out/report_stderr.txt", "w").write(r.stdout + "\n---\n" + r.stderr)
print("cli report", T["cli report"], "rc", r.returncode)

for name, args in [("cli places", ["places", "pages/", "--format", "csv"]), ("cli slogans", ["slogans", "pages/", "--format", "csv"]),
                   ("cli keywords", ["keywords", "pages/", "--by", "year"]), ("cli articles", ["articles", "pages/"])]:
    t = time.time(); r = subprocess.run(["corpus-tools"] + args, capture_output=True, text=True); T[name] = round(time.time() - t, 2)
    open(f"out/{name.replace(' ', '_')}.txt", "w").write(r.stdout + "\n---stderr rc=%d\n" % r.returncode + r.stderr)
    print(name, T[name], "rc", r.returncode, flush=True)

# bad input: each alone in a folder, read as a user would
bad = {"empty": b"", "gbk": "龙胜报　2019年3月5日　第01版\n龙脊镇大寨村推进乡村振兴。\n".encode("gbk"),
       "binary": bytes(range(256)) * 8, "nodate": "龙胜融媒\n龙脊镇大寨村推进乡村振兴，原和平乡群众喜迎新居。\n".encode("utf-8")}
rows = []
for k, b in bad.items():
    d = f"out/bad_{k}"; shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    fn = {"nodate": "page_x.txt"}.get(k, f"2019-03-05_p{list(bad).index(k)+1}.txt")
    open(f"{d}/{fn}", "wb").write(b)
    try:
        c = ct.read_corpus(d)
        msg = f"OK: {len(c.issues)} issues; dates {[str(i.date) for i in c.issues]}; raw {[i.raw[:30] for i in c.issues]}; articles {[len(i.articles) for i in c.issues]}"
    except Exception as e:
        msg = f"{type(e).__name__}: {e}"
    cli = subprocess.run(["corpus-tools", "articles", d], capture_output=True, text=True)
    rows.append(dict(case=k, file=fn, python=msg, cli_rc=cli.returncode, cli=(cli.stdout[-300:] + cli.stderr[-500:]).strip()))
    print(k, msg[:200])
pd.DataFrame(rows).to_csv("out/bad_input.csv", index=False)
print(T)
pd.Series(T).to_csv("out/timings.csv")
