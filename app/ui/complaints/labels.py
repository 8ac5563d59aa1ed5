"""Words for complaints in the user's language: channels, categories, severities,
statuses and how late an answer is — shared by the inbox, the complaint's window,
the customer's card and the analysis."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from app.models.enums import ComplaintCategory, ComplaintChannel, ComplaintStatus, Severity
from app.ui import texts

CONTEXT = "Complaints"
# An answer past its promise; a call-back due; a finished complaint.
OVERDUE = "#c62828"
DUE = "#e65100"
DONE = "#757575"
OVERDUE_BACKGROUND = "#ffebee"

CHANNELS = {
    ComplaintChannel.IN_STORE: QT_TRANSLATE_NOOP("Complaints", "In the shop"),
    ComplaintChannel.PHONE: QT_TRANSLATE_NOOP("Complaints", "Phone"),
    ComplaintChannel.WECHAT: QT_TRANSLATE_NOOP("Complaints", "WeChat"),
    ComplaintChannel.REVIEW_SITE: QT_TRANSLATE_NOOP("Complaints", "Review site"),
    ComplaintChannel.OTHER: QT_TRANSLATE_NOOP("Complaints", "Other channel"),
}
CATEGORIES = {
    ComplaintCategory.PRODUCT: QT_TRANSLATE_NOOP("Complaints", "Product quality"),
    ComplaintCategory.SERVICE: QT_TRANSLATE_NOOP("Complaints", "Service attitude"),
    ComplaintCategory.PRICE: QT_TRANSLATE_NOOP("Complaints", "Price"),
    ComplaintCategory.RESULT: QT_TRANSLATE_NOOP("Complaints", "Result"),
    ComplaintCategory.ENVIRONMENT: QT_TRANSLATE_NOOP("Complaints", "Environment"),
    ComplaintCategory.OTHER: QT_TRANSLATE_NOOP("Complaints", "Other"),
}
SEVERITIES = {
    Severity.NORMAL: QT_TRANSLATE_NOOP("Complaints", "Normal"),
    Severity.SERIOUS: QT_TRANSLATE_NOOP("Complaints", "Serious"),
    Severity.URGENT: QT_TRANSLATE_NOOP("Complaints", "Urgent"),
}
STATUSES = {
    ComplaintStatus.NEW: QT_TRANSLATE_NOOP("Complaints", "New"),
    ComplaintStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Complaints", "In progress"),
    ComplaintStatus.RESOLVED: QT_TRANSLATE_NOOP("Complaints", "Resolved"),
    ComplaintStatus.FOLLOWED_UP: QT_TRANSLATE_NOOP("Complaints", "Followed up"),
    ComplaintStatus.CLOSED: QT_TRANSLATE_NOOP("Complaints", "Closed"),
}
ANONYMOUS = QT_TRANSLATE_NOOP("Complaints", "Anonymous")


def t(text: str) -> str:
    return texts.t(text, CONTEXT)


def channel(value: ComplaintChannel) -> str:
    return t(CHANNELS[value])


def category(value: ComplaintCategory) -> str:
    return t(CATEGORIES[value])


def severity(value: Severity) -> str:
    return t(SEVERITIES[value])


def status(value: ComplaintStatus) -> str:
    return t(STATUSES[value])


class Complaints(QObject):
    """Plural words need tr() on an object: lupdate marks only those as plural."""

    def late(self, days: int, hours: int, minutes: int) -> str:
        if days:
            return self.tr("%n day(s) late", "", days)
        if hours:
            return self.tr("%n hour(s) late", "", hours)
        return self.tr("%n minute(s) late", "", minutes)

    def hours(self, hours: int) -> str:
        return self.tr("%n hour(s)", "", hours)


_words: Complaints | None = None


def _plural_words() -> Complaints:
    global _words
    if _words is None:
        _words = Complaints()
    return _words


def hours(count: int) -> str:
    """ "5 hours" / "5 小时"."""
    return _plural_words().hours(count)


def lateness(late: timedelta) -> str:
    """How late the promised answer is: in days from a day on, else hours, else minutes."""
    minutes = max(1, int(late.total_seconds() // 60))
    return _plural_words().late(minutes // 1440, minutes // 60, minutes)


def who(customer_id: int | None, name: str, member_no: str, contact: str, mobile: str = "") -> str:
    """王芳 · 100023 · 138****1234, or "Anonymous · the contact she left"."""
    if customer_id is None:
        anonymous = t(ANONYMOUS)
        return f"{anonymous} · {contact}" if contact else anonymous
    return " · ".join(part for part in (name, member_no, mobile) if part)
