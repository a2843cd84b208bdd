"""Emergency and epidemic bodies the earlier passes cut or miss (ORG): a government's office written after it
(县政府|应急办, open gold 阜南县政府电子政务办 one ORG), a hospital's clinic (县人民医院|发热门诊) and a group or
headquarters whose name holds a Latin strain code (县甲型H1N1流感防控领导小组, 市H7N9禽流感防控指挥部), which the head
rules, reading Chinese characters only, stop at.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.names import is_word

__all__ = ["emergency_bodies"]

#: a hospital's clinic written after it: one ORG, as the open gold keeps a hospital's units (县人民医院胸痛中心,
#: 永平县人民医院内一科): 县人民医院|发热门诊
_CLINIC_RE = re.compile(r"[\u4e00-\u9fff]{2}门诊(?![部楼大综])")

#: an office written right after its government: 1-4 characters and 办 (应急办, 电子政务办, 金融办); 办 not opening a
#: word (办公, 办理, 办事, 办法, 办学, 办好)
_OFFICE_RE = re.compile(r"[\u4e00-\u9fff]{1,4}?办(?![公理事法学好成起到的了])")
#: characters that make the run after the government a clause, not an office's name (县政府要求各单位办好)
_CLAUSE_CHARS = frozenset("的了着过是在和与及把被对向为从到由让给也都就又还已将各要请召开会督组")
#: a body with a Latin strain code in its name: a level, the name (with letters and digits), a group's or headquarters'
#: head (县甲型H1N1流感防控领导小组)
_STRAIN_BODY_RE = re.compile(r"(?:(?<=[，。、；：“（\s在由和与及据经对向])|^)([县市区镇乡旗州省])([\u4e00-\u9fff]{0,6}"
                             r"[A-Z][A-Z0-9]{1,6}[\u4e00-\u9fff]{1,10}?(?:领导小组|指挥部|工作组|办公室))")


def emergency_bodies(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with 县政府|应急办 and 县人民医院|发热门诊 joined into one ORG, and a strain-coded group or headquarters an ORG.

    Examples
    --------
    >>> t = "县政府应急办、市H7N9禽流感防控指挥部和县政府要求各单位办好，县政府举办展会"
    >>> es = [Cand(0, 3, "ORG"), Cand(21, 24, "ORG"), Cand(32, 35, "ORG")]
    >>> [(t[c.start:c.end], c.label) for c in emergency_bodies(es, t)]
    [('县政府应急办', 'ORG'), ('市H7N9禽流感防控指挥部', 'ORG'), ('县政府', 'ORG'), ('县政府', 'ORG')]
    """
    out = list(ents)  # a blocker ("_": 门诊 read as a kind) inside a joined name goes with it
    for k, c in enumerate(out):
        if c.label == "ORG" and text.endswith("医院", c.start, c.end):
            m = _CLINIC_RE.match(text, c.end)
            if m is not None and not any(o.start < m.end() and o.end > c.end and o.label != "_" for o in out):
                out[k] = c = Cand(c.start, m.end(), "ORG", prio=c.prio, code=c.code, source=c.source)
        if c.label != "ORG" or not text.endswith("政府", c.start, c.end):
            continue
        m = _OFFICE_RE.match(text, c.end)
        if m is None or _CLAUSE_CHARS & set(m.group()[:-1]) or is_word(m.group()[-2:]) \
                or any(o.start < m.end() and o.end > c.end and o.label != "_" for o in out):
            continue
        out[k] = Cand(c.start, m.end(), "ORG", prio=c.prio, code=c.code, source=c.source)
    for m in _STRAIN_BODY_RE.finditer(text):
        s, e = m.start(1), m.end(2)
        if any(o.start < e and o.end > s and (o.start < s or o.end > e) and o.label != "_" for o in out):
            continue
        out = [o for o in out if not (o.start >= s and o.end <= e)] + [Cand(s, e, "ORG", prio=2, source="rule")]
    joined = [c for c in out if c.label == "ORG"]
    out = [o for o in out if o.label != "_" or not any(c.start <= o.start and o.end <= c.end for c in joined)]
    return sorted(out, key=lambda c: (c.start, c.end))
