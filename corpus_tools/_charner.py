"""Character-level statistical NER: the document form shared by training and run time.

The shipped model (``corpus_tools/models/ner``) is a spaCy pipeline with one ``ner`` pipe
that reads *character* tokens. Each token's ``NORM`` is the forward character bigram, so
the CNN sees unigrams and bigrams. The model also sees our own segmentation: every
character token carries, as its ``TAG``, its position in the word of the shipped
pkuseg segmenter and that word's PKU part-of-speech tag (``B-nr``, ``E-ns``, ``S-v``;
B/I/E = first/inner/last character of a longer word, S = one-character word), computed
with :func:`corpus_tools.nlp.load_pipeline` at training and at run time alike. Entities
found on the character doc are mapped back to character offsets of the original text, so
they can be placed on any tokenisation (``Doc.char_span(..., alignment_mode="expand")``).

A model may also carry a name lexicon (a ``Lookups`` table in its vocab, see
:data:`LEXICON_TABLE`): each character's ``LEMMA`` is then its position in the longest
lexicon name that forward maximum matching finds over the text, with that name's label
(``B-PER``, ``E-LOC``, ``S-ORG``, ``_`` outside). The model learns how far to trust it.

Character tokens keep entity edges free to fall inside a segmenter word (乔天明家) and let
us train and test directly on the character-annotated MSRA and People's Daily NER corpora.

Examples
--------
>>> word_features("江泽民在北京", [(0, 1, "nr"), (1, 3, "nr"), (3, 4, "p"), (4, 6, "ns")])
['S-nr', 'B-nr', 'E-nr', 'S-p', 'B-ns', 'E-ns']
"""

from __future__ import annotations

import operator
import threading
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from corpus_tools.text import normalize_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

__all__ = ["char_doc", "char_entities", "doc_features", "lexicon_features", "model_lexicon", "parse_features",
           "parse_lexicon", "uses_word_features", "word_features"]

_END = "</s>"
#: ``nlp.meta`` key naming the per-character features a model was trained with.
FEATURES_KEY = "corpus_tools_features"
#: Value of :data:`FEATURES_KEY` for models that read word position + PKU tag as ``TAG``.
WORD_TAG = "pkuseg_word_position_tag"
#: Name of the vocab ``Lookups`` table holding a model's name lexicon: one entry, ``"tsv"``,
#: whose value is ``name<TAB>label`` lines (label PER, LOC or ORG).
LEXICON_TABLE = "corpus_tools_ner_lexicon"
_LEXICON_MAX = 16


def word_features(text: str, tokens: Iterable[tuple[int, int, str]]) -> list[str]:
    """Per-character word-position + tag features of *text* from ``(start, end, tag)`` words.

    Characters not covered by a word (whitespace) get ``""``.

    Examples
    --------
    >>> word_features("贺刚说", [(0, 2, "nr"), (2, 3, "v")])
    ['B-nr', 'E-nr', 'S-v']
    """
    feats = [""] * len(text)
    for s, e, tag in tokens:
        if e - s == 1:
            feats[s] = "S-" + tag
            continue
        feats[s] = "B-" + tag
        for k in range(s + 1, e - 1):
            feats[k] = "I-" + tag
        feats[e - 1] = "E-" + tag
    return feats


@lru_cache(maxsize=4)
def parse_lexicon(tsv: str) -> dict[str, str]:
    """``{name: label}`` from ``name<TAB>label`` lines (parsed once per distinct text).

    Examples
    --------
    >>> parse_lexicon("王群\\tPER\\n北京\\tLOC\\n")
    {'王群': 'PER', '北京': 'LOC'}
    """
    names: dict[str, str] = {}
    for line in tsv.splitlines():
        name, _, label = line.partition("\t")
        if name and label:
            names[name] = label
    return names


def model_lexicon(nlp: "Language") -> dict[str, str] | None:
    """The name lexicon stored in *nlp*'s vocab (``{name: label}``), or None if it has none."""
    if not nlp.vocab.lookups.has_table(LEXICON_TABLE):
        return None
    return parse_lexicon(nlp.vocab.lookups.get_table(LEXICON_TABLE)["tsv"])


def _lexicon_index(lexicon: Mapping[str, str]) -> dict[str, int]:
    """``{first two characters: longest name length}`` of a lexicon (cached per lexicon object)."""
    got = _INDEXES.get(id(lexicon))
    if got is not None and got[0] is lexicon and got[1] == len(lexicon):
        return got[2]
    index: dict[str, int] = {}
    for name in lexicon:
        if 2 <= len(name):
            index[name[:2]] = max(index.get(name[:2], 0), len(name))
    if len(_INDEXES) >= 4:
        _INDEXES.clear()
    _INDEXES[id(lexicon)] = (lexicon, len(lexicon), index)
    return index


_INDEXES: dict[int, tuple] = {}


def lexicon_features(chars: Sequence[str], lexicon: Mapping[str, str]) -> list[str]:
    """Per-character lexicon features of *chars* by forward maximum matching (names of 2 to 16 characters).

    Examples
    --------
    >>> lexicon_features(list("王群韦钰在北京"), {"王群": "PER", "韦钰": "PER", "北京": "LOC"})
    ['B-PER', 'E-PER', 'B-PER', 'E-PER', '_', 'B-LOC', 'E-LOC']
    """
    text = "".join(chars)
    index = _lexicon_index(lexicon)
    out = ["_"] * len(text)
    i = 0  # the first position not inside a name found so far; only positions that start a name's two characters are tried
    for p, longest in [(p, index[b]) for p, b in enumerate(map(operator.add, text, text[1:])) if b in index]:
        if p < i:
            continue
        for n in range(min(_LEXICON_MAX, len(text) - p, longest), 1, -1):
            label = lexicon.get(text[p:p + n])
            if label is not None:
                out[p] = "B-" + label
                for k in range(p + 1, p + n - 1):
                    out[k] = "I-" + label
                out[p + n - 1] = "E-" + label
                i = p + n
                break
    return out


def doc_features(doc: "Doc") -> list[str]:
    """:func:`word_features` of a segmented and tagged spaCy Doc (one entry per character of ``doc.text``)."""
    return word_features(doc.text, ((t.idx, t.idx + len(t.text), t.tag_) for t in doc if not t.is_space))


_LOCAL = threading.local()


def _tagging_pipeline() -> "Language":
    """This thread's copy of the shipped pipeline, its tok2vec swapped for the NumPy copy (never handed out)."""
    nlp = getattr(_LOCAL, "tagger", None)
    if nlp is None:
        from corpus_tools.nlp.tok2vec import use_hash_cnn
        from corpus_tools.pipeline import load_pipeline

        nlp = load_pipeline()
        use_hash_cnn(nlp, project=True)
        _LOCAL.tagger = nlp
    return nlp


def parse_features(texts: Sequence[str], *, batch_size: int = 256) -> list[list[str]]:
    """Segment and tag *texts* with the shipped pipeline and return :func:`doc_features` of each.

    The pipeline is loaded once per thread, with its ``tok2vec`` run by
    :class:`corpus_tools.nlp.tok2vec.HashCNN` (same vectors as thinc's, faster). The words'
    model inputs are read straight from the vocab (:class:`_WordTagger`, no ``Doc`` per text);
    the tags are those of ``nlp.pipe(texts, batch_size=batch_size)``.
    """
    from corpus_tools.nlp import fast_matmul

    nlp = _tagging_pipeline()
    tagger = _WordTagger.of(nlp)
    with fast_matmul(nlp):
        if tagger is None:  # a pipeline built differently: spaCy's own path
            return [doc_features(doc) for doc in nlp.pipe(texts, batch_size=batch_size)]
        out: list[list[str]] = []
        for i in range(0, len(texts), batch_size):  # the batches nlp.pipe gives its components
            out.extend(tagger.features(texts[i:i + batch_size]))
        return out


class _WordTagger:
    """The shipped pipeline's segmenter, ``tok2vec`` (a :class:`~corpus_tools.nlp.tok2vec.HashCNN`),
    tagger and place tags, run on word lists instead of Docs.

    What ``nlp.pipe`` computes for :func:`doc_features`, without a ``Doc`` and ``Token``
    objects per text: each distinct word's feature row (the tok2vec's columns: ``NORM`` as
    the tokenizer sets it, the lexeme's ``PREFIX``, ``SUFFIX``, ``SHAPE``) is read from the
    vocab once and kept (up to :attr:`MAX_ROWS` words), the vectors of a batch go through the
    tagger's output layer, and gazetteer place names get ``ns`` as in ``PlaceTags``.
    """

    MAX_ROWS = 500_000

    def __init__(self, nlp: "Language", cnn, places: frozenset):
        self.nlp = nlp
        self.cnn = cnn
        self.places = places
        self.segment = nlp.tokenizer.tokenizer
        self.tagger = nlp.get_pipe("tagger")
        self.output = self.tagger.model.layers[-1]
        self.labels = list(self.tagger.labels)
        #: each word's row number in :attr:`table` (its feature row)
        self.rows: dict[str, int] = {}
        self.table = None

    @classmethod
    def of(cls, nlp: "Language") -> "_WordTagger | None":
        """This thread's word tagger for *nlp*, or None when *nlp* is not the shipped layout."""
        got = getattr(_LOCAL, "word_tagger", None)
        if got is not None and got.nlp is nlp:
            return got
        from corpus_tools.pipeline import PLACE_TAG_PIPE, SpacyTokenizer

        if nlp.pipe_names != ["tok2vec", "tagger", PLACE_TAG_PIPE] or not isinstance(nlp.tokenizer, SpacyTokenizer):
            return None
        cnn = nlp.get_pipe("tok2vec").model.attrs.get("hash_cnn")
        tagger_model = nlp.get_pipe("tagger").model
        if cnn is None or len(tagger_model.layers) != 2 or tagger_model.layers[0].name != "tok2vec-listener":
            return None
        _LOCAL.word_tagger = cls(nlp, cnn, nlp.get_pipe(PLACE_TAG_PIPE).places)
        return _LOCAL.word_tagger

    def _add_rows(self, words: Iterable[str]) -> None:
        from spacy.tokens import Doc

        import numpy as np

        distinct = list(dict.fromkeys(words))
        missing = [w for w in distinct if w not in self.rows]
        if not missing:
            return
        if len(self.rows) + len(missing) > self.MAX_ROWS:  # start again with this batch's words
            self.rows.clear()
            self.table = None
            missing = distinct
        doc = Doc(self.nlp.vocab, words=missing)
        for tok in doc:  # the NORM the pipeline's tokenizer sets (SpacyTokenizer.__call__)
            norm = normalize_text(tok.text).lower()
            if norm != tok.lower_:
                tok.norm_ = norm
        new = doc.to_array(self.cnn.columns).reshape(len(missing), len(self.cnn.columns)).astype("uint64", copy=False)
        self.rows.update(zip(missing, range(len(self.rows), len(self.rows) + len(missing))))
        self.table = new if self.table is None else np.concatenate([self.table, new])

    def features(self, texts: Sequence[str]) -> list[list[str]]:
        """:func:`doc_features` of each text (one batch of the pipeline)."""
        import numpy as np
        from corpus_tools.pipeline import words_and_spaces

        parsed = [words_and_spaces(self.segment(text), text) if text else ([], []) for text in texts]
        self._add_rows(w for words, _ in parsed for w in words)
        rows, table = self.rows, self.table
        k = len(self.cnn.columns)
        feats = [np.take(table, np.fromiter(map(rows.__getitem__, words), dtype=np.intp, count=len(words)), axis=0)
                 if words else np.zeros((0, k), dtype="uint64") for words, _ in parsed]
        if any(len(words) for words, _ in parsed):
            tag_ids = [s.argmax(axis=1).tolist() for s in self.output.predict(self.cnn(feats))]
        else:
            tag_ids = [[] for _ in parsed]
        labels, places = self.labels, self.places
        out = []
        for text, (words, spaces), ids in zip(texts, parsed, tag_ids):
            tokens, idx = [], 0
            for w, sp, t in zip(words, spaces, ids):
                if not w.isspace():
                    tokens.append((idx, idx + len(w), "ns" if w in places else labels[t]))
                idx += len(w) + sp
            out.append(word_features(text, tokens))
        return out


def uses_word_features(nlp: "Language") -> bool:
    """Whether the NER pipeline *nlp* was trained with :func:`word_features` as ``TAG``."""
    return nlp.meta.get(FEATURES_KEY) == WORD_TAG


def char_doc(vocab: "Vocab", text: str, feats: Sequence[str] | None = None, *,
             lexicon: Mapping[str, str] | None = None) -> tuple["Doc", list[int]]:
    """Build a character-token Doc of *text* without whitespace.

    Each token's ``NORM`` is its forward character bigram (the last one's: the character +
    ``</s>``). *feats* (one string per character of *text*, see :func:`word_features`) become
    the tokens' ``TAG`` (``_`` where empty); with a *lexicon*, :func:`lexicon_features` become
    their ``LEMMA``. Returns the Doc and, for each token, its offset in *text*.

    Examples
    --------
    >>> import spacy
    >>> doc, offsets = char_doc(spacy.blank("zh").vocab, "平遥 县", ["B-ns", "E-ns", "", "S-n"])
    >>> [(t.text, t.norm_, t.tag_) for t in doc], offsets
    ([('平', '平遥', 'B-ns'), ('遥', '遥县', 'E-ns'), ('县', '县</s>', 'S-n')], [0, 1, 3])
    """
    import numpy as np
    from spacy.attrs import LEMMA, NORM, TAG
    from spacy.tokens import Doc

    norm = normalize_text(text)
    if any(map(str.isspace, norm)):
        offsets = [i for i, ch in enumerate(norm) if not ch.isspace()]
        chars = [norm[i] for i in offsets]
    else:  # no whitespace (most texts): every character, in C
        offsets, chars = list(range(len(norm))), list(norm)
    doc = Doc(vocab, words=chars, spaces=[False] * len(chars))
    if not chars:
        return doc, offsets
    attrs, columns = [NORM], [list(map(operator.add, chars, chars[1:])) + [chars[-1] + _END]]
    if feats is not None:
        attrs.append(TAG)
        columns.append([feats[off] or "_" for off in offsets])
    if lexicon is not None:
        attrs.append(LEMMA)
        columns.append(lexicon_features(chars, lexicon))
    ids = _string_ids(vocab)
    add = vocab.strings.add
    for col in columns:
        for v in set(col).difference(ids):
            ids[v] = add(v)
    doc.from_array(attrs, np.array([list(map(ids.__getitem__, col)) for col in columns], dtype="uint64").T)
    return doc, offsets


_STRING_IDS: dict[int, tuple["Vocab", dict[str, int]]] = {}
_STRING_IDS_MAX = 200_000


def _string_ids(vocab: "Vocab") -> dict[str, int]:
    """``{string: id}`` of the strings :func:`char_doc` has added to *vocab*'s store (kept per vocab, bounded)."""
    got = _STRING_IDS.get(id(vocab))
    if got is None or got[0] is not vocab or len(got[1]) > _STRING_IDS_MAX:
        if len(_STRING_IDS) >= 4:
            _STRING_IDS.clear()
        got = _STRING_IDS[id(vocab)] = (vocab, {})
    return got[1]


def char_entities(nlp: "Language", texts: list[str], *, feats: Sequence[Sequence[str]] | None = None,
                  batch_size: int = 64) -> list[list[tuple[int, int, str]]]:
    """Run a character NER pipeline over *texts*; return ``(start, end, label)`` per text.

    Offsets refer to the original strings (whitespace inside a span is included). For a
    model trained with word features, *feats* are computed with :func:`parse_features`
    unless given (e.g. from an already parsed Doc with :func:`doc_features`).
    """
    if uses_word_features(nlp):
        if feats is None:
            feats = parse_features(texts)
    else:
        feats = None
    lexicon = model_lexicon(nlp)
    built = [char_doc(nlp.vocab, t, feats[k] if feats is not None else None, lexicon=lexicon)
             for k, t in enumerate(texts)]
    from corpus_tools.nlp import fast_matmul

    ner = nlp.get_pipe("ner")
    greedy = _GreedyNER.of(ner)
    out: list[list[tuple[int, int, str]]] = []
    with fast_matmul(nlp):
        for i in range(0, len(built), batch_size):  # the batches ner.pipe would make
            batch = built[i:i + batch_size]
            docs = [d for d, _ in batch]
            spans = greedy.spans(docs) if greedy is not None else None
            if spans is None:  # spaCy's own decoder
                spans = [[(e.start, e.end, e.label_) for e in doc.ents] for doc in ner.pipe(docs, batch_size=batch_size)]
            out.extend([(offsets[s], offsets[e - 1] + 1, label) for s, e, label in sp]
                       for sp, (_, offsets) in zip(spans, batch))
    return out


class _GreedyNER:
    """An NER component's greedy decoding by ``corpus_tools/_nercore.c`` (same steps, same floats).

    The model's layers compute the precomputed feature rows as in spaCy's
    ``ParserStepModel``; the C loop then decodes (see its header: spaCy's Cython decoder
    spends most of its time taking and releasing the GIL). :meth:`of` returns None, and
    :meth:`spans` returns None for a batch, whenever anything differs from what the loop
    implements (no extension, beam search, unseen classes, preset entities on the Docs);
    the caller then runs ``ner.pipe``.
    """

    def __init__(self, ner, decode, sgemm):
        import numpy as np

        model = ner.model
        lower, upper = model.layers[1], model.layers[2]
        self.ner, self.decode, self.sgemm = ner, decode, sgemm
        self.shape = (lower.get_dim("nF"), lower.get_dim("nO"), lower.get_dim("nP"))
        self.bias = np.ascontiguousarray(lower.get_param("b"), dtype="float32").reshape(-1)
        self.W = np.ascontiguousarray(upper.get_param("W"), dtype="float32")
        self.b = np.ascontiguousarray(upper.get_param("b"), dtype="float32")
        moves, labels, self.names, ids = [], [], [], {"": 0}
        for c in range(ner.moves.n_moves):
            name = ner.moves.get_class_name(c)
            move, _, label = name.partition("-")
            moves.append("MBILUO".index(move))
            labels.append(ids.setdefault(label, len(ids)))
            self.names.append(label)
        self.moves = np.asarray(moves, dtype="int32")
        self.labels = np.asarray(labels, dtype="int32")

    @classmethod
    def of(cls, ner) -> "_GreedyNER | None":
        """The C decoder for *ner* (built once per component), or None when it does not apply."""
        got = _GREEDY.get(id(ner))
        if got is not None and got.ner is ner:
            return got
        try:
            import blis.cy

            from corpus_tools import _nercore
        except ImportError:  # pragma: no cover - depends on the build
            return None
        model = ner.model
        sgemm = getattr(blis.cy, "__pyx_capi__", {}).get("sgemm")
        if (sgemm is None or getattr(model, "name", None) != "parser_model" or len(model.layers) != 3
                or not model.attrs.get("has_upper") or model.attrs.get("unseen_classes")
                or ner.cfg.get("beam_width", 1) != 1 or getattr(ner, "postprocesses", None)
                or model.layers[1].name != "precomputable_affine" or model.layers[1].get_dim("nF") != 3):
            return None
        names = [ner.moves.get_class_name(c) for c in range(ner.moves.n_moves)]
        if not all(n == "O" or n[:2] in ("B-", "I-", "L-", "U-") for n in names):
            return None
        if model.layers[2].get_param("W").shape != (len(names), model.layers[1].get_dim("nO")):
            return None
        _GREEDY[id(ner)] = cls(ner, _nercore.decode, sgemm)
        return _GREEDY[id(ner)]

    def spans(self, docs: list["Doc"]) -> list[list[tuple[int, int, str]]] | None:
        """``(start, end, label)`` token spans of each Doc, as ``ner.pipe`` would set ``doc.ents``."""
        import numpy as np
        from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START

        lengths = np.asarray([len(d) for d in docs], dtype="int32")
        if not lengths.sum():
            return [[] for _ in docs]
        flags = np.concatenate([d.to_array([ENT_IOB, IS_SPACE, SENT_START]).reshape(len(d), 3)
                                for d in docs if len(d)]).view("int64")
        if flags[:, 0].any():  # preset entities: spaCy's moves handle them
            return None
        model = self.ner.model
        rows = np.ascontiguousarray(model.layers[1].predict(model.layers[0].predict(docs)), dtype="float32")
        got = self.decode(self.sgemm, rows, self.bias, self.W, self.b, self.moves, self.labels, lengths,
                          (flags[:, 1] != 0).astype("uint8"), flags[:, 2].astype("int8"), *self.shape)
        if got is None:
            return None
        out: list[list[tuple[int, int, str]]] = [[] for _ in docs]
        for d, start, end, c in got:
            out[d].append((start, end, self.names[c]))
        return out


_GREEDY: dict[int, _GreedyNER] = {}
