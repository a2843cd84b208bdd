"""Lines of two columns printed alternately (corpus_tools.layout.interleave) and the reader's warning."""

from __future__ import annotations

import warnings

import pytest

from corpus_tools import read_corpus
from corpus_tools.layout.interleave import interleaved_stretches

#: Two short items of a 蓬溪-style page set side by side and extracted line by line across the columns.
LEFT = ["　　6月7日，天福镇组织干部群", "众153余人开展活动，进一步增", "强了群众的参与感和获得感，现场",
        "秩序井然。（何静）"]
RIGHT = ["　　本报讯（记者 杨帆 通讯员", " 邓志强）“以前办个营业执照要", "跑好几趟，现在一个窗口就办好了",
         "。”在蓬溪县政务服务中心，市民"]
TAIL = ["陈女士说。", "", "重点项目建设热潮涌动", "　　连日来，位于天福镇的宝梵寺", "壁画保护修缮工程施工现场机器轰",
        "鸣，工人们正抢抓晴好天气加紧施", "工。"]
HEAD = ["第01版　蓬溪报　要闻　2023年6月8日　星期四", "", "天福镇开展防汛应急演练", "“一站式”服务暖人心"]


def _page(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def test_alternating_lines_are_found_with_their_line_numbers():
    mixed = [x for pair in zip(LEFT, RIGHT) for x in pair]
    stretches = interleaved_stretches(_page(HEAD + mixed + TAIL))
    assert len(stretches) == 1
    first, last = stretches[0]
    assert 5 <= first < last <= 4 + len(mixed) + 1


def test_the_same_lines_column_by_column_are_not():
    assert interleaved_stretches(_page(HEAD[:3] + LEFT + ["", HEAD[3]] + RIGHT + TAIL)) == []


def test_raw_must_be_text():
    with pytest.raises(TypeError, match="raw must be a str"):
        interleaved_stretches(None)


def test_the_reader_warns_naming_the_page_and_records_the_stretch(tmp_path):
    mixed = [x for pair in zip(LEFT, RIGHT) for x in pair]
    (tmp_path / "pengxi_10.txt").write_text(_page(HEAD + mixed + TAIL), encoding="utf-8")
    (tmp_path / "pengxi_11.txt").write_text(_page(HEAD[:3] + LEFT + ["", HEAD[3]] + RIGHT + TAIL), encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = read_corpus(tmp_path)
    said = [str(w.message) for w in caught if "two columns" in str(w.message)]
    assert len(said) == 1 and "pengxi_10.txt" in said[0]
    meta = {i.id: i.meta.get("interleaved_lines") for i in corpus.issues}
    assert meta["pengxi_10"] and meta["pengxi_11"] is None


def test_the_interleaved_columns_are_laid_out_column_by_column():
    from corpus_tools.layout import check_no_loss, split_page

    mixed = [x for pair in zip(LEFT, RIGHT) for x in pair]
    raw = _page(HEAD + mixed + TAIL)
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    by_title = {a.title: a for a in layout.articles}
    left, right = by_title["天福镇开展防汛应急演练"], by_title["“一站式”服务暖人心"]
    assert left.body.replace("\n", "") == "".join(x.strip() for x in LEFT[:-1]) + "秩序井然。"
    assert left.byline == [("", "何静")]
    # (the right column's lines in order; the short item under it the layout joins to it column by column too)
    # (round 32, user32b F17: a lead byline broken after 通讯员 keeps a space before the name)
    assert right.body.replace("\n", "").startswith("本报讯（记者 杨帆 通讯员 邓志强）“以前办个营业执照要跑好几趟，现在一个窗口就办好了。”"
                                                    "在蓬溪县政务服务中心，市民陈女士说。")
    assert ("记者", "杨帆") in right.byline
    assert any(r.kind == "move" and "interleaved" in r.note for r in layout.repairs)


def test_deinterleave_reorders_lines_and_maps_every_character():
    from corpus_tools.layout.interleave import deinterleave

    mixed = [x for pair in zip(LEFT, RIGHT) for x in pair]
    raw = _page(HEAD + mixed + TAIL)
    text, where = deinterleave(raw)
    assert len(text) == len(where)
    assert sorted(x for x in where if x >= 0) == list(range(len(raw)))
    assert all(text[k] == raw[x] for k, x in enumerate(where) if x >= 0)
    assert text.index(LEFT[-1]) < text.index(RIGHT[0])
    assert deinterleave(_page(HEAD[:3] + LEFT + ["", HEAD[3]] + RIGHT + TAIL)) is None


def test_the_detector_runs_once_for_the_reader_and_the_layout(tmp_path, monkeypatch):
    import corpus_tools as ct
    import corpus_tools.layout.interleave as il
    runs = []
    votes = il._votes
    monkeypatch.setattr(il, "_votes", lambda texts: runs.append(1) or votes(texts))
    il._stretches.cache_clear()
    page = ("县里召开春耕生产会\n6月7日，天福镇组织干部群\n本报讯（记者 杨帆 通讯员\n众153余人开展活动，进一步增\n"
            " 邓志强）“以前办个营业执照要\n强了群众的参与感和获得感。\n跑好几趟，现在一个窗口就办好了。\n")
    (tmp_path / "p.txt").write_text(page, encoding="utf-8")
    corpus = ct.read_corpus(tmp_path)
    assert corpus.articles and len(runs) == 1
