"""user33: 120 invented pages of 连江报 (连江县 350122, 福州市, 福建; a coastal 县), 2003–2025, and truth.json.

Seeded and re-runnable: ``python make_pages.py`` rewrites ``pages/`` and ``truth.json``.

Real places (townships, villages, communities of 连江县) come from admin_divisions_china; the paper, people, firms,
projects (琴湾大桥, 北茭海上牧场), typhoon names, events are invented. 25 BASE pages are laid out one by one (date,
page, the kinds of article on them); 95 more are reprints of a base page at another date of the same era, with fresh
seeds for villages, people, numbers and the column width, so the corpus repeats itself and drifts as a paper does.

Markup in the templates: ``{text|LABEL}`` marks an entity (counted in truth per page, after the doubled headline is
undone); every printed line (mastheads, page lines, 责任编辑 lines, captions, bylines) goes through the same counter.
Trend words are counted in the article text (titles + bodies + captions, joined, undoubled) per year.
"""
from __future__ import annotations

import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages"
PAPER = "连江报"
SEED = 33

TREND_WORDS = ["海洋经济", "台风", "渔业", "侨乡", "乡村振兴", "疫情防控", "伏季休渔", "鲍鱼", "海带", "海上牧场",
               "美丽乡村", "海峡西岸", "非典", "新农村建设", "琴湾大桥", "共同富裕"]
# words a segmenter should keep whole (local places, sea words, dialect-ish words)
SEG_WORDS = ["琯头镇", "黄岐镇", "苔菉镇", "筱埕镇", "晓澳镇", "伏季休渔", "休渔期", "海上牧场", "鲍鱼", "海带", "海蛎",
             "渔排", "渔船", "渔港", "侨乡", "侨胞", "海漂垃圾", "网箱", "避风港", "讨小海", "紫菜", "定海湾", "琴湾大桥",
             "北茭村", "壶江村", "海峡西岸", "蓝色粮仓", "鲍鱼节"]
FURNITURE = ["责任编辑", "版式", "校对", "美编", "本报讯", "记者", "通讯员", "连江报", "星期", "要闻", "综合", "电话",
             "第1版", "第2版", "第3版", "第4版", "统一刊号", "刊号", "机关报", "摄", "文/图", "简讯", "邮编", "发行", "地址",
             "本版", "编辑", "报道", "LIANJIANG", "BAO", "今日", "期", "CN35", "0591", "星期一", "星期二", "星期三", "星期四",
             "星期五", "星期六", "星期日"]

TWN = {  # township -> villages (real, 连江县)
    "琯头镇": ["山兜村", "阳岐村", "壶江村", "川石村", "长门村", "蓬岐村"],
    "苔菉镇": ["北茭村", "茭南村", "东洛村", "后湾村"],
    "筱埕镇": ["定海村", "大埕村", "蛤沙村", "官坞村"],
    "黄岐镇": ["赤澳村", "大建村", "古石村", "后仑村"],
    "晓澳镇": ["道澳村", "赤湾村", "百胜村"],
    "凤城镇": ["玉山村", "北岳村", "凤尾村"],
    "透堡镇": ["陇柄村", "尖墩村", "馆读村"],
}
COASTAL = ["琯头镇", "苔菉镇", "筱埕镇", "黄岐镇", "晓澳镇"]
COMMUNITIES = ["鲤鱼山社区", "文笔社区", "凤园社区", "百凤社区"]
REPORTERS = ["林晓峰", "陈丽珍", "吴建华", "黄敏", "郑秋萍", "杨帆", "刘思琪", "潘一鸣"]
CORRESP = ["王承志", "游德福", "邱美玲", "欧阳楠", "江海英", "施培元"]
EDITORS = ["陈燕", "林强", "王芳", "郑佳", "黄涛"]
SECRETARY = [(2003, 2010, "陈文斌"), (2011, 2018, "林志坚"), (2019, 2025, "黄立明")]
MAGISTRATE = [(2003, 2009, "郑海波"), (2010, 2016, "游建新"), (2017, 2025, "邱晨阳")]
FISHERS = ["陈依伯", "林阿水", "杨德明", "黄秀英", "郑国华", "吴明清", "刘宝珠", "林春生"]
TYPHOON = {2005: "海鸥", 2010: "凡星", 2016: "鲸歌", 2023: "蓝鲸"}
WEEK = "一二三四五六日"


def lead(y: int, table) -> str:
    return next(n for a, b, n in table if a <= y <= b)


def era(y: int) -> int:
    return 0 if y <= 2007 else 1 if y <= 2012 else 2 if y <= 2019 else 3


# ------------------------------------------------------------------ article templates
# each returns (kind, title, [sentences]) with {text|LABEL} marks; ctx holds the drawn names

def a_fishing_ban(r, y, c):
    t, v = c["twn"], c["vil"]
    title = r.choice([f"{{{t}|TOWNSHIP}}渔船回港迎接伏季休渔", "伏季休渔今起实施 全县渔船有序回港", f"{{{v}|VILLAGE}}渔民休渔期里补网忙"])
    s = [f"5月1日12时起，{{东海|LOC}}海域进入为期三个半月的伏季休渔期，全县{r.randint(1200, 2600)}艘渔船陆续回港。",
         f"在{{{t}|TOWNSHIP}}{{{v}|VILLAGE}}渔港，渔民{{{c['fisher']}|PERSON}}正和家人修补渔网。",
         f"“伏季休渔是为了子孙后代有鱼可捕。”{{{c['fisher']}|PERSON}}说。",
         f"{{县海洋与渔业局|ORG}}组织执法人员开展海上巡查，严厉打击违规出海捕捞，确保伏季休渔制度落到实处。"]
    if y >= 2013:
        s.append("今年休渔期间，县里还为渔民开设养殖技术培训班，引导渔民转产转业，渔业增效、渔民增收。")
    else:
        s.append("渔业部门提醒，休渔期间渔民要管好渔船，做好渔业安全生产。")
    return "news", title, s


def a_typhoon(r, y, c):
    nm = TYPHOON.get(y, "海燕")
    t, v = c["twn"], c["vil"]
    title = r.choice([f"全力以赴防御台风“{nm}”", f"台风“{nm}”过境 我县未发生人员伤亡", f"{{{t}|TOWNSHIP}}连夜转移渔排人员"])
    s = [f"受今年第{r.randint(5, 14)}号台风“{nm}”影响，我县沿海出现{r.randint(9, 13)}级大风。",
         f"{{连江县委|ORG}}、{{县政府|ORG}}召开防台风紧急会议，{{县委|ORG}}书记{{{lead(y, SECRETARY)}|PERSON}}要求各乡镇把人民群众生命安全放在第一位。",
         f"{{{t}|TOWNSHIP}}组织干部进村入户，转移渔排、网箱养殖人员{r.randint(300, 2400)}人，{r.randint(800, 3000)}艘渔船全部进入避风港。",
         f"{{县气象局|ORG}}预计，台风将于今天夜间在我省沿海登陆，防台工作不可松懈。",
         f"台风过后，{{{v}|VILLAGE}}群众及时清理淤泥、抢修鲍鱼养殖设施，尽快恢复渔业生产。"]
    return "news", title, s


def a_overseas(r, y, c):
    t = r.choice(["琯头镇", "琯头镇", "晓澳镇"])
    v = r.choice(TWN[t])
    city = r.choice(["纽约", "旧金山", "伦敦"])
    title = r.choice(["侨乡情深 共建家园", f"旅美侨胞捐资兴建{{{v}|VILLAGE}}老人会所", f"{{{t}|TOWNSHIP}}侨乡新貌引侨胞点赞"])
    s = [f"近日，旅居{{美国|GPE}}{{{city}|GPE}}的侨胞{{{c['fisher']}|PERSON}}回到家乡{{{t}|TOWNSHIP}}{{{v}|VILLAGE}}，捐资{r.randint(20, 300)}万元修建村道和老人会所。",
         f"{{{t}|TOWNSHIP}}是著名侨乡，全镇旅外侨胞{r.randint(6, 12)}万余人。",
         f"{{县侨联|ORG}}负责人介绍，多年来广大侨胞心系桑梓，为侨乡建设作出了积极贡献。",
         "侨乡群众纷纷表示，要把侨胞的这份情谊转化为建设家乡的动力。"]
    if y >= 2018:
        s.append("如今，越来越多的新生代侨胞回乡创业，为乡村振兴注入新活力。")
    return "news", title, s


def a_abalone(r, y, c):
    t = r.choice(["苔菉镇", "黄岐镇", "筱埕镇"])
    v = r.choice(TWN[t])
    sp = r.choice(["鲍鱼", "鲍鱼", "海带"])
    title = r.choice([f"{{{v}|VILLAGE}}{sp}喜获丰收", f"小{sp}做成大产业", f"{{{t}|TOWNSHIP}}{sp}养殖走向深海"])
    s = [f"眼下正是{sp}收获季节，在{{{t}|TOWNSHIP}}{{{v}|VILLAGE}}海域，渔民们驾着小船穿梭在养殖渔排间，一派繁忙景象。",
         f"“今年{sp}个头大、品质好，每斤能卖{r.randint(30, 90) if sp == '鲍鱼' else r.randint(2, 6)}元。”养殖户{{{c['fisher']}|PERSON}}笑着说。",
         f"目前，全县{sp}养殖面积达{r.randint(3, 12)}万亩，年产量{r.randint(2, 9)}万吨，“{{中国|GPE}}鲍鱼之乡”的品牌越擦越亮。",
         f"{{{c['firm']}|ORG}}与养殖户签订收购协议，{sp}加工产品远销{{日本|GPE}}、{{韩国|GPE}}。"]
    if y >= 2015:
        s.append("渔民们说，讨小海的日子过去了，如今的海上养殖靠科技、靠品牌。")
    return "news", title, s


def a_ocean_economy(r, y, c):
    title = r.choice(["做大做强海洋经济", "向海图强 发展海洋经济", "海洋经济成为县域经济新引擎"])
    s = [f"{{连江县委|ORG}}、{{县政府|ORG}}把发展海洋经济作为县域经济的主攻方向。",
         f"今年以来，全县海洋经济总产值达{r.randint(120, 680)}亿元，同比增长{r.randint(6, 15)}%。",
         f"{{黄岐国家中心渔港|FAC}}建成投用，带动冷链物流、水产加工等产业集聚发展。",
         "县长{%s|PERSON}表示，要坚持陆海统筹，推动渔业从近海捕捞向深海养殖转型。" % lead(y, MAGISTRATE)]
    if era(y) == 1:
        s.append("作为海峡西岸经济区建设的前沿，我县将加快海洋经济强县建设步伐。")
    if y >= 2019:
        s.append("全县正加快建设“海上粮仓”和“蓝色粮仓”，海洋经济发展动能持续增强。")
    return "news", title, s


def a_bridge(r, y, c):
    if y < 2014:
        title = r.choice(["{琴湾大桥建设工程|PROJECT}全面开工", "{琴湾大桥|FAC}主塔封顶"])
        s = [f"{{琴湾大桥建设工程|PROJECT}}总投资{r.randint(18, 32)}亿元，全长{r.randint(4, 7)}.{r.randint(1, 9)}公里，连接{{琯头镇|TOWNSHIP}}与{{筱埕镇|TOWNSHIP}}。",
             "建成后，{琴湾大桥|FAC}将结束沿海群众绕道过海的历史。",
             f"施工单位{{闽海路桥集团|ORG}}克服台风、潮汐等不利因素，抢抓工期。"]
    else:
        title = r.choice(["{琴湾大桥|FAC}正式通车", "{琴湾大桥|FAC}通车带火沿海旅游"])
        s = [f"{y}年，{{琴湾大桥|FAC}}正式通车，从县城到{{黄岐镇|TOWNSHIP}}车程缩短至{r.randint(25, 45)}分钟。",
             "{琴湾大桥|FAC}通车后，沿海乡镇的海鲜、民宿生意越来越红火。",
             f"{{{c['vil']}|VILLAGE}}民宿经营户{{{c['fisher']}|PERSON}}说：“大桥一通，游客就来了。”"]
    return "news", title, s


def a_taiwan(r, y, c):
    title = r.choice(["两岸渔民共叙渔情", "海峡西岸渔业交流日益密切", "对台渔工服务站揭牌"])
    s = [f"近日，{{台湾|GPE}}渔业界人士一行{r.randint(12, 40)}人到{{黄岐镇|TOWNSHIP}}参观考察。",
         "{黄岐半岛|LOC}与马祖隔海相望，是海峡西岸对台交流的重要窗口。",
         f"{{海峡两岸渔业博览会|EVENT}}期间，双方签订合作项目{r.randint(5, 20)}个。",
         "两岸渔民同根同源，渔业合作前景广阔。"]
    return "news", title, s


def a_rural(r, y, c):
    t, v = c["twn"], c["vil"]
    if y <= 2012:
        word, tt = "新农村建设", [f"{{{v}|VILLAGE}}新农村建设见成效", "扎实推进社会主义新农村建设"]
    elif y <= 2017:
        word, tt = "美丽乡村", [f"{{{v}|VILLAGE}}打造美丽乡村升级版", "美丽乡村建设扮靓沿海渔村"]
    else:
        word, tt = "乡村振兴", [f"{{{v}|VILLAGE}}：乡村振兴路上渔村蝶变", "全面推进乡村振兴", f"{{{t}|TOWNSHIP}}绘就乡村振兴新画卷"]
    title = r.choice(tt)
    s = [f"走进{{{t}|TOWNSHIP}}{{{v}|VILLAGE}}，平坦的水泥路通到家家户户，白墙黛瓦的民居错落有致。",
         f"近年来，该村以{word}为抓手，完善基础设施，发展特色产业，村集体收入达{r.randint(10, 90)}万元。",
         f"村党支部书记{{{c['fisher']}|PERSON}}告诉记者，村里正在发展休闲渔业和乡村旅游。"]
    if y >= 2018:
        s.append("下一步，我县将持续推进乡村振兴，推动农民农村共同富裕。")
    if y >= 2013:
        s.append("海漂垃圾治理和农村人居环境整治让渔村面貌焕然一新。")
    return "news", title, s


def a_epidemic(r, y, c):
    t, v = c["twn"], c["vil"]
    if y == 2003:
        title = "众志成城 抗击非典"
        s = [f"{{县委|ORG}}、{{县政府|ORG}}召开{{非典防治工作会议|EVENT}}，部署全县非典防治工作。",
             f"{{连江县医院|ORG}}设立发热门诊，{{{t}|TOWNSHIP}}在码头设立检查站，对返乡人员进行体温检测。",
             "目前我县未发现非典病例，群众生产生活秩序正常。"]
    else:
        title = r.choice(["毫不放松抓好疫情防控", f"{{{t}|TOWNSHIP}}织密疫情防控网", "统筹疫情防控和经济社会发展"])
        s = [f"连日来，{{{t}|TOWNSHIP}}干部群众坚守一线，做好常态化疫情防控工作。",
             f"在{{{v}|VILLAGE}}码头，工作人员对往来渔船船员逐一测温、查验健康码。",
             f"{{县委|ORG}}书记{{{lead(y, SECRETARY)}|PERSON}}强调，要慎终如始抓好疫情防控，确保渔业生产有序开展。",
             "全县疫情防控形势总体平稳。"]
    return "news", title, s


def a_meeting(r, y, c):
    e = era(y)
    theme = ["“三个代表”重要思想", "科学发展观", "党的群众路线教育实践活动", "{党的二十大|EVENT}精神"][e]
    ev = [None, "{党的十七大|EVENT}", None, "{党的二十大|EVENT}"][e]
    title = r.choice(["{县委常委会|ORG}召开扩大会议", "{县委理论学习中心组|ORG}举行学习会", "我县召开全县{经济工作会议|EVENT}"])
    s = [f"{r.randint(2, 28)}日，{{县委|ORG}}召开常委会扩大会议，{{县委|ORG}}书记{{{lead(y, SECRETARY)}|PERSON}}主持会议。",
         f"会议传达学习{theme}，研究部署全县下一阶段重点工作。",
         f"会议强调，要坚持发展海洋经济与{'新农村建设' if e < 2 else '美丽乡村' if e == 2 else '乡村振兴'}两手抓，推动县域经济高质量发展。",
         f"县领导{{{lead(y, MAGISTRATE)}|PERSON}}等出席会议。"]
    if ev:
        s.insert(2, f"会议指出，要把学习宣传贯彻{ev}精神作为当前首要政治任务。")
    return "meeting", title, s


def a_tourism(r, y, c):
    t, v = c["twn"], c["vil"]
    title = r.choice(["{连江鲍鱼文化节|EVENT}开幕", "滨海民宿成为旅游新热点", f"{{{v}|VILLAGE}}渔家乐迎来游客潮"])
    s = [f"{{连江鲍鱼文化节|EVENT}}在{{{t}|TOWNSHIP}}开幕，吸引游客{r.randint(2, 9)}万人次。",
         f"{{定海湾|LOC}}沿岸的渔家民宿家家客满，游客们赶海拾贝、品尝海鲜。",
         "县文旅部门负责人说，我县正做好“海”的文章，推动全域旅游发展。"]
    if y >= 2020:
        s.append(f"{{北茭海上牧场示范项目|PROJECT}}也开通了海上观光线路，让游客体验海上牧场的魅力。")
    return "news", title, s


def a_marine_ranch(r, y, c):
    title = r.choice(["海上牧场 耕海牧渔", "{北茭海上牧场示范项目|PROJECT}投产", "深远海养殖平台落户{苔菉|TOWNSHIP}"])
    s = [f"{{北茭海上牧场示范项目|PROJECT}}总投资{r.randint(3, 12)}亿元，养殖平台可容纳大黄鱼、鲍鱼等鱼苗{r.randint(20, 90)}万尾。",
         f"{{苔菉镇|TOWNSHIP}}{{北茭村|VILLAGE}}渔民{{{c['fisher']}|PERSON}}说，过去出海打鱼靠天吃饭，现在在海上牧场上班，收入稳定。",
         "海上牧场建设是我县打造蓝色粮仓、发展海洋经济的重要举措。"]
    return "news", title, s


def a_laver(r, y, c):
    title = r.choice(["海蛎紫菜齐上市", "冬日海蛎肥"])
    s = [f"{{{c['twn']}|TOWNSHIP}}沿海的海蛎、紫菜陆续上市，渔民们忙着采收。",
         f"海蛎个大肉肥，每斤售价{r.randint(8, 20)}元，供不应求。",
         "紫菜加工企业开足马力生产，产品销往全国各地。"]
    return "news", title, s


KINDS = {"ban": a_fishing_ban, "typhoon": a_typhoon, "qiao": a_overseas, "abalone": a_abalone, "ocean": a_ocean_economy,
         "bridge": a_bridge, "taiwan": a_taiwan, "rural": a_rural, "epi": a_epidemic, "meeting": a_meeting,
         "tour": a_tourism, "ranch": a_marine_ranch, "laver": a_laver}

# topic words the truth expects among a year's TF-IDF keywords when the kind is frequent that year
KIND_WORDS = {"ban": ["伏季休渔", "休渔期", "渔船"], "typhoon": ["台风", "防台"], "qiao": ["侨胞", "侨乡"],
              "abalone": ["鲍鱼", "海带", "养殖"], "ocean": ["海洋经济"], "bridge": ["琴湾大桥"],
              "taiwan": ["两岸", "海峡西岸"], "rural": ["乡村振兴", "美丽乡村", "新农村建设"], "epi": ["疫情防控", "非典"],
              "meeting": ["会议"], "tour": ["民宿", "游客"], "ranch": ["海上牧场"], "laver": ["海蛎", "紫菜"]}


def briefs(r, y, c):
    out = []
    for _ in range(r.randint(2, 3)):
        t = r.choice(list(TWN))
        v = r.choice(TWN[t])
        nm = r.choice(CORRESP)
        txt = r.choice([f"近日，{{{t}|TOWNSHIP}}组织开展渔船安全检查，排查隐患{r.randint(5, 40)}处。",
                        f"日前，{{{t}|TOWNSHIP}}{{{v}|VILLAGE}}举办渔民夜校，{r.randint(30, 120)}名渔民参加培训。",
                        f"{{{r.choice(COMMUNITIES)}|COMMUNITY}}开展邻里节活动，居民共享海鲜宴。",
                        f"{{县侨联|ORG}}走访慰问{{{t}|TOWNSHIP}}归侨侨眷{r.randint(10, 60)}户。"])
        out.append(("brief", "", [txt], [nm], f"（{{{nm}|PERSON}}）"))
    return out


# ------------------------------------------------------------------ base pages (25, laid out one by one)
# (date, page, kinds, flags) ; flags: d = doubled front headline, h = headlines after bodies, p = a photo, b = briefs,
# n = paper name in the file name, c = compact date in the file name
BASE = [
    ("2003-05-16", 1, ["epi", "meeting", "qiao"], "d"),
    ("2003-08-22", 2, ["abalone", "laver"], "bp"),
    ("2004-06-11", 2, ["ban", "qiao"], "b"),
    ("2005-08-05", 1, ["typhoon", "typhoon", "meeting"], "dn"),
    ("2005-11-18", 3, ["qiao", "laver", "rural"], "p"),
    ("2006-04-07", 2, ["rural", "abalone"], "bn"),
    ("2007-09-14", 1, ["meeting", "ocean", "qiao"], "d"),
    ("2008-05-02", 2, ["ban", "taiwan"], "h"),
    ("2009-03-20", 1, ["ocean", "taiwan", "meeting"], "dc"),
    ("2010-09-10", 1, ["typhoon", "typhoon", "bridge"], "dn"),
    ("2011-05-06", 2, ["ban", "abalone", "rural"], "hn"),
    ("2012-10-19", 3, ["taiwan", "qiao"], "hb"),
    ("2013-06-07", 1, ["bridge", "ocean", "meeting"], "n"),
    ("2014-12-05", 2, ["bridge", "tour", "laver"], "p"),
    ("2015-05-15", 2, ["ban", "rural"], "b"),
    ("2016-09-16", 1, ["typhoon", "typhoon", "rural"], "c"),
    ("2017-07-21", 3, ["tour", "abalone"], "pn"),
    ("2018-11-09", 1, ["rural", "ocean", "meeting"], ""),
    ("2019-05-10", 2, ["ban", "rural", "qiao"], "b"),
    ("2020-02-14", 1, ["epi", "epi", "meeting"], "n"),
    ("2021-06-18", 2, ["epi", "rural", "ranch"], "bp"),
    ("2022-04-22", 1, ["epi", "ocean", "ranch"], "c"),
    ("2023-07-28", 1, ["typhoon", "typhoon", "ranch"], "n"),
    ("2024-10-11", 2, ["rural", "tour", "abalone"], "b"),
    ("2025-05-09", 3, ["ranch", "ban", "rural"], "pn"),
]


def era_years(y):
    return {0: range(2003, 2008), 1: range(2008, 2013), 2: range(2013, 2020), 3: range(2020, 2026)}[era(y)]


def fix_kinds(kinds, y, r):
    """Drift: a reprint's kinds follow its own year (no SARS after 2003, epidemic 2020–22, typhoon only in its year)."""
    out = []
    for k in kinds:
        if k == "epi" and y != 2003 and not 2020 <= y <= 2022:
            k = r.choice(["rural", "abalone", "ocean"])
        if k == "typhoon" and y not in TYPHOON:
            k = r.choice(["ban", "abalone", "laver"]) if r.random() < 0.7 else "typhoon"
        if k == "ranch" and y < 2019:
            k = "abalone"
        if k == "taiwan" and not 2008 <= y <= 2015:
            k = "qiao"
        if k == "ban" and y >= 2020 and r.random() < 0.3:
            k = "ranch"
        out.append(k)
    return out


MARK = re.compile(r"\{([^{}|]+)\|([A-Z]+)\}")


def strip(s):
    return MARK.sub(r"\1", s)


def wrap(text, w):
    """Lines of w characters; a closing mark never opens a line (it hangs at the end of the line before)."""
    out, i = [], 0
    while i < len(text):
        j = min(i + w, len(text))
        while j < len(text) and text[j] in "，。、；：？！”）》":
            j += 1
        out.append(text[i:j])
        i = j
    return out


def double(title):
    """Doubled bold glyphs: each chunk of 2–4 characters printed twice (加速加速文旅融合文旅融合)."""
    parts, i, r = [], 0, random.Random(title)
    while i < len(title):
        n = r.choice([2, 3, 4])
        parts.append(title[i:i + n] * 2 if title[i:i + n].strip() else title[i:i + n])
        i += n
    return "".join(parts)


def make_page(date, page, kinds, flags, r, base_no, reprint):
    y = int(date[:4])
    w = r.randint(14, 22)
    ents = Counter()
    lines: list[str] = []
    arts = []
    text_for_trends = []
    import datetime as dt
    d = dt.date.fromisoformat(date)
    wk = WEEK[d.weekday()]
    ed = r.choice(EDITORS)

    def emit(s):  # count entities, return the plain line
        for m in MARK.finditer(s):
            ents[(m.group(1), m.group(2))] += 1
        return strip(s)

    if page == 1:
        lines += [emit(f"{{{PAPER}|ORG}}"), "LIANJIANG BAO",
                  emit("{中共连江县委|ORG}机关报" if y < 2015 else "{连江县融媒体中心|ORG}主办"),
                  f"国内统一刊号：CN35-00{r.randint(10, 99)}  第{(y - 2002) * 50 + r.randint(1, 49)}期",
                  f"{d.year}年{d.month}月{d.day}日  星期{wk}  今日4版", ""]
    else:
        sec = {2: "综合新闻", 3: "海洋渔业" if r.random() < 0.6 else "侨乡风采"}.get(page, "副刊")
        if era(y) == 1:
            lines += [emit(f"{d.year}年{d.month}月{d.day}日 星期{wk}  {{{PAPER}|ORG}}  第{page}版  {sec}"), ""]
        else:
            lines += [emit(f"{sec}　第{page}版　{{{PAPER}|ORG}}　{d.year}.{d.month:02d}.{d.day:02d}"), ""]
    head_after = "h" in flags and page != 1
    for i, k in enumerate(kinds):
        c = dict(twn=r.choice(COASTAL), fisher=r.choice(FISHERS),
                 firm=r.choice(["闽源水产有限公司", "海之星食品公司", "连江县黄岐水产加工厂"]))
        c["vil"] = r.choice(TWN[c["twn"]])
        kind, title, sents = KINDS[k](r, y, c)
        rep = r.sample(REPORTERS, 1)[0]
        cor = r.choice(CORRESP)
        bstyle = r.choice(["lead", "lead2", "end", "line"]) if kind != "meeting" else "lead"
        if bstyle == "lead":
            by_names = [rep]
            first = f"本报讯（记者 {{{rep}|PERSON}}）"
            tail = ""
        elif bstyle == "lead2":
            by_names = [rep, cor]
            first = f"本报讯（记者 {{{rep}|PERSON}} 通讯员 {{{cor}|PERSON}}）"
            tail = ""
        elif bstyle == "end":
            by_names = [cor]
            first = ""
            tail = f"（{{{cor}|PERSON}}）"
        else:
            by_names = [rep, cor]
            first = ""
            tail = None
        body = first + "".join(sents) + (tail or "")
        doubled = "d" in flags and page == 1 and i == 0
        tplain = strip(title)
        # entities of the title, body (counted once, undoubled)
        tline = emit(title)
        blines = []
        if bstyle == "line":
            blines.append(emit(f"□ 记者 {{{rep}|PERSON}}　通讯员 {{{cor}|PERSON}}"))
        btxt = emit(body)
        paras = re.split(r"(?<=。)(?=[^”])", btxt)
        paras = [p for p in paras if p]
        # two paragraphs
        cut = max(1, len(paras) // 2)
        blines += wrap("　　" + "".join(paras[:cut]), w) + wrap("　　" + "".join(paras[cut:]), w)
        shown_title = double(tplain) if doubled else tplain
        if head_after:
            lines += blines + [shown_title, ""]
        else:
            lines += [shown_title] + blines + [""]
        text_for_trends.append(tplain + btxt)
        arts.append(dict(title=tplain, byline=by_names, byline_text=strip(first or tail or f"□ 记者 {rep}　通讯员 {cor}"),
                         kind=k, headline_after=head_after, doubled=doubled, body_chars=len(btxt)))
    if "p" in flags:
        t = r.choice(COASTAL)
        v = r.choice(TWN[t])
        ph = r.choice(REPORTERS)
        pt = r.choice(["渔港晨曲", "丰收的海", "赶海"])
        cap = f"图为{{{t}|TOWNSHIP}}{{{v}|VILLAGE}}渔民在{'收获鲍鱼' if r.random() < 0.5 else '晾晒海带'}。　{{{ph}|PERSON}} 摄"
        lines += [pt] + wrap(emit(cap), w) + [""]
        text_for_trends.append(pt + strip(cap))
        arts.append(dict(title=pt, byline=[ph], byline_text=f"{ph} 摄", kind="photo", headline_after=False,
                         doubled=False, body_chars=0))
    if "b" in flags:
        lines.append("简讯")
        for kind, title, sents, names, sig in briefs(r, y, {}):
            txt = emit("■ " + sents[0] + sig)
            lines += wrap(txt, w)
            text_for_trends.append(strip(sents[0]))
            arts.append(dict(title="", byline=names, byline_text=strip(sig), kind="brief", headline_after=False,
                             doubled=False, body_chars=len(txt)))
        lines.append("")
    lines.append(emit(f"责任编辑：{{{ed}|PERSON}}　版式：{{{r.choice(EDITORS)}|PERSON}}　校对：{{{r.choice(EDITORS)}|PERSON}}"))
    if page != 1 and era(y) >= 2:
        lines.append("地址：连江县凤城镇 邮编：350500 电话：0591-26" + str(r.randint(100000, 999999)))
    name_form = "n" if "n" in flags else "c" if "c" in flags else ""
    if name_form == "n":
        fn = f"{PAPER}_{date}_p{page}.txt"
    elif name_form == "c":
        fn = f"{PAPER}{date.replace('-', '')}第{page}版.txt"
    else:
        fn = f"{date}_p{page}.txt"
    joined = "".join(text_for_trends)
    trend = {t: joined.count(t) for t in TREND_WORDS if joined.count(t)}
    return fn, "\n".join(lines) + "\n", dict(
        file=fn, issue=Path(fn).stem, date=date, year=y, page=page, base=base_no, reprint=reprint, width=w,
        articles=arts, entities=[dict(text=t, label=l, count=n) for (t, l), n in sorted(ents.items())],
        trend=trend, kinds=Counter(a["kind"] for a in arts))


def main():
    r = random.Random(SEED)
    PAGES.mkdir(exist_ok=True)
    for p in PAGES.glob("*.txt"):
        p.unlink()
    plan = [(b[0], b[1], b[2], b[3], i, False) for i, b in enumerate(BASE)]
    used = {b[0] for b in BASE}
    i = 0
    while len(plan) < 120:
        bi = i % len(BASE)
        bd, bp, bk, bf = BASE[bi]
        yrs = list(era_years(int(bd[:4])))
        # spread reprints over every year of the base's era
        y = yrs[(i // len(BASE)) % len(yrs)] if r.random() < 0.7 else r.choice(yrs)
        m = r.choice([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) if "typhoon" not in bk else r.choice([7, 8, 9])
        if "ban" in bk:
            m = 5
        day = r.randint(1, 28)
        date = f"{y}-{m:02d}-{day:02d}"
        i += 1
        if date in used:
            continue
        used.add(date)
        kinds = fix_kinds(bk, y, r)
        if r.random() < 0.4:
            kinds = kinds + [r.choice(["laver", "rural", "abalone", "qiao", "ocean"])]
        flags = bf
        if era(y) == 1 and bp != 1 and r.random() < 0.5:
            flags += "h"
        if r.random() < 0.2:
            flags = flags.replace("n", "").replace("c", "") + r.choice("nc")
        plan.append((date, bp, kinds, flags, bi, True))
    truth_pages = []
    for date, page, kinds, flags, bi, rep in plan:
        kinds = fix_kinds(kinds, int(date[:4]), random.Random(date)) if rep else kinds
        fn, text, meta = make_page(date, page, kinds, flags, random.Random(f"{SEED}-{date}-{page}"), bi, rep)
        (PAGES / fn).write_text(text, encoding="utf-8")
        truth_pages.append(meta)
    truth_pages.sort(key=lambda p: p["date"])
    trend_year = defaultdict(Counter)
    kinds_year = defaultdict(Counter)
    for p in truth_pages:
        trend_year[p["year"]].update(p["trend"])
        kinds_year[p["year"]].update(p["kinds"])
    kw_year = {}
    for y, kc in kinds_year.items():
        top = [k for k, n in kc.most_common() if k not in ("brief", "photo", "meeting")][:2]
        kw_year[y] = sorted({w for k in top for w in KIND_WORDS[k] if w not in TREND_WORDS or trend_year[y][w] > 0})
    T = dict(county="连江县", county_code="350122", paper=PAPER, province="福建省", city="福州市",
             trend_words=TREND_WORDS, seg_words=SEG_WORDS, furniture=FURNITURE,
             names=sorted(set(REPORTERS + CORRESP + EDITORS)),
             trend_per_year={t: {str(y): trend_year[y].get(t, 0) for y in sorted(trend_year)} for t in TREND_WORDS},
             kinds_per_year={str(y): dict(kinds_year[y]) for y in sorted(kinds_year)},
             planted_keywords_per_year={str(y): kw_year[y] for y in sorted(kw_year)},
             typhoon_years=sorted(TYPHOON), pages=truth_pages)
    (HERE / "truth.json").write_text(json.dumps(T, ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(truth_pages), "pages;", sum(len(p["articles"]) for p in truth_pages), "articles")


if __name__ == "__main__":
    main()
