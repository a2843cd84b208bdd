"""Train the shipped PKU part-of-speech tagger (spaCy ``tagger``) and copy it into the package.

One command rebuilds the shipped pipeline ``corpus_tools/models/pipeline/`` (tokenizer settings,
tok2vec, PKU tagger, place tags)::

    python training/tagger/train.py

Data: People's Daily 1998-01 with its PKU tags, gold tokens, words normalised with
``corpus_tools.text.normalize_text`` as at run time. Days 01–24 train, 25–26 are the dev
set spaCy picks the best checkpoint on, 27–31 are held out and only scored at the end
(``training/work/tagger/heldout.json``).

    python training/tagger/train.py prepare     # write the .spacy files only
    python training/tagger/train.py train       # spacy train with config.cfg
    python training/tagger/train.py evaluate    # held-out accuracy of model-best
    python training/tagger/train.py export      # assemble the shipped pipeline from model-best

Training runs on gold words, so the training config (``config.cfg`` here) keeps spaCy's
character tokenizer; ``export`` gives the shipped pipeline our registered tokenizer and a
config without this machine's paths (:func:`corpus_tools.pipeline.assemble_pipeline`).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data"
WORK = REPO / "training" / "work" / "tagger"
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(REPO / "training"))  # people_daily.py

from people_daily import issue_day  # noqa: E402


def _segmenter_script():
    """training/segmenter/train.py, which owns the corpus reader and sentence splitter."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("_seg_train", REPO / "training" / "segmenter" / "train.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod

log = logging.getLogger("train_tagger")

#: Three one-off typos in the corpus.
TAG_FIXES = {"vvn": "vn", "na": "n", "Yg": "y"}
DEV_DAYS = ("19980125", "19980126")
TEST_FIRST_DAY = "19980127"


def _day_of_paragraphs(path: Path) -> list[str]:
    """Day (``19980101``) of each paragraph the segmenter script's ``read_people_daily`` returns."""
    return [issue_day(pid) for pid in _segmenter_script().paragraph_ids(path)]


def prepare(corpus: Path) -> dict:
    import spacy
    from spacy.tokens import Doc, DocBin

    WORK.mkdir(parents=True, exist_ok=True)
    seg = _segmenter_script()
    read_people_daily, split_sentences = seg.read_people_daily, seg.split_sentences
    paras = read_people_daily(corpus)
    days = _day_of_paragraphs(corpus)
    assert len(days) == len(paras), (len(days), len(paras))
    nlp = spacy.blank("zh")
    bins = {"train": DocBin(), "dev": DocBin(), "test": DocBin()}
    counts = {k: 0 for k in bins}
    for day, para in zip(days, paras):
        part = "test" if day >= TEST_FIRST_DAY else "dev" if day in DEV_DAYS else "train"
        # sentences of (word, tag): split on the words, then walk the tags along
        words = [w for w, _ in para]
        tags = [TAG_FIXES.get(t, t) for _, t in para]
        i = 0
        for sent in split_sentences(words):
            doc = Doc(nlp.vocab, words=sent, spaces=[False] * len(sent), tags=tags[i:i + len(sent)])
            i += len(sent)
            bins[part].add(doc)
            counts[part] += len(sent)
    for part, db in bins.items():
        db.to_disk(WORK / f"{part}.spacy")
    log.info("tokens per part: %s", counts)
    return counts


def train(args) -> None:
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    cmd = [sys.executable, "-m", "spacy", "train", str(HERE / "config.cfg"), "--output", str(WORK / "out"),
           "--paths.train", str(WORK / "train.spacy"), "--paths.dev", str(WORK / "dev.spacy")]
    for extra in args.override or []:
        cmd += extra.split("=", 1) if "=" in extra else [extra]
    log.info("running %s", " ".join(cmd))
    subprocess.run(cmd, check=True, env=env)


def evaluate(model_dir: Path) -> dict:
    """Tag accuracy on the held-out days, with gold tokens (as spaCy's tagger sees them)."""
    import spacy
    from spacy.tokens import Doc, DocBin

    nlp = spacy.load(model_dir)
    gold = list(DocBin().from_disk(WORK / "test.spacy").get_docs(nlp.vocab))
    n = correct = 0
    for gd in gold:
        pd = Doc(nlp.vocab, words=[t.text for t in gd], spaces=[False] * len(gd))
        for _, proc in nlp.pipeline:
            pd = proc(pd)
        for a, b in zip(pd, gd):
            n += 1
            correct += a.tag_ == b.tag_
    res = {"tag_acc_heldout": correct / n, "n_tokens": n, "days": f"{TEST_FIRST_DAY}-19980131"}
    (WORK / "heldout.json").write_text(json.dumps(res, indent=1), encoding="utf-8")
    log.info("held-out tag accuracy %.4f on %d tokens", res["tag_acc_heldout"], n)
    return res


def export(model_dir: Path, out: Path) -> None:
    """Write the shipped pipeline: the trained tok2vec + tagger with our tokenizer and place tags."""
    from corpus_tools.pipeline import assemble_pipeline

    assemble_pipeline(model_dir, out)
    log.info("exported %s -> %s", model_dir, out)


def main(argv=None) -> None:
    from corpus_tools.pipeline import PIPELINE_DIR

    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("command", nargs="?", default="all", choices=["all", "prepare", "train", "evaluate", "export"])
    p.add_argument("--corpus", default=str(SHARED / "people_daily_1998" / "199801.txt"))
    p.add_argument("--out", default=str(PIPELINE_DIR))
    p.add_argument("--override", nargs="*", help="extra spacy train overrides, e.g. --training.max_epochs=3")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s",
                        handlers=[logging.StreamHandler(sys.stdout)])
    best = WORK / "out" / "model-best"
    if args.command in ("all", "prepare"):
        prepare(Path(args.corpus))
    if args.command in ("all", "train"):
        train(args)
    if args.command in ("all", "evaluate"):
        evaluate(best)
    if args.command in ("all", "export"):
        export(best, Path(args.out))


if __name__ == "__main__":
    main()
