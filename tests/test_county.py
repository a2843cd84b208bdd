"""Tests for corpus_tools.county: the county, city and province read off a text.

The pages below were written for these tests in the style of other counties' papers (no
manifest, no county_code); the townships and villages are the real ones of the gazetteer.
"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from corpus_tools import county as ct
from corpus_tools import county_tables as ctab
from corpus_tools import gazetteer as gz
from corpus_tools.loaders import read_corpus
from corpus_tools.entities import find_entities

# 武乡县 (山西 长治): the paper's name, a byline, the county never named in the body;
# 蟠龙镇 (7 counties in China), 洪水镇 (4) and 丰州镇 (2) are resolved by the others
WUXIANG = """武乡新闻
全县冬春农田水利建设全面铺开
本报讯（记者 王磊 通讯员 赵晓红）入冬以来，丰州镇、洪水镇、蟠龙镇、监漳镇、故城镇、韩北镇、大有乡、贾豁乡八个乡镇
同步开展冬春农田水利建设。在蟠龙镇王家峪村，村民们排好几天队参观八路军总部旧址后，又投入到渠道清淤中。
监漳镇的干部说，今年全镇新修水渠十二公里。韩北镇则把重点放在梯田修复上，故城镇组织了三支专业队。"""

# 册亨县 (贵州 黔西南州): 街道 and 镇 of the county, the county named once in the dateline
CEHENG = """本报册亨12月3日电 今年以来，者楼街道、纳福街道和高洛街道的易地扶贫搬迁群众陆续走上新岗位。
丫他镇发展糯米蕉产业，巧马镇、秧坝镇种植油茶，坡妹镇的布依族刺绣合作社订单不断。
冗渡镇的村民告诉记者，家门口就能打工挣钱。"""

# 街道 of a city district: 贵阳市南明区
NANMING = """贵阳市南明区开展老旧小区改造。花果园街道、油榨街道、太慈桥街道先后完成管网改造，
兴关路街道的居民说，楼道亮了，路也平了。南明区下一步将在二戈街道推开。"""


@pytest.mark.parametrize("text, code, city, province", [
    (WUXIANG, "140429", "长治市", "山西省"),
    (CEHENG, "522327", "黔西南布依族苗族自治州", "贵州省"),
    (NANMING, "520102", "贵阳市", "贵州省"),
])
def test_county_is_read_off_pages_of_other_counties(text, code, city, province):
    g = ct.infer_county(text)
    assert (g.code, g.city_name, g.province_name) == (code, city, province)
    assert 0.5 <= g.confidence <= 1.0
    assert g.evidence and g.source == "text"


def test_townships_link_to_the_inferred_county_without_a_manifest():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a decided county must not warn
        ents = find_entities(WUXIANG, model=False)
    towns = {e.text: e.admin_code for e in ents if e.label == "TOWNSHIP"}
    expected = {"丰州镇", "洪水镇", "蟠龙镇", "监漳镇", "故城镇", "韩北镇", "大有乡", "贾豁乡"}
    assert expected <= set(towns)
    for name in expected:
        code = towns[name]
        assert code.startswith("140429") and gz.division(code).name == name
        assert [d.name for d in gz.parents(code)] == ["山西省", "长治市", "武乡县"]
    villages = {e.text: e.admin_code for e in ents if e.label == "VILLAGE"}
    assert villages.get("王家峪村") == "140429105208"  # 蟠龙镇王家峪村, not the other eight
    roles = {e.text for e in ents if e.label == "PERSON"}
    assert not roles & {"记者", "通讯员"}


@pytest.mark.parametrize("text, names, county", [
    (CEHENG, ["者楼街道", "纳福街道", "丫他镇", "冗渡镇"], "522327"),
    (NANMING, ["花果园街道", "油榨街道", "太慈桥街道", "二戈街道"], "520102"),
])
def test_streets_and_towns_of_guizhou_link_with_admin_codes(text, names, county):
    towns = {e.text: e.admin_code for e in find_entities(text, model=False) if e.label == "TOWNSHIP"}
    for name in names:
        assert towns.get(name, "").startswith(county), (name, towns)


def test_a_shared_township_name_alone_does_not_decide_but_others_resolve_it():
    assert len({c[:6] for c in gz.township_names()["蟠龙镇"]}) > 2
    alone = ct.infer_county("蟠龙镇的群众积极参与冬季植树。")
    assert alone.code is None
    assert ct.infer_county("蟠龙镇、监漳镇的群众积极参与冬季植树。").code == "140429"


@pytest.mark.parametrize("text, code", [
    ("本报武乡1月5日电 今天全县干部群众……", "140429"),
    ("新华社贵阳5月3日电（记者 李明）册亨县者楼街道的搬迁群众走上新岗位。", "522327"),
    ("《平遥报》近日报道，县里召开经济工作会议。", "140728"),
])
def test_datelines_and_paper_names_are_evidence(text, code):
    assert ct.infer_county(text).code == code


@pytest.mark.parametrize("text", [
    "要振兴县域经济，振兴县域经济是重点。",          # 兴县 inside a word
    "光明日报记者从太平洋上发回报道，同心圆越画越大。",  # 光明区, 太平区, 同心县 as words
    "今天天气很好，大家都出去玩了。",
])
def test_words_that_contain_county_names_do_not_decide(text):
    assert ct.infer_county(text).code is None


def test_city_level_report_decides_city_not_county_and_enables_its_streets():
    text = "青岛乡村振兴动力足。青岛加快农业新旧动能转换，西海岸新区铁山街道发展乡村民宿。青岛市各区市……"
    g = ct.infer_county(text)
    assert g.code is None and g.city_name == "青岛市"
    towns = {e.text: e.admin_code for e in find_entities(text, model=False) if e.label == "TOWNSHIP"}
    assert towns.get("铁山街道", "").startswith("370211")


def test_other_counties_named_in_the_article_open_their_townships():
    text = ("平遥县干部到岢岚县学习。岢岚县宋家沟村的做法值得借鉴，岢岚县阳坪乡也建起了新村。"
            "平遥县岳壁乡梁村随后召开会议。")
    ents = {e.text: e for e in find_entities(text, county_code="140728", model=False)}
    assert ents["阳坪乡"].label == "TOWNSHIP" and ents["阳坪乡"].admin_code.startswith("140929")
    assert ents["梁村"].admin_code == "140728202207"



def test_undecided_text_warns_once(monkeypatch):
    from corpus_tools.entities import infer_county

    monkeypatch.setattr(ct, "_WARNED", set())
    text = "今天召开了全体干部会议，会议要求各单位认真落实各项工作，" * 10
    with pytest.warns(UserWarning, match="could not be inferred.*shown once"):
        assert infer_county(text) is None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert infer_county(text + "再次强调。") is None


def _pages(tmp_path, manifest: str | None = None):
    # without its masthead: a folder whose pages name a paper gives it to the page naming none
    # (test_a_page_without_masthead_takes_the_county_of_its_folders_paper)
    (tmp_path / "2023-01-05_p1.txt").write_text(WUXIANG.split("\n", 1)[1], encoding="utf-8")
    (tmp_path / "2023-01-06_p1.txt").write_text("今天召开全体干部会议。" * 30, encoding="utf-8")
    if manifest:
        (tmp_path / "manifest.csv").write_text(manifest, encoding="utf-8")
    return tmp_path


def test_read_corpus_county_argument_fills_issues(tmp_path):
    corpus = read_corpus(_pages(tmp_path), county="山西省武乡县")
    assert {i.meta["county_code"] for i in corpus.issues} == {"140429"}
    assert {i.meta["county_source"] for i in corpus.issues} == {"user"}
    with pytest.raises(ValueError, match="ambiguous"):
        read_corpus(tmp_path, county="新城区")


def test_manifest_county_wins_over_the_argument_and_the_text(tmp_path):
    man = "file,county_code\n2023-01-05_p1.txt,140728\n"
    corpus = read_corpus(_pages(tmp_path, man), county="140429")
    codes = {i.id: i.meta["county_code"] for i in corpus.issues}
    assert sorted(codes.values()) == ["140429", "140728"]
    table = ctab.county_table(corpus).set_index("issue_id")
    assert list(table.columns) == ctab.COUNTY_COLUMNS[1:]
    manifest_row = table[table["county_code"] == "140728"].iloc[0]
    assert manifest_row["source"] == "manifest" and manifest_row["county"] == "平遥县"


def test_read_corpus_infer_takes_the_county_from_the_text_and_warns_once(tmp_path, monkeypatch):
    monkeypatch.setattr(ct, "_WARNED", set())
    with pytest.warns(UserWarning, match="1 issue"):
        corpus = read_corpus(_pages(tmp_path), county="infer")
    by_source = {i.meta.get("county_source"): i.meta.get("county_code") for i in corpus.issues}
    assert by_source == {"text": "140429", None: None}
    arts = ctab.county_table(corpus, level="article")
    assert set(arts.columns) == set(ctab.COUNTY_COLUMNS) and len(arts) >= 2


def test_county_table_on_a_dataframe_corpus():
    corpus = read_corpus(pd.DataFrame({"text": [CEHENG, NANMING]}))
    table = ctab.county_table(corpus)
    assert table["county_code"].tolist() == ["522327", "520102"]
    assert (table["source"] == "text").all()


def test_bad_input_is_a_clear_error():
    with pytest.raises(TypeError, match="text must be a str"):
        ct.infer_county(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="single str"):
        ct.infer_issue_county("蟠龙镇")
    with pytest.raises(ValueError, match="level"):
        ctab.county_table(read_corpus(pd.DataFrame({"text": ["x"]})), level="page")


def test_cli_county_option(tmp_path, capsys):
    from corpus_tools.cli import main

    pages = _pages(tmp_path)
    assert main(["articles", str(pages), "--county", "新城区", "--format", "csv"]) != 0
    assert "ambiguous" in capsys.readouterr().err
    assert main(["articles", str(pages), "--county", "武乡县", "--format", "csv"]) == 0


def test_article_counties_falls_back_to_the_issue():
    class Art:
        def __init__(self, issue_id, idx, text, meta=None):
            self.issue_id, self.id, self.text, self.meta = issue_id, f"{issue_id}-{idx}", text, meta or {}

    arts = [Art("p", 0, "蟠龙镇、韩北镇、故城镇、监漳镇的村民积极参与冬季植树。"),
            Art("p", 3, "武乡县丰州镇、墨镫乡、分水岭乡的干部群众……"),
            Art("p", 1, "今天的天气很好。"),
            Art("p", 2, "岢岚县委书记来到宋家沟村。"),
            Art("q", 0, "今天的天气很好。"),
            Art("r", 0, "今天的天气很好。", {"county_code": "140728"})]
    codes = ctab.article_counties(arts)
    assert codes[("p", "p-1")] == "140429"  # its issue decides
    assert codes[("p", "p-2")] == "140929"  # its own text wins over the issue
    assert codes[("q", "q-0")] is None and codes[("r", "r-0")] == "140728"


def test_article_counties_read_the_kicker():
    # the kicker may be the one line naming the county and its township, above a text that does not
    class Art:
        def __init__(self, idx, text, kicker=None):
            self.issue_id, self.id, self.text, self.kicker, self.meta = "p", f"p-{idx}", text, kicker, {}

    text = "小核桃撑起“致富树”\n初冬时节，核桃加工厂里一片繁忙。"
    assert ctab.article_counties([Art(0, text, "武乡县蟠龙镇")])[("p", "p-0")] == "140429"
    assert ctab.article_counties([Art(0, text)])[("p", "p-0")] is None


def test_townships_named_by_their_former_suffix_still_count():
    # 头寨子镇, 四房吴镇, 郭城驿镇 (会宁县) written as the 乡 they were: the county is still found
    g = ct.infer_county("头寨子乡、四房吴乡、郭城驿乡的干部群众冒雪植树。")
    assert g.code == "620422"


def test_sumu_townships_are_county_evidence():
    # Inner Mongolia's 苏木 (township level) and 嘎查 (village level), names of five characters and more
    guess = ct.infer_county("近日，罕苏木苏木党委组织牧民开展培训，巴彦温都尔苏木也举办了那达慕。")
    assert guess.code == "150421"          # 阿鲁科尔沁旗
    assert guess.confidence >= 0.9


def test_issues_frame_carries_the_county_and_its_source(tmp_path, monkeypatch):
    # one page of 武乡县 read off the text, one undecided, one given by the manifest
    man = "file,county_code\n2023-01-07_p1.txt,140728\n"
    _pages(tmp_path, man)
    (tmp_path / "2023-01-07_p1.txt").write_text("本报讯 县里召开会议。", encoding="utf-8")
    corpus = read_corpus(tmp_path)
    df = corpus.issues_frame().set_index("issue_id")
    assert df.loc["2023-01-05_p1", ["county", "county_code", "county_source"]].tolist() == [
        "武乡县", "140429", "text"]
    assert df.loc["2023-01-06_p1", ["county", "county_code", "county_source"]].isna().all()
    assert df.loc["2023-01-07_p1", ["county", "county_code", "county_source"]].tolist() == [
        "平遥县", "140728", "manifest"]
    plain = corpus.issues_frame(infer_county=False).set_index("issue_id")
    assert pd.isna(plain.loc["2023-01-05_p1", "county_code"])
    assert plain.loc["2023-01-07_p1", "county_source"] == "manifest"
    given = read_corpus(tmp_path, county="140429").issues_frame().set_index("issue_id")
    assert given.loc["2023-01-06_p1", ["county_code", "county_source"]].tolist() == ["140429", "user"]


def test_county_infer_keeps_the_evidence_in_county_table(tmp_path, monkeypatch):
    monkeypatch.setattr(ct, "_WARNED", set())
    with pytest.warns(UserWarning):
        inferred = read_corpus(_pages(tmp_path), county="infer")
    row = ctab.county_table(inferred).iloc[0]
    assert row["source"] == "text" and "township" in row["evidence"] and row["confidence"] < 1.0
    assert inferred.issues_frame().loc[0, "county_source"] == "text"


def test_a_page_without_masthead_takes_the_county_of_its_folders_paper(tmp_path):
    (tmp_path / "2023-01-05_p1.txt").write_text(WUXIANG, encoding="utf-8")
    (tmp_path / "2023-01-06_p1.txt").write_text("今天召开全体干部会议。" * 30, encoding="utf-8")
    corpus = read_corpus(tmp_path)
    table = ctab.county_table(corpus).set_index("issue_id")
    assert table.loc["2023-01-06_p1", "county_code"] == "140429"
    assert corpus.issues[1].meta["paper_source"] == "folder"
