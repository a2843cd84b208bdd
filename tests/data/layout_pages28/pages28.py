"""Line sources of the four invented pages (real county and township names, invented text and people)."""

GUSHI = {
    "dir": "dev/gushi_henan", "file": "2024-08-23_p2.txt", "width": 21, "blank": True,
    "county": "固始县", "code": "411525", "province": "河南省",
    "layout": ("blank lines between blocks, width 21; headline AFTER body on the whole page; a byline line "
               "glued to the body's first words by the extraction (融媒记者 周涛入伏以来…); a 通讯员 X line of its "
               "own before a one-paragraph item; a title followed by a ——记… subtitle after the body; an end "
               "byline 文/X in brackets; a section banner line ■ 乡镇传真 between two items (it belongs to the "
               "items under it); a title ending in ！; an end byline naming two roles each with a name"),
    "masthead": ["固始报", "2024年8月23日　星期五　第2版　综合新闻　　责编：余　静"],
    "items": [
        {"title": "郭陆滩镇：稻田里“养”出螃蟹经济",
         "byline": [["记者", "周涛"]], "body_first": "入伏以来，郭陆滩镇九桠村", "body_last": "亩均增收3000元以上。",
         "print": [("L", "融媒记者　"), ("G", "周涛入伏以来，郭陆滩镇九桠村的千亩稻蟹共养基地里，稻禾青青，"
                   "螃蟹在田沟里爬来爬去。“螃蟹吃虫吃草，稻田不用打农药，一块田收两茬钱。”基地负责人胡德兵说。"),
                   ("P", "今年，九桠村带动周边农户发展稻蟹共养2600亩，预计亩均增收3000元以上。"),
                   ("L", "郭陆滩镇：稻田里“养”出螃蟹经济")]},
        {"title": "县人民医院开通“胸痛急救绿色通道”",
         "byline": [["通讯员", "陈　静"]], "body_first": "8月20日，县人民医院", "body_last": "救治时间平均缩短40分钟。",
         "print": [("L", "通讯员　陈　静"),
                   ("P", "8月20日，县人民医院胸痛中心正式开通“胸痛急救绿色通道”，急救车在转运途中即可将心电图"
                         "传到医院，患者到院后直接进入导管室，救治时间平均缩短40分钟。"),
                   ("L", "县人民医院开通“胸痛急救绿色通道”")]},
        {"title": "把群众的事当成自家的事", "subtitle": "——记胡族铺镇三里村党支部书记王立新",
         "byline": [["记者", "柴文静"], ["通讯员", "汪　洋"]],
         "body_first": "清晨6点，三里村党支部书记", "body_last": "“就是要让乡亲们过上好日子。”",
         "print": [("P", "清晨6点，三里村党支部书记王立新已经骑着电动车在村里转了一圈。哪家的水管漏了，"
                         "哪条路的路灯不亮了，他都记在随身的小本子上。"),
                   ("P", "任职8年来，王立新带着村“两委”修通了12公里通组路，建起了300亩茶园。问他图个啥，"
                         "他笑着说：“就是要让乡亲们过上好日子。”"),
                   ("L", "（记者　柴文静　通讯员　汪　洋）"),
                   ("L", "把群众的事当成自家的事"),
                   ("L", "——记胡族铺镇三里村党支部书记王立新")]},
        {"title": "城区新增3处“口袋公园”", "section": "乡镇传真",
         "byline": [["撰文", "蒋　丽"]], "body_first": "近日，蓼城街道", "body_last": "成为市民休闲的好去处。",
         "print": [("L", "■　乡镇传真"),
                   ("P", "近日，蓼城街道利用边角空地建成的3处“口袋公园”对外开放，园内铺设了健身步道，"
                         "种植了桂花、紫薇等花木，成为市民休闲的好去处。"),
                   ("L", "（文/蒋　丽）"),
                   ("L", "城区新增3处“口袋公园”")]},
        {"title": "防汛不松劲　堤坝有人守！", "section": "乡镇传真",
         "byline": [["记者", "胡　斌"], ["见习记者", "方　圆"]],
         "body_first": "本报讯　连日来，三河尖镇", "body_last": "确保安全度汛。",
         "print": [("P", "本报讯　连日来，三河尖镇组织党员干部、民兵120余人分组巡查淮河堤段，对渗水、"
                         "管涌等险情做到早发现、早处置，确保安全度汛。"),
                   ("L", "（记者　胡　斌　见习记者　方　圆）"),
                   ("L", "防汛不松劲　堤坝有人守！")]},
    ],
}

RONGXIAN = {
    "dir": "dev/rongxian_guangxi", "file": "2024-09-06_p3.txt", "width": 17, "blank": False,
    "county": "容县", "code": "450921", "province": "广西壮族自治区",
    "layout": ("headline-first page, no blank lines, width 17; a sentence kicker over a title with a colon and a "
               "byline line with role colons 记者：X　通讯员：Y; a question title over a ■ 见习记者 X line; a title "
               "with a ——subtitle over a byline whose role follows the outlet and whose name is followed by 文/图 "
               "(全媒体记者 X 文/图); a commentary column line 【容州短评】 over the title and an author line "
               "□ X without a role (role ''); an item whose end byline is 特约通讯员 X"),
    "masthead": ["容县报", "2024年9月6日　星期五", "第3版　乡村振兴　　编辑：覃　宁"],
    "items": [
        {"kicker": "沙田柚迎来丰收季", "title": "十里镇柚农：“今年的果子个个都是宝”",
         "byline": [["记者", "覃　丽"], ["通讯员", "黄晓明"]],
         "body_first": "初秋时节，走进十里镇", "body_last": "订单已经排到了10月中旬。",
         "print": [("L", "沙田柚迎来丰收季"), ("L", "十里镇柚农：“今年的"), ("L", "果子个个都是宝”"),
                   ("L", "记者：覃　丽　通讯员：黄晓明"),
                   ("P", "初秋时节，走进十里镇的沙田柚种植基地，一棵棵柚树上挂满了黄澄澄的果子，"
                         "果农们正忙着采摘、分拣、套袋。"),
                   ("P", "“今年雨水匀，果子个头大、糖分足。”种植大户李振华说，他家的柚子还没下树，"
                         "订单已经排到了10月中旬。")]},
        {"title": "农村电商如何“带货”又“带富”？",
         "byline": [["见习记者", "梁　晨"]],
         "body_first": "在杨梅镇电商服务中心", "body_last": "卖到了全国20多个省份。",
         "print": [("L", "农村电商如何“带货”又“带富”？"), ("L", "■　见习记者　梁　晨"),
                   ("P", "在杨梅镇电商服务中心，主播小陈正对着手机镜头介绍本地的腐竹和米粉。"
                         "今年以来，中心已培训农民主播86人，帮助村民把土特产卖到了全国20多个省份。")]},
        {"title": "老街焕新颜", "subtitle": "——容州镇城区老旧小区改造见闻",
         "byline": [["记者", "李　华"]],
         "body_first": "走进容州镇人民路", "body_last": "居民们都说住得更舒心了。",
         "print": [("L", "老街焕新颜"), ("L", "——容州镇城区老旧小区改造见闻"),
                   ("L", "全媒体记者　李　华　文/图"),
                   ("P", "走进容州镇人民路的老旧小区，新铺的沥青路平平整整，楼道里装上了声控灯，"
                         "墙面的“蜘蛛网”线路也不见了。"),
                   ("P", "改造完成后，小区还增设了充电桩和休闲广场，居民们都说住得更舒心了。")]},
        {"kicker": "【容州短评】", "title": "让“小切口”托起大民生",
         "byline": [["", "石　岩"]],
         "body_first": "民生无小事", "body_last": "把好事办到群众心坎上。",
         "print": [("L", "【容州短评】"), ("L", "让“小切口”托起大民生"), ("L", "□　石　岩"),
                   ("P", "民生无小事，枝叶总关情。老旧小区改造、农村电商培训，看似都是小事，"
                         "却连着千家万户。只有多从群众的角度想问题，才能把好事办到群众心坎上。")]},
        {"title": "自良镇举办农民丰收节",
         "byline": [["特约通讯员", "冯　晓"]],
         "body_first": "9月3日，自良镇", "body_last": "吸引游客5000余人次。",
         "print": [("L", "自良镇举办农民丰收节"),
                   ("P", "9月3日，自良镇2024年农民丰收节在大里村开幕，现场展销了沙田柚、"
                         "三黄鸡等农特产品，吸引游客5000余人次。"),
                   ("L", "（特约通讯员　冯　晓）")]},
    ],
}

ZIGUI = {
    "dir": "held/zigui_hubei", "file": "2024-06-14_p2.txt", "width": 15, "blank": True,
    "county": "秭归县", "code": "420527", "province": "湖北省",
    "layout": ("blank lines between blocks, width 15; MIXED headline order: the top two items print the headline "
               "first (a three-line headline: date kicker, title broken inside a phrase, and a byline line 撰文：X　"
               "摄影：Y; a title over a lead with a dated dateline 本报6月12日讯（记者 X）), the next three print it "
               "AFTER the body (a 通讯员 X line of its own before a one-paragraph item; a kicker line over the "
               "title after an end byline （记者 X 见习记者 Y）; a title with a ——subtitle after the body)"),
    "masthead": ["秭归报", "2024年6月14日　第2版", "要闻　　责任编辑：向　红"],
    "items": [
        {"kicker": "端午节前夕", "title": "屈原镇家家户户包粽子迎佳节",
         "byline": [["撰文", "谭　静"], ["摄影", "郑明远"]],
         "body_first": "粽叶飘香迎端午", "body_last": "把家乡的味道寄给远方的游子。",
         "print": [("L", "端午节前夕"), ("L", "屈原镇家家户户包粽"), ("L", "子迎佳节"),
                   ("L", "撰文：谭　静　摄影：郑明远"),
                   ("P", "粽叶飘香迎端午。6月10日，屈原镇西陵峡村的村民们聚在一起包粽子，"
                         "浸泡好的糯米、粽叶和红枣摆满了桌子。"),
                   ("P", "村里还开通了快递代办点，村民们把刚出锅的粽子打包邮寄，"
                         "把家乡的味道寄给远方的游子。")]},
        {"title": "全县龙舟赛训练进入冲刺阶段",
         "byline": [["记者", "胡　丹"]],
         "body_first": "本报6月12日讯", "body_last": "确保比赛安全有序。",
         "print": [("L", "全县龙舟赛训练进入冲刺阶段"),
                   ("P", "本报6月12日讯（记者　胡　丹）连日来，参加县第二十届龙舟赛的18支队伍"
                         "在茅坪镇江面加紧训练。赛事组委会对每条龙舟进行了安全检查，"
                         "确保比赛安全有序。")]},
        {"title": "郭家坝镇脐橙园套种大豆",
         "byline": [["通讯员", "王小燕"]],
         "body_first": "眼下，郭家坝镇", "body_last": "亩均可增收800元。",
         "print": [("L", "通讯员　王小燕"),
                   ("P", "眼下，郭家坝镇桐树湾村的脐橙园里，村民在果树行间套种大豆，"
                         "既能固氮肥田，又能多收一季，亩均可增收800元。"),
                   ("L", "郭家坝镇脐橙园套种大豆")]},
        {"kicker": "归州镇", "title": "“夜市经济”点亮江边小镇",
         "byline": [["记者", "杜　鹃"], ["见习记者", "向　阳"]],
         "body_first": "夜幕降临，归州镇", "body_last": "带动周边村民就业200余人。",
         "print": [("P", "夜幕降临，归州镇江边夜市热闹起来，烧烤、凉虾、橙汁等摊位前排起了长队。"
                         "夜市开业一个多月，已入驻商户60余家，带动周边村民就业200余人。"),
                   ("L", "（记者　杜　鹃　见习记者"), ("L", "向　阳）"),
                   ("L", "归州镇"), ("L", "“夜市经济”点亮江边小镇")]},
        {"title": "一根扁担挑出的致富路", "subtitle": "——记两河口镇返乡青年谭志强",
         "byline": [["通讯员", "李　想"]],
         "body_first": "2019年，在外打工多年的", "body_last": "带着乡亲们一起往前走。",
         "print": [("P", "2019年，在外打工多年的谭志强回到两河口镇，用一根扁担挑着山里的核桃、"
                         "蜂蜜走村串户收购，再通过网店卖出去。"),
                   ("P", "如今，他的合作社已有社员120户，年销售额超过500万元。谭志强说，"
                         "他要带着乡亲们一起往前走。"),
                   ("L", "（通讯员　李　想）"),
                   ("L", "一根扁担挑出的致富路"), ("L", "——记两河口镇返乡青年谭志强")]},
    ],
}

CHENGGU = {
    "dir": "held/chenggu_shaanxi", "file": "2024-10-25_p3.txt", "width": 26, "blank": False,
    "county": "城固县", "code": "610722", "province": "陕西省",
    "layout": ("no blank lines, WIDE width 26; headline AFTER body on the whole page; a byline line 融媒记者 X "
               "glued to the body's first words; a section banner line 〓乡村振兴〓 between items; an item closed "
               "by a colon byline line （记者：X）; a two-line title after the body (broken inside a phrase); a "
               "one-paragraph item with its 通讯员 X line of its own before it; a photo news closed by "
               "（融媒记者 X 摄）"),
    "masthead": ["城固报", "2024年10月25日　星期五　第3版　综合　　编辑：张　敏"],
    "items": [
        {"title": "桔园镇柑橘喜获丰收",
         "byline": [["记者", "刘　洋"]], "body_first": "金秋十月，桔园镇", "body_last": "预计产值达1.2亿元。",
         "print": [("L", "融媒记者　刘　洋"), ("G", "金秋十月，桔园镇许家庙村的柑橘园里，一树树柑橘压弯了枝头，"
                   "果农们正忙着采摘、装箱。今年全镇柑橘种植面积达3.6万亩，预计产值达1.2亿元。"),
                   ("L", "桔园镇柑橘喜获丰收")]},
        {"title": "上元观镇：小庭院种出“大产业”", "section": "乡村振兴",
         "byline": [["记者", "王　磊"]], "body_first": "近年来，上元观镇", "body_last": "户均年增收4000余元。",
         "print": [("L", "〓乡村振兴〓"),
                   ("P", "近年来，上元观镇引导农户利用房前屋后的空闲地发展庭院经济，种植蔬菜、"
                         "食用菌和中药材，全镇已有庭院经济示范户860户，户均年增收4000余元。"),
                   ("L", "（记者：王　磊）"),
                   ("L", "上元观镇：小庭院种出“大产业”")]},
        {"title": "董家营镇开展冬季农田水利建设", "section": "乡村振兴",
         "byline": [["通讯员", "赵　敏"]], "body_first": "10月以来，董家营镇", "body_last": "新修渠道8.5公里。",
         "print": [("L", "通讯员　赵　敏"),
                   ("P", "10月以来，董家营镇组织机械120余台次，对辖区内的渠道、塘堰进行清淤维修，"
                         "已清淤塘堰36口，新修渠道8.5公里。"),
                   ("L", "董家营镇开展冬季农田水利建设")]},
        {"title": "县城新建两所公办幼儿园投用", "section": "乡村振兴",
         "byline": [["记者", "孙　倩"], ["通讯员", "马建国"]],
         "body_first": "本报讯　本学期", "body_last": "新增公办学位720个。",
         "print": [("P", "本报讯　本学期，县城新建的博望幼儿园和莲花幼儿园正式投用，"
                         "共开设班级24个，新增公办学位720个。"),
                   ("L", "（记者　孙　倩　通讯员　马建国）"),
                   ("L", "县城新建两所公办幼儿园投用")]},
        {"title": "五堵镇群众文化节落幕", "section": "乡村振兴",
         "byline": [["摄影", "周　航"]], "body_first": "10月20日，五堵镇", "body_last": "为期三天的活动落下帷幕。",
         "print": [("P", "10月20日，五堵镇第五届群众文化节在锣鼓声中闭幕，来自各村的14支"
                         "文艺队伍登台献艺，为期三天的活动落下帷幕。"),
                   ("L", "（融媒记者　周　航　摄）"),
                   ("L", "五堵镇群众文化节落幕")]},
        {"title": "双溪镇为留守老人送上“暖心餐”", "section": "乡村振兴",
         "byline": [["通讯员", "何　芳"], ["通讯员", "陈　刚"]],
         "body_first": "本报讯　“饭菜可口", "body_last": "还定期上门送餐。",
         "print": [("P", "本报讯　“饭菜可口，价钱又便宜，我们老两口天天来。”在双溪镇幸福食堂，"
                         "78岁的李大爷笑着说。该食堂为70岁以上老人提供每餐5元的午餐，"
                         "对行动不便的老人还定期上门送餐。"),
                   ("L", "（通讯员　何　芳　陈　刚）"),
                   ("L", "双溪镇为留守老人送"), ("L", "上“暖心餐”")]},
    ],
}

PAGES = [GUSHI, RONGXIAN, ZIGUI, CHENGGU]
