"""Ten counties' own formulae as their papers print them once on a page, with marked-slogan gold.

Written by hand by helper slogan28 (round 20) before any code of the round was changed; every
motto and formula is invented (the counties and townships are real). Each county prints its
development path, a numbered formula with or without its expansion, a quoted working method and
the guide's counter-examples (place nicknames, products, nicknames of persons, festivals, quoted
speech, scare-quoted metaphors). Gold follows ``../shared/gold/slogans/GUIDE.md`` and was fixed
before the detector was run on any of it.

``COUNTY_DEV`` (five counties and a page of counter-examples) may be studied; ``COUNTY_HELD``
(five other counties and a page of counter-examples) is scored before and after a change only,
and no rule is written from its errors. Both map a page id to ``(text, gold)`` like
``tests/slogan_pages.py``; use :func:`slogan_pages.as_corpus` to score them.
"""

from __future__ import annotations

__all__ = ["COUNTY_DEV", "COUNTY_HELD"]

COUNTY_DEV: dict[str, tuple[str, list[dict]]] = {
    "county_youxi": (
        "尤溪：“三个一批”激活乡村振兴新动能\n"
        "本报讯 今年以来，县委坚持“生态立县、产业强县、文化兴县”发展战略，大力实施“三个一批”工程，"
        "即培育新型经营主体、建设现代农业园区、打造特色示范村庄。在汤川乡，“朱子故里”的金字招牌越擦越亮，"
        "乡里还把“光明一号”茶苗送到了农户手中。",
        [{"text": "三个一批", "kind": "numbered", "count": 2},
         {"text": "生态立县、产业强县、文化兴县", "kind": "parallel", "count": 1}]),
    "county_pingjiang": (
        "平江县把“两茶一果”作为富民主导产业，茶叶、油茶和黄桃种植面积突破三十万亩。县里提出"
        "“党建引领、产业支撑、文明润村”的乡村治理思路，在全县推广“屋场夜话”工作法。一位老党员笑着说："
        "“过去开会没人来，现在大家抢着发言。”县里的“平江酱干”也搭上了直播快车，“酱干哥”李文成了远近闻名的"
        "带货达人。",
        [{"text": "两茶一果", "kind": "numbered", "count": 1},
         {"text": "党建引领、产业支撑、文明润村", "kind": "parallel", "count": 1},
         {"text": "屋场夜话", "kind": "quoted", "count": 1}]),
    "county_longde": (
        "隆德：念好“山水经” 走好致富路\n"
        "近年来，隆德县围绕“文化名县、生态立县、旅游活县”目标，坚持“一村一品、一乡一业”发展路径，全县建成"
        "特色产业村四十二个。县里还创新推行“四议两公开”工作法和村民议事会制度，群众参与村务的积极性明显提高。"
        "每年正月，六盘山下的“社火节”吸引大批游客。",
        [{"text": "文化名县、生态立县、旅游活县", "kind": "parallel", "count": 1},
         {"text": "一村一品、一乡一业", "kind": "numbered", "count": 1},
         {"text": "四议两公开", "kind": "numbered", "count": 1}]),
    "county_yijun": (
        "宜君县实施“135”产业发展规划，即建设一个现代农业园区、培育三大主导产业、发展五个特色镇村。县委要求"
        "各级干部做到“马上就办、办就办好”，在全县开展“干部进万家”活动。宜君玉米被誉为“黄土高原上的金疙瘩”，"
        "县里举办的“玉米丰收节”已连续办了五届。",
        [{"text": "135", "kind": "numbered", "count": 1},
         {"text": "马上就办、办就办好", "kind": "quoted", "count": 1},
         {"text": "干部进万家", "kind": "quoted", "count": 1}]),
    "county_zhenyuan": (
        "镇原县：“三变”改革让荒山变金山\n"
        "镇原县深化“三变”改革，即“资源变资产、资金变股金、农民变股东”，全县已有一百八十个村集体经济“清零”。"
        "县里持续推进“小窑洞大产业”行动，按照抓基础、抓短板、抓后劲的要求，扎实推进农村人居环境整治。"
        "当地人把苹果叫作“摇钱果”。",
        [{"text": "三变", "kind": "numbered", "count": 2},
         {"text": "资源变资产、资金变股金、农民变股东", "kind": "parallel", "count": 1},
         {"text": "小窑洞大产业", "kind": "quoted", "count": 1},
         {"text": "抓基础、抓短板、抓后劲", "kind": "parallel", "count": 1}]),
    "county_counter_dev": (
        "县融媒体中心推出的“乡音”栏目很受欢迎，主持人小刘被观众亲切地称为“田间百灵”。节目组走进"
        "“中国蜜桔之乡”，记录了果农老陈“一根扁担挑到老”的故事。老陈说：“种果树急不得，要慢慢来。”"
        "正月十五的“闹元宵”灯会上，他家的“福”字灯最受欢迎。",
        []),
}

COUNTY_HELD: dict[str, tuple[str, list[dict]]] = {
    "county_yanshan": (
        "铅山县坚持“工业立县、农业稳县、旅游兴县、生态美县”四县并举，今年一季度全县规上工业增加值增长百分之九。"
        "在河口古镇，“一条街、一个馆、一场戏”的文旅融合模式让老街焕发新生。县里培育的“铅山红芽芋”获评国家"
        "地理标志产品，“芋头大王”张国华带动二百余户增收。",
        [{"text": "工业立县、农业稳县、旅游兴县、生态美县", "kind": "parallel", "count": 1},
         {"text": "一条街、一个馆、一场戏", "kind": "parallel", "count": 1}]),
    "county_xinchang": (
        "新昌：“五心”服务护航企业发展\n"
        "新昌县推出“五心”服务，即政策送上门、难题马上办、要素优先保、诉求及时回、企业安心干，今年已为企业解决"
        "难题三百余个。县委提出“科技强县、制造兴县、文旅富县”，把“浙东唐诗之路”打造成县域发展新名片。"
        "大佛寺景区推出的“唐诗夜游”项目也成了游客打卡的热门。",
        [{"text": "五心", "kind": "numbered", "count": 2},
         {"text": "科技强县、制造兴县、文旅富县", "kind": "parallel", "count": 1}]),
    "county_changle": (
        "昌乐县大力实施“项目突破年”活动，全县上下形成了“一切围绕项目转、一切围绕项目干”的浓厚氛围。在乔官镇，"
        "“西瓜之乡”的名号越叫越响，镇里推广“合作社+基地+农户”模式，让瓜农种上了“放心瓜”。县里开展的"
        "“我为企业解难题”实践活动已走访企业六百余家。",
        [{"text": "项目突破年", "kind": "quoted", "count": 1},
         {"text": "一切围绕项目转、一切围绕项目干", "kind": "quoted", "count": 1},
         {"text": "合作社+基地+农户", "kind": "quoted", "count": 1},
         {"text": "我为企业解难题", "kind": "quoted", "count": 1}]),
    "county_tongwei": (
        "通渭：书画小城唱响“文化强县”曲\n"
        "通渭县坚持以文化强县为引领，深入推进“书画+旅游”“书画+扶贫”融合发展。县里探索形成的“四个一”帮扶机制，"
        "即每名干部联系一个村、制定一套方案、一抓到底，被省里推广。在榜罗镇，人们习惯把老党员王德明叫作"
        "“王铁腿”。每年九月举办的“通渭书画艺术节”吸引了全国各地的书画爱好者。",
        [{"text": "文化强县", "kind": "quoted", "count": 2},
         {"text": "书画+旅游", "kind": "quoted", "count": 1},
         {"text": "书画+扶贫", "kind": "quoted", "count": 1},
         {"text": "四个一", "kind": "numbered", "count": 1}]),
    "county_yanchi": (
        "盐池县把“滩羊+”作为产业扶贫的主抓手，形成了“以草定畜、草畜平衡、为养而种”的发展路径。县里推行的"
        "“631”金融扶贫模式，确保贫困户贷得到、用得好、还得上。盐池滩羊被称为“羊中贵族”，还登上了国宴餐桌。"
        "县委书记说：“滩羊就是我们的致富羊。”",
        [{"text": "滩羊+", "kind": "quoted", "count": 1},
         {"text": "以草定畜、草畜平衡、为养而种", "kind": "parallel", "count": 1},
         {"text": "631", "kind": "numbered", "count": 1},
         {"text": "贷得到、用得好、还得上", "kind": "parallel", "count": 1}]),
    "county_counter_held": (
        "县剧团新排的花鼓戏“刘海砍樵”在省里获奖，剧中“胡大姐”一角由青年演员李娟饰演，观众都叫她“小百灵”。"
        "县里的“土家腊肉”“山里红”米酒通过“网上村货节”卖到了全国。一位网友留言：“吃了一次就忘不了。”"
        "这座被誉为“湘西小桂林”的山城，正在迎来更多游客。",
        []),
}
