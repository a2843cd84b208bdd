"""What the computational social scientist runs on the 300 pages of 醴陵报 (from the README, docs/, --help and help()):
every CLI command run twice (the second should reuse the parse cache), then again after adding ten pages; the Python
calls she makes for what the CLI does not export (entities, collocations, keyness); every table to CSV for R under out/;
bad input.  Timed, with peak memory (/usr/bin/time -v for the CLI, ru_maxrss for Python).  Run from this folder with
PYTHONPATH at the tree:  python run_library.py  [--cli-only | --py-only]
A fresh parse cache under ./cache (CORPUS_TOOLS_CACHE) so the first run is cold."""
import os, resource, shutil, subprocess, sys, time, json
os.environ["CORPUS_TOOLS_CACHE"] = os.path.abspath("cache_py" if "--py-only" in sys.argv else "cache")
import pandas as pd

os.makedirs("out", exist_ok=True)
T = []
TIMINGS = "out/timings_py.csv" if "--py-only" in sys.argv else "out/timings.csv"


def rss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def tm(name, f):
    t = time.time(); r = f(); dt = round(time.time() - t, 2)
    T.append(dict(kind="py", call=name, run="", seconds=dt, peak_rss_mb=round(rss(), 1), rc=0, note=""))
    print(f"{name}: {dt}s peak {round(rss())} MB", flush=True)
    return r


def cli(name, args, run, stdout_to=None):
    t = time.time()
    r = subprocess.run(["/usr/bin/time", "-v", "corpus-tools"] + args, capture_output=True, text=True)
    dt = round(time.time() - t, 2)
    peak = next((l.split(":")[-1].strip() for l in r.stderr.splitlines() if "Maximum resident" in l), "0")
    err = "\n".join(l for l in r.stderr.splitlines() if not l.startswith("\t"))
    T.append(dict(kind="cli", call=name, run=run, seconds=dt, peak_rss_mb=round(int(peak) / 1024, 1), rc=r.returncode,
                  note=err.strip()[-300:].replace("\n", " | ")))
    if stdout_to:
        open(stdout_to, "w").write(r.stdout)
    open("out/cli_log.txt", "a").write(f"\n=== {name} [{run}] rc={r.returncode} {dt}s\n$ corpus-tools {' '.join(args)}\n{r.stdout[-1500:]}\n--- stderr\n{err[-3000:]}\n")
    print(f"cli {name} [{run}]: {dt}s peak {T[-1]['peak_rss_mb']} MB rc {r.returncode}", flush=True)
    return r


W = "work/pages"
TERMS = "三个代表,科学发展观,两型社会,中国梦,精准扶贫,脱贫攻坚,乡村振兴,三高四新"
COMMANDS = [
    ("articles", ["articles", W, "--format", "csv", "-o", "out/cli/articles.csv", "-q"]),
    ("report", ["report", W, "-o", "out/cli/report", "--by", "year", "--terms", TERMS, "-q"]),
    ("places", ["places", W, "--by", "all", "--format", "csv", "-o", "out/cli/places.csv", "-q"]),
    ("places --by year", ["places", W, "--format", "csv", "-o", "out/cli/places_by_year.csv", "-q"]),
    ("slogans", ["slogans", W, "--format", "csv", "-o", "out/cli/slogans.csv", "-q"]),
    ("slogans --mentions", ["slogans", W, "--mentions", "--format", "csv", "-o", "out/cli/slogan_mentions.csv", "-q"]),
    ("keywords --by year", ["keywords", W, "--by", "year", "--format", "csv", "-o", "out/cli/keywords_year.csv", "-q"]),
    ("trends --by year", ["trends", W, "--terms", TERMS, "--by", "year", "--format", "csv", "-o", "out/cli/trends.csv", "-q"]),
    ("kwic 三高四新", ["kwic", W, "三高四新", "--format", "csv", "-o", "out/cli/kwic_三高四新.csv", "-q"]),
    ("projects", ["projects", W, "-q"]),
    ("save", ["save", W, "-o", "out/cli/save", "-q"]),
]

if "--py-only" not in sys.argv:
    open("out/cli_log.txt", "w").close()
    shutil.rmtree("cache", ignore_errors=True); shutil.rmtree("work", ignore_errors=True); shutil.rmtree("out/cli", ignore_errors=True)
    shutil.copytree("pages", W); os.makedirs("out/cli", exist_ok=True)
    for run in ("1 cold", "2 same pages"):
        for name, args in COMMANDS:
            if name == "report":
                shutil.rmtree("out/cli/report", ignore_errors=True)
            r = cli(name, args, run, stdout_to="out/cli/projects.txt" if name == "projects" else None)
        if run == "1 cold":
            shutil.copytree("out/cli", "out/cli_run1", dirs_exist_ok=True)
    for f in os.listdir("extra"):
        shutil.copy(os.path.join("extra", f), W)
    os.makedirs("out/cli_plus10", exist_ok=True)
    for name, args in COMMANDS:
        a = [x.replace("out/cli/", "out/cli_plus10/") for x in args]
        cli(name, a, "3 after adding 10 pages", stdout_to="out/cli_plus10/projects.txt" if name == "projects" else None)
    # help and error messages
    for name, args in [("no such folder", ["places", "no_such_dir/"]), ("trends no terms", ["trends", W]),
                       ("kwic empty query", ["kwic", W, ""]), ("bad --years", ["articles", W, "--years", "2030-2040", "-q"]),
                       ("bad --by", ["places", W, "--by", "month"]), ("report without -o", ["report", W])]:
        cli("error: " + name, args, "error")
    pd.DataFrame(T).to_csv(TIMINGS, index=False)

if "--cli-only" in sys.argv:
    sys.exit()

import corpus_tools as ct
corpus = tm("read_corpus", lambda: ct.read_corpus("pages/"))
issues = tm("issues_frame", corpus.issues_frame); issues.to_csv("out/issues.csv", index=False)
arts = tm("articles_frame", corpus.articles_frame); arts.to_csv("out/articles.csv", index=False)
ents = tm("extract_entities", lambda: ct.extract_entities(corpus)); ents.to_csv("out/entities.csv", index=False)
pm = tm("place_mentions", lambda: ct.place_mentions(ents, corpus)); pm.to_csv("out/place_mentions.csv", index=False)
pt = tm("place_table", lambda: ct.place_table(pm, corpus, by="year")); pt.to_csv("out/place_table.csv", index=False)
sl = tm("extract_slogans", lambda: ct.extract_slogans(corpus)); sl.to_csv("out/slogans.csv", index=False)
sm = tm("slogan_mentions", lambda: ct.slogan_mentions(corpus)); sm.to_csv("out/slogan_mentions.csv", index=False)
from corpus_tools.slogans import page_slogans  # documented in docs/slogans.md
t = time.time(); ps = []
for iss in corpus.issues:
    d = page_slogans(iss); d.insert(0, "issue_id", iss.id); ps.append(d)
T.append(dict(kind="py", call="page_slogans x300", run="", seconds=round(time.time() - t, 2), peak_rss_mb=round(rss(), 1), rc=0, note=""))
pd.concat(ps).to_csv("out/page_slogans.csv", index=False)
terms = TERMS.split(",")
kt = tm("keyword_trends", lambda: ct.keyword_trends(corpus, terms, by="year")); kt.to_csv("out/keyword_trends.csv")
for q in ["三高四新", "两型社会", "街道", "村"]:
    k = tm(f"kwic {q}", lambda: ct.kwic(corpus, q, width=15)); pd.DataFrame(k).to_csv(f"out/kwic_{q}.csv", index=False)
col = tm("collocations word=瓷", lambda: ct.collocations(corpus, word="陶瓷", window=3, min_count=2)); col.to_csv("out/collocations_陶瓷.csv", index=False)
col2 = tm("collocations all", lambda: ct.collocations(corpus, min_count=3)); col2.to_csv("out/collocations.csv", index=False)
early = corpus.filter(date=lambda d: d is not None and d.year <= 2009)
late = corpus.filter(date=lambda d: d is not None and d.year >= 2015)
ky = tm("keyness 2015-24 vs 2000-09", lambda: ct.keyness(late, early, top_n=60, max_p=0.05)); ky.to_csv("out/keyness_eras.csv", index=False)
# two parts of the city: articles naming a 街道 (or its 社区/村) vs articles naming a 镇 (or its 村), by the place codes
pm9 = pm.dropna(subset=["admin_code"]).copy()
pm9["tcode"] = pm9.admin_code.astype(str).str[:9]
street_arts = set(pm9[pm9.tcode.str[6] == "0"].article_id); town_arts = set(pm9[pm9.tcode.str[6] == "1"].article_id)
both = street_arts & town_arts
urb = corpus.filter(article_id=street_arts - both); rur = corpus.filter(article_id=town_arts - both)
json.dump(dict(street_articles=len(street_arts - both), town_articles=len(town_arts - both), both=len(both)), open("out/parts.json", "w"))
ky2 = tm("keyness 街道 vs 镇 articles", lambda: ct.keyness(urb, rur, top_n=60, max_p=0.05)); ky2.to_csv("out/keyness_street_vs_town.csv", index=False)
kt2 = tm("keyword_trends 街道 articles", lambda: ct.keyword_trends(urb, terms, by="year")); kt2.to_csv("out/keyword_trends_street.csv")
import matplotlib; matplotlib.use("Agg")
ax = tm("plot_slogan_timeline", lambda: ct.plot_slogan_timeline(sl, top=40)); ax.figure.savefig("out/timeline.png", dpi=110, bbox_inches="tight")
ax = tm("plot_trends", lambda: ct.plot_trends(kt, title="醴陵报：各时期提法的年度趋势（每万词）")); ax.figure.savefig("out/trends.png", dpi=110, bbox_inches="tight")
# in vs out: characters of the pages vs characters in the article table
import re
chars_in = sum(len(re.sub(r"\s", "", open(os.path.join("pages", f), encoding="utf-8").read())) for f in os.listdir("pages") if f.endswith(".txt"))
cols = [c for c in ["kicker", "title", "subtitle", "body", "captions"] if c in arts]
chars_out = int(sum(arts[c].fillna("").astype(str).map(lambda s: len(re.sub(r"\s", "", s))).sum() for c in cols))
bl = arts["byline"].fillna("").astype(str).map(lambda s: len(re.sub(r"[\s\[\]',]", "", s))).sum() if "byline" in arts else 0
json.dump(dict(pages=len([f for f in os.listdir("pages") if f.endswith(".txt")]), issues=len(issues), articles=len(arts),
               chars_in=chars_in, chars_out_text_columns=chars_out, chars_out_bylines=int(bl), columns=list(arts.columns)),
          open("out/in_out.json", "w"), ensure_ascii=False, indent=1)

# bad input: each alone in a folder, read as a user would, in Python and with the CLI
bad = {"empty": b"", "gbk": "醴陵报　2019年3月5日　第01版\n泗汾镇符田村推进乡村振兴。\n".encode("gbk"),
       "binary": bytes(range(256)) * 8, "nodate": "醴陵报\n泗汾镇符田村推进乡村振兴，践行“三高四新”战略。\n".encode("utf-8")}
rows = []
for i, (k, b) in enumerate(bad.items()):
    d = f"out/bad_{k}"; shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    fn = "page_x.txt" if k == "nodate" else f"2019-03-05_p{i + 1}.txt"
    open(f"{d}/{fn}", "wb").write(b)
    try:
        c = ct.read_corpus(d)
        msg = f"OK: {len(c.issues)} issues; dates {[str(x.date) for x in c.issues]}; articles {[len(x.articles) for x in c.issues]}"
    except Exception as e:
        msg = f"{type(e).__name__}: {e}"
    r = subprocess.run(["corpus-tools", "articles", d, "-q"], capture_output=True, text=True)
    rows.append(dict(case=k, file=fn, python=msg, cli_rc=r.returncode, cli=(r.stdout[-300:] + " || " + r.stderr[-600:]).strip()))
    print(k, msg[:200], "| cli", r.returncode, r.stderr[-200:])
d = "out/bad_mixed"; shutil.rmtree(d, ignore_errors=True); shutil.copytree("pages", d)
open(f"{d}/2019-03-05_p9.txt", "wb").write(bad["gbk"]); open(f"{d}/2019-03-06_p9.txt", "wb").write(b"")
open(f"{d}/2019-03-07_p9.txt", "wb").write(bad["binary"]); open(f"{d}/page_x.txt", "wb").write(bad["nodate"])
import warnings
for mode in ["raise", "skip"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            c = ct.read_corpus(d, errors=mode)
            msg = f"OK: {len(c.issues)} issues; undated {[x.id for x in c.issues if x.date is None]}; empty {[x.id for x in c.issues if not x.articles]}"
        except Exception as e:
            msg = f"{type(e).__name__}: {e}"
    r = subprocess.run(["corpus-tools", "articles", d, "--errors", mode, "--format", "csv", "-o", "/dev/null", "-q"], capture_output=True, text=True)
    rows.append(dict(case=f"mixed errors={mode}", file="4 bad among 300", python=msg + " | warnings: " + " || ".join(str(x.message)[:300] for x in w),
                     cli_rc=r.returncode, cli=r.stderr[-800:]))
    print("mixed", mode, msg[:300], "| cli", r.returncode, r.stderr[-300:])
pd.DataFrame(rows).to_csv("out/bad_input.csv", index=False)
pd.DataFrame(T).to_csv(TIMINGS, index=False)
print(pd.DataFrame(T)[["kind", "call", "run", "seconds", "peak_rss_mb", "rc"]].to_string())
