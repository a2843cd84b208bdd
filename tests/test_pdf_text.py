"""corpus_tools.pdf.text and read_corpus on .pdf pages: articles, titles, bylines, no loss, errors."""

import io
import warnings

import pytest

pytest.importorskip("reportlab")
pytest.importorskip("pdfminer")

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

import corpus_tools as ct  # noqa: E402
from corpus_tools.errors import CorpusReadError  # noqa: E402
from corpus_tools.layout import check_no_loss  # noqa: E402
from corpus_tools.pdf.chars import read_pdf_layout  # noqa: E402
from corpus_tools.pdf.text import check_pdf_no_loss, page_text, pdf_text  # noqa: E402

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

# invented county news of 武乡县 (Shanxi), set as two modules side by side and one below
LEFT = ["　　本报讯（记者　王海波　通讯员", "李晓红）5月8日，武乡县在蟠龙", "镇召开小米产业发展推进会，", "全县新增谷子种植面积两万亩。",
        "　　会议要求各乡镇落实良种补", "贴，做好订单收购。"]
RIGHT = ["　　连日来，故城镇组织志愿者", "走进田间地头，帮助留守老人", "清理沟渠、修补道路，共清理", "沟渠十二公里。（赵磊）"]
BELOW = ["　　今年以来，县人民医院开通", "远程会诊平台，村民在乡镇卫", "生院就能看上县里专家。", "　　截至目前，已完成远程会诊",
         "三百余例。"]


def _set(c, x, y, lines, size=9.5, pitch=14):
    c.setFont(FONT, size)
    for k, line in enumerate(lines):
        c.drawString(x, y - k * pitch, line)


def _page(path, *, bold=False):
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(600, 842))
    _set(c, 30, 810, ["武乡新闻　2023年5月10日　星期三　第2版"], size=8)
    c.line(30, 804, 570, 804)
    _set(c, 80, 780, ["武乡县"], size=10.5)
    for dx in ((0, 0.4) if bold else (0,)):
        _set(c, 40 + dx, 760, ["小米产业再添新动能"], size=18)
    _set(c, 30, 735, LEFT[:4])
    _set(c, 175, 735, LEFT[4:])
    _set(c, 330, 760, ["志愿服务进田间"], size=16)
    _set(c, 320, 735, RIGHT)
    c.line(30, 640, 570, 640)
    _set(c, 150, 615, ["远程会诊让村民少跑路"], size=18)
    c.rect(30, 490, 290, 100)
    _set(c, 30, 478, ["▲村民在卫生院接受远程会诊。　李强　摄"], size=8)
    _set(c, 30, 455, BELOW[:3])
    _set(c, 175, 455, BELOW[3:])
    c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())
    return path


def test_page_text_heads_before_bodies_and_nothing_lost(tmp_path):
    page = read_pdf_layout(_page(tmp_path / "p.pdf"))[0]
    text = page_text(page)
    assert text.startswith("武乡新闻　2023年5月10日　星期三　第2版\n\n武乡县\n小米产业再添新动能\n\n")
    assert text.index("志愿服务进田间") > text.index("贴，做好订单收购。") > text.index("小米产业再添新动能")
    assert "▲村民在卫生院接受远程会诊。" in text.split("三百余例。")[1]  # the caption after its body
    assert check_pdf_no_loss(page.glyphs, text) == []
    assert check_pdf_no_loss(page.glyphs, text.replace("蟠龙", "")) == ["missing: '蟠' x1", "missing: '龙' x1"]


def test_read_corpus_reads_a_pdf_page(tmp_path):
    path = _page(tmp_path / "2023-05-10_p2.pdf")
    corpus = ct.read_corpus(path)
    issue = corpus.issues[0]
    assert str(issue.date) == "2023-05-10" and issue.meta["encoding"] == "pdf"
    arts = {a.title: a for a in issue.articles}
    assert set(arts) == {"小米产业再添新动能", "志愿服务进田间", "远程会诊让村民少跑路"}
    first = arts["小米产业再添新动能"]
    assert first.byline == [("记者", "王海波"), ("通讯员", "李晓红")]
    assert first.body.endswith("做好订单收购。")
    assert arts["志愿服务进田间"].byline == [("", "赵磊")]
    assert arts["远程会诊让村民少跑路"].body.startswith("今年以来")
    assert arts["远程会诊让村民少跑路"].captions
    assert check_no_loss(issue.raw, issue.layout) == []


def test_doubled_bold_headline_is_repaired(tmp_path):
    issue = ct.read_corpus(_page(tmp_path / "2023-05-10_p2.pdf", bold=True)).issues[0]
    assert "小米产业再添新动能" in [a.title for a in issue.articles]
    assert any(r.kind == "undouble" for r in issue.repairs)
    assert check_no_loss(issue.raw, issue.layout) == []


def test_folder_of_pdfs_and_text_pages(tmp_path):
    _page(tmp_path / "2023-05-10_p2.pdf")
    (tmp_path / "2023-05-11_p1.txt").write_text("武乡县召开春耕会\n\n本报讯 县里部署春耕。\n", encoding="utf-8")
    corpus = ct.read_corpus(tmp_path)
    assert [i.id for i in corpus.issues] == ["2023-05-10_p2", "2023-05-11_p1"]
    only = tmp_path / "pdfs"
    only.mkdir()
    _page(only / "2023-05-10_p3.pdf")
    assert [i.id for i in ct.read_corpus(only).issues] == ["2023-05-10_p3"]


def test_pdf_beside_its_own_text_is_left_out_with_a_warning(tmp_path):
    _page(tmp_path / "2023-05-10_p2.pdf")
    (tmp_path / "2023-05-10_p2.txt").write_text("小米产业再添新动能\n\n本报讯 武乡县新增谷子。\n", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"2023-05-10_p2\.pdf.*pattern='\*\.pdf'"):
        corpus = ct.read_corpus(tmp_path)
    assert len(corpus) == 1 and corpus.issues[0].meta["encoding"] != "pdf"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert ct.read_corpus(tmp_path, pattern="*.pdf").issues[0].meta["encoding"] == "pdf"


def test_unreadable_pdf_in_a_folder_is_named(tmp_path):
    (tmp_path / "2023-05-10_p2.pdf").write_bytes(b"GIF89a not a pdf")
    with pytest.raises(CorpusReadError, match=r"2023-05-10_p2\.pdf: is not a PDF"):
        ct.read_corpus(tmp_path)
    with pytest.warns(UserWarning, match="skipped"):
        with pytest.raises(CorpusReadError, match="no page could be read"):
            ct.read_corpus(tmp_path, errors="skip")


def test_pdf_text_counts_pages(tmp_path):
    text, meta = pdf_text(_page(tmp_path / "p.pdf"))
    assert meta == {"pdf_pages": 1} and "远程会诊让村民少跑路" in text


def test_without_pdfminer_the_text_pages_are_still_read(tmp_path, monkeypatch):
    """A folder of text pages with one PDF beside them reads its text pages when pdfminer.six is missing."""
    import importlib.util

    _page(tmp_path / "2023-05-10_p2.pdf")
    (tmp_path / "2023-05-11_p1.txt").write_text("武乡县召开春耕会\n\n本报讯 县里部署春耕。\n", encoding="utf-8")
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pdfminer" else real(name, *a))
    with pytest.warns(UserWarning, match=r"1 PDF page\(s\) .* not read: reading PDFs needs pdfminer\.six"):
        corpus = ct.read_corpus(tmp_path)
    assert [i.id for i in corpus.issues] == ["2023-05-11_p1"]


def _issue_pdf(path, dates=("2023年5月10日", "2023年5月10日")):
    """Two pages of one issue of 沁县报 in one PDF, each with its page line."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(600, 842))
    pages = [("县城供暖管网改造完工", ["　　本报讯　入冬前，沁县完成城区", "供暖管网改造，新铺管道八公里，", "惠及居民一万两千户。"]),
             ("南里乡小米喜获丰收", ["　　本报讯　今年南里乡种植谷子", "三千亩，亩产比去年增加一成，", "合作社订单收购全部兑现。"])]
    for n, ((title, body), date) in enumerate(zip(pages, dates), start=1):
        _set(c, 30, 810, [f"沁县报　{date}　星期三　第{n}版"], size=8)
        c.line(30, 804, 570, 804)
        _set(c, 40, 770, [title], size=18)
        _set(c, 30, 740, body)
        c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())
    return path


def test_pdf_page_texts_one_text_per_page(tmp_path):
    from corpus_tools.pdf.text import pdf_page_texts

    found = pdf_page_texts(_issue_pdf(tmp_path / "x.pdf"))
    assert [meta for _, meta in found] == [{"pdf_page": 1, "pdf_pages": 2}, {"pdf_page": 2, "pdf_pages": 2}]
    assert "县城供暖管网改造完工" in found[0][0] and "县城供暖管网改造完工" not in found[1][0]
    assert pdf_text(tmp_path / "x.pdf")[1] == {"pdf_pages": 2}  # the whole file as one text, as before


def test_read_page_gives_a_pdf_of_several_pages_as_one_page_and_read_pdf_pages_a_page_each(tmp_path):
    from corpus_tools.reading import read_page, read_pdf_pages

    path = _issue_pdf(tmp_path / "x.pdf")
    whole = read_page(path)
    text, meta = pdf_text(path)
    assert (whole.id, whole.text, whole.meta, whole.encoding) == ("x", text, meta, "pdf")
    pages = read_pdf_pages(path)
    assert [pg.id for pg in pages] == ["x_p1", "x_p2"] and "\n".join(pg.text for pg in pages) == text
    one = read_pdf_pages(_page(tmp_path / "p.pdf"))
    assert [(pg.id, pg.meta) for pg in one] == [("p", {"pdf_page": 1, "pdf_pages": 1})]
    assert read_page(tmp_path / "p.pdf").meta == {"pdf_pages": 1}


def test_a_pdf_of_several_pages_is_several_pages_of_one_issue(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        corpus = ct.read_corpus(_issue_pdf(tmp_path / "2023-05-10.pdf"))
    assert [i.id for i in corpus.issues] == ["2023-05-10_p1", "2023-05-10_p2"]
    assert [i.meta["pdf_page"] for i in corpus.issues] == [1, 2]
    assert {str(i.date) for i in corpus.issues} == {"2023-05-10"}
    assert [[a.title for a in i.articles] for i in corpus.issues] == [["县城供暖管网改造完工"], ["南里乡小米喜获丰收"]]


def test_pages_printing_different_dates_are_named(tmp_path):
    path = _issue_pdf(tmp_path / "qinxian.pdf", dates=("2023年5月10日", "2023年5月17日"))
    with pytest.warns(UserWarning, match=r"qinxian\.pdf: its 2 pages print different dates \(page 1: 2023-05-10, "
                                         r"page 2: 2023-05-17\)"):
        corpus = ct.read_corpus(path)
    assert [str(i.date) for i in corpus.issues] == ["2023-05-10", "2023-05-17"]  # each from its own date line


def test_a_manifest_row_naming_a_pdf_of_several_pages(tmp_path):
    _issue_pdf(tmp_path / "issue.pdf")
    (tmp_path / "manifest.csv").write_text("file,issue_id,date\nissue.pdf,qx-0510,2023-05-10\n", encoding="utf-8")
    corpus = ct.read_corpus(tmp_path, pattern="*.pdf")
    assert [i.id for i in corpus.issues] == ["qx-0510_p1", "qx-0510_p2"]
    assert {str(i.date) for i in corpus.issues} == {"2023-05-10"}


def test_pages_of_two_pdfs_of_one_name_in_two_folders(tmp_path):
    for day, printed in (("2023-05-10", "2023年5月10日"), ("2023-05-17", "2023年5月17日")):
        (tmp_path / day).mkdir()
        _issue_pdf(tmp_path / day / "issue.pdf", dates=(printed, printed))
    ids = [i.id for i in ct.read_corpus(tmp_path, pattern="**/*.pdf").issues]
    assert ids == ["2023-05-10_issue_p1", "2023-05-10_issue_p2", "2023-05-17_issue_p1", "2023-05-17_issue_p2"]
