"""For every missed mention on studied material, the stage that lost it (ent23, round 22; labels ent24).

Usage: ``PYTHONPATH=. python benchmarks/entity_loss_stages.py TAG [LABEL,LABEL]`` (default PERSON,ORG; needs the open dev texts in /work/devN, see
benchmarks/gold_texts.py); writes /tmp/ent23/stages_TAG.tsv and prints the counts by label and stage. Stages are
read off one run of find_entities with the arbiter input and its candidates recorded: the exact span labelled
elsewhere, found by the rules then dropped before the arbiter, dropped by the arbiter, proposed to the arbiter and
rejected, a model span dropped by the PERSON filters, a span boundary, a span inside/over another label, or no
candidate at all; "segsplit" marks a segmenter word crossing either end of the gold span.
"""
import sys, json, pickle, warnings
from pathlib import Path
from collections import Counter, defaultdict
warnings.simplefilter("ignore")
from corpus_tools.scoring.entities import gold_documents, GoldDoc, page_text
import corpus_tools.entities as E
from corpus_tools._entity_rules import arbiter as A
from corpus_tools._entity_rules import rule_entities

R = Path(__file__).resolve().parents[1] / "tests" / "data"
OUT = Path("/tmp/ent23")
OUT.mkdir(parents=True, exist_ok=True)
docs = []
for n, open_ in [(4, [f"d4_{i:02d}" for i in range(1, 9)])] + [(n, [f"d{n}_{i:02d}" for i in range(1, 11)]) for n in (5, 6, 7, 8)] + [(9, [f"d9_{i:02d}" for i in range(1, 15)])]:
    ds = gold_documents(f"/work/dev{n}/entities", pages_dir=f"/work/dev{n}/texts", source=f"dev{n}")
    docs += [d for d in ds if d.stem in open_]
docs += [d for d in gold_documents("/work/shared/gold/entities-dev", source="edev") if d.part == "tune"]
docs += gold_documents("/work/shared/gold/entities", source="seeds")
docs += gold_documents(R / "person_held21/entities", pages_dir=R / "person_held21/texts", source="pheld21")
docs += gold_documents(R / "org_held21/entities", pages_dir=R / "org_held21/texts", source="oheld21")
docs += gold_documents(R / "org_held23/entities", pages_dir=R / "org_held23/texts", source="oheld23")
LABELS = tuple(sys.argv[2].split(",")) if len(sys.argv) > 2 else ("PERSON", "ORG")
docs += [d for d in gold_documents(R / "ent_held24/entities", pages_dir=R / "ent_held24/texts", source="eheld24") if d.stem in ("h01", "h02", "h03", "h04", "h05")]
docs += [d for d in gold_documents(R / "minor_held23/entities", pages_dir=R / "minor_held23/texts", source="mheld23") if d.stem in ("m01", "m02", "m03", "m04", "m05")]
docs += [d for d in gold_documents(R / "ent_held23/entities", pages_dir=R / "ent_held23/texts", source="eheld23") if d.stem in ("e01", "e02", "e03", "e04")]
for p in sorted((R / "invented_pages").glob("*/*.json")):
    j = json.load(open(p))
    text = page_text(p.with_suffix(".txt").read_text())
    g = Counter({(t, l): 1 for t, l in j["entities"] if l in ("PERSON", "ORG")})
    for a in j["articles"]:
        for _, name in a.get("byline", []):
            g[(name, "PERSON")] = 1
    docs.append(GoldDoc(p.parent.name, "invented", "tune", text, g, j["county_code"]))
for line in open(R / "org_held20/sentences.tsv"):
    if line.startswith("#") or not line.strip():
        continue
    cc, s, names = line.rstrip("\n").split("\t")[:3]
    docs.append(GoldDoc(f"oh20_{len(docs)}", "oheld20", "tune", s, Counter({(n, "ORG"): 1 for n in names.split("|")}), cc))

rec = {}
orig_arb, orig_cands = A.arbitrate, A.org_candidates
def arb(ents, text, feats, ms=(), **kw):
    rec["pre_arb"] = list(ents)
    return orig_arb(ents, text, feats, ms, **kw)
def cands(text, ents, feats, ms=()):
    out = orig_cands(text, ents, feats, ms)
    rec["cands"] = out
    return out
A.arbitrate = arb
A.org_candidates = cands

ML = {"PER": "PERSON", "ORG": "ORG"}
rows = []
tot = Counter()
for d in docs:
    text = d.text
    rec.clear()
    sp = E.model_spans([text])[0]
    tags, feats = sp
    rules = rule_entities(text, d.county_code or E.infer_county(text), keep_blockers=True, words=feats)
    final = E.find_entities(text, county_code=d.county_code, spans=sp)
    pred = Counter((e.text, e.label) for e in final)
    fin = {(e.start, e.end): e.label for e in final}
    pre = {(c.start, c.end): c.label for c in rec.get("pre_arb", [])}
    rul = {(c.start, c.end): c.label for c in rules}
    cand = {(c.start, c.end): c.sources for c in rec.get("cands", [])}
    mod = {(s, e): ML.get(l) for s, e, l in tags}
    golds = sorted(d.gold, key=lambda k: -len(k[0]))
    taken = [False] * len(text)
    occ = defaultdict(list)
    for t, l in golds:
        i = text.find(t)
        while i >= 0:
            if not any(taken[i:i + len(t)]):
                taken[i:i + len(t)] = [True] * len(t)
                occ[(t, l)].append(i)
            i = text.find(t, i + 1)
    for (t, l), n in d.gold.items():
        if l not in LABELS:
            continue
        tot[l] += n
        miss = n - min(n, pred[(t, l)])
        if miss <= 0:
            continue
        for s in occ[(t, l)]:
            e = s + len(t)
            if fin.get((s, e)) == l:
                continue
            wb = lambda i: i == 0 or i >= len(feats) or feats[i][:1] in "BS"
            seg = "" if (wb(s) and wb(e)) else "segsplit"
            if (s, e) in fin:
                st = f"label:{fin[(s, e)]}"
            elif rul.get((s, e)) == l and pre.get((s, e)) != l:
                st = "rule-then-dropped-before-arbiter"
            elif pre.get((s, e)) == l:
                st = "dropped-by-arbiter"
            elif l == "ORG" and (s, e) in cand:
                st = "arbiter-rejected-cand:" + "+".join(sorted(cand[(s, e)]))
            elif mod.get((s, e)) == l:
                st = "model-exact-filtered"
            else:
                over = [(a, b, lab) for (a, b), lab in fin.items() if a < e and b > s]
                same = [x for x in over if x[2] == l]
                if same:
                    a, b, _ = same[0]
                    st = "boundary:" + ("short" if a >= s and b <= e else "long" if a <= s and b >= e else "cross")
                elif over:
                    st = "covered-by:" + over[0][2]
                else:
                    mo = [(a, b) for (a, b), lab in mod.items() if lab == l and a < e and b > s]
                    st = "model-partial-only" if mo else "nothing"
            rows.append((d.source, d.stem, l, t, st, seg, text[max(0, s - 12):e + 8].replace("\n", "/")))
pickle.dump(rows, open(OUT / f"stages_{sys.argv[1]}.pkl", "wb"))
print("docs", len(docs), "gold mentions", dict(tot))
c = Counter((r[2], r[4].split(":")[0] if r[4].startswith(("arbiter-rej",)) else r[4], r[5]) for r in rows)
for k, v in sorted(c.items(), key=lambda x: (x[0][0], -x[1])):
    print(k[0], k[1], k[2], v, sep="\t")
with open(OUT / f"stages_{sys.argv[1]}.tsv", "w") as f:
    for r in rows:
        f.write("\t".join(r) + "\n")
