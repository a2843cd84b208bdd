"""Minimal reproductions of the findings (invented text).  python repro.py > out_repro.txt"""
import os, shutil, tempfile, warnings
warnings.simplefilter("ignore")
os.environ["CORPUS_TOOLS_CACHE"] = tempfile.mkdtemp()
import corpus_tools as ct

def corpus(pages):
    d = tempfile.mkdtemp()
    for fn, text in pages.items():
        open(os.path.join(d, fn), "w", encoding="utf-8").write(text)
    return ct.read_corpus(d, county="公安县")

HEAD = "今日公安　{}　第1版　要闻\n\n"
print("== F1 crisis formulae printed unquoted: slogan_mentions")
c = corpus({"2022-04-18_p1.txt": HEAD.format("2022年4月18日　星期一") + "坚持动态清零不动摇\n　　本报讯　会议要求，落实应检尽检，坚持联防联控、群防群控，"
            "打好抗冰救灾和抗击非典那样的硬仗，做好灾后重建，开展爱国卫生运动，确保人员不伤亡、重要堤防不溃决。（龚建）\n",
            "2023-01-09_p1.txt": HEAD.format("2023年1月9日　星期一") + "我县平稳实施乙类乙管\n　　本报讯　1月8日起实施乙类乙管，保健康、防重症。（龚建）\n"})
m = ct.slogan_mentions(c)
print(m[["issue_id", "group", "printed_form", "source", "quoted"]].to_string() if len(m) else "(no mentions)")
print("\n== F2 疫情防控 counted as a formula inside an ORG and an EVENT name")
c = corpus({"2020-02-02_p1.txt": HEAD.format("2020年2月2日　星期日") + "指挥部召开会议\n　　本报讯　县新冠肺炎疫情防控指挥部召开疫情防控工作会议。（龚建）\n"})
m = ct.slogan_mentions(c)
print(m[["group", "printed_form", "in_formula", "context"]].to_string() if len(m) else "(no mentions)")
print("\n== F3 flood and epidemic facilities (FAC): extract_entities")
c = corpus({"2020-07-12_p1.txt": HEAD.format("2020年7月12日　星期日") + "干群连夜守堤\n　　本报讯　群众日夜巡守荆南长江干堤和虎渡河东堤，"
            "技术人员在闸口泵站、北闸值守，转移群众安置在埠河镇集中安置点。荆江大酒店隔离点启用。（龚建）\n"})
e = ct.extract_entities(c)
print(e[["text", "label"]].to_string())
print("\n== F4 drills and historic disasters (EVENT)")
c = corpus({"2024-06-20_p1.txt": HEAD.format("2024年6月20日　星期四") + "演练举行\n　　本报讯　6月19日，全县防汛抢险应急演练在藕池镇举行。"
            "全县突发公共卫生事件应急演练同日举行。回想1998年抗洪抢险和1954年荆江分洪，群众记忆犹新。（龚建）\n"})
e = ct.extract_entities(c)
print(e[["text", "label"]].to_string())
print("\n== F5 a rain table followed by a news article: articles_frame")
c = corpus({"2016-07-03_p2.txt": HEAD.format("2016年7月3日　星期日") + "全县雨情\n县气象局7月1日8时至2日8时雨量（毫米）\n乡镇　雨量\n孟家溪镇　218.4\n"
            "黄山头镇　196.0\n\n松滋河超警　全力巡堤查险\n　　本报讯（记者　田甜　通讯员　彭晓红）受持续强降雨影响，松滋河水位超过警戒水位1.67米。\n"})
a = c.articles_frame(progress=False)
print(a[["title", "kicker", "byline", "body"]].to_string())
print("\n== F5b the same on the generated page 2016-07-03_p2 and the notice page 2022-04-26_p1 (news absorbed, signature as byline)")
c = corpus({f: open("pages/" + f, encoding="utf-8").read() for f in ["2016-07-03_p2.txt", "2022-04-26_p1.txt"]})
a = c.articles_frame(progress=False)
print(a[["issue_id", "title", "byline"]].to_string())
print("\n== F6 no weekly grouping")
try:
    ct.keyword_trends(c, ["防汛"], by="week")
except Exception as ex:
    print(type(ex).__name__, ex)
