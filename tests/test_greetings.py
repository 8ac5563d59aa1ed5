"""Greeting templates, the day's list, sent marks and the Excel export."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest

from app.models import Calendar, Gender, OccasionKind
from app.services import customers, greetings, points
from app.services.dto import Birthday, CustomerData
from app.services.messages import ValidationError

NOW = datetime(2026, 11, 22, 10, 0)
DAY = date(2026, 11, 24)


def add(name: str, gender: Gender = Gender.FEMALE, consent: bool = True, **extra) -> int:
    data = CustomerData(
        name=name,
        gender=gender,
        birthday=Birthday(Calendar.SOLAR, 11, 24, 1990),
        marketing_consent=consent,
        **extra,
    )
    return customers.create_customer(data, "test", NOW)


@pytest.mark.parametrize(
    ("name", "gender", "language", "title"),
    [
        ("王丽", Gender.FEMALE, "zh_CN", "王女士"),
        ("欧阳明", Gender.MALE, "zh_CN", "欧阳先生"),
        ("曾小贤", Gender.MALE, "en", "Mr Zeng"),
        ("单丽娟", Gender.FEMALE, "en", "Ms Shan"),
        ("Anna Smith", Gender.FEMALE, "en", "Ms Smith"),
        ("李芳", Gender.UNKNOWN, "zh_CN", "李芳"),
    ],
)
def test_title_from_gender_and_surname(
    name: str, gender: Gender, language: str, title: str
) -> None:
    """A greeting that calls 曾先生 "Mr Ceng", or a man 女士, is worse than none."""
    assert greetings.title_of(name, gender, language) == title


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("{title}生日快乐", True),
        ("{title}{age}岁生日快乐，{shop}{occasion}{name}", True),
        ("", False),
        ("您有{points}积分", True),
        ("{pionts}积分", False),
        ("生日快乐 {title", False),
        ("x" * 501, False),
        ("{{不是占位符}}", True),
    ],
)
def test_template_errors(text: str, ok: bool) -> None:
    """A broken template would send customers text like "{titel}"."""
    assert (greetings.template_errors(text) == []) == ok


def test_save_and_reset_template(db) -> None:
    """The owner's own wording would be lost, or a bad one saved."""
    assert not greetings.template("birthday", "zh_CN").customised
    greetings.save_template("birthday", "zh_CN", "{title}，生日快乐！——{shop}", False)
    saved = greetings.template("birthday", "zh_CN")
    assert saved.customised and saved.text == "{title}，生日快乐！——{shop}"
    assert not greetings.template("birthday", "en").customised  # per language
    with pytest.raises(ValidationError):
        greetings.save_template("birthday", "zh_CN", "{titel}", False)
    assert greetings.template("birthday", "zh_CN").text == saved.text
    greetings.reset_template("birthday", "zh_CN")
    assert not greetings.template("birthday", "zh_CN").customised
    keys = greetings.template_keys()
    assert {"birthday", "anniversary", "family_birthday", "festival:mid_autumn_festival"} <= set(
        keys
    )
    for key in keys:
        for language in greetings.LANGUAGES:
            assert greetings.template_errors(greetings.default_text(key, language)) == []


def test_day_list_compose_and_sent_marks(db) -> None:
    """Somebody would be greeted twice, or forgotten because she looked greeted."""
    wang = add("王丽")
    zhao = add("赵强", Gender.MALE)
    items = greetings.greeting_list(DAY)
    assert [(i.customer_id, i.occasion, i.sent) for i in items] == [
        (wang, "birthday:solar", False),
        (zhao, "birthday:solar", False),
    ]
    template = greetings.template("birthday", "zh_CN")
    message = greetings.compose(items[0], template, "美丽坊", "生日")
    assert message.startswith("王女士，美丽坊祝您生日快乐")
    greetings.mark_sent(items[:1], NOW, "小林", [message])
    greetings.mark_sent(items[:1], NOW, "小林", [message])  # a second click changes nothing
    again = greetings.greeting_list(DAY)
    assert [i.sent for i in again] == [True, False]
    assert len(greetings.sent_marks(DAY, date(2026, 11, 25))) == 1
    assert again[0].sent_message == message  # what was sent, even if the template changes
    greetings.save_template("birthday", "zh_CN", "{title}生日快乐", False)
    assert greetings.compose(again[0], greetings.template("birthday", "zh_CN"), "店", "") == message
    greetings.mark_sent(again, NOW, "小林")
    greetings.mark_unsent(greetings.greeting_list(DAY))  # several at once
    assert not any(i.sent for i in greetings.greeting_list(DAY))


def test_promotional_template_is_withheld_without_consent(db) -> None:
    """A customer who said no to marketing would get an offer anyway."""
    add("王丽", consent=True)
    add("钱芳", consent=False)
    greetings.save_template("birthday", "zh_CN", "{title}生日快乐！本月到店八折。", True)
    template = greetings.template("birthday", "zh_CN")
    yes, no = greetings.greeting_list(DAY)
    assert greetings.compose(yes, template, "店", "生日") == "王女士生日快乐！本月到店八折。"
    assert greetings.withheld(no, template) and greetings.compose(no, template, "店", "生日") == ""
    greetings.save_template("birthday", "zh_CN", "{title}生日快乐！", False)
    plain = greetings.template("birthday", "zh_CN")
    assert greetings.compose(no, plain, "店", "生日") == "钱女士生日快乐！"


def test_festival_greetings_for_every_active_customer(db) -> None:
    """On 中秋 the owner could not greet her customers from the list."""
    add("王丽")
    add("赵强", Gender.MALE)
    day = date(2026, 9, 25)
    assert "mid_autumn_festival" in greetings.festivals_on(day)
    items = greetings.greeting_list(day, festival="mid_autumn_festival")
    assert [i.occasion for i in items] == ["festival:mid_autumn_festival"] * 2
    assert all(i.kind is None and i.template_key == "festival:mid_autumn_festival" for i in items)
    text = greetings.compose(
        items[0], greetings.template("festival:mid_autumn_festival", "zh_CN"), "美丽坊", "中秋节"
    )
    assert "中秋快乐" in text and text.startswith("王女士")


def test_export_greetings(db, tmp_path) -> None:
    """The list could not be taken to Excel to send from a phone."""
    add("王丽", mobile="13812345678")
    items = greetings.greeting_list(DAY)
    path = greetings.export_greetings(
        [(items[0], "生日", "王女士，生日快乐")], tmp_path / "g.xlsx", "zh_CN", "问候"
    )
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("日期", "会员号", "姓名", "场合")
    assert rows[1][2:4] == ("王丽", "生日") and rows[1][5] == "13812345678"
    assert rows[1][8] == "王女士，生日快乐" and rows[1][7] == "是"
    assert items[0].kind == OccasionKind.BIRTHDAY


def test_no_shop_name_yet_leaves_no_dangling_signature(db) -> None:
    """A shop that has not given its name would send "… year ahead. — " or "at !"."""
    add("王丽")
    item = greetings.greeting_list(DAY)[0]
    text = greetings.compose(item, greetings.template("birthday", "en"), "", "birthday")
    assert text.endswith("year ahead.") and "—" not in text
    zh = greetings.compose(item, greetings.template("birthday", "zh_CN"), "", "生日")
    assert zh.startswith("王女士，祝您生日快乐")


def test_points_placeholder_carries_each_balance(db) -> None:
    """A greeting inviting her to redeem would name somebody else's points, or none."""
    from app.services import points

    wang = add("王丽")
    zhao = add("赵强", Gender.MALE)
    points.post_opening(wang, 1280, "店长", NOW)
    assert greetings.GreetingItem._fields[-1] == "points"  # added last: positional rows hold
    text = "{title}生日快乐！您有{points}积分可兑换礼品。"
    greetings.save_template("birthday", "zh_CN", text, True)
    template = greetings.template("birthday", "zh_CN")
    by_id = {i.customer_id: i for i in greetings.greeting_list(DAY)}
    assert (by_id[wang].points, by_id[zhao].points) == (1280, 0)
    assert greetings.compose(by_id[wang], template, "店", "生日") == (
        "王女士生日快乐！您有1,280积分可兑换礼品。"
    )
    assert greetings.compose(by_id[zhao], template, "店", "生日").endswith("您有0积分可兑换礼品。")
    festival = greetings.greeting_list(date(2026, 9, 25), festival="mid_autumn_festival")
    assert {i.customer_id: i.points for i in festival} == {wang: 1280, zhao: 0}
    assert points.balances([wang, zhao, 999]) == {wang: 1280}


def test_points_balances_of_a_long_list(db, monkeypatch: pytest.MonkeyPatch) -> None:
    """A month of birthdays at a large shop (more customers than one query may name)
    still gets every balance."""
    from app.models import Customer

    monkeypatch.setattr(points, "BALANCE_CHUNK", 2)
    ids = [add(f"客户{n}") for n in range(5)]
    Customer.update(points_balance=7).where(Customer.id.in_(ids[::2])).execute()
    assert points.balances([*ids, *ids]) == {ids[0]: 7, ids[2]: 7, ids[4]: 7}
