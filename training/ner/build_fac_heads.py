"""Build ``corpus_tools/data/entities/fac_heads_mined.txt``: head words of facility names.

    /work/venv/bin/python training/ner/build_fac_heads.py [--shared ../shared] [--min-names 3]

A facility's name is a place name whose last word is a common noun (北京|西站, 天安门|广场, 首都|
国际|机场, 兰州|站前|广场). The People's Daily 1998 corpus (research use; only the derived word list ships)
brackets such names as ``[...]ns`` compounds; the last word of each compound, when it is a noun (``n``)
of two or three characters, is a candidate head. CLUENER2020's ``scene`` spans (scenic spots by name)
add the last word jieba gives them (MIT licence). A head is kept when it ends at least ``--min-names``
distinct names (of either source) and it is not

* an administrative or regional word (地区, 自治区, 特区, 新区, 城区, 开发区: the rules label those places;
  苗寨: a village under the guide),
* a landscape word (ending in a :data:`training.ner.build_site_words.NATURE_HEADS` word: 高原, 草原,
  半岛 are LOC), a water body (水库 stays a facility only where the hand list says so),
* an organisation head of ``org_heads.txt`` (饭店, 宾馆, 公司: enterprises are ORG under the guide),
* a generic word of ``fac_generic.txt`` / ``project_generic.txt``,
* a head that ends as many ``[...]nt`` organisation compounds as facility names, one used mostly as a
  plain noun (市场, 基地, 世界: fewer than one name per ten uses in running text), or one counted as a
  business (一家饭店, 两家商场: more often with 家 than with 座, 条, 处): enterprises are ORG under the guide.

The hand list ``fac_heads.txt`` stays first; the rules read both (``lexicon.FAC_HEADS``). Runs in a
few seconds.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_site_words import NATURE_HEADS, cluener_scenes  # noqa: E402

OUT = REPO / "corpus_tools" / "data" / "entities" / "fac_heads_mined.txt"
_TOKEN_RE = re.compile(r"([^\s/\[\]]+)/([A-Za-z]+)")
_BRACKET_RE = re.compile(r"\[([^\]]+)\](ns|nt)")
_CJK_RE = re.compile(r"^[\u4e00-\u9fff]+$")
#: classifiers of structures (一座桥, 一条街, 一处遗址), against 家 for businesses (一家饭店)
_STRUCTURE_CLASSIFIERS = frozenset(("座", "条", "处"))
#: the last characters of administrative and regional words (地区, 自治区, 特区, 自治县, 行政区, 流域)
_ADMIN_ENDS = ("区", "县", "州", "省", "市", "乡", "镇", "村", "寨", "旗", "盟", "国", "域", "洲", "带")


def heads_1998(path: Path) -> tuple[dict[str, set[str]], dict[str, set[str]], Counter, Counter]:
    """Last noun word -> the ``[...]ns`` compounds it ends, the same for ``[...]nt`` (organisations),
    every word's count, and how often a word is counted as a business (家, e.g. 一家商场) less how often
    as a structure (座, 条, 处) by the nearest classifier within three words before it (People's Daily 1998)."""
    ns: dict[str, set[str]] = defaultdict(set)
    nt: dict[str, set[str]] = defaultdict(set)
    total: Counter = Counter()
    business: Counter = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        toks = _TOKEN_RE.findall(line)
        for i, (w, _) in enumerate(toks):
            total[w] += 1
            q = next((toks[j][0] for j in range(i - 1, max(-1, i - 4), -1) if toks[j][1] == "q"), "")
            business[w] += 1 if q == "家" else -1 if q in _STRUCTURE_CLASSIFIERS else 0
        for inner, tag in _BRACKET_RE.findall(line):
            toks = _TOKEN_RE.findall(inner)
            if len(toks) < 2 or toks[-1][1] != "n":
                continue
            (ns if tag == "ns" else nt)[toks[-1][0]].add("".join(w for w, _ in toks))
    return ns, nt, total, business


def heads_cluener(folder: Path) -> dict[str, set[str]]:
    """Last jieba word -> the CLUENER2020 ``scene`` spans it ends (train and dev)."""
    import jieba

    jieba.setLogLevel(60)
    out: dict[str, set[str]] = defaultdict(set)
    for name in cluener_scenes(folder):
        ws = jieba.lcut(name) if _CJK_RE.match(name) else []
        if len(ws) >= 2:
            out[ws[-1]].add(name)
    return out


def _listed(name: str) -> set[str]:
    """The words of ``data/entities/<name>.txt`` (read here: the package's lexicon reads this script's output)."""
    path = OUT.parent / f"{name}.txt"
    return {w for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#") for w in ln.split()}


def fac_heads(found: dict[str, set[str]], *, min_names: int = 3, orgs: "dict[str, set[str]] | None" = None,
              total: "dict[str, int] | None" = None, min_share: float = 0.1,
              business: "dict[str, int] | None" = None) -> list[str]:
    """Heads of 2-3 Chinese characters ending at least *min_names* names, without the excluded kinds
    (module docstring), most names first.

    *orgs* (head -> organisation names it ends) drops a head that ends as many organisation names as
    facility names (饭店, 宾馆: enterprises); *total* (a word's count in running text) drops a head
    used mostly as a plain noun (市场, 基地, 世界: fewer than *min_share* names per use); *business* (a
    word's 家 count less its 座/条/处 count) drops a head counted as a business (饭店, 商场, 宾馆: ORG)."""
    orgs = orgs or {}
    business = business or {}
    total = total or Counter()
    org = _listed("org_heads")
    generic = _listed("fac_generic") | _listed("project_generic")
    keep = []
    for h, names in found.items():
        if not (2 <= len(h) <= 3 and _CJK_RE.match(h)) or len(names) < min_names:
            continue
        if len(orgs.get(h, ())) * 2 >= len(names) or len(names) < min_share * total.get(h, 0) or business.get(h, 0) > 0:
            continue
        if h.endswith(_ADMIN_ENDS) or h.endswith(NATURE_HEADS) or h.endswith(("岛", "洞", "谷", "滩", "水库")):
            continue
        if h in org or any(h.endswith(o) for o in org if len(o) >= 2) or h in generic:
            continue
        keep.append((-len(names), h))
    return [h for _, h in sorted(keep)]


def main(argv: "list[str] | None" = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parents[1] / "shared" if (REPO.parents[1] / "shared").exists()
                    else Path("/work/shared"))
    ap.add_argument("--min-names", type=int, default=3)
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args(argv)
    data = a.shared / "data"
    ns, nt, total, business = heads_1998(data / "people_daily_1998" / "199801.txt")
    found: dict[str, set[str]] = defaultdict(set)
    for src in (ns, heads_cluener(data / "ner_cluener2020")):
        for h, names in src.items():
            found[h] |= names
    heads = fac_heads(found, min_names=a.min_names, orgs=nt, total=total, business=business)
    a.out.write_text("# Facility heads mined by training/ner/build_fac_heads.py (People's Daily 1998 [...]ns compounds,\n"
                     "# CLUENER2020 scene spans); do not edit by hand. The hand list is fac_heads.txt.\n"
                     + "\n".join(heads) + "\n", encoding="utf-8")
    print(f"{len(heads)} heads -> {a.out}")


if __name__ == "__main__":
    main()
