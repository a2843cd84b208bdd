"""Every example notebook runs top to bottom in a fresh kernel, and is stored without outputs.

Executed copies (with their outputs) are saved under ``artifacts/notebooks/`` for inspection.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
ARTIFACTS = REPO / "artifacts" / "notebooks"
_MISSING = [m for m in ("nbformat", "nbclient", "ipykernel") if importlib.util.find_spec(m) is None]
needs_jupyter = pytest.mark.skipif(
    bool(_MISSING), reason=f"notebook tools not installed ({', '.join(_MISSING)}); "
    'pip install -e ".[dev]" installs nbclient, nbformat and ipykernel')


def test_there_are_notebooks():
    assert NOTEBOOKS, "notebooks/ holds no .ipynb file"


def _needs_shared(path: Path) -> bool:
    """A notebook on the research corpora (metadata ``corpus_tools.shared_data``): it reads
    ``shared/data`` next to the repository and is skipped where that is absent."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    return bool(nb.get("metadata", {}).get("corpus_tools", {}).get("shared_data"))


def _code(path: Path) -> str:
    nb = json.loads(path.read_text(encoding="utf-8"))
    return "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_uses_the_public_api_and_no_shared_data(path):
    import corpus_tools as ct

    code = _code(path)
    assert "/work/" not in code, f"{path.name} names a path of this machine"
    assert _needs_shared(path) or "../shared" not in code, \
        f"{path.name} reads files outside the package; a fresh clone has no ../shared"
    used = set(re.findall(r"\bct\.(\w+)", code))
    private = sorted(n for n in used if n not in ct.__all__)
    assert not private, f"{path.name} uses names not in corpus_tools.__all__: {private}"
    modules = set(re.findall(r"from corpus_tools\.(\w+)", code))
    assert all(not m.startswith("_") for m in modules), f"{path.name} imports private modules {modules}"


def test_every_notebook_is_listed_in_the_docs():
    page = (REPO / "docs" / "notebooks.md").read_text(encoding="utf-8")
    missing = [p.name for p in NOTEBOOKS if p.name not in page]
    assert not missing, f"docs/notebooks.md does not describe {missing}"


@needs_jupyter
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_is_stored_without_outputs(path):
    import nbformat

    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    dirty = [i for i, c in enumerate(nb.cells)
             if c.cell_type == "code" and (c.outputs or c.execution_count is not None)]
    assert not dirty, f"{path.name}: strip the outputs of cells {dirty} before committing"


@pytest.fixture(scope="session")
def parse_cache(tmp_path_factory):
    """One parse cache for all notebooks, so only the first one segments the seeds."""
    return tmp_path_factory.mktemp("nb_parse_cache")


@needs_jupyter
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs(path, tmp_path, monkeypatch, parse_cache):
    import nbformat
    from nbclient import NotebookClient

    if _needs_shared(path):
        shared = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
        if not (shared / "data").is_dir():
            pytest.skip(f"{path.name} needs the research corpora in {shared / 'data'} (absent)")
        monkeypatch.setenv("CORPUS_TOOLS_SHARED", str(shared))
    monkeypatch.setenv("CORPUS_TOOLS_CACHE", str(parse_cache))  # inherited by the kernel
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path)}})  # files it writes go to tmp
    start = time.perf_counter()
    try:
        client.execute()
    finally:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, ARTIFACTS / path.name)
    elapsed = time.perf_counter() - start
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    print(f"{path.name}: executed in {elapsed:.1f} s")
