"""A headline printed after its body, the body run on from a headline-first article printed above it.

A page may mix headline orders without blank lines (a lead under its headline, then articles
whose headlines stand under their bodies): ``全县新农村建设现场观摩会召开`` / ``本报讯（记者 …）…`` /
``…作了安排。`` / ``吴起是全国退耕还林面积最大的县…`` / ``（通讯员 雒建军）`` / ``退耕还林八年　山川换了新颜``
/ the next article. The line model runs the second body on as the first article's text and reads
the heading under the byline as a second title of that article, or as the next article's kicker.
:func:`titles_after_titled_bodies` reads such a stretch from its form and its words:

* a byline (a line of its own, or a bracketed byline closing the text) is followed by a run of
  heading lines (:func:`~corpus_tools.layout.patterns.heading_form`, strict) with text or page
  furniture under it;
* the text above the byline belongs to an article opened by its own headline group (headline-first);
* a paragraph of that text, after a finished sentence, opens the text that the run's first line names:
  the line shares at least :data:`~corpus_tools.layout.afterheads.LEAST_SHARED` character pairs with
  the paragraphs from there to the byline, none with the paragraphs above them, and more than with the
  text under the run; of several such paragraphs, the one where the article's own headline words stop
  and the two texts share the fewest words.

That paragraph opens an article whose headline is the run's first line (and the next lines of the
run that name it rather than the text below); the rest of the run opens the next article. A run's
line the model reads as a kicker or banner (over the next headline) names the text only with more
words (:data:`STRONG_SHARED`, half its pairs, :data:`LEAST_CHARS` characters: a column or place name
shares a word with any text), and one line the model opens an article on stays the next headline.
A headless text printed right under such a late headline takes the run after its own byline the same
way, whole (one line may name it with fewer words, if it names the text below no better), and a text
line under the run that the model reads as a headline (it holds a ``，``) opens the next article.
"""

from __future__ import annotations

from typing import Sequence

from corpus_tools.layout.afterheads import BELOW_LINES, LEAST_SHARED, MAX_RUN, MAX_WIDTH, closes_body
from corpus_tools.layout.lineroles import HEADLINE_ROLES
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import BYLINE_TAIL_RE, HEAD_DASHES, cjk_bigrams, ends_sentence, heading_form, is_byline

#: Line-model tags of body text.
_TEXT = ("para", "cont")
#: Least character pairs a line the model reads as a kicker or banner shares with the text it names (and at least
#: half of its pairs), and least characters of such a line.
STRONG_SHARED, LEAST_CHARS = 3, 7
#: Line-model tags of the lines of a heading run (headline roles, a column name).
_HEADS = HEADLINE_ROLES + ("banner",)


def _words(lines: Sequence[Line]) -> str:
    """The lines' text without a bracketed byline closing it (its names are no words of the text)."""
    text = "".join(ln.text for ln in lines)
    m = BYLINE_TAIL_RE.search(text)
    return text[:m.start()] if m else text


def _under(lines: list[Line], tags: list[str], j: int) -> str:
    """Text of the article printed under a heading run ending before line ``j``: its byline or subtitle
    lines and its text, up to the next line the model opens an article on or reads as a heading."""
    out = []
    for k in range(j, min(len(lines), j + BELOW_LINES)):
        tag = tags[k].removeprefix("B-")
        if k > j and tags[k].startswith("B-") or tag not in _TEXT + ("byline", "subtitle"):
            break
        out.append(lines[k].text)
    return "".join(out)


def _byline_top(lines: list[Line], tags: list[str], i: int) -> int | None:
    """First line of the byline closing the text right above line ``i`` (a byline line of its own, or
    the text's last line ending in a bracketed byline: then ``i``), or None."""
    b = i
    while b > 0 and tags[b - 1].removeprefix("B-") == "byline":
        b -= 1
    if b < i:
        return b
    return i if i > 0 and tags[i - 1].removeprefix("B-") in _TEXT and closes_body(lines, i - 1) else None


def _text_start(tags: list[str], b: int) -> tuple[int, int] | None:
    """(first line of the headline group, first text line) of the headline-first article whose text ends
    before line ``b``; (first line, first line) for a headless text opening under a headline printed after
    the article above it; or None (a subhead in the text, a headless text elsewhere)."""
    s = b - 1
    while s > 0 and not tags[s].startswith("B-"):
        s -= 1
    if tags[s].removeprefix("B-") in _TEXT and s > 0 and tags[s - 1] == "title":
        # (a headless text under the headline printed after the article above it: the run may name it whole)
        return (s, s) if all(t.removeprefix("B-") in _TEXT for t in tags[s:b]) else None
    if tags[s].removeprefix("B-") not in HEADLINE_ROLES:
        return None
    t0 = s
    while t0 < b and tags[t0].removeprefix("B-") not in _TEXT:
        if tags[t0].removeprefix("B-") not in HEADLINE_ROLES + ("byline",):
            return None
        t0 += 1
    if t0 >= b or any(tags[k].removeprefix("B-") not in _TEXT for k in range(t0, b)):
        return None
    return s, t0


def _split_line(lines: list[Line], tags: list[str], s: int, t0: int, b: int, title: set[str],
                below: set[str], need: int) -> int | None:
    """The paragraph opening of lines ``t0 + 1 .. b - 1`` where the text named by ``title`` starts (see
    the module), or None."""
    indented = any(ln.opens for ln in lines[t0:b])
    head = cjk_bigrams("".join(ln.text for ln in lines[s:t0]))
    best = None
    for m in range(t0 + 1, b):
        if is_byline(lines[m].text) or not (ends_sentence(lines[m - 1].text) or is_byline(lines[m - 1].text)) or not (
                lines[m].opens if indented else tags[m] == "para" or is_byline(lines[m - 1].text)):
            continue  # (a paragraph opening after a finished sentence or a byline line closing the text above)
        upper = cjk_bigrams(_words(lines[t0:m]))
        lower = cjk_bigrams(_words(lines[m:b]))
        named = len(title & lower)
        if named < need or title & upper or named <= len(title & below):
            continue
        key = (len(head & upper) - len(head & lower), -len(upper & lower) / max(1, len(lower)))
        if best is None or key > best[0]:
            best = (key, m)
    return None if best is None else best[1]


def titles_after_titled_bodies(raw_lines: Sequence[Line | None], tags: list[str]) -> list[str]:
    """Line-model tags with a headline printed after its body given back to it where the model ran that
    body on from the headline-first article above it (see the module docstring).

    Parameters
    ----------
    raw_lines, tags : list
        The page's lines (:func:`~corpus_tools.layout.lines.read_lines`; None for a blank line) and one
        line-role tag per non-blank line.

    Returns
    -------
    list of str
        The tags with the named text opening an article (``B-para``), the heading lines naming it
        ``title``, and the rest of the run opening the next article; *tags* itself is not changed.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = ("全县召开植树造林动员会\\n本报讯 3月10日，全县植树造林动员会召开。\\n会议部署了全年造林任务。\\n"
    ...        "石门乡是全县核桃种植面积最大的乡，\\n今年又新栽核桃树2万株。\\n（通讯员 赵　刚）\\n"
    ...        "石门乡核桃树成林\\n县医院开展义诊\\n3月8日，县医院组织专家下乡义诊。\\n")
    >>> tags = ["B-title", "para", "cont", "para", "cont", "byline", "title", "B-title", "para"]
    >>> titles_after_titled_bodies(read_lines(raw), tags)
    ['B-title', 'para', 'cont', 'B-para', 'cont', 'byline', 'title', 'B-title', 'para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    i = 2
    while i < len(lines):
        if not heading_form(lines[i].text, longest=MAX_WIDTH, strict=True):
            i += 1
            continue
        j = i  # (heading lines the model reads as headings or banners: a narrow column's text line has a heading's form)
        while (j < len(lines) and j - i < MAX_RUN and out[j].removeprefix("B-") in _HEADS
               and heading_form(lines[j].text, longest=MAX_WIDTH, strict=True)):
            j += 1
        if j == i:
            i += 1
            continue
        b = _byline_top(lines, out, i)
        found = _text_start(out, b) if b is not None else None
        # (under the run: text, a byline or subtitle of the next headline, or a line of text read as a headline)
        misread = (j < len(lines) and out[j].removeprefix("B-") in ("title", "kicker") and "，" in lines[j].text
                   and not heading_form(lines[j].text, strict=True) and not lines[j].text.strip().startswith(HEAD_DASHES))
        if j == i + 1 and out[i] == "B-title" and not misread:
            i = j  # (one line the model opens an article on, over text: the next article's headline)
            continue
        if (found is None or j < len(lines) and out[j].removeprefix("B-") not in _TEXT + ("byline", "subtitle")
                and not misread):
            i = j
            continue
        s, t0 = found
        title = cjk_bigrams(lines[i].text)
        below = cjk_bigrams(_under(lines, out, j))
        need = LEAST_SHARED
        if out[i].removeprefix("B-") in ("kicker", "banner"):  # (read as over the next headline: a column or
            # place name shares a word or two with any text; a headline printed after its body names it)
            need = max(STRONG_SHARED, (len(title) + 1) // 2) if len(lines[i].text.strip()) >= LEAST_CHARS else len(title) + 1
        if s == t0:  # (a headless text: named whole, or not at all)
            named = len(title & cjk_bigrams(_words(lines[s:b])))
            # (one heading line names the text above it unless it shares more words with the text below:
            # a headless text under a headline printed after its body takes the headline printed after it)
            alone = j == i + 1 and named >= len(title & below)
            m = s if (named >= need or alone and need == LEAST_SHARED) and named > len(title & below) - alone else None
        else:
            m = _split_line(lines, out, s, t0, b, title, below, need)
        if m is None:
            i = j
            continue
        above = cjk_bigrams(_words(lines[m:b]))
        cut = i + 1  # (the title's next lines, unless a line opens an article or names the text below)
        while (cut < j and not out[cut].startswith("B-") and out[cut] in ("title", "subtitle")
               and len(cjk_bigrams(lines[cut].text) & above) >= len(cjk_bigrams(lines[cut].text) & below)):
            cut += 1
        out[m] = "B-para"
        if m > t0 and out[m - 1] in _TEXT and is_byline(lines[m - 1].text):
            out[m - 1] = "byline"  # (the byline line closing the article above, read as its text)
        out[b:i] = [t.removeprefix("B-") for t in out[b:i]]
        # (the model's own closing head group, a kicker over the title, stays; a line it read as opening is the title)
        out[i:cut] = [t if t in HEADLINE_ROLES else "title" for t in out[i:cut]]
        out[cut:j] = [t.removeprefix("B-") for t in out[cut:j]]
        opener = next((k for k in range(cut, j) if out[k] != "banner"), j)  # (the rest of the run opens the next article)
        if opener < j or misread:
            out[opener] = "B-para" if opener == j else "B-" + out[opener]
        elif j < len(lines) and out[j] in _TEXT:
            out[j] = "B-" + out[j]
        i = j
    return out
