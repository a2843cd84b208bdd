"""Reproducibly choose People's Daily county and village reports for a hand-made gold set.

The dev4/blind4 gold (``benchmarks/gold/dev4``; blind4 is kept outside the repository) was chosen
with this script: a keyword filter over ``../shared/data/people_daily_2019_2020/articles.jsonl.xz``
(a report about a named county, district, township or village: a place word with a county-level or
lower suffix in the title and a governance/rural keyword in the text; 500-2,000 CJK characters), a
shuffle with a fixed seed, then a greedy pass that takes at most one report per province per set and
skips the reports dropped by hand (``DROPPED``, with the reason). Development reports come from days
1-15 of each month, blind reports from days 16-31.

The dev5/blind5 gold (``benchmarks/gold/dev5``; blind5 is kept outside the repository) was chosen the
same way from what is left after dev4 and blind4, with a second seed (``SEED5``) and from any day of
the month (too few reports are left in one half): dev5 first (3, 2, 3, 3, 3 reports for 2019-02,
2019-10, 2020-01, 2020-02, 2020-05), then blind5 from the rest (two a month).

The dev6/blind6 gold (``benchmarks/gold/dev6``; blind6 is kept outside the repository) is chosen from what
is left after dev4, blind4, dev5, blind5 and the 20 entities-dev reports, with a third seed (``SEED6``). The
crawl holds only the five months of ``MONTHS`` and they are nearly exhausted (24 reports were left under the
filter above, over 16 provinces), so the filter is widened for these two sets only (``wide``): 400-2,000 CJK
characters and two governance/rural keywords instead of three; the other conditions are unchanged. The
widened pool is shuffled with the seed and taken greedily from any month and day, at most one report per
province within a set: dev6 first (14 reports), then blind6 from the rest (10 reports).

The dev7/blind7 gold (``benchmarks/gold/dev7``; blind7 is kept outside the repository) is chosen from what is left
after all the sets above, with a fourth seed (``SEED7``). Only 19 reports of the widened pool were left, so the
filter is widened again for these two sets only (``candidates7``): 300-2,500 CJK characters; the place may be named
in the title or in the dateline/first sentence (the text's first 150 characters up to the first 。！？); besides
counties, banners, townships and villages, a county-level city or district (``CITY_PLACE``: 2-3 characters before
市 or 区, not 社区, 城区, 景区, 园区, 新区, 地区 ...) counts; two governance/rural keyword hits as for dev6. To get
more marked slogans per report than before without using the system's slogan detector, the dev7/blind7 pool
also needs three hits of the governance keywords of party building, poverty alleviation and rural
revitalisation (``GOVERNANCE``: 党建, 党支部, 党组织, 脱贫攻坚, 乡村振兴, 扶贫, 第一书记, 村两委, 驻村): such
reports name campaigns, models and requirements more often. Commentary columns (今日谈, 人民论坛 ...) stay
out (``COLUMNS7``). The pool is shuffled with the seed and taken greedily from any month and day, at most one
report per province within a set: dev7 first (14 reports), then blind7 from the rest (12 reports). The gold
pool (``--pool-ids``) holds the candidates of both widened filters *without* the governance condition, so a
set drawn later with another topic condition is clean too.

The dev8/blind8 gold (``benchmarks/gold/dev8``; blind8 is kept outside the repository) is drawn from the same
``candidates7`` pool minus every earlier set, with a fifth seed (``SEED8``): 79 reports were left, so neither the
filter nor the gold pool changes (every dev8/blind8 report is already in ``training/gold_pool_ids.txt`` and no
crawl-mined table needs rebuilding). Greedy as for dev7: dev8 first (14 reports), then blind8 (12 reports).

The blind9 gold (kept outside the repository, no development companion) is drawn from the same ``candidates7``
pool minus every earlier set, with a sixth seed (``SEED9``): 88 reports were left, 66 of them already dropped by
hand in earlier passes, so 22 could still be drawn. Neither the filter nor the gold pool changes (all 22 are in
``training/gold_pool_ids.txt``). Greedy as above, at most 12 reports, one per province: four more were dropped by
hand (judged by their title) and the pool ran out at 10 reports.

The blind10 gold (kept outside the repository, no development companion) is drawn with a seventh seed
(``SEED10``) from a new pool, since the governance condition left nothing to draw: the ids of
``training/gold_pool_ids.txt`` (the crawl-mined training tables skip exactly these, so only they are clean) that
pass either widened filter *without* the governance condition (``candidates(wide=True)`` or
``candidates7(governance=False)``), minus every earlier set (dev4 ... blind9, the entities-dev reports) and the
reports dropped in earlier passes (``pool10``). Shuffled with the seed, greedy as above: 12 reports, one per
province; the reports dropped by hand in this pass (``DROPPED10``, judged by title and first lines) are skipped
by the greedy pass, not taken out before the shuffle, so a drop does not reshuffle the draw.

The dev9/blind11 gold (``benchmarks/gold/dev9``; blind11 is kept outside the repository) is drawn in one pass with
an eighth seed (``SEED11``) from blind10's pool logic (``pool10`` with ``earlier=DROPPED_BEFORE11``): the gold-pool
ids passing either widened filter without the governance condition, minus every earlier set (blind10 included) and
every earlier drop; 208 reports were left. Shuffled with the seed, greedy, one report per province: dev9 first (14
reports), then blind11 from the rest (12 reports). The reports dropped by hand in this pass (``DROPPED11``, judged by
title and first lines, the blind rows never opened further) are skipped by the greedy pass like ``DROPPED10``; the
earlier passes' pools leave them in, so the rows of every earlier set are unchanged.

The blind12 gold (kept outside the repository, no development companion) is drawn with a ninth seed (``SEED12``)
from the same pool logic (``pool10`` with ``earlier=DROPPED_BEFORE12``): minus every earlier set (dev9 and blind11
included) and every earlier drop. Shuffled with the seed, greedy, one report per province: 12 reports. The reports
dropped by hand in this pass (``DROPPED12``, judged by title and first lines; a multi-part feature by its section
headings) are skipped by the greedy pass like ``DROPPED11``.

The blind13 gold (kept outside the repository, no development companion) is drawn with a tenth seed (``SEED13``)
from the same pool logic (``pool10`` with ``earlier=DROPPED_BEFORE13``): minus every earlier set (blind12 included)
and every earlier drop; 107 reports were left. Shuffled with the seed, greedy, one report per province: 12 reports.
The reports dropped by hand in this pass (``DROPPED13``, judged by title and first lines; a multi-part feature by its
section headings) are skipped by the greedy pass like ``DROPPED12``; some of them lie further down the shuffled list
than the greedy pass reached (unsuitable all the same, so a later pass need not judge them again).

Usage::

    python benchmarks/gold_select.py [--shared ../shared] [--set dev4]

prints ``set  stem  id  date  province  CJK  title`` rows of dev4 (``--set dev5`` for dev5, ``--set dev6``
for dev6, ``--set dev7`` for dev7, ``--set dev8`` for dev8, ``--set dev9`` for dev9). ``--set blind4`` ...
``--set blind13``
print the blind rows: only the integrator
needs them (helpers must not read the blind reports). ``--manifest DIR`` also writes ``DIR/manifest.tsv``
(stem, id, date, province, cjk) for the set; ``benchmarks/gold_texts.py DIR`` then writes the texts::

    python benchmarks/gold_select.py --set dev6 --manifest benchmarks/gold/dev6
    python benchmarks/gold_texts.py benchmarks/gold/dev6 --out /work/dev6
    python benchmarks/gold_select.py --set blind6 --manifest /work/blind6
    python benchmarks/gold_texts.py /work/blind6
    python benchmarks/gold_select.py --set dev7 --manifest benchmarks/gold/dev7
    python benchmarks/gold_texts.py benchmarks/gold/dev7 --out /work/dev7
    python benchmarks/gold_select.py --set dev8 --manifest benchmarks/gold/dev8
    python benchmarks/gold_texts.py benchmarks/gold/dev8 --out /work/dev8
    python benchmarks/gold_select.py --set dev9 --manifest benchmarks/gold/dev9
    python benchmarks/gold_texts.py benchmarks/gold/dev9 --out /work/dev9
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
import re
from collections.abc import Iterator
from pathlib import Path

from gold_texts import CORPUS, default_shared

SEED = 20261204
MONTHS = ("2019-02", "2019-10", "2020-01", "2020-02", "2020-05")
DEV_PER_MONTH = (3, 2, 3, 2, 2)  # 12 development reports
BLIND_PER_MONTH = (2, 2, 2, 2, 2)  # 10 blind reports
SEED5 = 20261205
DEV5_PER_MONTH = (3, 2, 3, 3, 3)  # 14 development reports, any day
BLIND5_PER_MONTH = (2, 2, 2, 2, 2)  # 10 blind reports, any day
SEED6 = 20261206
DEV6_SIZE = 14  # development reports, any month and day
BLIND6_SIZE = 10  # blind reports, any month and day
SEED7 = 20261207
DEV7_SIZE = 14  # development reports, any month and day
BLIND7_SIZE = 12  # blind reports, any month and day
SEED8 = 20261208
DEV8_SIZE = 14  # development reports, any month and day
BLIND8_SIZE = 12  # blind reports, any month and day
SEED9 = 20261209
BLIND9_SIZE = 12  # blind reports, any month and day (at most: the pool is nearly exhausted)
SEED10 = 20261210
BLIND10_SIZE = 12  # blind reports from the gold pool without the governance condition
SEED11 = 20261213
DEV9_SIZE = 14  # development reports from blind10's pool, the same pass as blind11
BLIND11_SIZE = 12  # blind reports from the rest
SEED12 = 20261214
BLIND12_SIZE = 12  # blind reports from blind10's pool minus every earlier set and drop
SEED13 = 20261215
BLIND13_SIZE = 12  # blind reports from blind10's pool minus every earlier set and drop (at most: the pool is thin)
GOLD_POOL = Path(__file__).resolve().parents[1] / "training" / "gold_pool_ids.txt"
PROVINCES = ("北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 "
             "重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆").split()
# the title names a county, banner, township or village (a 2-4 character name before the suffix, not a
# generic word such as 农村, 乡村, 全县, 村民)
TITLE_PLACE = re.compile(r"(?<![农乡城新地社山牧景园小市郊老特全各下家返])[\u4e00-\u9fff]{2,4}(?:县|旗|镇|乡|村)(?![民庄务干级里])")
# dev7/blind7 also: a county-level city or district (not 社区, 城区, 景区, 园区, 新区, 地区, 片区, 市区, 辖区 ...)
CITY_PLACE = re.compile(r"(?<![社城景园新地片市辖郊特灾山矿林库厂校营战老全各小])[\u4e00-\u9fff]{2,3}(?:市|区)"
                        r"(?![民场委政长级内外域里属县])")
# dev7/blind7: party-building, poverty-alleviation and rural-revitalisation governance keywords
GOVERNANCE = re.compile(r"党建|党支部|党组织|脱贫攻坚|乡村振兴|扶贫|第一书记|村两委|驻村")
FIRST_SENTENCE = re.compile(r"[^。！？]{0,150}")
# commentary columns and multi-province round-ups are not reports about one place
COLUMNS = re.compile(r"话说新农村|人民时评|一线视角|新知新觉|治理者说|大家手笔|微经济|消费万花筒|光影视界|让党旗在防控疫情")
COLUMNS7 = re.compile(r"今日谈|人民论坛|评论员|两会|作家论苑|创新谈|有的放矢|政策解读|观点")
TOPIC = re.compile(r"扶贫|脱贫|乡村振兴|党建|党支部|村民|合作社|产业|村党")
# the 20 reports of ../shared/gold/entities-dev (they are not in the file, listed to be safe)
ENTITIES_DEV = {"20190212-08-01", "20190215-11-04", "20190221-11-03", "20190226-11-01", "20190226-11-04",
                "20191018-11-03", "20191024-11-05", "20191025-19-02", "20200107-19-05", "20200109-10-05",
                "20200117-10-04", "20200120-01-06", "20200123-06-03", "20200212-11-04", "20200225-19-03",
                "20200512-08-01", "20200513-14-06", "20200515-07-01", "20200516-07-03", "20200529-05-02"}
# reports dropped in the manual pass: id -> reason
DROPPED: dict[str, str] = {
    "20191021-15-03": "a recruitment notice, not a report",
    "20191018-10-05": "an economic new area (新区), no county or village",
    "20190202-07-03": "an economic new area (新区), no county or village",
    "20190222-08-01": "an economic new area (新区), no county or village",
    "20191028-17-05": "an economic development zone, no county or village",
    "20200110-10-02": "a financial high-tech district, no county or village",
    "20200524-14-03": "a regional economic zone, no county or village",
    "20190214-16-04": "a provincial bank's loan product, not about one county",
    "20200513-14-02": "province-wide campaign, not about one county",
    "20191023-15-02": "a Beijing science forum, not rural",
    "20191024-03-01": "a road project in Cambodia",
    "20191024-07-01": "province-wide mediation scheme, no single county",
    "20191025-07-02": "national enterprise programme, many provinces",
    "20190212-02-03": "national financial policy",
    "20190213-07-01": "province-wide round-up of twenty visits",
    "20190214-16-01": "national internet round-up, many places",
    "20190227-07-04": "national award list",
    "20200524-20-01": "urban district smart-city feature",
    "20200528-20-01": "bank advertorial",
    "20200224-15-01": "national drinking-water round-up",
    "20190221-06-02": "national policy briefing (中央一号文件)",
    "20190228-05-05": "national commentary on rural e-commerce",
    "20191022-01-03": "national instruction on science commissioners",
    # dev5 / blind5 pass
    "20190221-03-07": "national poverty statistics release",
    "20191030-04-02": "national policy briefing on rural civility",
    "20200219-04-06": "national award list",
    "20200227-13-05": "national notice of the poverty-alleviation office",
    "20200520-06-02": "urban science-city feature",
    "20200215-04-03": "province-wide epidemic round-up",
    # dev6 / blind6 pass (blind rows judged by their title only)
    "20200503-02-03": "national statistics release on poverty-county e-commerce",
    "20200507-09-03": "national commentary on rural e-commerce",
    "20190211-07-04": "national commentary on antique-style towns",
    "20190213-12-03": "a company feature (双汇), not about a county or village",
    "20191015-04-08": "national deputies' study tour",
    "20200515-14-01": "urban science-park feature (中关村)",
    # dev7 / blind7 pass (blind rows judged by their title only)
    "20190213-06-01": "national poverty-office statistics on deputies' proposals",
    "20191018-06-06": "national speech contest, speakers from many provinces",
    "20191030-18-04": "national supply-and-marketing co-operative system",
    "20200114-06-03": "province-wide deployment meeting, no single county",
    "20200114-07-04": "multi-province round-up of cultural activities",
    "20200123-10-04": "a commodity exchange's poverty programme, a company feature",
    "20200211-13-05": "national poverty-office instruction",
    "20200520-18-01": "bank advertorial",
    "20200113-11-05": "a central state firm's party-building feature, not about a place",
    "20200213-06-02": "national round-up on community epidemic control",
    "20200216-04-02": "province-wide epidemic and party round-up",
    "20191027-04-05": "a national leader's province tour",
    "20200218-13-03": "national ministries' campaign",
    "20200503-04-01": "national relocation round-up",
    "20191014-04-01": "a national leader's meeting",
    "20200509-02-01": "national State Council notice",
    "20200208-07-01": "national round-up on community epidemic control",
    "20191016-13-02": "a company feature (京东), many provinces",
    "20200114-19-01": "province-level discipline-inspection feature (北京市), no county",
    "20191014-10-02": "bank advertorial (浙商银行)",
    # dev8 / blind8 pass (blind rows judged by their title only)
    "20190214-02-02": "a national leader's meeting on deep-poverty areas",
    "20200106-02-02": "a national leader's meeting on deep-poverty areas",
    "20191011-10-03": "province-wide power-grid project, no single county",
    "20200108-04-01": "national discipline-inspection round-up",
    "20200122-11-02": "a state firm's party-building feature, not about a place",
    "20200122-13-03": "a bank's poverty programme, a company feature",
    "20200526-13-04": "province-level CPPCC feature, no single county",
    "20200116-09-04": "a prefecture's signed commentary (治理之道 column), no county",
    "20191017-19-01": "a prefecture city's anniversary feature, no county",
    "20200227-07-02": "province-wide epidemic round-up",
    "20200520-14-01": "a regional development zone, no county or village",
    "20200523-15-02": "national deputies' round-up, many provinces",
    "20200109-11-06": "a bank's poverty programme, a company feature",
    "20190215-11-02": "province-wide poverty-data survey, no single county",
    "20200512-14-04": "province-wide poverty-industry round-up",
    "20200108-11-03": "an industrial park's business district, no county or village",
    "20200219-06-04": "a property company's epidemic feature (保利), many cities",
    "20200526-14-01": "national deputies' comments on the government report",
    "20191009-13-01": "province-wide relocation round-up",
    "20200218-12-05": "a university's education programme, many counties",
    "20200507-02-01": "national round-up on ecological poverty alleviation",
    "20200508-11-03": "national statistics on 52 counties",
    "20200524-10-02": "national advisers' round-up (两会)",
    "20200524-11-05": "a provincial adviser's proposal (两会)",
    "20200527-09-03": "national deputies' quotations column (两会)",
    "20191017-09-03": "a company feature (茅台)",
    "20191017-11-02": "a cosmetics firm's charity programme, a company feature",
    "20191025-04-04": "national statistics on rural minimum-income checks",
    "20200526-07-03": "a prefecture's industrial zone, no county or village",
    "20200127-05-01": "multi-province round-up of cultural activities",
    "20200118-05-01": "China-Myanmar co-operation feature, abroad",
    # blind9 pass (judged by their title only)
    "20200117-11-08": "a development zone's alliance of listed companies, no county or village",
    "20200220-06-05": "province-wide poverty round-up (all Tibetan areas of 四川)",
    "20200114-04-08": "province-wide poverty statistics (1,791 villages of 辽宁)",
    "20200526-19-01": "a company feature (华侨城)",
}
# blind10 pass (judged by title and first lines); kept apart because blind10's pool leaves out only the earlier drops
# (two-part features, each part about one village, are kept, like dev8's d8_01; round-ups of three or more places are not)
DROPPED10: dict[str, str] = {
    "20190219-05-02": "an official's signed commentary (声音 column)",
    "20200106-12-01": "a company's smart-city exhibit at a trade fair, no county",
    "20200116-10-01": "a high-tech district's finance scheme, no county or village",
    "20200123-10-01": "a high-tech district's talent-valuation platform, no county or village",
    "20200218-14-02": "multi-province round-up (小康路上·绿色力量)",
    "20200527-14-10": "a company feature (蒙牛)",
    "20190211-13-01": "three-province round-up (社会治理在身边)",
    "20200204-13-01": "province-wide feature on urban workers, no county",
    "20200511-04-03": "a national adviser's profile (代表委员履职故事)",
    "20200527-05-02": "a prefecture city's economy feature (广州), no county",
    "20200527-15-01": "a prefecture city's industry feature (青岛), no county",
    "20190228-12-05": "a contest notice (公告), not a report",
    "20191023-15-01": "a Beijing science forum (中关村论坛), not rural",
    "20200228-07-07": "a company's stock listing (华润微电子)",
    "20200524-18-01": "a prefecture city's development feature (烟台), no county",
}
DROPPED_BEFORE10 = frozenset(DROPPED)
DROPPED.update(DROPPED10)
# dev9 / blind11 pass (judged by title and first lines; blind rows never opened further); kept apart like DROPPED10
DROPPED11: dict[str, str] = {
    "20191015-19-01": "a high-tech development zone's feature (乌鲁木齐高新区), no county or village",
    "20191028-05-06": "a commentary column on a village doctor (暖闻热评)",
    "20191030-09-04": "a signed commentary on a prefecture city's economy (治理之道 column, 上海)",
    "20200214-06-05": "round-up of three or more places on community epidemic control",
    "20200519-07-07": "an international trade fair in a prefecture city (廊坊), no county",
    "20190215-12-01": "round-up of Beijing's rural cultural facilities, many villages",
    "20190228-16-03": "round-up of messages from several people and places (群众寄语)",
    "20191015-01-05": "province-wide 5G feature (湖北), no county",
    "20200109-10-01": "a special co-operation zone (深汕), no county or village",
    "20200113-12-03": "a prefecture city's industry alliance notice (重庆), no county or village",
    "20200221-18-01": "multi-province round-up of spring farming",
    "20200527-10-06": "a mayor's remarks as a deputy (两会 column), no county",
    "20191021-11-01": "a Beijing science forum (中关村论坛), not rural",
    "20190225-04-03": "a deputy's profile column (我当代表这一年), like DROPPED10's adviser profile",
    "20200106-05-02": "an official's signed commentary (声音 column)",
    "20200217-11-03": "an economic new area (兰州新区), no county or village",
    "20200221-05-05": "a commentary column (暖闻热评)",
    "20200223-06-03": "round-up of army units in the epidemic (军营之声), many places",
    "20200524-17-01": "a developer's industrial-new-town advertorial (固安产业新城), a company feature",
    "20190211-07-02": "an urban antique-style street in a prefecture city (成都), not rural",
    "20191014-18-01": "a trade-fair advertisement, not a report",
    "20200207-07-01": "round-up of three or more places on community epidemic control",
    "20200512-06-05": "national ministries' notice",
    "20190216-06-02": "a prefecture city's green-industry feature (湖州), no county",
    "20190225-07-02": "readers' suggestions column (建议), urban",
    "20191015-03-11": "national statistics on digital-TV standards",
    "20200209-02-01": "round-up of medical workers in many places",
    "20190221-15-01": "a national Winter Olympics plan (北京), not rural",
    "20190222-04-03": "a deputy's profile column (我当代表这一年), a development zone",
    "20200114-04-07": "a prefecture city's campaign feature (泰州), urban",
    "20200228-07-02": "province-wide feature on firms resuming work (陕西)",
    "20191010-18-03": "a high-tech development zone's feature (中山火炬), no county or village",
    "20200527-12-02": "deputies' remarks column (发言席, 两会)",
    "20190228-17-01": "a prefecture city's industrial-park feature (苏州), no county or village",
    "20200116-10-06": "a city's fintech-centre plan (上海), a notice, not rural",
    "20191010-06-01": "a prefecture city's land-use feature (深圳), no county",
}
DROPPED_BEFORE11 = frozenset(DROPPED)
DROPPED.update(DROPPED11)
# blind12 pass (judged by title and first lines; blind rows never opened further); kept apart like DROPPED11
DROPPED12: dict[str, str] = {
    "20190203-05-03": "a university's teaching feature (武汉东湖学院), no county or village",
    "20190206-02-02": "national big-data feature on Spring Festival consumption",
    "20190226-16-03": "a prefecture city's co-operation feature (唐山), no county",
    "20190227-13-01": "a prefecture city's waste-sorting feature (三亚), no county",
    "20191018-01-02": "a Beijing science forum (中关村论坛), not rural",
    "20200107-07-02": "a prefecture city's opening-up feature (日照), no county",
    "20200218-13-01": "round-up of three community cadres in different cities",
    "20200525-14-03": "deputies' remarks column (发言席, 两会)",
    "20200526-06-05": "a company feature (京东数科)",
    "20191006-02-05": "a municipality's reading campaign (天津), no county",
    "20191009-04-05": "a retired officer's profile in a prefecture city (岳阳), no county or village",
    "20191017-03-01": "a national leader's province tour",
    "20200128-04-02": "round-up of three villages in three provinces (新春走基层, by its section headings)",
    "20200506-15-10": "a martyr's profile working across a whole prefecture (迪庆), no single county",
    "20200513-03-01": "a trade zone in Egypt, abroad",
    "20200520-15-01": "a prefecture city's development feature (沈阳), no county",
    "20200524-08-01": "a company feature (茅台集团)",
    "20191004-07-01": "round-up of three places by three reporters (美丽中国, by its section headings)",
    "20191016-10-04": "bank advertorial (紫金农商银行)",
    "20191017-15-01": "a developer's conference advertorial (融创), a company feature",
    "20200214-15-04": "a high-tech zone's recruitment notice (招贤榜), not a report",
    "20200507-05-05": "a first-person essay column (中国道路中国梦)",
    "20190218-08-02": "a prefecture city's green-industry feature (宜昌), no county",
    "20190219-03-01": "a China-Egypt industrial new town, abroad",
    "20190220-06-03": "a national deputy's profile (代表委员履职故事), like DROPPED10's adviser profile",
    "20200113-04-01": "national discipline-inspection round-up",
    "20191026-01-02": "a national leader's meeting (中央政治局集体学习)",
}
DROPPED_BEFORE12 = frozenset(DROPPED)
DROPPED.update(DROPPED12)
# blind13 pass (judged by title and first lines; blind rows never opened further); kept apart like DROPPED12
DROPPED13: dict[str, str] = {
    "20190212-14-01": "a prefecture city's wetland feature (常德), no county",
    "20190203-01-04": "a national leader's province tour",
    "20200114-08-04": "region-wide free-trade-zone policy (广西), no county",
    "20191009-16-01": "a prefecture city's ecology feature (张家口), no county",
    "20200115-14-03": "a prefecture city's state-firm reform feature (成都), no county",
    "20191017-07-02": "a Beijing science forum (中关村论坛), not rural",
    "20200118-03-06": "national State Council notice on national new areas",
    "20200108-20-01": "a first-person literary essay (新时代之光), like DROPPED12's essay column",
    "20191028-14-01": "a prefecture city's elder-care feature (广州), urban, no county",
    "20200523-19-01": "a free-trade zone in Shenzhen (前海蛇口), no county or village",
    "20190215-15-02": "a sports column (体坛观澜), many places",
    "20191030-02-02": "national feature on blockchain",
    "20200113-15-02": "a sports column (体坛观澜), province-wide",
    "20191014-19-01": "an economic development zone (洋浦), no county or village",
    "20200114-10-03": "an economic new area (浦东新区), urban, no county or village",
    "20190204-04-04": "round-up of three villages in three provinces (新春走基层, by its section headings)",
    "20200109-13-04": "province-wide rural-road statistics (广东)",
    "20200211-06-04": "province-wide accountability notice (湖北)",
    "20200527-11-02": "deputies' remarks column (建言, 两会)",
    "20190206-08-01": "a first-person literary essay (走在乡间路上)",
    "20190212-05-02": "an official's signed commentary (声音 column)",
    "20191017-04-01": "region-wide poverty feature (西藏), no single county",
    "20191031-15-03": "experts' column on elder care (专家谈养老), national",
    "20200221-18-02": "a prefecture city's fruit-industry feature (运城), no single county",
    "20200228-06-01": "a municipality's work-resumption feature (天津), no county",
    "20191015-11-03": "a prefecture city's talent policy (银川), no county",
    "20200116-10-05": "an industrial-park alliance meeting in a provincial capital (成都), no county",
    "20200527-06-01": "a prefecture city's feature (东莞), no county",
    "20200528-18-01": "a prefecture city's feature (梧州), no county",
    "20191021-19-01": "a municipal research academy's scientist profile (重庆市畜牧科学院), no single county",
    "20200210-20-03": "a first-person literary essay on the supplement page (丁家山的灯光)",
    "20191011-02-02": "national notice on industry-education pilots",
    "20191011-02-06": "a border port's trade zone (巴克图口岸), no county or village",
}
DROPPED_BEFORE13 = frozenset(DROPPED)
DROPPED.update(DROPPED13)


def cjk_count(text: str) -> int:
    """Return the number of CJK unified ideographs in ``text``."""
    return sum("\u4e00" <= ch <= "\u9fff" for ch in text)


def province(article: dict) -> str | None:
    """Return the first province named in the title, else in the text, or None."""
    for field in ("title", "text"):
        hits = [(article[field].find(p), p) for p in PROVINCES if p in article[field]]
        if hits:
            return min(hits)[1]
    return None


def candidates(path: Path, wide: bool = False) -> list[dict]:
    """Return the articles that pass the keyword and length filter, in file order.

    ``wide`` lowers the bounds for dev6/blind6: 400-2,000 CJK characters and two keyword hits.
    """
    low, hits = (400, 2) if wide else (500, 3)
    out = []
    for a in _month_articles(path):
        n, k = cjk_count(a["text"]), len(TOPIC.findall(a["text"]))
        if not low <= n <= 2000 or not TITLE_PLACE.search(a["title"]) or k < hits:
            continue
        if "平遥" in a["title"] + a["text"] or COLUMNS.search(a["title"]):
            continue
        a["cjk"], a["hits"], a["province"] = n, k, province(a)
        if a["province"]:
            out.append(a)
    return out


def _month_articles(path: Path) -> Iterator[dict]:
    """Yield the crawl's articles of ``MONTHS`` that are not entities-dev reports, in file order."""
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            if a["id"] not in ENTITIES_DEV and a["date"][:7] in MONTHS:
                yield a


def _places7(article: dict) -> bool:
    """Return True if the title or the first sentence names a county, township, village or county-level city."""
    first = FIRST_SENTENCE.match(article["text"].lstrip("\u3000 \n")).group()
    return any(rx.search(field) for rx in (TITLE_PLACE, CITY_PLACE) for field in (article["title"], first))


def candidates7(path: Path, governance: bool = True) -> list[dict]:
    """Return the articles of the dev7/blind7 filter, in file order.

    300-2,500 CJK characters, a place in the title or the first sentence (``_places7``), two keyword hits and,
    with ``governance`` (the selection), three ``GOVERNANCE`` hits; without it, the gold pool's superset.
    """
    out = []
    for a in _month_articles(path):
        n, k = cjk_count(a["text"]), len(TOPIC.findall(a["text"]))
        if not 300 <= n <= 2500 or k < 2 or not _places7(a):
            continue
        if governance and len(GOVERNANCE.findall(a["text"])) < 3:
            continue
        if "平遥" in a["title"] + a["text"] or COLUMNS.search(a["title"]) or COLUMNS7.search(a["title"]):
            continue
        a["cjk"], a["hits"], a["province"] = n, k, province(a)
        if a["province"]:
            out.append(a)
    return out


def pick(pool: list[dict], quota: tuple[int, ...], early: bool | None) -> list[dict]:
    """Take reports from ``pool`` in order: ``quota`` per month, one per province.

    ``early`` True takes days 1-15 only, False days 16-31 only, None any day.

    A month short of reports is filled from the other months of the same half; the result is sorted by id.
    """
    used: set[str] = set()
    picked = []
    for month, k in zip(MONTHS, quota):
        got = 0
        for a in pool:
            if got == k:
                break
            if a["date"][:7] != month or (early is not None and (int(a["date"][8:]) <= 15) != early):
                continue
            if a["id"] in DROPPED or a["province"] in used:
                continue
            used.add(a["province"])
            picked.append(a)
            got += 1
    for a in pool:  # a month short of reports: fill from the other months of the same half
        if len(picked) == sum(quota):
            break
        ok = a["date"][:7] in MONTHS and (early is None or (int(a["date"][8:]) <= 15) == early)
        if ok and a not in picked and a["id"] not in DROPPED and a["province"] not in used:
            used.add(a["province"])
            picked.append(a)
    return sorted(picked, key=lambda a: a["id"])


def pick_any(pool: list[dict], k: int) -> list[dict]:
    """Take ``k`` reports from ``pool`` in order, any month, one per province; the result is sorted by id."""
    used: set[str] = set()
    picked = []
    for a in pool:
        if len(picked) == k:
            break
        if a["id"] in DROPPED or a["province"] in used:
            continue
        used.add(a["province"])
        picked.append(a)
    return sorted(picked, key=lambda a: a["id"])


def pool10(path: Path, taken: set[str], pool_ids: set[str],
           earlier: frozenset[str] = DROPPED_BEFORE10) -> list[dict]:
    """Return blind10's pool, sorted by id: articles of ``pool_ids`` passing either widened filter without the
    governance condition, not in ``taken`` and not dropped in an earlier pass (``earlier``).

    A pass's own drops (``DROPPED10``, and for dev9/blind11 ``DROPPED11`` with ``earlier=DROPPED_BEFORE11``) and
    later passes' drops stay in and ``pick_any`` skips them, so a drop does not reshuffle the rest.
    """
    found = {a["id"]: a for a in candidates(path, wide=True) + candidates7(path, governance=False)}
    return [found[i] for i in sorted(found) if i in pool_ids and i not in taken and i not in earlier]


def select(path: Path) -> list[tuple[str, str, dict]]:
    """Return ``(set, stem, article)`` rows for dev4 to blind13 (dev4, blind4, ..., blind10, dev9, blind11, blind12,
    blind13)."""
    wide = candidates(path, wide=True)
    pool = [a for a in wide if a["cjk"] >= 500 and a["hits"] >= 3]  # the filter of dev4 to blind5, file order
    shuffled = list(pool)
    random.Random(SEED).shuffle(shuffled)
    rows: list[tuple[str, str, dict]] = []
    for name, prefix, early, quota in (("dev4", "d4", True, DEV_PER_MONTH), ("blind4", "b4", False, BLIND_PER_MONTH)):
        rows += [(name, f"{prefix}_{i:02d}", a) for i, a in enumerate(pick(shuffled, quota, early), 1)]
    taken = {a["id"] for _, _, a in rows}
    rest = [a for a in pool if a["id"] not in taken]
    random.Random(SEED5).shuffle(rest)
    for name, prefix, quota in (("dev5", "d5", DEV5_PER_MONTH), ("blind5", "b5", BLIND5_PER_MONTH)):
        got = pick(rest, quota, None)
        rows += [(name, f"{prefix}_{i:02d}", a) for i, a in enumerate(got, 1)]
        rest = [a for a in rest if a not in got]
    taken = {a["id"] for _, _, a in rows}
    rest = [a for a in wide if a["id"] not in taken]
    random.Random(SEED6).shuffle(rest)
    for name, prefix, k in (("dev6", "d6", DEV6_SIZE), ("blind6", "b6", BLIND6_SIZE)):
        got = pick_any(rest, k)
        rows += [(name, f"{prefix}_{i:02d}", a) for i, a in enumerate(got, 1)]
        rest = [a for a in rest if a not in got]
    pool7 = candidates7(path)
    for seed, sets in ((SEED7, (("dev7", "d7", DEV7_SIZE), ("blind7", "b7", BLIND7_SIZE))),
                       (SEED8, (("dev8", "d8", DEV8_SIZE), ("blind8", "b8", BLIND8_SIZE))),
                       (SEED9, (("blind9", "b9", BLIND9_SIZE),))):
        taken = {a["id"] for _, _, a in rows}
        rest = [a for a in pool7 if a["id"] not in taken]
        random.Random(seed).shuffle(rest)
        for name, prefix, k in sets:
            got = pick_any(rest, k)
            rows += [(name, f"{prefix}_{i:02d}", a) for i, a in enumerate(got, 1)]
            rest = [a for a in rest if a not in got]
    pool_ids = set(GOLD_POOL.read_text(encoding="utf-8").split())
    rest = pool10(path, {a["id"] for _, _, a in rows}, pool_ids)
    random.Random(SEED10).shuffle(rest)
    rows += [("blind10", f"b10_{i:02d}", a) for i, a in enumerate(pick_any(rest, BLIND10_SIZE), 1)]
    rest = pool10(path, {a["id"] for _, _, a in rows}, pool_ids, earlier=DROPPED_BEFORE11)
    random.Random(SEED11).shuffle(rest)
    for name, prefix, k in (("dev9", "d9", DEV9_SIZE), ("blind11", "b11", BLIND11_SIZE)):
        got = pick_any(rest, k)
        rows += [(name, f"{prefix}_{i:02d}", a) for i, a in enumerate(got, 1)]
        rest = [a for a in rest if a not in got]
    rest = pool10(path, {a["id"] for _, _, a in rows}, pool_ids, earlier=DROPPED_BEFORE12)
    random.Random(SEED12).shuffle(rest)
    rows += [("blind12", f"b12_{i:02d}", a) for i, a in enumerate(pick_any(rest, BLIND12_SIZE), 1)]
    rest = pool10(path, {a["id"] for _, _, a in rows}, pool_ids, earlier=DROPPED_BEFORE13)
    random.Random(SEED13).shuffle(rest)
    rows += [("blind13", f"b13_{i:02d}", a) for i, a in enumerate(pick_any(rest, BLIND13_SIZE), 1)]
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print the selection."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=None, help="shared data folder (default ../shared)")
    ap.add_argument("--set", choices=("dev4", "blind4", "dev5", "blind5", "dev6", "blind6", "dev7", "blind7", "dev8", "blind8",
                                           "blind9", "blind10", "dev9", "blind11", "blind12", "blind13"),
                    default="dev4", help="which set to print")
    ap.add_argument("--manifest", type=Path, default=None, help="also write the set's manifest.tsv into this folder")
    ap.add_argument("--pool-ids", type=Path, default=None,
                    help="write the ids of every article a gold set can be drawn from (training/gold_pool_ids.txt) and stop")
    args = ap.parse_args(argv)
    shared = args.shared or default_shared()
    if args.pool_ids:
        ids = sorted({a["id"] for a in candidates(shared / CORPUS, wide=True)}
                     | {a["id"] for a in candidates7(shared / CORPUS, governance=False)} | ENTITIES_DEV)
        head = ("# ids of every People's Daily 2019-2020 article a gold set can be drawn from (the candidates of both\n"
                "# widened selection filters, dev6's and dev7's without its governance condition, and the\n"
                "# entities-dev reports); training/crawl.py skips them. Written by\n"
                "# python benchmarks/gold_select.py --pool-ids training/gold_pool_ids.txt\n")
        args.pool_ids.write_text(head + "\n".join(ids) + "\n", encoding="utf-8")
        return 0
    rows = [(stem, a) for name, stem, a in select(shared / CORPUS) if name == args.set]
    for stem, a in rows:
        title = a["title"].replace("\n", " / ")
        print(f"{args.set}\t{stem}\t{a['id']}\t{a['date']}\t{a['province']}\t{a['cjk']}\t{title}")
    if args.manifest:
        args.manifest.mkdir(parents=True, exist_ok=True)
        lines = ["stem\tid\tdate\tprovince\tcjk"]
        lines += [f"{s}\t{a['id']}\t{a['date']}\t{a['province']}\t{a['cjk']}" for s, a in rows]
        (args.manifest / "manifest.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
