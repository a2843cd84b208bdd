"""The ORG candidate arbiter: liberal candidates, kept or dropped by a learned classifier.

The head rules (:mod:`corpus_tools._entity_rules.heads`) keep an organisation only where they are
sure; on text from counties nobody has read they miss many (names that end in no rule head, trade
names before 集团, platforms, spans the span model scores between 0.2 and its ``add`` policy). This
module proposes more candidates than any rule would keep, from five sources:

* ``span`` — at every organisation head (the rules' heads and the heads learned from People's Daily
  1998) that ends no organisation yet, the ORG span model's best start (:func:`orgspan.span_scores`)
  at probability ≥ :data:`MIN_SPAN_P`;
* ``group`` — every start two to four characters before 集团/集团公司 (太极集团, 新希望集团);
* ``trade`` / ``platform`` — trade names and platform names mined from the 2019–2020 articles by
  ``training/ner/build_arbiter_names.py`` (with 集团/公司 after them, or bare at word bounds);
* ``model`` — the statistical NER model's ORG spans, which :func:`corpus_tools.entities.find_entities`
  does not otherwise use;

describes each by its form (head, length, first character, the segmenter's tags), its sources and
span probability, how often the document repeats it, and how it overlaps the entities already
found, and keeps it when a logistic regression (``data/entities/org_arbiter.json``, trained by
``training/ner/train_org_arbiter.py`` with leave-one-report-out cross-validation on the open
development reports and People's Daily 1998 silver spans; ``docs/model_card_org_arbiter.md``)
gives it at least the model's threshold. A kept candidate is added where it overlaps nothing or
only covers whole entities (a place inside a firm name, a generic blocker); it never cuts into an
entity. The organisations the rules found are scored too and dropped below the model's ``drop``,
except the listed central bodies (``national_orgs.txt``: 交通运输部). A ``model`` candidate that is an ORG
name of the NER model's own lexicon, at word bounds, is kept whatever its score (:func:`lexicon_org`).
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Callable

from corpus_tools._entity_rules import orgspan
from corpus_tools._entity_rules.firms import indefinite_kind
from corpus_tools._entity_rules.lexicon import ORG_GENERIC, ORG_HEADS, Cand, common_or_frequent, counted_names, longest_first_re, national_orgs
from corpus_tools._entity_rules.mastheads import media_names
from corpus_tools._entity_rules.names import is_word
from corpus_tools._entity_rules.org_firm_bounds import firm_bounds
from corpus_tools._entity_rules.org_village_coops import village_coops
from corpus_tools._entity_rules.org_owned import owned_units
from corpus_tools._entity_rules.org_repeats import repeat_orgs
from corpus_tools._entity_rules.orgspan_place import place_units
from corpus_tools._entity_rules.org_shapes import joins_bodies
from corpus_tools._entity_rules.orgparts import VILLAGE_PREFIX_RE, is_merged_department
from corpus_tools._entity_rules.titled_units import titled_units
from corpus_tools._entity_rules.unit_names import immediate_owner, last_word, unit_head, unit_name
from corpus_tools._entity_rules.words import HOME_HEADS
from corpus_tools._entity_rules.word_bounds import ends_word, starts_word
from corpus_tools.ner_model import ner_model_dir

#: Lowest span-model probability at which a head's best start is a candidate.
MIN_SPAN_P = 0.2
#: Labels whose spans are places (their starts and ends feed the span model).
_PLACES = frozenset(("GPE", "TOWNSHIP", "VILLAGE", "COMMUNITY"))
_GROUP_RE = re.compile(r"集团公司|集团")
_LEGAL_AFTER = ("集团公司", "集团", "股份公司", "公司")
_PUNCT = "、，。：；！？“”（）《》\n"


@dataclass(frozen=True)
class OrgCandidate:
    """One proposed organisation ``text[start:end]`` with its sources and span probability."""

    start: int
    end: int
    sources: tuple[str, ...]
    span_p: float | None = None


@lru_cache(maxsize=1)
def arbiter_model() -> dict:
    """The shipped weights (``{"intercept", "weights", "threshold", ...}``)."""
    path = resources.files("corpus_tools").joinpath("data", "entities", "org_arbiter.json")
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _heads_re() -> re.Pattern:
    return longest_first_re(set(ORG_HEADS) | set(orgspan.span_model().get("heads", ())))


@lru_cache(maxsize=2)
def _names_re(name: str) -> "re.Pattern | None":
    return longest_first_re(counted_names(name))


def org_candidates(text: str, ents: list[Cand], feats: list[str],
                   model_spans: list[tuple[int, int, str]] = ()) -> list[OrgCandidate]:
    """Liberal organisation candidates of *text* (see the module docstring), one per span.

    *ents* are the entities found so far; *feats* the segmenter's per-character word features
    (``B-n``, ``E-ns`` …); *model_spans* the NER model's ``(start, end, label)`` spans.
    """
    if len(feats) != len(text):
        return []
    found: dict[tuple[int, int], set[str]] = {}
    span_p: dict[tuple[int, int], float] = {}

    def add(s: int, e: int, src: str, p: "float | None" = None) -> None:
        if 0 <= s < e <= len(text) and e - s >= 2:
            found.setdefault((s, e), set()).add(src)
            if p is not None:
                span_p[(s, e)] = max(p, span_p.get((s, e), 0.0))

    places = [c for c in ents if c.label in _PLACES]
    pstarts = frozenset(c.start for c in places)
    pends = frozenset(c.end for c in places)
    org_starts: dict[int, list[int]] = {}
    for c in ents:
        if c.label == "ORG":
            org_starts.setdefault(c.end, []).append(c.start)
    for m in _heads_re().finditer(text):
        h0, h1 = m.start(), m.end()
        if h0 == 0 or not ends_word(feats, h1):
            continue
        grouped = _GROUP_RE.fullmatch(m.group()) is not None
        p = orgspan.span_scores(text, feats, h0, m.group(), pstarts, pends)
        for s in org_starts.get(h1, ()):
            if s in p:
                span_p[(s, h1)] = p[s]  # the span model's view of an organisation the rules found
        if grouped:
            for s, ps in p.items():
                if 2 <= h0 - s <= 4:
                    add(s, h1, "group", ps)
        if p and h1 not in org_starts:
            best = max(p, key=p.get)
            if p[best] >= MIN_SPAN_P:
                add(best, h1, "span", p[best])
    for name, src in (("trade_names", "trade"), ("platform_names", "platform")):
        rx = _names_re(name)
        if rx is None:
            continue
        for m in rx.finditer(text):
            s, e = m.span()
            if not starts_word(feats, s):
                continue
            legal = next((f for f in _LEGAL_AFTER if text.startswith(f, e)), "")
            if legal:
                add(s, e + len(legal), src)
            elif ends_word(feats, e):
                add(s, e, src)
    for s, e, lab in model_spans:
        if lab == "ORG":
            add(s, e, "model")
    for c in ents:
        if c.label == "ORG":
            add(c.start, c.end, "found")
    return [OrgCandidate(s, e, tuple(sorted(src)), span_p.get((s, e))) for (s, e), src in sorted(found.items())]


class _Overlaps:
    """The entities overlapping a span, found by bisection over their starts (not a scan of all).

    Examples
    --------
    >>> ix = _Overlaps([Cand(0, 2, "GPE"), Cand(5, 8, "ORG")])
    >>> [(x.start, x.end) for x in ix.around(1, 6)]
    [(0, 2), (5, 8)]
    """

    def __init__(self, ents: list[Cand]):
        self.ents = sorted(ents, key=lambda x: x.start)
        self.starts = [x.start for x in self.ents]
        self.longest = max((x.end - x.start for x in self.ents), default=0)

    def around(self, start: int, end: int) -> list[Cand]:
        """The entities that share a character with ``[start, end)``."""
        i = bisect_left(self.starts, start - self.longest)
        j = bisect_left(self.starts, end)
        return [x for x in self.ents[i:j] if x.end > start]


def doc_counts(text: str, names: "set[str] | frozenset[str]") -> dict[str, int]:
    """``text.count(name)`` for every name of *names*, from one pass over *text*.

    The positions of the names' first two characters are collected in a single scan; each name is
    then checked only where its first two characters stand, counted as :meth:`str.count` does (left
    to right, not overlapping). The cost grows with the text and the names' occurrences, not with
    the text's length times the number of candidates (``text.count`` per candidate was quadratic
    on long articles).

    Examples
    --------
    >>> sorted(doc_counts("哈哈哈县委县委", {"县委", "哈哈", "村委", "委"}).items())
    [('县委', 2), ('哈哈', 1), ('委', 2), ('村委', 0)]
    """
    counts = dict.fromkeys(names, 0)
    firsts = {x[:2] for x in names if len(x) >= 2}
    where: dict[str, list[int]] = {}
    for i in range(len(text) - 1):
        bg = text[i:i + 2]
        if bg in firsts:
            where.setdefault(bg, []).append(i)
    for name in counts:
        if len(name) < 2:
            counts[name] = text.count(name) if name else 0
            continue
        free = 0
        for i in where.get(name[:2], ()):
            if i >= free and text.startswith(name, i):
                counts[name] += 1
                free = i + len(name)
    return counts


def _relation(c: OrgCandidate, ents: "list[Cand] | _Overlaps") -> list[str]:
    out = []
    near = ents.around(c.start, c.end) if isinstance(ents, _Overlaps) else ents
    for x in near:
        if x.end <= c.start or x.start >= c.end:
            continue
        if (x.start, x.end) == (c.start, c.end):
            out.append("same=" + x.label)
        elif c.start <= x.start and x.end <= c.end:
            out.append("covers=" + x.label)
        elif x.start <= c.start and c.end <= x.end:
            out.append("inside=" + x.label)
        else:
            out.append("cross=" + x.label)
    return out or ["free"]


def _bucket(n: int, top: int) -> str:
    return str(n if n < top else top)


def candidate_features(text: str, c: OrgCandidate, ents: "list[Cand] | _Overlaps", feats: list[str],
                       counts: "dict[str, int] | None" = None) -> list[str]:
    """Feature names of one candidate: sources, span probability, form, tags, document and corpus
    frequency, and its overlap with *ents*.

    *counts* maps candidate names to their number in *text* (:func:`doc_counts`, computed once
    per document by :func:`arbitrate`); without it the name is counted here.
    """
    name = text[c.start:c.end]
    out = ["src=" + s for s in c.sources]
    out.append("nsrc=" + _bucket(len(c.sources), 3))
    for s in c.sources:
        if s != "found":
            out.append("src_new=" + s + "|" + ("found" if "found" in c.sources else "new"))
    if c.span_p is not None:
        out.append("p=" + str(min(int(c.span_p * 5), 4)))
    out.append("L=" + _bucket(len(name), 10))
    out.append("h1=" + name[-1])
    out.append("h2=" + name[-2:])
    c0 = name[0]
    out.append("c0=" + orgspan.first_char_kind(c0))
    out.append("t0=" + (feats[c.start][2:] if starts_word(feats, c.start) else "glued"))
    out.append("tl=" + feats[c.end - 1][2:])
    if not starts_word(feats, c.start):
        out.append("start_in_word")
    if not ends_word(feats, c.end):
        out.append("end_in_word")
    if c.start == 0 or text[c.start - 1] in _PUNCT:
        out.append("prev=P")
    else:
        k = c.start - 1
        while k > 0 and feats[k][:1] in ("I", "E"):
            k -= 1
        out.append("tp=" + feats[k][2:])
    nxt = text[c.end:c.end + 1]
    out.append("next=P" if not nxt or nxt in _PUNCT else "next=" + feats[c.end][2:])
    tags = {f[2:] for f in feats[c.start:c.end] if f[:1] in ("B", "S")}
    out += ["in=" + t for t in sorted(tags & {"nr", "ns", "nt", "nz", "j", "v", "a", "m"})]
    common = common_or_frequent()
    if name in common or (len(name) == 2 and is_word(name)):
        out.append("common")
    n = counts[name] if counts is not None and name in counts else text.count(name)
    out.append("dc=" + _bucket(n, 3))
    for lst in ("trade_names", "platform_names"):
        k = counted_names(lst).get(name) or counted_names(lst).get(name.removesuffix("集团公司").removesuffix("集团"))
        if k:
            out.append(lst + "=" + ("2" if k < 5 else "5+"))
    rel = _relation(c, ents)
    out += sorted(set(rel))
    out += ["rel|" + r + "|" + s for r in set(rel) for s in c.sources if s != "found"]
    return out


def probability(names: list[str], model: "dict | None" = None) -> float:
    """The arbiter's probability for a candidate with these feature names."""
    m = model or arbiter_model()
    w = m["weights"]
    z = m["intercept"] + sum(w.get(k, 0.0) for k in names)
    return 1.0 / (1.0 + math.exp(-z))


def arbitrate(ents: list[Cand], text: str, feats: "list[str] | None",
              model_spans: list[tuple[int, int, str]] = (), *,
              score: "Callable[[list[str]], float] | None" = None, threshold: "float | None" = None,
              drop: "float | None" = None) -> list[Cand]:
    """*ents* with the organisations the arbiter keeps added and those it rejects dropped, then
    the organisations named by a place and a learned head
    (:func:`~corpus_tools._entity_rules.orgspan_place.place_units`: 临泽县治沙试验站), the units named by their head's title (:func:`~corpus_tools._entity_rules.titled_units.titled_units`:
    郭家坝镇服务中心|主任|向进), which need the people found, units named after a person the report
    also names alone (:func:`~corpus_tools._entity_rules.org_owned.owned_units`), the other mentions of both
    (:func:`~corpus_tools._entity_rules.org_repeats.repeat_orgs`), and papers named by a place
    (:func:`~corpus_tools._entity_rules.mastheads.media_names`: 珠江商报记者).

    *score* maps a candidate's feature names to a probability (default: the shipped model);
    a new candidate needs at least *threshold*, an organisation already found is dropped below
    *drop* (defaults: the model's own ``threshold`` and ``drop``).

    Examples
    --------
    >>> arbitrate([], "新希望集团", None)
    []
    """
    learned = learned_arbitrate(ents, text, feats, model_spans, score=score, threshold=threshold, drop=drop)
    units = titled_units(place_units(learned, text, feats), text, feats)  # 临泽县治沙试验站; 郭家坝镇服务中心|主任
    units = village_coops(owned_units(units, text, feats), text, feats)  # 王飞家庭农场 named alone too; 水田村稻蟹…合作社
    units = firm_bounds(units, text)  # 四川|米仓山茶业集团有限公司: one name; …有限公司|加工厂: premises
    return media_names(repeat_orgs(units, text, feats), text)  # other mentions; 珠江商报记者, a masthead line


def learned_arbitrate(ents: list[Cand], text: str, feats: "list[str] | None",
                      model_spans: list[tuple[int, int, str]] = (), *,
                      score: "Callable[[list[str]], float] | None" = None, threshold: "float | None" = None,
                      drop: "float | None" = None, units: bool = True) -> list[Cand]:
    """The learned keep/drop of :func:`arbitrate` alone (what ``training/ner/train_org_arbiter.py``
    cross-validates); *units* also keeps candidates with an institution head at a lower bar
    (:func:`~corpus_tools._entity_rules.unit_names.unit_name`)."""
    if feats is None or len(feats) != len(text):
        return ents
    model = arbiter_model()
    score = score or (lambda names: probability(names, model))
    threshold = model["threshold"] if threshold is None else threshold
    drop = model.get("drop", 0.0) if drop is None else drop
    if threshold > 1.0 and drop <= 0.0:
        return ents  # switched off (a model whose cross-validation found no gain)
    unit_bar = units and threshold <= 1.0  # institution heads kept at a lower bar (unit_names.UNIT_P)
    scored = []
    dropped = set()
    cands = org_candidates(text, ents, feats, model_spans)
    counts = doc_counts(text, {text[c.start:c.end] for c in cands})  # once per document, not per candidate
    index = _Overlaps(ents)
    for c in cands:
        if "found" in c.sources:
            if drop > 0.0 and not _government(text[c.start:c.end]) and not village_unit(text[c.start:c.end]) \
                    and score(candidate_features(text, c, index, feats, counts)) < drop:
                dropped.add((c.start, c.end))
            continue
        if not fits(c, index) or text[c.start:c.end] in ORG_GENERIC or joins_bodies(text[c.start:c.end]) \
                or indefinite_kind(text, c.start, c.end):
            continue  # cuts into an entity, a body the rules hold generic (党组织), two bodies (X会和县Y协会), 一家|食品公司
        p = score(candidate_features(text, c, index, feats, counts))
        if p >= threshold:
            scored.append((p, c))
        elif unit_bar and lexicon_org(text, feats, c) and not any(
                (x.start, x.end) == (c.start, c.end) or x.label == "ORG" for x in index.around(c.start, c.end)):
            scored.append((p, c))  # 公安部, 致公党中央: the model and People's Daily 1998 agree (no relabel: 联合国)
        elif unit_bar and unit_name(text[c.start:c.end], p, last_word(text, feats, c.end)):  # only the immediate owner
            s = immediate_owner(c.start, c.end, [(x.start, x.end) for x in index.around(c.start, c.end)
                                                 if x.label in _PLACES])
            scored.append((p, OrgCandidate(s, c.end, c.sources, c.span_p)))
    if not scored and not dropped:
        return ents
    kept = [x for x in ents if not (x.label == "ORG" and (x.start, x.end) in dropped)]
    index = _Overlaps(kept)
    removed: set[int] = set()  # ids of entities an added organisation covers
    added: list[Cand] = []
    for _, c in sorted(scored, key=lambda x: (-x[0], x[1].start)):
        near = [x for x in index.around(c.start, c.end) if id(x) not in removed]
        near += [x for x in added if x.start < c.end and x.end > c.start]
        if fits(c, near):
            removed.update(id(x) for x in near)
            added = [x for x in added if x.end <= c.start or x.start >= c.end]
            added.append(Cand(c.start, c.end, "ORG", prio=1, source="arbiter"))
    out = [x for x in kept if id(x) not in removed] + added
    return sorted(out, key=lambda x: x.start)


@lru_cache(maxsize=1)
def model_lexicon_orgs() -> frozenset[str]:
    """The names the NER model's lexicon labels ORG (People's Daily 1998 ``nt`` words and bracketed
    ``[…]nt`` compounds, ``docs/model_card_ner.md``); empty without a model or a lexicon."""
    from spacy.lookups import Lookups

    from corpus_tools._charner import LEXICON_TABLE, parse_lexicon

    vocab = ner_model_dir() / "vocab"  # the model in use (CORPUS_TOOLS_NER_MODEL may name a candidate)
    if not (vocab / "lookups.bin").exists():
        return frozenset()
    lookups = Lookups().from_disk(vocab)  # the model's lookups only, not the pipeline
    if not lookups.has_table(LEXICON_TABLE):
        return frozenset()
    lex = parse_lexicon(lookups.get_table(LEXICON_TABLE)["tsv"])
    return frozenset(k for k, v in lex.items() if v == "ORG")


def lexicon_org(text: str, feats: list[str], c: OrgCandidate) -> bool:
    """Whether *c* is an NER-model ORG span that is a whole-word run and a lexicon ORG name.

    On 400 unseen crawl county articles the spans it added were organisations in 24 of 24 cases
    (公安部, 致公党中央, 中日友好医院, 1205钻井队); the same names cut inside a word (中国共产党|人,
    农业部|门) were all wrong, so both ends must be word bounds. On the open dev reports the class never
    occurs (``benchmarks/org_model_only.md``).
    """
    return ("model" in c.sources and starts_word(feats, c.start) and ends_word(feats, c.end)
            and text[c.start:c.end] in model_lexicon_orgs())


def _government(name: str) -> bool:
    """A listed central Party or state body (交通运输部, 中办): never dropped (the 1998 silver
    spans and the guide disagree on such bare bodies, as for the span model)."""
    return name in national_orgs() or is_merged_department(name)  # 雁塔区住房和城乡建设局


#: Teams a village names (GUIDE: 梁村便民修缮队; 田坝村驻村工作队): the village is their distinguishing word.
_TEAM_HEADS = ("工作队", "修缮队", "服务队", "志愿队", "突击队", "宣传队", "巡逻队", "护林队", "合唱队", "舞蹈队")

#: A determiner or a count before 村 says which villages, not which village (每村幸福院, 两村党支部).
_NOT_VILLAGE_FIRST = frozenset("全各本该这那每其某此个几一二两三四五六七八九十")


def village_unit(name: str) -> bool:
    """A village's own unit (卓扎滩村幸福院, 花村互助养老幸福院): the GUIDE keeps the village in the
    name when it is the unit's only distinguishing word, so the arbiter does not drop it.

    Examples
    --------
    >>> village_unit("卓扎滩村幸福院"), village_unit("农村敬老院"), village_unit("村党支部"), village_unit("每村幸福院")
    (True, False, False, False)
    >>> village_unit("田坝村驻村工作队"), village_unit("两村工作队")
    (True, False)
    """
    m = VILLAGE_PREFIX_RE.match(name)  # not a common word such as 农村, 山村 (below)
    if m is None or name[0] in _NOT_VILLAGE_FIRST or m.group(1) in common_or_frequent() or is_word(m.group(1)):
        return False
    rest = name[m.end():]
    return bool(rest) and (unit_head(rest) is not None or rest.endswith(HOME_HEADS) or rest.endswith(_TEAM_HEADS))


def fits(c: OrgCandidate, ents: "list[Cand] | _Overlaps") -> bool:
    """Whether *c* can be added to *ents*: it is no organisation yet, cuts into no entity,
    covers no organisation (unless it is a 集团 name around a trade name the rules cut short) and is
    not exactly a name held as a person (a bare name stays PERSON; 王飞家庭农场 may still cover 王飞)."""
    for x in (ents.around(c.start, c.end) if isinstance(ents, _Overlaps) else ents):
        if x.end <= c.start or x.start >= c.end:
            continue
        if x.start < c.start or x.end > c.end:
            return False  # never cut into an entity
        if x.label == "PERSON" and (x.start, x.end) == (c.start, c.end):
            return False  # the model's stray ORG reading of one mention of a name (沈战东)
        if x.label == "ORG" and ((x.start, x.end) == (c.start, c.end) or "group" not in c.sources):
            return False  # an organisation inside stays as the rules cut it
    return "found" not in c.sources
