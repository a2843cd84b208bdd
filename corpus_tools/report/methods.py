"""The methods and provenance section: what made the report, so a reader can cite and redo it.

Library and model versions, the shipped models' scores with their model cards (copied into
``methods/`` beside the report when the source tree's ``docs/`` is present), the stop list,
every parameter each section used, and how the dates were found.
"""

from __future__ import annotations

import json
import platform
import shutil
from importlib import metadata
from pathlib import Path

import pandas as pd

from corpus_tools.report.page import Writer, para, table
from corpus_tools.report.sections import Context

PACKAGE = Path(__file__).resolve().parents[1]
#: Scores of the shipped models and rules, with the set each was measured on (``held-apart`` or
#: ``dev/tuned``) and the section of docs/benchmarks.md that measured it; one data file, checked
#: against docs/benchmarks.md by the tests, so the report cannot drift from the benchmarks silently.
SCORES_FILE = PACKAGE / "data" / "model_scores.csv"
BENCHMARKS = PACKAGE.parent / "docs" / "benchmarks.md"


def load_scores() -> pd.DataFrame:
    """The shipped models' scores: ``component, evaluation, set, score, metric, summary, measured,
    benchmark_section, model_card``.

    Examples
    --------
    >>> sorted(set(load_scores()["set"]))
    ['dev/tuned', 'held-apart']
    """
    return pd.read_csv(SCORES_FILE, comment="#", dtype=str, keep_default_na=False)


def _numbers(score: str) -> list[float]:
    return [float(x) for x in score.split(" / ")]


def _short(evaluation: str) -> str:
    """The set of an evaluation, without its details: 'SIGHAN 2005 PKU test, word F1' -> 'SIGHAN 2005 PKU test'."""
    return evaluation.split(" (", 1)[0].split(", ", 1)[0]


def _spread(rows: pd.DataFrame) -> str:
    """The scores of *rows* in a few words: each score with its set (up to three), else the median and
    range over the sets."""
    if len(rows) <= 3:
        return "; ".join(f"{s} ({_short(e)})" for s, e in zip(rows["score"], rows["evaluation"]))
    values = pd.DataFrame([_numbers(s) for s in rows["score"]])
    parts = [f"{values[c].median():.2f} ({values[c].min():.2f}–{values[c].max():.2f})" for c in values.columns]
    return f"median {' / '.join(parts)} over {len(rows)} sets"


def score_summary(scores: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per layer: its score on text it was never tuned on, then on the text it was tuned on.

    Parameters
    ----------
    scores : pandas.DataFrame, optional
        As :func:`load_scores` (the default).

    Returns
    -------
    pandas.DataFrame
        ``layer, metric, unseen text (held-apart), tuned text (dev/tuned, an upper bound), model_card``:
        the held-apart rows marked ``summary`` as one score or as median (range) over the sets, the
        dev/tuned rows the same way (empty when the layer has none).

    Examples
    --------
    >>> s = score_summary().set_index("layer")
    >>> s.loc["word segmenter (pkuseg CRF)", "unseen text (held-apart)"]
    '0.957 (SIGHAN 2005 PKU test)'
    >>> s.loc["marked slogans (detector)", "unseen text (held-apart)"].startswith("median ")
    True
    """
    scores = load_scores() if scores is None else scores
    rows = []
    for layer, sub in scores.groupby("component", sort=False):
        apart = sub[(sub["set"] == "held-apart") & (sub["summary"] == "yes")]
        tuned = sub[sub["set"] == "dev/tuned"]
        rows.append((layer, sub["metric"].iloc[0], _spread(apart) if len(apart) else "not measured",
                     _spread(tuned) if len(tuned) else "", next((c for c in sub["model_card"] if c), "")))
    return pd.DataFrame(rows, columns=["layer", "metric", "unseen text (held-apart)",
                                       "tuned text (dev/tuned, an upper bound)", "model_card"])


LIBRARIES = ("spacy", "spacy-pkuseg", "scikit-learn", "pandas", "numpy", "matplotlib", "pyarrow")


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def _model_version(name: str) -> str:
    meta = PACKAGE / "models" / name / "meta.json"
    if not meta.is_file():
        return ""
    data = json.loads(meta.read_text(encoding="utf-8"))
    return f"spaCy {data.get('spacy_version', '?')}, labels {sum(len(v) for v in data.get('labels', {}).values())}"


def _copy_cards(out_dir: Path, w: Writer) -> dict[str, str]:
    """Copy the model cards and docs/benchmarks.md of the source tree beside the report; name -> link."""
    docs = PACKAGE.parent / "docs"
    links = {}
    for card in [*load_scores()["model_card"], BENCHMARKS.name]:
        src = docs / card
        if card and src.is_file() and card not in links:
            (out_dir / "methods").mkdir(exist_ok=True)
            shutil.copyfile(src, out_dir / "methods" / card)
            w.files.append(f"methods/{card}")
            links[card] = f"methods/{card}"
    return links


def _params_html(params: dict) -> str:
    rows = []
    for section, values in params.items():
        for key, value in values.items():
            if isinstance(value, (list, tuple)):
                value = ", ".join(map(str, value))
            rows.append((section, key, str(value)))
    return table(pd.DataFrame(rows, columns=["section", "parameter", "value"]), max_rows=200)


def methods(ctx: Context, w: Writer) -> str:
    """The methods and provenance section: versions, model scores with their cards, stop list, parameters."""
    from corpus_tools.version import __version__
    from corpus_tools.nlp import PIPELINE_VERSION
    from corpus_tools.stopwords import get_stop_words, news_stop_words

    versions = [("corpus_tools", __version__), ("pipeline (segmenter, tagger, NER)", PIPELINE_VERSION),
                ("Python", platform.python_version())] + [(d, _version(d)) for d in LIBRARIES]
    versions += [(f"model {m}", v) for m in ("tagger", "ner") if (v := _model_version(m))]
    out = para("What made this report: cite the versions below, and redo it with the same corpus and "
               "the parameters listed (the CSV files hold every number shown).")
    out += "<h3>Software and models</h3>" + table(pd.DataFrame(versions, columns=["component", "version"]))
    cards = _copy_cards(ctx.out_dir, w)
    scores = load_scores()
    bench = cards.get(BENCHMARKS.name)
    summary = score_summary(scores).rename(columns={"model_card": "model card"})
    where = (f'<a href="{bench}">methods/benchmarks.md</a>' if bench else "the project's docs/benchmarks.md")
    out += "<h3>How well each layer works</h3>" + para(
        "First the score on text the layer was never trained or tuned on (held-apart: the estimate to "
        "quote; several sets give the median and the range), then on the text its rules were developed "
        "on (dev/tuned: an upper bound, other papers score lower). For marked slogans the two numbers "
        "are precision / recall.") + table(
        summary, links={"model card": lambda r: cards.get(r["model card"])}) + (
        f'<p>Every score with the set it was measured on and its date: <a href="model_scores.csv">'
        f"model_scores.csv</a>; how each was measured, with the command to redo it: {where}.</p>")
    w.csv(scores, "model_scores.csv")
    stop = get_stop_words()
    out += "<h3>Pipeline</h3>" + para(
        "Pages are repaired and split into articles by corpus_tools' layout rules; words are segmented "
        "by our pkuseg CRF model inside spaCy, tagged with PKU part-of-speech tags, and entities found "
        "by a character NER model plus county-news rules linked to the administrative gazetteer. "
        f"Stop list: spaCy's Chinese list plus {len(news_stop_words())} newspaper words "
        f"({len(stop):,} words in all).")
    out += "<h3>Parameters</h3>" + _params_html(ctx.params)
    notes = [(i.id, ctx.label(i.id), i.meta.get("date_precision") or "", i.meta.get("date_note") or "")
             for i in ctx.corpus.issues]
    out += "<h3>Dates</h3>" + para(
        "Each issue's date comes from the manifest (or the file name); its precision says whether "
        "the day, the month or only the year is known, and time plots shade that span.")
    out += table(pd.DataFrame(notes, columns=["issue_id", "date", "precision", "note"]))
    out += w.csv(pd.DataFrame(versions, columns=["component", "version"]), "versions.csv")
    return out
