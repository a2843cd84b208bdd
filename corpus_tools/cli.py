"""The ``corpus-tools`` command line.

Each subcommand is a small function ``_cmd_<name>(args) -> int`` registered in
:func:`build_parser`; bad input ends with a one-line reason on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import warnings
from pathlib import Path
from typing import Sequence

from corpus_tools.cli_hints import StrictParser, option_hint, subparser
from corpus_tools.cli_paths import paper_option, read_path, select_years, skipped_summary, split_paths_terms
from corpus_tools.errors import CorpusToolsError, counted
from corpus_tools.io_safety import csv_safe

__all__ = ["main", "build_parser"]

log = logging.getLogger("corpus_tools")
#: What a ``trends`` cell counts, per ``--normalize`` (shown above the table; the slogan tables count
#: per 10,000 body *characters*, ``per_10k_chars``, so the two rates differ for the same term).
TREND_UNITS = {"per_10k": "per 10,000 words (tokens of the segmenter; slogan tables: per 10,000 characters)",
               "count": "occurrences", "share_of_articles": "share of the group's articles containing the term"}
#: Tables ``save`` can write (as corpus_tools.store.TABLES; listed here so --help needs no import).
SAVE_TABLES = ("articles", "issues", "blocks", "tokens", "entities", "slogans")


#: Columns of the aligned ``slogans`` table (``--format csv`` writes all of extract_slogans' columns).
SLOGAN_VIEW = ("text", "kind", "level", "source", "year", "count", "n_issues", "first_date", "last_date", "variants")
#: Help of ``--formulae`` (report and slogans).
FORMULAE_HELP = ("a tab-separated file of your own formula entries (header: text, kind, variants, year, level, region, "
                 "source, note, group; as ct.load_formula_lexicon(extra=FILE)) added to the shipped lexicon: a "
                 "county's own 提法, a renamed slogan grouped with its old name")


def _read(args: argparse.Namespace):
    from corpus_tools.loaders import read_corpus

    errors = getattr(args, "errors", "raise")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = read_corpus(read_path(args.path, args.manifest), manifest=args.manifest, encoding=args.encoding,
                             pattern=args.pattern, county=getattr(args, "county", None),
                             paper=paper_option(getattr(args, "paper", None), args.path), errors=errors)
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


def _add_corpus_args(p: argparse.ArgumentParser, several: bool = False, path: bool = True) -> None:
    if several and path:
        p.add_argument("path", nargs="+", metavar="PATH",
                       help="a folder of page files, a glob, or one file; several folders read into one corpus, "
                            "each with its own manifest.csv (two papers: xianju/ pengxi/)")
    elif path:
        p.add_argument("path", help="a folder of page files, a glob, or one file")
    p.add_argument("--manifest", default=None, help="CSV with file,date,... (default: PATH/manifest.csv; "
                   "with several folders each folder's own)")
    p.add_argument("--encoding", default="auto", help="'auto' (default) or a codec such as gb18030")
    p.add_argument("--pattern", default="*.txt", help="file pattern inside a folder (default *.txt)")
    p.add_argument("--county", default=None, help="the pages' county where the manifest gives none: "
                   "a name (武乡县, 山西省武乡县), a 6-digit code, or 'infer' (default: inferred per article)")
    p.add_argument("--paper", action="append", default=None, metavar="PAPER[=FOLDER]",
                   help="the pages' paper where the manifest gives none, e.g. 弥渡报 (default: read off each page's "
                        "masthead line); with several folders name each folder's paper, --paper 今日仙居=xianju/ "
                        "--paper 蓬溪报=pengxi/, or give one --paper per folder in the folders' order (one bare "
                        "--paper is every folder's paper)")
    p.add_argument("--years", default=None, metavar="FROM-TO",
                   help="only the issues dated in these years, e.g. 2003-2009 or 2010 (as Corpus.between)")
    p.add_argument("--errors", choices=("raise", "skip"), default="raise",
                   help="a page file that cannot be read (binary, undecodable, missing): stop with an error "
                        "(raise, the default) or skip it with a warning and a summary of the skipped files (skip)")


def _version() -> str:
    from corpus_tools.version import __version__

    return __version__


def _issue_dates(corpus) -> dict[str, str]:
    """Issue id -> its date as precise as it is known (``2024``, ``2023-12``, ``undated · 004``)."""
    from corpus_tools.dates import issue_labels

    return issue_labels(corpus)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    # a user needs the message, not the library's source line
    (file or sys.stderr).write(f"corpus-tools: warning: {message}\n")


def _cmd_articles(args: argparse.Namespace) -> int:
    import pandas as pd

    corpus = _read(args)
    df = corpus.articles_frame(progress=not args.quiet)
    if args.format == "csv":
        csv_safe(df).to_csv(args.output or sys.stdout, index=False)
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


def _cmd_eval_articles(args: argparse.Namespace) -> int:
    from corpus_tools.scoring.articles import score_corpus_articles

    corpus = _read(args)
    report = score_corpus_articles(corpus, args.gold_dir)
    sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=1) + "\n")
    return 0


def _cmd_eval_segment(args: argparse.Namespace) -> int:
    from corpus_tools.nlp import SEGMENTERS
    from corpus_tools.scoring.segmentation import score_segmentation

    if args.pred is None and args.segmenter not in SEGMENTERS:
        raise ValueError(f"--segmenter must be one of {', '.join(SEGMENTERS)}; got {args.segmenter!r}")
    score = score_segmentation(args.gold_file, args.pred, training_words=args.training_words,
                               segmenter=args.segmenter)
    sys.stdout.write(json.dumps(score.as_dict(), ensure_ascii=False, indent=1) + "\n")
    return 0


def _cmd_eval_slogans(args: argparse.Namespace) -> int:
    from corpus_tools.loaders import load_seeds, read_corpus
    from corpus_tools.scoring.slogans import score_corpus_slogans

    corpus = load_seeds() if args.pages is None else read_corpus(args.pages, manifest=args.manifest)
    lexicon = False if args.no_lexicon else None
    scores = score_corpus_slogans(corpus, args.gold_dir, lexicon=lexicon)
    if args.format == "json":
        sys.stdout.write(scores.to_json(orient="records", force_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(scores.to_string(index=False, float_format=lambda x: f"{x:.3f}") + "\n")
    return 0


def _cmd_eval_entities(args: argparse.Namespace) -> int:
    from corpus_tools.scoring.entities import entity_error_report

    labels = args.labels.split(",") if args.labels else None
    text, scores = entity_error_report(args.gold_dir, pages_dir=args.pages, model=not args.no_model, labels=labels,
                                       part=args.part, errors=args.errors)
    if args.format == "json":
        sys.stdout.write(scores.to_json(orient="records", force_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(text + "\n")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from corpus_tools.report import write_report

    corpus = _read(args)
    result = write_report(corpus, args.output, terms=args.terms, n_topics=args.n_topics, config=args.config,
                          progress=not args.quiet, nlp=None, cache_dir=False if args.no_cache else None, by=args.by,
                          formulae=args.formulae)
    sys.stderr.write(result.summary() + "\n")
    return 1 if any(s.status == "failed" for s in result.sections) else 0


def _analysis_nlp(args: argparse.Namespace):
    from corpus_tools.pipeline import load_pipeline

    return load_pipeline(segmenter=args.segmenter, tagger=not args.no_tagger)


def _parse_options(args: argparse.Namespace):
    from corpus_tools.options import ParseOptions

    return ParseOptions(nlp=_analysis_nlp(args), cache_dir=False if args.no_cache else None)


def _write_table(df, args: argparse.Namespace, *, index: bool = False, title: str | None = None) -> None:
    """*df* as CSV or as an aligned table (with *title* on a line above it; CSV stays a plain table)."""
    import pandas as pd

    if args.format == "csv":
        csv_safe(df).to_csv(args.output or sys.stdout, index=index)
        return
    with pd.option_context("display.max_rows", None, "display.width", 200,
                           "display.unicode.east_asian_width", True):
        out = (f"{title}\n" if title else "") + df.to_string(index=index)
    (Path(args.output).write_text(out + "\n", encoding="utf-8") if args.output else sys.stdout.write(out + "\n"))


def _cmd_keywords(args: argparse.Namespace) -> int:
    from corpus_tools.keywords import keywords
    from corpus_tools.options import TermFilter
    from corpus_tools.paper_groups import keyness_by_paper, named_papers, per_paper

    max_n = args.max_n if args.max_n is not None else 1  # as ct.keywords: ngram_range=(1, 1)
    if args.method == "textrank" and max_n != 1:
        raise ValueError(f"--max-n {max_n} works with --method tfidf or keyness only; textrank ranks single words "
                         "(leave --max-n out)")
    compare = args.by_paper and args.by == "all" and args.method in (None, "keyness")
    if compare and max_n != 1:
        raise ValueError(f"--max-n {max_n} does not work with --by all --by-paper, which sets each paper against "
                         "the others with ct.keyness on single words; leave --max-n out, or use --by year")
    corpus = _read(args)
    phrases = {"formulae": ("formulae", "places"), "marked": ("formulae", "places", "marked"), "none": ()}[args.phrases]
    term_filter = TermFilter(pos=None, phrases=phrases) if args.no_tagger else TermFilter(phrases=phrases)
    if compare:  # one group per paper: the words each paper uses more than the others
        kw = keyness_by_paper(named_papers(corpus, what="keywords"), top_n=args.top_n,
                              parse=_parse_options(args), term_filter=term_filter)
        _write_table(kw, args)
        return 0
    parse = _parse_options(args)

    def run(sub):
        return keywords(sub, by=args.by, method=args.method, top_n=args.top_n, ngram_range=(1, max_n),
                        parse=parse, term_filter=term_filter)

    kw = per_paper(corpus, run, what="keywords") if args.by_paper else run(corpus)
    if args.by == "issue":  # an issue id is a hash: say which page it is
        kw.insert(kw.columns.get_loc("group") + 1, "date", kw["group"].map(_issue_dates(corpus)))
    _write_table(kw, args)
    return 0


def _cmd_trends(args: argparse.Namespace) -> int:
    from corpus_tools.paper_groups import per_paper
    from corpus_tools.trends import keyword_trends

    args.path, given = split_paths_terms(args.path_terms)
    corpus = _read(args)
    # 乡村振兴,共同富裕 is two terms, as report --terms reads them
    terms = [t for arg in given for t in arg.replace("，", ",").split(",") if t.strip()]
    if not terms:
        raise ValueError(f"terms = {' '.join(given)!r} holds no term; give e.g. 乡村振兴 共同富裕")
    parse = _parse_options(args)

    def run(sub):
        return keyword_trends(sub, terms, by=args.by, normalize=args.normalize, match=args.match, parse=parse)

    tr = per_paper(corpus, run, what="trends") if args.by_paper else run(corpus)
    if args.by == "issue":
        tr.insert(0, "date", tr.index.get_level_values(-1).map(_issue_dates(corpus)))
    unit = TREND_UNITS[args.normalize]
    if args.format == "csv":  # the file stays a plain table: the unit goes to stderr
        sys.stderr.write(f"corpus-tools: trends: {unit}\n")
    _write_table(tr, args, index=True, title=f"trends, {unit}:")
    return 0


def _cmd_kwic(args: argparse.Namespace) -> int:
    from corpus_tools.concordance import kwic

    corpus = _read(args)
    df = kwic(corpus, args.query, width=args.width, regex=args.regex)
    df.insert(1, "date", df["issue_id"].map(_issue_dates(corpus)))
    _write_table(df, args)
    return 0


def _cmd_places(args: argparse.Namespace) -> int:
    from corpus_tools.entities import entity_counts, extract_entities
    from corpus_tools.admin_parents import with_parents
    from corpus_tools.report.entities import PLACE_UNITS, places_by_year

    corpus = _read(args)
    ents = extract_entities(corpus, progress=not args.quiet)
    if args.by == "year":
        df = places_by_year(ents, corpus)
    else:
        df = entity_counts(corpus, by="all", labels=list(PLACE_UNITS), entities=ents)
        df = with_parents(df.assign(name=df["norm"])[["name", "label", "admin_code", "count"]])
    _write_table(df, args)
    return 0


def _cmd_projects(args: argparse.Namespace) -> int:
    from corpus_tools.paper_groups import per_paper
    from corpus_tools.projects import project_investments

    corpus = _read(args)

    def run(sub):
        df = project_investments(sub, include_unlinked=args.unlinked)
        df.insert(1, "date", df["issue_id"].map(_issue_dates(sub)))
        return df

    _write_table(per_paper(corpus, run, what="projects") if args.by_paper else run(corpus), args)
    return 0


def _cmd_slogans(args: argparse.Namespace) -> int:
    from corpus_tools.paper_groups import per_paper
    from corpus_tools.slogans import extract_slogans, load_formula_lexicon, slogan_mentions
    from corpus_tools.slogans.periods import slogan_period_table

    corpus = _read(args)

    formulae = load_formula_lexicon(extra=args.formulae) if args.formulae else None  # None: the shipped one

    def run(sub):
        return (slogan_mentions(sub, formulae=formulae) if args.mentions
                else extract_slogans(sub, min_count=args.min_count, formulae=formulae))

    if args.by is not None:
        if args.mentions or args.by_paper:
            raise ValueError("--by gives the slogans' counts per period; leave out --mentions and --by-paper")
        _write_table(slogan_period_table(corpus, args.by, formulae=formulae, min_count=args.min_count), args)
        return 0
    df = per_paper(corpus, run, what="slogans") if args.by_paper else run(corpus)
    if not args.mentions:
        df["variants"] = df["variants"].map("|".join)
        df["printed"] = df["printed"].map("|".join)
    if args.format == "table" and not args.mentions:   # (user24 F8) a terminal's view; csv has every column whole
        df = df[[c for c in ("paper", *SLOGAN_VIEW) if c in df.columns]]
        df = df.map(lambda v: v[:15] + "…" if isinstance(v, str) and len(v) > 16 else v)
    _write_table(df, args)
    return 0


def _cmd_save(args: argparse.Namespace) -> int:
    from corpus_tools.store import save_corpus

    if (args.out is None) == (args.output is None):
        raise ValueError("give the output folder once: `corpus-tools save PAGES OUT` or `corpus-tools save PAGES -o OUT`")
    corpus = _read(args)
    nlp = _analysis_nlp(args) if "tokens" in args.tables else None
    out = save_corpus(corpus, args.out or args.output, tables=args.tables, nlp=nlp, n_process=args.n_process,
                      cache_dir=False if args.no_cache else None, progress=not args.quiet)
    sys.stderr.write(f"saved {counted(len(corpus), 'issue')}, {counted(len(corpus.articles), 'article')} and tables "
                     f"{sorted(set(args.tables) | {'articles', 'issues', 'blocks'})} to {out}\n")
    return 0


def _add_pipeline_args(p: argparse.ArgumentParser) -> None:
    """The options of the pipeline that parses the pages (analyses and ``save``)."""
    p.add_argument("--segmenter", choices=("pkuseg", "jieba", "char"), default="pkuseg",
                   help="word segmenter: pkuseg (default, our model), jieba (needs the jieba extra) or "
                        "char (single characters)")
    p.add_argument("--no-tagger", action="store_true", help="no POS tagger (and no POS filter)")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the parse cache")


def _add_analysis_args(p: argparse.ArgumentParser) -> None:
    _add_pipeline_args(p)
    _add_table_output(p)
    _add_quiet(p)


def _add_table_output(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("table", "csv"), default="table",
                   help="table (aligned text, default) or csv (UTF-8)")
    p.add_argument("-o", "--output", default=None, help="write to this file instead of stdout")


def _add_quiet(p: argparse.ArgumentParser) -> None:
    p.add_argument("-q", "--quiet", "--no-progress", dest="quiet", action="store_true",
                   help="no progress bars on stderr (--no-progress is an alias; bars are drawn only when "
                        "stderr is a terminal, never into a file or pipe)")


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
    _add_corpus_args(p, several=True)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table",
                   help="table (aligned text, default), csv or json (one record per article)")
    p.add_argument("-o", "--output", default=None, help="write to this file instead of stdout")
    p.add_argument("--width", type=int, default=24, help="body characters shown in the table")
    _add_quiet(p)
    p.set_defaults(func=_cmd_articles)

    ev = sub.add_parser("eval", help="score output against gold annotations")
    evsub = ev.add_subparsers(dest="task", required=True)

    p = evsub.add_parser("articles", help="page structure vs gold JSON files (one per page)")
    _add_corpus_args(p)
    p.add_argument("gold_dir", help="folder of gold article JSON files named <issue id>.json")
    p.set_defaults(func=_cmd_eval_articles)

    # Further subcommands register themselves below, one block each.

    # --- eval segment (segmentation engineer) ---
    p = evsub.add_parser("segment", help="word segmentation vs a SIGHAN gold file (P, R, F1, OOV recall)")
    p.add_argument("gold_file", help="SIGHAN gold file: one sentence a line, words separated by spaces")
    p.add_argument("--pred", default=None, help="segmented file to score (default: segment the gold text)")
    p.add_argument("--segmenter", default="pkuseg", help="pkuseg (default), jieba or char")
    p.add_argument("--training-words", default=None, help="word list defining OOV (e.g. pku_training_words.utf8)")
    p.set_defaults(func=_cmd_eval_segment)

    # --- eval slogans (slogans engineer) ---
    p = evsub.add_parser("slogans", help="slogans per page vs gold JSON files (precision, recall, counts)")
    p.add_argument("gold_dir", help="folder of gold slogan JSON files named <issue id>.json (gold/slogans)")
    p.add_argument("--pages", default=None, help="folder of the pages (default: the bundled seeds)")
    p.add_argument("--manifest", default=None, help="CSV with file,date,... for --pages")
    p.add_argument("--no-lexicon", action="store_true", help="structural rules only, without the shipped lexicon")
    p.add_argument("--format", choices=("table", "json"), default="table", help="table (default) or json")
    p.set_defaults(func=_cmd_eval_slogans)

    # --- eval entities (entities engineer) ---
    p = evsub.add_parser("entities", help="entities per page vs gold JSON files (per-label precision, recall, F1)")
    p.add_argument("gold_dir", nargs="+", help="folder(s) of gold entity JSON files named <page stem>.json "
                   "(gold/entities, gold/entities-dev); pages are <stem>.txt next to them or in --pages")
    p.add_argument("--pages", default=None, help="folder of <stem>.txt pages with manifest.csv (default: the bundled seeds)")
    p.add_argument("--labels", default=None, help="comma-separated labels to score (default: all)")
    p.add_argument("--no-model", action="store_true", help="rules only, without the statistical NER model")
    p.add_argument("--part", choices=("all", "tune", "held_apart"), default="all",
                   help="score only the tuning part or the held-apart part (src_rmrb_NN, NN divisible by 4)")
    p.add_argument("--errors", type=int, default=25, metavar="N",
                   help="list the N largest groups of false negatives/positives by pattern (0: none)")
    p.add_argument("--format", choices=("table", "json"), default="table", help="table (default) or json")
    p.set_defaults(func=_cmd_eval_entities)

    # --- report (docs/report engineer) ---
    p = sub.add_parser("report", help="write an HTML report (figures as PNG, tables as CSV) for a folder of pages")
    _add_corpus_args(p, several=True)
    p.add_argument("-o", "--output", required=True, help="folder to write index.html and its files into")
    p.add_argument("--terms", default=None,
                   help="comma-separated terms the trends section follows, e.g. 乡村振兴,高质量发展 "
                        "(default: the keywords shared by the most issues)")
    p.add_argument("--n-topics", type=int, default=None,
                   help="number of topics (default: the candidate with the best coherence)")
    p.add_argument("--by", choices=("issue", "month", "quarter", "year"), default=None,
                   help="period of keywords, topic shares and trends (default: issues when there are at most 12, "
                        "else the finest period with at most 12)")
    p.add_argument("--formulae", default=None, metavar="FILE", help=FORMULAE_HELP)
    p.add_argument("--config", default=None,
                   help="TOML or JSON file with report options: terms = [...], n_topics = N "
                        "(command-line options win)")
    _add_quiet(p)
    p.add_argument("--no-cache", action="store_true", help="do not read or write the parse cache")
    p.set_defaults(func=_cmd_report)

    # --- keywords, trends (analysis engineer) ---
    p = sub.add_parser("keywords", help="keywords per article, issue or period (ct.keywords, same defaults)")
    _add_corpus_args(p, several=True)
    p.add_argument("--by", choices=("article", "issue", "day", "month", "quarter", "year", "all"), default="issue",
                   help="keywords of each article, issue (default), calendar period or the whole corpus (all), "
                        "as ct.keywords(by=...)")
    p.add_argument("--method", choices=("tfidf", "textrank", "keyness"), default=None,
                   help="tfidf (distinctive of the group among articles), textrank (central in the group's text) "
                        "or keyness (G2 against the other groups); default: keyness when --by is not article, "
                        "else tfidf")
    p.add_argument("--top-n", type=int, default=20, help="keywords per group (default 20)")
    p.add_argument("--max-n", type=int, default=None,
                   help="longest n-gram of adjacent words, for tfidf/keyness (default 1, single words, as "
                        "ct.keywords; 2 adds pairs such as 乡村 振兴; textrank takes single words only)")
    p.add_argument("--by-paper", action="store_true",
                   help="one table per paper (a paper column in front), each paper's keywords found among its own "
                        "issues; with --by all (keyness): the words each paper uses more than the other paper(s), "
                        "as the report's 'Papers compared'")
    p.add_argument("--phrases", choices=("formulae", "marked", "none"), default="formulae",
                   help="terms kept whole although the segmenter cuts them: known formulae and the townships and "
                        "villages of the corpus's counties (default: 科学发展观 not 科学 + 发展观, 七家子镇 not 七 + 家 + "
                        "子镇), those and the corpus's marked slogans (runs the slogan detector), or none (the "
                        "segmenter's words only), as TermFilter(phrases=...)")
    _add_analysis_args(p)
    p.set_defaults(func=_cmd_keywords)

    p = sub.add_parser("trends", help="frequency of terms per issue or period")
    p.add_argument("path_terms", nargs="+", metavar="PATH [PATH ...] TERM",
                   help="a folder of page files, a glob or one file (several folders: one corpus, each with its "
                   "own manifest.csv), then the terms to count, separated by spaces or commas, e.g. "
                   "pages/ 乡村振兴 古城 or xianju/ pengxi/ 乡村振兴,古城 (the leading arguments that exist on disk "
                   "are the paths)")
    _add_corpus_args(p, path=False)
    p.add_argument("--by", choices=("issue", "day", "month", "quarter", "year", "all"), default="issue",
                   help="count per issue (default), calendar period (undated issues are left out of periods) "
                        "or the whole corpus (all)")
    p.add_argument("--normalize", choices=("per_10k", "count", "share_of_articles"), default="per_10k",
                   help="per_10k: per 10,000 words (default); count: raw counts; "
                        "share_of_articles: share of the group's articles containing the term")
    p.add_argument("--match", choices=("auto", "text", "token"), default="auto",
                   help="auto (default): count a term the segmenter keeps as one word by its tokens (not inside a "
                        "longer word), else in the text; text: every printing, also inside longer words; token: "
                        "tokens only, as keyword_trends(match=...)")
    p.add_argument("--by-paper", action="store_true",
                   help="count per paper and period (rows paper, period): each paper's own words are the base of "
                        "per_10k; without it the papers are pooled")
    _add_analysis_args(p)
    p.set_defaults(func=_cmd_trends)

    p = sub.add_parser("kwic", help="keyword in context: every occurrence of a string with the text around it")
    _add_corpus_args(p, several=True)
    p.add_argument("query", help="the string to find (line breaks of the page are ignored), e.g. 乡村振兴")
    p.add_argument("--width", type=int, default=15, help="characters of context on each side (default 15)")
    p.add_argument("--regex", action="store_true", help="read the query as a regular expression")
    _add_table_output(p)
    _add_quiet(p)
    p.set_defaults(func=_cmd_kwic)

    p = sub.add_parser("places", help="mentions of each township, village and community, with its code, township "
                                      "and county, per year or over the corpus")
    _add_corpus_args(p, several=True)
    p.add_argument("--by", choices=("year", "all"), default="year",
                   help="one column of mentions per year (default; undated issues left out, as the report's "
                        "places_by_year.csv) or one count over the whole corpus (all)")
    _add_table_output(p)
    _add_quiet(p)
    p.set_defaults(func=_cmd_places)

    p = sub.add_parser("projects", help="named projects with the amount the text gives for each and the place "
                                        "it is built in (ct.project_investments; rules: docs/projects.md)")
    _add_corpus_args(p, several=True)
    p.add_argument("--unlinked", action="store_true",
                   help="also list the amounts no project could be linked to (batch totals, unnamed works)")
    p.add_argument("--by-paper", action="store_true", help="a paper column in front (issues of no paper left out)")
    _add_table_output(p)
    _add_quiet(p)
    p.set_defaults(func=_cmd_projects)

    p = sub.add_parser("slogans", help="the slogan table (both layers, ct.extract_slogans) or every mention; the "
                                       "aligned table shows the main columns, long cells cut (…); --format csv has all")
    _add_corpus_args(p, several=True)
    p.add_argument("--mentions", action="store_true",
                   help="one row per mention with its sentence (ct.slogan_mentions) instead of one per slogan")
    p.add_argument("--min-count", type=int, default=1, help="slogans printed at least this often (default 1)")
    p.add_argument("--formulae", default=None, metavar="FILE", help=FORMULAE_HELP)
    p.add_argument("--by", choices=("issue", "month", "quarter", "year"), default=None,
                   help="one row per slogan, one column of counts per period (ct.slogan_trends); with year, "
                        "years without pages are columns of '—' (no pages), apart from 0 (no mention)")
    p.add_argument("--by-paper", action="store_true",
                   help="one table per paper (a paper column in front): each paper's slogans with their counts "
                        "and first dates in that paper; without it the papers are pooled")
    _add_table_output(p)
    _add_quiet(p)
    p.set_defaults(func=_cmd_slogans)

    p = sub.add_parser("save", help="save pages, articles and token, entity and slogan tables as Parquet")
    _add_corpus_args(p)
    p.add_argument("out", nargs="?", default=None,
                   help="output folder (Corpus.load / pandas / polars / DuckDB read it); or give it with -o")
    p.add_argument("-o", "--output", default=None, help="output folder, as for report (instead of OUT)")
    p.add_argument("--tables", nargs="+", default=list(SAVE_TABLES), choices=SAVE_TABLES,
                   help="tables to write (default: all of them; articles, issues and blocks are always written)")
    p.add_argument("--n-process", type=int, default=1, help="processes for parsing (-1: all cores)")
    _add_quiet(p)
    _add_pipeline_args(p)  # for the tokens table
    p.set_defaults(func=_cmd_save)
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
    except (CorpusToolsError, ValueError, OSError) as exc:  # OSError: e.g. an unwritable -o folder
        skip = getattr(exc, "skip_hint", None) if getattr(args, "errors", None) == "raise" else None
        said = f"{skip}; add --errors skip to skip such files and read the rest" if skip else str(exc)
        sys.stderr.write(f"corpus-tools: error: {said}\n")
        return 2
    finally:
        warnings.showwarning = showwarning


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
