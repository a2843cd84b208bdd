"""Exceptions raised by corpus_tools.

Every error a user can trigger with bad input derives from :class:`CorpusToolsError`,
so a notebook can catch them all with one ``except`` clause.
"""

from __future__ import annotations

__all__ = ["CorpusToolsError", "CorpusReadError", "ManifestError"]


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


class ManifestError(CorpusToolsError, ValueError):
    """A manifest names a missing file, has a bad date, or repeats an id."""
