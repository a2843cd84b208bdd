"""Eight invented fragments (orgper_held28): four People's Daily-style county reports and four county-paper pages.

A source is verbatim lines, except lines starting with ``~``: a body paragraph, wrapped at the page's width by
``make.py`` (reports, ``WIDTH`` 0, are one paragraph a line and never wrapped). ``GOLD[stem]`` lists
``(text, label)`` for ORG, VILLAGE and PERSON only; ``BLOCK[stem]`` lists longer strings of other labels (not
annotated here) whose characters no gold span may take (flat, maximal spans).
"""

PAGES = {}
GOLD = {}
WIDTH = {}
BLOCK = {}

# r01 青田县 (浙江丽水) — report: overseas returnees, bare villages, short county bodies, a kind-only co-op
PAGES["r01_qingtian"] = """浙江青田：稻鱼共生引来归乡人
本报记者　周　丽
初夏，浙江省丽水市青田县方山乡龙现村的梯田里，田鱼在稻禾间游弋。从意大利回乡创业的杨立新站在田埂上说：“在外闯荡了二十年，还是家乡的田鱼最好吃。”
龙现村是全球重要农业文化遗产“青田稻鱼共生系统”的核心区。2018年，村里成立了龙现村稻鱼种养专业合作社，杨立新被推选为理事长。合作社与浙江侨乡农业发展有限公司签下订单，田鱼干、稻鱼米卖到了上海、杭州。
“过去年轻人都往外跑，如今回来的越来越多。”村党支部书记吴海燕说。在邻近的奎岩庄村，县农技站的技术员金晓东手把手教村民科学放养。
方山乡党委书记陈建国介绍，乡里把龙现、奎岩庄、石前三个村连片规划。县农业农村局、县侨联也先后在龙现设立了服务点。
"""
GOLD["r01_qingtian"] = [("周丽", "PERSON"), ("龙现村", "VILLAGE"), ("杨立新", "PERSON"),
                        ("龙现村稻鱼种养专业合作社", "ORG"), ("浙江侨乡农业发展有限公司", "ORG"), ("吴海燕", "PERSON"),
                        ("奎岩庄村", "VILLAGE"), ("县农技站", "ORG"), ("金晓东", "PERSON"), ("方山乡党委", "ORG"),
                        ("陈建国", "PERSON"), ("龙现", "VILLAGE"), ("奎岩庄", "VILLAGE"), ("石前", "VILLAGE"),
                        ("县农业农村局", "ORG"), ("县侨联", "ORG")]
BLOCK["r01_qingtian"] = ["浙江省", "丽水市", "青田县", "方山乡", "浙江", "青田", "意大利", "上海", "杭州",
                         "青田稻鱼共生系统"]
WIDTH["r01_qingtian"] = 0

# r02 蒲城县 (陕西渭南) — report: pear villages named bare, village committee, a county firm, quoted speakers
PAGES["r02_pucheng"] = """陕西蒲城：酥梨产业链越拉越长
本报记者　张　伟
走进陕西省渭南市蒲城县龙阳镇，万亩梨园连绵起伏。在汉帝村的冷库前，货车排起了长队。“今年的梨个大、皮薄，客商一来就订走了一半。”种植大户王振华笑着说。
汉帝村村委会主任刘小平告诉记者，全村1800亩酥梨，户均年收入超过6万元。村里由村委会牵头，办起了汉帝村酥梨电商服务站，年轻人在直播间里卖梨。
梨果深加工是新的增长点。蒲城县秦东果业有限责任公司在东王村建起了梨膏生产线，公司董事长李明亮说，一吨鲜梨加工后能增值三倍。
龙阳镇镇长赵红梅介绍，镇里已把汉帝、东王、望溪、蒲石等村纳入酥梨标准化示范区。县果业发展中心的专家常年驻村，东王村的老果农孙德胜说：“有专家指导，心里踏实。”
"""
GOLD["r02_pucheng"] = [("张伟", "PERSON"), ("汉帝村", "VILLAGE"), ("王振华", "PERSON"), ("汉帝村村委会", "ORG"),
                       ("刘小平", "PERSON"), ("汉帝村酥梨电商服务站", "ORG"),
                       ("蒲城县秦东果业有限责任公司", "ORG"), ("东王村", "VILLAGE"), ("李明亮", "PERSON"),
                       ("赵红梅", "PERSON"), ("汉帝", "VILLAGE"), ("东王", "VILLAGE"), ("望溪", "VILLAGE"),
                       ("蒲石", "VILLAGE"), ("县果业发展中心", "ORG"), ("孙德胜", "PERSON")]
BLOCK["r02_pucheng"] = ["陕西省", "渭南市", "蒲城县", "龙阳镇", "陕西", "蒲城"]
WIDTH["r02_pucheng"] = 0

# r03 广昌县 (江西抚州) — report: white-lotus villages, a township party committee, a co-op named by kind only
PAGES["r03_guangchang"] = """江西广昌：白莲开出幸福花
七月，江西省抚州市广昌县驿前镇姚西村的莲田里，莲花竞相开放。莲农曾春生一边采莲蓬，一边对记者说：“一亩莲田能收两千多元，比种稻强多了。”
姚西村党总支书记揭小华介绍，村里成立了姚西村白莲专业合作社，统一供种、统一收购。合作社还与江西莲香食品有限公司合作，开发莲子糕、莲子汁等产品。
驿前镇党委副书记黄立新说，镇里在驿前村、南坊村建起了白莲交易市场，并请县白莲科学研究所的专家开展技术培训。在桐斜村，脱贫户赖秀珍靠种莲和务工，去年家庭收入突破5万元。
如今，姚西、驿前、南坊、桐斜等村的白莲种植面积已达1.2万亩。县委书记曾国平说，要让广昌白莲成为群众增收的“金莲”。
"""
GOLD["r03_guangchang"] = [("姚西村", "VILLAGE"), ("曾春生", "PERSON"), ("姚西村党总支", "ORG"), ("揭小华", "PERSON"),
                          ("姚西村白莲专业合作社", "ORG"), ("江西莲香食品有限公司", "ORG"), ("驿前镇党委", "ORG"),
                          ("黄立新", "PERSON"), ("驿前村", "VILLAGE"), ("南坊村", "VILLAGE"),
                          ("县白莲科学研究所", "ORG"), ("桐斜村", "VILLAGE"), ("赖秀珍", "PERSON"), ("姚西", "VILLAGE"),
                          ("驿前", "VILLAGE"), ("南坊", "VILLAGE"), ("桐斜", "VILLAGE"), ("县委", "ORG"),
                          ("曾国平", "PERSON")]
BLOCK["r03_guangchang"] = ["江西省", "抚州市", "广昌县", "驿前镇", "江西", "广昌"]
WIDTH["r03_guangchang"] = 0

# r04 炉霍县 (四川甘孜) — report: Tibetan village names, a herding co-op, county bodies, a county-level working group
PAGES["r04_luhuo"] = """四川炉霍：高原牧场奏响增收曲
在四川省甘孜藏族自治州炉霍县虾拉沱镇独马村，牦牛养殖专业户泽仁多吉正在给牛群添加饲草。“以前靠天养畜，现在有了暖棚，牛掉膘少了。”泽仁多吉说。
独马村党支部书记降央介绍，村里成立了独马村牦牛养殖专业合作社，全村68户牧民入社。合作社与四川高原圣果农牧开发有限公司签订了收购协议，牦牛肉卖到了成都。
县畜牧站站长罗建军说，县里在独马、戈巴龙、章达等村推广暖棚养殖。章达村村委会副主任拉姆措告诉记者，今年全村新建暖棚40座。
虾拉沱镇党委书记王永刚说，下一步将依托县农牧农村和科技局，把高原牧业做成群众增收的主导产业。
"""
GOLD["r04_luhuo"] = [("独马村", "VILLAGE"), ("泽仁多吉", "PERSON"), ("独马村党支部", "ORG"), ("降央", "PERSON"),
                     ("独马村牦牛养殖专业合作社", "ORG"), ("四川高原圣果农牧开发有限公司", "ORG"), ("县畜牧站", "ORG"),
                     ("罗建军", "PERSON"), ("独马", "VILLAGE"), ("戈巴龙", "VILLAGE"), ("章达", "VILLAGE"),
                     ("章达村村委会", "ORG"), ("拉姆措", "PERSON"), ("虾拉沱镇党委", "ORG"), ("王永刚", "PERSON"),
                     ("县农牧农村和科技局", "ORG")]
BLOCK["r04_luhuo"] = ["四川省", "甘孜藏族自治州", "炉霍县", "虾拉沱镇", "四川", "炉霍", "成都"]
WIDTH["r04_luhuo"] = 0

# p05 庆元县 (浙江丽水) 2015 — page: mushroom villages, two-role byline, a short county body, photo credit, staff line
PAGES["p05_qingyuan"] = """庆元报　　2015年10月20日　星期二　　第2版
百山祖镇：香菇棚里话丰收
本报讯（记者　吴　斌　通讯员　叶晓红）10月18日，记者来到百山祖镇斋郎村，
~一排排菇棚整齐排列。斋郎村香菇专业合作社理事长姚志强正带着社员翻堆。他说，合作社今年与浙江百兴菇业有限公司签了保底价，菇农心里有了底。
~在黄水村，驻村干部季文华和村两委一起跑市场，黄水村村委会还办起了香菇烘干房。县食用菌办的技术员每周进村指导。
~镇党委书记叶国强说，将以斋郎、黄水、合湖为重点，建设香菇标准化基地。
▲斋郎村菇农在采收香菇。　　　叶晓红　摄
责任编辑：胡　敏　　校对：吴丽芳
"""
GOLD["p05_qingyuan"] = [("庆元报", "ORG"), ("吴斌", "PERSON"), ("叶晓红", "PERSON"), ("斋郎村", "VILLAGE"),
                        ("斋郎村香菇专业合作社", "ORG"), ("姚志强", "PERSON"), ("浙江百兴菇业有限公司", "ORG"),
                        ("黄水村", "VILLAGE"), ("季文华", "PERSON"), ("黄水村村委会", "ORG"), ("县食用菌办", "ORG"),
                        ("镇党委", "ORG"), ("叶国强", "PERSON"), ("斋郎", "VILLAGE"), ("黄水", "VILLAGE"),
                        ("合湖", "VILLAGE"), ("胡敏", "PERSON"), ("吴丽芳", "PERSON")]
BLOCK["p05_qingyuan"] = ["百山祖镇"]
WIDTH["p05_qingyuan"] = 24

# p06 榆社县 (山西晋中) 2008 — page: 本报记者 byline line, a village branch, a county firm, bare villages, brief
PAGES["p06_yushe"] = """榆社报　第1版　要闻　2008年6月6日
云簇镇：核桃树成了摇钱树
本报记者　郝建平
~6月4日，在云簇镇狐家沟村的核桃园里，果农赵福贵正在给核桃树施肥。他告诉记者，在山西榆社县晋中核桃开发有限公司的带动下，他家的20亩核桃去年卖了4万多元。
~狐家沟村党支部书记王二小说，全村核桃种植面积已达1500亩。在邻近的乔家沟村，村里成立了乔家沟村干果专业合作社，统一收购、统一销售。
~镇党委、镇政府把核桃列为全镇主导产业。县林业局局长张文斌多次到狐家沟、乔家沟、马兰等村调研。
简讯
~本报讯　日前，县科协在郝北镇台曲村举办果树管理培训班。（通讯员　李　敏）
责任编辑：郭　瑞　　校对：田小燕
"""
GOLD["p06_yushe"] = [("榆社报", "ORG"), ("郝建平", "PERSON"), ("狐家沟村", "VILLAGE"), ("赵福贵", "PERSON"),
                     ("山西榆社县晋中核桃开发有限公司", "ORG"), ("狐家沟村党支部", "ORG"), ("王二小", "PERSON"),
                     ("乔家沟村", "VILLAGE"), ("乔家沟村干果专业合作社", "ORG"), ("镇党委", "ORG"), ("镇政府", "ORG"),
                     ("县林业局", "ORG"), ("张文斌", "PERSON"), ("狐家沟", "VILLAGE"), ("乔家沟", "VILLAGE"),
                     ("马兰", "VILLAGE"), ("县科协", "ORG"), ("台曲村", "VILLAGE"), ("李敏", "PERSON"),
                     ("郭瑞", "PERSON"), ("田小燕", "PERSON")]
BLOCK["p06_yushe"] = ["云簇镇", "郝北镇"]
WIDTH["p06_yushe"] = 25

# p07 敦化市 (吉林延边) 2019 — page: 中共敦化市委机关报, village committee, a firm, bare villages, county-level city bodies
PAGES["p07_dunhua"] = """敦化新闻
中共敦化市委机关报　　　　2019年8月23日
官地镇：黑木耳撑起致富伞
本报讯（通讯员　孙　涛）8月21日，官地镇石塘村的木耳基地里，
~村民们正忙着采摘黑木耳。石塘村股份经济合作社理事长刘长青介绍，村集体今年摆放木耳菌袋50万袋，预计收入80万元。
~去年以来，市供销社牵头，联合吉林长白山珍农业发展有限公司在龙泉村建起了木耳分拣车间。龙泉的村民金顺姬在车间上班，每月能挣2600元。
~市农业农村局派驻龙泉村的第一书记马立军说，石塘、龙泉、东甸子三个村的木耳产业已连片发展。
责任编辑：王　静　　版式：崔小雨
"""
GOLD["p07_dunhua"] = [("敦化新闻", "ORG"), ("中共敦化市委", "ORG"), ("孙涛", "PERSON"), ("石塘村", "VILLAGE"),
                      ("石塘村股份经济合作社", "ORG"), ("刘长青", "PERSON"), ("市供销社", "ORG"),
                      ("吉林长白山珍农业发展有限公司", "ORG"), ("龙泉村", "VILLAGE"), ("龙泉", "VILLAGE"),
                      ("金顺姬", "PERSON"), ("市农业农村局", "ORG"), ("马立军", "PERSON"), ("石塘", "VILLAGE"),
                      ("东甸子", "VILLAGE"), ("王静", "PERSON"), ("崔小雨", "PERSON")]
BLOCK["p07_dunhua"] = ["官地镇"]
WIDTH["p07_dunhua"] = 26

# p08 吉木萨尔县 (新疆昌吉) 2022 — page: two-role byline, village 党支部 and co-op, a county 办, bare villages, photo
PAGES["p08_jimsar"] = """吉木萨尔报　　2022年9月27日　星期二　　第1版
二工镇：订单小麦喜获丰收
本报讯（记者　马　丽　通讯员　王建新）近日，记者在二工镇大龙口村看到，
~收割机在麦田里来回穿梭。种植户李玉山说，他种的500亩小麦全部是与新疆天山面粉有限公司签订的订单麦，价格比市场高一成。
~大龙口村党支部书记张海军介绍，村里成立了大龙口村农机专业合作社，全村小麦实现全程机械化。在董家湾村、六户地村，订单种植也全面铺开。
~二工镇党委书记赵志明说，镇里将支持大龙口、董家湾、六户地等村建设高标准农田。县乡村振兴办的干部常驻一线指导。
▲大龙口村农机手在收割小麦。
　　　　　　　　　　　王建新　摄
责任编辑：阿依古丽
"""
GOLD["p08_jimsar"] = [("吉木萨尔报", "ORG"), ("马丽", "PERSON"), ("王建新", "PERSON"), ("大龙口村", "VILLAGE"),
                      ("李玉山", "PERSON"), ("新疆天山面粉有限公司", "ORG"), ("大龙口村党支部", "ORG"),
                      ("张海军", "PERSON"), ("大龙口村农机专业合作社", "ORG"), ("董家湾村", "VILLAGE"),
                      ("六户地村", "VILLAGE"), ("二工镇党委", "ORG"), ("赵志明", "PERSON"), ("大龙口", "VILLAGE"),
                      ("董家湾", "VILLAGE"), ("六户地", "VILLAGE"), ("县乡村振兴办", "ORG"), ("阿依古丽", "PERSON")]
BLOCK["p08_jimsar"] = ["二工镇"]
WIDTH["p08_jimsar"] = 24

#: halves fixed before the first score
OPEN = ("r01_qingtian", "r03_guangchang", "p05_qingyuan", "p07_dunhua")
HELD = ("r02_pucheng", "r04_luhuo", "p06_yushe", "p08_jimsar")
#: report-style stems are tagged one paragraph a line (as ``external_gold.py`` reads reports); the rest as pages
REPORTS = ("r01_qingtian", "r02_pucheng", "r03_guangchang", "r04_luhuo")
