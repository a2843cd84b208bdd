"""Names vouched for by their frame (corpus_tools._entity_rules.person_frames), with invented sentences
in the manner of county papers (宁海, 慈利, 兰溪); the segmenter's tags are written out by hand."""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.person_frames import office_names, roll_call_names, spaced_roll_names, titled_speech_names
from corpus_tools.entities import find_entities


def _names(text, spans):
    return [text[s:e] for s, e in spans]


def test_an_office_title_and_a_verb_frame_a_name_with_a_rare_surname():
    t = "县委副书记应晓明到前童镇"  # 应 is mostly a verb; the segmenter glues 应|晓明 as verbs
    words = ["B-n", "E-n", "S-b", "B-n", "E-n", "S-v", "B-v", "E-v", "S-v", "B-ns", "I-ns", "E-ns"]
    assert _names(t, office_names(t, words)) == ["应晓明"]
    t = "副县长应国平参加活动"
    words = ["S-b", "B-n", "E-n", "S-v", "B-v", "E-v", "B-v", "E-v", "B-vn", "E-vn"]
    assert _names(t, office_names(t, words)) == ["应国平"]


def test_a_surname_no_table_knows_needs_the_model():
    t = "市委副书记揭少华宣布开幕"
    words = ["B-n", "E-n", "S-b", "B-n", "E-n", "S-nr", "B-nr", "E-nr", "B-v", "E-v", "B-v", "E-v"]
    assert office_names(t, words) == []  # 揭 is in no surname table
    assert _names(t, office_names(t, words, [(5, 8, "PER")])) == ["揭少华"]


def test_words_and_function_characters_after_a_title_are_no_names():
    t = "书记高度重视"
    assert office_names(t, ["B-n", "E-n", "B-d", "E-d", "B-v", "E-v"]) == []
    t = "村支书全心帮扶"  # 心 is no given-name character and the segmenter sees no name
    assert office_names(t, ["B-n", "I-n", "E-n", "S-a", "S-n", "B-v", "E-v"]) == []
    t = "副部长方军说。"  # 说 ends no name; 方军 stays a name before it
    assert _names(t, office_names(t, ["S-b", "B-n", "E-n", "B-nr", "E-nr", "S-v", "S-w"])) == ["方军"]
    assert office_names("副县长应国平", None) == []


def test_a_roll_call_after_the_leaders_present():
    t = "县领导覃力、訾文斌、卓军、向春兰出席。"
    assert _names(t, roll_call_names(t)) == ["覃力", "訾文斌", "卓军", "向春兰"]
    t = "出席会议的市领导有章卫平、徐丽、姜建新。"
    assert _names(t, roll_call_names(t)) == ["章卫平", "徐丽", "姜建新"]
    t = "县领导阿不都热合曼·买买提、王建军出席。"
    assert _names(t, roll_call_names(t)) == ["阿不都热合曼·买买提", "王建军"]


def test_no_roll_call_without_names():
    assert roll_call_names("县领导高度重视、亲自部署。") == []
    assert roll_call_names("县领导覃力出席。") == []  # one name is no roll call
    assert roll_call_names("县领导班子、领导干部参加。") == []


def test_a_roll_call_and_a_later_mention_in_the_pipeline():
    t = "县领导覃力、訾文斌、卓军、向春兰出席。訾文斌在讲话中表示，将为企业做好全程服务。"
    got = [e.text for e in find_entities(t, model=False) if e.label == "PERSON"]
    assert got == ["覃力", "訾文斌", "卓军", "向春兰", "訾文斌"]


def test_minority_names_without_a_dot_after_a_title_and_in_a_roll_call():
    from corpus_tools._entity_rules.person_frames import sound_run

    assert sound_run("额尔德木图", 0, 5) and sound_run("买买提吐尔地", 0, 6)
    assert not sound_run("参加活动", 0, 4) and not sound_run("巴特尔", 0, 3)
    t = "苏木党委书记额尔德木图带领牧民"
    words = ["B-n", "E-n", "B-n", "E-n", "B-n", "E-n", "B-nr", "I-nr", "I-nr", "I-nr", "E-nr", "B-v", "E-v", "B-n", "E-n"]
    assert _names(t, office_names(t, words)) == ["额尔德木图"]
    t = "旗领导乌兰、特木尔巴根、刘志强出席会议。"
    assert _names(t, roll_call_names(t)) == ["乌兰", "特木尔巴根", "刘志强"]


def test_a_sound_run_before_a_dot_or_with_a_verb_inside_is_left_alone():
    t = "部长阿斯卡尔透露，"  # 透露 is a verb of the segmenter: the name ends before it
    words = ["B-n", "E-n", "B-nr", "I-nr", "I-nr", "E-nr", "B-v", "E-v", "S-w"]
    assert _names(t, office_names(t, words)) == ["阿斯卡尔"]
    t = "主任斯坦尼斯拉夫·贝绍克"  # the dotted-name rule takes the whole name
    assert office_names(t, ["B-n", "E-n"] + ["B-nr"] + ["I-nr"] * 8 + ["E-nr"]) == []


def test_a_dotted_name_ends_with_the_segmenters_name_word():
    from corpus_tools._entity_rules.lexicon import Cand
    from corpus_tools._entity_rules.person_frames import segmenter_dot_ends

    t = "贫困户努尔尼沙·沙迪克坐不住了"
    words = ["B-n", "I-n", "E-n", "B-nr"] + ["I-nr"] * 6 + ["E-nr", "S-v", "S-d", "S-v", "S-y"]
    got = segmenter_dot_ends([Cand(3, 12, "PERSON")], t, words)
    assert [t[c.start:c.end] for c in got] == ["努尔尼沙·沙迪克"]
    # a name the segmenter reads whole, or no features: unchanged
    assert [t[c.start:c.end] for c in segmenter_dot_ends([Cand(3, 11, "PERSON")], t, words)] == ["努尔尼沙·沙迪克"]
    assert [t[c.start:c.end] for c in segmenter_dot_ends([Cand(3, 12, "PERSON")], t, None)] == ["努尔尼沙·沙迪克坐"]


def test_a_list_printed_with_spaces_after_its_label():
    t = "表彰名单：优秀村医 覃丽萍 韦建华 莫小燕；优秀护士 黄春梅 蒙丽"
    assert _names(t, spaced_roll_names(t)) == ["覃丽萍", "韦建华", "莫小燕", "黄春梅", "蒙丽"]


def test_spaced_words_of_running_text_are_no_list_of_names():
    assert spaced_roll_names("坚持 高位 推动 乡村 振兴") == []
    assert spaced_roll_names("一等奖 王磊") == []  # one name: no list


def test_a_name_of_sound_characters_between_an_office_and_its_speech_verb():
    # user22 #9: 镇长那日松说 gave no PERSON, 党委书记乌兰其其格说 gave 乌兰
    t = "宝力镇镇长那日松说，今年秸秆全部离田。两家子乡党委书记乌兰其其格说：“好。”"
    assert _names(t, titled_speech_names(t)) == ["那日松", "乌兰其其格"]
    assert [e.text for e in find_entities(t) if e.label == "PERSON"] == ["那日松", "乌兰其其格"]
    assert titled_speech_names("镇长对记者说，县长高兴地说：") == []


def test_a_prosecutors_title_frames_the_name_after_it():
    from corpus_tools.entities import find_entities

    text = "县法院院长隗建新，县检察院检察长禤海峰出席会议。"
    assert "禤海峰" in [e.text for e in find_entities(text) if e.label == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("村民艾合买提·托乎提站在田埂上，看着插秧机作业。", "艾合买提·托乎提"),  # 提 writes a sound, 站 does not
    ("牧民叶尔兰·阿布都拉一家搬进了新房。", "叶尔兰·阿布都拉"),  # 都拉: the segmenter's 阿布 stopped short
    ("阿瓦古丽·克热木新买了一台电脑。", "阿瓦古丽·克热木"),  # 新: the dotted-name rule ran on
])
def test_a_dotted_name_keeps_its_sound_characters(text, name):
    assert [e.text for e in find_entities(text) if e.label == "PERSON"] == [name]


@pytest.mark.parametrize("text, name", [
    ("县委书记白志远在动员会上说，整改要着眼群众最关心的问题。", "白志远"),
    ("旗委书记朝鲁门主持并讲话。", "朝鲁门"),
])
def test_a_given_name_the_segmenter_reads_as_one_name_is_not_cut(text, name):
    assert [e.text for e in find_entities(text) if e.label == "PERSON"] == [name]
