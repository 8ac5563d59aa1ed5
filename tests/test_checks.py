"""The database check: damage and cards that disagree with their visits are reported."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from app.models import Calendar, Customer, SearchKey, Visit, connection
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
