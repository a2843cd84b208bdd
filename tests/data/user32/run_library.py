"""What the political-communication scholar runs on 150 pages of 西华报 (西华县, 周口, 河南), 1998-2024, from the README,
docs/slogans.md, notebook 04 and help(): the slogan table (both layers, with and without her own Henan formulae in
my_formulae.tsv), page slogans, every mention with its sentence (KWIC), formula first/last years, trends per year and
per era, keyness between two eras, the report via the CLI, the timeline and trend plots, notebook 04 on her folder;
then bad input.  Timed (out/timings.csv).  Run from this folder with PYTHONPATH at the tree:  python run_library.py"""
import os, re, resource, shutil, subprocess, sys, time, json, warnings
os.environ["CORPUS_TOOLS_CACHE"] = os.path.abspath("cache")
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
os.makedirs("out", exist_ok=True)
T = []
WARN = []


def rss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def tm(name, f):
    t = time.time()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r = f()
    dt = round(time.time() - t, 2)
    for x in w:
        WARN.append(dict(call=name, category=x.category.__name__, message=str(x.message)[:600]))
    T.append(dict(kind="py", call=name, seconds=dt, peak_rss_mb=round(rss(), 1), rc=0, warnings=len(w)))
    print(f"{name}: {dt}s peak {round(rss())} MB, {len(w)} warnings", flush=True)
    return r


def cli(name, args):
    t = time.time()
    r = subprocess.run(["corpus-tools"] + args, capture_output=True, text=True)
    dt = round(time.time() - t, 2)
    T.append(dict(kind="cli", call=name, seconds=dt, peak_rss_mb=None, rc=r.returncode, warnings=r.stderr.count("Warning")))
    open("out/cli_log.txt", "a").write(f"\n=== {name} rc={r.returncode} {dt}s\n$ corpus-tools {' '.join(args)}\n{r.stdout[-1500:]}\n--- stderr\n{r.stderr[-3000:]}\n")
    print(f"cli {name}: {dt}s rc {r.returncode}", flush=True)
    return r


import corpus_tools as ct
from corpus_tools.slogans import page_slogans  # documented in docs/slogans.md
open("out/cli_log.txt", "w").close()
shutil.rmtree("cache", ignore_errors=True)

corpus = tm("read_corpus", lambda: ct.read_corpus("pages/"))
issues = tm("issues_frame", corpus.issues_frame); issues.to_csv("out/issues.csv", index=False)
arts = tm("articles_frame", corpus.articles_frame); arts.to_csv("out/articles.csv", index=False)
ents = tm("extract_entities", lambda: ct.extract_entities(corpus)); ents.to_csv("out/entities.csv", index=False)

# the slogan tables: shipped lexicon only, then with her own Henan formulae (the user file)
sl0 = tm("extract_slogans (shipped lexicon)", lambda: ct.extract_slogans(corpus)); sl0.to_csv("out/slogans_shipped.csv", index=False)
mine = tm("load_formula_lexicon(extra=my_formulae.tsv)", lambda: ct.load_formula_lexicon(extra="my_formulae.tsv"))
sl = tm("extract_slogans (with my_formulae)", lambda: ct.extract_slogans(corpus, formulae=mine)); sl.to_csv("out/slogans.csv", index=False)
slm = tm("extract_slogans layers=marked", lambda: ct.extract_slogans(corpus, layers=("marked",), formulae=mine)); slm.to_csv("out/slogans_marked.csv", index=False)
sll = tm("extract_slogans layers=lexicon", lambda: ct.extract_slogans(corpus, layers=("lexicon",), formulae=mine)); sll.to_csv("out/slogans_lexicon.csv", index=False)
sm = tm("slogan_mentions", lambda: ct.slogan_mentions(corpus, formulae=mine, width=15)); sm.to_csv("out/slogan_mentions.csv", index=False)
t = time.time(); ps = []
for iss in corpus.issues:
    d = page_slogans(iss); d.insert(0, "issue_id", iss.id); ps.append(d)
T.append(dict(kind="py", call="page_slogans x150", seconds=round(time.time() - t, 2), peak_rss_mb=round(rss(), 1), rc=0, warnings=0))
pd.concat(ps).to_csv("out/page_slogans.csv", index=False)

# formula first/last years, read the way notebook 04 reads them
fy = sl[sl["source"].isin(["lexicon", "both"])].copy()
fy["first_year"] = pd.to_datetime(fy["first_date"]).dt.year
fy["last_year"] = pd.to_datetime(fy["last_date"]).dt.year
fy["lag"] = fy["first_year"] - fy["year"]
fy[["text", "group", "level", "year", "first_year", "last_year", "lag", "count", "n_quoted", "n_issues",
    "n_before_year", "variants", "printed"]].to_csv("out/formula_years.csv", index=False)

tr = tm("slogan_trends by year", lambda: ct.slogan_trends(corpus, by="year", formulae=mine)); tr.to_csv("out/trends.csv", index=False)
tr["era"] = pd.cut(tr["period"].astype(int), bins=[1997, 2002, 2012, 2017, 2100], labels=["1998–2002", "2003–2012", "2013–2017", "2018–"])
era = tr.groupby(["group", "era"], observed=True)["count"].sum().unstack("era", fill_value=0)
era.to_csv("out/trends_by_era.csv")
wide = ct.wide_slogan_trends(tr, top=15) if hasattr(ct, "wide_slogan_trends") else None

# KWIC / concordance
for q in ["两个确保", "四个全面", "中国梦", "高质量发展", "三个代表", "中原崛起"]:
    k = tm(f"kwic {q}", lambda: ct.kwic(corpus, q, width=20)); pd.DataFrame(k).to_csv(f"out/kwic_{q}.csv", index=False)
col = tm("collocations word=胡辣汤", lambda: ct.collocations(corpus, word="胡辣汤", window=3, min_count=2)); col.to_csv("out/collocations_胡辣汤.csv", index=False)
early = corpus.filter(date=lambda d: d is not None and d.year <= 2007)
late = corpus.filter(date=lambda d: d is not None and d.year >= 2013)
ky = tm("keyness 2013-24 vs 1998-2007", lambda: ct.keyness(late, early, top_n=60, max_p=0.05)); ky.to_csv("out/keyness_eras.csv", index=False)
# the docs' way to keep formulae whole (docs/analysis.md): phrases incl. the corpus's marked slogans, and her file's texts
from corpus_tools.options import TermFilter
words = tuple(w for w in pd.read_csv("my_formulae.tsv", sep="\t").text if not re.search(r"[、，·+ ]", w))
tf = TermFilter(phrases=("formulae", "places", "marked"), words=words)
k1 = tm("keyness 2013-24 vs 1998-2007, TermFilter marked+her words", lambda: ct.keyness(late, early, top_n=80, max_p=0.05, term_filter=tf)); k1.to_csv("out/keyness_eras_with_formulae.csv", index=False)
k2 = tm("keyness 1998-2007 vs 2013-24, TermFilter marked+her words", lambda: ct.keyness(early, late, top_n=40, max_p=0.05, term_filter=tf)); k2.to_csv("out/keyness_eras_reverse.csv", index=False)
c2 = tm("collocations word=中原崛起 (TermFilter)", lambda: ct.collocations(corpus, word="中原崛起", window=3, min_count=2, term_filter=tf)); c2.to_csv("out/collocations_中原崛起.csv", index=False)

import matplotlib; matplotlib.use("Agg")
ax = tm("plot_slogan_timeline", lambda: ct.plot_slogan_timeline(sl, top=40)); ax.figure.savefig("out/timeline.png", dpi=110, bbox_inches="tight")
ax = tm("plot_slogan_trends", lambda: ct.plot_slogan_trends(tr.drop(columns=["era"]), top=10, title="西华报：提法的年度趋势")); ax.figure.savefig("out/trends.png", dpi=110, bbox_inches="tight")

# the report via the CLI, with her file
shutil.rmtree("out/report", ignore_errors=True)
cli("report --formulae", ["report", "pages", "-o", "out/report", "--by", "year", "--formulae", "my_formulae.tsv",
                          "--terms", "三个代表,科学发展观,中国梦,乡村振兴,高质量发展,中原崛起", "-q"])
cli("slogans --formulae csv", ["slogans", "pages", "--formulae", "my_formulae.tsv", "--format", "csv", "-o", "out/cli_slogans.csv", "-q"])
cli("slogans --by year", ["slogans", "pages", "--formulae", "my_formulae.tsv", "--by", "year", "--format", "csv", "-o", "out/cli_slogans_by_year.csv", "-q"])
cli("kwic 两个确保", ["kwic", "pages", "两个确保", "--format", "csv", "-o", "out/cli_kwic_两个确保.csv", "-q"])

# notebook 04 on her folder: only the corpus line changed
import nbformat
from nbclient import NotebookClient
nb = nbformat.read("../../../notebooks/04_slogans.ipynb", as_version=4)
n_sub = 0
for c in nb.cells:
    if c.cell_type == "code" and "ct.load_seeds()" in c.source:
        c.source = c.source.replace("ct.load_seeds()", f"ct.read_corpus({os.path.abspath('pages')!r})"); n_sub += 1
client = NotebookClient(nb, timeout=1200, kernel_name="python3", allow_errors=True, resources={"metadata": {"path": HERE}})
t = time.time()
try:
    client.execute()
except Exception as e:
    print("notebook:", type(e).__name__, e)
T.append(dict(kind="notebook", call="04_slogans on pages/", seconds=round(time.time() - t, 2), peak_rss_mb=None, rc=0, warnings=0))
nbformat.write(nb, "out/04_slogans_xihua.ipynb")
rows = []
for i, c in enumerate(nb.cells):
    if c.cell_type != "code":
        continue
    errs = [o for o in c.get("outputs", []) if o.get("output_type") == "error"]
    warns = [o.get("text", "") for o in c.get("outputs", []) if o.get("name") == "stderr"]
    rows.append(dict(cell=i, first_line=c.source.splitlines()[0][:80] if c.source else "", error=(errs[0]["ename"] + ": " + errs[0]["evalue"][:300]) if errs else "",
                     stderr=" | ".join(warns)[:600]))
pd.DataFrame(rows).to_csv("out/notebook04_cells.csv", index=False)
print("notebook 04:", n_sub, "substitutions;", sum(bool(r["error"]) for r in rows), "cells failed")

# bad input: each alone in a folder, Python and CLI
bad = {"empty": b"", "gbk": "西华报　2019年3月5日　第01版\n逍遥镇柴城村推进乡村振兴，锚定“两个确保”。\n".encode("gbk"),
       "binary": bytes(range(256)) * 8, "nodate": "西华报\n逍遥镇柴城村推进乡村振兴，锚定“两个确保”。\n".encode("utf-8")}
brows = []
for i, (k, b) in enumerate(bad.items()):
    d = f"out/bad_{k}"; shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    fn = "page_x.txt" if k == "nodate" else f"2019-03-05_p{i + 1}.txt"
    open(f"{d}/{fn}", "wb").write(b)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            c = ct.read_corpus(d)
            s = ct.extract_slogans(c, formulae=mine)
            msg = f"OK: {len(c.issues)} issues; dates {[str(x.date) for x in c.issues]}; articles {[len(x.articles) for x in c.issues]}; slogans {list(s.text)[:5]}"
        except Exception as e:
            msg = f"{type(e).__name__}: {e}"
    r = subprocess.run(["corpus-tools", "slogans", d, "-q"], capture_output=True, text=True)
    brows.append(dict(case=k, file=fn, python=msg + " | warnings: " + " || ".join(str(x.message)[:300] for x in w), cli_rc=r.returncode, cli=(r.stdout[-300:] + " || " + r.stderr[-600:]).strip()))
    print(k, msg[:200], "| cli", r.returncode, r.stderr[-200:])
# malformed user lexicon files
bads = {"no_header.tsv": "中原崛起\tquoted\t\t2003\n", "bad_year.tsv": "text\tkind\tyear\n中原崛起\tquoted\t二〇〇三\n",
        "comma.csv": "text,kind,year\n中原崛起,quoted,2003\n", "bad_kind.tsv": "text\tkind\tyear\n中原崛起\tslogan\t2003\n",
        "ragged.tsv": "text\tkind\tyear\n中原崛起\tquoted\t2003\textra\tcols\n两个确保\n", "gbk.tsv": "text\tkind\tyear\n中原崛起\tquoted\t2003\n".encode("gbk"),
        "empty.tsv": ""}
for fn, content in bads.items():
    p = f"out/badlex_{fn}"
    open(p, "wb").write(content if isinstance(content, bytes) else content.encode("utf-8"))
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            lx = ct.load_formula_lexicon(extra=p)
            msg = f"OK: {len(lx)} rows; 中原崛起 row: {lx[lx.text == '中原崛起'][['kind', 'year']].to_dict('records')}"
        except Exception as e:
            msg = f"{type(e).__name__}: {e}"
    r = subprocess.run(["corpus-tools", "slogans", "out/bad_gbk", "--formulae", p, "-q"], capture_output=True, text=True)
    brows.append(dict(case="lexicon " + fn, file=p, python=msg + " | warnings: " + " || ".join(str(x.message)[:300] for x in w), cli_rc=r.returncode, cli=r.stderr[-600:].strip()))
    print("lexicon", fn, msg[:250], "| cli", r.returncode, r.stderr[-200:])
pd.DataFrame(brows).to_csv("out/bad_input.csv", index=False)
pd.DataFrame(WARN).to_csv("out/warnings.csv", index=False)
pd.DataFrame(T).to_csv("out/timings.csv", index=False)
print(pd.DataFrame(T).to_string())
