"""The ``corpus-tools`` command line.

Each subcommand is a small function ``_cmd_<name>(args) -> int`` registered in :func:`build_parser`; the groups of
subcommands live in modules of their own (:mod:`~corpus_tools.cli_eval`, :mod:`~corpus_tools.cli_analysis`,
:mod:`~corpus_tools.cli_tables`; what they share, :mod:`~corpus_tools.cli_common`), the corpus commands
(``articles``, ``report``, ``save``) here. Bad input ends with a one-line reason on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import warnings
from pathlib import Path
from typing import Sequence

from corpus_tools.cli_analysis import add_analysis_commands
from corpus_tools.cli_cache import add_cache_command
from corpus_tools.cli_common import (FORMULAE_HELP, add_corpus_args, add_pipeline_args, add_quiet, analysis_nlp,
                                     parse_cache_dir, read_corpus_args, write_csv)
from corpus_tools.cli_eval import add_eval_commands
from corpus_tools.cli_hints import StrictParser, option_hint, option_names, subparser
from corpus_tools.cli_tables import add_table_commands
from corpus_tools.errors import CorpusToolsError, counted

__all__ = ["main", "build_parser"]

log = logging.getLogger("corpus_tools")
#: Tables ``save`` can write (as corpus_tools.store.TABLES; listed here so --help needs no import).
SAVE_TABLES = ("articles", "issues", "blocks", "tokens", "entities", "slogans")


def _version() -> str:
    from corpus_tools.version import __version__

    return __version__


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    # a user needs the message, not the library's source line
    (file or sys.stderr).write(f"corpus-tools: warning: {message}\n")


def _cmd_articles(args: argparse.Namespace) -> int:
    import pandas as pd

    corpus = read_corpus_args(args)
    df = corpus.articles_frame(progress=not args.quiet)
    if args.format in ("csv", "json"):  # (the dataset: page, issue key, byline pairs and as printed, jumps)
        from corpus_tools.article_export import export_frame, for_csv

        df = export_frame(corpus)
    if args.format == "csv":
        write_csv(for_csv(df), args.output)
    elif args.format == "json":
        text = df.to_json(orient="records", force_ascii=False, date_format="iso", indent=1)
        (Path(args.output).write_text(text, encoding="utf-8") if args.output else sys.stdout.write(text + "\n"))
    else:
        view = df[["article_id", "date", "kicker", "title", "n_chars"]].astype(object).where(df.notna(), "")
        view["byline"] = df["byline"].map(" ".join)
        view["body"] = df["body"].str.replace("\n", " ").str.slice(0, args.width) + "…"
        with pd.option_context("display.max_rows", None, "display.max_colwidth", 40, "display.width", 200,
                               "display.unicode.east_asian_width", True):
            out = view.to_string(index=False)
        (Path(args.output).write_text(out + "\n", encoding="utf-8") if args.output else sys.stdout.write(out + "\n"))
    with_articles = set(df["issue_id"])
    empty = [i.id for i in corpus.issues if i.id not in with_articles]
    named = ", ".join(empty[:5]) + (" …" if len(empty) > 5 else "")
    sys.stderr.write(f"{counted(len(df), 'article')} from {counted(len(corpus), 'issue')} read"
                     + (f" ({len(empty)} without articles: {named})" if empty else "") + "\n")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from corpus_tools.report import write_report

    corpus = read_corpus_args(args)
    result = write_report(corpus, args.output, terms=args.terms, n_topics=args.n_topics, config=args.config,
                          progress=not args.quiet, nlp=None, cache_dir=parse_cache_dir(args), by=args.by,
                          formulae=args.formulae)
    sys.stderr.write(result.summary() + "\n")
    return 1 if any(s.status == "failed" for s in result.sections) else 0


def _cmd_save(args: argparse.Namespace) -> int:
    from corpus_tools.store import save_corpus

    if (args.out is None) == (args.output is None):
        raise ValueError("give the output folder once: `corpus-tools save PAGES OUT` or `corpus-tools save PAGES -o OUT`")
    corpus = read_corpus_args(args)
    nlp = analysis_nlp(args) if "tokens" in args.tables else None
    out = save_corpus(corpus, args.out or args.output, tables=args.tables, nlp=nlp, n_process=args.n_process,
                      cache_dir=parse_cache_dir(args), progress=not args.quiet)
    sys.stderr.write(f"saved {counted(len(corpus), 'issue')}, {counted(len(corpus.articles), 'article')} and tables "
                     f"{sorted(set(args.tables) | {'articles', 'issues', 'blocks'})} to {out}\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``corpus-tools`` (exposed for tests and docs)."""
    parser = StrictParser(
        prog="corpus-tools",
        description="Analyse Chinese local newspapers: clean articles, words, entities, keywords, slogans.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}",
                        help="print the version of corpus_tools and exit")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("articles", help="split pages into articles and print the article table")
    add_corpus_args(p, several=True)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table",
                   help="table (aligned text, default), csv or json (one record per article)")
    p.add_argument("-o", "--output", default=None, help="write to this file instead of stdout")
    p.add_argument("--width", type=int, default=24, help="body characters shown in the table")
    add_quiet(p)
    p.set_defaults(func=_cmd_articles)

    add_eval_commands(sub)

    p = sub.add_parser("report", help="write an HTML report (figures as PNG, tables as CSV) for a folder of pages")
    add_corpus_args(p, several=True)
    p.add_argument("-o", "--output", required=True, help="folder to write index.html and its files into")
    p.add_argument("--terms", default=None,
                   help="comma-separated terms the trends section follows, e.g. 乡村振兴,高质量发展 "
                        "(default: the keywords shared by the most issues)")
    p.add_argument("--n-topics", type=int, default=None,
                   help="number of topics (default: the candidate with the best coherence)")
    p.add_argument("--by", choices=("issue", "week", "month", "quarter", "year"), default=None,
                   help="period of keywords, topic shares and trends (default: issues when there are at most 12, "
                        "else the finest period with at most 12)")
    p.add_argument("--formulae", default=None, metavar="FILE", help=FORMULAE_HELP)
    p.add_argument("--config", default=None,
                   help="TOML or JSON file with report options: terms = [...], n_topics = N "
                        "(command-line options win)")
    add_quiet(p)
    p.set_defaults(func=_cmd_report)

    add_analysis_commands(sub)   # keywords, trends, kwic, keyness, collocations
    add_table_commands(sub)      # entities, places, bylines, projects, slogans

    p = sub.add_parser("save", help="save pages, articles and token, entity and slogan tables as Parquet")
    add_corpus_args(p)
    p.add_argument("out", nargs="?", default=None,
                   help="output folder (Corpus.load / pandas / polars / DuckDB read it); or give it with -o")
    p.add_argument("-o", "--output", default=None, help="output folder, as for report (instead of OUT)")
    p.add_argument("--tables", nargs="+", default=list(SAVE_TABLES), choices=SAVE_TABLES,
                   help="tables to write (default: all of them; articles, issues and blocks are always written)")
    p.add_argument("--n-process", type=int, default=1, help="processes for parsing (-1: all cores)")
    add_quiet(p)
    add_pipeline_args(p)  # for the tokens table
    p.set_defaults(func=_cmd_save)

    add_cache_command(sub)       # cache info / clear
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``corpus-tools`` console script."""
    parser = build_parser()
    args, extras = parser.parse_known_args(argv)
    if extras:
        parser.error(f"unrecognized arguments: {' '.join(extras)}{option_hint(extras, subparser(parser, args))}")
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    showwarning = warnings.showwarning
    warnings.showwarning = _show_warning
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:   # `corpus-tools … | head` closed the pipe: a normal end (user26 F8)
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (Python's recipe: no second error at exit)
        except OSError:  # pragma: no cover
            pass
        return 0
    except (CorpusToolsError, ValueError, OSError) as exc:  # OSError: e.g. an unwritable -o folder
        skip = getattr(exc, "skip_hint", None) if getattr(args, "errors", None) == "raise" else None
        said = f"{skip}; add --errors skip to skip such files and read the rest" if skip else str(exc)
        sys.stderr.write(f"corpus-tools: error: {option_names(said, subparser(parser, args))}\n")
        return 2
    finally:
        warnings.showwarning = showwarning


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
