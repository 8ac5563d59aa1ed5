"""Customer import from .xlsx (SPEC §6, §9): every header and cell format shops use,
all-or-nothing, updates instead of duplicates, and files made by LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from openpyxl import Workbook, load_workbook

from app.models import (
    ChangeLog,
    Customer,
    PackageCard,
    PointsEntry,
    SearchKey,
    SessionEntry,
    Setting,
    StoredValueEntry,
)
from app.models.enums import (
    Calendar,
    ChangeAction,
    ExpiryPolicy,
    Gender,
    Grade,
    PaidWith,
    PointsKind,
    SessionKind,
    StoredValueKind,
)
from app.services import (
    checks,
    customers,
    excel_import,
    import_prepaid,
    packages,
    points,
    points_rules,
    prepaid,
)
from app.services import customer_columns as cc
from app.services.dto import Birthday, CustomerData, FamilyMemberData
from app.services.excel_import import ROW_PROBLEM, Action, read_customers
from app.services.import_template import template_columns
from app.services.messages import ServiceError

TODAY = date(2026, 11, 22)
ZH = [c.zh for c in cc.COLUMNS if c.exported]


def write_xlsx(path: Path, rows: list[list[object]], above: list[list[object]] = ()) -> Path:
    """A workbook with `above` (title rows) and then `rows` (header first)."""
    book = Workbook()
    sheet = book.active
    for row in [*above, *rows]:
        sheet.append(row)
    book.save(path)
    return path


def lines(plan: excel_import.ImportPlan) -> list[str]:
    return [
        ROW_PROBLEM.format(row=p.row, column=p.column, reason=p.message.english())
        for p in plan.problems
    ]


def imported(path: Path, now: datetime) -> excel_import.ImportResult:
    plan = read_customers(path, now.date())
    assert lines(plan) == []
    return excel_import.apply(plan, "店长", now)


def card(member_no: str) -> CustomerData:
    cid = customers.find_by_member_no(member_no)
    assert cid is not None, member_no
    return customers.get_card(cid).data


# -- headers and cells --------------------------------------------------------------------


def test_chinese_headers_any_order(db, tmp_path: Path, now: datetime) -> None:
    """A shop's own sheet, columns in its own order, imports every field."""
    path = write_xlsx(
        tmp_path / "客户.xlsx",
        [
            ["手机", "姓名", "会员号", "性别", "生日", "等级", "标签", "过敏", "接收营销信息"],
            ["138 1234 5678", "张三", "A001", "女", "1990-08-15", "贵宾", "老顾客，爱聊天",
             "酒精", "是"],
        ],
    )  # fmt: skip
    assert imported(path, now) == excel_import.ImportResult(1, 0, 0)
    data = card("A001")
    assert (data.name, data.mobile, data.gender, data.grade) == (
        "张三",
        "13812345678",
        Gender.FEMALE,
        Grade.VIP,
    )
    assert data.birthday == Birthday(Calendar.SOLAR, 8, 15, 1990)
    assert set(data.tags) == {"老顾客", "爱聊天"} and data.allergies == "酒精"
    assert data.marketing_consent is True


def test_english_headers_and_aliases(db, tmp_path: Path, now: datetime) -> None:
    """English headers (any case) and the other names shops give columns are understood."""
    path = write_xlsx(
        tmp_path / "en.xlsx",
        [
            ["Name", "MOBILE", "member no", "Gender", "Grade", "birthday", "微信号"],
            ["Lily Wang", "+86 139-0000-0001", "b7", "F", "important", "1985/3/9", "lily_w"],
        ],
    )
    imported(path, now)
    data = card("B7")
    assert (data.name, data.mobile, data.gender, data.grade, data.wechat) == (
        "Lily Wang",
        "13900000001",
        Gender.FEMALE,
        Grade.IMPORTANT,
        "lily_w",
    )
    assert data.birthday == Birthday(Calendar.SOLAR, 3, 9, 1985)


@pytest.mark.parametrize(
    "cell, calendar, leap, expected",
    [
        (datetime(1990, 8, 15), None, None, Birthday(Calendar.SOLAR, 8, 15, 1990)),
        (date(1990, 8, 15), None, None, Birthday(Calendar.SOLAR, 8, 15, 1990)),
        ("1990-08-15", None, None, Birthday(Calendar.SOLAR, 8, 15, 1990)),
        ("1990/8/15", None, None, Birthday(Calendar.SOLAR, 8, 15, 1990)),
        ("19900815", None, None, Birthday(Calendar.SOLAR, 8, 15, 1990)),
        (19900815, None, None, Birthday(Calendar.SOLAR, 8, 15, 1990)),
        ("08-15", None, None, Birthday(Calendar.SOLAR, 8, 15)),
        ("8月15日", None, None, Birthday(Calendar.SOLAR, 8, 15)),
        ("1990年8月15日", None, None, Birthday(Calendar.SOLAR, 8, 15, 1990)),
        ("１９９０－０８－１５", None, None, Birthday(Calendar.SOLAR, 8, 15, 1990)),
        ("农历1990-08-15", None, None, Birthday(Calendar.LUNAR, 8, 15, 1990)),
        ("农历八月十五", None, None, Birthday(Calendar.LUNAR, 8, 15)),
        ("农历闰四月初十", None, None, Birthday(Calendar.LUNAR, 4, 10, None, True)),
        ("农历2020年闰四月初十", None, None, Birthday(Calendar.LUNAR, 4, 10, 2020, True)),
        ("腊月廿三", None, None, Birthday(Calendar.LUNAR, 12, 23)),
        ("1990-08-15", "农历", None, Birthday(Calendar.LUNAR, 8, 15, 1990)),
        (datetime(1990, 8, 15), "lunar", "否", Birthday(Calendar.LUNAR, 8, 15, 1990)),
        ("2020-04-10", "农历", "是", Birthday(Calendar.LUNAR, 4, 10, 2020, True)),
        ("04-10", "lunar", "yes", Birthday(Calendar.LUNAR, 4, 10, None, True)),
        ("1990-08-15", "公历", None, Birthday(Calendar.SOLAR, 8, 15, 1990)),
    ],
)
def test_birthday_forms(
    db, tmp_path: Path, cell: object, calendar: str | None, leap: str | None, expected: Birthday
) -> None:
    """Every way SPEC §9 lets a shop write a birthday, solar or lunar, becomes the same card."""
    path = write_xlsx(
        tmp_path / "b.xlsx", [["姓名", "生日", "历法", "闰月"], ["王芳", cell, calendar, leap]]
    )
    plan = read_customers(path, TODAY)
    assert lines(plan) == []
    assert plan.rows[0].data.birthday == expected


@pytest.mark.parametrize(
    "cells, expected",
    [
        (
            ["农历八月十五", "公历", None],
            "row 2: 历法: This says solar, but the birthday is written",
        ),
        (["1990-08-15", "农历", None], None),
        (["农历闰四月初十", None, "否"], "row 2: 闰月: This says no, but the birthday is written"),
        (["1990-04-10", "公历", "是"], "row 2: 闰月: Only a lunar date can be in a leap month."),
        (["2021-04-10", "农历", "是"], "row 2: 闰月: Lunar year 2021 has no leap month 4."),
        (["1990-02-30", None, None], "row 2: 生日: That day does not exist in this month."),
        (["13-01", None, None], "row 2: 生日: The month must be between 1 and 12."),
        (["2030-01-01", None, None], "row 2: 生日: The year must be between 1900 and 2026."),
        (["下个月", None, None], "row 2: 生日: Not a date"),
        ([815, None, None], "row 2: 生日: Not a date"),
        (["1990-08-15", "阳", None], "row 2: 历法: “阳” is not one of"),
    ],
)
def test_birthday_mistakes_named(
    db, tmp_path: Path, cells: list[object], expected: str | None
) -> None:
    """A birthday the card editor would refuse is refused with the column that is wrong."""
    path = write_xlsx(tmp_path / "b.xlsx", [["姓名", "生日", "历法", "闰月"], ["王芳", *cells]])
    found = lines(read_customers(path, TODAY))
    if expected is None:
        assert found == []
    else:
        assert len(found) == 1 and found[0].startswith(expected), found


def test_numbers_dates_and_choices_from_cells(db, tmp_path: Path, now: datetime) -> None:
    """Number cells (mobile 13812345678.0, member number 100008), date cells and the
    accepted spellings of choices import as the card editor would save them."""
    path = write_xlsx(
        tmp_path / "n.xlsx",
        [
            ["会员号", "姓名", "手机", "性别", "首次到店", "结婚纪念日", "等级", "接收营销信息"],
            [100008, "赵敏", 13812345678.0, "male", datetime(2024, 3, 1), "2015-05-20", "VIP", 1],
            [100009, "周芷若", 8613812345679, "先生", "2024/3/2", date(2016, 6, 1), "普通", "否"],
        ],
    )
    imported(path, now)
    first, second = card("100008"), card("100009")
    assert (first.mobile, first.gender, first.first_visit, first.grade) == (
        "13812345678",
        Gender.MALE,
        date(2024, 3, 1),
        Grade.VIP,
    )
    assert first.anniversary == Birthday(Calendar.SOLAR, 5, 20, 2015)
    assert first.marketing_consent is True and second.marketing_consent is False
    assert (second.mobile, second.gender, second.grade) == (
        "13812345679",
        Gender.MALE,
        Grade.REGULAR,
    )
    assert second.first_visit == date(2024, 3, 2)
    assert second.anniversary == Birthday(Calendar.SOLAR, 6, 1, 2016)


def test_bad_choices_and_dates_named(db, tmp_path: Path) -> None:
    """A gender, grade or yes/no that is not one of the accepted words is named in its column."""
    path = write_xlsx(
        tmp_path / "c.xlsx",
        [
            ["姓名", "性别", "等级", "接收营销信息", "首次到店", "结婚纪念日"],
            ["甲", "未知的", "钻石", "也许", "08-15", "农历八月十五"],
        ],
    )
    found = lines(read_customers(path, TODAY))
    assert [f.split(": ")[1] for f in found] == [
        "性别",
        "等级",
        "接收营销信息",
        "首次到店",
        "结婚纪念日",
    ]
    assert "钻石" in found[1] and "贵宾" in found[1]
    assert found[4].endswith("The wedding anniversary is kept as a solar date.")


def test_unknown_columns_reported_and_export_only_columns_skipped(
    db, tmp_path: Path, now: datetime
) -> None:
    """A column the program does not know is named and left out; the computed columns an
    export writes (last visit, visits, total) are skipped without a word."""
    path = write_xlsx(
        tmp_path / "u.xlsx",
        [
            ["姓名", "星座", "最近到店", "到店次数", "累计消费", "Shoe size"],
            ["甲", "天蝎", datetime(2026, 1, 1), 9, 1280.5, 37],
            [None, "白羊", None, None, None, None],  # only an unknown column: not a customer
        ],
    )
    plan = read_customers(path, TODAY)
    assert plan.ignored_columns == ["星座", "Shoe size"]
    assert lines(plan) == [] and [r.row for r in plan.rows] == [2]
    excel_import.apply(plan, "店长", now)
    assert Customer.get().visit_count == 0 and Customer.get().last_visit is None


# -- opening points (积分) -------------------------------------------------------------------


def entries_of(member_no: str) -> list[tuple[object, ...]]:
    """(kind, points, balance after, expires on, operator, note) of her ledger, oldest first."""
    cid = customers.find_by_member_no(member_no)
    assert cid is not None
    return [
        (e.kind, e.points, e.balance_after, e.expires_on, e.operator, e.note)
        for e in points.statement(cid)
    ]


def test_opening_points_become_one_entry_each(db, tmp_path: Path, now: datetime) -> None:
    """A shop moving from paper brings every customer's points: one opening entry each,
    the balance on her card, and check proves it."""
    points_rules.save_rule(
        points_rules.RuleData(now.date(), expiry_policy=ExpiryPolicy.MONTHS, expiry_months=12),
        "店长",
        now,
    )
    path = write_xlsx(
        tmp_path / "积分.xlsx",
        [
            ["会员号", "姓名", "积分"],
            ["A1", "甲", 1280],
            ["A2", "乙", "1,280"],
            ["A3", "丙", "300.0"],
            ["A4", "丁", 0],
            ["A5", "戊", None],
            ["A6", "己", 45.0],
        ],
    )
    assert imported(path, now) == excel_import.ImportResult(6, 0, 0, opening_balances=4)
    expires = date(2027, 11, 22)
    assert entries_of("A1") == [(PointsKind.OPENING, 1280, 1280, expires, "店长", "积分.xlsx")]
    assert entries_of("A2") == [(PointsKind.OPENING, 1280, 1280, expires, "店长", "积分.xlsx")]
    assert [e[1] for e in entries_of("A3")] == [300] and [e[1] for e in entries_of("A6")] == [45]
    assert entries_of("A4") == [] and entries_of("A5") == []  # zero and empty: no entry
    balances = {c.member_no: c.points_balance for c in Customer.select()}
    assert balances == {"A1": 1280, "A2": 1280, "A3": 300, "A4": 0, "A5": 0, "A6": 45}
    assert PointsEntry.get().posted_at == now
    assert checks.check_database() == []


@pytest.mark.parametrize("header", ["points", "Points", "期初积分", "会员积分", "积分余额"])
def test_points_headers_understood(db, tmp_path: Path, now: datetime, header: str) -> None:
    """An English sheet, or another program's export, brings its points too."""
    path = write_xlsx(tmp_path / "p.xlsx", [["name", header], ["Ann", "  2 000 "]])
    imported(path, now)
    assert Customer.get().points_balance == 2000


def test_bad_points_named_by_row_and_column(db, tmp_path: Path, now: datetime) -> None:
    """Negative, fractional or wordy points are named at their row and nothing is
    imported: a wrong balance on a card is worse than a second try."""
    path = write_xlsx(
        tmp_path / "bad.xlsx",
        [
            ["姓名", "积分"],
            ["甲", -5],
            ["乙", 12.5],
            ["丙", "很多"],
            ["丁", "-1,000"],
            ["戊", "1.5"],
            ["己", 20_000_000],
            ["庚", 100],
        ],
    )
    plan = read_customers(path, TODAY)
    assert lines(plan) == [
        "row 2: 积分: An opening balance cannot be negative.",
        "row 3: 积分: Points are whole numbers: 12.5 has a fraction.",
        "row 4: 积分: “很多” is not a number of points: write a whole number, e.g. 1280.",
        "row 5: 积分: An opening balance cannot be negative.",
        "row 6: 积分: Points are whole numbers: 1.5 has a fraction.",
        "row 7: 积分: An opening balance is at most 10,000,000 points.",
    ]
    with pytest.raises(ServiceError):
        excel_import.apply(plan, "店长", now)
    assert Customer.select().count() == 0 and PointsEntry.select().count() == 0


def test_points_dry_run_writes_nothing(db, tmp_path: Path, now: datetime) -> None:
    """Checking a file with points (--dry-run, the preview) posts no points."""
    customers.create_customer(CustomerData(name="甲", member_no="1"), "店长", now)
    rows = [["会员号", "姓名", "积分"], ["1", "甲", 50], ["2", "乙", 70]]
    path = write_xlsx(tmp_path / "p.xlsx", rows)
    plan = read_customers(path, TODAY)
    assert [(r.action, r.points) for r in plan.rows] == [(Action.UPDATE, 50), (Action.CREATE, 70)]
    assert PointsEntry.select().count() == 0
    assert [c.points_balance for c in Customer.select()] == [0]


def test_existing_customer_gets_her_opening_once(db, tmp_path: Path, now: datetime) -> None:
    """A customer already on the books but without points gets her opening balance; the
    same file imported again changes nothing (her ledger now holds that number)."""
    customers.create_customer(CustomerData(name="甲", member_no="1"), "店长", now)
    path = write_xlsx(tmp_path / "p.xlsx", [["会员号", "姓名", "积分"], ["1", "甲", 500]])
    assert imported(path, now) == excel_import.ImportResult(0, 1, 0, opening_balances=1)
    assert entries_of("1") == [(PointsKind.OPENING, 500, 500, None, "店长", "p.xlsx")]
    assert card("1").name == "甲" and ChangeLog.select().count() == 1  # the card is as it was
    assert imported(path, now) == excel_import.ImportResult(0, 0, 1)
    assert len(entries_of("1")) == 1 and Customer.get().points_balance == 500
    assert checks.check_database() == []


def test_existing_points_never_overwritten(db, tmp_path: Path, now: datetime) -> None:
    """A customer whose ledger has entries keeps them: a different number in the file is
    refused at its row, with what to do instead, and nothing is imported."""
    cid = customers.create_customer(CustomerData(name="甲", member_no="1"), "店长", now)
    points.adjust(cid, 120, "纸质积分卡", "店长", now)
    path = write_xlsx(
        tmp_path / "p.xlsx", [["会员号", "姓名", "积分"], ["2", "乙", 10], ["1", "甲", 500]]
    )
    plan = read_customers(path, TODAY)
    assert lines(plan) == [
        "row 3: 积分: This customer already has 120 points: change them with an adjustment "
        "on her card."
    ]
    with pytest.raises(ServiceError):
        excel_import.apply(plan, "店长", now)
    assert Customer.select().count() == 1 and PointsEntry.select().count() == 1
    same = write_xlsx(tmp_path / "same.xlsx", [["会员号", "姓名", "积分"], ["1", "甲", "120"]])
    assert imported(same, now) == excel_import.ImportResult(0, 0, 1)
    assert Customer.get().points_balance == 120 and PointsEntry.select().count() == 1


def test_points_posted_at_another_counter_meanwhile(db, tmp_path: Path, now: datetime) -> None:
    """Points posted at the counter between the check and the import are never buried
    under an opening balance: the import asks for a new check."""
    cid = customers.create_customer(CustomerData(name="甲", member_no="1"), "店长", now)
    path = write_xlsx(tmp_path / "p.xlsx", [["会员号", "姓名", "积分"], ["1", "甲", 500]])
    plan = read_customers(path, TODAY)
    points.adjust(cid, 30, "送积分", "前台", now)
    with pytest.raises(ServiceError) as caught:
        excel_import.apply(plan, "店长", now)
    assert "check the file again" in caught.value.message.english()
    assert [e.points for e in points.statement(cid)] == [30]


def test_points_all_or_nothing(
    db, tmp_path: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure after the new cards and their points were written leaves no card, no
    entry and no balance behind."""
    customers.create_customer(CustomerData(name="甲", member_no="1"), "店长", now)
    path = write_xlsx(
        tmp_path / "p.xlsx",
        [["会员号", "姓名", "积分"], ["", "乙", 80], ["1", "甲改", 40], ["3", "丙", 60]],
    )
    plan = read_customers(path, TODAY)
    assert lines(plan) == []

    def broken(*_args: object) -> bool:
        raise OSError("disk gone")

    monkeypatch.setattr(customers, "update_customer", broken)
    with pytest.raises(OSError):
        excel_import.apply(plan, "店长", now)
    assert [(c.name, c.points_balance) for c in Customer.select()] == [("甲", 0)]
    assert PointsEntry.select().count() == 0


# -- opening stored value (储值) and package cards (次卡) -----------------------------------

PREPAID_HEADER = ["会员号", "姓名", "储值本金", "储值赠送", "次卡名称", "次卡项目", "次卡总次数",
                  "次卡已用", "次卡到期"]  # fmt: skip


def value_entries(member_no: str) -> list[tuple[object, ...]]:
    """(kind, principal, bonus, principal after, bonus after, operator, note), oldest first."""
    cid = customers.find_by_member_no(member_no)
    assert cid is not None
    return [
        (e.kind, e.principal_fen, e.bonus_fen, e.principal_after, e.bonus_after, e.operator,
         e.note)
        for e in prepaid.value_statement(cid)
    ]  # fmt: skip


def cards_of(member_no: str) -> list[tuple[object, ...]]:
    """(name, service, sessions, used, expires on, [(kind, sessions, used after)])."""
    cid = customers.find_by_member_no(member_no)
    assert cid is not None
    return [
        (c.name, c.service, c.sessions, c.used, c.expires_on,
         [(s.kind, s.sessions, s.used_after) for s in packages.card_sessions(c.id)])
        for c in packages.cards(cid)
    ]  # fmt: skip


def test_opening_stored_value_and_cards_become_entries(db, tmp_path: Path, now: datetime) -> None:
    """A shop moving from paper brings each customer's stored value and package card:
    one opening entry each, the balance and the sessions left on her card, and check
    proves both ledgers."""
    path = write_xlsx(
        tmp_path / "储值.xlsx",
        [
            PREPAID_HEADER,
            ["A1", "甲", 1000, 200, "面部护理10次卡", "面部护理", 10, 2, date(2027, 11, 22)],
            ["A2", "乙", "¥1,280.50", None, "洗吹5次卡", None, "5次", None, "2027-06-30"],
            ["A3", "丙", "800元", "０", None, None, None, 0, None],
            ["A4", "丁", 99.9, 0.1],
            ["A5", "戊", 0, None, "头皮护理6次卡", "头皮护理", 6.0, "6", "2026-01-31"],
            ["A6", "己"],
        ],
    )
    assert imported(path, now) == excel_import.ImportResult(
        6, 0, 0, opening_values=4, opening_cards=3
    )
    opening = StoredValueKind.OPENING
    assert value_entries("A1") == [(opening, 100000, 20000, 100000, 20000, "店长", "储值.xlsx")]
    assert value_entries("A2") == [(opening, 128050, 0, 128050, 0, "店长", "储值.xlsx")]
    assert [e[1:3] for e in value_entries("A3")] == [(80000, 0)]
    assert [e[1:3] for e in value_entries("A4")] == [(9990, 10)]
    assert value_entries("A5") == [] and value_entries("A6") == []
    balances = {
        c.member_no: (c.stored_principal_fen, c.stored_bonus_fen) for c in Customer.select()
    }
    assert balances["A1"] == (100000, 20000) and balances["A5"] == (0, 0)
    used = SessionKind.OPENING
    assert cards_of("A1") == [
        ("面部护理10次卡", "面部护理", 10, 2, date(2027, 11, 22), [(used, -2, 2)])
    ]
    assert cards_of("A2") == [("洗吹5次卡", "洗吹5次卡", 5, 0, date(2027, 6, 30), [])]
    # Used up and expired: it imports as the paper card says, and cannot be used.
    assert cards_of("A5") == [
        ("头皮护理6次卡", "头皮护理", 6, 6, date(2026, 1, 31), [(used, -6, 6)])
    ]
    assert cards_of("A3") == [] and cards_of("A6") == []
    card = PackageCard.get(PackageCard.name == "面部护理10次卡")
    assert (card.sold_on, card.price_fen, card.paid_with, card.operator) == (
        now.date(),
        0,
        PaidWith.CASH,
        "店长",
    )
    assert checks.check_database() == []


@pytest.mark.parametrize(
    "header",
    [
        ["name", "stored_value", "stored_bonus", "package", "package_service",
         "package_sessions", "package_used", "package_expires"],
        ["姓名", "储值余额", "赠送余额", "疗程卡", "服务项目", "总次数", "已用次数", "次卡有效期"],
    ],
)  # fmt: skip
def test_prepaid_headers_understood(db, tmp_path: Path, now: datetime, header: list[str]) -> None:
    """An English sheet, or another program's export, brings stored value and cards too."""
    path = write_xlsx(
        tmp_path / "p.xlsx", [header, ["Ann", "2,000", 300, "补水10次卡", "补水护理", 10, 3,
                                       "2027-03-01"]]
    )  # fmt: skip
    imported(path, now)
    cid = Customer.get().id
    assert prepaid.balance(cid) == prepaid.Balance(200000, 30000)
    cards = [(c.name, c.service, c.left) for c in packages.cards(cid)]
    assert cards == [("补水10次卡", "补水护理", 7)]


def test_bad_prepaid_cells_named_by_row_and_column(db, tmp_path: Path, now: datetime) -> None:
    """Negative or over-precise money, impossible sessions and a card without its name or
    expiry are named at their row and column, and nothing is imported."""
    path = write_xlsx(
        tmp_path / "bad.xlsx",
        [
            PREPAID_HEADER,
            ["1", "甲", -100, None],
            ["2", "乙", "1000.005", "很多"],
            ["3", "丙", 2_000_000, None],
            ["4", "丁", None, None, "面部护理10次卡", None, 0, None, "2027-01-01"],
            ["5", "戊", None, None, "面部护理10次卡", None, 10, 11, "2027-01-01"],
            ["6", "己", None, None, "面部护理10次卡", None, 10, 2, None],
            ["7", "庚", None, None, None, None, 10, None, "2027-01-01"],
            ["8", "辛", None, None, "卡", None, 2.5, None, "明年"],
            ["9", "壬", None, None, None, None, None, 3, None],
            ["10", "癸", 50, 5, "洗吹5次卡", None, 5, 0, "2027-01-01"],
        ],
    )
    plan = read_customers(path, TODAY)
    assert lines(plan) == [
        "row 2: 储值本金: An opening balance cannot be negative.",
        "row 3: 储值本金: An amount has at most two decimals (fen): 1000.005 has more.",
        "row 3: 储值赠送: “很多” is not an amount of money: write e.g. 1000, 1,280.50 or ¥800.",
        "row 4: 储值本金: An opening stored value is at most ¥1,000,000.",
        "row 5: 次卡总次数: A package has 1 to 1,000 sessions.",
        "row 6: 次卡已用: Sessions already used: 0 to the sessions sold.",
        "row 7: 次卡到期: Give the day the package card expires, e.g. 2027-06-30.",
        "row 8: 次卡名称: Give the package a name.",
        "row 9: 次卡总次数: Sessions are whole numbers: 2.5 has a fraction.",
        "row 9: 次卡到期: Not a date with its year: write e.g. 2024-03-01.",
        "row 10: 次卡名称: Give the package a name.",
    ]
    with pytest.raises(ServiceError):
        excel_import.apply(plan, "店长", now)
    assert Customer.select().count() == 0
    assert StoredValueEntry.select().count() == 0 and PackageCard.select().count() == 0


def test_prepaid_dry_run_writes_nothing(db, tmp_path: Path, now: datetime) -> None:
    """Checking a file with stored value and cards (--dry-run, the preview) posts nothing."""
    customers.create_customer(CustomerData(name="甲", member_no="1"), "店长", now)
    rows = [PREPAID_HEADER, ["1", "甲", 500, None, "洗吹5次卡", None, 5, 1, "2027-01-01"],
            ["2", "乙", 700]]  # fmt: skip
    plan = read_customers(write_xlsx(tmp_path / "p.xlsx", rows), TODAY)
    assert [(r.action, r.prepaid.value) for r in plan.rows] == [
        (Action.UPDATE, (50000, 0)), (Action.CREATE, (70000, 0))
    ]  # fmt: skip
    assert plan.rows[0].prepaid.card == import_prepaid.OpeningCard(
        "洗吹5次卡", "洗吹5次卡", 5, 1, date(2027, 1, 1)
    )
    assert StoredValueEntry.select().count() == 0 and PackageCard.select().count() == 0


def test_existing_customer_gets_her_prepaid_openings_once(
    db, tmp_path: Path, now: datetime
) -> None:
    """A customer already on the books gets her stored value and card once; the same
    file imported again changes nothing."""
    customers.create_customer(CustomerData(name="甲", member_no="1"), "店长", now)
    rows = [PREPAID_HEADER, ["1", "甲", 500, 50, "洗吹5次卡", "洗吹造型", 5, 1, "2027-01-01"]]
    path = write_xlsx(tmp_path / "p.xlsx", rows)
    assert imported(path, now) == excel_import.ImportResult(
        0, 1, 0, opening_values=1, opening_cards=1
    )
    assert value_entries("1") == [
        (StoredValueKind.OPENING, 50000, 5000, 50000, 5000, "店长", "p.xlsx")
    ]
    assert [(c[0], c[3]) for c in cards_of("1")] == [("洗吹5次卡", 1)]
    assert ChangeLog.select().count() == 1  # the card itself is as it was
    assert imported(path, now) == excel_import.ImportResult(0, 0, 1)
    assert len(value_entries("1")) == 1 and len(cards_of("1")) == 1
    assert prepaid.balance(Customer.get().id) == prepaid.Balance(50000, 5000)
    assert checks.check_database() == []


def test_existing_prepaid_never_overwritten(db, tmp_path: Path, now: datetime) -> None:
    """A customer who already has stored value, or a card of that name, keeps them: other
    numbers in the file are refused at their row with what to do instead; another card's
    name opens that card."""
    cid = customers.create_customer(CustomerData(name="甲", member_no="1"), "店长", now)
    prepaid.top_up(cid, 30000, "前台", now)
    packages.post_opening_card(cid, "洗吹5次卡", "洗吹造型", 5, 1, date(2027, 1, 1), "前台", now)
    rows = [PREPAID_HEADER, ["1", "甲", 500, None, "洗吹5次卡", None, 5, 0, "2027-01-01"]]
    plan = read_customers(write_xlsx(tmp_path / "p.xlsx", rows), TODAY)
    assert lines(plan) == [
        "row 2: 储值本金: This customer already has stored value (¥300.00): top up or refund "
        "on her card instead.",
        "row 2: 次卡名称: This customer already has the package card 洗吹5次卡 (4 of 5 "
        "sessions left): sell a card or use sessions on her card instead.",
    ]
    same = [PREPAID_HEADER, ["1", "甲", "300", None, "洗吹5次卡", "洗吹造型", 5, 1, "2027-01-01"]]
    assert imported(write_xlsx(tmp_path / "same.xlsx", same), now) == excel_import.ImportResult(
        0, 0, 1
    )
    other = [PREPAID_HEADER, ["1", "甲", None, None, "面部护理10次卡", None, 10, 0, "2027-05-01"]]
    result = imported(write_xlsx(tmp_path / "other.xlsx", other), now)
    assert result == excel_import.ImportResult(0, 1, 0, opening_cards=1)
    assert [c.name for c in packages.cards(cid)] == ["洗吹5次卡", "面部护理10次卡"]
    assert StoredValueEntry.select().count() == 1 and checks.check_database() == []


def test_prepaid_posted_at_another_counter_meanwhile(db, tmp_path: Path, now: datetime) -> None:
    """A top-up or a card sold at the counter between the check and the import is never
    buried under an opening: the import asks for a new check."""
    cid = customers.create_customer(CustomerData(name="甲", member_no="1"), "店长", now)
    value = write_xlsx(tmp_path / "v.xlsx", [["会员号", "姓名", "储值本金"], ["1", "甲", 500]])
    plan = read_customers(value, TODAY)
    prepaid.top_up(cid, 10000, "前台", now)
    with pytest.raises(ServiceError) as caught:
        excel_import.apply(plan, "店长", now)
    assert "check the file again" in caught.value.message.english()
    rows = [["会员号", "姓名", "次卡名称", "次卡总次数", "次卡到期"], ["1", "甲", "洗吹5次卡", 5,
            "2027-01-01"]]  # fmt: skip
    plan = read_customers(write_xlsx(tmp_path / "c.xlsx", rows), TODAY)
    packages.post_opening_card(cid, "洗吹5次卡", "洗吹造型", 5, 0, date(2027, 1, 1), "前台", now)
    with pytest.raises(ServiceError):
        excel_import.apply(plan, "店长", now)
    assert [e.principal_fen for e in prepaid.value_statement(cid)] == [10000]
    assert len(packages.cards(cid)) == 1


def test_prepaid_all_or_nothing(
    db, tmp_path: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure after the new cards, their stored value and package cards were written
    leaves no customer, no entry and no card behind."""
    customers.create_customer(CustomerData(name="甲", member_no="1"), "店长", now)
    rows = [
        PREPAID_HEADER,
        ["", "乙", 800, 100, "洗吹5次卡", None, 5, 2, "2027-01-01"],
        ["1", "甲改", 400, None, "面部护理10次卡", None, 10, 0, "2027-01-01"],
    ]
    plan = read_customers(write_xlsx(tmp_path / "p.xlsx", rows), TODAY)
    assert lines(plan) == []

    def broken(*_args: object) -> bool:
        raise OSError("disk gone")

    monkeypatch.setattr(customers, "update_customer", broken)
    with pytest.raises(OSError):
        excel_import.apply(plan, "店长", now)
    assert [(c.name, c.stored_principal_fen) for c in Customer.select()] == [("甲", 0)]
    assert StoredValueEntry.select().count() == 0 and PackageCard.select().count() == 0
    assert SessionEntry.select().count() == 0


def test_duplicate_column_refused(db, tmp_path: Path) -> None:
    """Two 手机 columns cannot both be right: the second is named at the header row."""
    path = write_xlsx(
        tmp_path / "d.xlsx", [["姓名", "手机", "电话"], ["甲", "13800000001", "13800000002"]]
    )
    assert lines(read_customers(path, TODAY)) == [
        "row 1: 电话: This column appears twice (columns B and C): keep one."
    ]


def test_header_below_merged_title_rows(db, tmp_path: Path) -> None:
    """A sheet that starts with a merged title and a date line still finds its header, and
    problems carry the sheet's own row numbers."""
    book = Workbook()
    sheet = book.active
    sheet.append(["美丽人生 会员名单"])
    sheet.merge_cells("A1:D1")
    sheet.append(["导出于 2026-11-01", None, "共 2 人"])
    sheet.append([])
    sheet.append(["序号", "姓名*", "手机", "生日"])
    sheet.append([1, "甲", "13800000001", "1990-01-01"])
    sheet.append([2, "乙", "1380000000", "1990-01-02"])
    book.save(tmp_path / "t.xlsx")
    plan = read_customers(tmp_path / "t.xlsx", TODAY)
    assert plan.header_row == 4 and plan.ignored_columns == ["序号"]
    assert [r.row for r in plan.rows] == [5, 6]
    assert lines(plan) == [
        "row 6: 手机: A mobile number has 11 digits and starts with 13–19, e.g. 138 1234 5678."
    ]


def test_long_cell_refused_and_formula_text_kept(db, tmp_path: Path, now: datetime) -> None:
    """A 5,000-character name is refused, never cut; a name that looks like a formula is kept
    as the text it is and never run."""
    formula = '=HYPERLINK("http://a.cn","张三")'
    path = write_xlsx(
        tmp_path / "f.xlsx",
        [["会员号", "姓名"], ["1", "张" * 5000], ["2", formula], ["3", "@李四"]],
    )
    assert lines(read_customers(path, TODAY)) == ["row 2: 姓名: Too long: at most 50 characters."]
    write_xlsx(path, [["会员号", "姓名"], ["2", formula], ["3", "@李四"]])
    imported(path, now)
    assert card("2").name == formula and card("3").name == "@李四"


# -- all or nothing -----------------------------------------------------------------------


def test_bad_rows_among_good_ones_write_nothing(db, tmp_path: Path, now: datetime) -> None:
    """One bad row keeps the whole file out, and every problem is listed at its own row."""
    path = write_xlsx(
        tmp_path / "mix.xlsx",
        [
            ["姓名", "手机", "生日", "性别"],
            ["甲", "13800000001", "1990-01-01", "女"],
            ["", "13800000002", None, None],
            ["丙", "1380000000", "1990-02-30", "女"],
            ["丁", "13800000004", None, None],
            [None, None, None, None],
            ["戊", "13800000005", None, "猫"],
        ],
    )
    plan = read_customers(path, TODAY)
    assert lines(plan) == [
        "row 3: 姓名: Please enter the customer's name.",
        "row 4: 手机: A mobile number has 11 digits and starts with 13–19, e.g. 138 1234 5678.",
        "row 4: 生日: That day does not exist in this month.",
        "row 7: 性别: “猫” is not one of: 男, 女, male, female, M, F.",
    ]
    with pytest.raises(ServiceError) as caught:
        excel_import.apply(plan, "店长", now)
    assert "4 problems" in caught.value.message.english()
    assert Customer.select().count() == 0 and ChangeLog.select().count() == 0


def test_dry_run_writes_nothing(db, tmp_path: Path) -> None:
    """Checking a file (--dry-run, the preview) never changes the shop's data."""
    customers.create_customer(CustomerData(name="甲", member_no="1"), "店长", datetime(2026, 1, 1))
    path = write_xlsx(tmp_path / "ok.xlsx", [["会员号", "姓名"], ["1", "甲改"], ["2", "乙"]])
    plan = read_customers(path, TODAY)
    assert [r.action for r in plan.rows] == [Action.UPDATE, Action.CREATE]
    assert card("1").name == "甲" and Customer.select().count() == 1
    assert ChangeLog.select().count() == 1 and Setting.select().count() == 0


def test_database_error_midway_writes_nothing(
    db, tmp_path: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure while writing (here: the update after the new cards) leaves no new card
    behind and the member number counter where it was."""
    customers.create_customer(CustomerData(name="甲", member_no="1"), "店长", now)
    path = write_xlsx(tmp_path / "ok.xlsx", [["会员号", "姓名"], ["", "乙"], ["1", "甲改"]])
    plan = read_customers(path, TODAY)

    def broken(*_args: object) -> bool:
        raise OSError("disk gone")

    monkeypatch.setattr(customers, "update_customer", broken)
    with pytest.raises(OSError):
        excel_import.apply(plan, "店长", now)
    assert [c.name for c in Customer.select()] == ["甲"]
    assert Setting.get_or_none(Setting.key == customers.NEXT_MEMBER_NO_KEY) is None


def test_plan_read_before_another_save_is_refused(db, tmp_path: Path, now: datetime) -> None:
    """A card saved at another counter between the check and the import cannot be doubled
    or overwritten: the import asks for a new check and writes nothing."""
    path = write_xlsx(tmp_path / "ok.xlsx", [["姓名", "手机"], ["甲", "13800000001"]])
    plan = read_customers(path, TODAY)
    customers.create_customer(CustomerData(name="甲", mobile="13800000001"), "前台", now)
    with pytest.raises(ServiceError) as caught:
        excel_import.apply(plan, "店长", now)
    assert "check the file again" in caught.value.message.english()
    assert Customer.select().count() == 1


# -- existing customers and duplicates ------------------------------------------------------


def test_update_by_member_number_keeps_empty_cells(db, tmp_path: Path, now: datetime) -> None:
    """A returning customer is updated, never doubled; empty cells and missing columns
    keep her card as it is, and each change is in her history with who did it."""
    photo = b"\x89PNG\r\n\x1a\n" + bytes(64)
    cid = customers.create_customer(
        CustomerData(
            name="曾小贤",
            member_no="100001",
            mobile="13912345678",
            wechat="zxx",
            allergies="酒精",
            tags=("老顾客",),
            family_members=(FamilyMemberData("妻子", "胡一菲", Birthday(Calendar.SOLAR, 3, 8)),),
            photo=photo,
        ),
        "前台",
        now,
    )
    path = write_xlsx(
        tmp_path / "u.xlsx",
        [
            ["会员号", "姓名", "手机", "微信", "标签"],
            ["100001", "曾小贤", "13912345670", None, "VIP、爱聊天"],
        ],
    )
    assert imported(path, now) == excel_import.ImportResult(0, 1, 0)
    data = customers.get_card(cid).data
    assert data.mobile == "13912345670" and data.wechat == "zxx" and data.allergies == "酒精"
    assert data.photo == photo and data.family_members[0].name == "胡一菲"
    assert set(data.tags) == {"VIP", "爱聊天"} and Customer.select().count() == 1
    changes = ChangeLog.select().where(ChangeLog.action == ChangeAction.UPDATE)
    assert {(c.field, c.operator) for c in changes} == {("mobile", "店长"), ("tags", "店长")}
    assert imported(path, now) == excel_import.ImportResult(0, 0, 1)


def test_update_by_mobile_without_member_number(db, tmp_path: Path, now: datetime) -> None:
    """A row without a member number finds her by mobile, however the mobile is written."""
    cid = customers.create_customer(CustomerData(name="王芳", mobile="13800000001"), "x", now)
    path = write_xlsx(
        tmp_path / "m.xlsx", [["姓名", "手机", "职业"], ["王芳", "+86 138-0000-0001", "教师"]]
    )
    plan = read_customers(path, TODAY)
    assert [(r.action, r.customer_id) for r in plan.rows] == [(Action.UPDATE, cid)]
    excel_import.apply(plan, "店长", now)
    assert customers.get_card(cid).data.occupation == "教师" and Customer.select().count() == 1


def test_mobile_shared_by_two_cards_asks_for_the_member_number(
    db, tmp_path: Path, now: datetime
) -> None:
    """A mother and daughter sharing a phone: the row must say which card it means."""
    customers.create_customer(CustomerData(name="母", mobile="13800000001"), "x", now)
    customers.create_customer(CustomerData(name="女", mobile="13800000001"), "x", now)
    path = write_xlsx(tmp_path / "m.xlsx", [["姓名", "手机"], ["母", "13800000001"]])
    assert lines(read_customers(path, TODAY)) == [
        "row 2: 手机: 2 customers have the mobile 13800000001: write the member number of the "
        "one to update."
    ]


def test_duplicates_inside_the_file_reported(db, tmp_path: Path, now: datetime) -> None:
    """The same member number twice, the same mobile twice without member numbers, or two
    rows that reach the same card are each reported at the later row."""
    customers.create_customer(
        CustomerData(name="甲", member_no="9", mobile="13800000009"), "x", now
    )
    path = write_xlsx(
        tmp_path / "dup.xlsx",
        [
            ["会员号", "姓名", "手机"],
            ["1", "甲", "13800000001"],
            ["1", "乙", "13800000002"],
            [None, "丙", "13800000003"],
            [None, "丁", "138 0000 0003"],
            ["2", "戊", "13800000003"],  # a member number of her own: a family member, allowed
            ["9", "己", None],
            [None, "己", "13800000009"],
        ],
    )
    assert lines(read_customers(path, TODAY)) == [
        "row 3: 会员号: Member number 1 is also on row 2.",
        "row 5: 手机: Mobile 13800000003 is also on row 4 and neither row has a member number: "
        "give each customer her member number, or remove the repeated row.",
        "row 8: 手机: Row 7 already updates this customer (甲 · 9).",
    ]


def test_erased_customer_not_brought_back(db, tmp_path: Path, now: datetime) -> None:
    """A card erased for privacy is not filled again from an old spreadsheet."""
    from app.services import privacy

    cid = customers.create_customer(CustomerData(name="甲", member_no="7"), "x", now)
    privacy.erase_customer(cid, "店长", now)
    path = write_xlsx(tmp_path / "e.xlsx", [["会员号", "姓名"], ["7", "甲"]])
    assert lines(read_customers(path, TODAY)) == [
        "row 2: 会员号: This customer's personal data was erased."
    ]


def test_referrers_in_the_file_and_in_the_shop(db, tmp_path: Path, now: datetime) -> None:
    """A referrer may be an existing customer or one further down the same file, named by
    member number or mobile; an unknown one or herself is refused."""
    old = customers.create_customer(CustomerData(name="老客", mobile="13800000009"), "x", now)
    path = write_xlsx(
        tmp_path / "r.xlsx",
        [
            ["会员号", "姓名", "手机", "推荐人"],
            ["", "甲", "13800000001", "13800000009"],
            ["", "乙", "13800000002", "c3"],
            ["C3", "丙", "13800000003", "13800000001"],
            ["", "丁", "13800000004", "13800000004"],
        ],
    )
    assert lines(read_customers(path, TODAY)) == ["row 5: 推荐人: A customer cannot refer herself."]
    write_xlsx(
        path,
        [
            ["会员号", "姓名", "手机", "推荐人"],
            ["", "甲", "13800000001", "13800000009"],
            ["", "乙", "13800000002", "c3"],
            ["C3", "丙", "13800000003", "13800000001"],
            ["", "戊", "13800000005", "404"],
        ],
    )
    assert lines(read_customers(path, TODAY)) == [
        "row 5: 推荐人: No customer has the member number or mobile 404."
    ]
    write_xlsx(
        path,
        [
            ["会员号", "姓名", "手机", "推荐人"],
            ["", "甲", "13800000001", "13800000009"],
            ["", "乙", "13800000002", "c3"],
            ["C3", "丙", "13800000003", "13800000001"],
            ["", "老客", "13800000009", "C3"],
        ],
    )
    assert imported(path, now) == excel_import.ImportResult(3, 1, 0)
    by_name = {c.name: c for c in Customer.select()}
    assert by_name["甲"].referrer_id == old
    assert by_name["乙"].referrer_id == by_name["丙"].id
    assert by_name["丙"].referrer_id == by_name["甲"].id
    assert by_name["老客"].referrer_id == by_name["丙"].id


def test_new_cards_numbered_indexed_and_recorded(db, tmp_path: Path, now: datetime) -> None:
    """New cards get the next member numbers, are found by pinyin at the counter, and
    their creation is in the history with who imported them."""
    customers.create_customer(CustomerData(name="甲"), "x", now)  # takes 100001
    path = write_xlsx(
        tmp_path / "n.xlsx",
        [["会员号", "姓名"], [None, "曾小贤"], ["100003", "单丽娟"], [None, "解晓梅"]],
    )
    imported(path, now)
    numbers = {c.name: c.member_no for c in Customer.select()}
    assert numbers == {"甲": "100001", "曾小贤": "100002", "单丽娟": "100003", "解晓梅": "100004"}
    assert customers.next_member_no() == "100005"
    zeng = Customer.get(Customer.name == "曾小贤")
    keys = {k.key for k in SearchKey.select().where(SearchKey.customer == zeng.id)}
    assert {"zxx", "cxx", "zengxiaoxian"} <= keys and zeng.name_pinyin == "zengxiaoxian"
    created = ChangeLog.select().where(ChangeLog.action == ChangeAction.CREATE)
    assert {(c.new_value, c.operator) for c in created} == {
        ("甲", "x"),
        ("曾小贤", "店长"),
        ("单丽娟", "店长"),
        ("解晓梅", "店长"),
    }


# -- files that are not a customer list -------------------------------------------------------


def test_files_that_cannot_be_read(db, tmp_path: Path) -> None:
    """A missing file, a CSV, an old .xls, a password, a sheet without a name column or
    without rows each get one clear sentence instead of a crash."""
    cases: dict[str, str] = {}
    (tmp_path / "list.csv").write_text("姓名,手机\n甲,13800000001\n", encoding="utf-8")
    cfb = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    (tmp_path / "old.xls").write_bytes(cfb + "Workbook".encode("utf-16-le"))
    (tmp_path / "locked.xlsx").write_bytes(cfb + "EncryptedPackage".encode("utf-16-le"))
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    with zipfile.ZipFile(tmp_path / "garbled.xlsx", "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types><unclosed")
    write_xlsx(tmp_path / "noname.xlsx", [["手机", "生日"], ["13800000001", "1990-01-01"]])
    write_xlsx(tmp_path / "empty.xlsx", [["姓名", "手机"], [None, None]])
    for name in ("missing.xlsx", "list.csv", "old.xls", "locked.xlsx", "broken.xlsx",
                 "garbled.xlsx", "noname.xlsx", "empty.xlsx"):  # fmt: skip
        with pytest.raises(ServiceError) as caught:
            read_customers(tmp_path / name, TODAY)
        cases[name] = caught.value.message.english()
    assert "does not exist" in cases["missing.xlsx"]
    assert "not an Excel workbook" in cases["list.csv"] and "damaged" in cases["broken.xlsx"]
    assert "damaged" in cases["garbled.xlsx"]
    assert "old Excel file (.xls)" in cases["old.xls"]
    assert "password" in cases["locked.xlsx"]
    assert "姓名 (name)" in cases["noname.xlsx"]
    assert "no customers below its header row" in cases["empty.xlsx"]


def test_xlsx_saved_with_another_extension_still_reads(db, tmp_path: Path) -> None:
    """Some programs save an .xlsx as "名单.xls": what counts is what the file holds."""
    path = write_xlsx(tmp_path / "list.xlsx", [["姓名"], ["甲"]])
    renamed = path.rename(tmp_path / "名单.xls")
    assert [r.data.name for r in read_customers(renamed, TODAY).rows] == ["甲"]


# -- the template and round trips -----------------------------------------------------------


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_template_imports_as_its_example(db, tmp_path: Path, now: datetime, language: str) -> None:
    """The downloaded template explains every column in both languages and its example
    row imports as it reads."""
    path = excel_import.write_template(tmp_path / "template.xlsx", language)
    book = load_workbook(path)
    try:
        headers = [c.value for c in book.worksheets[0][1]]
        notes = [[c.value for c in row] for row in book.worksheets[1].iter_rows()]
    finally:
        book.close()
    expected = [c.header(language) for c in template_columns()]
    zh = language == "zh_CN"
    assert headers == expected and headers[-8] == ("积分" if zh else "points")
    assert headers[-7:] == (
        ["储值本金", "储值赠送", "次卡名称", "次卡项目", "次卡总次数", "次卡已用", "次卡到期"]
        if zh
        else ["stored_value", "stored_bonus", "package", "package_service", "package_sessions",
              "package_used", "package_expires"]
    )  # fmt: skip
    assert [
        "会员号",
        "member_no",
        "文字；留空则自动生成",
        "text; given automatically when empty",
    ] in notes
    assert imported(path, now) == excel_import.ImportResult(
        1, 0, 0, opening_balances=1, opening_values=1, opening_cards=1
    )
    data = Customer.get()
    assert (data.name, data.mobile, data.birth_calendar, data.points_balance) == (
        "曾小贤",
        "13912345678",
        Calendar.LUNAR,
        1280,
    )
    assert prepaid.balance(data.id) == prepaid.Balance(100000, 20000)
    cards = [(c.name, c.service, c.sessions, c.used, c.expires_on) for c in packages.cards(data.id)]
    assert cards == [("洗吹5次卡", "洗吹造型", 5, 2, date(2027, 12, 31))]
    stored = cc.BY_KEY["stored_value"]
    assert ["储值本金", "stored_value", stored.zh_note, stored.en_note] in notes


def exported_workbook(path: Path, rows: list[dict[str, object]]) -> Path:
    """A customers sheet laid out as the export contract says (zh headers)."""
    keys = [c.key for c in cc.COLUMNS if c.exported]
    return write_xlsx(path, [ZH, *[[row.get(k) for k in keys] for row in rows]])


def test_round_trip_through_the_export_layout(db, tmp_path: Path, now: datetime) -> None:
    """What the export writes imports into an empty shop as the same customers."""
    shop = [
        CustomerData(
            name="曾小贤", member_no="100001", gender=Gender.MALE, mobile="13912345678",
            birthday=Birthday(Calendar.SOLAR, 5, 20, 1984), grade=Grade.IMPORTANT,
            tags=("爱聊天", "老顾客"), occupation="电台主持人", staff="Tony老师",
            anniversary=Birthday(Calendar.SOLAR, 10, 1, 2012), first_visit=date(2024, 3, 1),
            marketing_consent=True, notes="爱聊天\n喜欢讲冷笑话",
        ),
        CustomerData(
            name="解晓梅", member_no="100002", gender=Gender.FEMALE, mobile="13800005678",
            birthday=Birthday(Calendar.LUNAR, 6, 12, 1987, True), referrer="100001",
        ),
        CustomerData(
            name="胡一菲", member_no="100003", birthday=Birthday(Calendar.SOLAR, 2, 29),
            grade=Grade.VIP, referrer="100004",
        ),
        CustomerData(
            name="陈美嘉", member_no="100004", birthday=Birthday(Calendar.LUNAR, 12, 30),
            allergies="=不要用含酒精的爽肤水",
        ),
    ]  # fmt: skip
    rows = [
        {"member_no": "100001", "name": "曾小贤", "gender": "男", "mobile": "13912345678",
         "birthday": date(1984, 5, 20), "calendar": "公历", "anniversary": date(2012, 10, 1),
         "grade": "重要客户", "tags": "爱聊天、老顾客", "occupation": "电台主持人",
         "staff": "Tony老师", "first_visit": date(2024, 3, 1), "marketing_consent": "是",
         "notes": "爱聊天\n喜欢讲冷笑话", "last_visit": date(2026, 11, 1), "visit_count": 12,
         "total_spent": 1280.5},
        {"member_no": "100002", "name": "解晓梅", "gender": "女", "mobile": "13800005678",
         "birthday": "1987-06-12", "calendar": "农历", "leap_month": "是", "grade": "一般客户",
         "referrer": "100001", "marketing_consent": "否"},
        {"member_no": "100003", "name": "胡一菲", "birthday": "02-29", "calendar": "公历",
         "grade": "贵宾", "referrer": "100004", "marketing_consent": "否"},
        {"member_no": "100004", "name": "陈美嘉", "birthday": "12-30", "calendar": "农历",
         "leap_month": "否", "grade": "一般客户", "allergies": "=不要用含酒精的爽肤水",
         "marketing_consent": "否"},
    ]  # fmt: skip
    path = exported_workbook(tmp_path / "export.xlsx", rows)
    assert imported(path, now) == excel_import.ImportResult(4, 0, 0)
    for expected in shop:
        assert card(expected.member_no) == replace(expected, tags=tuple(sorted(expected.tags)))
    assert imported(path, now) == excel_import.ImportResult(0, 0, 4)


def test_round_trip_with_the_exporter(db, tmp_path: Path, now: datetime) -> None:
    """export → import into an empty shop → export gives the same customers sheet."""
    exports = pytest.importorskip("app.services.exports")
    from app.models.connection import close, connect, upgrade

    for data in [
            CustomerData(name="曾小贤", mobile="13912345678", gender=Gender.MALE,
                         birthday=Birthday(Calendar.SOLAR, 5, 20, 1984), tags=("老顾客", "爱聊天"),
                         grade=Grade.IMPORTANT, first_visit=date(2024, 3, 1)),
            CustomerData(name="解晓梅", birthday=Birthday(Calendar.LUNAR, 6, 12, 1987, True),
                         referrer="100001", marketing_consent=True, notes="=1+1"),
            CustomerData(name="胡一菲", birthday=Birthday(Calendar.SOLAR, 2, 29),
                         anniversary=Birthday(Calendar.SOLAR, 10, 1, 2012), grade=Grade.VIP),
            CustomerData(name="陈美嘉", birthday=Birthday(Calendar.LUNAR, 12, 30),
                         phone="010-12345678"),
    ]:  # fmt: skip
        customers.create_customer(data, "店长", now)
    ids = [c.id for c in Customer.select().order_by(Customer.id)]
    first = exports.export("customers", tmp_path / "first.xlsx", "zh_CN", ids)
    close()
    upgrade(connect(str(tmp_path / "empty.db")))
    assert imported(first, now) == excel_import.ImportResult(4, 0, 0)
    ids = [c.id for c in Customer.select().order_by(Customer.id)]
    second = exports.export("customers", tmp_path / "second.xlsx", "zh_CN", ids)

    def cells(path: Path) -> list[list[object]]:
        book = load_workbook(path)
        try:
            return [[c.value for c in row] for row in book.worksheets[0].iter_rows()]
        finally:
            book.close()

    assert cells(second) == cells(first)


# -- files made by LibreOffice ----------------------------------------------------------------

FODS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:date-style style:name="N1"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
  <style:style style:name="date" style:family="table-cell" style:data-style-name="N1"/>
  <style:style style:name="shaded" style:family="table-cell"><style:table-cell-properties fo:background-color="#ffff00"/></style:style>
 </office:automatic-styles>
 <office:body><office:spreadsheet><table:table table:name="会员">
  <table:table-column table:number-columns-repeated="7"/>
  {rows}
 </table:table></office:spreadsheet></office:body>
</office:document>
"""  # noqa: E501


def lo_cell(value: object) -> str:
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, date):
        day = value.isoformat()
        return (
            f'<table:table-cell table:style-name="date" office:value-type="date" '
            f'office:date-value="{day}"><text:p>{day}</text:p></table:table-cell>'
        )
    if isinstance(value, int | float):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p>'
        "</table:table-cell>"
    )


def lo_rows(title: str, rows: list[list[object]]) -> str:
    merged = (
        '<table:table-row><table:table-cell table:number-columns-spanned="7" '
        f'office:value-type="string"><text:p>{escape(title)}</text:p></table:table-cell>'
        '<table:covered-table-cell table:number-columns-repeated="6"/></table:table-row>'
    )
    body = "".join(
        "<table:table-row>" + "".join(lo_cell(v) for v in row) + "</table:table-row>"
        for row in rows
    )
    # Empty rows that only carry formatting, as a sheet keeps them after rows are cleared.
    trailing = (
        '<table:table-row table:number-rows-repeated="25"><table:table-cell '
        'table:style-name="shaded" table:number-columns-repeated="7"/></table:table-row>'
    )
    return merged + merged.replace(escape(title), "导出日期 2026-11-01") + body + trailing


LO_HEADER = ["会员号", "姓名", "手机", "生日", "首次到店", "性别", "备注"]
LO_GOOD = [
    LO_HEADER,
    [100001, "曾小贤", 13912345678, date(1984, 5, 20), date(2024, 3, 1), "男", "常客"],
    [100002, "解晓梅", 13800005678, "农历闰六月十二", date(2024, 3, 2), "女", None],
    [None, "胡一菲", "+86 139-0000-0003", "02-29", None, "女", "=不是公式"],
    [None, "陈美嘉", 13900000004, 32735, None, None, None],
]
LO_BAD = [
    LO_HEADER,
    [100001, "曾小贤", 1391234567, date(1984, 5, 20), None, "男", None],
    [100001, "吕子乔", 13800000002, None, None, "男", None],
]


@pytest.fixture(scope="module")
def libreoffice_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The good and the bad member list, saved as .xlsx by LibreOffice itself."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("libreoffice")
    sources = []
    for name, rows in (("good", LO_GOOD), ("bad", LO_BAD)):
        source = folder / f"{name}.fods"
        source.write_text(FODS.format(rows=lo_rows("美丽人生 会员名单", rows)), encoding="utf-8")
        sources.append(str(source))
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx",
         "--outdir", str(folder), *sources],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return {name: folder / f"{name}.xlsx" for name in ("good", "bad")}


def test_libreoffice_file_imports(db, libreoffice_files: dict[str, Path], now: datetime) -> None:
    """A list kept in LibreOffice (merged title rows, mobiles and member numbers as numbers,
    date cells, formatted empty rows at the end) imports as the shop typed it."""
    plan = read_customers(libreoffice_files["good"], now.date())
    assert plan.header_row == 3 and [r.row for r in plan.rows] == [4, 5, 6, 7]
    assert imported(libreoffice_files["good"], now) == excel_import.ImportResult(4, 0, 0)
    zeng, xie = card("100001"), card("100002")
    assert (zeng.mobile, zeng.birthday, zeng.first_visit, zeng.notes) == (
        "13912345678",
        Birthday(Calendar.SOLAR, 5, 20, 1984),
        date(2024, 3, 1),
        "常客",
    )
    assert xie.birthday == Birthday(Calendar.LUNAR, 6, 12, None, True)
    hu = Customer.get(Customer.name == "胡一菲")
    assert (hu.mobile, hu.birth_month, hu.birth_day, hu.notes) == (
        "13900000003",
        2,
        29,
        "=不是公式",
    )
    chen = Customer.get(Customer.name == "陈美嘉")  # a date serial in a General cell
    assert (chen.birth_year, chen.birth_month, chen.birth_day) == (1989, 8, 15)


def test_libreoffice_file_with_mistakes(db, libreoffice_files: dict[str, Path]) -> None:
    """Mistakes in a LibreOffice list are named at the rows LibreOffice shows."""
    assert lines(read_customers(libreoffice_files["bad"], TODAY)) == [
        "row 4: 手机: A mobile number has 11 digits and starts with 13–19, e.g. 138 1234 5678.",
        "row 5: 会员号: Member number 100001 is also on row 4.",
    ]


def test_unknown_gender_words_accepted(db, tmp_path: Path, now) -> None:
    """未知 or 保密 in the gender column is a choice, not a mistake."""
    from openpyxl import Workbook

    from app.models.enums import Gender
    from app.services import excel_import

    book = Workbook()
    book.active.append(["姓名", "性别"])
    book.active.append(["王小丫", "保密"])
    book.active.append(["李丽", "未知"])
    path = tmp_path / "g.xlsx"
    book.save(path)
    plan = excel_import.read_customers(path, now.date())
    assert plan.problems == []
    assert {r.data.gender for r in plan.rows} == {Gender.UNKNOWN}
