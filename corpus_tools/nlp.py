"""Word segmentation: the shipped pkuseg model, its features and decoder, and :class:`Tokenizer`.

The segmenter is a spacy-pkuseg CRF trained on the People's Daily 1998 corpus and shipped
inside the package in a compact form (``corpus_tools/models/pkuseg/model.npz``). Nothing is
downloaded. Text is normalised with :func:`corpus_tools.text.normalize_text` before
segmenting (the same normalisation the model was trained with) and words are cut from the
original string, so token offsets refer to the text you passed. This module does not
import spaCy: the spaCy pipeline built on :class:`Tokenizer` (registered tokenizer, PKU
tagger, :func:`~corpus_tools.pipeline.load_pipeline`) lives in :mod:`corpus_tools.pipeline`;
the training scripts share the feature code here."""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from corpus_tools._validate import check_choice
from corpus_tools.segment_fast import CompiledTables, compiled_available
from corpus_tools.text import normalize_text, to_halfwidth

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

__all__ = [
    "PIPELINE_VERSION",
    "SEGMENTERS",
    "MODEL_DIR",
    "LEXICON_PATH",
    "segment",
    "Tokenizer",
    "make_tokenizer",
    "read_lexicon",
    "fast_matmul",
]

logger = logging.getLogger(__name__)

#: Bump when a shipped model, the lexicon or the tokenisation rules change; others use it
#: as a cache key (also in ``nlp.meta["version"]``).
PIPELINE_VERSION = "0.3.0"

#: Allowed values of the ``segmenter`` parameter.
SEGMENTERS = ("pkuseg", "jieba", "char")

_PACKAGE_DIR = Path(__file__).resolve().parent
#: Directory of the shipped models.
MODEL_DIR = _PACKAGE_DIR / "models"
PKUSEG_MODEL_PATH = MODEL_DIR / "pkuseg" / "model.npz"
#: The shipped domain lexicon (one word a line, ``#`` comments).
LEXICON_PATH = _PACKAGE_DIR / "data" / "lexicon.txt"

_JIEBA_MSG = 'segmenter="jieba" needs the optional jieba package: pip install "corpus_tools[jieba]"'


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


def _read_pkuseg_model(path: str | os.PathLike):
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


_NUMBER_RE = re.compile(r"^[0-9][0-9.]*$")


def _fix_symbols(words: list[str]) -> list[str]:
    """Apply the PKU conventions for signs and units the CRF gets wrong (normalised text).

    ``℃`` is a word of its own; a minus sign before a digit that does not follow a digit or
    letter starts the (negative) number's word (``晴-10`` -> ``晴 -10``, ``- 4`` -> ``-4``);
    a word does not start with ``/`` (``/4`` -> ``/ 4``; ``元/平方米`` and ``3/4`` stay).

    Examples
    --------
    >>> _fix_symbols(["晴-10", "℃/4", "℃"])
    ['晴', '-10', '℃', '/', '4', '℃']
    """
    out: list[str] = []
    for w in words:
        pieces = [p for p in _SYMBOL_SPLIT_RE.split(w) if p]
        for p in pieces:
            if len(p) > 1 and p[0] == "/":
                out.extend(("/", p[1:]))
            else:
                out.append(p)
    fixed: list[str] = []
    for w in out:
        if (fixed and fixed[-1] == "-" and _NUMBER_RE.match(w)
                and not (len(fixed) > 1 and fixed[-2][-1:].isalnum() and fixed[-2][-1:].isascii())):
            fixed[-1] = "-" + w
        else:
            fixed.append(w)
    return fixed


# split before a minus sign that starts a number after a non-alphanumeric character, and
# around the degree sign
_SYMBOL_SPLIT_RE = re.compile(r"(?<=[^0-9A-Za-z-])(?=-[0-9])|(℃)")


_NUMERAL_NODES = frozenset("〇○零一百两")  # Chinese numerals pkuseg does not rename to **Num


def _char_class(node: str) -> str:
    """Class of a pkuseg input node: N(umber), L(etter), P(unctuation/symbol) or C(haracter).

    Examples
    --------
    >>> [_char_class(c) for c in ["**Num", "一", "a", "&", "，", "县"]]
    ['N', 'N', 'L', 'P', 'P', 'C']
    """
    if node == "**Num" or node in _NUMERAL_NODES:
        return "N"
    if node == "**Letter" or (node.isascii() and node.isalpha()):
        return "L"
    if node == "&" or unicodedata.category(node[0])[0] in "PSZ":
        return "P"
    return "C"


def extra_char_features(idx: int, nodes: list[str]) -> list[str]:
    """Character features our training script adds to pkuseg's own (``--templates extra``).

    The right-hand character bigram (``c1c2.``, pkuseg has only the left one), the bigram of
    the two neighbours (``c-1c1.``) and the character classes of windows of 3 and 5
    (``t3.``, ``t5.``, padded with ``^`` and ``$``). :class:`_Decoder` computes the same
    features vectorised; a model trained without them has none in its table.

    Examples
    --------
    >>> extra_char_features(1, ["平", "遥", "县"])
    ['c-1c1.平.县', 't3.CCC', 't5.^CCC$']
    """
    n = len(nodes)
    out = []
    if idx < n - 2:
        out.append("c1c2." + nodes[idx + 1] + "." + nodes[idx + 2])
    if 0 < idx < n - 1:
        out.append("c-1c1." + nodes[idx - 1] + "." + nodes[idx + 1])
    classes = "^^" + "".join(_char_class(nodes[j]) for j in range(max(idx - 2, 0), min(idx + 3, n))) + "$$"
    start = min(idx, 2)  # position of nodes[idx - 2] (or its padding) in *classes*
    window = classes[start:start + 5]
    out.append("t3." + window[1:4])
    out.append("t5." + window)
    return out


def dictionary_features(nodes: list[str], words: set[str] | frozenset[str]) -> list[list[str]]:
    """Word-independent dictionary features per node (training script option ``--dict-features``).

    pkuseg's own word features name the word (``w1.古城``), so a dictionary word never seen
    in training has no weight. These say only that *some* known word of length L (2-6)
    begins (``d.b.L``), ends (``d.e.L``) or continues (``d.m.L``) at the node, so any word
    of the dictionary counts, including words added after training. Nodes that pkuseg
    renamed (``**Num``) are never part of a word, as in pkuseg's own word features.

    Examples
    --------
    >>> dictionary_features(["平", "遥", "县", "城"], {"平遥", "平遥县"})
    [['d.b.2', 'd.b.3'], ['d.e.2', 'd.m.3'], ['d.e.3'], []]
    """
    s = "".join(c if len(c) == 1 else "\x00" for c in nodes)
    out: list[list[str]] = [[] for _ in nodes]
    for ln in range(2, 7):
        for j in range(len(s) - ln + 1):
            if s[j:j + ln] in words:
                out[j].append(f"d.b.{ln}")
                out[j + ln - 1].append(f"d.e.{ln}")
                for m in range(j + 1, j + ln - 1):
                    out[m].append(f"d.m.{ln}")
    return out


class _ForcedWords:
    """Longest-match splitting of a text around forced (user or lexicon) words.

    The interface of ``spacy_pkuseg.Preprocesser.solve`` (parts, is-word flags, tags), with
    its bug fixed: pkuseg returns the longest *trie path* that passed a word, so with the
    words 三晋 and 三晋强基 it forces "三晋强" in "三晋强的"; here the match falls back to
    the longest word.

    Examples
    --------
    >>> _ForcedWords(["三晋", "三晋强基"]).solve("三晋强的三晋强基")
    (['三晋', '强的', '三晋强基'], [True, False, True], ['', '', ''])
    """

    def __init__(self, words: Iterable[str]):
        trie: dict = {}
        for w in words:
            w = w.strip() if w else ""
            if w:
                node = trie
                for c in w:
                    node = node.setdefault(c, {})
                node[""] = True  # a word ends here
        self._trie = trie

    def solve(self, txt: str) -> tuple[list[str], list[bool], list[str]]:
        """Split *txt* into forced words and the stretches between them."""
        parts: list[str] = []
        is_word: list[bool] = []
        trie = self._trie
        n = len(txt)
        last = i = 0
        while i < n:
            node = trie.get(txt[i])
            end = -1
            j = i
            while node is not None:
                j += 1
                if "" in node:
                    end = j
                node = node.get(txt[j]) if j < n else None
            if end > 0:
                if last != i:
                    parts.append(txt[last:i])
                    is_word.append(False)
                parts.append(txt[i:end])
                is_word.append(True)
                last = i = end
            else:
                i += 1
        if last < n:
            parts.append(txt[last:])
            is_word.append(False)
        return parts, is_word, [""] * len(parts)


class _Decoder:
    """Fast CRF decoding with the features and weights of a pkuseg model.

    Produces exactly the feature set of ``spacy_pkuseg``'s extractor, but builds only the
    word-pair features whose two words are both known (the others are never in the table),
    and sums the weights with numpy; Viterbi is spacy_pkuseg's own. When the compiled core
    is built (:mod:`corpus_tools.segment_fast`), it does the same in C from flat tables
    (same output, about ten times faster); ``use_compiled = False`` forces numpy.
    Safe to share between threads: the compiled tables are read-only, the numpy caches
    are filled under a lock.
    """

    def __init__(self, feature_extractor, model, user_words: Iterable[str] = (),
                 soft_words: Iterable[str] = ()):
        self.fe = feature_extractor
        self.f2i = feature_extractor.feature_to_idx
        # *soft_words* join the dictionary (not forced): they fire dictionary_features
        soft = {feature_extractor.keyword_rename(w) for w in soft_words if w}
        self.unigram = feature_extractor.unigram | soft if soft else feature_extractor.unigram
        # proper prefixes (2-5 characters) of the known words: where a longer word may continue
        self._prefixes = {w[:k] for w in self.unigram for k in range(2, min(len(w), 6))}
        n_tag, n_feature = model.n_tag, model.n_feature
        self.node_w = np.asarray(model.w[: n_feature * n_tag]).reshape(n_feature, n_tag)
        edge = np.asarray(model.w[n_feature * n_tag:]).reshape(n_tag, n_tag)  # [s, s_pre]
        self.edge_score = 1.0 + edge.T  # [s_pre, s], as spacy_pkuseg.inference.getLogYY
        idx_to_tag = {i: t for t, i in feature_extractor.tag_to_idx.items()}
        self.begins = np.array(["B" in idx_to_tag[i] for i in range(n_tag)])
        self.preprocesser = _ForcedWords(user_words)
        self.model = model
        # weights of the character unigram / bigram features, cached per character id and
        # per pair of ids (key a << 22 | b); _char_ids resets all of them on huge corpora
        self._cid: dict[str, int] = {}
        self._chars: list[str] = []
        self._utable = np.zeros((1024, len(self._UNI), n_tag))
        self._class_of = np.zeros(1024, dtype=np.int64)
        self._bindex: dict[int, int] = {}
        self._btable = [np.zeros((8192, len(self._BI), n_tag))]
        # the extra templates (extra_char_features), when the model has them
        self._extra = any(f.startswith(("c1c2.", "c-1c1.", "t3.")) for f in self.f2i)
        self._sindex: dict[int, int] = {}
        self._stable = [np.zeros((8192, 1, n_tag))]
        # class windows: all 6**5 codes of (^ $ N L P C) windows, t3 + t5 rows summed
        self._ttable = self._class_window_table() if self._extra else None
        # feature ids (w1., w-1.) of each dictionary word met so far
        self._word_features: dict[str, tuple] = {}
        # feature ids (ww.l., ww.r.) of each pair of adjacent dictionary words met so far
        self._pair_features: dict[str, tuple] = {}
        # word-independent dictionary features (dictionary_features), when the model has them
        generic = {ln: tuple(self.f2i.get(f"d.{k}.{ln}") for k in "bem") for ln in range(2, 7)}
        self._generic = generic if any(k is not None for ks in generic.values() for k in ks) else None
        self._lock = threading.Lock()  # the caches above grow while decoding
        self.use_compiled = compiled_available()
        self._compiled = None  # CompiledTables, built at the first decode

    def _compiled_tables(self) -> CompiledTables:
        with self._lock:
            if self._compiled is None:
                fe = self.fe
                self._compiled = CompiledTables(
                    self.f2i, self.node_w, self.edge_score, self.begins, self.unigram, _char_class,
                    fe.keywords_translate_table, fe.num, fe.letter, class_windows=self._ttable)
            return self._compiled

    def _node_scores(self, text: str) -> np.ndarray:
        """Sum of feature weights per character and tag (the CRF's node scores)."""
        get = self.f2i.get
        uni = self.unigram
        nodes = list(self.fe.normalize_text(text))
        n = len(nodes)
        s = "".join(c if len(c) == 1 else "\x00" for c in nodes)  # **Num/**Letter never in a word
        pos: list[int] = []
        ids: list[int] = []
        node = self._char_scores(nodes)
        starts_at: dict[int, list[str]] = {}  # known words by start / end position
        ends_at: dict[int, list[str]] = {}
        prefixes = self._prefixes
        wfeat = self._word_features
        cand: Iterable[int] = range(n - 1)  # positions where a known word of length >= ln may start
        for ln in range(2, 7):
            subs = [(j, s[j:j + ln]) for j in cand if j <= n - ln]
            hits = [(j, sub) for j, sub in subs if sub in uni]
            cand = [j for j, sub in subs if sub in prefixes]
            for j, w in hits:
                starts_at.setdefault(j, []).append(w)
                ends_at.setdefault(j + ln - 1, []).append(w)
                ks = wfeat.get(w)
                if ks is None:
                    ks = wfeat[w] = (get("w1." + w), get("w-1." + w))
                if ks[0] is not None:
                    pos.append(j)
                    ids.append(ks[0])
                if ks[1] is not None:
                    pos.append(j + ln - 1)
                    ids.append(ks[1])
            if self._generic is not None:
                kb, ke, km = self._generic[ln]
                for j, _ in hits:
                    for p, k in ((j, kb), (j + ln - 1, ke)):
                        if k is not None:
                            pos.append(p)
                            ids.append(k)
                    if km is not None:
                        pos.extend(range(j + 1, j + ln - 1))
                        ids.extend([km] * (ln - 2))
        pfeat = self._pair_features
        if len(pfeat) > 500_000:  # bound memory on huge corpora
            pfeat.clear()
        for end, left in ends_at.items():  # word pairs meeting between end and i = end + 1
            i = end + 1
            right = starts_at.get(i)
            if right:
                for a in left:
                    for b in right:
                        pair = a + "*" + b
                        ks = pfeat.get(pair)
                        if ks is None:
                            ks = pfeat[pair] = (get("ww.l." + pair), get("ww.r." + pair))
                        if ks[0] is not None:
                            pos.append(i)
                            ids.append(ks[0])
                        if ks[1] is not None:
                            pos.append(end)
                            ids.append(ks[1])
        if ids:
            np.add.at(node, pos, self.node_w[ids])
        return node

    _UNI = ("c.", "c-1.", "c1.", "c-2.", "c2.")
    _BI = ("cc1.", "c-1c.", "c-2c-1.", "c1c2.")

    def _rows(self, feats: tuple) -> np.ndarray:
        rows = np.zeros((len(feats), self.node_w.shape[1]))
        for r, f in enumerate(feats):
            k = self.f2i.get(f)
            if k is not None:
                rows[r] = self.node_w[k]
        return rows

    @staticmethod
    def _cached(keys: list, index: dict, table: list, make) -> np.ndarray:
        """Rows of *table* for *keys*, computing missing ones with *make* (cache grows)."""
        try:  # warm cache: every key known (the common case)
            return table[0][[index[k] for k in keys]]
        except KeyError:
            pass
        missing = set(keys).difference(index)
        if len(index) + len(missing) > 300_000:  # bound memory on huge corpora: start afresh
            index.clear()
            missing = set(keys)
        for key in missing:
            index[key] = len(index)
            row = make(key)
            if len(index) > table[0].shape[0]:
                table[0] = np.concatenate([table[0], np.zeros_like(table[0])])
            table[0][index[key]] = row
        return table[0][[index[k] for k in keys]]

    _CLASSES = "^$NLPC"  # padding and the classes of _char_class

    def _class_window_table(self) -> np.ndarray:
        """Summed t3/t5 weights for every window code sum(class[i + k] * 6**k)."""
        table = np.zeros((6 ** 5, self.node_w.shape[1]))
        for code in range(6 ** 5):
            w = "".join(self._CLASSES[code // 6 ** k % 6] for k in range(5))
            table[code] = self._rows(("t3." + w[1:4], "t5." + w)).sum(axis=0)
        return table

    def _char_ids(self, nodes: list[str]) -> np.ndarray:
        """Ids of *nodes*, adding unseen characters (and their unigram rows) to the caches."""
        cid = self._cid
        try:
            return np.array([cid[c] for c in nodes], dtype=np.int64)
        except KeyError:
            pass
        new = [c for c in dict.fromkeys(nodes) if c not in cid]
        if len(cid) + len(new) >= 1 << 22:  # bound memory on huge corpora: start afresh
            cid.clear()
            self._chars.clear()
            self._bindex.clear()
            self._sindex.clear()
            new = list(dict.fromkeys(nodes))
        for c in new:
            i = cid[c] = len(self._chars)
            self._chars.append(c)
            if i >= self._utable.shape[0]:
                self._utable = np.concatenate([self._utable, np.zeros_like(self._utable)])
                self._class_of = np.concatenate([self._class_of, np.zeros_like(self._class_of)])
            self._utable[i] = self._rows(tuple(t + c for t in self._UNI))
            self._class_of[i] = self._CLASSES.index(_char_class(c))
        return np.array([cid[c] for c in nodes], dtype=np.int64)

    def _pair_rows(self, ids: np.ndarray, gap: int, index: dict, table: list, templates: tuple) -> np.ndarray:
        """Rows of the pair features (*templates*) of ids[i] and ids[i + gap]."""
        chars = self._chars
        keys = ((ids[:-gap] << 22) | ids[gap:]).tolist()
        return self._cached(keys, index, table, lambda k: self._rows(
            tuple(t + chars[k >> 22] + "." + chars[k & 0x3FFFFF] for t in templates)))

    def _char_scores(self, nodes: list[str]) -> np.ndarray:
        """Bias plus character unigram and bigram features, from per-character caches."""
        n = len(nodes)
        ids = self._char_ids(nodes)
        u = self._utable[ids]  # (n, 5, T)
        node = u[:, 0] + self.node_w[0]
        if n > 1:
            node[1:] += u[:-1, 1]
            node[:-1] += u[1:, 2]
            bg = self._pair_rows(ids, 1, self._bindex, self._btable, self._BI)
            node[:-1] += bg[:, 0]
            node[1:] += bg[:, 1]
            node[2:] += bg[:-1, 2]
        if n > 2:
            node[2:] += u[:-2, 3]
            node[:-2] += u[2:, 4]
        if self._extra:
            self._extra_scores(ids, node, bg if n > 1 else None)
        return node

    def _extra_scores(self, ids: np.ndarray, node: np.ndarray, bg) -> None:
        """Add the weights of :func:`extra_char_features` to *node* (in place)."""
        n = len(ids)
        if n > 2:
            node[:-2] += bg[1:, 3]
            sk = self._pair_rows(ids, 2, self._sindex, self._stable, ("c-1c1.",))
            node[1:-1] += sk[:, 0]
        padded = np.concatenate([[0, 0], self._class_of[ids], [1, 1]])  # ^^ classes $$
        codes = sum(padded[k:k + n] * 6 ** k for k in range(5))
        node += self._ttable[codes]

    def decode(self, text: str) -> list[str]:
        """Words of a whitespace-free chunk of normalised text."""
        from spacy_pkuseg.inference import run_viterbi

        if not text:
            return []
        cuts = (self._compiled or self._compiled_tables()).starts(text) if self.use_compiled else None
        if cuts is None:
            with self._lock:
                node = self._node_scores(text)
            _, states = run_viterbi(node, self.edge_score)
            starts = self.begins[np.asarray(states)]
            starts[0] = True
            cuts = np.flatnonzero(starts).tolist()
        cuts.append(len(text))
        words = [text[a:b] for a, b in zip(cuts[:-1], cuts[1:])]
        return _fix_symbols(words) if ("-" in text or "/" in text or "℃" in text) else words

    def cut(self, text: str) -> list[str]:
        """Segment normalised *text*; user words are forced, whitespace separates."""
        out: list[str] = []
        for chunk in text.split():
            parts, is_word, _ = self.preprocesser.solve(chunk)
            k = 0
            while k < len(parts):
                part = parts[k]
                if not is_word[k]:
                    out.extend(self.decode(part))
                elif (len(part) >= 3 and part[-1] in self._ADMIN_SUFFIX and k + 1 < len(parts)
                      and not is_word[k + 1]):
                    # '北京市场', '平遥县委': the suffix may belong to the next word (市场, 县委)
                    nxt = self.decode(part[-1] + parts[k + 1])
                    if len(nxt[0]) > 1:
                        out.append(part[:-1])
                        out.extend(nxt)
                    else:
                        out.append(part)
                        out.extend(nxt[1:])
                    k += 1
                else:
                    out.append(part)
                k += 1
        return out

    _ADMIN_SUFFIX = frozenset("省市县区乡镇村旗州")


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


def _user_word_list(user_words) -> tuple[str, ...]:
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
                raise TypeError(f"user_words must hold str, got {type(w).__name__}")
            if w.strip():
                out.append(normalize_text(w.strip()))
        return tuple(out)
    raise TypeError(f"user_words must be None, a path or an iterable of str, got {type(user_words).__name__}")


_LOCK = threading.RLock()


@functools.lru_cache(maxsize=4)
def _pkuseg_parts(path: str):
    return _read_pkuseg_model(path)


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
    return _Decoder(fe, model, lex + words, soft_words=_bare_village_names(lex))


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

    def __init__(self, *, segmenter: str = "pkuseg", user_words=None, lexicon: bool = True,
                 drop_punct: bool = False):
        self.segmenter = _check_segmenter(segmenter)
        self.user_words = _user_word_list(user_words)
        self.lexicon = bool(lexicon)
        self.drop_punct = bool(drop_punct)

    def __call__(self, text: str) -> list[str]:
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
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


def make_tokenizer(*, segmenter: str = "pkuseg", user_words=None, lexicon: bool = True,
                   drop_punct: bool = False) -> Tokenizer:
    """Return a picklable :class:`Tokenizer` (see there)."""
    return Tokenizer(segmenter=segmenter, user_words=user_words, lexicon=lexicon, drop_punct=drop_punct)


def segment(text: str, *, segmenter: str = "pkuseg", user_words=None) -> list[str]:
    """Split *text* into words (whitespace dropped).

    Examples
    --------
    >>> segment("平遥县岳壁乡梁村推进乡村振兴")
    ['平遥县', '岳壁乡', '梁村', '推进', '乡村振兴']
    """
    return Tokenizer(segmenter=segmenter, user_words=user_words)(text)


# --------------------------------------------------------------------------------------
# thinc helper shared by the parse and the NER model


@contextlib.contextmanager
def fast_matmul(nlp: "Language") -> Iterator[None]:
    """Within the block, *nlp*'s thinc layers multiply matrices with NumPy's BLAS on one thread.

    thinc's CPU default is BLIS; on our 2-core EPYC, single-threaded OpenBLAS ran the
    tagger's tok2vec 1.6x faster (same tags on 71,584 tokens of People's Daily) and the
    character NER model 2.4x faster (same entities on the seed pages). Parallelism comes
    from processes (``n_process`` workers forked inside this block inherit it), so BLAS
    gets one thread. The pipeline's own ops are restored afterwards; the swap is not
    thread-safe, so do not use the same pipeline from another thread meanwhile.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("zh")
    >>> with fast_matmul(nlp):
    ...     [t.text for t in nlp("平遥")]
    ['平', '遥']
    """
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    ops = NumpyOps(use_blis=False)
    swapped = []
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for node in model.walk() if hasattr(model, "walk") else ():
            if type(node.ops) is NumpyOps and getattr(node.ops, "use_blis", False):
                swapped.append((node, node.ops))
                node.ops = ops
    try:
        with threadpool_limits(limits=1, user_api="blas"):
            yield
    finally:
        for node, old in swapped:
            node.ops = old
