#!/usr/bin/env python3
"""Invented pages of 醴陵报 (an invented paper of 醴陵市 430281, a 县级市 of 株洲市, 湖南省), 2000-2024, as PDF-to-text
output.  Seeded and re-runnable: `python make_pages.py` rewrites pages/*.txt (300 pages), pages/manifest.csv (100 of
them), extra/*.txt (10 more pages the persona adds later) and truth.json.  Written BEFORE the library was run.

40 base pages are laid out one by one (date, page, section, article kinds in BASE); 270 more are reprints with drift:
each takes one base page's seed for its first two articles (headlines, sentences and names recur), a later date in the
same era (the formulae drift with the year), fresh seeds for the rest, the column width and the furniture.
Real 街道, 镇, 社区 and 村 of 醴陵市 from admin_divisions_china; everything else (paper, people, firms, events) invented.

Template markup (stripped from the page, recorded in the truth):
  [text|LABEL]          an entity (GUIDE labels)
  <printed|group|kind>  a known national/provincial formula; printed may carry “” (then also a marked slogan)
  {printed|kind}        the city's own slogan (kind n/p/q); printed may carry “”
  {printed|x}           a quoted phrase that is NOT a slogan (distractor)
Truth fix after the first run (pages unchanged, md5 checked; truth_before_fix.json is the first truth): GPE 中国 inside
中国梦 and “中国瓷城” (GUIDE: names inside a non-entity string count; 中国梦 is not among its exceptions); GPE 醴陵 in
the product 醴陵釉下五彩瓷 (GUIDE: 平遥 in 平遥酥梨).
Front-page headlines of 2000-2009 print with doubled bold glyphs (瓷瓷城城); the truth keeps the single title.
"""
import csv, datetime, json, os, random, re

OUT = os.path.dirname(os.path.abspath(__file__))
COUNTY, CODE, PAPER = "醴陵市", "430281", "醴陵报"
# 街道 (the city) with their 社区 and 村; 镇 (around it) with their 村 -- real names and codes
STREETS = {"阳三石街道": "430281002", "仙岳山街道": "430281003", "国瓷街道": "430281004", "来龙门街道": "430281006",
           "长庆街道": "430281007"}
TOWNS = {"白兔潭镇": "430281102", "浦口镇": "430281103", "王仙镇": "430281105", "泗汾镇": "430281107",
         "石亭镇": "430281122", "沩山镇": "430281129", "李畋镇": "430281131", "左权镇": "430281133", "茶山镇": "430281134"}
TOWNSHIPS = {**STREETS, **TOWNS}
COMMUNITIES = {"阳三石街道": {"渌江社区": "430281002008", "城南社区": "430281002011"},
               "仙岳山街道": {"南门社区": "430281003001", "书院社区": "430281003003"},
               "国瓷街道": {"国光社区": "430281004005", "五里牌社区": "430281004008"},
               "来龙门街道": {"姜湾社区": "430281006001", "文庙社区": "430281006010", "北门社区": "430281006014"},
               "长庆街道": {"长庆寺社区": "430281007002"}}
VILLAGES = {"阳三石街道": {"泉湖村": "430281002202"}, "仙岳山街道": {"江源村": "430281003203"},
            "国瓷街道": {"玉瓷村": "430281004218"}, "长庆街道": {"双江村": "430281007201"},
            "白兔潭镇": {"田心村": "430281102203", "洙塘村": "430281102208", "山水村": "430281102217"},
            "浦口镇": {"保丰村": "430281103201", "李洲村": "430281103203"},
            "王仙镇": {"书堂村": "430281105209", "司徒村": "430281105212", "温泉村": "430281105225"},
            "泗汾镇": {"泗汾村": "430281107205", "符田村": "430281107215", "石虎村": "430281107225"},
            "石亭镇": {"永红村": "430281122201", "樟树村": "430281122202", "花溪村": "430281122207"},
            "沩山镇": {"沩山村": "430281129219", "大林村": "430281129217", "青泉村": "430281129220"},
            "李畋镇": {"清水村": "430281131206", "裕民村": "430281131213", "洪源村": "430281131222"},
            "左权镇": {"仙霞村": "430281133209", "将军村": "430281133234", "花桥村": "430281133230"},
            "茶山镇": {"冷水村": "430281134202", "茶溪村": "430281134204", "长马村": "430281134207"}}
RURAL = list(TOWNS)
URBAN = list(STREETS)

HAN_S = list("刘李陈黄罗易彭朱丁袁谭周文汤肖曾钟")
GIVEN = list("志建明海华春文国振永秀玉金晓丽德辉俊芳宏伟荣桂英军林湘瓷")


def pname(rng):
    return rng.choice(HAN_S) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.75 else "")


ERAS = {1: (2000, 2004), 2: (2005, 2009), 3: (2010, 2014), 4: (2015, 2019), 5: (2020, 2024)}
CADRES = {1: {"书记": "彭振华", "市长": "罗建林", "副市长": "丁秀英", "组织部长": "袁志宏", "宣传部长": "谭春梅"},
          2: {"书记": "易国强", "市长": "陈德明", "副市长": "汤丽华", "组织部长": "肖文军", "宣传部长": "钟玉兰"},
          3: {"书记": "黄海涛", "市长": "朱晓东", "副市长": "曾桂芳", "组织部长": "刘振宇", "宣传部长": "文丽娟"},
          4: {"书记": "周宏伟", "市长": "李俊峰", "副市长": "彭湘玲", "组织部长": "谭建新", "宣传部长": "袁晓燕"},
          5: {"书记": "罗振宇", "市长": "肖海明", "副市长": "丁金玲", "组织部长": "陈永刚", "宣传部长": "易晓丽"}}
REPORTERS = {1: ["刘玉华", "黄春", "罗斌"], 2: ["易建", "陈丽", "周湘"], 3: ["彭文斌", "汤晓芳", "朱俊"],
             4: ["钟林", "曾瓷", "文宏"], 5: ["袁俊", "丁晓英", "谭湘", "李春"]}
WEEK = "一二三四五六日"


def era_of(y):
    return next(e for e, (a, b) in ERAS.items() if a <= y <= b)


FORMULA_SENT = [
    (2000, 2002, "高举<邓小平理论|邓小平理论|q>伟大旗帜，"),
    (2000, 2007, "认真实践<“三个代表”|三个代表|n>重要思想，"),
    (2001, 2006, "以<三个代表|三个代表|n>重要思想为指导，"),  # unquoted: a formula, no marked slogan
    (2003, 2012, "为<全面建设小康社会|全面建设小康社会|q>而努力奋斗，"),
    (2004, 2012, "抢抓<中部崛起|中部崛起|q>战略机遇，"),
    (2005, 2006, "扎实开展保持共产党员<先进性教育|保持共产党员先进性教育活动|q>活动，"),
    (2004, 2012, "以<科学发展观|科学发展观|q>统领经济社会发展全局，"),
    (2005, 2012, "加快构建<社会主义和谐社会|和谐社会|q>，"),
    (2006, 2012, "扎实推进<社会主义新农村建设|社会主义新农村|q>，"),
    (2006, 2009, "树立以<“八荣八耻”|八荣八耻|n>为主要内容的社会主义荣辱观，"),
    (2008, 2016, "加快推进<“两型社会”|两型社会|n>建设，"),
    (2010, 2012, "深入开展<创先争优|创先争优|q>活动，"),
    (2011, 2014, "大力推进<“四化两型”|四化两型|n>战略，"),
    (2013, 2018, "严格落实[中央|ORG]<八项规定|八项规定|n>精神，"),
    (2013, 2014, "扎实开展党的<群众路线教育实践活动|群众路线教育实践活动|q>，"),
    (2013, 2019, "为实现<中国梦|中国梦|q>凝聚力量，"),
    (2014, 2019, "发挥<“一带一部”|一带一部|n>区位优势，"),
    (2015, 2019, "协调推进<“四个全面”|四个全面|n>战略布局，"),
    (2016, 2018, "推进<“两学一做”|两学一做|n>学习教育常态化制度化，"),
    (2014, 2020, "坚持<精准扶贫|精准扶贫|q>、精准脱贫基本方略，"),
    (2016, 2021, "坚决打赢<脱贫攻坚|脱贫攻坚|q>战，"),
    (2017, 2020, "深入实施<“创新引领、开放崛起”|创新引领开放崛起|q>战略，"),
    (2017, 2024, "践行<“绿水青山就是金山银山”|绿水青山就是金山银山|q>理念，"),
    (2018, 2024, "全面实施<乡村振兴战略|乡村振兴|q>，"),
    (2018, 2024, "增强<“四个意识”|四个意识|n>、坚定<“四个自信”|四个自信|n>、做到<“两个维护”|两个维护|n>，"),
    (2018, 2021, "深入推进<扫黑除恶专项斗争|扫黑除恶|q>，"),
    (2019, 2024, "深化<“一件事一次办”|一件事一次办|q>改革，"),
    (2019, 2020, "巩固深化<“不忘初心、牢记使命”|不忘初心、牢记使命|q>主题教育成果，"),
    (2020, 2024, "全面落实<“三高四新”|三高四新|n>战略定位和使命任务，"),
    (2021, 2024, "深刻领悟<“两个确立”|两个确立|n>的决定性意义，"),
    (2021, 2021, "扎实开展<党史学习教育|党史学习教育|q>，"),
    (2021, 2024, "扎实推动<共同富裕|共同富裕|q>，"),
    (2018, 2024, "推动<高质量发展|高质量发展|q>，"),
    (2023, 2024, "以<中国式现代化|中国式现代化|q>全面推进强国建设，"),
    (2024, 2024, "推进<乡村全面振兴|乡村全面振兴|q>，"),
]
CITY_SENT = [
    (2000, 2008, "坚持{“工业强市、商贸活市、农业稳市”|p}发展思路，"),
    (2002, 2007, "深入开展{“三帮一”|n}活动，"),
    (2006, 2014, "全力打造{“中国瓷城”|q}城市名片，"),
    (2009, 2016, "扎实推进{“五城同创”|n}，"),
    (2012, 2019, "建设{“瓷城花都、渌水醴陵”|p}，"),
    (2015, 2020, "落实{“一户一策”|n}帮扶措施，"),
    (2019, 2024, "推行{“党建+网格”|q}模式，"),
    (2021, 2024, "开展{“一街一品、一镇一特”|p}创建，"),
    (2022, 2024, "坚持党建引领、居民主体、多方参与，"),  # unquoted, no repeated morpheme: not a slogan
    (2023, 2024, "实施{“陶瓷强链”|q}行动，"),
]
DISTRACT = ["{“娘家人”|x}", "{“领头雁”|x}", "{“土专家”|x}", "{“钱袋子”|x}", "{“老大难”|x}", "{“家门口”|x}",
            "{“一站式”|x}", "{“主心骨”|x}", "{“金名片”|x}", "{“店小二”|x}", "{“瓷二代”|x}", "{“网红打卡地”|x}"]


def pick(lst, rng, y, n):
    c = [s for a, b, s in lst if a <= y <= b]
    return rng.sample(c, min(n, len(c)))


def T(tw): return f"[{tw}|TOWNSHIP]"
def V(v): return f"[{v}|VILLAGE]"
def C(c): return f"[{c}|COMMUNITY]"
def P(n): return f"[{n}|PERSON]"


def pick_village(rng, k=1, where=None):
    tws = [t for t in (where or RURAL) if len(VILLAGES.get(t, {})) >= k]
    tw = rng.choice(tws)
    return tw, rng.sample(list(VILLAGES[tw]), k)


def grp(markup):
    return sorted({g for g in re.findall(r"<[^<>|]+\|([^<>|]+)\|[nqp]>", markup)})


def art_meeting(rng, y, era):
    c = CADRES[era]
    n = {1: "九", 2: "十", 3: "十一", 4: "十二", 5: "十三"}[era]
    ev = rng.choice(["全市[经济工作会议|EVENT]", "全市[农村工作会议|EVENT]", f"[市委{n}届{rng.choice(['三', '五', '六'])}次全会|EVENT]"])
    f = pick(FORMULA_SENT, rng, y, 3); s = pick(CITY_SENT, rng, y, 1)
    title = rng.choice([f"{ev}召开", "全市上下凝心聚力谋发展", "锚定目标　真抓实干"])
    speech = f"{P(c['书记'])}强调，各街道、各镇和市直各部门要{''.join(f)}{''.join(s)}推动[醴陵|GPE]各项工作走在[株洲|GPE]前列。"
    paras = [f"日前，{ev}在[市行政中心|FAC]召开。[市委|ORG]书记{P(c['书记'])}出席并讲话，市长{P(c['市长'])}主持会议。",
             speech,
             f"{P(c['市长'])}要求，要当好企业和群众的{rng.choice(DISTRACT)}，切实解决群众急难愁盼问题。",
             "[市人大常委会|ORG]、[市政协|ORG]领导，各街道党工委书记、各镇党委书记参加会议。"]
    return dict(kind="meeting", part="city", title=title, kicker=rng.choice(["", "聚焦发展　真抓实干"]),
                subtitle=rng.choice(["", f"{P(c['书记'])}出席并讲话"]), paras=paras)


def art_street(rng, y, era):  # urban governance in a 街道 and its 社区
    tw = rng.choice(URBAN); cm = rng.choice(list(COMMUNITIES[tw]))
    f = pick(FORMULA_SENT, rng, y, 1); s = pick(CITY_SENT, rng, y, 1)
    sec = pname(rng)
    title = rng.choice([f"{C(cm)}：服务零距离", "社区治理织密民生网", f"{T(tw)}让居民办事不出社区"])
    paras = [f"清晨七点，{T(tw)}{C(cm)}网格员{P(pname(rng))}已经走街串巷，逐户走访独居老人。",
             f"[{cm}党委|ORG]书记{P(sec)}介绍，社区{''.join(f)}{''.join(s)}组建了{rng.randint(5, 20)}支志愿服务队。",
             f"[{tw}党工委|ORG]把{C(cm)}的做法在全街道推广，居民{P(pname(rng))}说：“{rng.choice(['有事找网格员，方便多了', '小区环境一年比一年好'])}。”"]
    return dict(kind="street", part="街道", title=title, kicker=rng.choice(["", "基层治理进行时"]), subtitle="", paras=paras)


def art_village(rng, y, era):  # a 村 in a 镇
    tw, (v1, v2) = pick_village(rng, 2)
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(CITY_SENT, rng, y, 1)
    sec = pname(rng)
    crop = rng.choice(["油茶", "烤烟", "湘莲", "黄桃"])
    title = rng.choice([f"{V(v1)}：{crop}飘香　农民增收", "小产业做成大文章", f"{T(tw)}农业经济稳中有进"])
    paras = [f"本报讯　初夏时节，{T(tw)}{V(v1)}的{crop}基地一片新绿，[{v1}{crop}种植专业合作社|ORG]的社员正在田间忙碌。",
             f"[{tw}党委|ORG]书记{P(sec)}介绍，全镇{''.join(f)}{''.join(s)}带动{rng.randint(40, 300)}户农民增收。",
             f"{V(v1)}还与邻近的{V(v2)}结成帮扶对子，村民{P(pname(rng))}被大家称为{rng.choice(DISTRACT)}。"]
    return dict(kind="village", part="镇", title=title, kicker=rng.choice(["", "走基层", "乡村新貌"]), subtitle="", paras=paras)


def art_industry(rng, y, era):  # ceramics and fireworks, in a 街道 or a 镇
    urban = rng.random() < 0.5
    tw = rng.choice(URBAN if urban else RURAL)
    firm = rng.choice(["兴瓷陶瓷有限公司", "渌湘釉下彩瓷厂", "东升花炮厂", "瑞丰电瓷有限公司"])
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(CITY_SENT, rng, y, 1)
    boss = pname(rng)
    title = rng.choice(["瓷城企业闯市场", f"{T(tw)}：产业集群加速成长", "釉下五彩走向世界"])
    paras = [f"走进{T(tw)}的[{firm}|ORG]，生产线一派繁忙，今年产值预计突破{rng.randint(2, 30)}亿元。",
             f"公司董事长{P(boss)}说，企业{''.join(f)}{''.join(s)}新上了[智能窑炉技改项目|PROJECT]。",
             f"[{'市工业和信息化局' if y >= 2019 else '市经济局'}|ORG]负责人介绍，{T(tw)}已聚集相关企业{rng.randint(20, 200)}家。"]
    return dict(kind="industry", part="街道" if urban else "镇", title=title, kicker=rng.choice(["", "产业观察"]), subtitle="", paras=paras)


def art_ecology(rng, y, era):
    tw, (v1,) = pick_village(rng, 1)
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(CITY_SENT, rng, y, 1)
    river = rng.choice(["渌江", "澄潭江"])
    chief = pname(rng)
    title = rng.choice([f"{river}水清岸绿　生态向好", "守护一江清水", f"{T(tw)}：河长巡河护碧水"])
    paras = [f"连日来，[{'市生态环境局' if y >= 2019 else '市环保局'}|ORG]联合{T(tw)}对[{river}|LOC]{V(v1)}段开展巡查，推进[{river}流域综合治理工程|PROJECT]。",
             f"{T(tw)}镇长{P(chief)}说，{''.join(f)}{''.join(s)}全镇已落实保洁员{rng.randint(15, 40)}名。",
             f"“{rng.choice(['河里的鱼又多起来了', '江水清了，心情也好了'])}。”{V(v1)}村民{P(pname(rng))}说。"]
    return dict(kind="ecology", part="镇", title=title, kicker=rng.choice(["", "生态[醴陵|GPE]"]), subtitle="", paras=paras)


def art_poverty(rng, y, era):
    c = CADRES[era]
    tw, (v1,) = pick_village(rng, 1)
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(CITY_SENT, rng, y, 1)
    title = rng.choice(["帮扶路上暖人心", f"{V(v1)}走上致富路", "真帮实扶　农民增收"])
    paras = [f"“{rng.choice(['以前最怕下雨天出门', '现在家家都住上了新房'])}。”{T(tw)}{V(v1)}村民{P(pname(rng))}说。",
             f"副市长{P(c['副市长'])}在{V(v1)}调研时指出，要{''.join(f)}{''.join(s)}让群众的日子越过越红火。",
             f"今年，{T(tw)}实施了[农村饮水安全工程|PROJECT]，解决了{rng.randint(100, 900)}名群众的吃水问题。"]
    return dict(kind="poverty", part="镇", title=title, kicker=rng.choice(["", "民生关注"]), subtitle="", paras=paras)


def art_culture(rng, y, era):
    tw = rng.choice(URBAN); cm = rng.choice(list(COMMUNITIES[tw]))
    f = pick(FORMULA_SENT, rng, y, 1)
    ev = rng.choice(["[醴陵陶瓷文化旅游节|EVENT]", "[渌江书院读书节|EVENT]", "[瓷城花灯会|EVENT]"])
    lead = pname(rng)
    title = rng.choice([f"{ev}开幕", "瓷城文化活动精彩纷呈", f"{C(cm)}居民共享文化大餐"])
    paras = [f"本报讯　日前，{ev}在[渌江书院|FAC]开幕，{T(tw)}{C(cm)}等社区的群众纷纷前来参加活动。",
             f"[市文化馆|ORG]馆长{P(lead)}说，{''.join(f)}把文化送到群众{rng.choice(DISTRACT)}。",
             f"来自[长沙|GPE]的游客{P(pname(rng))}说，第一次看到[醴陵|GPE]釉下五彩瓷的制作，很震撼。"]
    return dict(kind="culture", part="街道", title=title, kicker=rng.choice(["", "文化[醴陵|GPE]"]), subtitle="", paras=paras)


def art_party(rng, y, era):
    c = CADRES[era]
    tw, (v1,) = pick_village(rng, 1)
    f = pick(FORMULA_SENT, rng, y, 2); s = pick(CITY_SENT, rng, y, 1)
    title = rng.choice(["党建引领聚合力", f"{T(tw)}夯实基层战斗堡垒", "让党旗在基层高高飘扬"])
    paras = [f"[市委组织部|ORG]着力提升村级党组织组织力。在{T(tw)}，[{v1}党支部|ORG]推行{{“党员联户”|q}}做法，每名党员联系{rng.randint(5, 12)}户群众。",
             f"[市委|ORG]常委、组织部长{P(c['组织部长'])}表示，要{''.join(f)}{''.join(s)}选派{rng.randint(30, 120)}名干部到村任职。"]
    return dict(kind="party", part="镇", title=title, kicker=rng.choice(["", "基层党建"]), subtitle="", paras=paras)


def art_comment(rng, y, era):
    f = pick(FORMULA_SENT, rng, y, 3); s = pick(CITY_SENT, rng, y, 1)
    title = rng.choice(["以实干担当书写瓷城新篇章", "把蓝图变成施工图", "让发展成果惠及全体市民"])
    paras = [f"发展是第一要务。当前，全市上下要{''.join(f)}把心思和精力集中到抓落实上来。",
             f"要{''.join(s)}以钉钉子精神解决一批{rng.choice(DISTRACT)}问题。",
             f"让我们在[醴陵|GPE]这片热土上奋勇争先。"]
    return dict(kind="comment", part="city", title=title, kicker="", subtitle="", paras=paras, byline_form="comment")


KINDS = {"meeting": art_meeting, "street": art_street, "village": art_village, "industry": art_industry,
         "ecology": art_ecology, "poverty": art_poverty, "culture": art_culture, "party": art_party,
         "comment": art_comment}

TOK = re.compile(r"\[([^\[\]|]+)\|([A-Z]+)\]|<([^<>|]+)\|([^<>|]+)\|([nqp])>|\{([^{}|]+)\|([nqpx])\}")


def strip(markup, rec):
    out, pos = [], 0
    for m in TOK.finditer(markup):
        out.append(markup[pos:m.start()])
        if m.group(1):
            out.append(m.group(1)); rec["ents"].append((m.group(1), m.group(2)))
        elif m.group(3):
            printed, group, kind = m.group(3), m.group(4), m.group(5)
            out.append(printed); rec["formulae"].append((group, printed.strip("“”")))
            if printed.startswith("“") or kind == "p":
                rec["quoted"].append((printed.strip("“”"), kind, group))
            if group == "邓小平理论":  # a name inside a formula still counts (GUIDE: 右玉 in 右玉精神)
                rec["ents"].append(("邓小平", "PERSON"))
            if group == "中国梦":  # truth fix after the first run: GPE 中国 inside 中国梦 (not among GUIDE's exceptions)
                rec["ents"].append(("中国", "GPE"))
        else:
            printed, kind = m.group(6), m.group(7)
            out.append(printed)
            if kind == "x":
                rec["distractors"].append(printed.strip("“”"))
            else:
                rec["county"].append((printed.strip("“”"), kind, printed.startswith("“")))
                rec["ents"] += [("醴陵", "GPE")] * printed.count("醴陵")  # a name inside a slogan still counts (GUIDE)
                rec["ents"] += [("中国", "GPE")] * printed.count("中国")  # truth fix: 中国 in “中国瓷城”
                if markup[m.end():m.end() + 2] in ("行动", "工程"):
                    rec["ents"].append((printed + markup[m.end():m.end() + 2], "PROJECT"))  # quotes inside a name kept
        pos = m.end()
    out.append(markup[pos:])
    return "".join(out)


def wrap(text, w, indent):
    text = indent + text
    out, i = [], 0
    while i < len(text):
        j = min(len(text), i + w)
        while j < len(text) and text[j] in "，。、；：！？”）" and j - i < w + 2:
            j += 1
        out.append(text[i:j]); i = j
    return out


def byline(rng, era, form=None):
    a = rng.choice(REPORTERS[era]); b = pname(rng); c = pname(rng)
    forms = ["line", "lead", "wentu", "sig", "tongxun", "none", "end", "center", "zhuanwen", "two_line", "unit"]
    if era < 5:
        forms.remove("center")
    if era < 3:
        forms.remove("zhuanwen")
    form = form or rng.choice(forms)
    if form == "comment":
        return "line", "本报评论员", []
    if form == "line":
        return "line", f"本报记者　{P(a)}", [a]
    if form == "lead":
        return "lead", (f"本报讯（记者　{P(a)}　通讯员　{P(b)}）" if era >= 3 else f"本报讯　记者{P(a)}、通讯员{P(b)}报道："), [a, b]
    if form == "wentu":
        return "line", f"文/图　本报记者　{P(a)}", [a]
    if form == "sig":
        return "end", f"（{P(b)}）", [b]
    if form == "tongxun":
        return "line", f"■特约通讯员　{P(b)}", [b]
    if form == "end":
        return "end", f"（记者　{P(a)}　通讯员　{P(b)}　报道）", [a, b]
    if form == "center":
        return "line", f"[市融媒体中心|ORG]记者　{P(a)}", [a]
    if form == "zhuanwen":
        return "line", f"撰文：{P(a)}　摄影：{P(b)}", [a, b]
    if form == "two_line":
        return "line2", f"本报记者　{P(a)}\n通讯员　{P(b)}　{P(c)}", [a, b, c]
    if form == "unit":  # a correspondent of a unit
        return "line", f"通讯员　{P(b)}　本报记者　{P(a)}", [b, a]
    return None, "", []


def furniture(rng, d, pno, era, section):
    y, m, dd = map(int, d.split("-"))
    wd = WEEK[datetime.date(y, m, dd).weekday()]
    ed, pr = pname(rng), pname(rng)
    ds = f"{y}年{m}月{dd}日"
    if era == 1:
        if pno == 1:
            top = ["醴陵报", f"[中共醴陵市委|ORG]机关报　　内部准印证：湘株字第{rng.randint(10, 99)}号",
                   f"{ds}　星期{wd}　农历{'甲乙丙丁戊己庚辛壬癸'[(y - 4) % 10]}{'子丑寅卯辰巳午未申酉戌亥'[(y - 4) % 12]}年", f"第{rng.randint(300, 900)}期　今日四版"]
        else:
            top = [f"{ds}　星期{wd}　　　醴陵报　　　第{pno}版　{section}"]
        bottom = [f"责任编辑　{P(ed)}"]
    elif era == 2:
        if pno == 1:
            top = ["醴陵报", "LILING BAO", f"[中共醴陵市委|ORG]主办　国内统一刊号：CN43-00{rng.randint(10, 99)}",
                   f"{ds}　星期{wd}", f"第{rng.randint(1000, 1900)}期　今日四版"]
        else:
            top = [f"{ds}　星期{wd}　　　醴陵报　　　第{pno}版　{section}"]
        bottom = [f"责任编辑　{P(ed)}　　校对　{P(pr)}"]
    elif era == 3:
        top = [f"醴陵报　　{ds}　星期{wd}", f"{section}　A{pno}", f"编辑：{P(ed)}　版式：{P(pr)}"]
        bottom = [f"A{pno}"]
    elif era == 4:
        top = [f"{section}　{pno:02d}", f"{ds}　星期{wd}　　醴陵报", f"责编：{P(ed)}　美编：{P(pr)}"]
        bottom = ["本报地址：[醴陵市|GPE][来龙门街道|TOWNSHIP][陶瓷大道|FAC]　　邮编：412200"]
    else:
        top = ["醴陵报", f"[醴陵市融媒体中心|ORG]主办　　{ds}　星期{wd}", f"第{pno:02d}版　{section}"]
        bottom = [f"本版编辑：{P(ed)}　美编：{P(pr)}　校对：{P(pname(rng))}", "扫码下载“[醴陵发布|ORG]”客户端"]
    return top, bottom


def bold_double(s):
    return "".join(ch * 2 if ch not in "　 ：" else ch for ch in s)


# the 40 base pages: date, page, section, article kinds (laid out one by one)
BASE = [
    ("2000-03-09", 1, "要闻", ["meeting", "village", "street"]),
    ("2000-09-21", 2, "综合", ["industry", "culture", "party"]),
    ("2001-05-10", 1, "要闻", ["meeting", "industry", "comment"]),
    ("2001-11-15", 3, "城乡", ["village", "poverty", "street"]),
    ("2002-06-13", 1, "要闻", ["meeting", "ecology", "industry"]),
    ("2003-04-24", 2, "综合", ["party", "village", "culture"]),
    ("2003-10-09", 1, "要闻", ["meeting", "comment", "village"]),
    ("2004-07-01", 4, "瓷城文化", ["culture", "street", "industry"]),
    ("2005-03-17", 1, "要闻", ["meeting", "poverty", "ecology"]),
    ("2005-09-15", 2, "综合", ["party", "village", "industry"]),
    ("2006-06-08", 1, "要闻", ["meeting", "industry", "comment", "village"]),
    ("2007-04-19", 3, "城乡", ["village", "ecology", "street"]),
    ("2007-11-01", 1, "要闻", ["meeting", "party", "culture"]),
    ("2008-08-14", 2, "综合", ["industry", "poverty", "village"]),
    ("2009-05-28", 1, "要闻", ["meeting", "ecology", "comment"]),
    ("2010-03-11", 1, "要闻", ["meeting", "industry", "village"]),
    ("2010-10-14", 2, "综合", ["culture", "party", "street"]),
    ("2011-07-07", 3, "城乡", ["village", "poverty", "ecology"]),
    ("2012-05-17", 1, "要闻", ["meeting", "party", "industry", "comment"]),
    ("2013-06-13", 4, "瓷城文化", ["culture", "street", "industry"]),
    ("2014-09-04", 1, "要闻", ["meeting", "ecology", "village"]),
    ("2015-04-16", 1, "要闻", ["meeting", "party", "comment"]),
    ("2015-08-20", 2, "综合", ["poverty", "industry", "village"]),
    ("2016-03-24", 1, "要闻", ["meeting", "poverty", "ecology"]),
    ("2016-07-14", 3, "城乡", ["village", "street", "party"]),
    ("2017-04-20", 1, "要闻", ["meeting", "industry", "poverty"]),
    ("2017-11-09", 4, "瓷城文化", ["culture", "street", "comment"]),
    ("2018-06-14", 2, "综合", ["ecology", "poverty", "party"]),
    ("2019-03-28", 1, "要闻", ["meeting", "industry", "village"]),
    ("2019-10-17", 3, "乡村振兴", ["village", "street", "culture"]),
    ("2020-06-23", 1, "要闻", ["meeting", "poverty", "street"]),
    ("2021-03-11", 1, "要闻", ["meeting", "party", "comment"]),
    ("2021-09-29", 2, "基层治理", ["street", "culture", "industry"]),
    ("2022-05-19", 3, "乡村振兴", ["village", "ecology", "party"]),
    ("2022-12-08", 1, "要闻", ["meeting", "industry", "comment"]),
    ("2023-04-13", 2, "综合", ["ecology", "village", "street"]),
    ("2023-10-26", 1, "要闻", ["meeting", "street", "poverty"]),
    ("2024-05-16", 3, "乡村振兴", ["village", "party", "culture"]),
    ("2024-08-08", 4, "基层治理", ["street", "industry", "comment"]),
    ("2024-11-21", 1, "要闻", ["meeting", "ecology", "village"]),
]


def build_page(spec):
    d, pno, sec, kinds, seed_first, seed_rest = spec["date"], spec["page"], spec["section"], spec["kinds"], spec["seed_first"], spec["seed_rest"]
    rng = random.Random(seed_rest)           # layout, furniture, later articles
    crng = random.Random(seed_first)         # the first two articles (shared by a base page and its reprints)
    y = int(d[:4]); era = era_of(y)
    if sec == "乡村振兴":
        sec = "<乡村振兴|乡村振兴|q>"
    width = rng.choice([13, 14, 15, 17, 19, 21, 24])
    indent = rng.choice(["　　", "  ", ""])
    blank = rng.random() < 0.55
    head_after = era == 3 and rng.random() < 0.7
    doubled = era <= 2 and pno == 1
    top, bottom = furniture(rng, d, pno, era, sec)
    rec = dict(ents=[], formulae=[], quoted=[], county=[], distractors=[])
    lines = [strip(t, rec) for t in top] + [""]
    articles = []
    if era >= 4 and pno == 1 and rng.random() < 0.6:
        bn = rng.choice(["奋力谱写<中国式现代化|中国式现代化|q>[醴陵|GPE]新篇章" if y >= 2023 else "凝心聚力　建设美丽[醴陵|GPE]",
                         "全面落实<“三高四新”|三高四新|n>战略定位和使命任务" if y >= 2020 else "决胜全面小康　建设幸福[醴陵|GPE]"])
        lines += [strip(bn, rec), ""]
    if era == 1 and pno == 1 and rng.random() < 0.6:
        lines += [strip("高举<邓小平理论|邓小平理论|q>伟大旗帜　把建设有中国特色社会主义事业全面推向二十一世纪", rec), ""]
    for ai, kname in enumerate(kinds):
        r = crng if ai < 2 else rng
        a = KINDS[kname](r, y, era)
        where, bl, names = byline(r, era, a.get("byline_form"))
        ar = dict(ents=[], formulae=[], quoted=[], county=[], distractors=[])
        after = head_after and ai >= len(kinds) - 2 and where != "lead"
        title = strip(a["title"], ar)
        tl = [title]
        if len(title) > 11 and rng.random() < 0.35:
            cut = title.find("　") if "　" in title else len(title) // 2
            tl = [title[:cut].strip("　"), title[cut:].strip("　")]
        tl_print = [bold_double(t) for t in tl] if (doubled and ai == 0) else tl
        head = ([strip(a["kicker"], ar)] if a["kicker"] else []) + tl_print + (["——" + strip(a["subtitle"], ar)] if a["subtitle"] else [])
        block = []
        if not after:
            block += head
            if where in ("line", "line2"):
                block += strip(bl, ar).split("\n")
        paras = list(a["paras"])
        if where == "lead":
            paras[0] = bl + paras[0].replace("本报讯　", "")
        for p in paras:
            block += wrap(strip(p, ar), width, indent)
        if where == "end":
            block[-1] += strip(bl, ar)
        if after:
            if where in ("line", "line2"):
                block += strip(bl, ar).split("\n")
            block += head
        lines += block
        if blank:
            lines.append("")
        for k in rec:
            rec[k] += ar[k]
        body = "".join(strip(p, dict(ents=[], formulae=[], quoted=[], county=[], distractors=[])) for p in paras)
        articles.append(dict(title="".join(tl) if len(tl) == 1 else tl[0] + tl[1], byline=names,
                             byline_text=re.sub(r"\[([^|\]]+)\|[A-Z]+\]", r"\1", bl), kind=a["kind"], part=a["part"],
                             headline_after=after, doubled=doubled and ai == 0, body_chars=len(re.sub(r"\s", "", body)),
                             formulae=sorted({g for g, _ in ar["formulae"]}),
                             places=sorted({t for t, l in ar["ents"] if l in ("TOWNSHIP", "VILLAGE", "COMMUNITY")})))
    if rng.random() < 0.55:
        lines.append({1: "简讯", 2: "城乡简讯", 3: "简讯", 4: "街镇快讯", 5: "【街镇快讯】"}[era])
        for _ in range(rng.randint(2, 3)):
            tw, (v1,) = pick_village(rng, 1, where=list(VILLAGES))
            tn = rng.choice(URBAN); cm = rng.choice(list(COMMUNITIES[tn]))
            vpart = "街道" if tw in STREETS else "镇"
            t, body, part = rng.choice([
                (f"{T(tw)}开展防汛演练", f"日前，{T(tw)}组织干部群众{rng.randint(40, 120)}人在{V(v1)}开展防汛应急演练。", vpart),
                (f"{T(tn)}开展网格员培训", f"近日，{T(tn)}组织{rng.randint(50, 150)}名网格员集中培训，{C(cm)}网格员作了经验交流。", "街道"),
                (f"{V(v1)}新建文化活动室", f"由{T(tw)}投资建设的[{v1}文化活动室|FAC]日前投入使用。", vpart),
                (f"{C(cm)}开展垃圾分类宣传", f"{T(tn)}{C(cm)}日前组织志愿者入户宣传垃圾分类知识。", "街道"),
            ])
            sig = pname(rng)
            tp = strip(t, rec)
            lines.append(("◆" if era < 4 else "■") + tp)
            lines += wrap(strip(body + f"（{P(sig)}）", rec), width, indent)
            articles.append(dict(title=tp, byline=[sig], byline_text=f"（{sig}）", kind="brief", part=part,
                                 headline_after=False, doubled=False, body_chars=len(strip(body, dict(ents=[], formulae=[], quoted=[], county=[], distractors=[])))))
        lines.append("")
    if rng.random() < 0.5:
        tw, (v1,) = pick_village(rng, 1)
        ph = pname(rng)
        cap = f"图为{T(tw)}{V(v1)}村民在采摘油茶果。　{P(ph)}　摄" if rng.random() < 0.5 else f"▲{T(tw)}{V(v1)}新貌。　本报记者　{P(ph)}　摄"
        lines += wrap(strip(cap, rec), width, "") + [""]
        articles.append(dict(title="", byline=[ph], byline_text=f"{ph} 摄", kind="photo", part="镇", headline_after=False, doubled=False, body_chars=0))
    if rng.random() < 0.3:
        org = rng.choice(["醴陵市人民政府征兵办公室"] + (["醴陵市自然资源局", "醴陵市应急管理局"] if y >= 2019 else ["醴陵市国土资源局", "醴陵市安全生产监督管理局"]))
        lines.append("通　告")
        body = f"根据有关规定，现将{y}年度烟花爆竹安全生产有关事项通告如下：请有关单位和个人于{rng.randint(1, 28)}日前到[{org}|ORG]办理。特此通告。"
        lines += wrap(strip(body, rec), width, indent)
        lines.append(strip(f"[{org}|ORG]", rec)); lines.append(f"{y}年{int(d[5:7])}月{int(d[8:10])}日"); lines.append("")
        articles.append(dict(title="通告", byline=[], byline_text="", kind="notice", part="city", headline_after=False, doubled=False, body_chars=0))
    for b in bottom:
        lines.append(strip(b, rec))
    return "\n".join(lines) + "\n", articles, rec


def norm(s):
    return re.sub(r"[\s“”‘’「」]", "", s)


def specs():
    out = []
    for i, (d, p, s, k) in enumerate(BASE):
        out.append(dict(date=d, page=p, section=s, kinds=k, seed_first=3100 + i, seed_rest=3100 + i, base=i))
    rng = random.Random(31)
    taken = {(d, p) for d, p, _, _ in BASE}
    for j in range(270):
        i = j % 40
        d0, p, s, k = BASE[i]
        e = era_of(int(d0[:4])); lo, hi = ERAS[e]
        while True:
            dd = datetime.date.fromisoformat(d0) + datetime.timedelta(days=rng.randint(7, 900))
            if dd.year > hi:
                dd = datetime.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
            pp = rng.choice([p, p, rng.randint(1, 4)])
            if (dd.isoformat(), pp) not in taken:
                break
        taken.add((dd.isoformat(), pp))
        kk = list(k[:2]) + rng.sample([x for x in KINDS if x not in k[:2]], rng.randint(2, 4))
        if pp == 1 and "meeting" not in kk:
            kk[-1] = "meeting"
        sec = {1: "要闻", 2: rng.choice(["综合", "基层治理"]), 3: "乡村振兴" if dd.year >= 2018 else "城乡", 4: "瓷城文化"}[pp]
        out.append(dict(date=dd.isoformat(), page=pp, section=sec, kinds=kk, seed_first=3100 + i, seed_rest=5100 + j, base=i,
                        extra=j % 27 == 26))
    return sorted(out, key=lambda s: (s["date"], s["page"]))


def main():
    for sub in ("pages", "extra"):
        os.makedirs(os.path.join(OUT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(OUT, sub)):
            os.remove(os.path.join(OUT, sub, f))
    truth = {"county": COUNTY, "county_code": CODE, "paper": PAPER, "pages": []}
    man = []
    k = 0
    for sp in specs():
        text, arts, rec = build_page(sp)
        d, pno = sp["date"], sp["page"]
        stem = f"{d}_p{pno}"
        sub = "extra" if sp.get("extra") else "pages"
        open(os.path.join(OUT, sub, stem + ".txt"), "w", encoding="utf-8").write(text)
        flat = norm(text)
        ents = {}
        for t, lab in rec["ents"]:
            ents[(t, lab)] = ents.get((t, lab), 0) + 1
        places = []
        for (t, lab), n in ents.items():
            if lab not in ("TOWNSHIP", "VILLAGE", "COMMUNITY"):
                continue
            code = TOWNSHIPS.get(t)
            if lab == "VILLAGE":
                code = next((vv[t] for vv in VILLAGES.values() if t in vv), None)
            if lab == "COMMUNITY":
                code = next((vv[t] for vv in COMMUNITIES.values() if t in vv), None)
            town = next((tw for tw, vv in {**VILLAGES}.items() if t in vv), None) or next((tw for tw, vv in COMMUNITIES.items() if t in vv), None) or t
            places.append(dict(text=t, label=lab, code=code, count=n, part="街道" if town in STREETS else "镇"))
        slog = {}
        quoted_c = {t for t, kk, q in rec["county"] if q}
        for t, kk, q in rec["county"]:
            if kk in ("n", "q") and t not in quoted_c:
                continue
            slog[t] = {"n": "numbered", "p": "parallel", "q": "quoted"}[kk]
        for t, kk, g in rec["quoted"]:
            slog[t] = {"n": "numbered", "p": "parallel", "q": "quoted"}[kk]
        slogans = [dict(text=t, kind=kk, count=flat.count(norm(t))) for t, kk in sorted(slog.items())]
        formulae = {}
        for g, _ in rec["formulae"]:
            formulae[g] = formulae.get(g, 0) + 1
        inman = sub == "pages" and k % 3 == 0
        if sub == "pages":
            k += 1
        truth["pages"].append(dict(file=stem + ".txt", folder=sub, issue=stem, date=d, year=int(d[:4]), page=pno,
                                   in_manifest=inman, base=sp["base"], reprint=sp["seed_rest"] >= 5000,
                                   chars=len(re.sub(r"\s", "", text)),
                                   articles=arts, entities=[dict(text=t, label=l, count=n) for (t, l), n in sorted(ents.items())],
                                   places=places, slogans=slogans, distractors=sorted(set(rec["distractors"])), formulae=formulae))
        if inman:
            man.append(dict(file=stem + ".txt", paper=PAPER, county=COUNTY, county_code=CODE, date=d,
                            date_precision="day", date_note="printed date line"))
    with open(os.path.join(OUT, "pages", "manifest.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "paper", "county", "county_code", "date", "date_precision", "date_note"])
        w.writeheader(); w.writerows(man)
    main_pages = [p for p in truth["pages"] if p["folder"] == "pages"]
    fy = {}
    for p in main_pages:
        for g in p["formulae"]:
            fy.setdefault(g, []).append(p["year"])
    truth["formula_years"] = {g: dict(first=min(v), last=max(v), years=sorted(set(v))) for g, v in sorted(fy.items())}
    cy = {}
    for p in main_pages:
        for s in p["slogans"]:
            cy.setdefault(s["text"], []).append(p["year"])
    truth["slogan_years"] = {g: dict(first=min(v), last=max(v)) for g, v in sorted(cy.items())}
    json.dump(truth, open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(main_pages), "pages +", len(truth["pages"]) - len(main_pages), "extra;", sum(len(p["articles"]) for p in main_pages), "articles,",
          sum(p["chars"] for p in main_pages), "chars,",
          sum(e["count"] for p in main_pages for e in p["entities"]), "entity mentions,",
          sum(len(p["slogans"]) for p in main_pages), "page-slogans;", len(man), "in manifest")


if __name__ == "__main__":
    main()
