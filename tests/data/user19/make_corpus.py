"""Build user19's test corpus: 10 hand pages (hand_articles.py) + ~30 pages laid out from
People's Daily 2019-2020 articles (re-dated into 2021-2023), with truth.json.

python tests/data/user19/make_corpus.py OUT_DIR [--hand-only]   (People's Daily text is read from /work/shared; not committed)
Layout: OUT/pages/*.txt (2021, 2022), OUT/pages/2023 -> OUT/extra_2023 (a symlinked folder).
"""
import json, lzma, random, sys, os, re, datetime
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from hand_articles import PAGES

WIDTH = 13
rng = random.Random(19)

def wrap(par, width=WIDTH, indent=True):
    s = ("　　" if indent else "") + par
    return [s[i:i + width] for i in range(0, len(s), width)]

def page_lines(top, arts):
    lines = list(top) + [""]
    for a in arts:
        head = []
        if a.get("kicker"): head.append(a["kicker"])
        head.append(a["title"])
        if a.get("subtitle"): head.append("——" + a["subtitle"])
        body = []
        if a.get("byline") and not a.get("byline_end"): body.append(a["byline"])
        for p in a["body"]:
            body += wrap(p)
        if a.get("byline_end"): body.append(a["byline_end"])
        if a.get("head_after"):
            lines += body + [""] + head + [""]
        else:
            lines += head + [""] + body + [""]
    return lines

def write(path, text, enc):
    path.parent.mkdir(parents=True, exist_ok=True)
    if enc == "gbk":
        path.write_bytes(text.encode("gbk"))
    elif enc == "utf-8-badbyte":
        b = text.encode("utf-8")
        k = b.find("机插率".encode("utf-8"))
        path.write_bytes(b[:k] + b"\xff" + b[k:])
    else:
        path.write_text(text, encoding="utf-8")

def main(out, hand_only=False):
    out = Path(out); pages = out / "pages"; extra = out / "extra_2023"
    pages.mkdir(parents=True, exist_ok=True); extra.mkdir(parents=True, exist_ok=True)
    truth = []
    def dest(fname, date):
        return (extra if date.startswith("2023") else pages) / fname
    for p in PAGES:
        text = "\n".join(page_lines(p["top"], p["articles"])) + "\n"
        write(dest(p["file"], p["date"]), text, p["encoding"])
        truth.append(dict(file=p["file"], date=p["date"], kind="hand", encoding=p["encoding"],
                          titles=[a["title"] for a in p["articles"]],
                          bylines=[a["byline"] for a in p["articles"]],
                          text="\n".join(a["title"] + "\n" + a.get("subtitle", "") + "\n" + "".join(a["body"]) for a in p["articles"])))
    if hand_only:
        n_pd = 0
    else:
        n_pd = 30
    # People's Daily pages
    rows = [] if hand_only else [json.loads(l) for l in lzma.open("/work/shared/data/people_daily_2019_2020/articles.jsonl.xz", "rt")]
    rows = [r for r in rows if 300 <= len(r["text"]) <= 1200 and r.get("title")]
    rng.shuffle(rows)
    start = datetime.date(2021, 1, 8)
    for i in range(n_pd):
        d = start + datetime.timedelta(days=int(i * (3 * 365 - 30) / n_pd) + rng.randint(0, 5))
        pg = rng.randint(2, 4)
        arts = []
        for j in range(3):
            r = rows.pop()
            pars = [x.strip("　 ") for x in r["text"].split("\n") if x.strip()]
            arts.append(dict(title=r["title"], kicker="", subtitle="", byline="", body=pars,
                             head_after=(i % 3 == 1), src_id=r["id"]))
        wd = "一二三四五六日"[d.weekday()]
        top = ["今日攸县", f"{d.year}年{d.month}月{d.day}日 星期{wd} 第{pg}版"]
        # file names: mostly ISO; some otherwise
        if i % 10 == 3:
            fname = f"攸县报{d:%Y%m%d}第{pg}版.txt"
        elif i % 10 == 7:
            fname = f"{d:%Y%m%d}_p{pg}.txt"
        elif i % 10 == 9:
            fname = f"scan_{i:03d}.txt"
        else:
            fname = f"{d:%Y-%m-%d}_第{pg}版.txt"
        text = "\n".join(page_lines(top, arts)) + "\n"
        write(dest(fname, d.isoformat()), text, "utf-8")
        truth.append(dict(file=fname, date=d.isoformat(), kind="pd", encoding="utf-8",
                          titles=[a["title"] for a in arts], bylines=["" for a in arts],
                          src_ids=[a["src_id"] for a in arts],
                          text="\n".join(a["title"] + "\n" + "".join(a["body"]) for a in arts)))
    link = pages / "2023"
    if not link.exists():
        os.symlink(extra.resolve(), link)
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(truth), "pages")

if __name__ == "__main__":
    main(sys.argv[1], hand_only="--hand-only" in sys.argv)
