"""The posts printed next to people's names: who held which post when.

County papers print a cadre's post right before the name (``市委书记郗建平``, ``大法寺镇党委副书记、镇长阮国栋``,
``市委常委、组织部长亓官明``) or after it with a verb of office (``郗建平同志任市委书记``, ``任命郗建平同志为
市委书记``). :func:`person_posts` reads that post for every mention of a person in the news (the newsroom's
credits left out: :func:`~corpus_tools.credits.without_newsroom`) and gives one row per mention with the
issue's date, so that a table per name and post (first and last date) or per year follows from it.

What counts as a post: the words between the clause's start (or the previous name in a list) and the name,
ending in an office word (:data:`OFFICE_ENDS`: 书记, …长, 主任, 主席, 常委, 委员, 支书, 经理, 负责人 …, and the
staff posts in …员 of the grid and village work of the 2010s–2020s: 网格员, 专职网格员, 信息员; not 党员, 队员 …), at most
:data:`MAX_POST` characters, without a leading preposition or verb (由, 在, 陪同 …: :data:`LEADING_WORDS`).
A word for people in general (村民, 居民, 市民, 驻村干部) is no post. The post is printed as the paper prints
it (``党委副书记、镇长``; the unit may be written short, ``大法寺党委``): no normal form is made.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd

from corpus_tools.credits import shown_names, without_newsroom
from corpus_tools.post_forms import after_shi_ok, opens_unit, posting_or_modifier, sent_to
from corpus_tools.post_kinds import caption_free, honour_free, is_former, listed_after, post_kind, removed_post

if TYPE_CHECKING:
    from corpus_tools.corpus import Corpus

__all__ = ["person_posts", "post_table", "OFFICE_ENDS", "POST_COLUMNS", "POST_REQUIRED"]

#: The last word of a post (an office): 书记 and 副书记, every …长 (镇长, 局长, 董事长), 主任, 主席 ….
OFFICE_ENDS = ("书记", "长", "主任", "主席", "常委", "委员", "支书", "经理", "负责人", "秘书", "专员", "调研员",
               "干事", "专干", "总监", "馆长", "员")
#: Words that open the clause but belong to no post (由市委书记郗建平主持 -> 市委书记).
LEADING_WORDS = ("陪同", "邀请", "看望", "慰问", "会见", "听取", "记者从", "由", "在", "和", "与", "及", "对", "向",
                 "是", "据", "经", "请", "让", "把", "被", "给", "同", "跟", "等", "随", "并", "也", "还", "都")
#: Endings that look like an office but are none (增长, 成长, 家长 …).
_NOT_POSTS = ("增长", "成长", "延长", "家长", "擅长", "生长", "助长", "见长", "特长", "专长", "较长", "很长", "更长",
              # …员 is a staff post (网格员, 专职网格员, 信息员, 调解员, 河道保洁员) unless it names a membership or a
              # group one belongs to (党员, 队员, 成员), or is a verb (动员)
              "党员", "团员", "会员", "社员", "学员", "队员", "成员", "人员", "动员", "全员", "雇员", "职员", "官员",
              "演员", "生员", "海员", "船员", "议员", "球员")
#: A post is at most this many characters.
MAX_POST = 24
#: The columns of :func:`person_posts`.
POST_COLUMNS = ["issue_id", "article_id", "date", "name", "post", "printed", "kind", "former", "sentence"]
#: Columns :func:`person_posts` needs in its entity table (norm, issue_id and article_id are used when present).
POST_REQUIRED = ("label", "part", "text", "sentence")

_CLAUSE_RE = re.compile(r"[，,。；;：:！？!?“”‘’\"（）()《》\s—]")
_ENDS_RE = "(?:" + "|".join(sorted(map(re.escape, OFFICE_ENDS), key=len, reverse=True)) + ")"
_AFTER_RE = re.compile(r"^(?:同志)?[，,]?(?:调任|兼任|担任|当选为|当选|任|为|是)([\u4e00-\u9fff、]{1," + str(MAX_POST) + r"}?"
                       + _ENDS_RE + r")(?![\u4e00-\u9fff])")


def _ends_in_office(text: str) -> bool:
    return text.endswith(OFFICE_ENDS) and not text.endswith(_NOT_POSTS)


def post_before(sentence: str, name: str, others: tuple[str, ...] = (), units: tuple[str, ...] = ()) -> str | None:
    """The post printed right before ``name`` in ``sentence`` (see the module's docstring), or None.
    ``others``: the other names of the sentence (a list of names parts their posts); ``units``: the
    sentence's unit names (ORG, TOWNSHIP … entities): a leading 和/与 that opens one is kept (和平乡党委书记).
    A modifier ending in 的 is dropped, a posting phrase kept (:func:`~corpus_tools.post_forms.posting_or_modifier`).

    Examples
    --------
    >>> post_before("大法寺党委副书记、镇长阮国栋介绍，全镇今年将召开现场会。", "阮国栋")
    '大法寺党委副书记、镇长'
    >>> post_before("市长笪晓梅，市委副书记樊红，市委常委、组织部长亓官明出席会议。", "亓官明")
    '市委常委、组织部长'
    >>> post_before("由市委书记郗建平主持。", "郗建平"), post_before("居民佘桂兰家的下水道堵了。", "佘桂兰")
    ('市委书记', None)
    >>> post_before("驻村干部帅杰、庹文帮助村民。", "庹文", others=("帅杰",)) is None
    True
    """
    at = sentence.find(name)
    if at <= 0:
        return None
    left = _CLAUSE_RE.split(sentence[:at])[-1]
    for other in others:  # (after another name of a list: 市长笪晓梅、副市长X)
        k = left.rfind(other)
        if k >= 0:
            left = left[k + len(other):]
    left = left.lstrip("、")
    changed = True
    while changed:
        changed = False
        if opens_unit(left, units):
            break
        for w in LEADING_WORDS:
            if left.startswith(w) and len(left) > len(w) + 1:
                left, changed = left[len(w):], True
    if not left or len(left) > MAX_POST or not _ends_in_office(left) or "、、" in left:
        return None
    return honour_free(caption_free(posting_or_modifier(left)), _ends_in_office)  # (图为, 优秀党员、)


def post_after(sentence: str, name: str, others: tuple[str, ...] = ()) -> str | None:
    """The post a verb of office gives after ``name`` (``郗建平同志任市委书记``; the other names of a list before
    the verb skipped, ``A、B等当选为副县长``: ``others``), or the post of a removal (``免去X的Y职务``), or None.

    Examples
    --------
    >>> post_after("郗建平同志任中共武穴市委书记。", "郗建平"), post_after("郗建平说，要压实责任。", "郗建平")
    ('中共武穴市委书记', None)
    """
    at = sentence.find(name)
    if at < 0:
        return None
    after = listed_after(sentence[at + len(name):], others)
    m = _AFTER_RE.match(after)
    if not m or not _ends_in_office(m.group(1)):
        return sent_to(after) or removed_post(after)   # (X到石门村任第一书记; 免去X的Y职务)
    post = posting_or_modifier(m.group(1))
    if after.lstrip("同志，,").startswith("是") and not (after_shi_ok(m.group(1)) and after_shi_ok(post)):
        return None  # (X是一名党员, X是个好书记, X是医疗队中的一员)
    return post


def person_posts(ents: pd.DataFrame, corpus: "Corpus | None" = None, *, drop_newsroom: bool = True) -> pd.DataFrame:
    """One row per mention of a person in the news that prints a post next to the name.

    Parameters
    ----------
    ents : pandas.DataFrame
        Rows of :func:`~corpus_tools.extract_entities` (PERSON rows are read; the newsroom's credits
        are left out, :func:`~corpus_tools.without_newsroom`).
    corpus : Corpus, optional
        The corpus the rows come from: gives each mention its issue's date (else ``date`` is NaT) and
        leaves out names the article's byline holds.
    drop_newsroom : bool, keyword-only
        Leave out the newsroom's credits (:func:`~corpus_tools.without_newsroom`). False when *ents* is
        already without them (the report passes the rows it has filtered once).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`POST_COLUMNS`: issue_id, article_id, date, name (the entity's normal form),
        post (as printed; a photo caption's 图为 and a leading honour, 优秀党员、, left out), printed (``before`` the
        name or ``after`` it with a verb of office or a removal), kind (``appointed``: 任命X为Y, X当选为Y;
        ``removed``: 免去X的Y职务; ``held``: a post printed with the name; :mod:`corpus_tools.post_kinds`),
        former (True for a post printed as a former one, 原县政协主席) and the sentence. Sort or group it by
        name and date to follow who held which post when.

    Examples
    --------
    >>> e = pd.DataFrame({"issue_id": ["a", "a"], "article_id": ["a-01", "a-01"], "label": ["PERSON"] * 2,
    ...                   "part": ["text"] * 2, "text": ["郗建平", "胡斌"], "norm": ["郗建平", "胡斌"],
    ...                   "sentence": ["市委书记郗建平主持会议。", "大法寺镇党委书记胡斌出席。"]})
    >>> person_posts(e)[["name", "post", "printed"]].values.tolist()
    [['郗建平', '市委书记', 'before'], ['胡斌', '大法寺镇党委书记', 'before']]
    """
    missing = [col for col in POST_REQUIRED if col not in ents.columns]
    if missing:
        raise ValueError(f"ents: missing column(s) {missing}; pass a table of extract_entities (it needs the columns "
                         f"{', '.join(POST_REQUIRED)}; norm, issue_id and article_id are used when present), got "
                         f"the columns {list(ents.columns)}")
    people = ents[ents["label"] == "PERSON"]
    if drop_newsroom:
        people = without_newsroom(people, corpus)
    names = shown_names(people) if "norm" in people.columns else people["text"]
    dates = {}
    if corpus is not None:
        dates = {i.id: i.date for i in corpus.issues}
    in_sentence: dict[tuple, tuple[str, ...]] = {}
    keys = ["article_id", "sentence"] if "article_id" in people.columns else ["sentence"]
    for key, group in people.groupby(keys, sort=False, dropna=False):
        key = key if len(keys) == 2 else (None, key[0] if isinstance(key, tuple) else key)
        in_sentence[key] = tuple(dict.fromkeys(str(t) for t in group["text"]))
    units: dict[str, tuple[str, ...]] = {}  # the sentence's other entities (和平乡党委 keeps its 和)
    for sentence, group in ents[ents["label"] != "PERSON"].groupby("sentence", sort=False):
        units[str(sentence)] = tuple(dict.fromkeys(str(t) for t in group["text"]))
    rows = []
    for (_, r), name in zip(people.iterrows(), names):
        sentence, printed = str(r["sentence"]), str(r["text"])
        others = tuple(n for n in in_sentence.get((r.get("article_id"), r["sentence"]), ()) if n != printed)
        post, where = post_before(sentence, printed, others, units.get(sentence, ())), "before"
        if post is None:
            post, where = post_after(sentence, printed, others), "after"
        if post is not None:
            at = max(0, sentence.find(printed))
            kind = post_kind(sentence[max(0, at - 6):at], listed_after(sentence[at + len(printed):], others), where)
            rows.append((r.get("issue_id"), r.get("article_id"), dates.get(r.get("issue_id")), str(name), post, where,
                         kind, is_former(post), sentence))
    out = pd.DataFrame(rows, columns=POST_COLUMNS)
    out["date"] = pd.to_datetime(out["date"], errors="coerce")
    return out.drop_duplicates(["article_id", "name", "post", "sentence"]).reset_index(drop=True)


def post_table(posts: pd.DataFrame) -> pd.DataFrame:
    """One row per name and post of :func:`person_posts`: mentions, first and last date, articles.

    Examples
    --------
    >>> p = pd.DataFrame({"issue_id": ["a", "b"], "article_id": ["a-01", "b-01"],
    ...                   "date": pd.to_datetime(["2005-03-03", "2011-02-14"]), "name": ["郗建平"] * 2,
    ...                   "post": ["市委书记"] * 2, "printed": ["before"] * 2, "sentence": ["", ""]})
    >>> post_table(p)[["name", "post", "mentions", "first", "last"]].values.tolist()
    [['郗建平', '市委书记', 2, '2005-03-03', '2011-02-14']]
    """
    if posts.empty:
        return pd.DataFrame(columns=["name", "post", "mentions", "articles", "first", "last"])
    t = (posts.groupby(["name", "post"], sort=False)
         .agg(mentions=("post", "size"), articles=("article_id", "nunique"), first=("date", "min"), last=("date", "max"))
         .reset_index())
    for col in ("first", "last"):
        t[col] = t[col].dt.strftime("%Y-%m-%d")
    return t.sort_values(["name", "first", "post"], kind="stable", na_position="last").reset_index(drop=True)
