"""python show.py ISSUE ...: the library's articles of a page beside the page (for checking by hand)."""
import sys, pandas as pd
a = pd.read_csv("out/articles.csv"); b = pd.read_csv("out/bylines.csv")
for i in sys.argv[1:]:
    print("=" * 20, i)
    for _, r in a[a.issue_id == i].iterrows():
        print(r.article_id, "|S", r.section, "|K", r.kicker, "|T", r.title, "|ST", r.subtitle, "|B", str(r.body)[:22], "…",
              str(r.body)[-22:], "|C", r.captions, "|BY", list(b[b.article_id == r.article_id][["role", "name"]].itertuples(index=False, name=None)))
