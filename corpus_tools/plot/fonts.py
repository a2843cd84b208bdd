"""The CJK font for matplotlib, and the three helpers every plot function draws with.

:func:`cjk_font` finds an installed CJK font (Noto Sans/Serif CJK, Source Han, WenQuanYi,
SimHei, PingFang, Microsoft YaHei …) and, when there is none, registers the font shipped in the
package (:func:`bundled_font_path`, a subset of Noto Sans CJK SC under the SIL Open Font
License) — lazily, on first use, never at import. :func:`cjk_text` is a context in which new
text uses that font, :func:`new_axes` makes the Axes when the caller gave none, and
:func:`finish_axes` sets the fonts of text matplotlib makes at draw time.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

__all__ = ["cjk_font", "bundled_font_path", "cjk_text", "new_axes", "finish_axes", "BUNDLED_FAMILY",
           "CJK_FAMILIES"]

#: Font families tried in order.
CJK_FAMILIES = (
    "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK TC", "Noto Sans CJK KR",
    "Noto Serif CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Source Han Sans",
    "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "SimHei", "Microsoft YaHei", "PingFang SC",
    "Heiti SC", "STHeiti", "Hiragino Sans GB", "Noto Sans SC", "AR PL UMing CN", "Droid Sans Fallback",
)
_FILE_HINT = re.compile(r"(noto.*cjk|sourcehan|wqy|wenquanyi|simhei|msyh|pingfang|droidsansfallback|"
                        r"uming|ukai|notosanssc|hiragino)", re.I)
_FIX = ("no CJK font found and the font shipped with corpus_tools is missing, so Chinese text will "
        "show as boxes. Reinstall corpus_tools, or install a CJK font, e.g. "
        "`sudo apt-get install fonts-noto-cjk` (Debian/Ubuntu), `brew install --cask font-noto-sans-cjk` "
        "(macOS), or add one with matplotlib.font_manager.fontManager.addfont(path)")
#: Family name of the font shipped in ``corpus_tools/data/fonts`` (built by training/fonts/subset_font.py).
BUNDLED_FAMILY = "Corpus Tools Sans SC"
_BUNDLED_FILE = "CorpusToolsSansSC-Regular.otf"
_state: dict[str, Any] = {"font": None, "searched": False, "warned": False}


def bundled_font_path() -> Path:
    """Path of the CJK font shipped with the package (an OpenType subset of Noto Sans CJK SC).

    It holds all of GB2312, the common GBK characters of modern Chinese news, CJK punctuation
    and every character of the bundled gazetteer; its licence (SIL OFL 1.1) lies beside it.

    Examples
    --------
    >>> bundled_font_path().name
    'CorpusToolsSansSC-Regular.otf'
    """
    return Path(__file__).resolve().parents[1] / "data" / "fonts" / _BUNDLED_FILE


def cjk_font(*, warn: bool = True, system: bool = True) -> str | None:
    """The family name of a CJK font matplotlib can use: an installed one, else the bundled one.

    Installed fonts come first (they cover more characters); fonts installed after matplotlib
    built its font cache are found too. Without any, the font shipped with the package
    (:func:`bundled_font_path`) is registered with matplotlib's font manager, on first call
    only. None (with one warning naming the fix) only when that file is missing too.

    Parameters
    ----------
    warn : bool, default True
        Warn (once) when no CJK font at all is available.
    system : bool, default True
        Look for installed fonts first; ``False`` uses the bundled font straight away (what a
        machine without CJK fonts sees).

    Returns
    -------
    str or None
        The font family name to give matplotlib (``rcParams["font.family"]``), None when no CJK
        font is available at all.

    Examples
    --------
    >>> name = cjk_font(warn=False)
    >>> isinstance(name, str)
    True
    """
    if not _state["searched"] or (not system and _state["font"] != BUNDLED_FAMILY):
        _state["font"] = (_find_font() if system else None) or _bundled_font()
        _state["searched"] = True
    if _state["font"] is None and warn and not _state["warned"]:
        _state["warned"] = True
        warnings.warn(_FIX, UserWarning, stacklevel=2)
    return _state["font"]


def _bundled_font() -> str | None:
    from matplotlib import font_manager

    path = bundled_font_path()
    if not path.is_file():
        return None
    if not any(Path(f.fname) == path for f in font_manager.fontManager.ttflist):
        font_manager.fontManager.addfont(str(path))
    return BUNDLED_FAMILY


def _find_font() -> str | None:
    from matplotlib import font_manager

    def lookup() -> str | None:
        names = {f.name for f in font_manager.fontManager.ttflist}
        return next((fam for fam in CJK_FAMILIES if fam in names), None)

    found = lookup()
    if found:
        return found
    for path in font_manager.findSystemFonts():
        if _FILE_HINT.search(path.replace(" ", "").replace("-", "")):
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue
    return lookup()


@contextmanager
def cjk_text() -> Iterator[list[str] | None]:
    """Text created inside uses the CJK font first, then the default sans-serif fonts.

    Yields the font families in use (None when there is no CJK font); pass them to
    :func:`finish_axes`, which also sets the fonts of text matplotlib makes at draw time.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> with cjk_text() as families:
    ...     ax = new_axes(None, (3, 2))
    ...     _ = ax.set_title("乡村振兴")
    >>> finish_axes(ax, families) is ax
    True
    """
    import matplotlib.pyplot as plt

    font = cjk_font()
    if font is None:
        yield None
        return
    # only installed families: matplotlib logs a line for every missing one it tries
    families = [font, "DejaVu Sans"]
    with plt.rc_context({"font.family": "sans-serif", "font.sans-serif": families,
                         "axes.unicode_minus": False}):
        yield families


def new_axes(ax: Axes | None, figsize: tuple[float, float]) -> Axes:
    """*ax* itself, or the Axes of a new pyplot figure of *figsize* inches when *ax* is None."""
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=figsize)
    return ax


def finish_axes(ax: Axes, families: list[str] | None, *, created: bool = False) -> Axes:
    """Give tick labels, title, axis labels and legend the CJK *families*; lay out a new figure.

    *families* is what :func:`cjk_text` yielded; *created* says the figure is ours (made by
    :func:`new_axes`), so :meth:`~matplotlib.figure.Figure.tight_layout` may change it.
    """
    if families:
        # tick labels are made lazily at draw time, outside our rc_context
        ax.tick_params(axis="both", which="both", labelfontfamily=families)
        for text in (ax.title, ax.xaxis.label, ax.yaxis.label):
            text.set_fontfamily(families)
        legend = ax.get_legend()
        if legend is not None:
            for text in legend.get_texts():
                text.set_fontfamily(families)
            legend.get_title().set_fontfamily(families)
    if created:  # our own figure: make room for labels; a caller's figure is theirs to lay out
        ax.figure.tight_layout()
    return ax

