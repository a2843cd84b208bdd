"""What the environmental-policy scholar runs on the 120 pages of 金湖报 (from the README, docs/, --help and help()):
articles and bylines, entities one row per mention (her export with article_id, issue_id, date, label, text,
admin_code), places with codes (place_mentions, place_table), a township x river table (cooccurrence), keywords per
period, keyness 2013-2025 vs 2003-2012, kwic 河长, collocations of 治理, slogans (both layers) and formula mentions per
year (slogan_mentions), trends of her own terms, a PNG of formula mentions per year; then the CLI and bad input.
Timed (out/timings.csv).   Run from this folder with PYTHONPATH at the tree:   python run_library.py"""
import os, shutil, subprocess, warnings
os.environ["CORPUS_TOOLS_CACHE"] = os.path.abspath("cache")
import pandas as pd

shutil.rmtree("cache", ignore_errors=True)
shutil.rmtree("out", ignore_errors=True)
os.makedirs("out/cli", exist_ok=True)
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from userrun import Calls  # noqa: E402  (the timing harness shared with the other user folders)

calls = Calls(message_chars=400, error_chars=300, print_chars=200)
tm, cli = calls.tm, calls.cli
import corpus_tools as ct
print(ct.__file__)
corpus = tm("read_corpus", lambda: ct.read_corpus("pages/", manifest="pages/manifest.csv"))
issues = tm("issues_frame", corpus.issues_frame); issues.to_csv("out/issues.csv", index=False)
arts = tm("articles_frame", corpus.articles_frame); arts.to_csv("out/articles.csv", index=False)
date = dict(zip(issues.issue_id, issues.date))
ents = tm("extract_entities", lambda: ct.extract_entities(corpus)); ents.to_csv("out/entities_raw.csv", index=False)
# her export: one row per mention
ex = ents.copy(); ex["date"] = ex.issue_id.map(date)
cols = [c for c in ["article_id", "issue_id", "date", "label", "text", "norm", "admin_code", "sentence"] if c in ex.columns]
ex[cols].to_csv("out/entities.csv", index=False)
pm = tm("place_mentions", lambda: ct.place_mentions(ents, corpus)); pm.to_csv("out/place_mentions.csv", index=False)
pt = tm("place_table all", lambda: ct.place_table(pm, corpus, by="all")); pt.to_csv("out/place_table.csv", index=False)
# which townships appear with which rivers and lakes (article level)
tw = tm("cooccurrence TOWNSHIP x LOC", lambda: ct.cooccurrence(ents, labels=["TOWNSHIP", "LOC"], unit="article"))
if tw is not None:
    tw = tw[(tw.source_label == "TOWNSHIP") & (tw.target_label == "LOC")]
    tw.to_csv("out/township_river.csv", index=False)
    tw.pivot_table(index="source", columns="target", values="weight", aggfunc="sum", fill_value=0).to_csv("out/township_river_matrix.csv")
# keywords per period, keyness
per = {"2003-2009": (2003, 2009), "2010-2015": (2010, 2015), "2016-2018": (2016, 2018), "2019-2025": (2019, 2025)}
kws = []
for p, (a, b) in per.items():
    sub = corpus.filter(date=lambda d, a=a, b=b: d is not None and a <= d.year <= b)
    k = tm(f"keywords {p} by=all", lambda: ct.keywords(sub, by="all", top_n=25))
    if k is not None:
        kws.append(k.assign(period=p))
pd.concat(kws).to_csv("out/keywords_period.csv", index=False)
kwy = tm("keywords by year", lambda: ct.keywords(corpus, by="year", top_n=10)); kwy.to_csv("out/keywords_year.csv", index=False)
early = corpus.filter(date=lambda d: d is not None and d.year <= 2012)
late = corpus.filter(date=lambda d: d is not None and d.year >= 2013)
ky = tm("keyness 2013-2025 vs 2003-2012", lambda: ct.keyness(late, early, top_n=60, max_p=0.05)); ky.to_csv("out/keyness.csv", index=False)
ky2 = tm("keyness 2003-2012 vs 2013-2025", lambda: ct.keyness(early, late, top_n=40, max_p=0.05)); ky2.to_csv("out/keyness_reverse.csv", index=False)
k = tm("kwic 河长", lambda: ct.kwic(corpus, "河长", width=14)); pd.DataFrame(k).to_csv("out/kwic_河长.csv", index=False)
k = tm("kwic 白马湖", lambda: ct.kwic(corpus, "白马湖", width=14)); pd.DataFrame(k).to_csv("out/kwic_白马湖.csv", index=False)
co = tm("collocations word=治理", lambda: ct.collocations(corpus, word="治理", window=3, min_count=2, top_n=40)); co.to_csv("out/colloc_治理.csv", index=False)
# slogans both layers, and formula mentions per year
sl = tm("extract_slogans", lambda: ct.extract_slogans(corpus)); sl.to_csv("out/slogans.csv", index=False)
sm = tm("slogan_mentions", lambda: ct.slogan_mentions(corpus)); sm.to_csv("out/slogan_mentions.csv", index=False)
sm["year"] = sm.issue_id.map(date).astype(str).str[:4]
fc = sm.groupby(["group", "year"]).size().rename("n").reset_index(); fc.to_csv("out/formula_counts.csv", index=False)
st = tm("slogan_trends by year", lambda: ct.slogan_trends(corpus, by="year")); st.to_csv("out/slogan_trends.csv", index=False)
MINE = ["环境保护", "节能减排", "生态文明", "美丽乡村", "河长制", "湖长制", "绿水青山就是金山银山", "污染防治攻坚战",
        "长江大保护", "禁渔", "双碳", "碳达峰碳中和", "退圩还湖", "黑臭水体", "白马湖", "高邮湖"]
tr = tm("keyword_trends her terms count", lambda: ct.keyword_trends(corpus, MINE, by="year", normalize="count")); tr.to_csv("out/trends.csv")
import matplotlib; matplotlib.use("Agg")
import matplotlib.pyplot as plt
plt.rcParams["font.family"] = ct.cjk_font()
top = fc.groupby("group").n.sum().sort_values(ascending=False).head(12).index
piv = fc[fc.group.isin(top)].pivot_table(index="year", columns="group", values="n", aggfunc="sum").fillna(0)
ax = piv.plot(kind="bar", stacked=True, figsize=(13, 5), colormap="tab20")
ax.set_title("金湖报：生态环境提法逐年出现次数（slogan_mentions）")
ax.legend(ncol=2, fontsize=8, bbox_to_anchor=(1.01, 1), loc="upper left")
ax.figure.savefig("out/formulae_by_year.png", dpi=100, bbox_inches="tight"); plt.close("all")
ax = tm("plot_trends", lambda: ct.plot_trends(tr, title="生态提法（次数）"))
if ax is not None:
    (ax.flat[0].figure if hasattr(ax, "flat") else ax.figure).savefig("out/trends.png", dpi=100, bbox_inches="tight"); plt.close("all")

P = "pages/"
for name, args in [
    ("entities csv --labels LOC,FAC,PROJECT,EVENT,DOC,ORG,TOWNSHIP,VILLAGE", ["entities", P, "--labels", "LOC,FAC,PROJECT,EVENT,DOC,ORG,TOWNSHIP,VILLAGE", "--format", "csv", "-o", "out/cli/entities.csv", "-q"]),
    ("places csv --mentions", ["places", P, "--mentions", "--format", "csv", "-o", "out/cli/place_mentions.csv", "-q"]),
    ("kwic 河长", ["kwic", P, "河长", "--format", "csv", "-o", "out/cli/kwic_河长.csv", "-q"]),
    ("collocations --word 治理", ["collocations", P, "--word", "治理", "--format", "csv", "-o", "out/cli/colloc.csv", "-q"]),
    ("slogans", ["slogans", P, "--format", "csv", "-o", "out/cli/slogans.csv", "-q"]),
    ("report", ["report", P, "-o", "out/cli/report", "--by", "year", "-q"]),
    ("error: entities --labels RIVER", ["entities", P, "--labels", "RIVER", "-q"]),
]:
    cli(name, args)

bad = {"empty": b"", "gbk": "金湖报　2019年3月5日　第2版\n县河长办通报白马湖巡湖情况。\n□　记者　胡悦\n".encode("gbk"),
       "binary": bytes(range(256)) * 8, "nodate": "金湖报\n县河长办通报白马湖巡湖情况。（胡悦）\n".encode("utf-8")}
rows = []


def try_read(d, **kw):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            c = ct.read_corpus(d, **kw)
            a = c.articles_frame(progress=False)
            msg = f"OK: {len(c.issues)} issues; dates {[str(x.date) for x in c.issues][:5]}; articles {len(a)}"
        except Exception as e:  # noqa: BLE001
            msg = f"{type(e).__name__}: {e}"
    return msg + " | warnings: " + " || ".join(str(x.message)[:300] for x in w)


for i, (k, b) in enumerate(bad.items()):
    d = f"out/bad_{k}"; shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    fn = "page_x.txt" if k == "nodate" else f"2019-03-05_p{i + 1}.txt"
    open(f"{d}/{fn}", "wb").write(b)
    msg = try_read(d)
    r = subprocess.run(["corpus-tools", "entities", d, "-q"], capture_output=True, text=True)
    rows.append(dict(case=k, file=fn, python=msg, cli_rc=r.returncode, cli=(r.stdout[-300:] + " || " + r.stderr[-600:]).strip()))
    print(k, msg[:300], "| cli", r.returncode, r.stderr[-300:])
d = "out/bad_manifest"; shutil.rmtree(d, ignore_errors=True); shutil.copytree("pages", d)
m = pd.read_csv(f"{d}/manifest.csv", dtype=str)
m.loc[len(m)] = ["2019-03-09_p2.txt", "金湖报", "金湖县", "320831", "2019-03-09"]
m.to_csv(f"{d}/manifest.csv", index=False)
for mode in ["raise", "skip"]:
    msg = try_read(d, errors=mode)
    r = subprocess.run(["corpus-tools", "entities", d, "--errors", mode, "--format", "csv", "-o", "/dev/null", "-q"], capture_output=True, text=True)
    rows.append(dict(case=f"manifest row naming a missing file, errors={mode}", file="2019-03-09_p2.txt", python=msg, cli_rc=r.returncode, cli=r.stderr[-800:]))
    print("missing", mode, msg[:300], "| cli", r.returncode, r.stderr[-300:])
shutil.rmtree("out/bad_manifest", ignore_errors=True)
pd.DataFrame(rows).to_csv("out/bad_input.csv", index=False)
timings = calls.save()
print(timings[["kind", "call", "seconds", "error"]].to_string())
