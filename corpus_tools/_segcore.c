/* Compiled core of the segmenter's decoder: node scores of the pkuseg CRF and its Viterbi.
 *
 * corpus_tools/segment_fast.py builds the tables (numpy arrays) from a loaded model and
 * wraps them in a capsule with tables(); decode(capsule, text) returns the start offsets
 * of the words of *text* (one whitespace-free chunk, already normalised by
 * corpus_tools.text.normalize_text), or None when the text holds a character outside the
 * Basic Multilingual Plane whose class the tables do not know (the caller then uses the
 * pure-Python decoder, which gives the same output).
 *
 * It computes exactly what corpus_tools.nlp.Decoder computes with numpy: pkuseg's
 * character unigram and bigram features, our extra templates (c1c2, c-1c1, class windows
 * t3/t5), the lexicalised word features (w1, w-1, ww.l, ww.r) and the word-independent
 * dictionary features (d.b.L, d.e.L, d.m.L), then spacy_pkuseg's Viterbi, including its
 * tie-breaking. The tables are read-only once built, so any number of threads may decode
 * with them at once.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum {
    B_LUT,     /* int32 [0x110000]: code point -> node id (after pkuseg's renaming) */
    B_CLASS,   /* int8 [0x110000]: code point -> class code (^$NLPC = 0..5), -1 unknown */
    B_UTAB,    /* float64 [n_ids, 5, T]: c., c-1., c1., c-2., c2. rows per node id */
    B_BIAS,    /* float64 [T]: the bias feature ($$) */
    B_BKEYS,   /* uint64 [P] sorted: a << 32 | b for adjacent node pairs with a feature */
    B_BROWS,   /* float64 [P, 4, T]: cc1., c-1c., c-2c-1., c1c2. rows per pair */
    B_SKEYS,   /* uint64 [Q] sorted: a << 32 | b for node pairs two apart (c-1c1.) */
    B_SROWS,   /* float64 [Q, T] */
    B_TTAB,    /* float64 [6**5, T]: summed t3/t5 rows per class window code */
    B_TFIRST,  /* int32 [N + 1]: trie nodes' first child (CSR) */
    B_TCHAR,   /* int32 [E]: child edge's node id, sorted per parent */
    B_TCHILD,  /* int32 [E]: child trie node */
    B_TWORD,   /* int32 [N]: word index ending at a trie node (length 2..6), or -1 */
    B_WFEAT,   /* int32 [W, 2]: feature ids of w1. and w-1. per word, -1 when absent */
    B_GENERIC, /* int32 [7, 3]: feature ids of d.b.L, d.e.L, d.m.L per length L, -1 absent */
    B_PKEYS,   /* uint64 [R] sorted: word a << 32 | word b for word pairs with a feature */
    B_PFEAT,   /* int32 [R, 2]: feature ids of ww.l. and ww.r., -1 when absent */
    B_NODEW,   /* float64 [F, T]: feature weights */
    B_EDGE,    /* float64 [T, T]: edge_score[y, y_pre] as spacy_pkuseg's run_viterbi takes it */
    B_BEGINS,  /* uint8 [T]: tag starts a word */
    NB
};

typedef struct {
    Py_buffer b[NB];
    int n_buf;
    int T;
    int extra;
} Tables;

static const char *CAPSULE = "corpus_tools._segcore.tables";

static void tables_free(PyObject *capsule)
{
    Tables *t = (Tables *)PyCapsule_GetPointer(capsule, CAPSULE);
    if (t == NULL)
        return;
    for (int k = 0; k < t->n_buf; k++)
        PyBuffer_Release(&t->b[k]);
    free(t);
}

static PyObject *tables(PyObject *self, PyObject *args)
{
    PyObject *seq;
    int T, extra;
    if (!PyArg_ParseTuple(args, "Oii", &seq, &T, &extra))
        return NULL;
    if (!PyTuple_Check(seq) || PyTuple_GET_SIZE(seq) != NB) {
        PyErr_Format(PyExc_ValueError, "tables: expected a tuple of %d arrays", NB);
        return NULL;
    }
    Tables *t = (Tables *)calloc(1, sizeof(Tables));
    if (t == NULL)
        return PyErr_NoMemory();
    t->T = T;
    t->extra = extra;
    for (int k = 0; k < NB; k++) {
        if (PyObject_GetBuffer(PyTuple_GET_ITEM(seq, k), &t->b[k], PyBUF_C_CONTIGUOUS) < 0) {
            for (int j = 0; j < t->n_buf; j++)
                PyBuffer_Release(&t->b[j]);
            free(t);
            return NULL;
        }
        t->n_buf++;
    }
    PyObject *cap = PyCapsule_New(t, CAPSULE, tables_free);
    if (cap == NULL) {
        for (int j = 0; j < t->n_buf; j++)
            PyBuffer_Release(&t->b[j]);
        free(t);
    }
    return cap;
}

/* index of *key* in the sorted array *keys* of length n, or -1 */
static Py_ssize_t find_u64(const uint64_t *keys, Py_ssize_t n, uint64_t key)
{
    Py_ssize_t lo = 0, hi = n;
    while (lo < hi) {
        Py_ssize_t mid = (lo + hi) >> 1;
        if (keys[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (lo < n && keys[lo] == key) ? lo : -1;
}

static int32_t trie_child(const int32_t *first, const int32_t *chars, const int32_t *child,
                          int32_t node, int32_t c)
{
    int32_t lo = first[node], hi = first[node + 1];
    while (lo < hi) {
        int32_t mid = (lo + hi) >> 1;
        if (chars[mid] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (lo < first[node + 1] && chars[lo] == c) ? child[lo] : -1;
}

#define BUF(k, type) ((const type *)t->b[k].buf)

static inline void add_row(double *dst, const double *row, int T)
{
    for (int s = 0; s < T; s++)
        dst[s] += row[s];
}

static PyObject *decode(PyObject *self, PyObject *args)
{
    PyObject *cap, *text;
    if (!PyArg_ParseTuple(args, "OU", &cap, &text))
        return NULL;
    Tables *t = (Tables *)PyCapsule_GetPointer(cap, CAPSULE);
    if (t == NULL)
        return NULL;
    const int T = t->T;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (n == 0)
        return PyList_New(0);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);

    const int32_t *lut = BUF(B_LUT, int32_t);
    const int8_t *class_lut = BUF(B_CLASS, int8_t);
    const double *utab = BUF(B_UTAB, double);
    const double *bias = BUF(B_BIAS, double);
    const uint64_t *bkeys = BUF(B_BKEYS, uint64_t);
    Py_ssize_t n_bkeys = t->b[B_BKEYS].len / 8;
    const double *brows = BUF(B_BROWS, double);
    const uint64_t *skeys = BUF(B_SKEYS, uint64_t);
    Py_ssize_t n_skeys = t->b[B_SKEYS].len / 8;
    const double *srows = BUF(B_SROWS, double);
    const double *ttab = BUF(B_TTAB, double);
    const int32_t *tfirst = BUF(B_TFIRST, int32_t);
    const int32_t *tchar = BUF(B_TCHAR, int32_t);
    const int32_t *tchild = BUF(B_TCHILD, int32_t);
    const int32_t *tword = BUF(B_TWORD, int32_t);
    const int32_t *wfeat = BUF(B_WFEAT, int32_t);
    const int32_t *generic = BUF(B_GENERIC, int32_t);
    const uint64_t *pkeys = BUF(B_PKEYS, uint64_t);
    Py_ssize_t n_pkeys = t->b[B_PKEYS].len / 8;
    const int32_t *pfeat = BUF(B_PFEAT, int32_t);
    const double *nodew = BUF(B_NODEW, double);
    const double *edge = BUF(B_EDGE, double);
    const uint8_t *begins = BUF(B_BEGINS, uint8_t);

    /* one allocation for every per-text array */
    size_t sz = n * sizeof(int32_t) * 2            /* ids, cls */
                + n * T * sizeof(double) * 2        /* node, max_score */
                + n * T * sizeof(int32_t)           /* pre_tag */
                + n * sizeof(int32_t)               /* states */
                + 5 * n * sizeof(int32_t) * 2       /* matches per length: start, word */
                + n * 5 * sizeof(int32_t) * 2       /* words ending / starting per position */
                + n * sizeof(int8_t) * 2            /* counts */
                + n * sizeof(int32_t) + n;          /* end order, seen */
    char *mem = (char *)malloc(sz);
    if (mem == NULL)
        return PyErr_NoMemory();
    char *p = mem;
    int32_t *ids = (int32_t *)p; p += n * sizeof(int32_t);
    int32_t *cls = (int32_t *)p; p += n * sizeof(int32_t);
    double *node = (double *)p; p += n * T * sizeof(double);
    double *best = (double *)p; p += n * T * sizeof(double);
    int32_t *pre = (int32_t *)p; p += n * T * sizeof(int32_t);
    int32_t *states = (int32_t *)p; p += n * sizeof(int32_t);
    int32_t *m_start = (int32_t *)p; p += 5 * n * sizeof(int32_t);
    int32_t *m_word = (int32_t *)p; p += 5 * n * sizeof(int32_t);
    int32_t *ends_w = (int32_t *)p; p += n * 5 * sizeof(int32_t);
    int32_t *starts_w = (int32_t *)p; p += n * 5 * sizeof(int32_t);
    int8_t *n_ends = (int8_t *)p; p += n;
    int8_t *n_starts = (int8_t *)p; p += n;
    int32_t *end_order = (int32_t *)p; p += n * sizeof(int32_t);
    uint8_t *seen = (uint8_t *)p;
    Py_ssize_t n_m[5] = {0, 0, 0, 0, 0};

    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 cp = PyUnicode_READ(kind, data, i);
        int8_t c = class_lut[cp];
        if (c < 0) { /* a character the tables have no class for: let Python decode */
            free(mem);
            Py_RETURN_NONE;
        }
        ids[i] = lut[cp];
        cls[i] = c;
    }

    /* character features, in the order Decoder._char_scores adds them */
    const int U = 5 * T, BR = 4 * T;
    for (Py_ssize_t i = 0; i < n; i++) {
        double *nd = node + i * T;
        const double *u = utab + (size_t)ids[i] * U;
        for (int s = 0; s < T; s++)
            nd[s] = u[s] + bias[s];
    }
    Py_ssize_t *bidx = NULL;
    if (n > 1) {
        bidx = (Py_ssize_t *)malloc((n - 1) * sizeof(Py_ssize_t));
        if (bidx == NULL) {
            free(mem);
            return PyErr_NoMemory();
        }
        for (Py_ssize_t i = 0; i + 1 < n; i++)
            bidx[i] = find_u64(bkeys, n_bkeys, ((uint64_t)ids[i] << 32) | (uint32_t)ids[i + 1]);
        for (Py_ssize_t i = 1; i < n; i++)
            add_row(node + i * T, utab + (size_t)ids[i - 1] * U + 1 * T, T);
        for (Py_ssize_t i = 0; i + 1 < n; i++)
            add_row(node + i * T, utab + (size_t)ids[i + 1] * U + 2 * T, T);
        for (Py_ssize_t i = 0; i + 1 < n; i++)
            if (bidx[i] >= 0)
                add_row(node + i * T, brows + bidx[i] * BR + 0 * T, T);
        for (Py_ssize_t i = 0; i + 1 < n; i++)
            if (bidx[i] >= 0)
                add_row(node + (i + 1) * T, brows + bidx[i] * BR + 1 * T, T);
        for (Py_ssize_t i = 0; i + 2 < n; i++)
            if (bidx[i] >= 0)
                add_row(node + (i + 2) * T, brows + bidx[i] * BR + 2 * T, T);
    }
    if (n > 2) {
        for (Py_ssize_t i = 2; i < n; i++)
            add_row(node + i * T, utab + (size_t)ids[i - 2] * U + 3 * T, T);
        for (Py_ssize_t i = 0; i + 2 < n; i++)
            add_row(node + i * T, utab + (size_t)ids[i + 2] * U + 4 * T, T);
    }
    if (t->extra) {
        if (n > 2) {
            for (Py_ssize_t i = 0; i + 2 < n; i++)
                if (bidx[i + 1] >= 0)
                    add_row(node + i * T, brows + bidx[i + 1] * BR + 3 * T, T);
            for (Py_ssize_t i = 0; i + 2 < n; i++) {
                Py_ssize_t k = find_u64(skeys, n_skeys, ((uint64_t)ids[i] << 32) | (uint32_t)ids[i + 2]);
                if (k >= 0)
                    add_row(node + (i + 1) * T, srows + k * T, T);
            }
        }
        for (Py_ssize_t i = 0; i < n; i++) { /* window of classes i-2 .. i+2, padded ^^ .. $$ */
            int code = 0, mul = 1;
            for (int k = 0; k < 5; k++) {
                Py_ssize_t j = i - 2 + k;
                int c = j < 0 ? 0 : (j >= n ? 1 : cls[j]);
                code += c * mul;
                mul *= 6;
            }
            add_row(node + i * T, ttab + (size_t)code * T, T);
        }
    }
    free(bidx);

    /* dictionary words of length 2..6 (trie walk from every start) */
    memset(n_ends, 0, (size_t)n);
    memset(n_starts, 0, (size_t)n);
    memset(seen, 0, (size_t)n);
    for (Py_ssize_t j = 0; j < n; j++) {
        int32_t tn = 0;
        for (int d = 1; d <= 6 && j + d - 1 < n; d++) {
            tn = trie_child(tfirst, tchar, tchild, tn, ids[j + d - 1]);
            if (tn < 0)
                break;
            if (d >= 2 && tword[tn] >= 0) {
                m_start[(d - 2) * n + n_m[d - 2]] = (int32_t)j;
                m_word[(d - 2) * n + n_m[d - 2]] = tword[tn];
                n_m[d - 2]++;
            }
        }
    }
    Py_ssize_t n_end_order = 0;
    for (int ln = 2; ln <= 6; ln++) {
        const int32_t *ms = m_start + (ln - 2) * n, *mw = m_word + (ln - 2) * n;
        Py_ssize_t cnt = n_m[ln - 2];
        for (Py_ssize_t h = 0; h < cnt; h++) {
            int32_t j = ms[h], w = mw[h], e = j + ln - 1;
            starts_w[j * 5 + n_starts[j]++] = w;
            ends_w[e * 5 + n_ends[e]++] = w;
            if (!seen[e]) {
                seen[e] = 1;
                end_order[n_end_order++] = e;
            }
            if (wfeat[2 * w] >= 0)
                add_row(node + (size_t)j * T, nodew + (size_t)wfeat[2 * w] * T, T);
            if (wfeat[2 * w + 1] >= 0)
                add_row(node + (size_t)e * T, nodew + (size_t)wfeat[2 * w + 1] * T, T);
        }
        int32_t kb = generic[ln * 3], ke = generic[ln * 3 + 1], km = generic[ln * 3 + 2];
        for (Py_ssize_t h = 0; h < cnt; h++) {
            int32_t j = ms[h], e = j + ln - 1;
            if (kb >= 0)
                add_row(node + (size_t)j * T, nodew + (size_t)kb * T, T);
            if (ke >= 0)
                add_row(node + (size_t)e * T, nodew + (size_t)ke * T, T);
            if (km >= 0)
                for (int32_t m = j + 1; m < e; m++)
                    add_row(node + (size_t)m * T, nodew + (size_t)km * T, T);
        }
    }
    for (Py_ssize_t h = 0; h < n_end_order; h++) { /* word pairs meeting between e and e + 1 */
        int32_t e = end_order[h], i = e + 1;
        if (i >= n || n_starts[i] == 0)
            continue;
        for (int a = 0; a < n_ends[e]; a++)
            for (int b = 0; b < n_starts[i]; b++) {
                uint64_t key = ((uint64_t)ends_w[e * 5 + a] << 32) | (uint32_t)starts_w[i * 5 + b];
                Py_ssize_t k = find_u64(pkeys, n_pkeys, key);
                if (k < 0)
                    continue;
                if (pfeat[2 * k] >= 0)
                    add_row(node + (size_t)i * T, nodew + (size_t)pfeat[2 * k] * T, T);
                if (pfeat[2 * k + 1] >= 0)
                    add_row(node + (size_t)e * T, nodew + (size_t)pfeat[2 * k + 1] * T, T);
            }
    }

    /* spacy_pkuseg.inference.run_viterbi, right to left, same tie-breaking */
    for (int y = 0; y < T; y++)
        best[(n - 1) * T + y] = node[(n - 1) * T + y];
    for (Py_ssize_t i = n - 2; i >= 0; i--) {
        for (int y = 0; y < T; y++) {
            double ma = 0.0;
            int arg = 0;
            for (int yp = 0; yp < T; yp++) {
                double sc = best[(i + 1) * T + yp] + node[i * T + y] + edge[y * T + yp];
                if (yp == 0 || sc >= ma) {
                    ma = sc;
                    arg = yp;
                }
            }
            best[i * T + y] = ma;
            pre[i * T + y] = arg;
        }
    }
    double ma = best[0];
    int tag = 0;
    for (int y = 1; y < T; y++)
        if (ma < best[y]) {
            ma = best[y];
            tag = y;
        }
    states[0] = tag;
    for (Py_ssize_t i = 1; i < n; i++) {
        tag = pre[(i - 1) * T + tag];
        states[i] = tag;
    }

    PyObject *out = PyList_New(0);
    if (out == NULL) {
        free(mem);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        if (i == 0 || begins[states[i]]) {
            PyObject *v = PyLong_FromSsize_t(i);
            if (v == NULL || PyList_Append(out, v) < 0) {
                Py_XDECREF(v);
                Py_DECREF(out);
                free(mem);
                return NULL;
            }
            Py_DECREF(v);
        }
    }
    free(mem);
    return out;
}

static PyMethodDef methods[] = {
    {"tables", tables, METH_VARARGS, "tables(arrays, n_tag, extra) -> capsule holding the decoder's tables"},
    {"decode", decode, METH_VARARGS, "decode(tables, text) -> start offsets of the words, or None"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_segcore",
                                    "Compiled node scores and Viterbi of the segmenter (see segment_fast.py).",
                                    -1, methods};

PyMODINIT_FUNC PyInit__segcore(void) { return PyModule_Create(&module); }
