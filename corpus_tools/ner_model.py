"""The character NER model: where it lives and how it is loaded.

The shipped model sits in ``corpus_tools/models/ner`` (``docs/model_card_ner.md``); the environment
variable ``CORPUS_TOOLS_NER_MODEL`` may name another spaCy model folder, so that a candidate model can
be scored in the full pipeline before it replaces the shipped weights (``training/ner/with_model.py``).
"""

from __future__ import annotations

import logging
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

#: environment variable naming another NER model folder to use instead of the shipped one
#: (for scoring a candidate model in the full pipeline: ``training/ner/with_model.py``)
NER_MODEL_ENV = "CORPUS_TOOLS_NER_MODEL"


def ner_model_dir() -> Path:
    """The folder of the NER model :func:`load_ner_model` reads.

    The shipped model, unless the environment variable ``CORPUS_TOOLS_NER_MODEL`` names another
    spaCy model folder (read when the model is first loaded, so set it before the first call).

    Raises
    ------
    ValueError
        When ``CORPUS_TOOLS_NER_MODEL`` is set to a folder without a ``config.cfg``.

    Examples
    --------
    >>> ner_model_dir().name
    'ner'
    """
    other = os.environ.get(NER_MODEL_ENV)
    if other:
        path = Path(other)
        if not (path / "config.cfg").is_file():
            raise ValueError(f"{NER_MODEL_ENV}={other!r}: no config.cfg there; "
                             "it must name a spaCy model folder (or be unset for the shipped model)")
        return path
    return Path(str(resources.files("corpus_tools").joinpath("models", "ner")))


@lru_cache(maxsize=1)
def load_ner_model() -> "Language | None":
    """The shipped character-level NER pipeline, or ``None`` (with a warning) when absent."""
    path = ner_model_dir()
    if not (path / "config.cfg").exists():
        log.warning("no NER model at %s; only rule-based entities are found. "
                    "Train one with training/ner/train_ner.py", path)
        return None
    import spacy

    return spacy.load(path)


@lru_cache(maxsize=1)
def inference_model() -> "Language | None":
    """A copy of :func:`load_ner_model` for corpus_tools' own inference (``entities``), never handed out.

    Its tok2vec runs as :class:`corpus_tools.nlp.tok2vec.HashCNN` (the same vectors as
    thinc's, computed faster), which makes it unfit for training or saving.
    """
    if load_ner_model() is None:
        return None
    import spacy

    from corpus_tools.nlp.tok2vec import use_hash_cnn

    nlp = spacy.load(ner_model_dir())
    use_hash_cnn(nlp, project=True)
    return nlp
