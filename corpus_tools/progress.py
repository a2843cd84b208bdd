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
    return tqdm(iterable, **kwargs)
