"""Signed titled items in a narrow column whose lines end on a full stop mid-item (layout50)."""

from __future__ import annotations

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.markitems import titled_item_tags
from corpus_tools.layout.lines import read_lines


def _item(title: str, sig: str) -> tuple[list[str], list[str]]:
    """A signed titled item of ten lines, its sixth line ending on a full stop, with the model's tags."""
    lines = ["■" + title + "\u3000该局组织技术人员对全县"] + ["林地开展调查，发放明白卡二千份，" for _ in range(4)]
    lines += ["同时开展地质灾害汛前排查工作。"] + ["组织群众开展避险演练十二场次，" for _ in range(3)]
    lines += ["确保汛期人员安全。" + sig]
    return lines, ["para"] + ["cont"] * 9  # (the model reads the first item as an article's opening, B-para)


def test_a_full_stop_at_a_line_end_does_not_end_a_signed_item():
    lines, tags = ["【部门动态】"], ["banner"]
    for title, sig in (("县林业局", "（县林业局供稿）"), ("县文化局", "（李春燕）"), ("县民政局", "（何立）")):
        more, more_tags = _item(title, sig)
        lines += more
        tags += more_tags
    tags[1] = "B-para"
    page = "\n".join(lines) + "\n"
    out = titled_item_tags(read_lines(page), tags, page)
    assert [i for i, t in enumerate(out) if t == "B-para"] == [1, 11, 21]


def test_narrow_column_of_signed_items_one_article_each():
    items = [("县国土资源局", "该局启动土地利用总体规划编制前期工作，对全县耕地进行实地调查。同时开展地质灾害排查。"
              "该局还向隐患点周边群众发放防灾明白卡二千多张，组织群众开展避险演练十二场次。", "（县国土资源局供稿）"),
             ("县委组织部", "近日，县委组织部从县直单位选派一百名年轻干部到村任职，帮助村里理思路、办实事。"
              "选派干部任期两年，任职期间与原单位工作脱钩，年终由乡镇党委和村民共同考核。"
              "考核结果作为干部评先评优的重要依据。县委组织部将定期到村了解选派干部的工作情况。", "（程德文）"),
             ("县卫生局", "该局在全县各乡镇卫生院推行新型农村合作医疗住院费用即时结报，参加合作医疗的患者出院时"
              "当场就能报销。今年一至四月，全县已有六千三百多名农民享受即时结报。", "（闵春梅）")]
    lines = ["青山报　2010年5月14日　第3版　简讯", "【部门动态】"]
    for title, text, sig in items:
        first = "■" + title + "\u3000" + text
        cut = [first[:17]] + [first[17 + k:17 + k + 16] for k in range(0, len(first) - 17, 16)]
        cut[-1] += sig
        lines += cut
    page = "\n".join(lines) + "\n"
    layout = split_page(page)
    assert check_no_loss(page, layout) == []
    titles = [a.title for a in layout.articles]
    for title, _, sig in items:
        assert title in titles
        art = next(a for a in layout.articles if a.title == title)
        assert [n for _, n in art.byline] == [sig.strip("（）").removesuffix("供稿")]
