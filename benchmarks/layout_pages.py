"""Score the layout (titles, bodies, bylines, lost characters) on folders of invented pages.

Each folder holds ``<county>/<page>.txt`` with ``<page>.json`` beside it (the pages schema: "page" and
"articles" with title, byline, body_first, body_last; other keys are ignored). The measures are those of
the pagesNN/run.py scorers of the lost ``pages-gold`` branch, restated here: a title counts when an article
of the page has it (normalised); a body counts when the article found by title, else by its first
characters, starts with body_first and ends with body_last (本报讯 and a lead's byline brackets ignored); a byline counts when the article found by the start
of its body has exactly the truth's (role, name) pairs.

    PYTHONPATH=<tree> python benchmarks/layout_pages.py tests/data/layout_pages25 [--details]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import corpus_tools as ct
from corpus_tools.layout import check_no_loss, split_page


def _norm(text: Any) -> str:
    """Normalised text without spaces (None and NaN give "")."""
    if text is None or (isinstance(text, float) and text != text):
        return ""
    return "".join(ct.normalize_text(str(text)).split())


#: Photo marks a writer's gold may keep or leave out at a caption body's start (``▲4月10日，…``): with
#: ``--mark-free`` both sides are read without them (off by default, so that earlier totals stay comparable).
PHOTO_MARKS = "▲△"
_MARK_FREE = {"on": False}
#: An untitled gold article (a brief, a photo item) is looked up by the start of its body, not by its empty title
#: (the default since the thirty-sixth round). ``--first-untitled`` gives the old reading, which matched it to the
#: page's FIRST untitled article and so compared every later brief's body with the first one's (earlier rounds'
#: totals in docs/benchmarks.md were counted that way).
_UNTITLED_BY_BODY = {"on": True}
#: ``--role-equivalents``: writers spell the same printed byline two ways. Counted over the open gold sets in the
#: thirty-seventh round (benchmarks/lay37_errors37.md): a unit's credit ``（X供稿）`` is the unit X in 23 sets and
#: ``X供稿`` in 5 (pages32o, 33o, 34, 35, 37o); ``本报记者`` is the role 记者 in 26 sets and 本报记者 in 2 (33o, 37o);
#: ``融媒体记者`` is 记者 in 13 and 融媒体记者 in 5 (33, 33o, 34o, 37o, 38o); ``X 摄`` is 摄影 in 24 and 摄 in 2;
#: ``文`` / ``撰文`` likewise. The library writes the majority's reading (corpus_tools.layout.bylines); with the option
#: both sides are read in it, so that a byline counts when it differs from the gold only in such a spelling.
#: Off by default, so that earlier totals stay comparable.
ROLE_EQUIVALENTS = {"本报记者": "记者", "融媒体记者": "记者", "摄": "摄影", "文": "撰文", "作者": ""}
#: The closing word of a unit's credit, dropped from the name with ``--role-equivalents``.
CREDIT_WORD = "供稿"
_ROLE_EQUIVALENTS = {"on": False}


def _marks(text: str) -> str:
    """``text`` without a leading photo mark when ``--mark-free`` is on."""
    return text.lstrip(PHOTO_MARKS) if _MARK_FREE["on"] else text


def _pair(role: Any, name: Any) -> list[str]:
    """A (role, name) pair as compared: normalised, and with ``--role-equivalents`` in the majority's spelling."""
    role, name = str(role), _norm(name)
    if _ROLE_EQUIVALENTS["on"]:
        role = ROLE_EQUIVALENTS.get(role, role)
        if name.endswith(CREDIT_WORD) and len(name) > len(CREDIT_WORD):
            name = name[: -len(CREDIT_WORD)]
    return [role, name]


def _lead_free(body: Any) -> str:
    """Normalised body without 本报讯 and the lead's byline brackets."""
    return re.sub(r"^本报讯?[（(][^）)]*[）)]", "", _marks(_norm(body))).replace("本报讯", "")


def score_page(path: Path, truth: dict[str, Any]) -> dict[str, Any]:
    """Titles, bodies, bylines (found, of) and lost characters of one page, with the errors."""
    raw = path.read_text(encoding="utf-8")
    corpus = ct.read_corpus(path)
    rows = list(corpus.articles_frame().itertuples())
    by_id = {a.id: a for a in corpus.articles}
    errors: list[str] = [f"layout titles: {[str(x.title) for x in rows]}"]

    def by_title(art):
        if _UNTITLED_BY_BODY["on"] and not _norm(art["title"]):
            row = by_body(art)
            return row if row is not None and not _norm(row.title) else None
        return next((x for x in rows if _norm(x.title) == _norm(art["title"])), None)

    def by_body(art):
        first = _marks(_norm(art["body_first"])).replace("本报讯", "")
        return next((x for x in rows if _lead_free(x.body).startswith(first)), None)

    # a gold file may leave out the fields an article does not print (no title, no byline): read them as empty
    arts = [{"title": None, "kicker": None, "subtitle": None, "section": None, "byline": [], **art}
            for art in truth["articles"]]
    res: dict[str, Any] = {"titles": 0, "bodies": 0, "bylines": 0, "n": len(arts)}
    for art in arts:
        if by_title(art) is not None:
            res["titles"] += 1
        else:
            errors.append(f"title not found: {art['title']}")
        row = by_title(art) or by_body(art)
        first, last = _marks(_norm(art["body_first"])).replace("本报讯", ""), _norm(art["body_last"])
        body = _lead_free(row.body) if row is not None else ""
        if row is not None and body.startswith(first) and body.endswith(last):
            res["bodies"] += 1
        else:
            errors.append(f"body of {art['title']}: starts {body[:14]!r} ends {body[-14:]!r}")
        row = by_body(art)
        got = [_pair(r, n) for r, n in by_id[row.article_id].byline] if row is not None else None
        want = [_pair(r, n) for r, n in art["byline"]]
        if got == want:
            res["bylines"] += 1
        else:
            errors.append(f"byline of {art['title']}: {got} (want {want})")
    layout = split_page(raw)
    covered = [False] * len(raw)
    for b in layout.blocks:
        for i in range(max(b.start, 0), min(b.end, len(raw))):
            covered[i] = True
    res["lost"] = sum(1 for i, ch in enumerate(raw) if not ch.isspace() and not covered[i])
    res["loss_problems"] = len(check_no_loss(raw, layout))
    res["errors"] = errors
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--details", action="store_true", help="print the per-page errors")
    ap.add_argument("--mark-free", action="store_true",
                    help="read bodies without a leading photo mark (▲/△) on both sides: writers' gold differs there")
    ap.add_argument("--first-untitled", action="store_true",
                    help="match an untitled gold article to the page's first untitled article (the reading before "
                         "the thirty-sixth round, which compares every later brief with the first one); by default it "
                         "is found by the start of its body")
    ap.add_argument("--untitled-by-body", action="store_true",
                    help="the default since the thirty-sixth round (kept so that older commands still run)")
    ap.add_argument("--role-equivalents", action="store_true",
                    help="read byline roles and credits in one spelling on both sides (本报记者 and 融媒体记者 as 记者, "
                         "摄 as 摄影, 文 as 撰文, 作者 as no role, a unit's trailing 供稿 dropped): writers' gold differs there")
    args = ap.parse_args()
    _ROLE_EQUIVALENTS["on"] = args.role_equivalents
    _MARK_FREE["on"] = args.mark_free
    _UNTITLED_BY_BODY["on"] = not args.first_untitled
    total = {"titles": 0, "bodies": 0, "bylines": 0, "n": 0, "lost": 0, "loss_problems": 0}
    raised = 0
    for folder in args.folders:
        for p in sorted(folder.glob("*/*.json")):
            truth = json.loads(p.read_text(encoding="utf-8"))
            if not isinstance(truth, dict) or "page" not in truth:
                continue  # entity or slogan gold beside the pages (external_gold.py's entities/, slogans/)
            try:
                r = score_page(p.parent / truth["page"], truth)
            except Exception as exc:  # noqa: BLE001 -- a page the library cannot lay out counts as all wrong
                r = {"titles": 0, "bodies": 0, "bylines": 0, "n": len(truth["articles"]), "lost": 0,
                     "loss_problems": 0, "errors": [f"the layout raised {type(exc).__name__}: {exc}"]}
                raised += 1
            for k in total:
                total[k] += r[k]
            line = f"{p.parent.name}: titles {r['titles']}/{r['n']} bodies {r['bodies']}/{r['n']} " \
                   f"bylines {r['bylines']}/{r['n']} lost {r['lost']}"
            sys.stdout.write(line + "\n")
            if args.details:
                sys.stdout.write("".join(f"  {e}\n" for e in r["errors"]))
    n = total["n"]
    sys.stdout.write(f"total: titles {total['titles']}/{n} bodies {total['bodies']}/{n} bylines {total['bylines']}/{n} "
                     f"lost {total['lost']} (no-loss problems {total['loss_problems']})"
                     + (f"; the layout raised on {raised} page(s)" if raised else "") + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
