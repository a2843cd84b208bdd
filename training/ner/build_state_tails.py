"""Build ``corpus_tools/data/entities/state_tails.txt``: the doubled syllables of ABB state words.

    /work/venv/bin/python training/ner/build_state_tails.py [--shared ../shared]

People's Daily 1998 tags descriptive state words ``z`` (金灿灿/z, 红彤彤/z, 沉甸甸/z). Their
doubled tail (灿灿, 彤彤, 甸甸) makes the same kind of word after another first character
(黄灿灿, 红澄澄 → 黄澄澄), which the character NER model can read as a surname and a doubled
given name. The person rules (:func:`corpus_tools._entity_rules.person_forms.settle_persons`)
drop a model name of the form surname + such a tail before 的 or 地. Research corpus; only the
list ships: the tails (two characters) and the dictionary's ABB words themselves (three).

A tail whose character is a common given-name character (洋 of 张洋洋, 森 of 林森森, 灵 of 杨灵灵)
is left out: the number of times the character is written inside the given name of a person
in the NER corpora (MSRA train+test, CLUENER ``name``) must stay below ``GIVEN_MAX``.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "corpus_tools" / "data" / "entities" / "state_tails.txt"
_TOKEN_RE = re.compile(r"([^\s/\[\]]+)/([A-Za-z]+)")
GIVEN_MAX = 20


def tails(lines) -> Counter:
    """Doubled tails of the three-character ``z`` words (ABB) of *lines*, with their counts; a tail
    the corpus also writes as a given name (``艳艳/nr``) is left out (张艳艳 is a name).

    Examples
    --------
    >>> sorted(tails(["x/m  金灿灿/z  的/u  红彤彤/z  干干净净/z  金灿灿/z  红艳艳/z  张/nr  艳艳/nr"]).items())
    [('彤彤', 1), ('灿灿', 2)]
    """
    out: Counter = Counter()
    given = set()
    for line in lines:
        for w, t in _TOKEN_RE.findall(line):
            if t == "z" and len(w) == 3 and w[1] == w[2]:
                out[w[1:]] += 1
            elif t == "nr" and len(w) in (2, 3) and w[-1] == w[-2]:
                given.add(w[-2:])
    return Counter({k: v for k, v in out.items() if k not in given})


def abb_words(lines) -> set[str]:
    """The three-character ABB ``z`` words of *lines* (金灿灿, 绿油油).

    Examples
    --------
    >>> sorted(abb_words(["金灿灿/z  的/u  干干净净/z  高高的/z"]))
    ['金灿灿']
    """
    return {w for line in lines for w, t in _TOKEN_RE.findall(line) if t == "z" and len(w) == 3 and w[1] == w[2]}


def given_chars(bio_lines, cluener_lines) -> Counter:
    """How often each character is written in the given name of a two- or three-character person
    name: ``B-PER``/``I-PER`` spans of MSRA lines (``char<TAB>tag``) and CLUENER ``name`` entities.

    Examples
    --------
    >>> bio = ["张\\tB-PER", "洋\\tI-PER", "洋\\tI-PER", "说\\tO"]
    >>> clu = ['{"text": "林森说", "entity_list": [{"entity_type": "name", "entity": "林森"}]}']
    >>> sorted(given_chars(bio, clu).items())
    [('森', 1), ('洋', 2)]
    """
    out: Counter = Counter()
    names, name = [], ""
    for line in bio_lines:
        parts = line.rstrip("\n").split("\t")
        tag = parts[1] if len(parts) == 2 else "O"
        if tag == "I-PER" and name:
            name += parts[0]
            continue
        if name:
            names.append(name)
        name = parts[0] if tag == "B-PER" else ""
    if name:
        names.append(name)
    for line in cluener_lines:
        names += [e["entity"] for e in json.loads(line)["entity_list"] if e["entity_type"] == "name"]
    for n in names:
        if 2 <= len(n) <= 3:
            out.update(n[1:])
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args(argv)
    src = args.shared / "data" / "people_daily_1998" / "199801.txt"
    lines = src.read_text(encoding="utf-8").splitlines()
    ner = args.shared / "data"
    bio = [ln for f in ("msra_train_bio.txt", "msra_test_bio.txt")
           for ln in (ner / "ner_msra" / f).read_text(encoding="utf-8").splitlines()]
    clu = [ln for f in ("train.jsonl", "dev.jsonl")
           for ln in (ner / "ner_cluener2020" / f).read_text(encoding="utf-8").splitlines() if ln.strip()]
    given = given_chars(bio, clu)
    found = sorted(t for t in tails(lines) if given[t[0]] < GIVEN_MAX)
    words = sorted(w for w in abb_words(lines))
    OUT.write_text("# Doubled tails of ABB state words (金灿灿 -> 灿灿; two characters, given-name characters left out) "
                   "and the ABB words themselves (three characters), People's Daily 1998 z tags "
                   "(training/ner/build_state_tails.py)\n" + "\n".join(found + words) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
