"""How long is a personal name? A character-level model of Chinese names.

A name is a surname (李, or a compound such as 欧阳) and a given name of one or two
characters. Whether the character after the first given character still belongs to the name
(闫春旸说 vs 郜翀率队, 冯骁出席) is scored by a logistic regression over character statistics:
how often the character occurs in given names, as a one-character word, as the start of a
longer word, how rare it is, and whether it forms a word with the next character. The
statistics come from People's Daily 1998, the weights from the person names of MSRA NER
(``training/ner/build_name_model.py``; model card ``docs/model_card_names.md``).
"""

from __future__ import annotations

import re

import json
import math
from functools import lru_cache
from importlib import resources

from corpus_tools.text import CJK_RE

#: Two-character surnames of the 百家姓 (a closed, public class): a name starting with one of
#: them has a one- or two-character given name after both characters (欧阳慧敏, 司马迁).
COMPOUND_SURNAMES = frozenset("""
欧阳 司马 诸葛 上官 东方 皇甫 令狐 慕容 尉迟 夏侯 公孙 长孙 宇文 司徒 司空 端木 轩辕 呼延 钟离 南宫 西门 申屠
澹台 公冶 濮阳 淳于 单于 太叔 闻人 赫连 万俟 拓跋 独孤 百里 东郭 闾丘 鲜于 颛孙 巫马 公羊 梁丘 左丘 第五
""".split())

#: One-character surnames of the 百家姓 (a closed, public class; with 闫, 覃 and a few other
#: common modern ones). Many are also ordinary characters (和, 平, 山), so they count as a
#: surname only right after a title or a byline role, and only before a clear boundary when
#: People's Daily 1998 rarely uses them as a surname (:func:`surname_rate`).
BAIJIAXING = frozenset("赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公岳帅缑亢况郈有琴商牟佘佴伯赏墨哈谯笪年爱阳佟闫覃邸禚綦")

#: Characters that end a name when they follow it (particles, punctuation).
_ALWAYS_END = set("，。、：；！？“”‘’（）()《》\n 的了着过地得们")
#: a speech verb and the punctuation after it, right after a speaker's name (镇长那日松|说，, 王磊表示：)
SPEECH_AFTER_RE = re.compile(r"(?:说|表示|介绍|告诉)[，。：:“]")

#: Verbs of reporting and leading that follow a speaker's name (冉崟介绍, 綦玥出席): a closed
#: class of news verbs, so the character before them ends the name.
REPORT_VERBS = frozenset("""
介绍 表示 告诉 认为 指出 强调 主持 出席 说道 坦言 感慨 透露 回忆 笑着 带领 率队 率领 要求 希望 讲话 发言 提出 解释
谈到 说明 补充 称赞 感叹 高兴 激动 深有 一边 正在 也说 还说 就说 又说
""".split())


@lru_cache(maxsize=1)
def _model() -> dict:
    path = resources.files("corpus_tools").joinpath("data", "entities", "name_model.json")
    m = json.loads(path.read_text(encoding="utf-8"))
    m["pairs"] = frozenset(m["pairs"])
    m["surnames"] = frozenset(m["surnames"])
    m["idioms"] = frozenset(m["idioms"])
    return m


def char_counts(ch: str) -> tuple[int, int, int, int]:
    """(occurrences, in given names, starting a longer word, as a one-character word) in People's Daily 1998."""
    v = _model()["chars"].get(ch)
    return (v[0], v[1], v[2], v[3]) if v else (0, 0, 0, 0)


def surname_rate(ch: str) -> float:
    """Share of the character's occurrences in People's Daily 1998 that are a surname
    (王 0.6, 任 0.06, 和 0.002); 1.0 for a character the corpus never uses (郜, 禚)."""
    v = _model()["chars"].get(ch)
    return v[4] / v[0] if v and v[0] else 1.0


def is_idiom(w: str) -> bool:
    """A four-character idiom of People's Daily 1998 (语重心长)."""
    return w in _model()["idioms"]


def is_word(pair: str) -> bool:
    """A two-character word of People's Daily 1998 (seen at least twice)."""
    return pair in _model()["pairs"]


def surname_length(text: str, i: int) -> int:
    """2 for a compound surname at *i* (欧阳), else 1.

    Examples
    --------
    >>> surname_length("欧阳慧敏说", 0), surname_length("王磊说", 0)
    (2, 1)
    """
    return 2 if text[i:i + 2] in COMPOUND_SURNAMES else 1


def p_longer(text: str, g: int) -> float:
    """Probability that ``text[g]`` (after surname and first given character) is still in the name.

    Examples
    --------
    >>> p_longer("冯骁出席会议", 2) < 0.5 < p_longer("闫春旸说", 2)
    True
    """
    if g >= len(text) or not CJK_RE.match(text[g]) or text[g] in _ALWAYS_END or text[g:g + 2] in REPORT_VERBS:
        return 0.0
    if text[g:g + 4] in _model()["idioms"]:
        return 0.0  # 柯俊|语重心长
    m = _model()
    c, prev = text[g], text[g - 1]
    nxt = text[g + 1] if g + 1 < len(text) else ""
    tot, giv, ws, sg = char_counts(c)
    ptot, pgiv, _, _ = char_counts(prev)
    x = [math.log((giv + 1) / (tot + 2)), math.log((ws + 1) / (tot + 2)), math.log((sg + 1) / (tot + 2)),
         math.log(tot + 1), float((c + nxt) in m["pairs"]), float((prev + c) in m["pairs"]),
         math.log((pgiv + 1) / (ptot + 2)), float(not nxt or not CJK_RE.match(nxt))]
    z = m["intercept"] + sum(w * v for w, v in zip(m["coef"], x))
    return 1.0 / (1.0 + math.exp(-z))


def name_end(text: str, i: int, *, threshold: float = 0.5) -> int:
    """End of the personal name that starts at *i* (surname first): after one or two given characters.

    Examples
    --------
    >>> t = "县委书记郜翀率队调研，村民闫春旸说，欧阳慧敏介绍"
    >>> [t[i:name_end(t, i)] for i in (4, 13, 18)]
    ['郜翀', '闫春旸', '欧阳慧敏']
    """
    g = i + surname_length(text, i) + 1
    return g + 1 if p_longer(text, g) >= threshold else g


def rare_char(ch: str, *, max_count: int = 2) -> bool:
    """A character People's Daily 1998 hardly uses (綦, 禚, 郜): in running text, after a title,
    such a character starts a name rather than a word."""
    return bool(CJK_RE.match(ch)) and char_counts(ch)[0] <= max_count


# --------------------------------------------------------------------------- names that are not surname + given name

@lru_cache(maxsize=1)
def _translit() -> tuple[dict, float, float]:
    path = resources.files("corpus_tools").joinpath("data", "entities", "translit_chars.json")
    m = json.loads(path.read_text(encoding="utf-8"))
    return m["scores"], math.log(m["inside_total"]), math.log(m["background_total"])


@lru_cache(maxsize=65536)
def translit_score(ch: str) -> float:
    """Log-odds that *ch* is a character of a Uyghur, Tibetan, Yi or foreign name (阿 4.2, 嘎 5.4)
    rather than of running text (的 -6.5), from ``translit_chars.json``
    (``training/ner/build_translit_names.py``). A character the name list never shows gets the
    score its People's Daily 1998 frequency implies (a rare one scores high).

    Examples
    --------
    >>> translit_score("嘎") > 3 > 0 > translit_score("的")
    True
    """
    scores, log_in, log_bg = _translit()
    v = scores.get(ch)
    if v is not None:
        return v
    if not CJK_RE.match(ch):
        return -10.0
    return math.log(0.5) - log_in - (math.log(char_counts(ch)[0] + 5.5) - log_bg)


def translit_mean(w: str) -> float:
    """Mean :func:`translit_score` of the characters of *w*."""
    return sum(map(translit_score, w)) / len(w) if w else -10.0


def function_char(ch: str) -> bool:
    """*ch* is almost never in a given name and mostly a word of its own in People's Daily 1998 (要, 了, 就).

    Examples
    --------
    >>> [function_char(c) for c in "要了进强"]
    [True, True, False, False]
    """
    tot, giv, _, one = char_counts(ch)
    return tot >= 100 and giv / (tot + 1) < 0.002 and one >= 0.3 * tot
