"""The Dask path: equal to the local tables article for article, and robust to a dying worker."""

from __future__ import annotations

import os
import sys

import pandas as pd
import pytest

pytest.importorskip("distributed", reason='needs pip install "corpus_tools[dask]"')

from corpus_tools import Corpus, load_pipeline, read_corpus  # noqa: E402
from corpus_tools import distributed as ctd  # noqa: E402
from corpus_tools.parsing import tokens_frame  # noqa: E402

CHEAP = {"segmenter": "char", "tagger": False}  # fast pipeline: this tests the plumbing

PAGES = [
    "县委召开全体会议\n\n本报讯 3月5日，县委召开全体（扩大）会议，传达学习全国“两会”精神。\n\n（张三）\n",
    "岳壁乡开展植树活动\n\n本报讯 3月12日，岳壁乡组织干部群众在梁村开展义务植树活动。\n",
    "平遥报\n\n古城旅游迎来新高峰\n\n春节期间，平遥县接待游客十二万人次，旅游收入同比增长。\n",
    "冀郭村修通致富路\n\n今年以来，冀郭村投资八十万元硬化村内道路三公里。\n",
    "县医院开展义诊\n\n5月20日，县人民医院专家来到东泉镇，为群众免费义诊。\n",
    "中都乡召开党建会\n\n会议要求，各村党支部要抓好“三会一课”制度落实。\n",
]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    df = pd.DataFrame({"issue_id": [f"p{i}" for i in range(len(PAGES))], "text": PAGES,
                       "date": [f"2023-0{i + 1}-01" for i in range(len(PAGES))],
                       "county_code": ["140728"] * len(PAGES)})
    return read_corpus(df)


@pytest.fixture(scope="module")
def cheap_dir(tmp_path_factory):
    """The cheap pipeline saved as a folder: what the workers receive."""
    path = tmp_path_factory.mktemp("pipeline") / "cheap"
    load_pipeline(**CHEAP).to_disk(path)
    return path


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, Client(cluster) as c:
        yield c


def _as_str(df: pd.DataFrame) -> pd.DataFrame:
    return df.astype(str).reset_index(drop=True)


def test_parse_equals_local_article_for_article(corpus, client, cheap_dir):
    local = tokens_frame(corpus, nlp=load_pipeline(**CHEAP), cache_dir=False, progress=False)
    dist = ctd.parse(corpus, client=client, pipeline=cheap_dir, partition_size=2, cache_dir=False,
                     progress=False)
    assert list(dist.columns) == list(local.columns)
    assert dict(dist.dtypes.map(str)) == dict(local.dtypes.map(str))
    assert list(dist["article_id"].unique()) == [a.id for a in corpus.articles]
    for aid, part in local.groupby("article_id", observed=True, sort=False):
        pd.testing.assert_frame_equal(_as_str(dist[dist["article_id"] == aid]), _as_str(part))


def test_parse_writes_parquet_and_fills_the_parse_cache(client, tmp_path, cheap_dir):
    from corpus_tools.store import load_table, save_corpus

    # texts the workers have not seen (their in-memory table memo would skip the disk cache)
    corpus = read_corpus(pd.DataFrame({"issue_id": [f"q{i}" for i in range(len(PAGES))],
                                       "text": [p.rstrip() + "（完）\n" for p in PAGES]}))

    cache = tmp_path / "cache"
    out = tmp_path / "store"
    save_corpus(corpus, out, tables=(), progress=False)
    ctd.parse(corpus, client=client, out=out, pipeline=cheap_dir, partition_size=4, cache_dir=cache,
              progress=False)
    saved = load_table(out, "tokens")  # checked against the manifest, alongside the corpus tables
    local = tokens_frame(corpus, nlp=load_pipeline(**CHEAP), cache_dir=cache, progress=False)
    pd.testing.assert_frame_equal(_as_str(saved), _as_str(local))
    # the workers cached every article: a local analysis reads their parses
    from corpus_tools.parsing.cache import ShardCache, pipeline_fingerprint, text_key

    nlp = load_pipeline(**CHEAP)
    cached = ShardCache(cache, pipeline_fingerprint(nlp), nlp).where
    assert all(text_key(a.text) in cached for a in corpus.articles)


def test_config_overrides_and_deprecated_nlp_options_reach_the_workers(corpus, client):
    local = tokens_frame(corpus, nlp=load_pipeline(**CHEAP), cache_dir=False, progress=False)
    by_config = ctd.parse(corpus, client=client, config={"nlp": {"tokenizer": {"segmenter": "char"}}},
                          cache_dir=False, progress=False)
    assert list(by_config["text"]) == list(local["text"])  # the shipped tagger ran on char tokens
    assert by_config["tag"].ne("").all()
    with pytest.warns(DeprecationWarning, match="nlp_options"):
        old = ctd.parse(corpus, client=client, nlp_options=CHEAP, cache_dir=False, progress=False)
    pd.testing.assert_frame_equal(_as_str(old), _as_str(local))


def test_entities_equal_local(corpus, client):
    from corpus_tools.entities import extract_entities

    local = extract_entities(corpus, model=False)
    dist = ctd.extract_entities(corpus, client=client, model=False, partition_size=2, progress=False)
    assert len(local) > 0 and local["part"].eq("masthead").sum() == 1  # 平遥报 on the third page's banner
    assert list(dist.columns) == list(local.columns)
    for aid in [a.id for a in corpus.articles]:  # article for article, in the local order
        pd.testing.assert_frame_equal(_as_str(dist[dist["article_id"] == aid]),
                                      _as_str(local[local["article_id"] == aid]))
    pd.testing.assert_frame_equal(_as_str(dist), _as_str(local))
    # one label given as a plain string reaches the workers as that label
    villages = ctd.extract_entities(corpus, client=client, model=False, labels="VILLAGE", progress=False)
    assert len(villages) > 0 and set(villages["label"]) == {"VILLAGE"}
    assert len(villages) == int(local["label"].eq("VILLAGE").sum())


def _install_crash_hook(marker: str) -> int:
    """On a worker: the first tokens_frame call on any worker kills its process."""
    import corpus_tools.parsing as parsing

    original = getattr(parsing, "_test_original_tokens_frame", parsing.tokens_frame)
    parsing._test_original_tokens_frame = original

    def crashing(*args, **kwargs):
        try:
            fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            return original(*args, **kwargs)
        os.write(fd, str(os.getpid()).encode())
        os.close(fd)
        os._exit(1)  # the worker process dies mid-task

    parsing.tokens_frame = crashing
    return os.getpid()


def _remove_crash_hook() -> None:
    import corpus_tools.parsing as parsing

    if hasattr(parsing, "_test_original_tokens_frame"):
        parsing.tokens_frame = parsing._test_original_tokens_frame
        del parsing._test_original_tokens_frame


def test_dead_worker_is_retried_without_loss_or_duplicates(corpus, client, tmp_path, cheap_dir):
    import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # ship the hooks, not an import
    marker = tmp_path / "crashed"
    before = set(client.run(_install_crash_hook, str(marker)).values())
    try:
        dist = ctd.parse(corpus, client=client, pipeline=cheap_dir, partition_size=1, cache_dir=False,
                         progress=False)
    finally:
        client.run(_remove_crash_hook)
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert marker.exists(), "no worker was killed"
    assert int(marker.read_text()) in before
    client.wait_for_workers(2, timeout=60)
    after = set(client.run(os.getpid).values())
    assert after != before  # the killed worker was replaced
    local = tokens_frame(corpus, nlp=load_pipeline(**CHEAP), cache_dir=False, progress=False)
    assert len(dist) == len(local)
    assert not dist.duplicated(["article_id", "i"]).any()
    assert list(dist["article_id"].unique()) == [a.id for a in corpus.articles]
    pd.testing.assert_frame_equal(_as_str(dist), _as_str(local))


def test_bad_arguments(corpus, client):
    with pytest.raises(TypeError, match="dask.distributed.Client"):
        ctd.parse(corpus, client="tcp://127.0.0.1:8786")
    with pytest.raises(ValueError, match="nlp_options keys"), pytest.warns(DeprecationWarning):
        ctd.parse(corpus, client=client, nlp_options={"segmentor": "char"})
    with pytest.raises(ValueError, match="pipeline value"):
        ctd.parse(corpus, client=client, pipeline=corpus.issues[0].id)
    with pytest.raises(ValueError, match="partition_size"):
        ctd.parse(corpus, client=client, partition_size=0)
    with pytest.raises(ValueError, match="labels"):
        ctd.extract_entities(corpus, client=client, labels=["PERSONS"])


def test_keep_freed_memory_applies_on_linux():
    import platform
    import sys

    from corpus_tools import distributed as ctd

    applied = ctd._keep_freed_memory()
    assert applied is (sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc")
    assert ctd._keep_freed_memory() is applied  # once per process (cached)


def test_concat_unites_categories_by_codes_and_keeps_types():
    a = pd.DataFrame({"text": pd.Categorical(["县委", "会议", "县委"]), "i": pd.array([0, 1, 2], dtype="int32"),
                      "is_stop": [False, True, False]})
    b = pd.DataFrame({"text": pd.Categorical(["会议", None, "乡村"]), "i": pd.array([0, 1, 2], dtype="int32"),
                      "is_stop": [True, False, False]})
    df = ctd._concat(iter([a, a.iloc[:0], b]), ["text", "i", "is_stop"])
    assert isinstance(df["text"].dtype, pd.CategoricalDtype)
    assert df["text"].tolist()[:4] == ["县委", "会议", "县委", "会议"] and pd.isna(df["text"][4])
    assert df["text"][5] == "乡村" and len(df["text"].cat.categories) == 3
    assert str(df["i"].dtype) == "int32" and df["is_stop"].dtype == bool and list(df.index) == list(range(6))
    empty = ctd._concat(iter([]), ["text", "i"])
    assert list(empty.columns) == ["text", "i"] and len(empty) == 0


def _echo(part: list[int]) -> list[int]:
    import time

    time.sleep(0.05)
    return part


def test_in_order_keeps_few_tasks_in_flight(client):
    import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # ship _echo, not an import
    parts = [[i] for i in range(12)]
    ahead = 2 * sum(client.nthreads().values()) + 1
    seen, most = [], 0
    try:
        for got in ctd._in_order(client, "echo", _echo, parts, (), False, "echo"):
            seen.append(got)
            most = max(most, sum(1 for k in client.futures if "corpus_tools-echo-" in str(k)))
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert seen == parts  # in partition order
    assert 0 < most <= ahead + 1 < len(parts)  # never the whole corpus (+1: the one just read, being released)
