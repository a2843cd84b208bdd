"""The ``corpus-tools eval`` sub-commands: page structure, word segmentation, slogans and entities scored against
gold annotations."""

from __future__ import annotations

import argparse
import json
import sys

from corpus_tools.cli_common import add_corpus_args, read_corpus_args

__all__ = ["add_eval_commands"]


def _cmd_eval_articles(args: argparse.Namespace) -> int:
    from corpus_tools.scoring.articles import score_corpus_articles

    corpus = read_corpus_args(args)
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
    from corpus_tools.scoring.slogans import MODES, corpus_predictions, score_slogans, slogan_differences

    corpus = load_seeds() if args.pages is None else read_corpus(args.pages, manifest=args.manifest)
    lexicon = False if args.no_lexicon else None
    pred, gold = corpus_predictions(corpus, args.gold_dir, lexicon=lexicon)
    scores = score_slogans(pred, gold, modes=MODES)
    diffs = slogan_differences(pred, gold, mode=args.details) if args.details else None
    if args.format == "json":
        out = scores.to_json(orient="records", force_ascii=False, indent=1)
        if diffs is not None:
            out = ('{"scores": ' + out + ', "differences": '
                   + diffs.to_json(orient="records", force_ascii=False, indent=1) + "}")
        sys.stdout.write(out + "\n")
    else:
        sys.stdout.write(scores.to_string(index=False, float_format=lambda x: f"{x:.3f}") + "\n")
        if diffs is not None:
            sys.stdout.write(f"\ndifferences ({args.details} matching): "
                             + ("none" if diffs.empty else "\n" + diffs.astype(object).where(diffs.notna(), "-").to_string(index=False)) + "\n")
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


def add_eval_commands(sub: argparse._SubParsersAction) -> None:
    """Register ``eval`` and its sub-commands (articles, segment, slogans, entities) on *sub*.

    Parameters
    ----------
    sub : argparse._SubParsersAction
        The sub-command registry of ``corpus-tools`` (``parser.add_subparsers()``).
    """
    ev = sub.add_parser("eval", help="score output against gold annotations")
    evsub = ev.add_subparsers(dest="task", required=True)

    p = evsub.add_parser("articles", help="page structure vs gold JSON files (one per page)")
    add_corpus_args(p)
    p.add_argument("gold_dir", help="folder of gold article JSON files named <issue id>.json")
    p.set_defaults(func=_cmd_eval_articles)

    p = evsub.add_parser("segment", help="word segmentation vs a SIGHAN gold file (P, R, F1, OOV recall)")
    p.add_argument("gold_file", help="SIGHAN gold file: one sentence a line, words separated by spaces")
    p.add_argument("--pred", default=None, help="segmented file to score (default: segment the gold text)")
    p.add_argument("--segmenter", default="pkuseg", help="pkuseg (default), jieba or char")
    p.add_argument("--training-words", default=None, help="word list defining OOV (e.g. pku_training_words.utf8)")
    p.set_defaults(func=_cmd_eval_segment)

    p = evsub.add_parser("slogans", help="slogans per page vs gold JSON files (precision, recall, counts)")
    p.add_argument("gold_dir", help="folder of gold slogan JSON files named <issue id>.json (gold/slogans)")
    p.add_argument("--pages", default=None, help="folder of the pages (default: the bundled seeds)")
    p.add_argument("--manifest", default=None, help="CSV with file,date,... for --pages")
    p.add_argument("--no-lexicon", action="store_true", help="structural rules only, without the shipped lexicon")
    p.add_argument("--format", choices=("table", "json"), default="table", help="table (default) or json")
    p.add_argument("--details", nargs="?", const="text", default=None, choices=("strict", "text", "lenient"),
                   help="also list the false positives (FP), false negatives (FN) and matched items whose kind or "
                        "count differs, per page, matched as that mode (default text)")
    p.set_defaults(func=_cmd_eval_slogans)

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
