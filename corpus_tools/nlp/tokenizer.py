"""Word tokenization: lexicon reading, segmenter choice, :class:`Tokenizer` and :func:`segment`.

This module owns the ``segmenter`` choice (:data:`SEGMENTERS`: pkuseg, jieba, char),
reading lexicon files (:func:`read_lexicon`), the cached pkuseg decoder built from the
shipped model and lexicon, cutting words out of the original text so offsets hold, and
the public :class:`Tokenizer`, :func:`make_tokenizer` and :func:`segment`. It does not
import spaCy."""

from __future__ import annotations

import functools
import logging
import os
import threading
from collections.abc import Iterable
from pathlib import Path

from corpus_tools._validate import check_choice
from corpus_tools.errors import ArgumentTypeError, check_type
from corpus_tools.nlp.decoder import Decoder
from corpus_tools.nlp.model_io import LEXICON_PATH, PKUSEG_MODEL_PATH, read_pkuseg_model
from corpus_tools.text import normalize_text, to_halfwidth

__all__ = ["SEGMENTERS", "read_lexicon", "Tokenizer", "make_tokenizer", "segment"]

#: Allowed values of the ``segmenter`` parameter.
SEGMENTERS = ("pkuseg", "jieba", "char")

#: What ``user_words`` may be: words, a word-list file (one word a line, ``#`` comments), or None.
UserWords = Iterable[str] | str | os.PathLike | None

_JIEBA_MSG = 'segmenter="jieba" needs the optional jieba package: pip install "corpus_tools[jieba]"'


def read_lexicon(path: str | os.PathLike = LEXICON_PATH) -> list[str]:
    """Words of a lexicon file: one a line, blank lines and ``#`` comments skipped.

    Examples
    --------
    >>> "乡村振兴" in read_lexicon()
    True
    """
    words = []
    with open(path, encoding="utf-8-sig") as fh:
        for line in fh:
            w = line.split("#", 1)[0].strip()
            if w:
                words.append(normalize_text(w.split()[0]))
    return words


def _user_word_list(user_words: UserWords) -> tuple[str, ...]:
    if user_words is None:
        return ()
    if isinstance(user_words, (str, os.PathLike)):
        p = Path(user_words)
        if not p.is_file():
            raise FileNotFoundError(f"user_words: no such file {str(user_words)!r}")
        return tuple(read_lexicon(p))
    if isinstance(user_words, Iterable):
        out = []
        for w in user_words:
            if not isinstance(w, str):
                raise ArgumentTypeError(f"user_words must hold str, got {type(w).__name__}")
            if w.strip():
                out.append(normalize_text(w.strip()))
        return tuple(out)
    raise ArgumentTypeError(f"user_words must be None, a path or an iterable of str, got {type(user_words).__name__}")


_LOCK = threading.RLock()


@functools.lru_cache(maxsize=4)
def _pkuseg_parts(path: str):
    return read_pkuseg_model(path)


def _bare_village_names(words: Iterable[str]) -> set[str]:
    """Village names without their 村 suffix (东郭村 -> 东郭), from lexicon entries.

    Texts often name villages bare (东郭、西郭等村). Forcing such short names would break
    common words, so the segmenter only adds them to its dictionary, where the
    word-independent dictionary features let the model weigh them in context.

    Examples
    --------
    >>> sorted(_bare_village_names(["东郭村", "梁村", "乡村振兴"]))
    ['东郭']
    """
    return {w[:-1] for w in words if len(w) >= 3 and w.endswith("村")}


@functools.lru_cache(maxsize=8)
def _pkuseg_segmenter(words: tuple[str, ...], lexicon: bool):
    fe, model = _pkuseg_parts(str(PKUSEG_MODEL_PATH))
    lex = tuple(read_lexicon()) if lexicon else ()
    return Decoder(fe, model, lex + words, soft_words=_bare_village_names(lex))


def _cut_pkuseg(seg, text: str) -> list[str]:
    """Segment *text* with a pkuseg object; words are slices of *text* (whitespace dropped)."""
    norm = normalize_text(text)
    if len(norm) != len(text):  # NFC changed the length: keep offsets with width folding only
        norm = to_halfwidth(text)
    out = []
    pos = 0
    for w in seg.cut(norm):
        start = norm.index(w, pos)
        out.append(text[start:start + len(w)])
        pos = start + len(w)
    return out


def _cut_char(text: str) -> list[str]:
    return [c for c in text if not c.isspace()]


def _jieba():
    try:
        import jieba
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(_JIEBA_MSG) from exc
    jieba.setLogLevel(logging.WARNING)
    return jieba


def _check_segmenter(segmenter) -> str:
    return check_choice("segmenter", segmenter, SEGMENTERS)


class Tokenizer:
    """A picklable ``str -> list[str]`` word tokenizer, for scikit-learn vectorizers.

    Parameters
    ----------
    segmenter : {"pkuseg", "jieba", "char"}
        Which segmenter to use.
    user_words : iterable of str, path or None
        Extra words forced as whole words (pkuseg only), on top of the shipped lexicon.
    lexicon : bool
        Use the shipped domain lexicon (pkuseg only): its entries are forced as whole
        words, and the bare names of its villages (东郭 of 东郭村) are added to the
        model's dictionary as soft words, which the model joins only where the context
        supports them.
    drop_punct : bool
        Drop tokens with no letter, digit or CJK character.

    Examples
    --------
    >>> from sklearn.feature_extraction.text import CountVectorizer
    >>> vec = CountVectorizer(tokenizer=Tokenizer(segmenter="char"), lowercase=False, token_pattern=None)
    >>> sorted(vec.fit(["乡村振兴"]).vocabulary_)
    ['乡', '兴', '振', '村']
    """

    def __init__(self, *, segmenter: str = "pkuseg", user_words: UserWords = None, lexicon: bool = True,
                 drop_punct: bool = False):
        self.segmenter = _check_segmenter(segmenter)
        self.user_words = _user_word_list(user_words)
        self.lexicon = bool(lexicon)
        self.drop_punct = bool(drop_punct)

    def __call__(self, text: str) -> list[str]:
        """The words of *text* (whitespace dropped), each a slice of *text*."""
        check_type("text", text, str, "a str")
        if self.segmenter == "pkuseg":
            with _LOCK:
                seg = _pkuseg_segmenter(self.user_words, self.lexicon)
            words = _cut_pkuseg(seg, text)
        elif self.segmenter == "jieba":
            words = [w for w in _jieba().cut(text) if w.strip()]
        else:
            words = _cut_char(text)
        if self.drop_punct:
            words = [w for w in words if any(c.isalnum() for c in w)]
        return words

    def __repr__(self) -> str:
        return f"Tokenizer(segmenter={self.segmenter!r}, n_user_words={len(self.user_words)}, lexicon={self.lexicon})"


def make_tokenizer(*, segmenter: str = "pkuseg", user_words: UserWords = None, lexicon: bool = True,
                   drop_punct: bool = False) -> Tokenizer:
    """A picklable :class:`Tokenizer`; the parameters are the class's.

    Examples
    --------
    >>> make_tokenizer(segmenter="char")("乡村振兴")
    ['乡', '村', '振', '兴']
    """
    return Tokenizer(segmenter=segmenter, user_words=user_words, lexicon=lexicon, drop_punct=drop_punct)


def segment(text: str, *, segmenter: str = "pkuseg", user_words: UserWords = None) -> list[str]:
    """Split *text* into words (whitespace dropped).

    Parameters
    ----------
    text : str
        The text.
    segmenter : {"pkuseg", "jieba", "char"}
        Which segmenter to use (see :class:`Tokenizer`).
    user_words : iterable of str, path or None
        Extra words kept whole (pkuseg only), on top of the shipped lexicon.

    Returns
    -------
    list of str
        The words, each a slice of *text*.

    Examples
    --------
    >>> segment("平遥县岳壁乡梁村推进乡村振兴")
    ['平遥县', '岳壁乡', '梁村', '推进', '乡村振兴']
    """
    return Tokenizer(segmenter=segmenter, user_words=user_words)(text)
