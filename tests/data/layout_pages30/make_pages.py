"""Write the invented pages of layout_pages30 (txt + truth json). Run from the repository root:

    python tests/data/layout_pages30/make_pages.py

A page is a list of items. An article item prints ("L", text) a line as printed, ("P", text) a paragraph
hard-wrapped at the page's width (a paragraph opens with two full-width spaces), or ("D", text) a line of
extraction debris inside the article (a running header or folio the PDF put between two of its lines). A
debris item ({"debris": [...]}) prints page furniture between articles. ``interleave`` names two articles whose
printed lines alternate line by line (a two-column page mis-extracted). ``double`` prints a blank line after
every line (double-spaced extraction); ``gap`` adds one more blank line between articles.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from layout_page_maker import write_pages  # noqa: E402  (the shared generator: render, truth)


YUEXI = {
    "dir": "dev/yuexi_anhui", "file": "2024-06-07_p2.txt", "county": "岳西县", "code": "340828",
    "province": "安徽省", "width": 18, "blank": True,
    "layout": "width 18, blank lines between articles; a three-line running header (date+星期, 第2版 alone, paper "
              "name+section); a 本报记者 line alone under a title; an end byline on the body's last line; an end "
              "byline with two names alone on its own line; the running header repeated at a column break between "
              "articles (paper, date, 星期, 第2版) with a bare folio 2; a folio line inside an article's body; a "
              "notice ending with its unit and date; a 责任编辑/版式/校对 line and a — 2 — folio at the foot",
    "masthead": ["2024年6月7日　星期五", "第2版", "岳西报　综合新闻"],
    "foot": ["责任编辑：储小燕　版式：王　磊　校对：汪　芳", "— 2 —"],
    "items": [
        {"title": "来榜镇茭白喜获丰收", "byline": [["记者", "程　亮"]],
         "body_first": "眼下，来榜镇", "body_last": "亩均收入超过8000元。",
         "print": [("L", "来榜镇茭白喜获丰收"), ("L", "本报记者　程　亮"),
                   ("P", "眼下，来榜镇的高山茭白进入采收旺季，田间地头到处是忙着采收、分拣的村民。"),
                   ("P", "今年全镇茭白种植面积达到5200亩，镇里组织农技人员开展病虫害统防统治，茭白品质稳步提升，亩均收入超过8000元。")]},
        {"title": "天堂镇举办夏季招聘会", "byline": [["", "储佳慧"]],
         "body_first": "6月5日", "body_last": "初步达成就业意向310人。",
         "print": [("L", "天堂镇举办夏季招聘会"),
                   ("P", "6月5日，天堂镇在镇文化广场举办夏季专场招聘会，42家企业提供岗位1200余个，初步达成就业意向310人。（储佳慧）")]},
        {"title": "菖蒲镇开展防汛应急演练", "byline": [["通讯员", "刘　强"], ["记者", "王晓梅"]],
         "body_first": "为切实提升", "body_last": "提高了群众避险意识。",
         "print": [("L", "菖蒲镇开展防汛应急演练"),
                   ("P", "为切实提升汛期应急处置能力，菖蒲镇日前在水畈村开展山洪灾害防御应急演练，模拟转移群众、抢险救援等环节，提高了群众避险意识。"),
                   ("L", "（通讯员　刘　强　记者　王晓梅）")]},
        {"debris": ["岳西报　2024年6月7日　星期五　第2版", "2"]},
        {"title": "店前镇村级光伏电站并网发电", "byline": [["记者", "汪　洋"], ["通讯员", "何志远"]],
         "body_first": "近日，店前镇", "body_last": "惠及农户560余户。",
         "print": [("L", "店前镇村级光伏电站并网发电"), ("L", "本报记者　汪　洋　通讯员　何志远"),
                   ("P", "近日，店前镇6个村级光伏电站全部并网发电，总装机容量达1.8兆瓦，预计年发电量200万千瓦时，"),
                   ("D", "2"),
                   ("P", "所得收益将全部用于村级公益事业和帮扶脱贫户，惠及农户560余户。")]},
        {"title": "温泉镇为老年人上门办理社保认证", "byline": [["", "朱丽娟"]],
         "body_first": "“不用跑腿", "body_last": "办理认证180余人次。",
         "print": [("L", "温泉镇为老年人上门办理社保认证"),
                   ("P", "“不用跑腿，在家就能办好，真是太方便了！”6月4日，温泉镇便民服务中心工作人员来到八畈村，为行动不便的老人上门办理养老保险待遇认证。今年以来，该镇已上门办理认证180余人次。"),
                   ("L", "（朱丽娟）")]},
        {"title": "停水通知", "byline": [],
         "body_first": "因城区供水管网改造", "body_last": "2024年6月6日",
         "print": [("L", "停水通知"),
                   ("P", "因城区供水管网改造施工，6月9日8时至18时，天堂镇衙前街、文苑路沿线将暂停供水，请广大用户提前做好储水准备。给您带来的不便，敬请谅解。"),
                   ("L", "岳西县自来水公司"), ("L", "2024年6月6日")]},
    ],
}

NINGDU = {
    "dir": "dev/ningdu_jiangxi", "file": "2024-09-13_p3.txt", "county": "宁都县", "code": "360730",
    "province": "江西省", "width": 16, "double": True,
    "layout": "width 16, DOUBLE-SPACED extraction (a blank line after every line, the same single blank between "
              "articles); a two-line running header (paper+date+星期, 第3版+section); a kicker over a 镇：title "
              "with a lead bracket; a 本报记者 line alone; a 简　讯 heading over three items (title line, body, end "
              "byline in brackets); an end byline; a 责任编辑/校对 line and a bare folio 3 at the foot",
    "masthead": ["宁都报　2024年9月13日　星期五", "第3版　乡村振兴"],
    "foot": ["责任编辑　李　娟　校对　邱　华", "3"],
    "items": [
        {"kicker": "金秋丰收季", "title": "黄陂镇：万亩脐橙挂满枝", "byline": [["记者", "温晓峰"], ["通讯员", "赖秋生"]],
         "body_first": "走进黄陂镇", "body_last": "为果农增收打下基础。",
         "print": [("L", "金秋丰收季"), ("L", "黄陂镇：万亩脐橙挂满枝"),
                   ("P", "本报讯（记者 温晓峰 通讯员 赖秋生）走进黄陂镇，连片的脐橙园果实累累。今年全镇脐橙挂果面积1.2万亩，镇里提前对接电商平台和外地客商，为果农增收打下基础。")]},
        {"title": "青塘镇老屋改造留住乡愁", "byline": [["记者", "曾　斌"]],
         "body_first": "青塘镇河背村", "body_last": "成了游客打卡地。",
         "print": [("L", "青塘镇老屋改造留住乡愁"), ("L", "本报记者　曾　斌"),
                   ("P", "青塘镇河背村的几栋百年客家老屋，经过修缮后变身村史馆和农家书屋。"),
                   ("P", "镇里在改造中坚持修旧如旧，保留了老屋的天井、雕花窗和青砖墙，如今老屋成了游客打卡地。")]},
        {"section": "简讯", "title": "洛口镇开展秋季森林防火宣传", "byline": [["", "温丽萍"]],
         "body_first": "9月10日", "body_last": "发放宣传单2000余份。",
         "print": [("L", "简　讯"), ("L", "洛口镇开展秋季森林防火宣传"),
                   ("P", "9月10日，洛口镇组织护林员深入各村开展森林防火宣传，发放宣传单2000余份。（温丽萍）")]},
        {"section": "简讯", "title": "小布镇举办农民丰收节", "byline": [["", "黄　敏"]],
         "body_first": "日前", "body_last": "吸引游客3000余人次。",
         "print": [("L", "小布镇举办农民丰收节"),
                   ("P", "日前，小布镇在钩刀咀村举办农民丰收节，开展农产品展销和农事趣味比赛，吸引游客3000余人次。（黄　敏）")]},
        {"section": "简讯", "title": "湛田乡完成秋粮收购准备", "byline": [["", "邱海燕"]],
         "body_first": "湛田乡粮站", "body_last": "确保颗粒归仓。",
         "print": [("L", "湛田乡完成秋粮收购准备"),
                   ("P", "湛田乡粮站完成仓库清理和设备检修，备足收购资金，确保颗粒归仓。（邱海燕）")]},
        {"title": "东山坝镇建成乡村振兴示范带", "byline": [["", "刘文军"], ["", "谢小红"]],
         "body_first": "近年来", "body_last": "人居环境明显改善。",
         "print": [("L", "东山坝镇建成乡村振兴示范带"),
                   ("P", "近年来，东山坝镇统筹推进产业发展和村庄整治，沿河建成12公里乡村振兴示范带，串起5个村的特色产业和景点，沿线村庄人居环境明显改善。（刘文军　谢小红）")]},
    ],
}

YUXIAN = {
    "dir": "dev/yuxian_hebei", "file": "2024-08-16_p2.txt", "county": "蔚县", "code": "130726",
    "province": "河北省", "width": 14, "blank": True,
    "layout": "width 14, blank lines; one-line running header; one article as printed, then the second and third "
              "articles INTERLEAVED line by line (titles, a 本报记者 line and body lines alternate), then an "
              "end-byline article; a bare folio at the foot",
    "masthead": ["蔚县报　第2版　2024年8月16日　星期五"],
    "foot": ["2"],
    "items": [
        {"title": "暖泉镇古堡游持续升温", "byline": [["记者", "张海涛"]],
         "body_first": "8月以来", "body_last": "旅游收入同比增长三成。",
         "print": [("L", "暖泉镇古堡游持续升温"), ("L", "本报记者　张海涛"),
                   ("P", "8月以来，暖泉镇西古堡、打树花表演场地游人不断，镇里延长景区开放时间，旅游收入同比增长三成。")]},
        {"title": "代王城镇杏扁收购忙", "byline": [["记者", "李志国"]], "interleave": True,
         "body_first": "连日来，代王城镇", "body_last": "收购量超过600吨。",
         "print": [("L", "代王城镇杏扁收购忙"), ("L", "本报记者　李志国"),
                   ("P", "连日来，代王城镇的杏扁收购点前排起长队，村民们将晾晒好的杏扁送到收购点过秤交售。截至目前，全镇杏扁收购量超过600吨。")]},
        {"title": "西合营镇开展农机安全检查", "byline": [["通讯员", "王丽华"]],
         "body_first": "为确保秋收", "body_last": "排除安全隐患16处。",
         "print": [("L", "西合营镇开展农机安全检查"),
                   ("P", "本报讯（通讯员 王丽华）为确保秋收期间农机安全，西合营镇组织农机安全监理人员深入各村，对拖拉机、收割机开展安全检查，排除安全隐患16处。")]},
        {"title": "南留庄镇修缮古戏楼", "byline": [["", "赵　军"]],
         "body_first": "日前", "body_last": "恢复了原有风貌。",
         "print": [("L", "南留庄镇修缮古戏楼"),
                   ("P", "日前，南留庄镇完成村内两座古戏楼的修缮，彩绘和木构件得到保护，恢复了原有风貌。（赵　军）")]},
    ],
}

JUXIAN = {
    "dir": "held/juxian_shandong", "file": "2024-11-22_p4.txt", "county": "莒县", "code": "371122",
    "province": "山东省", "width": 20, "double": True, "gap": True,
    "layout": "width 20, DOUBLE-SPACED with one more blank line between articles; running header (今日莒县, "
              "date, 星期, 第4版) and a 责任编辑 line at the top; 本报记者 alone under a title; end bylines; the "
              "running header repeated mid-page with a folio - 4 -; a 公告 with its unit and date; a 版式/校对 "
              "line at the foot",
    "masthead": ["今日莒县　2024年11月22日　星期五　第4版", "责任编辑：孙丽丽"],
    "foot": ["版式：刘　洋　校对：王　芳"],
    "items": [
        {"title": "招贤镇黄烟收购进度过半", "byline": [["记者", "庄晓东"]],
         "body_first": "连日来", "body_last": "烟农收入稳中有增。",
         "print": [("L", "招贤镇黄烟收购进度过半"), ("L", "本报记者　庄晓东"),
                   ("P", "连日来，招贤镇烟叶收购站内一派繁忙，烟农们排队交售烟叶。今年全镇种植黄烟3600亩，目前收购进度已过半，烟农收入稳中有增。")]},
        {"title": "浮来山街道银杏节吸引八方游客", "byline": [["", "徐　静"]],
         "body_first": "金秋时节", "body_last": "带动周边农家乐增收。",
         "print": [("L", "浮来山街道银杏节吸引八方游客"),
                   ("P", "金秋时节，浮来山的千年银杏树叶片金黄，街道举办的银杏文化节吸引了大批游客，带动周边农家乐增收。（徐　静）")]},
        {"debris": ["今日莒县　2024年11月22日　星期五", "- 4 -"]},
        {"title": "洛河镇新建冬暖式大棚120个", "byline": [["通讯员", "管志强"], ["记者", "庄晓东"]],
         "body_first": "走进洛河镇", "body_last": "带动300余名村民就近务工。",
         "print": [("L", "洛河镇新建冬暖式大棚120个"),
                   ("P", "走进洛河镇蔬菜产业园，一排排新建的冬暖式大棚整齐排列，工人们正在安装保温被。今年该镇新建大棚120个，发展西红柿、黄瓜等反季节蔬菜，带动300余名村民就近务工。"),
                   ("L", "（通讯员　管志强　记者　庄晓东）")]},
        {"title": "小店镇开展冬季消防安全检查", "byline": [["记者", "宋　杰"]],
         "body_first": "入冬以来", "body_last": "整改隐患23处。",
         "print": [("L", "小店镇开展冬季消防安全检查"), ("L", "本报记者　宋　杰"),
                   ("P", "入冬以来，小店镇组织安监、消防人员对辖区企业、商超和养老机构开展消防安全检查，整改隐患23处。")]},
        {"title": "公　告", "byline": [],
         "body_first": "根据工作安排", "body_last": "2024年11月20日",
         "print": [("L", "公　告"),
                   ("P", "根据工作安排，莒县城阳街道将于12月1日起对辖区沿街门头牌匾进行集中规范整治，请相关商户配合。"),
                   ("L", "莒县城阳街道办事处"), ("L", "2024年11月20日")]},
    ],
}

TONGWEI = {
    "dir": "held/tongwei_gansu", "file": "2024-07-12_p3.txt", "county": "通渭县", "code": "621121",
    "province": "甘肃省", "width": 17, "blank": False,
    "layout": "width 17, NO blank lines; running header with 第3版 and 星期; the first two articles INTERLEAVED "
              "line by line (two-column page mis-extracted); a 本报记者 line alone; a 简讯 heading over two "
              "items; an end byline cut by the column (（ / name）); a 责任编辑 line and a bare folio at the foot",
    "masthead": ["通渭报　2024年7月12日　星期五　第3版　社会"],
    "foot": ["责任编辑：牛小燕", "3"],
    "items": [
        {"title": "榜罗镇红色研学游人气旺", "byline": [["记者", "马晓军"]], "interleave": True,
         "body_first": "暑期以来", "body_last": "接待研学团队40余批次。",
         "print": [("L", "榜罗镇红色研学游人气旺"), ("L", "本报记者　马晓军"),
                   ("P", "暑期以来，榜罗镇红色教育基地迎来研学高峰，各地师生走进会议旧址，聆听革命故事。截至目前，已接待研学团队40余批次。")]},
        {"title": "马营镇马铃薯喜获丰收", "byline": [["通讯员", "张丽芳"]],
         "body_first": "眼下正是", "body_last": "亩产比去年增加200公斤。",
         "print": [("L", "马营镇马铃薯喜获丰收"),
                   ("P", "本报讯（通讯员 张丽芳）眼下正是马铃薯收获时节，马营镇的田间地头到处是挖薯、装袋的村民。今年全镇推广脱毒种薯，亩产比去年增加200公斤。")]},
        {"title": "平襄镇开展夏季治安巡逻", "byline": [["记者", "王　强"]],
         "body_first": "入夏以来", "body_last": "群众安全感明显提升。",
         "print": [("L", "平襄镇开展夏季治安巡逻"), ("L", "本报记者　王　强"),
                   ("P", "入夏以来，平襄镇组织派出所民警和平安志愿者在夜市、广场等人员密集场所开展夜间巡逻，群众安全感明显提升。")]},
        {"section": "简讯", "title": "鸡川镇举办农技培训班", "byline": [["", "李红霞"]],
         "body_first": "7月9日", "body_last": "培训农民150余人。",
         "print": [("L", "简讯"), ("L", "鸡川镇举办农技培训班"),
                   ("P", "7月9日，鸡川镇邀请县农技专家讲解中药材种植技术，培训农民150余人。（李红霞）")]},
        {"section": "简讯", "title": "陇阳镇完成农村危房改造", "byline": [["", "赵文斌"]],
         "body_first": "近日", "body_last": "住上了安全房。",
         "print": [("L", "陇阳镇完成农村危房改造"),
                   ("P", "近日，陇阳镇完成今年28户农村危房改造任务，群众住上了安全房。（赵文斌）")]},
        {"title": "华家岭镇风电项目加紧建设", "byline": [["", "牛　伟"]],
         "body_first": "在华家岭镇", "body_last": "预计年底前并网发电。",
         "print": [("L", "华家岭镇风电项目加紧建设"),
                   ("P", "在华家岭镇的山梁上，一台台风机塔筒拔地而起，施工人员正在吊装叶片。该项目总装机容量10万千瓦，预计年底前并网发电。（"),
                   ("L", "牛　伟）")]},
    ],
}

PAGES = [YUEXI, NINGDU, YUXIAN, JUXIAN, TONGWEI]


def main() -> None:
    write_pages(PAGES, HERE)


if __name__ == "__main__":
    main()
