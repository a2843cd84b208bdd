"""Titles right per layout method: ct.split_page(page, method=m) on each of the 30 pages vs truth.json."""
import json, re, time
import corpus_tools as ct
truth = json.load(open("truth.json", encoding="utf-8"))
norm = lambda s: re.sub(r"[\s“”‘’「」■●□【】]", "", str(s or ""))
for m in ("auto", "model", "rules"):
    t0 = time.time(); ok = n = arts = kick = kick_ok = 0
    for p in truth["pages"]:
        lay = ct.split_page(open("pages/" + p["file"], encoding="utf-8").read(), method=m)
        arts += len(lay.articles)
        got = {norm(a.title) for a in lay.articles}
        gk = {norm(a.title): norm(a.kicker) for a in lay.articles}
        for a in p["articles"]:
            if a["kind"] == "photo":
                continue
            n += 1; ok += norm(a["title"]) in got
            if a["kicker"]:
                kick += 1; kick_ok += gk.get(norm(a["title"])) == norm(a["kicker"])
    print(f"{m:6} titles {ok}/{n}  articles {arts}  kickers right {kick_ok}/{kick}  {time.time() - t0:.1f} s")
