"""The pieces the page composer (:mod:`compose_pages`) prints: wrapped lines, names, places, bylines,
captions and head blocks.

Every function given a random stream draws from it in a fixed order, so a composed page depends only on
its seed. Names are generated from common surname and given-name characters; places come from
the shipped admin divisions.
"""

from __future__ import annotations

import random
import re
from functools import lru_cache

import compose_forms33 as forms33  # (benchmarks/compose_forms33.py)
from compose_pool import Source

__all__ = ["wrap", "space_numbers", "double_title", "person_name", "county_places", "byline", "caption", "heads",
           "parallel_title", "jumps_and_editors"]

_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国晓东雪梅海波宁文博志宏雅琴春燕瑞俊阳凯佳欣浩然子涵思远晨旭一鸣慧婷"
_NO_LINE_START = "，。、；：！？）》」』”’,.;:!?)"


def _w(ch: str) -> float:
    return 0.5 if ord(ch) < 0x2E80 and not ("\u2018" <= ch <= "\u201d") else 1.0


def wrap(text: str, width: int) -> list[str]:
    """Break ``text`` into lines of at most ``width`` (digits and ASCII count half)."""
    lines, cur, w = [], "", 0.0
    for ch in text:
        # closing punctuation never starts a line: it hangs at the end of the previous one
        if w + _w(ch) > width and cur and ch not in _NO_LINE_START:
            lines.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += _w(ch)
    if cur:
        lines.append(cur)
    return lines


def space_numbers(text: str, rng: random.Random) -> str:
    """Space out some numbers as extractors do (``2022 年``, ``464 名``)."""
    return re.sub(r"(?<=[\u4e00-\u9fff])(\d+)(?=[\u4e00-\u9fff])",
                  lambda m: f" {m.group(1)} " if rng.random() < 0.5 else m.group(1), text)


def double_title(title: str, rng: random.Random) -> str:
    """A bold title as some extractors give it: each run of glyphs printed twice."""
    out = []
    for tok in title.split(" "):
        pieces, k = [], 0
        while k < len(tok):
            n = min(len(tok) - k, rng.randint(2, 6))
            if len(tok) - k - n == 1:
                n += 1
            pieces.append(tok[k:k + n] * 2)
            k += n
        out.append("".join(pieces))
    return " ".join(out)


def person_name(rng: random.Random) -> str:
    """A name of one common surname and one or two given-name characters."""
    given = rng.choice(_GIVEN) + (rng.choice(_GIVEN) if rng.random() < 0.7 else "")
    return rng.choice(_SURNAMES) + given


def county_places(rng: random.Random) -> tuple[str, list[str]]:
    """A county and some of its townships, from the shipped admin divisions."""
    from corpus_tools.gazetteer import admin_divisions

    counties = _counties()
    for _ in range(20):
        code, county = counties[rng.randrange(len(counties))]
        towns = [t for t in admin_divisions(level="township", within=code)["name"]
                 if re.fullmatch(r"[\u4e00-\u9fff]{2,5}(?:镇|乡|街道)", t)]
        if len(towns) >= 3 and len(county) <= 4:
            return county, towns
    return "平遥县", ["古陶镇", "岳壁乡", "城西街道"]


@lru_cache(maxsize=None)
def _counties() -> list[tuple[str, str]]:
    """(code, name) of every county named …县 in the shipped admin divisions."""
    from corpus_tools.gazetteer import admin_divisions

    df = admin_divisions(level="county")
    return [(c, n) for c, n in zip(df["code"], df["name"]) if n.endswith("县")]


def byline(rng: random.Random, style: str) -> tuple[list[tuple[str, str]], str]:
    """Byline pairs and how they are printed for a byline ``style``."""
    if style == "plain":  # (张春燕 王瑞琴)
        pairs = [("", person_name(rng)) for _ in range(rng.randint(1, 3))]
        return pairs, "(" + " ".join(n for _, n in pairs) + ")"
    if style == "photo":
        pairs = [("摄影", person_name(rng))]
        return pairs, f"（{pairs[0][1]} 摄）"
    roles = ["记者"] + rng.sample(["通讯员", "实习生", "记者", "摄影"], rng.randint(0, 2))
    pairs = [(r, person_name(rng)) for r in roles]
    if style == "standfirst":  # 本报记者 王磊 under the title
        pairs = [("记者", person_name(rng))]
        return pairs, f"本报记者 {pairs[0][1]}"
    text = " ".join(f"{r} {n}" for r, n in pairs)
    return pairs, (f"（{text}）" if style in ("roles", "lead") else text)


def caption(src: Source, rng: random.Random) -> str:
    """A photo caption made of a clause of the article (``图为…。`` or ``…现场。``)."""
    clauses = [c for p in src.paras for c in re.split(r"[，。；！？、]", p)
               if 6 <= len(c) <= 18 and not re.search(r"[“”：:（）()《》\d]", c)]
    clause = rng.choice(clauses) if clauses else src.title[:12]
    return ("图为" + clause + "。") if rng.random() < 0.6 else (clause + "现场。")


def heads(src: Source, county: str, towns: list[str], rng: random.Random, tags: set[str],
          kinds: list[str]) -> tuple[str, str | None, str | None, list[str]]:
    """Title, kicker, subtitle and the printed head lines (top to bottom); ``kinds`` gets their roles."""
    title = src.title
    kicker = subtitle = None
    r = rng.random()
    if src.kicker and r < 0.5:
        kicker = src.kicker
        tags.add("kicker")
    elif r < 0.35:
        kicker = rng.choice([county, county + rng.choice(towns)])
        tags.add("kicker")
    r = rng.random()
    if src.subtitle and r < 0.6:
        subtitle = src.subtitle
    elif r < 0.15:
        subtitle = "——" + rng.choice(["记", "走进", "探访", "聚焦"]) + county + rng.choice(["乡村振兴一线", "项目建设现场", "基层治理新实践"])
    if subtitle:
        tags.add("subtitle")
    lines = []
    if kicker:
        lines.append(kicker)
    if " " in title and rng.random() < 0.35:
        a, b = title.split(" ", 1)
        lines += [a, b]
        tags.add("two_line")
    elif rng.random() < 0.12:
        lines.append(double_title(title, rng))
        tags.add("doubled")
    else:
        lines.append(title)
    if subtitle:
        lines.append(subtitle)
    kinds[:] = (["kicker"] if kicker else []) + ["title"] * (len(lines) - bool(kicker) - bool(subtitle)) \
        + (["subtitle"] if subtitle else [])
    kicker_truth = kicker[:-2] if kicker and kicker.endswith("——") else kicker
    subtitle_truth = subtitle[2:] if subtitle else None
    return title, kicker_truth, subtitle_truth, lines


def parallel_title(src: Source) -> str:
    """Some county titles are two clauses (``完善城市功能 提升城市品质``): split a title so."""
    t = src.title
    m = re.match(r"^(.{4,9}?)([，、 ])(.{4,10})$", t)
    if m and m.group(2) != " ":
        return f"{m.group(1)} {m.group(3)}"
    return t


def jumps_and_editors(group: list[tuple], q: list[float], tags: set[str], tail: bool) -> list[tuple]:
    """An article's print group (headline before its body) with :mod:`compose_forms33`'s credits: a
    ``（上接…）`` line under its headline, a ``（下转…）`` line after its body (no end byline), an editor line
    after it."""
    out = list(group)
    heads = [i for i, u in enumerate(out) if u[0] == "head"]
    if heads and q[0] < forms33.P_JUMP_BEFORE:
        out.insert(heads[-1] + 1, ("credit", forms33.jump_line(q[5], after=False), "credit", None))
        tags.add("jump_before")
    bodies = [i for i, u in enumerate(out) if u[0] == "body"]
    if bodies and not tail and q[1] < forms33.P_JUMP_AFTER:
        out.insert(bodies[-1] + 1, ("credit", forms33.jump_line(q[5], after=True), "credit", None))
        tags.add("jump_after")
    if q[2] < forms33.P_EDITOR_AFTER:
        out.append(("credit", forms33.editor_line(person_name(random.Random(q[5])), q[4]), "credit", None))
        tags.add("editor_after")
    return out

