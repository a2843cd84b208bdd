"""The last word on a document's PERSON spans: forms of address and stray list items.

Two kinds of span look like names to the character model and the rules but are none under
GUIDE:

- **A surname with a polite form of address** (戴师傅, 杨女士, 李先生). GUIDE counts familiar
  forms (老张, 张老哥); an anonymous 戴师傅 or 杨女士, a common sight in urban reports, is no
  name. Such a polite form is a PERSON only when the document names a person with that surname
  in full, and then a kinship form is found at every mention (顾林娣 … 顾阿姨). The
  address words are mined
  from People's Daily 1998 (``address_words.txt``, ``training/ner/build_address_words.py``:
  nouns written after a lone surname, seldom before a name) plus the kinship forms of the hand
  rules (老弟, 大婶, 阿姨).
- **An item of a list of parallel phrases** that the model reads as a name because its first
  character can be a surname (日统计、周分析、月汇总; 访民情、惠民生、聚民心), a four-character
  model span of a one-character surname and a common word (杨梅基地), and a model name that
  only ever stands alone between quotation marks and whose given part reads as no given name
  (“田保姆”: a coined term; “张华” stays), an ABB state word before 的/地 (黄灿灿的: the
  doubled tails are mined from People's Daily 1998, ``training/ner/build_state_tails.py``), and
  a two-character word of People's Daily 1998 or a county's or city's short form (田野, 罗平, 宁德).
- **A word the model reads as a name and the text never places as one**: a two-character string
  whose first character is a weak surname (余音, 峥嵘, 康熙, 章江), or a string the People's Daily
  2019–2020 crawl uses in many articles and almost never where persons stand (惠民生, 陈规:
  ``uncued_words.txt``), unless some mention of it follows a title or a colon, precedes a report
  verb or an honorific, stands alone on its line, or is read by the segmenter as one ``nr`` word.
- **Punctuation and verbs run into a span** (李纵）, 格桑介绍, 庄歌尔摄, 朱熹云：, 律师帮张晓莉).
- **A name that starts the name of a unit** (王飞家庭农场, 苏某工作室): GUIDE tags memorials,
  studios and enterprise units named after a person whole, with no PERSON inside, so a model or
  document mention right before such a head is dropped (that mention only). A list of names
  has names on both sides (王明、李强、张丽).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.lexicon import PERSON_AFTER, PERSON_TITLES, Cand, frequent2, occurrences, words
from corpus_tools._entity_rules.names import REPORT_VERBS, char_counts, is_word, surname_length, surname_rate
from corpus_tools._entity_rules.person_context import established_surnames, given_like
from corpus_tools.text import CJK_RE

#: kinship forms of address (汪大爷, 印老弟, 顾阿姨): the hand rules' list and the kinship words of
#: the mined list. GUIDE counts such familiar forms (老张) even without a full name, so only the
#: polite forms (师傅, 女士, 先生) and the descriptions (老汉, 老头, 老太: 马老汉 in a headline is
#: no form of address) need one, and only kinship forms are added.
KIN_WORDS = frozenset("大爷 大娘 大妈 大婶 大姐 大哥 大叔 大嫂 老弟 老哥 奶奶 爷爷 婆婆 阿姨 老伯 兄弟 妈妈".split())


@lru_cache(maxsize=1)
def address_words() -> frozenset[str]:
    """Mined address words (``address_words.txt``) and :data:`KIN_WORDS`."""
    path = resources.files("corpus_tools").joinpath("data", "entities", "address_words.txt")
    mined = {ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")}
    return frozenset(mined) | KIN_WORDS


def address_surname(name: str, is_surname: Callable[[str], bool]) -> str | None:
    """The surname of a form of address (戴师傅 -> 戴, 欧阳先生 -> 欧阳), else ``None``.

    Examples
    --------
    >>> sur = lambda ch: ch in "戴顾王"
    >>> [address_surname(w, sur) for w in ("戴师傅", "顾阿姨", "王小明", "师傅")]
    ['戴', '顾', None, None]
    """
    if len(name) < 3 or not all(CJK_RE.match(ch) for ch in name):
        return None
    sl = surname_length(name, 0)
    if name[sl:] in address_words() and (sl == 2 or is_surname(name[0])):
        return name[:sl]
    return None


@lru_cache(maxsize=1)
def _state_list() -> tuple[str, ...]:
    path = resources.files("corpus_tools").joinpath("data", "entities", "state_tails.txt")
    return tuple(ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#"))


def state_tails() -> frozenset[str]:
    """Doubled tails of ABB state words (灿灿 of 金灿灿; tails of common given names such as 洋洋, 森森
    left out), the two-character lines of ``state_tails.txt`` mined from People's Daily 1998 by
    ``training/ner/build_state_tails.py``."""
    return frozenset(w for w in _state_list() if len(w) == 2)


def state_words() -> frozenset[str]:
    """The ABB state words of the 1998 dictionary (金灿灿, 绿油油), the three-character lines of
    ``state_tails.txt``."""
    return frozenset(w for w in _state_list() if len(w) == 3)


def state_word(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` is a state word of the ABB form before 的 or 地 (金灿灿的油菜花), which the model
    may read as surname + doubled given name: a dictionary word of :func:`state_words`, or one
    character and a doubled tail of :func:`state_tails` where the text never uses the same string
    as a name (every occurrence before 的 or 地: 黄灿灿的 … 黄灿灿说 is a person).

    Examples
    --------
    >>> t = "金灿灿的油菜花，黄灿灿的麦子，王丽丽的家"
    >>> state_word(t, 0, 3), state_word(t, 8, 11), state_word(t, 15, 18)
    (True, True, False)
    >>> t = "黄灿灿的作品获奖，黄灿灿说要继续画"
    >>> state_word(t, 0, 3)
    False
    """
    if e - s != 3 or text[e:e + 1] not in ("的", "地"):
        return False
    word = text[s:e]
    if word in state_words():
        return True
    if word[1:] not in state_tails():
        return False
    i = text.find(word)
    while i >= 0:
        if text[i + 3:i + 4] not in ("的", "地"):
            return False
        i = text.find(word, i + 1)
    return True


def addressed_by_surname(text: str, i: int, is_surname: Callable[[str], bool]) -> bool:
    """A form of address (:func:`address_words`: 大夫, 师傅, 阿姨 …) starts at *i* right after a
    surname that starts a word: 王大夫, 王阿姨 are complete mentions, so the address word is no
    title before a name (王大夫|都会来; 语文老师李华: 文 ends the word 语文).

    Examples
    --------
    >>> sur = lambda ch: ch in "王文"
    >>> [addressed_by_surname(t, 2, sur) for t in ("，王大夫都会来", "语文老师李华", "，王书记说")]
    [True, False, False]
    """
    if i < 1 or not is_surname(text[i - 1]) or not any(text.startswith(w, i) for w in address_words()):
        return False
    return i < 2 or not CJK_RE.match(text[i - 2]) or not (is_word(text[i - 2:i]) or text[i - 2:i] in frequent2())


def _item(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` is a whole item between delimiters (no Chinese character on either side)."""
    return 0 <= s < e <= len(text) and all(CJK_RE.match(ch) for ch in text[s:e]) \
        and (s == 0 or not CJK_RE.match(text[s - 1])) and (e == len(text) or not CJK_RE.match(text[e]))


def _run_start(text: str, i: int) -> int:
    """Start of the run of Chinese characters that ends at *i*."""
    while i > 0 and CJK_RE.match(text[i - 1]):
        i -= 1
    return i


def stray_list_item(text: str, s: int, e: int, person_starts: set[int], is_surname: Callable[[str], bool]) -> bool:
    """``text[s:e]`` is an item of a "、" list of at least three phrases of its length, none of
    the others a name (no surname first, no PERSON): 日统计、周分析、月汇总. The first item may end
    a longer clause (进行|日统计); every other item is exactly as long, so a list of names of
    mixed lengths (潘俊强、袁泉、鲜敢) or one whose other items are names never counts. The last
    item may run on into the clause after it (日调度、周通报、月考核|制度).

    Examples
    --------
    >>> t = "进行日统计、周分析、月汇总，邀请王明、周强、李丽，记者张小兵、花放、任彦）"
    >>> sur = lambda ch: ch in "周王李张刘任"
    >>> [stray_list_item(t, t.index(w), t.index(w) + len(w), set(), sur) for w in ("周分析", "周强", "任彦")]
    [True, False, False]
    """
    n = e - s
    starts, items = [], 0
    k = s
    while k >= 1 and text[k - 1] == "、":  # items to the left
        a = _run_start(text, k - 1)
        if k - 1 - a < n or (k - 1 - a > n and text[a - 1:a] == "、"):
            return False  # an item of another length
        starts.append(k - 1 - n)
        items += 1
        if k - 1 - a > n:  # the first item, at the end of a clause, unless a longer name ends there (记者张小兵)
            starts.append(k - 2 - n)
            break
        k = a
    k = e
    while k < len(text) and text[k] == "、":  # items to the right
        if not all(CJK_RE.match(ch) for ch in text[k + 1:k + 1 + n]) or k + 1 + n > len(text):
            return False
        starts.append(k + 1)
        items += 1
        k = k + 1 + n
        if not _item(text, k - n, k):
            break  # the last item, run on into the clause after it (日调度、周通报、月考核|制度)
    return items >= 2 and all(not is_surname(text[a]) and a not in person_starts for a in starts)


def _common_tail(name: str, is_surname: Callable[[str], bool]) -> bool:
    """Four characters: a one-character surname, then a common two-character word at the end (杨梅基地)."""
    return len(name) == 4 and surname_length(name, 0) == 1 and is_surname(name[0]) \
        and (name[2:] in frequent2() or is_word(name[2:]))


def plain_word_name(name: str) -> bool:
    """A surname-first string of the model that is no name but a word or a place: a two-character
    word of People's Daily 1998 (田野, 林海, 哈达: seen at least twice as one word, where names are
    written as surname + given name) or the short form of a county (罗平, 于田, 黄梅).

    Examples
    --------
    >>> [plain_word_name(w) for w in ("田野", "罗平", "王刚", "李白")]
    [True, True, False, False]
    """
    if not 2 <= len(name) <= 3 or not all(CJK_RE.match(ch) for ch in name):
        return False
    return (len(name) == 2 and is_word(name)) or any(d.name != name for level in ("county", "city")
                                                     for d in gz.lookup(name, level=level))


#: below this share of surname uses in People's Daily 1998 a first character makes a weak surname (余 0.07,
#: 康 0.03, 兰 0.02, 章 0.05; 贺 0.07 and 许 0.13 are common surnames in names too, so it takes context)
RARE_SURNAME_RATE = 0.1

#: what may follow a person's name and so tells it from a word (章锋：, 鲁迅先生, 史雷的《…》)
_AFTER_NAME_RE = re.compile("[：:（(）)]|等|的《|" + "|".join(sorted(map(re.escape, REPORT_VERBS), key=len, reverse=True))
                            + "|说|称|问|笑|讲|答|道|先生|女士|同志|元帅|将军|老师|教授|院士|烈士|大使|总统|主席"
                            + "|参与|采写|的(?:公公|婆婆|丈夫|妻子|儿子|女儿|父亲|母亲|爷爷|奶奶)")
#: an age before a name (50岁的康辉)
_AGE_RE = re.compile("[0-9０-９一二三四五六七八九十]岁的?$")
_QUOTES = "“”‘’「」"
#: last characters of role nouns before a name (合伙人, 队员, 厂长, 技师, 作者, 选手, 员工, 学生, 法官, 护士, 妇女,
#: 总统, 首相)
_ROLE_END = frozenset("人员长师者手工生官士女统相")


#: a colon after a place opens a place's kicker or dateline (严塘镇：白芷花开), not a credit
_PLACE_COLON = ("镇", "乡", "村", "县", "市", "区", "街道", "社区")


def cued(text: str, s: int, e: int, people: dict[int, int]) -> bool:
    """The mention at [s, e) stands where persons stand: after a title or a colon (合伙人皮蓬, “洋医生”苏玛,
    版式设计：蔡华伟), before
    a report verb, a title, a colon, 等 or a book title (鲁迅先生, 章锋：, 史雷的《…》), next to another
    name of a "、" list (郑琪、韩硕、万宇), or alone on its line or in a list layout."""
    k = s - 1 if s > 0 and text[s - 1] in _QUOTES else s
    if text[k - 1:k] in _ROLE_END or (text[k - 1:k] in ("：", ":") and not text.endswith(_PLACE_COLON, 0, k - 1)) or text.endswith(PERSON_TITLES, 0, k) or text.startswith(PERSON_TITLES, e) or _AFTER_NAME_RE.match(text, e):
        return True
    if _AGE_RE.search(text, max(0, s - 4), s):
        return True
    if s > 0 and text[s - 1] == "、" and any(b == s - 1 for b in people.values()):
        return True
    if e < len(text) and text[e] == "、" and e + 1 in people:
        return True
    before, after = text[s - 1:s], text[e:e + 1]
    return before in ("", "\n", " ", "\u3000") and after in ("", "\n", " ", "\u3000")


def rare_surname_word(text: str, name: str, people: dict[int, int], words: list[str] | None = None) -> bool:
    """A two-character string whose first character People's Daily 1998 seldom uses as a surname
    (:data:`RARE_SURNAME_RATE`) and that no mention in *text* places where persons stand (:func:`cued`)
    nor the segmenter reads as one personal name (*words*: one ``B-``/``I-``/``E-``/``S-`` + PKU tag per
    character; 米芾 as ``B-nr E-nr``): a word or a place the model reads as a name (余音, 峥嵘, 康熙,
    庄前, 章江). *people* maps the start of each PERSON span to its end.

    Examples
    --------
    >>> t = "余音绕梁。记者郑琪、万宇）"
    >>> [rare_surname_word(t, w, {0: 2, 7: 9, 10: 12}) for w in ("余音", "万宇")]
    [True, False]
    """
    if len(name) != 2 or not all(CJK_RE.match(ch) for ch in name) or surname_rate(name[0]) >= RARE_SURNAME_RATE:
        return False
    return not placed(text, name, people, words)


def _nr_word(words: list[str], s: int, e: int) -> bool:
    """The segmenter reads [s, e) as one personal name (``B-nr`` … ``E-nr``)."""
    return words[s] == "B-nr" and words[e - 1] == "E-nr" and all(f == "I-nr" for f in words[s + 1:e - 1])


def placed(text: str, name: str, people: dict[int, int], words: list[str] | None = None) -> bool:
    """Some mention of *name* in *text* stands where persons stand (:func:`cued`) or is read by the
    segmenter as one personal name (*words*: per-character word features, 米芾 as ``B-nr E-nr``)."""
    whole = words is not None and len(words) == len(text)
    n = len(name)
    i = text.find(name)
    while i >= 0:
        if cued(text, i, i + n, people) or (whole and _nr_word(words, i, i + n)):
            return True
        i = text.find(name, i + 1)
    return False


#: a three-character string of :func:`uncued_words` is no name only when its first character is a surname in
#: less than this share of its uses (惠 0.01, 马 0.15, 张 0.41): a common surname before an ordinary given name
#: is a person the crawl may name without context (王羲之, 杨柳青 stay)
UNCUED_SURNAME_RATE = 0.5


#: last characters of place and site names (朱公堤, 张飞滩, 沙坨子湾); only those People's Daily 1998
#: hardly uses in given names (:data:`PLACE_TAIL_GIVEN_RATE`) end a place rather than a name
_PLACE_TAILS = "堤滩湾沟洼墩圩垸坝渡寺庙塔楼街巷村庄寨堡峪坪岭坡岗"
PLACE_TAIL_GIVEN_RATE = 0.01
#: one-character heads of buildings and sites a model name may run into (黄鹤|楼, 雷峰|塔)
_SITE_HEADS = "楼塔寺庙阁亭堤"


def names_a_site(text: str, name: str, people: dict[int, int], words: list[str] | None = None) -> bool:
    """A model name that is a place or a site: three characters ending in a place character seldom used
    in given names (朱公堤, 张飞滩), or a name every mention of which runs into a building head that makes
    no word with it (黄鹤|楼往北; not 王明|楼下), unless some mention is :func:`placed`.

    Examples
    --------
    >>> names_a_site("漫步朱公堤上，远眺黄鹤楼往北的街市。", "朱公堤", {}), names_a_site("从黄鹤楼往北走", "黄鹤", {})
    (True, True)
    >>> names_a_site("王明楼下有车。王明说", "王明", {})
    False
    """
    if not all(CJK_RE.match(ch) for ch in name):
        return False
    tail = len(name) == 3 and name[-1] in _PLACE_TAILS and \
        (lambda c: c[1] / (c[0] + 1))(char_counts(name[-1])) < PLACE_TAIL_GIVEN_RATE
    if not tail:
        ends, i = [], text.find(name)
        while i >= 0 and name:
            ends.append(i + len(name))
            i = text.find(name, i + 1)
        tail = bool(ends) and all(text[e:e + 1] in tuple(_SITE_HEADS) and text[e:e + 2] not in frequent2()
                                  and not is_word(text[e:e + 2]) for e in ends)
    return tail and not placed(text, name, people, words)


@lru_cache(maxsize=1)
def uncued_words() -> frozenset[str]:
    """Surname-first strings of two or three characters that the People's Daily 2019–2020 crawl
    uses in many articles and almost never where persons stand (惠民生, 陈规, 江干流: ``uncued_words.txt``,
    built by ``training/ner/build_uncued_words.py``)."""
    return words("uncued_words")


#: opening and closing quotation marks
_OPEN, _CLOSE = "“‘「『", "”’」』"


#: share of a character's uses in People's Daily 1998 given names that makes it a given-name character (华 0.14)
GIVEN_CHAR_RATE = 0.05


def _quoted(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` stands alone between quotation marks (“田保姆”): a coined term far more often
    than a name (People's Daily 1998: 27 of 4,154 quoted strings of two to four characters are
    ``nr`` names)."""
    return s > 0 and e < len(text) and text[s - 1] in _OPEN and text[e] in _CLOSE


def _given_name_like(name: str) -> bool:
    """The part after the surname reads as a given name in People's Daily 1998 (张|华, 任|仲平;
    not 田|保姆, 戴|穷帽): :func:`person_context.given_like` for two characters, else a character
    used in given names in at least :data:`GIVEN_CHAR_RATE` of its occurrences."""
    given = name[surname_length(name, 0):]
    if len(given) == 2:
        return given_like(given)
    return len(given) == 1 and (lambda c: c[1] / (c[0] + 1))(char_counts(given)) >= GIVEN_CHAR_RATE


#: heads of the units GUIDE (rule 11) names after a person and tags whole, with no PERSON inside:
#: memorials, studios and enterprise units (王某家庭农场, 苏某工作室, 林某纪念馆). Not every
#: organisation head: 雷某中学毕业 is a person who left school.
UNIT_HEADS = ("家庭农场", "农场", "工作室", "纪念馆", "故居", "基金会", "基金")


def names_a_unit(text: str, e: int) -> bool:
    """The name that ends at *e* starts the name of a unit of :data:`UNIT_HEADS` (王小冬家庭农场,
    王小冬工作室), not a title after the head (王小冬工作室主任) nor another head (王小冬中学毕业).

    Examples
    --------
    >>> t = "王小冬家庭农场的梨，王小冬中学毕业，王小冬工作室主任"
    >>> [names_a_unit(t, i) for i in (3, 13, 21)]
    [True, False, False]
    """
    head = next((h for h in UNIT_HEADS if text.startswith(h, e)), None)
    if head is None:
        return False
    after = e + len(head)
    return text[after:after + 1] != "长" and not text.startswith(PERSON_TITLES, after)


#: punctuation a name never starts or ends with (李纵）: the model's span ran over the bracket)
_MARKS = "（）()《》「」『』，。、；：！？“”‘’"


def _without_marks(c: Cand, text: str) -> Cand:
    """*c* without punctuation at either end when it is a PERSON span."""
    if c.label != "PERSON":
        return c
    s, e = c.start, c.end
    while s < e and text[s] in _MARKS:
        s += 1
    while e > s and text[e - 1] in _MARKS:
        e -= 1
    return c if (s, e) == (c.start, c.end) else replace(c, start=s, end=e)


#: verbs of a credit line run into the name before them (庄歌尔摄, 迈克尔·伍德撰稿)
_CREDIT_VERBS = ("撰稿", "摄影", "摄", "整理", "供图", "绘")
#: classical verbs of saying that introduce a quotation (朱熹云：, 韦应物曰“)
_QUOTE_VERBS = frozenset("云曰")


def _without_verbs(c: Cand, text: str, named: set[str], is_surname: Callable[[str], bool]) -> Cand:
    """*c* without a report or credit verb run into its end (格桑介绍 -> 格桑, 庄歌尔摄 -> 庄歌尔, 朱熹云：
    -> 朱熹) or a one-character verb before a
    name the text spells on its own elsewhere (律师帮张晓莉 -> 张晓莉), when it is a PERSON span."""
    w = text[c.start:c.end]
    if c.label != "PERSON":
        return c
    after = text[c.end:c.end + 1]
    credit = next((v for v in _CREDIT_VERBS if len(w) - len(v) >= 2 and w.endswith(v)
                   and (after == "" or not CJK_RE.match(after))), None)
    if credit is None and w[-1:] in _QUOTE_VERBS and len(w) >= 3 \
            and (after == "“" or text[c.end:c.end + 2] in ("：“", ":“")):
        credit = w[-1]  # 朱熹云：“…”
    if credit is not None:
        return replace(c, end=c.end - len(credit))
    if not all(CJK_RE.match(ch) for ch in w):
        return c
    verb = next((v for v in REPORT_VERBS if len(w) - len(v) >= 2 and w.endswith(v)), None)
    if verb is not None:
        return replace(c, end=c.end - len(verb))
    if len(w) >= 4 and w[1:] in named and not is_surname(w[0]):
        return replace(c, start=c.start + 1)
    return c


#: what stands before a crop or produce and never before a name: a quantity with a measure of produce,
#: a verb of growing or picking (1200亩杨梅, 5000吨鲜白芷, 采摘杨梅)
_PRODUCE_BEFORE_RE = re.compile(r"(?:[0-9一二三四五六七八九十百千万]+(?:亩|吨|斤|公斤|株|棵|箱|筐)|鲜|种|采摘|种植)$")
#: and what follows it (杨梅基地, 白芷种植, 杨梅园 but not 园长)
_PRODUCE_AFTER_RE = re.compile(r"基地|产业|种植|收购|花开|园(?![长区])")


def produce_use(text: str, w: str) -> bool:
    """Some mention of *w* in *text* is used as a crop or produce (:data:`_PRODUCE_BEFORE_RE`,
    :data:`_PRODUCE_AFTER_RE`).

    Examples
    --------
    >>> produce_use("村里种了1200亩杨梅和油茶", "杨梅"), produce_use("记者杨梅报道", "杨梅")
    (True, False)
    """
    i = text.find(w)
    while i >= 0:
        if _PRODUCE_BEFORE_RE.search(text, max(0, i - 6), i) or _PRODUCE_AFTER_RE.match(text, i + len(w)):
            return True
        i = text.find(w, i + 1)
    return False


#: a model name used at least this often in the text, which the model reads as a name at most once in
#: this many of those uses, and no use of which is placed, is a word (白芷, 党建云); names of four characters
#: (尔杰仁增, a Tibetan name the model reads once in four) are left alone
SPARSE_MIN_USES = 4
SPARSE_SHARE = 3


def _free_uses(text: str, w: str, spans: "list[tuple[int, int]]") -> int:
    """How often *w* stands in *text* outside the *spans* of other entities."""
    n, i = 0, text.find(w)
    while i >= 0:
        n += not any(s <= i < e for s, e in spans)
        i = text.find(w, i + 1)
    return n


def settle_persons(ents: list[Cand], text: str, is_role: Callable[[str], bool],
                   is_surname: Callable[[str], bool], make: Callable[[int, int], Cand],
                   word_feats: list[str] | None = None, vouched: frozenset[str] = frozenset()) -> list[Cand]:
    """*ents* without role words, forms of address of unnamed people and stray list items, with
    the forms of address of the people the text names in full (see the module docstring).

    A string dropped for being a stray item of the model loses all its mentions, the ones the
    document pass copied too, unless a rule found it elsewhere. *make(start, end)* builds an
    added PERSON candidate. *word_feats*, the segmenter's per-character word features, keep a weak-surname
    name the segmenter reads as one personal name (:func:`rare_surname_word`). *vouched* are names a
    rule or the document's repetitions proposed too, where the model's span stood first: the filters for
    the model's stray names (rare surname, site, sparse, uncued …) do not drop them.
    """
    ents = [_without_marks(c, text) for c in ents]
    ents = [c for c in ents if c.end > c.start]
    people = [c for c in ents if c.label == "PERSON"]
    if not people:
        return ents
    named = {text[c.start:c.end] for c in people}
    ents = [_without_verbs(c, text, named, is_surname) for c in ents]
    people = [c for c in ents if c.label == "PERSON"]
    words = {(c.start, c.end): text[c.start:c.end] for c in people}
    full = {w: 1 for w in words.values() if 2 <= len(w) <= 3 and address_surname(w, is_surname) is None
            and not w.startswith(("老", "小"))}
    known = established_surnames(full)
    starts = {c.start for c in people}
    drop = {w for w in words.values() if (sur := address_surname(w, is_surname)) is not None and sur not in known
            and w[len(sur):] not in KIN_WORDS}
    stray = {text[c.start:c.end] for c in people if c.source == "model" and (
        stray_list_item(text, c.start, c.end, starts, is_surname) or _common_tail(text[c.start:c.end], is_surname)
        or state_word(text, c.start, c.end))}
    # a word or county name the model reads as a name, unless a title stands before it (副市长高洁, 董事长武钢)
    strong = {c.start: c.end for c in people if surname_rate(text[c.start]) >= RARE_SURNAME_RATE or c.end - c.start >= 3}
    # each test reads every mention of a name in the text: once a name, not once a mention (long texts)
    model_names = {text[c.start:c.end] for c in people if c.source == "model"}
    stray |= {w for w in model_names if rare_surname_word(text, w, strong, word_feats)}
    stray |= {w for w in model_names if names_a_site(text, w, strong, word_feats)}
    # a crop or produce: some mention is weighed, grown or picked (1200亩杨梅, 杨梅基地), none is placed
    stray |= {w for w in model_names if 2 <= len(w) <= 3 and produce_use(text, w) and not placed(text, w, strong)}
    # a string the model reads as a name at few of its many mentions, none of them placed (白芷: once in 7)
    # (uses inside another entity do not count: 马海德基金会; the segmenter's nr reading is no evidence: it reads 白芷 so)
    model_counts = Counter(text[c.start:c.end] for c in people if c.source == "model")
    inside = [(o.start, o.end) for o in ents if o.label not in ("PERSON", "_")]
    stray |= {w for w in model_names if len(w) <= 3 and model_counts[w] * SPARSE_SHARE <= text.count(w)
              and model_counts[w] * SPARSE_SHARE <= (n := _free_uses(text, w, inside)) and n >= SPARSE_MIN_USES
              and not placed(text, w, strong)}
    # a string the crawl uses in many articles and hardly ever as a name (惠民生, 陈规), unless placed here
    stray |= {w for w in model_names if w in uncued_words()
              and (len(w) == 2 or surname_rate(w[0]) < UNCUED_SURNAME_RATE) and not placed(text, w, strong, word_feats)}
    stray |= ({text[c.start:c.end] for c in people if c.source == "model" and is_surname(text[c.start])
               and plain_word_name(text[c.start:c.end])}
              - {text[c.start:c.end] for c in people if text.endswith(PERSON_TITLES, 0, c.start)})
    quoted = {text[c.start:c.end] for c in people if c.source == "model" and _quoted(text, c.start, c.end)
              and not _given_name_like(text[c.start:c.end])}
    quoted -= {text[c.start:c.end] for c in people if c.source == "model" and not _quoted(text, c.start, c.end)}
    # 老 + a surname the text's full names bear (老潘 beside 潘世国) is a familiar form the document pass
    # proposes too (familiar_forms): the model's span standing first does not make it stray
    familiar = {w for w in model_names if len(w) == 2 and w[0] == "老" and w[1] in known
                and not is_word(w) and w not in frequent2()}
    stray = (stray | quoted) - {text[c.start:c.end] for c in people if c.source not in ("model", "document")} \
        - vouched - familiar
    drop |= stray
    # a name opening a unit's name is dropped only where that unit was found (王飞家庭农场 is one ORG); where it
    # was not (李明农场里…), the name stays a PERSON rather than being lost
    units = [(o.start, o.end) for o in ents if o.label in ("ORG", "FAC")]
    out = [c for c in ents if not (c.label == "PERSON" and (text[c.start:c.end] in drop or is_role(text[c.start:c.end])
                                                         or (c.source != "rule" and names_a_unit(text, c.end)
                                                             and any(s <= c.start and e > c.end for s, e in units))))]
    # a kinship form is added only for a surname one person of the text bears: where two named people share
    # it (王建国 … 王海明), 王妈妈 may be either or a third
    sole = {sur for sur in known if sum(1 for w in full if w[0] == sur) == 1}
    if not sole:
        return out
    taken = [False] * len(text)
    for c in out:
        for i in range(c.start, c.end):
            taken[i] = True
    # a sole surname and the longest form of address after it, left to right and not overlapping (what the
    # pattern (sole surnames)(?:forms longest first) finds, without compiling one per text)
    kin = sorted(KIN_WORDS, key=len, reverse=True)
    added = []
    s = 0
    while s < len(text):
        form = next((k for k in kin if text.startswith(k, s + 1)), None) if text[s] in sole else None
        if form is None:
            s += 1
            continue
        e = s + 1 + len(form)
        pair = text[s - 1:s + 1] if s > 0 and CJK_RE.match(text[s - 1]) else ""
        if not (any(taken[s:e]) or (pair and (is_word(pair) or pair in frequent2()))):
            added.append(make(s, e))  # not where the surname makes a word with the character before it (值钱|阿姨)
        s = e
    return sorted(out + added, key=lambda c: c.start)


def familiar_forms(names: dict[str, int], text: str, taken: list[bool], make: Callable[[int, int], Cand]) -> list:
    """老 + the surname of a person the text names in full (游文超 … 老游), or of a frequent surname
    the text uses so at least twice: GUIDE counts these familiar forms as PERSON. Not before a
    character that makes a word with the surname (老游|客)."""
    out = []
    surnames = established_surnames(names)
    # without a full name: a frequent surname in a familiar form used at least twice (老杨 … 老杨)
    # and what follows its mentions varies (not the brand “老葛山货” … “老葛山货”)
    surnames |= {m.group(1) for m in re.finditer("老([\u4e00-\u9fff])", text)
                 if surname_rate(m.group(1)) >= 0.3 and text.count(m.group()) >= 2
                 and len({text[e:e + 1] for _, e in occurrences(text, m.group())}) >= 2}
    for sur in surnames:
        for s, e in occurrences(text, "老" + sur):
            if text[s:e] in frequent2() or is_word(text[s:e]):
                continue  # 老家 is a word; 老游, 老杨 are none
            if any(taken[s:e]) or (e < len(text) and CJK_RE.match(text[e]) and text[e] not in PERSON_AFTER and (
                    is_word(text[e - 1:e + 1]) or text[e - 1:e + 1] in frequent2())):
                continue
            out.append(make(s, e))
            for i in range(s, e):
                taken[i] = True
    return out
