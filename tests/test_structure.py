"""The customer structure: a small salon's visits split by RFM grade, ABC class,
membership level, category, item, district and visit count; new and returning customers
month by month; every breakdown adding up to its total; the export equal to the service.

The salon (today 22 November 2026, the period 1 September – 22 November):
- A, VIP in 西湖区, 重要价值/A: 3 Sep 洗剪吹 68 + 洗发水 128; 10 Oct 烫发 398; 5 Nov 美甲 2 × 128.
- B, regular, no district, computed 一般发展 but graded 重要保持 by the shop, class B; on
  paper since 2024 (her card's first visit): 20 Oct 面部护理 198; 1 Nov 精华液 500 voided.
- C, important in 上城区, not graded: 15 Aug an amount of 80 without items (before the
  period); 20 Nov 2 × 手工皂 50 (no category) charged 120.
- D, regular in 西湖区, 无消费/C, archived: 15 Dec 2025 and 21 Nov 洗剪吹 68.
- E, regular in 上城区: never came.
- F, regular in 滨江区, 一般价值/B, new: 10 and 15 Nov 美甲 128.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from app.models import Customer, CustomerInsight, Visit, VisitItem
from app.models.enums import Grade, Segment
from app.services import settings, structure, structure_categories
from app.services.messages import ServiceError, ValidationError
from app.services.structure import (
    BY_CUSTOMER,
    Breakdown,
    Dimension,
    Period,
    RowKind,
    breakdown,
    checked,
    shares,
)
from app.services.structure_exports import export_structure
from app.services.structure_months import new_and_returning

TODAY = date(2026, 11, 22)
PERIOD = Period(date(2026, 9, 1), TODAY)
CREATED = datetime(2024, 1, 1, 9, 0)
CATEGORIES = {"洗剪吹": "美发", "烫发": "美发", "洗发水": "产品", "美甲": "美甲美睫",
              "面部护理": "美容"}  # fmt: skip


def customer(name: str, grade: Grade, district: str, **fields: object) -> int:
    number = f"{100000 + Customer.select().count() + 1}"
    row = Customer.create(member_no=number, name=name, grade=grade, district=district,
                          created_at=CREATED, updated_at=CREATED, **fields)  # fmt: skip
    return int(row.id)


def visit(
    customer_id: int,
    day: date,
    items: list[tuple[str, int, int]],
    amount: int | None = None,
    voided: bool = False,
) -> None:
    """A visit with its items (name, quantity, price in fen); its amount their sum unless given."""
    total = sum(q * p for _, q, p in items) if amount is None else amount
    row = Visit.create(customer=customer_id, visited_on=day, amount_fen=total,
                       created_at=CREATED, voided_at=CREATED if voided else None)  # fmt: skip
    for name, quantity, price in items:
        VisitItem.create(visit=row.id, name=name, quantity=quantity, price_fen=price)


def grade(customer_id: int, segment: Segment, abc: str, manual: Segment | None = None) -> None:
    CustomerInsight.create(customer=customer_id, computed_on=TODAY, period_from=date(2025, 11, 23),
                           segment=segment, abc=abc, manual_segment=manual)  # fmt: skip


@pytest.fixture
def salon(db) -> dict[str, int]:
    a = customer("王芳", Grade.VIP, "西湖区", first_visit=date(2026, 9, 3))
    b = customer("李娜", Grade.REGULAR, "", first_visit=date(2024, 5, 1))
    c = customer("张敏", Grade.IMPORTANT, "上城区", first_visit=date(2026, 8, 15))
    d = customer("陈静", Grade.REGULAR, "西湖区", archived=True, first_visit=date(2025, 12, 15))
    e = customer("赵丽", Grade.REGULAR, "上城区")
    f = customer("孙悦", Grade.REGULAR, "滨江区")
    visit(a, date(2026, 9, 3), [("洗剪吹", 1, 6800), ("洗发水", 1, 12800)])
    visit(a, date(2026, 10, 10), [("烫发", 1, 39800)])
    visit(a, date(2026, 11, 5), [("美甲", 2, 12800)])
    visit(b, date(2026, 10, 20), [("面部护理", 1, 19800)])
    visit(b, date(2026, 11, 1), [("精华液", 1, 50000)], voided=True)
    visit(c, date(2026, 8, 15), [], amount=8000)
    visit(c, date(2026, 11, 20), [("手工皂", 2, 5000)], amount=12000)
    visit(d, date(2025, 12, 15), [("洗剪吹", 1, 6800)])
    visit(d, date(2026, 11, 21), [("洗剪吹", 1, 6800)])
    visit(f, date(2026, 11, 10), [("美甲", 1, 12800)])
    visit(f, date(2026, 11, 15), [("美甲", 1, 12800)])
    grade(a, Segment.IMPORTANT_VALUE, "A")
    grade(b, Segment.GENERAL_GROW, "B", manual=Segment.IMPORTANT_KEEP)
    grade(d, Segment.NO_PURCHASE, "C")
    grade(f, Segment.GENERAL_VALUE, "B")
    return {"a": a, "b": b, "c": c, "d": d, "e": e, "f": f}


def figures(result: Breakdown) -> dict[str, tuple[int, int | None, int | None, int | None]]:
    """Group key (kind for the unnamed ones) → revenue, customers, visits, on file."""
    return {
        (r.key if r.kind == RowKind.VALUE else r.kind.value): (
            r.revenue_fen, r.customers, r.visits, r.on_file,
        )
        for r in result.rows
    }  # fmt: skip


def assert_adds_up(result: Breakdown) -> None:
    rows, total = result.rows, result.total
    assert sum(r.revenue_fen for r in rows) == total.revenue_fen
    assert sum(r.revenue_share for r in rows) == (Decimal(100) if total.revenue_fen else 0)
    if result.dimension in BY_CUSTOMER or result.dimension == Dimension.FREQUENCY:
        assert sum(r.customers or 0 for r in rows) == total.customers
        assert sum(r.visits or 0 for r in rows) == total.visits
        assert sum(r.repeat_customers or 0 for r in rows) == total.repeat_customers
        assert sum(r.customer_share or 0 for r in rows) == (100 if total.customers else 0)
    if result.dimension in BY_CUSTOMER:
        assert sum(r.on_file or 0 for r in rows) == total.on_file
    else:
        # A customer counts in each category she bought in: never more than all of them.
        assert all((r.customers or 0) <= total.customers for r in rows)


TOTAL = (149200, 5, 8, 2)  # revenue, customers, visits, repeat customers


@pytest.fixture(params=["by date", "in table order"])
def read_order(request, monkeypatch: pytest.MonkeyPatch) -> str:
    """SQLite reads a short period through the date index, a long one in table order."""
    monkeypatch.setattr(structure, "SCAN_SHARE", 0 if request.param == "by date" else 10**6)
    return str(request.param)


@pytest.mark.parametrize("dimension", list(Dimension))
def test_every_breakdown_adds_up_to_the_same_total(salon, read_order, dimension):
    """Whatever the owner looks at, the groups add up to the shop's revenue of the period."""
    result = breakdown(dimension, PERIOD, TODAY, CATEGORIES)
    assert_adds_up(result)
    total = result.total
    assert (total.revenue_fen, total.customers, total.visits, total.repeat_customers) == TOTAL
    assert total.repeat_rate == Decimal("40.0")
    assert total.average_fen == 29840


def test_by_rfm_grade_the_shops_own_grade_wins_and_ungraded_are_apart(salon):
    """B counts where the shop put her; C, never graded, is not hidden in a grade."""
    result = breakdown(Dimension.SEGMENT, PERIOD, TODAY)
    assert [r.key for r in result.rows][:9] == [s.value for s in Segment]
    found = figures(result)
    assert found[Segment.IMPORTANT_VALUE.value] == (85000, 1, 3, 1)
    assert found[Segment.IMPORTANT_KEEP.value] == (19800, 1, 1, 1)
    assert found[Segment.GENERAL_GROW.value] == (0, 0, 0, 0)
    assert found[Segment.GENERAL_VALUE.value] == (25600, 1, 2, 1)
    # D is archived: her visits count, her card is not on file.
    assert found[Segment.NO_PURCHASE.value] == (6800, 1, 1, 0)
    assert found["none"] == (12000, 1, 1, 2)  # C, and E who never came
    assert result.rows[-1].kind == RowKind.NONE
    assert result.total.on_file == 5


def test_by_abc_class_and_by_membership_level(salon):
    """The 80/20 view: what class A and the VIPs bring against their number."""
    abc = figures(breakdown(Dimension.ABC, PERIOD, TODAY))
    assert abc == {"A": (85000, 1, 3, 1), "B": (45400, 2, 3, 2), "C": (6800, 1, 1, 0),
                   "none": (12000, 1, 1, 2)}  # fmt: skip
    levels = breakdown(Dimension.MEMBERSHIP, PERIOD, TODAY)
    assert [r.key for r in levels.rows] == ["vip", "important", "regular"]
    assert figures(levels) == {"vip": (85000, 1, 3, 1), "important": (12000, 1, 1, 1),
                               "regular": (52200, 3, 4, 3)}  # fmt: skip
    vip = levels.rows[0]
    assert (vip.revenue_share, vip.customer_share) == (Decimal("57.0"), Decimal("20.0"))
    assert vip.repeat_rate == Decimal("100.0")
    assert levels.rows[2].repeat_rate == Decimal("33.3")


def test_by_district_the_empty_one_is_not_given_and_last(salon):
    """Customers without a district are counted, under their own row at the end."""
    result = breakdown(Dimension.DISTRICT, PERIOD, TODAY)
    assert [(r.key, r.kind) for r in result.rows] == [
        ("西湖区", RowKind.VALUE), ("滨江区", RowKind.VALUE), ("上城区", RowKind.VALUE),
        ("", RowKind.NONE),
    ]  # fmt: skip
    assert figures(result) == {"西湖区": (91800, 2, 4, 1), "滨江区": (25600, 1, 2, 1),
                               "上城区": (12000, 1, 1, 2), "none": (19800, 1, 1, 1)}  # fmt: skip


def test_by_category_unmapped_items_and_amounts_beyond_the_items_are_kept(salon):
    """An item without a category and a visit charged above its items still count."""
    result = breakdown(Dimension.CATEGORY, PERIOD, TODAY, CATEGORIES)
    assert result.overlapping
    assert [(r.key, r.kind) for r in result.rows] == [
        ("美发", RowKind.VALUE), ("美甲美睫", RowKind.VALUE), ("美容", RowKind.VALUE),
        ("产品", RowKind.VALUE), ("", RowKind.NONE), ("", RowKind.NOT_IN_ITEMS),
    ]  # fmt: skip
    assert [(r.revenue_fen, r.customers, r.visits) for r in result.rows] == [
        (53400, 2, 3), (51200, 2, 3), (19800, 1, 1), (12800, 1, 1), (10000, 1, 1),
        (2000, None, None),
    ]  # fmt: skip
    # Largest remainders: the shares make exactly 100.0.
    assert [r.revenue_share for r in result.rows] == [
        Decimal(s) for s in ("35.8", "34.3", "13.3", "8.6", "6.7", "1.3")
    ]
    assert result.rows[0].customer_share == Decimal("40.0")  # 2 of 5, overlapping
    assert result.rows[-1].customer_share is None
    # A (洗剪吹, 洗发水) counts in 美发 and 产品; the total counts her once.
    assert result.total.customers == 5


def test_categories_come_from_the_saved_setting(salon):
    """The categories given in the editor are the ones the analysis uses."""
    structure_categories.assign_categories(CATEGORIES)
    saved = breakdown(Dimension.CATEGORY, PERIOD, TODAY)
    assert [r.key for r in saved.rows][:4] == ["美发", "美甲美睫", "美容", "产品"]
    settings.set_value("item_categories", {})
    nothing = breakdown(Dimension.CATEGORY, PERIOD, TODAY)
    assert [(r.kind, r.revenue_fen) for r in nothing.rows] == [
        (RowKind.NONE, 147200), (RowKind.NOT_IN_ITEMS, 2000),
    ]  # fmt: skip


def test_by_item_each_item_sold(salon):
    """By item: what each item brought, with the same total."""
    result = breakdown(Dimension.ITEM, PERIOD, TODAY)
    found = {r.key: (r.revenue_fen, r.customers, r.visits) for r in result.rows}
    assert found == {"美甲": (51200, 2, 3), "烫发": (39800, 1, 1), "面部护理": (19800, 1, 1),
                     "洗剪吹": (13600, 2, 2), "洗发水": (12800, 1, 1), "手工皂": (10000, 1, 1),
                     "": (2000, None, None)}  # fmt: skip
    assert "精华液" not in found  # only on a voided visit


def test_visit_frequency_and_the_repeat_rate(salon):
    """How many came once, twice, three times: the repeat-purchase rate's detail."""
    result = breakdown(Dimension.FREQUENCY, PERIOD, TODAY)
    assert [r.key for r in result.rows] == ["1", "2", "3", "4", "5-9", "10+"]
    assert [(r.revenue_fen, r.customers, r.visits) for r in result.rows] == [
        (38600, 3, 3), (25600, 1, 2), (85000, 1, 3), (0, 0, 0), (0, 0, 0), (0, 0, 0),
    ]  # fmt: skip
    assert result.total.repeat_rate == Decimal("40.0")


def test_new_and_returning_customers_per_month(salon, read_order):
    """A customer on file from paper or from an earlier month is returning, not new."""
    result = new_and_returning(PERIOD, TODAY)
    months = [(m.month, m.customers, m.new, m.returning, m.visits, m.revenue_fen)
              for m in result.months]  # fmt: skip
    assert months == [
        (date(2026, 9, 1), 1, 1, 0, 1, 19600),  # A's first visit
        (date(2026, 10, 1), 2, 0, 2, 2, 59600),  # B came on paper in 2024
        (date(2026, 11, 1), 4, 1, 3, 5, 70000),  # F is new; C came in August
    ]
    assert (result.customers, result.new, result.returning) == (5, 2, 3)
    assert (result.visits, result.revenue_fen) == (8, 149200)
    assert sum(m.new for m in result.months) == result.new
    assert sum(m.revenue_fen for m in result.months) == result.revenue_fen
    assert result.months[2].new_share == Decimal("25.0")


def test_new_when_the_card_says_the_same_month_and_a_voided_first_visit_does_not_count(db):
    """The card's first visit in the same month keeps her new; a voided visit is no visit."""
    g = customer("周红", Grade.REGULAR, "", first_visit=date(2026, 11, 2))
    visit(g, date(2026, 11, 12), [("美甲", 1, 12800)])
    h = customer("吴霞", Grade.REGULAR, "")
    visit(h, date(2026, 10, 30), [("美甲", 1, 12800)], voided=True)
    visit(h, date(2026, 11, 3), [("美甲", 1, 12800)])
    result = new_and_returning(Period(date(2026, 10, 1), TODAY), TODAY)
    assert [(m.customers, m.new) for m in result.months] == [(0, 0), (2, 2)]


def test_period_boundaries_are_included_and_months_cut_to_the_period(salon, read_order):
    """Both days of a period count; a visit a day outside does not."""
    period = Period(date(2026, 10, 20), date(2026, 11, 5))
    total = breakdown(Dimension.MEMBERSHIP, period, TODAY).total
    assert (total.revenue_fen, total.customers, total.visits) == (45400, 2, 2)
    months = new_and_returning(period, TODAY).months
    assert [(m.period.start, m.period.end) for m in months] == [
        (date(2026, 10, 20), date(2026, 10, 31)), (date(2026, 11, 1), date(2026, 11, 5)),
    ]  # fmt: skip
    assert [(m.customers, m.new) for m in months] == [(1, 0), (1, 0)]
    empty = breakdown(Dimension.DISTRICT, Period(date(2026, 10, 21), date(2026, 11, 4)), TODAY)
    assert empty.total.customers == 0 and empty.total.revenue_fen == 0
    assert all(r.revenue_share == 0 for r in empty.rows)


def test_a_backwards_or_future_period_is_refused_and_one_past_today_ends_today():
    """A mistyped period gives a clear message instead of an empty or wrong analysis."""
    with pytest.raises(ServiceError) as backwards:
        checked(Period(date(2026, 11, 10), date(2026, 11, 1)), TODAY)
    assert backwards.value.message.english() == (
        "The period's first day (2026-11-10) is after its last day (2026-11-01): "
        "change one of the two dates."
    )
    with pytest.raises(ServiceError, match="after today"):
        checked(Period(date(2026, 12, 1), date(2026, 12, 31)), TODAY)
    assert checked(Period(date(2026, 11, 1), date(2026, 12, 31)), TODAY) == Period(
        date(2026, 11, 1), TODAY
    )


def test_period_presets_and_months():
    """This month, the last 3 or 12 months and this year start where the owner expects."""
    assert Period.this_month(TODAY) == Period(date(2026, 11, 1), TODAY)
    assert Period.last_months(TODAY, 3) == Period(date(2026, 9, 1), TODAY)
    assert Period.last_months(date(2026, 2, 10), 12) == Period(date(2025, 3, 1), date(2026, 2, 10))
    assert Period.this_year(TODAY) == Period(date(2026, 1, 1), TODAY)
    leap = Period(date(2024, 1, 31), date(2024, 3, 1)).months()
    assert [(m.start, m.end) for m in leap] == [
        (date(2024, 1, 31), date(2024, 1, 31)), (date(2024, 2, 1), date(2024, 2, 29)),
        (date(2024, 3, 1), date(2024, 3, 1)),
    ]  # fmt: skip


def test_shares_always_make_a_hundred():
    """Rounded shares that add up to 99.9% would look like a mistake on the report."""
    assert shares([1, 1, 1]) == (Decimal("33.4"), Decimal("33.3"), Decimal("33.3"))
    assert sum(shares([7, 13, 29, 51, 3])) == 100
    assert shares([0, 0]) == (Decimal(0), Decimal(0))
    assert shares([]) == ()


def test_sold_items_and_saving_categories(salon):
    """The category editor lists every item sold with its revenue and saves the mapping."""
    sold = structure_categories.sold_items()
    assert [(s.name, s.revenue_fen, s.quantity, s.category) for s in sold] == [
        ("美甲", 51200, 4, ""), ("烫发", 39800, 1, ""), ("洗剪吹", 20400, 3, ""),
        ("面部护理", 19800, 1, ""), ("洗发水", 12800, 1, ""), ("手工皂", 10000, 2, ""),
    ]  # fmt: skip
    saved = structure_categories.assign_categories({"美甲": "  美甲美睫 ", "烫发": "美发"})
    assert saved == {"美甲": "美甲美睫", "烫发": "美发"}
    structure_categories.assign_categories({"烫发": "", "洗剪吹": "美发"})
    assert structure_categories.item_categories() == {"美甲": "美甲美睫", "洗剪吹": "美发"}
    assert structure_categories.category_names() == ["美发", "美甲美睫"]
    assert structure_categories.sold_items()[0].category == "美甲美睫"
    with pytest.raises(ValidationError) as too_long:
        structure_categories.assign_categories({"洗发水": "产" * 51, "烫发": "美发"})
    assert too_long.value.errors[0].field == "洗发水"
    assert "at most 50 characters" in too_long.value.errors[0].message.english()
    # Nothing saved half-way.
    assert structure_categories.item_categories() == {"美甲": "美甲美睫", "洗剪吹": "美发"}
    assert structure_categories.usual_categories("en") == [
        "Hair", "Beauty", "Nails and lashes", "Products",
    ]  # fmt: skip


def test_the_export_holds_the_services_numbers(salon, tmp_path: Path):
    """The workbook the owner sends her accountant says what the window says."""
    structure_categories.assign_categories(CATEGORIES)
    path = export_structure(tmp_path / "structure.xlsx", PERIOD, TODAY, "en")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [
        "summary", "by RFM grade", "by ABC class", "by membership level", "by category",
        "by item", "by district", "repeat purchases", "new and returning",
    ]  # fmt: skip
    levels = breakdown(Dimension.MEMBERSHIP, PERIOD, TODAY)
    sheet = [list(r) for r in book["by membership level"].iter_rows(values_only=True)]
    assert sheet[0] == ["membership level", "customers", "customer share %", "visits", "revenue",
                        "revenue share %", "revenue per customer", "repeat customers",
                        "repeat rate %", "customers on file"]  # fmt: skip
    for cells, row in zip(sheet[1:], levels.rows, strict=False):
        assert cells[1:] == [row.customers, float(row.customer_share or 0), row.visits,
                             row.revenue_fen / 100, float(row.revenue_share),
                             (row.average_fen or 0) / 100, row.repeat_customers,
                             float(row.repeat_rate or 0), row.on_file]  # fmt: skip
    assert [c[0] for c in sheet[1:]] == ["VIP", "important", "regular", "total"]
    assert sheet[-1][1:6] == [5, 100, 8, 1492, 100]
    categories = [list(r) for r in book["by category"].iter_rows(values_only=True)]
    assert [c[0] for c in categories[1:]] == ["美发", "美甲美睫", "美容", "产品", "uncategorised",
                                              "not in the items", "total"]  # fmt: skip
    assert [c[4] for c in categories[1:]] == [534, 512, 198, 128, 100, 20, 1492]
    assert categories[-2][1] is None  # no customers counted beside the difference
    districts = [list(r) for r in book["by district"].iter_rows(values_only=True)]
    assert districts[4][0] == "not given"
    months = [list(r) for r in book["new and returning"].iter_rows(values_only=True)]
    assert months[1][:7] == ["2026-09", datetime(2026, 9, 1), datetime(2026, 9, 30), 1, 1, 0, 100]
    assert months[-1][:6] == ["whole period", datetime(2026, 9, 1), datetime(2026, 11, 22), 5, 2,
                              3]  # fmt: skip
    summary = {r[0]: r[1] if r[1] is not None else r[2]
               for r in book["summary"].iter_rows(min_row=2, values_only=True)}  # fmt: skip
    assert summary["revenue"] == 1492
    assert summary["repeat rate %"] == 40
    assert summary["new customers"] == 2
    assert summary["customers on file"] == 5
    assert summary["analysed on"] == datetime(2026, 11, 22)
