"""Names in 招标公告 and 公示: notice words and works roles glued to the project, facility or firm.

A tender notice names its project after ``本招标项目``, its firms after a works role (``招标人：``,
``施工单位``, ``承建单位``), and prints its headline (``…招标公告``, ``…中标候选人公示``) where a
line break, which the annotators remove, joins it to the line before. The head rules then read
``招标项目依陇藏药材种植基地`` or ``招标项目`` alone as a PROJECT, ``有限公司高标准农田建设项目`` (the
last line of one notice, ``招标人：…有限公司``, and the next headline) as one project, and
``施工单位闽海路桥`` as a facility. :func:`notice_names` cuts the notice words and roles off, takes
the name after ``本招标项目`` when the rules kept only the notice words, and grows a facility
followed by a works word (鲁甸至塔城公路 + 改扩建工程) into the project it names.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import FAC_HEADS_LONGEST_FIRST, PROJECT_HEADS, Cand

__all__ = ["notice_names"]

#: words a notice or a works role puts in front of a name (longest first)
_LEADS = ("中标候选人公示", "候选人公示", "招标公告", "本招标项目", "招标项目", "有限责任公司", "有限公司",
          "施工单位", "承建单位", "建设单位", "监理单位", "设计单位", "中标单位", "代建单位", "招标人", "中标人")
#: a notice headline's tail inside a span: the name before it is the name (X中标候选人公示X)
_INNER = ("中标候选人公示", "候选人公示", "招标公告", "公示")
#: where the name after 本招标项目 ends
_NAME_AFTER_LEAD_RE = re.compile(r"(?:本招标项目|招标项目)([\u4e00-\u9fff]{4,24}?)(?=已由|已经|已|经|由|，|。|\n|$)")
#: a works word after a facility that makes the whole a project (改扩建工程, 建设项目)
_WORKS_RE = re.compile(r"(?:改扩建|扩建|改建|重建|新建|提升改造|提质改造|改造|建设)(?:工程|项目)")
_LABELS = ("PROJECT", "FAC", "EVENT", "ORG")
_FIRM_ENDS = ("有限公司", "公司", "集团")
#: heads of what a tender builds besides the lexicon's facility heads (种植基地, 工业园区, 安置点, 服务中心)
_BUILT_HEADS = ("基地", "园区", "安置点", "中心", "电站", "公路", "大桥")


def _trim(c: Cand, text: str) -> "Cand | None":
    """*c* without notice words at its front and a notice headline inside; None when nothing is left."""
    s, e = c.start, c.end
    changed = True
    while changed:
        changed = False
        for lead in _LEADS:
            if text.startswith(lead, s) and e - s > len(lead) and not (
                    c.label == "ORG" and lead in ("有限公司", "有限责任公司") and text[s:e] == lead):
                s += len(lead)
                changed = True
                break
            if text.startswith(lead, s) and e - s == len(lead):
                return None
    name = text[s:e]
    for word in _INNER:
        k = name.find(word)
        if k >= 2:
            e = s + k
            break
    if c.label == "PROJECT" and text.endswith("项目", s, e) and text.endswith(_FIRM_ENDS, s, e - 2):
        return Cand(s, e - 2, "ORG", prio=c.prio, source=c.source)  # 承建单位云南滇西路桥建设有限公司|项目
    if e - s < 2:
        return None
    if (s, e) == (c.start, c.end):
        return c
    return Cand(s, e, c.label, prio=c.prio, source=c.source, code=c.code)


def _label_of(name: str) -> "str | None":
    if name.endswith(PROJECT_HEADS):
        return "PROJECT"
    if name.endswith(FAC_HEADS_LONGEST_FIRST) or name.endswith(_BUILT_HEADS):
        return "FAC"
    return None


def notice_names(ents: "list[Cand]", text: str) -> "list[Cand]":
    """*ents* with the notice words and works roles cut from the names (see the module docstring).

    Parameters
    ----------
    ents : list of Cand
        The entities found so far (flat).
    text : str
        The text.

    Returns
    -------
    list of Cand

    Examples
    --------
    >>> t = "本招标项目依陇藏药材种植基地已由县发改局批准。"
    >>> [(t[c.start:c.end], c.label) for c in notice_names([Cand(1, 5, "PROJECT")], t)]
    [('依陇藏药材种植基地', 'FAC')]
    >>> t = "鲁甸至塔城公路改扩建工程招标公告"
    >>> [(t[c.start:c.end], c.label) for c in notice_names([Cand(0, 7, "FAC")], t)]
    [('鲁甸至塔城公路改扩建工程', 'PROJECT')]
    """
    out: list[Cand] = []
    firms: list[tuple[int, int]] = []
    for c in ents:
        if c.label not in _LABELS:
            out.append(c)
            continue
        t = _trim(c, text)
        lead = next((w for w in ("有限责任公司", "有限公司") if text.startswith(w, c.start)), "")
        if lead and (t is None or t.start == c.start + len(lead)):
            firms.append((c.start, c.start + len(lead)))  # 玉龙县城乡建设投资|有限公司高标准农田建设项目
        if t is not None and t.label in ("PROJECT", "FAC"):
            for word in _INNER:
                k = text.find(word, t.end, c.end)
                if k == t.end and _label_of(text[k + len(word):c.end]) and c.end - k - len(word) >= 4:
                    out.append(Cand(k + len(word), c.end, t.label, prio=t.prio, source=t.source))  # X公示|X
                    break
        if t is None:
            m = _NAME_AFTER_LEAD_RE.match(text, c.start - 1 if text.startswith("本", c.start - 1) else c.start)
            label = _label_of(m.group(1)) if m else None
            if m and label and not any(o.start < m.end(1) and m.start(1) < o.end for o in ents
                                       if o is not c and o.label != "_"):
                out.append(Cand(m.start(1), m.end(1), label, prio=c.prio, source=c.source))
            continue
        if t.label == "FAC" and text.startswith(_FIRM_ENDS, t.end):  # 闽海路桥|集团: the firm, not the bridge
            end = t.end + next(len(w) for w in _FIRM_ENDS if text.startswith(w, t.end))
            if not any(o.start < end and t.end < o.end for o in ents if o is not c and o.label != "_"):
                t = Cand(t.start, end, "ORG", prio=t.prio, source=t.source)
        if t.label == "FAC":
            w = _WORKS_RE.match(text, t.end)
            if w and not any(o.start < w.end() and t.end < o.end for o in ents if o is not c and o.label != "_"):
                t = Cand(t.start, w.end(), "PROJECT", prio=t.prio, source=t.source)
        out.append(t)
    for fs, fe in firms:
        out = _firm_before(out, text, fs, fe)
    return sorted(out, key=lambda c: (c.start, c.end))


def _firm_before(ents: "list[Cand]", text: str, fs: int, fe: int) -> "list[Cand]":
    """The firm whose 有限公司 [fs, fe) a name after it took: grown back from the place or name before it."""
    k = fs
    while k > 0 and fs - k < 20 and "\u4e00" <= text[k - 1] <= "\u9fff":
        k -= 1
    inside = [o for o in ents if k <= o.start and o.end <= fs and o.label in ("GPE", "ORG", "TOWNSHIP")]
    if not inside:
        return ents
    start = min(o.start for o in inside)
    if any(o.start < fe and start < o.end and o not in inside for o in ents if o.label != "_"):
        return ents
    return [o for o in ents if o not in inside] + [Cand(start, fe, "ORG", source="rule")]
