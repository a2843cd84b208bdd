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
#: Scores of the shipped models, as measured by the benchmarks (docs/benchmarks.md, 2026-11-29).
SCORES = [
    ("word segmenter (pkuseg CRF)", "SIGHAN 2005 PKU test, word F1", "0.957", "model_card_segmenter.md"),
    ("part-of-speech tagger (spaCy)", "held-out People's Daily 1998, tag accuracy", "0.958", "model_card_tagger.md"),
    ("named entities (character NER)", "MSRA test, entity F1 (PER/LOC/ORG)", "0.885", "model_card_ner.md"),
    ("county-news entities (NER + rules + gazetteer)", "2 annotated seed pages, micro F1 "
     "(development pages: the rules were written on them)", "0.973", "model_card_ner.md"),
    ("slogans", "2 annotated seed pages, precision / recall (development pages)", "1.00 / 1.00", ""),
]
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
    """Copy the model cards of the source tree beside the report; card name -> relative link."""
    docs = PACKAGE.parent / "docs"
    links = {}
    for _, _, _, card in SCORES:
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
    scores = pd.DataFrame([(m, s, v, card) for m, s, v, card in SCORES],
                          columns=["model", "evaluation", "score", "model card"])
    out += "<h3>Model scores</h3>" + table(
        scores, links={"model card": lambda r: cards.get(r["model card"])}) + para(
        "Scores as measured by the project's benchmarks (docs/benchmarks.md). Scores on seed pages "
        "were measured on the pages the rules were developed on; other papers will score lower.")
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
