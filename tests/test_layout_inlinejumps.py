"""Jump marks closing a paragraph (layout/inlinejumps.py)."""

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.inlinejumps import after_jump, closes_on_jump, jump_cut, lines_after_jumps
from corpus_tools.layout.lines import read_lines

# 岢岚县 paper, invented text (real townships), the jump mark cut by the column on the lead's last line
KELAN = ("岢岚报　　2015年9月11日　星期五　　第1版\n"
         "我县红芸豆喜获丰收\n"
         "本报讯（记者 刘晓东）连日来，宋家沟乡、岚漪镇的红芸豆\n"
         "进入收获期，全县种植面积达12万亩，亩产预计150公斤。\n"
         "县里引进的加工企业已与农户签订收购合同。（\n"
         "下转第2版）\n"
         "【脱贫攻坚】\n"
         "三井镇：光伏电站带来稳定收益\n"
         "今年以来，三井镇建成村级光伏电站5座，每座每年为村集体\n"
         "增收6万元。\n")


def test_the_jump_mark_leaves_the_body_and_the_column_name_is_a_banner():
    layout = split_page(KELAN)
    first = next(a for a in layout.articles if a.title == "我县红芸豆喜获丰收")
    assert first.body.endswith("签订收购合同。")
    assert any(b.kind == "credit" and "下转第2版" in b.text.replace("\n", "") for b in layout.blocks)
    assert any(b.kind == "banner" and b.text == "【脱贫攻坚】" for b in layout.blocks)
    assert check_no_loss(KELAN, layout) == []


def test_jump_cut_needs_a_finished_sentence_before_the_mark():
    assert jump_cut("全县种植面积达12万亩。（下转第2版）") == 12
    assert jump_cut("详见（下转第2版）") is None and jump_cut("（下转第2版）") is None
    assert closes_on_jump("  增收6万元。（转第4版）  ") and not closes_on_jump("增收6万元。")


def test_a_heading_under_a_jump_closed_paragraph_is_no_subhead():
    lines = [ln for ln in read_lines("改种茴香。（下转第2版）\n收成镇：税费改革\n让农民减负三成\n") if ln]
    assert after_jump(lines, 1) and after_jump(lines, 2) and not after_jump(lines, 0)


def test_the_first_line_of_the_next_headline_under_the_jump_opens_it():
    raw = "改种茴香。（下转第2版）\n收成镇：税费改革\n让农民减负三成\n本报讯 今年我县全面推开农村税费改革。\n"
    assert lines_after_jumps(read_lines(raw), ["cont", "para", "title", "B-para"]) == [
        "cont", "B-title", "title", "B-para"]


# round 26: a jump mark opening the continued text's first paragraph (as 镇巴报 would print page 2; invented)
ZHENBA = ("镇巴报　2010年6月4日　星期五　第2版\n"
          "县委召开全委扩大会议\n"
          "（上接第1版）会议要求，各乡镇要抓紧抓实夏粮收\n"
          "购和防汛工作，落实领导包村责任，确保群众生命\n"
          "财产安全。会议还对下半年重点工作作了安排。\n"
          "兴隆镇建成茶叶加工厂\n"
          "本报讯 5月28日，兴隆镇茶叶加工厂建成投产，年\n"
          "加工能力二百吨，可带动周边三个村四百多户茶农\n"
          "增收。（通讯员 张　华）\n"
          "责任编辑　李　明\n")


def test_a_jump_mark_opening_a_paragraph_is_no_part_of_the_body():
    arts = split_page(ZHENBA).articles
    first = next(a for a in arts if a.title == "县委召开全委扩大会议")
    assert first.body.startswith("会议要求") and "上接" not in first.body
    assert check_no_loss(ZHENBA, split_page(ZHENBA)) == []


def test_leading_and_closing_marks_split_off_the_same_paragraph():
    from corpus_tools.layout.inlinejumps import split_jump_marks
    raw = "（上接第1版）会议指出，要抓好夏粮收购。\n各乡镇要落实责任。（下转第4版）\n"
    lines = [ln for ln in read_lines(raw) if ln is not None]
    body, before, after = split_jump_marks(lines, raw)
    assert [c.text for c in before] == ["（上接第1版）"] and [c.text for c in after] == ["（下转第4版）"]
    assert "".join(ln.text for ln in body) == "会议指出，要抓好夏粮收购。各乡镇要落实责任。"
