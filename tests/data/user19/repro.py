"""user19's repro of the findings in /work/notes/user19.md, on the hand-written pages only.

PYTHONPATH=/work/wt/user19 python tests/data/user19/repro.py
"""
import glob, tempfile, warnings
from pathlib import Path
import corpus_tools as ct

HERE = Path(__file__).parent
warnings.simplefilter("ignore")

# [finding 4] the symlinked sub-folder pages/2023 is not read, with no word about it (pattern "**/*.txt" too)
c = ct.read_corpus(HERE / "pages", pattern="**/*.txt", errors="skip")
print("1. issues read from pages/ with **/*.txt:", len(c.issues), "(10 pages, 1 undecodable, 4 under the symlink 2023/)")

files = sorted(glob.glob(str(HERE / "pages/*.txt")) + glob.glob(str(HERE / "extra_2023/*.txt")))
# [finding 7] one stray byte loses the whole page (no errors='replace')
try:
    ct.read_corpus(files)
except ct.CorpusReadError as e:
    print("2.", e)
corpus = ct.read_corpus(files, errors="skip")

# [finding 2] the county's own quoted numbered formula “五美乡村” (7 quoted mentions, 5 issues) is never found
print("3. find_slogans:", ct.find_slogans("推动“五美乡村”提质扩面。"))
st = ct.extract_slogans(corpus)
print("   五美乡村 in slogan table:", (st.text == "五美乡村").any())

# [finding 3] 文旅兴县 of the county slogan is tagged GPE 兴县 (Shanxi, 141123)
e = ct.extract_entities(corpus)
print("4.", e[e.norm == "兴县"][["issue_id", "text", "label", "admin_code"]].to_string())

# [finding 10] 新市镇 on a page whose county is inferred as 攸县 is not linked (it is with county="攸县")
print("5.", e[e.norm == "新市镇"][["issue_id", "label", "admin_code"]].to_string())

# [finding 9] plot_trends does not take slogan_trends output: TypeError from deep inside
try:
    ct.plot_trends(ct.slogan_trends(corpus, by="year"))
except Exception as x:
    print("6.", type(x).__name__, x)

# [finding 1] a page of 今日攸县 (masthead names the county) reporting on another county gets that county
page = ("今日攸县\n2021年7月8日 星期四 第3版\n\n东阳湖溪镇：擂台比武促发展\n\n"
        "　　本报讯 浙江省东阳市湖溪镇近日举办\n项目擂台赛，各村比项目、比进度。\n")
d = Path(tempfile.mkdtemp()); (d / "2021-07-08_第3版.txt").write_text(page, encoding="utf-8")
print("7.", ct.read_corpus(d, county=None).issues_frame()[["paper", "county", "county_source"]].to_string())

# [finding 5] bylines of headline-after articles go to the article above
i = [x for x in corpus.issues if x.id == "2022-11-04_第1版"][0]
print("8.", [(a.title, a.byline) for a in i.articles])
