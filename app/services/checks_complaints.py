"""The check of the complaint inbox: each complaint's dates fit its status, its timeline
leads to its status, and the apology points it shows as given are the ones in force
in the points ledger (and no apology entry in force belongs to a complaint that does
not show it). One query each over the whole table (~0.1 s for 20,000 complaints)."""

from __future__ import annotations

from typing import Any

from peewee import JOIN, fn

from app.models import Complaint, ComplaintEvent, ComplaintStatus, Customer, PointsEntry, PointsKind
from app.services.checks import Problem, _rows
from app.services.messages import QT_TRANSLATE_NOOP, Message

STATUS_DATES = QT_TRANSLATE_NOOP(
    "Messages",
    "Complaint #{id}: the times of its resolution, follow-up and closing do not fit its status.",
)
TIMELINE_STATUS = QT_TRANSLATE_NOOP(
    "Messages", "Complaint #{id}: the last step of its timeline does not lead to its status."
)
POINTS_IN_FORCE = QT_TRANSLATE_NOOP(
    "Messages",
    "Complaint #{id}: its apology points (points entry #{entry}) are not an apology entry of "
    "this complaint and customer still in force.",
)
POINTS_NOT_SHOWN = QT_TRANSLATE_NOOP(
    "Messages",
    "Member {member_no}: points entry #{entry} gives apology points for complaint "
    "#{complaint}, but the complaint does not show them as given.",
)

# Problem kinds.
COMPLAINT_STATUS = "complaint_status"
COMPLAINT_TIMELINE = "complaint_timeline"
COMPLAINT_POINTS = "complaint_points"

S = ComplaintStatus
_OPEN = [S.NEW.value, S.IN_PROGRESS.value]
_ANSWERED = [S.RESOLVED.value, S.FOLLOWED_UP.value]


def _problem(
    kind: str, customer_id: int | None, member_no: str | None, message: Message
) -> Problem:
    return Problem(kind, customer_id, member_no or "", message)


def _with_customer() -> Any:
    """Complaints with their customer's member number (none for an anonymous one)."""
    return Complaint.select(Complaint.id, Complaint.customer, Customer.member_no).join(
        Customer, JOIN.LEFT_OUTER, on=(Complaint.customer == Customer.id)
    )


def _status_problems() -> list[Problem]:
    """新建/处理中 have no resolution, follow-up or closing; 已解决 and 已回访 have a
    resolution and a follow-up day; 已回访 has the time of the call; 已关闭 its time."""
    c = Complaint
    open_status = c.status.in_(_OPEN)
    wrong = (
        (
            open_status
            & (
                c.resolved_at.is_null(False)
                | c.follow_up_on.is_null(False)
                | c.followed_up_at.is_null(False)
                | c.closed_at.is_null(False)
            )
        )
        | (c.status.in_(_ANSWERED) & (c.resolved_at.is_null() | c.follow_up_on.is_null()))
        | ((c.status == S.FOLLOWED_UP) & c.followed_up_at.is_null())
        | ((c.status == S.CLOSED) & c.closed_at.is_null())
        | c.status.not_in([s.value for s in S])
    )
    query = _with_customer().where(wrong).order_by(c.id)
    return [
        _problem(COMPLAINT_STATUS, customer, member_no, Message(STATUS_DATES, {"id": cid}))
        for cid, customer, member_no in _rows(query)
    ]


def _timeline_problems() -> list[Problem]:
    """The last change of status in the timeline (notes and corrections aside) leads to
    the complaint's status."""
    e = ComplaintEvent
    steps = (
        e.select(e.complaint, fn.MAX(e.id).alias("last"))
        .where(
            e.status_to.is_null(False) & (e.status_from.is_null() | (e.status_from != e.status_to))
        )
        .group_by(e.complaint)
        .alias("steps")
    )
    last = e.alias("last_step")
    query = (
        _with_customer()
        .join_from(Complaint, steps, JOIN.LEFT_OUTER, on=(steps.c.complaint_id == Complaint.id))
        .join_from(Complaint, last, JOIN.LEFT_OUTER, on=(last.id == steps.c.last))
        .where(last.id.is_null() | (last.status_to != Complaint.status))
        .order_by(Complaint.id)
    )
    return [
        _problem(COMPLAINT_TIMELINE, customer, member_no, Message(TIMELINE_STATUS, {"id": cid}))
        for cid, customer, member_no in _rows(query)
    ]


def _points_problems() -> list[Problem]:
    """A complaint's `points_entry` is an apology entry of this complaint, for her, of
    the points it shows, not reversed; every apology entry not reversed is the
    `points_entry` of its complaint."""
    c, e = Complaint, PointsEntry
    undone = e.alias("undone")
    reversal = undone.select(undone.id).where(undone.reverses == e.id)
    shown = (
        _with_customer()
        .select_extend(c.points_entry)
        .join_from(c, e, JOIN.LEFT_OUTER, on=(e.id == c.points_entry))
        .where(
            c.points_entry.is_null(False)
            & (
                e.id.is_null()
                | (e.kind != PointsKind.COMPLAINT)
                | e.complaint_id.is_null()
                | (e.complaint_id != c.id)
                | c.customer.is_null()
                | (e.customer != c.customer)
                | (e.points != c.comp_points)
                | fn.EXISTS(reversal)
            )
        )
        .order_by(c.id)
    )
    problems = []
    for cid, customer, member_no, entry in _rows(shown):
        message = Message(POINTS_IN_FORCE, {"id": cid, "entry": entry})
        problems.append(_problem(COMPLAINT_POINTS, customer, member_no, message))
    # The apology entries are few: read by kind, their reversals by the unique index.
    in_force = (
        e.select(e.id, e.customer, Customer.member_no, e.complaint_id)
        .join(Customer, on=(e.customer == Customer.id))
        .join_from(e, c, JOIN.LEFT_OUTER, on=(c.id == e.complaint_id))
        .where(
            (e.kind == PointsKind.COMPLAINT)
            & ~fn.EXISTS(reversal)
            & (c.id.is_null() | c.points_entry.is_null() | (c.points_entry != e.id))
        )
        .order_by(e.id)
    )
    for entry, customer, member_no, complaint in _rows(in_force):
        params = {"member_no": member_no, "entry": entry, "complaint": complaint or "-"}
        problems.append(
            _problem(COMPLAINT_POINTS, customer, member_no, Message(POINTS_NOT_SHOWN, params))
        )
    return problems


def complaint_problems() -> list[Problem]:
    return _status_problems() + _timeline_problems() + _points_problems()
