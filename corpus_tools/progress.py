"""Progress bars: one place that decides when a bar is drawn.

A bar is drawn only when the caller asks for one (``progress=True``) **and** it has somewhere to
show it: a terminal, or a notebook. When stderr is redirected to a file or a pipe
(``corpus-tools report pages/ -o out 2> log.txt``, a cron job, a batch script) no bar is written,
so logs hold the messages and not thousands of carriage-return updates. Pass ``progress=False``
(``-q`` on the command line) to silence the bars in a terminal too.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["progress_bar"]


def progress_bar(iterable: Iterable | None = None, **kwargs: Any) -> Any:
    """A ``tqdm.auto`` bar that stays silent when stderr is not a terminal.

    Parameters
    ----------
    iterable : iterable, optional
        What to wrap (as ``tqdm(iterable)``); leave it out and give ``total=`` for a manual bar.
    **kwargs
        Passed on to tqdm (``desc``, ``unit``, ``total``, ``leave`` …). ``disable`` defaults to
        None: tqdm's "off when the output is not a TTY" (a notebook still shows its widget).

    Returns
    -------
    tqdm.tqdm
        The bar (it iterates like *iterable*; when disabled it draws nothing).

    Examples
    --------
    >>> import io
    >>> list(progress_bar([1, 2], desc="x", file=io.StringIO()))  # not a terminal: no bar drawn
    [1, 2]
    """
    from tqdm.auto import tqdm

    kwargs.setdefault("disable", None)
    if _zero_width(kwargs.get("file")):
        # (a terminal that reports 0 columns and 0 lines, the pseudo-terminal of ``script`` or of some CI
        # runners: tqdm would draw no bar at all there)
        kwargs.setdefault("ncols", FALLBACK_SIZE[0])
        kwargs.setdefault("nrows", FALLBACK_SIZE[1])
    return tqdm(iterable, **kwargs)


#: Columns and lines of a terminal that reports no size.
FALLBACK_SIZE = (80, 24)


def _zero_width(file: Any = None) -> bool:
    """Whether the bar's stream (stderr by default) is a terminal that reports a size of 0 columns or lines.

    Examples
    --------
    >>> import io
    >>> _zero_width(io.StringIO())
    False
    """
    import os
    import sys

    stream = sys.stderr if file is None else file
    try:
        return stream.isatty() and 0 in os.get_terminal_size(stream.fileno())
    except (AttributeError, OSError, ValueError):
        return False
