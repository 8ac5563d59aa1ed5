"""The counter search: what a cashier types finds the right customers, and only them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.services import customers, visits
from app.services.dto import CustomerData, VisitData, VisitItemData
from app.services.search import QueryKind, SearchQuery, SortKey, classify, rows_by_ids, search


@pytest.fixture
def shop(db, now: datetime) -> dict[str, int]:
    people = {
        "曾小贤": "13912345678",
        "张三": "13800005678",
        "张山峰": "13700001111",
        "单丽娟": "13600002222",
        "李四": "13500003333",
        "欧阳娜娜": "",
    }
    return {
        name: customers.create_customer(CustomerData(name=name, mobile=mobile), "x", now)
        for name, mobile in people.items()
    }


@pytest.mark.parametrize(
    "text, kind",
    [
        ("", QueryKind.ALL),
        ("张", QueryKind.NAME),
        ("zs", QueryKind.PINYIN),
        ("ZhangS", QueryKind.PINYIN),
        ("5678", QueryKind.PHONE_TAIL),
        ("139 1234 5678", QueryKind.MOBILE),
        ("100001", QueryKind.MEMBER_NO),
        ("VIP-01", QueryKind.MEMBER_NO),
        ("１３９１２３４５６７８", QueryKind.MOBILE),
    ],
)
def test_routing(text: str, kind: QueryKind) -> None:
    """Each kind of input goes to the right search."""
    assert classify(text)[0] == kind


def names(ids: list[int], shop: dict[str, int]) -> set[str]:
    by_id = {v: k for k, v in shop.items()}
    return {by_id[i] for i in ids}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("zxx", {"曾小贤"}),
        ("cxx", {"曾小贤"}),
        ("zengx", {"曾小贤"}),
        ("ZXX", {"曾小贤"}),
        ("zs", {"张三", "张山峰"}),
        ("zhangs", {"张三", "张山峰"}),
        ("zsf", {"张山峰"}),
        ("slj", {"单丽娟"}),
        ("dlj", {"单丽娟"}),
        ("oynn", {"欧阳娜娜"}),
        ("张", {"张三", "张山峰"}),
        ("小贤", {"曾小贤"}),
        ("5678", {"曾小贤", "张三"}),
        ("13912345678", {"曾小贤"}),
        ("139-1234-5678", {"曾小贤"}),
        ("100001", {"曾小贤"}),
        ("wxyz", set()),
        ("0000", set()),
    ],
)
def test_finds(shop: dict[str, int], text: str, expected: set[str]) -> None:
    """Initials, full pinyin, surnames, Chinese, phone tails, mobiles and member numbers."""
    assert names(search(SearchQuery(text)).ids, shop) == expected


def test_exact_member_number_first(shop: dict[str, int], now: datetime) -> None:
    """A scanned member number is the first result and is flagged as exact."""
    result = search(SearchQuery("100001"))
    assert result.exact_member_id == shop["曾小贤"] and result.ids[0] == shop["曾小贤"]
    assert search(SearchQuery("zs")).exact_member_id is None


def test_shared_phone_tail_never_picks_one(shop: dict[str, int]) -> None:
    """Two customers with one phone tail are both listed; none is marked exact."""
    result = search(SearchQuery("5678"))
    assert len(result.ids) == 2 and result.exact_member_id is None


def test_like_wildcards_are_literal(shop: dict[str, int], now: datetime) -> None:
    """A name search for '%' or '_' does not match everybody."""
    assert search(SearchQuery("张%")).ids == []


def test_sorting(shop: dict[str, int], now: datetime) -> None:
    """The list sorts by name in pinyin order (曾 under z) and by last visit."""
    ids = search(SearchQuery(sort=SortKey.NAME, descending=False)).ids
    order = [r.name for r in rows_by_ids(ids)]
    assert order == ["李四", "欧阳娜娜", "单丽娟", "曾小贤", "张三", "张山峰"]
    visits.add_visit(
        shop["李四"], VisitData(date(2026, 11, 20), (VisitItemData("洗剪吹"),)), "x", now
    )
    assert search(SearchQuery(sort=SortKey.LAST_VISIT, descending=True)).ids[0] == shop["李四"]


def test_rows_keep_order(shop: dict[str, int]) -> None:
    """Rows come back in the order of the ids asked for."""
    ids = [shop["李四"], shop["曾小贤"]]
    assert [r.id for r in rows_by_ids(ids)] == ids
