"""CPU time and output md5 of ``extract_entities``, ``split_page`` and ``read_corpus`` in one fresh process.

    PYTHONPATH=<tree> python benchmarks/speed35_time.py ent600 [--repeats 3]
    PYTHONPATH=<tree> python benchmarks/speed35_time.py ent1500 | seeds | split | read

``ent600`` / ``ent1500``: the first 600 / 1,500 non-empty lines of the SIGHAN 2005 PKU test text in one
call; ``seeds``: the bundled seed pages; ``split``: :func:`corpus_tools.layout.split_page` of every
invented page of ``benchmarks/gold/pages2*`` (a ``<county>/<page>.txt`` with a pages-schema json beside
it); ``read``: :func:`corpus_tools.read_corpus` of each of those county folders and its articles frame.
After a warm-up call, the fastest of ``--repeats`` calls (``time.process_time``) and the md5 of the
output (identical outputs across trees: the check that speed work changes nothing). Prints JSON.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import sys
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from entities_md5 import frame_md5, pku_lines  # noqa: E402


def page_files() -> list[Path]:
    """Invented pages of ``benchmarks/gold/pages2*`` (those with a pages-schema json beside them)."""
    out = []
    for p in sorted(REPO.glob("benchmarks/gold/pages2*/*/*.json")):
        try:
            truth = json.loads(p.read_text(encoding="utf-8"))
        except ValueError:
            continue
        if isinstance(truth, dict) and "page" in truth:
            out.append(p.parent / truth["page"])
    return out


def run(what: str):
    """One call of the measured work; returns its output's md5."""
    import corpus_tools as ct
    from corpus_tools.entities import extract_entities
    from corpus_tools.layout import split_page

    if what in ("ent600", "ent1500"):
        return frame_md5(extract_entities(pku_lines(int(what[3:]))))
    if what == "seeds":
        return frame_md5(extract_entities(ct.load_seeds()))
    h = hashlib.md5()
    if what == "split":
        for p in page_files():
            lay = split_page(p.read_text(encoding="utf-8"))
            h.update(json.dumps(dataclasses.asdict(lay), ensure_ascii=False, default=str).encode("utf-8"))
        return h.hexdigest()
    if what == "read":
        for folder in sorted({p.parent for p in page_files()}):
            df = ct.read_corpus(folder).articles_frame()
            h.update(df.to_csv().encode("utf-8"))
        return h.hexdigest()
    raise ValueError(what)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=["ent600", "ent1500", "seeds", "split", "read"])
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    from corpus_tools.entities import extract_entities
    from corpus_tools.layout import split_page

    extract_entities(pku_lines(1540)[-40:])  # warm-up: models, gazetteer index
    split_page("本报讯 2023 年，平遥县新建\n公园 3 处。\n\n平遥县\n\n建设公园 美化城市\n")
    times, md5s = [], set()
    for _ in range(args.repeats):
        c0 = time.process_time()
        md5s.add(run(args.what))
        times.append(time.process_time() - c0)
    print(json.dumps({"tree": str(REPO), "what": args.what, "min_cpu_s": round(min(times), 3),
                      "cpu_s": [round(t, 3) for t in times], "md5": sorted(md5s),
                      "load1": round(os.getloadavg()[0], 1)}))


if __name__ == "__main__":
    main()
