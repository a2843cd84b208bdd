"""Body units closed by an outlet's credit (``据《南充日报》（记者 孙悦）``) cut in two: the text and the credit, a
byline unit of the same article (:func:`split_source_credits`). The credit's forms are read by
:mod:`corpus_tools.layout.reprints`, which the line modules import; this step works on the layout's units.
"""

from __future__ import annotations

from corpus_tools.layout.reprints import credit_tail
from corpus_tools.layout.units import Unit

__all__ = ["split_source_credits", "raw_text"]


def split_source_credits(units: list[Unit], raw: str) -> list[Unit]:
    """Body units closed by an outlet's credit (:func:`credit_tail`), cut in two: the text and the credit,
    a byline unit of the same article right after it. Returns the new list (only offsets move: no
    character is lost)."""
    out: list[Unit] = []
    for i, u in enumerate(units):
        home = u.rank == i  # (printed where it is read; a moved tail keeps its rank)
        cut = credit_tail(u.text) if u.final == "body" and u.article is not None and not u.repairs else None
        at = _raw_offset(u, raw, cut) if cut else None
        if home:
            u.rank = float(len(out))
        if at is None:
            out.append(u)
            continue
        head = [(a, min(b, at)) for a, b in u.pieces if a < at]
        end = head[-1][0] + len(raw[head[-1][0]:head[-1][1]].rstrip())
        head[-1] = (head[-1][0], end)
        tail = [(max(a, at), b) for a, b in u.pieces if b > at]
        u.pieces, u.text = head, u.text[:cut].rstrip()
        out.append(u)
        rank = float(len(out)) if home else u.rank + 0.5
        out.append(Unit("byline", tail, raw_text(raw, tail), article=u.article, final="byline", rank=rank))
    return out


def raw_text(raw: str, pieces: list[tuple[int, int]]) -> str:
    """The printed text of ``pieces`` with its line breaks dropped."""
    return "".join("".join(raw[a:b].split("\n")).strip() for a, b in pieces)


def _raw_offset(u: Unit, raw: str, k: int) -> int | None:
    """The raw offset of the ``k``-th character of ``u.text`` (counted by non-space characters), or None when
    the unit's text is not its printed characters."""
    want = sum(1 for ch in u.text[:k] if not ch.isspace())
    total = sum(1 for a, b in u.pieces for ch in raw[a:b] if not ch.isspace())
    if total != sum(1 for ch in u.text if not ch.isspace()):
        return None
    seen = 0
    for a, b in u.pieces:
        for j in range(a, b):
            if not raw[j].isspace():
                if seen == want:
                    return j
                seen += 1
    return None
