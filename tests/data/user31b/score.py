"""Score the library's output (out/*.csv from run_library.py) against truth.json (user31b, 龙胜通讯/龙胜报/龙胜融媒, 龙胜各族自治县 450328). -v lists misses."""
import ast, json, re, sys
from collections import Counter, defaultdict
import pandas as pd

T = json.load(open("truth.json"))
N = lambda s: re.sub(r"[\s“”‘’「」]", "", str(s)) if s == s and s is not None else ""
pages = {p["issue"]: p for p in T["pages"]}
res = {}

# --- issues: dates and county -----------------------------------------------------------
iss = pd.read_csv("out/issues.csv", dtype=str)
ok_date = sum(str(r["date"])[:10] == pages[r["issue_id"]]["date"] for _, r in iss.iterrows())
ok_cty = sum(str(r.get("county_code", ""))[:6] == T["county_code"] for _, r in iss.iterrows())
res["issues dated right"] = f"{ok_date}/{len(pages)}"
ok_pap = Counter((pages[r["issue_id"]]["in_manifest"], str(r.get("paper")) == pages[r["issue_id"]]["paper"]) for _, r in iss.iterrows())
res["issues with the right paper (in manifest / not)"] = f"{ok_pap[(True, True)]}/30 / {ok_pap[(False, True)]}/30"
res["issues with county 450328"] = f"{ok_cty}/{len(pages)}"

# --- articles: titles and bylines --------------------------------------------------------
arts = pd.read_csv("out/articles.csv", dtype=str)
by_issue = defaultdict(list)
for _, a in arts.iterrows():
    bl = ast.literal_eval(a["byline"]) if isinstance(a["byline"], str) and a["byline"].startswith("[") else []
    by_issue[a["issue_id"]].append(dict(title=N(a["title"]), byline=[N(b) for b in bl], body=N(a["body"]), captions=N(a.get("captions", ""))))
t_ok = t_n = b_ok = b_n = 0
art_miss = []; by_miss = []
for iid, p in pages.items():
    lib = by_issue.get(iid, [])
    for a in p["articles"]:
        if a["title"]:
            t_n += 1
            hit = [x for x in lib if x["title"] == N(a["title"])]
            if hit:
                t_ok += 1
            else:
                art_miss.append((iid, a["title"], [x["title"] for x in lib]))
        else:
            hit = []
        if a["byline"]:
            b_n += 1
            cand = hit if a["title"] else lib
            if a["kind"] == "photo" and any(all(nm in x["captions"] for nm in a["byline"]) for x in cand):
                b_ok += 1  # a photo credit belongs in the captions column
            elif any(all(any(nm in b for b in x["byline"]) for nm in a["byline"]) for x in cand):
                b_ok += 1
            else:
                by_miss.append((iid, a["kind"], a["title"], a["byline_text"], [x["byline"] for x in cand][:3]))
res["articles: truth / library"] = f"{sum(len(p['articles']) for p in T['pages'])} / {len(arts)}"
res["titles exact"] = f"{t_ok}/{t_n}"
for flag in ("headline_after", "doubled"):
    sub = [(p["issue"], a) for p in T["pages"] for a in p["articles"] if a.get(flag)]
    ok = sum(any(x["title"] == N(a["title"]) for x in by_issue.get(i, [])) for i, a in sub)
    res[f"titles exact, {flag}"] = f"{ok}/{len(sub)}"
kinds = Counter(a["kind"] for p in T["pages"] for a in p["articles"] if a["title"])
kinds_ok = Counter(a["kind"] for p in T["pages"] for a in p["articles"] if a["title"] and any(x["title"] == N(a["title"]) for x in by_issue.get(p["issue"], [])))
res["titles exact by kind"] = ", ".join(f"{k} {kinds_ok[k]}/{n}" for k, n in kinds.most_common())
res["bylines right (on the title-matched article)"] = f"{b_ok}/{b_n}"

# --- entities P/R/F by label ------------------------------------------------------------
ents = pd.read_csv("out/entities.csv", dtype=str)
# the paper's own name in its running heads is furniture, not annotated in the truth
ents = ents[~ents.text.isin(T["papers"])]  # the paper's names (masthead, running heads) are not annotated in the truth
pred = defaultdict(Counter)
for _, e in ents.iterrows():
    pred[e["issue_id"]][(N(e["text"]), e["label"])] += 1
tp, fp, fn = Counter(), Counter(), Counter()
ent_err = defaultdict(Counter)
for iid, p in pages.items():
    gold = Counter({(N(e["text"]), e["label"]): e["count"] for e in p["entities"]})
    pr = pred.get(iid, Counter())
    for k in set(gold) | set(pr):
        m = min(gold[k], pr[k])
        tp[k[1]] += m
        fp[k[1]] += pr[k] - m
        fn[k[1]] += gold[k] - m
        if pr[k] > m: ent_err["FP"][k] += pr[k] - m
        if gold[k] > m: ent_err["FN"][k] += gold[k] - m
rows = []
for lab in sorted(set(tp) | set(fp) | set(fn)) + ["ALL"]:
    a, b, c = (sum(tp.values()), sum(fp.values()), sum(fn.values())) if lab == "ALL" else (tp[lab], fp[lab], fn[lab])
    P = a / (a + b) if a + b else 0; R = a / (a + c) if a + c else 0; F = 2 * P * R / (P + R) if P + R else 0
    rows.append(dict(label=lab, gold=a + c, pred=a + b, tp=a, P=round(P, 3), R=round(R, 3), F=round(F, 3)))
ent_table = pd.DataFrame(rows)

# --- marked slogans per page (page_slogans, the gold's counting) --------------------------
ps = pd.read_csv("out/page_slogans.csv", dtype=str)
s_tp = s_fp = s_fn = s_kind = s_cnt = 0
sl_err = defaultdict(list)
for iid, p in pages.items():
    gold = {N(s["text"]): s for s in p["slogans"]}
    pr = {N(r["text"]): r for _, r in ps[ps.issue_id == iid].iterrows()}
    for k in gold:
        if k in pr:
            s_tp += 1
            s_kind += gold[k]["kind"] == pr[k]["kind"]
            s_cnt += int(gold[k]["count"]) == int(pr[k]["count"])
        else:
            s_fn += 1; sl_err["FN"].append((iid, k))
    for k in pr:
        if k not in gold:
            s_fp += 1; sl_err["FP"].append((iid, k))
res["marked slogans per page: P / R"] = f"{s_tp/(s_tp+s_fp):.3f} / {s_tp/(s_tp+s_fn):.3f}  (tp {s_tp}, fp {s_fp}, fn {s_fn}; kind right {s_kind}, count right {s_cnt})"
# corpus table (extract_slogans, marked layer: source marked/both)
sl = pd.read_csv("out/slogans.csv", dtype=str)
marked_lib = {N(t) for t in sl[sl.source.isin(["marked", "both"])]["text"]}
marked_gold = {N(s["text"]) for p in T["pages"] for s in p["slogans"]}
res["slogan table (extract_slogans) marked/both rows vs truth slogans"] = (
    f"{len(marked_lib & marked_gold)}/{len(marked_gold)} found; extra {sorted(marked_lib - marked_gold)}; missing {sorted(marked_gold - marked_lib)}")
dis = {N(d) for p in T["pages"] for d in p["distractors"]}
res["quoted non-slogans taken as slogans"] = f"{len(dis & marked_lib)}/{len(dis)} {sorted(dis & marked_lib)}"

# --- formula first/last years -------------------------------------------------------------
import importlib.util
_spec = importlib.util.spec_from_file_location("mp", "make_pages.py"); mp = importlib.util.module_from_spec(_spec); _spec.loader.exec_module(mp)
printed_of = defaultdict(set)
for _a, _b, _s in mp.FORMULA_SENT:
    for _m in re.finditer(r"<([^<>|]+)\|([^<>|]+)\|[nqp]>", _s):
        printed_of[_m.group(2)].add(_m.group(1).strip("“”"))
fy_ok = 0; fy_rows = []
for g, v in T["formula_years"].items():
    # the library's row: its text or group is the formula's name or a printed form (农村人居环境整治 for 人居环境整治)
    names = {g} | printed_of[g]
    row = sl[sl.text.isin(names) | sl.group.isin(names)]

    if row.empty:
        fy_rows.append((g, v["first"], v["last"], "-", "-", "missing")); continue
    r = row.iloc[0]
    f, l = int(str(r.first_date)[:4]), int(str(r.last_date)[:4])
    ok = (f, l) == (v["first"], v["last"])
    fy_ok += ok
    fy_rows.append((g, v["first"], v["last"], f, l, "ok" if ok else "WRONG"))
res["formula first/last years right"] = f"{fy_ok}/{len(T['formula_years'])}"
# county slogan first/last
cs_ok = 0; cs_rows = []
for g, v in T["slogan_years"].items():
    row = sl[sl.text.map(N) == N(g)]
    if row.empty:
        cs_rows.append((g, v["first"], v["last"], "missing")); continue
    r = row.iloc[0]; f, l = int(str(r.first_date)[:4]), int(str(r.last_date)[:4])
    cs_ok += (f, l) == (v["first"], v["last"])
    if (f, l) != (v["first"], v["last"]): cs_rows.append((g, v["first"], v["last"], f"{f}-{l}"))
res["marked slogans' first/last years right"] = f"{cs_ok}/{len(T['slogan_years'])}"

# --- places linked ------------------------------------------------------------------------
pm = pd.read_csv("out/place_mentions.csv", dtype=str)
right = wrong = unlinked = missing = 0; pl_err = []
for iid, p in pages.items():
    sub = pm[pm.issue_id == iid]
    for pl in p["places"]:
        if pl["code"] is None:  # a namesake (地灵村) whose township the page leaves open: not scored
            continue
        hit = sub[(sub.printed == pl["text"]) & (sub.label == pl["label"])]
        if hit.empty:
            hit = sub[sub.printed == pl["text"]]
        if hit.empty:
            missing += 1; pl_err.append((iid, pl["text"], pl["code"], "missing", pl["label"])); continue
        codes = set(hit.admin_code.dropna())
        if pl["code"] in codes and len(codes) == 1:
            right += 1
        elif not codes:
            unlinked += 1; pl_err.append((iid, pl["text"], pl["code"], "no code", pl["label"]))
        else:
            wrong += 1; pl_err.append((iid, pl["text"], pl["code"], f"got {sorted(codes)}", pl["label"]))
old_stat = Counter(); old_err = []
for iid, p in pages.items():
    for pl in p["places"]:
        if pl.get("old"):
            e = [x for x in pl_err if x[0] == iid and x[1] == pl["text"]]
            k = "right" if not e else ("missing" if e[0][3] == "missing" else "no code" if e[0][3] == "no code" else "wrong")
            old_stat[(pl["text"], k)] += 1
res["OLD names (page, name): right/wrong/no code/missing"] = dict(sorted(old_stat.items()))
lab_stat = defaultdict(Counter)
for e in pl_err:
    lab_stat[e[4]][e[3] if e[3] in ("missing", "no code") else "wrong"] += 1
res["place errors by label"] = {k: dict(v) for k, v in lab_stat.items()}
res["places (page, name) linked right / wrong / no code / not found"] = f"{right} / {wrong} / {unlinked} / {missing} of {right+wrong+unlinked+missing}"
pl_fp = []
for iid, p in pages.items():
    gold = {pl["text"] for pl in p["places"]}
    for _, r in pm[pm.issue_id == iid].iterrows():
        if r["printed"] not in gold and not (isinstance(r.get("in_name"), str) and r["in_name"]):  # places inside names are documented
            pl_fp.append((iid, r["printed"], r["label"], r["admin_code"], r["part"]))
res["place mentions that are no place of the truth (page, printed)"] = f"{len(pl_fp)}: {Counter((x[1], x[2]) for x in pl_fp).most_common(8)}"

# --- campaign reach: (formula or marked slogan, place) pairs over articles, window="article" -----------
co = pd.read_csv("out/slogan_place_cooc.csv", dtype=str)
grp = {}
for _, r in sl.iterrows():
    grp[r["text"]] = r["group"] if isinstance(r["group"], str) else r["text"]
alias = {}
for g, ps_ in printed_of.items():
    for x in ps_ | {g}:
        alias[x] = g
def key_of(t):
    if t in alias:
        return alias[t]
    return alias.get(grp.get(t, t), grp.get(t, t))
gold_pairs = Counter()
for p in T["pages"]:
    for a in p["articles"]:
        for f in set(a.get("formulae", [])) | {N(m) for m in a.get("marked", [])}:
            for pl in a.get("places", []):
                gold_pairs[(alias.get(f, f), pl)] += 1
lib_pairs = Counter()
for _, r in co.iterrows():
    lib_pairs[(key_of(r["slogan"]), r["entity"])] += int(r["n_articles"])
known = {k for k, _ in lib_pairs}
g_known = {k for k in gold_pairs if k[0] in known}
tp_ = len(set(lib_pairs) & set(gold_pairs))
res["campaign reach (slogan, place) pairs: P / R (R on slogans the library has)"] = (
    f"{tp_/max(1,len(lib_pairs)):.3f} / {tp_/max(1,len(gold_pairs)):.3f} ({tp_/max(1,len(g_known)):.3f}); "
    f"pairs lib {len(lib_pairs)}, truth {len(gold_pairs)}; truth pairs of slogans the library lacks: "
    f"{Counter(k[0] for k in gold_pairs if k[0] not in known).most_common(6)}")
reach_fp = sorted(set(lib_pairs) - set(gold_pairs)); reach_fn = sorted(g_known - set(lib_pairs))

print("== summary"); [print(f"{k}: {v}") for k, v in res.items()]
print("\n== entities by label\n" + ent_table.to_string(index=False))
print("\n== formula first/last (truth first,last | library first,last)")
for r in fy_rows: print("  ", *r)
print("\n== marked slogans with wrong/missing life span:", cs_rows)
if "-v" in sys.argv:
    print("\n== title misses"); [print("  ", m) for m in art_miss]
    print("\n== slogan FN", sl_err["FN"]); print("== slogan FP", sl_err["FP"])
    print("\n== campaign reach: library pairs not in truth", Counter(k[1] for k in reach_fp).most_common(15))
    print("== campaign reach: truth pairs (slogan known to the library) missing", len(reach_fn), reach_fn[:30])
    print("\n== place errors"); [print("  ", e) for e in pl_err]
    print("\n== place mentions not in truth"); [print("  ", e) for e in pl_fp]
    print("\n== byline misses (issue, kind, title, printed byline, library bylines of title-matched/all articles)"); [print("  ", e) for e in by_miss]
    for k in ("FN", "FP"):
        print(f"\n== entity {k} top"); [print("  ", x, n) for x, n in ent_err[k].most_common(45)]
