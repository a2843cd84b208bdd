"""Editor's notes and the boxes that go with an article (编者按, 编后, 相关链接, 背景资料): whose are they.

A county page prints an editor's note (``编者按：…``, ``【编者按】…``, ``编者的话：…``) as a short paragraph in
front of the article it introduces: under the article's headline group (over its ``本报讯`` lead), or above the
headline itself. Four of the five writers of the invented pages (benchmarks/gold pages21, pages22, pages27o and
pages29o's forms; pages27 is the exception and leaves the note out of the body) give the note to its article as
the body's first paragraph. So the note **opens its article**:

* :func:`opens_article` — a lead right under a note is no new article (``boundaries.split_at_leads`` asks);
* :func:`notes_over_titles` (units) — a note printed right above a headline belongs to the article under that
  headline, not to the text above it.

An ``编后`` (the editor's afterword) is printed after its article. Its form decides whose it is:

* under a heading of its own (``编后``, ``编后语``, ``编后记``, ``【编后】`` alone on its line) it is an item of its own,
  titled by that heading (the writers of pages29o give it so): :func:`afterword_heads` opens an article on the
  heading line, which the line model reads as the article's next paragraph;
* run into its text (``编后：一个村支书，…``), it is the article's last paragraph, as the page prints it (no
  heading sets it apart): the module leaves it where it stands.

Told by the note's label, never by its words.
"""

from __future__ import annotations

import re

from corpus_tools.layout.lines import Line
from corpus_tools.layout.tagged import tagged_lines
from corpus_tools.layout.units import Unit

#: An editor's note's opening label (``编者按：``, ``【编者按】``, ``编者的话：``, ``编者按　``).
EDITOR_NOTE_RE = re.compile(r"^\s*[【\[〔]?\s*(?:编\s*者\s*按|编者的话)\s*[】\]〕]?\s*[：:　 ]?")


#: An afterword's heading alone on its line (``编后``, ``编后语``, ``【编后记】``, ``编　后``).
AFTERWORD_HEAD_RE = re.compile(r"^\s*[【\[〔]?\s*编\s*后\s*(?:语|记)?\s*[】\]〕]?\s*$")


def is_editor_note(text: str) -> bool:
    """Whether a paragraph is an editor's note (opens on its label).

    Examples
    --------
    >>> is_editor_note("编者按：开展结对帮扶活动，是深化作风建设的重要举措。")
    True
    >>> is_editor_note("【编者按】本报今起开设专栏。")
    True
    >>> is_editor_note("县编者协会成立。")
    False
    """
    return bool(EDITOR_NOTE_RE.match(text))


def opens_article(bodies_before: list[str]) -> bool:
    """Whether the body text an article holds before a news lead is only editor's notes: the lead then goes
    on with the article the note opened (``编者按：…`` / ``本报讯 3月26日，…``), it opens no article of its own."""
    return bool(bodies_before) and all(is_editor_note(t) for t in bodies_before)


def notes_over_titles(units: list[Unit]) -> None:
    """Give an editor's note printed right above a headline to that headline's article, in place.

    The note (a body unit opening on :data:`EDITOR_NOTE_RE`) must be the last body unit of the article it was
    read into, right over a headline of another article (page furniture between them ends the reading); it
    then opens the article under that headline, whose body then starts with the note (units keep print order).

    Examples
    --------
    >>> units = [Unit("body", [(0, 8)], "产量七十万吨。", article=0, final="body"),
    ...          Unit("body", [(9, 24)], "编者按：港口的经验值得总结。", article=0, final="body"),
    ...          Unit("head", [(25, 33)], "港口保障运输畅通", article=1, final="headline"),
    ...          Unit("body", [(34, 50)], "本报讯 今年以来，港口运送旅客。", article=1, final="body")]
    >>> notes_over_titles(units)
    >>> [u.article for u in units]
    [0, 1, 1, 1]
    """
    for i, u in enumerate(units[:-1]):
        if u.final != "body" or u.article is None or not is_editor_note(u.text):
            continue
        nxt = units[i + 1]
        if nxt.final != "headline" or nxt.article in (None, u.article):
            continue
        if any(v.article == u.article and v.final == "body" for v in units[i + 1:]):
            continue  # (text of its article goes on under the headline: the note is not printed over it)
        if not any(v.article == u.article and v.final == "body" for v in units[:i]):
            continue  # (the note alone: its article is what the reading made of it)
        u.article = nxt.article


def afterword_heads(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags with an afterword's heading alone on its line (:data:`AFTERWORD_HEAD_RE`) opening an
    article as its title, its text under it that article's body. Returns the new tags (*tags* is not changed).

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "可曾听说……”\\n编后\\n一个村支书，十八年守护一片湿地。\\n"
    >>> afterword_heads(read_lines(page), ["cont", "para", "cont"])
    ['cont', 'B-title', 'para']
    """
    lines = tagged_lines(raw_lines, tags)
    out = list(tags)
    for i, ln in enumerate(lines):
        if not AFTERWORD_HEAD_RE.match(ln.text) or out[i] in ("B-title", "banner"):
            continue
        out[i] = "B-title"
        if i + 1 < len(out) and out[i + 1] in ("cont", "B-para"):
            out[i + 1] = "para"
    return out
