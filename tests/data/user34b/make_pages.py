"""250 pages of 青铜峡报 (invented paper of 青铜峡市 640381, 吴忠市, 宁夏回族自治区), 2000-2025, as a vendor extracted them
from PDF: no manifest, file names carry the date in three forms (2003-05-12_p1.txt, 20030512_p1.txt,
2003年05月12日_p1.txt).  Seeded and re-runnable:   python make_pages.py
Writes pages/ and truth.json (every article of every page: section, kicker, title, subtitle, byline pairs, body
(full, first and last characters), jump links; the page furniture lines).  Real 镇/街道/村/社区 of 青铜峡市 from
admin_divisions_china; people, firms, numbers and events invented.
HAND pages (written one by one, literal text below) replace the generator's page at their key."""
import datetime as dt
import json
import os
import random
import re
import shutil

R = random.Random(34_2)
COUNTY, CODE = "青铜峡市", "640381"
TOWNS = ["小坝镇", "大坝镇", "青铜峡镇", "叶盛镇", "瞿靖镇", "峡口镇", "邵岗镇", "陈袁滩镇", "裕民街道"]
VILL = {"小坝镇": ["张岗村", "红星村", "林东村", "先锋村", "林皋村", "永丰村", "南庄村"],
        "大坝镇": ["韦桥村", "沙庙村", "大坝村", "利民村", "陈俊村", "蒋东村", "新桥村"],
        "青铜峡镇": ["三棵树村", "滑石沟村", "王老滩村", "上滩村", "中庄村", "中滩村"],
        "叶盛镇": ["余桥村", "沃沙村", "三趟墩村", "广武村", "龙门村", "光明村", "地三村"],
        "瞿靖镇": ["瞿靖村", "友好村", "尚桥村", "蒯桥村", "毛桥村", "时坊村", "蒋顶村"],
        "峡口镇": ["西滩村", "谭桥村", "汉渠村", "赵渠村", "闫渠村", "郝渠村", "草台子村"],
        "邵岗镇": ["邵岗村", "邵南村", "永涵村", "玉泉村", "东方红村", "沙湖村", "甘城子村"],
        "陈袁滩镇": ["陈滩村", "袁滩村", "唐滩村", "补号村", "沙坝湾村"],
        "裕民街道": ["惠源社区", "唐源社区", "汉源社区", "名峡社区"]}
NAMES = ["马建国", "马秀兰", "杨海燕", "丁学文", "李娟", "王志刚", "纳文华", "马小龙", "锁军", "虎永红", "马玉梅",
         "周建平", "张莉", "陈晓东", "刘慧", "田学军", "马丽", "拜建成", "哈文斌", "沙晓燕", "丁宁", "马军", "苏占海",
         "金凤", "何彦军", "吴晓丽", "马志强", "杨帆", "韩雪梅", "海涛"]
CROPS = ["枸杞", "酿酒葡萄", "水稻", "小麦", "玉米", "设施蔬菜", "黄花菜", "西红柿", "红枣", "苹果"]
UNITS = ["市农业农村局", "市水务局", "市住建局", "市卫健局", "市教育体育局", "市文化旅游广电局", "市人社局",
         "市自然资源局", "市市场监管局", "市生态环境局"]
FIRMS = ["青铜峡市恒达商贸有限公司", "青铜峡市峡源枸杞专业合作社", "宁夏鸿泰建材有限公司", "青铜峡市禾丰农机服务有限公司",
         "青铜峡市金沙湾物流有限公司", "宁夏塞上红葡萄酒业有限公司", "青铜峡市利民便民超市", "青铜峡市鑫源汽车修理部"]
EVENTS = ["黄河大峡谷文化旅游节", "葡萄酒品鉴会", "枸杞采摘节", "全民健身运动会", "农民丰收节"]

SENT = [
    "{t}{v}今年种植{c}{n}亩，预计亩均增收{y}元。",
    "{t}党委组织农技人员深入田间地头，指导群众科学施肥、节水灌溉。",
    "“今年的{c}长势好，收入比去年多了不少。”{v}村民{p}一边忙着手里的活儿一边说。",
    "{u}相关负责人介绍，全市已累计投入资金{m}万元，惠及群众{n}户。",
    "{v}党支部书记{p}说，村里把{c}产业作为增收的主导产业，带动{n}户群众稳定增收。",
    "近年来，{t}坚持把发展特色产业作为乡村振兴的重要抓手，不断完善基础设施。",
    "活动现场，{u}工作人员向群众发放宣传资料{n}余份，解答群众咨询{q}0人次。",
    "据了解，该项目总投资{m}万元，建成后可新增灌溉面积{n}亩。",
    "下一步，{t}将继续加大投入力度，推动{c}产业提质增效。",
    "会议强调，各级各部门要提高政治站位，压实工作责任，确保各项任务按期完成。",
    "{p}是{t}{v}的种植大户，去年他流转土地{n}亩，全部种上了{c}。",
    "截至目前，全市已完成{c}种植{n}亩，占全年任务的{q}%。",
    "当天，{f}的工人们正在车间里忙着分拣、包装，一派繁忙景象。",
    "{t}还组织开展了“{e}”系列活动，吸引游客{n}余人次。",
    "今年以来，{u}紧盯群众急难愁盼问题，办理民生实事{n}件。",
    "在{v}的文化广场上，群众自发组织的秧歌队正在排练节目。",
    "{v}的{p}老人今年七十多岁，提起村里的变化，他竖起了大拇指。",
    "目前，{t}已建成高标准农田{n}亩，实现了旱涝保收。",
    "市委常委、副市长{p}出席会议并讲话。",
    "与会人员实地观摩了{t}{v}的{c}基地和{f}。",
    "{u}将持续跟踪服务，及时协调解决企业生产经营中遇到的困难和问题。",
    "据统计，{t}{n}户脱贫户人均纯收入达到{y}0元，同比增长{q}%。",
    "黄河水润泽下的{v}，稻田连片，渠水清清。",
    "{f}负责人{p}介绍，公司今年订单已排到年底，产品销往全国{q}个省区。",
    "为确保安全度汛，{u}组织力量对沿黄{n}公里堤防进行了全面排查。",
    "活动中，医务人员为{v}群众免费测量血压、血糖{n}人次。",
    "这些年，{v}先后修通了硬化路{q}公里，安装路灯{n}盏。",
    "{p}表示，要把群众的事当成自己的事，一件一件抓好落实。",
]
TITLES = [
    "{t}{c}产业助农增收", "{t}扎实推进人居环境整治", "我市召开{c}产业发展推进会", "{v}：小{c}做成大产业",
    "{u}开展便民服务进村活动", "{t}{v}高标准农田建设见实效", "我市举办{e}", "{f}订单排到年底",
    "{t}多措并举保障安全度汛", "{v}群众家门口就业增收", "{u}为民办实事{n}件", "{t}{c}喜获丰收",
    "我市{c}种植面积突破{n}亩", "{t}“{c}+”模式拓宽致富路", "{v}的新变化", "{u}送医送药到{v}",
]
SUBS = ["——{t}发展特色产业见闻", "——来自{v}的报道", "——{u}开展民生实事工作纪实", "——走进{t}{v}"]
KICK = ["{t}", "{t}{v}", "乡村振兴进行时", "我为群众办实事", "{u}"]


def fill(s, ctx):
    return s.format(**ctx)


def ctx_new():
    t = R.choice(TOWNS)
    return dict(t=t, v=R.choice(VILL[t]), c=R.choice(CROPS), p=R.choice(NAMES), u=R.choice(UNITS),
                f=R.choice(FIRMS), e=R.choice(EVENTS), n=R.randint(12, 4800), m=R.randint(120, 98000),
                q=R.randint(3, 96), y=R.randint(200, 3000))


def body_paras(ctx, npar):
    paras = []
    used = set()
    for _ in range(npar):
        k = R.randint(2, 3)
        ss = []
        for _ in range(k):
            i = R.randrange(len(SENT))
            while i in used:
                i = R.randrange(len(SENT))
            used.add(i)
            c2 = dict(ctx, p=R.choice(NAMES), n=R.randint(12, 4800), m=R.randint(120, 98000), q=R.randint(3, 96),
                      y=R.randint(200, 3000))
            ss.append(fill(SENT[i], c2))
        paras.append("".join(ss))
    return paras


# ---------------------------------------------------------------- era and furniture
def era(d):
    return 0 if d.year < 2008 else 1 if d.year < 2015 else 2 if d.year < 2020 else 3


WD = "一二三四五六日"
CN_NUM = "〇一二三四五六七八"


def dline(d):
    return f"{d.year}年{d.month}月{d.day}日"


def furniture_top(d, pg, npages, issue_no, sect, editor):
    e = era(d)
    w = "星期" + WD[d.weekday()]
    if pg == 1:
        if e == 0:
            return ["青铜峡报", "中共青铜峡市委机关报", f"国内统一刊号：CN64-0034　第{issue_no}期", f"{dline(d)}　{w}　今日{npages}版"]
        if e == 1:
            return ["青 铜 峡 报", "QINGTONGXIA BAO", f"{dline(d)}　{w}　第{issue_no}期　今日{npages}版"]
        if e == 2:
            return ["青铜峡报", "中共青铜峡市委主管主办　青铜峡报社出版", f"{dline(d)}　{w}　第{issue_no}期"]
        return ["青铜峡报", "青铜峡市融媒体中心出品", f"{dline(d)}　{w}　第{issue_no}期　本期{npages}版"]
    if e == 0:
        return [f"第{pg}版　{sect}　{dline(d)}"]
    if e == 1:
        return [f"{dline(d)}　{w}　第{pg}版　{sect}"]
    if e == 2:
        return [f"青铜峡报·{sect}　{dline(d)}　{w}　第{pg}版", f"责任编辑　{editor}　版式　{R.choice(NAMES)}"]
    return [f"{dline(d)} {w} ｜ 第{pg}版 ｜ {sect} ｜ 责编：{editor}"]


def furniture_foot(d, pg, editor):
    e = era(d)
    if e == 0:
        return [f"责任编辑：{editor}　校对：{R.choice(NAMES)}"]
    if e == 1:
        return [f"责任编辑：{editor}"]
    if e == 2:
        return ["本报地址：青铜峡市裕民街道府前路　邮编：751600　印刷：宁夏日报印刷厂"] if pg == 1 else []
    return ["新闻热线：0953-3012345　青铜峡市融媒体中心"] if pg == 1 else []


# ---------------------------------------------------------------- articles
def mk_byline(d, kind):
    """(pairs, printed form, position)."""
    e = era(d)
    a, b = R.sample(NAMES, 2)
    forms = ["lead2", "lead1", "head", "end", "glued", "wentu", "unit", "tongxun"]
    if e == 3:
        forms += ["rongmei", "rongmei", "lead_rm"]
    f = R.choice(forms)
    if f == "lead2":
        return [("记者", a), ("通讯员", b)], f"本报讯（记者 {a} 通讯员 {b}）", "lead"
    if f == "lead1":
        return [("记者", a)], f"本报讯（记者 {a}）", "lead"
    if f == "lead_rm":
        return [("记者", a)], f"本报讯（融媒体记者 {a}）", "lead"
    if f == "head":
        return [("记者", a), ("记者", b)], f"本报记者　{a}　{b}", "head"
    if f == "end":
        return [("", a)], f"（{a}）", "end"
    if f == "glued":
        return [("", a), ("", b)], f"（{a}　{b}）", "glued"
    if f == "wentu":
        return [("文/图", a)], f"文/图　{a}", "head"
    if f == "unit":
        u = R.choice(UNITS)
        return [("", u)], f"（{u}供稿）", "end"
    if f == "tongxun":
        return [("通讯员", a)], f"通讯员　{a}", "head"
    return [("记者", a)], f"青铜峡市融媒体中心记者　{a}", "head"


def mk_news(d, sect, used_titles, kind="news"):
    ctx = ctx_new()
    for _ in range(50):
        title = fill(R.choice(TITLES), ctx)
        if title not in used_titles:
            break
        ctx = ctx_new()
    used_titles.add(title)
    kicker = fill(R.choice(KICK), ctx) if R.random() < 0.25 else ""
    if kicker and kicker in title:
        kicker = ""
    sub = fill(R.choice(SUBS), ctx) if R.random() < 0.18 else ""
    pairs, bform, bpos = mk_byline(d, kind)
    paras = body_paras(ctx, R.randint(2, 5))
    return dict(kind=kind, section=sect, kicker=kicker, title=title, subtitle=sub, byline=pairs, byline_text=bform,
                byline_pos=bpos, paras=paras, captions=[])


def mk_brief(d, sect, used):
    ctx = ctx_new()
    title = fill(R.choice(["{t}开展{c}技术培训", "{v}举办{e}", "{u}开展安全生产检查", "{t}启动冬春农田水利建设",
                           "{u}走进{v}宣讲政策", "{v}文艺演出惠民"]), ctx)
    if title in used:
        title = title + "活动"
    used.add(title)
    a = R.choice(NAMES)
    return dict(kind="brief", section=sect, kicker="", title=title, subtitle="", byline=[("", a)], byline_text=f"（{a}）",
                byline_pos="glued", paras=body_paras(ctx, 1), captions=[])


def mk_notice(d, sect, used):
    k = R.choice(["lost", "lost", "job", "gonggao"])
    if k == "lost":
        f = R.choice(FIRMS)
        code = "91640381" + "".join(R.choice("0123456789ABCDEFGHJK") for _ in range(10))
        paras = [f"{f}不慎遗失营业执照副本一份，统一社会信用代码：{code}，特此声明作废。"]
        return dict(kind="notice", section=sect, kicker="", title="遗失声明", subtitle="", byline=[], byline_text="",
                    byline_pos="none", paras=paras, captions=[], dup_ok=True)
    if k == "job":
        f = R.choice(FIRMS)
        paras = [f"{f}因业务发展需要，现面向社会招聘工作人员若干名。",
                 f"一、招聘岗位：会计{R.randint(1, 3)}名，销售员{R.randint(2, 8)}名，司机{R.randint(1, 2)}名。",
                 "二、报名条件：年龄18至45周岁，身体健康，吃苦耐劳，有相关工作经验者优先。",
                 f"三、联系电话：0953-30{R.randint(10000, 99999)}，联系人：{R.choice(NAMES)}。"]
        return dict(kind="notice", section=sect, kicker="", title="招聘启事", subtitle="", byline=[], byline_text="",
                    byline_pos="none", paras=paras, captions=[], dup_ok=True)
    u = R.choice(UNITS)
    t = R.choice(TOWNS)
    v = R.choice(VILL[t])
    title = f"关于{t}{v}农村集体土地征收的公告"
    used.add(title)
    paras = [f"根据有关法律法规规定，经依法批准，拟征收{t}{v}集体土地{R.randint(20, 400)}亩，用于城乡基础设施建设。",
             "现将有关事项公告如下：被征收土地范围内的单位和个人，自公告之日起不得抢栽抢种抢建。",
             f"对本公告有异议的，请于公告之日起三十日内向{COUNTY}{u[1:]}书面提出。"]
    return dict(kind="notice", section=sect, kicker="", title=title, subtitle="", byline=[("", f"{COUNTY}{u[1:]}")],
                byline_text=f"{COUNTY}{u[1:]}", byline_pos="signer", paras=paras, captions=[], sign_date=dline(d))


def mk_table(d, sect, used):
    y = d.year - 1
    t = R.choice([f"{y}年全市主要农作物播种面积", f"{y}年各镇枸杞种植情况一览表", f"{y}年全市民生实事完成情况"])
    used.add(t)
    if "农作物" in t:
        rows = ["作物　面积（万亩）　同比"] + [f"{c}　{R.randint(1, 30)}.{R.randint(0, 9)}　{R.choice('+-')}{R.randint(1, 15)}.{R.randint(0, 9)}%"
                                         for c in R.sample(["小麦", "水稻", "玉米", "枸杞", "酿酒葡萄", "设施蔬菜"], 5)]
    elif "枸杞" in t:
        rows = ["镇名　面积（亩）　产量（吨）"] + [f"{x}　{R.randint(300, 9000)}　{R.randint(100, 3000)}" for x in R.sample(TOWNS[:8], 5)]
    else:
        rows = ["项目　计划　完成"] + [f"{x}　{R.randint(3, 40)}　{R.randint(3, 40)}" for x in ["道路硬化（公里）", "改厕（户）", "路灯（盏）", "饮水管网（公里）"]]
    u = R.choice(UNITS)
    return dict(kind="table", section=sect, kicker="", title=t, subtitle="", byline=[("", u)], byline_text=f"（{u}供稿）",
                byline_pos="end", paras=rows, captions=[], table=True)


def mk_photo(d, sect, used):
    ctx = ctx_new()
    title = fill(R.choice(["{v}{c}丰收", "{t}群众欢度节日", "{e}精彩瞬间", "{v}的新面貌", "{f}生产忙"]), ctx)
    if title in used:
        title += "忙"
    used.add(title)
    a = R.choice(NAMES)
    cap = fill(R.choice(["图为{v}村民在田间采摘{c}。", "图为{t}群众在{v}文化广场表演节目。", "图为{f}工人在生产线上作业。"]), ctx)
    return dict(kind="photo", section=sect, kicker="", title=title, subtitle="", byline=[("摄影", a)],
                byline_text=f"{a}　摄", byline_pos="photo", paras=[cap], captions=[cap])


# ---------------------------------------------------------------- rendering
NOSTART = "，。、；：？！”）》"


def wrap(text, w, indent):
    """Cut at the column width; a line never opens with closing punctuation (it stays on the line above)."""
    s = ("　　" if indent else "") + text
    out, i = [], 0
    while i < len(s):
        j = min(i + w, len(s))
        while j < len(s) and s[j] in NOSTART:
            j += 1
        out.append(s[i:j])
        i = j
    return out


def double_glyph(t, style):
    if style == "glyph":
        return "".join(ch * 2 if ch.strip() else ch for ch in t)
    return t + t


def article_lines(a, W, indent, opts):
    """head lines, body lines (list of paragraph line lists), tail lines."""
    head = []
    if a["kicker"]:
        head.append(a["kicker"])
    t = a["title"]
    if a.get("doubled"):
        t = double_glyph(t, a["doubled"])
    if a.get("jump_from"):
        head.append(t)
        head.append(f"（上接第{a['jump_from']}版）")
    else:
        head.append(t)
    if a["subtitle"]:
        head.append(a["subtitle"])
    if a["byline_pos"] == "head":
        head.append(a["byline_text"])
    paras = list(a["paras"])
    if a["byline_pos"] == "lead":
        paras[0] = a["byline_text"] + paras[0]
    if a["byline_pos"] == "glued":
        paras[-1] = paras[-1] + a["byline_text"]
    if a["kind"] == "table":
        blines = [[r] for r in paras]
    elif a["kind"] == "photo":
        blines = [wrap(paras[0] + "　" + a["byline_text"], W, False)]
    else:
        blines = [wrap(p, W, indent) for p in paras]
    tail = []
    if a["byline_pos"] in ("end",):
        tail.append(a["byline_text"])
    if a["byline_pos"] == "signer":
        tail += [a["byline_text"], a["sign_date"]]
    if a.get("jump_to"):
        tail.append(f"（下转第{a['jump_to']}版）")
    return head, blines, tail


def render_page(top, arts, foot, opts, sponsor=None):
    W = opts["W"]
    indent = opts["indent"]
    blank = not opts["noblank"]
    chunks = [top]  # list of line lists separated by blank lines
    if sponsor:
        chunks.append([sponsor])
    last_sect = None
    i = 0
    while i < len(arts):
        a = arts[i]
        if a["section"] and a["section"] != last_sect and a.get("banner", True):
            chunks.append([a["section"]])
            last_sect = a["section"]
        if opts.get("interleave") == i and i + 1 < len(arts):
            b = arts[i + 1]
            ha, ba, ta = article_lines(a, W, indent, opts)
            hb, bb, tb = article_lines(b, W, indent, opts)
            flat_a = [x for p in ba for x in p]
            flat_b = [x for p in bb for x in p]
            lines = []
            for k in range(max(len(ha), len(hb))):
                if k < len(ha):
                    lines.append(ha[k])
                if k < len(hb):
                    lines.append(hb[k])
            chunks.append(lines)
            lines = []
            for k in range(max(len(flat_a), len(flat_b))):
                if k < len(flat_a):
                    lines.append(flat_a[k])
                if k < len(flat_b):
                    lines.append(flat_b[k])
            chunks.append(lines)
            if ta or tb:
                chunks.append(ta + tb)
            i += 2
            continue
        h, bl, t = article_lines(a, W, indent, opts)
        if a.get("headline_after"):
            for p in bl:
                chunks.append(p)
            if t:
                chunks.append(t)
            chunks.append(h)
        else:
            chunks.append(h)
            for p in bl:
                chunks.append(p)
            if t:
                chunks.append(t)
        i += 1
    if foot:
        chunks.append(foot)
    if opts.get("double"):
        out = []
        for c in chunks:
            for ln in c:
                out.append(ln)
                out.append("")
            out.append("")
        return "\n".join(out).rstrip() + "\n"
    if blank:
        return "\n\n".join("\n".join(c) for c in chunks) + "\n"
    return "\n".join("\n".join(c) for c in chunks) + "\n"


def N(s):
    return re.sub(r"[\s“”‘’「」]", "", s)


def truth_article(a, page):
    paras = list(a["paras"])
    if a["byline_pos"] == "lead":
        paras[0] = a["byline_text"] + paras[0]
    if a["byline_pos"] == "photo":
        body = paras[0]
    else:
        body = "".join(paras)
    return dict(kind=a["kind"], section=a["section"], kicker=a["kicker"], title=a["title"], subtitle=a["subtitle"],
                byline_pairs=a["byline"], byline=[n for _, n in a["byline"]], byline_text=a["byline_text"],
                body=body, body_first=N(body)[:12], body_last=N(body)[-12:], captions=a["captions"],
                jump_to=a.get("jump_to"), jump_from=a.get("jump_from"), headline_after=bool(a.get("headline_after")),
                doubled=bool(a.get("doubled")), hand=bool(a.get("hand")))


SECTS = {2: ["综合新闻", "乡镇视窗", "经济"], 3: ["乡村振兴", "社会民生", "专题"], 4: ["文化·旅游", "法治", "教育卫生"],
         5: ["副刊", "公告·服务", "图片新闻"], 6: ["综合", "乡镇视窗"], 7: ["社会", "生活服务"], 8: ["公告·服务", "图片新闻"]}


def gen_issue(d, npages, issue_no, used):
    e = era(d)
    pages = []
    jump = None
    for pg in range(1, npages + 1):
        editor = R.choice(NAMES)
        opts = dict(W=R.randint(12, 24), indent=R.random() < 0.6, noblank=R.random() < 0.15, double=R.random() < 0.06)
        sponsor = None
        if pg == 1:
            sect = "要闻"
            arts = [mk_news(d, "" if e < 2 else "要闻", used) for _ in range(R.randint(2, 4))]
            for a in arts:
                a["banner"] = e >= 2
                if a["byline_pos"] not in ("lead",) and R.random() < 0.6:
                    pairs = [("记者", R.choice(NAMES))]
                    a.update(byline=pairs, byline_text=f"本报讯（记者 {pairs[0][1]}）", byline_pos="lead")
            if e == 0 and R.random() < 0.6:
                arts[0]["doubled"] = R.choice(["glyph", "chunk"])
            if npages >= 3 and R.random() < 0.7:
                to = R.randint(2, npages)
                arts[0]["jump_to"] = to
                tail = arts[0]["paras"][2:] if len(arts[0]["paras"]) > 2 else [arts[0]["paras"].pop()]
                if len(arts[0]["paras"]) > 2:
                    arts[0]["paras"] = arts[0]["paras"][:2]
                cont = dict(arts[0], paras=tail, kicker="", subtitle="", jump_to=None, jump_from=1, kind="jump_part",
                            byline=arts[0]["byline"] if arts[0]["byline_pos"] == "end" else [],
                            byline_text=arts[0]["byline_text"] if arts[0]["byline_pos"] == "end" else "",
                            byline_pos="end" if arts[0]["byline_pos"] == "end" else "none", doubled=None)
                if arts[0]["byline_pos"] == "end":
                    arts[0].update(byline_pos="none")
                    arts[0]["_truth_byline"] = arts[0]["byline"]
                    arts[0]["byline"] = []
                jump = (to, cont)
        else:
            sect = R.choice(SECTS[pg])
            special = R.random() < 0.12 and sect not in ("公告·服务", "图片新闻")
            if special:
                sect = R.choice(["乡村振兴专版", "法治专版", "黄河生态保护专版"])
                sponsor = "本版由" + COUNTY + R.choice(UNITS)[1:] + "协办"
            if sect == "公告·服务":
                arts = [mk_notice(d, sect, used) for _ in range(R.randint(2, 4))] + [mk_brief(d, sect, used)]
            elif sect == "图片新闻":
                arts = [mk_photo(d, sect, used) for _ in range(R.randint(2, 4))]
            else:
                arts = [mk_news(d, sect, used) for _ in range(R.randint(1, 3))]
                if R.random() < 0.25:
                    arts.append(mk_table(d, sect, used))
                if R.random() < 0.3:
                    arts += [mk_brief(d, sect, used) for _ in range(2)]
            for a in arts[1:]:
                a["banner"] = False
            if jump and jump[0] == pg:
                arts.insert(0, dict(jump[1], section=sect, banner=True))
            if e == 1 and R.random() < 0.5:
                for a in arts:
                    if a["kind"] in ("news", "brief"):
                        a["headline_after"] = True
            if R.random() < 0.1 and sum(a["kind"] == "news" for a in arts) >= 2:
                ks = [k for k, a in enumerate(arts[:-1]) if a["kind"] == "news" and arts[k + 1]["kind"] == "news"
                      and not a.get("headline_after") and a["byline_pos"] != "head" and arts[k + 1]["byline_pos"] != "head"]
                if ks:
                    opts["interleave"] = ks[0]
                    opts["noblank"] = False
                    opts["double"] = False
        top = furniture_top(d, pg, npages, issue_no, sect, editor)
        foot = furniture_foot(d, pg, editor)
        pages.append(dict(pg=pg, top=top, foot=foot, arts=arts, opts=opts, sponsor=sponsor, sect=sect))
    return pages


# ---------------------------------------------------------------- hand pages (literal)
def H(kind, section, title, paras, byline=(), byline_text="", byline_pos="none", kicker="", subtitle="", **kw):
    d = dict(kind=kind, section=section, kicker=kicker, title=title, subtitle=subtitle, byline=list(byline),
             byline_text=byline_text, byline_pos=byline_pos, paras=paras, captions=kw.pop("captions", []), hand=True)
    d.update(kw)
    return d


HAND = {}
HAND["2001-03-14_p1"] = dict(opts=dict(W=16, indent=True, noblank=False), arts=[
    H("news", "", "青铜峡市召开三级干部大会", [
        "3月12日，青铜峡市召开三级干部大会，总结去年工作，安排部署今年农业农村工作。",
        "会议指出，全市要围绕水稻、小麦和枸杞三大产业，调整种植结构，增加农民收入。小坝镇、叶盛镇、瞿靖镇作了交流发言。",
        "市委书记马建国要求，各镇要把春灌准备工作抓早抓实，确保黄河水按时进田。"],
      byline=[("记者", "丁学文")], byline_text="本报讯（记者 丁学文）", byline_pos="lead", doubled="chunk", banner=False),
    H("news", "", "叶盛镇地三村建起扬水站", [
        "今年春灌前，叶盛镇地三村新建的扬水站投入使用，全村二千三百亩稻田告别了抽水难。",
        "村党支部书记锁军说：“过去一到春灌就发愁，现在好了。”"],
      byline=[("", "纳文华")], byline_text="（纳文华）", byline_pos="end", banner=False),
])
HAND["2001-03-14_p3"] = dict(opts=dict(W=14, indent=False, noblank=True), arts=[
    H("notice", "广告·声明", "遗失声明", ["青铜峡市恒达商贸有限公司不慎遗失公章一枚，特此声明作废。"]),
    H("notice", "广告·声明", "招聘启事", ["宁夏鸿泰建材有限公司招聘装载机司机2名，要求持证上岗。", "联系电话：0953-3021188。"], banner=False),
    H("ad", "广告·声明", "塞上红葡萄酒", ["宁夏塞上红葡萄酒业有限公司出品，产自贺兰山东麓。", "订购热线：0953-3056677"], banner=False),
])
HAND["2004-09-20_p2"] = dict(opts=dict(W=18, indent=True, noblank=False, interleave=0), arts=[
    H("news", "综合新闻", "瞿靖镇毛桥村稻渔共养试验成功", [
        "本报讯今年，瞿靖镇毛桥村在二百亩稻田里放养河蟹，试验稻渔共养，秋后每亩增收四百多元，稻米价格也比普通大米高出一截。"],
      byline=[], byline_text="", byline_pos="none"),
    H("news", "综合新闻", "大坝镇韦桥村修通环村路", [
        "本报讯入秋以来，大坝镇韦桥村组织群众投工投劳，修通了长六公里的环村砂石路，结束了雨天出行难的历史。"],
      byline=[], byline_text="", byline_pos="none", banner=False),
])
HAND["2006-06-05_p4"] = dict(opts=dict(W=20, indent=False, noblank=False), arts=[
    H("table", "经济", "2005年各镇粮食产量", ["镇名　播种面积（亩）　总产（吨）", "小坝镇　32100　21800", "叶盛镇　41200　30150",
                                         "瞿靖镇　38600　27400", "邵岗镇　29800　19900", "合计　141700　99250"],
      byline=[("", "市统计局")], byline_text="（市统计局供稿）", byline_pos="end"),
    H("news", "经济", "峡口镇汉渠村办起枸杞烘干厂", [
        "峡口镇汉渠村村民何彦军筹资八十万元，办起了全镇第一家枸杞烘干厂，日烘干鲜果十五吨。",
        "“以前晒一茬枸杞要十来天，遇上下雨就全坏了。”何彦军说。"],
      byline=[("通讯员", "马玉梅")], byline_text="通讯员　马玉梅", byline_pos="head", banner=False),
])
HAND["2009-04-16_p1"] = dict(opts=dict(W=15, indent=True, noblank=False), arts=[
    H("news", "", "我市启动黄河标准化堤防建设", [
        "4月15日，我市黄河标准化堤防建设工程在青铜峡镇中滩村开工，工程全长二十一公里。",
        "工程建成后，沿黄小坝镇、大坝镇、青铜峡镇三镇十二个村的群众将告别汛期提心吊胆的日子。"],
      byline=[("记者", "杨海燕"), ("通讯员", "苏占海")], byline_text="本报讯（记者 杨海燕 通讯员 苏占海）", byline_pos="lead",
      kicker="青铜峡镇中滩村", banner=False),
    H("news", "", "邵岗镇甘城子村葡萄园里话丰收", [
        "走进邵岗镇甘城子村，成片的酿酒葡萄园一眼望不到边。",
        "村民马小龙家种了三十亩葡萄，去年卖了九万多元。他说，明年还要再扩大十亩。"],
      byline=[("记者", "周建平")], byline_text="本报记者　周建平", byline_pos="head", headline_after=True, banner=False),
])
HAND["2011-07-08_p3"] = dict(opts=dict(W=13, indent=True, noblank=False), arts=[
    H("news", "乡镇视窗", "陈袁滩镇唐滩村：移民新村变了样", [
        "陈袁滩镇唐滩村是生态移民村，二〇〇八年以来从南部山区搬来群众六百多户。",
        "如今，村里建起了设施温棚二百座，群众人均收入比搬迁前翻了两番。",
        "村民海涛说：“搬出大山，日子一年比一年好。”"],
      byline=[("", "韩雪梅")], byline_text="（韩雪梅）", byline_pos="glued", headline_after=True),
    H("brief", "乡镇视窗", "小坝镇开展科技下乡", ["日前，小坝镇邀请农技专家到张岗村、红星村讲授水稻病虫害防治技术，发放资料三百余份。"],
      byline=[("", "李娟")], byline_text="（李娟）", byline_pos="glued", headline_after=True, banner=False),
])
HAND["2012-10-22_p5"] = dict(opts=dict(W=20, indent=False, noblank=False), arts=[
    H("photo", "图片新闻", "稻谷飘香", ["图为叶盛镇龙门村村民驾驶收割机收割水稻。"], byline=[("摄影", "陈晓东")], byline_text="陈晓东　摄",
      byline_pos="photo", captions=["图为叶盛镇龙门村村民驾驶收割机收割水稻。"]),
    H("photo", "图片新闻", "枸杞红了", ["图为小坝镇林皋村枸杞园里采摘忙。"], byline=[("摄影", "马丽")], byline_text="马丽　摄",
      byline_pos="photo", captions=["图为小坝镇林皋村枸杞园里采摘忙。"], banner=False),
    H("photo", "图片新闻", "峡谷秋色", ["图为青铜峡镇王老滩村一带的黄河峡谷。"], byline=[("摄影", "拜建成")], byline_text="拜建成　摄",
      byline_pos="photo", captions=["图为青铜峡镇王老滩村一带的黄河峡谷。"], banner=False),
])
HAND["2016-05-12_p1"] = dict(opts=dict(W=17, indent=True, noblank=False), arts=[
    H("news", "要闻", "我市全力推进黄河生态保护修复", [
        "5月11日，全市黄河生态保护修复工作推进会在峡口镇召开。",
        "会议要求，要持续抓好黄河岸线整治，严厉打击非法采砂，确保一河清水向东流。"],
      byline=[("记者", "刘慧")], byline_text="本报讯（记者 刘慧）", byline_pos="lead", jump_to=3,
      subtitle="——全市黄河生态保护修复工作推进会召开"),
])
HAND["2016-05-12_p3"] = dict(opts=dict(W=17, indent=True, noblank=False), arts=[
    H("jump_part", "专题", "我市全力推进黄河生态保护修复", [
        "会议还对河长制工作进行了安排，各镇要落实镇村两级河长巡河制度，发现问题及时处置。",
        "市委副书记田学军出席会议并讲话。"], jump_from=1),
    H("news", "专题", "峡口镇西滩村湿地重现白鹭", [
        "经过三年的退耕还湿，峡口镇西滩村的黄河湿地重现白鹭、灰鹤等鸟类。",
        "护林员沙晓燕说，每天巡护时都能看到成群的水鸟。"],
      byline=[("文/图", "哈文斌")], byline_text="文/图　哈文斌", byline_pos="head", banner=False),
])
HAND["2018-11-02_p6"] = dict(opts=dict(W=19, indent=True, noblank=False), sponsor="本版由青铜峡市司法局协办", arts=[
    H("news", "法治专版", "以案说法：土地流转合同要规范", [
        "叶盛镇某村村民甲将十亩承包地流转给乙，双方仅口头约定，后因租金发生纠纷。",
        "法官提示，土地流转应签订书面合同，明确期限、价款和违约责任。"],
      byline=[("", "市人民法院")], byline_text="（市人民法院供稿）", byline_pos="end"),
    H("news", "法治专版", "裕民街道惠源社区开展普法宣传", [
        "近日，裕民街道惠源社区联合司法所开展民法典进社区宣传活动，发放宣传册五百余份。"],
      byline=[("", "吴晓丽")], byline_text="（吴晓丽）", byline_pos="glued", banner=False),
])
HAND["2021-06-30_p2"] = dict(opts=dict(W=16, indent=True, noblank=False, double=True), arts=[
    H("news", "综合", "我市举办庆祝建党百年文艺演出", [
        "6月29日晚，我市庆祝中国共产党成立一百周年文艺演出在黄河楼广场举行。",
        "演出在大合唱《没有共产党就没有新中国》中拉开帷幕，舞蹈、快板、花儿等节目轮番上演。"],
      byline=[("记者", "金凤")], byline_text="青铜峡市融媒体中心记者　金凤", byline_pos="head"),
])
HAND["2024-08-15_p4"] = dict(opts=dict(W=22, indent=True, noblank=True), arts=[
    H("news", "乡村振兴", "邵岗镇沙湖村：滩羊养殖撑起致富伞", [
        "在邵岗镇沙湖村的滩羊养殖园区，一排排标准化羊舍整齐排列，养殖户正忙着添草喂料。",
        "沙湖村党支部书记马志强介绍，园区存栏滩羊一万二千只，带动八十户群众在家门口增收。"],
      byline=[("记者", "杨帆"), ("通讯员", "丁宁")], byline_text="本报讯（融媒体记者 杨帆 通讯员 丁宁）", byline_pos="lead"),
    H("table", "乡村振兴", "2023年各镇滩羊存栏情况", ["镇名　存栏（只）　同比", "邵岗镇　38000　+6.2%", "陈袁滩镇　21000　+4.8%",
                                                 "峡口镇　15600　+3.1%"],
      byline=[("", "市农业农村局")], byline_text="（市农业农村局供稿）", byline_pos="end", banner=False),
    H("notice", "乡村振兴", "遗失声明", ["马玉梅不慎遗失残疾人证一本，证号64038119680512XXXX，声明作废。"], banner=False),
])

HAND["2002-11-08_p1"] = dict(opts=dict(W=16, indent=True, noblank=False), arts=[
    H("news", "", "全市冬季农田水利基本建设全面铺开", [
        "11月6日，全市冬季农田水利基本建设现场会在瞿靖镇蒯桥村召开。",
        "今冬明春，全市计划清淤渠道三百二十公里，平田整地一万五千亩，新打机井四十眼。",
        "市长苏占海要求，各镇要组织好劳力和机械，确保在封冻前完成渠道清淤任务。"],
      byline=[("记者", "何彦军")], byline_text="本报讯（记者 何彦军）", byline_pos="lead",
      kicker="瞿靖镇蒯桥村", subtitle="——全市冬季农田水利基本建设现场会召开", doubled="glyph", banner=False, jump_to=2),
    H("news", "", "陈袁滩镇袁滩村群众喜领新房钥匙", [
        "11月5日，陈袁滩镇袁滩村四十二户移民群众领到了新房钥匙。",
        "六十八岁的老人马军捧着钥匙，激动得说不出话来。"],
      byline=[("", "虎永红")], byline_text="（虎永红）", byline_pos="glued", banner=False),
])
HAND["2002-11-08_p2"] = dict(opts=dict(W=16, indent=True, noblank=False), arts=[
    H("jump_part", "综合新闻", "全市冬季农田水利基本建设全面铺开", [
        "会上，瞿靖镇、大坝镇、邵岗镇分别介绍了冬季水利建设的做法和经验。",
        "与会人员还观摩了蒯桥村、毛桥村的渠道砌护工程。"], jump_from=1,
      byline=[("", "拜建成")], byline_text="（拜建成）", byline_pos="end"),
    H("news", "综合新闻", "大坝镇沙庙村建成村级卫生室", [
        "近日，大坝镇沙庙村新建的卫生室投入使用，村民看小病不再出村。",
        "卫生室配备了乡村医生两名，常用药品一百多种。"],
      byline=[("通讯员", "张莉")], byline_text="通讯员　张莉", byline_pos="head", banner=False),
])
HAND["2007-12-03_p4"] = dict(opts=dict(W=18, indent=False, noblank=False), arts=[
    H("ad", "分类广告", "房屋出租", ["裕民街道汉源社区临街商铺一间，面积六十平方米，水电齐全，可做餐饮。", "联系电话：13909530000"]),
    H("ad", "分类广告", "开业大吉", ["青铜峡市利民便民超市于12月8日隆重开业，开业当天全场商品八折优惠。", "地址：小坝镇先锋村路口"], banner=False),
    H("notice", "分类广告", "遗失声明", ["丁宁不慎遗失宁夏青铜峡市人民医院住院收据一张，金额二千三百元，声明作废。"], banner=False),
    H("notice", "分类广告", "遗失声明", ["青铜峡市鑫源汽车修理部不慎遗失税务登记证正本，声明作废。"], banner=False),
])
HAND["2010-03-05_p2"] = dict(opts=dict(W=15, indent=True, noblank=False), arts=[
    H("news", "综合新闻", "小坝镇先锋村发展设施农业", [
        "今年，小坝镇先锋村新建日光温室一百二十栋，种植西红柿、辣椒等蔬菜。",
        "村民丁学文说，一栋温室一年能挣两万多元。"],
      byline=[("记者", "马秀兰")], byline_text="本报讯（记者 马秀兰）", byline_pos="lead", headline_after=True),
    H("news", "综合新闻", "我市开展春季植树造林", [
        "3月3日，我市春季义务植树活动在青铜峡镇滑石沟村启动，机关干部职工一千余人参加。",
        "今年全市计划完成造林一万亩，其中黄河护岸林三千亩。"],
      byline=[("记者", "王志刚")], byline_text="本报讯（记者 王志刚）", byline_pos="lead", headline_after=True,
      kicker="青铜峡镇滑石沟村", banner=False),
])
HAND["2013-08-27_p6"] = dict(opts=dict(W=21, indent=False, noblank=True), arts=[
    H("brief", "简讯", "叶盛镇开展防溺水教育", ["8月20日，叶盛镇组织各村对沟渠、鱼塘周边进行排查，设立警示牌四十余块。"],
      byline=[("", "纳文华")], byline_text="（纳文华）", byline_pos="glued"),
    H("brief", "简讯", "峡口镇举办枸杞采摘节", ["8月22日，峡口镇首届枸杞采摘节在郝渠村开幕，吸引游客三千余人次。"],
      byline=[("", "沙晓燕")], byline_text="（沙晓燕）", byline_pos="glued", banner=False),
    H("brief", "简讯", "市卫生局开展义诊活动", ["8月24日，市卫生局组织专家到邵岗镇玉泉村开展义诊，接诊群众二百余人。"],
      byline=[("", "刘慧")], byline_text="（刘慧）", byline_pos="glued", banner=False),
])
HAND["2015-04-09_p1"] = dict(opts=dict(W=18, indent=True, noblank=False), arts=[
    H("news", "要闻", "我市召开全面深化改革领导小组会议", [
        "4月8日，市委全面深化改革领导小组召开会议，研究部署今年改革工作。",
        "会议审议通过了《青铜峡市农村土地承包经营权确权登记颁证工作方案》。"],
      byline=[("记者", "田学军")], byline_text="本报讯（记者 田学军）", byline_pos="lead"),
    H("commentary", "要闻", "改革要啃硬骨头", [
        "改革进入深水区，容易的都改完了，剩下的都是难啃的硬骨头。",
        "各级干部要拿出敢于担当的勇气，把改革任务一项一项落到实处。"],
      byline=[("", "本报评论员")], byline_text="本报评论员", byline_pos="head", banner=False),
])
HAND["2017-06-25_p3"] = dict(opts=dict(W=19, indent=True, noblank=False), arts=[
    H("interview", "专题", "让群众喝上放心水", [
        "编者按：今年我市农村饮水安全巩固提升工程进展如何？记者采访了市水务局局长苏占海。",
        "问：今年的农村饮水工程有哪些重点？",
        "答：主要是更新改造瞿靖镇、叶盛镇的老旧管网八十公里，新建加压泵站两座。",
        "问：什么时候能全部完工？",
        "答：我们计划在10月底前全部完工通水。"],
      byline=[("记者", "马丽")], byline_text="本报记者　马丽", byline_pos="head", subtitle="——访市水务局局长苏占海"),
])
HAND["2019-09-16_p7"] = dict(opts=dict(W=20, indent=True, noblank=False), arts=[
    H("essay", "副刊", "黄河边的童年", [
        "小时候，家就在黄河边上的王老滩村，夏天最盼的就是跟着大人去河边放羊。",
        "如今再回去，河岸修起了堤防，种满了柳树，童年的河滩变成了湿地公园。"],
      byline=[("", "韩雪梅")], byline_text="□ 韩雪梅", byline_pos="head"),
    H("essay", "副刊", "秋到青铜峡（外一首）", [
        "稻浪翻滚在叶盛的田野，", "枸杞红透了小坝的枝头，", "黄河从峡谷里走出来，", "把秋天铺满了整个平原。"],
      byline=[("", "马小龙")], byline_text="□ 马小龙", byline_pos="head", banner=False),
])
HAND["2020-05-21_p2"] = dict(opts=dict(W=16, indent=True, noblank=False), arts=[
    H("news", "综合", "我市发放消费券助力复工复产", [
        "5月20日，我市首批二百万元消费券在线上发放，市民可在全市三百余家商户使用。",
        "消费券发放当天，裕民街道唐源社区的超市、餐馆人气明显回升。"],
      byline=[("记者", "杨帆"), ("实习生", "海涛")], byline_text="青铜峡市融媒体中心记者　杨帆　实习生　海涛", byline_pos="head"),
])
HAND["2022-07-11_p3"] = dict(opts=dict(W=24, indent=False, noblank=False), arts=[
    H("notice", "公告", "青铜峡市叶盛镇地三村灌溉渠道改造工程招标公告", [
        "一、招标条件：本项目已由青铜峡市发展和改革局批准建设，资金来源为财政资金，现进行公开招标。",
        "二、工程概况：改造斗渠六点五公里，新建节制闸十二座，计划工期九十日历天。",
        "三、投标人资格：具备水利水电工程施工总承包三级及以上资质。",
        "四、招标文件获取：2022年7月12日至7月18日，在宁夏公共资源交易网下载。"],
      byline=[("", "青铜峡市叶盛镇人民政府")], byline_text="招标人：青铜峡市叶盛镇人民政府", byline_pos="end"),
])
HAND["2023-10-19_p5"] = dict(opts=dict(W=20, indent=False, noblank=False), arts=[
    H("photo", "图片新闻", "黄河楼夜景", ["图为游客在黄河楼前观赏灯光秀。"], byline=[("摄影", "陈晓东")], byline_text="陈晓东　摄",
      byline_pos="photo", captions=["图为游客在黄河楼前观赏灯光秀。"]),
    H("photo", "图片新闻", "稻田画", ["图为叶盛镇地三村稻田里用彩色水稻种出的“黄河颂”图案。"], byline=[("摄影", "金凤")],
      byline_text="金凤　摄", byline_pos="photo", captions=["图为叶盛镇地三村稻田里用彩色水稻种出的“黄河颂”图案。"], banner=False),
])
HAND["2025-03-06_p1"] = dict(opts=dict(W=17, indent=True, noblank=False), arts=[
    H("news", "要闻", "我市召开2025年三级干部大会", [
        "3月5日，我市召开2025年三级干部大会，回顾总结去年工作，安排部署今年任务。",
        "会议强调，要聚焦黄河流域生态保护和高质量发展先行区建设，做强枸杞、葡萄酒、奶产业。"],
      byline=[("记者", "吴晓丽")], byline_text="本报讯（融媒体记者 吴晓丽）", byline_pos="lead", jump_to=4),
    H("news", "要闻", "邵岗镇玉西村光伏项目并网发电", [
        "3月3日，邵岗镇玉西村五十兆瓦光伏发电项目并网发电，年发电量约八千万千瓦时。"],
      byline=[("记者", "哈文斌")], byline_text="青铜峡市融媒体中心记者　哈文斌", byline_pos="head", banner=False),
])
HAND["2025-03-06_p4"] = dict(opts=dict(W=17, indent=True, noblank=False), arts=[
    H("jump_part", "综合", "我市召开2025年三级干部大会", [
        "会议对2024年度先进集体和先进个人进行了表彰，小坝镇、瞿靖镇等六个单位获评先进镇。",
        "市委书记周建平、市长苏占海出席会议并讲话。"], jump_from=1),
    H("notice", "综合", "更正", ["本报3月3日第2版《青铜峡镇中滩村发展特色种植》一文中“中滩村”误为“中庄村”，特此更正。"],
      banner=False),
])
HAND["2008-08-18_p3"] = dict(opts=dict(W=16, indent=True, noblank=False, double=True), arts=[
    H("news", "乡镇视窗", "青铜峡镇上滩村迎来旅游热", [
        "八月以来，青铜峡镇上滩村依托黄河大峡谷景区发展农家乐，每天接待游客五百多人次。",
        "村民苏占海开的农家乐一个月营业额就有三万元。"],
      byline=[("", "马玉梅")], byline_text="（马玉梅）", byline_pos="glued"),
    H("news", "乡镇视窗", "大坝镇蒋东村实施安全饮水工程", [
        "今年，大坝镇蒋东村投资一百二十万元实施安全饮水工程，全村九百户群众喝上了自来水。"],
      byline=[("", "丁宁")], byline_text="（丁宁）", byline_pos="glued", banner=False),
])


# ---------------------------------------------------------------- main
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    os.chdir(here)
    shutil.rmtree("pages", ignore_errors=True)
    os.makedirs("pages")
    hand_dates = sorted({k.split("_")[0] for k in HAND})
    dates = set(dt.date.fromisoformat(x) for x in hand_dates)
    while len(dates) < 48:
        y = R.randint(2000, 2025)
        dates.add(dt.date(y, R.randint(1, 12), R.randint(1, 28)))
    dates = sorted(dates)
    plan = {}
    for d in dates:
        hh = [k for k in HAND if k.startswith(d.isoformat())]
        plan[d] = R.choice([4, 4, 6, 8]) if not hh else max(4, max(int(k.split("_p")[1]) for k in hh))
    free = [d for d in dates if not any(k.startswith(d.isoformat()) for k in HAND)]
    while sum(plan.values()) > 250:
        d = free.pop()
        del plan[d]
    while sum(plan.values()) < 250:
        d = R.choice([x for x in free if plan[x] < 8])
        plan[d] += 1
    dates = sorted(plan)
    used = set()
    T = dict(paper="青铜峡报", county=COUNTY, county_code=CODE, pages=[])
    total = 0
    issue_no = 380
    for d in dates:
        issue_no += R.randint(20, 160)
        iso = d.isoformat()
        hand_here = [k for k in HAND if k.startswith(iso)]
        npages = plan[d]
        pages = gen_issue(d, npages, issue_no, used)
        # hand pages replace the generated ones (and their jump)
        for k in hand_here:
            pg = int(k.split("_p")[1])
            hp = HAND[k]
            p = pages[pg - 1]
            p["arts"] = hp["arts"]
            p["opts"] = dict(hp["opts"])
            p["sponsor"] = hp.get("sponsor")
            if pg > 1:
                p["sect"] = hp["arts"][0]["section"]
                p["top"] = furniture_top(d, pg, npages, issue_no, p["sect"], R.choice(NAMES))
        if hand_here:  # a hand page 1 carries its own jump: drop generated jump parts on other pages
            for p in pages:
                if f"{iso}_p{p['pg']}" not in HAND:
                    p["arts"] = [a for a in p["arts"] if a["kind"] != "jump_part"]
            for p in pages:
                if f"{iso}_p{p['pg']}" not in HAND:
                    for a in p["arts"]:
                        a.pop("jump_to", None)
        form = R.choice(["iso", "compact", "cn"])
        for p in pages:
            if form == "iso":
                stem = f"{iso}_p{p['pg']}"
            elif form == "compact":
                stem = f"{d:%Y%m%d}_p{p['pg']}"
            else:
                stem = f"{d.year}年{d.month:02d}月{d.day:02d}日_p{p['pg']}"
            for a in p["arts"]:
                if p["opts"].get("double") or p["opts"].get("noblank"):
                    a.pop("headline_after", None) if a["kind"] == "photo" else None
            text = render_page(p["top"], p["arts"], p["foot"], p["opts"], p.get("sponsor"))
            open(f"pages/{stem}.txt", "w", encoding="utf-8").write(text)
            arts_t = []
            for a in p["arts"]:
                ta = truth_article(a, p["pg"])
                if a.get("_truth_byline"):
                    ta["byline_pairs"] = []
                    ta["byline"] = []
                if a.get("sign_date"):
                    ta["sign_date"] = a["sign_date"]
                arts_t.append(ta)
            T["pages"].append(dict(issue=stem, issue_key=iso, date=iso, page=p["pg"], file=f"{stem}.txt",
                                   hand=f"{iso}_p{p['pg']}" in HAND, opts={k: v for k, v in p["opts"].items()},
                                   furniture=p["top"] + ([p["sponsor"]] if p.get("sponsor") else []) + p["foot"],
                                   sponsor=p.get("sponsor"), articles=arts_t, entities=[]))
        total += len(pages)
        if total >= 250:
            break
    json.dump(T, open("truth.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(T["pages"]), "pages,", sum(len(p["articles"]) for p in T["pages"]), "articles,",
          sum(p["hand"] for p in T["pages"]), "hand pages")


if __name__ == "__main__":
    main()
