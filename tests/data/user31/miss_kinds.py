"""Classify the title misses of score.py (out/articles.csv vs truth.json) by what the library printed instead."""
import json, re, ast
from collections import Counter, defaultdict
import pandas as pd
N = lambda s: re.sub(r"[\s“”‘’「」]", "", str(s)) if s == s and s is not None else ""
T = json.load(open("truth.json")); pages = {p["issue"]: p for p in T["pages"] if p["folder"] == "pages"}
arts = pd.read_csv("out/articles.csv", dtype=str)
lib = defaultdict(list)
for _, a in arts.iterrows():
    lib[a.issue_id].append(dict(t=N(a.title), k=N(a.kicker), s=N(a.subtitle), sec=N(a.section), b=N(a.body)))
c = Counter(); ex = defaultdict(list)
src = {}
for iid, p in pages.items():
    raw = open("pages/" + p["file"], encoding="utf-8").read()
    titles = [N(a["title"]) for a in p["articles"] if a["title"]]
    for a in p["articles"]:
        t = N(a["title"])
        if not t or any(x["t"] == t for x in lib[iid]):
            continue
        L = lib[iid]
        split_in_print = any(len(line.strip()) and N(line) != t and t.startswith(N(line)) for line in raw.splitlines())
        if any(x["t"].endswith(t) and len(x["t"]) > len(t) and x["t"][:-len(t)] in raw.replace("\n", "").replace("　", "") for x in L) and any(x["t"].endswith(t) and x["t"][:-len(t)] not in titles for x in L):
            k = "kicker (or section line) glued in front of the title"
        elif any(x["t"].startswith(t) and any(x["t"][len(t):].startswith(o) for o in titles if o != t) for x in L) or any(x["t"].endswith(t) and len(x["t"]) > len(t) for x in L):
            k = "two headlines merged into one title"
        elif any(x["t"] and x["t"] != t and t.endswith(x["t"]) for x in L) or any(x["s"] and t.endswith(x["s"]) for x in L):
            k = "two-line title cut: first line taken as kicker/lost"
        elif any(x["t"].startswith(t) for x in L):
            k = "title glued to the next line (byline/body)"
        elif any(t in x["b"] for x in L):
            k = "title left in a body (article merged into another)"
        elif any(t == x["sec"] for x in L):
            k = "title taken as the section"
        elif len(t) > 0 and t[:4] in raw.replace("\n", "") and N(t) not in N(raw):
            k = "doubled headline lost"
        else:
            k = "other (lost)"
        c[(k, a["kind"] if a["kind"] in ("brief",) else "article")] += 1
        if len(ex[k]) < 4:
            ex[k].append((iid, a["title"], [x["t"] for x in L][:8]))
for k, n in c.most_common():
    print(n, k)
for k, v in ex.items():
    print("\n==", k); [print("  ", e) for e in v]
