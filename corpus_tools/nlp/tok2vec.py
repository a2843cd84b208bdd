"""Inference of spaCy's hash-embedding CNN in NumPy, with thinc's arithmetic in thinc's order.

This module owns :class:`HashCNN`, a read-only copy of a trained ``spacy.Tok2Vec.v2`` model
built from ``spacy.MultiHashEmbed.v2`` and ``spacy.MaxoutWindowEncoder.v2`` -- the
architecture of the shipped tagger's ``tok2vec`` and of the character NER model. thinc runs
it as some thirty nested layers, each with its own Python call, copies and bookkeeping for
training; here one forward pass runs the same matrix products and reductions on the same
float32 arrays, in the same order, so the vectors are equal to thinc's bit for bit when thinc
multiplies with NumPy's BLAS too (:func:`corpus_tools.nlp.fast_matmul`, as every caller here
does; with thinc's default BLIS they agree up to rounding). The fused C layer norm
(``_nercore.maxout_norm``) calls the C library's ``powf``, while NumPy's float32 power depends on
the CPU (Intel's SVML on AVX-512 machines): with the extension built, the vectors equal thinc's bit
for bit where the two powers agree (the AVX2 machines this was written on) and to float32 rounding
elsewhere (at most 2e-6 on an AVX-512 Xeon). Tested against the shipped models. Row blocks
(:attr:`HashCNN.BLOCK`) and reused rows of hashed values give the same bits only where the BLAS's matrix
product does not depend on the number of rows: on an AMD EPYC with OpenBLAS they differ in the last
float32 bit (about 1e-7; tests/test_nlp_tok2vec.py compares them within 1e-5; the entities are unchanged).

:meth:`HashCNN.from_thinc` reads a trained model; :meth:`HashCNN.as_thinc` wraps the copy as an
inference-only thinc layer that can stand in for the original inside a spaCy component, and
:func:`use_hash_cnn` does that for every such model of a pipeline (the entity path runs
private copies of the shipped pipelines this way). Training keeps using thinc's layers: the
copy has no gradients, and a pipeline changed by :func:`use_hash_cnn` must not be saved.

thinc's results depend on how tokens are batched (OpenBLAS rounds the last rows of a
product, those past the last multiple of 16, through other kernels), so the copy equals the
original for the same batches; the callers keep their batch sizes. Inside a batch, the encoder
multiplies in blocks of rows whose bounds keep that rounding (:func:`_row_blocks`).

Examples
--------
>>> from corpus_tools.nlp import fast_matmul
>>> from corpus_tools.pipeline import load_pipeline
>>> nlp = load_pipeline()
>>> t2v = nlp.get_pipe("tok2vec").model
>>> docs = [nlp.make_doc("平遥县推进乡村振兴")]
>>> fast = HashCNN.from_thinc(t2v, nlp.vocab)
>>> import numpy as np
>>> with fast_matmul(nlp):  # thinc on NumPy's BLAS, as the copy
...     bool(np.allclose(fast.predict(docs)[0], t2v.predict(docs)[0], rtol=1e-5, atol=1e-5))
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

import numpy as np

try:  # the fused maxout + layer norm (corpus_tools/_nercore.c); NumPy computes the same floats without it
    from corpus_tools import _nercore
except ImportError:  # pragma: no cover - depends on the build
    _nercore = None
if not hasattr(_nercore, "maxout_norm"):  # an extension built before maxout_norm existed: NumPy path
    _nercore = None
#: the extension's seq2col copy (a build before it existed copies with NumPy)
_WINDOW_ROWS = hasattr(_nercore, "window_rows")

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    from thinc.api import Model

__all__ = ["HashCNN", "use_hash_cnn"]

_EMPTY = np.empty(0, dtype=np.float32)


def _maxout_params(node: "Model") -> tuple[np.ndarray, np.ndarray]:
    """A maxout's weights as thinc multiplies them: ``(nO * nP, nI)`` and ``(nO * nP,)``.

    (Storing them piece-major would make the maximum cheaper, but OpenBLAS then rounds
    some products differently.)
    """
    W, b = node.get_param("W"), node.get_param("b")  # (nO, nP, nI), (nO, nP)
    nO, nP, nI = W.shape
    return W.reshape(nO * nP, nI), b.reshape(nO * nP)


def _gather_sum(table: np.ndarray, rows: np.ndarray, chunk: int = 1024) -> np.ndarray:
    """``out[i] = table[rows[i, 0]] + table[rows[i, 1]] + ...``, summed left to right.

    What thinc's ``NumpyOps.gather_add`` computes (one BLAS ``axpy`` call per row and hash,
    the same additions in the same order), without a library call per row. With the
    extension built, :func:`_sum_rows` adds the rows in C, in the same order, then ``+0.0``:
    NumPy's sum starts from its identity ``+0.0``, which only turns a sum of negative zeros
    into ``+0.0``, and adding ``+0.0`` last does the same.
    """
    if rows.ndim == 2 and rows.shape[1] and table.dtype == np.float32 and table.ndim == 2 and _compiled_sums():
        return _sum_rows([table] * rows.shape[1], [rows[:, k] for k in range(rows.shape[1])],
                         np.zeros(table.shape[1], dtype=np.float32))
    out = np.empty((len(rows), table.shape[1]), dtype=table.dtype)
    for i in range(0, len(rows), chunk):
        np.add.reduce(np.take(table, rows[i:i + chunk], axis=0), axis=1, out=out[i:i + chunk])
    return out


def _compiled_sums() -> bool:
    """Whether the extension's ``gather_sum`` is built."""
    return _nercore is not None and hasattr(_nercore, "gather_sum")


def _sum_rows(tables: list[np.ndarray], index: list[np.ndarray], bias: np.ndarray) -> np.ndarray:
    """``tables[0][index[0]] + tables[1][index[1]] + ... + bias``, added left to right (float32).

    ``_nercore.gather_sum`` (C) does the same additions row by row when the extension is
    built, so the floats are the same bits as NumPy's ``take`` and ``+=``.
    """
    width = tables[0].shape[1]
    if _compiled_sums() and all(
            t.dtype == np.float32 and t.ndim == 2 and t.shape[1] == width for t in tables) and bias.dtype == np.float32:
        out = np.empty((len(index[0]), width), dtype=np.float32)
        _nercore.gather_sum([np.ascontiguousarray(t) for t in tables],
                            [np.ascontiguousarray(i, dtype=np.int64) for i in index],
                            np.ascontiguousarray(bias), out, width)
        return out
    Y = np.take(tables[0], index[0], axis=0)
    for t, i in zip(tables[1:], index[1:]):
        Y += np.take(t, i, axis=0)
    Y += bias
    return Y


def _row_blocks(n: int, size: int) -> list[int]:
    """Bounds of blocks of *size* rows over *n* rows, the last one taking the remainder.

    A matrix product's rows come out the same whether multiplied in one call or in such
    blocks (OpenBLAS: each row of a full 16-row panel goes through the same kernel; the
    last rows past a multiple of 16 keep their position, and no block is small enough for
    the one-row or small-matrix paths, which round differently).

    Examples
    --------
    >>> _row_blocks(5000, 2048)
    [0, 2048, 5000]
    """
    bounds = list(range(0, n, size)) + [n]
    if len(bounds) > 2 and bounds[-1] - bounds[-2] < size:
        bounds.pop(-2)
    return bounds


def _layernorm_params(node: "Model") -> tuple[np.ndarray, np.ndarray]:
    return node.get_param("G"), node.get_param("b")


class HashCNN:
    """An inference-only copy of a spaCy hash-embedding CNN ``tok2vec`` (see the module docstring).

    Build it with :meth:`from_thinc`. Calling :meth:`predict` on Docs gives the list of
    per-token vector arrays that the thinc model's ``predict`` gives.
    """

    def __init__(self, *, columns: Sequence[int], tables: Sequence[tuple[np.ndarray, int]], static,
                 embed: tuple, layers: Sequence[tuple], window: int, pad: int):
        self.columns = list(columns)
        self.tables = list(tables)
        self.static = static
        self.embed = embed
        self.layers = list(layers)
        self.window = window
        self.pad = pad
        self.projected: list[np.ndarray] | None = None
        #: per column of a projected table: the sorted feature values seen, the rows of
        #: their summed rows in the kept table, the table, and how many of its rows are used
        self._sums: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray, int]] = {}

    def project_tables(self) -> "HashCNN":
        """Multiply the embedding tables by the embedding maxout's weights once, ahead of time.

        The maxout's product of concatenated embeddings, ``[e_1 … e_k] @ W.T``, is a sum of
        per-table products, and each ``e_i`` is a sum of hashed rows of table ``i``: with each
        table stored already multiplied by its block of ``W``, embedding a token is a sum of
        gathered rows instead of a matrix product (a quarter of the character NER model's
        arithmetic). The sums run in another order, so the vectors differ from thinc's in the
        last bits (relative 1e-6); :meth:`embed_features` then uses the projected tables.
        Returns self.
        """
        W = self.embed[0]
        projected, off = [], 0
        for E, _ in self.tables:
            projected.append(np.ascontiguousarray(E @ W[:, off:off + E.shape[1]].T))
            off += E.shape[1]
        if self.static is not None:
            Ws, vectors, _ = self.static
            V = np.asarray(vectors.data)
            rows = V @ (W[:, off:off + Ws.shape[0]] @ Ws).T
            projected.append(np.vstack([rows, np.zeros((1, rows.shape[1]), dtype=rows.dtype)]).astype("float32"))
        self.projected = projected
        self._sums = {}
        return self

    # ------------------------------------------------------------------ reading a thinc model
    @classmethod
    def from_thinc(cls, model: "Model", vocab: "Vocab") -> "HashCNN | None":
        """Copy a trained ``Tok2Vec.v2(MultiHashEmbed.v2, MaxoutWindowEncoder.v2)`` model.

        Returns ``None`` when *model* is built differently (the caller then keeps thinc's).
        """
        from spacy.attrs import IDS

        nodes = list(model.walk())
        names = [n.name for n in nodes]
        extract = [n for n in nodes if n.name == "extract_features"]
        hashembeds = [n for n in nodes if n.name == "hashembed"]
        statics = [n for n in nodes if n.name == "static_vectors"]
        maxouts = [n for n in nodes if n.name == "maxout"]
        norms = [n for n in nodes if n.name == "layernorm"]
        windows = [n for n in nodes if n.name == "expand_window"]
        encoders = [n for n in nodes if n.name.startswith("with_array(residual(")]
        allowed = {"extract_features", "list2ragged", "ints-getitem", "hashembed", "static_vectors", "maxout",
                   "layernorm", "dropout", "expand_window", "ragged2list"}
        for name in names:
            parts = name.replace("(", ">>").replace(")", ">>").replace("|", ">>").split(">>")
            if not set(p for p in parts if p) <= allowed | {"with_array", "residual"}:
                return None
        if (len(extract) != 1 or not hashembeds or len(statics) > 1 or len(encoders) != 1
                or len(maxouts) != len(windows) + 1 or len(norms) != len(maxouts)
                or len({w.attrs["window_size"] for w in windows}) > 1):
            return None
        columns = [IDS[c.upper()] if isinstance(c, str) else int(c) for c in extract[0].attrs["columns"]]
        if sorted(h.attrs["column"] for h in hashembeds) != list(range(len(columns))):
            return None
        hashembeds.sort(key=lambda h: h.attrs["column"])
        tables = [(h.get_param("E"), int(h.attrs["seed"])) for h in hashembeds]
        static = None
        if statics:
            vectors = vocab.vectors
            key_attr = getattr(vectors, "attr", IDS["ORTH"])
            if getattr(vectors.mode, "value", vectors.mode) != "default" or key_attr not in columns:
                return None
            static = (statics[0].get_param("W"), vectors, columns.index(key_attr))
        # walk() visits the embedding's maxout first, then the encoder's layers in order
        embed = (*_maxout_params(maxouts[0]), *_layernorm_params(norms[0]), maxouts[0].get_dim("nO"))
        layers = [(*_maxout_params(m), *_layernorm_params(n), m.get_dim("nO")) for m, n in zip(maxouts[1:], norms[1:])]
        return cls(columns=columns, tables=tables, static=static, embed=embed, layers=layers,
                   window=int(windows[0].attrs["window_size"]) if windows else 1, pad=int(encoders[0].attrs["pad"]))

    # ------------------------------------------------------------------ forward
    @staticmethod
    def _maxout_norm(X: np.ndarray, W: np.ndarray | None, b: np.ndarray | None, G: np.ndarray, g_b: np.ndarray,
                     nO: int, residual: np.ndarray | None = None) -> np.ndarray:
        """Maxout then layer normalisation, as thinc's ``Maxout`` and ``LayerNorm`` compute them.

        With *residual*, returns ``residual + result`` (the encoder's residual connection).
        After the matrix product, ``_nercore.maxout_norm`` (C, one pass per row) runs the
        steps below when the extension is built; it repeats NumPy's operations in NumPy's
        order (its pairwise sums, the division in float64), so the floats are the same bits.

        The mean and variance are NumPy's ``mean``/``var`` steps written out so the centred
        values are computed once and the arithmetic happens in place (same operations, same
        order, so the same bits).
        """
        if W is not None:  # else X is the maxout's input product, bias added
            X = X @ W.T
        nP = X.shape[1] // nO
        if _nercore is not None and X.dtype == np.float32 and X.flags.c_contiguous and (
                residual is None or (residual.dtype == np.float32 and residual.flags.c_contiguous)):
            out = np.empty((len(X), nO), dtype=np.float32)
            _nercore.maxout_norm(X, _EMPTY if W is None else np.ascontiguousarray(b, dtype=np.float32),
                                 np.ascontiguousarray(G, dtype=np.float32), np.ascontiguousarray(g_b, dtype=np.float32),
                                 _EMPTY if residual is None else residual, out, nO, nP)
            return out
        if W is not None:
            X += b
        best = np.maximum(X[:, 0::nP], X[:, 1::nP]) if nP > 1 else X.copy()
        for p in range(2, nP):
            np.maximum(best, X[:, p::nP], out=best)
        n = np.intp(nO)
        # numpy's _mean and _var: add.reduce, then true_divide by the count (an intp) in place
        mu = np.add.reduce(best, axis=1, keepdims=True)
        np.true_divide(mu, n, out=mu, casting="unsafe")
        best -= mu
        var = np.add.reduce(np.square(best), axis=1, keepdims=True)
        np.true_divide(var, n, out=var, casting="unsafe")
        var += 1e-08
        best *= var ** (-1.0 / 2.0)
        best *= G
        best += g_b
        return best if residual is None else residual + best

    def _seq2col(self, X: np.ndarray) -> np.ndarray:
        """Each row beside its *window* neighbours on either side (zeros past the ends), as thinc's ``seq2col``.

        Written block by block into one uninitialised array; only the rows past the ends are zeroed.
        """
        n, w = X.shape
        nW = self.window
        cols = np.empty((n, (2 * nW + 1) * w), dtype=X.dtype)
        for k in range(-nW, nW + 1):
            block = cols[:, (k + nW) * w:(k + nW + 1) * w]
            s = min(abs(k), n)
            if k < 0:
                block[:s] = 0
                block[s:] = X[:n - s]
            elif k > 0:
                block[:n - s] = X[s:]
                block[n - s:] = 0
            else:
                block[:] = X
        return cols

    def embed_features(self, feats: np.ndarray) -> np.ndarray:
        """Context-free embeddings of the tokens with feature rows *feats* (``(n, len(columns))`` uint64)."""
        from thinc.api import NumpyOps

        ops = NumpyOps()
        if self.projected is not None:
            return self._embed_projected(feats, ops)
        parts = []
        for col, (E, seed) in enumerate(self.tables):
            ids = np.ascontiguousarray(feats[:, col], dtype="uint64")
            parts.append(ops.gather_add(E, ops.hash(ids, seed) % E.shape[0]))
        if self.static is not None:
            W, vectors, col = self.static
            rows = vectors.find(keys=np.ascontiguousarray(feats[:, col]))
            V = np.ascontiguousarray(np.asarray(vectors.data)[rows])
            sv = V @ W.T
            sv[rows < 0] = 0
            parts.append(sv)
        return self._maxout_norm(np.hstack(parts), *self.embed)

    def _embed_projected(self, feats: np.ndarray, ops) -> np.ndarray:
        # each distinct feature value is hashed and its rows summed once, then kept (see
        # _value_rows); the tokens take their value's sum from the kept table (the same additions,
        # so the same bits) (with the extension, one C pass adds each token's rows: no n-by-width
        # array per table)
        tables, index = [], []
        for col, ((E, seed), P) in enumerate(zip(self.tables, self.projected)):
            keys, inverse = np.unique(feats[:, col], return_inverse=True)
            table, slots = self._value_rows(col, keys, lambda k: _gather_sum(
                P, ops.hash(np.ascontiguousarray(k, dtype="uint64"), seed) % E.shape[0]))
            tables.append(table)
            index.append(np.take(slots, inverse))
        if self.static is not None:
            _, vectors, col = self.static
            keys, inverse = np.unique(feats[:, col], return_inverse=True)
            found = vectors.find(keys=np.ascontiguousarray(keys, dtype="uint64"))
            tables.append(self.projected[-1])
            index.append(np.take(found, inverse))
            index[-1][index[-1] < 0] = len(self.projected[-1]) - 1  # not found: the zero row
        _, b, G, g_b, nO = self.embed
        Y = _sum_rows(tables, index, b)
        return self._maxout_norm(Y, None, None, G, g_b, nO)

    #: most feature values whose row sums :meth:`_value_rows` keeps per column (a row of the
    #: character NER model: 1.5 KB)
    MAX_SUMS = 8192

    def _value_rows(self, col: int, keys: np.ndarray, compute) -> tuple[np.ndarray, np.ndarray]:
        """A table and, for each of the sorted distinct feature values *keys* of column *col*,
        the number of the table's row that holds ``compute`` of it (the summed hashed rows of
        the value).

        The rows of values seen before are reused: a value's row depends on the value only,
        so they are the same bits (up to the BLAS's row-count kernels; see the module docstring). They
        stay in one table per column (up to :attr:`MAX_SUMS` rows, new values appended; the sorted
        keys point to their rows), so a batch copies only its new values' rows; past the bound the
        table starts again with the batch's values.
        """
        got = self._sums.get(col)
        if got is not None:
            seen, slots, table, used = got
            pos = np.minimum(np.searchsorted(seen, keys), len(seen) - 1)
            hit = seen[pos] == keys
            if hit.all():
                return table, np.take(slots, pos)
            miss = ~hit
            n_miss = int(miss.sum())
            if used + n_miss <= self.MAX_SUMS:
                new_keys = keys[miss]
                table[used:used + n_miss] = compute(new_keys)
                out = np.empty(len(keys), dtype=np.intp)
                out[hit] = np.take(slots, pos[hit])
                new_slots = np.arange(used, used + n_miss, dtype=np.intp)
                out[miss] = new_slots
                all_keys = np.concatenate([seen, new_keys])
                order = np.argsort(all_keys, kind="stable")
                self._sums[col] = (all_keys[order], np.concatenate([slots, new_slots])[order], table, used + n_miss)
                return table, out
            rows = np.empty((len(keys), table.shape[1]), dtype=table.dtype)
            rows[hit] = np.take(table, np.take(slots, pos[hit]), axis=0)
            rows[miss] = compute(keys[miss])
        else:
            table = None
            rows = compute(keys)
        order = np.arange(len(keys), dtype=np.intp)
        if not 0 < len(keys) <= self.MAX_SUMS:
            return rows, order
        if table is None:
            table = np.empty((self.MAX_SUMS, rows.shape[1]), dtype=rows.dtype)
        table[:len(keys)] = rows
        self._sums[col] = (keys.copy(), order, table, len(keys))
        return table, order

    #: rows of one block of :meth:`encode` (a multiple of 16: see :func:`_row_blocks`)
    BLOCK = 2048

    def encode(self, X: np.ndarray) -> np.ndarray:
        """The encoder's residual maxout-window layers over one flattened (padded) array.

        With the extension built, each layer runs block by block (:attr:`BLOCK` rows: the
        window columns, the product and the fused maxout + norm of a block, in buffers reused
        from block to block) instead of over whole-batch arrays three times the width; each
        row's floats are the same (see :func:`_row_blocks`), the memory is a block's.
        """
        if _nercore is None or X.dtype != np.float32 or len(X) <= self.BLOCK:
            for W, b, G, g_b, nO in self.layers:
                X = self._maxout_norm(self._seq2col(X), W, b, G, g_b, nO, residual=X)
            return X
        X = np.ascontiguousarray(X)
        bounds = _row_blocks(len(X), self.BLOCK)
        most = max(e - s for s, e in zip(bounds, bounds[1:]))
        cols = np.empty((most, (2 * self.window + 1) * X.shape[1]), dtype=np.float32)
        for W, b, G, g_b, nO in self.layers:
            Wt = W.T
            prod = np.empty((most, W.shape[0]), dtype=np.float32)
            b, G, g_b = (np.ascontiguousarray(a, dtype=np.float32) for a in (b, G, g_b))
            Y = np.empty((len(X), nO), dtype=np.float32)
            for s, e in zip(bounds, bounds[1:]):
                c = self._seq2col_rows(X, s, e, cols[:e - s])
                p = np.matmul(c, Wt, out=prod[:e - s])
                _nercore.maxout_norm(p, b, G, g_b, X[s:e], Y[s:e], nO, W.shape[0] // nO)
            X = Y
        return X

    def _seq2col_rows(self, X: np.ndarray, s: int, e: int, out: np.ndarray) -> np.ndarray:
        """Rows *s* to *e* of :meth:`_seq2col` (*X*), written into *out* (by ``_nercore.window_rows``,
        a row's window one ``memcpy``, when the extension has it: the same copy)."""
        n, w = X.shape
        nW = self.window
        if (_WINDOW_ROWS and X.dtype == np.float32 and out.dtype == np.float32 and X.flags.c_contiguous
                and out.flags.c_contiguous):
            _nercore.window_rows(X, out, w, s, e, nW)
            return out
        for k in range(-nW, nW + 1):
            block = out[:, (k + nW) * w:(k + nW + 1) * w]
            lo, hi = s + k, e + k  # the rows of X this block copies; zeros outside 0..n
            a, z = max(lo, 0), min(hi, n)
            if a >= z:
                block[:] = 0
                continue
            block[:a - lo] = 0
            block[a - lo:z - lo] = X[a:z]
            block[z - lo:] = 0
        return out

    def __call__(self, feats: Sequence[np.ndarray]) -> list[np.ndarray]:
        """Vectors of each sequence of token feature rows (one ``(n, len(columns))`` uint64 array each)."""
        from thinc.api import NumpyOps

        if not feats:
            return []
        ops = NumpyOps()
        lengths = np.asarray([len(f) for f in feats], dtype="int32")
        width = self.layers[-1][-1] if self.layers else self.embed[-1]
        if not lengths.sum():
            return [np.zeros((0, width), dtype="float32") for _ in feats]
        k = len(self.columns)
        emb = self.embed_features(np.concatenate([f.reshape(len(f), k) for f in feats]))
        seqs = ops.unflatten(emb, lengths)
        Y = self.encode(ops.flatten(seqs, pad=self.pad))
        return ops.unflatten(Y, lengths, pad=self.pad)

    def features(self, docs: Sequence[Doc]) -> list[np.ndarray]:
        """The feature rows of *docs*, as thinc's ``FeatureExtractor`` reads them."""
        k = len(self.columns)
        return [doc.to_array(self.columns).reshape(len(doc), k).astype("uint64", copy=False) for doc in docs]

    def predict(self, docs: Sequence[Doc]) -> list[np.ndarray]:
        """Vectors of *docs*, as the thinc model's ``predict(docs)``."""
        return self(self.features(docs))

    def as_thinc(self) -> "Model":
        """This copy as an inference-only thinc layer (``List[Doc] -> List[Floats2d]``)."""
        from thinc.api import Model

        def forward(model, docs, is_train):
            if is_train:
                raise ValueError("HashCNN is an inference-only copy; train the original thinc model")
            return self.predict(docs), lambda d_out: []

        width = self.layers[-1][-1] if self.layers else self.embed[-1]
        # attrs["hash_cnn"]: callers that build feature rows themselves call the copy directly
        return Model("corpus_tools_hash_cnn", forward, dims={"nO": width}, attrs={"hash_cnn": self})


def use_hash_cnn(nlp: Language, *, project: bool = False) -> list[str]:
    """Swap, in place, every hash-embedding CNN ``tok2vec`` of *nlp* for its :class:`HashCNN` copy.

    Covers ``tok2vec`` components (whose listeners then receive the copy's vectors) and the
    embedded ``tok2vec`` of ``parser``/``ner`` components; with *project*, the copies embed
    through :meth:`HashCNN.project_tables`. Returns the names of the components changed. The
    pipeline is then for inference only: do not train or save it.
    """
    changed = []
    for name, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is None:
            continue
        if model.has_ref("embed") and model.has_ref("encode"):  # a tok2vec component
            fast = HashCNN.from_thinc(model, nlp.vocab)
            if fast is not None:
                pipe.model = (fast.project_tables() if project else fast).as_thinc()
                changed.append(name)
        elif model.name == "parser_model":  # parser / ner: layers[0] = tok2vec >> list2array >> linear
            head = model.layers[0]
            inner = head.layers[0] if head.layers else None
            fast = HashCNN.from_thinc(inner, nlp.vocab) if inner is not None and inner.has_ref("embed") else None
            if fast is not None:
                head.layers[0] = (fast.project_tables() if project else fast).as_thinc()
                changed.append(name)
    return changed
