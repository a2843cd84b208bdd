"""Invented county-paper sentences for issue 15, finding 9 of user20 (product noun + one character read as
a person, bare village forms inside set phrases and mottos, projects with a county prefix), written before
the code changed; half are held (scored, never used to write a rule).

    PYTHONPATH=. python benchmarks/user20_forms.py

Each item: (county code, sentence, spans that must be tagged as (text, label), spans that must not be tagged
with any label). Prints per part how many items pass.
"""
from __future__ import annotations

import corpus_tools as ct

OPEN = [
    ("331024", "仙居杨梅甲天下，今年杨梅喜获丰收。", [], ["杨梅甲", "杨梅喜"]),
    ("330784", "东阳红糖甜天下，今年红糖喜获好价钱。", [], ["红糖甜"]),
    ("510921", "大石镇：守护绿水青山 做活生态文章", [("大石镇", "TOWNSHIP")], ["青山"]),
    ("331024", "村里还借助“仙居山水·共富先行”品牌，把民宿办了起来。", [("仙居", "GPE")], ["共富"]),
    ("510921", "蓬溪县城乡供水一体化项目正式开工。", [("蓬溪县城乡供水一体化项目", "PROJECT")], []),
    ("331024", "仙居县城市有机更新项目顺利推进。", [("仙居县城市有机更新项目", "PROJECT")], []),
    # GUIDE: roads are FAC and a trailing 段 is dropped (the user expected a PROJECT; corrected after reading it)
    ("510921", "遂潼快速通道蓬溪段建成通车。", [("遂潼快速通道", "FAC")], []),
    ("331024", "杨丽萍是白塔镇的杨梅种植大户，杨丽萍说今年价格不错。", [("杨丽萍", "PERSON"), ("白塔镇", "TOWNSHIP")], []),
    # GUIDE, flat and maximal: 青山村党支部 is one ORG (expectation corrected after the first run)
    ("510921", "青山村党支部书记杨国华带领村民发展柑橘产业。", [("青山村党支部", "ORG"), ("杨国华", "PERSON")], []),
    ("331024", "横溪镇污水零直排区建设项目已完成投资八成。", [("横溪镇污水零直排区建设项目", "PROJECT")], []),
    ("510921", "践行绿水青山就是金山银山理念，蓬溪县持续改善人居环境。", [("蓬溪县", "GPE")], ["青山", "金山"]),
    ("331024", "杨梅节期间，果农杨建军说，今年杨梅个大味甜。", [("杨建军", "PERSON")], []),
]
HELD = [
    ("330329", "泰顺猕猴桃誉满天下，今年猕猴桃喜迎丰收。", [], ["猕猴桃"]),
    ("331024", "仙居杨梅红天下，杨梅熟了请您来。", [], ["杨梅红", "杨梅熟"]),
    ("510921", "天福镇：守护绿水青山 建设美丽乡村", [("天福镇", "TOWNSHIP")], ["青山"]),
    ("330329", "围绕“山水泰顺·共富先行”主题，各乡镇推出一批精品线路。", [("泰顺", "GPE")], ["共富"]),
    ("330329", "泰顺县城乡供水一体化项目完成主体工程。", [("泰顺县城乡供水一体化项目", "PROJECT")], []),
    ("510921", "蓬溪县城市有机更新项目列入全市重点项目。", [("蓬溪县城市有机更新项目", "PROJECT")], []),
    ("331024", "杨梅芳家的杨梅园今年又迎来了丰收，杨梅芳笑着说。", [("杨梅芳", "PERSON")], []),
    ("510921", "在青山村，村民们正忙着采摘柑橘。", [("青山村", "VILLAGE")], []),
    ("331024", "城乡供水一体化项目让全县群众喝上放心水。", [("城乡供水一体化项目", "PROJECT")], []),
    ("510921", "牢记绿水青山就是金山银山，天福镇关停了三家砂石场。", [("天福镇", "TOWNSHIP")], ["青山", "金山"]),
    ("331024", "县委书记杨胜杰到皤滩乡调研杨梅产业。", [("杨胜杰", "PERSON"), ("皤滩乡", "TOWNSHIP")], []),
    ("510921", "成南高速蓬溪段改扩建工程进展顺利。", [], ["成南"]),
]


def score(items):
    ok = 0
    for code, text, must, must_not in items:
        ents = ct.extract_entities([text], county_code=code)
        got = {(t, lab) for t, lab in zip(ents.text, ents.label)}
        texts = set(ents.text)
        bad = [m for m in must if m not in got] + [t for t in must_not if t in texts]
        ok += not bad
        if bad:
            print("  miss", text, bad, sorted(got))
    return ok


if __name__ == "__main__":
    for name, items in (("open", OPEN), ("held", HELD)):
        n = score(items)
        print(f"{name}: {n}/{len(items)}")
