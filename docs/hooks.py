"""MkDocs hook: show Sphinx cross-reference roles in docstrings as code.

The docstrings follow numpydoc, which writes references as ``:func:`keywords``` or
``:class:`~corpus_tools.corpus.Corpus```; mkdocstrings renders the role name literally.
This turns ``:role:<code>x</code>`` into ``<code>x</code>`` (for ``~a.b.c``, ``<code>c</code>``).
"""

from __future__ import annotations

import re

_ROLE = re.compile(r":(?:py:)?(?:func|class|meth|mod|data|attr|exc|obj|const|ref|term):<code>(~?)([^<]*)</code>")


def _replace(match: re.Match) -> str:
    tilde, target = match.groups()
    return f"<code>{target.rsplit('.', 1)[-1] if tilde else target}</code>"


def on_page_content(html: str, **_: object) -> str:
    return _ROLE.sub(_replace, html)
