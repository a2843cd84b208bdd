"""Tables for the compiled segmenter core (``corpus_tools/_segcore.c``).

The decoder in :mod:`corpus_tools.nlp` scores every character with the features of the
pkuseg CRF and runs Viterbi. Its numpy implementation builds most features from Python
dictionaries, one text at a time; the compiled core does the same arithmetic from flat
tables built here once per model: a code point -> node id table that applies pkuseg's
renaming (``-._,|/*:`` -> ``&``, digits -> ``**Num``, letters -> ``**Letter``), the
character unigram and pair weights keyed by node ids, a trie of the dictionary words of
2-6 characters with their feature ids, and the word-pair features.

:func:`compiled_available` says whether the extension was built (``pip install -e .``
compiles it; without a C compiler the package still works with the numpy decoder, which
gives the same output: ``tests/test_segment_fast.py`` checks that).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

try:
    from corpus_tools import _segcore
except ImportError:  # pragma: no cover - depends on the build
    _segcore = None

__all__ = ["CompiledTables", "compiled_available"]

_UNI = ("c.", "c-1.", "c1.", "c-2.", "c2.")
_BI = ("cc1.", "c-1c.", "c-2c-1.", "c1c2.")
_SKIP = "c-1c1."
_CLASSES = "^$NLPC"
_N_CODEPOINTS = 0x110000
_BMP = 0x10000


def compiled_available() -> bool:
    """True when the compiled segmenter core (``corpus_tools._segcore``) is importable.

    Examples
    --------
    >>> isinstance(compiled_available(), bool)
    True
    """
    return _segcore is not None


def _node_of(char: str, keyword_table: dict, num: frozenset, letter: frozenset) -> str:
    """The pkuseg input node of one character (``FeatureExtractor.normalize_text``)."""
    char = char.translate(keyword_table)
    if char in num:
        return "**Num"
    if char in letter:
        return "**Letter"
    return char


class CompiledTables:
    """The decoder's model as flat arrays for ``_segcore.decode``.

    Parameters
    ----------
    feature_to_idx : dict
        pkuseg feature name -> row of *node_w*.
    node_w : ndarray of shape (n_features, n_tags)
        Node feature weights (float64).
    edge_score : ndarray of shape (n_tags, n_tags)
        Transition scores, exactly as ``spacy_pkuseg.inference.run_viterbi`` takes them.
    begins : ndarray of bool
        Tags that start a word.
    words : iterable of str
        The dictionary (already renamed by pkuseg's ``keyword_rename``).
    char_class : callable
        Class (``N``, ``L``, ``P`` or ``C``) of a node.
    keyword_table, num, letter
        pkuseg's renaming (``FeatureExtractor.keywords_translate_table``, ``num``, ``letter``).
    class_windows : ndarray of shape (6**5, n_tags), optional
        Summed ``t3.``/``t5.`` weights per class window code (the numpy decoder's table);
        None when the model has no such features.
    """

    def __init__(self, feature_to_idx: dict, node_w: np.ndarray, edge_score: np.ndarray,
                 begins: np.ndarray, words: Iterable[str], char_class: Callable[[str], str],
                 keyword_table: dict, num: Iterable[str], letter: Iterable[str],
                 class_windows: np.ndarray | None = None):
        if _segcore is None:
            raise ImportError("corpus_tools._segcore is not built; run `pip install -e .` with a C compiler")
        num, letter = frozenset(num), frozenset(letter)
        n_tag = node_w.shape[1]
        f2i = feature_to_idx
        # every node a feature names gets an id; id 0 is any other node (zero weights)
        uni_slot = {t: k for k, t in enumerate(_UNI)}
        pair_slot = {t: k for k, t in enumerate(_BI)}
        pair_slot[_SKIP] = -1
        uni: list[tuple[int, str, int]] = []
        pa: list[str] = []
        pb: list[str] = []
        pslot: list[int] = []
        pk: list[int] = []
        word_pairs: list[tuple[str, int]] = []
        for f, k in f2i.items():
            parts = f.split(".")
            if len(parts) == 3:
                slot = pair_slot.get(parts[0] + ".")
                if slot is not None:
                    pa.append(parts[1])
                    pb.append(parts[2])
                    pslot.append(slot)
                    pk.append(k)
                elif parts[0] == "ww":
                    word_pairs.append((f, k))
            elif len(parts) == 2:
                slot = uni_slot.get(parts[0] + ".")
                if slot is not None:
                    uni.append((slot, parts[1], k))
        nodes: dict[str, int] = dict.fromkeys([""] + [u[1] for u in uni] + pa + pb)
        nodes.update(zip(nodes, range(len(nodes))))
        words = [w for w in words if 2 <= len(w) <= 6]
        for w in words:
            for c in w:
                nodes.setdefault(c, len(nodes))
        # code point -> node id and class
        lut = np.zeros(_N_CODEPOINTS, dtype=np.int32)
        klass = np.full(_N_CODEPOINTS, -1, dtype=np.int8)
        code = {c: i for i, c in enumerate(_CLASSES)}
        klass[:_BMP] = [code[char_class(chr(cp))] for cp in range(_BMP)]
        for node, i in nodes.items():  # a character is its own node ...
            if len(node) == 1:
                lut[ord(node)] = i
                klass[ord(node)] = code[char_class(node)]
        renamed = {chr(cp) for cp in keyword_table} | set(num) | set(letter)
        for c in renamed:  # ... unless pkuseg renames it (-._,|/*: -> &, digits, letters)
            node = _node_of(c, keyword_table, num, letter)
            lut[ord(c)] = nodes.get(node, 0)
            klass[ord(c)] = code[char_class(node)]
        utab = np.zeros((len(nodes), len(_UNI), n_tag))
        if uni:
            slots, names, ks = zip(*uni)
            utab[[nodes[x] for x in names], list(slots)] = node_w[list(ks)]
        keys = (np.array([nodes[x] for x in pa], dtype=np.uint64) << np.uint64(32)) | np.array(
            [nodes[x] for x in pb], dtype=np.uint64)
        pslot_a, pk_a = np.array(pslot, dtype=np.int64), np.array(pk, dtype=np.int64)
        bkeys, brows = self._pairs(keys, pslot_a, pk_a, range(len(_BI)), node_w)
        skeys, srows = self._pairs(keys, pslot_a, pk_a, [-1], node_w)
        ttab = np.zeros((6 ** 5, n_tag)) if class_windows is None else np.ascontiguousarray(class_windows)
        extra = any(f.startswith(("c1c2.", "c-1c1.", "t3.")) for f in f2i)
        # dictionary trie over node ids; a word with a character pkuseg always renames
        # (a digit, a Latin letter) can never match, as in the numpy decoder
        keep = [w for w in words if renamed.isdisjoint(w)]
        word_index = {w: i for i, w in enumerate(keep)}
        first, chars, child, tword = self._trie(keep, nodes)
        get = f2i.get
        wfeat = np.array([[get("w1." + w, -1), get("w-1." + w, -1)] for w in keep], dtype=np.int32).reshape(-1, 2)
        generic = np.full((7, 3), -1, dtype=np.int32)
        for ln in range(2, 7):
            for j, kind in enumerate("bem"):
                generic[ln, j] = get(f"d.{kind}.{ln}", -1)
        pairs: dict[int, list[int]] = {}
        for f, k in word_pairs:
            if f.startswith(("ww.l.", "ww.r.")):
                a, _, b = f[5:].partition("*")
                if a in word_index and b in word_index:
                    key = word_index[a] << 32 | word_index[b]
                    pairs.setdefault(key, [-1, -1])[f[3] == "r"] = k
        pkeys = np.array(sorted(pairs), dtype=np.uint64)
        pfeat = np.array([pairs[k] for k in pkeys.tolist()], dtype=np.int32).reshape(-1, 2)
        arrays = (lut, klass, utab, np.ascontiguousarray(node_w[get("$$", 0)], dtype=np.float64),
                  bkeys, brows, skeys, srows, ttab, first, chars, child, tword, wfeat, generic,
                  pkeys, pfeat, np.ascontiguousarray(node_w, dtype=np.float64),
                  np.ascontiguousarray(edge_score, dtype=np.float64),
                  np.asarray(begins, dtype=np.uint8))
        self.n_nodes_ = len(nodes)
        self.n_words_ = len(keep)
        self._capsule = _segcore.tables(arrays, n_tag, int(extra))

    @staticmethod
    def _pairs(keys: np.ndarray, slot: np.ndarray, k: np.ndarray, slots, node_w: np.ndarray):
        """Sorted pair keys of the templates in *slots* and their rows (one per slot)."""
        slots = list(slots)
        sel = np.isin(slot, slots)
        uniq, inv = np.unique(keys[sel], return_inverse=True)
        rows = np.zeros((len(uniq), len(slots), node_w.shape[1]))
        col = np.searchsorted(np.array(slots), slot[sel]) if len(slots) > 1 else np.zeros(sel.sum(), dtype=np.int64)
        rows[inv, col] = node_w[k[sel]]
        return uniq.astype(np.uint64), rows.reshape(len(uniq), -1) if len(slots) == 1 else rows

    @staticmethod
    def _trie(words: list[str], nodes: dict) -> tuple[np.ndarray, ...]:
        """CSR trie over node ids: first child per trie node, edge labels, children, word ends.

        Trie nodes are the distinct prefixes of the words (the root is the empty prefix);
        each prefix's edge comes from the prefix one character shorter.
        """
        prefixes = sorted({w[:k] for w in words for k in range(1, len(w) + 1)})
        tid = {p: i for i, p in enumerate(prefixes, start=1)}
        tid[""] = 0
        parent = np.array([tid[p[:-1]] for p in prefixes], dtype=np.int32)
        label = np.array([nodes[p[-1]] for p in prefixes], dtype=np.int32)
        child = np.arange(1, len(prefixes) + 1, dtype=np.int32)
        order = np.lexsort((label, parent))  # edges grouped by parent, sorted by label
        parent, label, child = parent[order], label[order], child[order]
        first = np.zeros(len(prefixes) + 2, dtype=np.int32)
        np.cumsum(np.bincount(parent, minlength=len(prefixes) + 1), out=first[1:])
        tword = np.full(len(prefixes) + 1, -1, dtype=np.int32)
        tword[[tid[w] for w in words]] = np.arange(len(words), dtype=np.int32)
        return first, label, child, tword

    def starts(self, text: str) -> list[int] | None:
        """Start offsets of the words of one whitespace-free normalised chunk.

        None when *text* holds a character beyond the Basic Multilingual Plane that no
        feature names (its class is unknown here): decode it with the numpy decoder.
        """
        return _segcore.decode(self._capsule, text)
