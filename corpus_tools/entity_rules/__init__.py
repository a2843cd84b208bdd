"""Rule-based entity finding by label family (persons, places, head-based names, assembly).

Used by :mod:`corpus_tools.entities`; not public. :mod:`corpus_tools._entity_rules` keeps the
head-based and gazetteer rules; the modules here hold the document-level passes that run on
the combined rule and model spans of one text.
"""
