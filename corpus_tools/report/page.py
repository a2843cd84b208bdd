"""HTML of the report: tables with links, the page frame, the stylesheet and the bundled font.

Every page links one stylesheet, ``report.css``, whose ``@font-face`` rule loads the font
shipped with the package from ``fonts/`` beside it (a relative URL), so the folder reads the
same on a machine without any Chinese font, and can be moved or zipped as a whole.
"""

from __future__ import annotations

import html
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import numpy as np
import pandas as pd

from corpus_tools.io_safety import write_csv
from corpus_tools.plot import BUNDLED_FAMILY, bundled_font_path

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

__all__ = ["Writer", "table", "article_href", "page", "write_assets", "esc", "para"]

ARTICLE_DIR = "articles"
MAX_ROWS = 40


def esc(value: Any) -> str:
    """*value* as escaped HTML text (None as empty)."""
    return html.escape("" if value is None else str(value))


def para(text: str, cls: str = "") -> str:
    """A ``<p>`` of escaped *text*, with an optional CSS class."""
    attr = f' class="{esc(cls)}"' if cls else ""
    return f"<p{attr}>{esc(text)}</p>"


def article_href(article_id: str, *, depth: int = 0) -> str:
    """Relative link to the page of *article_id* from a page *depth* folders below the report."""
    return "../" * depth + f"{ARTICLE_DIR}/{quote(str(article_id))}.html"


def _cell(value: Any) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)) or value is pd.NaT:
        return ""
    if isinstance(value, (list, tuple)):
        return esc(" ".join(map(str, value)))
    if isinstance(value, float):
        return esc(f"{value:,.4g}" if abs(value) >= 1e4 else f"{value:.4g}")
    return esc(value)


def table(df: pd.DataFrame, *, links: Mapping[str, Callable[[pd.Series], str | None]] | None = None,
          max_rows: int = MAX_ROWS, cls: str = "data") -> str:
    """An HTML table of *df* (index dropped); a column in *links* gets ``<a href>`` cells.

    ``links[col](row)`` returns the href for that row's cell (or None for plain text).
    """
    links = dict(links or {})
    head = "".join(f"<th>{esc(c)}</th>" for c in df.columns)
    rows = []
    for _, row in df.head(max_rows).iterrows():
        cells = []
        for col in df.columns:
            text = _cell(row[col])
            href = links[col](row) if col in links and text else None
            cells.append(f'<td><a href="{esc(href)}">{text}</a></td>' if href else f"<td>{text}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    more = (f'<p class="more">First {max_rows} of {len(df)} rows; all rows in the CSV file.</p>'
            if len(df) > max_rows else "")
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>{more}'


class Writer:
    """Writes a section's files (CSV in ``utf-8-sig`` for Excel, PNG) and remembers them."""

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        self.files: list[str] = []

    def csv(self, df: pd.DataFrame, name: str, *, index: bool = False, decimals: int = 4) -> str:
        """Write *df* as ``name`` (UTF-8 with BOM, floats rounded, formula-safe cells); the HTML link to it."""
        num = df.select_dtypes(include="floating").columns
        df = df.assign(**{c: df[c].round(decimals) for c in num}) if len(num) else df
        # utf-8-sig: Excel reads a BOM-less UTF-8 CSV as the local code page (mojibake);
        # write_csv: no cell of a newspaper's text runs as a spreadsheet formula or breaks a row
        write_csv(df, self.out_dir / name, index=index)
        self.files.append(name)
        return f'<p class="files">Table: <a href="{esc(name)}">{esc(name)}</a></p>'

    def figure(self, fig: "Figure", name: str, alt: str) -> str:
        """Save *fig* as the PNG ``name``; the HTML ``<figure>`` showing it with *alt* as caption."""
        fig.savefig(self.out_dir / name, dpi=110, bbox_inches="tight", facecolor="white")
        self.files.append(name)
        return f'<figure><img src="{esc(name)}" alt="{esc(alt)}"><figcaption>{esc(alt)}</figcaption></figure>'


CSS = """@font-face { font-family: "%(family)s"; src: url("fonts/%(file)s") format("opentype");
             font-weight: normal; font-style: normal; font-display: swap; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
       "WenQuanYi Micro Hei", "%(family)s", sans-serif; margin: 0 auto; max-width: 1180px;
       padding: 1.5em 2em; color: #222; line-height: 1.5; }
h1 { margin-bottom: 0.1em; } h2 { border-bottom: 2px solid #4c72b0; padding-bottom: 0.2em; margin-top: 2em; }
.sub { color: #555; margin-top: 0; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4em 1.2em; }
.facts { display: flex; flex-wrap: wrap; gap: 1em; }
.facts div { background: #f2f5fa; padding: 0.6em 1em; border-radius: 6px; min-width: 9em; }
.facts dt { font-size: 0.85em; color: #555; } .facts dd { margin: 0; font-size: 1.3em; font-weight: bold; }
table.data { border-collapse: collapse; font-size: 0.9em; margin: 0.8em 0; }
table.data th, table.data td { border-bottom: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left;
                               vertical-align: top; }
table.data th { background: #f2f5fa; }
table.meta th { text-align: left; padding-right: 1em; color: #555; font-weight: normal; vertical-align: top; }
figure { margin: 1em 0; } figure img { max-width: 100%%; border: 1px solid #eee; }
figcaption, .files, .more { color: #555; font-size: 0.9em; }
.note { background: #fff6e0; border-left: 4px solid #e0a800; padding: 0.5em 1em; }
.failed { background: #fde8e8; border-left: 4px solid #c0392b; padding: 0.5em 1em; }
.article-text p { margin: 0.4em 0; text-indent: 2em; }
mark.ent { background: #e3ecfa; border-bottom: 2px solid #4c72b0; padding: 0 1px; }
mark.ent-VILLAGE, mark.ent-TOWNSHIP, mark.ent-COMMUNITY { background: #e2f3e4; border-color: #2e8b57; }
mark.ent-PERSON { background: #f6e6f4; border-color: #a0509a; }
mark.ent-PROJECT { background: #fff0dc; border-color: #dd8452; }
mark.slogan { background: #fff7b0; }
.legend mark { margin-right: 0.6em; }
blockquote.ctx { margin: 0.2em 0 0.2em 1em; color: #333; }
footer { margin-top: 3em; color: #777; font-size: 0.85em; }
"""


def write_assets(out_dir: Path) -> list[str]:
    """Write ``report.css`` and copy the bundled font with its licence into ``fonts/``."""
    src = bundled_font_path()
    fonts = out_dir / "fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    written = ["report.css"]
    if src.is_file():
        for f in (src, src.parent / "LICENSE_OFL.txt"):
            if f.is_file():
                shutil.copyfile(f, fonts / f.name)
                written.append(f"fonts/{f.name}")
    (out_dir / "report.css").write_text(CSS % {"family": BUNDLED_FAMILY, "file": src.name}, encoding="utf-8")
    return written


def page(title: str, body: str, *, depth: int = 0, subtitle: str = "", footer: str = "") -> str:
    """A complete HTML page that links the report's stylesheet from *depth* folders below it."""
    css = "../" * depth + "report.css"
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<title>{esc(title)}</title>\n<link rel="stylesheet" href="{css}">\n</head>\n<body>\n'
        f"<header><h1>{esc(title)}</h1>" + (f'<p class="sub">{esc(subtitle)}</p>' if subtitle else "")
        + "</header>\n" + body + (f"\n<footer>{footer}</footer>" if footer else "") + "\n</body>\n</html>\n"
    )


def untitled_label(body: str) -> str:
    """How a table names an article printed without a title (a brief): its opening words, marked.

    Examples
    --------
    >>> untitled_label("■ 四望镇竹影山村获评省级美丽乡村示范村。")
    '(untitled) ■ 四望镇竹影山村获评省级美…'
    """
    text = " ".join(str(body or "").split())
    return "(untitled) " + (text[:UNTITLED_CHARS] + "…" if len(text) > UNTITLED_CHARS else text)


#: Characters of an untitled article's opening shown in its place.
UNTITLED_CHARS = 14
