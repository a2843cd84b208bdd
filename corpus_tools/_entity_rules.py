"""Compatibility module: the entity rules now live in :mod:`corpus_tools.entity_rules`.

Kept so that ``from corpus_tools._entity_rules import rule_entities, find_places, Cand …`` keeps
working while other modules move to the package.
"""

from corpus_tools.entity_rules import (LABELS, SURNAMES, Cand, all_stops, common_words, find_places,  # noqa: F401
                                       find_regex_places, national_orgs, not_names, place_words, resolve,
                                       rule_entities)
