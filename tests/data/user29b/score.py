#!/usr/bin/env python3
"""Compare out/ (written by run_library.py) with truth.json.  `-v` lists the misses."""
import json, re, sys, collections
import pandas as pd

V = "-v" in sys.argv
truth = json.load(open("truth.json", encoding="utf-8"))
P = {p["issue"] + "|" + p["paper"]: p for p in truth["pages"]}
iss = pd.read_csv("out/issues.csv", dtype=str)
arts = pd.read_csv("out/articles.csv", dtype=str).fillna("")
cta = pd.read_csv("out/county_table_article.csv", dtype=str).fillna("")
pid = dict(zip(iss.issue_id, iss.paper))                         # issue_id -> paper
page_of = {i: P.get(i + "|" + pid[i]) for i in iss.issue_id}
miss = collections.defaultdict(list)


def norm(s):
    return re.sub(r"[\s“”‘’「」■●□【】]", "", str(s))


def line(name, val):
    print(f"{name:<58} {val}")


# --- issues: paper, county, date -------------------------------------------------------------------
ok_paper = sum(page_of[i] is not None for i in iss.issue_id)
ok_cty = sum(page_of[i] is not None and r.county_code == page_of[i]["county_code"] for i, r in zip(iss.issue_id, iss.itertuples()))
ok_date = sum(page_of[i] is not None and r.date == page_of[i]["date"] for i, r in zip(iss.issue_id, iss.itertuples()))
line("issues: paper right / county right / date right", f"{ok_paper}/30 / {ok_cty}/30 / {ok_date}/30")
tree = pd.read_csv("out/issues_tree.csv", dtype=str)
line("one-tree read (pages/, **/*.txt): papers / counties", f"{dict(tree.paper.value_counts())} / {dict(tree.county.value_counts())}")

# --- county per article --------------------------------------------------------------------------------
cta["want"] = [page_of[i]["county_code"] for i in cta.issue_id]
ok = (cta.county_code == cta.want).sum()
line("county per article (county_table level=article)", f"{ok}/{len(cta)}")
for r in cta[cta.county_code != cta.want].itertuples():
    miss["county"].append(f"{r.article_id}: {r.county} ({r.county_code}) want {r.want} | {r.evidence[:80]}")

# --- titles, bylines -----------------------------------------------------------------------------------
n_t = n_ok = n_b = n_bok = 0
for i, p in page_of.items():
    lib = arts[arts.issue_id == i]
    lt = {norm(t): r for t, r in zip(lib.title, lib.itertuples())}
    for a in p["articles"]:
        if a["kind"] == "photo":
            continue
        n_t += 1
        t = norm(a["title"])
        if t in lt:
            n_ok += 1
            if a["byline"]:
                n_b += 1
                by = lt[t].byline
                if all(nm in by for nm in a["byline"]):
                    n_bok += 1
                else:
                    miss["byline"].append(f"{i} {a['title']}: want {a['byline']} got {by!r}")
        else:
            near = [x for x in lt if t and (t in x or x in t)]
            miss["title"].append(f"{pid[i]} {i}: want {t!r} got {near[:1] or '-'}")
line("articles truth (no photo) / library", f"{n_t} / {len(arts)}")
line("titles exact", f"{n_ok}/{n_t} ({n_ok / n_t:.2f})")
line("bylines right on title-matched articles", f"{n_bok}/{n_b}")

# --- places --------------------------------------------------------------------------------------------
pm = pd.read_csv("out/place_mentions.csv", dtype=str).fillna("")
c = collections.Counter()
for i, p in page_of.items():
    got = pm[pm.issue_id == i]
    for pl in p["places"]:
        rows = got[got.name == pl["text"]]
        if rows.empty:
            rows = got[got.printed == pl["text"]]
        if rows.empty:
            c["not found"] += 1; miss["place"].append(f"{i} {pl['text']} not found")
        elif (rows.admin_code == pl["code"]).any():
            c["right"] += 1
        elif (rows.admin_code == "").all():
            c["no code"] += 1; miss["place"].append(f"{i} {pl['text']} no code")
        else:
            c["wrong"] += 1; miss["place"].append(f"{i} {pl['text']} got {set(rows.admin_code)} want {pl['code']}")
    # places coded into the other paper's county
    other = got[(got.admin_code != "") & ~got.admin_code.str.startswith(p["county_code"]) & got.label.isin(["TOWNSHIP", "VILLAGE"])]
    for r in other.itertuples():
        c["other county"] += 1; miss["place"].append(f"{i} {r.name} -> {r.admin_code} (other county)")
line("places (page,name) right / wrong / no code / not found", f"{c['right']} / {c['wrong']} / {c['no code']} / {c['not found']}")
line("township/village coded outside the page's county", c["other county"])

# --- marked slogans per page ---------------------------------------------------------------------------
ps = pd.read_csv("out/page_slogans.csv", dtype=str).fillna("")
tp = fp = fn = kind_ok = 0
for i, p in page_of.items():
    want = {norm(s["text"]): s for s in p["slogans"]}
    got = {norm(t): k for t, k in zip(ps[ps.issue_id == i].text, ps[ps.issue_id == i].kind)}
    for t in got:
        if t in want:
            tp += 1; kind_ok += got[t] == want[t]["kind"]
            if got[t] != want[t]["kind"]:
                miss["slogan kind"].append(f"{i} {t}: {got[t]} want {want[t]['kind']}")
        else:
            fp += 1; miss["slogan fp"].append(f"{pid[i]} {i} {t} ({got[t]})")
    for t in want:
        if t not in got:
            fn += 1; miss["slogan fn"].append(f"{pid[i]} {i} {t} ({want[t]['kind']})")
pr, rc = tp / max(1, tp + fp), tp / max(1, tp + fn)
line("marked slogans per page (page_slogans) P / R", f"{pr:.3f} / {rc:.3f} (tp {tp}, fp {fp}, fn {fn}); kind {kind_ok}/{tp}")

# --- slogans per paper: first/last years ----------------------------------------------------------------
pj = json.load(open("out/papers.json", encoding="utf-8"))
for idx, paper in enumerate(pj):
    sl = pd.read_csv(f"out/slogans_{idx}.csv", dtype=str).fillna("")
    rows = {norm(t): (f[:4], l[:4]) for t, f, l in zip(sl.text, sl.first_date, sl.last_date)}
    rows.update({norm(g): (f[:4], l[:4]) for g, f, l in zip(sl.group, sl.first_date, sl.last_date) if norm(g) not in rows})
    for what in ("slogan_years", "formula_years"):
        want = truth[what][paper]
        okn = 0
        for t, fl in want.items():
            g = rows.get(norm(t))
            if g == (str(fl["first"]), str(fl["last"])):
                okn += 1
            else:
                miss[f"{what}"].append(f"{paper} {t}: got {g} want {fl['first']}-{fl['last']}")
        line(f"{paper}: {what} first/last right", f"{okn}/{len(want)}")
    # the other paper's own slogans must not appear in this paper's table
    others = {norm(s["text"]) for p in truth["pages"] if p["paper"] != paper for s in p["slogans"] if s["own"]}
    leak = [t for t in rows if t in others]
    line(f"{paper}: other paper's own slogans in its table", len(leak))

# --- keyness -------------------------------------------------------------------------------------------
kp = pd.read_csv("out/keyness_paper.csv", dtype=str)
kp["lr"] = kp.log_ratio.astype(float); kp["pp"] = kp.p.astype(float)
target = pj[0]
pk = truth["planted"]["paper_key"]
okk = tot = 0
for paper, words in pk.items():
    for w in words:
        tot += 1
        r = kp[kp.term == w]
        sign = 1 if paper == target else -1
        if not r.empty and (r.lr.iloc[0] * sign > 0) and r.pp.iloc[0] < 0.05:
            okk += 1
        else:
            miss["keyness paper"].append(f"{w} (key for {paper}): {'absent' if r.empty else r[['term', 'log_ratio', 'p']].values.tolist()}")
line("planted paper-key words on the right side (p<0.05)", f"{okk}/{tot}")
ke = pd.read_csv("out/keyness_era.csv", dtype=str)
ke["lr"] = ke.log_ratio.astype(float); ke["pp"] = ke.p.astype(float)
okk = tot = 0
for era, words in truth["planted"]["era_key"].items():
    for w in words:
        tot += 1
        r = ke[ke.term == w]
        sign = 1 if era == "early" else -1
        if not r.empty and r.lr.iloc[0] * sign > 0 and r.pp.iloc[0] < 0.05:
            okk += 1
        else:
            miss["keyness era"].append(f"{w} ({era}): {'absent' if r.empty else r[['term', 'log_ratio', 'p']].values.tolist()}")
line("planted era-key words on the right side (p<0.05)", f"{okk}/{tot}")

# --- collocations --------------------------------------------------------------------------------------
okc = totc = 0
for idx, paper in enumerate(pj):
    for w, cands in truth["planted"]["collocates"][paper].items():
        co = pd.read_csv(f"out/colloc_{idx}_{w}.csv", dtype=str).head(10)
        words = set(co.w1) | set(co.w2)
        totc += 1
        hit = [x for x in cands if x in words]
        if hit[:1] == [cands[0]] or (hit and len(cands[0]) <= 2):
            okc += 1
        else:
            miss["collocations"].append(f"{paper} {w}: planted {cands[0]} not in top 10 ({'partial: ' + ','.join(hit) if hit else 'none'})")
line("planted collocate (whole word) in top 10 per paper", f"{okc}/{totc}")

# --- entities micro P/R per label ----------------------------------------------------------------------
ents = pd.read_csv("out/entities.csv", dtype=str).fillna("")
per = collections.defaultdict(lambda: [0, 0, 0])
for i, p in page_of.items():
    want = collections.Counter({(e["text"], e["label"]): e["count"] for e in p["entities"]})
    got = collections.Counter(zip(ents[ents.issue_id == i].text, ents[ents.issue_id == i].label))
    for k in set(want) | set(got):
        t = min(want[k], got[k]); lab = k[1]
        per[lab][0] += t; per[lab][1] += got[k] - t; per[lab][2] += want[k] - t
        if want[k] > got[k]:
            miss["entity fn"].append(f"{i} {k} {want[k] - got[k]}")
        if got[k] > want[k]:
            miss["entity fp"].append(f"{i} {k} {got[k] - want[k]}")
TP = sum(v[0] for v in per.values()); FP = sum(v[1] for v in per.values()); FN = sum(v[2] for v in per.values())
line("entities micro P / R / F", f"{TP / (TP + FP):.3f} / {TP / (TP + FN):.3f} / {2 * TP / (2 * TP + FP + FN):.3f}")
for lab, (a, b, cc) in sorted(per.items(), key=lambda x: -(x[1][0] + x[1][2])):
    if a + cc:
        line(f"  {lab}", f"{a / max(1, a + b):.3f} / {a / max(1, a + cc):.3f} ({a + cc})")

if V:
    for k, v in miss.items():
        print(f"\n## {k} ({len(v)})")
        for x in v:
            print("  ", x)
