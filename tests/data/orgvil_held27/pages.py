"""Eight invented fragments (orgvil_held27): four People's Daily-style county reports and four county-paper pages.

A source is verbatim lines, except lines starting with ``~``: a body paragraph, wrapped at the page's width by
``make.py`` (reports, ``WIDTH`` 0, are one paragraph a line and never wrapped). ``GOLD[stem]`` lists
``(text, label)`` for ORG, VILLAGE and PERSON only; ``BLOCK[stem]`` lists longer strings of other labels (not
annotated here) whose characters no gold span may take (flat, maximal spans).
"""

PAGES = {}
GOLD = {}
WIDTH = {}
BLOCK = {}

# r01 阜平县 (河北保定) — report: bare villages after the first mention, village co-op, firm, titled people
PAGES["r01_fuping"] = """河北阜平：小蘑菇撑起致富伞
初冬时节，走进河北省保定市阜平县台峪乡吴家庄村，一座座食用菌大棚整齐排列。村党支部书记刘建平正带着村民采收香菇。“过去吴家庄是有名的穷村，现在家家有活干。”刘建平说。
2017年，吴家庄村成立了吴家庄村食用菌种植专业合作社，与阜平县嘉和农业发展有限公司签订保底收购合同。合作社理事长王秀英介绍，合作社现有社员126户，去年人均增收4000多元。
离吴家庄不远的营尔村，驻村第一书记赵亮带领村民发展中药材种植。营尔村村委会把闲置的老学校改成了加工车间，县农业农村局派来技术员常驻指导。
台峪乡党委书记孙志刚说，下一步，乡里将把吴家庄、营尔、井尔沟三个村连成片，打造食用菌产业带。
"""
GOLD["r01_fuping"] = [("吴家庄村", "VILLAGE"), ("吴家庄", "VILLAGE"), ("刘建平", "PERSON"),
                      ("吴家庄村食用菌种植专业合作社", "ORG"), ("阜平县嘉和农业发展有限公司", "ORG"), ("王秀英", "PERSON"),
                      ("营尔村", "VILLAGE"), ("赵亮", "PERSON"), ("营尔村村委会", "ORG"), ("县农业农村局", "ORG"),
                      ("台峪乡党委", "ORG"), ("孙志刚", "PERSON"), ("营尔", "VILLAGE"), ("井尔沟", "VILLAGE")]
BLOCK["r01_fuping"] = ["河北省", "保定市", "阜平县", "台峪乡", "河北"]
WIDTH["r01_fuping"] = 0

# r02 丹凤县 (陕西商洛) — report: bare villages in a list, a village party branch and its co-op, firm, titles
PAGES["r02_danfeng"] = """陕西丹凤：葡萄串起增收路
深秋，陕西省商洛市丹凤县商镇北坪村的葡萄园里，果农们忙着修剪枝条。村委会主任张国强告诉记者，北坪村种植葡萄1200亩，是远近闻名的“葡萄村”。
在北坪，葡萄不愁卖。丹凤县秦韵葡萄酒有限公司每年按保护价收购村里的葡萄。公司总经理李建华说，公司与北坪、鱼岭、铁庙等村签订了长期合同。
鱼岭村党支部领办的鱼岭村果蔬专业合作社，去年分红30多万元。脱贫户陈秀兰家分到了2800元。她说：“合作社就是俺们的靠山。”
商镇镇长何文斌介绍，县林业局的专家每月到铁庙村、北坪村开展技术培训，全镇葡萄种植面积已达5000亩。
"""
GOLD["r02_danfeng"] = [("北坪村", "VILLAGE"), ("张国强", "PERSON"), ("北坪", "VILLAGE"),
                       ("丹凤县秦韵葡萄酒有限公司", "ORG"), ("李建华", "PERSON"), ("鱼岭", "VILLAGE"), ("铁庙", "VILLAGE"),
                       ("鱼岭村党支部", "ORG"), ("鱼岭村果蔬专业合作社", "ORG"), ("陈秀兰", "PERSON"),
                       ("何文斌", "PERSON"), ("县林业局", "ORG"), ("铁庙村", "VILLAGE")]
BLOCK["r02_danfeng"] = ["陕西省", "商洛市", "丹凤县", "商镇", "陕西", "丹凤"]
WIDTH["r02_danfeng"] = 0

# r03 黎平县 (贵州黔东南) — report: a Dong village named bare, a village tourism co-op, firm, township committee
PAGES["r03_liping"] = """贵州黎平：侗寨旅游兴起来
走进贵州省黔东南苗族侗族自治州黎平县茅贡镇地扪村，鼓楼、风雨桥错落有致。地扪村是一个有着700多年历史的侗族村寨，2019年，村里成立了地扪村乡村旅游专业合作社，村民以房屋、土地入股。
合作社理事长吴光荣说，去年来地扪的游客超过5万人次，合作社收入80多万元。侗族大歌传承人吴美玲在村里办起了歌师传习所，每周教孩子们唱大歌。
茅贡镇党委副书记杨正华介绍，镇里还引进了贵州侗乡印象文化旅游有限公司，对地扪、樟洞、流芳三个村的古民居进行保护性开发。樟洞村村委会主任石大明说，村里40多栋老木楼已经修缮一新。
"""
GOLD["r03_liping"] = [("地扪村", "VILLAGE"), ("地扪村乡村旅游专业合作社", "ORG"), ("吴光荣", "PERSON"), ("地扪", "VILLAGE"),
                      ("吴美玲", "PERSON"), ("茅贡镇党委", "ORG"), ("杨正华", "PERSON"),
                      ("贵州侗乡印象文化旅游有限公司", "ORG"), ("樟洞", "VILLAGE"), ("流芳", "VILLAGE"),
                      ("樟洞村村委会", "ORG"), ("石大明", "PERSON")]
BLOCK["r03_liping"] = ["贵州省", "黔东南苗族侗族自治州", "黎平县", "茅贡镇", "贵州", "黎平"]
WIDTH["r03_liping"] = 0

# r04 平江县 (湖南岳阳) — report: village committee founding a county-named co-op, township government, 党总支
PAGES["r04_pingjiang"] = """湖南平江：小酱干做出大产业
在湖南省岳阳市平江县瓮江镇杨梅村，村民李春华的酱干作坊里香气扑鼻。“以前一家一户小打小闹，现在跟着合作社干，销路不用愁。”李春华说。
2018年，杨梅村村委会牵头成立了平江县杨梅香干专业合作社，统一品牌、统一包装。合作社与湖南省味源食品有限公司合作，产品卖到了长沙、广州。
瓮江镇人民政府副镇长邓建军告诉记者，镇里正在小塘铺村建设酱干产业园，盘石村、茶调村的20多家作坊将陆续入园。杨梅村党总支书记钟志勇说，全村已有酱干加工户86户。
"""
GOLD["r04_pingjiang"] = [("杨梅村", "VILLAGE"), ("李春华", "PERSON"), ("杨梅村村委会", "ORG"),
                         ("平江县杨梅香干专业合作社", "ORG"), ("湖南省味源食品有限公司", "ORG"), ("瓮江镇人民政府", "ORG"),
                         ("邓建军", "PERSON"), ("小塘铺村", "VILLAGE"), ("盘石村", "VILLAGE"), ("茶调村", "VILLAGE"),
                         ("杨梅村党总支", "ORG"), ("钟志勇", "PERSON")]
BLOCK["r04_pingjiang"] = ["湖南省", "岳阳市", "平江县", "瓮江镇", "湖南", "平江", "长沙", "广州"]
WIDTH["r04_pingjiang"] = 0

# p05 寻乌县 (江西赣州) 2016 — page: byline with two roles, bare villages in a list, village co-op, photo credit
PAGES["p05_xunwu"] = """寻乌报　　2016年11月8日　星期二　　第2版
三标乡：脐橙园里话丰收
本报讯（记者　刘　芳　通讯员　谢春生）11月5日，记者走进三标乡东江源村，
~漫山遍野的脐橙挂满枝头。东江源村果业专业合作社理事长古文辉正在组织社员采摘。古文辉说，合作社今年与赣州绿康果业有限公司签订了订单，脐橙不愁卖。
~在富寨村，村党支部书记潘德明带领村民种下了800亩百香果。富寨村村委会还请来县果业局的技术员，在村部开班授课。
~乡党委书记曾庆华表示，将以东江源、富寨、基田为重点，建设万亩脐橙示范基地。
▲东江源村村民在采摘脐橙。　　　谢春生　摄
责任编辑：钟　敏
"""
GOLD["p05_xunwu"] = [("寻乌报", "ORG"), ("刘芳", "PERSON"), ("谢春生", "PERSON"), ("东江源村", "VILLAGE"),
                     ("东江源村果业专业合作社", "ORG"), ("古文辉", "PERSON"), ("赣州绿康果业有限公司", "ORG"),
                     ("富寨村", "VILLAGE"), ("潘德明", "PERSON"), ("富寨村村委会", "ORG"), ("县果业局", "ORG"),
                     ("乡党委", "ORG"), ("曾庆华", "PERSON"), ("东江源", "VILLAGE"), ("富寨", "VILLAGE"),
                     ("基田", "VILLAGE"), ("钟敏", "PERSON")]
BLOCK["p05_xunwu"] = ["三标乡"]
WIDTH["p05_xunwu"] = 24

# p06 光泽县 (福建南平) 2010 — page: village branch + co-op, bare villages, 镇党委/镇政府, brief, foot staff line
PAGES["p06_guangze"] = """光泽报　第3版　综合　2010年5月14日
止马镇：白鸭养殖带富一方
本报记者　黄建国
~5月12日，在止马镇亲睦村的养殖场里，上万只白鸭正在觅食。养殖户危兴旺告诉记者，他是在福建光泽禾丰牧业有限公司的带动下开始养鸭的，公司提供鸭苗和饲料，统一回收。
~亲睦村党支部书记饶春明说，全村已有养殖户32户。在邻近的仁厚村，村里成立了仁厚村白鸭养殖专业合作社，由合作社统一防疫。
~镇党委、镇政府把白鸭养殖列为全镇主导产业。县畜牧水产局局长官志坚多次到亲睦、仁厚、杉关等村调研。
简讯
~本报讯　日前，县妇联在李坊乡百岭村举办农村妇女电商培训班。（通讯员　傅小燕）
责任编辑：严　华　　校对：饶丽萍
"""
GOLD["p06_guangze"] = [("光泽报", "ORG"), ("黄建国", "PERSON"), ("亲睦村", "VILLAGE"), ("危兴旺", "PERSON"),
                       ("福建光泽禾丰牧业有限公司", "ORG"), ("亲睦村党支部", "ORG"), ("饶春明", "PERSON"),
                       ("仁厚村", "VILLAGE"), ("仁厚村白鸭养殖专业合作社", "ORG"), ("镇党委", "ORG"), ("镇政府", "ORG"),
                       ("县畜牧水产局", "ORG"), ("官志坚", "PERSON"), ("亲睦", "VILLAGE"), ("仁厚", "VILLAGE"),
                       ("杉关", "VILLAGE"), ("县妇联", "ORG"), ("百岭村", "VILLAGE"), ("傅小燕", "PERSON"),
                       ("严华", "PERSON"), ("饶丽萍", "PERSON")]
BLOCK["p06_guangze"] = ["止马镇", "李坊乡"]
WIDTH["p06_guangze"] = 25

# p07 宁陕县 (陕西安康) 2021 — page: 中共X县委机关报, a village economic co-op, firm, bare villages, staff line
PAGES["p07_ningshan"] = """宁陕报
中共宁陕县委机关报　　　　2021年9月17日
江口镇：小木耳做成大产业
本报讯（通讯员　王　磊）9月15日，江口镇高桥村的木耳晾晒场上，
~村民们正忙着翻晒木耳。高桥村股份经济合作社理事长陈志军介绍，村集体今年种植木耳20万袋，预计收入60万元。
~去年以来，县供销社牵头，联合陕西秦岭山珍农业开发有限公司在冷水沟村建起了木耳加工厂。冷水沟的村民张兰英在厂里上班，每月能挣2500元。
~镇人大主席刘海峰说，高桥、冷水沟、竹山沟三个村的木耳产业已连片发展。
责任编辑：胡　静　　版式：方小雨
"""
GOLD["p07_ningshan"] = [("宁陕报", "ORG"), ("中共宁陕县委", "ORG"), ("王磊", "PERSON"), ("高桥村", "VILLAGE"),
                        ("高桥村股份经济合作社", "ORG"), ("陈志军", "PERSON"), ("县供销社", "ORG"),
                        ("陕西秦岭山珍农业开发有限公司", "ORG"), ("冷水沟村", "VILLAGE"), ("冷水沟", "VILLAGE"),
                        ("张兰英", "PERSON"), ("镇人大", "ORG"), ("刘海峰", "PERSON"), ("高桥", "VILLAGE"),
                        ("竹山沟", "VILLAGE"), ("胡静", "PERSON"), ("方小雨", "PERSON")]
BLOCK["p07_ningshan"] = ["江口镇"]
WIDTH["p07_ningshan"] = 26

# p08 邵东县 (湖南邵阳) 2013 — page: two-role byline, county firm, village branch and co-op, bare common-word villages
PAGES["p08_shaodong"] = """邵东报　　2013年3月22日　星期五　　第1版
杨桥镇：打火机产业进村入户
本报讯（记者　曾　勇　通讯员　罗小军）近日，记者在杨桥镇前锋村看到，
~村民谢桂英正在家中组装打火机配件。她说，这些配件来自邵东县东方打火机制造有限公司，每天能挣80多元。
~前锋村党支部书记周建华介绍，全村有200多户村民在家做来料加工。村里还成立了前锋村劳务专业合作社，统一接单、统一结算。
~在清水村、茶亭村，来料加工点也遍地开花。杨桥镇党委书记李国栋说，镇里将支持前锋、清水、茶亭等村建设标准化厂房。
▲前锋村村民在组装打火机配件。
　　　　　　　　　　　罗小军　摄
责任编辑：唐　艳
"""
GOLD["p08_shaodong"] = [("邵东报", "ORG"), ("曾勇", "PERSON"), ("罗小军", "PERSON"), ("前锋村", "VILLAGE"),
                        ("谢桂英", "PERSON"), ("邵东县东方打火机制造有限公司", "ORG"), ("前锋村党支部", "ORG"),
                        ("周建华", "PERSON"), ("前锋村劳务专业合作社", "ORG"), ("清水村", "VILLAGE"),
                        ("茶亭村", "VILLAGE"), ("杨桥镇党委", "ORG"), ("李国栋", "PERSON"), ("前锋", "VILLAGE"),
                        ("清水", "VILLAGE"), ("茶亭", "VILLAGE"), ("唐艳", "PERSON")]
BLOCK["p08_shaodong"] = ["杨桥镇"]
WIDTH["p08_shaodong"] = 24

#: halves fixed before the first score
OPEN = ("r01_fuping", "r03_liping", "p05_xunwu", "p07_ningshan")
HELD = ("r02_danfeng", "r04_pingjiang", "p06_guangze", "p08_shaodong")
#: report-style stems are tagged one paragraph a line (as ``external_gold.py`` reads reports); the rest as pages
REPORTS = ("r01_fuping", "r02_danfeng", "r03_liping", "r04_pingjiang")
