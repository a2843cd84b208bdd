"""Signed tails: an article's last paragraph printed with its own signature after the next article."""

from __future__ import annotations

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.signedtails import same_signer, signed_tail
from corpus_tools.layout.units import Unit


def _u(kind: str, text: str, art: int | None) -> Unit:
    return Unit(kind=kind, pieces=[(0, 1)], text=text, article=art, final=kind)


def _wrap(text: str, width: int = 22) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def _para(text: str) -> list[str]:
    lines = _wrap(text)
    return ["\u3000\u3000" + lines[0]] + lines[1:]


# An invented page: a village report without a closing signature, a brief signed by its unit, then the
# report's last paragraph with its reporter's signature, then a third article.
_REPORT = "青石镇建起蔬菜大棚一百座"
_BRIEF = "县图书馆开展读书月活动"
_PAGE = "\n".join(
    ["青山报　2021年5月7日　第2版　综合"]
    + [_REPORT]
    + _para("本报讯（记者　罗春燕）今年以来，青石镇在下河村、上河村新建蔬菜大棚一百座，种植西红柿、黄瓜和辣椒，"
            "带动三百多户群众就近务工。")
    + _para("青石镇党委书记说，大棚蔬菜已经成为全镇群众增收的主要门路，明年还要再建五十座。")
    + [""]
    + [_BRIEF]
    + _para("四月二十三日，县图书馆启动读书月活动，组织流动图书车进社区、进学校，送去图书三千多册。"
            "活动期间还将举办讲座和朗读比赛。（县文旅局供稿）")
    + _para("目前，青石镇的蔬菜大棚已经进入采摘期，下河村、上河村的西红柿和黄瓜每天销往县城超市两吨多。"
            "（罗春燕）")
    + [""]
    + ["县人民医院开通急救绿色通道"]
    + _para("五月五日，县人民医院急救绿色通道正式开通，危重病人入院后可先救治后缴费。（通讯员　韦丽）")
) + "\n"


def test_signed_tail_form():
    units = [_u("headline", "合水镇党员亮身份", 0), _u("body", "全镇共公开承诺事项。", 0),
             _u("headline", "紫薇镇迎来赏花季", 1), _u("body", "紫薇树进入盛花期。", 1),
             _u("byline", "（杨秀芬）", 1), _u("body", "合水镇还开展了创建。", 1), _u("byline", "（田维明）", 1)]
    assert signed_tail(units, [3, 5], 1, 1, [1], 0)
    # the run carries no signature of its own: a's own text
    assert not signed_tail(units[:6], [3, 5], 1, 1, [1], 0)
    # b closed by a signature of its own: no tail of b
    closed = units[:2] + [_u("byline", "（冉光华）", 0)] + units[2:]
    assert not signed_tail(closed, [4, 6], 1, 1, [1], 0)
    # a marked item is an item of its own
    marked = units[:5] + [_u("body", "◆合水镇还开展了创建。", 1)] + units[6:]
    assert not signed_tail(marked, [3, 5], 1, 1, [1], 0)


def test_same_signer_reads_the_heads_byline():
    units = [_u("headline", "满都拉图镇建起便民服务中心", 0), _u("byline", "本报记者　朝鲁门", 0),
             _u("body", "七月十日，中心正式运行。", 0), _u("headline", "扫黑除恶深入推进", 1),
             _u("body", "今年以来，全旗深入开展。", 1), _u("byline", "（旗扫黑办供稿）", 1),
             _u("body", "据介绍，中心已进入装修阶段。", 1), _u("byline", "（巴图）", 1)]
    assert not same_signer(units, [4, 6], 1, [2], 0)
    units[-1] = _u("byline", "（朝鲁门）", 1)
    assert same_signer(units, [4, 6], 1, [2], 0)


def test_a_signed_tail_printed_after_the_next_article_goes_back():
    layout = split_page(_PAGE)
    assert check_no_loss(_PAGE, layout) == []
    report = next(a for a in layout.articles if a.title == _REPORT)
    brief = next(a for a in layout.articles if a.title == _BRIEF)
    assert "".join(report.body.split()).endswith("每天销往县城超市两吨多。")
    assert "蔬菜大棚" not in brief.body
    assert [n for _, n in brief.byline] == ["县文旅局"]
    assert ("记者", "罗春燕") in report.byline
    assert any(r.kind == "move" for r in layout.repairs)
