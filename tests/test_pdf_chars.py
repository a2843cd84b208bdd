"""corpus_tools.pdf.chars: glyphs, rules and boxes of a PDF, and the errors for files that are no readable PDF."""

import io
import sys

import pytest

pytest.importorskip("reportlab")
pytest.importorskip("pdfminer")

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from corpus_tools.errors import CorpusReadError  # noqa: E402
from corpus_tools.pdf.chars import read_pdf_layout  # noqa: E402

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def _write(path, draw, **kw):
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(420, 595), **kw)
    draw(c)
    c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())
    return path


def _notice(c):
    c.setFont("STSong-Light", 18)
    c.drawString(40, 520, "蒲县举办春耕培训")
    c.setFont("STSong-Light", 9)
    c.drawString(40, 495, "本报讯　3月2日，蒲县农业农村局在黑龙关镇举办培训。")
    c.line(30, 480, 390, 480)
    c.rect(40, 380, 150, 90)


def test_glyphs_sizes_rules_and_boxes(tmp_path):
    page = read_pdf_layout(_write(tmp_path / "p.pdf", _notice))[0]
    text = "".join(g.text for g in page.glyphs)
    assert text == "蒲县举办春耕培训本报讯　3月2日，蒲县农业农村局在黑龙关镇举办培训。"
    assert {g.size for g in page.glyphs} == {18.0, 9.0}
    assert [g.seq for g in page.glyphs] == list(range(len(page.glyphs)))
    assert len(page.rules) == 1 and page.rules[0].width == pytest.approx(360, abs=2)
    assert len(page.boxes) == 1 and page.boxes[0].height == pytest.approx(90, abs=2)


def test_not_a_pdf_names_the_file(tmp_path):
    p = tmp_path / "2021-04-01_p2.pdf"
    p.write_text("隰县新闻　这是一份文本，不是PDF。", encoding="utf-8")
    with pytest.raises(CorpusReadError, match=r"2021-04-01_p2\.pdf: is not a PDF"):
        read_pdf_layout(p)


def test_scanned_page_without_text(tmp_path):
    p = _write(tmp_path / "scan.pdf", lambda c: c.rect(20, 20, 380, 555, fill=1))
    with pytest.raises(CorpusReadError, match=r"scan\.pdf: the PDF holds no text.*OCR"):
        read_pdf_layout(p)


def test_encrypted_page(tmp_path):
    p = _write(tmp_path / "locked.pdf", _notice, encrypt="mima")
    with pytest.raises(CorpusReadError, match=r"locked\.pdf: the PDF is encrypted"):
        read_pdf_layout(p)


def test_damaged_pdf(tmp_path):
    p = tmp_path / "broken.pdf"
    p.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
    with pytest.raises(CorpusReadError, match=r"broken\.pdf: the PDF"):
        read_pdf_layout(p)


def test_missing_file(tmp_path):
    with pytest.raises(CorpusReadError, match="no such file"):
        read_pdf_layout(tmp_path / "none.pdf")


def test_missing_pdfminer_says_what_to_install(tmp_path, monkeypatch):
    p = _write(tmp_path / "p.pdf", _notice)
    monkeypatch.setitem(sys.modules, "pdfminer", None)
    with pytest.raises(ImportError, match=r"pdfminer\.six.*pip install"):
        read_pdf_layout(p)


def test_glyphs_without_characters_are_an_error(tmp_path, monkeypatch):
    from corpus_tools.pdf import chars

    p = _write(tmp_path / "fangzheng.pdf", _notice)
    monkeypatch.setattr(chars, "unmapped_share", lambda pages: 0.9)
    with pytest.raises(CorpusReadError, match=r"fangzheng\.pdf: 90% of the PDF's characters are glyph numbers"):
        read_pdf_layout(p)


def test_a_page_that_draws_nothing_is_not_called_scanned(tmp_path):
    p = _write(tmp_path / "empty.pdf", lambda c: None)
    with pytest.raises(CorpusReadError, match=r"empty\.pdf: the PDF draws no text and no pictures"):
        read_pdf_layout(p)


def test_some_glyphs_without_characters_warn(tmp_path, monkeypatch):
    from corpus_tools.pdf import chars

    p = _write(tmp_path / "mixed.pdf", _notice)
    monkeypatch.setattr(chars, "unmapped_share", lambda pages: 0.05)
    with pytest.warns(UserWarning, match=r"mixed\.pdf: 5\.0% of the PDF's characters are glyph numbers"):
        read_pdf_layout(p)


def test_a_page_drawn_inside_a_form_is_read_as_the_page_itself(tmp_path):
    # review: a page-size form (Form XObject) became a box around everything, so small lines read as captions
    def in_form(c):
        c.beginForm("whole", lowerx=0, lowery=0, upperx=420, uppery=595)
        _notice(c)
        c.endForm()
        c.doForm("whole")

    direct = read_pdf_layout(_write(tmp_path / "a.pdf", _notice))[0]
    formed = read_pdf_layout(_write(tmp_path / "b.pdf", in_form))[0]
    assert "".join(g.text for g in formed.glyphs) == "".join(g.text for g in direct.glyphs)
    assert len(formed.boxes) == len(direct.boxes) == 1
