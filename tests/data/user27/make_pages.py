"""Write the user27 pages (武穴报, 武穴市 421182, 湖北) and their truth JSON.

Entities are written inline as [[LABEL|text]]; the renderer strips the marks and
counts every marked mention, so the truth is fixed before the library runs.
Run: python make_pages.py  (writes pages/ and truth/ beside this file).
"""
import csv, json, random, re, pathlib
from collections import Counter

HERE = pathlib.Path(__file__).parent
R = random.Random(27)

T = {  # township -> (code, short form)
 "梅川镇": ("421182100", "梅川"), "余川镇": ("421182101", "余川"), "龙坪镇": ("421182107", "龙坪"),
 "花桥镇": ("421182102", "花桥"), "石佛寺镇": ("421182104", "石佛寺"), "大法寺镇": ("421182106", "大法寺"),
 "四望镇": ("421182105", "四望"), "武穴街道": ("421182001", None), "田镇街道": ("421182003", None),
}
V = {  # village/community -> (label, code, township)
 "丛政村": ("VILLAGE", "421182100200", "梅川镇"), "十里铺村": ("VILLAGE", "421182100211", "梅川镇"),
 "走马村": ("VILLAGE", "421182100217", "梅川镇"), "塔水桥村": ("VILLAGE", "421182100230", "梅川镇"),
 "荷叶林村": ("VILLAGE", "421182100253", "梅川镇"), "城隍庙社区": ("COMMUNITY", "421182100002", "梅川镇"),
 "龙腰村": ("VILLAGE", "421182101207", "余川镇"), "西冲村": ("VILLAGE", "421182101210", "余川镇"),
 "龙门冲村": ("VILLAGE", "421182101231", "余川镇"), "梅宕村": ("VILLAGE", "421182101243", "余川镇"),
 "松山咀社区": ("COMMUNITY", "421182101001", "余川镇"),
 "大树村": ("VILLAGE", "421182107201", "龙坪镇"), "朱河村": ("VILLAGE", "421182107204", "龙坪镇"),
 "牛车村": ("VILLAGE", "421182107207", "龙坪镇"),
 "洋西港村": ("VILLAGE", "421182102205", "花桥镇"), "菱角塘村": ("VILLAGE", "421182102240", "花桥镇"),
 "武山寨村": ("VILLAGE", "421182104202", "石佛寺镇"), "游家嘴村": ("VILLAGE", "421182104227", "石佛寺镇"),
 "李垸阁村": ("VILLAGE", "421182106209", "大法寺镇"), "西畈村": ("VILLAGE", "421182106217", "大法寺镇"),
 "竹影山村": ("VILLAGE", "421182105220", "四望镇"), "紫石村": ("VILLAGE", "421182105228", "四望镇"),
 "正街社区": ("COMMUNITY", "421182001008", "武穴街道"), "刘家巷社区": ("COMMUNITY", "421182001012", "武穴街道"),
 "樟树下社区": ("COMMUNITY", "421182001022", "武穴街道"), "田镇社区": ("COMMUNITY", "421182003001", "田镇街道"),
 "马口村": ("VILLAGE", "421182003209", "田镇街道"), "上郭社区": ("COMMUNITY", "421182003006", "田镇街道"),
}
P = lambda n: f"[[PERSON|{n}]]"
O = lambda n: f"[[ORG|{n}]]"
G = lambda n: f"[[GPE|{n}]]"
TW = lambda n: f"[[TOWNSHIP|{n}]]"
def VL(n): return f"[[{V[n][0]}|{n}]]"
def VB(n): return f"[[VILLAGE|{n[:-1]}]]"  # bare village name without 村
PR = lambda n: f"[[PROJECT|{n}]]"
FA = lambda n: f"[[FAC|{n}]]"
LO = lambda n: f"[[LOC|{n}]]"
EV = lambda n: f"[[EVENT|{n}]]"
DO = lambda n: f"[[DOC|{n}]]"

SEC = ["郗建平", "笪晓梅", "胡斌", "余德水", "亓官明", "郭长庚"]
REP = ["陈晓", "梅笑", "胡立新", "郑丹", "幺小燕", "冼振华", "蔡敏"]
CORR = ["刘琴", "吴卫", "乐平", "郭旭东", "佘丽"]

def art_village(tw, vil, y, r1, c1, sec, proj, coop):
    tshort = T[tw][1] or tw
    title = f"{VL(vil)}：{PR(proj)}让老屋场换新颜"
    byl = f"本报讯（记者 {P(r1)} 通讯员 {P(c1)}）"
    body = [
      f"{byl}初春时节，走进{TW(tw)}{VL(vil)}，新修的通组公路通到了家家户户门口。{y}年，{VB(vil)}争取{PR(proj)}资金120万元，硬化道路4.2公里。",
      f"“过去下雨天出门一脚泥，现在骑电动车就能去镇上。”村党支部书记{P(sec)}说。{VB(vil)}还成立了{O(coop)}，带动86户村民种植油茶。",
      f"{O((tshort if T[tw][1] else tw) + '党委')}副书记、镇长{P('阮国栋')}介绍，全镇今年将在{VB(vil)}召开现场会，推广“党支部＋合作社＋农户”模式。",
    ]
    return title, byl, body

def art_meeting(y, n):
    title = f"{O('市委')}召开常委会扩大会议"
    byl = f"本报讯（记者 {P(REP[n%7])}）"
    body = [
      f"{byl}{y}年{n%12+1}月{n%27+1}日，{O('市委')}召开常委会扩大会议，传达学习{EV('省委经济工作会议')}精神。{O('市委')}书记{P('郗建平')}主持会议并讲话。",
      f"会议指出，要深入推进乡村振兴战略，抓好{LO('长江')}大保护，守护好{LO('长江')}岸线和{LO('武山湖')}水质。{P('郗建平')}强调，各乡镇、街道要压实责任。",
      f"市长{P('笪晓梅')}，{O('市委')}副书记{P('樊红')}，{O('市委')}常委、组织部长{P('亓官明')}出席会议。",
    ]
    return title, byl, body

def art_firm(y, n):
    firm = ["湖北广济药业股份有限公司", "武穴市祥云化工有限公司", "湖北鑫楚磷业有限公司"][n % 3]
    short = ["广济药业", "祥云化工", "鑫楚磷业"][n % 3]
    proj = ["原料药技改扩能项目", "磷化工循环经济产业园项目", "年产5万吨饲料级磷酸氢钙项目"][n % 3]
    pspan = "饲料级磷酸氢钙项目" if n % 3 == 2 else proj
    title = f"{O(firm)}{'年产5万吨' if n%3==2 else ''}{PR(pspan)}开工"
    body = [
      f"{P('梅笑')}  {P('郭旭东')}",
      f"{y}年{n%12+1}月8日，位于{FA('武穴经济开发区')}的{O(short)}{'年产5万吨' if n%3==2 else ''}{PR(pspan)}正式开工，总投资3.6亿元。",
      f"{O(short)}董事长{P('冼国强')}说，项目建成后年产值可达8亿元，新增就业岗位300个。副市长{P('郭长庚')}出席开工仪式。",
    ]
    return title, body[0], body

def art_community(y, n):
    comm = ["正街社区", "刘家巷社区", "樟树下社区", "田镇社区", "上郭社区", "城隍庙社区", "松山咀社区"][n % 7]
    tw = V[comm][2]
    title = f"{VL(comm)}“红色物业”暖民心"
    body = [
      f"居民{P('佘桂兰')}家的下水道堵了，一个电话打到{VL(comm)}党群服务中心，半小时就有人上门。这是{TW(tw)}推行“红色物业”的一个缩影。",
      f"社区党委书记{P('熊')}{'' if False else ''}",
    ]
    body = [
      f"居民{P('佘桂兰')}家的下水道堵了，一个电话打到{VL(comm)}，半小时就有人上门。这是{TW(tw)}推行“红色物业”的一个缩影。",
      f"{O(comm + '党委')}书记{P('熊静')}介绍，社区把辖区{FA('江堤小区')}等8个小区划成网格，{y}年共解决群众诉求412件。",
      f"（{P('郑丹')} {P('乐平')}）",
    ]
    return title, body[-1], body

def art_festival(y, n):
    ev = f"武穴市第{n%9+1}届油菜花节"
    title = f"{EV(ev)}在{TW('大法寺镇')}开幕"
    byl = f"本报讯 记者{P('幺小燕')}报道："
    body = [
      f"{byl}{y}年3月，{EV(ev)}在{TW('大法寺镇')}{VL('李垸阁村')}开幕，吸引游客2万余人次。",
      f"活动期间，{VB('李垸阁村')}举办农产品展销，{O('武穴市农业农村局')}组织专家现场指导。{O('大法寺镇党委')}书记{P('胡斌')}表示，将办好油菜花节，打造乡村旅游品牌。",
    ]
    return title, byl, body

def art_river(y, n):
    title = f"{PR('武山湖生态修复工程')}通过验收"
    byl = f"文/图 记者 {P('冼振华')}"
    body = [
      f"近日，{PR('武山湖生态修复工程')}通过省级验收。该工程涉及{TW('石佛寺镇')}{VL('武山寨村')}、{VL('游家嘴村')}等沿湖村，清淤180万立方米。",
      f"{O('武穴市生态环境局')}局长{P('郑立')}说，{LO('武山湖')}水质已由Ⅴ类提升到Ⅲ类，湖边新建的{FA('武山湖湿地公园')}成为市民休闲的好去处。",
      f"{byl}",
    ]
    return title, byl, body

def art_brief(y, n):
    items = [
      f"■ {TW('花桥镇')}{VL('洋西港村')}新建光伏电站一座，装机容量300千瓦。（{P('吴卫')}）",
      f"■ {O('武穴市第一人民医院')}开展“健康进万家”义诊活动，{y}年累计服务群众3000人次。（{P('蔡敏')}）",
      f"■ {TW('四望镇')}{VL('竹影山村')}获评省级美丽乡村示范村。",
      f"■ {O('市人社局')}在{FA('武穴市民之家')}举办春季招聘会，{O('武穴港务集团')}等62家企业提供岗位1800个。（{P('刘琴')}）",
    ]
    R.shuffle(items)
    return "简讯", "", items[: 2 + n % 3]

def art_merge(y, n):
    title = f"{TW('田镇街道')}：老港口焕发新活力"
    byl = f"通讯员 {P('佘丽')} 记者 {P('陈晓')}"
    body = [
      f"{byl}",
      f"原{TW('郑公塔镇')}并入{TW('田镇街道')}后，{VL('马口村')}依托{FA('田家镇港')}发展物流，{y}年村集体收入突破50万元。",
      f"{O('马口党总支')}书记{P('郭炎')}说，村里和{O('湖北田镇港口物流有限公司')}合作，安排120名村民就近就业。{O('街道党工委')}书记{P('樊红')}多次到{VB('马口村')}调研。",
    ]
    return title, byl, body

def art_cadre(y, n):
    title = f"{TW('龙坪镇')}：干部驻村解难题"
    byl = f"本报通讯员 {P('刘琴')}"
    body = [
      f"{byl}",
      f"{y}年以来，{TW('龙坪镇')}选派56名机关干部驻村。镇人大主席{P('柯')}{''}",
    ]
    body = [
      f"{byl}",
      f"{y}年以来，{TW('龙坪镇')}选派56名机关干部驻村。驻{VL('朱河村')}工作队队长{P('柯亮')}带领村民修复{FA('朱河泵站')}，解决了800亩农田灌溉难题。",
      f"在{VL('大树村')}和{VL('牛车村')}，驻村干部{P('帅杰')}、{P('庹文')}帮助村民销售莲藕、龙虾。村委会主任{P('余德水')}说：“干部实实在在帮我们办事。”",
    ]
    return title, byl, body

def art_caption(y, n):
    body = [f"图为{TW('余川镇')}{VL('龙门冲村')}村民在采摘茶叶。 {P('冼振华')} 摄"]
    return "", "", body

def art_school(y, n):
    title = f"{O('武穴中学')}新校区投入使用"
    body = [
      f"本报讯（通讯员 {P('郭旭东')}）{y}年秋季开学，{O('武穴中学')}新校区正式投入使用。新校区位于{FA('江堤路')}东侧，由{O('湖北长江建设集团有限公司')}承建。",
      f"{O('市教育局')}局长{P('范晶')}说，{PR('城区学校扩容提质工程')}今年完成投资2.1亿元。",
    ]
    return title, f"本报讯（通讯员 {P('郭旭东')}）", body

def art_yuchuan(y, n):
    title = f"{TW('余川镇')}{VL('梅宕村')}：小茶叶做成大产业"
    byl = f"本报讯（记者 {P('蔡敏')}）"
    body = [
      f"{byl}在{TW('余川镇')}{VL('梅宕村')}，{O('武穴市云雾茶叶专业合作社')}的加工车间里机器轰鸣。{y}年，合作社收购鲜叶30万斤。",
      f"合作社理事长{P('饶')}{''}",
    ]
    body = [
      f"{byl}在{TW('余川镇')}{VL('梅宕村')}，{O('梅宕云雾茶叶专业合作社')}的加工车间里机器轰鸣。{y}年，合作社收购鲜叶30万斤。",
      f"合作社理事长{P('饶春生')}说，{VB('梅宕村')}与{VL('西冲村')}、{VL('龙腰村')}连片种茶，去年参加{EV('黄冈茶叶博览会')}拿了金奖。",
      f"镇党委书记{P('邝')}{''}",
    ]
    body = body[:2]
    return title, byl, body

ARTS = [art_village, art_meeting, art_firm, art_community, art_festival, art_river, art_brief,
        art_merge, art_cadre, art_caption, art_school, art_yuchuan]
VILS = [("梅川镇", "丛政村"), ("梅川镇", "十里铺村"), ("梅川镇", "走马村"), ("梅川镇", "塔水桥村"),
        ("梅川镇", "荷叶林村"), ("花桥镇", "菱角塘村"), ("大法寺镇", "西畈村"), ("四望镇", "紫石村"),
        ("余川镇", "西冲村"), ("龙坪镇", "牛车村")]
PROJS = ["“村村通”公路工程", "农村饮水安全工程", "高标准农田建设项目", "美丽乡村建设试点", "农村危房改造工程"]
COOPS = ["丛政油茶专业合作社", "武穴市金穗农机专业合作社", "兴农水产养殖专业合作社", "绿源蔬菜专业合作社"]

WEEK = "一二三四五六日"
import datetime as dt

def render(text):
    ents = []
    def rep(m):
        ents.append((m.group(2), m.group(1)))
        return m.group(2)
    return re.sub(r"\[\[([A-Z]+)\|([^\]]*)\]\]", rep, text), ents

def main():
    pages = HERE / "pages"; truth = HERE / "truth"
    pages.mkdir(exist_ok=True); truth.mkdir(exist_ok=True)
    man = []
    k = 0
    years = list(range(2005, 2025))
    plan = [(y, 1) for y in years] + [(y, 2) for y in years[::4][:5]] + [(y, 2) for y in (2007, 2010, 2014, 2017, 2019, 2021, 2022, 2023, 2024, 2015)]
    plan = sorted(set(plan))[:35]
    for i, (y, pg) in enumerate(plan):
        d = dt.date(y, 1 + (i * 5) % 12, 1 + (i * 7) % 27)
        stem = f"{d.isoformat()}_p{pg}"
        n_art = 4 + (i % 5)
        chosen = R.sample(range(len(ARTS)), n_art)
        lines = []
        head = "" if pg == 1 else ""
        if i % 3 == 0:
            lines.append(f"[[ORG|武穴报]]    {d.year}年{d.month}月{d.day}日 星期{WEEK[d.weekday()]}    第{pg:02d}版")
        elif i % 3 == 1:
            lines.append(f"第{pg}版  {'要闻' if pg==1 else '综合'}  责任编辑：{P(R.choice(['胡敏','汪洋']))}")
        # i%3==2: no header line at all
        arts = []
        for j, a in enumerate(chosen):
            f = ARTS[a]
            if f is art_village:
                tw, vil = VILS[(i + j) % len(VILS)]
                title, byl, body = f(tw, vil, y, REP[i % 7], CORR[i % 5], SEC[(i+j) % 6] if (i+j)%6 not in (0,1) else "万国华", PROJS[i % 5], COOPS[i % 4])
            else:
                title, byl, body = f(y, i + j)
            after = (i + j) % 5 == 3 and title and f is not art_brief
            block = []
            if title and not after: block.append(title)
            block += body
            if after: block.append(title)
            lines.append("")
            lines += block
            arts.append({"title": render(title)[0], "byline": render(byl)[0].strip(), "headline_after_body": bool(after)})
        raw = "\n".join(lines) + "\n"
        text, ents = render(raw)
        (pages / f"{stem}.txt").write_text(text, encoding="utf-8")
        cnt = Counter(ents)
        places = []
        for (t, l), c in sorted(cnt.items()):
            if l == "TOWNSHIP":
                full = t if t in T else next((k2 for k2, v in T.items() if v[1] == t), None)
                places.append({"text": t, "label": l, "count": c, "name": full, "code": T[full][0] if full else None, "parent": "421182"})
            elif l in ("VILLAGE", "COMMUNITY"):
                full = t if t in V else t + "村"
                places.append({"text": t, "label": l, "count": c, "name": full, "code": V[full][1], "parent": T[V[full][2]][0]})
        json.dump({"stem": stem, "date": d.isoformat(), "county": "武穴市", "county_code": "421182",
                   "in_manifest": i % 2 == 0, "n_articles": len(arts), "articles": arts,
                   "entities": [{"text": t, "label": l, "count": c} for (t, l), c in sorted(cnt.items())],
                   "places": places}, open(truth / f"{stem}.json", "w"), ensure_ascii=False, indent=1)
        if i % 2 == 0:
            man.append([f"{stem}.txt", "武穴报", "武穴市", "421182", d.isoformat(), "day", "user27 invented"])
    with open(pages / "manifest.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh); w.writerow(["file", "paper", "county", "county_code", "date", "date_precision", "date_note"]); w.writerows(man)

if __name__ == "__main__":
    main()
