"""Strict scores and per-item errors of marked slogans on released gold folders (blind9-11 and the like).

    python training/slogans/released_errors.py /work/wt/blind-gold/blind9 /work/wt/blind-gold/blind10

``DIR:stem,stem`` scores only those reports (the open part of a dev set). It prints every miss and false
alarm with the detector's evidence and a stretch of the text around it, so it reads only open folders
(:func:`open_stems`): the released blind sets blind9-11, a ``devN`` folder only with its stems given and
only open ones (``d4_01``-``d4_08``, ``dN_01``-``dN_10``; never the kept-apart ``d4_09``-``d4_12``,
``dN_11``-``dN_14``), and folders of text written for the purpose; blind12/13 (the check fold of round 17) are open
since round 18; any other ``blindN`` (blind14 is the check fold of round 18, blind15 on are blind) and ``pagesN``
beyond pages13-19 (pages20) are refused. The open lists are
:data:`train_org_arbiter.OPEN_DEV`, ``OPEN_BLIND`` and ``OPEN_PAGES`` (one list for every training script),
with blind12/13 added here to :data:`OPEN_BLIND` until the org arbiter's list, trained on by its owner, takes them.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ner"))
from train_org_arbiter import OPEN_BLIND as _ORG_OPEN_BLIND, OPEN_DEV, OPEN_PAGES  # noqa: E402

#: blind12 and blind13, the check fold of round 17, were released as open data in round 18 (they have been read).
OPEN_BLIND = tuple(sorted({*_ORG_OPEN_BLIND, 12, 13}))

_SET_RE = re.compile(r"^(blind|dev|pages)(\d+)$")


def open_stems(folder: Path, stems: list[str] | None) -> list[str] | None:
    """The stems to read in *folder*, or ValueError when the folder or a stem is not open.

    Parameters
    ----------
    folder : Path
        A gold folder (``slogans/`` and ``texts/``); its name (or the name it links to) tells the set.
    stems : list of str or None
        The reports asked for (None: every report; refused for a ``devN`` folder).

    Returns
    -------
    list of str or None
        *stems* unchanged when they may be read.
    """
    for name in {folder.name, folder.resolve().name}:
        m = _SET_RE.match(name)
        if m is None:
            continue
        kind, n = m.group(1), int(m.group(2))
        if kind == "blind" and n not in OPEN_BLIND:
            raise ValueError(f"{folder}: {name} is blind; open blind sets: "
                             + ", ".join(f"blind{b}" for b in OPEN_BLIND))
        if kind == "pages" and n not in OPEN_PAGES:
            raise ValueError(f"{folder}: {name} is not open; open pages: " + ", ".join(f"pages{p}" for p in OPEN_PAGES))
        if kind == "dev":
            if n not in OPEN_DEV:
                raise ValueError(f"{folder}: {name} has no open part; dev sets: "
                                 + ", ".join(f"dev{d}" for d in OPEN_DEV))
            if stems is None:
                raise ValueError(f"{folder}: give the open stems of {name} (DIR:stem,stem); "
                                 f"open: {OPEN_DEV[n][0]}..{OPEN_DEV[n][-1]}")
            apart = sorted(set(stems) - set(OPEN_DEV[n]))
            if apart:
                raise ValueError(f"{folder}: {', '.join(apart)} not open (kept apart or unknown); "
                                 f"open: {OPEN_DEV[n][0]}..{OPEN_DEV[n][-1]}")
    return stems


def folder_errors(folder: Path, stems: list[str] | None = None) -> tuple[tuple[int, int, int], list[str]]:
    """((tp, fp, fn), error lines) of the strict (key, kind) match on the reports *stems* of *folder*
    (every report when None)."""
    from corpus_tools.scoring.slogans import load_slogan_gold, read_text_reports
    from corpus_tools.slogans import page_slogans, slogan_key

    stems = open_stems(folder, stems)
    gold = load_slogan_gold(folder / "slogans")
    if stems is not None:
        unknown = sorted(set(stems) - set(gold))
        if unknown:
            raise ValueError(f"{folder}: no gold for {', '.join(unknown)}; reports: {', '.join(sorted(gold))}")
        gold = {k: gold[k] for k in stems}
    tp = fp = fn = 0
    out = []
    for issue in read_text_reports(folder / "texts", sorted(gold)):
        text = (folder / "texts" / f"{issue.id}.txt").read_text(encoding="utf-8")
        g = {(slogan_key(i["text"]), i["kind"]) for i in gold[issue.id]}
        pred = page_slogans(issue)
        p = {(slogan_key(r.text), r.kind): (r.text, r.evidence) for r in pred.itertuples()}
        tp, fp, fn = tp + len(g & set(p)), fp + len(set(p) - g), fn + len(g - set(p))
        for k in sorted(g - set(p)):
            out.append(f"{issue.id}  MISS  {k[1]:9s} {k[0]}   | {context(text, k[0])}")
        for k in sorted(set(p) - g):
            out.append(f"{issue.id}  FALSE {k[1]:9s} {k[0]}   [{p[k][1]}] | {context(text, p[k][0])}")
    return (tp, fp, fn), out


def context(text: str, s: str, width: int = 25) -> str:
    """*width* characters either side of the first occurrence of *s* in *text*, on one line
    (``(not verbatim)`` when *s* is not in *text*)."""
    i = text.find(s)
    if i < 0:
        return "(not verbatim)"
    return text[max(0, i - width): i + len(s) + width].replace("\n", " ")


def main(argv: list[str] | None = None) -> int:
    """Score and list the errors of every folder of *argv*; 0 when done (argparse exits on a refused folder)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", help="DIR or DIR:stem,stem (only those reports)")
    ap.add_argument("--quiet", action="store_true", help="scores only, no error lines")
    args = ap.parse_args(argv)
    specs = []
    for spec in args.folders:  # every folder is checked before any is read
        folder, _, stems = spec.partition(":")
        try:
            specs.append((Path(folder), open_stems(Path(folder), stems.split(",") if stems else None)))
        except ValueError as exc:
            ap.error(str(exc))
    total = [0, 0, 0]
    for folder, stems in specs:
        try:
            (tp, fp, fn), lines = folder_errors(folder, stems)
        except ValueError as exc:
            ap.error(str(exc))
        total = [a + b for a, b in zip(total, (tp, fp, fn))]
        if not args.quiet:
            print("\n".join(lines))
        print(f"{folder.name}: P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f} (tp {tp} fp {fp} fn {fn})")
    tp, fp, fn = total
    print(f"all: P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f} (tp {tp} fp {fp} fn {fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
