"""Official slogans and formulae (提法): find, normalise, count and track them.

Three kinds are detected **by structure**, following the annotation guide of the gold
slogans (``docs/slogans.md`` explains every rule):

``numbered``
    a formula whose numeral counts its parts, or a numeric code: 五个进一步, 两学五抓,
    一园六中心, 1252, 4+1重点产业链, 五不放过、五个必须.
``parallel``
    a series of three or more coordinated items of the same length that is either quoted
    (保护为主、抢救第一、合理利用、加强管理) or repeats a morpheme in the same slot and stands
    in a requirement frame (按照疫情要防住、经济要稳住、发展要安全的要求; 实现联防联治联享).
``quoted``
    any other quoted catch-phrase that passes the slogan test: 光荣在党50年, 走在前、作表率,
    “党组织+合作社+农户”; not reported speech, names, brands or scare-quoted words.

Numbered and quoted formulae need quotation marks at least once on a page; once a formula
qualifies, every occurrence counts, quoted or not. A shipped, user-extensible lexicon
(``data/slogans.tsv``, :func:`load_slogan_lexicon`) adds the level (national, provincial,
municipal, county), groups variants and excludes false friends (七一, idioms).

The text-level detector is :func:`find_slogans`; corpus-level tables come from
:func:`extract_slogans`, :func:`slogan_mentions` and :func:`slogan_trends`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Sequence

import pandas as pd

from corpus_tools.text import CJK_RE, SENTENCE_END_RE, normalize_text, strip_spaces

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

    from corpus_tools.corpus import Article, Corpus, Issue

__all__ = [
    "KINDS",
    "LEVELS",
    "SloganMention",
    "find_slogans",
    "slogan_key",
    "load_slogan_lexicon",
    "page_slogans",
    "extract_slogans",
    "slogan_mentions",
    "slogan_trends",
    "slogan_entity_cooccurrence",
    "plot_slogan_timeline",
]

#: The slogan kinds, in the order the guide applies its tests.
KINDS = ("numbered", "parallel", "quoted")
#: Levels a lexicon entry may carry (empty when unknown).
LEVELS = ("national", "provincial", "municipal", "county")
#: Columns of :func:`extract_slogans`.
SLOGAN_COLUMNS = ["text", "kind", "level", "count", "n_articles", "n_issues", "first_date",
                  "last_date", "first_article_id", "variants"]
#: Columns of :func:`slogan_mentions`.
MENTION_COLUMNS = ["issue_id", "article_id", "text", "kind", "start", "end", "context", "part",
                   "quoted"]
#: Columns of :func:`load_slogan_lexicon`.
LEXICON_COLUMNS = ["text", "kind", "level", "region", "variants", "note"]

# --------------------------------------------------------------------------------------
# character classes
# --------------------------------------------------------------------------------------

_OPEN_CLOSE = {"“": "”", "「": "」", "‘": "’", "『": "』", "\"": "\"", "'": "'"}
_QUOTE_CHARS = "“”‘’「」『』\"'"
_QUOTE_DELETE = str.maketrans("", "", _QUOTE_CHARS)
_SENT_END = "。！？!?；;…"
_ITEM_SEP_RE = re.compile(r"[、，,；;]+|\s+")
_CLAUSE_PUNCT = "，,。；;：:！？!?（）()《》\n"

_CN_DIGITS = "一二两三四五六七八九十百千万双"
_COUNT_START = "两三四五六七八九十双"  # numerals that open a counting formula on their own
_NUM_RE = r"(?:[一二两三四五六七八九十百千万]+|\d+)"
# numerals that start a word without counting anything (三晋 = Shanxi, 一些 = some ...)
_NOT_COUNTS = ("三晋", "一些", "一切", "一直", "一起", "一体", "一线", "一流", "万人", "千万",
               "万亩", "百姓", "百年", "千年", "万家", "十分", "三维", "一定", "一批", "一系列",
               "两岸", "双方", "十足", "百货", "万象")

# Heads that name the quoted phrase as a campaign, model, requirement ... when they follow it.
_LABEL_HEADS = ("要求", "行动", "标准", "举措", "工作", "模式", "理念", "原则", "思路", "方针",
                "工程", "计划", "战略", "机制", "体系", "建设", "项目", "制度", "目标", "任务",
                "改革", "试点", "清单", "路径", "方略", "政策", "经验", "做法", "专项", "攻坚",
                "战役", "主题", "精神", "格局", "品牌创建", "创建", "示范", "工作室", "专班")
# Heads inside the phrase that make it a programme name (雪亮工程, 枫桥经验).
_INNER_HEADS = ("工程", "计划", "行动", "经验", "模式", "战略", "机制", "工作法", "体系", "革命",
                "攻坚战", "保卫战", "振兴")
# Verbs that take a slogan as object right before the opening quote.
_GOVERNING = ("实施", "实行", "推行", "坚持", "开展", "落实", "贯彻", "践行", "深化", "依托",
              "按照", "围绕", "结合", "推进", "推广", "树立", "对标", "细化", "聚焦", "争创",
              "创建", "抓好", "做好", "持续", "确定", "秉持", "遵循", "弘扬", "学习借鉴",
              "借鉴", "实现", "确保", "强化", "深入", "启动", "打响", "聚力", "倡导", "牢记",
              "实行了", "开展了", "实施了")
_ROLE_AFTER = ("为抓手", "为主线", "为引领", "为载体", "为目标", "为核心", "为重点", "为主要内容",
               "为契机", "为导向", "为统领", "作为", "的要求", "的原则", "的目标", "的理念",
               "的思路", "的方针", "的标准", "的模式", "的工作", "的部署", "的效果", "要求")
# Heads that make the quoted phrase the name of a thing rather than a formula.
_NAME_SUFFIXES = ("节", "年", "号", "人物", "奖", "杯", "赛", "展", "会", "周", "团", "队", "馆",
                  "店", "村", "镇", "乡", "县", "市", "省", "局", "委", "部", "处", "公司", "协会",
                  "学校", "医院", "中心", "行", "社", "站", "台", "报", "网", "街", "路", "园区",
                  "班", "院", "营", "节目", "仪", "器", "巴士", "一日游", "事件")
# What follows a name, brand or platform.
_NAME_AFTER = ("平台", "品牌", "APP", "app", "公众号", "小程序", "系列", "灯组", "商标", "产品",
               "等品牌", "等灯组", "调研团", "旅游公路", "云平台")
_VERB_BEFORE_PLACE = "下进入到回兴强富建美治"
_SPEECH_BEFORE_RE = re.compile(r"(?:[：:]|(?:说|道|表示|认为|指出|称|强调|坦言|感慨)[，,]?)\s*$")
_TITLE_AFTER = ("称号", "光荣称号", "荣誉", "字样", "奖", "探测器", "牌匾", "证书", "化石", "嘉年华",
                "（", "(")
_SCARE_AFTER = ("作用", "效应", "问题", "难题")

# Frames around an unquoted parallel series (guide 2b).
_FRAME_BEFORE = ("按照", "实现", "确保", "坚持", "开展", "发挥", "做到", "遵循", "践行", "秉持",
                 "落实", "实行", "推行", "达到", "力争", "突出", "把握", "树立", "贯彻")
_FRAME_BEFORE_RE = re.compile("(?:" + "|".join(_FRAME_BEFORE) + r")[了着]?$")
_FRAME_AFTER_RE = re.compile(
    r"^(?:的|等)?(?:要求|原则|目标|方针|理念|思路|标准|工作|模式|格局|机制|作用|举措|措施|"
    r"路径|新模式|为主要内容|为目标|为重点|为抓手)")

_LEVEL_CONTEXT = (("national", ("中央", "党中央", "国家", "全国", "总书记")),
                  ("provincial", ("省委", "省", "全省", "省级")),
                  ("municipal", ("市委", "市", "全市", "市级")),
                  ("county", ("县委", "县", "全县", "县级")))


# --------------------------------------------------------------------------------------
# normalisation
# --------------------------------------------------------------------------------------

def slogan_key(text: str) -> str:
    """The comparison form of a slogan: quotes and whitespace deleted, widths unified.

    Full-width digits, letters and ``＋`` become ASCII and the Chinese comma ``，`` and
    semicolon ``；`` become ``,`` and ``;``, so “走在前，作表率” and 走在前,作表率 share a key.
    The enumeration comma ``、`` is kept: it is the normal form in both.

    Examples
    --------
    >>> slogan_key("“４＋１” 重点产业链")
    '4+1重点产业链'
    >>> slogan_key("点亮一盏灯，照亮一大片") == slogan_key("点亮一盏灯,照亮一大片")
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    out = strip_spaces(normalize_text(text).translate(_QUOTE_DELETE))
    return out.replace("，", ",").replace("；", ";").replace("：", ":")


def _compact_with_map(text: str) -> tuple[str, list[int]]:
    """Delete whitespace and quote marks; return the compact string and, per kept char, its
    offset in *text* (the counting form of the guide)."""
    chars: list[str] = []
    index: list[int] = []
    norm = normalize_text(text)
    for i, ch in enumerate(norm):
        if ch.isspace() or ch in _QUOTE_CHARS:
            continue
        chars.append({"，": ",", "；": ";", "：": ":"}.get(ch, ch))
        index.append(i)
    return "".join(chars), index


# --------------------------------------------------------------------------------------
# lexicon
# --------------------------------------------------------------------------------------

def load_slogan_lexicon(path: str | Path | None = None, *,
                        extra: "pd.DataFrame | Iterable[Mapping[str, str]] | str | Path | None" = None,
                        ) -> pd.DataFrame:
    """Read the slogan lexicon: known formulae with kind, level, region and variants.

    Parameters
    ----------
    path : str or Path, optional
        A tab-separated file with the columns of :data:`LEXICON_COLUMNS` (``#`` starts a
        comment line). Default: the lexicon shipped in ``corpus_tools/data/slogans.tsv``.
    extra : DataFrame, iterable of dicts, str or Path, optional
        More entries (a table or a file of the same format) appended to *path*; an entry
        whose text is already present replaces the earlier one, so users can correct levels.

    Returns
    -------
    DataFrame
        Columns ``text, kind, level, region, variants, note``; ``kind`` is one of
        ``numbered, parallel, quoted`` or ``none`` (never a slogan); ``level`` one of
        ``national, provincial, municipal, county`` or ``""``; ``variants`` is a
        ``|``-separated string.

    Examples
    --------
    >>> lex = load_slogan_lexicon()
    >>> lex.set_index("text").loc["三晋强基", "level"]
    'provincial'
    >>> mine = load_slogan_lexicon(extra=[{"text": "两学五抓", "level": "municipal", "region": "晋中"}])
    >>> mine.set_index("text").loc["两学五抓", "region"]
    '晋中'
    """
    frames = [_read_lexicon_file(Path(path) if path is not None else None)]
    if extra is not None:
        if isinstance(extra, (str, Path)):
            frames.append(_read_lexicon_file(Path(extra)))
        else:
            df = extra if isinstance(extra, pd.DataFrame) else pd.DataFrame(list(extra))
            if "text" not in df.columns:
                raise ValueError(f"extra lexicon entries need a 'text' column; got columns {list(df.columns)}")
            frames.append(_check_lexicon(df.copy(), source="extra"))
    lex = pd.concat(frames, ignore_index=True)
    lex = lex.drop_duplicates("text", keep="last").reset_index(drop=True)
    return lex[LEXICON_COLUMNS]


def _read_lexicon_file(path: Path | None) -> pd.DataFrame:
    if path is None:
        text = resources.files("corpus_tools").joinpath("data", "slogans.tsv").read_text(encoding="utf-8")
        source = "corpus_tools/data/slogans.tsv"
    else:
        if not path.is_file():
            raise FileNotFoundError(f"slogan lexicon {path} does not exist")
        text = path.read_text(encoding="utf-8")
        source = str(path)
    rows = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not rows:
        return pd.DataFrame(columns=LEXICON_COLUMNS)
    header = rows[0].split("\t")
    if "text" not in header:
        raise ValueError(f"{source}: the first non-comment line must be a header with a 'text' "
                         f"column; got {header}")
    records = []
    for n, ln in enumerate(rows[1:], start=2):
        cells = ln.split("\t")
        if len(cells) > len(header):
            raise ValueError(f"{source}: row {n} ({cells[0]!r}) has {len(cells)} fields, "
                             f"the header has {len(header)}")
        records.append(dict(zip(header, cells)))
    return _check_lexicon(pd.DataFrame(records), source=source)


def _check_lexicon(df: pd.DataFrame, *, source: str) -> pd.DataFrame:
    for col in LEXICON_COLUMNS:
        if col not in df.columns:
            df[col] = ""
    df = df.fillna("")
    df["text"] = df["text"].astype(str).str.strip()
    df["kind"] = df["kind"].astype(str).str.strip().replace("", "quoted")
    bad = df.loc[~df["kind"].isin(KINDS + ("none",)), "kind"]
    if len(bad):
        raise ValueError(f"{source}: kind = {bad.iloc[0]!r} is invalid; must be one of "
                         f"{KINDS + ('none',)}")
    bad = df.loc[~df["level"].isin(LEVELS + ("",)), "level"]
    if len(bad):
        raise ValueError(f"{source}: level = {bad.iloc[0]!r} is invalid; must be one of "
                         f"{LEVELS} or empty")
    return df[LEXICON_COLUMNS]


@dataclass
class _Lexicon:
    """Lookup form of a lexicon table: key -> entry (text, kind, level)."""

    entries: dict[str, dict[str, str]] = field(default_factory=dict)
    canon: dict[str, str] = field(default_factory=dict)  # variant key -> canonical key

    @classmethod
    def build(cls, lexicon: "pd.DataFrame | None | bool") -> "_Lexicon":
        if lexicon is False:
            return cls()
        if lexicon is None:
            df = load_slogan_lexicon()
        elif isinstance(lexicon, pd.DataFrame):
            df = _check_lexicon(lexicon.copy(), source="lexicon")
        else:
            raise TypeError(f"lexicon must be a DataFrame from load_slogan_lexicon(), None or False; "
                            f"got {type(lexicon).__name__}")
        lex = cls()
        for row in df.to_dict("records"):
            key = slogan_key(row["text"])
            if not key:
                continue
            lex.entries[key] = row
            lex.canon[key] = key
            for var in str(row["variants"]).split("|"):
                if var.strip():
                    lex.canon.setdefault(slogan_key(var), key)
        return lex

    def get(self, text: str) -> dict[str, str] | None:
        key = self.canon.get(slogan_key(text))
        return self.entries.get(key) if key else None

    def excluded(self, text: str) -> bool:
        entry = self.get(text)
        return entry is not None and entry["kind"] == "none"


# --------------------------------------------------------------------------------------
# the text-level detector
# --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SloganMention:
    """One qualifying slogan found in a text.

    Attributes
    ----------
    text : str
        The slogan as printed, quotation marks removed, internal punctuation and spaces kept.
    kind : str
        ``numbered``, ``parallel`` or ``quoted``.
    start, end : int
        Offsets of the printed slogan in the searched text (inside the quotation marks).
    quoted : bool
        Whether this mention is in quotation marks.
    level : str
        ``national`` … ``county`` from the lexicon or the words before it (省委“…”), else ``""``.
    evidence : str
        Short reason the detector accepted it (for inspection and tuning).
    """

    text: str
    kind: str
    start: int
    end: int
    quoted: bool = True
    level: str = ""
    evidence: str = ""

    @property
    def key(self) -> str:
        """The comparison form (:func:`slogan_key`)."""
        return slogan_key(self.text)


@dataclass
class _Quote:
    open: int    # offset of the opening mark
    close: int   # offset of the closing mark
    depth: int

    @property
    def start(self) -> int:
        return self.open + 1

    @property
    def end(self) -> int:
        return self.close


def _find_quotes(text: str) -> list[_Quote]:
    """Balanced quotation spans inside one paragraph (a quote never crosses ``\\n``)."""
    out: list[_Quote] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch == "\n":
            stack.clear()
            continue
        if stack and ch == _OPEN_CLOSE[stack[-1][0]]:
            opener, pos = stack.pop()
            out.append(_Quote(pos, i, len(stack)))
            continue
        if ch in ("\"", "'"):
            # ASCII quotes: open unless one is pending (then it was closed above)
            if ch == "'" and not (i + 1 < len(text) and CJK_RE.match(text[i + 1] or "")):
                continue
            stack.append((ch, i))
        elif ch in _OPEN_CLOSE:
            stack.append((ch, i))
        elif ch in "”」’』":
            # a closing mark without its opener (layout lost it): resynchronise
            for k in range(len(stack) - 1, -1, -1):
                if _OPEN_CLOSE[stack[k][0]] == ch:
                    opener, pos = stack[k]
                    del stack[k:]
                    out.append(_Quote(pos, i, k))
                    break
    out.sort(key=lambda q: q.open)
    return out


def _is_cjk(s: str) -> bool:
    return bool(s) and all(CJK_RE.match(c) for c in s)


def _numbered_item(s: str) -> bool:
    """Whether the single item *s* is a counting formula or a numeric code."""
    s = normalize_text(s)
    if re.fullmatch(r"\d{3,}", s):                 # 1252
        return True
    if re.fullmatch(r"\d+(?:\+\d+)+", s) or re.fullmatch(r"\d+\+[A-Za-z]", s):  # 4+1, 1+N
        return True
    if any(s.startswith(w) for w in _NOT_COUNTS):
        return False
    if re.fullmatch(f"[{_CN_DIGITS}]+", s):        # 十三五 (but not 七一, a date)
        return len(s) >= 3
    # 一园六中心, 一厅四室, 一室多用, 两牛一羊, 两学五抓
    if re.fullmatch(r"[一两二三四五六七八九十双]{1,2}[^\d一二两三四五六七八九十百千万双]{1,2}"
                    r"(?:[一两二三四五六七八九十多]{1,2}[^\d一二两三四五六七八九十百千万]{1,3}){1,2}", s) \
            and _is_cjk(s):
        return True
    # 五个进一步, 八大职责清单, 三不变, 四下基层, 四好农村公路, 六新, 五大员, 双提升
    m = re.fullmatch(f"([{_COUNT_START}][{_CN_DIGITS}]?|\\d)(个|大|项|条|类|种|张|支)?(.+)", s)
    if m and _is_cjk(m.group(3)):
        body = m.group(3)
        limit = 4 if m.group(2) else 5
        if 1 <= len(body) <= limit and not body[0] in "年月日号次元万亿岁":
            return True
    return False


def _split_items(inner: str) -> list[tuple[int, int]]:
    """Item spans of a quoted phrase split at 、，,；; and spaces."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _ITEM_SEP_RE.finditer(inner):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(inner):
        spans.append((pos, len(inner)))
    return spans


def _level_from_context(before: str) -> str:
    tail = before[-3:]
    found = [lvl for lvl, words in _LEVEL_CONTEXT if any(tail.endswith(w) or (w in tail and len(w) > 1)
                                                         for w in words)]
    if "省市" in tail or "省" in tail[-2:] and "市" in tail[-2:]:
        return "provincial"
    return found[0] if found else ""


def _extend_code(text: str, end: int) -> int:
    """For an arithmetic code like “4+1”, take the noun it qualifies (4+1重点产业链)."""
    m = re.match(r"[\u4e00-\u9fff]{1,6}", text[end + 1:])
    if not m:
        return end
    run = m.group(0)
    heads = ("产业链", "产业", "体系", "模式", "机制", "格局", "平台", "工作法", "工程", "行动")
    for i in range(len(run)):
        for h in heads:
            if run.startswith(h, i):
                return end + 1 + i + len(h)
    return end


@dataclass
class _Ctx:
    lexicon: _Lexicon
    places: tuple[str, ...]


def _classify_quote(text: str, q: _Quote, ctx: _Ctx, group: Sequence[_Quote]) -> SloganMention | None:
    """Decide whether the quoted span *q* of *text* is a slogan, and of which kind."""
    inner_raw = text[q.start:q.end]
    inner = inner_raw.strip()
    if not inner:
        return None
    lead = len(inner_raw) - len(inner_raw.lstrip())
    start, end = q.start + lead, q.start + lead + len(inner)
    before = text[max(0, q.open - 8):q.open]
    after = text[q.close + 1:q.close + 9]
    level = _level_from_context(before)
    entry = ctx.lexicon.get(inner)
    if entry is not None:
        if entry["kind"] == "none":
            return None
        return SloganMention(inner, entry["kind"], start, end, True, entry["level"] or level, "lexicon")

    norm = normalize_text(inner)
    # reported speech: sentence punctuation, first/second person, or too long for a formula
    if any(c in norm for c in _SENT_END) or re.search(r"[我咱你您]", norm):
        return None
    if _SPEECH_BEFORE_RE.search(before):
        return None                  # a quotation introduced by 说： / 写道：
    if len(strip_spaces(norm)) > 30 and not _even_series(norm):
        return None
    if not (CJK_RE.search(norm) or re.search(r"\d", norm)):
        return None
    # a run of quoted examples closed by 等 (“二龙戏珠”“镖行天下”等灯组): names, not formulae
    if len(group) >= 2 and text[group[-1].close + 1:group[-1].close + 2] == "等":
        return None

    # + models and arithmetic codes
    if "+" in norm:
        parts = [p for p in norm.split("+")]
        if all(re.fullmatch(r"\d+|[A-Za-z]", p) for p in parts if p):
            new_end = _extend_code(text, q.close)
            printed = inner if new_end == q.close else inner + text[q.close + 1:new_end]
            return SloganMention(printed, "numbered", start, new_end if new_end != q.close else end,
                                 True, level, "numeric code")
        if all(_is_cjk(p) and 1 <= len(p) <= 6 for p in parts if p) and len([p for p in parts if p]) >= 1:
            return SloganMention(inner, "quoted", start, end, True, level, "+ model")
        return None

    items = [inner[a:b] for a, b in _split_items(inner)]
    if len(items) >= 2:
        lengths = {len(normalize_text(it)) for it in items}
        if len(lengths) != 1:
            return None              # a quoted list, not a formula (温缩裂缝、凝固效果差…)
        if all(_numbered_item(it) for it in items):
            return SloganMention(inner, "numbered", start, end, True, level, "numbered series")
        if len(items) >= 3:
            return SloganMention(inner, "parallel", start, end, True, level, "quoted series")
        if min(lengths) < 2:
            return None
        return SloganMention(inner, "quoted", start, end, True, level, "two-part motto")

    # one item
    if re.fullmatch(f"[{_CN_DIGITS}]{{2}}", norm) and after.startswith(("计划", "规划", "时期", "期间")):
        return SloganMention(inner, "numbered", start, end, True, level, "plan period")
    if re.fullmatch(f"[{_CN_DIGITS}]+", norm) and len(norm) < 3:
        return None                  # 七一, 五四: dates
    if _numbered_item(norm):
        if re.fullmatch(r"\d{3,}", norm) and re.match(r"[年元万亿米吨亩户人个次]", after[:1] or " "):
            return None              # a number in quotes, not a code
        return SloganMention(inner, "numbered", start, end, True, level, "numbered")
    if _compact_parallel(norm):
        return SloganMention(inner, "parallel", start, end, True, level, "compact series")
    evidence = _slogan_evidence(norm, before, after, ctx)
    if evidence is None:
        return None
    return SloganMention(inner, "quoted", start, end, True, level, evidence)


def _even_series(s: str) -> bool:
    """Three or more items of one length up to 12 (a long quoted series, not speech)."""
    items = [s[a:b] for a, b in _split_items(s)]
    return len(items) >= 3 and len({len(i) for i in items}) == 1 and len(items[0]) <= 12


def _slogan_evidence(s: str, before: str, after: str, ctx: _Ctx) -> str | None:
    """The slogan test for a single quoted phrase; returns the reason or None."""
    n = len(s)
    if n < 2 or re.fullmatch(r"[\d.%]+", s):
        return None
    if not CJK_RE.search(s):
        return None
    # names of places, events, brands, persons
    if any(s.startswith(p) for p in ctx.places if p) and n >= 3:
        return None
    if s.endswith(_NAME_SUFFIXES) and not s.endswith(_INNER_HEADS) \
            and not (len(s) >= 3 and (s[-2] in _VERB_BEFORE_PLACE or s[-2].isdigit())):   # 送戏下乡, 旅游兴县 are not names
        return None
    if after.startswith(_NAME_AFTER) or after.startswith(_TITLE_AFTER):
        return None
    labelled = (any(after.startswith(h) or after.startswith("的" + h) for h in _LABEL_HEADS)
                or after.startswith(_ROLE_AFTER))
    # a two-character word needs a label after it (“三农”工作); a verb before is not enough
    role = labelled or (n >= 3 and any(before.endswith(v) for v in _GOVERNING))
    if s.endswith(_INNER_HEADS) and n >= 4:
        return "programme name"
    if re.search(r"[的是]", s) and not labelled:
        return None                  # a description or statement (文明的冲突, 大门是敞开的)
    if n >= 5:
        if after.startswith(_SCARE_AFTER) and not role:
            return None
        return "long quoted phrase"
    if role and not after.startswith(_SCARE_AFTER):
        return "role in sentence"
    return None


_COMPACT_RES = (re.compile(r"(.)(.)\1(.)\1(.)"),       # 联防联治联享
                re.compile(r"(.)(.)(.)\2(.)\2"))       # 防联治联享联 (shared second char)


def _compact_parallel(s: str) -> bool:
    if len(s) != 6 or not _is_cjk(s):
        return False
    if _COMPACT_RES[0].fullmatch(s):
        a, b, c, d = (_COMPACT_RES[0].fullmatch(s).group(i) for i in range(1, 5))
        return len({b, c, d}) == 3
    m = _COMPACT_RES[1].fullmatch(s)
    return bool(m) and len({m.group(1), m.group(3), m.group(4)}) == 3


def _quote_groups(quotes: list[_Quote], text: str) -> dict[int, list[_Quote]]:
    """Runs of adjacent top-level quotes (“A”“B”, “A”、“B”); index -> its run."""
    groups: dict[int, list[_Quote]] = {}
    run: list[int] = []
    for i in range(len(quotes)):
        if run:
            prev = quotes[run[-1]]
            gap = text[prev.close + 1:quotes[i].open]
            if gap in ("", "、", "和", "与", ",", "，") and quotes[i].depth == prev.depth:
                run.append(i)
                continue
            for k in run:
                groups[k] = [quotes[j] for j in run]
        run = [i]
    for k in run:
        groups[k] = [quotes[j] for j in run]
    return groups


def _merge_single_chars(text: str, quotes: list[_Quote]) -> tuple[list[_Quote], list[SloganMention]]:
    """“特”“优” -> 特优: runs of adjacent one-character quotes form one compact formula."""
    merged: list[SloganMention] = []
    used: set[int] = set()
    i = 0
    while i < len(quotes):
        j = i
        while (j + 1 < len(quotes) and quotes[j].end - quotes[j].start == 1
               and quotes[j + 1].end - quotes[j + 1].start == 1
               and quotes[j + 1].open == quotes[j].close + 1):
            j += 1
        if j > i and quotes[i].end - quotes[i].start == 1:
            chars = "".join(text[quotes[k].start] for k in range(i, j + 1))
            if _is_cjk(chars):
                merged.append(SloganMention(chars, "quoted", quotes[i].start, quotes[j].end, True, "",
                                            "one-character parts"))
                used.update(range(i, j + 1))
            i = j + 1
        else:
            i += 1
    return [q for k, q in enumerate(quotes) if k not in used], merged


def _segments(par: str, offset: int) -> Iterator[list[tuple[int, int, str]]]:
    """Runs of >= 3 pieces of one paragraph joined by the same separator (、 or ，).

    Each piece is ``(start, end, separator after it)`` with offsets shifted by *offset*; the
    last piece of a run may be followed by anything (it is trimmed later).
    """
    bounds = list(re.finditer(r"[、，,。；;：:！？!?（）()《》“”‘’「」\"]|\s+", par))
    pieces: list[tuple[int, int, str]] = []
    pos = 0
    for m in bounds:
        sep = {"、": "、", "，": "，", ",": "，"}.get(m.group(0), "|")
        pieces.append((pos + offset, m.start() + offset, sep))
        pos = m.end()
    pieces.append((pos + offset, len(par) + offset, "|"))
    i = 0
    while i < len(pieces):
        sep = pieces[i][2]
        if sep == "|":
            i += 1
            continue
        j = i
        while j < len(pieces) and pieces[j][2] == sep:
            j += 1
        run = pieces[i:min(j, len(pieces) - 1) + 1]
        if len(run) >= 3:
            yield run
        i = max(j, i + 1)


def _unquoted_series(text: str, quoted_spans: list[tuple[int, int]]) -> list[SloganMention]:
    """Unquoted parallel series with a shared morpheme in a requirement frame (guide 2b)."""
    out: list[SloganMention] = []
    pos = 0
    for par in text.split("\n"):
        for run in _segments(par, pos):
            out.extend(_series_in_run(text, run, quoted_spans))
        for k in range(len(par) - 5):
            a, b = pos + k, pos + k + 6
            cand = text[a:b]
            if not _compact_parallel(cand) or _inside(a, b, quoted_spans):
                continue
            pre, post = text[max(0, a - 6):a], text[b:b + 6]
            if _FRAME_BEFORE_RE.search(pre) and (not post or post[0] in _CLAUSE_PUNCT + "、"):
                out.append(SloganMention(cand, "parallel", a, b, False, "", "compact series in frame"))
        pos += len(par) + 1
    return out




def _inside(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= a and b <= e for s, e in spans)


_MAX_SERIES = 24  # pieces of one length in a row beyond this are a list or table, not a slogan


def _series_in_run(text: str, run: list[tuple[int, int, str]],
                   quoted_spans: list[tuple[int, int]]) -> list[SloganMention]:
    out: list[SloganMention] = []
    n = len(run)
    lengths = [b - a for a, b, _ in run]
    i = 0
    while i < n - 2:
        # grow a window [i, j] whose inner pieces share one length L
        L = lengths[i + 1]
        j = i + 2
        while j < n - 1 and lengths[j] == L:
            j += 1
        if not 2 <= L <= 10 or j - i > _MAX_SERIES:  # every window from i to j - 2 fails too:
            i = max(i + 1, j - 1)                      # skip them (linear time on long lists)
            continue
        # inner pieces are i+1 .. j-1; endpoints i and j must be at least L long
        if 2 <= L <= 10 and lengths[i] >= L and lengths[j] >= L and run[i][2] == run[i + 1][2]:
            seps = {run[k][2] for k in range(i, j)}
            if len(seps) == 1:
                items = [(run[i][1] - L, run[i][1])] + [(run[k][0], run[k][1]) for k in range(i + 1, j)] \
                    + [(run[j][0], run[j][0] + L)]
                mention = _judge_series(text, items, run[i], run[j])
                if mention and not _inside(mention.start, mention.end, quoted_spans):
                    out.append(mention)
                    i = j
                    continue
        i += 1
    return out


def _judge_series(text: str, items: list[tuple[int, int]], first: tuple[int, int, str],
                  last: tuple[int, int, str]) -> SloganMention | None:
    words = [text[a:b] for a, b in items]
    if not all(_is_cjk(w) for w in words) or len(set(words)) < len(words):
        return None
    L = len(words[0])
    shared = [p for p in range(L) if len({w[p] for w in words}) == 1]
    if not shared:
        return None
    prefix = text[first[0]:items[0][0]]
    suffix = text[items[-1][1]:last[1]]
    framed = bool(_FRAME_BEFORE_RE.search(prefix)) or bool(_FRAME_AFTER_RE.match(suffix))
    standalone = (not prefix and not suffix and L >= 3 and any(0 < p < L - 1 for p in shared)
                  and first[0] > 0 and text[first[0] - 1] in "，,。；;：:"
                  and last[1] < len(text) and text[last[1]] in "，,。；;")
    if not (framed or standalone):
        return None
    start, end = items[0][0], items[-1][1]
    return SloganMention(text[start:end], "parallel", start, end, False, "",
                         "series in frame" if framed else "standalone series")


def find_slogans(text: str, *, kinds: Sequence[str] = KINDS,
                 lexicon: "pd.DataFrame | None | bool" = None,
                 places: Sequence[str] = ()) -> list[SloganMention]:
    """Find the mentions of *text* that qualify as slogans by their structure.

    Only qualifying mentions are returned: quoted numbered formulae and catch-phrases, quoted
    series and unquoted series in a requirement frame. Later unquoted repetitions of a
    qualifying formula are counted by :func:`page_slogans` and :func:`extract_slogans`.

    Parameters
    ----------
    text : str
        Plain text; ``"\\n"`` separates paragraphs (a quotation or series never crosses it).
        Line breaks inside a paragraph must already be joined (``Article.body`` is).
    kinds : sequence of str
        Any of ``"numbered"``, ``"parallel"``, ``"quoted"``.
    lexicon : DataFrame, None or False
        From :func:`load_slogan_lexicon`; None uses the shipped lexicon, False none.
    places : sequence of str
        Place-name stems (e.g. ``["平遥"]``); a quoted phrase that starts with one is taken as
        the name of an event, brand or product (平遥中国年, 平遥酥梨), not a formula.

    Returns
    -------
    list of SloganMention
        In text order; ``start``/``end`` index into *text*.

    Examples
    --------
    >>> [(m.text, m.kind) for m in find_slogans("聚焦省委“五个进一步”要求，实施“党建提质增效”行动。")]
    [('五个进一步', 'numbered'), ('党建提质增效', 'quoted')]
    >>> [m.text for m in find_slogans("他说：“今年我们村发展了3个合作社。”")]
    []
    >>> [m.kind for m in find_slogans("按照疫情要防住、经济要稳住、发展要安全的要求开展活动")]
    ['parallel']
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    kinds = _check_kinds(kinds)
    ctx = _Ctx(_Lexicon.build(lexicon) if not isinstance(lexicon, _Lexicon) else lexicon,
               tuple(p for p in places if p))
    return _find(text, kinds, ctx)


def _check_kinds(kinds: Sequence[str]) -> tuple[str, ...]:
    if isinstance(kinds, str):
        kinds = (kinds,)
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        raise ValueError(f"kinds = {bad[0]!r} is invalid; kinds must be drawn from {KINDS}")
    return tuple(kinds)


def _find(text: str, kinds: tuple[str, ...], ctx: _Ctx) -> list[SloganMention]:
    quotes = _find_quotes(text)
    quotes, singles = _merge_single_chars(text, quotes)
    groups = _quote_groups(quotes, text)
    found: list[SloganMention] = list(singles)
    for i, q in enumerate(quotes):
        m = _classify_quote(text, q, ctx, groups.get(i, [q]))
        if m is not None:
            found.append(m)
            found.extend(_nested(m, ctx))
    quoted_spans = [(q.open, q.close + 1) for q in quotes]
    found.extend(_unquoted_series(text, quoted_spans))
    found = [m for m in found if m.kind in kinds and not ctx.lexicon.excluded(m.text)]
    out = []
    for m in found:
        entry = ctx.lexicon.get(m.text)
        if entry is not None and entry["level"] and not m.level:
            m = SloganMention(m.text, m.kind, m.start, m.end, m.quoted, entry["level"], m.evidence)
        out.append(m)
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def _nested(m: SloganMention, ctx: _Ctx) -> list[SloganMention]:
    """Numbered formulae nested in a longer quoted slogan (四下基层 in 共驻共建聚合力 四下基层送健康)."""
    if m.kind != "quoted":
        return []
    out = []
    spans = _split_items(m.text)
    for a, b in spans:
        item = m.text[a:b]
        cand = None
        if len(spans) >= 2 and len(item) == 7 and _numbered_item(item[:4]):        # 4+3 rhythm: 四下基层|送健康
            cand = (a, a + 4)
        for key, entry in ctx.lexicon.entries.items():
            if entry["kind"] == "numbered" and key in slogan_key(item) and key != slogan_key(item):
                k = item.find(entry["text"])
                if k >= 0:
                    cand = (a + k, a + k + len(entry["text"]))
        if cand:
            text = m.text[cand[0]:cand[1]]
            out.append(SloganMention(text, "numbered", m.start + cand[0], m.start + cand[1], True,
                                     "", "nested in " + m.text))
    return out


# --------------------------------------------------------------------------------------
# page level: qualify, group variants, count
# --------------------------------------------------------------------------------------

_PRIORITY = {"numbered": 0, "parallel": 1, "quoted": 2}


def _group_page(mentions: list[SloganMention], lex: _Lexicon) -> dict[str, dict[str, Any]]:
    """Group qualifying mentions of one page by key; numbered long forms join their short form."""
    groups: dict[str, dict[str, Any]] = {}
    for m in mentions:
        key = lex.canon.get(m.key, m.key)
        g = groups.setdefault(key, {"texts": Counter(), "kinds": Counter(), "level": "",
                                    "quoted": False, "evidence": set()})
        g["texts"][m.text] += 1
        g["kinds"][m.kind] += 1
        g["quoted"] |= m.quoted
        g["level"] = g["level"] or m.level
        g["evidence"].add(m.evidence)
    # 三地建设 + 三地 -> 三地 (the shortest quoted form); 五个进一步要求 -> 五个进一步
    numbered = sorted((k for k, g in groups.items() if _kind_of(g) == "numbered"), key=len)
    for short in numbered:
        for long in list(groups):
            if long != short and long.startswith(short) and short in groups and long in groups \
                    and _kind_of(groups[long]) == "numbered":
                g, s = groups.pop(long), groups[short]
                s["texts"].update({t: 0 for t in g["texts"]})
                s["level"] = s["level"] or g["level"]
    return groups


def _kind_of(g: dict[str, Any]) -> str:
    return min(g["kinds"], key=lambda k: (_PRIORITY[k], -g["kinds"][k]))


def _display_text(key: str, g: dict[str, Any], lex: _Lexicon) -> str:
    entry = lex.entries.get(key)
    printed = [t for t in g["texts"] if slogan_key(t) == key]
    if printed:
        return max(printed, key=lambda t: (g["texts"][t], -len(t)))
    if entry is not None:
        return entry["text"]
    return min(g["texts"], key=len)


def _county_stems(meta: Mapping[str, Any]) -> tuple[str, ...]:
    county = str(meta.get("county") or "")
    stems = {county}
    if len(county) > 2 and county[-1] in "县市区旗":
        stems.add(county[:-1])
    return tuple(s for s in stems if len(s) >= 2)


def _article_parts(article: "Article") -> list[tuple[str, str]]:
    parts = [("text", article.text)]
    if article.kicker:
        parts.append(("kicker", article.kicker))
    if article.captions:
        parts.append(("caption", "\n".join(article.captions)))
    return parts


def _issue_units(issue: "Issue") -> list[tuple[str | None, str, str]]:
    """(article_id, part, text) for every article part of the page plus loose blocks."""
    units: list[tuple[str | None, str, str]] = []
    for art in issue.all_articles:
        for part, txt in _article_parts(art):
            units.append((art.id, part, txt))
    seen = {t for _, _, t in units}
    sections = []
    for block in issue.blocks:
        if block.article is None and block.kind in ("banner", "headline", "kicker", "subtitle") \
                and block.text not in seen:
            sections.append(block.text)
    if sections:
        units.append((None, "page", "\n".join(sections)))
    return units


def page_slogans(issue: "Issue", *, kinds: Sequence[str] = KINDS,
                 lexicon: "pd.DataFrame | None | bool" = None) -> pd.DataFrame:
    """The slogans of one page, counted the way the gold annotation counts them.

    A slogan qualifies on a page if one of its mentions there passes :func:`find_slogans`
    (numbered and quoted ones must be quoted at least once). Its count is the number of
    occurrences of its text on the page after deleting line breaks, whitespace and quotation
    marks from both (so quoted and unquoted mentions count alike, headlines included).

    Parameters
    ----------
    issue : Issue
        One page of a :class:`~corpus_tools.corpus.Corpus`.
    kinds, lexicon
        As in :func:`find_slogans`.

    Returns
    -------
    DataFrame
        Columns ``text, kind, count, level, quoted, evidence`` (one row per slogan).
    """
    kinds = _check_kinds(kinds)
    lex = _Lexicon.build(lexicon)
    ctx = _Ctx(lex, _county_stems(issue.meta))
    mentions: list[SloganMention] = []
    for _, _, txt in _issue_units(issue):
        mentions.extend(_find(txt, kinds, ctx))
    groups = _group_page(mentions, lex)
    page_compact, _ = _compact_with_map(issue.raw)
    rows = []
    for key, g in groups.items():
        text = _display_text(key, g, lex)
        entry = lex.entries.get(key)
        rows.append({"text": text, "kind": _kind_of(g), "count": max(1, page_compact.count(slogan_key(text))),
                     "level": g["level"] or (entry["level"] if entry else ""),
                     "quoted": g["quoted"], "evidence": "; ".join(sorted(g["evidence"]))})
    return pd.DataFrame(rows, columns=["text", "kind", "count", "level", "quoted", "evidence"])


# --------------------------------------------------------------------------------------
# corpus level: the slogan set, mentions, table, trends
# --------------------------------------------------------------------------------------

def _check_corpus(corpus: Any, name: str = "corpus") -> None:
    if isinstance(corpus, str) or not hasattr(corpus, "issues"):
        raise TypeError(f"{name} must be a Corpus (from load_seeds() or read_corpus()); "
                        f"got {type(corpus).__name__}")


def _corpus_groups(corpus: "Corpus", kinds: tuple[str, ...], lex: _Lexicon) -> dict[str, dict[str, Any]]:
    """Slogans qualifying on any page of *corpus*, grouped by key across pages."""
    merged: dict[str, dict[str, Any]] = {}
    for issue in corpus:
        ctx = _Ctx(lex, _county_stems(issue.meta))
        mentions: list[SloganMention] = []
        for _, _, txt in _issue_units(issue):
            mentions.extend(_find(txt, kinds, ctx))
        for key, g in _group_page(mentions, lex).items():
            m = merged.setdefault(key, {"texts": Counter(), "kinds": Counter(), "level": "",
                                        "quoted": False, "evidence": set()})
            m["texts"].update(g["texts"])
            m["kinds"].update(g["kinds"])
            m["level"] = m["level"] or g["level"]
            m["quoted"] |= g["quoted"]
            m["evidence"] |= g["evidence"]
    # a numbered long form seen on one page joins its short form seen on another
    numbered = sorted((k for k, g in merged.items() if _kind_of(g) == "numbered"), key=len)
    for short in numbered:
        for long in list(merged):
            if long != short and long.startswith(short) and short in merged and long in merged \
                    and _kind_of(merged[long]) == "numbered":
                g = merged.pop(long)
                merged[short]["texts"].update({t: 0 for t in g["texts"]})
    return merged


@dataclass
class _SloganSet:
    """The qualified slogans of a corpus with a fast overlapping matcher."""

    rows: dict[str, dict[str, Any]]           # key -> text, kind, level, variants
    patterns: dict[str, list[tuple[str, str]]]  # first two chars -> [(pattern key, slogan key)]

    @classmethod
    def build(cls, groups: dict[str, dict[str, Any]], lex: _Lexicon) -> "_SloganSet":
        rows: dict[str, dict[str, Any]] = {}
        patterns: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for key, g in groups.items():
            entry = lex.entries.get(key)
            text = _display_text(key, g, lex)
            variants = sorted({t for t in g["texts"] if t != text})
            rows[key] = {"text": text, "kind": _kind_of(g),
                         "level": (entry["level"] if entry and entry["level"] else g["level"]),
                         "variants": variants}
            pats = {slogan_key(text)}
            if entry is not None:
                pats |= {slogan_key(v) for v in str(entry["variants"]).split("|") if v.strip()}
            for p in pats:
                if len(p) >= 2 and not any(p != q and p.startswith(q) for q in pats):
                    patterns[p[:2]].append((p, key))
        return cls(rows, dict(patterns))

    def finditer(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, slogan key) of every occurrence in *text*; offsets into *text*.

        Whitespace and quotation marks inside an occurrence are skipped (“三晋 强基”)."""
        compact, index = _compact_with_map(text)
        for i in range(len(compact) - 1):
            for pat, key in self.patterns.get(compact[i:i + 2], ()):
                if compact.startswith(pat, i):
                    yield index[i], index[i + len(pat) - 1] + 1, key


def _prepare(corpus: "Corpus", kinds: Sequence[str], lexicon: Any) -> tuple[_SloganSet, tuple[str, ...]]:
    _check_corpus(corpus)
    kinds = _check_kinds(kinds)
    lex = _Lexicon.build(lexicon)
    return _SloganSet.build(_corpus_groups(corpus, kinds, lex), lex), kinds


def _mention_rows(corpus: "Corpus", sset: _SloganSet, *, width: int = 12) -> list[dict[str, Any]]:
    rows = []
    for issue in corpus:
        for art in issue.articles:
            for part, txt in _article_parts(art):
                for start, end, key in sset.finditer(txt):
                    row = sset.rows[key]
                    quoted = (start > 0 and txt[start - 1] in "“「‘『\"'") or \
                        (end < len(txt) and txt[end] in "”」’』\"'")
                    ctx = txt[max(0, start - width):end + width].replace("\n", " ")
                    rows.append({"issue_id": issue.id, "article_id": art.id, "text": row["text"],
                                 "kind": row["kind"], "start": start, "end": end, "context": ctx,
                                 "part": part, "quoted": bool(quoted), "_date": issue.date,
                                 "_key": key,
                                 "_printed": txt[start:end].translate(_QUOTE_DELETE).strip()})
    return rows


def slogan_mentions(corpus: "Corpus", *, kinds: Sequence[str] = KINDS,
                    lexicon: "pd.DataFrame | None | bool" = None, width: int = 12) -> pd.DataFrame:
    """Every occurrence of every qualifying slogan in the articles of *corpus*.

    The slogan set is the union over pages of what :func:`page_slogans` qualifies; then each
    slogan is looked up everywhere, quoted or not, so a formula quoted once is followed
    through the whole corpus.

    Parameters
    ----------
    corpus : Corpus
        From :func:`~corpus_tools.corpus.load_seeds` or :func:`~corpus_tools.corpus.read_corpus`.
    kinds : sequence of str
        Any of ``"numbered"``, ``"parallel"``, ``"quoted"``.
    lexicon : DataFrame, None or False
        From :func:`load_slogan_lexicon`; None uses the shipped lexicon, False none.
    width : int
        Characters of context on each side.

    Returns
    -------
    DataFrame
        Columns ``issue_id, article_id, text, kind, start, end, context, part, quoted``.
        ``part`` says which string ``start``/``end`` index into: ``"text"`` is
        :attr:`Article.text` (title, subtitle and body joined by ``"\\n"``), ``"kicker"`` is
        :attr:`Article.kicker` and ``"caption"`` is ``"\\n".join(Article.captions)``.
        ``text`` is the slogan's canonical form, the printed span may differ by whitespace or
        quotation marks inside it. ``quoted`` tells whether this occurrence is in quotation marks.

    Examples
    --------
    >>> from corpus_tools import load_seeds
    >>> m = slogan_mentions(load_seeds())
    >>> art = load_seeds().article(m.article_id.iloc[0])
    >>> row = m.iloc[0]
    >>> row.part != "text" or art.text[row.start:row.end].replace(" ", "") == row.text.replace(" ", "")
    True
    """
    if not isinstance(width, int) or width < 0:
        raise ValueError(f"width = {width!r} is invalid; must be an int >= 0")
    sset, _ = _prepare(corpus, kinds, lexicon)
    rows = _mention_rows(corpus, sset, width=width)
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def extract_slogans(corpus: "Corpus", *, kinds: Sequence[str] = KINDS, min_count: int = 1,
                    lexicon: "pd.DataFrame | None | bool" = None) -> pd.DataFrame:
    """List the slogans of *corpus* with their kind, level, counts and dates.

    Parameters
    ----------
    corpus : Corpus
        From :func:`~corpus_tools.corpus.load_seeds` or :func:`~corpus_tools.corpus.read_corpus`.
    kinds : sequence of str
        Any of ``"numbered"``, ``"parallel"``, ``"quoted"``.
    min_count : int
        Keep slogans mentioned at least this many times in the corpus.
    lexicon : DataFrame, None or False
        From :func:`load_slogan_lexicon` (None: the shipped one; False: none). It supplies
        levels and variants and excludes false friends; it never adds a slogan the corpus
        does not quote.

    Returns
    -------
    DataFrame
        One row per slogan, most frequent first, with columns ``text`` (canonical printed
        form), ``kind``, ``level`` (national / provincial / municipal / county or ``""``),
        ``count`` (occurrences in article titles, subtitles, bodies, kickers and captions,
        quoted or not), ``n_articles``, ``n_issues``, ``first_date``, ``last_date``
        (``datetime.date`` or None for undated issues), ``first_article_id`` and
        ``variants`` (other printed forms, a list).

    Examples
    --------
    >>> from corpus_tools import load_seeds
    >>> df = extract_slogans(load_seeds())
    >>> df.set_index("text").loc["两学五抓", ["kind", "level"]].tolist()
    ['numbered', 'municipal']
    """
    if not isinstance(min_count, int) or isinstance(min_count, bool) or min_count < 1:
        raise ValueError(f"min_count = {min_count!r} is invalid; must be an int >= 1")
    sset, _ = _prepare(corpus, kinds, lexicon)
    rows = _mention_rows(corpus, sset)
    by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_key[r["_key"]].append(r)
    out = []
    for key, info in sset.rows.items():
        ms = by_key.get(key, [])
        if len(ms) < min_count:
            continue
        dates = [m["_date"] for m in ms if m["_date"] is not None]
        first = min(ms, key=lambda m: (m["_date"] is None, m["_date"] or dt.date.min, m["article_id"]),
                    default=None)
        out.append({"text": info["text"], "kind": info["kind"], "level": info["level"],
                    "count": len(ms), "n_articles": len({m["article_id"] for m in ms}),
                    "n_issues": len({m["issue_id"] for m in ms}),
                    "first_date": min(dates) if dates else None,
                    "last_date": max(dates) if dates else None,
                    "first_article_id": first["article_id"] if first else None,
                    "variants": sorted(set(info["variants"])
                                       | {m["_printed"] for m in ms if slogan_key(m["_printed"]) != key
                                          and m["_printed"] != info["text"]})})
    df = pd.DataFrame(out, columns=SLOGAN_COLUMNS)
    return df.sort_values(["count", "n_issues", "text"], ascending=[False, False, True],
                          ignore_index=True)


_PERIODS = ("issue", "month", "quarter", "year")


def slogan_trends(corpus: "Corpus", *, by: str = "issue", kinds: Sequence[str] = KINDS,
                  min_count: int = 1, lexicon: "pd.DataFrame | None | bool" = None) -> pd.DataFrame:
    """Slogan counts per issue or calendar period, normalised by the amount of text.

    Parameters
    ----------
    corpus : Corpus
        The corpus.
    by : {"issue", "month", "quarter", "year"}
        The period. Undated issues are dropped (with a warning) for calendar periods.
    kinds, min_count, lexicon
        As in :func:`extract_slogans` (``min_count`` applies to corpus totals).

    Returns
    -------
    DataFrame
        Long table with one row per period and slogan (zeros included): ``period`` (issue id,
        ``"2023-01"``, ``"2023Q1"`` or ``"2023"``), ``date`` (the issue date, or the first day
        of the period), ``text``, ``kind``, ``count``, ``n_articles`` and ``per_10k_chars``
        (count per 10,000 body characters of the period).

    Examples
    --------
    >>> from corpus_tools import load_seeds
    >>> t = slogan_trends(load_seeds(), by="year")
    >>> sorted(t.period.unique())[:2]
    ['2022', '2023']
    """
    if by not in _PERIODS:
        raise ValueError(f"by = {by!r} is invalid; must be one of {_PERIODS}")
    if not isinstance(min_count, int) or min_count < 1:
        raise ValueError(f"min_count = {min_count!r} is invalid; must be an int >= 1")
    sset, _ = _prepare(corpus, kinds, lexicon)
    rows = _mention_rows(corpus, sset)

    def period_of(issue_id: str, date: dt.date | None) -> tuple[str, dt.date | None] | None:
        if by == "issue":
            return issue_id, date
        if date is None:
            return None
        if by == "month":
            return f"{date.year}-{date.month:02d}", dt.date(date.year, date.month, 1)
        if by == "quarter":
            q = (date.month - 1) // 3
            return f"{date.year}Q{q + 1}", dt.date(date.year, 3 * q + 1, 1)
        return str(date.year), dt.date(date.year, 1, 1)

    chars: dict[str, int] = Counter()
    pdate: dict[str, dt.date | None] = {}
    undated = 0
    for issue in corpus:
        p = period_of(issue.id, issue.date)
        if p is None:
            undated += 1
            continue
        chars[p[0]] += sum(a.n_chars for a in issue.articles)
        pdate[p[0]] = p[1]
    if undated:
        warnings.warn(f"slogan_trends(by={by!r}) dropped {undated} undated issue(s)", stacklevel=2)
    counts: dict[tuple[str, str], int] = Counter()
    arts: dict[tuple[str, str], set] = defaultdict(set)
    totals: Counter = Counter()
    for r in rows:
        p = period_of(r["issue_id"], r["_date"])
        totals[r["_key"]] += 1
        if p is None:
            continue
        counts[(p[0], r["_key"])] += 1
        arts[(p[0], r["_key"])].add(r["article_id"])
    keys = [k for k in sset.rows if totals[k] >= min_count]
    periods = sorted(pdate, key=lambda p: (pdate[p] is None, pdate[p] or dt.date.min, p))
    out = []
    for p in periods:
        for k in keys:
            c = counts.get((p, k), 0)
            out.append({"period": p, "date": pdate[p], "text": sset.rows[k]["text"],
                        "kind": sset.rows[k]["kind"], "count": c, "n_articles": len(arts.get((p, k), ())),
                        "per_10k_chars": 1e4 * c / chars[p] if chars[p] else 0.0})
    return pd.DataFrame(out, columns=["period", "date", "text", "kind", "count", "n_articles",
                                      "per_10k_chars"])


#: Columns of :func:`slogan_entity_cooccurrence`.
COOCCURRENCE_COLUMNS = ["slogan", "kind", "level", "entity", "label", "admin_code", "n_articles",
                        "n_sentences", "n_issues", "first_date", "last_date", "article_ids",
                        "example"]
_WINDOWS = ("sentence", "article")
_PLACE_LABELS = ("TOWNSHIP", "VILLAGE", "COMMUNITY")


class _ArticleSentences:
    """Sentence units of an article's parts: (part, sentence index) and their text.

    Sentences end where the ``sentence`` column of ``extract_entities`` ends them."""

    def __init__(self, article: "Article"):
        self.texts = dict(_article_parts(article))
        self.starts: dict[str, list[int]] = {}
        for part, txt in self.texts.items():
            self.starts[part] = [0] + [m.end() for m in SENTENCE_END_RE.finditer(txt)]

    def unit(self, part: str, pos: int) -> tuple[str, int]:
        starts = self.starts.get(part)
        if starts is None:
            return part, 0
        return part, max(0, bisect.bisect_right(starts, pos) - 1)

    def text(self, unit: tuple[str, int]) -> str:
        part, i = unit
        starts = self.starts.get(part)
        if starts is None:
            return ""
        end = starts[i + 1] if i + 1 < len(starts) else len(self.texts[part])
        return self.texts[part][starts[i]:end].strip()


def slogan_entity_cooccurrence(corpus: "Corpus", *, labels: Iterable[str] = _PLACE_LABELS,
                               window: str = "sentence", kinds: Sequence[str] = KINDS,
                               lexicon: "pd.DataFrame | None | bool" = None,
                               entities: pd.DataFrame | None = None,
                               min_articles: int = 1) -> pd.DataFrame:
    """Which places (or other entities) the paper names together with which slogan.

    Answers "which township is praised with which formula": a slogan and an entity
    co-occur when both are mentioned in the same sentence (``window="sentence"``) or the
    same article (``window="article"``; the article's kicker, which often names the
    township a story is about, counts as part of it).

    Parameters
    ----------
    corpus : Corpus
        From :func:`~corpus_tools.corpus.load_seeds` or :func:`~corpus_tools.corpus.read_corpus`.
    labels : iterable of str, default ("TOWNSHIP", "VILLAGE", "COMMUNITY")
        Entity labels to pair with slogans (see :data:`corpus_tools.entities.LABELS`), e.g.
        add ``"ORG"`` for party branches and bureaus.
    window : {"sentence", "article"}, default "sentence"
        The unit in which a slogan and an entity count as co-occurring. Sentences end at
        。！？； and line breaks; the title, kicker and captions are sentences of their own.
    kinds, lexicon
        As in :func:`extract_slogans`.
    entities : DataFrame, optional
        A table from :func:`~corpus_tools.entities.extract_entities` for the same corpus,
        to save extracting the entities again.
    min_articles : int, default 1
        Keep pairs found in at least this many articles.

    Returns
    -------
    DataFrame
        One row per slogan and entity, with columns :data:`COOCCURRENCE_COLUMNS`: ``slogan``
        (canonical text), ``kind``, ``level``, ``entity`` (the entity's ``norm``: official
        name for linked places), ``label``, ``admin_code`` (None when not linked),
        ``n_articles`` (articles where they co-occur in the window), ``n_sentences``
        (sentences holding both; also counted for ``window="article"``), ``n_issues``,
        ``first_date``/``last_date`` of those articles' issues, ``article_ids`` (a list) and
        ``example`` (the first sentence holding both, else the slogan's sentence). Sorted by
        ``n_articles``, then ``n_sentences``, most first.

    Examples
    --------
    >>> from corpus_tools import load_seeds
    >>> co = slogan_entity_cooccurrence(load_seeds(), window="article")
    >>> set(co["label"]) <= {"TOWNSHIP", "VILLAGE", "COMMUNITY"}
    True
    >>> list(co.columns[:6])
    ['slogan', 'kind', 'level', 'entity', 'label', 'admin_code']
    """
    from corpus_tools._validate import check_choice, check_int, check_labels
    from corpus_tools.entities import LABELS, extract_entities

    check_choice("window", window, _WINDOWS)
    check_int("min_articles", min_articles, minimum=1)
    keep = check_labels(labels, LABELS)
    if not keep:
        raise ValueError("labels must name at least one entity label")
    sset, _ = _prepare(corpus, kinds, lexicon)
    if entities is None:
        entities = extract_entities(corpus, labels=sorted(keep))
    need = {"article_id", "part", "label", "start", "norm", "admin_code"}
    if not isinstance(entities, pd.DataFrame) or not need <= set(entities.columns):
        raise ValueError(f"entities must be a DataFrame from extract_entities() with columns "
                         f"{sorted(need)}")
    ents = entities[entities["label"].isin(keep) & (entities["part"] != "byline")]
    ent_part = {"captions": "caption"}  # extract_entities and _article_parts name it differently
    ents_by_article: dict[str, list[tuple[str, int, tuple[str, str, str | None]]]] = defaultdict(list)
    for aid, part, start, norm, label, code in zip(ents["article_id"], ents["part"], ents["start"],
                                                   ents["norm"], ents["label"], ents["admin_code"]):
        code = code if isinstance(code, str) else None
        ents_by_article[aid].append((ent_part.get(part, part), int(start), (str(norm), label, code)))
    slogans_by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in _mention_rows(corpus, sset):
        slogans_by_article[r["article_id"]].append(r)

    pairs: dict[tuple[str, tuple[str, str, str | None]], dict[str, Any]] = {}
    for issue in corpus:
        for art in issue.articles:
            ss, es = slogans_by_article.get(art.id), ents_by_article.get(art.id)
            if not ss or not es:
                continue
            sents = _ArticleSentences(art)
            ent_units = [(sents.unit(part, pos), ent) for part, pos, ent in es]
            seen: set[tuple[str, tuple[str, str, str | None]]] = set()
            for s in ss:
                unit = sents.unit(s["part"], s["start"])
                for e_unit, ent in ent_units:
                    same = e_unit == unit
                    if window == "sentence" and not same:
                        continue
                    key = (s["_key"], ent)
                    p = pairs.setdefault(key, {"articles": set(), "sentences": set(), "issues": set(),
                                               "dates": [], "example": "", "fallback": ""})
                    if same:
                        p["sentences"].add((art.id, unit))
                        p["example"] = p["example"] or sents.text(unit)
                    if key in seen:
                        continue
                    seen.add(key)
                    p["articles"].add(art.id)
                    p["fallback"] = p["fallback"] or sents.text(unit)
                    p["issues"].add(issue.id)
                    if issue.date is not None:
                        p["dates"].append(issue.date)
    rows = []
    for (skey, (norm, label, code)), p in pairs.items():
        if len(p["articles"]) < min_articles:
            continue
        info = sset.rows[skey]
        rows.append({"slogan": info["text"], "kind": info["kind"], "level": info["level"],
                     "entity": norm, "label": label, "admin_code": code,
                     "n_articles": len(p["articles"]), "n_sentences": len(p["sentences"]),
                     "n_issues": len(p["issues"]),
                     "first_date": min(p["dates"]) if p["dates"] else None,
                     "last_date": max(p["dates"]) if p["dates"] else None,
                     "article_ids": sorted(p["articles"]),
                     "example": p["example"] or p["fallback"]})
    df = pd.DataFrame(rows, columns=COOCCURRENCE_COLUMNS)
    df["admin_code"] = pd.Series([c if isinstance(c, str) else None for c in df["admin_code"]],
                                 index=df.index, dtype=object)
    return df.sort_values(["n_articles", "n_sentences", "slogan", "entity"],
                          ascending=[False, False, True, True], ignore_index=True)


# --------------------------------------------------------------------------------------
# plot
# --------------------------------------------------------------------------------------

def plot_slogan_timeline(df: pd.DataFrame, *, ax: "Axes | None" = None, top: int = 30) -> "Axes":
    """Draw first and last appearance of each slogan as a line, sized by its count.

    Parameters
    ----------
    df : DataFrame
        From :func:`extract_slogans` (needs ``text, kind, count, first_date, last_date``).
    ax : matplotlib Axes, optional
        Where to draw; a new figure otherwise.
    top : int
        Show the *top* most frequent dated slogans.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from corpus_tools import load_seeds
    >>> ax = plot_slogan_timeline(extract_slogans(load_seeds()), top=5)
    >>> len(ax.get_yticklabels())
    5
    """
    need = {"text", "kind", "count", "first_date", "last_date"}
    if not isinstance(df, pd.DataFrame) or not need <= set(df.columns):
        raise ValueError(f"df must be a DataFrame from extract_slogans() with columns {sorted(need)}")
    if not isinstance(top, int) or top < 1:
        raise ValueError(f"top = {top!r} is invalid; must be an int >= 1")
    import matplotlib.pyplot as plt

    from corpus_tools.plot import _axes, _cjk_text, _finish

    dated = df.dropna(subset=["first_date", "last_date"])
    if len(dated) < len(df):
        warnings.warn(f"{len(df) - len(dated)} slogan(s) without dates are not drawn", stacklevel=2)
    data = dated.sort_values("count", ascending=False).head(top)
    data = data.sort_values(["first_date", "count"], ascending=[False, True])
    created = ax is None
    colours = {"numbered": "tab:red", "parallel": "tab:blue", "quoted": "tab:green"}
    with _cjk_text() as families:
        ax = _axes(ax, (8, max(2.0, 0.3 * len(data) + 1)))
        first = pd.to_datetime(data["first_date"])
        last = pd.to_datetime(data["last_date"])
        y = range(len(data))
        for yi, f, l, kind, n in zip(y, first, last, data["kind"], data["count"]):
            c = colours.get(kind, "grey")
            ax.plot([f, l], [yi, yi], color=c, lw=2, alpha=0.7)
            ax.scatter([f, l], [yi, yi], s=12 + 8 * min(n, 20), color=c, zorder=3)
        ax.set_yticks(list(y))
        ax.set_yticklabels([t if len(t) <= 16 else t[:15] + "…" for t in data["text"]])
        ax.set_xlabel("first and last appearance")
        handles = [plt.Line2D([], [], color=c, marker="o", lw=2, label=k) for k, c in colours.items()
                   if k in set(data["kind"])]
        if handles:
            ax.legend(handles=handles, loc="best", fontsize="small")
        ax.figure.autofmt_xdate()
        return _finish(ax, families, created=created)
