"""Interviews printed as questions and answers: a question line is no headline.

A county paper prints an interview (``——访县减负办主任…`` under its title) as labelled turns::

    问：群众有意见向哪里反映？
    答：县减负办设立了举报电话，……
    记者：白塔镇今年在景村融合上有哪些新做法？
    陈立峰：我们实施“景区带村、能人带户”工程，……

A question is short, unpunctuated but for its question mark and may stand alone on its line, so the line model
sometimes reads it as the next article's headline and cuts the interview in two. :func:`question_lines` (line-model
tags) reads a line opening on a turn's label (:data:`TURN_RE`: ``问：``, ``答：``, ``【问】``, ``记者：``) as a
paragraph of the interview around it when another turn stands within :data:`NEAR` lines above it (the interview
has begun; then no article opens on it either) or, for a line read as a heading, below it. And a box of questions
and answers under a column's name (``【学习园地】`` / ``“三严三实”知识问答`` / ``问：…`` / ``答：…``) has its title on
the line over its first question: :func:`titles_over_turns` reads that line as the title the model ran into the
text. Told by the labels' form, never by the words.
"""

from __future__ import annotations

import re

from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import ends_sentence, heading_form
from corpus_tools.layout.tagged import tagged_lines

#: A turn's label opening a line: ``问：``, ``答：``, ``【问】``, ``〔答〕``, ``记者：``, ``本报记者：``.
TURN_RE = re.compile(r"^\s*(?:[【\[〔]\s*[问答]\s*[】\]〕]|(?:本报)?记者\s*[：:]|[问答]\s*[：:])")
#: Most lines between a turn and the one before it in the same interview.
NEAR = 15


def is_turn(text: str) -> bool:
    """Whether a line opens on an interview turn's label.

    Examples
    --------
    >>> is_turn("问：群众有意见向哪里反映？"), is_turn("【答】每件实事都由村民代表评议。"), is_turn("问题清单已建立。")
    (True, True, False)
    """
    return bool(TURN_RE.match(text))


def question_lines(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags with each turn line near another turn (text between them) read as the interview's paragraph
    (``para``) where the model read a heading (title, kicker, subtitle), or, after an earlier turn, opened an
    article on it. Returns the new tags (*tags* is not changed).

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "问：今年有哪些新举措？\\n答：发放了减负卡。\\n问：群众有意见向哪里反映？\\n答：设立了举报电话。\\n"
    >>> question_lines(read_lines(page), ["para", "para", "B-title", "para"])
    ['para', 'para', 'para', 'para']
    """
    lines = tagged_lines(raw_lines, tags)
    out = list(tags)
    turns = [i for i, ln in enumerate(lines) if is_turn(ln.text)]

    def text_between(a: int, b: int) -> bool:
        return all(out[k].removeprefix("B-") in ("para", "cont", "title") for k in range(a + 1, b))

    for n, i in enumerate(turns):
        heading = out[i].removeprefix("B-") in ("title", "kicker", "subtitle")
        above = n > 0 and i - turns[n - 1] <= NEAR and text_between(turns[n - 1], i)
        below = n + 1 < len(turns) and turns[n + 1] - i <= NEAR and text_between(i, turns[n + 1])
        if above and (heading or out[i].startswith("B-")) or below and heading:
            out[i] = "para"
    return out


def titles_over_turns(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags with a heading-form line right over the first of at least two turns (see
    :func:`question_lines`), which the model read as text opening an article (``B-para``) under a banner, a byline
    or a finished sentence, read as that article's title (``B-title``), the first turn going on under it.
    Returns the new tags (*tags* is not changed).

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "【学习园地】\\n知识问答\\n问：主要内容是什么？\\n答：严以修身。\\n问：怎样安排？\\n答：讲好党课。\\n"
    >>> titles_over_turns(read_lines(page), ["banner", "B-para", "para", "para", "para", "para"])
    ['banner', 'B-title', 'para', 'para', 'para', 'para']
    """
    lines = tagged_lines(raw_lines, tags)
    out = list(tags)
    turns = [i for i, ln in enumerate(lines) if is_turn(ln.text)]
    for n, i in enumerate(turns):
        h = i - 1
        if (h < 1 or (n and turns[n - 1] >= h) or n + 1 >= len(turns) or turns[n + 1] - i > NEAR
                or out[h] != "B-para" or not heading_form(lines[h].text, strict=True)):
            continue
        above = lines[h - 1].text.strip()
        if out[h - 1].removeprefix("B-") in ("banner", "byline", "credit") or ends_sentence(above):
            out[h] = "B-title"
            if out[i].startswith("B-"):
                out[i] = "para"
    return out
