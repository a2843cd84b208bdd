"""Run the spaCy pipeline over a corpus once, cache the result, and expose the token table.

This package owns everything between a :class:`~corpus_tools.corpus.Corpus` and its parse:
:mod:`~corpus_tools.parsing.cache` (the parse cache on disk: shards, pipeline fingerprints,
:func:`clear_cache`), :mod:`~corpus_tools.parsing.stream` (streaming articles through
``nlp.pipe``, in parallel and in sentence-aligned pieces for long articles: :func:`iter_parse`,
:func:`parse_corpus`) and :mod:`~corpus_tools.parsing.frames` (the token table built from the
stream: :func:`tokens_frame`, :func:`term_frame`). The names below are re-exported here.
"""

from corpus_tools.parsing.cache import clear_cache, default_cache_dir, pipeline_fingerprint
from corpus_tools.parsing.frames import TOKEN_COLUMNS, empty_tokens_frame, iter_token_chunks, term_frame, tokens_frame
from corpus_tools.parsing.stream import MAX_PARSE_CHARS, iter_parse, parse_corpus, resolve_nlp

__all__ = [
    "TOKEN_COLUMNS",
    "MAX_PARSE_CHARS",
    "empty_tokens_frame",
    "iter_parse",
    "iter_token_chunks",
    "parse_corpus",
    "tokens_frame",
    "term_frame",
    "default_cache_dir",
    "clear_cache",
    "pipeline_fingerprint",
    "resolve_nlp",
]
