"""The newsroom among the people of an entity table: reporters, correspondents, photographers and page
editors, told apart from the people in the news (issue 15; user20, finding 10).

The table of :func:`corpus_tools.entities.extract_entities` already says where a name stands: ``part``
``byline`` (the credit line of an article) and ``masthead`` (editors of the page). Names of a byline that
the layout left inside the body (``本报讯（记者 王磊 通讯员 赵晓红）``, part ``text``) are found again in the
row's ``sentence`` by the byline reader of the rules. :func:`newsroom_people` gives those names;
:func:`people_in_news` the PERSON rows of everyone else.
"""

from __future__ import annotations

import pandas as pd

from corpus_tools._entity_rules.persons import byline_names

__all__ = ["NEWSROOM_PARTS", "newsroom_people", "people_in_news"]

#: parts of an article whose names are the newsroom's
NEWSROOM_PARTS = ("byline", "masthead")
_NEEDED = ("text", "label", "part")


def _check(ents: pd.DataFrame) -> None:
    if not isinstance(ents, pd.DataFrame):
        raise TypeError(f"ents must be the DataFrame of extract_entities, got {type(ents).__name__}")
    missing = [c for c in _NEEDED if c not in ents.columns]
    if missing:
        raise ValueError(f"ents lacks the columns {missing}; it needs {list(_NEEDED)} (the table of extract_entities)")


def newsroom_people(ents: pd.DataFrame) -> set[str]:
    """Names of the newsroom: PERSON rows of a byline or masthead, and names a byline inside the body
    credits (``（记者 王磊 通讯员 赵晓红）`` in the row's ``sentence``).

    Parameters
    ----------
    ents : pandas.DataFrame
        The table of :func:`corpus_tools.entities.extract_entities` (columns ``text``, ``label``,
        ``part``; ``sentence`` when names in body bylines are to be found too).

    Returns
    -------
    set of str

    Examples
    --------
    >>> df = pd.DataFrame({"text": ["王磊", "赵晓红", "唐正红"], "label": ["PERSON"] * 3,
    ...                    "part": ["byline", "text", "text"],
    ...                    "sentence": ["", "本报讯（记者 王磊 通讯员 赵晓红）", "村主任唐正红说"]})
    >>> sorted(newsroom_people(df))
    ['王磊', '赵晓红']
    """
    _check(ents)
    people = ents[ents["label"] == "PERSON"]
    names = set(people.loc[people["part"].isin(NEWSROOM_PARTS), "text"])
    if "sentence" in people.columns:
        for sentence in people.loc[~people["part"].isin(NEWSROOM_PARTS), "sentence"].dropna().unique():
            names.update(sentence[c.start:c.end] for c in byline_names(sentence))
    return names


def people_in_news(ents: pd.DataFrame) -> pd.DataFrame:
    """The PERSON rows of the article text whose name is not the newsroom's (:func:`newsroom_people`).

    Examples
    --------
    >>> df = pd.DataFrame({"text": ["王磊", "王磊", "唐正红"], "label": ["PERSON"] * 3,
    ...                    "part": ["byline", "text", "text"], "sentence": ["", "王磊摄", "村主任唐正红说"]})
    >>> list(people_in_news(df).text)
    ['唐正红']
    """
    newsroom = newsroom_people(ents)
    keep = (ents["label"] == "PERSON") & ~ents["part"].isin(NEWSROOM_PARTS) & ~ents["text"].isin(newsroom)
    return ents[keep]
