"""Compare out/ (run_library.py) with truth.json: dates, articles exactly bounded, merges and splits, titles, kickers,
subtitles, sections, byline pairs, jump pairs, furniture kept out of the articles, characters lost.
python score.py [-v]   (-v lists the misses)"""
import json, re, sys
from collections import Counter, defaultdict
import pandas as pd
sys.path.insert(0, "..")
from userscore import N, score_articles  # noqa: E402

V = "-v" in sys.argv
T = json.load(open("truth.json", encoding="utf-8"))
pages = {p["issue"]: p for p in T["pages"]}
iss = pd.read_csv("out/issues.csv")
rows = [json.loads(l) for l in open("out/articles.jsonl", encoding="utf-8")]
lib = defaultdict(list)
for r in rows:
    lib[r["issue_id"]].append(r)
res = {}
miss = defaultdict(list)


def NB(s):
    return N(s or "").replace("——", "")


# ---- dates
ok = 0
for _, r in iss.iterrows():
    if str(r["date"])[:10] == pages[r["issue_id"]]["date"]:
        ok += 1
    else:
        miss["date"].append((r["issue_id"], r["date"], r["date_source"]))
res["pages dated right"] = f"{ok}/{len(pages)}"
res["paper / county right"] = f"{(iss.paper == T['paper']).sum()} / {(iss.county_code.astype(str).str[:6] == T['county_code']).sum()} of {len(pages)}"

# ---- article by article: the library article that holds the truth body's start
C = Counter()
kinds = Counter()
kinds_ok = Counter()
for iid, p in pages.items():
    L = lib.get(iid, [])
    Lb = [NB(a["body"]) + "|" + NB("".join(a["captions"])) for a in L]
    starts = Counter()
    for a in p["articles"]:
        tb = NB(a["body"])
        first = tb[:12]
        hit = [k for k, b in enumerate(Lb) if first in b]
        kinds[a["kind"]] += 1
        C["articles"] += 1
        if not hit:
            C["body start not found in any article"] += 1
            miss["nostart"].append((iid, a["kind"], a["title"], first))
            continue
        k = hit[0]
        starts[k] += 1
        la = L[k]
        lbody = NB(la["body"])
        if a["kind"] == "photo":
            bounded = tb in NB("".join(la["captions"])) or lbody == tb
        else:
            lb2 = re.sub(r"\d{4}年\d{1,2}月\d{1,2}日$", "", lbody) if a.get("sign_date") else lbody
            bounded = lbody == tb or lb2 == tb
        if bounded:
            C["bounded"] += 1
            kinds_ok[a["kind"]] += 1
        else:
            why = "merged/longer" if tb in lbody else "cut/shorter" if lbody in tb else "other"
            C["unbounded: " + why] += 1
            miss["bounded"].append((iid, a["kind"], a["title"], why, len(tb), len(lbody), lbody[:30] + "…" + lbody[-30:],
                                    tb[-20:]))
        for fld in ("title", "kicker", "subtitle", "section"):
            t, g = NB(a[fld]), NB(la[fld])
            if t or g:
                C[fld + " n"] += 1
                if t == g:
                    C[fld + " ok"] += 1
                else:
                    miss[fld].append((iid, a["kind"], a["title"], t, g))
        if a["byline"]:
            C["byline n"] += 1
            gnames = [n for _, n in la["byline"]]
            names_in = all(any(nm == g or nm in g for g in gnames) for nm in a["byline"]) or (
                a["kind"] == "photo" and all(nm in "".join(la["captions"]) for nm in a["byline"]))
            if names_in:
                C["byline names ok"] += 1
                troles = [r for r, _ in a["byline_pairs"]]
                groles = {n: r for r, n in la["byline"]}
                if all(groles.get(n, "") == r for r, n in a["byline_pairs"]) or a["kind"] == "photo":
                    C["byline pairs ok"] += 1
                else:
                    miss["byline roles"].append((iid, a["title"], a["byline_pairs"], la["byline"]))
            else:
                miss["byline"].append((iid, a["kind"], a["title"], a["byline_text"], la["byline"]))
    merged = sum(v - 1 for v in starts.values() if v > 1)
    C["truth articles merged into another"] += merged
    C["library articles"] += len(L)
    C["library articles holding no truth start"] += sum(1 for k in range(len(L)) if k not in starts)
    for k in range(len(L)):
        if k not in starts:
            miss["extra"].append((iid, L[k]["title"], NB(L[k]["body"])[:40]))

res["articles: truth / library"] = f"{C['articles']} / {C['library articles']}"
res["articles exactly bounded"] = f"{C['bounded']}/{C['articles']}"
for k in sorted(C):
    if k.startswith("unbounded") or k.startswith("body start") or k.startswith("truth articles merged") or k.startswith("library articles holding"):
        res["  " + k] = C[k]
res["bounded by kind"] = ", ".join(f"{k} {kinds_ok[k]}/{n}" for k, n in kinds.most_common())
for fld in ("title", "kicker", "subtitle", "section"):
    res[f"{fld} right (on the article holding the body start; either side non-empty)"] = f"{C[fld + ' ok']}/{C[fld + ' n']}"
res["byline names right / pairs (role, name) right"] = f"{C['byline names ok']} / {C['byline pairs ok']} of {C['byline n']}"

# ---- hand pages alone
hb = sum(1 for p in T["pages"] if p["hand"] for a in p["articles"])
hok = sum(1 for m in miss["bounded"] if pages[m[0]]["hand"]) + sum(1 for m in miss["nostart"] if pages[m[0]]["hand"])
res["hand pages: articles exactly bounded"] = f"{hb - hok}/{hb}"

# ---- by artefact of the page
for flag in ("noblank", "double", "interleave", "indent"):
    ids = [i for i, p in pages.items() if flag in p["opts"] and p["opts"][flag] is not False]
    n = sum(len(pages[i]["articles"]) for i in ids)
    bad = sum(1 for m in miss["bounded"] + miss["nostart"] if m[0] in ids)
    res[f"bounded on pages with {flag}"] = f"{n - bad}/{n} ({len(ids)} pages)"
for flag in ("headline_after", "doubled"):
    sub = [(i, a) for i, p in pages.items() for a in p["articles"] if a.get(flag)]
    ok = sum(1 for i, a in sub if any(NB(x["title"]) == NB(a["title"]) for x in lib.get(i, [])))
    res[f"titles exact, {flag}"] = f"{ok}/{len(sub)}"

# ---- jumps: both parts found with their titles, and anything that links them
jn = jok = 0
for iid, p in pages.items():
    for a in p["articles"]:
        if a.get("jump_to"):
            jn += 1
            to = [q for q in pages.values() if q["issue_key"] == p["issue_key"] and q["page"] == a["jump_to"]]
            cont = [b for b in to[0]["articles"] if b.get("jump_from")] if to else []
            if not cont:
                continue
            A = [x for x in lib.get(iid, []) if NB(x["title"]) == NB(a["title"])]
            Bq = [x for x in lib.get(to[0]["issue"], []) if NB(x["title"]) == NB(cont[0]["title"])]
            if A and Bq:
                jok += 1
            else:
                miss["jump"].append((iid, a["title"], "p1 part titled" if A else "p1 part NOT titled",
                                     "continuation titled" if Bq else "continuation NOT titled"))
res["jump pairs: both parts found under the same title (user can re-join)"] = f"{jok}/{jn}"
res["jump pairs re-joined by the library (a field linking them)"] = f"0/{jn} (no such field in articles_frame / Article)"

# ---- furniture lines kept out of the articles
fn = fin = 0
jl = 0
for iid, p in pages.items():
    L = lib.get(iid, [])
    txt = [NB(x["body"]) + "|" + NB(x["title"]) + "|" + NB(x["kicker"]) + "|" + NB(x["subtitle"]) for x in L]
    fur = list(p["furniture"]) + [f"（下转第{a['jump_to']}版）" for a in p["articles"] if a.get("jump_to")] + \
          [f"（上接第{a['jump_from']}版）" for a in p["articles"] if a.get("jump_from")]
    for f in fur:
        fn += 1
        nf = NB(f)
        if any(nf in t for t in txt):
            fin += 1
            miss["furniture"].append((iid, f))
res["furniture lines inside an article's title/kicker/subtitle/body"] = f"{fin}/{fn}"
# sections: page name printed as running head only (no banner) not counted

# ---- characters lost
nl = pd.read_csv("out/noloss.csv")
res["pages where check_no_loss reports a problem"] = int((nl.check_no_loss.fillna("") != "").sum())
res["characters lost vs blocks + repairs"] = int(nl.lost_vs_blocks.sum())
res["characters of the page in no exported field (byline roles/outlets, brackets, ——)"] = f"{int(nl.lost_vs_export.sum())} on {(nl.lost_vs_export > 0).sum()} pages"

# ---- userscore's titles and bylines (title anywhere on the page)
arts = pd.DataFrame([dict(issue_id=r["issue_id"], title=r["title"], byline=str([n for _, n in r["byline"]]),
                          body=r["body"], captions="".join(r["captions"])) for r in rows])
T2 = dict(T, pages=[dict(p, articles=[dict(a, byline=a["byline"]) for a in p["articles"]]) for p in T["pages"]])
am, bm = score_articles(T2, {p["issue"]: p for p in T2["pages"]}, arts, res)

for k, v in res.items():
    print(f"{k}: {v}")
if V:
    for k, v in miss.items():
        print(f"\n## {k} ({len(v)})")
        for m in v:
            print("  ", m)
