"""user32 (a formula scholar's county paper, 1998-2024): provincial formulae in the shipped lexicon (F1), a user's row
absorbing an older namesake (F2), a marked head and its formula counted once (F3), “双百”工程 (F4), a GBK user
lexicon (F6). Inline fixtures written for these tests."""

import datetime as dt
import sys
import warnings
from pathlib import Path

import pytest

import corpus_tools as ct
from corpus_tools.slogans.formulae import find_formulae, load_formula_lexicon
from corpus_tools.slogans.headmarks import inside_known, mark_formula_heads
from corpus_tools.slogans.roundcount import round_count_formula

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training" / "slogans"))

import provincial_formulae  # noqa: E402


def _corpus(tmp_path, pages):
    for name, body in pages.items():
        (tmp_path / f"{name}.txt").write_text(f"县报\n\n要闻\n\n本报讯 {body}\n", encoding="utf-8")
    return ct.read_corpus(tmp_path)


# ---------------------------------------------------------------- F1: provincial coverage
def test_shipped_lexicon_covers_several_provinces_with_dated_sources():
    lex = load_formula_lexicon()
    prov = lex[lex["level"] == "provincial"]
    assert prov["region"].nunique() >= 17
    for region in ("河南", "天津", "云南", "陕西", "山西", "贵州"):
        rows = prov[prov["region"] == region]
        assert len(rows), region
        assert (rows["source"].str.len() > 0).all()


@pytest.mark.parametrize("text, date, formula", [
    ("加快工业化、城镇化，推进农业现代化，实现中原崛起", dt.date(2005, 1, 1), "中原崛起"),
    ("奋力谱写新时代中原更加出彩的绚丽篇章", dt.date(2020, 3, 1), "中原更加出彩"),
    ("持续打好四张牌，推动经济转型", dt.date(2016, 3, 1), "四张牌"),
    ("开展村庄清洁行动，推进三清一改", dt.date(2019, 3, 1), "三清一改"),
])
def test_provincial_and_national_rows_are_found_in_their_era(text, date, formula):
    assert formula in [m.formula for m in find_formulae(text, date=date)]


def test_a_1998_page_finds_none_of_the_later_provincial_formulae():
    text = "全省上下要加快中原崛起，推进三化协调，建设中原经济区，打好四张牌。"
    assert find_formulae(text, date=dt.date(1998, 5, 1)) == []


def test_national_two_ensures_of_1998_is_found_in_1998():
    found = find_formulae("认真落实“两个确保”，保障下岗职工基本生活", date=dt.date(1998, 8, 1))
    assert [m.formula for m in found] == ["两个确保"]


def test_miner_ties_a_phrase_to_the_province_its_paragraphs_name():
    prov = {"河南": ("河南", "河南省", "中原"), "湖南": ("湖南", "湖南省", "三湘")}
    paras = [("2019-10-01", "河南省委要求打好“四张牌”。"), ("2019-10-02", "河南持续打好“四张牌”，推动发展。"),
             ("2019-10-03", "中原大地：“四张牌”越打越响。"), ("2019-10-04", "湖南推进“放管服”改革。"),
             ("2019-10-05", "河南深化“放管服”改革。")]
    stats = provincial_formulae.mine(paras, prov)
    assert stats["四张牌"]["n"] == 3 and stats["四张牌"]["by"]["河南"] == 3 and stats["四张牌"]["q"] == 3
    assert stats["四张牌"]["first"] == "2019-10-01"
    assert stats["放管服"]["by"]["河南"] == 1 and stats["放管服"]["by"]["湖南"] == 1


# ---------------------------------------------------------------- F2: a user's row and an older namesake
def test_user_row_of_another_era_warns_at_load_and_in_the_table(tmp_path):
    corpus = _corpus(tmp_path, {"1999-05-01_p1": "认真落实“两个确保”，保障下岗职工基本生活。",
                                "2022-05-01_p1": "锚定“两个确保”，奋勇争先。"})
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        mine = load_formula_lexicon(extra=[{"text": "两个确保", "kind": "numbered", "year": 2021,
                                            "level": "provincial", "region": "河南"}])
        ct.extract_slogans(corpus, formulae=mine)
    msgs = [str(x.message) for x in w]
    assert any("1998" in m and "2021" in m and "different formula" in m for m in msgs)
    assert any("'两个确保' (2021) is printed 1 times in 1 issues 1999–1999" in m for m in msgs)


def test_user_row_printed_only_in_its_era_does_not_warn(tmp_path):
    corpus = _corpus(tmp_path, {"2023-05-01_p1": "推进“五个射阳”建设。"})
    mine = load_formula_lexicon(extra=[{"text": "五个射阳", "kind": "numbered", "year": 2023}])
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        ct.extract_slogans(corpus, formulae=mine)
    assert not [x for x in w if "before its year" in str(x.message)]


# ---------------------------------------------------------------- F3: one mention, one row
def test_marked_head_of_a_formula_is_one_row(tmp_path):
    corpus = _corpus(tmp_path, {"2023-03-01_p1": "全县深入开展“五星”支部创建，推动“五星”支部创建走深走实。"})
    sl = ct.extract_slogans(corpus).set_index("text")
    assert "五星" not in sl.index
    assert sl.loc["五星支部", "source"] == "both" and sl.loc["五星支部", "count"] == 2
    assert sl.loc["五星支部", "kind"] == "numbered"


def test_marked_mention_outside_the_formula_keeps_its_row():
    assert inside_known(5, 7, "五星", [(5, 12, "五星支部")])
    assert not inside_known(5, 12, "五星支部", [(5, 12, "五星支部")])
    rows = {"三零": {"source": "marked", "kind": "numbered"}, "平安建设": {"source": "lexicon", "kind": "quoted"}}
    assert mark_formula_heads(rows, {"平安建设": "平安建设"}) == []


# ---------------------------------------------------------------- F4: a numeral and a round number
@pytest.mark.parametrize("text, found", [
    ("县委书记强调，要深入实施“双百”工程，推动各项工作。", "双百"),
    ("开展“双千”活动", "双千"),
    ("全面实施“三百”工程", "三百"),
    ("捐款“三百”元", None),
    ("“七一”前夕，慰问老党员", None),
])
def test_round_count_formulae(text, found):
    texts = [m.text for m in ct.find_slogans(text)]
    assert (found in texts) if found else texts == []


def test_round_count_rule_needs_a_programme_head_unless_shuang():
    assert round_count_formula("双万", "")
    assert not round_count_formula("两千", "多人")
    assert round_count_formula("两千", "目标")


# ---------------------------------------------------------------- F6: a GBK user lexicon
def test_gbk_user_lexicon_is_read_with_a_warning_naming_the_file(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_bytes("text\tkind\tyear\n县域振兴\tquoted\t2003\n".encode("gbk"))
    with pytest.warns(UserWarning, match=r"mine\.tsv: not UTF-8 \(byte 0x"):
        lex = load_formula_lexicon(extra=path)
    assert "县域振兴" in set(lex["text"])


def test_binary_user_lexicon_raises_naming_the_file(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_bytes(b"\x00\xff\xfe\x00" * 50)
    with pytest.raises(ValueError, match=r"mine\.tsv: not UTF-8"):
        load_formula_lexicon(extra=path)


# ---------------------------------------------------------------- F8, F15, F7, F14
def test_numbered_name_and_its_series_keep_the_numbered_kind(tmp_path):
    corpus = _corpus(tmp_path, {"1999-03-01_p1": "全县深入开展“三讲”教育，坚持“讲学习、讲政治、讲正气”。",
                                "1999-04-01_p1": "“三讲”教育扎实推进，“讲学习、讲政治、讲正气”深入人心。"})
    row = ct.extract_slogans(corpus).set_index("text").loc["三讲"]
    assert row["kind"] == "numbered" and row["source"] == "both" and row["count"] == 4


def test_report_counts_shipped_and_user_rows_apart():
    from corpus_tools.report.slogans import formulae_count_words
    n = len(load_formula_lexicon())
    lex = load_formula_lexicon(extra=[{"text": "五个射阳", "year": 2023}])
    words = formulae_count_words(lex, "mine.tsv")
    assert words.startswith(f"the {n} official formulae of the shipped lexicon and 1 rows of mine.tsv (1 new")


def test_keyness_keeps_the_items_of_a_marked_series_whole(tmp_path):
    from corpus_tools.keywords import TermFilter
    body = "全县坚持“以工兴县、以农稳县、以商活县”发展思路。" * 3
    corpus = _corpus(tmp_path, {"2000-03-09_p1": body, "2020-03-09_p1": "全县推动高质量发展。会议要求，推动高质量发展。"})
    early = corpus.filter(date=lambda d: d.year == 2000)
    late = corpus.filter(date=lambda d: d.year == 2020)
    terms = set(ct.keyness(early, late, term_filter=TermFilter(phrases=("formulae", "places", "marked")),
                           max_p=1)["term"])
    assert {"以工兴县", "以农稳县", "以商活县"} <= terms
    assert not {"工兴县", "农稳县", "商活县"} & terms


def test_timeline_markers_are_not_clipped(tmp_path):
    import matplotlib
    matplotlib.use("Agg")
    corpus = _corpus(tmp_path, {"2019-03-01_p1": "推进“三清一改”。", "2024-03-01_p1": "深化“三清一改”。"})
    ax = ct.plot_slogan_timeline(ct.extract_slogans(corpus))
    assert ax.collections and all(not c.get_clip_on() for c in ax.collections if c.get_offsets().shape[0] == 2)
