"""A quoted phrase the paper of record nearly always prints in quotation marks: a label, not a word.

:func:`usual_quote_evidence` is the positive side of :func:`~corpus_tools.slogans.quoteshare.ordinary_word`. A county
page quotes a national or provincial label with no frame around it (开展“回头看”, 巩固“访惠聚”驻村工作成果, 与基层“拍蝇”
结合起来, 当成“一号工程”来抓); the frame tests of :mod:`~corpus_tools.slogans.singles` see no label use and reject it. When
People's Daily (1998-01 and 2019-2020, ``data/quote_share.tsv``) prints the phrase at least :data:`MIN_QUOTED` times
and in quotation marks at least :data:`MIN_SHARE` of the times it prints it at all, the paper treats it as a label.

A phrase without a verb in its word shape is left out: the names and terms People's Daily quotes as often (中国天眼,
人民楷模, 智慧大脑, 90后, 店小二) are no formulae, and with them five false finds of the open People's Daily reports go.
Common words of the dictionary (保护伞, 输血, 组团式) are left out too: a page scare-quotes them as metaphors. The vetoes
of :func:`~corpus_tools.slogans.singles.rule_flags` that name the phrase by its frame (a title given, a brand or site
after it, a place, an epithet) still hold.

Measured (``training/slogans/error_stages.py``, all studied sets, rules only): five gold quotes gained on the open page
sets (回头看 of pages27o, pages28o and pages29o, 拍蝇 twice in pages23), one false find there (回头看 of pages25, whose
writer leaves it out) and two in the open People's Daily reports (the column 新春走基层, the mentality 等靠要).

**Unhooked in round 36** (slogan45): the quote test no longer asks it. On every open page set it had found six gold
quotes (回头看 ×3, 拍蝇 ×2, 弱鸟先飞) and eight false ones (回头看 of pages25, pages32, pages33, pages34; 拍蝇 of pages32o,
pages34, pages35o; 弱鸟先飞 of pages33), none in the open People's Daily reports: the writers split on these labels, and
every writer from pages31o on leaves them out (pages34's README: 回头看 an activity name, 拍蝇 a metaphor). The function
stays for callers and studies.
"""

from __future__ import annotations

from typing import Mapping

from corpus_tools.slogans.quoteshare import is_idiom, is_plain_word, share_elsewhere
from corpus_tools.slogans.wordshape import word_shape

__all__ = ["usual_quote_evidence", "MIN_QUOTED", "MIN_SHARE"]

#: times People's Daily prints the phrase in quotation marks, at least
MIN_QUOTED = 5
#: share of its printings in quotation marks, at least
MIN_SHARE = 0.6
# rule flags that name the phrase by its frame or head (as for coined slogans) or mark a scare-quoted word
_VETOES = ("bad_shape", "place_prefix", "name_after", "name_suffix", "honour", "role_name", "division_start",
           "title_before", "epithet", "ordinary", "rank", "place_practice", "plain_word", "de_shi")


def usual_quote_evidence(s: str, flags: Mapping[str, bool], after: str = "", *, page: str = "") -> str | None:
    """``"usually quoted"`` when People's Daily nearly always quotes the phrase *s* and no veto flag is set.

    Parameters
    ----------
    s : str
        The quoted phrase (normalised, one item).
    flags : mapping of str to bool
        Its rule flags (:func:`~corpus_tools.slogans.singles.judge`).
    after : str, optional
        The text after the closing quotation mark: before 的 or 之 the quote describes (成为“把论文写在大地上”的人).
    page : str, optional
        The document's text when it is one of the counted articles (its own mentions are taken off).

    Returns
    -------
    str or None
        The evidence, or None.

    Examples
    --------
    >>> usual_quote_evidence("回头看", {}), usual_quote_evidence("保护伞", {}), usual_quote_evidence("回头看", {"honour": True})
    ('usually quoted', None, None)
    """
    if any(flags.get(k) for k in _VETOES) or is_plain_word(s) or is_idiom(s) or after.startswith(("的", "之")):
        return None
    if not any(c == "V" for _, c in word_shape(s)):
        return None              # a name or term (中国天眼, 人民楷模, 智慧大脑, 90后): no verb, no requirement
    quoted, total = share_elsewhere(s, page)
    if quoted >= MIN_QUOTED and quoted >= MIN_SHARE * total:
        return "usually quoted"
    return None
