"""The ``corpus-tools`` sub-commands that list what the pages name: ``entities``, ``places``, ``bylines``,
``projects`` and ``slogans``."""

from __future__ import annotations

import argparse

from corpus_tools.cli_common import (FORMULAE_HELP, add_corpus_args, add_quiet, add_table_output, cut_cells,
                                     issue_dates, read_corpus_args, write_table)
from corpus_tools.period_labels import PERIODS

__all__ = ["SLOGAN_VIEW", "add_table_commands"]

#: Columns of the aligned ``slogans`` table (``--format csv`` writes all of extract_slogans' columns).
SLOGAN_VIEW = ("text", "group", "kind", "level", "source", "year", "count", "n_quoted", "n_issues", "first_date", "last_date",
               "variants")


def _with_dates(df, corpus):
    """*df* (a per-mention table with ``issue_id``) with the issue's ``date`` after ``issue_id``."""
    df.insert(df.columns.get_loc("issue_id") + 1, "date", df["issue_id"].map(issue_dates(corpus)))
    return df


def _cmd_entities(args: argparse.Namespace) -> int:
    from corpus_tools.entities import LABELS, extract_entities

    labels = None
    if args.labels:
        labels = [x.strip().upper() for x in args.labels.replace("，", ",").split(",") if x.strip()]
        bad = [x for x in labels if x not in LABELS]
        if bad:
            raise ValueError(f"--labels {args.labels!r}: {', '.join(bad)} is not a label; allowed: {', '.join(LABELS)}")
    from corpus_tools.place_links import with_place_links

    corpus = read_corpus_args(args)
    ents = extract_entities(corpus, labels=labels, progress=not args.quiet)
    df = _with_dates(with_place_links(ents, corpus), corpus)  # link: exact, short, stem, former…, not-in-gazetteer
    if args.format == "table":   # a terminal's view: the sentence column is long
        df = cut_cells(df.drop(columns=["sentence"], errors="ignore"))
    write_table(df, args)
    return 0


def _cmd_places(args: argparse.Namespace) -> int:
    from corpus_tools.entities import extract_entities
    from corpus_tools.place_mentions import place_mentions, place_table

    corpus = read_corpus_args(args)
    ents = extract_entities(corpus, progress=not args.quiet)
    mentions = place_mentions(ents, corpus)
    df = _with_dates(mentions, corpus) if args.mentions else place_table(mentions, corpus, by=args.by)
    write_table(df, args)
    return 0


def _cmd_bylines(args: argparse.Namespace) -> int:
    from corpus_tools.byline_table import byline_table

    corpus = read_corpus_args(args)
    df = byline_table(corpus, progress=not args.quiet)
    # (the date as a date; the label that tells pages of one date apart beside it, user34b F10)
    df["date"] = [None if d is None or d != d else str(d) for d in df["date"]]
    df.insert(df.columns.get_loc("date") + 1, "issue_label", df["issue_id"].map(issue_dates(corpus)))
    if args.format == "table":
        df = cut_cells(df)
    write_table(df, args)
    return 0


def _cmd_projects(args: argparse.Namespace) -> int:
    from corpus_tools.paper_groups import per_paper
    from corpus_tools.projects import project_investments

    corpus = read_corpus_args(args)

    def run(sub):
        df = project_investments(sub, include_unlinked=args.unlinked)
        df.insert(1, "date", df["issue_id"].map(issue_dates(sub)))
        return df

    write_table(per_paper(corpus, run, what="projects") if args.by_paper else run(corpus), args)
    return 0


def _cmd_slogans(args: argparse.Namespace) -> int:
    from corpus_tools.paper_groups import per_paper
    from corpus_tools.slogans import extract_slogans, load_formula_lexicon, slogan_mentions
    from corpus_tools.slogans.periods import slogan_period_table

    corpus = read_corpus_args(args)

    formulae = load_formula_lexicon(extra=args.formulae) if args.formulae else None  # None: the shipped one

    def run(sub):
        return (slogan_mentions(sub, formulae=formulae) if args.mentions
                else extract_slogans(sub, min_count=args.min_count, formulae=formulae))

    if args.by is not None:
        if args.mentions or args.by_paper:
            raise ValueError("--by gives the slogans' counts per period; leave out --mentions and --by-paper")
        df = slogan_period_table(corpus, args.by, formulae=formulae, min_count=args.min_count)
    else:
        df = per_paper(corpus, run, what="slogans") if args.by_paper else run(corpus)
        if not args.mentions:
            df["variants"] = df["variants"].map("|".join)
            df["printed"] = df["printed"].map("|".join)
            if args.format == "table":
                df = df[[c for c in ("paper", *SLOGAN_VIEW) if c in df.columns]]
    if args.format == "table" and not args.mentions:   # (user24 F8) a terminal's view; csv has every column whole
        df = cut_cells(df)
    write_table(df, args)
    return 0


def add_table_commands(sub: argparse._SubParsersAction) -> None:
    """Register ``entities``, ``places``, ``bylines``, ``projects`` and ``slogans`` on *sub*.

    Parameters
    ----------
    sub : argparse._SubParsersAction
        The sub-command registry of ``corpus-tools`` (``parser.add_subparsers()``).
    """
    p = sub.add_parser("entities", help="every entity mention, one row per mention with issue_id, date, article_id, "
                                        "label, offsets, sentence, admin_code and, for places, link and linked_to "
                                        "(ct.extract_entities, ct.with_place_links)")
    add_corpus_args(p, several=True)
    p.add_argument("--labels", default=None,
                   help="comma-separated labels to keep, e.g. PERSON,ORG (default: all of VILLAGE, TOWNSHIP, "
                        "COMMUNITY, GPE, ORG, PERSON, PROJECT, FAC, LOC, EVENT, DOC)")
    add_table_output(p)
    add_quiet(p)
    p.set_defaults(func=_cmd_entities)

    p = sub.add_parser("places", help="mentions of each township, village and community, with its code, township "
                                      "and county, per year or over the corpus")
    add_corpus_args(p, several=True)
    p.add_argument("--by", choices=("year", "all"), default="year",
                   help="one column of mentions per year (default; undated issues left out, as the report's "
                        "places_by_year.csv) or one count over the whole corpus (all)")
    p.add_argument("--mentions", action="store_true",
                   help="one row per mention (issue_id, date, article_id, printed, name, admin_code, link, township "
                        "…: ct.place_mentions), to join with the articles table, instead of one row per place")
    add_table_output(p)
    add_quiet(p)
    p.set_defaults(func=_cmd_places)

    p = sub.add_parser("bylines", help="one row per (role, name) pair of every article's byline, with issue_id, date, "
                                       "article_id, section and title; kind marks a unit's credit (ct.byline_table)")
    add_corpus_args(p, several=True)
    add_table_output(p)
    add_quiet(p)
    p.set_defaults(func=_cmd_bylines)

    p = sub.add_parser("projects", help="named projects with the amount the text gives for each and the place "
                                        "it is built in (ct.project_investments; rules: docs/projects.md)")
    add_corpus_args(p, several=True)
    p.add_argument("--unlinked", action="store_true",
                   help="also list the amounts no project could be linked to (batch totals, unnamed works)")
    p.add_argument("--by-paper", action="store_true", help="a paper column in front (issues of no paper left out)")
    add_table_output(p)
    add_quiet(p)
    p.set_defaults(func=_cmd_projects)

    p = sub.add_parser("slogans", help="the slogan table (both layers, ct.extract_slogans) or every mention; the "
                                       "aligned table shows the main columns, long cells cut (…); --format csv has all")
    add_corpus_args(p, several=True)
    p.add_argument("--mentions", action="store_true",
                   help="one row per mention with its sentence (ct.slogan_mentions) instead of one per slogan")
    p.add_argument("--min-count", type=int, default=1, help="slogans printed at least this often (default 1)")
    p.add_argument("--formulae", default=None, metavar="FILE", help=FORMULAE_HELP)
    p.add_argument("--by", choices=("issue", *PERIODS), default=None,
                   help="one row per slogan, one column of counts per period (ct.slogan_trends); with year, "
                        "years without pages are columns of '—' (no pages), apart from 0 (no mention)")
    p.add_argument("--by-paper", action="store_true",
                   help="one table per paper (a paper column in front): each paper's slogans with their counts "
                        "and first dates in that paper; without it the papers are pooled")
    add_table_output(p)
    add_quiet(p)
    p.set_defaults(func=_cmd_slogans)
