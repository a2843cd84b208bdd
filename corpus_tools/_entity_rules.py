"""Rule-based entity finder for county news, working on raw character text.

Used by :mod:`corpus_tools.entities`; not public. The rules follow the gold guideline
(``../shared/gold/entities/GUIDE.md``): flat, maximal spans; the immediate owner stays in
an organisation's name while higher places become separate entities; quantities and
years are dropped from the left of project names.

How a head-based name is found: from a head word (项目, 工程, 党支部, 公园, 旅游节 …) the span
grows leftwards over name characters and stops at punctuation, digits with their units,
and a list of clause words (了, 的, 在, 实施, 启动, 举办 …). Places come from the shipped
gazetteer: the page's county gives its townships, villages and communities (with short
forms such as 岳壁 for 岳壁乡), and any county or township named on the page opens its own
children (礼泉县赵镇).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from corpus_tools import county as county_context
from corpus_tools import gazetteer as gz
from corpus_tools.text import CJK_RE

LABELS = ("PERSON", "ORG", "GPE", "TOWNSHIP", "VILLAGE", "COMMUNITY", "PROJECT", "FAC", "LOC", "EVENT", "DOC")


@dataclass
class Cand:
    start: int
    end: int
    label: str
    prio: int = 0
    code: str | None = None
    source: str = "rule"
    text: str = ""
    text_head: str = ""

    @property
    def length(self) -> int:
        return self.end - self.start


# --------------------------------------------------------------------------- lexicons

def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


# Words that end a name when met on its left (clause verbs, function words, adverbs).
STOPS = _words("""
了 的 在 和 与 同 跟 对 将 把 为 由 从 向 以 到 给 被 使 让 是 有 等 于 或 并 而 据 经 按 因 各 每 该 其 此 这 那
我 你 他 她 它 们 及 也 均 需 好 属
实施 启动 完成 推进 开展 举办 承办 召开 参加 参与 打造 建立 成立 组建 加快 确保 争取 支持 推动 包括 涉及
投资 投入 实现 助力 积极 持续 深入 通过 加强 聚焦 围绕 依托 结合 落实 贯彻 学习 印发 出台 编制 申报
上报 入选 获评 作为 成为 按照 根据 对标 细化 发挥 下派 牵头 负责 协调 配合 邀请 接待 走访 慰问 看望
调研 考察 视察 检查 指导 督导 陪同 召集 主持 出席 参观 前往 来到 到达 位于 地处 隶属 接受 服从 提供 担任
当选 任命 表彰 授予 命名 评为 认定 公布 发布 宣布 报道 采访 介绍 表示 指出 强调 要求 希望 全力 大力 着力
努力 全面 不断 进一步 切实 扎实 认真 主动 及时 共同 分别 先后 已经 正在 首次 率先 启用 开工 竣工 建成 完工
谋划 争创 创建 申请 推广 培育 引进 引入 拆除 附近 周边 第三方 签约 签订 对接 入驻 落户 落地 新改扩建 改扩建 新建了 扩建 整合
利用 盘活 带动 吸引 吸纳 辐射 覆盖 惠及 服务于 统筹 探索 推出 举行 主办 协办 开幕 闭幕 亮相 走进 深入到
其中 目前 同时 此外 另外 今年 去年 明年 年底 年初 近日 日前 近年来 以来 期间 当天 当日 今天 昨天
积极参与 成功举办 成功 顺利 正式 全县 全市 全省 全乡 全镇 全村 我县 我市 我省 本县 本市 本报 讯 本报讯
对于 关于 作为 面向 针对 为了 为此 因此 所以 但是 不仅 而且 以及 并且 还有 就是 即 系 乃 与此同时
获得 荣获 获 入围 进入 列入 纳入 加入 走出 迈开 迈向 持续推进 推进了 完成了 建设了 实施了 启动了
抓好 做好 办好 管好 用好 以上率下 深化 优化 规范 完善 提升了 确定 明确
由原来 原来 逐步 部分 重要 重点 主要 相关 有关 一批 一系列 一体 系列 各类 各项 各级
其他 其它 所有 个别
""")

# Extra left stops for street-like facility heads (路, 街 …): 古城衙门街 -> 衙门街.
STREET_STOPS = _words("古城 城内 城区 片区 县城 城里 市区 老城")
# Extra left stops for organisations and facilities (verbs that never start their names).
ORG_STOPS = _words("提升 建设 改造 优化 布局 调整 设置 加强 强化 完善 新建 修缮 保护 整治 开发 经营 管理好")
FAC_STOPS = _words("建设 新建 改造 修缮 整治 提升 保护 打造 复原 恢复 维修 改建 扩建 绿化 亮化 美化 硬化 铺设")

# Trailing generic words that end a span (平遥古城景区 -> 平遥古城).
TRAIL_GENERIC = ("景区", "现场", "新馆", "古堡", "片区", "段", "团队")

_DIGIT_UNIT_RE = re.compile(
    r"[0-9０-９][0-9０-９.．,，%％]*\s*(?:余|多)?\s*(?:[万亿千百十])?\s*"
    r"(?:年度|年|月|日|号楼|个|处|座|条|项|批|家|亩|吨|米|平方米|公里|千米|户|人|名|所|辆|台|套|件|次|场|位|级|期|元|吨级|层|支|届|周年|倍)?"
)
_CN_NUM = "一二三四五六七八九十百千万两"
_CN_QTY_RE = re.compile(rf"(?:(?<=[^\u4e00-\u9fff])|(?<=[了的在有共等])|^)[{_CN_NUM}]+(?:个|处|座|条|项|批|家|所|名|位|支)")

# Generic vocabulary: a project name made only of these words is not a named project.
PROJECT_GENERIC = _words("""
重点 续建 新建 在建 扩建 产业链 环境 短板 补短板 改建 技改 技改扩建 改造 配套 系列 建设 道路 公路 农村公路 自建 企业 省市 省级 市级 县级
国家级 专项 民生 产业 乡村 乡村产业 重大 各类 各项 相关 集中 供热 集中供热 管线 恢复 一批 招商 基础设施 基础
城市 城乡 农业 工业 文旅 旅游 民生实事 实事 扶贫 帮扶 示范 试点 提升 提档 升级 提标 整治 综合 综合整治 新 大型 小型
专业镇 专业 省 市 县 乡 镇 村 这个 那个 此 该 本 各 每 多 若干 部分 全部 其他 主体 附属 配套设施 设施 绿化 亮化 美化
保障 保障性 住房 安居 民心 惠民 这些 那些 计划 计划生育 项目 工程 行动 合作 投资 签约 开工 竣工 储备 谋划 申报 落地 入库
""")

ORG_HEADS = (
    "党委", "党支部", "党总支", "党工委", "党组", "纪委监委", "纪委", "工委", "县委", "市委", "省委", "区委", "委员会", "常委会", "管委会", "人大常委会",
    "政府", "政协", "人大", "办事处", "法院", "检察院", "公安局", "派出所",
    "局", "中心", "公司", "集团", "合作社", "协会", "学会", "商会", "联合会", "基金会", "研究会", "促进会",
    "大队", "中队", "支队", "医院", "卫生院", "卫生室", "门诊", "学校", "小学", "中学", "大学", "学院", "幼儿园", "党校",
    "一中", "二中", "三中", "四中", "五中", "职中", "工作室", "部", "办", "银行", "信用社", "分社", "社", "电视台", "广播电台",
    "报社", "研究院", "研究所", "设计院", "事务所", "队", "团", "厂", "煤矿", "矿业", "有限公司", "股份公司", "分公司",
    "管理处", "医学科", "村委会", "居委会", "模特队", "艺术团", "合唱团", "俱乐部",
)
# Heads that need two name characters before them (部, 办, 局, 社 alone are too short).
ORG_BARE_OK = _words("县委 市委 省委 区委 中央 党中央 镇党委 乡党委 镇政府 乡政府 县政府 市政府 省政府 办事处 组织部 宣传部 统战部 县委常委会 街道党工委")
ORG_GENERIC = _words("""
县域医疗中心 医疗中心 中小学 小区党支部 业主委员会 党组织 基层党组织 村党支部 党支部 党总支 党委 支部 公司 企业 合作社 集团 协会 中心 学校 医院 单位 部门 机关 政府 社区
乡镇党委 村党组织 各党支部 物业公司 保洁公司 景区公司 共驻共建单位 社区党组织 村委会 村委 村两委 两委 工作室 名师工作室
名医工作室 名家工作室 综治中心 服务中心 便民服务中心 党群服务中心 新时代文明实践中心 团队 队伍 专班 小组 工作组 领导小组
志愿服务队 党员志愿服务队 青年志愿者服务队 巡逻队 村街巡逻队 施工队 施工队伍 医疗队 工作队 驻村工作队 队 团 社 厂 局 部 办
乡镇 乡村 农村 基层 本部 总部 全国 全省 全县 全市 县直 县直单位 省直 市直 行业主管部门 主管部门 职能部门 有关部门
政协委员 人大代表 党代表 委员 常委 委员会 常委会 联合党支部 功能性联合党支部 联村党总支 功能性联村党总支 联建党组织
""")

FAC_HEADS = (
    "路", "街", "巷", "大道", "大街", "公路", "高速", "桥", "门", "寺", "庙", "观音堂", "祠堂", "家庙", "殿", "塔", "楼", "阁",
    "公园", "广场", "停车场", "家园", "小区", "花园", "苑", "城墙", "古城墙", "纪念馆", "博物馆", "科技馆", "体验馆", "展览馆",
    "文化馆", "美术馆", "艺术馆", "产业园", "工业园", "护城河", "污水处理厂", "水厂", "电厂", "游客服务中心", "车站", "火车站",
    "高铁站", "机场", "古镇", "大院", "书院", "古街", "步行街", "文化街", "湿地", "湿地公园", "森林公园", "水库", "隧道",
)
FAC_GENERIC = _words("""
新兴产业园 食品加工园 煤化工产业园 文化创意园 综合文化展览馆 道路 公路 马路 街道 小区 广场 公园 停车场 城墙 大门 门 路 街 桥 楼 寺 庙 殿 塔 阁 家园 花园 古城 城门 老街 古街 步行街
农村公路 旅游公路 乡村公路 主干道 干道 道 高速 县道 乡道 村道 危桥 大桥 桥梁 一楼 二楼 三楼 大楼 办公楼 教学楼 住宅楼 楼房
产业园 工业园 园区 老旧小区 安置小区 城区 纪念馆 博物馆 科技馆 体验馆 展览馆 文化馆 美术馆 文化广场 健身广场 游园 小游园
新家园 美丽家园 幸福家园 精神家园 绿色家园 学习园 汉服体验馆 污水处理厂 城区污水处理厂 水厂 电厂 游客服务中心 车站 机场
一线 出路 道路交通 大院 书院 古镇 票号 湿地 水库 隧道 前门 后门 家门 校门 院门 厂门 国门 部门 专门 热门 冷门 窍门 法门
入门 出门 开门 关门 上门 登门 闭门 对门 串门 家门口 门口 龙门 鬼门 油门 闸门 阀门 天门 过门 满门 名门 豪门
""")
ROAD_LINE_RE = re.compile(r"([东西南北中环][\u4e00-\u9fff]线|[\u4e00-\u9fff][东西南北中平夏环孟][线])")
ROAD_LINE_BAD = _words("一线 干线 沿线 主线 底线 防线 战线 热线 在线 航线 路线 专线 红线 前线 生命线 连线 视线 光线 界线 曲线 直线 无线 天线 毛线 支线 基线 全线 上线 下线")

EVENT_HEADS = (
    "旅游节", "文化节", "艺术节", "采摘节", "体育节", "美食节", "音乐节", "电影节", "摄影节", "读书节", "梨花节", "桃花节",
    "灯会", "庙会", "博览会", "交易会", "展销会", "洽谈会", "运动会", "时装周", "大赛", "锦标赛", "联赛", "成果展", "主题展",
    "展览", "全会", "推进会", "工作会议", "代表大会", "党代会", "论坛", "峰会", "年会", "中国年", "赶集活动", "半程马拉松",
    "马拉松", "大比武", "擂台赛", "演唱会", "音乐会",
)
EVENT_GENERIC = _words("时装周 街舞大赛 摄影展 电影展 研讨会 半程马拉松 马拉松 大赛 比赛 展览 博览会 交易会 运动会 论坛 峰会 年会 灯会 庙会 工作会议 全会 推进会 成果展 主题展 中国年")
EVENT_PREFIX_RE = re.compile(r"^(?:[省市县区镇乡]|中央|全国|国家|党的|第[\u4e00-\u9fff0-9]{1,4}[届次批]|首届|[0-9]+·[0-9]+)")

PROJECT_HEADS = ("项目", "工程", "行动", "计划", "试点", "普查")

COUNTRIES = _words("""
中国 中华人民共和国 美国 日本 韩国 朝鲜 俄罗斯 英国 法国 德国 意大利 西班牙 葡萄牙 荷兰 比利时 瑞士 瑞典 挪威 芬兰
丹麦 波兰 捷克 奥地利 希腊 土耳其 以色列 伊朗 伊拉克 沙特阿拉伯 埃及 南非 尼日利亚 肯尼亚 埃塞俄比亚 印度 巴基斯坦 孟加拉国
越南 老挝 柬埔寨 泰国 缅甸 马来西亚 新加坡 印度尼西亚 菲律宾 澳大利亚 新西兰 加拿大 墨西哥 巴西 阿根廷 智利 秘鲁 古巴
哈萨克斯坦 乌兹别克斯坦 蒙古国 蒙古 乌克兰 白俄罗斯 塞尔维亚 匈牙利 罗马尼亚 保加利亚 爱尔兰 冰岛 卢森堡 梵蒂冈 联合国
台湾 香港 澳门 晋阳 晋绥边区
""")
LOC_WORDS = _words("""
黄河 长江 汾河 淮河 海河 珠江 辽河 松花江 黑龙江 渭河 洛河 沁河 漳河 滹沱河 桑干河 永定河 大运河 京杭大运河 嘉陵江 澜沧江
雅鲁藏布江 蔚汾河 涑水河 文峪河 昌源河 惠济河 太行山 吕梁山 恒山 五台山 中条山 太岳山 管涔山 绵山 泰山 华山 黄山 峨眉山 秦岭
昆仑山 天山 祁连山 大别山 井冈山 太行 吕梁山区 秦岭山区 太行山区 大别山区 黄土高原 青藏高原 内蒙古高原 云贵高原 华北平原
华北 华东 华南 华中 京津冀 长三角 珠三角 粤港澳大湾区 晋北 晋南 晋中盆地 江南 塞北 中原 张北草原 汾河谷地
太原盆地 黄土高坡 东海 南海 渤海 黄海
""")
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石"
    "廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁"
    "岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾"
    "尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛"
    "仲虞敖巩明佘池查麻苑迟邝"
)
# Titles and roles after which a personal name follows (村民乔天明, 副乡长刘湃莉).
PERSON_TITLES = (
    "记者", "通讯员", "村民", "居民", "市民", "村支书", "支部书记", "党支部书记", "书记", "副书记", "主任", "副主任", "乡长", "副乡长",
    "镇长", "副镇长", "县长", "副县长", "市长", "副市长", "省长", "局长", "副局长", "队长", "站长", "所长", "院长", "校长", "园长",
    "经理", "总经理", "董事长", "理事长", "会长", "社长", "厂长", "老师", "教师", "医生", "大夫", "护士", "同志", "先生", "女士",
    "师傅", "老人", "大爷", "大娘", "阿姨", "主席", "负责人", "村主任", "网格员", "传承人",
    "教授", "工程师", "技术员", "户主", "选手", "运动员", "演员", "导演", "作家", "画家",
    "摄影师", "驻村第一书记", "第一书记", "班长", "组长", "科长", "部长", "常委", "编辑", "摄影",
)
_PERSON_AFTER = "，。、：；！？“”（）()\n 说介表笑告透称坦感回指认谈讲道来去在是和与的等们正带也都还就对把向为被已将又家入获担"


@lru_cache(maxsize=1)
def all_stops() -> frozenset[str]:
    """:data:`STOPS` plus the clause words built from jieba (training/ner/build_clause_words.py)."""
    path = resources.files("corpus_tools").joinpath("data", "entities", "clause_words.txt")
    return STOPS | frozenset(path.read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Common words that start with a surname character (游客, 高速): never a person."""
    path = resources.files("corpus_tools").joinpath("data", "entities", "not_names.txt")
    return frozenset(path.read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    path = resources.files("corpus_tools").joinpath("data", "admin", "common_words.txt")
    return frozenset(path.read_text(encoding="utf-8").split())


def _is_name_char(ch: str) -> bool:
    return bool(CJK_RE.match(ch)) or (ch.isascii() and ch.isalnum())


# --------------------------------------------------------------------------- text scan helpers

_NOT_STOP_PAIRS = _words("和谐 为民 对外 在建 有限 以来 等级 及时 与会 从业 向阳 到位 给力 使用 让利 是非 有机 于是 或者 并购 而立 据点 经济 按期 因地 各族 每日 该村 其他")


class _Scanner:
    """Per-text state: which characters block a name from growing leftwards."""

    def __init__(self, text: str):
        self.text = text
        n = len(text)
        self.block = [not _is_name_char(ch) for ch in text]
        for m in _DIGIT_UNIT_RE.finditer(text):
            if m.end() > m.start():
                # keep 200周年 inside names (纪念日昇昌票号创立 200周年主题展)
                if text[m.start():m.end()].rstrip().endswith("周年"):
                    continue
                for i in range(m.start(), min(m.end(), n)):
                    self.block[i] = True
        for m in re.finditer(r"[0-9]{1,2}·[0-9]{1,2}", text):
            for i in range(m.start(), m.end()):
                self.block[i] = False
        for m in _CN_QTY_RE.finditer(text):
            for i in range(m.start(), m.end()):
                self.block[i] = True

    def left(self, head_start: int, *, max_len: int, stops=None, extra_stops=frozenset(), quotes: bool = True) -> int:
        text = self.text
        if stops is None:
            stops = all_stops()
        k = head_start
        while k > 0 and head_start - k < max_len:
            ch = text[k - 1]
            if ch in "”’\"" and quotes:
                opener = {"”": "“", "’": "‘", '"': '"'}[ch]
                j = text.rfind(opener, max(0, k - 24), k - 1)
                if j < 0 or any(c in text[j:k] for c in "。\n；;"):
                    break
                k = j
                continue
            if self.block[k - 1] and not (ch == " " and k >= 2 and (text[k - 2].isascii() and text[k - 2].isalnum()
                                                                    or text[k:k + 1].isdigit())):
                break
            stop = False
            if text[k - 1:k + 1] in _NOT_STOP_PAIRS:
                k -= 1
                continue
            for L in (5, 4, 3, 2, 1):
                if k - L < 0:
                    continue
                w = text[k - L:k]
                if w in stops or w in extra_stops:
                    stop = True
                    break
            if stop:
                break
            k -= 1
        # do not start inside a quote pair that was not closed in the span
        return k


def _strip_quotes(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop quotes around a whole name: “平遥中国年” -> 平遥中国年."""
    while e - s >= 2 and text[s] in "“‘\"" and text[e - 1] in "”’\"":
        s, e = s + 1, e - 1
    while e - s >= 2 and text[s] in "“‘\"" and text.find("”", s, e) < 0:
        s += 1
    return s, e


# --------------------------------------------------------------------------- place matching

@lru_cache(maxsize=64)
def _upper_names(province: str | None) -> dict[str, list[tuple[str, str]]]:
    """Surface -> [(code, level)] for provinces, cities and counties.

    Full names everywhere; short forms of provinces and cities everywhere, short forms of
    counties only in *province* (the page's own province), common words excluded.
    """
    common = common_words()
    out: dict[str, list[tuple[str, str]]] = {}
    for code, name in gz._upper().items():
        if len(code) > 6:
            continue
        level = gz.LEVELS[len(code)]
        if name in ("城区", "郊区", "矿区", "新区", "开发区"):
            continue
        if level != "county" or len(name) > 2 or (province is not None and code.startswith(province)):
            out.setdefault(name, []).append((code, level))
        if level == "county" and (province is None or not code.startswith(province)):
            continue
        for short in gz.short_forms(name, level):
            if short not in common:
                out.setdefault(short, []).append((code, level))
    return out


@lru_cache(maxsize=256)
def _child_names(code: str, *, short: bool) -> dict[str, list[tuple[str, str]]]:
    """Surface -> [(code, level)] for townships/villages/communities below *code*."""
    common = common_words()
    out: dict[str, list[tuple[str, str]]] = {}
    county = code[:6]
    for name, codes in gz.county_index(county).items():
        for c in codes:
            if not c.startswith(code) or c == code:
                continue
            d = gz.division(c)
            is_short = name != d.name
            if is_short and (not short or name in common or d.level == "community"
                             or (d.level == "township" and d.name.endswith("街道"))):
                continue
            if not is_short and name in common:
                continue
            out.setdefault(name, []).append((c, d.level))
    return out


_PLACE_LABEL = {"province": "GPE", "city": "GPE", "county": "GPE", "township": "TOWNSHIP",
                "village": "VILLAGE", "community": "COMMUNITY"}


def _match_at(table: dict, text: str, i: int, max_len: int = 12):
    for L in range(min(max_len, len(text) - i), 1, -1):
        hit = table.get(text[i:i + L])
        if hit:
            return L, hit
    return 0, None


_AFTER_PLACE = "县市省区镇乡村人籍的和与及、等是在有等片"


def gz_full(code: str) -> str:
    """Official name of a unit (used to tell a full village name from a short form)."""
    try:
        return gz.division(code).name
    except KeyError:
        return ""


def _boundary_ok(text: str, s: int, e: int) -> bool:
    """A two-character place name must not sit inside a longer word (振兴县域 is not 兴县)."""
    prev = text[s - 1] if s > 0 else ""
    nxt = text[e] if e < len(text) else ""
    return (not prev or not _is_name_char(prev) or prev in STOPS
            or not nxt or not _is_name_char(nxt) or nxt in _AFTER_PLACE)


def find_places(text: str, county_code: str | None) -> list[Cand]:
    """Gazetteer matches: upper levels everywhere, the page county's units, and chains."""
    province = county_code[:2] if county_code else None
    upper = _upper_names(province)
    local = _child_names(county_code[:6], short=True) if county_code else {}
    # full names of the units of other counties the text names, or of its city (corpus_tools.county)
    local = {**county_context.context_names(text, county_code), **local}
    cands: list[Cand] = []
    n = len(text)
    i = 0
    while i < n:
        if not _is_name_char(text[i]):
            i += 1
            continue
        L1, hit1 = _match_at(upper, text, i)
        L2, hit2 = _match_at(local, text, i)
        if L2 > L1 or (L2 == L1 and L2):
            L, hit = L2, hit2
        else:
            L, hit = L1, hit1
        if not L:
            i += 1
            continue
        own = bool(county_code) and any(county_code.startswith(c) or (len(c) > 6 and gz_full(c) == text[i:i + L])
                                         for c, _ in hit)
        if L == 2 and not own and not _boundary_ok(text, i, i + 2):
            i += 1
            continue
        # an official full name beats a short form (段村 is the village 段村, not 段村镇, unless
        # its list says otherwise: see _label_lists); then the higher level wins
        surface = text[i:i + L]
        full = [(c, lv) for c, lv in hit if len(c) <= 6 or gz_full(c) == surface]
        levels = {lv for _, lv in (full or hit)}
        for lv in ("province", "city", "county", "township", "village", "community"):
            if lv in levels:
                break
        codes = [c for c, l in hit if l == lv]
        cand = Cand(i, i + L, _PLACE_LABEL[lv], prio=2, code=codes[0] if len(codes) == 1 else None, source="gazetteer")
        cand.alts = hit  # type: ignore[attr-defined]
        cands.append(cand)
        # chains: 礼泉县赵镇, 东泉镇孟山村 — children of a matched county or township
        j = i + L
        parent = cand.code
        while parent and len(parent) in (6, 9) and j < n:
            kids = _child_names(parent, short=False)
            Lk, hk = _match_at(kids, text, j)
            if not Lk:
                break
            lvk = hk[0][1]
            ck = Cand(j, j + Lk, _PLACE_LABEL[lvk], prio=3, code=hk[0][0] if len(hk) == 1 else None, source="gazetteer")
            ck.alts = hk  # type: ignore[attr-defined]
            cands.append(ck)
            parent, j = ck.code, j + Lk
        i += 1
    return cands


_TOWNSHIP_RE = re.compile(r"(?:(?<=原)|(?<=[县市区]))([\u4e00-\u9fff]{2}[乡镇])(?![\u4e00-\u9fff]{0,1}(?:长|政府|党委))")
_TOWNSHIP_BAD = _words("城乡 乡镇 全乡 全镇 该乡 该镇 本乡 本镇 各乡 各镇 下乡 返乡 还乡 家乡 故乡 老乡 城镇 集镇 村镇 小镇 古镇 重镇 强镇 名镇 特色小镇")
_VILLAGE_RE = re.compile(r"([\u4e00-\u9fff]{2,3}村)(?=[、，。；和与及\s“”党村委两的是在有]|$)")
_VILLAGE_BAD_TAIL = ("农村", "乡村", "山村", "全村", "该村", "本村", "各村", "每村", "邻村", "进村", "驻村", "包村", "联村", "村村",
                     "行政村", "自然村", "重点村", "示范村", "贫困村", "集中供热村", "联建村", "相关村", "城中村", "新农村", "美丽乡村",
                     "文明村", "先进村", "试点村", "整村", "空心村", "十差村", "传统村", "老村", "出村", "回村", "入村", "到村", "个村",
                     "边缘村", "薄弱村", "后进村", "强村", "富村", "穷村", "中心村", "搬迁村", "移民村", "村", "度假村", "明星村", "样板村")


def find_regex_places(text: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """Places not in the gazetteer (renamed or merged units): 原孟山乡, 南汪湛村."""
    out = []
    common = common_words()
    for m in _TOWNSHIP_RE.finditer(text):
        w = m.group(1)
        if w not in _TOWNSHIP_BAD and w not in common:
            out.append(Cand(m.start(1), m.end(1), "TOWNSHIP", prio=1, source="regex"))
    for m in _VILLAGE_RE.finditer(text):
        w = m.group(1)
        s = m.start(1)
        if w[:2] in STOPS or w[0] in STOPS or w.endswith(("联村", "村村")) or any(ch in w[:-1] for ch in "本该看各全每个的了在和与组织几"):
            continue
        # trim to the longest tail that is not a generic word: 伟海南汪湛村 is handled by the list rule
        if any(w.endswith(b) and len(b) >= len(w) - 0 for b in _VILLAGE_BAD_TAIL) or w in common:
            continue
        if any(w.endswith(b) for b in ("农村", "乡村", "行政村", "自然村", "全村", "各村", "个村", "联建村", "重点村")):
            continue
        # the character before must end a word: punctuation or a place (岳壁乡小城村)
        prev = text[s - 1] if s > 0 else "\n"
        if _is_name_char(prev) and not any(b == s for a, b in taken) and prev not in STOPS:
            continue
        if any(g in w for g in ("党员", "干部", "群众", "企业", "集体", "产业", "示范", "重点", "脱贫", "贫困", "美丽")):
            continue
        out.append(Cand(s, m.end(1), "VILLAGE", prio=1, source="regex"))
    return out


# --------------------------------------------------------------------------- head-based names

def _heads_re(heads) -> re.Pattern:
    return re.compile("|".join(sorted(map(re.escape, heads), key=len, reverse=True)))


_PROJECT_RE = _heads_re(PROJECT_HEADS)
_ORG_RE = _heads_re(ORG_HEADS)
_FAC_RE = _heads_re(FAC_HEADS)
_EVENT_RE = _heads_re(EVENT_HEADS)


def _generic_only(body: str, vocab: frozenset[str]) -> bool:
    """True when *body* can be split entirely into words of *vocab* (or is empty)."""
    if not body:
        return True
    n = len(body)
    ok = [False] * (n + 1)
    ok[0] = True
    for i in range(n):
        if not ok[i]:
            continue
        for j in range(i + 1, min(n, i + 8) + 1):
            if body[i:j] in vocab:
                ok[j] = True
    return ok[n]


_PROJECT_VERBS = ("建设", "新建", "实施", "推进", "启动", "加快", "开工", "谋划", "争取", "储备", "打造", "完成", "发展", "引进", "招引")


def find_projects(text: str, sc: _Scanner) -> list[Cand]:
    out = []
    for m in _PROJECT_RE.finditer(text):
        h0, h1 = m.start(), m.end()
        head = m.group()
        if head == "计划" and (text[h1:h1 + 2] in ("生育", "单列", "项目", "工程") or text[h1:h1 + 1] in ("书", "表", "经")):
            continue
        if text[h1:h1 + 1] in ("部", "办", "处", "科", "组", "区", "库", "点"):  # 项目部, 工程师? (师 not a name char issue)
            continue
        if head == "工程" and text[h1:h1 + 1] in ("师", "队", "院", "局", "公司", "车", "兵"):
            continue
        s = sc.left(h0, max_len=24)
        s, e = _strip_quotes(text, s, h1)
        body = text[s:h0]
        if body.endswith(("段", "级", "计划", "”计划")):
            continue
        if text[s:s + 1] == "原":
            s += 1
        for verb in _PROJECT_VERBS:
            if body.startswith(verb) and len(body) - len(verb) >= 2:
                s += len(verb)
                body = body[len(verb):]
                break
        core = body.replace("“", "").replace("”", "")
        if len(core) < 2 or _generic_only(core, PROJECT_GENERIC):
            continue
        out.append(Cand(s, e, "PROJECT", prio=1))
    return out


_SINGLE_OK_NEXT = "和与及的等段口以为是在上内外里下前后旁边也都已将被把对向从于至开举"
_NOT_ROADS = _words("思路 出路 道路 线路 销路 门路 网路 电路 套路 弯路 新路 之路 活路 后路 退路 进路 来路 去路 一路 上路 让路 带路 领路 走路 修路 铺路 筑路 马路 公路")
_NOT_ORGS = _words("梯队 抱团 团队 乐队 车队 排队 带队 领队 插队 站队 归队 球队 部队 军队 连队 入队 组队 集团 社团 剧团 全团 同部 内部 外部 全部 局部 东部 西部 南部 北部 中部 干部 本部 总部 基部 顶部 底部 各部 结局 布局 大局 格局 当局 开局 全局 出局 时局 政局")
_FAC_BAD_NEXT = {
    "路": "线径面口上灯段基网况费标演子过人边旁由数", "街": "道头巷区坊景面市舞", "门": "票诊类户口前外里框槛店面派生徒下",
    "楼": "房盘市层梯道顶上下宇", "桥": "梁头段面下上", "塔": "吊尖", "阁": "楼下", "殿": "堂下", "寺": "院庙", "庙": "会宇",
    "苑": "", "巷": "道口子", "公路": "局段网", "高速": "公发增度",
}


_GOV_HEADS = frozenset(("党委", "党支部", "党总支", "党工委", "党组", "纪委监委", "纪委", "工委", "县委", "市委", "省委", "区委",
                        "委员会", "常委会", "管委会", "人大常委会", "政府", "政协", "办事处", "村委会", "居委会"))
_ORG_BAD_NEXT = {
    "中心": "城区村校组任工环思主镇线点", "局": "面势部限长", "办": "法理学公事好成", "社": "会区交保科团员", "部": "分门署队位件长",
    "队": "伍员长", "团": "结队体员长", "厂": "房区长家", "学校": "党教生老毕阶时期", "小学": "党教生老毕阶时期语数",
    "中学": "党教生老毕阶时期", "大学": "生毕", "医院": "长", "公司": "长", "集团": "长", "合作社": "员长", "协会": "员长",
    "工作室": "", "人大": "师代常", "政协": "委", "政府": "工", "学院": "派", "银行": "卡", "党校": "",
}
_ADMIN_FIRST = "县市省镇乡区"
# heads whose name must start with an administrative level or a place (县教育局, 平遥县融媒体中心)
_ADMIN_HEADS = frozenset(("中心", "办", "站", "所", "部"))
ORG_GENERIC_BODY = _words("""
农村 县直 乡镇 中小 各级 基层 城乡 乡村 村级 联村 联建 功能性 社区 企业 非公 国有 民营 机关 学校 中小学 乡街 全县 全市 全省
各 该 本 村 我 全 重点 相关 有关 主管 职能 专业 综合 公办 民办 私立 公立 一些 部分 多家 各类 各个
县域 县级 乡级 镇级 市级 省级 村级 属地 当地 本地 外地 两 小规模 义务教育
""")
MEDIA_ORGS = _words("央视 新华社 人民日报 光明日报 经济日报 中央电视台 中央广播电视总台 山西日报 山西电视台 晋中日报 新华网 人民网 CBA NBA")


def find_orgs(text: str, sc: _Scanner) -> list[Cand]:
    out = []
    for m in _ORG_RE.finditer(text):
        h0, h1 = m.start(), m.end()
        head = m.group()
        nxt = text[h1:h1 + 1]
        if head not in _GOV_HEADS and nxt and nxt in _ORG_BAD_NEXT.get(head, "长员"):
            continue  # 局面, 部分, 办法, 队伍, 社会, 学校党组织, 人大师
        if text[h0 - 1:h1] in _NOT_ORGS:
            continue
        if head in _GOV_HEADS and text[h1:h1 + 1] in ("员", "会") and head not in ("委员会", "常委会"):
            continue  # 党委员, 县委会?
        if head == "党组" and nxt in ("织", "成"):
            continue
        s = sc.left(h0, max_len=20, extra_stops=ORG_STOPS)
        s, e = _strip_quotes(text, s, h1)
        if text[s:s + 1] == "原":
            s += 1
        while s < h0 - 1 and text[s] in "个所家名位座一二三四五六七八九十两几":
            s += 1
        for gw in ("属地", "企业", "历届", "各级", "有关", "相关", "当地"):
            if text.startswith(gw, s) and h0 - s - len(gw) >= 2:
                s += len(gw)
        # 平遥县消防救援大队联合县教育局, 联合中医院: the last of coordinated bodies
        cut = max((m.end() for m in re.finditer(r"联合(?![会党社体国站办])|会同|协同", text[s:h0])), default=0)
        if cut and h0 - (s + cut) >= 2:
            s += cut
        name = text[s:e]
        body = text[s:h0]
        if name in ORG_BARE_OK:
            out.append(Cand(s, e, "ORG", prio=1))
            continue
        if len(name) < 2 or name in ORG_GENERIC or _generic_only(body, ORG_GENERIC_BODY):
            out.append(Cand(s, e, "_", prio=1))  # blocks shorter matches inside a generic phrase
            continue
        if head in _ADMIN_HEADS and not (body[:1] in _ADMIN_FIRST or s in sc.place_starts
                                         or re.search("公司|集团|局|院|社|委", body)):
            continue
        if head == "部" and not (body.endswith(("组织", "宣传", "统战", "武装", "政法", "社会工作", "人力资源")) or len(body) >= 3):
            continue
        if head == "工作室" and not (body[:1] in SURNAMES and len(body) >= 4 and "名" not in body[:2] and "“" not in body):
            out.append(Cand(s, e, "_", prio=1))
            continue
        out.append(Cand(s, e, "ORG", prio=0 if head in ("厂", "中心") else 1))
    for w in MEDIA_ORGS:
        for m in re.finditer(re.escape(w), text):
            out.append(Cand(m.start(), m.end(), "ORG", prio=2))
    # 党中央; 中央 standing for the central authorities (中央部署, 中央财政)
    for m in re.finditer(r"党中央|中央(?=部署|政策|财政|精神|决策|要求|指示|领导|批准|八项规定|和省|、省)", text):
        out.append(Cand(m.start(), m.end(), "ORG", prio=1))
    # 县政府常务会 is a recurring meeting type, not an organisation mention
    for m in re.finditer(r"[县市省区镇乡]?(?:政府|委)常务会议?", text):
        out.append(Cand(m.start(), m.end(), "_", prio=2))
    return out


_FAC_LENIENT = frozenset(("路", "街", "大道", "大街", "公路"))
_FAC_OK_NEXT = "和与、及的等，。；：段口（(“”\n 改新建修"
FAC_GENERIC_BODY = _words("和谐 幸福 平安 健康 美丽 文明 绿色 生态 智慧 自建 农村 乡村 城市 城区 旅游 景区 新 老 旧 大 小 该 各 这 本")


def find_facs(text: str, sc: _Scanner) -> list[Cand]:
    out = []
    for m in _FAC_RE.finditer(text):
        h0, h1 = m.start(), m.end()
        head = m.group()
        nxt = text[h1:h1 + 1]
        if nxt and (nxt in _FAC_BAD_NEXT.get(head, "") or (len(head) == 1 and nxt in "街路巷")):
            continue
        if len(head) == 1 and head not in "路街巷" and nxt and _is_name_char(nxt) and nxt not in _SINGLE_OK_NEXT:
            continue
        if text[h0 - 1:h1] in _NOT_ROADS:
            continue
        if head == "街" and text[h0 - 1:h0] in ("大", "条"):
            continue
        extra = FAC_STOPS | (STREET_STOPS if head in ("路", "街", "巷", "大道", "大街", "门") else frozenset())
        max_len = 4 if head in ("门", "楼", "塔", "阁") else 14
        s = sc.left(h0, max_len=max_len, extra_stops=extra)
        s, e = _strip_quotes(text, s, h1)
        name = text[s:e]
        body = text[s:h0]
        if name in FAC_GENERIC or len(name) < 2:
            out.append(Cand(s, e, "_", prio=1))
            continue
        if head == "门":
            if not (re.fullmatch(r"大?[东西南北]门|[\u4e00-\u9fff]{2}门", name) and not name.endswith(("部门", "专门", "热门", "衙门"))):
                continue
            if len(name) == 3 and not name.startswith("大") and text[s - 2:s] not in ("古城", "城墙") and name[0] not in "东西南北":
                if not name.endswith(("薰门", "熏门", "德门", "和门", "安门", "阳门", "胜门", "平门")):
                    continue
        elif len(body) < 2 and not (head == "护城河" and body in "东西南北") and not (body in ("县", "市") and len(head) >= 3):
            continue
        if body not in ("县", "市") and _generic_only(body, PROJECT_GENERIC | FAC_GENERIC | FAC_GENERIC_BODY):
            out.append(Cand(s, e, "_", prio=1))
            continue
        if text[s - 1:s] in "“‘" and text[e:e + 1] in "”’":
            continue
        out.append(Cand(s, e, "FAC", prio=1))
    for m in re.finditer(r"[东西南北](?:外环|内环)|(?<!万里)长城(?![\u4e00-\u9fff]{0,1}(?:杯|牌|汽车|宽带|公司))", text):
        out.append(Cand(m.start(), m.end(), "FAC", prio=1))
    for m in ROAD_LINE_RE.finditer(text):
        w = m.group(1)
        s = m.start(1)
        if w in ROAD_LINE_BAD:
            continue
        if s > 0 and _is_name_char(text[s - 1]) and text[s - 1] not in STOPS:
            continue
        nxt = text[m.end():m.end() + 1]
        if nxt and CJK_RE.match(nxt) and nxt not in "改和与、及的等—至段公":
            continue
        out.append(Cand(s, m.end(1), "FAC", prio=1))
    return out


_ORDINAL_RE = re.compile(r"第[\u4e00-\u9fff0-9]{1,4}[届次批期]|首届|[0-9]+·[0-9]+")
_PLACE_START_RE = re.compile(r"^[\u4e00-\u9fff]{1,4}[省市县区镇乡村]")
_FESTIVAL_HEADS = frozenset(("旅游节", "文化节", "艺术节", "采摘节", "体育节", "美食节", "音乐节", "电影节", "摄影节", "读书节",
                             "梨花节", "桃花节", "博览会", "交易会", "展销会", "成果展", "主题展"))


COMMUNITY_GENERIC = _words("""
和谐 幸福 平安 健康 美丽 文明 绿色 智慧 城市 农村 城镇 老旧 新型 示范 试点 完整 各 该 本 全 所在 所属 辖区 居住 城乡 乡村 网格 学习型
服务型 国际 全国 省级 市级 县级 先进 模范 无疫 星级 五星 标准化 平安健康 和谐幸福 基层 所有 多个 城区 街道 中心城区 农村社区 城市社区
""")


def find_communities(text: str, sc: _Scanner) -> list[Cand]:
    """…社区 names that are not in the 2023 list (renamed or new communities)."""
    out = []
    for m in re.finditer("社区", text):
        h0, h1 = m.start(), m.end()
        nxt = text[h1:h1 + 1]
        if nxt and nxt in "居委员工服治干群党医卫活":
            continue  # 社区居委会, 社区党委 (the organisation is found by its own head)
        s = sc.left(h0, max_len=6)
        body = text[s:h0]
        if len(body) < 2 or _generic_only(body, COMMUNITY_GENERIC) or body[-1] in "个的" or h0 - s == 6:
            continue
        if any(ch in body for ch in "进送上到入组织开展走"):
            continue
        out.append(Cand(s, h1, "COMMUNITY", prio=0, source="regex"))
    return out


def find_events(text: str, sc: _Scanner) -> list[Cand]:
    out = []
    for m in re.finditer(rf"党的[{_CN_NUM}]+大|抗日战争|解放战争|抗美援朝战争|抗美援朝", text):
        out.append(Cand(m.start(), m.end(), "EVENT", prio=2))
    for m in _EVENT_RE.finditer(text):
        h0, h1 = m.start(), m.end()
        if m.group().endswith("展") and text[h1:h1 + 1] in ("示", "览", "开", "出", "现", "望", "厅", "位", "区", "馆"):
            continue
        s = sc.left(h0, max_len=30)
        s, e = _strip_quotes(text, s, h1)
        name = text[s:e]
        body = text[s:h0]
        if name in EVENT_GENERIC or len(body) < 2:
            continue
        if "周年" in name:
            # 纪念日昇昌票号创立 200周年主题展: the anniversary phrase starts at 纪念 / 庆祝
            j = max(text.rfind("纪念", max(0, s - 20), s), text.rfind("庆祝", max(0, s - 20), s))
            if j >= 0 and not re.search(r"[，。、；：\n]", text[j:s]):
                s = j
                name = text[s:e]
        specific = (m.group() in _FESTIVAL_HEADS or EVENT_PREFIX_RE.match(name) or _ORDINAL_RE.search(name)
                    or _PLACE_START_RE.match(name) or "“" in name or "周年" in name
                    or re.match(r"[0-9]", name) or getattr(sc, "place_starts", set()) & {s})
        if not specific:
            continue
        out.append(Cand(s, e, "EVENT", prio=1))
    return out


def find_docs(text: str, sc: "_Scanner | None" = None) -> list[Cand]:
    out = []
    for m in re.finditer(r"《([^《》\n]{1,60})》", text):
        out.append(Cand(m.start(1), m.end(1), "DOC", prio=3))
    for m in re.finditer(rf"党的[{_CN_NUM}]+大报告|(?<!入)新?党章(?![\u4e00-\u9fff程])|政府工作报告|中央一号文件", text):
        s = m.start() + (1 if m.group().startswith("新") else 0)
        out.append(Cand(s, m.end(), "DOC", prio=2))
    for m in re.finditer(r"“([^“”\n]{4,30}(?:手册|读本|纲要|条例|规划))”", text):
        out.append(Cand(m.start(1), m.end(1), "DOC", prio=2))
    if sc is not None:
        for m in re.finditer("规划|纲要", text):
            s = sc.left(m.start(), max_len=20)
            if text.startswith(("国家", "全国", "中央"), s) and m.end() - s >= 8:
                out.append(Cand(s, m.end(), "DOC", prio=1))
        for m in re.finditer("条例", text):
            s = sc.left(m.start(), max_len=16)
            if m.start() - s >= 4:
                out.append(Cand(s, m.end(), "DOC", prio=1))
    return out


def find_locs(text: str) -> list[Cand]:
    out = []
    for L in range(6, 1, -1):
        for i in range(0, len(text) - L + 1):
            w = text[i:i + L]
            if w in LOC_WORDS:
                out.append(Cand(i, i + L, "LOC", prio=1))
    return out


def find_countries(text: str) -> list[Cand]:
    out = []
    for L in range(7, 1, -1):
        for i in range(0, len(text) - L + 1):
            if text[i:i + L] in COUNTRIES:
                out.append(Cand(i, i + L, "GPE", prio=1))
    return out


_TITLE_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, PERSON_TITLES), key=len, reverse=True)) + ")[ \u00a0]?")


def find_persons(text: str) -> list[Cand]:
    out = []
    for m in _TITLE_RE.finditer(text):
        i = m.end()
        if i < len(text) and text[i] in SURNAMES:
            for L in (3, 2):
                name = text[i:i + L]
                nxt = text[i + L:i + L + 1]
                if len(name) == L and all(CJK_RE.match(c) for c in name) and (not nxt or nxt in _PERSON_AFTER or not CJK_RE.match(nxt)):
                    if L == 3 and text[i + 2] in _PERSON_AFTER:
                        continue
                    if name not in not_names():
                        out.append(Cand(i, i + L, "PERSON", prio=1))
                    break
    # 张三 摄 / 文/张三
    for m in re.finditer(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3})[ \u00a0]+摄(?![\u4e00-\u9fff])", text):
        if m.group(1)[0] in SURNAMES:
            out.append(Cand(m.start(1), m.end(1), "PERSON", prio=1))
    for m in re.finditer(r"(?<![\u4e00-\u9fff])老[\u4e00-\u9fff](?=[，。、说：的和也笑])", text):
        if m.group()[1] in SURNAMES:
            out.append(Cand(m.start(), m.end(), "PERSON", prio=0))
    for m in re.finditer(r"习近平|习总书记", text):
        out.append(Cand(m.start(), m.start() + (3 if m.group() == "习近平" else 1), "PERSON", prio=3))
    return out


# --------------------------------------------------------------------------- assembly

_ENTERPRISE_HEADS = ("合作社", "公司", "有限公司", "集团", "股份公司")
_DESCRIPTOR_START = _words("股份 经济 集体 蔬菜 种植 专业 养殖 农民 便民 农业 果蔬 粮食 劳务 综合 服务 农机 乡村 村级")


def resolve(cands: list[Cand], n: int) -> list[Cand]:
    """Flat, maximal spans: longest first, then priority, then leftmost."""
    taken = [False] * n
    out = []
    for c in sorted(cands, key=lambda c: (-c.length, -c.prio, c.start)):
        if c.start < 0 or c.end > n or c.end <= c.start:
            continue
        if any(taken[c.start:c.end]):
            continue
        for i in range(c.start, c.end):
            taken[i] = True
        out.append(c)
    return sorted(out, key=lambda c: c.start)


_UNIT_ORG_RE = re.compile(r"^[\u4e00-\u9fff]{1,4}(?:社区|村)(?:党委|党支部|党总支|居委会|村委会|委员会|综治中心|服务中心)$")


def _peel_places(cands: list[Cand], places: list[Cand]) -> list[Cand]:
    """平遥县城西街道汇通社区党委 -> GPE + TOWNSHIP + ORG 汇通社区党委; 横坡村硕峰合作社 -> VILLAGE + ORG."""
    starts: dict[int, Cand] = {}
    for p in places:
        if p.start not in starts or p.length > starts[p.start].length:
            starts[p.start] = p
    inner = [(p.start, p.end) for p in places if p.end - p.start >= 2]
    out = []
    for c in cands:
        if c.label in ("ORG", "FAC", "EVENT", "PROJECT"):
            # never start inside a place name (县城东街道… -> 城东街道…)
            for a, b in inner:
                if a < c.start < b and b < c.end - 1:
                    if c.label != "PROJECT":
                        c = Cand(b, c.end, c.label, c.prio, c.code, c.source, c.text[b - c.start:], c.text_head)
                    break
        if c.label == "COMMUNITY" and c.source == "regex":
            p = starts.get(c.start)
            if p is not None and p.label in ("GPE", "TOWNSHIP") and c.end - p.end >= 4:
                c = Cand(p.end, c.end, c.label, c.prio, c.code, c.source)
        if c.label in ("ORG", "FAC", "EVENT"):
            while True:
                p = starts.get(c.start)
                if p is None or p.end >= c.end:
                    break
                q = starts.get(p.end)
                if q is not None and q.end < c.end and q.label in ("TOWNSHIP", "VILLAGE", "COMMUNITY") and p.label in ("GPE", "TOWNSHIP"):
                    c = Cand(p.end, c.end, c.label, c.prio, c.code, c.source, c.text[p.end - c.start:], c.text_head)
                    continue
                if (c.label == "FAC" and p.label == "COMMUNITY" and c.end - p.end >= 4
                        and not c.text_head.endswith(("庙", "堂", "寺", "祠"))):
                    c = Cand(p.end, c.end, c.label, c.prio, c.code, c.source, c.text[p.end - c.start:], c.text_head)
                    continue
                if p.label in ("GPE", "TOWNSHIP") and _UNIT_ORG_RE.match(c.text[p.end - c.start:]):
                    # 城西街道汇通社区党委: a community or village not in the gazetteer still owns the body
                    c = Cand(p.end, c.end, c.label, c.prio, c.code, c.source, c.text[p.end - c.start:], c.text_head)
                    continue
                if c.label == "ORG" and p.label == "VILLAGE" and c.text_head in _ENTERPRISE_HEADS:
                    rest = c.text[p.end - c.start:]
                    if rest[:2] not in _DESCRIPTOR_START and len(rest) - len(c.text_head) >= 2:
                        c = Cand(p.end, c.end, c.label, c.prio, c.code, c.source, rest, c.text_head)
                        continue
                break
        out.append(c)
    return out


def _label_lists(ents: list[Cand], text: str) -> None:
    """段村、横坡村、普洞村: an ambiguous place takes the level of its list neighbours."""
    for k, c in enumerate(ents):
        alts = getattr(c, "alts", None)
        if not alts or len({lv for _, lv in alts}) < 2:
            continue
        before, after = text[c.start - 1:c.start], text[c.end:c.end + 1]
        starts_item = before in "、，；。\n：“ " or text[max(0, c.start - 2):c.start] in all_stops() or before in STOPS
        if not starts_item or not (after in "、，；。\n”等和 " or after == ""):
            continue
        for nb in (ents[k - 1] if k else None, ents[k + 1] if k + 1 < len(ents) else None):
            if nb is None:
                continue
            gap = text[min(c.end, nb.end):max(c.start, nb.start)]
            if gap in ("、", "和", "及", "与", "，"):
                want = {"VILLAGE": "village", "TOWNSHIP": "township", "COMMUNITY": "community"}.get(nb.label)
                codes = [co for co, lv in alts if lv == want]
                if want and codes:
                    c.label = nb.label
                    c.code = codes[0] if len(codes) == 1 else None
                    break


def rule_entities(text: str, county_code: str | None = None, *, keep_blockers: bool = False) -> list[Cand]:
    """All rule-based entities of *text* (flat, non-overlapping), sorted by offset."""
    n = len(text)
    sc = _Scanner(text)
    places = find_places(text, county_code)
    sc.place_starts = {p.start for p in places}  # type: ignore[attr-defined]
    cands: list[Cand] = list(places)
    cands += find_regex_places(text, [(p.start, p.end) for p in places])
    for p in places:
        if p.label in ("VILLAGE", "TOWNSHIP"):
            # 宋家沟新村, 横坡古村: a rebuilt or old village, whatever level the stem matched
            for tail in _VILLAGE_TAILS:
                if text.startswith(tail, p.end):
                    vcodes = [c for c, lv in getattr(p, "alts", ()) if lv == "village"]
                    code = p.code if p.label == "VILLAGE" else (vcodes[0] if len(vcodes) == 1 else None)
                    cands.append(Cand(p.start, p.end + len(tail), "VILLAGE", prio=2, code=code, source="gazetteer"))
                    break
        if p.label in ("TOWNSHIP", "VILLAGE") and text.startswith("片区", p.end):
            cands.append(Cand(p.start, p.end + 2, "LOC", prio=2))
    # 平遥古城 (a county or city short form + 古城) is a facility
    for p in places:
        if p.label == "GPE" and text.startswith("古城", p.end):
            cands.append(Cand(p.start, p.end + 2, "FAC", prio=2))
    cands += _peel_places(find_communities(text, sc), places)
    for finder in (find_projects, find_orgs, find_facs, find_events):
        found = finder(text, sc)
        for c in found:
            c.text = text[c.start:c.end]  # type: ignore[attr-defined]
            heads = {"ORG": ORG_HEADS, "FAC": FAC_HEADS, "EVENT": EVENT_HEADS, "PROJECT": PROJECT_HEADS}.get(c.label, ())
            c.text_head = next((h for h in sorted(heads, key=len, reverse=True) if c.text.endswith(h)), "")  # type: ignore[attr-defined]
        cands += _peel_places(found, places)
    for m in re.finditer("中国年", text):
        cands.append(Cand(m.start(), m.end(), "_", prio=-2))
    cands += find_docs(text, sc) + find_locs(text) + find_countries(text) + find_persons(text)
    # merge 平遥古城 + 迎薰门 / 南城墙 into one facility
    ents = resolve(cands, n)
    merged: list[Cand] = []
    for c in ents:
        if merged and c.label == "FAC" and merged[-1].label == "FAC" and merged[-1].end == c.start and text[merged[-1].start:merged[-1].end].endswith("古城"):
            merged[-1] = Cand(merged[-1].start, c.end, "FAC", 2)
        elif c.label == "FAC" and text.startswith("片区", c.end) and text[c.end - 1] == "街":
            merged.append(Cand(c.start, c.end + 2, "LOC", 1))
        elif (merged and c.label == "FAC" and merged[-1].label == "FAC" and merged[-1].end + 1 == c.start
              and text[merged[-1].end] == "—" and text[c.start:c.end].endswith("公路")):
            merged[-1] = Cand(merged[-1].start, c.end, "FAC", 2)
        else:
            merged.append(c)
    ents = merged
    # propagate: other mentions of the same names (re-mentions of people, projects …)
    seen = {(text[c.start:c.end], c.label) for c in ents if c.source != "gazetteer" and c.end - c.start >= 2}
    extra = []
    for name, label in seen:
        for m in re.finditer(re.escape(name), text):
            extra.append(Cand(m.start(), m.end(), label, prio=0, source="propagated"))
    if extra:
        ents = resolve(ents + extra, n)
    _label_lists(ents, text)
    blockers = [c for c in ents if c.label == "_"]
    ents = _list_villages([c for c in ents if c.label != "_"], text)
    return ents + blockers if keep_blockers else ents


_VILLAGE_TAILS = ("移民新村", "新村", "古村")
_ITEM_RE = re.compile(r"^[\u4e00-\u9fff]{2,3}$")


def _list_villages(ents: list[Cand], text: str) -> list[Cand]:
    """Unknown names in a list of villages, or at the end of a road segment, are villages.

    岳北、岳中、岳南、西源祠、尹回、梁村 (岳南 and 尹回 merged away since); 古陶二中—闫良; 芦村—南官地.
    """
    covered = [False] * len(text)
    for c in ents:
        for i in range(c.start, c.end):
            covered[i] = True
    added: list[Cand] = []
    for clause in re.finditer(r"[^，。；：！？\n（）()]+", text):
        cs = clause.start()
        items, pos = [], cs
        for part in clause.group().split("、"):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        labels = []
        for a, b in items:
            inside = [c for c in ents if c.start >= a and c.end <= b]
            labels.append({c.label for c in inside})
        inner = labels[1:-1]  # the same for every item: counted once (linear in the list)
        n_in = sum("VILLAGE" in l for l in inner)
        only_villages = all(l <= {"VILLAGE"} for l in inner if l)
        for k, (a, b) in enumerate(items):
            segs = text[a:b].split("—")
            if len(segs) == 2:
                # road segment: X—Y
                sa = (a, a + len(segs[0]))
                sb = (a + len(segs[0]) + 1, b)
                for (x0, x1), (y0, y1) in ((sa, sb), (sb, sa)):
                    other = [c for c in ents if c.start >= y0 and c.end <= y1 and c.label in ("FAC", "ORG", "VILLAGE")]
                    if not other:
                        continue
                    name = text[x0:x1]
                    cut = re.search(r"(改造|等|道路|建设|公路)", name)
                    if cut and x0 == sb[0]:
                        name = name[:cut.start()]
                        x1 = x0 + len(name)
                    if x0 == sa[0] and k == 0:
                        continue  # the first item's left edge is unknown
                    if _ITEM_RE.match(name) and not any(covered[x0:x1]):
                        added.append(Cand(x0, x1, "VILLAGE", prio=-1, source="list"))
                continue
            if (0 < k < len(items) - 1 and n_in >= 2 and not labels[k] and 2 * n_in >= len(inner)
                    and only_villages):
                name = text[a:b]
                if _ITEM_RE.match(name) and not any(covered[a:b]):
                    added.append(Cand(a, b, "VILLAGE", prio=-1, source="list"))
    if not added:
        return ents
    return sorted(ents + added, key=lambda c: c.start)
