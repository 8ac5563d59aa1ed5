"""The counter search: one box that understands names, pinyin, phone tails and member numbers.

Routing (DOMAIN.md): Chinese characters → name contains; letters → pinyin
initials or a full-pinyin prefix; 4 digits → the last four digits of the
mobile; 11 digits → the exact mobile; any text → the exact member number,
which comes first. Results are ids in the list's sort order; rows are
fetched a page at a time by `rows_by_ids`, so 100,000 customers never load at once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, cast

from peewee import Expression, Field

from app.models import Customer, SearchKey, database
from app.models.enums import Calendar, Gender, Grade
from app.services import phones
from app.services.dto import Birthday, CustomerRow


class QueryKind(StrEnum):
    ALL = "all"
    NAME = "name"
    PINYIN = "pinyin"
    PHONE_TAIL = "phone_tail"
    MOBILE = "mobile"
    MEMBER_NO = "member_no"


class SortKey(StrEnum):
    MEMBER_NO = "member_no"
    NAME = "name"
    GENDER = "gender"
    MOBILE = "mobile"
    GRADE = "grade"
    BIRTHDAY = "birthday"
    LAST_VISIT = "last_visit"
    VISITS = "visits"
    SPENT = "spent"


_SORT_COLUMNS: dict[SortKey, tuple[Field, ...]] = {
    SortKey.MEMBER_NO: (Customer.member_no,),
    SortKey.NAME: (Customer.name_pinyin,),
    SortKey.GENDER: (Customer.gender,),
    SortKey.MOBILE: (Customer.mobile,),
    SortKey.GRADE: (Customer.grade,),
    SortKey.BIRTHDAY: (Customer.birth_month, Customer.birth_day),
    SortKey.LAST_VISIT: (Customer.last_visit,),
    SortKey.VISITS: (Customer.visit_count,),
    SortKey.SPENT: (Customer.total_spent_fen,),
}

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_DIGIT_SEPARATORS = re.compile(r"[\s\-]")


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    include_archived: bool = False
    sort: SortKey = SortKey.LAST_VISIT
    descending: bool = True


@dataclass(frozen=True)
class SearchResult:
    ids: list[int]
    kind: QueryKind
    # The customer whose member number is exactly the text (a scanned card).
    exact_member_id: int | None


def classify(text: str) -> tuple[QueryKind, str]:
    """What the typed text is, and its normalised form."""
    text = unicodedata.normalize("NFKC", text).strip()
    if not text:
        return QueryKind.ALL, ""
    if _HAN.search(text):
        return QueryKind.NAME, text
    digits = _DIGIT_SEPARATORS.sub("", text).removeprefix("+86")
    if digits.isdigit():
        if len(digits) == 4:
            return QueryKind.PHONE_TAIL, digits
        mobile = phones.normalise_mobile(digits)
        if len(mobile) == 11 and phones.is_mobile(mobile):
            return QueryKind.MOBILE, mobile
        return QueryKind.MEMBER_NO, digits
    if text.isascii() and text.replace(" ", "").isalpha():
        return QueryKind.PINYIN, text.replace(" ", "").lower()
    if text.isascii() and re.fullmatch(r"[0-9A-Za-z\-_]+", text):
        return QueryKind.MEMBER_NO, text.upper()
    return QueryKind.NAME, text


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _condition(kind: QueryKind, text: str) -> Expression | None:
    if kind == QueryKind.ALL:
        return None
    if kind == QueryKind.NAME:
        return Customer.name.contains(text)
    if kind == QueryKind.PINYIN:
        # Prefix range on the indexed key: 'zs' matches 'zs', 'zsf'...; '{' follows 'z'.
        keys = SearchKey.select(SearchKey.customer).where(
            (SearchKey.key >= text) & (SearchKey.key < text + "{")
        )
        return Customer.id.in_(keys)
    if kind == QueryKind.PHONE_TAIL:
        return Customer.mobile_tail == text
    if kind == QueryKind.MOBILE:
        return Customer.mobile == text
    # A member number as it is being typed or scanned: its prefix range.
    return (Customer.member_no >= text) & (Customer.member_no < text + "\uffff")


def _rows(query: object) -> list[tuple[Any, ...]]:
    sql, params = query.sql()  # type: ignore[attr-defined]
    return list(database.execute_sql(sql, params).fetchall())


def _order(query: SearchQuery, use_index: bool) -> list[Any]:
    """ORDER BY terms for the list's sort; NULLs first ascending, last descending.

    Without `use_index` the order starts with an expression, so the planner cannot
    walk an index in list order and uses the index of the search condition."""
    terms: list[Any] = []
    for column in _SORT_COLUMNS[query.sort]:
        if not use_index:
            nulls = column.is_null()
            terms.append(nulls.asc() if query.descending else nulls.desc())
        terms.append(column.desc() if query.descending else column.asc())
    terms.append(Customer.id.desc() if query.descending else Customer.id.asc())
    return terms


def _all_ids(query: SearchQuery) -> list[int]:
    """The whole list, sorted by the database (from an index for the usual orders)."""
    select = Customer.select(Customer.id)
    if not query.include_archived:
        select = select.where(Customer.archived == False)  # noqa: E712
    return [row[0] for row in _rows(select.order_by(*_order(query, use_index=True)))]


def _matching_ids(condition: Expression, query: SearchQuery) -> list[int]:
    """The matches in list order. Archived customers are left out here rather than in
    SQL, where `archived = 0` would tempt the planner to the archived index."""
    select = Customer.select(Customer.id, Customer.archived).where(condition)
    rows = _rows(select.order_by(*_order(query, use_index=False)))
    return [r[0] for r in rows if query.include_archived or not r[1]]


def search_head(query: SearchQuery, limit: int) -> tuple[SearchResult, int]:
    """The first `limit` ids and the number of matches: enough to paint the list at once.

    Only the whole list is cut short (reading 100,000 ids takes ~25 ms); a search
    is complete at once."""
    kind, _ = classify(query.text)
    if kind != QueryKind.ALL:
        result = search(query)
        return result, len(result.ids)
    select = Customer.select(Customer.id)
    if not query.include_archived:
        select = select.where(Customer.archived == False)  # noqa: E712
    head = [r[0] for r in _rows(select.order_by(*_order(query, use_index=True)).limit(limit))]
    return SearchResult(head, kind, None), int(select.count())


def search(query: SearchQuery) -> SearchResult:
    """The ids that match, exact member number first, then in the list's sort order."""
    kind, text = classify(query.text)
    condition = _condition(kind, text)
    if condition is None:
        return SearchResult(_all_ids(query), kind, None)
    ids = _matching_ids(condition, query)
    exact = None
    exact_row = (
        Customer.select(Customer.id, Customer.archived)
        .where(Customer.member_no == text.upper())
        .first()
    )
    if exact_row is not None and (query.include_archived or not exact_row.archived):
        exact = exact_row.id
        if exact in ids:
            ids.remove(exact)
        ids.insert(0, exact)
    return SearchResult(ids, kind, exact)


_ROW_FIELDS = (
    Customer.id,
    Customer.member_no,
    Customer.name,
    Customer.gender,
    Customer.mobile,
    Customer.grade,
    Customer.birth_calendar,
    Customer.birth_year,
    Customer.birth_month,
    Customer.birth_day,
    Customer.birth_leap,
    Customer.last_visit,
    Customer.visit_count,
    Customer.total_spent_fen,
    (Customer.allergies != "").alias("has_allergies"),
    Customer.archived,
    Customer.erased,
)


def rows_by_ids(ids: list[int]) -> list[CustomerRow]:
    """The list rows of these customers, in the order given."""
    if not ids:
        return []
    query = cast(
        Iterable[tuple[Any, ...]],
        Customer.select(*_ROW_FIELDS).where(Customer.id.in_(ids)).tuples(),
    )
    by_id: dict[int, CustomerRow] = {}
    for (
        cid,
        member_no,
        name,
        gender,
        mobile,
        grade,
        cal,
        year,
        month,
        day,
        leap,
        last_visit,
        visits,
        spent,
        allergies,
        archived,
        erased,
    ) in query:
        birthday = (
            Birthday(Calendar(cal), month, day, year, bool(leap))
            if month is not None and day is not None
            else None
        )
        by_id[cid] = CustomerRow(
            cid,
            member_no,
            name,
            Gender(gender),
            mobile or "",
            Grade(grade),
            birthday,
            last_visit,
            visits,
            spent,
            bool(allergies),
            bool(archived),
            bool(erased),
        )
    return [by_id[i] for i in ids if i in by_id]


def count_matches(text: str) -> int:
    return len(search(SearchQuery(text=text)).ids)


__all__ = [
    "QueryKind",
    "SearchQuery",
    "SearchResult",
    "SortKey",
    "classify",
    "rows_by_ids",
    "search",
]
