"""Eight invented page fragments of county papers (orgper_held26): page source and PERSON/ORG/GPE gold.

A page source is verbatim lines, except lines starting with ``~``: a body paragraph, wrapped at the page's width
by ``make.py``. ``GOLD[stem]`` lists ``(text, label)`` (unpadded); ``BLOCK[stem]`` lists longer strings of other
labels (not annotated here) whose characters no PERSON/ORG/GPE may take (flat, maximal spans).
"""

PAGES = {}
GOLD = {}
WIDTH = {}
BLOCK = {}

# h01 隆德县 (宁夏固原) 2015 — repeated masthead, 中共X县委机关报, foot staff line, village co-op, province firm
PAGES["h01_longde"] = """隆德报　　2015年6月12日　星期五　　第1版
隆德报
中共隆德县委机关报　　　　　　总第842期
联财镇肉牛产业“接二连三”
本报讯（记者 马红梅）6月10日，记者在联财镇赵楼村看到，
~赵楼村肉牛养殖专业合作社的牛棚里，200多头西门塔尔牛膘肥体壮。合作社理事长禹建军说，今年合作社与宁夏六盘山牧业有限公司签订了收购合同，社员每头牛多赚800元。
~县委常委、纪委书记苏文斌，副县长虎海龙到合作社调研。苏文斌要求，各乡镇要把中央和自治区的惠农政策落实到户。
▲联财镇赵楼村的养殖户在喂牛。
　　　　　　　　　　　　　虎　杰　摄
责任编辑：兰　芳　　校对：禹文静
"""
GOLD["h01_longde"] = [("隆德报", "ORG"), ("中共隆德县委", "ORG"), ("马红梅", "PERSON"), ("赵楼村肉牛养殖专业合作社", "ORG"),
                      ("禹建军", "PERSON"), ("宁夏六盘山牧业有限公司", "ORG"), ("县委", "ORG"), ("纪委", "ORG"),
                      ("苏文斌", "PERSON"), ("虎海龙", "PERSON"), ("中央", "ORG"), ("虎杰", "PERSON"), ("兰芳", "PERSON"),
                      ("禹文静", "PERSON")]
BLOCK["h01_longde"] = ["联财镇", "赵楼村"]
WIDTH["h01_longde"] = 26

# h02 延寿县 (黑龙江哈尔滨) 2011 — 朝鲜族, foot staff line with spaces only, masthead with date glued, firm+加工厂
PAGES["h02_yanshou"] = """第2版　综合　延寿报2011年9月23日　星期五
中和镇朝鲜族村里的“打糕节”
本报记者　金哲洙
~9月20日，中和镇万江村的朝鲜族群众欢聚一堂，庆祝第三届打糕节。村党支部书记朴永浩介绍，村里的朝鲜族人口占八成，打糕已成为村里的特色产品。
~在黑龙江延寿绿源米业有限公司加工厂里，工人们正忙着包装新米。公司负责人崔明日说，今年公司收购水稻3000吨。
~县政协副主席李春燕、县民宗局局长韩光辉参加活动。
简讯
~本报讯　日前，县妇联在六团镇举办农村妇女技能培训班，80余名妇女参加。（通讯员　全美玉）
责任编辑　朴　英　　校对　孙立伟
"""
GOLD["h02_yanshou"] = [("延寿报", "ORG"), ("金哲洙", "PERSON"), ("朴永浩", "PERSON"), ("黑龙江延寿绿源米业有限公司", "ORG"),
                       ("崔明日", "PERSON"), ("县政协", "ORG"), ("李春燕", "PERSON"), ("县民宗局", "ORG"),
                       ("韩光辉", "PERSON"), ("县妇联", "ORG"), ("全美玉", "PERSON"), ("朴英", "PERSON"), ("孙立伟", "PERSON")]
BLOCK["h02_yanshou"] = ["中和镇", "万江村", "六团镇", "打糕节"]
WIDTH["h02_yanshou"] = 24

# h03 永新县 (江西吉安) 2019 — date-first page line with the paper's name as a field, village co-op, foot line
PAGES["h03_yongxin"] = """2019年4月19日　星期五　今日永新　第3版
石桥镇：油茶林里“种”出好日子
文/刘小兰　图/尹志华
~4月中旬，石桥镇官田村的油茶林里，村民们正在给新栽的油茶苗除草。近年来，官田村油茶种植专业合作社带动全村120户种植油茶3000亩。合作社负责人龙国平告诉记者，合作社与江西永新禾川油脂有限公司签订了保底收购协议。
~县林业局局长贺建新说，全县已有油茶合作社46家。
▲官田村村民在油茶林里除草。
责任编辑：段小英　　版式：颜　丽
"""
GOLD["h03_yongxin"] = [("今日永新", "ORG"), ("刘小兰", "PERSON"), ("尹志华", "PERSON"), ("官田村油茶种植专业合作社", "ORG"),
                       ("龙国平", "PERSON"), ("江西永新禾川油脂有限公司", "ORG"), ("县林业局", "ORG"), ("贺建新", "PERSON"),
                       ("段小英", "PERSON"), ("颜丽", "PERSON")]
BLOCK["h03_yongxin"] = ["石桥镇", "官田村"]
WIDTH["h03_yongxin"] = 22

# h04 岚皋县 (陕西安康) 2008 — 中共X县委主办, foot page line with the paper's name and a staff role, roll call
PAGES["h04_langao"] = """岚皋报
中共岚皋县委主办　　　　国内统一刊号CN61-0052
县委召开中心组学习会
~本报讯（记者　陈　刚）3月26日，县委理论学习中心组召开学习会。县委书记杜文华主持会议，县委副书记、县长汪志强，县委常委、组织部部长邹丽萍，县委常委、宣传部部长储卫东参加会议。
~会议要求，全县各级党组织要认真贯彻省委、市委部署，把各项工作落到实处。
~佐龙镇佐龙村魔芋专业合作社理事长杜海波在会上作了交流发言。
岚皋报　2008年3月28日　星期五　第1版　值班主任：邹　明
"""
GOLD["h04_langao"] = [("岚皋报", "ORG"), ("中共岚皋县委", "ORG"), ("县委", "ORG"), ("县委理论学习中心组", "ORG"), ("陈刚", "PERSON"), ("杜文华", "PERSON"),
                      ("汪志强", "PERSON"), ("组织部", "ORG"), ("邹丽萍", "PERSON"), ("宣传部", "ORG"), ("储卫东", "PERSON"),
                      ("省委", "ORG"), ("市委", "ORG"), ("佐龙村魔芋专业合作社", "ORG"), ("杜海波", "PERSON"), ("邹明", "PERSON")]
BLOCK["h04_langao"] = ["佐龙镇"]
WIDTH["h04_langao"] = 25

# h05 镇原县 (甘肃庆阳) 2022 — spaced masthead, orphan photo credit, firm with a facility after it, Hui names
PAGES["h05_zhenyuan"] = """镇 原 报
2022年7月15日　星期五　第2版　综合
三岔镇：黄花菜撑起“致富伞”
本报记者　慕　晶
~7月12日，三岔镇高湾村的黄花菜田里一片金黄，村民们正忙着采摘。在甘肃陇东黄花菜产业开发有限公司分拣车间里，工人们将鲜菜分级装筐。公司经理马占福说，今年收购鲜菜1200吨。
~高湾村党支部书记豆建平介绍，全村种植黄花菜2100亩，户均增收6000元。
▲三岔镇高湾村村民在采摘黄花菜。
　　　　　　　　　　　　慕　晶　摄
~县农业农村局、县农技中心的技术人员深入田间指导。
责任编辑　景小燕　　校对　豆丽华
"""
GOLD["h05_zhenyuan"] = [("镇原报", "ORG"), ("慕晶", "PERSON"), ("甘肃陇东黄花菜产业开发有限公司", "ORG"), ("马占福", "PERSON"),
                        ("高湾村党支部", "ORG"), ("豆建平", "PERSON"), ("县农业农村局", "ORG"), ("县农技中心", "ORG"),
                        ("景小燕", "PERSON"), ("豆丽华", "PERSON")]
BLOCK["h05_zhenyuan"] = ["三岔镇", "高湾村"]
WIDTH["h05_zhenyuan"] = 24

# h06 兴山县 (湖北宜昌) 2016 — masthead opened by a page number, village co-op, foot staff line with 美编, 蒙古族 visitor
PAGES["h06_xingshan"] = """3　兴山报　2016年10月21日　星期五
昭君村：乡村旅游火起来
本报通讯员　向　阳
~国庆期间，昭君镇昭君村接待游客2.3万人次。村里的昭君村农家乐专业合作社统一管理38家农家乐，合作社负责人王德明说，旺季每户收入上万元。
~来自内蒙古的蒙古族游客巴特尔说，他是专程来看王昭君故里的。
~在湖北兴山峡口港物流有限公司仓库外，货车正在装运脐橙。
责任编辑：向小红　美编：郑　凯
"""
GOLD["h06_xingshan"] = [("兴山报", "ORG"), ("向阳", "PERSON"), ("昭君村农家乐专业合作社", "ORG"), ("王德明", "PERSON"),
                        ("内蒙古", "GPE"), ("巴特尔", "PERSON"), ("王昭君", "PERSON"), ("湖北兴山峡口港物流有限公司", "ORG"),
                        ("向小红", "PERSON"), ("郑凯", "PERSON")]
BLOCK["h06_xingshan"] = ["昭君镇", "昭君村"]
WIDTH["h06_xingshan"] = 23

# h07 凤冈县 (贵州遵义) 2024 — banner staff line at the top and at the foot, province firm, 3-character names
PAGES["h07_fenggang"] = """凤冈新闻
2024年5月10日　星期五　第2版　乡村振兴
本版编辑：田茂林
永和镇锌硒茶迎来采摘季
~本报讯（记者　任　静　通讯员　冉光辉）5月8日，永和镇双山村的茶园里，采茶工们正忙着采摘夏茶。贵州凤冈锌硒茶业有限公司在村里设了收购点，每斤鲜叶收购价比去年高两元。
~双山村茶叶专业合作社理事长安文学说，合作社今年带动脱贫户56户。
~县茶产业发展中心主任袁世勇介绍，全县茶园面积达50万亩。
版式：杨　洁　　校对：冯小燕
"""
GOLD["h07_fenggang"] = [("凤冈新闻", "ORG"), ("田茂林", "PERSON"), ("任静", "PERSON"), ("冉光辉", "PERSON"),
                        ("贵州凤冈锌硒茶业有限公司", "ORG"), ("双山村茶叶专业合作社", "ORG"), ("安文学", "PERSON"),
                        ("县茶产业发展中心", "ORG"), ("袁世勇", "PERSON"), ("杨洁", "PERSON"), ("冯小燕", "PERSON")]
BLOCK["h07_fenggang"] = ["永和镇", "双山村"]
WIDTH["h07_fenggang"] = 24

# h08 古丈县 (湖南湘西) 2005 — Tujia/Miao place, 中共X县委机关报 under the masthead, foot line, village co-op
PAGES["h08_guzhang"] = """古丈报
中共古丈县委机关报
2005年4月22日　星期五　第1版
默戎镇牛角山村苗寨旅游开门迎客
~本报讯（记者　向　英）4月18日，默戎镇牛角山村苗寨旅游正式开门迎客。村里成立了牛角山村苗寨旅游专业合作社，由村主任龙金华兼任理事长。
~州旅游局、县委宣传部负责人出席开寨仪式。湖南古丈毛尖茶业有限公司在村里开设了茶艺展示馆。
责任编辑：彭　伟　　校对：石红英
"""
GOLD["h08_guzhang"] = [("古丈报", "ORG"), ("中共古丈县委", "ORG"), ("向英", "PERSON"), ("牛角山村苗寨旅游专业合作社", "ORG"),
                       ("龙金华", "PERSON"), ("州旅游局", "ORG"), ("县委宣传部", "ORG"), ("湖南古丈毛尖茶业有限公司", "ORG"),
                       ("彭伟", "PERSON"), ("石红英", "PERSON")]
BLOCK["h08_guzhang"] = ["默戎镇", "牛角山村苗寨"]
WIDTH["h08_guzhang"] = 25

OPEN = ("h01_longde", "h03_yongxin", "h05_zhenyuan", "h07_fenggang")
HELD = ("h02_yanshou", "h04_langao", "h06_xingshan", "h08_guzhang")
