"""The layout's rules, read from the code's own imports so that they stay true.

The folders show the stages of the pipeline (README, "Layout"); these tests fail when
a change adds an import circle, lets extraction reach into RDF or the store, gives the
RDF stage I/O, lets the endpoint load spaCy, or lets a folder or a module grow past
the size a reader can take in.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("graph_builder", "endpoint")
MAX_FLAT_MODULES = 8
MAX_MODULE_LINES = 300
RDF_IO_CALLS = {"open", "read_text", "write_text", "read_bytes", "write_bytes", "urlopen"}
RDF_IO_MODULES = {"socket", "urllib.request", "http", "requests", "shutil", "tempfile"}


def modules() -> dict[str, Path]:
    """Every module of the two packages by dotted name (a package by its own name)."""
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


MODULES = modules()


def imported(name: str, path: Path) -> Iterator[str]:
    """Every module `name` imports, anywhere in it (a function-level import counts too)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def internal(target: str) -> str | None:
    """The module of ours that an imported name refers to, if any."""
    while target and target not in MODULES:
        target = target.rpartition(".")[0]
    return target or None


def import_graph() -> nx.DiGraph:
    graph = nx.DiGraph()
    for name, path in MODULES.items():
        graph.add_node(name)
        for target in imported(name, path):
            module = internal(target)
            if module and module != name and not name.startswith(module + "."):
                graph.add_edge(name, module)  # a module may import its own package's __init__
    return graph


GRAPH = import_graph()


def test_no_import_circle() -> None:
    assert list(nx.simple_cycles(GRAPH)) == []


@pytest.mark.parametrize("root", PACKAGES)
def test_no_circle_between_subpackages(root: str) -> None:
    """Stages depend one way: a circle between two folders means a misplaced module."""
    stages = nx.DiGraph()
    for a, b in GRAPH.edges:
        sa, sb = (".".join(m.split(".")[:2]) for m in (a, b))
        inside = sa.startswith(root + ".") and sb.startswith(root + ".")
        if sa != sb and inside and MODULES[sa].name == "__init__.py":
            stages.add_edge(sa, sb)
    assert list(nx.simple_cycles(stages)) == []


@pytest.mark.parametrize(
    ("stage", "forbidden"),
    [
        ("graph_builder.nlp", ("rdf", "store", "build", "validate", "analytics", "extract")),
        ("graph_builder.extract", ("rdf", "store", "build", "validate", "analytics")),
        ("graph_builder.ingest", ("nlp", "extract", "rdf", "store", "build")),
        ("graph_builder.rdf", ("store", "build", "validate")),
        ("graph_builder.fetch", ("ingest", "nlp", "extract", "rdf", "store", "build", "validate")),
    ],
)
def test_stage_imports_nothing_downstream(stage: str, forbidden: tuple[str, ...]) -> None:
    bad = {f"graph_builder.{f}" for f in forbidden} | {"endpoint"}
    wrong = [
        (a, b)
        for a, b in GRAPH.edges
        if a.startswith(stage) and any(b == x or b.startswith(x + ".") for x in bad)
    ]
    assert wrong == []


def test_endpoint_never_loads_spacy_or_the_extractor() -> None:
    banned = ("spacy", "pyvi", "graph_builder.nlp", "graph_builder.extract")
    wrong = [
        (name, target)
        for name, path in MODULES.items()
        if name.startswith("endpoint")
        for target in imported(name, path)
        if any(target == b or target.startswith(b + ".") for b in banned)
    ]
    assert wrong == []


def test_rdf_stage_does_no_io() -> None:
    wrong = []
    for name, path in MODULES.items():
        if not name.startswith("graph_builder.rdf"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if called in RDF_IO_CALLS:
                    wrong.append((name, called))
        wrong += [(name, t) for t in imported(name, path) if t in RDF_IO_MODULES]
    assert wrong == []


@pytest.mark.parametrize("root", PACKAGES)
def test_few_modules_flat_beside_the_subpackages(root: str) -> None:
    flat = [p.name for p in (ROOT / root).glob("*.py") if p.name != "__init__.py"]
    assert len(flat) <= MAX_FLAT_MODULES, flat


def test_every_package_says_what_it_takes_gives_and_never_imports() -> None:
    for name, path in MODULES.items():
        if path.name == "__init__.py" and name.count(".") == 1:
            doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
            assert doc.strip(), f"{name} has no docstring"


def test_no_module_over_the_size_limit() -> None:
    long = {
        name: n
        for name, path in MODULES.items()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}
