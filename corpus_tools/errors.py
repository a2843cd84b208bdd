"""Exceptions raised by corpus_tools, and where its warnings point.

Files that cannot be read, bad manifests and the argument checks of the public functions
raise subclasses of :class:`CorpusToolsError`, so a notebook can catch them with one
``except`` clause. The argument checks (here and in ``corpus_tools._validate``) raise
:class:`InvalidArgumentError` or :class:`ArgumentTypeError`, which are also a ``ValueError``
and a ``TypeError``: ``except ValueError`` keeps working. A warning names the user's line
that called into the package (:func:`user_stacklevel`), however deep inside it the warning arose.
"""

from __future__ import annotations

import inspect
import os
from typing import Any

__all__ = ["CorpusToolsError", "CorpusReadError", "ManifestError", "InvalidArgumentError", "ArgumentTypeError",
           "check_corpus", "check_type", "counted", "user_stacklevel"]


class CorpusToolsError(Exception):
    """Base class of every error corpus_tools raises on bad input."""


class CorpusReadError(CorpusToolsError, OSError):
    """A page file is missing, binary, or cannot be decoded.

    The message names the file and, for decoding errors, the byte offset.
    """

    def __init__(self, message: str, *, path: str | None = None, offset: int | None = None):
        super().__init__(message)
        self.path = path
        self.offset = offset
        #: The message without the Python way out, when skipping the file is one (the command line
        #: names its own: ``--errors skip``); None when skipping would not help.
        self.skip_hint: str | None = None


class ManifestError(CorpusToolsError, ValueError):
    """A manifest names a missing file, has a bad date, or repeats an id."""


class InvalidArgumentError(CorpusToolsError, ValueError):
    """An argument has a value outside what is allowed; the message names the parameter, the
    value and what is allowed."""


class ArgumentTypeError(CorpusToolsError, TypeError):
    """An argument has the wrong type (a string where a corpus or a list is expected, None
    where text is expected); the message names the parameter and what was given."""


_CORPUS_HINT = "a Corpus (e.g. corpus_tools.load_seeds() or corpus_tools.read_corpus(path))"


def check_corpus(value: Any, name: str = "corpus") -> Any:
    """*value* if it is a corpus, else :class:`ArgumentTypeError` naming the parameter *name* and what was given.

    The targeted guard for the common mistakes: a string of text, None, a DataFrame.

    Examples
    --------
    >>> check_corpus("县委召开会议")
    Traceback (most recent call last):
    ...
    corpus_tools.errors.ArgumentTypeError: corpus must be a Corpus (e.g. corpus_tools.load_seeds() or corpus_tools.read_corpus(path)), got a str; read text with corpus_tools.read_corpus first
    """
    if isinstance(value, str):
        raise ArgumentTypeError(f"{name} must be {_CORPUS_HINT}, got a str; read text with corpus_tools.read_corpus first")
    if not hasattr(value, "articles") or not hasattr(value, "issues"):
        raise ArgumentTypeError(f"{name} must be {_CORPUS_HINT}, got {type(value).__name__}")
    return value


def check_type(name: str, value: Any, types: type | tuple[type, ...], expected: str) -> Any:
    """*value* if it is an instance of *types*, else :class:`ArgumentTypeError` naming *name*, *expected* and the type given.

    Examples
    --------
    >>> check_type("text", None, str, "a str")
    Traceback (most recent call last):
    ...
    corpus_tools.errors.ArgumentTypeError: text must be a str, got NoneType
    """
    if not isinstance(value, types):
        raise ArgumentTypeError(f"{name} must be {expected}, got {type(value).__name__}")
    return value


def counted(n: int, noun: str) -> str:
    """*n* and *noun*, plural when *n* is not 1 (``1 issue``, ``0 issues``), for messages.

    Examples
    --------
    >>> counted(1, "issue"), counted(0, "issue")
    ('1 issue', '0 issues')
    """
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


#: The package's folder: frames of files under it are the library's, not the user's.
_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


def user_stacklevel() -> int:
    """The ``stacklevel`` for :func:`warnings.warn` that names the first line outside corpus_tools.

    Called by the function that warns: a warning raised while ``read_corpus`` reads several folders
    (``read_corpus`` → its folders → ``read_pages`` → ``read_page``) names the user's ``read_corpus``
    line, as the same warning does when the user calls ``read_page`` directly.

    Returns
    -------
    int
        1 for the function that calls this one, plus one for every caller above it whose file is
        in the corpus_tools package.

    Examples
    --------
    >>> user_stacklevel()  # called from outside the package: the calling line itself
    1
    """
    frame = inspect.currentframe()
    frame = frame.f_back if frame is not None else None  # the function that warns
    level = 1
    while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        frame = frame.f_back
        level += 1
    return level
