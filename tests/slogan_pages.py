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

__all__ = ["PAGES", "PAGES_2", "PAGES_3", "as_corpus"]

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

#: A third batch of eleven longer pages (1998-2024; Henan, Guizhou, Shandong, Jiangsu, Sichuan, Zhejiang,
#: Hebei, Guangxi, Heilongjiang, Fujian, Anhui styles) written for the precision work of the formulae4 round:
#: dense in quoted non-slogans (product and variety names, brands, platforms, nicknames, honour titles,
#: quoted speech without a colon, titles of works, measurements, scare quotes). Gold fixed and scored once
#: before any change (see ``test_third_batch_written_before_the_precision_work``).
PAGES_3: dict[str, tuple[str, list[dict]]] = {
    "fresh_16_1998": (
        "本报讯（通讯员 王建国）今年以来，我县紧紧围绕“科技兴农”战略，大力实施“温饱工程”，狠抓“菜篮子”“米袋子”建设。县里"
        "引进的“豫麦18”小麦良种亩产突破千斤，农民们亲切地叫它“金疙瘩”。城关镇农民李老汉种了二十亩“红富士”苹果，成了远近闻"
        "名的“苹果大王”。他说：“过去靠天吃饭，现在靠科技吃饭。”县妇联在全县农村开展“双学双比”活动，要求各级做到“思想上重视"
        "、组织上落实、措施上到位”。县电影公司放映的影片《离开雷锋的日子》深受群众欢迎。"
        ,
        [{"text": "科技兴农", "kind": "quoted", "count": 1},
         {"text": "温饱工程", "kind": "quoted", "count": 1},
         {"text": "菜篮子", "kind": "quoted", "count": 1},
         {"text": "米袋子", "kind": "quoted", "count": 1},
         {"text": "双学双比", "kind": "numbered", "count": 1},
         {"text": "思想上重视、组织上落实、措施上到位", "kind": "parallel", "count": 1}]),
    "fresh_17_2020": (
        "（记者 杨娟）在脱贫攻坚的“最后一公里”上，县里的“背篓干部”又出发了。县委坚持“三变”改革，让群众当上了股东。村里的“"
        "山货郎”合作社把刺梨、茶叶卖到了上海，“黔货出山”的路越走越宽。驻村第一书记小张被村民称作“拼命三郎”。县里还办起了“新"
        "时代农民讲习所”，按照“三讲三评”的方式，开展讲政策、讲故事、讲变化等活动。易地扶贫搬迁安置点推进“五个体系”建设，确保"
        "群众“搬得出、稳得住、能致富”。村里的“爱心超市”用积分兑换商品，村民们说：“勤劳能致富，懒汉没市场。”"
        ,
        [{"text": "三变", "kind": "numbered", "count": 1},
         {"text": "黔货出山", "kind": "quoted", "count": 1},
         {"text": "三讲三评", "kind": "numbered", "count": 1},
         {"text": "讲政策、讲故事、讲变化", "kind": "parallel", "count": 1},
         {"text": "五个体系", "kind": "numbered", "count": 1},
         {"text": "搬得出、稳得住、能致富", "kind": "parallel", "count": 1}]),
    "fresh_18_counter": (
        "县文化馆近日举办非遗展演，吕剧《李二嫂改嫁》、“扽面”技艺表演等节目轮番登场。活动现场，“泉城义工”志愿者忙前忙后，“好"
        "客山东”的宣传展板前挤满了拍照的游客。县里正在打造“齐风鲁韵”文化品牌，推出了“沂蒙红嫂”主题研学线路。一位老艺人感慨："
        "“传统手艺后继有人了！”据了解，该县已连续三年举办“乡村春晚”，今年的春晚在“网红打卡地”文化广场举行。"
        ,
        []),
    "fresh_19_1999": (
        "县委、县政府确立了“外向带动、科技兴县、可持续发展”三大战略，全力推进“一区三园”建设。今年上半年，全县新批“三资”企业"
        "二十八家，“红豆”“波司登”等名牌产品畅销海内外。县乡镇企业局引导企业转换经营机制，实行“抓大放小”。县里还开展了“文明"
        "单位”“文明村镇”创建活动，一批“专业户”“万元户”脱颖而出。"
        ,
        [{"text": "外向带动、科技兴县、可持续发展", "kind": "parallel", "count": 1},
         {"text": "一区三园", "kind": "numbered", "count": 1},
         {"text": "三资", "kind": "numbered", "count": 1},
         {"text": "抓大放小", "kind": "quoted", "count": 1}]),
    "fresh_20_2019": (
        "“以前村里是‘晴天一身灰，雨天一身泥’，现在家家门口都是水泥路。”村民老刘指着新修的路说。近年来，村里以“党建+”为引领"
        "，发展起“稻虾共养”产业，注册了“天府粮仓”牌大米商标。村“两委”把“红黑榜”贴在村委会门口，村里还评出了“文明户”“好"
        "婆婆”“好媳妇”。第一书记说，下一步将落实“四好农村路”建设要求，做到建好、管好、护好、运营好。"
        ,
        [{"text": "党建+", "kind": "quoted", "count": 1},
         {"text": "两委", "kind": "numbered", "count": 1},
         {"text": "四好农村路", "kind": "numbered", "count": 1},
         {"text": "建好、管好、护好、运营好", "kind": "parallel", "count": 1}]),
    "fresh_21_2020": (
        "县里上线的“浙里办”“浙政钉”让群众办事“最多跑一次”。在“城市大脑”指挥中心，工作人员通过“雪亮工程”监控画面实时掌握"
        "路况。县里还推出“健康码”，实行“绿码通行、黄码隔离、红码集中隔离”。村里的“数字乡村”一张图，把人、地、房、事、物等信"
        "息全部纳入。村民王大姐开起了“王大姐农家乐”，她笑着说：“现在日子越过越红火。”"
        ,
        [{"text": "最多跑一次", "kind": "quoted", "count": 1},
         {"text": "雪亮工程", "kind": "quoted", "count": 1},
         {"text": "绿码通行、黄码隔离、红码集中隔离", "kind": "parallel", "count": 1}]),
    "fresh_22_2023": (
        "在庆祝建党102周年文艺汇演上，合唱《没有共产党就没有新中国》拉开序幕，情景剧“红色记忆”赢得阵阵掌声。县委书记在讲话中"
        "要求，全县上下要深入学习贯彻党的二十大精神，锚定“经济强县、美丽雄安后花园”目标，大力实施“千企帮千村”行动，加快建设“"
        "京津冀生态涵养区”。县里的“燕赵好人”评选也同步启动，“冀”时办服务专区同日挂牌。"
        ,
        [{"text": "经济强县、美丽雄安后花园", "kind": "quoted", "count": 1},
         {"text": "千企帮千村", "kind": "quoted", "count": 1}]),
    "fresh_23_2021": (
        "“党史学习教育要往深里走、往实里走、往心里走。”县委书记的话掷地有声。连日来，各乡镇组织党员重温入党誓词，开展“我为群众"
        "办实事”实践活动，为群众解决身边的难事。在“壮族三月三”期间，县里举办了山歌对唱、抛绣球等活动。村民黄大哥感慨，“以前出"
        "门难，现在公路修到了家门口，日子越过越有奔头”。县里坚持“强龙头、补链条、聚集群”，探索“公司+基地+农户”模式，把“小"
        "砂糖桔”做成了“大产业”。"
        ,
        [{"text": "我为群众办实事", "kind": "quoted", "count": 1},
         {"text": "强龙头、补链条、聚集群", "kind": "parallel", "count": 1},
         {"text": "公司+基地+农户", "kind": "quoted", "count": 1}]),
    "fresh_24_2019": (
        "今年，县里落实“藏粮于地、藏粮于技”战略，推广“三减”技术，全县水稻亩产达到“1200斤”。农场职工亲切地把新型插秧机叫"
        "作“铁牛”。县农业农村局开展“送科技下乡”活动，组织专家深入田间地头。县里还建成了“寒地黑土”农产品展销中心，“五常大米"
        "”“东北大豆”等产品供不应求。县委要求各级干部树牢“四个意识”，当好“三农”工作的“领头雁”。"
        ,
        [{"text": "藏粮于地、藏粮于技", "kind": "quoted", "count": 1},
         {"text": "三减", "kind": "numbered", "count": 1},
         {"text": "送科技下乡", "kind": "quoted", "count": 1},
         {"text": "四个意识", "kind": "numbered", "count": 1},
         {"text": "三农", "kind": "numbered", "count": 1}]),
    "fresh_25_2024": (
        "近日，县委召开会议，传达学习“千万工程”经验，部署深化“晋江经验”工作。会议强调，要坚持“四下基层”，持续推进“清廉村居"
        "”建设。福州的“榕树下”议事会值得借鉴。县里新建的“闽宁协作馆”已经开放，展出“山海协作”成果。据统计，全县共有“国字号"
        "”金字招牌12个，“土特产”成为群众增收的“金钥匙”。"
        ,
        [{"text": "千万工程", "kind": "numbered", "count": 1},
         {"text": "晋江经验", "kind": "quoted", "count": 1},
         {"text": "四下基层", "kind": "numbered", "count": 1},
         {"text": "清廉村居", "kind": "quoted", "count": 1},
         {"text": "山海协作", "kind": "quoted", "count": 1}]),
    "fresh_26_2020": (
        "疫情发生后，村口的大喇叭天天广播，墙上刷着“出门戴口罩，回家勤洗手”的标语。村里实行“网格化”管理，党员干部“24小时”"
        "轮流值守。县里提出“一手抓防疫、一手抓生产”，开通了复工复产“绿色通道”，为企业送去“定心丸”。返乡务工人员通过“点对点"
        "”专车返岗。县委号召全县党员发扬“不怕苦、不怕累、不怕难”的精神，打赢疫情防控阻击战。"
        ,
        [{"text": "出门戴口罩，回家勤洗手", "kind": "quoted", "count": 1},
         {"text": "一手抓防疫、一手抓生产", "kind": "quoted", "count": 1},
         {"text": "不怕苦、不怕累、不怕难", "kind": "parallel", "count": 1}]),
}


def as_corpus(pages: dict[str, tuple[str, list[dict]]] = PAGES):
    """The pages as a :class:`~corpus_tools.corpus.Corpus` of one article each, and their gold."""
    import pandas as pd

    from corpus_tools.corpus import Corpus

    rows = [{"issue_id": pid, "title": None, "subtitle": None, "body": text} for pid, (text, _) in pages.items()]
    return Corpus.from_articles(pd.DataFrame(rows)), {pid: gold for pid, (_, gold) in pages.items()}
