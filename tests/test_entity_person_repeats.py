"""Names the document repeats in person positions (corpus_tools._entity_rules.person_repeats), inline fixtures."""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.person_repeats import name_like, repeated_names, repeated_persons


def _names(t: str, taken=None) -> list[str]:
    return [t[s:e] for s, e in repeated_names(t, taken)]


def test_title_and_quotation_find_a_two_character_name():
    t = "外国总理达伦踏雪来到村里。“这里变化真大！”达伦说。在村史馆，达伦和随行人员看了展览。"
    assert _names(t) == ["达伦"] * 3


def test_name_runs_to_where_its_neighbours_vary():
    t = "说完，扎布才仁的马下山了。后来，扎布才仁跑起了运输。眼界大开的扎布才仁的店开了。"
    assert set(_names(t)) == {"扎布才仁"}


def test_surname_and_word_given_name_needs_a_title_and_three_mentions():
    t = "“扶贫书记”文花枝走访农户。随后，文花枝又去了镇上。村民说，文花枝的干劲大。"
    assert _names(t) == ["文花枝"] * 3
    assert _names("随后，文花枝又去了镇上。村民说，文花枝的干劲大。") == []


def test_nouns_quoted_names_and_familiar_forms_are_not_names():
    assert _names("农民种了脐橙。脐橙丰收了，脐橙很甜，脐橙卖得好。") == []
    assert _names("“中国寻根之旅”夏令营开营。“中国寻根之旅”夏令营闭营。") == []
    assert _names("小姜是我的学生。后来，小姜考上了大学，小姜说很开心。") == []


def test_taken_characters_block_a_name():
    t = "外国总理达伦踏雪来到村里。“这里变化真大！”达伦说。在村史馆，达伦和随行人员看了展览。"
    assert _names(t, [i < 8 for i in range(len(t))]) == []


def test_name_like_scores_characters():
    assert [name_like(w) for w in ("闹布才仁", "钱学正", "因病", "网销")] == [True, True, False, False]


def test_repeated_persons_adds_only_free_spans():
    t = "外国总理达伦踏雪来到村里。“这里变化真大！”达伦说。在村史馆，达伦和随行人员看了展览。"
    ents = [Cand(0, 2, "GPE", source="rule")]
    out = repeated_persons(ents, t, lambda s, e: Cand(s, e, "PERSON", prio=-1, source="document"))
    assert [(t[c.start:c.end], c.label) for c in out] == [("外国", "GPE")] + [("达伦", "PERSON")] * 3


def test_surname_and_one_character_named_with_two_strong_mentions():
    t = "合作社理事长穆师告诉记者，果子卖上了好价钱。“心里踏实。”穆师说。眼下，穆师又琢磨着建冷库。"
    assert _names(t) == ["穆师"] * 3
    assert _names("穆师又琢磨着建冷库。眼下，穆师想着办民宿。") == []


def test_model_names_crossing_a_repeated_name_give_way():
    t = "在城里打工的涂进海返乡过年。“路宽了！”涂进海说。今年，涂进海的老屋也翻新了。"
    model = Cand(t.index("海返乡"), t.index("海返乡") + 3, "PERSON", prio=-1, source="model")
    out = repeated_persons([model], t, lambda s, e: Cand(s, e, "PERSON", prio=-1, source="document"))
    assert [t[c.start:c.end] for c in out] == ["涂进海"] * 3


def test_a_repeated_string_around_a_model_name_does_not_replace_it():
    t = "谭家寨乡，谭泽勇当了20年村支书。“路通了。”谭泽勇说。村里，谭泽勇当了20年带头人。"
    ents = [Cand(j, j + 3, "PERSON", prio=-1, source="model") for j in (t.index("谭泽勇当"), t.rindex("谭泽勇当"))]
    out = repeated_persons(ents, t, lambda s, e: Cand(s, e, "PERSON", prio=-1, source="document"))
    assert "谭泽勇当" not in [t[c.start:c.end] for c in out]


def test_a_place_noun_and_a_localiser_is_no_repeated_name():
    # ent37b: 镇里 ("in the town") opened clauses three times on a page and was read as a person
    from corpus_tools.entities import model_spans

    t = ("同比增长一成。镇里引导企业转向自创品牌，全镇已有品牌二十个。会长柯伟明说，产品已经小有名气。镇里还投资"
         "三千万元建设研发中心。\n眼下，镇里正在社区建设市场。")
    words = model_spans([t])[0][1]
    assert "镇里" not in [t[s:e] for s, e in repeated_names(t, None, words)]
