"""Entities shown with displaCy, in a notebook or as HTML, in the colours of the county-news labels."""

from __future__ import annotations

from typing import Any

from corpus_tools.entities import find_entities

#: displaCy colours for the labels spaCy does not know.
COLORS = {"TOWNSHIP": "#c7e9c0", "VILLAGE": "#a1d99b", "COMMUNITY": "#74c476", "PROJECT": "#fdd0a2",
          "FAC": "#9ecae1", "LOC": "#fee391", "EVENT": "#fcbba1", "DOC": "#dadaeb", "GPE": "#feb24c",
          "ORG": "#7aecec", "PERSON": "#aa9cfc"}


def render_entities(article_or_doc: Any, *, jupyter: bool | None = None, county_code: str | None = None,
                    model: bool = True) -> str | None:
    """Show entities with displaCy: an ``Article``, a spaCy ``Doc`` or a plain string.

    Returns the HTML, or ``None`` when it was displayed in a notebook (``jupyter=None``
    detects the notebook, as displaCy does).
    """
    from spacy import displacy

    if hasattr(article_or_doc, "ents") and hasattr(article_or_doc, "text") and hasattr(article_or_doc, "vocab"):
        doc = article_or_doc
        data = {"text": doc.text, "ents": [{"start": e.start_char, "end": e.end_char, "label": e.label_} for e in doc.ents]}
    else:
        if isinstance(article_or_doc, str):
            text, title = article_or_doc, None
        elif hasattr(article_or_doc, "text"):
            text, title = article_or_doc.text, getattr(article_or_doc, "id", None)
            county_code = county_code or (getattr(article_or_doc, "meta", None) or {}).get("county_code")
        else:
            raise TypeError(f"article_or_doc must be an Article, a spaCy Doc or a str, got {type(article_or_doc).__name__}")
        ents = find_entities(text, county_code=county_code, model=model)
        data = {"text": text, "ents": [{"start": e.start, "end": e.end, "label": e.label} for e in ents], "title": title}
    return displacy.render(data, style="ent", manual=True, jupyter=jupyter, options={"colors": COLORS})
