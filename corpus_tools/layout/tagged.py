"""The page's non-blank lines read with one line-role tag each (the passes over the model's tags)."""

from __future__ import annotations

from corpus_tools.layout.lines import Line


def tagged_lines(raw_lines: list[Line | None], tags: list[str]) -> list[Line]:
    """The non-blank lines of ``raw_lines``; a ValueError unless ``tags`` holds one tag for each.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> [ln.text for ln in tagged_lines(read_lines("简讯\\n\\n■菜园镇召开调度会。\\n"), ["B-title", "para"])]
    ['简讯', '■菜园镇召开调度会。']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if len(lines) != len(tags):
        raise ValueError(f"tags has {len(tags)} tags for {len(lines)} lines; one tag a non-blank line is allowed")
    return lines
