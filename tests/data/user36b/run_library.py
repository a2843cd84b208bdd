"""What the historian runs on the 100 OCR pages of 定边报 (pages/ -> out/) and on the clean pages (clean/ -> out_clean/),
from the README, docs/, --help and help(): articles and bylines, entities one row per mention with codes, place
mentions (former townships!), keyword trends per year of her formulae, keyness 1998-2004 vs 2005-2012, kwic, slogans
(both layers) with first/last year, formula mentions per year, a PNG, then the CLI (--help first, entities, places,
kwic, keyness, trends, slogans, report) and bad input (empty, GBK, binary, undated name, .jpg in the folder).
Timed (out/timings.csv).   Run from this folder with PYTHONPATH at the tree:   python run_library.py [ocr|clean|all]"""
import os, shutil, subprocess, sys, time, traceback, warnings
os.environ["CORPUS_TOOLS_CACHE"] = os.path.abspath("cache_" + (sys.argv[1] if len(sys.argv) > 1 else "all"))
import pandas as pd

WHICH = sys.argv[1] if len(sys.argv) > 1 else "all"
T, W = [], []


def tm(name, f):
    t = time.time()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = f(); err = ""
        except Exception as e:  # noqa: BLE001
            r, err = None, f"{type(e).__name__}: {e}"; traceback.print_exc()
    dt = round(time.time() - t, 2)
    W.extend(dict(call=name, message=str(x.message)[:400]) for x in w)
    T.append(dict(kind="py", call=name, seconds=dt, error=err[:300]))
    print(f"{name}: {dt}s {err[:200]}", flush=True)
    return r


def cli(out, name, args):
    t = time.time()
    r = subprocess.run(["corpus-tools"] + args, capture_output=True, text=True)
    dt = round(time.time() - t, 2)
    T.append(dict(kind="cli", call=name, seconds=dt, error=f"rc {r.returncode}: " + r.stderr.strip()[-300:].replace("\n", " | ")))
    open(f"{out}/cli_log.txt", "a").write(f"\n=== {name} rc={r.returncode} {dt}s\n$ corpus-tools {' '.join(args)}\n"
                                          f"{r.stdout[-2500:]}\n--- stderr\n{r.stderr[-2000:]}\n")
    print(f"cli {name}: {dt}s rc {r.returncode}", flush=True)


import corpus_tools as ct
print(ct.__file__)
MINE = ["西部大开发", "退耕还林", "三个代表", "新农村建设", "科学发展观", "和谐社会", "两免一补", "新农合", "整村推进",
        "封山禁牧", "扶贫办", "信用社", "供销社", "农经站", "撤乡并镇"]


def run(P, out, tag):
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(f"{out}/cli", exist_ok=True)
    open(f"{out}/cli_log.txt", "w").close()
    corpus = tm(f"{tag} read_corpus county=定边县", lambda: ct.read_corpus(P, county="定边县"))
    issues = tm(f"{tag} issues_frame", corpus.issues_frame); issues.to_csv(f"{out}/issues.csv", index=False)
    arts = tm(f"{tag} articles_frame", corpus.articles_frame); arts.to_csv(f"{out}/articles.csv", index=False)
    date = dict(zip(issues.issue_id, issues.date))
    ents = tm(f"{tag} extract_entities", lambda: ct.extract_entities(corpus)); ents.to_csv(f"{out}/entities_raw.csv", index=False)
    ex = ents.copy(); ex["date"] = ex.issue_id.map(date)
    cols = [c for c in ["article_id", "issue_id", "date", "label", "text", "norm", "admin_code", "sentence"] if c in ex.columns]
    ex[cols].to_csv(f"{out}/entities.csv", index=False)
    pm = tm(f"{tag} place_mentions", lambda: ct.place_mentions(ents, corpus)); pm.to_csv(f"{out}/place_mentions.csv", index=False)
    pt = tm(f"{tag} place_table all", lambda: ct.place_table(pm, corpus, by="all")); pt.to_csv(f"{out}/place_table.csv", index=False)
    kwy = tm(f"{tag} keywords by year", lambda: ct.keywords(corpus, by="year", top_n=10)); kwy.to_csv(f"{out}/keywords_year.csv", index=False)
    early = corpus.filter(date=lambda d: d is not None and d.year <= 2004)
    late = corpus.filter(date=lambda d: d is not None and d.year >= 2005)
    ky = tm(f"{tag} keyness 2005-2012 vs 1998-2004", lambda: ct.keyness(late, early, top_n=50, max_p=0.05)); ky.to_csv(f"{out}/keyness.csv", index=False)
    ky2 = tm(f"{tag} keyness 1998-2004 vs 2005-2012", lambda: ct.keyness(early, late, top_n=50, max_p=0.05)); ky2.to_csv(f"{out}/keyness_reverse.csv", index=False)
    for q in ["退耕还林", "三个代表", "纪畔乡", "信用社"]:
        k = tm(f"{tag} kwic {q}", lambda q=q: ct.kwic(corpus, q, width=14)); pd.DataFrame(k).to_csv(f"{out}/kwic_{q}.csv", index=False)
    sl = tm(f"{tag} extract_slogans", lambda: ct.extract_slogans(corpus)); sl.to_csv(f"{out}/slogans.csv", index=False)
    sm = tm(f"{tag} slogan_mentions", lambda: ct.slogan_mentions(corpus)); sm.to_csv(f"{out}/slogan_mentions.csv", index=False)
    sm["year"] = sm.issue_id.map(date).astype(str).str[:4]
    fc = sm.groupby(["group", "year"]).size().rename("n").reset_index(); fc.to_csv(f"{out}/formula_counts.csv", index=False)
    st = tm(f"{tag} slogan_trends by year", lambda: ct.slogan_trends(corpus, by="year")); st.to_csv(f"{out}/slogan_trends.csv", index=False)
    tr = tm(f"{tag} keyword_trends her terms count", lambda: ct.keyword_trends(corpus, MINE, by="year", normalize="count")); tr.to_csv(f"{out}/trends.csv")
    import matplotlib; matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    ax = tm(f"{tag} plot_trends", lambda: ct.plot_trends(tr[[c for c in MINE[:9] if c in tr.columns]], title="定边报：改革年代提法逐年出现次数"))
    if ax is not None:
        (ax.flat[0].figure if hasattr(ax, "flat") else ax.figure).savefig(f"{out}/trends.png", dpi=100, bbox_inches="tight"); plt.close("all")
    if tag == "clean":
        return
    cli(out, "--help", ["--help"])
    for name, args in [
        ("entities csv", ["entities", P, "--county", "定边县", "--format", "csv", "-o", f"{out}/cli/entities.csv", "-q"]),
        ("places csv --mentions", ["places", P, "--county", "定边县", "--mentions", "--format", "csv", "-o", f"{out}/cli/place_mentions.csv", "-q"]),
        ("kwic 退耕还林", ["kwic", P, "退耕还林", "--format", "csv", "-o", f"{out}/cli/kwic.csv", "-q"]),
        ("keyness --target 2005-2012 --reference 1998-2004", ["keyness", P, "--target", "2005-2012", "--reference", "1998-2004", "--format", "csv", "-o", f"{out}/cli/keyness.csv", "-q"]),
        ("trends --terms --by year", ["trends", P, "--terms", ",".join(MINE[:9]), "--by", "year", "--normalize", "count", "--format", "csv", "-o", f"{out}/cli/trends.csv", "-q"]),
        ("slogans --by year", ["slogans", P, "--by", "year", "--format", "csv", "-o", f"{out}/cli/slogans.csv", "-q"]),
        ("report", ["report", P, "--county", "定边县", "-o", f"{out}/cli/report", "--by", "year", "--terms", ",".join(MINE[:9]), "-q"]),
    ]:
        cli(out, name, args)


if WHICH in ("all", "ocr"):
    run("pages/", "out", "ocr")
if WHICH in ("all", "clean"):
    run("clean/", "out_clean", "clean")

if WHICH in ("all", "bad"):
    os.makedirs("out", exist_ok=True)
    good = open("clean/2006-03-30_p1.txt", encoding="utf-8").read()
    bad = {"empty": ("2019-03-05_p1.txt", b""), "gbk": ("2006-03-31_p2.txt", good.encode("gbk")),
           "binary": ("2006-04-01_p3.txt", bytes(range(256)) * 8),
           "nodate (OCR masthead 2OO6年3月3O曰)": ("scan_0042.txt", good.replace("2006年3月30日", "2OO6年3月3O曰").encode("utf-8")),
           "image .jpg in the folder": ("2006-04-02_p1.jpg", b"\xff\xd8\xff\xe0" + bytes(200))}
    rows = []

    def try_read(d, **kw):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            try:
                c = ct.read_corpus(d, county="定边县", **kw)
                a = c.articles_frame(progress=False)
                msg = f"OK: {len(c.issues)} issues; dates {[str(x.date) for x in c.issues][:5]}; articles {len(a)}"
            except Exception as e:  # noqa: BLE001
                msg = f"{type(e).__name__}: {e}"
        return msg + " | warnings: " + " || ".join(str(x.message)[:300] for x in w)

    for k, (fn, b) in bad.items():
        d = f"out/bad_{k.split()[0]}"; shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
        open(f"{d}/2006-03-30_p1.txt", "w", encoding="utf-8").write(good)
        open(f"{d}/{fn}", "wb").write(b)
        msg = tm(f"bad {k}", lambda: try_read(d))
        r = subprocess.run(["corpus-tools", "entities", d, "-q", "--format", "csv", "-o", "/dev/null"], capture_output=True, text=True)
        rows.append(dict(case=k, file=fn, python=msg, cli_rc=r.returncode, cli=(r.stdout[-300:] + " || " + r.stderr[-600:]).strip()))
        print(k, msg[:300], "| cli", r.returncode, r.stderr[-300:])
        shutil.rmtree(d, ignore_errors=True)
    pd.DataFrame(rows).to_csv("out/bad_input.csv", index=False)

tf = "out/timings.csv" if WHICH == "all" else f"out/timings_{WHICH}.csv"
pd.DataFrame(T).to_csv(tf, index=False)
pd.DataFrame(W).drop_duplicates().to_csv(tf.replace("timings", "warnings"), index=False)
print(pd.DataFrame(T)[["kind", "call", "seconds", "error"]].to_string())
