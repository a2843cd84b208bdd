"""Bad arguments get a clear error naming the parameter (issue 19, case 12)."""

from __future__ import annotations

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools.errors import check_corpus, check_type
from corpus_tools.topics import TopicModel

CALLS = {
    "keywords": lambda x: ct.keywords(x),
    "keyness (target)": lambda x: ct.keyness(x, ct.load_seeds()),
    "keyword_trends": lambda x: ct.keyword_trends(x, ["古城"]),
    "emerging_terms": lambda x: ct.emerging_terms(x),
    "kwic": lambda x: ct.kwic(x, "古城"),
    "collocations": lambda x: ct.collocations(x),
    "cooccurrence": lambda x: ct.cooccurrence(x),
    "tokens_frame": lambda x: ct.tokens_frame(x),
    "parse_corpus": lambda x: ct.parse_corpus(x),
    "entity_counts": lambda x: ct.entity_counts(x),
    "project_investments": lambda x: ct.project_investments(x),
    "slogan_mentions": lambda x: ct.slogan_mentions(x),
    "TopicModel.fit": lambda x: TopicModel().fit(x),
    "Corpus.save": lambda x: ct.load_seeds().save(x),
}
NAMES = {"keyness (target)": "target", "cooccurrence": "data", "Corpus.save": "path"}


@pytest.mark.parametrize("call", list(CALLS))
@pytest.mark.parametrize("bad", ["县委召开会议。", None, 3])
def test_first_argument_of_the_wrong_type_is_named(call, bad):
    if call == "Corpus.save" and isinstance(bad, str):
        pytest.skip("a str is a valid path")
    with pytest.raises(TypeError, match=rf"^{NAMES.get(call, 'corpus')} must be"):
        CALLS[call](bad)


@pytest.mark.parametrize("call, name", [(lambda: ct.extract_entities(None), "corpus_or_texts"),
                                        (lambda: ct.read_corpus(None), "path"),
                                        (lambda: ct.normalize_text(None), "text"),
                                        (lambda: ct.find_entities(None), "text"),
                                        (lambda: ct.find_slogans(None), "text"),
                                        (lambda: ct.parse_amount(None), "text"),
                                        (lambda: ct.split_page(None), "raw")])
def test_none_where_text_is_expected_is_named(call, name):
    with pytest.raises(TypeError, match=rf"^{name} must be"):
        call()


def test_cooccurrence_rejects_an_unknown_label():
    ents = pd.DataFrame({"issue_id": ["i", "i"], "article_id": ["a", "a"], "text": ["平遥县", "岳壁乡"],
                         "label": ["GPE", "TOWNSHIP"]})
    with pytest.raises(ValueError, match=r"labels = \['TOWN'\] are invalid"):
        ct.cooccurrence(ents, labels=["TOWN"])
    assert len(ct.cooccurrence(ents, labels=["GPE", "TOWNSHIP"])) == 1


def test_cli_with_an_unwritable_output_prints_one_line_and_exits_2(tmp_path, capsys):
    from corpus_tools.cli import main

    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert main(["articles", str(ct.seeds_path()), "--format", "csv", "-o", str(blocker / "out.csv")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("corpus-tools: error:") and "a-file" in err[0]


def test_helpers_name_the_parameter():
    with pytest.raises(TypeError, match="^reference must be a Corpus"):
        check_corpus(pd.DataFrame(), "reference")
    assert check_type("n", 3, int, "an int") == 3
