"""A displaced tail read into the paragraph printed above it, and a titled article's first paragraph
that finishes another article's cut sentence (column flow, :mod:`corpus_tools.layout.flowsplit`)."""

from __future__ import annotations

from corpus_tools.layout.flow import repair_flow
from corpus_tools.layout.flowsplit import split_merged_tails, unsplit
from corpus_tools.layout.units import Unit


def _units(rows: list[tuple[str, list[str], int]]) -> tuple[str, list[Unit]]:
    """A raw page and its units from (final kind, printed lines, article) rows."""
    raw, units = "", []
    for final, lines, article in rows:
        start = len(raw)
        raw += "\n".join(lines) + "\n"
        kind = "head" if final == "headline" else final
        units.append(Unit(kind, [(start, len(raw) - 1)], "".join(lines), article=article, final=final))
    for i, u in enumerate(units):
        u.rank = float(i)
    return raw, units


# an invented 平遥 page printed without blank lines: the 住建局 article's last line fills the column,
# so the 便民服务站 article's displaced tail that follows it is read into the same paragraph, and
# the 住建局 article's own tail (``造提升工作…``) is printed after the 旅游 article above it
ROWS = [
    ("headline", ["平遥古城迎来旅游旺季"], 0),
    ("body", ["本报讯 国庆假期，平遥古城共接待游", "客三十二万人次，旅游收入稳步增长。"], 0),
    ("body", ["造提升工作，全面完成古城东大街、", "南大街沿街店铺的立面整治。"], 0),
    ("headline", ["县住建局推进老旧小区改造"], 1),
    ("body", ["本报讯 今年以来，县住建局把老旧", "小区改造作为重点民生工程。"], 1),
    ("body", ["下一步，县住建局将加快推进古城街", "巷和背街小巷的风貌改",
              "家门口就能办成事，我们心里踏实多", "了。”"], 1),
    ("headline", ["便民服务站开到群众家门口"], 2),
    ("body", ["本报讯 近日，城关镇在各社区设立", "便民服务站。“以前办事要跑好几趟，", "现在在"], 2),
]


def test_a_tail_read_into_the_paragraph_above_is_split_off():
    raw, units = _units(ROWS)
    splits = split_merged_tails(units, raw)
    assert len(splits) == 1 and len(units) == len(ROWS) + 1
    first, second = units[5], units[6]
    assert first.text.endswith("风貌改") and second.text == "家门口就能办成事，我们心里踏实多了。”"
    assert second.article == 1 and raw[second.start:second.end].startswith("家门口")
    assert [u.rank for u in units] == [float(i) for i in range(len(units))]


def test_both_tails_go_back_and_every_move_is_recorded():
    raw, units = _units(ROWS)
    repairs = repair_flow(units, 3, raw)
    bodies = {a: "".join(u.text for u in sorted((u for u in units if u.final == "body" and u.article == a),
                                                  key=lambda u: u.rank)) for a in range(3)}
    assert bodies[1].endswith("风貌改造提升工作，全面完成古城东大街、南大街沿街店铺的立面整治。")
    assert bodies[2].endswith("现在在家门口就能办成事，我们心里踏实多了。”")
    assert bodies[0].endswith("旅游收入稳步增长。")
    assert len(repairs) == 2 and all(r.kind == "move" and r.removed == "" for r in repairs)
    # nothing lost: every printed character is in exactly one unit
    assert sorted("".join(u.text for u in units).replace(" ", "")) == sorted(raw.replace("\n", "").replace(" ", ""))


def test_a_paragraph_that_reads_on_is_not_split():
    # the same page with the 便民服务站 article finished: nothing reads on from a cut end
    rows = ROWS[:-1] + [("body", ["本报讯 近日，城关镇在各社区设立", "便民服务站，方便群众办事。"], 2)]
    raw, units = _units(rows)
    assert split_merged_tails(units, raw) == [] and len(units) == len(rows)


def test_a_split_that_is_not_moved_is_joined_again():
    raw, units = _units(ROWS)
    text = units[5].text
    splits = split_merged_tails(units, raw)
    unsplit(units, splits)  # nothing moved the second part
    assert len(units) == len(ROWS) and units[5].text == text and units[5].pieces == [(units[5].start, units[5].end)]
    assert [u.rank for u in units] == [float(i) for i in range(len(units))]


def test_a_first_paragraph_finishing_another_cut_sentence_goes_back():
    # a headline printed after its body on a page of headlines over bodies: the body's run opens
    # with the displaced end of the 村医 article's quotation (``…叫我一声医`` + ``生。”…说。``)
    rows = [
        ("headline", ["县卫健委开展义诊活动"], 0),
        ("body", ["本报讯 近日，县卫健委组织专家深入", "乡村开展义诊，服务群众六百余人。"], 0),
        ("body", ["生。”龙大夫说。"], 1),
        ("body", ["本报讯 十六日，县政协召开常委会", "议，审议通过年度协商计划。"], 1),
        ("headline", ["县政协召开常委会议"], 1),
        ("headline", ["“摆渡”村医"], 2),
        ("body", ["本报讯 年过半百的龙大夫是乡村医", "生。“看到病人好起来，我就不怕累，", "这样才对得起他们叫我一声医"], 2),
    ]
    raw, units = _units(rows)
    repairs = repair_flow(units, 3, raw)
    assert units[2].article == 2 and units[2].cont and units[2].rank > units[6].rank
    assert units[3].article == 1  # the rest of the run keeps its headline
    assert [r.kind for r in repairs] == ["move"]


class _PairLM:
    """A stand-in character model: a fragment reads on from a context only across the listed
    (last character of the context, first character of the fragment) pairs."""

    def __init__(self, pairs: set[tuple[str, str]]) -> None:
        self.pairs = pairs

    def logprob(self, text: str, *, context: str | None = None) -> float:
        return 10.0 if context and (context[-1], text[:1]) in self.pairs else 0.0


def test_a_lower_split_scores_the_units_as_they_stand_after_a_split_below(monkeypatch):
    # two splits on one page, the lower one made first: the upper unit's cut (``…风貌改``) must be
    # finished by a body paragraph printed elsewhere, and the headline ``革新…`` standing where a body
    # paragraph stood before the lower split is no such paragraph
    import corpus_tools.layout.flowsplit as flowsplit

    lm = _PairLM({("庚", "辰"), ("甲", "丙"), ("改", "革")})
    monkeypatch.setattr(flowsplit, "default_lm", lambda: lm)
    rows = [
        ("headline", ["县住建局推进老旧小区改造"], 0),
        ("body", ["下一步将推进古城街巷的风貌改", "辰时开工各项工程"], 0),
        ("headline", ["县政协召开常委会议"], 1),
        ("body", ["会议审议通过年度计划。", "丙丁戊己庚"], 1),
        ("headline", ["革新服务方式"], 2),
        ("body", ["城关镇设立便民服务站甲"], 2),
    ]
    raw, units = _units(rows)
    splits = split_merged_tails(units, raw)
    assert [sp.first.text for sp in splits] == ["会议审议通过年度计划。"]
    assert units[1].text == "下一步将推进古城街巷的风貌改辰时开工各项工程"


def test_joining_a_split_moved_whole_keeps_the_units_printed_after_it_in_place():
    # the flow repair moved a tail starting at the split's first part (``风貌改`` / ``造提升…``) to the
    # article printed below it: both parts went, so the split is joined again where they now stand,
    # and the units printed after the second part move up one place
    from corpus_tools.layout.flowsplit import Split

    rows = [
        ("headline", ["平遥古城迎来旅游旺季"], 0),
        ("body", ["本报讯 国庆假期，平遥古城共接待游客三十二万人次。"], 0),
        ("body", ["下一步，县住建局将加快推进风貌改"], 0),
        ("body", ["造提升工作，全面完成立面整治。"], 0),
        ("headline", ["县住建局推进老旧小区改造"], 1),
        ("body", ["本报讯 今年以来，县住建局把老旧小区改造作为重点民生工程，加快推进古城街巷"], 1),
        ("headline", ["便民服务站开到群众家门口"], 2),
    ]
    raw, units = _units(rows)
    first, second = units[2], units[3]
    whole, pieces = first.text + second.text, [(first.start, second.end)]
    for u, r in ((first, 5 + 1 / 3), (second, 5 + 2 / 3)):  # (as flow._move places a two-paragraph tail)
        u.article, u.rank = 1, r
    unsplit(units, [Split(first, second, whole, pieces)])
    assert len(units) == 6 and first.text == whole and first.pieces == pieces
    order = [u.text for u in sorted(units, key=lambda u: u.rank)]
    assert order == [units[k].text for k in (0, 1, 3, 4, 2, 5)]
    assert [units[k].rank for k in (0, 1, 3, 4, 5)] == [0.0, 1.0, 3.0, 4.0, 5.0]
