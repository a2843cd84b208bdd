"""Forms of address and stray list items (corpus_tools._entity_rules.person_forms), with inline fixtures."""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools.entities import find_entities
from corpus_tools._entity_rules.person_forms import (address_surname, address_words, placed, rare_surname_word,
                                                    settle_persons, stray_list_item, uncued_words)


def _sur(ch: str) -> bool:
    return ch in "王李周孙钱冯欧"


def _role(w: str) -> bool:
    return w in ("记者", "通讯员")


def _make(s: int, e: int) -> Cand:
    return Cand(s, e, "PERSON", prio=-1, source="document")


def _people(out, t):
    return [t[c.start:c.end] for c in out if c.label == "PERSON"]


def _at(t: str, w: str, source: str = "model", nth: int = 0) -> Cand:
    s = -1
    for _ in range(nth + 1):
        s = t.index(w, s + 1)
    return Cand(s, s + len(w), "PERSON", source=source)


def test_address_words_are_mined_and_hold_the_kinship_forms():
    words = address_words()
    assert {"师傅", "女士", "大爷", "阿姨", "老弟"} <= words
    assert not {"书记", "主席", "市长", "同志"} & words  # titles stand before names or after full names


def test_address_surname():
    assert address_surname("孙师傅", _sur) == "孙"
    assert address_surname("孙小梅", _sur) is None
    assert address_surname("和师傅", _sur) is None  # no surname of ours


def test_anonymous_polite_form_is_dropped_at_every_mention():
    t = "在外打工的孙师傅想回乡。孙师傅说：“家里有活干了。”"
    ents = [_at(t, "孙师傅"), _at(t, "孙师傅", "document", 1)]
    assert _people(settle_persons(ents, t, _role, _sur, _make), t) == []


def test_form_of_address_of_a_named_person_is_kept_and_found():
    t = "钱桂兰今年七十岁。钱阿姨每天早起，邻居都喊她钱阿姨。"
    ents = [_at(t, "钱桂兰", "rule"), _at(t, "钱阿姨")]
    assert _people(settle_persons(ents, t, _role, _sur, _make), t) == ["钱桂兰", "钱阿姨", "钱阿姨"]


def test_model_familiar_form_of_a_named_person_is_kept():
    t = "潘世国走回了村。如今在村里，老潘一直在忙碌。潘世国说。"
    ents = [_at(t, "潘世国", "rule"), _at(t, "老潘"), _at(t, "潘世国", "rule", 1)]
    assert _people(settle_persons(ents, t, _role, lambda ch: ch in "潘老", _make), t) == ["潘世国", "老潘", "潘世国"]


def test_form_of_address_needs_a_clear_left_edge():
    t = "钱桂兰来了。值钱阿姨也说"
    ents = [_at(t, "钱桂兰", "rule")]
    assert _people(settle_persons(ents, t, _role, _sur, _make), t) == ["钱桂兰"]


def test_role_words_are_never_persons():
    t = "记者王小冬"
    ents = [Cand(0, 2, "PERSON", source="model"), Cand(2, 5, "PERSON", source="rule")]
    assert _people(settle_persons(ents, t, _role, _sur, _make), t) == ["王小冬"]


def test_stray_item_of_a_list_of_phrases():
    t = "坚持日盘点、周复盘、月总结，请来王小冬、冯青、孙一帆、河东籍专家，记者李一平、冯青"
    assert stray_list_item(t, t.index("周复盘"), t.index("周复盘") + 3, set(), _sur)
    s = t.index("孙一帆")
    assert not stray_list_item(t, s, s + 3, set(), _sur)  # the item before is shorter: a list of names
    s = t.rindex("冯青")
    assert not stray_list_item(t, s, s + 2, set(), _sur)  # 一平 is no item: the item before is 李一平
    ents = [_at(t, "周复盘"), _at(t, "王小冬", "rule"), _at(t, "冯青"), _at(t, "孙一帆")]
    assert _people(settle_persons(ents, t, _role, _sur, _make), t) == ["王小冬", "冯青", "孙一帆"]


def test_four_characters_with_a_common_word_at_the_end_are_no_model_name():
    t = "建设周家李子基地和王家梨园"
    ents = [Cand(t.index("李子基地"), t.index("李子基地") + 4, "PERSON", source="model")]
    assert _people(settle_persons(ents, t, _role, _sur, _make), t) == []


def test_anonymous_kinship_form_stays():
    t = "村口的冯大爷说，路修好了"
    ents = [_at(t, "冯大爷", "rule")]
    assert _people(settle_persons(ents, t, _role, _sur, _make), t) == ["冯大爷"]


def test_a_model_name_only_seen_between_quotes_is_a_coined_term():
    t = "村里的“孙管家”来了。大家都找孙管家。"
    ents = [_at(t, "孙管家"), _at(t, "孙管家", "document", 1)]
    assert _people(settle_persons(ents, t, _role, _sur, _make), t) == []
    t = "网友“王国华”留言。"
    assert _people(settle_persons([_at(t, "王国华")], t, _role, _sur, _make), t) == ["王国华"]  # a given name
    t = "“王小冬”，他喊了一声。王小冬回头。"
    ents = [_at(t, "王小冬"), _at(t, "王小冬", "model", 1)]
    assert _people(settle_persons(ents, t, _role, _sur, _make), t) == ["王小冬", "王小冬"]


def test_polite_form_of_a_named_surname_is_kept_not_added():
    t = "钱桂兰是老师。钱女士说，钱老师也来了。"
    ents = [_at(t, "钱桂兰", "rule"), _at(t, "钱女士")]
    assert _people(settle_persons(ents, t, _role, _sur, _make), t) == ["钱桂兰", "钱女士"]


def test_a_name_that_starts_a_unit_named_after_a_person_is_no_person_there():
    t = "走进冯青家庭农场，冯青说，冯青中学毕业后回了村。"
    farm = Cand(t.index("冯青家庭农场"), t.index("冯青家庭农场") + 6, "ORG", prio=1)
    ents = [_at(t, "冯青", "model", k) for k in range(3)] + [farm]
    assert _people(settle_persons(ents, t, _role, _sur, _make), t) == ["冯青", "冯青"]
    # without the unit found, the name is not lost
    assert _people(settle_persons(ents[:3], t, _role, _sur, _make), t) == ["冯青", "冯青", "冯青"]


def test_a_name_before_a_unit_head_is_the_units_name_and_stays_a_person_elsewhere():
    from corpus_tools.entities import find_entities

    # a farm named after a person is one ORG (GUIDE; 冯青家庭农场 above); the bare name later is the person
    found = [(e.text, e.label) for e in find_entities("李明农场里的苹果熟了，李明说今年收成好。")]
    assert ("李明农场", "ORG") in found and [t for t, lab in found if lab == "PERSON"] == ["李明"]


def test_a_polite_address_word_after_a_surname_is_no_title_before_a_name():
    from corpus_tools.entities import find_entities

    def people(t):
        return [e.text for e in find_entities(t) if e.label == "PERSON"]

    assert "都会来" not in people("每到周三，李大夫都会来村里坐诊。")
    assert "都会来" not in people("赵师傅都会来帮忙修车。")
    assert "刘芳" in people("数学老师刘芳说。")  # 学 ends the word 数学: 老师 is a title here


def test_the_last_list_item_may_run_on_into_the_clause_after_it():
    t = "乡里实行日调度、周研判、月考核制度。"
    s = t.index("周研判")
    assert stray_list_item(t, s, s + 3, set(), _sur)
    t = "表彰了王小红、周立新、李大海同志。"  # the other items are names
    s = t.index("周立新")
    assert not stray_list_item(t, s, s + 3, set(), _sur)


def test_an_abb_state_word_before_de_is_no_name():
    from corpus_tools._entity_rules.person_forms import state_tails, state_word, state_words

    assert "灿灿" in state_tails() and "艳艳" not in state_tails()  # 张艳艳 is written as a name in 1998
    assert "金灿灿" in state_words() and "绿油油" in state_words()
    t = "坡上黄灿灿的一片，乐呵呵地走了，金灿灿的稻谷"
    assert [state_word(t, t.index(w), t.index(w) + 3) for w in ("黄灿灿", "乐呵呵", "金灿灿")] == [True, True, True]
    # the same string used as a name elsewhere in the text is a name (not a dictionary word)
    t = "黄灿灿的作品获了奖，黄灿灿说要继续画下去。"
    assert not state_word(t, 0, 3)


def test_given_names_with_doubled_tails_stay_names():
    # review12 #4: given-name tails are out of the list, and a name used elsewhere stays
    from corpus_tools._entity_rules.person_forms import state_tails

    assert not {"洋洋", "森森", "灵灵"} & state_tails()
    for t, name in (("张洋洋的父亲是村里的种粮大户，张洋洋今年考上了大学。", "张洋洋"),
                    ("林森森的母亲在镇卫生院工作，林森森从小跟着她。", "林森森"),
                    ("杨灵灵的作品获了奖，杨灵灵说要继续画下去。", "杨灵灵")):
        assert [e.text for e in find_entities(t) if e.label == "PERSON"] == [name, name], t
    for t in ("田里的油菜花黄灿灿的，一片金灿灿的景象。", "山坡上绿油油的麦苗长势喜人。"):
        assert not [e for e in find_entities(t) if e.label == "PERSON"], t


def test_a_model_word_or_county_short_form_is_no_name():
    from corpus_tools._entity_rules.person_forms import plain_word_name

    assert plain_word_name("田野") and plain_word_name("罗平")  # a 1998 word; 罗平县
    assert not plain_word_name("王刚") and not plain_word_name("罗平县") and not plain_word_name("田")
    sur = lambda ch: ch in "田罗王"  # noqa: E731
    t = "田野里一片金黄，罗平的油菜花开了，王刚说"
    ents = [Cand(0, 2, "PERSON", source="model"), Cand(t.index("罗平"), t.index("罗平") + 2, "PERSON", source="model"),
            Cand(t.index("王刚"), t.index("王刚") + 2, "PERSON", source="model")]
    out = settle_persons(ents, t, lambda w: False, sur, lambda s, e: Cand(s, e, "PERSON"))
    assert [t[c.start:c.end] for c in out] == ["王刚"]


def test_a_word_name_after_a_title_stays():
    t = "副市长高洁说，高洁还说"
    ents = [Cand(3, 5, "PERSON", source="model"), Cand(7, 9, "PERSON", source="model")]
    out = settle_persons(ents, t, lambda w: False, lambda ch: ch == "高", lambda s, e: Cand(s, e, "PERSON"))
    assert [t[c.start:c.end] for c in out] == ["高洁", "高洁"]


def _persons(text: str) -> list[str]:
    return [e.text for e in find_entities(text) if e.label == "PERSON"]


def test_a_weak_surname_word_with_no_person_context_is_no_name():
    text = "演出征服了在场观众，余音绕梁、回味隽永。年画在清康熙至嘉庆年间达到鼎盛。"
    assert not {"余音", "康熙", "嘉庆"} & set(_persons(text))
    assert rare_surname_word(text, "余音", {})


def test_a_weak_surname_name_in_person_context_stays():
    text = "（本报记者郑琪、韩硕、万宇）世界银行前行长金墉认为，合作共赢。贺龙元帅亲自撰写碑文。"
    people = {text.index(w): text.index(w) + len(w) for w in ("郑琪", "韩硕")}
    assert not rare_surname_word(text, "万宇", people)
    assert not rare_surname_word(text, "金墉", {})
    assert not rare_surname_word(text, "贺龙", {})


def test_marks_and_a_run_on_report_verb_leave_a_name():
    text = "珠峰管理局副局长格桑介绍，此次主要针对的是普通游客。"
    ents = settle_persons([Cand(8, 12, "PERSON", source="rule")], text, lambda w: False, lambda ch: True,
                          lambda s, e: Cand(s, e, "PERSON"))
    assert [text[c.start:c.end] for c in ents] == ["格桑"]
    text = "（本报记者赵兵、徐靖、李纵）"
    ents = settle_persons([Cand(11, 14, "PERSON", source="model")], text, lambda w: False, lambda ch: True,
                          lambda s, e: Cand(s, e, "PERSON"))
    assert [text[c.start:c.end] for c in ents] == ["李纵"]


def test_a_verb_before_a_name_spelled_elsewhere_is_cut():
    text = "两位律师帮张晓莉分析案情。张晓莉拿到了工资。"
    assert _persons(text)[0] == "张晓莉"


def test_a_credit_or_quoting_verb_run_into_a_name_is_cut():
    assert _persons("工人乘坐免费列车返岗。/　　新华社记者  庄歌尔摄\n") == ["庄歌尔"]
    assert "朱熹" in _persons("宋代朱熹云：“问渠那得清如许。”")
    assert _persons("王云：“我来了。”") == ["王云"]


def test_uncued_crawl_strings_are_mined_and_drop_unplaced_model_names():
    words = uncued_words()
    assert "惠民生" in words and "蔡华伟" not in words
    text = "投资要着眼于补短板、惠民生、增后劲。"
    assert "惠民生" not in _persons(text)
    text = "/　　版式设计：蔡华伟\n"
    assert not placed(text, "惠民生", {}) and placed(text, "蔡华伟", {})


def test_a_model_name_that_is_a_site_is_no_person():
    assert "黄鹤" not in _persons("从黄鹤楼往北，经武昌路走两步。")
    assert "朱公堤" not in _persons("东海的百姓们把这条大堤称作朱公堤。")


def test_a_crop_the_model_reads_as_a_name_is_dropped():
    from corpus_tools._entity_rules.person_forms import produce_use

    t = "村里种了1200亩杨梅，杨梅熟了。"
    assert produce_use(t, "杨梅") and not produce_use("记者杨梅报道。", "杨梅")
    ents = [Cand(9, 11, "PERSON", source="model"), Cand(12, 14, "PERSON", source="model")]
    assert _people(settle_persons(ents, t, _role, lambda ch: ch == "杨", _make), t) == []
    t2 = "村民杨梅说，杨梅基地建成了。"  # placed by 村民 and 说: a person
    ents2 = [Cand(2, 4, "PERSON", source="model")]
    assert _people(settle_persons(ents2, t2, _role, lambda ch: ch == "杨", _make), t2) == ["杨梅"]


def test_a_model_name_a_rule_also_proposes_escapes_the_stray_filters():
    text = "演出征服了在场观众，余音绕梁、回味隽永。"
    ents = [_at(text, "余音")]
    assert _people(settle_persons(ents, text, _role, _sur, _make), text) == []  # a word read as a name
    kept = settle_persons(ents, text, _role, _sur, _make, vouched=frozenset({"余音"}))
    assert _people(kept, text) == ["余音"]  # vouched for by a rule or the document's repetitions
