"""Shared scoring for the user-test folders (tests/data/user*/score.py).

Each user test writes the library's output to ``out/*.csv`` (its ``run_library.py``) and keeps its truth in
``truth.json``; the folder's ``score.py`` calls these functions and adds what only its persona asks. Every
function takes the truth's pages (``{issue: page}``), the library's table and a ``res`` dict of summary lines that
it fills; lists of misses are returned for ``-v``.
"""
from __future__ import annotations

import ast
import importlib.util
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Callable

import pandas as pd


def N(s: Any) -> str:
    """Text without spaces and quotes (NaN and None give "")."""
    return re.sub(r"[\s“”‘’「」]", "", str(s)) if s == s and s is not None else ""


def load_make_pages(path: str = "make_pages.py") -> Any:
    """The folder's make_pages.py as a module (its sentence tables hold the printed forms of each formula)."""
    spec = importlib.util.spec_from_file_location("mp", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def printed_forms(*sentence_tables: Any) -> defaultdict:
    """Formula name -> the forms the pages print, from make_pages' ``<printed|name|kind>`` sentence marks."""
    printed_of: defaultdict = defaultdict(set)
    for table in sentence_tables:
        for _a, _b, s in table:
            for m in re.finditer(r"<([^<>|]+)\|([^<>|]+)\|[nqp]>", s):
                printed_of[m.group(2)].add(m.group(1).strip("“”"))
    return printed_of


def score_issues(T: dict, pages: dict, iss: pd.DataFrame, res: dict, *, papers: bool = False) -> None:
    """Dates, county (and with ``papers`` the paper's name in and out of the manifest) per issue."""
    ok_date = sum(str(r["date"])[:10] == pages[r["issue_id"]]["date"] for _, r in iss.iterrows())
    ok_cty = sum(str(r.get("county_code", ""))[:6] == T["county_code"] for _, r in iss.iterrows())
    res["issues dated right"] = f"{ok_date}/{len(pages)}"
    if papers:
        ok_pap = Counter((pages[r["issue_id"]]["in_manifest"], str(r.get("paper")) == pages[r["issue_id"]]["paper"])
                         for _, r in iss.iterrows())
        res["issues with the right paper (in manifest / not)"] = f"{ok_pap[(True, True)]}/30 / {ok_pap[(False, True)]}/30"
    res[f"issues with county {T['county_code']}"] = f"{ok_cty}/{len(pages)}"


def score_articles(T: dict, pages: dict, arts: pd.DataFrame, res: dict) -> tuple[list, list]:
    """Titles (exact, by flag and kind) and bylines on the title-matched article; returns (title misses, byline misses)."""
    by_issue = defaultdict(list)
    for _, a in arts.iterrows():
        bl = ast.literal_eval(a["byline"]) if isinstance(a["byline"], str) and a["byline"].startswith("[") else []
        by_issue[a["issue_id"]].append(dict(title=N(a["title"]), byline=[N(b) for b in bl], body=N(a["body"]),
                                            captions=N(a.get("captions", ""))))
    t_ok = t_n = b_ok = b_n = 0
    art_miss: list = []
    by_miss: list = []
    for iid, p in pages.items():
        lib = by_issue.get(iid, [])
        for a in p["articles"]:
            if a["title"]:
                t_n += 1
                hit = [x for x in lib if x["title"] == N(a["title"])]
                if hit:
                    t_ok += 1
                else:
                    art_miss.append((iid, a["title"], [x["title"] for x in lib]))
            else:
                hit = []
            if a["byline"]:
                b_n += 1
                cand = hit if a["title"] else lib
                if a["kind"] == "photo" and any(all(nm in x["captions"] for nm in a["byline"]) for x in cand):
                    b_ok += 1  # a photo credit belongs in the captions column
                elif any(all(any(nm in b for b in x["byline"]) for nm in a["byline"]) for x in cand):
                    b_ok += 1
                else:
                    by_miss.append((iid, a["kind"], a["title"], a["byline_text"], [x["byline"] for x in cand][:3]))
    res["articles: truth / library"] = f"{sum(len(p['articles']) for p in T['pages'])} / {len(arts)}"
    res["titles exact"] = f"{t_ok}/{t_n}"
    for flag in ("headline_after", "doubled"):
        sub = [(p["issue"], a) for p in T["pages"] for a in p["articles"] if a.get(flag)]
        ok = sum(any(x["title"] == N(a["title"]) for x in by_issue.get(i, [])) for i, a in sub)
        res[f"titles exact, {flag}"] = f"{ok}/{len(sub)}"
    kinds = Counter(a["kind"] for p in T["pages"] for a in p["articles"] if a["title"])
    kinds_ok = Counter(a["kind"] for p in T["pages"] for a in p["articles"]
                       if a["title"] and any(x["title"] == N(a["title"]) for x in by_issue.get(p["issue"], [])))
    res["titles exact by kind"] = ", ".join(f"{k} {kinds_ok[k]}/{n}" for k, n in kinds.most_common())
    res["bylines right (on the title-matched article)"] = f"{b_ok}/{b_n}"
    return art_miss, by_miss


def score_entities(pages: dict, ents: pd.DataFrame) -> tuple[pd.DataFrame, defaultdict]:
    """P/R/F by label over (text, label) counts per page; returns (table, {"FP"/"FN": Counter})."""
    pred: defaultdict = defaultdict(Counter)
    for _, e in ents.iterrows():
        pred[e["issue_id"]][(N(e["text"]), e["label"])] += 1
    tp, fp, fn = Counter(), Counter(), Counter()
    ent_err: defaultdict = defaultdict(Counter)
    for iid, p in pages.items():
        gold = Counter({(N(e["text"]), e["label"]): e["count"] for e in p["entities"]})
        pr = pred.get(iid, Counter())
        for k in set(gold) | set(pr):
            m = min(gold[k], pr[k])
            tp[k[1]] += m
            fp[k[1]] += pr[k] - m
            fn[k[1]] += gold[k] - m
            if pr[k] > m:
                ent_err["FP"][k] += pr[k] - m
            if gold[k] > m:
                ent_err["FN"][k] += gold[k] - m
    rows = []
    for lab in sorted(set(tp) | set(fp) | set(fn)) + ["ALL"]:
        a, b, c = (sum(tp.values()), sum(fp.values()), sum(fn.values())) if lab == "ALL" else (tp[lab], fp[lab], fn[lab])
        P = a / (a + b) if a + b else 0
        R = a / (a + c) if a + c else 0
        F = 2 * P * R / (P + R) if P + R else 0
        rows.append(dict(label=lab, gold=a + c, pred=a + b, tp=a, P=round(P, 3), R=round(R, 3), F=round(F, 3)))
    return pd.DataFrame(rows), ent_err


def score_slogans(T: dict, pages: dict, ps: pd.DataFrame, sl: pd.DataFrame, res: dict) -> defaultdict:
    """Marked slogans per page (page_slogans) and the corpus table's marked rows; returns {"FN"/"FP": [...]}."""
    s_tp = s_fp = s_fn = s_kind = s_cnt = 0
    sl_err: defaultdict = defaultdict(list)
    for iid, p in pages.items():
        gold = {N(s["text"]): s for s in p["slogans"]}
        pr = {N(r["text"]): r for _, r in ps[ps.issue_id == iid].iterrows()}
        for k in gold:
            if k in pr:
                s_tp += 1
                s_kind += gold[k]["kind"] == pr[k]["kind"]
                s_cnt += int(gold[k]["count"]) == int(pr[k]["count"])
            else:
                s_fn += 1
                sl_err["FN"].append((iid, k))
        for k in pr:
            if k not in gold:
                s_fp += 1
                sl_err["FP"].append((iid, k))
    res["marked slogans per page: P / R"] = (f"{s_tp/(s_tp+s_fp):.3f} / {s_tp/(s_tp+s_fn):.3f}  (tp {s_tp}, fp {s_fp}, "
                                             f"fn {s_fn}; kind right {s_kind}, count right {s_cnt})")
    marked_lib = {N(t) for t in sl[sl.source.isin(["marked", "both"])]["text"]}
    marked_gold = {N(s["text"]) for p in T["pages"] for s in p["slogans"]}
    res["slogan table (extract_slogans) marked/both rows vs truth slogans"] = (
        f"{len(marked_lib & marked_gold)}/{len(marked_gold)} found; extra {sorted(marked_lib - marked_gold)}; "
        f"missing {sorted(marked_gold - marked_lib)}")
    dis = {N(d) for p in T["pages"] for d in p["distractors"]}
    res["quoted non-slogans taken as slogans"] = f"{len(dis & marked_lib)}/{len(dis)} {sorted(dis & marked_lib)}"
    return sl_err


def score_years(T: dict, sl: pd.DataFrame, printed_of: dict, res: dict) -> tuple[list, list]:
    """First/last years of the known formulae and of the marked slogans; returns (formula rows, slogan rows)."""
    fy_ok = 0
    fy_rows = []
    for g, v in T["formula_years"].items():
        # the library's row: its text or group is the formula's name or a printed form (农村人居环境整治 for 人居环境整治)
        names = {g} | printed_of[g]
        row = sl[sl.text.isin(names) | sl.group.isin(names)]
        if row.empty:
            fy_rows.append((g, v["first"], v["last"], "-", "-", "missing"))
            continue
        r = row.iloc[0]
        f, l = int(str(r.first_date)[:4]), int(str(r.last_date)[:4])
        ok = (f, l) == (v["first"], v["last"])
        fy_ok += ok
        fy_rows.append((g, v["first"], v["last"], f, l, "ok" if ok else "WRONG"))
    res["formula first/last years right"] = f"{fy_ok}/{len(T['formula_years'])}"
    cs_ok = 0
    cs_rows = []
    for g, v in T["slogan_years"].items():
        row = sl[sl.text.map(N) == N(g)]
        if row.empty:
            cs_rows.append((g, v["first"], v["last"], "missing"))
            continue
        r = row.iloc[0]
        f, l = int(str(r.first_date)[:4]), int(str(r.last_date)[:4])
        cs_ok += (f, l) == (v["first"], v["last"])
        if (f, l) != (v["first"], v["last"]):
            cs_rows.append((g, v["first"], v["last"], f"{f}-{l}"))
    res["marked slogans' first/last years right"] = f"{cs_ok}/{len(T['slogan_years'])}"
    return fy_rows, cs_rows


def score_places(pages: dict, pm: pd.DataFrame, res: dict, *, skip_uncoded: bool = False,
                 shared_ok: Callable[[dict, set], bool] | None = None) -> tuple[list, list]:
    """Township/village/community linking per (page, name); returns (errors, mentions that are no truth place).

    ``skip_uncoded`` leaves out truth places without a code (a namesake the page leaves open); ``shared_ok(place,
    codes)`` accepts a code of one of a shared name's units for an uncoded truth place.
    """
    right = wrong = unlinked = missing = shared = 0
    pl_err: list = []
    for iid, p in pages.items():
        sub = pm[pm.issue_id == iid]
        for pl in p["places"]:
            if skip_uncoded and pl["code"] is None:
                continue
            hit = sub[(sub.printed == pl["text"]) & (sub.label == pl["label"])]
            if hit.empty:
                hit = sub[sub.printed == pl["text"]]
            if hit.empty:
                missing += 1
                pl_err.append((iid, pl["text"], pl["code"], "missing", pl["label"]))
                continue
            codes = set(hit.admin_code.dropna())
            if shared_ok is not None and pl["code"] is None and codes and shared_ok(pl, codes):
                right += 1
                shared += 1
            elif pl["code"] in codes and len(codes) == 1:
                right += 1
            elif not codes:
                unlinked += 1
                pl_err.append((iid, pl["text"], pl["code"], "no code", pl["label"]))
            else:
                wrong += 1
                pl_err.append((iid, pl["text"], pl["code"], f"got {sorted(codes)}", pl["label"]))
    if any(pl.get("old") for p in pages.values() for pl in p["places"]):
        old_stat = Counter()
        for iid, p in pages.items():
            for pl in p["places"]:
                if pl.get("old"):
                    e = [x for x in pl_err if x[0] == iid and x[1] == pl["text"]]
                    k = "right" if not e else ("missing" if e[0][3] == "missing" else "no code" if e[0][3] == "no code" else "wrong")
                    old_stat[(pl["text"], k)] += 1
        res["OLD names (page, name): right/wrong/no code/missing"] = dict(sorted(old_stat.items()))
    lab_stat: defaultdict = defaultdict(Counter)
    for e in pl_err:
        lab_stat[e[4]][e[3] if e[3] in ("missing", "no code") else "wrong"] += 1
    res["place errors by label"] = {k: dict(v) for k, v in lab_stat.items()}
    line = f"{right} / {wrong} / {unlinked} / {missing} of {right+wrong+unlinked+missing}"
    if shared_ok is not None:
        line += f" (right includes {shared} shared 嘎查 names given a code of one of their 苏木)"
    res["places (page, name) linked right / wrong / no code / not found"] = line
    pl_fp = []
    for iid, p in pages.items():
        gold = {pl["text"] for pl in p["places"]}
        for _, r in pm[pm.issue_id == iid].iterrows():
            if r["printed"] not in gold and not (isinstance(r.get("in_name"), str) and r["in_name"]):  # places inside names are documented
                pl_fp.append((iid, r["printed"], r["label"], r["admin_code"], r["part"]))
    res["place mentions that are no place of the truth (page, printed)"] = (
        f"{len(pl_fp)}: {Counter((x[1], x[2]) for x in pl_fp).most_common(8)}")
    return pl_err, pl_fp


def formula_key(sl: pd.DataFrame, printed_of: dict) -> tuple[dict, Callable[[str], str]]:
    """(printed form -> formula name, a function giving a slogan table text its formula or group name)."""
    grp = {}
    for _, r in sl.iterrows():
        grp[r["text"]] = r["group"] if isinstance(r["group"], str) else r["text"]
    alias = {}
    for g, forms in printed_of.items():
        for x in forms | {g}:
            alias[x] = g

    def key_of(t: str) -> str:
        if t in alias:
            return alias[t]
        return alias.get(grp.get(t, t), grp.get(t, t))

    return alias, key_of


def score_reach(T: dict, co: pd.DataFrame, alias: dict, key_of: Callable[[str], str], res: dict) -> tuple[list, list]:
    """Campaign reach: (formula or marked slogan, place) pairs over articles; returns (library-only, truth-only pairs)."""
    gold_pairs = Counter()
    for p in T["pages"]:
        for a in p["articles"]:
            for f in set(a.get("formulae", [])) | {N(m) for m in a.get("marked", [])}:
                for pl in a.get("places", []):
                    gold_pairs[(alias.get(f, f), pl)] += 1
    lib_pairs = Counter()
    for _, r in co.iterrows():
        lib_pairs[(key_of(r["slogan"]), r["entity"])] += int(r["n_articles"])
    known = {k for k, _ in lib_pairs}
    g_known = {k for k in gold_pairs if k[0] in known}
    tp_ = len(set(lib_pairs) & set(gold_pairs))
    res["campaign reach (slogan, place) pairs: P / R (R on slogans the library has)"] = (
        f"{tp_/max(1,len(lib_pairs)):.3f} / {tp_/max(1,len(gold_pairs)):.3f} ({tp_/max(1,len(g_known)):.3f}); "
        f"pairs lib {len(lib_pairs)}, truth {len(gold_pairs)}; truth pairs of slogans the library lacks: "
        f"{Counter(k[0] for k in gold_pairs if k[0] not in known).most_common(6)}")
    return sorted(set(lib_pairs) - set(gold_pairs)), sorted(g_known - set(lib_pairs))


def print_report(res: dict, ent_table: pd.DataFrame, fy_rows: list, cs_rows: list) -> None:
    """The summary lines, the entity table and the first/last-year rows."""
    print("== summary")
    for k, v in res.items():
        print(f"{k}: {v}")
    print("\n== entities by label\n" + ent_table.to_string(index=False))
    print("\n== formula first/last (truth first,last | library first,last)")
    for r in fy_rows:
        print("  ", *r)
    print("\n== marked slogans with wrong/missing life span:", cs_rows)


def print_misses(art_miss: list, sl_err: dict, reach_fp: list, reach_fn: list, pl_err: list, pl_fp: list,
                 by_miss: list, ent_err: dict, extra: Callable[[], None] | None = None) -> None:
    """The -v lists (``extra`` prints a folder's own lists after the campaign-reach lines)."""
    print("\n== title misses")
    for m in art_miss:
        print("  ", m)
    print("\n== slogan FN", sl_err["FN"])
    print("== slogan FP", sl_err["FP"])
    print("\n== campaign reach: library pairs not in truth", Counter(k[1] for k in reach_fp).most_common(15))
    print("== campaign reach: truth pairs (slogan known to the library) missing", len(reach_fn), reach_fn[:30])
    if extra is not None:
        extra()
    print("\n== place errors")
    for e in pl_err:
        print("  ", e)
    print("\n== place mentions not in truth")
    for e in pl_fp:
        print("  ", e)
    print("\n== byline misses (issue, kind, title, printed byline, library bylines of title-matched/all articles)")
    for e in by_miss:
        print("  ", e)
    for k in ("FN", "FP"):
        print(f"\n== entity {k} top")
        for x, n in ent_err[k].most_common(45):
            print("  ", x, n)


def score_junk_terms(files: list[str], paper_words: str, names: list[str], res: dict) -> None:
    """Share of junk among the terms of each out/<file>.csv (roles, furniture, the paper's own words in
    ``paper_words``, a regex alternation, digits, one character, the truth's reporters and editors in ``names``)."""
    junk_re = re.compile(rf"^(记者|通讯员|本报讯|责任编辑|编辑|星期.|第.版|要闻|综合|{paper_words}|日前|近日|\d.*|.)$")
    for f in files:
        try:
            k = pd.read_csv(f"out/{f}.csv", dtype=str)
            col = "term" if "term" in k.columns else k.columns[1]
            terms = list(k[col])
            j = [t for t in terms if junk_re.match(str(t)) or str(t) in names]
            res[f"{f}: junk terms / all"] = f"{len(j)}/{len(terms)} {sorted(set(j))[:20]}"
        except Exception as e:  # noqa: BLE001
            res[f"{f}"] = str(e)


def print_entity_misses(detail: dict, ent_err: dict, pl_err: list, art_miss: list, by_miss: list, frows: list, *,
                        top_fn: int, top_fp: int, n_titles: int, n_bylines: int, period: str) -> None:
    """The -v lists of the single-paper user folders (user35, user36): entity FNs by label and kind, FPs, places,
    titles, bylines and the formula rows whose ``period`` counts are not exact."""
    print("\n== entity FNs by label and kind (page, text, missed, library had)")
    for (lab, k), L in sorted(detail.items()):
        c = Counter(t for _, t, m, _ in L for _ in range(m))
        ex = {t: o for _, t, _, o in L}
        print(f"-- {lab} {k}: {sum(c.values())}")
        for t, n in c.most_common(top_fn):
            print(f"   {t} ×{n}  {ex[t]}")
    print(f"\n== entity FPs (text, label) top {top_fp}")
    for (t, l), n in ent_err["FP"].most_common(top_fp):
        print(f"   {l} {t} ×{n}")
    print("\n== places not right (page, text, code, what)")
    for e in pl_err[:60]:
        print("  ", e)
    print("\n== titles missed (page, truth, library titles)")
    for e in art_miss[:n_titles]:
        print("  ", e)
    print("\n== bylines missed")
    for e in by_miss[:n_bylines]:
        print("  ", e)
    print(f"\n== formula {period}s not exact {{{period}: (truth, library)}}")
    for r in frows:
        print("  ", r[0], r[4])


def read_out(name: str) -> pd.DataFrame:
    """out/<name>.csv as strings."""
    return pd.read_csv(Path("out") / f"{name}.csv", dtype=str)
