"""The persona adds her region's formulae (docs/slogans.md, load_formula_lexicon(extra=...)) and re-runs the tables."""
import time, resource, pandas as pd, corpus_tools as ct
corpus = ct.read_corpus("pages/", manifest="pages/manifest.csv")
extra = [dict(text="守望相助", kind="quoted", year=2014, level="provincial", region="内蒙古", source="习近平在内蒙古考察（2014年1月）"),
         dict(text="民族团结进步创建", kind="quoted", year=1988, level="national", region="", source="国务院民族团结进步表彰"),
         dict(text="社会主义新农村新牧区", kind="quoted", year=2006, level="provincial", region="内蒙古", source="内蒙古自治区党委"),
         dict(text="一个桥头堡", kind="numbered", year=2019, level="provincial", region="内蒙古", source="习近平参加内蒙古代表团审议（2019）"),
         dict(text="国家通用语言文字", kind="quoted", year=2020, level="national", region="", source=""),
         dict(text="石榴籽", kind="quoted", year=2014, level="national", region="", source="第二次中央新疆工作座谈会", variants="像石榴籽一样紧紧抱在一起")]
t = time.time(); lex = ct.load_formula_lexicon(extra=extra); print("load_formula_lexicon(extra)", round(time.time() - t, 2))
t = time.time(); sl = ct.extract_slogans(corpus, formulae=lex); print("extract_slogans(formulae=lex)", round(time.time() - t, 2))
sl.to_csv("out/slogans_with_region.csv", index=False)
for x in [e["text"] for e in extra]:
    r = sl[(sl.text == x) | (sl.group == x)]
    print(x, r[["text", "kind", "source", "count", "n_quoted", "first_date", "last_date"]].values.tolist()[:2])
co = ct.slogan_entity_cooccurrence(corpus, window="article", formulae=lex); co.to_csv("out/slogan_place_cooc_region.csv", index=False)
print("cooc rows", len(co), "with 守望相助:", (co.slogan == "守望相助").sum())
