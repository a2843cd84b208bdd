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

    Parameters
    ----------
    article_or_doc : Article, spacy.tokens.Doc or str
        What to show: an article (its ``text``, its issue's ``county_code`` when it has one), a
        parsed Doc (its ``ents`` as they are) or a text (entities found now,
        :func:`corpus_tools.entities.find_entities`).
    jupyter : bool or None, keyword-only
        True: display in the notebook; False: return the HTML; None: display when running in a
        notebook, as displaCy decides.
    county_code : str, optional, keyword-only
        The county whose townships and villages to recognise and link (6 digits; default: the
        article's, else read off the text).
    model : bool, keyword-only
        Use the statistical NER model besides the rules (False: rules only, faster).

    Returns
    -------
    str or None
        The HTML, or None when it was displayed in a notebook.

    Raises
    ------
    TypeError
        If *article_or_doc* is none of the three.

    Examples
    --------
    >>> html = render_entities("平遥县岳壁乡梁村推进乡村振兴", jupyter=False, county_code="140728", model=False)
    >>> "岳壁乡" in html and "TOWNSHIP" in html
    True
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
