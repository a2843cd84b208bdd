"""Official slogans and formulae (提法): find, normalise, count and track them.

Two layers, both first-class, meet in one table:

*marked* slogans
    what the page itself marks as a formula, found **by structure** (:mod:`.detect`,
    :mod:`.series`): ``numbered`` (五个进一步, 两学五抓, 1252), ``parallel`` (组织联建、产业联兴、
    人才联管; unquoted series in a requirement frame) and ``quoted`` catch-phrases (走在前、作表率).
    Numbered and quoted ones need quotation marks at least once on a page.
*known formulae*
    official 提法 of a curated lexicon (:mod:`.formulae`, ``data/formulae.tsv``: 乡村振兴,
    高质量发展, 两个维护, 三个代表 …, with variants, year of introduction, level and source),
    counted wherever they appear, quoted or not.

Modules: :mod:`.core` (keys, kinds), :mod:`.lexicon` (the marked-slogan lexicon), :mod:`.detect`
and :mod:`.series` (the detector; :mod:`.quotes` reads a text's quotations and :mod:`.quotetest` judges each one
by the guide's tests), :mod:`.numbered` (counting formulae and numeric codes),
:mod:`.singles` (the test for one quoted phrase: rule cues, with :mod:`.singlecues`, and the learned
quoted-phrase model of :mod:`.quotemodel`),
:mod:`.quoteshare` (corpus evidence for quoted phrases), :mod:`.formulae` (the known-formula lexicon and
matcher), :mod:`.printed` (what the tables read: the page's banner lines and the article parts, and where
each mention was printed), :mod:`.page` (one page, counted as the gold counts), :mod:`.sloganset` (the slogans
of a corpus, both layers), :mod:`.tables` (corpus tables and trends),
:mod:`.cooccurrence` (slogans and places) and :mod:`.plot` (the timeline).
"""

from corpus_tools.slogans.cooccurrence import (COOCCURRENCE_COLUMNS, SLOGAN_PAIR_COLUMNS, slogan_cooccurrence,
                                               slogan_entity_cooccurrence)
from corpus_tools.slogans.core import KINDS, LEVELS, SloganMention, slogan_key
from corpus_tools.slogans.detect import find_slogans
from corpus_tools.slogans.lexicon import LEXICON_COLUMNS, load_slogan_lexicon
from corpus_tools.slogans.page import page_slogans
from corpus_tools.slogans.plot import plot_slogan_timeline, plot_slogan_trends, wide_slogan_trends
from corpus_tools.slogans.formulae import FORMULA_COLUMNS, find_formulae, load_formula_lexicon
from corpus_tools.slogans.tables import (LAYERS, MENTION_COLUMNS, SLOGAN_COLUMNS, SOURCE_DESCRIPTIONS, TREND_COLUMNS,
                                         extract_slogans, slogan_mentions, slogan_trends)

__all__ = [
    "KINDS",
    "LEVELS",
    "LAYERS",
    "SOURCE_DESCRIPTIONS",
    "TREND_COLUMNS",
    "FORMULA_COLUMNS",
    "SLOGAN_COLUMNS",
    "MENTION_COLUMNS",
    "LEXICON_COLUMNS",
    "COOCCURRENCE_COLUMNS",
    "SLOGAN_PAIR_COLUMNS",
    "SloganMention",
    "find_slogans",
    "slogan_key",
    "load_slogan_lexicon",
    "load_formula_lexicon",
    "find_formulae",
    "page_slogans",
    "extract_slogans",
    "slogan_mentions",
    "slogan_trends",
    "slogan_entity_cooccurrence",
    "slogan_cooccurrence",
    "plot_slogan_timeline",
    "plot_slogan_trends",
    "wide_slogan_trends",
]
