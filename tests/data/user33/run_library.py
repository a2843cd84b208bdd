"""user33: what the methods-class undergraduate does with her 120 pages of 连江报, timed, into out/.

Run from this folder with PYTHONPATH at the tree: ``python run_library.py [--no-notebooks]``.
"""
from __future__ import annotations

import json
import sys
import time
import traceback
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

import corpus_tools as ct  # noqa: E402

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages"
OUT = HERE / "out"
OUT.mkdir(exist_ok=True)
T = json.loads((HERE / "truth.json").read_text(encoding="utf-8"))
TERMS = ["海洋经济", "台风", "渔业", "侨乡", "乡村振兴", "疫情防控", "伏季休渔", "鲍鱼", "海带", "海上牧场"]
timings = []
warn_log = []


def timed(name, fn, *a, **k):
    t0 = time.perf_counter()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            res = fn(*a, **k)
            err = ""
        except Exception as e:  # noqa: BLE001
            res, err = None, f"{type(e).__name__}: {e}"
            traceback.print_exc()
    dt = time.perf_counter() - t0
    for x in w:
        warn_log.append(dict(call=name, category=x.category.__name__, message=str(x.message)[:500]))
    timings.append(dict(call=name, seconds=round(dt, 2), error=err[:300]))
    print(f"{name}: {dt:.1f} s {err[:200]}", flush=True)
    return res


def save(df, name):
    if df is not None:
        df.to_csv(OUT / f"{name}.csv", index=isinstance(df.index, pd.Index) and df.index.name is not None,
                  encoding="utf-8-sig")


def savefig(ax, name):
    if ax is None:
        return
    fig = ax.flat[0].figure if hasattr(ax, "flat") else ax.figure
    fig.savefig(OUT / f"{name}.png", dpi=110, bbox_inches="tight")
    plt.close(fig)


def main(notebooks=True):
    corpus = timed("read_corpus", ct.read_corpus, PAGES)
    iss = corpus.issues_frame()
    save(iss, "issues")
    arts = timed("articles_frame", corpus.articles_frame)
    save(arts, "articles")
    timed("tokens_frame", corpus.tokens_frame, progress=False)
    # keywords: what notebook 01 calls, then what she wants: TF-IDF per issue and per year
    kw_nb = timed("keywords by issue (default, as notebook 01)", ct.keywords, corpus, by="issue", top_n=8)
    save(kw_nb, "keywords_issue_default")
    kw_i = timed("keywords by issue tfidf", ct.keywords, corpus, by="issue", method="tfidf", top_n=20)
    save(kw_i, "keywords_issue")
    kw_y = timed("keywords by year tfidf", ct.keywords, corpus, by="year", method="tfidf", top_n=20)
    save(kw_y, "keywords_year")
    kw_yk = timed("keywords by year (default = keyness)", ct.keywords, corpus, by="year", top_n=20)
    save(kw_yk, "keywords_year_default")
    savefig(timed("plot_keywords by year", ct.plot_keywords, kw_y, top_n=10), "keywords_year")
    if kw_i is not None:
        first4 = kw_i[kw_i["group"].isin(sorted(kw_i["group"].unique())[:4])]
        savefig(timed("plot_keywords 4 issues", ct.plot_keywords, first4, top_n=8), "keywords_issue4")
    # topics: how many?
    cmp = timed("compare_n_topics", ct.compare_n_topics, corpus, (4, 6, 8, 10, 12))
    save(cmp, "compare_n_topics")
    k = timed("choose_n_topics", ct.choose_n_topics, cmp) if cmp is not None else 8
    print("chosen k", k)
    tm = timed(f"TopicModel({k}).fit", ct.TopicModel(k, random_state=0).fit, corpus)
    if tm is not None:
        top = tm.top_terms(20)
        labels = tm.labels()
        save(top.assign(label=top["topic"].map(labels)), "topics")
        save(tm.coherence().assign(label=lambda d: d["topic"].map(labels)), "topic_coherence")
        sh = timed("topics_over_time year", tm.topics_over_time, by="year")
        save(sh, "topics_year")
        savefig(timed("plot_topics_over_time", ct.plot_topics_over_time, sh, labels=labels), "topics_year")
    # trends
    tr = timed("keyword_trends count year", ct.keyword_trends, corpus, TERMS, by="year", normalize="count")
    save(tr, "trends_count")
    tr10 = timed("keyword_trends per_10k year", ct.keyword_trends, corpus, TERMS, by="year")
    save(tr10, "trends_per10k")
    savefig(timed("plot_trends", ct.plot_trends, tr10, title="每万词出现次数"), "trends")
    tr_all = timed("keyword_trends count year (all truth words)", ct.keyword_trends, corpus, T["trend_words"],
                   by="year", normalize="count")
    save(tr_all, "trends_all_count")
    tr_txt = timed("keyword_trends count year match=text", ct.keyword_trends, corpus, T["trend_words"],
                   by="year", normalize="count", match="text")
    save(tr_txt, "trends_all_count_text")
    savefig(timed("plot_dispersion", ct.plot_dispersion, corpus, ["台风", "侨乡", "乡村振兴", "疫情防控"]), "dispersion")
    # keyness of 2008–2012 vs 2020–2025
    early = corpus.filter(date=lambda d: d is not None and 2008 <= d.year <= 2012)
    late = corpus.filter(date=lambda d: d is not None and 2020 <= d.year <= 2025)
    ky = timed("keyness 2008-12 vs 2020-25", ct.keyness, early, late, max_p=0.05)
    save(ky, "keyness")
    em = timed("emerging_terms year", ct.emerging_terms, corpus, by="year")
    save(em, "emerging")
    # KWIC, collocations
    kw_rows = []
    for q in ["台风", "侨乡", "海上牧场", "伏季休渔"]:
        x = timed(f"kwic {q}", ct.kwic, corpus, q, width=15)
        if x is not None:
            kw_rows.append(pd.DataFrame(x).assign(query=q))
    save(pd.concat(kw_rows) if kw_rows else None, "kwic")
    co = timed("collocations", ct.collocations, corpus, min_count=3, top_n=50)
    save(co, "collocations")
    cw = []
    for q in ["台风", "侨乡", "渔船", "鲍鱼"]:
        x = timed(f"collocations word={q}", ct.collocations, corpus, word=q, window=3, min_count=2, top_n=20)
        if x is not None:
            cw.append(x.assign(word=q))
    save(pd.concat(cw) if cw else None, "collocations_words")
    # segmentation of her words
    seg = [dict(word=w, tokens="|".join(ct.segment(w)),
                in_context="|".join(ct.segment(f"今年{w}工作取得成效"))) for w in T["seg_words"]]
    save(pd.DataFrame(seg), "segmentation")
    ents = timed("extract_entities", ct.extract_entities, corpus, progress=False)
    save(ents, "entities")
    sl = timed("extract_slogans", ct.extract_slogans, corpus)
    save(sl, "slogans")
    rep = timed("build_report", ct.build_report, corpus, OUT / "report", terms=TERMS, progress=False)
    print("report", rep)
    bad_input()
    if notebooks:
        run_notebooks()
    pd.DataFrame(timings).to_csv(OUT / "timings.csv", index=False, encoding="utf-8-sig")
    pd.DataFrame(warn_log).drop_duplicates().to_csv(OUT / "warnings.csv", index=False, encoding="utf-8-sig")


def bad_input():
    import shutil
    import tempfile
    rows = []
    tmp = Path(tempfile.mkdtemp(prefix="user33_bad_"))
    good = sorted(PAGES.glob("*.txt"))[:2]
    cases = {
        "empty file": ("2011-06-03_p1.txt", b""),
        "GBK file": ("2011-06-10_p1.txt", good[0].read_text(encoding="utf-8").encode("gbk")),
        "binary file": ("2011-06-17_p1.txt", bytes(range(256)) * 20),
        "no date in name": ("连江报第二版.txt", "综合新闻\n琯头镇渔船回港\n本报讯 今年伏季休渔期间全县渔船回港。\n".encode("utf-8")),
    }
    for case, (fn, data) in cases.items():
        d = tmp / case.replace(" ", "_")
        d.mkdir()
        for g in good:
            shutil.copy(g, d / g.name)
        (d / fn).write_bytes(data)
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            try:
                c = ct.read_corpus(d)
                out = f"read {len(c.issues)} issues; " + str({i.id: (str(i.date), i.meta.get('encoding')) for i in c if i.id == Path(fn).stem})
            except Exception as e:  # noqa: BLE001
                out = f"{type(e).__name__}: {e}"
        rows.append(dict(case=case, file=fn, result=out[:600], warnings=" || ".join(str(x.message)[:300] for x in w)))
    d = tmp / "no_txt"
    d.mkdir()
    (d / "notes.docx").write_bytes(b"PK\x03\x04")
    try:
        c = ct.read_corpus(d)
        out = f"read {len(c.issues)} issues"
    except Exception as e:  # noqa: BLE001
        out = f"{type(e).__name__}: {e}"
    rows.append(dict(case="folder with no .txt", file=str(d.name), result=out[:600], warnings=""))
    pd.DataFrame(rows).to_csv(OUT / "bad_input.csv", index=False, encoding="utf-8-sig")
    shutil.rmtree(tmp)


def run_notebooks():
    import nbformat
    from nbclient import NotebookClient
    rows = []
    nbdir = HERE.parents[2] / "notebooks"
    for nbp in sorted(nbdir.glob("0*.ipynb")):
        nb = nbformat.read(nbp, as_version=4)
        if "06_" in nbp.name:
            rows.append(dict(notebook=nbp.name, cell=-1, status="not run", error="People's Daily notebook: no folder to change"))
            continue
        changed = 0
        for c in nb.cells:
            if c.cell_type == "code":
                s = c.source
                if "ct.load_seeds()" in s:
                    c.source = s.replace("ct.load_seeds()", f'ct.read_corpus(r"{PAGES}")')
                    changed += 1
                if s.startswith("# ── YOUR FOLDER"):
                    c.source = s.replace("MY_PAGES = None", f'MY_PAGES = r"{PAGES}"')
                    changed += 1
        t0 = time.perf_counter()
        client = NotebookClient(nb, timeout=1800, kernel_name="python3", allow_errors=True,
                                resources={"metadata": {"path": str(OUT)}})
        try:
            client.execute()
        except Exception as e:  # noqa: BLE001
            rows.append(dict(notebook=nbp.name, cell=-1, status="kernel error", error=str(e)[:400]))
        dt = time.perf_counter() - t0
        timings.append(dict(call=f"notebook {nbp.name}", seconds=round(dt, 1), error=""))
        nbformat.write(nb, OUT / f"nb_{nbp.name}")
        for i, c in enumerate(nb.cells):
            if c.cell_type != "code":
                continue
            errs = [o for o in c.get("outputs", []) if o.get("output_type") == "error"]
            warns = [o.get("text", "") for o in c.get("outputs", []) if o.get("name") == "stderr"]
            img = 0
            for j, o in enumerate(c.get("outputs", [])):
                if "image/png" in o.get("data", {}):
                    import base64
                    (OUT / f"nb_{nbp.stem}_cell{i}_{j}.png").write_bytes(base64.b64decode(o["data"]["image/png"]))
                    img += 1
            rows.append(dict(notebook=nbp.name, cell=i, status="error" if errs else "ok",
                             error=(errs[0]["ename"] + ": " + errs[0]["evalue"])[:400] if errs else "",
                             stderr=" ".join(warns)[:400], images=img, source=c.source[:120]))
        print(nbp.name, f"{dt:.0f} s", sum(r.get("status") == "error" for r in rows if r["notebook"] == nbp.name), "errors", flush=True)
    pd.DataFrame(rows).to_csv(OUT / "notebook_cells.csv", index=False, encoding="utf-8-sig")


if __name__ == "__main__":
    main(notebooks="--no-notebooks" not in sys.argv)
