"""Articles exactly bounded: my page format has one blank line between articles and none inside, so the
expected title, byline and body are known from the page. usage: python score_bodies.py [PAGES_DIR]"""
import pathlib, sys, re
import corpus_tools as ct

pages = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent / "pages")
corpus = ct.read_corpus(pages)
n = titles = bodies = 0
for issue in corpus.issues:
    text = (pages / f"{issue.id}.txt").read_text(encoding="utf-8")
    blocks = [b.splitlines() for b in text.split("\n\n")[1:] if b.strip()]
    got = {a.title: a for a in issue.articles}
    for b in blocks:
        n += 1
        title, rest = b[0], b[1:]
        if rest and re.match(r"^(本报记者|通讯员|记者) ", rest[0]):
            rest = rest[1:]
        body = "".join(l.strip() for l in rest)
        a = got.get(title)
        titles += a is not None
        ok = a is not None and re.sub(r"\s", "", a.body) == re.sub(r"\s", "", body)
        bodies += ok
        if a is not None and not ok:
            print("body differs:", issue.id, title)
print(f"articles {n}: titles {titles}, bodies exact {bodies}")
