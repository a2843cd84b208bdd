"""Article boundaries from the line model's tags: the layout grammar the tags cannot express.

The line model (:mod:`~corpus_tools.layout.lineroles`) gives every line a role and marks the
first line of each article; :func:`~corpus_tools.layout.assemble.units_from_tags` turns that into
units. These steps then apply what a reader knows about a page's layout:

* :func:`split_at_leads` — a news lead (``本报讯 …``) opens its article's body;
* :func:`subheads_to_body` — heading lines inside one article's body are an in-body subhead
  when the text goes on with the same topic across them, else they are the boundary of two
  articles (the headline group goes with the side whose words it repeats);
* :func:`headline_like_bodies` — an untitled one-line body without punctuation is a headline;
* :func:`adopt_strays` — headline groups and captions printed away from their article join
  the article they are about.

Before the units are built, some tags are corrected where the model misreads a line's form:
:func:`banners_after_cuts`, :func:`heads_over_paragraphs` (also the title of a photo-news item
closed by a photo credit), :func:`bylines_under_heads` (byline lines under a title),
:func:`kickers_over_titles` (a two-clause kicker read as a banner) and
:func:`column_names_over_titles` (a two- or three-character column name read as a kicker) and
:func:`mastheads_at_top` (a masthead and date line read as an article's headline group); then
those of :mod:`~corpus_tools.layout.headforms` (forms of other county papers: credited
captions, wrapped titles, two-clause titles on two lines, lead-ins without their dash).
"""

from __future__ import annotations

import re

from corpus_tools.layout.arbiter import shares_topic
from corpus_tools.layout.bylines import parse_byline
from corpus_tools.layout.continuity import continuity
from corpus_tools.layout.lines import Line
from corpus_tools.layout.match import Matcher
from corpus_tools.layout.patterns import (BYLINE_TAIL_RE, CLAUSE_PUNCT, FINAL_PUNCT, MAX_HEADING_WIDTH, cjk_bigrams,
                                          ends_sentence, is_byline, is_dated_lead, is_lead, is_parallel, is_staff_line, text_width)
from corpus_tools.layout.headforms import (banners_over_headlines, captions_over_photo_credits, credited_captions,
                                           folio_lines, jump_lines, kickers_over_own_titles, lead_in_kickers, make_banner,
                                           marked_items, notice_labels, parallel_titles, subject_first_lines,
                                           titles_under_bylines, wrapped_titles)
from corpus_tools.layout.bylineruns import closing_role_lines, second_byline_lines, sentences_under_bylines
from corpus_tools.layout.boxes import contact_feet, table_boxes
from corpus_tools.layout.carried import carried_lines, dash_subtitles, sibling_subheads
from corpus_tools.layout.closingnotes import credits_closing_bodies, supplied_notes
from corpus_tools.layout.signoffs import sign_offs
from corpus_tools.layout.topicbreaks import leaves_topic
from corpus_tools.layout.editornotes import opens_article
from corpus_tools.layout.headruns import column_name_heads, short_head_runs, subject_kickers
from corpus_tools.layout.photoitems import (marked_captions, photo_item_below, photo_item_titles,
                                           place_colon_titles)
from corpus_tools.layout.units import Unit

_HEADS = ("kicker", "headline", "subtitle")
#: Line-model roles of a headline group and the byline under it.
_HEAD_ROLES = frozenset({"kicker", "title", "subtitle", "byline"})


#: Heading tags of the line model that a banner may stand above.
_HEAD_TAGS = frozenset({"kicker", "title", "banner", "B-kicker", "B-title"})


def banners_after_cuts(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A short line without punctuation that the line model reads as the last line of a cut
    paragraph, right above a headline group, is a banner (column name) printed after a
    paragraph whose end went to another column (``…增收。2019年西`` / ``要闻`` / ``清水县黄门镇``).

    The line must be narrower than the line before it and must not read on from it
    (:func:`~corpus_tools.layout.continuity.continuity` below 0). Returns the new tags.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i in range(1, len(lines) - 1):
        t = lines[i].text.strip()
        if (tags[i] != "cont" or tags[i + 1] not in _HEAD_TAGS or tags[i - 1] not in ("para", "cont")
                or not t or any(ch in CLAUSE_PUNCT or ch in FINAL_PUNCT or ch in "“”《》（）()" for ch in t)
                or lines[i].width >= lines[i - 1].width - 1 or ends_sentence(lines[i - 1].text)):
            continue
        if continuity(lines[i - 1].text, t) < 0:
            out[i] = "banner"
    return out


#: Tags of a body or byline line of an article (what a headline read as a paragraph's first line follows).
_TEXT_TAGS = frozenset({"para", "cont", "B-para", "B-cont", "byline", "B-byline"})


def _topic_text(lines: list[Line], tags: list[str], i: int, step: int) -> set[str]:
    """Bigrams of about :data:`TOPIC_CHARS` characters of body lines from line ``i`` on, in
    direction ``step``, up to the article's first line (``B-``) or a heading."""
    out: set[str] = set()
    left = TOPIC_CHARS
    k = i
    while 0 <= k < len(lines) and left > 0:
        tag = tags[k]
        if tag.removeprefix("B-") not in ("para", "cont"):
            break
        t = lines[k].text
        out |= cjk_bigrams(t[-left:] if step < 0 else t[:left])
        left -= len(t)
        if step < 0 and tag.startswith("B-"):
            break
        k += step
        if step > 0 and k < len(tags) and tags[k].startswith("B-"):
            break
    return out


#: A title's leading place or subject and colon (``头寨子镇：万亩马铃薯喜获丰收``): no sentence punctuation.
_PLACE_COLON_RE = re.compile(r"^[\u4e00-\u9fff]{2,10}[：:](?=[\u4e00-\u9fff“])")


#: Least share of a headline's bigrams that the text below it repeats (:func:`heads_over_paragraphs`).
HEAD_REPEATED = 0.3


#: Roles a byline line printed under a headline group follows (a second byline line follows the first).
_ABOVE_BYLINE = frozenset({"title", "subtitle", "kicker", "byline"})


def bylines_under_heads(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A byline line under a headline group that the line model reads as body text is a byline.

    A byline may be printed on its own lines between a headline and its body, unbracketed and
    on two lines (``记者 何小燕`` / ``通讯员 王川 母春燕``); the model, which saw few such lines,
    may read them as the body's first paragraph, so the byline is lost into the text. The line
    must be a byline as a whole (:func:`~corpus_tools.layout.patterns.is_byline`), directly
    under a title, subtitle, kicker or another such byline line, and no paragraph may run on
    from it (the next line is no ``cont`` line, unless it is a byline too). A line of role words
    and names read as the title under a kicker (``■滨江日报记者 陈明``) is a byline too, and the
    kicker is the title. Returns the new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "县里举办丰收节\\n记者 何小燕\\n通讯员 王川\\n9月23日，县里举办农民丰收节。\\n"
    >>> bylines_under_heads(read_lines(page), ["B-title", "para", "cont", "para"])
    ['B-title', 'byline', 'byline', 'para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i in range(1, len(lines)):
        role = out[i].removeprefix("B-")
        if role not in ("para", "cont", "title") or out[i - 1].removeprefix("B-") not in _ABOVE_BYLINE:
            continue
        if role == "title":  # a title is never a line of role words and names (``■滨江日报记者 陈明``)
            if out[i].startswith("B-") or not any(r for r, _ in parse_byline(lines[i].text.strip()) or []):
                continue
            if out[i - 1].removeprefix("B-") == "kicker":
                out[i - 1] = out[i - 1].replace("kicker", "title")
        elif not is_byline(lines[i].text.strip()):
            continue
        if i + 1 < len(lines) and out[i + 1] == "cont" and not is_byline(lines[i + 1].text.strip()):
            continue
        out[i] = "B-byline" if out[i].startswith("B-") else "byline"
    return out


#: Most body lines between a photo-news item's title and its photo credit.
PHOTO_ITEM_LINES = 4


#: Last characters of a place name (``荣县``, ``城关镇``): a short line ending in one may be a place kicker.
_PLACE_END = frozenset("省市县区旗盟州乡镇村")


#: A column's name in black brackets on a line of its own (``【天目湖畔】``, ``【绩溪工匠】系列报道之三``).
_BRACKETED_COLUMN_RE = re.compile(r"^【[^【】]{2,12}】[\u4e00-\u9fff·]{0,8}$")


def column_names_over_titles(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A line of two or three characters that the line model reads as a kicker, and that is no
    place name, is a column name (banner): ``要闻``, ``视点`` above a title.

    A kicker names a place or leads into the title; two or three characters that are no place
    (not ending in a place suffix, :data:`_PLACE_END`) name a column
    (:func:`~corpus_tools.layout.classify` reads such lines the same way). So is a column's name
    in black brackets (``【天目湖畔】``) read as a kicker or title over a title. The title under it
    then opens the article. Returns the new tags.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i, ln in enumerate(lines):
        t = ln.text.strip()
        if (_BRACKETED_COLUMN_RE.match(t) and out[i].removeprefix("B-") in ("kicker", "title")
                and i + 1 < len(lines) and out[i + 1].removeprefix("B-") == "title"):
            make_banner(out, i)  # (a bracketed column name over a title: ``【天目湖畔】``)
            continue
        if (out[i].removeprefix("B-") != "kicker" or not 2 <= len(t) <= 3 or t[-1] in _PLACE_END
                or not all("\u4e00" <= ch <= "\u9fff" for ch in t)):
            continue
        make_banner(out, i)
    return out


def mastheads_at_top(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Heading lines at the top of the page with no body under them before a banner are the
    page's masthead and folio (``今日攸县`` / ``2024年4月18日 星期四`` above ``要闻``), not an article.

    An article's headline group stands above or below its body; a group at the page's top, before
    any body line, followed directly by a banner has neither. Its lines become banners (a folio
    line names no section, :func:`~corpus_tools.layout.patterns.section_for`), and the line after
    the banner opens the first article as the model read it. Returns the new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "今日攸县\\n2024年4月18日 星期四\\n要闻\\n县里举办丰收节\\n9月23日，县里举办农民丰收节。\\n"
    >>> mastheads_at_top(read_lines(page), ["B-kicker", "title", "banner", "B-title", "para"])
    ['banner', 'banner', 'banner', 'B-title', 'para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    k = 0
    while k < len(lines) and out[k] == "banner":
        k += 1
    # a staff line under the page's top banners (``责任编辑：俞佳敏 版式设计：周洁``) is one of them
    while 0 < k < len(lines) and out[k].removeprefix("B-") in ("kicker", "title", "subtitle") and is_staff_line(lines[k].text):
        if out[k].startswith("B-") and k + 1 < len(lines) and out[k + 1] in ("kicker", "title", "subtitle", "para", "cont"):
            out[k + 1] = "B-" + out[k + 1]  # the article opened here opens on the next line
        out[k] = "banner"
        k += 1
    j = k
    while j < len(lines) and out[j].removeprefix("B-") in ("kicker", "title", "subtitle"):
        j += 1
    if j > k and j < len(lines) and out[j] == "banner":
        out[k:j] = ["banner"] * (j - k)
    return out


#: Least share of a two-clause line's bigrams that the body under the title below it repeats for the line to
#: be the title's kicker, not a banner (:func:`kickers_over_titles`); and the least number of such bigrams.
KICKER_REPEATED, KICKER_MIN_SHARED = 0.2, 2


def kickers_over_titles(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A two-clause line the line model reads as a banner right above a title is the title's
    kicker (引题) when the article's body repeats its words.

    A page's banner or column name (``要闻``, ``奋进新征程 建功新时代``) is about the page, not about the
    article under it; a two-clause kicker (``传承红色基因 弘扬长征精神`` above
    ``纪念红军会宁会师87周年系列活动启动``) names what the article is about, so the body repeats its
    words (at least :data:`KICKER_MIN_SHARED` bigrams and :data:`KICKER_REPEATED` of the line's,
    in about :data:`TOPIC_CHARS` characters of body). The line must be two clauses of at least
    four characters each (:func:`~corpus_tools.layout.patterns.is_parallel`). Returns the new tags:
    the line opens the article (``B-kicker``), the title goes on with it.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i in range(len(lines) - 2):
        t = lines[i].text.strip()
        if tags[i] != "banner" or tags[i + 1] != "B-title" or not is_parallel(t):
            continue
        if min(len(p) for p in t.split()) < 4:
            continue
        j = next((k for k in range(i + 2, len(lines)) if tags[k].removeprefix("B-") not in _HEAD_ROLES), len(lines))
        if j == len(lines) or tags[j].removeprefix("B-") not in ("para", "cont") or tags[j].startswith("B-"):
            continue
        own = cjk_bigrams(t)
        shared = len(own & _topic_text(lines, tags, j, 1))
        if shared >= KICKER_MIN_SHARED and shared >= KICKER_REPEATED * len(own):
            out[i], out[i + 1] = "B-kicker", "title"
    return out


def heads_over_paragraphs(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A headline the line model reads as the first line of a body paragraph (a title as wide as
    the column on a page without blank lines: ``…落成。”`` / ``县长会见省农科院专家一行`` / ``3月12日，县长…``).

    The line follows a finished sentence or a byline of the article above; it has no clause
    or sentence punctuation (a ``、`` list and a leading place with a colon,
    ``头寨子镇：万亩马铃薯喜获丰收``, are allowed) and is no lead; the next line, which the model reads as its
    paragraph's continuation, does not read on from it
    (:func:`~corpus_tools.layout.continuity.continuity` below 0); and the text below leaves the
    topic of the text above (:func:`~corpus_tools.layout.arbiter.shares_topic`, about
    :data:`TOPIC_CHARS` characters either side, each with at least :data:`MIN_TOPIC_BIGRAMS`),
    unless it stands over a photo-news item closed by a photo credit (:func:`~corpus_tools.layout.photoitems.photo_item_below`);
    and the text below repeats the line's words (at least :data:`HEAD_REPEATED` of its
    bigrams, and twice the share the text above repeats): a headline names its article.
    It is then tagged ``title``; :func:`subheads_to_body` splits the article there. Returns
    the new tags.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i in range(1, len(lines) - 1):
        prev, t, nxt = lines[i - 1].text.strip(), lines[i].text.strip(), lines[i + 1].text.strip()
        if (tags[i] not in ("para", "cont") or tags[i + 1] not in ("para", "cont") or tags[i - 1] not in _TEXT_TAGS
                or len(t) < 4 or text_width(t) > MAX_HEADING_WIDTH or is_lead(t)
                or any(ch in CLAUSE_PUNCT and ch != "、" or ch in FINAL_PUNCT for ch in _PLACE_COLON_RE.sub("", t))):
            continue  # a title may list (``县长会见省农科院、林科院专家``) or name its place, not run a sentence
        if not (ends_sentence(prev) or BYLINE_TAIL_RE.search(prev) or tags[i - 1].removeprefix("B-") == "byline"):
            continue
        if continuity(t, nxt) >= 0:
            continue
        before, after = _topic_text(lines, tags, i - 1, -1), _topic_text(lines, tags, i + 1, 1)
        photo = photo_item_below(lines, tags, i, PHOTO_ITEM_LINES)
        if min(len(before), len(after)) < MIN_TOPIC_BIGRAMS or (shares_topic(before, after) and not photo):
            continue
        own = cjk_bigrams(t)
        below, above = len(own & after) / max(len(own), 1), len(own & before) / max(len(own), 1)
        if below >= HEAD_REPEATED and below > 2 * above:  # it names the article below, not the one above
            # (a photo item's title opens its article here: the topic test of subheads_to_body
            # would join an item on the same subject back to the article above)
            out[i] = "B-title" if photo else "title"
    return out


def split_at_leads(units: list[Unit], n_articles: int) -> int:
    """A news lead (``本报讯 …``) opens its article's body: an article holding body text before
    a lead is split there.

    Heading lines printed just before the lead go with the new article when the article
    already has a headline elsewhere (headlines above bodies), else they stay (headlines
    below bodies). Returns the new number of articles (renumbered in order).
    """
    cut = False
    for i, u in enumerate(units):
        a = u.article
        if u.final != "body" or a is None or not is_lead(u.text):
            continue
        before = [v.text for v in units[:i] if v.final == "body" and v.article == a]
        if not before or opens_article(before):  # (a lead under an editor's note goes on with its article)
            continue
        if is_dated_lead(u.text) and units[i - 1].final == "body" and units[i - 1].article == a:
            continue  # a second datelined report under the same headline, no heading above it
        j = i
        while j > 0 and units[j - 1].article == a and units[j - 1].final in _HEADS:
            j -= 1
        first_head = next((k for k, v in enumerate(units) if v.article == a and v.final == "headline"), None)
        start = j if first_head is not None and first_head < j else i
        new = n_articles + 1000 + i  # a fresh id, renumbered below
        for v in units[start:]:
            if v.article == a:
                v.article = new
        cut = True
    return renumber(units) if cut else n_articles


def renumber(units: list[Unit]) -> int:
    """Number the articles 0, 1, … in the order of their first unit; returns how many."""
    order: dict[int, int] = {}
    for u in units:
        if u.article is not None:
            u.article = order.setdefault(u.article, len(order))
    return len(order)


#: Characters of body text read on either side of a heading group inside a body (:func:`subheads_to_body`).
TOPIC_CHARS = 300


def _side_bigrams(units: list[Unit], idx: list[int], *, backward: bool) -> set[str]:
    """Bigrams of about :data:`TOPIC_CHARS` characters of the body units ``idx`` (nearest first):
    their ends when reading ``backward`` from a heading, else their starts."""
    out: set[str] = set()
    left = TOPIC_CHARS
    for k in idx:
        if left <= 0:
            break
        t = units[k].text
        t = t[-left:] if backward else t[:left]
        out |= cjk_bigrams(t)
        left -= len(t)
    return out


#: Fewest distinct CJK bigrams each side needs before a topic break can split an article.
MIN_TOPIC_BIGRAMS = 8


def _boundary(units: list[Unit], i: int, j: int, a: int) -> tuple[bool, set[str], set[str]]:
    """Whether heading units ``i:j`` inside the body of article ``a`` separate two articles:
    the text after them leaves the topic of the text before them; with the bigrams of the
    body text before and after them.
    """
    before = _side_bigrams(units, [k for k in range(i - 1, -1, -1) if units[k].final == "body"
                                   and units[k].article == a], backward=True)
    after = _side_bigrams(units, [k for k in range(j, len(units)) if units[k].final == "body"
                                  and units[k].article == a], backward=False)
    if min(len(before), len(after)) < MIN_TOPIC_BIGRAMS:
        return False, before, after  # too little text to judge a topic (figures, 好。): stays one article
    # (or shares few rare words with it: :mod:`~corpus_tools.layout.topicbreaks`)
    return leaves_topic(before, after, [units[k].text for k in range(i, j)]), before, after


def headings_in_bodies(units: list[Unit]) -> None:
    """A one-line body paragraph without punctuation between two paragraphs of one article,
    after a finished sentence, where the text leaves the topic, is a headline the line model
    read as body (pages without blank lines: ``…落地生根。`` / ``新风正气从哪里来`` / ``“全面提升…``).

    The article is then split there by :func:`subheads_to_body`. One that keeps the topic
    stays body (an in-body subhead).
    """
    for i in range(1, len(units) - 1):
        u, prev, nxt = units[i], units[i - 1], units[i + 1]
        a = u.article
        if (u.final != "body" or a is None or u.cont or len(u.pieces) != 1 or prev.article != a
                or nxt.article != a or nxt.final != "body" or nxt.cont):
            continue
        t = u.text.strip()
        if (len(t) < 4 or text_width(t) > MAX_HEADING_WIDTH or is_lead(t)
                or any(ch in CLAUSE_PUNCT or ch in FINAL_PUNCT for ch in t)):
            continue
        if not (prev.final == "byline" or prev.final == "body" and ends_sentence(prev.text)):
            continue
        if _boundary(units, i, i + 1, a)[0]:
            u.final, u.kind = "headline", "head"


def subheads_to_body(units: list[Unit], n_articles: int) -> int:
    """Heading lines with their article's body both above and below them: an in-body subhead,
    or the boundary of two articles.

    An article's headline group stands before or after its body, never inside it (seed 001:
    ``打破人才匮乏`` / ``有序开展社会治理`` between two paragraphs of one article are subheads).
    When the body text after the heading lines does not go on with the topic of the text
    before them (:func:`~corpus_tools.layout.arbiter.shares_topic`, :data:`TOPIC_CHARS` either
    side), the line model missed an article start: the article is split there, and the
    heading group goes with the side whose words it repeats (above: a headline printed after
    its body; else below). Returns the new number of articles (renumbered in order).
    """
    cut = False
    i = 0
    while i < len(units):
        if units[i].final not in _HEADS:
            i += 1
            continue
        j = i
        while j < len(units) and units[j].final in _HEADS and units[j].article == units[i].article:
            j += 1
        a = units[i].article
        above = next((u for u in reversed(units[:i]) if u.final in ("body", *_HEADS)), None)
        below = next((u for u in units[j:] if u.final in ("body", *_HEADS)), None)
        if (a is not None and above is not None and below is not None and above.final == below.final == "body"
                and above.article == below.article == a):
            breaks, before, after = _boundary(units, i, j, a)
            if not breaks:
                for u in units[i:j]:
                    u.final, u.kind = "body", "body"
            else:
                heads = set().union(*(cjk_bigrams(u.text) for u in units[i:j]))
                start = j if len(heads & before) > len(heads & after) else i
                new = n_articles + 1000 + i  # a fresh id, renumbered below
                for v in units[start:]:
                    if v.article == a:
                        v.article = new
                cut = True
        i = j
    return renumber(units) if cut else n_articles


def headline_like_bodies(units: list[Unit]) -> None:
    """An untitled article whose whole body is one short line without punctuation is a headline.

    The line model can read a headline printed away from its body as a one-line article
    (seed 000: ``彩灯“绣”古城 共享中国年`` under a banner at the page's end); as a headline it
    is then joined to its body by :func:`adopt_strays`.
    """
    bodies: dict[int, list[Unit]] = {}
    titled = set()
    for u in units:
        if u.article is None:
            continue
        if u.final == "body":
            bodies.setdefault(u.article, []).append(u)
        elif u.final == "headline":
            titled.add(u.article)
    for a, us in bodies.items():
        if a in titled or len(us) != 1 or len(us[0].pieces) != 1:
            continue
        t = us[0].text
        if (text_width(t) <= MAX_HEADING_WIDTH and not ends_sentence(t) and not is_lead(t)
                and not any(ch in CLAUSE_PUNCT for ch in t)):
            us[0].final, us[0].kind = "headline", "head"


#: Least content overlap (:meth:`Matcher.coverage`) for a stray headline to join a body.
_ADOPT_MIN = 0.15
#: Added to the overlap of a stray headline group and an untitled article printed right next to it
#: (a photo-news title whose short body shares few words with it).
ADOPT_NEXT = 0.15


def adopt_strays(units: list[Unit], n_articles: int, *, titled: set[int] | frozenset[int] = frozenset()) -> int:
    """Join headline groups and captions printed away from their article to the article they are about.

    The line model opens an article at a headline group that stands after another article's
    headline (seed 000: body, body, headline, banner, headline) and at a caption printed
    under another article (seed 001). Such an article has no body: a headline group joins,
    best content match first, an article that has a body and no headline of its own; a
    caption joins the article whose text it overlaps most, else the article printed before
    it. A headline group printed right next to an untitled article needs less overlap with it
    (:data:`ADOPT_NEXT`). Articles in ``titled`` (brief items titled by their run-in phrase,
    :func:`~corpus_tools.layout.markitems.titled_item_articles`) have a title of their own and take no
    headline group. Returns the new number of articles (renumbered in order).
    """
    parts: list[dict[str, list[int]]] = [{} for _ in range(n_articles)]
    for i, u in enumerate(units):
        if u.article is not None:
            parts[u.article].setdefault(u.final, []).append(i)
    hosts = [a for a, p in enumerate(parts) if "body" in p]
    strays = [a for a, p in enumerate(parts) if p and "body" not in p]
    if not hosts or not strays:
        return n_articles

    def text(a: int, kinds: tuple[str, ...]) -> str:
        return " ".join(units[i].text for k in kinds for i in parts[a].get(k, []))

    m = Matcher([text(a, ("body", "headline")) for a in hosts])
    target: dict[int, int] = {}
    used: set[int] = set()
    heads = [a for a in strays if "headline" in parts[a]]
    untitled = [j for j, a in enumerate(hosts) if "headline" not in parts[a] and a not in titled]
    span = {a: (min(i for ix in p.values() for i in ix), max(i for ix in p.values() for i in ix))
            for a, p in enumerate(parts) if p}

    def next_to(h: int, a: int) -> bool:  # the stray and the article touch in print order
        return span[a][0] == span[h][1] + 1 or span[a][1] == span[h][0] - 1

    pairs = sorted(((m.coverage(text(h, ("headline",)), j) + (ADOPT_NEXT if next_to(h, hosts[j]) else 0.0), h, j)
                    for h in heads for j in untitled), reverse=True)
    for cov, h, j in pairs:
        if cov >= _ADOPT_MIN and h not in target and j not in used:
            target[h] = hosts[j]
            used.add(j)
    for a in strays:
        if a in target or "headline" in parts[a]:
            continue
        words = text(a, ("caption", "kicker", "subtitle", "byline"))
        cov = [m.coverage(words, j) for j in range(len(hosts))]
        best = max(range(len(hosts)), key=cov.__getitem__)
        earlier = [h for h in hosts if h < a]
        target[a] = hosts[best] if cov[best] >= _ADOPT_MIN else (earlier[-1] if earlier else hosts[0])
    if not target:
        return n_articles
    for u in units:
        if u.article in target:
            u.article = target[u.article]
    return renumber(units)


def correct_tags(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """The line model's tags with every correction of this module applied, in order:
    :func:`banners_after_cuts`, :func:`heads_over_paragraphs`, :func:`bylines_under_heads`,
    :func:`kickers_over_titles`, :func:`column_names_over_titles`, :func:`mastheads_at_top`, then
    the corrections of :mod:`~corpus_tools.layout.headforms` (:func:`credited_captions`,
    :func:`wrapped_titles`, :func:`parallel_titles`, :func:`lead_in_kickers`, :func:`subject_first_lines`,
    :func:`folio_lines`, :func:`kickers_over_own_titles`, :func:`titles_under_bylines`,
    :func:`captions_over_photo_credits`, :func:`banners_over_headlines`, :func:`marked_items`,
    :func:`notice_labels`) and of :mod:`~corpus_tools.layout.photoitems` (:func:`place_colon_titles`,
    :func:`photo_item_titles`, :func:`marked_captions`), :func:`~corpus_tools.layout.closingnotes.supplied_notes`, :func:`~corpus_tools.layout.headforms.jump_lines`, the boxes of :mod:`~corpus_tools.layout.boxes`
    (:func:`table_boxes`, :func:`contact_feet`), :func:`credits_closing_bodies`,
    :func:`~corpus_tools.layout.bylineruns.closing_role_lines` and those of
    :mod:`~corpus_tools.layout.headruns` (:func:`short_head_runs`, :func:`column_name_heads`,
    :func:`subject_kickers`) and :func:`~corpus_tools.layout.bylineruns.second_byline_lines`,
    :func:`~corpus_tools.layout.bylineruns.sentences_under_bylines`, :func:`~corpus_tools.layout.signoffs.sign_offs`,
    :func:`~corpus_tools.layout.carried.carried_lines`, :func:`~corpus_tools.layout.carried.dash_subtitles`,
    :func:`~corpus_tools.layout.carried.sibling_subheads`.
    ``jump_lines``, ``folio_lines``, ``kickers_over_own_titles`` and ``supplied_notes`` also run once before the
    arbiter (``assemble``), so it does not hand their stretches to the rules; they are idempotent.
    """
    for step in (banners_after_cuts, heads_over_paragraphs, bylines_under_heads, kickers_over_titles,
                 column_names_over_titles, mastheads_at_top, credited_captions, wrapped_titles, parallel_titles,
                 lead_in_kickers, subject_first_lines, folio_lines, kickers_over_own_titles,
                 place_colon_titles, photo_item_titles, titles_under_bylines, captions_over_photo_credits, marked_captions,
                 banners_over_headlines,
                 marked_items, notice_labels, supplied_notes, jump_lines, table_boxes, contact_feet, credits_closing_bodies,
                 closing_role_lines,
                 short_head_runs,
                 column_name_heads, subject_kickers, second_byline_lines, sentences_under_bylines, sign_offs,
                 carried_lines, dash_subtitles, sibling_subheads):
        tags = step(raw_lines, tags)
    return tags
