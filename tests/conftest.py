"""Every test gets a fresh database and data folder under tmp_path; Qt runs offscreen in English
unless a test asks for Chinese."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

NOW = datetime(2026, 11, 22, 10, 30)


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data folder, so no test touches the user's real database or settings."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "shop.db"


@pytest.fixture
def db(db_path: Path):
    """An open, fully migrated, empty shop database."""
    from app.models.connection import close, connect, upgrade

    database = connect(str(db_path))
    upgrade(database)
    yield database
    close()


@pytest.fixture
def now() -> datetime:
    return NOW
