"""Bad arguments get a clear error naming the parameter (issue 19, case 12)."""

from __future__ import annotations

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools.dates import group_dates
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


# --- argument checks raise CorpusToolsError subclasses (still ValueError / TypeError) -------------

def _char_nlp():
    import spacy

    return spacy.blank("zh")  # character segmentation: no model to load


@pytest.fixture(scope="module")
def small():
    return ct.load_seeds().filter(issue_id=lambda i: i < "002")


BAD_OPTIONS = {
    "keywords by": (lambda c: ct.keywords(c, by="fortnight"), ValueError, r"`by` value = 'fortnight' is invalid"),
    "keywords min_df": (lambda c: ct.keywords(c, min_df=-1), ValueError, r"^min_df value = -1 is invalid; use an int >= 1"),
    "keywords max_df": (lambda c: ct.keywords(c, max_df="x"), ValueError, r"^max_df value = 'x' is invalid"),
    "keywords entities": (lambda c: ct.keywords(c, entities="yes"), TypeError, r"^entities must be a DataFrame"),
    "keyness entities": (lambda c: ct.keyness(c, c, entities=3), TypeError, r"^entities must be a DataFrame"),
    "keywords textrank n-grams": (lambda c: ct.keywords(c, method="textrank", ngram_range=(1, 2)), ValueError,
                                  r"^ngram_range value = \(1, 2\) is invalid with method='textrank'"),
    "keyword_trends terms None": (lambda c: ct.keyword_trends(c, None), TypeError, r"^terms must be a term or a list"),
    "kwic query": (lambda c: ct.kwic(c, ["古城"]), ValueError, r"^query value = \['古城'\] is invalid"),
    "collocations corpus": (lambda c: ct.collocations("县委召开会议"), TypeError, r"^corpus must be a Corpus"),
    "TopicModel min_df": (lambda c: TopicModel(min_df=0.0 - 1).fit(c), ValueError, r"^min_df value = -1.0 is invalid"),
    "TopicModel max_iter": (lambda c: TopicModel(max_iter=0).fit(c), ValueError, r"^max_iter value = 0 is invalid"),
    "compare_n_topics int": (lambda c: ct.compare_n_topics(c, 6), TypeError,
                             r"^n_topics must be a list of candidate numbers of topics"),
    "compare_n_topics empty": (lambda c: ct.compare_n_topics(c, []), ValueError, r"^n_topics is empty"),
    "plot_dispersion corpus": (lambda c: ct.plot_dispersion("县委", ["古城"]), TypeError, r"^corpus must be a Corpus"),
    "plot_keywords top_n": (lambda c: ct.plot_keywords(pd.DataFrame(), top_n=0), ValueError, r"^top_n value = 0"),
    "plot_trends df": (lambda c: ct.plot_trends([1, 2]), ValueError, r"got list$"),
    "TermFilter pos": (lambda c: ct.TermFilter(pos="n"), TypeError, r"^pos must be an iterable of tags"),
    "project_investments include_unlinked": (lambda c: ct.project_investments(c, include_unlinked="yes"), TypeError,
                                             r"^include_unlinked value = 'yes' is invalid; use True or False"),
    "group_dates by": (lambda c: group_dates(c, ["2023"], "fortnight"), ValueError, r"^`by` value = 'fortnight' is invalid"),
}


@pytest.mark.parametrize("case", list(BAD_OPTIONS))
def test_bad_options_raise_corpus_tools_errors_that_name_the_parameter(case, small):
    call, kind, message = BAD_OPTIONS[case]
    with pytest.raises(kind, match=message) as info:
        call(small)
    assert isinstance(info.value, ct.CorpusToolsError)


def test_the_two_argument_errors_are_both_kinds():
    from corpus_tools.errors import ArgumentTypeError, InvalidArgumentError

    assert issubclass(InvalidArgumentError, ValueError) and issubclass(InvalidArgumentError, ct.CorpusToolsError)
    assert issubclass(ArgumentTypeError, TypeError) and issubclass(ArgumentTypeError, ct.CorpusToolsError)
    with pytest.raises(ct.CorpusToolsError):
        check_corpus("县委召开会议")


def test_the_checks_run_before_any_parse(small, monkeypatch):
    """A bad min_df fails at once, not after the corpus was parsed (nothing is parsed here)."""
    import importlib

    kw = importlib.import_module("corpus_tools.keywords")  # the module, not the public function

    def no_parse(*args, **kwargs):
        raise AssertionError("parsed before checking the options")

    monkeypatch.setattr(kw, "term_frame", no_parse)
    with pytest.raises(ValueError, match="min_df"):
        kw.keywords(small, min_df=0, nlp=_char_nlp(), cache_dir=False)
