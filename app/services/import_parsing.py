"""Reading a customer sheet: the workbook, its header row, and cells → card values as
shops type them in Excel, WPS or LibreOffice. No database here (see excel_import).

A cell arrives as openpyxl reads it: str, int, float, bool, datetime or None. A
mobile typed into a number cell comes as 13812345678 (or 13812345678.0), a member
number as 100001, a date as a datetime (or, where the date format was lost, as
an Excel serial number). Each converter returns the value or raises `CellError`
with the message the owner reads beside the row.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
import zipfile
import zlib
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from app.models.enums import Calendar, Gender, Grade
from app.services import customer_columns as cc
from app.services import lunar
from app.services.dto import Birthday
from app.services.messages import QT_TRANSLATE_NOOP, Message, ServiceError
from app.services.points import MAX_POINTS, NEGATIVE_OPENING
from app.services.validation import split_tags

FILE_MISSING = QT_TRANSLATE_NOOP("Messages", "The file {file} does not exist.")
CANNOT_READ = QT_TRANSLATE_NOOP("Messages", "The file {file} cannot be read: {reason}")
NOT_XLSX = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} is not an Excel workbook (.xlsx), or it is damaged. "
    "Open it in Excel or WPS and save it as an Excel workbook (.xlsx).",
)
OLD_XLS = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} is an old Excel file (.xls). Open it in Excel or WPS and save it as an "
    "Excel workbook (.xlsx).",
)
ENCRYPTED = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} is protected by a password. Open it in Excel or WPS, remove the password "
    "and save it again.",
)
NO_HEADER = QT_TRANSLATE_NOOP(
    "Messages",
    "No header row found in {file}: one of the first {rows} rows must name the columns, "
    "at least 姓名 (name).",
)
BAD_DATE = QT_TRANSLATE_NOOP(
    "Messages",
    "Not a date: write e.g. 1990-08-15, 08-15, 8月15日, 农历八月十五 or 农历1990-08-15.",
)
BAD_FULL_DATE = QT_TRANSLATE_NOOP("Messages", "Not a date with its year: write e.g. 2024-03-01.")
BAD_CHOICE = QT_TRANSLATE_NOOP("Messages", "“{value}” is not one of: {choices}.")
LUNAR_BUT_SOLAR = QT_TRANSLATE_NOOP(
    "Messages", "This says solar, but the birthday is written as a lunar date (农历)."
)
SOLAR_BUT_LUNAR = QT_TRANSLATE_NOOP(
    "Messages", "This says lunar, but the birthday is written as a solar date (公历)."
)
LEAP_BUT_NO = QT_TRANSLATE_NOOP(
    "Messages", "This says no, but the birthday is written in a leap month (闰)."
)
BAD_POINTS = QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is not a number of points: write a whole number, e.g. 1280."
)
FRACTION_POINTS = QT_TRANSLATE_NOOP("Messages", "Points are whole numbers: {value} has a fraction.")
OPENING_TOO_LARGE = QT_TRANSLATE_NOOP("Messages", "An opening balance is at most {max} points.")

# Shown in the BAD_CHOICE message: the usual spellings, both languages.
GENDER_CHOICES = "男, 女, male, female, M, F"
GRADE_CHOICES = "贵宾, 重要客户, 一般客户, VIP, important, regular"
CALENDAR_CHOICES = "公历, 农历, solar, lunar"
BOOL_CHOICES = "是, 否, yes, no"

HEADER_SCAN_ROWS = 10  # title rows may stand above the header row
LUNAR_PREFIXES = ("农历", "阴历", "旧历")
SOLAR_PREFIXES = ("公历", "阳历", "新历")
# Excel serial numbers taken as dates where a date cell lost its format. Smaller numbers
# (815, 1231: a month and day typed into a number cell) are refused, not guessed.
FIRST_SERIAL = 3654  # 1910-01-01
LAST_SERIAL = 73051  # 2099-12-31
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, or an .xlsx under a password
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
# What openpyxl raises on a damaged or foreign file: xml.etree's and lxml's parse errors
# are SyntaxErrors; odd styles (some WPS files) raise TypeError; a broken shared-string
# table, IndexError. Caught only around openpyxl's own calls.
_READ_ERRORS = (
    zipfile.BadZipFile, zlib.error, KeyError, IndexError, ValueError, TypeError, SyntaxError,
    EOFError,
)  # fmt: skip

_MONTHS = {"正": 1, "元": 1, "冬": 11, "腊": 12}
_MONTHS.update({name: n for n, name in enumerate("一二三四五六七八九十", start=1)})
_MONTHS.update({"十一": 11, "十二": 12})
_DAYS = {lunar.day_name(d): d for d in range(1, 31)}
_DAYS.update({f"二十{'一二三四五六七八九'[d - 21]}": d for d in range(21, 30)})
_DAYS["卅"] = 30


def _alternatives(names: dict[str, int]) -> str:
    return "|".join(sorted(names, key=len, reverse=True))


_TIME = r"(?:[T ]?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_YMD = re.compile(rf"(\d{{4}})[-/.年](\d{{1,2}})[-/.月](\d{{1,2}})日?{_TIME}")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_MD = re.compile(r"(\d{1,2})[-/.月](\d{1,2})日?")
# 1280, 1,280, 1，280, 1280.0, -5 (refused as negative, not as text), 12.5 (a fraction).
_POINTS = re.compile(r"([-+]?)(\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.(\d+))?")
_CHINESE = re.compile(
    rf"(?:(\d{{4}})年)?({_alternatives(_MONTHS)}|\d{{1,2}})月"
    rf"(?:({_alternatives(_DAYS)})日?|(\d{{1,2}})日?)"
)


class CellError(Exception):
    """A cell that cannot become a card value; carries the message for the owner."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.english())
        self.message = message


@dataclass(frozen=True)
class DateParts:
    """A date as written: the year may be missing; `lunar` is None when the text does
    not say (a date cell, 1990-08-15), True for 农历… or Chinese day names (八月十五)."""

    month: int
    day: int
    year: int | None = None
    leap: bool = False
    lunar: bool | None = None


def text_of(value: object) -> str:
    """A cell as text: 100001 and 13812345678.0 without '.0', dates as 2024-03-01."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return cc.BOOLS[value][0]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(" ", "minutes")
    return str(value)


def _key(value: object) -> str:
    return "".join(text_of(value).split()).lower()


def _choice(value: object, accepted: dict[str, object], choices: str) -> object:
    found = accepted.get(_key(value))
    if found is None:
        raise CellError(Message(BAD_CHOICE, {"value": text_of(value).strip(), "choices": choices}))
    return found


def gender_of(value: object) -> Gender:
    return Gender(_choice(value, cc.ACCEPTED_GENDERS, GENDER_CHOICES))  # type: ignore[arg-type]


def grade_of(value: object) -> Grade:
    return Grade(_choice(value, cc.ACCEPTED_GRADES, GRADE_CHOICES))  # type: ignore[arg-type]


def calendar_of(value: object) -> Calendar:
    return Calendar(_choice(value, cc.ACCEPTED_CALENDARS, CALENDAR_CHOICES))  # type: ignore[arg-type]


def bool_of(value: object) -> bool:
    return bool(_choice(value, cc.ACCEPTED_BOOLS, BOOL_CHOICES))  # type: ignore[arg-type]


def _from_number(value: float) -> DateParts:
    number = int(value)  # a serial with a time of day: the day is what counts
    if 19000101 <= number <= 21001231:
        return DateParts(number // 100 % 100, number % 100, number // 10000)
    if FIRST_SERIAL <= number <= LAST_SERIAL:
        from openpyxl.utils.datetime import from_excel

        day = from_excel(number)
        return DateParts(day.month, day.day, day.year)
    raise CellError(Message(BAD_DATE))


def date_parts(value: object) -> DateParts:
    """What a birthday or anniversary cell says (the month and day may still be out of
    range: the card's own checks report that, as in the card editor)."""
    if isinstance(value, datetime | date):
        return DateParts(value.month, value.day, value.year)
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise CellError(Message(BAD_DATE))
    if not isinstance(value, str):
        return _from_number(value)
    text = "".join(unicodedata.normalize("NFKC", value).split())
    said: bool | None = None
    for prefixes, is_lunar in ((LUNAR_PREFIXES, True), (SOLAR_PREFIXES, False)):
        for prefix in prefixes:
            if text.startswith(prefix):
                text, said = text[len(prefix) :], is_lunar
            elif text.endswith(f"({prefix})"):
                text, said = text[: -len(prefix) - 2], is_lunar
    leap = "闰" in text
    text = text.replace("闰", "", 1)
    if match := _YMD.fullmatch(text) or _COMPACT.fullmatch(text):
        year, month, day = (int(g) for g in match.groups())
        return DateParts(month, day, year, leap, said)
    if match := _MD.fullmatch(text):
        return DateParts(int(match[1]), int(match[2]), None, leap, said)
    if match := _CHINESE.fullmatch(text):
        year_text, month_text, day_name, day_digits = match.groups()
        month = _MONTHS[month_text] if month_text in _MONTHS else int(month_text)
        day = _DAYS[day_name] if day_name else int(day_digits)
        # 八月十五, 四月初十: traditional month and day names are lunar dates.
        chinese = month_text in _MONTHS or day_name is not None
        if said is None and chinese:
            said = True
        return DateParts(month, day, int(year_text) if year_text else None, leap, said)
    raise CellError(Message(BAD_DATE))


def full_date(value: object) -> date:
    """A solar date with its year (first visit)."""
    try:
        parts = date_parts(value)
    except CellError:
        raise CellError(Message(BAD_FULL_DATE)) from None
    if parts.year is None or parts.lunar or parts.leap:
        raise CellError(Message(BAD_FULL_DATE))
    try:
        return date(parts.year, parts.month, parts.day)
    except ValueError:
        raise CellError(Message(BAD_FULL_DATE)) from None


def anniversary_of(value: object) -> Birthday:
    parts = date_parts(value)
    # A lunar one stays lunar here, so the card's own check says it must be solar.
    kind = Calendar.LUNAR if parts.lunar or parts.leap else Calendar.SOLAR
    return Birthday(kind, parts.month, parts.day, parts.year, parts.leap)


def whole_number_of(value: object, bad: str, fraction: str, suffixes: tuple[str, ...] = ()) -> int:
    """A whole number (sign kept), from a number cell or text as shops type it (1280,
    1,280, 1280.0, full-width digits, a unit after it); `bad` and `fraction` are the
    messages for text that is no number and for a number with a fraction."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        shown = str(value).upper() if isinstance(value, bool) else text_of(value).strip()
        raise CellError(Message(bad, {"value": shown}))
    if isinstance(value, str):
        text = "".join(unicodedata.normalize("NFKC", value).split())
        for suffix in suffixes:  # 1280积分, 10次
            text = text.removesuffix(suffix)
        match = _POINTS.fullmatch(text)
        if match is None:
            raise CellError(Message(bad, {"value": value.strip()}))
        sign, digits, decimals = match.groups()
        if decimals and decimals.strip("0"):
            raise CellError(Message(fraction, {"value": value.strip()}))
        number = int(digits.replace(",", "").replace("，", ""))
        return -number if sign == "-" else number
    if isinstance(value, float) and not value.is_integer():
        if value != value or value in (float("inf"), float("-inf")):  # NaN, ±inf
            raise CellError(Message(bad, {"value": text_of(value)}))
        raise CellError(Message(fraction, {"value": text_of(value)}))
    return int(value)


def points_of(value: object) -> int:
    """An opening balance: a whole number ≥ 0, from a number cell or text as shops type
    it (1280, 1,280, 1280.0, 1280积分, full-width digits)."""
    number = whole_number_of(value, BAD_POINTS, FRACTION_POINTS, ("积分", "分"))
    if number < 0:
        raise CellError(Message(NEGATIVE_OPENING))
    if number > MAX_POINTS:
        raise CellError(Message(OPENING_TOO_LARGE, {"max": f"{MAX_POINTS:,}"}))
    return number


def tags_of(value: object) -> tuple[str, ...]:
    return split_tags(text_of(value))


CONVERTERS: dict[str, Callable[[object], object]] = {
    "gender": gender_of,
    "grade": grade_of,
    "marketing_consent": bool_of,
    "first_visit": full_date,
    "anniversary": anniversary_of,
    "tags": tags_of,
}
# Columns taken as text as they are (the birthday is read with its 历法 and 闰月; the
# opening columns are the ledgers', not the card's).
TEXT_KEYS = frozenset(
    c.key
    for c in cc.COLUMNS
    if c.kind == cc.Kind.TEXT and c.key not in CONVERTERS and c.key not in cc.OPENING_KEYS
)
Report = Callable[[str, Message], None]  # (column key, message)


def row_fields(found: dict[str, object], report: Report) -> tuple[dict[str, Any], bool]:
    """The card fields of a row's non-empty cells (by column key), and whether its leap
    month came from the 闰月 column; each bad cell is reported and left out."""
    fields: dict[str, Any] = {
        key: value if value.__class__ is str else text_of(value)
        for key, value in found.items()
        if key in TEXT_KEYS
    }
    for key, convert in CONVERTERS.items():
        if key in found:
            try:
                fields[key] = convert(found[key])
            except CellError as exc:
                report(key, exc.message)
    leap_from_column = False
    if "birthday" in found or "calendar" in found or "leap_month" in found:
        birthday, leap_from_column = _birthday(found, report)
        if birthday is not None:
            fields["birthday"] = birthday
    return fields, leap_from_column


def _birthday(found: dict[str, object], report: Report) -> tuple[Birthday | None, bool]:
    """The birthday with its 历法 and 闰月 columns; a 农历 prefix must agree with them."""
    calendar = leap = None
    try:
        if "calendar" in found:
            calendar = calendar_of(found["calendar"])
    except CellError as exc:
        report("calendar", exc.message)
    try:
        if "leap_month" in found:
            leap = bool_of(found["leap_month"])
    except CellError as exc:
        report("leap_month", exc.message)
    if "birthday" not in found:
        return None, False  # 历法 and 闰月 mean nothing without a date
    try:
        parts = date_parts(found["birthday"])
    except CellError as exc:
        report("birthday", exc.message)
        return None, False
    lunar = parts.lunar
    if lunar is not None and calendar is not None and lunar != (calendar == Calendar.LUNAR):
        report("calendar", Message(LUNAR_BUT_SOLAR if lunar else SOLAR_BUT_LUNAR))
    if lunar is None:
        lunar = calendar == Calendar.LUNAR
    if parts.leap and leap is False:
        report("leap_month", Message(LEAP_BUT_NO))
    kind = Calendar.LUNAR if lunar else Calendar.SOLAR
    birthday = Birthday(kind, parts.month, parts.day, parts.year, parts.leap or bool(leap))
    return birthday, bool(leap) and not parts.leap


# -- the workbook -------------------------------------------------------------------------


@dataclass(frozen=True)
class Sheet:
    """The sheet that holds the customers: its header row and the rows below it."""

    title: str
    header_row: int
    header: tuple[object, ...]
    rows: Iterator[tuple[int, tuple[object, ...]]]  # (row number, cells) below the header


def file_error(template: str, path: Path, **params: object) -> ServiceError:
    return ServiceError(Message(template, {"file": path.name, **params}))


def column_letter(position: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(position + 1)


def header_text(value: object) -> str:
    # "姓名*" marks a required column in many shops' sheets.
    return text_of(value).replace("*", "").replace("＊", "").strip()


def _known_columns(cells: tuple[object, ...]) -> set[str]:
    found = set()
    for value in cells:
        if isinstance(value, str) and (column := cc.column_for_header(header_text(value))):
            found.add(column.key)
    return found


def _rows(ws: Any, path: Path) -> Generator[tuple[object, ...], None, None]:
    """The sheet's rows from row 1 (a missing row comes as an empty one)."""
    ws.reset_dimensions()  # some writers declare A1:A1 for a full sheet
    rows = ws.iter_rows(values_only=True)
    try:
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except _READ_ERRORS as exc:
                raise file_error(NOT_XLSX, path) from exc
            except OSError as exc:
                raise file_error(CANNOT_READ, path, reason=exc.strerror or str(exc)) from exc
            yield row
    finally:
        rows.close()


def _find_header(book: Any, path: Path) -> tuple[Any, int, tuple[object, ...]]:
    """The row naming the most known columns, the name among them, in the first rows of
    any sheet (a full export has several sheets; title rows may stand above the header)."""
    best: tuple[int, Any, int, tuple[object, ...]] | None = None
    for ws in book.worksheets:
        rows = _rows(ws, path)
        try:
            for number, cells in enumerate(rows, start=1):
                found = _known_columns(cells)
                if "name" in found and (best is None or len(found) > best[0]):
                    best = (len(found), ws, number, cells)
                if number >= HEADER_SCAN_ROWS:
                    break
        finally:
            rows.close()
    if best is None:
        raise file_error(NO_HEADER, path, rows=HEADER_SCAN_ROWS)
    return best[1:]


def _check_file(path: Path) -> None:
    if not path.exists():
        raise file_error(FILE_MISSING, path)
    if path.is_dir():
        raise file_error(NOT_XLSX, path)
    with open(path, "rb") as handle:
        head = handle.read(8)
        if head == _CFB_MAGIC:
            # The directory of a password-protected .xlsx names this stream.
            encrypted = _ENCRYPTED_STREAM in handle.read()
            raise file_error(ENCRYPTED if encrypted else OLD_XLS, path)
    if not head.startswith(b"PK"):
        raise file_error(NOT_XLSX, path)


@contextmanager
def open_sheet(path: Path) -> Iterator[Sheet]:
    """The customer sheet of an .xlsx file, read as it streams (openpyxl read-only).

    Raises ServiceError when the file is missing, unreadable, not an .xlsx (an old
    .xls, a password, damage) or has no header row with the name column."""
    from openpyxl import load_workbook

    try:
        _check_file(path)
        handle = open(path, "rb")  # noqa: SIM115 - closed below, after the rows are read
    except OSError as exc:
        raise file_error(CANNOT_READ, path, reason=exc.strerror or str(exc)) from exc
    with handle, warnings.catch_warnings():
        # openpyxl warns about what it drops from a workbook (styles, validation
        # extensions); none of it matters to the values read here.
        warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
        try:
            # A file object, not the name: openpyxl refuses an .xlsx saved as "名单.xls".
            book = load_workbook(handle, read_only=True, data_only=False)
        except _READ_ERRORS as exc:
            raise file_error(NOT_XLSX, path) from exc
        except OSError as exc:
            raise file_error(CANNOT_READ, path, reason=exc.strerror or str(exc)) from exc
        try:
            ws, header_row, header = _find_header(book, path)
            rows = _rows(ws, path)
            try:
                below = ((n, r) for n, r in enumerate(rows, start=1) if n > header_row)
                yield Sheet(ws.title, header_row, header, below)
            finally:
                rows.close()
        finally:
            book.close()
