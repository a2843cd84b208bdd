"""A notice's sign-off under its closing formula (corpus_tools.layout.signoffs)."""

from __future__ import annotations

from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.signoffs import sign_offs


def test_a_closing_formula_read_as_a_caption_stays_in_the_body_and_signer_and_date_stand_apart():
    raw = "　　三、对违反本通告的，依法予以处\n罚。\n　　特此通告。\n县人民政府\n2024年10月7日\n"
    tags = sign_offs(read_lines(raw), ["para", "cont", "caption", "B-kicker", "title"])
    assert tags == ["para", "cont", "para", "credit", "credit"]


def test_a_notice_body_ends_on_its_last_sentence():
    # round 28: eight writers of invented county pages (pages21-pages28o) end a notice's body on its last
    # sentence; the issuer and the date under it are no words of the text (invented, 宁陕县)
    from corpus_tools.layout import check_no_loss, split_page
    raw = ("宁陕县人民政府关于做好森林防火工作的通告\n"
           "　　当前正值森林防火紧要期。为保护森林资源，现通告如下：一、林区严禁\n"
           "野外用火；二、对违反规定引起火灾的，依法追究责任。\n"
           "宁陕县人民政府\n"
           "2016年3月2日\n")
    layout = split_page(raw)
    notice = layout.articles[-1]
    assert notice.body.endswith("依法追究责任。")
    assert "2016年3月2日" not in notice.body
    assert check_no_loss(raw, layout) == []


def test_a_caption_with_no_text_above_is_left():
    raw = "图为村民晾晒玉米。\n县人民政府\n2024年10月7日\n"
    assert sign_offs(read_lines(raw), ["caption", "B-kicker", "title"]) == ["caption", "B-kicker", "title"]


def test_a_signer_alone_under_a_closing_formula_is_a_sign_off():
    # (a correction signed by the paper, no date under it; invented)
    raw = "更　正\n本报5月3日第二版一文中“茶园3200亩”应为“茶园2300亩”，特此更正。\n本报编辑部\n"
    assert sign_offs(read_lines(raw), ["B-title", "para", "cont"]) == ["B-title", "para", "credit"]
    # (a heading under a finished sentence that closes with no formula is left to the headline grammar)
    raw2 = "全县茶园面积达到2300亩。\n县农业农村局\n"
    assert sign_offs(read_lines(raw2), ["para", "cont"]) == ["para", "cont"]
