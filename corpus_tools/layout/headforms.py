"""Line-model tag corrections for forms other county papers print (thirteenth round).

Found on the invented pages of ``tests/data/invented_pages`` and composed since by
``benchmarks/compose_forms.py``; each step takes the page's lines and the model's tags and
returns the corrected tags (:func:`corpus_tools.layout.boundaries.correct_tags` runs them last):

* :func:`credited_captions` — a caption closed by its photographer's credit on its line
  (``图为…。 王川 摄``) read as body text or a heading;
* :func:`wrapped_titles` — a one-clause title wrapped at the column (``皇图岭镇加快推进`` /
  ``农村公路提质改造工程``) read as a kicker over a title, or as two titles;
* :func:`parallel_titles` — a title's two clauses printed one under the other
  (``千年梯田焕新颜`` / ``红米飘香富万家``) read as a kicker over a title;
* :func:`lead_in_kickers` — a lead-in printed without its dash over its title
  (``外交部发言人`` / ``中方对当前中东事态高度关切``) read as the title's first line;
* :func:`subject_first_lines` — a two-line title whose first line is its subject, a place and a
  quoted name (``城关镇“爱心食堂”`` / ``温暖独居老人``), a village with its township
  (``青山镇石桥村`` / ``小茶园做成大产业``) or a township and a short noun phrase
  (``三道堰镇端午假期`` / ``接待游客12.6万人次``), read as a kicker over a title;
* :func:`folio_lines` — the page's date or page line (``2024年5月8日 星期三``, ``B3 乡镇视窗``) read
  as a title or kicker;
* :func:`kickers_over_own_titles` — a lead-in over a title of its own (``place：…``) read as a
  title closing an article and a title opening the next;
* :func:`~corpus_tools.layout.photoitems.place_colon_titles` and
  :func:`~corpus_tools.layout.photoitems.photo_item_titles` — photo-news items' titles
  (``corpus_tools.layout.photoitems``);
* :func:`banners_over_headlines` — a slogan or column line between the page's top lines and the
  first headline read as an article of its own with no body;
* :func:`captions_over_photo_credits` — a ``图为…`` sentence right above a photographer's byline
  (``摄影：…``) read as the body's last sentence;
* :func:`titles_under_bylines` — on a page whose headlines stand above their bodies, an article
  printed with its headline after it (body, byline, title) read as part of the article above and
  its title as the next article's kicker;
* :func:`marked_items` — brief items under a banner, each a marked title line
  (``■热水镇 “红色理论宣讲队”进村入户``) over a few lines, read as one paragraph;
* :func:`notice_labels` — a notice's label on a line of its own (``征稿启事``, ``温馨提示``) read
  as the first line of the article's last paragraph.
"""

from __future__ import annotations

import re

from corpus_tools.layout.bylines import parse_byline
from corpus_tools.layout.continuity import continuity
from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import (CAPTION_START_RE, CLAUSE_PUNCT, COLON_TITLE_RE, EDITOR_TAIL_RE, FINAL_PUNCT, ITEM_MARKS, heading_form, JUMP_LINE_RE, PLACE_RE,
                                          cjk_bigrams, ends_sentence, is_credited_caption, is_folio_line, is_masthead_line,
                                          SENTENCE_MARKS, is_parallel_pair, is_place_line, reads_as_kicker, text_width,
                                          turn_point, PHOTO_MARKS)


def credited_captions(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A line of its own that ends a finished sentence with a photographer's credit
    (``图为正河村茶农采摘春茶。 王川 摄``, ``…收割现场。 谭志勇 摄``) is a caption, not body text
    or a heading line (no title ends in ``摄``).

    The line stands alone: the page's first line, after a blank line, or after a line ending a
    sentence or read as a heading, byline or caption. A ``图为…`` caption wrapped onto a second line
    that its credit closes (``图为…在采摘高`` / ``山茶。 王川 摄``, ``…春茶。 王`` / ``川 摄``) is one too. Returns the new tags.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    gap = blank_lines_before(raw_lines)
    out = list(tags)
    for i, ln in enumerate(lines):
        two = (i + 1 < len(lines) and not gap[i + 1] and bool(CAPTION_START_RE.match(ln.text.strip()))
               and not ends_sentence(ln.text) and not is_credited_caption(ln.text)
               and is_credited_caption(ln.text.strip() + lines[i + 1].text.strip()))
        if not two and (tags[i].removeprefix("B-") in ("caption", "byline", "credit") or not is_credited_caption(ln.text)):
            continue
        if i == 0 or gap[i] or ends_sentence(lines[i - 1].text) or tags[i - 1].removeprefix("B-") not in ("para", "cont"):
            last = i + two
            if any(out[k].startswith("B-") for k in range(i, last + 1)) and last + 1 < len(lines) and out[last + 1] in ("para", "cont"):
                out[last + 1] = "B-" + out[last + 1]  # the article opened here opens on the next line
            out[i:last + 1] = ["caption"] * (last + 1 - i)
    return out


#: A heading line continues the line above it into one title when the join reads on at least
#: this much (:func:`~corpus_tools.layout.continuity.continuity`; true kickers over their
#: title: median -2.0, 90th percentile 0.9 on development seeds 0-299).
WRAP_READS_ON = 1.0
#: The join a title read as a title and a banner, or a banner and a title, needs: a section
#: banner next to a title (``经济观察``, ``余庆要闻``) often reads on a little (development seeds
#: 0-599: up to 3.2), a title cut inside a word reads on far more.
WRAP_BANNER_READS_ON = 3.5
#: How the line model reads the two lines of a wrapped title (first line's role, second
#: line's tag): a kicker over a title; a title closing one article and a title opening the
#: next; a title and a banner over the next article (a page whose headlines follow their
#: bodies); a banner over a title.
WRAP_READINGS = frozenset({("kicker", "title"), ("title", "B-title"), ("title", "banner"), ("banner", "B-title")})


def wrapped_titles(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A one-clause title wrapped at the column (``皇图岭镇加快推进`` / ``农村公路提质改造工程``)
    is one title, not a kicker over a title, two titles, or a title and a banner
    (:data:`WRAP_READINGS`).

    Two heading lines with no blank line between them, the first of four characters or more,
    not a place name (``网岭镇``, ``荣县``) and not ending in punctuation or a dash, are one
    title when the join reads on (:data:`WRAP_READS_ON`). Returns the new tags.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    gap = blank_lines_before(raw_lines)
    out = list(tags)
    for i in range(1, len(lines)):
        a, b = lines[i - 1].text.strip(), lines[i].text.strip()
        first, second = out[i - 1].removeprefix("B-"), out[i]
        if gap[i] or len(a) < 4 or not b or a[-1] in FINAL_PUNCT + CLAUSE_PUNCT + "—-─" or is_place_line(a):
            continue
        if (first, second) not in WRAP_READINGS:
            continue
        if continuity(a, b) >= (WRAP_BANNER_READS_ON if "banner" in (first, second) else WRAP_READS_ON):
            out[i - 1] = "B-title" if out[i - 1] in ("B-kicker", "banner") else out[i - 1].replace("kicker", "title")
            join_second_line(out, i)
    return out


def join_second_line(tags: list[str], i: int) -> None:
    """Make line ``i`` the second line of the title on line ``i - 1`` (in place).

    When the model opened an article on line ``i`` (``B-title``) and the title above closes an
    article whose body stands above it (a page whose headlines follow their bodies), the body
    under line ``i`` opens the next article; otherwise it is the title's own body.
    """
    opened = tags[i].startswith("B-")
    tags[i] = "title"
    if not opened or i + 1 >= len(tags) or tags[i + 1] not in ("para", "cont"):
        return
    k = i - 1
    while k > 0 and not tags[k].startswith("B-"):
        k -= 1
    if any(t.removeprefix("B-") in ("para", "cont") for t in tags[k:i - 1]):
        tags[i + 1] = "B-para"


#: Share of lines with a blank line before them above which a page is printed with a blank
#: line after every line (seed page 003), so a blank line does not part two lines.
SPACED_PAGE = 0.8


def parallel_titles(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Two clauses of one title printed one under the other (``千年梯田焕新颜`` / ``红米飘香富万家``,
    :func:`~corpus_tools.layout.patterns.is_parallel_pair`) that the line model reads as a kicker
    over a title, or as a title closing one article and a title opening the next, are one
    title (with no blank line between them, unless the page has one after every line,
    :data:`SPACED_PAGE`). Returns the new tags.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    gap = blank_lines_before(raw_lines)
    if sum(map(bool, gap)) >= SPACED_PAGE * len(lines):  # a blank line after every line tells nothing
        gap = [0] * len(lines)
    out = list(tags)
    for i in range(1, len(lines)):
        if (out[i - 1].removeprefix("B-") in ("kicker", "title") and out[i] in ("title", "B-title") and not gap[i]
                and not (out[i - 1].endswith("title") and out[i] == "title")
                and is_parallel_pair(lines[i - 1].text, lines[i].text)):
            out[i - 1] = out[i - 1].replace("kicker", "title")
            join_second_line(out, i)
    return out


def lead_in_kickers(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A lead-in printed without its dash right above its title (``外交部发言人`` /
    ``中方对当前中东事态高度关切``, :func:`~corpus_tools.layout.patterns.reads_as_kicker`) that the
    line model reads as the title's first line is the title's kicker. Returns the new tags.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    gap = blank_lines_before(raw_lines)
    out = list(tags)
    for i in range(1, len(lines)):
        if (out[i - 1].removeprefix("B-") == "title" and out[i] == "title" and not gap[i]
                and (i < 2 or out[i - 2].removeprefix("B-") not in ("title", "kicker") or gap[i - 1])
                and reads_as_kicker(lines[i - 1].text, lines[i].text)):
            out[i - 1] = out[i - 1].replace("title", "kicker")
    return out


#: A place and a quoted name, nothing else (``城关镇“爱心食堂”``, ``东风村“共享菜园”``): a noun
#: phrase, the subject of a title, where a kicker says something (``油菜花开引客来``).
_PLACE_NAMED_RE = re.compile(r"^[\u4e00-\u9fff]{1,10}?(?:县|区|市|乡|镇|街道|村|社区)“[^“”\s]{2,10}”$")
#: A village or community named with its township (``青山镇石桥村``): the place a title is about;
#: a kicker names a township or the county alone (``网岭镇``, ``荣县城关镇``).
_VILLAGE_LINE_RE = re.compile(r"^[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道)[\u4e00-\u9fff]{2,6}?(?:村|社区)$")
#: A township or county and what of it a title is about, no mark and no space (``盘山县85万亩稻蟹``,
#: ``三道堰镇端午假期``): a noun phrase, the subject of the line under it; a kicker that names
#: more says what is done (``平遥县推动教育资源优质均衡发展``, over a two-clause title).
_PLACE_SUBJECT_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}?(?:县|乡|镇|街道)(?![域级委直])[\u4e00-\u9fff\d.“”]{2,8}$")


def _subject_line(text: str) -> bool:
    """True for a title's first line that names its subject (see :func:`subject_first_lines`)."""
    return bool(_PLACE_NAMED_RE.match(text) or _VILLAGE_LINE_RE.match(text)
                or _PLACE_SUBJECT_RE.match(text) and not is_place_line(text))


#: A county-level unit's name opening a line (``平遥县``, ``泾县丁家桥镇``): a kicker names the county;
#: ``我县三个乡镇`` names the county by a pronoun, and is a subject.
_COUNTY_START_RE = re.compile(r"^(?![我本全该])[\u4e00-\u9fff]{1,5}?(?:县|市|旗)|^[\u4e00-\u9fff]{2,14}?(?<!社)区$")


#: Longest subject before a colon opening a two-line title (``荆竹村党总支书记蒲光明：`` over a quoted saying).
COLON_SUBJECT_MAX = 14


#: The end of a township's name: a township alone on its line over a title is a kicker.
_TOWNSHIP_END = ("镇", "乡", "街道", "苏木")


def _place_subject(text: str) -> bool:
    """A village or community, alone or with its township (``萨拉乌素社区``, ``长轩岭街道石门社区``),
    a group of places named by a pronoun (``我县三个乡镇``), or a place or a person's post and name
    and a colon (``万泉镇文台村：``, ``荆竹村党总支书记蒲光明：``), as a title's first line (see
    :func:`subject_first_lines`). A county, a county and its township (``平遥县城关镇``) or a
    township alone (``巴城镇`` / ``绰墩山村将办第三届稻田音乐节``, ``营盘镇`` / ``“秦岭人家”民宿…``) is a
    kicker: the convention of the invented pages' guide (``pages13``: ``巴城镇`` a kicker,
    ``都镇湾镇十五溪村`` / ``冷水鱼游出增收路`` one title), see ``docs/layout.md``."""
    t = text.strip()
    if t.endswith(("：", ":")):
        t = t[:-1]
        return 2 <= len(t) <= COLON_SUBJECT_MAX and all("\u4e00" <= ch <= "\u9fff" for ch in t)
    return (is_place_line(t) and not _COUNTY_START_RE.match(t)
            and (not t.endswith(_TOWNSHIP_END) or t[:1] in "我本全该"))


def _runs_into_body(lines: list[Line], gap: list[int], tags: list[str], i: int) -> bool:
    """Whether the heading line ``i`` stands right over its body or byline (no blank line between,
    and the model reads the line under it as the same article's paragraph or byline)."""
    return i + 1 < len(lines) and not gap[i + 1] and tags[i + 1] in ("para", "byline")


def subject_first_lines(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A two-line title whose first line is its subject, a place and a quoted name
    (``城关镇“爱心食堂”`` / ``温暖独居老人``), a village with its township (``青山镇石桥村`` /
    ``小茶园做成大产业``) or a township and a short noun phrase (``三道堰镇端午假期`` /
    ``接待游客12.6万人次``), that the line model reads as a kicker over a title, is one title.

    The second line says what the subject does: it starts with no place of its own and is no
    ``place：`` title (``城关镇：…`` under a kicker), and the two stand with no blank line between.
    Returns the new tags.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    gap = blank_lines_before(raw_lines)
    out = list(tags)
    for i in range(1, len(lines)):
        a, b = lines[i - 1].text.strip(), lines[i].text.strip()
        if (out[i] in ("title", "B-title") and not gap[i] and out[i - 1].removeprefix("B-") in ("kicker", "para", "cont")
                and _place_subject(a) and _runs_into_body(lines, gap, out, i) and 2 <= len(b) <= 16
                and b[-1] not in FINAL_PUNCT + CLAUSE_PUNCT and not any(ch in SENTENCE_MARKS for ch in b)
                and not COLON_TITLE_RE.match(b) and (out[i - 1] not in ("para", "cont") or a.endswith(("：", ":")))):
            # a township, village or community alone, or a place and a colon, over the rest of
            # the title, the two standing right over the body: one title
            out[i - 1] = "B-title" if out[i - 1].startswith("B-") or out[i].startswith("B-") else "title"
            out[i] = "title"
            continue
        if (out[i - 1].removeprefix("B-") != "kicker" or out[i] not in ("title", "B-title") or gap[i] > 1
                or not _subject_line(a) or not b or len(b) > 16 or b[-1] in FINAL_PUNCT + CLAUSE_PUNCT
                or " " in b or "“" in b[:1] or COLON_TITLE_RE.match(b) or PLACE_RE.match(b)):
            continue
        out[i - 1] = out[i - 1].replace("kicker", "title")
        join_second_line(out, i)
    return out


def folio_lines(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """The page's date or page line (:func:`is_folio_line`) read as a title or kicker is a
    banner (a banner names no section unless it is a column's name); an article the model
    opened on it opens on the heading line under it. Returns the new tags.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i, ln in enumerate(lines):
        if out[i].removeprefix("B-") not in ("title", "kicker") or not is_folio_line(ln.text):
            continue
        make_banner(out, i)
    # the page line printed at the page's foot (江孜), read as the last body's line, is a credit
    if (len(lines) > 1 and out[-1].removeprefix("B-") in ("para", "cont") and EDITOR_TAIL_RE.search(lines[-1].text)
            and is_folio_line(lines[-1].text) and (ends_sentence(lines[-2].text) or lines[-2].text.endswith(("）", ")")))):
        out[-1] = "credit"
    return out


def jump_lines(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A jump line (``（上接第1版）`` under a title, ``（下转第2版）`` after a body's last line,
    :data:`~corpus_tools.layout.patterns.JUMP_LINE_RE`) is a credit: it belongs to no article's text, and an
    article the model opened on it opens on the line under it. Returns the new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> jump_lines(read_lines("产值增长一成。\\n（下转第2版）\\n本报讯 今年…\\n"), ["B-para", "B-cont", "para"])
    ['B-para', 'credit', 'B-para']
    >>> jump_lines(read_lines("（上接第1版）\\n本版编辑 王明\\n今年…\\n"), ["B-para", "credit", "para"])
    ['credit', 'credit', 'B-para']

    The headline over an ``上接`` line is the continued text's title, never a kicker; a heading line
    between a ``下转`` line and a title opens the next article as its kicker:

    >>> jump_lines(read_lines("老街改造提速\\n（上接第一版）\\n目前，已完成九条。\\n"), ["B-kicker", "credit", "para"])
    ['B-title', 'credit', 'para']
    >>> jump_lines(read_lines("年内完工。\\n（下转第四版）\\n抓项目　促增收\\n大城子镇新建温室\\n"),
    ...            ["B-para", "cont", "para", "B-title"])
    ['B-para', 'credit', 'B-kicker', 'title']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i, ln in enumerate(lines):
        if not JUMP_LINE_RE.match(ln.text.strip()):
            continue
        if out[i].startswith("B-"):  # the opening passes to the next line that can open (not page furniture)
            j = next((j for j in range(i + 1, len(lines)) if out[j] not in ("credit", "banner")), None)
            if j is not None and not out[j].startswith("B-"):
                out[j] = "B-" + out[j]
        out[i] = "credit"
        if i and out[i - 1].removeprefix("B-") == "kicker" and "接" in ln.text:
            out[i - 1] = out[i - 1].replace("kicker", "title")  # (the headline a continued text reprints)
        if ("转" in ln.text and i + 2 < len(lines) and out[i + 1] in ("para", "cont")
                and out[i + 2].removeprefix("B-") == "title" and heading_form(lines[i + 1].text, shortest=4)):
            out[i + 1], out[i + 2] = "B-kicker", "title"  # (the text jumped away: the next article's lead-in)
    return out


#: Longest masthead (the paper's name, the page's first line) in characters.
MASTHEAD_MAX = 10


#: A bare page number, a space and the page's name (``3　人物·综合``): a page line only right under
#: the page's date or page line (elsewhere it may open a title, ``3 个村…``).
_BARE_PAGE_LINE_RE = re.compile(r"^\d{1,2}[ \u3000]+[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{2,4})?$")


#: The publisher's line of a masthead (``宽甸满族自治县融媒体中心主办``).
_PUBLISHER_RE = re.compile(r"^[\u4e00-\u9fff]{2,24}(?:主办|出版|主管)$")


def top_lines(raw_lines: list[Line | None]) -> list[int]:
    """The page's top lines that name no article: its date and page lines (:func:`is_folio_line`,
    ``2024年9月10日 星期二``, ``第二版 乡村振兴 责任编辑：郝静``) printed one under the other at the top,
    and the paper's name above them (the first line, short and with no punctuation, when a date or
    page line follows within two lines); a bare page number and the page's name (``3　人物·综合``) right
    under a date or page line is one too, and so is the publisher's line (``…融媒体中心主办``). Indices among the non-blank lines; the line model decodes
    the page with them pinned as banners (a model that reads the date line as a paragraph runs
    the headline under it into that paragraph).
    """
    lines = [ln.text.strip() for ln in raw_lines if ln is not None]
    out = []
    for i, t in enumerate(lines[:6]):
        if is_folio_line(t):
            out.append(i)
        elif out and out[-1] == i - 1 and (_BARE_PAGE_LINE_RE.match(EDITOR_TAIL_RE.sub("", t)) or _PUBLISHER_RE.match(t)
                                           or _other_script(t) or _INTERNAL_RE.match(t) or is_masthead_line(t)):
            out.append(i)  # (a bare page number and the page's name, the publisher, the masthead's
            # line in another script or its 内部资料 line, under the date line or the paper's name)
        elif (i == 0 and len(t) <= MASTHEAD_MAX and not any(ch in FINAL_PUNCT + CLAUSE_PUNCT for ch in t)
              and any(is_folio_line(x) or _other_script(x) for x in lines[1:3])):
            out.append(i)
        else:
            break
    return out if any(is_folio_line(lines[i]) or _other_script(lines[i]) for i in out) else []


#: The line a county paper prints under its name (``内部资料　免费交流``).
_INTERNAL_RE = re.compile(r"^内部资料[\s·　]*(?:免费交流)?$")


def _other_script(text: str) -> bool:
    """A line of letters, no Chinese character and no lower-case letter (a masthead's line in
    Hangul, Tibetan or capital pinyin: ``연길신문``, ``JIANGZI XINWEN``; an English headline line,
    ``Nangang Yao Villagers …``, has lower-case letters)."""
    return (not any("\u4e00" <= ch <= "\u9fff" or ch.isdigit() or ch.islower() for ch in text)
            and sum(ch.isalpha() for ch in text) >= 3)


#: Kinds of the rules' heading blocks.
_HEAD_KINDS = ("banner", "kicker", "headline", "subtitle")
#: Tags a heading line opening the page's first article may take.
FIRST_HEAD_TAGS = ("banner", "B-kicker", "B-title", "kicker", "title")


def pinned_top(raw_lines: list[Line | None], rule_kinds: list[str]) -> dict[int, tuple[str, ...]]:
    """Lines whose tags the page's top tells, for :meth:`~corpus_tools.layout.lineroles.LineModel.decode`:
    the :func:`top_lines` are banners, and the line under them is a heading (:data:`FIRST_HEAD_TAGS`)
    when the rules read it and the line under it as headings or a byline (``rule_kinds``: per
    non-blank line, the kind of the rules' block holding it) and neither it nor the line under it holds a sentence mark (``，。；！？…``; a
    page opening with the tail of an article from the page before, or with a body whose headline
    follows it, opens with a sentence's words).
    """
    lines = [ln.text.strip() for ln in raw_lines if ln is not None]
    top = top_lines(raw_lines)
    out: dict[int, tuple[str, ...]] = dict.fromkeys(top, ("banner",))
    k = len(top)
    if (top and k + 1 < len(lines) and rule_kinds[k] in _HEAD_KINDS and rule_kinds[k + 1] in _HEAD_KINDS + ("byline",)
            and not any(ch in SENTENCE_MARKS for x in lines[k:k + 2] for ch in x)):
        out[k] = FIRST_HEAD_TAGS
    return out


def make_banner(tags: list[str], i: int) -> None:
    """Make line ``i`` a banner (in place); an article opened on it opens on the heading line under it."""
    opened = tags[i].startswith("B-")
    tags[i] = "banner"
    if opened and i + 1 < len(tags) and tags[i + 1] in ("kicker", "title"):
        tags[i + 1] = "B-" + tags[i + 1]


def kickers_over_own_titles(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A lead-in right above a title of its own (``深化“放管服”改革 优化营商环境`` /
    ``城关镇：办事不出村``, :func:`~corpus_tools.layout.patterns.reads_as_kicker`) that the line
    model reads as a title with no body, closing an article, and a title opening the next, is the
    kicker of that title. Returns the new tags.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    gap = blank_lines_before(raw_lines)
    out = list(tags)
    for i in range(1, len(lines)):
        a = lines[i - 1].text.strip()
        if (out[i] != "B-title" or out[i - 1].removeprefix("B-") != "title" or gap[i]
                or not a or a[-1] in FINAL_PUNCT + CLAUSE_PUNCT or not reads_as_kicker(a, lines[i].text)):
            continue
        k = i - 1
        while k > 0 and not out[k].startswith("B-"):
            k -= 1
        if any(t.removeprefix("B-") in ("para", "cont") for t in out[k:i - 1]):
            continue  # a title after its body (a headline-after page) stays that body's
        out[i - 1] = out[i - 1].replace("title", "kicker")
        out[i] = "title"
    return out


def titles_under_bylines(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A title printed right under an article's byline or caption, with a blank line under it
    (body, ``撰文：… 摄影：…``, ``青石村：古桥边的“研学季”``), that the line model reads as the kicker
    of the headline below the blank line, closes the article above it.

    When that article already has a headline above its body (a page whose other headlines stand
    above their bodies), its body holds two articles: the second opens at the paragraph from
    which the text shares most with the closing title (character bigrams), and that paragraph
    opens an article. Returns the new tags.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    gap = blank_lines_before(raw_lines)
    out = list(tags)
    for i in range(1, len(lines) - 1):
        if (out[i] not in ("kicker", "B-kicker") or gap[i] or not gap[i + 1]
                or out[i - 1].removeprefix("B-") not in ("byline", "caption")
                or out[i + 1].removeprefix("B-") not in ("title", "kicker")):
            continue
        out[i] = "title"
        out[i + 1] = "B-" + out[i + 1].removeprefix("B-")
        k = i - 1
        while k > 0 and not out[k].startswith("B-"):
            k -= 1
        roles = [t.removeprefix("B-") for t in out[k:i]]
        if "title" not in roles or "para" not in roles or roles.index("title") > roles.index("para"):
            continue  # the article's only headline, or a headline printed after its body
        _open_second_body(lines, out, k + roles.index("para"), i)
    return out


def _open_second_body(lines: list[Line], out: list[str], first: int, title: int) -> None:
    """Open an article at the paragraph (after ``first``, before ``title``) from which the body
    shares most with the title on line ``title`` (in place); nothing when no paragraph shares
    more with it than the text above."""
    starts = [j - first for j in range(first + 1, title) if out[j] == "para"]
    at = turn_point(cjk_bigrams(lines[title].text), [cjk_bigrams(lines[x].text) for x in range(first, title)], starts)
    if at is not None:
        out[first + at] = "B-para"


def captions_over_photo_credits(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A ``图为…`` sentence on a line of its own (the line above ends a sentence) right above a
    byline naming a photographer (``撰文：孙晓 摄影：郑一凡``, ``（摄影：郑一凡）``) is the photo's
    caption, not the body's last sentence. Returns the new tags.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i in range(1, len(lines) - 1):
        t = lines[i].text.strip()
        if (out[i] not in ("para", "cont") or not CAPTION_START_RE.match(t) or not ends_sentence(t)
                or not ends_sentence(lines[i - 1].text) or out[i + 1].removeprefix("B-") != "byline"
                or not any(r == "摄影" for r, _ in parse_byline(lines[i + 1].text.strip()) or [])):
            continue
        out[i] = "caption"
    return out


#: Roles of an article's text: a heading right under them may close it (headline after body).
_TEXT_ROLES = frozenset({"para", "cont", "byline", "caption"})


def banners_over_headlines(raw_lines: list[Line | None], tags: list[str], *, top_only: bool = False) -> list[str]:
    """An article of heading lines only (kicker, title) that the line model opens right before
    another headline (``B-title``, ``B-kicker``), with no body, byline or caption of its own, is a
    run of banners over that headline (``踔厉奋发 勇毅前行`` under the page's date and page lines).

    A headline group right under a body, byline or caption may close it (a headline printed after
    its body) and is left alone. With ``top_only``, only such a run at the page's top (before
    any article) is read so. Returns the new tags.
    """
    out = list(tags)
    start, heads_only = None, False
    for i, tag in enumerate(out):
        role = tag.removeprefix("B-")
        if tag.startswith("B-"):
            after_text = start is not None and start > 0 and out[start - 1].removeprefix("B-") in _TEXT_ROLES
            if start is not None and heads_only and not after_text and tag in ("B-title", "B-kicker"):
                out[start:i] = ["banner"] * (i - start)
            elif start is not None and top_only:
                break
            start, heads_only = i, role in ("kicker", "title")
        elif role not in ("kicker", "title", "banner"):
            heads_only = False
    return out


#: Widest brief-item title line, in characters.
ITEM_TITLE_MAX = 24
#: How much narrower than the column (median width of the lines the model reads as wrapped)
#: a brief item's title line stands; a marked paragraph's first line (``■西非和萨赫勒地区…``) is
#: cut at the column.
ITEM_TITLE_SHORT = 2.0


def _item_title(text: str) -> bool:
    """A brief item's title line: a mark, then a phrase without a sentence's or clause's marks
    that is no byline (``■本报记者 王磊`` is one)."""
    t = text.strip()
    return (len(t) >= 4 and t[0] in ITEM_MARKS and len(t) <= ITEM_TITLE_MAX and parse_byline(t) is None
            and not any(ch in FINAL_PUNCT or ch in CLAUSE_PUNCT for ch in t))


def marked_items(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Brief items, each a marked title line over a few lines of text (``党建简讯`` /
    ``■热水镇 “红色理论宣讲队”进村入户`` / ``近日，热水镇组建…``), that the line model reads as
    one paragraph: each marked title, narrower than the column (:data:`ITEM_TITLE_SHORT`), opens an
    article, and a short line without marks standing alone right above the first one is the items'
    banner. Returns the new tags.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    gap = blank_lines_before(raw_lines)
    out = list(tags)
    wrapped = sorted(text_width(ln.text) for ln, t in zip(lines, tags) if t == "cont")
    column = wrapped[len(wrapped) // 2] if wrapped else 0.0
    for i, ln in enumerate(lines):
        if (out[i].removeprefix("B-") not in ("para", "cont") or not _item_title(ln.text) or i + 1 >= len(lines)
                or out[i + 1] != "cont" or text_width(ln.text) > column - ITEM_TITLE_SHORT):
            continue
        if ln.opens and ln.text.lstrip()[:1] in PHOTO_MARKS:  # (an indented caption's first line: ``　　▲…`` / ``…。``)
            out[i] = "para" if out[i] == "cont" else out[i]
            continue
        out[i] = "B-title"
        if out[i + 1] == "cont":
            out[i + 1] = "para"
        above = lines[i - 1].text.strip() if i else ""
        if (i >= 2 and gap[i] and gap[i - 1] and out[i - 1].removeprefix("B-") == "para"
                and 2 <= len(above) <= 8 and not any(ch in FINAL_PUNCT or ch in CLAUSE_PUNCT for ch in above)):
            make_banner(out, i - 1)
    return out


#: Words a notice's label ends with (``征稿启事``, ``温馨提示``, ``停电公告``, ``更　正``): the kind of notice,
#: not a paper's own words.
NOTICE_KINDS = ("启事", "提示", "公告", "通知", "须知", "声明", "通告", "告示", "更正")


#: A notice's formal title: ``关于…的通告`` (what the notice is about, then its kind), one line.
NOTICE_TITLE_RE = re.compile(r"^关于[^。！？!?，,；;：:]{2,40}的(?:" + "|".join(NOTICE_KINDS) + r"|通报|决定|公示)$")


def notice_labels(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A notice's label on a line of its own (``征稿启事``, ``温馨提示``, ``公　告``: after a blank line, a
    finished sentence or a headline printed after its body, narrower than the column) over its text, that
    the line model reads as a line of the paragraphs under or above it or as a banner, opens a block of its own (a
    notice is no part of the article above it). So does a notice's formal title on a line of its
    own (``关于城区部分路段临时交通管制的通告``, :data:`NOTICE_TITLE_RE`), at any width, wherever it
    stands. Returns the new tags.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    gap = blank_lines_before(raw_lines)
    out = list(tags)
    wrapped = sorted(text_width(ln.text) for ln, t in zip(lines, tags) if t == "cont")
    column = wrapped[len(wrapped) // 2] if wrapped else 0.0
    for i, ln in enumerate(lines[:-1]):
        t = "".join(ln.text.split()).lstrip(ITEM_MARKS + "【[").rstrip("】]")  # (``公　告`` spaced out)
        alone = (i == 0 or gap[i] or ends_sentence(lines[i - 1].text)
                 or out[i - 1].removeprefix("B-") == "title")  # (under a headline printed after its body)
        label = (2 <= len(t) <= 8 and text_width(ln.text) <= column - ITEM_TITLE_SHORT
                 and t.endswith(NOTICE_KINDS) and not any(ch in FINAL_PUNCT or ch in CLAUSE_PUNCT for ch in t))
        # (read as the body's line, or as a banner over the notice's text: a section's name is no notice's kind)
        misread = out[i].removeprefix("B-") in ("para", "cont") or out[i] == "banner" and label and i > 0
        # (a notice named by what it is about, ``利苴村游客服务中心招标公告``, after a blank line over its
        # indented first paragraph: a headline of its own, at any width)
        named = (bool(gap[i]) and lines[i + 1].opens and t.endswith((*NOTICE_KINDS, "公示"))
                 and heading_form(t, shortest=4, strict=True))
        if (misread and out[i + 1].removeprefix("B-") in ("cont", "para")
                and (alone and label or named or NOTICE_TITLE_RE.match(t))):
            out[i], out[i + 1] = "B-title", "para"
    return out

