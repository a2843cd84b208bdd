"""python handcheck.py ISSUE ...: truth articles and the library's articles of a page, one line each (the hand check)."""
import json, sys, pandas as pd
T = {p["issue"]: p for p in json.load(open("truth.json"))["pages"]}
a = pd.read_csv("out/articles.csv", dtype=str).fillna(""); b = pd.read_csv("out/bylines.csv", dtype=str).fillna("")
for i in sys.argv[1:]:
    print("=" * 10, i)
    for x in T[i]["articles"]:
        print("  T", x["kind"], "|S", x["section"], "|col", x.get("column"), "|K", x.get("kicker"), "|T", x["title"], "|ST", x.get("subtitle"),
              "|BY", x["byline"], "|", x.get("body_first"), "…", x.get("body_last"))
    for _, r in a[a.issue_id == i].iterrows():
        print("  L", r.article_id[-2:], "|S", r.section, "|K", r.kicker, "|T", r.title, "|ST", r.subtitle, "|BY",
              list(b[b.article_id == r.article_id][["role", "name"]].itertuples(index=False, name=None)), "|", r.body[:6], "…", r.body[-6:])
