"""What the labour-migration sociologist runs on the 140 pages of 云阳时报 (72 PDF + 68 text; from the README, docs/,
--help and help()): issues and articles with dates and sections, entities one row per mention (ORG firms and 劳务
bodies, FAC 扶贫车间 / 创业园, TOWNSHIP / VILLAGE with codes), places, keyword trends of her terms by year and by era,
keyness early vs late, KWIC of 返乡 and 留守, collocations of 务工, formulae counted by year, plots as PNG, and every
table as CSV for Stata / Excel; then the CLI and the bad files of her archive.  Timed (out/timings.csv).
Run from this folder with PYTHONPATH at the tree:   python run_library.py"""
import os, shutil, subprocess, warnings, sys
os.environ["CORPUS_TOOLS_CACHE"] = os.path.abspath("cache")
import pandas as pd

shutil.rmtree("cache", ignore_errors=True)
shutil.rmtree("out", ignore_errors=True)
os.makedirs("out/cli", exist_ok=True)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from userrun import Calls  # noqa: E402

calls = Calls(message_chars=600, error_chars=400, print_chars=300)
tm, cli = calls.tm, calls.cli
import corpus_tools as ct
print(ct.__file__)
STATA = dict(index=False, encoding="utf-8-sig")   # what Excel and Stata 14+ open


def save(df, name, **kw):
    if df is not None:
        df.to_csv(f"out/{name}", **{**STATA, **kw})


# docs/pdf.md: "read_corpus("pages/")  # .pdf files beside or instead of .txt files"
c0 = tm("read_corpus pages/ (as docs/pdf.md shows)", lambda: ct.read_corpus("pages/"))
n0 = len(c0.issues) if c0 is not None else None
print("issues read with the default call:", n0)
corpus = tm("read_corpus pages/ pattern=*.* county=500235",
            lambda: ct.read_corpus("pages/", pattern="*.*", county="500235"))
if corpus is None or len(corpus.issues) < 140:
    corpus = tm("read_corpus pages/ pattern=*", lambda: ct.read_corpus("pages/", pattern="*"))
open("out/read_counts.txt", "w").write(f"default call: {n0}\nher call: {len(corpus.issues)}\n")
issues = tm("issues_frame", lambda: corpus.issues_frame()); save(issues, "issues.csv")
arts = tm("articles_frame", lambda: corpus.articles_frame()); save(arts, "articles.csv")
date = dict(zip(issues.issue_id, issues.date))

ents = tm("extract_entities", lambda: ct.extract_entities(corpus, county_code="500235"))
ents.to_csv("out/entities_raw.csv", index=False)
ex = ents.copy(); ex["date"] = ex.issue_id.map(date)
cols = [c for c in ["article_id", "issue_id", "date", "label", "text", "norm", "admin_code", "sentence"] if c in ex.columns]
save(ex[cols], "entities.csv")
pm = tm("place_mentions", lambda: ct.place_mentions(ents, corpus)); save(pm, "place_mentions.csv")
pt = tm("place_table all", lambda: ct.place_table(pm, corpus, by="all")); save(pt, "place_table.csv")

MINE = ["外出务工", "劳务输出", "农民工", "民工", "留守儿童", "返乡创业", "返乡", "留守", "就业扶贫", "稳岗就业", "扶贫车间",
        "创业园", "打工", "务工", "移民"]
tr = tm("keyword_trends her terms by=year count", lambda: ct.keyword_trends(corpus, MINE, by="year", normalize="count"))
save(tr, "trends_year.csv", index=True)
trp = tm("keyword_trends her terms by=year per_10k", lambda: ct.keyword_trends(corpus, MINE, by="year"))
save(trp, "trends_year_per10k.csv", index=True)
ERAS = {"2000-07": (2000, 2007), "2008-15": (2008, 2015), "2016-20": (2016, 2020), "2021-24": (2021, 2024)}
sub = {k: corpus.filter(date=lambda d, a=a, b=b: d is not None and a <= d.year <= b) for k, (a, b) in ERAS.items()}
rows = []
for k, s in sub.items():
    t = tm(f"keyword_trends era {k} by=all count", lambda s=s: ct.keyword_trends(s, MINE, by="all", normalize="count"))
    if t is not None:
        rows.append(t.assign(era=k))
save(pd.concat(rows) if rows else None, "trends_era.csv", index=True)
kws = []
for k, s in sub.items():
    kk = tm(f"keywords era {k}", lambda s=s: ct.keywords(s, by="all", top_n=25))
    if kk is not None:
        kws.append(kk.assign(era=k))
save(pd.concat(kws), "keywords_era.csv")
ky = tm("keyness 2021-24 vs 2000-07", lambda: ct.keyness(sub["2021-24"], sub["2000-07"], top_n=50, max_p=0.05))
save(ky, "keyness_late_vs_early.csv")
for q in ["返乡", "留守"]:
    k = tm(f"kwic {q}", lambda q=q: ct.kwic(corpus, q, width=12)); save(pd.DataFrame(k), f"kwic_{q}.csv")
co = tm("collocations word=务工", lambda: ct.collocations(corpus, word="务工", window=3, min_count=2, top_n=40))
save(co, "colloc_务工.csv")
co2 = tm("collocations word=务工 match=text", lambda: ct.collocations(corpus, word="务工", window=3, min_count=2, top_n=40, match="text"))
save(co2, "colloc_务工_text.csv")
sl = tm("extract_slogans", lambda: ct.extract_slogans(corpus)); save(sl, "slogans.csv")
sm = tm("slogan_mentions", lambda: ct.slogan_mentions(corpus)); save(sm, "slogan_mentions.csv")
sm["year"] = sm.issue_id.map(date).astype(str).str[:4]
fc = sm.groupby(["group", "year"]).size().rename("n").reset_index(); save(fc, "formula_counts.csv")
st = tm("slogan_trends by year", lambda: ct.slogan_trends(corpus, by="year")); save(st, "slogan_trends.csv", index=True)

import matplotlib; matplotlib.use("Agg")
import matplotlib.pyplot as plt
plt.rcParams["font.family"] = ct.cjk_font()
ax = tm("plot_trends by=year", lambda: ct.plot_trends(trp[["外出务工", "农民工", "留守儿童", "返乡创业", "稳岗就业"]],
                                                      title="云阳时报：劳务迁移话语（每万词）"))
if ax is not None:
    (ax.flat[0].figure if hasattr(ax, "flat") else ax.figure).savefig("out/trends_year.png", dpi=100, bbox_inches="tight"); plt.close("all")
ax = tm("plot_slogan_timeline", lambda: ct.plot_slogan_timeline(sl.dropna(subset=["first_date"]), top=20))
if ax is not None:
    ax.set_title("云阳时报：提法时间线"); ax.figure.savefig("out/slogan_timeline.png", dpi=100, bbox_inches="tight"); plt.close("all")
piv = fc.pivot_table(index="year", columns="group", values="n", aggfunc="sum").fillna(0)
ax = piv.plot(kind="bar", stacked=True, figsize=(13, 5), colormap="tab20")
ax.set_title("云阳时报：提法逐年出现次数（slogan_mentions）")
ax.legend(ncol=2, fontsize=8, bbox_to_anchor=(1.01, 1), loc="upper left")
ax.figure.savefig("out/formulae_by_year.png", dpi=100, bbox_inches="tight"); plt.close("all")

P = "pages/"
for name, args in [
    ("--help", ["--help"]),
    ("articles csv (default pattern)", ["articles", P, "--format", "csv", "-o", "out/cli/articles.csv", "-q"]),
    ("articles csv --pattern '*.*'", ["articles", P, "--pattern", "*.*", "--format", "csv", "-o", "out/cli/articles_all.csv", "-q"]),
    ("entities csv --labels ORG,FAC,TOWNSHIP,VILLAGE,COMMUNITY", ["entities", P, "--pattern", "*.*", "--labels", "ORG,FAC,TOWNSHIP,VILLAGE,COMMUNITY", "--format", "csv", "-o", "out/cli/entities.csv", "-q"]),
    ("places csv --mentions", ["places", P, "--pattern", "*.*", "--mentions", "--format", "csv", "-o", "out/cli/place_mentions.csv", "-q"]),
    ("trends --by year", ["trends", P, "--pattern", "*.*", "--terms", "外出务工,农民工,留守儿童,返乡创业,稳岗就业", "--by", "year", "--format", "csv", "-o", "out/cli/trends_year.csv", "-q"]),
    ("kwic 返乡", ["kwic", P, "返乡", "--pattern", "*.*", "--format", "csv", "-o", "out/cli/kwic_返乡.csv", "-q"]),
    ("collocations --word 务工", ["collocations", P, "--pattern", "*.*", "--word", "务工", "--format", "csv", "-o", "out/cli/colloc.csv", "-q"]),
    ("slogans", ["slogans", P, "--pattern", "*.*", "--format", "csv", "-o", "out/cli/slogans.csv", "-q"]),
    ("report --by year", ["report", P, "--pattern", "*.*", "-o", "out/cli/report", "--by", "year", "--terms", "外出务工,农民工,留守儿童,返乡创业,稳岗就业", "-q"]),
]:
    cli(name, args)

# her archive's bad files
from reportlab.pdfgen import canvas
rows = []


def try_read(d, **kw):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            c = ct.read_corpus(d, pattern="*.*", **kw)
            a = c.articles_frame(progress=False)
            msg = f"OK: {len(c.issues)} issues; ids {[x.id for x in c.issues][:5]}; dates {[str(x.date) for x in c.issues][:5]}; articles {len(a)}"
        except Exception as e:  # noqa: BLE001
            msg = f"{type(e).__name__}: {e}"
    return msg + " | warnings: " + " || ".join(str(x.message)[:300] for x in w)


def mk(k):
    d = f"out/bad_{k}"; shutil.rmtree(d, ignore_errors=True); os.makedirs(d); return d


src = "pages/2014-10-17_第1版.pdf"
cases = {}
d = mk("truncated_pdf"); b = open(src, "rb").read(); open(f"{d}/2014-10-17_第1版.pdf", "wb").write(b[:len(b) // 2]); cases["truncated PDF (download cut)"] = d
d = mk("scan_pdf"); cv = canvas.Canvas(f"{d}/2002-01-04_第2版.pdf"); cv.setFillGray(.5); cv.rect(50, 50, 400, 600, fill=1); cv.save(); cases["scanned PDF (no text layer)"] = d
d = mk("html_as_pdf"); open(f"{d}/2009-04-03_第1版.pdf", "w").write("<html><body>404 Not Found</body></html>"); cases["an HTML error page saved as .pdf"] = d
d = mk("gbk_txt"); t = open("pages/2016-09-09_第1版.txt", encoding="utf-8").read(); open(f"{d}/2016-09-09_第1版.txt", "w", encoding="gb18030").write(t); cases["txt in GB18030"] = d
d = mk("pdf_and_txt"); shutil.copy(src, d); open(f"{d}/2014-10-17_第1版.txt", "w", encoding="utf-8").write(t); cases["the same page as .pdf and .txt"] = d
d = mk("dup_download"); shutil.copy(src, d); shutil.copy(src, f"{d}/2014-10-17_第1版(1).pdf"); cases["a page downloaded twice: X.pdf and X(1).pdf"] = d
d = mk("empty_pdf"); open(f"{d}/2020-09-04_第2版.pdf", "wb").close(); cases["empty .pdf (0 bytes)"] = d
for k, d in cases.items():
    for mode in ["raise", "skip"]:
        msg = try_read(d, errors=mode)
        r = subprocess.run(["corpus-tools", "articles", d, "--pattern", "*.*", "--errors", mode, "--format", "csv", "-o", "/dev/null", "-q"], capture_output=True, text=True)
        rows.append(dict(case=k, errors=mode, python=msg[:1500], cli_rc=r.returncode, cli=r.stderr[-600:]))
        print(k, mode, msg[:250], "| cli", r.returncode, r.stderr[-200:].replace("\n", " "))
pd.DataFrame(rows).to_csv("out/bad_input.csv", **STATA)
calls.save()
