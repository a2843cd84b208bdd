"""Build the shipped domain lexicon ``corpus_tools/data/lexicon.txt``.

    python training/segmenter/build_lexicon.py

Sources (all shippable: our own list and the WTFPL gazetteer):

* ``domain_terms.txt`` next to this script (hand-curated county-news vocabulary);
* administrative names from ``../shared/data/admin_divisions_china``: province, city and
  county-level names in China (3+ characters), Shanxi townships ending in 镇/乡/街道, and Shanxi villages
  with the committee suffix stripped and 村 restored (3+ characters), plus every
  village of the counties named with ``--full-county`` (Pingyao by default), whatever
  its length.

A term is dropped when the People's Daily 1998 corpus (the segmentation standard) splits
it in most of its 3+ occurrences: forcing it would contradict the standard. Terms are
printed with the reason when dropped.
"""

from __future__ import annotations

import argparse
import csv
import lzma  # noqa: F401  (villages.csv.xz is not needed: the Shanxi file is plain csv)
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SHARED = REPO.parent / "shared" / "data"
sys.path.insert(0, str(REPO / "training"))  # people_daily.py

from people_daily import read_paragraphs  # noqa: E402

from corpus_tools.nlp import LEXICON_PATH  # noqa: E402
from corpus_tools.text import CJK_RE, normalize_text  # noqa: E402

_VILLAGE_SUFFIXES = [  # longest first; the replacement restores 村 where it was merged
    ("村村民委员会", "村"), ("村民委员会", "村"), ("村村委会", "村"), ("村委会", "村"),
]


def village_name(raw: str) -> str | None:
    """'水磨头村民委员会' -> '水磨头村'; residents' committees (社区, 居委会) -> None."""
    for suf, rep in _VILLAGE_SUFFIXES:
        if raw.endswith(suf):
            return raw[: -len(suf)] + rep
    return None


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _splittable(name: str) -> bool:
    """Names the PKU standard splits: 延边 朝鲜族 自治州, 喀什 地区."""
    return "自治" in name or name.endswith("地区")


def gazetteer(admin: Path, full_counties: list[str]) -> list[str]:
    names: list[str] = []
    for fname in ("provinces.csv", "cities.csv"):
        for row in read_csv(admin / fname):
            if len(row["name"]) >= 3 and row["name"].endswith(("省", "市", "州", "盟", "地区")):
                names.append(row["name"])
    for row in read_csv(admin / "areas.csv"):
        if len(row["name"]) >= 3 and row["name"].endswith(("县", "市", "区", "旗")):
            names.append(row["name"])
    for row in read_csv(admin / "streets.csv"):
        if row["provinceCode"] == "14" and row["name"].endswith(("镇", "乡", "街道")) and len(row["name"]) >= 3:
            names.append(row["name"])
    for row in read_csv(admin / "villages_shanxi_14.csv"):
        v = village_name(row["name"])
        if v is None or not all(CJK_RE.match(c) for c in v):
            continue
        if len(v) >= 3 or row["areaCode"] in full_counties:
            names.append(v)
    return [n for n in names if not _splittable(n)]


def corpus_split_counts(corpus: Path, terms: set[str]) -> tuple[Counter, Counter]:
    """How often each term occurs as one word / split across words in the 1998 corpus."""
    whole, split = Counter(), Counter()
    maxlen = max(map(len, terms))
    for _, tokens in read_paragraphs(corpus):
        words = [normalize_text(t.word) for t in tokens]
        text = "".join(words)
        nxt = {}
        pos = 0
        for w in words:
            nxt[pos] = pos + len(w)
            pos += len(w)
        for s, e1 in nxt.items():
            for ln in range(2, maxlen + 1):
                if s + ln > len(text):
                    break
                if (s + ln) not in nxt and s + ln != len(text):
                    continue
                cand = text[s:s + ln]
                if cand in terms:
                    if e1 == s + ln:
                        whole[cand] += 1
                    else:
                        split[cand] += 1
    return whole, split


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--admin", default=str(SHARED / "admin_divisions_china"))
    p.add_argument("--corpus", default=str(SHARED / "people_daily_1998" / "199801.txt"))
    p.add_argument("--terms", default=str(HERE / "domain_terms.txt"))
    p.add_argument("--full-county", nargs="*", default=["140728"], help="county codes whose villages are all kept")
    p.add_argument("--no-villages", action="store_true")
    p.add_argument("--out", default=str(LEXICON_PATH))
    args = p.parse_args(argv)

    domain = []
    with open(args.terms, encoding="utf-8") as fh:
        for line in fh:
            w = line.split("#", 1)[0].strip()
            if w:
                domain.append(normalize_text(w))
    places = gazetteer(Path(args.admin), args.full_county)
    if args.no_villages:
        places = [w for w in places if not w.endswith("村")]
    terms = list(dict.fromkeys(domain + places))
    whole, split = corpus_split_counts(Path(args.corpus), set(terms))
    kept, dropped = [], []
    for t in terms:
        n_split, n_whole = split[t], whole[t]
        if n_split + n_whole >= 3 and n_split > n_whole:
            dropped.append(t)
            print(f"drop {t}: 1998 corpus splits it {n_split}x, keeps it {n_whole}x", file=sys.stderr)
        else:
            kept.append(t)
    dom_kept = [t for t in kept if t in set(domain)]
    place_kept = sorted(t for t in kept if t not in set(domain))
    header = ("# corpus_tools domain lexicon: one word a line, forced as a whole word by the pkuseg\n"
              "# segmenter. Built by training/segmenter/build_lexicon.py (curated county-news terms,\n"
              "# then place names from the NBS 2023 administrative divisions, WTFPL). Extend it at\n"
              "# load time with load_pipeline(user_words=...) instead of editing this file.\n")
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(header)
        fh.write("# --- county-news terms\n")
        fh.write("\n".join(dom_kept) + "\n")
        fh.write("# --- place names\n")
        fh.write("\n".join(place_kept) + "\n")
    print(f"wrote {args.out}: {len(dom_kept)} terms, {len(place_kept)} place names, {len(dropped)} dropped",
          file=sys.stderr)


if __name__ == "__main__":
    main()
