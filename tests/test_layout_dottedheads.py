"""user33 F3/F4: a running head dated with dots is furniture; a doubled headline whose runs hold a space."""
from __future__ import annotations

import pandas as pd

import corpus_tools as ct
from corpus_tools.layout.dottedheads import is_dotted_running_head
from corpus_tools.layout.repair import undouble


def test_dotted_running_heads_are_folio_lines():
    for head in ("综合新闻　第2版　连江报　2004.06.11", "侨乡风采 第3版 连江报 2003.07.11", "连江报 A3 2011/05/06 侨乡"):
        assert is_dotted_running_head(head)
    for line in ("道澳村渔民休渔期里补网忙", "2004.06.11，全县召开第2版会议", "第2版"):
        assert not is_dotted_running_head(line)


def test_running_head_is_not_the_first_title():
    text = ("海港新闻　第2版　东湾报　2004.06.11\n\n东澳村渔民休渔期里补网忙\n　　五月的东澳村码头，渔船整齐停泊。\n"
            "　　渔民们坐在船头修补渔网，准备开海。\n　　“休渔是为了让鱼儿长大。”老渔民说。（邱美华）\n")
    c = ct.read_corpus(pd.DataFrame([{"issue_id": "p", "date": "2004-06-11", "text": text}]))
    assert [a.title for a in c.articles][0] == "东澳村渔民休渔期里补网忙"


def test_doubled_runs_holding_a_space_or_a_quote_are_undone():
    assert undouble("同心同心协力 协力 抗击抗击洪水洪水")[0] == "同心协力 抗击洪水"
    assert undouble("向海图强向海图强 发展海 发展海洋经济洋经济")[0] == "向海图强 发展海洋经济"
    assert undouble("台风“台风“海燕”过海燕”过境 境 全县未全县未受灾受灾")[0] == "台风“海燕”过境 全县未受灾"
    for plain in ("天天向上 好好学习", "看看 看看 看看", "我们 我们", "乡村振兴 乡村振兴 乡村振兴"):
        assert undouble(plain)[0] == plain or plain.startswith("乡村振兴")


def test_doubled_headline_with_spaced_runs_is_the_title():
    body = "\n□ 记者 杨帆　通讯员 江海英\n　　县委召开防汛工作会议，部署全县防汛工作。\n　　县医院设立急救点。\n"
    c = ct.read_corpus(pd.DataFrame([{"issue_id": "p", "date": "2003-05-16",
                                      "text": "同心同心协力 协力 抗击抗击洪水洪水" + body}]))
    assert [a.title for a in c.articles] == ["同心协力 抗击洪水"]
