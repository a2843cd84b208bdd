"""Score out/ (run_library.py) against truth.json (user34, 拜泉报, 150 pages, cadre careers).  -v lists the misses.

Entities P/R/F per label (tests/data/userscore.py, (text, label) counts per page), each FN sorted into LABEL error / BOUNDARY
error / MISSED; PERSON names found whole (compound surnames 欧阳/司马/上官/诸葛/东方, rare surnames, 2-/3-/4-character);
PERSON rows that cut or merge a truth name; the persona's export (out/person_mentions.csv: people in the news, newsroom
dropped) against the truth's non-newsroom PERSON mentions; officials' (name, post, year) rows of person_posts (per mention
exact and lenient, and distinct panel rows); reporters/correspondents/editors read as people in the news or given a post;
places linked (userscore.score_places); the truth's ORG of titles (县委, 县人大常委会, 县政协, X镇党委, X村党支部);
titles and bylines of articles (userscore)."""
import json, os, sys, copy
from collections import Counter, defaultdict
import pandas as pd

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import userscore as us  # noqa: E402

V = "-v" in sys.argv
T = json.load(open("truth.json"))
N = us.N
pages = {p["issue"]: p for p in T["pages"]}
res = {}
iss = pd.read_csv("out/issues.csv", dtype=str)
us.score_issues(T, pages, iss, res)
arts = pd.read_csv("out/articles.csv", dtype=str)
T2 = copy.deepcopy(T)
for p in T2["pages"]:
    for a in p["articles"]:
        a["byline"] = [n for _, n in a["byline"]]
art_miss, by_miss = us.score_articles(T2, {p["issue"]: p for p in T2["pages"]}, arts, res)
ents = pd.read_csv("out/entities.csv", dtype=str)
table, ent_err = us.score_entities(pages, ents)

lib = defaultdict(list)
for _, e in ents.iterrows():
    lib[e["issue_id"]].append((N(e["text"]), e["label"]))
kinds, detail = Counter(), defaultdict(list)
for iid, p in pages.items():
    got = Counter(lib[iid])
    for e in p["entities"]:
        t, lab = N(e["text"]), e["label"]
        miss = e["count"] - min(e["count"], got[(t, lab)])
        if miss <= 0:
            continue
        other = [l for (x, l) in got if x == t and l != lab]
        over = [(x, l) for (x, l) in got if x != t and (x in t or t in x) and len(x) > 1]
        k = "label" if other else "boundary" if over else "missed"
        kinds[(lab, k)] += miss
        detail[(lab, k)].append((iid, t, miss, other or over[:3]))
res["FN kinds (label error / boundary error / missed)"] = {
    lab: f"{kinds[(lab, 'label')]} / {kinds[(lab, 'boundary')]} / {kinds[(lab, 'missed')]}"
    for lab in ["PERSON", "ORG", "TOWNSHIP", "VILLAGE", "COMMUNITY", "EVENT", "GPE"]}

# names found whole, by kind of name
COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方")
RARE = set("禚逄亓訾郗冮鄂宫鲍单麻门")


def nkind(n):
    if n[:2] in COMPOUND:
        return f"compound surname ({len(n)} chars)"
    if n[0] in RARE:
        return "rare surname"
    return f"{len(n)} chars"


nk_n, nk_ok, nk_miss = Counter(), Counter(), defaultdict(Counter)
for iid, p in pages.items():
    got = Counter(lib[iid])
    for e in p["entities"]:
        if e["label"] != "PERSON":
            continue
        k = nkind(e["text"]); nk_n[k] += e["count"]
        ok = min(e["count"], got[(N(e["text"]), "PERSON")]); nk_ok[k] += ok
        if ok < e["count"]:
            nk_miss[k][e["text"]] += e["count"] - ok
res["PERSON mentions found whole, by kind of name"] = {k: f"{nk_ok[k]}/{nk_n[k]}" for k in sorted(nk_n)}
cut = Counter()
for iid, p in pages.items():
    gold = {N(e["text"]) for e in p["entities"] if e["label"] == "PERSON"}
    for t, lab in lib[iid]:
        if lab == "PERSON" and t not in gold:
            rel = "cut" if any(t in g for g in gold) else "merged" if any(g in t for g in gold) else "other"
            cut[(rel, t)] += 1
res["PERSON rows that are no truth name (cut part / name+more / other)"] = (
    f"{sum(v for (r, _), v in cut.items() if r == 'cut')} / {sum(v for (r, _), v in cut.items() if r == 'merged')} / "
    f"{sum(v for (r, _), v in cut.items() if r == 'other')}")

# the persona's export vs the truth's people in the news (bylines, credits, editors and reporters left out)
NEWS = set(T["reporters"]) | {"邵丽华", "鲍晓梅"}
pmn = pd.read_csv("out/person_mentions.csv", dtype=str)
tp = fp = fn = 0
ex_fp, ex_fn = Counter(), Counter()
for iid, p in pages.items():
    gold = Counter()
    for a in p["articles"]:
        credit = {n for _, n in a["byline"]}
        for t, lab, _ in a["entities"]:
            if lab == "PERSON" and t not in credit and t not in NEWS:
                gold[N(t)] += 1
    pr = Counter(N(x) for x in pmn[pmn.issue_id == iid]["name"])
    for k in set(gold) | set(pr):
        m = min(gold[k], pr[k]); tp += m; fp += pr[k] - m; fn += gold[k] - m
        if pr[k] > m: ex_fp[k] += pr[k] - m
        if gold[k] > m: ex_fn[k] += gold[k] - m
res["export: people in the news (without_newsroom PERSON) P / R"] = f"{tp/(tp+fp):.3f} / {tp/(tp+fn):.3f} (tp {tp}, fp {fp}, fn {fn})"
rep_rows = pmn[pmn.name.isin(NEWS)]
res["export rows that are newsroom names (reporters, correspondents, editors)"] = f"{len(rep_rows)}: {Counter(rep_rows.name).most_common(8)}"

# officials: person_posts rows
pp = pd.read_csv("out/person_posts.csv", dtype=str)
pp["year"] = pp["date"].str[:4].astype(float)
ex = le = n_all = 0
off_miss, post_wrong = [], []
for iid, p in pages.items():
    sub = pp[pp.issue_id == iid]
    lib_rows = Counter((N(r["name"]), N(r["post"])) for _, r in sub.iterrows())
    used = Counter()
    for o in p["officials"]:
        n_all += 1
        k = (N(o["name"]), N(o["post"]))
        if lib_rows[k] - used[k] > 0:
            used[k] += 1; ex += 1; le += 1
            continue
        cand = [(nm, po) for (nm, po) in lib_rows if nm == k[0] and lib_rows[(nm, po)] - used[(nm, po)] > 0
                and (po in k[1] or k[1] in po or po.replace("县委常委、", "") in k[1])]
        if cand:
            used[cand[0]] += 1; le += 1
            post_wrong.append((iid, o["name"], o["post"], cand[0][1]))
        else:
            same = [po for (nm, po) in lib_rows if nm == k[0]]
            off_miss.append((iid, o["name"], o["post"], same))
res["officials' (name, post) per mention: exact / lenient"] = f"{ex}/{n_all} / {le}/{n_all}"
gold_panel = {(o["name"], o["post"], o["year"]) for p in T["pages"] for o in p["officials"]}
lib_panel = {(r["name"], r["post"], int(r["year"])) for _, r in pp.iterrows() if r["year"] == r["year"]}
res["panel rows (name, post, year): truth / library / in both exact"] = f"{len(gold_panel)} / {len(lib_panel)} / {len(gold_panel & lib_panel)}"
gold_names_posts = {(N(o["name"]), N(o["post"])) for p in T["pages"] for o in p["officials"]}
extra_pp = [(r["issue_id"], r["name"], r["post"], r["sentence"][:40]) for _, r in pp.iterrows()
            if (N(r["name"]), N(r["post"])) not in gold_names_posts]
res["person_posts rows whose (name, post) is in no truth row"] = f"{len(extra_pp)}: {Counter((x[1], x[2]) for x in extra_pp).most_common(10)}"
res["person_posts rows naming a newsroom person"] = f"{int(pp.name.isin(NEWS).sum())}"

# places
pm = pd.read_csv("out/place_mentions.csv", dtype=str)
pl_err, pl_fp = us.score_places(pages, pm, res)
for inm in (True, False):
    sub = {k: v for k, v in pages.items() if v["in_manifest"] == inm}
    r2 = {}
    us.score_places(sub, pm, r2)
    res[f"places linked right/wrong/no code/missing, {'in' if inm else 'not in'} manifest"] = r2["places (page, name) linked right / wrong / no code / not found"]

# ORGs of titles
og_n, og_ok = Counter(), Counter()
for iid, p in pages.items():
    got = Counter(lib[iid])
    for e in p["entities"]:
        if e["label"] != "ORG":
            continue
        t = e["text"]
        k = ("X镇党委/X乡党委" if t.endswith("党委") and t[-3] in "镇乡" else "X村党支部" if t.endswith("村党支部") else
             t if t in ("县委", "县人大常委会", "县政协", "宣传部", "组织部", "县委常委会", "县人民政府", "拜泉报") else "other ORG")
        og_n[k] += e["count"]; og_ok[k] += min(e["count"], got[(N(t), "ORG")])
res["ORG found exact, by kind"] = {k: f"{og_ok[k]}/{og_n[k]}" for k in sorted(og_n)}

# short forms (not in the entity truth): what the library makes of 司马县长 / 佟书记 / 欧阳县长
sf = []
for iid, p in pages.items():
    for s in p["short_forms"]:
        rows = ents[(ents.issue_id == iid) & ents.sentence.fillna("").str.contains(s)]
        sf.append((iid, s, sorted({(r["text"], r["label"]) for _, r in rows.iterrows() if r["text"] in s or s[:2] in r["text"]})))
res["short forms (X书记/X县长) given a PERSON row"] = f"{sum(1 for x in sf if any(l == 'PERSON' for _, l in x[2]))}/{len(sf)}"

print("== summary")
for k, v in res.items():
    print(f"{k}: {v}")
print("\n== entities by label\n" + table.to_string(index=False))
if V:
    print("\n== officials missed by person_posts (issue, name, truth post, posts the library gave that name there)")
    for x in off_miss:
        print("  ", x)
    print("\n== officials with a different post (issue, name, truth, library)")
    for x in post_wrong:
        print("  ", x)
    print("\n== person_posts rows in no truth row")
    for x in extra_pp:
        print("  ", x)
    print("\n== export FN (people in the news missing)", ex_fn.most_common(40))
    print("== export FP", ex_fp.most_common(40))
    print("\n== PERSON not found whole, by kind")
    for k, v in nk_miss.items():
        print("  ", k, v.most_common(20))
    print("\n== PERSON rows no truth name", cut.most_common(40))
    print("\n== short forms", sf)
    for k in sorted(detail):
        print(f"\n== FN {k}: {len(detail[k])}")
        for x in detail[k][:40]:
            print("  ", x)
    print("\n== title misses")
    for m in art_miss:
        print("  ", m)
    print("\n== byline misses")
    for e in by_miss:
        print("  ", e)
    print("\n== place errors")
    for e in pl_err:
        print("  ", e)
    print("\n== place mentions not in truth")
    for e in pl_fp[:60]:
        print("  ", e)
    for k in ("FN", "FP"):
        print(f"\n== entity {k} top")
        for x, n in ent_err[k].most_common(60):
            print("  ", x, n)
