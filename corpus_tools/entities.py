"""Named entities for county news, linked to the official administrative divisions.

Labels (see ``docs/entities.md`` and the gold guideline): PERSON, ORG, GPE, TOWNSHIP,
VILLAGE, COMMUNITY, PROJECT, FAC, LOC, EVENT, DOC.

Two sources are combined:

* rules on the raw characters (:mod:`corpus_tools._entity_rules`): the shipped gazetteer
  of townships, villages and communities, head words for organisations, projects,
  facilities and events, 《》 titles, titles before personal names;
* a statistical character-level NER model (``corpus_tools/models/ner``, PER/LOC/ORG,
  trained on MSRA NER), which adds people, organisations and places the rules miss.
  Rule spans win overlaps: on the gold pages they are far more precise for this genre.

Places are linked to 12-digit (village, community), 9-digit (township) or 2–6 digit
(province, city, county) statistical codes, using the page's ``county_code`` and the
surrounding text; names that stay ambiguous keep ``admin_code=None``.

Examples
--------
>>> ents = find_entities("平遥县岳壁乡梁村党支部召开会议。", county_code="140728", model=False)
>>> [(e.text, e.label, e.admin_code) for e in ents]
[('平遥县', 'GPE', '140728'), ('岳壁乡', 'TOWNSHIP', '140728202'), ('梁村党支部', 'ORG', None)]
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

import pandas as pd

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules import LABELS, Cand, resolve, rule_entities

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "LABELS",
    "ENTITY_COLUMNS",
    "Entity",
    "find_entities",
    "extract_entities",
    "entity_counts",
    "render_entities",
    "add_entity_pipes",
    "load_ner_model",
]

log = logging.getLogger(__name__)

#: Columns of :func:`extract_entities`.
ENTITY_COLUMNS = ["issue_id", "article_id", "part", "text", "label", "start", "end", "sentence", "norm", "admin_code"]

_PLACE_LEVEL = {"GPE": None, "TOWNSHIP": "township", "VILLAGE": "village", "COMMUNITY": "community"}
_MODEL_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}


@dataclass(frozen=True)
class Entity:
    """One entity mention: character offsets into the analysed text."""

    text: str
    label: str
    start: int
    end: int
    norm: str
    admin_code: str | None = None
    source: str = "rule"


# --------------------------------------------------------------------------- statistical model

def _model_dir() -> Path:
    return Path(str(resources.files("corpus_tools").joinpath("models", "ner")))


@lru_cache(maxsize=1)
def load_ner_model() -> "Language | None":
    """The shipped character-level NER pipeline, or ``None`` (with a warning) when absent."""
    path = _model_dir()
    if not (path / "config.cfg").exists():
        log.warning("no NER model at %s; only rule-based entities are found. "
                    "Train one with training/ner/train_ner.py", path)
        return None
    import spacy

    return spacy.load(path)


def _model_cands(text: str, county_code: str | None) -> list[Cand]:
    nlp = load_ner_model()
    if nlp is None:
        return []
    from corpus_tools._charner import char_entities

    out = []
    for s, e, lab in char_entities(nlp, [text])[0]:
        label = _MODEL_LABELS.get(lab)
        if label is None:
            continue
        name = text[s:e]
        if label == "LOC":
            label = "GPE" if _is_gpe(name) else "LOC"
        out.append(Cand(s, e, label, prio=-1, source="model"))
    return out


def _is_gpe(name: str) -> bool:
    if name.endswith(("省", "市", "县", "区", "国", "州", "旗", "盟")):
        return True
    return any(d.level in ("province", "city", "county") for d in gz.lookup(name, level=None)[:5]) if len(name) >= 2 else False


# --------------------------------------------------------------------------- linking and norm

def _link(c: Cand, text: str, county_code: str | None) -> str | None:
    if c.code:
        return c.code
    level = _PLACE_LEVEL.get(c.label, "")
    if level == "":
        return None
    name = text[c.start:c.end]
    context = text[max(0, c.start - 40):c.end + 40]
    try:
        return gz.link_place(name, county_code=county_code, level=level, context=context)
    except ValueError:
        return None


_SHORT_ORG_RE = re.compile(r"^([县市省])(?=[\u4e00-\u9fff])")


def _norm(c: Cand, name: str, code: str | None, county_code: str | None) -> str:
    if code and c.label in ("TOWNSHIP", "VILLAGE", "COMMUNITY", "GPE"):
        try:
            return gz.division(code).name
        except KeyError:
            return name
    if c.label in ("ORG", "EVENT", "FAC") and county_code:
        m = _SHORT_ORG_RE.match(name)
        if m:
            cut = {"县": 6, "市": 4, "省": 2}[m.group(1)]
            try:
                owner = gz.division(county_code[:cut]).name
            except (KeyError, ValueError):
                return name
            if cut == 6 and not owner.endswith("县") and m.group(1) == "县":
                return name  # a district or county-level city is not called 县
            # 县委 -> 平遥县委, 县教育局 -> 平遥县教育局
            return owner + name[1:]
    return name


# --------------------------------------------------------------------------- public functions

def _check_labels(labels: Iterable[str] | None) -> set[str] | None:
    if labels is None:
        return None
    if isinstance(labels, str):
        labels = [labels]
    labels = set(labels)
    bad = labels - set(LABELS)
    if bad:
        raise ValueError(f"labels = {sorted(bad)} are invalid; labels must be among {list(LABELS)}")
    return labels


def find_entities(text: str, *, county_code: str | None = None, labels: Iterable[str] | None = None,
                  model: bool = True) -> list[Entity]:
    """Entities of one text, flat and non-overlapping, in text order.

    Parameters
    ----------
    text : str
        Any text (an article, a page); line breaks end names.
    county_code : str, optional
        6-digit code of the page's county: enables its townships, villages and
        communities (with short forms), linking, and ``norm`` for 县/市/省 short forms.
    labels : iterable of str, optional
        Keep only these labels.
    model : bool, default True
        Add entities from the statistical NER model where the rules found nothing.

    Returns
    -------
    list of Entity
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if county_code is not None:
        county_code = str(county_code)
        if not (county_code.isdigit() and len(county_code) in (6, 9, 12)):
            raise ValueError(f"county_code = {county_code!r} is invalid; it must be a 6-digit county code")
        county_code = county_code[:6]
    keep = _check_labels(labels)
    ents = rule_entities(text, county_code)
    if model:
        extra = _model_cands(text, county_code)
        if extra:
            ents = resolve_with_model(ents, extra, text)
    out = []
    for c in ents:
        if keep is not None and c.label not in keep:
            continue
        name = text[c.start:c.end]
        code = _link(c, text, county_code)
        out.append(Entity(name, c.label, c.start, c.end, _norm(c, name, code, county_code), code, c.source))
    return out


def resolve_with_model(rules: list[Cand], model: list[Cand], text: str) -> list[Cand]:
    """Rule spans first; a model span is added only where it overlaps no rule span."""
    taken = [False] * len(text)
    for c in rules:
        for i in range(c.start, c.end):
            taken[i] = True
    added = [c for c in model if not any(taken[c.start:c.end]) and c.end - c.start >= 2]
    return sorted(rules + resolve(added, len(text)), key=lambda c: c.start)
