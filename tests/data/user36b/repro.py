"""Minimal reproductions of the findings (invented text; 定边县 610825).   python repro.py > out_repro.txt"""
import warnings
warnings.simplefilter("ignore")
import pandas as pd
import corpus_tools as ct

H = "定边报　2002年6月13日　星期四　第2版\n\n"


def corpus(text, d="2002-06-13"):
    return ct.read_corpus(pd.DataFrame({"issue_id": ["x"], "date": [d], "text": [text]}), county="定边县")


def arts(name, text):
    a = corpus(text).articles_frame(progress=False)
    print(f"\n## {name}\n" + "\n".join(f"  title={t!r} byline={b} body={str(x)[:60]!r}" for t, b, x in zip(a.title, a.byline, a.body)))


def ents(name, text, d="2002-06-13"):
    c = corpus(text, d)
    e = ct.extract_entities(c)
    pm = ct.place_mentions(e, c)
    print(f"\n## {name}\n  entities: {list(zip(e.label, e.text, e.admin_code))}")
    print(f"  place_mentions: {list(zip(pm.printed, pm.label, pm.admin_code, pm.link))}")


# F1 a former township cut to its seat village and linked to the village
ents("F1 周台子乡 -> VILLAGE 周台子 (code of 周台子村)", H + "周台子乡退耕还林2千余亩\n　　这是周台子乡落实西部大开发战略的一项实事。\n")
ents("F1b 武峁子乡农经站", H + "供销社农资超市开进乡镇\n　　武峁子乡农经站加强农民负担监督，做到“明白卡”发放到户。\n")
# F3 formulae of her era not in the lexicon
c = corpus(H + "两免一补惠及万名学生\n　　今年全县落实两免一补政策，新型农村合作医疗参合率达95%，新农合让群众看病有保障。"
           "退耕还林和封山禁牧相结合。\n", "2007-04-11")
print("\n## F3 slogan_mentions groups:", sorted(set(ct.slogan_mentions(c).group)))
# F2a half-width parentheses in the lead byline (OCR)
arts("F2a 本报讯(记者 … ) half-width", H + "砖井镇退耕还林2千余亩\n　　本报讯(记者　贺兰芳　通讯员　张海军)今年，砖井镇在孙坑村实施退耕还林。\n\n"
     "路庄村整村推进见成效\n　　本报讯（记者　贺兰芳　通讯员　张海军）县扶贫办日前在安边镇路庄村召开现场会。\n")
# F4a a line of ■ where a photo was, a scanner stamp and a running head
arts("F4a ■ line / stamp line / running head", H + "■■■■■■■■■■\n　　安边镇雷圈村群众在白于山下栽植柠条.\n(曹永福　摄）\n\n"
     "武峁子乡退耕还林15千余亩\n定边县档案馆数字化加工 8041\n　　今年，武峁子乡在武峁子村实施退耕还林。\n定边报  第2版\n"
     "　　县林业局技术人员深入田间指导。\n")
# F4b half-width full stop at a paragraph end glues the next title on
arts("F4b 主持. + next title", H + "抢抓西部大开发机遇\n　　县委召开大会，要抢抓机遇。\n　　会议由县长刘振邦主持.\n\n"
     "秦湾村整村推进见成效\n　　县扶贫办日前在杨井乡秦湾村召开现场会。\n")
# F2b spaced OCR line
ents("F2b spaced line", H + "通知\n　　经研 究， 县农经站 定于19 9\n8年9 月5曰在 周台子 乡举 办农村\n土地承 包经营培 训班。\n")
# F7 LOC 白于山
ents("F7 白于山", H + "　　安边镇雷圈村群众在白于山下栽植柠条。白于山北麓打坝淤地。\n")
# F9 photo caption at the top of a page merges into the next article
arts("F9 caption first on the page", H + "　　安边镇雷圈村群众在白于山下栽植柠\n条。\n（曹永福　摄）\n\n贺圈镇退耕还林12千余亩\n□　记者　冯世杰\n"
     "　　今年，贺圈镇在梁圈村等5个村实施退耕还林3430亩。\n")
# F10 notice: 联系人 line goes into the title
arts("F10 notice 联系人", H + "通　知\n　　经研究，县农经站定于2007年4月18日在姬塬镇举办培训班，请各乡镇农经员准时参加。\n　　联系人：鲍永强\n\n责任编辑：韩文斌\n")
# F2c spaced lead byline and spaced bottom byline (OCR)
arts("F2c spaced bylines", H + "县委县 政府召开 经济 工作会议\n　　 本报 讯( 记者　 王志刚　 通讯\n员　 刘彩霞) 今年 ，县委 召开会议 。\n\n"
     "砖井镇 退耕还 林2千余亩\n□　 记者 　贺兰 芳\n　　今年 ，砖井 镇在孙 坑村实施 退耕还林 。\n\n"
     "供销社农资超市开进乡镇\n　　县供销社 在新安 边乡新建 农资超市 。( 曹永 福)\n")
# F5 OCR'd masthead dates on pages whose file name has no date
for m in ["定边报　1999年9月3日　星期五　第1版", "定边报　l999年9月3日　星期五　第1版", "定边报　2OO6年3月3O日　星期四　第1版",
          "定边报　2006年3月30曰　星期四　第1版", "定 边报　2 006年3 月30日　星期 四　第1版"]:
    c = ct.read_corpus(pd.DataFrame({"issue_id": ["x"], "text": [m + "\n\n县委召开会议\n　　县委召开会议，研究退耕还林工作。\n"]}), county="定边县")
    print(f"F5 masthead {m!r}: date {c.issues[0].date}")
