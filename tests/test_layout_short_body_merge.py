"""user24 F4 (mended by fix25: ``layout/shortitems.short_items_under_bodies``).

An article whose body is one line, after an article whose body is two lines, is swallowed by it: its title and
byline become body text. The rules alone (``method="rules"``) split the page right; the line-role model's decode
(``layout/model.py``) tags the title line ``para`` although its emission is B-title 1.0 (the byline line under it
gets ``cont``), and the repairs after the decode in ``layout/assemble._split`` did not give the title back when
the short article closed the page (no line under its body line) or its byline had no name (``本报评论员``).
"""

from corpus_tools.layout import split_page

# 临城报-style page (every body line cut at 20 characters), invented: 威县 townships
PAGE = ("县里召开城镇面貌提升动员大会\n本报记者　张建国\n"
        "　　6月18日，县里召开城镇面貌提升动员大\n会，全面落实省委、省政府部署，确保县城面\n貌“三年大变样”。\n"
        "　　会议强调，要深入学习实践科学发展观，\n以拆违治乱为突破口。\n\n"
        "固献乡新民居建设提速\n通讯员　李红梅\n　　固献村新民居一期工程主体完工，村民称\n之为“幸福楼”。\n\n"
        "章台镇防汛准备就绪\n本报记者　王振华\n　　章台镇储备防汛物资，落实责任人。\n")


def test_the_rules_alone_split_the_short_article_off():
    kinds = [(b.kind, b.text) for b in split_page(PAGE, method="rules").blocks]
    assert ("headline", "章台镇防汛准备就绪") in kinds


def test_a_one_line_body_article_keeps_its_title():
    kinds = [(b.kind, b.text) for b in split_page(PAGE).blocks]
    assert ("headline", "章台镇防汛准备就绪") in kinds
