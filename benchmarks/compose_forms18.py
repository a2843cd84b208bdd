"""Forms of the pages18 invented county pages that the composer did not print (twenty-third helper round).

Drawn only on training pages (``compose_page(..., variety=True)``), from a random stream of their
own (:func:`forms18_rng`), so the benchmark's development and held-apart pages are the pages they
were, and a variety page without these forms is the page it was:

* a masthead's second line in another script (Hangul, Tibetan, Mongolian, Uyghur, or the paper's
  name romanised) and an ``内部资料　免费交流`` line under the paper's name (延吉, 江孜), banners;
* the paper's name, date, page, page name and editor on one line (济源, 察布查尔), a banner;
* the page line printed at the page's foot (江孜: date, page, page name, 责任编辑, 校对), a credit;
* a township's name alone as a kicker over a title (柞水, 六枝), where the composer printed the
  county or the county and a township;
* an English line under a headline (连南), the subtitle;
* a vertical headline, one glyph a line (六枝), the title;
* full-width digits throughout the page (连南).

Nothing here is a word list read off a page: the foreign lines are random letters of their script,
the English lines random headline words.
"""

from __future__ import annotations

import random

#: Per page: a masthead's second line in another script (when the page prints a masthead or folio).
P_FOREIGN_LINE = 0.35
#: Per page: an ``内部资料`` line under the masthead.
P_INTERNAL_LINE = 0.2
#: Per page: the paper's name, date, page and editor joined on one line (a page with folio lines).
P_ONE_LINE_FOLIO = 0.4
#: Per page without folio lines: a masthead (the paper's name and a line in another script).
P_MASTHEAD = 0.2
#: Per page: the page line printed at the page's foot.
P_FOOT_LINE = 0.15
#: Per page: every digit printed full-width.
P_FULLWIDTH = 0.08
#: Per article: a township alone as its kicker where the composer's kicker is the county (and a township).
P_TOWN_KICKER = 0.5
#: Per article (headline before its body, no subtitle): an English line under the headline.
P_ENGLISH = 0.05
#: Per article (headline before its body): the title printed one glyph a line.
P_VERTICAL = 0.06
#: Per page and per article, the number of draws from this module's stream (fixed).
N_PAGE_DRAWS, N_DRAWS = 8, 4

_WORDS = ("County", "Village", "Farmers", "Harvest", "Festival", "Green", "Rural", "Tourism", "Youth", "Culture",
          "Fruit", "Tea", "Rice", "Forest", "River", "Mountain", "Brings", "Boosts", "Celebrate", "Welcome",
          "New", "Life", "Industry", "Market", "Spring", "Autumn", "Winter", "Summer", "Heritage", "Folk",
          "Growth", "Income", "Road", "Homes", "Night", "Economy", "Ethnic", "Crafts", "Sees", "Opens")
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def forms18_rng(seed: int) -> random.Random:
    """The random stream of this module's forms for page ``seed``."""
    return random.Random(seed * 15_485_863 + 18)


def draws(rng: random.Random, n: int = N_DRAWS) -> list[float]:
    """``n`` draws of the stream (always all of them, so pages and articles stay aligned)."""
    return [rng.random() for _ in range(n)]


def foreign_line(rng: random.Random) -> str:
    """A masthead's line in another script: random letters of Hangul, Tibetan, Mongolian or
    Arabic script, or a romanised paper name in capitals.

    Examples
    --------
    >>> line = foreign_line(random.Random(1))
    >>> len(line) > 2 and not any("\\u4e00" <= ch <= "\\u9fff" for ch in line)
    True
    """
    kind = rng.randrange(5)
    if kind == 0:  # Hangul syllables
        return "".join(chr(rng.randint(0xAC00, 0xD7A3)) for _ in range(rng.randint(3, 5)))
    if kind == 1:  # Tibetan syllables parted by the tsheg, closed by the shad
        sylls = ["".join(chr(rng.randint(0x0F40, 0x0F68)) for _ in range(rng.randint(2, 3)))
                 for _ in range(rng.randint(3, 5))]
        return "་".join(sylls) + "།"
    if kind == 2:  # Mongolian letters
        return " ".join("".join(chr(rng.randint(0x1820, 0x1842)) for _ in range(rng.randint(3, 7)))
                        for _ in range(2))
    if kind == 3:  # Arabic letters (Uyghur)
        return " ".join("".join(chr(rng.randint(0x0627, 0x064A)) for _ in range(rng.randint(3, 7)))
                        for _ in range(2))
    word = "".join(chr(rng.randint(65, 90)) for _ in range(rng.randint(4, 8)))
    return word + " " + rng.choice(("RIBAO", "XINWEN", "SHIBAO", "DAILY", "NEWS"))


def internal_line(rng: random.Random) -> str:
    """The line a county paper prints under its name (``内部资料　免费交流``)."""
    return "内部资料" + rng.choice(("　", " ", "·", "　　")) + "免费交流"


def one_line_folio(lines: list[str], editor: str, u: float) -> str:
    """The folio lines joined on one line with full-width spaces, the editor at its end for ``u`` < 0.7.

    Examples
    --------
    >>> one_line_folio(["攸县日报", "2020年6月1日 星期一", "第3版 要闻"], "王磊", 0.1)
    '攸县日报　2020年6月1日　星期一　第3版　要闻　　责任编辑：王磊'
    """
    line = "　".join(x.replace(" ", "　") for x in lines)
    return line + (f"　　责任编辑：{editor}" if u < 0.7 else "")


def foot_line(date: str, page: str, editor: str, checker: str) -> str:
    """The page line printed at the page's foot (江孜).

    Examples
    --------
    >>> foot_line("2020年6月1日 星期一", "第3版 要闻", "王磊", "李华")
    '2020年6月1日　星期一　第3版　要闻　责任编辑：王磊　校对：李华'
    """
    return "　".join([date.replace(" ", "　"), page.replace(" ", "　"), f"责任编辑：{editor}", f"校对：{checker}"])


def english_line(rng: random.Random) -> str:
    """A headline's English line: four to seven random headline words.

    Examples
    --------
    >>> english_line(random.Random(3)).split()[0][0].isupper()
    True
    """
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(4, 7)))


def town_kicker(kicker: str | None, county: str, towns: list[str], u: float) -> str | None:
    """A township alone in place of a kicker that is the county (and a township); else None.

    Examples
    --------
    >>> town_kicker("攸县", "攸县", ["网岭镇", "黄丰桥镇"], 0.6)
    '黄丰桥镇'
    >>> town_kicker("攸县网岭镇", "攸县", ["网岭镇", "黄丰桥镇"], 0.1)
    '网岭镇'
    >>> town_kicker("践行新理念——", "攸县", ["网岭镇"], 0.1) is None
    True
    """
    if not kicker or not towns or not kicker.startswith(county) or kicker[len(county):] not in ("", *towns):
        return None
    return kicker[len(county):] or towns[int(u * len(towns)) % len(towns)]


def vertical(title: str) -> str | None:
    """A title printed one glyph a line (六枝), or None for a title of two clauses or of more than 10 glyphs.

    Examples
    --------
    >>> vertical("长角苗寨游人来")
    '长\\n角\\n苗\\n寨\\n游\\n人\\n来'
    """
    if " " in title or not 3 <= len(title) <= 10:
        return None
    return "\n".join(title)


def fullwidth(text: str | None) -> str | None:
    """Digits printed full-width (``１１月３０日``)."""
    return text.translate(_FULLWIDTH) if text else text
