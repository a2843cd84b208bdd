"""kwic(parts=...): the default reads Article.text; parts="all" also reads banners, kickers and captions,
the strings the slogan tables count (user32 F10)."""

import warnings

import pandas as pd
import pytest

from corpus_tools import kwic, read_corpus
from corpus_tools.concordance import KWIC_COLUMNS
from corpus_tools.errors import InvalidArgumentError

BANNER_PAGE = "学习贯彻二十大精神\n\n守护林海\n\n本报讯　今年以来，县林业局建设生态文明，贯彻二十大部署。\n"


def _corpus(*pages: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return read_corpus(pd.DataFrame({"text": list(pages), "date": ["2023-03-01"] * len(pages)}))


def test_default_reads_the_text_only_with_the_old_columns():
    lines = kwic(_corpus(BANNER_PAGE), "二十大")
    assert list(lines.columns) == KWIC_COLUMNS
    assert len(lines) == 1 and lines["right"].iloc[0].startswith("部署")


def test_all_adds_the_banner_line_and_a_part_column():
    lines = kwic(_corpus(BANNER_PAGE), "二十大", width=4, parts="all")
    assert list(lines.columns) == KWIC_COLUMNS + ["part"]
    assert lines["part"].tolist() == ["banner", "text"]
    banner = lines.iloc[0]
    assert (banner["left"], banner["match"], banner["start"]) == ("学习贯彻", "二十大", 4)


def test_all_reads_captions():
    page = "村里新建文化广场\n\n本报讯　近日，东关村文化广场建成。\n图为村民在广场上跳舞。\n"
    c = _corpus(page)
    caps = [a.captions for a in c.articles]
    lines = kwic(c, "跳舞", parts="all")
    if any(caps):  # the layout read the caption as one
        assert lines["part"].tolist() == ["caption"]
    assert len(kwic(c, "跳舞", parts="all")) >= len(kwic(c, "跳舞"))


def test_all_agrees_with_the_slogan_mentions_of_a_banner_formula():
    from corpus_tools import slogan_mentions

    c = _corpus(BANNER_PAGE)
    ms = slogan_mentions(c, layers=("lexicon",))
    n = int((ms["printed_form"] == "二十大").sum()) if len(ms) else 0
    if n:  # the shipped lexicon counts 二十大 as a form of a formula
        assert len(kwic(c, "二十大", parts="all")) == n


@pytest.mark.parametrize("bad", ["banner", "ALL", "", None, ("text",)])
def test_parts_is_validated(bad):
    with pytest.raises(InvalidArgumentError, match="parts"):
        kwic(_corpus(BANNER_PAGE), "二十大", parts=bad)


def test_parts_is_keyword_only():
    with pytest.raises(TypeError):
        kwic(_corpus(BANNER_PAGE), "二十大", 15, False, None, "all")
