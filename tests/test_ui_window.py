"""The main window as a new user meets it: welcome, language, Chinese font, remembered layout."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMenu

from app.models.connection import close
from app.services import customers, settings, storage
from app.services.dto import CustomerData
from app.ui import welcome
from app.ui.application import BUNDLED_FAMILY, register_bundled_font


@pytest.fixture
def open_window(qtbot):
    import main

    made = []

    def make(db: Path, lang: str | None = "en"):
        window = main.create_main_window(str(db), lang)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
    close()


def test_welcome_loads_the_sample_shop(open_window, db_path: Path, monkeypatch) -> None:
    """A new user names her shop and can try the program on the sample shop at once."""
    window = open_window(db_path)

    def answer(dialog) -> int:
        dialog.shop_name.setText("  美丽人生   美容院 ")
        dialog.operator.setText("王姐")
        dialog.sample.setChecked(True)
        return 1

    monkeypatch.setattr(welcome.WelcomeDialog, "exec", answer)
    assert welcome.offer_welcome(window, date(2026, 11, 22))
    assert settings.get("shop_name") == "美丽人生 美容院"
    assert settings.get("operator") == "王姐"
    assert customers.customer_count() > 400
    assert window.customers.model.total == customers.customer_count()
    assert "美丽人生 美容院" in window.windowTitle()
    assert not welcome.offer_welcome(window)  # only once


def test_welcome_can_start_empty(open_window, db_path: Path, monkeypatch) -> None:
    """Starting empty leaves no invented customers in a real shop's database."""
    window = open_window(db_path)
    monkeypatch.setattr(welcome.WelcomeDialog, "exec", lambda dialog: 1)
    assert welcome.offer_welcome(window)
    assert customers.customer_count() == 0 and settings.get("welcome_done")


def test_no_welcome_for_a_database_with_customers(open_window, db_path, monkeypatch) -> None:
    """An existing shop is not asked again, even without the flag (e.g. after an import)."""
    window = open_window(db_path)
    customers.create_customer(CustomerData(name="张三"), "x", datetime(2026, 1, 1))
    monkeypatch.setattr(welcome.WelcomeDialog, "exec", lambda d: pytest.fail("asked again"))
    assert not welcome.offer_welcome(window)


def test_language_setting_overrides_system(open_window, db_path: Path) -> None:
    """The language chosen in the settings is used at the next start."""
    storage.open_shop(str(db_path), datetime(2026, 11, 22))
    settings.set_value("language", "zh_CN")
    close()
    window = open_window(db_path, lang=None)
    titles = [m.title() for m in window.menuBar().findChildren(QMenu)]
    assert "文件(&F)" in titles


def test_chinese_font_available(open_window, db_path: Path) -> None:
    """Chinese shows as characters, not boxes, on a machine without Chinese fonts."""
    open_window(db_path, "zh_CN")
    assert QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert register_bundled_font() == BUNDLED_FAMILY
    assert BUNDLED_FAMILY in QFontDatabase.families()


def test_layout_remembered(open_window, db_path: Path) -> None:
    """Window size, splitter and column widths come back as the owner left them."""
    window = open_window(db_path)
    window.resize(760, 560)
    window.customers.splitter.setSizes([500, 200])
    window.customers.table.horizontalHeader().resizeSection(2, 222)
    sizes = window.customers.splitter.sizes()
    window.close()
    close()
    again = open_window(db_path)
    assert again.size().width() == 760
    assert again.customers.splitter.sizes() == sizes
    assert again.customers.table.horizontalHeader().sectionSize(2) == 222


def test_settings_saved_with_logo(open_window, db_path: Path, tmp_path: Path, monkeypatch) -> None:
    """Shop name, operator, masking and the logo for printed cards are kept."""
    from PySide6.QtGui import QColor, QImage

    from app.ui.settings_dialog import SettingsDialog

    picture = QImage(1200, 600, QImage.Format.Format_ARGB32)
    picture.fill(QColor(0, 0, 0, 0))
    path = tmp_path / "logo.png"
    picture.save(str(path))
    window = open_window(db_path)

    def answer(dialog) -> int:
        dialog.shop_name.setText("丽人坊")
        dialog.operator.setText("小美")
        dialog.mask_mobile.setChecked(True)
        assert dialog.logo.load_file(str(path))
        return SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", answer)
    window.edit_settings()
    assert (settings.get("shop_name"), settings.get("operator")) == ("丽人坊", "小美")
    assert settings.get("mask_mobile") is True
    logo = settings.logo()
    assert logo is not None and logo.startswith(b"\x89PNG")
    assert "丽人坊" in window.windowTitle()
