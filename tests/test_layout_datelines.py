"""corpus_tools.layout: dated leads (``本报北京1月31日电``, ``据新华社电``) open bodies and bracketed
closing notes (``（作者为…）``, ``（本报东京电）``) close them, on pages with headlines above bodies."""

from __future__ import annotations

import pytest

from corpus_tools.layout import is_lead, split_page
from corpus_tools.layout.patterns import is_closing_note


@pytest.mark.parametrize("text, lead", [
    ("本报北京1月31日电 （记者王迪）国务", True),
    ("新华社雄安10月10日电 （记者赵超）中", True),
    ("新华社北京1月17日", True),  # the line breaks before its 电
    ("据新华社电 （记者李铮）", True),
    ("本报电 记者日前从县应急管理局获悉", True),
    ("本报讯（记者 王磊）近日", True),
    ("本报电视台报道了春耕", False),
    ("新华社播发评论员文章", False),
    ("（本报平壤10月5日电）", False),
])
def test_dated_leads(text: str, lead: bool) -> None:
    assert is_lead(text) is lead


@pytest.mark.parametrize("text, note", [
    ("（作者为县委党校副校长）", True),
    ("（作者单位：县教育局）", True),
    ("（作者为县委党校", True),  # cut by a line break
    ("（本报东京电）", True),
    ("（本报平壤10月5日电）", True),
    ("（记者 王磊）", False),
    ("作者为县委党校副校长", False),
    ("（本报记者 王磊）", False),
])
def test_closing_notes(text: str, note: bool) -> None:
    assert is_closing_note(text) is note


PAGE = """清溪县报　要闻
2024年3月1日　星期五　第01版

县领导会见省农科院专家组一行

　　本报清溪2月29日电 （记者王磊）县
委书记李明29日在县委会见省农科院专家组
一行，双方就特色种植合作深入交流。
　　李明表示，欢迎专家组来县指导工作。

共享菜园开园迎客

　　据新华社电　城关镇共享菜园日前开园，
居民认领菜地，种上时令蔬菜，孩子们在菜园
里认识农作物，体验劳动的乐趣。

　　（作者为县农业农村局干部）

老街改造完工

　　本报讯　历时半年，县城老街改造工程日
前完工，街面铺上青石板，两侧店铺统一了招
牌，老街重新热闹起来。

责任编辑：王丽
"""


def test_closing_note_under_a_body_is_its_byline_not_the_next_kicker() -> None:
    layout = split_page(PAGE)
    assert [a.title for a in layout.articles] == ["县领导会见省农科院专家组一行", "共享菜园开园迎客", "老街改造完工"]
    assert layout.articles[0].body.startswith("本报清溪2月29日电")
    assert layout.articles[2].kicker is None
    kinds = {b.text: (b.kind, b.article) for b in layout.blocks}
    assert kinds["（作者为县农业农村局干部）"] == ("byline", 1)
