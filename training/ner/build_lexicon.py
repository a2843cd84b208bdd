"""Name lexicon for the NER model's ``LEMMA`` feature, from People's Daily 1998 tags.

    /work/venv/bin/python training/ner/build_lexicon.py --shared ../shared \
        --out training/work/ner_lexicon.tsv

Names of two or more characters, each with its most frequent label:

* PER: a surname token followed by a given-name token, both ``nr`` and at most two
  characters each (``江/nr 泽民/nr`` -> 江泽民); other ``nr`` tokens of 2+ characters alone
  (克林顿);
* LOC: ``ns`` tokens and bracketed compounds tagged ``ns`` (``[香港/ns 特别/a 行政区/n]ns``);
* ORG: ``nt`` tokens and bracketed compounds tagged ``nt``.

Only the 1998 training corpus is read (no NER corpus, no test split). The list is stored in
the shipped model's vocab (``corpus_tools._charner.LEXICON_TABLE``) by ``train_ner.py
--lexicon``; as a list of names it is derived from research-only data like the model weights
are, and ships under the same terms (see docs/model_card_ner.md).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter, defaultdict
from pathlib import Path

from corpus_tools.text import normalize_text

log = logging.getLogger("build_lexicon")
REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "training"))  # people_daily.py

from people_daily import compounds, read_paragraphs  # noqa: E402

_COMPOUND = {"nt": "ORG", "ns": "LOC"}
_SINGLE = {"ns": "LOC", "nt": "ORG"}


def names_1998(path: Path) -> dict[str, Counter]:
    lex: dict[str, Counter] = defaultdict(Counter)
    for _, tokens in read_paragraphs(path):
        for words, ctag in compounds(tokens):
            if ctag in _COMPOUND:
                lex["".join(normalize_text(t.word) for t in words)][_COMPOUND[ctag]] += 1
        parsed = [(normalize_text(t.word), t.tag) for t in tokens]
        k = 0
        while k < len(parsed):
            word, tag = parsed[k]
            if tag == "nr" and k + 1 < len(parsed) and parsed[k + 1][1] == "nr" \
                    and len(word) <= 2 and len(parsed[k + 1][0]) <= 2:
                lex[word + parsed[k + 1][0]]["PER"] += 1
                k += 2
                continue
            if len(word) >= 2 and (tag == "nr" or tag in _SINGLE):
                lex[word]["PER" if tag == "nr" else _SINGLE[tag]] += 1
            k += 1
    return lex


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--out", type=Path, default=REPO / "training" / "work" / "ner_lexicon.tsv")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    lex = names_1998(args.shared / "data" / "people_daily_1998" / "199801.txt")
    rows = sorted((name, c.most_common(1)[0][0]) for name, c in lex.items() if len(name) >= 2)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(f"{n}\t{lab}\n" for n, lab in rows), encoding="utf-8")
    log.info("%d names (%s) to %s", len(rows), dict(Counter(lab for _, lab in rows)), args.out)


if __name__ == "__main__":
    main()
