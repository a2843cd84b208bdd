"""Score out/ (run_library.py) against truth.json (user32, 西华报, 150 pages, 1998-2024).  -v lists the misses.
Uses tests/data/userscore.py (the shared scorer) and adds what the formula scholar asks: per-formula counts (all and
quoted) vs truth, per-page formula counts, first/last years, era errors (a mention counted on a page dated before the
formula's year - 1), double counts (two mentions at one place), the notebook's cells and the bad-input messages."""
import json, os, re, sys
from collections import Counter, defaultdict
import pandas as pd

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import userscore as us  # noqa: E402

os.chdir(os.path.dirname(os.path.abspath(__file__)))
V = "-v" in sys.argv
T = json.load(open("truth.json"))
pages = {p["issue"]: p for p in T["pages"]}
res = {}
iss = us.read_out("issues")
us.score_issues(T, pages, iss, res)
arts = us.read_out("articles")
art_miss, by_miss = us.score_articles(T, pages, arts, res)
ents = us.read_out("entities")
ent_table, ent_err = us.score_entities(pages, ents)
ps = us.read_out("page_slogans")
sl = us.read_out("slogans")
sl_err = us.score_slogans(T, pages, ps, sl, res)
# slogan table marked rows: the quoted non-slogans and the page-level FP by text
res["page-slogan FP texts (most common)"] = Counter(k for _, k in sl_err["FP"]).most_common(12)
res["page-slogan FN texts (most common)"] = Counter(k for _, k in sl_err["FN"]).most_common(12)

# ---- known formulae: counts, quoted counts, issues, first/last years, vs truth (library's table with her file)
mp = us.load_make_pages("make_pages.py")
printed_of = us.printed_forms(mp.FORMULA_SENT)
sm = us.read_out("slogan_mentions")
sm["year"] = sm.issue_id.map(lambda i: pages[i]["year"])
GROUP = {"两个确保1998": "两个确保"}  # two formulae, one printed name: the library can have one row only
rows = []
ok_cnt = ok_q = ok_fl = 0
for g, v in T["formula_years"].items():
    lg = GROUP.get(g, g)
    names = {lg} | printed_of.get(g, set())
    r = sl[sl.text.isin(names) | sl.group.isin(names)]
    if r.empty:
        rows.append(dict(formula=g, truth_year=v["year"], truth_first=v["first"], truth_last=v["last"], truth_count=v["count"],
                         truth_quoted=v["quoted"], lib="missing")); continue
    r = r.iloc[0]
    grp = r["group"] if isinstance(r["group"], str) else r["text"]
    m = sm[(sm.group == grp)]
    if g in GROUP or g in GROUP.values():  # split the shared row by era for the comparison
        m = m[m.year <= 2001] if g == "两个确保1998" else m[m.year >= 2021]
    c, q = len(m), int((m.quoted == "True").sum())
    f, l = (int(m.year.min()), int(m.year.max())) if len(m) else (None, None)
    ok_cnt += c == v["count"]; ok_q += q == v["quoted"]; ok_fl += (f, l) == (v["first"], v["last"])
    rows.append(dict(formula=g, truth_year=v["year"], lib_year=r["year"], truth_first=v["first"], lib_first=f, truth_last=v["last"],
                     lib_last=l, table_first=str(r["first_date"])[:4], table_last=str(r["last_date"])[:4], truth_count=v["count"], lib_count=c,
                     table_count=r["count"], truth_quoted=v["quoted"], lib_quoted=q, lib_source=r["source"], lib_kind=r["kind"],
                     n_before_year=r.get("n_before_year")))
FT = pd.DataFrame(rows)
FT.to_csv("out/score_formulae.csv", index=False)
n = len(T["formula_years"])
res["known formulae found (a row in the slogan table, with her file)"] = f"{int((FT.get('lib_count').notna()).sum())}/{n}"
res["known formulae: count right / quoted count right / first+last year right (mentions)"] = f"{ok_cnt}/{n} / {ok_q}/{n} / {ok_fl}/{n}"
shipped = us.read_out("slogans_shipped")
miss_shipped = [g for g in T["formula_years"] if not ({GROUP.get(g, g)} | printed_of.get(g, set())) & (set(shipped.text) | set(shipped.group.dropna()))]
res["formulae with no row at all WITHOUT her file (shipped lexicon + marked layer)"] = (
    f"{len(miss_shipped)}: " + ", ".join(f"{g} ({T['formula_years'][g]['count']})" for g in miss_shipped))
# per page: formula mentions per (page, formula)
pp_ok = pp_n = 0; pp_err = []
lib_pp = Counter()
for _, r in sm[sm.source.isin(["lexicon", "both"])].iterrows():
    g = r["group"]
    if g == "两个确保" and r["year"] <= 2001:
        g = "两个确保1998"
    lib_pp[(r["issue_id"], g)] += 1
for i, p in pages.items():
    for g, c in p["formulae"].items():
        pp_n += 1
        key = g if g != "群众路线教育实践活动" else "群众路线"
        if lib_pp[(i, key)] == c:
            pp_ok += 1
        else:
            pp_err.append((i, g, c, lib_pp[(i, key)]))
res["(page, formula) counts right"] = f"{pp_ok}/{pp_n}"
# era errors: a counted mention on a page dated more than a year before the truth year of its formula
FY = T["formula_year"]
era_err = []
for _, r in sm[sm.source.isin(["lexicon", "both"])].iterrows():
    g = r["group"]
    y0 = FY.get(g, FY.get({"群众路线": "群众路线教育实践活动"}.get(g, g)))
    if g == "两个确保" and r["year"] <= 2001:
        y0 = 1998
    if y0 and r["year"] < y0 - 1:
        era_err.append((r["issue_id"], g, r["printed_form"], r["quoted"]))
res["era errors (mention counted > 1 year before its formula's year)"] = f"{len(era_err)}: {Counter((e[1]) for e in era_err).most_common()}"
dup = sm.duplicated(subset=["issue_id", "article_id", "part", "start", "end"], keep=False)
res["double counts (two mention rows at one place)"] = f"{int(dup.sum())}: {sm[dup][['issue_id', 'text', 'start']].head(6).values.tolist()}"
# the table's count = the mentions' count
agg = sm.groupby("text").size()
bad_sum = [(t, int(c), int(agg.get(t, 0))) for t, c in zip(sl.text, sl["count"].astype(int)) if int(agg.get(t, 0)) != c]
res["slogan table count != its mention rows"] = f"{len(bad_sum)}: {bad_sum[:8]}"
# notebook and bad input
nb = pd.read_csv("out/notebook04_cells.csv") if os.path.exists("out/notebook04_cells.csv") else None
if nb is not None:
    res["notebook 04 on her folder: cells failed"] = f"{int(nb.error.notna().sum())}/{len(nb)}: {nb[nb.error.notna()][['cell', 'error']].values.tolist()}"
bi = pd.read_csv("out/bad_input.csv") if os.path.exists("out/bad_input.csv") else None

us.print_report(res, ent_table, [], [])
print("\n== formulae (truth vs library mentions; table = slogan table row)")
print(FT.to_string(index=False))
if bi is not None:
    print("\n== bad input")
    for _, r in bi.iterrows():
        print(f"  [{r['case']}] python: {str(r['python'])[:400]}\n      cli rc={r['cli_rc']}: {str(r['cli'])[-300:]}")
if V:
    print("\n== (page, formula) count errors (issue, formula, truth, library)")
    for e in pp_err:
        print("  ", e)
    print("\n== era errors")
    for e in era_err:
        print("  ", e)
    print("\n== title misses")
    for m in art_miss:
        print("  ", m)
    print("\n== slogan FN", sl_err["FN"])
    print("== slogan FP", sl_err["FP"])
    print("\n== byline misses")
    for e in by_miss:
        print("  ", e)
    for k in ("FN", "FP"):
        print(f"\n== entity {k} top")
        for x, c in ent_err[k].most_common(40):
            print("  ", x, c)
