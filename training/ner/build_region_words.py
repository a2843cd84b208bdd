"""Build ``corpus_tools/data/entities/region_words.txt``: words that start with a world region.

    /work/venv/bin/python training/ner/build_region_words.py

A continent or world region (亚洲, 非洲, 南美: :data:`corpus_tools._entity_rules.region_spans.WORLD_REGIONS`)
is a LOC, but a word that merely starts with one names a species, a product or a contest
(亚洲象, 欧洲鳗, 美洲驼, 欧洲杯). This list holds the words of jieba's dictionary (MIT licence)
that are one character longer than a region and tagged as common or other proper nouns
(``n``, ``nz``), not as places, organisations or fixed phrases (亚洲区/ns, 东亚国家 is two longer;
fixed phrases stay out); words of people (欧洲人) stay out too.
:func:`corpus_tools._entity_rules.region_spans.world_regions` finds no region at the start of one.
"""

from __future__ import annotations

import os
from pathlib import Path

import jieba

from corpus_tools._entity_rules.region_spans import WORLD_REGIONS

OUT = Path(__file__).resolve().parents[2] / "corpus_tools" / "data" / "entities" / "region_words.txt"


def region_words(entries, regions=WORLD_REGIONS) -> list[str]:
    """The ``(word, tag)`` *entries* that extend a region by one character, tagged n or nz.

    Examples
    --------
    >>> region_words([("亚洲象", "n"), ("亚洲地区", "ns"), ("欧洲人", "n"), ("欧洲杯", "nz"), ("亚洲", "ns")])
    ['亚洲象', '欧洲杯']
    """
    out = set()
    for w, tag in entries:
        r = max((r for r in regions if w.startswith(r)), key=len, default="")
        if r and len(w) - len(r) == 1 and tag in ("n", "nz") and not w.endswith("人"):
            out.add(w)
    return sorted(out)


def main() -> None:
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    with open(path, encoding="utf-8") as f:
        entries = [(p[0], p[2]) for p in (ln.split() for ln in f) if len(p) == 3]
    OUT.write_text("# Words that start with a world region (亚洲象, 欧洲杯), jieba n/nz "
                   "(training/ner/build_region_words.py)\n" + "\n".join(region_words(entries)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
