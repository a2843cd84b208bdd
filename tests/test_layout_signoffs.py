"""A notice's sign-off under its closing formula (corpus_tools.layout.signoffs)."""

from __future__ import annotations

from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.signoffs import sign_offs


def test_a_closing_formula_read_as_a_caption_keeps_signer_and_date_in_the_body():
    raw = "　　三、对违反本通告的，依法予以处\n罚。\n　　特此通告。\n县人民政府\n2024年10月7日\n"
    tags = sign_offs(read_lines(raw), ["para", "cont", "caption", "B-kicker", "title"])
    assert tags == ["para", "cont", "para", "para", "para"]


def test_a_caption_with_no_text_above_is_left():
    raw = "图为村民晾晒玉米。\n县人民政府\n2024年10月7日\n"
    assert sign_offs(read_lines(raw), ["caption", "B-kicker", "title"]) == ["caption", "B-kicker", "title"]
