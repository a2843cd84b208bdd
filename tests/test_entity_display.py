"""Tests for corpus_tools.entity_display."""

from corpus_tools.entity_display import COLORS, render_entities

PY = "140728"  # 平遥县


def test_render_entities_returns_html():
    html = render_entities("平遥县岳壁乡梁村", county_code=PY, model=False, jupyter=False)
    assert "VILLAGE" in html and "梁村" in html and COLORS["VILLAGE"] in html


def test_render_entities_refuses_other_objects():
    import pytest

    with pytest.raises(TypeError, match="article_or_doc must be"):
        render_entities(42, jupyter=False)
