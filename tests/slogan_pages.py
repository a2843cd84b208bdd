"""Ten short county-paper paragraphs written for this test suite, with marked-slogan gold.

They were written by hand (not copied from any paper) in the style of county papers of other
provinces and eras than the seed pages and the development reports: 1998-2001 (科教兴县, 三讲,
三个代表) and 2019-2024 (两个确立, 四下基层, 六稳六保). Gold follows
``../shared/gold/slogans/GUIDE.md`` and was fixed before the detector was run on them. Besides
formulae they hold the guide's counter-examples: quoted ordinary words (门外汉, 贴心人),
titles of works and programmes (《乡村大讲堂》, 百姓大舞台), honorific titles (书香家庭,
最美乡村医生), names of teams and rooms (红马甲, 红色议事厅), festivals, platforms and an
unquoted two-item or frameless list (产业兴、生态美、百姓富).

``PAGES`` maps a page id to ``(text, gold)``; gold items are ``{"text", "kind", "count"}``.
"""

from __future__ import annotations

__all__ = ["PAGES", "as_corpus"]

PAGES: dict[str, tuple[str, list[dict]]] = {
    "fresh_01_1998": (
        "本报讯 今年以来，我县认真贯彻党的十五大精神，坚持“一手抓物质文明建设，一手抓精神文明建设”，"
        "扎实开展“五个一”工程评选活动。县委提出“工业强县、农业稳县、科教兴县”的发展思路，各乡镇按照"
        "“抓班子、带队伍、促发展”的要求，把“三讲”教育引向深入。全县已有一百二十个村达到“小康村”标准。",
        [{"text": "一手抓物质文明建设，一手抓精神文明建设", "kind": "quoted", "count": 1},
         {"text": "五个一", "kind": "numbered", "count": 1},
         {"text": "工业强县、农业稳县、科教兴县", "kind": "parallel", "count": 1},
         {"text": "抓班子、带队伍、促发展", "kind": "parallel", "count": 1},
         {"text": "三讲", "kind": "numbered", "count": 1}]),
    "fresh_02_2021": (
        "记者近日走进浙江省一个山区县，村里的“红色议事厅”里热闹非凡。该县深入践行“两山”理念，坚持"
        "“绿水青山就是金山银山”，推行“村民说事”制度，村里的大事小事都拿到桌面上商量。村党支部书记说："
        "“现在村里环境好了，游客一年比一年多。”村里扎实开展党员示范岗、党员责任区、党员先锋队创建工作，"
        "对困难群众实行“一户一档”管理。",
        [{"text": "两山", "kind": "numbered", "count": 1},
         {"text": "绿水青山就是金山银山", "kind": "quoted", "count": 1},
         {"text": "村民说事", "kind": "quoted", "count": 1},
         {"text": "党员示范岗、党员责任区、党员先锋队", "kind": "parallel", "count": 1},
         {"text": "一户一档", "kind": "numbered", "count": 1}]),
    "fresh_03_counter": (
        "县电视台开设的《乡村大讲堂》栏目收视率很高。节目中，农技员老张讲起“土专家”的故事，说自己当年"
        "也是个“门外汉”。今年县里还推出了“云上赶集”直播平台和“幸福号”公交专线，不少村民成了“网红”。"
        "县文化馆排演的小戏《彩礼》，把“天价彩礼”的危害讲得明明白白。",
        []),
    "fresh_04_2019": (
        "今年以来，县委坚持以习近平新时代中国特色社会主义思想为指导，引导党员干部增强“四个意识”、坚定"
        "“四个自信”、做到“两个维护”，深入开展“不忘初心、牢记使命”主题教育。全县推行“支部+合作社+农户”"
        "模式，按照产业兴、生态美、百姓富的目标，坚持抓党建促脱贫、抓产业促增收、抓治理促和谐，确保贫困"
        "群众实现“两不愁三保障”。",
        [{"text": "四个意识", "kind": "numbered", "count": 1},
         {"text": "四个自信", "kind": "numbered", "count": 1},
         {"text": "两个维护", "kind": "numbered", "count": 1},
         {"text": "不忘初心、牢记使命", "kind": "quoted", "count": 1},
         {"text": "支部+合作社+农户", "kind": "quoted", "count": 1},
         {"text": "抓党建促脱贫、抓产业促增收、抓治理促和谐", "kind": "parallel", "count": 1},
         {"text": "两不愁三保障", "kind": "numbered", "count": 1}]),
    "fresh_05_2001": (
        "县委、县政府把“科教兴县”作为全县发展的根本大计，大力实施“星火计划”和“菜篮子工程”。全县各级"
        "党组织深入学习贯彻“三个代表”重要思想，在农村开展“三个代表”学习教育活动，把钱花在“刀刃”上。"
        "今年全县新建“希望小学”八所。",
        [{"text": "科教兴县", "kind": "quoted", "count": 1},
         {"text": "星火计划", "kind": "quoted", "count": 1},
         {"text": "菜篮子工程", "kind": "quoted", "count": 1},
         {"text": "三个代表", "kind": "numbered", "count": 2}]),
    "fresh_06_2020": (
        "面对疫情，县里按照“外防输入、内防反弹”的要求，统筹推进疫情防控和经济社会发展，扎实做好“六稳”"
        "工作，全面落实“六保”任务。县里组建了“红马甲”志愿服务队，志愿者们当好宣传员、信息员、服务员，"
        "守好村口第一道防线。",
        [{"text": "外防输入、内防反弹", "kind": "quoted", "count": 1},
         {"text": "六稳", "kind": "numbered", "count": 1},
         {"text": "六保", "kind": "numbered", "count": 1},
         {"text": "宣传员、信息员、服务员", "kind": "parallel", "count": 1}]),
    "fresh_07_2023": (
        "县委深刻领悟“两个确立”的决定性意义，坚持和发展新时代“枫桥经验”，推行“四下基层”工作制度，在县城"
        "建起“一站式”矛盾纠纷调处化解中心。县委书记在调研时强调，要把“小事不出村、大事不出镇、矛盾不上交”"
        "落到实处，切实当好群众的“贴心人”。",
        [{"text": "两个确立", "kind": "numbered", "count": 1},
         {"text": "枫桥经验", "kind": "quoted", "count": 1},
         {"text": "四下基层", "kind": "numbered", "count": 1},
         {"text": "小事不出村、大事不出镇、矛盾不上交", "kind": "parallel", "count": 1}]),
    "fresh_08_2021": (
        "在“我为群众办实事”实践活动中，县图书馆举办“书香临城”全民阅读节，评选出十户“书香家庭”。县融媒体"
        "中心推出的“百姓大舞台”栏目，邀请“最美乡村医生”走进直播间，讲述他们扎根山村的故事。",
        [{"text": "我为群众办实事", "kind": "quoted", "count": 1}]),
    "fresh_09_2012": (
        "今年，县委提出了“一年打基础、两年见成效、三年上台阶”的奋斗目标，在全县农村推广“四议两公开”"
        "工作法。乡镇干部坚持政策宣传到户、技术指导到户、矛盾调解到户，群众亲切地称他们是“泥腿子干部”。",
        [{"text": "一年打基础、两年见成效、三年上台阶", "kind": "parallel", "count": 1},
         {"text": "四议两公开", "kind": "numbered", "count": 1},
         {"text": "政策宣传到户、技术指导到户、矛盾调解到户", "kind": "parallel", "count": 1}]),
    "fresh_10_2024": (
        "县里坚持“小切口、大纵深”，实施“强村富民”行动，探索出“村集体+企业+农户”的联农带农机制。"
        "今年春节，村里的“村晚”办得红红火火，“村BA”篮球赛也吸引了不少游客。",
        [{"text": "小切口、大纵深", "kind": "quoted", "count": 1},
         {"text": "强村富民", "kind": "quoted", "count": 1},
         {"text": "村集体+企业+农户", "kind": "quoted", "count": 1}]),
}

#: A second batch, written after the first had been used for development and scored once, before
#: any change, as an out-of-sample check (see ``docs/slogans.md``).
PAGES_2: dict[str, tuple[str, list[dict]]] = {
    "fresh_11_2020": (
        "各村对脱贫户开展“回头看”，确保问题“清零”。驻村工作队坚持“四个不摘”，做到摘帽不摘责任、摘帽不摘政策、"
        "摘帽不摘帮扶、摘帽不摘监管，防止出现返贫。",
        [{"text": "回头看", "kind": "quoted", "count": 1},
         {"text": "清零", "kind": "quoted", "count": 1},
         {"text": "四个不摘", "kind": "numbered", "count": 1},
         {"text": "摘帽不摘责任、摘帽不摘政策、摘帽不摘帮扶、摘帽不摘监管", "kind": "parallel", "count": 1}]),
    "fresh_12_2022": (
        "今年以来，县委组织部以“党建引领、网格赋能”为主线，在全县推行“党员联系户”制度，组织党员当好政策宣传员、"
        "民情信息员、矛盾调解员。各村党支部落实“三会一课”制度，支部书记带头讲党课。",
        [{"text": "党建引领、网格赋能", "kind": "quoted", "count": 1},
         {"text": "党员联系户", "kind": "quoted", "count": 1},
         {"text": "政策宣传员、民情信息员、矛盾调解员", "kind": "parallel", "count": 1},
         {"text": "三会一课", "kind": "numbered", "count": 1}]),
    "fresh_13_1998": (
        "各乡镇认真落实“米袋子”省长负责制和“菜篮子”市长负责制，把“两个根本性转变”的要求落到实处。县里确定了"
        "“农业稳县、工业富县、商贸活县”的发展战略，提出今年要实现农民人均纯收入增长百分之八、财政收入增长百分之十。",
        [{"text": "米袋子", "kind": "quoted", "count": 1},
         {"text": "菜篮子", "kind": "quoted", "count": 1},
         {"text": "两个根本性转变", "kind": "numbered", "count": 1},
         {"text": "农业稳县、工业富县、商贸活县", "kind": "parallel", "count": 1}]),
    "fresh_14_2024": (
        "该镇深化“四下基层”，推行“一线工作法”，把“马上就办、真抓实干”的要求贯穿始终，群众有事好商量、"
        "好办事。",
        [{"text": "四下基层", "kind": "numbered", "count": 1},
         {"text": "一线工作法", "kind": "quoted", "count": 1},
         {"text": "马上就办、真抓实干", "kind": "quoted", "count": 1}]),
    "fresh_15_counter": (
        "展览分为“初心之路”“奋斗之路”“复兴之路”三个单元，观众在“时光隧道”前驻足拍照。讲解员小王说，这里是"
        "孩子们的“第二课堂”。",
        []),
}


def as_corpus(pages: dict[str, tuple[str, list[dict]]] = PAGES):
    """The pages as a :class:`~corpus_tools.corpus.Corpus` of one article each, and their gold."""
    import pandas as pd

    from corpus_tools.corpus import Corpus

    rows = [{"issue_id": pid, "title": None, "subtitle": None, "body": text} for pid, (text, _) in pages.items()]
    return Corpus.from_articles(pd.DataFrame(rows)), {pid: gold for pid, (_, gold) in pages.items()}
