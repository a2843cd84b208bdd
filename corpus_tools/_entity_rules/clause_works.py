"""PROJECT and EVENT spans that run over a clause of the sentence: no name (ent37a, round 37).

The head rules scan left from 试点, 项目, 工程, 大会 … until a stop word, and three forms of the sentence carry the
scan past the name's start on fresh county pages (pages35, pages38o):

- **a post inside the span**: the head follows the actor and what he does (副县长宓春生就|试点, 区四套班子领导集中收看
  |大会), unless a meeting word right after the post ends the span (北京市政府第九十五次市长办公会: the post's meeting,
  People's Daily 1998). A post (a title ending in 长, 书记 or 主任 from ``person_titles.txt``, or 领导) is a person's, and no name of
  a project or an event in the open gold (pages21 … 38o odd, the dev sets: 0 of ~700 PROJECT and EVENT names) holds
  one with words after it;
- **a preposition or an adverb of one character as a word of its own** (就, 把, 被, 对, 向, 给, 跟, 每: 宓春生|就|试点,
  镇里|每|新上…): the span is a clause; in the open gold these characters occur in names only inside a longer word
  (再|就业|工程);
- **a meeting that does something** (县政府常务会议|研究部署|新农村建设试点): a PROJECT span with 会议 inside is a
  sentence whose subject is the meeting;
- **a counted head** (新上|一个|项目): a count word in 个 right before the head counts projects, it names none.

Listed names (prio 2 and up), quoted or titled names and spans of the gazetteer are left alone; without the segmenter's
words only the meetings are read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools._entity_rules.lexicon import Cand, PROJECT_HEADS, left_as_chosen, words
from corpus_tools._entity_rules.word_bounds import word_end, word_start

__all__ = ["clause_works"]

#: the labels this pass reads
_LABELS = frozenset(("PROJECT", "EVENT"))
#: prepositions and adverbs that, as words of one character, make a clause
_FUNCTION_WORDS = frozenset("就把被对向给跟每")
#: a post is a title of this form (县长, 副书记, 办公室主任)
_POST_RE = re.compile("(?:长|书记|主任)$")
#: what makes a post part of a meeting's name: a meeting word right after it that ends the span (市长办公会,
#: 主任会议, 书记专题会)
_POST_MEETING_RE = re.compile("[\u4e00-\u9fff]{0,3}会议?$")


@lru_cache(maxsize=1)
def _posts() -> tuple[str, ...]:
    """Posts, longest first: the titles of ``person_titles.txt`` ending in 长, 书记 or 主任, and 领导."""
    posts = {t for t in words("person_titles") if len(t) >= 2 and _POST_RE.search(t)} | {"领导"}
    return tuple(sorted(posts, key=len, reverse=True))


def _post_inside(name: str, feats: "list[str] | None", start: int) -> bool:
    """Whether a post stands in *name* (at *start* in the text) with two or more characters after it, ending a
    segmenter word when the words are known."""
    for p in _posts():
        i = name.find(p)
        while i >= 0:
            end = i + len(p)
            if len(name) - end >= 2 and (feats is None or word_end(feats, start + end - 1) == start + end) \
                    and not _POST_MEETING_RE.match(name, end):
                return True
            i = name.find(p, i + 1)
    return False


def _function_word_inside(feats: list[str], s: int, e: int, text: str) -> bool:
    """Whether ``text[s:e]`` holds a preposition or adverb of :data:`_FUNCTION_WORDS` as a one-character word."""
    return any(text[i] in _FUNCTION_WORDS and feats[i][:1] == "S" for i in range(s, e))


def _counted_head(feats: list[str], c: Cand, text: str) -> bool:
    """Whether PROJECT *c* ends in a head that a count word in 个 directly precedes (一个|项目)."""
    name = text[c.start:c.end]
    head = max((h for h in PROJECT_HEADS if name.endswith(h)), key=len, default="")
    k = c.end - len(head)
    if not head or k <= c.start or word_start(feats, k) != k:
        return False
    j = word_start(feats, k - 1)
    return feats[j][2:] == "m" and text[k - 1] == "个"


def clause_works(ents: list[Cand], text: str, feats: "list[str] | None") -> list[Cand]:
    """*ents* without the PROJECT and EVENT spans that run over a clause (module docstring).

    Parameters
    ----------
    ents : list of Cand
        The chosen spans.
    text : str
        The analysed text.
    feats : list of str or None
        The segmenter's per-character features (``B-``/``I-``/``E-``/``S-`` + PKU tag).

    Returns
    -------
    list of Cand

    Examples
    --------
    >>> t = "副县长王某就试点作了部署，县政府常务会议研究部署扶贫试点，实施退耕还林工程"
    >>> ents = [Cand(0, 8, "PROJECT"), Cand(13, 28, "PROJECT"), Cand(31, 37, "PROJECT")]
    >>> [t[c.start:c.end] for c in clause_works(ents, t, None)]
    ['退耕还林工程']
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if feats is not None and len(feats) != len(text):
        feats = None
    out = []
    for c in ents:
        name = text[c.start:c.end]
        if left_as_chosen(c, name, _LABELS):
            out.append(c)
            continue
        if _post_inside(name, feats, c.start):
            continue  # 副县长宓春生就试点, 区四套班子领导集中收看大会
        if c.label == "PROJECT" and "会议" in name[:-2]:
            continue  # 县政府常务会议研究部署…试点
        if feats is not None and (_function_word_inside(feats, c.start, c.end, text)
                                  or (c.label == "PROJECT" and _counted_head(feats, c, text))):
            continue  # …就试点, 每新上一个项目
        out.append(c)
    return out
