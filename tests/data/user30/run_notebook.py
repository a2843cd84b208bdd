"""The persona's notebook session: notebooks/05_your_own_corpus.ipynb with MY_PAGES set to this folder's pages
(run in a temporary copy, nothing written to the repository); each cell timed; errors listed."""
import json, os, sys, time, tempfile, nbformat
from nbclient import NotebookClient
here = os.path.dirname(os.path.abspath(__file__))
nb = nbformat.read(os.path.join(here, "../../../notebooks/05_your_own_corpus.ipynb"), as_version=4)
for c in nb.cells:
    if c.cell_type == "code" and "MY_PAGES = None" in c.source:
        c.source = c.source.replace("MY_PAGES = None", f"MY_PAGES = {os.path.join(here, 'pages')!r}")
work = tempfile.mkdtemp(prefix="user30_nb_")
client = NotebookClient(nb, timeout=900, kernel_name="python3", allow_errors=True, resources={"metadata": {"path": work}})
t = time.time(); client.execute(); total = time.time() - t
rows = []
for i, c in enumerate(nb.cells):
    if c.cell_type != "code":
        continue
    errs = [o for o in c.get("outputs", []) if o.get("output_type") == "error"]
    warn = [o.get("text", "")[:200] for o in c.get("outputs", []) if o.get("name") == "stderr"]
    rows.append(dict(cell=i, first_line=c.source.splitlines()[0][:70] if c.source else "", error=(errs[0]["ename"] + ": " + errs[0]["evalue"][:200]) if errs else "", stderr=" | ".join(warn)[:300]))
os.makedirs(os.path.join(here, "out"), exist_ok=True)
json.dump(dict(total_seconds=round(total, 1), cells=rows), open(os.path.join(here, "out/notebook05.json"), "w"), ensure_ascii=False, indent=1)
print("total", round(total, 1), "s;", sum(1 for r in rows if r["error"]), "cells with errors")
for r in rows:
    if r["error"] or r["stderr"]:
        print(r)
