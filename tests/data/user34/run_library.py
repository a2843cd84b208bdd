"""What the cadre-careers political scientist runs on the 150 pages of 拜泉报 (from the README, docs/, --help and help()):
articles, bylines, entities one row per mention, the newsroom filter, person_posts (who held which post when), her
PERSON-mention export (one row per mention with article_id, issue_id, date, name and the post printed next to it),
ORG/TOWNSHIP/VILLAGE rows with codes (place_mentions), a per-year plot of who appears how often (PNG), kwic on names and
titles, collocations of 书记; then the CLI (entities, places, bylines, kwic, collocations, report, wrong calls) and bad
input.  Timed (out/timings.csv).   Run from this folder with PYTHONPATH at the tree:   python run_library.py"""
import os, shutil, subprocess, time, warnings
os.environ["CORPUS_TOOLS_CACHE"] = os.path.abspath("cache")
import pandas as pd

shutil.rmtree("cache", ignore_errors=True)
shutil.rmtree("out", ignore_errors=True)
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
people = tm("without_newsroom", lambda: ct.without_newsroom(ents, corpus))
posts = tm("person_posts", lambda: ct.person_posts(ents, corpus)); posts.to_csv("out/person_posts.csv", index=False)
# her export: one row per PERSON mention in the news, with the post printed next to it when person_posts has one
date = dict(zip(issues.issue_id, issues.date))
pr = people[people.label == "PERSON"].copy()
pr["date"] = pr.issue_id.map(date)
pr["name"] = pr["norm"].fillna(pr["text"])
key = posts.groupby(["issue_id", "article_id", "name"])["post"].agg(lambda s: "；".join(dict.fromkeys(s))).to_dict()
pr["post"] = [key.get((a, b, c), "") for a, b, c in zip(pr.issue_id, pr.article_id, pr.name)]
pr[["article_id", "issue_id", "date", "name", "post", "part", "sentence"]].to_csv("out/person_mentions.csv", index=False)
# ORG / TOWNSHIP / VILLAGE rows with codes
pm = tm("place_mentions", lambda: ct.place_mentions(ents, corpus)); pm.to_csv("out/place_mentions.csv", index=False)
oo = ents[ents.label.isin(["ORG", "TOWNSHIP", "VILLAGE", "COMMUNITY", "EVENT"])].copy()
oo["date"] = oo.issue_id.map(date)
oo[["article_id", "issue_id", "date", "label", "text", "norm", "admin_code", "owner_code", "sentence"]].to_csv("out/org_place_rows.csv", index=False)
pt = tm("place_table all", lambda: ct.place_table(pm, corpus, by="all")); pt.to_csv("out/place_table.csv", index=False)
# who appears how often per year (the officials of her list), PNG
import matplotlib; matplotlib.use("Agg")
import matplotlib.pyplot as plt
plt.rcParams["font.family"] = ct.cjk_font()
pr["year"] = pd.to_datetime(pr["date"]).dt.year
top = pr.name.value_counts().head(14).index
piv = pr[pr.name.isin(top)].pivot_table(index="year", columns="name", values="issue_id", aggfunc="size").fillna(0)
ax = piv.plot(kind="bar", stacked=True, figsize=(13, 5), colormap="tab20")
ax.set_title("拜泉报：主要领导干部逐年见报次数（without_newsroom 的 PERSON）")
ax.legend(ncol=2, fontsize=8, bbox_to_anchor=(1.01, 1), loc="upper left")
ax.figure.savefig("out/officials_by_year.png", dpi=100, bbox_inches="tight"); plt.close("all")
ec = tm("entity_counts by year PERSON", lambda: ct.entity_counts(corpus, by="year", entities=people)); ec.to_csv("out/entity_counts.csv", index=False)
for q in ["县委书记", "欧阳志远", "上官红梅", "司马东升", "任命"]:
    k = tm(f"kwic {q}", lambda: ct.kwic(corpus, q, width=14)); pd.DataFrame(k).to_csv(f"out/kwic_{q}.csv", index=False)
co = tm("collocations word=书记", lambda: ct.collocations(corpus, word="书记", top_n=40)); co.to_csv("out/colloc_书记.csv", index=False)

W = "pages/"
for name, args in [
    ("entities csv --labels PERSON,ORG,TOWNSHIP,VILLAGE,EVENT", ["entities", W, "--labels", "PERSON,ORG,TOWNSHIP,VILLAGE,EVENT", "--format", "csv", "-o", "out/cli/entities.csv", "-q"]),
    ("places csv --mentions", ["places", W, "--mentions", "--format", "csv", "-o", "out/cli/place_mentions.csv", "-q"]),
    ("bylines csv", ["bylines", W, "--format", "csv", "-o", "out/cli/bylines.csv", "-q"]),
    ("kwic 县长", ["kwic", W, "县长", "--format", "csv", "-o", "out/cli/kwic_县长.csv", "-q"]),
    ("collocations --word 书记", ["collocations", W, "--word", "书记", "--format", "csv", "-o", "out/cli/colloc.csv", "-q"]),
    ("report", ["report", W, "-o", "out/cli/report", "--by", "year", "-q"]),
    ("error: entities --labels PERSONS", ["entities", W, "--labels", "PERSONS", "-q"]),
    ("error: kwic no query", ["kwic", W, "-q"]),
]:
    cli(name, args)

bad = {"empty": b"", "gbk": "拜泉报　2019年3月5日　第2版\n县委书记郗振宇到龙泉镇调研。\n本报记者　李想\n".encode("gbk"),
       "binary": bytes(range(256)) * 8, "nodate": "拜泉报\n县委书记郗振宇到龙泉镇调研。（李想）\n".encode("utf-8")}
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
m.loc[len(m)] = ["2019-03-09_p2.txt", "拜泉报", "拜泉县", "230231", "2019-03-09"]
m.to_csv(f"{d}/manifest.csv", index=False)
for mode in ["raise", "skip"]:
    msg = try_read(d, errors=mode)
    r = subprocess.run(["corpus-tools", "bylines", d, "--errors", mode, "--format", "csv", "-o", "/dev/null", "-q"], capture_output=True, text=True)
    rows.append(dict(case=f"manifest row naming a missing file, errors={mode}", file="2019-03-09_p2.txt", python=msg, cli_rc=r.returncode, cli=r.stderr[-800:]))
    print("missing", mode, msg[:300], "| cli", r.returncode, r.stderr[-300:])
pd.DataFrame(rows).to_csv("out/bad_input.csv", index=False)
pd.DataFrame(T).to_csv("out/timings.csv", index=False)
print(pd.DataFrame(T)[["kind", "call", "seconds", "rc"]].to_string())
