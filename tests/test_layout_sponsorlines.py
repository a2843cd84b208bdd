"""A 专版's sponsor line at the page's top is furniture (``青山县农业局　青山县融媒体中心　联办``)."""

from __future__ import annotations

from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.sponsorlines import SPONSOR_RE, sponsor_lines


def test_sponsor_line_form():
    assert SPONSOR_RE.match("青山县农业局　青山县融媒体中心　联办")
    assert SPONSOR_RE.match("青山县妇联　青山县教育局　协办")
    assert not SPONSOR_RE.match("县农业局联办的培训班开班")  # (a sentence, no wide space)
    assert not SPONSOR_RE.match("青山县农业局　青山县融媒体中心")


def test_only_above_the_first_text_line():
    raw = ("乡村振兴专版\n青山县农业局　青山县融媒体中心　联办\n巩固拓展脱贫攻坚成果\n"
           "　　今年以来，全县建成大棚八十座。\n青山县农业局　青山县融媒体中心　联办\n")
    out = sponsor_lines(read_lines(raw), ["banner", "B-para", "cont", "para", "para"])
    assert out == ["banner", "banner", "cont", "para", "para"]
    # (read as a heading by the model: left to the passes that read the page's top)
    assert sponsor_lines(read_lines(raw), ["banner", "title", "cont", "para", "para"])[1] == "title"
