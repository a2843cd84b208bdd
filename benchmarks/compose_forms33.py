"""Forms county papers print that the composer did not (thirty-third layout helper, round 23).

Drawn only on training pages (``compose_page(..., variety=True)``), from a random stream of their
own (:func:`forms33_rng`), so the benchmark's development and held-apart pages are the pages they
were, and a variety page without these forms is the page it was:

* paragraphs opening with a two-character indent (``　　``): most county pages print them, the
  composer printed every paragraph flush (off by default, :data:`P_INDENT`);
* jump lines: ``（下转第N版）`` after a body whose text goes on on another page, ``（上接第N版）`` under the
  headline of a text continued from one (credits, no article's text);
* an editor line after an article (``（编辑：X）``, ``（责任编辑　X）``, a credit) and the page's staff in
  other forms at the foot (``本版编辑：X``, ``编辑：X　校对：Y　审核：Z``, ``（责任编辑　X）``);
* a unit's credit closing an article without a byline (``（县农业农村局供稿）``, read ``[("", unit)]``);
* a notice's sign-off: the issuing unit and the date on lines of their own under the text (body).

Nothing here is a word list read off a page: units are a county's offices by their usual names,
dates and names random.
"""

from __future__ import annotations

import random

#: Per page: paragraphs printed with a two-character indent. 0: a retrain with indented pages (0.45) and
#: features of indentation lost 15 bodies of 155 on the open invented sets where one without them lost 2
#: (docs/model_card_layout.md, round 23); kept to be switched on with features the rules passes agree with.
P_INDENT = 0.0
#: Per page: the staff at the page's foot in one of :func:`foot_staff`'s forms.
P_FOOT_STAFF = 0.3
#: Per article (headline before its body, no end byline): a ``（下转第N版）`` line after the body.
P_JUMP_AFTER = 0.05
#: Per article (headline before its body): a ``（上接第N版）`` line under the headline.
P_JUMP_BEFORE = 0.04
#: Per article: an editor line after it.
P_EDITOR_AFTER = 0.05
#: Per article without a byline: a unit's credit closing it.
P_UNIT_CREDIT = 0.12
#: Per article without a byline: a notice's sign-off (unit and date) under its text.
P_SIGN_OFF = 0.06
#: Per page and per article, the number of draws from this module's stream (fixed).
N_PAGE_DRAWS, N_DRAWS = 4, 6

INDENT = "\u3000\u3000"
_OFFICES = ("农业农村局", "教育局", "文化和旅游局", "卫生健康局", "市场监督管理局", "住房和城乡建设局", "交通运输局",
            "人力资源和社会保障局", "林业局", "水利局", "应急管理局", "民政局", "统计局", "供电公司", "人民政府办公室")
_NUMERALS = "一二三四五六七八"


def forms33_rng(seed: int) -> random.Random:
    """The random stream of this module's forms for page ``seed``."""
    return random.Random(seed * 32_452_843 + 33)


def draws(rng: random.Random, n: int = N_DRAWS) -> list[float]:
    """``n`` draws of the stream (always all of them, so pages and articles stay aligned)."""
    return [rng.random() for _ in range(n)]


def indented(text: str) -> str:
    """A paragraph as printed with its indent.

    Examples
    --------
    >>> indented("本报讯 近日，县里召开会议。")
    '\u3000\u3000本报讯 近日，县里召开会议。'
    """
    return INDENT + text


def jump_line(u: float, *, after: bool) -> str:
    """A jump line: ``（下转第3版）`` (``after`` a body) or ``（上接第一版）`` (under a headline).

    Examples
    --------
    >>> jump_line(0.1, after=True), jump_line(0.9, after=False)
    ('（下转第1版）', '（上接第八版）')
    """
    k = 1 + int(u * 8) % 8
    page = str(k) if u < 0.5 else _NUMERALS[k - 1]
    return f"（{'下转' if after else '上接'}第{page}版）" if u < 0.85 or not after else f"（转第{page}版）"


def editor_line(name: str, u: float) -> str:
    """An editor line after an article.

    Examples
    --------
    >>> editor_line("卢敏", 0.2), editor_line("卢敏", 0.7)
    ('（编辑：卢敏）', '（责任编辑　卢敏）')
    """
    return f"（编辑：{name}）" if u < 0.5 else f"（责任编辑　{name}）"


def foot_staff(names: list[str], u: float) -> str:
    """The page's staff at its foot in a form the composer did not print.

    Examples
    --------
    >>> foot_staff(["江涛", "林晨", "徐海波"], 0.1)
    '本版编辑：江涛'
    >>> foot_staff(["江涛", "林晨", "徐海波"], 0.5)
    '编辑：江涛　校对：林晨　审核：徐海波'
    """
    if u < 0.35:
        return f"本版编辑：{names[0]}"
    if u < 0.7:
        return f"编辑：{names[0]}　校对：{names[1]}　审核：{names[2]}"
    return f"（责任编辑　{names[0]}）"


def unit_credit(u: float) -> tuple[str, str]:
    """A unit's credit closing an article and the unit it names (the byline ``[("", unit)]``).

    Examples
    --------
    >>> unit_credit(0.0)
    ('（县农业农村局供稿）', '县农业农村局')
    """
    unit = "县" + _OFFICES[int(u * len(_OFFICES)) % len(_OFFICES)]
    return (f"（{unit}供稿）" if u < 0.8 else f"（{unit}　供稿）"), unit


def sign_off(county: str, rng: random.Random) -> list[str]:
    """A notice's sign-off: the issuing unit and the date, each a line of its own (body text).

    Examples
    --------
    >>> sign_off("东至县", random.Random(1))
    ['东至县文化和旅游局', '2022年2月9日']
    """
    unit = county + _OFFICES[rng.randrange(len(_OFFICES))]
    return [unit, f"{rng.randint(2004, 2024)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]
