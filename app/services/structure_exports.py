"""The customer structure to Excel: a summary sheet, one sheet per breakdown and one for
new and returning customers month by month, in the user's language. The numbers are the
structure service's own, the ones the window shows; shares are percentages with one
decimal, amounts yuan with a ¥ format. Each breakdown ends with its totals row."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path

from app.models.enums import Grade, Segment
from app.services import customer_columns as cc
from app.services.customer_columns import Kind
from app.services.excel import Sheet, SheetColumn, write_workbook
from app.services.structure import Breakdown, Dimension, Period, Row, RowKind, breakdown
from app.services.structure_categories import item_categories
from app.services.structure_months import NewAndReturning, new_and_returning

Pair = tuple[str, str]  # (Chinese, English)

TITLES: dict[str, Pair] = {
    "summary": ("概览", "summary"),
    Dimension.SEGMENT: ("按RFM分级", "by RFM grade"),
    Dimension.ABC: ("按ABC分类", "by ABC class"),
    Dimension.MEMBERSHIP: ("按会员等级", "by membership level"),
    Dimension.CATEGORY: ("按品类", "by category"),
    Dimension.ITEM: ("按项目", "by item"),
    Dimension.DISTRICT: ("按区域", "by district"),
    Dimension.FREQUENCY: ("复购", "repeat purchases"),
    "months": ("新客与回头客", "new and returning"),
}
GROUP_HEADERS: dict[Dimension, Pair] = {
    Dimension.SEGMENT: ("RFM分级", "RFM grade"),
    Dimension.ABC: ("ABC分类", "ABC class"),
    Dimension.MEMBERSHIP: ("会员等级", "membership level"),
    Dimension.CATEGORY: ("品类", "category"),
    Dimension.ITEM: ("项目", "item"),
    Dimension.DISTRICT: ("区域", "district"),
    Dimension.FREQUENCY: ("本期消费次数", "visits in the period"),
}
SEGMENTS: dict[Segment, Pair] = {
    Segment.IMPORTANT_VALUE: ("重要价值", "important value"),
    Segment.IMPORTANT_GROW: ("重要发展", "important to develop"),
    Segment.IMPORTANT_KEEP: ("重要保持", "important to keep"),
    Segment.IMPORTANT_WIN_BACK: ("重要挽留", "important to win back"),
    Segment.GENERAL_VALUE: ("一般价值", "general value"),
    Segment.GENERAL_GROW: ("一般发展", "general to develop"),
    Segment.GENERAL_KEEP: ("一般保持", "general to keep"),
    Segment.GENERAL_WIN_BACK: ("一般挽留", "general to win back"),
    Segment.NO_PURCHASE: ("无消费", "no purchase"),
}
ABC_NAMES: dict[str, Pair] = {c: (f"{c}类", f"class {c}") for c in ("A", "B", "C")}
FREQUENCY_NAMES: dict[str, Pair] = {
    "1": ("1次", "1 visit"),
    "2": ("2次", "2 visits"),
    "3": ("3次", "3 visits"),
    "4": ("4次", "4 visits"),
    "5-9": ("5–9次", "5–9 visits"),
    "10+": ("10次及以上", "10 visits or more"),
}
# The row of customers (or items) without a group, by dimension.
NONE_NAMES: dict[Dimension, Pair] = {
    Dimension.SEGMENT: ("未评级", "not graded"),
    Dimension.ABC: ("未评级", "not graded"),
    Dimension.CATEGORY: ("未分类", "uncategorised"),
    Dimension.ITEM: ("未命名", "unnamed"),
    Dimension.DISTRICT: ("未填写", "not given"),
}
NOT_IN_ITEMS: Pair = ("明细外金额", "not in the items")
TOTAL: Pair = ("合计", "total")
WHOLE_PERIOD: Pair = ("整个期间", "whole period")

T, D, N, M = Kind.TEXT, Kind.DATE, Kind.INT, Kind.MONEY
_CUSTOMERS = (("客户数", "customers"), N, 10)
_CUSTOMER_SHARE = (("客户占比%", "customer share %"), N, 12)
_VISITS = (("消费次数", "visits"), N, 10)
_REVENUE = (("营业额", "revenue"), M, 16)
_REVENUE_SHARE = (("营业额占比%", "revenue share %"), N, 12)
_AVERAGE = (("客均消费", "revenue per customer"), M, 14)
_REPEAT = (("复购客户", "repeat customers"), N, 10)
_REPEAT_RATE = (("复购率%", "repeat rate %"), N, 10)
_ON_FILE = (("在册客户", "customers on file"), N, 10)


def _pick(pair: Pair, language: str) -> str:
    return pair[0] if language.startswith("zh") else pair[1]


def _columns(specs: list[tuple[Pair, Kind, int]], language: str) -> list[SheetColumn]:
    return [SheetColumn(_pick(header, language), kind, width) for header, kind, width in specs]


def group_name(dimension: Dimension, row: Row, language: str) -> str:
    """The row's group as the sheet names it."""
    if row.kind == RowKind.NOT_IN_ITEMS:
        return _pick(NOT_IN_ITEMS, language)
    if row.kind == RowKind.NONE:
        return _pick(NONE_NAMES.get(dimension, NONE_NAMES[Dimension.DISTRICT]), language)
    if dimension == Dimension.SEGMENT:
        return _pick(SEGMENTS[Segment(row.key)], language)
    if dimension == Dimension.MEMBERSHIP:
        return _pick(cc.GRADES[Grade(row.key)], language)
    if dimension == Dimension.ABC:
        return _pick(ABC_NAMES[row.key], language)
    if dimension == Dimension.FREQUENCY:
        return _pick(FREQUENCY_NAMES[row.key], language)
    return row.key


def _by_customer(dimension: Dimension) -> bool:
    return dimension in (
        Dimension.SEGMENT, Dimension.ABC, Dimension.MEMBERSHIP, Dimension.DISTRICT
    )  # fmt: skip


def breakdown_sheet(result: Breakdown, language: str) -> Sheet:
    """A breakdown's rows and its totals row."""
    dimension = result.dimension
    specs = [(GROUP_HEADERS[dimension], T, 18), _CUSTOMERS, _CUSTOMER_SHARE, _VISITS, _REVENUE,
             _REVENUE_SHARE, _AVERAGE]  # fmt: skip
    grouped = _by_customer(dimension)
    if grouped:
        specs += [_REPEAT, _REPEAT_RATE, _ON_FILE]
    rows: list[list[object]] = []
    for r in result.rows:
        cells: list[object] = [group_name(dimension, r, language), r.customers, r.customer_share,
                               r.visits, r.revenue_fen, r.revenue_share, r.average_fen]  # fmt: skip
        if grouped:
            cells += [r.repeat_customers, r.repeat_rate, r.on_file]
        rows.append(cells)
    total = result.total
    hundred = Decimal(100) if total.customers else None
    cells = [_pick(TOTAL, language), total.customers, hundred, total.visits, total.revenue_fen,
             Decimal(100) if total.revenue_fen else None, total.average_fen]  # fmt: skip
    if grouped:
        cells += [total.repeat_customers, total.repeat_rate, total.on_file]
    rows.append(cells)
    return Sheet(_pick(TITLES[dimension], language), _columns(specs, language), rows)


MONTH_COLUMNS: list[tuple[Pair, Kind, int]] = [
    (("月份", "month"), T, 12),
    (("起", "from"), D, 12),
    (("止", "to"), D, 12),
    _CUSTOMERS,
    (("新客", "new"), N, 10),
    (("回头客", "returning"), N, 10),
    (("新客占比%", "new share %"), N, 12),
    _VISITS,
    _REVENUE,
]


def months_sheet(result: NewAndReturning, language: str) -> Sheet:
    """A row per month (its part inside the period) and the whole period's row."""
    rows: list[list[object]] = [
        [m.month.strftime("%Y-%m"), m.period.start, m.period.end, m.customers, m.new,
         m.returning, m.new_share, m.visits, m.revenue_fen]
        for m in result.months
    ]  # fmt: skip
    rows.append(
        [_pick(WHOLE_PERIOD, language), result.period.start, result.period.end, result.customers,
         result.new, result.returning, result.new_share, result.visits, result.revenue_fen]
    )  # fmt: skip
    return Sheet(_pick(TITLES["months"], language), _columns(MONTH_COLUMNS, language), rows)


SUMMARY_COLUMNS: list[tuple[Pair, Kind, int]] = [
    (("指标", "figure"), T, 24),
    (("数值", "value"), N, 14),
    (("金额", "amount"), M, 16),
]


def summary_sheet(
    customers: Breakdown, months: NewAndReturning, today: date, language: str
) -> Sheet:
    total = customers.total
    lines: list[tuple[Pair, object, int | None]] = [
        (("期间起", "period from"), customers.period.start, None),
        (("期间止", "period to"), customers.period.end, None),
        (("统计日期", "analysed on"), today, None),
        (("营业额", "revenue"), None, total.revenue_fen),
        (("客户数", "customers"), total.customers, None),
        (("消费次数", "visits"), total.visits, None),
        (("客均消费", "revenue per customer"), None, total.average_fen),
        (("新客", "new customers"), months.new, None),
        (("回头客", "returning customers"), months.returning, None),
        (("复购客户（本期消费2次及以上）", "repeat customers (2 visits or more)"),
         total.repeat_customers, None),
        (("复购率%", "repeat rate %"), total.repeat_rate, None),
        (("在册客户", "customers on file"), total.on_file, None),
    ]  # fmt: skip
    rows = [[_pick(name, language), value, amount] for name, value, amount in lines]
    return Sheet(_pick(TITLES["summary"], language), _columns(SUMMARY_COLUMNS, language), rows)


SHEET_ORDER = (
    Dimension.SEGMENT, Dimension.ABC, Dimension.MEMBERSHIP, Dimension.CATEGORY,
    Dimension.ITEM, Dimension.DISTRICT, Dimension.FREQUENCY,
)  # fmt: skip


def structure_sheets(
    period: Period, today: date, language: str, categories: Mapping[str, str] | None = None
) -> list[Sheet]:
    """The summary, each breakdown, then new and returning customers by month."""
    mapping = item_categories() if categories is None else categories
    results = {d: breakdown(d, period, today, mapping) for d in SHEET_ORDER}
    months = new_and_returning(period, today)
    return [
        summary_sheet(results[Dimension.MEMBERSHIP], months, today, language),
        *(breakdown_sheet(results[d], language) for d in SHEET_ORDER),
        months_sheet(months, language),
    ]


def export_structure(path: Path, period: Period, today: date, language: str) -> Path:
    """Write the structure analysis of the period to an .xlsx file (the tab's Export…)."""
    return write_workbook(Path(path), structure_sheets(period, today, language))


__all__ = [
    "breakdown_sheet",
    "export_structure",
    "group_name",
    "months_sheet",
    "structure_sheets",
    "summary_sheet",
]
