"""Save a corpus and its tables as Parquet, and read them back.

:func:`save_corpus` (``Corpus.save``) writes one folder:

| file | content |
|---|---|
| ``issues.parquet`` | one row per issue: the :meth:`Corpus.issues_frame` columns plus ``raw`` (the page text as read) and ``meta`` (JSON of ``Issue.meta``) |
| ``articles.parquet`` | :meth:`Corpus.articles_frame` (``byline`` and ``captions`` as lists) |
| ``blocks.parquet`` | :meth:`Corpus.blocks_frame` |
| ``tokens.parquet`` | :func:`corpus_tools.parsing.tokens_frame` (optional) |
| ``entities.parquet`` | :func:`corpus_tools.entities.extract_entities` (optional) |
| ``slogans.parquet`` | :func:`corpus_tools.slogans.slogan_mentions` (optional) |
| ``_layout.parquet``, ``_repairs.parquet`` | what ``Corpus.load`` needs to rebuild each page's layout without running layout repair again (article spans and block indices, repairs) |
| ``manifest.json`` | format version, and for every file its rows, bytes and SHA-256 |

Every table is a plain Parquet file: ``pandas.read_parquet``, ``polars.read_parquet`` and
DuckDB (``SELECT * FROM 'folder/tokens.parquet'``) read it directly; list columns are Arrow
lists, categorical columns Arrow dictionaries (strings to other readers).

A save is built in a new folder beside *path* (``.<name>.saving-…``), manifest last, and
only then swapped in: a save that fails part-way (a bad metadata value, a parse error,
Ctrl-C, a full disk) leaves the previous save as it was. A re-save keeps the tables added
with :func:`write_table` and any other file the user put in the folder. A folder that is
not empty and holds no store is refused rather than overwritten.
:func:`read_issues` (behind ``Corpus.load`` and ``corpus_tools.load_corpus``) and
:func:`load_table` check the manifest, the file sizes and checksums
before reading, and raise :class:`StoreError` naming the file on any mismatch: a partial or
corrupt save is never silently used. Save again to rebuild it.

Examples
--------
>>> import tempfile
>>> from corpus_tools import Corpus, load_seeds
>>> corpus = load_seeds()
>>> folder = tempfile.mkdtemp()
>>> _ = save_corpus(corpus, folder, tables=("articles", "issues", "blocks"))
>>> again = Corpus.load(folder)
>>> [a.id for a in again.articles] == [a.id for a in corpus.articles]
True
>>> load_table(folder, "articles").shape[0] == len(corpus.articles)
True

The package's modules: :mod:`~corpus_tools.store.manifest` (format, manifest, checks,
:func:`write_table`), :mod:`~corpus_tools.store.arrow` (Arrow types, the batch writer),
:mod:`~corpus_tools.store.metadata` (issue metadata as JSON), :mod:`~corpus_tools.store.save`
and :mod:`~corpus_tools.store.load`.

The store sits below the corpus model: it reads a corpus through its public interface and
hands back plain records (:class:`StoredIssue`), and never imports
:mod:`corpus_tools.corpus`; ``Corpus.save`` and ``Corpus.load`` are built on it.
"""

from corpus_tools.store.load import StoredIssue, load_table, read_issues
from corpus_tools.store.manifest import MANIFEST, TABLES, StoreError, verify_store, write_table  # noqa: F401
from corpus_tools.store.save import save_corpus

__all__ = ["TABLES", "StoreError", "StoredIssue", "save_corpus", "read_issues", "load_table", "write_table",
           "verify_store"]
