"""Which county (and city, province) a text is about, inferred from what it says.

A page read without a manifest does not say which county it comes from, yet the entity
rules need the county to recognise its townships and villages (岳壁, 梁村). This module
reads the county off the text, scoring every county jointly against the shipped national
gazetteer (:mod:`corpus_tools.gazetteer`):

* the county's own name (``武乡县``, short form ``武乡``), chained names (``巴中市巴州区``,
  ``奇台县半截沟镇``) and the names of its city and province;
* the paper's name (``武乡新闻``, ``平遥报``) and datelines (``本报武乡1月5日电``,
  ``新华社太原5月3日电``);
* above all, the townships (乡, 镇, 街道) and villages the text names: a township name shared
  by *k* counties gives each of them 1/*k* of its weight, so the eight townships of one
  county identify it, and a name shared by several counties is resolved by the others;
  village names and short forms (``蟠龙`` for ``蟠龙镇``) then confirm the leading candidates.

The best county is taken when its score is high enough and clearly ahead of the next one;
otherwise the city or province is still reported when the evidence agrees on it. Manifest
metadata (``county_code``) and a county the user names (``read_corpus(..., county=...)``)
always win over the text.

Examples
--------
>>> g = infer_county("武乡县蟠龙镇、韩北镇、故城镇的干部群众……")
>>> g.code, g.county, g.province_name
('140429', '武乡县', '山西省')

A county the user names is read by :func:`corpus_tools.county_names.resolve_county`.
"""

from __future__ import annotations

import re
import warnings
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable


from corpus_tools import gazetteer as gz
from corpus_tools.county_names import division_name
from corpus_tools.errors import user_stacklevel
from corpus_tools.place_frames import slogan_slot
from corpus_tools.text_cache import TextCache

__all__ = ["CountyGuess", "infer_county", "infer_issue_county", "context_names", "named_counties", "warn_undecided"]

# weights: one mention of a county's own name is worth 3, a township named only in that
# county 3, a village of a candidate county 1; repeated mentions add with diminishing returns
# a county's short form (南山, 太平, 同心 are also words) never decides alone: its mentions are
# worth at most 2, short of _MIN_SCORE
_W_COUNTY_FULL, _W_COUNTY_SHORT, _W_TOWNSHIP, _W_TOWNSHIP_SHORT, _W_VILLAGE = 3.0, 1.0, 3.0, 1.0, 1.0
_W_CHAIN, _W_DATELINE, _W_PAPER = 3.0, 4.0, 4.0
# one mention of a county's name or of a township found in one county only (3.0) is not enough
# on its own; a second piece of evidence (its province named, another township …) is
_MIN_SCORE, _SURE_SCORE, _MIN_RATIO = 3.0, 4.0, 1.5
_N_CANDIDATES, _MIN_CONFIRM = 8, 0.5  # villages are checked in the leading counties only
# a short form followed by one of these is part of a longer place or street name (新田村, 平遥路)
_NOT_AFTER_SHORT = set("村镇乡街道路社屯组寨庄巷")
_BEFORE_PLACE = set("在到从于去赴来省市州和与及、")
_AFTER_PLACE = set("县市省区镇乡村人籍的和与及、等是在有全")
_DATELINE_RE = re.compile(r"(?:本报|新华社|本台|中新社|中新网)([\u4e00-\u9fff]{2,8}?)(?:\d{1,2}月\d{1,2}日)?电")
# the paper's name as a masthead (a line of its own) or cited in 《》: 武乡新闻, 《平遥报》
_PAPER_RE = re.compile(r"(?:^|\n|《)[ \t\u3000]*([\u4e00-\u9fff]{2,8}?)(?:日报|晚报|新闻|报|融媒体中心|电视台|广播电视台)(?=\s|》|$)")


@dataclass(frozen=True)
class CountyGuess:
    """The county, city and province a text is about, with the evidence for it.

    Attributes
    ----------
    code : str or None
        6-digit county code, ``None`` when the text does not decide one county.
    city, province : str or None
        4- and 2-digit codes (those of *code* when a county is decided).
    confidence : float
        In [0, 1]: how far the best county is ahead of the next and how much evidence it has.
    evidence : tuple of str
        Human-readable reasons for the best county (``"township 蟠龙镇 (1 of 3 counties)"``).
    counties : tuple of str
        Every county the text names with evidence of its own, best first (a report that
        compares two counties lists both).
    source : str
        ``"text"`` (inferred), ``"manifest"`` or ``"user"``.
    """

    code: str | None
    city: str | None
    province: str | None
    confidence: float
    evidence: tuple[str, ...] = ()
    counties: tuple[str, ...] = ()
    source: str = "text"

    @property
    def county(self) -> str | None:
        """Official county name (``武乡县``)."""
        return division_name(self.code)

    @property
    def city_name(self) -> str | None:
        """Official city name (``长治市``)."""
        return division_name(self.city)

    @property
    def province_name(self) -> str | None:
        """Official province name (``山西省``)."""
        return division_name(self.province)

    def __repr__(self) -> str:
        where = "/".join(n for n in (self.province_name, self.city_name, self.county) if n) or "undecided"
        return f"CountyGuess({self.code!r} {where}, confidence={self.confidence:.2f}, source={self.source!r})"


# --------------------------------------------------------------------------- matching

#: Last characters of the division names longer than four characters (苏木 and 农场/林场 are townships,
#: 嘎查 villages); shorter names are matched as they are.
_SUFFIX_CHARS = frozenset("省市区县旗州盟镇乡道木场村查")


def _substrings(text: str, lengths: dict[str, tuple[int, ...]], max_len: int = 12) -> set[str]:
    """The substrings of *text* that can be names: of 2-4 characters, and longer ones only where
    a place suffix ends them, each starting with two characters *lengths* lists and of one of
    the lengths listed for them (:func:`_name_lengths`; a scan instead of every substring)."""
    n = len(text)
    out = set()
    for i in range(n - 1):
        got = lengths.get(text[i:i + 2])
        if got is None:
            continue
        for L in got:  # ascending
            if L > n - i or L > max_len:
                break
            if L <= 4 or text[i + L - 1] in _SUFFIX_CHARS:
                out.add(text[i:i + L])
    return out


def _name_lengths(names: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """First two characters -> the lengths (ascending) of the *names* of two or more characters
    that start with them."""
    out: dict[str, set[int]] = {}
    for name in names:
        if len(name) >= 2:
            out.setdefault(name[:2], set()).add(len(name))
    return {k: tuple(sorted(v)) for k, v in out.items()}


@lru_cache(maxsize=1)
def _national_lengths() -> dict[str, tuple[int, ...]]:
    """:func:`_name_lengths` of the provinces, cities, counties and townships (any suffix)."""
    return _name_lengths([*gz.upper_names(), *_township_names_any_suffix()])


@lru_cache(maxsize=512)  # as gazetteer.county_index
def _county_lengths(county_code: str) -> dict[str, tuple[int, ...]]:
    """:func:`_name_lengths` of one county's townships, villages and communities (shared; some
    35 KiB each, at most about 18 MiB for 512 counties)."""
    return _name_lengths(gz.county_index(county_code))


def _occurrences(text: str, names: Iterable[str]) -> list[tuple[int, int, str]]:
    """Non-overlapping occurrences of *names*, longest first (新田村 before 新田)."""
    found = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            found.append((start, start + len(name), name))
            start = text.find(name, start + 1)
    found.sort(key=lambda o: (-(o[1] - o[0]), o[0]))
    taken = bytearray(len(text))
    kept = []
    for s, e, name in found:
        if not any(taken[s:e]):
            taken[s:e] = b"\x01" * (e - s)
            kept.append((s, e, name))
    return sorted(kept)


def _boundary_ok(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] can be a word of its own: not wedged between two other characters."""
    prev = text[s - 1] if s > 0 else ""
    nxt = text[e] if e < len(text) else ""
    return (not _is_cjk(prev) or prev in _BEFORE_PLACE or not _is_cjk(nxt) or nxt in _AFTER_PLACE)


def _is_cjk(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


def _prefer_higher(codes: list[str]) -> list[str]:
    """长沙 is the city 长沙市, not 长沙县 inside it: drop codes below another candidate."""
    return [c for c in codes if not any(c != p and c.startswith(p) for p in codes)]


def _short_ok(text: str, s: int, e: int) -> bool:
    return e >= len(text) or text[e] not in _NOT_AFTER_SHORT


class _Scores:
    def __init__(self) -> None:
        self.score: dict[str, float] = defaultdict(float)
        self.why: dict[str, list[str]] = defaultdict(list)

    def add(self, code: str, w: float, why: str) -> None:
        self.score[code] += w
        self.why[code].append(why)


def _diminish(n: int) -> float:
    """Worth of *n* mentions relative to one: 1, 1.5, 1.83, 2.08 … (harmonic)."""
    return sum(1.0 / k for k in range(1, n + 1))


@lru_cache(maxsize=1)
def _township_names_any_suffix() -> dict[str, list[str]]:
    """Official township names, and each one under the suffix it had before an upgrade (茅坪乡
    for today's 茅坪镇, 龙市镇 for 龙市街道): texts from before the change still name them so."""
    official = gz.township_names()
    out: dict[str, list[str]] = defaultdict(list)
    for name, codes in official.items():
        out[name].extend(codes)
        for sfx in ("街道", "镇", "乡"):
            if name.endswith(sfx) and len(name) - len(sfx) >= 2:
                for alt in ("乡", "镇"):
                    if alt != sfx:
                        out[name[:-len(sfx)] + alt].extend(codes)
                break
    return dict(out)


def _collect(text: str, subs: set[str]) -> tuple[_Scores, _Scores, _Scores, set[str]]:
    """Score counties, cities and provinces from the text; return the named counties too."""
    upper, towns = gz.upper_names(), _township_names_any_suffix()
    common = gz.common_words()
    hits_upper = {n for n in subs & upper.keys() if n not in common or len(n) > 2}
    hits_town = {n for n in subs & towns.keys()}
    occ = _occurrences(text, hits_upper | hits_town)
    counties, cities, provinces = _Scores(), _Scores(), _Scores()
    named: set[str] = set()
    mentions: dict[tuple[str, str, bool], int] = defaultdict(int)  # (code, surface, weak) -> count
    towns_seen: set[str] = set()
    prev: tuple[int, int, list[str]] | None = None
    for s, e, name in occ:
        codes = _prefer_higher([c for c in upper.get(name, ()) if len(c) <= 6])
        full = [c for c in codes if gz.division(c).name == name]
        if codes and not full and not _short_ok(text, s, e):
            codes = []
        if codes:
            # a two-character name inside running text (振兴县域 holds 兴县) counts as a short form
            chained_here = prev is not None and prev[1] == s
            if len(name) == 2 and not chained_here and slogan_slot(text, None, s):
                continue  # 工业强县、文旅兴县: a development slogan, not the county 兴县
            weak = len(name) == 2 and not chained_here and not _boundary_ok(text, s, e)
            for c in codes:
                mentions[(c, name, weak)] += 1
            # chains: 巴中市巴州区, 湖南省泸溪县, 奇台县半截沟镇
            if prev is not None and prev[1] == s:
                for c in codes:
                    if any(c.startswith(p) and len(c) > len(p) for p in prev[2]) and len(c) == 6:
                        counties.add(c, 1.0, f"chain {text[prev[0]:e]}")
            prev = (s, e, codes)
            continue
        tcodes = towns.get(name, [])
        owners = sorted({c[:6] for c in tcodes})
        if not owners:
            prev = None
            continue
        chained = [c for c in owners if prev is not None and prev[1] == s and c in prev[2]]
        if chained:
            counties.add(chained[0], _W_CHAIN, f"chain {text[prev[0]:e]}")
        elif name not in towns_seen:
            # each distinct township once, its weight shared among the counties that have one
            for c in owners:
                counties.add(c, _W_TOWNSHIP / len(owners), f"township {name} (1 of {len(owners)} counties)")
        towns_seen.add(name)
        prev = (s, e, tcodes)
    for (code, surface, weak), n in mentions.items():
        is_full = gz.division(code).name == surface and not weak
        amb = max(1, len(_prefer_higher(upper.get(surface, []))))
        if len(code) == 6:
            if is_full:
                w = _W_COUNTY_FULL / amb * _diminish(n)
            else:
                w = _W_COUNTY_SHORT / amb * min(2.0, _diminish(n))
            counties.add(code, w, f"county {surface} ×{n}" + (" (inside running text)" if weak else ""))
            if is_full:
                named.add(code)
        elif len(code) == 4:
            cities.add(code, 2.0 / amb * _diminish(n), f"city {surface} ×{n}")
        else:
            provinces.add(code, 1.0 / amb * _diminish(n), f"province {surface} ×{n}")
    for regex, weight, kind in ((_DATELINE_RE, _W_DATELINE, "dateline"), (_PAPER_RE, _W_PAPER, "paper")):
        for m in regex.finditer(text):
            place = m.group(1)
            # 本报武乡县 / 本报武乡: try the longest tail that is a place (据武乡新闻 -> 武乡)
            for k in range(len(place) - 1):
                codes = _prefer_higher(upper.get(place[k:], []))
                if codes:
                    break
            for c in codes:
                w = weight / len(codes)
                {6: counties, 4: cities, 2: provinces}[len(c)].add(c, w, f"{kind} {m.group(0)}")
                if len(c) == 6:
                    named.add(c)
    return counties, cities, provinces, named


def _confirm(text: str, counties: _Scores, candidates: list[str]) -> None:
    """Add village names and township short forms of the leading candidate counties."""
    common = gz.common_words()
    formulae = _formula_spans(text) if candidates else ()
    for c in candidates:
        index = gz.county_index(c)
        upper = gz.upper_names()
        names = [n for n in _substrings(text, _county_lengths(c)) & index.keys() if n not in common and n not in upper]
        seen: set[str] = set()
        for s, e, name in _occurrences(text, names):
            if name in seen or _in_formula(s, e, formulae):
                continue  # 社会主义新农村建设: the formula, not the village 新农村 (user35b F5)
            seen.add(name)
            codes = index[name]
            full = [x for x in codes if gz.division(x).name == name]
            if full and len(full[0]) == 9:
                continue  # full township names were counted nationally already
            if not full:
                if len(name) < 2 or not _short_ok(text, s, e):
                    continue
                if len(codes[0]) == 12 and len(name) < 3:
                    continue  # bare two-character village names are too common
                counties.add(c, _W_TOWNSHIP_SHORT if len(codes[0]) == 9 else _W_VILLAGE / 2, f"short {name}")
            else:
                counties.add(c, _W_VILLAGE, f"village {name}")


def _formula_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where *text* prints a known formula (社会主义新农村建设: ``data/formulae.tsv``)."""
    from corpus_tools._entity_rules.phrase_guards import formula_forms  # the formula lexicon, read once

    out = []
    for form in formula_forms():
        k = text.find(form)
        while k >= 0:
            out.append((k, k + len(form)))
            k = text.find(form, k + 1)
    return tuple(out)


def _in_formula(s: int, e: int, spans: Iterable[tuple[int, int]]) -> bool:
    """A name at ``s:e`` inside a formula, after its start (a formula named after a place, 枫桥经验, keeps it)."""
    return any(a < s and e <= b for a, b in spans)


def _decide(scores: dict[str, float], why: dict[str, list[str]] | None) -> tuple[str | None, float]:
    if not scores:
        return None, 0.0
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    best, s1 = ranked[0]
    s2 = ranked[1][1] if len(ranked) > 1 else 0.0
    conf = (s1 - s2) / s1 * min(1.0, s1 / (2 * _MIN_SCORE))
    # cities and provinces (why=None) pool their counties' scores: the score alone decides
    enough = s1 >= _SURE_SCORE or (s1 >= _MIN_SCORE and (why is None or len(set(why.get(best, ()))) >= 2))
    if enough and s1 >= _MIN_RATIO * s2:
        return best, round(conf, 3)
    return None, round(conf, 3)


def infer_county(text: str, *, paper_county: str | None = None) -> CountyGuess:
    """Infer the county, city and province *text* is about.

    Parameters
    ----------
    text : str
        An article, a page or several pages of one paper joined together.
    paper_county : str, optional, keyword-only
        The county the paper's name names, for a text printed under that masthead but without it
        (an article of the page, :func:`corpus_tools.papers.paper_county`): it counts as the
        masthead would (evidence ``paper county 昌图县``) and its villages are always looked for, so
        an article naming two of that county's villages and another city once (运往开原市的电厂)
        stays the paper's county; an article about another county that names it with evidence of
        its own still goes to that county.

    Returns
    -------
    CountyGuess
        ``code`` is ``None`` when no county is clearly ahead; ``city`` / ``province`` may
        still be decided.

    Examples
    --------
    >>> g = infer_county("本报讯 近日，蟠龙镇、韩北镇、故城镇、监漳镇的村民……")
    >>> g.code, g.city_name
    ('140429', '长治市')
    >>> infer_county("今天天气很好。").code is None
    True
    >>> article = "在老城镇五勤村的秸秆收储站，秸秆被装上货车运往开原市的生物质电厂。南桥村村民笑着说。"
    >>> infer_county(article).county, infer_county(article, paper_county="211224").county
    ('开原市', '昌图县')
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if paper_county is None:
        return _infer(text)
    if not (isinstance(paper_county, str) and len(paper_county) == 6 and paper_county.isdigit()
            and division_name(paper_county)):
        raise ValueError(f"paper_county = {paper_county!r} is invalid; give a 6-digit county code such as '211224'")
    return _infer_paper(f"{paper_county}\0{text}")


def _infer_uncached(text: str, paper_county: str | None = None) -> CountyGuess:
    subs = _substrings(text, _national_lengths())
    counties, cities, provinces, named = _collect(text, subs)
    if paper_county is not None:  # the masthead the text is printed under, as _PAPER_RE would count it
        counties.add(paper_county, _W_PAPER, f"paper county {division_name(paper_county)}")
        named.add(paper_county)
        n_own = len(_OWN_COUNTY_RE.findall(text))  # 我县 / 本县 / 来我县: the paper's county, named as a full name is
        if n_own:
            counties.add(paper_county, _W_COUNTY_FULL * _diminish(n_own), f"own county 我县/本县 ×{n_own}")
    # a named province or city lends weight to its counties (泸溪县 in 湖南省, not 新田村's 新田县)
    for c in list(counties.score):
        for table, cut, share in ((provinces, 2, 0.5), (cities, 4, 0.5)):
            w = table.score.get(c[:cut], 0.0)
            if w:
                counties.add(c, min(2.0, share * w), f"in {division_name(c[:cut])}")
    ranked = sorted((c for c, v in counties.score.items() if v >= _MIN_CONFIRM), key=lambda c: -counties.score[c])
    candidates = ranked[:_N_CANDIDATES]
    if paper_county is not None and paper_county not in candidates:
        candidates.append(paper_county)
    _confirm(text, counties, candidates)
    code, conf = _decide(counties.score, counties.why)
    if code is None and paper_county is not None and _paper_ties(counties.score, paper_county):
        code = paper_county  # no county clearly ahead, the paper's among the best: the paper's (user35b F3)
    city_scores = dict(cities.score)
    prov_scores = dict(provinces.score)
    for c, s in counties.score.items():
        city_scores[c[:4]] = city_scores.get(c[:4], 0.0) + 0.5 * s
        prov_scores[c[:2]] = prov_scores.get(c[:2], 0.0) + 0.5 * s
    for c, s in cities.score.items():
        prov_scores[c[:2]] = prov_scores.get(c[:2], 0.0) + 0.5 * s
    if code is not None:
        city, province = code[:4], code[:2]
        evidence = tuple(counties.why[code])
    else:
        city, _ = _decide(city_scores, None)
        province = city[:2] if city else _decide(prov_scores, None)[0]
        evidence = tuple(cities.why.get(city, ()) if city else provinces.why.get(province, ()) if province else ())
        evidence += _undecided_evidence(counties)  # both sides of an undecided county, not () (user35b F3)
    if city is not None and division_name(city) is None:
        city = None  # provinces whose counties sit directly under them
    strong = [c for c in sorted(counties.score, key=lambda c: -counties.score[c])
              if c == code or (counties.score[c] >= _MIN_SCORE and c in named)]
    return CountyGuess(code, city, province, conf, evidence, tuple(strong), "text")


#: 我县, 本县 (来我县, 在本县): the county of the paper the text is printed in.
_OWN_COUNTY_RE = re.compile(r"(?:我|本)县(?![城委长级域])")
#: Counties listed in the evidence of an undecided guess (the leading ones, each with its reasons).
_UNDECIDED_SHOWN = 2


def _paper_ties(scores: dict[str, float], paper_county: str) -> bool:
    """Whether the paper's county has enough evidence and no county is clearly ahead of it."""
    own = scores.get(paper_county, 0.0)
    best = max(scores.values(), default=0.0)
    return own >= _MIN_SCORE and best < _MIN_RATIO * own


def _undecided_evidence(counties: _Scores) -> tuple[str, ...]:
    """The reasons of the leading counties when none is decided, each prefixed by its county and score."""
    ranked = sorted(counties.score, key=lambda c: (-counties.score[c], c))[:_UNDECIDED_SHOWN]
    return tuple(f"undecided {division_name(c)} {counties.score[c]:.1f}: {why}" for c in ranked
                 if counties.score[c] >= _MIN_CONFIRM for why in dict.fromkeys(counties.why[c]))


_infer: TextCache[CountyGuess] = TextCache(_infer_uncached)
#: ``"<paper county>\0<text>"`` -> the guess with that paper's county (:func:`infer_county`).
_infer_paper: TextCache[CountyGuess] = TextCache(lambda key: _infer_uncached(key[7:], key[:6]))


def context_names(text: str, county_code: str | None = None) -> dict[str, list[tuple[str, str]]]:
    """Townships, villages and communities the entity rules may take by full name in *text*.

    Those of every other county the text names with evidence of its own (a report that
    compares 建始县 and 宣恩县), and those of the whole city when the text is about a city
    but no single county (a 青岛 report naming 铁山街道). The page's own county
    (*county_code*, else the inferred one) is not included: its units, short forms too,
    come from :func:`corpus_tools.gazetteer.county_index`.

    Returns
    -------
    dict
        Name -> list of ``(code, level)``: the shared, cached :func:`corpus_tools.gazetteer.unit_names`
        (do not modify).

    Examples
    --------
    >>> names = context_names("平遥县干部到岢岚县学习。岢岚县……", county_code="140728")
    >>> sorted({code[:6] for hits in names.values() for code, _ in hits}), names["宋家沟村"]
    (['140929'], [('140929102200', 'village')])
    """
    if county_code:
        # the page's county is known: only other counties named in full (cheap, no inference)
        own = county_code[:6]
        areas = [c for c in _named_in_full(text) if c != own]
    else:
        g = _infer(text)
        areas = [c for c in g.counties if c != g.code]
        if g.code is None and g.city:
            areas.append(g.city)
    return gz.unit_names(tuple(sorted(areas))) if areas else {}


def named_counties(text: str, county_code: str | None = None) -> tuple[str | None, tuple[str, ...]]:
    """The area whose counties a text may name by short form, and the counties it establishes.

    The counties are *county_code* (the page's own, else the inferred one) and every county
    whose official name the text spells out (:func:`context_names` explains when). The area
    is the province of that county (a report about 宁远县 names 新田, 道县 in passing) or, when
    no single county is decided, the city the text is about (a report about a prefecture names
    its counties by their short forms: 雷山, 丹寨), else None.

    Examples
    --------
    >>> named_counties("湖南宁远：屋场会开到心坎上。宁远县天堂镇、水市镇、湾井镇……")
    ('43', ('431126',))
    """
    if county_code:
        own = county_code[:6]
        return own[:2], tuple(sorted({own, *_named_in_full(text)}))
    g = _infer(text)
    found = set(_named_in_full(text)) | set(g.counties)
    if g.code:
        found.add(g.code)
    return (g.code[:2] if g.code else g.city), tuple(sorted(found))


def _named_in_full_uncached(text: str) -> tuple[str, ...]:
    """Counties whose official name (岢岚县, 巴州区) occurs twice, or once followed by one of its units."""
    upper = gz.upper_names()
    out = []
    for j, ch in enumerate(text):
        if ch not in "县区市旗":
            continue
        for L in range(3, min(12, j + 1) + 1):
            name = text[j + 1 - L:j + 1]
            codes = [c for c in upper.get(name, ()) if len(c) == 6]
            if len(codes) == 1 and gz.division(codes[0]).name == name:
                after = text[j + 1:j + 11]
                if text.count(name) >= 2 or any(after.startswith(u) for u in gz.unit_names((codes[0],))):
                    out.append(codes[0])
                break
    return tuple(sorted(set(out)))


_named_in_full: TextCache[tuple[str, ...]] = TextCache(_named_in_full_uncached)


def infer_issue_county(texts: Iterable[str]) -> CountyGuess:
    """Infer one county for several texts of one issue (or one paper), pooling their evidence.

    Examples
    --------
    >>> infer_issue_county(["蟠龙镇的村民……", "韩北镇、故城镇……"]).county
    '武乡县'
    """
    if isinstance(texts, str):
        raise TypeError("texts must be an iterable of str, not a single str; use infer_county(text)")
    return infer_county("\n".join(texts))


_WARNED: set[str] = set()


def warn_undecided(what: str = "text", *, key: str = "text") -> None:
    """Warn, once per session and *key*, that no county could be read off *what*."""
    if key in _WARNED:
        return
    _WARNED.add(key)
    warnings.warn(f"the county of the {what} could not be inferred from the text, so townships and villages "
                  "are not linked; pass county= to read_corpus (or --county on the command line), or add a "
                  "county_code column to manifest.csv. This warning is shown once.", UserWarning,
                  stacklevel=user_stacklevel())
