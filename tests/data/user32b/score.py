"""Score the library's output (out/ from run_library.py) against truth.json (user32b, 船营报, 80 pages). -v lists misses.

Articles: a truth article is BOUNDED when one library article of its page has a body that starts with the truth body's
first six characters (after a 本报讯（…） lead and a brief's ■) and ends with its last six (a byline left at the body's end is taken off
and counted apart).  Titles, kickers, subtitles, sections and the column (in section, kicker or title) are scored on the
bounded article, else on the article with the title.  Bylines per (role, name) pair on that article.  Entities P/R/F per
label (tests/data/userscore.py), places (社区, 街道, 镇, 村) linked right / wrong / no code / missing."""
import ast, json, os, re, sys
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
byl = pd.read_csv("out/bylines.csv", dtype=str).fillna("")
pairs_of = defaultdict(list)
for _, r in byl.iterrows():
    pairs_of[r["article_id"]].append((r["role"], r["name"]))
lib = defaultdict(list)
for _, a in arts.iterrows():
    body = N(a["body"])
    body = re.sub(r"^本报讯[（(][^）)]*[）)]", "", body).lstrip("■")
    lib[a["issue_id"]].append(dict(id=a["article_id"], title=N(a["title"]), kicker=N(a["kicker"]), subtitle=N(a["subtitle"]),
                                   section=N(a["section"]), body=body, captions=N(a["captions"]),
                                   pairs=pairs_of.get(a["article_id"], [])))
ROLE_WORDS = ["记者", "通讯员", "实习生", "摄影", "特约", "本报", "融媒体", "中心", "报道", "文/图", "供稿", "撰文"]
cnt = Counter()
miss = defaultdict(list)
role_conf = Counter()
for iid, p in pages.items():
    L = lib.get(iid, [])
    used = set()
    for a in p["articles"]:
        k = a["kind"]
        cnt["articles"] += 1
        bt = N(a["byline_text"]) if a.get("byline_text") else ""
        hit = None
        if a["kind"] == "photo":  # a photo item: its caption is its text (in the body or the captions column)
            c = N(a["caption"])
            hit = next((x for x in L if c[:6] in x["body"] + x["captions"] and c[-6:] in x["body"] + x["captions"]
                        and len(x["body"]) < len(c) + 12), None)
        elif a["body_first"]:
            f, l = N(a["body_first"]).lstrip("■"), N(a["body_last"])
            ok = []
            for x in L:
                b = x["body"]
                tail_by = bool(bt) and b.endswith(bt)
                if tail_by:
                    b = b[: -len(bt)]
                if b.startswith(f) and b.endswith(l) and x["id"] not in used:
                    ok.append((x["title"] != N(a["title"]), x, tail_by))
            if ok:  # two printed articles may share their first and last words: the one with the title first
                _, hit, tail_by = sorted(ok, key=lambda z: z[0])[0]
                used.add(hit["id"])
                if tail_by:
                    cnt["byline text left at the body's end"] += 1
                    miss["byline in body"].append((iid, a["title"], a["byline_text"]))
        if hit:
            cnt["bounded"] += 1
            cnt[f"bounded {k}"] += 1
        else:
            f6 = N(a["body_first"] or a.get("caption") or "").lstrip("■")[:6]
            if f6 and any(f6 in x["body"][3:] for x in L) and not any(x["body"].startswith(f6) for x in L):
                cnt["merged into the article above"] += 1
                miss["merged"].append((iid, k, a["title"]))
            miss["not bounded"].append((iid, k, a["title"], (a["body_first"], a["body_last"]),
                                        [(x["title"], x["body"][:6], x["body"][-6:]) for x in L]))
        cnt[f"n {k}"] += 1
        cand = hit or next((x for x in L if a["title"] and x["title"] == N(a["title"])), None)
        if a["title"]:
            cnt["n titled"] += 1
            if cand and cand["title"] == N(a["title"]):
                cnt["title"] += 1
            else:
                miss["title"].append((iid, k, a["title"], cand["title"] if cand else None))
            for flag in ("doubled", "headline_after", "two_line"):
                if a.get(flag):
                    cnt[f"n {flag}"] += 1
                    cnt[f"title {flag}"] += bool(cand and cand["title"] == N(a["title"]))
        for part in ("kicker", "subtitle"):
            if a.get(part):
                cnt[f"n {part}"] += 1
                if cand and cand[part].lstrip("—") == N(a[part]).lstrip("—"):
                    cnt[part] += 1
                else:
                    miss[part].append((iid, a.get(part), cand[part] if cand else None, cand["title"] if cand else None))
            elif cand and cand[part] and a["title"]:
                cnt[f"{part} where none printed"] += 1
                miss[f"{part} invented"].append((iid, a["title"], cand[part]))
        cnt["n section"] += 1
        if cand and cand["section"] == N(a["section"]):
            cnt["section"] += 1
        else:
            miss["section"].append((iid, a["title"], a["section"], cand["section"] if cand else None))
        if a.get("column"):
            cnt["n colname"] += 1
            if cand and N(a["column"]) in (cand["section"].strip("【】"), cand["kicker"].strip("【】")) or (cand and N(a["column"]) == cand["subtitle"]):
                cnt["column as section/kicker"] += 1
            elif cand and N(a["column"]) in cand["title"]:
                cnt["column glued into the title"] += 1
                miss["column"].append((iid, a["column"], "in title", cand["title"]))
            else:
                miss["column"].append((iid, a["column"], cand and (cand["section"], cand["kicker"], cand["title"])))
        for role, name in a["byline"]:
            cnt["n pairs"] += 1
            cnt[f"n pairs form {a['byline_form']}"] += 1
            got = cand["pairs"] if cand else []
            names = [n for _, n in got]
            if name in names:
                cnt["pair name right"] += 1
                cnt[f"pair name form {a['byline_form']}"] += 1
                grole = next(r for r, n in got if n == name)
                if grole == role:
                    cnt["pair role right"] += 1
                else:
                    role_conf[(a["byline_form"], role, grole)] += 1
            elif a["kind"] == "photo" and cand and name in cand["captions"]:
                cnt["pair name only in captions"] += 1
                miss["pair"].append((iid, a["byline_form"], a["byline_text"], got, "in captions"))
            else:
                miss["pair"].append((iid, a["byline_form"], a["byline_text"], got, cand["title"] if cand else None))
res["articles truth / library"] = f"{cnt['articles']} / {len(arts)}"
res["articles bounded exactly"] = f"{cnt['bounded']}/{cnt['articles']}  by kind: " + ", ".join(
    f"{k[2:]} {cnt['bounded ' + k[2:]]}/{cnt[k]}" for k in sorted(c for c in cnt if c.startswith("n ") and c[2:] in
                                                             {"brief", "community", "build", "column", "livelihood", "village", "photo", "meeting", "culture"}))
res["articles merged into the article above (start inside another body)"] = cnt["merged into the article above"]
on_after = [(i, a) for i, p in pages.items() for a in p["articles"] if a.get("headline_after")]
res["articles on headline-after pages (2010-13)"] = len(on_after)
res["titles exact"] = f"{cnt['title']}/{cnt['n titled']}; doubled {cnt['title doubled']}/{cnt['n doubled']}, headline after " \
                      f"{cnt['title headline_after']}/{cnt['n headline_after']}, two-line {cnt['title two_line']}/{cnt['n two_line']}"
res["kickers / subtitles exact"] = f"{cnt['kicker']}/{cnt['n kicker']} / {cnt['subtitle']}/{cnt['n subtitle']}; " \
                                   f"kicker where none printed {cnt['kicker where none printed']}, subtitle where none {cnt['subtitle where none printed']}"
res["sections right"] = f"{cnt['section']}/{cnt['n section']}"
res["column name as section/kicker / glued into title"] = f"{cnt['column as section/kicker']} / {cnt['column glued into the title']} of {cnt['n colname']}"
res["byline pairs: name right / role right (of names right)"] = f"{cnt['pair name right']}/{cnt['n pairs']} / {cnt['pair role right']}; " \
                                                               f"photo credit only in captions {cnt['pair name only in captions']}"
forms = sorted({k[len('n pairs form '):] for k in cnt if k.startswith("n pairs form ")})
res["byline names right by form"] = ", ".join(f"{f} {cnt['pair name form ' + f]}/{cnt['n pairs form ' + f]}" for f in forms)
res["byline text left at the body's end"] = cnt["byline text left at the body's end"]
res["role confusions (form, truth role, library role)"] = dict(role_conf.most_common())
# role words as names, names as roles
bad_names = byl[byl.name.map(lambda n: any(w in n for w in ROLE_WORDS) or len(n) > 4 or len(n) < 2)]
res["library byline names holding a role word or not a name (rows)"] = f"{len(bad_names)}: {Counter(bad_names.name).most_common(10)}"
truth_names = {n for p in T["pages"] for a in p["articles"] for _, n in a["byline"]}
res["library byline names no truth byline holds"] = str(Counter(n for n in byl.name if n not in truth_names).most_common(12))
# entities
ents = pd.read_csv("out/entities.csv", dtype=str)
tab, ent_err = us.score_entities(pages, ents)
pm = pd.read_csv("out/place_mentions.csv", dtype=str)
pl_err, pl_fp = us.score_places(pages, pm, res)
# people by year: byline names per year vs truth
tb = Counter((p["year"], n) for p in T["pages"] for a in p["articles"] for _, n in a["byline"])
lb = Counter((int(r["year"]), r["name"]) for _, r in byl.iterrows() if r["year"])
res["reporters-by-year cells (year, name): exact count / present"] = f"{sum(tb[k] == lb[k] for k in tb)}/{len(tb)} / {sum(lb[k] > 0 for k in tb)}/{len(tb)}; cells the truth lacks {sum(1 for k in lb if k not in tb)}"
print("== summary")
for k, v in res.items():
    print(f"{k}: {v}")
print("\n== entities by label\n" + tab.to_string(index=False))
if V:
    for k, v in miss.items():
        print(f"\n== {k} ({len(v)})")
        for x in v:
            print("  ", x)
    print("\n== place errors")
    for e in pl_err:
        print("  ", e)
    print("\n== place mentions not in truth")
    for e in pl_fp:
        print("  ", e)
    for k in ("FN", "FP"):
        print(f"\n== entity {k} top")
        for x, n in ent_err[k].most_common(50):
            print("  ", x, n)
    print("\n== library byline names holding a role word / odd\n", bad_names[["issue_id", "role", "name", "byline_text"]].to_string())
