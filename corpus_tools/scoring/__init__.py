"""Scorers that compare corpus_tools output with gold annotations.

One module per task: ``segmentation`` (SIGHAN bakeoff rule), ``articles`` (page
structure), ``entities`` and ``slogans`` (per-label / per-page precision, recall, F1).
"""
