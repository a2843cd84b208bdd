"""Score out/ (run_library.py) against truth.json (user35, 金湖报, 120 pages, ecology and pollution control).  -v lists
the misses.

Issues dated; titles and bylines (tests/data/userscore.py); entities P/R/F per label (userscore, (text, label) counts per
page), each FN sorted into LABEL error / BOUNDARY error / MISSED; the traps (villages named after lakes and rivers:
白马湖村, 高邮湖村, 三河村, 湖滨村, 沿湖村, 连湖村; the reformed bureau 淮安市金湖生态环境局; X镇人民政府); places linked to
the right code (userscore.score_places); formula mentions per (formula, year) from out/formula_counts.csv
(slogan_mentions); the township x river/lake table (out/township_river.csv, cooccurrence) against the truth's
article-level pairs; junk in the keyword tables."""
import json, os, re, sys, copy
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
        a["byline_text"] = " ".join(a["byline"])
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
        other = sorted({l for (x, l) in got if x == t and l != lab})
        over = sorted({(x, l) for (x, l) in got if x != t and (x in t or t in x) and len(x) > 1})
        k = "label" if other else "boundary" if over else "missed"
        kinds[(lab, k)] += miss
        detail[(lab, k)].append((iid, t, miss, other or over[:3]))
LABS = ["LOC", "FAC", "PROJECT", "EVENT", "DOC", "ORG", "TOWNSHIP", "VILLAGE", "COMMUNITY", "PERSON", "GPE"]
res["FN kinds (label error / boundary error / missed)"] = {
    lab: f"{kinds[(lab, 'label')]} / {kinds[(lab, 'boundary')]} / {kinds[(lab, 'missed')]}" for lab in LABS}

# traps: lake/river-named villages, the reformed bureau, township governments
TRAPS = ["白马湖村", "高邮湖村", "三河村", "湖滨村", "沿湖村", "连湖村", "淮安市金湖生态环境局", "县生态环境局", "县环保局",
         "县河长办", "白马湖", "高邮湖", "三河", "淮河入江水道", "金湖经济开发区", "荷花荡", "柳树湾湿地公园"]
tr = {}
for t in TRAPS:
    n = ok = 0; got_l = Counter()
    for iid, p in pages.items():
        for e in p["entities"]:
            if e["text"] == t:
                n += e["count"]; ok += min(e["count"], Counter(lib[iid])[(N(t), e["label"])]); lab = e["label"]
        for x, l in lib[iid]:
            if x == t:
                got_l[l] += 1
    tr[t] = f"{ok}/{n} as truth label; library labels {dict(got_l)}"
res["traps (found whole with the truth's label)"] = tr
tw = Counter()
for lab in ["ORG"]:
    for iid, p in pages.items():
        for e in p["entities"]:
            if e["label"] == "ORG" and e["text"].endswith(("人民政府", "办事处", "党委")):
                tw["n"] += e["count"]; tw["ok"] += min(e["count"], Counter(lib[iid])[(N(e["text"]), "ORG")])
res["X镇人民政府 / X街道办事处 / X镇党委 found whole as ORG"] = f"{tw['ok']}/{tw['n']}"

# places
pm = pd.read_csv("out/place_mentions.csv", dtype=str)
pl_err, pl_fp = us.score_places(pages, pm, res)
bad_link = Counter()
for _, r in pm.iterrows():
    c = str(r.get("admin_code", ""))
    if c and c != "nan" and not c.startswith(T["county_code"]):
        bad_link[(r["printed"], c)] += 1
res["place mentions linked outside 金湖县 (printed, code)"] = dict(bad_link.most_common(10))

# formula mentions per (formula, year)
fc = pd.read_csv("out/formula_counts.csv", dtype=str)
fc["n"] = fc.n.astype(int)
libc = Counter({(r.group, r.year): r.n for r in fc.itertuples()})
ALIAS = {"碳达峰碳中和": ["碳达峰碳中和", "碳达峰、碳中和", "碳达峰", "碳中和"],
         "绿水青山就是金山银山": ["绿水青山就是金山银山", "两山", "两山理论", "两山理念", "“两山”理念"],
         "长江大保护": ["长江大保护", "共抓长江大保护"], "禁渔": ["禁渔", "长江禁渔", "十年禁渔"],
         "共抓大保护、不搞大开发": ["共抓大保护、不搞大开发", "共抓大保护，不搞大开发"]}
frows = []
f_ok_tot = f_tot = 0
FC = {k: dict(v) for k, v in T["formula_counts"].items()}
for y, n in FC.pop("双碳", {}).items():  # 双碳 is a wording of 碳达峰碳中和: the library groups it there, so does the score
    FC["碳达峰碳中和"][y] = FC["碳达峰碳中和"].get(y, 0) + n
for name, ys in FC.items():
    al = ALIAS.get(name, [name])
    gy = sum(ys.values())
    ly = {y: sum(libc[(a, y)] for a in al) for y in ys}
    lt = sum(v for (g, y), v in libc.items() if g in al)
    exact = sum(ly[y] == ys[y] for y in ys)
    f_ok_tot += sum(min(ly[y], ys[y]) for y in ys); f_tot += gy
    frows.append((name, gy, lt, f"{exact}/{len(ys)} years exact", {y: (ys[y], ly[y]) for y in ys if ly[y] != ys[y]}))
res["formula mentions counted (truth years, min(truth, library)) / truth"] = f"{f_ok_tot}/{f_tot}"
res["formula rows: name, truth total, library total, years exact"] = {r[0]: f"{r[1]} / {r[2]} / {r[3]}" for r in frows}

# township x river/lake
pairs = Counter()
for p in T["pages"]:
    for a in p["articles"]:
        ts = {t for t, l in a["entities"] if l == "TOWNSHIP"}
        ls = {t for t, l in a["entities"] if l == "LOC"}
        for x in ts:
            for y in ls:
                pairs[(x, y)] += 1
try:
    twr = pd.read_csv("out/township_river.csv", dtype=str)
    lp = Counter({(r.source, r.target): int(r.weight) for r in twr.itertuples()})
except Exception:  # noqa: BLE001
    lp = Counter()
both = set(pairs) & set(lp)
res["township x river pairs: truth / library / shared / same weight"] = (
    f"{len(pairs)} / {len(lp)} / {len(both)} / {sum(pairs[k] == lp[k] for k in both)}")
res["library township x LOC pairs that are no truth pair (top)"] = [f"{a}×{b} {w}" for (a, b), w in lp.most_common(60) if (a, b) not in pairs][:12]

# keywords: junk
us.score_junk_terms(["keywords_period", "keyness"], "生态|金湖报", T["reporters"] + T["editors"], res)

print(table.to_string(index=False))
for k, v in res.items():
    print(f"{k}: {v}")
if V:
    us.print_entity_misses(detail, ent_err, pl_err, art_miss, by_miss, frows, top_fn=25, top_fp=60,
                           n_titles=50, n_bylines=30, period="year")
