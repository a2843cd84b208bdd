"""Posts printed next to people's names (corpus_tools.person_posts): user27 finding 8."""

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools.person_posts import post_after, post_before, post_table

# invented pages as 英山县's paper would print them, two years apart
PAGES = pd.DataFrame({
    "text": ["县委召开常委会\n本报讯（记者 方芳）3月3日，县委召开常委会。县委书记郗建平主持会议。\n"
             "县长笪晓梅，县委常委、组织部长亓官明出席会议。\n",
             "温泉镇召开现场会\n本报讯（记者 方芳）温泉镇党委副书记、镇长阮国栋介绍，全镇今年将召开现场会。\n"
             "会议由县委书记郗建平主持。郗建平同志任黄冈市副市长。\n"],
    "date": ["2015-03-04", "2017-05-06"]})


def test_post_before_and_after():
    assert post_before("县长笪晓梅，县委常委、组织部长亓官明出席会议。", "亓官明") == "县委常委、组织部长"
    assert post_before("由县委书记郗建平主持。", "郗建平") == "县委书记"
    assert post_before("居民佘桂兰家的下水道堵了。", "佘桂兰") is None
    assert post_before("驻村干部帅杰、庹文帮助村民。", "庹文", others=("帅杰",)) is None
    assert post_after("任命郗建平同志为县委书记。", "郗建平") == "县委书记"


def test_person_posts_follow_a_post_over_time():
    c = ct.read_corpus(PAGES.assign(text=PAGES["text"].str.replace("温泉镇", "英山县温泉镇", n=1)), county="英山县")
    e = ct.extract_entities(c)
    p = ct.person_posts(e, c)
    got = set(zip(p["name"], p["post"], p["date"].dt.year))
    assert ("郗建平", "县委书记", 2015) in got and ("郗建平", "黄冈市副市长", 2017) in got
    assert ("阮国栋", "温泉镇党委副书记、镇长", 2017) in got
    assert "方芳" not in set(p["name"])  # (the reporter is the newsroom's)
    t = post_table(p)
    row = t[(t["name"] == "郗建平") & (t["post"] == "县委书记")].iloc[0]
    assert (row["first"], row["last"], row["mentions"]) == ("2015-03-04", "2015-03-04", 1)


def test_person_posts_names_the_missing_columns_and_reads_a_table_without_ids():
    e = pd.DataFrame({"label": ["PERSON"], "part": ["text"], "text": ["阮国栋"],
                      "sentence": ["温泉镇党委副书记、镇长阮国栋介绍。"]})
    p = ct.person_posts(e)   # no norm, issue_id or article_id: the text is the name
    assert p[["name", "post"]].values.tolist() == [["阮国栋", "温泉镇党委副书记、镇长"]]
    with pytest.raises(ValueError, match=r"ents: missing column\(s\) \['part', 'sentence'\]"):
        ct.person_posts(e.drop(columns=["sentence", "part"]))
