"""corpus_tools: analyse Chinese local newspapers.

Public surface only: every name here is re-exported from the module that owns it.
Importing the package loads no model and touches no file.
"""

from __future__ import annotations

from corpus_tools.corpus import Article, Corpus, Issue, load_seeds, read_corpus, seeds_path
from corpus_tools.errors import CorpusReadError, CorpusToolsError, ManifestError
from corpus_tools.text import normalize_text, to_halfwidth
from corpus_tools.nlp import PIPELINE_VERSION, Tokenizer, make_tokenizer, segment
from corpus_tools.pipeline import load_pipeline, pipeline_path
from corpus_tools.options import ParseOptions, TermFilter
from corpus_tools.scoring.segmentation import SegmentationScore, score_segmentation
from corpus_tools.layout import repair_text, split_page
from corpus_tools.scoring.articles import score_articles
from corpus_tools.concordance import collocations, cooccurrence, kwic
from corpus_tools.keywords import keyness, keywords
from corpus_tools.parsing import parse_corpus, tokens_frame
from corpus_tools.plot import (cjk_font, plot_cooccurrence_network, plot_dispersion, plot_keywords,
                               plot_topics_over_time, plot_trends)
from corpus_tools.stopwords import get_stop_words
from corpus_tools.topics import TopicModel, compare_n_topics
from corpus_tools.trends import emerging_terms, keyword_trends
from corpus_tools.report import build_report
from corpus_tools.entities import entity_counts, extract_entities, find_entities, render_entities
from corpus_tools.gazetteer import admin_divisions, link_place
from corpus_tools.county import infer_county
from corpus_tools.county_tables import county_table
from corpus_tools.scoring.entities import evaluate_entities, score_entities
from corpus_tools.slogans import (extract_slogans, find_slogans, load_slogan_lexicon,
                                 plot_slogan_timeline, slogan_entity_cooccurrence, slogan_mentions,
                                 slogan_trends)
from corpus_tools.slogans import find_formulae, load_formula_lexicon
from corpus_tools.projects import parse_amount, project_investments

from corpus_tools.version import __version__

__all__ = [
    "__version__",
    "Article",
    "Corpus",
    "Issue",
    "load_seeds",
    "read_corpus",
    "seeds_path",
    "CorpusToolsError",
    "CorpusReadError",
    "ManifestError",
    "normalize_text",
    "to_halfwidth",
    "PIPELINE_VERSION",
    "Tokenizer",
    "load_pipeline",
    "pipeline_path",
    "ParseOptions",
    "TermFilter",
    "make_tokenizer",
    "segment",
    "SegmentationScore",
    "score_segmentation",
    "split_page",
    "repair_text",
    "score_articles",
    "extract_slogans",
    "find_slogans",
    "load_slogan_lexicon",
    "plot_slogan_timeline",
    "slogan_mentions",
    "slogan_trends",
    "slogan_entity_cooccurrence",
    "find_formulae",
    "load_formula_lexicon",
    "project_investments",
    "parse_amount",
    "build_report",
    "parse_corpus",
    "tokens_frame",
    "get_stop_words",
    "keywords",
    "keyness",
    "TopicModel",
    "compare_n_topics",
    "keyword_trends",
    "emerging_terms",
    "kwic",
    "collocations",
    "cooccurrence",
    "cjk_font",
    "plot_trends",
    "plot_keywords",
    "plot_topics_over_time",
    "plot_dispersion",
    "plot_cooccurrence_network",
    "extract_entities",
    "entity_counts",
    "find_entities",
    "render_entities",
    "admin_divisions",
    "link_place",
    "infer_county",
    "county_table",
    "evaluate_entities",
    "score_entities",
]
