"""Count the ninth round's marked-slogan cues on People's Daily 2019-2020, for judging by hand.

    python training/slogans/cue_counts.py [--shared ../shared] [--out cue_hits.tsv] [--frames]

Runs the marked layer of :func:`corpus_tools.slogans.find_slogans` over every crawl article outside the gold
pool (``training/crawl.py``) and keeps the detections of three cues the docstrings of
``corpus_tools/slogans/quoteframes.py``, ``detect.py`` and ``series.py`` cite counts for (a fourth, the
headline motto, counted once in the ninth round, fired on one article, not on a formula, and was removed):

* ``transformation pair``: 变“要我脱贫”为“我要脱贫” (evidence ``transformation pair``; since the eleventh round
  this evidence also covers pairs before a word of change, counted apart by ``--frames``);
* ``round numbers``: numbered detections opened by 百/千/万 (百局联百村, 万企帮万村);
* ``goal frame``: unquoted series in a goal or method frame (:func:`corpus_tools.slogans.series.goal_frame`).

Prints the count per cue and writes every hit (cue, article id, text, twenty characters of context either
side) to ``--out`` so a reader can judge them; the crawl's text never enters the repository, so write the file
outside it.

With ``--frames`` it counts instead the surface patterns behind six rules of the eleventh round (regular
expressions over the raw text, no detector run; the counts their docstrings and ``docs/slogans.md`` cite):

* ``run + programme head``: two or more adjacent quotations closed by 等, an optional count and a label head
  (“X”“Y”等十大行动), split by head: programme heads, or 主题/做法/标准 (``detect.py``);
* ``place head + label``: a quotation ending in 村/镇/乡 right before a label head (“零污染村”的目标; ``singles.py``);
* ``said + head``: a quotation after a colon or 说，/表示，… right before a programme head or 活动 (``detect.py``);
* ``change pair``: two quotations of four to eight characters in a frame of change before a word of change
  (由“单兵作战”向“协同作战”转变; ``quoteframes.py``);
* ``title verb + quote``: a quotation right after 授予/获得/荣获/评为/列为/命名为 (被列为“X”; ``singles.py``);
* ``determiner series``: three or more 、-joined items opened by the same determiner (不同年龄、不同行业、不同地区;
  ``series.py``).
"""

from __future__ import annotations

import argparse
import collections
import logging
import os
import re
import sys
from pathlib import Path

from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from crawl import read_crawl  # noqa: E402  (training/crawl.py: the gold pool skipped)

from corpus_tools.slogans.series import DETERMINERS  # noqa: E402  (one list: the rule's)

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
log = logging.getLogger(__name__)


def cue_of(m, text: str) -> str | None:
    """The cue a detection *m* of *text* belongs to, or None."""
    from corpus_tools.slogans.series import goal_frame

    if m.evidence == "transformation pair":
        return m.evidence
    if m.kind == "numbered" and m.text[:1] in "百千万":
        return "round numbers"
    if not m.quoted and m.kind == "parallel" and goal_frame(text[max(0, m.start - 4):m.start], text[m.end:m.end + 4]):
        return "goal frame"
    return None


_Q = r"“[^“”\n]{2,12}”"


def frame_patterns() -> dict[str, re.Pattern]:
    """The surface patterns ``--frames`` counts, by name."""
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
        "title verb + quote": re.compile(r"(?:授予|获得|荣获|获评|评为|列为|命名为)[^，,。；;、：:\s“”]{0,4}“[^“”\n]{2,20}”"),
        "determiner series": re.compile("(?:" + "|".join(DETERMINERS) + r")([\u4e00-\u9fff]{2,6})(?:、(?:"
                                        + "|".join(DETERMINERS) + r")[\u4e00-\u9fff]{2,6}){2,}"),
    }


def main(argv: list[str] | None = None) -> int:
    from corpus_tools.slogans import find_slogans

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--out", type=Path, default=None, help="TSV of every hit (keep it outside the repository)")
    ap.add_argument("--frames", action="store_true", help="count the eleventh round's surface patterns instead")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    counts: collections.Counter = collections.Counter()
    rows, n = [], 0
    pats = frame_patterns() if args.frames else {}
    for doc in tqdm(read_crawl(args.shared), desc="articles", unit="article"):
        n += 1
        text = doc["text"]
        hits = ((name, m.start(), m.end(), m.group(0)) for name, pat in pats.items() for m in pat.finditer(text)) \
            if args.frames else ((cue_of(m, text), m.start, m.end, m.text) for m in find_slogans(text, formulae=False))
        for cue, start, end, found in hits:
            if cue:
                counts[cue] += 1
                context = text[max(0, start - 20):end + 20].replace("\n", " ")
                rows.append(f"{cue}\t{doc['id']}\t{found}\t{context}")
    log.info("%d articles outside the gold pool", n)
    for cue in pats or ("transformation pair", "round numbers", "goal frame"):
        log.info("%s\t%d", cue, counts[cue])
    if args.out:
        args.out.write_text("cue\tid\ttext\tcontext\n" + "".join(r + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
