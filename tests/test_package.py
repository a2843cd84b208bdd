"""The public surface of ``corpus_tools``: a cheap import, every public name resolving lazily."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import corpus_tools as ct

INIT = Path(ct.__file__)
HEAVY = ("spacy", "thinc", "sklearn", "scipy", "matplotlib", "torch")


def _run(code: str) -> str:
    """Run *code* in a fresh interpreter with this checkout first on the path; its stdout."""
    env_path = str(INIT.parents[1])
    out = subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {env_path!r})\n{code}"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    return out.stdout


def _type_checking_imports() -> dict[str, str]:
    """name -> module of the ``if TYPE_CHECKING:`` imports of ``__init__.py``."""
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for imp in node.body:
                assert isinstance(imp, ast.ImportFrom), ast.dump(imp)
                found.update({a.asname or a.name: imp.module for a in imp.names})
    return found


def test_import_loads_no_heavy_dependency():
    loaded = _run(f"import corpus_tools\nprint(sorted(m for m in {HEAVY!r} if m in sys.modules))").strip()
    assert loaded == "[]", f"import corpus_tools imported {loaded}"


def test_import_runs_no_submodule():
    out = _run("import corpus_tools\n"
               "print(sorted(m for m in sys.modules if m.startswith('corpus_tools.')))").strip()
    assert out == "['corpus_tools.version']"


def test_every_public_name_resolves_to_its_owner():
    owners = _type_checking_imports()
    assert set(owners) == set(ct.__all__) - {"__version__"}, "__all__ and the TYPE_CHECKING imports differ"
    for name, module in owners.items():
        assert getattr(ct, name) is getattr(importlib.import_module(module), name), name
    assert set(ct.__all__) <= set(dir(ct))
    assert isinstance(ct.__version__, str)


def test_public_name_wins_over_a_submodule_of_the_same_name():
    # corpus_tools.keywords is a function and a module; importing the module first (as
    # concordance does) must not hide the function
    out = _run("import corpus_tools.concordance, corpus_tools.keywords\nimport corpus_tools as ct\n"
               "from corpus_tools import keywords\n"
               "print(ct.keywords is keywords is sys.modules['corpus_tools.keywords'].keywords)")
    assert out.strip() == "True"


def test_submodules_load_on_access_and_unknown_names_fail():
    assert ct.parsing.clear_cache is importlib.import_module("corpus_tools.parsing").clear_cache
    assert ct.store.read_issues is importlib.import_module("corpus_tools.store").read_issues
    with pytest.raises(AttributeError, match="no attribute 'no_such_name'"):
        ct.no_such_name  # noqa: B018
    with pytest.raises(ImportError):
        from corpus_tools import no_such_name  # noqa: F401
