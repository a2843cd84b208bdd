"""A notice's or letter's sign-off: the signer's line and the date under a finished text.

A notice (``关于…的通告``, ``停电公告``) or an open letter ends with the unit that issues it on a line of
its own and the date on the next (``东明县公安局交通管理大队`` / ``2024年10月16日``). Read alone, the
signer looks like a kicker or a headline line and the date like the page's date line; under a
finished sentence they close the text above. They are no words of that text: eight writers of invented
county pages (benchmarks/gold pages21-pages28o, sixteen notices) end a notice's body on its last sentence,
and most give it no byline (the issuer is named in the notice's title), so the sign-off is read as a credit
(:data:`SIGN_OFF`), the page's furniture, kept apart from the body (until round 28 it was read as the body's
last paragraphs, as the helpers' own pages in tests/data/layout_pages27-33 print their truth). The signer
becomes the notice's byline when the notice's title does not name it (:mod:`~corpus_tools.layout.noticesigners`).
"""

from __future__ import annotations

import re

from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import CLAUSE_PUNCT, FINAL_PUNCT, ends_sentence

#: A date alone on its line (``2024年10月16日``, ``2024 年 10 月 16 日``, ``二〇〇六年十一月八日``).
DATE_LINE_RE = re.compile(r"^(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                          r"|[一二][〇零○九一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$")
#: A notice's closing formula ending its text (``特此通告。``, ``特此更正。``, ``特此声明。``).
CLOSING_FORMULA_RE = re.compile(r"特此(?:通告|公告|通知|更正|声明|致歉|告知|函告)[。！!]?$")
#: Longest signer line, in characters (``中共某某县委员会办公室``, ``国网某某县供电公司``).
MAX_SIGNER = 24
_BODY = ("para", "cont")
#: The tag of a sign-off's lines: the signer and the date stand apart from the text they close (no words of
#: it, nor its byline: the notice's issuer is printed in its title, ``和顺县人民政府关于…的通告``).
SIGN_OFF = "credit"


def is_signer(text: str) -> bool:
    """A line that can sign a text off: two to :data:`MAX_SIGNER` characters, Chinese, no punctuation.

    Parameters
    ----------
    text : str
        One line's text.

    Returns
    -------
    bool
        True for two to :data:`MAX_SIGNER` Chinese characters with no punctuation.

    Examples
    --------
    >>> is_signer("东明县公安局交通管理大队"), is_signer("特此通告。")
    (True, False)
    """
    t = text.strip()
    return (2 <= len(t) <= MAX_SIGNER and all("\u4e00" <= ch <= "\u9fff" or ch in "（）()·" for ch in t)
            and not any(ch in FINAL_PUNCT or ch in CLAUSE_PUNCT for ch in t))


def sign_offs(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A date line (:data:`DATE_LINE_RE`) under a finished sentence of a body, or under a signer
    (:func:`is_signer`) that stands under one, closes that body (the sentence may be read as a caption
    when it stands alone, ``特此通告。``, under body text): the sentence is read as the body's paragraph,
    the signer and the date as :data:`SIGN_OFF` lines (the line model reads them as a kicker and the
    page's date line); an article the model opened on them opens on the line under the date. Returns the
    new tags.

    Parameters
    ----------
    raw_lines : list of Line or None
        The lines of one page (:func:`~corpus_tools.layout.lines.read_lines`; None for a blank line).
    tags : list of str
        The line model's tags, one per non-blank line.

    Returns
    -------
    list of str
        The tags with each sign-off read apart from the body above it; *tags* itself stays as it was.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> lines = read_lines("因施工需要，请车辆绕行。\\n特此通告。\\n县交警大队\\n2024年10月16日\\n")
    >>> sign_offs(lines, ["B-para", "para", "kicker", "banner"])
    ['B-para', 'para', 'credit', 'credit']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i, ln in enumerate(lines):
        if (0 < i < len(lines) and is_signer(ln.text) and CLOSING_FORMULA_RE.search(lines[i - 1].text.strip())
                and out[i - 1].removeprefix("B-") in _BODY and out[i].removeprefix("B-") in _BODY + ("banner",)
                and (i + 1 == len(lines) or not DATE_LINE_RE.match(lines[i + 1].text.strip()))):
            out[i] = SIGN_OFF  # (a signer alone under the closing formula, ``特此更正。`` / ``本报编辑部``)
            continue
        if i == 0 or not DATE_LINE_RE.match(ln.text.strip()):
            continue
        k = i - 1
        if is_signer(lines[k].text) and k > 0:
            k -= 1
        if out[k].removeprefix("B-") not in _BODY + ("caption",) or not ends_sentence(lines[k].text):
            continue
        if out[k].removeprefix("B-") == "caption":  # (``特此通告。`` read as a photo's caption: no caption
            if k == 0 or out[k - 1].removeprefix("B-") not in _BODY:  # stands over a signer and a date)
                continue
            out[k] = "para"
        opened = any(t.startswith("B-") for t in out[k + 1:i + 1])
        out[k + 1:i + 1] = [SIGN_OFF] * (i - k)
        if opened and i + 1 < len(out) and not out[i + 1].startswith("B-"):
            out[i + 1] = "B-" + out[i + 1]  # (the article the model opened there opens under the date)
    return out
