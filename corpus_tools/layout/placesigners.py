"""A signature line naming the writer's place or post and the writer (``礼门乡陈峭村　郑宗炎``) closes a text.

Readers' letters, learning notes and opinion pieces are often signed on a line of their own under the
text by the writer's township or village — or post there — a wide space and the name::

    ……配合政府把古村保护好、利用好。
    礼门乡陈峭村　郑宗炎
    责任编辑　阙秀娟

The line model reads such a line as text run on from the letter, or as a title (on a page printing its
headlines after their bodies, ``王阎镇双河村党支部书记　邢红军`` over ``学习心得`` / the title).
:func:`place_signer_lines` reads it by its form: a place (a name ending in 镇, 乡, 村, 街道, 社区, 苏木, 嘎查),
optionally a post there (书记, 主任, 村民 …), a wide space and a name's shape (:func:`place_signer`), alone on
its line right under a finished sentence of a text. Seen by five writers (pages32o 蒙阴, pages33o 平山,
pages34o 寿宁, pages37o 周宁 and 山阳). The byline is the name: the place stays in the block's text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus_tools._entity_rules.names import is_word
from corpus_tools.layout.bylines import surname_and_given
from corpus_tools.layout.lines import Line
from corpus_tools.layout.namelines import name_shaped
from corpus_tools.layout.patterns import ends_sentence

#: A wide space parting the place from the name: two spaces or more, or an ideographic space.
_WIDE_RE = re.compile(r"(?: {2,}|[\u3000\xa0]+ *|\t+)")
#: A township, village or community, then optionally a post held there (``双河村党支部书记``).
_PLACE_RE = re.compile(r"^[\u4e00-\u9fff]{1,12}(?:镇|乡|村|街道|社区|苏木|嘎查)"
                       r"(?:[\u4e00-\u9fff]{0,6}(?:书记|主任|村民|居民|干部|委员|组长|会计|党员))?$")
#: Tags of the text line above the signature.
_TEXT_TAGS = ("para", "cont")


def place_signer(text: str) -> str | None:
    """The name of a line printing a place (or a post there), a wide space and a name, else None.

    Examples
    --------
    >>> place_signer("礼门乡陈峭村　郑宗炎"), place_signer("王阎镇双河村党支部书记　邢红军"), place_signer("垛庄镇　厉长海")
    ('郑宗炎', '邢红军', '厉长海')
    >>> place_signer("东关街道　幸福社区"), place_signer("礼门乡陈峭村 郑宗炎"), place_signer("县委党校　柯文斌")
    (None, None, None)
    """
    parts = [p for p in _WIDE_RE.split(text.strip()) if p]
    if len(parts) != 2 or " " in parts[0] or not _PLACE_RE.match(parts[0]):
        return None
    name = parts[1].replace(" ", "")
    # (a given name that is a word, ``邢红军``: after a place, a surname first and no word across the two is enough)
    loose = re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name) is not None and bool(surname_and_given(name)) and not is_word(name[:2])
    return name if name_shaped(name) or loose else None


def place_signer_lines(raw_lines: Sequence[Line | None], tags: list[str]) -> list[str]:
    r"""Tags with ``byline`` on each place-and-name line (:func:`place_signer`) printed right under a text line
    that ends a sentence; *tags* itself is not changed. A ``B-`` tag on the line moves to the line under it
    when that line is a heading (the signature closes the text above; the heading opens what follows).

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = "村里的古民居该保护了\n　　希望有关部门重视古民居保护。\n礼门乡陈峭村　郑宗炎\n责任编辑　阙秀娟\n"
    >>> place_signer_lines(read_lines(raw), ["B-title", "para", "cont", "credit"])
    ['B-title', 'para', 'byline', 'credit']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i in range(1, len(lines)):
        if out[i].removeprefix("B-") == "byline" or place_signer(lines[i].text) is None:
            continue
        if out[i - 1].removeprefix("B-") not in _TEXT_TAGS or not ends_sentence(lines[i - 1].text):
            continue
        if out[i].startswith("B-") and i + 1 < len(out) and out[i + 1] in ("title", "kicker"):
            out[i + 1] = "B-" + out[i + 1]
        out[i] = "byline"
    return out
