"""Write the invented pages of layout_pages33 (txt + truth json). Run from the repository root:

    python tests/data/layout_pages33/make_pages.py

The same line sources as layout_pages31 and 32 (the shared generator, ``tests/data/layout_page_maker.py``):
("L", text) a line as printed, ("P", text) a paragraph opening with two full-width spaces hard-wrapped at the
page's width, ("F", text) a paragraph printed flush left, hard-wrapped likewise. ``blank`` puts a blank line between articles.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from layout_page_maker import render, truth, write_pages  # noqa: E402,F401  (the shared generator)


# ================================================================ open half (dev/)
# ---------------------------------------------------------------- 宁城县 2006 (jump line, two-line head, 简讯)
NINGCHENG = {
    "dir": "dev/ningcheng_neimenggu", "file": "2006-08-15_p1.txt", "county": "宁城县", "code": "150429",
    "province": "内蒙古自治区", "width": 18, "blank": False,
    "layout": "width 18, no blank lines; a two-line headline over a 本报记者 X 通讯员 Y line and a 本报讯 lead, "
              "ended by a jump line （下转第四版）; a kicker over a title with the byline in the lead "
              "本报讯（通讯员 X）; an item signed by two names （X　Y）; a 简　讯 column of three titled items "
              "each signed; an editor line at the foot",
    "masthead": ["宁城报", "2006年8月15日　星期二　第1版"],
    "foot": ["责任编辑：韩　冰"],
    "items": [
        {"title": "八里罕镇投资1.2亿元建设酒业物流园区",
         "byline": [["记者", "王建华"], ["通讯员", "李　东"]],
         "body_first": "8月10日，", "body_last": "年内可完成主体工程。",
         "print": [("L", "八里罕镇投资1.2亿元"), ("L", "建设酒业物流园区"), ("L", "本报记者　王建华　通讯员　李　东"),
                   ("P", "本报讯　8月10日，八里罕镇酒业物流园区项目正式开工。园区规划占地860亩，建成后可实现年储运白酒5万吨。"),
                   ("P", "据介绍，园区分仓储、包装、配送三个功能区，一期工程投资4000万元，年内可完成主体工程。"),
                   ("L", "（下转第四版）")]},
        {"kicker": "抓项目　促增收", "title": "大城子镇新建日光温室1200栋",
         "byline": [["通讯员", "赵国庆"]],
         "body_first": "今年以来，大城子镇", "body_last": "户均增收8000元以上。",
         "print": [("L", "抓项目　促增收"), ("L", "大城子镇新建日光温室1200栋"),
                   ("P", "本报讯（通讯员　赵国庆）今年以来，大城子镇把设施农业作为富民主导产业，新建日光温室1200栋，"
                         "主要种植西红柿、青椒，预计户均增收8000元以上。")]},
        {"title": "小城子镇完成6000亩退耕还林补植",
         "byline": [["", "刘艳梅"], ["", "孙　伟"]],
         "body_first": "入夏以来，小城子镇", "body_last": "成活率达到90%以上。",
         "print": [("L", "小城子镇完成6000亩退耕还林补植"),
                   ("P", "入夏以来，小城子镇组织林业站技术人员深入各村，对退耕还林地块逐块核查，补植樟子松、山杏6000亩，"
                         "成活率达到90%以上。（刘艳梅　孙　伟）")]},
        {"section": "简讯", "title": "黑里河镇启动秋季森林防火", "byline": [["", "张立新"]],
         "body_first": "近日，黑里河镇", "body_last": "签订防火责任状62份。",
         "print": [("L", "简　讯"), ("L", "黑里河镇启动秋季森林防火"),
                   ("P", "近日，黑里河镇召开秋季森林防火动员会，与各村签订防火责任状62份。（张立新）")]},
        {"title": "汐子镇肉牛存栏突破3万头", "byline": [["", "高　峰"]],
         "body_first": "截至7月底，汐子镇", "body_last": "同比增长15%。",
         "print": [("L", "汐子镇肉牛存栏突破3万头"),
                   ("P", "截至7月底，汐子镇肉牛存栏达3.2万头，同比增长15%。（高　峰）")]},
        {"title": "忙农镇为困难学生发放助学金", "byline": [["", "马秀兰"]],
         "body_first": "8月8日，忙农镇", "body_last": "每人1000元。",
         "print": [("L", "忙农镇为困难学生发放助学金"),
                   ("P", "8月8日，忙农镇为今年考入大学的23名困难家庭学生发放助学金，每人1000元。（马秀兰）")]},
    ],
}

# ---------------------------------------------------------------- 永嘉县 2022 (融媒体: kicker, 文/图, unit credit)
YONGJIA = {
    "dir": "dev/yongjia_zhejiang", "file": "2022-05-20_p2.txt", "county": "永嘉县", "code": "330324",
    "province": "浙江省", "width": 20, "blank": True,
    "layout": "width 20, blank lines between articles; a 融媒体 page: kicker over a title with a 融媒体记者 X "
              "通讯员 Y line; a two-line headline whose first line ends mid-phrase over a 文/图 X line; a photo "
              "news closed （融媒体记者 X 摄）; an item closed by a unit credit （县市场监管局供稿）; a "
              "县融媒体中心记者 X line; 编辑/校对/审核 at the foot",
    "masthead": ["今日永嘉　2022年5月20日　星期五", "第2版　综合新闻"],
    "foot": ["编辑：陈　静　校对：林　晨　审核：徐海波"],
    "items": [
        {"kicker": "乡村振兴进行时", "title": "岩头镇：古村落里“种”出新业态",
         "byline": [["记者", "潘晓东"], ["通讯员", "金　蕾"]],
         "body_first": "走进岩头镇", "body_last": "村集体经营性收入突破80万元。",
         "print": [("L", "乡村振兴进行时"), ("L", "岩头镇：古村落里“种”出新业态"),
                   ("L", "融媒体记者　潘晓东　通讯员　金　蕾"),
                   ("P", "走进岩头镇芙蓉村，古朴的石头房里开起了民宿、咖啡馆和研学工坊，游客络绎不绝。"),
                   ("P", "近年来，岩头镇盘活闲置农房136幢，引进业态42个。去年，芙蓉村村集体经营性收入突破80万元。")]},
        {"title": "瓯北街道开展“安全生产月”宣传咨询活动", "byline": [["撰文", "周　洁"]],
         "body_first": "5月18日，瓯北街道", "body_last": "发放宣传资料3000余份。",
         "print": [("L", "瓯北街道开展“安全生产月”"), ("L", "宣传咨询活动"), ("L", "文/图　周　洁"),
                   ("P", "5月18日，瓯北街道在千石广场开展“安全生产月”宣传咨询活动，现场解答群众咨询200余人次，"
                         "发放宣传资料3000余份。")]},
        {"title": "桥头镇纽扣市场人气旺", "byline": [["摄影", "潘晓东"]],
         "body_first": "5月17日，", "body_last": "采购纽扣辅料。",
         "print": [("L", "桥头镇纽扣市场人气旺"),
                   ("P", "5月17日，桥头镇纽扣城内，来自各地的客商正在采购纽扣辅料。"),
                   ("L", "（融媒体记者　潘晓东　摄）")]},
        {"title": "我县开展食品安全“你点我检”活动", "byline": [["", "县市场监管局"]],
         "body_first": "近日，县市场监管局", "body_last": "检测结果全部合格。",
         "print": [("L", "我县开展食品安全“你点我检”活动"),
                   ("P", "近日，县市场监管局在东城街道、南城街道的5个农贸市场开展食品安全“你点我检”活动，"
                         "现场抽检蔬菜、水产品等样品126批次，检测结果全部合格。"),
                   ("L", "（县市场监管局供稿）")]},
        {"title": "鹤盛镇千亩油菜喜获丰收", "byline": [["记者", "胡晓丽"]],
         "body_first": "眼下，鹤盛镇", "body_last": "亩产可达150公斤。",
         "print": [("L", "鹤盛镇千亩油菜喜获丰收"), ("L", "县融媒体中心记者　胡晓丽"),
                   ("P", "眼下，鹤盛镇1200亩油菜进入收割期，农户们抢抓晴好天气收割晾晒。今年油菜长势良好，"
                         "亩产可达150公斤。")]},
    ],
}

# ---------------------------------------------------------------- 东至县 2009 (flush page, 上接 jump, notice)
DONGZHI = {
    "dir": "dev/dongzhi_anhui", "file": "2009-11-06_p3.txt", "county": "东至县", "code": "341721",
    "province": "安徽省", "width": 16, "blank": False,
    "layout": "width 16, no blank lines, every paragraph FLUSH LEFT; an article continued from page 1 (title, "
              "then （上接第一版）); □本报记者 X lines; a byline line 记者 X 实习生 Y; a 停电通知 with its unit "
              "and date (body)",
    "masthead": ["东至周报　2009年11月6日　第3版"],
    "foot": ["本版编辑：江　涛"],
    "items": [
        {"title": "尧渡镇城区改造全面提速", "byline": [],
         "body_first": "目前，老城区", "body_last": "确保春节前回迁。",
         "print": [("L", "尧渡镇城区改造全面提速"), ("L", "（上接第一版）"),
                   ("F", "目前，老城区12条背街小巷改造已完成9条，铺设雨污管网8.6公里。"),
                   ("F", "镇里还专门成立了安置工作组，对拆迁户实行一户一策，确保春节前回迁。")]},
        {"title": "东流镇菊花节吸引游客3万人次", "byline": [["记者", "吴海燕"]],
         "body_first": "11月1日至5日，", "body_last": "旅游收入600余万元。",
         "print": [("L", "东流镇菊花节吸引游客3万人次"), ("L", "□本报记者　吴海燕"),
                   ("F", "11月1日至5日，东流镇第三届菊花文化节在陶公祠举行，吸引游客3万人次，实现旅游收入600余万元。")]},
        {"title": "香隅镇推广稻虾共养", "byline": [["记者", "程　刚"], ["实习生", "方晓雨"]],
         "body_first": "今年，香隅镇", "body_last": "亩均效益比单种水稻高出1500元。",
         "print": [("L", "香隅镇推广稻虾共养"), ("L", "记者　程　刚　实习生　方晓雨"),
                   ("F", "今年，香隅镇在黄泥村、汪村推广稻虾共养3000亩，亩均效益比单种水稻高出1500元。")]},
        {"title": "停电通知", "byline": [],
         "body_first": "因线路检修，", "body_last": "2009年11月5日",
         "print": [("L", "停电通知"),
                   ("F", "因线路检修，11月10日8时至17时，大渡口镇镇荣村、阜康村停电，请用户做好准备。"),
                   ("L", "东至县供电公司"), ("L", "2009年11月5日")]},
        {"title": "葛公镇举办农民工技能培训", "byline": [["", "章　琳"]],
         "body_first": "近日，葛公镇", "body_last": "培训农民工180人。",
         "print": [("L", "葛公镇举办农民工技能培训"),
                   ("F", "近日，葛公镇举办电焊、家政技能培训班，培训农民工180人。（章　琳）")]},
    ],
}

# ---------------------------------------------------------------- 修水县 2023 (融媒体: ■ byline, subtitle, caption)
XIUSHUI = {
    "dir": "dev/xiushui_jiangxi", "file": "2023-09-12_p2.txt", "county": "修水县", "code": "360424",
    "province": "江西省", "width": 21, "blank": False,
    "layout": "width 21, no blank lines; ■融媒体记者 X 通讯员 Y line; a title with a ——subtitle; a photo "
              "caption inside a body credited （X　摄）; an end byline （通讯员　X）; an article closed by an "
              "editor line （编辑：X）; a 特约通讯员 line",
    "masthead": ["修水报　2023年9月12日　星期二", "第2版　要闻·综合"],
    "foot": ["责任编辑：冷　燕　版式：樊　琪"],
    "items": [
        {"title": "全丰镇：小茶叶撑起致富梦", "byline": [["记者", "樊　星"], ["通讯员", "徐　婷"]],
         "body_first": "初秋时节，", "body_last": "带动茶农户均增收1.2万元。",
         "print": [("L", "全丰镇：小茶叶撑起致富梦"), ("L", "■融媒体记者　樊　星　通讯员　徐　婷"),
                   ("P", "初秋时节，全丰镇南岭村的茶园里，茶农们正在修剪茶树。全镇现有茶园2.3万亩，"
                         "建成标准化茶叶加工厂11家。"),
                   ("L", "图为茶农在南岭村茶园修剪茶树。（樊　星　摄）"),
                   ("P", "今年1至8月，全镇茶叶产值达1.6亿元，带动茶农户均增收1.2万元。")]},
        {"title": "让老人在家门口安享晚年", "subtitle": "——渣津镇建设农村互助养老服务点见闻",
         "byline": [["特约通讯员", "邓丽君"]],
         "body_first": "9月8日上午，", "body_last": "成了老人们的“幸福之家”。",
         "print": [("L", "让老人在家门口安享晚年"), ("L", "——渣津镇建设农村互助养老服务点见闻"),
                   ("L", "特约通讯员　邓丽君"),
                   ("P", "9月8日上午，渣津镇塘三里村互助养老服务点里，十多位老人正在吃午饭。"),
                   ("P", "目前，全镇已建成互助养老服务点14个，成了老人们的“幸福之家”。")]},
        {"title": "马坳镇开展秋季征兵体检", "byline": [["通讯员", "黄　敏"]],
         "body_first": "9月6日，马坳镇", "body_last": "确保兵员质量。",
         "print": [("L", "马坳镇开展秋季征兵体检"),
                   ("P", "9月6日，马坳镇组织36名应征青年参加秋季征兵体检，严格把关，确保兵员质量。"),
                   ("L", "（通讯员　黄　敏）")]},
        {"title": "杭口镇整治农村人居环境", "byline": [["记者", "余　亮"]],
         "body_first": "连日来，杭口镇", "body_last": "村容村貌焕然一新。",
         "print": [("L", "杭口镇整治农村人居环境"), ("L", "融媒体记者　余　亮"),
                   ("P", "连日来，杭口镇组织党员干部和志愿者清理房前屋后垃圾，拆除破旧杂屋86间，村容村貌焕然一新。"),
                   ("L", "（编辑：卢　敏）")]},
    ],
}

# ---------------------------------------------------------------- 嵩县 2004 (本报讯 two roles, 转 jump, 启事)
SONGXIAN = {
    "dir": "dev/songxian_henan", "file": "2004-03-25_p1.txt", "county": "嵩县", "code": "410325",
    "province": "河南省", "width": 17, "blank": True,
    "layout": "width 17, blank lines between articles; a lead byline of two roles 本报讯（记者 X 通讯员 Y）; a "
              "jump line （转第二版） at a body's end; a unit credit （陆浑镇党委办公室供稿）; an end line "
              "通讯员 X　记者 Y 报道; a 招聘启事 with its unit (body); an editor line （责任编辑　X）",
    "masthead": ["嵩县报", "2004年3月25日　第1版　要闻"],
    "foot": ["（责任编辑　李　平）"],
    "items": [
        {"title": "田湖镇万亩银杏基地建设启动", "byline": [["记者", "张红军"], ["通讯员", "马晓光"]],
         "body_first": "3月20日，", "body_last": "力争三年内建成豫西最大的银杏基地。",
         "print": [("L", "田湖镇万亩银杏基地建设启动"),
                   ("P", "本报讯（记者　张红军　通讯员　马晓光）3月20日，田湖镇万亩银杏基地建设启动仪式在新和店村举行。"),
                   ("P", "该镇计划今年栽植银杏3000亩，力争三年内建成豫西最大的银杏基地。"),
                   ("L", "（转第二版）")]},
        {"title": "陆浑镇多措并举抓春耕", "byline": [["", "陆浑镇党委办公室"]],
         "body_first": "春耕时节，陆浑镇", "body_last": "化肥1200吨。",
         "print": [("L", "陆浑镇多措并举抓春耕"),
                   ("P", "春耕时节，陆浑镇组织农技人员进村入户指导春管春播，调运良种8万公斤、化肥1200吨。"),
                   ("L", "（陆浑镇党委办公室供稿）")]},
        {"title": "车村镇旅游公路全线贯通", "byline": [["通讯员", "杨　帆"], ["记者", "郭建伟"]],
         "body_first": "日前，连接", "body_last": "为发展乡村旅游打下基础。",
         "print": [("L", "车村镇旅游公路全线贯通"),
                   ("P", "日前，连接车村镇与白云山景区的旅游公路全线贯通，全长28公里，为发展乡村旅游打下基础。"),
                   ("L", "通讯员　杨　帆　记者　郭建伟　报道")]},
        {"title": "招聘启事", "byline": [],
         "body_first": "因工作需要，", "body_last": "2004年3月22日",
         "print": [("L", "招聘启事"),
                   ("P", "因工作需要，本公司招聘财会人员2名、司机3名，有意者请于4月5日前到公司办公室报名。"),
                   ("L", "嵩县伊河建材有限公司"), ("L", "2004年3月22日")]},
    ],
}

# ================================================================ held half (held/)
# ---------------------------------------------------------------- 通山县 2011
TONGSHAN = {
    "dir": "held/tongshan_hubei", "file": "2011-06-17_p2.txt", "county": "通山县", "code": "421224",
    "province": "湖北省", "width": 19, "blank": False,
    "layout": "width 19, no blank lines; a kicker and a two-line main title over a 本报记者 X line; a lead 本报讯"
              "（通讯员 X 记者 Y）; an end byline of two names with roles （记者 X　通讯员 Y）; a 简讯 column of "
              "titled items each closed （X）; a jump line （下转第4版）",
    "masthead": ["通山报　2011年6月17日　星期五", "第2版　经济新闻"],
    "foot": ["责任编辑：程　亮"],
    "items": [
        {"kicker": "九宫山下话发展", "title": "厦铺镇楠竹产业链越拉越长",
         "byline": [["记者", "阮志华"]],
         "body_first": "6月14日，", "body_last": "带动1200余户竹农增收。",
         "print": [("L", "九宫山下话发展"), ("L", "厦铺镇楠竹产业链"), ("L", "越拉越长"), ("L", "本报记者　阮志华"),
                   ("P", "6月14日，在厦铺镇竹木加工园，一根根楠竹经过锯截、蒸煮、压制，变成了竹地板和竹家具。"),
                   ("P", "目前，该镇已有竹木加工企业23家，年产值3.5亿元，带动1200余户竹农增收。"),
                   ("L", "（下转第4版）")]},
        {"title": "南林桥镇石材园区新进企业5家", "byline": [["通讯员", "吴丽芳"], ["记者", "成　刚"]],
         "body_first": "今年以来，", "body_last": "新增就业岗位600个。",
         "print": [("L", "南林桥镇石材园区新进企业5家"),
                   ("P", "本报讯（通讯员　吴丽芳　记者　成　刚）今年以来，南林桥镇石材园区新引进企业5家，"
                         "协议投资2.8亿元，新增就业岗位600个。")]},
        {"title": "洪港镇抢抓晴好天气收割油菜", "byline": [["记者", "乐　文"], ["通讯员", "徐　昕"]],
         "body_first": "连日来，洪港镇", "body_last": "已收割八成以上。",
         "print": [("L", "洪港镇抢抓晴好天气收割油菜"),
                   ("P", "连日来，洪港镇组织农机手抢抓晴好天气收割油菜，全镇1.6万亩油菜已收割八成以上。"),
                   ("L", "（记者　乐　文　通讯员　徐　昕）")]},
        {"section": "简讯", "title": "大畈镇开展汛前安全检查", "byline": [["", "朱小红"]],
         "body_first": "近日，大畈镇", "body_last": "排查隐患12处。",
         "print": [("L", "简讯"), ("L", "大畈镇开展汛前安全检查"),
                   ("P", "近日，大畈镇对辖区山塘水库进行汛前安全检查，排查隐患12处。（朱小红）")]},
        {"title": "燕厦乡新修通村公路15公里", "byline": [["", "孟　强"]],
         "body_first": "今年，燕厦乡", "body_last": "解决了3个村群众出行难。",
         "print": [("L", "燕厦乡新修通村公路15公里"),
                   ("P", "今年，燕厦乡新修通村公路15公里，解决了3个村群众出行难。（孟　强）")]},
    ],
}

# ---------------------------------------------------------------- 隆回县 2021 (融媒体)
LONGHUI = {
    "dir": "held/longhui_hunan", "file": "2021-10-22_p3.txt", "county": "隆回县", "code": "430524",
    "province": "湖南省", "width": 22, "blank": True,
    "layout": "width 22, blank lines between articles; 融媒体: a 融媒体记者 X 文/图 line; a kicker; a title with a "
              "——subtitle over a byline line 隆回融媒记者　X　通讯员　Y; a photo news under its title closed by "
              "（通讯员　X　摄）; an item closed by a unit credit （县教育局供稿）; an editor line at the foot",
    "masthead": ["今日隆回　2021年10月22日", "第3版　乡村振兴"],
    "foot": ["编辑：刘　芳　校对：罗　鹏"],
    "items": [
        {"title": "小沙江镇金银花进入采摘季", "byline": [["记者", "袁　彬"]],
         "body_first": "10月18日，", "body_last": "亩产值突破8000元。",
         "print": [("L", "小沙江镇金银花进入采摘季"), ("L", "融媒体记者　袁　彬　文/图"),
                   ("P", "10月18日，小沙江镇的金银花基地里，花农们正忙着采摘第三茬金银花。"),
                   ("P", "今年该镇金银花种植面积达4.2万亩，亩产值突破8000元。")]},
        {"kicker": "产业兴旺看隆回", "title": "滩头年画走出大山",
         "subtitle": "——滩头镇传承非遗技艺发展文创产业纪实",
         "byline": [["记者", "周文斌"], ["通讯员", "刘晓宇"]],
         "body_first": "走进滩头镇", "body_last": "非遗正在成为群众增收的新路子。",
         "print": [("L", "产业兴旺看隆回"), ("L", "滩头年画走出大山"),
                   ("L", "——滩头镇传承非遗技艺发展文创产业纪实"), ("L", "隆回融媒记者　周文斌　通讯员　刘晓宇"),
                   ("P", "走进滩头镇年画作坊，老艺人正在一张张手工印制年画，年轻的学徒在一旁认真学习。"),
                   ("P", "近年来，滩头镇开发年画文创产品60余种，年销售额达2000万元，非遗正在成为群众增收的新路子。")]},
        {"title": "金石桥镇稻谷飘香", "byline": [["摄影", "王海洋"]],
         "body_first": "10月16日，", "body_last": "抢收中稻。",
         "print": [("L", "金石桥镇稻谷飘香"),
                   ("P", "10月16日，金石桥镇农户驾驶收割机在田间抢收中稻。"),
                   ("L", "（通讯员　王海洋　摄）")]},
        {"title": "我县新增公办幼儿园学位2400个", "byline": [["", "县教育局"]],
         "body_first": "今年秋季学期，", "body_last": "入园难问题进一步缓解。",
         "print": [("L", "我县新增公办幼儿园学位2400个"),
                   ("P", "今年秋季学期，我县新建改扩建公办幼儿园8所，新增学位2400个，入园难问题进一步缓解。"),
                   ("L", "（县教育局供稿）")]},
    ],
}

# ---------------------------------------------------------------- 三台县 2007 (flush page, no blank lines)
SANTAI = {
    "dir": "held/santai_sichuan", "file": "2007-04-10_p1.txt", "county": "三台县", "code": "510722",
    "province": "四川省", "width": 17, "blank": False,
    "layout": "width 17, no blank lines, paragraphs FLUSH LEFT; a two-line headline over a lead 本报讯"
              "（记者 X）; a ◎本报记者 X 特约通讯员 Y line; an article continued （上接第一版）; an item signed "
              "（X　Y） with two names; a 通知 with unit and date",
    "masthead": ["三台报　2007年4月10日　星期二　第1版"],
    "foot": ["责任编辑：何　军　校对：杨　丽"],
    "items": [
        {"title": "郪江镇古镇保护开发项目签约", "byline": [["记者", "蒋　涛"]],
         "body_first": "4月6日，", "body_last": "打造川北文化旅游名镇。",
         "print": [("L", "郪江镇古镇保护"), ("L", "开发项目签约"),
                   ("F", "本报讯（记者　蒋　涛）4月6日，郪江镇古镇保护开发项目在县城签约，项目总投资3亿元。"),
                   ("F", "项目将修缮古街民居、汉代崖墓群，打造川北文化旅游名镇。")]},
        {"title": "芦溪镇蚕桑基地扩至5000亩", "byline": [["记者", "李　明"], ["特约通讯员", "王小兵"]],
         "body_first": "今春以来，", "body_last": "预计全年蚕茧产量达到600吨。",
         "print": [("L", "芦溪镇蚕桑基地扩至5000亩"), ("L", "◎本报记者　李　明　特约通讯员　王小兵"),
                   ("F", "今春以来，芦溪镇新栽桑树1200亩，蚕桑基地扩至5000亩。"),
                   ("F", "镇里与丝绸企业签订保护价收购合同，预计全年蚕茧产量达到600吨。")]},
        {"title": "潼川镇背街小巷换新颜", "byline": [],
         "body_first": "目前，", "body_last": "居民出行更加方便。",
         "print": [("L", "潼川镇背街小巷换新颜"), ("L", "（上接第一版）"),
                   ("F", "目前，北坝片区16条背街小巷已全部完成硬化和路灯安装，居民出行更加方便。")]},
        {"title": "观桥镇开展春季动物防疫", "byline": [["", "陈光明"], ["", "赵　丽"]],
         "body_first": "近日，观桥镇", "body_last": "免疫密度达100%。",
         "print": [("L", "观桥镇开展春季动物防疫"),
                   ("F", "近日，观桥镇组织兽医人员进村入户开展春季动物防疫，免疫密度达100%。（陈光明　赵　丽）")]},
        {"title": "通知", "byline": [],
         "body_first": "各乡镇：", "body_last": "2007年4月8日",
         "print": [("L", "通知"),
                   ("F", "各乡镇：请于4月20日前将一季度农村经济报表报送县农业局。"),
                   ("L", "三台县农业局"), ("L", "2007年4月8日")]},
    ],
}

# ---------------------------------------------------------------- 靖边县 2024 (融媒体, two roles, captions)
JINGBIAN = {
    "dir": "held/jingbian_shaanxi", "file": "2024-06-07_p2.txt", "county": "靖边县", "code": "610824",
    "province": "陕西省", "width": 20, "blank": False,
    "layout": "width 20, no blank lines; 融媒体: a 记者　X　通讯员　Y line after a two-line headline; a caption "
              "▲… （X　摄） inside a body; an end byline （融媒体记者　X）; a 县融媒体中心　X line; an item closed "
              "by a unit credit （县农业农村局　供稿）; an editor line （编辑　X） after a body",
    "masthead": ["靖边报　2024年6月7日　星期五", "第2版　综合"],
    "foot": ["审核：马　军　编辑：白　雪"],
    "items": [
        {"title": "东坑镇万亩马铃薯长势喜人", "byline": [["记者", "高　强"], ["通讯员", "刘　丹"]],
         "body_first": "6月4日，", "body_last": "预计亩产可达2吨。",
         "print": [("L", "东坑镇万亩马铃薯"), ("L", "长势喜人"), ("L", "记者　高　强　通讯员　刘　丹"),
                   ("P", "6月4日，东坑镇陈家砭村的马铃薯种植基地里，一垄垄马铃薯苗长势喜人。"),
                   ("L", "▲农户在田间查看马铃薯长势。（高　强　摄）"),
                   ("P", "今年全镇种植马铃薯1.2万亩，推广水肥一体化技术，预计亩产可达2吨。")]},
        {"title": "宁条梁镇举办农民丰收技能大赛", "byline": [["记者", "张　敏"]],
         "body_first": "6月2日，宁条梁镇", "body_last": "激发了群众学技术的热情。",
         "print": [("L", "宁条梁镇举办农民丰收技能大赛"),
                   ("P", "6月2日，宁条梁镇举办农民丰收技能大赛，120名农民参加果树修剪、农机操作等比赛，"
                         "激发了群众学技术的热情。"),
                   ("L", "（融媒体记者　张　敏）")]},
        {"title": "杨桥畔镇建成智慧养殖场", "byline": [["", "李晓燕"]],
         "body_first": "近日，杨桥畔镇", "body_last": "实现了远程监控和精准饲喂。",
         "print": [("L", "杨桥畔镇建成智慧养殖场"), ("L", "县融媒体中心　李晓燕"),
                   ("P", "近日，杨桥畔镇首个智慧养殖场建成投用，存栏肉羊3000只，实现了远程监控和精准饲喂。")]},
        {"title": "我县启动高标准农田建设", "byline": [["", "县农业农村局"]],
         "body_first": "6月1日，", "body_last": "计划年底前完工。",
         "print": [("L", "我县启动高标准农田建设"),
                   ("P", "6月1日，我县2024年高标准农田建设项目开工，涉及红墩界镇、海则滩镇等5个镇，"
                         "建设面积3.5万亩，计划年底前完工。"),
                   ("L", "（县农业农村局　供稿）")]},
        {"title": "天赐湾镇开展防溺水宣传", "byline": [["通讯员", "贺小军"]],
         "body_first": "入夏以来，", "body_last": "发放宣传资料2000余份。",
         "print": [("L", "天赐湾镇开展防溺水宣传"), ("L", "通讯员　贺小军"),
                   ("P", "入夏以来，天赐湾镇深入学校、村组开展防溺水宣传，发放宣传资料2000余份。"),
                   ("L", "（编辑　白　雪）")]},
    ],
}

# ---------------------------------------------------------------- 永登县 2015 (headline pairs, 简讯, notice)
YONGDENG = {
    "dir": "held/yongdeng_gansu", "file": "2015-09-18_p3.txt", "county": "永登县", "code": "620121",
    "province": "甘肃省", "width": 18, "blank": True,
    "layout": "width 18, blank lines between articles; a title with a ——subtitle and a 文/X 图/Y line; a lead "
              "本报讯（见习记者 X）; a 简讯 column of items each titled and closed （X）; an end line 记者 X "
              "报道; a 通告 signed by a government office and date",
    "masthead": ["永登报", "2015年9月18日　星期五　第3版"],
    "foot": ["责任编辑：魏　红"],
    "items": [
        {"title": "苦水玫瑰香飘万里", "subtitle": "——苦水镇玫瑰产业发展纪实",
         "byline": [["撰文", "赵文博"], ["摄影", "孙　涛"]],
         "body_first": "九月的苦水镇", "body_last": "成为农民增收的“金花朵”。",
         "print": [("L", "苦水玫瑰香飘万里"), ("L", "——苦水镇玫瑰产业发展纪实"), ("L", "文/赵文博　图/孙　涛"),
                   ("P", "九月的苦水镇，玫瑰精油加工厂里依然忙碌。全镇玫瑰种植面积达3万亩，年产鲜花1.2万吨。"),
                   ("P", "小小玫瑰，已经成为农民增收的“金花朵”。")]},
        {"title": "红城镇完成秋播小麦2万亩", "byline": [["见习记者", "王　芳"]],
         "body_first": "9月15日，", "body_last": "比去年提前一周。",
         "print": [("L", "红城镇完成秋播小麦2万亩"),
                   ("P", "本报讯（见习记者　王　芳）9月15日，红城镇秋播小麦2万亩全部完成，比去年提前一周。")]},
        {"section": "简讯", "title": "连城镇修缮鲁土司衙门古建筑", "byline": [["", "鲁　军"]],
         "body_first": "近日，连城镇", "body_last": "修缮工程进展顺利。",
         "print": [("L", "简　讯"), ("L", "连城镇修缮鲁土司衙门古建筑"),
                   ("P", "近日，连城镇鲁土司衙门古建筑群修缮工程进展顺利。（鲁　军）")]},
        {"title": "武胜驿镇新建村级幸福院3所", "byline": [["", "杨玉兰"]],
         "body_first": "今年，武胜驿镇", "body_last": "解决了留守老人吃饭难题。",
         "print": [("L", "武胜驿镇新建村级幸福院3所"),
                   ("P", "今年，武胜驿镇新建村级幸福院3所，解决了留守老人吃饭难题。（杨玉兰）")]},
        {"title": "树屏镇万亩枸杞喜获丰收", "byline": [["记者", "马国栋"]],
         "body_first": "眼下，树屏镇", "body_last": "亩均收入超过6000元。",
         "print": [("L", "树屏镇万亩枸杞喜获丰收"),
                   ("P", "眼下，树屏镇万亩枸杞进入采摘旺季，亩均收入超过6000元。"),
                   ("L", "记者　马国栋　报道")]},
        {"title": "关于禁止秸秆焚烧的通告", "byline": [],
         "body_first": "为保护大气环境，", "body_last": "2015年9月10日",
         "print": [("L", "关于禁止秸秆焚烧的通告"),
                   ("P", "为保护大气环境，全县范围内禁止露天焚烧秸秆，违者依法处理。特此通告。"),
                   ("L", "永登县人民政府办公室"), ("L", "2015年9月10日")]},
    ],
}

PAGES = [NINGCHENG, YONGJIA, DONGZHI, XIUSHUI, SONGXIAN, TONGSHAN, LONGHUI, SANTAI, JINGBIAN, YONGDENG]


def main() -> None:
    write_pages(PAGES, HERE)


if __name__ == "__main__":
    main()
