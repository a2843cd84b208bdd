"""Forms other county papers print that the first composer did not (thirteenth round).

Found on the invented pages of ``tests/data/invented_pages`` (攸县, 元阳, 北川): a photographer's
credit after a caption on its line (``图为…。 王川 摄``), a photo byline with a colon
(``（摄影：马建华）``), a photo-news title led by a place and a colon
(``攀枝花乡阿勐控村：云海梯田迎客来``), a lead byline naming a unit before the name
(``本报讯（县融媒体中心 卢春燕）``), a one-clause title wrapped over two lines at the column
(``皇图岭镇加快推进`` / ``农村公路提质改造工程``) and a lead-in kicker printed without its dash
(安吉: ``践行“绿水青山就是金山银山”理念`` over ``余村：从“卖石头”到“卖风景”``).

Each form has its own probability and is drawn from its own random stream
(:func:`forms_rng`), one fixed set of draws per article (:func:`draws`), so the pages'
other phenomena come out as before: a page without these forms is the page the composer
printed before them.
"""

from __future__ import annotations

import random
import re

#: Probability of each form where it can apply (a caption; a photo byline; a photo-news
#: item; a lead byline; a one-clause title of at least :data:`WRAP_MIN` characters).
P_CAPTION_CREDIT = 0.4
P_PHOTO_COLON = 0.4
P_PHOTO_PLACE_TITLE = 0.4
P_LEAD_UNIT = 0.25
P_TITLE_WRAPPED = 0.12
P_KICKER_NO_DASH = 0.35
#: Shortest title printed wrapped over two lines.
WRAP_MIN = 12
#: Per article, the number of draws from the forms' stream (fixed, so articles stay aligned).
N_DRAWS = 8


def forms_rng(seed: int) -> random.Random:
    """The random stream of the forms of this module for page ``seed``."""
    return random.Random(seed * 104_729 + 7)


def draws(rng: random.Random) -> list[float]:
    """The :data:`N_DRAWS` draws of one article (always all of them)."""
    return [rng.random() for _ in range(N_DRAWS)]


def caption_credit(caption: str, name: str) -> str:
    """A caption with its photographer's credit on the same line (``图为…。 王川 摄``).

    Examples
    --------
    >>> caption_credit("图为正河村茶农采摘春茶。", "王川")
    '图为正河村茶农采摘春茶。 王川 摄'
    """
    return f"{caption} {name} 摄"


def photo_colon(name: str) -> str:
    """A photo byline with a colon: ``（摄影：马建华）``."""
    return f"（摄影：{name}）"


def place_title(place: str, title: str) -> str:
    """A photo-news title led by a place and a colon (``攀枝花乡阿勐控村：云海梯田迎客来``)."""
    return f"{place}：{title}"


def lead_unit(county: str, name: str) -> str:
    """A lead byline naming a unit before the name: ``（县融媒体中心 卢春燕）``, read ``[("", name)]``.

    Examples
    --------
    >>> lead_unit("攸县", "卢春燕")
    '（攸县融媒体中心 卢春燕）'
    """
    return f"（{county}融媒体中心 {name}）"


def undash(line: str) -> str:
    """A lead-in kicker printed without its dash (``践行…理念——`` -> ``践行…理念``)."""
    return line[:-2] if line.endswith("——") else line


def wrap_title(title: str, u: float) -> str | None:
    """A one-clause title wrapped over two lines (``皇图岭镇加快推进\\n农村公路提质改造工程``),
    cut between 40 and 60 % of its length (``u`` in [0, 1) picks the point); None for a
    title with a space, a mark or fewer than :data:`WRAP_MIN` characters.

    Examples
    --------
    >>> wrap_title("皇图岭镇加快推进农村公路提质改造工程", 0.5)
    '皇图岭镇加快推进农\\n村公路提质改造工程'
    """
    if len(title) < WRAP_MIN or any(not ("\u4e00" <= ch <= "\u9fff" or ch.isdigit()) for ch in title):
        return None
    lo, hi = int(len(title) * 0.4), int(len(title) * 0.6)
    at = lo + int(u * (hi - lo + 1))
    return title[:at] + "\n" + title[at:]



# ---------------------------------------------------------------------------------------
# Fourteenth round: forms of the pages13 papers (studied), from a third stream
# ---------------------------------------------------------------------------------------

#: Probability of each form where it can apply (a byline line of roles; a byline holding a
#: two-character name; an end byline of one name without role; a title opening with a quoted
#: name).
P_MARKED_OUTLET = 0.35
P_PADDED_NAME = 0.3
P_END_UNIT = 0.3
P_SUBJECT_TITLE = 0.5
#: Probability of an article (not the first, closed by a byline) printed with its headline after
#: its body on a headline-before page, and of a byline line of roles printed as
#: ``撰文：X 摄影：Y``.
P_HEAD_AFTER = 0.12
P_WRITER_PHOTO = 0.25
#: Probability of a page printed with the paper's name, the date and a page line at its top.
P_FOLIO = 0.25
#: Names of a page without a section banner (its page line names it).
_PAGE_NAMES = ("要闻", "综合新闻", "区镇传真", "乡村振兴", "民生", "经济")
#: Per article, the number of draws from the third stream (fixed).
N_DRAWS14 = 6
#: A title opening with a quoted name and saying what it does (``“共享菜园”让邻里更亲近``).
_QUOTED_SUBJECT_RE = re.compile(r"^“[^“”\s]{2,8}”([\u4e00-\u9fff][^\s“”：:，,（）()]{3,13})$")


def forms14_rng(seed: int) -> random.Random:
    """The random stream of the fourteenth round's forms for page ``seed``."""
    return random.Random(seed * 130_363 + 11)


def draws14(rng: random.Random) -> list[float]:
    """The :data:`N_DRAWS14` draws of one article (always all of them)."""
    return [rng.random() for _ in range(N_DRAWS14)]


def marked_outlet(printed: str, county: str, u: float) -> str:
    """A byline line of roles printed with a mark and the paper's name before the first role
    (``■攸县日报记者 王磊 通讯员 赵晓红``; ``u`` picks the form), read as the same pairs.

    Examples
    --------
    >>> marked_outlet("记者 王磊 通讯员 赵晓红", "攸县", 0.1)
    '■攸县日报记者 王磊 通讯员 赵晓红'
    """
    outlet = county[:-1] if len(county) > 2 and county[-1] == "县" else county
    return ("■" if u < 0.5 else "") + outlet + ("日报" if u < 0.25 or 0.5 <= u < 0.75 else "新闻") + printed


def padded(printed: str, name: str) -> str:
    """A byline with a two-character name padded to the width of three (``李 华``).

    Examples
    --------
    >>> padded("（通讯员 李华）", "李华")
    '（通讯员 李 华）'
    """
    return printed.replace(name, name[0] + " " + name[1], 1) if len(name) == 2 else printed


def end_unit(county: str, name: str) -> str:
    """An end byline naming a unit before the name: ``（攸县融媒体中心 卢春燕）``, read ``[("", name)]``."""
    return lead_unit(county, name)


def subject_title(title: str, place: str) -> tuple[str, list[str]] | None:
    """A title opening with a quoted name, given a place (``城关镇“共享菜园”让邻里更亲近``) and printed
    on two lines, the subject over what it does (``城关镇“共享菜园”`` / ``让邻里更亲近``); None when
    the title has no such form.

    Examples
    --------
    >>> subject_title("“共享菜园”让邻里更亲近", "城关镇")
    ('城关镇“共享菜园”让邻里更亲近', ['城关镇“共享菜园”', '让邻里更亲近'])
    """
    m = _QUOTED_SUBJECT_RE.match(title)
    if not m:
        return None
    first = place + title[:m.start(1)]
    return first + m.group(1), [first, m.group(1)]


def writer_photo(writer: str, photographer: str) -> tuple[list[tuple[str, str]], str]:
    """A byline line naming the writer and the photographer with colons (``撰文：孙晓 摄影：郑一凡``).

    Examples
    --------
    >>> writer_photo("孙晓", "郑一凡")
    ([('撰文', '孙晓'), ('摄影', '郑一凡')], '撰文：孙晓 摄影：郑一凡')
    """
    return [("撰文", writer), ("摄影", photographer)], f"撰文：{writer} 摄影：{photographer}"


def folio_lines(seed: int, county: str, section: str | None) -> tuple[list[str], str] | None:
    """The lines a page may print at its top (``今日攸县`` / ``2020年5月8日 星期五`` / ``A2 要闻``),
    with the page's name (its section when it has no banner of its own); None for most pages
    (:data:`P_FOLIO`), from a stream of its own.

    Examples
    --------
    >>> folio_lines(5, "攸县", "要闻")
    (['攸县日报', '2020年6月1日 星期一', '第3版 要闻'], '要闻')
    """
    rng = random.Random(seed * 130_363 + 12)
    if rng.random() >= P_FOLIO:
        return None
    paper = rng.choice([f"今日{county}", (county[:-1] if len(county) > 2 else county) + "日报"])
    import datetime as dt

    day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(730))
    date = f"{day.year}年{day.month}月{day.day}日 星期{'一二三四五六日'[day.weekday()]}"
    name = section if section and len(section) <= 6 else rng.choice(_PAGE_NAMES)
    page = f"{rng.choice('ABC')}{rng.randint(1, 8)}" if rng.random() < 0.7 else f"第{rng.randint(1, 8)}版"
    return [paper, date, f"{page} {name}"], name
