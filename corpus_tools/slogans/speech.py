"""Direct speech around a quotation: the one place the detector decides what is a direct quotation.

The settled convention (slogan guide, "Not slogans: direct speech", round 18): a direct quotation of what
someone said is not itself a slogan, but a formula a speaker *names* inside it counts when it passes the
slogan test on the page, like a formula named anywhere else. So the detector

* drops a top-level quotation that :func:`introduces_speech` (他说：“……”), unless a programme head follows
  it (:mod:`~corpus_tools.slogans.detect`);
* judges a quotation nested in speech (“……‘三个一’……”) and an unquoted series inside speech by the same
  tests as anywhere, with no speech veto (:mod:`~corpus_tools.slogans.detect`, :mod:`~corpus_tools.slogans.series`);
* gives the learned decision the speech cues as features (:func:`introduces_speech`, :func:`speaker_follows`,
  :func:`in_open_quote`; :mod:`~corpus_tools.slogans.decision`), never as a veto.
"""

from __future__ import annotations

import re

__all__ = ["SPEECH_VERBS", "introduces_speech", "speaker_follows", "in_open_quote", "subject_of_clause"]

#: Verbs that introduce a quotation right before it (说：“, 表示，“, 告诉记者“).
SPEECH_VERBS = ("说", "道", "表示", "认为", "指出", "称", "强调", "坦言", "感慨", "告诉记者")
#: 道 says only after a verb of speaking (笑道, 问道, 写道), not closing a noun (拉法街道　“家电下乡”…, a township's brief
#: in a county paper's column, pages30; 渠道, 轨道)
_SAYS_DAO = r"(?<=[笑问答说写叹回骂嚷念喊讲唱接劝吼叫叨称])道"
_BEFORE_RE = re.compile(r"(?:[：:]|" + "|".join(_SAYS_DAO if v == "道" else v for v in SPEECH_VERBS)
                        + r")[，,：:]?\s*$")
# a speaker named right after the quotation (“……。”张水锋说; “……”，他介绍)
_SPEAKER_AFTER_RE = re.compile(r"^[”’」』]?[。！？!?，,]?[”’」』]?[\u4e00-\u9fff·]{0,8}?"
                               r"(?:说|介绍|表示|感慨|告诉|坦言|回忆|笑道|问道|答道|喊道|补充|解释)")


def introduces_speech(before: str) -> bool:
    """Whether the text *before* a quotation ends in a colon or a verb of saying. A quotation nested at the
    start of speech (他说：“‘三个一’……) is not introduced by it: its *before* ends in the outer mark.

    Parameters
    ----------
    before : str
        The text before the opening quotation mark, up to
        the start of its paragraph or further.

    Returns
    -------
    bool
        True when that text introduces speech.

    Examples
    --------
    >>> introduces_speech("他说："), introduces_speech("村支书表示，"), introduces_speech("全面推行")
    (True, True, False)
    >>> introduces_speech("他说：“")
    False
    >>> introduces_speech("他笑道，"), introduces_speech("▶拉法街道　")
    (True, False)
    """
    return _BEFORE_RE.search(before) is not None


def speaker_follows(after: str) -> bool:
    """Whether the text *after* a quotation (from its closing mark or its last character) names a speaker.

    Parameters
    ----------
    after : str
        The text after the quotation.

    Returns
    -------
    bool
        True when a speaker is named right after it.

    Examples
    --------
    >>> speaker_follows("”，丹棱县相关负责人说"), speaker_follows("”的要求")
    (True, False)
    """
    return _SPEAKER_AFTER_RE.match(after) is not None


def in_open_quote(text: str, at: int) -> bool:
    """Whether offset *at* of *text* lies inside a “…” quotation of its paragraph.

    Parameters
    ----------
    text : str
        The text.
    at : int
        An offset in *text*.

    Returns
    -------
    bool
        True when a “ before *at* in its paragraph is not closed before *at*.

    Examples
    --------
    >>> in_open_quote("他说：“我们坚持三个一。”", 9), in_open_quote("他说：“好。”坚持三个一", 10)
    (True, False)
    """
    par_start = text.rfind("\n", 0, at) + 1
    return text.count("“", par_start, at) > text.count("”", par_start, at)


def subject_of_clause(after: str) -> bool:
    """Whether the clause goes on right after a quotation with 是 or 为 (会议指出，“严以修身……做人要实”是党员干部的
    修身之本): the quotation is the subject of the speaker's sentence, a phrase named, not the speech itself.

    Parameters
    ----------
    after : str
        The text after the closing quotation mark.

    Returns
    -------
    bool
        True when 是 or 为 follows the closing mark (not 为了, a purpose).

    Examples
    --------
    >>> subject_of_clause("是党员干部的修身之本"), subject_of_clause("，他说"), subject_of_clause("为了群众")
    (True, False, False)
    """
    return after[:1] in ("是", "为") and not after.startswith("为了")
