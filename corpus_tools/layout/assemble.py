"""Assembly: attach headlines, kickers, subtitles, bylines and captions; build the page layout."""

from __future__ import annotations

import warnings

import numpy as np

from corpus_tools.layout.afterpages import regroup_after_page
from corpus_tools.layout.arbiter import arbitrate_kinds, merge_layouts
from corpus_tools.layout.blockheads import article_reaches, heads_closing_blocks, stretch_reaches, undisputed
from corpus_tools.layout.classify import (assign_roles, drop_format_chars, drop_item_marks, folio_banners,
                                          merge_two_line_titles, segment_bodies, undouble_heads)
from corpus_tools.layout.briefboxes import headed_brief_tags
from corpus_tools.layout.photoheads import headed_photo_items
from corpus_tools.layout.reprintsplit import split_source_credits
from corpus_tools.layout.topbylines import titles_over_bylines
from corpus_tools.layout.tableheads import headed_table_lines, headed_table_tags, titles_after_tables
from corpus_tools.layout.briefs import brief_column_tags, bracketed_column_tags
from corpus_tools.layout.kickerforms import printed_kickers
from corpus_tools.layout.trailheads import bodies_after_trailing_heads, heads_after_signed_bodies
from corpus_tools.layout.briefheads import heads_over_titled_briefs
from corpus_tools.layout.columnbriefs import split_bracket_briefs
from corpus_tools.layout.editornotes import afterword_heads, notes_over_titles
from corpus_tools.layout.indexboxes import index_box_tags
from corpus_tools.layout.interviews import question_lines, titles_over_turns
from corpus_tools.layout.pagebanners import edition_banners
from corpus_tools.layout.markitems import split_mark_titles, titled_item_articles, titled_item_tags
from corpus_tools.layout.kickerlines import kickers_left_open
from corpus_tools.layout.placekickers import place_kicker_tags
from corpus_tools.layout.plainbriefs import (in_item, plain_brief_articles, plain_item_tags,
                                             return_head_bylines, split_plain_briefs)
from corpus_tools.layout.inlinejumps import lines_after_jumps, texts_after_jumps
from corpus_tools.layout.listboxes import headed_lists
from corpus_tools.layout.noticetitles import two_line_notice_titles
from corpus_tools.layout.noticesigners import signers_as_bylines
from corpus_tools.layout.photonews import headed_photo_bodies, headless_photo_items
from corpus_tools.layout.flow import repair_flow
from corpus_tools.layout.placesigners import place_signer_lines
from corpus_tools.layout.sponsorlines import sponsor_lines
from corpus_tools.layout.tailtags import tail_openings
from corpus_tools.layout.afterheads import (heads_over_openings, heads_under_jumps, titles_after_closed_bodies,
                                           titles_before_blanks)
from corpus_tools.layout.conventions import bylines_over_titles, top_kickers_with_banners
from corpus_tools.layout.headparts import split_headline_lines, split_headline_parts
from corpus_tools.layout.runin import BRACKETED_COLUMN_LINE_RE, runin_items, split_runin_titles
from corpus_tools.layout.bylinesbelow import bylines_over_signed_ends
from corpus_tools.layout.cutopenings import indented_openings
from corpus_tools.layout.signedbriefs import signed_item_articles, signed_item_tags
from corpus_tools.layout.wrappedheads import wrapped_head_tags
from corpus_tools.layout.shortitems import short_items_under_bodies
from corpus_tools.layout.signed import items_over_indents, signature_lines
from corpus_tools.layout.gapheads import heads_after_gaps
from corpus_tools.layout.gapleads import heads_over_gap_leads
from corpus_tools.layout.contactlines import contact_lines
from corpus_tools.layout.captionends import heads_under_caption_credits
from corpus_tools.layout.noticelabels import labels_over_formal_titles
from corpus_tools.layout.tabletitles import titles_over_table_heads
from corpus_tools.layout.headbreaks import paragraphs_under_heading_lines
from corpus_tools.layout.headafter import heads_after_bodies, titles_after_lead_bodies
from corpus_tools.layout.indentjoins import sentences_across_flush_lines
from corpus_tools.layout.indentcaptions import indented_text_tags
from corpus_tools.layout.indentheads import titles_on_indenting_pages
from corpus_tools.layout.headruns import kickers_over_subject_titles, titles_over_indented_paragraphs, top_heads_open
from corpus_tools.layout.headshift import headlines_by_structure
from corpus_tools.layout.namelines import name_lines_under_heads
from corpus_tools.layout.sectionrepeats import repeated_name_tags, section_banner_tags
from corpus_tools.layout.signedheads import heads_over_signed_blocks
from corpus_tools.layout.openings import titles_over_flush_openings
from corpus_tools.layout.boundaries import (adopt_strays, correct_tags, headings_in_bodies, headline_like_bodies,
                                            split_at_leads, subheads_to_body)
from corpus_tools.layout.closingnotes import supplied_notes
from corpus_tools.layout.match import Matcher, assign_titles, orientation, position
from corpus_tools.layout.model import Block, PageLayout, Repair
from corpus_tools.layout.parts import article_parts
from corpus_tools.layout.tagunits import units_from_tags
from corpus_tools.layout.bylineruns import (
    bylines_over_indented_paragraphs,
    head_bylines_forward,
    head_bylines_over_heads,
    heads_over_head_bylines,
    sentences_under_bylines,
    split_credits_and_notes,
    split_glued_bylines,
    titles_closing_byline_opened,
)
from corpus_tools.layout.dashgroups import kickers_over_dash_titles, kickers_over_titles, titles_over_dash_subtitles
from corpus_tools.layout.debris import debris_tags, repeated_headers
from corpus_tools.layout.columnbanners import bracketed_banner_units, settled_column_lines
from corpus_tools.layout.columnkickers import column_kickers
from corpus_tools.layout.footers import foot_contact_tags
from corpus_tools.layout.furniture import masthead_name_tags
from corpus_tools.layout.gaplessheads import heads_without_gaps
from corpus_tools.layout.jumpheads import jump_lines_off_heads
from corpus_tools.layout.noticeheads import notice_titles_in_bodies
from corpus_tools.layout.signerheads import labelled_signers, signer_lines_off_heads, split_signers
from corpus_tools.layout.captionitems import credits_off_captions, join_wrapped_captions, photo_items_apart
from corpus_tools.layout.mastheadprint import masthead_print_units
from corpus_tools.layout.interleave import deinterleave, interleaved_stretches, map_layout
from corpus_tools.layout.stackedheads import stacked_stretch_order
from corpus_tools.layout.headforms import (banners_over_headlines, folio_lines, jump_lines, kickers_over_own_titles,
                                           pinned_top)
from corpus_tools.layout.lateheads import titles_after_titled_bodies
from corpus_tools.layout.kickerlines import split_short_kickers
from corpus_tools.layout.lineroles import MODEL_PATH, page_features, rule_info, shipped_model
from corpus_tools.layout.leadheads import heads_over_leads
from corpus_tools.layout.lonetext import lone_text_article
from corpus_tools.layout.headlessruns import join_column_cuts, rejoin_headless_runs
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.units import Unit, build_units


def _attach(units: list[Unit], segments: list[list[int]], m: Matcher, orient: str) -> None:
    """Set ``final`` kind and ``article`` of every unit."""
    for s, seg in enumerate(segments):
        for i in seg:
            units[i].final, units[i].article = "body", s
    titles = titles_over_dash_subtitles(units, assign_titles(units, segments, m, orient))
    for i, s in titles.items():
        units[i].final, units[i].article = "headline", s
    for i, s in titles.items():
        _attach_kicker_subtitle(units, i, s, orient, segments)
    _attach_bylines(units, segments)
    _attach_captions(units, segments, m)
    for u in units:
        if u.final:
            continue
        if u.kind == "credit":
            u.final = "credit"
        elif u.kind in ("head", "subtitle"):
            u.final = "banner"
        elif u.kind == "caption":
            u.final = "caption"
        elif u.kind == "byline":
            u.final = "byline"
        else:
            u.final = u.kind


def _attach_kicker_subtitle(units: list[Unit], i: int, s: int, orient: str,
                            segments: list[list[int]]) -> None:
    above = i - 1
    if above >= 0 and not units[above].final and units[above].kind == "head" and units[above].role == "K":
        units[above].final, units[above].article = "kicker", s
    below = i + 1
    if below < len(units) and not units[below].final:
        b = units[below]
        if b.kind == "subtitle":
            b.final, b.article = "subtitle", s
        elif (b.kind == "head" and units[i].role == "P" and b.role in ("F", "K") and orient == "before"
              and below + 1 < len(units) and units[below + 1].article == s
              and units[below + 1].kind in ("body", "caption")):
            b.final, b.article = "subtitle", s


def _attach_bylines(units: list[Unit], segments: list[list[int]]) -> None:
    """A byline closes the article whose body precedes it, unless it stands under a headline.

    ``本报记者 王磊`` printed between a headline group and a body belongs to that body.
    """
    for i, u in enumerate(units):
        if u.kind != "byline" or u.final:
            continue
        if (i > 0 and units[i - 1].final in ("headline", "subtitle", "kicker") and i + 1 < len(units)
                and units[i + 1].final == "body" and units[i + 1].article == units[i - 1].article):
            u.final, u.article = "byline", units[i - 1].article
            continue
        prev = [s for s, seg in enumerate(segments) if seg[0] < i]
        if prev:
            u.final, u.article = "byline", prev[-1]


def _attach_captions(units: list[Unit], segments: list[list[int]], m: Matcher) -> None:
    """A caption goes to the article whose text it overlaps most; neighbours break ties."""
    for i, u in enumerate(units):
        if u.kind != "caption" or u.final:
            continue
        before, after, inside = position(units, segments, i)
        scores = [m.coverage(u.text, s) + 0.3 * m.char_coverage(u.text, s)
                  + (0.1 if s in (before, after, inside) else 0.0) for s in range(len(segments))]
        u.final, u.article = "caption", int(np.argmax(scores))


#: Ways :func:`split_page` can type the page's lines.
METHODS = ("auto", "rules", "model")


def split_page(raw: str, *, method: str = "auto") -> PageLayout:
    """Repair a PDF-extracted page and split it into blocks and articles.

    Parameters
    ----------
    raw : str
        The page text as read (any line endings, full- or half-width punctuation).
    method : {"auto", "rules", "model"}
        ``"rules"``: the hand-written headline grammar (units, bodies, headline matching by
        content); ``"model"``: the learned line-role model
        (:mod:`~corpus_tools.layout.lineroles`), which reads the rules' result as one of its
        features and decides every line's role and where articles start; the layout grammar
        it cannot express (a lead opens an article, subheads inside a body, headlines and
        captions printed away from their article) is applied after it. The model is far
        better on composed pages (``docs/benchmarks.md``, layout) but misreads lines of the
        real seed pages that the rules read right. ``"auto"`` (default): the model's layout,
        except in the stretches of the page where it contradicts the rules in one of the
        ways it fails on the seed pages, which take the rules' layout
        (:mod:`~corpus_tools.layout.arbiter`). Column-flow repair runs in each.

    Returns
    -------
    PageLayout
        ``blocks`` in raw order, ``articles`` ordered by their first block, and the
        ``repairs`` that removed characters.

    Examples
    --------
    >>> page = "本报讯 2023 年，平遥县新建\\n公园 3 处。\\n\\n平遥县\\n\\n建设公园 美化城市\\n"
    >>> layout = split_page(page)
    >>> [(b.kind, b.text) for b in layout.blocks]
    [('body', '本报讯 2023年，平遥县新建公园3处。'), ('kicker', '平遥县'), ('headline', '建设公园 美化城市')]
    >>> layout.articles[0].title
    '建设公园 美化城市'
    """
    if not isinstance(raw, str):
        raise TypeError(f"raw must be a str, got {type(raw).__name__}")
    if method not in METHODS:
        raise ValueError(f"method = {method!r} is invalid; it must be one of {', '.join(METHODS)}")
    stretches = interleaved_stretches(raw)
    columns = deinterleave(raw, stretches=stretches)
    if columns is None:
        stacked = stacked_stretch_order(raw)
        if stacked is None:
            return _split(raw, method)
        return map_layout(_split(stacked[0], method), raw, stacked[1],
                          "two articles' paragraphs alternating under stacked headlines printed article by article")
    text, where = columns
    return map_layout(_split(text, method), raw, where, "interleaved columns printed column by column "
                      f"(lines {', '.join(f'{a}–{b}' for a, b in stretches)})")


def _split(raw: str, method: str) -> PageLayout:
    """:func:`split_page` of a page read column by column."""
    # (the rules' split of a signed item after a bylined article is for the rules' own layout: the line
    # model reads the rules' blocks as features as it was trained, and has its own pass for the form,
    # signed.items_over_indents)
    # (and the bracketed column names as banners, likewise: the model reads the rules' blocks as it was trained)
    rules = _split_rules(raw, signed_items=method == "rules", column_banners=method == "rules")
    if method == "rules":
        return rules
    model = shipped_model()
    if model is None and method == "auto":
        warnings.warn(f"the line-role model {MODEL_PATH} is missing, so split_page(method='auto') splits by the "
                      "rules alone; reinstall the package or train it with training/layout/train_lines.py",
                      stacklevel=3)
        return rules
    if model is None:
        raise FileNotFoundError(f"the line-role model {MODEL_PATH} is missing; "
                                "train it with training/layout/train_lines.py")
    raw_lines = read_lines(raw)
    if all(ln is None for ln in raw_lines):
        return rules
    feats = page_features(raw_lines, rules.blocks)
    em = model.log_proba(feats)
    rule_kinds = [kind for kind, _, _ in rule_info([ln for ln in raw_lines if ln is not None], rules.blocks)]
    tags = model.decode(feats, log_proba=em, pinned=pinned_top(raw_lines, rule_kinds))
    # forms the rules do not read either: the page's date and page lines, a lead-in over a
    # title of its own, a source note closing an item (so the arbiter does not hand their stretch to the rules)
    tags = supplied_notes(raw_lines, kickers_over_own_titles(raw_lines, folio_lines(raw_lines, jump_lines(
        raw_lines, sponsor_lines(raw_lines, tags)))))  # (a 专版's sponsor line at the top: furniture)
    tags = sentences_under_bylines(raw_lines, masthead_name_tags(raw_lines, tags))
    tags = banners_over_headlines(raw_lines, tags, top_only=True)
    tags = top_kickers_with_banners(raw_lines, tags)
    found = {}
    if method == "auto":
        proba = np.exp(em)
        sure = [float(proba[k, model.tags.index(t)]) for k, t in enumerate(tags)]
        found = printed_kickers(raw_lines, arbitrate_kinds(raw_lines, rules.blocks, tags, sure))
    tags = titles_after_lead_bodies(raw_lines, titles_closing_byline_opened(raw_lines, titles_over_indented_paragraphs(
        raw_lines, bylines_over_indented_paragraphs(raw_lines, top_heads_open(raw_lines, titles_over_flush_openings(
            raw_lines, correct_tags(raw_lines, tags)))))))
    tags = titles_on_indenting_pages(raw_lines, tags)  # (article starts in line form, paragraphs indented)
    tags = question_lines(raw_lines, tags)  # (an interview's question is no headline)
    gapless = heads_without_gaps(raw_lines, tags)  # (the same without a blank line: kicker + title, or a news opening)
    opened = [i for i, (a, b) in enumerate(zip(gapless, tags)) if a != b]  # (no dispute on the heading it opens)
    found = {i: k for i, k in found.items() if not any(0 <= i - x <= 2 for x in opened)}
    tags = gapless
    over_open = heads_over_openings(raw_lines, short_items_under_bodies(raw_lines, tags))
    led = heads_over_leads(raw_lines, over_open)  # (a headline group over a lead, no blank line)
    closed = titles_after_closed_bodies(raw_lines, led)
    titled = titles_after_titled_bodies(raw_lines, closed)  # (a body run on from the article above, its headline after it)
    starts = [ln.start for ln in raw_lines if ln is not None]
    late = [x for x, a, b in zip(starts, titled, closed) if a != b]
    late += [x for x, a, b in zip(starts, led, over_open) if a != b]  # (no dispute reaching such a group)
    after = runin_items(raw_lines, bylines_over_titles(raw_lines, titles_before_blanks(raw_lines, titled)))  # (a title, byline, line)
    after = kickers_over_subject_titles(raw_lines, heads_over_head_bylines(raw_lines, split_credits_and_notes(raw_lines, after)))
    after = kickers_over_titles(raw_lines, kickers_over_dash_titles(raw_lines, after))  # (kicker / title [/ ——subtitle])
    after = items_over_indents(raw_lines, signature_lines(raw_lines, place_signer_lines(raw_lines, after)))
    # (a line whose tag a headline given back to its body changed is no longer the model's misreading; nor is a
    # line in a stretch of the rules' that runs such a body on from the article above)
    found = {i: kind for i, kind in found.items() if after[i] == tags[i] and not article_reaches(rules, starts[i], late)}
    if found:  # (nor is one the corrections made the rules' reading: the two agree there now)
        still = arbitrate_kinds(raw_lines, rules.blocks, after, sure)
        found = {i: kind for i, kind in found.items() if i in still}
    # running headers, folios and staff lines below the page's top are credits, but for a line the arbiter
    # hands to the rules (whose stretch then takes their layout, which reads it as page furniture too)
    debris = debris_tags(raw_lines, after)
    bracketed = bracketed_column_tags(raw_lines, debris)  # (【…】 column names: read by their form, no dispute)
    found = {i: k for i, k in found.items() if bracketed[i] == debris[i]}
    cleaned = tail_openings(raw_lines, brief_column_tags(raw_lines, bracketed))  # (简讯, tails)
    cleaned = index_box_tags(raw_lines, edition_banners(raw_lines, cleaned))  # (专版 names and 导读 boxes: furniture)
    # (briefs titled in their first line, and a column of marked briefs without run-in titles: one article
    # each, read by their form, no dispute on their lines)
    itemed = signed_item_tags(raw_lines, plain_item_tags(raw_lines, titled_item_tags(raw_lines, cleaned, raw)))
    found = {i: k for i, k in found.items() if itemed[i] == cleaned[i] and not in_item(itemed, cleaned, i)}
    cleaned = itemed
    cleaned = indented_openings(raw_lines, cleaned)  # (a paragraph's indented first line cut at the column)
    cleaned = bodies_after_trailing_heads(raw_lines, cleaned)  # (a body after a byline and a trailing headline)
    cleaned = heads_after_signed_bodies(raw_lines, cleaned)  # (one headline printed after its body)
    cleaned = heads_closing_blocks(raw_lines, cleaned)  # (a block between blank lines closed by its headline)
    found = undisputed(raw_lines, cleaned, rules, found)  # (no dispute reaching such a block)
    # (a list with its heading and its unit's credit after an article; a notice's title over two lines:
    # read by their form, no dispute on their lines)
    formed = two_line_notice_titles(raw_lines, headed_lists(raw_lines, cleaned))
    found = {i: k for i, k in found.items() if formed[i] == cleaned[i]}
    cleaned = formed
    cleaned = headless_photo_items(raw_lines, headed_photo_bodies(raw_lines, cleaned))  # (▲ photo news as articles)
    cleaned = lines_after_jumps(raw_lines, cleaned)  # (a paragraph closed by its jump mark: ……。（下转第2版）)
    jumped = heads_under_jumps(raw_lines, cleaned)  # (a heading run under a jump mark: the next article's head)
    moved = [x for x, a, b in zip(starts, jumped, cleaned) if a != b]  # (no dispute whose stretch reaches the run)
    found = {i: k for i, k in found.items() if not article_reaches(rules, starts[i], moved)}
    cleaned = jumped
    named = heads_over_signed_blocks(raw_lines, name_lines_under_heads(raw_lines, cleaned))  # (梅笑  郭旭东 under a
    # headline: its byline; a heading between two signed texts: a title; no dispute on their lines)
    found = {i: k for i, k in found.items() if named[i] == cleaned[i]}
    cleaned = named
    kicked = column_kickers(raw_lines, cleaned)  # (a column's name over a title: no dispute on its lines)
    kicks = [i for i, (a, b) in enumerate(zip(kicked, cleaned)) if a != b]
    found = {i: k for i, k in found.items() if not any(0 <= i - x <= 2 for x in kicks)}  # (the title's lines too)
    cleaned = kicked
    rep = repeated_headers(raw_lines, after) if any(k.startswith("banner_") for k in found.values()) else ()
    found = {i: k for i, k in found.items() if not (k.startswith("banner_") and i in rep)}  # (headers: no dispute)
    # (again, after the corrections: no article opens on a question; one opens under a jump mark)
    cleaned = texts_after_jumps(raw_lines, titles_over_turns(raw_lines, question_lines(raw_lines, cleaned)))
    cleaned = afterword_heads(raw_lines, cleaned)  # (编后 on its own line: an item of its own)
    final = [after[i] if i in found else t for i, t in enumerate(cleaned)]
    final = sentences_across_flush_lines(raw_lines, final)  # (an indented first line is no short last line)
    final = kickers_left_open(raw_lines, final)  # (a kicker ending on 的: the title's first line)
    gapped = heads_over_gap_leads(raw_lines, heads_after_gaps(raw_lines, final))  # (a headline group after a gap
    # on a head-first page; a headline after a blank line over a 本报讯 lead)
    gapped = contact_lines(raw_lines, titles_over_table_heads(raw_lines, gapped))  # (a table printed as text:
    # the headline over its header row; a notice's 联系人：X line: its last paragraph)
    gapped = labels_over_formal_titles(raw_lines, heads_under_caption_credits(raw_lines, gapped))  # (a headless
    # caption ends at its （X 摄） credit; a notice's label 通告 over its 《formal name》 titles it)
    opened = [i for i, (a, b) in enumerate(zip(gapped, final)) if a != b]  # (no dispute on the groups it opens)
    found = {i: k for i, k in found.items() if not any(abs(i - x) <= 2 for x in opened)}
    final = paragraphs_under_heading_lines(raw_lines, gapped)  # (a headline run into the paragraph under it)
    # (a contact line at the page's foot: furniture; a box of briefs under its head: an article an item;
    # the page's name printed again over its first article: a banner; no dispute on their lines)
    footed = section_banner_tags(raw_lines, headed_brief_tags(raw_lines, foot_contact_tags(raw_lines, final)))
    footed = repeated_name_tags(raw_lines, footed)  # (the page's name again further down: a banner)
    footed = headed_photo_items(raw_lines, footed)  # (a short headline over a credited 图为 caption: a photo item)
    tabled = headed_table_lines(raw_lines, footed)  # (no dispute on a table's lines either)
    footed = titles_after_tables(raw_lines, headed_table_tags(raw_lines, footed))  # (a table under its own headline: an article, a row a paragraph)
    footed = place_kicker_tags(raw_lines, indented_text_tags(raw_lines, footed))  # (an indented paragraph under
    # the text: no caption; a place line over a title: its kicker)
    settled = settled_column_lines(raw_lines, footed)  # (【column】 over a headline: no dispute either)
    boxed = [x for x, a, b in zip(starts, footed, final) if a != b]  # (nor one whose stretch of the rules'
    # reaches such lines: the rules' layout would undo them, e.g. a box's items run into one headed article)
    found = {i: k for i, k in found.items()
             if footed[i] == final[i] and i not in settled and i not in tabled
             and not stretch_reaches(rules, starts[i], boxed)}
    final = bylines_over_signed_ends(raw_lines, wrapped_head_tags(raw_lines, footed))  # (a head line cut at the
    # column's width goes on below; a byline line between a signed text and a headline: the headline's)
    topped = titles_over_bylines(raw_lines, final)  # (a headline at the page's top over its byline: no banner)
    retitled = [x for x, (a, b) in enumerate(zip(topped, final)) if a != b]
    found = {i: k for i, k in found.items() if not any(abs(i - x) <= 2 for x in retitled)}
    final = topped
    units, n = units_from_tags(raw, raw_lines, final)
    n = split_at_leads(units, n)
    headings_in_bodies(units)
    n = subheads_to_body(units, n)
    headline_like_bodies(units)
    n = adopt_strays(units, n, titled=titled_item_articles(units, raw))
    n = headlines_by_structure(units, heads_after_bodies(units, n), raw)
    notes_over_titles(units)  # (an editor's note printed over a headline opens that headline's article)
    layout = _finish(units, n, raw, rejoin_headless=True)
    if not found:
        return layout
    lines = [ln for ln in raw_lines if ln is not None]
    if any(BRACKETED_COLUMN_LINE_RE.match(ln.text.strip()) for ln in lines):
        rules = _split_rules(raw, signed_items=False)  # (the stretches handed to the rules: their own reading)
    return merge_layouts(len(raw), [ln.start for ln in lines], rules, layout, [lines[i].start for i in found])


def _split_rules(raw: str, *, signed_items: bool = True, column_banners: bool = True) -> PageLayout:
    units = build_units(raw)
    undouble_heads(units, raw)
    drop_format_chars(units, raw)
    folio_banners(units)
    if column_banners:
        bracketed_banner_units(units)  # (【column】 over a headline: never its title, nor the title's first line)
    assign_roles(units, raw)
    units = merge_two_line_titles(units)
    segments = segment_bodies(units, signed_items=signed_items)
    if segments:
        matcher = Matcher(["".join(units[i].text for i in seg) for seg in segments])
        orient = orientation(units, segments, matcher)
        _attach(units, segments, matcher, orient)
        return _finish(units, heads_after_bodies(units, len(segments)), raw)
    else:
        for u in units:
            u.final = {"head": "banner", "subtitle": "banner"}.get(u.kind, u.kind)
    return _finish(units, len(segments), raw)


def _finish(units: list[Unit], n_articles: int, raw: str, *, rejoin_headless: bool = False) -> PageLayout:
    """Column-flow repair, articles renumbered in print order, blocks and article parts.

    ``rejoin_headless`` (line model): a run of body paragraphs without a headline that the
    flow repair did not move goes back to the article printed before it, and a head byline between
    two articles' bodies opens the one below it (:func:`head_bylines_forward`).
    """
    n_articles = lone_text_article(units, n_articles)  # (a page of one sentence and its byline)
    units[:] = split_runin_titles(split_headline_parts(units, raw), raw)
    heads_over_titled_briefs(units, raw)  # (a headline over a column of titled briefs: not the first brief's)
    units[:] = split_headline_lines(split_mark_titles(units, raw), raw)
    n_articles = split_bracket_briefs(units, raw, n_articles)  # (【column】title　text: a brief of its own)
    if rejoin_headless:  # (not in the rules' pass: the line model reads its layout as features)
        head_bylines_forward(units)
        units[:] = split_glued_bylines(units, raw)
    plain = plain_brief_articles(units) if rejoin_headless else set()  # (a column of plain marked briefs)
    signed = signed_item_articles(units) if rejoin_headless else set()  # (untitled signed briefs of a column)
    return_head_bylines(units, plain)
    if n_articles:
        for i, u in enumerate(units):
            u.rank = float(i)
        flow_repairs = repair_flow(units, n_articles, raw)
        if rejoin_headless:
            rejoin_headless_runs(units, keep=plain | signed)
            join_column_cuts(units, raw)
    else:
        flow_repairs = []
    if rejoin_headless:  # (again: the flow repair and the headless rejoin above may have put a head byline
        # between two articles' bodies; on user20's pengxi_01 and xianju 2020-05-15 p3 the byline would
        # otherwise stay with the article above, method="model")
        head_bylines_forward(units)
        head_bylines_over_heads(units)  # (after an article its lead signs, over the next one's headline)
        return_head_bylines(units, plain)  # (a brief is signed after its text)
    if n_articles:
        regroup_after_page(units)  # (a page printing every headline after its body)
    units[:] = jump_lines_off_heads(units, raw)  # (a jump line under a continued text's headline: furniture)
    masthead_print_units(units, raw)  # (机关报, 刊号, 第N期 at the page's head: furniture)
    units[:] = notice_titles_in_bodies(units, raw)  # (遗失声明, 招聘启事 run into a body: items of their own)
    signer_lines_off_heads(units)  # (an obituary's signers under its text: no headline of the next article)
    units[:] = split_signers(units, raw)  # (某某县委　某某县人民政府: one name each)
    # renumber articles by their first headline or body block in raw order
    firsts = {}
    for i, u in enumerate(units):  # a moved tail does not count where it is printed
        if u.final in ("headline", "body") and u.article not in firsts and u.rank == i:
            firsts[u.article] = i
    order = {old: new for new, old in enumerate(sorted(firsts, key=firsts.get))}
    for u in units:
        if u.article is not None:
            u.article = order.get(u.article)
    plain = {order[a] for a in plain if a in order}
    units[:] = split_plain_briefs(units, raw, plain)
    drop_item_marks(units, raw)
    units[:] = split_short_kickers(units, raw)  # (a series' kicker over its title, read by the lines' form)
    signers_as_bylines(units)  # (a notice's signer under its text: its byline)
    labelled_signers(units)  # (招标人：某某镇人民政府 closing a notice: its byline)
    units[:] = join_wrapped_captions(units)  # (a caption's lines cut by the column: one caption)
    n_articles = photo_items_apart(units, len(order))  # (captions closed by a credit, apart from any text)
    units[:] = credits_off_captions(units, raw)  # (the photographer closing a caption: the item's byline)
    units[:] = split_source_credits(units, raw)  # (据《南充日报》（记者 孙悦） closing a text: its byline)
    blocks = [Block(u.final, u.text, u.start, u.end, u.article) for u in units]
    block_of = {i: i for i in range(len(units))}
    articles = article_parts(units, n_articles, block_of, raw)
    repairs = sorted([r for u in units for r in u.repairs] + flow_repairs, key=lambda r: (r.start, r.kind))
    return PageLayout(blocks, articles, repairs)


def repair_text(text: str) -> tuple[str, list[Repair]]:
    """Repair a piece of page text without splitting it into articles.

    Lines broken at the column width are rejoined (column breaks across blank lines
    included), spacing is fixed (:func:`fix_spacing`) and doubled bold heading lines are
    undone (:func:`undouble`). Paragraphs are joined with ``"\\n"``; repairs carry spans
    into ``text``.

    Examples
    --------
    >>> repair_text("为符合条件的 464 名老\\n党员发放纪念章。\\n\\n加速加速文旅融合文旅融合")[0]
    '为符合条件的464名老党员发放纪念章。\\n加速文旅融合'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    units = build_units(text)
    undouble_heads(units, text)
    drop_format_chars(units, text)
    return "\n".join(u.text for u in units), [r for u in units for r in u.repairs]


def check_no_loss(raw: str, layout: PageLayout) -> list[str]:
    """Problems with the no-loss property; an empty list means it holds.

    Every non-space character of ``raw`` must be covered by exactly one block's pieces or
    by a repair, and the cleaned texts must account for every non-space character.
    """
    problems: list[str] = []
    owner = np.zeros(len(raw), dtype=np.int32)
    for b in layout.blocks:
        owner[b.start:b.end] += 1
    for r in layout.repairs:
        if r.kind == "move":  # column flow: re-attached, nothing removed
            if r.removed or not 0 <= r.start <= r.end <= len(raw):
                problems.append(f"move repair {r} must remove nothing and span the raw text")
            continue
        if raw[r.start:r.end] != r.removed:
            problems.append(f"repair {r} does not match raw")
    nonspace = np.array([not ch.isspace() for ch in raw], dtype=bool)
    if len(raw):
        missing = np.flatnonzero(nonspace & (owner == 0))
        double = np.flatnonzero(nonspace & (owner > 1))
        if len(missing):
            problems.append(f"{len(missing)} characters in no block, first at {missing[0]}")
        if len(double):
            problems.append(f"{len(double)} characters in two blocks, first at {double[0]}")
    kept = "".join(raw[b.start:b.end] for b in layout.blocks)
    removed = sum(len(r.removed) for r in layout.repairs)
    n_raw = sum(not ch.isspace() for ch in kept)
    n_text = sum(not ch.isspace() for b in layout.blocks for ch in b.text)
    if n_raw - removed != n_text:
        problems.append(f"blocks hold {n_text} characters, raw spans minus repairs {n_raw - removed}")
    return problems
