"""The paper's name of every issue: given by the metadata or the user, else read off the page's masthead.

A county paper prints its name at the head of the page, above the date and page number
(``弥渡报 2024年5月16日 星期四``, ``嵊州日报``, ``今日洛川``); the layout keeps those lines as the page's
top *banner* blocks (:attr:`Issue.blocks <corpus_tools.corpus.Issue.blocks>`, kind ``banner``).
:func:`masthead_paper` reads the name off them: the leading Chinese characters of one of the first
banner blocks, when they are a place's name (a province, city or county, its short form, or the
stem of a district or county: 双城 of 双城区) followed by a media word (报, 日报, 新闻, 融媒体中心 …),
or 今日 + such a place. Section banners (综合新闻, 要闻), slogans and editor lines are no paper's
name. :func:`issue_papers` gives :meth:`Corpus.issues_frame <corpus_tools.corpus.Corpus.issues_frame>`
its ``paper`` and ``paper_source`` columns.

A county paper's name names its county (今日攸县, 弥渡报, 嵊州日报 of the county-level city 嵊州市):
:func:`paper_county` reads that county off the gazetteer, and :mod:`corpus_tools.county_tables`
takes it as the county of every page of the paper (a prefecture's paper, 株洲日报, names no county).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, Sequence

import pandas as pd

from corpus_tools.paper_names import NOT_AFTER_TONGXUN, PAPER_MEDIA_WORDS, is_paper_name, paper_place, place_codes

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.layout import Block

__all__ = ["named_masthead_papers", "masthead_paper", "paper_name_start", "is_paper_name", "issue_papers", "issue_paper", "settle_folder_papers", "paper_county", "PAPER_SOURCES", "PAPER_MEDIA_WORDS", "MASTHEAD_MARKS",
           "MAX_MASTHEAD_BLOCKS"]

#: Values of the ``paper_source`` column of :func:`issue_papers` (None: no paper known).
PAPER_SOURCES = ("manifest", "user", "text", "file name", "folder")
#: How many blocks at the top of a page may hold the masthead (all of them banners).
MAX_MASTHEAD_BLOCKS = 3
#: Marks and spaces some papers print around their masthead.
MASTHEAD_MARKS = " \u3000■●◆▲★·•"
_LEADING_HAN = re.compile(r"[\u4e00-\u9fff]{3,14}")


def masthead_paper(blocks: "Sequence[Block]") -> str | None:
    """The paper's name printed at the head of a page, or None.

    Parameters
    ----------
    blocks : sequence of Block
        The page's blocks in reading order (:attr:`Issue.blocks <corpus_tools.corpus.Issue.blocks>`).

    Returns
    -------
    str or None
        The longest start of a run of Chinese characters in one of the first
        :data:`MAX_MASTHEAD_BLOCKS` blocks (banners all, before any other block) that
        :func:`is_paper_name` accepts: the masthead line's first run (弥渡报2024年…), or a
        run inside a folio line that prints the paper between the page and the section
        (第02版　蓬溪报　要闻　2023年6月8日).

    Examples
    --------
    >>> from corpus_tools.layout import Block
    >>> masthead_paper([Block("banner", "弥渡报2024年5月16日 星期四", 0, 18, None),
    ...                 Block("headline", "密祉镇召开会议", 19, 26, 0)])
    '弥渡报'
    >>> masthead_paper([Block("banner", "第02版　蓬溪报　要闻　2023年6月8日　星期四", 0, 26, None)])
    '蓬溪报'
    >>> masthead_paper([Block("banner", "奋进新征程 建功新时代", 0, 11, None)]) is None
    True
    """
    for k, block in enumerate(blocks):
        if block.kind != "banner" or k >= MAX_MASTHEAD_BLOCKS:
            return None
        for m in _LEADING_HAN.finditer(block.text.lstrip(MASTHEAD_MARKS)):
            name = _paper_name_of(m.group(0))
            if name:
                return name
    return None


def paper_name_start(text: str) -> str | None:
    """The longest start of the leading Chinese characters of a masthead line (its
    :data:`MASTHEAD_MARKS` stripped) that :func:`is_paper_name` accepts, or None.

    Parameters
    ----------
    text : str
        A masthead line.

    Returns
    -------
    str or None
        The paper's name.

    Examples
    --------
    >>> paper_name_start("弥渡报2024年5月16日 星期四")
    '弥渡报'
    >>> paper_name_start("■今日攸县"), paper_name_start("乡村振兴") is None
    ('今日攸县', True)
    """
    m = _LEADING_HAN.match(text.lstrip(MASTHEAD_MARKS))
    return _paper_name_of(m.group(0)) if m else None


def _paper_name_of(run: str) -> str | None:
    """The longest start of a run of Chinese characters that :func:`is_paper_name` accepts (a county's
    内部资料 paper named X通讯, 龙胜通讯, but not the X通讯员 of a byline)."""
    return next((run[:end] for end in range(len(run), 2, -1) if is_paper_name(run[:end])
                 and not (run[:end].endswith("通讯") and run[end:end + 1] and run[end] in NOT_AFTER_TONGXUN)), None)


@lru_cache(maxsize=256)
def paper_county(paper: str | None) -> str | None:
    """The 6-digit code of the county a local paper's name names, or None.

    Parameters
    ----------
    paper : str or None
        A paper's name as :func:`masthead_paper` reads it or the metadata gives it.

    Returns
    -------
    str or None
        The county (county, county-level city, district or banner) of the place in the name
        (:func:`is_paper_name`), when the gazetteer has exactly one such division and the name
        is not also a province's or a prefecture's (株洲日报 is the city's paper, 朝阳新闻 could
        be four places): None then, and for names that are no local paper's.

    Examples
    --------
    >>> paper_county("今日攸县"), paper_county("嵊州日报"), paper_county("双城新闻")
    ('430223', '330683', '230113')
    >>> paper_county("株洲日报") is None, paper_county("朝阳新闻") is None, paper_county("要闻") is None
    (True, True, True)
    """
    stem = paper_place(paper.strip()) if isinstance(paper, str) else None
    if stem is None:
        return None
    codes = place_codes(stem)
    return codes[0] if len(codes) == 1 and len(codes[0]) == 6 else None


def issue_paper(issue: Any, *, infer: bool = True) -> tuple[str | None, str | None]:
    """``(paper, paper_source)`` of one issue: its metadata's, else its masthead's (see :func:`issue_papers`).

    Parameters
    ----------
    issue : Issue
        One issue of a corpus.
    infer : bool, keyword-only
        Read the masthead when the metadata names no paper (False: the metadata's alone).

    Returns
    -------
    tuple of (str or None, str or None)
        The paper and its source (:data:`PAPER_SOURCES`: the metadata's ``paper_source``, else
        ``"manifest"``; ``"text"`` for the masthead's; ``"file name"`` for the paper the file name prints
        before its date, ``营山报_2011-05-06_p2.txt``: :mod:`corpus_tools.file_papers`); ``(None, None)``
        when none names one.

    Examples
    --------
    >>> import pandas as pd
    >>> from corpus_tools import read_corpus
    >>> c = read_corpus(pd.DataFrame({"text": ["弥渡报\\n2024年5月16日 星期四 第2版\\n\\n烤烟移栽过半\\n"]}))
    >>> issue_paper(c.issues[0])
    ('弥渡报', 'text')
    """
    paper = str(issue.meta.get("paper") or "").strip() or None
    source = issue.meta.get("paper_source") or "manifest"
    if paper is not None and (infer or source != "folder"):
        return paper, source
    paper = masthead_paper(issue.blocks) if infer else None
    if paper is None and infer:
        from corpus_tools.file_papers import issue_file_paper

        paper = issue_file_paper(issue)
        return paper, ("file name" if paper else None)
    return paper, ("text" if paper else None)


def issue_papers(corpus: Any, *, infer: bool = True) -> pd.DataFrame:
    """The paper of every issue and where it comes from: the ``paper`` columns of the issue tables.

    Parameters
    ----------
    corpus : Corpus
        As returned by :func:`corpus_tools.read_corpus`.
    infer : bool
        Read the paper of issues whose metadata lacks one off their masthead
        (:func:`masthead_paper`; this lays out the page and loads the gazetteer's names).
        False leaves them None.

    Returns
    -------
    DataFrame
        Columns ``issue_id, paper, paper_source``. ``paper_source`` is ``manifest`` when the
        metadata (a manifest or a DataFrame column) gives ``paper``, ``user`` after
        ``read_corpus(..., paper=...)``, ``text`` when read off the page's masthead, ``file name`` when
        the file name prints it before the date (``营山报_2011-05-06_p2.txt``, ``蓬安报20110506-3.txt``:
        :mod:`corpus_tools.file_papers`), ``folder`` for a
        page that names none when the other pages of its folder (manifest rows, mastheads) name exactly
        one paper, None when no paper is known.

    Examples
    --------
    >>> from corpus_tools import read_corpus
    >>> import pandas as pd
    >>> c = read_corpus(pd.DataFrame({"text": ["嵊州日报\\n2024年3月22日 星期五 A2 要闻\\n\\n"
    ...                                         "越剧小镇唱响共同富裕\\n甘霖镇施家岙村的古戏台前，游客络绎不绝。"]}))
    >>> issue_papers(c).loc[0, ["paper", "paper_source"]].tolist()
    ['嵊州日报', 'text']
    """
    if infer:
        settle_folder_papers(corpus.issues)
    rows = []
    for issue in corpus.issues:
        paper, src = issue_paper(issue, infer=infer)
        rows.append({"issue_id": issue.id, "paper": paper, "paper_source": src})
    return pd.DataFrame(rows, columns=["issue_id", "paper", "paper_source"], dtype=object)


def settle_folder_papers(issues: Sequence[Any]) -> None:
    """Give a page that names no paper the one paper the other pages of its folder name, in its metadata.

    The paper is written into ``issue.meta`` (``paper``, ``paper_source = "folder"``) once, so every
    reader of :func:`issue_paper` (the issue table, :meth:`Corpus.filter
    <corpus_tools.corpus.Corpus.filter>`, the county tables) sees the same paper. A page is given
    one only when its metadata and its masthead name none and the pages of its folder (manifest
    rows, mastheads, file names) name exactly one paper, and its file name prints no other name before its date
    (江城周末_2011-05-06.txt); a folder whose pages name two papers or none gives none.
    Calling it again changes nothing.

    Parameters
    ----------
    issues : sequence of Issue
        The corpus's issues (all of them: a folder's paper is read off its other pages).

    Returns
    -------
    None
        The issues' metadata is updated in place.

    Examples
    --------
    >>> import pandas as pd
    >>> from corpus_tools import read_corpus
    >>> c = read_corpus(pd.DataFrame({"text": ["英山报\\n2019年5月10日 星期五 第01版\\n\\n温泉镇召开春耕动员会\\n",
    ...                                         "红山镇茶园新建步道\\n本报讯 红山镇新建茶园步道3公里。\\n"],
    ...                                "path": ["pages/p1.txt", "pages/p2.txt"]}))
    >>> settle_folder_papers(c.issues)
    >>> c.issues[1].meta["paper"], c.issues[1].meta["paper_source"]
    ('英山报', 'folder')
    """
    from corpus_tools.file_papers import name_before_date, settle_file_papers

    named_masthead_papers(issues)
    found = [issue_paper(issue) for issue in issues]
    settle_file_papers(issues, [p for p, _ in found])  # a file name that prints a masthead read elsewhere
    found = [issue_paper(issue) if paper is None else (paper, src)  # (settle_file_papers passes over the others)
             for issue, (paper, src) in zip(issues, found)]
    folders: dict[str, set[str]] = {}
    for issue, (paper, _) in zip(issues, found):
        path = issue.meta.get("path")
        if path and paper:
            folders.setdefault(str(PurePath(str(path)).parent), set()).add(paper)
    for issue, (paper, _) in zip(issues, found):
        path = issue.meta.get("path")
        named = folders.get(str(PurePath(str(path)).parent), set()) if path and not paper else set()
        other = name_before_date(str(path)) if len(named) == 1 else None  # 江城周末_2011-05-06.txt: not 乙水报
        if len(named) == 1 and (other is None or other in named):
            issue.meta.update(paper=next(iter(named)), paper_source="folder")


def named_masthead_papers(issues: Sequence[Any]) -> None:
    """Give a page that names no paper in its metadata, and whose masthead :func:`masthead_paper` does not
    read, the paper the metadata of other pages names when the page's top banners print that name
    (a manifest covering half a folder names 龙胜通讯 for some pages of 2003–2008: the unlisted pages whose folio
    prints 龙胜通讯 are that paper, user31b F10). Written into ``issue.meta`` (``paper_source = "text"``).

    Parameters
    ----------
    issues : sequence of Issue
        The corpus's issues.

    Returns
    -------
    None
        The issues' metadata is updated in place.

    Examples
    --------
    >>> import pandas as pd
    >>> from corpus_tools import read_corpus
    >>> c = read_corpus(pd.DataFrame({"text": ["新城周刊\\n2004年1月1日\\n\\n快讯\\n新城镇召开会议。\\n",
    ...                                         "2004年2月2日　新城周刊　第2版\\n\\n快讯\\n新城镇修路。\\n"],
    ...                                "paper": ["新城周刊", None]}))
    >>> named_masthead_papers(c.issues)
    >>> c.issues[1].meta["paper"], c.issues[1].meta["paper_source"]
    ('新城周刊', 'text')
    """
    known = {str(i.meta.get("paper")).strip() for i in issues
             if isinstance(i.meta.get("paper"), str) and i.meta.get("paper").strip()
             and i.meta.get("paper_source", "manifest") in ("manifest", "user")}
    known = {k for k in known if len(k) >= 2}
    if not known:
        return
    for issue in issues:
        if str(issue.meta.get("paper") or "").strip():
            continue
        tops = []
        for k, block in enumerate(issue.blocks):
            if block.kind != "banner" or k >= MAX_MASTHEAD_BLOCKS:
                break
            tops.append(block.text)
        hits = sorted((n for n in known if any(n in t for t in tops)), key=len, reverse=True)
        if hits and masthead_paper(issue.blocks) is None:
            issue.meta.update(paper=hits[0], paper_source="text")
