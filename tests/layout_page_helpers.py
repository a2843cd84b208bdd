"""Helpers the layout form tests share: a page's blocks and titles, with the no-loss check."""

from corpus_tools.layout import check_no_loss, split_page


def page_blocks(page: str) -> list[tuple[str, int | None, str]]:
    """(kind, article, text without white space) of each block of ``split_page(page)``; asserts no loss."""
    layout = split_page(page)
    assert check_no_loss(page, layout) == []
    return [(b.kind, b.article, "".join(b.text.split())) for b in layout.blocks]


def page_titles(page: str) -> list[str]:
    """The titles of the page's articles, white space removed."""
    return ["".join(a.title.split()) for a in split_page(page).articles]
