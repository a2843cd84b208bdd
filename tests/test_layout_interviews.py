"""Interviews: a question is no headline; a jump mark closes its article (layout.interviews, layout.inlinejumps)."""

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.inlinejumps import texts_after_jumps
from corpus_tools.layout.interviews import is_turn, question_lines
from corpus_tools.layout.lines import read_lines

INTERVIEW = (
    "溪山报　2023年8月11日　星期五　第2版\n"
    "\n"
    "让景区的流量变成乡村的“留量”\n"
    "——访城南镇党委书记李建国\n"
    "本报记者 周晓燕\n"
    "城南镇是溪山景区所在地，今年上半年全镇接待游客\n"
    "210万人次。如何把景区的游客引到村里？记者日前采\n"
    "访了城南镇党委书记李建国。\n"
    "记者：城南镇今年在景村融合上有哪些新做法？\n"
    "李建国：我们实施“景区带村、能人带户”工程，把三\n"
    "个古村串成一条游线，新发展民宿46家。\n"
    "记者：古村落怎样避免“千村一面”？\n"
    "李建国：每个村找准自己的特色，有的做研学，有的做\n"
    "农家乐和特色小吃。\n"
    "\n"
    "西门社区“邻里食堂”开张了\n"
    "本报讯 8月8日，西门社区“邻里食堂”正式开张，60岁以\n"
    "上老人每餐只需8元。（通讯员 吴佳颖）\n"
)


def test_turn_labels():
    assert is_turn("问：群众有意见向哪里反映？") and is_turn("记者：下一步有什么打算？") and is_turn("【问】怎样评议？")
    assert not is_turn("问题清单已经建立。") and not is_turn("记者从县林业局获悉，全县造林5万亩。")


def test_question_read_as_heading_stays_in_the_interview():
    lines = read_lines("问：今年有哪些新举措？\n答：发放了减负卡。\n问：群众向哪里反映？\n答：设立了举报电话。\n")
    assert question_lines(lines, ["para", "para", "B-title", "para"]) == ["para"] * 4
    # a lone question line opening an article after other text is left as read
    lines = read_lines("县里召开了会议。\n问：群众向哪里反映？\n")
    assert question_lines(lines, ["para", "B-para"]) == ["para", "B-para"]


def test_interview_is_one_article():
    layout = split_page(INTERVIEW)
    assert check_no_loss(INTERVIEW, layout) == []
    art = next(a for a in layout.articles if a.title.startswith("让景区"))
    body = "".join(art.body.split())
    assert "记者：城南镇今年" in body and body.endswith("农家乐和特色小吃。")
    assert not any(a.title.startswith("记者") for a in layout.articles)


def test_text_under_a_jump_mark_opens_an_article():
    lines = read_lines("退还群众3200元。（下转第4版）\n近日，旅游公路开工。\n")
    assert texts_after_jumps(lines, ["para", "para"]) == ["para", "B-para"]
    assert texts_after_jumps(lines, ["para", "B-title"]) == ["para", "B-title"]


def test_a_question_box_is_titled_by_the_line_over_its_first_question():
    from corpus_tools.layout.interviews import titles_over_turns
    page = "【学习园地】\n“两学一做”知识问答\n问：主要内容是什么？\n答：学党章党规。\n问：怎样安排？\n答：讲好党课。\n"
    tags = titles_over_turns(read_lines(page), ["banner", "B-para", "para", "para", "para", "para"])
    assert tags[:3] == ["banner", "B-title", "para"]
    # a sentence over the questions is the text of the article, no title
    page = "【学习园地】\n记者就此采访了县委党校。\n问：主要内容是什么？\n答：学党章党规。\n问：怎样安排？\n答：讲好党课。\n"
    assert titles_over_turns(read_lines(page), ["banner", "B-para", "para", "para", "para", "para"])[1] == "B-para"
