"""Progress bars are drawn on a terminal only (user19 #14: bars filled a redirected stderr)."""

from __future__ import annotations

import io

from corpus_tools.progress import progress_bar


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_bar_when_the_output_is_a_file_or_pipe():
    log = io.StringIO()  # what `2> log.txt` gives: no terminal
    assert list(progress_bar(range(3), desc="parsing articles", file=log)) == [0, 1, 2]
    assert log.getvalue() == ""


def test_a_bar_on_a_terminal_unless_disabled():
    screen = _Terminal()
    assert sum(progress_bar(range(3), desc="parsing articles", file=screen)) == 3
    assert "parsing articles" in screen.getvalue()
    quiet = _Terminal()
    list(progress_bar(range(3), desc="parsing articles", file=quiet, disable=True))
    assert quiet.getvalue() == ""
