"""Page repair and article splitting for PDF-extracted Chinese newspaper pages.

A page extracted from a PDF is a stream of lines in roughly layout order. This package
turns it into *blocks* (banner, kicker, headline, subtitle, body, caption, byline, credit)
and groups them into *articles*, one step per module:

* :mod:`~corpus_tools.layout.patterns` — what a single line looks like (lead, byline, credit,
  ``——`` subtitle, two-clause title, caption cue, sentence end);
* :mod:`~corpus_tools.layout.lines` — lines and chunks with raw offsets, pages without blank
  lines, paragraphs cut by a column break;
* :mod:`~corpus_tools.layout.spacing` — double-spaced extraction (a blank line after every line) read
  single-spaced;
* :mod:`~corpus_tools.layout.debris` — running headers, folios and staff lines printed among the
  articles read as credits;
* :mod:`~corpus_tools.layout.interleave` — two columns' lines printed alternately: found, and read
  column by column;
* :mod:`~corpus_tools.layout.repair` — spacing inside numbers, letter-spacing, doubled bold glyphs;
* :mod:`~corpus_tools.layout.bylines` — bylines as ``(role, name)`` pairs;
* :mod:`~corpus_tools.layout.units` — typed paragraphs and heading lines;
* :mod:`~corpus_tools.layout.classify` — headline grammar (banners and column names, kickers,
  two-line titles, subtitles) and article bodies with their in-body subheads;
* :mod:`~corpus_tools.layout.dashgroups` — a headline group closed by a ``——`` subtitle (the line over the
  dash is the title) and kickers over a title read from the lines' form;
* :mod:`~corpus_tools.layout.match` — headlines matched to bodies by content and position;
* :mod:`~corpus_tools.layout.headafter` — a headline printed after its body on a page whose
  headlines stand above their bodies;
* :mod:`~corpus_tools.layout.afterheads` — headlines printed after lead-opened bodies closed by a
  bracketed byline, given back by the words they share (line-model tags); a heading run under a jump
  mark opens the next article;
* :mod:`~corpus_tools.layout.lateheads` — a headline printed after its body where the line model ran
  that body on from the headline-first article above it;
* :mod:`~corpus_tools.layout.headshift` — headline groups between two articles given to the one they
  name where the structure leaves one headless (narrow columns, pages mixing headline orders);
* :mod:`~corpus_tools.layout.signoffs` — a notice's signer and date closing its text;
* :mod:`~corpus_tools.layout.signed` — short items closed by a signature ``（邱玉兰）`` among articles
  with byline lines: the signature closes the item, the heading over the next indented paragraph opens one;
* :mod:`~corpus_tools.layout.boxes` — boxes of figures (``【天气预报】`` rows) and contact foot lines
  read as banners, not an article's body;
* :mod:`~corpus_tools.layout.flow` — column-flow repair: tails printed away from their article;
* :mod:`~corpus_tools.layout.flowsplit` — a displaced tail read into the paragraph printed above it;
* :mod:`~corpus_tools.layout.lineroles` — the learned line-role model (``split_page(raw, method="model")``);
* :mod:`~corpus_tools.layout.arbiter` — where the model contradicts the rules, the rules' layout
  (``split_page(raw)``, ``method="auto"``, the default);
* :mod:`~corpus_tools.layout.tagunits` — units from the line model's per-line tags;
* :mod:`~corpus_tools.layout.tablerows` — rows of a table, board or list kept apart by line breaks in a body;
* :mod:`~corpus_tools.layout.topbylines` — a headline at the page's top over its byline, no banner;
* :mod:`~corpus_tools.layout.reprints` — reprints: an outlet's credit (``据《南充日报》（记者 孙悦）``) as the byline,
  the outlet an article comes from;
* :mod:`~corpus_tools.layout.parts` — an article's parts (title, byline pairs read as printed, section) from its units;
* :mod:`~corpus_tools.layout.assemble` — :func:`split_page`, :func:`repair_text`, :func:`check_no_loss`.

Nothing is lost: each non-space character of the page lies in exactly one block, unless a
recorded :class:`Repair` removed it (see :func:`check_no_loss`). Offsets always point into
the raw page.
"""

from corpus_tools.layout.assemble import check_no_loss, repair_text, split_page
from corpus_tools.layout.bylines import ROLES, byline_pairs, byline_text, lead_byline, parse_byline
from corpus_tools.layout.model import BLOCK_KINDS, ArticleParts, Block, PageLayout, Repair
from corpus_tools.layout.patterns import (
    CLAUSE_PUNCT,
    FINAL_PUNCT,
    LONG_LINE_WIDTH,
    MAX_HEADING_WIDTH,
    char_width,
    ends_sentence,
    has_inner_sentence_end,
    is_byline,
    is_credit,
    is_lead,
    is_parallel,
    is_subtitle_line,
    place_prefix,
    split_byline,
    text_width,
)
from corpus_tools.layout.repair import fix_spacing, undouble

__all__ = [
    "Repair",
    "Block",
    "ArticleParts",
    "PageLayout",
    "BLOCK_KINDS",
    "split_page",
    "repair_text",
    "undouble",
    "fix_spacing",
    "check_no_loss",
    "ROLES",
    "parse_byline",
    "lead_byline",
    "byline_pairs",
    "byline_text",
    "CLAUSE_PUNCT",
    "FINAL_PUNCT",
    "LONG_LINE_WIDTH",
    "MAX_HEADING_WIDTH",
    "char_width",
    "ends_sentence",
    "has_inner_sentence_end",
    "is_byline",
    "is_credit",
    "is_lead",
    "is_parallel",
    "is_subtitle_line",
    "place_prefix",
    "split_byline",
    "text_width",
]
