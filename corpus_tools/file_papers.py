"""The paper's name a page's FILE NAME prints before its date: ``营山报_2011-05-06_p2.txt``, ``蓬安报20110506-3.txt``.

A folder that holds two papers' pages, with no manifest, often names each file after its paper and date.
The date is read off the file name (:func:`corpus_tools.page_dates.date_from_name`); the text before
that date is the page's paper (``Issue.meta["paper_source"]`` ``"file name"``) when it is a paper's name:
a place and a media word (:func:`corpus_tools.papers.is_paper_name`: 营山报, 今日仙居, 龙胜通讯), a name ending
in a newspaper word (:data:`NEWSPAPER_ENDINGS`: 南充日报, 华西都市报), or a masthead that pages of the same
corpus print (:func:`settle_file_papers`). A page's own masthead wins over its file name; the manifest and
``read_corpus(..., paper=...)`` win over both.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePath
from typing import Any, Iterable, Mapping, Sequence

from corpus_tools.page_dates import NAME_DATE_RE
from corpus_tools.paper_names import is_paper_name

__all__ = ["NEWSPAPER_ENDINGS", "file_name_paper", "issue_file_paper", "name_before_date", "papers_per_file", "settle_file_papers"]

#: Endings that make the Chinese text before a file name's date a paper's name (with at least two characters
#: before them): 报 and the longer words ending in it. 新闻 / 通讯 name sections too (综合新闻_2011-05-06.txt):
#: a name in those is a paper only when it names a place (:func:`corpus_tools.papers.is_paper_name`).
NEWSPAPER_ENDINGS = ("都市报", "日报", "晚报", "晨报", "时报", "商报", "周报", "报")
#: Characters between a paper's name and the date in a file name (营山报_2011…, 营山报-2011…, 营山报 2011…).
_SEPARATORS = " _-.\u3000·()（）[]【】《》"
_HAN_END = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,14}$")


def name_before_date(name: str) -> str | None:
    """The Chinese text a file name prints right before its date, or None.

    Parameters
    ----------
    name : str
        A page's file name or path.

    Returns
    -------
    str or None
        The run of Chinese characters (2–14) that ends where the date starts (separators
        ``_ - .`` and spaces between them allowed); None when the name holds no date or nothing
        Chinese before it.

    Examples
    --------
    >>> name_before_date("营山报_2011-05-06_p2.txt"), name_before_date("pages/蓬安报20110506-3.txt")
    ('营山报', '蓬安报')
    >>> name_before_date("2011-05-06_p2.txt") is None, name_before_date("营山报_p2.txt") is None
    (True, True)
    """
    stem = PurePath(str(name).replace("\\", "/")).stem
    m = NAME_DATE_RE.search(stem)
    if not m:
        return None
    head = stem[: m.start()].rstrip(_SEPARATORS).lstrip(_SEPARATORS)
    run = _HAN_END.search(head)
    return run.group(0) if run else None


def file_name_paper(name: str, known: Iterable[str] = ()) -> str | None:
    """The paper a file name names before its date (:func:`name_before_date`), or None.

    Parameters
    ----------
    name : str
        A page's file name or path.
    known : iterable of str
        Papers' names the corpus prints elsewhere (mastheads, manifest rows): such a name is a
        paper's name whatever it ends in.

    Returns
    -------
    str or None
        The name when it is a local paper's name (a place + a media word, 今日 + a place), ends in a
        newspaper word (:data:`NEWSPAPER_ENDINGS`) after at least two characters, or is one of
        *known*; else None.

    Examples
    --------
    >>> file_name_paper("营山报_2011-05-06_p2.txt"), file_name_paper("南充日报20200105-1.txt")
    ('营山报', '南充日报')
    >>> file_name_paper("综合新闻_2011-05-06.txt") is None, file_name_paper("第二版_2011-05-06.txt") is None
    (True, True)
    >>> file_name_paper("江城周末_2011-05-06.txt", known={"江城周末"})
    '江城周末'
    """
    cand = name_before_date(name)
    if cand is None:
        return None
    if cand in set(known):
        return cand
    end = next((w for w in NEWSPAPER_ENDINGS if cand.endswith(w)), None)
    if end is not None and len(cand) - len(end) >= 2:
        return cand
    return cand if is_paper_name(cand) else None


def _file_name(issue: Any) -> str:
    return str(issue.meta.get("path") or issue.id or "")


def settle_file_papers(issues: Sequence[Any], mastheads: Sequence[str | None]) -> None:
    """Give a page whose metadata and masthead name no paper the paper its file name names, in its metadata
    (``paper_source = "file name"``).

    Parameters
    ----------
    issues : sequence of Issue
        The corpus's issues.
    mastheads : sequence of (str or None)
        Each issue's paper as its metadata or masthead gives it (:func:`corpus_tools.papers.issue_paper`),
        in the same order: the names the corpus prints, which a file name may use whatever they end in.

    Returns
    -------
    None
        The issues' metadata is updated in place.

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> pages = [NS(id="a", meta={"path": "江城周末_2011-05-06_p2.txt"}), NS(id="b", meta={"path": "2011-05-07.txt"})]
    >>> settle_file_papers(pages, [None, None]); "paper" in pages[0].meta
    False
    >>> settle_file_papers(pages, [None, "江城周末"]); pages[0].meta["paper"], pages[0].meta["paper_source"]
    ('江城周末', 'file name')
    """
    known = {p for p in mastheads if p}
    for issue, paper in zip(issues, mastheads):
        if paper or str(issue.meta.get("paper") or "").strip():
            continue
        name = file_name_paper(_file_name(issue), known)
        if name:
            issue.meta.update(paper=name, paper_source="file name")


def issue_file_paper(issue: Any) -> str | None:
    """The paper one issue's file name names (no corpus context): :func:`file_name_paper` of its path or id."""
    return file_name_paper(_file_name(issue))


def _resolved(text: str) -> "Path | None":
    """*text* as a resolved path, None when it cannot be resolved."""
    try:
        return Path(text).resolve()
    except OSError:  # pragma: no cover - an unreadable path
        return None


def _file_forms(issue: Any) -> "tuple[PurePath, tuple[str, str, str], Path | None] | None":
    """What a key of ``read_corpus(paper={file: paper})`` is compared with for *issue* (None without a path):
    its path, the path as given, its file name and stem, and the path resolved (:func:`_matches`)."""
    path = issue.meta.get("path")
    if not path:
        return None
    pp = PurePath(str(path))
    return pp, (str(path), pp.name, pp.stem), _resolved(str(path))


def _matches(text: str, resolved: "Path | None", issue: Any, forms: Any) -> bool:
    """Whether a key of ``read_corpus(paper={file: paper})`` (*text*, *resolved*: :func:`_resolved`) names
    *issue*'s file: its path (as given or resolved), its file name, its stem or the issue's id (*forms*:
    :func:`_file_forms`, computed once per issue)."""
    if text == issue.id:
        return True
    if forms is None:
        return False
    pp, names, own = forms
    if text in names:
        return True
    if resolved is None or own is None:  # pragma: no cover - an unreadable key is no match
        return PurePath(text) == pp
    return resolved == own


def _is_folder(key: Any) -> bool:
    try:
        return Path(str(key)).is_dir()
    except OSError:  # pragma: no cover
        return False


def _checked(name: Any, where: str) -> str | None:
    if name is None:
        return None
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"paper= must give each file's paper as a name (e.g. '弥渡报') or None, got {name!r} for "
                         f"{where}")
    return name.strip()


def papers_per_file(issues: Sequence[Any], paper: Any, files: Sequence[Any] | None = None) -> list[str | None]:
    """Each issue's paper from ``read_corpus(paper=...)`` given per FILE: a mapping file -> paper, a callable
    path -> paper, or (with a list of files) one paper per file in order.

    Parameters
    ----------
    issues : sequence of Issue
        The issues read.
    paper : mapping, callable or sequence of str
        A mapping whose keys name files (a path, a file name, a stem or an issue id); a callable given each
        page's path (its id when it has none) and returning its paper or None; or, when *files* is a list of
        files, one paper per file in that order.
    files : sequence of path, optional
        The files read, when ``read_corpus`` was given a list of them.

    Returns
    -------
    list of (str or None)
        One paper per issue (None: none given).

    Raises
    ------
    ValueError
        When a key names no file read, a list's length is not the number of files, or a value is no name.

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> pages = [NS(id="a", meta={"path": "p/营山_0506.txt"}), NS(id="b", meta={"path": "p/蓬安_0506.txt"})]
    >>> papers_per_file(pages, {"营山_0506.txt": "营山报"}), papers_per_file(pages, lambda p: p.split("/")[1][:2] + "报")
    (['营山报', None], ['营山报', '蓬安报'])
    """
    if callable(paper) and not isinstance(paper, Mapping):
        return [_checked(paper(str(i.meta.get("path") or i.id)), str(i.meta.get("path") or i.id)) for i in issues]
    if isinstance(paper, (list, tuple)):
        if files is None or len(files) != len(paper):
            what = f"{len(files)} file(s)" if files is not None else "a folder or a glob"
            raise ValueError(f"paper= lists {len(paper)} paper(s) for {what}; give one paper per file in a list of "
                             "files, a mapping file -> paper ({'营山报_0506.txt': '营山报'}) or a callable path -> paper")
        paper = dict(zip(files, paper))
    if not isinstance(paper, Mapping):
        raise ValueError(f"paper={paper!r} is invalid; give a name ('弥渡报'), a mapping file -> paper "
                         "({'营山报_0506.txt': '营山报'}), a callable path -> paper, or a list of folders with a paper "
                         "for each")
    out: list[str | None] = [None] * len(issues)
    unknown = []
    folders = [str(k) for k in paper if _is_folder(k)]
    if folders:
        raise ValueError(f"paper= names the paper of folder(s) {folders}, but path= is not a list of folders: read a "
                         "list of folders (read_corpus(['xianju/', 'pengxi/'], paper={'xianju/': '今日仙居', ...})), or "
                         "name each FILE's paper ({'营山_0506.txt': '营山报'})")
    forms = [_file_forms(issue) for issue in issues]  # (resolved once per file, not once per key)
    for key, name in paper.items():
        text = str(key)
        resolved = _resolved(text)
        hits = [k for k, issue in enumerate(issues) if _matches(text, resolved, issue, forms[k])]
        if not hits:
            unknown.append(str(key))
        for k in hits:
            out[k] = _checked(name, str(key))
    if unknown:
        shown = ", ".join(unknown[:5]) + (" …" if len(unknown) > 5 else "")
        raise ValueError(f"paper= names the paper of {len(unknown)} file(s) that were not read: {shown}; name each "
                         "file by its path, its file name or its stem")
    return out
