"""Modern-news training sentences for the NER model: CLUENER 2020 mapped to PER/LOC/ORG,
and silver sentences from the People's Daily 2019-2020 crawl.

    /work/venv/bin/python training/ner/modern_data.py --shared ../shared cluener
    /work/venv/bin/python training/ner/modern_data.py --shared ../shared silver --sentences 12000

Both write JSON lines ``{"text": ..., "spans": [[start, end, label], ...]}`` (end exclusive,
labels PER/LOC/ORG) to ``training/work/`` (gitignored: derived from research-only text), read
by ``train_ner.py --extra``.

**CLUENER 2020** (fine-grained, 2010s Sina news) is mapped onto MSRA's PER/LOC/ORG and the
entity guide (``../shared/gold/entities/GUIDE.md``):

* ``name`` -> PER; ``company``, ``government``, ``organization`` -> ORG (the guide's ORG
  covers party and government bodies, enterprises, associations and media).
* ``position``, ``book``, ``game``, ``movie`` -> O: titles are never part of a name in the guide
  (``CLUENER`` marks 记者, 书记 as position, which teaches the model that a title is not a name);
  book and film titles are DOC or nothing in the guide and O in MSRA.
* ``address`` and ``scene`` are places in CLUENER's own convention: a full postal address
  (西昌市太和镇, 济南火车站车站街) is one span, where MSRA marks each place and the guide splits
  GPE/TOWNSHIP/FAC. Labelling them O would teach that places are not entities, and keeping
  long ones would teach a span convention neither MSRA nor the guide uses. So an address or
  scene span of 2-4 characters, or of up to 6 ending in one administrative suffix with no other
  inside, becomes LOC; a sentence with any other address or scene span is dropped.
* CLUENER labels sports teams named after a place as ``organization`` (阿根廷, 那不勒斯) where
  MSRA says LOC: a sentence with an organization span that CLUENER elsewhere marks as an
  address is dropped.

**Silver** sentences come from articles of the 2019-2020 crawl that can never be a gold report:
every article that passes ``benchmarks/gold_select.py``'s candidate filters, narrow, wide or dev7's (all
dev and blind county reports are drawn from those), every id of ``benchmarks/gold/*/manifest.tsv`` and of
``../shared/gold/entities-dev`` is skipped. Each sentence is labelled by the full entity system
(``corpus_tools.entities.find_entities`` on the whole article, rules + the shipped model, with
document context): its PERSON spans are PER, and the shipped model's own LOC/ORG spans are kept
where they do not overlap a PERSON, so the silver data teaches the system's person decisions
(role words, document-consistent full names, bylines) and adds no new negatives for places and
organisations (the guide's finer place labels and split ORG prefixes are not MSRA's).
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import re
import sys
from pathlib import Path

log = logging.getLogger("modern_data")
REPO = Path(__file__).resolve().parents[2]
WORK = REPO / "training" / "work"
CLUENER_MAP = {"name": "PER", "company": "ORG", "government": "ORG", "organization": "ORG"}
PLACE_TYPES = ("address", "scene")
_ADMIN = re.compile(r"[省市县区州盟旗镇乡村]")


def short_place(name: str) -> bool:
    """Whether a CLUENER address/scene span is one place name MSRA would also mark as LOC."""
    if 2 <= len(name) <= 4:
        return len(_ADMIN.findall(name[:-1])) == 0 or len(name) <= 3
    return len(name) <= 6 and _ADMIN.fullmatch(name[-1]) is not None and not _ADMIN.search(name[1:-1])


def read_cluener(path: Path, place_names: set[str] | None = None) -> tuple[list[tuple[str, list]], dict]:
    """CLUENER sentences mapped to ``(text, [(start, end, label)])`` and counts of what was dropped.

    *place_names* are the strings CLUENER marks as address anywhere (default: those of *path*).
    """
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if place_names is None:
        place_names = {e["entity"] for r in rows for e in r["entity_list"] if e["entity_type"] == "address"}
    out, stats = [], {"sentences": len(rows), "dropped_long_place": 0, "dropped_team": 0}
    for r in rows:
        spans, ok = [], True
        for e in r["entity_list"]:
            s, t, typ, name = e["entity_index"]["begin"], e["entity_index"]["end"], e["entity_type"], e["entity"]
            if typ in PLACE_TYPES:
                if not short_place(name):
                    stats["dropped_long_place"] += 1
                    ok = False
                    break
                spans.append((s, t, "LOC"))
            elif typ in CLUENER_MAP:
                if typ == "organization" and name in place_names:
                    stats["dropped_team"] += 1
                    ok = False
                    break
                spans.append((s, t, CLUENER_MAP[typ]))
        if ok:
            spans.sort()
            if all(a[1] <= b[0] for a, b in zip(spans, spans[1:])):
                out.append((r["text"], spans))
    stats["kept"] = len(out)
    return out, stats


def gold_ids(shared: Path) -> set[str]:
    """Ids of every crawl article that is, or could be, a gold report (see the module docstring)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    import gold_select

    corpus = shared / "data" / "people_daily_2019_2020" / "articles.jsonl.xz"
    ids = {a["id"] for a in gold_select.candidates(corpus)} | {a["id"] for a in gold_select.candidates(corpus, wide=True)}
    ids |= {a["id"] for a in gold_select.candidates7(corpus, governance=False)}  # dev7/blind7's wider filter
    ids |= set(gold_select.ENTITIES_DEV) | set(gold_select.DROPPED)
    for manifest in (REPO / "benchmarks" / "gold").glob("*/manifest.tsv"):
        ids |= set(re.findall(r"\d{8}-\d{2}-\d{2}", manifest.read_text(encoding="utf-8")))
    for p in (shared / "gold" / "entities-dev").glob("*"):
        if p.is_file() and p.suffix in (".txt", ".json", ".tsv", ".md"):
            ids |= set(re.findall(r"\d{8}-\d{2}-\d{2}", p.read_text(encoding="utf-8")))
    return ids


_SENT = re.compile(r"[^。！？\n]*[。！？]?")


def silver(shared: Path, n_sentences: int, seed: int = 0) -> tuple[list[tuple[str, list]], dict]:
    """Silver-labelled sentences of non-gold crawl articles (see the module docstring)."""
    from corpus_tools.entities import find_entities, model_spans

    sys.path.insert(0, str(REPO / "training"))
    import crawl

    skip = gold_ids(shared)
    arts = [a for a in crawl.read_crawl(shared) if a["id"] not in skip]
    rng = random.Random(seed)
    rng.shuffle(arts)
    out: list[tuple[str, list]] = []
    stats = {"articles_skipped_as_gold_or_candidate": len(skip), "articles_used": 0}
    for a in arts:
        if len(out) >= n_sentences:
            break
        stats["articles_used"] += 1
        text = a["text"]
        ents = find_entities(text)
        persons = [(e.start, e.end) for e in ents if e.label == "PERSON"]
        spans = [(s, t, "PER") for s, t in persons]
        for s, t, lab in (model_spans([text]) or [([], None)])[0][0]:
            if lab != "PER" and not any(s < b and a_ < t for a_, b in persons):
                spans.append((s, t, lab))
        spans.sort()
        if not all(x[1] <= y[0] for x, y in zip(spans, spans[1:])):
            stats["articles_overlapping"] = stats.get("articles_overlapping", 0) + 1
            continue
        for m in _SENT.finditer(text):
            s0, s1 = m.span()
            while s0 < s1 and text[s0] in "\u3000 \n":
                s0 += 1
            if not 8 <= s1 - s0 <= 160:
                continue
            if any(s < s0 < t or s < s1 < t for s, t, _ in spans):
                continue
            out.append((text[s0:s1], [(s - s0, t - s0, lab) for s, t, lab in spans if s0 <= s and t <= s1], a["id"]))
    stats["sentences"] = len(out)
    for lab in ("PER", "LOC", "ORG"):
        stats[lab] = sum(x[2] == lab for _, sp, _ in out for x in sp)
    return out, stats


def write(rows, path: Path) -> None:
    """``(text, spans)`` or ``(text, spans, article_id)`` rows as JSON lines."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for text, spans, *art in rows:
            row = {"text": text, "spans": [list(s) for s in spans], **({"id": art[0]} if art else {})}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def read(path: Path) -> list[tuple[str, list]]:
    """Rows written by :func:`write`."""
    with open(path, encoding="utf-8") as fh:
        return [(r["text"], [tuple(s) for s in r["spans"]]) for r in map(json.loads, fh)]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    sub = ap.add_subparsers(dest="what", required=True)
    c = sub.add_parser("cluener")
    c.add_argument("--heldout", type=int, default=800, help="last N training sentences: model-selection dev")
    s = sub.add_parser("silver")
    s.add_argument("--sentences", type=int, default=12000)
    s.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    if args.what == "cluener":
        base = args.shared / "data" / "ner_cluener2020"
        train_rows = [json.loads(x) for x in (base / "train.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
        places = {e["entity"] for r in train_rows for e in r["entity_list"] if e["entity_type"] == "address"}
        train, st = read_cluener(base / "train.jsonl", places)
        dev, sd = read_cluener(base / "dev.jsonl", places)
        write(train[:-args.heldout], WORK / "cluener_train.jsonl")
        write(train[-args.heldout:], WORK / "cluener_select.jsonl")
        write(dev, WORK / "cluener_dev.jsonl")
        log.info("CLUENER train %s; dev %s", st, sd)
    else:
        rows, st = silver(args.shared, args.sentences, args.seed)
        write(rows, WORK / "silver_2019_2020.jsonl")
        log.info("silver %s", st)


if __name__ == "__main__":
    main()
