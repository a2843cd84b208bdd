"""Rebuild the texts of a hand-made gold folder from the People's Daily corpus in ``../shared``.

The repository ships the gold of ``benchmarks/gold/dev4``, ``dev5``, ``dev6`` and ``dev7`` (``manifest.tsv``,
``entities/``, ``slogans/``) but never the article texts (the corpus is research-only). This script writes
``texts/<stem>.txt`` for every manifest row, in the layout of ``../shared/gold/entities-dev``: the title lines, a blank line, then
the paragraphs (each indented with two U+3000), CRLF line ends. ``benchmarks/external_gold.py`` can then
score the folder.

Usage::

    python benchmarks/gold_texts.py benchmarks/gold/dev5 [--out /work/dev5] [--shared ../shared]

With ``--out`` the manifest and the gold JSON are copied there too, so the repository stays clean.
"""

from __future__ import annotations

import argparse
import csv
import json
import lzma
import os
import shutil
from pathlib import Path

CORPUS = "data/people_daily_2019_2020/articles.jsonl.xz"


def default_shared() -> Path:
    """Return ``$CORPUS_TOOLS_SHARED`` if set, else ``../shared`` beside the repository."""
    env = os.environ.get("CORPUS_TOOLS_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[1].parent / "shared"


def read_manifest(folder: Path) -> list[dict[str, str]]:
    """Return the rows of ``folder/manifest.tsv`` (columns stem, id, date, title, cjk)."""
    with open(folder / "manifest.tsv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    if not rows or not {"stem", "id"} <= set(rows[0]):
        raise ValueError(f"{folder / 'manifest.tsv'}: needs the columns stem and id")
    return rows


def layout(article: dict) -> str:
    """Return an article as a gold text: title lines, blank line, paragraphs, CRLF."""
    lines = article["title"].split("\n") + [""] + article["text"].split("\n")
    return "\r\n".join(lines) + "\r\n"


def article_texts(ids: set[str], shared: Path) -> dict[str, str]:
    """Return ``{article id: gold text}`` for the wanted ids found in the corpus."""
    out: dict[str, str] = {}
    with lzma.open(shared / CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not any(i in line[:40] for i in ids):  # the id is the first field
                continue
            article = json.loads(line)
            if article["id"] in ids:
                out[article["id"]] = layout(article)
    return out


def rebuild(folder: Path, out: Path | None = None, shared: Path | None = None) -> list[Path]:
    """Write ``texts/<stem>.txt`` for each manifest row of ``folder`` and return the paths.

    Parameters
    ----------
    folder : Path
        A gold folder with ``manifest.tsv`` (and ``entities/``, ``slogans/``).
    out : Path, optional
        Where to write; the manifest and gold subfolders are copied there. Defaults to ``folder``.
    shared : Path, optional
        The shared data folder (default ``../shared`` beside the repository).
    """
    shared = shared or default_shared()
    if not (shared / CORPUS).is_file():
        raise FileNotFoundError(f"{shared / CORPUS}: the People's Daily corpus is needed")
    rows = read_manifest(folder)
    out = out or folder
    if out != folder:
        out.mkdir(parents=True, exist_ok=True)
        shutil.copy(folder / "manifest.tsv", out / "manifest.tsv")
        for sub in ("entities", "slogans"):
            if (folder / sub).is_dir():
                shutil.copytree(folder / sub, out / sub, dirs_exist_ok=True)
    texts = article_texts({r["id"] for r in rows}, shared)
    missing = [r["id"] for r in rows if r["id"] not in texts]
    if missing:
        raise KeyError(f"articles not in the corpus: {', '.join(missing)}")
    (out / "texts").mkdir(parents=True, exist_ok=True)
    paths = []
    for r in rows:
        path = out / "texts" / f"{r['stem']}.txt"
        path.write_bytes(texts[r["id"]].encode("utf-8"))
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path, help="gold folder with manifest.tsv")
    ap.add_argument("--out", type=Path, default=None, help="write here instead of into the folder")
    ap.add_argument("--shared", type=Path, default=None, help="shared data folder (default ../shared)")
    args = ap.parse_args(argv)
    rebuild(args.folder, args.out, args.shared)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
