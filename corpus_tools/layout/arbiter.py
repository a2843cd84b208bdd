"""Where the line model and the rules disagree: stretches of the page where the rules decide.

The learned line model (:mod:`~corpus_tools.layout.lineroles`) is far better than the rules
on composed pages, but on the real seed pages it misreads lines the rules read right. Each
such mistake is a line the two read in opposite ways, of one of these kinds (:data:`DISPUTES`):

* ``short_head`` — a line without punctuation standing on its own (not closing a bracket
  opened above it, not between two wrapped paragraphs of one article in the model's
  reading: an in-body subhead such as ``见证者说``), a headline or kicker to
  the rules, body text to the model (seed 003, printed a paragraph per line:
  ``道路提质上档 群众幸福升温`` between two paragraphs);
* ``banner_body`` — the same for a line the rules read as a banner (seed 002);
* ``subhead`` — heading lines inside a run of the rules' body that the model reads as the
  headline group of a new article, on a page whose headlines follow their bodies or with a
  banner among them, sharing no words with the lines above them (a headline printed after
  its body repeats its words; seed 001: the two-line subhead ``打破人才匮乏`` /
  ``有序开展社会治理``), while the text below them goes on with the topic above;
* ``sentence_head`` — a line with a sentence's punctuation (``，；：。！？``, not a title's
  ``、``) inside the rules' body that the model reads as a heading line (seed 001 printed
  without blank lines), unless the model reads a line running into the title with ``——``
  as its kicker;
* ``banner`` — a banner to the rules, a kicker or title to the model, at the page's top or
  right after another title (seed 000: ``抓党建促基层治理能力提升`` between two headlines);
  not a place name read as a kicker, nor the page's first line read as a title on a page
  whose headlines stand above their bodies;
* ``title_banner`` — a headline to the rules, a banner to the model, which takes the rules'
  subtitle or kicker under it for the title (seed 002), below the page's first line (a
  page-top line over a title is the page's banner);
* ``caption_body`` / ``caption_head`` — a caption to the rules (one opening ``图为…`` when
  the model reads it as body text with probability below :data:`CAPTION_SURE`), body text
  or a heading line to the model (seeds 001 and 003 with their headlines moved);
* ``split_title`` — the second line of the rules' two-line title that the model reads as a
  title under a kicker (not two clauses of equal length, which the model's corrected tags
  join too, nor a line of doubled bold glyphs under one printed plain: two typefaces);
* ``para_break`` — a line after a sentence end and a blank line that the model continues
  the paragraph with while the rules open a block.

:func:`merge_layouts` builds the ``split_page(method="auto")`` layout: the page is cut where
neither layout has an article or block running across, and each stretch holding a disputed
line takes the rules' layout, every other stretch the model's. On composed pages the model
is right about most disputed lines (the ``banner`` and ``title_banner`` kinds above all), so
the arbitration costs part of the model's gain there; see ``docs/layout.md``.
"""

from __future__ import annotations

import dataclasses
from typing import Sequence

from corpus_tools.layout.boxes import is_box_line
from corpus_tools.layout.briefboxes import box_head_blocks
from corpus_tools.layout.bylines import CLOSING_NOTE_RE
from corpus_tools.layout.inlinejumps import after_jump
from corpus_tools.layout.lineroles import blank_lines_before, page_orientation, rule_info
from corpus_tools.layout.lines import Line
from corpus_tools.layout.model import ArticleParts, Block, PageLayout, Repair
from corpus_tools.layout.photoitems import PHOTO_ITEM_MAX_LINES, credit_closes
from corpus_tools.layout.repair import undouble
from corpus_tools.layout.patterns import (CAPTION_START_RE, CLAUSE_PUNCT, ENUM_RE, FINAL_PUNCT, cjk_bigrams,
                                          ends_sentence, is_lead, is_parallel_pair, is_place_line, reads_as_kicker,
                                          section_for, text_width)

#: Marks of a sentence (a heading line may hold ``、``, quotes and book-title marks).
SENTENCE_MARKS = frozenset("，,；;：:。！？!?…")
#: A ``图为…`` line the model reads as body with at least this probability is the model's call.
CAPTION_SURE = 0.5
#: Heading roles of the line model.
HEAD_ROLES = frozenset({"title", "banner", "kicker", "subtitle"})
#: Kinds of dispute (see the module docstring).
DISPUTES = ("short_head", "banner_body", "subhead", "sentence_head", "banner", "title_banner", "caption_body",
            "caption_head", "split_title", "para_break")


def _role(tag: str) -> str:
    return tag[2:] if tag.startswith("B-") else tag


def _without_place_colon(text: str) -> str:
    """``text`` without a leading place name and its colon (``攀枝花乡阿勐控村：``), which open a
    title of the place's news rather than a sentence.

    Examples
    --------
    >>> _without_place_colon("攀枝花乡阿勐控村：云海梯田迎客来")
    '云海梯田迎客来'
    >>> _without_place_colon("记者：你们怎么看？")
    '记者：你们怎么看？'
    """
    head, colon, rest = text.strip().partition("：")
    return rest if colon and is_place_line(head) else text


def _bolder_than_above(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` is printed in doubled (bold) glyphs and the line above it is not
    (``打造“六盘山牛”品牌`` / ``肉肉牛牛产产业业““牛牛””劲劲十十足足``): two typefaces, a kicker over
    its title, not one title broken over two lines."""
    return bool(undouble(lines[i].text)[1]) and not undouble(lines[i - 1].text)[1]


def _full_head_group(lines: Sequence[Line], roles: Sequence[str], i: int) -> bool:
    """The model's kicker over title ``i`` heads a full headline group: a subtitle or a byline
    line stands right under the title, and the kicker line is narrower than the title (a title
    wrapped at the column fills its first line; a kicker over a title and its subtitle or byline,
    ``特色产业看济源`` / ``小核桃撑起“致富树”`` / ``记者 …``, is a phrase of its own)."""
    return (i + 1 < len(lines) and roles[i + 1] in ("subtitle", "byline")
            and text_width(lines[i - 1].text) < text_width(lines[i].text))


def over_photo_item(lines: Sequence[Line], roles: Sequence[str], j: int) -> bool:
    """Whether line ``j`` opens a photo-news item: at most
    :data:`~corpus_tools.layout.photoitems.PHOTO_ITEM_MAX_LINES` lines the model reads as body text
    or a caption, then a photographer's credit (``吴志刚/摄``, ``林小川　摄``), however read. A heading run over it
    (``图片新闻`` / ``杜鹃花开大觉山``) is the item's head, not an in-body subhead of the article above:
    a subhead's section runs on without a photo credit (:func:`~corpus_tools.layout.photoitems.credit_closes`)."""
    return credit_closes(lines, roles, j, PHOTO_ITEM_MAX_LINES, ("para", "cont", "caption"), read_as_byline=False)


def _closes_bracket(text: str) -> bool:
    """True if ``text`` closes a bracket it does not open (``超 姚敏)``); a list heading's enumerator
    (``一）加强组织领导``, ``2)``) is no cut end."""
    enum = ENUM_RE.match(text.lstrip())
    if enum and enum.group()[-1] in ")）":
        return False
    depth = 0
    for ch in text:
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            if not depth:
                return True
            depth -= 1
    return False


def echoes_above(lines: Sequence[Line], i: int, j: int, *, window: int = 15, least: float = 0.05) -> bool:
    """Whether lines ``i:j`` share words (character bigrams) with the ``window`` lines above them.

    A headline printed after its body repeats the body's words; an in-body subhead that
    opens a new section of the article (seed 001: ``打破人才匮乏``) need not.
    """
    head = set().union(*(cjk_bigrams(ln.text) for ln in lines[i:j]))
    above = set().union(*(cjk_bigrams(ln.text) for ln in lines[max(0, i - window):i]))
    return bool(head) and len(head & above) / len(head) >= least


#: Least share of character bigrams (of the smaller side) that the 15 lines above and the 15 lines
#: below a heading must have in common for the heading to be an in-body subhead (see
#: :func:`_topic_goes_on`).
SUBHEAD_TOPIC = 0.04


def _topic_goes_on(lines: Sequence[Line], i: int, j: int, *, window: int = 15) -> bool:
    """Whether the text after lines ``i:j`` goes on with the topic of the text before them.

    An in-body subhead sits inside one article: the paragraphs around it share words (seed
    001: 0.045 and 0.054 around ``打破人才匮乏`` / ``有序开展社会治理``). A headline, banner or
    column name between two articles does not: on development composer seeds 0–599 (plain and
    ``variety``) 28 of the 29 heading runs that the ``subhead`` dispute took for subheads share
    0.029 or less, and all were headlines, banners or kickers.
    """
    above = set().union(*(cjk_bigrams(ln.text) for ln in lines[max(0, i - window):i]))
    below = set().union(*(cjk_bigrams(ln.text) for ln in lines[j:j + window]))
    return shares_topic(above, below)


def shares_topic(above: set[str], below: set[str]) -> bool:
    """Whether two stretches of text, given as their character bigram sets
    (:func:`~corpus_tools.layout.patterns.cjk_bigrams`), share a topic: they overlap by at
    least :data:`SUBHEAD_TOPIC` of the smaller set.

    Examples
    --------
    >>> from corpus_tools.layout.patterns import cjk_bigrams
    >>> road = cjk_bigrams("村里新修道路三公里，道路通到家门口。")
    >>> shares_topic(road, cjk_bigrams("新修道路方便了村民出行。")), shares_topic(road, cjk_bigrams("县医院开展义诊活动。"))
    (True, False)
    """
    if not above or not below:
        return False
    return len(above & below) / min(len(above), len(below)) >= SUBHEAD_TOPIC


def disputes(raw_lines: Sequence[Line | None], rules: Sequence[tuple[str, bool, bool]],
             tags: Sequence[str], orient: str = "none", confidence: Sequence[float] | None = None) -> dict[int, str]:
    """Lines (index among the non-blank lines) whose model tag contradicts the rules, with the kind.

    Parameters
    ----------
    raw_lines : sequence of Line or None
        The page's lines as :func:`~corpus_tools.layout.lines.read_lines` gives them (None
        for a blank line).
    rules : sequence of (str, bool, bool)
        Per non-blank line, what the rules made of it: block kind (``"body"``,
        ``"headline"``, …), first line of its block, first line of an article (see
        :func:`corpus_tools.layout.lineroles.rule_info`).
    tags : sequence of str
        Per non-blank line, the model's tag (:data:`corpus_tools.layout.lineroles.TAGS`).
    orient : str
        The rules' headline side of the page (``"before"``, ``"after"`` or ``"none"``).
    confidence : sequence of float, optional
        Per non-blank line, the model's probability of its own tag; without it every
        ``caption_body`` contradiction is disputed.

    Returns
    -------
    dict
        Line index to one of the keys of :data:`DISPUTES`.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if not len(lines) == len(rules) == len(tags):
        raise ValueError(f"{len(lines)} lines, {len(rules)} rule readings and {len(tags)} tags must match")
    gap_before = blank_lines_before(raw_lines)
    n = len(lines)
    kinds = [k for k, _, _ in rules]
    roles = [_role(t) for t in tags]
    out: dict[int, str] = {}
    for i, ln in enumerate(lines):
        role, kind = roles[i], kinds[i]
        punct = any(ch in CLAUSE_PUNCT or ch in FINAL_PUNCT for ch in ln.text)
        # a sentence's marks; a title may hold an enumeration comma (``给快递、外卖员群体更多关怀``)
        # and a colon after the place it is about (``攀枝花乡阿勐控村：云海梯田迎客来``)
        sentence = any(ch in SENTENCE_MARKS for ch in _without_place_colon(ln.text))
        # between wrapped paragraphs of one article in the model's reading (the line above ends
        # a wrapped paragraph with a finished sentence, the line below opens another): an in-body
        # subhead (after a paragraph cut mid-sentence it may be a headline); a heading has
        # no shape to tell it only on pages printed a paragraph per line (seed 003)
        # (a line set apart by a blank line above it, over a lead, ``本报讯``/``本报北京1月31日电``,
        # is the title of the article the lead opens)
        wrapped = (0 < i < n - 1 and tags[i - 1] == "cont" and tags[i + 1] in ("para", "cont")
                   and ends_sentence(lines[i - 1].text) and not (gap_before[i] and is_lead(lines[i + 1].text)))
        # (a line closing a bracket opened above it, ``超 姚敏)``, ends a paragraph or byline)
        alone = ((not i or gap_before[i] or ends_sentence(lines[i - 1].text) or roles[i - 1] in HEAD_ROLES)
                 and (i + 1 == n or gap_before[i + 1] or tags[i + 1] != "cont") and not _closes_bracket(ln.text))
        alone = alone and not CLOSING_NOTE_RE.match(ln.text.strip())  # (（未完待续） closes the text above it)
        if role in ("para", "cont") and kind in ("headline", "kicker") and not punct and alone and not wrapped:
            out[i] = "short_head"
        elif role in ("para", "cont") and kind == "banner" and not punct and alone and not wrapped:
            out[i] = "banner_body"
        elif role in HEAD_ROLES and kind == "body":
            j = i + 1
            while j < n and kinds[j] == "body" and roles[j] in HEAD_ROLES:
                j += 1
            if (i and kinds[i - 1] == "body" and j < n and kinds[j] == "body"
                    and (orient == "after" or "banner" in roles[i:j]) and not echoes_above(lines, i, j)
                    and _topic_goes_on(lines, i, j) and not over_photo_item(lines, roles, j)
                    and not after_jump(lines, i)):  # (the text above goes on on another page)
                out[i] = "subhead"
            elif sentence and not (role == "kicker" and ln.text.rstrip().endswith(("——", "--", "──"))) and not (
                    role == "banner" and is_box_line(ln.text)):  # (a box's source line is a banner: boxes.table_boxes)
                # (a line running into the title with a dash is the kicker the model reads)
                out[i] = "sentence_head"
        elif (kind == "banner" and role in ("kicker", "title", "subtitle")
              and (i == 0 or roles[i - 1] in ("title", "subtitle") and role != "subtitle")
              and not (i == 0 and role == "title" and orient != "after")
              and not (role == "kicker" and is_place_line(ln.text))
              and not (i and role == "title" and not tags[i].startswith("B-") and not gap_before[i]
                       and (i + 1 == n or roles[i + 1] in ("para", "cont")
                            and (is_lead(lines[i + 1].text) or any(ch in SENTENCE_MARKS for ch in lines[i + 1].text))))):
            # (the page's first line read as a title over the body below it on a page whose
            # headlines stand above their bodies, or a place name read as a kicker, is the
            # model's call; a title at the top of a headline-after page has no body above it;
            # so is a title's second line with sentence text or the page's end under it: a banner
            # stands over a headline)
            out[i] = "banner"
        elif (kind == "caption" and role in ("para", "cont") and CAPTION_START_RE.match(ln.text)
              and (confidence is None or confidence[i] < CAPTION_SURE)):
            out[i] = "caption_body"
        elif kind == "caption" and role in HEAD_ROLES:
            out[i] = "caption_head"
        elif (kind == "headline" and role == "banner" and 0 < i and i + 1 < n and roles[i + 1] == "title"
              and kinds[i + 1] in ("subtitle", "kicker")):
            out[i] = "title_banner"
        elif (kind == "headline" and not rules[i][1] and i and kinds[i - 1] == "headline"
              and role == "title" and roles[i - 1] == "kicker"
              and not is_parallel_pair(lines[i - 1].text, ln.text) and not reads_as_kicker(lines[i - 1].text, ln.text)
              and not _full_head_group(lines, roles, i) and not _bolder_than_above(lines, i)):
            # (a parallel pair the model reads as kicker and title is made one title by
            # :func:`corpus_tools.layout.boundaries.parallel_titles`; a lead-in is the kicker
            # the model reads, :func:`corpus_tools.layout.patterns.reads_as_kicker`)
            out[i] = "split_title"
        elif (tags[i] == "cont" and gap_before[i] and rules[i][1] and i
              and ends_sentence(lines[i - 1].text)):
            out[i] = "para_break"
    return out


def arbitrate_kinds(raw_lines: Sequence[Line | None], blocks: Sequence[Block], tags: Sequence[str],
                    confidence: Sequence[float] | None = None) -> dict[int, str]:
    """:func:`disputes` with the rules' reading taken from their blocks."""
    return disputes(raw_lines, rule_info([ln for ln in raw_lines if ln is not None], blocks), tags,
                    page_orientation(blocks), confidence)


def _cuts(layouts: Sequence[PageLayout], starts: Sequence[int]) -> list[int]:
    """Line starts that no block and no article of any layout straddles."""
    spans = []
    for lay in layouts:
        ext: dict[int, list[int]] = {}
        for b in lay.blocks:
            spans.append((b.start, b.end))
            if b.article is not None:
                e = ext.setdefault(b.article, [b.start, b.end])
                e[0], e[1] = min(e[0], b.start), max(e[1], b.end)
        for r in lay.repairs:
            if r.kind == "move":
                spans.append((r.start, r.end))
        spans += [tuple(e) for e in ext.values()]
    return [x for x in starts if not any(a < x < b for a, b in spans)]


def merge_layouts(raw_len: int, line_starts: Sequence[int], rules: PageLayout, model: PageLayout,
                  disputed: Sequence[int]) -> PageLayout:
    """The model's layout, with the rules' layout in the stretches of the page that hold a dispute.

    The page is cut at line starts that no block or article of either layout straddles;
    a stretch holding a disputed line (raw offsets ``disputed``) takes the rules' blocks,
    articles and repairs, every other stretch the model's. Both layouts cover every
    character of a stretch exactly once, so the merged layout loses nothing either.
    """
    bounds = [0, *(x for x in _cuts((rules, model), line_starts) if x > 0), raw_len + 1]
    blocks: list[Block] = []
    articles: list[ArticleParts] = []
    repairs: list[Repair] = []
    for lo, hi in zip(bounds, bounds[1:]):
        lay = rules if any(lo <= d < hi for d in disputed) else model
        keep = [k for k, b in enumerate(lay.blocks) if lo <= b.start < hi]
        if not keep:
            continue
        arts = sorted({lay.blocks[k].article for k in keep if lay.blocks[k].article is not None})
        new_art = {a: len(articles) + j for j, a in enumerate(arts)}
        new_block = {k: len(blocks) + j for j, k in enumerate(keep)}
        for k in keep:
            b = lay.blocks[k]
            blocks.append(dataclasses.replace(b, article=None if b.article is None else new_art[b.article]))
        for a in arts:
            parts = lay.articles[a]
            articles.append(dataclasses.replace(parts, blocks=[new_block[k] for k in parts.blocks]))
        repairs += [r for r in lay.repairs if lo <= r.start < hi]
    boxed = box_head_blocks(PageLayout(blocks, articles, repairs))  # (a box of briefs' head: no section)
    banners = [(b.start, b.text) for k, b in enumerate(blocks) if b.kind == "banner" and k not in boxed]
    for k, parts in enumerate(articles):  # sections from the merged page's banners
        own = [blocks[j] for j in parts.blocks]
        first = min((b.start for b in own if b.kind == "headline"), default=min((b.start for b in own), default=0))
        articles[k] = dataclasses.replace(parts, section=section_for(banners, first))
    return PageLayout(blocks, articles, sorted(repairs, key=lambda r: (r.start, r.kind)))
