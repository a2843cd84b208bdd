"""County inference benchmark: is the inferred county/city/province right, and what does it do to
TOWNSHIP / VILLAGE F1 on the People's Daily development reports (read without a manifest)?

    /work/venv/bin/python benchmarks/county.py [--shared ../shared] [--split tuned|held|all] [--no-write]

The 20 reports of ``../shared/gold/entities-dev`` are split by a fixed rule chosen before any
work: the last five by file name (src_rmrb_31 … 35) are held apart and never used for tuning;
the first fifteen are the tuning set. ``--split all`` (the default) scores both and writes the
``county`` section of docs/benchmarks.md; the other splits only print.

Truth comes from the gold annotations, not from the text: the report's county is the
county-level GPE the gold annotates most often (full and short forms together), provided it
has at least two thirds of all county-level GPE mentions; otherwise the report is about
several counties or a whole city/province and the truth county is *none*. City and province
follow from the county, else from the city-/province-level GPEs by the same two-thirds rule
(else from the counties' common city). A short form shared by a city and a county inside it
(长沙, 恩施) is read as the city, as the annotators' GPE spans do (恩施土家族苗族自治州 beside 恩施).

"before" is the rule this module replaced (the county named twice or more, else none);
"after" is :func:`corpus_tools.county.infer_county` as used by ``find_entities``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from _report import machine_line, write_section  # noqa: E402

HELD = [f"src_rmrb_{i}" for i in range(31, 36)]
TUNED = [f"src_rmrb_{i}" for i in range(16, 31)]
LABELS = ["TOWNSHIP", "VILLAGE", "GPE"]


def _resolve(name: str, scope: list[str]) -> list[str]:
    from corpus_tools import gazetteer as gz

    codes = [c for c in gz.upper_names().get(name, []) if len(c) <= 6]
    codes = [c for c in codes if not any(c != p and c.startswith(p) for p in codes)]
    inside = [c for c in codes if any(c.startswith(s) for s in scope)]
    return inside or codes


def gold_truth(gold: Counter) -> tuple[str | None, str | None, str | None]:
    """(county, city, province) codes implied by the gold GPE annotations of one report."""
    gpes = {t: n for (t, lab), n in gold.items() if lab == "GPE"}
    by_level: dict[int, Counter] = {2: Counter(), 4: Counter(), 6: Counter()}
    provinces = [c for t in gpes for c in _resolve(t, []) if len(c) == 2]
    cities = [c for t in gpes for c in _resolve(t, provinces) if len(c) == 4]
    for t, n in gpes.items():
        codes = _resolve(t, cities + provinces)
        if len(codes) == 1:
            by_level[len(codes[0])][codes[0]] += n

    def two_thirds(cnt: Counter) -> str | None:
        if not cnt:
            return None
        code, n = cnt.most_common(1)[0]
        return code if n * 3 >= 2 * sum(cnt.values()) else None

    county = two_thirds(by_level[6])
    city = county[:4] if county else two_thirds(by_level[4])
    if city is None and by_level[6] and len({c[:4] for c in by_level[6]}) == 1:
        city = next(iter(by_level[6]))[:4]
    province = city[:2] if city else (county[:2] if county else two_thirds(by_level[2]))
    return county, city, province


def old_rule(text: str) -> str | None:
    """The rule replaced by corpus_tools.county (kept here only to measure 'before')."""
    from corpus_tools._entity_rules import find_places

    counts: Counter = Counter(p.code for p in find_places(text, None) if p.code and len(p.code) == 6)
    if not counts:
        return None
    (best, n), *rest = counts.most_common()
    return best if n >= 2 and not (rest and rest[0][1] == n) else None


class _Before:
    """Patch in the state before corpus_tools.county: the old rule, no other counties' units."""

    def __enter__(self):
        import corpus_tools.county as county
        import corpus_tools.entities as ents

        self.saved = ents.infer_county, county.context_names
        ents.infer_county, county.context_names = old_rule, lambda text, county_code=None: {}

    def __exit__(self, *exc):
        import corpus_tools.county as county
        import corpus_tools.entities as ents

        ents.infer_county, county.context_names = self.saved


def run(dev: Path, stems: list[str], *, model: bool) -> dict:
    import corpus_tools.entities as ents
    from corpus_tools.county import infer_county
    from corpus_tools.scoring.entities import page_text, read_gold_entities, score_entities

    rows, pred_before, pred_after, golds = [], {}, {}, {}
    t_infer = 0.0
    for stem in stems:
        gold = read_gold_entities(dev / f"{stem}.json")
        text = page_text((dev / f"{stem}.txt").read_text(encoding="utf-8"))
        truth = gold_truth(gold)
        t0 = time.perf_counter()
        g = infer_county(text)
        t_infer += time.perf_counter() - t0
        with _Before():
            before = old_rule(text)
            pred_before[stem] = Counter((e.text, e.label) for e in ents.find_entities(text, model=model))
        rows.append((stem, truth, (g.code, g.city, g.province), before, g.confidence))
        golds[stem] = gold
        pred_after[stem] = Counter((e.text, e.label) for e in ents.find_entities(text, model=model))
    return {"rows": rows, "before": score_entities(pred_before, golds, labels=LABELS),
            "after": score_entities(pred_after, golds, labels=LABELS), "seconds": t_infer}


def _acc(rows, k: int) -> str:
    ok = sum(r[1][k] == r[2][k] for r in rows)
    return f"{ok}/{len(rows)}"


def table(name: str, res: dict) -> str:
    rows = res["rows"]
    single = [r for r in rows if r[1][0]]
    multi = [r for r in rows if not r[1][0]]
    before_ok = sum(r[3] == r[1][0] for r in rows)
    lines = [f"**{name}** ({len(rows)} reports; {len(single)} about one county, {len(multi)} about several "
             f"counties or a whole city/province)", "",
             "| inferred | right |", "|---|---|",
             f"| county (none when the report is about several) | {_acc(rows, 0)} (before: {before_ok}/{len(rows)}) |",
             f"| county, one-county reports | {_acc(single, 0)} |",
             f"| no county claimed on the other reports | {_acc(multi, 0)} |",
             f"| city | {_acc(rows, 1)} |", f"| province | {_acc(rows, 2)} |", "",
             "| label | F1 before | F1 after | P / R after | support |", "|---|---|---|---|---|"]
    b = res["before"].set_index("label")
    a = res["after"].set_index("label")
    for lab in [*LABELS, "micro"]:
        if lab in a.index:
            lines.append(f"| {lab} | {b.loc[lab, 'f1']:.3f} | {a.loc[lab, 'f1']:.3f} | "
                         f"{a.loc[lab, 'precision']:.3f} / {a.loc[lab, 'recall']:.3f} | {int(a.loc[lab, 'support'])} |")
    lines += ["", "| report | truth county/city/province | inferred | before | confidence |", "|---|---|---|---|---|"]
    for stem, truth, got, before, conf in rows:
        lines.append(f"| {stem} | {' / '.join(x or '–' for x in truth)} | {' / '.join(x or '–' for x in got)} | "
                     f"{before or '–'} | {conf:.2f} |")
    return "\n".join(lines)


def seeds_table() -> str:
    """The bundled 平遥 pages with their manifest ignored: issue- and article-level inference."""
    from corpus_tools.loaders import load_seeds
    from corpus_tools.county import infer_county

    corpus = load_seeds()
    truth = {i.id: i.meta["county_code"] for i in corpus.issues}
    got = [(infer_county(i.raw).code, truth[i.id]) for i in corpus.issues]
    issues = [c == t for c, t in got]
    undecided = sum(c is None for c, _ in got)
    arts = [infer_county(a.text).code for i in corpus.issues for a in i.articles]
    right = sum(c == "140728" for c in arts)
    wrong = sum(c not in (None, "140728") for c in arts)
    texts = [i.raw for i in corpus.issues]
    t0 = time.perf_counter()
    for text in texts:
        infer_county(text + " ")  # bypass the cache
    speed = sum(map(len, texts)) / (time.perf_counter() - t0)
    return ("**Seed pages 000–004 (平遥县 county paper, manifest ignored)**\n\n"
            f"| unit | right | wrong county | undecided |\n|---|---|---|---|\n"
            f"| page (issue) | {sum(issues)}/{len(issues)} | {len(issues) - sum(issues) - undecided} | {undecided} |\n"
            f"| article | {right}/{len(arts)} | {wrong} | {len(arts) - right - wrong} |\n\n"
            f"Inference speed on these pages: {speed:,.0f} characters/s (one core, gazetteer loaded).")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--split", choices=("tuned", "held", "all"), default="all")
    ap.add_argument("--no-model", action="store_true", help="rules only (faster); default: rules + model")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    dev = args.shared / "gold" / "entities-dev"
    if not dev.is_dir():
        sys.exit(f"{dev} not found: pass --shared PATH to the shared data folder")
    parts = []
    if args.split in ("tuned", "all"):
        parts.append(table("Tuning set: src_rmrb_16 … 30 (dev/tuned)", run(dev, TUNED, model=not args.no_model)))
    if args.split in ("held", "all"):
        parts.append(table("Held apart: src_rmrb_31 … 35 (last five by file name, not tuned on)",
                           run(dev, HELD, model=not args.no_model)))
    parts.append(seeds_table())
    md = "\n\n".join(parts)
    print(md)
    if args.split == "all" and not args.no_write:
        cmd = "python benchmarks/county.py --shared ../shared" + (" --no-model" if args.no_model else "")
        write_section("county", "## County inference (corpus_tools.county)\n\n"
                      "Reports read without a manifest; F1 of `find_entities` "
                      f"({'rules only' if args.no_model else 'rules + model'}) before/after the county is inferred "
                      "from the text. Truth from the gold GPE annotations (see the script's docstring).\n\n"
                      f"Command: `{cmd}`\n\n{machine_line()}\n\n{md}")


if __name__ == "__main__":
    main()
