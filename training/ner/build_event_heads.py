"""Build ``corpus_tools/data/entities/event_heads_mined.txt``: head words of event names.

    /work/venv/bin/python training/ner/build_event_heads.py [--shared /work/shared] [--min-names 4] [--min-rate 0.04]

An edition frame (第三届, 首届, 2019) makes what follows it one event's name up to its head word (第三届
中国|农民|丰收节, 首届|乡村振兴|论坛, 2019|中国·抚远|大马哈鱼节|开幕). The names are read from two corpora:

* People's Daily 1998 (research use; only the derived word list ships): after ``第N届`` / ``首届`` the
  run of words up to the first verb, particle, preposition, locative or punctuation; its last noun word
  (``n``, ``vn``, ``j``, ``nz``) is the head;
* the 2019–2020 People's Daily articles: after the same frames (only 第N届 and 首届: a year is no frame
  here, 2019年 opens too many plain phrases), the characters up to a verb of holding (开幕, 举行, 召开,
  举办 …), 期间, 上 or punctuation; the project segmenter's last word of that name is the head.

A head is kept when it ends at least ``--min-names`` distinct framed names (1998 and 2019–2020 together)
and at least ``--min-rate`` of its uses in the 2019–2020 text stand in such a framed name (framed uses
over all uses, both counted in the 2019–2020 text: 论坛, 推介会, 龙舟赛 often do; 会议室, 活动, 工作,
比赛 mostly do not: plain words with an edition in front now and then). A word in 会节赛展周 is also
kept when a verb of holding takes it ``--min-held`` times and in ``--min-held-rate`` of its uses (held
uses over all uses, each counted in both corpora). The output's ``names`` column is the number of
distinct framed names (0 for a word kept by the verbs of holding only), ``held`` the uses after such a verb. Heads of one
character, awards (一等奖, 金奖: no EVENT under the guide) and heads that are no event (届, 委员会, 理事会, 代表团: the
bodies that run events; 主席, 会长: people) are left out. Runs in about two minutes.
"""

from __future__ import annotations

import argparse
import json
import lzma
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
from corpus_tools._entity_rules.events import HOLIDAYS  # noqa: E402  (public and traditional holidays: no EVENT)
OUT = REPO / "corpus_tools" / "data" / "entities" / "event_heads_mined.txt"
_NUM = "一二三四五六七八九十百零〇两0-9０-９"
_TOKEN_RE = re.compile(r"([^\s/\[\]]+)/([A-Za-z]+)")
#: the 2019–2020 frame: an edition (or a year opening a name), the name, then what a name is followed by
_FRAME_RE = re.compile(rf"(?:第[{_NUM}]{{1,4}}届|首届)"
                       r"([^，。、；：！？“”《》（）()\s0-9]{2,20}?)"
                       r"(?=开幕|闭幕|落幕|举行|召开|举办|开赛|开展|启动|期间|上[，。、]|在|于|，|。|、|；|”|）|暨)")
_HEAD_TAGS = frozenset(("n", "vn", "j", "nz"))
_STOP_TAGS = frozenset(("v", "w", "u", "p", "f", "c", "d", "r", "t", "m", "q"))
#: bodies that run events, people, and terms that follow an edition without being an event
_NOT_HEADS = frozenset("""届 委员会 理事会 组委会 代表团 常委会 主席 会长 委员 代表 冠军 选手 学生 毕业生 学员 成员 领导班子
班子 政府 党委 人大 政协 全国人大 大学生 获奖者 主任 研究生 书记 队员 学校 高校 作品 新生 运动员 工作 活动 比赛 会议 全会
""".split())


def heads_1998(path: Path) -> dict[str, set[str]]:
    """Head word -> the framed names it ends (People's Daily 1998, ``第/m N/m 届/q`` or ``首届``)."""
    out: dict[str, set[str]] = defaultdict(set)
    for line in path.read_text(encoding="utf-8").splitlines():
        toks = [(w, t) for w, t in _TOKEN_RE.findall(line)]
        for i, (w, t) in enumerate(toks):
            if not (w == "届" or w.endswith("届") and t in ("q", "m", "b")):
                continue
            name, last = [], None
            for w2, t2 in toks[i + 1:i + 9]:
                if t2 in _STOP_TAGS or t2.startswith("v") and t2 != "vn":
                    break
                name.append(w2)
                if t2 in _HEAD_TAGS:
                    last = w2
            if last and len(name) >= 2 and name[-1] == last:
                out[last].add("".join(name))
    return out


def _articles(path: Path):
    with lzma.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)["text"]


def heads_2019(path: Path) -> tuple[dict[str, set[str]], Counter, list[str]]:
    """Head word -> the framed names it ends (2019–2020 articles, segmented by the project segmenter),
    head word -> its framed uses (each name as often as the text writes it), and the articles' texts
    (for the rate of framed uses)."""
    from corpus_tools.nlp.tokenizer import segment

    texts = list(_articles(path))
    bodies = Counter(m.group(1) for t in texts for m in _FRAME_RE.finditer(t))
    out: dict[str, set[str]] = defaultdict(set)
    framed: Counter = Counter()
    for body, n in bodies.items():
        words = segment(body)
        if len(words) >= 2 and 2 <= len(words[-1]) <= 4:
            out[words[-1]].add(body)
            framed[words[-1]] += n
    return out, framed, texts


#: verbs that hold, open or close an event: their object (举办|安吉白茶|推介会) is an event
_HOLD_RE = re.compile(r"(?:举办|举行|召开|主办|承办|开幕|闭幕|参加|出席)了?([^，。、；：！？“”《》（）()\s0-9]{2,14})")
#: the last character of an event word (推介会, 龙舟赛, 文化节, 成果展, 宣传周)
_EVENT_CHARS = "会节赛展周"
#: organisation words ending in 会 (bodies, not events): the ORG rules read them
_ORG_ENDS = ("委员会", "协会", "学会", "商会", "工会", "联合会", "理事会", "基金会", "促进会", "研究会", "议会", "联谊会",
             "社会", "机会", "都会", "国会", "总会", "分会", "红十字会", "委会", "董事会", "安理会", "与会", "会会", "开会", "参会")


def held_words(texts: list[str], path98: Path) -> tuple[Counter, Counter]:
    """Event-like words (ending in :data:`_EVENT_CHARS`) -> how often a verb of holding takes them (the
    2019–2020 windows segmented by the project segmenter, and 1998's words within six after the verb),
    and every such word's count in 1998 and in the segmented windows."""
    from corpus_tools.nlp.tokenizer import segment

    held, seen = Counter(), Counter()
    windows = Counter(m.group(1) for t in texts for m in _HOLD_RE.finditer(t))
    for win, n in windows.items():
        for w in segment(win)[:5]:
            if len(w) >= 2 and w[-1] in _EVENT_CHARS:
                held[w] += n
    for line in path98.read_text(encoding="utf-8").splitlines():
        toks = _TOKEN_RE.findall(line)
        for i, (w, t) in enumerate(toks):
            if len(w) >= 2 and w[-1] in _EVENT_CHARS and t in ("n", "vn", "nz", "j"):
                seen[w] += 1
                if any(v in ("举办", "举行", "召开", "主办", "承办", "开幕", "闭幕", "参加", "出席")
                       for v, _ in toks[max(0, i - 6):i]):
                    held[w] += 1
    return held, seen


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=Path("/work/shared"))
    ap.add_argument("--min-names", type=int, default=4)
    ap.add_argument("--min-rate", type=float, default=0.04)
    ap.add_argument("--min-held", type=int, default=3, help="uses after a verb of holding, for a word ending in 会节赛展周季月")
    ap.add_argument("--min-held-rate", type=float, default=0.1, help="share of such uses among all uses (1998 and 2019-2020)")
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args(argv)
    data = a.shared / "data"
    h98 = heads_1998(data / "people_daily_1998" / "199801.txt")
    h19, framed, texts = heads_2019(data / "people_daily_2019_2020" / "articles.jsonl.xz")
    names: dict[str, set[str]] = defaultdict(set)
    for h in (h98, h19):
        for k, v in h.items():
            names[k] |= v
    joined = "\n".join(texts)
    kept = []
    for h in sorted(names):
        if len(names[h]) >= a.min_names and len(h) >= 2 and h not in _NOT_HEADS \
                and not h.endswith(("奖", "奖项")) and re.fullmatch(r"[\u4e00-\u9fff]+", h):
            uses = joined.count(h)
            if framed[h] / max(uses, 1) >= a.min_rate:  # framed uses over all uses, both in 2019-2020
                kept.append(h)
    held, seen = held_words(texts, data / "people_daily_1998" / "199801.txt")
    for h, n in held.items():
        if n >= a.min_held and len(h) >= 2 and not h.endswith(_ORG_ENDS) and h not in _NOT_HEADS \
                and h not in HOLIDAYS and h not in ("佳节", "赛季", "参赛", "开展", "进展", "发展") and h not in kept:
            uses = seen[h] + joined.count(h)  # held uses come from both corpora: so do all uses
            if n / max(uses, 1) >= a.min_held_rate:
                kept.append(h)
    kept = [(h, len(names.get(h, ())), held.get(h, 0), joined.count(h)) for h in kept]
    kept.sort(key=lambda r: (-r[1], -r[2], r[0]))
    a.out.write_text("# Event heads mined by training/ner/build_event_heads.py (names after 第N届/首届 in People's Daily\n"
                     "# 1998 and 2019-2020; kept: >= %d distinct framed names and >= %.2f of 2019-2020 uses framed, or a word\n"
                     "# in 会节赛展周 held (举办|召开…) >= %d times and in >= %.2f of its uses, both corpora).\n"
                     "# head\tnames\theld\tuses (2019-2020)\n" % (a.min_names, a.min_rate, a.min_held, a.min_held_rate)
                     + "".join(f"{h}\t{n}\t{k}\t{u}\n" for h, n, k, u in kept), encoding="utf-8")
    print(f"{len(kept)} heads -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
