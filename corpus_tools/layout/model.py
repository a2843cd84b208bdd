"""Public data model of a page layout: repairs, blocks, article parts."""

from __future__ import annotations

from dataclasses import dataclass

#: Block kinds, in the order a reader meets them.
BLOCK_KINDS = ("banner", "kicker", "headline", "subtitle", "body", "caption", "byline", "credit")


@dataclass(frozen=True)
class Repair:
    """Characters of the raw page removed by a repair.

    Attributes
    ----------
    kind : str
        ``"undouble"`` (a bold headline extracted twice), ``"format"`` (an invisible
        format character such as a zero-width space), ``"mark"`` (an item mark before a
        heading, ``■``) or ``"move"`` (column-flow repair).
    start, end : int
        Span of the removed characters in the raw text.
    removed : str
        The removed characters (``raw[start:end]``).
    note : str
        Human-readable explanation, e.g. the repaired headline.
    """

    kind: str
    start: int
    end: int
    removed: str
    note: str


@dataclass(frozen=True)
class Block:
    """A typed piece of the page.

    Attributes
    ----------
    kind : str
        One of :data:`BLOCK_KINDS`.
    text : str
        Cleaned text: lines rejoined, undoubled, spaces in numbers removed.
    start, end : int
        Span in the raw text; ``raw[start:end]`` contains all the block's characters.
    article : int or None
        Index into :attr:`PageLayout.articles`; None for banners, credits and strays.
    """

    kind: str
    text: str
    start: int
    end: int
    article: int | None


@dataclass(frozen=True)
class ArticleParts:
    """The parts of one article, with spans into the raw page.

    ``byline`` holds ``(role, name)`` pairs (``("记者", "王磊")``; role ``""`` when the page
    prints names only, see :func:`~corpus_tools.layout.bylines.parse_byline`).
    ``spans`` maps a part name (``title``, ``kicker``, ``subtitle``, ``body``, ``byline``,
    ``captions``) to a list of ``(start, end)`` offsets; ``blocks`` indexes
    :attr:`PageLayout.blocks`.
    """

    title: str | None
    kicker: str | None
    subtitle: str | None
    body: str
    byline: list[tuple[str, str]]
    captions: list[str]
    section: str | None
    spans: dict[str, list[tuple[int, int]]]
    blocks: list[int]


@dataclass(frozen=True)
class PageLayout:
    """Blocks, articles and repairs of one page (see :func:`split_page`)."""

    blocks: list[Block]
    articles: list[ArticleParts]
    repairs: list[Repair]

    def __repr__(self) -> str:
        return (f"PageLayout({len(self.blocks)} blocks, {len(self.articles)} articles, "
                f"{len(self.repairs)} repairs)")

