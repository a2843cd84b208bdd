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
print("F-ent-d surnames 向 / 冉 (truth: PERSON 向美玲, PERSON 冉光明)")
print("  ", ents("“在家门口就能挣钱。”长沙村村民向美玲说。望丰村村民冉光明当场和企业签订了劳动合同。"))
