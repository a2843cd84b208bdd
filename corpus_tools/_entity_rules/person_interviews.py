"""The person a reporter interviews, named before a colon at the start of each answer (记者：… 降央：…).

County papers print interviews as turns: ``记者：`` asks, and each answer opens with the interviewee's name, perhaps with
the office in brackets (``额尔敦（旗水利局局长）：``). The frame is sure, but the name alone often gives the other rules
nothing to go on (a Tibetan or Mongolian name of two or three sound characters with no title in front of it: 降央, 额尔敦),
so it is lost in every turn. Several writers print interviews so (pages of 5 writers in the open gold).
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.names import REPORT_VERBS

__all__ = ["interview_speakers"]

#: a turn of the reporter (the frame that makes the page an interview), at a line start or after a sentence end
#: (the page reader may join the turns into one paragraph)
_ASKER_RE = re.compile(r"(?m)(?:^[ \u3000\t]*|(?<=[。？！”]))(?:本报)?记者[:：]")
#: a turn: a name of two to four characters or a dotted one, perhaps an office in brackets, then a colon
_TURN_RE = re.compile(r"(?m)(?:^[ \u3000\t]*|(?<=[。？！”]))([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,8}·[\u4e00-\u9fff]{2,8})(?:（[^）\n]{1,24}）)?[:：]")
#: line heads that are no speakers
_NOT_SPEAKERS = frozenset(("记者", "本报记者", "编辑", "责任编辑", "摄影", "来源", "撰稿", "引题", "主持人", "编者按", "编后",
                           "问", "答", "链接", "背景", "图片", "策划", "审核", "校对", "通讯员"))
#: labels a speaker's name may have been given by another rule and still be read as the person
_WEAK = frozenset(("PERSON", "LOC", "_"))


def interview_speakers(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with the speaker of two or more answers of an interview (a text with a 记者： turn) a PERSON at each
    turn, and wherever else the text prints that name alone.

    Examples
    --------
    >>> t = "访第一书记降央\\n记者：村里怎么样？\\n降央：有97户。\\n记者：今年怎么干？\\n降央：建成新村。"
    >>> [(t[c.start:c.end], c.label) for c in interview_speakers([], t)]
    [('降央', 'PERSON'), ('降央', 'PERSON'), ('降央', 'PERSON')]
    """
    if not _ASKER_RE.search(text):
        return ents
    turns: dict[str, int] = {}
    for m in _TURN_RE.finditer(text):
        name = m.group(1)
        if name not in _NOT_SPEAKERS and not name.endswith(("说", "道", "问", "答", "村", "镇", "乡", "街道", "苏木", "县", "局", "委",
                                                            *REPORT_VERBS)):
            turns[name] = turns.get(name, 0) + 1
    out = list(ents)
    for name, n in turns.items():
        if n < 2:
            continue
        for m in re.finditer(re.escape(name), text):
            s, e = m.span()
            if re.match(r"[\u4e00-\u9fff]", text[e:e + 1]) and not text.startswith("（", e) \
                    and not re.match(r"[说表介讲认]", text[e:e + 1]):
                continue  # the name runs on into a longer word (降央村)
            hits = [c for c in out if c.start < e and c.end > s]
            if any(c.label not in _WEAK or c.start < s or c.end > e for c in hits):
                continue
            out = [c for c in out if c not in hits] + [Cand(s, e, "PERSON", prio=1, source="rule")]
    return sorted(out, key=lambda c: c.start)
