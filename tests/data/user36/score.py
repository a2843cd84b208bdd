"""Score out/ (run_library.py) against truth.json (user36, 今日公安, 160 pages of 58 issue dates, crises and public
health).  -v lists the misses.

Issues: pages dated right, and whether the library's issue table / by="day" tables group the pages of one date into
one printed issue (58 dates).  Titles and bylines (tests/data/userscore.py); entities P/R/F per label (userscore,
(text, label) counts per page), each FN sorted into LABEL error / BOUNDARY error / MISSED; crisis traps (北闸 FAC vs 北闸村,
长江 LOC vs 长江村, 杨家厂镇 vs 杨家厂村, dikes, 方舱医院, 隔离点, 安置点, 指挥部); places linked to the right code
(userscore.score_places); formula mentions per (formula, month) from out/formula_counts.csv (slogan_mentions); the
weekly trend table; junk in the keyword tables."""
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
res["issues: truth dates (printed issues) / library issue rows / distinct library dates"] = (
    f"{len(T['issues'])} / {len(iss)} / {iss.date.str[:10].nunique()}")
try:
    kd = pd.read_csv("out/keywords_day.csv", dtype=str)
    gcol = [c for c in kd.columns if c in ("period", "day", "group", "issue_id")][0]
    res["keywords by=day: groups / truth issues"] = f"{kd[gcol].nunique()} / {len(T['issues'])}"
except Exception as e:  # noqa: BLE001
    res["keywords by=day"] = str(e)[:200]
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
LABS = ["EVENT", "FAC", "ORG", "LOC", "DOC", "PERSON", "TOWNSHIP", "VILLAGE", "COMMUNITY", "GPE"]
res["FN kinds (label error / boundary error / missed)"] = {
    lab: f"{kinds[(lab, 'label')]} / {kinds[(lab, 'boundary')]} / {kinds[(lab, 'missed')]}" for lab in LABS}

TRAPS = ["北闸", "北闸村", "长江", "长江村", "杨家厂镇", "杨家厂村", "荆南长江干堤", "虎渡河东堤", "松东河堤", "闸口泵站",
         "县体育馆方舱医院", "荆江大酒店隔离点", "县人民医院发热门诊", "县防汛抗旱指挥部", "县新冠肺炎疫情防控指挥部",
         "县疾控中心", "县卫生局", "县卫健局", "县卫生健康局", "县红十字会", "县青年志愿服务队", "杨公堤社区", "鸿毛湖村",
         "黄金堤村", "北堤村", "今日公安"]
tr = {}
for t in TRAPS:
    n = ok = 0; got_l = Counter()
    for iid, p in pages.items():
        for e in p["entities"]:
            if e["text"] == t:
                n += e["count"]; ok += min(e["count"], Counter(lib[iid])[(N(t), e["label"])])
        for x, l in lib[iid]:
            if x == t:
                got_l[l] += 1
    tr[t] = f"{ok}/{n} as truth label; library labels {dict(got_l)}"
res["traps (found whole with the truth's label)"] = tr
# crisis EVENTs and FACs by kind
for lab, pat in [("EVENT", r"会议|推进会"), ("EVENT", r"演练"), ("EVENT", r"抗洪|分洪|卫生月"), ("FAC", r"堤|闸|泵站"),
                 ("FAC", r"方舱|隔离点|发热门诊|检测基地"), ("FAC", r"安置点")]:
    n = ok = 0
    for iid, p in pages.items():
        for e in p["entities"]:
            if e["label"] == lab and re.search(pat, e["text"]):
                n += e["count"]; ok += min(e["count"], Counter(lib[iid])[(N(e["text"]), lab)])
    res[f"{lab} /{pat}/ found whole"] = f"{ok}/{n}"

pm = pd.read_csv("out/place_mentions.csv", dtype=str)
pl_err, pl_fp = us.score_places(pages, pm, res)
bad_link = Counter()
for _, r in pm.iterrows():
    c = str(r.get("admin_code", ""))
    if c and c != "nan" and not c.startswith(T["county_code"]):
        bad_link[(r["printed"], c)] += 1
res["place mentions linked outside 公安县 (printed, code)"] = dict(bad_link.most_common(10))

# formula mentions per (formula, month)
fc = pd.read_csv("out/formula_counts.csv", dtype=str); fc["n"] = fc.n.astype(int)
libc = Counter({(r.group, r.month): r.n for r in fc.itertuples()})
ALIAS = {"四早": ["四早", "早发现、早报告、早隔离、早治疗"], "人民至上、生命至上": ["人民至上、生命至上", "人民至上", "生命至上"],
         "防大汛、抢大险、救大灾": ["防大汛、抢大险、救大灾", "防大汛抢大险救大灾"]}
frows = []; f_ok = f_tot = 0
# the library's era guard (docs/slogans.md, documented) leaves out mentions before a formula's year: the generator printed
# 健康中国 in calm years from 2005 and 人民至上、生命至上 in the 2016 flood; those months are counted apart
ERA = {"健康中国": 2015, "人民至上、生命至上": 2020}
pre = {}
for name, ms in T["formula_counts_month"].items():
    if name in ERA:
        pre[name] = sum(v for m, v in ms.items() if int(m[:4]) < ERA[name])
        ms = {m: v for m, v in ms.items() if int(m[:4]) >= ERA[name]}
res["truth mentions before the formula's year (era guard; left out of the formula score)"] = pre
for name, ms in [(k, {m: v for m, v in v_.items() if k not in ERA or int(m[:4]) >= ERA[k]}) for k, v_ in T["formula_counts_month"].items()]:
    al = ALIAS.get(name, [name])
    lm = {m: sum(libc[(a, m)] for a in al) for m in ms}
    lt = sum(v for (g, m), v in libc.items() if g in al)
    f_ok += sum(min(lm[m], ms[m]) for m in ms); f_tot += sum(ms.values())
    frows.append((name, sum(ms.values()), lt, f"{sum(lm[m] == ms[m] for m in ms)}/{len(ms)} months exact",
                  {m: (ms[m], lm[m]) for m in ms if lm[m] != ms[m]}))
res["formula mentions counted (truth months, min(truth, library)) / truth"] = f"{f_ok}/{f_tot}"
res["formula rows: name, truth total, library total, months exact"] = {r[0]: f"{r[1]} / {r[2]} / {r[3]}" for r in frows}
res["library groups with no truth formula (top)"] = [f"{g} {n}" for g, n in fc.groupby("group").n.sum().sort_values(ascending=False).items()
                                                      if g not in T["formula_counts_month"] and not any(g in v for v in ALIAS.values())][:15]
res["weekly trend table from the library"] = "yes" if os.path.exists("out/trends_week_2020.csv") else "no (by='week' refused)"

us.score_junk_terms(["keywords_period", "keyness", "keywords_day"], "民生|专版|今日公安", T["reporters"] + T["editors"], res)

print(table.to_string(index=False))
for k, v in res.items():
    print(f"{k}: {v}")
if V:
    us.print_entity_misses(detail, ent_err, pl_err, art_miss, by_miss, frows, top_fn=30, top_fp=80,
                           n_titles=60, n_bylines=40, period="month")
