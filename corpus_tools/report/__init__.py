"""The HTML report: one folder of pages in, one browsable, citable report out.

:func:`build_report` writes ``index.html`` (overview, articles, keywords, topics, trends,
entities, slogans, methods), one page per article, the figures as PNG and every table as a
CSV file beside it, and the bundled CJK font, so the folder reads the same on any machine.
Each section calls the library function that owns the analysis; a section that does not
apply is left out with the reason, and a failing one costs only itself. Modules: ``build``
(running the sections), ``sections`` and ``entities`` (the sections), ``methods``
(provenance), ``dates`` (dates to their precision, time axes), ``articles`` (article pages),
``page`` (HTML, stylesheet, font).
"""

from corpus_tools.report.build import (ReportResult, ReportSection, build_report, load_report_config,
                                       write_report)

__all__ = ["build_report", "write_report", "load_report_config", "ReportSection", "ReportResult"]
