"""Byline lines the line model misreads: a byline printed on two lines, and head bylines.

A line-model tag correction (run by :func:`corpus_tools.layout.boundaries.correct_tags` last):
:func:`second_byline_lines` — ``本报记者　孔　颖`` / ``通讯员　颜培华`` / ``9月27日晚，…``: the second line,
a role word and names only, is the byline's, not the first line of the body; so is such a line
right under a title or subtitle. :func:`sentences_under_bylines` — a line of sentence text right under
a headline group's byline, read as a title, opens the body (run before the arbiter too).
:func:`split_credits_and_notes` — a bracketed credit broken before its close (``（记者 林　晨`` / `` 摄）``)
is one byline; a closing note (``（未完待续）``) is the last line of the text above it.

Head bylines (round 20), read by their form and position, for papers printing either headline order:
:func:`bylines_over_indented_paragraphs` — a role line over an indented paragraph is a byline (after a
finished body it opens the next article); :func:`titles_closing_byline_opened` — such an article takes the
heading-form lines closing it as its headline; :func:`heads_over_head_bylines` — the headline group over a
head byline opens an article; :func:`head_bylines_forward` — a head byline between two articles' bodies
opens the body below it (units); :func:`split_glued_bylines` — a byline run into the text it opens is
split off, the name's length chosen by the character model (units).
"""

from __future__ import annotations


from corpus_tools.layout.bylines import (BYLINE_MARK_RE, CLOSING_NOTE_RE, COMMENTATOR_RE, PAIR_ROLES, glued_byline_cuts,
                                         lead_byline, parse_byline, shot_by_author)
from corpus_tools.layout.continuity import continuity, default_lm
from corpus_tools.layout.lineroles import HEADLINE_ROLES, blank_lines_before
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import (BYLINE_TAIL_RE, CLOSERS, SENTENCE_MARKS, ends_sentence, heading_form, is_folio_line,
                                          is_lead,
                                          is_subtitle_line)
from corpus_tools.layout.units import Unit
from corpus_tools.text import WS_RE


#: Under a title, a role line the line below reads on from better than this (nats,
#: :func:`~corpus_tools.layout.continuity.continuity`) opens a sentence (``记者 何小燕`` / ``来到现场，…``).
BYLINE_READS_OFF = -3.0


def _role_line(text: str) -> bool:
    """A line of a role word and names only, unbracketed (``通讯员　颜培华``, ``实习生 王小川``)."""
    t = text.strip()
    if not t or t[0] in "(（":
        return False
    pairs = parse_byline(t)
    return bool(pairs) and all(role in PAIR_ROLES for role, _ in pairs)


def _plainly_byline(text: str) -> bool:
    """A role line no sentence opens with: marked (``◎本报记者　李　明``, ``■记者 X``), naming two people
    or more (``记者　张云飞　实习生　杞晓雯``) or an author's text-and-photo credit (``文/图　本报记者　蒋丽萍``);
    ``记者 何小燕`` alone may open ``记者何小燕来到现场，…``."""
    t = text.strip()
    return (bool(BYLINE_MARK_RE.match(t)) or len(parse_byline(t) or []) >= 2
            or shot_by_author(t) and bool(parse_byline(t)))


def second_byline_lines(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A byline line (a role word and names only, :func:`_role_line`) right under a byline line of
    that form or under a title or subtitle, that the line model reads as body text (or as the
    first line of another article: ``——访…`` / ``本报记者 X`` / ``【编者按】…``), is a byline line of
    the article above; the body opens on the line under it. Under a title or subtitle, the line
    under it must not read on from it (:data:`BYLINE_READS_OFF`). Returns the new tags."""
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i in range(1, len(lines)):
        above = out[i - 1].removeprefix("B-")
        if out[i].removeprefix("B-") not in ("para", "cont") or not _role_line(lines[i].text):
            continue
        runs_on = (i + 1 < len(lines) and out[i + 1] == "cont" and not _plainly_byline(lines[i].text)
                   and continuity(lines[i].text, lines[i + 1].text) > BYLINE_READS_OFF)
        if above == "byline" and _role_line(lines[i - 1].text) or above in ("title", "subtitle") and not runs_on:
            out[i] = "byline"
            if i + 1 < len(out) and out[i + 1] == "cont":
                out[i + 1] = "para"
    return out


def closing_role_lines(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    r"""A line of role words and names only (:func:`_role_line`: ``撰稿　陈昌华　摄影　李　涛``,
    ``记者　王　磊　报道``) right after a finished sentence, read as the body's last line, is the
    article's closing byline when no body text follows it: the page ends, another article or a
    headline, banner or credit line comes next, or a heading-form line (no sentence mark) does.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = read_lines("山泉水库水更清\n茶农陈友根说，水更清了。\n撰稿　陈昌华　摄影　李　涛\n")
    >>> closing_role_lines(raw, ["B-title", "para", "cont"])
    ['B-title', 'para', 'byline']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if len(lines) != len(tags):
        raise ValueError(f"tags has {len(tags)} tags for {len(lines)} non-blank lines")
    out = list(tags)
    for i in range(1, len(lines)):
        if out[i] not in _BODY_TAGS or not ends_sentence(lines[i - 1].text) or not _role_line(lines[i].text):
            continue
        if i + 1 < len(lines) and out[i + 1] in _BODY_TAGS and not heading_form(lines[i + 1].text):
            continue  # (text goes on under it: a head byline, or a sentence opening with a role word)
        out[i] = "byline"
    return out


def sentences_under_bylines(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A line holding a sentence's marks (``11月18日，黑竹沟镇底底古村的``) right under a byline line
    that stands under a title or subtitle, read by the line model as a title line (of that
    headline group), is the first line of the body: a byline parts the headline from its body. The
    line under it goes on with its paragraph when it ends no sentence. Returns the new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = "彝家新寨迎新年\\n记者 阿苏伍呷\\n11月18日，底底古村的\\n广场上人头攒动。\\n"
    >>> sentences_under_bylines(read_lines(raw), ["B-title", "byline", "title", "B-para"])
    ['B-title', 'byline', 'para', 'cont']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i in range(2, len(lines)):
        t = lines[i].text.strip()
        if (out[i] != "title" or out[i - 1].removeprefix("B-") != "byline"
                or out[i - 2].removeprefix("B-") not in ("title", "subtitle")
                or not any(ch in SENTENCE_MARKS for ch in t.rstrip("：:"))):
            continue
        out[i] = "para"
        if i + 1 < len(lines) and out[i + 1] == "B-para" and not ends_sentence(t):
            out[i + 1] = "cont"
    return out



def split_credits_and_notes(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A bracket opened on one line and closed on the next (``（记者 林　晨`` / `` 摄）``, ``（吴晓东 摄`` /
    ``）``) whose two lines read together as a byline, after a finished sentence, is a byline of the
    article above; a closing note on its own line (``（未完待续）``, :data:`~corpus_tools.layout.bylines.CLOSING_NOTE_RE`)
    is the last line of the text above it, and the line under it opens an article when the note did.
    Returns the new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "荷花开了。\\n（记者 林　晨\\n 摄）\\n老街记忆\\n豆腐坊开张了。\\n（未完待续）\\n"
    >>> split_credits_and_notes(read_lines(page), ["para", "para", "cont", "B-title", "para", "B-title"])
    ['para', 'byline', 'byline', 'B-title', 'para', 'para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i in range(1, len(lines)):
        t = lines[i].text.strip()
        if CLOSING_NOTE_RE.match(t) and out[i - 1].removeprefix("B-") in ("para", "cont"):
            if out[i].startswith("B-") and i + 1 < len(lines) and not out[i + 1].startswith("B-"):
                out[i + 1] = "B-" + out[i + 1]
            out[i] = "para"
            continue
        if (i + 1 >= len(lines) or t[:1] not in "(（" or ")" in t or "）" in t
                or not ends_sentence(lines[i - 1].text)):
            continue
        below = lines[i + 1].text.strip()
        if not below.endswith((")", "）")) or parse_byline(t + " " + below) is None or len(below) > 8:
            continue
        opens = out[i].startswith("B-") or out[i + 1].startswith("B-")
        out[i], out[i + 1] = "byline", "byline"
        if opens and i + 2 < len(lines) and not out[i + 2].startswith("B-"):
            out[i + 2] = "B-" + out[i + 2]
    return out


def _open_byline(text: str) -> bool:
    """A byline line printed as a head byline: a role word and names (``通讯员 胡志强``, ``■ 记者 X``),
    an author after ``□`` (``□ 石 岩``) or a commentator's signature (``本报评论员``),
    not in brackets (a bracketed ``（记者 X）`` closes the text above it) and no photographer's ``X 摄``."""
    t = text.strip().lstrip("■□●○◎◆◇▲△★☆▶► \u3000")
    pairs = parse_byline(text.strip())
    return bool(pairs) and t[:1] not in "(（" and t[-1:] not in ")）" and not t.endswith("摄") \
        and (any(role for role, _ in pairs) or text.strip().startswith("□") or bool(COMMENTATOR_RE.match(t)))


def head_bylines_forward(units: list) -> None:
    """A head byline (:func:`_open_byline`) printed between the body of one article and the body of the
    next, and not under the headline of an article whose body is still to come, opens the body below it: ``…取得新成效。`` /
    ``通讯员 胡志强`` / ``连日来，莲塘坳镇…`` (a page printing headlines after their bodies, or mixing the
    two orders), when the article above is closed (its headline printed after its body stands right
    above the byline) or signed already (a byline of its own above): else it may be that article's
    end byline printed without brackets (``巩留新闻记者 贺娟霞``). Not when the byline is printed right under
    the closing headline with a blank line between it and the body below, whose own headline follows that
    body: the page prints head groups (title and byline) after their bodies.

    Parameters
    ----------
    units : list of Unit
        The page's units with their articles; the byline's unit and the units after it change article
        in place.
    """
    for i, u in enumerate(units[:-1]):
        nxt = units[i + 1]
        if u.final != "byline" or nxt.final != "body" or nxt.article is None or nxt.article == u.article:
            continue
        closed = i > 0 and units[i - 1].final in ("headline", "subtitle", "kicker") and units[i - 1].article == u.article
        if closed and not any(v.final == "body" and v.article == u.article for v in units[:i - 1]):
            continue  # under the headline of an article whose body is not printed above it
        signed = any(v.final == "byline" and v.article == u.article for v in units[:i])
        # (printed with the headline above it and parted by a blank line from the body below, whose own
        # headline follows it: the page prints head groups, title and byline, after their bodies)
        with_head_above = (closed and not u.gap and nxt.gap > 0
                           and any(v.final == "headline" and v.article == nxt.article for v in units[i + 2:]))
        if _open_byline(u.text) and (closed or signed) and not with_head_above:
            u.article = nxt.article


def head_bylines_over_heads(units: list) -> None:
    """A head byline (:func:`_open_byline`) printed after an article whose lead names its writers already
    (``本报讯（记者 杨秀珍）…``) and right over the next article's headline group (kicker or headline; a
    banner between them too) is that article's byline, printed over its headline: ``…将持续至11月30日。`` /
    ``融媒体记者　石明光　龙运华`` / ``布央茶园有了“智慧大脑”``. An article has one byline: the one above
    is signed by its lead, and the one below has none of its own.

    Parameters
    ----------
    units : list of Unit
        The page's units with their articles; the byline's unit changes article in place.
    """
    for i, u in enumerate(units[:-1]):
        if u.final != "byline" or u.article is None or not _open_byline(u.text):
            continue
        j = i + 1
        while j < len(units) and units[j].final == "banner":
            j += 1
        if j >= len(units) or units[j].final not in ("kicker", "headline") or units[j].article in (None, u.article):
            continue
        above = [v for v in units[:i] if v.article == u.article]
        bodies = [v for v in above if v.final == "body"]
        if not bodies or not lead_byline(bodies[0].text) or any(v.final == "byline" for v in above):
            continue
        below = [v for v in units if v.article == units[j].article]
        first_body = next((v for v in below if v.final == "body"), None)
        if any(v.final == "byline" for v in below) or first_body is not None and lead_byline(first_body.text):
            continue
        u.article = units[j].article


#: The most lines a headline group over a head byline is read as (kicker, a title broken once or twice).
HEAD_GROUP_LINES = 3
_BODY_TAGS = ("para", "cont")


def _finished(text: str) -> bool:
    """Whether a body line finishes its paragraph: a sentence's end, or an end byline (``…获得感。（何静）``);
    or it is the page's running date or page line printed between two articles (``2021年11月18日　星期四
    产业　灵璧报``, :func:`~corpus_tools.layout.patterns.is_folio_line`), which no paragraph runs across."""
    return ends_sentence(text) or bool(BYLINE_TAIL_RE.search(text)) or is_folio_line(text)


def _body_run_above(lines: list[Line], tags: list[str], j: int) -> int | None:
    """Start of a short run of body-tagged lines right above line ``j`` that reads as a headline: it
    follows a finished paragraph (:func:`_finished`, or no text), has at most :data:`HEAD_GROUP_LINES` lines, no sentence
    mark but a last ``？`` or ``！``, and (two lines or more) no line wider than the body lines below ``j``."""
    start = j
    while start > 0 and j - start < HEAD_GROUP_LINES and tags[start - 1].removeprefix("B-") in _BODY_TAGS:
        start -= 1
        if start > 0 and (tags[start - 1].removeprefix("B-") not in _BODY_TAGS or _finished(lines[start - 1].text)):
            break
    if start == j or start > 0 and tags[start - 1].removeprefix("B-") in _BODY_TAGS \
            and not _finished(lines[start - 1].text):
        return None  # (the run goes on from a paragraph above it: a body's tail)
    run = lines[start:j]
    col = max((x.width for x in lines[j + 1:j + 4]), default=0.0)
    text = "".join(x.text.strip() for x in run)
    last = text.rstrip(CLOSERS)[-1:]
    if any(ch in SENTENCE_MARKS for ch in text[:-1].rstrip(CLOSERS)) or last in "。；，、：,;:…" \
            or len(run) > 1 and any(x.width > col for x in run):
        return None  # (one line may be wider than the column: a headline spanning columns)
    return start


def heads_over_head_bylines(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """The headline group over a head byline (:func:`_open_byline`) over a body opens an article.

    The byline is a line read as one, or a line read as body text that no sentence opens with
    (:func:`_plainly_byline`: ``撰文：谭　静　摄影：郑明远`` under ``端午节前夕`` / ``屈原镇家家户户包粽`` /
    ``子迎佳节``), which becomes the byline. The group is the heading lines right above the byline (kicker, title, subtitle tags), or else a
    short run of lines read as body after a finished paragraph (:func:`_body_run_above`):
    ``…排到了10月中旬。`` / ``农村电商如何“带货”又“带富”？`` / ``■ 见习记者 梁 晨`` / ``在杨梅镇…``
    (a body's last line before the next article's head byline ends with ``。``). Its first line takes
    the article's ``B-`` tag (line-model tags) from the byline or the body's first line; a body run
    becomes ``B-title`` / ``title``. Only where the article above already has its headline: on a page
    printing headlines after their bodies the lines over the next head byline are the headline of
    the body above them.

    Parameters
    ----------
    raw_lines, tags : list
        Where it looks for headline groups over head bylines: the page's lines (:func:`~corpus_tools.layout.lines.read_lines`;
        None for a blank line) and one line-role tag per non-blank line.

    Returns
    -------
    list of str
        The tags with the headline group's first line opening the article; *tags* itself is not changed.
    """
    idx = [k for k, ln in enumerate(raw_lines) if ln is not None]
    lines = [raw_lines[k] for k in idx]
    out = list(tags)
    for j, ln in enumerate(lines):
        if j + 1 >= len(lines) or not _open_byline(ln.text) or out[j + 1].removeprefix("B-") not in _BODY_TAGS:
            continue
        tag = out[j].removeprefix("B-")
        if tag != "byline" and not (tag in _BODY_TAGS and _plainly_byline(ln.text)):
            continue  # (a plain role line read as body text is a byline only under a headline run, below)
        start = j
        while start > 0 and out[start - 1].removeprefix("B-") in HEADLINE_ROLES:
            start -= 1
        run = start == j
        if run:
            start = _body_run_above(lines, out, j)
        if (start is None or not run and any(t.startswith("B-") for t in out[start:j])
                or not _titled_above(out, start)):
            continue  # (the article above has no headline yet: the lines may be its headline, printed after it)
        if tag != "byline" and _inside_lead(lines, start, j):
            continue  # (``本报讯 据新华社`` / ``仰光5月9日电 （`` / ``记者张东强、车宏``: a lead's bracketed byline)
        out[j] = out[j][:2] + "byline" if out[j].startswith("B-") else "byline"
        if run:  # (a ``——`` line under the title is its subtitle)
            out[start:j] = ["subtitle" if k > start and is_subtitle_line(lines[k].text) else "title" for k in range(start, j)]
        out[start + 1:j + 2] = [t.removeprefix("B-") for t in out[start + 1:j + 2]]
        out[start] = "B-" + out[start]
    return out


def _inside_lead(lines: list[Line], start: int, j: int) -> bool:
    """Whether lines ``start:j`` open a news lead or a bracket that the role line ``j`` goes on inside
    (``本报讯（记者 易秀然`` / ``摄影 沈子 记者 郭志`` / ``东）…``)."""
    text = "".join(ln.text.strip() for ln in lines[start:j])
    return is_lead(text) or text.count("（") + text.count("(") > text.count("）") + text.count(")")


def _titled_above(tags: list[str], start: int) -> bool:
    """Whether the article tagged above line ``start`` has a headline line (or there is no article)."""
    for k in range(start - 1, -1, -1):
        if tags[k].removeprefix("B-") == "title":
            return True
        if tags[k].startswith("B-"):
            return False
    return True


def bylines_over_indented_paragraphs(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A role line (:func:`_role_line`, ``通讯员 陈建军``, ``□记者 应国平 通讯员 应建华``) over a line printed
    with a paragraph's indent whose next line is not indented is a byline, and the
    indented line opens a paragraph (``　　在丫江桥镇仙石村，房前`` / ``屋后的…``), whatever the line model
    read them as (body text; a short first line as a title). After a finished body the byline opens the
    next article (``B-byline``): a byline printed over its body, the headline after it.

    Parameters
    ----------
    raw_lines, tags : list
        Where it looks for role lines over indented paragraphs: the page's lines (:func:`~corpus_tools.layout.lines.read_lines`;
        None for a blank line) and one line-role tag per non-blank line.

    Returns
    -------
    list of str
        The tags with ``byline`` (``B-byline`` after a finished body) on each such role line, ``para`` under it; *tags* itself is not changed.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = "全镇秋粮收获过半。\\n通讯员 陈建军\\n　　在高坪镇石门村，房前\\n屋后种满了果树。\\n"
    >>> bylines_over_indented_paragraphs(read_lines(raw), ["para", "para", "cont", "cont"])
    ['para', 'B-byline', 'para', 'cont']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i in range(1, len(lines) - 2):
        tag, above = out[i].removeprefix("B-"), out[i - 1].removeprefix("B-")
        if tag not in ("para", "cont", "byline") or not _role_line(lines[i].text):
            continue
        after_body = above in ("para", "cont") and ends_sentence(lines[i - 1].text)
        nxt, far = lines[i + 1], lines[i + 2]
        if (not nxt.opens or far.opens or out[i + 1].removeprefix("B-") not in ("para", "cont", "title")
                or out[i + 2].removeprefix("B-") not in ("para", "cont", "title")):
            continue
        out[i] = "B-byline" if after_body else "byline"
        out[i + 1] = "para"
        if out[i + 2].removeprefix("B-") in ("para", "title"):
            out[i + 2] = "cont" if not ends_sentence(nxt.text) else "para"
    return out


def titles_closing_byline_opened(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """An article opened by its byline (``B-byline``: a byline over its body, after another body) whose
    lines hold no headline takes as its headline the heading-form lines (:func:`~corpus_tools.layout.patterns.heading_form`, at most
    :data:`HEAD_GROUP_LINES`) that close it after a finished sentence: a page printing headlines after their
    bodies (``通讯员 贺芳`` / ``宁家坪镇坚持…路子。`` / ``宁家坪镇：绿水青山变成金山银山``). The page's first
    article opened by a byline counts too; with no such lines, the blank-parted first part of the next
    article's heading group is its headline (:func:`_split_heading_group`).

    Parameters
    ----------
    raw_lines, tags : list
        Where it looks for articles opened by their byline: the page's lines (:func:`~corpus_tools.layout.lines.read_lines`;
        None for a blank line) and one line-role tag per non-blank line.

    Returns
    -------
    list of str
        The tags with ``title`` on the heading-form lines closing each such article; *tags* itself is not changed.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    gap = blank_lines_before(raw_lines)
    out = list(tags)
    for i, tag in enumerate(tags):
        top = tag == "byline" and all(t in ("banner", "credit") for t in tags[:i])  # (the page's first article)
        if tag != "B-byline" and not top:
            continue
        end = next((k for k in range(i + 1, len(out)) if out[k].startswith("B-")), len(out))
        while end > i + 1 and out[end - 1] in ("credit", "banner"):
            end -= 1
        if any(t.removeprefix("B-") in HEADLINE_ROLES for t in out[i:end]):
            continue
        start = end
        while (start > i + 2 and end - start < HEAD_GROUP_LINES and out[start - 1] in _BODY_TAGS
               and heading_form(lines[start - 1].text)):
            start -= 1
        if start < end and ends_sentence(lines[start - 1].text):
            out[start:end] = ["title"] * (end - start)
        elif start == end < len(out) and ends_sentence(lines[end - 1].text):
            _split_heading_group(out, gap, end)
    return out


def _split_heading_group(out: list[str], gap: list[int], first: int) -> None:
    """The heading group opening the next article at line ``first``, over that article's head byline,
    parted by a blank line: its lines before the blank are the headline of the article above
    (``…目标迈进。`` / ``酒仙湖村：湖光山色引客来`` / blank / ``桃水镇推进高标准农田建设`` / ``通讯员 胡志强``)."""
    k = first
    while k < len(out) and out[k].removeprefix("B-") in HEADLINE_ROLES:
        k += 1
    if k >= len(out) or out[k].removeprefix("B-") != "byline":
        return
    cut = next((m for m in range(first + 1, k) if gap[m]), None)
    if cut is None:
        return
    out[first:cut] = ["title"] * (cut - first)
    out[cut] = "B-" + out[cut].removeprefix("B-")


#: Nats a three-character reading of a glued name must gain over the two-character one
#: (:func:`split_glued_bylines`): a tie goes to the shorter name.
LONGER_NAME_GAIN = 1.0
#: Characters after the cut the character model reads (name and text scored over one span).
_GLUED_SPAN = 9


def _glued_cut(text: str) -> int | None:
    """Characters of ``text`` its glued byline takes (:func:`~corpus_tools.layout.bylines.glued_byline_cuts`),
    the name's length chosen by the character model: the name read alone plus the text read from a
    paragraph's start, over the same span (``周涛`` / ``入伏以来`` against ``周涛入`` / ``伏以来``)."""
    cuts = glued_byline_cuts(text)
    if not cuts:
        return None
    lm = default_lm()
    span = cuts[-1][0] + _GLUED_SPAN

    def score(cut: tuple[int, tuple[str, str]]) -> float:
        k, (_, name) = cut
        return lm.logprob(name) + lm.logprob(WS_RE.sub("", text[k:span]))

    best = cuts[0]
    for cut in cuts[1:]:
        if score(cut) > score(best) + LONGER_NAME_GAIN:
            best = cut
    return best[0]


def split_glued_bylines(units: list[Unit], raw: str) -> list[Unit]:
    """The first body paragraph of an article with no byline, opened by a byline run into its text
    (``融媒记者　周涛入伏以来，…``: the extraction lost the line break), split into a byline unit and
    the body (:func:`_glued_cut`); every character stays in one of the two.

    Parameters
    ----------
    units : list of Unit
        The page's units, in raw order.
    raw : str
        The page text the units' pieces point into.

    Returns
    -------
    list of Unit
        The units, each glued byline's unit replaced by the byline unit and the body unit.
    """
    bylined = {u.article for u in units if u.final == "byline"}
    seen: set[int | None] = set()
    out: list[Unit] = []
    for u in units:
        first = u.final == "body" and u.article is not None and u.article not in seen
        if u.final == "body":
            seen.add(u.article)
        cut = _glued_cut(raw[u.start:u.pieces[0][1]]) if first and u.article not in bylined else None
        if cut is None:
            out.append(u)
            continue
        at = u.start + cut
        rest = at
        while rest < u.pieces[0][1] and raw[rest].isspace():
            rest += 1
        head = raw[u.start:at]
        n = len(WS_RE.sub("", head))
        k, kept = 0, 0
        while k < len(u.text) and kept < n:  # (the same characters off the unit's repaired text)
            kept += not u.text[k].isspace()
            k += 1
        out.append(Unit("byline", [(u.start, at)], head.strip(), gap=u.gap, article=u.article, final="byline",
                        rank=u.rank))
        out.append(Unit(u.kind, [(rest, u.pieces[0][1])] + u.pieces[1:], u.text[k:].lstrip(), cont=False,
                        article=u.article, final=u.final, rank=u.rank, repairs=u.repairs))
    return out
