"""A heading between two signed texts opens an article (corpus_tools.layout.signedheads)."""

from __future__ import annotations

from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.signedheads import heads_over_signed_blocks

# invented as 新平报 would print it (real townships of 新平彝族傣族自治县)
RAW = ("戛洒镇花腰傣文化节开幕\n"
       "本报讯（记者 李　琼）11月5日，戛洒镇花腰傣文化节开幕，来自\n"
       "各地的游客与群众共度节日。\n"
       "\n"
       "前十个月财政收入\n"
       "保持较快增长\n"
       "前十个月，全县完成地方一般公共预算收入6.2亿元\n"
       "，同比增长11.4%，其中漠沙镇、水塘镇增幅居前。\n"
       "（县财政局供稿）\n")


def test_a_heading_over_two_lines_takes_its_narrow_second_line():
    tags = ["B-title", "para", "cont", "para", "cont", "cont", "cont", "byline"]
    assert heads_over_signed_blocks(read_lines(RAW), tags) == [
        "B-title", "para", "cont", "B-title", "title", "para", "cont", "byline"]


def test_a_text_line_as_wide_as_the_column_under_a_heading_stays_text():
    raw = RAW.replace("保持较快增长\n前十个月，全县完成地方一般公共预算收入6.2亿元\n",
                      "前十个月，全县完成地方一般公共预算收入6.2亿元，同\n比增长较快\n")
    tags = ["B-title", "para", "cont", "para", "cont", "cont", "cont", "byline"]
    assert heads_over_signed_blocks(read_lines(raw), tags) == [
        "B-title", "para", "cont", "B-title", "para", "cont", "cont", "byline"]
