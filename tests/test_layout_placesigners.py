"""A signature line of a place (or a post there) and a name closes a text (``礼门乡陈峭村　郑宗炎``)."""

from __future__ import annotations

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.placesigners import place_signer


def test_place_signer_form():
    assert place_signer("石门镇河口村　孙秀兰") == "孙秀兰"
    assert place_signer("城关镇　胡立平") == "胡立平"
    assert place_signer("双岭乡红星村党支部书记　邢红军") == "邢红军"
    assert place_signer("东关街道　幸福社区") is None  # (two places, no name)
    assert place_signer("石门镇河口村 孙秀兰") is None  # (no wide space)
    assert place_signer("石门镇河口村　孙秀兰　何立") is None


_LETTER = "河口村的路该修了"

def _para(text: str, width: int = 20) -> list[str]:
    lines = [text[i:i + width] for i in range(0, len(text), width)]
    return ["\u3000\u3000" + lines[0]] + lines[1:]


_PAGE = "\n".join(
    ["青山报　2012年4月6日　第3版　读者之声", "", "县人民医院开展义诊"]
    + _para("四月二日，县人民医院组织十名医生到石门镇义诊，为三百多名群众看病，发放药品两千多元。（通讯员　韦丽）")
    + ["", "读者来信", _LETTER, "\u3000\u3000编辑同志："]
    + _para("我是石门镇河口村的村民。村里通往镇上的路坑坑洼洼，一下雨就走不了车，孩子上学很不方便。"
            "希望有关部门帮助村里把路修好。")
    + ["石门镇河口村　孙秀兰", "", "责任编辑　何立"]) + "\n"


def test_a_letter_signed_by_place_and_name_carries_the_name():
    layout = split_page(_PAGE)
    assert check_no_loss(_PAGE, layout) == []
    letter = next(a for a in layout.articles if "路坑坑洼洼" in a.body)
    assert letter.byline == [("", "孙秀兰")]
    assert "孙秀兰" not in letter.body
