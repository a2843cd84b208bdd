"""Linking of ambiguous township and village names, with the county read off the text.

    /work/venv/bin/python benchmarks/linking/ambiguous_places.py [--errors]

Thirty-four short items written (mend23, round 22, before any change of the linking code) as other
counties' papers would print them, with real names of the shipped gazetteer chosen for their
ambiguity:

* ``village2``: a village name that two townships of the same county both have (新化县 大兴村 in
  白溪镇 and in 温塘镇), the township named right before it or earlier in the sentence;
* ``township``: a township name that two or three counties share (三湖镇 of 新干县 and of 衡阳县),
  on a page of one of them whose other townships say which;
* ``other``: a page of one county naming a township of another county with that county's name
  (学习蔚县暖泉镇的经验), or naming a shared township with no county at all (not to be guessed);
* ``nocounty``: no county name anywhere: the county must come from the townships alone;
* ``far`` (four items added after the first run, before any change): the village's township named
  in the same article but more than a sentence away, or nowhere (新化县 大兴村 alone: not to be
  guessed).

Each item is read as one page without a manifest (:func:`corpus_tools.read_corpus` on a
DataFrame: the county is inferred from the text, :mod:`corpus_tools.county`), its entities
extracted (:func:`corpus_tools.extract_entities`) and every gold mention looked up among the
TOWNSHIP / VILLAGE / COMMUNITY entities of the same text: ``right`` (the gold code), ``wrong``
(another code), ``unlinked`` (found, no code), ``missed`` (no entity of that text: a recognition
error, for the entity helpers), and for a gold of None ``right`` means not linked.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

#: (id, kind, page text, [(mention, gold code or None)])
ITEMS: list[tuple[str, str, str, list[tuple[str, str | None]]]] = [
    # -- village2: the same village name in two townships of one county ----------------------------
    ("v01", "village2", "白溪镇大兴村建起豆腐作坊\n　　本报讯 新化县白溪镇大兴村依托传统豆腐制作技艺，建成豆腐加工作坊三家，"
     "带动村民增收。", [("大兴村", "431322112291")]),
    ("v02", "village2", "温塘镇产业路通到村口\n　　本报讯 近日，新化县温塘镇投资200万元修建的产业路全线贯通，"
     "温塘镇大兴村的柑橘可以直接装车外运。", [("大兴村", "431322115233")]),
    ("v03", "village2", "麻城镇双桥村甜橙丰收\n　　本报讯 叙永县麻城镇双桥村200亩甜橙喜获丰收，村集体经济收入突破10万元。",
     [("双桥村", "510524117216")]),
    ("v04", "village2", "龙凤镇开展人居环境整治\n　　本报讯 连日来，叙永县龙凤镇组织党员干部深入双桥村、四坪村、凤池村，"
     "清理房前屋后垃圾。", [("双桥村", "510524111226")]),
    ("v05", "village2", "丹城镇徐楼村建成光伏电站\n　　本报讯 涡阳县丹城镇徐楼村村级光伏电站并网发电，年收益可达8万元。",
     [("徐楼村", "341621116204")]),
    ("v06", "village2", "曹市镇淝南村、徐楼村两村联建\n　　本报讯 涡阳县曹市镇推动淝南村、徐楼村联建蔬菜大棚，带动脱贫户就业。",
     [("徐楼村", "341621109202")]),
    ("v07", "village2", "纸房乡陈庄村举办农民丰收节\n　　本报讯 清丰县纸房乡陈庄村日前举办农民丰收节，展示食用菌等特色产品。",
     [("陈庄村", "410922213208")]),
    ("v08", "village2", "阳邵镇食用菌产业园开园\n　　本报讯 清丰县阳邵镇食用菌产业园开园，阳邵镇陈庄村、董石村等村的群众在园区务工。",
     [("陈庄村", "410922107205")]),
    ("v09", "village2", "招贤镇樊家山村修通入户路\n　　本报讯 临县招贤镇樊家山村新修入户路3公里，群众出行更方便。",
     [("樊家山村", "141124108208")]),
    ("v10", "village2", "大禹乡红枣进城\n　　本报讯 临县大禹乡樊家山村的红枣通过电商平台销往全国各地。",
     [("樊家山村", "141124207226")]),
    # -- township: a township name shared by two or three counties ---------------------------------
    ("t01", "township", "三湖镇红心杉木育苗基地扩容\n　　本报讯 新干县三湖镇红心杉育苗基地扩建50亩，"
     "与大洋洲镇、七琴镇的林业合作社签订供苗协议。", [("三湖镇", "360824101")]),
    ("t02", "township", "湘江岸边稻花香\n　　本报讯 衡阳县西渡镇、集兵镇、三湖镇的早稻陆续开镰，三湖镇中湖村种粮大户喜获丰收。",
     [("三湖镇", "430421112"), ("中湖村", "430421112201")]),
    ("t03", "township", "古堡里过大年\n　　本报讯 春节期间，蔚县暖泉镇西古堡村的打树花表演吸引大批游客，代王城镇、"
     "西合营镇的民俗社火也轮番上演。", [("暖泉镇", "130726105"), ("西古堡村", "130726105203")]),
    ("t04", "township", "中阳县暖泉镇发展核桃产业\n　　本报讯 中阳县暖泉镇新栽核桃树2000亩，宁乡镇、枝柯镇也在推广核桃嫁接技术。",
     [("暖泉镇", "141129104")]),
    ("t05", "township", "曹村镇：耕读小镇迎客来\n　　本报讯 瑞安市曹村镇曹南村的稻田艺术吸引游客，马屿镇、陶山镇的乡村旅游线路同步推出。",
     [("曹村镇", "330381128"), ("曹南村", "330381128201")]),
    ("t06", "township", "富平柿饼走俏\n　　本报讯 富平县曹村镇太白村柿饼加工正忙，流曲镇、美原镇的柿饼合作社订单不断。",
     [("曹村镇", "610528111"), ("太白村", "610528111205")]),
    ("t07", "township", "神农镇炎帝文化节开幕\n　　本报讯 高平市神农镇第十届炎帝文化节开幕，陈区镇、北诗镇的群众也赶来观看。",
     [("神农镇", "140581103")]),
    ("t08", "township", "羊山镇大蒜收购忙\n　　本报讯 金乡县羊山镇的冷库迎来大蒜收购高峰，霄云镇、鸡黍镇的蒜农也把大蒜运到这里。",
     [("羊山镇", "370828101")]),
    ("t09", "township", "樟市镇甫口村油茶飘香\n　　本报讯 桂阳县樟市镇甫口村油茶林进入采摘期，洋市镇、流峰镇的油茶加工厂开足马力。",
     [("樟市镇", "431021112"), ("甫口村", "431021112201")]),
    ("t10", "township", "新坝镇暖泉村戈壁农业见成效\n　　本报讯 高台县新坝镇暖泉村的戈壁温室种出了西红柿，巷道镇、合黎镇前来取经。",
     [("新坝镇", "620724106"), ("暖泉村", "620724106200")]),
    # -- other: another county's township, with or without its county named --------------------------
    ("o01", "other", "我县赴蔚县学习古堡保护经验\n　　本报讯 日前，中阳县考察团一行赴蔚县暖泉镇学习古堡保护与乡村旅游经验。"
     "中阳县暖泉镇将借鉴其做法。", [("赴蔚县暖泉镇|暖泉镇", "130726105")]),
    ("o02", "other", "蕲春县漕河镇客商来我县考察\n　　本报讯 湖北省蕲春县漕河镇的艾草企业负责人一行到庐江县郭河镇考察，"
     "双方就艾草种植达成合作意向。庐江县冶父山镇、同大镇的合作社参加座谈。", [("漕河镇", "421126100"), ("郭河镇", "340124104")]),
    ("o03", "other", "太阳镇邓家村：小香葱种出大产业\n　　本报讯 临川区太阳镇邓家村种植香葱800亩，上顿渡镇、唱凯镇的客商上门收购。",
     [("太阳镇", "361002112"), ("邓家村", "361002112202")]),
    ("o04", "other", "外地客商看好我县大米\n　　本报讯 来自三湖镇的客商日前与我县签订大米购销合同。",
     [("三湖镇", None)]),
    ("o05", "other", "新干县三湖镇与衡阳县三湖镇结对\n　　本报讯 江西省新干县三湖镇与湖南省衡阳县三湖镇日前签订友好乡镇协议，"
     "新干县三湖镇莲湖村与衡阳县三湖镇中湖村结为对子。", [("莲湖村", "360824101203"), ("中湖村", "430421112201")]),
    # -- nocounty: no county named; the townships say which -----------------------------------------
    ("n01", "nocounty", "温塘镇大兴村、白溪镇新源村结对帮扶\n　　本报讯 温塘镇大兴村与白溪镇新源村结成产业帮扶对子，"
     "石冲口镇、槎溪镇也组织村干部观摩。", [("大兴村", "431322115233"), ("新源村", "431322112206")]),
    ("n02", "nocounty", "新立镇苇沟村玉米喜获丰收\n　　本报讯 新立镇苇沟村玉米亩产超过800公斤，弓棚镇、闵家镇、于家镇的农机手前来帮忙收割。",
     [("苇沟村", "220182106204")]),
    ("n03", "nocounty", "孟岗镇吴寨村起重产业园开工\n　　本报讯 孟岗镇吴寨村起重配件产业园开工建设，丁栾镇、樊相镇、赵堤镇的企业入驻。",
     [("吴寨村", "410783105230")]),
    ("n04", "nocounty", "店则沟镇高家畔村红枣加工厂投产\n　　本报讯 店则沟镇高家畔村红枣加工厂投产，宽州镇、石咀驿镇、折家坪镇的枣农把鲜枣送到厂里。",
     [("高家畔村", "610830106225")]),
    ("n05", "nocounty", "牛泉镇刘家庄村生姜出口\n　　本报讯 牛泉镇刘家庄村的生姜通过冷链运输出口日韩，张家洼街道、凤城街道的外贸企业提供服务。",
     [("刘家庄村", "370116103203")]),
    # -- far: the village's township named in the article, but far from it; or nowhere ----------------
    ("f01", "far", "新化县推进农村饮水安全\n　　本报讯 今年以来，新化县投入资金1.2亿元实施农村饮水安全巩固提升工程，"
     "石冲口镇、槎溪镇、文田镇新建水厂3座。大兴村的村民告诉记者，自来水通到了灶台边。", [("大兴村", None)]),
    ("f02", "far", "麻城镇召开产业发展推进会\n　　本报讯 5月12日，叙永县麻城镇召开产业发展推进会，总结上半年甜橙、"
     "生猪、蔬菜三大产业发展情况，部署下半年重点工作。会议要求各村因地制宜抓好产业。会后，与会人员实地观摩了"
     "双桥村甜橙基地和正东镇的生猪养殖场。", [("双桥村", "510524117216")]),
    ("f03", "far", "大禹乡：小红枣撑起致富梦\n　　本报讯 走进临县大禹乡，漫山遍野的枣树挂满了果实。近年来，乡里引进"
     "红枣加工企业两家，建成红枣烘干房20座，枣农的收入逐年增加。在樊家山村，村民李海平算了一笔账：今年家里的"
     "红枣能卖3万多元。", [("樊家山村", "141124207226")]),
    ("f04", "far", "新庄镇：秸秆变成“金疙瘩”\n　　本报讯 榆树市新庄镇推广秸秆综合利用，全镇建成秸秆收储站12个，秸秆"
     "离田率达到90%以上。今年，镇里又引进一家生物质燃料企业，年消化秸秆5万吨。苇沟村种粮大户王德才说，"
     "秸秆卖了钱，地也干净了。", [("苇沟村", "220182114202")]),
]


def _entities(text: str):
    import pandas as pd

    from corpus_tools import extract_entities, read_corpus

    corpus = read_corpus(pd.DataFrame({"text": [text]}))
    ents = extract_entities(corpus, progress=False)
    county = corpus.issues_frame().loc[0, "county_code"]
    return ents, county


def score(items=ITEMS) -> tuple[Counter, list[tuple]]:
    """Outcome counts per kind and a row per gold mention: (id, kind, mention, gold, got, outcome, county)."""
    rows = []
    counts: Counter = Counter()
    for item_id, kind, text, gold in items:
        ents, county = _entities(text)
        places = ents[ents["label"].isin(["TOWNSHIP", "VILLAGE", "COMMUNITY", "GPE"])]
        for mention, code in gold:
            # "anchor|name": the name inside the sentence that holds the anchor (two 暖泉镇 on one page)
            anchor, _, name = mention.rpartition("|")
            keep = [(t == name or t.endswith(name) or name.endswith(t)) and anchor in str(sent)
                    for t, sent in zip(places["text"].astype(str), places["sentence"])]
            hits = places[keep]
            if hits.empty:  # not found: a recognition error, unless the gold is "not linked"
                got, outcome = None, "missed" if code is not None else "right"
            else:
                codes = [c for c in hits["admin_code"] if isinstance(c, str) and c]
                got = codes[0] if codes else None
                wrong = [c for c in codes if c != code]
                if code is None:
                    outcome = "right" if not codes else "wrong"
                elif not codes:
                    outcome = "unlinked"
                else:
                    outcome = "right" if not wrong else "wrong"
            counts[(kind, outcome)] += 1
            counts[("all", outcome)] += 1
            rows.append((item_id, kind, mention, code, got, outcome, county))
    return counts, rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list every mention not right")
    args = ap.parse_args()
    counts, rows = score()
    kinds = ["village2", "township", "other", "nocounty", "far", "all"]
    print("| kind | mentions | right | wrong | unlinked | missed |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for k in kinds:
        n = sum(v for (kk, _), v in counts.items() if kk == k)
        print(f"| {k} | {n} | " + " | ".join(str(counts[(k, o)]) for o in ("right", "wrong", "unlinked", "missed")) + " |")
    if args.errors:
        for r in rows:
            if r[5] != "right":
                print(*r, sep="\t")


if __name__ == "__main__":
    main()
