"""Page-level conventions decided from the page's own evidence, not line by line.

Some papers print every byline line above its article's headline (``本报记者 郝婷`` /
``荫营镇上千亩坪村：`` / ``荒坡披绿变成“连翘园”`` / ``本报讯 …``). Read one line at a time, such a
byline looks exactly like the end byline of the article above it, and the line model gives it
there: every article then carries the next one's byline. The page as a whole tells the two
conventions apart (:func:`bylines_over_titles`): where the bylines sit against the headlines
across the page, whether one stands above the first headline with no body before it, and
whether the page closes with a byline or with body text.

A line-model tag pass (tags as in :data:`~corpus_tools.layout.lineroles.TAGS`), run by
:func:`~corpus_tools.layout.assemble.split_page` after the other corrections.
"""

from __future__ import annotations

from corpus_tools.layout.lines import Line
from corpus_tools.layout.bylines import PAIR_ROLES, parse_byline
from corpus_tools.layout.patterns import is_byline

#: Roles of a headline group's lines.
_HEAD_ROLES = frozenset({"kicker", "title"})
#: Roles of the page's furniture (masthead, date line, page credits).
_FURNITURE = frozenset({"banner", "credit"})
#: Least byline runs standing above headlines for a page to print its bylines above them.
MIN_RUNS_ABOVE = 2


def _role_byline(line: Line, role: str) -> bool:
    """A byline line printed on its own, unbracketed: read as a byline, or a line of role words and
    names only that the line model reads as a heading or a paragraph (``记者　周　平``)."""
    t = line.text.strip()
    if t[:1] in "(（":
        return False  # a bracketed ``（记者 X）`` closes a body wherever it stands
    if role == "byline":
        return is_byline(t)
    pairs = parse_byline(t) if role in ("title", "kicker", "para") else None
    return bool(pairs) and all(r in PAIR_ROLES for r, _ in pairs)


def _byline_runs(lines: list[Line], roles: list[str]) -> list[tuple[int, int]]:
    """First and last line of each run of byline lines printed on their own, unbracketed
    (``本报记者　郝　婷　通讯员　韩晓东``)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if not _role_byline(lines[i], roles[i]):
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and _role_byline(lines[j + 1], roles[j + 1]):
            j += 1
        runs.append((i, j))
        i = j + 1
    return runs


def bylines_over_titles(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """On a page that prints its byline lines above the headlines, each such byline opens the
    article of the headline under it. Returns the new tags.

    The page prints its bylines above the headlines when at least :data:`MIN_RUNS_ABOVE` runs of
    unbracketed byline lines stand directly above a headline group (kicker or title), one of them
    above the page's first headline with nothing but the page's furniture before it (no article
    can end there), no byline run stands under a headline (the other convention: headline, byline,
    body), and the page's last line is no byline line (an article's end byline closes the page on
    a page whose bylines follow their bodies).

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = ("县报\\n记者 王磊\\n县里修路\\n本报讯 县里修路。\\n通讯员 李明\\n"
    ...         "镇上种树\\n本报讯 镇上种树。\\n")
    >>> bylines_over_titles(read_lines(page), ["banner", "byline", "B-title", "para", "byline", "B-title", "para"])
    ['banner', 'B-byline', 'title', 'para', 'B-byline', 'title', 'para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    roles = [t.removeprefix("B-") for t in tags]
    runs = _byline_runs(lines, roles)
    above = [(i, j) for i, j in runs if j + 1 < len(lines) and roles[j + 1] in _HEAD_ROLES]
    if len(above) < MIN_RUNS_ABOVE or not lines:
        return tags
    if any(i > 0 and roles[i - 1] in _HEAD_ROLES | {"subtitle"} for i, _ in runs):
        return tags  # a byline under a headline: this page prints its bylines after the headline
    if not any(all(r in _FURNITURE for r in roles[:i]) for i, _ in above):
        return tags  # no byline above the first headline: each may close the body above it
    last = max(k for k, r in enumerate(roles) if r not in _FURNITURE)
    if roles[last] == "byline":
        return tags
    out = list(tags)
    for i, j in above:
        out[i] = "B-byline"
        for k in range(i + 1, j + 1):
            out[k] = "byline"
        out[j + 1] = roles[j + 1]
    return out


def top_kickers_with_banners(raw_lines: "list[Line | None]", tags: list[str]) -> list[str]:
    """The page's first kicker is a banner when it sits in the page-top group of banner lines (no blank
    line between them) and a blank line parts it from the headline under it: on a page that groups its
    blocks by blank lines, a line grouped with the page line belongs to the page (a theme banner such as
    ``学习贯彻党的二十届三中全会精神`` under ``01 要闻``), not to the first article. Returns the new tags.

    Parameters
    ----------
    raw_lines, tags : list
        Where it looks for the page-top group of banner lines: the page's lines (:func:`~corpus_tools.layout.lines.read_lines`;
        None for a blank line) and one line-role tag per non-blank line.

    Returns
    -------
    list of str
        The tags with ``banner`` on such a first kicker; *tags* itself is not changed.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = "01 要闻\\n学习贯彻党的二十届三中全会精神\\n\\n重阳下沙 酱香正浓\\n\\n本报讯 10月11日，镇里举行活动。\\n"
    >>> top_kickers_with_banners(read_lines(raw), ["banner", "B-kicker", "title", "B-para"])
    ['banner', 'banner', 'title', 'B-para']
    >>> raw = "01 要闻\\n\\n学习贯彻全会精神\\n重阳下沙 酱香正浓\\n本报讯 10月11日，镇里举行活动。\\n"
    >>> top_kickers_with_banners(read_lines(raw), ["banner", "B-kicker", "title", "B-para"])
    ['banner', 'B-kicker', 'title', 'B-para']
    """
    out = list(tags)
    k = 0  # index among the non-blank lines
    prev_blank = True
    for i, ln in enumerate(raw_lines):
        if ln is None:
            prev_blank = True
            continue
        if k >= len(out):
            break
        role = out[k].removeprefix("B-")
        if role != "banner":
            nxt_blank = i + 1 < len(raw_lines) and raw_lines[i + 1] is None
            if role == "kicker" and k > 0 and not prev_blank and nxt_blank:
                out[k] = "banner"
            break
        prev_blank = False
        k += 1
    return out
