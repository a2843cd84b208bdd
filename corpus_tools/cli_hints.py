"""Hints for a mistyped command line: the option a user probably meant (``--normalise`` -> ``--normalize``), and a
parser that never guesses an abbreviated option (``--by`` is not ``--by-paper``)."""

from __future__ import annotations

import argparse
from typing import Sequence

__all__ = ["option_hint", "subparser", "StrictParser", "option_names"]


class StrictParser(argparse.ArgumentParser):
    """An argument parser that takes no abbreviated options, and so do the subparsers it makes (user24: ``slogans
    PAGES --by year`` ran as ``--by-paper``); an unknown option is then named, with :func:`option_hint`'s guess."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)


def subparser(parser: argparse.ArgumentParser, args: argparse.Namespace) -> argparse.ArgumentParser:
    """The (sub)parser of the command *args* ran (``eval entities``: the innermost)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            name = getattr(args, action.dest, None)
            if name in action.choices:
                return subparser(action.choices[name], args)
    return parser


def option_hint(extras: Sequence[str], parser: argparse.ArgumentParser) -> str:
    """``; did you mean --normalize?`` for unknown options close to one of *parser*'s.

    Examples
    --------
    >>> p = argparse.ArgumentParser(); _ = p.add_argument("--normalize"); _ = p.add_argument("--pattern")
    >>> option_hint(["--normalise", "count", "--patern"], p)
    '; did you mean --normalize (for --normalise), --pattern (for --patern)?'
    >>> option_hint(["乡村振兴"], p)
    ''
    >>> option_hint(["--norm", "count"], p)
    '; did you mean --normalize (for --norm)?'
    >>> _ = p.add_argument("--paper"); option_hint(["--by-paper"], p)
    ''
    """
    import difflib

    known = [o for a in parser._actions for o in a.option_strings if o.startswith("--")]
    close = [([o for o in known if o.startswith(x.split("=", 1)[0])][:1]  # a prefix abbreviations once took
              or difflib.get_close_matches(x.split("=", 1)[0], known, n=1, cutoff=0.75), x) for x in extras
             if x.startswith("--") and x.split("=", 1)[0] not in known]
    said = [f"{m[0]} (for {x.split('=', 1)[0]})" for m, x in close if m and not _another_word(x.split("=", 1)[0], m[0])]
    return f"; did you mean {', '.join(said)}?" if said else ""


def _another_word(typed: str, known: str) -> bool:
    """Whether *typed* is *known* with a word added or taken away (``--by-paper`` / ``--paper``): another option,
    not a typo of it (``keyness --by-paper`` is not ``--paper``, which names a paper)."""
    a, b = typed.lstrip("-"), known.lstrip("-")
    return a != b and (a.endswith("-" + b) or b.endswith("-" + a) or a.startswith(b + "-"))


def option_names(message: str, parser: argparse.ArgumentParser) -> str:
    """*message* with the Python names of *parser*'s options (``min_count = -1``) written as the command line
    spells them (``--min-count = -1``): the library's messages name its parameters (user26 F9).

    Examples
    --------
    >>> p = argparse.ArgumentParser(); _ = p.add_argument("--min-count", type=int)
    >>> option_names("min_count = -1 is invalid; must be an int >= 1", p)
    '--min-count = -1 is invalid; must be an int >= 1'
    """
    import re

    for action in parser._actions:
        longs = [o for o in action.option_strings if o.startswith("--")]
        if longs and action.dest != "help":
            message = re.sub(rf"(?<![\w-]){re.escape(action.dest)} = ", f"{longs[0]} = ", message)
    return message
