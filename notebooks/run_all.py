"""Execute the example notebooks in place, so they are stored with their outputs.

Each notebook runs top to bottom in a fresh kernel (nbclient), in a temporary working folder
with a temporary parse cache, so nothing it writes lands in the repository. Progress-bar
widgets are dropped from the outputs (they show nothing on a code host or in the docs), and
the notebook's metadata records a hash of its cells' sources: ``tests/test_notebooks.py``
checks that hash (a notebook edited without re-running this script fails) and re-executes
the notebooks to compare their outputs with the stored ones.

Usage, from the repository root::

    python notebooks/run_all.py                      # every notebook
    python notebooks/run_all.py notebooks/02_*.ipynb # some

Cells tagged ``volatile`` (timings, temporary paths) are run but their outputs are not compared,
and they keep their stored outputs while their source is unchanged (``--refresh-volatile`` stores
the new ones), so re-running the notebooks leaves a clean checkout. Warnings lose the kernel's
temporary file name (``/tmp/ipykernel_…/….py:1:``), and outputs lose the checkout's path
(``corpus_tools/entities.py:260: UserWarning``, not ``/home/you/corpus_tools/…``) and the random
names of temporary folders (``<tmp>``). The research-corpus notebook (06) prints the time of each
step: those lines change with every run. A notebook on the
research corpora (metadata ``corpus_tools.shared_data``, 06) reads ``shared/data`` next to the
repository or under ``CORPUS_TOOLS_SHARED``; without it the notebook is skipped with a one-line
note, as the tests skip it.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
META_KEY = "corpus_tools"
WIDGET = "application/vnd.jupyter.widget-view+json"
#: The kernel's temporary cell file in a warning's location (``/tmp/ipykernel_7792/3726565851.py:1: ``).
_CELL_FILE = re.compile(r"^[^\n]*?ipykernel_\d+[/\\]\d+\.py:\d+: ", re.M)
#: A temporary folder with a random name (``/tmp/corpus_tools_demo_c16a4bw_``).
_TMP = re.compile(re.escape(tempfile.gettempdir()) + r"[/\\][^/\\\s'\"]+")


#: The folders before the package in a source location (``/home/you/src/corpus_tools/entities.py``).
_PACKAGE_PATH = re.compile(r"(?<![\w.])(?:[A-Za-z]:)?[/\\][^\s'\"]*?[/\\](?=corpus_tools[/\\])")


def stable_text(text: str) -> str:
    """*text* without what differs between machines and runs: the checkout's path, temporary folders.

    Examples
    --------
    >>> stable_text("/work/main/corpus_tools/entities.py:260: UserWarning: …")
    'corpus_tools/entities.py:260: UserWarning: …'
    """
    return _TMP.sub("<tmp>", _PACKAGE_PATH.sub("", text))


def shared_folder() -> Path:
    """The folder that holds the research corpora's ``data/``: ``CORPUS_TOOLS_SHARED``, else
    ``shared`` next to the repository (resolved from this file, not the working folder)."""
    return Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))


def needs_shared(nb) -> bool:
    """Whether *nb* reads the research corpora (metadata ``corpus_tools.shared_data``)."""
    return bool(nb.metadata.get(META_KEY, {}).get("shared_data"))


def source_hash(nb) -> str:
    """SHA-256 of the cells' types and sources (outputs and metadata excluded)."""
    h = hashlib.sha256()
    for cell in nb.cells:
        h.update(cell.cell_type.encode())
        h.update(b"\0")
        h.update(cell.source.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def clean_outputs(nb) -> None:
    """Drop progress-bar widgets and their state (they are not results) and the kernel's
    temporary cell file names in warnings."""
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        cell.outputs = [o for o in cell.outputs if WIDGET not in o.get("data", {})]
        for o in cell.outputs:
            if o.get("output_type") == "stream":
                o.text = stable_text(_CELL_FILE.sub("", o.text) if o.get("name") == "stderr" else o.text)
            elif "text/plain" in o.get("data", {}):
                o.data["text/plain"] = stable_text(o.data["text/plain"])
        cell.metadata.pop("execution", None)
    nb.metadata.pop("widgets", None)


def keep_volatile(nb, old) -> None:
    """Give the cells of *nb* tagged ``volatile`` the outputs *old* stored for them, where the cell's
    source did not change (timings and temporary paths would otherwise change on every run)."""
    if len(nb.cells) != len(old.cells):
        return
    for new, was in zip(nb.cells, old.cells):
        if (new.cell_type == "code" and "volatile" in new.metadata.get("tags", [])
                and new.source == was.source and was.get("outputs")):
            new.outputs = was.outputs


def execute(path: Path, *, timeout: int = 900):
    """Run *path* in a fresh kernel and return the executed notebook (not written)."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    with tempfile.TemporaryDirectory(prefix="nb_run_") as work:
        client = NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=False,
                                resources={"metadata": {"path": work}})
        client.execute()
    clean_outputs(nb)
    return nb


def main(argv=None) -> int:
    import nbformat

    ap = argparse.ArgumentParser(description="Execute the example notebooks in place, with their outputs.")
    ap.add_argument("notebooks", nargs="*", type=Path, help="notebooks to run (default: notebooks/*.ipynb)")
    ap.add_argument("--refresh-volatile", action="store_true",
                    help="store the new outputs of cells tagged volatile too (default: kept while unchanged)")
    args = ap.parse_args(argv)
    paths = args.notebooks or sorted(HERE.glob("*.ipynb"))
    with tempfile.TemporaryDirectory(prefix="nb_cache_") as cache:
        os.environ["CORPUS_TOOLS_CACHE"] = cache  # inherited by the kernels
        os.environ["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
        for path in paths:
            if needs_shared(nbformat.read(path, as_version=4)):
                shared = shared_folder()
                if not (shared / "data").is_dir():
                    print(f"{path.name}: skipped: it needs the research corpora in {shared / 'data'} "
                          "(absent; set CORPUS_TOOLS_SHARED to the folder that holds data/)", file=sys.stderr)
                    continue
                os.environ["CORPUS_TOOLS_SHARED"] = str(shared)  # the kernel runs in a temporary folder
            start = time.perf_counter()
            old = nbformat.read(path, as_version=4)
            nb = execute(path)
            if not args.refresh_volatile:
                keep_volatile(nb, old)
            nb.metadata[META_KEY] = {**nb.metadata.get(META_KEY, {}), "source_sha256": source_hash(nb)}  # keeps flags
            nbformat.write(nb, path)
            print(f"{path.name}: executed in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
