"""Print two 颍上报 pages as PDF with matplotlib's PDF backend (not reportlab), as a user would
have them from the paper's e-paper site: masthead, date line, titles large, body small, two columns.
Run after make_pages.py: python make_pdf.py  (turns yingshang/ys07.txt, ys08.txt into .pdf)."""
import pathlib, matplotlib
matplotlib.use("pdf")
matplotlib.rcParams["pdf.fonttype"] = 42
import matplotlib.pyplot as plt
from matplotlib.font_manager import FontProperties
import corpus_tools
FONT = pathlib.Path(corpus_tools.__file__).parent / "data/fonts/CorpusToolsSansSC-Regular.otf"
HERE = pathlib.Path(__file__).parent

def page_pdf(txt: pathlib.Path) -> None:
    lines = txt.read_text(encoding="utf-8").splitlines()
    fp = lambda s: FontProperties(fname=str(FONT), size=s)
    fig = plt.figure(figsize=(8.27, 11.69))
    fig.text(0.5, 0.96, "颍上报", fontproperties=fp(30), ha="center", va="top")
    fig.text(0.5, 0.905, lines[0].replace("颍上报", "").strip("　"), fontproperties=fp(10), ha="center")
    # articles: blocks separated by blank lines, the first line the title
    blocks, cur = [], []
    for ln in lines[3:]:
        if not ln.strip():
            if cur: blocks.append(cur); cur = []
        else:
            cur.append(ln)
    if cur: blocks.append(cur)
    foot = [b for b in blocks if b[0].startswith("责任编辑")]
    blocks = [b for b in blocks if b not in foot and "　" + "颍上报" not in b[0]]
    half = (len(blocks) + 1) // 2
    for col, part in enumerate([blocks[:half], blocks[half:]]):
        x, y = 0.06 + col * 0.47, 0.87
        for b in part:
            fig.text(x, y, b[0], fontproperties=fp(13), va="top"); y -= 0.026
            for ln in b[1:]:
                fig.text(x, y, ln, fontproperties=fp(9), va="top"); y -= 0.016
            y -= 0.015
    for b in foot:
        fig.text(0.06, 0.03, b[0], fontproperties=fp(8))
    fig.savefig(txt.with_suffix(".pdf")); plt.close(fig)
    txt.unlink()

for name in ["ys07.txt", "ys08.txt"]:
    page_pdf(HERE / "yingshang" / name)
