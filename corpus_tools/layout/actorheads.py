"""A kicker over a title that names its own actor: two heading lines, not one title broken over two.

A two-line headline group is either a kicker (引题) over the main title or one title broken at the column's
width. News titles open on who acts — the county's organs (``县委``, ``区政府``, ``我县``, ``全旗``, ``县直机关``)
or a township, street, community or village (``光荣社区``, ``巴彦浩特镇南田村：…``). When the lower line opens on
such an actor and the upper line neither opens on one nor runs on into it, the lower line is a title complete in
itself and the upper line is the campaign, series or slogan line set over it (``深入学习贯彻党的二十届三中全会精神``
over ``县委理论学习中心组举行专题学习会``; ``巩固拓展脱贫攻坚成果`` over ``巴彦浩特镇南田村：…``). A title broken over
two lines has its actor in the first line (``县委常委会研究部署“千万工程”`` / ``经验推广工作``), or the break
cuts a word or a phrase that the lower line finishes (``…经验军`` / ``屯镇建设…``, ``…开展`` / ``…巡查``).

Counted on the open invented pages' two-line heading groups (benchmarks/gold pages21-pages37o and pages38o's odd
half; twenty-eight writers): of 175 kicker / title pairs 93 have such a title under a line without an actor, of
171 titles broken over two lines one does (a writer who kept ``整改落实不走过场`` / ``我县…`` as one title). The
form is read from the words' kinds, not from a list of the pages' titles.
"""

from __future__ import annotations

import re

from corpus_tools.layout.continuity import reads_on

__all__ = ["ACTOR_OPENING_RE", "opens_on_actor", "kicker_over_actor_title"]

#: The county's (city's, district's, banner's) organs or the county itself opening a title: ``县委…``,
#: ``区政府…``, ``我县…``, ``全旗…``, ``县直机关…``, ``县发改局…``, ``市行政审批服务中心…``.
_ORGAN = (r"(?:全|我|本)[县市区旗]|[县市区旗](?:委|政府|人大|政协|纪委|直|"
          r"[\u4e00-\u9fff]{0,8}?(?:局|院|办|会|部|所|站|中心|机关|组|队))")
#: A place below the county opening a title (two to five characters before the kind: ``光荣社区``,
#: ``巴彦浩特镇``, ``容桂街道``), not the possessive (``狮山村的…``) or an inside (``村里``).
_PLACE = r"[\u4e00-\u9fff]{2,5}?(?:乡(?!村)|镇|街道|社区|(?<![农乡])村|苏木|嘎查)(?![的里])"
#: Characters a line cannot open on and still name its actor (a preposition or conjunction first:
#: ``在兰沃乡开幕``, ``把…``).
_NOT_FIRST = "在于从向对把被将为由与和及让使给以"
ACTOR_OPENING_RE = re.compile(rf"^[“\"]?(?:{_ORGAN}|{_PLACE})")
#: Characters a finished kicker does not end on: a function word leaves its phrase open (``…开展``
#: is caught by :func:`~corpus_tools.layout.continuity.reads_on`, ``…的`` / ``…在`` here).
_OPEN_END = "的之在和与及跟把被将对向从为了着过是、"
#: Sentence and clause marks: a kicker is a phrase, not a sentence (a place kicker ``X村：`` is another form).
_SENTENCE_RE = re.compile(r"[，。！？；：:,!?;]")


def opens_on_actor(line: str) -> bool:
    """Whether a heading line opens on the county's organs or a place below the county.

    Parameters
    ----------
    line : str
        A heading line as printed (spaces inside it are ignored).

    Returns
    -------
    bool
        True when the line opens on ``县委…``, ``我县…``, ``县X局…`` or a place below the county
        (``X镇``, ``X社区``, ``X村``), and not on a preposition or conjunction.

    Examples
    --------
    >>> opens_on_actor("县委宣传部举办读书分享会"), opens_on_actor("河湾社区新建便民驿站三处")
    (True, True)
    >>> opens_on_actor("在兰沃乡开幕"), opens_on_actor("让好生态变成好收益"), opens_on_actor("返乡创业带头人")
    (False, False, False)
    """
    t = "".join(line.split())
    return bool(t) and t[0] not in _NOT_FIRST and bool(ACTOR_OPENING_RE.match(t))


def kicker_over_actor_title(above: str, title: str) -> bool:
    """Whether heading line ``above`` is a kicker over ``title`` because ``title`` opens on its own actor
    (:func:`opens_on_actor`) and ``above`` is a finished phrase of no actor that ``title`` does not read on
    from (see the module's docstring).

    Parameters
    ----------
    above, title : str
        The upper and the lower line of a two-line heading group, as printed.

    Returns
    -------
    bool
        True when ``above`` is the kicker and ``title`` the main title; False when the two lines are
        read as one title broken over two lines.

    Examples
    --------
    >>> kicker_over_actor_title("认真贯彻全会精神", "农业工作会议召开")  # no actor below: one title
    False
    >>> kicker_over_actor_title("认真贯彻全会精神", "县委召开农业工作会议")
    True
    >>> kicker_over_actor_title("县委召开常委会议", "研究部署重点工作")  # the actor above: one title
    False
    >>> kicker_over_actor_title("“百姓心事”", "东湖社区加装电梯二十部")
    True
    """
    if not isinstance(above, str) or not isinstance(title, str):
        raise TypeError(f"above and title must be str, got {type(above).__name__} and {type(title).__name__}")
    a, t = "".join(above.split()), "".join(title.split())
    if len(a) < 2 or len(t) < 4 or a[-1] in _OPEN_END or _SENTENCE_RE.search(a):
        return False
    if opens_on_actor(a) or not opens_on_actor(t):
        return False
    return not reads_on(a, t)
