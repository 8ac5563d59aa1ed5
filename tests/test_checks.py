"""The database check: damage and cards that disagree with their visits are reported."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from app.models import (
    Calendar,
    Complaint,
    ComplaintCategory,
    ComplaintChannel,
    ComplaintEvent,
    Customer,
    PointsEntry,
    PointsKind,
    SearchKey,
    Severity,
    Visit,
    connection,
)
from app.services import storage
from app.services.checks import check_database
from app.services.customers import create_customer
from app.services.dto import Birthday, CustomerData, VisitData, VisitItemData
from app.services.privacy import erase_customer
from app.services.visits import add_visit

DATA = Path(__file__).parent / "data"


@pytest.fixture
def shop(db, now: datetime) -> dict[str, int]:
    """Three customers, two with visits, one erased."""
    ids = {
        "wang": create_customer(CustomerData(name="王芳", mobile="13800138001"), "owner", now),
        "li": create_customer(CustomerData(name="李娜"), "owner", now),
        "gone": create_customer(CustomerData(name="张伟", mobile="13900139003"), "owner", now),
    }
    shampoo = VisitItemData("洗剪吹", quantity=1, price_fen=6800)
    dye = VisitItemData("染发", "栗色", quantity=2, price_fen=19900)
    add_visit(ids["wang"], VisitData(date(2026, 10, 3), (shampoo, dye)), "owner", now)
    add_visit(ids["wang"], VisitData(date(2026, 11, 20), (shampoo,)), "owner", now)
    add_visit(ids["li"], VisitData(date(2026, 11, 1), (dye,)), "owner", now)
    add_visit(ids["gone"], VisitData(date(2026, 9, 9), (shampoo,)), "owner", now)
    erase_customer(ids["gone"], "owner", now)
    return ids


def _member_no(customer_id: int) -> str:
    return str(Customer.get_by_id(customer_id).member_no)


def test_clean_database_has_no_problems(shop):
    """Without this the owner would be alarmed by problems that do not exist."""
    assert check_database() == []


def test_wrong_visit_count_is_reported_by_member_number(shop):
    """Without this a card showing the wrong number of visits would go unnoticed."""
    Customer.update(visit_count=5).where(Customer.id == shop["wang"]).execute()

    problems = check_database()

    assert [(p.kind, p.customer_id, p.member_no) for p in problems] == [
        ("totals", shop["wang"], _member_no(shop["wang"]))
    ]
    text = problems[0].message.english()
    assert "5 visits" in text and "2 visits" in text and _member_no(shop["wang"]) in text


def test_wrong_last_visit_and_total_are_reported(shop):
    """Without this a card could show a wrong amount spent or a wrong last visit."""
    Customer.update(last_visit=None).where(Customer.id == shop["li"]).execute()
    Customer.update(total_spent_fen=1).where(Customer.id == shop["wang"]).execute()

    problems = check_database()

    assert sorted(p.customer_id for p in problems if p.kind == "totals") == sorted(
        [shop["wang"], shop["li"]]
    )


def test_visit_amount_differing_from_its_items_is_reported(shop):
    """Without this a visit whose total does not match what was bought would go unnoticed."""
    visit = Visit.get(Visit.customer == shop["li"])
    # Keep the card's totals right so only the visit itself disagrees.
    Visit.update(amount_fen=100).where(Visit.id == visit.id).execute()
    Customer.update(total_spent_fen=100).where(Customer.id == shop["li"]).execute()

    problems = check_database()

    assert [(p.kind, p.member_no) for p in problems] == [("visit_amount", _member_no(shop["li"]))]
    assert "¥1.00" in problems[0].message.english()
    assert "¥398.00" in problems[0].message.english()


def test_card_field_problems_are_reported(shop):
    """Without this a customer could vanish from the counter search or keep data after erasure."""
    SearchKey.delete().where(SearchKey.customer == shop["li"]).execute()
    Customer.update(mobile_tail="0000").where(Customer.id == shop["wang"]).execute()
    Customer.update(mobile="13900139003").where(Customer.id == shop["gone"]).execute()

    found = {(p.kind, p.customer_id) for p in check_database()}

    assert found == {
        ("search_keys", shop["li"]),
        ("mobile_tail", shop["wang"]),
        ("mobile_tail", shop["gone"]),
        ("erased_data", shop["gone"]),
    }


def test_wrong_second_birthday_is_reported(shop, now: datetime):
    """A customer who keeps both birthdays would be greeted on a day that is not hers."""
    born = Birthday(Calendar.SOLAR, 3, 15, 1990)
    both = create_customer(CustomerData(name="郑洁", birthday=born, celebrate_both=True), "o", now)
    assert check_database() == []
    Customer.update(other_birth_day=20).where(Customer.id == both).execute()
    Customer.update(other_birth_month=5, other_birth_day=1).where(
        Customer.id == shop["li"]
    ).execute()
    assert {(p.kind, p.customer_id) for p in check_database()} == {
        ("second_birthday", both),
        ("second_birthday", shop["li"]),
    }


def test_broken_link_is_reported(shop, db):
    """Without this a visit pointing at a missing customer would go unnoticed."""
    db.execute_sql("PRAGMA foreign_keys=0")
    db.execute_sql("UPDATE visit SET customer_id = 999 WHERE customer_id = ?", (shop["li"],))
    db.execute_sql("PRAGMA foreign_keys=1")

    kinds = {p.kind for p in check_database()}

    assert "foreign_key" in kinds


def test_database_of_the_first_release_passes_the_check(db_path, now: datetime):
    """Without this an upgraded shop would see false alarms about its old cards."""
    shutil.copy(DATA / "schema_v1.db", db_path)
    storage.open_shop(str(db_path), now)
    try:
        assert check_database() == []
    finally:
        connection.close()


# -- complaints ------------------------------------------------------------------------------


@pytest.fixture
def complaints_kept(shop, now: datetime) -> dict[str, int]:
    """王芳's complaint resolved with apology points; 李娜's reopened (points reversed) and
    resolved again with new ones; an anonymous one closed unanswered; one new."""
    from app.services import complaints
    from app.services.complaints import ComplaintData, ResolutionData

    earlier = now - timedelta(days=5)

    def record(customer: int | None) -> int:
        data = ComplaintData(
            customer, earlier, ComplaintChannel.PHONE, ComplaintCategory.RESULT,
            Severity.SERIOUS, "染发后头皮发红", earlier + timedelta(days=1), "小李", "",
        )  # fmt: skip
        return complaints.record(data, "前台", earlier)

    def resolve(complaint: int, points: int, at: datetime) -> None:
        done = ResolutionData("免费做一次护理", at.date() + timedelta(days=3), comp_points=points)
        complaints.resolve(complaint, done, "小李", at)

    ids = {"wang": record(shop["wang"]), "li": record(shop["li"]), "anonymous": record(None)}
    ids["new"] = record(shop["wang"])
    resolve(ids["wang"], 200, earlier + timedelta(hours=3))
    resolve(ids["li"], 100, earlier + timedelta(hours=3))
    complaints.reopen(ids["li"], "她还是不满意", "小李", earlier + timedelta(days=1))
    resolve(ids["li"], 300, earlier + timedelta(days=2))
    complaints.close(ids["anonymous"], "顾客撤回投诉", "小李", earlier + timedelta(days=1))
    return ids


def _complaint_problems() -> set[tuple[str, int | None, str]]:
    return {
        (p.kind, p.customer_id, p.message.english())
        for p in check_database()
        if p.kind.startswith("complaint")
    }


def test_complaints_kept_by_the_workflow_pass(complaints_kept):
    """The owner would be told her complaints are broken when they are not."""
    assert check_database() == []


def test_complaint_dates_that_do_not_fit_its_status_are_reported(shop, complaints_kept):
    """A complaint shown as resolved without a resolution, or open with one, would mislead
    the inbox and the Today board."""
    Complaint.update(resolved_at=datetime(2026, 11, 20)).where(
        Complaint.id == complaints_kept["new"]
    ).execute()
    Complaint.update(follow_up_on=None).where(Complaint.id == complaints_kept["wang"]).execute()
    Complaint.update(closed_at=None).where(Complaint.id == complaints_kept["anonymous"]).execute()
    found = _complaint_problems()
    assert {(kind, customer) for kind, customer, _ in found} == {
        ("complaint_status", shop["wang"]),
        ("complaint_status", None),
    }
    assert len(found) == 3
    assert any(f"Complaint #{complaints_kept['new']}:" in text for _, _, text in found)


def test_timeline_that_does_not_lead_to_the_status_is_reported(shop, complaints_kept):
    """A complaint whose history ends elsewhere than its status could not be trusted."""
    last = (
        ComplaintEvent.select()
        .where(ComplaintEvent.complaint == complaints_kept["wang"])
        .order_by(ComplaintEvent.id.desc())
        .get()
    )
    ComplaintEvent.delete().where(ComplaintEvent.id == last.id).execute()
    found = _complaint_problems()
    assert found == {
        (
            "complaint_timeline",
            shop["wang"],
            f"Complaint #{complaints_kept['wang']}: the last step of its timeline does not "
            "lead to its status.",
        )
    }


def test_apology_points_not_in_force_are_reported(shop, complaints_kept, now: datetime):
    """Apology points reversed by hand, or given without the complaint showing them, would
    leave her balance and the complaint telling different stories."""
    from app.services import points

    given = Complaint.get_by_id(complaints_kept["wang"]).points_entry
    points.reverse(given, "录错了", "店长", now)
    Complaint.update(points_entry=None).where(Complaint.id == complaints_kept["li"]).execute()
    found = _complaint_problems()
    assert {(kind, customer) for kind, customer, _ in found} == {
        ("complaint_points", shop["wang"]),
        ("complaint_points", shop["li"]),
    }
    shown, not_shown = sorted(text for _, _, text in found)
    assert shown.startswith(f"Complaint #{complaints_kept['wang']}: its apology points")
    assert f"(points entry #{given})" in shown
    assert f"for complaint #{complaints_kept['li']}, but the complaint does not show" in not_shown


def test_points_entry_of_another_kind_is_reported(shop, complaints_kept):
    """A complaint pointing at a purchase entry would claim points it never gave."""
    purchase = PointsEntry.get(PointsEntry.kind == PointsKind.PURCHASE).id
    Complaint.update(points_entry=purchase).where(Complaint.id == complaints_kept["new"]).execute()
    assert {(kind, customer) for kind, customer, _ in _complaint_problems()} == {
        ("complaint_points", shop["wang"])
    }
