"""Mine firm trade names, platform names and event names from the 2019–2020 People's Daily articles.

    /work/venv/bin/python training/ner/build_arbiter_names.py [--shared ../shared] [--min-count 2]

Three lists for the entity-candidate arbiter (:mod:`corpus_tools._entity_rules.arbiter`), each
found by the *form* the news writes a name in, never by reading a gold report:

* ``trade_names.txt`` — a trade name is what the news writes right before 集团 / 集团公司 /
  股份公司 / (有限)公司 after a clause boundary (punctuation, a line start, 与, 和, 及, 在, 由, 同): 茅台, 蒙牛,
  新希望, 京东, 华为, 腾讯. Kept when written so at least ``--min-count`` times, when the news never
  counts it (一家物业公司, 多家快递公司: kinds of firm), it is no common word and no word that jieba's
  dictionary tags as other than a proper name (家政 n, 自来水 l; 华为 nr, 腾讯 nz stay), no digit string,
  does not start with a deictic, count or conjunction character, does not end in a word of crime
  (涉恶犯罪集团 is a gang) and is no place of the gazetteer
  (a province, city or county before 集团 names a regional group, not a trade name).
* ``platform_names.txt`` — names listed before 等(电商/直播/短视频…)平台 (抖音、快手等平台) at least
  once, or trade names, that are written so or after 在/通过/入驻/借助/依托 and before
  (电商/直播…)平台 at least ``--min-count`` times in all.
* ``event_names.txt`` — an ordinal (第三届, 首届) makes an event name specific: what follows it up to
  an event head (博览会, 运动会, 论坛, 丰收节 …) is an event name when written so at least
  ``--min-count`` times (中国国际进口博览会, 进博会, 世界军人运动会, 全运会); names of standing bodies
  (…委员会, …人民代表大会, 理事会) are left out: their sessions, not they, are events; so are names
  without a scope (世界, 中国, 国际, 全国 …, a province, city or county at the start) unless they are
  a three-character abbreviation (进博会, 全运会): 高峰论坛 and 龙舟大赛 are kinds. Platform names
  are no dictionary word (手机, 线上 are written before 平台 too).

Each list is one name a line, most frequent first, with its count after a tab.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT_DIR = REPO / "corpus_tools" / "data" / "entities"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "training"))
from crawl import read_crawl  # noqa: E402  (training/crawl.py: the gold pool skipped)

_B = r"(?:^|(?<=[，。、；：！？“”（）《》\n与和及在由同]))"
_TRADE_RE = re.compile(_B + r"([\u4e00-\u9fff]{2,4}?)(?:集团公司|集团|股份公司|控股集团|有限责任公司|股份有限公司|有限公司|公司)")
_LIST_PLATFORM_RE = re.compile(
    r"([\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+)等(?:电商|网络|网购|购物|直播|短视频|社交|互联网)?平台")
_VERB_PLATFORM_RE = re.compile(
    r"(?:在|通过|借助|入驻|依托|登陆|对接|与)([\u4e00-\u9fff]{2,4})(?:电商|网购|购物|直播|短视频|社交|网络)?(?:平台|APP|app|网店)")
_CN = "一二三四五六七八九十百0-9０-９"
_EVENT_HEADS = ("博览会", "交易会", "展销会", "运动会", "冬运会", "全运会", "奥运会", "军运会", "青奥会", "进博会",
                "大会", "论坛", "峰会", "年会", "大赛", "竞赛", "锦标赛", "文化节", "艺术节", "旅游节", "电影节",
                "丰收节", "美食节", "音乐节", "读书节", "采摘节", "冰雪节", "花节", "书展", "美展", "航展", "航空展",
                "博鳌亚洲论坛")
_EVENT_RE = re.compile(rf"(?:第[{_CN}]{{1,4}}届|首届)(?:([\u4e00-\u9fff（）()·]{{2,20}}?(?:"
                       + "|".join(sorted(map(re.escape, _EVENT_HEADS), key=len, reverse=True))
                       + r"))|([\u4e00-\u9fff]{2}会)(?![\u4e00-\u9fff]))")
#: a scope that makes an event name one event, not a kind (世界技能大赛, 北京香山论坛; not 高峰论坛, 龙舟大赛)
_SCOPE_RE = re.compile(r"中国|世界|国际|全国|亚洲|联合国|全球")
_BODY_ENDS = ("委员会", "人民代表大会", "理事会", "常委会", "代表大会")
#: a count or demonstrative before X公司/X集团 makes X a kind of firm (一家物业公司, 这家快递公司)
_COUNTED_FIRM_RE = re.compile(r"(?:[一两几多每这那该各某本]|[0-9０-９十百千万]+)[家个所]([\u4e00-\u9fff]{2,4}?)(?:集团|公司)")
_BAD_FIRST = set("这那该本每各其此某一二三四五六七八九十两几多全我贵与和及在由同为对但给将把当再他她它你您")
#: a criminal "group" is no firm (涉恶犯罪集团, 黑恶势力集团)
_NOT_TRADE_END = ("犯罪", "团伙", "黑恶", "涉恶", "涉黑", "势力", "恐怖")


def _articles(shared: Path) -> list[str]:
    """The crawl's article texts, the gold pool skipped (training/crawl.py)."""
    return [doc["text"] for doc in read_crawl(shared)]


#: jieba tags of proper names: a dictionary word with one of these may be a trade name (华为 nr, 腾讯 nz)
_PROPER_TAGS = frozenset(("nr", "nz", "ns", "nt", "nrt", "nrfg", "j"))


def _jieba_common() -> frozenset[str]:
    """Words of jieba's dictionary that it tags as no proper name (家政 n, 自来水 l, 浪潮 n)."""
    import jieba

    path = Path(jieba.__file__).with_name("dict.txt")
    out = set()
    for ln in path.read_text(encoding="utf-8").splitlines():
        parts = ln.split()
        if len(parts) == 3 and parts[2] not in _PROPER_TAGS:
            out.add(parts[0])
    return frozenset(out)


def mine(texts: list[str], min_count: int) -> dict[str, Counter]:
    """Counts of trade, platform and event names over *texts* (see the module docstring)."""
    from corpus_tools import gazetteer as gz

    trade, plat, listed, event, counted = Counter(), Counter(), Counter(), Counter(), Counter()
    for t in texts:
        for m in _TRADE_RE.finditer(t):
            trade[m.group(1)] += 1
        for m in _COUNTED_FIRM_RE.finditer(t):
            counted[m.group(1)] += 1
        for m in _LIST_PLATFORM_RE.finditer(t):
            for x in m.group(1).split("、"):
                plat[x] += 1
                listed[x] += 1
        for m in _VERB_PLATFORM_RE.finditer(t):
            plat[m.group(1)] += 1
        for m in _EVENT_RE.finditer(t):
            event[m.group(1) or m.group(2)] += 1

    from corpus_tools._entity_rules.lexicon import common_or_frequent
    from corpus_tools._entity_rules.names import is_word

    upper = gz.upper_names()
    common = common_or_frequent()

    def known(x: str) -> bool:
        return x in common or (len(x) == 2 and is_word(x))

    jieba_common = _jieba_common()

    def kind(x: str) -> bool:
        """一家物业公司, 多家快递公司: a count before it makes X a kind of firm, not a trade name; so does
        a common word, or a word jieba's dictionary tags as no proper name (家政 n, 自来水 l)."""
        return counted[x] > 0 or x in common or x in jieba_common

    def scoped(x: str) -> bool:
        """An abbreviation (进博会), a scope word or a place at the start (长春航空展)."""
        return len(x) == 3 or bool(_SCOPE_RE.search(x)) or any(x[:k] in upper for k in (2, 3, 4))

    def place(x: str) -> bool:
        return x in upper

    def ok(x: str) -> bool:
        return x[0] not in _BAD_FIRST and not re.search(r"[0-9０-９]", x)

    trade = Counter({k: v for k, v in trade.items() if v >= min_count and ok(k) and not place(k)
                     and not k.endswith(_NOT_TRADE_END) and not kind(k)
                     and not k.endswith(("有限", "股份", "集团", "责任"))})
    plat = Counter({k: v for k, v in plat.items() if v >= min_count and ok(k) and not known(k)
                    and (listed[k] or k in trade)
                    and not k.endswith(("平台", "电商", "网络", "直播", "视频", "等"))})
    event = Counter({k: v for k, v in event.items() if v >= min_count and ok(k) and not k.endswith(_BODY_ENDS)
                     and not known(k) and scoped(k)})
    return {"trade_names": trade, "platform_names": plat, "event_names": event}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--min-count", type=int, default=2)
    args = ap.parse_args(argv)
    lists = mine(_articles(args.shared), args.min_count)
    for name, counts in lists.items():
        path = OUT_DIR / f"{name}.txt"
        path.write_text("".join(f"{k}\t{v}\n" for k, v in counts.most_common()), encoding="utf-8")
        print(f"{path.name}: {len(counts)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
