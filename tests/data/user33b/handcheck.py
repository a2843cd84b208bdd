"""The 25 hand-made pages: truth titles beside the library's articles (title | body head … tail | byline | captions).
python handcheck.py > out_handcheck.txt"""
import json
import pandas as pd
T = json.load(open("truth.json")); a = pd.read_csv("out/articles.csv", dtype=str).fillna("")
for p in T["pages"]:
    if not p["base"]:
        continue
    print("##", p["issue"], "truth:", [x["title"] for x in p["articles"]])
    for _, r in a[a.issue_id == p["issue"]].iterrows():
        print("   ", r.title, "|", r.body[:25], "…", r.body[-20:], "|", r.byline, "|", r.captions[:40])
