"""Minimal reproductions of the findings (invented text).  python repro.py > out_repro.txt"""
import warnings
import pandas as pd
import corpus_tools as ct
warnings.simplefilter("ignore")
C = "530721"


def show(tag, text, labels=None):
    e = ct.extract_entities([text], county_code=C)
    r = [(x.text, x.label, x.admin_code if isinstance(x.admin_code, str) else "") for x in e.itertuples()
         if labels is None or x.label in labels]
    print(f"[{tag}] {text}\n    -> {r}")


# F: Naxi 和-surname officials after a title, beside a Han name in the same slot
for nm in ["和建华", "王建华", "和丽军", "李丽军"]:
    show("和 surname", f"县委书记{nm}作重要讲话，县长{nm}主持。", {"PERSON"})
show("和 surname", "乡村医生和文昌开始坐诊。石鼓村党支部书记和红说，桥修好了。", {"PERSON", "ORG"})
show("和 firm", "该工程由丽江和顺祥商贸有限公司承建，要求县水务局和施工单位倒排工期。", {"ORG", "GPE", "PERSON"})
show("contact", "联系人：曲比阿果　电话：0888-5192741", {"PERSON"})
show("yi name", "海来阿木和他的花椒林", {"PERSON"})
show("yi name", "乡村医生海来阿木开始坐诊。", {"PERSON"})
show("title+name", "来自香格里拉县的骑手扎西·尼玛获得第一名。", {"PERSON"})
show("name+verb", "县长与傈僳族老人余金花拉家常。", {"PERSON"})
# township short forms 黎明乡 / 九河乡 / 石头乡 (official 黎明傈僳族乡 / 九河白族乡 / 石头白族乡)
show("乡 short", "黎明乡美乐村、九河乡金普村、石头乡利苴村的群众参加。", None)
show("乡 short", "日前，九河乡第三届赛马会在九河白族乡关上村举行。", None)
show("乡 short", "2　利苴村游客服务中心　石头乡　3877", None)
# projects and facilities cut
show("fac", "拉市镇拉市海湿地保护工程完成投资。石鼓大桥重建工程主体完工。", None)
show("fac", "会议推进冲江河二级水电站前期工作，加快玉龙黄山工业园区建设。", None)
show("fac", "塔城乡依陇藏药材种植基地的工人在采收重楼。宝山乡果乐花椒产业示范基地扩种花椒。", None)
show("project", "本招标项目依陇藏药材种植基地已由玉龙县发展和改革局批准建设。", None)
show("project", "鲁甸至塔城公路改扩建工程招标公告", None)
show("event", "石头乡第二届火把节在石头白族乡利苴村举行。", None)
show("org", "九河乡金普村鑫源雪桃种植专业合作社理事长阿牛·木呷说。", None)
# a notice page: two notices, the second with its headline after the body, and a table of projects after a notice
page = """玉龙报　2011年7月14日　第4版　公告

利苴村游客服务中心中标候选人公示
　　利苴村游客服务中心评标工作已结束。
　　公示期三日。招标人：玉龙县城乡建设投
资有限公司

　　一、招标条件：本招标项目依陇藏药材种
植基地已由玉龙县发展和改革局批准建设。
　　联系人：曲比阿果　电话：0888-5192741
依陇藏药材种植基地招标公告

2011年全县重点建设项目一览
序号　项目名称　建设地点　总投资（万元）
1　冲江河二级水电站建设项目　巨甸镇　8943
2　鲁甸至塔城公路改扩建工程　鲁甸乡　10893
以上项目由县发改局牵头调度。
"""
c = ct.read_corpus(pd.DataFrame({"text": [page], "date": ["2011-07-14"], "county_code": [C]}))
for a in c.issues[0].articles:
    print("[notice page] title:", a.title, "| body:", a.body[:90].replace("\n", "/"), "| captions:", a.captions)
pi = ct.project_investments(c)
print("[notice page] projects:", pi[["project", "place", "amount", "unit"]].values.tolist())

# two 招标公告 on one page, headlines before their bodies, a blank line between: one article?
page2 = """第4版　公告　玉龙报　2006年6月20日

高标准农田建设项目招标公告
　　一、招标条件：本招标项目高标准农田建设项目已由玉龙县发展和改革局批准建设。
　　二、项目概况：建设地点位于九河乡，计划工期325日历天。
　　联系人：和红　电话：0888-5195749

利苴村游客服务中心招标公告
　　一、招标条件：本招标项目利苴村游客服务中心已由玉龙县发展和改革局批准建设。
　　二、项目概况：建设地点位于石头乡，计划工期225日历天。
　　联系人：阿西木呷　电话：0888-5162480
"""
c = ct.read_corpus(pd.DataFrame({"text": [page2], "date": ["2006-06-20"], "county_code": [C]}))
for a in c.issues[0].articles:
    print("[two notices] title:", a.title, "| body:", a.body[:60].replace("\n", "/"), "…", a.body[-40:].replace("\n", "/"))
