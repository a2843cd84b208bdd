"""Score the library's output (out/*.csv from run_library.py) against truth.json (user29, 高州日报). -v lists misses."""
import json, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import userscore as us  # noqa: E402  (tests/data/userscore.py: the scoring the user folders share)

T = json.load(open("truth.json"))
pages = {p["issue"]: p for p in T["pages"]}
res = {}
us.score_issues(T, pages, us.read_out("issues"), res)
art_miss, by_miss = us.score_articles(T, pages, us.read_out("articles"), res)
ents = us.read_out("entities")
# the paper's own name in its running heads is furniture, not annotated in the truth
ents = ents[~((ents.part == "masthead") & (ents.text == T["paper"]))]
ent_table, ent_err = us.score_entities(pages, ents)
sl = us.read_out("slogans")
sl_err = us.score_slogans(T, pages, us.read_out("page_slogans"), sl, res)
mp = us.load_make_pages()
printed_of = us.printed_forms(mp.FORMULA_SENT)
printed_of["人居环境整治"].add("农村人居环境整治")  # the pages print 扎实推进农村人居环境整治: the longer name is right
fy_rows, cs_rows = us.score_years(T, sl, printed_of, res)
pl_err, pl_fp = us.score_places(pages, us.read_out("place_mentions"), res)
# campaign reach: (formula or marked slogan, place) pairs over articles, window="article"
alias, key_of = us.formula_key(sl, printed_of)
reach_fp, reach_fn = us.score_reach(T, us.read_out("slogan_place_cooc"), alias, key_of, res)

us.print_report(res, ent_table, fy_rows, cs_rows)
if "-v" in sys.argv:
    us.print_misses(art_miss, sl_err, reach_fp, reach_fn, pl_err, pl_fp, by_miss, ent_err)
