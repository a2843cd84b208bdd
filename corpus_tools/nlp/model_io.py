"""Where the shipped models live, and the compact pkuseg model format: writer and reader.

This module owns the pipeline version (:data:`PIPELINE_VERSION`, a cache key), the paths
of the shipped models and lexicon (:data:`MODEL_DIR`, :data:`PKUSEG_MODEL_PATH`,
:data:`LEXICON_PATH`), :func:`write_pkuseg_model` (used by ``training/segmenter``) and
:func:`read_pkuseg_model`, which rebuilds the objects spacy_pkuseg decodes with. It knows
nothing about features or decoding."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    from spacy_pkuseg.feature_extractor import FeatureExtractor
    from spacy_pkuseg.model import Model

__all__ = ["PIPELINE_VERSION", "MODEL_DIR", "PKUSEG_MODEL_PATH", "LEXICON_PATH", "PIPELINE_DIR", "pipeline_path",
           "write_pkuseg_model", "read_pkuseg_model"]

#: Bump when a shipped model, the lexicon or the tokenisation rules change; others use it
#: as a cache key (also in ``nlp.meta["version"]``).
PIPELINE_VERSION = "0.3.0"


_PACKAGE_DIR = Path(__file__).resolve().parents[1]
#: Directory of the shipped models.
MODEL_DIR = _PACKAGE_DIR / "models"
PKUSEG_MODEL_PATH = MODEL_DIR / "pkuseg" / "model.npz"
#: The shipped domain lexicon (one word a line, ``#`` comments).
LEXICON_PATH = _PACKAGE_DIR / "data" / "lexicon.txt"
#: The shipped pipeline: tokenizer settings, tok2vec, PKU tagger, place tags.
PIPELINE_DIR = MODEL_DIR / "pipeline"


# --------------------------------------------------------------------------------------
# compact pkuseg model: writer (used by training/segmenter) and reader


def write_pkuseg_model(path: str | os.PathLike, feature_to_idx: dict, unigram: Iterable[str],
                       tag_to_idx: dict, weights: np.ndarray, *, threshold: float = 0.0,
                       dtype: str = "float16") -> dict:
    """Write a pkuseg CRF in our compact format, dropping features whose weights are small.

    A feature is kept when the largest absolute weight over its tags reaches *threshold*
    (feature 0, the bias, is always kept). Words of the unigram list are kept only when a
    kept feature mentions them; dropping the others does not change any decoded output,
    because a word feature that is not in the feature table never fires. A model with the
    word-independent dictionary features (:func:`dictionary_features`) keeps every word.

    Returns
    -------
    dict
        ``n_features`` before and after pruning, ``n_words`` kept, ``bytes`` on disk.
    """
    n_tag = len(tag_to_idx)
    n_feature = len(feature_to_idx)
    node = np.asarray(weights[: n_feature * n_tag]).reshape(n_feature, n_tag)
    edge = np.asarray(weights[n_feature * n_tag:], dtype=np.float64)
    by_idx = [None] * n_feature
    for feat, idx in feature_to_idx.items():
        by_idx[idx] = feat
    keep = np.abs(node).max(axis=1) >= threshold
    keep[0] = True
    kept_idx = np.flatnonzero(keep)
    feats = [by_idx[i] for i in kept_idx]
    words: set[str] = set()
    unigram = set(unigram)
    if any(f.startswith("d.") for f in feats):  # word-independent features: every word counts
        words = set(unigram)
    for f in feats:
        if f.startswith(("w-1.", "w1.")):
            words.add(f.split(".", 1)[1])
        elif f.startswith(("ww.l.", "ww.r.")):
            for w in f[5:].split("*"):
                if w in unigram:
                    words.add(w)
    tags = sorted(tag_to_idx, key=tag_to_idx.get)
    np.savez_compressed(
        path,
        node=node[kept_idx].astype(dtype),
        edge=edge,
        features=np.frombuffer("\n".join(feats).encode("utf-8"), dtype=np.uint8),
        words=np.frombuffer("\n".join(sorted(words)).encode("utf-8"), dtype=np.uint8),
        tags=np.frombuffer("\n".join(tags).encode("utf-8"), dtype=np.uint8),
    )
    return {"n_features_before": n_feature, "n_features": len(feats), "n_words": len(words),
            "bytes": os.path.getsize(path)}


def read_pkuseg_model(path: str | os.PathLike) -> "tuple[FeatureExtractor, Model]":
    """Rebuild the (feature extractor, model) pair spacy_pkuseg decodes with."""
    from spacy_pkuseg.feature_extractor import FeatureExtractor
    from spacy_pkuseg.model import Model

    with np.load(path) as npz:
        node = npz["node"].astype(np.float64)
        edge = npz["edge"].astype(np.float64)
        feats = npz["features"].tobytes().decode("utf-8").split("\n")
        words = npz["words"].tobytes().decode("utf-8").split("\n")
        tags = npz["tags"].tobytes().decode("utf-8").split("\n")
    fe = FeatureExtractor.__new__(FeatureExtractor)
    fe.unigram = set(words)
    fe.bigram = set()  # only used in training
    fe.feature_to_idx = dict(zip(feats, range(len(feats))))
    fe.tag_to_idx = {t: i for i, t in enumerate(tags)}
    model = Model.__new__(Model)
    model.n_tag = len(tags)
    model.n_feature = len(feats)
    model.n_transition_feature = model.n_tag * (model.n_feature + model.n_tag)
    model.w = np.concatenate([node.reshape(-1), edge])
    if model.w.shape[0] != model.n_transition_feature:
        raise ValueError(f"corrupt pkuseg model {str(path)!r}: {model.w.shape[0]} weights, "
                         f"expected {model.n_transition_feature}")
    return fe, model


def pipeline_path() -> Path:
    """The shipped pipeline directory, for ``spacy.load`` (here, below the modules that build on the pipeline,
    so that any layer can load it without importing :mod:`corpus_tools.pipeline`).

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.load(pipeline_path())
    >>> nlp.pipe_names
    ['tok2vec', 'tagger', 'corpus_tools_place_tags']
    """
    if not (PIPELINE_DIR / "config.cfg").is_file():
        raise FileNotFoundError(f"the shipped pipeline is missing from {PIPELINE_DIR}; reinstall corpus_tools")
    return PIPELINE_DIR
