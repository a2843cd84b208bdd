"""A headline group of two or three lines right over a lead, on a page without blank lines.

A page that sets no blank line between its articles may print a kicker and a headline broken over two
lines straight over the lead (``以会招商　以节促游`` / ``第四届中国·冠县梨花节`` / ``在兰沃乡开幕`` /
``本报讯（记者　X）4月12日，…``), right under the page's furniture. The line model may read such lines
as text, open its article in the middle of the group, or read a kicker as a banner.

:func:`heads_over_leads` reads the group by its form: two or three heading lines (a heading's form, no
sentence or clause mark, no bracket) over a news lead (:func:`~corpus_tools.layout.patterns.is_lead`). The
group opens the article; its upper line is a kicker when the model reads it so or it is one by
:func:`~corpus_tools.layout.dashgroups.kicker_by_form` (two clauses, or shorter than the title and not read on
from), the other lines its title; a line the model reads as a banner is the group's only as the kicker over a
one-line title. Only right under the page's furniture or a banner (not under a jump mark): under a text or
its byline the upper lines may be that text's headline, printed after it.
"""

from __future__ import annotations

from corpus_tools.layout.dashgroups import kicker_by_form
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import CLAUSE_PUNCT, FINAL_PUNCT, JUMP_LINE_RE, heading_form, is_byline, is_lead

#: Lines of a headline group over a lead.
LEAST_LINES, MOST_LINES = 2, 3
#: Longest heading line (characters).
MAX_WIDTH = 24
#: Tags after which a headline group may stand (the page's furniture, the end of the item above).
_BEFORE = ("banner", "credit")


def _heading(text: str) -> bool:
    t = text.strip()
    return (heading_form(t, shortest=2, longest=MAX_WIDTH, strict=True) and not any(ch in FINAL_PUNCT + CLAUSE_PUNCT for ch in t)
            and not any(ch in "（(）)【】" for ch in t) and not is_byline(t) and not is_lead(t))


def heads_over_leads(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags where two or three heading lines over a news lead, after the page's furniture or a
    banner, are that article's headline group (see the module's docstring): the
    upper line ``B-kicker`` when it is a kicker by its form (the lower lines ``title``), else the group
    ``B-title`` / ``title``; the lead ``para``. Blank lines between them leave the group alone. Returns the
    new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "城关报　第1版\\n抓项目　促发展\\n全县重点项目\\n集中开工\\n本报讯（记者 王磊）3月2日，全县开工。\\n"
    >>> heads_over_leads(read_lines(page), ["banner", "B-para", "para", "B-title", "para"])
    ['banner', 'B-kicker', 'title', 'title', 'para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if len(lines) != len(tags):
        raise ValueError(f"tags has {len(tags)} tags for {len(lines)} non-blank lines")
    out = list(tags)
    index = [k for k, ln in enumerate(raw_lines) if ln is not None]
    for lead in range(LEAST_LINES, len(lines)):
        if not is_lead(lines[lead].text):
            continue
        for m in range(MOST_LINES, LEAST_LINES - 1, -1):
            first = lead - m
            if first < 0 or not all(_heading(lines[j].text) for j in range(first, lead)) or any(
                    out[j].removeprefix("B-") in _BEFORE for j in range(first + 1, lead)):
                continue
            title = "".join(lines[j].text.strip() for j in range(first + 1, lead))
            kicker = out[first] == "B-kicker" or kicker_by_form(lines[first].text, title)
            if out[first].removeprefix("B-") in _BEFORE and (not kicker or m > LEAST_LINES):
                continue  # (a banner over a one-line title: ``要　闻``, or over a kicker and title; a kicker read as a
                # banner over a one-line title is the group's)
            if index[lead] - index[first] != m:
                continue  # (a blank line inside the group: other passes read it)
            prev = first - 1
            if prev >= 0 and (out[prev].removeprefix("B-") not in _BEFORE or JUMP_LINE_RE.match(lines[prev].text.strip())):
                continue  # (under a text, its byline or its jump mark, the upper lines may be its headline printed after it)
            out[first] = "B-kicker" if kicker else "B-title"
            for j in range(first + 1, lead):
                out[j] = "title"
            out[lead] = "para"
            break
    return out
