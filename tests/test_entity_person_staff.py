"""Staff credits of the page line and photo credits (person_staff)."""

from corpus_tools._entity_rules.person_staff import photo_credit_names, staff_credit_names, staff_line_names


def _names(line):
    return [n for *_, n in staff_credit_names(line)]


def test_roles_with_a_colon_or_a_space():
    assert _names("2019年8月16日　第2版　责任编辑　泽仁央宗　校对　刘　洋") == ["泽仁央宗", "刘洋"]
    assert _names("第2版 综合 责任编辑：尹 亮") == ["尹亮"]


def test_page_staff_roles_and_names_the_tables_lack():
    assert _names("第1版　要闻　值班编委：乌云毕力格") == ["乌云毕力格"]
    assert _names("第2版　综合　本版编辑：母婷婷　校对：林　晶") == ["母婷婷", "林晶"]
    assert _names("值班主任：索南才让　　校对：马　静") == ["索南才让", "马静"]


def test_no_name_without_a_role_and_a_separator():
    assert _names("第1版 要闻 编辑部") == []
    assert _names("第3版　综合新闻") == []


def test_photo_credits():
    t = "▲骑手在阿须草原上竞技。降央卓玛　摄\n（记者　逄建国　摄）\n▲航拍的新村。无人机　摄"
    assert [t[s:e] for s, e in photo_credit_names(t)] == ["降央卓玛", "逄建国"]


def test_staff_lines_left_inside_an_article():
    t = "编辑 储　蕾\n大化坪镇：一片黄芽富了一方百姓"
    assert [t[s:e] for s, e in staff_line_names(t)] == ["储　蕾"]
    assert staff_line_names("编辑部的同志说，今年的报纸改版了。") == []


def test_review_newsroom_units_are_no_staff_names():
    # review, 2026-12-06: 要闻部, 总编室, 融媒体 after an editor's role are units, not people
    for line in ("第2版 编辑：融媒体", "第2版 编辑：要闻部", "第2版 责任编辑：总编室"):
        assert staff_credit_names(line) == []


def test_a_role_before_a_credit_vouches_for_a_name_the_surname_tables_lack():
    from corpus_tools._entity_rules.person_staff import credited_name

    assert not credited_name("逄建国") and credited_name("逄建国", roled=True)
    assert not credited_name("记者", roled=True) and not credited_name("合作社", roled=True)  # roles and words stay out
