"""Does the domain lexicon help? Score lexicon variants on PKU test and on modern pages.

    python training/segmenter/eval_lexicon.py

Variants: no lexicon; curated county-news terms only; terms + county/township names;
the lexicon (terms + all place names incl. villages); the shipped behaviour (that lexicon
forced, plus bare village names 东郭 of 东郭村 as soft dictionary words). For each: F1 on the SIGHAN
PKU test gold (1998-style news, must not drop), and on the seed pages (2022-23 county
news) the share of gold entity occurrences whose both ends are word boundaries and the
share of place names (VILLAGE/TOWNSHIP/GPE) segmented as one word. Also lists a sample of
the words that change on the seed pages, to inspect for damage.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"

from corpus_tools.nlp import PKUSEG_MODEL_PATH, Decoder, read_lexicon  # noqa: E402
from corpus_tools.nlp.tokenizer import _bare_village_names, _cut_pkuseg, _pkuseg_parts  # noqa: E402
from corpus_tools.scoring.segmentation import read_segmented, score_segmentation  # noqa: E402


def _bench():
    spec = importlib.util.spec_from_file_location("_bench_segment", REPO / "benchmarks" / "segment.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    lex = read_lexicon()
    terms_file = Path(__file__).resolve().parent / "domain_terms.txt"
    terms = set(read_lexicon(terms_file)) & set(lex)
    variants = {
        "none": [],
        "terms": [w for w in lex if w in terms],
        "terms+counties+townships": [w for w in lex if w in terms or not w.endswith("村")],
        "terms+places+villages": lex,
    }
    soft = {name: () for name in variants}
    # the shipped behaviour: the lexicon forced, bare village names (东郭 of 东郭村) soft
    variants["shipped (+ bare village names, soft)"] = lex
    soft["shipped (+ bare village names, soft)"] = _bare_village_names(lex)
    fe, model = _pkuseg_parts(str(PKUSEG_MODEL_PATH))
    gold = read_segmented(SHARED / "data" / "sighan2005_icwb2" / "pku_test_gold.utf8")
    bench = _bench()
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    base_words = None
    rows = {}
    for name, words in variants.items():
        dec = Decoder(fe, model, words, soft_words=soft[name])

        def seg(text, _d=dec):
            return _cut_pkuseg(_d, text)

        pku = score_segmentation(gold, [seg("".join(s)) if s else [] for s in gold])
        ent = bench.entity_boundary_agreement(seg)
        seed_words = [seg(p.read_text(encoding="utf-8").replace("\n", "")) for p in seeds]
        rows[name] = {"n_words": len(words), "pku_f1": round(pku.f1, 4), **ent}
        if base_words is None:
            base_words = seed_words
        else:
            changed = set()
            for a, b in zip(base_words, seed_words):
                changed |= set(b) - set(a)
            rows[name]["new_word_types_on_seeds"] = len(changed)
            rows[name]["sample"] = sorted(changed)[:60]
        print(name, json.dumps(rows[name], ensure_ascii=False), file=sys.stderr)
    out = REPO / "training" / "work" / "lexicon_eval.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
