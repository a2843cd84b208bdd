"""Employment and industry sites with their owner (corpus_tools._entity_rules.fac_work_sites).

The sentences were written for these tests; the gold follows ``../shared/gold/entities/GUIDE.md``: the owner that is a
site's only distinguishing word stays in its name (梁村便民修缮队), a county prefix directly attached stays, higher
places are apart, and a generic site (扶贫车间 with no owner) is not annotated.
"""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.fac_work_sites import WORK_SITE_HEADS, owned_work_sites
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools.entities import find_entities


def _facs(text: str) -> list[str]:
    return [e.text for e in find_entities(text, model=False) if e.label == "FAC"]


@pytest.mark.parametrize("text, fac", [
    ("走进石门镇李家湾村扶贫车间，二十多名妇女在缝制手套。", "李家湾村扶贫车间"),
    ("入驻奉节县返乡创业园的企业已有三十家。", "奉节县返乡创业园"),
    ("鄂西南创业孵化园今年新入驻企业八家。", "鄂西南创业孵化园"),
    ("县返乡创业园举行招聘会。", "县返乡创业园"),
])
def test_an_owned_work_site_is_one_fac(text, fac):
    assert fac in _facs(text)


@pytest.mark.parametrize("text", [
    "全镇已建成扶贫车间九个。",
    "他在村里办起扶贫车间，带动乡亲就业。",
    "搬迁群众在社区扶贫车间上班。",
])
def test_a_work_site_without_owner_is_a_kind(text):
    assert not any(f.endswith(WORK_SITE_HEADS) for f in _facs(text))


def test_the_owner_opens_the_span_and_no_owner_blocks():
    t = "办起李家湾村扶贫车间，建成扶贫车间"
    out = owned_work_sites([Cand(0, 10, "FAC"), Cand(13, 17, "FAC")], t, [(2, 6)])
    assert [(t[c.start:c.end], c.label) for c in out] == [("李家湾村扶贫车间", "FAC"), ("扶贫车间", "_")]


def test_other_facilities_pass_untouched():
    t = "人民广场"
    assert owned_work_sites([Cand(0, 4, "FAC")], t, []) == [Cand(0, 4, "FAC")]
