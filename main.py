"""回头客 Huitouke: start the window, or run a command (SPEC §9).

python main.py [--db DB] [--lang zh_CN|en]          open the window
python main.py [--db DB] demo [--customers N] [--seed S]
python main.py [--db DB] birthdays [--from YYYY-MM-DD] [--days N] [--json]
python main.py [--db DB] holidays [--year YYYY] [--json]
python main.py [--db DB] backup [DIR] | restore FILE | check
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

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
    importing = commands.add_parser("import", parents=[common], help="read records from Excel")
    importing.add_argument("what", choices=["customers"])
    importing.add_argument("file")
    importing.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    export = commands.add_parser("export", parents=[common], help="write records to Excel")
    export.add_argument("kind", choices=["customers", "visits", "points", "complaints", "all"])
    export.add_argument("file")
    birthdays = commands.add_parser(
        "birthdays", parents=[common], help="birthdays and anniversaries in the coming days"
    )
    birthdays.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="default: today")
    # Numbers are read by the command, so a typo gets its one translated line.
    birthdays.add_argument("--days", default="7", help="default: 7")
    birthdays.add_argument("--json", action="store_true")
    holidays = commands.add_parser(
        "holidays", parents=[common], help="days off, working days, festivals of a year"
    )
    holidays.add_argument("--year", help="default: this year")
    holidays.add_argument("--json", action="store_true")
    printing = commands.add_parser("print-cards", parents=[common], help="cards to a PDF")
    printing.add_argument("kind", choices=["relationship", "member"])
    printing.add_argument("file")
    printing.add_argument(
        "--member-no",
        nargs="+",
        action="extend",
        default=[],
        dest="member_nos",
        help="only these customers (default: everyone on the counter list)",
    )
    printing.add_argument("--paper", choices=["a5", "a6", "a4x2", "card", "a4x10"])
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


def run_window(args: argparse.Namespace) -> int:
    from app.services.storage import StorageError
    from app.ui import prompts
    from app.ui.application import data_dir, default_database, set_names

    set_names()
    app = QApplication(sys.argv)
    from app.ui.errors import install_excepthook

    install_excepthook(str(data_dir() / "huitouke.log"))
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
    from app.ui.welcome import offer_welcome

    offer_welcome(window)
    return app.exec()


def run_command(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from app import cli
    from app.ui.application import default_database, install_language, set_names, system_language

    set_names()
    if QCoreApplication.instance() is None:
        if args.command == "print-cards":
            # Painting needs a GUI application; without a screen, Qt's offscreen one.
            import os

            from PySide6.QtGui import QGuiApplication

            if sys.platform.startswith("linux") and not (
                os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
            ):
                os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            _app = QGuiApplication(sys.argv[:1])
        else:
            _app = QCoreApplication(sys.argv[:1])
    install_language(args.lang or system_language())
    return cli.run(args, args.db or str(default_database()))


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command:
        return run_command(args)
    return run_window(args)


if __name__ == "__main__":
    sys.exit(main())
