"""Making a :class:`~corpus_tools.corpus.Corpus`: read pages, load a saved corpus, or the bundled sample.

:func:`read_corpus` reads a folder, a glob, a list of files or a DataFrame of page texts
(files and manifests are read by :mod:`corpus_tools.reading`, DataFrames checked by
:mod:`corpus_tools.frame_input`) and makes one :class:`~corpus_tools.corpus.Issue` per page,
dated from its manifest, file name or masthead line. :func:`load_corpus` reads back a corpus
saved with :meth:`Corpus.save <corpus_tools.corpus.Corpus.save>`; :func:`load_seeds` and
:func:`seeds_path` give the five bundled sample pages.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import asdict
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

import pandas as pd

from corpus_tools.corpus import Corpus, Issue
from corpus_tools.date_checks import warn_date_conflicts, warn_undated
from corpus_tools.frame_input import pages_from_frame
from corpus_tools.input_forms import check_page_path
from corpus_tools.ocr_text import check_ocr_mode, repair_ocr
from corpus_tools.page_clashes import warn_page_clashes
from corpus_tools.page_copies import drop_page_copies
from corpus_tools.page_dates import page_date
from corpus_tools.reading import PageFile, read_pages, settle_ids
from corpus_tools.scan_debris import debris_forms
from corpus_tools.web_articles import FILE_FORMS, article_issue
from corpus_tools.web_checks import warn_article_files

__all__ = ["read_corpus", "load_corpus", "load_seeds", "seeds_path"]


def _issue_from_page(page: PageFile, ocr: object = "auto", debris: frozenset[str] = frozenset(),
                     files: str = "auto") -> Issue:
    meta = dict(page.meta)
    page.text, repairs = repair_ocr(page.text, ocr, debris)
    if repairs:  # (spans in the text as read; restore_ocr gives it back)
        meta["ocr_repairs"] = [asdict(r) for r in repairs]
    web = article_issue(page.id, page.text, dict(meta, **({"encoding": page.encoding} if page.encoding else {})),
                        files=files, path=page.path, folder=page.folder)
    if web is not None:  # one article saved from a website (user37b F1)
        return web
    date, source = page_date(meta.pop("date", None), page.path, page.text, page.folder)
    warn_date_conflicts(page.path, page.text, date, source, folder=page.folder,  # against the date line
                        precision=meta.get("date_precision"))
    if source is not None:
        meta.setdefault("date_source", source)
    if source in ("file name", "folder", "page"):
        meta.setdefault("date_precision", "day")
    if page.path:
        meta.setdefault("path", page.path)
    if page.encoding:
        meta.setdefault("encoding", page.encoding)
    if "county_code" in meta and meta["county_code"] not in (None, ""):
        meta["county_code"] = str(meta["county_code"]).strip()
    return Issue(id=page.id, raw=page.text, date=date, meta=meta)


def read_corpus(
    path: str | Path | Iterable[str | Path] | pd.DataFrame,
    *,
    manifest: str | Path | pd.DataFrame | None = None,
    encoding: str = "auto",
    pattern: str = "*.txt",
    errors: str = "raise",
    county: str | int | None = None,
    paper: str | Mapping[str | Path, str] | Sequence[str] | Callable[[str], str | None] | None = None,
    follow_links: bool = True,
    cache: str | os.PathLike | bool | None = None,
    ocr: str | bool = "auto",
    files: str = "auto",
) -> Corpus:
    """Read newspaper pages into a :class:`Corpus`.

    Parameters
    ----------
    path : folder, glob, file, list of files, list of folders, or DataFrame
        A list of folders (two papers, ``["xianju/", "pengxi/"]``) reads each folder as
        ``read_corpus(folder)`` would (its own ``manifest.csv``) into one corpus; an id two
        folders share (``page1``) takes its folder's name in front (``xianju_page1``), other ids
        stay as the folder alone gives them. The CLI takes several folders the same way
        (``corpus-tools report xianju/ pengxi/ -o out/``).
        A DataFrame needs a ``text`` column (one page per row); ``issue_id`` (or ``id``),
        ``date`` and any other columns become metadata. A table file (``.csv``, ``.xlsx`` …) or a folder
        written by :meth:`Corpus.save` raises ``ValueError`` saying how to read it
        (:func:`~corpus_tools.input_forms.check_page_path`).
    manifest : CSV path or DataFrame, optional
        One row per page with a ``file`` column and optional ``date`` (ISO), ``date_precision``,
        ``paper``, ``county``, ``county_code``… A folder's ``manifest.csv`` is used when this
        is None, and with a recursive *pattern* (``"**/*.txt"``) a sub-folder's own
        ``manifest.csv`` for the pages it lists (its ``file`` column relative to that sub-folder). Pages without a manifest date take a date from their file name
        (``2023-01-05_p3.txt``) when it has one, else from their date folder inside the folder
        read (``2023-01-05/page1.txt``, ``2023/01/05/page1.txt``), else from a folio or masthead
        line among the page's first lines (``2024年6月12日 星期三 第01版``,
        :func:`~corpus_tools.page_dates.date_from_masthead`); ``Issue.meta["date_source"]``
        says which (``"manifest"``, ``"file name"``, ``"folder"`` or ``"page"``). A warning names
        a page whose name or folder and date line disagree, whose name or folder holds a date
        that does not exist, whose date is after today, or whose date line prints a weekday
        that does not fit its date (:mod:`corpus_tools.date_checks`); one warning names the files that claim the
        same date and page (``2020-02-10_p1.txt`` and ``20200210_p1.txt``: :mod:`corpus_tools.page_clashes`). A manifest may list pages in
        sub-folders (``2020-05-15/page1.txt``): they are read even when the folder itself holds
        no page.
    encoding : str
        ``"auto"`` (BOM, UTF-8, UTF-16, GB18030, Big5) or a codec name. A page with a few bytes
        that fit no encoding (a stray GBK byte in a UTF-8 page, a NUL) is read with each such
        byte replaced by U+FFFD, with a warning naming the file and the byte offsets, and
        ``Issue.meta["decode_repairs"]`` listing them (see :mod:`corpus_tools.decoding`).
    pattern : str
        File pattern inside a folder (``"**/*.txt"``: in its sub-folders too). A folder's ``.pdf``
        pages are read beside its text pages (a pattern ending in ``*.txt`` also matches them as
        ``*.pdf``; a PDF with a text page of the same name beside it is left out, with a warning;
        ``pattern="*.pdf"`` reads the PDFs alone): the library reads each PDF's characters with their
        size and place (:mod:`corpus_tools.pdf`, the ``pdf`` extra: pdfminer.six) and hands the layout
        a page text in which each article's head precedes its body (``Issue.meta["encoding"]`` is
        ``"pdf"``); each page of a PDF of several pages is a page of its own, id ``<stem>_p<N>``
        (:func:`~corpus_tools.reading.read_pdf_pages`). A PDF that is encrypted, holds only scanned
        images or is no PDF raises
        :class:`CorpusReadError` naming the file and the problem. An issue's id is
        its file's stem (``2023-01-05_p3``); when two stems are the same (``page1.txt`` in
        every date folder) it is the end of the path that tells them apart, joined by ``_``
        (``2020-05-15_page1``: :func:`~corpus_tools.reading.unique_ids`).
    errors : {"raise", "skip"}
        What to do with a file that cannot be read: raise :class:`CorpusReadError` or skip it
        with a warning.
    county : str or int, optional
        The pages' county where the manifest does not give ``county_code``: a 6-digit code
        or a name (``"武乡县"``, ``"山西省武乡县"``; an ambiguous name raises, listing the
        candidates; pages that print neither its name nor one of its townships are named in a
        warning), or ``"infer"`` to read each page's county off its text now (see
        :func:`corpus_tools.county_tables.assign_counties`). ``"infer"`` lays out every page
        while reading (the first layout pass, which any table runs later anyway) and adds the
        inference (cost: docs/benchmarks.md, ``read_scale_county``, measured before the
        twenty-first round's layout passes). By default entity
        extraction infers the county of each article from its text.
    paper : str, mapping or list of str, optional
        The pages' paper (``"弥渡报"``) where the manifest does not give ``paper``
        (``Issue.meta["paper_source"]`` ``"user"``). By default the issue table reads it off
        each page's masthead (:func:`corpus_tools.papers.issue_papers`). With a list of folders
        (two papers) a string names the paper of every folder; give each folder's own paper as a
        mapping folder -> paper (``{"xianju/": "今日仙居", "pengxi/": "蓬溪报"}``; a folder left out
        keeps its manifest's or masthead's) or as a list in the folders' order. For the files of one
        folder (two papers' pages in one folder) give each FILE's paper: a mapping file -> paper (keys:
        a path, a file name or a stem; ``{"营山_0506.txt": "营山报"}``), a callable path -> paper (None:
        none given), or with a list of files a list of papers in their order; a key that names no file
        read or a value that is no name raises ``ValueError``. Without ``paper=`` a page whose masthead
        names no paper takes the paper its FILE NAME prints before the date (``营山报_2011-05-06_p2.txt``,
        ``蓬安报20110506-3.txt``; ``paper_source`` ``"file name"``: :mod:`corpus_tools.file_papers`).
    follow_links : bool, default True
        Follow symbolic links: a corpus folder that is a link, page files or sub-folders linked
        from elsewhere (a recursive ``pattern="**/*.txt"`` visits each real folder once, so a
        link cycle ends; a link to nothing is skipped with a warning). False refuses a link that
        leaves the folder: for folders from an untrusted source, whose links could make a private
        file a page (and put it in a saved store).
    cache : folder, True, None or False, default None
        Keep this corpus's analyses in the analysis cache on disk (:mod:`corpus_tools.analysis_cache`):
        each page's layout and entity rows, keyed by the page's content, the library's version and the
        options that change them, so that the next session (or ``corpus-tools`` command) on the same
        pages reads them back instead of computing them again. True uses the default folder
        (``$CORPUS_TOOLS_CACHE``, else ``~/.cache/corpus_tools``; the ``analysis`` sub-folder), a folder
        puts it there, None or False keeps nothing. With a cache the pages are laid out while reading
        (from the cache where it holds them). Results are the same with and without it.
    ocr : "auto", True or False, default "auto"
        Repairs for scanned and OCR'd pages (:mod:`corpus_tools.ocr_text`): spaces between characters
        (``县委县 政府召开 经济 工作会议``) removed, half-width ``, . : ; ( )`` beside Chinese and letters
        read for digits (``2OO6年``) folded, an OCR'd masthead date (``l999年9月3日``) read. ``"auto"``
        repairs a page that shows OCR spacing (and any OCR'd masthead date), True every page, False none.
        Each repair is kept in ``Issue.meta["ocr_repairs"]`` (spans in the text as read from the file;
        :func:`~corpus_tools.ocr_text.restore_ocr` gives that text back). CLI: ``--ocr auto|on|off``.
    files : {"auto", "pages", "articles"}, default "auto"
        What a file holds. ``"pages"``: a newspaper page, laid out into its articles. ``"articles"``: ONE article
        saved from a website or app (never split): its first line the title, the rest its paragraphs.
        ``"auto"`` reads a file as one article when a block of labelled fields stands under its first line
        (``来源：``, ``作者：``, ``发布时间：2021-06-03 09:12``, ``编辑：``, ``阅读：``, or ``时间：… 来源：… 作者：…`` on
        one line: :func:`~corpus_tools.web_articles.is_article_file`), else as a page. An article file gives its
        date (``date_source`` ``"article"``, the time of day in ``Issue.meta["time"]``), its ``来源`` as the
        issue's ``paper``, its ``作者`` as the article's byline pairs, its editors in ``Issue.meta["credits"]``
        and its read count in ``Issue.meta["reads"]``; the site's tools saved with it (``点击查看大图``,
        ``分享到：…``, ``【打印】【关闭】``, ``上一篇：…``) are left out of the text, each recorded as a repair of kind
        ``"web-debris"`` and in ``Issue.meta["web_debris"]`` (:mod:`corpus_tools.web_articles`). A warning names
        article files saved twice under two names (same title and text). CLI: ``--files auto|pages|articles``.

    Returns
    -------
    Corpus

    Examples
    --------
    >>> corpus = read_corpus(seeds_path())
    >>> corpus.issues[0].meta["county_code"]
    '140728'
    """
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors={errors!r} is invalid; use 'raise' or 'skip'")
    check_ocr_mode(ocr)
    if files not in FILE_FORMS:
        raise ValueError(f"files={files!r} is invalid; use one of {list(FILE_FORMS)}")
    check_page_path(path)  # a saved corpus or a table is no page (user37b F6)
    if isinstance(path, str) and "\n" in path:
        raise ValueError("path looks like page text, not a path; wrap texts in a DataFrame with a 'text' column")
    per_file = paper is not None and not isinstance(paper, str)  # a paper per file (mapping, callable, list)
    if isinstance(path, pd.DataFrame):
        pages = pages_from_frame(path)
        if manifest is not None:
            raise ValueError("manifest= is for files; put metadata columns in the DataFrame instead")
    elif _folders(path):
        if manifest is not None:
            raise ValueError("manifest= names one manifest; with several folders put a manifest.csv in each")
        pages = _pages_of_folders(path, _folder_papers(path, paper), encoding=encoding, pattern=pattern,
                                  errors=errors, follow_links=follow_links)
        paper, per_file = None, False
    else:
        pages = read_pages(path, manifest=manifest, encoding=encoding, pattern=pattern, errors=errors,
                           follow_links=follow_links)
    issues = []
    debris = frozenset(debris_forms([page.text for page in pages])) if ocr is not False else frozenset()
    for page in pages:  # a loop here, not a generator in Corpus(): date warnings point at the caller
        issues.append(_issue_from_page(page, ocr, debris, files))
    warn_article_files(issues)  # the same article saved under two names (user37b F7)
    warn_undated([str(i.meta["path"]) for i in issues  # a manifest's date_precision 'unknown' has said so
                  if i.date is None and i.meta.get("path") and not i.meta.get("date_precision")])
    issues = drop_page_copies(issues)  # X.pdf and its second download X(1).pdf read once (user37 F13)
    warn_page_clashes(issues)  # two files claiming one date and page (user36 F11)
    if per_file:
        from corpus_tools.file_papers import papers_per_file

        files = list(path) if isinstance(path, (list, tuple)) else None
        for issue, name in zip(issues, papers_per_file(issues, paper, files)):
            _give_paper(issue.meta, name)
        paper = None
    corpus = _with_paper(Corpus(issues), paper)
    if cache is not None and cache is not False:
        from corpus_tools.analysis_cache import use_cache

        use_cache(corpus, cache)
    return _with_county(corpus, county)


def _folders(path: Any) -> bool:
    """Whether *path* is a list of folders (two papers' folders read into one corpus)."""
    if isinstance(path, (str, os.PathLike, pd.DataFrame)) or not isinstance(path, (list, tuple)):
        return False
    return bool(path) and all(Path(p).is_dir() for p in path)


def _folder_papers(folders: Sequence[str | Path], paper: Any) -> list[str | None]:
    """The paper given for each of *folders* (None: none given), from ``read_corpus``'s *paper*.

    Parameters
    ----------
    folders : sequence of path
        The folders read into one corpus.
    paper : None, str, mapping or sequence of str
        None; one name for every folder; a mapping folder -> name (folders compared as resolved
        paths; a folder left out gets None); or one name per folder, in order.

    Examples
    --------
    >>> _folder_papers(["a", "b"], {"b": "蓬溪报"}), _folder_papers(["a", "b"], ["今日仙居", "蓬溪报"])
    ([None, '蓬溪报'], ['今日仙居', '蓬溪报'])
    """
    if paper is None or isinstance(paper, str):
        names: list[Any] = [paper] * len(folders)
    elif isinstance(paper, Mapping):
        where = {Path(f).resolve(): k for k, f in enumerate(folders)}
        names = [None] * len(folders)
        for folder, name in paper.items():
            k = where.get(Path(folder).resolve())
            if k is None:
                raise ValueError(f"paper= names the paper of folder {str(folder)!r}, which is not one of the folders "
                                 f"read: {[str(f) for f in folders]}")
            names[k] = name
    elif isinstance(paper, (list, tuple)):
        if len(paper) != len(folders):
            raise ValueError(f"paper= lists {len(paper)} paper(s) for {len(folders)} folder(s) "
                             f"{[str(f) for f in folders]}; give one per folder, in order, or a mapping "
                             "folder -> paper")
        names = list(paper)
    else:
        raise ValueError(f"paper={paper!r} is invalid; give a name ('弥渡报'), a mapping folder -> paper or a list "
                         "of papers, one per folder")
    for name in names:
        if name is not None and (not isinstance(name, str) or not name.strip()):
            raise ValueError(f"paper= must name each paper (e.g. '弥渡报'), got {name!r}")
    return [n.strip() if n else None for n in names]


def _pages_of_folders(folders: list, papers: list[str | None], **kwargs: Any) -> list[PageFile]:
    """The pages of several folders, each read with its own manifest and given its paper where the
    manifest gives none. An id two folders share (``page1`` in both papers' folders) takes its
    folder's name in front (``pengxi_page1``); ids that no other folder uses stay as they are."""
    groups = [(Path(folder).name, read_pages(folder, **kwargs)) for folder in folders]
    for (_, pages), name in zip(groups, papers):
        for pg in pages:
            _give_paper(pg.meta, name)
    seen = Counter(pg.id for _, pages in groups for pg in pages)
    for name, pages in groups:
        for pg in pages:
            if seen[pg.id] > 1:
                pg.id = f"{name}_{pg.id}"
    found = [pg for _, pages in groups for pg in pages]
    settle_ids(found, [str(pg.path or pg.id) for pg in found])  # two folders of the same name
    return found


def _with_paper(corpus: Corpus, paper: str | None) -> Corpus:
    if paper is None:
        return corpus
    name = str(paper).strip()
    if not name:
        raise ValueError("paper= must name the paper (e.g. '弥渡报'), got an empty string")
    for issue in corpus.issues:
        _give_paper(issue.meta, name)
    return corpus


def _give_paper(meta: dict, name: str | None) -> None:
    """The user's paper for a page whose metadata names none."""
    if name and not str(meta.get("paper") or "").strip():
        meta.update(paper=name, paper_source="user")


def _with_county(corpus: Corpus, county: str | int | None) -> Corpus:
    if county is None:
        return corpus
    from corpus_tools.county_tables import assign_counties  # the gazetteer loads only when asked

    return assign_counties(corpus, county)


def load_corpus(path: str | Path) -> Corpus:
    """A corpus saved with :meth:`Corpus.save`: the same as :meth:`Corpus.load`.

    Parameters
    ----------
    path : str or Path
        The folder :meth:`Corpus.save` wrote.

    Returns
    -------
    Corpus
        The saved corpus (its entity table comes back with it when the pages and the recogniser
        are the ones it was saved with).

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp()) / "saved"
    >>> _ = load_seeds().save(folder, tables=("articles", "issues", "blocks"), progress=False)
    >>> [i.id[:3] for i in load_corpus(folder)]
    ['003', '000', '001', '002', '004']
    """
    return Corpus.load(path)


def seeds_path() -> Path:
    """The folder of the five bundled sample pages (with ``manifest.csv``).

    Returns
    -------
    Path
        The folder inside the installed package (read it with :func:`read_corpus`).

    Examples
    --------
    >>> sorted(p.name for p in seeds_path().iterdir())[-1]
    'manifest.csv'
    """
    return Path(str(resources.files("corpus_tools") / "data" / "seeds"))


def load_seeds() -> Corpus:
    """The bundled sample corpus: five pages of a 平遥县 county paper, dated by ``manifest.csv``.

    Returns
    -------
    Corpus
        ``read_corpus(seeds_path())``: five issues.

    Examples
    --------
    >>> corpus = load_seeds()
    >>> [i.id[:3] for i in corpus]
    ['003', '000', '001', '002', '004']
    """
    return read_corpus(seeds_path())
