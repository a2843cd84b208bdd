"""What the development economist runs on the 100 pages of 玉龙报 (from the README, docs/, --help and help()): articles,
entities one row per mention, places with codes, bylines, projects with amounts and places, projects by year and township
(CSV and a PNG), then the CLI (entities, places, projects, bylines, report), then bad input.  Timed (out/timings.csv).
Run from this folder with PYTHONPATH at the tree:   python run_library.py
A fresh cache under ./cache (CORPUS_TOOLS_CACHE) so the first run is cold."""
import os, shutil, subprocess, time, warnings
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
byl = tm("byline_table", lambda: ct.byline_table(corpus)); byl.to_csv("out/bylines.csv", index=False)
ents = tm("extract_entities", lambda: ct.extract_entities(corpus)); ents.to_csv("out/entities.csv", index=False)
pm = tm("place_mentions", lambda: ct.place_mentions(ents, corpus)); pm.to_csv("out/place_mentions.csv", index=False)
pt = tm("place_table all", lambda: ct.place_table(pm, corpus, by="all")); pt.to_csv("out/place_table.csv", index=False)
ut = tm("unit_table", lambda: ct.unit_table(pm, corpus)); ut.to_csv("out/unit_table.csv", index=False)
pi = tm("project_investments", lambda: ct.project_investments(corpus, entities=ents)); pi.to_csv("out/projects.csv", index=False)
# the persona's dataset: one row per PROJECT/FAC/ORG/EVENT mention with year and the township it is in
yr = dict(zip(issues.issue_id, pd.to_datetime(issues.date).dt.year))
what = ents[ents.label.isin(["PROJECT", "FAC", "ORG", "EVENT"])].copy()
what["year"] = what.issue_id.map(yr)
what.to_csv("out/what_built.csv", index=False)
# projects by year and township (from project_investments' place; township of a village from the place table)
tw_of = dict(zip(pt["name"], pt["township"])) if "township" in pt else {}
pi2 = pi.copy()
pi2["year"] = pi2.issue_id.map(yr)
pi2["township"] = pi2["place"].map(lambda p: p if isinstance(p, str) and p[-1:] in "乡镇道" else tw_of.get(p, p))
pby = pi2.groupby(["year", "township"], dropna=False).size().rename("n").reset_index(); pby.to_csv("out/projects_by_year_township.csv", index=False)
import matplotlib; matplotlib.use("Agg")
import matplotlib.pyplot as plt
font = ct.cjk_font()
plt.rcParams["font.family"] = font
piv = pby.pivot_table(index="year", columns="township", values="n", aggfunc="sum").fillna(0)
ax = piv.plot(kind="bar", stacked=True, figsize=(12, 5))
ax.set_title("玉龙报：各乡镇项目报道逐年件数（project_investments 的 place）")
ax.legend(ncol=3, fontsize=8)
ax.figure.savefig("out/projects_by_year.png", dpi=100, bbox_inches="tight"); plt.close("all")
ec = tm("entity_counts by year", lambda: ct.entity_counts(corpus, by="year", entities=ents)); ec.to_csv("out/entity_counts.csv", index=False)
k = tm("kwic 搬迁", lambda: ct.kwic(corpus, "搬迁", width=12)); pd.DataFrame(k).to_csv("out/kwic_搬迁.csv", index=False)
kt = tm("keyword_trends", lambda: ct.keyword_trends(corpus, ["搬迁", "花椒", "饮水", "合作社"], by="year")); kt.to_csv("out/keyword_trends.csv")

W = "pages/"
for name, args in [
    ("entities csv", ["entities", W, "--format", "csv", "-o", "out/cli/entities.csv", "-q"]),
    ("entities --labels PROJECT,FAC,ORG,EVENT", ["entities", W, "--labels", "PROJECT,FAC,ORG,EVENT", "--format", "csv", "-o", "out/cli/entities_what.csv", "-q"]),
    ("places csv --mentions", ["places", W, "--mentions", "--format", "csv", "-o", "out/cli/place_mentions.csv", "-q"]),
    ("places csv --by all", ["places", W, "--by", "all", "--format", "csv", "-o", "out/cli/places.csv", "-q"]),
    ("places --county 玉龙纳西族自治县", ["places", W, "--by", "all", "--county", "玉龙纳西族自治县", "--format", "csv", "-o", "out/cli/places_county.csv", "-q"]),
    ("places --county 玉龙县", ["places", W, "--by", "all", "--county", "玉龙县", "--format", "csv", "-o", "out/cli/places_county_short.csv", "-q"]),
    ("projects csv", ["projects", W, "--format", "csv", "-o", "out/cli/projects.csv", "-q"]),
    ("bylines csv", ["bylines", W, "--format", "csv", "-o", "out/cli/bylines.csv", "-q"]),
    ("report", ["report", W, "-o", "out/cli/report", "--by", "year", "-q"]),
    ("error: entities --labels PROJECTS", ["entities", W, "--labels", "PROJECTS", "-q"]),
    ("error: places --county 玉龙", ["places", W, "--county", "玉龙", "-q"]),
]:
    cli(name, args)

# bad input: each alone in a folder, in Python and with the CLI; then a manifest row naming a missing file
bad = {"empty": b"", "gbk": "玉龙报　2019年3月5日　第2版\n石鼓镇石鼓村新建文化室。\n本报记者　次仁央宗\n".encode("gbk"),
       "binary": bytes(range(256)) * 8, "nodate": "玉龙报\n石鼓镇石鼓村新建文化室。（次仁央宗）\n".encode("utf-8")}
rows = []


def try_read(d, **kw):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            c = ct.read_corpus(d, **kw)
            a = c.articles_frame(progress=False)
            msg = f"OK: {len(c.issues)} issues; dates {[str(x.date) for x in c.issues][:5]}; articles {len(a)}"
        except Exception as e:
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
m.loc[len(m)] = ["2019-03-09_p2.txt", "玉龙报", "玉龙纳西族自治县", "530721", "2019-03-09", "day", "printed date line"]
m.to_csv(f"{d}/manifest.csv", index=False)
for mode in ["raise", "skip"]:
    msg = try_read(d, errors=mode)
    r = subprocess.run(["corpus-tools", "places", d, "--errors", mode, "--format", "csv", "-o", "/dev/null", "-q"], capture_output=True, text=True)
    rows.append(dict(case=f"manifest row naming a missing file, errors={mode}", file="2019-03-09_p2.txt", python=msg, cli_rc=r.returncode, cli=r.stderr[-800:]))
    print("missing", mode, msg[:300], "| cli", r.returncode, r.stderr[-300:])
pd.DataFrame(rows).to_csv("out/bad_input.csv", index=False)
pd.DataFrame(T).to_csv("out/timings.csv", index=False)
print(pd.DataFrame(T)[["kind", "call", "seconds", "rc"]].to_string())
