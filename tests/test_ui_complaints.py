"""The complaint inbox through the real window: a complaint taken down with the dialog,
moved through the workflow to 已回访 and out of the open inbox; an overdue one red;
steps the status does not allow never offered; bad input kept with a message; her
card showing her complaints and the follow-up call; the Chinese screens in Chinese."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from app.models import Complaint, ComplaintCategory, ComplaintStatus, PointsEntry, PointsKind
from app.models.connection import close
from app.models.enums import ComplaintChannel, Severity
from app.services import complaint_inbox as inbox
from app.services import complaints, customers, points
from app.services.complaints import Action, ComplaintData, ResolutionData
from app.services.dto import CustomerData
from app.ui.complaints.inbox_model import COL_DUE, COL_STATUS, OVERDUE, OVERDUE_BACKGROUND

S = ComplaintStatus
NOW = datetime(2026, 11, 22, 10, 30)


def open_window(qtbot, db_path: Path, now: datetime, lang: str):
    from app.services import storage
    from app.ui.application import ensure_chinese_font, install_language, set_names
    from app.ui.main_window import MainWindow

    set_names()
    storage.open_shop(str(db_path), now.date())
    install_language(lang)
    ensure_chinese_font(QApplication.instance())
    clock = {"now": now}
    window = MainWindow(str(db_path), clock=lambda: clock["now"])
    window.test_clock = clock  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


@pytest.fixture
def window(qtbot, db_path: Path):
    win = open_window(qtbot, db_path, NOW, "en")
    yield win
    win.close()
    close()


def a_customer(name: str = "王芳") -> int:
    return customers.create_customer(CustomerData(name=name, mobile="13912345678"), "x", NOW)


def a_complaint(customer_id: int | None, **changes) -> int:
    values = dict(
        customer_id=customer_id, received_at=NOW - timedelta(hours=1),
        channel=ComplaintChannel.PHONE, category=ComplaintCategory.SERVICE,
        severity=Severity.NORMAL, description="等了四十分钟", promised_by=NOW + timedelta(days=1),
        handler="小李",
    )  # fmt: skip
    values.update(changes)
    return complaints.record(ComplaintData(**values), "前台", NOW)  # type: ignore[arg-type]


def test_the_angry_phone_call_from_record_to_followed_up(qtbot, window, monkeypatch):
    """Logged in a minute, answer promised for tomorrow, 200 points, resolved, called
    back three days later — and gone from the open inbox."""
    cid = a_customer()
    page = window.show_complaints()
    dialog = page.record_complaint()
    dialog.picker.search.setText("王芳")
    dialog.picker._find()
    assert dialog.picker.matches.count() == 1
    dialog.picker._take_first()
    assert dialog.picker.customer_id() == cid
    dialog.severity.setCurrentIndex(dialog.severity.findData(Severity.SERIOUS.value))
    # 严重: two days by default, by the evening.
    assert dialog.promised.dateTime().toPython() == datetime(2026, 11, 24, 20, 0)
    dialog.category.setCurrentIndex(dialog.category.findData(ComplaintCategory.RESULT.value))
    dialog.description.setPlainText("烫发后头发干枯，打电话来很生气")
    assert dialog.try_save()
    record = Complaint.get()
    assert (record.customer_id, record.status, record.severity) == (cid, S.NEW, Severity.SERIOUS)
    assert page.model.rowCount() == 1
    assert "Complaints  1" in window.complaints_item.text()

    detail = page.open_complaint(record.id)
    shown = {a for a, b in detail.step_buttons.items() if b.isVisibleTo(detail)}
    assert shown == {Action.START, Action.RESOLVE, Action.CLOSE}
    assert detail.start()
    assert Complaint.get_by_id(record.id).status == S.IN_PROGRESS
    shown = {a for a, b in detail.step_buttons.items() if b.isVisibleTo(detail)}
    assert shown == {Action.RESOLVE, Action.CLOSE}

    resolve = detail.resolve()
    resolve.resolution.setPlainText("店长道歉，免费护理一次")
    resolve.reply.setPlainText("王女士，非常抱歉……")
    resolve.points.setValue(200)
    resolve.root_cause.setPlainText("药水时间过长")
    assert resolve.follow_up.date().toPython() == date(2026, 11, 25)
    assert resolve.try_save()
    assert Complaint.get_by_id(record.id).status == S.RESOLVED
    assert points.balance(cid) == 200
    entry = PointsEntry.get(PointsEntry.complaint_id == record.id)
    assert entry.kind == PointsKind.COMPLAINT
    shown = {a for a, b in detail.step_buttons.items() if b.isVisibleTo(detail)}
    assert shown == {Action.FOLLOW_UP, Action.CLOSE, Action.REOPEN}
    detail.done(0)

    # Three days later the program reminds her: badge, inbox and her card.
    window.test_clock["now"] = datetime(2026, 11, 25, 9, 0)
    window.update_complaints_badge()
    assert "Complaints  1" in window.complaints_item.text()
    assert window.complaints_item.font().bold()
    page.show_view(inbox.InboxView.FOLLOW_UP_DUE)
    assert page.model.rowCount() == 1
    assert "due" in page.model.index(0, COL_DUE).data()
    window.open_customer(cid)
    facts = [w.text() for w in window.customers.card.findChildren(type(page.count))]
    assert any(f"complaint no. {record.id}" in f and "due" in f for f in facts)

    window.show_complaints()
    detail = page.open_complaint(record.id)
    outcome = detail.follow_up()
    outcome.satisfaction.setCurrentIndex(outcome.satisfaction.findData(5))
    outcome.note.setPlainText("很满意，下周还来")
    assert outcome.try_save()
    assert Complaint.get_by_id(record.id).status == S.FOLLOWED_UP
    detail.done(0)
    page.show_view(inbox.InboxView.ACTIVE)
    assert page.model.rowCount() == 0
    window.update_complaints_badge()
    assert window.complaints_item.text() == "Complaints"
    page.show_view(inbox.InboxView.ALL)
    assert page.model.index(0, COL_STATUS).data() == "Followed up"


def test_an_overdue_complaint_is_red_with_how_late(window):
    late = a_complaint(
        None, received_at=NOW - timedelta(days=1), promised_by=NOW - timedelta(hours=3),
        contact="一位女士",
    )  # fmt: skip
    a_complaint(None)
    page = window.show_complaints()
    assert page.model.row_of(0).id == late  # overdue first
    assert page.model.index(0, COL_DUE).data().endswith("3 hours late")
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE
    background = page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert background.color() == OVERDUE_BACKGROUND
    assert page.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "overdue: 1" in page.count.text()
    assert window.complaints_item.foreground().color().name() == "#c62828"


def test_bad_input_keeps_everything_typed(window):
    page = window.show_complaints()
    dialog = page.record_complaint()
    dialog.description.setPlainText("收费和报价不一样")
    assert not dialog.try_save()  # nobody chosen
    assert "No card" in dialog.errors.text()
    dialog.picker.anonymous.setChecked(True)
    dialog.promised.setDateTime(dialog.received.dateTime().addSecs(-3600))
    assert not dialog.try_save()
    assert "promised time" in dialog.errors.text()
    assert dialog.description.toPlainText() == "收费和报价不一样"
    dialog.promised.setDateTime(dialog.received.dateTime().addDays(1))
    assert dialog.try_save()
    assert Complaint.get().customer_id is None


def test_refused_resolution_posts_nothing_and_says_why(window):
    cid = a_customer()
    complaint = a_complaint(cid)
    page = window.show_complaints()
    detail = page.open_complaint(complaint)
    resolve = detail.resolve()
    resolve.points.setValue(100)
    resolve.refund.setText("abc")
    assert not resolve.try_save()
    assert "refund" in resolve.errors.text()
    resolve.refund.setText("")
    assert not resolve.try_save()  # nothing written about what was done
    assert "what was done" in resolve.errors.text()
    assert PointsEntry.select().count() == 0
    assert Complaint.get_by_id(complaint).status == S.NEW


def test_reopen_takes_the_points_back(window, monkeypatch):
    cid = a_customer()
    complaint = a_complaint(cid)
    complaints.resolve(
        complaint,
        ResolutionData("免费护理", NOW.date() + timedelta(days=3), comp_points=150),
        "店长",
        NOW,
    )
    page = window.show_complaints()
    detail = page.open_complaint(complaint)
    reopen = detail.reopen()
    assert not reopen.try_save()  # a reason is needed
    reopen.reason.setPlainText("效果还是不好")
    assert reopen.try_save()
    assert Complaint.get_by_id(complaint).status == S.IN_PROGRESS
    assert points.balance(cid) == 0
    lines = [detail.timeline.item(i).text() for i in range(detail.timeline.count())]
    assert any("150 points taken back" in line for line in lines)


def test_her_card_lists_her_complaints_and_records_one(window):
    cid = a_customer()
    a_complaint(cid, received_at=NOW - timedelta(days=3), promised_by=NOW - timedelta(days=2))
    window.open_customer(cid)
    card = window.customers.card
    assert card.complaints.table.rowCount() == 1
    facts = [w.text() for w in card.findChildren(type(card.title))]
    assert any("1 open complaint" in f and "2 days late" in f for f in facts)
    dialog = window.customers.record_complaint(cid)
    assert dialog.picker.customer_id() == cid
    dialog.description.setPlainText("店里太吵")
    assert dialog.try_save()
    assert card.complaints.table.rowCount() == 2
    opened = window.customers.open_complaint(Complaint.select().order_by(Complaint.id).first().id)
    assert opened.record is not None and opened.record.customer_id == cid
    opened.done(0)


def test_the_menu_records_a_complaint_and_filters_work(window):
    actions = {a.objectName() for m in window.menuBar().findChildren(QMenu) for a in m.actions()}
    assert "actionRecordComplaint" in actions
    a_complaint(None, category=ComplaintCategory.PRICE, description="收费和报价不一样")
    a_complaint(None, category=ComplaintCategory.SERVICE)
    page = window.show_complaints()
    page.category.setCurrentIndex(page.category.findData(ComplaintCategory.PRICE.value))
    page.apply_filters()
    assert page.model.rowCount() == 1
    page.category.setCurrentIndex(0)
    page.text.setText("报价")
    page.apply_filters()
    assert page.model.rowCount() == 1
    page.text.setText("")
    page.period.setCurrentIndex(1)  # today
    page.apply_filters()
    assert page.model.rowCount() == 2
    dialog = window.record_complaint()
    assert dialog.isVisible()
    dialog.done(0)


def test_export_writes_the_complaints_shown_in_order(window, tmp_path):
    from openpyxl import load_workbook

    first = a_complaint(None, category=ComplaintCategory.PRICE, description="收费和报价不一样")
    a_complaint(None, category=ComplaintCategory.SERVICE)
    page = window.show_complaints()
    page.category.setCurrentIndex(page.category.findData(ComplaintCategory.PRICE.value))
    page.apply_filters()
    written = page.export(str(tmp_path / "complaints"))
    assert written is not None and written.suffix == ".xlsx"
    book = load_workbook(written, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert len(rows) == 2  # the header and the one complaint shown
    assert rows[1][0] == first
    assert "收费和报价不一样" in rows[1]


def test_the_chinese_screens_have_no_english(qtbot, db_path):
    import re

    from tests.test_translations import english_left, visible_texts

    win = open_window(qtbot, db_path, NOW, "zh_CN")
    try:
        cid = a_customer()
        late = a_complaint(
            cid, received_at=NOW - timedelta(days=2), promised_by=NOW - timedelta(hours=2)
        )
        done = a_complaint(None, contact="一位女士")
        complaints.resolve(
            done, ResolutionData("免费护理", NOW.date(), comp_service="护理一次"), "店长", NOW
        )
        page = win.show_complaints()
        texts = visible_texts(win)
        texts += [page.model.index(r, c).data() or "" for r in range(2) for c in range(9)]
        detail = page.open_complaint(late)
        texts += visible_texts(detail)
        texts += [detail.timeline.item(i).text() for i in range(detail.timeline.count())]
        for dialog in (detail.resolve(), detail.close_complaint(), detail.edit()):
            texts += visible_texts(dialog)
            dialog.done(0)
        detail.done(0)
        resolved = page.open_complaint(done)
        texts += visible_texts(resolved) + [resolved.outcome.text()]
        outcome = resolved.follow_up()
        texts += visible_texts(outcome)
        outcome.done(0)
        resolved.done(0)
        record = page.record_complaint()
        record.picker.anonymous.setChecked(True)
        texts += visible_texts(record)
        record.done(0)
        page.tabs.setCurrentIndex(1)
        texts += visible_texts(page.analysis_page())
        answers = page.open_answers()
        texts += [re.sub(r"\{(name|shop)\}", "", t) for t in visible_texts(answers)]
        answers.done(0)
        win.open_customer(cid)
        texts += visible_texts(win.customers.card)
        texts.append(win.complaints_item.text())
        assert english_left([t for t in texts if t]) == []
    finally:
        win.close()
        close()


def test_a_reply_typed_in_the_window_goes_on_into_the_resolution(window):
    complaint = a_complaint(a_customer())
    detail = window.show_complaints().open_complaint(complaint)
    detail.reply.setPlainText("王女士，非常抱歉")
    resolve = detail.resolve()
    assert resolve.reply.toPlainText() == "王女士，非常抱歉"
    resolve.resolution.setPlainText("免费护理")
    assert resolve.try_save()
    assert Complaint.get_by_id(complaint).reply == "王女士，非常抱歉"
    assert not detail.reply.document().isModified()  # closing asks nothing
    assert detail.reply.toPlainText() == "王女士，非常抱歉"


def test_choosing_her_moves_on_to_what_happened(qtbot, window):
    a_customer()
    dialog = window.show_complaints().record_complaint()
    qtbot.waitExposed(dialog)
    dialog.picker.search.setText("王芳")
    dialog.picker._take_first()
    assert dialog.focusWidget() is dialog.description
    dialog.done(0)
