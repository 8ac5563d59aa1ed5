"""Export… of the insight lists: the dormant customers and the graded customers, as the
window shows them (same rows, same order, same numbers), in the user's language."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from app.models import Segment
from app.services.customer_columns import Column, Kind
from app.services.excel import Sheet, write_workbook
from app.services.exports import _MEMBER, _c, _pick, _sheet_columns
from app.services.grades import GradedCustomer
from app.services.insight import LateCustomer
from app.services.rfm import SEGMENT_WORDS

T, D, N, M = Kind.TEXT, Kind.DATE, Kind.INT, Kind.MONEY
TITLES = {
    "dormant": ("沉睡客户", "dormant customers"),
    "graded": ("客户分级", "customer grades"),
}
_NAME = _c("name", "姓名", T, 10, "客户姓名", "the customer's name")
_GRADE = _c("grade", "分级", T, 14, "RFM 分级（店里手动设的优先）",
            "the RFM grade (the shop's own when set)")  # fmt: skip
_SPENT = _c("spent", "期间消费", M, 12, "分级期间内的消费额", "spent in the grading period")
DORMANT_COLUMNS: tuple[Column, ...] = (
    _MEMBER,
    _NAME,
    _c("mobile", "手机", T, 13, "手机号码", "mobile number"),
    _GRADE,
    _SPENT,
    _c("visits", "到店次数", N, 8, "全部到店次数", "all her visits"),
    _c("last_visit", "最近到店", D, 12, "最后一次到店的日期", "the day of her last visit"),
    _c("usual_gap", "平时间隔天数", N, 10, "她两次到店之间的中位天数；空白：次数太少，用店里默认",
       "the median days between her visits; empty: too few visits, the shop's default"),
    _c("late_after", "超过天数算沉睡", N, 10, "不来超过这些天就算沉睡",
       "days without a visit after which she counts as late"),
    _c("days_since", "未到店天数", N, 10, "距最后一次到店的天数", "days since her last visit"),
    _c("days_late", "超期天数", N, 8, "超过她的节奏的天数", "days past her rhythm"),
)  # fmt: skip
GRADED_COLUMNS: tuple[Column, ...] = (
    _MEMBER,
    _NAME,
    _GRADE,
    _c("computed_grade", "计算分级", T, 14, "按 RFM 计算的分级", "the grade the RFM computed"),
    _c("abc", "ABC", T, 5, "A：带来前 80% 营业额的客户；B：其后 15%；C：其余",
       "A: the customers who bring the first 80 % of revenue; B: the next 15 %; C: the rest"),
    _c("recency_days", "最近消费距今天数", N, 10, "期间内最后一次消费距今的天数",
       "days since her last purchase in the period"),
    _c("frequency", "消费次数", N, 8, "期间内的消费次数", "purchases in the period"),
    _SPENT,
    _c("r", "R", N, 4, "最近度 1–5（5 最近）", "recency score 1–5 (5: most recent)"),
    _c("f", "F", N, 4, "频次 1–5", "frequency score 1–5"),
    _c("m", "M", N, 4, "金额 1–5", "money score 1–5"),
)  # fmt: skip


def segment_word(segment: Segment, language: str) -> str:
    return _pick(SEGMENT_WORDS[segment], language)


def _dormant_rows(rows: Sequence[LateCustomer], language: str) -> Iterator[list[object]]:
    for c in rows:
        yield [
            c.member_no, c.name, c.mobile or "", segment_word(c.segment, language),
            c.monetary_fen, c.visit_count, c.last_visit, c.usual_gap_days,
            c.late_after_days, c.days_since, c.days_late,
        ]  # fmt: skip


def _graded_rows(rows: Sequence[GradedCustomer], language: str) -> Iterator[list[object]]:
    for c in rows:
        yield [
            c.member_no, c.name, segment_word(c.segment, language),
            segment_word(c.computed, language), c.abc, c.recency_days, c.frequency,
            c.monetary_fen, c.r or None, c.f or None, c.m or None,
        ]  # fmt: skip


def export_dormant(path: Path, language: str, rows: Sequence[LateCustomer]) -> Path:
    sheet = Sheet(
        _pick(TITLES["dormant"], language),
        _sheet_columns(DORMANT_COLUMNS, language),
        _dormant_rows(rows, language),
    )
    return write_workbook(Path(path), [sheet])


def export_graded(path: Path, language: str, rows: Sequence[GradedCustomer]) -> Path:
    sheet = Sheet(
        _pick(TITLES["graded"], language),
        _sheet_columns(GRADED_COLUMNS, language),
        _graded_rows(rows, language),
    )
    return write_workbook(Path(path), [sheet])


def dated_name(kind: str, language: str, today: date) -> str:
    """The suggested file name: 沉睡客户-2026-11-23.xlsx."""
    return f"{_pick(TITLES[kind], language)}-{today.isoformat()}.xlsx"
