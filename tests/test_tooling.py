"""The code stays lint-clean and typed where the house style asks for it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


def test_ruff_clean() -> None:
    """Lint errors (unused names, shadowed imports) are caught before they reach a shop."""
    done = run("ruff", "check", "app", "tests", "main.py", "bench", "scripts")
    assert done.returncode == 0, done.stdout[-3000:]


def test_models_and_services_typed() -> None:
    """mypy with typed defs on models and services (pyproject's settings)."""
    done = run("mypy")
    assert done.returncode == 0, done.stdout[-3000:]
