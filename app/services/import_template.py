"""The customer import template (Excel → Download template): the header row in the
user's language with one example customer, and a sheet explaining every column in
both languages, from the column contract in `customer_columns`."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from app.models.enums import Calendar, Gender, Grade
from app.services import customer_columns as cc
from app.services.import_parsing import file_error
from app.services.messages import QT_TRANSLATE_NOOP

CANNOT_SAVE = QT_TRANSLATE_NOOP("Messages", "Cannot save {file}: {reason}")

TEMPLATE_TITLES = {"customers": ("客户", "customers"), "columns": ("列说明", "columns")}
TEMPLATE_NOTE_HEADERS = (
    ("中文列名", "英文列名", "中文说明", "英文说明"),
    ("Chinese header", "English header", "Chinese notes", "English notes"),
)
TEMPLATE_GENERAL = (
    "表头可用中文或英文，列的顺序不限，不用的列可以删掉；只有姓名必填。",
    "Headers in Chinese or English, in any order; delete the columns you do not use. "
    "Only the name is required.",
)
KIND_NOTES = {
    cc.Kind.TEXT: ("文字", "text"),
    cc.Kind.DATE: ("日期", "a date"),
    cc.Kind.INT: ("整数", "a whole number"),
    cc.Kind.MONEY: ("金额（元）", "money (yuan)"),
    cc.Kind.CHOICE: ("选项", "a choice"),
    cc.Kind.BOOL: ("是/否", "yes/no"),
}


def template_columns() -> list[cc.Column]:
    """The columns a file may hold, the opening balances (points, stored value, a
    package card) last."""
    return [c for c in cc.COLUMNS if c.importable]


def _example(language: str) -> dict[str, object]:
    zh = language.startswith("zh")
    return {
        "name": "曾小贤",
        "gender": cc.label(cc.GENDERS, Gender.MALE, language),
        "mobile": "139 1234 5678",
        "wechat": "zengxiaoxian",
        "birthday": "1984-04-20",
        "calendar": cc.label(cc.CALENDARS, Calendar.LUNAR, language),
        "leap_month": cc.label(cc.BOOLS, False, language),
        "anniversary": date(2012, 10, 1),
        "grade": cc.label(cc.GRADES, Grade.IMPORTANT, language),
        "tags": "老顾客、爱聊天" if zh else "regular, chatty",
        "occupation": "电台主持人",
        "employer": "城市之声电台",
        "position": "主持人",
        "district": "西湖区",
        "hobbies": "讲笑话、看电影",
        "skin_hair_type": "中性肤质，发质偏干",
        "allergies": "酒精",
        "notes": "爱聊天，喜欢讲冷笑话",
        "source": "到店",
        "staff": "Tony老师",
        "first_visit": date(2024, 3, 1),
        "marketing_consent": cc.label(cc.BOOLS, True, language),
        "points": 1280,
        "stored_value": 1000,
        "stored_bonus": 200,
        "package": "洗吹5次卡",
        "package_service": "洗吹造型",
        "package_sessions": 5,
        "package_used": 2,
        "package_expires": date(2027, 12, 31),
    }


def write_template(path: Path, language: str) -> Path:
    """An .xlsx to fill in: the header row in the user's language and one example row,
    then a sheet explaining every column in both languages."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    path = Path(path)
    pick = 0 if language.startswith("zh") else 1
    columns = template_columns()
    example = _example(language)
    book = Workbook()
    sheet = book.active
    sheet.title = TEMPLATE_TITLES["customers"][pick]
    sheet.append([c.header(language) for c in columns])
    sheet.append([example.get(c.key) for c in columns])
    for position, column in enumerate(columns, start=1):
        letter = get_column_letter(position)
        sheet.column_dimensions[letter].width = max(column.width, 10)
        sheet.cell(1, position).font = Font(bold=True)
        if column.kind == cc.Kind.TEXT and column.key in ("member_no", "mobile", "phone"):
            # Typed into a text column, a mobile never turns into 1.39E+10.
            sheet.column_dimensions[letter].number_format = "@"
            sheet.cell(2, position).number_format = "@"
        elif column.kind == cc.Kind.DATE:
            sheet.cell(2, position).number_format = "yyyy-mm-dd"
        elif column.kind == cc.Kind.MONEY:
            sheet.cell(2, position).number_format = "#,##0.00"
    sheet.freeze_panes = "A2"
    notes = book.create_sheet(TEMPLATE_TITLES["columns"][pick])
    notes.append(list(TEMPLATE_NOTE_HEADERS[pick]))
    for column in columns:
        kind = KIND_NOTES.get(column.kind, ("", ""))
        notes.append([column.zh, column.key, column.zh_note or kind[0], column.en_note or kind[1]])
    notes.append([])
    notes.append([TEMPLATE_GENERAL[0], "", "", TEMPLATE_GENERAL[1]])
    for letter, width in zip("ABCD", (14, 16, 48, 48), strict=True):
        notes.column_dimensions[letter].width = width
    notes.freeze_panes = "A2"
    partial = path.with_name(f".{path.name}.part")
    try:
        book.save(partial)
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise file_error(CANNOT_SAVE, path, reason=exc.strerror or str(exc)) from exc
    return path
