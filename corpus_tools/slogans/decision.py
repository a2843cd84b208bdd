"""The learned decision over marked-slogan candidates: features, the shipped model, unframed mottos.

The hand-written rules of :mod:`~corpus_tools.slogans.detect` and :mod:`~corpus_tools.slogans.series`
propose marked slogans; two more kinds of candidate are proposed here, which the rules never take:
quoted phrases of two or more clauses the rules rejected (“党员作示范，群众跟着干”) and unquoted mottos of
two to four short parallel clauses standing between punctuation (察民情，解民忧). A logistic regression
(``data/slogan_decision_model.json``, built by ``training/slogans/decision_model.py``, model card
``docs/model_card_slogan_decision.md``) decides on every candidate from its :func:`features`: a rule's
find is kept unless the model gives it less than ``keep_threshold``, a new candidate is taken when the
model gives it at least ``add_threshold``. Without the model file, or with ``decision=False``, the rules
decide alone and no new candidate is taken.

**Choosing the model.** Every public entry point of the marked layer (:func:`~corpus_tools.slogans.find_slogans`,
:func:`~corpus_tools.slogans.page_slogans`, :func:`~corpus_tools.slogans.extract_slogans`, ...) takes a
keyword-only ``decision`` option, validated by :func:`resolve_decision`: None (the default) for the shipped
model, False for the rules alone, True for the shipped model (an error when the file is missing), or a
:class:`DecisionModel`. :func:`use_decision`, the process-wide switch of earlier versions, still works but is
deprecated: it changes what ``decision=None`` means for every later call.
"""

from __future__ import annotations

import functools
import json
import math
import re
import warnings
from importlib import resources
from typing import Iterator, Mapping, Sequence

from corpus_tools.errors import user_stacklevel
from corpus_tools.slogans import quoteshare, speech
from corpus_tools.slogans.core import SloganMention, is_cjk, slogan_key
from corpus_tools.slogans.logistic import logistic, rounded_weights
from corpus_tools.slogans.series import (DONE_RE, FRAME_BEFORE_RE, REQUIRE_RE, in_circumstance, name_items,
                                         series_key, series_recurrence)

__all__ = ["DecisionModel", "features", "evidence_group", "unframed_mottos", "quoted_motto", "quoted_phrase",
           "load_decision_model", "resolve_decision", "use_decision", "active_decision", "decide_candidates"]

# words that introduce a formula the page is about to state (提出“…”, 坚持…, 围绕…, 按照…要求)
_INTRO_RE = re.compile(r"(?:提出|坚持|做到|围绕|按照|实行|推行|树立|践行|秉持|牢记|喊出|打出|叫响|形成了?|"
                       r"确立|明确|倡导|提炼|总结出?|实现|探索出?|推出|口号|理念|思路|原则|要求)[了出]?[：:，,]?$")
_HEAD_AFTER_RE = re.compile(r"^[”’」』]?(?:的|等)?(?:要求|理念|思路|模式|原则|目标|方针|标准|机制|工作法|"
                            r"口号|格局|路子|做法|经验|办法|思想|精神|战略|工程|行动|举措)")
# an enumerated point (一是……；二是……) or a first/second step of a method
_ENUM_RE = re.compile(r"(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]|首先|其次|最后)")
_PERSON_RE = re.compile(r"[我咱你您俺他她]")
_FUNCTION_CHARS = set("的了是在着也就都很还又把被吗呢吧啊呀过")
_CLAUSE_END = "。！？!?；;\n"
_CLAUSE_MARK = "，,、。！？!?；;：:\n"
_SEP_RE = re.compile(r"[、，,；;]+|\s+")
_PIECE_RE = re.compile(r"[\u4e00-\u9fff]+")

#: Evidence of the rules, grouped for the model (a few groups, not one weight per rule).
_GROUPS = (
    ("lexicon", ("lexicon", "known formula")),
    ("numbered", ("numbered", "numeric code", "counted ratio", "plan period", "numbered series",
                  "numbered after a domain word", "nested in")),
    ("series_framed", ("series in frame", "compact series in frame", "series with a repeated word",
                       "series after an opener", "series with a shared verb", "以X为Y series", "counted series",
                       "quoted series", "compact series", "requirement series")),
    ("series_unframed", ("standalone series", "repeated word", "recurring series", "recurring compact series")),
    ("quoted", ("programme name", "role in sentence", "long quoted phrase", "two-part motto", "quote model",
                "+ model", "one-character parts", "item of a formula on the page",
                "who pair", "outreach programme", "campaign head", "method pair", "alike in a run")),
)


def evidence_group(evidence: str) -> str:
    """The group of a rule's evidence string (``"extra"`` for the candidates proposed here).

    Parameters
    ----------
    evidence : str
        A mention's ``evidence``.

    Returns
    -------
    str
        The name of the first group whose heads the string starts with, else ``"other"``.
    """
    for name, heads in _GROUPS:
        if any(evidence.startswith(h) for h in heads):
            return name
    return "other"


def _items(s: str) -> list[str]:
    return [p for p in _SEP_RE.split(s) if p]


def _shared_positions(items: Sequence[str]) -> int:
    """How many places (from the start or from the end) all *items* share a character."""
    if len(items) < 2:
        return 0
    short = min(len(it) for it in items)
    head = sum(1 for k in range(short) if len({it[k] for it in items}) == 1)
    tail = sum(1 for k in range(1, short + 1) if len({it[-k] for it in items}) == 1)
    return max(head, tail)


def features(text: str, m: SloganMention, *, rule: bool, page_text: str = "") -> dict[str, float]:
    """Features of the candidate *m* of *text* (``rule``: a hand-written rule found it).

    Parameters
    ----------
    text : str
        The text the mention's offsets index into.
    m : SloganMention
        The candidate.
    rule : bool
        Whether the rules accepted it (its evidence group is then a feature).
    page_text : str
        The text of an article the quote shares were counted on (its own mentions are left out),
        or ``""``.

    Returns
    -------
    dict
        Feature name -> value (absent features are 0).
    """
    s = slogan_key(m.text)
    items = _items(s)
    lens = [len(it) for it in items]
    n = sum(lens)
    f: dict[str, float] = {"rule": 1.0 if rule else 0.0,
                           f"src={evidence_group(m.evidence) if rule else m.evidence}": 1.0,
                           f"kind={m.kind}": 1.0, "len_log": math.log(max(1, n)) / 3}
    if m.quoted:
        f["quoted"] = 1.0
    f["items=" + ("1" if len(items) == 1 else "2" if len(items) == 2 else "3+")] = 1.0
    if len(items) >= 2:
        if len(set(lens)) == 1:
            f["equal_items"] = 1.0
        shared = _shared_positions(items)
        f["shared_frac"] = shared / max(1, min(lens))
        if shared >= 2 and (len({it[:2] for it in items}) == 1 or len({it[-2:] for it in items}) == 1):
            f["repeated_word"] = 1.0          # 带头X、带头Y / X保障、Y保障: a shared word, not a slot
        if max(lens) > 8:
            f["long_items"] = 1.0
    if re.search(r"[\d一二两三四五六七八九十百千万双]", s[:1]):
        f["starts_numeral"] = 1.0
    if quoteshare.is_saying(s):
        f["idiom"] = 1.0
    if _PERSON_RE.search(s):
        f["person"] = 1.0
    f["function_share"] = sum(ch in _FUNCTION_CHARS for ch in s) / max(1, n)
    if len(items) >= 3 and series_recurrence().get(series_key(items), 0) >= 2:
        f["recurs"] = 1.0
    quoted, total = quoteshare.share_elsewhere(s, page_text)
    if total:
        f["qs_log_total"] = math.log1p(total) / 5
        f["qs_share"] = quoted / total
    a, b = m.start - (1 if m.quoted else 0), m.end + (1 if m.quoted else 0)
    before, after = text[max(0, a - 8):max(0, a)], text[b:b + 8]
    if _INTRO_RE.search(before) or FRAME_BEFORE_RE.search(before):
        f["frame_before"] = 1.0
    if _HEAD_AFTER_RE.match(after):
        f["head_after"] = 1.0
    if speech.introduces_speech(before.rstrip("“‘「")):   # a phrase opening a quotation after 说：“ too
        f["speech_before"] = 1.0
    if before[-1:] == "以" or after[:1] == "为":
        f["yi_wei"] = 1.0
    if not before or before[-1] in _CLAUSE_MARK:
        f["clause_start"] = 1.0
    if not after or after[0] in _CLAUSE_MARK:
        f["clause_end"] = 1.0
    if (not before or before[-1] in _CLAUSE_END) and (not after or after[0] in _CLAUSE_END):
        f["whole_sentence"] = 1.0
    if after[:1] == "的":
        f["de_after"] = 1.0
    if text.count(s) + text.count(m.text) >= 3 or (len(items) == 1 and text.count(s) >= 2):
        f["repeats"] = 1.0
    if speech.speaker_follows(text[m.end:m.end + 12]):
        f["speaker_after"] = 1.0
    if _ENUM_RE.search(before + text[max(0, a - 16):max(0, a - 8)]):
        f["enumerated"] = 1.0
    if not m.quoted:
        if REQUIRE_RE.search(before):
            f["require_before"] = 1.0
        if DONE_RE.search(before):
            f["done_before"] = 1.0
        if in_circumstance(before, after):
            f["circumstance"] = 1.0
        if name_items(items):
            f["name_items"] = 1.0
        if speech.in_open_quote(text, a):
            f["inside_quote"] = 1.0          # part of a quotation (speech), though not quoted itself
    heads = [ln for ln in text.split("\n")[:2] if len(ln) <= 40 and not any(c in ln for c in "。！？")]
    if heads and s in slogan_key("".join(heads)):
        f["in_headline"] = 1.0        # the page prints it in a title line (a kicker line may come first)
    return f


def quoted_motto(inner: str) -> bool:
    """Whether a quoted phrase the rules rejected is worth a second look as a motto: two to four
    clauses of two to twelve characters, no sentence inside (a final 。 or ！ allowed).

    Parameters
    ----------
    inner : str
        The text inside the quotation marks the rules rejected
        (a final 。 or ！ may close it).

    Returns
    -------
    bool
        True for two to four short clauses with no sentence inside.
    """
    s = inner.strip()
    if s[-1:] in "。！!":
        s = s[:-1]
    if not s or any(c in s for c in "。！？!?…：:") or not is_cjk(re.sub(r"[、，,；;\s]", "", s)):
        return False
    items = _items(s)
    return 2 <= len(items) <= 4 and all(2 <= len(it) <= 12 for it in items) and sum(map(len, items)) <= 30


def quoted_phrase(inner: str) -> bool:
    """Whether a quoted single phrase the rules rejected is a candidate: three to twelve Chinese
    characters, not an idiom.

    Parameters
    ----------
    inner : str
        A single phrase inside quotation marks, rejected by the rules.

    Returns
    -------
    bool
        True for three to twelve Chinese characters that are no idiom or saying.
    """
    return 3 <= len(inner) <= 12 and is_cjk(inner) and not quoteshare.is_saying(inner)


def unframed_mottos(text: str, taken: Sequence[tuple[int, int]]) -> Iterator[SloganMention]:
    """Unquoted runs of two to four clauses of three to eight characters, of one length, joined by
    one separator (，or 、) and sharing a character in one place, that stand between clause marks
    and overlap no span of *taken* (察民情，解民忧; 小事不出村，大事不出镇).

    Parameters
    ----------
    text : str
        The text.
    taken : sequence of tuple of (int, int)
        Spans already found.

    Yields
    ------
    SloganMention
        One candidate per run, in text order: ``parallel`` for three or four clauses, ``quoted`` for two.
    """
    pieces = [(mm.start(), mm.end()) for mm in _PIECE_RE.finditer(text)]
    i = 0
    while i < len(pieces) - 1:
        best = None
        for k in (4, 3, 2):
            run = pieces[i:i + k]
            if len(run) < k:
                continue
            seps = {text[run[j][1]:run[j + 1][0]] for j in range(k - 1)}
            words = [text[x:y] for x, y in run]
            if len(seps) != 1 or seps.pop() not in ("，", "、", ",") or len({len(w) for w in words}) != 1 \
                    or not 3 <= len(words[0]) <= 8 or len(set(words)) < k or _shared_positions(words) == 0:
                continue
            start, end = run[0][0], run[-1][1]
            if (start and text[start - 1] not in _CLAUSE_MARK) or (end < len(text) and text[end] not in _CLAUSE_MARK):
                continue
            if any(a < end and start < b for a, b in taken):
                continue
            best = (start, end, k)
            break
        if best:
            start, end, k = best
            yield SloganMention(text[start:end], "parallel" if k >= 3 else "quoted", start, end, False, "",
                                "unframed motto")
            i += k
        else:
            i += 1


class DecisionModel:
    """Two logistic regressions over :func:`features`: one for the rules' finds (kept unless the
    probability is below ``keep_threshold``), one for the new candidates (taken at ``add_threshold``).

    Examples
    --------
    >>> m = DecisionModel({"quoted": 3.0}, {}, keep_bias=-1.0, keep_threshold=0.2, add_threshold=0.6)
    >>> round(m.proba({"rule": 1.0, "quoted": 1.0}), 3), m.accepts({"rule": 0.0, "quoted": 1.0})
    (0.881, False)
    """

    def __init__(self, keep_weights: Mapping[str, float], add_weights: Mapping[str, float], *,
                 keep_bias: float = 0.0, add_bias: float = 0.0, keep_threshold: float = 0.5,
                 add_threshold: float = 0.5, meta: Mapping[str, object] | None = None) -> None:
        self.keep_weights = dict(keep_weights)
        self.add_weights = dict(add_weights)
        self.keep_bias = keep_bias
        self.add_bias = add_bias
        self.keep_threshold = keep_threshold
        self.add_threshold = add_threshold
        self.meta = dict(meta or {})

    def proba(self, feats: Mapping[str, float]) -> float:
        """The probability that the candidate is a slogan of the gold, by the model of its side
        (``rule`` in *feats*: the rules' finds; else the new candidates).

        Parameters
        ----------
        feats : mapping of str to float
            The candidate's :func:`features`.

        Returns
        -------
        float
            0 for a new candidate when the model has no weights for new candidates.
        """
        rule = bool(feats.get("rule"))
        weights, bias = (self.keep_weights, self.keep_bias) if rule else (self.add_weights, self.add_bias)
        if not weights and not rule:
            return 0.0
        return logistic(weights, bias, feats)

    def accepts(self, feats: Mapping[str, float]) -> bool:
        """Whether the candidate passes its side's threshold (``keep_threshold`` or ``add_threshold``).

        Parameters
        ----------
        feats : mapping of str to float
            The candidate's :func:`features`.

        Returns
        -------
        bool
        """
        return self.proba(feats) >= (self.keep_threshold if feats.get("rule") else self.add_threshold)

    def to_json(self) -> str:
        """The model as JSON (weights rounded to five places, zero weights left out); :meth:`from_json` reads it.

        Returns
        -------
        str
        """
        return json.dumps({**self.meta, "keep_bias": round(self.keep_bias, 5), "add_bias": round(self.add_bias, 5),
                           "keep_threshold": self.keep_threshold, "add_threshold": self.add_threshold,
                           "keep_weights": rounded_weights(self.keep_weights),
                           "add_weights": rounded_weights(self.add_weights)},
                          ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str) -> "DecisionModel":
        """A model from the JSON of :meth:`to_json` (other keys are kept in ``meta``).

        Parameters
        ----------
        text : str
            The JSON text.

        Returns
        -------
        DecisionModel

        Examples
        --------
        >>> m = DecisionModel({"quoted": 3.0}, {}, keep_threshold=0.2, meta={"C": 0.1})
        >>> DecisionModel.from_json(m.to_json()).keep_weights, DecisionModel.from_json(m.to_json()).meta
        ({'quoted': 3.0}, {'C': 0.1})
        """
        d = json.loads(text)
        own = ("keep_bias", "add_bias", "keep_threshold", "add_threshold", "keep_weights", "add_weights")
        return cls(d["keep_weights"], d["add_weights"], keep_bias=d["keep_bias"], add_bias=d["add_bias"],
                   keep_threshold=d["keep_threshold"], add_threshold=d["add_threshold"],
                   meta={k: v for k, v in d.items() if k not in own})


@functools.lru_cache(maxsize=1)
def load_decision_model() -> DecisionModel | None:
    """The shipped model (``data/slogan_decision_model.json``), or None when it is absent.

    Returns
    -------
    DecisionModel or None
        The model, read once per process.
    """
    path = resources.files("corpus_tools").joinpath("data", "slogan_decision_model.json")
    if not path.is_file():
        return None
    return DecisionModel.from_json(path.read_text(encoding="utf-8"))


_ACTIVE: list = []     # set by the deprecated use_decision() only


def _acts(model: DecisionModel | None) -> bool:
    """Whether *model*'s thresholds change anything (drop a rule's find or take a new candidate)."""
    return bool(model) and not (model.keep_threshold <= 0 and model.add_threshold > 1)


def resolve_decision(decision: "DecisionModel | bool | None" = None) -> DecisionModel | None:
    """Validate a ``decision`` option and return the model in effect (None: the rules decide alone).

    Parameters
    ----------
    decision : DecisionModel, bool or None
        None: the shipped model (or the one a deprecated :func:`use_decision` call installed);
        True: the shipped model, which must exist; False: the rules alone; a :class:`DecisionModel`: that model.

    Returns
    -------
    DecisionModel or None
        None when the rules decide alone: ``decision=False``, no model file, or a model whose thresholds
        neither drop a rule's find nor take a new candidate (the shipped model today).

    Raises
    ------
    TypeError
        *decision* is none of the above.
    ValueError
        ``decision=True`` and no model file is installed.

    Examples
    --------
    >>> resolve_decision(False) is None
    True
    >>> resolve_decision(DecisionModel({}, {"equal_items": 1.0}, add_threshold=0.5)).add_threshold
    0.5
    """
    if decision is None:
        model = _ACTIVE[0] if _ACTIVE else load_decision_model()
    elif decision is False:
        return None
    elif decision is True:
        model = load_decision_model()
        if model is None:
            raise ValueError("decision=True, but no decision model (data/slogan_decision_model.json) is installed")
    elif isinstance(decision, DecisionModel):
        model = decision
    else:
        raise TypeError(f"decision must be a DecisionModel, True, False or None; got {type(decision).__name__}")
    return model if _acts(model) else None


def use_decision(model: "DecisionModel | None | bool") -> None:
    """Deprecated: pass ``decision=`` to the function instead.

    Replace the model ``decision=None`` stands for, process-wide: a :class:`DecisionModel`, False for the
    rules alone, None for the shipped one again.

    Parameters
    ----------
    model : DecisionModel, bool or None
        The model, False for the rules alone, None for the shipped one.
    """
    warnings.warn("use_decision() is deprecated; pass decision=MODEL (or decision=False) to find_slogans, "
                  "page_slogans, extract_slogans ... instead", DeprecationWarning, stacklevel=user_stacklevel())
    if model is not None and model is not False and not isinstance(model, DecisionModel):
        raise TypeError(f"model must be a DecisionModel, False or None; got {type(model).__name__}")
    _ACTIVE.clear()
    if model is not None:
        _ACTIVE.append(model)


def active_decision() -> DecisionModel | None:
    """The model ``decision=None`` stands for; None when the rules decide alone (no model, a deprecated
    ``use_decision(False)``, or a model whose thresholds neither drop a rule's find nor take a new candidate).

    Returns
    -------
    DecisionModel or None
        The model in use, or None.
    """
    return resolve_decision(None)


def decide_candidates(text: str, found: Sequence[SloganMention], extra: Sequence[SloganMention], *,
                      model: "DecisionModel | bool | None" = None, page_text: str = "",
                      record: list | None = None) -> list[SloganMention]:
    """The rules' finds the model keeps plus the new candidates it takes (all of *found* when the rules
    decide alone). *model* is a ``decision`` option (:func:`resolve_decision`).

    *record*, when given, receives ``(mention, rule, features)`` for every candidate (training).

    Parameters
    ----------
    text : str
        The text the mentions index.
    found : sequence of SloganMention
        The rules' finds.
    extra : sequence of SloganMention
        New candidates (:func:`quoted_motto`, :func:`unframed_mottos` …).
    model : DecisionModel, bool or None, optional
        The ``decision`` option.
    page_text : str, optional
        The page's whole text, for the page features.
    record : list or None, optional
        A list that receives ``(mention, rule, features)`` per candidate.

    Returns
    -------
    list of SloganMention
        The kept finds and the taken candidates (evidence ``"decision model"``).
    """
    model = resolve_decision(model)
    if model is None and record is None:
        return list(found)
    out = []
    for rule, group in ((True, found), (False, extra)):
        for m in group:
            f = features(text, m, rule=rule, page_text=page_text)
            if record is not None:
                record.append((m, rule, f))
            if model is None:
                if rule:
                    out.append(m)
            elif model.accepts(f):
                out.append(m if rule else SloganMention(m.text, m.kind, m.start, m.end, m.quoted, m.level,
                                                        "decision model"))
    return out
