"""Rebuild the shipped administrative divisions from ``../shared/data/admin_divisions_china``.

    /work/venv/bin/python corpus_tools/data/admin/build.py [SOURCE_DIR]

Source: National Bureau of Statistics 统计用区划和城乡划分代码 2023, as published by
github.com/modood/Administrative-divisions-of-China (WTFPL v2, see LICENSE_WTFPL.txt).

Writes, next to this script:

- ``divisions.tsv.gz``: ``code<TAB>name`` for provinces (2 digits), cities (4), counties (6)
  and townships (9), names as published (``市辖区`` rows dropped).
- ``villages.tsv.xz``: ``code<TAB>name`` for every village- and community-level unit (12 digits),
  with the committee suffix stripped (see :func:`normalize_committee_name`), sorted by code.
"""

from __future__ import annotations

import csv
import gzip
import lzma
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_VILLAGE_SUFFIXES = ("村民委员会", "村委会")
_COMMUNITY_SUFFIXES = ("社区居民委员会", "居民委员会", "居委会")


def normalize_committee_name(name: str) -> str:
    """Turn a committee name into the place name used in running text.

    ``水磨头村民委员会`` -> ``水磨头村``; ``梁村村民委员会`` -> ``梁村``; ``横坡村委会`` -> ``横坡村``;
    ``壁景堡社区居民委员会`` -> ``壁景堡社区``; ``绿柳居民委员会`` -> ``绿柳社区``;
    names without a committee suffix (``春丕村``, ``乌兰套亚嘎查``, ``八连生活区``) are kept.
    """
    name = name.strip()
    for sfx in _COMMUNITY_SUFFIXES:
        if name.endswith(sfx) and len(name) > len(sfx):
            base = name[: -len(sfx)]
            return base if base.endswith("社区") else base + "社区"
    for sfx in _VILLAGE_SUFFIXES:
        if name.endswith(sfx) and len(name) > len(sfx):
            base = name[: -len(sfx)]
            # the 村 of the name is merged into 村民委员会 / 村委会: put it back
            return base if base.endswith("村") else base + "村"
    return name


def _rows(path: Path):
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        yield from reader


def build(source: Path, out: Path = HERE) -> None:
    rows = []
    for fname in ("provinces.csv", "cities.csv", "areas.csv", "streets.csv"):
        for r in _rows(source / fname):
            if r[1] in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                continue
            rows.append((r[0], r[1].strip()))
    rows.sort()
    with gzip.open(out / "divisions.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as fh:
        for code, name in rows:
            fh.write(f"{code}\t{name}\n")

    with lzma.open(source / "villages.csv.xz", "rt", encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        villages = sorted((r[0], normalize_committee_name(r[1])) for r in reader)
    with lzma.open(out / "villages.tsv.xz", "wt", encoding="utf-8", preset=9 | lzma.PRESET_EXTREME) as fh:
        for code, name in villages:
            fh.write(f"{code}\t{name}\n")
    shutil.copy(source / "LICENSE_WTFPL.txt", out / "LICENSE_WTFPL.txt")
    write_common_words(rows, villages, out)


def write_common_words(upper, villages, out: Path = HERE) -> None:
    """List the place names and short forms that are also common words (``和平``, ``农村``).

    The entity rules do not match these by themselves. Built from jieba's dictionary
    (MIT licence): a word is common when jieba counts it >= 300 times with a tag other
    than ``ns`` (place), or >= 3000 times whatever its tag.
    """
    import os

    import jieba  # build-time only

    from corpus_tools.gazetteer import LEVELS, short_forms

    freq = {}
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                freq[parts[0]] = (int(parts[1]), parts[2])
    names = set()
    for code, name in list(upper) + list(villages):
        level = "community" if len(code) == 12 and name.endswith("社区") else LEVELS[len(code)]
        names.add(name)
        names.update(short_forms(name, level))
    common = sorted(w for w in names if w in freq and (
        (freq[w][0] >= 300 and not freq[w][1].startswith("ns")) or freq[w][0] >= 3000))
    (out / "common_words.txt").write_text("\n".join(common) + "\n", encoding="utf-8")


if __name__ == "__main__":
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[3] / "shared" / "data" / "admin_divisions_china"
    build(src)
