"""The package's layers as a checked contract (README, "How it reads").

    text -> lexicon -> numbers -> entities -> facts -> pipeline -> runs -> registry -> review -> service -> cli
    web (the scraper) stands apart: it never imports the NLP layers, and they never import it.
    errors, schema, _version: the base every layer may import.

A module may import its own layer, the layers below it and the base; nothing in the package
imports ``devtools`` (training and scoring are not installed); module-level imports have no
cycles. Imports inside functions count too, so a lazy import cannot break a layer.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "extractor"
BASE = {"errors", "schema", "_version", "__init__", "__main__"}
ORDER = ["text", "lexicon", "numbers", "entities", "facts", "pipeline", "runs", "registry", "review", "service", "cli"]
NLP = {"text", "lexicon", "numbers", "entities", "facts", "pipeline"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> str:
    """The layer of a module of the package: its subpackage, or its own name at the top."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path) -> list[tuple[str, bool]]:
    """(imported module, at module level?) for every import in a file, made absolute."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = _module_name(path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    top_level = {id(node) for node in tree.body}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, id(node) in top_level) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names = [f"{module}.{alias.name}" for alias in node.names] if not node.module else [module]
            found += [(name, id(node) in top_level) for name in names]
    return found


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _allowed(importer: str, imported: str) -> bool:
    a, b = _layer(importer), _layer(imported)
    if b in BASE or a == b:
        return True
    if a in BASE:
        return a in ("__init__", "__main__")  # the public face re-exports; errors/schema import nothing above
    if a == "web" or b == "web":
        return a in ("runs", "review", "service", "cli")  # the scraper and the NLP meet only above the pipeline
    return ORDER.index(b) < ORDER.index(a)


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_follow_the_layers(path: Path) -> None:
    importer = _module_name(path)
    wrong = [
        module
        for module, _ in _imports(path)
        if (module.startswith("extractor.") and not _allowed(importer, module)) or module.startswith("devtools")
    ]
    assert not wrong, f"{importer} imports {wrong} against the layers"


def test_the_nlp_never_imports_the_scraper() -> None:
    for path in _sources():
        importer = _module_name(path)
        if _layer(importer) in NLP:
            assert not [m for m, _ in _imports(path) if m.startswith("extractor.web")], importer


def test_module_level_imports_have_no_cycles() -> None:
    modules = {_module_name(p): p for p in _sources()}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for module, top in _imports(path):
            if not top:
                continue
            while module and module not in modules:
                module = module.rpartition(".")[0]  # "extractor.text.normalize.canonical" -> the module
            if module and module != name:
                targets.add(module)
        graph[name] = targets
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                pytest.fail(f"import cycle: {' -> '.join([*trail, node, nxt])}")
            if nxt not in state:
                visit(nxt, [*trail, node])
        state[node] = 2

    for node in graph:
        if node not in state:
            visit(node, [])


def test_the_contract_catches_a_wrong_import() -> None:
    # The checker itself: a lower layer importing a higher one, or the NLP importing the web.
    assert not _allowed("extractor.text.normalize", "extractor.entities.reader")
    assert not _allowed("extractor.entities.reader", "extractor.web.parse")
    assert not _allowed("extractor.web.parse", "extractor.pipeline")
    assert _allowed("extractor.runs.batch", "extractor.web.parse")
    assert _allowed("extractor.entities.reader", "extractor.lexicon.loader")
