"""The one-command recipe of the in-domain NER model (training/ner/finetune_domain.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training" / "ner"))

import finetune_domain  # noqa: E402


def test_the_selection_fold_is_never_trained_on():
    train = finetune_domain.commands(Path("/shared"), Path("/out"))[-1]
    extras = [train[k + 1] for k, a in enumerate(train) if a == "--extra"]
    assert len(extras) == len(finetune_domain.TRAIN_SETS)
    assert not any(f"dom_{finetune_domain.SELECT}.jsonl" in x for x in extras)
    assert train[train.index("--select") + 1].endswith(f"dom_{finetune_domain.SELECT}.jsonl")
    assert train[train.index("--max-sentences") + 1] == str(finetune_domain.SENTENCES)


def test_the_learning_rate_decays_by_sentence_count_not_wall_time():
    train = finetune_domain.commands(Path("/shared"), Path("/out"))[-1]
    assert train[train.index("--decay-sentences") + 1] == str(finetune_domain.DECAY_SENTENCES)
    assert finetune_domain.DECAY_SENTENCES > finetune_domain.SENTENCES
    smoke = finetune_domain.commands(Path("/shared"), Path("/out"), smoke=True)[-1]
    # argparse keeps an option's last value: the smoke overrides come after the recipe's own
    assert smoke[:len(train)] == train
    last = {smoke[k]: smoke[k + 1] for k in range(len(train), len(smoke), 2)}
    assert int(last["--max-sentences"]) < int(last["--decay-sentences"]) < finetune_domain.SENTENCES
