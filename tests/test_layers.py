"""The house rule: ui → services → models, never back."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for path in sorted((APP / folder).rglob("*.py")):
        for name in imports_of(path):
            if name.split(".")[0] in forbidden or name.startswith(forbidden):
                bad.append(f"{path.relative_to(APP)} imports {name}")
    return bad


def test_models_and_services_do_not_know_qt() -> None:
    """Shop logic stays testable and usable from the command line without Qt."""
    assert offenders("models", ("PySide6", "app.ui", "app.services")) == []
    assert offenders("services", ("PySide6", "app.ui")) == []


def test_ui_does_not_know_peewee() -> None:
    """The window goes through the services, never straight to the database."""
    assert (
        offenders("ui", ("peewee", "playhouse", "app.models.customer", "app.models.connection"))
        == []
    )
