"""Markers that tell the two layers apart on the slogan timeline: the paper's own slogan or a known formula.

:func:`~corpus_tools.slogans.plot.plot_slogan_timeline` colours a row by its kind (numbered, parallel, quoted), so
a county slogan the paper quotes (西部山区开发) and a national formula it quotes (科学发展观) were both green
(user24). The end points of a row are drawn with the marker of its ``source``: a square for a slogan only the
paper marks (``marked``: no entry of the formula lexicon), a circle for a known formula (``both``, ``lexicon``).
"""

from __future__ import annotations

from typing import Iterable

__all__ = ["SOURCE_MARKERS", "source_marker", "source_legend"]

#: ``source`` -> (matplotlib marker, legend label).
SOURCE_MARKERS = {"marked": ("s", "the paper's own (marked, no known formula)"),
                  "both": ("o", "known formula (lexicon)"), "lexicon": ("o", "known formula (lexicon)")}


def source_marker(source: object) -> str:
    """The marker of a row's ``source`` (a circle when the source is unknown or missing).

    Parameters
    ----------
    source : object
        ``"marked"``, ``"both"``, ``"lexicon"`` or anything else.

    Returns
    -------
    str
        A matplotlib marker.

    Examples
    --------
    >>> source_marker("marked"), source_marker("both"), source_marker(None)
    ('s', 'o', 'o')
    """
    return SOURCE_MARKERS.get(source, ("o", ""))[0] if isinstance(source, str) else "o"


def source_legend(sources: Iterable[object]) -> list[tuple[str, str]]:
    """(marker, label) of the legend entries for the sources drawn: none when only one kind of source is drawn.

    Parameters
    ----------
    sources : iterable
        The ``source`` values of the rows drawn.

    Returns
    -------
    list of (str, str)
        One entry per marker, the paper's own first.

    Examples
    --------
    >>> source_legend(["marked", "both", "lexicon"])
    [('s', "the paper's own (marked, no known formula)"), ('o', 'known formula (lexicon)')]
    >>> source_legend(["both", "lexicon"])
    []
    """
    marks = {source_marker(s) for s in sources}
    if len(marks) < 2:
        return []
    return [SOURCE_MARKERS["marked"], SOURCE_MARKERS["both"]]
