"""The word lists the organisation rules read (:mod:`corpus_tools._entity_rules.orgparts` and its parts).

* :data:`INSIDE_VERBS` and :data:`CLAUSE_WORDS`: verbs that do sit inside organisation names, and words
  People's Daily 1998 tags as verbs, adverbs or prepositions (built by ``training/ner/build_org_words.py``);
* :data:`COOP_PRODUCTS` and :data:`COOP_KIND_WORDS`: what a co-operative grows and what kind it is
  (``training/ner/build_firm_words.py``).
"""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import words

__all__ = ["INSIDE_VERBS", "CLAUSE_WORDS", "CLAUSE_TAGS", "COOP_PRODUCTS", "COOP_KIND_WORDS"]

#: Verbs that do sit inside organisation names (People's Daily 1998, see the module docstring).
INSIDE_VERBS = words("org_inside_verbs")
#: Words People's Daily 1998 tags v, d or p at least 80 % of the time (not :data:`INSIDE_VERBS`).
CLAUSE_WORDS = words("org_clause_words")
#: Tags that end a clause before a name: verb, adverb, preposition, and the locatives of
#: :data:`CLAUSE_WORDS` (之后|公司, 以来).
CLAUSE_TAGS = frozenset(("v", "d", "p", "f"))

#: Products co-operatives grow that 1998 does not know (中蜂, 弓鱼, 果蔬), mined by
#: ``training/ner/build_firm_words.py`` from People's Daily 2019–2020.
COOP_PRODUCTS = words("coop_products")
#: Words that say what kind of co-operative it is (农民专业合作社法's 行业 part and the legal form):
#: they follow the trade name and the product in a registered name (兴旺|养牛|专业合作社).
COOP_KIND_WORDS = frozenset(("专业", "农民", "种植", "养殖", "股份", "经济", "农机", "劳务", "联合", "生产", "销售",
                             "合作", "农业", "旅游", "电商", "服务", "土地", "资金", "互助", "综合"))
