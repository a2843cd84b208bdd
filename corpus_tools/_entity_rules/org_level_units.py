"""A county body written with the bare level and a head the department rules do not know: 旗草原监理所, 县茶叶总站,
县直机关工委, 县第一中学.

County papers name their own county's stations, schools and committees with the level alone in front (县, 旗). The
department rules read the usual bureaus (县水利局, 县扶贫办); a body with a head of its own kind (监理所, 总站, 工委,
中学) is left to the statistical model, which rarely proposes it. In the open page gold such bodies are missed by four
writers. Here the level, a short body without clause characters and one of :data:`_HEADS` make the name, where no
entity covers any of it.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["level_units"]

#: heads of a county's stations, schools and committees the department rules do not read
_HEADS = ("监理所", "管理所", "监督所", "工作站", "服务站", "推广站", "监测站", "管理站", "总站", "工委", "中学", "小学",
          "服务中心", "管理中心", "指导中心")
_UNIT_RE = re.compile(r"[县旗]([\u4e00-\u9fff]{1,6}?)(?:" + "|".join(_HEADS) + ")(?!生)")  # 县二中|学生
#: what may stand right before the level: a boundary, a list number, or a preposition of an agent or place
_BEFORE = "由在到向和与及经对把、，。：；“（\n"
#: characters that make the body a clause (县里成立了服务中心) or a scope (县各中学)
_NOT_BODY = frozenset("的了着过是在和与及把被对向为从到由让给也都就又还已将各里内外城乡镇村这那有")


def level_units(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with each county body of :data:`_HEADS` written with the bare level (县, 旗) an ORG, where it starts after
    a boundary, its body holds no clause or scope character and no entity overlaps it.

    Examples
    --------
    >>> t = "由旗草原监理所依法处理，县茶叶总站推广新品种"
    >>> [t[c.start:c.end] for c in level_units([], t)]
    ['旗草原监理所', '县茶叶总站']
    >>> level_units([], "县里成立了服务中心")
    []
    """
    out = list(ents)
    for m in _UNIT_RE.finditer(text):
        s, e = m.span()
        before = text[s - 1:s]
        if s and before not in _BEFORE and not before.isdigit() and before not in ".．、":
            continue
        if _NOT_BODY & set(m.group(1)) or any(c.start < e and c.end > s for c in out if c.label != "_"):
            continue
        out = [c for c in out if not (c.start < e and c.end > s)] + [Cand(s, e, "ORG", prio=1, source="rule")]
    return sorted(out, key=lambda c: c.start)
