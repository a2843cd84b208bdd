"""Score the library on user22's pages against truth.json (titles, bylines, places with codes, officials).

    PYTHONPATH=/work/wt/user22 python tests/data/user22/score.py [--county 211224]

Prints counts; writes nothing.  Articles are matched to truth by title (or, for untitled 简讯 items and
articles whose title was lost, by the first 12 characters of the body text).
"""
from __future__ import annotations

import argparse
import collections
import json
import pathlib
import re
import time

import corpus_tools as ct

HERE = pathlib.Path(__file__).resolve().parent


def norm(s: str | None) -> str:
    if isinstance(s, (list, tuple)):
        s = "".join(map(str, s))
    return re.sub(r"\s+|　", "", s or "")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--county", default=None)
    args = ap.parse_args()
    truth = json.loads((HERE / "truth.json").read_text(encoding="utf-8"))
    t0 = time.time()
    kw = {"county": args.county} if args.county else {}
    corpus = ct.read_corpus(HERE / "pages", **kw)
    ents = ct.extract_entities(corpus)
    print(f"read + entities: {time.time() - t0:.1f} s; {len(corpus.articles)} articles found")

    # --- layout: titles and bylines
    tr_arts = [(p, a) for p in truth["pages"] for a in p["articles"]]
    by_issue = collections.defaultdict(list)
    for art in corpus.articles:
        by_issue[art.issue_id].append(art)
    n_title = n_title_ok = n_by = n_by_ok = 0
    matched: dict[int, object] = {}
    for i, (p, a) in enumerate(tr_arts):
        issue = pathlib.Path(p["file"]).stem
        arts = by_issue.get(issue, [])
        if a["title"]:
            n_title += 1
            hit = [x for x in arts if norm(x.title) == norm(a["title"])]
            if hit:
                n_title_ok += 1
                matched[i] = hit[0]
        if i not in matched:
            key = norm(a["text"].split("\n")[-1] if a["kind"] != "article" else a["text"].split("\n")[1])[:12]
            hit = [x for x in arts if key and key in norm(x.text)]
            if hit:
                matched[i] = hit[0]
        if a["kind"] == "article":
            n_by += 1
            if i in matched and all(n in norm(matched[i].byline) for n in a["byline_names"]):
                n_by_ok += 1
    print(f"titles right {n_title_ok}/{n_title}; bylines holding the truth names {n_by_ok}/{n_by}")

    # --- places: per article, (name, code) sets
    lab = {"TOWNSHIP", "VILLAGE", "COMMUNITY"}
    e = ents[ents.label.isin(lab) & (ents.part == "text")]
    got = collections.defaultdict(collections.Counter)
    for r in e.itertuples():
        got[r.article_id][(r.norm, r.admin_code)] += 1
    tp = fp = fn = 0
    missed = collections.Counter()
    extra = collections.Counter()
    want_by = collections.defaultdict(collections.Counter)  # library article -> truth places of the units in it
    names = {}
    for i, (p, a) in enumerate(tr_arts):
        if a["kind"] == "notice":
            continue
        key = matched[i].id if i in matched else f"unmatched-{i}"
        for pl in a["places"]:
            if pl["level"] == "NEIGHBOUR":
                continue
            want_by[key][pl["code"]] += pl["n"] - pl.get("n_in_org", 0)
            names[pl["code"]] = pl["name"]
    for art in corpus.articles:
        want_by.setdefault(art.id, collections.Counter())
    for key, want in want_by.items():
        have = collections.Counter()
        for (nm, code), n in got.get(key, {}).items():
            have[code or f"None:{nm}"] += n
            names.setdefault(code or f"None:{nm}", nm)
        for code in set(want) | set(have):
            w, h = want[code], have[code]
            tp += min(w, h)
            if h > w:
                fp += h - w
                extra[(names.get(code), code)] += h - w
            if w > h:
                fn += w - h
                missed[(names.get(code), code)] += w - h
    print(f"per library article (truth units mapped to the article holding them; layout errors count): place mentions by code: tp {tp} fp {fp} fn {fn}; "
          f"P {tp / max(tp + fp, 1):.3f} R {tp / max(tp + fn, 1):.3f}")
    print("most missed:", missed.most_common(12))
    print("most extra:", extra.most_common(12))

    # --- places over the whole corpus, by level and code (not affected by article boundaries)
    want_all = collections.Counter()
    for p, a in tr_arts:
        for pl in a["places"]:
            if pl["level"] in ("TOWNSHIP", "VILLAGE"):
                want_all[(pl["level"], pl["code"])] += pl["n"] - pl.get("n_in_org", 0)
    got_all = collections.Counter()
    for r in e.itertuples():
        lev = "TOWNSHIP" if r.label == "TOWNSHIP" else "VILLAGE"
        got_all[(lev, r.admin_code or f"None:{r.norm}")] += 1
    for lev in ("TOWNSHIP", "VILLAGE"):
        w = sum(v for k, v in want_all.items() if k[0] == lev)
        g = sum(v for k, v in got_all.items() if k[0] == lev)
        ok = sum(min(want_all[k], got_all[k]) for k in set(want_all) | set(got_all) if k[0] == lev)
        print(f"{lev} (VILLAGE includes communities) mentions over the corpus: truth {w}, found {g}, "
              f"with the right code {ok}")
    unlinked = e[e.admin_code.isna()]
    print(f"place mentions without a code: {len(unlinked)}: {sorted(set(unlinked.norm))}")

    # --- officials
    per = ents[ents.label == "PERSON"]
    got_p = collections.defaultdict(set)
    for r in per.itertuples():
        got_p[r.article_id].add(r.norm)
    otp = ofn = 0
    omiss = collections.Counter()
    for i, (p, a) in enumerate(tr_arts):
        if i not in matched:
            continue
        for name in a["officials"]:
            if name in got_p[matched[i].id]:
                otp += 1
            else:
                ofn += 1
                omiss[name] += 1
    print(f"officials found in their article: {otp}/{otp + ofn}; missed {omiss.most_common(10)}")


if __name__ == "__main__":
    main()
