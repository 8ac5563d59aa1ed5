"""Both languages are complete: no English left in the Chinese window, no unfinished .ts entry."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from app.models.connection import close
from app.models.enums import Calendar, Gender, Grade
from app.services import customers, visits
from app.services.dto import Birthday, CustomerData, FollowUpData, VisitData, VisitItemData

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations"
# Latin words allowed in the Chinese window: the grade VIP and data typed by the shop.
ALLOWED = {
    "VIP",
    "ABC",  # the ABC classes (A: the customers who bring 80 % of the revenue)
    "Ctrl",
    "English",
    "zs",
    "Excel",
    "WPS",
    "PDF",
}  # product names too  # a language is named in itself
WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_ts_files_complete(lang: str) -> None:
    """Every string has a translation, so no screen falls back to the source language."""
    tree = ET.parse(TS / f"huitouke_{lang}.ts")
    unfinished = [
        m.findtext("source")
        for m in tree.getroot().iter("message")
        if (t := m.find("translation")) is not None
        and (t.get("type") == "unfinished" or not ("".join(t.itertext()).strip()))
    ]
    assert unfinished == []
    assert (TS / f"huitouke_{lang}.qm").stat().st_size > 1000


def test_placeholders_kept_in_chinese() -> None:
    """A translation that drops {name} would show the wrong text or crash a message."""
    tree = ET.parse(TS / "huitouke_zh_CN.ts")
    pattern = re.compile(r"\{[a-z_]+(?::[^}]*)?\}|%n")
    bad = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = "".join(message.find("translation").itertext())
        if set(pattern.findall(source)) != set(pattern.findall(translation)):
            bad.append(source)
    assert bad == []


def visible_texts(widget: QWidget) -> list[str]:
    found: list[str] = [widget.windowTitle()]
    for child in widget.findChildren(QWidget):
        if (
            isinstance(child, QLabel)
            and child.isVisibleTo(widget)
            or isinstance(child, QAbstractButton)
            and child.isVisibleTo(widget)
        ):
            found.append(child.text())
        elif isinstance(child, QLineEdit) and child.isVisibleTo(widget):
            found.append(child.placeholderText())
        elif isinstance(child, QComboBox) and child.isVisibleTo(widget) and not child.isEditable():
            found.extend(child.itemText(i) for i in range(child.count()))
        elif isinstance(child, QTabWidget):
            found.extend(child.tabText(i) for i in range(child.count()))
        elif isinstance(child, QGroupBox):
            found.append(child.title())
        elif isinstance(child, QMenu):
            found.extend(a.text() for a in child.actions())
        elif isinstance(child, QTableWidget):
            found.extend(
                child.horizontalHeaderItem(i).text()
                for i in range(child.columnCount())
                if child.horizontalHeaderItem(i)
            )
        elif isinstance(child, QTableView):
            model = child.model()
            found.extend(
                str(model.headerData(i, Qt.Orientation.Horizontal))
                for i in range(model.columnCount())
            )
    return found


def english_left(texts: list[str]) -> list[str]:
    return sorted({t for t in texts if set(WORD.findall(t.replace("&", ""))) - ALLOWED})


def test_chinese_window_has_no_english(qtbot, db_path: Path, now: datetime) -> None:
    """A Chinese shop owner never meets an untranslated English word on these screens."""
    import main
    from app.ui.settings_dialog import SettingsDialog
    from app.ui.welcome import WelcomeDialog

    window = main.create_main_window(str(db_path), "zh_CN")
    qtbot.addWidget(window)
    cid = customers.create_customer(
        CustomerData(
            name="曾小贤",
            gender=Gender.MALE,
            mobile="13912345678",
            allergies="酒精",
            birthday=Birthday(Calendar.LUNAR, 4, 10, 1988),
            grade=Grade.VIP,
            tags=("老顾客",),
        ),
        "店长",
        now,
    )
    visits.add_visit(
        cid, VisitData(now.date(), (VisitItemData("洗剪吹", price_fen=6800),)), "店长", now
    )
    visits.add_follow_up(
        cid,
        FollowUpData(
            now.date(),
            list(__import__("app.models.enums", fromlist=["FollowUpChannel"]).FollowUpChannel)[0],
            "满意",
            5,
        ),
        "店长",
        now,
    )
    window.show()
    window.customers.reload()
    window.customers.show_customer(cid)
    texts = visible_texts(window)
    texts.extend(a.text() for m in window.menuBar().findChildren(QMenu) for a in m.actions())
    texts.extend(a.text() for a in window.menuBar().actions())
    screens: list[QDialog] = [
        window.customers.edit_customer(cid),
        window.customers.new_customer(),
        window.customers.record_visit(cid),
        window.customers.record_follow_up(cid),
        SettingsDialog({}, window),
        WelcomeDialog(window),
    ]
    for dialog in screens:
        for index in range(getattr(dialog, "tabs", QTabWidget()).count()):
            dialog.tabs.setCurrentIndex(index)
            texts.extend(visible_texts(dialog))
        texts.extend(visible_texts(dialog))
        dialog.done(0)
    assert english_left(texts) == []
    window.close()
    close()


def source_strings() -> set[str]:
    """Every literal handed to tr(), translate() or QT_TRANSLATE_NOOP() in the code."""
    import ast

    found: set[str] = set()
    for path in [*sorted((ROOT / "app").rglob("*.py")), ROOT / "main.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = (
                node.func.attr
                if isinstance(node.func, ast.Attribute)
                else getattr(node.func, "id", "")
            )
            index = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
            if index is None or len(node.args) <= index:
                continue
            arg = node.args[index]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.add(arg.value)
    return found


def test_lupdate_found_every_string() -> None:
    """lupdate silently skips some calls (e.g. a translate() with a call among its arguments);
    such a string would stay English in the Chinese program."""
    tree = ET.parse(TS / "huitouke_zh_CN.ts")
    extracted = {m.findtext("source") for m in tree.getroot().iter("message")}
    assert sorted(source_strings() - extracted) == []


def test_command_line_speaks_chinese(tmp_path: Path) -> None:
    """A shop owner running the commands in Chinese reads Chinese, plurals and all."""
    import subprocess
    import sys

    db = str(tmp_path / "shop.db")
    run = [sys.executable, str(ROOT / "main.py"), "--lang", "zh_CN", "--db", db]
    demo = subprocess.run([*run, "demo", "--customers", "5"], capture_output=True, text=True)
    check = subprocess.run([*run, "check"], capture_output=True, text=True)
    assert demo.returncode == 0 and check.returncode == 0, demo.stderr + check.stderr
    assert "5" in check.stdout and not WORD.findall(check.stdout + demo.stdout)


def test_every_count_word_is_a_plural_message() -> None:
    """A "%n …(s)" text lupdate did not see as plural (e.g. a QT_TRANSLATE_NOOP handed to
    translate() with a count) would show "5 hour(s)" in English."""
    tree = ET.parse(TS / "huitouke_en.ts")
    flat = [
        m.findtext("source")
        for m in tree.getroot().iter("message")
        if "%n" in (m.findtext("source") or "") and m.get("numerus") != "yes"
    ]
    assert flat == []
