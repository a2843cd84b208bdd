"""Reproducibly choose People's Daily county and village reports for a hand-made gold set.

The dev4/blind4 gold (``benchmarks/gold/dev4``; blind4 is kept outside the repository) was chosen
with this script: a keyword filter over ``../shared/data/people_daily_2019_2020/articles.jsonl.xz``
(a report about a named county, district, township or village: a place word with a county-level or
lower suffix in the title and a governance/rural keyword in the text; 500-2,000 CJK characters), a
shuffle with a fixed seed, then a greedy pass that takes at most one report per province per set and
skips the reports dropped by hand (``DROPPED``, with the reason; every pass's drops are listed in
``gold_drops.py``). Development reports come from days 1-15 of each month, blind reports from days 16-31.

The dev5/blind5 gold (``benchmarks/gold/dev5``; blind5 is kept outside the repository) was chosen the
same way from what is left after dev4 and blind4, with a second seed (20261205) and from any day of
the month (too few reports are left in one half): dev5 first (3, 2, 3, 3, 3 reports for 2019-02,
2019-10, 2020-01, 2020-02, 2020-05), then blind5 from the rest (two a month).

The dev6/blind6 gold (``benchmarks/gold/dev6``; blind6 is kept outside the repository) is chosen from what
is left after dev4, blind4, dev5, blind5 and the 20 entities-dev reports, with a third seed (20261206). The
crawl holds only the five months of ``MONTHS`` and they are nearly exhausted (24 reports were left under the
filter above, over 16 provinces), so the filter is widened for these two sets only (``wide``): 400-2,000 CJK
characters and two governance/rural keywords instead of three; the other conditions are unchanged. The
widened pool is shuffled with the seed and taken greedily from any month and day, at most one report per
province within a set: dev6 first (14 reports), then blind6 from the rest (10 reports).

The dev7/blind7 gold (``benchmarks/gold/dev7``; blind7 is kept outside the repository) is chosen from what is left
after all the sets above, with a fourth seed (20261207). Only 19 reports of the widened pool were left, so the
filter is widened again for these two sets only (``candidates7``): 300-2,500 CJK characters; the place may be named
in the title or in the dateline/first sentence (the text's first 150 characters up to the first 。！？); besides
counties, banners, townships and villages, a county-level city or district (``CITY_PLACE``: 2-3 characters before
市 or 区, not 社区, 城区, 景区, 园区, 新区, 地区 ...) counts; two governance/rural keyword hits as for dev6. To get
more marked slogans per report than before without using the system's slogan detector, the dev7/blind7 pool
also needs three hits of the governance keywords of party building, poverty alleviation and rural
revitalisation (``GOVERNANCE``: 党建, 党支部, 党组织, 脱贫攻坚, 乡村振兴, 扶贫, 第一书记, 村两委, 驻村): such
reports name campaigns, models and requirements more often. Commentary columns (今日谈, 人民论坛 ...) stay
out (``COLUMNS7``). The pool is shuffled with the seed and taken greedily from any month and day, at most one
report per province within a set: dev7 first (14 reports), then blind7 from the rest (12 reports). The gold
pool (``--pool-ids``) holds the candidates of both widened filters *without* the governance condition, so a
set drawn later with another topic condition is clean too.

The dev8/blind8 gold (``benchmarks/gold/dev8``; blind8 is kept outside the repository) is drawn from the same
``candidates7`` pool minus every earlier set, with a fifth seed (20261208): 79 reports were left, so neither the
filter nor the gold pool changes (every dev8/blind8 report is already in ``training/gold_pool_ids.txt`` and no
crawl-mined table needs rebuilding). Greedy as for dev7: dev8 first (14 reports), then blind8 (12 reports).

The blind9 gold (kept outside the repository, no development companion) is drawn from the same ``candidates7``
pool minus every earlier set, with a sixth seed (20261209): 88 reports were left, 66 of them already dropped by
hand in earlier passes, so 22 could still be drawn. Neither the filter nor the gold pool changes (all 22 are in
``training/gold_pool_ids.txt``). Greedy as above, at most 12 reports, one per province: four more were dropped by
hand (judged by their title) and the pool ran out at 10 reports.

The blind10 gold (kept outside the repository, no development companion) is drawn with a seventh seed
(20261210) from a new pool, since the governance condition left nothing to draw: the ids of
``training/gold_pool_ids.txt`` (the crawl-mined training tables skip exactly these, so only they are clean) that
pass either widened filter *without* the governance condition (``candidates(wide=True)`` or
``candidates7(governance=False)``), minus every earlier set (dev4 ... blind9, the entities-dev reports) and the
reports dropped in earlier passes (``pool10``). Shuffled with the seed, greedy as above: 12 reports, one per
province; the reports dropped by hand in this pass (``DROPPED10``, judged by title and first lines) are skipped
by the greedy pass, not taken out before the shuffle, so a drop does not reshuffle the draw.

The dev9/blind11 gold (``benchmarks/gold/dev9``; blind11 is kept outside the repository) is drawn in one pass with
an eighth seed (20261213) from blind10's pool logic (``pool10`` with ``earlier=DROPPED_BEFORE11``): the gold-pool
ids passing either widened filter without the governance condition, minus every earlier set (blind10 included) and
every earlier drop; 208 reports were left. Shuffled with the seed, greedy, one report per province: dev9 first (14
reports), then blind11 from the rest (12 reports). The reports dropped by hand in this pass (``DROPPED11``, judged by
title and first lines, the blind rows never opened further) are skipped by the greedy pass like ``DROPPED10``; the
earlier passes' pools leave them in, so the rows of every earlier set are unchanged.

The blind12 gold (kept outside the repository, no development companion) is drawn with a ninth seed (20261214)
from the same pool logic (``pool10`` with ``earlier=DROPPED_BEFORE12``): minus every earlier set (dev9 and blind11
included) and every earlier drop. Shuffled with the seed, greedy, one report per province: 12 reports. The reports
dropped by hand in this pass (``DROPPED12``, judged by title and first lines; a multi-part feature by its section
headings) are skipped by the greedy pass like ``DROPPED11``.

The blind13 gold (kept outside the repository, no development companion) is drawn with a tenth seed (20261215)
from the same pool logic (``pool10`` with ``earlier=DROPPED_BEFORE13``): minus every earlier set (blind12 included)
and every earlier drop; 107 reports were left. Shuffled with the seed, greedy, one report per province: 12 reports.
The reports dropped by hand in this pass (``DROPPED13``, judged by title and first lines; a multi-part feature by its
section headings) are skipped by the greedy pass like ``DROPPED12``; some of them lie further down the shuffled list
than the greedy pass reached (unsuitable all the same, so a later pass need not judge them again).

The blind14 gold (kept outside the repository, no development companion) is drawn with an eleventh seed (20261216)
from the same pool logic (``pool10`` with ``earlier=DROPPED_BEFORE14``): minus every earlier set (blind13 included)
and every earlier drop; 62 reports were left. Shuffled with the seed, greedy, one report per province: 12 reports.
The reports dropped by hand in this pass (``DROPPED14``, judged by title and first lines) are skipped by the greedy
pass like ``DROPPED13``; most of them lie further down the shuffled list than the greedy pass reached or in a
province already taken (unsuitable all the same, so a later pass need not judge them again).

The blind15 gold (kept outside the repository, no development companion) is drawn with a twelfth seed (20261217)
from the same pool logic (``pool10`` with ``earlier=DROPPED_BEFORE15``): minus every earlier set (blind14 included)
and every earlier drop; 21 reports were left, every one of them in the gold pool (the pool logic already takes
every gold-pool id, so it cannot be widened without leaving the clean pool). Shuffled with the seed, greedy, one
report per province: 12 reports. The 12 reports the greedy pass took, judged by title and first lines, were all
reports about one county, county-level city or district, township or village, so ``DROPPED15`` is empty; after
this pass 9 reports in 7 provinces are left.

The blind16 gold (kept outside the repository) takes those last 9 reports with a thirteenth seed (20261218): the
same pool logic (``pool10`` with ``earlier=DROPPED_BEFORE16``), at most two reports per province
(``per_province=2``), since 9 reports lie in 7 provinces. After it the 2019-2020 gold pool is empty.

Every set is one row of ``SETS`` (name, stem prefix, seed, pool function, earlier drops, size); ``draw`` takes
them in order, so a new set is one more row.

Usage::

    python benchmarks/gold_select.py [--shared ../shared] [--set dev4]

prints ``set  stem  id  date  province  CJK  title`` rows of dev4 (``--set dev5`` for dev5, ``--set dev6``
for dev6, ``--set dev7`` for dev7, ``--set dev8`` for dev8, ``--set dev9`` for dev9). ``--set blind4`` ...
``--set blind16``
print the blind rows: only the integrator
needs them (helpers must not read the blind reports). ``--manifest DIR`` also writes ``DIR/manifest.tsv``
(stem, id, date, province, cjk) for the set; ``benchmarks/gold_texts.py DIR`` then writes the texts::

    python benchmarks/gold_select.py --set dev6 --manifest benchmarks/gold/dev6
    python benchmarks/gold_texts.py benchmarks/gold/dev6 --out /work/dev6
    python benchmarks/gold_select.py --set blind6 --manifest /work/blind6
    python benchmarks/gold_texts.py /work/blind6
    python benchmarks/gold_select.py --set dev7 --manifest benchmarks/gold/dev7
    python benchmarks/gold_texts.py benchmarks/gold/dev7 --out /work/dev7
    python benchmarks/gold_select.py --set dev8 --manifest benchmarks/gold/dev8
    python benchmarks/gold_texts.py benchmarks/gold/dev8 --out /work/dev8
    python benchmarks/gold_select.py --set dev9 --manifest benchmarks/gold/dev9
    python benchmarks/gold_texts.py benchmarks/gold/dev9 --out /work/dev9
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from gold_drops import (DROPPED, DROPPED10, DROPPED11, DROPPED12, DROPPED13, DROPPED14, DROPPED15,  # noqa: F401
                        DROPPED16,
                        DROPPED_BEFORE10, DROPPED_BEFORE11, DROPPED_BEFORE12, DROPPED_BEFORE13, DROPPED_BEFORE14,
                        DROPPED_BEFORE15, DROPPED_BEFORE16)
from gold_texts import CORPUS, default_shared

MONTHS = ("2019-02", "2019-10", "2020-01", "2020-02", "2020-05")
GOLD_POOL = Path(__file__).resolve().parents[1] / "training" / "gold_pool_ids.txt"
PROVINCES = ("北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 "
             "重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆").split()
# the title names a county, banner, township or village (a 2-4 character name before the suffix, not a
# generic word such as 农村, 乡村, 全县, 村民)
TITLE_PLACE = re.compile(r"(?<![农乡城新地社山牧景园小市郊老特全各下家返])[\u4e00-\u9fff]{2,4}(?:县|旗|镇|乡|村)(?![民庄务干级里])")
# dev7/blind7 also: a county-level city or district (not 社区, 城区, 景区, 园区, 新区, 地区, 片区, 市区, 辖区 ...)
CITY_PLACE = re.compile(r"(?<![社城景园新地片市辖郊特灾山矿林库厂校营战老全各小])[\u4e00-\u9fff]{2,3}(?:市|区)"
                        r"(?![民场委政长级内外域里属县])")
# dev7/blind7: party-building, poverty-alleviation and rural-revitalisation governance keywords
GOVERNANCE = re.compile(r"党建|党支部|党组织|脱贫攻坚|乡村振兴|扶贫|第一书记|村两委|驻村")
FIRST_SENTENCE = re.compile(r"[^。！？]{0,150}")
# commentary columns and multi-province round-ups are not reports about one place
COLUMNS = re.compile(r"话说新农村|人民时评|一线视角|新知新觉|治理者说|大家手笔|微经济|消费万花筒|光影视界|让党旗在防控疫情")
COLUMNS7 = re.compile(r"今日谈|人民论坛|评论员|两会|作家论苑|创新谈|有的放矢|政策解读|观点")
TOPIC = re.compile(r"扶贫|脱贫|乡村振兴|党建|党支部|村民|合作社|产业|村党")
# the 20 reports of ../shared/gold/entities-dev (they are not in the file, listed to be safe)
ENTITIES_DEV = {"20190212-08-01", "20190215-11-04", "20190221-11-03", "20190226-11-01", "20190226-11-04",
                "20191018-11-03", "20191024-11-05", "20191025-19-02", "20200107-19-05", "20200109-10-05",
                "20200117-10-04", "20200120-01-06", "20200123-06-03", "20200212-11-04", "20200225-19-03",
                "20200512-08-01", "20200513-14-06", "20200515-07-01", "20200516-07-03", "20200529-05-02"}


def cjk_count(text: str) -> int:
    """Return the number of CJK unified ideographs in ``text``."""
    return sum("\u4e00" <= ch <= "\u9fff" for ch in text)


def province(article: dict) -> str | None:
    """Return the first province named in the title, else in the text, or None."""
    for field in ("title", "text"):
        hits = [(article[field].find(p), p) for p in PROVINCES if p in article[field]]
        if hits:
            return min(hits)[1]
    return None


def candidates(path: Path, wide: bool = False) -> list[dict]:
    """Return the articles that pass the keyword and length filter, in file order.

    ``wide`` lowers the bounds for dev6/blind6: 400-2,000 CJK characters and two keyword hits.
    """
    low, hits = (400, 2) if wide else (500, 3)
    out = []
    for a in _month_articles(path):
        n, k = cjk_count(a["text"]), len(TOPIC.findall(a["text"]))
        if not low <= n <= 2000 or not TITLE_PLACE.search(a["title"]) or k < hits:
            continue
        if "平遥" in a["title"] + a["text"] or COLUMNS.search(a["title"]):
            continue
        a["cjk"], a["hits"], a["province"] = n, k, province(a)
        if a["province"]:
            out.append(a)
    return out


def _month_articles(path: Path) -> Iterator[dict]:
    """Yield the crawl's articles of ``MONTHS`` that are not entities-dev reports, in file order."""
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            if a["id"] not in ENTITIES_DEV and a["date"][:7] in MONTHS:
                yield a


def _places7(article: dict) -> bool:
    """Return True if the title or the first sentence names a county, township, village or county-level city."""
    first = FIRST_SENTENCE.match(article["text"].lstrip("\u3000 \n")).group()
    return any(rx.search(field) for rx in (TITLE_PLACE, CITY_PLACE) for field in (article["title"], first))


def candidates7(path: Path, governance: bool = True) -> list[dict]:
    """Return the articles of the dev7/blind7 filter, in file order.

    300-2,500 CJK characters, a place in the title or the first sentence (``_places7``), two keyword hits and,
    with ``governance`` (the selection), three ``GOVERNANCE`` hits; without it, the gold pool's superset.
    """
    out = []
    for a in _month_articles(path):
        n, k = cjk_count(a["text"]), len(TOPIC.findall(a["text"]))
        if not 300 <= n <= 2500 or k < 2 or not _places7(a):
            continue
        if governance and len(GOVERNANCE.findall(a["text"])) < 3:
            continue
        if "平遥" in a["title"] + a["text"] or COLUMNS.search(a["title"]) or COLUMNS7.search(a["title"]):
            continue
        a["cjk"], a["hits"], a["province"] = n, k, province(a)
        if a["province"]:
            out.append(a)
    return out


def pick(pool: list[dict], quota: tuple[int, ...], early: bool | None) -> list[dict]:
    """Take reports from ``pool`` in order: ``quota`` per month, one per province.

    ``early`` True takes days 1-15 only, False days 16-31 only, None any day.

    A month short of reports is filled from the other months of the same half; the result is sorted by id.
    """
    used: set[str] = set()
    picked = []
    for month, k in zip(MONTHS, quota):
        got = 0
        for a in pool:
            if got == k:
                break
            if a["date"][:7] != month or (early is not None and (int(a["date"][8:]) <= 15) != early):
                continue
            if a["id"] in DROPPED or a["province"] in used:
                continue
            used.add(a["province"])
            picked.append(a)
            got += 1
    for a in pool:  # a month short of reports: fill from the other months of the same half
        if len(picked) == sum(quota):
            break
        ok = a["date"][:7] in MONTHS and (early is None or (int(a["date"][8:]) <= 15) == early)
        if ok and a not in picked and a["id"] not in DROPPED and a["province"] not in used:
            used.add(a["province"])
            picked.append(a)
    return sorted(picked, key=lambda a: a["id"])


def pick_any(pool: list[dict], k: int, per_province: int = 1) -> list[dict]:
    """Take ``k`` reports from ``pool`` in order, any month, at most ``per_province`` per province; the result is
    sorted by id."""
    used: dict[str, int] = {}
    picked = []
    for a in pool:
        if len(picked) == k:
            break
        if a["id"] in DROPPED or used.get(a["province"], 0) >= per_province:
            continue
        used[a["province"]] = used.get(a["province"], 0) + 1
        picked.append(a)
    return sorted(picked, key=lambda a: a["id"])


@dataclass(frozen=True)
class Filtered:
    """The crawl's articles under each selection filter, read once (``filtered``)."""

    wide: list[dict]  # candidates(path, wide=True): dev6's filter; with >= 500 CJK and 3 hits, dev4's
    pool7: list[dict]  # candidates7(path): dev7's filter with the governance condition
    open7: list[dict]  # candidates7(path, governance=False): the gold pool's superset
    pool_ids: frozenset[str]  # training/gold_pool_ids.txt


def filtered(path: Path, pool_ids: frozenset[str] | None = None) -> Filtered:
    """Read the crawl under every filter once; ``pool_ids`` defaults to ``training/gold_pool_ids.txt``."""
    if pool_ids is None:
        pool_ids = frozenset(GOLD_POOL.read_text(encoding="utf-8").split())
    return Filtered(candidates(path, wide=True), candidates7(path), candidates7(path, governance=False), pool_ids)


def pool4(f: Filtered, taken: set[str], earlier: frozenset[str]) -> list[dict]:
    """Return dev4's filter (500-2,000 CJK characters, three keyword hits) minus ``taken``, in file order."""
    return [a for a in f.wide if a["cjk"] >= 500 and a["hits"] >= 3 and a["id"] not in taken | earlier]


def pool6(f: Filtered, taken: set[str], earlier: frozenset[str]) -> list[dict]:
    """Return dev6's widened filter minus ``taken``, in file order."""
    return [a for a in f.wide if a["id"] not in taken | earlier]


def pool7(f: Filtered, taken: set[str], earlier: frozenset[str]) -> list[dict]:
    """Return dev7's filter (with the governance condition) minus ``taken``, in file order."""
    return [a for a in f.pool7 if a["id"] not in taken | earlier]


def pool10(f: Filtered, taken: set[str], earlier: frozenset[str]) -> list[dict]:
    """Return blind10's pool, sorted by id: articles of the gold pool passing either widened filter without the
    governance condition, not in ``taken`` and not dropped in an earlier pass (``earlier``).

    A pass's own drops (``DROPPED10``, and for dev9/blind11 ``DROPPED11`` with ``earlier=DROPPED_BEFORE11``) and
    later passes' drops stay in and ``pick_any`` skips them, so a drop does not reshuffle the rest.
    """
    found = {a["id"]: a for a in f.wide + f.open7}
    return [found[i] for i in sorted(found) if i in f.pool_ids and i not in taken and i not in earlier]


PoolFunction = Callable[[Filtered, set[str], frozenset[str]], list[dict]]


@dataclass(frozen=True)
class GoldSet:
    """One gold set of the selection: a row of ``SETS``.

    Consecutive rows with the same ``seed`` are one pass: the pass's pool (``pool`` applied to every id taken by
    an earlier pass, leaving out the ``earlier`` drops) is shuffled once with the seed and its sets are taken from
    it in turn, each from what the sets before it in the pass left. ``size`` is a count (``pick_any``: any month,
    one report per province) or a per-month quota of ``MONTHS`` (``pick``, days 1-15 with ``early`` True, 16-31
    with False, any day with None).
    """

    name: str
    prefix: str
    seed: int
    pool: PoolFunction
    earlier: frozenset[str]
    size: int | tuple[int, ...]
    early: bool | None = None
    per_province: int = 1  # pick_any's cap; blind16 (the pool's last 9 reports, 7 provinces) allows 2


NONE: frozenset[str] = frozenset()
# every gold set in the order it was drawn; a new set is one more row (a new seed starts a new pass)
SETS: tuple[GoldSet, ...] = (
    GoldSet("dev4", "d4", 20261204, pool4, NONE, (3, 2, 3, 2, 2), early=True),
    GoldSet("blind4", "b4", 20261204, pool4, NONE, (2, 2, 2, 2, 2), early=False),
    GoldSet("dev5", "d5", 20261205, pool4, NONE, (3, 2, 3, 3, 3)),
    GoldSet("blind5", "b5", 20261205, pool4, NONE, (2, 2, 2, 2, 2)),
    GoldSet("dev6", "d6", 20261206, pool6, NONE, 14),
    GoldSet("blind6", "b6", 20261206, pool6, NONE, 10),
    GoldSet("dev7", "d7", 20261207, pool7, NONE, 14),
    GoldSet("blind7", "b7", 20261207, pool7, NONE, 12),
    GoldSet("dev8", "d8", 20261208, pool7, NONE, 14),
    GoldSet("blind8", "b8", 20261208, pool7, NONE, 12),
    GoldSet("blind9", "b9", 20261209, pool7, NONE, 12),
    GoldSet("blind10", "b10", 20261210, pool10, DROPPED_BEFORE10, 12),
    GoldSet("dev9", "d9", 20261213, pool10, DROPPED_BEFORE11, 14),
    GoldSet("blind11", "b11", 20261213, pool10, DROPPED_BEFORE11, 12),
    GoldSet("blind12", "b12", 20261214, pool10, DROPPED_BEFORE12, 12),
    GoldSet("blind13", "b13", 20261215, pool10, DROPPED_BEFORE13, 12),
    GoldSet("blind14", "b14", 20261216, pool10, DROPPED_BEFORE14, 12),
    GoldSet("blind15", "b15", 20261217, pool10, DROPPED_BEFORE15, 12),
    GoldSet("blind16", "b16", 20261218, pool10, DROPPED_BEFORE16, 9, per_province=2),
)


def draw(f: Filtered, sets: tuple[GoldSet, ...] = SETS) -> list[tuple[str, str, dict]]:
    """Return ``(set, stem, article)`` rows of ``sets`` drawn in order from the filtered crawl ``f``."""
    rows: list[tuple[str, str, dict]] = []
    rest: list[dict] = []
    for i, gs in enumerate(sets):
        if i == 0 or gs.seed != sets[i - 1].seed:  # a new pass: a fresh pool minus every earlier set
            rest = gs.pool(f, {a["id"] for _, _, a in rows}, gs.earlier)
            random.Random(gs.seed).shuffle(rest)
        got = pick(rest, gs.size, gs.early) if isinstance(gs.size, tuple) else pick_any(rest, gs.size, gs.per_province)
        rows += [(gs.name, f"{gs.prefix}_{k:02d}", a) for k, a in enumerate(got, 1)]
        rest = [a for a in rest if a not in got]
    return rows


def select(path: Path) -> list[tuple[str, str, dict]]:
    """Return ``(set, stem, article)`` rows for every set of ``SETS`` (dev4, blind4, ..., blind16)."""
    return draw(filtered(path))


def main(argv: list[str] | None = None) -> int:
    """Print the selection."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=None, help="shared data folder (default ../shared)")
    ap.add_argument("--set", choices=[gs.name for gs in SETS], default="dev4", help="which set to print")
    ap.add_argument("--manifest", type=Path, default=None, help="also write the set's manifest.tsv into this folder")
    ap.add_argument("--pool-ids", type=Path, default=None,
                    help="write the ids of every article a gold set can be drawn from (training/gold_pool_ids.txt) and stop")
    args = ap.parse_args(argv)
    shared = args.shared or default_shared()
    if args.pool_ids:
        ids = sorted({a["id"] for a in candidates(shared / CORPUS, wide=True)}
                     | {a["id"] for a in candidates7(shared / CORPUS, governance=False)} | ENTITIES_DEV)
        head = ("# ids of every People's Daily 2019-2020 article a gold set can be drawn from (the candidates of both\n"
                "# widened selection filters, dev6's and dev7's without its governance condition, and the\n"
                "# entities-dev reports); training/crawl.py skips them. Written by\n"
                "# python benchmarks/gold_select.py --pool-ids training/gold_pool_ids.txt\n")
        args.pool_ids.write_text(head + "\n".join(ids) + "\n", encoding="utf-8")
        return 0
    rows = [(stem, a) for name, stem, a in select(shared / CORPUS) if name == args.set]
    for stem, a in rows:
        title = a["title"].replace("\n", " / ")
        print(f"{args.set}\t{stem}\t{a['id']}\t{a['date']}\t{a['province']}\t{a['cjk']}\t{title}")
    if args.manifest:
        args.manifest.mkdir(parents=True, exist_ok=True)
        lines = ["stem\tid\tdate\tprovince\tcjk"]
        lines += [f"{s}\t{a['id']}\t{a['date']}\t{a['province']}\t{a['cjk']}" for s, a in rows]
        (args.manifest / "manifest.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
