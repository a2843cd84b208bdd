"""Build the CJK font shipped in ``corpus_tools/data/fonts/`` from Noto Sans CJK SC.

Plots and the HTML report need a font with Chinese glyphs; many machines (a fresh cloud
notebook, Windows or macOS without CJK fonts for matplotlib) have none. This script cuts Noto
Sans CJK SC Regular (SIL Open Font License 1.1) down to the characters a Chinese county
newspaper needs, renames it (a modified version under the OFL gets its own name) and writes
it with its licence:

* every character of GB2312 (6,763 hanzi plus its symbols, Greek, Cyrillic, kana, box drawing);
* Basic Latin, Latin-1, general punctuation, CJK symbols and punctuation, full-width forms,
  enclosed and roman numerals;
* every character of the bundled seeds and of the package's data files (administrative
  division and village names, lexicon, slogans, stop words), so every place name in the
  gazetteer renders;
* the GBK characters outside GB2312 that occur at least ``--min-count`` times in the corpora
  given with ``--corpus`` (we built the shipped file with People's Daily 1998 and 2019–2020
  from ``../shared/data``; without them the font holds the sets above only).

Usage (from the repository root, Debian package ``fonts-noto-cjk`` installed)::

    python training/fonts/subset_font.py \
        --corpus ../shared/data/people_daily_1998/199801.txt \
        --corpus ../shared/data/people_daily_2019_2020/articles.jsonl.xz

It prints the number of characters asked for, found in the font, and the file size.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import lzma
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SOURCE_FAMILY = "Noto Sans CJK SC"
OUT_DIR = REPO / "corpus_tools" / "data" / "fonts"
OUT_NAME = "CorpusToolsSansSC-Regular.otf"
FAMILY = "Corpus Tools Sans SC"
POSTSCRIPT = "CorpusToolsSansSC-Regular"
RANGES = [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x2150, 0x218F), (0x2460, 0x24FF),
          (0x3000, 0x303F), (0xFF00, 0xFFEF)]


def gb2312() -> set[str]:
    """Every character GB2312 encodes (rows 0xA1-0xF7, cells 0xA1-0xFE)."""
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def _open(path: Path):
    opener = {".xz": lzma.open, ".gz": gzip.open}.get(path.suffix, open)
    return opener(path, "rt", encoding="utf-8", errors="replace")


def file_chars(paths) -> set[str]:
    chars: set[str] = set()
    for path in paths:
        with _open(path) as fh:
            for line in fh:
                chars.update(line)
    return chars


def common_gbk(corpora: list[Path], min_count: int) -> set[str]:
    """GBK characters outside GB2312 that occur at least *min_count* times in *corpora*."""
    counts: collections.Counter[str] = collections.Counter()
    for path in corpora:
        with _open(path) as fh:
            for line in fh:
                counts.update(line)
    out = set()
    for ch, n in counts.items():
        if n < min_count or ord(ch) < 0x80:
            continue
        try:
            ch.encode("gbk")
        except UnicodeEncodeError:
            continue
        out.add(ch)
    return out


def wanted(corpora: list[Path], min_count: int) -> set[str]:
    chars = gb2312()
    for lo, hi in RANGES:
        chars.update(chr(c) for c in range(lo, hi + 1))
    data = [p for p in (REPO / "corpus_tools" / "data").rglob("*")
            if p.is_file() and p.suffix in {".txt", ".tsv", ".xz", ".gz", ".csv"} and "fonts" not in p.parts]
    chars |= file_chars(data + sorted((REPO / "seeds").glob("*.txt")) + [REPO / "seeds" / "manifest.csv"])
    chars |= common_gbk(corpora, min_count)
    return {c for c in chars if c.isprintable() or c == "\u3000"}


def source_font(path: Path):
    from fontTools.ttLib import TTCollection, TTFont

    if path.suffix.lower() == ".ttc":
        for number, font in enumerate(TTCollection(path).fonts):
            if font["name"].getDebugName(1) == SOURCE_FAMILY:
                return TTFont(path, fontNumber=number)
        raise SystemExit(f"{path} holds no font named {SOURCE_FAMILY!r}")
    return TTFont(path)


def rename(font) -> None:
    """A modified OFL font carries its own name (and says what it was made from)."""
    name = font["name"]
    version = name.getDebugName(5) or ""
    for record in list(name.names):
        if record.nameID in (1, 4, 16, 17, 21, 22):
            name.removeNames(nameID=record.nameID)
    name.setName(FAMILY, 1, 3, 1, 0x409)
    name.setName("Regular", 2, 3, 1, 0x409)
    name.setName(f"{FAMILY} Regular", 4, 3, 1, 0x409)
    name.setName(POSTSCRIPT, 6, 3, 1, 0x409)
    name.setName(f"{version}; subset of {SOURCE_FAMILY} by corpus_tools training/fonts/subset_font.py",
                 3, 3, 1, 0x409)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [POSTSCRIPT]
        top = cff.topDictIndex[0]
        for key in ("FullName", "FamilyName"):
            if hasattr(top, key):
                setattr(top, key, FAMILY)


def main(argv=None) -> int:
    from fontTools import subset

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", type=Path, default=SOURCE, help=f"Noto Sans CJK .ttc or .otf (default {SOURCE})")
    ap.add_argument("--corpus", type=Path, action="append", default=[],
                    help="text, .jsonl, .xz or .gz file whose common GBK characters are kept (repeatable)")
    ap.add_argument("--min-count", type=int, default=3, help="keep a non-GB2312 character seen this often (3)")
    ap.add_argument("--out-dir", type=Path, default=OUT_DIR, help=f"where to write the font (default {OUT_DIR})")
    args = ap.parse_args(argv)
    if not args.source.is_file():
        raise SystemExit(f"source font {args.source} not found; on Debian/Ubuntu: apt-get install fonts-noto-cjk")
    missing = [str(p) for p in args.corpus if not p.is_file()]
    if missing:
        raise SystemExit(f"--corpus files not found: {missing}")

    chars = wanted(args.corpus, args.min_count)
    font = source_font(args.source)
    cmap = font.getBestCmap()
    present = sorted(ord(c) for c in chars if ord(c) in cmap)
    options = subset.Options()
    options.hinting = False
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 7, 11, 13, 14]
    options.name_languages = [0x409]
    options.layout_features = ["*"]
    options.drop_tables += ["VORG", "vhea", "vmtx"]  # horizontal text only
    sub = subset.Subsetter(options)
    sub.populate(unicodes=present)
    sub.subset(font)
    rename(font)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    out = args.out_dir / OUT_NAME
    font.save(out)
    licence = (REPO / "training" / "fonts" / "OFL.txt").read_text(encoding="utf-8")
    (args.out_dir / "LICENSE_OFL.txt").write_text(
        f"{OUT_NAME} ({FAMILY}) is a subset of Noto Sans CJK SC Regular "
        f"({font['name'].getDebugName(5)}), made by training/fonts/subset_font.py.\n"
        "Noto Sans CJK: Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'.\n"
        "Noto is a trademark of Google Inc.\n\n" + licence, encoding="utf-8")
    hanzi = sum(1 for c in present if 0x4E00 <= c <= 0x9FFF or 0x3400 <= c <= 0x4DBF)
    print(f"asked for {len(chars)} characters, {len(present)} in the font ({hanzi} hanzi); "
          f"missing from the source: {len(chars) - len(present)}; {out} {out.stat().st_size / 1e6:.2f} MB",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
