/* Greedy decoding of the character NER model (spaCy's BILUO transition parser) in one C loop.
 *
 * spaCy decodes in Cython (spacy/pipeline/transition_parser.pyx: _parseC, predict_states,
 * c_transition_batch; spacy/pipeline/_parser_internals/ner.pyx: the moves), and there the
 * state and validity helpers take and release the GIL around every call: for the NER
 * model's 13 moves that is most of its decoding time. decode() runs the same steps on the
 * same float32 arrays, in the same order:
 *
 *   for every unfinished state of the batch, in batch order, each step:
 *     features: B(0), the open entity's first token E(0), B(0) - 1 (-1 when absent);
 *     unmaxed = ((0 + row_f0) + row_f1) + row_f2, then + bias   (sum_state_features)
 *     hidden[j] = unmaxed[j, argmax of the nP pieces]            (thinc Vec.arg_max, ties as there)
 *     scores = hidden @ W.T with BLIS's own sgemm (the function spaCy calls), then + b
 *   then, per state in order: the valid moves (Begin/In/Last/Unit/Out of ner.pyx, for
 *   documents without preset entities), the first valid move with the highest score,
 *   the move; states whose buffer is empty leave the batch.
 *
 * corpus_tools/_charner.py prepares the arrays (the model's precomputed feature rows, the
 * documents' token flags) and falls back to spaCy's own decoder whenever the documents
 * carry preset entities, a class is unseen, or the shapes are not these; decode() returns
 * None when no move is valid (spaCy would force the state final), and the caller then
 * uses spaCy too. Without this extension everything runs through spaCy, same output.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef void (*sgemm_fn)(int, int, int, int, int, float, const float *, int, const float *, int, float, float *,
                         int);

enum { MISSING = 0, BEGIN = 1, IN = 2, LAST = 3, UNIT = 4, OUT = 5 };

typedef struct {
    int offset;    /* first token of the document in the batch */
    int length;
    int b;         /* buffer position (_b_i) */
    int n_ents;
    int open;      /* the last entity is open (end == -1) */
    int ent_start; /* start of the last entity */
    int ent_label; /* label of the last entity */
} State;

static int is_valid(const State *st, int move, int label, const uint8_t *space, const int8_t *sent_start)
{
    int b0 = st->offset + st->b;
    int buffer = st->length - st->b;
    /* B_(1): the empty token (sent_start 0) past the end */
    int next_sent_start = buffer >= 2 ? sent_start[b0 + 1] : 0;
    switch (move) {
    case BEGIN:
        if (st->open || buffer < 2 || label == 0)
            return 0;
        if (next_sent_start == 1)
            return 0;
        return !space[b0];
    case IN:
        if (!st->open || buffer < 2 || label == 0 || st->ent_label != label)
            return 0;
        return !(buffer >= 2 && next_sent_start == 1);
    case LAST:
        if (label == 0 || !st->open)
            return 0;
        return st->ent_label == label;
    case UNIT:
        if (label == 0 || st->open)
            return 0;
        return !space[b0];
    case OUT:
        return !st->open;
    default:
        return 0;
    }
}

static PyObject *decode(PyObject *self, PyObject *args)
{
    PyObject *sgemm_cap;
    Py_buffer cached, bias, W, Wb, moves, labels, lengths, space, sent;
    int F, H, P;
    if (!PyArg_ParseTuple(args, "Oy*y*y*y*y*y*y*y*y*iii", &sgemm_cap, &cached, &bias, &W, &Wb, &moves, &labels,
                          &lengths, &space, &sent, &F, &H, &P))
        return NULL;
    PyObject *result = NULL;
    float *unmaxed = NULL, *hidden = NULL, *scores = NULL;
    State *states = NULL;
    int *active = NULL, *ids = NULL;
    sgemm_fn sgemm = NULL;
    if (PyCapsule_CheckExact(sgemm_cap))
        sgemm = (sgemm_fn)PyCapsule_GetPointer(sgemm_cap, PyCapsule_GetName(sgemm_cap));
    if (sgemm == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_TypeError, "expected the capsule of blis.cy's sgemm");
        goto done;
    }
    int C = (int)(Wb.len / sizeof(float));
    int D = (int)(lengths.len / sizeof(int32_t));
    int T = (int)space.len;
    int O = H * P;
    if (F <= 0 || H <= 0 || P <= 0 || C <= 0 || bias.len != (Py_ssize_t)(O * sizeof(float)) ||
        W.len != (Py_ssize_t)((size_t)C * H * sizeof(float)) || moves.len != (Py_ssize_t)(C * sizeof(int32_t)) ||
        labels.len != (Py_ssize_t)(C * sizeof(int32_t)) || sent.len != space.len ||
        cached.len != (Py_ssize_t)((size_t)(T + 1) * F * O * sizeof(float))) {
        PyErr_SetString(PyExc_ValueError, "decode: arrays of inconsistent sizes");
        goto done;
    }
    const float *rows = (const float *)cached.buf, *fb = (const float *)bias.buf;
    const float *w = (const float *)W.buf, *wb = (const float *)Wb.buf;
    const int32_t *mv = (const int32_t *)moves.buf, *lab = (const int32_t *)labels.buf;
    const int32_t *len = (const int32_t *)lengths.buf;
    const uint8_t *sp = (const uint8_t *)space.buf;
    const int8_t *ss = (const int8_t *)sent.buf;

    states = calloc(D > 0 ? D : 1, sizeof(State));
    active = calloc(D > 0 ? D : 1, sizeof(int));
    ids = calloc((size_t)(D > 0 ? D : 1) * F, sizeof(int));
    unmaxed = calloc((size_t)(D > 0 ? D : 1) * O, sizeof(float));
    hidden = calloc((size_t)(D > 0 ? D : 1) * H, sizeof(float));
    scores = calloc((size_t)(D > 0 ? D : 1) * C, sizeof(float));
    /* entities: at most one per token */
    int32_t *ents = calloc((size_t)(T > 0 ? T : 1) * 4, sizeof(int32_t));
    if (!states || !active || !ids || !unmaxed || !hidden || !scores || !ents) {
        free(ents);
        PyErr_NoMemory();
        goto done;
    }
    int n_ents = 0, n_active = 0, offset = 0;
    for (int d = 0; d < D; d++) {
        states[d].offset = offset;
        states[d].length = len[d];
        offset += len[d];
        if (len[d] > 0)
            active[n_active++] = d;
    }
    if (offset != T) {
        free(ents);
        PyErr_SetString(PyExc_ValueError, "decode: document lengths do not add up to the token count");
        goto done;
    }
    int failed = 0;
    Py_BEGIN_ALLOW_THREADS
    while (n_active > 0 && !failed) {
        for (int i = 0; i < n_active; i++) {
            const State *st = &states[active[i]];
            int *id = &ids[i * F];
            int b0 = st->b; /* never final here: b < length */
            int e0 = st->open ? st->ent_start : -1;
            int f[3] = {b0, e0, e0 == -1 ? -1 : b0 - 1};
            for (int k = 0; k < F; k++)
                id[k] = k < 3 && f[k] >= 0 ? f[k] + st->offset : -1;
            float *u = &unmaxed[(size_t)i * O];
            for (int o = 0; o < O; o++)
                u[o] = 0.0f;
            for (int k = 0; k < F; k++) {
                const float *r = id[k] < 0 ? rows + (size_t)k * O : rows + ((size_t)(id[k] + 1) * F + k) * O;
                for (int o = 0; o < O; o++)
                    u[o] = u[o] + r[o];
            }
            for (int o = 0; o < O; o++)
                u[o] = u[o] + fb[o];
            float *h = &hidden[(size_t)i * H];
            for (int j = 0; j < H; j++) {
                const float *pc = u + (size_t)j * P;
                int best;
                if (P == 2) {
                    best = pc[0] > pc[1] ? 0 : 1;
                } else {
                    best = 0;
                    float mode = pc[0];
                    for (int p = 1; p < P; p++)
                        if (pc[p] > mode) {
                            mode = pc[p];
                            best = p;
                        }
                }
                h[j] = pc[best];
            }
        }
        memset(scores, 0, (size_t)n_active * C * sizeof(float));
        sgemm(0, 1, n_active, C, H, 1.0f, hidden, H, w, H, 0.0f, scores, C);
        for (int i = 0; i < n_active; i++)
            for (int c = 0; c < C; c++)
                scores[(size_t)i * C + c] = scores[(size_t)i * C + c] + wb[c];
        int kept = 0;
        for (int i = 0; i < n_active; i++) {
            State *st = &states[active[i]];
            const float *sc = &scores[(size_t)i * C];
            int guess = -1;
            for (int c = 0; c < C; c++)
                if (is_valid(st, mv[c], lab[c], sp, ss) && (guess == -1 || sc[c] > sc[guess]))
                    guess = c;
            if (guess == -1) {
                failed = 1;
                break;
            }
            int move = mv[guess];
            if (move == BEGIN || move == UNIT) {
                st->open = 1;
                st->ent_start = st->b;
                st->ent_label = lab[guess];
                st->n_ents++;
            }
            if ((move == LAST || move == UNIT) && st->open) {
                int32_t *e = &ents[(size_t)n_ents * 4];
                e[0] = active[i];
                e[1] = st->ent_start;
                e[2] = st->b + 1;
                e[3] = guess;
                n_ents++;
                st->open = 0;
            }
            st->b++;
            if (st->b < st->length)
                active[kept++] = active[i];
        }
        n_active = kept;
    }
    Py_END_ALLOW_THREADS
    if (failed) {
        free(ents);
        result = Py_None;
        Py_INCREF(result);
        goto done;
    }
    result = PyList_New(n_ents);
    for (int k = 0; result != NULL && k < n_ents; k++) {
        PyObject *t = Py_BuildValue("(iiii)", ents[4 * k], ents[4 * k + 1], ents[4 * k + 2], ents[4 * k + 3]);
        if (t == NULL) {
            Py_CLEAR(result);
            break;
        }
        PyList_SET_ITEM(result, k, t);
    }
    free(ents);
done:
    free(states);
    free(active);
    free(ids);
    free(unmaxed);
    free(hidden);
    free(scores);
    PyBuffer_Release(&cached);
    PyBuffer_Release(&bias);
    PyBuffer_Release(&W);
    PyBuffer_Release(&Wb);
    PyBuffer_Release(&moves);
    PyBuffer_Release(&labels);
    PyBuffer_Release(&lengths);
    PyBuffer_Release(&space);
    PyBuffer_Release(&sent);
    return result;
}


/* ------------------------------------------------------------------ maxout + layer normalisation
 *
 * maxout_norm() is corpus_tools/nlp/tok2vec.py's HashCNN._maxout_norm after the matrix product,
 * fused into one pass over each row, with NumPy's arithmetic in NumPy's order so the floats are
 * the same bits (the build passes -ffp-contract=off: no fused multiply-adds):
 *
 *   x = X[i] + b (float32)                     X += b
 *   best[j] = max over p of x[j * nP + p]       np.maximum over the strided pieces, in order
 *   mu = 0 + pairwise_sum(best) (float32)       np.add.reduce (identity 0, NumPy's pairwise sum)
 *   mu = (float)((double)mu / nO)               true_divide by an intp: computed in float64
 *   best -= mu; var = sum of best^2 likewise, / nO, + 1e-08f
 *   best = ((best * powf(var, -0.5f)) * G) + g_b   var ** -0.5 is NumPy's powf loop
 *   out[i] = R[i] + best                        the encoder's residual, when R is given
 */
#include <math.h>

#define PW_BLOCKSIZE 128

/* NumPy's FLOAT_pairwise_sum (numpy/_core/src/umath/loops_utils.h.src), contiguous input */
static inline float pairwise_sum(const float *a, Py_ssize_t n)
{
    if (n < 8) {
        float res = -0.0f;
        for (Py_ssize_t i = 0; i < n; i++)
            res += a[i];
        return res;
    }
    else if (n <= PW_BLOCKSIZE) {
        float r[8], res;
        Py_ssize_t i;
        for (int k = 0; k < 8; k++)
            r[k] = a[k];
        for (i = 8; i < n - (n % 8); i += 8)
            for (int k = 0; k < 8; k++)
                r[k] += a[i + k];
        res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; i++)
            res += a[i];
        return res;
    }
    else {
        Py_ssize_t n2 = n / 2;
        n2 -= n2 % 8;
        return pairwise_sum(a, n2) + pairwise_sum(a + n2, n - n2);
    }
}

#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
/* AVX-512 and AVX2 copies chosen at load time where the CPU has them: the same operations on
 * wider registers, so the same floats (no FMA: -ffp-contract=off, and neither target enables
 * contraction; gcc vectorises no float reduction without -ffast-math). The AVX-512 copy runs
 * the maxout and layer norm some 30% faster per row on a Xeon (Skylake-X) */
#define VECTOR_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define VECTOR_CLONES
#endif

/* one row: x (nO * nP, bias already added) -> y (nO), residual r (nO) or NULL; best, sq: nO scratch */
VECTOR_CLONES
static void norm_row(const float *x, const float *g, const float *gbias, const float *r, float *y, float *best,
                     float *sq, int nO, int nP)
{
    /* np.maximum keeps the first on ties and propagates NaN: v > m ? v : m is the same for
     * numbers (and vectorises); a row with a NaN takes the slow path */
    int nan = 0;
    for (int k = 0; k < nO * nP; k++)
        nan |= x[k] != x[k];
    if (nan) {
        for (int j = 0; j < nO; j++) {
            float m = x[(Py_ssize_t)j * nP];
            for (int p = 1; p < nP; p++) {
                float v = x[(Py_ssize_t)j * nP + p];
                m = (m >= v || m != m) ? m : v;
            }
            best[j] = m;
        }
    }
    else if (nP == 3) {
        for (int j = 0; j < nO; j++) {
            float m = x[3 * j], v = x[3 * j + 1], w = x[3 * j + 2];
            m = v > m ? v : m;
            best[j] = w > m ? w : m;
        }
    }
    else {
        for (int j = 0; j < nO; j++)
            best[j] = x[(Py_ssize_t)j * nP];
        for (int p = 1; p < nP; p++)
            for (int j = 0; j < nO; j++) {
                float v = x[(Py_ssize_t)j * nP + p];
                best[j] = v > best[j] ? v : best[j];
            }
    }
    float mu = 0.0f + pairwise_sum(best, nO);
    mu = (float)((double)mu / (double)nO);
    for (int j = 0; j < nO; j++) {
        best[j] = best[j] - mu;
        sq[j] = best[j] * best[j];
    }
    float var = 0.0f + pairwise_sum(sq, nO);
    var = (float)((double)var / (double)nO);
    var = var + 1e-08f;
    float scale = powf(var, -0.5f);
    if (r != NULL)
        for (int j = 0; j < nO; j++)
            y[j] = r[j] + (((best[j] * scale) * g[j]) + gbias[j]);
    else
        for (int j = 0; j < nO; j++)
            y[j] = ((best[j] * scale) * g[j]) + gbias[j];
}

VECTOR_CLONES
static void add_bias(const float *x, const float *b, float *out, Py_ssize_t n)
{
    for (Py_ssize_t k = 0; k < n; k++)
        out[k] = x[k] + b[k];
}

static PyObject *maxout_norm(PyObject *self, PyObject *args)
{
    Py_buffer X, b, G, gb, R, out;
    int nO, nP;
    if (!PyArg_ParseTuple(args, "y*y*y*y*y*w*ii", &X, &b, &G, &gb, &R, &out, &nO, &nP))
        return NULL;
    PyObject *result = NULL;
    float *scratch = NULL;
    Py_ssize_t width = (Py_ssize_t)nO * nP;
    Py_ssize_t n = nO > 0 && nP > 0 ? X.len / (Py_ssize_t)(width * sizeof(float)) : 0;
    if (nO <= 0 || nP <= 0 || X.len != (Py_ssize_t)(n * width * sizeof(float)) ||
        (b.len != 0 && b.len != (Py_ssize_t)(width * sizeof(float))) || G.len != (Py_ssize_t)(nO * sizeof(float)) ||
        gb.len != (Py_ssize_t)(nO * sizeof(float)) || out.len != (Py_ssize_t)(n * nO * sizeof(float)) ||
        (R.len != 0 && R.len != out.len)) {
        PyErr_SetString(PyExc_ValueError, "maxout_norm: arrays of inconsistent sizes");
        goto done;
    }
    scratch = malloc(((size_t)2 * nO + width) * sizeof(float));
    if (scratch == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    const float *x = (const float *)X.buf, *bias = b.len ? (const float *)b.buf : NULL;
    const float *g = (const float *)G.buf, *gbias = (const float *)gb.buf;
    const float *res = R.len ? (const float *)R.buf : NULL;
    float *y = (float *)out.buf;
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t i = 0; i < n; i++) {
        const float *row = x + i * width;
        if (bias != NULL) { /* X += b */
            add_bias(row, bias, scratch + 2 * nO, width);
            row = scratch + 2 * nO;
        }
        norm_row(row, g, gbias, res ? res + i * nO : NULL, y + i * nO, scratch, scratch + nO, nO, nP);
    }
    Py_END_ALLOW_THREADS
    result = Py_None;
    Py_INCREF(result);
done:
    free(scratch);
    PyBuffer_Release(&X);
    PyBuffer_Release(&b);
    PyBuffer_Release(&G);
    PyBuffer_Release(&gb);
    PyBuffer_Release(&R);
    PyBuffer_Release(&out);
    return result;
}

/* gather_sum() is HashCNN._embed_projected's sum of gathered rows (corpus_tools/nlp/tok2vec.py):
 *
 *   out[i] = tables[0][idx[0][i]]; out[i] += tables[1][idx[1][i]]; ...; out[i] += bias
 *
 * the float32 additions of ``Y = np.take(...); Y += np.take(...); ...; Y += b`` in the same order
 * (so the same bits), without one n-by-width temporary per table. Indices are checked.
 */
VECTOR_CLONES
static void add_row(float *y, const float *r, Py_ssize_t n)
{
    for (Py_ssize_t k = 0; k < n; k++)
        y[k] = y[k] + r[k];
}

static PyObject *gather_sum(PyObject *self, PyObject *args)
{
    PyObject *tables_obj, *idx_obj;
    Py_buffer b, out;
    Py_ssize_t width;
    if (!PyArg_ParseTuple(args, "OOy*w*n", &tables_obj, &idx_obj, &b, &out, &width))
        return NULL;
    PyObject *result = NULL;
    Py_ssize_t k = 0, got = 0, n = 0;
    Py_buffer *bufs = NULL;
    PyObject *tables = PySequence_Fast(tables_obj, "gather_sum: tables must be a sequence");
    PyObject *idxs = tables ? PySequence_Fast(idx_obj, "gather_sum: indices must be a sequence") : NULL;
    if (idxs == NULL)
        goto done;
    k = PySequence_Fast_GET_SIZE(tables);
    if (k < 1 || PySequence_Fast_GET_SIZE(idxs) != k || width <= 0 ||
        (b.len != 0 && b.len != (Py_ssize_t)(width * sizeof(float))) || out.len % (Py_ssize_t)(width * sizeof(float))) {
        PyErr_SetString(PyExc_ValueError, "gather_sum: arrays of inconsistent sizes");
        goto done;
    }
    n = out.len / (Py_ssize_t)(width * sizeof(float));
    bufs = calloc((size_t)(2 * k), sizeof(Py_buffer));
    if (bufs == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (; got < 2 * k; got++) {
        PyObject *o = got < k ? PySequence_Fast_GET_ITEM(tables, got) : PySequence_Fast_GET_ITEM(idxs, got - k);
        if (PyObject_GetBuffer(o, &bufs[got], PyBUF_C_CONTIGUOUS) < 0)
            goto done;
    }
    for (Py_ssize_t t = 0; t < k; t++) {
        if (bufs[t].len % (Py_ssize_t)(width * sizeof(float)) || bufs[k + t].len != (Py_ssize_t)(n * sizeof(int64_t))) {
            PyErr_SetString(PyExc_ValueError, "gather_sum: arrays of inconsistent sizes");
            goto done;
        }
        Py_ssize_t rows = bufs[t].len / (Py_ssize_t)(width * sizeof(float));
        const int64_t *ix = (const int64_t *)bufs[k + t].buf;
        for (Py_ssize_t i = 0; i < n; i++)
            if (ix[i] < 0 || ix[i] >= rows) {
                PyErr_SetString(PyExc_IndexError, "gather_sum: row index out of range");
                goto done;
            }
    }
    float *y = (float *)out.buf;
    const float *bias = b.len ? (const float *)b.buf : NULL;
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t i = 0; i < n; i++) {
        float *yi = y + i * width;
        memcpy(yi, (const float *)bufs[0].buf + ((const int64_t *)bufs[k].buf)[i] * width, width * sizeof(float));
        for (Py_ssize_t t = 1; t < k; t++)
            add_row(yi, (const float *)bufs[t].buf + ((const int64_t *)bufs[k + t].buf)[i] * width, width);
        if (bias != NULL)
            add_row(yi, bias, width);
    }
    Py_END_ALLOW_THREADS
    result = Py_None;
    Py_INCREF(result);
done:
    for (Py_ssize_t t = 0; t < got; t++)
        PyBuffer_Release(&bufs[t]);
    free(bufs);
    Py_XDECREF(tables);
    Py_XDECREF(idxs);
    PyBuffer_Release(&b);
    PyBuffer_Release(&out);
    return result;
}

/* window_rows() is HashCNN._seq2col_rows (corpus_tools/nlp/tok2vec.py): rows s..e of thinc's seq2col
 * of X (n rows of w floats): each row beside its nW neighbours on either side, zeros past the ends.
 * A copy only (no arithmetic); a row whose neighbours are all inside X is one memcpy, as the
 * rows i - nW .. i + nW lie next to each other in X.
 */
static PyObject *window_rows(PyObject *self, PyObject *args)
{
    Py_buffer X, out;
    Py_ssize_t w, s, e, nW;
    if (!PyArg_ParseTuple(args, "y*w*nnnn", &X, &out, &w, &s, &e, &nW))
        return NULL;
    PyObject *result = NULL;
    Py_ssize_t n = w > 0 ? X.len / (Py_ssize_t)(w * sizeof(float)) : 0;
    Py_ssize_t span = (2 * nW + 1) * w;
    if (w <= 0 || nW < 0 || X.len != (Py_ssize_t)(n * w * sizeof(float)) || s < 0 || e < s || e > n ||
        out.len != (Py_ssize_t)((e - s) * span * sizeof(float))) {
        PyErr_SetString(PyExc_ValueError, "window_rows: arrays of inconsistent sizes");
        goto done;
    }
    const float *x = (const float *)X.buf;
    float *y = (float *)out.buf;
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t i = s; i < e; i++) {
        float *row = y + (i - s) * span;
        if (i - nW >= 0 && i + nW < n) {
            memcpy(row, x + (i - nW) * w, (size_t)span * sizeof(float));
            continue;
        }
        for (Py_ssize_t k = -nW; k <= nW; k++) {
            float *block = row + (k + nW) * w;
            if (i + k < 0 || i + k >= n)
                memset(block, 0, (size_t)w * sizeof(float));
            else
                memcpy(block, x + (i + k) * w, (size_t)w * sizeof(float));
        }
    }
    Py_END_ALLOW_THREADS
    result = Py_None;
    Py_INCREF(result);
done:
    PyBuffer_Release(&X);
    PyBuffer_Release(&out);
    return result;
}

static PyMethodDef methods[] = {
    {"window_rows", window_rows, METH_VARARGS,
     "window_rows(X, out, w, s, e, nW) -> None: rows s..e of seq2col(X) (each row and its nW neighbours "
     "either side, zeros past the ends) into out, as HashCNN._seq2col_rows"},
    {"decode", decode, METH_VARARGS,
     "decode(sgemm, rows, bias, W, b, moves, labels, lengths, space, sent_start, nF, nH, nP) -> "
     "[(doc, start, end, class)] or None"},
    {"maxout_norm", maxout_norm, METH_VARARGS,
     "maxout_norm(X, b, G, g_b, residual, out, nO, nP) -> None: bias, maxout, layer norm (and residual) "
     "into out, as HashCNN._maxout_norm (b or residual may be empty)"},
    {"gather_sum", gather_sum, METH_VARARGS,
     "gather_sum(tables, indices, b, out, width) -> None: out[i] = sum over t of tables[t][indices[t][i]], "
     "then + b (b may be empty), added in order as HashCNN._embed_projected"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_nercore",
                                    "Greedy decoding of the character NER model (see _charner.py).", -1, methods};

PyMODINIT_FUNC PyInit__nercore(void) { return PyModule_Create(&module); }
