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
    """The shipped models' scores: ``component, evaluation, set, score, measured, benchmark_section, model_card``.

    Examples
    --------
    >>> sorted(set(load_scores()["set"]))
    ['dev/tuned', 'held-apart']
    """
    return pd.read_csv(SCORES_FILE, comment="#", dtype=str, keep_default_na=False)


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
    scores = load_scores().rename(columns={"benchmark_section": "benchmark", "model_card": "model card"})
    bench = cards.get(BENCHMARKS.name)
    out += "<h3>Model scores</h3>" + table(
        scores, links={"model card": lambda r: cards.get(r["model card"]),
                       "benchmark": lambda r: bench}, max_rows=100) + para(
        "set: held-apart = text the model or rules were never trained or tuned on (the honest estimate); "
        "dev/tuned = the text the rules were developed on (an upper bound; other papers score lower). "
        "benchmark: the section of the project's docs/benchmarks.md that measured the score "
        "(copied beside this report when the source tree is present), with the command to redo it.")
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
