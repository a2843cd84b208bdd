"""Headline grammar, bylines as data and column-flow repair (corpus_tools.layout.classify/bylines/flow)."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus_tools.loaders import seeds_path
from corpus_tools.layout import byline_text, check_no_loss, lead_byline, parse_byline, split_page
from corpus_tools.text import strip_spaces

REPO = Path(__file__).resolve().parents[1]

BODY_A = ("本报讯 6月12日，县政府召开防汛工作调度会，安排部署当前防汛重点工作。会议要求，各乡镇要压实\n"
          "防汛责任，加强隐患排查，确保群众生命财产安全。")
BODY_B = ("本报讯 近日，县委召开常委会议，传达学习党的二十大精神，研究贯彻落实意见。会议强调，要把学习\n"
          "贯彻党的二十大精神作为首要政治任务，推动各项工作落地见效。")


# --- headline grammar ----------------------------------------------------------------------


@pytest.mark.parametrize("banner", ["武乡新闻", "平遥新闻", "要闻", "综合新闻"])
def test_banner_right_above_a_headline_is_not_part_of_the_title(banner):
    page = f"{banner}\n县政府召开防汛工作调度会\n\n{BODY_A}\n"
    (art,) = split_page(page).articles
    assert art.title == "县政府召开防汛工作调度会"
    assert art.section == banner


def test_two_line_title_is_one_title_not_a_section():
    page = f"县委召开常委会议\n深入学习贯彻党的二十大精神\n\n{BODY_B}\n"
    (art,) = split_page(page).articles
    assert art.title == "县委召开常委会议深入学习贯彻党的二十大精神"  # (no space where CJK lines meet)
    assert art.section is None


def test_lead_in_line_ending_in_a_dash_is_the_kicker():
    page = f"压实防汛责任、加强隐患排查——\n县政府召开防汛工作调度会\n\n{BODY_A}\n"
    (art,) = split_page(page).articles
    assert (art.kicker, art.title) == ("压实防汛责任、加强隐患排查", "县政府召开防汛工作调度会")


def test_full_width_colon_stays_in_titles_and_bodies():
    page = "县委书记：把防汛责任压实到人\n\n本报讯 会议指出：要压实防汛责任，加强隐患排查。\n"
    (art,) = split_page(page).articles
    assert art.title == "县委书记：把防汛责任压实到人"
    assert "会议指出：" in art.body


# --- pages without blank lines ------------------------------------------------------------------


def test_standfirst_byline_on_a_page_without_blank_lines_is_not_the_body():
    page = ("县政府召开防汛工作调度会\n本报记者 王磊\n6月12日，县政府召开防汛\n工作调度会，安排部署当前\n"
            "防汛重点工作。会议要求，\n各乡镇要压实防汛责任。\n")
    (art,) = split_page(page).articles
    assert art.byline == [("记者", "王磊")]
    assert strip_spaces(art.body).startswith("6月12日")


def test_byline_cut_by_the_line_end_closes_the_paragraph():
    body = ("本报讯 6月12日，县政府召\n开防汛工作调度会，安排部\n署当前防汛重点工作。(张\n春燕 王瑞琴)\n"
            "县政府召开防汛工作调度会\n")
    page = body + "本报讯 近日，县委召开常委\n会议，传达学习党的二十大\n精神。(王磊)\n县委召开常委会议\n"
    layout = split_page(page)
    assert not check_no_loss(page, layout)
    first = next(a for a in layout.articles if "防汛" in a.body)
    assert strip_spaces(first.body).endswith("重点工作。")
    assert first.byline == [("", "张春燕"), ("", "王瑞琴")]


def test_line_wider_than_the_column_is_a_heading():
    page = ("“十差村”缘何3个月摘帽\n3个月前，浙江省东阳\n市范宅村被评为当地\n的“十差村”。3个月\n"
            "后，帽子摘掉了。村\n里用了啥法子？\n")
    (art,) = split_page(page).articles
    assert art.title == "“十差村”缘何3个月摘帽"


# --- bylines as (role, name) pairs -----------------------------------------------------------


@pytest.mark.parametrize("text, pairs", [
    ("(张春燕 王瑞琴)", [("", "张春燕"), ("", "王瑞琴")]),
    ("（记者 王磊 通讯员 赵晓红）", [("记者", "王磊"), ("通讯员", "赵晓红")]),
    ("记者 王磊 通讯员 赵晓红", [("记者", "王磊"), ("通讯员", "赵晓红")]),
    ("（记者王磊 实习生李娜）", [("记者", "王磊"), ("实习生", "李娜")]),
    ("本报记者 王磊", [("记者", "王磊")]),
    ("（王磊 摄）", [("摄影", "王磊")]),
    ("摄影 王磊", [("摄影", "王磊")]),
    ("(康涵敏 谢英海 高建 婷)", [("", "康涵敏"), ("", "谢英海"), ("", "高建婷")]),
    # two-character names padded to the width of three
    ("（通讯员 李 华 覃 玲）", [("通讯员", "李华"), ("通讯员", "覃玲")]),
    ("（通讯员 王小梅 张 新）", [("通讯员", "王小梅"), ("通讯员", "张新")]),
    ("（记者 刘　洋 通讯员 张三丰）", [("记者", "刘洋"), ("通讯员", "张三丰")]),
])
def test_parse_byline_forms(text, pairs):
    assert parse_byline(text) == pairs
    assert all(name not in ("记者", "通讯员", "实习生", "摄影") for _, name in pairs)


@pytest.mark.parametrize("text", ["完善城市功能 提升城市品质", "平遥县", "记者从县应急管理局获悉：", "（二）", ""])
def test_parse_byline_rejects_other_lines(text):
    assert parse_byline(text) is None


def test_bylines_on_a_page_keep_their_roles_and_never_become_titles():
    page = ("县政府召开防汛工作调度会\n\n" + BODY_A + "\n\n记者 王磊 通讯员 赵晓红\n\n"
            "县委召开常委会议\n\n本报讯（记者 李娜 实习生 张伟）" + BODY_B[4:] + "\n")
    layout = split_page(page)
    first, second = layout.articles
    assert first.byline == [("记者", "王磊"), ("通讯员", "赵晓红")]
    assert second.byline == [("记者", "李娜"), ("实习生", "张伟")]
    assert second.body.startswith("本报讯（记者 李娜 实习生 张伟）")  # the lead keeps its text
    assert [a.title for a in layout.articles] == ["县政府召开防汛工作调度会", "县委召开常委会议"]
    assert byline_text(first.byline) == "记者 王磊 通讯员 赵晓红"
    assert lead_byline("本报讯 近日，县委召开会议。") == []


# --- column-flow repair ---------------------------------------------------------------------


def test_seed_002_displaced_tails_go_back_to_their_articles():
    raw = next(seeds_path().glob("002_*.txt")).read_text(encoding="utf-8")
    layout = split_page(raw)
    ends = {a.title: strip_spaces(a.body) for a in layout.articles}
    assert ends["聚焦重点 打通堵点"].endswith("解决在一线。")
    assert ends["坚持工业转型 蓄力发展动能"].endswith("努力让产值翻番。")
    assert ends["坚持文旅融合 推动高质量发展"].endswith("切实守牢文物安全底线。")
    body = next(a.body for a in layout.articles if a.title == "坚持文旅融合 推动高质量发展")
    assert "继续办好襄垣梨花节" in strip_spaces(body)  # the cut sentence is joined again
    moves = [r for r in layout.repairs if r.kind == "move"]
    assert len(moves) >= 2 and all(r.removed == "" and r.note.startswith("column flow") for r in moves)
    assert check_no_loss(raw, layout) == []


def test_no_move_on_a_page_without_displaced_text():
    page = f"县政府召开防汛工作调度会\n\n{BODY_A}\n\n县委召开常委会议\n\n{BODY_B}\n"
    layout = split_page(page)
    assert [r for r in layout.repairs if r.kind == "move"] == []


# --- no loss on composed pages ---------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _pool(path: str):
    sys.path.insert(0, str(REPO / "benchmarks"))
    from compose_pages import load_pool

    return load_pool(path, part="dev")


@pytest.mark.shared
def test_no_loss_on_composed_pages(data_dir):
    sys.path.insert(0, str(REPO / "benchmarks"))
    from compose_pages import DEV_SEEDS, compose_page

    pool = _pool(str(data_dir / "people_daily_2019_2020" / "articles.jsonl.xz"))

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.sampled_from(list(DEV_SEEDS)))
    def check(seed):
        page = compose_page(seed, pool)
        layout = split_page(page.raw)
        assert check_no_loss(page.raw, layout) == []

    check()


@pytest.mark.shared
def test_composed_pages_score_within_bounds(data_dir):
    sys.path.insert(0, str(REPO / "benchmarks"))
    from compose_pages import DEV_SEEDS, compose_page
    from layout import score_page

    pool = _pool(str(data_dir / "people_daily_2019_2020" / "articles.jsonl.xz"))
    rows = [r for seed in list(DEV_SEEDS)[:40] for r in score_page(compose_page(seed, pool))[0]]
    assert sum(r["bounded"] for r in rows) / len(rows) > 0.5
    assert sum(r["title"] for r in rows) / len(rows) > 0.5


def test_composer_pool_skips_the_gold_pool(tmp_path):
    """The composer reads the crawl through training/crawl.py: no gold-pool article is printed."""
    import json
    import lzma

    sys.path.insert(0, str(REPO / "benchmarks"))
    from compose_pages import crawl_half, load_pool
    from crawl import gold_pool_ids

    body = "本报讯 今年以来，青山县坚持把乡村道路建设作为民生实事来抓，新修通村公路四十二公里。" * 3
    body += "\n村民们说，路修到了家门口，农产品运得出去，日子越过越有奔头。"
    ids = sorted(gold_pool_ids())[:40]
    docs = [{"id": i, "title": "青山县新修通村公路四十二公里", "text": body} for i in ids]
    docs.append({"id": "20991231-99-01", "title": "青山县新修通村公路四十二公里", "text": body})
    docs.append({"id": "20991231-99-02", "title": "青山县新修通村公路四十二公里", "text": body})
    path = tmp_path / "articles.jsonl.xz"
    with lzma.open(path, "wt", encoding="utf-8") as fh:
        fh.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    got = [s.id for part in ("dev", "held") for s in load_pool(path, part=part)]
    assert sorted(got) == ["20991231-99-01", "20991231-99-02"]
    assert {crawl_half(i) for i in got} <= {"dev", "held"}


@pytest.mark.parametrize("masthead", ["今日攸县", "弥渡报"])
def test_the_masthead_over_the_date_line_is_no_section(masthead):
    # user19: 71 of 111 articles of a 今日攸县 corpus had the masthead as their section
    page = f"{masthead}\n2021年1月10日 星期日 第4版\n\n县政府召开防汛工作调度会\n\n{BODY_A}\n\n要闻\n县委召开常委会议\n\n{BODY_B}\n"
    arts = split_page(page).articles
    assert [a.title for a in arts] == ["县政府召开防汛工作调度会", "县委召开常委会议"]
    assert masthead not in {a.section for a in arts} and arts[1].section == "要闻"
