"""md5 of ``extract_entities`` output, the check that speed work leaves the entities unchanged.

    python benchmarks/entities_md5.py            # md5s and CPU seconds
    python benchmarks/entities_md5.py --lines 600

Hashes, in row order, each entity's columns of :data:`corpus_tools.entities.ENTITY_COLUMNS`
(text, label, start, end, the link columns ``norm`` and ``admin_code``, and where the rows come
from) over

* ``pku``: the first ``--lines`` (1,500) non-empty lines of the SIGHAN 2005 PKU test text
  (``../shared/data/sighan2005_icwb2/pku_test.utf8``) as plain texts, in one call;
* ``seeds``: the five bundled seed pages (:func:`corpus_tools.load_seeds`).

Also prints the CPU time (``time.process_time``, less sensitive to other jobs than the wall
clock) of each call after a warm-up. Prints JSON; writes nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
PKU_TEST = SHARED / "data" / "sighan2005_icwb2" / "pku_test.utf8"


def frame_md5(df) -> str:
    """md5 of the entity rows (every entity column that is present, in order; None as ``\\N``)."""
    from corpus_tools.entities import ENTITY_COLUMNS

    cols = [c for c in ENTITY_COLUMNS if c in df.columns]
    h = hashlib.md5("\t".join(cols).encode("utf-8"))
    for row in df[cols].itertuples(index=False, name=None):
        line = "\t".join("\\N" if v is None or v != v else str(v) for v in row)
        h.update(b"\n" + line.encode("utf-8"))
    return h.hexdigest()


def pku_lines(n: int) -> list[str]:
    """The first *n* non-empty lines of the PKU test text."""
    lines = [ln for ln in PKU_TEST.read_text(encoding="utf-8-sig").splitlines() if ln.strip()]
    return lines[:n]


def main(argv: list[str] | None = None) -> dict:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--lines", type=int, default=1500, help="PKU test lines to tag (default 1500)")
    args = p.parse_args(argv)

    import corpus_tools as ct
    from corpus_tools.entities import extract_entities

    lines = pku_lines(args.lines)
    corpus = ct.load_seeds()
    extract_entities(pku_lines(args.lines + 40)[-40:])  # warm-up: models, gazetteer index
    out: dict = {}
    for name, data in (("pku", lines), ("seeds", corpus)):
        c0 = time.process_time()
        df = extract_entities(data)
        out[f"{name} cpu_s"] = round(time.process_time() - c0, 3)
        out[f"{name} rows"] = len(df)
        out[f"{name} md5"] = frame_md5(df)
    out["loadavg"] = os.getloadavg()
    print(json.dumps(out))
    return out


if __name__ == "__main__":
    main()
