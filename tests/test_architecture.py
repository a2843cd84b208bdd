"""The shape of the house: no import cycles inside corpus_tools, no private names imported across modules.

The import graph is read from the source with ``ast``: module-level and function-level
imports alike (a function-level import is still a dependency, only a later one); imports
under ``if TYPE_CHECKING:`` are left out (they never run). ``from corpus_tools import x``
counts as an import of the package's ``__init__``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "corpus_tools"

# Known cross-module imports of private names in modules other helpers are rewriting this
# round, as (importing module, imported module, name). The integrator shrinks this list;
# nothing may be added to it, and modules not listed here must have none.
ALLOWED_PRIVATE: set[tuple[str, str, str]] = set()
# Known import cycles through modules other helpers are rewriting this round, each with the
# way out; the integrator removes an entry when its cycle is gone. Nothing may be added.
KNOWN_CYCLES = [
]
# Modules whose private imports are checked strictly whatever the list says.
STRICT = {"corpus_tools.nlp", "corpus_tools.nlp.model_io", "corpus_tools.nlp.features", "corpus_tools.nlp.decoder",
          "corpus_tools.nlp.tokenizer", "corpus_tools.nlp.blas", "corpus_tools.pipeline", "corpus_tools.distributed", "corpus_tools.options", "corpus_tools._validate",
          "corpus_tools._grouping", "corpus_tools.keywords", "corpus_tools.topics", "corpus_tools.trends",
          "corpus_tools.concordance", "corpus_tools.stopwords", "corpus_tools.text"}


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _extensions() -> set[str]:
    """Compiled extension modules (their C sources ship in the package): leaves of the graph."""
    return {_module_name(p) for p in PACKAGE.rglob("*.c")}


def _is_type_checking(node: ast.If) -> bool:
    t = node.test
    return (isinstance(t, ast.Name) and t.id == "TYPE_CHECKING") or (
        isinstance(t, ast.Attribute) and t.attr == "TYPE_CHECKING")


def _imports(path: Path, name: str, modules: dict[str, Path]) -> list[tuple[str, str | None]]:
    """(imported module, imported name or None) for every runtime import in *path*."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    extensions = _extensions()
    out: list[tuple[str, str | None]] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                for sub in child.orelse:
                    visit(sub)
                continue
            if isinstance(child, ast.Import):
                out.extend((a.name, None) for a in child.names if a.name.startswith("corpus_tools"))
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    base = ".".join(package.split(".")[: len(package.split(".")) - child.level + 1]
                                    + ([child.module] if child.module else []))
                if not base.startswith("corpus_tools"):
                    continue
                for a in child.names:
                    sub = f"{base}.{a.name}"
                    if sub in extensions:
                        continue  # a compiled leaf imports nothing back
                    out.append((sub, None) if sub in modules else (base, a.name))
            visit(child)

    visit(tree)
    return out


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        for target, _ in _imports(path, name, modules):
            while target not in modules and "." in target:
                target = target.rpartition(".")[0]
            if target in modules and target != name:
                graph[name].add(target)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def strong(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return out


def test_the_graph_reader_sees_function_level_imports():
    graph = _graph()
    assert "corpus_tools.nlp" in graph["corpus_tools.pipeline"]  # module level
    assert "corpus_tools.county" in graph["corpus_tools.entities"]  # inside infer_county
    assert "corpus_tools.pipeline" not in graph["corpus_tools.nlp"]


def test_no_import_cycles():
    cycles = _cycles(_graph())
    new = [c for c in cycles if c not in KNOWN_CYCLES]
    assert new == [], f"import cycles inside corpus_tools: {new}"
    gone = [c for c in KNOWN_CYCLES if c not in cycles]
    assert gone == [], f"entries of KNOWN_CYCLES that are no cycle any more (remove them): {gone}"
    for c in cycles:  # the modules of this round's restructuring are in none but the documented one
        assert not (STRICT - {"corpus_tools.pipeline"}) & set(c), c


def test_no_private_names_imported_across_modules():
    modules = _modules()
    found = set()
    for name, path in modules.items():
        for target, imported in _imports(path, name, modules):
            private = imported is not None and imported.startswith("_") and not imported.startswith("__")
            if private and target != name:
                found.add((name, target, imported))
    strict = sorted(f for f in found if f[0] in STRICT)
    assert strict == [], f"private names imported by modules that must have none: {strict}"
    new = sorted(f for f in found - ALLOWED_PRIVATE if f[0] not in STRICT)
    assert new == [], f"new cross-module imports of private names (import a public name instead): {new}"
    stale = sorted(ALLOWED_PRIVATE - found)
    assert stale == [], f"entries of ALLOWED_PRIVATE no module imports any more (remove them): {stale}"
