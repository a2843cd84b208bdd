"""Build the character model of minority-region syllables: ``region_chars.json``.

    /work/venv/bin/python training/ner/build_region_chars.py [--shared ../shared]

Tibetan (格列旺结, 次仁央金), Yi (吉克曲布, 阿牛木呷) and Uyghur (帕提古丽) personal names are
written with the same syllable characters as the villages of their regions (扎西岗, 次角林,
阿呷村). For every character the model stores the smaller of two log-odds: how much more often
it occurs in the names of villages of the Tibetan, Yi, Uyghur and Mongolian regions of the
shipped gazetteer than (a) in the village names of the rest of China and (b) in People's Daily
1998 running text. A character scores high only when it is typical of those regions' names and
rare in plain Chinese (结 in 格列旺结, 措, 呷), which the foreign-name model of
``build_translit_names.py`` misses.

Only the scores ship (one number per character), not any name list.
"""

from __future__ import annotations

import argparse
import json
import lzma
import math
import re
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
VILLAGES = REPO / "corpus_tools" / "data" / "admin" / "villages.tsv.xz"
OUT = REPO / "corpus_tools" / "data" / "entities" / "region_chars.json"
CJK = re.compile(r"[\u4e00-\u9fff]")
TOKEN = re.compile(r"([^\s/\[\]]+)/([A-Za-z]+)")
#: code prefixes of the regions whose village names are transliterated: Tibet, Qinghai, Xinjiang,
#: Ngawa, Garzê, Liangshan, Gannan, Linxia, Nujiang, Dêqên, Chuxiong, Hulunbuir, Xilingol
REGIONS = ("54", "63", "65", "5132", "5133", "5134", "6230", "6229", "5333", "5334", "5323", "1507", "1525")
#: unit words at the end of village names (not syllables of the name)
_UNIT_RE = re.compile(r"(?:村民委员会|居民委员会|村委会|居委会|社区|牧委会|村|嘎查|组)$")
#: least count of a character among the regions' village names to get a score
MIN_COUNT = 3


def village_chars(path: Path) -> tuple[Counter, Counter]:
    """Characters of the regions' village names and of the other village names."""
    region, other = Counter(), Counter()
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            code, _, name = line.rstrip("\n").partition("\t")
            name = _UNIT_RE.sub("", name)
            target = region if code.startswith(REGIONS) else other
            target.update(ch for ch in name if CJK.match(ch))
    return region, other


def text_chars(path: Path) -> Counter:
    """Characters of People's Daily 1998 running text."""
    out: Counter = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        for w, _ in TOKEN.findall(line)[1:]:
            out.update(ch for ch in w if CJK.match(ch))
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args(argv)
    region, other = village_chars(VILLAGES)
    text = text_chars(args.shared / "data" / "people_daily_1998" / "199801.txt")
    n_r, n_o, n_t = sum(region.values()), sum(other.values()), sum(text.values())
    scores = {}
    for ch in sorted(region):
        if region[ch] < MIN_COUNT:
            continue
        p = math.log(region[ch] / n_r)
        vs_villages = p - math.log((other[ch] + 0.5) / n_o)
        vs_text = p - math.log((text[ch] + 0.5) / n_t)
        scores[ch] = round(min(vs_villages, vs_text), 2)
    out = {"about": "Log-odds of a character in the village names of the Tibetan, Yi, Uyghur and Mongolian regions "
                    "against other village names and against People's Daily 1998 text (the smaller); built by "
                    "training/ner/build_region_chars.py from the shipped gazetteer.",
           "regions": list(REGIONS), "region_total": n_r, "scores": scores}
    OUT.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(scores)} characters -> {OUT} ({OUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
