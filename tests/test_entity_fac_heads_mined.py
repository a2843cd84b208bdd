"""The facility heads mined from tagged corpora (training/ner/build_fac_heads.py), with small fixtures."""

from __future__ import annotations

import sys
from pathlib import Path

from corpus_tools._entity_rules.lexicon import FAC_HEADS, words_tuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training" / "ner"))
from build_fac_heads import fac_heads  # noqa: E402


def test_mined_heads_follow_the_hand_list():
    hand, mined = words_tuple("fac_heads"), words_tuple("fac_heads_mined")
    assert FAC_HEADS[:len(hand)] == hand
    assert set(mined) <= set(FAC_HEADS) and "体育场" in mined


def test_kinds_places_landscapes_and_plain_nouns_are_no_heads():
    found = {"体育场": {"工人体育场", "上海体育场", "天河体育场"}, "地区": {"阿里地区", "那曲地区", "日喀则地区"},
             "高原": {"青藏高原", "黄土高原", "云贵高原"}, "市场": {"玉泉路市场", "西单市场", "秀水市场"},
             "饭店": {"北京饭店", "国际饭店", "和平饭店"}, "剧场": {"首都剧场"}}
    orgs = {"饭店": {"北京饭店", "国际饭店", "和平饭店"}}
    total = {"体育场": 17, "市场": 1614}
    assert fac_heads(found, min_names=3, orgs=orgs, total=total) == ["体育场"]
    found["商场"] = {"西单商场", "华威商场", "石林商场"}
    assert fac_heads(found, min_names=3, orgs=orgs, total=total, business={"商场": 9, "体育场": -1}) == ["体育场"]
