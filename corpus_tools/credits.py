"""Which entity rows credit the newsroom (reporters, photographers, editors) rather than name someone in the news.

A researcher of who is in the news leaves these out of people tables and networks (docs/analysis.md, the
report's "People in the news"); :func:`without_newsroom` is that filter. A PERSON row credits when

* it comes from a byline or from the page's editor lines (``part`` byline or masthead);
* the article's own byline names that person (the 记者 陈立军 of a ``本报讯（记者 陈立军 通讯员 朱海波）``
  lead, or of ``本报讯 记者幺小燕报道：``, which the entity table reads in the text);
* its sentence prints the name in a credit's form: a photographer's ``冼振华 摄`` (in a caption or a text),
  a bracketed signature of a brief (``（蔡敏）``, ``（记者 王磊）``), a lead that names its reporter, a line of
  two or three names alone (``梅笑 郭旭东``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd

from corpus_tools.layout.bylines import lead_byline, parse_byline
from corpus_tools.layout.namelines import MAX_NAMES, MIN_NAMES, name_shaped
from corpus_tools.text import strip_spaces

if TYPE_CHECKING:
    from corpus_tools.corpus import Corpus

__all__ = ["CREDIT_PARTS", "newsroom_rows", "without_newsroom", "printed_credit", "shown_names"]

#: Entity parts that credit the newsroom (the byline, the page's editor lines), not the news.
CREDIT_PARTS = ("byline", "masthead")
_BRACKET_RE = re.compile(r"[(（][^()（）]{2,40}[)）]")


def printed_credit(sentence: str, name: str) -> bool:
    """Whether ``sentence`` prints ``name`` as a credit: ``冼振华 摄``, ``（蔡敏）``, ``（记者 王磊）``, a lead's
    ``本报讯 记者幺小燕报道：``.

    Examples
    --------
    >>> printed_credit("图为村民在采摘茶叶。 冼振华 摄", "冼振华"), printed_credit("（蔡敏）■ 花桥镇新建电站。", "蔡敏")
    (True, True)
    >>> printed_credit("镇长冼振华摄制了宣传片。", "冼振华"), printed_credit("副市长（郭长庚）出席。", "郭长庚")
    (False, False)
    >>> printed_credit("梅笑 郭旭东", "郭旭东"), printed_credit("郭旭东说", "郭旭东")
    (True, False)
    >>> printed_credit("图为采茶。 冼 振华 摄", "冼振华"), printed_credit("冼 振华 摄制了宣传片。", "冼振华")
    (True, False)
    """
    text = strip_spaces(str(sentence))  # (a spaced name, 冼 振华 摄, credits as 冼振华 does)
    name = strip_spaces(str(name))
    if not name or name not in text:
        return False
    if re.search(re.escape(name) + r"摄(?:影)?(?![\u4e00-\u9fff])", text):
        return True
    if any(name == n for _, n in lead_byline(str(sentence))):
        return True
    alone = str(sentence).split()  # (a line of names alone, 梅笑 郭旭东: a byline the layout did not take)
    if name in alone and MIN_NAMES <= len(alone) <= MAX_NAMES and all(name_shaped(n) for n in alone):
        return True
    plain = str(sentence).strip()
    for m in _BRACKET_RE.finditer(plain):  # (a signature opens or closes its sentence: ``（蔡敏）■ …``, ``…。（吴卫）``)
        if m.start() and m.end() != len(plain):
            continue
        pairs = parse_byline(m.group(0))
        if pairs and any(strip_spaces(n) == name for _, n in pairs):
            return True
    return False


def shown_names(ents: pd.DataFrame) -> pd.Series:
    """The name a table row shows: the entity's normal form, else its text as printed."""
    return ents["norm"].where(ents["norm"].notna() & (ents["norm"].astype(str) != ""), ents["text"])


def newsroom_rows(ents: pd.DataFrame, corpus: "Corpus | None" = None) -> pd.Series:
    """Which rows of an entity table are PERSON rows that credit the newsroom (see the module's docstring).

    Parameters
    ----------
    ents : pandas.DataFrame
        Rows of :func:`~corpus_tools.extract_entities` (columns label, part, text, norm; sentence and
        article_id when present).
    corpus : Corpus, optional
        The corpus the rows come from: with it, a name the article's own byline holds credits too.

    Returns
    -------
    pandas.Series of bool
        True on the newsroom's rows, indexed like *ents*.

    Examples
    --------
    >>> e = pd.DataFrame({"label": ["PERSON"] * 3, "part": ["text", "captions", "masthead"],
    ...                   "text": ["胡斌", "冼振华", "汪洋"], "norm": ["胡斌", "冼振华", "汪洋"],
    ...                   "sentence": ["党委书记胡斌出席。", "图为采茶。 冼振华 摄", "责任编辑：汪洋"]})
    >>> newsroom_rows(e).tolist()
    [False, True, True]
    """
    for col in ("label", "part", "text"):
        if col not in ents.columns:
            raise ValueError(f"ents: missing column {col!r}; pass a table of extract_entities (columns label, "
                             f"part, text, norm, sentence)")
    person = ents["label"] == "PERSON"
    names = shown_names(ents) if "norm" in ents.columns else ents["text"]
    credit = ents["part"].isin(CREDIT_PARTS)
    if corpus is not None and "article_id" in ents.columns:
        own = {a.id: {strip_spaces(n) for n in a.byline_names} for a in corpus.articles}
        credit |= pd.Series([strip_spaces(str(n)) in own.get(aid, ()) for aid, n in zip(ents["article_id"], names)],
                            index=ents.index)
    rest = person & ~credit
    if "sentence" in ents.columns and rest.any():
        printed = [printed_credit(s, n) for s, n in zip(ents.loc[rest, "sentence"], names[rest])]
        credit = credit.copy()
        credit.loc[rest] = pd.Series(printed, index=ents.index[rest.to_numpy()], dtype=bool)
    return person & credit


def without_newsroom(ents: pd.DataFrame, corpus: "Corpus | None" = None) -> pd.DataFrame:
    """*ents* without the newsroom's PERSON rows (:func:`newsroom_rows`): the people in the news, with every
    other label kept. The filter for an "officials × places" network::

        ents = ct.extract_entities(corpus)
        ct.cooccurrence(ct.without_newsroom(ents, corpus), nodes="norm", labels=["PERSON", "TOWNSHIP"])

    Parameters
    ----------
    ents, corpus
        As in :func:`newsroom_rows`: an entity table of :func:`~corpus_tools.extract_entities` and, optionally,
        the corpus it comes from (a name the article's own byline holds is then the newsroom's too).

    Returns
    -------
    pandas.DataFrame
        The rows of *ents* that are not the newsroom's (:func:`newsroom_rows` False), index kept.

    Examples
    --------
    >>> e = pd.DataFrame({"label": ["PERSON", "PERSON", "TOWNSHIP"], "part": ["text", "byline", "text"],
    ...                   "text": ["胡斌", "幺小燕", "大法寺镇"], "norm": ["胡斌", "幺小燕", "大法寺镇"]})
    >>> without_newsroom(e)["text"].tolist()
    ['胡斌', '大法寺镇']
    """
    return ents[~newsroom_rows(ents, corpus)]
