"""Greetings: the owner's templates, a day's list of whom to greet, and the marks
that keep anybody from being greeted twice for one occasion.

Templates are the shop's own words, kept per language (zh_CN, en); a template the
owner never edited is the program's default below. A template is promotional when
it offers something (a discount, a gift): customers without marketing consent are
listed apart and get no promotional text — only a plain greeting, if its template
is not promotional.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from app.models import (
    Calendar,
    Customer,
    DayKind,
    Gender,
    Greeting,
    GreetingTemplate,
    OccasionKind,
    database,
)
from app.services import birthdays, holidays, points
from app.services.birthdays import Occasion
from app.services.customer_columns import Kind
from app.services.excel import Sheet, SheetColumn, write_workbook
from app.services.messages import QT_TRANSLATE_NOOP, FieldError, Message, ValidationError

LANGUAGES = ("zh_CN", "en")
PLACEHOLDERS = ("name", "title", "age", "shop", "occasion", "points")
MAX_TEMPLATE = 500

EMPTY_TEMPLATE = QT_TRANSLATE_NOOP("Messages", "Write the greeting; it cannot be empty.")
TEMPLATE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Messages", "The greeting is too long (at most {max} characters)."
)
UNKNOWN_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "Messages", "{{{field}}} is not a placeholder. Use {allowed}."
)
BAD_BRACES = QT_TRANSLATE_NOOP(
    "Messages",
    "A brace is not closed. Placeholders are written like {{name}}; "
    "for a brace itself write it twice.",
)

KIND_KEYS = {
    OccasionKind.BIRTHDAY: "birthday",
    OccasionKind.ANNIVERSARY: "anniversary",
    OccasionKind.FAMILY_BIRTHDAY: "family_birthday",
}

# English wishes end with the shop's name as a signature, so a shop that has not
# given its name yet still sends a whole sentence (compose drops the empty "— ").
_BIRTHDAY = {
    "zh_CN": "{title}，{shop}祝您{occasion}快乐！愿您新的一岁健康美丽、万事顺心。",
    "en": "Dear {title}, happy birthday! Wishing you health, beauty and a wonderful "
    "year ahead. — {shop}",
}
_ANNIVERSARY = {
    "zh_CN": "{title}，今天是您的结婚纪念日，{shop}祝您和家人幸福美满、恩爱长久！",
    "en": "Dear {title}, happy wedding anniversary! Wishing you and your family lasting "
    "happiness. — {shop}",
}
_FAMILY = {
    "zh_CN": "{title}，今天是您{occasion}，{shop}祝寿星生日快乐，全家幸福安康！",
    "en": "Dear {title}, best wishes on {occasion}, and every joy to your whole family! — {shop}",
}
_FESTIVAL = {
    "zh_CN": "{title}，{shop}祝您{occasion}快乐，身体健康，万事如意！",
    "en": "Dear {title}, wishing you a happy {occasion}! — {shop}",
}
# Festivals whose wish is not "快乐".
_FESTIVAL_ZH = {
    "new_years_eve": "{title}，{shop}给您拜个早年！除夕团圆，祝您阖家幸福，新年万事如意！",
    "spring_festival": "{title}，{shop}给您拜年啦！祝您新春快乐，身体健康，越来越美！",
    "laba": "{title}，腊八到，{shop}祝您腊八节喝粥暖心，来年五谷丰登、幸福安康！",
    "tomb_sweeping_day": "{title}，清明时节，{shop}提醒您出行注意安全，保重身体。",
    "dragon_head": "{title}，二月二龙抬头，剃龙头、好运来！{shop}祝您一年顺顺利利。",
    "dragon_boat_festival": "{title}，{shop}祝您端午安康，阖家幸福！",
    "qixi": "{title}，七夕到了，{shop}祝您甜甜蜜蜜，美丽常在！",
    "mid_autumn_festival": "{title}，月圆人团圆，{shop}祝您中秋快乐，阖家幸福！",
    "double_ninth": "{title}，重阳节到，{shop}祝您和家中长辈身体健康，福寿安康！",
    "winter_solstice": "{title}，冬至到了，{shop}提醒您注意保暖，祝您冬至安康！",
    "womens_day": "{title}，{shop}祝您妇女节快乐，永远美丽自信！",
    "christmas_eve": "{title}，平安夜到了，{shop}祝您平平安安，幸福满满！",
}
_FESTIVAL_EN = {
    "tomb_sweeping_day": "Dear {title}, wishing you a safe and peaceful Qingming Festival. "
    "— {shop}",
    "dragon_boat_festival": "Dear {title}, wishing you good health this Dragon Boat "
    "Festival! — {shop}",
    "winter_solstice": "Dear {title}, the Winter Solstice is here: wishing you a warm and "
    "healthy winter. — {shop}",
    "christmas_eve": "Dear {title}, wishing you a peaceful Christmas Eve! — {shop}",
}
_EMPTY_SIGNATURE = re.compile(r"\s*(?:—|--|-)\s*$")


@dataclass(frozen=True)
class Template:
    key: str  # "birthday", "anniversary", "family_birthday", "festival:<code>"
    language: str
    text: str
    promotional: bool = False
    customised: bool = False  # the owner's words, not the default


class GreetingItem(NamedTuple):
    """Somebody to greet on a day, for one occasion. (A named tuple: a festival day
    lists every customer, and one is made 4× faster than a frozen dataclass.)"""

    day: date
    occasion: str  # what the sent mark is kept under: Occasion.key or "festival:<code>"
    template_key: str
    customer_id: int
    member_no: str
    name: str
    gender: Gender
    marketing_consent: bool
    mobile: str = ""
    wechat: str = ""
    kind: OccasionKind | None = None  # None for a festival greeting
    calendar: Calendar | None = None
    age: int | None = None
    relation: str = ""
    person: str = ""
    festival: str = ""  # the festival's code (holidays.NAMES)
    sent_at: datetime | None = None
    sent_message: str = ""  # the text marked sent, as it was then
    points: int = 0  # her points balance when the list was made

    @property
    def sent(self) -> bool:
        return self.sent_at is not None


# --- templates ---------------------------------------------------------------------


def template_keys() -> list[str]:
    """Every template the shop has: one per kind of occasion, one per festival."""
    return list(KIND_KEYS.values()) + [f"festival:{c}" for c in holidays.GREETING_FESTIVALS]


def default_text(key: str, language: str) -> str:
    lang = language if language in LANGUAGES else "en"
    if key == "birthday":
        return _BIRTHDAY[lang]
    if key == "anniversary":
        return _ANNIVERSARY[lang]
    if key == "family_birthday":
        return _FAMILY[lang]
    code = key.removeprefix("festival:")
    special = _FESTIVAL_ZH if lang == "zh_CN" else _FESTIVAL_EN
    return special.get(code, _FESTIVAL[lang])


def template(key: str, language: str) -> Template:
    row = GreetingTemplate.get_or_none(
        (GreetingTemplate.key == key) & (GreetingTemplate.language == language)
    )
    if row is None:
        return Template(key, language, default_text(key, language))
    return Template(key, language, row.text, bool(row.promotional), customised=True)


def templates(language: str) -> list[Template]:
    stored = {
        row.key: row
        for row in GreetingTemplate.select().where(GreetingTemplate.language == language)
    }
    found = []
    for key in template_keys():
        row = stored.get(key)
        found.append(
            Template(key, language, row.text, bool(row.promotional), True)
            if row
            else Template(key, language, default_text(key, language))
        )
    return found


def template_errors(text: str) -> list[FieldError]:
    """Why a template cannot be used: empty, too long, a brace left open, or a
    placeholder the program does not know."""
    if not text.strip():
        return [FieldError("text", Message(EMPTY_TEMPLATE))]
    if len(text) > MAX_TEMPLATE:
        return [FieldError("text", Message(TEMPLATE_TOO_LONG, {"max": MAX_TEMPLATE}))]
    try:
        fields = [f for _, f, spec, conv in string.Formatter().parse(text) if f is not None]
    except ValueError:
        return [FieldError("text", Message(BAD_BRACES))]
    allowed = " ".join("{" + p + "}" for p in PLACEHOLDERS)
    for f in fields:
        if f not in PLACEHOLDERS:
            return [
                FieldError("text", Message(UNKNOWN_PLACEHOLDER, {"field": f, "allowed": allowed}))
            ]
    return []


def save_template(key: str, language: str, text: str, promotional: bool) -> None:
    if key not in template_keys() or language not in LANGUAGES:
        raise KeyError(key)
    errors = template_errors(text)
    if errors:
        raise ValidationError(errors)
    GreetingTemplate.insert(
        key=key, language=language, text=text.strip(), promotional=promotional
    ).on_conflict(
        conflict_target=[GreetingTemplate.key, GreetingTemplate.language],
        update={GreetingTemplate.text: text.strip(), GreetingTemplate.promotional: promotional},
    ).execute()


def reset_template(key: str, language: str) -> None:
    """Back to the program's wording."""
    GreetingTemplate.delete().where(
        (GreetingTemplate.key == key) & (GreetingTemplate.language == language)
    ).execute()


# --- composing -------------------------------------------------------------------------


def title_of(name: str, gender: Gender, language: str) -> str:
    """王女士 / 王先生, Ms Wang / Mr Wang; the full name when the gender is unknown."""
    name = name.strip()
    if gender == Gender.UNKNOWN or not name:
        return name
    from app.services import pinyin

    surname, _ = pinyin.split_surname(name)
    if language == "zh_CN":
        if not surname:
            return name
        return surname + ("女士" if gender == Gender.FEMALE else "先生")
    if surname:
        family_name = pinyin.surname_readings(surname)[0].capitalize() or surname
    else:
        family_name = name.split()[-1]
    return ("Ms " if gender == Gender.FEMALE else "Mr ") + family_name


def withheld(item: GreetingItem, tpl: Template) -> bool:
    """A promotional text is never offered to a customer without marketing consent."""
    return tpl.promotional and not item.marketing_consent


def compose(item: GreetingItem, tpl: Template, shop: str, occasion_label: str) -> str:
    """The message for one customer ('' when it is withheld); for a greeting marked
    sent, the text that was sent."""
    if item.sent_message:
        return item.sent_message
    if withheld(item, tpl):
        return ""
    values = {
        "name": item.name,
        "title": title_of(item.name, item.gender, tpl.language),
        "age": "" if item.age is None else str(item.age),
        "shop": shop,
        "occasion": occasion_label,
        "points": f"{item.points:,}",  # 1,280: grouped alike in Chinese and English
    }
    text = string.Formatter().vformat(tpl.text, (), values)
    return _EMPTY_SIGNATURE.sub("", text) if not shop else text


# --- a day's list --------------------------------------------------------------------


def _item_of(occasion: Occasion, points: int = 0) -> GreetingItem:
    return GreetingItem(
        day=occasion.day,
        occasion=occasion.key,
        template_key=KIND_KEYS[occasion.kind],
        customer_id=occasion.customer_id,
        member_no=occasion.member_no,
        name=occasion.name,
        gender=occasion.gender,
        marketing_consent=occasion.marketing_consent,
        mobile=occasion.mobile,
        wechat=occasion.wechat,
        kind=occasion.kind,
        calendar=occasion.calendar,
        age=occasion.age,
        relation=occasion.relation,
        person=occasion.person,
        points=points,
    )


def festivals_on(day: date) -> list[str]:
    """The codes of the festivals and marketing days that fall on a day."""
    return [
        m.code
        for m in holidays.year_marks(day.year, dates=[])
        if m.day == day and m.kind in (DayKind.FESTIVAL, DayKind.MARKETING)
    ]


_GENDERS = {g.value: g for g in Gender}


def _festival_items(day: date, code: str) -> list[GreetingItem]:
    """Every customer on the books, for a festival: read raw (peewee's per-row
    conversion would be most of the time at 100,000 customers)."""
    query: Any = (
        Customer.select(
            Customer.id,
            Customer.member_no,
            Customer.name,
            Customer.gender,
            Customer.marketing_consent,
            Customer.mobile,
            Customer.wechat,
            Customer.points_balance,
        )
        .where((Customer.archived == False) & (Customer.erased == False))  # noqa: E712
        .order_by(Customer.member_no)
    )
    key = f"festival:{code}"
    genders = _GENDERS
    return [
        GreetingItem(
            day,
            key,
            key,
            cid,
            member_no,
            name,
            genders[gender],
            bool(consent),
            mobile or "",
            wechat or "",
            None,
            None,
            None,
            "",
            "",
            code,
            None,
            "",
            points,
        )  # fmt: skip
        for cid, member_no, name, gender, consent, mobile, wechat, points in database.execute(query)
    ]


def greeting_list(start: date, days: int = 1, *, festival: str | None = None) -> list[GreetingItem]:
    """Whom to greet in [start, start + days): every birthday and anniversary (with
    whether it was already marked sent); with `festival`, every customer for that
    festival on `start` as well."""
    occasions = birthdays.occasions_between(start, start + timedelta(days))
    balances = points.balances(o.customer_id for o in occasions)
    items = [_item_of(o, balances.get(o.customer_id, 0)) for o in occasions]
    if festival:
        items += _festival_items(start, festival)
    sent = _sent_rows(start, start + timedelta(days=max(days, 1)))
    if not sent:
        return items
    found = []
    for item in items:
        mark = sent.get((item.customer_id, item.occasion, item.day))
        found.append(item._replace(sent_at=mark[0], sent_message=mark[1]) if mark else item)
    return found


def _sent_rows(start: date, end: date) -> dict[tuple[int, str, date], tuple[datetime, str]]:
    query: Any = (
        Greeting.select(
            Greeting.customer,
            Greeting.occasion,
            Greeting.celebrated_on,
            Greeting.sent_at,
            Greeting.message,
        )
        .where((Greeting.celebrated_on >= start) & (Greeting.celebrated_on < end))
        .tuples()
    )
    return {(cid, occ, day): (at, text) for cid, occ, day, at, text in query}


def sent_marks(start: date, end: date) -> dict[tuple[int, str, date], datetime]:
    query: Any = (
        Greeting.select(
            Greeting.customer, Greeting.occasion, Greeting.celebrated_on, Greeting.sent_at
        )
        .where((Greeting.celebrated_on >= start) & (Greeting.celebrated_on < end))
        .tuples()
    )
    return {(cid, occ, day): at for cid, occ, day, at in query}


def mark_sent(
    items: Sequence[GreetingItem], now: datetime, operator: str, messages: Sequence[str] = ()
) -> None:
    """Mark greetings sent; an item already marked keeps its first mark."""
    texts = list(messages) + [""] * (len(items) - len(messages))
    rows = [
        {
            "customer": i.customer_id,
            "occasion": i.occasion,
            "celebrated_on": i.day,
            "sent_at": now,
            "operator": operator,
            "message": text,
        }
        for i, text in zip(items, texts, strict=True)
    ]
    with database.atomic():
        for start in range(0, len(rows), 200):
            Greeting.insert_many(rows[start : start + 200]).on_conflict_ignore().execute()


def mark_unsent(items: Sequence[GreetingItem]) -> None:
    """Take the sent marks off, in one transaction (a festival list can be long)."""
    by_key: dict[tuple[str, date], list[int]] = {}
    for item in items:
        by_key.setdefault((item.occasion, item.day), []).append(item.customer_id)
    with database.atomic():
        for (occasion, day), ids in by_key.items():
            for start in range(0, len(ids), 500):
                Greeting.delete().where(
                    (Greeting.occasion == occasion)
                    & (Greeting.celebrated_on == day)
                    & Greeting.customer.in_(ids[start : start + 500])
                ).execute()


# --- Excel ------------------------------------------------------------------------------

_HEADERS = {
    "zh_CN": (
        "日期",
        "会员号",
        "姓名",
        "场合",
        "年龄",
        "手机",
        "微信",
        "营销同意",
        "祝福语",
        "已发送",
    ),
    "en": (
        "Date",
        "Member no",
        "Name",
        "Occasion",
        "Age",
        "Mobile",
        "WeChat",
        "Marketing consent",
        "Message",
        "Sent",
    ),
}
_KINDS = (
    Kind.DATE,
    Kind.TEXT,
    Kind.TEXT,
    Kind.TEXT,
    Kind.INT,
    Kind.TEXT,
    Kind.TEXT,
    Kind.TEXT,
    Kind.TEXT,
    Kind.DATE,
)
_YES_NO = {True: {True: "是", False: "否"}, False: {True: "yes", False: "no"}}
_WIDTHS = (12, 12, 12, 16, 6, 14, 16, 10, 60, 17)


def export_greetings(
    rows: Iterable[tuple[GreetingItem, str, str]], path: Path, language: str, title: str
) -> Path:
    """Write (item, occasion label, message) rows to an .xlsx file."""
    headers = _HEADERS.get(language, _HEADERS["en"])
    columns = [SheetColumn(h, k, w) for h, k, w in zip(headers, _KINDS, _WIDTHS, strict=True)]
    values = (
        (
            i.day,
            i.member_no,
            i.name,
            label,
            i.age,
            i.mobile,
            i.wechat,
            _YES_NO[language == "zh_CN"][i.marketing_consent],
            message,
            i.sent_at,
        )
        for i, label, message in rows
    )
    return write_workbook(path, [Sheet(title, columns, values)])
