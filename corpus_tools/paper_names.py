"""Whether a name is a local paper's name: a place (a province, city or county, its short form, or an autonomous
county's stem) followed by a media word, or 今日 + such a place. A leaf module (it reads only the gazetteer), shared by
:mod:`corpus_tools.papers` (mastheads) and :mod:`corpus_tools.file_papers` (file names).
"""

from __future__ import annotations

from functools import lru_cache

from corpus_tools import gazetteer as gz

__all__ = ["PAPER_MEDIA_WORDS", "NOT_AFTER_TONGXUN", "PLACE_SUFFIXES", "AUTONOMOUS", "autonomous_stems", "place_codes",
           "is_place", "paper_place", "is_paper_name"]

#: Words a paper's (or its county media centre's) name ends in, longest first.
PAPER_MEDIA_WORDS = ("广播电视总台", "广播电视台", "融媒体中心", "电视台", "都市报", "日报", "晚报", "晨报", "商报",
                     "时报", "融媒", "通讯", "新闻", "报")
#: After …通讯 these make a word, not a paper's name (龙胜通讯员, 通讯社, 通讯录, 通讯稿).
NOT_AFTER_TONGXUN = "员社录稿"
#: A place's name may be written without its suffix in a paper's name: 双城新闻 (双城区), 弥渡报 (弥渡县).
PLACE_SUFFIXES = ("县", "区", "市", "旗", "州", "省", "特区", "林区")
#: An autonomous county is named by its first part: 察布查尔报 (察布查尔锡伯自治县).
AUTONOMOUS = ("自治县", "自治旗")


@lru_cache(maxsize=1)
def autonomous_stems() -> frozenset[str]:
    """The names of autonomous counties and banners without their ethnic part and suffix (察布查尔)."""
    out = set()
    for name in gz.upper_names():
        if name.endswith(AUTONOMOUS):
            base = name[:-3]
            out |= {base[:n] for n in range(2, len(base))}
    return frozenset(out)


def place_codes(stem: str) -> list[str]:
    """The codes of the divisions *stem* names, in full or without its suffix (双城 -> 双城区)."""
    upper = gz.upper_names()
    codes = set(upper.get(stem, ()))
    for sfx in PLACE_SUFFIXES:
        codes.update(upper.get(stem + sfx, ()))
    if stem in autonomous_stems():
        codes.update(c for name, cs in upper.items() if name.endswith(AUTONOMOUS) and name.startswith(stem)
                     for c in cs)
    return sorted(codes)


def is_place(stem: str) -> bool:
    """Whether *stem* names a province, city or county, in full, without its suffix, or as an autonomous county's stem."""
    upper = gz.upper_names()
    return len(stem) >= 2 and (stem in upper or any(stem + sfx in upper for sfx in PLACE_SUFFIXES)
                               or stem in autonomous_stems())


def paper_place(name: str) -> str | None:
    """The place a local paper's name names (its media word or its 今日 taken off), or None for a name that is
    no local paper's (:func:`is_paper_name`).

    Parameters
    ----------
    name : str
        A paper's name as printed (弥渡报, 今日洛川).

    Returns
    -------
    str or None
        The place's name without its media word or 今日, or None when *name* is no place + a media word
        (:data:`PAPER_MEDIA_WORDS`) nor 今日 + a place.

    Examples
    --------
    >>> paper_place("弥渡报"), paper_place("双城新闻"), paper_place("今日洛川"), paper_place("综合新闻")
    ('弥渡', '双城', '洛川', None)
    """
    if name.startswith("今日") and is_place(name[2:]):
        return name[2:]
    word = next((w for w in PAPER_MEDIA_WORDS if name.endswith(w)), None)
    return name[: -len(word)] if word is not None and is_place(name[: -len(word)]) else None


def is_paper_name(name: str) -> bool:
    """Whether *name* is a local paper's name: a place + a media word, or 今日 + a place.

    Examples
    --------
    >>> is_paper_name("弥渡报"), is_paper_name("双城新闻"), is_paper_name("今日洛川")
    (True, True, True)
    >>> is_paper_name("综合新闻"), is_paper_name("要闻"), is_paper_name("头条新闻")
    (False, False, False)
    """
    return paper_place(name) is not None
