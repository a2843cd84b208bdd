"""Score corpus_tools on the user27 pages against truth/ (run from any folder).

python score.py [pages_dir]   -> articles/titles/bylines, entities P/R/F per label, place linking
"""
import glob, json, pathlib, sys, re, warnings
from collections import Counter, defaultdict
warnings.filterwarnings("ignore")
import corpus_tools as ct

HERE = pathlib.Path(__file__).parent
pages = sys.argv[1] if len(sys.argv) > 1 else str(HERE / "pages")
truth = {json.load(open(p))["stem"]: json.load(open(p)) for p in sorted(glob.glob(str(HERE / "truth/*.json")))}
corpus = ct.read_corpus(pages)
arts = corpus.articles_frame()
ents = ct.extract_entities(corpus)

# --- articles
n_true = sum(t["n_articles"] for t in truth.values())
tit_ok = byl_ok = 0
bylines_true = 0
for stem, t in truth.items():
    a = arts[arts.issue_id == stem]
    titles = Counter(str(x) for x in a.title)
    for ta in t["articles"]:
        if ta["title"] and titles[ta["title"]] > 0:
            tit_ok += 1; titles[ta["title"]] -= 1
    # bylines: the set of reporter names of each true article must appear as one predicted byline
    pred_b = [tuple(sorted(b)) for b in a.byline if b is not None]
    for ta in t["articles"]:
        names = tuple(sorted(re.findall(r"[\u4e00-\u9fff]{2,3}", re.sub(r"本报讯|本报|记者|通讯员|报道|文/图|摄", " ", ta["byline"])))) if ta["byline"] else ()
        if names:
            bylines_true += 1
            if names in pred_b: byl_ok += 1; pred_b.remove(names)
print(f"articles: predicted {len(arts)}, true {n_true}; titles exact {tit_ok}/{sum(1 for t in truth.values() for a in t['articles'] if a['title'])}; bylines exact {byl_ok}/{bylines_true}")

# --- entities
tp = Counter(); fp = Counter(); fn = Counter()
errs = defaultdict(Counter)
for stem, t in truth.items():
    gold = Counter({(e["text"], e["label"]): e["count"] for e in t["entities"]})
    pred = Counter(zip(ents[ents.issue_id == stem].text, ents[ents.issue_id == stem].label))
    for k in set(gold) | set(pred):
        m = min(gold[k], pred[k]); tp[k[1]] += m
        if pred[k] > m: fp[k[1]] += pred[k] - m; errs["FP"][k] += pred[k] - m
        if gold[k] > m: fn[k[1]] += gold[k] - m; errs["FN"][k] += gold[k] - m
print(f"{'label':10} {'P':>6} {'R':>6} {'F':>6}  tp fp fn")
for lab in sorted(set(tp) | set(fp) | set(fn)) + ["ALL"]:
    T = sum(tp.values()) if lab == "ALL" else tp[lab]; F = sum(fp.values()) if lab == "ALL" else fp[lab]; N = sum(fn.values()) if lab == "ALL" else fn[lab]
    p = T / (T + F) if T + F else 0; r = T / (T + N) if T + N else 0; f = 2 * p * r / (p + r) if p + r else 0
    print(f"{lab:10} {p:6.3f} {r:6.3f} {f:6.3f}  {T} {F} {N}")
if "-v" in sys.argv:
    for kind in ("FN", "FP"):
        print(kind, errs[kind].most_common(40))

# --- linking: every truth place mention found with the right label: is its admin_code right?
ok = bad = miss = 0; wrong = Counter()
for stem, t in truth.items():
    e = ents[(ents.issue_id == stem) & ents.label.isin(["TOWNSHIP", "VILLAGE", "COMMUNITY"])]
    codes = defaultdict(list)
    for _, r in e.iterrows(): codes[r.text].append(r.admin_code)
    for pl in t["places"]:
        got = codes.get(pl["text"], [])
        for i in range(pl["count"]):
            if i >= len(got): miss += 1
            elif (got[i] or None) == pl["code"]: ok += 1
            else: bad += 1; wrong[(pl["text"], pl["code"], got[i])] += 1
print(f"linking: right code {ok}, wrong code {bad}, place mention not found {miss}")
if "-v" in sys.argv: print(wrong.most_common(20))
