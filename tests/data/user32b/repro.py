"""Minimal reproductions of FINDINGS.md (split_page on a few invented lines)."""
import corpus_tools as ct
CASES = {
"R1 headline after body": """城建　3
2010年5月11日　星期二

城建

　　华山路改造工程进入收尾阶段，预计本月底恢复通车。
　　施工单位负责人介绍，工程共投资一千二百万元。

老路换新颜　出行更顺畅
本报记者　金美玉　姜铁军

　　大东街道老旧小区改造日前全面开工，涉及楼房四十二栋。
　　改造计划十月底前完工。

老旧小区改造全面开工
""",
"R1b headline after body, three articles": """城建

　　华山路改造工程进入收尾阶段。大东街道境内三公里路段的管网铺设已全部完成，预计本月底恢复通车。
　　船营区住建局有关负责人表示，将加强质量监管，确保工程经得起检验。

老路换新颜　出行更顺畅
本报记者　金美玉　姜铁军

　　大东街道老旧小区改造项目日前全面开工，涉及楼房四十二栋、居民一千六百余户。
　　船营区住建局派驻技术人员全程监督，每周召开一次现场调度会。

老旧小区改造全面开工

　　近日，北山街道鞍山社区组织志愿者走进辖区老旧小区，为独居老人送去米面油和冬季取暖用品。
　　下一步，北山街道将在全街道推广这一做法，让居民在家门口办成更多事。（曲艺）

鞍山社区网格连起邻里情
""",
"R2 correspondent + unit line": """要闻

区委召开常委会议
通讯员　崔成哲　船营区文化馆

　　日前，船营区委召开常委会议，研究部署有关工作。
　　会议要求，各部门要加强协调配合。
""",
"R3 unit credit": """社区

暖心服务进楼院

　　近日，长春路街道港湾社区组织志愿者走进辖区老旧小区。
　　社区把辖区划成十二个网格。
（船营区文化馆供稿）
""",
"R4 photo report glued": """要闻

凝心聚力抓落实

　　本报讯（记者　姜铁军）日前，船营区委召开常委会议。
　　会议要求，各部门要加强协调配合。

临江社区网格连起邻里情

　　近日，临江街道临江社区组织志愿者走进辖区老旧小区。
　　下一步，临江街道将推广这一做法。记者　金美玉　摄影报道
""",
"R5 briefs": """要闻

简　讯

■ 北山街道日前开展消防安全大检查，排查隐患二十三处。

■ 欢喜乡举办农民实用技术培训班，二百余名农民参加培训。
""",
"R6 column name line": """专栏

民生直通车
江边的早晨
文/左文

　　清晨的松花江边，雾凇挂满了柳枝。
　　城市在变，老街也在变。
""",
"R7 banner with square and mail footer": """城建　A3
船营报　2016年5月23日　星期一

■ 城建

暖房子工程惠民生
文/图　金美玉

　　向阳街道老旧小区改造项目日前全面开工。
　　住建局派驻技术人员全程监督。


责任编辑：刘洪波　　校对：林晓
本版邮箱：cyb2014@126.com
""",
"R8 photo item after an article": """社区

冬日送暖到家门
本报记者　韩冰

　　近日，南京街道五中社区组织志愿者走进辖区老旧小区，为独居老人送去米面油和冬季取暖用品。
　　社区把辖区划成十二个网格，每个网格都有楼长和志愿者。

清雪保畅通

日前，昆明社区志愿者在小区内清扫积雪，为居民出行提供方便。
石磊　摄
""",
}
for k, raw in CASES.items():
    lay = ct.split_page(raw)
    print("==", k)
    for a in lay.articles:
        print("   section", repr(a.section), "| kicker", repr(a.kicker), "| title", repr(a.title), "| byline", a.byline,
              "| body", repr(a.body[:20]), "…", repr(a.body[-22:]))

# F2: byline lines under a headline, one page each
FORMS = ["融媒体中心　记者　高原", "融媒体中心记者　高原", "区融媒体中心记者　高原", "船营区融媒体中心记者　高原", "船营区融媒体中心　记者　高原",
         "船营区融媒体中心　记者　高原　摄影　石磊", "新媒体中心记者　高原", "全媒体记者　高原", "本报评论员　左文", "本报评论员",
         "特约通讯员　冯雪梅", "通讯员　冯雪梅　船营区民政局", "船营区民政局　冯雪梅", "通讯员　冯雪梅（船营区民政局）",
         "本报记者　田野　摄", "文/图　左文", "撰文　曲艺　摄影　田野", "记者韩冰　通讯员冯雪梅", "（文/图　记者　金美玉）", "图/石磊"]
print("== F2 byline lines (kicker, title, byline)")
for f in FORMS:
    raw = f"社区\n\n社区书屋飘书香\n{f}\n\n　　北山街道的社区书屋日前正式开放，书屋藏书五千余册，每天开放到晚上八点。\n　　退休教师付桂兰主动当起了管理员，还组织了少儿读书会。\n"
    print(f"   {f:24s} →", [(x.kicker, x.title, x.byline) for x in ct.split_page(raw).articles])

# F3: end credits, glued to the last paragraph and on their own line; a second article follows
ENDS = ["（冯雪梅　船营区民政局）", "（据船营区民政局）", "（区委宣传部）", "（本报综合）", "（船营区融媒体中心　高原）",
        "（船营区民政局供稿）", "（曲艺　冯雪梅）", "记者　金美玉　摄影报道"]
for glued in (True, False):
    print("== F3 end credit", "glued to the last paragraph" if glued else "on its own line", "(title, byline, body end) of both articles")
    for f in ENDS:
        raw = ("社区\n\n社区书屋飘书香\n\n　　北山街道的社区书屋日前正式开放，书屋藏书五千余册，每天开放到晚上八点。\n"
               "　　退休教师付桂兰主动当起了管理员，还组织了少儿读书会。" + ("" if glued else "\n") + f +
               "\n\n养老服务站覆盖全区\n\n　　记者从船营区民政局获悉，今年全区新增社区养老服务站六个。\n")
        print(f"   {f:20s} →", [(x.title, x.byline, x.body[-12:]) for x in ct.split_page(raw).articles])
