"""Loading a saved corpus and its tables back, every file checked against the manifest first.

:func:`load_table` reads one table as a DataFrame; :func:`read_issues` reads back what each
saved issue is made of (raw text, date, metadata, article filter and page layout) as plain
:class:`StoredIssue` records, without running layout repair again. The store knows nothing of
:class:`~corpus_tools.corpus.Corpus`: :meth:`Corpus.load <corpus_tools.corpus.Corpus.load>`
(``corpus_tools.load_corpus``) builds the corpus from these records. A missing, truncated or
corrupt file raises :class:`~corpus_tools.store.StoreError` naming it.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, NamedTuple

from corpus_tools.layout import ArticleParts, Block, PageLayout, Repair
from corpus_tools.store.arrow import load_pyarrow
from corpus_tools.store.manifest import CORE, StoreError, check_file, read_manifest
from corpus_tools.store.metadata import decode_meta

if TYPE_CHECKING:  # pragma: no cover
    import datetime as dt

    import pandas as pd
    import pyarrow as pa

__all__ = ["StoredIssue", "read_issues", "load_table"]


class StoredIssue(NamedTuple):
    """One saved issue, as :func:`read_issues` reads it back: the arguments of
    :class:`~corpus_tools.corpus.Issue` and the page layout it had when saved."""

    id: str
    raw: str
    date: "dt.date | None"
    meta: dict[str, Any]
    article_filter: "Callable[[Any], bool] | None"
    layout: PageLayout


class _KeepIds:
    """The article filter of a loaded issue saved from a filtered corpus (picklable)."""

    def __init__(self, ids: Iterable[str]):
        self.ids = frozenset(ids)

    def __call__(self, article: Any) -> bool:
        return article.id in self.ids

    def __repr__(self) -> str:
        return f"_KeepIds({len(self.ids)} articles)"


def _read_checked(folder: Path, man: dict[str, Any], name: str, columns: Sequence[str] | None = None
                  ) -> "pa.Table":
    _, pq = load_pyarrow()
    info = man["tables"].get(name)
    if info is None:
        raise StoreError(f"{folder}: table {name!r} was not saved; saved tables are "
                         f"{sorted(k for k in man['tables'] if not k.startswith('_'))}",
                         path=folder / f"{name}.parquet")
    path = check_file(folder, name, info)
    try:
        table = pq.read_table(path, columns=list(columns) if columns is not None else None)
    except Exception as exc:  # pyarrow raises several types for a damaged file
        raise StoreError(f"{path}: not a readable Parquet file ({type(exc).__name__}: {exc}); "
                         "save the corpus again", path=path) from exc
    if columns is None and table.num_rows != info.get("rows"):
        raise StoreError(f"{path}: {table.num_rows} rows, the manifest recorded {info.get('rows')}; "
                         "save the corpus again", path=path)
    return table


def load_table(path: str | os.PathLike, name: str, *, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """One table of a saved corpus as a DataFrame, after checking it against the manifest.

    Parameters
    ----------
    path : folder written by :func:`save_corpus`
    name : str
        ``"articles"``, ``"issues"``, ``"blocks"``, ``"tokens"``, ``"entities"``, ``"slogans"``
        (or any table added with :func:`write_table`).
    columns : sequence of str, optional
        Read only these columns.

    Returns
    -------
    pandas.DataFrame
        The table as saved; ``tokens`` has the categorical columns of
        :func:`~corpus_tools.parsing.tokens_frame`; ``date`` columns hold ``datetime.date``.

    Raises
    ------
    StoreError
        The folder has no manifest (partial save), or the file is missing, truncated or corrupt.
    """
    folder = Path(path)
    man = read_manifest(folder)
    table = _read_checked(folder, man, name, columns)
    return table.to_pandas(date_as_object=True)


def read_issues(path: str | os.PathLike) -> list[StoredIssue]:
    """The issues of a store written by :func:`save_corpus`, in saved order, as plain records.

    Each record holds the issue's raw text, date and metadata, the article filter of a
    corpus saved after :meth:`Corpus.filter <corpus_tools.corpus.Corpus.filter>` on article
    fields (None when every article was kept), and its page layout (blocks, articles,
    repairs) as saved, so layout repair does not run again. ``Corpus.load(path)`` is the
    corpus made of them.

    Raises
    ------
    StoreError
        A partial or corrupt save (the message names the file).

    Examples
    --------
    >>> import tempfile
    >>> from corpus_tools import load_seeds
    >>> from corpus_tools.store import save_corpus
    >>> folder = save_corpus(load_seeds(), tempfile.mkdtemp(), tables=(), progress=False)
    >>> first = read_issues(folder)[0]
    >>> first.id, len(first.layout.articles) > 0
    ('003_f6a22faeb5ea5671', True)
    """
    folder = Path(path)
    man = read_manifest(folder)
    t = {name: _read_checked(folder, man, name) for name in CORE}
    issues = t["issues"].select(["issue_id", "date", "raw", "meta"]).to_pylist()
    arts = {r["article_id"]: r for r in t["articles"].to_pylist()}

    blocks: dict[str, list[Block]] = defaultdict(list)
    for r in t["blocks"].to_pylist():  # written in block order per issue
        aid = r["article_id"]
        art = None if aid is None else int(aid.rsplit("-", 1)[1]) - 1
        blocks[r["issue_id"]].append(Block(r["kind"], r["text"], r["start"], r["end"], art))
    repairs: dict[str, list[Repair]] = defaultdict(list)
    for r in t["_repairs"].to_pylist():
        repairs[r["issue_id"]].append(Repair(r["kind"], r["start"], r["end"], r["removed"], r["note"]))
    parts: dict[str, list[ArticleParts]] = defaultdict(list)
    hidden: set[str] = set()
    for r in t["_layout"].to_pylist():
        src = arts.get(r["article_id"]) if r["selected"] else r
        if src is None:
            raise StoreError(f"{folder / 'articles.parquet'}: article {r['article_id']!r} listed in "
                             "_layout.parquet is missing; save the corpus again",
                             path=folder / "articles.parquet")
        if not r["selected"]:
            hidden.add(r["issue_id"])
        spans: dict[str, list[tuple[int, int]]] = {}
        for sp in r["spans"]:
            spans.setdefault(sp["part"], []).append((sp["start"], sp["end"]))
        parts[r["issue_id"]].append(ArticleParts(
            title=src["title"], kicker=src["kicker"], subtitle=src["subtitle"], body=src["body"],
            byline=[("", n) for n in src["byline"] or []], captions=list(src["captions"] or []), section=src["section"],
            spans=spans, blocks=list(r["block_ids"])))
    visible: dict[str, list[str]] = defaultdict(list)
    for aid, a in arts.items():
        visible[a["issue_id"]].append(aid)
    out: list[StoredIssue] = []
    for r in issues:
        iid = r["issue_id"]
        keep = _KeepIds(visible.get(iid, ())) if iid in hidden else None
        try:
            meta = decode_meta(json.loads(r["meta"]))
        except ValueError as exc:
            raise StoreError(f"{folder / 'issues.parquet'}: issue {iid!r} has unreadable metadata ({exc})",
                             path=folder / "issues.parquet") from exc
        out.append(StoredIssue(iid, r["raw"], r["date"], meta, keep,
                               PageLayout(blocks=blocks.get(iid, []), articles=parts.get(iid, []),
                                          repairs=repairs.get(iid, []))))
    return out
