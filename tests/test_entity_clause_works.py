"""PROJECT and EVENT spans that run over a clause (corpus_tools._entity_rules.clause_works, ent37a)."""

import pytest

import corpus_tools as ct
from corpus_tools._entity_rules.clause_works import clause_works
from corpus_tools._entity_rules.lexicon import Cand


def _kept(text, spans, feats=None):
    ents = [Cand(s, e, lab) for s, e, lab in spans]
    return [text[c.start:c.end] for c in clause_works(ents, text, feats)]


def _feats(words):
    """Per-character features of space-separated ``word/tag`` items."""
    out = []
    for item in words.split():
        w, tag = item.split("/")
        out += [f"S-{tag}"] if len(w) == 1 else [f"B-{tag}"] + [f"I-{tag}"] * (len(w) - 2) + [f"E-{tag}"]
    return out


def test_a_post_inside_the_span_makes_it_a_clause():
    t = "镇长李某主持试点工作"
    assert _kept(t, [(0, 8, "PROJECT")]) == []


def test_a_post_at_the_end_or_before_one_character_stays():
    # a post followed by fewer than two characters says nothing of a clause (a cup named after the post)
    t = "镇长杯"
    assert _kept(t, [(0, 3, "EVENT")]) == ["镇长杯"]


def test_a_meeting_inside_a_project_is_its_subject():
    t = "镇政府常务会议研究部署农村改厕试点"
    assert _kept(t, [(0, 17, "PROJECT")]) == []


def test_a_one_character_preposition_word_makes_a_clause():
    t = "乡长就试点"
    f = _feats("乡长/n 就/p 试点/vn")
    assert _kept(t, [(0, 5, "PROJECT")], f) == []


def test_the_same_character_inside_a_word_stays():
    t = "再就业工程"
    f = _feats("再就业/vn 工程/n")
    assert _kept(t, [(0, 5, "PROJECT")], f) == ["再就业工程"]


def test_a_counted_head_names_no_project():
    t = "引进一个项目"
    f = _feats("引进/v 一个/m 项目/n")
    assert _kept(t, [(2, 6, "PROJECT")], f) == []


def test_a_named_project_with_a_number_stays():
    t = "三北防护林工程"
    f = _feats("三北/j 防护林/n 工程/n")
    assert _kept(t, [(0, 7, "PROJECT")], f) == ["三北防护林工程"]


@pytest.mark.parametrize("label, prio, source", [("FAC", 1, "rule"), ("PROJECT", 2, "rule"),
                                                 ("PROJECT", 1, "list")])
def test_other_labels_listed_names_stay(label, prio, source):
    t = "镇长李某主持试点工作"
    out = clause_works([Cand(0, 8, label, prio=prio, source=source)], t, None)
    assert len(out) == 1


def test_quoted_names_stay():
    t = "“乡长进村”行动"
    assert _kept(t, [(0, 8, "PROJECT")]) == ["“乡长进村”行动"]


def test_text_must_be_a_string():
    with pytest.raises(TypeError, match="text must be a str"):
        clause_works([], b"x", None)


def test_extract_entities_drops_the_clause():
    df = ct.extract_entities(["副县长张某就试点工作作了部署。"], labels=["PROJECT"])
    assert df.empty


@pytest.mark.parametrize("text", ["某市政府第十次市长办公会", "县委书记专题会", "县人大常委会主任会议"])
def test_a_posts_own_meeting_stays(text):
    assert _kept(text, [(0, len(text), "EVENT")]) == [text]
