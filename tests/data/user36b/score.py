"""Score out/ (OCR pages) and out_clean/ (clean pages) against truth.json (user36b, 定边报, 100 pages, 1998-2012).
-v lists the misses.   python score.py [-v] [out|out_clean]

Issues dated; titles and bylines (tests/data/userscore.py); article bodies whole (truth body_first and body_last in one
library article, compared after folding the OCR confusions: spaces dropped, half-width -> full-width, O->0, l->1,
己/巳->已, 曰->日); entities P/R/F per label (userscore, (text, label) counts per page; strict: a name the OCR broke
and the library kept broken is a miss); places linked right (userscore.score_places on today's names) and the former
townships: renamed (杨井乡, 姬塬乡, 新安边乡, 定边镇: right = today's unit's code) and gone (纪畔乡, 黄湾乡, 武峁子乡, 周台子乡,
胶泥崾岘乡: right = no code, or the successor's code with a former* link; WRONG = any other code, e.g. the village
纪畔村 of the same name); formula mentions per (formula, year) from formula_counts.csv (slogan_mentions); first/last
years of each formula in extract_slogans; her terms in keyword_trends per year against the truth's counts."""
import json, os, re, sys, copy
from collections import Counter, defaultdict
import pandas as pd

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import userscore as us  # noqa: E402

V = "-v" in sys.argv
OUTS = [a for a in sys.argv[1:] if not a.startswith("-")] or ["out", "out_clean"]
T = json.load(open("truth.json"))
N = us.N
pages = {p["issue"]: p for p in T["pages"]}
FOLD = str.maketrans({",": "，", ".": "。", ":": "：", ";": "；", "(": "（", ")": "）", "O": "0", "l": "1",
                      "己": "已", "巳": "已", "曰": "日"})


def fold(s):
    return N(s).translate(FOLD)


ALIAS = {"三个代表": ["三个代表", "“三个代表”重要思想", "三个代表重要思想"],
         "新农村建设": ["新农村建设", "社会主义新农村建设", "社会主义新农村", "新农村"],
         "和谐社会": ["和谐社会", "社会主义和谐社会", "构建社会主义和谐社会", "构建和谐社会"],
         "新农合": ["新农合", "新型农村合作医疗", "新型农村合作医疗制度"],
         "科学发展观": ["科学发展观", "以科学发展观统领经济社会发展全局"],
         "西部大开发": ["西部大开发", "西部大开发战略"]}


def score(out):
    res = {}
    iss = pd.read_csv(f"{out}/issues.csv", dtype=str)
    us.score_issues(T, pages, iss, res)
    arts = pd.read_csv(f"{out}/articles.csv", dtype=str)
    if "captions" not in arts.columns:
        arts["captions"] = ""
    T2 = copy.deepcopy(T)
    for p in T2["pages"]:
        for a in p["articles"]:
            a["byline"] = [n for _, n in a["byline"]]
            a["byline_text"] = " ".join(a["byline"])
    art_miss, by_miss = us.score_articles(T2, {p["issue"]: p for p in T2["pages"]}, arts, res)
    # bodies whole
    lb = defaultdict(list)
    for _, a in arts.iterrows():
        lb[a["issue_id"]].append(fold(str(a.get("body", ""))) + fold(str(a.get("captions", ""))))
    ok = n = 0; body_miss = []
    for iid, p in pages.items():
        for a in p["articles"]:
            n += 1
            f, l = fold(a["body_first"]), fold(a["body_last"])
            if any(f in b and l in b for b in lb[iid]):
                ok += 1
            else:
                where = ("first in one, last in another" if any(f in b for b in lb[iid]) and any(l in b for b in lb[iid])
                         else "first missing" if not any(f in b for b in lb[iid]) else "last missing")
                body_miss.append((iid, a["title"], a["body_first"], a["body_last"], where))
    res["article bodies whole (first and last words in one article, OCR folded)"] = f"{ok}/{n}"
    res["body misses by kind"] = dict(Counter(x[4] for x in body_miss))
    # entities
    ents = pd.read_csv(f"{out}/entities.csv", dtype=str)
    table, ent_err = us.score_entities(pages, ents)
    # places
    pm = pd.read_csv(f"{out}/place_mentions.csv", dtype=str)
    pm_now = pm.copy()
    pages_now = {k: dict(v, places=[x for x in v["places"] if not x["old"]]) for k, v in pages.items()}
    pl_err, _ = us.score_places(pages_now, pm_now, res)
    res["today's names: right / wrong / no code / missing"] = res.pop(next(k for k in list(res) if k.startswith("places")), None) \
        if any(k.startswith("places") for k in res) else None
    OP = T["old_places"]
    old = Counter(); old_rows = []
    for iid, p in pages.items():
        sub = pm[pm.issue_id == iid]
        for pl in p["places"]:
            if not pl["old"]:
                continue
            o = OP[pl["text"]]
            hit = sub[sub.printed == pl["text"]]
            cut = sub[(sub.printed == pl["text"][:-1]) & sub.admin_code.notna()]
            if hit.empty and not cut.empty:
                k = "WRONG: 乡 cut off, linked to the village"
                old_rows.append((iid, pl["text"], o["kind"], sorted(set(cut.admin_code)), sorted(set(cut.link.dropna())), k))
            elif hit.empty:
                k = "missing"
            else:
                codes = set(hit.admin_code.dropna()); links = set(hit.get("link", pd.Series(dtype=str)).dropna())
                if o["kind"] == "renamed":
                    k = "right" if codes == {o["code"]} else "no code (flagged)" if not codes else "WRONG"
                else:
                    if not codes:
                        k = "right: no code"
                    elif codes == {o["successor_code"]} and any(str(x).startswith("former") for x in links):
                        k = "right: successor"
                    else:
                        k = "WRONG"
                old_rows.append((iid, pl["text"], o["kind"], sorted(codes), sorted(links), k))
            old[(o["kind"], k)] += 1
    res["former townships (kind, outcome): mentions-per-page"] = dict(sorted(old.items()))
    res["former township rows with their codes and links"] = sorted({(r[1], tuple(r[3]), tuple(r[4]), r[5]) for r in old_rows})
    # any code outside the county
    bad = Counter((r["printed"], r["admin_code"]) for _, r in pm.iterrows()
                  if isinstance(r.get("admin_code"), str) and not r["admin_code"].startswith(T["county_code"]))
    res["place mentions linked outside 定边县 (printed, code)"] = dict(bad.most_common(10))
    # formulae per year
    fc = pd.read_csv(f"{out}/formula_counts.csv", dtype=str)
    fc["n"] = fc.n.astype(int)
    libc = Counter({(r.group, r.year): r.n for r in fc.itertuples()})
    frows = []; f_ok = f_tot = 0
    for name, ys in T["formula_counts"].items():
        al = [N(x) for x in ALIAS.get(name, [name])]
        ly = {y: sum(v for (g, yy), v in libc.items() if yy == y and N(g) in al) for y in ys}
        lt = sum(v for (g, yy), v in libc.items() if N(g) in al)
        f_ok += sum(min(ly[y], ys[y]) for y in ys); f_tot += sum(ys.values())
        frows.append((name, sum(ys.values()), lt, f"{sum(ly[y] == ys[y] for y in ys)}/{len(ys)} years exact",
                      {y: (ys[y], ly[y]) for y in ys if ly[y] != ys[y]}))
    res["formula mentions counted (min(truth, library) per year) / truth"] = f"{f_ok}/{f_tot}"
    res["formula: truth total / library total / years exact"] = {r[0]: f"{r[1]} / {r[2]} / {r[3]}" for r in frows}
    # first/last in the slogan table
    sl = pd.read_csv(f"{out}/slogans.csv", dtype=str)
    fcol = next((c for c in sl.columns if c in ("first", "first_date", "first_seen")), None)
    lcol = next((c for c in sl.columns if c in ("last", "last_date", "last_seen")), None)
    fy = {}
    for name, v in T["formula_years"].items():
        al = [N(x) for x in ALIAS.get(name, [name])]
        rows = sl[sl.text.map(N).isin(al) | sl.get("group", sl.text).map(N).isin(al)]
        if rows.empty or not fcol:
            fy[name] = f"truth {v['first']}-{v['last']}: MISSING from extract_slogans"
            continue
        f = min(str(x)[:4] for x in rows[fcol]); l = max(str(x)[:4] for x in rows[lcol])
        fy[name] = f"truth {v['first']}-{v['last']}: library {f}-{l} {'ok' if (f, l) == (str(v['first']), str(v['last'])) else 'WRONG'}"
    res["formula first/last year in extract_slogans"] = fy
    # her terms in keyword_trends (count) vs truth mentions per year (the truth counts leftmost-longest mentions)
    try:
        tr = pd.read_csv(f"{out}/trends.csv", index_col=0)
        tt = {}
        for name in ["退耕还林", "整村推进", "两免一补", "西部大开发", "科学发展观"]:
            if name in tr.columns:
                got = {str(i)[:4]: int(v) for i, v in tr[name].items()}
                want = T["formula_counts"].get(name, {})
                tt[name] = f"truth {sum(want.values())} / trends {sum(got.values())}; years off {sum(got.get(y, 0) != c for y, c in want.items())}/{len(want)}"
        res["keyword_trends (count) of her terms vs truth"] = tt
    except Exception as e:  # noqa: BLE001
        res["keyword_trends"] = str(e)
    # junk in keyness
    junk_re = re.compile(r"^(记者|通讯员|本报讯|责任编辑|星期.|第.版|定边报|档案馆|数字化|加工|日前|近日|[\dOl].*|.|■+)$")
    for f in ["keyness", "keyness_reverse", "keywords_year"]:
        try:
            k = pd.read_csv(f"{out}/{f}.csv", dtype=str)
            col = "term" if "term" in k.columns else "keyword" if "keyword" in k.columns else k.columns[1]
            terms = list(k[col])
            j = [t for t in terms if junk_re.match(str(t)) or str(t) in T["reporters"] + T["editors"] or " " in str(t)]
            res[f"{f}: junk terms / all"] = f"{len(j)}/{len(terms)} {sorted(set(j))[:25]}"
        except Exception as e:  # noqa: BLE001
            res[f] = str(e)
    print(f"\n################ {out}")
    print(table.to_string(index=False))
    for k, v in res.items():
        print(f"{k}: {v}")
    if V:
        print("\n== entity FNs (text, label) top 60")
        for (t, l), c in ent_err["FN"].most_common(60):
            print(f"   {l} {t} ×{c}")
        print("\n== entity FPs (text, label) top 60")
        for (t, l), c in ent_err["FP"].most_common(60):
            print(f"   {l} {t} ×{c}")
        print("\n== places not right (page, text, code, what)")
        for e in pl_err[:50]:
            print("  ", e)
        print("\n== former townships, per page")
        for r in old_rows:
            print("  ", r)
        print("\n== titles missed (page, truth, library titles)")
        for e in art_miss[:50]:
            print("  ", e)
        print("\n== bylines missed")
        for e in by_miss[:30]:
            print("  ", e)
        print("\n== bodies not whole")
        for e in body_miss[:50]:
            print("  ", e)
        print("\n== formula years not exact {year: (truth, library)}")
        for r in frows:
            print("  ", r[0], r[4])


for o in OUTS:
    if os.path.exists(f"{o}/issues.csv"):
        score(o)
