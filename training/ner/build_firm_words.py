"""Mine the industry words that close a firm's short name (晨鸣纸业, 伊利乳业, 三一重工).

    /work/venv/bin/python training/ner/build_firm_words.py [--shared ../shared] [--min-count 3] [--rare 10] [--min-products 2] [--min-share 0.2]

A registered firm name is region + trade name + industry + legal form (山东晨鸣纸业集团股份有限
公司); the news writes the trade name and the industry without the legal form (晨鸣纸业). This
script finds the industry words that do that job, from three sources of ``--shared/data``:

* ``people_daily_2019_2020/articles.jsonl.xz``: every two-character string right before a legal
  form (…股份有限公司, …有限公司, …集团, …公司) after two more name characters is one
  *slot* use of that string;
* ``people_daily_1998/199801.txt``: the noun right before the legal form inside a bracketed
  ``[…]nt`` organisation that opens with a name (``nz``, ``nr``, ``ns``, ``j``) is one slot use;
* ``ner_cluener2020``: a ``company`` entity that ends in the word is one slot use.

A word is kept when it has at least ``--min-count`` slot uses, is a noun (``n``, ``vn``) in the
majority of its 1998 uses, or in jieba's dictionary when 1998 does not know it (a fragment of a
foreign name such as 希尔 or 乐居 is neither), and at least ``--min-share`` of its occurrences in the
2019–2020 articles are followed by a legal form (or are a whole CLUENER company name's end):
the share rules out the industries that are mostly common nouns (农业, 科技, 旅游: a share
below 0.07) and keeps those that mostly close firm names (药业, 乳业, 控股, 重工).

The news also writes short names whose industry it never follows with a legal form (晨鸣纸业,
湘江纸业). An industry word of the ``X业`` kind (a noun of jieba or 1998) is kept too when it is
rare in 1998 (fewer than ``--rare`` uses: 纸业, 米业, 铝业; not the common nouns 农业, 林业, 企业,
物业) and at least ``--min-count`` of its uses in the 2019–2020 articles, and most of them, are
*free*: after a Chinese character that makes no word with its first one (晨鸣|纸业, 湘江|纸业;
not 造纸|业, 旅游|业, 民宿|业), and its first character is a noun in 1998 (a product or a
material: 纸, 药, 铝; not 伟业, 执业, 立业), or, when 1998 never writes the character as a word of
its own (乳), a noun or noun morpheme of jieba's dictionary (乳 ``ng``: 乳业, whose share is cut by
the generic 中国乳业, 全球乳业).

Writes ``corpus_tools/data/entities/firm_industry.txt`` (read by
:mod:`corpus_tools._entity_rules.firms`), and ``coop_products.txt``: the two-character words the
2019–2020 articles write at least ``--min-products`` times right before 种植, 养殖, 产业, 基地,
加工, 种苗 or 育苗 (油茶, 中蜂, 弓鱼, 果蔬: products, most of them unknown to 1998), which name what a
co-operative grows, not its trade name (:func:`corpus_tools._entity_rules.orgparts.coop_name_start`;
a trade name such as 茗源 or 阳阳 is never written so).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "corpus_tools" / "data" / "entities" / "firm_industry.txt"
PRODUCTS_OUT = REPO / "corpus_tools" / "data" / "entities" / "coop_products.txt"
_PRODUCT_RE = re.compile(r"([\u4e00-\u9fff]{2})(?=种植|养殖|产业|基地|加工|种苗|育苗)")
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from crawl import read_crawl  # noqa: E402  (training/crawl.py: the gold pool skipped)

_LEGAL = r"(?:股份|集团)?(?:有限)?(?:责任)?(?:公司|集团)"
_SLOT_RE = re.compile(r"[\u4e00-\u9fff]{2}([\u4e00-\u9fff]{2})" + _LEGAL)
_TOKEN_RE = re.compile(r"^\[?(.+?)/([A-Za-z]+)(\]\w+)?$")
_LEGAL_WORDS = frozenset(("公司", "有限公司", "集团", "集团公司", "股份", "总公司", "有限", "股份公司"))
_NAME_TAGS = frozenset(("nz", "nr", "ns", "j"))


def modern_text(shared: Path) -> str:
    """The 2019–2020 articles, one per line."""
    return "\n".join(doc.get("text", "").replace("\n", " ") for doc in read_crawl(shared))  # gold pool skipped


def slots_1998(shared: Path) -> tuple[Counter, dict[str, Counter]]:
    """Slot uses in the bracketed organisations of 1998, and every word's tags."""
    slots: Counter = Counter()
    tags: dict[str, Counter] = {}
    path = shared / "data" / "people_daily_1998" / "199801.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        comp: list[tuple[str, str]] | None = None
        for tok in line.split()[1:]:
            m = _TOKEN_RE.match(tok)
            if m is None:
                continue
            word, tag, close = m.group(1), m.group(2), m.group(3)
            tags.setdefault(word, Counter())[tag] += 1
            if tok.startswith("["):
                comp = []
            if comp is not None:
                comp.append((word, tag))
                if close:
                    if close == "]nt" and comp[0][1] in _NAME_TAGS:
                        for (w, t), (nxt, _) in zip(comp[1:], comp[2:]):
                            if nxt in _LEGAL_WORDS and t == "n" and len(w) == 2:
                                slots[w] += 1
                    comp = None
    return slots, tags


def slots_cluener(shared: Path) -> Counter:
    """Company entities of CLUENER 2020 by their last two characters."""
    out: Counter = Counter()
    for split in ("train", "dev"):
        path = shared / "data" / "ner_cluener2020" / f"{split}.jsonl"
        if not path.exists():
            continue
        for ln in path.read_text(encoding="utf-8").splitlines():
            for e in json.loads(ln).get("entity_list", ()):
                name = e.get("entity", "")
                if e.get("entity_type") != "company" or not re.fullmatch(r"[\u4e00-\u9fff]{4,}", name):
                    continue
                m = re.search(r"([\u4e00-\u9fff]{2})" + _LEGAL + "$", name)
                out[m.group(1) if m and m.start() >= 2 else name[-2:]] += 1
    return out


def jieba_nouns(length: int = 2, tags: tuple[str, ...] = ("n", "vn")) -> frozenset[str]:
    """Words of *length* characters that jieba's dictionary tags with one of *tags* (two-character
    nouns ``n``, ``vn`` by default; ``jieba_nouns(1, ("n", "ng"))``: single-character nouns and noun
    morphemes such as 乳)."""
    import jieba

    path = Path(jieba.__file__).with_name("dict.txt")
    out = set()
    for ln in path.read_text(encoding="utf-8").splitlines():
        parts = ln.split()
        if len(parts) == 3 and len(parts[0]) == length and parts[2] in tags:
            out.add(parts[0])
    return frozenset(out)


def jieba_words() -> frozenset[str]:
    """Two-character words of jieba's dictionary."""
    import jieba

    path = Path(jieba.__file__).with_name("dict.txt")
    return frozenset(ln.split(" ", 1)[0] for ln in path.read_text(encoding="utf-8").splitlines()
                     if len(ln.split(" ", 1)[0]) == 2)


def industry_words(text: str, s98: Counter, tags98: dict[str, Counter], clue: Counter, *, min_count: int,
                   min_share: float, rare: int = 10) -> list[tuple[str, int, float]]:
    """``(word, slot uses, share)`` of the kept words (see the module docstring)."""
    slots = Counter(m.group(1) for m in _SLOT_RE.finditer(text))
    total = slots + s98 + clue
    legal_re = re.compile(_LEGAL)
    nouns = jieba_nouns()
    words = jieba_words()
    char_nouns = jieba_nouns(1, ("n", "ng"))
    out = []
    for w, c in total.items():
        if c < min_count or not re.fullmatch(r"[\u4e00-\u9fff]{2}", w):
            continue
        t = tags98.get(w)
        if t and t["n"] + t["vn"] <= 0.5 * sum(t.values()):
            continue  # 1998 knows it, mostly not as a noun (上市, 跨国, 挂牌)
        if not t and w not in nouns:
            continue  # a fragment (州局, 十国, 希尔, 乐居): no noun of 1998 nor of jieba
        n = text.count(w)
        if not n:
            continue
        legal = sum(1 for m in re.finditer(re.escape(w), text) if legal_re.match(text, m.end()))
        share = (legal + clue[w]) / (n + clue[w])
        if share >= min_share:
            out.append((w, c, share))
    seen = {w for w, _, _ in out}
    for w in nouns | {w for w, t in tags98.items() if t["n"] + t["vn"] > 0.5 * sum(t.values())}:
        if len(w) != 2 or not w.endswith("业") or w in seen:
            continue
        t = tags98.get(w)
        if t and (sum(t.values()) >= rare or t["n"] <= 0.5 * sum(t.values())):
            continue  # a common noun (农业, 企业) or no noun in 1998 (执业, 歇业)
        t0 = tags98.get(w[0])
        if t0 is None:
            if w[0] not in char_nouns:
                continue  # 1998 never writes the character alone: jieba's tag decides (乳 ng; not 伟 zg)
        elif t0["n"] + t0["Ng"] <= 0.5 * sum(t0.values()):
            continue  # the industry's first character names a product or material (纸, 药, 铝), not 伟, 执, 新
        uses = [text[m.start() - 1:m.start() + 1] for m in re.finditer(re.escape(w), text) if m.start()]
        free = sum(1 for u in uses if "\u4e00" <= u[0] <= "\u9fff" and u not in nouns and u not in tags98
                   and u not in words)
        if free >= min_count and free >= 0.6 * len(uses):
            out.append((w, total[w], 0.0))
    return sorted(out, key=lambda r: (-r[1], r[0]))


#: characters of function words: a pair holding one is a clause fragment (了新, 他们, 在于), not a product
_FUNCTION_CHARS = frozenset("的了和与在是这那们及从对把将被个于也都就还又着过等为以而并其此该各每我你他她它")


def products(text: str, min_count: int) -> list[str]:
    """Two-character words written at least *min_count* times before a farming word: jieba's nouns,
    or pairs jieba does not know (油茶, 蜜柚), never a pair with a function character or another
    dictionary word (a verb, an adjective: 全面, 发展)."""
    nouns, known = jieba_nouns(2, ("n", "nz", "vn", "ng", "nr", "ns", "nt", "j")), jieba_words()
    counts = Counter(m.group(1) for m in _PRODUCT_RE.finditer(text))
    return sorted(w for w, c in counts.items() if c >= min_count and not (set(w) & _FUNCTION_CHARS)
                  and (w in nouns or w not in known))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-share", type=float, default=0.2)
    ap.add_argument("--rare", type=int, default=10)
    ap.add_argument("--min-products", type=int, default=2)
    args = ap.parse_args(argv)
    s98, tags98 = slots_1998(args.shared)
    text = modern_text(args.shared)
    prods = products(text, args.min_products)
    PRODUCTS_OUT.write_text(f"# products of co-operatives: two-character words written >= {args.min_products} times before "
                            "种植/养殖/产业/基地/加工/种苗/育苗 in People's Daily 2019-2020,\n"
                            "# mined by training/ner/build_firm_words.py\n" + "\n".join(prods) + "\n", encoding="utf-8")
    print(f"{len(prods)} words -> {PRODUCTS_OUT}")
    rows = industry_words(text, s98, tags98, slots_cluener(args.shared),
                          min_count=args.min_count, min_share=args.min_share, rare=args.rare)
    head = (f"# industry words that close a firm's short name (trade name + industry: 晨鸣纸业), mined by\n"
            f"# training/ner/build_firm_words.py --min-count {args.min_count} --min-share {args.min_share} --rare {args.rare}\n"
            f"# (People's Daily 2019-2020 and 1998, CLUENER 2020 companies), by slot uses\n")
    OUT.write_text(head + "".join(f"{w}\n" for w, _c, _s in rows), encoding="utf-8")
    print(f"{len(rows)} words -> {OUT}")


if __name__ == "__main__":
    main()
