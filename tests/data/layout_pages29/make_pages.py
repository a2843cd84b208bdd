"""Write the invented pages of layout_pages29 (txt + truth json). Run from the repository root:

    python tests/data/layout_pages29/make_pages.py

A page is a list of items; an item prints ("L", text) a line as printed or ("P", text) a paragraph
hard-wrapped at the page's width (a paragraph opens with two full-width spaces). ``interleave`` names two
items whose printed lines alternate line by line (a two-column page mis-extracted by pdf-to-text).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from layout_page_maker import write_pages  # noqa: E402  (the shared generator: render, truth)


PINGHE = {
    "dir": "dev/pinghe_fujian", "file": "2024-10-11_p2.txt", "county": "平和县", "code": "350628",
    "province": "福建省", "width": 16, "blank": True, "foot": ["2"],
    "layout": "width 16, blank lines; the top article's title over an indented paragraph, no byline until an end "
              "byline cut by the column (（ at a line end, the name on the next line); a 本报记者 line under a "
              "title; a second cut end byline with two names; a kicker line over a title (乡村振兴进行时); a lead",
    "masthead": ["第2版　平和报　综合新闻　2024年10月11日　星期五", "责任编辑：苏雅琳　美编：郑凯"],
    "items": [
        {"title": "琯溪蜜柚采摘季 果农笑开颜", "byline": [["", "林晓燕"]],
         "body_first": "眼下正是琯溪蜜柚", "body_last": "果农们脸上笑开了花。",
         "print": [("L", "琯溪蜜柚采摘季 果农笑开颜"),
                   ("P", "眼下正是琯溪蜜柚采摘上市的时节，小溪镇的柚园里一派繁忙景象，果农们穿梭在果树间采摘、装筐。"),
                   ("P", "今年全镇蜜柚种植面积稳定在3万亩，得益于科学施肥和病虫害统防统治，果子个头匀称、汁多味甜，收购价格比去年略有上涨，果农们脸上笑开了花。（"),
                   ("L", "林晓燕）")]},
        {"title": "坂仔镇林语堂文化园迎客忙", "byline": [["记者", "黄志明"]],
         "body_first": "国庆假期", "body_last": "带动周边群众增收。",
         "print": [("L", "坂仔镇林语堂文化园迎客忙"), ("L", "本报记者　黄志明"),
                   ("P", "国庆假期，坂仔镇林语堂文化园游人如织，不少游客专程前来参观故居、品读文学作品。"),
                   ("P", "据统计，假期七天文化园共接待游客4.2万人次，同比增长18%，周边民宿、农家乐生意红火，带动周边群众增收。")]},
        {"title": "霞寨镇开展森林防火应急演练", "byline": [["", "曾丽娟"], ["", "张　伟"]],
         "body_first": "10月9日", "body_last": "应急处置能力。",
         "print": [("L", "霞寨镇开展森林防火应急演练"),
                   ("P", "10月9日，霞寨镇在钟腾村开展森林防火应急演练，镇村干部和半专业扑火队员60余人参加，进一步提升了基层应急处置能力。（"),
                   ("L", "曾丽娟　张　伟）")]},
        {"kicker": "乡村振兴进行时", "title": "国强乡：一片茶叶富了一方百姓", "byline": [["通讯员", "卢志强"]],
         "body_first": "走进国强乡", "body_last": "年产值突破1.5亿元。",
         "print": [("L", "乡村振兴进行时"), ("L", "国强乡：一片茶叶富了一方百姓"), ("L", "本报通讯员　卢志强"),
                   ("P", "走进国强乡，连片的茶园层层叠叠，茶农们正忙着采摘秋茶。近年来，该乡引导村民发展白芽奇兰茶产业，建成标准化茶园1.2万亩，年产值突破1.5亿元。")]},
        {"title": "南胜镇新建村级养老服务站", "byline": [["记者", "陈建华"], ["通讯员", "吴美玲"]],
         "body_first": "近日，南胜镇", "body_last": "享受就近养老服务。",
         "print": [("L", "南胜镇新建村级养老服务站"),
                   ("P", "本报讯（记者 陈建华 通讯员 吴美玲）近日，南胜镇法华村养老服务站正式投用，站内设有助餐、休息、康复等功能区，全村200余名老年人可享受就近养老服务。")]},
    ],
}

RUCHENG = {
    "dir": "interleaved/rucheng_hunan", "file": "2024-05-17_p1.txt", "county": "汝城县", "code": "431026",
    "province": "湖南省", "width": 15, "blank": True, "foot": ["— 1 —"],
    "layout": "width 15, blank lines; the first two articles' lines INTERLEAVED line by line (a two-column "
              "page mis-extracted), titles included; then two articles as printed",
    "masthead": ["汝城报　2024年5月17日　星期五　第1版", "责任编辑：何晓丽"],
    "items": [
        {"title": "热水镇温泉小镇再添新业态", "byline": [["记者", "朱红梅"]], "interleave": True,
         "body_first": "5月以来，热水镇", "body_last": "游客体验更加丰富。",
         "print": [("L", "热水镇温泉小镇再添新业态"),
                   ("P", "本报讯（记者 朱红梅）5月以来，热水镇温泉小镇新开业的研学基地和露营地吸引了大批游客，周末日均接待量超过3000人次。小镇还推出了温泉养生、非遗体验等项目，游客体验更加丰富。")]},
        {"title": "文明瑶族乡茶油产业助农增收", "byline": [["通讯员", "范志勇"]],
         "body_first": "在文明瑶族乡", "body_last": "人均增收2600元。",
         "print": [("L", "文明瑶族乡茶油产业助农增收"),
                   ("P", "本报讯（通讯员 范志勇）在文明瑶族乡韩田村，新建的茶油加工厂正在满负荷生产。近年来，该乡引进企业建设油茶基地8000亩，采取“公司+合作社+农户”模式，带动600余户群众人均增收2600元。")]},
        {"title": "马桥镇高标准农田建设提速", "byline": [["记者", "李　军"]],
         "body_first": "连日来", "body_last": "确保秋收前完工。",
         "print": [("L", "马桥镇高标准农田建设提速"), ("L", "本报记者　李　军"),
                   ("P", "连日来，马桥镇高标准农田建设项目现场机械轰鸣，施工人员抢抓晴好天气平整土地、修建沟渠。"),
                   ("P", "该项目涉及5个村，建设面积4500亩，镇里实行挂图作战，确保秋收前完工。")]},
        {"title": "卢阳镇开展防溺水宣传进校园", "byline": [["", "何　静"]],
         "body_first": "5月15日", "body_last": "安全防范意识。",
         "print": [("L", "卢阳镇开展防溺水宣传进校园"),
                   ("P", "5月15日，卢阳镇联合派出所走进辖区中小学校，开展防溺水安全宣传教育，发放宣传资料2000余份，进一步增强了学生的安全防范意识。（何　静）")]},
    ],
}

RUCHENG3 = {
    "dir": "interleaved/rucheng_hunan", "file": "2024-05-21_p3.txt", "county": "汝城县", "code": "431026",
    "province": "湖南省", "width": 20, "blank": False, "foot": ["3"],
    "layout": "width 20, no blank lines; one article as printed, then the second and third articles' body lines "
              "INTERLEAVED (each under its own title line, the two title lines interleaved too), then a last article",
    "masthead": ["第3版　汝城报　2024年5月21日"],
    "items": [
        {"title": "土桥镇举办首届杨梅节", "byline": [["记者", "宋晓东"]],
         "body_first": "5月19日", "body_last": "销售额达120余万元。",
         "print": [("L", "土桥镇举办首届杨梅节"), ("L", "本报记者　宋晓东"),
                   ("P", "5月19日，土桥镇首届杨梅节在永丰村开幕，来自周边县市的游客走进杨梅园，体验采摘乐趣。活动当天，现场签订采购订单15份，销售额达120余万元。")]},
        {"title": "三江口瑶族镇：民宿经济激活乡村旅游", "byline": [["记者", "邓丽华"]], "interleave": True,
         "body_first": "初夏时节", "body_last": "带动村民就业150余人。",
         "print": [("L", "三江口瑶族镇：民宿经济激活乡村旅游"), ("L", "本报记者　邓丽华"),
                   ("P", "初夏时节，三江口瑶族镇的山间民宿迎来客流高峰。镇里依托瑶族文化和生态资源，先后培育特色民宿42家，床位达到800余张，带动村民就业150余人。")]},
        {"title": "暖水镇为企业送政策上门", "byline": [["通讯员", "罗志刚"]],
         "body_first": "为优化营商环境", "body_last": "帮助企业解决融资难题。",
         "print": [("L", "暖水镇为企业送政策上门"),
                   ("P", "本报讯（通讯员 罗志刚）为优化营商环境，暖水镇组织干部深入辖区企业走访，宣讲减税降费、稳岗就业等惠企政策，收集企业诉求30余条，已协调金融机构发放贷款2000万元，帮助企业解决融资难题。")]},
        {"title": "井坡镇农村公路改造完工", "byline": [["", "胡　斌"]],
         "body_first": "近日", "body_last": "群众出行更加便捷。",
         "print": [("L", "井坡镇农村公路改造完工"),
                   ("P", "近日，井坡镇12公里农村公路提质改造工程全面完工，沿线3个村群众出行更加便捷。（胡　斌）")]},
    ],
}

PAGES = [PINGHE, RUCHENG, RUCHENG3]


def main() -> None:
    write_pages(PAGES, HERE)


if __name__ == "__main__":
    main()
