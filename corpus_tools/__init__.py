"""corpus_tools: analyse Chinese local newspapers.

Public surface only: every name here is re-exported from the module that owns it, and is
loaded on first use (:pep:`562`), so ``import corpus_tools`` is cheap: it loads no model,
touches no file and imports neither spaCy nor scikit-learn until a name that needs them is
used. ``corpus_tools.<submodule>`` (``ct.parsing``, ``ct.store`` …) is imported on first
access too.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from typing import TYPE_CHECKING, Any

from corpus_tools.version import __version__

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs; at run time see __getattr__
    from corpus_tools.corpus import Article, Corpus, Issue
    from corpus_tools.loaders import load_seeds, read_corpus, load_corpus, seeds_path
    from corpus_tools.errors import CorpusToolsError, CorpusReadError, ManifestError
    from corpus_tools.text import normalize_text, to_halfwidth
    from corpus_tools.nlp import PIPELINE_VERSION, Tokenizer, make_tokenizer, segment
    from corpus_tools.pipeline import load_pipeline, pipeline_path
    from corpus_tools.options import ParseOptions, TermFilter
    from corpus_tools.scoring.segmentation import SegmentationScore, score_segmentation
    from corpus_tools.layout import split_page, repair_text
    from corpus_tools.scoring.articles import score_articles
    from corpus_tools.slogans import (extract_slogans, find_slogans, load_slogan_lexicon,
                                      plot_slogan_timeline, plot_slogan_trends, slogan_mentions, slogan_trends,
                                      slogan_entity_cooccurrence, find_formulae, load_formula_lexicon)
    from corpus_tools.projects import project_investments, parse_amount, find_investments
    from corpus_tools.report import build_report
    from corpus_tools.parsing import parse_corpus, tokens_frame
    from corpus_tools.stopwords import get_stop_words
    from corpus_tools.keywords import keywords, keyness
    from corpus_tools.topics import TopicModel, choose_n_topics, compare_n_topics
    from corpus_tools.trends import keyword_trends, emerging_terms
    from corpus_tools.trend_sizes import trend_sizes
    from corpus_tools.concordance import kwic, collocations, cooccurrence
    from corpus_tools.plot import (cjk_font, plot_trends, plot_keywords, plot_topics_over_time,
                                   plot_dispersion, plot_cooccurrence_network)
    from corpus_tools.entities import extract_entities, entity_counts, find_entities
    from corpus_tools.credits import newsroom_rows, without_newsroom
    from corpus_tools.byline_table import byline_table
    from corpus_tools.jumps import jump_pairs
    from corpus_tools.person_posts import person_posts
    from corpus_tools.dates import issue_labels
    from corpus_tools.entity_display import render_entities
    from corpus_tools.place_mentions import place_mentions, place_table
    from corpus_tools.place_links import with_place_links
    from corpus_tools.place_units import unit_table, unit_names
    from corpus_tools.gazetteer import admin_divisions, link_place
    from corpus_tools.county import infer_county
    from corpus_tools.county_tables import county_table
    from corpus_tools.paper_groups import per_paper, split_by_paper, keyness_by_paper
    from corpus_tools.scoring.entities import evaluate_entities, score_entities

__all__ = [
    "__version__",
    "Article",
    "Corpus",
    "Issue",
    "load_seeds",
    "read_corpus",
    "load_corpus",
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
    "plot_slogan_trends",
    "slogan_mentions",
    "slogan_trends",
    "slogan_entity_cooccurrence",
    "find_formulae",
    "load_formula_lexicon",
    "project_investments",
    "parse_amount",
    "find_investments",
    "build_report",
    "parse_corpus",
    "tokens_frame",
    "get_stop_words",
    "keywords",
    "keyness",
    "TopicModel",
    "compare_n_topics",
    "choose_n_topics",
    "keyword_trends",
    "emerging_terms",
    "trend_sizes",
    "kwic",
    "jump_pairs",
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
    "byline_table",
    "newsroom_rows",
    "without_newsroom",
    "person_posts",
    "issue_labels",
    "render_entities",
    "place_mentions",
    "place_table",
    "with_place_links",
    "unit_table",
    "unit_names",
    "admin_divisions",
    "link_place",
    "infer_county",
    "county_table",
    "per_paper",
    "split_by_paper",
    "keyness_by_paper",
    "evaluate_entities",
    "score_entities",
]

#: The module that owns each public name (the names of :data:`__all__` but ``__version__``).
_OWNERS: dict[str, str] = {name: module for module, names in (
    ("corpus_tools.corpus", ("Article", "Corpus", "Issue")),
    ("corpus_tools.loaders", ("load_seeds", "read_corpus", "load_corpus", "seeds_path")),
    ("corpus_tools.errors", ("CorpusToolsError", "CorpusReadError", "ManifestError")),
    ("corpus_tools.text", ("normalize_text", "to_halfwidth")),
    ("corpus_tools.nlp", ("PIPELINE_VERSION", "Tokenizer", "make_tokenizer", "segment")),
    ("corpus_tools.pipeline", ("load_pipeline", "pipeline_path")),
    ("corpus_tools.options", ("ParseOptions", "TermFilter")),
    ("corpus_tools.scoring.segmentation", ("SegmentationScore", "score_segmentation")),
    ("corpus_tools.layout", ("split_page", "repair_text")),
    ("corpus_tools.scoring.articles", ("score_articles",)),
    ("corpus_tools.slogans", ("extract_slogans", "find_slogans", "load_slogan_lexicon",
                              "plot_slogan_timeline", "plot_slogan_trends", "slogan_mentions", "slogan_trends",
                              "slogan_entity_cooccurrence", "find_formulae", "load_formula_lexicon")),
    ("corpus_tools.projects", ("project_investments", "parse_amount", "find_investments")),
    ("corpus_tools.report", ("build_report",)),
    ("corpus_tools.parsing", ("parse_corpus", "tokens_frame")),
    ("corpus_tools.stopwords", ("get_stop_words",)),
    ("corpus_tools.keywords", ("keywords", "keyness")),
    ("corpus_tools.topics", ("TopicModel", "compare_n_topics", "choose_n_topics")),
    ("corpus_tools.trends", ("keyword_trends", "emerging_terms")),
    ("corpus_tools.trend_sizes", ("trend_sizes",)),
    ("corpus_tools.concordance", ("kwic", "collocations", "cooccurrence")),
    ("corpus_tools.plot", ("cjk_font", "plot_trends", "plot_keywords", "plot_topics_over_time",
                           "plot_dispersion", "plot_cooccurrence_network")),
    ("corpus_tools.entities", ("extract_entities", "entity_counts", "find_entities")),
    ("corpus_tools.credits", ("newsroom_rows", "without_newsroom")),
    ("corpus_tools.byline_table", ("byline_table",)),
    ("corpus_tools.jumps", ("jump_pairs",)),
    ("corpus_tools.person_posts", ("person_posts",)),
    ("corpus_tools.dates", ("issue_labels",)),
    ("corpus_tools.entity_display", ("render_entities",)),
    ("corpus_tools.place_mentions", ("place_mentions", "place_table")),
    ("corpus_tools.place_links", ("with_place_links",)),
    ("corpus_tools.place_units", ("unit_table", "unit_names")),
    ("corpus_tools.gazetteer", ("admin_divisions", "link_place")),
    ("corpus_tools.county", ("infer_county",)),
    ("corpus_tools.county_tables", ("county_table",)),
    ("corpus_tools.paper_groups", ("per_paper", "split_by_paper", "keyness_by_paper")),
    ("corpus_tools.scoring.entities", ("evaluate_entities", "score_entities")),
) for name in names}


def __getattr__(name: str) -> Any:
    """A public name, imported from its module on first use (then kept in the package namespace);
    or a submodule, imported on first access (``corpus_tools.parsing``)."""
    module = _OWNERS.get(name)
    if module is not None:
        value = getattr(importlib.import_module(module), name)
    elif not name.startswith("__") and importlib.util.find_spec(f"{__name__}.{name}") is not None:
        value = importlib.import_module(f"{__name__}.{name}")
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """This package's module type. Importing a submodule records it as an attribute of the
    package; where a public name is also a submodule's name (``keywords``), the public name
    must win whichever is imported first, so that record is not kept (the submodule stays in
    ``sys.modules`` and ``from corpus_tools.keywords import ...`` works as ever)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _OWNERS and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
