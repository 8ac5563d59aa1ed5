"""`birthdays` and `holidays` on the command line: the §9 JSON shapes scripts rely on."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

import main
from app.models import Calendar
from app.models.connection import close, connect, upgrade
from app.services import customers, lunar
from app.services.dto import Birthday, CustomerData
from app.ui.application import install_language

NOW = datetime(2026, 11, 22, 10, 0)


@pytest.fixture(autouse=True)
def closed(qapp):
    yield
    close()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main.main(["--lang", "en", *argv])
    out = capsys.readouterr()
    close()
    return code, out.out, out.err


@pytest.fixture
def shop(db_path: Path) -> Path:
    upgrade(connect(str(db_path)))
    born = lunar.from_solar(datetime(2026, 11, 25).date())
    for name, no, birthday, anniversary in [
        ("张丽", "A2", Birthday(Calendar.SOLAR, 11, 24, 1996), None),
        ("李芳", "A1", Birthday(Calendar.LUNAR, born[1], born[2]), None),
        ("王强", "A3", None, Birthday(Calendar.SOLAR, 11, 24, 2016)),
        ("腊月", "A4", Birthday(Calendar.LUNAR, 12, 1, 1980), None),
    ]:
        data = CustomerData(name=name, member_no=no, birthday=birthday, anniversary=anniversary)
        customers.create_customer(data, "test", NOW)
    close()
    return db_path


def test_birthdays_json_shape_and_order(capsys, shop: Path) -> None:
    """A script reading the §9 JSON would break on any other shape or order."""
    code, out, _ = run(capsys, "--db", str(shop), "birthdays", "--from", "2026-11-22", "--json")
    assert code == 0
    assert json.loads(out) == [
        {"date": "2026-11-24", "member_no": "A2", "name": "张丽", "kind": "birthday",
         "calendar": "solar", "age": 30},
        {"date": "2026-11-24", "member_no": "A3", "name": "王强", "kind": "anniversary",
         "calendar": "solar", "age": 10},
        {"date": "2026-11-25", "member_no": "A1", "name": "李芳", "kind": "birthday",
         "calendar": "lunar", "age": None},
    ]  # fmt: skip


def test_birthdays_lists_a_lunar_birthday_twice_in_one_year(capsys, shop: Path) -> None:
    """A year's window must list every occasion: 腊月初一 falls twice in 2024."""
    code, out, _ = run(
        capsys, "--db", str(shop), "birthdays", "--from", "2024-01-01", "--days", "366", "--json"
    )
    days = [o["date"] for o in json.loads(out) if o["member_no"] == "A4"]
    assert code == 0 and days == ["2024-01-11", "2024-12-31"]
    assert [o["age"] for o in json.loads(out) if o["member_no"] == "A4"] == [43, 44]


def test_birthdays_text_output(capsys, shop: Path) -> None:
    """Without --json the owner reads one line per occasion."""
    code, out, _ = run(
        capsys, "--db", str(shop), "birthdays", "--from", "2026-11-24", "--days", "1"
    )
    assert code == 0 and len(out.strip().splitlines()) == 2 and "张丽" in out


@pytest.mark.parametrize(
    "args",
    [
        ["--from", "2026-02-30"],
        ["--from", "tomorrow"],
        ["--days", "0"],
        ["--days", "5000"],
        ["--days", "abc"],
    ],
)
def test_birthdays_bad_arguments_one_line(capsys, shop: Path, args: list[str]) -> None:
    """A typo gets one clear line and a non-zero exit, never a traceback."""
    code, out, err = run(capsys, "--db", str(shop), "birthdays", *args)
    assert code != 0 and out == "" and len(err.strip().splitlines()) == 1


def test_holidays_json(capsys, shop: Path) -> None:
    """Scripts planning staff rotas read days off and 调休 workdays from the JSON."""
    code, out, _ = run(capsys, "--db", str(shop), "holidays", "--year", "2026", "--json")
    rows = json.loads(out)
    assert code == 0 and all(set(r) == {"date", "name", "kind"} for r in rows)
    assert {"date": "2026-10-10", "name": "National Day", "kind": "workday"} in rows
    assert {"date": "2026-02-17", "name": "Spring Festival", "kind": "festival"} in rows
    assert {"date": "2026-05-10", "name": "Mother's Day", "kind": "marketing"} in rows
    assert len([r for r in rows if r["kind"] == "holiday"]) == 33
    pairs = [(r["date"], r["kind"]) for r in rows]
    assert len(pairs) == len(set(pairs)) and pairs == sorted(pairs, key=lambda p: p[0])
    code, out, _ = run(capsys, "--db", str(shop), "holidays", "--year", "2023", "--json")
    father = [r for r in json.loads(out) if r["date"] == "2023-06-18"]
    assert father == [{"date": "2023-06-18", "name": "618 Shopping Festival / Father's Day",
                       "kind": "marketing"}]  # fmt: skip


def test_holidays_estimated_year_and_shop_dates_in_chinese(capsys, shop: Path) -> None:
    """An unpublished year says its days off are estimated (预计)."""
    try:
        code = main.main(
            ["--lang", "zh_CN", "--db", str(shop), "holidays", "--year", "2027", "--json"]
        )
    finally:
        install_language("en")  # the next tests read English
    rows = json.loads(capsys.readouterr().out)
    close()
    assert code == 0
    assert any(r["kind"] == "holiday" and "预计" in r["name"] for r in rows)
    code, _, err = run(capsys, "--db", str(shop), "holidays", "--year", "3000")
    assert code != 0 and len(err.strip().splitlines()) == 1


def test_holidays_year_typo_one_line(capsys, shop: Path) -> None:
    """A mistyped year gets one clear line, not a usage dump."""
    code, out, err = run(capsys, "--db", str(shop), "holidays", "--year", "20x6")
    assert code != 0 and out == "" and len(err.strip().splitlines()) == 1 and "--year" in err
