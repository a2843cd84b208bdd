"""Word lists and shared types of the entity rules.

Every list lives in ``corpus_tools/data/entities/<name>.txt`` (one word per line or several per
line, ``#`` comments): head words, generic vocabularies, clause words, surnames, titles. Lists
built by a script say so in their first line; hand-made lists of names carry a source column
(``historic_events.txt``: :func:`sourced_names`) (``clause_words.txt``, ``place_words.txt``,
``surnames.txt``, ``not_names.txt``); the others were written from the annotation guide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from corpus_tools._entity_rules.admin_levels import GOVERNMENT_LEVELS, GOVERNMENT_MINORITY_LEVELS
from corpus_tools._entity_rules.unit_posts import unit_posts
from corpus_tools.text import CJK_RE

LABELS = ("PERSON", "ORG", "GPE", "TOWNSHIP", "VILLAGE", "COMMUNITY", "PROJECT", "FAC", "LOC", "EVENT", "DOC")


@dataclass
class Cand:
    start: int
    end: int
    label: str
    prio: int = 0
    code: str | None = None
    source: str = "rule"
    text: str = ""
    text_head: str = ""
    #: a gazetteer match's readings, ``(code, level)`` pairs (段村 a township and a village): kept by
    #: ``dataclasses.replace``, so a copied span can still be resolved by its list neighbours
    alts: tuple[tuple[str, str], ...] = field(default=(), compare=False, repr=False)

    @property
    def length(self) -> int:
        return self.end - self.start


#: quotation and title marks: a span holding one is a quoted or titled name, which the shape passes leave alone
QUOTE_MARKS = "“”‘’《》\"'「」"


def left_as_chosen(c: Cand, name: str, labels: "frozenset[str] | tuple[str, ...]", marks: str = QUOTE_MARKS, *,
                   firm_prio: bool = True) -> bool:
    """Whether a pass that reshapes spans by their form leaves span *c* (printed *name*) as it is: not one of its
    *labels*, chosen firmly (``prio >= 2``, when *firm_prio*), from a list or the gazetteer, or holding one of
    *marks*.

    Examples
    --------
    >>> left_as_chosen(Cand(0, 4, "PROJECT"), "扶贫工程", ("PROJECT",)), left_as_chosen(Cand(0, 4, "ORG"), "县委", ("PROJECT",))
    (False, True)
    >>> left_as_chosen(Cand(0, 6, "PROJECT", source="gazetteer"), "某某工程", ("PROJECT",))
    True
    >>> left_as_chosen(Cand(0, 6, "PROJECT"), "“双百”工程", ("PROJECT",))
    True
    """
    return (c.label not in labels or (firm_prio and c.prio >= 2) or c.source in ("list", "gazetteer")
            or any(ch in marks for ch in name))


def replace_inside(ents: "list[Cand]", new: Cand) -> "list[Cand]":
    """*ents* with *new* in place of the spans inside it, sorted by ``(start, end)``; *ents* unchanged when a
    span crosses *new*'s bounds.

    Examples
    --------
    >>> [(c.start, c.end) for c in replace_inside([Cand(0, 2, "GPE"), Cand(2, 4, "FAC")], Cand(0, 4, "FAC"))]
    [(0, 4)]
    >>> len(replace_inside([Cand(0, 3, "ORG")], Cand(2, 5, "FAC")))
    1
    """
    if any(c.start < new.end and c.end > new.start and (c.start < new.start or c.end > new.end) for c in ents):
        return ents
    out = [c for c in ents if not (c.start >= new.start and c.end <= new.end)]
    out.append(new)
    return sorted(out, key=lambda c: (c.start, c.end))


# --------------------------------------------------------------------------- lexicons

def _read(name: str) -> list[str]:
    path = resources.files("corpus_tools").joinpath("data", "entities", name + ".txt")
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The words of ``data/entities/<name>.txt`` (one per line or space-separated; ``#`` comments).

    Read once per list and kept: rules call it per candidate span (``product_word``, ``sites``)."""
    return frozenset(w for ln in _read(name) for w in ln.split())


@lru_cache(maxsize=None)
def words_tuple(name: str) -> tuple[str, ...]:
    """As :func:`words`, in file order."""
    return tuple(dict.fromkeys(w for ln in _read(name) for w in ln.split()))


def sourced_names(name: str) -> tuple[str, ...]:
    """The names of a list with a source column, ``data/entities/<name>.txt`` (``name<TAB>source``
    per line, ``#`` comments), in file order: historic_events."""
    return tuple(dict.fromkeys(ln.partition("\t")[0].strip() for ln in _read(name)))


@lru_cache(maxsize=1)
def nature_names() -> frozenset[str]:
    """Names of mountains, rivers and lakes, read once: ``data/entities/nature_names.txt`` (mined from
    tagged corpora by training/ner/build_site_words.py) and ``nature_names_mined.txt`` (MSRA LOC spans,
    crawl feature contexts and 1998 islands, with their counts: training/ner/build_nature_mined.py)."""
    return words("nature_names") | frozenset(sourced_names("nature_names_mined"))


@lru_cache(maxsize=1)
def known_features() -> frozenset[str]:
    """``nature_names() | LOC_WORDS``, built once: the mountains, rivers, lakes and regions the rules know
    by name (the finders of landscape words and belts read it for every text)."""
    return nature_names() | LOC_WORDS


def chars(name: str) -> frozenset[str]:
    """The characters of ``data/entities/<name>.txt`` (a list of one-character surnames)."""
    return frozenset("".join(ln.strip() for ln in _read(name)))


STOPS = words("stops")

STREET_STOPS = words("street_stops")
ORG_STOPS = words("org_stops")
FAC_STOPS = words("fac_stops")

# Trailing generic words that end a span (平遥古城景区 -> 平遥古城).
TRAIL_GENERIC = ("景区", "现场", "新馆", "古堡", "片区", "段", "团队")

DIGIT_UNIT_RE = re.compile(
    r"[0-9０-９][0-9０-９.．,，%％]*\s*(?:余|多)?\s*(?:[万亿千百十])?\s*"
    r"(?:年度|年|月|日|号楼|个|处|座|条|项|批|家|亩|吨|米|平方米|公里|千米|户|人|名|所|辆|台|套|件|次|场|位|级|期|元|吨级|层|支|届|周年|倍)?"
)
CN_NUM = "一二三四五六七八九十百千万两"
CN_QTY_RE = re.compile(rf"(?:(?<=[^\u4e00-\u9fff])|(?<=[了的在有共等])|^)[{CN_NUM}]+(?:个|处|座|条|项|批|家|所|名|位|支|层|栋|幢)")

PROJECT_GENERIC = words("project_generic")

ORG_HEADS = words_tuple("org_heads")
ORG_BARE_OK = words("org_bare_ok")
ORG_GENERIC = words("org_generic")

#: facility heads: the hand list, then the heads mined from tagged corpora (training/ner/build_fac_heads.py)
FAC_HEADS = tuple(dict.fromkeys(words_tuple("fac_heads") + words_tuple("fac_heads_mined")))
#: :data:`FAC_HEADS` longest first, for :func:`ending_head`
FAC_HEADS_LONGEST_FIRST = tuple(sorted(FAC_HEADS, key=len, reverse=True))
FAC_GENERIC = words("fac_generic")
ROAD_LINE_RE = re.compile(r"([东西南北中环][\u4e00-\u9fff]线|[\u4e00-\u9fff][东西南北中平夏环孟][线])")
ROAD_LINE_BAD = words("road_line_bad")

EVENT_HEADS = words_tuple("event_heads")
#: what makes an event name specific at its start: a level (县, 旗: 旗委十三届六次全会), 中央, 全国, a count …
EVENT_GENERIC = words("event_generic")
EVENT_PREFIX_RE = re.compile(rf"^(?:[{GOVERNMENT_MINORITY_LEVELS}]|中央|全国|国家|党的|第[\u4e00-\u9fff0-9]{{1,4}}[届次批]|首届|[0-9]+·[0-9]+)")

PROJECT_HEADS = words_tuple("project_heads")

COUNTRIES = words("countries")
LOC_WORDS = words("loc_words")
SURNAMES = chars("surnames_hand")
PERSON_TITLES = tuple(dict.fromkeys(words_tuple("person_titles") + unit_posts()))  # + 苏木达, 嘎查达 …
PERSON_AFTER = "，。、：；！？“”（）()\n 说介表笑告透称坦感回指认谈讲道来去在是和与的等们正带也都还就对把向为被已将又家入获担"


@lru_cache(maxsize=1)
def all_stops() -> frozenset[str]:
    """:data:`STOPS` plus the clause words built from jieba (training/ner/build_clause_words.py)."""
    path = resources.files("corpus_tools").joinpath("data", "entities", "clause_words.txt")
    return STOPS | frozenset(path.read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Common words that start with a surname character (游客, 高速): never a person."""
    path = resources.files("corpus_tools").joinpath("data", "entities", "not_names.txt")
    return frozenset(path.read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    path = resources.files("corpus_tools").joinpath("data", "admin", "common_words.txt")
    return frozenset(path.read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def frequent2() -> frozenset[str]:
    """Frequent two-character words of jieba's dictionary that are not names (common_words2.txt)."""
    return frozenset(w for ln in _read("common_words2") for w in ln.split())


@lru_cache(maxsize=1)
def common_or_frequent() -> frozenset[str]:
    """:func:`common_words` and :func:`frequent2` in one set (built once)."""
    return common_words() | frequent2()


@lru_cache(maxsize=1)
def national_orgs() -> frozenset[str]:
    """Central Party and state bodies with their short forms (中办, 国办): data/entities/national_orgs.txt."""
    path = resources.files("corpus_tools").joinpath("data", "entities", "national_orgs.txt")
    lines = (ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#"))
    return frozenset(w for ln in lines for w in ln.split())


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Place names that are also common words but mostly places in news (四川, 南京, 大同):
    built from People's Daily 1998 tags by training/ner/build_place_words.py."""
    path = resources.files("corpus_tools").joinpath("data", "entities", "place_words.txt")
    words = (w for w in path.read_text(encoding="utf-8").split("\n") if w and not w.startswith("#"))
    return frozenset(words) - LOC_WORDS


@lru_cache(maxsize=65536)
def is_name_char(ch: str) -> bool:
    """Whether *ch* can be part of a name: a CJK ideograph or an ASCII letter or digit (cached per character)."""
    return bool(CJK_RE.match(ch)) or (ch.isascii() and ch.isalnum())


@lru_cache(maxsize=8)
def counted_names(name: str) -> dict[str, int]:
    """A mined list ``data/entities/<name>.txt`` (``name<TAB>count`` per line; a line without a
    count counts once) as a dict: trade_names, platform_names, event_names
    (``training/ner/build_arbiter_names.py``)."""
    path = resources.files("corpus_tools").joinpath("data", "entities", name + ".txt")
    out = {}
    for ln in path.read_text(encoding="utf-8").splitlines():
        k, _, v = ln.partition("\t")
        if k and not k.startswith("#"):
            out[k] = int(v or 1)
    return out


def occurrences(text: str, word: str) -> list[tuple[int, int]]:
    """Start and end of each occurrence of *word* in *text*, left to right and not overlapping:
    the spans of ``re.finditer(re.escape(word), text)``, without compiling a pattern per word
    (a pattern per name of a long text pushes the rules' own patterns out of ``re``'s cache).

    Examples
    --------
    >>> occurrences("王平说，王平平安", "王平")
    [(0, 2), (4, 6)]
    """
    if not word:
        return [m.span() for m in re.finditer("", text)]
    out, n = [], len(word)
    i = text.find(word)
    while i >= 0:
        out.append((i, i + n))
        i = text.find(word, i + n)
    return out


@lru_cache(maxsize=16)
def _lengths_by_first_two(words: frozenset[str]) -> dict[str, tuple[int, ...]]:
    out: dict[str, set[int]] = {}
    for w in words:
        out.setdefault(w[:2], set()).add(len(w))
    return {k: tuple(sorted(v)) for k, v in out.items()}


@lru_cache(maxsize=16)
def _longest_first(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def listed_spans(text: str, words: frozenset[str], longest: int) -> list[tuple[int, int]]:
    """``(start, length)`` of every occurrence of a word of *words* of two to *longest*
    characters, overlapping ones too, longer words first and left to right within a length
    (what a scan of each length from *longest* down finds).

    Examples
    --------
    >>> listed_spans("中华人民共和国与中国", frozenset({"中国", "中华人民共和国"}), 7)
    [(0, 7), (8, 2)]
    """
    hits = []
    if len(words) <= 256:  # a short list: each word by str.find
        find = text.find
        for w in _longest_first(words):
            if 2 <= len(w) <= longest:
                i = find(w)
                while i >= 0:
                    hits.append((i, len(w)))
                    i = find(w, i + 1)
    else:  # a long one: the lengths of the words that start with each position's two characters
        index, n = _lengths_by_first_two(words), len(text)
        for i in range(n - 1):
            lengths = index.get(text[i:i + 2])
            if lengths:
                hits.extend((i, L) for L in lengths if 2 <= L <= longest and i + L <= n and text[i:i + L] in words)
    hits.sort(key=lambda h: (-h[1], h[0]))
    return hits


def longest_first_re(names) -> "re.Pattern | None":
    """One regular expression matching any of *names*, longer names first; None for no names."""
    names = sorted(map(re.escape, names), key=len, reverse=True)
    return re.compile("|".join(names)) if names else None


def ending_head(name: str, heads: "tuple[str, ...]") -> str:
    """The longest of *heads* that *name* ends with, ``""`` for none; *heads* sorted longest first (a module-level
    tuple such as :data:`FAC_HEADS_LONGEST_FIRST`).

    Examples
    --------
    >>> ending_head("大像山石窟", ("石窟", "窟")), ending_head("县城", ("石窟", "窟"))
    ('石窟', '')
    """
    return next((h for h in heads if name.endswith(h)), "")
