"""Generate user20's two county papers (今日仙居, 蓬溪报) as PDF-extracted text pages + truth JSON.
Truth is written from the generator's own records, before the library is run on the pages."""
import json, random, datetime, pathlib, csv

OUT = pathlib.Path("/work/wt/user20/tests/data/user20")
rng = random.Random(20)
WD = "一二三四五六日"

P = {
 "xj": dict(paper="今日仙居", county="仙居县", code="331024",
   towns=[("淡竹乡","331024203",["下齐村","尚仁村","淡竹村"]),("田市镇","331024104",["公盂村","上溪村","东周村"]),
          ("皤滩乡","331024204",["万竹王村","吕前村","山下村"]),("横溪镇","331024101",["上沈村","俞店村","五都潘村"]),
          ("朱溪镇","331024107",["官屋村","岩前村","后岸村"]),("官路镇","331024105",["石井村","永狮村","西陈村"]),
          ("下各镇","331024106",["东岙村","西郊村","下垟村"]),("溪港乡","331024201",["百花村","塘弄村","安山村"])],
   reporters=["王晓燕","陈立军","张慧","应国平","朱丹丹","吴一帆","林佳怡"],
   stringers=["应建华","周敏","朱海波","郑雅琴"],
   leaders=[("县委书记","林卫东"),("县长","朱海涛"),("县委副书记","应晓明"),("副县长","陈若兰")],
   secs=[("应金土","村党支部书记"),("王素芬","村党总支书记"),("张国庆","村委会主任"),("朱小平","村党支部书记")],
   firms=["浙江仙琚制药股份有限公司","仙居县神仙居杨梅专业合作社","浙江永源机电制造有限公司","仙居县福应街道共富工坊","浙江君友纸业有限公司"],
   projects=["仙居抽水蓄能电站","杭绍台高速公路仙居段","神仙居景区提升工程","永安溪绿道三期工程","仙居县城市有机更新项目"],
   product="杨梅", scenic="神仙居景区", river="永安溪",
   slogans={ # slogan: first year it is used (local mottos and provincial formulae, quoted)
     "神仙居住的地方":2019, "仙居杨梅甲天下":2019, "最多跑一次":2019, "五水共治":2019,
     "诗画仙居·神仙氧吧":2020, "共同富裕示范区":2021, "仙居山水·共富先行":2022,
     "三个一号工程":2023, "地瓜经济":2023, "杨梅红了·仙居等你":2024},
   lastyear={"最多跑一次":2020, "五水共治":2021},
 ),
 "px": dict(paper="蓬溪报", county="蓬溪县", code="510921",
   towns=[("常乐镇","510921104",["拱市村","炮台村","万寿村"]),("鸣凤镇","510921110",["七星村","石板垭村"]),
          ("赤城镇","510921100",["上河街社区","东街社区"]),("大石镇","510921108",["乌木嘴村","泉程村","大福村"]),
          ("天福镇","510921105",["长岭村","落溪村"]),("金桥镇","510921117",["金黄村","高坪社区"]),
          ("新会镇","510921101",["两路口村","里坝村","猫山村"]),("宝梵镇","510921107",[])],
   reporters=["何静","杨帆","蒋文华","唐小玲","罗浩","谢丽萍"],
   stringers=["邓志强","曾红梅","文涛"],
   leaders=[("县委书记","罗成刚"),("县长","刘斌"),("县委副书记","蒋玉洁"),("副县长","唐建国")],
   secs=[("蒋乙嘉","村党委书记"),("何长林","村党支部书记"),("唐正红","村委会主任"),("杨德明","村党支部书记")],
   firms=["四川蓬溪天福食品有限公司","蓬溪县拱市联村农业专业合作社","遂宁蓬溪经济开发区","四川蓬溪高峰山文旅有限公司","蓬溪县矮晚柚种植专业合作社"],
   projects=["蓬溪县城乡供水一体化项目","赤城湖湿地公园","宝梵寺壁画保护修缮工程","遂潼快速通道蓬溪段","蓬溪县工业园区标准化厂房项目"],
   product="矮晚柚", scenic="高峰山景区", river="蓬溪河",
   slogans={"诗意蓬溪":2019, "中国书画艺术之乡":2019, "拱市联村":2019, "成渝地区双城经济圈":2020,
     "工业强县、文旅兴县":2021, "五区共兴":2022, "四化同步、城乡融合、五区共兴":2023, "蓬溪好物":2023,
     "书香蓬溪·诗意栖居":2024},
   lastyear={},
 ),
}
FORMULAE = {"乡村振兴":2019, "高质量发展":2019, "脱贫攻坚":2019, "不忘初心、牢记使命":2019, "新发展理念":2019,
            "共同富裕":2021, "两个确立":2021, "两个维护":2019, "中国式现代化":2022, "新质生产力":2024}
FORM_LAST = {"脱贫攻坚":2020, "不忘初心、牢记使命":2019}

def live_slogans(p, year):
    return [s for s, y in p["slogans"].items() if y <= year and p["lastyear"].get(s, 9999) >= year]
def live_formulae(year):
    return [s for s, y in FORMULAE.items() if y <= year and FORM_LAST.get(s, 9999) >= year]

# ---------------- article templates ----------------
def art_village(p, d, used):
    t, tc, vs = rng.choice([x for x in p["towns"] if x[2]]); v = rng.choice(vs)
    sec, role = rng.choice(p["secs"]); f = rng.choice(p["firms"])
    n = rng.randint(12, 96); m = rng.randint(3, 40)
    title = rng.choice([f"{t}{v}：{p['product']}产业鼓起村民“钱袋子”", f"{v}走出一条乡村振兴新路子",
                        f"小山村里的“共富经”", f"{t}：党建引领激活村集体经济"])
    if title.startswith("小山村") and d.year < 2021: title = f"{v}的“致富经”"
    sl = rng.choice(live_slogans(p, d.year))
    body = [f"初夏时节，走进{t}{v}，连片的{p['product']}基地郁郁葱葱，村民们正忙着疏果、施肥。“今年的{p['product']}长势好，预计每亩能增收{m}00元。”{v}{role}{sec}告诉记者。",
            f"近年来，{v}坚持把发展产业作为乡村振兴的关键，依托{f}，采取“合作社+基地+农户”模式，带动{n}户村民在家门口就业。",
            f"村里还借助“{sl}”这块金字招牌，发展民宿和农家乐{rng.randint(3,18)}家，去年村集体经济收入突破{rng.randint(30,150)}万元。",
            f"“下一步，我们将继续做好土特产文章，让更多村民共享发展成果。”{sec}说。"]
    if d.year >= 2021: body.insert(2, f"村两委把扎实推进共同富裕落到实处，{n}户低收入农户全部实现稳定增收。")
    used += [sl]; return title, body, dict(places=[(t, tc), (v, None)])

def art_meeting(p, d, used):
    (r1, l1) = p["leaders"][0]; (r2, l2) = p["leaders"][1]
    fs = live_formulae(d.year); sl = rng.choice(live_slogans(p, d.year))
    kinds = ["县委常委会召开会议", "县委理论学习中心组开展专题学习", "全县经济工作会议召开", "县委全会召开"]
    title = rng.choice(kinds)
    body = [f"{d.month}月{d.day}日，{title.replace('召开','')}召开，{r1}{l1}主持会议并讲话，{r2}{l2}出席。",
            f"会议强调，要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。" if "两个确立" in fs else
            f"会议强调，要增强“四个意识”、坚定“四个自信”、做到“两个维护”，深入开展“不忘初心、牢记使命”主题教育。" if "不忘初心、牢记使命" in fs else
            f"会议强调，要增强“四个意识”、坚定“四个自信”、做到“两个维护”，坚决打赢脱贫攻坚收官战。",
            f"会议指出，要完整、准确、全面贯彻新发展理念，推动{p['county']}高质量发展迈出新步伐" + ("，以中国式现代化县域实践为目标" if d.year >= 2022 else "") + "。",
            f"会议要求，全县上下要围绕“{sl}”目标，抓项目、稳增长、惠民生，" + ("加快培育新质生产力，" if d.year >= 2024 else "") + "确保全年目标任务圆满完成。"]
    used += [sl]; return title, body, dict(places=[])

def art_project(p, d, used):
    pr = rng.choice(p["projects"]); t, tc, _ = rng.choice(p["towns"]); inv = rng.randint(2, 80)
    (r, l) = rng.choice(p["leaders"][1:])
    title = rng.choice([f"{pr}加快推进", f"{pr}建设跑出“加速度”", f"重点项目建设热潮涌动", f"{pr}顺利通过验收"])
    body = [f"连日来，位于{t}的{pr}施工现场机器轰鸣，工人们正抢抓晴好天气加紧施工。",
            f"据了解，该项目总投资{inv}.{rng.randint(1,9)}亿元，建成后将进一步补齐基础设施短板，为县域高质量发展注入新动能。",
            f"{r}{l}到现场调研时要求，各相关部门要强化要素保障，倒排工期、挂图作战，确保项目早日建成投用。"]
    if d.year >= 2020 and p is P["px"]: body.append("项目是我县主动融入“成渝地区双城经济圈”建设的重要支撑。"); used.append("成渝地区双城经济圈")
    if d.year >= 2023 and p is P["xj"]: body.append("今年以来，我县深入实施“三个一号工程”，以项目建设的实绩检验作风。"); used.append("三个一号工程")
    return title, body, dict(places=[(t, tc)])

def art_ecology(p, d, used):
    t, tc, vs = rng.choice([x for x in p["towns"] if x[2]]); v = rng.choice(vs)
    title = rng.choice([f"{p['river']}畔绿意浓", f"{t}：守护绿水青山 做活生态文章", f"{p['scenic']}迎来旅游旺季"])
    sl = [s for s in live_slogans(p, d.year) if s in ("五水共治", "诗画仙居·神仙氧吧", "诗意蓬溪", "书香蓬溪·诗意栖居", "杨梅红了·仙居等你", "神仙居住的地方")]
    sl = rng.choice(sl) if sl else rng.choice(live_slogans(p, d.year))
    body = [f"清晨的{p['river']}，水清岸绿，白鹭翩飞，不少市民沿着绿道晨练。",
            f"近年来，{p['county']}坚持生态优先、绿色发展，把“{sl}”作为县域发展的鲜明标识，{t}{v}等地的生态环境持续向好。",
            f"今年{d.month}月以来，{p['scenic']}累计接待游客{rng.randint(3,60)}万人次，同比增长{rng.randint(5,40)}%。"]
    used.append(sl); return title, body, dict(places=[(t, tc), (v, None)])

def art_service(p, d, used):
    title = rng.choice(["政务服务再提速 群众办事更便捷", "“一站式”服务暖人心", "便民服务中心迎来办事高峰"])
    sl = "最多跑一次" if (p is P["xj"] and d.year <= 2020) else ("蓬溪好物" if (p is P["px"] and d.year >= 2023) else None)
    body = [f"“以前办个营业执照要跑好几趟，现在一个窗口就办好了。”在{p['county']}政务服务中心，市民{rng.choice(['李','王','陈','赵','刘'])}女士说。"]
    if sl == "最多跑一次": body.append("近年来，我县深化“最多跑一次”改革，推动政务服务事项网上办、掌上办，群众满意度持续提升。")
    elif sl: body.append("服务中心还设立了“蓬溪好物”展销专区，展示本地农特产品，方便企业和群众对接。")
    else: body.append("今年以来，县政务服务中心推行“一窗通办”，可办事项达到" + str(rng.randint(300, 900)) + "项。")
    body.append(f"截至目前，中心累计办理各类事项{rng.randint(2,30)}万余件，办结率达100%。")
    if sl: used.append(sl)
    return title, body, dict(places=[])

def art_people(p, d, used):
    t, tc, vs = rng.choice([x for x in p["towns"] if x[2]]); v = rng.choice(vs)
    sec, role = rng.choice(p["secs"])
    title = rng.choice([f"{sec}：扎根乡村的“领头雁”", f"记{t}{v}{role}{sec}", f"{sec}：把群众的事当成自家的事"])
    sl = rng.choice(live_slogans(p, d.year))
    body = [f"{sec}今年{rng.randint(38,62)}岁，担任{v}{role}已经{rng.randint(4,20)}年。",
            f"上任之初，{v}是有名的“空壳村”。{sec}带领村两委一班人跑项目、找市场，引进{rng.choice(p['firms'])}在村里建起基地。",
            f"如今，村里道路硬化了、路灯亮了，“{sl}”的牌子也挂到了村口。",
            f"谈到今后的打算，{sec}说：“要让乡亲们的日子越过越红火。”"]
    used.append(sl); return title, body, dict(places=[(t, tc), (v, None)])

def art_short(p, d, used):
    t, tc, _ = rng.choice(p["towns"])
    title = rng.choice([f"{t}开展防汛应急演练", f"{t}举办农民丰收节", f"{t}开展安全生产大检查", f"{t}举行“我们的节日”文艺汇演"])
    body = [f"{d.month}月{d.day - 1 if d.day > 1 else 1}日，{t}组织干部群众{rng.randint(50,300)}余人开展活动，进一步增强了群众的参与感和获得感。"]
    return title, body, dict(places=[(t, tc)])

TEMPLATES = [art_village, art_meeting, art_project, art_ecology, art_service, art_people, art_short]

# ---------------- page layout ----------------
def wrap(par, width):
    s = "　　" + par; return [s[i:i + width] for i in range(0, len(s), width)]

def byline_forms(p, art_kind):
    r = rng.choice(p["reporters"]); s = rng.choice(p["stringers"])
    form = rng.choice(["under", "under2", "lead", "end", "box"])
    if art_kind == "short": form = rng.choice(["end", "lead"])
    return form, r, s

def make_page(p, key, d, pageno, section, n_art, special=None):
    used = []; lines = []; truth_arts = []
    if key == "xj":
        head = [f"今日仙居　　{d.year}年{d.month}月{d.day}日　星期{WD[d.weekday()]}", f"第{pageno}版　{section}",
                f"责任编辑：{rng.choice(['王丽','陈海燕','张明'])}　美编：{rng.choice(['李强','朱颖'])}　校对：{rng.choice(['陈芳','应洁'])}"]
    else:
        head = [f"第{pageno:02d}版　蓬溪报　{section}　{d.year}年{d.month}月{d.day}日　星期{WD[d.weekday()]}",
                f"责任编辑：{rng.choice(['何静','唐敏'])}　校对：{rng.choice(['杨帆','曾丽'])}"]
    lines += head + [""]
    width = rng.choice([15, 16, 17, 18])
    if special == "photo":
        truth_arts.append(dict(title="镜头里的丰收季", byline=None, kind="photo_spread"))
        lines += ["镜头里的丰收季", ""]
        for i, (t, tc, vs) in enumerate(p["towns"][:5]):
            v = vs[0] if vs else ""
            lines += [f"▲{t}{v}的农户在晾晒{p['product'] if i % 2 == 0 else '稻谷'}，脸上洋溢着丰收的喜悦。", f"（{rng.choice(p['reporters'])} 摄）", ""]
        lines += [f"— {pageno} —"]
        return lines, truth_arts, used
    kinds = rng.sample(TEMPLATES, k=n_art)
    if art_meeting in kinds and pageno != 1: kinds.remove(art_meeting); kinds.append(art_short)
    for fn in kinds:
        title, body, meta = fn(p, d, used)
        form, r, s = byline_forms(p, "short" if fn is art_short else "x")
        by = None
        if form in ("under", "under2"):
            by_line = f"本报记者　{r}" if form == "under" else f"记者　{r}　通讯员　{s}"
            by = by_line.replace("本报", "").replace("　", " ")
            lines += [title, by_line]
        elif form == "box":
            lines += [title, f"□记者 {r} 通讯员 {s}"]; by = f"记者 {r} 通讯员 {s}"
        elif form == "lead":
            lines += [title]; body = [f"本报讯（记者 {r} 通讯员 {s}）" + body[0]] + body[1:]; by = f"记者 {r} 通讯员 {s}"
        else:
            lines += [title]; body = body[:-1] + [body[-1] + f"（{r}）"]; by = r
        for par in body: lines += wrap(par, width)
        lines.append("")
        truth_arts.append(dict(title=title, byline=by, byline_form=form, places=meta["places"], template=fn.__name__))
    lines.append(f"{pageno}" if key == "px" else f"— {pageno} —")
    if special == "interleave":
        # two columns come out interleaved line by line: articles 1+2 (after the header) are zipped
        hdr = lines[:len(head) + 1]; rest = lines[len(head) + 1:]
        blank = [i for i, x in enumerate(rest) if x == ""]
        a1, a2, tail = rest[:blank[0]], rest[blank[0] + 1:blank[1]], rest[blank[1]:]
        z = []
        for i in range(max(len(a1), len(a2))):
            if i < len(a1): z.append(a1[i])
            if i < len(a2): z.append(a2[i])
        lines = hdr + z + tail
        truth_arts[0]["note"] = truth_arts[1]["note"] = "interleaved with the other column line by line"
    return lines, truth_arts, used

def dates_for(seed):
    r = random.Random(seed); out = []
    for y, k in [(2019, 2), (2020, 2), (2021, 3), (2022, 2), (2023, 3), (2024, 3)]:
        for _ in range(k):
            out.append(datetime.date(y, r.randint(1, 12), r.randint(1, 28)))
    return sorted(set(out))

truth = {"conventions": {}, "papers": {}}
for key in ("xj", "px"):
    p = P[key]; pages = []; ds = dates_for(key)
    # 15 pages: one per date, plus pages 2/3 on some dates
    plan = []
    for i, d in enumerate(ds): plan.append((d, 1))
    if key == "xj":
        plan = plan[:12] + [(ds[-1], 1), (ds[2], 3), (ds[8], 3)]
    plan = sorted(plan)[:15]
    manifest = []
    for j, (d, pn) in enumerate(plan):
        special = None
        if key == "xj" and j == 6: special = "photo"
        if key == "px" and j == 9: special = "interleave"
        if key == "px" and j == 4: special = "photo"
        section = "要闻" if pn == 1 else rng.choice(["综合", "乡村振兴", "民生"])
        lines, arts, used = make_page(p, key, d, pn, section, rng.randint(4, 6) if special != "interleave" else 4, special)
        text = "\n".join(lines) + "\n"
        if key == "xj":
            rel = f"{d.isoformat()}/page{pn}.txt"; manifest.append((d.isoformat(), pn, rel))
        else:
            rel = f"pengxi_{j + 1:02d}.txt"
        enc = "utf-8"; bom = False; eol = "\n"
        if key == "px": eol = "\r\n"
        if key == "xj" and j in (1, 9): bom = True
        if key == "px" and j == 11: bom = True
        if key == "px" and j == 7: enc = "gb18030"
        data = text.replace("\n", eol).encode(enc)
        if bom: data = b"\xef\xbb\xbf" + data
        f = OUT / ("xianju" if key == "xj" else "pengxi") / rel
        f.parent.mkdir(parents=True, exist_ok=True); f.write_bytes(data)
        pages.append(dict(file=f"{'xianju' if key == 'xj' else 'pengxi'}/{rel}", date=d.isoformat(), page=pn,
                          encoding=enc, bom=bom, crlf=(eol == "\r\n"), special=special, articles=arts,
                          slogans_used=sorted(set(used))))
    if key == "xj":
        with open(OUT / "xianju" / "manifest.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh); w.writerow(["date", "page", "file"]); w.writerows(manifest)
    # first appearances from the pages actually written
    first = {}
    for pg in pages:
        raw = (OUT / pg["file"]).read_bytes().decode(pg["encoding"]).lstrip("\ufeff").replace("\r\n", "\n")
        flat = raw.replace("\n", "")
        for s in list(p["slogans"]) + list(FORMULAE):
            if s in flat and (s not in first or pg["date"] < first[s]): first[s] = pg["date"]
    truth["papers"][p["paper"]] = dict(county=p["county"], county_code=p["code"],
        townships={t: tc for t, tc, _ in p["towns"]}, pages=pages,
        slogans_local={s: dict(intended_first_year=y, first_seen=first.get(s)) for s, y in p["slogans"].items()},
        formulae_first_seen={s: first.get(s) for s in FORMULAE})
truth["conventions"] = {
  "byline": "roles and names as printed, 本报 dropped, single spaces: '记者 王晓燕 通讯员 周敏'; an end byline '（王晓燕）' is just the name; photo captions have no byline",
  "byline_form": "under = '本报记者　X' line under the title; under2 = '记者　X　通讯员　Y' line; box = '□记者 X 通讯员 Y'; lead = 本报讯（记者 X 通讯员 Y） opening the body; end = （X） closing the last paragraph",
  "slogans_local": "the paper's own quoted mottos and provincial formulae, each with the year the generator allows it from; first_seen = first date the text (with line breaks removed) contains it",
  "formulae_first_seen": "national formulae, quoted or not, first date contained in the page text (line breaks removed)",
  "places": "township with its 9-digit code; village/community names as printed (codes in README)"}
(OUT / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
print("ok")
