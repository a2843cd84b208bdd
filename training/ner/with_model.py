"""Run a benchmark script with another NER model folder in place of the shipped one.

    /work/venv/bin/python training/ner/with_model.py training/work/ner_ft1 \
        benchmarks/external_gold.py /work/wt/blind-gold/blind11

The model folder is found by ``corpus_tools.entities.ner_model_dir``; this script sets its
``CORPUS_TOOLS_NER_MODEL`` to *model* for the run (nothing is copied), so a candidate can be scored in the full pipeline
(``find_entities`` / ``extract_entities``) before it replaces the shipped weights.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) < 2:
        raise SystemExit("usage: with_model.py MODEL_DIR SCRIPT [ARGS ...]")
    model = Path(argv[0]).resolve()
    if not (model / "config.cfg").exists():
        raise SystemExit(f"{model}: no config.cfg, not a spaCy model folder")
    import os

    from corpus_tools.entities import NER_MODEL_ENV

    os.environ[NER_MODEL_ENV] = str(model)
    script = argv[1]
    sys.argv = [script, *argv[2:]]
    sys.path.insert(0, str(Path(script).resolve().parent))
    runpy.run_path(script, run_name="__main__")


if __name__ == "__main__":
    main()
