"""Headlines of two or three short lines that the line model reads as body text.

Line-model tag corrections (run by :func:`corpus_tools.layout.boundaries.correct_tags` after
those of :mod:`~corpus_tools.layout.headforms` and :mod:`~corpus_tools.layout.photoitems`):

* :func:`short_head_runs` — a run of short lines without sentence punctuation between a finished
  article and a body that repeats their words (``固东镇：咖啡豆`` / ``变成“金豆豆”`` / ``固东镇江东社区的…``)
  is the headline of the article below, not the end of the one above;
* :func:`column_name_heads` — a bracketed column name on a line of its own (``【民声回音】``) over
  such a headline is the article's column name (a banner), its headline a title;
* :func:`titles_over_indented_paragraphs` — on a page that indents its paragraphs, a heading-form line
  over an indented paragraph at the top of the page, after an article closed by its byline
  (``…获得感。（`` / ``朱丹丹）`` / ``下各镇开展防汛应急演练`` / ``　　2月17日，…``) or between a head-bylined
  article and a byline of its own, is the next article's title (called by ``assemble`` after the byline corrections of :mod:`~corpus_tools.layout.bylineruns`, as it needs the raw page);
* :func:`top_heads_open` — the page's first headline lines take the first article's ``B-`` that the
  line model put on the body under them (called by ``assemble`` before the byline corrections);
* :func:`kickers_over_subject_titles` — in a headline group of three or more lines read as one title, a
  finished phrase over a line opening with a subject and a colon (``沙田柚迎来丰收季`` / ``十里镇柚农：“今年的``
  / ``果子个个都是宝”``) is the kicker, the lines from the colon on the title (called by ``assemble`` last);
* :func:`subject_kickers` — a title's first line that opens with its township or village
  (``良口镇：护好一江清水``), read as a kicker or a mid-page banner, is the title's first line when the
  body names that place.

All are told by the lines' form (width against the column, punctuation), position (after a
finished sentence or a byline) and the words the body below repeats, not by the words themselves.
"""

from __future__ import annotations

import re
from collections import Counter

from corpus_tools.layout.arbiter import shares_topic
from corpus_tools.layout.continuity import reads_on
from corpus_tools.layout.inlinejumps import closes_on_jump
from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import Line
from corpus_tools.layout.openings import closed_by_byline, second_byline, titles_over_openings
from corpus_tools.layout.patterns import (BYLINE_TAIL_RE, ENUM_RE, SENTENCE_MARKS, cjk_bigrams, ends_sentence,
                                          is_byline, is_credit, is_folio_line, is_lead, is_place_line, text_width)
from corpus_tools.layout.photoitems import photo_item_below
from corpus_tools.layout.runin import BRACKETED_COLUMN_LINE_RE

#: Widest head line, as a share of the column's width (a body line fills the column).
HEAD_SHARE = 0.8
#: Most lines of a headline.
MAX_HEAD_LINES = 3
#: Least share of the headline's bigrams that the first :data:`BELOW_CHARS` characters of the body below repeat.
HEAD_REPEATED = 0.25
#: Characters of body text read below and above a headline for its words.
BELOW_CHARS = 120
#: Characters of body text read either side of a headline run for the topic it goes on with or leaves.
TOPIC_CHARS = 100
#: A bracketed column name on a line of its own (``【民声回音】``, ``【妫川短评】``).
COLUMN_NAME_RE = BRACKETED_COLUMN_LINE_RE
#: Marks opening a line that is an item, a box or an in-body subhead, never a headline.
_ITEM_MARKS = "◆◇■□●○▲△▼▽▶►★☆※·•—-─①②③④⑤⑥⑦⑧⑨⑩【〖[（("

_BODY = ("para", "cont")
#: Least paragraph breaks without a blank line for a page whose blank lines part items (:func:`blanks_part_items`).
TIGHT_PARAGRAPHS = 3


def column_width(lines: list[Line], tags: list[str]) -> float:
    """The page's column width: the most common width of the lines read as body text."""
    widths = Counter(round(ln.width) for ln, t in zip(lines, tags) if t.removeprefix("B-") in _BODY and ln.width >= 4)
    return float(widths.most_common(1)[0][0]) if widths else 0.0


def _head_line(text: str, col: float) -> bool:
    """Whether a line can be a line of a headline: narrower than the column, no sentence mark,
    a colon only after a leading name of two to ten characters, a question or exclamation mark
    only at its end (it closes the headline), no item mark, lead, byline or credit."""
    t = text.strip()
    if len(t) < 2 or text_width(t) > HEAD_SHARE * col or t[0] in _ITEM_MARKS or ENUM_RE.match(t):
        return False
    if is_lead(t) or is_byline(t) or is_credit(t):
        return False
    core = t[:-1] if t[-1] in "？！?!" else t
    if any(ch in SENTENCE_MARKS for ch in core):
        return False
    for m in re.finditer("[：:]", core):
        if not 2 <= m.start() <= 10:  # a place's or a person's colon (``问：`` opens a turn)
            return False
    return core[-1:] not in "、（("


def _after_text(lines: list[Line], tags: list[str], i: int) -> bool:
    """Whether line ``i`` follows a finished article text: a finished sentence, a byline, a
    bracketed byline closing the paragraph above, a date line signing a notice off, or a jump mark
    closing the paragraph above (:func:`~corpus_tools.layout.inlinejumps.closes_on_jump`)."""
    prev, tag = lines[i - 1].text.strip(), tags[i - 1].removeprefix("B-")
    if tag == "byline":
        return True
    # (a date on a line of its own signs a notice or a letter off)
    return tag in _BODY and (ends_sentence(prev) or bool(BYLINE_TAIL_RE.search(prev)) or is_folio_line(prev)
                             or closes_on_jump(prev))


def _text_near(lines: list[Line], tags: list[str], i: int, step: int, chars: int = BELOW_CHARS) -> str:
    """About ``chars`` characters of body text from line ``i`` on, in direction ``step``."""
    parts: list[str] = []
    left = chars
    k = i
    while 0 <= k < len(lines) and left > 0 and tags[k].removeprefix("B-") in _BODY + ("byline",):
        t = lines[k].text.strip()
        parts.append(t)
        left -= len(t)
        k += step
    return "".join(parts if step > 0 else parts[::-1])


def _names_below(lines: list[Line], tags: list[str], i: int, j: int) -> bool:
    """Whether the body under lines ``i:j`` repeats their words, and more than the text above."""
    own = cjk_bigrams("".join(ln.text for ln in lines[i:j]))
    if not own:
        return False
    below = len(own & cjk_bigrams(_text_near(lines, tags, j, 1))) / len(own)
    above = len(own & cjk_bigrams(_text_near(lines, tags, i - 1, -1))) / len(own)
    return below >= HEAD_REPEATED and below > 2 * above


#: Least characters of each line of a title under a column name that the body does not repeat.
COLUMN_TITLE_LINE_MIN = 5


def _title_lines(run: list[Line]) -> bool:
    """Whether a run under a column name reads as a title of its own: every line holds at least
    :data:`COLUMN_TITLE_LINE_MIN` characters (a short line, ``赵一鸣``, is an author's name)."""
    return all(len(ln.text.strip()) >= COLUMN_TITLE_LINE_MIN for ln in run)


def _topic_goes_on(lines: list[Line], tags: list[str], i: int, j: int) -> bool:
    """Whether the text under lines ``i:j`` goes on with the topic of the text above them (an
    in-body subhead, ``打破地域壁垒`` / ``有效提升组织力``, not the headline of another article)."""
    above = cjk_bigrams(_text_near(lines, tags, i - 1, -1, TOPIC_CHARS))
    below = cjk_bigrams(_text_near(lines, tags, j, 1, TOPIC_CHARS))
    return shares_topic(above, below)


def _run_end(lines: list[Line], tags: list[str], gap: list[int], i: int, col: float) -> int | None:
    """The end (exclusive) of a headline run from line ``i`` read as body text, or None."""
    j = i
    while j < len(lines) and j - i < MAX_HEAD_LINES and tags[j].removeprefix("B-") in _BODY + ("title",):
        if not _head_line(lines[j].text, col) or (j > i and gap[j]):  # a headline holds no blank line
            break
        j += 1
        if lines[j - 1].text.strip()[-1] in "？！?!":  # a question closes the headline
            break
    if (j == i or j >= len(lines) or tags[j].removeprefix("B-") not in _BODY + ("byline",)
            or all(t.removeprefix("B-") == "title" for t in tags[i:j])):
        return None
    t = lines[j].text.strip()
    if not (any(ch in SENTENCE_MARKS for ch in t) or text_width(t) > HEAD_SHARE * col or is_lead(t)
            or is_byline(t)):
        return None
    return j


def blanks_part_items(lines: list[Line], tags: list[str], gap: list[int], col: float) -> bool:
    """Whether the page's blank lines part items, not paragraphs: inside the text read as body,
    more paragraph ends (a finished sentence on a line narrower than the column) run on to the next
    paragraph with no blank line than with one, at least :data:`TIGHT_PARAGRAPHS` times."""
    tight = spaced = 0
    for k in range(1, len(lines)):
        if tags[k - 1].removeprefix("B-") not in _BODY or tags[k].removeprefix("B-") not in _BODY:
            continue
        prev = lines[k - 1].text.strip()
        if ends_sentence(prev) and text_width(prev) < HEAD_SHARE * col:
            if gap[k]:
                spaced += 1
            else:
                tight += 1
    return tight >= TIGHT_PARAGRAPHS and tight > spaced


def short_head_runs(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A headline of two or three short lines (``湘赣边红色文化`` / ``研学活动启动``), or one line after a
    column name, after a blank line on a page whose blank lines part items (:func:`blanks_part_items`;
    ``9月“曲阜好人”榜``) or over a photo-news item closed by a photographer's credit
    (:func:`~corpus_tools.layout.photoitems.photo_item_below`), that the line model reads as body
    lines of the article above is the headline of the article below.

    The run follows a finished sentence, a byline or a date line (:func:`_after_text`); each line is narrower than
    :data:`HEAD_SHARE` of the column and holds no sentence mark (a place's colon and a closing
    question mark are allowed); the line under the run is a body line (a sentence mark, a full
    line, a lead or a byline); the body below repeats at least :data:`HEAD_REPEATED` of the
    run's bigrams, twice the share the text above repeats (not asked under a column name of a title whose
    lines are long enough, :func:`_title_lines`: a reprinted item's title need not repeat its words); and, unless a photo-news item stands
    below, a column name above or a blank line that parts items before it, the text below leaves the topic of the text above (:func:`_topic_goes_on`: an in-body
    subhead is followed by more of the same). Returns the new tags.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    gap = blank_lines_before(raw_lines)
    col = column_width(lines, tags)
    if not col:
        return out
    parted = blanks_part_items(lines, tags, gap, col)
    i = 1
    while i < len(lines):
        if out[i].removeprefix("B-") not in _BODY + ("title",) or not _after_text(lines, out, i):
            i += 1
            continue
        j = _run_end(lines, out, gap, i, col)
        photo = j is not None and photo_item_below(lines, out, i)
        column = bool(COLUMN_NAME_RE.match(lines[i - 1].text.strip()))
        blank = parted and gap[i] > 0  # (a blank line before it on a page whose blank lines part items)
        named = j is not None and (j - i >= 2 or column or photo or blank)
        if not named or not (_names_below(lines, out, i, j) or column and _title_lines(lines[i:j])) or (
                not (photo or column or blank) and _topic_goes_on(lines, out, i, j)):
            i += 1
            continue
        out[i] = "B-title"
        for k in range(i + 1, j):
            out[k] = "title"
        if out[j] == "cont" or out[j] == "B-para":
            out[j] = "para"
        i = j
    return out


def column_name_heads(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A bracketed column name on a line of its own (:data:`COLUMN_NAME_RE`) after a finished
    article, read as a body line, is a banner when a headline read as such stands under it
    (run :func:`short_head_runs` on it first: a one-line headline is given a title there only
    under such a line). Returns the new tags."""
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i in range(1, len(lines) - 1):
        if (out[i].removeprefix("B-") in _BODY and COLUMN_NAME_RE.match(lines[i].text.strip())
                and _after_text(lines, out, i)):
            probe = list(out)
            probe[i] = "byline"  # only so that the line under it follows "finished text"
            probe = short_head_runs(raw_lines, probe)
            if probe[i + 1] == "B-title":
                out = probe
                out[i] = "banner"
    return out


#: A township, village or community opening a line (``虎踞镇``, ``南山镇中复村``, ``龙潭村``), with or
#: without a colon after it.
TOWN_START_RE = re.compile(r"^[\u4e00-\u9fff]{2,5}?(?:乡|镇|村|社区|街道)(?![委级域直])[：:]?")
#: Most characters of a two- or three-line title whose first line is its subject.
SUBJECT_TITLE_MAX = 30


def _subject_opening(text: str) -> bool:
    """A title's first line that opens with its subject, a township, village or community, and
    says more (``温泉镇打造``, ``良口镇：护好一江清水``, a village with its township, ``南山镇中复村``): no space
    (a two-clause kicker), no mark at its end; a county or a township alone is a kicker."""
    t = text.strip()
    m = TOWN_START_RE.match(t)
    return (bool(m) and m.end() < len(t) and (not is_place_line(t) or t.endswith(("村", "社区"))) and " " not in t and "\u3000" not in t and t[-1] not in "：:，。、；！？—-"
            and not any(ch in SENTENCE_MARKS for ch in t))


def _township_named_below(lines: list[Line], tags: list[str], i: int) -> bool:
    """Whether the body under the title lines after line ``i`` names the township that opens line
    ``i`` (a column named after a township, ``彭坊乡动态``, heads news of any place)."""
    m = TOWN_START_RE.match(lines[i].text.strip())
    k = i + 1
    while k < len(lines) and tags[k].removeprefix("B-") in ("title", "subtitle", "byline"):
        k += 1
    return bool(m) and m.group().rstrip("：:") in _text_near(lines, tags, k, 1)


def subject_kickers(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """The first line of a title that opens with its subject, a township, village or community
    (``温泉镇打造`` / ``“温泉+”康养旅游``, ``良口镇：护好一江清水`` / ``巡河员成了“河小青”``), read by the
    line model as a kicker over the title, is the title's first line: a kicker names no township
    of the story (a kicker that is a place alone, ``巴城镇``, ``巨鹿县堤村乡``, stays one). The body below
    must name the township (:func:`_township_named_below`); read as a banner, the line must stand
    after article text (a body or a byline line above it), not at the page's top.

    The title lines under it stand with no blank line between; the first of them opens with no
    place and no ``place：`` of its own (a title of its own under a kicker), and the whole title is
    at most :data:`SUBJECT_TITLE_MAX` characters. Returns the new tags.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    gap = blank_lines_before(raw_lines)
    out = list(tags)
    for i in range(len(lines) - 1):
        if out[i].removeprefix("B-") not in ("kicker", "banner") or out[i + 1] not in ("title", "B-title") or gap[i + 1]:
            continue
        a, b = lines[i].text.strip(), lines[i + 1].text.strip()
        if (out[i] == "banner" and not any(t.removeprefix("B-") in _BODY + ("byline",) for t in out[:i])
                or not _township_named_below(lines, out, i)):
            continue  # a banner stands at the page's top or names a township's column
        if not _subject_opening(a) or TOWN_START_RE.match(b) or SUBJECT_COLON_RE.match(b) or b[:1] in "—-─":
            continue
        j = i + 1
        while j < len(lines) and out[j] == "title" or j == i + 1:
            j += 1
        if sum(len(ln.text.strip()) for ln in lines[i:j]) > SUBJECT_TITLE_MAX:
            continue
        opened = out[i].startswith("B-") or out[i + 1].startswith("B-")
        out[i] = "B-title" if opened else "title"
        out[i + 1] = "title"
    return out


#: A title's own opening: a subject and a colon (``十里镇柚农：“今年的…``, ``国强乡：…``).
SUBJECT_COLON_RE = re.compile(r"^[\u4e00-\u9fff]{2,10}[：:]")
#: A kicker line over such a title is at most this long (characters).
KICKER_MAX = 16

def titles_over_indented_paragraphs(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    r"""A heading printed over an indented paragraph (:func:`~corpus_tools.layout.lines.heading_over_indent`),
    read as body text, is the title of the article it opens when it
    stands at the top of the page (only banner and credit lines above) or after a blank line under an
    article closed by its bracketed byline, perhaps cut by the column (``…获得感。（`` / ``朱丹丹）``), or
    under a finished sentence of an article with a byline line when the text below closes with a byline
    of its own (``□记者 X`` … ``办结率达100%。`` / ``田市镇：守护绿水青山…`` / … ``（应`` / ``国平）``).
    On a page that prints no blank line at all the same two places count without the blank line.
    Returns the new tags (``B-title`` there, the indented line ``para``).

    Parameters
    ----------
    raw_lines, tags : list
        Where it looks for headings over indented paragraphs: the page's lines (:func:`~corpus_tools.layout.lines.read_lines`;
        None for a blank line) and one line-role tag per non-blank line.

    Returns
    -------
    list of str
        The tags with ``B-title`` on each such heading, ``para`` on the indented line; *tags* itself is not changed.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = "下各镇开展防汛应急演练\n　　2月17日，下各镇组织干部\n群众开展活动。（\n朱丹丹）\n"
    >>> titles_over_indented_paragraphs(read_lines(raw), ["B-para", "cont", "cont", "cont"])
    ['B-title', 'para', 'cont', 'cont']
    """
    return titles_over_openings(raw_lines, tags, _byline_closed_place, roles=("para", "cont"), below=("para", "cont"))


def _byline_closed_place(lines: list[Line], tags: list[str], gap: list[int], i: int) -> bool:
    """At the page's top, or after a blank line under a byline-closed article (see
    :func:`titles_over_indented_paragraphs`)."""
    if i + 2 >= len(lines):
        return False  # (the loop of old left the page's last two lines)
    if all(t in ("banner", "credit") for t in tags[:i]):
        return True
    if not any(gap[1:]):  # (a page without blank lines parts no article by one: the signatures tell)
        return closed_by_byline(lines, tags, i) or second_byline(lines, tags, i)
    return bool(gap[i]) and (closed_by_byline(lines, tags, i) or second_byline(lines, tags, i, gap))


def _balanced(text: str) -> bool:
    """Whether every quotation mark and bracket the text opens it also closes."""
    return all(text.count(a) == text.count(b) for a, b in ("“”", "‘’", "（）", "()", "《》"))


def kickers_over_subject_titles(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    r"""A headline group of at least three lines tagged title whose later line opens with a subject and a
    colon (:data:`SUBJECT_COLON_RE`) prints a kicker above that line: the lines above are a finished
    phrase (no sentence mark, quotes and brackets closed, at most :data:`KICKER_MAX` characters) and
    the colon line does not clearly read on from them (:func:`~corpus_tools.layout.continuity.reads_on`). Those lines become the kicker (the group's ``B-`` stays on its first line). Returns the
    new tags.

    Parameters
    ----------
    raw_lines, tags : list
        Where it looks for headline groups with a subject-colon line: the page's lines (:func:`~corpus_tools.layout.lines.read_lines`;
        None for a blank line) and one line-role tag per non-blank line.

    Returns
    -------
    list of str
        The tags with ``kicker`` on the lines above the colon line; *tags* itself is not changed.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = "沙田柚迎来丰收季\n十里镇柚农：“今年的\n果子个个都是宝”\n初秋时节，走进十里镇。\n"
    >>> kickers_over_subject_titles(read_lines(raw), ["B-title", "title", "title", "para"])
    ['B-kicker', 'title', 'title', 'para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    i = 0
    while i < len(lines):
        if out[i] != "B-title" and not (out[i] == "title" and (i == 0 or out[i - 1].removeprefix("B-") not in
                                                                ("title", "kicker"))):
            i += 1
            continue
        end = i + 1
        while end < len(lines) and out[end] == "title":
            end += 1
        if end - i >= 3:
            texts = [ln.text.strip() for ln in lines[i:end]]
            for k in range(1, len(texts) - 1):
                above = "".join(texts[:k])
                if (SUBJECT_COLON_RE.match(texts[k]) and len(above) <= KICKER_MAX and _balanced(above)
                        and not any(ch in SENTENCE_MARKS for ch in above) and not reads_on(texts[k - 1], texts[k])):
                    opened = out[i].startswith("B-")
                    out[i:i + k] = ["kicker"] * k
                    out[i] = "B-kicker" if opened else "kicker"
                    break
        i = end
    return out


def top_heads_open(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    r"""The page's first headline lines (only banner and credit lines above them) open its first article:
    where the line model put the article's ``B-`` on the body under them (``宝梵镇举行“我们的节日”文艺汇演`` read
    ``title``, the lead under it ``B-para``), the ``B-`` moves up to the first headline line, as there is no
    article above that a headline printed after its body could close. Returns the new tags.

    Parameters
    ----------
    raw_lines, tags : list
        Where it looks for the page's first headline lines: the page's lines (:func:`~corpus_tools.layout.lines.read_lines`;
        None for a blank line) and one line-role tag per non-blank line.

    Returns
    -------
    list of str
        The tags with the ``B-`` moved up to the first headline line; *tags* itself is not changed.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = "第01版　要闻\n宝梵镇举行文艺汇演\n本报讯 5月9日，宝梵镇组织\n干部群众开展活动。\n"
    >>> top_heads_open(read_lines(raw), ["banner", "title", "B-para", "cont"])
    ['banner', 'B-title', 'para', 'cont']
    """
    out = list(tags)
    i = next((k for k, t in enumerate(out) if t not in ("banner", "credit")), len(out))
    j = i + 1 if i < len(out) and out[i] in ("B-kicker", "B-title") else i  # (one the model opened already: the
    while j < len(out) and out[j] in ("kicker", "title", "subtitle"):  # body under it opens nothing either)
        j += 1
    if i < j < len(out) and out[j].startswith("B-") and out[j].removeprefix("B-") in ("para", "cont", "byline"):
        out[i], out[j] = "B-" + out[i].removeprefix("B-"), out[j].removeprefix("B-")
    return out
