"""Staff posts in …员 (网格员, 专职网格员) are posts; memberships (党员, 队员) are not (user29 F4)."""

from corpus_tools.person_posts import post_before


def test_grid_worker_is_a_post():
    s = "清晨六点，石鼓镇东坡社区网格员王丽娟已经开始走访。"
    assert post_before(s, "王丽娟") == "石鼓镇东坡社区网格员"
    assert post_before("专职网格员赵文华介绍了情况。", "赵文华") == "专职网格员"


def test_village_posts_of_the_2010s():
    assert post_before("驻村第一书记孙立新说，路修好了。", "孙立新") == "驻村第一书记"
    assert post_before("村务监督委员会主任钱志刚发言。", "钱志刚") == "村务监督委员会主任"


def test_membership_is_no_post():
    assert post_before("优秀共产党员周海生发言。", "周海生") is None
    assert post_before("志愿服务队队员吴小燕说。", "吴小燕") is None
