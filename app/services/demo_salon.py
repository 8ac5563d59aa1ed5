"""The invented salon behind `demo`: customers with realistic names, phones, birthdays
(lunar, leap-month and 29 February ones included), tags, family, and visits at each
customer's own rhythm, made one batch of rows at a time for `demo.fill_demo` to write."""

from __future__ import annotations

import calendar as solar_calendar
import random
from datetime import date, datetime, timedelta
from typing import Any

from peewee import Model

from app.models import (
    ChangeLog,
    Customer,
    CustomerTag,
    FamilyMember,
    FollowUp,
    SearchKey,
    Visit,
    VisitItem,
)
from app.models.enums import Calendar, ChangeAction, Gender, Grade
from app.services import birthdays, lunar
from app.services import demo_names as names
from app.services.customers import FIRST_MEMBER_NO
from app.services.demo_points import SampleLedger
from app.services.demo_prepaid import SamplePrepaid
from app.services.dto import Birthday

OPERATOR = "demo"
HISTORY_DAYS = 730  # visits reach two years back
HEAVY_VISITS = 200  # the card the benchmark opens

Row = tuple[Any, ...]
Rows = dict[str, list[Row]]  # one batch of customers: rows per table, ready to insert
# Her usual gap between visits, in days, drawn between these bounds.
GAPS = {Grade.VIP: (7, 28), Grade.IMPORTANT: (14, 45), Grade.REGULAR: (25, 150)}

CUSTOMER_COLUMNS = (
    "id",
    "member_no",
    "name",
    "name_pinyin",
    "gender",
    "mobile",
    "mobile_tail",
    "phone",
    "wechat",
    "birth_calendar",
    "birth_year",
    "birth_month",
    "birth_day",
    "birth_leap",
    "keep_leap_month",
    "anniversary_year",
    "anniversary_month",
    "anniversary_day",
    "occupation",
    "employer",
    "position",
    "address",
    "district",
    "income_level",
    "family",
    "hobbies",
    "personality",
    "preferences",
    "skin_hair_type",
    "allergies",
    "grade",
    "source",
    "referrer",
    "staff",
    "first_visit",
    "notes",
    "marketing_consent",
    "archived",
    "erased",
    "created_at",
    "updated_at",
    "last_visit",
    "visit_count",
    "total_spent_fen",
    "celebrate_both",
    "other_birth_year",
    "other_birth_month",
    "other_birth_day",
    "other_birth_leap",
    "points_balance",
    "stored_principal_fen",
    "stored_bonus_fen",
)
# (model, the columns each generated row fills, in order)
TABLES: dict[str, tuple[type[Model], tuple[str, ...]]] = {
    "customers": (Customer, CUSTOMER_COLUMNS),
    "keys": (SearchKey, ("customer", "key")),
    "tags": (CustomerTag, ("customer", "tag")),
    "family": (
        FamilyMember,
        (
            "customer",
            "relation",
            "name",
            "birth_calendar",
            "birth_year",
            "birth_month",
            "birth_day",
            "birth_leap",
        ),
    ),
    "visits": (
        Visit,
        ("id", "customer", "visited_on", "amount_fen", "staff", "note", "operator", "created_at"),
    ),
    "items": (VisitItem, ("visit", "name", "spec", "quantity", "price_fen")),
    "follow_ups": (
        FollowUp,
        (
            "customer",
            "done_on",
            "channel",
            "content",
            "satisfaction",
            "next_due",
            "operator",
            "created_at",
        ),
    ),
    "changes": (
        ChangeLog,
        ("customer", "action", "field", "old_value", "new_value", "operator", "changed_at"),
    ),
}


class SampleSalon:
    """Makes the customers of one salon, one card at a time, with their visits."""

    def __init__(
        self,
        seed: int,
        today: date,
        count: int,
        tag_ids: dict[str, int],
        first_visit_id: int,
        ledger: SampleLedger | None = None,
        prepaid: SamplePrepaid | None = None,
    ) -> None:
        self.rng = random.Random(seed)
        self.ledger = ledger
        self.prepaid = prepaid
        self.today = today
        self.count = count
        self.tag_ids = tag_ids
        self.next_visit_id = first_visit_id
        self.pinyin: dict[str, tuple[str, list[str]]] = {}
        self.mobiles = {s["mobile"] for s in names.SHOWCASE}
        self.leap_years = [
            (y, lunar.leap_month_of(y)) for y in range(1950, 2007) if lunar.leap_month_of(y)
        ]
        heavy = max(1, count // 1000) if count >= 100 else 0
        others = range(len(names.SHOWCASE), max(len(names.SHOWCASE), count // 2))
        self.heavy = set(self.rng.sample(others, min(len(others), heavy - 1))) if heavy else set()
        if heavy:
            self.heavy.add(names.HEAVY_SHOWCASE)

    def _joined_ago(self, position: float) -> int:
        """Days since a member joined: members join in number order over the history."""
        return int((HISTORY_DAYS - 1) * (1 - position / self.count))

    def first_day_from(self, index: int) -> int:
        """The first day (ordinal) a customer from `index` on can visit: nothing still to
        be made happens before it."""
        return self.today.toordinal() - self._joined_ago(index)

    def batch(self, start: int, stop: int) -> Rows:
        rows: Rows = {table: [] for table in TABLES}
        for index in range(start, stop):
            self._customer(index, rows)
        return rows

    def _name(self, gender: str) -> str:
        rng = self.rng
        chars = names.FEMALE_NAME_CHARS if gender == Gender.FEMALE.value else names.MALE_NAME_CHARS
        roll = rng.random()
        if gender == Gender.FEMALE.value and roll < 0.05:
            given = rng.choice(names.DOUBLED_FEMALE) * 2
        elif roll < 0.25:
            given = rng.choice(chars)
        else:
            given = rng.choice(chars) + rng.choice(chars)
        return names.SURNAME_DRAW.pick(rng) + given

    def _mobile(self) -> str | None:
        if self.rng.random() < 0.05:
            return None
        while True:
            mobile = f"{self.rng.choice(names.MOBILE_PREFIXES)}{self.rng.randrange(10**8):08d}"
            if mobile not in self.mobiles:
                self.mobiles.add(mobile)
                return mobile

    def _birthday(self) -> dict[str, Any]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.10:
            return names.solar_birth(None, None, None)
        year = None if rng.random() < 0.15 else min(2006, int(rng.triangular(1950, 2007, 1992)))
        if roll < 0.30:
            return self._lunar_birthday(year)
        if year is not None and rng.random() < 0.003:  # 29 February, in leap years only
            return names.solar_birth(rng.choice(range(1952, 2005, 4)), 2, 29)
        month = rng.randint(1, 12)
        # 2001 has no 29 February: an unknown year never gets one.
        last_day = solar_calendar.monthrange(year or 2001, month)[1]
        return names.solar_birth(year, month, rng.randint(1, last_day))

    @staticmethod
    def _both_calendars(cid: int, row: dict[str, Any]) -> None:
        """About one in twenty-five customers with a birth year keeps both birthdays.
        Chosen from the id, not the random stream, so the rest of the shop stays as
        it was before this field existed."""
        other = None
        if row["birth_year"] and row["birth_month"] and (cid * 2654435761) % 97 < 4:
            other = birthdays.other_calendar_birth(
                Birthday(
                    Calendar(row["birth_calendar"]),
                    row["birth_month"],
                    row["birth_day"],
                    row["birth_year"],
                    bool(row["birth_leap"]),
                )
            )
        row["celebrate_both"] = other is not None
        row["other_birth_year"] = other.year if other else None
        row["other_birth_month"] = other.month if other else None
        row["other_birth_day"] = other.day if other else None
        row["other_birth_leap"] = other.leap if other else False

    def _lunar_birthday(self, year: int | None) -> dict[str, Any]:
        rng = self.rng
        roll = rng.random()
        if year is not None and roll < 0.06:  # born in a leap month of a year that has one
            year, month = rng.choice(self.leap_years)
            day = rng.randint(1, lunar.days_in_month(year, month, True))
            return names.lunar_birth(year, month, day, leap=True)
        month = rng.randint(1, 12)
        if year is not None and roll < 0.16 and lunar.days_in_month(year, month, False) == 30:
            return names.lunar_birth(year, month, 30)
        return names.lunar_birth(year, month, rng.randint(1, 29))

    def _job(self, gender: str, age: int) -> tuple[str, str, str]:
        rng = self.rng
        if age >= 58 and rng.random() < 0.6:
            job = names.JOBS_BY_NAME["退休"]
        elif age <= 24 and rng.random() < 0.6:
            job = names.JOBS_BY_NAME["学生"]
        else:
            jobs = names.WOMEN_JOBS if gender == Gender.FEMALE.value else names.MEN_JOBS
            job = jobs.pick(rng)
        occupation, _, employers, positions = job
        if not employers or rng.random() < 0.3:
            return occupation, "", ""
        return occupation, rng.choice(employers), rng.choice(positions)

    def _customer(self, index: int, out: Rows) -> None:
        rng = self.rng
        cid = index + 1
        gender = Gender.FEMALE.value if rng.random() < 0.7 else Gender.MALE.value
        row: dict[str, Any] = {
            "id": cid,
            "member_no": str(FIRST_MEMBER_NO + index),
            "name": self._name(gender),
            "gender": gender,
            "mobile": self._mobile(),
            "keep_leap_month": False,
            "erased": False,
            **self._birthday(),
        }
        age = self.today.year - (row["birth_year"] or rng.randint(1966, 2000))
        row["occupation"], row["employer"], row["position"] = self._job(gender, age)
        roll = rng.random()
        row["grade"] = (
            Grade.VIP if roll < 0.05 else Grade.IMPORTANT if roll < 0.25 else Grade.REGULAR
        ).value
        row["source"] = names.SOURCE_DRAW.pick(rng)
        referred = row["source"] == names.REFERRAL_SOURCE or (
            row["source"] == "朋友介绍" and rng.random() < 0.3
        )
        row["referrer"] = rng.randint(1, index) if referred and index > 0 else None
        row["staff"] = rng.choice(names.STAFF)
        row["allergies"] = rng.choice(names.ALLERGIES) if rng.random() < 0.08 else ""
        row["notes"] = rng.choice(names.NOTES) if rng.random() < 0.2 else ""
        row["archived"] = index >= len(names.SHOWCASE) and rng.random() < 0.01
        if index < len(names.SHOWCASE):
            row.update(names.SHOWCASE[index])
            gender = row["gender"]
        if index in self.heavy:
            row["grade"] = Grade.VIP.value
        self._both_calendars(cid, row)
        self._profile(row)
        keys = self._name_keys(row["name"])
        row["name_pinyin"] = keys[0]
        out["keys"].extend((cid, k) for k in keys[1])
        row["mobile_tail"] = row["mobile"][-4:] if row["mobile"] else None
        row["wechat"] = f"{keys[0][:12]}{rng.randrange(10, 9999)}" if rng.random() < 0.6 else ""
        row["marketing_consent"] = rng.random() < 0.8
        self._tags(cid, row["occupation"], out)
        self._family(cid, gender, row["birth_year"], out)
        female = gender == Gender.FEMALE.value
        interests = names.FEMALE_INTERESTS if female else names.MALE_INTERESTS
        days = self._visit_days(index, Grade(row["grade"]))
        first_visit, first_item = len(out["visits"]), len(out["items"])
        created, total = self._visits(cid, days, interests.pick(rng), row["staff"], out)
        row.update(
            first_visit=date.fromordinal(days[0]),
            last_visit=date.fromordinal(days[-1]),
            visit_count=len(days),
            total_spent_fen=total,
            created_at=created,
            updated_at=created,
        )
        if rng.random() < 0.3:
            self._follow_ups(cid, days, out)
        row["points_balance"] = (
            self.ledger.customer(row, out["visits"][first_visit:], index) if self.ledger else 0
        )
        row["stored_principal_fen"], row["stored_bonus_fen"] = (
            self.prepaid.customer(
                row,
                out["visits"][first_visit:],
                out["items"][first_item:],
                index,
                index in self.heavy,
            )  # fmt: skip
            if self.prepaid
            else (0, 0)
        )
        out["customers"].append(tuple(row[c] for c in CUSTOMER_COLUMNS))
        out["changes"].append(
            (cid, ChangeAction.CREATE.value, "", "", row["name"], OPERATOR, created)
        )

    def _name_keys(self, name: str) -> tuple[str, list[str]]:
        """Sort key and search keys; cached, as common names come back thousands of times."""
        keys = self.pinyin.get(name)
        if keys is None:
            from app.services.pinyin import name_keys

            found = name_keys(name)
            keys = self.pinyin[name] = (found.sort_key, sorted(found.keys))
        return keys

    def _profile(self, row: dict[str, Any]) -> None:
        """The soft facts of a card: where she lives, family, tastes, skin and hair."""
        rng = self.rng
        district, streets = names.DISTRICT_DRAW.pick(rng) if rng.random() < 0.85 else ("", ())
        row["district"] = district
        row["address"] = ""
        if streets and rng.random() < 0.8:
            row["address"] = f"{names.CITY}{district}{rng.choice(streets)}{rng.randint(1, 999)}号"
            if rng.random() < 0.6:
                row["address"] += (
                    f" {rng.choice(names.ESTATES)}{rng.randint(1, 30)}幢{rng.randint(1, 4)}单元"
                    f"{rng.randint(1, 28)}0{rng.randint(1, 4)}室"
                )
        row["phone"] = f"0571{rng.randint(81000000, 89999999)}" if rng.random() < 0.03 else ""
        row["income_level"] = rng.choice(names.INCOME_LEVELS) if rng.random() < 0.5 else ""
        row["anniversary_year"] = row["anniversary_month"] = row["anniversary_day"] = None
        if rng.random() < 0.3:
            born = row["birth_year"] or rng.randint(1960, 1995)
            month = rng.randint(1, 12)
            row["anniversary_year"] = min(self.today.year - 1, born + rng.randint(22, 32))
            row["anniversary_month"] = month
            row["anniversary_day"] = rng.randint(1, 28 if month == 2 else 30)
            row["family"] = rng.choice(names.WEDDED_FAMILY_TEXTS)
        else:
            row["family"] = rng.choice(names.FAMILY_TEXTS) if rng.random() < 0.5 else ""
        row["hobbies"] = "、".join(rng.sample(names.HOBBIES, rng.randint(0, 3)))
        row["personality"] = rng.choice(names.PERSONALITIES) if rng.random() < 0.5 else ""
        row["preferences"] = rng.choice(names.PREFERENCES) if rng.random() < 0.6 else ""
        row["skin_hair_type"] = ""
        if rng.random() < 0.8:
            row["skin_hair_type"] = (
                f"肤质{rng.choice(names.SKIN_TYPES)}，发质{rng.choice(names.HAIR_TYPES)}"
            )

    def _tags(self, cid: int, occupation: str, out: Rows) -> None:
        tags = set(self.rng.sample(names.TAGS, names.TAG_COUNTS.pick(self.rng)))
        if occupation == "学生":
            tags.add("学生")
        elif occupation == "全职妈妈":
            tags.add("宝妈")
        out["tags"].extend((cid, self.tag_ids[t]) for t in sorted(tags))

    def _family(self, cid: int, gender: str, born: int | None, out: Rows) -> None:
        rng = self.rng
        if rng.random() >= 0.1:
            return
        female = gender == Gender.FEMALE.value
        relatives = names.FEMALE_RELATIVES if female else names.MALE_RELATIVES
        for relation, sex, low, high, lunar_birth in rng.sample(relatives, rng.randint(1, 2)):
            if born is not None and relation in ("女儿", "儿子"):
                low = min(high, max(low, born + 20))
            year = rng.randint(low, min(high, self.today.year - 1))
            month = rng.randint(1, 12)
            calendar = Calendar.LUNAR if lunar_birth else Calendar.SOLAR
            out["family"].append(
                (
                    cid,
                    relation,
                    self._name(sex),
                    calendar.value,
                    year,
                    month,
                    rng.randint(1, 28),
                    False,
                )
            )

    def _visit_days(self, index: int, grade: Grade) -> list[int]:
        """Ordinal days of her visits: she joins on a day of the last two years (in member
        number order) and comes back at her own rhythm, unless she stopped coming."""
        rng = self.rng
        today = self.today.toordinal()
        joined_ago = self._joined_ago(index + rng.random())
        if index in self.heavy:
            span = range(joined_ago + 1)
            picks = (
                rng.sample(span, HEAVY_VISITS)
                if len(span) >= HEAVY_VISITS
                else rng.choices(span, k=HEAVY_VISITS)
            )
            return sorted(today - joined_ago + d for d in picks)
        low, high = GAPS[grade]
        gap = low * (high / low) ** rng.random()
        stopped_ago = rng.randint(60, joined_ago) if joined_ago > 90 and rng.random() < 0.35 else 0
        day, last, days = today - joined_ago, today - stopped_ago, []
        while day <= last:
            days.append(day)
            day += max(1, round(rng.gauss(gap, gap / 4)))
        return days

    def _visits(
        self,
        cid: int,
        days: list[int],
        interest: names.Weighted[tuple[str, str, int]],
        staff: str,
        out: Rows,
    ) -> tuple[datetime, int]:
        """Writes her visits; returns when the card was made (her first visit) and her total."""
        rng = self.rng
        total, created = 0, datetime.min
        for position, day in enumerate(days):
            visit_id = self.next_visit_id
            self.next_visit_id += 1
            main = interest.pick(rng) if rng.random() < 0.8 else names.ANY_SERVICE.pick(rng)
            items = [(*main, 1)]
            if rng.random() < 0.25:
                extra = names.ANY_SERVICE.pick(rng)
                if extra[0] != main[0]:
                    items.append((*extra, 1))
            if rng.random() < 0.15:
                items.append((*names.PRODUCT_DRAW.pick(rng), 2 if rng.random() < 0.15 else 1))
            amount = sum(price * quantity for _, _, price, quantity in items)
            total += amount
            at = datetime.fromordinal(day) + timedelta(minutes=rng.randrange(600, 1230))
            if position == 0:
                created = at
            out["visits"].append(
                (
                    visit_id,
                    cid,
                    date.fromordinal(day),
                    amount,
                    staff if rng.random() < 0.75 else rng.choice(names.STAFF),
                    rng.choice(names.VISIT_NOTES) if rng.random() < 0.05 else "",
                    OPERATOR,
                    at,
                )
            )
            out["items"].extend((visit_id, n, spec, q, price) for n, spec, price, q in items)
        return created, total

    def _follow_ups(self, cid: int, days: list[int], out: Rows) -> None:
        """A few calls after visits; the latest often sets a next date, some already overdue."""
        rng = self.rng
        today = self.today.toordinal()
        chosen = sorted(rng.sample(days, min(len(days), rng.randint(1, 3))))
        for number, visit_day in enumerate(chosen, start=1):
            done = min(today, visit_day + rng.randint(1, 7))
            due: int | None = None
            if number == len(chosen) and rng.random() < 0.7:
                due = today + rng.randint(-30, 28)
                if due <= done:
                    due = done + rng.randint(7, 30)
            elif number < len(chosen) and rng.random() < 0.5:
                due = done + rng.randint(14, 45)
            out["follow_ups"].append(
                (
                    cid,
                    date.fromordinal(done),
                    names.CHANNELS.pick(rng),
                    rng.choice(names.FOLLOW_UP_TEXTS),
                    names.SATISFACTION.pick(rng) if rng.random() < 0.8 else None,
                    date.fromordinal(due) if due is not None else None,
                    OPERATOR,
                    datetime.fromordinal(done) + timedelta(minutes=rng.randrange(600, 1230)),
                )
            )
