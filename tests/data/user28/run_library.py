"""What the scholar runs (from the README/docs), timed; saves outputs under out/."""
import time, os, pickle
import pandas as pd
import corpus_tools as ct
os.makedirs("out", exist_ok=True)
T = {}
def tm(name, f):
    t = time.time(); r = f(); T[name] = round(time.time() - t, 2); print(name, T[name], flush=True); return r
corpus = tm("read_corpus", lambda: ct.read_corpus("pages/", manifest="pages/manifest.csv"))
issues = corpus.issues_frame(); issues.to_csv("out/issues.csv", index=False)
arts = tm("articles_frame", corpus.articles_frame); arts.to_csv("out/articles.csv", index=False)
ents = tm("extract_entities", lambda: ct.extract_entities(corpus)); ents.to_csv("out/entities.csv", index=False)
pm = tm("place_mentions", lambda: ct.place_mentions(ents, corpus)); pm.to_csv("out/place_mentions.csv", index=False)
pt = tm("place_table", lambda: ct.place_table(pm, corpus)); pt.to_csv("out/place_table.csv", index=False)
sl = tm("extract_slogans", lambda: ct.extract_slogans(corpus)); sl.to_csv("out/slogans.csv", index=False)
sm = tm("slogan_mentions", lambda: ct.slogan_mentions(corpus)); sm.to_csv("out/slogan_mentions.csv", index=False)
st = tm("slogan_trends", lambda: ct.slogan_trends(corpus, by="year")); st.to_csv("out/slogan_trends.csv", index=False)
from corpus_tools.slogans import page_slogans
ps = []
t = time.time()
for iss in corpus.issues:
    d = page_slogans(iss); d.insert(0, "issue_id", iss.id); ps.append(d)
T["page_slogans"] = round(time.time() - t, 2)
pd.concat(ps).to_csv("out/page_slogans.csv", index=False)
k = tm("kwic", lambda: ct.kwic(corpus, "三抓三促", width=15)); k.to_csv("out/kwic_sanzhua.csv", index=False)
pp = tm("person_posts", lambda: ct.person_posts(ents, corpus)); pp.to_csv("out/person_posts.csv", index=False)
co = tm("slogan_entity_cooc", lambda: ct.slogan_entity_cooccurrence(corpus, labels=["PERSON", "ORG"])); co.to_csv("out/slogan_entity_cooc.csv", index=False)
kt = tm("keyword_trends", lambda: ct.keyword_trends(corpus, ["乡村振兴", "科学发展观", "三个代表", "陶瓷"], by="year")); kt.to_csv("out/keyword_trends.csv")
import matplotlib; matplotlib.use("Agg")
ax = ct.plot_slogan_timeline(sl, top=30); ax.figure.savefig("out/timeline.png", dpi=110, bbox_inches="tight")
ax = ct.plot_slogan_trends(st); ax.figure.savefig("out/slogan_trends.png", dpi=110, bbox_inches="tight")
print(T)
pd.Series(T).to_csv("out/timings.csv")
