"""What the digital archivist runs on the 250 pages of 青铜峡报 (from the README, docs/, --help and help() only):
read the folder (no manifest; dates from the file names in three forms), the issue table, the articles, the blocks,
the bylines as (role, name) pairs, a no-loss check of every page, the dataset as JSONL and CSV
(article_id, issue_id, date, page, section, kicker, title, subtitle, byline pairs, body), a trends plot (PNG),
then the CLI (articles csv/json, bylines, report) and bad input.  Every call timed with peak memory
(out/timings.csv).  Run from this folder with PYTHONPATH at the tree:   python run_library.py
A fresh cache under ./cache (CORPUS_TOOLS_CACHE) so the first run is cold."""
import json, os, re, resource, shutil, subprocess, sys, time, warnings
from collections import Counter
os.environ["CORPUS_TOOLS_CACHE"] = os.path.abspath("cache")
import pandas as pd

shutil.rmtree("cache", ignore_errors=True)
shutil.rmtree("out", ignore_errors=True)
os.makedirs("out/cli", exist_ok=True)
T = []


def rss_mb():
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def tm(name, f):
    t = time.time()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r = f()
    dt = round(time.time() - t, 2)
    T.append(dict(kind="py", call=name, seconds=dt, peak_mb=rss_mb(), rc=0,
                  note=" | ".join(str(x.message)[:200] for x in w[:3]) + (f" (+{len(w) - 3} warnings)" if len(w) > 3 else "")))
    print(f"{name}: {dt}s peak {rss_mb()} MB, {len(w)} warnings", flush=True)
    return r


def cli(name, args, cwd=None):
    t = time.time()
    p = subprocess.Popen(["corpus-tools"] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd)
    out, err = p.communicate()
    dt = round(time.time() - t, 2)
    peak = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)  # max over children so far
    T.append(dict(kind="cli", call=name, seconds=dt, peak_mb=peak, rc=p.returncode, note=err.strip()[-300:].replace("\n", " | ")))
    open("out/cli_log.txt", "a").write(f"\n=== {name} rc={p.returncode} {dt}s (children peak so far {peak} MB)\n"
                                       f"$ corpus-tools {' '.join(args)}\n{out[-1500:]}\n--- stderr\n{err[-2500:]}\n")
    print(f"cli {name}: {dt}s rc {p.returncode}", flush=True)
    return out, err, p.returncode


open("out/cli_log.txt", "w").close()
import corpus_tools as ct
print(ct.__file__)
corpus = tm("read_corpus", lambda: ct.read_corpus("pages/"))
issues = tm("issues_frame", corpus.issues_frame)
issues.to_csv("out/issues.csv", index=False)
arts = tm("articles_frame", corpus.articles_frame)
arts.to_csv("out/articles_frame.csv", index=False)
blocks = tm("blocks_frame", corpus.blocks_frame)
blocks.to_csv("out/blocks.csv", index=False)
byl = tm("byline_table", lambda: ct.byline_table(corpus))
byl.to_csv("out/bylines.csv", index=False)

# ---- the dataset: one row per article with byline pairs (roles from Article.byline), the page from the file name
page_of = {}
for _, r in issues.iterrows():
    m = re.search(r"_p(\d+)$", str(r["issue_id"]))
    page_of[r["issue_id"]] = int(m.group(1)) if m else None
date_of = dict(zip(issues.issue_id, issues.date))
rows = []
for iss in corpus.issues:
    for a in iss.articles:
        rows.append(dict(article_id=a.id, issue_id=iss.id, date=str(a.date) if a.date else None,
                         page=page_of.get(iss.id), section=a.section, kicker=a.kicker, title=a.title,
                         subtitle=a.subtitle, byline=[list(p) for p in a.byline], byline_text=a.byline_text,
                         captions=list(a.captions), body=a.body))
with open("out/articles.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
ds = pd.DataFrame(rows)
ds["byline"] = ds["byline"].map(lambda x: json.dumps(x, ensure_ascii=False))
ds["captions"] = ds["captions"].map(lambda x: json.dumps(x, ensure_ascii=False))
ds.to_csv("out/articles.csv", index=False)

# ---- no loss, page by page: (a) the library's own check_no_loss, (b) my count: every non-space character of the
# page in the blocks' texts or in a recorded repair
from corpus_tools.layout import check_no_loss
nl = []
for iss in corpus.issues:
    probs = check_no_loss(iss.raw, iss.layout)
    raw = Counter(c for c in iss.raw if not c.isspace())
    got = Counter()
    for b in iss.blocks:
        got.update(c for c in b.text if not c.isspace())
    rep = Counter()
    for rp in iss.repairs:
        rep.update(c for c in (rp.removed or "") if not c.isspace())
    lost = raw - (got + rep)
    extra = (got + rep) - raw
    # (c) the exported fields: title, kicker, subtitle, body, byline names, captions + blocks of no article
    fields = Counter()
    for a in iss.articles:
        for s in [a.title, a.kicker, a.subtitle, a.body] + [n for _, n in a.byline] + [r for r, _ in a.byline] + list(a.captions):
            fields.update(c for c in (s or "") if not c.isspace())
    for b in iss.blocks:
        if b.article is None:
            fields.update(c for c in b.text if not c.isspace())
    lost_f = raw - (fields + rep)
    nl.append(dict(issue_id=iss.id, chars=sum(raw.values()), check_no_loss=";".join(probs)[:300],
                   lost_vs_blocks=sum(lost.values()), extra_vs_blocks=sum(extra.values()),
                   repairs=len(iss.repairs), repair_kinds=",".join(sorted({r.kind for r in iss.repairs})),
                   lost_vs_export=sum(lost_f.values()), lost_export_chars="".join(sorted(lost_f.elements()))[:80]))
nl = pd.DataFrame(nl)
nl.to_csv("out/noloss.csv", index=False)
print("no-loss: pages with check_no_loss problems", (nl.check_no_loss != "").sum(), "; lost vs blocks",
      nl.lost_vs_blocks.sum(), "; lost vs export", nl.lost_vs_export.sum(), "on", (nl.lost_vs_export > 0).sum(), "pages")

# ---- analyses the report also does; a plot
kw = tm("keywords by year", lambda: ct.keywords(corpus, by="year", top_n=10))
kw.to_csv("out/keywords_by_year.csv", index=False)
tr = tm("keyword_trends year", lambda: ct.keyword_trends(corpus, ["枸杞", "葡萄酒", "黄河", "乡村振兴", "脱贫"], by="year"))
tr.to_csv("out/trends_by_year.csv")
import matplotlib; matplotlib.use("Agg")
import matplotlib.pyplot as plt
plt.rcParams["font.family"] = ct.cjk_font()
ax = tm("plot_trends", lambda: ct.plot_trends(tr, title="青铜峡报 2000–2025"))
ax.figure.savefig("out/trends_by_year.png", dpi=120, bbox_inches="tight")
kc = tm("kwic 枸杞", lambda: ct.kwic(corpus, "枸杞"))
kc.to_csv("out/kwic_gouqi.csv", index=False)
T.append(dict(kind="py", call="(whole python session)", seconds=None, peak_mb=rss_mb(), rc=0, note=""))

# ---- the CLI
cli("articles csv (cold, --no-cache)", ["articles", "pages/", "--format", "csv", "-o", "out/cli/articles.csv", "--no-cache"])
cli("articles json", ["articles", "pages/", "--format", "json", "-o", "out/cli/articles.json"])
cli("bylines", ["bylines", "pages/", "--format", "csv", "-o", "out/cli/bylines.csv"])
cli("report", ["report", "pages/", "-o", "out/report", "--by", "year"])
cli("articles --years 2000-2007", ["articles", "pages/", "--years", "2000-2007", "--format", "csv", "-o", "out/cli/articles_2000_2007.csv"])

# ---- bad input: each in its own folder, API and CLI
B = "badin"
shutil.rmtree(B, ignore_errors=True)
cases = {}
def case(name, files):
    d = os.path.join(B, name); os.makedirs(d)
    for fn, data in files.items():
        open(os.path.join(d, fn), "wb").write(data)
    cases[name] = d
good = open("pages/" + sorted(os.listdir("pages"))[5], "rb").read()
case("empty", {"2010-01-01_p1.txt": b"", "2010-01-01_p2.txt": good})
case("gbk", {"2010-01-02_p1.txt": "青铜峡报\n2010年1月2日 星期六 第1版\n\n小坝镇召开总结会\n\n　　本报讯 1月1日，小坝镇召开年度工作总结会。\n".encode("gbk")})
case("binary", {"2010-01-03_p1.txt": bytes(range(256)) * 8, "2010-01-03_p2.txt": good})
case("nodate", {"scan_0042.txt": "小坝镇召开总结会\n\n　　本报讯 日前，小坝镇召开年度工作总结会，部署今年工作。\n".encode()})
case("notxt", {"page1.pdf.bak": b"%PDF-1.4 nothing", "notes.doc": b"xx"})
case("furniture", {"2010-01-05_p4.txt": "2010年1月5日　星期二　第4版　综合新闻\n\n综合新闻\n\n责任编辑：马丽\n".encode()})
bad = []
for name, d in cases.items():
    for mode in ("raise", "skip"):
        msg, n_art = "", None
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            try:
                c = ct.read_corpus(d, errors=mode)
                af = c.articles_frame()
                n_art = len(af)
                iss = c.issues_frame()
                msg = f"ok: {len(c.issues)} issues, {n_art} articles, dates {list(iss.date.astype(str))}"
            except Exception as e:
                msg = f"{type(e).__name__}: {e}"
        bad.append(dict(case=name, errors=mode, result=msg[:400], warnings=" | ".join(str(x.message)[:250] for x in w)))
    o, e, rc = cli(f"bad input {name}", ["articles", d, "--format", "csv"])
    bad.append(dict(case=name, errors="cli", result=f"rc={rc} {o[:200]}", warnings=e.strip()[-400:]))
pd.DataFrame(bad).to_csv("out/bad_input.csv", index=False)
pd.DataFrame(T).to_csv("out/timings.csv", index=False)
print(pd.DataFrame(T).to_string())
