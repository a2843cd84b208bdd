"""Pages written by hand in other county papers' styles (not the seeds, not the composer).

Each page is typed the way a new user's PDF extraction comes out: 武乡新闻 (headline before the
body, banner, place kicker, ``——`` subtitle, lead byline with roles, caption), 祁县报 (narrow
columns without blank lines, headlines after their bodies; and a page whose first headline is
printed after the second article's headline with the paper's column name between), 介休新闻 / 寿阳
(a paragraph per line, a sentence lead-in above a two-clause title, in-body subheads, a caption
without ``图为`` after the byline). The texts are made up for these tests.
"""

from __future__ import annotations

import pytest

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.text import strip_spaces

WUXIANG = (
    '\n'
    '武乡新闻\n'
    '\n'
    '蟠龙镇\n'
    '小米产业链延伸到“家门口”\n'
    '——武乡县推动特色农业提质增效\n'
    '\n'
    '本报讯（记者 郝丽娟 通讯员 韩志强）金秋时\n'
    '节，走进蟠龙镇砖壁村的小米加工车间，机器\n'
    '轰鸣，工人们正忙着筛选、包装新收的小米。\n'
    '\n'
    '今年以来，蟠龙镇依托“武乡小米”地理标志\n'
    '品牌，引进加工企业 3 家，新建仓储冷链设施\n'
    '2 处，带动周边 12 个村 860 余户农户增收。\n'
    '\n'
    '“以前小米卖原粮，现在加工成礼盒，每斤能\n'
    '多卖两块钱。”砖壁村党支部书记李国平说。\n'
    '\n'
    '图为工人正在包装小米。\n'
    '\n'
    '县委理论学习中心组召开专题学习会\n'
    '\n'
    '本报讯 9月15日，县委理论学习中心组召开\n'
    '专题学习会，围绕推动高质量发展进行研讨交\n'
    '流。\n'
    '\n'
    '会议强调，要坚持问题导向，聚焦产业转型、\n'
    '乡村振兴、民生保障等重点任务，以实干实绩\n'
    '检验学习成效。\n'
    '\n'
    '（王建军）\n'
)

QIXIAN = (
    '本报讯 近日，祁县\n'
    '昭馀镇组织开展农\n'
    '村人居环境整治“回\n'
    '头看”活动，逐村检\n'
    '查垃圾清运、厕所改\n'
    '造等工作。\n'
    '活动中，检查组发现\n'
    '问题 46 条，已全部\n'
    '建立台账、限期整改。\n'
    '昭馀镇\n'
    '人居环境整治“回头看”\n'
    '本报讯 今年以来，\n'
    '祁县紧盯“晋商老\n'
    '家·康养祁县”目标，\n'
    '推进玻璃器皿产业\n'
    '园区建设，新签约\n'
    '项目 8 个。\n'
    '园区负责人介绍，项\n'
    '目全部投产后，预计\n'
    '年产值可达 15 亿元。\n'
    '（记者 乔晓峰）\n'
    '打造玻璃器皿产业集群 做强县域经济支撑\n'
)

JIEXIU = (
    '\n'
    '介休新闻\n'
    '\n'
    '介休市统筹推进城乡供水一体化工作\n'
    '\n'
    '织密供水管网 守护群众饮水安全\n'
    '\n'
    '本报讯 入冬以来，介休市加快推进城乡供水一体化工程，新铺设供水主管网 38 公里，改造老旧管道 126 公里，惠及 9 个乡镇 4.2 万余名群众。\n'
    '\n'
    '义安镇是此次改造的重点区域。过去，部分村庄因管网老化，经常出现停水、水压不足等问题。工程完工后，村民用上了稳定、安全的自来水。\n'
    '\n'
    '为保障工程质量，介休市水利部门实行“一村一档”管理，派出技术人员驻村指导，确保管网铺设一段、验收一段。\n'
    '\n'
    '（任晓燕 张宏伟）\n'
    '\n'
    '技术人员正在检查新安装的入户水表\n'
    '\n'
    '寿阳县\n'
    '推动“一老一小”服务提质扩容\n'
    '\n'
    '本报讯 今年，寿阳县新建社区养老服务站 6 个、普惠托育机构 2 所，新增托位 240 个，让群众在家门口享受到便利服务。\n'
    '\n'
    '健全服务网络\n'
    '\n'
    '寿阳县将养老服务设施纳入城乡社区配套建设，依托党群服务中心开设老年食堂，为辖区 80 岁以上老人提供助餐服务。\n'
    '\n'
    '提升服务质量\n'
    '\n'
    '县民政局定期组织护理员培训，今年已培训 320 人次，持证上岗率达到 95%。\n'
)

QIXIAN2 = (
    '\n'
    '本报讯 近日，祁县昭馀\n'
    '镇组织开展农村人居环\n'
    '境整治“回头看”活动，\n'
    '逐村检查垃圾清运、厕\n'
    '所改造等工作。\n'
    '\n'
    '活动中，检查组发现问\n'
    '题 46 条，已全部建立台\n'
    '账、限期整改。\n'
    '\n'
    '本报讯 今年以来，祁县\n'
    '紧盯“晋商老家·康养祁\n'
    '县”目标，推进玻璃器皿\n'
    '产业园区建设，新签约\n'
    '项目 8 个。\n'
    '\n'
    '园区负责人介绍，项目\n'
    '全部投产后，预计年产\n'
    '值可达 15 亿元。\n'
    '\n'
    '打造玻璃器皿产业集群 做强县域经济支撑\n'
    '\n'
    '祁县报·要闻\n'
    '\n'
    '昭馀镇\n'
    '人居环境整治“回头看”见实效\n'
    '\n'
    '本版责任编辑：渠丽萍\n'
)
#: Per page, per article in print order: (section, kicker, title, subtitle, byline, captions, body end).
TRUTH = {
    "wuxiang": [
        ("武乡新闻", "蟠龙镇", "小米产业链延伸到“家门口”", "武乡县推动特色农业提质增效",
         [("记者", "郝丽娟"), ("通讯员", "韩志强")], ["图为工人正在包装小米。"], "砖壁村党支部书记李国平说。"),
        ("武乡新闻", None, "县委理论学习中心组召开专题学习会", None, [("", "王建军")], [], "以实干实绩检验学习成效。"),
    ],
    "qixian": [
        (None, "昭馀镇", "人居环境整治“回头看”", None, [], [], "已全部建立台账、限期整改。"),
        (None, None, "打造玻璃器皿产业集群 做强县域经济支撑", None, [("记者", "乔晓峰")], [], "预计年产值可达15亿元。"),
    ],
    "jiexiu": [
        ("介休新闻", "介休市统筹推进城乡供水一体化工作", "织密供水管网 守护群众饮水安全", None,
         [("", "任晓燕"), ("", "张宏伟")], ["技术人员正在检查新安装的入户水表"], "确保管网铺设一段、验收一段。"),
        ("介休新闻", "寿阳县", "推动“一老一小”服务提质扩容", None, [], [], "持证上岗率达到95%。"),
    ],
    "qixian2": [
        ("祁县报·要闻", "昭馀镇", "人居环境整治“回头看”见实效", None, [], [], "已全部建立台账、限期整改。"),
        ("祁县报·要闻", None, "打造玻璃器皿产业集群 做强县域经济支撑", None, [], [], "预计年产值可达15亿元。"),
    ],
}
PAGES = {"wuxiang": WUXIANG, "qixian": QIXIAN, "jiexiu": JIEXIU, "qixian2": QIXIAN2}
#: (page, method) pairs known to fail today, kept visible as strict xfails.
KNOWN_FAILURES: dict[tuple[str, str], str] = {
    ("jiexiu", "rules"): "the sentence lead-in above the two-clause title is read as a banner (section), not a kicker",
    ("jiexiu", "model"): "the caption without 图为 after the byline is read as a banner (the next article's section)",
    ("qixian2", "rules"): "the headline printed after the other article's headline and the column name is left a banner",
}


def _case(page: str, method: str):
    reason = KNOWN_FAILURES.get((page, method))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(page, method, marks=marks, id=f"{page}-{method}")


@pytest.mark.parametrize("page, method", [_case(p, m) for p in PAGES for m in ("rules", "model")])
def test_hand_written_county_pages(page, method):
    raw = PAGES[page]
    layout = split_page(raw, method=method)
    assert check_no_loss(raw, layout) == []
    got = [(a.section, a.kicker, a.title, a.subtitle, a.byline, [strip_spaces(c) for c in a.captions],
            strip_spaces(a.body)[-12:]) for a in layout.articles]
    want = [(s, k, t, sub, by, caps, end[-12:]) for s, k, t, sub, by, caps, end in TRUTH[page]]
    assert got == want
