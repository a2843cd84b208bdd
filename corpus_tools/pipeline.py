"""The spaCy pipeline: our tokenizer and components registered with spaCy, and the shipped pipeline.

This module owns everything spaCy sees of corpus_tools' word layer. Importing it registers

* the tokenizer ``corpus_tools.Tokenizer.v1`` (``@registry.tokenizers``), configured by
  ``segmenter``, ``lexicon`` and ``user_words``: it wraps :class:`corpus_tools.nlp.Tokenizer`;
* the component ``corpus_tools_place_tags`` (``@Language.factory``), which tags the place
  names of the shipped gazetteer lexicon ``ns``;
* the optional component ``corpus_tools_phrases`` (:data:`PHRASE_PIPE`), which joins the tokens
  of a known formula or a user's word into one token (``Token._.ct_phrase``), for your own spaCy
  work: ``nlp.add_pipe("corpus_tools_phrases", config={"words": ["一核两翼"]})``. The word tables
  do the same join in the term table (:mod:`corpus_tools.phrase_tokens`), so they need no re-parse.

The entity component ``corpus_tools_entities`` (:data:`ENTITY_PIPE`) is registered by
:mod:`corpus_tools.entities` when that module is imported; this module only names it, and
:func:`load_pipeline` adds it by that name (spaCy finds the factory through its entry point).

``pyproject.toml`` lists both as entry points (``spacy_tokenizers``, ``spacy_factories``), so
``spacy.load`` finds them in a fresh interpreter without importing corpus_tools first.
The shipped pipeline directory (:func:`pipeline_path`) holds the tokenizer settings, the
PKU tagger and the place tags, and its ``config.cfg`` says exactly that:
:func:`load_pipeline` is ``spacy.load`` of it, ``nlp.to_disk(d)`` writes a pipeline that
``spacy.load(d)`` restores, and ``nlp.config`` is the whole truth (the parse cache keys on it).
"""

import importlib
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Callable, List, Union

from spacy.language import Language
from spacy.errors import Errors
from spacy.tokens import Doc
from spacy.util import registry

from corpus_tools.errors import InvalidArgumentError
from corpus_tools.nlp import LEXICON_PATH, PIPELINE_DIR, PIPELINE_VERSION, Tokenizer, pipeline_path, read_lexicon
from corpus_tools.nlp.tokenizer import UserWords
from corpus_tools.phrase_tokens import is_phrase_text, phrase_matcher
from corpus_tools.text import normalize_text

__all__ = [
    "PIPELINE_DIR",
    "PIPELINE_NAME",
    "TOKENIZER_NAME",
    "PLACE_TAG_PIPE",
    "ENTITY_PIPE",
    "SpacyTokenizer",
    "words_and_spaces",
    "create_tokenizer",
    "place_tags",
    "PHRASE_PIPE",
    "PhraseMerger",
    "phrase_merger",
    "pipeline_path",
    "load_pipeline",
    "assemble_pipeline",
]

#: ``nlp.meta["name"]`` of the shipped pipeline.
PIPELINE_NAME = "corpus_tools_zh"
#: Registered name of the tokenizer (``[nlp.tokenizer] @tokenizers``).
TOKENIZER_NAME = "corpus_tools.Tokenizer.v1"
#: Registered name of the place-tag component.
PLACE_TAG_PIPE = "corpus_tools_place_tags"
#: Registered name of the optional phrase component (:class:`PhraseMerger`).
PHRASE_PIPE = "corpus_tools_phrases"
#: Registered name of the entity component (its factory lives in :mod:`corpus_tools.entities`).
ENTITY_PIPE = "corpus_tools_entities"
_TAGGER_PIPES = ("tok2vec", "tagger", PLACE_TAG_PIPE)
_PLACE_SUFFIXES = ("省", "市", "县", "区", "旗", "州", "乡", "镇", "村", "街道")


def words_and_spaces(words: Iterable[str], text: str) -> tuple[list[str], list[bool]]:
    """The words and spaces of a Doc of *text* from its segmentation *words*, as
    :func:`spacy.util.get_words_and_spaces` gives them (same checks, same result).

    spaCy's version searches each word in a copy of the rest of the text (quadratic in the
    text's length); this one searches the text from the word's expected position.

    Examples
    --------
    >>> words_and_spaces(["乡村", "振兴"], "乡村 振兴")
    (['乡村', '振兴'], [True, False])
    """
    words = list(words)
    if "".join("".join(words).split()) != "".join(text.split()):
        raise ValueError(Errors.E194.format(text=text, words=words))
    text_words: list[str] = []
    text_spaces: list[bool] = []
    pos = 0
    for word in words:
        if word.isspace():
            continue
        start = text.find(word, pos)
        if start < 0:
            raise ValueError(Errors.E194.format(text=text, words=words))
        if start > pos:
            text_words.append(text[pos:start])
            text_spaces.append(False)
            pos = start
        text_words.append(word)
        pos += len(word)
        if pos < len(text) and text[pos] == " ":
            text_spaces.append(True)
            pos += 1
        else:
            text_spaces.append(False)
    if pos < len(text):
        text_words.append(text[pos:])
        text_spaces.append(False)
    return text_words, text_spaces


class SpacyTokenizer:
    """spaCy tokenizer around a :class:`corpus_tools.nlp.Tokenizer`.

    Words are slices of the text, whitespace becomes ``token.whitespace_`` (or whitespace
    tokens), ``token.norm_`` is the width-normalised lower-case form (what the tagger was
    trained on). Its settings are the pipeline's config (``[nlp.tokenizer]``); ``to_disk``
    records them in ``tokenizer/cfg`` too.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME,
    ...                                                       "segmenter": "char"}}})
    >>> [t.text for t in nlp("乡村 振兴")]
    ['乡', '村', '振', '兴']
    """

    def __init__(self, vocab, tokenizer: Tokenizer):
        self.vocab = vocab
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        words, spaces = words_and_spaces(self.tokenizer(text), text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        for tok in doc:
            norm = normalize_text(tok.text).lower()
            if norm != tok.lower_:
                tok.norm_ = norm
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def _settings(self) -> dict:
        tok = self.tokenizer
        return {"segmenter": tok.segmenter, "lexicon": tok.lexicon, "user_words": list(tok.user_words)}

    # The settings live in the config ([nlp.tokenizer]), which spacy.load reads first (with
    # any overrides); tokenizer/cfg records them beside the weights and is checked on load,
    # so a directory written by another tokenizer is refused instead of silently mis-read.
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:  # noqa: D102 - spaCy's interface
        return json.dumps(self._settings(), ensure_ascii=False).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "SpacyTokenizer":  # noqa: D102
        if data:
            self._check_settings(json.loads(data.decode("utf-8")), "the tokenizer bytes")
        return self

    def to_disk(self, path: Union[str, os.PathLike], *, exclude: Iterable[str] = ()) -> None:  # noqa: D102
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "cfg").write_bytes(self.to_bytes())

    def from_disk(self, path: Union[str, os.PathLike], *, exclude: Iterable[str] = ()) -> "SpacyTokenizer":  # noqa: D102
        cfg = Path(path) / "cfg"
        if cfg.is_file():
            self._check_settings(json.loads(cfg.read_text(encoding="utf-8")), str(cfg))
        return self

    @staticmethod
    def _check_settings(settings: dict, where: str) -> None:
        if not isinstance(settings, dict) or set(settings) != {"segmenter", "lexicon", "user_words"}:
            raise ValueError(f"{where} is not the settings file of {TOKENIZER_NAME} "
                             f"({settings!r}); rebuild the pipeline with corpus_tools.pipeline.assemble_pipeline")


def _check_user_words_segmenter(segmenter: str, user_words: UserWords) -> None:
    if segmenter != "pkuseg" and user_words is not None:
        raise InvalidArgumentError(f"user_words only works with segmenter='pkuseg', got segmenter={segmenter!r}")


@registry.tokenizers(TOKENIZER_NAME)
def create_tokenizer(segmenter: str = "pkuseg", lexicon: bool = True,
                     user_words: List[str] = []) -> Callable[[Language], SpacyTokenizer]:  # noqa: B006 - config default
    """The registered tokenizer factory (``[nlp.tokenizer] @tokenizers = "corpus_tools.Tokenizer.v1"``).

    Parameters
    ----------
    segmenter : {"pkuseg", "jieba", "char"}
    lexicon : bool
        Force the shipped domain lexicon's words (pkuseg only).
    user_words : list of str
        Extra words forced as whole words (pkuseg only).
    """
    _check_user_words_segmenter(segmenter, user_words or None)
    tok = Tokenizer(segmenter=segmenter, lexicon=lexicon, user_words=list(user_words))  # checks segmenter
    if segmenter == "jieba":
        tok("")  # fail now, with the install hint, when jieba is missing

    def make(nlp: Language) -> SpacyTokenizer:
        return SpacyTokenizer(nlp.vocab, tok)

    return make


def _lexicon_places(path: Path = LEXICON_PATH) -> frozenset:
    return frozenset(w for w in read_lexicon(path) if len(w) >= 2 and w.endswith(_PLACE_SUFFIXES))


class PlaceTags:
    """Tag the gazetteer place names of the shipped lexicon ``ns`` (the PKU place tag).

    Examples
    --------
    >>> import spacy
    >>> doc = PlaceTags()(spacy.blank("zh").make_doc("平遥"))
    >>> doc[0].tag_ in ("", "ns")
    True
    """

    def __init__(self) -> None:
        self.places = _lexicon_places()

    def __call__(self, doc: Doc) -> Doc:
        places = self.places
        for tok in doc:
            if tok.text in places:
                tok.tag_ = "ns"
        return doc


@Language.factory(PLACE_TAG_PIPE)
def place_tags(nlp: Language, name: str) -> PlaceTags:
    """The registered place-tag component (runs after the tagger)."""
    return PlaceTags()


class PhraseMerger:
    """Join the tokens that spell a known formula or one of *words* into one token.

    The phrases are those of :func:`corpus_tools.phrase_tokens.phrase_matcher` (``"formulae"``:
    the known-formula and slogan lexicons; a corpus's marked slogans need the corpus, so give
    them as *words*). A phrase is joined where it starts and ends on token boundaries (spaCy's
    ``doc.char_span(..., alignment_mode="strict")``) and reads as word characters; the joined
    token keeps the text as printed (a line break inside stays) and the last token's tag, and
    ``token._.ct_phrase`` is True on it.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("zh")   # one character a token
    >>> _ = nlp.add_pipe(PHRASE_PIPE, config={"words": ["一核两翼"]})
    >>> [t.text for t in nlp("坚持科学发展观和一核两翼") if t._.ct_phrase]
    ['科学发展观', '一核两翼']
    """

    def __init__(self, phrases: Iterable[str] = ("formulae",), words: Iterable[str] = ()):
        from spacy.tokens import Token

        self.matcher = phrase_matcher(phrases, words)
        if not Token.has_extension("ct_phrase"):
            Token.set_extension("ct_phrase", default=False)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for start, end, _, _ in self.matcher.finditer(doc.text):
            span = doc.char_span(start, end, alignment_mode="strict")
            if span is not None and is_phrase_text("".join(t.text for t in span if not t.is_space)):
                spans.append(span)
        offsets = [(span.start_char, span.end_char) for span in spans]
        with doc.retokenize() as retok:
            for span in spans:
                if len(span) > 1:
                    retok.merge(span, attrs={"TAG": span[-1].tag_})
        for start, end in offsets:
            doc.char_span(start, end)[0]._.ct_phrase = True  # one token now
        return doc


@Language.factory(PHRASE_PIPE, default_config={"phrases": ["formulae"], "words": []})
def phrase_merger(nlp: Language, name: str, phrases: List[str], words: List[str]) -> PhraseMerger:
    """The registered phrase component (:class:`PhraseMerger`)."""
    return PhraseMerger(phrases=phrases, words=words)


def tokenizer_config(*, segmenter: str = "pkuseg", user_words: UserWords = None,
                     lexicon: bool = True) -> dict[str, object]:
    """The ``[nlp.tokenizer]`` block for these settings (user words read from a file if a path).

    The parameters are those of :class:`corpus_tools.nlp.Tokenizer`.

    Examples
    --------
    >>> tokenizer_config(segmenter="char")
    {'@tokenizers': 'corpus_tools.Tokenizer.v1', 'segmenter': 'char', 'lexicon': True, 'user_words': []}
    """
    _check_user_words_segmenter(segmenter, user_words)
    tok = Tokenizer(segmenter=segmenter, user_words=user_words, lexicon=lexicon)  # checks; reads a word file
    return {"@tokenizers": TOKENIZER_NAME, "segmenter": tok.segmenter, "lexicon": tok.lexicon,
            "user_words": list(tok.user_words)}


def load_pipeline(*, segmenter: str = "pkuseg", tagger: bool = True,
                  user_words: Iterable[str] | str | os.PathLike | None = None,
                  entities: bool = False) -> Language:
    """``spacy.load`` of the shipped pipeline, with these tokenizer settings; a new object per call.

    Parameters
    ----------
    segmenter : {"pkuseg", "jieba", "char"}
        ``"pkuseg"``: the shipped model trained on People's Daily 1998 plus the shipped
        domain lexicon. ``"jieba"`` needs ``pip install "corpus_tools[jieba]"``.
        ``"char"``: one token per character.
    tagger : bool
        Keep the shipped PKU part-of-speech tagger (``token.tag_``: n, v, vn, ns, nr, ...);
        place names of the shipped gazetteer lexicon are then tagged ``ns``.
    user_words : iterable of str, path to a word list, or None
        Extra words forced as whole words (pkuseg only), added to the shipped lexicon; they
        are written into the pipeline's config.
    entities : bool
        Add the entity component ``corpus_tools_entities`` (:data:`ENTITY_PIPE`, see
        :func:`corpus_tools.entities.add_entity_pipes`) with its default config.

    Returns
    -------
    spacy.Language
        A fresh pipeline: changing it changes no other caller's. ``nlp.meta["version"]`` is
        :data:`corpus_tools.nlp.PIPELINE_VERSION`; ``nlp.config`` describes it fully, so
        ``nlp.to_disk(d)`` and ``spacy.load(d)`` give the same pipeline back. (The pkuseg
        model itself is read once per process and shared, read-only.)

    Examples
    --------
    >>> nlp = load_pipeline(segmenter="char", tagger=False)
    >>> [t.text for t in nlp("乡村 振兴")]
    ['乡', '村', '振', '兴']
    >>> nlp.config["nlp"]["tokenizer"]["segmenter"]
    'char'
    """
    import spacy

    config = {"nlp": {"tokenizer": tokenizer_config(segmenter=segmenter, user_words=user_words)}}
    nlp = spacy.load(pipeline_path(), config=config, exclude=() if tagger else _TAGGER_PIPES)
    nlp.meta["segmenter"] = segmenter  # the entity component reads it (kept for its sake)
    if entities:
        if not Language.has_factory(ENTITY_PIPE):
            # spaCy resolves the factory through the entry point; an install made before the
            # entry point existed (an editable install not re-installed) lacks it: load it here
            importlib.import_module("corpus_tools.entities")
        nlp.add_pipe(ENTITY_PIPE)
    return nlp


def assemble_pipeline(model_dir: Union[str, os.PathLike], out: Union[str, os.PathLike]) -> Path:
    """Write the shipped pipeline to *out* from a trained tagger pipeline (``spacy train`` output).

    The trained pipeline was built with a character tokenizer on gold words; the shipped one
    takes its weights and vocabulary unchanged, and gets our tokenizer, the place tags, the
    meta (name, :data:`~corpus_tools.nlp.PIPELINE_VERSION`) and a config without the paths of
    the machine it was trained on. ``training/tagger/train.py export`` calls it.
    """
    import shutil
    import tempfile

    import spacy
    from spacy.util import load_config

    model_dir, out = Path(model_dir), Path(out)
    cfg = load_config(model_dir / "config.cfg", interpolate=False)
    for key in list(cfg["paths"]):
        cfg["paths"][key] = None
    cfg["nlp"]["tokenizer"] = tokenizer_config()
    cfg["initialize"]["tokenizer"] = {}
    cfg["nlp"]["pipeline"] = [p for p in cfg["nlp"]["pipeline"] if p != PLACE_TAG_PIPE] + [PLACE_TAG_PIPE]
    cfg["components"][PLACE_TAG_PIPE] = {"factory": PLACE_TAG_PIPE}
    meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
    meta.update(name=PIPELINE_NAME, version=PIPELINE_VERSION, segmenter="pkuseg",
                description="corpus_tools: pkuseg segmenter with the domain lexicon, PKU tagger, "
                            "gazetteer place tags", license="MIT",
                pipeline=cfg["nlp"]["pipeline"], components=cfg["nlp"]["pipeline"])
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp) / "stage"
        shutil.copytree(model_dir, stage, ignore=shutil.ignore_patterns("tokenizer"))
        cfg.to_disk(stage / "config.cfg")
        (stage / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
        nlp = spacy.load(stage)
        final = Path(tmp) / "final"
        nlp.to_disk(final)
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(final, out)
    return out
