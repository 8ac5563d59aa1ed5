"""Qt application set-up: names, the bundled Chinese font, translations."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QStandardPaths, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app import APP_NAME, ORG_NAME

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"
FONT_FILES = ("NotoSansSC-Regular.otf", "NotoSansSC-Bold.otf")
BUNDLED_FAMILY = "Noto Sans CJK SC"
LANGUAGES = ("zh_CN", "en")

_translators: list[QTranslator] = []


def set_names() -> None:
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)


def data_dir() -> Path:
    """The user's data folder for this program (created when missing)."""
    set_names()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    path = Path(location)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path:
    return data_dir() / "huitouke.db"


def system_has_chinese_font() -> bool:
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return any(f != BUNDLED_FAMILY for f in families)


_font_registered = False


def register_bundled_font() -> str:
    """Load the shipped Noto Sans SC so Chinese renders on and prints from any machine."""
    global _font_registered
    if not _font_registered:
        for name in FONT_FILES:
            QFontDatabase.addApplicationFont(str(RESOURCES / "fonts" / name))
        _font_registered = True
    return BUNDLED_FAMILY


def ensure_chinese_font(app: QApplication) -> None:
    """Without a Chinese system font, Chinese would show as boxes: use the bundled one."""
    if system_has_chinese_font():
        return
    family = register_bundled_font()
    font = QFont(app.font())
    font.setFamilies([family, *app.font().families()])
    app.setFont(font)


def system_language() -> str:
    name = QLocale.system().name()
    return "zh_CN" if name.startswith("zh") else "en"


def install_language(language: str) -> str:
    """Install the program's and Qt's own translations for `language` ('zh_CN' or 'en')."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    if language not in LANGUAGES:
        language = system_language()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [
        (f"huitouke_{language}", str(RESOURCES / "translations")),
        (f"qtbase_{language}", qt_dir),
    ]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)
    locale = (
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if language == "zh_CN"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )
    QLocale.setDefault(locale)
    return language


def current_language() -> str:
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"
