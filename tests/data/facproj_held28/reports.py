"""Invented county page fragments (helper facproj28, round 28) and their gold, written BEFORE any code change.

Eight short fragments of counties no earlier test folder or gold set names (石阡 2012, 凤台 2018, 遂川 2016,
浠水 2020 in People's Daily county-report style; 巍山 2014, 通渭 2019, 平江 2020 in People's Daily style, 镇安
2019), rich in FAC (township + generic facility, parks, old towns, towers, temples, roads between two places,
memorial halls, a road named after a lake) and PROJECT (a list opened by 一是/二是, river works, a project with
its township in front, a village inside a project, quoted and descriptive programmes). Real county, township and
village names (../shared/data/admin_divisions_china), invented text and people. Gold follows
../shared/gold/entities/GUIDE.md. f01-f04 are the study half, f05-f08 the held half (read once, at the end).
"""

REPORTS = [
 ("f01", "中坝街道温泉广场建成开放", [
  "本报讯（记者 杨光明）9月28日，中坝街道温泉广场建成开放。广场与佛顶山温泉小镇隔龙川河相望，占地2.6万平方米。",
  "同日，石阡至本庄公路改扩建工程完成路基施工。今年全县农村饮水安全工程已解决2.3万人饮水困难。"],
  [("中坝街道温泉广场", "FAC"), ("杨光明", "PERSON"), ("佛顶山温泉小镇", "FAC"), ("龙川河", "LOC"),
   ("石阡至本庄公路改扩建工程", "PROJECT"), ("农村饮水安全工程", "PROJECT")]),
 ("f02", "我县五项重点工程加快推进", [
  "本报讯（通讯员 刘晓东）今年以来，全县重点工程加快推进。一是淮河凤台段防洪治理工程，完成投资1.6亿元；"
  "二是毛集镇污水处理厂，已进入设备安装；三是县体育馆，完成主体封顶；四是焦岗湖旅游公路，路面铺设过半；"
  "五是县第一中学新校区建设项目，完成基础工程。"],
  [("刘晓东", "PERSON"), ("淮河凤台段防洪治理工程", "PROJECT"), ("毛集镇污水处理厂", "FAC"), ("县体育馆", "FAC"),
   ("焦岗湖旅游公路", "FAC"), ("县第一中学新校区建设项目", "PROJECT")]),
 ("f03", "汤湖镇温泉小镇迎来首批游客", [
  "本报讯（记者 郭建华 通讯员 李淑芬）10月1日，汤湖镇温泉小镇正式开园，首批游客300余人。游客还参观了草林红色圩场和红军桥旧址。",
  "今年，县里启动汤湖至草林旅游公路建设，全县农村公路提质改造三年行动已完成投资2.4亿元。"],
  [("汤湖镇温泉小镇", "FAC"), ("郭建华", "PERSON"), ("李淑芬", "PERSON"), ("草林红色圩场", "FAC"), ("红军桥旧址", "FAC"),
   ("汤湖至草林旅游公路", "FAC"), ("农村公路提质改造三年行动", "PROJECT")]),
 ("f04", "湖北浠水 湿地公园成了“城市客厅”", [
  "湖北省浠水县策湖国家湿地公园里，木栈道沿湖蜿蜒，从巴河镇江洪村一直通到观鸟台。",
  "近年来，浠水实施浠水河堤防加固工程和白莲河灌区续建配套与节水改造项目，累计投资8.2亿元。县城的闻一多纪念馆前，"
  "新修的广场成了市民休闲的去处。（本报记者 陈志刚）"],
  [("湖北省", "GPE"), ("浠水县", "GPE"), ("策湖国家湿地公园", "FAC"), ("巴河镇", "TOWNSHIP"), ("江洪村", "VILLAGE"),
   ("浠水", "GPE"), ("浠水河堤防加固工程", "PROJECT"), ("白莲河灌区续建配套与节水改造项目", "PROJECT"),
   ("闻一多纪念馆", "FAC"), ("陈志刚", "PERSON"), ("湖北", "GPE")]),
 ("f05", "巍山古城游客同比增两成", [
  "本报讯（记者 字永华）春节期间，巍山古城接待游客8.6万人次。古城内的拱辰楼、星拱楼和蒙阳公园游人如织。",
  "县上今年实施的南诏镇老街改造提升工程已完成投资4800万元，龙街村古民居保护修缮项目也已开工。"],
  [("巍山古城", "FAC"), ("字永华", "PERSON"), ("拱辰楼", "FAC"), ("星拱楼", "FAC"), ("蒙阳公园", "FAC"),
   ("南诏镇", "TOWNSHIP"), ("老街改造提升工程", "PROJECT"), ("龙街村古民居保护修缮项目", "PROJECT")]),
 ("f06", "榜罗镇会议纪念馆完成提升改造", [
  "本报讯（通讯员 牛晓军）近日，榜罗镇会议纪念馆完成提升改造，馆前新建的红色文化广场同时投入使用。",
  "今年，全县整山系治理工程完成造林3.2万亩，华家岭至马营公路改建工程完成路基工程。"],
  [("榜罗镇会议纪念馆", "FAC"), ("牛晓军", "PERSON"), ("整山系治理工程", "PROJECT"), ("华家岭至马营公路改建工程", "PROJECT")]),
 ("f07", "湖南平江 山乡变景区", [
  "平江县加义镇的连云山脚下，一条条游步道串起了山间民宿。",
  "近年来，平江实施旅游扶贫工程，建成石牛寨国家地质公园、杜甫墓祠等景点，带动2万多名贫困群众增收。"
  "在三市镇，易地扶贫搬迁安置区新建了扶贫车间。（本报记者 王文涛）"],
  [("平江县", "GPE"), ("加义镇", "TOWNSHIP"), ("连云山", "LOC"), ("平江", "GPE"), ("旅游扶贫工程", "PROJECT"),
   ("石牛寨国家地质公园", "FAC"), ("杜甫墓祠", "FAC"), ("三市镇", "TOWNSHIP"), ("王文涛", "PERSON"), ("湖南", "GPE")]),
 ("f08", "陕西镇安 打通山区“最后一公里”", [
  "镇安县地处秦岭南麓。过去，从县城到木王镇要走3个多小时。2017年，镇安实施“交通大会战”行动，西口至柴坪公路、月河大桥相继建成。",
  "在云盖寺镇，云镇古镇成了热门景点，镇里的金钟寺修缮一新。（本报记者 张涛）"],
  [("陕西", "GPE"), ("镇安县", "GPE"), ("秦岭", "LOC"), ("木王镇", "TOWNSHIP"), ("镇安", "GPE"), ("“交通大会战”行动", "PROJECT"),
   ("西口至柴坪公路", "FAC"), ("月河大桥", "FAC"), ("云盖寺镇", "TOWNSHIP"), ("云镇古镇", "FAC"), ("金钟寺", "FAC"),
   ("张涛", "PERSON")]),
]
