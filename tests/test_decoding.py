"""Decoding page bytes: a few bad bytes are repaired and recorded, unreadable data is refused."""

from __future__ import annotations

import pytest

from corpus_tools import CorpusReadError, read_corpus
from corpus_tools.decoding import decode_bytes, decode_page, repair_limit

# another county's paper, invented text with real place names
PAGE = ("林州新闻\n\n红旗渠畔春耕忙\n\n本报讯（记者 张丽娜）连日来，姚村镇各村抢抓农时，"
        "组织群众开展春耕生产，全镇已完成小麦追肥三万亩。\n")


def test_utf8_page_with_a_stray_gbk_byte_is_read_and_the_repair_recorded(tmp_path):
    data = PAGE.encode("utf-8")
    at = data.index("姚村镇".encode())
    bad = data[:at] + b"\xd2" + data[at:]  # one GBK lead byte left in a UTF-8 page
    (tmp_path / "2024-03-05_p1.txt").write_bytes(bad)
    with pytest.warns(UserWarning, match=rf"2024-03-05_p1.txt: 1 byte\(s\) at byte offset {at} \(d2\) "
                                         r"could not be decoded as utf-8; each was replaced by U\+FFFD"):
        (issue,) = read_corpus(tmp_path)
    (rep,) = issue.meta["decode_repairs"]
    assert rep == {"byte": at, "bytes": "d2", "char": PAGE.index("姚村镇"), "codec": "utf-8",
                   "action": "not valid utf-8: replaced by U+FFFD"}
    assert issue.raw[rep["char"]] == "\ufffd"
    assert issue.raw.replace("\ufffd", "") == PAGE
    assert issue.meta["encoding"] == "utf-8"
    body = " ".join(a.text for a in issue.articles)
    assert "\ufffd姚村镇" in body  # visible in the article, not silently dropped
    assert issue.articles[0].meta["decode_repairs"] == [rep]


def test_whole_gbk_page_is_decoded_without_repairs(tmp_path):
    (tmp_path / "a.txt").write_bytes(PAGE.encode("gbk"))
    (issue,) = read_corpus(tmp_path)
    assert issue.raw == PAGE and issue.meta["encoding"] == "gb18030"
    assert "decode_repairs" not in issue.meta


def test_gbk_page_with_a_stray_byte_is_read_as_gb18030():
    data = PAGE.encode("gbk")
    at = data.index("春耕".encode("gbk"))
    text, codec, repairs = decode_page(data[:at] + b"\xff" + data[at:], source="g.txt")
    assert codec == "gb18030"
    assert [(r.byte, r.bytes, r.char) for r in repairs] == [(at, "ff", PAGE.index("春耕"))]
    assert text.replace("\ufffd", "") == PAGE


def test_nul_byte_in_a_page_is_replaced_and_recorded():
    data = PAGE.encode("utf-8")
    at = data.index("。".encode())
    text, codec, repairs = decode_page(data[:at] + b"\x00" + data[at:], source="n.txt")
    assert codec == "utf-8" and text.count("\ufffd") == 1 and "\x00" not in text
    assert repairs[0].byte == at and repairs[0].action == "NUL byte: replaced by U+FFFD"


def test_utf8_page_with_bom_and_a_cut_character_is_repaired():
    data = b"\xef\xbb\xbf" + PAGE.encode("utf-8")
    at = data.index("红旗渠".encode())
    text, codec, repairs = decode_page(data[:at] + "红".encode()[:2] + data[at:], source="b.txt")
    assert codec == "utf-8-sig"
    assert [(r.byte, r.bytes, r.char) for r in repairs] == [(at, "e7 ba", PAGE.index("红旗渠"))]
    assert text[PAGE.index("红旗渠"):].startswith("\ufffd\ufffd红旗渠")


def test_strict_decode_bytes_still_raises_naming_the_offset():
    data = PAGE.encode("utf-8")
    with pytest.raises(CorpusReadError, match=r"x.txt: cannot decode as UTF-8 \(byte offset 3, 1 bad bytes"):
        decode_bytes(data[:3] + b"\xff" + data[3:], source="x.txt")


def test_too_many_bad_bytes_is_a_clear_error_naming_file_offset_and_count(tmp_path):
    head = PAGE[:20].encode("utf-8")
    data = head + bytes([0x81, 0xff]) * 40  # 80 bytes fit no encoding
    (tmp_path / "mixed.txt").write_bytes(data)
    with pytest.raises(CorpusReadError, match=rf"mixed.txt: cannot decode as UTF-8 \(byte offset {len(head)}, "
                                              rf"80 bad bytes of {len(data)}\) nor GB18030") as info:
        read_corpus(tmp_path)
    assert info.value.path.endswith("mixed.txt") and info.value.offset >= len(head)


def test_many_nul_bytes_are_still_binary(tmp_path):
    (tmp_path / "scan.txt").write_bytes(PAGE.encode() + b"\x00" * 200)
    with pytest.raises(CorpusReadError, match=r"scan.txt: not a text file: it contains a NUL byte"):
        read_corpus(tmp_path)


def test_repair_limit_grows_with_the_page():
    assert repair_limit(10) == 2
    assert repair_limit(50_000) == 500


def test_explicit_encoding_repairs_a_stray_byte_too():
    text, codec, repairs = decode_page(PAGE.encode("gbk") + b"\x80", encoding="gbk", source="e.txt")
    assert codec == "gbk" and text.endswith("\ufffd") and len(repairs) == 1
