"""corpus_tools: analyse Chinese local newspapers.

Public surface only: every name here is re-exported from the module that owns it.
Importing the package loads no model and touches no file.
"""

from __future__ import annotations

from corpus_tools.corpus import Article, Corpus, Issue, load_seeds, read_corpus, seeds_path
from corpus_tools.errors import CorpusReadError, CorpusToolsError, ManifestError
from corpus_tools.text import normalize_text, to_halfwidth
from corpus_tools.nlp import PIPELINE_VERSION, Tokenizer, load_pipeline, make_tokenizer, segment
from corpus_tools.scoring.segmentation import SegmentationScore, score_segmentation
from corpus_tools.slogans import (extract_slogans, find_slogans, load_slogan_lexicon,
                                 plot_slogan_timeline, slogan_mentions, slogan_trends)

__version__ = "0.1.0"

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
    "make_tokenizer",
    "segment",
    "SegmentationScore",
    "score_segmentation",
    "extract_slogans",
    "find_slogans",
    "load_slogan_lexicon",
    "plot_slogan_timeline",
    "slogan_mentions",
    "slogan_trends",
]
