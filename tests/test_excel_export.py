"""Excel export (services, no Qt): what the shop owner opens in Excel is right and imports again."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from app.models.enums import (
    Calendar,
    ExpiryPolicy,
    FollowUpChannel,
    Gender,
    Grade,
    PaidWith,
    RewardKind,
)
from app.services import customer_columns as cc
from app.services import (
    customers,
    excel,
    exports,
    packages,
    points,
    points_expiry,
    points_rules,
    prepaid,
    prepaid_exports,
    privacy,
    visits,
)
from app.services.customer_columns import Kind
from app.services.dto import (
    Birthday,
    CustomerData,
    FamilyMemberData,
    FollowUpData,
    VisitData,
    VisitItemData,
)
from app.services.excel import Sheet, SheetColumn, write_workbook
from app.services.messages import ServiceError
from app.services.search import SearchQuery, SortKey, search

HEADERS_EXPORTED = [c for c in cc.COLUMNS if c.exported]
FORMULA_LIKE = ['=HYPERLINK("http://x","y")', "+1", "-2", "@foo", "\tx", "\rx", "#N/A", "=1+1"]


def read_book(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)


def sheet_rows(path: Path, title: str | None = None) -> list[list[object]]:
    book = read_book(path)
    ws = book[title] if title else book.worksheets[0]
    return [[c.value for c in row] for row in ws.iter_rows()]


def by_header(path: Path, language: str = "zh_CN") -> dict[str, dict[str, openpyxl.cell.Cell]]:
    """The customers sheet as {member_no: {column key: cell}}."""
    ws = read_book(path).worksheets[0]
    keys = [cc.column_for_header(c.value).key for c in ws[1]]
    return {row[0].value: dict(zip(keys, row, strict=True)) for row in ws.iter_rows(min_row=2)}


def new_customer(now: datetime, **fields: object) -> int:
    return customers.create_customer(CustomerData(**fields), "店长", now)  # type: ignore[arg-type]


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the exported files (tmp_path also holds the database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def shop(db, now: datetime) -> dict[str, int]:
    """Three customers, visits, a follow-up and a family birthday."""
    zeng = new_customer(
        now,
        name="曾小贤",
        member_no="100001",
        gender=Gender.MALE,
        mobile="13912345678",
        birthday=Birthday(Calendar.SOLAR, 8, 15, 1990),
        anniversary=Birthday(Calendar.SOLAR, 5, 20),
        grade=Grade.VIP,
        tags=("老顾客", "储值客户"),
        marketing_consent=True,
        family_members=(
            FamilyMemberData("女儿", "曾朵朵", Birthday(Calendar.LUNAR, 6, 12, 1987, True)),
        ),
    )
    xie = new_customer(
        now,
        name="解晓梅",
        member_no="100002",
        mobile="13800001111",
        birthday=Birthday(Calendar.LUNAR, 6, 12, 1987, True),
        referrer="100001",
    )
    hyper = new_customer(now, name='=HYPERLINK("http://x","y")', member_no="100003", notes="-2 瓶")
    items = (VisitItemData("烫发", "长发", 1, 38800), VisitItemData("护理", "", 2, 12850))
    visits.add_visit(zeng, VisitData(date(2026, 11, 1), items, "丽丽", "满意"), "店长", now)
    mask = (VisitItemData("面膜", "", 1, 9999),)
    visits.add_visit(zeng, VisitData(date(2026, 11, 20), mask), "店长", now)
    visits.add_follow_up(
        zeng,
        FollowUpData(date(2026, 11, 21), FollowUpChannel.WECHAT, "效果好", 5, date(2026, 12, 21)),
        "店长",
        now,
    )
    return {"zeng": zeng, "xie": xie, "hyper": hyper}


def export_customers(out: Path, language: str, ids: list[int] | None = None) -> Path:
    return exports.export("customers", out / f"customers-{language}.xlsx", language, ids)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_header_row_frozen_filtered_and_sized(shop, out: Path, language: str) -> None:
    """The owner gets headers in her language that stay put, filters and readable widths."""
    path = export_customers(out, language)
    book = read_book(path)
    ws = book.worksheets[0]
    assert ws.title == ("客户" if language == "zh_CN" else "customers")
    assert [c.value for c in ws[1]] == [c.header(language) for c in HEADERS_EXPORTED]
    assert ws.freeze_panes == "A2"
    last = openpyxl.utils.get_column_letter(len(HEADERS_EXPORTED))
    assert ws.auto_filter.ref == f"A1:{last}4"
    for index, column in enumerate(HEADERS_EXPORTED, start=1):
        letter = openpyxl.utils.get_column_letter(index)
        assert ws.column_dimensions[letter].width == column.width


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_header_maps_back_to_its_column(shop, out: Path, language: str) -> None:
    """An exported customer list can be imported again: every header names its own column."""
    path = export_customers(out, language)
    headers = [c.value for c in read_book(path).worksheets[0][1]]
    assert [cc.column_for_header(h) for h in headers] == HEADERS_EXPORTED


def test_mobile_and_member_no_are_text(shop, out: Path) -> None:
    """A mobile or member number never turns into 1.39E+10 or loses its leading zeros."""
    cells = by_header(export_customers(out, "zh_CN"))["100001"]
    assert cells["member_no"].data_type == "s" and cells["member_no"].value == "100001"
    assert cells["mobile"].data_type == "s" and cells["mobile"].value == "13912345678"
    assert cells["mobile"].number_format == "@"


def test_dates_are_date_cells_and_money_is_exact_yuan(shop, out: Path) -> None:
    """Dates sort and filter as dates, and the spending total is the exact amount in ¥."""
    cells = by_header(export_customers(out, "zh_CN"))["100001"]
    assert cells["birthday"].value == datetime(1990, 8, 15)
    assert cells["birthday"].number_format == "yyyy-mm-dd"
    assert cells["last_visit"].value == datetime(2026, 11, 20)
    assert cells["first_visit"].value == datetime(2026, 11, 1)
    assert cells["visit_count"].value == 2 and cells["visit_count"].data_type == "n"
    spent = cells["total_spent"]
    assert spent.data_type == "n" and spent.number_format == "¥#,##0.00"
    assert spent.value == 744.99  # 388 + 2 × 128.50 + 99.99


def test_choices_tags_and_referrer_in_the_owners_language(shop, out: Path) -> None:
    """Grades, gender, consent and tags read naturally, and the referrer is a member number."""
    zh = by_header(export_customers(out, "zh_CN"))
    en = by_header(export_customers(out, "en"), "en")
    assert [zh["100001"][k].value for k in ("gender", "grade", "marketing_consent")] == [
        "男",
        "贵宾",
        "是",
    ]
    assert [en["100001"][k].value for k in ("gender", "grade", "marketing_consent")] == [
        "male",
        "VIP",
        "yes",
    ]
    assert zh["100001"]["tags"].value == "储值客户、老顾客"
    assert en["100001"]["tags"].value == "储值客户, 老顾客"
    assert zh["100002"]["referrer"].value == "100001"
    assert zh["100002"]["referrer"].data_type == "s"


@pytest.mark.parametrize(
    "birthday, zh, en",
    [
        (Birthday(Calendar.SOLAR, 8, 15, 1990), (datetime(1990, 8, 15), "公历", None), "solar"),
        (Birthday(Calendar.SOLAR, 2, 29), ("02-29", "公历", None), "solar"),
        (Birthday(Calendar.LUNAR, 6, 12, 1987, True), ("1987-06-12", "农历", "是"), "lunar"),
        (Birthday(Calendar.LUNAR, 8, 15), ("08-15", "农历", "否"), "lunar"),
    ],
)
def test_birthdays_written_as_the_import_reads_them(
    db, now: datetime, out: Path, birthday: Birthday, zh: tuple, en: str
) -> None:
    """Lunar, leap-month and year-less birthdays survive the trip to Excel and back unchanged."""
    cid = new_customer(now, name="李四", member_no="200001", birthday=birthday)
    cells = by_header(export_customers(out, "zh_CN", [cid]))["200001"]
    assert (cells["birthday"].value, cells["calendar"].value, cells["leap_month"].value) == zh
    if isinstance(zh[0], str):
        assert cells["birthday"].data_type == "s"
    english = by_header(export_customers(out, "en", [cid]), "en")["200001"]
    assert english["calendar"].value == en
    if birthday.calendar == Calendar.LUNAR:
        assert english["leap_month"].value == ("yes" if birthday.leap else "no")


def test_rows_follow_the_list_as_shown(shop, out: Path) -> None:
    """'Export…' writes the list the owner sees: her search and her sort, nothing else."""
    by_name = search(SearchQuery(sort=SortKey.MEMBER_NO, descending=True)).ids
    rows = sheet_rows(export_customers(out, "zh_CN", by_name))
    assert [r[0] for r in rows[1:]] == ["100003", "100002", "100001"]
    found = search(SearchQuery(text="曾")).ids
    rows = sheet_rows(export_customers(out, "zh_CN", found))
    assert [r[1] for r in rows[1:]] == ["曾小贤"]


def test_formula_name_comes_back_literally(shop, out: Path) -> None:
    """A customer named =HYPERLINK(...) never becomes a link or formula in the owner's Excel."""
    cells = by_header(export_customers(out, "zh_CN"))["100003"]
    assert cells["name"].value == '=HYPERLINK("http://x","y")'
    assert cells["name"].data_type == "s"
    assert cells["notes"].value == "-2 瓶" and cells["notes"].data_type == "s"


def formula_like_book(out: Path) -> Path:
    columns = [SheetColumn("text", Kind.TEXT, 20), SheetColumn("note", Kind.INT, 20)]
    rows = [[value, value] for value in FORMULA_LIKE]
    return write_workbook(out / "formulas.xlsx", [Sheet("t", columns, rows)])


def test_formula_like_text_is_written_as_text(out: Path) -> None:
    """Text starting with = + - @ or a tab stays the words typed, in any column, never a formula."""
    ws = read_book(formula_like_book(out)).worksheets[0]
    for row, expected in zip(ws.iter_rows(min_row=2), FORMULA_LIKE, strict=True):
        for cell in row:
            assert (cell.value, cell.data_type) == (expected, "s")
            assert cell.quotePrefix


def test_lxml_writes_the_sheets() -> None:
    """Without lxml a large export takes twice as long and a CR in a note turns into a newline."""
    assert openpyxl.LXML


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_formula_like_text_survives_libreoffice(out: Path) -> None:
    """Opened in LibreOffice, formula-like text shows literally, never a computed result."""
    book = formula_like_book(out)
    profile = (out / "lo-profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to",
         "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(out), str(book)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    with open(out / "formulas.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert [r[0] for r in rows[1:]] == FORMULA_LIKE
    assert [r[1] for r in rows[1:]] == FORMULA_LIKE


def test_writer_kinds_dates_money_and_empty(out: Path) -> None:
    """Numbers stay numbers, fen become exact yuan, times keep the minute, digits stay text."""
    columns = [
        SheetColumn("text", Kind.TEXT, 10),
        SheetColumn("money", Kind.MONEY, 10),
        SheetColumn("when", Kind.DATE, 10),
        SheetColumn("count", Kind.INT, 10),
    ]
    rows = [
        [13912345678, 1, datetime(2026, 11, 22, 9, 5), 3],
        ["", 123456789012, date(1900, 1, 1), None],
        [None, 0, "08-15", "x"],
    ]
    path = write_workbook(out / "kinds.xlsx", [Sheet("kinds", columns, rows)])
    ws = read_book(path).worksheets[0]
    first, second, third = list(ws.iter_rows(min_row=2))
    assert (first[0].value, first[0].data_type) == ("13912345678", "s")
    assert (first[1].value, first[1].number_format) == (0.01, "¥#,##0.00")
    assert (first[2].value, first[2].number_format) == (
        datetime(2026, 11, 22, 9, 5),
        "yyyy-mm-dd hh:mm",
    )
    assert first[3].value == 3
    assert second[0].value is None and second[3].value is None
    assert second[1].value == 1234567890.12
    assert second[2].value == datetime(1900, 1, 1)
    assert third[1].value == 0 and third[2].value == "08-15" and third[3].value == "x"


def test_sheet_titles_are_made_valid() -> None:
    """An odd list name never makes Excel refuse the whole workbook."""
    assert excel.sheet_title("a/b:c*d?[e]\\f") == "a b c d  e  f"
    assert len(excel.sheet_title("回访" * 40)) == 31
    assert excel.sheet_title("客户", {"客户"}) == "客户 (2)"


def test_full_export_has_a_sheet_per_record_and_an_explanation(shop, out: Path) -> None:
    """A full export holds every customer, visit item, follow-up and family birthday, explained."""
    path = exports.export("all", out / "all.xlsx", "zh_CN", today=date(2026, 11, 22))
    book = read_book(path)
    assert book.sheetnames == [
        "客户", "消费记录", "回访记录", "家属生日", "积分流水", "积分礼品", "储值流水", "次卡",
        "投诉", "投诉进程", "列说明",
    ]  # fmt: skip
    for ws in book.worksheets:
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref
    visit_rows = [[c.value for c in row] for row in book["消费记录"].iter_rows()]
    assert visit_rows[0][:10] == [
        "日期",
        "单号",
        "会员号",
        "姓名",
        "项目",
        "规格",
        "数量",
        "单价",
        "金额",
        "本次合计",
    ]
    newest, perm, care = visit_rows[1:]
    assert newest[0] == datetime(2026, 11, 20) and newest[4:10] == [
        "面膜",
        None,
        1,
        99.99,
        99.99,
        99.99,
    ]
    assert perm[4:10] == ["烫发", "长发", 1, 388.0, 388.0, 645.0] and perm[10:] == ["丽丽", "满意"]
    assert care[4:10] == ["护理", None, 2, 128.5, 257.0, None]  # the visit total once
    assert book["消费记录"]["H2"].number_format == "¥#,##0.00"
    follow_up = [c.value for c in book["回访记录"][2]]
    assert follow_up == [
        datetime(2026, 11, 21),
        "100001",
        "曾小贤",
        "微信",
        "效果好",
        5,
        datetime(2026, 12, 21),
        "店长",
    ]
    family = [c.value for c in book["家属生日"][2]]
    assert family == ["100001", "曾小贤", "女儿", "曾朵朵", "1987-06-12", "农历", "是"]
    explained = [[c.value for c in row] for row in book["列说明"].iter_rows(min_row=2)]
    assert explained[0][1:] == ["导出日期", "exported_on", "2026-11-22"]
    customers_explained = [r for r in explained if r[0] == "客户"]
    assert [(r[1], r[2]) for r in customers_explained] == [(c.zh, c.key) for c in HEADERS_EXPORTED]
    assert all(r[3] for r in explained)
    assert {r[0] for r in explained[1:]} == {
        "客户", "消费记录", "回访记录", "家属生日", "积分流水", "积分礼品", "储值流水", "次卡",
        "投诉", "投诉进程",
    }  # fmt: skip
    ledger_explained = [(r[1], r[2]) for r in explained if r[0] == "积分流水"]
    assert ledger_explained == [(c.zh, c.key) for c in exports.LEDGER_COLUMNS]
    assert [(r[1], r[2]) for r in explained if r[0] == "积分礼品"] == [
        (c.zh, c.key) for c in exports.REWARD_COLUMNS
    ]


def test_full_export_in_english(shop, out: Path) -> None:
    """An English-speaking owner gets English sheet names and headers throughout."""
    book = read_book(exports.export("all", out / "all-en.xlsx", "en"))
    assert book.sheetnames == [
        "customers", "visits", "follow-ups", "family birthdays", "points ledger", "rewards",
        "stored value", "package cards", "complaints", "complaint timeline", "columns",
    ]  # fmt: skip
    assert [c.value for c in book["follow-ups"][1]][:4] == ["date", "member_no", "name", "channel"]
    assert book["follow-ups"]["D2"].value == "WeChat"


def test_full_export_keeps_archived_and_leaves_out_erased(shop, out: Path, now: datetime) -> None:
    """A full export loses no archived customer, and an erased one stays erased."""
    privacy.set_archived(shop["xie"], True, "店长", now)
    privacy.erase_customer(shop["hyper"], "店长", now)
    listed = sheet_rows(export_customers(out, "zh_CN"))
    assert [r[0] for r in listed[1:]] == ["100001"]
    everything = sheet_rows(exports.export("all", out / "all.xlsx", "zh_CN"))
    assert [r[0] for r in everything[1:]] == ["100001", "100002"]


def test_visits_export_of_one_card(shop, out: Path) -> None:
    """Exporting a card's visits gives just her purchases, item by item."""
    path = exports.export("visits", out / "v.xlsx", "en", [shop["xie"], shop["zeng"]])
    rows = sheet_rows(path)
    assert rows[0][:4] == ["date", "visit_no", "member_no", "name"] and len(rows) == 4
    assert sheet_rows(exports.export("visits", out / "v2.xlsx", "en", [shop["xie"]])) == rows[:1]


def test_unknown_kind_is_refused_by_name(db, out: Path) -> None:
    """Asking for a kind of record the program does not export says what it can export,
    and writes no file."""
    with pytest.raises(ServiceError) as caught:
        exports.export("coupons", out / "x.xlsx", "zh_CN")
    assert "customers, visits, points, complaints or all" in caught.value.message.english()
    assert list(out.iterdir()) == []


def test_missing_folder_is_a_clear_error(db, out: Path) -> None:
    """A mistyped folder gets a message naming it, not a crash."""
    with pytest.raises(ServiceError) as caught:
        exports.export("customers", out / "nowhere" / "x.xlsx", "zh_CN")
    assert "does not exist" in caught.value.message.english()
    assert list(out.iterdir()) == []


def test_read_only_folder_is_a_clear_error(db, out: Path, monkeypatch) -> None:
    """A folder she may not write to gets a message, and no half-written file is left."""
    folder = out / "locked"
    folder.mkdir()
    if os.name == "posix" and os.geteuid() != 0:
        folder.chmod(0o500)
    else:  # root (or Windows) may write anywhere: the folder refuses as a read-only one would

        def refuse(*args: object, **kwargs: object) -> None:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(excel, "open", refuse, raising=False)
    try:
        with pytest.raises(ServiceError) as caught:
            exports.export("customers", folder / "x.xlsx", "zh_CN")
        assert "read-only" in caught.value.message.english()
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_file_open_in_excel_keeps_the_old_file(shop, out: Path, monkeypatch) -> None:
    """A file held open by Excel gives a message; the earlier export is kept, nothing half-made."""
    path = export_customers(out, "zh_CN")
    before = path.read_bytes()

    def locked(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(excel.os, "replace", locked)
    with pytest.raises(ServiceError) as caught:
        export_customers(out, "zh_CN")
    assert "open in Excel" in caught.value.message.english()
    assert path.read_bytes() == before
    assert [p.name for p in out.iterdir()] == [path.name]


def test_failure_half_way_leaves_nothing(out: Path) -> None:
    """An export that fails half-way leaves neither a partial file nor temporary files."""
    temp = Path(__import__("tempfile").gettempdir())
    before = set(temp.glob("openpyxl.*"))

    def rows() -> Iterator[list[object]]:
        yield ["a"]
        raise RuntimeError("disk went away")

    column = [SheetColumn("x", Kind.TEXT, 5)]
    with pytest.raises(RuntimeError):
        write_workbook(out / "x.xlsx", [Sheet("ok", column, [["b"]]), Sheet("x", column, rows())])
    assert list(out.iterdir()) == []
    assert set(temp.glob("openpyxl.*")) <= before


# -- the points ledger and the rewards ---------------------------------------------------------


@pytest.fixture
def ledger(db) -> dict[str, int]:
    """Two customers and the entries the export names by what they come from: an opening
    balance, a redemption, an adjustment and its reversal, an expiry."""
    day = datetime(2026, 1, 5, 10)
    shop = {
        "zeng": new_customer(day, name="曾小贤", member_no="100001"),
        "xie": new_customer(day, name="解晓梅", member_no="100002"),
    }
    points_rules.save_rule(
        points_rules.RuleData(date(2026, 1, 1), expiry_policy=ExpiryPolicy.MONTHS, expiry_months=1),
        "店长",
        datetime(2026, 1, 1, 9),
    )
    opening = points.post_opening(shop["xie"], 500, "店长", day, "纸质积分卡")
    gift = points_rules.save_reward(points_rules.RewardData(None, "护手霜", 300, stock=10), day)
    points_rules.save_reward(
        points_rules.RewardData(None, "满100减20", 800, RewardKind.DISCOUNT, 2000, active=False),
        day,
    )
    redemption = points.redeem(shop["xie"], gift, "丽丽", day + timedelta(minutes=5))
    adjustment = points.adjust(shop["zeng"], 50, "生日礼", "店长", day + timedelta(minutes=6))
    reversal = points.reverse(adjustment, "记错了", "店长", day + timedelta(minutes=7))
    points_expiry.expire_due(date(2026, 3, 1), "系统", datetime(2026, 3, 1, 0, 1))
    return {"opening": opening, "redemption": redemption, "adjustment": adjustment,
            "reversal": reversal, "gift": gift}  # fmt: skip


def test_points_ledger_export(ledger, out: Path) -> None:
    """`export points` gives the owner every entry of the ledger, oldest first, with what
    it comes from, in her language, and numbers she can sum."""
    path = exports.export("points", out / "points.xlsx", "zh_CN")
    book = read_book(path)
    assert book.sheetnames == ["积分流水"]
    ws = book["积分流水"]
    assert ws.freeze_panes == "A2"
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[0] == [c.zh for c in exports.LEDGER_COLUMNS]
    assert rows[1] == [
        datetime(2026, 1, 5, 10), ledger["opening"], "100002", "解晓梅", "期初积分", 500, 500,
        None, datetime(2026, 2, 5), "店长", "纸质积分卡",
    ]  # fmt: skip
    kinds = [(r[1], r[4], r[5], r[6], r[7]) for r in rows[1:]]
    assert kinds[1:] == [
        (ledger["redemption"], "兑换礼品", -300, 200, "护手霜"),
        (ledger["adjustment"], "手动调整", 50, 50, None),
        (ledger["reversal"], "冲正", -50, 0, f"冲正 #{ledger['adjustment']}"),
        (ledger["reversal"] + 1, "积分过期", -200, 0, f"#{ledger['opening']} 到期"),
    ]
    assert ws["A2"].number_format == "yyyy-mm-dd hh:mm" and ws["F3"].data_type == "n"
    assert ws["I4"].number_format == "yyyy-mm-dd"
    english = sheet_rows(exports.export("points", out / "points-en.xlsx", "en"))
    assert english[0][:7] == [
        "posted_at", "entry_no", "member_no", "name", "kind", "change", "balance_after",
    ]  # fmt: skip
    assert [r[4] for r in english[1:]] == [
        "opening balance", "redemption", "adjustment", "reversal", "expiry",
    ]  # fmt: skip
    assert english[4][7] == f"reversal of #{ledger['adjustment']}"


def test_points_ledger_of_purchases_and_referrals(db, out: Path, now: datetime) -> None:
    """A purchase names its visit's date and a referral bonus the member she brought."""
    zeng = new_customer(now, name="曾小贤", member_no="100001")
    xie = new_customer(now, name="解晓梅", member_no="100002", referrer="100001")
    items = (VisitItemData("烫发", "", 1, 38800),)
    visit_id = visits.add_visit(xie, VisitData(date(2026, 11, 1), items), "丽丽", now)
    rows = sheet_rows(exports.export("points", out / "p.xlsx", "zh_CN"))
    assert [(r[2], r[4], r[5], r[7], r[10]) for r in rows[1:]] == [
        ("100002", "消费积分", 388, "2026-11-01 消费", None),
        ("100001", "推荐奖励", 100, "推荐会员 100002", None),  # not the number twice
    ]
    assert visit_id and zeng
    english = sheet_rows(exports.export("points", out / "p-en.xlsx", "en", [zeng]))
    assert [r[7] for r in english[1:]] == ["referred member 100002"]  # only hers


def test_full_export_has_the_ledger_and_the_rewards(ledger, out: Path) -> None:
    """A full backup to Excel carries the points history and the rewards catalogue."""
    book = read_book(exports.export("all", out / "all.xlsx", "zh_CN"))
    assert book["积分流水"].max_row == 6 and book["积分流水"]["C2"].value == "100002"
    rewards = [[c.value for c in row] for row in book["积分礼品"].iter_rows()]
    assert rewards == [
        [c.zh for c in exports.REWARD_COLUMNS],
        ["护手霜", "礼品", 300, None, 9, "是", 1],
        ["满100减20", "折扣券", 800, 20.0, None, "否", 0],
    ]
    english = read_book(exports.export("all", out / "all-en.xlsx", "en"))
    assert [c.value for c in english["rewards"][3]][:2] == ["满100减20", "discount"]


def test_ledger_longer_than_a_sheet_goes_on(ledger, out: Path, monkeypatch) -> None:
    """A ledger of more rows than Excel opens in one sheet goes on in the next, every
    entry once and in order."""
    monkeypatch.setattr(exports, "SHEET_ROWS", 2)
    book = read_book(exports.export("points", out / "p.xlsx", "en"))
    assert book.sheetnames == ["points ledger", "points ledger (2)", "points ledger (3)"]
    numbers = [r[1].value for ws in book.worksheets for r in ws.iter_rows(min_row=2)]
    assert numbers == sorted(numbers) and len(numbers) == 5
    assert [ws.max_row for ws in book.worksheets] == [3, 3, 2]


def test_empty_ledger_exports_its_header(db, out: Path) -> None:
    """A shop that has not started points still gets a file, with the header row."""
    rows = sheet_rows(exports.export("points", out / "p.xlsx", "en"))
    assert rows == [[c.key for c in exports.LEDGER_COLUMNS]]


# -- stored value and package cards ----------------------------------------------------------


@pytest.fixture
def prepaid_shop(db) -> dict[str, int]:
    """Two customers with every kind of stored-value entry and package cards: bought with
    stored value, brought in from paper, expired, used on a visit."""
    day = datetime(2026, 1, 5, 10)
    zeng = new_customer(day, name="曾小贤", member_no="100001")
    xie = new_customer(day, name="解晓梅", member_no="100002")
    prepaid.save_bonus_tiers([(100000, 20000)])
    facial = packages.save_product(
        packages.ProductData(None, "面部护理10次卡", "面部护理", 10, 158000, 365), day
    )
    top_up = prepaid.top_up(xie, 300000, "丽丽", day)
    visit = visits.add_visit(
        xie, VisitData(date(2026, 1, 5), (VisitItemData("面部护理", "", 1, 19800),)), "丽丽", day
    )
    at = day + timedelta(minutes=5)
    payment = prepaid.pay(xie, 19800, "丽丽", at, visit_id=visit)
    reversal = prepaid.reverse_value(payment, "顾客改付现金", "店长", at + timedelta(minutes=1))
    card = packages.sell_package(
        xie, facial, PaidWith.STORED_VALUE, "丽丽", at + timedelta(minutes=2)
    )
    packages.use_session(xie, visit, "丽丽", at + timedelta(minutes=3), card_id=card)
    refund = prepaid.refund(xie, "搬家", "店长", day + timedelta(days=30))
    prepaid.post_opening_value(zeng, 50000, 0, "店长", day, "纸质储值卡")
    packages.post_opening_card(zeng, "洗吹5次卡", "洗吹造型", 5, 2, date(2026, 6, 30), "店长", day)
    return {"zeng": zeng, "xie": xie, "top_up": top_up, "payment": payment,
            "reversal": reversal, "card": card, "refund": refund}  # fmt: skip


def test_full_export_has_the_stored_value_and_the_cards(prepaid_shop, out: Path) -> None:
    """A full backup to Excel carries every stored-value movement, oldest first, with what
    it came from, and every package card with the sessions left and whether it expired."""
    path = exports.export("all", out / "all.xlsx", "zh_CN", today=date(2026, 11, 22))
    book = read_book(path)
    values = [[c.value for c in row] for row in book["储值流水"].iter_rows()]
    assert values[0] == [c.zh for c in prepaid_exports.VALUE_COLUMNS]
    s = prepaid_shop
    assert values[1] == [
        datetime(2026, 1, 5, 10), s["top_up"], "100002", "解晓梅", "充值", 3000.0, 200.0,
        3000.0, 200.0, None, "丽丽", None,
    ]  # fmt: skip
    # 充3000送200: a payment takes principal and bonus in proportion (15:1).
    assert [(r[1], r[4], r[5], r[6], r[7], r[8], r[9], r[11]) for r in values[2:]] == [
        (s["payment"], "储值消费", -185.63, -12.37, 2814.37, 187.63, "2026-01-05 消费", None),
        (s["reversal"], "冲正", 185.63, 12.37, 3000.0, 200.0, f"冲正 #{s['payment']}",
         "顾客改付现金"),
        (s["reversal"] + 1, "购买次卡", -1481.25, -98.75, 1518.75, 101.25,
         "次卡 面部护理10次卡", None),  # not the card's name twice
        (s["refund"], "退款", -1518.75, -101.25, 0.0, 0.0, None, "搬家"),
        (s["refund"] + 1, "期初储值", 500.0, 0.0, 500.0, 0.0, None, "纸质储值卡"),
    ]  # fmt: skip
    ws = book["储值流水"]
    assert ws["A2"].number_format == "yyyy-mm-dd hh:mm" and ws["F2"].number_format == "¥#,##0.00"
    sums = {}
    for r in values[1:]:
        sums.setdefault(r[2], [0, 0])
        sums[r[2]][0] += round((r[5] or 0) * 100)
        sums[r[2]][1] += round((r[6] or 0) * 100)
        assert [round((r[7] or 0) * 100), round((r[8] or 0) * 100)] == sums[r[2]]
    assert sums == {"100001": [50000, 0], "100002": [0, 0]}  # the refund emptied hers
    cards = [[c.value for c in row] for row in book["次卡"].iter_rows()]
    assert cards == [
        [c.zh for c in prepaid_exports.CARD_COLUMNS],
        ["100001", "曾小贤", "洗吹5次卡", "洗吹造型", 5, 2, 3, 0.0, "现金",
         datetime(2026, 1, 5), datetime(2026, 6, 30), "是"],
        ["100002", "解晓梅", "面部护理10次卡", "面部护理", 10, 1, 9, 1580.0, "储值",
         datetime(2026, 1, 5), datetime(2027, 1, 5), "否"],
    ]  # fmt: skip
    explained = [[c.value for c in row] for row in book["列说明"].iter_rows(min_row=2)]
    for title, columns in (("储值流水", prepaid_exports.VALUE_COLUMNS),
                           ("次卡", prepaid_exports.CARD_COLUMNS)):  # fmt: skip
        assert [(r[1], r[2]) for r in explained if r[0] == title] == [
            (c.zh, c.key) for c in columns
        ]


def test_prepaid_sheets_in_english_and_for_chosen_customers(prepaid_shop, out: Path) -> None:
    """An English owner reads the kinds, sources and payments in English; a chosen
    customer's export holds only her movements and cards."""
    book = read_book(exports.export("all", out / "en.xlsx", "en", [prepaid_shop["xie"]]))
    values = [[c.value for c in row] for row in book["stored value"].iter_rows()]
    assert values[0][:6] == ["posted_at", "entry_no", "member_no", "name", "kind", "principal"]
    assert [(r[2], r[4], r[9]) for r in values[1:]] == [
        ("100002", "top-up", None),
        ("100002", "payment", "visit of 2026-01-05"),
        ("100002", "reversal", f"reversal of #{prepaid_shop['payment']}"),
        ("100002", "package card bought", "package card 面部护理10次卡"),
        ("100002", "refund", None),
    ]
    cards = [[c.value for c in row] for row in book["package cards"].iter_rows()]
    assert cards[0][-4:] == ["paid_with", "sold_on", "expires_on", "expired"]
    # Without the day of the export, whether it expired is left empty.
    assert [(r[0], r[8], r[11]) for r in cards[1:]] == [("100002", "stored value", None)]


def test_stored_value_longer_than_a_sheet_goes_on(prepaid_shop, out: Path, monkeypatch) -> None:
    """More movements than Excel opens in one sheet go on in the next, each once, in order."""
    monkeypatch.setattr(exports, "SHEET_ROWS", 4)
    book = read_book(exports.export("all", out / "all.xlsx", "en"))
    sheets = [ws for ws in book.worksheets if ws.title.startswith("stored value")]
    assert [ws.title for ws in sheets] == ["stored value", "stored value (2)"]
    numbers = [r[1].value for ws in sheets for r in ws.iter_rows(min_row=2)]
    assert numbers == sorted(numbers) and len(numbers) == 6
