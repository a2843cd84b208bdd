"""The ``corpus-tools`` sub-commands that analyse the words of the pages: ``keywords``, ``trends``, ``kwic``,
``keyness`` and ``collocations``."""

from __future__ import annotations

import argparse
import sys

from corpus_tools.cli_common import (add_analysis_args, add_corpus_args, add_quiet, add_table_output, issue_dates,
                                     parse_options, read_corpus_args, write_table)
from corpus_tools.cli_paths import select_years, split_paths_terms
from corpus_tools.period_labels import PERIODS

__all__ = ["TREND_UNITS", "add_analysis_commands"]

#: What a ``trends`` cell counts, per ``--normalize`` (shown above the table; the slogan tables count
#: per 10,000 body *characters*, ``per_10k_chars``, so the two rates differ for the same term).
TREND_UNITS = {"per_10k": "per 10,000 words (tokens of the segmenter; slogan tables: per 10,000 characters)",
               "count": "occurrences", "share_of_articles": "share of the group's articles containing the term"}


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
    corpus = read_corpus_args(args)
    phrases = {"formulae": ("formulae", "places", "mined"), "marked": ("formulae", "places", "mined", "marked"),
               "entities": ("formulae", "places", "mined", "entities"), "none": ()}[args.phrases]
    term_filter = TermFilter(pos=None, phrases=phrases) if args.no_tagger else TermFilter(phrases=phrases)
    if compare:  # one group per paper: the words each paper uses more than the others
        kw = keyness_by_paper(named_papers(corpus, what="keywords"), top_n=args.top_n,
                              parse=parse_options(args), term_filter=term_filter)
        write_table(kw, args)
        return 0
    parse = parse_options(args)

    def run(sub):
        return keywords(sub, by=args.by, method=args.method, top_n=args.top_n, ngram_range=(1, max_n),
                        parse=parse, term_filter=term_filter)

    kw = per_paper(corpus, run, what="keywords") if args.by_paper else run(corpus)
    if args.by == "issue":  # an issue id is a hash: say which page it is
        kw.insert(kw.columns.get_loc("group") + 1, "date", kw["group"].map(issue_dates(corpus)))
    write_table(kw, args)
    return 0


def _cmd_trends(args: argparse.Namespace) -> int:
    from corpus_tools.paper_groups import per_paper
    from corpus_tools.trends import keyword_trends

    args.path, given = split_paths_terms(args.path_terms, need_terms=not args.terms)
    given = [*given, args.terms] if args.terms else given   # --terms a,b as report --terms (user30b F13)
    corpus = read_corpus_args(args)
    # 乡村振兴,共同富裕 is two terms, as report --terms reads them
    terms = [t for arg in given for t in arg.replace("，", ",").split(",") if t.strip()]
    if not terms:
        raise ValueError(f"terms = {' '.join(given)!r} holds no term; give e.g. 乡村振兴 共同富裕")
    parse = parse_options(args)

    def run(sub):
        return keyword_trends(sub, terms, by=args.by, normalize=args.normalize, match=args.match, parse=parse)

    tr = per_paper(corpus, run, what="trends") if args.by_paper else run(corpus)
    if args.by == "issue":
        tr.insert(0, "date", tr.index.get_level_values(-1).map(issue_dates(corpus)))
    unit = TREND_UNITS[args.normalize]
    if args.format == "csv":  # the file stays a plain table: the unit goes to stderr
        sys.stderr.write(f"corpus-tools: trends: {unit}\n")
    write_table(tr, args, index=True, title=f"trends, {unit}:")
    return 0


def _cmd_kwic(args: argparse.Namespace) -> int:
    from corpus_tools.concordance import kwic

    corpus = read_corpus_args(args)
    df = kwic(corpus, args.query, width=args.width, regex=args.regex, parts=args.parts)
    df.insert(1, "date", df["issue_id"].map(issue_dates(corpus)))
    write_table(df, args)
    return 0


def _keyness_groups(args: argparse.Namespace):
    """The target and reference corpora ``keyness`` compares: two year ranges of one corpus, or two folders."""
    if len(args.path) > 2:
        raise ValueError(f"keyness compares two groups: give one PATH with --target and --reference years, two "
                         f"PATHs (target, reference: folders or quoted globs), or --by-paper; got {len(args.path)} "
                         "PATHs")
    if len(args.path) == 2:
        if args.target or args.reference:
            raise ValueError("with two PATHs the first is the target and the second the reference; leave out "
                             "--target and --reference (or give one PATH and both)")
        return [read_corpus_args(argparse.Namespace(**{**vars(args), "path": [one]})) for one in args.path]
    if not (args.target and args.reference):
        raise ValueError("keyness needs two groups: --target FROM-TO and --reference FROM-TO (years, e.g. "
                         "--target 2013-2024 --reference 2000-2012), two PATHs (folders or quoted globs, e.g. "
                         "\"pages/营山报*.txt\" \"pages/蓬安报*.txt\"), or --by-paper (each paper of the pages against "
                         "the other(s), as ct.keyness_by_paper)")
    corpus = read_corpus_args(args)
    return [select_years(corpus, args.target), select_years(corpus, args.reference)]


def _cmd_keyness(args: argparse.Namespace) -> int:
    from corpus_tools.keywords import keyness

    if args.by_paper:
        return _keyness_by_paper(args)
    target, reference = _keyness_groups(args)
    df = keyness(target, reference, measure=args.measure, min_count=args.min_count, top_n=args.top_n,
                 parse=parse_options(args))
    write_table(df, args)
    return 0


def _keyness_by_paper(args: argparse.Namespace) -> int:
    """``keyness --by-paper``: each paper's words against the other paper(s), as ct.keyness_by_paper."""
    from corpus_tools.paper_groups import keyness_by_paper, named_papers

    if args.target or args.reference:
        raise ValueError("--by-paper sets each paper against the others over all years; leave out --target and "
                         "--reference (or select the years with two PATHs)")
    corpus = read_corpus_args(args)
    df = keyness_by_paper(named_papers(corpus, what="keyness"), top_n=args.top_n, measure=args.measure,
                          min_count=args.min_count, parse=parse_options(args))
    write_table(df, args)
    return 0


def _cmd_collocations(args: argparse.Namespace) -> int:
    from corpus_tools.concordance import collocations

    corpus = read_corpus_args(args)
    df = collocations(corpus, word=args.word, measure=args.measure, window=args.window, min_count=args.min_count,
                      top_n=args.top_n, parse=parse_options(args), persons=args.persons)
    write_table(df, args)
    return 0


def add_analysis_commands(sub: argparse._SubParsersAction) -> None:
    """Register ``keywords``, ``trends``, ``kwic``, ``keyness`` and ``collocations`` on *sub*.

    Parameters
    ----------
    sub : argparse._SubParsersAction
        The sub-command registry of ``corpus-tools`` (``parser.add_subparsers()``).
    """
    p = sub.add_parser("keywords", help="keywords per article, issue or period (ct.keywords, same defaults)")
    add_corpus_args(p, several=True)
    p.add_argument("--by", choices=("article", "issue", *PERIODS, "all"), default="issue",
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
    p.add_argument("--phrases", choices=("formulae", "marked", "none", "entities"), default="formulae",
                   help="terms kept whole although the segmenter cuts them: known formulae and the townships and "
                        "villages of the corpus's counties (default: 科学发展观 not 科学 + 发展观, 七家子镇 not 七 + 家 + "
                        "子镇), those and the corpus's marked slogans (runs the slogan detector), those and the names "
                        "the entity tagger finds (entities: 仇海涛 not 仇 + 海涛; runs the tagger), or none (the "
                        "segmenter's words only), as TermFilter(phrases=...)")
    add_analysis_args(p)
    p.set_defaults(func=_cmd_keywords)

    p = sub.add_parser("trends", help="frequency of terms per issue or period")
    p.add_argument("path_terms", nargs="+", metavar="PATH [PATH ...] TERM",
                   help="a folder of page files, a glob or one file (several folders: one corpus, each with its "
                   "own manifest.csv), then the terms to count, separated by spaces or commas, e.g. "
                   "pages/ 乡村振兴 古城 or xianju/ pengxi/ 乡村振兴,古城 (the leading arguments that exist on disk "
                   "are the paths)")
    add_corpus_args(p, path=False)
    p.add_argument("--terms", default=None,
                   help="comma-separated terms, as report --terms (added to the terms after the paths): "
                        "trends pages/ --terms 街巷长制,红色物业")
    p.add_argument("--by", choices=("issue", *PERIODS, "all"), default="issue",
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
    add_analysis_args(p)
    p.set_defaults(func=_cmd_trends)

    p = sub.add_parser("kwic", help="keyword in context: every occurrence of a string with the text around it")
    add_corpus_args(p, several=True)
    p.add_argument("query", help="the string to find (line breaks of the page are ignored), e.g. 乡村振兴")
    p.add_argument("--width", type=int, default=15, help="characters of context on each side (default 15)")
    p.add_argument("--regex", action="store_true", help="read the query as a regular expression")
    p.add_argument("--parts", choices=("text", "all"), default="text",
                   help="text: titles, subtitles and bodies (default); all: also banners, kickers and captions, "
                        "as the slogan tables count (a last column part)")
    add_table_output(p)
    add_quiet(p)
    p.set_defaults(func=_cmd_kwic)

    what = ("words one group of pages uses more than another (ct.keyness): two eras of one folder (--target/"
            "--reference years), two PATHs (folders or quoted globs: \"pages/营山报*.txt\" \"pages/蓬安报*.txt\"), or "
            "each paper against the other(s) (--by-paper)")
    p = sub.add_parser("keyness", help=what, description=what)
    add_corpus_args(p, several=True)
    p.add_argument("--target", default=None, metavar="FROM-TO",
                   help="years of the target group, e.g. 2013-2024 (with one PATH)")
    p.add_argument("--reference", default=None, metavar="FROM-TO",
                   help="years of the reference group, e.g. 2000-2012 (with one PATH)")
    p.add_argument("--measure", choices=("g2", "log_ratio"), default="g2",
                   help="g2: log-likelihood (default, with p-values); log_ratio: effect size")
    p.add_argument("--min-count", type=int, default=3, help="words printed at least this often in the two groups "
                                                              "(default 3)")
    p.add_argument("--top-n", type=int, default=50, help="rows (default 50; per paper with --by-paper)")
    p.add_argument("--by-paper", action="store_true",
                   help="one group per paper of the pages (masthead, file name, manifest or --paper): the words "
                        "each paper uses more than the other paper(s), as ct.keyness_by_paper and the report's "
                        "'Papers compared' (a paper column in front)")
    add_analysis_args(p)
    p.set_defaults(func=_cmd_keyness)

    p = sub.add_parser("collocations", help="word pairs printed together more than chance (ct.collocations); with "
                                            "--word, the words next to one word")
    add_corpus_args(p, several=True)
    p.add_argument("--word", default=None, help="only pairs holding this word, e.g. 乡村振兴 (default: all pairs)")
    p.add_argument("--measure", choices=("log_dice", "pmi"), default="log_dice",
                   help="log_dice (default) or pmi")
    p.add_argument("--window", type=int, default=1, help="words between the two (default 1: adjacent)")
    p.add_argument("--min-count", type=int, default=3, help="pairs printed at least this often (default 3)")
    p.add_argument("--top-n", type=int, default=50, help="rows (default 50)")
    p.add_argument("--persons", action="store_true",
                   help="keep the corpus's PERSON names whole (书记|佟立新, not 书记|佟); runs the entity tagger")
    add_analysis_args(p)
    p.set_defaults(func=_cmd_collocations)
