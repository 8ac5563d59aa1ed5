"""The command line (SPEC §9): scripted backups, checks and sample data.

Each command prints a short result on standard output and returns 0, or
prints one line with the reason on standard error and returns non-zero.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.services.messages import ServiceError
from app.services.storage import StorageError, database_file
from app.ui import texts


def _print_error(text: str) -> int:
    print(text, file=sys.stderr)
    return 1


def _storage_text(exc: StorageError) -> str:
    from app.services import storage

    template = storage.STORAGE_MESSAGES.get(exc.kind, storage.STORAGE_MESSAGES["failed"])
    return texts.t(template, "Messages")


def _need_file(target: str) -> Path | None:
    path = database_file(target)
    if path is None:
        _print_error(
            QCoreApplication.translate(
                "Cli", "Backups and restores work on a database file, not on a server."
            )
        )
        return None
    return path


def run(args: argparse.Namespace, target: str) -> int:
    from app.services import storage

    now = datetime.now()
    try:
        if args.command == "restore":
            path = _need_file(target)
            if path is None:
                return 1
            safety = storage.restore(path, Path(args.file), now)
            storage.open_shop(target, now)  # a backup from an older version is upgraded
            print(
                QCoreApplication.translate(
                    "Cli", "Restored {file}. The data from before is kept as {safety}"
                ).format(file=args.file, safety=safety)
            )
            return 0
        storage.open_shop(target, now)
        if args.command == "demo":
            return _demo(args, now)
        if args.command == "backup":
            path = _need_file(target)
            if path is None:
                return 1
            dest = Path(args.dir) if args.dir else storage.backups_dir(path)
            dest.mkdir(parents=True, exist_ok=True)
            print(storage.backup_to(path, dest, now))
            return 0
        if args.command == "import":
            return _import(args, now)
        if args.command == "export":
            return _export(args, now)
        if args.command == "print-cards":
            return _print_cards(args)
        if args.command == "check":
            return _check()
        if args.command in ("birthdays", "holidays"):
            from app import cli_calendar

            if args.command == "birthdays":
                return cli_calendar.run_birthdays(args, now.date())
            return cli_calendar.run_holidays(args, now.date())
    except StorageError as exc:
        return _print_error(_storage_text(exc))
    except ServiceError as exc:
        return _print_error(texts.message(exc.message))
    except OSError as exc:
        return _print_error(
            QCoreApplication.translate("Cli", "Cannot write the file: {reason}").format(
                reason=exc.strerror
            )
        )
    return _print_error(QCoreApplication.translate("Cli", "Unknown command."))


def _demo(args: argparse.Namespace, now: datetime) -> int:
    from app.services import demo

    started = time.perf_counter()
    count = demo.fill_demo(args.customers, args.seed, now.date())
    print(
        QCoreApplication.translate(
            "Cli", "Created {count} sample customers in {seconds:.1f} s."
        ).format(count=count, seconds=time.perf_counter() - started)
    )
    return 0


def _import(args: argparse.Namespace, now: datetime) -> int:
    """All or nothing: every problem as `row N: COLUMN: reason`, and nothing written."""
    from app.services import excel_import, settings

    plan = excel_import.read_customers(Path(args.file), now.date())
    if plan.ignored_columns:
        text = QCoreApplication.translate("Cli", "Columns not imported: {columns}")
        print(text.format(columns=", ".join(plan.ignored_columns)), file=sys.stderr)
    if plan.problems:
        template = texts.t(excel_import.ROW_PROBLEM, "Messages")
        for problem in plan.problems:
            reason = texts.message(problem.message)
            print(
                template.format(row=problem.row, column=problem.column, reason=reason),
                file=sys.stderr,
            )
        text = QCoreApplication.translate("Cli", "Nothing was imported: {count} problem(s).")
        return _print_error(text.format(count=len(plan.problems)))
    counts = {
        "created": plan.count(excel_import.Action.CREATE),
        "updated": plan.count(excel_import.Action.UPDATE),
        "unchanged": plan.count(excel_import.Action.UNCHANGED),
    }
    if args.dry_run:
        text = QCoreApplication.translate(
            "Cli",
            "The file is fine: {created} new, {updated} to update, {unchanged} unchanged. "
            "Nothing was written (--dry-run).",
        )
        print(text.format(**counts))
        return 0
    result = excel_import.apply(plan, str(settings.get("operator") or ""), now)
    text = QCoreApplication.translate(
        "Cli", "Imported: {created} new, {updated} updated, {unchanged} unchanged."
    )
    print(text.format(created=result.created, updated=result.updated, unchanged=result.unchanged))
    if result.opening_balances:
        text = QCoreApplication.translate("Cli", "Opening points balances posted: {count}.")
        print(text.format(count=result.opening_balances))
    if result.opening_values:
        text = QCoreApplication.translate("Cli", "Opening stored values posted: {count}.")
        print(text.format(count=result.opening_values))
    if result.opening_cards:
        text = QCoreApplication.translate("Cli", "Package cards brought over: {count}.")
        print(text.format(count=result.opening_cards))
    return 0


def _export(args: argparse.Namespace, now: datetime) -> int:
    from app.services import exports
    from app.ui.application import current_language

    path = exports.export(args.kind, Path(args.file), current_language(), today=now.date(), now=now)
    text = QCoreApplication.translate("Cli", "Exported {kind} to {file}.")
    print(text.format(kind=args.kind, file=path))
    return 0


def _print_cards(args: argparse.Namespace) -> int:
    from app.services import settings
    from app.ui.printing.cli_print import print_cards_to_pdf

    count = print_cards_to_pdf(
        args.kind, Path(args.file), args.member_nos, args.paper, settings.logo()
    )
    text = QCoreApplication.translate("Cli", "Printed {count} cards to {file}.")
    print(text.format(count=count, file=args.file))
    return 0


def _check() -> int:
    from app.services import checks, customers

    problems = checks.check_database()
    for problem in problems:
        print(texts.message(problem.message), file=sys.stderr)
    if problems:
        text = QCoreApplication.translate("Cli", "Problems found: {count}.")
        return _print_error(text.format(count=len(problems)))
    text = QCoreApplication.translate("Cli", "Everything is in order. Customers checked: {count}.")
    print(text.format(count=customers.customer_count(include_archived=True)))
    return 0


__all__ = ["run"]
