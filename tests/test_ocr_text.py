"""OCR'd pages: spaces between characters, folds, masthead dates, scan debris, unread files (invented text)."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools.cli_common import OCR_OPTION
from corpus_tools.ocr_text import fold_masthead_date, ocr_spaced, repair_ocr, restore_ocr
from corpus_tools.scan_debris import debris_forms, debris_spans
from corpus_tools.unread_files import unread_files

SPACED = ("青禾报　2006年3月3O曰　星期四　第2版\n\n"
          "县委县 政府召开 农业 工作会议\n"
          "　　本报 讯( 记者　 赵明远　 通讯\n"
          "员　 孙晓 丽)3月2 曰, 县委 、县政 府召开\n"
          "全县 农业工 作会议 .县委 书记钱 立新在\n"
          "会上 强调 ,要抓 好退耕 还林 工作 。\n"
          "　　 县长 周文 斌主持 会议 。\n")
PDF = ("青禾报　2006年3月30日　星期四　第2版\n\n"
       "县委县政府召开农业工作会议\n"
       "　　本报讯（记者　赵明远 通讯员　孙晓丽）3月29日，县委、县政府召开全县农业工作会议。\n"
       "县长 周文斌 主持会议。\n")


def test_a_spaced_page_is_told_from_a_pdf_page():
    assert ocr_spaced(SPACED)
    assert not ocr_spaced(PDF)
    assert repair_ocr(PDF) == (PDF, [])  # auto: a PDF page is left as it is


def test_repairs_keep_the_full_width_space_and_lose_nothing():
    fixed, repairs = repair_ocr(SPACED)
    assert "县委县政府召开农业工作会议" in fixed
    assert "本报讯（记者　赵明远　通讯" in fixed  # the full-width spaces of the byline stay
    assert "3月2日，县委、县政府召开" in fixed and "会议。县委书记钱立新在" in fixed
    assert "2006年3月30日" in fixed.splitlines()[0]
    assert {r.kind for r in repairs} == {"ocr-space", "ocr-fold"}
    assert restore_ocr(fixed, repairs) == SPACED


def test_forced_on_and_off():
    assert repair_ocr(SPACED, ocr=False) == (SPACED, [])
    fixed, _ = repair_ocr("县长 主持会议.\n", ocr=True)
    assert fixed == "县长主持会议。\n"
    with pytest.raises(ValueError):
        repair_ocr(SPACED, ocr="yes")


def test_masthead_date_is_read_on_any_page():
    for line in ("l999年9月3日　星期五", "2OO6年3月3O日　星期四", "2006年3月30曰　星期四", "2 006年3 月30日　星期四"):
        fixed, repairs = repair_ocr(f"青禾报　{line}\n\n标题\n正文。\n")
        assert ct.read_corpus(pd.DataFrame({"text": [fixed]})).issues[0].date is not None, line
        assert repairs and all(r.note.startswith(("OCR'd masthead date", "space inside")) for r in repairs)
    body = "青禾报\n\n标题\n　　2OO6年3月3O日，县委召开会议。\n"
    assert fold_masthead_date(body) == []  # a body's date is no masthead ...
    assert "2006年3月30日" in repair_ocr(body)[0]  # ... but its letters read for digits show an OCR'd page


def test_read_corpus_repairs_and_records(tmp_path):
    frame = pd.DataFrame({"text": [SPACED, PDF], "issue_id": ["ocr", "pdf"]})
    corpus = ct.read_corpus(frame)
    ocr, pdf = (next(i for i in corpus.issues if i.id == k) for k in ("ocr", "pdf"))
    assert pdf.raw == PDF and "ocr_repairs" not in pdf.meta
    assert restore_ocr(ocr.raw, ocr.meta["ocr_repairs"]) == SPACED
    assert ocr.date is not None
    kept = ct.read_corpus(frame, ocr=False)
    assert next(i for i in kept.issues if i.id == "ocr").raw == SPACED
    assert OCR_OPTION == {"auto": "auto", "on": True, "off": False}


def test_kwic_matches_across_one_space():
    frame = pd.DataFrame({"text": ["标题\n\n　　全县今年退耕 还林五千亩，群众退耕还林积极性高。\n"], "date": ["2006-03-30"]})
    lines = ct.kwic(ct.read_corpus(frame, ocr=False), "退耕还林")
    assert len(lines) == 2


def _stamped(n: int, inside: bool) -> str:
    stamp = f"某县档案馆数字化加工 {1000 + n}"
    head = "青禾报　2006年3月30日　星期四\n\n乡镇新闻标题\n"
    if inside:
        return head + f"　　县供销社在乡新建农资超市五个，化肥价格比\n{stamp}\n市场低一成。\n\n■■■■■■■■\n　　图片说明。\n"
    return head + f"{stamp}\n　　县供销社在乡新建农资超市五个，化肥价格比\n市场低一成。\n"


def test_scan_debris_by_form_and_repetition():
    pages = [_stamped(n, n % 2 == 0) for n in range(10)]
    assert debris_forms(pages) == {"某县档案馆数字化加工#"}
    spans = debris_spans(pages[0], debris_forms(pages))
    assert [pages[0][a:b].strip() for a, b, _ in spans] == ["某县档案馆数字化加工 1000", "■■■■■■■■"]
    corpus = ct.read_corpus(pd.DataFrame({"text": pages, "issue_id": [f"p{n}" for n in range(10)]}))
    issue = corpus.issues[0]
    assert "档案馆" not in issue.raw and "■" not in issue.raw
    assert "化肥价格比\n市场低一成" in issue.raw
    assert restore_ocr(issue.raw, issue.meta["ocr_repairs"]) == pages[0]
    # the same line on every page, always inside a paragraph, is a line of the text
    assert debris_forms([_stamped(n, True) for n in range(10)]) == set()


def test_unread_files_are_named(tmp_path):
    (tmp_path / "2006-03-30_p1.txt").write_text(PDF, encoding="utf-8")
    (tmp_path / "2006-03-30_p1.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    assert [p.name for p in unread_files(tmp_path, {(tmp_path / "2006-03-30_p1.txt").resolve()})] == ["2006-03-30_p1.jpg"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ct.read_corpus(tmp_path)
    said = [str(w.message) for w in caught if "not read" in str(w.message)]
    assert len(said) == 1 and "2006-03-30_p1.jpg" in said[0] and "notes.md" not in said[0]


def test_cli_ocr_option(tmp_path, capsys):
    from corpus_tools.cli import build_parser, main

    args = build_parser().parse_args(["kwic", str(tmp_path), "退耕还林", "--ocr", "off"])
    assert OCR_OPTION[args.ocr] is False
    (tmp_path / "2006-03-30_p1.txt").write_text(SPACED, encoding="utf-8")
    out = tmp_path / "kwic.csv"
    assert main(["kwic", str(tmp_path), "县政府", "--format", "csv", "-o", str(out)]) == 0
    assert "县政府" in out.read_text(encoding="utf-8")


def test_a_page_without_the_pattern_keeps_its_other_spaces():
    page = ("青禾报　2OO6年3月3O日　星期四\n\n标题\n"
            "　　县长 主持 会议 各乡 镇长 参加。\n记者 王磊\n")
    fixed, _ = repair_ocr(page)
    assert "县长主持会议各乡镇长参加。" in fixed  # a spaced line
    assert "\n记者 王磊\n" in fixed  # a byline's space on a page that is not spaced
