"""Count the eleventh round's slogan frames on People's Daily 2019-2020, for judging by hand.

    python training/slogans/frame_counts.py [--shared ../shared] [--out frame_hits.tsv]

Reads the crawl through ``training/crawl.py`` (the gold pool skipped) and counts the surface patterns behind five
rules of ``corpus_tools/slogans`` (the counts their docstrings and ``docs/slogans.md`` cite):

* ``run + programme head``: two or more adjacent quotations closed by 等, an optional count and a label head
  (“X”“Y”等十大行动), split by head: programme heads, or 主题/做法/标准 (``detect.py``);
* ``place head + label``: a quotation ending in 村/镇/乡 right before a label head (“零污染村”的目标; ``singles.py``);
* ``said + head``: a quotation after a colon or 说，/表示，… right before a programme head or 活动 (``detect.py``);
* ``change pair``: two quotations of four to eight characters in a frame of change before a word of change
  (由“部门推动”向“党政推动”转变; ``quoteframes.py``);
* ``determiner series``: three or more 、-joined items opened by the same determiner (不同类别、不同定位、不同层次;
  ``series.py``).

Prints the count per pattern and writes every hit (pattern, article id, matched text) to ``--out``; the crawl's
text never enters the repository, so write the file outside it.
"""

from __future__ import annotations

import argparse
import collections
import logging
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from crawl import read_crawl  # noqa: E402  (training/crawl.py: the gold pool skipped)

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
log = logging.getLogger(__name__)

_Q = r"“[^“”\n]{2,12}”"
_DETERMINERS = ("不同", "各个", "各类", "各种", "各级", "哪个", "哪些", "每个", "每一", "多种", "多个", "其他", "所有",
                "一些", "部分", "这个", "那个")


def patterns() -> dict[str, re.Pattern]:
    from corpus_tools.slogans.singles import LABEL_HEADS

    heads = "|".join(sorted(LABEL_HEADS, key=len, reverse=True))
    return {
        "run + programme head": re.compile(rf"(?:{_Q}[、和与，,]?){{2,}}等(?:[\d一二两三四五六七八九十]+(?:大|项|个|类|种)?)?"
                                           rf"(?!主题|做法|标准)(?:{heads})"),
        "run + topic/practice/standard": re.compile(rf"(?:{_Q}[、和与，,]?){{2,}}等(?:[\d一二两三四五六七八九十]+"
                                                    rf"(?:大|项|个|类|种)?)?(?:主题|做法|标准)"),
        "place head + label": re.compile(rf"“[^“”\n]{{1,10}}[村镇乡]”的?(?:{heads})"),
        "said + programme head": re.compile(r"(?:[：:]|(?:说|道|表示|认为|指出|称|强调|坦言|感慨)[，,])\s*“[^“”\n]{2,20}”"
                                            r"(?:改革|工程|机制|模式|工作法)"),
        "said + 活动": re.compile(r"(?:[：:]|(?:说|道|表示|认为|指出|称|强调|坦言|感慨)[，,])\s*“[^“”\n]{2,20}”活动"),
        "change pair": re.compile(r"“[^“”\n]{4,8}”(?:为|到|向|变为|变成|转为|转变为)“[^“”\n]{4,8}”"
                                  r"的?[\u4e00-\u9fff]{0,4}?(?:转变|转型|蝶变|跨越|升级)"),
        "determiner series": re.compile("(?:" + "|".join(_DETERMINERS) + r")([\u4e00-\u9fff]{2,6})(?:、(?:"
                                        + "|".join(_DETERMINERS) + r")[\u4e00-\u9fff]{2,6}){2,}"),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--out", type=Path, default=None, help="TSV of every hit (keep it outside the repository)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    pats = patterns()
    counts: collections.Counter = collections.Counter()
    rows, n = [], 0
    for doc in read_crawl(args.shared):
        n += 1
        for name, pat in pats.items():
            for m in pat.finditer(doc["text"]):
                counts[name] += 1
                rows.append(f"{name}\t{doc['id']}\t{m.group(0)}")
    log.info("%d articles outside the gold pool", n)
    for name in pats:
        log.info("%s\t%d", name, counts[name])
    if args.out:
        args.out.write_text("pattern\tid\ttext\n" + "".join(r + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
