"""Score corpus_tools on the user23 pages against truth.json.
Run from anywhere: python score.py   (needs corpus_tools importable). Prints one block per measure."""
import json, pathlib, re, warnings
import pandas as pd
import corpus_tools as ct

HERE = pathlib.Path(__file__).parent
T = json.loads((HERE / "truth.json").read_text(encoding="utf-8"))
FOLDERS = [str(HERE / k) for k in T["papers"]]
with warnings.catch_warnings(record=True) as W:
    warnings.simplefilter("always")
    corpus = ct.read_corpus(FOLDERS)
print("warnings on reading:", [str(w.message)[:120] for w in W])
iss = corpus.issues_frame()
arts = corpus.articles_frame()
norm = lambda s: re.sub(r"[\s\u3000]+", "", str(s or ""))
# page file stem -> issue id (ids are the stems here)
stem = lambda f: pathlib.Path(f).stem

# ---------------------------------------------------------------- articles, titles, bylines
n = exact = glued = 0; by_ok = by_n = 0; miss = []
for p in T["pages"]:
    a = arts[arts.issue_id == stem(p["file"])]
    titles = [norm(t) for t in a.title]
    for A in p["articles"]:
        n += 1; t = norm(A["title"])
        if t in titles:
            exact += 1; row = a[[norm(x) == t for x in a.title]].iloc[0]
            if A["byline"]:
                by_n += 1
                want = {x for x in re.split(r"[\u3000\s]+", A["byline"]) if x not in ("本报记者", "通讯员", "记者")}
                got = set(row.byline) if isinstance(row.byline, (list, tuple)) else {x.strip() for x in str(row.byline).split("|")}
                by_ok += want == got
        elif any(t in x for x in titles):
            glued += 1; miss.append((p["file"], A["title"], "glued to other text"))
        else:
            miss.append((p["file"], A["title"], "missing"))
print(f"\nARTICLES truth {n}, library {len(arts)}; title exact {exact}, inside a longer title {glued}, not found {n-exact-glued}")
print(f"BYLINES right (same names) {by_ok}/{by_n} of the exact-title articles that print one")
for m in miss: print("   ", *m)

# ---------------------------------------------------------------- projects and amounts
ents = ct.extract_entities(corpus)
pi = ct.project_investments(corpus, entities=ents, include_unlinked=True)
core = lambda s: re.sub(r"^年产[\d万吨件套]+", "", s)
rows = []
for p in T["pages"]:
    q = pi[pi.issue_id == stem(p["file"])]
    for A in p["articles"]:
        for pr in A["projects"]:
            hit = q[(q.amount_yuan == pr["amount_yuan"]) & q.project.notna()]
            hit = hit[[core(pr["project"]).replace("项目", "") in str(x) or str(x).replace("项目", "") in pr["project"] for x in hit.project]]
            placed = False
            if len(hit):
                h = hit.iloc[0]
                placed = (h.place == pr["township"]) or str(h.project).startswith(pr["township"])
            rows.append(dict(paper=p["paper"], year=p["date"][:4], project=pr["project"], township=pr["township"],
                             amount=pr["amount"], found=len(hit) > 0, place_col=(len(hit) > 0 and hit.iloc[0].place == pr["township"]),
                             place_in_name=placed))
R = pd.DataFrame(rows)
# the article each truth project is linked in: is it the article that printed it?
title_of = dict(zip(arts.article_id, arts.title.map(norm)))
right_art = 0
for p in T["pages"]:
    q = pi[(pi.issue_id == stem(p["file"])) & pi.amount_yuan.notna() & pi.project.notna()]
    for A in p["articles"]:
        for pr in A["projects"]:
            h = q[(q.amount_yuan == pr["amount_yuan"]) & q.project.map(lambda x: core(pr["project"]).replace("项目", "") in str(x))]
            right_art += any(title_of.get(x) == norm(A["title"]) for x in h.article_id)
print(f"\nPROJECT in the article that printed it (title matches): {right_art}/{sum(len(A['projects']) for p in T['pages'] for A in p['articles'])}")
moves = [(i.id, r.note) for i in corpus.issues for r in (i.layout.repairs if getattr(i, "layout", None) else []) if r.kind == "move"]
print(f"LAYOUT 'move' repairs (paragraphs re-attached to another article; none is needed on these pages): {len(moves)} on {len({m[0] for m in moves})} pages")
print(f"\nPROJECT AMOUNTS truth {len(R)}: linked with the right amount {R.found.sum()}; township in `place` {R.place_col.sum()}; township only inside the project name {(R.place_in_name & ~R.place_col).sum()}")
print(R.groupby("paper")[["found", "place_col"]].agg(["sum", "count"]).to_string())
linked = pi[pi.project.notna() & pi.amount_yuan.notna()]
true_amounts = {(stem(p["file"]), pr["amount_yuan"]) for p in T["pages"] for A in p["articles"] for pr in A["projects"]}
wrong = linked[[(i, a) not in true_amounts for i, a in zip(linked.issue_id, linked.amount_yuan)]]
print(f"linked amount rows {len(linked)}, of which the amount is no project's amount on that page: {len(wrong)}")
if len(wrong): print(wrong[["issue_id", "project", "amount_text", "link"]].to_string())
unl = pi[pi.project.isna()]
print(f"unlinked amount rows {len(unl)}:", unl.amount_text.tolist())
print("rows whose place column is filled:", pi.place.notna().sum(), "of", len(pi))
bad_names = pi[pi.project.fillna("").str.contains("计划|通报|临泉报|颍上报|今日太和")]
print("project names with a foreign word (计划, 通报, a paper's name):", bad_names.project.value_counts().to_dict())

# ---------------------------------------------------------------- firms and townships per paper
paper_of = dict(zip(iss.issue_id, iss.paper))
ents["paper"] = ents.issue_id.map(paper_of)
key2paper = {k: v["paper"] for k, v in T["papers"].items()}
print("\nFIRMS (full names printed) per paper: truth / found as ORG / extra ORG ending in 公司 / other ORG")
for k, name in key2paper.items():
    want = {f for p in T["pages"] if p["paper"] == k for A in p["articles"] for f in A["firms"]}
    org = set(ents[(ents.paper == name) & (ents.label == "ORG")].norm)
    print(f"  {name}: {len(want)} / {len(want & org)} / {sorted(o for o in org - want if o.endswith('公司'))} / {sorted(o for o in org - want if not o.endswith('公司'))}")
print("\nTOWNSHIPS per paper: truth / found as TOWNSHIP with the county's code prefix / missed / extra")
for k, name in key2paper.items():
    want = {t for p in T["pages"] if p["paper"] == k for A in p["articles"] for t in A["townships"] + [pr["township"] for pr in A["projects"]]}
    tw = ents[(ents.paper == name) & (ents.label == "TOWNSHIP")]
    code = T["papers"][k]["code"]
    ok = set(tw[tw.admin_code.astype(str).str.startswith(code)].norm)
    print(f"  {name}: {len(want)} / {len(want & ok)} / {sorted(want - ok)} / {sorted(set(tw.norm) - want)}")
    vil = {v for p in T["pages"] if p["paper"] == k for A in p["articles"] for v in A["villages"]}
    vf = ents[(ents.paper == name) & (ents.label == "VILLAGE")]
    vok = set(vf[vf.admin_code.astype(str).str.startswith(code)].norm)
    print(f"     villages {len(vil)} / coded right {len(vil & vok)} / missed {sorted(vil - vok)}")

# ---------------------------------------------------------------- keyword counts per paper and year
terms = ["招商引资", "项目建设", "营商环境"]
print("\nKEYWORD COUNTS per paper (truth from the page text with line breaks removed / keyword_trends count)")
for k, name in key2paper.items():
    sub = corpus.filter(paper=name)
    tr = ct.keyword_trends(sub, terms, by="year", normalize="count")
    got = tr
    for t in terms:
        truth_by_year = {}
        for p in T["pages"]:
            if p["paper"] != k: continue
            f = HERE / p["file"]
            if f.exists():
                txt = f.read_text(encoding="utf-8").replace("\n", "")
            else:  # printed to PDF by make_pdf.py: count in the PDF's text
                from pdfminer.high_level import extract_text
                txt = extract_text(str(f.with_suffix(".pdf"))).replace("\n", "")
            truth_by_year.setdefault(p["date"][:4], 0)
            if txt is not None: truth_by_year[p["date"][:4]] += txt.count(t)
        print(f"  {name} {t}: truth {dict(sorted(truth_by_year.items()))}")
    print("   library:\n" + got[terms].to_string())

# ---------------------------------------------------------------- firms x townships, same article
edges = ct.cooccurrence(ents, nodes="norm", labels=["ORG", "TOWNSHIP"])
print(f"\nCO-OCCURRENCE labels=[ORG, TOWNSHIP]: {len(edges)} edges, of which ORG-ORG or TOWNSHIP-TOWNSHIP: "
      f"{(edges.source_label == edges.target_label).sum()}")
ft = edges[(edges.source_label == "ORG") & (edges.target_label == "TOWNSHIP") & edges.source.str.endswith("公司")]
truth_pairs = {}
for p in T["pages"]:
    for A in p["articles"]:
        tw = set(A["townships"]) | {pr["township"] for pr in A["projects"]}
        for f in A["firms"]:
            for t in tw:
                truth_pairs[(f, t)] = truth_pairs.get((f, t), 0) + 1
got = {(r.source, r.target): r.weight for r in ft.itertuples()}
print(f"firm x township pairs (same article): truth {len(truth_pairs)}, library {len(got)}, in both {len(set(got) & set(truth_pairs))}, "
      f"same weight {sum(truth_pairs.get(k) == w for k, w in got.items())}")

# ---------------------------------------------------------------- investment per paper and year (亿元)
pj = ct.project_investments(corpus, entities=ents).merge(iss[["issue_id", "paper", "date"]], on="issue_id")
pj["year"] = pd.to_datetime(pj["date"]).dt.year
lib = pj.dropna(subset=["amount_yuan"]).groupby(["paper", "year"]).amount_yuan.sum() / 1e8
tr = pd.DataFrame([dict(paper=key2paper[p["paper"]], year=int(p["date"][:4]), y=q["amount_yuan"])
                   for p in T["pages"] for A in p["articles"] for q in A["projects"]]).groupby(["paper", "year"]).y.sum() / 1e8
tab = pd.DataFrame({"truth_yi": tr, "library_yi": lib}).fillna(0).round(2)
print("\nINVESTMENT linked to projects, 亿元, per paper (sum over years) — truth / library")
print(tab.groupby(level=0).sum().to_string())
print("per paper and year:\n" + tab.unstack(0).to_string())
