"""Compare corpus_tools' slogan mentions per page with truth.json.

Run from the repository root: python tests/data/user24/score.py [--formulae my.tsv]
Prints per-name totals (truth, library, matched = sum over pages of min) and P/R over page-level counts.
"""
import json, sys, pathlib
from collections import Counter
import corpus_tools as ct
from corpus_tools.slogans import load_formula_lexicon, slogan_mentions

HERE = pathlib.Path(__file__).parent
truth = json.loads((HERE / "truth.json").read_text(encoding="utf-8"))
# Errors in MY truth found after running the library (truth.json stays as committed before the run);
# applied only with --corrected. Each: page stem, name, added count, why.
CORRECTIONS = [
    ("2021-03-18_p1", "党史学习教育", 1, "title 我县召开党史学习教育动员大会: I forgot to mark the title"),
    ("2017-11-02_p1", "精准扶贫", 1, "title 石城乡东台峪村：精准扶贫结硕果: I forgot to mark the title"),
    ("2006-04-18_p1", "生产发展、生活宽裕、乡风文明、村容整洁、管理民主", 1, "the 新农村 twenty-character policy: a formula I printed and did not record"),
    ("2021-03-18_p1", "资源变资产、资金变股金、农民变股东", 1, "the 三变 reform spelled out: a parallel formula I printed and did not record"),
]
kw = {}
if "--formulae" in sys.argv:
    kw["formulae"] = load_formula_lexicon(extra=sys.argv[sys.argv.index("--formulae") + 1])
corpus = ct.read_corpus(HERE / "lincheng")
m = slogan_mentions(corpus, **kw)
lib = Counter(zip(m["issue_id"], m["text"]))
tru = Counter()
for name, t in truth.items():
    for k, v in {**t["formulae"], **t["slogans"]}.items():
        tru[(name[:-4], k)] += v
if "--corrected" in sys.argv:
    for stem, name, n, _ in CORRECTIONS:
        tru[(stem, name)] += n
names = sorted({k for _, k in tru} | {k for _, k in lib})
tp = fp = fn = 0
rows = []
for n in names:
    t = sum(v for (i, k), v in tru.items() if k == n)
    l = sum(v for (i, k), v in lib.items() if k == n)
    match = sum(min(tru[(i, n)], lib[(i, n)]) for i in {i for i, _ in tru} | {i for i, _ in lib})
    tp += match; fp += l - match; fn += t - match
    if t != match or l != match:
        bad = [(i, tru[(i, n)], lib[(i, n)]) for i in sorted({i for i, _ in tru} | {i for i, _ in lib}) if tru[(i, n)] != lib[(i, n)]]
        rows.append(f"{n}\ttruth {t}\tlibrary {l}\tmatched {match}\t{bad}")
print("\n".join(rows))
print(f"page-level counts: matched {tp}, library extra {fp}, missed {fn}; P {tp/(tp+fp):.3f} R {tp/(tp+fn):.3f}")

# first and last appearance per name: truth against extract_slogans
table = ct.extract_slogans(corpus, **kw)
first, last = {}, {}
for name, t in sorted(truth.items()):
    for k in {**t["formulae"], **t["slogans"]}:
        first.setdefault(k, t["date"]); last[k] = t["date"]
agree = 0
for _, r in table.iterrows():
    if r["text"] in first:
        ok = str(r["first_date"]) == first[r["text"]] and str(r["last_date"]) == last[r["text"]]
        agree += ok
        if not ok:
            print(f"dates differ: {r['text']} library {r['first_date']}..{r['last_date']} truth {first[r['text']]}..{last[r['text']]}")
print(f"first/last dates agree for {agree} of {len(first)} truth names ({len(set(first) - set(table['text']))} truth names not in the table)")
