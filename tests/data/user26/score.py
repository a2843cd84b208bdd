"""Score corpus_tools on the user26 pages against truth.json.

python score.py            # lexicon-layer counts per formula, marked layer (text mode), articles per page
Run with the venv that has corpus_tools installed, from this folder.
"""
import json, pathlib, collections
import corpus_tools as ct
from corpus_tools.slogans import page_slogans

HERE = pathlib.Path(__file__).parent
truth = json.loads((HERE / "truth.json").read_text(encoding="utf-8"))
corpus = ct.read_corpus(HERE / "pages", manifest=HERE / "pages" / "manifest.csv")
stem = {pathlib.Path(k).stem: v for k, v in truth.items()}

# 1. lexicon layer: per page and formula, mentions (source lexicon/both) against the truth counts
m = ct.slogan_mentions(corpus)
m = m[m["source"].isin(["lexicon", "both"])]
got = m.groupby(["issue_id", "group"]).size().to_dict()
tot_t, tot_g, diffs = collections.Counter(), collections.Counter(), []
for page, t in stem.items():
    for f, d in t["formulae"].items():
        g = got.get((page, f), 0)
        tot_t[f] += d["count"]; tot_g[f] += g
        if g != d["count"]:
            diffs.append((page, f, d["count"], g, d["forms"]))
extra = {k: v for k, v in got.items() if k[1] not in stem.get(k[0], {}).get("formulae", {})}
print("LEXICON LAYER: formula  truth  library")
for f in sorted(tot_t, key=lambda f: -tot_t[f]):
    print(f"  {f:<12} {tot_t[f]:>3} {tot_g[f]:>4}")
print(f"  ALL {sum(tot_t.values())} {sum(tot_g.values())}")
print("  differences (page, formula, truth, library, printed forms):")
for d in diffs:
    print("   ", *d)
print("  library rows not in my truth:", extra)

# 2. marked layer (text mode): page_slogans against county slogans + formulae quoted on the page
tp = fp = fn = 0
for issue in corpus:
    t = stem[issue.id]
    gold = {k for k, d in t["county_slogans"].items() if d["quoted"]} | {k for k, d in t["formulae"].items() if d["quoted"]}
    pred = set(page_slogans(issue)["text"])
    tp += len(gold & pred); fp += len(pred - gold); fn += len(gold - pred)
    for x in pred - gold: print("   FP", issue.id, x)
    for x in gold - pred: print("   FN", issue.id, x)
    ns = set(t["non_slogans"]) & pred
    if ns: print("   non-slogan taken", issue.id, ns)
print(f"MARKED LAYER text: tp {tp} fp {fp} fn {fn} P {tp/(tp+fp):.3f} R {tp/(tp+fn):.3f}")

# 3. articles per page and dates
a = corpus.articles_frame().groupby("issue_id").size()
ok = sum(a.get(p, 0) == t["articles"] for p, t in stem.items())
print(f"ARTICLES: pages with the right count {ok}/{len(stem)}; articles {int(a.sum())} of {sum(t['articles'] for t in stem.values())}")
dates = {i.id: str(i.date) for i in corpus}
print("DATES right:", sum(dates.get(p) == t["date"] for p, t in stem.items()), "of", len(stem))

# 4. first / last date and number of issues per formula and county slogan (both layers) against the truth
tab = ct.extract_slogans(corpus).set_index("text")
span = {}
for page, t in stem.items():
    for layer in ("formulae", "county_slogans"):
        for k in t[layer]:
            s = span.setdefault(k, [t["date"], t["date"], 0]); s[0] = min(s[0], t["date"]); s[1] = max(s[1], t["date"]); s[2] += 1
bad = 0
for k, (a, b, n) in sorted(span.items(), key=lambda x: x[1][0]):
    if k not in tab.index:
        print("   missing row", k); bad += 1; continue
    r = tab.loc[k]
    got = (str(r["first_date"])[:10], str(r["last_date"])[:10], int(r["n_issues"]))
    if got != (a, b, n):
        bad += 1; print("   span", k, "truth", (a, b, n), "library", got)
print(f"FIRST/LAST/N_ISSUES: {len(span) - bad} of {len(span)} slogans and formulae right")

# 5. quoted or not: mentions' `quoted` flag against the truth's quoted counts (formulae and county slogans)
mm = ct.slogan_mentions(corpus)
q = mm.groupby("group")["quoted"].agg(["sum", "size"])
tq = collections.Counter(); tn = collections.Counter()
for t in stem.values():
    for layer in ("formulae", "county_slogans"):
        for k, d in t[layer].items():
            tq[k] += d["quoted"]; tn[k] += d["count"]
print("QUOTED: slogan  truth quoted/all  library quoted/all")
for k in sorted(tn, key=lambda k: -tn[k]):
    g = tuple(q.loc[k]) if k in q.index else (0, 0)
    flag = "" if (tq[k], tn[k]) == (int(g[0]), int(g[1])) else "   <--"
    print(f"  {k:<14} {tq[k]:>2}/{tn[k]:<3} {int(g[0]):>4}/{int(g[1])}{flag}")
