"""CRF decoding with a pkuseg model: forced (user and lexicon) words, then Viterbi.

This module owns :class:`Decoder`, which scores every character with the features and
weights of a pkuseg model (vectorised with numpy, or in C when the compiled core of
:mod:`corpus_tools.segment_fast` is built) and decodes with spacy_pkuseg's Viterbi, and
``_ForcedWords``, the longest-match splitting around forced words. Features come from
:mod:`corpus_tools.nlp.features`; choosing and caching a decoder is
:mod:`corpus_tools.nlp.tokenizer`'s job."""

from __future__ import annotations

import threading
from collections.abc import Iterable

import numpy as np

from corpus_tools.nlp.features import char_class as _char_class
from corpus_tools.nlp.features import fix_symbols as _fix_symbols
from corpus_tools.segment_fast import CompiledTables, compiled_available

__all__ = ["Decoder"]


def _split_village_unit(words: list[str]) -> list[str]:
    """Cut a village name from the 村 of the village unit that follows it.

    County papers write a village's party branch or committee as X村村党支部, X村村支书; the model
    sometimes joins the two 村 (塘弄村村 | 党支部), which then fills keyword lists with X村村. A word
    of four or more characters ending in 村村 is cut before its last 村 (村村 alone, as in 村村通,
    stays).

    >>> _split_village_unit(["塘弄村村", "党支部", "书记"])
    ['塘弄村', '村', '党支部', '书记']
    >>> _split_village_unit(["村村", "通"])
    ['村村', '通']
    """
    out: list[str] = []
    for word in words:
        if len(word) >= 4 and word.endswith("村村"):
            out.extend((word[:-1], "村"))
        else:
            out.append(word)
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


class Decoder:
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
        if "村村" in text:
            words = _split_village_unit(words)
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
