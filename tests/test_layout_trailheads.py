"""Bodies after a closing byline and a trailing headline open articles (layout.trailheads)."""

import pytest

from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.trailheads import bodies_after_trailing_heads

# invented, as 循化报 would print a page of headlines after their bodies (real place names)
LINES = [
    ("街子镇新建的扶贫车间投产，吸纳就业八十人。", "B-para"),
    ("（记者 韩进福）", "byline"),
    ("扶贫车间开进村", "title"),
    ("白庄镇今年种植辣椒三千亩，订单收购全覆盖。", "para"),
    ("（通讯员 马秀兰）", "byline"),
    ("线椒成了致富椒", "title"),
    ("道帏藏族乡完成危房改造四十户。", "para"),
]


def _run(lines):
    page = "".join(t + "\n" for t, _ in lines)
    return bodies_after_trailing_heads(read_lines(page), [tag for _, tag in lines])


def test_each_body_after_a_trailing_head_opens():
    assert _run(LINES) == ["B-para", "byline", "title", "B-para", "byline", "title", "B-para"]


def test_a_head_the_model_opens_is_left():
    lines = [(t, "B-title" if t == "扶贫车间开进村" else tag) for t, tag in LINES[:4]]
    assert _run(lines)[3] == "para"


def test_a_signature_without_brackets_closes_nothing():
    lines = [("街子镇扶贫车间投产。", "B-para"), ("记者 韩进福", "byline"), ("扶贫车间开进村", "title"),
             ("白庄镇种植辣椒三千亩。", "para")]
    assert _run(lines)[3] == "para"


def test_tags_must_match_lines():
    with pytest.raises(ValueError, match="tags has 1 tags for 2"):
        bodies_after_trailing_heads(read_lines("甲。\n乙。\n"), ["para"])
