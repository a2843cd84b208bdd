"""An organisation span opened by a quantity or determiner word names a kind of body, not one body: 很多快递公司,
许多物流公司, 这些合作社, 市级定点收治医院.

A count or scope before an organisation head (很多, 许多, 这些, 各类 …) says how many bodies of a kind there are; the guide
tags names of particular bodies only. The head rules leave most such spans out (一些快递公司, 不少企业), but a few
determiners read as part of a trade name (很多|快递公司 on an unseen 2019-2020 report). Such a span is dropped; its
head alone is a kind too.
"""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["DETERMINERS", "determined_kinds"]

#: words of quantity or reference that open a description of bodies of a kind
DETERMINERS = ("很多", "许多", "众多", "诸多", "不少", "一些", "这些", "那些", "各类", "各种", "各个", "部分", "多家", "几家",
               "一批", "大批", "大量", "所有", "其他", "其它", "有些", "某些",
               "国家级", "省级", "市级", "县级")  # a rank: 市级定点收治医院 (no open gold ORG opens with one)


def determined_kinds(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* without the ORG spans that a word of :data:`DETERMINERS` opens.

    Examples
    --------
    >>> t = "很多快递公司设点在乡镇，顺丰快递公司也来了。"
    >>> [t[c.start:c.end] for c in determined_kinds([Cand(0, 6, "ORG"), Cand(12, 18, "ORG")], t)]
    ['顺丰快递公司']
    """
    return [c for c in ents if not (c.label == "ORG" and text.startswith(DETERMINERS, c.start))]
