"""The complaint workflow: steps allowed and refused, the promise and overdue with an
injected `now`, apology points posted once and reversed on reopening, the follow-up."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.models import (
    Complaint,
    ComplaintCategory,
    ComplaintChannel,
    ComplaintStatus,
    FollowUp,
    PointsEntry,
    PointsKind,
    Severity,
)
from app.services import complaint_inbox as inbox
from app.services import complaints, customers, points, settings, visits
from app.services.complaints import Action, ComplaintData, FollowUpOutcome, ResolutionData
from app.services.dto import CustomerData
from app.services.messages import ServiceError, ValidationError

S = ComplaintStatus
NOW = datetime(2026, 11, 22, 10, 30)


@pytest.fixture
def customer(db) -> int:
    return customers.create_customer(CustomerData(name="王芳", mobile="13800001234"), "前台", NOW)


def data(customer_id: int | None, **changes) -> ComplaintData:
    values = dict(
        customer_id=customer_id,
        received_at=NOW,
        channel=ComplaintChannel.PHONE,
        category=ComplaintCategory.SERVICE,
        severity=Severity.SERIOUS,
        description="烫发后头发干枯，打电话来很生气",
        promised_by=NOW + timedelta(days=1),
        handler="小李",
    )
    values.update(changes)
    return ComplaintData(**values)  # type: ignore[arg-type]


def resolution(**changes) -> ResolutionData:
    values = dict(
        resolution="免费做一次护理",
        follow_up_on=NOW.date() + timedelta(days=3),
        reply="非常抱歉……",
        comp_points=200,
        root_cause="药水时间过长",
        prevention="计时器提醒",
    )
    values.update(changes)
    return ResolutionData(**values)  # type: ignore[arg-type]


def test_record_starts_new_with_a_timeline_line(customer):
    cid = complaints.record(data(customer), "前台", NOW)
    record = inbox.complaint(cid)
    assert record is not None
    assert record.status == S.NEW
    assert record.customer_name == "王芳"
    events = inbox.timeline(cid)
    assert [(e.status_from, e.status_to, e.operator) for e in events] == [(None, S.NEW, "前台")]


def test_anonymous_complaint_keeps_the_contact(db):
    cid = complaints.record(data(None, contact="一位女士 139****"), "前台", NOW)
    record = inbox.complaint(cid)
    assert record is not None and record.customer_id is None
    assert record.contact == "一位女士 139****"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"description": "  "}, "description"),
        ({"description": "x" * 2001}, "description"),
        ({"promised_by": NOW - timedelta(minutes=1)}, "promised_by"),
        ({"received_at": NOW + timedelta(hours=1)}, "received_at"),
        ({"handler": "x" * 51}, "handler"),
    ],
)
def test_bad_input_is_refused_with_the_field(customer, changes, field):
    with pytest.raises(ValidationError) as caught:
        complaints.record(data(customer, **changes), "前台", NOW)
    assert [e.field for e in caught.value.errors] == [field]
    assert Complaint.select().count() == 0


@pytest.mark.parametrize(
    ("severity", "days", "expected"),
    [
        (Severity.URGENT, 0, datetime(2026, 11, 22, 20, 0)),
        (Severity.SERIOUS, 2, datetime(2026, 11, 24, 20, 0)),
        (Severity.NORMAL, 3, datetime(2026, 11, 25, 20, 0)),
    ],
)
def test_default_promise_by_severity(db, severity, days, expected):
    assert complaints.promise_days(severity) == days
    assert complaints.default_promise(NOW, severity) == expected


def test_default_promise_follows_the_settings_and_is_never_past(db):
    settings.set_value("complaint_days_normal", 1)
    assert complaints.default_promise(NOW, Severity.NORMAL) == datetime(2026, 11, 23, 20, 0)
    late = datetime(2026, 11, 22, 21, 40, 12)
    assert complaints.default_promise(late, Severity.URGENT) == datetime(2026, 11, 22, 22, 40)


def test_overdue_with_an_injected_now():
    promised = datetime(2026, 11, 23, 20, 0)
    assert complaints.overdue_by(promised, S.NEW, datetime(2026, 11, 23, 19, 59)) is None
    assert complaints.overdue_by(promised, S.IN_PROGRESS, datetime(2026, 11, 23, 23, 0)) == (
        timedelta(hours=3)
    )
    # Once resolved it is no longer overdue, however late.
    assert complaints.overdue_by(promised, S.RESOLVED, datetime(2026, 12, 1)) is None


def test_overdue_in_the_inbox_and_counts(customer):
    early = complaints.record(data(customer, promised_by=NOW + timedelta(hours=2)), "a", NOW)
    complaints.record(data(customer, promised_by=NOW + timedelta(days=2)), "a", NOW)
    later = NOW + timedelta(hours=5)
    ids = inbox.inbox_ids(inbox.InboxFilter(view=inbox.InboxView.OVERDUE), later)
    assert ids == [early]
    assert inbox.counts(later) == inbox.InboxCounts(open=2, overdue=1, follow_up_due=0)
    assert inbox.counts(NOW) == inbox.InboxCounts(open=2, overdue=0, follow_up_due=0)


@pytest.mark.parametrize(
    ("status", "allowed"),
    [
        (S.NEW, {Action.START, Action.RESOLVE, Action.CLOSE}),
        (S.IN_PROGRESS, {Action.RESOLVE, Action.CLOSE}),
        (S.RESOLVED, {Action.FOLLOW_UP, Action.CLOSE, Action.REOPEN}),
        (S.FOLLOWED_UP, {Action.REOPEN}),
        (S.CLOSED, {Action.REOPEN}),
    ],
)
def test_allowed_actions(status, allowed):
    assert set(complaints.allowed_actions(status)) == allowed


def test_the_whole_workflow(customer):
    cid = complaints.record(data(customer), "前台", NOW)
    complaints.start(cid, "店长", NOW + timedelta(minutes=5), "已回电")
    complaints.resolve(cid, resolution(), "店长", NOW + timedelta(hours=3))
    record = inbox.complaint(cid)
    assert record is not None and record.status == S.RESOLVED
    assert record.follow_up_on == date(2026, 11, 25)
    assert record.resolved_at == NOW + timedelta(hours=3)
    outcome = FollowUpOutcome(satisfaction=5, note="很满意，下周再来")
    complaints.record_follow_up(cid, outcome, "店长", datetime(2026, 11, 25, 15, 0))
    record = inbox.complaint(cid)
    assert record is not None
    assert (record.status, record.satisfaction) == (S.FOLLOWED_UP, 5)
    statuses = [(e.status_from, e.status_to) for e in inbox.timeline(cid)]
    assert statuses == [
        (None, S.NEW),
        (S.NEW, S.IN_PROGRESS),
        (S.IN_PROGRESS, S.RESOLVED),
        (S.RESOLVED, S.FOLLOWED_UP),
    ]
    # The follow-up is in her card's follow-up history, linked to the complaint.
    follow_up = FollowUp.get(FollowUp.customer == customer)
    assert (follow_up.satisfaction, follow_up.complaint_id) == (5, cid)
    assert follow_up.done_on == date(2026, 11, 25)
    # It has left the open inbox.
    assert cid not in inbox.inbox_ids(inbox.InboxFilter(), datetime(2026, 11, 25, 16, 0))


@pytest.mark.parametrize(
    "step",
    [
        lambda cid: complaints.record_follow_up(cid, FollowUpOutcome(4, "好"), "a", NOW),
        lambda cid: complaints.reopen(cid, "不满意", "a", NOW),
    ],
)
def test_refused_steps_change_nothing(customer, step):
    cid = complaints.record(data(customer), "a", NOW)
    with pytest.raises(ServiceError):
        step(cid)
    assert Complaint.get_by_id(cid).status == S.NEW
    assert len(inbox.timeline(cid)) == 1


def test_a_closed_complaint_cannot_be_resolved(customer):
    cid = complaints.record(data(customer), "a", NOW)
    complaints.close(cid, "顾客撤回", "a", NOW)
    with pytest.raises(ServiceError):
        complaints.resolve(cid, resolution(), "a", NOW)
    with pytest.raises(ValidationError):
        complaints.close(cid, " ", "a", NOW)
    record = inbox.complaint(cid)
    assert record is not None and record.closed_reason == "顾客撤回"


def test_compensation_posts_exactly_one_entry_and_reopen_reverses_it(customer):
    cid = complaints.record(data(customer), "a", NOW)
    complaints.resolve(cid, resolution(comp_points=200), "a", NOW)
    entries = list(PointsEntry.select().where(PointsEntry.complaint_id == cid))
    assert [(e.kind, e.points) for e in entries] == [(PointsKind.COMPLAINT, 200)]
    assert points.balance(customer) == 200
    complaints.reopen(cid, "效果还是不好", "a", NOW + timedelta(days=1))
    assert points.balance(customer) == 0
    reversal = PointsEntry.get(PointsEntry.reverses == entries[0].id)
    assert reversal.points == -200
    assert Complaint.get_by_id(cid).points_entry is None
    # Resolving again gives the apology anew, once.
    complaints.resolve(cid, resolution(comp_points=300), "a", NOW + timedelta(days=2))
    assert points.balance(customer) == 300
    assert PointsEntry.select().where(PointsEntry.kind == PointsKind.COMPLAINT).count() == 2
    events = inbox.timeline(cid)
    assert [e.points for e in events if e.points] == [200, -200, 300]


def test_no_points_for_an_anonymous_complaint(db):
    cid = complaints.record(data(None), "a", NOW)
    with pytest.raises(ValidationError) as caught:
        complaints.resolve(cid, resolution(comp_points=50), "a", NOW)
    assert caught.value.errors[0].field == "comp_points"
    assert Complaint.get_by_id(cid).status == S.NEW
    complaints.resolve(cid, resolution(comp_points=0), "a", NOW)
    assert Complaint.get_by_id(cid).status == S.RESOLVED


def test_a_failed_resolution_posts_no_points(customer):
    cid = complaints.record(data(customer), "a", NOW)
    with pytest.raises(ValidationError):
        complaints.resolve(cid, resolution(resolution=" "), "a", NOW)
    with pytest.raises(ValidationError):
        complaints.resolve(cid, resolution(follow_up_on=NOW.date() - timedelta(days=1)), "a", NOW)
    assert PointsEntry.select().count() == 0


def test_follow_up_is_scheduled_on_her_card_and_falls_due(customer):
    cid = complaints.record(data(customer), "a", NOW)
    complaints.resolve(cid, resolution(comp_points=0), "a", NOW)
    assert inbox.next_follow_up(customer) == (date(2026, 11, 25), cid)
    assert complaints.default_follow_up(NOW.date()) == date(2026, 11, 25)
    before = inbox.counts(datetime(2026, 11, 24, 9, 0))
    due = inbox.counts(datetime(2026, 11, 25, 9, 0))
    assert (before.follow_up_due, due.follow_up_due) == (0, 1)
    view = inbox.InboxFilter(view=inbox.InboxView.FOLLOW_UP_DUE)
    assert inbox.inbox_ids(view, datetime(2026, 11, 25, 9, 0)) == [cid]
    complaints.record_follow_up(cid, FollowUpOutcome(4, "还可以"), "a", datetime(2026, 11, 25))
    assert inbox.next_follow_up(customer) is None
    assert visits.follow_ups_of(customer)[0].satisfaction == 4


def test_closing_a_resolved_complaint_keeps_the_points(customer):
    cid = complaints.record(data(customer), "a", NOW)
    complaints.resolve(cid, resolution(comp_points=100), "a", NOW)
    complaints.close(cid, "联系不上", "a", NOW + timedelta(days=4))
    assert points.balance(customer) == 100
    assert inbox.next_follow_up(customer) is None  # closed: no call to make


def test_edit_while_open_and_not_after(customer):
    cid = complaints.record(data(customer), "a", NOW)
    complaints.update(cid, data(customer, severity=Severity.URGENT), "b", NOW)
    assert Complaint.get_by_id(cid).severity == Severity.URGENT
    assert inbox.timeline(cid)[-1].is_edit
    complaints.resolve(cid, resolution(comp_points=0), "a", NOW)
    with pytest.raises(ServiceError):
        complaints.update(cid, data(customer), "b", NOW)


def test_inbox_order_and_filters(customer):
    late = complaints.record(data(customer, promised_by=NOW + timedelta(days=3)), "a", NOW)
    soon = complaints.record(
        data(None, promised_by=NOW + timedelta(hours=2), category=ComplaintCategory.PRICE), "a", NOW
    )
    done = complaints.record(data(customer), "a", NOW)
    complaints.resolve(done, resolution(comp_points=0), "a", NOW)
    closed = complaints.record(data(customer, description="环境太吵"), "a", NOW)
    complaints.close(closed, "误会", "a", NOW)
    everything = inbox.InboxFilter(view=inbox.InboxView.ALL)
    assert inbox.inbox_ids(everything, NOW) == [soon, late, done, closed]
    assert inbox.inbox_ids(inbox.InboxFilter(), NOW) == [soon, late, done]
    price = inbox.InboxFilter(view=inbox.InboxView.ALL, category=ComplaintCategory.PRICE)
    assert inbox.inbox_ids(price, NOW) == [soon]
    by_text = inbox.InboxFilter(view=inbox.InboxView.ALL, text="太吵")
    assert inbox.inbox_ids(by_text, NOW) == [closed]
    by_name = inbox.InboxFilter(view=inbox.InboxView.ALL, text="王芳")
    assert set(inbox.inbox_ids(by_name, NOW)) == {late, done, closed}
    by_day = inbox.InboxFilter(
        view=inbox.InboxView.ALL, received_from=NOW.date() + timedelta(days=1)
    )
    assert inbox.inbox_ids(by_day, NOW) == []
    rows = inbox.rows_by_ids([soon, late])
    assert [r.id for r in rows] == [soon, late]
    assert rows[1].customer_name == "王芳" and rows[0].customer_name == ""
    assert inbox.handlers() == ["小李"]
    assert [r.id for r in inbox.customer_complaints(customer)] == sorted(
        [late, done, closed], reverse=True
    )


def test_erasing_her_data_blanks_her_complaints_texts(customer):
    from app.services import privacy

    cid = complaints.record(data(customer), "a", NOW)
    complaints.resolve(cid, resolution(comp_points=0), "a", NOW)
    privacy.erase_customer(customer, "a", NOW)
    record = inbox.complaint(cid)
    assert record is not None
    assert (record.description, record.reply, record.resolution) == ("", "", "")
    assert all(e.note == "" for e in inbox.timeline(cid))
    assert record.status == S.RESOLVED  # still counted in the figures
