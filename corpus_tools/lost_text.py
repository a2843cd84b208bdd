"""Text of a page that no article holds: said once, naming the file, never lost silently (user31b F13).

A page that prints its date line and one line of news (``龙胜报　2019年3月5日　第01版`` / ``龙脊镇大寨村推进乡村
振兴。``) can leave the layout with a banner and a caption and no article: every table, KWIC and trend then
misses that text. :func:`warn_unread` warns when a page's blocks other than its banners hold Chinese text but the
layout made no article of them, naming the file (or the issue) and what was printed.
"""

from __future__ import annotations

import functools
import inspect
import re
import warnings
from pathlib import Path
from typing import Any

__all__ = ["warn_unread", "unread_text"]

_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
#: Blocks that are page furniture, not news: a page of these alone has nothing to lose.
_FURNITURE = ("banner",)


def unread_text(blocks: "list[Any]") -> str:
    """The text of the blocks (other than banners) that hold Chinese characters, joined by a space.

    Examples
    --------
    >>> from corpus_tools.layout import Block
    >>> unread_text([Block("banner", "龙胜报2019年3月5日", 0, 13, None), Block("caption", "龙脊镇推进乡村振兴。", 14, 24, None)])
    '龙脊镇推进乡村振兴。'
    """
    return " ".join(b.text for b in blocks if b.kind not in _FURNITURE and _HAN_RE.search(b.text or ""))


_SKIP = (str(Path(__file__).resolve().parent), str(Path(functools.__file__).resolve()))


def _user_level() -> int:
    """The stacklevel naming the user's line: corpus_tools frames and the cached property's frame skipped."""
    frame, level = inspect.currentframe(), 0
    while frame is not None and (level < 2 or str(Path(frame.f_code.co_filename).resolve()).startswith(_SKIP)):
        frame, level = frame.f_back, level + 1
    return max(level, 1)


def warn_unread(issue: Any) -> None:
    """Warn that *issue* has text but no article (called when its layout made none).

    Parameters
    ----------
    issue : Issue
        The page; its ``meta['path']`` (else its id) names it in the warning.

    Returns
    -------
    None
    """
    text = unread_text(issue.blocks)
    if not text:
        return
    where = issue.meta.get("path") or issue.id
    shown = text if len(text) <= 30 else text[:30] + "…"
    warnings.warn(f"{where}: the page has text but no article ({shown!r}); the layout made none of it, so no "
                  "table, KWIC or trend holds it — check the page's layout (Issue.blocks)",
                  UserWarning, stacklevel=_user_level())
