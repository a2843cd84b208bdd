import corpus_tools as ct
page = """今日静宁　　　　静宁县融媒体中心主办
2020年9月16日　星期三　第1版　要闻

杨桥村蹚出致富路
□本报记者　田晓东　通讯员　雷建林
　　天刚蒙蒙亮，县供电公司派驻威戎镇杨桥村的干
部何玉林已经走在田间地头。
　　村民们都说，他是村里的“金名片”。
始终把群众放在心上
本报评论员
　　发展是第一要务。当前，全县上下要全面推进乡
村振兴，把心思和精力集中到抓落实上来。
　　让我们在静宁县这片热土上奋勇争先。
县委十四届四次全会召开
　　日前，县委十四届四次全会在县会议中心召开。
县委书记魏东平出席并讲话。（胡红）
生态静宁
守护一河清水
　　连日来，县水务局组织人员对葫芦河八里镇段开
展巡河，推进葫芦河流域综合治理工程。
　　“每天傍晚都来河边散步。”村民何宏芳说。
"""
for m in ("auto", "rules", "model"):
    print("==", m)
    for a in ct.split_page(page, method=m).articles:
        d = {k: getattr(a, k, None) for k in ("section", "kicker", "title", "byline", "body")}
        print({k: str(v)[:60] for k, v in d.items()})
