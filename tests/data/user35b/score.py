"""Compare out/ (run_library.py) with truth.json: issues' paper, date and county; places linked to the right county's
code (shared names apart, the neighbour's code counted); entities P/R/F per label (tests/data/userscore.py); titles and
bylines; reprints from 南充日报 told apart; keyness/keywords per paper; slogans' first/last year per paper.
python score.py [-v]"""
import ast, json, re, sys
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import userscore as us  # noqa: E402

V = "-v" in sys.argv
T = json.load(open("truth.json", encoding="utf-8"))
pages = {p["issue"]: p for p in T["pages"]}
CODE = T["papers"]
res = {}

# ---------------------------------------------------------------- issues
iss = us.read_out("issues")
iss["t_paper"] = iss.issue_id.map(lambda x: pages[x]["paper"])
iss["t_code"] = iss.issue_id.map(lambda x: pages[x]["county_code"])
iss["mast"] = iss.issue_id.map(lambda x: pages[x]["masthead"])
res["issues dated right"] = f"{(iss.date.str[:10] == iss.issue_id.map(lambda x: pages[x]['date'])).sum()}/{len(pages)}"
for m in (True, False):
    s = iss[iss.mast == m]
    res[f"issues with the right paper ({'front page, masthead' if m else 'inside page, paper only in the file name'})"] = \
        f"{(s.paper == s.t_paper).sum()}/{len(s)} (no paper: {s.paper.isna().sum()})"
res["issues with the right county"] = f"{(iss.county_code.str[:6] == iss.t_code).sum()}/{len(iss)}"
res["issues with the NEIGHBOUR's county"] = str(((iss.county_code.str[:6] != iss.t_code) & iss.county_code.notna()).sum())
res["issues with no county"] = str(iss.county_code.isna().sum())
iss_miss = iss[(iss.county_code.str[:6] != iss.t_code) | iss.county_code.isna()][["issue_id", "t_code", "county_code", "county_source"]]

# article-level county (county_table level=article)
ca = us.read_out("county_articles")
if "issue_id" in ca:
    ca["t"] = ca.issue_id.map(lambda x: pages[x]["county_code"])
    cc = ca["county_code"] if "county_code" in ca else ca.iloc[:, 0]
    res["articles with the paper's county (county_table level=article)"] = \
        f"{(cc.str[:6] == ca.t).sum()}/{len(ca)}; neighbour's: {((cc.str[:6] != ca.t) & cc.isin(list(CODE.values()))).sum()}; other/none: {((~cc.isin(list(CODE.values()))) | cc.isna()).sum()}"

# ---------------------------------------------------------------- places
def by_kind(pm):
    stat = Counter()
    neigh = []
    for iid, p in pages.items():
        sub = pm[pm.issue_id == iid]
        want = defaultdict(set)
        cross = defaultdict(bool)
        for pl in p["places"]:
            want[(pl["text"], pl["label"])].add(pl["code"])
            cross[(pl["text"], pl["label"])] |= pl["county"] != p["county_code"]
        for (txt, lab), codes_t in want.items():
            hit = sub[(sub.printed == txt) & (sub.label == lab)]
            codes = set(hit.admin_code.dropna())
            kind = ("shared" if txt in T["shared_names"] else "own") + (", in a cross-county article" if cross[(txt, lab)] else "")
            stat[(kind, "right" if codes == codes_t else "wrong/none")] += 1
            if codes != codes_t and any(c[:6] in CODE.values() and c not in codes_t for c in codes) or (len(codes_t) > 1 and codes < codes_t):
                neigh.append((iid, txt, sorted(codes_t), sorted(codes)))
    return {k: f"{stat[(k, 'right')]}/{stat[(k, 'right')] + stat[(k, 'wrong/none')]}" for k in sorted({k for k, _ in stat})}, neigh


pm = us.read_out("place_mentions")
pl_err, pl_fp = us.score_places(pages, pm, res)
# the same by shared / own name, with the set of codes a (page, name) should carry (a cross-county article prints one
# name with both counties' codes), and links to the neighbour that the truth does not have there
res["places by kind (page, name): all codes right / wrong-or-none"], neigh = by_kind(pm)
res["(page, name) given a NEIGHBOUR code the truth does not give there, or one code where the page prints both"] = f"{len(neigh)}: {Counter(x[1] for x in neigh).most_common(14)}"
# mention level: every mention whose code is the other county's
pm["t_code"] = pm.issue_id.map(lambda x: pages[x]["county_code"])
res["place mentions (rows) with a code of the paper's county / the neighbour's / outside both / none"] = (
    f"{(pm.admin_code.str[:6] == pm.t_code).sum()} / "
    f"{(pm.admin_code.notna() & (pm.admin_code.str[:6] != pm.t_code) & pm.admin_code.str[:6].isin(list(CODE.values()))).sum()} / "
    f"{(pm.admin_code.notna() & ~pm.admin_code.str[:6].isin(list(CODE.values()))).sum()} / {pm.admin_code.isna().sum()} of {len(pm)}")
outside = pm[pm.admin_code.notna() & ~pm.admin_code.str[:6].isin(list(CODE.values()))]

# ---------------------------------------------------------------- entities
ents = us.read_out("entities")
LABS = ["TOWNSHIP", "VILLAGE", "COMMUNITY", "GPE", "ORG", "PERSON", "LOC"]
tab, ent_err = us.score_entities({k: dict(v, entities=[e for e in v["entities"] if e["label"] in LABS]) for k, v in pages.items()},
                                 ents[ents.label.isin(LABS)])

# ---------------------------------------------------------------- articles
arts = us.read_out("articles")
art_miss, by_miss = us.score_articles(T, pages, arts, res)

# reprints: does anything in the library's tables tell a 南充日报 reprint from an own report?
byl = us.read_out("bylines")
rep_truth = [(p["issue"], a["title"]) for p in T["pages"] for a in p["articles"] if a["reprinted"]]
own_truth = [(p["issue"], a["title"]) for p in T["pages"] for a in p["articles"] if not a["reprinted"] and a["title"] and a["kind"] == "news"]
src_cols = [c for c in arts.columns if c in ("source", "reprinted", "dateline", "origin")]
res["articles table columns"] = ", ".join(arts.columns)
res["reprints (truth) / a source column in the article table"] = f"{len(rep_truth)} / {src_cols or 'none'}"
bu = byl[byl.name.fillna("").str.contains("南充日报") | byl.role.fillna("").str.contains("南充日报")]
res["byline rows naming 南充日报 (unit credit)"] = f"{len(bu)} (kinds: {dict(Counter(bu.kind))})"
# by the text: 'reprinted' if the article (title-matched) has 南充日报 in byline or body
t2 = {(r.issue_id, us.N(r.title)): r for r in arts.itertuples()}
det = Counter()
for iid, t in rep_truth:
    r = t2.get((iid, us.N(t)))
    det["reprint found by title"] += r is not None
    det["reprint with 南充日报 in its byline list"] += r is not None and "南充日报" in str(r.byline)
    det["reprint with 南充日报 anywhere in byline/body"] += r is not None and "南充日报" in (str(r.byline) + str(r.body))
res["reprints"] = dict(det)

# ---------------------------------------------------------------- keyness / keywords per paper
kb = us.read_out("keyness_by_paper")
own_words = {"营山报": ["营山", "渌井", "黄渡", "回龙", "老林", "木垭", "蓼叶", "朗池", "消水河", "流江河", "禾丰"],
             "蓬安报": ["蓬安", "徐家", "锦屏", "河舒", "正源", "巨龙", "嘉陵江", "相如", "嘉陵红", "清溪河"]}
if len(kb):
    pc = [c for c in kb.columns if c in ("paper", "target")][0]
    wc = [c for c in kb.columns if c in ("word", "term", "token")][0]
    res["keyness columns"] = ", ".join(kb.columns)
    for p, ws in own_words.items():
        top = list(kb[kb[pc] == p][wc])
        res[f"keyness {p}: own place words in its top {len(top)}"] = f"{sum(any(w in x for x in top) for w in ws)}/{len(ws)}; top 12: {' '.join(top[:12])}"
        wrong = [x for x in top if any(w in x for w in own_words["蓬安报" if p == "营山报" else "营山报"])]
        res[f"keyness {p}: the neighbour's words in its list"] = " ".join(wrong) or "none"

# ---------------------------------------------------------------- slogans per paper: first / last year
def slogan_rows(sl):
  truth_fy = defaultdict(list)
  for p in T["pages"]:
    for f in p["formulae"]:
        truth_fy[(p["paper"], f)].append(p["date"][:4])
  rows = []
  for (paper, f), ys in sorted(truth_fy.items()):
    tx = sl.text.fillna("").str.replace("“", "").str.replace("”", "")
    s = sl[(sl.paper == paper) & (tx == f)]
    if s.empty:  # the lexicon's form may be shorter (社会主义新农村 for 社会主义新农村建设)
        s = sl[(sl.paper == paper) & tx.map(lambda x: bool(x) and (x in f or f in x))]
    fc = [c for c in sl.columns if c.startswith("first")]
    lc = [c for c in sl.columns if c.startswith("last")]
    lib = (str(s.iloc[0][fc[0]])[:4], str(s.iloc[0][lc[0]])[:4]) if len(s) and fc and lc else ("-", "-")
    rows.append((paper, f, min(ys), max(ys), len(ys), *lib, "ok" if lib == (min(ys), max(ys)) else "MISS"))
  return rows


rows = slogan_rows(pd.read_csv("out/slogans_by_paper.csv", dtype=str))
res["slogans per paper: first/last year right"] = f"{sum(r[-1] == 'ok' for r in rows)}/{len(rows)} (only over the pages the paper was detected on; see F1)"

# ---------------------------------------------------------------- the workaround: a hand-made manifest (run_manifest.py)
mrows = []
if Path("out/m_issues.csv").exists():
    mi = us.read_out("m_issues")
    mi["t_code"] = mi.issue_id.map(lambda x: pages[x]["county_code"])
    res["MANIFEST: issues with the right paper"] = f"{(mi.paper == mi.issue_id.map(lambda x: pages[x]['paper'])).sum()}/{len(mi)}"
    res["MANIFEST: issues with the right county / none / neighbour's"] = (
        f"{(mi.county_code.str[:6] == mi.t_code).sum()} / {mi.county_code.isna().sum()} / "
        f"{((mi.county_code.str[:6] != mi.t_code) & mi.county_code.notna()).sum()} of {len(mi)}")
    mp = us.read_out("m_place_mentions")
    r2 = {}
    us.score_places(pages, mp, r2)
    res["MANIFEST: places (page, name) right / wrong / no code / not found"] = r2["places (page, name) linked right / wrong / no code / not found"]
    res["MANIFEST: places by kind (page, name): all codes right / wrong-or-none"], mneigh = by_kind(mp)
    res["MANIFEST: (page, name) given a NEIGHBOUR code / one code of two"] = f"{len(mneigh)}: {mneigh}"
    mca = us.read_out("m_county_articles")
    mca["t"] = mca.issue_id.map(lambda x: pages[x]["county_code"])
    res["MANIFEST: articles with the paper's county / the neighbour's / other-none"] = (
        f"{(mca.county_code.str[:6] == mca.t).sum()} / {((mca.county_code.str[:6] != mca.t) & mca.county_code.isin(list(CODE.values()))).sum()} / "
        f"{((~mca.county_code.isin(list(CODE.values()))) | mca.county_code.isna()).sum()} of {len(mca)}")
    mrows = slogan_rows(pd.read_csv("out/m_slogans_by_paper.csv", dtype=str))
    res["MANIFEST: slogans per paper first/last year right"] = f"{sum(r[-1] == 'ok' for r in mrows)}/{len(mrows)}"

# ---------------------------------------------------------------- output
print("== summary")
for k, v in res.items():
    print(f"{k}: {v}")
print("\n== entities by label\n" + tab.to_string(index=False))
print("\n== formula first/last per paper (paper, formula, truth first, last, pages | library first, last)")
for r in rows:
    print("  ", *r)
if mrows:
    print("\n== the same with the hand-made manifest (run_manifest.py)")
    for r in mrows:
        print("  ", *r)
if V:
    print("\n== issues with a wrong or no county\n" + iss_miss.to_string(index=False))
    print("\n== places linked to the NEIGHBOUR's code")
    for x in neigh:
        print("  ", x)
    print("\n== place mentions linked outside both counties")
    print(outside[["issue_id", "printed", "label", "admin_code", "link"]].to_string(index=False))
    us.print_misses(art_miss, {"FN": [], "FP": []}, [], [], pl_err, pl_fp, by_miss, ent_err)
