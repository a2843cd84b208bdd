"""Minimal reproductions of FINDINGS.md (user37).  python repro.py  (PYTHONPATH at the tree)."""
import warnings
import pandas as pd
import corpus_tools as ct

pd.set_option("display.width", 200)


def ents(text, **kw):
    e = ct.extract_entities([text], county_code="500235", **kw)
    return [(r.text, r.label, getattr(r, "admin_code", None)) for r in e.itertuples()]


print("F-ent-a 扶贫车间 / 创业园 / 孵化园 (truth: FAC 望丰村扶贫车间, FAC 云阳县农民工返乡创业园, FAC 渝东北返乡创业孵化园)")
print("  ", ents("走进巴阳镇望丰村扶贫车间，46名工人正忙着缝制鞋面。"))
print("  ", ents("目前，入驻云阳县农民工返乡创业园的返乡创业企业已有60家。"))
print("  ", ents("目前，入驻渝东北返乡创业孵化园的返乡创业企业已有60家。"))
print("F-ent-b 简讯 item signature (truth: ORG 县劳务办, TOWNSHIP 南溪镇, PERSON 黄小兰; no PERSON 工维权)")
print("  ", ents("■　县劳务办日前在南溪镇开展农民工维权宣传。（黄小兰）"))
print("F-ent-c destination 晋江 (truth: GPE 晋江 x2)")
print("  ", ents("在晋江打工12年的郑小军，去年回到栖霞镇红龙村。巴阳镇的44名农民工乘专车前往晋江务工。"))
print("F5 surnames 向 / 冉 / 程 (truth: one PERSON each; the first, after 村民, is found; the rest are not)")
for t in ["“在家门口就能挣钱。”长沙村村民向美玲说。", "“在家门口就能挣钱，还能照顾老人孩子。”工人向美玲说。",
          "大花村的小学四年级学生向美玲，父母在新疆打工，已经三年没有回家过年。", "在晋江打工7年的向美玲，去年回到凤鸣镇马岭村。",
          "“在家门口就能挣钱。”工人冉光明说。", "在上海打工15年的程大福，去年回到栖霞镇红龙村。"]:
    print("  ", t[:24], ents(t))

import os, csv, shutil, subprocess, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
R = os.path.join(HERE, "repro")
print("F3 formulae (truth: 城乡统筹 x2, 就业优先, 输出一人、脱贫一户, 一人就业、全家脱贫, 中国梦, 全面建成小康社会, 西部大开发)")
c = ct.read_corpus(R, pattern="2012-07-13_第1版.txt")
print("   ", ct.slogan_mentions(c).group.tolist())
print("F8 section printed 劳务·民生 (truth: 劳务·民生 for all three articles)")
for f in ["2004-09-03_第3版.txt", "2004-09-10_第3版.txt"]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = ct.read_corpus(R, pattern=f)
    print("   ", f, c.articles_frame(progress=False).section.tolist())
print("F10 CLI csv of a CRLF page whose 简讯 signature wraps (truth: 3 rows, header + 2 articles)")
out = os.path.join(tempfile.mkdtemp(), "x.csv")
subprocess.run(["corpus-tools", "articles", R, "--pattern", "2003-05-09_第4版.txt", "--format", "csv", "-o", out, "-q"])
rows = list(csv.reader(open(out, encoding="utf-8-sig")))
print("    rows", len(rows), [r[0] for r in rows])
print("F7 collocations of 务工 (truth: no 市长; this small corpus does not reproduce it, the 140 pages do: see FINDINGS F7)")
c = ct.Corpus.from_articles(pd.DataFrame(dict(issue_id=["a", "b", "c"], date=["2005-01-07"] * 3,
                                              title=["x", "y", "z"], body=["近日，巴阳镇的40名农民工乘专车前往东莞，到东莞市长兴鞋业有限公司务工。"] * 3)))
print("   ", ct.collocations(c, word="务工", window=3, min_count=2)[["w1", "w2", "count"]].head(5).values.tolist())
print("F13 the same PDF twice, X.pdf and X(1).pdf (truth: one page, or a warning)")
d = tempfile.mkdtemp()
src = os.path.join(HERE, "pages", "2014-10-17_第1版.pdf")
shutil.copy(src, d); shutil.copy(src, os.path.join(d, "2014-10-17_第1版(1).pdf"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c = ct.read_corpus(d)
print("    issues", [i.id for i in c.issues], "warnings", [str(x.message)[:80] for x in w])
