"""Score the library's output (out/*.csv from run_library.py) against truth.json (user31b, 龙胜通讯/龙胜报/龙胜融媒, 龙胜各族自治县 450328). -v lists misses."""
import json, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import userscore as us  # noqa: E402  (tests/data/userscore.py: the scoring the user folders share)

T = json.load(open("truth.json"))
pages = {p["issue"]: p for p in T["pages"]}
res = {}
us.score_issues(T, pages, us.read_out("issues"), res, papers=True)
art_miss, by_miss = us.score_articles(T, pages, us.read_out("articles"), res)
ents = us.read_out("entities")
ents = ents[~ents.text.isin(T["papers"])]  # the paper's names (masthead, running heads) are not annotated in the truth
ent_table, ent_err = us.score_entities(pages, ents)
sl = us.read_out("slogans")
sl_err = us.score_slogans(T, pages, us.read_out("page_slogans"), sl, res)
printed_of = us.printed_forms(us.load_make_pages().FORMULA_SENT)
fy_rows, cs_rows = us.score_years(T, sl, printed_of, res)
pl_err, pl_fp = us.score_places(pages, us.read_out("place_mentions"), res, skip_uncoded=True)  # 地灵村: a namesake the page leaves open
alias, key_of = us.formula_key(sl, printed_of)
reach_fp, reach_fn = us.score_reach(T, us.read_out("slogan_place_cooc"), alias, key_of, res)

us.print_report(res, ent_table, fy_rows, cs_rows)
if "-v" in sys.argv:
    us.print_misses(art_miss, sl_err, reach_fp, reach_fn, pl_err, pl_fp, by_miss, ent_err)
