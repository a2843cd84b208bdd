"""Reading pages and manifests: encodings, dates, and clear errors on bad input."""

from __future__ import annotations

import codecs
import datetime as dt

import pandas as pd
import pytest

from corpus_tools import CorpusReadError, ManifestError, read_corpus
from corpus_tools.page_dates import date_from_masthead, date_from_name
from corpus_tools.reading import decode_bytes, read_manifest

PAGE = "本报讯 近日，平遥县岳壁乡梁村推进乡村振兴。\n\n平遥县\n\n梁村推进乡村振兴\n"


@pytest.mark.parametrize(
    "data, expected_codec",
    [
        (PAGE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + PAGE.encode("utf-8"), "utf-8-sig"),
        (PAGE.encode("gbk"), "gb18030"),
        (PAGE.encode("gb18030"), "gb18030"),
        (PAGE.encode("utf-16"), "utf-16"),          # with BOM
        (PAGE.encode("utf-16-le"), "utf-16-le"),    # without BOM
        (PAGE.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_decode_auto(data, expected_codec):
    text, used = decode_bytes(data, source="page.txt")
    assert text.lstrip("\ufeff") == PAGE
    assert used == expected_codec


def test_undecodable_names_file_and_offset():
    data = "平遥县".encode("utf-8") + b"\x81\x30\xff\xfe\x41" * 3
    with pytest.raises(CorpusReadError) as info:
        decode_bytes(data, source="bad.txt")
    msg = str(info.value)
    assert "bad.txt" in msg
    assert "offset" in msg
    assert info.value.offset is not None and info.value.offset >= 9


def test_explicit_wrong_encoding_names_offset():
    with pytest.raises(CorpusReadError, match=r"x\.txt: cannot decode as utf-8 at byte offset 0"):
        decode_bytes("梁村".encode("gbk"), encoding="utf-8", source="x.txt")


def test_unknown_encoding_raises_value_error():
    with pytest.raises(ValueError, match="not a known codec"):
        decode_bytes(b"abc", encoding="klingon")


def test_binary_file_is_refused(tmp_path):
    p = tmp_path / "scan.txt"
    p.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(CorpusReadError, match=r"scan\.txt: not a text file"):
        read_corpus(p)


def test_binary_file_can_be_skipped(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(bytes(range(256)) * 8)
    with pytest.warns(UserWarning, match=r"skipped: .*b\.txt"):
        corpus = read_corpus(tmp_path, errors="skip")
    assert [i.id for i in corpus] == ["a"]


def test_missing_path(tmp_path):
    with pytest.raises(CorpusReadError, match="no such file"):
        read_corpus(tmp_path / "nope")


def test_empty_folder(tmp_path):
    with pytest.raises(CorpusReadError, match="no files matching"):
        read_corpus(tmp_path)


def test_empty_and_whitespace_files_warn_and_have_no_articles(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n \u3000\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="empty or holds only whitespace"):
        corpus = read_corpus(tmp_path)
    assert len(corpus) == 2
    assert all(issue.articles == [] for issue in corpus)


def test_gbk_folder_with_manifest(tmp_path):
    (tmp_path / "p1.txt").write_bytes(PAGE.encode("gbk"))
    (tmp_path / "manifest.csv").write_text(
        "file,paper,county_code,date,date_precision\np1.txt,某报,140728,2023-01-05,day\n", encoding="utf-8")
    corpus = read_corpus(tmp_path)
    issue = corpus.issues[0]
    assert issue.date == dt.date(2023, 1, 5)
    assert issue.meta["county_code"] == "140728"
    assert issue.meta["encoding"] == "gb18030"
    assert "梁村" in issue.raw


def test_manifest_missing_file(tmp_path):
    (tmp_path / "p1.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,date\np1.txt,2023-01-05\np2.txt,2023-01-06\n", encoding="utf-8")
    with pytest.raises(ManifestError, match=r"p2\.txt"):
        read_corpus(tmp_path)


def test_manifest_bad_date(tmp_path):
    (tmp_path / "p1.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,date\np1.txt,2023-13-45\n", encoding="utf-8")
    with pytest.raises(ManifestError, match=r"row 2 \(p1\.txt\).*'2023-13-45' is not a valid date"):
        read_corpus(tmp_path)


def test_manifest_duplicate_ids(tmp_path):
    for name in ("p1.txt", "p2.txt"):
        (tmp_path / name).write_text(PAGE, encoding="utf-8")
    man = pd.DataFrame({"file": ["p1.txt", "p2.txt"], "issue_id": ["x", "x"]})
    with pytest.raises(ManifestError, match="duplicate issue ids"):
        read_manifest(man, base=tmp_path)


def test_manifest_missing_option_is_checked(tmp_path):
    man = pd.DataFrame({"file": ["p1.txt"]})
    with pytest.raises(ValueError, match=r"`missing` value = 'ignore' is invalid.*\['raise', 'skip'\]"):
        read_manifest(man, base=tmp_path, missing="ignore")


def test_manifest_missing_skip_drops_absent_rows(tmp_path):
    (tmp_path / "p1.txt").write_text(PAGE, encoding="utf-8")
    man = pd.DataFrame({"file": ["p1.txt", "p2.txt"]})
    with pytest.warns(UserWarning, match=r"skipped: .*p2\.txt"):
        df = read_manifest(man, base=tmp_path, missing="skip")
    assert df["file"].tolist() == ["p1.txt"]


def test_manifest_duplicate_files(tmp_path):
    (tmp_path / "p1.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,date\np1.txt,2023-01-05\np1.txt,2023-01-06\n", encoding="utf-8")
    with pytest.raises(ManifestError, match="listed twice"):
        read_corpus(tmp_path)


def test_manifest_bad_precision(tmp_path):
    (tmp_path / "p1.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,date,date_precision\np1.txt,2023-01-05,week\n", encoding="utf-8")
    with pytest.raises(ManifestError, match="date_precision"):
        read_corpus(tmp_path)


def test_date_from_file_name(tmp_path):
    (tmp_path / "2023-01-05_p3.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "2022-12-01_p1.txt").write_text(PAGE, encoding="utf-8")
    corpus = read_corpus(tmp_path)
    assert [i.date for i in corpus] == [dt.date(2022, 12, 1), dt.date(2023, 1, 5)]
    assert date_from_name("2023-02-30_p1.txt") is None


def test_glob_and_list_inputs(tmp_path):
    for name in ("a.txt", "b.txt", "c.md"):
        (tmp_path / name).write_text(PAGE, encoding="utf-8")
    assert len(read_corpus(str(tmp_path / "*.txt"))) == 2
    assert len(read_corpus([tmp_path / "a.txt", tmp_path / "c.md"])) == 2
    assert len(read_corpus(tmp_path, pattern="*.md")) == 1


def test_dataframe_input():
    df = pd.DataFrame({"issue_id": ["x1", "x2"], "text": [PAGE, PAGE], "date": ["2023-01-02", None],
                       "county_code": ["140728", "140728"]})
    corpus = read_corpus(df)
    assert [i.id for i in corpus] == ["x1", "x2"]
    assert corpus.issues[0].date == dt.date(2023, 1, 2)
    assert corpus.county_code == "140728"


def test_dataframe_without_text_column():
    with pytest.raises(ValueError, match="'text' column"):
        read_corpus(pd.DataFrame({"body": ["x"]}))


def test_text_passed_as_path_is_caught():
    with pytest.raises(ValueError, match="looks like page text"):
        read_corpus(PAGE)


def test_bad_errors_option():
    with pytest.raises(ValueError, match="errors='ignore' is invalid"):
        read_corpus(".", errors="ignore")


# ---------------------------------------------------------------------------------------
# issue 19: symlinks, manifest paths, unclear errors


def test_symlink_leaving_the_corpus_folder_is_refused_when_links_are_not_followed(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(PAGE, encoding="utf-8")
    (pages / "passwd.txt").symlink_to(outside)
    with pytest.raises(CorpusReadError, match=r"passwd.txt: a symbolic link to .*secret.txt, outside"):
        read_corpus(pages, follow_links=False)


LINKED = "弥渡新闻\n\n密祉镇举办花灯节\n\n本报讯 日前，密祉镇文盛街举办花灯节，吸引游客两万余人次。\n"


def test_page_files_linked_from_elsewhere_are_read(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "2024-02-10_p1.txt").write_text(LINKED, encoding="utf-8")
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "2024-02-10_p1.txt").symlink_to(archive / "2024-02-10_p1.txt")
    (issue,) = read_corpus(pages)
    assert issue.raw == LINKED and issue.meta["path"] == str(pages / "2024-02-10_p1.txt")


def test_corpus_folder_that_is_a_link_and_linked_subfolders_are_read(tmp_path):
    real = tmp_path / "real"
    (real / "1998").mkdir(parents=True)
    (real / "1998" / "a.txt").write_text(LINKED, encoding="utf-8")
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    (corpus_dir / "1998").symlink_to(real / "1998", target_is_directory=True)
    link = tmp_path / "link"
    link.symlink_to(corpus_dir, target_is_directory=True)
    assert [i.id for i in read_corpus(link, pattern="**/*.txt")] == ["a"]
    assert [i.id for i in read_corpus(link, pattern="*/*.txt")] == ["a"]


def test_link_cycle_ends_and_each_folder_is_read_once(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(LINKED, encoding="utf-8")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)  # sub/loop -> its parent
    assert [i.id for i in read_corpus(tmp_path, pattern="**/*.txt")] == ["a"]


def test_dangling_link_is_skipped_with_a_warning(tmp_path):
    (tmp_path / "a.txt").write_text(LINKED, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    with pytest.warns(UserWarning, match=r"gone.txt: a symbolic link to .*nowhere.txt, which does not exist"):
        assert [i.id for i in read_corpus(tmp_path)] == ["a"]


def test_follow_links_must_be_a_bool(tmp_path):
    (tmp_path / "a.txt").write_text(LINKED, encoding="utf-8")
    with pytest.raises(TypeError, match="follow_links value = 'no' is invalid; use True or False"):
        read_corpus(tmp_path, follow_links="no")


def test_symlink_inside_the_corpus_folder_is_read(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    assert sorted(i.id for i in read_corpus(tmp_path)) == ["a", "b"]


def test_manifest_paths_are_normalised_and_subfolders_read(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,date,paper\n./a.txt,2023-01-05,平遥报\nsub/c.txt,2023-02-01,平遥报\n",
                                           encoding="utf-8")
    corpus = read_corpus(tmp_path)
    assert {i.id: (i.date, i.meta["paper"]) for i in corpus} == {
        "a": (dt.date(2023, 1, 5), "平遥报"), "c": (dt.date(2023, 2, 1), "平遥报")}


@pytest.mark.parametrize("row, problem", [("../x.txt", "leaves the corpus folder"),
                                          ("/etc/passwd", "absolute path")])
def test_manifest_rows_outside_the_folder_are_errors_naming_the_row(tmp_path, row, problem):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(f"file,date\na.txt,2023-01-05\n{row},2023-01-06\n", encoding="utf-8")
    with pytest.raises(ManifestError, match=rf"manifest.csv, row 3: file '{row}' .*{problem}"):
        read_corpus(tmp_path)


def test_empty_manifest_names_the_file(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "manifest.csv").write_bytes(b"")
    with pytest.raises(ManifestError, match=r"manifest.csv: the manifest is empty"):
        read_corpus(tmp_path)


def test_gbk_manifest_is_read_like_gbk_pages(tmp_path):
    (tmp_path / "a.txt").write_bytes(PAGE.encode("gbk"))
    (tmp_path / "manifest.csv").write_bytes("file,date,paper\na.txt,2023-01-05,平遥报\n".encode("gbk"))
    (issue,) = read_corpus(tmp_path)
    assert issue.meta["paper"] == "平遥报" and issue.date == dt.date(2023, 1, 5)


@pytest.mark.parametrize("bad", [None, 3, b"pages"])
def test_read_corpus_names_the_path_parameter(bad):
    with pytest.raises(TypeError, match="path must be a folder"):
        read_corpus(bad)


TRAD = "本報訊 近日，平遙縣岳壁鄉梁村推進鄉村振興。縣委召開全體會議，傳達學習全國兩會精神。\n"


def test_big5_page_is_detected_not_read_as_gb18030_mojibake(tmp_path):
    assert decode_bytes(TRAD.encode("big5"), source="tw.txt") == (TRAD, "big5")
    (tmp_path / "tw.txt").write_bytes(TRAD.encode("big5"))
    (issue,) = read_corpus(tmp_path)
    assert issue.meta["encoding"] == "big5" and "平遙縣" in issue.raw


def test_gbk_page_stays_gb18030():
    assert decode_bytes(PAGE.encode("gbk"))[1] == "gb18030"


def test_text_of_rare_code_points_warns_naming_the_file(tmp_path):
    (tmp_path / "odd.txt").write_text("".join(chr(0xE000 + k) for k in range(200)) + "。\n", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"odd.txt: .*private-use"):
        read_corpus(tmp_path)


def test_utf8_file_full_of_nuls_is_refused_naming_the_file(tmp_path):
    tar_like = b"pages/a.txt" + b"\x00" * 500 + "本报讯".encode() + b"\x00" * 500
    tar_like.decode("utf-8")  # valid UTF-8, still not text
    (tmp_path / "archive.txt").write_bytes(tar_like)
    with pytest.raises(CorpusReadError, match=r"archive.txt: not a text file: .*NUL byte at byte offset 11"):
        read_corpus(tmp_path)


def test_zero_width_characters_are_removed_and_recorded_as_repairs(tmp_path):
    raw = "古城迎来新高峰\n\n本报讯 春节期间，平遥古\u200b城接待游客\ufeff十二万人次，古\u200d城\u2060旅游收入增长。\n"
    (tmp_path / "a.txt").write_text(raw, encoding="utf-8")
    (issue,) = read_corpus(tmp_path)
    text = issue.articles[0].text
    assert "古城接待游客十二万人次，古城旅游" in text
    assert not any(ch in text for ch in "\u200b\u200c\u200d\ufeff\u2060")
    fmt = [r for r in issue.repairs if r.kind == "format"]
    assert [r.removed for r in fmt] == ["\u200b", "\ufeff", "\u200d", "\u2060"]
    assert all(issue.raw[r.start:r.end] == r.removed for r in fmt)  # offsets into the raw page kept
    from corpus_tools.layout import check_no_loss

    assert check_no_loss(issue.raw, issue.layout) == []


def test_format_character_class_is_unicode_category_cf():
    import sys
    import unicodedata

    from corpus_tools.reading import FORMAT_CHARS_RE

    cf = [chr(cp) for cp in range(sys.maxunicode + 1) if unicodedata.category(chr(cp)) == "Cf"]
    assert all(FORMAT_CHARS_RE.fullmatch(ch) for ch in cf)
    assert not FORMAT_CHARS_RE.search("古城 \t\n，。ＡＢ１２")


@pytest.mark.parametrize("page, expected", [
    ("桑干河报\n2023年9月15日 星期五 第2版\n要闻\n本报讯 …", dt.date(2023, 9, 15)),
    ("2021年 3月 8日　星期一\n县委召开常委会议", dt.date(2021, 3, 8)),
    ("第1234期 2020年12月1日 A3版", dt.date(2020, 12, 1)),
    ("2023年1月5日，县委召开常委会议，研究部署冬春农田水利建设。", None),   # a body sentence
    ("要闻\n县委召开常委会议\n本报讯\n2022年5月4日 星期三", None),             # not among the first lines
    ("2023年2月30日 星期四", None),                                           # no such day
    ("2023年9月", None),                                                       # not a full date
])
def test_date_from_masthead(page, expected):
    assert date_from_masthead(page) == expected


def test_read_corpus_dates_a_page_by_its_masthead(tmp_path):
    (tmp_path / "p1.txt").write_text("山乡日报\n2024年6月12日 星期三\n\n本报讯 县里召开会议。\n\n县里召开会议\n",
                                     encoding="utf-8")
    (tmp_path / "2024-06-13_p1.txt").write_text("2024年6月12日 星期三\n\n本报讯 又开会。\n", encoding="utf-8")
    corpus = read_corpus(tmp_path)
    by_id = {i.id: i for i in corpus.issues}
    assert by_id["p1"].date == dt.date(2024, 6, 12)
    assert by_id["p1"].meta["date_source"] == "page"
    assert by_id["2024-06-13_p1"].date == dt.date(2024, 6, 13)       # the file name wins over the page
    assert by_id["2024-06-13_p1"].meta["date_source"] == "file name"


def test_issues_frame_says_where_dates_come_from(tmp_path):
    (tmp_path / "2024-06-13_p1.txt").write_text("本报讯 县里召开会议。\n", encoding="utf-8")
    (tmp_path / "p2.txt").write_text("本报讯 县里召开会议。\n", encoding="utf-8")
    df = read_corpus(tmp_path).issues_frame().set_index("issue_id")
    assert df.loc["2024-06-13_p1", ["date_source", "date_precision"]].tolist() == ["file name", "day"]
    assert pd.isna(df.loc["p2", "date_source"]) and pd.isna(df.loc["p2", "date"])


def _date_folders(root):
    """Pages of 今日仙居 kept as a user keeps them: one folder per date, page1.txt and page3.txt in each."""
    page = "今日仙居　　{d}\n第{n}版　综合\n\n{town}开展安全生产大检查\n　　近日，{town}组织干部群众开展安全生产检查，排查隐患十二处。\n"
    rows = []
    for d, n, town in (("2020-05-15", 1, "皤滩乡"), ("2020-05-15", 3, "淡竹乡"), ("2022-03-07", 1, "田市镇")):
        (root / d).mkdir(parents=True, exist_ok=True)
        (root / d / f"page{n}.txt").write_text(page.format(d=d, n=n, town=town), encoding="utf-8")
        rows.append(f"{d},{n},{d}/page{n}.txt")
    return rows


def test_pages_in_date_folders_get_ids_from_their_paths(tmp_path):
    """user20: page1.txt in every date folder; the stems collide, so ids come from the path."""
    _date_folders(tmp_path)
    corpus = read_corpus(tmp_path, pattern="**/*.txt")
    assert [i.id for i in corpus.issues] == ["2020-05-15_page1", "2020-05-15_page3", "2022-03-07_page1"]
    files = sorted(tmp_path.rglob("*.txt"))  # a list of files: the same ids
    assert [i.id for i in read_corpus(files).issues] == [i.id for i in corpus.issues]


def test_a_manifest_listing_pages_in_sub_folders_is_enough(tmp_path):
    """user20: the user's manifest (date,page,file) names 2020-05-15/page1.txt …; the folder itself holds
    no *.txt, which raised 'no files matching'; the stems collided as ids ('page1' three times)."""
    rows = _date_folders(tmp_path)
    (tmp_path / "manifest.csv").write_text("date,page,file\n" + "\n".join(rows) + "\n", encoding="utf-8")
    corpus = read_corpus(tmp_path)
    assert [i.id for i in corpus.issues] == ["2020-05-15_page1", "2020-05-15_page3", "2022-03-07_page1"]
    assert [str(i.date) for i in corpus.issues] == ["2020-05-15", "2020-05-15", "2022-03-07"]
    assert corpus.issues[1].meta["page"] == "3"


def test_no_page_at_the_top_says_where_the_pages_are(tmp_path):
    _date_folders(tmp_path)
    with pytest.raises(CorpusReadError, match=r"sub-folders hold 3 \(read them with pattern='\*\*/\*\.txt', on the "
                                              r"command line --pattern '\*\*/\*\.txt' in quotes\)"):
        read_corpus(tmp_path)


def test_errors_skip_skips_a_manifest_row_naming_a_missing_file(tmp_path):
    """user20 #4: --errors skip still stopped on a manifest row naming a missing page."""
    rows = _date_folders(tmp_path)
    rows.append("2023-04-11,1,2023-04-11/page1.txt")  # listed, never downloaded
    (tmp_path / "manifest.csv").write_text("date,page,file\n" + "\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(ManifestError, match="do not exist"):
        read_corpus(tmp_path)
    with pytest.warns(UserWarning, match=r"skipped: .*2023-04-11/page1\.txt: listed in .*manifest\.csv but no such file"):
        corpus = read_corpus(tmp_path, errors="skip")
    assert len(corpus) == 3


def test_two_papers_folders_read_into_one_corpus(tmp_path):
    """user20 #4: two papers, two folders, one corpus (each folder with its own manifest)."""
    xianju, pengxi = tmp_path / "xianju", tmp_path / "pengxi"
    rows = _date_folders(xianju)
    (xianju / "manifest.csv").write_text("date,page,file\n" + "\n".join(rows) + "\n", encoding="utf-8")
    pengxi.mkdir()
    (pengxi / "page1.txt").write_text("第01版　蓬溪报　要闻　2023年6月8日　星期四\n\n天福镇开展防汛应急演练\n"
                                      "　　6月7日，天福镇组织干部群众开展防汛应急演练。\n", encoding="utf-8")
    corpus = read_corpus([xianju, pengxi])
    assert len(corpus) == 4 and len({i.id for i in corpus.issues}) == 4
    assert "2023-06-08" in {str(i.date) for i in corpus.issues}
    with pytest.raises(ValueError, match="manifest.csv in each"):
        read_corpus([xianju, pengxi], manifest=xianju / "manifest.csv")


def test_warnings_of_reading_name_the_users_line(tmp_path):
    """review21: a warning raised while reading several folders named loaders.py (one frame per folder too
    deep); it names this file and the line of the call, as for one folder and for read_page itself."""
    import inspect
    import warnings

    from corpus_tools.reading import read_page

    for name, text in (("meitan", ""), ("anji", "notes on the scans\n")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "p1.txt").write_text(text, encoding="utf-8")
    (tmp_path / "youxian").mkdir()
    (tmp_path / "youxian" / "2022-03-15_p2.txt").write_text("2022年3月16日 星期三 第2版\n\n" + PAGE, encoding="utf-8")
    (tmp_path / "scan").mkdir()
    (tmp_path / "scan" / "p1.txt").write_bytes(bytes(range(256)) * 8)  # binary: skipped
    (tmp_path / "scan" / "p2.txt").write_text(PAGE, encoding="utf-8")
    calls = {"several folders": lambda: read_corpus([tmp_path / "meitan", tmp_path / "anji"]),
             "one folder": lambda: read_corpus(tmp_path / "anji"),
             "skipped": lambda: read_corpus([tmp_path / "meitan", tmp_path / "scan"], errors="skip"),
             "read_page": lambda: read_page(tmp_path / "anji" / "p1.txt"),
             "dates disagree": lambda: read_corpus([tmp_path / "meitan", tmp_path / "youxian"]),
             "county given": lambda: read_corpus([tmp_path / "scan", tmp_path / "youxian"], county="仙居县",
                                                 errors="skip")}
    for what, call in calls.items():
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            call()
        assert caught, what
        assert what != "dates disagree" or any("date line" in str(w.message) for w in caught)
        assert what != "county given" or any("county='仙居县'" in str(w.message) for w in caught)
        line = inspect.getsourcelines(call)[1]
        assert {(w.filename, w.lineno) for w in caught} == {(__file__, line)}, what


def test_two_papers_ids_stay_short(tmp_path):
    """mend20 left ids like pengxi_pengxi_01 when the papers sit in sub-folders of one folder; and page1.txt in
    both papers' folders must stay apart without renaming the ids the other pages already had."""
    _date_folders(tmp_path / "xianju")
    (tmp_path / "pengxi").mkdir()
    for name in ("pengxi_01.txt", "page1.txt"):
        (tmp_path / "pengxi" / name).write_text("第01版　蓬溪报　要闻　2023年6月8日　星期四\n\n天福镇开展防汛应急演练\n"
                                                "　　6月7日，天福镇组织干部群众开展防汛应急演练。\n", encoding="utf-8")
    one = read_corpus(tmp_path, pattern="**/*.txt")
    assert sorted(i.id for i in one.issues) == ["2020-05-15_page1", "2020-05-15_page3", "2022-03-07_page1",
                                                "pengxi_01", "pengxi_page1"]
    (tmp_path / "xianju" / "page1.txt").write_text((tmp_path / "pengxi" / "page1.txt").read_text(encoding="utf-8"),
                                                   encoding="utf-8")
    two = read_corpus([tmp_path / "xianju", tmp_path / "pengxi"], pattern="**/*.txt")
    assert sorted(i.id for i in two.issues) == ["2020-05-15_page1", "2020-05-15_page3", "2022-03-07_page1",
                                                "pengxi_01", "pengxi_page1", "xianju_page1"]


def test_unique_ids_add_folders_only_where_a_folder_needs_them():
    from corpus_tools.reading import unique_ids

    assert unique_ids(["b/x/page1.txt", "a/x/page1.txt", "a/y.txt"]) == ["b_x_page1", "a_x_page1", "y"]
    assert unique_ids(["a/p1.txt", "a/p1.txt"]) == ["a_p1", "a_p1_2"]  # the same path twice: numbered


def test_a_manifest_date_without_date_precision_is_as_precise_as_it_is_written(tmp_path):
    """user20 #12: manifest dates had date_precision None (page-line dates had 'day'); a manifest date
    written 2023-12 was then shown as 2023-12-01."""
    rows = _date_folders(tmp_path)
    rows[2] = rows[2].replace("2022-03-07,", "2022-03,", 1)
    (tmp_path / "manifest.csv").write_text("date,page,file\n" + "\n".join(rows) + "\n", encoding="utf-8")
    frame = read_corpus(tmp_path).issues_frame().set_index("issue_id")
    assert frame["date_precision"].tolist() == ["day", "day", "month"]


def test_a_file_without_chinese_text_is_read_with_a_warning(tmp_path):
    """user20 #6: a README.txt in the pages folder became an issue without a word."""
    _date_folders(tmp_path)
    (tmp_path / "2020-05-15" / "README.txt").write_text("These pages were extracted from the PDF archive.\n",
                                                        encoding="utf-8")
    with pytest.warns(UserWarning, match=r"README\.txt: holds no Chinese character"):
        corpus = read_corpus(tmp_path, pattern="**/*.txt")
    assert len(corpus) == 4


def test_pages_the_manifest_does_not_list_are_read_with_a_note(tmp_path):
    """user20 #12: a manifest listing only some files: the others were read without a word."""
    rows = _date_folders(tmp_path)
    (tmp_path / "manifest.csv").write_text("date,page,file\n" + "\n".join(rows[:2]) + "\n", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"1 page file\(s\) are not in the manifest .*: page1\.txt"):
        corpus = read_corpus(tmp_path, pattern="**/*.txt")
    assert len(corpus) == 3


def test_a_sub_folders_manifest_is_used_with_a_recursive_pattern(tmp_path):
    # user23 F9: read_corpus(parent, pattern="**/*.txt") read a sub-folder's pages undated and without
    # their paper although the sub-folder's manifest.csv gave both
    import warnings

    from corpus_tools import read_corpus

    (tmp_path / "pengxi").mkdir()
    (tmp_path / "pengxi" / "page01.txt").write_text("第1版　要闻\n\n天福镇推进乡村振兴\n　　本报讯 天福镇全面推进乡村振兴。\n",
                                                  encoding="utf-8")
    (tmp_path / "pengxi" / "manifest.csv").write_text("file,date,paper\npage01.txt,2023-06-08,蓬溪报\n", encoding="utf-8")
    (tmp_path / "xianju").mkdir()
    (tmp_path / "xianju" / "2021-06-14_p1.txt").write_text("今日仙居\n\n田市镇推进共同富裕\n　　本报讯 田市镇扎实推动共同富裕。\n",
                                                         encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = read_corpus(tmp_path, pattern="**/*.txt")
    issues = corpus.issues_frame(infer_county=False).set_index("issue_id")
    assert str(issues.loc["page01", "date"]) == "2023-06-08" and issues.loc["page01", "paper"] == "蓬溪报"
    assert not [w for w in caught if "manifest" in str(w.message)]



def test_a_manifest_above_the_pages_folder_is_used_with_a_recursive_pattern(tmp_path):
    # review of round 23: papers/linquan/manifest.csv listing d1/page1.txt was not used (only the page's own
    # folder was looked at): the page was read as d1_page1 without a date
    from corpus_tools import read_corpus

    (tmp_path / "linquan" / "d1").mkdir(parents=True)
    (tmp_path / "linquan" / "d1" / "page1.txt").write_text("第1版　要闻\n\n杨桥镇推进乡村振兴\n　　本报讯 杨桥镇全面推进乡村振兴。\n",
                                                         encoding="utf-8")
    (tmp_path / "linquan" / "manifest.csv").write_text("file,date,paper\nd1/page1.txt,2023-06-08,临泉报\n",
                                                       encoding="utf-8")
    issues = read_corpus(tmp_path, pattern="**/*.txt").issues_frame(infer_county=False).set_index("issue_id")
    assert issues.index.tolist() == ["page1"]
    assert str(issues.loc["page1", "date"]) == "2023-06-08" and issues.loc["page1", "paper"] == "临泉报"

def test_sub_folders_left_unread_by_a_flat_pattern_are_named(tmp_path):
    # user23 F9: reading the parent folder read one stray text file and said nothing of three sub-folders of pages
    from corpus_tools import read_corpus

    (tmp_path / "notes.txt").write_text("田市镇推进共同富裕\n　　本报讯 田市镇扎实推动共同富裕。\n", encoding="utf-8")
    (tmp_path / "pengxi").mkdir()
    (tmp_path / "pengxi" / "2023-06-08_p1.txt").write_text("天福镇推进乡村振兴\n　　本报讯 天福镇全面推进乡村振兴。\n",
                                                         encoding="utf-8")
    with pytest.warns(UserWarning, match=r"1 sub-folder\(s\) of .* hold page files that are not read \(pengxi\)"):
        read_corpus(tmp_path)


def test_misspelt_manifest_column_is_an_error_naming_it(tmp_path):
    """user25 F6: `file,paper,data` was read silently and the pages were left undated."""
    (tmp_path / "page1.txt").write_text("田市镇开展培训\n本报讯 近日，田市镇举办培训班。\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,paper,data\npage1.txt,今日仙居,2004-05-01\n", encoding="utf-8")
    with pytest.raises(ManifestError, match=r"unknown column 'data' \(known columns: file, .*date.*did you mean 'date'"):
        read_corpus(tmp_path)


def test_manifest_column_of_ones_own_is_kept(tmp_path):
    (tmp_path / "page1.txt").write_text("田市镇开展培训\n本报讯 近日，田市镇举办培训班。\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,date,edition\npage1.txt,2004-05-01,A\n", encoding="utf-8")
    assert read_corpus(tmp_path).issues[0].meta["edition"] == "A"


def test_upper_case_extension_is_read(tmp_path):
    """user25: pages saved as PJ_2003-07-25.TXT by a Windows tool; `*.txt` found none on Linux."""
    (tmp_path / "XJ_2004-05-01.TXT").write_text("田市镇开展培训\n本报讯 近日，田市镇举办培训班。\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a page", encoding="utf-8")
    c = read_corpus(tmp_path)
    assert [i.id for i in c.issues] == ["XJ_2004-05-01"] and str(c.issues[0].date) == "2004-05-01"


def test_a_tab_separated_manifest_with_a_bom_is_read(tmp_path):
    # user26 F6: a manifest saved tab-separated (and with a BOM) read as such, not as one column 'file\tpaper\tdate'
    from corpus_tools.reading import read_manifest

    (tmp_path / "dongtai_2008.txt").write_text("东台日报\n标题\n　　本报讯 正文。\n", encoding="utf-8")
    m = tmp_path / "manifest.tsv"
    m.write_text("\ufefffile\tpaper\tdate\ndongtai_2008.txt\t东台日报\t2008-05-04\n", encoding="utf-8")
    df = read_manifest(m)
    assert df.loc["dongtai_2008.txt", ["paper", "date"]].astype(str).tolist() == ["东台日报", "2008-05-04"]
