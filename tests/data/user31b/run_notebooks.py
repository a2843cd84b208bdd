"""The persona runs the example notebooks 01-05 on her own folder, changing only the path:
`corpus = ct.load_seeds()` -> `corpus = ct.read_corpus("<her folder>")`, and in 05 `MY_PAGES = None` -> her folder.
Every cell runs (allow_errors); out/notebooks/ keeps the executed copies, out/notebook_cells.csv each cell's errors/warnings."""
import os, sys, time, json, re
import nbformat, pandas as pd
from nbclient import NotebookClient

HERE = os.path.dirname(os.path.abspath(__file__)); PAGES = os.path.join(HERE, "pages")
NB = os.path.join(HERE, "..", "..", "..", "notebooks")
os.makedirs(os.path.join(HERE, "out", "notebooks"), exist_ok=True)
rows = []
for name in sorted(os.listdir(NB)):
    if not name.endswith(".ipynb") or name.startswith("06"):
        continue
    nb = nbformat.read(os.path.join(NB, name), as_version=4)
    for c in nb.cells:
        if c.cell_type == "code":
            c.source = c.source.replace("ct.load_seeds()", f'ct.read_corpus(r"{PAGES}")').replace("MY_PAGES = None", f'MY_PAGES = r"{PAGES}"')
    t = time.time()
    NotebookClient(nb, timeout=900, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": HERE}}).execute()
    dt = round(time.time() - t, 1)
    nbformat.write(nb, os.path.join(HERE, "out", "notebooks", name))
    for i, c in enumerate(nb.cells):
        if c.cell_type != "code":
            continue
        err = [f"{o.ename}: {o.evalue}" for o in c.get("outputs", []) if o.output_type == "error"]
        warn = [o.text for o in c.get("outputs", []) if o.output_type == "stream" and o.name == "stderr" and ("Warning" in o.text or "warn" in o.text.lower())]
        if err or warn:
            rows.append(dict(notebook=name, cell=i, source=c.source[:200], error=" | ".join(err)[:600], warnings=" | ".join(warn)[:600]))
    print(name, dt, "s;", sum(1 for r in rows if r["notebook"] == name and r["error"]), "cells failed", flush=True)
    rows.append(dict(notebook=name, cell=-1, source="(whole notebook)", error="", warnings=f"{dt} s"))
pd.DataFrame(rows).to_csv(os.path.join(HERE, "out", "notebook_cells.csv"), index=False)
