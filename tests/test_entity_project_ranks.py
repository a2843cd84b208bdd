"""Project names given as a rank or a pilot's title (corpus_tools._entity_rules.project_ranks, facloc33)."""

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.project_ranks import ranked_projects


def _kept(text, names):
    ents = [Cand(text.index(n), text.index(n) + len(n), "PROJECT") for n in names]
    return [text[c.start:c.end] for c in ranked_projects(ents, text)]


def test_a_rank_after_a_naming_verb_is_no_project():
    t = "全乡把饮水安全作为一号民生工程来抓。"
    assert _kept(t, ["一号民生工程"]) == []
    t = "合作社被评为“企业+基地”产业扶贫示范项目；"
    assert _kept(t, ["“企业+基地”产业扶贫示范项目"]) == []


def test_a_pilot_unit_is_no_project():
    t = "我县被确定为全市集体林权制度改革试点县之一。"
    assert _kept(t, ["集体林权制度改革试点"]) == []


def test_a_particular_project_stays():
    t = "作为全县重点的南河引水工程已经完工，集体林权制度改革试点工作全面铺开。"
    assert _kept(t, ["南河引水工程", "集体林权制度改革试点"]) == ["南河引水工程", "集体林权制度改革试点"]
