"""Character-level statistical NER: the document form shared by training and run time.

The shipped model (``corpus_tools/models/ner``) is a spaCy pipeline with one ``ner`` pipe
that reads *character* tokens. Each token's ``NORM`` is the forward character bigram, so
the CNN sees unigrams and bigrams without a word segmenter. Entities found on the character
doc are mapped back to character offsets of the original text, so they can be placed on any
tokenisation (``Doc.char_span(..., alignment_mode="expand")``).

Working on characters keeps the model independent of segmentation errors (a name the
segmenter glues to the next word is still found) and lets us train and test directly on
the character-annotated MSRA and People's Daily NER corpora.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus_tools.text import normalize_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

__all__ = ["char_doc", "char_entities"]

_END = "</s>"


def char_doc(vocab: "Vocab", text: str) -> tuple["Doc", list[int]]:
    """Build a character-token Doc of *text* without whitespace.

    Returns the Doc and, for each token, its offset in *text*.
    """
    from spacy.tokens import Doc

    norm = normalize_text(text)
    offsets = [i for i, ch in enumerate(norm) if not ch.isspace()]
    chars = [norm[i] for i in offsets]
    norms = [c + (chars[k + 1] if k + 1 < len(chars) else _END) for k, c in enumerate(chars)]
    doc = Doc(vocab, words=chars, spaces=[False] * len(chars))
    for tok, nm in zip(doc, norms):
        tok.norm_ = nm
    return doc, offsets


def char_entities(nlp, texts: list[str], *, batch_size: int = 64) -> list[list[tuple[int, int, str]]]:
    """Run a character NER pipeline over *texts*; return ``(start, end, label)`` per text.

    Offsets refer to the original strings (whitespace inside a span is included).
    """
    built = [char_doc(nlp.vocab, t) for t in texts]
    ner = nlp.get_pipe("ner")
    out: list[list[tuple[int, int, str]]] = []
    docs = ner.pipe((d for d, _ in built), batch_size=batch_size)
    for doc, (_, offsets) in zip(docs, built):
        ents = []
        for ent in doc.ents:
            ents.append((offsets[ent.start], offsets[ent.end - 1] + 1, ent.label_))
        out.append(ents)
    return out
