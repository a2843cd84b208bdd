"""Score the library's output (out/ from run_library.py) against truth.json (user33b, 玉龙报, 100 pages). -v lists misses.

Entities P/R/F per label (tests/data/userscore.py, over (text, label) counts per page); each FN of PROJECT/FAC/ORG/EVENT/
PERSON is sorted into a LABEL error (the same text found with another label), a BOUNDARY error (a found span of the page
overlaps it as a substring or superstring) or MISSED.  Minority names (4+ characters or with a middle dot) found whole per
page.  Enterprises read as PERSON.  Places (TOWNSHIP/VILLAGE/COMMUNITY) linked right / wrong / no code / missing, split by
in/out of the manifest.  Titles and bylines (userscore.score_articles), and the (role, name) pairs of byline_table."""
import json, os, sys
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
import copy  # userscore wants the byline as names
T2 = copy.deepcopy(T)
for p in T2["pages"]:
    for a in p["articles"]:
        a["byline"] = [n for _, n in a["byline"]]
art_miss, by_miss = us.score_articles(T2, {p["issue"]: p for p in T2["pages"]}, arts, res)
ents = pd.read_csv("out/entities.csv", dtype=str)
table, ent_err = us.score_entities(pages, ents)

# boundary vs label errors
lib = defaultdict(list)
for _, e in ents.iterrows():
    lib[e["issue_id"]].append((N(e["text"]), e["label"]))
kinds = Counter()
detail = defaultdict(list)
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
        detail[(lab, k)].append((iid, t, other or over[:3]))
res["FN kinds (label: label error / boundary error / missed)"] = {
    lab: f"{kinds[(lab, 'label')]} / {kinds[(lab, 'boundary')]} / {kinds[(lab, 'missed')]}"
    for lab in ["PROJECT", "FAC", "ORG", "EVENT", "PERSON", "TOWNSHIP", "VILLAGE", "LOC", "GPE"]}

# minority names found whole
mn_ok = mn_n = 0
mn_miss = Counter()
for iid, p in pages.items():
    got = Counter(lib[iid])
    for e in p["entities"]:
        if e["label"] == "PERSON" and (len(e["text"]) >= 4 or "·" in e["text"]):
            mn_n += e["count"]
            k = min(e["count"], got[(N(e["text"]), "PERSON")])
            mn_ok += k
            if k < e["count"]:
                mn_miss[e["text"]] += e["count"] - k
res["minority names (4+ chars or ·) found whole, mentions"] = f"{mn_ok}/{mn_n}"
# firms read as persons: PERSON rows whose text sits inside an ORG name of the truth on that page
fp_person = Counter()
for iid, p in pages.items():
    orgs = [N(e["text"]) for e in p["entities"] if e["label"] == "ORG"]
    for t, lab in lib[iid]:
        if lab == "PERSON" and any(t in o for o in orgs):
            fp_person[t] += 1
res["PERSON rows that are (part of) an ORG name"] = f"{sum(fp_person.values())}: {fp_person.most_common(6)}"

# places
pm = pd.read_csv("out/place_mentions.csv", dtype=str)
pl_err, pl_fp = us.score_places(pages, pm, res)
for inm in (True, False):
    sub = {k: v for k, v in pages.items() if v["in_manifest"] == inm}
    r2 = {}
    us.score_places(sub, pm, r2)
    res[f"places, pages {'in' if inm else 'NOT in'} the manifest"] = r2["places (page, name) linked right / wrong / no code / not found"]
other_cty = [e for e in pl_err if not e[2].startswith("530721")]
res["places of other counties (大东乡 530702, 仁和镇 530722) wrong/missing"] = f"{len(other_cty)}"

# byline pairs from byline_table
byl = pd.read_csv("out/bylines.csv", dtype=str).fillna("")
bp = defaultdict(set)
for _, r in byl.iterrows():
    bp[r["issue_id"]].add((r["role"], r["name"]))
pair_ok = pair_n = 0
pair_miss = []
for iid, p in pages.items():
    for a in p["articles"]:
        for role, name in a["byline"]:
            pair_n += 1
            if any(n == name for (_, n) in bp[iid]):
                pair_ok += 1
            else:
                pair_miss.append((iid, a["byline_form"], role, name, sorted(bp[iid])[:4]))
res["byline names found on the page (byline_table)"] = f"{pair_ok}/{pair_n}"

# projects table: PROJECT names of the truth found in project_investments (project column ends the truth name)
pi = pd.read_csv("out/projects.csv", dtype=str)
pj_ok = pj_n = 0
for iid, p in pages.items():
    got = set(pi[pi.issue_id == iid].project.fillna(""))
    for e in p["entities"]:
        if e["label"] == "PROJECT":
            pj_n += 1
            pj_ok += any(g and (N(e["text"]).endswith(N(g))) for g in got)
res["truth PROJECTs with a row in project_investments (page, name)"] = f"{pj_ok}/{pj_n}"
res["project_investments rows / with amount / with place"] = f"{len(pi)} / {pi.amount.notna().sum()} / {pi.place.notna().sum()}"

# articles bounded: one library article of the page whose body starts with the truth body's first six characters and
# ends with its last six (a 本报讯（…） lead and a trailing byline taken off); photo items: the caption in body or captions
import re as _re
bnd = Counter(); bnd_miss = []
for iid, p in pages.items():
    L = arts[arts.issue_id == iid].fillna("")
    for a in p["articles"]:
        bnd[("n", a["kind"])] += 1
        ok = False
        for _, x in L.iterrows():
            b = _re.sub(r"^本报讯[（(][^）)]*[）)]", "", N(x["body"])).lstrip("■")
            bt = N(a["byline_text"])
            if bt and b.endswith(bt):
                b = b[: -len(bt)]
            if a["kind"] == "photo":
                c = N(a["caption"])
                ok = ok or (c[:6] in b + N(x["captions"]))
            elif b.startswith(N(a["body_first"])) and b.endswith(N(a["body_last"])):
                ok = True
        bnd[("ok", a["kind"])] += ok
        if not ok:
            bnd_miss.append((iid, a["kind"], a["title"]))
kinds_b = sorted({k for _, k in bnd})
res["articles bounded (body's first and last six characters), by kind"] = ", ".join(
    f"{k} {bnd[('ok', k)]}/{bnd[('n', k)]}" for k in kinds_b) + f"; all {sum(bnd[('ok', k)] for k in kinds_b)}/{sum(bnd[('n', k)] for k in kinds_b)}"

print("== summary")
for k, v in res.items():
    print(f"{k}: {v}")
print("\n== entities by label\n" + table.to_string(index=False))
if V:
    for key in sorted(detail):
        print(f"\n== FN {key} ({len(detail[key])})")
        for x in detail[key][:40]:
            print("  ", x)
    print("\n== minority names not found whole", mn_miss.most_common())
    for k in ("FN", "FP"):
        print(f"\n== entity {k} top")
        for x, n in ent_err[k].most_common(60):
            print("  ", x, n)
    print("\n== place errors")
    for e in pl_err:
        print("  ", e)
    print("\n== place mentions not in truth")
    for e in Counter((x[1], x[2], x[3]) for x in pl_fp).most_common(40):
        print("  ", e)
    print("\n== articles not bounded")
    for m in bnd_miss:
        print("  ", m)
    print("\n== title misses")
    for m in art_miss:
        print("  ", m)
    print("\n== byline misses")
    for m in by_miss[:40]:
        print("  ", m)
    print("\n== byline pair misses")
    for m in pair_miss[:40]:
        print("  ", m)
