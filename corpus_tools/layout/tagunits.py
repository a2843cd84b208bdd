"""Units from the line model's per-line tags (:data:`~corpus_tools.layout.lineroles.TAGS`): consecutive
lines of one role and article make one unit; an article starts at each ``B-`` line."""

from __future__ import annotations

from corpus_tools.layout.classify import drop_format_chars
from corpus_tools.layout.inlinejumps import split_jump_marks
from corpus_tools.layout.lines import Line
from corpus_tools.layout.model import Repair
from corpus_tools.layout.patterns import BYLINE_TAIL_RE, ends_sentence
from corpus_tools.layout.repair import fix_spacing, join_lines, undouble_in_page
from corpus_tools.layout.units import Unit, body_units


_FINAL = {"banner": "banner", "credit": "credit", "kicker": "kicker", "title": "headline",
          "subtitle": "subtitle", "byline": "byline", "caption": "caption"}
_KIND = {"banner": "head", "kicker": "head", "title": "head", "subtitle": "subtitle", "byline": "byline",
         "caption": "caption", "credit": "credit"}


def _head_unit(raw: str, group: list[Line], role: str, gap: int) -> Unit:
    """One heading-like unit from consecutive lines of one role, undoubled line by line."""
    texts, repairs = [], []
    for ln in group:
        fixed, cuts = undouble_in_page(ln.text, raw) if role in ("banner", "kicker", "title", "subtitle") else (ln.text, [])
        texts.append(fix_spacing(fixed))
        repairs += [Repair("undouble", ln.start + a, ln.start + b, raw[ln.start + a:ln.start + b],
                           f"doubled bold headline repaired to {texts[-1]!r}") for a, b in cuts]
    text = " ".join(texts) if role == "banner" else join_lines(texts)  # (a banner's lines are items: 弥渡报 / 2024年…)
    return Unit(_KIND[role], [(ln.start, ln.end) for ln in group], text, gap=gap,
                repairs=repairs)


def units_from_tags(raw: str, raw_lines: list[Line | None], tags: list[str]) -> tuple[list[Unit], int]:
    """Units with their final kind and article from per-line tags (see :data:`lineroles.TAGS`).

    Consecutive lines of one role and article make one unit (a body paragraph runs from a
    ``para`` line over its ``cont`` lines; a trailing ``…。(张春燕 王瑞琴)`` is split off as a
    byline); an article starts at each ``B-`` line. Returns the units and the number of articles.
    """
    runs: list[tuple[str, int | None, list[Line], int]] = []  # role, article, lines, gap
    cur = -1
    gap = 0
    k = 0
    prev_role = None
    for ln in raw_lines:
        if ln is None:
            gap += 1
            continue
        tag = tags[k]
        k += 1
        new = tag.startswith("B-")
        role = tag[2:] if new else tag
        if role == "cont" and gap and runs and BYLINE_TAIL_RE.search(runs[-1][2][-1].text):
            role = "para"  # a paragraph closed by its byline does not go on across a blank line
        if (role == "cont" and ln.opens and runs and runs[-1][0] in ("para", "cont")
                and BYLINE_TAIL_RE.search("".join(x.text for x in runs[-1][2][-2:]))):
            role = "para"  # (nor on an indented line: a signature cut over two lines closed it, ``（县卫健局`` / ``供稿）``)
        if new or (cur < 0 and role not in ("banner", "credit")):
            cur += 1
        art = None if role in ("banner", "credit") else cur
        if role in ("banner", "credit"):
            same = False
        elif role == "cont":
            same = prev_role in ("para", "cont") and runs and runs[-1][1] == art
        elif role == "para":
            same = False
        elif role == "caption":
            same = (prev_role == "caption" and runs[-1][1] == art and not new
                    and not ends_sentence(runs[-1][2][-1].text))
        else:
            same = prev_role == role and runs[-1][1] == art and not new
        if same:
            runs[-1][2].append(ln)
        else:
            runs.append((role, art, [ln], gap))
        prev_role = role
        gap = 0
    units: list[Unit] = []
    for role, art, group, g in runs:
        if role in ("para", "cont"):
            jump = split_jump_marks(group, raw)  # (jump marks opening or closing the paragraph: credits of their own)
            made = body_units(jump[0] if jump else group, g)
            made[0].cont = role == "cont"
            for u in made:
                u.final, u.article = u.kind, art
            units.extend(jump[1] + made + jump[2] if jump else made)
            continue
        u = _head_unit(raw, group, role, g)
        u.final, u.article = _FINAL[role], art
        units.append(u)
    drop_format_chars(units, raw)
    return units, cur + 1
