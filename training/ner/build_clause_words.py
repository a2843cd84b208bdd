"""Build ``corpus_tools/data/entities/clause_words.txt``: words that end a name on its left.

    /work/venv/bin/python training/ner/build_clause_words.py

A head-based name (…项目, …公司, …公园) grows leftwards until it meets punctuation, a
quantity or a *clause word*. The hand list ``data/entities/stops.txt`` covers the usual
function words; this list adds the common two-character verbs, adverbs, prepositions and
conjunctions of jieba's dictionary (MIT licence; tags v, vd, d, p, c, ad; frequency >= 300),
minus the verbs that occur inside names of organisations, projects and facilities
(建设, 管理, 保护, 开发, 服务 …).
"""

from __future__ import annotations

import os
from pathlib import Path

import jieba

OUT = Path(__file__).resolve().parents[2] / "corpus_tools" / "data" / "entities" / "clause_words.txt"
NOT_NAMES = OUT.with_name("not_names.txt")
COMMON2 = OUT.with_name("common_words2.txt")
# the tagger's surname characters: its hand list and the ones learnt by build_surnames.py
SURNAME_CHARS = set()
for _name in ("surnames_hand.txt", "surnames.txt"):
    if OUT.with_name(_name).exists():
        SURNAME_CHARS |= {c for ln in OUT.with_name(_name).read_text(encoding="utf-8").splitlines()
                          if not ln.startswith("#") for c in ln.strip()}

# verbs and adverbs that are part of names (县计划生育妇幼保健服务中心, 古城基础设施提升改造项目 …)
NAME_INTERNAL = set("""
建设 管理 服务 保护 发展 改造 提升 修缮 整治 加工 开发 种植 养殖 交易 经营 研究 规划 设计 监督 检察 执法 救援 保健 调查
投资 旅游 教育 培训 研发 生产 销售 运输 供应 处理 回用 焚烧 发电 保鲜 冷链 恢复 抢修 养护 新建 扩建 提质 升级 配套 融合 创新
示范 推广 合作 联合 改革 振兴 治理 保障 救助 维修 体验 展示 展览 观光 休闲 娱乐 拓展 训练 集散 物流 仓储 康养 传承 交流 组织
组成 高速 综合 集中 发射 出版 统计 计算 预算 指挥 作战 就业 招生 治疗 创造 制造 记载 审议 选举 任免 阅读 解放 实践 学习
宣传 统战 纪检 监察 审计 评估 检测 检验 监测 认证 鉴定 调解 仲裁 信访 接待 办公 指导 协调 促进 发展 改良 繁育 孵化 营销
批发 零售 租赁 装饰 安装 施工 勘察 测绘 咨询 代理 托管 托育 照料 养老 康复 护理 急救 防治 防疫 应急 消防 安全 环保 节能
保险 储蓄 结算 支付 清算 邮政 通信 广播 电视 演出 展销 博览 比赛 竞赛 表演 提档 提标 扩容 改建 重建 复建 迁建 修复 保护修复
加固 疏浚 治污 绿化 美化 亮化 硬化 净化 数字化 信息化 现代化 标准化 规范化 一体化 更新 连片 共享 互助 联建 联合会 对口 帮扶 扶贫
自治 创立 纪念 庆祝 不可 创意 自来 开放 独立 自然 相互 互相 共同 正式 特别 长期 相对 普遍 实验 试验 领导 统一 调度 控制 运行 运营 开采 挖掘 采掘 洗选 冶炼 铸造
""".split())


def main() -> None:
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    words = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            w, f, t = line.split()
            if t in ("v", "vd", "d", "p", "c", "ad") and len(w) == 2 and int(f) >= 300 and w not in NAME_INTERNAL:
                words.append(w)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(sorted(set(words))) + "\n", encoding="utf-8")
    # common words that start with a surname character (雷霆, 游客, 高速): not personal names
    common = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            w, f, t = line.split()
            if 2 <= len(w) <= 3 and w[0] in SURNAME_CHARS and int(f) >= 50 and not t.startswith("nr"):
                common.append(w)
    # keep the entries already shipped (some were added by hand review): the list only grows
    old = set(NOT_NAMES.read_text(encoding="utf-8").split()) if NOT_NAMES.exists() else set()
    NOT_NAMES.write_text("\n".join(sorted(set(common) | old)) + "\n", encoding="utf-8")
    # frequent two-character words: a person name found by the model must not be glued into one
    # (系列丛书 is not 列丛书, 夏秋冷凉 is not 夏秋冷)
    two = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            w, f, t = line.split()
            if len(w) == 2 and int(f) >= 300 and not t.startswith("nr"):
                two.append(w)
    COMMON2.write_text("\n".join(sorted(set(two))) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
