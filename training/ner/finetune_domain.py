"""Re-make the in-domain fine-tuned NER model in one command (benchmarks/ner_in_domain.md, eighteenth round).

    nice -n 5 /work/venv/bin/python training/ner/finetune_domain.py --shared ../shared [--out DIR] [--smoke]

Steps: the MSRA word features (``features.py``, skipped when cached), the in-domain sentences of every open
gold set (``domain_data.py``), then ``train_ner.py`` warm-started from the shipped weights on every open set
but the selection fold (:data:`SELECT`, blind11: checkpoint selection only, never trained on), three copies
each, with 12,000 MSRA sentences as rehearsal, stopped at :data:`SENTENCES` training sentences (the best
blind11 checkpoint of the run that made the candidate). The learning rate decays over :data:`DECAY_SENTENCES`
training sentences, not wall time, so a rerun with the same seed follows the same schedule on any machine
(the eighteenth-round run itself decayed over 45 minutes of wall time, which at its mean speed were about
36,000 sentences: its rate at 24,000 sentences was 0.000422, this schedule gives 0.000400; the rerun is
therefore close to, not identical with, that candidate). ``--minutes`` is only a safety stop.
``--smoke`` runs the same steps on a tiny configuration (2,000 MSRA sentences, 256 trained) into
``--out`` to check that the recipe still runs. Afterwards refit the ORG arbiter on the new model's spans::

    CORPUS_TOOLS_NER_MODEL=DIR python training/ner/train_org_arbiter.py --shared ../shared --c 1.0
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
#: the open gold sets trained on (domain_data.py names), three copies each
TRAIN_SETS = ("dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "edev", "seeds", "blind9", "blind10",
              "pages13", "pages14", "pages15", "pages16", "pages17", "pages18")
#: the open fold the checkpoints are scored on (never trained on)
SELECT = "blind11"
#: where the kept checkpoint of the eighteenth-round run stood
SENTENCES = 24000
#: the learning rate decays linearly over this many training sentences (45 minutes of the eighteenth-round run)
DECAY_SENTENCES = 36000
#: overrides of ``--smoke`` (argparse keeps the last value of an option)
SMOKE = ("--limit", "2000", "--dev", "200", "--msra-keep", "300", "--max-sentences", "256",
         "--decay-sentences", "384", "--eval-every", "128", "--warmup", "4")


def commands(shared: Path, out: Path, smoke: bool = False) -> list[list[str]]:
    """The three commands, in order (*smoke*: the training step on a tiny configuration)."""
    py = sys.executable
    dom = REPO / "training" / "work" / "domain"
    train = [py, str(HERE / "train_ner.py"), "--shared", str(shared), "--init", str(REPO / "corpus_tools" / "models" / "ner"),
             "--out", str(out), "--select", str(dom / f"dom_{SELECT}.jsonl"), "--msra-keep", "12000",
             "--minutes", "240", "--eval-every", "6000", "--learn-rate", "0.001", "--warmup", "200",
             "--msra-slack", "0.008", "--max-sentences", str(SENTENCES), "--decay-sentences", str(DECAY_SENTENCES),
             "--seed", "0"]
    for s in TRAIN_SETS:
        train += ["--extra", f"{dom / f'dom_{s}.jsonl'}:3"]
    if smoke:
        train += list(SMOKE)
    return [[py, str(HERE / "features.py"), "--shared", str(shared), "--splits", "msra_train", "msra_test"],
            [py, str(HERE / "domain_data.py"), "--shared", str(shared)],
            train]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--out", type=Path, default=None,
                    help="model folder (default training/work/ner_ft18, with --smoke training/work/ner_smoke)")
    ap.add_argument("--dry-run", action="store_true", help="print the commands only")
    ap.add_argument("--smoke", action="store_true", help="train on a tiny configuration (checks the recipe runs)")
    args = ap.parse_args(argv)
    out = args.out or REPO / "training" / "work" / ("ner_smoke" if args.smoke else "ner_ft18")
    cache = REPO / "training" / "work" / "ner_features" / "msra_train.jsonl"
    for k, cmd in enumerate(commands(args.shared, out, smoke=args.smoke)):
        if k == 0 and cache.exists():
            continue
        if args.dry_run:
            sys.stdout.write(" ".join(cmd) + "\n")
        else:
            subprocess.run(cmd, check=True)


if __name__ == "__main__":
    main()
