"""A county's own counting formula quoted issue after issue (corpus_tools.slogans.detect.recurring_numbered,
slogans.recurrence.QUOTED_MIN_DAYS), and the user's formula lexicon in the marked layer (source ``both``)."""

from __future__ import annotations

import pandas as pd

from corpus_tools.loaders import read_corpus
from corpus_tools.slogans import extract_slogans, find_slogans
from corpus_tools.slogans.detect import recurring_numbered
from corpus_tools.slogans.formulae import load_formula_lexicon

# invented pages of 弥渡报 (real townships of 弥渡县): the county's own formula “四美庭院” (one number, then a
# head 院 that also ends venue names such as 两乡馆, 三线厂) on three days; a museum quoted once
_PAGES = {
    "2024-03-05": "弥渡报\n2024年3月5日 星期二 第1版\n\n弥城镇推进“四美庭院”创建\n"
                  "　　本报讯 弥城镇以“四美庭院”创建为抓手，引导农户清理房前屋后。\n",
    "2024-04-10": "弥渡报\n2024年4月10日 星期三 第2版\n\n密祉镇：庭院变花园\n"
                  "　　本报讯 密祉镇今年新评出“四美庭院”120户，带动全镇人居环境整治。\n",
    "2024-05-16": "弥渡报\n2024年5月16日 星期四 第2版\n\n寅街镇文化活动丰富\n"
                  "　　本报讯 寅街镇在“四美庭院”示范户家中开设农家书屋，并组织群众参观“两乡馆”。\n",
}


def _corpus(pages=_PAGES):
    return read_corpus(pd.DataFrame({"issue_id": list(pages), "date": list(pages), "text": list(pages.values())}))


def test_recurring_numbered_counts_days_not_mentions():
    days = [("d1", "打造“四美庭院”，建设“四美庭院”。"), ("d1", "“两乡馆”开馆")]
    assert recurring_numbered(days) == frozenset()                 # one day, however many mentions
    assert recurring_numbered([*days, ("d2", "评选“四美庭院”")]) == frozenset({"四美庭院"})
    assert recurring_numbered([("d1", "四美庭院"), ("d2", "四美庭院")]) == frozenset()   # never quoted
    assert recurring_numbered([("d1", "“乡村振兴”"), ("d2", "“乡村振兴”")]) == frozenset()  # no count


def test_a_counting_formula_quoted_on_several_days_is_a_marked_slogan():
    # on one page its form reads as a venue's name, as it did before corpus recurrence
    assert find_slogans("弥城镇以“四美庭院”创建为抓手。") == []
    for decision in (None, False):
        df = extract_slogans(_corpus(), decision=decision).set_index("text")
        row = df.loc["四美庭院"]
        assert (row["kind"], row["source"], row["n_issues"]) == ("numbered", "marked", 3)
        assert "两乡馆" not in df.index                             # quoted on one day: still a venue


def test_one_day_is_not_enough():
    one = {k: v for k, v in _PAGES.items() if k == "2024-03-05"}
    assert "四美庭院" not in set(extract_slogans(_corpus(one))["text"])


def test_a_users_formula_the_paper_quotes_is_both():
    one = {k: v for k, v in _PAGES.items() if k == "2024-03-05"}
    mine = load_formula_lexicon(extra=[{"text": "四美庭院", "kind": "numbered", "level": "county", "year": 2023}])
    row = extract_slogans(_corpus(one), formulae=mine).set_index("text").loc["四美庭院"]
    assert (row["source"], row["kind"], row["count"]) == ("both", "numbered", 2)


def test_festivals_and_places_stay_names_however_often_quoted():
    pages = {"2024-03-05": "弥城镇举办“三月三歌会节”，游客参观“十八洞村”。",
             "2024-04-10": "密祉镇借“三月三歌会节”推介花灯，组织干部到“十八洞村”学习。"}
    texts = set(extract_slogans(_corpus(pages), layers=("marked",))["text"])
    assert not texts & {"三月三歌会节", "十八洞村"}


# invented pages of 临海日报: the city's dotted motto quoted without a frame on two days, a dotted show title on two
_DOTTED = {
    "2024-03-05": "临海日报\n2024年3月5日 星期二 第1版\n\n古城民宿迎客来\n"
                  "　　本报讯 村里还借助“山水临海·共富先行”这块金字招牌，发展民宿和农家乐。\n"
                  "　　“江南长城·千年台州”文艺演出当晚在古城上演。\n",
    "2024-04-10": "临海日报\n2024年4月10日 星期三 第2版\n\n杜桥镇：眼镜产业添活力\n"
                  "　　本报讯 如今，“山水临海·共富先行”的牌子挂到了村口。\n"
                  "　　“江南长城·千年台州”文艺演出走进杜桥镇。\n",
}


def test_a_dotted_motto_quoted_on_two_days_is_the_papers_own_motto():
    assert recurring_numbered(list(_DOTTED.items())) == frozenset({"山水临海·共富先行", "江南长城·千年台州"})
    assert find_slogans(_DOTTED["2024-03-05"], formulae=False) == []          # one page: no frame
    found = extract_slogans(_corpus(_DOTTED), formulae=False)
    assert found["text"].tolist() == ["山水临海·共富先行"]                     # the show's title stays a title
