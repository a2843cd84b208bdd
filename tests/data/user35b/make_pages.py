"""Invented pages of two neighbouring county papers of 南充市 (四川省): 营山报 (营山县 511322) and 蓬安报 (蓬安县 511323),
2005-2025, 90 pages each, all in ONE folder with NO manifest; and truth.json.
File names carry the paper's name and the date in two forms: ``营山报_2011-05-06_p2.txt`` and ``蓬安报20110506-3.txt``.
Real 乡镇/村/社区 from admin_divisions_china (codes read from it); people, firms, meetings, the prefecture's own
slogans' wording and all text invented.  The two counties share 14 village/community NAMES (凤凰村, 将军村, 文武村, 金凤村,
双龙村, 金龙村, 高桥村, 石牛村, 太阳村, 红花村, 红光社区, 火车站社区, 幸福社区, 向阳社区); both papers print them.
Sentences carry entities inline: <text|LABEL> (places: the code of the paper's county) or <text|LABEL|B> / <text|LABEL|A>
(a place of the OTHER / named county, e.g. 蓬安县徐家镇凤凰村 printed in 营山报).  Seeded: python make_pages.py"""
import datetime, json, lzma, csv, os, random, re
from collections import Counter

rng = random.Random(3502)
HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages")
ADMIN = "/work/shared/data/admin_divisions_china"

A = dict(key="A", paper="营山报", county="营山县", code="511322", short="营山")
B = dict(key="B", paper="蓬安报", county="蓬安县", code="511323", short="蓬安")
PAPERS = {"A": A, "B": B}

# township -> [villages/communities] per county (all real)
TREE = {
    "A": {"渌井镇": ["凤凰村", "香积村"], "东升镇": ["金凤村"], "黄渡镇": ["将军村", "文武村"], "小桥镇": ["向阳社区"],
          "老林镇": ["双龙村", "龙腾村"], "木垭镇": ["金龙村", "锡山村"], "双流镇": ["高桥村"], "回龙镇": ["石牛村", "幸福社区"],
          "星火镇": ["禅林村"], "青山镇": ["顺水村"], "蓼叶镇": ["太阳村"], "太蓬乡": ["红花村"], "朗池街道": ["红光社区"],
          "城南街道": ["火车站社区"], "绥安街道": ["白塔社区"]},
    "B": {"徐家镇": ["凤凰村", "将军村", "文武村", "金龙村", "太阳村", "红花村"], "锦屏镇": ["金凤村", "幸福社区", "嘉陵社区"],
          "巨龙镇": ["双龙村"], "福德镇": ["高桥村"], "正源镇": ["石牛村"], "河舒镇": ["燕子村", "红光社区"],
          "利溪镇": ["八角村"], "罗家镇": ["五马村"], "睦坝镇": ["老君村", "向阳社区"], "兴旺镇": ["和平村"],
          "相如街道": ["火车站社区"], "周口街道": [], "银汉镇": []},
}
COUNTY_CODE = {"A": "511322", "B": "511323"}


def load_codes():
    streets = {}
    with open(f"{ADMIN}/streets.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["areaCode"] in ("511322", "511323"):
                streets[(r["areaCode"], r["name"])] = r["code"]
    vil = {}
    with lzma.open(f"{ADMIN}/villages.csv.xz", "rt", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["areaCode"] in ("511322", "511323"):
                n = re.sub("村民委员会$", "", r["name"])
                n = re.sub("居民委员会$", "", n)
                vil[(r["streetCode"], n)] = r["code"]
    codes = {}
    for k, tree in TREE.items():
        cc = COUNTY_CODE[k]
        for t, vs in tree.items():
            tc = streets[(cc, t)]
            codes[(k, t)] = ("TOWNSHIP", tc)
            for v in vs:
                codes[(k, v)] = ("COMMUNITY" if v.endswith("社区") else "VILLAGE", vil[(tc, v)])
    return codes


CODES = load_codes()
SHARED = sorted({n for (k, n) in CODES if k == "A"} & {n for (k, n) in CODES if k == "B"})
TOWN_OF = {(k, v): t for k, tree in TREE.items() for t, vs in tree.items() for v in vs}
OTHER = {"A": "B", "B": "A"}

# people (invented)
PEOPLE = {
    "A": dict(sec=["周德明", "林海涛", "何晓峰"], head=["邓建国", "罗志刚", "蒲文静"], rep=["张敏", "陈浩", "李婷", "谯雪梅"],
              corr=["蒋伟", "母小军"], edit=["杨帆", "吴倩"]),
    "B": dict(sec=["王志远", "冉光辉", "谭丽华"], head=["苟明杰", "敬国庆", "青春燕"], rep=["王丽", "赵刚", "刘洋", "雍红"],
              corr=["罗霞", "伏家林"], edit=["何芳", "唐静"]),
}
PREF_REP = ["孙悦", "庞建华"]
COOPS = {"A": ["营山县禾丰种养专业合作社", "四川朗池食品有限公司"], "B": ["蓬安县嘉陵红柑橘专业合作社", "四川相如文旅开发有限公司"]}


def era(y):
    return 0 if y <= 2012 else 1 if y <= 2019 else 2


def pl(k, name, county_key=None):
    """A place mark of county county_key (default: the paper's own)."""
    ck = county_key or k
    lab = CODES[(ck, name)][0]
    suf = "" if ck == k else f"|{ck}"
    return f"<{name}|{lab}{suf}>"


def tv(k, v, ck=None):
    """'X镇Y村' for village v of county ck."""
    ck = ck or k
    return pl(k, TOWN_OF[(ck, v)], ck) + pl(k, v, ck)


def O(t):
    return f"<{t}|ORG>"


def G(t):
    return f"<{t}|GPE>"


def P(t):
    return f"<{t}|PERSON>"


# campaigns by year (formulae)
def campaigns(y):
    c = []
    if y <= 2012:
        c.append("社会主义新农村建设")
    if 2014 <= y <= 2020:
        c += ["精准扶贫", "脱贫攻坚"]
    if y >= 2017:
        c.append("河长制")
    if y >= 2018:
        c.append("乡村振兴")
    if y >= 2012:
        c.append("网格化管理")
    return c


PREF_SLOGANS = [("“三城同创”", 2012, 2017), ("“155发展战略”", 2017, 2021), ("成渝第二城", 2018, 2025), ("“绿色嘉陵”", 2016, 2025)]
COUNTY_SLOGANS = {"A": [("“工业强县、农业稳县”", 2005, 2016), ("“川东北物流强县”", 2017, 2025)],
                  "B": [("“文旅兴县”", 2008, 2025), ("“嘉陵第一桑梓”", 2013, 2025)]}
FORMULAE = ["社会主义新农村建设", "精准扶贫", "脱贫攻坚", "河长制", "乡村振兴", "网格化管理"] + \
    [s.strip("“”") for s, a, b in PREF_SLOGANS] + [s.strip("“”") for k in "AB" for s, a, b in COUNTY_SLOGANS[k]]


# ---------------------------------------------------------------- article builders
def byline_staff(k, y, n=1):
    reps = PEOPLE[k]["rep"]
    names = rng.sample(reps, n)
    return names


def art_campaign(k, y, who):
    """A campaign report from one township and two villages (shared names often)."""
    p = PAPERS[k]
    c = rng.choice(campaigns(y))
    vs = [v for v in TREE[k][rng.choice([t for t in TREE[k] if TREE[k][t]])]]
    v = rng.choice(vs)
    t = TOWN_OF[(k, v)]
    v2 = rng.choice(SHARED) if rng.random() < 0.6 else v
    if v2.endswith("社区"):
        v2 = v
    lab_v = CODES[(k, v)][0]
    title = rng.choice([f"{t}{c}见实效", f"{t}：{c}路上步履铿锵", f"{v}的{c}新答卷", f"{t}扎实推进{c}"])
    if c == "网格化管理":
        title = f"{t}网格化管理打通服务“最后一米”"
    tmark = re.sub("(" + re.escape(t) + ")", lambda m: pl(k, t), title, count=1)
    tmark = tmark.replace(v, pl(k, v)) if v in title and t not in title else tmark
    sents = [
        f"近日，{pl(k, t)}{pl(k, v)}的干部群众忙着{rng.choice(['修路', '建设产业园', '整治人居环境', '发展柑橘产业'])}，{c}工作有声有色。",
        f"今年以来，{O(t + '党委')}把{c}作为头号工程，镇村干部包片包户，逐户建立台账。",
        f"在{pl(k, v2)}，{O(COOPS[k][0])}带动农户{rng.randint(30, 300)}户，户均增收{rng.randint(2, 9)}千元。",
        f"“{c}让我们村变了样。”{pl(k, v)}村民{P(who)}说。",
        f"据了解，{G(p['county'])}已累计投入资金{rng.randint(2, 90)}00万元，惠及群众{rng.randint(1, 9)}万余人。",
    ]
    if lab_v == "COMMUNITY":
        sents[3] = f"“网格员天天上门，心里踏实。”{pl(k, v)}居民{P(who)}说。"
    return title, tmark, sents, c


def art_river(k, y, who):
    p = PAPERS[k]
    t = rng.choice([t for t in TREE[k] if TREE[k][t] and not t.endswith("街道")])
    v = rng.choice([x for x in TREE[k][t] if x.endswith("村")] or TREE[k][t])
    river = {"A": rng.choice(["消水河", "流江河"]), "B": rng.choice(["嘉陵江", "清溪河"])}[k]
    title = f"{t}全面落实河长制 {river}重现水清岸绿"
    tmark = f"{pl(k, t)}全面落实河长制 <{river}|LOC>重现水清岸绿"
    sents = [f"{rng.randint(3, 28)}日，{G(p['county'])}县级河长{P(who)}到{pl(k, t)}巡河，沿<{river}|LOC>查看{pl(k, v)}段的水质。",
             f"自推行河长制以来，{pl(k, t)}设立镇级河长{rng.randint(3, 9)}名、村级河长{rng.randint(10, 40)}名，落实“一河一策”。",
             f"{O(p['county'] + '河长制办公室')}负责人介绍，全县{rng.randint(20, 60)}条河流全部纳入河长制管理。"]
    return title, tmark, sents, "河长制"


def art_grid(k, y, who):
    t = {"A": "朗池街道", "B": "相如街道"}[k]
    com = {"A": rng.choice(["红光社区", "火车站社区"]), "B": rng.choice(["火车站社区"])}[k]
    if k == "B" and rng.random() < 0.5:
        t, com = "河舒镇", "红光社区"
    title = f"{com}：网格化管理让服务零距离"
    tmark = f"{pl(k, com)}：网格化管理让服务零距离"
    sents = [f"走进{pl(k, t)}{pl(k, com)}，{rng.randint(6, 20)}名专职网格员正在入户走访。",
             f"{pl(k, com)}把辖区划为{rng.randint(5, 15)}个网格，推行网格化管理，做到小事不出网格。",
             f"“有事找网格员，一个电话就来了。”居民{P(who)}说。"]
    return title, tmark, sents, "网格化管理"


def art_cross(k, y, who):
    """The neighbour's delegation visits a shared-name village: both villages printed with their county."""
    o = OTHER[k]
    p, q = PAPERS[k], PAPERS[o]
    v = rng.choice([s for s in SHARED if s.endswith("村")])
    title = f"{q['county']}考察团来我县学习{v}发展经验"
    tmark = f"{G(q['county'])}考察团来我县学习{pl(k, v)}发展经验"
    sents = [f"{rng.randint(3, 28)}日，{G(q['county'])}{pl(k, TOWN_OF[(o, v)], o)}{pl(k, v, o)}党员干部一行{rng.randint(10, 30)}人来到{pl(k, TOWN_OF[(k, v)])}{pl(k, v)}考察学习。",
             f"两个{v}同名不同县，此次结成“友好村”，共同推进{rng.choice(campaigns(y))}。",
             f"{pl(k, v)}党支部书记{P(who)}介绍了村里的产业发展经验。"]
    return title, tmark, sents, None


def art_reprint(k, y, who):
    """A prefecture story reprinted from 南充日报 (both counties named)."""
    s = [x for x in PREF_SLOGANS if x[1] <= y <= x[2]]
    slog = s[0][0] if s else "“三城同创”"
    title = f"{G('南充')}：凝心聚力推进{slog}".replace("<南充|GPE>", "南充")
    tmark = f"{G('南充')}：凝心聚力推进{slog}"
    sents = [f"{rng.randint(3, 28)}日，{O('南充市委')}召开专题会议，研究部署{slog}工作。",
             f"会议指出，{G('营山县')}、{G('蓬安县')}等县（市、区）要把{slog}与{rng.choice(campaigns(y))}结合起来。",
             f"{G('南充市')}将在{G('顺庆区')}、{G('营山县')}和{G('蓬安县')}开展试点。"]
    return title, tmark, sents, None


BUILDERS = [art_campaign, art_campaign, art_river, art_grid, art_campaign]


def wrap(text, w):
    out, line = [], "　　"
    for ch in text:
        line += ch
        if len(line) >= w:
            out.append(line)
            line = ""
    if line:
        out.append(line)
    return out


MARK = re.compile(r"<([^<>|]+)\|([A-Z]+)(?:\|([AB]))?>")


def strip(s):
    return MARK.sub(lambda m: m.group(1), s)


def marks(s, k):
    out = []
    for m in MARK.finditer(s):
        txt, lab, ck = m.group(1), m.group(2), m.group(3) or k
        code = CODES[(ck, txt)][1] if lab in ("TOWNSHIP", "VILLAGE", "COMMUNITY") else None
        out.append(dict(text=txt, label=lab, code=code, county=COUNTY_CODE[ck] if code else None))
    return out


def doubled(t):
    return "".join(ch * 2 for ch in t)


def make_article(k, y, rnd_builder=None, force_kind=None):
    p = PAPERS[k]
    who = rng.choice(["刘大成", "陈秀英", "李光荣", "杨春花", "何德明", "蒲永福", "谢玉兰"])
    b = rnd_builder or rng.choice(BUILDERS)
    title, tmark, sents, camp = b(k, y, who)
    reprint = b is art_reprint
    kind = force_kind or "news"
    # byline
    if reprint:
        names = [rng.choice(PREF_REP)]
        style = rng.choice(["head", "end"])
        byl_text = f"据《南充日报》（记者 {names[0]}）" if style == "end" else f"南充日报记者　{names[0]}"
        roles = [("记者", names[0])]
    else:
        names = byline_staff(k, y, rng.choice([1, 1, 2]))
        style = rng.choice(["line", "lead", "box", "end"])
        corr = rng.choice(PEOPLE[k]["corr"]) if rng.random() < 0.4 else None
        roles = [("记者", n) for n in names] + ([("通讯员", corr)] if corr else [])
        if style == "line":
            byl_text = "本报记者　" + "　".join(names) + (f"　通讯员　{corr}" if corr else "")
        elif style == "box":
            byl_text = "□记者　" + "　".join(names) + (f"　通讯员　{corr}" if corr else "")
        elif style == "lead":
            byl_text = "本报讯（记者　" + "　".join(names) + (f"　通讯员　{corr}" if corr else "") + "）"
        else:
            byl_text = "（记者　" + "　".join(names) + (f"　通讯员　{corr}" if corr else "") + "）"
    byl_mark = byl_text
    for _, n in roles:
        byl_mark = byl_mark.replace(n, P(n), 1)
    if reprint:
        byl_mark = byl_mark.replace("《南充日报》", "《<南充日报|DOC>》").replace("南充日报记者", "<南充日报|ORG>记者")
    body = "".join(sents)
    if not reprint and style == "lead":
        body_mark = byl_mark + body
    elif style == "end":
        body_mark = body + byl_mark
    else:
        body_mark = body
    return dict(title=title, tmark=tmark, byline=[n for _, n in roles], roles=roles, byline_text=byl_text,
                byl_mark=byl_mark if style in ("line", "box", "head") else "", body_mark=body_mark,
                style=style, reprint=reprint, kind=kind, campaign=camp)


WEEK = "一二三四五六日"


def render_page(k, date, pno, arts, w, *, masthead, headline_after, dbl, extra_lines=()):
    p = PAPERS[k]
    lines, marked = [], []  # marked: text with marks for entity truth
    if masthead:
        lines += [p["paper"], f"中共{p['county']}委主办", f"{date.year}年{date.month}月{date.day}日　星期{WEEK[date.weekday()]}　第{pno}版"]
        marked += [f"<{p['paper']}|ORG>", f"<中共{p['county']}委|ORG>主办"]
    elif rng.random() < 0.5:
        lines.append(f"{date.year}年{date.month}月{date.day}日　第{pno}版　{rng.choice(['综合新闻', '乡镇动态', '民生'])}")
    truth_arts = []
    for i, a in enumerate(arts):
        t = a["title"]
        printed_t = doubled(t) if dbl and i == 0 else t
        body_lines = wrap(strip(a["body_mark"]), w)
        after = headline_after and a["style"] != "lead" and i % 2 == 0
        block = []
        if not after:
            block.append(printed_t)
            if a["byl_mark"]:
                block.append(strip(a["byl_mark"]))
            block += body_lines
        else:
            if a["byl_mark"]:
                block.append(strip(a["byl_mark"]))
            block += body_lines
            block.append(printed_t)
        lines += [""] + block
        marked += [a["tmark"], a["byl_mark"], a["body_mark"]]
        body = strip(a["body_mark"])
        truth_arts.append(dict(title=t, byline=a["byline"], roles=a["roles"], byline_text=a["byline_text"], kind=a["kind"],
                               reprinted=a["reprint"], headline_after=after, doubled=bool(dbl and i == 0),
                               body_first=body[:12], body_last=body[-12:], campaign=a["campaign"]))
    for el, em, ta in extra_lines:
        lines += [""] + el
        marked += em
        truth_arts.append(ta)
    if rng.random() < 0.5 or pno > 1:
        ed = rng.choice(PEOPLE[k]["edit"])
        lines += ["", f"责任编辑：{ed}"]
        marked.append(f"责任编辑：<{ed}|PERSON>")
    return "\n".join(lines) + "\n", marked, truth_arts


def brief(k, y):
    """简讯: three items, each with a township/village (shared names)."""
    items, mk = [], []
    for _ in range(3):
        v = rng.choice(SHARED)
        t = TOWN_OF[(k, v)]
        c = rng.choice(campaigns(y))
        s = f"■{pl(k, t)}{pl(k, v)}召开{c}推进会，部署下一阶段工作。"
        items.append(strip(s)); mk.append(s)
    ta = dict(title="简　讯", byline=[], roles=[], byline_text="", kind="brief", reprinted=False, headline_after=False,
              doubled=False, body_first=items[0][:12], body_last=items[-1][-12:], campaign=None)
    return ["简　讯"] + items, mk, ta


def notice(k, y, date):
    p = PAPERS[k]
    body = f"　　为全面推行河长制，现将{p['county']}县级河长名单予以公告，请社会各界监督。"
    sign = f"{p['county']}河长制办公室"
    mk = [f"　　为全面推行河长制，现将{G(p['county'])}县级河长名单予以公告，请社会各界监督。", f"{O(sign)}"]
    lines = ["公　告"] + wrap(body.strip("　"), 18) + [sign, f"{date.year}年{date.month}月{date.day}日"]
    ta = dict(title="公　告", byline=[], roles=[], byline_text="", kind="notice", reprinted=False, headline_after=False,
              doubled=False, body_first=body.strip("　")[:12], body_last=f"{date.day}日", campaign="河长制")
    return lines, mk, ta


def caption(k, y):
    v = rng.choice(SHARED)
    t = TOWN_OF[(k, v)]
    r = rng.choice(PEOPLE[k]["rep"])
    s = f"图为{pl(k, t)}{pl(k, v)}村民在采摘柑橘。（记者　{P(r)}　摄）"
    ta = dict(title="", byline=[r], roles=[("摄", r)], byline_text=f"（记者　{r}　摄）", kind="photo", reprinted=False,
              headline_after=False, doubled=False, body_first=strip(s)[:12], body_last=strip(s)[-12:], campaign=None)
    return [strip(s)], [s], ta


def dates_for(k):
    out = set()
    while len(out) < 90:
        y = 2005 + len(out) * 21 // 90 if False else rng.randint(2005, 2025)
        d = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
        pno = rng.choice([1, 1, 2, 2, 3, 4])
        out.add((d, pno))
    return sorted(out)


def fname(k, d, pno):
    if k == "A":
        return f"营山报_{d.isoformat()}_p{pno}"
    return f"蓬安报{d.strftime('%Y%m%d')}-{pno}"


def truth_entities(marked, k):
    cnt = Counter()
    places = []
    for s in marked:
        for m in marks(s, k):
            cnt[(m["text"], m["label"])] += 1
            if m["code"]:
                places.append(m)
    ents = [dict(text=t, label=l, count=c) for (t, l), c in sorted(cnt.items())]
    # one truth place per (text, label, code) per page
    seen, pls = set(), []
    for m in places:
        key = (m["text"], m["label"], m["code"])
        if key not in seen:
            seen.add(key)
            pls.append(dict(text=m["text"], label=m["label"], code=m["code"], county=m["county"],
                            shared=m["text"] in SHARED))
    return ents, pls


def main():
    os.makedirs(PAGES, exist_ok=True)
    for f in os.listdir(PAGES):
        os.remove(os.path.join(PAGES, f))
    pages = []
    for k in "AB":
        for j, (d, pno) in enumerate(dates_for(k)):
            y = d.year
            hand = j % 7 == 0   # every 7th page laid out by the rules below with extra care: cross-county, reprint, notice
            n_art = rng.choice([2, 3]) if pno == 1 else rng.choice([2, 3, 4])
            arts = []
            for i in range(n_art):
                b = None
                if hand and i == 0:
                    b = art_cross
                elif i == n_art - 1 and rng.random() < 0.3:
                    b = art_reprint
                arts.append(make_article(k, y, b))
            extra = []
            if pno > 1 and rng.random() < 0.4:
                extra.append(brief(k, y))
            if y >= 2017 and pno > 1 and rng.random() < 0.25:
                extra.append(notice(k, y, d))
            if rng.random() < 0.35:
                extra.append(caption(k, y))
            w = rng.randint(14, 22)
            headline_after = (k == "B" and 2005 <= y <= 2011 and rng.random() < 0.6)
            dbl = (k == "A" and pno == 1 and y <= 2009)
            text, marked, tarts = render_page(k, d, pno, arts, w, masthead=(pno == 1), headline_after=headline_after,
                                              dbl=dbl, extra_lines=extra)
            stem = fname(k, d, pno)
            with open(os.path.join(PAGES, stem + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
            ents, pls = truth_entities(marked, k)
            flat = re.sub(r"\s", "", text)
            form = {fm: flat.count(fm) for fm in FORMULAE if flat.count(fm)}
            pages.append(dict(issue=stem, file=stem + ".txt", paper=PAPERS[k]["paper"], county_code=PAPERS[k]["code"],
                              date=d.isoformat(), page=pno, width=w, masthead=pno == 1, articles=tarts, entities=ents,
                              places=pls, formulae=form))
    T = dict(papers={A["paper"]: A["code"], B["paper"]: B["code"]}, prefecture="南充市", shared_names=SHARED,
             formulae=FORMULAE, pages=pages)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(T, f, ensure_ascii=False, indent=1)
    print(len(pages), "pages;", "shared names:", " ".join(SHARED))


if __name__ == "__main__":
    main()
