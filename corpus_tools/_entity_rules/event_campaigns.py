"""Named nation-wide Party campaigns as EVENT (党的群众路线教育实践活动, 党史学习教育, 扫黑除恶专项斗争).

A campaign with a fixed national name is one event wherever the news writes it (GUIDE: named campaigns);
the names are a sourced list, ``data/entities/party_campaigns.txt``. Once a document has named a campaign
in full, its bare short form (教育实践活动 after 党的群众路线教育实践活动, 学习实践活动 after
深入学习实践科学发展观活动) is the same event. A name that opens a body set up for the campaign
(…领导小组, …办公室, …指挥部) is left to the ORG rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools._entity_rules.lexicon import Cand, longest_first_re, sourced_names

__all__ = ["campaign_names", "party_campaigns"]

#: what follows a campaign's name when it opens an organisation's name (…领导小组办公室, …督导组)
_BODY_AFTER_RE = re.compile(r"(?:工作)?(?:领导小组|办公室|指挥部|督导组|巡回指导组|协调小组|专项办)")
#: short forms a document uses once the full name is written: full-name ending → short form
_SHORT_FORMS = {"教育实践活动": "教育实践活动", "科学发展观活动": "学习实践活动"}


@lru_cache(maxsize=1)
def campaign_names() -> tuple[str, ...]:
    """The campaigns' names (``data/entities/party_campaigns.txt``), read once and cached."""
    return sourced_names("party_campaigns")


@lru_cache(maxsize=1)
def _campaign_re() -> "re.Pattern | None":
    return longest_first_re(campaign_names())


def _spans(text: str, rx: "re.Pattern") -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text) if not _BODY_AFTER_RE.match(text, m.end())]


def party_campaigns(text: str) -> list[Cand]:
    """EVENT candidates for the named campaigns of *text* and, after a full name, their bare short forms.

    Examples
    --------
    >>> t = "开展党的群众路线教育实践活动以来，教育实践活动取得实效，党史学习教育领导小组办公室"
    >>> [t[c.start:c.end] for c in party_campaigns(t)]
    ['党的群众路线教育实践活动', '教育实践活动']
    >>> party_campaigns("教育实践活动取得实效")
    []
    """
    rx = _campaign_re()
    if rx is None:
        return []
    spans = _spans(text, rx)
    out = [Cand(s, e, "EVENT", prio=2) for s, e in spans]
    for tail, short in _SHORT_FORMS.items():
        if not any(text.endswith(tail, s, e) for s, e in spans):
            continue
        for s, e in _spans(text, re.compile(re.escape(short))):
            if not any(a <= s < b for a, b in spans):
                out.append(Cand(s, e, "EVENT", prio=1))
    return sorted(out, key=lambda c: c.start)
