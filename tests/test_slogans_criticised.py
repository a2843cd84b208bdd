"""A quoted practice or mentality named as a fault is no slogan (corpus_tools.slogans.criticised)."""

from corpus_tools import find_slogans
from corpus_tools.slogans.criticised import criticised_in_corpus, criticised_quote


def _texts(text: str) -> set[str]:
    return {m.text for m in find_slogans(text, formulae=False)}


def test_page_frames_name_a_fault():
    assert criticised_quote("短平快", "有的乡镇热衷于", "项目，年年")
    assert criticised_quote("等、靠、要", "少数群众", "思想还很重")
    assert criticised_quote("等靠要", "", "要不得。")
    assert criticised_quote("面子工程", "不能搞劳民伤财的", "。")
    assert not criticised_quote("积分制", "推行", "管理。")
    assert not criticised_quote("双联双创", "深入开展", "活动，")


def test_corpus_table_holds_faults_not_formulae():
    assert criticised_in_corpus("大水漫灌") and criticised_in_corpus("一刀切")
    for formula in ("回头看", "放管服", "两个维护", "最多跑一次"):
        assert not criticised_in_corpus(formula)


def test_detector_drops_criticised_quotes_and_keeps_formulae():
    text = ("过去，有的村帮扶“大水漫灌”，有的干部热衷于“短平快”项目，个别群众“等、靠、要”思想比较重。"
            "今年，镇里推行“积分制”管理，开展“送技上门”活动，坚持“早发现、早报告、早处置”。")
    found = _texts(text)
    assert not found & {"大水漫灌", "短平快", "等、靠、要"}
    assert "早发现、早报告、早处置" in found
