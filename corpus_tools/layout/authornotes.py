"""Signatures that name a place or the author's post before the name, read by their form.

Opinion and theory pages close a piece with a note on its author or sign it with the writer's place:

* an author's note, ``（作者系县委党校副校长）``, ``（作者系某村党支部书记　更登加）``,
  ``（作者单位：县委宣传部　石　磊）``, ``（作者单位：县委党校）`` — the note is the piece's signature, not
  its text; a name after the post or the unit (parted by a wide space) is the byline's name, a unit after
  ``作者单位`` is named as a unit beside a name is (:mod:`~corpus_tools.layout.unitbylines`);
* a township before the name, ``（玄武镇　乜红梅）``, ``（南台街道　邓世兵）`` — the place the writer
  lives in, no unit that signs: the name alone.

:func:`author_note` and :func:`place_signature` give the ``(role, name)`` pairs (role ``""``) or None for
any other line; :func:`~corpus_tools.layout.bylines.parse_byline` asks them first.
"""

from __future__ import annotations

import re

#: An author's note in brackets: ``作者系`` / ``作者为`` + a post, or ``作者单位：`` + a unit, then maybe a name.
_NOTE_RE = re.compile(r"^[(（]\s*作者\s*(系|为|是|单位\s*[:：])\s*([^()（）]{2,40}?)\s*[)）]$")
#: A wide space (an ideographic space, two spaces or more) parting the post or unit from the name.
_WIDE_RE = re.compile(r"\u3000+|\s{2,}")
#: A name after the post: two to four Chinese characters, perhaps padded (``石　磊``, one space inside).
_NAME_RE = re.compile(r"^[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}$")
#: A township's name alone (``玄武镇``, ``太清宫镇``, ``邱集乡``, ``南台街道``): the writer's place, no unit.
_TOWNSHIP_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:镇|乡|街道|苏木)$")
#: A signature in brackets: a township, a wide space, a name (a line break inside read as nothing).
_PLACE_NAME_RE = re.compile(r"^[(（]\s*([\u4e00-\u9fff]{2,8})(?:\u3000+|\s{2,}| )([\u4e00-\u9fff]{2,4})\s*[)）]$")


def author_note(text: str) -> tuple[tuple[str, str], ...] | None:
    """The byline pairs of an author's note closing a piece, or None when ``text`` is none.

    Parameters
    ----------
    text : str
        One line (or a block's text).

    Returns
    -------
    tuple of (str, str) or None
        ``()`` for a note naming no one, ``(("", name),)`` after a post, ``(("", unit), ("", name))`` after
        ``作者单位：``.

    Examples
    --------
    >>> author_note("（作者系县委党校副校长）")
    ()
    >>> author_note("（作者系某乡某村党支部书记　扎西）")
    (('', '扎西'),)
    >>> author_note("（作者单位：县委宣传部　王　平）")
    (('', '县委宣传部'), ('', '王平'))
    >>> author_note("（作者单位：县委党校）"), author_note("（作者：王平）")
    ((), None)
    """
    m = _NOTE_RE.match(text.strip())
    if m is None:
        return None
    parts = [p for p in _WIDE_RE.split(m.group(2).strip()) if p]
    if len(parts) == 1:
        return ()
    name = "".join(parts[-1].split()) if len(parts) == 2 else "".join(parts[1:])
    if not _NAME_RE.match(" ".join(parts[1:])) and not _NAME_RE.match(parts[-1]):
        return ()
    if m.group(1).startswith("单位"):
        return (("", "".join(parts[0].split())), ("", name))
    return (("", name),)


def place_signature(text: str) -> tuple[tuple[str, str], ...] | None:
    """The name of a signature in brackets naming the writer's township first, or None.

    Examples
    --------
    >>> place_signature("（玄武镇　乜红梅）"), place_signature("（南台街道　邓世兵）")
    ((('', '乜红梅'),), (('', '邓世兵'),))
    >>> place_signature("（洪德镇卫生院　党玉芳）") is None, place_signature("（李华　王平）") is None
    (True, True)
    """
    m = _PLACE_NAME_RE.match(text.strip())
    if m is None or not _TOWNSHIP_RE.match(m.group(1)):
        return None
    return (("", m.group(2)),)
