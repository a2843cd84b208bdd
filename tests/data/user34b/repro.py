"""Minimal reproductions of FINDINGS.md (invented text; public API only).  python repro.py > out_repro.txt"""
import os, tempfile, warnings
import corpus_tools as ct
from corpus_tools.page_dates import date_from_masthead
warnings.simplefilter("ignore")


def show(name, raw):
    lay = ct.split_page(raw)
    print(f"\n=== {name}")
    for a in lay.articles:
        print(f"  article: section={a.section!r} kicker={a.kicker!r} title={a.title!r} subtitle={a.subtitle!r} "
              f"byline={a.byline} captions={a.captions}\n     body={a.body!r}")
    for b in lay.blocks:
        if b.article is None:
            print(f"  (no article) {b.kind}: {b.text!r}")
    for r in lay.repairs:
        print(f"  repair: {r.kind} {r.note}")


# F1 column-flow repair moves paragraphs of a page printed in order
show("F1 paragraphs moved to a later article", """第2版　乡镇视窗　2004年1月28日

乡镇视窗

陈袁滩镇黄花菜产业助农增收
本报记者　马军　韩雪梅

　　近年来，陈袁滩镇坚持把发展特色产业作为乡村振兴的重要抓手，不断完善基础设施。

　　与会人员实地观摩了陈袁滩镇沙坝湾村的黄花菜基地。为确保安全度汛，市水务局组织力量对沿黄堤防进行了全面排查。

　　据了解，该项目总投资4645万元。当天，青铜峡市恒达商贸有限公司的工人们正在车间里忙着分拣、包装。

三棵树村群众家门口就业增收
本报记者　马建国

　　活动现场，市水务局工作人员向群众发放宣传资料1245余份。黄河水润泽下的三棵树村，稻田连片，渠水清清。

我市红枣种植面积突破3009亩
文/图　海涛

　　今年以来，市卫健局紧盯群众急难愁盼问题，办理民生实事4300件。

　　当天，青铜峡市恒达商贸有限公司的工人们正在车间里忙着分拣、包装，一派繁忙景象。
""")

# F2 a table printed as text: rows become banners, the cells' separating spaces are deleted (32100　21800 -> 3210021800)
show("F2 table as text", """第4版　经济　2006年6月5日

2005年各镇粮食产量

镇名　播种面积（亩）　总产（吨）

小坝镇　32100　21800

叶盛镇　41200　30150

合计　73300　51950

（市统计局供稿）
""")

# F5 notices on a page without blank lines: running head and every notice in one article
show("F5 notices without blank lines", """2024年3月22日 星期五 ｜ 第5版 ｜ 公告·服务 ｜ 责编：金凤
公告·服务
遗失声明
青铜峡市峡源枸杞专业合作社不慎遗失营业执照副本一份，特此声明作废。
招聘启事
青铜峡市禾丰农机服务有限公司因业务发展需要，现面向社会招聘工作人员若干名。
联系电话：0953-3058423，联系人：韩雪梅。
遗失声明
青铜峡市恒达商贸有限公司不慎遗失营业执照副本一份，特此声明作废。
""")

# F6 a photo page: items merged, headlines lost, a credit cut by the column
show("F6 photo page", """2011年10月10日　星期一　第5版　图片新闻

图片新闻

稻谷飘香

图为地三村村民在田间采摘枸杞。　吴晓丽　摄

袁滩村的新面貌

图为陈袁滩镇群众在袁滩村文化广场表演节目。　沙
晓燕　摄
""")

# F3 dates: file names 2003年05月12日_p2.txt; a folio with 责编; a date line on the 4th line
d = tempfile.mkdtemp()
for fn in ("2003年05月12日_p2.txt", "20030512_p3.txt", "2003-05-12_p4.txt"):
    open(os.path.join(d, fn), "w", encoding="utf-8").write("小坝镇召开总结会\n\n　　本报讯 日前，小坝镇召开年度工作总结会。\n")
print("\n=== F3 dates from file names\n", ct.read_corpus(d).issues_frame()[["issue_id", "date", "date_source"]].to_string())
for s in ["2021年6月30日 星期三 ｜ 第4版 ｜ 文化·旅游 ｜ 责编：田学军\n\n文化\n", "2021年6月30日 星期三 ｜ 第4版\n\n文化\n",
          "青铜峡报\n中共青铜峡市委机关报\n国内统一刊号：CN64-0034　第886期\n2003年4月19日　星期六　今日4版\n"]:
    print("  date_from_masthead", repr(s[:45]), "->", date_from_masthead(s))

# F7 the front-page masthead small print of 2000-2007 read as an article
show("F7 masthead as an article", """青铜峡报
中共青铜峡市委机关报
国内统一刊号：CN64-0034　第886期
2003年4月19日　星期六　今日4版

我市召开三级干部大会

　　本报讯（记者 丁学文）4月18日，我市召开三级干部大会，安排部署今年农业农村工作。
""")

# F8 the jump line under a repeated headline glued into the title
show("F8 continuation headline + 上接 line", """第2版　综合新闻　2002年11月8日

综合新闻

全市冬季农田水利基本建设全面铺开
（上接第1版）

　　会上，瞿靖镇、大坝镇、邵岗镇分别介绍了冬季水利建设的做法和经验。

（拜建成）
""")

# F9 double-spaced extraction: the body lines become banners
show("F9 double-spaced", """2021年6月30日 星期三 ｜ 第2版 ｜ 综合 ｜ 责编：刘慧


综合


我市举办庆祝建党百年文艺演出

青铜峡市融媒体中心记者　金凤


　　6月29日晚，我市庆祝中国共

产党成立一百周年文艺演出在黄河楼

广场举行。
""")

# F11 文/图 read as 撰文 (the photographer's role lost)
lay = ct.split_page("小坝镇发展设施农业\n文/图　海涛\n\n　　今年，小坝镇先锋村新建日光温室一百二十栋。\n")
print("\n=== F11 文/图 role:", [a.byline for a in lay.articles])

# F12 headline-after (this one works) page (2008-2014 era): bodies first, then kicker + title
show("F12 (works) headline after body with a kicker", """2010年3月5日　星期五　第2版　综合新闻

综合新闻

　　本报讯（记者 马秀兰）今年，小坝镇先锋村新建日光温室一百二十栋，种植西红柿、辣椒等蔬菜。

小坝镇先锋村发展设施农业

　　本报讯（记者 王志刚）3月3日，我市春季义务植树活动在青铜峡镇滑石沟村启动。

青铜峡镇滑石沟村
我市开展春季植树造林
""")

# F4 a plain page reported as interleaved (and read column by column?)
raw = """2025年2月2日 星期日 ｜ 第4版 ｜ 教育卫生 ｜ 责编：马秀兰

教育卫生

市自然资源局为民办实事4708件
文/图　韩雪梅

青铜峡市鑫源汽车修理部负责人何彦军介绍，公司今
年订单已排到年底，产品销往全国55个省区。活动
中，医务人员为西滩村群众免费测量血压、血糖11
29人次。黄河水润泽下的西滩村，稻田连片，渠水
清清。
"""
d = tempfile.mkdtemp()
open(os.path.join(d, "2025-02-02_p4.txt"), "w", encoding="utf-8").write(raw)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c = ct.read_corpus(d)
    c.articles_frame(progress=False)
print("\n=== F4 false interleave alarm:", [str(x.message)[:120] for x in w])
show("F4 the same page laid out", raw)
