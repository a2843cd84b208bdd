"""The place or post a signature names before the writer's name, read as text (round 36, gpeper36).

A piece on an opinion or theory page may close with the writer's township or post before the name:
``（玄武镇　乜红梅）``, ``（作者系县委党校副校长）``, ``（作者系某乡某村党支部书记　扎西）``. The layout keeps only the
name on the article's byline (:func:`~corpus_tools.layout.authornotes.place_signature`,
:func:`~corpus_tools.layout.authornotes.author_note`); the township, the party school or the bureau printed
there are still mentions of the page. :func:`signature_lines` gives the part of each such line before the
name, to be read like a line of text (county context, gazetteer, model), and :func:`signature_township` tells
a township signing by its form alone (``南台街道``) for a county the gazetteer does not hold.

A unit named after ``作者单位：`` is already a byline pair of its own (read by
:func:`~corpus_tools._entity_rules.byline_names.byline_entities`), so it is not given again here.
"""

from __future__ import annotations

import re
from typing import Any

from corpus_tools._entity_rules.mastheads import byline_media
from corpus_tools._entity_rules.person_roles import is_role
from corpus_tools.layout.authornotes import author_note, place_signature

__all__ = ["signature_lines", "signature_part", "signature_rows", "signature_township"]

#: ``作者系`` / ``作者为`` / ``作者是`` + the post (and maybe a wide space and the name), in brackets.
_POST_RE = re.compile(r"^[(（]\s*作者\s*(?:系|为|是)\s*([^()（）]{2,40}?)\s*[)）]$")
#: A township in a place signature (``（玄武镇　乜红梅）``), before the wide space and the name.
_PLACE_RE = re.compile(r"^[(（]\s*([\u4e00-\u9fff]{2,8})[\s\u3000]")
#: A wide space (an ideographic space, two spaces or more) parting the post from the name.
_WIDE_RE = re.compile(r"\u3000+|\s{2,}")
#: A unit, a space, the name (``县委党校　仝新华``, ``（县委宣传部　向　晴）``): the unit and the rest.
_UNIT_NAME_RE = re.compile(r"^[(（]?\s*([\u4e00-\u9fff]{2,20})[ \u3000]+([\u4e00-\u9fff][\u4e00-\u9fff \u3000]{1,6}?)\s*[)）]?$")
#: Last words of a byline role (a unit ending so is a newsroom's credit, read by the byline rules).
_ROLE_ENDS = ("记者", "通讯员", "摄影", "编辑", "评论员", "供稿", "撰文", "实习生")


def signature_part(line: str, names: "tuple[str, ...] | list[str]" = ()) -> str | None:
    """The part of a signature line before the writer's name, or None for any other line.

    Parameters
    ----------
    line : str
        A byline block's text.
    names : sequence of str
        The names the layout read on the article's byline: a unit followed by one of them alone
        (``县委党校　仝新华``, ``（县委宣传部　向　晴）``) is the writer's unit, which the byline left out.

    Returns
    -------
    str or None
        The township of a place signature, the post of an author's note (``作者系…``) without the name.

    Examples
    --------
    >>> signature_part("（玄武镇　乜红梅）"), signature_part("（作者系县委党校副校长）")
    ('玄武镇', '县委党校副校长')
    >>> signature_part("（作者系某乡某村党支部书记　扎西）")
    '某乡某村党支部书记'
    >>> signature_part("（记者　王磊）") is None, signature_part("（作者单位：县委宣传部　王平）") is None
    (True, True)
    >>> signature_part("县委党校　仝新华", ["仝新华"]), signature_part("（县委宣传部　向　晴）", ["向晴"])
    ('县委党校', '县委宣传部')
    >>> signature_part("县委党校　仝新华") is None  # not the byline's name
    True
    """
    t = line.strip()
    m = _UNIT_NAME_RE.match(t)
    if m and "".join(m.group(2).split()) in names and m.group(1) not in names and byline_media(t) is None:
        unit = m.group(1)
        if not is_role(unit) and not unit.endswith(_ROLE_ENDS) and not unit.startswith("作者"):
            return unit
    if place_signature(t) is not None:
        m = _PLACE_RE.match(t)
        return m.group(1) if m else None
    m = _POST_RE.match(t)
    if m is None or author_note(t) is None:
        return None
    post = _WIDE_RE.split(m.group(1).strip())[0]
    post = "".join(post.split())
    return post if len(post) >= 2 else None


def signature_township(part: str) -> bool:
    """Whether *part* (from :func:`signature_part`) is a township signing by its form: a place signature's
    township (``玄武镇``, ``南台街道``), two to eight characters ending in 镇, 乡, 街道 or 苏木.

    Examples
    --------
    >>> signature_township("南台街道"), signature_township("县委党校副校长")
    (True, False)
    """
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{1,6}(?:镇|乡|街道|苏木)", part))


def signature_lines(issue: Any) -> list[tuple[str, str]]:
    """(article id, part) for each signature of *issue* naming a township or a post before the name.

    Parameters
    ----------
    issue : Issue
        A page read by the layout.

    Returns
    -------
    list of (str, str)
        The article the signature closes and the signature's part before the name (:func:`signature_part`).

    Examples
    --------
    >>> from corpus_tools import Issue
    >>> raw = ("镇村要闻\\n\\n　　我们镇今年修了三条路，群众出行方便多了，大家都很满意。\\n"
    ...        "（红石镇　钱卫东）\\n")
    >>> signature_lines(Issue(id="p1", raw=raw))
    [('p1-01', '红石镇')]
    """
    arts, blocks = getattr(issue, "all_articles", None), getattr(issue, "blocks", None)
    if not arts or not blocks:
        return []
    out: list[tuple[str, str]] = []
    for b in blocks:
        if b.kind != "byline" or b.article is None or b.article >= len(arts):
            continue
        part = signature_part(b.text, ["".join(n.split()) for _, n in arts[b.article].byline or ()])
        if part:
            out.append((arts[b.article].id, part))
    return out


def signature_rows(rows: list[tuple], issue_id: str, article_id: str, part: str) -> list[tuple]:
    """The entity rows read in a signature's *part* that are kept: no PERSON (the name is the byline's),
    no span opening on 某 (``某村党支部``: a writer hiding the village), and the township of a place signature
    by its form when nothing read it whole (a county the gazetteer lacks).

    Parameters
    ----------
    rows : list of tuple
        Rows in :data:`~corpus_tools.entities.ENTITY_COLUMNS` order (text, label, start, end at 3 … 6).
    issue_id, article_id : str
        The page and the article the signature closes.
    part : str
        The signature's part the rows were read in (:func:`signature_part`).

    Returns
    -------
    list of tuple

    Examples
    --------
    >>> row = ("p1", "p1-01", "credit", "某村党支部", "ORG", 2, 7, "", "", None, None)
    >>> signature_rows([row], "p1", "p1-01", "某乡某村党支部书记")
    []
    >>> [r[3:5] for r in signature_rows([], "p1", "p1-01", "南台街道")]
    [('南台街道', 'TOWNSHIP')]
    """
    kept = [r for r in rows if r[4] != "PERSON" and not r[3].startswith("某")]
    if signature_township(part) and not any(r[5] == 0 and r[6] == len(part) for r in kept):
        kept = [r for r in kept if r[6] <= 0 or r[5] >= len(part)]  # (a piece of it read as something else)
        kept.append((issue_id, article_id, "credit", part, "TOWNSHIP", 0, len(part), part, part, None, None))
    return kept
