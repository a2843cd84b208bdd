"""How each place row of the entity table was linked, in the entity table itself (user36b F11).

:func:`corpus_tools.extract_entities` gives a place its code of today (``admin_code``) or none; only the place tables
(:func:`corpus_tools.place_mentions`) said how the name was linked, so a user who keeps one table per mention could not
tell a township merged away (周台子乡: no code, gone) from a name left unlinked, nor a renamed one (杨井乡 linked to
杨井镇) from a name printed as it is today. :func:`with_place_links` adds those columns to the entity table:

* ``link``: for a TOWNSHIP, VILLAGE or COMMUNITY row, :data:`corpus_tools.former_places.LINK_KINDS`: ``exact``,
  ``short``, ``stem`` (renamed, stem kept: 杨井乡 → 杨井镇), ``former-via-merger`` (a merger sentence of the corpus
  names its successor: 纪畔乡 → 贺圈镇, whose code ``admin_code`` then holds), ``former`` (printed with 原),
  ``not-in-gazetteer`` (a full name no unit of today of the county bears: gone, or never listed), ``none``; empty for
  the other labels;
* ``linked_to``: the unit of today the row was linked to when it is not the printed name (the successor).

``corpus-tools entities`` writes both columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from corpus_tools.place_mentions import PLACE_UNITS, place_mentions

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Corpus

__all__ = ["with_place_links"]

_KEY = ["issue_id", "article_id", "part", "start", "end"]


def with_place_links(ents: pd.DataFrame, corpus: "Corpus | None" = None, *,
                     mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """The entity table *ents* with ``link`` and ``linked_to`` columns for its place rows.

    Parameters
    ----------
    ents : DataFrame
        :func:`corpus_tools.extract_entities` of *corpus*.
    corpus : Corpus, optional
        The corpus (its merger sentences link former names to their successors).
    mentions : DataFrame, optional
        :func:`corpus_tools.place_mentions` of the same table, when already made.

    Returns
    -------
    DataFrame
        A copy of *ents* with ``link`` and ``linked_to`` (empty strings on rows of other labels); a former township
        that a merger sentence links gets its successor's code in ``admin_code``.

    Examples
    --------
    >>> e = pd.DataFrame({"issue_id": ["a", "a"], "article_id": ["a-1", "a-1"], "part": ["text", "text"],
    ...     "text": ["周台子乡", "县委"], "label": ["TOWNSHIP", "ORG"], "start": [0, 8], "end": [4, 10],
    ...     "sentence": ["", ""], "norm": ["周台子乡", "县委"], "admin_code": [None, None],
    ...     "owner_code": [None, "610825"]})
    >>> with_place_links(e, mentions=pd.DataFrame({"issue_id": ["a"], "article_id": ["a-1"], "part": ["text"],
    ...     "start": [0], "end": [4], "admin_code": [None], "link": ["not-in-gazetteer"], "linked_to": [""],
    ...     "in_name": [""]}))[["text", "link"]].values.tolist()
    [['周台子乡', 'not-in-gazetteer'], ['县委', '']]
    """
    out = ents.copy()
    if mentions is None:
        mentions = place_mentions(ents, corpus)
    own = mentions[mentions["in_name"].fillna("") == ""]
    found = {tuple(k): (link, to, code) for k, link, to, code in
             zip(own[_KEY].itertuples(index=False, name=None), own["link"], own["linked_to"], own["admin_code"])}
    links, tos, codes = [], [], []
    for key, label, code in zip(out[_KEY].itertuples(index=False, name=None), out["label"], out["admin_code"]):
        hit = found.get(tuple(key)) if label in PLACE_UNITS else None
        links.append(hit[0] if hit else "")
        tos.append(hit[1] if hit and isinstance(hit[1], str) else "")
        codes.append(code if isinstance(code, str) and code else (hit[2] if hit and isinstance(hit[2], str) else None))
    out["admin_code"] = pd.Series(codes, index=out.index, dtype=object)
    out["link"], out["linked_to"] = links, tos
    return out
