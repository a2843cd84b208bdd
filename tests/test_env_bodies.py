"""Bodies, plants and projects of environmental reporting (env_bodies, user35)."""

import corpus_tools as ct


def _ents(text, county="320831"):
    return [(e.text, e.label) for e in ct.find_entities(text, county_code=county)]


def test_a_reformed_county_bureau_keeps_its_city():
    assert ("淮安市盱眙生态环境局", "ORG") in _ents("淮安市盱眙生态环境局昨日通报了检查结果。", "320830")


def test_a_city_bureau_of_another_city_stays_apart():
    got = _ents("扬州市金湖生态环境局")  # 金湖 is no county of 扬州市
    assert ("扬州市金湖生态环境局", "ORG") not in got


def test_inspection_teams():
    got = set(_ents("中央第二生态环境保护督察组交办的问题已整改，省环境保护督察组进行了回访。"))
    assert {("中央第二生态环境保护督察组", "ORG"), ("省环境保护督察组", "ORG")} <= got


def test_a_township_before_a_trade_named_firm():
    got = _ents("执法人员发现，前锋镇恒昌化工厂夜间偷排废水。")
    assert ("前锋镇", "TOWNSHIP") in got and ("恒昌化工厂", "ORG") in got


def test_plants_are_facilities():
    got = set(_ents("管网建成后，尾水接入金湖县污水处理厂；戴楼污水处理厂同步扩容。"))
    assert ("金湖县污水处理厂", "FAC") in got and ("戴楼污水处理厂", "FAC") in got
    assert not [n for n, lab in got if "接入" in n]


def test_a_station_or_corridor_on_a_water():
    got = set(_ents("白马湖水质自动监测站数据显示，利农河生态廊道已建成。"))
    assert {("白马湖水质自动监测站", "FAC"), ("利农河生态廊道", "FAC")} <= got


def test_projects_on_a_plant_and_a_basin():
    assert ("城北污水处理厂二期工程", "PROJECT") in _ents("城北污水处理厂二期工程日前开工。")
    assert ("长江流域重点水域禁捕退捕行动", "PROJECT") in _ents("渔政大队开展长江流域重点水域禁捕退捕行动。")


def test_a_named_days_main_event():
    assert ("世界环境日淮安主场活动", "EVENT") in _ents("2022年世界环境日淮安主场活动在市民广场举行。")


def test_a_park_after_a_flow_verb():
    assert ("桃花岛湿地公园", "FAC") in _ents("配套建设管网12公里，尾水接入桃花岛湿地公园。")


def test_a_zone_that_builds_a_project():
    got = _ents("盱眙经济开发区建设屋顶光伏发电项目日前并网。", "320830")
    assert ("盱眙经济开发区", "FAC") in got and ("屋顶光伏发电项目", "PROJECT") in got
