"""Sentence continuity: a small character trigram model of modern Chinese news text.

Column-flow repair (:mod:`~corpus_tools.layout.flow`) must tell whether a paragraph fragment
reads on from another paragraph's last words (``…持续推进办学模式改`` + ``革,不断促进…``) or
opens a paragraph of its own. :class:`CharLM` answers with the log-likelihood of the
fragment's first characters after each left context; :func:`continuity` is the difference
between "after these words" and "at the start of a paragraph".

The shipped model (``corpus_tools/models/continuity/char_trigram.npz``, 1.8 MB) is an
interpolated absolute-discounting character trigram model trained by
``training/layout/continuity_lm.py`` on People's Daily 2019–2020 articles that the layout
benchmark's page composer never uses (model card: ``docs/model_card_continuity.md``).
Characters are normalised first (:func:`normalize_chars`): digits become ``0``, Latin
letters ``A``, ASCII punctuation its full-width form, white space is dropped.
"""

from __future__ import annotations

import functools
import math
from importlib import resources
from pathlib import Path

import numpy as np

#: Code of the paragraph-start symbol (twice before every paragraph in training).
BOS = 1
#: Code of the paragraph-end symbol.
EOS = 2
#: Code of characters outside the model's vocabulary.
UNK = 3
#: Vocabulary ids take this many bits in an n-gram key.
ID_BITS = 13

_PUNCT = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？",
                        "\u3000": None, " ": None, "\t": None, "\n": None, "\r": None, "\xa0": None})


#: :data:`_PUNCT` and the digit and letter classes in one table (no key of one is a value of the other).
_NORMAL = str.maketrans({**{chr(o): "0" for o in [*range(0x30, 0x3A), *range(0xFF10, 0xFF1A)]},
                         **{chr(o): "A" for o in [*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xFF21, 0xFF3B),
                                                  *range(0xFF41, 0xFF5B)]},
                         **_PUNCT})


def normalize_chars(text: str) -> str:
    """The text as the model reads it: :data:`_PUNCT` applied, digits (ASCII and full-width) as
    ``0``, Latin letters (ASCII and full-width) as ``A``.

    Examples
    --------
    >>> normalize_chars("2023 年，ＡＢ公司(平遥)")
    '0000年，AA公司（平遥）'
    """
    return text.translate(_NORMAL)


class CharLM:
    """Character trigram model with interpolated absolute discounting.

    Parameters
    ----------
    path : str or Path, optional
        An ``.npz`` written by ``training/layout/continuity_lm.py``; default the shipped model.

    Attributes
    ----------
    vocab_ : dict
        Character -> id (ids below 4 are the special symbols).
    discount_ : float
        The absolute discount ``D``.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = path

    def fit(self) -> CharLM:
        """Load the model's counts; returns self."""
        path = Path(self.path) if self.path is not None else _shipped()
        if not path.is_file():
            raise FileNotFoundError(f"continuity model {path} not found; train it with "
                                    "training/layout/continuity_lm.py")
        with np.load(path) as z:
            chars = str(z["chars"])
            self.uni_ = z["uni"].astype(np.int64)
            self.uni_follow_ = z["uni_follow"].astype(np.int64)
            self.bi_keys_ = np.cumsum(z["bi_keys_delta"].astype(np.int64))
            self.bi_counts_ = z["bi_counts"].astype(np.int64)
            self.bi_follow_ = z["bi_follow"].astype(np.int64)
            self.tri_keys_ = np.cumsum(z["tri_keys_delta"].astype(np.int64))
            self.tri_counts_ = z["tri_counts"].astype(np.int64)
            self.discount_ = float(z["discount"])
        self.vocab_ = {c: i + 4 for i, c in enumerate(chars)}
        self.total_ = int(self.uni_.sum())
        self.n_vocab_ = len(self.uni_)
        return self

    # -- probabilities -----------------------------------------------------------------

    def ids(self, text: str) -> list[int]:
        """Vocabulary ids of the normalised text."""
        return [self.vocab_.get(ch, UNK) for ch in normalize_chars(text)]

    def _find(self, keys: np.ndarray, counts: np.ndarray, key: int) -> int:
        j = int(np.searchsorted(keys, key))
        return int(counts[j]) if j < len(keys) and keys[j] == key else 0

    def _p_uni(self, c: int) -> float:
        return (self.uni_[c] + 1.0) / (self.total_ + self.n_vocab_)

    def _p_bi(self, b: int, c: int) -> float:
        p1 = self._p_uni(c)
        cb = self.uni_[b]
        if cb == 0:
            return p1
        n = self._find(self.bi_keys_, self.bi_counts_, (b << ID_BITS) | c)
        d = self.discount_
        return max(n - d, 0.0) / cb + d * self.uni_follow_[b] / cb * p1

    def _p_tri(self, a: int, b: int, c: int) -> float:
        p2 = self._p_bi(b, c)
        key = (a << ID_BITS) | b
        j = int(np.searchsorted(self.bi_keys_, key))
        if j >= len(self.bi_keys_) or self.bi_keys_[j] != key:
            return p2
        cab, follow = int(self.bi_counts_[j]), int(self.bi_follow_[j])
        n = self._find(self.tri_keys_, self.tri_counts_, (((a << ID_BITS) | b) << ID_BITS) | c)
        d = self.discount_
        return max(n - d, 0.0) / cab + d * follow / cab * p2

    def pair_counts(self, pairs: list[str]) -> np.ndarray:
        """Training counts of two-character strings (0 for unseen or out-of-vocabulary ones).

        Examples
        --------
        >>> lm = CharLM().fit()
        >>> c = lm.pair_counts(["发展", "遥襄"])
        >>> bool(c[0] > 1000 and c[1] == 0)
        True
        """
        keys = []
        get = self.vocab_.get
        for p in pairs:  # normalize_chars(p)[:2], padded with NUL, without a call per pair
            q = p.translate(_NORMAL)[:2].ljust(2, "\x00")
            a, b = get(q[0], UNK), get(q[1], UNK)
            keys.append((a << ID_BITS) | b if a != UNK and b != UNK else -1)
        k = np.asarray(keys, dtype=np.int64)
        j = np.minimum(np.searchsorted(self.bi_keys_, k), len(self.bi_keys_) - 1)
        return np.where((k >= 0) & (self.bi_keys_[j] == k), self.bi_counts_[j], 0)

    def logprob(self, text: str, *, context: str | None = None) -> float:
        """Natural log-likelihood of ``text`` after ``context`` (None: at a paragraph start).

        Examples
        --------
        >>> lm = CharLM().fit()
        >>> lm.logprob("革，不断", context="办学模式改") > lm.logprob("革，不断")
        True
        """
        left = [BOS, BOS] if context is None else ([BOS, BOS] + self.ids(context))[-2:]
        seq = left + self.ids(text)
        return sum(math.log(self._p_tri(seq[i - 2], seq[i - 1], seq[i])) for i in range(2, len(seq)))


def _shipped() -> Path:
    return Path(str(resources.files("corpus_tools").joinpath("models", "continuity", "char_trigram.npz")))


@functools.lru_cache(maxsize=1)
def default_lm() -> CharLM:
    """The shipped model, loaded once."""
    return CharLM().fit()


#: :func:`reads_on` needs this log-likelihood ratio (nats): a join clearly better than a paragraph start.
READS_ON = 2.0


def reads_on(left: str, right: str) -> bool:
    """True if ``right`` clearly continues ``left``'s cut sentence (:func:`continuity` above :data:`READS_ON`).

    Used where a body cut mid-sentence is followed, after other printed blocks (a headline,
    a caption), by a paragraph that may be its continuation or another article's opening.

    Examples
    --------
    >>> reads_on("持续推进办学模式改", "革，不断促进"), reads_on("疑似病例人", "今年是大庆油田")
    (True, False)
    """
    return continuity(left, right) > READS_ON


@functools.lru_cache(maxsize=4096)  # the same joins are scored for every candidate move or break of a page
def join_gain(lm: CharLM, left: str, right: str, where: str | None = None, n: int = 4) -> float:
    """How much better ``right`` reads on from ``left`` than where it is printed (nats).

    The log-likelihood ratio of the first ``n`` characters of ``right`` after ``left``'s last
    words against after ``where`` (the text printed before ``right``; None or empty: a paragraph
    start). ``改`` + ``革，不断`` scores high, ``…底线。`` + ``加快建设`` near 0. Cached: column-flow
    repair (:mod:`~corpus_tools.layout.flow`, :mod:`~corpus_tools.layout.flowsplit`) scores the
    same joins for many candidates of one page.
    """
    head = right.strip()[:n]
    if not head:
        return 0.0
    return lm.logprob(head, context=left.strip()) - lm.logprob(head, context=where.strip() if where else None)


def continuity(left: str, right: str, *, n: int = 4, lm: CharLM | None = None) -> float:
    """How much better ``right`` reads on from ``left`` than at the start of a paragraph.

    The log-likelihood ratio (nats) of the first ``n`` characters of ``right`` after the
    last words of ``left`` against after a paragraph start. Positive: ``right`` continues
    ``left``'s sentence; negative: it opens a paragraph (or ``left`` is a finished sentence).

    Examples
    --------
    >>> continuity("持续推进办学模式改", "革，不断促进优质资源共建共享") > 2
    True
    >>> continuity("持续推进办学模式改", "要全力攻克蓝天碧水。") < 0
    True
    """
    for name, value in (("left", left), ("right", right)):
        if not isinstance(value, str):
            raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    return join_gain(lm or default_lm(), left, right, None, n)
