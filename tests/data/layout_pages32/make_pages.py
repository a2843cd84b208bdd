"""Write the invented pages of layout_pages32 (txt + truth json). Run from the repository root:

    python tests/data/layout_pages32/make_pages.py

A page is a list of articles. An article prints ("L", text) a line as printed, ("P", text) a paragraph
opening with two full-width spaces and hard-wrapped at the page's width, or ("F", text) a paragraph printed
flush left (no indent), hard-wrapped likewise. ``blank`` puts a blank line between articles (never inside
one: every page is single-spaced).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from layout_page_maker import IND, render, truth, wrap, write_pages  # noqa: E402,F401  (the shared generator)


# ---------------------------------------------------------------- dev: 盐池县 (flush paragraphs, ？！ titles)
YANCHI = {
    "dir": "dev/yanchi_ningxia", "file": "2024-04-19_p2.txt", "county": "盐池县", "code": "640323",
    "province": "宁夏回族自治区", "width": 20, "blank": False,
    "layout": "width 20, no blank lines, paragraphs printed FLUSH LEFT (no indent); titles ending in ？ and ！; "
              "an 编者按 paragraph before a body; ◎记者 byline lines; a 记者 X 报道 line; an end byline "
              "（记者 X 通讯员 Y）; a photo caption with 记者 X 摄 after a body",
    "masthead": ["盐池新闻　2024年4月19日　星期五", "第2版　综合　　责任编辑：马　莉"],
    "foot": ["校对：田　芳　　排版：何　静"],
    "items": [
        {"title": "滩羊为何越养越“金贵”？", "byline": [["记者", "马晓军"]],
         "body_first": "编者按：", "body_last": "一只羊能多卖两三百元。",
         "print": [("L", "滩羊为何越养越“金贵”？"), ("L", "◎记者　马晓军"),
                   ("F", "编者按：盐池滩羊闻名全国。近年来，我县在品种保护、标准化养殖和品牌营销上持续发力，今起本报推出系列报道，敬请关注。"),
                   ("F", "清晨六点，花马池镇北塘村养殖户王建国已经在羊圈里忙开了。他家今年存栏滩羊320只，全部按照县里的标准化规程饲养。"),
                   ("F", "“过去是散养，羊吃啥算啥；现在有了配方饲料和防疫档案，出栏时还能贴上溯源标签。”王建国说，贴了标签的羊，一只羊能多卖两三百元。")]},
        {"title": "大水坑镇：春播备耕正当时", "byline": [["记者", "杨　涛"]],
         "body_first": "眼下正是春播备耕", "body_last": "确保不误农时。",
         "print": [("L", "大水坑镇：春播备耕正当时"), ("L", "记者　杨　涛　报道"),
                   ("F", "眼下正是春播备耕的关键时期，大水坑镇各村田间地头一派繁忙景象。"),
                   ("F", "今年，该镇计划种植玉米4.5万亩、荞麦1.2万亩，已调运化肥860吨、地膜35吨，农机具检修率达到100%，确保不误农时。")]},
        {"title": "惠安堡镇建成光伏治沙示范区", "byline": [["记者", "杨　涛"], ["通讯员", "李红梅"]],
         "body_first": "4月15日，记者", "body_last": "实现治沙与增收双赢。",
         "print": [("L", "惠安堡镇建成光伏治沙示范区"),
                   ("F", "4月15日，记者在惠安堡镇光伏治沙示范区看到，一排排光伏板下，种植的柠条、沙蒿已经返青。"),
                   ("F", "示范区占地1.8万亩，采取“板上发电、板下种草、板间养羊”的模式，每年可发电3.2亿千瓦时，带动周边农户就业400余人，实现治沙与增收双赢。"),
                   ("L", "（记者　杨　涛　通讯员　李红梅）")]},
        {"title": "不让一名学生因贫失学！", "byline": [["记者", "马晓军"]],
         "body_first": "近日，县教体局", "body_last": "资助资金全部发放到位。",
         "print": [("L", "不让一名学生因贫失学！"), ("L", "◎记者　马晓军"),
                   ("F", "近日，县教体局召开春季学期学生资助工作推进会，要求各校逐户核实家庭经济困难学生信息。"),
                   ("F", "本学期，全县共有1860名学生享受各类资助，资助资金全部发放到位。")]},
        {"title": "高沙窝镇春季植树忙", "byline": [["摄影", "王　伟"]],
         "body_first": "4月12日，高沙窝镇", "body_last": "栽植樟子松、山杏等苗木2万余株。",
         "print": [("L", "高沙窝镇春季植树忙"),
                   ("F", "4月12日，高沙窝镇组织干部群众在二步坑村开展义务植树活动，栽植樟子松、山杏等苗木2万余株。"),
                   ("L", "记者　王　伟　摄")]},
    ],
}

# ---------------------------------------------------------------- held: 泾县 (blank lines, 报道 bylines, 启事)
JINGXIAN = {
    "dir": "held/jingxian_anhui", "file": "2024-05-24_p3.txt", "county": "泾县", "code": "341823",
    "province": "安徽省", "width": 15, "blank": True,
    "layout": "width 15, blank lines between articles; a 【宣纸之乡】 banner over an article; a title with a "
              "——subtitle line; 本报记者 X 通讯员 Y 报道 line; a signature （X）; a 招聘启事 with its unit and date; "
              "a 遗失声明 of two entries",
    "masthead": ["泾县报", "2024年5月24日　第3版　综合"],
    "foot": ["本版编辑：胡　蓉"],
    "items": [
        {"section": "宣纸之乡", "title": "千年宣纸焕发新活力", "subtitle": "——丁家桥镇宣纸产业发展见闻",
         "byline": [["记者", "汪文斌"], ["通讯员", "查小林"]],
         "body_first": "走进丁家桥镇", "body_last": "年产值突破12亿元。",
         "print": [("L", "【宣纸之乡】"), ("L", "千年宣纸焕发新活力"), ("L", "——丁家桥镇宣纸产业发展见闻"),
                   ("L", "本报记者　汪文斌　通讯员　查小林　报道"),
                   ("P", "走进丁家桥镇的宣纸文化园，捞纸、晒纸的工匠们正在忙碌。"),
                   ("P", "近年来，该镇推动宣纸与文创、研学融合发展，全镇现有宣纸、书画纸企业260余家，年产值突破12亿元。")]},
        {"title": "桃花潭镇游客量同比增长三成", "byline": [["", "吴晓燕"]],
         "body_first": "“五一”假期", "body_last": "旅游综合收入4600万元。",
         "print": [("L", "桃花潭镇游客量同比增长三成"),
                   ("P", "“五一”假期，桃花潭景区迎来客流高峰。据统计，今年1至4月，桃花潭镇共接待游客38万人次，同比增长31%，实现旅游综合收入4600万元。（吴晓燕）")]},
        {"title": "云岭镇茶园机械化采摘试点成功", "byline": [["记者", "汪文斌"]],
         "body_first": "5月20日，", "body_last": "效率提高8倍。",
         "print": [("L", "云岭镇茶园机械化采摘试点成功"), ("L", "本报记者　汪文斌"),
                   ("P", "5月20日，在云岭镇的一片茶园里，两台采茶机来回作业。"),
                   ("P", "“一台机器一天能采8亩，相当于30个人的工作量。”茶场负责人说，机采试点后，夏秋茶采摘效率提高8倍。")]},
        {"title": "招聘启事", "byline": [],
         "body_first": "因工作需要", "body_last": "2024年5月22日",
         "print": [("L", "招聘启事"),
                   ("P", "因工作需要，泾县宣纸文化园现面向社会公开招聘讲解员3名，年龄35周岁以下，大专及以上学历。有意者请于6月5日前携带本人简历到园区办公室报名。"),
                   ("L", "泾县宣纸文化园管理处"), ("L", "2024年5月22日")]},
        {"title": "遗失声明", "byline": [],
         "body_first": "泾县茂林镇", "body_last": "声明作废。",
         "print": [("L", "遗失声明"),
                   ("P", "泾县茂林镇濂溪村股份经济合作社遗失公章一枚，声明作废。"),
                   ("P", "王志刚遗失残疾人证一本，证号34182319680312XXXX，声明作废。")]},
    ],
}

# ---------------------------------------------------------------- dev: 长汀县 (引题 + 主题 + 副题, 文/图, △ captions)
CHANGTING = {
    "dir": "dev/changting_fujian", "file": "2024-10-11_p2.txt", "county": "长汀县", "code": "350821",
    "province": "福建省", "width": 22, "blank": False,
    "layout": "width 22, no blank lines; headlines of three lines (引题 kicker, main title, ——subtitle); "
              "文/X　图/Y author lines; photo captions opening with △ inside bodies; a dialogue of short "
              "quoted paragraphs; an end byline （通讯员 X）",
    "masthead": ["长汀新闻　第2版　2024年10月11日　星期五　　编辑：罗　敏"],
    "foot": ["（本版图片除署名外均由县融媒体中心提供）"],
    "items": [
        {"kicker": "从“火焰山”到“花果山”", "title": "河田镇水土流失治理再上新台阶",
         "subtitle": "——河田镇生态修复工作纪实",
         "byline": [["撰文", "赖春生"], ["摄影", "钟　华"]],
         "body_first": "秋日的河田镇", "body_last": "绿色发展的路子越走越宽。",
         "print": [("L", "从“火焰山”到“花果山”"), ("L", "河田镇水土流失治理再上新台阶"),
                   ("L", "——河田镇生态修复工作纪实"), ("L", "文/赖春生　图/钟　华"),
                   ("P", "秋日的河田镇，满山的杨梅树、板栗树郁郁葱葱。很难想象，这里曾是南方红壤区水土流失最严重的地方之一。"),
                   ("L", "△露湖村的果园如今成了“绿色银行”"),
                   ("P", "近年来，河田镇累计治理水土流失面积11.3万亩，森林覆盖率提高到79.4%。村民们在治理后的山地上种果树、办民宿，绿色发展的路子越走越宽。")]},
        {"title": "古城镇“老兵调解室”化解矛盾纠纷",
         "byline": [["通讯员", "刘建平"]],
         "body_first": "“老张，你家的", "body_last": "化解率达98%。",
         "print": [("L", "古城镇“老兵调解室”化解矛盾纠纷"),
                   ("P", "“老张，你家的围墙往外多砌了半米，得让一让。”"),
                   ("P", "“行，听你们的。”"),
                   ("P", "这是古城镇“老兵调解室”调解一起邻里纠纷的场景。调解室由6名退役军人组成，今年以来已调处各类矛盾纠纷57起，化解率达98%。"),
                   ("L", "（通讯员　刘建平）")]},
        {"kicker": "稻花香里说丰年", "title": "童坊镇3.6万亩晚稻开镰",
         "byline": [["撰文", "赖春生"]],
         "body_first": "连日来，童坊镇", "body_last": "预计总产量1.4万吨。",
         "print": [("L", "稻花香里说丰年"), ("L", "童坊镇3.6万亩晚稻开镰"), ("L", "文/赖春生"),
                   ("P", "连日来，童坊镇的稻田里收割机来回穿梭，金黄的稻谷颗粒归仓。"),
                   ("L", "△收割机在彭坊村稻田里作业"),
                   ("P", "该镇今年种植晚稻3.6万亩，推广优质稻品种5个，预计总产量1.4万吨。")]},
        {"title": "馆前镇开展重阳敬老活动", "byline": [["通讯员", "李秀英"]],
         "body_first": "10月9日，馆前镇", "body_last": "送去慰问品。",
         "print": [("L", "馆前镇开展重阳敬老活动"),
                   ("P", "10月9日，馆前镇组织志愿者走访辖区80岁以上老人126户，为他们理发、体检，送去慰问品。（通讯员　李秀英）")]},
    ],
}

# ---------------------------------------------------------------- held: 抚松县 (subheads inside a long article)
FUSONG = {
    "dir": "held/fusong_jilin", "file": "2024-09-06_p1.txt", "county": "抚松县", "code": "220621",
    "province": "吉林省", "width": 18, "blank": True,
    "layout": "width 18, blank lines between articles; a long article with three short subheads inside its "
              "body (小标题, no punctuation); a lead 本报讯（记者 X）; a title with a number and ％; a photo "
              "news closed by （X 摄）",
    "masthead": ["抚松新闻", "2024年9月6日　星期五　第1版"],
    "foot": ["责任编辑：孙　艳　　版式：刘　畅"],
    "items": [
        {"title": "一棵人参撑起一方产业", "byline": [["记者", "郭振宇"]],
         "body_first": "九月的长白山", "body_last": "擦亮“中国人参之乡”金字招牌。",
         "print": [("L", "一棵人参撑起一方产业"), ("L", "本报记者　郭振宇"),
                   ("P", "九月的长白山，林下参进入采收季。在万良镇的人参市场，来自全国各地的客商正在挑选鲜参。"),
                   ("L", "标准化种植提品质"),
                   ("P", "近年来，全县推广非林地人参标准化种植，建成绿色参业基地5.6万亩，农残检测合格率保持在99%以上。"),
                   ("L", "精深加工延链条"),
                   ("P", "在松江河镇的人参产业园，人参饮品、面膜、糖果等200多种产品从生产线上下来，销往全国。"),
                   ("L", "品牌营销拓市场"),
                   ("P", "县里连续举办人参节，开设线上直播间30余个，持续擦亮“中国人参之乡”金字招牌。")]},
        {"title": "露水河镇森林防火检查全覆盖", "byline": [["记者", "王佳琪"]],
         "body_first": "近日，露水河镇", "body_last": "隐患全部整改到位。",
         "print": [("L", "露水河镇森林防火检查全覆盖"),
                   ("P", "本报讯（记者　王佳琪）近日，露水河镇组织专项检查组深入林区、景区开展森林防火检查，发现的12处隐患全部整改到位。")]},
        {"title": "全县粮食作物长势良好", "byline": [["通讯员", "崔明哲"]],
         "body_first": "今年以来，全县", "body_last": "丰收在望。",
         "print": [("L", "全县粮食作物长势良好"), ("L", "通讯员　崔明哲"),
                   ("P", "今年以来，全县粮食作物播种面积稳定在26.8万亩，玉米、大豆等作物长势良好，丰收在望。")]},
        {"title": "漫江镇迎来旅游旺季", "byline": [["摄影", "李　冰"]],
         "body_first": "入秋以来，", "body_last": "游客在锦江木屋村游览。",
         "print": [("L", "漫江镇迎来旅游旺季"),
                   ("P", "入秋以来，漫江镇的森林景色吸引大批游客前来观光。图为游客在锦江木屋村游览。"),
                   ("L", "（李　冰　摄）")]},
    ],
}

# ---------------------------------------------------------------- dev: 乐亭县 (Q&A interview, 【】 briefs)
LAOTING = {
    "dir": "dev/laoting_hebei", "file": "2024-07-05_p3.txt", "county": "乐亭县", "code": "130225",
    "province": "河北省", "width": 16, "blank": False,
    "layout": "width 16, no blank lines; an interview whose paragraphs open 记者： / a name： (not bylines); "
              "a 简讯 column of three run-in items 【镇名】… each closed by a signature; a 通讯员 X line",
    "masthead": ["乐亭报　2024年7月5日　第3版", "专题·访谈　责任编辑：赵　静"],
    "foot": ["美编：孟　飞　校对：陈　晨"],
    "items": [
        {"title": "让渔民的日子越过越红火", "subtitle": "——访姜各庄镇党委书记张海涛",
         "byline": [["记者", "刘　畅"]],
         "body_first": "记者：", "body_last": "奔头更足了。",
         "print": [("L", "让渔民的日子越过越红火"), ("L", "——访姜各庄镇党委书记张海涛"), ("L", "本报记者　刘　畅"),
                   ("F", "记者：今年姜各庄镇在渔业转型上有哪些新举措？"),
                   ("F", "张海涛：我们引导渔民发展深水网箱养殖，新建养殖平台12座，同时发展休闲渔业。"),
                   ("F", "记者：渔民的收入有没有变化？"),
                   ("F", "张海涛：上半年全镇渔民人均收入同比增长12%，大家的奔头更足了。")]},
        {"title": "汤家河镇开展夏季防汛演练", "byline": [["", "高志远"]],
         "body_first": "7月2日，汤家河镇", "body_last": "提升应急处置能力。",
         "print": [("L", "简　讯"),
                   ("F", "【汤家河镇开展夏季防汛演练】7月2日，汤家河镇组织应急分队在滦河堤段开展防汛演练，提升应急处置能力。（高志远）")]},
        {"title": "胡家坨镇甜瓜喜获丰收", "byline": [["", "于海燕"]],
         "body_first": "眼下，胡家坨镇", "body_last": "亩均收入1.5万元。",
         "print": [("F", "【胡家坨镇甜瓜喜获丰收】眼下，胡家坨镇大棚甜瓜进入采摘期，亩均收入1.5万元。（于海燕）")]},
        {"title": "闫各庄镇启动暑期托管服务", "byline": [["", "孙立新"]],
         "body_first": "近日，闫各庄镇", "body_last": "解决家长后顾之忧。",
         "print": [("F", "【闫各庄镇启动暑期托管服务】近日，闫各庄镇在6所小学开设暑期托管班，解决家长后顾之忧。（孙立新）")]},
        {"title": "新寨镇农村道路提档升级", "byline": [["通讯员", "周晓梅"]],
         "body_first": "今年以来，新寨镇", "body_last": "群众出行更方便了。",
         "print": [("L", "新寨镇农村道路提档升级"), ("L", "通讯员　周晓梅"),
                   ("P", "今年以来，新寨镇投资2600万元，改造提升农村公路38公里，打通断头路6条，群众出行更方便了。")]},
    ],
}

# ---------------------------------------------------------------- held: 宾川县 (letter, poem, 读者来信)
BINCHUAN = {
    "dir": "held/binchuan_yunnan", "file": "2024-03-15_p4.txt", "county": "宾川县", "code": "532924",
    "province": "云南省", "width": 19, "blank": True,
    "layout": "width 19, blank lines between articles; a 读者来信 opening 编辑同志： and closed by the reader's "
              "name and date (in the body); a poem under a □ author line with short lines; an article whose "
              "title ends with ！; a byline line 记者 X 实习生 Y",
    "masthead": ["宾川报　2024年3月15日　星期五　第4版　副刊·民生"],
    "foot": ["责任编辑：杨丽华"],
    "items": [
        {"section": "读者来信", "title": "感谢好心的公交司机", "byline": [],
         "body_first": "编辑同志：", "body_last": "2024年3月10日",
         "print": [("L", "读者来信"), ("L", "感谢好心的公交司机"),
                   ("F", "编辑同志："),
                   ("P", "3月8日下午，我在县城乘坐5路公交车时突发心慌，司机师傅立即停车，拨打急救电话，一直陪我等到救护车赶来。我想通过贵报，向这位不留姓名的司机师傅说一声谢谢！"),
                   ("L", "金牛镇读者　段丽琼"), ("L", "2024年3月10日")]},
        {"title": "春到鸡足山", "byline": [["", "李文华"]],
         "body_first": "三月的风", "body_last": "一声比一声响亮",
         "print": [("L", "春到鸡足山"), ("L", "□　李文华"),
                   ("L", "三月的风"), ("L", "吹醒了山腰的杜鹃"), ("L", "吹绿了寺前的古柏"),
                   ("L", "也吹开了山脚下"), ("L", "农家院里的梨花"),
                   ("L", "晨钟在云雾里回荡"), ("L", "一声比一声响亮")]},
        {"title": "葡萄园里“科技课”开讲啦！", "byline": [["记者", "张云飞"], ["实习生", "杞晓雯"]],
         "body_first": "3月12日，", "body_last": "解决了大问题。",
         "print": [("L", "葡萄园里“科技课”开讲啦！"), ("L", "记者　张云飞　实习生　杞晓雯"),
                   ("P", "3月12日，县农技中心的专家走进州城镇的葡萄园，现场讲解抹芽、定梢技术。"),
                   ("P", "“专家一讲就明白，小技术解决了大问题。”种植户杨永平说。")]},
        {"title": "平川镇新建3座蓄水池", "byline": [["通讯员", "罗建华"]],
         "body_first": "近日，平川镇", "body_last": "可解决2000亩果园灌溉难题。",
         "print": [("L", "平川镇新建3座蓄水池"),
                   ("P", "近日，平川镇新建的3座高位蓄水池全部完工，总容量1.5万立方米，可解决2000亩果园灌溉难题。"),
                   ("L", "（通讯员　罗建华）")]},
    ],
}


PAGES = (YANCHI, JINGXIAN, CHANGTING, FUSONG, LAOTING, BINCHUAN)


def main() -> None:
    write_pages(PAGES, HERE)


if __name__ == "__main__":
    main()
