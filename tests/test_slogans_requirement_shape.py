"""A quoted 应X尽X / 凡X必Y requirement is a formula by its shape (coined.requirement_shape)."""

import pytest

import corpus_tools as ct
from corpus_tools.slogans.coined import requirement_shape


def _found(text: str) -> dict[str, str]:
    return {m.text: m.kind for m in ct.find_slogans(text)}


@pytest.mark.parametrize("text, slogan", [
    ("适龄老人要“应种尽种”，乡镇逐户上门登记。", "应种尽种"),
    ("对困难群众做到“应帮尽帮”，不落一户。", "应帮尽帮"),
    ("人事工作坚持“凡招必考”。", "凡招必考"),
])
def test_requirement_found_without_a_frame(text, slogan):
    assert _found(text).get(slogan) == "quoted"


@pytest.mark.parametrize("text", ["集市上的山货“应有尽有”。", "村医对乡亲“有求必应”。"])
def test_idioms_of_the_shape_stay_out(text):
    assert not _found(text)


def test_shape():
    assert requirement_shape("应收尽收") and requirement_shape("能开尽开")
    assert not requirement_shape("应收尽付") and not requirement_shape("应有尽有")
