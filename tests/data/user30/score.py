"""Score the library's output (out/*.csv from run_library.py) against truth.json (user30, 鄂温克草原报). -v lists misses."""
import json, re, sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import userscore as us  # noqa: E402  (tests/data/userscore.py: the scoring the user folders share)
from userscore import N  # noqa: E402

T = json.load(open("truth.json"))
pages = {p["issue"]: p for p in T["pages"]}
res = {}
us.score_issues(T, pages, us.read_out("issues"), res)
art_miss, by_miss = us.score_articles(T, pages, us.read_out("articles"), res)
ents = us.read_out("entities")
ents = ents[~((ents.part == "masthead") & (ents.text == T["paper"]))]
ent_table, ent_err = us.score_entities(pages, ents)
sl = us.read_out("slogans")
sl_err = us.score_slogans(T, pages, us.read_out("page_slogans"), sl, res)
mp = us.load_make_pages()
printed_of = us.printed_forms(mp.FORMULA_SENT, mp.UNITY)
printed_of["社会主义新农村新牧区"].add("社会主义新农村")  # the lexicon's name of the formula the pages print as 社会主义新农村新牧区建设
fy_rows, cs_rows = us.score_years(T, sl, printed_of, res)


def shared_gacha(pl, codes):
    """A 嘎查 two 苏木 share, named on one page in both (or neither) context: a code of either unit is right."""
    cands = {vv[pl["text"]] for vv in mp.VILLAGES.values() if pl["text"] in vv} if pl["label"] == "VILLAGE" else set()
    return codes <= cands


pl_err, pl_fp = us.score_places(pages, us.read_out("place_mentions"), res, shared_ok=shared_gacha)
alias, key_of = us.formula_key(sl, printed_of)
reach_fp, reach_fn = us.score_reach(T, us.read_out("slogan_place_cooc"), alias, key_of, res)

# --- who speaks the formulae: (formula, speaker) pairs, sentence window -------------------------------------
cop = us.read_out("slogan_person_cooc")
lib_sp = {(key_of(r["slogan"]), N(r["entity"])) for _, r in cop.iterrows()}
gold_sp = Counter()
for p in T["pages"]:
    for a in p["articles"]:
        for who, gs in (a.get("speakers") or {}).items():
            for g in gs:
                gold_sp[(g, who)] += 1
sp_tp = len(set(gold_sp) & lib_sp)
non_speakers = Counter(w for (g, w) in lib_sp - set(gold_sp))
res["speakers (formula, official who says it) pairs: P / R"] = (
    f"{sp_tp/max(1,len(lib_sp)):.3f} / {sp_tp/max(1,len(gold_sp)):.3f} (lib {len(lib_sp)}, truth {len(gold_sp)}); "
    f"persons paired most often who say none of it: {non_speakers.most_common(6)}")
sp_fn = sorted(set(gold_sp) - lib_sp)
# --- quoted or not: printed “X” per formula, truth vs the library's n_quoted ----------------------------------
allt = {p["issue"]: re.sub(r"\s", "", open("pages/" + p["file"], encoding="utf-8").read()) for p in T["pages"]}
q_ok = 0; q_rows = []
for g in T["formula_years"]:
    forms = printed_of[g]
    tq = sum(t.count("“" + f + "”") for t in allt.values() for f in forms)
    row = sl[sl.text.isin(forms | {g}) | sl.group.isin(forms | {g})]
    lq = int(row.iloc[0].n_quoted) if not row.empty and row.iloc[0].n_quoted == row.iloc[0].n_quoted else None
    q_ok += lq == tq
    if lq != tq:
        q_rows.append((g, tq, lq))
res["formulae: quoted mentions (truth = library n_quoted)"] = f"{q_ok}/{len(T['formula_years'])}; wrong {q_rows[:12]}"

us.print_report(res, ent_table, fy_rows, cs_rows)
if "-v" in sys.argv:
    us.print_misses(art_miss, sl_err, reach_fp, reach_fn, pl_err, pl_fp, by_miss, ent_err,
                    extra=lambda: print("\n== speaker pairs missing", len(sp_fn), sp_fn[:40]))
