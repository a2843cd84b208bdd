"""A notice's signer line (corpus_tools._entity_rules.signers): tagged as the part ``credit`` of the notice.

Invented notices of 彭阳县 and 仙居县 papers (real county names, invented units and dates).
"""

from __future__ import annotations

import warnings

import corpus_tools as ct
from corpus_tools._entity_rules.signers import signer_lines

NOTICE = ("国网彭阳县供电公司停电公告\n\n　　因线路检修，5月8日8时至17时城区部分片区停电，请用户提前做好准备。\n　　特此公告。\n"
          "国网彭阳县供电公司\n2023年5月5日\n\n全县春耕生产有序推进\n\n　　本报讯 连日来，全县各乡镇抢抓农时，春耕生产有序推进。\n")


def test_a_signer_under_a_closing_formula_is_the_notice_s_credit_line():
    # (a notice whose title names its issuer: the signer stays a credit; else it is the byline, layout.noticesigners)
    got = signer_lines(ct.Issue(id="p3", raw=NOTICE))
    assert got == [("p3-01", "国网彭阳县供电公司")]  # the date under it is no signer


def test_no_signer_without_a_sign_off():
    raw = "全县春耕生产有序推进\n\n　　本报讯 连日来，全县各乡镇抢抓农时，春耕生产有序推进。\n"
    assert signer_lines(ct.Issue(id="p4", raw=raw)) == []


def _entities(folder, raw):
    (folder / "2023-05-06_p2.txt").write_text(raw, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ct.extract_entities(ct.read_corpus(folder, manifest=None), model=False)


def test_the_signer_s_org_is_an_entity_of_the_notice(tmp_path):
    df = _entities(tmp_path, NOTICE)
    rows = df[df["part"] == "credit"]
    assert rows[["article_id", "text", "label"]].values.tolist() == [["2023-05-06_p2-01", "国网彭阳县供电公司", "ORG"]]


def test_the_signer_of_a_notice_whose_title_names_no_issuer_is_a_byline_org(tmp_path):
    df = _entities(tmp_path, NOTICE.replace("国网彭阳县供电公司停电公告", "县城区停电公告"))
    rows = df[df["text"] == "国网彭阳县供电公司"]
    assert rows[["article_id", "part", "label"]].values.tolist() == [["2023-05-06_p2-01", "byline", "ORG"]]
