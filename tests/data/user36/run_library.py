"""What the public-health and emergency-governance scholar runs on the 160 pages of 今日公安 (from the README, docs/,
--help and help()): issues and articles, entities one row per mention (article_id, issue_id, date, label, text,
admin_code), places with codes, keywords per crisis period vs calm periods, keyness 2020 vs 2019, kwic 防控,
collocations of 疫情, slogans (both layers) and formula mentions per month, weekly / daily / monthly trends of her terms
inside crisis years, a timeline plot; then the CLI and bad input.  Timed (out/timings.csv).
Run from this folder with PYTHONPATH at the tree:   python run_library.py"""
import os, shutil, subprocess, warnings
os.environ["CORPUS_TOOLS_CACHE"] = os.path.abspath("cache")
import pandas as pd

shutil.rmtree("cache", ignore_errors=True)
shutil.rmtree("out", ignore_errors=True)
os.makedirs("out/cli", exist_ok=True)
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from userrun import Calls  # noqa: E402  (the timing harness shared with the other user folders)

calls = Calls(message_chars=600, error_chars=400, print_chars=300)
tm, cli = calls.tm, calls.cli
import corpus_tools as ct
print(ct.__file__)
# the manifest lists the first third of the pages; the rest are dated by their file names
corpus = tm("read_corpus (manifest for a third)", lambda: ct.read_corpus("pages/", manifest="pages/manifest.csv"))
issues = tm("issues_frame", corpus.issues_frame); issues.to_csv("out/issues.csv", index=False)
arts = tm("articles_frame", corpus.articles_frame); arts.to_csv("out/articles.csv", index=False)
date = dict(zip(issues.issue_id, issues.date))
ents = tm("extract_entities", lambda: ct.extract_entities(corpus)); ents.to_csv("out/entities_raw.csv", index=False)
ex = ents.copy(); ex["date"] = ex.issue_id.map(date)
cols = [c for c in ["article_id", "issue_id", "date", "label", "text", "norm", "admin_code", "sentence"] if c in ex.columns]
ex[cols].to_csv("out/entities.csv", index=False)
pm = tm("place_mentions", lambda: ct.place_mentions(ents, corpus)); pm.to_csv("out/place_mentions.csv", index=False)
pt = tm("place_table all", lambda: ct.place_table(pm, corpus, by="all")); pt.to_csv("out/place_table.csv", index=False)

# keywords per crisis period vs calm
def crisis(d):
    y, m = d.year, d.month
    if y == 2003 and 4 <= m <= 7: return "非典2003"
    if y == 2008 and m <= 3: return "冰冻2008"
    if y == 2009 and m >= 5: return "甲流2009"
    if y in (2016, 2020) and 6 <= m <= 9: return "洪水2016/2020"
    if y in (2020, 2021, 2022): return "新冠2020-22"
    if y == 2023 and m <= 3: return "乙类乙管2023"
    return "平时"
kws = []
for p in ["非典2003", "冰冻2008", "甲流2009", "洪水2016/2020", "新冠2020-22", "乙类乙管2023", "平时"]:
    sub = corpus.filter(date=lambda d, p=p: d is not None and crisis(d) == p)
    k = tm(f"keywords {p} by=all", lambda: ct.keywords(sub, by="all", top_n=25))
    if k is not None:
        kws.append(k.assign(period=p))
pd.concat(kws).to_csv("out/keywords_period.csv", index=False)
kwd = tm("keywords by=day (one printed issue)", lambda: ct.keywords(corpus, by="day", top_n=8)); kwd.to_csv("out/keywords_day.csv", index=False)
y20 = corpus.filter(date=lambda d: d is not None and d.year == 2020)
y19 = corpus.filter(date=lambda d: d is not None and d.year == 2019)
ky = tm("keyness 2020 vs 2019", lambda: ct.keyness(y20, y19, top_n=60, max_p=0.05)); ky.to_csv("out/keyness.csv", index=False)
k = tm("kwic 防控", lambda: ct.kwic(corpus, "防控", width=14)); pd.DataFrame(k).to_csv("out/kwic_防控.csv", index=False)
co = tm("collocations word=疫情", lambda: ct.collocations(corpus, word="疫情", window=3, min_count=2, top_n=40)); co.to_csv("out/colloc_疫情.csv", index=False)
sl = tm("extract_slogans", lambda: ct.extract_slogans(corpus)); sl.to_csv("out/slogans.csv", index=False)
sm = tm("slogan_mentions", lambda: ct.slogan_mentions(corpus)); sm.to_csv("out/slogan_mentions.csv", index=False)
sm["month"] = sm.issue_id.map(date).astype(str).str[:7]
fc = sm.groupby(["group", "month"]).size().rename("n").reset_index(); fc.to_csv("out/formula_counts.csv", index=False)
st = tm("slogan_trends by month", lambda: ct.slogan_trends(corpus, by="month")); st.to_csv("out/slogan_trends.csv", index=False)
MINE = ["非典", "抗冰救灾", "甲流", "防汛", "新冠肺炎", "疫情防控", "外防输入、内防反弹", "四早", "应检尽检", "动态清零", "乙类乙管",
        "灾后重建", "健康中国", "爱国卫生运动", "方舱", "隔离点", "安置点", "管涌"]
tr = tm("keyword_trends her terms by=year count", lambda: ct.keyword_trends(corpus, MINE, by="year", normalize="count")); tr.to_csv("out/trends_year.csv")
trm = tm("keyword_trends 2020 by=month", lambda: ct.keyword_trends(y20, MINE, by="month", normalize="count")); trm.to_csv("out/trends_month_2020.csv")
trw = tm("keyword_trends 2020 by=week", lambda: ct.keyword_trends(y20, MINE, by="week", normalize="count"))
if trw is not None:
    trw.to_csv("out/trends_week_2020.csv")
trd = tm("keyword_trends 2020 by=day", lambda: ct.keyword_trends(y20, MINE, by="day", normalize="count")); trd.to_csv("out/trends_day_2020.csv")
# her own weeks, from the day rows
if trd is not None:
    w = trd.copy(); w.index = pd.to_datetime(w.index.astype(str)); w.resample("W-MON").sum().to_csv("out/trends_week_2020_from_days.csv")
import matplotlib; matplotlib.use("Agg")
import matplotlib.pyplot as plt
plt.rcParams["font.family"] = ct.cjk_font()
ax = tm("plot_trends 2020 by=day", lambda: ct.plot_trends(trd, title="2020年危机提法（按日，次数）"))
if ax is not None:
    (ax.flat[0].figure if hasattr(ax, "flat") else ax.figure).savefig("out/trends_2020_day.png", dpi=100, bbox_inches="tight"); plt.close("all")
ax = tm("plot_slogan_timeline", lambda: ct.plot_slogan_timeline(sl.dropna(subset=["first_date"]), top=25))
if ax is not None:
    ax.set_title("今日公安：危机提法时间线"); ax.figure.savefig("out/slogan_timeline.png", dpi=100, bbox_inches="tight"); plt.close("all")
top = fc.groupby("group").n.sum().sort_values(ascending=False).head(14).index
fc["year"] = fc.month.str[:4]
piv = fc[fc.group.isin(top)].pivot_table(index="year", columns="group", values="n", aggfunc="sum").fillna(0)
ax = piv.plot(kind="bar", stacked=True, figsize=(13, 5), colormap="tab20")
ax.set_title("今日公安：危机提法逐年出现次数（slogan_mentions）")
ax.legend(ncol=2, fontsize=8, bbox_to_anchor=(1.01, 1), loc="upper left")
ax.figure.savefig("out/formulae_by_year.png", dpi=100, bbox_inches="tight"); plt.close("all")

P = "pages/"
for name, args in [
    ("entities csv --labels EVENT,FAC,ORG,LOC,DOC,TOWNSHIP,VILLAGE,COMMUNITY", ["entities", P, "--labels", "EVENT,FAC,ORG,LOC,DOC,TOWNSHIP,VILLAGE,COMMUNITY", "--format", "csv", "-o", "out/cli/entities.csv", "-q"]),
    ("places csv --mentions", ["places", P, "--mentions", "--format", "csv", "-o", "out/cli/place_mentions.csv", "-q"]),
    ("trends --by week", ["trends", P, "--terms", "防汛,疫情防控", "--by", "week", "-q"]),
    ("trends --by day", ["trends", P, "--terms", "防汛,疫情防控", "--by", "day", "--format", "csv", "-o", "out/cli/trends_day.csv", "-q"]),
    ("kwic 防控", ["kwic", P, "防控", "--format", "csv", "-o", "out/cli/kwic_防控.csv", "-q"]),
    ("collocations --word 疫情", ["collocations", P, "--word", "疫情", "--format", "csv", "-o", "out/cli/colloc.csv", "-q"]),
    ("slogans", ["slogans", P, "--format", "csv", "-o", "out/cli/slogans.csv", "-q"]),
    ("report --by month", ["report", P, "-o", "out/cli/report", "--by", "month", "-q"]),
    ("error: entities --labels DISASTER", ["entities", P, "--labels", "DISASTER", "-q"]),
]:
    cli(name, args)

bad = {"empty": b"", "gbk": "今日公安　2020年2月5日　星期三　第2版\n县疾控中心通报疫情防控情况。\n□　记者　田甜\n".encode("gbk"),
       "binary": bytes(range(256)) * 8, "nodate": "今日公安\n县防汛抗旱指挥部召开会议。（龚建）\n".encode("utf-8")}
rows = []


def try_read(d, **kw):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            c = ct.read_corpus(d, **kw)
            a = c.articles_frame(progress=False)
            msg = f"OK: {len(c.issues)} issues; ids {[x.id for x in c.issues][:5]}; dates {[str(x.date) for x in c.issues][:5]}; articles {len(a)}"
        except Exception as e:  # noqa: BLE001
            msg = f"{type(e).__name__}: {e}"
    return msg + " | warnings: " + " || ".join(str(x.message)[:300] for x in w)


for i, (k, b) in enumerate(bad.items()):
    d = f"out/bad_{k}"; shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    fn = "page_x.txt" if k == "nodate" else f"2020-02-05_p{i + 1}.txt"
    open(f"{d}/{fn}", "wb").write(b)
    msg = try_read(d)
    r = subprocess.run(["corpus-tools", "entities", d, "-q"], capture_output=True, text=True)
    rows.append(dict(case=k, file=fn, python=msg, cli_rc=r.returncode, cli=(r.stdout[-300:] + " || " + r.stderr[-600:]).strip()))
    print(k, msg[:300], "| cli", r.returncode, r.stderr[-300:])
# two files claiming the same issue and page: 2020-02-10_p1.txt and 2020-2-10_p1.txt / 20200210_p1.txt
d = "out/bad_dup"; shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
shutil.copy("pages/2020-02-10_p1.txt", f"{d}/2020-02-10_p1.txt")
shutil.copy("pages/2020-02-10_p3.txt", f"{d}/20200210_p1.txt")
for mode in ["raise", "skip"]:
    msg = try_read(d, errors=mode)
    r = subprocess.run(["corpus-tools", "entities", d, "--errors", mode, "--format", "csv", "-o", "/dev/null", "-q"], capture_output=True, text=True)
    rows.append(dict(case=f"two files claim issue 2020-02-10 page 1, errors={mode}", file="2020-02-10_p1.txt / 20200210_p1.txt", python=msg, cli_rc=r.returncode, cli=r.stderr[-800:]))
    print("dup", mode, msg[:300], "| cli", r.returncode, r.stderr[-300:])
# the same page in the manifest twice
d = "out/bad_dup_manifest"; shutil.rmtree(d, ignore_errors=True); shutil.copytree("pages", d)
m = pd.read_csv(f"{d}/manifest.csv", dtype=str); m.loc[len(m)] = m.iloc[0].tolist(); m.to_csv(f"{d}/manifest.csv", index=False)
msg = try_read(d)
rows.append(dict(case="manifest lists one file twice", file=m.iloc[0, 0], python=msg, cli_rc="", cli=""))
print("dup manifest", msg[:300])
shutil.rmtree(d, ignore_errors=True)
pd.DataFrame(rows).to_csv("out/bad_input.csv", index=False)
timings = calls.save()
