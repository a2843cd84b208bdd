"""The ``corpus-tools cache`` sub-command: where the cache of analysed pages is, how big, and emptying it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

__all__ = ["add_cache_command"]


def _size(root: Path) -> tuple[int, int]:
    files = [p for p in root.rglob("*") if p.is_file()] if root.is_dir() else []
    return len(files), sum(p.stat().st_size for p in files)


def _cmd_cache(args: argparse.Namespace) -> int:
    from corpus_tools.analysis_cache import analysis_cache_dir, clear_analysis_cache
    from corpus_tools.parsing import clear_cache, default_cache_dir

    base = Path(args.cache).expanduser() if args.cache else default_cache_dir()
    if args.action == "clear":
        n = clear_analysis_cache(base) + clear_cache(base)
        sys.stdout.write(f"removed {n} files from {base}\n")
        return 0
    analysis = analysis_cache_dir(base)
    n_a, b_a = _size(analysis)
    n_p, b_p = _size(base / "shards")
    sys.stdout.write(f"cache folder: {base}\n"
                     f"  analysed pages (layout, entities): {n_a} files, {b_a / 1e6:.1f} MB in {analysis}\n"
                     f"  parses (keywords, trends, topics): {n_p} files, {b_p / 1e6:.1f} MB in {base / 'shards'}\n")
    return 0


def add_cache_command(sub: argparse._SubParsersAction) -> None:
    """Register ``cache`` on *sub*.

    Parameters
    ----------
    sub : argparse._SubParsersAction
        The sub-command registry of ``corpus-tools``.
    """
    p = sub.add_parser("cache", help="show where the cache of analysed pages is and its size (info), or empty it "
                                     "(clear)")
    p.add_argument("action", choices=("info", "clear"), help="info (default folder and size) or clear")
    p.add_argument("--cache", default=None, metavar="DIR",
                   help="the cache folder (default: $CORPUS_TOOLS_CACHE, else ~/.cache/corpus_tools)")
    p.set_defaults(func=_cmd_cache)
