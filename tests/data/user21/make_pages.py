"""Make the 34 invented pages of 安远报 (安远县, 江西省赣州市; code 360726), 2008-2024, and truth.json.

Run once: python make_pages.py   (writes pages/<date>/page1.txt and truth.json beside this file).
Truth is the generator's own book-keeping of what it printed, written before the library was run.
"""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
rng = random.Random(21)
WIDTH = 17  # characters per printed line (column width of the PDF-to-text output)

REPORTERS = ["钟文华", "唐小燕", "欧阳明", "魏丽萍", "赖建国", "杜春梅", "刘志坚", "陈晓东", "孙海燕", "叶青松"]
CORRESP = ["黄小军", "谢春华", "廖志明", "蔡金凤", "曾德胜", "邱玉兰"]
EDITORS = ["廖敏", "黄燕", "刘芳"]
TOWNS = {
    "孔田镇": ["长富村", "下龙村", "太平村"],
    "版石镇": ["虎板村", "上坑村", "赖坑村"],
    "天心镇": ["南坑村", "心怀村", "竹湖村"],
    "龙布镇": ["金塘村", "迳背村"],
    "车头镇": ["官溪村", "龙头村"],
    "欣山镇": ["修田村", "下庄村", "高排村"],
    "三百山镇": ["黄柏村"],
    "凤山乡": ["东河村", "大山村"],
    "镇岗乡": ["龙安村", "樟溪村"],
    "蔡坊乡": ["仕湖村"],
    "高云山乡": ["官铺村"],
}
WEEKDAYS = "一二三四五六日"

# Each form: printed text -> counts per canonical formula/slogan it stands for.
# Eras: (first_year, last_year). Sentences are written around the form by TEMPLATES.
FORMS = [
    # (first, last, printed form, {canonical: n})
    (2008, 2012, "深入学习实践科学发展观", {"科学发展观": 1}),
    (2008, 2012, "以科学发展观统领经济社会发展全局", {"科学发展观": 1}),
    (2008, 2012, "“科学发展观”", {"科学发展观": 1}),
    (2008, 2011, "构建社会主义和谐社会", {"和谐社会": 1}),
    (2008, 2011, "和谐社会建设", {"和谐社会": 1}),
    (2008, 2009, "以“八荣八耻”为主要内容的社会主义荣辱观", {"八荣八耻": 1}),
    (2008, 2009, "践行八荣八耻", {"八荣八耻": 1}),
    (2013, 2014, "党的群众路线教育实践活动", {"群众路线": 1}),
    (2013, 2014, "始终坚持群众路线", {"群众路线": 1}),
    (2013, 2017, "实现中华民族伟大复兴的中国梦", {"中国梦": 1}),
    (2013, 2017, "“中国梦”", {"中国梦": 1}),
    (2015, 2016, "“三严三实”专题教育", {"三严三实": 1}),
    (2015, 2016, "践行三严三实要求", {"三严三实": 1}),
    (2015, 2017, "协调推进“四个全面”战略布局", {"四个全面": 1}),
    (2016, 2017, "“两学一做”学习教育", {"两学一做": 1}),
    (2016, 2017, "扎实开展两学一做", {"两学一做": 1}),
    (2014, 2020, "“精准扶贫”", {"精准扶贫": 1}),
    (2014, 2020, "精准扶贫、精准脱贫", {"精准扶贫": 1}),
    (2014, 2020, "坚持精准扶贫方略", {"精准扶贫": 1}),
    (2016, 2021, "打赢脱贫攻坚战", {"脱贫攻坚": 1}),
    (2016, 2021, "脱贫攻坚", {"脱贫攻坚": 1}),
    (2017, 2020, "“不忘初心、牢记使命”主题教育", {"不忘初心、牢记使命": 1}),
    (2017, 2020, "不忘初心，牢记使命", {"不忘初心、牢记使命": 1}),
    (2018, 2024, "实施乡村振兴战略", {"乡村振兴": 1}),
    (2018, 2024, "“乡村振兴”", {"乡村振兴": 1}),
    (2021, 2024, "全面推进乡村振兴", {"乡村振兴": 1}),
    (2018, 2024, "推动高质量发展", {"高质量发展": 1}),
    (2022, 2024, "深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”",
     {"两个确立": 1, "两个维护": 1}),
    (2019, 2021, "坚决做到两个维护", {"两个维护": 1}),
    (2021, 2024, "扎实推动共同富裕", {"共同富裕": 1}),
    (2022, 2024, "以中国式现代化全面推进中华民族伟大复兴", {"中国式现代化": 1}),
    (2022, 2024, "奋力谱写中国式现代化安远篇章", {"中国式现代化": 1}),
    # the county's own slogans (marked layer), two of them renamed
    (2009, 2014, "“一核两翼”发展战略", {"一核两翼": 1}),
    (2015, 2020, "“一核三翼”发展战略", {"一核三翼": 1}),
    (2016, 2018, "“三个一批”", {"三个一批": 1}),
    (2019, 2021, "“三个一批+”", {"三个一批+": 1}),
    (2021, 2024, "“五抓五促”", {"五抓五促": 1}),
    (2020, 2024, "红色安远、生态安远、幸福安远", {"红色安远、生态安远、幸福安远": 1}),
]
LOCAL = {"一核两翼", "一核三翼", "三个一批", "三个一批+", "五抓五促", "红色安远、生态安远、幸福安远"}
RENAMED = {"一核两翼": "一核三翼", "三个一批": "三个一批+"}

TEMPLATES = [
    "会议强调，要{F}，把各项工作抓实抓细。",
    "{TOWN}党委书记表示，将{F}，推动各项任务落地见效。",
    "近年来，{TOWN}围绕{F}，因地制宜发展脐橙、蜜桔等特色产业。",
    "县委常委会强调，全县上下要{F}，凝心聚力抓发展。",
    "大家表示，要以{F}为引领，立足岗位作贡献。",
]
FILLER = [
    "{VIL}村民种植脐橙{N}亩，已经实现户均增收{M}元。",
    "日前，{TOWN}组织干部群众{N}余人开展志愿服务活动。",
    "{VIL}新修通村公路{N}公里，群众出行更加方便。",
    "走进{TOWN}{VIL}，一排排新房错落有致，村道干净整洁。",
    "据介绍，该项目总投资{N}万元，预计年底建成投用。",
    "三百山景区今年接待游客{N}万人次，同比增长{M2}%。",
    "县农业农村部门派出技术员{N}名，深入果园指导生产。",
    "“以前路难走，现在方便多了。”{VIL}村民{NAME}笑着说。",
    "{TOWN}卫生院为{N}名老人开展免费体检，已经建立健康档案。",
    "县领导到{TOWN}调研时要求，要倒排工期、挂图作战，确保按时完工。",
]
TITLES_POL = ["县委召开常委（扩大）会议", "县委理论学习中心组开展集中学习", "全县干部大会召开",
              "县政府召开常务会议", "县人大常委会召开会议", "县政协召开主席会议", "县委全会召开"]
TITLES_TOWN = ["{TOWN}：脐橙产业鼓起农民钱袋子", "{VIL}：小山村走出致富路", "{TOWN}扎实推进人居环境整治",
               "{VIL}新建产业基地投产", "{TOWN}开展防汛应急演练", "{TOWN}举办农民技能培训班",
               "{VIL}：党员带头闯新路"]
NAMES = ["赖长生", "唐有福", "欧阳秀英", "魏金水", "杜桂花", "刘光明", "陈来娣"]


def pick_town():
    t = rng.choice(list(TOWNS))
    return t, rng.choice(TOWNS[t])


def fill(tpl, town, vil):
    return tpl.replace("{F}", "{{F}}").format(TOWN=town, VIL=vil, N=rng.randint(12, 980), M=rng.randint(2, 9) * 1000,
                      M2=rng.randint(3, 25), NAME=rng.choice(NAMES))


def wrap(par):
    """Break a paragraph at the column width, the way the PDF-to-text tool printed it."""
    lines, s = [], "　　" + par
    while s:
        lines.append(s[:WIDTH])
        s = s[WIDTH:]
    return lines


def make_page(year, issue_no, month, day):
    import datetime
    d = datetime.date(year, month, day)
    wd = WEEKDAYS[d.weekday()]
    old = year <= 2012
    forms = [f for f in FORMS if f[0] <= year <= f[1]]
    n_art = rng.randint(4, 6)
    articles = []
    counts = {}
    for a in range(n_art):
        town, vil = pick_town()
        if a == 0 or (a == 1 and rng.random() < .5):
            title = rng.choice(TITLES_POL)
            n_f = rng.randint(2, 3)
        else:
            title = fill(rng.choice(TITLES_TOWN), town, vil)
            n_f = rng.randint(0, 2)
        if a == n_art - 1:
            title = fill("{TOWN}简讯", town, vil) if rng.random() < .5 else title
        sents = [fill(s, town, vil) for s in rng.sample(FILLER, rng.randint(3, 5))]
        used = []
        for _ in range(n_f):
            if not forms:
                break
            f = rng.choice(forms)
            used.append(f)
            sents.insert(rng.randint(0, len(sents)), fill(rng.choice(TEMPLATES), town, vil).replace("{F}", f[2]))
        # the paper's own slogans are quoted on the page at least once: make sure the quoted form comes first
        kind = rng.random()
        if kind < .5:
            byline = "本报记者　" + rng.choice(REPORTERS)
            byline_line = byline
            end_sig = None
        elif kind < .8:
            r, c = rng.choice(REPORTERS), rng.choice(CORRESP)
            byline = f"记者 {r} 通讯员 {c}"
            byline_line = "□" + byline
            end_sig = None
        else:
            byline_line = None
            c = rng.choice(CORRESP)
            byline = c
            end_sig = f"（{c}）"
        paras, cur = [], []
        for s in sents:
            cur.append(s)
            if len(cur) >= 2 and rng.random() < .6:
                paras.append("".join(cur)); cur = []
        if cur:
            paras.append("".join(cur))
        if end_sig:
            paras[-1] += end_sig
        art_counts = {}
        for f in used:
            for k, v in f[3].items():
                art_counts[k] = art_counts.get(k, 0) + v
                counts[k] = counts.get(k, 0) + v
        articles.append({"title": title, "byline": byline, "paras": paras, "formulae": art_counts,
                         "byline_line": byline_line})
    # local slogans appear quoted once on the page if used unquoted only
    for loc in LOCAL:
        if loc in counts and "“" + loc + "”" not in "".join("".join(a["paras"]) for a in articles) \
                and loc != "红色安远、生态安远、幸福安远":
            for a in articles:
                joined = "".join(a["paras"])
                if loc in joined:
                    a["paras"] = [p.replace(loc, "“" + loc + "”", 1) if loc in p else p for p in a["paras"]]
                    break
    ocr = []
    if old:
        # OCR slips of the scanned archive
        for a in articles:
            ps = a["paras"]
            for i, p in enumerate(ps):
                if "已经" in p and "己/已" not in ocr:
                    ps[i] = p.replace("已经", "己经", 1); ocr.append("己/已"); break
            for i, p in enumerate(ps):
                if "日前" in p and "曰/日" not in ocr:
                    ps[i] = p.replace("日前", "曰前", 1); ocr.append("曰/日"); break
        for a in articles:
            for i, p in enumerate(a["paras"]):
                if "科学发展观" in p and "space" not in ocr:
                    a["paras"][i] = p.replace("科学发展观", "科学发 展观", 1); ocr.append("space"); break
                if "脐橙" in p and "space" not in ocr:
                    a["paras"][i] = p.replace("脐橙", "脐 橙", 1); ocr.append("space"); break
        for a in articles:
            for i, p in enumerate(a["paras"]):
                m = re.search("“一核两翼”", p)
                if m and "quote" not in ocr:
                    a["paras"][i] = p.replace("“一核两翼”", "“一核两翼", 1); ocr.append("quote"); break
    lines = []
    if old:
        lines.append(f"安远报　第{issue_no}期　{year}年{month}月{day}日　星期{wd}　第2版")
    else:
        lines.append(f"第02版　安远报　综合新闻　{year}年{month}月{day}日　星期{wd}")
    lines.append("")
    for a in articles:
        lines.append(a["title"])
        if a["byline_line"]:
            lines.append(a["byline_line"])
        for p in a["paras"]:
            lines.extend(wrap(p))
        lines.append("")
    lines.append(f"责任编辑：{rng.choice(EDITORS)}　校对：{rng.choice(EDITORS)}")
    return "\n".join(lines) + "\n", articles, counts, ocr, d.isoformat()


def main():
    pages_dir = HERE / "pages"
    truth = {"paper": "安远报", "county": "安远县", "county_code": "360726",
             "conventions": "see README.md", "pages": [], "formulae": {}, "renamed": RENAMED,
             "local_slogans": sorted(LOCAL)}
    issue_no = 1200
    for year in range(2008, 2025):
        for month, day in ((4, rng.randint(8, 24)), (10, rng.randint(8, 24))):
            issue_no += rng.randint(40, 60)
            text, arts, counts, ocr, iso = make_page(year, issue_no, month, day)
            folder = pages_dir / iso
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "page1.txt").write_text(text, encoding="utf-8")
            flat = re.sub(r"\s", "", text.replace("“", "").replace("”", ""))
            for k, v in counts.items():
                if k not in LOCAL and "两个" not in k:
                    raw = flat.count(k.replace("“", "").replace("”", ""))
                    if k == "不忘初心、牢记使命":
                        raw = flat.count("不忘初心、牢记使命") + flat.count("不忘初心，牢记使命")
                    assert raw == v, (iso, k, raw, v)
            truth["pages"].append({"date": iso, "file": f"pages/{iso}/page1.txt", "ocr_slips": ocr,
                                   "articles": [{"title": a["title"], "byline": a["byline"],
                                                 "formulae": a["formulae"]} for a in arts],
                                   "chars": len(re.sub(r"\s", "", text))})
            for k, v in counts.items():
                truth["formulae"].setdefault(k, {}).setdefault(str(year), 0)
                truth["formulae"][k][str(year)] += v
    for k, per in truth["formulae"].items():
        truth["formulae"][k] = {"first_year": int(min(per)), "per_year": dict(sorted(per.items())),
                                "total": sum(per.values()), "local": k in LOCAL}
    truth["formulae"] = dict(sorted(truth["formulae"].items(), key=lambda kv: kv[1]["first_year"]))
    # an extra pre-formula use, printed by hand below: 高质量发展 as plain words in 2010
    (HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
