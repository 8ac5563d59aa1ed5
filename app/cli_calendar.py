"""`birthdays` and `holidays` on the command line (SPEC §9).

`--json` prints exactly the §9 shapes; without it, one readable line per
occasion or day in the user's language.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from app.models.enums import OccasionKind
from app.services import birthdays, holidays
from app.ui import texts
from app.ui.calendar import labels

# Windows longer than this are refused (the lunar library ends in 2100 anyway).
MAX_DAYS = birthdays.MAX_WINDOW_DAYS
FIRST_YEAR, LAST_YEAR = birthdays.FIRST_DAY.year, birthdays.LAST_DAY.year


def _fail(text: str) -> int:
    print(text, file=sys.stderr)
    return 1


def _parse_day(text: str) -> date | None:
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        return None
    return day if FIRST_YEAR <= day.year <= LAST_YEAR else None


def _number(text: str | int) -> int | None:
    try:
        return int(str(text).strip())
    except ValueError:
        return None


def run_birthdays(args: argparse.Namespace, today: date) -> int:
    start = today
    if args.start is not None:
        parsed = _parse_day(args.start)
        if parsed is None:
            text = QCoreApplication.translate(
                "Cli",
                "--from wants a date like 2026-11-22 between {first} and {last}, not {value}.",
            )
            return _fail(text.format(first=FIRST_YEAR, last=LAST_YEAR, value=args.start))
        start = parsed
    days = _number(args.days)
    if days is None or not 1 <= days <= MAX_DAYS:
        text = QCoreApplication.translate("Cli", "--days wants a number from 1 to {max}.")
        return _fail(text.format(max=MAX_DAYS))
    found = birthdays.occasions_between(start, start + timedelta(days=days), family=False)
    if args.json:
        rows = [
            {
                "date": o.day.isoformat(),
                "member_no": o.member_no,
                "name": o.name,
                "kind": o.kind.value,
                "calendar": o.calendar.value,
                "age": o.age,
            }
            for o in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    if not found:
        text = QCoreApplication.translate("Cli", "No birthdays or anniversaries in these days.")
        print(text)
        return 0
    for o in found:
        occasion = labels.occasion_label(o)
        if o.kind == OccasionKind.BIRTHDAY and o.born.calendar.value == "lunar":
            occasion += f" ({texts.birthday(o.born)})"
        parts = [
            o.day.isoformat(),
            labels.days_until(o.day, today),
            o.member_no,
            o.name,
            occasion,
            labels.age_text(o),
        ]
        print("  ".join(p for p in parts if p))
    return 0


def run_holidays(args: argparse.Namespace, today: date) -> int:
    year = today.year if args.year is None else _number(args.year)
    if year is None or not FIRST_YEAR <= year <= LAST_YEAR:
        text = QCoreApplication.translate("Cli", "--year wants a year from {first} to {last}.")
        return _fail(text.format(first=FIRST_YEAR, last=LAST_YEAR))
    marks = holidays.year_marks(year)
    # One entry per (date, kind): two marketing days on one date share it (父亲节、618).
    merged: dict[tuple[date, str], list[str]] = {}
    for mark in marks:
        name = mark.name or labels.festival_name(mark.code)
        if mark.estimated:
            name = QCoreApplication.translate("Calendar", labels.ESTIMATED).format(name=name)
        names = merged.setdefault((mark.day, mark.kind.value), [])
        if name not in names:
            names.append(name)
    joiner = "、" if texts.is_chinese() else " / "
    if args.json:
        rows = [
            {"date": day.isoformat(), "name": joiner.join(names), "kind": kind}
            for (day, kind), names in merged.items()
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    if holidays.is_estimated(year):
        text = QCoreApplication.translate(
            "Cli",
            "The official days off for {year} are not published in this version yet: "
            "the days off shown are estimated.",
        )
        print(text.format(year=year))
    from app.models.enums import DayKind

    for (day, kind), names in merged.items():
        print(f"{day.isoformat()}  {joiner.join(names)}  {labels.kind_name(DayKind(kind))}")
    return 0
