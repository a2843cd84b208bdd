"""The report's slogan section helpers (corpus_tools.report.slogans): timeline row names and the
first/last dates at the corpus's edges (user21 F7, F8)."""

from __future__ import annotations

import pandas as pd
import pytest

from corpus_tools import read_corpus
from corpus_tools.report.slogans import EDGE_MARKS, first_last, timeline_labels


def _corpus():
    """Invented 平利报 issues of three eras (no slogan detection needed: mentions are given)."""
    return read_corpus(pd.DataFrame({
        "issue_id": ["p2009", "p2015", "p2024", "undated"],
        "date": ["2009-04-15", "2015-10-10", "2024-10-20", None],
        "text": ["长安镇召开大会", "老县镇推进精准扶贫", "城关镇推进乡村振兴", "八仙镇简讯"]}))


def test_timeline_rows_carry_the_table_name_and_the_printed_wording():
    """user21 F8: the timeline said 四个全面战略布局 where the table says 四个全面."""
    mentions = pd.DataFrame({"text": ["四个全面", "四个全面", "不忘初心、牢记使命", "科学发展观", "科学发展观"],
                             "printed_form": ["四个全面战略布局", "四个全面战略布局", "不忘初心，牢记使命", "科学发展观",
                                              "科学发 展观"]})
    labels = timeline_labels(pd.Series(["四个全面", "不忘初心、牢记使命", "科学发展观"]), mentions)
    assert labels.tolist() == ["四个全面（四个全面战略布局）", "不忘初心、牢记使命（不忘初心，牢记使命）", "科学发展观"]


def test_first_and_last_dates_at_the_corpus_edges_are_marked():
    """user21 F7: 科学发展观 'first printed 2008' was the corpus's first issue, not the paper's uptake."""
    mentions = pd.DataFrame({"text": ["科学发展观", "科学发展观", "精准扶贫", "乡村振兴", "八仙"],
                             "issue_id": ["p2009", "p2015", "p2015", "p2024", "undated"]})
    got = first_last(mentions, _corpus()).set_index("text")
    assert got.loc["科学发展观"].tolist() == ["2009-04-15" + EDGE_MARKS[0], "2015-10-10"]
    assert got.loc["精准扶贫"].tolist() == ["2015-10-10", "2015-10-10"]
    assert got.loc["乡村振兴"].tolist() == ["2024-10-20", "2024-10-20" + EDGE_MARKS[1]]
    assert got.loc["八仙"].tolist() == ["undated", "undated"]


def test_a_one_day_corpus_marks_no_edge():
    c = read_corpus(pd.DataFrame({"issue_id": ["a", "b"], "date": ["2024-10-20", "2024-10-20"],
                                  "text": ["城关镇推进乡村振兴", "八仙镇推进乡村振兴"]}))
    got = first_last(pd.DataFrame({"text": ["乡村振兴"], "issue_id": ["a"]}), c)
    assert got.values.tolist() == [["乡村振兴", "2024-10-20", "2024-10-20"]]


def _lexicon_file(folder):
    path = folder / "pingli_formulae.tsv"
    path.write_text("text\tkind\tyear\tlevel\tregion\tsource\tgroup\n"
                    "三个一批\tnumbered\t2016\tcounty\t平利县\t平利报\t\n"
                    "三个一批+\tnumbered\t2019\tcounty\t平利县\t平利报\t三个一批\n", encoding="utf-8")
    return path


def test_the_report_takes_your_own_formulae_from_its_config(tmp_path):
    """user21 F2: the lexicon workaround was Python only; report and slogans took no formula file."""
    from corpus_tools.report import load_report_config
    from corpus_tools.report.build import report_formulae

    _lexicon_file(tmp_path)
    cfg = tmp_path / "report.toml"
    cfg.write_text('[report]\nformulae = "pingli_formulae.tsv"\n', encoding="utf-8")
    options = load_report_config(cfg)
    assert options["formulae"] == str(tmp_path / "pingli_formulae.tsv")   # read from the config's folder
    lex = report_formulae(options["formulae"]).set_index("text")
    assert lex.loc["三个一批+", "group"] == "三个一批" and "乡村振兴" in lex.index   # added to the shipped lexicon
    assert report_formulae(None) is None
    with pytest.raises(FileNotFoundError, match="nosuch.tsv"):
        report_formulae(tmp_path / "nosuch.tsv")


def test_the_slogan_section_counts_with_your_formulae(tmp_path):
    from corpus_tools.report import sections as sec
    from corpus_tools.report.build import report_formulae
    from corpus_tools.report.page import Writer
    from corpus_tools.report.slogans import slogans

    corpus = read_corpus(pd.DataFrame({
        "issue_id": ["p2016", "p2019"], "date": ["2016-04-12", "2019-10-12"],
        "text": ["长安镇推进三个一批\n　　本报讯 长安镇落实三个一批要求，扶持茶农。",
                 "老县镇推进三个一批+\n　　本报讯 老县镇落实三个一批+要求，扶持茶农。"]}))
    ctx = sec.Context(corpus=corpus, out_dir=tmp_path, nlp=None, cache_dir=False, progress=False, labels={},
                      formulae=report_formulae(_lexicon_file(tmp_path)), formulae_source="pingli_formulae.tsv")
    html = slogans(ctx, Writer(tmp_path))
    table = pd.read_csv(tmp_path / "slogans.csv").set_index("text")
    assert table.loc["三个一批", "last_date"] == "2016-04-12" and table.loc["三个一批+", "first_date"] == "2019-10-12"
    assert "三个一批+" in html and "pingli_formulae.tsv" in ctx.params["slogans"]["finder"]
    assert "lexicon /10k chars" in html       # user21 F7: the layers per period as rates, not counts only
    assert "<th>group</th>" in html and "<th>n_quoted</th>" in html and "n_quoted: those printed in quotation marks" in html   # user26 F5


def test_formulae_printed_before_their_year_are_said_not_silently_dropped(tmp_path):
    """user21 F8: a 2010 page printing 高质量发展 (introduced 2017) lost it without a word."""
    from corpus_tools.report import sections as sec
    from corpus_tools.report.page import Writer
    from corpus_tools.report.slogans import guarded_out, slogans

    corpus = read_corpus(pd.DataFrame({
        "issue_id": ["p2010", "p2018"], "date": ["2010-04-13", "2018-04-10"],
        "text": ["长安镇茶园\n　　本报讯 为推动茶产业高质量发展，长安镇新建茶园。",
                 "老县镇茶园\n　　本报讯 老县镇推动高质量发展，建设茶园。"]}))
    early = guarded_out(corpus)
    assert early[["text", "date", "year"]].values.tolist() == [["高质量发展", "2010-04-13", 2017]]
    ctx = sec.Context(corpus=corpus, out_dir=tmp_path, nlp=None, cache_dir=False, progress=False, labels={})
    html = slogans(ctx, Writer(tmp_path))
    assert "Not counted: 1 printed occurrence(s)" in html and "高质量发展 1× (2010-04-13; introduced 2017)" in html
    assert (tmp_path / "slogans_before_their_year.csv").is_file()


def test_in_text_counts_every_wording_and_the_note_says_kwic_counts_one_string():
    # user24 F3: 新农村建设 counts under 社会主义新农村 in in_text, not in kwic("社会主义新农村")
    import corpus_tools as ct
    from corpus_tools.report.slogans import COUNT_NOTE, with_printed_counts
    from corpus_tools.slogans import extract_slogans, slogan_mentions

    c = read_corpus(pd.DataFrame({"text": ["新农村建设见成效\n本报讯 全镇推进社会主义新农村，新农村建设提速。"],
                                  "date": ["2006-05-01"]}))
    m = slogan_mentions(c)
    row = with_printed_counts(extract_slogans(c), m).set_index("text").loc["社会主义新农村"]
    assert row["in_text"] == 3 and "新农村建设 ×2" in row["printed_as"]
    assert len(ct.kwic(c, "社会主义新农村")) == 1
    assert "every wording" in COUNT_NOTE and "part == 'text'" in COUNT_NOTE


def test_layer_rates_count_a_marked_slogan_holding_a_formula_once():
    """user25: 一村一品 (lexicon) and 一村一品、一村一景 (marked) are the same 12 printed phrases, summed twice."""
    from corpus_tools.report.slogans import layer_rates

    tr = pd.DataFrame({"period": ["2008"] * 3, "source": ["lexicon", "marked", "marked"],
                       "text": ["一村一品", "一村一品、一村一景", "山水田园、生态乡村"], "count": [3, 3, 1],
                       "per_10k_chars": [6.0, 6.0, 2.0]})
    assert layer_rates(tr).loc["2008", ["lexicon", "marked", "marked /10k chars"]].tolist() == [3, 1, 2.0]
