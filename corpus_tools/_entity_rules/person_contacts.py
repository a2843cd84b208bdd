"""Names in the contact lines of notices: ``联系人：曲比阿果　电话：0888-5192741``.

招标公告, 公示 and 通知 end with a contact line: a role word, a colon, the person's name, then a
space, 电话 or the line's end. The slot is a person whatever the name's form (Han 李建国, Naxi
和文昌, Yi 曲比阿果, with a middle dot 阿牛·木呷), so :func:`contact_names` takes the name from the
slot and does not ask the name statistics, which miss minority names without a Chinese surname.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand, common_or_frequent, place_words, replace_inside

__all__ = ["contact_names"]

#: role word, colon, name (2–6 characters, a middle dot allowed), then a space, 电话/手机/联系电话 or the line's end
_CONTACT_RE = re.compile(r"(?:联系人|联\u3000?系\u3000?人|项目负责人|负责人|经办人)[:：][ \u3000]*"
                         r"([\u4e00-\u9fff]{1,4}(?:·[\u4e00-\u9fff]{1,4})?)"
                         r"(?=[ \u3000\t]|电话|手机|联系电话|[，,；;。（(]|\n|$)")
#: last characters of units, offices and places rather than persons (联系人：县水务局)
_BAD_ENDS = frozenset("局委办室部院校所站队司社厂中村镇乡县市区省州组处科股馆会")


def contact_names(ents: "list[Cand]", text: str) -> "list[Cand]":
    """*ents* with the person of each contact line of *text* (see the module docstring).

    Examples
    --------
    >>> t = "联系人：曲比阿果　电话：0888-5192741\\n联系人：县水务局　电话：0888-5192742"
    >>> [t[c.start:c.end] for c in contact_names([], t)]
    ['曲比阿果']
    """
    if "人" not in text:
        return ents
    out = list(ents)
    for m in _CONTACT_RE.finditer(text):
        s, e = m.span(1)
        name = m.group(1)
        if len(name.replace("·", "")) < 2 or name[-1] in _BAD_ENDS or name in common_or_frequent() or name in place_words():
            continue
        if any(c.start <= s and e <= c.end and c.label == "PERSON" for c in out):
            continue
        if any(c.start < e and s < c.end and not (s <= c.start and c.end <= e) for c in out):
            continue
        out = replace_inside(out, Cand(s, e, "PERSON", prio=1, source="rule"))
    return out
