"""Tests of the known-formula layer (corpus_tools.slogans.formulae) and of the two-layer tables."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from corpus_tools.corpus import Corpus, Issue

from corpus_tools.loaders import load_seeds
from corpus_tools.slogans import (LAYERS, MENTION_COLUMNS, SLOGAN_COLUMNS, TREND_COLUMNS, extract_slogans,
                                  find_formulae, find_slogans, load_formula_lexicon, slogan_mentions,
                                  slogan_trends)
from corpus_tools.slogans.core import compact_with_map, slogan_key
from corpus_tools.slogans.formulae import FORMULA_COLUMNS, YEAR_TOLERANCE, FormulaMatcher
from corpus_tools.slogans.printed import banner_lines


@pytest.fixture(scope="module")
def seeds():
    return load_seeds()


@pytest.fixture(scope="module")
def lexicon():
    return load_formula_lexicon()


# ----------------------------------------------------------------------------- the lexicon

def test_lexicon_is_large_dated_and_sourced(lexicon):
    assert list(lexicon.columns) == FORMULA_COLUMNS
    assert len(lexicon) >= 120
    assert lexicon["text"].is_unique
    dated = lexicon[lexicon["year"].notna()]
    assert len(dated) >= 100
    assert dated["year"].between(1940, 2024).all()
    # every dated entry says where its year comes from
    assert (dated["source"].str.len() > 0).all()
    assert set(lexicon["level"]) <= {"national", "provincial", "municipal", "county"}


@pytest.mark.parametrize("text, year", [
    ("三个代表", 2000), ("科学发展观", 2003), ("和谐社会", 2004), ("八荣八耻", 2006), ("中国梦", 2012),
    ("四个全面", 2014), ("两学一做", 2016), ("不忘初心、牢记使命", 2017), ("两不愁三保障", 2011),
    ("脱贫攻坚", 2015), ("两个确立", 2021), ("高质量发展", 2017), ("中国式现代化", 2021),
    ("千万工程", 2003), ("五位一体", 2012), ("新发展理念", 2015), ("精准扶贫", 2013),
    ("供给侧结构性改革", 2015), ("放管服", 2015), ("六稳六保", 2020), ("乡村振兴", 2017),
])
def test_issue_formulae_are_in_the_lexicon_with_their_year(lexicon, text, year):
    assert int(lexicon.set_index("text").loc[text, "year"]) == year


@pytest.mark.parametrize("text, printed, year", [
    # 2012-2019 formulae People's Daily 2019-2020 prints that the lexicon lacked (slogan30 round; counts by
    # training/slogans/formula_era_counts.py: 38, 10, 61, 5, 3, 70, 19 and 10 mentions)
    ("守初心、担使命、找差距、抓落实", "开展守初心 担使命 找差距 抓落实专题学习", 2019),
    ("房子是用来住的、不是用来炒的", "坚持房子是用来住的，不是用来炒的定位", 2016),
    ("创新驱动发展战略", "深入实施创新驱动发展战略", 2012),
    ("老虎苍蝇一起打", "坚持“老虎”“苍蝇”一起打", 2013),
    ("把权力关进制度的笼子", "把权力关进制度的笼子里", 2013),
    ("人民对美好生活的向往", "人民对美好生活的向往，就是我们的奋斗目标", 2012),
    ("扶贫同扶志扶智相结合", "注重扶贫同扶志、扶智相结合", 2017),
    ("四个最严", "落实“四个最严”要求", 2013),
])
def test_formulae_of_2012_2019_are_counted_with_a_source(lexicon, text, printed, year):
    row = lexicon.set_index("text").loc[text]
    assert int(row["year"]) == year and row["source"]
    assert [m.formula for m in find_formulae(printed, date=f"{year + 1}-01-01")] == [text]


def test_whole_process_democracy_dates_from_2021(lexicon):
    # the 2019 remark was “人民民主是一种全过程的民主”; the crawl of 2019-10..2020-05 never prints the formula
    assert int(lexicon.set_index("text").loc["全过程人民民主", "year"]) == 2021
    assert find_formulae("发展全过程人民民主", date="2019-11-05") == []


def test_six_guarantees_not_in_a_saturday():
    # People's Daily 2019-02-11: “星期六保证不休息，星期天不保证休息”
    assert find_formulae("“星期六保证不休息，星期天不保证休息”", date="2020-06-01") == []
    assert [m.formula for m in find_formulae("落实“六保”任务", date="2020-06-01")] == ["六保"]


def test_four_good_rural_roads_group_under_the_papers_wording(lexicon):
    rows = lexicon.set_index("text")
    assert rows.loc["四好农村公路", "group"] == "四好农村路" and rows.loc["四好农村路", "group"] == ""


def test_the_standard_phrase_of_eight_honours_is_one_mention():
    # user21 F6: 以“八荣八耻”为主要内容的社会主义荣辱观 names the formula once
    assert [m.formula for m in find_formulae("坚持以“八荣八耻”为主要内容的社会主义荣辱观", date="2008-04-13")] == ["八荣八耻"]
    assert [m.formula for m in find_formulae("树立社会主义荣辱观", date="2008-04-13")] == ["八荣八耻"]


def test_the_mass_line_is_counted_beside_its_campaign(lexicon):
    # user21 F4: 2013-2014 county papers print 坚持群众路线 beside the campaign; the campaign's row groups under it
    text = "始终坚持群众路线，深入开展党的群众路线教育实践活动"
    assert [m.formula for m in find_formulae(text, date="2013-06-01")] == ["群众路线", "群众路线教育实践活动"]
    rows = lexicon.set_index("text")
    assert rows.loc["群众路线教育实践活动", "group"] == "群众路线" and pd.isna(rows.loc["群众路线", "year"])


def test_two_upholds_has_no_invented_year(lexicon):
    row = lexicon.set_index("text").loc["两个维护"]
    assert pd.isna(row["year"]) and "坚决做到两个维护" in row["variants"].split("|")


def test_variants_of_rural_revitalisation(lexicon):
    rows = lexicon.set_index("text")
    assert "乡村振兴战略" in rows.loc["乡村振兴", "variants"].split("|")
    # 乡村全面振兴 is a wording with its own row, grouped under 乡村振兴
    assert rows.loc["乡村全面振兴", "group"] == "乡村振兴" and rows.loc["乡村振兴", "group"] == ""


def test_group_must_name_a_canonical_entry(tmp_path):
    def write(rows: str):
        path = tmp_path / "f.tsv"
        path.write_text("text\tkind\tgroup\n" + rows, encoding="utf-8")
        return path
    with pytest.raises(ValueError, match="not an entry"):
        load_formula_lexicon(write("甲乙丙\tquoted\t丁戊\n"))
    with pytest.raises(ValueError, match="itself a variant row"):
        load_formula_lexicon(write("甲乙\tquoted\t\n甲乙丙\tquoted\t甲乙\n甲乙丁\tquoted\t甲乙丙\n"))
    with pytest.raises(ValueError, match="names itself"):
        load_formula_lexicon(write("甲乙\tquoted\t甲乙\n"))


def test_variant_row_keeps_printed_name_and_group():
    corpus = Corpus([Issue("p", "振兴之路\n\n本报讯　全县推进乡村全面振兴，实施乡村振兴战略。\n")])
    df = extract_slogans(corpus, layers=("lexicon",)).set_index("text")
    assert df.loc["乡村全面振兴", "group"] == "乡村振兴" and df.loc["乡村全面振兴", "count"] == 1
    assert df.loc["乡村振兴", "group"] == "乡村振兴" and df.loc["乡村振兴", "variants"] == ["乡村振兴战略"]
    m = slogan_mentions(corpus, layers=("lexicon",))
    assert m.groupby("group").size().to_dict() == {"乡村振兴": 2}
    assert sorted(zip(m.text, m.printed_form)) == [("乡村全面振兴", "乡村全面振兴"), ("乡村振兴", "乡村振兴战略")]


def test_a_marked_formula_marks_its_variant_row():
    corpus = Corpus([Issue("p", "枫桥新篇\n\n本报讯　全县坚持和发展新时代“枫桥经验”，化解矛盾纠纷。\n")])
    row = extract_slogans(corpus).set_index("text").loc["新时代枫桥经验"]
    assert (row["group"], row["source"], row["count"]) == ("枫桥经验", "both", 1)


def test_kind_of_an_unmarked_formula_is_its_structure_or_missing():
    # invented page: 共同富裕 quoted once, 乡村振兴 and 两个维护 never
    corpus = Corpus([Issue("p", "共富工坊\n\n本报讯　全县推进乡村振兴，坚决做到两个维护，走好“共同富裕”路。\n")])
    table = extract_slogans(corpus).set_index("text")
    assert pd.isna(table.loc["乡村振兴", "kind"]) and table.loc["乡村振兴", "source"] == "lexicon"
    assert table.loc["两个维护", "kind"] == "numbered"      # a counted formula is numbered, quoted or not
    assert (table.loc["共同富裕", "kind"], table.loc["共同富裕", "source"]) == ("quoted", "both")
    mentions = slogan_mentions(corpus).set_index("text")
    assert pd.isna(mentions.loc["乡村振兴", "kind"]) and not mentions.loc["乡村振兴", "quoted"]


def test_extra_entries_extend_and_override(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("# my county\ntext\tkind\tyear\tlevel\tregion\n三抓三促\tnumbered\t2023\tprovincial\t甘肃\n"
                    "乡村振兴\tquoted\t2018\tnational\t\n", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"mine.tsv, line 4: '乡村振兴' corrects .*year '2017' -> '2018'"):
        lex = load_formula_lexicon(extra=path).set_index("text")
    assert lex.loc["三抓三促", "region"] == "甘肃"
    assert int(lex.loc["乡村振兴", "year"]) == 2018
    assert [m.formula for m in find_formulae("深化“三抓三促”行动", formulae=lex.reset_index())] == ["三抓三促"]


@pytest.mark.parametrize("rows, message", [
    ([{"text": "甲乙", "kind": "slogan"}], "kind"),
    ([{"text": "甲乙", "level": "village"}], "level"),
    ([{"text": "甲乙", "year": "2017年"}], "year"),
    ([{"kind": "quoted"}], "text"),
])
def test_bad_entries_name_the_problem(rows, message):
    with pytest.raises(ValueError, match=message):
        load_formula_lexicon(extra=rows)


def test_missing_file_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="nope.tsv"):
        load_formula_lexicon(tmp_path / "nope.tsv")


# ----------------------------------------------------------------------------- matching

@pytest.mark.parametrize("text, expected", [
    ("坚决做到两个维护", ["两个维护"]),
    ("增强“四个意识”、坚定“四个自信”、做到“两个维护”", ["四个意识", "四个自信", "两个维护"]),
    ("全面推进乡村振兴，实施乡村振兴战略，促进乡村全面振兴", ["乡村振兴", "乡村振兴", "乡村全面振兴"]),
    ("决胜全面建成小康社会", ["全面建成小康社会"]),                 # one mention, longest wins
    ("推进全面依法治国", ["全面依法治国"]),                         # not also 依法治国
    ("发挥对“六稳”“六保”的作用", ["六稳六保"]),                    # quotes deleted before matching
    ("两 个 确 立", ["两个确立"]),                                  # whitespace inside
    ("招聘千万工程师", []),                                        # not inside a longer word
    ("统筹推进产业振兴、人才振兴、文化振兴、生态振兴、组织振兴",
     ["产业振兴、人才振兴、文化振兴、生态振兴、组织振兴"]),
])
def test_find_formulae(text, expected):
    assert [m.formula for m in find_formulae(text)] == expected


def test_offsets_quoted_and_printed_form():
    text = "坚定“四个自信”，推动高质量发展"
    ms = find_formulae(text)
    assert [(m.text, m.quoted, m.source) for m in ms] == [("四个自信", True, "lexicon"),
                                                          ("高质量发展", False, "lexicon")]
    assert all(slogan_key(text[m.start:m.end]) == slogan_key(m.text) for m in ms)


def test_dated_text_drops_later_formulae():
    text = "这“两个结合”的精神气质；代母亲去圆这个中国梦；高举邓小平理论伟大旗帜"
    assert [m.formula for m in find_formulae(text)] == ["两个结合", "中国梦", "邓小平理论"]
    assert [m.formula for m in find_formulae(text, date=dt.date(1998, 1, 5))] == ["邓小平理论"]
    with pytest.raises(ValueError, match="date"):
        find_formulae(text, date="Jan 1998")


def test_digit_forms_do_not_continue_numbers():
    lex = load_formula_lexicon(extra=[{"text": "1252", "kind": "numbered"}])
    assert [m.text for m in find_formulae("落实“1252”举措，编号112520", formulae=lex)] == ["1252"]


# ----------------------------------------------------------------------------- find_slogans, both layers

def test_find_slogans_issue_examples():
    ms = find_slogans("…统筹推进产业振兴、人才振兴、文化振兴、生态振兴、组织振兴…")
    assert any(m.formula == "产业振兴、人才振兴、文化振兴、生态振兴、组织振兴" for m in ms)
    assert [(m.formula, m.kind) for m in find_slogans("坚决做到两个维护")] == [("两个维护", "numbered")]


def test_find_slogans_merges_a_marked_known_formula():
    ms = find_slogans("聚焦省委“五个进一步”要求，推动高质量发展")
    assert [(m.text, m.source) for m in ms] == [("五个进一步", "both"), ("高质量发展", "lexicon")]
    assert [m.source for m in find_slogans("聚焦省委“五个进一步”要求", formulae=False)] == ["marked"]


# ----------------------------------------------------------------------------- done-when: seeds

def _raw_count(corpus, form: str) -> int:
    """The gold's raw count over article parts and the pages' lines outside articles (banners):
    whitespace and quotation marks deleted."""
    n = 0
    for a in corpus.articles:
        for part in [a.text, a.kicker or "", "\n".join(a.captions)]:
            n += compact_with_map(part)[0].count(form)
    return n + sum(compact_with_map(line)[0].count(form) for issue in corpus for line in banner_lines(issue))


@pytest.mark.parametrize("formula", ["乡村振兴", "高质量发展", "两个确立", "两个维护"])
def test_every_mention_of_the_big_formulae_is_counted_on_the_seeds(seeds, formula):
    mentions = slogan_mentions(seeds)
    table = extract_slogans(seeds).set_index("text")
    got = int((mentions["text"] == formula).sum())
    # the one documented overlap: a mention inside a longer *different* lexicon entry counts there
    forms = FormulaMatcher.build(None).forms
    longer = [k for k, entry in forms.items() if formula in k and entry != formula]
    inside_longer = sum(_raw_count(seeds, k) for k in longer)
    assert got == _raw_count(seeds, formula) - inside_longer
    if got:
        assert table.loc[formula, "count"] == got
        assert table.loc[formula, "source"] in ("lexicon", "both")
        assert int(table.loc[formula, "year"]) >= 2017


def test_big_formulae_are_on_the_seeds(seeds):
    table = extract_slogans(seeds).set_index("text")
    assert table.loc["乡村振兴", "count"] >= 17 and table.loc["高质量发展", "count"] >= 13


# ----------------------------------------------------------------------------- tables

def test_table_columns_and_layers(seeds):
    both = extract_slogans(seeds)
    assert list(both.columns) == SLOGAN_COLUMNS
    assert set(both["source"]) == {"marked", "lexicon", "both"}
    marked = extract_slogans(seeds, layers=("marked",))
    lexicon = extract_slogans(seeds, layers=("lexicon",))
    assert set(marked["source"]) == {"marked"} and set(lexicon["source"]) == {"lexicon"}
    # marked slogans keep their counts when the lexicon layer is added
    m = marked.set_index("text")["count"]
    b = both.set_index("text")["count"]
    assert all(b.get(t, 0) >= c for t, c in m.items() if t in b.index)
    assert extract_slogans(seeds, formulae=False).equals(marked)


def test_mentions_have_sentence_and_source(seeds):
    m = slogan_mentions(seeds)
    assert list(m.columns) == MENTION_COLUMNS
    row = m[m.text == "乡村振兴"].iloc[0]
    art = seeds.article(row.article_id)
    assert row.sentence in art.text and "乡村振兴" in row.sentence.replace(" ", "")


def test_trends_show_year_of_introduction_and_first_appearance(seeds):
    t = slogan_trends(seeds, by="issue")
    assert list(t.columns) == TREND_COLUMNS
    rv = t[t.text == "乡村振兴"]
    assert rv["count"].sum() == extract_slogans(seeds).set_index("text").loc["乡村振兴", "count"]
    assert (rv["year"] == 2017).all() and rv["first_date"].notna().all()


def test_layers_are_validated(seeds):
    with pytest.raises(ValueError, match="layers"):
        extract_slogans(seeds, layers=("quoted",))
    with pytest.raises(ValueError, match="layers"):
        slogan_mentions(seeds, layers=())
    assert LAYERS == ("marked", "lexicon")


def test_timeline_marks_the_year_of_introduction(seeds):
    import matplotlib

    matplotlib.use("Agg")
    from corpus_tools.slogans import plot_slogan_timeline

    df = extract_slogans(seeds, layers=("lexicon",))
    ax = plot_slogan_timeline(df, top=5)
    assert "introduced" in ax.get_xlabel()
    # years before the corpus are written at the axis edge (◆2017), the axis stays on the corpus
    xmin = ax.get_xlim()[0]
    assert matplotlib.dates.num2date(xmin).year >= 2022
    shown = df.dropna(subset=["first_date"]).sort_values("count", ascending=False).head(5)
    start = min(shown["first_date"])
    early = {f"◆{int(y)}" for y in shown["year"].dropna() if dt.date(int(y), 1, 1) < start}  # 2017, 2022
    assert early and {t.get_text() for t in ax.texts if t.get_text().startswith("◆")} == early
    inside = {str(int(y)) for y in shown["year"].dropna() if dt.date(int(y), 1, 1) >= start}
    assert {t.get_text() for t in ax.texts if not t.get_text().startswith("◆")} == inside  # each labelled


# ----------------------------------------------------------------------------- done-when: 1998

def _people_daily_1998(path) -> dict[dt.date, str]:
    """Day -> plain text of the PKU-tagged January 1998 People's Daily (tags and brackets removed)."""
    days: dict[dt.date, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        toks = line.split()
        if not toks:
            continue
        day = dt.date(int(toks[0][:4]), int(toks[0][4:6]), int(toks[0][6:8]))
        words = [re.sub(r"/[A-Za-z]+$", "", t.split("]")[0]).lstrip("[") for t in toks[1:]]
        days.setdefault(day, []).append("".join(words))
    return {d: "\n".join(ps) for d, ps in days.items()}


@pytest.mark.parametrize("nested", [False, True])
def test_1998_corpus_finds_that_eras_formulae_and_none_of_the_2010s(data_dir, nested):
    path = data_dir / "people_daily_1998" / "199801.txt"
    if not path.exists():
        pytest.skip(f"{path} not found")
    lex = load_formula_lexicon()
    matcher = FormulaMatcher.build(lex, nested=nested)
    found: Counter = Counter()
    for day, text in _people_daily_1998(path).items():
        found.update(m.formula for m in find_formulae(text, formulae=matcher, date=day))
    years = lex.set_index("text")["year"]
    era = {"邓小平理论", "社会主义市场经济", "一国两制", "依法治国", "科教兴国", "两个根本性转变",
           "三个有利于", "再就业工程", "菜篮子工程", "可持续发展战略", "四项基本原则",
           "三讲", "三下乡", "三步走", "希望工程", "五个一工程", "抓大放小", "一个中心、两个基本点",
           "普九", "两基", "减员增效"}
    assert era <= set(found), sorted(era - set(found))
    # nothing dated after the month's year (and its tolerance) is counted: not the 2010s, nor 三个代表 (2000),
    # 科学发展观 (2003), 和谐社会 (2004), 八荣八耻 (2006)
    later = {f: n for f, n in found.items() if not pd.isna(years[f]) and years[f] > 1998 + YEAR_TOLERANCE}
    assert later == {}
    # formulae without a year that belong to the 2010s are not found either
    assert not {"两个维护", "走在前、作表率", "学习宣传贯彻党的二十大精神"} & set(found)
    # nor any composite formula of 2017-2024, dated or not (they are all of that era)
    composites = set(lex.loc[lex["contains"] != "", "text"])
    assert len(composites) >= 15 and not composites & set(found)


def test_1998_corpus_undated_finds_only_ordinary_words_of_later_formulae(data_dir):
    """The lexicon's forms, not only the year filter, keep later eras out of 1998: read without dates, the
    month prints six words that a formula of 2005-2021 also uses, each in its plain sense (代母亲去圆这个中国梦,
    苏南有关发达县同贫困县“五位一体”挂钩, 西村脱贫攻坚奔小康规划, 这“两个结合”的精神气质 …), and no other
    formula introduced after 1999 (slogan30: counts by ``training/slogans/formula_era_counts.py``)."""
    path = data_dir / "people_daily_1998" / "199801.txt"
    if not path.exists():
        pytest.skip(f"{path} not found")
    lex = load_formula_lexicon()
    years = lex.set_index("text")["year"]
    matcher = FormulaMatcher.build(lex, nested=True)
    found: Counter = Counter()
    for text in _people_daily_1998(path).values():
        found.update(m.formula for m in find_formulae(text, formulae=matcher))
    later = {f: n for f, n in found.items() if not pd.isna(years[f]) and years[f] > 1998 + YEAR_TOLERANCE}
    # 一事一议 (2000, village public works after the tax-and-fee reform) is printed once as "case by case" (笼统、一事一议、
    # 操作复杂的状态)
    assert later == {"社会主义新农村": 2, "生态文明": 1, "中国梦": 1, "五位一体": 2, "脱贫攻坚": 1, "两个结合": 2,
                     "一事一议": 1}
    assert not {"三个代表", "科学发展观", "和谐社会", "八荣八耻", "两个维护", "两个确立"} & set(found)


def test_every_source_value_is_described(seeds):
    from corpus_tools.slogans import SOURCE_DESCRIPTIONS

    assert set(extract_slogans(seeds)["source"]) <= set(SOURCE_DESCRIPTIONS)


# ----------------------------------------------------------------------------- composite formulae (nested)

COMPOSITE_TEXT = ("实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接，全面推进乡村振兴，推动黄河流域生态保护和高质量发展；"
                  "增强“四个意识”、坚定“四个自信”、做到“两个维护”")


def test_composites_are_sourced_and_name_their_parts(lexicon):
    comp = lexicon[lexicon["contains"] != ""].set_index("text")
    assert {"巩固拓展脱贫攻坚成果同乡村振兴有效衔接", "黄河流域生态保护和高质量发展",
            "以中国式现代化全面推进中华民族伟大复兴"} <= set(comp.index)
    assert set(comp.loc["巩固拓展脱贫攻坚成果同乡村振兴有效衔接", "contains"].split("|")) == {"脱贫攻坚", "乡村振兴"}
    dated = comp[comp["year"].notna()]
    assert dated["year"].between(2018, 2024).all() and (dated["source"].str.len() > 0).all()
    texts = set(lexicon["text"])
    assert all(set(c.split("|")) <= texts for c in comp["contains"])


def test_composites_are_left_out_by_default():
    got = [m.formula for m in find_formulae(COMPOSITE_TEXT)]
    assert got == ["脱贫攻坚", "乡村振兴", "乡村振兴", "高质量发展", "四个意识", "四个自信", "两个维护"]
    assert slogan_key("巩固拓展脱贫攻坚成果同乡村振兴有效衔接") not in FormulaMatcher.build(None).entries
    assert slogan_key("巩固拓展脱贫攻坚成果同乡村振兴有效衔接") in FormulaMatcher.build(None, nested=True).entries


def test_nested_counts_the_composite_and_its_parts():
    plain = Counter(m.formula for m in find_formulae(COMPOSITE_TEXT))
    nested = find_formulae(COMPOSITE_TEXT, nested=True)
    got = Counter(m.formula for m in nested)
    # every part keeps its count; each composite is one more mention
    assert all(got[f] == n for f, n in plain.items())
    assert {f: n for f, n in got.items() if f not in plain} == {
        "巩固拓展脱贫攻坚成果同乡村振兴有效衔接": 1, "黄河流域生态保护和高质量发展": 1,
        "增强“四个意识”、坚定“四个自信”、做到“两个维护”": 1}
    assert [m.start for m in nested] == sorted(m.start for m in nested)
    triad = next(m for m in nested if m.formula.startswith("增强"))
    assert COMPOSITE_TEXT[triad.start:triad.end].startswith("增强“四个意识”") and triad.text == "增强四个意识、坚定四个自信、做到两个维护"


@pytest.mark.parametrize("text", [
    "脱贫攻坚与乡村振兴相衔接",                 # not the formula's wording
    "推动黄河流域高质量发展",                   # 生态保护和 missing
    "以推动高质量发展",                         # a fragment
])
def test_nested_finds_no_composite_in_near_misses(text):
    got = [m.formula for m in find_formulae(text, nested=True)]
    assert got == [m.formula for m in find_formulae(text)]


def test_two_forms_of_one_composite_at_one_place_are_one_mention():
    got = [m.formula for m in find_formulae("巩固拓展脱贫攻坚成果与乡村振兴有效衔接", nested=True)]
    assert got.count("巩固拓展脱贫攻坚成果同乡村振兴有效衔接") == 1


def test_nested_composites_keep_their_year():
    text = "推动黄河流域生态保护和高质量发展"
    assert [m.formula for m in find_formulae(text, nested=True, date=dt.date(1998, 1, 5))] == []
    assert "黄河流域生态保护和高质量发展" in [m.formula for m in find_formulae(text, nested=True, date="2019-10-01")]


@pytest.mark.parametrize("row, message", [
    ({"text": "甲乙丙丁", "contains": "乡村振兴"}, "does not print"),
    ({"text": "振兴乡村振兴", "contains": "振兴乡村振兴"}, "itself"),
])
def test_bad_contains_name_the_problem(row, message):
    with pytest.raises(ValueError, match=message):
        load_formula_lexicon(extra=[row, {"text": "乡村振兴"}])


def test_contains_must_name_an_entry(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("text\tcontains\n推进乡村振兴\t乡村振兴\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not an entry"):
        load_formula_lexicon(path)
    with pytest.raises(TypeError, match="nested"):
        find_formulae("乡村振兴", nested="yes")


def test_a_users_composite_counts_with_nested():
    lex = load_formula_lexicon(extra=[{"text": "党建引领乡村振兴", "contains": "乡村振兴", "year": 2018}])
    text = "坚持党建引领乡村振兴"
    assert [m.formula for m in find_formulae(text, formulae=lex)] == ["乡村振兴"]
    assert [m.formula for m in find_formulae(text, formulae=lex, nested=True)] == ["党建引领乡村振兴", "乡村振兴"]


@pytest.mark.parametrize("formula", ["乡村振兴", "高质量发展", "两个确立", "两个维护"])
def test_nested_keeps_every_seed_mention_of_the_big_formulae(seeds, formula):
    plain = slogan_mentions(seeds)
    nested = slogan_mentions(seeds, nested=True)
    assert int((nested["text"] == formula).sum()) == int((plain["text"] == formula).sum())
    comp = set(FormulaMatcher.build(None, nested=True).entries) - set(FormulaMatcher.build(None).entries)
    extra = nested[~nested["text"].map(slogan_key).isin(set(plain["text"].map(slogan_key)))]
    assert set(extra["text"].map(slogan_key)) <= comp
    table = extract_slogans(seeds, nested=True).set_index("text")
    if formula in table.index:
        assert table.loc[formula, "count"] == int((plain["text"] == formula).sum())


def test_nested_reaches_the_corpus_tables():
    from corpus_tools import read_corpus
    from corpus_tools.slogans import slogan_entity_cooccurrence

    corpus = read_corpus(pd.DataFrame({
        "issue_id": ["p1"], "county_code": ["140728"], "date": ["2021-03-05"],
        "text": ["岳壁乡推进衔接\n岳壁乡实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接，全面推进乡村振兴。"]}))
    plain = extract_slogans(corpus, layers=("lexicon",)).set_index("text")["count"]
    nested = extract_slogans(corpus, layers=("lexicon",), nested=True).set_index("text")["count"]
    assert plain.to_dict() == {"乡村振兴": 2, "脱贫攻坚": 1}
    assert nested.to_dict() == {**plain.to_dict(), "巩固拓展脱贫攻坚成果同乡村振兴有效衔接": 1}
    trends = slogan_trends(corpus, layers=("lexicon",), nested=True)
    assert trends.set_index("text").loc["巩固拓展脱贫攻坚成果同乡村振兴有效衔接", "year"] == 2020
    co = slogan_entity_cooccurrence(corpus, layers=("lexicon",), nested=True)
    assert ("巩固拓展脱贫攻坚成果同乡村振兴有效衔接", "岳壁乡") in set(zip(co["slogan"], co["entity"]))
    assert "巩固拓展脱贫攻坚成果同乡村振兴有效衔接" not in set(slogan_entity_cooccurrence(corpus, layers=("lexicon",))["slogan"])


def test_find_slogans_takes_a_nested_matcher():
    text = "实现“巩固拓展脱贫攻坚成果同乡村振兴有效衔接”，推动高质量发展"
    plain = [(m.formula, m.source) for m in find_slogans(text)]
    assert ("巩固拓展脱贫攻坚成果同乡村振兴有效衔接", "both") not in plain
    nested = [(m.formula, m.source) for m in find_slogans(text, formulae=FormulaMatcher.build(None, nested=True))]
    assert nested[0] == ("巩固拓展脱贫攻坚成果同乡村振兴有效衔接", "both")
    assert {("脱贫攻坚", "lexicon"), ("乡村振兴", "lexicon"), ("高质量发展", "lexicon")} <= set(nested)


def test_nested_refuses_a_flat_prebuilt_matcher():
    flat = FormulaMatcher.build(None)
    with pytest.raises(ValueError, match="nested=True"):
        find_formulae("决战决胜脱贫攻坚", formulae=flat, nested=True)
    both = FormulaMatcher.build(None, nested=True)
    assert [m.formula for m in find_formulae("决战决胜脱贫攻坚", formulae=both, nested=True)] == [
        "决战决胜脱贫攻坚", "脱贫攻坚"]


def test_guangdong_programme_is_not_zhejiangs_and_new_quality_forces_are_known():
    """百千万工程 (Guangdong, 2022) is its own formula, not 千万工程 inside it; 新质生产力 (2023) counts unquoted."""
    from corpus_tools import find_formulae

    found = [(m.text, m.formula) for m in find_formulae("广东深入实施“百千万工程”，浙江深化“千万工程”，加快发展新质生产力。")]
    assert found == [("百千万工程", "百县千镇万村高质量发展工程"), ("千万工程", "千万工程"), ("新质生产力", "新质生产力")]


def test_local_forms_of_a_formula_and_quoted_policy_terms_are_marked():
    """社区吹哨、部门报到 is a printed form of Beijing's 街乡吹哨、部门报到 (2018); a quoted known formula of the
    2015-2024 additions qualifies as a marked slogan with no label cue (“控辍保学”, “15分钟便民生活圈”)."""
    found = [(m.text, m.formula, m.source) for m in find_slogans("推行“社区吹哨、部门报到”，抓实“控辍保学”，打造“15分钟便民生活圈”。")]
    assert found == [("社区吹哨、部门报到", "街乡吹哨、部门报到", "both"), ("控辍保学", "控辍保学", "both"),
                     ("15分钟便民生活圈", "15分钟生活圈", "both")]
    assert find_formulae("推行社区吹哨、部门报到", date="2016-05-01") == []      # before 2018 (tolerance one year)


# slogan_held32 (invented county reports, 1999-2023): the formulae of each era printed on a page, mostly unquoted,
# are counted there under their own row or a longer official wording that contains them (可持续发展战略)
_HELD32 = Path(__file__).resolve().parent / "data" / "slogan_held32"
_HELD32_YEARS = {"01": 1999, "02": 2005, "03": 2007, "04": 2010, "05": 2014, "06": 2016, "07": 2018, "08": 2019,
                 "09": 2021, "10": 2023}


@pytest.mark.parametrize("stem,formula", [tuple(line.split("\t")) for line in
                                          (_HELD32 / "formulae.tsv").read_text(encoding="utf-8").splitlines()])
def test_formulae_of_every_era_are_counted_on_invented_county_reports(stem, formula):
    text = (_HELD32 / "texts" / f"{stem}.txt").read_text(encoding="utf-8")
    found = find_formulae(text, date=f"{_HELD32_YEARS[stem[-2:]]}-06-01")
    keys = {slogan_key(k) for m in found for k in (m.text, m.formula)}
    assert slogan_key(formula) in keys or any(slogan_key(formula) in k for k in keys)


def test_a_quoted_variant_spelling_out_a_numbered_formula_is_a_series():
    found = find_slogans("按照“学党章党规、学系列讲话，做合格党员”的要求，扎实推进“两学一做”学习教育。", formulae=False)
    assert {(m.text, m.kind) for m in found} == {("学党章党规、学系列讲话，做合格党员", "parallel"), ("两学一做", "numbered")}


def test_plan_periods_and_the_1994_poverty_plan_are_known_with_their_years():
    # slogan33: the plan periods mark eras (九五 1995 ... 十四五 2020; the year of the plenum's 建议)
    lex = load_formula_lexicon().set_index("text")
    assert [int(lex.loc[t, "year"]) for t in ("九五", "十一五", "十二五", "十三五", "十四五", "八七扶贫攻坚计划")] == [
        1995, 2005, 2010, 2015, 2020, 1994]
    found = [m.formula for m in find_formulae("一九九五年以来，全省落实“九五”计划和国家八七扶贫攻坚计划。")]
    assert found == ["九五", "八七扶贫攻坚计划"]


def test_two_part_known_formulae_have_the_quoted_kind():
    lex = load_formula_lexicon()
    two = lex[lex["text"].str.split(r"[、，]").str.len() == 2]
    assert set(two["kind"]) <= {"quoted", "numbered"}


def test_formulae_argument_takes_a_file_path_as_the_report_does(tmp_path):
    # user24 F8: extract_slogans(corpus, formulae="my.tsv") raised a TypeError while the report took the path
    import pandas as pd

    from corpus_tools import extract_slogans, read_corpus

    path = tmp_path / "mine.tsv"
    path.write_text("text\tkind\tvariants\tyear\tlevel\n三年大变样\tquoted\t城镇面貌三年大变样\t2008\tprovincial\n",
                    encoding="utf-8")
    c = read_corpus(pd.DataFrame({"text": ["城镇建设\n本报讯 全县推进城镇面貌三年大变样，三年大变样见成效。"],
                                  "date": ["2008-06-20"]}))
    for given in (path, str(path)):
        t = extract_slogans(c, formulae=given).set_index("text")
        assert t.loc["三年大变样", "count"] == 2


def test_formula_quoted_inside_a_longer_printed_variant_is_quoted():
    # user26 F4 (invented 东台日报 sentence): the core “八荣八耻” is quoted inside the longer variant
    s = "全市机关开展以“八荣八耻”为主要内容的社会主义荣辱观教育，学习“三个代表”重要思想。"
    found = {m.formula: m.quoted for m in find_formulae(s)}
    assert found == {"八荣八耻": True, "三个代表": True}
    marked = {m.formula: m.quoted for m in find_slogans(s) if m.formula}
    assert marked["八荣八耻"] == found["八荣八耻"]
    # a quoted word inside the span that is no form of the formula does not make it quoted
    assert [m.quoted for m in find_formulae("践行社会主义“荣辱”观")] == [False]
    c = Corpus([Issue("dt_2006", "标题\n\n本报讯　" + s + "\n", date=dt.date(2006, 5, 8))])
    m = slogan_mentions(c).set_index("group")
    assert bool(m.loc["八荣八耻", "quoted"])


def test_era_guard_keeps_quoted_mentions_and_warns_on_late_years(tmp_path):
    # user26 F2, invented 大丰日报 pages: the county quotes its slogan before the year the user gave it
    pages = [("2021-09-28", "全区上下奋力建设“四个大丰”，四个大丰建设开局良好。"),
             ("2024-03-02", "推进四个大丰建设，“四个大丰”成效明显。")]
    c = Corpus([Issue(f"df_{d}", "标题\n\n本报讯　" + t + "\n", date=dt.date.fromisoformat(d)) for d, t in pages])
    f = tmp_path / "late.tsv"
    f.write_text("text\tkind\tyear\tlevel\n四个大丰\tnumbered\t2023\tcounty\n", encoding="utf-8")
    row = extract_slogans(c, formulae=load_formula_lexicon(extra=f)).set_index("text").loc["四个大丰"]
    # 2021: the paper quotes it as its own slogan before the year given, so (user28 F1) it is counted like any
    # marked slogan, quoted or not, as page_slogans counts it on that page; 2024: both
    assert (row["count"], row["n_before_year"], row["first_date"]) == (4, 0, dt.date(2021, 9, 28))
    early = [("2019-05-06", "全区建设四个大丰。"), *pages]     # 2019: unquoted, before the slogan is marked at all
    c2 = Corpus([Issue(f"df_{d}", "标题\n\n本报讯　" + t + "\n", date=dt.date.fromisoformat(d)) for d, t in early])
    row = extract_slogans(c2, formulae=load_formula_lexicon(extra=f)).set_index("text").loc["四个大丰"]
    assert (row["count"], row["n_before_year"]) == (5, 0)    # the paper's own slogan: counted everywhere
    f.write_text("text\tkind\tyear\tlevel\n四个大丰\tnumbered\t2031\tcounty\n", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"late.tsv, line 2: year = 2031 of '四个大丰' is later than the present"):
        lex = load_formula_lexicon(extra=f)
    with pytest.warns(UserWarning, match=r"late.tsv, line 2: year = 2031 .* corpus's last page \(2024-03-02\)"):
        row = extract_slogans(c, formulae=lex).set_index("text").loc["四个大丰"]
    assert row["count"] == 4              # the paper marks it: the row no longer vanishes
    # the shipped rows are never warned about (乡村振兴 2017 on a 2010 corpus)
    old = Corpus([Issue("o", "标题\n\n本报讯　推进乡村振兴。\n", date=dt.date(2010, 1, 5))])
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        extract_slogans(old)


def test_user_row_of_a_shipped_formula_keeps_its_fields_and_adds_variants(tmp_path):
    # user26 F3: a row adding the short form keeps year, level and the shipped variants
    f = tmp_path / "short.tsv"
    f.write_text("text\tkind\tvariants\n不忘初心、牢记使命\tquoted\t不忘初心\n", encoding="utf-8")
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error")           # nothing overridden: no warning
        row = load_formula_lexicon(extra=f).set_index("text").loc["不忘初心、牢记使命"]
    shipped = load_formula_lexicon().set_index("text").loc["不忘初心、牢记使命"]
    assert (int(row["year"]), row["level"], row["source"]) == (2017, "national", shipped["source"])
    assert row["variants"].split("|") == shipped["variants"].split("|") + ["不忘初心"]
    s = "他表示将不忘初心，牢记使命。自己将不忘初心。"
    assert len(find_formulae(s, formulae=load_formula_lexicon(extra=f))) == 2
    # a filled field that differs replaces the shipped one, with a warning naming row, field, both values
    with pytest.warns(UserWarning, match=r"extra entry 0: '八荣八耻' corrects .*year '2006' -> '2007'"):
        row = load_formula_lexicon(extra=[{"text": "八荣八耻", "year": 2007}]).set_index("text").loc["八荣八耻"]
    assert (int(row["year"]), row["level"]) == (2007, "national")
    # the short forms are not shipped variants (docs/slogans.md: they are mostly the idiom and the noun)
    assert [m.formula for m in find_formulae("牢记初心使命，勇担时代重任", date="2020-06-01")] == []


def test_lexicon_files_bom_separators_duplicates_and_empty(tmp_path):
    # user26 F6: files saved by Excel or Notepad (BOM), comma-separated, with a repeated row, empty
    f = tmp_path / "bom.tsv"
    f.write_bytes("\ufefftext\tkind\tyear\n四个大丰\tnumbered\t2021\n".encode("utf-8"))
    assert int(load_formula_lexicon(extra=f).set_index("text").loc["四个大丰", "year"]) == 2021
    f.write_text("text,kind,year\n四个大丰,numbered,2021\n", encoding="utf-8")
    with pytest.raises(ValueError, match="columns must be separated by tabs"):
        load_formula_lexicon(extra=f)
    f.write_text("text\tkind\tyear\n四个大丰\tnumbered\t2021\n四个大丰\tnumbered\t2022\n", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"'四个大丰' is on lines 2 and 3; the later line is used"):
        assert int(load_formula_lexicon(extra=f).set_index("text").loc["四个大丰", "year"]) == 2022
    with pytest.warns(UserWarning, match=r"extra entries 0 and 1 are both '四个大丰'"):
        load_formula_lexicon(extra=[{"text": "四个大丰"}, {"text": "四个大丰", "kind": "numbered"}])
    f.write_text("", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"bom.tsv is empty: no formula lexicon entries"):
        assert len(load_formula_lexicon(extra=f)) == len(load_formula_lexicon())


def test_extra_takes_one_dict_and_float_years():
    # user26 F9: a dict (not a list of dicts) and 2021.0 (a pandas year column with blanks) are accepted
    lex = load_formula_lexicon(extra={"text": "四个大丰", "kind": "numbered"}).set_index("text")
    assert lex.loc["四个大丰", "kind"] == "numbered"
    lex = load_formula_lexicon(extra=[{"text": "四个大丰", "year": 2021.0}]).set_index("text")
    assert int(lex.loc["四个大丰", "year"]) == 2021
    with pytest.raises(ValueError, match=r"year = 2021.5 of '四个大丰' is invalid"):
        load_formula_lexicon(extra=[{"text": "四个大丰", "year": 2021.5}])
