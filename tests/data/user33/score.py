"""user33: score out/ against truth.json (``python score.py [-v]``; uses ../userscore.py)."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from userscore import N, score_articles, score_entities, score_issues  # noqa: E402

V = "-v" in sys.argv
T = json.loads(Path("truth.json").read_text(encoding="utf-8"))
pages = {p["issue"]: p for p in T["pages"]}
res: dict = {}
misses: dict = {}


def out(name):
    p = Path("out") / f"{name}.csv"
    return pd.read_csv(p) if p.exists() else None


iss = out("issues")
arts = out("articles")
score_issues(T, pages, iss.astype(str), res)
art_miss, by_miss = score_articles(T, pages, arts, res)
misses["titles"] = art_miss
misses["bylines"] = by_miss

# trends: planted counts per year (truth counts titles, bodies and captions; the library's text is title + body)
for name in ("trends_all_count", "trends_all_count_text"):
    tr = out(name)
    if tr is None:
        continue
    tr = tr.set_index(tr.columns[0])
    ok = n = 0
    rows = []
    for w, per in T["trend_per_year"].items():
        for y, c in per.items():
            got = int(tr.loc[int(y), w]) if int(y) in tr.index and w in tr.columns else None
            n += 1
            ok += got == c
            if got != c:
                rows.append((w, y, c, got))
    res[f"trend cells (word×year) exact, {name}"] = f"{ok}/{n}"
    res[f"trend totals truth/lib, {name}"] = ", ".join(
        f"{w} {sum(per.values())}/{int(tr[w].sum())}" for w, per in T["trend_per_year"].items() if w in tr.columns)
    misses[f"trend cells {name}"] = rows

# planted keywords in the top-k of their year
for name in ("keywords_year", "keywords_year_default"):
    kw = out(name)
    if kw is None:
        continue
    ok = n = 0
    rows = []
    for y, words in T["planted_keywords_per_year"].items():
        top = kw[kw["group"].astype(str) == y].sort_values("rank")["term"].head(20).tolist()
        for w in words:
            n += 1
            if w in top:
                ok += 1
            else:
                rows.append((y, w, " ".join(top[:12])))
    res[f"planted keywords in their year's top 20, {name}"] = f"{ok}/{n}"
    misses[f"planted keywords {name}"] = rows

# furniture, byline names and role words in any top-20 list
names = set(T["names"]) | {a for p in T["pages"] for art in p["articles"] for a in art["byline"]}
furn = set(T["furniture"])
bad_terms: Counter = Counter()
lists = []
for name in ("keywords_year", "keywords_year_default", "keywords_issue", "keywords_issue_default"):
    kw = out(name)
    if kw is not None:
        for g, d in kw.groupby("group"):
            lists.append((name, g, d.sort_values("rank")["term"].head(20).tolist()))
tp = out("topics")
if tp is not None:
    for g, d in tp.groupby("topic"):
        lists.append(("topics", g, d.sort_values("rank")["term"].head(20).tolist()))
hits = []
for src, g, terms in lists:
    for t in terms:
        t = str(t)
        if t in furn or t in names or any(nm in t for nm in names) or t in ("新闻", "综合", "责任", "编辑", "记者"):
            hits.append((src, g, t))
            bad_terms[t] += 1
res["furniture / byline / role words in top-20 lists (lists with one)"] = \
    f"{len({(s, g) for s, g, _ in hits})}/{len(lists)}: " + ", ".join(f"{t}×{n}" for t, n in bad_terms.most_common(12))
misses["furniture"] = hits

# segmentation of her planted words
seg = out("segmentation")
whole = seg[seg["tokens"] == seg["word"]]
ctx = seg[seg["in_context"].str.split("|").apply(lambda x: any(t == w for t in x for w in [None]) or False)]
in_ctx = [r for r in seg.itertuples() if r.word in r.in_context.split("|")]
res["planted words one token alone / in a sentence"] = f"{len(whole)}/{len(seg)} / {len(in_ctx)}/{len(seg)}"
misses["segmentation"] = [(r.word, r.tokens, r.in_context) for r in seg.itertuples() if r.word not in r.in_context.split("|")]
# the same words as terms: are they ever a keyword term whole, or only their halves?
all_terms = set()
for _, _, terms in lists:
    all_terms |= set(map(str, terms))
misses["words only as halves"] = [w for w in T["seg_words"] if w not in all_terms and any(
    t in all_terms for t in seg.set_index("word").loc[w, "in_context"].split("|")[1:-4])]

# topics
cmp = out("compare_n_topics")
if tp is not None:
    res["topics (k chosen)"] = f"{tp['topic'].nunique()}; labels: " + " / ".join(tp.drop_duplicates("topic")["label"])

# entities
ents = out("entities")
if ents is not None:
    et, ent_err = score_entities(pages, ents)
    et.to_csv("out/score_entities.csv", index=False)
    misses["entity FN"] = ent_err["FN"].most_common(40)
    misses["entity FP"] = ent_err["FP"].most_common(40)
else:
    et = None

# notebooks
nbc = out("notebook_cells")
if nbc is not None:
    for nb, d in nbc.groupby("notebook"):
        err = d[d["status"] == "error"]
        res[f"notebook {nb}"] = ("not run: " + str(d["error"].iloc[0])) if (d["status"] == "not run").all() else f"{len(d) - len(err)}/{len(d)} cells ok" + (
            "; failing: " + "; ".join(f"cell {r.cell}: {str(r.error)[:90]}" for r in err.itertuples()) if len(err) else "")
bad = out("bad_input")
if bad is not None:
    for r in bad.itertuples():
        res[f"bad input: {r.case}"] = str(r.result)[:110] + (" | warns: " + str(r.warnings)[:120] if isinstance(r.warnings, str) else "")

for k, v in res.items():
    print(f"{k}: {v}")
if et is not None:
    print(et.to_string(index=False))
if V:
    for k, rows in misses.items():
        print(f"\n== {k} ({len(rows)})")
        for r in rows[:60]:
            print("  ", r)
