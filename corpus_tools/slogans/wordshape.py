"""The word shape of a short quoted phrase: its words and coarse parts of speech, read by the library's tagger.

A county's coined formula has the shape of a clause or of two matching clauses (小镇带村、村带户: noun verb noun
twice; 景区带村: a place, a verb, a place), while a name or a nickname is a noun phrase (梯田王国, 田秀才). The
rules read the shape from the shipped pipeline's segmenter and PKU tagger
(:func:`~corpus_tools.nlp.pipeline_path`, as :func:`~corpus_tools.pipeline.load_pipeline` loads it), loaded once on first use and only for the few phrases a rule
asks about; the fine PKU tags are folded into a handful of classes (:data:`COARSE`).
"""

from __future__ import annotations

import functools

__all__ = ["COARSE", "word_shape", "word_tags", "coarse_tag", "clause", "parallel_halves", "verb_before_last", "verb_clauses",
           "verb_object_end", "campaign_year", "nouns_only"]

#: PKU tag (its first letter, or the whole tag) -> coarse class: N noun-like (nouns, names, places, times,
#: directions, abbreviations), V verb, A adjective or distinguishing word, M numeral or measure, D adverb,
#: X anything else (pronouns, prepositions, particles, idioms, fixed phrases).
COARSE = {"n": "N", "s": "N", "f": "N", "t": "N", "j": "N", "N": "N", "T": "N", "S": "N", "F": "N",
          "v": "V", "V": "V", "a": "A", "b": "A", "z": "A", "A": "A", "B": "A",
          "m": "M", "q": "M", "M": "M", "Q": "M", "d": "D", "D": "D"}


@functools.lru_cache(maxsize=1)
def _tagger():
    import spacy

    from corpus_tools.nlp import pipeline_path

    return spacy.load(pipeline_path())  # (= load_pipeline()'s defaults; that module sits above the slogans)


def coarse_tag(tag: str) -> str:
    """The coarse class of a PKU tag (:data:`COARSE`; ``"X"`` for the rest).

    Parameters
    ----------
    tag : str
        A PKU part-of-speech tag (``n``, ``vn``, ``ns``, ``Tg`` ...).

    Returns
    -------
    str
        One of ``N V A M D X``.

    Examples
    --------
    >>> coarse_tag("vn"), coarse_tag("ns"), coarse_tag("u")
    ('V', 'N', 'X')
    """
    return COARSE.get(tag[:1], "X") if tag else "X"


@functools.lru_cache(maxsize=8192)
def word_tags(s: str) -> tuple[tuple[str, str], ...]:
    """The segmenter's words of the phrase *s* read on its own, each with its fine PKU tag (``ns``, ``t``,
    ``Ng`` …; :func:`word_shape` gives the coarse classes).

    Parameters
    ----------
    s : str
        The phrase; a str, else TypeError.

    Returns
    -------
    tuple of (str, str)
        ``(word, PKU tag)`` in the order of *s*; ``()`` for ``""``.

    Examples
    --------
    >>> [t for _, t in word_tags("大三峡")]
    ['a', 'ns']
    """
    if not isinstance(s, str):
        raise TypeError(f"word_tags: s must be a str, got {type(s).__name__} {s!r}")
    if not s:
        return ()
    return tuple((t.text, t.tag_) for t in _tagger()(s))


def word_shape(s: str) -> tuple[tuple[str, str], ...]:
    """The words of *s* with their coarse classes, as the shipped segmenter and tagger read *s* on its own.

    Parameters
    ----------
    s : str
        A short phrase (a quoted formula or one of its parts).

    Returns
    -------
    tuple of (str, str)
        ``(word, class)`` pairs in order; empty for an empty string.

    Raises
    ------
    TypeError
        If *s* is not a string.

    Examples
    --------
    >>> [c for _, c in word_shape("小镇带村")]
    ['N', 'V', 'N']
    """
    if not isinstance(s, str):
        raise TypeError(f"word_shape: s must be a str, got {type(s).__name__} {s!r}")
    return tuple((w, coarse_tag(tag)) for w, tag in word_tags(s))


def clause(s: str) -> bool:
    """Whether *s* reads as a short clause: a noun-like word first (the actor, the place, the thing) and a verb
    after it (小镇带村, 村带户, 党员联户, 企业包县). The segmenter cuts such fragments unevenly (村 / 带户), so only
    the order of the classes is read, not the words.

    Parameters
    ----------
    s : str
        One part of a quoted phrase.

    Returns
    -------
    bool
        True for a noun-like first word followed somewhere by a verb.

    Examples
    --------
    >>> clause("村带户"), clause("农家书屋"), clause("以果兴县")
    (True, False, False)
    """
    classes = [c for _, c in word_shape(s)]
    return len(classes) >= 2 and classes[0] == "N" and "V" in classes[1:]


def parallel_halves(a: str, b: str) -> bool:
    """Whether the two parts of a pair are clauses of one shape (:func:`clause`: 小镇带村 / 村带户, 党员联户 /
    干部包村, 企业包县 / 整县脱贫). Two names or things (农家书屋 / 村级文化广场) have no verb; a building step
    and a thing (地面拼装 / 整体吊装, where 吊装 is read as a noun) do not match either.

    Parameters
    ----------
    a, b : str
        The two parts, without their separator.

    Returns
    -------
    bool
        True for two clauses.

    Examples
    --------
    >>> parallel_halves("小镇带村", "村带户"), parallel_halves("农家书屋", "村级文化广场")
    (True, False)
    """
    return clause(a) and clause(b)


def verb_before_last(s: str, *, last_len: int = 1, last_noun: bool = False) -> bool:
    """Whether the word before the last word of *s* is a one-character verb and the last word is short
    (景区带村, 产业兴县, 送戏下乡): a requirement or a goal ending in a place, not the name of the place. The one
    test of this shape: :func:`~corpus_tools.slogans.coined.place_goal` asks it with a last word of up to two
    characters that is a noun (山区 变 花园).

    Parameters
    ----------
    s : str
        A quoted phrase of three or more characters.
    last_len : int
        The longest last word allowed (1: the last character is a word of its own).
    last_noun : bool
        Whether the last word must be noun-like.

    Returns
    -------
    bool
        True for that shape.

    Examples
    --------
    >>> verb_before_last("景区带村"), verb_before_last("梯田王国")
    (True, False)
    >>> verb_before_last("山区变花园"), verb_before_last("山区变花园", last_len=2, last_noun=True)
    (False, True)
    """
    shape = word_shape(s)
    if len(s) < 3 or len(shape) < 2:
        return False
    last, prev = shape[-1], shape[-2]
    return (len(last[0]) <= last_len and len(prev[0]) == 1 and prev[1] == "V"
            and (not last_noun or last[1] == "N"))


def verb_object_end(s: str) -> bool:
    """Whether *s* ends in a clause of an actor, a one-character verb and a short object (剪纸进校园, 法律进乡村,
    山下建家园): a movement or requirement whose object happens to end in a name head (园, 村), not the name of a
    venue (爱心超市, 互助幸福院 have no verb of one character between two nouns).

    Parameters
    ----------
    s : str
        A quoted phrase of three or more characters.

    Returns
    -------
    bool
        True when the last three words are a noun-like word, a one-character verb and a noun-like word of one
        or two characters.

    Examples
    --------
    >>> verb_object_end("剪纸进校园"), verb_object_end("爱心超市")
    (True, False)
    """
    shape = word_shape(s)
    return (len(shape) >= 3 and shape[-3][1] == "N" and shape[-2][1] == "V" and len(shape[-2][0]) == 1
            and shape[-1][1] == "N" and len(shape[-1][0]) <= 2)


def verb_clauses(s: str) -> bool:
    """Whether *s* opens with a verb and the tagger reads its last word as a verb of two characters or more
    (打伞破网: 打 / 伞 / 破网): two verb-object clauses, whose last character is part of an action, not the head of a
    name (网 of 防护网, 站 of 服务站); an event named by its actors (村官履职擂台大比武) opens with a noun.

    Parameters
    ----------
    s : str
        A quoted phrase.

    Returns
    -------
    bool
        True for a first word tagged as a verb and a last word of two or more characters tagged as a verb.

    Examples
    --------
    >>> verb_clauses("打伞破网"), verb_clauses("织密防护网"), verb_clauses("村官履职擂台大比武")
    (True, False, False)
    """
    shape = word_shape(s)
    return len(shape) >= 2 and shape[0][1] == "V" and len(shape[-1][0]) >= 2 and shape[-1][1] == "V"


# verbs of a year two states hold together (中法文化旅游年, 中俄媒体交流年, 地方合作交流年), not of a campaign
_EXCHANGE_VERBS = frozenset(("交流", "旅游"))


def campaign_year(s: str) -> bool:
    """Whether *s* names a year after the work it sets (项目建设年, 干部作风建设年, 招商引资攻坚年): the words before 年
    are an object or a field and a verb of two characters or more, the first word is no place, no person and not 国际,
    and the verb is not 交流 or 旅游. Such a year is a county's campaign, a formula; a
    year named by a place or a festival (平遥中国年, 过大年), a year two countries hold together (中法文化旅游年: 中 and
    法 are one-character words; 中意文化和旅游年, “文化旅游年”, 媒体交流年, 地方合作交流年: an exchange or a tourism
    year is held between states), an international year (国际扶贫年) or a year of one word (丰收年, 健身年)
    is a name or an ordinary word. People's Daily 1998-01 and 2019-2020 print 436 quotations ending in 年 (38 and
    398; 126 distinct phrases, 31 and 95; 223 of the quotations are 两个一百年: ``training/slogans/quoted_years.py``).
    Of the distinct phrases the old shape test (verb-final, two words or more, no place or person first) took 18;
    the five exchange, tourism and international years among them are now left out, and the other 13 are campaign
    years of governments, agencies or firms (脱困增效年, 形象建设年, 重大项目攻坚年, 服务保障年, 严厉打击非法采砂年;
    one is a lawyer's 我的‘公益诉讼年’; 基层减负年, whose 减负 the tagger reads as an abbreviation, is not taken).

    Parameters
    ----------
    s : str
        A quoted phrase.

    Returns
    -------
    bool
        True for that shape.

    Examples
    --------
    >>> campaign_year("项目建设年"), campaign_year("平遥中国年"), campaign_year("中法文化旅游年"), campaign_year("丰收年")
    (True, False, False, False)
    >>> campaign_year("中意文化和旅游年"), campaign_year("媒体交流年"), campaign_year("国际扶贫年")
    (False, False, False)
    """
    if len(s) < 4 or not s.endswith("年"):
        return False
    words = word_tags(s[:-1])
    return (len(words) >= 2 and len(words[-1][0]) >= 2 and coarse_tag(words[-1][1]) == "V"
            and words[-1][0] not in _EXCHANGE_VERBS and len(words[0][0]) >= 2 and words[0][0] != "国际"
            and not words[0][1].startswith(("ns", "nr")))


def nouns_only(s: str) -> bool:
    """Whether the segmenter reads the phrase *s* on its own as nouns only (names, places, things: 海红果, 调解室,
    朱子故里, 问题清单), with no verb, adjective, numeral, adverb or abbreviation (``j``: 科教, 峨山), and not as one
    word of four or more characters (an unknown compound the segmenter could not split).

    Read by :func:`~corpus_tools.slogans.singles.thing_name`.

    Parameters
    ----------
    s : str
        A short phrase.

    Returns
    -------
    bool
        True when every word's coarse class is ``N``.

    Examples
    --------
    >>> nouns_only("调解室"), nouns_only("户户通"), nouns_only("阳光拆迁")
    (True, False, False)
    """
    tags = word_tags(s)
    if len(tags) == 1 and len(s) >= 4:
        return False                 # one unknown word the segmenter could not split (学前学普): no reading
    return bool(tags) and all(t[:1] in "nN" for _, t in tags)
