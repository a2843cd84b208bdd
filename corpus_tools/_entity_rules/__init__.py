"""Rule-based entity finding for county news, by label family.

``lexicon`` (word lists from ``data/entities/*.txt``, the ``Cand`` span type), ``scan`` (what
stops a name growing leftwards), ``places`` (gazetteer places), ``unlisted_places`` (townships and villages found by form),
``heads`` (organisations, projects, facilities, events, documents, rivers, countries),
``persons`` (titles, credits, roles, document-consistent names), ``sites`` (lakes, rivers,
mountains, scenic areas, road codes, stations, festivals), ``words`` (alignment with the
segmenter's words) and ``assemble`` (:func:`rule_entities`: everything resolved into flat,
maximal spans). Used by :mod:`corpus_tools.entities`; not public API. The names below are
re-exported so that ``from corpus_tools._entity_rules import rule_entities, find_places`` works
as it did when the rules were one module.
"""

from corpus_tools._entity_rules.assemble import resolve, rule_entities
from corpus_tools._entity_rules.lexicon import (LABELS, SURNAMES, Cand, all_stops, common_words, national_orgs,
                                                not_names, place_words)
from corpus_tools._entity_rules.places import find_places
from corpus_tools._entity_rules.unlisted_places import find_regex_places

__all__ = ["LABELS", "SURNAMES", "Cand", "all_stops", "common_words", "national_orgs", "not_names", "place_words",
           "find_places", "find_regex_places", "resolve", "rule_entities"]
