"""Editor's notes open their article (corpus_tools.layout.editornotes)."""

from corpus_tools.layout import check_no_loss, split_page
from layout_page_helpers import page_blocks as _kinds


UNDER_HEAD = (
    '桃源报\u30002019年5月10日\u3000星期五\u3000第1版\n'
    '\n'
    '茶园里的致富经\n'
    '编者按：发展特色产业，是乡村振兴的重要抓手。桃\n'
    '源镇的做法值得借鉴。本报今起推出系列报道。\n'
    '本报讯\u30005月8日，桃源镇茶叶产业发展大会召开，全\n'
    '镇12个村的茶农代表参加会议。今年全镇新建茶园2000\n'
    '亩，带动茶农人均增收3000元。\n'
    '镇长王立新说，下一步要把茶叶和旅游结合起来，建设\n'
    '一批茶旅融合示范点。（记者\u3000刘芳）\n'
)

OVER_HEAD = (
    "港城报　2022年12月16日　星期五　第1版\n"
    "冬季菠萝开采　“菠萝的海”又飘香\n"
    "本报记者 揭晓东　通讯员 庞秀梅\n"
    "　　12月以来，曲界镇愚公楼村的菠萝地里一片繁忙，工人们\n"
    "把刚采下的菠萝装箱运往外地。村民蔡德才说：“今年收购价\n"
    "每斤一块二，比去年高了三毛。”\n"
    "　　今年全县菠萝种植面积35万亩，预计产量70万吨。龙塘镇\n"
    "的菠萝深加工企业也在扩产，每天可加工鲜果80吨。\n"
    "编者按：港口是海峡客滚运输的重要通道。今年以来，港口克服困难保障运输畅通，他们的经验值得总结。\n"
    "港口全力保障海峡运输畅通\n"
    "　　本报讯 今年以来，位于海安镇的港口累计运送旅客520万\n"
    "人次、车辆136万辆次。遇大风大雾停航时，滞留车辆由交警\n"
    "分段引导待渡，避免了大面积拥堵。\n"
    "（通讯员 莫春霞）\n"
)


def test_lead_under_a_note_goes_on_with_its_article():
    blocks = _kinds(UNDER_HEAD)
    note = next(b for b in blocks if b[2].startswith("编者按"))
    lead = next(b for b in blocks if b[2].startswith("本报讯"))
    assert note[0] == lead[0] == "body" and note[1] == lead[1] == 0
    assert len(split_page(UNDER_HEAD).articles) == 1


def test_note_over_a_headline_opens_that_article():
    layout = split_page(OVER_HEAD)
    assert check_no_loss(OVER_HEAD, layout) == []
    art = next(a for a in layout.articles if "港口全力保障" in a.title)
    assert "".join(art.body.split()).startswith("编者按：港口是海峡")
    first = next(a for a in layout.articles if "菠萝" in a.title)
    assert "编者按" not in first.body


AFTERWORD = (
    "河口报　2010年6月25日　星期五　第4版\n"
    "草原上的“护林人”\n"
    "本报记者　那　楠\n"
    "六月的草原，林带青青。清晨四点，护林员包铁柱已经骑着\n"
    "摩托车绕林带转了一圈。村里人都叫他“林老包”，这个名字\n"
    "一叫就是十八年。\n"
    "傍晚，几只喜鹊从林带上空飞过。包铁柱说，林子在，草原\n"
    "就在。\n"
    "编后\n"
    "一个护林员，十八年守护一片林带。包铁柱的事迹告诉我们，\n"
    "实干就在守好一片林子的日常之中。\n"
)


def test_afterword_under_its_own_heading_is_an_item():
    from corpus_tools.layout.editornotes import afterword_heads
    from corpus_tools.layout.lines import read_lines
    lines = read_lines("可曾听说……”\n编后\n一个村支书，十八年守护一片湿地。\n")
    assert afterword_heads(lines, ["cont", "para", "cont"]) == ["cont", "B-title", "para"]
    lines = read_lines("可曾听说……”\n编后：一个村支书，十八年守护一片湿地。\n")
    assert afterword_heads(lines, ["cont", "para"]) == ["cont", "para"]  # (run into its text: the article's tail)
    layout = split_page(AFTERWORD)
    assert check_no_loss(AFTERWORD, layout) == []
    assert [a.title for a in layout.articles] == ["草原上的“护林人”", "编后"]
    assert "".join(layout.articles[1].body.split()).startswith("一个护林员")
