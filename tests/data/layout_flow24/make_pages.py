"""Write the invented pages of layout_flow24 (txt + truth json). Run from the repository root:

    python tests/data/layout_flow24/make_pages.py

A page is a list of articles printed in order. An article prints ("L", text) a line as printed, ("P", text) a
paragraph opening with two full-width spaces hard-wrapped at the page's width, ("C", text) the rest of a
paragraph cut by a page break (wrapped, no indent), and ("H", text) a running header line repeated where the
PDF's page breaks (page furniture, no article's text). An article with ``"tail_after": k`` has its ("T", …)
paragraphs printed after article k's lines (a column-flow tail, the composer's phenomenon); its truth is the
article as written. ``blank`` puts a blank line between articles.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from layout_page_maker import IND, wrap, write_pages  # noqa: E402  (the shared generator)


def _lines(printed: list[tuple[str, str]], width: int) -> list[str]:
    out: list[str] = []
    for kind, text in printed:
        if kind == "P":
            out.extend(wrap(IND + text, width))
        elif kind == "C":
            out.extend(wrap(text, width))
        elif kind == "T":
            out.extend(wrap(IND + text, width) if not text.startswith("~") else wrap(text[1:], width))
        else:
            out.append(text)
    return out


def render(page: dict) -> str:
    chunks = [list(page["masthead"])]
    items = page["items"]
    for k, art in enumerate(items):
        chunks.append(_lines([p for p in art["print"] if p[0] != "T"], page["width"]))
        for other in items:
            if other.get("tail_after") == k:
                chunks[-1].extend(_lines([p for p in other["print"] if p[0] == "T"], page["width"]))
        if art.get("header_after"):
            chunks.append([art["header_after"]])
    chunks.append(list(page["foot"]))
    sep = "\n\n" if page.get("blank") else "\n"
    return sep.join("\n".join(chunk) for chunk in chunks).rstrip("\n") + "\n"


def truth(page: dict) -> dict:
    arts = []
    for item in page["items"]:
        art = {"title": item["title"], "byline": item["byline"], "body_first": item["body_first"],
               "body_last": item["body_last"]}
        arts.append(art)
    return {"page": page["file"], "county": page["county"], "county_code": page["code"],
            "province": page["province"], "layout": page["layout"], "articles": arts,
            "running_header": page.get("running_header"), "displaced_tails": page.get("displaced_tails", 0)}


# ------------------------------------------------------------------ dev: 博兴县 (header before the 简讯)
BOXING = {
    "dir": "dev/boxing_shandong", "file": "2023-06-08_p2.txt", "county": "博兴县", "code": "371625",
    "province": "山东省", "width": 20, "blank": True,
    "layout": "width 20, blank lines, printed in order; a 集中开工 report whose second paragraph is a 其中 list; "
              "the running header repeated before a 简讯 column of ■ items",
    "running_header": "2023年6月8日　星期四　经济　博兴报",
    "masthead": ["博兴报　　2023年6月8日　星期四　　第2版", "第2版　经济"],
    "foot": ["责任编辑：张丽萍　　校对：韩雪"],
    "items": [
        {"title": "曹王镇引进厨具配件项目", "byline": [["记者", "王东升"]],
         "body_first": "6月5日，曹王镇", "body_last": "带动就业300余人。",
         "print": [("L", "曹王镇引进厨具配件项目"), ("L", "本报记者　王东升"),
                   ("P", "6月5日，曹王镇与山东华美厨业有限公司签订协议，总投资2.3亿元的不锈钢厨具配件项目落户该镇工业园。"),
                   ("P", "近年来，曹王镇围绕厨具产业延链补链，先后引进配套企业17家。项目建成后，年可实现产值5亿元，带动就业300余人。")]},
        {"title": "我县第二批重点项目集中开工", "byline": [["记者", "刘新宇"]],
         "body_first": "6月6日，我县", "body_last": "确保项目早建成、早投产、早见效。",
         "print": [("L", "我县第二批重点项目集中开工"), ("L", "本报记者　刘新宇"),
                   ("P", "6月6日，我县2023年第二批重点项目集中开工仪式在经济开发区举行。本批集中开工项目4个，总投资21.6亿元。"),
                   ("P", "其中，湖滨镇鲁北新型板材项目总投资6亿元；锦秋街道智能仓储物流园项目总投资8.2亿元；纯化镇高端装备零部件项目投资4.1亿元；吕艺镇冷链食品加工项目投资3.3亿元。"),
                   ("P", "县发展改革局负责人表示，将实行专班推进、全程代办，确保项目早建成、早投产、早见效。")],
         "header_after": "2023年6月8日　星期四　经济　博兴报"},
        {"title": "简讯", "byline": [],
         "body_first": "■陈户镇召开", "body_last": "新增保洁员40名。",
         "print": [("L", "简讯"),
                   ("C", "■陈户镇召开重点项目调度会，通报5月份项目建设进展情况。"),
                   ("C", "■兴福镇投资1200万元的污水管网改造工程完成主体施工。"),
                   ("C", "■店子镇开展农村人居环境整治“回头看”，新增保洁员40名。")]},
    ],
}

# ------------------------------------------------------------------ dev: 清丰县 (header between paragraphs)
QINGFENG = {
    "dir": "dev/qingfeng_henan", "file": "2022-09-15_p1.txt", "county": "清丰县", "code": "410922",
    "province": "河南省", "width": 18, "blank": True,
    "layout": "width 18, blank lines, printed in order; the running header printed between two paragraphs of an "
              "article (a PDF page break inside the text); a project list opening 其中; a 短讯 column of ● items",
    "running_header": "清丰报　2022年9月15日　第1版",
    "masthead": ["清丰报", "2022年9月15日　星期四　第1版　要闻"],
    "foot": ["本版编辑：孟凡华"],
    "items": [
        {"title": "我县签约项目12个 总投资56亿元", "byline": [["记者", "赵志刚"]],
         "body_first": "9月13日，我县", "body_last": "推动签约项目早落地。",
         "print": [("L", "我县签约项目12个　总投资56亿元"), ("L", "本报记者　赵志刚"),
                   ("P", "9月13日，我县举行2022年第三季度重大项目集中签约活动，签约项目12个，总投资56亿元。"),
                   ("L", "清丰报　2022年9月15日　第1版"),
                   ("P", "其中，马庄桥镇家具产业园项目投资15亿元；固城镇食用菌精深加工项目投资8亿元；柳格镇光伏储能项目投资11亿元。"),
                   ("P", "县委主要负责同志要求，各乡镇和县直部门要强化要素保障，推动签约项目早落地。")]},
        {"title": "韩村镇：大棚蔬菜卖出好价钱", "byline": [["通讯员", "李晓燕"]],
         "body_first": "走进韩村镇", "body_last": "亩均收益2万余元。",
         "print": [("L", "韩村镇：大棚蔬菜卖出好价钱"), ("L", "通讯员　李晓燕"),
                   ("P", "走进韩村镇的蔬菜种植基地，一座座大棚整齐排列，菜农们正忙着采摘黄瓜、辣椒。"),
                   ("P", "今年以来，该镇新建高标准温室大棚260座，引进种植新品种9个，亩均收益2万余元。")]},
        {"title": "短讯", "byline": [],
         "body_first": "●仙庄镇组织", "body_last": "完成率达到98%。",
         "print": [("L", "短讯"),
                   ("C", "●仙庄镇组织开展秋季安全生产大检查，排查整改隐患31处。"),
                   ("C", "●瓦屋头镇召开招商引资工作推进会，通报上半年项目建设情况。"),
                   ("C", "●阳邵镇秋粮收购工作有序推进，农业保险理赔完成率达到98%。")]},
    ],
}

# ------------------------------------------------------------------ dev: 武陟县 (a real displaced tail)
WUZHI = {
    "dir": "dev/wuzhi_henan", "file": "2024-03-21_p2.txt", "county": "武陟县", "code": "410823",
    "province": "河南省", "width": 19, "blank": True,
    "layout": "width 19, blank lines, headline first; the last lines of the third article (cut mid-sentence) are "
              "printed after the first article's body (column flow); a 快讯 column of ■ items at the foot",
    "displaced_tails": 1,
    "masthead": ["武陟报　　2024年3月21日　星期四　　第2版", "第2版　综合"],
    "foot": ["责任编辑：杨红梅　　校对：冯军"],
    "items": [
        {"title": "詹店镇建成智慧农业示范园", "byline": [["记者", "孙建华"]],
         "body_first": "3月18日，詹店镇", "body_last": "可年产优质蔬菜1200吨。",
         "print": [("L", "詹店镇建成智慧农业示范园"), ("L", "本报记者　孙建华"),
                   ("P", "3月18日，詹店镇智慧农业示范园正式投用，园区占地320亩，建有智能温室大棚24座。"),
                   ("P", "园区负责人介绍，大棚内的温度、湿度全部由手机远程控制，可年产优质蔬菜1200吨。")]},
        {"title": "西陶镇开展春季植树活动", "byline": [["通讯员", "周　静"]],
         "body_first": "3月12日，西陶镇", "body_last": "成活率达到95%以上。",
         "print": [("L", "西陶镇开展春季植树活动"), ("L", "通讯员　周　静"),
                   ("P", "3月12日，西陶镇组织机关干部、志愿者300余人在沁河大堤开展义务植树活动，共栽植杨树、柳树4000余株。"),
                   ("P", "据了解，该镇今年计划完成造林绿化面积800亩，成活率达到95%以上。")]},
        {"title": "大封镇蔬菜大棚里的“致富经”", "byline": [["记者", "孙建华"]],
         "body_first": "清晨，大封镇", "body_last": "今年还要再建20座大棚。",
         "tail_after": 0,
         "print": [("L", "大封镇蔬菜大棚里的“致富经”"), ("L", "本报记者　孙建华"),
                   ("P", "清晨，大封镇东岩村的蔬菜大棚里，村民王秀兰正在给西红柿吊蔓。她告诉记者，大棚里的活儿不重，一天能挣八十元。"),
                   ("P", "东岩村党支部书记介绍，村里采取“合作社＋农户”的模式，统一育苗、统一技术"),
                   ("T", "~、统一销售，去年户均增收1.6万元，今年还要再建20座大棚。")]},
        {"title": "快讯", "byline": [],
         "body_first": "■乔庙镇召开", "body_last": "办理业务1.2万件。",
         "print": [("L", "快讯"),
                   ("C", "■乔庙镇召开春季农业生产推进会，部署小麦田间管理工作。"),
                   ("C", "■谢旗营镇便民服务中心启用，一季度办理业务1.2万件。")]},
    ],
}

# ------------------------------------------------------------------ held: 灵璧县 (header inside a paragraph)
LINGBI = {
    "dir": "held/lingbi_anhui", "file": "2021-11-18_p3.txt", "county": "灵璧县", "code": "341323",
    "province": "安徽省", "width": 17, "blank": True,
    "layout": "width 17, blank lines, printed in order; the running header printed inside a paragraph (a PDF page "
              "break mid-sentence); the header again right above a headline; a project list opening 其中; a "
              "letter-spaced 简　讯 heading over ▲ items",
    "running_header": "2021年11月18日　星期四　产业　灵璧报",
    "masthead": ["灵璧报　2021年11月18日　星期四　第3版", "产业"],
    "foot": ["责任编辑：朱晓梅　校对：陈涛"],
    "items": [
        {"title": "灵璧经济开发区三季度项目建设提速", "byline": [["记者", "胡明亮"]],
         "body_first": "今年前三季度，", "body_last": "新开工项目数居全市前列。",
         "print": [("L", "灵璧经济开发区三季度项目建设提速"), ("L", "本报记者　胡明亮"),
                   ("P", "今年前三季度，灵璧经济开发区新开工亿元以上项目9个，完成固定资产投资"),
                   ("L", "2021年11月18日　星期四　产业　灵璧报"),
                   ("C", "32.6亿元，同比增长21%。"),
                   ("P", "其中，娄庄镇奇石文化产业园项目投资5亿元；渔沟镇绿色食品加工项目投资3.6亿元；韦集镇新型纺织项目投资2.8亿元。"),
                   ("P", "开发区负责人介绍，园区实行“一个项目、一个专班”服务机制，新开工项目数居全市前列。")],
         "header_after": "2021年11月18日　星期四　产业　灵璧报"},
        {"title": "黄湾镇发展特色种植助农增收", "byline": [["通讯员", "马丽娟"]],
         "body_first": "近年来，黄湾镇", "body_last": "带动农户增收1300余万元。",
         "print": [("L", "黄湾镇发展特色种植助农增收"), ("L", "通讯员　马丽娟"),
                   ("P", "近年来，黄湾镇因地制宜发展特色种植，建成优质葡萄基地3200亩、中药材基地1500亩。"),
                   ("P", "今年，全镇特色种植产值达1.8亿元，带动农户增收1300余万元。")]},
        {"title": "简讯", "byline": [],
         "body_first": "▲杨疃镇举办", "body_last": "全部审核发放到位。",
         "print": [("L", "简　讯"),
                   ("C", "▲杨疃镇举办农村电商培训班，120名学员参加培训。"),
                   ("C", "▲尹集镇投资900万元实施农村道路提升工程，新修道路12公里。"),
                   ("C", "▲浍沟镇今年秋季学期教育资助资金全部审核发放到位。")]},
    ],
}

# ------------------------------------------------------------------ held: 丰县 (no blank lines, 要闻简报)
FENGXIAN = {
    "dir": "held/fengxian_jiangsu", "file": "2023-04-13_p2.txt", "county": "丰县", "code": "320321",
    "province": "江苏省", "width": 19, "blank": False,
    "layout": "width 19, no blank lines, printed in order; a second paragraph opening 近年来 and a project list "
              "opening 其中; the running header repeated mid-page before a 要闻简报 column of ■ items",
    "running_header": "丰县报　2023年4月13日　第2版　经济",
    "masthead": ["丰县报　2023年4月13日　第2版　经济"],
    "foot": ["责任编辑：徐瑞　　校对：刘畅"],
    "items": [
        {"title": "首羡镇果蔬冷链物流项目签约", "byline": [["记者", "王凯"]],
         "body_first": "4月10日，首羡镇", "body_last": "一批优质项目相继落地。",
         "print": [("L", "首羡镇果蔬冷链物流项目签约"), ("L", "本报记者　王凯"),
                   ("P", "4月10日，首羡镇与江苏丰润农产品有限公司签约果蔬冷链物流项目，该项目总投资3.5亿元。"),
                   ("P", "近年来，首羡镇坚持把招商引资作为经济工作的生命线，一批优质项目相继落地。")]},
        {"title": "一季度全县新开工项目18个", "byline": [["记者", "孙丽"]],
         "body_first": "记者从县发展改革委获悉", "body_last": "为全年目标打下坚实基础。",
         "print": [("L", "一季度全县新开工项目18个"), ("L", "本报记者　孙丽"),
                   ("P", "记者从县发展改革委获悉，一季度全县新开工亿元以上项目18个，总投资96亿元。"),
                   ("P", "其中，欢口镇电动车零部件项目投资12亿元；梁寨镇生物基材料项目投资9亿元；师寨镇果品深加工项目投资6.5亿元。"),
                   ("P", "今年以来，全县上下聚焦项目建设，为全年目标打下坚实基础。")],
         "header_after": "丰县报　2023年4月13日　第2版　经济"},
        {"title": "要闻简报", "byline": [],
         "body_first": "■华山镇召开", "body_last": "完成率100%。",
         "print": [("L", "要闻简报"),
                   ("C", "■华山镇召开招商引资工作推进会，通报一季度项目建设情况。"),
                   ("C", "■常店镇投资2000万元的农村供水管网改造工程完工。"),
                   ("C", "■范楼镇春季小麦“一喷三防”完成率100%。")]},
    ],
}

# ------------------------------------------------------------------ held: 宜君县 (displaced tails)
YIJUN = {
    "dir": "held/yijun_shaanxi", "file": "2022-07-07_p2.txt", "county": "宜君县", "code": "610222",
    "province": "陕西省", "width": 18, "blank": True,
    "layout": "width 18, blank lines, headline first; the end of the fourth article (cut mid-sentence) printed after "
              "the second article's body (column flow); a 简讯 column of ● items",
    "displaced_tails": 1,
    "masthead": ["宜君报　　2022年7月7日　星期四　　第2版", "第2版　综合新闻"],
    "foot": ["责任编辑：高飞　　校对：王娟"],
    "items": [
        {"title": "彭镇玉米制种基地长势喜人", "byline": [["记者", "杜文博"]],
         "body_first": "盛夏时节，彭镇", "body_last": "亩均收益比种普通玉米高出600元。",
         "print": [("L", "彭镇玉米制种基地长势喜人"), ("L", "本报记者　杜文博"),
                   ("P", "盛夏时节，彭镇万亩玉米制种基地一片葱绿，技术人员正在田间指导农户做好去杂工作。"),
                   ("P", "今年，该镇与种业公司合作发展玉米制种1.2万亩，亩均收益比种普通玉米高出600元。")]},
        {"title": "五里镇核桃产业提质增效", "byline": [["通讯员", "陈晓红"]],
         "body_first": "近年来，五里镇", "body_last": "核桃产值突破8000万元。",
         "print": [("L", "五里镇核桃产业提质增效"), ("L", "通讯员　陈晓红"),
                   ("P", "近年来，五里镇大力实施核桃提质增效工程，推广高接换优、配方施肥等技术1.5万亩。"),
                   ("P", "去年，全镇核桃产值突破8000万元。")]},
        {"title": "棋盘镇开展防汛应急演练", "byline": [["记者", "杜文博"]],
         "body_first": "7月4日，棋盘镇", "body_last": "提升了群众的避险自救能力。",
         "print": [("L", "棋盘镇开展防汛应急演练"), ("L", "本报记者　杜文博"),
                   ("P", "7月4日，棋盘镇在沮河沿岸开展防汛应急演练，镇村干部、民兵应急分队80余人参加。"),
                   ("P", "演练模拟河水暴涨、群众被困等险情，检验了应急队伍的快速反应能力，提升了群众的避险自救能力。")]},
        {"title": "太安镇养蜂户的甜蜜事业", "byline": [["记者", "李　琳"]],
         "body_first": "走进太安镇", "body_last": "蜂蜜还没出箱就被订完了。",
         "tail_after": 1,
         "print": [("L", "太安镇养蜂户的甜蜜事业"), ("L", "本报记者　李　琳"),
                   ("P", "走进太安镇武家塬村，漫山遍野的洋槐花刚刚谢去，养蜂户张建军正在检查蜂箱。"),
                   ("P", "张建军养蜂已有十五年，如今发展到中蜂300箱。他说，依托镇上的电商服务站，今年的"),
                   ("T", "~蜂蜜还没出箱就被订完了。")]},
        {"title": "简讯", "byline": [],
         "body_first": "●尧生镇举办", "body_last": "新增就业岗位150个。",
         "print": [("L", "简讯"),
                   ("C", "●尧生镇举办农民夜校，开展苹果矮化栽培技术培训。"),
                   ("C", "●云梦乡社区工厂投产，新增就业岗位150个。")]},
    ],
}

PAGES = [BOXING, QINGFENG, WUZHI, LINGBI, FENGXIAN, YIJUN]


def main() -> None:
    write_pages(PAGES, HERE, render=render, truth=truth)


if __name__ == "__main__":
    main()
