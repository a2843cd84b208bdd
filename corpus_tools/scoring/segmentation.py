"""Word-segmentation scoring with the rule of the SIGHAN bakeoffs.

A predicted word counts as correct when a gold word covers exactly the same character
span of the same sentence (both boundaries agree). Precision, recall and F1 follow from
the counts; OOV recall is the recall over gold words that are not in the training word
list, IV recall over the others. This is what the bakeoff's ``score`` script computes
with its line-by-line alignment, as long as gold and prediction spell the same text.

Whitespace is never part of a word. Predicted text is compared after deleting
whitespace; a sentence whose characters differ from the gold sentence raises.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

__all__ = ["SegmentationScore", "score_segmentation", "read_segmented", "word_spans"]

Sentences = Sequence[Sequence[str]]


@dataclass(frozen=True)
class SegmentationScore:
    """Counts and rates of one segmentation run against gold.

    Attributes
    ----------
    precision, recall, f1 : float
        Word-level rates in [0, 1].
    oov_recall, iv_recall : float or None
        Recall over gold words outside / inside the training word list
        (None when no word list was given or no such gold word exists).
    oov_rate : float or None
        Share of gold words that are out of vocabulary.
    n_gold, n_pred, n_correct : int
        Word counts. ``n_oov`` / ``n_oov_correct`` count OOV gold words.
    n_sentences : int
        Sentences compared.
    """

    precision: float
    recall: float
    f1: float
    oov_recall: float | None
    iv_recall: float | None
    oov_rate: float | None
    n_gold: int
    n_pred: int
    n_correct: int
    n_oov: int
    n_oov_correct: int
    n_sentences: int

    def as_dict(self) -> dict:
        """The score as a plain dict (for JSON, DataFrames and logs)."""
        return asdict(self)


def word_spans(words: Iterable[str]) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of *words* in their concatenation, whitespace removed.

    Examples
    --------
    >>> word_spans(["平遥县", "乡村", "振兴"])
    [(0, 3), (3, 5), (5, 7)]
    """
    spans = []
    pos = 0
    for word in words:
        w = "".join(word.split())
        if not w:
            continue
        spans.append((pos, pos + len(w)))
        pos += len(w)
    return spans


def read_segmented(path: str | os.PathLike) -> list[list[str]]:
    """Read a SIGHAN segmented file: one sentence a line, words separated by whitespace.

    Blank lines are kept as empty sentences so that line numbers match the raw test file.
    """
    with open(path, encoding="utf-8-sig") as fh:
        return [line.split() for line in fh.read().splitlines()]


def _read_words(training_words: Iterable[str] | str | os.PathLike) -> set[str]:
    if isinstance(training_words, (str, os.PathLike)):
        with open(training_words, encoding="utf-8-sig") as fh:
            return {line.strip() for line in fh if line.strip()}
    return {w.strip() for w in training_words if w and w.strip()}


def _as_sentences(data, name: str) -> list[list[str]]:
    if isinstance(data, (str, os.PathLike)):
        if not Path(data).is_file():
            raise FileNotFoundError(f"{name}: no such file {str(data)!r}")
        return read_segmented(data)
    out = []
    for i, sent in enumerate(data):
        if isinstance(sent, str):
            out.append(sent.split())
        elif isinstance(sent, Iterable):
            out.append([w for w in sent])
        else:
            raise TypeError(f"{name}[{i}] must be a str or a list of words, got {type(sent).__name__}")
    return out


def score_segmentation(
    gold: str | os.PathLike | Iterable[Sequence[str] | str],
    pred: str | os.PathLike | Iterable[Sequence[str] | str] | None = None,
    *,
    training_words: Iterable[str] | str | os.PathLike | None = None,
    segmenter: str | Callable[[str], list[str]] = "pkuseg",
) -> SegmentationScore:
    """Score a segmentation against gold with the SIGHAN bakeoff rule.

    Parameters
    ----------
    gold : path or iterable
        A SIGHAN gold file (words separated by spaces, one sentence a line), or sentences
        given as lists of words or as space-separated strings.
    pred : path, iterable or None
        The prediction in the same form. ``None`` segments the gold sentences' text
        with *segmenter*.
    training_words : path or iterable of str, optional
        The training word list that defines OOV (e.g. ``pku_training_words.utf8``).
    segmenter : str or callable
        Used when *pred* is None: a name accepted by :func:`corpus_tools.segment`
        or a function ``str -> list[str]``.

    Returns
    -------
    SegmentationScore

    Examples
    --------
    >>> s = score_segmentation(["平遥县  推进  乡村振兴"], ["平遥县  推进  乡村  振兴"],
    ...                        training_words=["平遥县", "推进", "乡村", "振兴"])
    >>> round(s.precision, 2), round(s.recall, 2), s.oov_recall
    (0.5, 0.67, 0.0)
    """
    gold_s = _as_sentences(gold, "gold")
    if pred is None:
        if callable(segmenter):
            seg = segmenter
        elif isinstance(segmenter, str):
            from corpus_tools.nlp import segment

            def seg(text: str, _name: str = segmenter) -> list[str]:
                return segment(text, segmenter=_name)
        else:
            raise TypeError(f"segmenter must be a str or a callable, got {type(segmenter).__name__}")
        pred_s = [seg("".join(s)) if s else [] for s in gold_s]
    else:
        pred_s = _as_sentences(pred, "pred")
    if len(pred_s) != len(gold_s):
        raise ValueError(f"pred has {len(pred_s)} sentences but gold has {len(gold_s)}; they must align line by line")
    vocab = _read_words(training_words) if training_words is not None else None

    n_gold = n_pred = n_correct = n_oov = n_oov_correct = 0
    for i, (g, p) in enumerate(zip(gold_s, pred_s)):
        g_text = "".join("".join(w.split()) for w in g)
        p_text = "".join("".join(w.split()) for w in p)
        if g_text != p_text:
            raise ValueError(f"sentence {i + 1}: predicted text differs from gold text "
                             f"({p_text[:30]!r} vs {g_text[:30]!r})")
        g_words = [w for w in ("".join(x.split()) for x in g) if w]
        g_spans = word_spans(g_words)
        p_spans = set(word_spans(p))
        n_gold += len(g_spans)
        n_pred += len(p_spans)
        for word, span in zip(g_words, g_spans):
            hit = span in p_spans
            n_correct += hit
            if vocab is not None and word not in vocab:
                n_oov += 1
                n_oov_correct += hit

    precision = n_correct / n_pred if n_pred else 0.0
    recall = n_correct / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    if vocab is None:
        oov_recall = iv_recall = oov_rate = None
    else:
        oov_recall = n_oov_correct / n_oov if n_oov else None
        n_iv = n_gold - n_oov
        iv_recall = (n_correct - n_oov_correct) / n_iv if n_iv else None
        oov_rate = n_oov / n_gold if n_gold else None
    return SegmentationScore(precision, recall, f1, oov_recall, iv_recall, oov_rate,
                             n_gold, n_pred, n_correct, n_oov, n_oov_correct, len(gold_s))
