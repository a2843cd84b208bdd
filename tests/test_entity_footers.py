"""Page footers (an address, an app) and a bare 县融媒体中心 in a byline keep their entities (user32 F12)."""

import warnings

import pandas as pd

from corpus_tools import Issue, entity_counts, extract_entities, read_corpus
from corpus_tools._entity_rules.mastheads import byline_media
from corpus_tools._entity_rules.page_footers import FOOTER_PART, footer_lines

PAGE = ("县城新建文化广场\n\n"
        "本报讯　近日，县城文化广场建成，市民纷纷前来休闲健身。\n\n"
        "本版编辑：王红　校对：李明\n"
        "本报地址：平遥县古陶镇顺城路　邮编：031100\n"
        "扫码下载“平遥发布”客户端\n")


def _corpus(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return read_corpus(pd.DataFrame({"text": [text], "date": ["2016-04-01"], "county_code": ["140728"]}))


def test_footer_lines_are_the_address_and_the_app_not_the_staff_line():
    lines = [line for _, line in footer_lines(Issue(id="p1", raw=PAGE))]
    assert any(line.startswith("本报地址") for line in lines)
    assert any("客户端" in line for line in lines)
    assert not any("编辑" in line for line in lines)


def test_footer_entities_are_rows_of_part_furniture_and_of_no_article():
    ents = extract_entities(_corpus(PAGE))
    foot = ents[ents["part"] == FOOTER_PART]
    found = set(zip(foot["text"], foot["label"]))
    assert ("古陶镇", "TOWNSHIP") in found and ("平遥发布", "ORG") in found
    assert ("平遥发布", "ORG") not in set(zip(ents.loc[ents["part"] == "text", "text"],
                                              ents.loc[ents["part"] == "text", "label"]))
    by_article = entity_counts(_corpus(PAGE), by="article", entities=ents)
    assert "平遥发布" not in set(by_article["norm"])          # a footer belongs to no article
    assert "平遥发布" in set(entity_counts(_corpus(PAGE), by="issue", entities=ents)["norm"])


def test_a_page_without_footers_gets_no_furniture_rows():
    page = "县城新建文化广场\n\n本报讯　近日，县城文化广场建成，市民纷纷前来休闲健身。\n"
    assert footer_lines(Issue(id="p1", raw=page)) == []
    assert FOOTER_PART not in set(extract_entities(_corpus(page), model=False)["part"])


def test_a_bare_county_media_unit_opens_a_byline():
    assert byline_media("县融媒体中心记者　唐豫") == (0, 6)
    assert byline_media("（旗融媒体中心记者　包海英）") == (1, 7)
    assert byline_media("本报记者　唐豫") is None and byline_media("融媒体中心记者 唐豫") is None
    page = "县城新建文化广场\n县融媒体中心记者　唐豫\n\n本报讯　近日，县城文化广场建成，市民纷纷前来休闲健身。\n"
    ents = extract_entities(_corpus(page))
    rows = ents[(ents["text"] == "县融媒体中心") & (ents["label"] == "ORG")]
    assert len(rows) == 1 and rows["part"].iloc[0] == "byline"
