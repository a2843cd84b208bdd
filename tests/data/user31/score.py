"""Score the library's output (out/ from run_library.py) against truth.json (user31, 醴陵报, 300 pages). -v lists misses."""
import ast, glob, json, os, re, sys
from collections import Counter, defaultdict
import pandas as pd

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import userscore as us  # noqa: E402  (tests/data/userscore.py: the scoring the user folders share)

T = json.load(open("truth.json"))
N = lambda s: re.sub(r"[\s“”‘’「」]", "", str(s)) if s == s and s is not None else ""
pages = {p["issue"]: p for p in T["pages"] if p["folder"] == "pages"}
res = {}

iss = pd.read_csv("out/issues.csv", dtype=str)
res["issues read / pages"] = f"{len(iss)}/{len(pages)}"
res["issues dated right"] = f"{sum(str(r['date'])[:10] == pages[r['issue_id']]['date'] for _, r in iss.iterrows() if r['issue_id'] in pages)}/{len(pages)}"
for col in ("county_code", "paper"):
    if col in iss:
        want = T["county_code"] if col == "county_code" else T["paper"]
        ok = iss[col].fillna("").astype(str).str[: len(want)] == want
        res[f"issues with {col} {want}"] = f"{int(ok.sum())}/{len(pages)} (manifest pages {int(ok[iss.issue_id.map(lambda i: pages.get(i, {}).get('in_manifest', False))].sum())}/100)"

arts = pd.read_csv("out/articles.csv", dtype=str)
by_issue = defaultdict(list)
for _, a in arts.iterrows():
    bl = ast.literal_eval(a["byline"]) if isinstance(a.get("byline"), str) and a["byline"].startswith("[") else ([a["byline"]] if isinstance(a.get("byline"), str) else [])
    by_issue[a["issue_id"]].append(dict(title=N(a["title"]), byline=[N(b) for b in bl], body=N(a["body"]), captions=N(a.get("captions", ""))))
t_ok = t_n = b_ok = b_n = 0; art_miss = []; by_miss = []
for iid, p in pages.items():
    lib = by_issue.get(iid, [])
    for a in p["articles"]:
        hit = []
        if a["title"]:
            t_n += 1
            hit = [x for x in lib if x["title"] == N(a["title"])]
            if hit: t_ok += 1
            else: art_miss.append((iid, a["kind"], a["title"], [x["title"] for x in lib]))
        if a["byline"]:
            b_n += 1
            cand = hit if a["title"] else lib
            if a["kind"] == "photo" and any(all(nm in x["captions"] for nm in a["byline"]) for x in cand): b_ok += 1
            elif any(all(any(nm in b for b in x["byline"]) for nm in a["byline"]) for x in cand): b_ok += 1
            else: by_miss.append((iid, a["kind"], a["title"], a["byline_text"], [x["byline"] for x in cand][:3]))
res["articles: truth / library"] = f"{sum(len(p['articles']) for p in pages.values())} / {len(arts)}"
res["titles exact"] = f"{t_ok}/{t_n}"
# stricter: the article with the title also has the right body (length within 25 % of the printed body; catches titles
# attached to the neighbouring article's body, and merged articles)
ab_ok = ab_n = 0; shifted = []
for iid, p in pages.items():
    for a in p["articles"]:
        if a["title"] and a.get("body_chars"):
            ab_n += 1
            hit = [x for x in by_issue.get(iid, []) if x["title"] == N(a["title"])]
            if any(abs(len(x["body"]) - a["body_chars"]) <= 0.25 * a["body_chars"] for x in hit):
                ab_ok += 1
            elif hit:
                shifted.append((iid, a["title"], a["body_chars"], [len(x["body"]) for x in hit]))
res["articles with the right title AND a body of the right length (±25 %)"] = f"{ab_ok}/{ab_n}; title right but body wrong: {len(shifted)}"
for flag in ("headline_after", "doubled"):
    sub = [(i, a) for i, p in pages.items() for a in p["articles"] if a.get(flag)]
    res[f"titles exact, {flag}"] = f"{sum(any(x['title'] == N(a['title']) for x in by_issue.get(i, [])) for i, a in sub)}/{len(sub)}"
kinds = Counter(a["kind"] for p in pages.values() for a in p["articles"] if a["title"])
kok = Counter(a["kind"] for i, p in pages.items() for a in p["articles"] if a["title"] and any(x["title"] == N(a["title"]) for x in by_issue.get(i, [])))
ep = Counter(); eok = Counter()
for i, p in pages.items():
    for a in p["articles"]:
        if a["title"]:
            key = f"{(p['year'] - 2000) // 5 * 5 + 2000}-{(p['year'] - 2000) // 5 * 5 + 2004} {'p1' if p['page'] == 1 else 'inside'}"
            ep[key] += 1; eok[key] += any(x["title"] == N(a["title"]) for x in by_issue.get(i, []))
res["titles exact by era and page"] = ", ".join(f"{k} {eok[k]}/{ep[k]}" for k in sorted(ep))
res["titles exact by kind"] = ", ".join(f"{k} {kok[k]}/{n}" for k, n in kinds.most_common())
res["bylines right (on the title-matched article)"] = f"{b_ok}/{b_n}"
io = json.load(open("out/in_out.json"))
res["characters: pages (no whitespace) / article text columns / bylines"] = f"{io['chars_in']} / {io['chars_out_text_columns']} / {io['chars_out_bylines']}"

# lines of each page found nowhere in its articles (section, kicker, title, subtitle, body, byline, captions)
drop = Counter(); drop_ex = []; drop_title = 0
for iid, p in pages.items():
    sub = arts[arts.issue_id == iid]
    blob = N("".join(sub[c].fillna("").astype(str).str.cat() for c in ["section", "kicker", "title", "subtitle", "body", "byline", "captions"] if c in sub))
    blob = blob.replace("'", "").replace(",", "")
    titles = {N(a["title"]) for a in p["articles"] if a["title"]}
    names = {nm for a in p["articles"] for nm in a["byline"]}
    for line in open(os.path.join("pages", p["file"]), encoding="utf-8").read().splitlines():
        l = N(line)
        if len(l) > 3 and l[::2] == l[1::2]:
            l = l[::2]  # doubled bold glyphs: the truth keeps the single title
        l = re.sub(r"^[◆■▲]|（[^（）]*）$|本报讯|本报记者|特约通讯员|通讯员|记者|文/图|撰文：|摄影：|报道：?|市融媒体中心|本报评论员|摄$", "", l)
        for nm in names:
            l = l.replace(nm, "")
        l = l.strip("、：")
        if l and l not in blob and l.replace(",", "") not in blob:
            kind = "headline" if any(l in t for t in titles) else (
                "furniture" if re.search(r"醴陵报|机关报|星期|第\d+版|版式|责任编辑|编辑：|责编|本报地址|扫码|刊号|今日四版|LILING|^A\d$|^\d{4}年\d+月\d+日$|^(要闻|综合|城乡|瓷城文化|基层治理|乡村振兴)\d*$|快讯|简讯", line) else "other")
            drop[kind] += 1; drop[kind + " chars"] += len(l)
            if kind != "other" or len(drop_ex) < 40: drop_ex.append((iid, kind, line))
res["page lines found in no article column (count / chars)"] = {k: v for k, v in drop.items()}

ents = pd.read_csv("out/entities.csv", dtype=str)
ents = ents[~((ents.get("part") == "masthead") & (ents.text == T["paper"]))]
ent_table, ent_err = us.score_entities(pages, ents)

ps = pd.read_csv("out/page_slogans.csv", dtype=str)
s_tp = s_fp = s_fn = s_kind = 0; sl_err = defaultdict(list)
for iid, p in pages.items():
    gold = {N(s["text"]): s for s in p["slogans"]}
    pr = {N(r["text"]): r for _, r in ps[ps.issue_id == iid].iterrows()}
    for k in gold:
        if k in pr: s_tp += 1; s_kind += gold[k]["kind"] == pr[k]["kind"]
        else: s_fn += 1; sl_err["FN"].append((iid, k))
    for k in pr:
        if k not in gold: s_fp += 1; sl_err["FP"].append((iid, k))
res["marked slogans per page: P / R"] = f"{s_tp/max(1,s_tp+s_fp):.3f} / {s_tp/max(1,s_tp+s_fn):.3f} (tp {s_tp}, fp {s_fp}, fn {s_fn}; kind right {s_kind})"
sl = pd.read_csv("out/slogans.csv", dtype=str)
marked_lib = {N(t) for t in sl[sl.source.isin(["marked", "both"])]["text"]} if "source" in sl else set()
marked_gold = {N(s["text"]) for p in pages.values() for s in p["slogans"]}
res["slogan table marked/both rows vs truth slogans"] = f"{len(marked_lib & marked_gold)}/{len(marked_gold)}; missing {sorted(marked_gold - marked_lib)}; extra {sorted(marked_lib - marked_gold)[:15]}"
dis = {N(d) for p in pages.values() for d in p["distractors"]}
res["quoted non-slogans taken as slogans"] = f"{len(dis & marked_lib)}/{len(dis)} {sorted(dis & marked_lib)}"

import importlib.util
_s = importlib.util.spec_from_file_location("mp", "make_pages.py"); mp = importlib.util.module_from_spec(_s); _s.loader.exec_module(mp)
printed_of = defaultdict(set)
for _a, _b, _t in mp.FORMULA_SENT:
    for _m in re.finditer(r"<([^<>|]+)\|([^<>|]+)\|[nqp]>", _t):
        printed_of[_m.group(2)].add(_m.group(1).strip("“”"))
fy_ok = 0; fy_rows = []
for g, v in T["formula_years"].items():
    names = {g} | printed_of[g]
    row = sl[sl.text.isin(names) | sl.group.isin(names)] if "group" in sl else sl[sl.text.isin(names)]
    if row.empty:
        fy_rows.append((g, v["first"], v["last"], "-", "-", "missing")); continue
    r = row.iloc[0]; f, l = int(str(r.first_date)[:4]), int(str(r.last_date)[:4])
    ok = (f, l) == (v["first"], v["last"]); fy_ok += ok
    fy_rows.append((g, v["first"], v["last"], f, l, "ok" if ok else "WRONG"))
res["formula first/last years right"] = f"{fy_ok}/{len(T['formula_years'])}"

pm = pd.read_csv("out/place_mentions.csv", dtype=str)
right = wrong = unlinked = missing = 0; pl_err = []; part_stat = defaultdict(Counter)
for iid, p in pages.items():
    sub = pm[pm.issue_id == iid]
    for pl in p["places"]:
        hit = sub[(sub.printed == pl["text"]) & (sub.label == pl["label"])]
        if hit.empty: hit = sub[sub.printed == pl["text"]]
        if hit.empty:
            missing += 1; st = "missing"; pl_err.append((iid, pl["text"], pl["label"], pl["code"], st))
        else:
            codes = set(hit.admin_code.dropna())
            if codes == {pl["code"]}: right += 1; st = "right"
            elif not codes: unlinked += 1; st = "no code"; pl_err.append((iid, pl["text"], pl["label"], pl["code"], st))
            else: wrong += 1; st = "wrong"; pl_err.append((iid, pl["text"], pl["label"], pl["code"], f"got {sorted(codes)}"))
        part_stat[(pl["part"], pl["label"])][st] += 1
res["places (page, name) linked right / wrong / no code / not found"] = f"{right} / {wrong} / {unlinked} / {missing} of {right + wrong + unlinked + missing}"
res["places by part of the city and label"] = {f"{k[0]} {k[1]}": dict(v) for k, v in sorted(part_stat.items())}
gold_names = {pl["text"] for p in pages.values() for pl in p["places"]}
extra_pl = pm[~pm.printed.isin(gold_names) & pm.get("in_name", pd.Series(dtype=str)).isna()]
res["place mentions that are no place of the truth"] = f"{len(extra_pl)}: {Counter(zip(extra_pl.printed, extra_pl.label)).most_common(8)}"

# CLI tables: same counts as Python? join keys?
cli = {}
for f in sorted(glob.glob("out/cli/*.csv")):
    try:
        d = pd.read_csv(f, dtype=str)
        cli[os.path.basename(f)] = f"{len(d)} rows; keys: {[c for c in d.columns if c in ('article_id', 'issue_id')] or 'NONE'}"
    except Exception as e:
        cli[os.path.basename(f)] = f"unreadable: {e}"
res["CLI CSV tables (rows; join keys)"] = cli

print("== summary"); [print(f"{k}: {v}") for k, v in res.items()]
print("\n== entities by label\n" + ent_table.to_string(index=False))
print("\n== formula first/last (truth first,last | library first,last)")
for r in fy_rows: print("  ", *r)
if "-v" in sys.argv:
    print("\n== title misses"); [print("  ", m) for m in art_miss]
    print("\n== title right, body wrong (issue, title, printed body chars, library body chars)"); [print("  ", e) for e in shifted]
    print("\n== dropped lines"); [print("  ", e) for e in drop_ex[:120]]
    print("\n== byline misses"); [print("  ", e) for e in by_miss]
    print("\n== slogan FN", Counter(k for _, k in sl_err["FN"]).most_common()); print("== slogan FP", Counter(k for _, k in sl_err["FP"]).most_common())
    print("\n== place errors", Counter((e[1], e[2], e[4] if not e[4].startswith("got") else "wrong " + e[4]) for e in pl_err).most_common())
    for k in ("FN", "FP"):
        print(f"\n== entity {k} top"); [print("  ", x, n) for x, n in ent_err[k].most_common(60)]
