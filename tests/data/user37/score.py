"""Score out/ (run_library.py) against truth.json (user37, 云阳时报, 140 pages: 72 PDF + 68 text).  -v lists misses.

Issues dated (printed date; the misnamed files apart), sections, titles / bylines / body starts (overall and by PDF vs
text), entities P/R/F per label (tests/data/userscore.py) overall and by format, the persona's labels (ORG firms and
劳务 bodies, FAC 扶贫车间 / 创业园, TOWNSHIP / VILLAGE / COMMUNITY), places linked to codes, traps, formula mentions per
(formula, year), her terms per year (trends) and KWIC hit counts against the printed text."""
import ast, copy, json, os, re, sys
from collections import Counter, defaultdict
import pandas as pd

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import userscore as us  # noqa: E402

V = "-v" in sys.argv
T = json.load(open("truth.json"))
N = us.N
pages = {p["issue"]: p for p in T["pages"]}
res = {}
rd = open("out/read_counts.txt").read().split("\n")
res["pages read: default read_corpus('pages/') / her call"] = " / ".join(rd[:2])
iss = pd.read_csv("out/issues.csv", dtype=str)
res["library issue ids not in truth"] = sorted(set(iss.issue_id) - set(pages))[:10]
us.score_issues(T, pages, iss, res)
mis = [(r.issue_id, pages[r.issue_id]["date"], str(r.date)[:10], pages[r.issue_id]["misnamed"]) for r in iss.itertuples()
       if r.issue_id in pages and pages[r.issue_id]["misnamed"]]
res["misnamed files: (id, printed date, library date)"] = mis
fmt = Counter((pages[r.issue_id]["format"], str(r.date)[:10] == pages[r.issue_id]["date"]) for r in iss.itertuples() if r.issue_id in pages)
res["dated right by format (pdf ok/bad, txt ok/bad)"] = f"{fmt[('pdf', True)]}/{fmt[('pdf', False)]}, {fmt[('txt', True)]}/{fmt[('txt', False)]}"
arts = pd.read_csv("out/articles.csv", dtype=str)
arts["fmt"] = arts.issue_id.map(lambda i: pages[i]["format"] if i in pages else "?")
sec = Counter((pages[r.issue_id]["format"], N(r.section) == N(pages[r.issue_id]["section"])) for r in arts.itertuples() if r.issue_id in pages)
res["articles with the page's section (pdf ok/bad, txt ok/bad)"] = f"{sec[('pdf', True)]}/{sec[('pdf', False)]}, {sec[('txt', True)]}/{sec[('txt', False)]}"
res["sections seen"] = dict(Counter(arts.section.fillna("")).most_common(8))
T2 = copy.deepcopy(T)
for p in T2["pages"]:
    for a in p["articles"]:
        a["byline"] = [n for _, n in a["byline"]]
        a["byline_text"] = " ".join(a["byline"])
P2 = {p["issue"]: p for p in T2["pages"]}
art_miss, by_miss = us.score_articles(T2, P2, arts, res)
for f in ("pdf", "txt"):
    r2 = {}
    us.score_articles({"pages": [p for p in T2["pages"] if p["format"] == f]}, {k: p for k, p in P2.items() if p["format"] == f},
                      arts[arts.fmt == f], r2)
    res[f"[{f}] articles / titles / bylines"] = f"{r2['articles: truth / library']} ; {r2['titles exact']} ; {r2['bylines right (on the title-matched article)']} ; by kind {r2['titles exact by kind']}"
# body starts on the title-matched article
bs = Counter()
for iid, p in pages.items():
    lib = arts[arts.issue_id == iid]
    for a in p["articles"]:
        hit = lib[lib.title.map(N) == N(a["title"])]
        ok = any(N(b).startswith(N(a["body_start"])) for b in hit.body.fillna("")) if len(hit) else False
        bs[(p["format"], ok)] += 1
res["body starts right on the title-matched article (pdf ok/all, txt ok/all)"] = (
    f"{bs[('pdf', True)]}/{bs[('pdf', True)] + bs[('pdf', False)]}, {bs[('txt', True)]}/{bs[('txt', True)] + bs[('txt', False)]}")
ents = pd.read_csv("out/entities.csv", dtype=str)
table, ent_err = us.score_entities(pages, ents)
tabs = {f: us.score_entities({k: p for k, p in pages.items() if p["format"] == f}, ents)[0].set_index("label") for f in ("pdf", "txt")}
MINE = ["ORG", "FAC", "TOWNSHIP", "VILLAGE", "COMMUNITY", "GPE", "PROJECT", "EVENT", "PERSON", "ALL"]
res["entities F by format (pdf / txt)"] = {l: f"{tabs['pdf'].F.get(l, 0)} / {tabs['txt'].F.get(l, 0)}" for l in MINE}
# her named bodies: firms / 劳务 bodies / 扶贫车间 / 创业园
lib = defaultdict(Counter)
for _, e in ents.iterrows():
    lib[e["issue_id"]][(N(e["text"]), e["label"])] += 1
kinds = {"劳务/人力 firms": r"劳务|人力资源", "factories (鞋业/制衣/电子/富士康)": r"鞋业|制衣|富士康", "bureaus (人力社保/就业/劳务办)": r"人力社保|社会保障|就业|劳务办",
         "扶贫车间 FAC": r"扶贫车间", "创业园 FAC": r"创业园|孵化园"}
for k, pat in kinds.items():
    n = ok = 0; wrong = Counter()
    for iid, p in pages.items():
        for e in p["entities"]:
            if re.search(pat, e["text"]) and e["label"] in ("ORG", "FAC"):
                n += e["count"]; got = lib[iid][(N(e["text"]), e["label"])]; ok += min(e["count"], got)
                if got < e["count"]:
                    other = [(t, l) for (t, l) in lib[iid] if (t in N(e["text"]) or N(e["text"]) in t) and (t, l) != (N(e["text"]), e["label"])]
                    wrong[(e["text"], e["label"], tuple(other[:2]))] += e["count"] - got
    res[f"named {k}: whole with truth label"] = f"{ok}/{n}; misses {wrong.most_common(6)}"
TRAPS = ["长沙", "长沙村", "五龙社区", "五龙村", "平安镇", "平安村", "平安寨社区", "云阳县", "云阳时报", "人和街道", "望丰村扶贫车间", "春风行动"]
tr = {}
for t in TRAPS:
    n = ok = 0; got_l = Counter()
    for iid, p in pages.items():
        for e in p["entities"]:
            if e["text"] == t:
                n += e["count"]; ok += min(e["count"], lib[iid][(N(t), e["label"])])
        for (x, l), c in lib[iid].items():
            if x == t:
                got_l[l] += c
    tr[t] = f"{ok}/{n} as truth label; library labels {dict(got_l)}"
res["traps"] = tr
pm = pd.read_csv("out/place_mentions.csv", dtype=str)
pl_err, pl_fp = us.score_places(pages, pm, res)
out_cty = pm[pm.admin_code.notna() & ~pm.admin_code.fillna("").str.startswith("500235")]
res["place mentions coded outside 云阳县"] = f"{len(out_cty)}: {Counter(zip(out_cty.printed, out_cty.admin_code)).most_common(8)}"
# formulae per (formula, year)
fc = pd.read_csv("out/formula_counts.csv", dtype=str)
fc["n"] = fc.n.astype(int)
sl = pd.read_csv("out/slogans.csv", dtype=str)
frows = []
for f, ys in T["formula_counts_year"].items():
    sub = fc[fc.group.map(N) == N(f)]
    if sub.empty:  # the library may name the formula by a printed form
        alt = {"六稳六保": ["六稳", "六保", "“六稳”“六保”"], "城乡统筹": ["统筹城乡"], "三个代表": ["“三个代表”重要思想", "三个代表重要思想"]}.get(f, [])
        sub = fc[fc.group.isin(alt)]
    got = sub.groupby("year").n.sum().to_dict()
    cells = sum(got.get(y, 0) == n for y, n in ys.items())
    frows.append((f, sum(ys.values()), int(sum(got.values())), f"{cells}/{len(ys)}", sorted(set(sub.group))))
res["formulae (name, truth mentions, library mentions, year cells exact, library groups)"] = frows
res["formula mentions: truth / library (known groups)"] = f"{sum(r[1] for r in frows)} / {sum(r[2] for r in frows)}"
# her terms per year: trends (titles + bodies; captions not searched, as the docs say) vs the printed text
tcy = T["term_counts_year"]
capc = defaultdict(Counter)
for p in T["pages"]:
    for a in p["articles"]:
        for t in tcy:
            capc[t][str(p["year"])] += a["caption"].count(t)
try:
    tr_y = pd.read_csv("out/trends_year.csv", dtype=str).set_index(pd.read_csv("out/trends_year.csv", dtype=str).columns[0])
    trows = []
    for t, ys in tcy.items():
        if t not in tr_y.columns:
            trows.append((t, "missing")); continue
        got = {str(k)[:4]: int(float(v)) for k, v in tr_y[t].items() if v == v}
        want = {y: n - capc[t][y] for y, n in ys.items()}
        ok = sum(got.get(y, 0) == n for y, n in want.items())
        trows.append((t, sum(want.values()), sum(got.values()), f"years exact {ok}/{len(want)}"))
    res["term counts by year (term, truth w/o captions, library, years exact)"] = trows
except Exception as e:  # noqa: BLE001
    res["term counts by year"] = str(e)[:300]
for q in ["返乡", "留守"]:
    k = pd.read_csv(f"out/kwic_{q}.csv", dtype=str)
    want = sum(n - capc[q][y] for y, n in tcy[q].items())
    res[f"kwic {q}: library lines / truth (titles+bodies)"] = f"{len(k)} / {want}"
if os.path.exists("out/timings.csv"):
    res["timings over 5 s"] = pd.read_csv("out/timings.csv").query("seconds > 5")[["call", "seconds"]].values.tolist()
    res["errors"] = pd.read_csv("out/timings.csv").dropna(subset=["error"]).query("error != '' and not error.str.startswith('rc 0')")[["call", "error"]].values.tolist()
for k, v in res.items():
    if isinstance(v, dict):
        print(f"{k}:"); [print(f"    {a}: {b}") for a, b in v.items()]
    elif isinstance(v, list) and v and isinstance(v[0], tuple):
        print(f"{k}:"); [print("    ", x) for x in v]
    else:
        print(f"{k}: {v}")
print(table.to_string(index=False))
if V:
    print("\nTITLE MISSES"); [print("   ", x[0], x[1], "| lib:", x[2][:6]) for x in art_miss]
    print("\nBYLINE MISSES"); [print("   ", x) for x in by_miss[:60]]
    print("\nENTITY FN (top 60)"); [print("   ", k, n) for k, n in ent_err["FN"].most_common(60)]
    print("\nENTITY FP (top 60)"); [print("   ", k, n) for k, n in ent_err["FP"].most_common(60)]
    print("\nPLACE ERRORS"); [print("   ", x) for x in pl_err[:60]]
