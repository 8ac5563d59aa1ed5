"""The complaints in Excel: `export complaints` on the command line in both languages,
the two complaint sheets of a full export, and the inbox's own list (ids in its order)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

import main
from app.models import ComplaintCategory, ComplaintChannel, ComplaintStatus, Severity
from app.models.connection import close
from app.services import complaint_exports, complaints, customers, exports
from app.services.complaint_exports import COMPLAINT_COLUMNS, TIMELINE_COLUMNS, hours_late
from app.services.complaints import ComplaintData, FollowUpOutcome, ResolutionData
from app.services.dto import CustomerData

S = ComplaintStatus
NOW = datetime(2026, 11, 22, 10, 30)
FORMULA = '=HYPERLINK("http://x","点我")'


@pytest.fixture
def inbox(db) -> dict[str, int]:
    """Four complaints: one followed up (late, every compensation, points), one anonymous
    still new and corrected, one reopened (its points reversed), one closed."""
    wang = customers.create_customer(CustomerData(name="王芳", mobile="13800001234"), "前台", NOW)
    li = customers.create_customer(CustomerData(name="李娜"), "前台", NOW)
    day = timedelta(days=1)

    def taken(customer: int | None, received: datetime, **changes: object) -> ComplaintData:
        values: dict[str, object] = dict(
            customer_id=customer, received_at=received, channel=ComplaintChannel.PHONE,
            category=ComplaintCategory.SERVICE, severity=Severity.SERIOUS,
            description="烫发后头发干枯，打电话来很生气", promised_by=received + day,
            handler="小李",
        )  # fmt: skip
        values.update(changes)
        return ComplaintData(**values)  # type: ignore[arg-type]

    received = NOW - 10 * day
    first = complaints.record(taken(wang, received), "前台", received)
    complaints.start(first, "小李", received + timedelta(hours=1))
    resolved = received + 2 * day  # a day after the promise
    complaints.resolve(
        first,
        ResolutionData(
            "免费做一次护理", resolved.date() + 3 * day, reply="非常抱歉", comp_service="免费护理",
            comp_refund_fen=5050, comp_gift="面膜", comp_points=200, root_cause="药水时间过长",
            prevention="计时器提醒",
        ),
        "小李", resolved,
    )  # fmt: skip
    complaints.record_follow_up(first, FollowUpOutcome(4, "顾客说好多了"), "小李", NOW - 4 * day)
    received = NOW - 2 * day
    anonymous = complaints.record(
        taken(None, received, contact="张女士 13900001111", description=FORMULA,
              channel=ComplaintChannel.REVIEW_SITE, category=ComplaintCategory.ENVIRONMENT,
              severity=Severity.NORMAL),
        "前台", received,
    )  # fmt: skip
    complaints.update(
        anonymous,
        taken(None, received, contact="张女士 13900001111", description=FORMULA,
              channel=ComplaintChannel.REVIEW_SITE, category=ComplaintCategory.ENVIRONMENT,
              severity=Severity.NORMAL, handler="阿芳"),
        "前台", received + timedelta(minutes=5),
    )  # fmt: skip
    received = NOW - 6 * day
    reopened = complaints.record(taken(wang, received), "前台", received)
    complaints.resolve(
        reopened,
        ResolutionData("道歉", received.date() + 3 * day, comp_points=100),
        "小李",
        received + timedelta(hours=2),
    )
    complaints.reopen(reopened, "她还是不满意", "小李", received + 2 * day)
    received = NOW - 3 * day
    closed = complaints.record(taken(li, received), "前台", received)
    complaints.close(closed, "顾客撤回投诉", "小李", received + day)
    return {"wang": wang, "li": li, "first": first, "anonymous": anonymous,
            "reopened": reopened, "closed": closed}  # fmt: skip


def values(path: Path, title: str) -> list[list[object]]:
    book = openpyxl.load_workbook(path)
    return [[c.value for c in row] for row in book[title].iter_rows()]


@pytest.fixture
def cli(qapp):
    """The command opens the database itself: the fixture's connection is closed first."""
    close()
    yield
    close()


@pytest.mark.parametrize(
    ("lang", "titles", "words"),
    [
        ("zh_CN", ("投诉", "投诉进程"), ("电话", "服务态度", "严重", "已回访", "匿名", "新建")),
        ("en", ("complaints", "complaint timeline"),
         ("phone", "service attitude", "serious", "followed up", "anonymous", "new")),
    ],
)  # fmt: skip
def test_export_complaints_on_the_command_line(
    inbox, cli, capsys, db_path: Path, tmp_path: Path, lang: str, titles, words
) -> None:
    """A scripted export gives the owner every complaint and its timeline, headed and
    worded in her language, with dates as dates and money in yuan."""
    target = tmp_path / "complaints.xlsx"
    code = main.main(["--db", str(db_path), "--lang", lang, "export", "complaints", str(target)])
    captured = capsys.readouterr()
    assert code == 0 and captured.err == "" and str(target) in captured.out
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == list(titles)
    for ws in book.worksheets:
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref
    rows = values(target, titles[0])
    assert rows[0] == [c.header(lang) for c in COMPLAINT_COLUMNS]
    assert [r[0] for r in rows[1:]] == [
        inbox["first"],
        inbox["anonymous"],
        inbox["reopened"],
        inbox["closed"],
    ]
    phone, service, serious, followed_up, anonymous, new = words
    first = dict(zip([c.key for c in COMPLAINT_COLUMNS], rows[1], strict=True))
    assert first["received_at"] == NOW - timedelta(days=10)
    assert first["name"] == "王芳" and first["member_no"]
    assert (first["channel"], first["category"], first["severity"]) == (phone, service, serious)
    assert first["status"] == followed_up and first["handler"] == "小李"
    assert first["hours_late"] == 24  # resolved a day after the promise
    assert first["resolved_at"] == NOW - timedelta(days=8)
    assert first["comp_refund"] == 50.5 and first["comp_points"] == 200
    assert (first["comp_service"], first["comp_gift"]) == ("免费护理", "面膜")
    assert first["follow_up_on"] == datetime(2026, 11, 17)
    assert first["followed_up_at"] == NOW - timedelta(days=4)
    assert (first["satisfaction"], first["follow_up_note"]) == (4, "顾客说好多了")
    assert (first["root_cause"], first["prevention"]) == ("药水时间过长", "计时器提醒")
    sheet = book[titles[0]]
    assert sheet["R2"].number_format == "¥#,##0.00" and sheet["B2"].is_date
    second = dict(zip([c.key for c in COMPLAINT_COLUMNS], rows[2], strict=True))
    assert (second["member_no"], second["name"]) == (None, anonymous)
    assert second["contact"] == "张女士 13900001111" and second["status"] == new
    assert second["description"] == FORMULA and sheet["I3"].data_type == "s"  # never a formula
    reopened = dict(zip([c.key for c in COMPLAINT_COLUMNS], rows[3], strict=True))
    assert reopened["comp_points"] is None  # reversed when she reopened it
    closed = dict(zip([c.key for c in COMPLAINT_COLUMNS], rows[4], strict=True))
    assert closed["closed_reason"] == "顾客撤回投诉" and closed["hours_late"] is None
    timeline = values(target, titles[1])
    assert timeline[0] == [c.header(lang) for c in TIMELINE_COLUMNS]
    first_steps = [r[1:] for r in timeline[1:] if r[0] == inbox["first"]]
    assert [(r[2], r[3], r[5]) for r in first_steps] == [
        (None, new, None),
        (new, "处理中" if lang == "zh_CN" else "in progress", None),
        ("处理中" if lang == "zh_CN" else "in progress",
         "已解决" if lang == "zh_CN" else "resolved", 200),
        ("已解决" if lang == "zh_CN" else "resolved", followed_up, None),
    ]  # fmt: skip
    assert first_steps[0][:2] == [NOW - timedelta(days=10), "前台"]
    edit = [r for r in timeline[1:] if r[0] == inbox["anonymous"]][1]
    assert edit[3] == edit[4] == new
    assert edit[5] == ("修改了登记内容" if lang == "zh_CN" else "details corrected")
    assert [r[6] for r in timeline[1:] if r[0] == inbox["reopened"]] == [None, 100, -100]


def test_inbox_list_exports_exactly_its_rows_in_its_order(inbox, tmp_path: Path) -> None:
    """The inbox's Export… writes the complaints it lists, in its order, and only their
    timelines."""
    ids = [inbox["closed"], inbox["first"]]
    path = complaint_exports.export_complaints(tmp_path / "inbox.xlsx", "zh_CN", ids, NOW)
    assert [r[0] for r in values(path, "投诉")[1:]] == ids
    numbers = [r[0] for r in values(path, "投诉进程")[1:]]
    assert numbers == [inbox["closed"]] * 2 + [inbox["first"]] * 4
    empty = complaint_exports.export_complaints(tmp_path / "none.xlsx", "en", [])
    assert values(empty, "complaints") == [[c.key for c in COMPLAINT_COLUMNS]]


def test_open_complaints_are_late_until_the_export(inbox, tmp_path: Path) -> None:
    """An open complaint past its promise shows how late it is at the moment of the export."""
    ids = [inbox["anonymous"], inbox["reopened"]]
    at_now = {r[0]: r[12] for r in complaint_exports.complaint_rows("en", ids, NOW)}
    # promised a day after it came in, two days ago; reopened: promised five days ago
    assert at_now == {inbox["anonymous"]: 24, inbox["reopened"]: 120}
    unknown = [r[12] for r in complaint_exports.complaint_rows("en", ids)]
    assert unknown == [None, None]


def test_hours_late_counts_a_started_hour() -> None:
    """The lateness column would call a late answer in time, or an early one late."""
    promised = datetime(2026, 11, 20, 20, 0)
    later = promised + timedelta(minutes=90)
    assert hours_late(promised, S.RESOLVED, later, None, None) == 2
    assert hours_late(promised, S.FOLLOWED_UP, promised, None, later) is None
    assert hours_late(promised, S.CLOSED, None, later, None) == 2  # closed unanswered
    assert hours_late(promised, S.CLOSED, promised - timedelta(hours=1), later, None) is None
    assert hours_late(promised, S.NEW, None, None, later) == 2
    assert hours_late(promised, S.IN_PROGRESS, None, None, promised) is None
    assert hours_late(promised, S.NEW, None, None, None) is None


def test_full_export_has_the_complaint_sheets(inbox, tmp_path: Path) -> None:
    """A full export holds every complaint (anonymous ones too) and explains its columns;
    one card's export holds only her complaints."""
    path = exports.export("all", tmp_path / "all.xlsx", "zh_CN", now=NOW)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[-3:] == ["投诉", "投诉进程", "列说明"]
    assert len(values(path, "投诉")) == 5
    explained = values(path, "列说明")[1:]
    assert [(r[1], r[2]) for r in explained if r[0] == "投诉"] == [
        (c.zh, c.key) for c in COMPLAINT_COLUMNS
    ]
    assert [(r[1], r[2]) for r in explained if r[0] == "投诉进程"] == [
        (c.zh, c.key) for c in TIMELINE_COLUMNS
    ]
    card = exports.export("all", tmp_path / "card.xlsx", "en", [inbox["wang"]])
    assert [r[0] for r in values(card, "complaints")[1:]] == [inbox["first"], inbox["reopened"]]
    hers = exports.export("complaints", tmp_path / "li.xlsx", "en", [inbox["li"]])
    assert [r[0] for r in values(hers, "complaints")[1:]] == [inbox["closed"]]
