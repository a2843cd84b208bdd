"""What the political-communication scholar and her RA run (from the README/docs/help()), timed, with peak memory;
writes out/. Run from this folder with PYTHONPATH at the tree."""
import os, resource, subprocess, sys, time, shutil
import pandas as pd
import corpus_tools as ct

os.makedirs("out", exist_ok=True)
T = []


def rss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # MB (peak so far)


def tm(name, f):
    t = time.time(); r = f(); dt = round(time.time() - t, 2)
    T.append(dict(call=name, seconds=dt, peak_rss_mb=round(rss(), 1))); print(name, dt, round(rss()), flush=True); return r


corpus = tm("read_corpus", lambda: ct.read_corpus("pages/", manifest="pages/manifest.csv"))
issues = tm("issues_frame (first call: the layout runs here, lazily)", corpus.issues_frame); issues.to_csv("out/issues.csv", index=False)
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
T.append(dict(call="page_slogans x120", seconds=round(time.time() - t, 2), peak_rss_mb=round(rss(), 1)))
pd.concat(ps).to_csv("out/page_slogans.csv", index=False)
# where (which 苏木/镇/嘎查/社区) and by whom (which officials) each formula is printed
co = tm("slogan_place_cooc", lambda: ct.slogan_entity_cooccurrence(corpus, window="article", entities=ents))
co.to_csv("out/slogan_place_cooc.csv", index=False)
cop = tm("slogan_person_cooc", lambda: ct.slogan_entity_cooccurrence(corpus, labels=["PERSON"], entities=ents))
cop.to_csv("out/slogan_person_cooc.csv", index=False)
pp = tm("person_posts", lambda: ct.person_posts(ents, corpus)); pp.to_csv("out/person_posts.csv", index=False)
terms = ["三个代表", "科学发展观", "中国梦", "脱贫攻坚", "乡村振兴", "铸牢中华民族共同体意识", "民族团结进步创建", "守望相助"]
kt = tm("keyword_trends", lambda: ct.keyword_trends(corpus, terms, by="year")); kt.to_csv("out/keyword_trends.csv")
for q in ["铸牢中华民族共同体意识", "三个代表", "民族团结", "生态立旗", "嘎查"]:
    k = tm(f"kwic {q}", lambda: ct.kwic(corpus, q, width=15)); pd.DataFrame(k).to_csv(f"out/kwic_{q}.csv", index=False)
col = tm("collocations 民族", lambda: ct.collocations(corpus, word="民族", window=3, min_count=2)); col.to_csv("out/collocations_民族.csv", index=False)
col2 = tm("collocations all", lambda: ct.collocations(corpus, min_count=3)); col2.to_csv("out/collocations.csv", index=False)
early = corpus.filter(date=lambda d: d is not None and d.year <= 2007)
late = corpus.filter(date=lambda d: d is not None and d.year >= 2019)
ky = tm("keyness 2019-24 vs 1998-2007", lambda: ct.keyness(late, early, top_n=40)); ky.to_csv("out/keyness_late_vs_early.csv", index=False)
ky2 = tm("keyness with entities, max_p", lambda: ct.keyness(late, early, top_n=40, entities=ents, max_p=0.05)); ky2.to_csv("out/keyness_late_vs_early_ents.csv", index=False)
import matplotlib; matplotlib.use("Agg")
ax = tm("plot_slogan_timeline", lambda: ct.plot_slogan_timeline(sl, top=40)); ax.figure.savefig("out/timeline.png", dpi=110, bbox_inches="tight")
ax = tm("plot_trends", lambda: ct.plot_trends(kt, title="各时代提法的年度趋势")); ax.figure.savefig("out/trends.png", dpi=110, bbox_inches="tight")
shutil.rmtree("out/report", ignore_errors=True)
t = time.time()
r = subprocess.run(["/usr/bin/time", "-v", "corpus-tools", "report", "pages/", "-o", "out/report", "--by", "year", "--terms", ",".join(terms[:6])],
                   capture_output=True, text=True)
peak = next((l.split(":")[-1].strip() for l in r.stderr.splitlines() if "Maximum resident" in l), "?")
T.append(dict(call="cli report (separate process)", seconds=round(time.time() - t, 2), peak_rss_mb=round(int(peak) / 1024, 1) if peak.isdigit() else peak))
open("out/report_stderr.txt", "w").write(r.stdout + "\n---\n" + r.stderr)
print("cli report", T[-1], "rc", r.returncode)

# bad input: each alone in a folder, read as a user would
bad = {"empty": b"", "gbk": "鄂温克草原报　2019年3月5日　第01版\n辉苏木完工托海嘎查推进民族团结进步创建。\n".encode("gbk"),
       "binary": bytes(range(256)) * 8, "nodate": "鄂温克草原报\n辉苏木完工托海嘎查推进民族团结进步创建，铸牢中华民族共同体意识。\n".encode("utf-8")}
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
# a bad file among the good ones (the realistic case: one broken page in a 120-page folder)
d = "out/bad_mixed"; shutil.rmtree(d, ignore_errors=True); shutil.copytree("pages", d)
open(f"{d}/2019-03-05_p9.txt", "wb").write(bad["gbk"]); open(f"{d}/2019-03-06_p9.txt", "wb").write(b"")
open(f"{d}/2019-03-07_p9.txt", "wb").write(bad["binary"]); open(f"{d}/page_x.txt", "wb").write(bad["nodate"])
for mode in ["raise", "warn", "skip"]:
    import warnings
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            c = ct.read_corpus(d, manifest=f"{d}/manifest.csv", errors=mode)
            msg = f"OK: {len(c.issues)} issues; undated {[i.id for i in c.issues if i.date is None]}"
        except Exception as e:
            msg = f"{type(e).__name__}: {e}"
    rows.append(dict(case=f"mixed errors={mode}", file="4 bad among 120", python=msg + " | warnings: " + " || ".join(str(x.message)[:300] for x in w), cli_rc="", cli=""))
    print("mixed", mode, msg[:300])
pd.DataFrame(rows).to_csv("out/bad_input.csv", index=False)
pd.DataFrame(T).to_csv("out/timings.csv", index=False)
print(pd.DataFrame(T).to_string())
