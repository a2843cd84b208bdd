"""A quoted phrase named as a fault to avoid: a criticised practice or mentality, not a formula the page adopts.

County pages put the practices and mentalities a campaign fights in quotation marks: 扶贫“大水漫灌”, 热衷于“短平快”
项目, “等靠要”要不得, “等、靠、要”思想比较重. Five writers of the open page sets (pages29, pages33, pages34o, pages36o's
odd half; pages31) leave all of these out of their gold, and the guide names scare-quoted metaphors as no slogans.
:func:`criticised_quote` says a quote is such a fault when

* the page frames it so: a verb of avoidance or criticism right before it (:data:`AVOID_BEFORE_RE`: 杜绝, 克服, 热衷于,
  习惯于, 不搞 …) or a fault head right after it (:data:`FAULT_AFTER_RE`: 心态, 现象, 倾向, 思想, 要不得 …); or
* People's Daily prints it in such a frame in a large share of its quoted mentions (``data/criticised_quotes.tsv``, mined
  by ``training/slogans/criticised_quotes.py``: 一刀切, 大水漫灌, 等靠要 …), whatever the page's frame.

Counted formulae (四风, 三个离不开 … 思想) and compact named vices (庸懒散浮拖, which a writer records) are not judged
here: the test is asked only of single quoted phrases and quoted series the rules took on their own cues.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

__all__ = ["AVOID_BEFORE_RE", "FAULT_AFTER_RE", "criticised_quote", "criticised_in_corpus"]

#: a verb of avoidance or criticism right before the quotation (an aspect or measure particle between)
AVOID_BEFORE_RE = re.compile(r"(?:热衷于|习惯于|克服|摒弃|杜绝|防止|避免|不搞|不能搞|不再搞|不要搞|反对|破除|纠正|滋生|力戒|警惕"
                             r"|告别|摆脱|戒除|根治|整治|治理|消除|遏制|扭转|不是|而非|而不是|不能|不再|谨防|严防|拒绝|防范"
                             r"|打破|去除)[了的些]?$")
#: a fault head right after the quotation (“等靠要”心态, “一刀切”现象, “等靠要”要不得)
FAULT_AFTER_RE = re.compile(r"^(?:要不得|心态|现象|倾向|习气|之风|顽疾|毛病|弊病|弊端|思想)")
# the page's own frame: the corpus frames less the weak ones a formula also takes (整治“四风”, 治理“三乱”, 不是“X”而是)
# (or one modifier between, closed by 的: 不能搞脱离实际的“形象工程”)
_PAGE_AVOID_RE = re.compile(r"(?:热衷于|习惯于|克服|摒弃|杜绝|避免|不搞|不能搞|不再搞|不要搞|滋生|力戒|戒除|谨防)"
                            r"(?:[了的些]?|[^，。；！？“”]{1,6}的)$")


@functools.lru_cache(maxsize=1)
def _criticised_table() -> frozenset[str]:
    """Phrases of ``data/criticised_quotes.tsv``."""
    text = resources.files("corpus_tools").joinpath("data", "criticised_quotes.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith(("#", "text\t"))]
    return frozenset(r[0] for r in rows if r)


def criticised_in_corpus(s: str) -> bool:
    """Whether People's Daily names the quoted phrase *s* as a fault in a large share of its quoted mentions.

    Parameters
    ----------
    s : str
        The quoted phrase (normalised).

    Returns
    -------
    bool

    Examples
    --------
    >>> criticised_in_corpus("大水漫灌"), criticised_in_corpus("回头看")
    (True, False)
    """
    return s in _criticised_table()


def criticised_quote(s: str, before: str, after: str) -> bool:
    """Whether the quoted phrase *s* is named as a fault: by the page's frame or by the corpus.

    Parameters
    ----------
    s : str
        The quoted phrase (normalised).
    before, after : str
        Up to eight characters before and after the quotation marks.

    Returns
    -------
    bool

    Examples
    --------
    >>> criticised_quote("短平快", "一些地方热衷于", "项目，今年"), criticised_quote("积分制", "推行", "管理。")
    (True, False)
    >>> criticised_quote("等、靠、要", "盖房子，", "思想比较重")
    True
    """
    return bool(_PAGE_AVOID_RE.search(before) or FAULT_AFTER_RE.match(after)) or criticised_in_corpus(s)
