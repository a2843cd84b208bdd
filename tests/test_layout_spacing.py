"""Double-spaced extraction read single-spaced (corpus_tools.layout.spacing)."""

from __future__ import annotations

import pytest

from corpus_tools.layout import split_page
from corpus_tools.layout.spacing import is_double_spaced, single_spaced

#: A 宁都-style page as printed (width 14): two items, each paragraph hard-wrapped.
PRINTED = ["宁都报　2024年9月13日　星期五", "", "青塘镇老屋改造留住乡愁", "本报记者　曾　斌",
           "　　青塘镇河背村的几栋百年客", "家老屋，经过修缮后变身村史馆", "和农家书屋。", "",
           "小布镇举办农民丰收节", "　　日前，小布镇在钩刀咀村举", "办农民丰收节，开展农产品展销",
           "和农事趣味比赛，吸引游客30", "00余人次。（黄　敏）"]


def _double(lines: list[str]) -> list[str | None]:
    out: list[str | None] = []
    for x in lines:
        out += [x or None, None] if x else [None]
    return out


def test_a_blank_after_every_line_is_double_spacing():
    assert is_double_spaced(_double(PRINTED))
    assert not is_double_spaced([x or None for x in PRINTED])


def test_a_paragraph_a_line_is_not_double_spacing():
    # (blank lines between one-line paragraphs that end their sentences, and narrow headlines)
    page = ["县里举办丰收节", None, "　　9月23日，县里在城东广场举办农民丰收节，展销农产品两百余种。", None,
            "　　活动吸引了三千多名市民参加，现场销售额达到六十余万元。", None] * 3
    assert not is_double_spaced(page)


def test_single_spaced_drops_one_blank_of_each_run():
    assert single_spaced(["a", None, "b", None, None, "c"]) == ["a", "b", None, "c"]


def test_double_spaced_page_is_laid_out_as_printed():
    raw = "\n".join(x if x is not None else "" for x in _double(PRINTED)) + "\n"
    titles = [a.title for a in split_page(raw).articles]
    assert titles == ["青塘镇老屋改造留住乡愁", "小布镇举办农民丰收节"]


def test_texts_must_be_a_list():
    with pytest.raises(TypeError, match="texts must be a list"):
        is_double_spaced("a\n\nb")


def test_blank_lines_part_articles_only_when_some_but_not_most_lines_follow_one():
    from corpus_tools.layout.lineroles import blank_lines_before
    from corpus_tools.layout.lines import read_lines
    from corpus_tools.layout.spacing import parts_articles_by_blanks
    page = "县里召开会议\n　　近日，县里召开会议。\n\n镇里开展活动\n　　近日，镇里开展活动。\n"
    assert parts_articles_by_blanks(blank_lines_before(read_lines(page)))
    assert not parts_articles_by_blanks(blank_lines_before(read_lines(page.replace("\n\n", "\n"))))
    assert not parts_articles_by_blanks([0, 1, 1, 1])
    with pytest.raises(TypeError, match="gaps must be a list"):
        parts_articles_by_blanks("0101")


def test_the_after_heads_pass_reads_spacing_through_the_shared_test():
    import corpus_tools.layout.afterheads as afterheads
    from corpus_tools.layout import spacing
    assert afterheads.parts_articles_by_blanks is spacing.parts_articles_by_blanks
