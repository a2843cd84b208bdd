"""What the ``corpus-tools`` sub-commands share: the corpus options and the reading of the pages they name, the
options of the parsing pipeline, and the writing of a result table (CSV, or aligned text with long cells cut)."""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

from corpus_tools.cli_paths import paper_option, read_path, select_years, skipped_summary
from corpus_tools.input_forms import is_saved_corpus, saved_corpus
from corpus_tools.io_safety import CSV_ENCODING
from corpus_tools.io_safety import write_csv as _write_any_csv

__all__ = ["FORMULAE_HELP", "add_corpus_args", "add_cache_args", "cache_arg", "parse_cache_dir", "add_pipeline_args", "add_analysis_args", "add_table_output",
           "add_quiet", "read_corpus_args", "issue_dates", "analysis_nlp", "parse_options",
           "write_table", "write_csv", "CSV_ENCODING", "cut_cells"]

#: Help of ``--formulae`` (report and slogans).
FORMULAE_HELP = ("a tab-separated file of your own formula entries (header: text, kind, variants, year, level, region, "
                 "source, note, group; as ct.load_formula_lexicon(extra=FILE)) added to the shipped lexicon: a "
                 "county's own 提法, a renamed slogan grouped with its old name. A local formula the paper never "
                 "quotes (成渝第二城) is in no table until such a file lists it: the marked layer needs quotation "
                 "marks, a number or a series frame, the lexicon ships national formulae and few local ones")


def read_corpus_args(args: argparse.Namespace):
    """The corpus the command line's PATH and corpus options name (:func:`add_corpus_args`).

    Parameters
    ----------
    args : argparse.Namespace
        The parsed arguments (``path``, ``manifest``, ``encoding``, ``pattern`` and the optional ``county``,
        ``paper``, ``years``, ``errors``, ``quiet``).

    Returns
    -------
    Corpus
        The pages read (laid out already with ``--quiet``, so no progress bar shows later); with ``--errors skip``
        a summary of the skipped files goes to stderr. A PATH that is a folder written by ``corpus-tools save``
        is loaded (:func:`~corpus_tools.input_forms.saved_corpus`).
    """
    from corpus_tools.loaders import read_corpus

    errors = getattr(args, "errors", "raise")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        one = read_path(args.path, args.manifest)
        if is_saved_corpus(one):  # what `corpus-tools save` wrote (user37b F6)
            corpus = saved_corpus(one, county=getattr(args, "county", None))
        else:
            corpus = read_corpus(one, manifest=args.manifest, encoding=args.encoding,
                                 pattern=args.pattern, county=getattr(args, "county", None),
                                 paper=paper_option(getattr(args, "paper", None), args.path), errors=errors,
                                 cache=cache_arg(args), ocr=OCR_OPTION[getattr(args, "ocr", "auto")],
                                 files=getattr(args, "files", "auto"))
    skipped = []
    for w in caught:                      # shown as they would have been, then summed up
        warnings.showwarning(w.message, w.category, w.filename, w.lineno)
        if str(w.message).startswith("skipped: "):
            skipped.append(str(w.message)[len("skipped: "):])
    if skipped:
        sys.stderr.write(skipped_summary(skipped, len(corpus)) + "\n")
    if getattr(args, "years", None):
        corpus = select_years(corpus, args.years)
    if getattr(args, "quiet", False):
        corpus.lay_out(progress=False)  # the first layout pass, which would show its bar at the first table
    return corpus


def add_corpus_args(p: argparse.ArgumentParser, several: bool = False, path: bool = True) -> None:
    """The PATH argument(s) and the options that say how to read the pages (as :func:`read_corpus_args` reads them).

    Parameters
    ----------
    p : argparse.ArgumentParser
        The sub-command's parser.
    several : bool, optional
        PATH takes several folders (one corpus of several papers).
    path : bool, optional
        Add the PATH argument (False: the sub-command takes its paths otherwise, as ``trends``).
    """
    if several and path:
        p.add_argument("path", nargs="+", metavar="PATH",
                       help="a folder of page files (or one written by corpus-tools save), a glob, or one file; several folders read into one corpus, "
                            "each with its own manifest.csv (two papers: xianju/ pengxi/)")
    elif path:
        p.add_argument("path", help="a folder of page files, a glob, or one file (or a folder written by corpus-tools save)")
    p.add_argument("--manifest", default=None, help="CSV with file,date,... (default: PATH/manifest.csv; "
                   "with several folders each folder's own)")
    p.add_argument("--encoding", default="auto", help="'auto' (default) or a codec such as gb18030")
    p.add_argument("--pattern", default="*.txt", help="file pattern inside a folder (default *.txt)")
    p.add_argument("--county", default=None, help="the pages' county where the manifest gives none: "
                   "a name (武乡县, 山西省武乡县), a 6-digit code, or 'infer' (default: inferred per article)")
    p.add_argument("--paper", action="append", default=None, metavar="PAPER[=FOLDER]",
                   help="the pages' paper where the manifest gives none, e.g. 弥渡报, for EVERY page (default: read off each page's "
                        "masthead line, else the paper its file name prints before the date: 营山报_2011-05-06_p2.txt, "
                        "蓬安报20110506-3.txt); with several folders name each folder's paper, --paper 今日仙居=xianju/ "
                        "--paper 蓬溪报=pengxi/, or give one --paper per folder in the folders' order (one bare "
                        "--paper is every folder's paper)")
    p.add_argument("--years", default=None, metavar="FROM-TO",
                   help="only the issues dated in these years, e.g. 2003-2009 or 2010 (as Corpus.between)")
    p.add_argument("--errors", choices=("raise", "skip"), default="raise",
                   help="a page file that cannot be read (binary, undecodable, missing): stop with an error "
                        "(raise, the default) or skip it with a warning and a summary of the skipped files (skip)")
    p.add_argument("--files", choices=("auto", "pages", "articles"), default="auto",
                   help="what each file holds: pages: a newspaper page, laid out into its articles; articles: ONE "
                        "article saved from a website or app (title line, then its paragraphs; never split); auto "
                        "(default): an article when labelled fields (来源：, 作者：, 发布时间：…) stand under its first "
                        "line, else a page")
    p.add_argument("--ocr", choices=tuple(OCR_OPTION), default="auto",
                   help="scanned and OCR'd pages: remove spaces between characters (县委县 政府召开), fold half-width "
                        "punctuation beside Chinese and letters read for digits (2OO6年), read an OCR'd masthead date; "
                        "auto (default): on a page that shows OCR spacing, on: every page, off: none")
    add_cache_args(p)


#: ``--ocr`` -> ``read_corpus(ocr=...)``.
OCR_OPTION = {"auto": "auto", "on": True, "off": False}

#: Help of ``--cache`` (every command that reads pages).
CACHE_HELP = ("folder of the cache of analysed pages (layout and entities of each page, and parses), which later "
              "commands on the same pages read back instead of computing again (default: $CORPUS_TOOLS_CACHE, else "
              "~/.cache/corpus_tools; `corpus-tools cache clear` empties it)")


def add_cache_args(p: argparse.ArgumentParser) -> None:
    """``--cache DIR`` and ``--no-cache`` (once per parser: the corpus and pipeline options both ask for them)."""
    if "--cache" not in p._option_string_actions:
        p.add_argument("--cache", default=None, metavar="DIR", help=CACHE_HELP)
    if "--no-cache" not in p._option_string_actions:
        p.add_argument("--no-cache", action="store_true",
                       help="neither read nor write the cache of analysed pages and parses (results are the same)")


def cache_arg(args: argparse.Namespace):
    """The ``cache=`` of :func:`~corpus_tools.loaders.read_corpus` the options name: False with ``--no-cache``,
    the ``--cache`` folder, else True (the default folder)."""
    if getattr(args, "no_cache", False):
        return False
    return getattr(args, "cache", None) or True


def parse_cache_dir(args: argparse.Namespace):
    """The parse cache's ``cache_dir`` the options name: False with ``--no-cache``, the ``--cache`` folder, else
    None (the default folder)."""
    if getattr(args, "no_cache", False):
        return False
    return getattr(args, "cache", None)


def add_pipeline_args(p: argparse.ArgumentParser) -> None:
    """The options of the pipeline that parses the pages (analyses and ``save``)."""
    p.add_argument("--segmenter", choices=("pkuseg", "jieba", "char"), default="pkuseg",
                   help="word segmenter: pkuseg (default, our model), jieba (needs the jieba extra) or "
                        "char (single characters)")
    p.add_argument("--no-tagger", action="store_true", help="no POS tagger (and no POS filter)")
    add_cache_args(p)


def add_analysis_args(p: argparse.ArgumentParser) -> None:
    """The pipeline's options, the table output and ``--quiet``: the tail of every word analysis."""
    add_pipeline_args(p)
    add_table_output(p)
    add_quiet(p)


def add_table_output(p: argparse.ArgumentParser) -> None:
    """``--format table|csv`` and ``-o FILE``, as :func:`write_table` reads them."""
    p.add_argument("--format", choices=("table", "csv"), default="table",
                   help="table (aligned text, default) or csv (UTF-8; a file written with -o starts with a "
                        "byte-order mark, as the report's tables, so spreadsheets read the Chinese right)")
    p.add_argument("-o", "--output", default=None, help="write to this file instead of stdout")


def add_quiet(p: argparse.ArgumentParser) -> None:
    """``-q/--quiet`` (alias ``--no-progress``): no progress bars."""
    p.add_argument("-q", "--quiet", "--no-progress", dest="quiet", action="store_true",
                   help="no progress bars on stderr (--no-progress is an alias; bars are drawn only when "
                        "stderr is a terminal, never into a file or pipe)")


def issue_dates(corpus) -> dict[str, str]:
    """Issue id -> its date as precise as it is known (``2024``, ``2023-12``, ``undated · 004``)."""
    from corpus_tools.dates import issue_labels

    return issue_labels(corpus)


def analysis_nlp(args: argparse.Namespace):
    """The pipeline :func:`add_pipeline_args`' ``--segmenter`` and ``--no-tagger`` name."""
    from corpus_tools.pipeline import load_pipeline

    return load_pipeline(segmenter=args.segmenter, tagger=not args.no_tagger)


def parse_options(args: argparse.Namespace):
    """The :class:`~corpus_tools.options.ParseOptions` of :func:`add_pipeline_args`' options."""
    from corpus_tools.options import ParseOptions

    return ParseOptions(nlp=analysis_nlp(args), cache_dir=parse_cache_dir(args))


#: How the aligned table views print a missing value (NaN, <NA>, None or an empty string: user26 F8).
MISSING = "-"


def write_table(df, args: argparse.Namespace, *, index: bool = False, title: str | None = None) -> None:
    """*df* as CSV or as an aligned table (with *title* on a line above it; CSV stays a plain table); the table
    spells every missing value as :data:`MISSING`."""
    import pandas as pd

    if args.format == "csv":
        write_csv(df, args.output, index=index)
        return
    df = df.astype(object).where(df.notna(), MISSING).map(lambda v: MISSING if isinstance(v, str) and not v else v)
    with pd.option_context("display.max_rows", None, "display.width", 200,
                           "display.unicode.east_asian_width", True):
        out = (f"{title}\n" if title else "") + df.to_string(index=index)
    (Path(args.output).write_text(out + "\n", encoding="utf-8") if args.output else sys.stdout.write(out + "\n"))


# CSV_ENCODING (from io_safety): the files the commands write with ``-o`` (as the report's tables) are UTF-8 with a
# byte-order mark, so spreadsheet programs read the Chinese right; pandas and R's readr read it as plain UTF-8, R's
# read.csv with ``fileEncoding = "UTF-8-BOM"``. CSV written to stdout has no mark (it would land inside a pipe's
# first field).


def write_csv(df, output: str | None, *, index: bool = False) -> None:
    """*df* as CSV into the file *output* (:data:`CSV_ENCODING`), or to stdout (plain UTF-8) when it is None."""
    _write_any_csv(df, output if output else sys.stdout, index=index)


def cut_cells(df, width: int = 16):
    """*df* with every text cell longer than *width* characters cut to its first ``width - 1`` and ``…``: a
    terminal's view of a table whose CSV has the cells whole.

    Examples
    --------
    >>> import pandas as pd
    >>> cut_cells(pd.DataFrame({"text": ["乡村振兴", "生态优先、绿色发展、共同富裕、乡村振兴"], "n": [1, 2]})).values.tolist()
    [['乡村振兴', 1], ['生态优先、绿色发展、共同富裕、…', 2]]
    """
    return df.map(lambda v: v[:width - 1] + "…" if isinstance(v, str) and len(v) > width else v)
