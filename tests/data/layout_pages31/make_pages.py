"""Write the invented pages of layout_pages31 (txt + truth json). Run from the repository root:

    python tests/data/layout_pages31/make_pages.py

A page is a list of articles. An article prints ("L", text) a line as printed or ("P", text) a paragraph
hard-wrapped at the page's width (a paragraph opens with two full-width spaces). A closing signature is
part of the last paragraph's text (so it wraps with it) unless printed as its own ("L", ...) line(s).
``blank`` puts a blank line between articles.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from layout_page_maker import IND, render, truth, wrap, write_pages  # noqa: E402,F401  (the shared generator)


QIANSHAN = {
    "dir": "dev/qianshan_jiangxi", "file": "2023-05-16_p2.txt", "county": "铅山县", "code": "361124",
    "province": "江西省", "width": 17, "blank": True,
    "layout": "width 17, blank lines between articles; byline-line article, then two signature-closed items "
              "(one signature inline, one alone on its line), a title with ：, a byline-line article after a "
              "signature-closed one, a signature wrapped across two lines at the page foot",
    "masthead": ["第02版　铅山报　综合新闻　2023年5月16日　星期二"],
    "foot": ["责任编辑：周雅琴　校对：汪建"],
    "items": [
        {"title": "河口镇老街修缮工程启动", "byline": [["记者", "吴志强"]],
         "body_first": "5月12日，河口镇", "body_last": "确保老街风貌不走样。",
         "print": [("L", "河口镇老街修缮工程启动"), ("L", "本报记者　吴志强"),
                   ("P", "5月12日，河口镇明清古街修缮工程正式启动。工程涉及沿街店铺86间，总投资约3200万元。"),
                   ("P", "镇党委负责人介绍，施工队伍将按照修旧如旧的原则推进，确保老街风貌不走样。")]},
        {"title": "永平镇开展春季植树活动", "byline": [["", "徐丽华"]],
         "body_first": "日前，永平镇", "body_last": "成活率达95%以上。",
         "print": [("L", "永平镇开展春季植树活动"),
                   ("P", "日前，永平镇组织干部群众200余人在铜山脚下开展义务植树活动，共栽下樟树、桂花等苗木3000余株。"),
                   ("P", "据了解，该镇今年已完成植树造林1200亩，成活率达95%以上。（徐丽华）")]},
        {"title": "石塘镇：纸乡古镇迎来研学热", "byline": [["", "程小燕"]],
         "body_first": "走进石塘镇", "body_last": "带动村民增收200余万元。",
         "print": [("L", "石塘镇：纸乡古镇迎来研学热"),
                   ("P", "走进石塘镇，连四纸作坊里游客络绎不绝。今年以来，该镇依托传统造纸技艺，开发研学线路5条。"),
                   ("P", "截至目前，已接待研学学生1.2万人次，带动村民增收200余万元。"),
                   ("L", "（程小燕）")]},
        {"title": "县人社局举办春风行动招聘会", "byline": [["通讯员", "杨　帆"]],
         "body_first": "5月10日，县人社局", "body_last": "现场达成就业意向326人。",
         "print": [("L", "县人社局举办春风行动招聘会"), ("L", "通讯员　杨　帆"),
                   ("P", "5月10日，县人社局在县城广场举办春风行动专场招聘会，68家企业提供岗位1900余个。"),
                   ("P", "招聘会当天，现场达成就业意向326人。")]},
        {"title": "紫溪乡：茶园里的增收经", "byline": [["", "祝国平"]],
         "body_first": "时下正是采茶季", "body_last": "亩均增收3000元。",
         "print": [("L", "紫溪乡：茶园里的增收经"),
                   ("P", "时下正是采茶季，紫溪乡的万亩茶园里一片繁忙。该乡引进龙头企业2家，推行统一管护、统一收购，茶农亩均增收3000元。"),
                   ("L", "（"), ("L", "祝国平）")]},
    ],
}

ANHUA = {
    "dir": "dev/anhua_hunan", "file": "2022-09-20_p3.txt", "county": "安化县", "code": "430923",
    "province": "湖南省", "width": 18, "blank": True,
    "layout": "width 18, blank lines; the page opens with a signature-closed item (no byline line) — its title "
              "must not be a section; two names in one signature; a signature alone on a line before a "
              "byline-line article; a byline line with two roles",
    "masthead": ["安化报　2022年9月20日　星期二　第3版　乡镇"],
    "foot": ["责任编辑：刘湘　版式：李敏"],
    "items": [
        {"title": "东坪镇完成秋季学校安全检查", "byline": [["", "谌新华"]],
         "body_first": "开学前夕，东坪镇", "body_last": "已全部整改到位。",
         "print": [("L", "东坪镇完成秋季学校安全检查"),
                   ("P", "开学前夕，东坪镇组织应急、市场监管等部门对辖区14所学校开展安全检查，排查隐患23处，已全部整改到位。（谌新华）")]},
        {"title": "梅城镇黑茶产业园投产", "byline": [["", "蒋红梅"], ["", "夏　军"]],
         "body_first": "9月15日，梅城镇", "body_last": "年产值可达1.5亿元。",
         "print": [("L", "梅城镇黑茶产业园投产"),
                   ("P", "9月15日，梅城镇黑茶产业园一期项目建成投产。项目建有标准化厂房4栋，可吸纳就业300余人。"),
                   ("P", "园区负责人表示，全面达产后年产值可达1.5亿元。"),
                   ("L", "（蒋红梅　夏　军）")]},
        {"title": "江南镇：小水电变身“生态电站”", "byline": [["记者", "曾志远"], ["通讯员", "罗一鸣"]],
         "body_first": "江南镇洞市村", "body_last": "村民王德顺说。",
         "print": [("L", "江南镇：小水电变身“生态电站”"), ("L", "记者　曾志远　通讯员　罗一鸣"),
                   ("P", "江南镇洞市村的小水电站完成生态改造，新建生态流量泄放设施，河道常年不断流。"),
                   ("P", "“以前一到枯水期河床就见底，现在鱼儿又回来了。”村民王德顺说。")]},
        {"title": "清塘铺镇为老人免费体检", "byline": [["", "陶　丽"]],
         "body_first": "近日，清塘铺镇", "body_last": "建立健康档案1100余份。",
         "print": [("L", "清塘铺镇为老人免费体检"),
                   ("P", "近日，清塘铺镇卫生院组织医护人员进村入户，为65岁以上老人免费体检，建立健康档案1100余份。（陶"),
                   ("L", "丽）")]},
        {"title": "仙溪镇修通最后一段通组路", "byline": [["记者", "邓小兵"]],
         "body_first": "9月18日，仙溪镇", "body_last": "出行难问题彻底解决。",
         "print": [("L", "仙溪镇修通最后一段通组路"), ("L", "本报记者　邓小兵"),
                   ("P", "9月18日，仙溪镇大溪村最后一段通组公路完成硬化，全长2.3公里。"),
                   ("P", "至此，该镇所有村民小组都通了水泥路，群众出行难问题彻底解决。")]},
    ],
}

PINGNAN = {
    "dir": "held/pingnan_fujian", "file": "2021-11-09_p2.txt", "county": "屏南县", "code": "350923",
    "province": "福建省", "width": 16, "blank": False,
    "layout": "width 16, NO blank lines between articles; byline-line articles and signature-closed items "
              "alternating; a signature alone on a line; a title with ：; a signature wrapped （ / name）",
    "masthead": ["屏南报　第2版　要闻　2021年11月9日　星期二"],
    "foot": ["责任编辑：甘美玲"],
    "items": [
        {"title": "双溪镇古村落保护利用见成效", "byline": [["记者", "陆晓东"]],
         "body_first": "双溪镇", "body_last": "游客同比增长四成。",
         "print": [("L", "双溪镇古村落保护利用见成效"), ("L", "本报记者　陆晓东"),
                   ("P", "双溪镇把古民居修缮和业态培育结合起来，今年修缮古民居42栋，引进文创工作室11家。"),
                   ("P", "国庆期间，全镇接待游客同比增长四成。")]},
        {"title": "代溪镇举办脐橙采摘节", "byline": [["", "张美娟"]],
         "body_first": "11月5日，代溪镇", "body_last": "销售额达80余万元。",
         "print": [("L", "代溪镇举办脐橙采摘节"),
                   ("P", "11月5日，代溪镇首届脐橙采摘节开幕，吸引游客5000余人次，销售额达80余万元。"),
                   ("L", "（张美娟）")]},
        {"title": "棠口镇：廊桥边的“共享菜园”", "byline": [["通讯员", "宋家和"]],
         "body_first": "棠口镇", "body_last": "邻里关系更融洽了。",
         "print": [("L", "棠口镇：廊桥边的“共享菜园”"), ("L", "通讯员　宋家和"),
                   ("P", "棠口镇把廊桥边的闲置地块整理成共享菜园，分给120户居民认领种植。"),
                   ("P", "居民们说，菜园让邻里关系更融洽了。")]},
        {"title": "甘棠乡完成冬种油菜2000亩", "byline": [["", "黄学明"]],
         "body_first": "入冬以来，甘棠乡", "body_last": "比去年增加500亩。",
         "print": [("L", "甘棠乡完成冬种油菜2000亩"),
                   ("P", "入冬以来，甘棠乡组织农技人员指导农户抢抓农时播种油菜，全乡已完成冬种油菜2000亩，比去年增加500亩。"),
                   ("L", "（"), ("L", "黄学明）")]},
        {"title": "岭下乡开展消防演练", "byline": [["", "吴丽清"]],
         "body_first": "11月8日，岭下乡", "body_last": "提高了群众自救能力。",
         "print": [("L", "岭下乡开展消防演练"),
                   ("P", "11月8日，岭下乡在集镇开展消防应急演练，提高了群众自救能力。（吴丽清）")]},
    ],
}

NANZHANG = {
    "dir": "held/nanzhang_hubei", "file": "2020-06-23_p2.txt", "county": "南漳县", "code": "420624",
    "province": "湖北省", "width": 19, "blank": True,
    "layout": "width 19, blank lines; the page opens with a byline-line article, then three signature-closed "
              "items (the last two back to back, one signature alone on a line), a title with ：, a byline "
              "line article at the foot",
    "masthead": ["第2版　南漳报　2020年6月23日　星期二"],
    "foot": ["责任编辑：王春燕　校对：李伟"],
    "items": [
        {"title": "武安镇：香菇大棚撑起致富伞", "byline": [["记者", "胡长青"]],
         "body_first": "走进武安镇", "body_last": "户均年增收2万余元。",
         "print": [("L", "武安镇：香菇大棚撑起致富伞"), ("L", "本报记者　胡长青"),
                   ("P", "走进武安镇香菇产业园，一排排大棚整齐排列，菌农们正忙着采摘香菇。"),
                   ("P", "该镇发展香菇大棚600余个，带动260户农户参与种植，户均年增收2万余元。")]},
        {"title": "九集镇开展防汛应急演练", "byline": [["", "周晓燕"]],
         "body_first": "6月19日，九集镇", "body_last": "提升了应急处置能力。",
         "print": [("L", "九集镇开展防汛应急演练"),
                   ("P", "6月19日，九集镇在蛮河沿岸开展防汛应急演练，镇村干部和民兵100余人参加，提升了应急处置能力。"),
                   ("L", "（周晓燕）")]},
        {"title": "李庙镇建成村级养老服务站", "byline": [["", "罗　斌"]],
         "body_first": "近日，李庙镇", "body_last": "为老人提供日间照料。",
         "print": [("L", "李庙镇建成村级养老服务站"),
                   ("P", "近日，李庙镇在8个村建成养老服务站，为老人提供日间照料。（罗　斌）")]},
        {"title": "薛坪镇：古山寨里办起民宿", "byline": [["", "彭红霞"]],
         "body_first": "薛坪镇依托", "body_last": "旺季一房难求。",
         "print": [("L", "薛坪镇：古山寨里办起民宿"),
                   ("P", "薛坪镇依托春秋寨等古山寨资源，引导村民办起民宿23家，旺季一房难求。"),
                   ("P", "镇文化站负责人说，下一步将串联古寨开发旅游线路。旺季一房难求。"),
                   ("L", "（彭红霞）")]},
        {"title": "县农业农村局送技术下乡", "byline": [["通讯员", "邹永刚"]],
         "body_first": "6月20日，县农业农村局", "body_last": "发放技术资料1500份。",
         "print": [("L", "县农业农村局送技术下乡"), ("L", "通讯员　邹永刚"),
                   ("P", "6月20日，县农业农村局组织20名农技专家深入长坪、东巩等镇，现场指导夏管，发放技术资料1500份。")]},
    ],
}


ZIXI = {
    "dir": "after/zixi_jiangxi", "file": "2021-04-15_p2.txt", "county": "资溪县", "code": "361028",
    "province": "江西省", "width": 17, "blank": True,
    "layout": "WRITTEN AFTER the change (not held): width 17, blank lines; byline-line articles of several "
              "paragraphs, each followed by a short item with no byline line closed by its signature (inline, "
              "alone, cut （ / name）), the page's staff line after the last item (the form that merged user21's "
              "items); a title with ：",
    "masthead": ["第02版　资溪报　综合新闻　2021年4月15日　星期四"],
    "foot": ["责任编辑：饶春华　校对：吴斌"],
    "items": [
        {"title": "鹤城镇召开春耕生产推进会", "byline": [["记者", "傅国华"]],
         "body_first": "4月12日，鹤城镇", "body_last": "确保不误农时。",
         "print": [("L", "鹤城镇召开春耕生产推进会"), ("L", "本报记者　傅国华"),
                   ("P", "4月12日，鹤城镇召开春耕生产推进会，部署全镇春耕备耕工作。镇党委书记表示，要抓好种子化肥供应。"),
                   ("P", "“今年的早稻秧苗长势好，心里踏实多了。”大觉山村村民李春花笑着说。镇里组织农技人员42名，深入田间指导生产。"),
                   ("P", "会议要求，各村要倒排工期、挂图作战，确保不误农时。")]},
        {"title": "大觉山村：白茶园里采茶忙", "byline": [["", "黄晓燕"]],
         "body_first": "走进鹤城镇大觉山村", "body_last": "亩均收入超过6000元。",
         "print": [("L", "大觉山村：白茶园里采茶忙"),
                   ("P", "走进鹤城镇大觉山村，漫山遍野的白茶园里，采茶工正忙着采摘新茶。"),
                   ("P", "大觉山村发展白茶种植1300亩，亩均收入超过6000元。（黄晓燕）")]},
        {"title": "马头山镇开展森林防火宣传", "byline": [["通讯员", "邱建平"]],
         "body_first": "连日来，马头山镇", "body_last": "筑牢森林防火安全屏障。",
         "print": [("L", "马头山镇开展森林防火宣传"), ("L", "通讯员　邱建平"),
                   ("P", "连日来，马头山镇组织干部职工深入各村开展森林防火宣传，发放宣传资料3200余份。"),
                   ("P", "镇林业站负责人介绍，全镇组建半专业扑火队伍5支，巡山护林员68名，筑牢森林防火安全屏障。")]},
        {"title": "昌坪村修通产业路", "byline": [["", "吴晓梅"]],
         "body_first": "近日，马头山镇昌坪村", "body_last": "运输成本降低一半。",
         "print": [("L", "昌坪村修通产业路"),
                   ("P", "近日，马头山镇昌坪村产业路完成硬化，全长4.6公里，果农运输成本降低一半。"),
                   ("L", "（吴晓梅）")]},
        {"title": "高阜镇举办农民技能培训", "byline": [["记者", "章丽萍"]],
         "body_first": "4月13日，高阜镇", "body_last": "学员们纷纷表示受益匪浅。",
         "print": [("L", "高阜镇举办农民技能培训"), ("L", "本报记者　章丽萍"),
                   ("P", "4月13日，高阜镇举办农民技能培训班，邀请县农业农村局专家为150余名农民授课。"),
                   ("P", "培训围绕果树修剪、病虫害防治等内容展开，学员们纷纷表示受益匪浅。")]},
        {"title": "乌石镇：竹林里长出“金笋子”", "byline": [["", "王　芳"]],
         "body_first": "眼下正是春笋上市季节", "body_last": "带动农户增收300余万元。",
         "print": [("L", "乌石镇：竹林里长出“金笋子”"),
                   ("P", "眼下正是春笋上市季节，乌石镇的竹林里随处可见挖笋的村民。该镇引进竹笋加工企业3家，今年已收购鲜笋800吨，带动农户增收300余万元。"),
                   ("L", "（"), ("L", "王　芳）")]},
    ],
}

PAGES = (QIANSHAN, ANHUA, PINGNAN, NANZHANG, ZIXI)


def main() -> None:
    write_pages(PAGES, HERE)


if __name__ == "__main__":
    main()
