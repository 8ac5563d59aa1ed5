"""Customer cards: validation, saving, history, archive and erase (services, no Qt)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from app.models import ChangeLog, Customer, Visit
from app.models.enums import Calendar, ChangeAction, Gender, Grade
from app.services import customers, history, privacy, visits
from app.services.dto import (
    Birthday,
    CustomerData,
    FamilyMemberData,
    VisitData,
    VisitItemData,
)
from app.services.messages import ServiceError, ValidationError
from app.services.validation import birthday_errors, customer_errors, normalise

TODAY = date(2026, 11, 22)


def errors_of(data: CustomerData) -> dict[str, str]:
    return {e.field: e.message.english() for e in customer_errors(normalise(data), TODAY)}


def test_name_required() -> None:
    """An empty or blank name is refused with a message at the name."""
    assert "name" in errors_of(CustomerData(name="   "))


def test_too_long_text_refused_not_cut() -> None:
    """A 5,000-character paste is refused with the limit, never silently cut."""
    errs = errors_of(CustomerData(name="张" * 5000))
    assert "at most 50" in errs["name"]


def test_ten_digit_mobile_refused() -> None:
    """A 10-digit mobile gets a clear message; nothing is saved."""
    assert "mobile" in errors_of(CustomerData(name="张三", mobile="1381234567"))


def test_mobile_pasted_with_spaces_accepted() -> None:
    """A mobile pasted from Excel with spaces and +86 is accepted and normalised."""
    data = normalise(CustomerData(name=" 张三 ", mobile=" +86 138-1234-5678 "))
    assert data.mobile == "13812345678" and data.name == "张三"
    assert not customer_errors(data, TODAY)


@pytest.mark.parametrize(
    "birthday, ok",
    [
        (Birthday(Calendar.SOLAR, 2, 30), False),
        (Birthday(Calendar.SOLAR, 2, 29), True),
        (Birthday(Calendar.SOLAR, 2, 29, 2000), True),
        (Birthday(Calendar.SOLAR, 2, 29, 2001), False),
        (Birthday(Calendar.SOLAR, 4, 31), False),
        (Birthday(Calendar.SOLAR, 13, 1), False),
        (Birthday(Calendar.SOLAR, 1, 1, 2030), False),
        (Birthday(Calendar.LUNAR, 4, 10, 2020, True), True),
        (Birthday(Calendar.LUNAR, 4, 10, 2021, True), False),
        (Birthday(Calendar.LUNAR, 4, 10, None, True), True),
        (Birthday(Calendar.LUNAR, 8, 30), True),
        (Birthday(Calendar.LUNAR, 8, 31), False),
        (Birthday(Calendar.LUNAR, 3, 30, 2023), False),
        (Birthday(Calendar.LUNAR, 12, 30, 1990), True),
        (Birthday(Calendar.SOLAR, 5, 5, 1899), False),
    ],
)
def test_birthday_validation(birthday: Birthday, ok: bool) -> None:
    """30 February, 29 February of a common year, a leap month the year lacks, day 30 of a
    29-day lunar month are refused; year-less and leap-month births are kept."""
    assert (not birthday_errors("birthday", birthday, TODAY)) is ok


def test_create_and_read_back(db, now: datetime) -> None:
    """Every field of a new card is stored and read back as typed."""
    data = CustomerData(
        name="曾小贤",
        gender=Gender.MALE,
        mobile="139 1234 5678",
        wechat="zxx_wx",
        birthday=Birthday(Calendar.LUNAR, 4, 10, 2020, True),
        keep_leap_month=True,
        anniversary=Birthday(Calendar.SOLAR, 5, 20, 2015),
        occupation="主持人",
        employer="电台",
        position="主播",
        address="西湖区文三路1号",
        district="西湖区",
        income_level="中",
        family="已婚",
        hobbies="说笑话",
        personality="外向",
        preferences="无香型",
        skin_hair_type="油性",
        allergies="对酒精过敏",
        grade=Grade.VIP,
        tags=("老顾客", "爱聊天"),
        source="朋友介绍",
        staff="小美",
        first_visit=date(2024, 1, 2),
        notes="喜欢安静",
        marketing_consent=True,
        family_members=(FamilyMemberData("妻子", "胡一菲", Birthday(Calendar.SOLAR, 3, 8)),),
    )
    cid = customers.create_customer(data, "店长", now)
    card = customers.get_card(cid)
    assert card.data == replace(
        data, member_no="100001", mobile="13912345678", tags=("爱聊天", "老顾客")
    )
    assert customers.find_by_member_no("100001") == cid


def test_invalid_customer_saves_nothing(db, now: datetime) -> None:
    """A card with a bad mobile raises with the field named and stores nothing."""
    with pytest.raises(ValidationError) as caught:
        customers.create_customer(CustomerData(name="张三", mobile="1381234567"), "x", now)
    assert [e.field for e in caught.value.errors] == ["mobile"]
    assert Customer.select().count() == 0


def test_member_numbers_unique_and_generated(db, now: datetime) -> None:
    """Member numbers are given in order and never twice."""
    a = customers.create_customer(CustomerData(name="甲"), "x", now)
    customers.create_customer(CustomerData(name="乙", member_no="100002"), "x", now)
    c = customers.create_customer(CustomerData(name="丙"), "x", now)
    assert customers.get_card(a).data.member_no == "100001"
    assert customers.get_card(c).data.member_no == "100003"
    with pytest.raises(ValidationError) as caught:
        customers.create_customer(CustomerData(name="丁", member_no="100001"), "x", now)
    assert "甲" in caught.value.errors[0].message.english()


def test_referrer_must_exist(db, now: datetime) -> None:
    """A referrer is another existing customer, found by member number or mobile."""
    a = customers.create_customer(CustomerData(name="甲", mobile="13800000001"), "x", now)
    b = customers.create_customer(CustomerData(name="乙", referrer="13800000001"), "x", now)
    assert customers.get_card(b).referrer_id == a
    with pytest.raises(ValidationError):
        customers.create_customer(CustomerData(name="丙", referrer="999999"), "x", now)
    with pytest.raises(ValidationError):
        customers.update_customer(a, CustomerData(name="甲", referrer="100001"), "x", now)


def test_update_records_history(db, now: datetime) -> None:
    """Each changed field is in the history with who, when, old and new."""
    cid = customers.create_customer(CustomerData(name="张三", mobile="13800000001"), "甲", now)
    later = now + timedelta(hours=1)
    data = replace(customers.get_card(cid).data, mobile="13800000002", hobbies="瑜伽")
    assert customers.update_customer(cid, data, "乙", later)
    assert not customers.update_customer(cid, data, "乙", later)
    changes = {c.field: c for c in history.changes_of(cid) if c.action == ChangeAction.UPDATE}
    assert set(changes) == {"mobile", "hobbies"}
    assert (changes["mobile"].old_value, changes["mobile"].new_value) == (
        "13800000001",
        "13800000002",
    )
    assert changes["mobile"].operator == "乙" and changes["mobile"].changed_at == later


def test_archive_and_restore(db, now: datetime) -> None:
    """An archived customer leaves the counter list but is kept, and can come back."""
    from app.services.search import SearchQuery, search

    cid = customers.create_customer(CustomerData(name="张三"), "x", now)
    privacy.set_archived(cid, True, "x", now)
    assert search(SearchQuery("zs")).ids == []
    assert search(SearchQuery("zs", include_archived=True)).ids == [cid]
    privacy.set_archived(cid, False, "x", now)
    assert search(SearchQuery("zs")).ids == [cid]


def test_erase_keeps_totals_removes_personal_data(db, now: datetime) -> None:
    """Erasing for privacy removes personal data everywhere but keeps the shop's totals."""
    cid = customers.create_customer(
        CustomerData(name="张三", mobile="13800000001", address="某路1号", allergies="花粉"),
        "x",
        now,
    )
    data = replace(customers.get_card(cid).data, mobile="13800000002")
    customers.update_customer(cid, data, "x", now)
    visits.add_visit(
        cid,
        VisitData(now.date(), (VisitItemData("烫发", price_fen=39800),), note="她说…"),
        "x",
        now,
    )
    privacy.erase_customer(cid, "x", now)
    row = Customer.get_by_id(cid)
    assert (row.name, row.mobile, row.address, row.allergies) == ("", None, "", "")
    assert row.erased and row.archived and row.total_spent_fen == 39800
    assert Visit.get(Visit.customer == cid).note == ""
    assert (
        not ChangeLog.select()
        .where(
            (ChangeLog.customer == cid)
            & ((ChangeLog.old_value != "") | (ChangeLog.new_value != ""))
        )
        .exists()
    )
    with pytest.raises(ServiceError):
        customers.update_customer(cid, CustomerData(name="李四"), "x", now)


def test_visit_updates_totals(db, now: datetime) -> None:
    """A visit adds to the card's count, total and last visit in the same transaction."""
    cid = customers.create_customer(CustomerData(name="张三"), "x", now)
    visits.add_visit(
        cid,
        VisitData(
            date(2026, 11, 1),
            (VisitItemData("洗剪吹", price_fen=6800), VisitItemData("洗发水", "500ml", 2, 12800)),
        ),
        "x",
        now,
    )
    visits.add_visit(
        cid, VisitData(date(2026, 10, 1), (VisitItemData("美甲", price_fen=12800),)), "x", now
    )
    card = customers.get_card(cid)
    assert (card.visit_count, card.total_spent_fen, card.last_visit) == (
        2,
        6800 + 25600 + 12800,
        date(2026, 11, 1),
    )
    assert card.data.first_visit == date(2026, 10, 1)
    assert visits.totals_of(cid) == (2, 45200, date(2026, 11, 1))


@pytest.mark.parametrize(
    "text, fen",
    [("128.5", 12850), ("¥1,280", 128000), ("68元", 6800), ("0", 0), ("  99.99 ", 9999)],
)
def test_parse_money(text: str, fen: int) -> None:
    """Prices typed at the counter become exact fen, never floats."""
    assert visits.parse_money(text) == fen


@pytest.mark.parametrize("text", ["12.345", "abc", "", "1e3", "NaN"])
def test_parse_money_refuses(text: str) -> None:
    """A price that is not an amount is refused, not rounded."""
    with pytest.raises(ValueError):
        visits.parse_money(text)
