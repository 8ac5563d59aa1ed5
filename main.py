"""回头客 Huitouke: start the window, or run a command (SPEC §9).

python main.py [--db DB] [--lang zh_CN|en]          open the window
python main.py [--db DB] demo [--customers N] [--seed S]
python main.py [--db DB] backup [DIR] | restore FILE | check
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from datetime import date, datetime

from PySide6.QtWidgets import QApplication, QMainWindow


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="huitouke", description="回头客 Huitouke")
    parser.add_argument("--db", help="database file or postgresql:// URL")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="language")
    # The same options are also accepted after the command (`check --lang en`).
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help="database file or URL")
    common.add_argument("--lang", choices=["zh_CN", "en"], default=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command")
    demo = commands.add_parser(
        "demo", parents=[common], help="fill an EMPTY database with sample data"
    )
    demo.add_argument("--customers", type=int, default=500)
    demo.add_argument("--seed", type=int, default=1)
    backup = commands.add_parser("backup", parents=[common], help="copy the database into DIR")
    backup.add_argument("dir", nargs="?")
    restore = commands.add_parser(
        "restore", parents=[common], help="replace the database with a backup"
    )
    restore.add_argument("file")
    commands.add_parser("check", parents=[common], help="integrity and consistency checks")
    return parser


def _language(requested: str | None) -> str:
    from app.services import settings
    from app.ui.application import system_language

    return requested or settings.get("language") or system_language()


def create_main_window(db: str, lang: str | None = None) -> QMainWindow:
    """Open the database (upgrading and backing it up as needed) and build the window.

    A QApplication must exist. Raises StorageError when the database cannot be used."""
    from app.services import storage
    from app.ui.application import ensure_chinese_font, install_language, set_names
    from app.ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication), "create a QApplication first"
    set_names()
    storage.open_shop(db, datetime.now())
    install_language(_language(lang))
    ensure_chinese_font(app)
    return MainWindow(db)


def _welcome(window: QMainWindow) -> None:
    """First start on an empty database: the shop's name, and empty or sample data."""
    from PySide6.QtCore import Qt

    from app.services import customers, demo, settings
    from app.ui.signals import app_signals
    from app.ui.welcome import WelcomeDialog

    if settings.get("welcome_done") or customers.customer_count(include_archived=True):
        return
    dialog = WelcomeDialog(window)
    dialog.exec()
    if dialog.name():
        settings.set_value("shop_name", dialog.name())
    if dialog.wants_sample():
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            demo.fill_demo(500, 1, date.today())
        finally:
            QApplication.restoreOverrideCursor()
    settings.set_value("welcome_done", True)
    app_signals().settings_changed.emit()
    app_signals().customers_changed.emit()


def _install_excepthook(log_path: str) -> None:
    """A bug shows a dialog and is written to the log instead of vanishing."""
    logging.basicConfig(
        filename=log_path, level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s"
    )

    def hook(kind: type[BaseException], value: BaseException, tb: object) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))  # type: ignore[arg-type]
        logging.error("Unexpected error\n%s", text)
        from app.ui import prompts

        prompts.error(
            None,
            QApplication.translate("Main", "Unexpected error"),
            QApplication.translate(
                "Main",
                "Something went wrong. Your data is safe; the details are "
                "in the log:\n{path}\n\n{error}",
            ).format(path=log_path, error=value),
        )

    sys.excepthook = hook


def run_window(args: argparse.Namespace) -> int:
    from app.services.storage import StorageError
    from app.ui import prompts
    from app.ui.application import data_dir, default_database, set_names

    set_names()
    app = QApplication(sys.argv)
    _install_excepthook(str(data_dir() / "huitouke.log"))
    target = args.db or str(default_database())
    try:
        window = create_main_window(target, args.lang)
    except StorageError as exc:
        from app.services import storage
        from app.ui import texts

        template = storage.STORAGE_MESSAGES.get(exc.kind, storage.STORAGE_MESSAGES["failed"])
        prompts.error(None, "回头客 Huitouke", texts.t(template, "Messages") + f"\n\n{target}")
        return 1
    window.show()
    _welcome(window)
    return app.exec()


def run_command(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from app import cli
    from app.ui.application import default_database, install_language, set_names, system_language

    set_names()
    _app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    install_language(args.lang or system_language())
    return cli.run(args, args.db or str(default_database()))


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command:
        return run_command(args)
    return run_window(args)


if __name__ == "__main__":
    sys.exit(main())
