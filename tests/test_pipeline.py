"""The spaCy pipeline: registered tokenizer and components, the shipped directory, save and load."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from importlib import import_module
from pathlib import Path

import pytest
import spacy

import corpus_tools

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    tomllib = pytest.importorskip("tomli", reason="reading pyproject.toml on Python 3.10 needs tomli")
from corpus_tools.nlp import MODEL_DIR, PIPELINE_VERSION
from corpus_tools.pipeline import (ENTITY_PIPE, PIPELINE_DIR, PLACE_TAG_PIPE, TOKENIZER_NAME, SpacyTokenizer,
                                   create_tokenizer, load_pipeline, pipeline_path, place_tags)

REPO = Path(__file__).resolve().parents[1]
TEXT = "县委书记在平遥县岳壁乡梁村调研乡村振兴工作。\n２０２３年 GDP增长５．３％"


def _docs(nlp, texts=(TEXT,)):
    return [[(t.text, t.idx, t.whitespace_, t.norm_, t.tag_) for t in nlp(x)] for x in texts]


@pytest.mark.parametrize("cfg", sorted(MODEL_DIR.glob("*/config.cfg")), ids=lambda p: p.parent.name)
def test_shipped_configs_hold_no_machine_paths(cfg):
    text = cfg.read_text(encoding="utf-8")
    assert not re.search(r'= *"(/|[A-Za-z]:\\\\)', text), f"absolute path in {cfg}"
    assert "/work/" not in text and "/home/" not in text


def test_shipped_config_tells_what_runs():
    nlp = spacy.load(pipeline_path())
    assert nlp.config["nlp"]["tokenizer"] == {"@tokenizers": TOKENIZER_NAME, "segmenter": "pkuseg",
                                              "lexicon": True, "user_words": []}
    assert nlp.pipe_names == ["tok2vec", "tagger", PLACE_TAG_PIPE]
    assert isinstance(nlp.tokenizer, SpacyTokenizer)
    assert nlp.meta["name"] == "corpus_tools_zh" and nlp.meta["version"] == PIPELINE_VERSION
    assert corpus_tools.pipeline_path() == PIPELINE_DIR
    # load_pipeline() is that pipeline, nothing added after loading
    assert _docs(load_pipeline()) == _docs(nlp)
    assert load_pipeline().config.to_str() == nlp.config.to_str()


@pytest.mark.parametrize("kwargs", [{}, {"user_words": ["推进乡村", "调研乡村"]}, {"segmenter": "char", "tagger": False}])
def test_to_disk_then_spacy_load_gives_identical_docs(tmp_path, kwargs):
    nlp = load_pipeline(**kwargs)
    nlp.to_disk(tmp_path / "p")
    again = spacy.load(tmp_path / "p")
    assert again.pipe_names == nlp.pipe_names
    assert again.config.to_str() == nlp.config.to_str()
    texts = (TEXT, "平遥县推进乡村振兴，调研乡村建设。")
    assert _docs(again, texts) == _docs(nlp, texts)
    if "user_words" in kwargs:
        assert "推进乡村" in [t.text for t in again(texts[1])]
        assert json.loads((tmp_path / "p" / "tokenizer" / "cfg").read_text(encoding="utf-8"))["user_words"] == \
            kwargs["user_words"]


def test_blank_pipeline_with_the_registered_tokenizer():
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME, "user_words": ["推进乡村"]}}})
    assert "推进乡村" in [t.text for t in nlp("平遥县推进乡村振兴")]
    with pytest.raises(ValueError, match="user_words only works"):
        create_tokenizer(segmenter="char", user_words=["乡村"])


def test_spacy_load_in_a_fresh_interpreter():
    code = ("import spacy, corpus_tools; nlp = spacy.load(corpus_tools.pipeline_path()); "
            "print(' '.join(f'{t.text}/{t.tag_}' for t in nlp('平遥县岳壁乡梁村')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert out.stdout.split() == ["平遥县/ns", "岳壁乡/ns", "梁村/ns"]


def test_entry_points_name_the_registered_objects():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    eps = project["entry-points"]
    from corpus_tools.entities import entity_component
    from corpus_tools.pipeline import PHRASE_PIPE, phrase_merger

    targets = {"spacy_tokenizers": {TOKENIZER_NAME: create_tokenizer},
               "spacy_factories": {PLACE_TAG_PIPE: place_tags, ENTITY_PIPE: entity_component,
                                   PHRASE_PIPE: phrase_merger}}
    for group, want in targets.items():
        assert set(eps[group]) == set(want)
        for name, target in eps[group].items():
            module, attr = target.split(":")
            assert getattr(import_module(module), attr) is want[name]


def test_spacy_load_finds_our_factories_without_importing_corpus_tools(tmp_path):
    # the entry points of pyproject.toml as an installed distribution would publish them
    # (pip install -e . writes the same entry_points.txt), on a path of their own
    eps = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["entry-points"]
    dist = tmp_path / "corpus_tools_entry_points-0.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: corpus_tools_entry_points\nVersion: 0.0\n")
    (dist / "entry_points.txt").write_text("".join(
        f"[{group}]\n" + "".join(f"{name} = {target}\n" for name, target in items.items()) + "\n"
        for group, items in eps.items() if group.startswith("spacy_")), encoding="utf-8")
    code = ("import sys, spacy; nlp = spacy.load(sys.argv[1]); "
            "assert 'corpus_tools' not in sys.modules or 'corpus_tools.pipeline' in sys.modules; "
            "print(len(nlp('平遥县岳壁乡梁村')), nlp.pipe_names[-1])")
    out = subprocess.run([sys.executable, "-c", code, str(PIPELINE_DIR)], capture_output=True, text=True,
                         env={"PYTHONPATH": f"{tmp_path}:{REPO}", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["3", PLACE_TAG_PIPE]


def test_tokenizer_cfg_from_another_tokenizer_is_refused(tmp_path):
    (tmp_path / "cfg").write_text('{"segmenter": "char"}', encoding="utf-8")
    with pytest.raises(ValueError, match="not the settings file"):
        load_pipeline(tagger=False).tokenizer.from_disk(tmp_path)


@pytest.mark.parametrize("words, text", [
    (["乡村", "振兴"], "乡村 振兴"),
    (["乡村", " ", "振兴"], "乡村  振兴\n"),
    (["平遥", "县"], " 平遥县"),
    (["平遥"], "平遥 \n\n"),
    ([], ""),
])
def test_words_and_spaces_as_spacy(words, text):
    from spacy.util import get_words_and_spaces

    from corpus_tools.pipeline import words_and_spaces

    assert words_and_spaces(words, text) == get_words_and_spaces(words, text)


def test_words_and_spaces_refuses_other_text():
    from corpus_tools.pipeline import words_and_spaces

    with pytest.raises(ValueError):
        words_and_spaces(["平遥"], "太谷")


# ---------------------------------------------------------------------------------------
# the optional phrase component: known formulae and users' words as one token


def test_phrase_component_joins_formulae_and_user_words_and_survives_to_disk(tmp_path):
    from corpus_tools.pipeline import PHRASE_PIPE

    nlp = spacy.blank("zh")  # one character a token: every formula is cut
    nlp.add_pipe(PHRASE_PIPE, config={"words": ["五抓五促"]})
    doc = nlp("信丰县坚持科学发\n展观，落实“五抓五促”，推进精准扶贫、精准脱贫。")
    assert [t.text for t in doc if t._.ct_phrase] == ["科学发\n展观", "五抓五促", "精准扶贫", "精准脱贫"]
    assert doc.text == "信丰县坚持科学发\n展观，落实“五抓五促”，推进精准扶贫、精准脱贫。"  # text preserved
    nlp.to_disk(tmp_path / "p")
    again = spacy.load(tmp_path / "p")
    assert [t.text for t in again("构建和谐社会") if t._.ct_phrase] == ["和谐社会"]


def test_phrase_component_checks_its_words():
    from corpus_tools.pipeline import PHRASE_PIPE

    from corpus_tools.errors import InvalidArgumentError

    with pytest.raises(InvalidArgumentError, match="words holds '五抓、五促'"):
        spacy.blank("zh").add_pipe(PHRASE_PIPE, config={"words": ["五抓、五促"]})
