"""Word segmentation: the shipped pkuseg model, its features and decoder, and :class:`Tokenizer`.

The segmenter is a spacy-pkuseg CRF trained on the People's Daily 1998 corpus and shipped
inside the package in a compact form (``corpus_tools/models/pkuseg/model.npz``). Nothing is
downloaded. Text is normalised with :func:`corpus_tools.text.normalize_text` before
segmenting (the same normalisation the model was trained with) and words are cut from the
original string, so token offsets refer to the text you passed. This module does not
import spaCy: the spaCy pipeline built on :class:`Tokenizer` (registered tokenizer, PKU
tagger, :func:`~corpus_tools.pipeline.load_pipeline`) lives in :mod:`corpus_tools.pipeline`;
the training scripts share the feature code here.

The package re-exports the public names of its modules: :mod:`~corpus_tools.nlp.model_io`
(version, paths, the compact model format), :mod:`~corpus_tools.nlp.features` (feature
templates), :mod:`~corpus_tools.nlp.decoder` (CRF decoding), :mod:`~corpus_tools.nlp.tokenizer`
(:class:`Tokenizer`, :func:`segment`) and :mod:`~corpus_tools.nlp.blas` (:func:`fast_matmul`)."""

from __future__ import annotations

from corpus_tools.nlp.blas import fast_matmul
from corpus_tools.nlp.decoder import Decoder
from corpus_tools.nlp.features import char_class, dictionary_features, extra_char_features, fix_symbols
from corpus_tools.nlp.model_io import (
    LEXICON_PATH, MODEL_DIR, PIPELINE_DIR, PIPELINE_VERSION, PKUSEG_MODEL_PATH, pipeline_path, read_pkuseg_model,
    write_pkuseg_model,
)
from corpus_tools.nlp.tokenizer import SEGMENTERS, Tokenizer, make_tokenizer, read_lexicon, segment

__all__ = [
    "PIPELINE_VERSION",
    "SEGMENTERS",
    "MODEL_DIR",
    "PIPELINE_DIR",
    "pipeline_path",
    "LEXICON_PATH",
    "segment",
    "Tokenizer",
    "make_tokenizer",
    "read_lexicon",
    "fast_matmul",
    "PKUSEG_MODEL_PATH",
    "write_pkuseg_model",
    "read_pkuseg_model",
    "Decoder",
    "char_class",
    "extra_char_features",
    "dictionary_features",
    "fix_symbols",
]
