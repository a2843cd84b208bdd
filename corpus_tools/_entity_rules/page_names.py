"""One page, one reading of a name: a water or a numbered event the tagger reads in one part of an issue is
the same name in the issue's other parts (evfac34, round 33).

:func:`~corpus_tools.entities.extract_entities` tags each article's text, kicker and captions apart, so the
document passes (:mod:`place_waters`, :func:`events.event_short_forms`) see one part at a time: a page that
lists 清江 with a known river in one brief and writes 清江游客同比增长 in the headline of the next, or a caption
that names 第三届中国·靖宇矿泉水节 over the headline 靖宇矿泉水节开幕, loses the other mentions (pages31). Here
the names found anywhere in an issue are read again in its other parts:

- a LOC of two to four characters that ends in a water head (江, 河, 湖, 溪), where no row covers the text
  and no level character follows (清江镇 stays a township);
- the shorter forms of an EVENT that opens with an ordinal or a year (:func:`events.numbered_event_forms`),
  over rows of places or events that lie inside the form (靖宇|矿泉水节).
"""

from __future__ import annotations

from collections import defaultdict

from corpus_tools._entity_rules.events import numbered_event_forms
from corpus_tools._entity_rules.place_waters import WATER_HEADS
from corpus_tools.text import sentence_around

__all__ = ["page_names"]

#: the parts of an article read again (not bylines, credits or mastheads)
_PARTS = frozenset(("text", "kicker", "captions"))
#: characters after a water's name that make it a place's or a road's (清江镇, 汾湖路)
_PLACE_NEXT = frozenset("村镇乡县市区州旗屯寨组社街路港站庄坊大")
#: labels a longer event form may cover (靖宇 GPE, 矿泉水节 EVENT inside 靖宇矿泉水节)
_INSIDE_EVENT = frozenset(("GPE", "TOWNSHIP", "VILLAGE", "LOC", "EVENT"))
#: the columns of a row: issue, article, part, text, label, start, end (then sentence, norm, code, owner)
_I, _A, _P, _T, _L, _S, _E = range(7)


def _issue_names(rows: list[tuple]) -> dict:
    """Per issue: the water names (LOC) and the event forms (EVENT) its rows read."""
    names: dict = defaultdict(dict)
    for r in rows:
        if r[_P] not in _PARTS:
            continue
        name, label = r[_T], r[_L]
        if label == "LOC" and 2 <= len(name) <= 4 and name[-1] in WATER_HEADS:
            names[r[_I]][name] = "LOC"
        elif label == "EVENT":
            for f in numbered_event_forms(name):
                names[r[_I]].setdefault(f, "EVENT")
    return names


def page_names(rows: list[tuple], jobs: list[tuple], keep=None) -> list[tuple]:
    """*rows* (:func:`~corpus_tools.entities.extract_entities`' rows) with the names of each issue read in its
    parts where the tagger missed them (see the module docstring); *jobs* are the tagged parts
    ``(issue_id, article_id, part, text, county_code)``; *keep* the labels asked for (None: all).

    Examples
    --------
    >>> rows = [("i", "1", "text", "清江", "LOC", 2, 4, "", "清江", None, None)]
    >>> jobs = [("i", "1", "text", "地处清江、招徕河沿岸", None), ("i", "2", "text", "清江游客增长", None)]
    >>> [(r[1], r[3], r[4]) for r in page_names(rows, jobs)]
    [('1', '清江', 'LOC'), ('2', '清江', 'LOC')]
    """
    if keep is not None and not {"LOC", "EVENT"} & set(keep):
        return rows
    names = _issue_names(rows)
    if not names:
        return rows
    by_part: dict = defaultdict(list)
    for k, r in enumerate(rows):
        by_part[(r[_I], r[_A], r[_P])].append(k)
    drop: set[int] = set()
    extra: list[tuple] = []
    for issue, art, part, text, _ in jobs:
        found = names.get(issue)
        if not found or part not in _PARTS:
            continue
        own = by_part.get((issue, art, part), [])
        spans = [(rows[k][_S], rows[k][_E], rows[k][_L], k) for k in own]
        for name in sorted(found, key=len, reverse=True):
            label = found[name]
            if keep is not None and label not in keep:
                continue
            i = text.find(name)
            while i >= 0:
                e = i + len(name)
                over = [sp for sp in spans if sp[0] < e and i < sp[1]]
                inside = all(i <= s0 and e1 <= e and lab in _INSIDE_EVENT and (s0, e1) != (i, e)
                             for s0, e1, lab, _ in over)
                ok = (not over and text[e:e + 1] not in _PLACE_NEXT) if label == "LOC" else (not over or inside)
                if ok:
                    drop.update(k for *_, k in over)
                    spans = [sp for sp in spans if sp not in over] + [(i, e, label, -1)]
                    extra.append((issue, art, part, name, label, i, e, sentence_around(text, i, e), name, None, None))
                i = text.find(name, e)
    if not extra:
        return rows
    return [r for k, r in enumerate(rows) if k not in drop] + extra
