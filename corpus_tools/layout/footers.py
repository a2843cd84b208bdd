"""The page's foot: contact lines under the staff line are furniture, never an article's text or head.

A county page closes with its staff line (``责任编辑：… 校对：…``) and, on many, a contact line of the
page or the paper (``本版邮箱：cyb2014@126.com``, ``投稿信箱：…``, ``新闻热线：0432-1234567``) or an app's
line (``扫码下载“船营发布”客户端``). The line model reads a contact line at the foot as the last article's
text, a kicker or a headline of its own (a phantom article with an empty body).
:func:`foot_contact_tags` reads the page's last lines from the bottom: a contact line — a field label
(``邮箱``, ``信箱``, ``热线``, ``电话``, ``网址``) with a colon and an address or number, or a line holding an
e-mail or web address and no sentence — is a credit, as the staff line is. Told by the line's form and
place, not by the paper's words.
"""

from __future__ import annotations

import re

from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import is_credit

#: A contact field's label with its colon (``本版邮箱：``, ``投稿信箱：``, ``新闻热线：``), an optional owner before it.
_FIELD_RE = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:邮箱|信箱|热线|电话|网址|传真|邮编|地址|微信|微博)\s*[:：]")
#: An e-mail or web address, or a phone number of seven or more digits.
_ADDRESS_RE = re.compile(r"[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+|(?:https?://|www\.)\S+|\d[\d\-]{6,}")
#: A sentence mark: a contact line prints none.
_SENTENCE_RE = re.compile(r"[。！？!?]")
#: Most lines of the page's foot read.
MAX_FOOT = 4
_FOOT_TAGS = ("credit", "banner")


def is_contact_line(text: str) -> bool:
    """Whether a line is a contact line of the page's foot: a field label and an address or number, or
    an e-mail or web address alone, no sentence.

    Examples
    --------
    >>> is_contact_line("本版邮箱：cyb2014@126.com"), is_contact_line("新闻热线：0432-6543210")
    (True, True)
    >>> is_contact_line("请拨打热线：0432-6543210咨询。"), is_contact_line("社区书屋飘书香")
    (False, False)
    """
    t = text.strip()
    if not t or _SENTENCE_RE.search(t) or len(t) > 60:
        return False
    return bool(_ADDRESS_RE.search(t)) and (bool(_FIELD_RE.match(t)) or len(_ADDRESS_RE.sub("", t).strip()) <= 6)


def foot_contact_tags(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags with the contact lines and staff lines (``责任编辑：…``) among the page's last
    :data:`MAX_FOOT` lines made credits (read from the bottom over credits, banners and contact lines).
    Returns the new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "　　村里修了路。\\n责任编辑：李平\\n本版邮箱：news@example.com\\n"
    >>> foot_contact_tags(read_lines(page), ["B-para", "credit", "B-title"])
    ['B-para', 'credit', 'credit']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if len(lines) != len(tags):
        raise ValueError(f"tags has {len(tags)} tags for {len(lines)} non-blank lines")
    out = list(tags)
    for k in range(len(lines) - 1, max(-1, len(lines) - 1 - MAX_FOOT), -1):
        if is_contact_line(lines[k].text) or is_credit(lines[k].text):
            out[k] = "credit"  # (a contact line, or the staff line the model read as text)
        elif out[k].removeprefix("B-") not in _FOOT_TAGS:
            break
    return out
