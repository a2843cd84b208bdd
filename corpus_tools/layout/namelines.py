"""A line of two or three names right under a headline is the article's byline (``梅笑  郭旭东``); so is a
line of a writer's unit and name (``县委党校　靳世恒``, :func:`affiliation_name`).

Some papers sign an article by printing its authors' names, with no role word and no brackets, on their
own line between the headline and the text, parted by wide spaces::

    武穴市祥云化工有限公司磷化工循环经济产业园项目开工
    梅笑  郭旭东
    2019年5月8日，位于武穴经济开发区的祥云化工项目正式开工，…

The line model reads such a line as the title (the real headline above it then as a kicker) or as the
first text line. :func:`name_lines_under_heads` reads it by its form alone: every piece of the line, parted
by a wide space (two spaces or more, or an ideographic space), is a name's shape (:func:`name_shaped`:
two or three characters, four with a compound surname, a surname of the surname list first, not a
dictionary word), the line above is a heading (a title or kicker line of the model, no sentence mark)
and the line below opens or runs on a text. The names line becomes a ``byline`` line and the heading
above it the article's title. A names line over a text line right after the finished text of an article
signed already (an article has one byline) opens the next article, whose headline is printed after its
body: a ``B-byline`` line (opening that article) over the text's first line. A unit-and-name line is read under a
``——`` subtitle too, and under two heading phrases of which the model reads the second as text (the kicker and
the title of a commentary: ``深刻把握…的历史经验`` / ``以…指引…新发展`` / ``市委党校　才让东智``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus_tools._entity_rules.names import COMPOUND_SURNAMES, is_word
from corpus_tools.layout.bylines import surname_and_given
from corpus_tools.layout.lines import Line
from corpus_tools.layout.openings import closed_by_byline, lead_signed
from corpus_tools.layout.patterns import ends_sentence, heading_form, is_subtitle_line

#: A wide space parting two names on one line: two spaces or more, or an ideographic space.
_WIDE_RE = re.compile(r"(?: {2,}|[\u3000\xa0]+ *|\t+)")
#: Line-role tags (``B-`` dropped) of a heading line above the names.
_HEAD_TAGS = ("title", "kicker")
#: Tags of the line under the names: the text's opening or its run-on.
_TEXT_TAGS = ("para", "cont")
#: Tags the names line may carry (the model's reading of it).
_NAMES_TAGS = ("title", "kicker", "subtitle", "para", "cont", "byline", "caption")
#: Names on one such line.
MIN_NAMES, MAX_NAMES = 2, 3


def name_shaped(token: str) -> bool:
    """Whether ``token`` has a person's name's shape: two or three Chinese characters (four with a
    compound surname, 亓官明 or 欧阳慧敏), a surname of the surname list first, and no two-character
    dictionary word (梅笑 and 郭旭东 are names; 春耕, 高新 and 王府 are not).

    Examples
    --------
    >>> name_shaped("梅笑"), name_shaped("郭旭东"), name_shaped("欧阳慧敏"), name_shaped("春耕"), name_shaped("美化城市")
    (True, True, True, False, False)
    """
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", token) or not surname_and_given(token):
        return False
    compound = token[:2] in COMPOUND_SURNAMES
    given = token[2:] if compound else token[1:]
    return not is_word(token[:2]) and not (len(given) == 2 and is_word(given) and not compound)


def names_line(text: str) -> list[str] | None:
    """The names of a line of :data:`MIN_NAMES` to :data:`MAX_NAMES` names parted by wide spaces, else None.

    Examples
    --------
    >>> names_line("梅笑  郭旭东"), names_line("梅笑 郭旭东"), names_line("建设公园　美化城市")
    (['梅笑', '郭旭东'], None, None)
    """
    parts = [p for p in _WIDE_RE.split(text.strip()) if p]
    if not MIN_NAMES <= len(parts) <= MAX_NAMES or any(" " in p for p in parts):
        return None
    return parts if all(name_shaped(p) for p in parts) else None


#: A writer's unit printed before the name (``县委党校　靳世恒``): a party school, school, department, office,
#: committee, centre or bureau.
_AFFILIATION_RE = re.compile(r"^[\u4e00-\u9fff]{1,12}(?:党校|学校|中学|小学|大学|学院|宣传部|组织部|统战部|办公室|"
                             r"委员会|研究会|研究室|协会|学会|中心|局)$")


def affiliation_name(text: str) -> str | None:
    """The name of a line printing a writer's unit, a wide space and the writer's name (``县委党校　靳世恒``,
    the byline of a commentary under its headline), else None.

    Examples
    --------
    >>> affiliation_name("县委党校　靳世恒"), affiliation_name("县委党校 靳世恒"), affiliation_name("梅笑  郭旭东")
    ('靳世恒', None, None)
    >>> affiliation_name("市委党校　才让东智"), affiliation_name("县委党校　理论研究")
    ('才让东智', None)
    """
    parts = [p for p in _WIDE_RE.split(text.strip()) if p]
    if len(parts) != 2 or " " in parts[0] or not _AFFILIATION_RE.match(parts[0]):
        return None
    name = parts[1].replace(" ", "")
    # (after a unit's head word, a name of a rare surname, ``仝新华``, or a Tibetan one, ``才让东智``: any two to
    # four characters that are no dictionary word)
    loose = re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name) is not None and not is_word(name) and not is_word(name[:2])
    return name if name_shaped(name) or loose else None


def _opens_after_signed(lines: list[Line], tags: list[str], i: int) -> bool:
    """Whether names line ``i`` follows the finished text of an article that is signed already (closed by a
    byline, or holding a byline line or a signed lead): an article has one byline, so the names open the
    next article (one whose headline is printed after its body)."""
    above = tags[i - 1].removeprefix("B-")
    if above not in _TEXT_TAGS + ("byline",):
        return False
    if closed_by_byline(lines, tags, i):
        return True
    if not ends_sentence(lines[i - 1].text):
        return False
    first = next((k for k in range(i - 1, -1, -1) if tags[k].startswith("B-")), 0)
    return any(t.removeprefix("B-") == "byline" for t in tags[first:i]) or lead_signed(lines, tags, first, i)


def name_lines_under_heads(raw_lines: Sequence[Line | None], tags: list[str]) -> list[str]:
    r"""Tags with ``byline`` on each names line (:func:`names_line`) printed right under a heading and over
    a text line, and ``B-title`` on that heading (see the module's docstring). *tags* itself is not changed.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = "祥云化工项目开工\n梅笑  郭旭东\n5月8日，祥云化工项目开工。\n"
    >>> name_lines_under_heads(read_lines(raw), ["B-kicker", "title", "para"])
    ['B-title', 'byline', 'para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i in range(1, len(lines) - 1):
        if out[i].removeprefix("B-") not in _NAMES_TAGS + ("banner",):
            continue
        names = names_line(lines[i].text)
        if names is None and (affiliation_name(lines[i].text) is None or out[i] == "banner"):
            continue  # (a unit and a name, ``县委党校　靳世恒``: read only right under a heading, below)
        head, above, below = lines[i - 1].text.strip(), out[i - 1].removeprefix("B-"), out[i + 1].removeprefix("B-")
        if names is not None and below in _TEXT_TAGS and _opens_after_signed(lines, out, i):
            out[i], out[i + 1] = "B-byline", "para"  # (the next article's names, its headline printed after its body)
            continue
        if out[i] == "banner":
            continue  # (a banner line is a heading's names only after a signed article, above)
        # (a ``——`` subtitle closing the headline group over the names: the group's last line)
        dashed = above == "subtitle" and is_subtitle_line(head)
        if not dashed and (ends_sentence(head) or not heading_form(head) or names_line(head) is not None):
            continue
        # (a heading line the model reads as text right under a title: the headline's second line,
        # ``深刻把握“十个坚持”的历史经验`` / ``以党的十九届六中全会精神指引…`` / ``市委党校　才让东智``)
        second = (above in _TEXT_TAGS and i >= 2 and out[i - 2].removeprefix("B-") in _HEAD_TAGS
                  and not ends_sentence(lines[i - 2].text))
        if above in _TEXT_TAGS and not (i == 1 or ends_sentence(lines[i - 2].text) or second):
            continue  # (a body's line over the names: only after a finished sentence is it a heading)
        if above not in _HEAD_TAGS + _TEXT_TAGS and not dashed:
            continue
        if below in _HEAD_TAGS:  # (a names line over another heading line: the text must follow)
            if i + 2 >= len(lines) or out[i + 2].removeprefix("B-") not in _TEXT_TAGS:
                continue
        elif below not in _TEXT_TAGS:
            continue
        if above == "kicker":  # (the headline read as a kicker over the names read as the title)
            k = i - 1
            while k > 0 and out[k] == "kicker":
                k -= 1
            k = k if out[k] == "B-kicker" else i - 1
            out[k:i] = ["B-title"] + ["title"] * (i - 1 - k)
        elif second:  # (two heading phrases: the first the kicker over the title, as a commentary prints them)
            if out[i - 2] == "B-title":
                out[i - 2] = "B-kicker"
            out[i - 1] = "title"
        elif above in _TEXT_TAGS:
            out[i - 1] = "B-title"
        out[i] = "byline"
        out[i + 1] = "para"
    return out
