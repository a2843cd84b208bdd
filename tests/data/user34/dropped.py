"""Lines of each page that appear in no field of the library's articles (title, kicker, subtitle, body, captions,
byline): text the persona never sees in articles_frame.  python dropped.py [-v]"""
import re, sys, json
import pandas as pd
from collections import Counter
a = pd.read_csv("out/articles.csv", dtype=str).fillna("")
T = json.load(open("truth.json"))
N = lambda s: re.sub(r"[\s　]", "", s)
tot = Counter()
for p in T["pages"]:
    sub = a[a.issue_id == p["issue"]]
    blob = N("".join(sub.title + sub.kicker + sub.subtitle + sub.body + sub.captions + sub.byline))
    lines = open("pages/" + p["file"], encoding="utf-8").read().split("\n")
    for ln in lines[2:]:
        s = N(ln)
        if len(s) < 4 or s.startswith("责任编辑") or "拜泉报" in s or s.startswith("■") and len(s) < 5:
            continue
        if any(s == N(x["byline_text"]) for x in p["articles"]) or s.endswith("摄") or re.fullmatch(r"（[^）]*）", s):
            continue  # byline lines: the byline column holds their names
        tot["lines"] += 1
        if s not in blob and N(s.replace("■", "")) not in blob:
            tot["dropped"] += 1
            tot[p["issue"]] += 1
            if "-v" in sys.argv:
                print(p["issue"], ln)
print("body lines", tot["lines"], "dropped from every article field", tot["dropped"],
      "on", len([k for k in tot if k not in ("lines", "dropped")]), "pages")
