"""Topic breaks at heading lines inside a body: rare words shared across the heading.

:func:`~corpus_tools.layout.boundaries.subheads_to_body` splits an article at heading lines the
line model left inside one body when the text after them leaves the topic of the text before
them (:func:`~corpus_tools.layout.arbiter.shares_topic`: at least
:data:`~corpus_tools.layout.arbiter.SUBHEAD_TOPIC` of the smaller side's character bigrams in
common). Two news articles printed one under the other on a page without blank lines often share
that much through common news words alone (``中国``, ``发展``, ``疫情``, ``工作``): the headline
between them is then read as an in-body subhead and the two articles run together. An in-body
subhead's two sides share the article's own *rare* words as well (names, places, the subject:
``刘巧燕``, ``兵团``, ``核潜艇``).

:func:`leaves_topic` therefore also takes a heading for a boundary when the two sides overlap
somewhat more than :data:`~corpus_tools.layout.arbiter.SUBHEAD_TOPIC` but below
:data:`WIDE_TOPIC` and share at most :data:`RARE_SHARED` bigrams that are rare in news text
(seen fewer than :data:`RARE_COUNT` times by the continuity model's training text,
:meth:`~corpus_tools.layout.continuity.CharLM.pair_counts`).
"""

from __future__ import annotations

from typing import Sequence

from corpus_tools.layout.arbiter import shares_topic
from corpus_tools.layout.continuity import default_lm
from corpus_tools.layout.patterns import cjk_bigrams

#: Overlap (share of the smaller side's bigrams) below which rare words decide (see module doc).
WIDE_TOPIC = 0.055
#: A bigram seen fewer times than this in the continuity model's news text is rare (of 3.2 M characters).
RARE_COUNT = 850
#: At most this many rare bigrams shared by the two sides: no common subject.
RARE_SHARED = 4
#: Fewest bigrams each side needs for the wider test (short sides overlap by whole shares of a few pairs).
MIN_SIDE = 60
#: A heading with this share of its bigrams in the text on one side repeats a clause of that text.
REPEATED = 0.9


def rare_shared(above: set[str], below: set[str]) -> int:
    """How many character bigrams ``above`` and ``below`` share that are rare in news text.

    Examples
    --------
    >>> rare_shared({"尼斯", "发展", "论坛"}, {"尼斯", "发展"})
    1
    """
    common = sorted(above & below)
    if not common:
        return 0
    counts = default_lm().pair_counts(common)
    return int(sum(1 for c in counts if c < RARE_COUNT))


def leaves_topic(above: set[str], below: set[str], heads: Sequence[str] = ()) -> bool:
    """Whether the text below a heading leaves the topic of the text above it (both as bigram sets,
    :func:`~corpus_tools.layout.patterns.cjk_bigrams`): they do not share a topic
    (:func:`~corpus_tools.layout.arbiter.shares_topic`), or they overlap by less than
    :data:`WIDE_TOPIC` and share no more than :data:`RARE_SHARED` rare bigrams, unless the heading
    lines ``heads`` end on a dash (``英国——``: a lead-in to the text under it, no headline group of
    its own) or repeat a clause of the text on one side (:data:`REPEATED` of their bigrams: a
    pull-quote or subhead made of the article's own words; on composer training seeds 10000–10799
    five of the eight subheads the wider test would take).

    Examples
    --------
    >>> from corpus_tools.layout.patterns import cjk_bigrams
    >>> a = cjk_bigrams("县医院组织专家开展义诊活动，为群众测量血压。")
    >>> leaves_topic(a, cjk_bigrams("县医院专家为群众义诊，测量血压。")), leaves_topic(a, cjk_bigrams("村里新修道路三公里。"))
    (False, True)
    """
    if not shares_topic(above, below):
        return True
    if min(len(above), len(below)) < MIN_SIDE:
        return False
    if heads and heads[-1].rstrip().endswith(("——", "—", "--")):
        return False
    grams = set().union(*(cjk_bigrams(h) for h in heads)) if heads else set()
    if grams and max(len(grams & above), len(grams & below)) >= REPEATED * len(grams):
        return False  # (a clause of the text beside it, repeated as a pull-quote or subhead)
    share = len(above & below) / min(len(above), len(below))
    return share < WIDE_TOPIC and rare_shared(above, below) <= RARE_SHARED
