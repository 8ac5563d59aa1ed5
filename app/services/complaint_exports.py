"""The complaints in Excel: the complaint register and the timeline of every complaint
(`export complaints`, the inbox's Export… button, and two sheets of `export all`).

Headers, sheet titles and the words for channels, categories, severities and
statuses are kept here in both languages, like the other sheets of `exports`. The
inbox exports exactly what it lists: the caller passes the complaint ids in the
inbox's order (`complaint_inbox.inbox_ids(...)`); without ids every complaint is
written, oldest first. Rows are read a chunk of ids at a time (or as one query read
as it is written), so 20,000 complaints and their timelines never sit in memory.

How late the shop's answer was (超时小时) is counted in whole hours, a started hour
counting as one: from the promised time to the resolution (to the closing, for a
complaint closed without one), or to the moment of the export for a complaint still
open (新建/处理中). It is left empty when the answer came in time, and for an open
complaint when the export is not given the time.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from peewee import JOIN

from app.models import Complaint, ComplaintEvent, Customer
from app.models import database as db
from app.models.enums import ComplaintCategory, ComplaintChannel, ComplaintStatus, Severity
from app.services.complaints import OPEN
from app.services.customer_columns import Column, Kind
from app.services.excel import Sheet, write_workbook
from app.services.exports import (
    _MEMBER,
    _c,
    _chunks,
    _day,
    _moment,
    _per_chunk,
    _pick,
    _sheet_columns,
)

TITLES = {
    "complaints": ("投诉", "complaints"),
    "timeline": ("投诉进程", "complaint timeline"),
}
CHANNELS: dict[ComplaintChannel, tuple[str, str]] = {
    ComplaintChannel.IN_STORE: ("到店", "in the shop"),
    ComplaintChannel.PHONE: ("电话", "phone"),
    ComplaintChannel.WECHAT: ("微信", "WeChat"),
    ComplaintChannel.REVIEW_SITE: ("点评网站", "review site"),
    ComplaintChannel.OTHER: ("其他", "other"),
}
CATEGORIES: dict[ComplaintCategory, tuple[str, str]] = {
    ComplaintCategory.PRODUCT: ("产品质量", "product quality"),
    ComplaintCategory.SERVICE: ("服务态度", "service attitude"),
    ComplaintCategory.PRICE: ("价格", "price"),
    ComplaintCategory.RESULT: ("效果", "result"),
    ComplaintCategory.ENVIRONMENT: ("环境", "environment"),
    ComplaintCategory.OTHER: ("其他", "other"),
}
SEVERITIES: dict[Severity, tuple[str, str]] = {
    Severity.NORMAL: ("一般", "normal"),
    Severity.SERIOUS: ("严重", "serious"),
    Severity.URGENT: ("紧急", "urgent"),
}
STATUSES: dict[ComplaintStatus, tuple[str, str]] = {
    ComplaintStatus.NEW: ("新建", "new"),
    ComplaintStatus.IN_PROGRESS: ("处理中", "in progress"),
    ComplaintStatus.RESOLVED: ("已解决", "resolved"),
    ComplaintStatus.FOLLOWED_UP: ("已回访", "followed up"),
    ComplaintStatus.CLOSED: ("已关闭", "closed"),
}
ANONYMOUS = ("匿名", "anonymous")
# A timeline line from a status to itself: what was taken down was corrected.
EDITED = ("修改了登记内容", "details corrected")


def _names(words: dict[Any, tuple[str, str]]) -> tuple[str, str]:
    return "/".join(zh for zh, _ in words.values()), "/".join(en for _, en in words.values())


_CHANNEL_NOTES = _names(CHANNELS)
_CATEGORY_NOTES = _names(CATEGORIES)
_SEVERITY_NOTES = _names(SEVERITIES)
_STATUS_NOTES = _names(STATUSES)
T, D, N, M, C = Kind.TEXT, Kind.DATE, Kind.INT, Kind.MONEY, Kind.CHOICE
_NUMBER = _c("complaint_no", "投诉编号", N, 8, "投诉的编号，进程表用它指明投诉",
             "the complaint's number; the timeline names it")  # fmt: skip
COMPLAINT_COLUMNS: tuple[Column, ...] = (
    _NUMBER,
    _c("received_at", "受理时间", D, 17, "收到投诉的日期和时间", "when the complaint came in"),
    _MEMBER,
    _c("name", "姓名", T, 10, "客户姓名；没有会员卡的写“匿名”",
       "the customer's name; anonymous without a card"),
    _c("contact", "联系人", T, 16, "没有会员卡时记下的姓名或电话",
       "a name or number taken down when she has no card"),
    _c("channel", "渠道", C, 9, _CHANNEL_NOTES[0], _CHANNEL_NOTES[1]),
    _c("category", "类别", C, 10, _CATEGORY_NOTES[0], _CATEGORY_NOTES[1]),
    _c("severity", "严重程度", C, 8, _SEVERITY_NOTES[0], _SEVERITY_NOTES[1]),
    _c("description", "投诉内容", T, 40, "发生了什么", "what happened"),
    _c("handler", "处理人", T, 8, "负责处理的员工", "who handles it"),
    _c("promised_by", "承诺答复时间", D, 17, "答应顾客给出答复的时间",
       "when the shop promised her an answer"),
    _c("status", "状态", C, 8, _STATUS_NOTES[0], _STATUS_NOTES[1]),
    _c("hours_late", "超时小时", N, 8,
       "解决（未解决就关闭的按关闭）晚于承诺时间的小时数，仍未解决的算到导出时；"
       "不足一小时按一小时；按时为空",
       "hours past the promised time at the resolution (the closing, when closed without "
       "one), or at the export while still open; a started hour counts; empty: in time"),
    _c("resolved_at", "解决时间", D, 17, "处理完毕的日期和时间", "when it was resolved"),
    _c("resolution", "处理结果", T, 30, "做了什么", "what was done"),
    _c("reply", "答复", T, 30, "给顾客的答复", "what the shop answered her"),
    _c("comp_service", "补偿服务", T, 14, "免费提供的服务", "a free service"),
    _c("comp_refund", "退款", M, 10, "退还给顾客的金额", "money given back"),
    _c("comp_gift", "赠品", T, 14, "送给顾客的礼品", "a gift"),
    _c("comp_points", "补偿积分", N, 8, "记入积分卡、仍然有效的致歉积分",
       "apology points posted to her card and still in force"),
    _c("root_cause", "根本原因", T, 24, "问题出在哪里", "why it happened"),
    _c("prevention", "预防措施", T, 24, "怎样避免再发生", "how it is kept from happening again"),
    _c("follow_up_on", "回访日期", D, 12, "解决后安排回访的日期",
       "the day set for the follow-up call"),
    _c("followed_up_at", "回访时间", D, 17, "实际回访的日期和时间", "when she was called"),
    _c("satisfaction", "满意度", N, 6, "回访时的满意度 1–5", "1–5, at the follow-up"),
    _c("follow_up_note", "回访记录", T, 24, "回访时顾客说的话", "what she said at the follow-up"),
    _c("closed_reason", "关闭原因", T, 20, "关闭的原因", "why it was closed"),
)  # fmt: skip
TIMELINE_COLUMNS: tuple[Column, ...] = (
    _NUMBER,
    _c("at", "时间", D, 17, "这一步的日期和时间", "when the step was taken"),
    _c("operator", "操作人", T, 8, "谁做的", "who took it"),
    _c("status_from", "原状态", C, 8, "空白：新登记或备注", "empty: recorded, or a note"),
    _c("status_to", "新状态", C, 8, "空白：备注", "empty: a note"),
    _c("note", "说明", T, 40, "处理、回访、关闭或重新处理的说明；备注",
       "what was done, said or decided; a note"),
    _c("points", "积分", N, 7, "这一步记入（+）或冲正（−）的致歉积分",
       "apology points posted (+) or reversed (−) with the step"),
)  # fmt: skip


def hours_late(
    promised_by: datetime,
    status: ComplaintStatus,
    resolved_at: datetime | None,
    closed_at: datetime | None,
    now: datetime | None,
) -> int | None:
    """Whole hours (a started one counting) the answer came after the promise; None
    when in time, or when the complaint is open and no `now` is given."""
    end = now if status in OPEN else resolved_at or closed_at
    if end is None or end <= promised_by:
        return None
    return math.ceil((end - promised_by).total_seconds() / 3600)


_FIELDS = (
    Complaint.id, Complaint.received_at, Customer.member_no, Customer.name, Complaint.customer,
    Complaint.contact, Complaint.channel, Complaint.category, Complaint.severity,
    Complaint.description, Complaint.handler, Complaint.promised_by, Complaint.status,
    Complaint.resolved_at, Complaint.closed_at, Complaint.resolution, Complaint.reply,
    Complaint.comp_service, Complaint.comp_refund_fen, Complaint.comp_gift,
    Complaint.comp_points, Complaint.points_entry, Complaint.root_cause, Complaint.prevention,
    Complaint.follow_up_on, Complaint.followed_up_at, Complaint.satisfaction,
    Complaint.follow_up_note, Complaint.closed_reason,
)  # fmt: skip


def _complaints_query() -> Any:
    return Complaint.select(*_FIELDS).join(
        Customer, JOIN.LEFT_OUTER, on=(Complaint.customer == Customer.id)
    )


def _in_order(
    ids: Sequence[int] | None, query_of: Any, all_query: Any
) -> Iterator[tuple[Any, ...]]:
    """Raw rows whose first column is the complaint id: in the order of `ids` (a chunk
    at a time), or `all_query` read as it is written."""
    if ids is None:
        yield from db.execute(all_query)
        return
    fetch = _per_chunk(query_of)
    for chunk in _chunks(ids):
        found: dict[int, list[tuple[Any, ...]]] = {}
        for r in fetch(chunk):
            found.setdefault(r[0], []).append(r)
        for complaint_id in chunk:
            yield from found.get(complaint_id, ())


def complaint_rows(
    language: str, ids: Sequence[int] | None = None, now: datetime | None = None
) -> Iterator[list[object]]:
    """One row per complaint, in the order of `ids` (every complaint, oldest first, without)."""
    channels = {k.value: _pick(v, language) for k, v in CHANNELS.items()}
    categories = {k.value: _pick(v, language) for k, v in CATEGORIES.items()}
    severities = {k.value: _pick(v, language) for k, v in SEVERITIES.items()}
    statuses = {k.value: (k, _pick(v, language)) for k, v in STATUSES.items()}
    anonymous = _pick(ANONYMOUS, language)
    rows = _in_order(
        ids,
        lambda chunk: _complaints_query().where(Complaint.id.in_(chunk)),
        _complaints_query().order_by(Complaint.id),
    )
    for r in rows:
        (cid, received, member_no, name, customer, contact, channel, category, severity,
         description, handler, promised, status_value, resolved, closed, resolution, reply,
         service, refund, gift, points, points_entry, root_cause, prevention, follow_up_on,
         followed_up, satisfaction, follow_up_note, closed_reason) = r  # fmt: skip
        status, status_name = statuses[status_value]
        promised_by, resolved_at = _moment(promised), _moment(resolved)
        assert promised_by is not None
        late = hours_late(promised_by, status, resolved_at, _moment(closed), now)
        yield [
            cid, _moment(received), member_no, name if customer is not None else anonymous,
            contact, channels[channel], categories[category], severities[severity],
            description, handler, promised_by, status_name, late, resolved_at, resolution,
            reply, service, refund or None, gift,
            points if points and points_entry is not None else None, root_cause, prevention,
            _day(follow_up_on), _moment(followed_up), satisfaction, follow_up_note,
            closed_reason,
        ]  # fmt: skip


_EVENT_FIELDS = (
    ComplaintEvent.complaint, ComplaintEvent.at, ComplaintEvent.operator,
    ComplaintEvent.status_from, ComplaintEvent.status_to, ComplaintEvent.note,
    ComplaintEvent.points,
)  # fmt: skip


def timeline_rows(language: str, ids: Sequence[int] | None = None) -> Iterator[list[object]]:
    """Every step of these complaints' timelines (of every complaint, without ids), each
    complaint's steps in the order they were taken."""
    statuses = {k.value: _pick(v, language) for k, v in STATUSES.items()}
    edited = _pick(EDITED, language)
    order = (ComplaintEvent.complaint, ComplaintEvent.id)
    rows = _in_order(
        ids,
        lambda chunk: (
            ComplaintEvent.select(*_EVENT_FIELDS)
            .where(ComplaintEvent.complaint.in_(chunk))
            .order_by(*order)
        ),
        ComplaintEvent.select(*_EVENT_FIELDS).order_by(*order),
    )
    for complaint_id, at, operator, before, after, note, points in rows:
        if not note and before is not None and before == after:
            note = edited
        yield [
            complaint_id, _moment(at), operator, statuses.get(before), statuses.get(after),
            note, points,
        ]  # fmt: skip


def complaint_sheets(
    language: str, ids: Sequence[int] | None = None, *, now: datetime | None = None
) -> list[Sheet]:
    """The complaints sheet and the timeline sheet: of these complaints in this order
    (the inbox's list), or of every complaint, oldest first. `now` counts how late the
    open ones are."""
    chosen = None if ids is None else list(ids)
    return [
        Sheet(
            _pick(TITLES["complaints"], language),
            _sheet_columns(COMPLAINT_COLUMNS, language),
            complaint_rows(language, chosen, now),
        ),
        Sheet(
            _pick(TITLES["timeline"], language),
            _sheet_columns(TIMELINE_COLUMNS, language),
            timeline_rows(language, chosen),
        ),
    ]


def export_complaints(
    path: Path, language: str, ids: Sequence[int] | None = None, now: datetime | None = None
) -> Path:
    """Write the two complaint sheets to an .xlsx file (what the inbox's Export… does)."""
    return write_workbook(Path(path), complaint_sheets(language, ids, now=now))


def customer_complaint_ids(customer_ids: Sequence[int]) -> list[int]:
    """The complaints of these customers: in the customers' order, each one's by number."""
    fetch = _per_chunk(
        lambda chunk: (
            Complaint.select(Complaint.customer, Complaint.id)
            .where(Complaint.customer.in_(chunk))
            .order_by(Complaint.customer, Complaint.id)
        )
    )
    found: list[int] = []
    for chunk in _chunks(customer_ids):
        of: dict[int, list[int]] = {}
        for customer_id, complaint_id in fetch(chunk):
            of.setdefault(customer_id, []).append(complaint_id)
        for customer_id in chunk:
            found += of.get(customer_id, ())
    return found


def explained() -> tuple[tuple[tuple[str, str], tuple[Column, ...]], ...]:
    """(sheet title, columns) of the two sheets, for the columns sheet."""
    return ((TITLES["complaints"], COMPLAINT_COLUMNS), (TITLES["timeline"], TIMELINE_COLUMNS))


__all__ = [
    "COMPLAINT_COLUMNS",
    "TIMELINE_COLUMNS",
    "complaint_rows",
    "complaint_sheets",
    "customer_complaint_ids",
    "explained",
    "export_complaints",
    "hours_late",
    "timeline_rows",
]
