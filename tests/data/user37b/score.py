"""Scores out/ (run_library.py) against truth.json; `-v` lists the misses.  python score.py [-v]"""
import ast, json, os, re, sys
from collections import Counter, defaultdict
import pandas as pd

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from userscore import N, score_entities  # noqa: E402

V = "-v" in sys.argv
T = json.load(open("truth.json", encoding="utf-8"))
A = {a["file"][:-4]: a for a in T["articles"]}
res = {}
miss = defaultdict(list)
FURN = ["点击查看大图", "分享到", "扫一扫在手机打开当前页", "【打印】【关闭】", "上一篇", "下一篇", "微信图片_", "来源：", "发布时间", "责任编辑", "时间："]


def lst(x):
    return ast.literal_eval(x) if isinstance(x, str) and x.startswith("[") else []


def route(name, arts, iss=None):
    g = arts.groupby("issue_id")
    res[f"[{name}] articles made of 220 files"] = f"{len(arts)} ({g.size().value_counts().to_dict()} per file)"
    if iss is not None:
        ok = sum(str(r["date"])[:10] == A[r["issue_id"]]["date"] for _, r in iss.iterrows() if r["issue_id"] in A)
        res[f"[{name}] files dated right"] = f"{ok}/220"
    t_ok = b_ok = b_n = furn = 0
    for iid, a in A.items():
        sub = arts[arts.issue_id == iid]
        if any(N(x) == N(a["title"]) for x in sub.title):
            t_ok += 1
        else:
            miss[f"{name} title"].append((iid, a["title"], sub.title.tolist()[:2]))
        names = [x["name"] for x in a["authors"]]
        if names:
            b_n += 1
            bl = [N(b) for x in sub.byline for b in lst(x)]
            if all(any(n in b for b in bl) for n in names):
                b_ok += 1
        body = "".join(str(x) for x in sub.body.fillna(""))
        furn += any(f in body for f in FURN)
    res[f"[{name}] titles exact"] = f"{t_ok}/220"
    res[f"[{name}] author names in the byline"] = f"{b_ok}/{b_n}"
    res[f"[{name}] files whose article bodies keep metadata / page furniture"] = f"{furn}/220"


route("as pages", pd.read_csv("out/naive_articles.csv.gz"), pd.read_csv("out/naive_issues.csv"))
route("manifest", pd.read_csv("out/manifest_articles.csv.gz"))
route("from_articles", pd.read_csv("out/articles.csv"), pd.read_csv("out/issues.csv"))

# own vs reposts (from her own parse; the library holds the source as `paper`)
iss = pd.read_csv("out/issues.csv")
res["paper (= 来源) kept per issue"] = f"{sum(str(r['paper']) == A[r['issue_id']]['source'] for _, r in iss.iterrows())}/220"

# entities by label (title + body), truth per file
pages = {iid: dict(entities=a["entities"]) for iid, a in A.items()}
for name, f in [("from_articles", "out/entities.csv.gz"), ("manifest", "out/entities_manifest.csv.gz")]:
    ents = pd.read_csv(f)
    if "part" in ents:
        print(f"\n[{name}] rows by part: {ents['part'].value_counts().to_dict()} (truth: title + body only)")
        ents = ents[ents["part"].astype(str) == "text"]
    n_post = int(((ents.text == "县委") & ents.sentence.astype(str).str.contains("县委书记")).sum()) if "sentence" in ents else 0
    res[f"[{name}] ORG 县委 rows in sentences with 县委书记 (a convention: the truth keeps post titles out)"] = n_post
    if False:
        ents = ents[ents.get("part", "text").astype(str).isin(["text", "title", "body", "nan"])] if "part" in ents else ents
    tab, err = score_entities(pages, ents)
    print(f"\n== entities [{name}] (title + body; truth excludes metadata lines)\n" + tab.to_string(index=False))
    if V:
        print("  top FP:", err["FP"].most_common(25)); print("  top FN:", err["FN"].most_common(25))

# places: code of each (file, place) mention
pm = pd.read_csv("out/place_mentions.csv", dtype=str)
tp = wrong = missed = 0
lib = defaultdict(set)
for _, r in pm.iterrows():
    lib[(r["issue_id"], N(r.get("printed", r.get("text", r.get("name")))))].add(str(r.get("admin_code")))
namecol = [c for c in pm.columns if c in ("printed", "text", "name", "printed_as")]
for iid, a in A.items():
    for p in a["places"]:
        codes = set()
        for c in namecol:
            codes |= {str(x) for x in pm[(pm.issue_id == iid) & (pm[c].map(N) == N(p["text"]))].admin_code}
        if not codes:
            missed += 1; miss["place missed"].append((iid, p["text"], p["code"]))
        elif p["code"] in codes:
            tp += 1
        else:
            wrong += 1; miss["place wrong code"].append((iid, p["text"], p["code"], sorted(codes)))
n = sum(len(a["places"]) for a in A.values())
res["places (file, name) linked to the right code / wrong code / missed"] = f"{tp} / {wrong} / {missed} of {n}"
amb = {"新建村", "项家村", "姜家村", "坑头村"}
sub = [(iid, p) for iid, a in A.items() for p in a["places"] if p["text"] in amb]
ok = sum(p["code"] in set(pm[(pm.issue_id == iid) & (pm[namecol[0]].map(N) == p["text"])].admin_code.astype(str)) for iid, p in sub)
res["namesake villages (新建村 项家村 姜家村 坑头村) right code"] = f"{ok}/{len(sub)}"
pt = pd.read_csv("out/place_table.csv", dtype=str)
bad = pt[~pt.admin_code.fillna("").str.startswith("330825")]
res["place_table rows / outside 龙游县"] = f"{len(pt)} / {len(bad)}: {bad.name.tolist()[:12]}"
truth_places = Counter()
for a in A.values():
    for p in a["places"]:
        truth_places[(p["text"], p["code"])] += p["count"]
res["distinct (place, code) in truth / in place_table"] = f"{len(truth_places)} / {len(pt)}"

# officials and their posts
pp = pd.read_csv("out/person_posts.csv")
off = {o["name"]: o["post"] for o in T["officials"]}
off.update({o["name"]: o["post"] for o in T["town_heads"]})
truth_n = Counter()
for a in A.values():
    for e in a["entities"]:
        if e["label"] == "PERSON" and e["text"] in off:
            truth_n[e["text"]] += e["count"]
lib_n = pp.name.value_counts()
rows = []
for nm, n in truth_n.most_common():
    posts = pp[pp.name == nm].post.value_counts()
    rows.append(dict(name=nm, truth_post=off[nm], truth_mentions=n, lib_rows=int(lib_n.get(nm, 0)),
                     lib_post=posts.index[0] if len(posts) else "", post_ok=bool(len(posts)) and off[nm].endswith(posts.index[0][-4:])))
print("\n== officials (truth mentions vs person_posts rows)\n" + pd.DataFrame(rows).to_string(index=False))
notoff = pp[~pp.name.isin(list(off))].name.value_counts()
res["person_posts names outside the truth's officials (village heads 村党支部书记, right)"] = notoff.head(12).to_dict()

# formulae by quarter
sm = pd.read_csv("out/slogan_mentions.csv")
sm["quarter"] = sm.issue_id.map(lambda i: A[i]["quarter"] if i in A else None)
names = sorted({f["name"] for a in A.values() for f in a["formulae"]})
tq = Counter(); 
for a in A.values():
    for f in a["formulae"]:
        tq[(f["name"], a["quarter"])] += 1
rows = []
for nm in names:
    hit = sm[(sm.group.map(N) == N(nm)) | (sm.text.map(N) == N(nm)) | (sm.printed_form.map(N) == N(nm))]
    lq = Counter(hit.quarter)
    tqs = {q: n for (x, q), n in tq.items() if x == nm}
    qok = sum(lq.get(q, 0) == n for q, n in tqs.items()) 
    layer = next(f["layer"] for a in A.values() for f in a["formulae"] if f["name"] == nm)
    rows.append(dict(formula=nm, layer=layer, truth=sum(tqs.values()), library=len(hit),
                     lib_source=",".join(sorted(set(hit.source.astype(str)))), quarters_exact=f"{qok}/{len(tqs)}"))
ft = pd.DataFrame(rows)
print("\n== formula mentions (truth by sentence) vs slogan_mentions\n" + ft.to_string(index=False))
res["formula mentions truth / library (on the truth's formulae)"] = f"{ft.truth.sum()} / {ft.library.sum()}"
other = sm[~sm.group.map(N).isin([N(x) for x in names]) & ~sm.text.map(N).isin([N(x) for x in names])]
res["slogan_mentions rows on no truth formula"] = f"{len(other)}: {other.text.value_counts().head(15).to_dict()}"
sl = pd.read_csv("out/slogans.csv")
traps = ["龙游发糕", "龙游飞鸡", "龙游通", "三八", "村里的变化", "一张张"]
res["trap strings in extract_slogans"] = [t for t in sl.text.astype(str) if any(x in t for x in traps)]

# keywords / trends
kq = pd.read_csv("out/keywords_quarter.csv")
res["keywords by=quarter periods"] = f"{kq.iloc[:, 0].nunique()} (truth quarters with articles: {len({a['quarter'] for a in A.values()})})"
junk = [t for t in kq.get("term", kq.iloc[:, 1]).astype(str) if t in ("分享", "微博", "微信", "打印", "关闭", "大图", "点击", "来源", "编辑", "阅读")]
res["furniture words in keywords by quarter (from_articles)"] = len(junk)
for f in sorted(os.listdir("out/cli/report")) if os.path.isdir("out/cli/report") else []:
    if f.startswith("keywords") and f.endswith(".csv"):
        k = pd.read_csv(os.path.join("out/cli/report", f))
        col = "term" if "term" in k else k.columns[1]
        j = k[k[col].astype(str).isin(["分享", "微博", "微信", "打印", "关闭", "大图", "点击", "来源", "编辑", "阅读", "QQ", "空间", "上一篇", "下一篇", "一扫", "扫一扫", "时间", "作者", "点击数"])]
        res[f"furniture words in CLI report (manifest route) {f}"] = f"{len(j)} rows: {j[col].value_counts().head(8).to_dict()}"

print("\n== summary")
for k, v in res.items():
    print(f"{k}: {v}")
if V:
    for k, v in miss.items():
        print(f"\n-- {k} ({len(v)})")
        for x in v[:25]:
            print("  ", x)
