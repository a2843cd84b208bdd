"""In-domain NER training sentences: the open county-report gold projected onto its texts.

    /work/venv/bin/python training/ner/domain_data.py --shared ../shared

Writes one JSON-lines file per gold set to ``training/work/domain/dom_<set>.jsonl`` (gitignored:
derived from research-only text), rows ``{"text", "spans", "id"}`` as ``modern_data.write``,
read by ``train_ner.py --extra`` / ``--select``, and caches the sentences' word features for
``features.load_features`` (``training/work/ner_features/dom_<set>.jsonl``).

Sets (all open under the round's rules; never a kept-apart report):

* ``dev4`` … ``dev9``: the open parts of ``benchmarks/gold/devN`` (d4_01–08, dN_01–10), texts in
  ``/work/devN/texts``; the kept-apart reports (d4_09–12, dN_11–14) are never opened.
* ``edev``: the 15 tune reports of ``../shared/gold/entities-dev`` (the held-apart ones, NN divisible
  by 4, are never opened); ``seeds``: the gold of seed pages 000/001.
* ``blind9`` … ``blind11``: the released blind sets (``/work/wt/blind-gold``).
* ``pages13`` … ``pages18``: the invented pages' ``entity_gold`` (``entities_optional`` spans are
  left unannotated, see below).

The gold has no offsets. Each document's gold strings are projected by the guide's flat, maximal,
longest-first rule: longer strings first, every occurrence that overlaps no span already placed.
Labels are mapped onto the model's: PERSON -> PER; GPE, TOWNSHIP, VILLAGE, COMMUNITY, LOC -> LOC;
ORG -> ORG; PROJECT, EVENT, DOC -> O (no label of the model covers them, and MSRA leaves
programmes, events and documents unlabelled too). FAC, a string gold gives two labels that map
differently, and the optional spans of the pages are **missing** (label ``-``): the characters are
neither taught as an entity nor as O, because MSRA marks many facilities LOC or ORG and the guide
calls them FAC (see docs/model_card_ner.md, *In-domain fine-tuning*).

Sentences are split at 。！？ and line ends, whitespace removed (the runtime document drops it
too); a sentence longer than 200 characters is cut at ；/， where no span crosses.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
from collections import Counter
from pathlib import Path

from corpus_tools.scoring.entities import is_held_apart, page_text, read_gold_entities, spaceless_counts
from corpus_tools.text import strip_spaces

log = logging.getLogger("domain_data")
REPO = Path(__file__).resolve().parents[2]
WORK = REPO / "training" / "work" / "domain"
LABEL_MAP = {"PERSON": "PER", "GPE": "LOC", "TOWNSHIP": "LOC", "VILLAGE": "LOC", "COMMUNITY": "LOC", "LOC": "LOC",
             "ORG": "ORG", "PROJECT": "O", "EVENT": "O", "DOC": "O", "FAC": "-"}
MISSING = "-"
_SENT = re.compile(r"[^。！？\n]+[。！？]*[”’」）)]*")
MAX_LEN = 200


def _open_dev(n: int) -> list[str]:
    """Open stems of dev set *n* (d4_01–08, dN_01–10): the kept-apart ones are excluded by name."""
    last = 8 if n == 4 else 10
    return [f"d{n}_{k:02d}" for k in range(1, last + 1)]


def _rows_counts(rows: list[dict]) -> Counter:
    """``(text, label)`` -> count of gold rows, rows repeating a pair added."""
    out: Counter = Counter()
    for g in rows:
        out[(g["text"], g["label"])] += int(g.get("count", 1))
    return out


def gold_sets(shared: Path, *, wt: Path = Path("/work/wt"), work: Path = Path("/work")) -> dict[str, list[tuple]]:
    """set name -> ``[(stem, text, gold Counter, optional Counter), ...]`` of every open gold set."""
    out: dict[str, list[tuple]] = {}

    def folder_docs(entities: Path, texts: Path, stems) -> list[tuple]:
        docs = []
        for stem in stems:
            g, t = entities / f"{stem}.json", texts / f"{stem}.txt"
            if g.exists() and t.exists():
                docs.append((stem, page_text(t.read_text(encoding="utf-8-sig")), read_gold_entities(g), Counter()))
        return docs

    for n in range(4, 10):
        out[f"dev{n}"] = folder_docs(work / f"dev{n}" / "entities", work / f"dev{n}" / "texts", _open_dev(n))
    edev = shared / "gold" / "entities-dev"
    out["edev"] = folder_docs(edev, edev, sorted(p.stem for p in edev.glob("src_rmrb_*.json") if not is_held_apart(p.stem)))
    seeds = REPO / "corpus_tools" / "data" / "seeds"
    out["seeds"] = folder_docs(shared / "gold" / "entities", seeds,
                               sorted(p.stem for p in (shared / "gold" / "entities").glob("0*.json")))
    for n in (9, 10, 11):
        b = wt / "blind-gold" / f"blind{n}"
        out[f"blind{n}"] = folder_docs(b / "entities", b / "texts", sorted(p.stem for p in (b / "entities").glob("*.json")))
    for n in range(13, 19):
        docs = []
        for truth in sorted((wt / "pages-gold" / f"pages{n}").glob("*/*.json")):
            src = truth.with_suffix(".txt")
            row = json.loads(truth.read_text(encoding="utf-8"))
            if "entity_gold" not in row or not src.exists():
                continue
            # the scorer's counts: strings equal without spaces (邱　敏, 邱敏) add up, none replaces another
            gold = spaceless_counts(_rows_counts(row["entity_gold"]))
            opt = Counter((strip_spaces(o[0] if isinstance(o, list) else o.get("text", "")),
                           (o[1] if isinstance(o, list) else o.get("label", ""))) for o in row.get("entities_optional") or [])
            docs.append((f"{truth.parent.name}/{truth.stem}", page_text(src.read_text(encoding="utf-8-sig")), gold, opt))
        out[f"pages{n}"] = docs
    return out


def project(text: str, gold: Counter, optional: Counter = Counter()) -> tuple[list[tuple[int, int, str]], Counter]:
    """Model-label spans of *gold* in *text* (whitespace already removed), longest first, flat.

    Returns the spans (label ``-`` = missing annotation, no O) and counts of the projection:
    ``found`` (occurrences placed), ``gold`` (mentions counted by the annotators), ``excess``
    (occurrences beyond the count, still labelled) and ``short`` (counted mentions not found).
    """
    by_text: dict[str, set[str]] = {}
    counts: Counter = Counter()
    for (s, lab), c in gold.items():
        if s:
            by_text.setdefault(s, set()).add(LABEL_MAP.get(lab, MISSING))
            counts[s] += c
    for s, _ in optional:
        if s and s not in by_text:
            by_text[s] = {MISSING}
    taken = [False] * len(text)
    spans: list[tuple[int, int, str]] = []
    stats: Counter = Counter()
    for s in sorted(by_text, key=lambda x: (-len(x), x)):
        labs = by_text[s]
        lab = next(iter(labs)) if len(labs) == 1 else MISSING
        found = 0
        for m in re.finditer(re.escape(s), text):
            a, b = m.span()
            if any(taken[a:b]):
                continue
            taken[a:b] = [True] * (b - a)
            found += 1
            if lab != "O":
                spans.append((a, b, lab))
        if counts[s]:
            stats["gold"] += counts[s]
            stats["found"] += min(found, counts[s])
            stats["excess"] += max(0, found - counts[s])
            stats["short"] += max(0, counts[s] - found)
    spans.sort()
    return spans, stats


def sentences(text: str, spans) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Sentences of *text* with their spans (offsets relative to the sentence); crossing spans end a sentence late."""
    cuts = []
    for m in _SENT.finditer(text):
        a, b = m.span()
        if cuts and any(s < a < e for s, e, _ in spans):  # a span crosses the boundary: join
            cuts[-1] = (cuts[-1][0], b)
        else:
            cuts.append((a, b))
    out = []
    for a, b in cuts:
        for a2, b2 in _cut_long(text, a, b, spans):
            sent = text[a2:b2]
            if len(sent.strip()) >= 2:
                out.append((sent, [(s - a2, e - a2, lab) for s, e, lab in spans if a2 <= s and e <= b2]))
    return out


def _cut_long(text: str, a: int, b: int, spans) -> list[tuple[int, int]]:
    out = []
    while b - a > MAX_LEN:
        cut = None
        for k in range(a + MAX_LEN, a + 40, -1):
            if text[k - 1] in "；，、" and not any(s < k < e for s, e, _ in spans):
                cut = k
                break
        if cut is None:
            break
        out.append((a, cut))
        a = cut
    out.append((a, b))
    return out


def build(text: str, gold: Counter, optional: Counter = Counter()):
    """Sentences of one document (whitespace removed) with projected spans, and projection counts."""
    compact = "".join(ch for ch in text if ch == "\n" or not ch.isspace())
    spans, stats = project(compact, gold, optional)
    return sentences(compact, spans), stats


def cache_features(texts: list[str], name: str) -> None:
    """Segment and tag *texts* once and write them where ``features.load_features(texts, name)`` looks."""
    from corpus_tools._charner import parse_features
    from features import CACHE, model_stamp

    CACHE.mkdir(parents=True, exist_ok=True)
    texts = list(dict.fromkeys(texts))
    with open(CACHE / f"{name}.jsonl", "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"models": model_stamp()}) + "\n")
        for t, f in zip(texts, parse_features(texts)):
            fh.write(json.dumps({"text": t, "feats": " ".join(x or "_" for x in f)}, ensure_ascii=False) + "\n")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--out", type=Path, default=WORK)
    ap.add_argument("--no-features", action="store_true", help="do not segment and cache the word features")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    args.out.mkdir(parents=True, exist_ok=True)
    summary = {}
    for name, docs in gold_sets(args.shared).items():
        total: Counter = Counter()
        texts = []
        with open(args.out / f"dom_{name}.jsonl", "w", encoding="utf-8") as fh:
            for stem, text, gold, opt in docs:
                sents, stats = build(text, gold, opt)
                total.update(stats)
                total["docs"] += 1
                for sent, sp in sents:
                    total["sentences"] += 1
                    total["chars"] += len(sent)
                    total.update(lab for _, _, lab in sp)
                    texts.append(sent)
                    fh.write(json.dumps({"text": sent, "spans": [list(x) for x in sp], "id": stem}, ensure_ascii=False) + "\n")
        summary[name] = dict(total)
        if not args.no_features:
            cache_features(texts, f"dom_{name}")
        log.info("%s: %s", name, dict(total))
    (args.out / "summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
