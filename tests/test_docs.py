"""The documentation site builds in strict mode, and covers every page and public module.

``mkdocs build --strict`` fails on broken links, missing pages in the nav, unresolved
cross-references and docstrings mkdocstrings cannot render.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
MKDOCS_YML = REPO / "mkdocs.yml"

_MISSING = [m for m in ("mkdocs", "material", "mkdocstrings", "mkdocstrings_handlers.python")
            if importlib.util.find_spec(m.split(".")[0]) is None]


def _nav_files() -> set[str]:
    """Markdown files named in the nav of mkdocs.yml (read as text: the file uses no YAML tags)."""
    text = MKDOCS_YML.read_text(encoding="utf-8")
    nav = text.split("\nnav:", 1)[1].split("\n\n", 1)[0]
    return set(re.findall(r"([\w./-]+\.md)\s*$", nav, flags=re.M))


def test_every_docs_page_is_in_the_nav():
    pages = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    missing = sorted(pages - _nav_files())
    assert not missing, f"docs pages not in the nav of mkdocs.yml (add them there): {missing}"


def test_nav_names_existing_pages():
    absent = sorted(f for f in _nav_files() if not (DOCS / f).is_file())
    assert not absent, f"mkdocs.yml nav names pages that do not exist in docs/: {absent}"


def _public_modules() -> set[str]:
    pkg = REPO / "corpus_tools"
    names = set()
    for path in pkg.rglob("*.py"):
        rel = path.relative_to(REPO).with_suffix("")
        parts = rel.parts
        if any(p.startswith("_") for p in parts) or "data" in parts or "models" in parts:
            continue
        names.add(".".join(parts))
    return names


def test_api_reference_covers_public_modules():
    documented = set(re.findall(r"^:::\s+([\w.]+)", (DOCS / "api.md").read_text(encoding="utf-8"), flags=re.M))
    missing = sorted(_public_modules() - documented)
    assert not missing, f"public modules missing from docs/api.md (add a '::: <module>' line): {missing}"


@pytest.mark.skipif(bool(_MISSING), reason=f"docs tools not installed ({', '.join(_MISSING)}); "
                    'pip install -e ".[dev]" installs mkdocs, mkdocs-material and mkdocstrings[python]')
def test_site_builds_strict(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(MKDOCS_YML),
         "--site-dir", str(tmp_path / "site")],
        cwd=REPO, capture_output=True, text=True, timeout=600,
        env={**__import__("os").environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    log = "\n".join(line for line in (proc.stdout + proc.stderr).splitlines()
                    if line.startswith(("WARNING", "ERROR", "Aborted")))
    assert proc.returncode == 0, f"mkdocs build --strict failed:\n{log or proc.stderr[-3000:]}"
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "corpus_tools" in index
    api = (tmp_path / "site" / "api" / "index.html").read_text(encoding="utf-8")
    assert "load_seeds" in api, "the API reference did not render the corpus module's docstrings"


def _readme_snippet(heading: str = "## A first look") -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    assert heading in text, f"README.md has no section {heading!r}"
    section = text.split(heading, 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    assert len(blocks) == 1, f"expected one python block under {heading!r}, found {len(blocks)}"
    return blocks[0]


def test_readme_first_look_runs_as_pasted(tmp_path, monkeypatch):
    """The README's "A first look" snippet, pasted into Python in some other folder, runs."""
    monkeypatch.chdir(tmp_path)  # not the repository: a path relative to it would fail
    code = _readme_snippet()
    namespace: dict = {"__name__": "__readme__"}
    exec(compile(code, "README.md (A first look)", "exec"), namespace)
    corpus = namespace["corpus"]
    assert len(corpus) == 5 and corpus.articles
    import corpus_tools as ct

    read = ct.read_corpus(namespace["folder"], manifest=namespace["folder"] / "manifest.csv", encoding="auto")
    assert [a.id for a in read.articles] == [a.id for a in corpus.articles]


def test_readme_two_papers_runs_from_the_repository(monkeypatch):
    """The README's "Two papers" snippet, run from the repository's root on user20's pages, says what it says."""
    monkeypatch.chdir(REPO)
    namespace: dict = {"__name__": "__readme__"}
    exec(compile(_readme_snippet("## Two papers"), "README.md (Two papers)", "exec"), namespace)
    assert namespace["both"].issues_frame()["paper"].value_counts().to_dict() == {"今日仙居": 15, "蓬溪报": 15}
    assert namespace["key"]["term"].tolist()[:3] == ["仙居县", "仙居", "田市镇"]


def test_getting_started_python_blocks_run_in_order(monkeypatch, capsys):
    """Every Python block of docs/getting-started.md, pasted in order into one session at the
    repository's root, runs as written (a newcomer's first walk through the docs)."""
    monkeypatch.chdir(REPO)
    text = (REPO / "docs" / "getting-started.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    assert len(blocks) >= 5
    namespace: dict = {"__name__": "__getting_started__"}
    for k, code in enumerate(blocks):
        exec(compile(code, f"docs/getting-started.md (python block {k + 1})", "exec"), namespace)
    assert len(namespace["corpus"]) == 5 and "nlp" in namespace


def test_readme_status_numbers_are_those_of_the_benchmarks_page():
    """Every score and ratio the README's status table quotes is one docs/benchmarks.md records
    (a number measured by hand and quoted only in the README goes stale unseen)."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    bench = (REPO / "docs" / "benchmarks.md").read_text(encoding="utf-8")
    table = readme.split("## Where things stand", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|") for line in table.splitlines() if line.startswith("| ") and not line.startswith("| what")]
    assert len(rows) >= 8
    missing = {row[1].strip()[:40]: [n for n in dict.fromkeys(re.findall(r"\d+\.\d+×?", row[2])) if n not in bench]
               for row in rows}
    assert not {k: v for k, v in missing.items() if v}, missing
