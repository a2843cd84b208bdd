"""Which places (or other entities) the paper names together with which slogan, and which slogans it prints
together (:func:`slogan_cooccurrence`)."""

from __future__ import annotations

import bisect
from collections import defaultdict
from typing import TYPE_CHECKING, Any, Iterable, Sequence

import pandas as pd

from corpus_tools.slogans.core import KINDS
from corpus_tools.slogans.printed import article_parts
from corpus_tools.slogans.tables import LAYERS, detection
from corpus_tools.text import SENTENCE_END_RE

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Article, Corpus
    from corpus_tools.slogans.decision import DecisionModel

__all__ = ["COOCCURRENCE_COLUMNS", "SLOGAN_PAIR_COLUMNS", "slogan_entity_cooccurrence", "slogan_cooccurrence"]

#: Columns of :func:`slogan_entity_cooccurrence`.
COOCCURRENCE_COLUMNS = ["slogan", "kind", "level", "entity", "label", "admin_code", "n_articles",
                        "n_sentences", "n_issues", "first_date", "last_date", "article_ids",
                        "example"]
#: Columns of :func:`slogan_cooccurrence`.
SLOGAN_PAIR_COLUMNS = ["slogan_a", "slogan_b", "n_articles", "n_sentences", "n_issues", "first_date", "last_date",
                       "article_ids"]
_WINDOWS = ("sentence", "article")
_PLACE_LABELS = ("TOWNSHIP", "VILLAGE", "COMMUNITY")


class _ArticleSentences:
    """Sentence units of an article's parts: (part, sentence index) and their text.

    Sentences end where the ``sentence`` column of ``extract_entities`` ends them."""

    def __init__(self, article: "Article"):
        self.texts = dict(article_parts(article))
        self.starts: dict[str, list[int]] = {}
        for part, txt in self.texts.items():
            self.starts[part] = [0] + [m.end() for m in SENTENCE_END_RE.finditer(txt)]

    def unit(self, part: str, pos: int) -> tuple[str, int]:
        starts = self.starts.get(part)
        if starts is None:
            return part, 0
        return part, max(0, bisect.bisect_right(starts, pos) - 1)

    def text(self, unit: tuple[str, int]) -> str:
        part, i = unit
        starts = self.starts.get(part)
        if starts is None:
            return ""
        end = starts[i + 1] if i + 1 < len(starts) else len(self.texts[part])
        return self.texts[part][starts[i]:end].strip()


def slogan_entity_cooccurrence(corpus: "Corpus", *, labels: Iterable[str] = _PLACE_LABELS,
                               window: str = "sentence", kinds: Sequence[str] = KINDS,
                               lexicon: "pd.DataFrame | None | bool" = None,
                               formulae: "pd.DataFrame | None | bool" = None,
                               layers: Sequence[str] = LAYERS,
                               entities: pd.DataFrame | None = None,
                               min_articles: int = 1,
                               decision: "DecisionModel | bool | None" = None,
                               nested: bool = False) -> pd.DataFrame:
    """Which places (or other entities) the paper names together with which slogan.

    Answers "which township is praised with which formula": a slogan and an entity
    co-occur when both are mentioned in the same sentence (``window="sentence"``) or the
    same article (``window="article"``; the article's kicker, which often names the
    township a story is about, counts as part of it). Mentions on the page's banner lines
    (``part == "banner"`` in :func:`slogan_mentions`) belong to no article and are left out.

    Parameters
    ----------
    corpus : Corpus
        From :func:`~corpus_tools.loaders.load_seeds` or :func:`~corpus_tools.loaders.read_corpus`.
    labels : iterable of str, default ("TOWNSHIP", "VILLAGE", "COMMUNITY")
        Entity labels to pair with slogans (see :data:`corpus_tools.entities.LABELS`), e.g.
        add ``"ORG"`` for party branches and bureaus.
    window : {"sentence", "article"}, default "sentence"
        The unit in which a slogan and an entity count as co-occurring. Sentences end at
        。！？； and line breaks; the title, kicker and captions are sentences of their own.
    kinds, lexicon, formulae, layers, decision, nested
        As in :func:`extract_slogans` (both layers by default: marked slogans and known formulae;
        ``nested=True`` adds the composite formulae).
    entities : DataFrame, optional
        A table from :func:`~corpus_tools.entities.extract_entities` for the same corpus,
        to save extracting the entities again.
    min_articles : int, default 1
        Keep pairs found in at least this many articles.

    Returns
    -------
    DataFrame
        One row per slogan and entity, with columns :data:`COOCCURRENCE_COLUMNS`: ``slogan``
        (canonical text), ``kind``, ``level``, ``entity`` (the entity's ``norm``: official
        name for linked places), ``label``, ``admin_code`` (None when not linked),
        ``n_articles`` (articles where they co-occur in the window), ``n_sentences``
        (sentences holding both; also counted for ``window="article"``), ``n_issues``,
        ``first_date``/``last_date`` of those articles' issues, ``article_ids`` (a list) and
        ``example`` (the first sentence holding both, else the slogan's sentence). Sorted by
        ``n_articles``, then ``n_sentences``, most first.

    Examples
    --------
    >>> from corpus_tools import load_seeds
    >>> co = slogan_entity_cooccurrence(load_seeds(), window="article")
    >>> set(co["label"]) <= {"TOWNSHIP", "VILLAGE", "COMMUNITY"}
    True
    >>> list(co.columns[:6])
    ['slogan', 'kind', 'level', 'entity', 'label', 'admin_code']
    """
    from corpus_tools._validate import check_choice, check_int, check_labels
    from corpus_tools.entities import LABELS, extract_entities

    check_choice("window", window, _WINDOWS)
    check_int("min_articles", min_articles, minimum=1)
    keep = check_labels(labels, LABELS)
    if not keep:
        raise ValueError("labels must name at least one entity label")
    sset, slogan_rows = detection(corpus, kinds, lexicon, formulae, layers, decision, nested=nested)
    if entities is None:
        entities = extract_entities(corpus, labels=sorted(keep))
    need = {"article_id", "part", "label", "start", "norm", "admin_code"}
    if not isinstance(entities, pd.DataFrame) or not need <= set(entities.columns):
        raise ValueError(f"entities must be a DataFrame from extract_entities() with columns "
                         f"{sorted(need)}")
    off_text = ("byline", "masthead", "credit", "furniture")   # parts outside the article text
    ents = entities[entities["label"].isin(keep) & ~entities["part"].isin(off_text)]
    ent_part = {"captions": "caption"}  # extract_entities and article_parts name it differently
    ents_by_article: dict[str, list[tuple[str, int, tuple[str, str, str | None]]]] = defaultdict(list)
    for aid, part, start, norm, label, code in zip(ents["article_id"], ents["part"], ents["start"],
                                                   ents["norm"], ents["label"], ents["admin_code"]):
        code = code if isinstance(code, str) else None
        ents_by_article[aid].append((ent_part.get(part, part), int(start), (str(norm), label, code)))
    slogans_by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in slogan_rows:
        if r["part"] != "banner":  # a banner line belongs to no article: it shares no sentence or article
            slogans_by_article[r["article_id"]].append(r)

    pairs: dict[tuple[str, tuple[str, str, str | None]], dict[str, Any]] = {}
    for issue in corpus:
        for art in issue.articles:
            ss, es = slogans_by_article.get(art.id), ents_by_article.get(art.id)
            if not ss or not es:
                continue
            sents = _ArticleSentences(art)
            spans = [(x["part"], x["start"], x["end"]) for x in ss]
            # a name inside a formula (邓小平 in 邓小平理论) names no one who says it, nor another formula beside it
            ent_units = [(sents.unit(part, pos), ent) for part, pos, ent in es
                         if not any(part == sp and a <= pos < b for sp, a, b in spans)]
            seen: set[tuple[str, tuple[str, str, str | None]]] = set()
            for s in ss:
                unit = sents.unit(s["part"], s["start"])
                for e_unit, ent in ent_units:
                    same = e_unit == unit
                    if window == "sentence" and not same:
                        continue
                    key = (s["_key"], ent)
                    p = pairs.setdefault(key, {"articles": set(), "sentences": set(), "issues": set(),
                                               "dates": [], "example": "", "fallback": ""})
                    if same:
                        p["sentences"].add((art.id, unit))
                        p["example"] = p["example"] or sents.text(unit)
                    if key in seen:
                        continue
                    seen.add(key)
                    p["articles"].add(art.id)
                    p["fallback"] = p["fallback"] or sents.text(unit)
                    p["issues"].add(issue.id)
                    if issue.date is not None:
                        p["dates"].append(issue.date)
    rows = []
    for (skey, (norm, label, code)), p in pairs.items():
        if len(p["articles"]) < min_articles:
            continue
        info = sset.rows[skey]
        rows.append({"slogan": info["text"], "kind": info["kind"], "level": info["level"],
                     "entity": norm, "label": label, "admin_code": code,
                     "n_articles": len(p["articles"]), "n_sentences": len(p["sentences"]),
                     "n_issues": len(p["issues"]),
                     "first_date": min(p["dates"]) if p["dates"] else None,
                     "last_date": max(p["dates"]) if p["dates"] else None,
                     "article_ids": sorted(p["articles"]),
                     "example": p["example"] or p["fallback"]})
    df = pd.DataFrame(rows, columns=COOCCURRENCE_COLUMNS)
    df["admin_code"] = pd.Series([c if isinstance(c, str) else None for c in df["admin_code"]],
                                 index=df.index, dtype=object)
    return df.sort_values(["n_articles", "n_sentences", "slogan", "entity"],
                          ascending=[False, False, True, True], ignore_index=True)


def slogan_cooccurrence(corpus: "Corpus", *, window: str = "article", min_count: int = 1,
                        by: str = "group", kinds: Sequence[str] = KINDS,
                        lexicon: "pd.DataFrame | None | bool" = None, formulae: "pd.DataFrame | None | bool" = None,
                        layers: Sequence[str] = LAYERS, decision: "DecisionModel | bool | None" = None,
                        nested: bool = False) -> pd.DataFrame:
    """Which slogans (both layers) the paper prints together: one row per unordered pair.

    Parameters
    ----------
    corpus : Corpus
    window : {"article", "sentence"}
        Count a pair once per article that mentions both, or once per sentence that holds both (the
        ``sentence`` of :func:`~corpus_tools.slogans.slogan_mentions`). ``n_articles`` is always the
        number of articles with the pair in the window.
    min_count : int
        Keep pairs seen in at least this many windows.
    by : {"group", "text"}
        Pair the slogans' canonical groups (a formula and its wordings, 乡村振兴 with 乡村全面振兴, are one)
        or their rows' ``text``.
    kinds, lexicon, formulae, layers, decision, nested
        As :func:`~corpus_tools.slogans.slogan_mentions` takes them.

    Returns
    -------
    DataFrame
        Columns :data:`SLOGAN_PAIR_COLUMNS`, most frequent first; ``slogan_a`` < ``slogan_b``;
        ``article_ids`` lists the articles.

    Examples
    --------
    >>> import pandas as pd
    >>> from corpus_tools.corpus import Corpus
    >>> c = Corpus.from_articles(pd.DataFrame([{"issue_id": "1", "date": "2019-05-01", "title": "会议",
    ...     "body": "全县推进乡村振兴，坚持高质量发展。巩固脱贫攻坚成果。"}]))
    >>> slogan_cooccurrence(c)[["slogan_a", "slogan_b", "n_articles"]].values.tolist()[0]
    ['乡村振兴', '脱贫攻坚', 1]
    """
    from itertools import combinations

    from corpus_tools.slogans.tables import slogan_mentions

    from corpus_tools._validate import check_choice, check_int

    check_choice("window", window, _WINDOWS)
    check_choice("by", by, ("group", "text"))
    check_int("min_count", min_count, minimum=1)
    ms = slogan_mentions(corpus, kinds=kinds, lexicon=lexicon, formulae=formulae, layers=layers, decision=decision,
                         nested=nested)
    dates = {issue.id: issue.date for issue in corpus}
    pairs: dict[tuple[str, str], dict[str, Any]] = defaultdict(lambda: {"arts": set(), "sents": set(), "issues": set()})
    if len(ms):
        ms = ms[ms["part"] != "banner"] if "part" in ms else ms
        unit_cols = ["issue_id", "article_id"] + (["part", "sentence"] if window == "sentence" else [])
        for unit, g in ms.groupby(unit_cols, sort=False):
            names = sorted(set(g[by]))
            for a, b in combinations(names, 2):
                r = pairs[(a, b)]
                r["arts"].add(unit[1])
                r["sents"].add(unit)
                r["issues"].add(unit[0])
    rows = []
    for (a, b), r in pairs.items():
        n = len(r["sents"]) if window == "sentence" else len(r["arts"])
        if n < min_count:
            continue
        ds = [dates[i] for i in r["issues"] if dates.get(i) is not None]
        rows.append({"slogan_a": a, "slogan_b": b, "n_articles": len(r["arts"]),
                     "n_sentences": len(r["sents"]) if window == "sentence" else pd.NA,
                     "n_issues": len(r["issues"]), "first_date": min(ds) if ds else None,
                     "last_date": max(ds) if ds else None, "article_ids": sorted(r["arts"])})
    df = pd.DataFrame(rows, columns=SLOGAN_PAIR_COLUMNS)
    key = "n_sentences" if window == "sentence" else "n_articles"
    return df.sort_values([key, "slogan_a", "slogan_b"], ascending=[False, True, True], ignore_index=True)
