"""The shared People's Daily 1998 reader (``training/people_daily.py``) and the scripts that use it.

Everything runs on a small corpus written here in the PKU format (no ``../shared``).
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# PKU format: id/m, two spaces between tokens, a trailing separator, blank lines between
# articles, bracketed compounds (two of them next to each other), an id-only line.
FIXTURE = (
    "19980101-01-001-001/m  迈向/v  充满/v  希望/n  的/u  新/a  世纪/n  ——/w  一九九八年/t  新年/t  讲话/n  \n"
    "19980101-01-001-002/m  中共中央/nt  总书记/n  、/w  国家/n  主席/n  江/nr  泽民/nr  \n"
    "19980101-01-001-003/m  通过/p  [中央/n  人民/n  广播/vn  电台/n]nt  [中央/n  电视台/n]nt  ，/w  向/p  "
    "[香港/ns  特别/a  行政区/n]ns  同胞/n  致以/v  问候/vn  。/w  祝/v  好/a  ！/w  \n"
    "\n"
    "19980101-01-002-001/m  \n"
    "19980101-01-002-002/m  １９９８年/t  ，/w  克林顿/nr  访问/v  北京/ns  。/w  \n"
    "\n"
    "19980127-04-001-001/m  记者/n  兰/nr  红光/nr  摄/Vg  \n"
)


def _load(name: str, rel: str):
    """Import a script of the repository by path; sys.path is left as it was."""
    saved = list(sys.path)
    try:
        spec = importlib.util.spec_from_file_location(name, REPO / rel)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    finally:
        sys.path[:] = saved
    return mod


pd98 = _load("people_daily", "training/people_daily.py")


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "199801.txt"
    path.write_text(FIXTURE, encoding="utf-8")
    return path


def test_parse_line_words_tags_and_compounds():
    pid, toks = pd98.parse_line(FIXTURE.splitlines()[2])
    assert pid == "19980101-01-001-003"
    assert [t.word for t in toks[:7]] == ["通过", "中央", "人民", "广播", "电台", "中央", "电视台"]
    assert [t.tag for t in toks[:7]] == ["p", "n", "n", "vn", "n", "n", "n"]
    assert [t.compound for t in toks[:8]] == [None, "nt", "nt", "nt", "nt", "nt", "nt", None]
    assert [t.compound_start for t in toks[:8]] == [False, True, False, False, False, True, False, False]
    # neighbouring compounds with the same tag stay apart
    assert [("".join(t.word for t in words), tag) for words, tag in pd98.compounds(toks)] == [
        ("中央人民广播电台", "nt"), ("中央电视台", "nt"), ("香港特别行政区", "ns")]
    assert pd98.paragraph_text(toks) == "通过中央人民广播电台中央电视台，向香港特别行政区同胞致以问候。祝好！"


def test_parse_line_edge_cases():
    assert pd98.parse_line("  \n") is None
    assert pd98.parse_line("19980101-01-002-001/m  \n") == ("19980101-01-002-001", [])
    # words are kept as written (no normalisation); the word is what precedes the last slash
    assert pd98.parse_line("x/m  １９９８年/t  3/4/m") == ("x", [pd98.Token("１９９８年", "t"), pd98.Token("3/4", "m")])
    # an unclosed bracket or a stray closing one gives words without a compound
    _, toks = pd98.parse_line("x/m  好/a]nt  [中央/n  电台/n")
    assert [t.compound for t in toks] == [None, None, None]
    assert pd98.compounds(toks) == []
    with pytest.raises(ValueError, match="unparsable token"):
        pd98.parse_line("x/m  中央")


def test_read_paragraphs_and_articles(corpus: Path):
    paras = list(pd98.read_paragraphs(corpus))
    assert [pid for pid, _ in paras] == ["19980101-01-001-001", "19980101-01-001-002", "19980101-01-001-003",
                                         "19980101-01-002-001", "19980101-01-002-002", "19980127-04-001-001"]
    assert paras[3][1] == []
    assert pd98.article_id("19980101-01-001-003") == "19980101-01-001"
    assert pd98.issue_day("19980127-04-001-001") == pd98.issue_day("19980127-04-001") == "19980127"
    arts = pd98.read_articles(corpus)
    assert list(arts) == ["19980101-01-001", "19980101-01-002", "19980127-04-001"]
    assert arts["19980101-01-002"] == ["", "１９９８年，克林顿访问北京。"]
    assert arts["19980101-01-001"][1] == "中共中央总书记、国家主席江泽民"


def test_segmenter_and_tagger_readers(corpus: Path):
    seg = _load("_seg_train_test", "training/segmenter/train.py")
    paras = seg.read_people_daily(corpus)
    ids = seg.paragraph_ids(corpus)
    assert len(paras) == len(ids) == 5  # the id-only line has no words
    assert ids[3] == "19980101-01-002-002"
    assert paras[3][:3] == [("1998年", "t"), ("，", "w"), ("克林顿", "nr")]  # normalised words
    train, dev = seg.corpus_sentences(corpus, {"19980127"})
    assert dev == [["记者", "兰", "红光", "摄"]]
    assert [a for a, _ in train] == ["19980101-01-001"] * 4 + ["19980101-01-002"]
    assert train[3] == ("19980101-01-001", ["祝", "好", "！"])
    tagger = _load("_tagger_train_test", "training/tagger/train.py")
    assert tagger._day_of_paragraphs(corpus) == ["19980101"] * 4 + ["19980127"]


def test_lexicon_readers(corpus: Path):
    ner = _load("_ner_lexicon_test", "training/ner/build_lexicon.py")
    names = {name: dict(c) for name, c in ner.names_1998(corpus).items()}
    assert names == {"中央人民广播电台": {"ORG": 1}, "中央电视台": {"ORG": 1}, "香港特别行政区": {"LOC": 1},
                     "中共中央": {"ORG": 1}, "江泽民": {"PER": 1}, "香港": {"LOC": 1}, "克林顿": {"PER": 1},
                     "北京": {"LOC": 1}, "兰红光": {"PER": 1}}
    seglex = _load("_seg_lexicon_test", "training/segmenter/build_lexicon.py")
    whole, split = seglex.corpus_split_counts(corpus, {"中央电视台", "人民广播", "1998年", "电视", "新年讲话"})
    assert whole == Counter({"1998年": 1})
    assert split == Counter({"中央电视台": 1, "人民广播": 1, "新年讲话": 1})  # 中央 电视台: two words


def test_char_vectors_text(corpus: Path, tmp_path: Path):
    shared = tmp_path / "shared"
    (shared / "data" / "people_daily_1998").mkdir(parents=True)
    corpus.replace(shared / "data" / "people_daily_1998" / "199801.txt")
    (shared / "data" / "ner_msra").mkdir()
    (shared / "data" / "ner_msra" / "msra_train_bio.txt").write_text("", encoding="utf-8")
    (shared / "data" / "ner_cluener2020").mkdir()
    for name in ("train.jsonl", "dev.jsonl"):
        (shared / "data" / "ner_cluener2020" / name).write_text("", encoding="utf-8")
    cv = _load("_char_vectors_test", "training/ner/char_vectors.py")
    lines = list(cv.unlabelled_lines(shared))
    assert lines[:5] == ["迈向充满希望的新世纪——一九九八年新年讲话", "中共中央总书记、国家主席江泽民",
                         "通过中央人民广播电台中央电视台，向香港特别行政区同胞致以问候。祝好！",
                         "１９９８年，克林顿访问北京。", "记者兰红光摄"]


def test_benchmark_readers(corpus: Path, tmp_path: Path):
    import json
    import lzma

    data = tmp_path / "shared" / "data"
    (data / "people_daily_1998").mkdir(parents=True)
    (data / "people_daily_1998" / "199801.txt").write_bytes(corpus.read_bytes())
    (data / "people_daily_2019_2020").mkdir()
    with lzma.open(data / "people_daily_2019_2020" / "articles.jsonl.xz", "wt", encoding="utf-8") as fh:
        for i, text in enumerate(["\u3000\u3000疫情防控工作有序开展。复工复产稳步推进。", ""]):
            fh.write(json.dumps({"id": f"20200201-01-0{i}", "date": "2020-02-01", "page": 1, "seq": i,
                                 "title": "标题", "text": text}, ensure_ascii=False) + "\n")
    (data / "ner_msra").mkdir()
    msra = "".join(f"{c}\tO\n" for c in "疫情防控工作有序开展。") + "\n" + "".join(f"{c}\tO\n" for c in "北京")
    (data / "ner_msra" / "msra_train_bio.txt").write_text(msra, encoding="utf-8")
    (data / "ner_msra" / "msra_test_bio.txt").write_text("", encoding="utf-8")
    (data / "ner_peoples_daily").mkdir()
    for name in ("example.dev", "example.test"):
        (data / "ner_peoples_daily" / name).write_text("", encoding="utf-8")
    (data / "ner_cluener2020").mkdir()
    (data / "ner_cluener2020" / "train.jsonl").write_text(json.dumps({"text": "平遥古城游客多"}) + "\n",
                                                         encoding="utf-8")
    (data / "ner_cluener2020" / "dev.jsonl").write_text("", encoding="utf-8")
    scale = _load("_bench_scale_test", "benchmarks/scale.py")
    df = scale.distinct_articles(data)
    assert df["source"].value_counts().to_dict() == {
        "People's Daily 1998-01": 3, "People's Daily 2019-2020": 1, "MSRA (pseudo-dated)": 1,
        "CLUENER (pseudo-dated)": 1}
    # the MSRA sentence already in the 2019-2020 article is dropped; "北京" (too short to dedupe) stays
    assert df.loc[df["source"] == "MSRA (pseudo-dated)", "body"].tolist() == ["北京"]
    assert df.loc[df["source"] == "MSRA (pseudo-dated)", "date"].tolist() == ["2006-01-01"]
    assert df.loc[df["source"] == "People's Daily 1998-01", "date"].tolist() == ["1998-01-01"] * 2 + ["1998-01-27"]
    sizes = [scale.sized(df, k) for k in (1, 2, 4, 8)]
    assert len(sizes[-1]) == len(df)  # 8x is everything, and no size is a copy
    for small, big in zip(sizes, sizes[1:]):
        assert set(small["issue_id"]) <= set(big["issue_id"])
    with pytest.raises(ValueError, match="replicate"):
        scale.sized(df, 16)
    analysis = _load("_bench_analysis_test", "benchmarks/analysis.py")
    c = analysis.read_pd1998(corpus)
    assert [i.id for i in c.issues] == ["rmrb19980101", "rmrb19980127"]
    assert [a.title for a in c.articles] == ["迈向充满希望的新世纪——一九九八年新年讲话", None, "记者兰红光摄"]
