"""The customer columns of the spreadsheet contract (SPEC §9), shared by export and import.

Headers and choice values are kept here in both languages as data, not as
translations: an import must accept a Chinese or an English header whatever the
language of the window, and an export written in one language must import again.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.models.enums import Calendar, Gender, Grade


class Kind(StrEnum):
    TEXT = "text"  # written as text: member numbers and mobiles never become 1.38E+10
    DATE = "date"  # a date cell where the date is whole, else text (08-15, lunar dates)
    INT = "int"
    MONEY = "money"  # fen in the program, yuan with a ¥ format in the sheet
    CHOICE = "choice"  # one of a few values, written in the sheet's language
    BOOL = "bool"


@dataclass(frozen=True)
class Column:
    key: str  # the English header, lower case
    zh: str  # the Chinese header
    kind: Kind = Kind.TEXT
    importable: bool = True  # False: written by the export, skipped (not refused) on import
    exported: bool = True  # False: accepted on import only
    width: int = 12
    zh_note: str = ""
    en_note: str = ""

    def header(self, language: str) -> str:
        return self.zh if language.startswith("zh") else self.key

    def note(self, language: str) -> str:
        return self.zh_note if language.startswith("zh") else self.en_note


COLUMNS: tuple[Column, ...] = (
    Column(
        "member_no",
        "会员号",
        width=10,
        zh_note="文字；留空则自动生成",
        en_note="text; given automatically when empty",
    ),
    Column("name", "姓名", width=10, zh_note="必填", en_note="required"),
    Column("gender", "性别", Kind.CHOICE, width=6, zh_note="男/女", en_note="male/female (M/F)"),
    Column(
        "mobile",
        "手机",
        width=14,
        zh_note="11位手机号；可带空格、横线或+86",
        en_note="11-digit Chinese mobile; spaces, dashes, +86 allowed",
    ),
    Column(
        "phone",
        "其他电话",
        width=14,
        zh_note="座机或境外号码",
        en_note="landline or foreign number",
    ),
    Column("wechat", "微信", width=14, zh_note="微信号", en_note="WeChat ID"),
    Column(
        "birthday",
        "生日",
        Kind.DATE,
        width=12,
        zh_note="日期；年份不详写 08-15；农历写 农历1990-08-15、农历八月十五、农历闰四月初十",
        en_note="a date; 08-15 without the year; lunar: 农历1990-08-15 or use the calendar column",
    ),
    Column(
        "calendar",
        "历法",
        Kind.CHOICE,
        width=6,
        zh_note="公历/农历（可代替“农历”前缀）",
        en_note="solar/lunar (instead of the 农历 prefix)",
    ),
    Column(
        "leap_month",
        "闰月",
        Kind.BOOL,
        width=6,
        zh_note="是/否（仅农历）",
        en_note="yes/no (lunar only)",
    ),
    Column(
        "anniversary", "结婚纪念日", Kind.DATE, width=12, zh_note="公历日期", en_note="a solar date"
    ),
    Column(
        "grade",
        "等级",
        Kind.CHOICE,
        width=8,
        zh_note="贵宾/重要客户/一般客户",
        en_note="VIP/important/regular",
    ),
    Column("tags", "标签", width=16, zh_note="用 , ， 、 ; 分隔", en_note="separated by , ; 、"),
    Column("occupation", "职业", width=10),
    Column("employer", "工作单位", width=16),
    Column("position", "职位", width=10),
    Column("address", "地址", width=24),
    Column("district", "区域", width=10),
    Column("income_level", "收入水平", width=8),
    Column("family", "家庭情况", width=16),
    Column("hobbies", "爱好", width=16),
    Column("personality", "性格", width=12),
    Column("preferences", "偏好", width=16),
    Column("skin_hair_type", "肤质/发质", width=12),
    Column(
        "allergies",
        "过敏",
        width=16,
        zh_note="过敏与禁忌",
        en_note="allergies and contraindications",
    ),
    Column("notes", "备注", width=20),
    Column("source", "来源", width=10),
    Column(
        "referrer",
        "推荐人",
        width=10,
        zh_note="推荐人的会员号或手机",
        en_note="the referrer's member number or mobile",
    ),
    Column("staff", "专属顾问", width=8),
    Column("first_visit", "首次到店", Kind.DATE, width=12),
    Column(
        "marketing_consent", "接收营销信息", Kind.BOOL, width=8, zh_note="是/否", en_note="yes/no"
    ),
    Column(
        "points",
        "积分",
        Kind.INT,
        exported=False,
        width=8,
        zh_note="期初积分：0 或正整数，记为一笔积分流水；已有积分记录的客户不会被改写"
        "（请在客户卡上调整积分）",
        en_note="opening balance: a whole number ≥ 0, posted as one ledger entry; a customer "
        "who already has points entries keeps them (adjust them on her card)",
    ),
    # Opening stored value (储值) and an opening package card (次卡) from paper or another
    # program: accepted on import, posted to their ledgers (see import_prepaid).
    Column(
        "stored_value",
        "储值本金",
        Kind.MONEY,
        exported=False,
        width=10,
        zh_note="期初储值本金（元），如 1000、1,280.50、¥800；记为一笔储值流水；已有储值记录的"
        "客户不会被改写（请在客户卡上充值或退款）",
        en_note="opening stored value, the principal in yuan, e.g. 1000, 1,280.50, ¥800; posted "
        "as one stored-value entry; a customer who already has stored-value entries keeps them "
        "(top up or refund on her card)",
    ),
    Column(
        "stored_bonus",
        "储值赠送",
        Kind.MONEY,
        exported=False,
        width=10,
        zh_note="期初储值中赠送的部分（元），可不填；与本金分开记，退款时不退",
        en_note="the bonus part of the opening stored value in yuan, optional; kept apart from "
        "the principal and not paid back by a refund",
    ),
    Column(
        "package",
        "次卡名称",
        exported=False,
        width=16,
        zh_note="期初次卡（疗程卡）的名称，如 面部护理10次卡；每行一张卡；客户已有同名次卡的"
        "不会重复建卡",
        en_note="an opening package card's name, e.g. 面部护理10次卡; one card a row; a customer "
        "who already has a card of that name keeps it",
    ),
    Column(
        "package_service",
        "次卡项目",
        exported=False,
        width=12,
        zh_note="每次划扣的服务项目，如 面部护理；不填则与次卡名称相同",
        en_note="the service a session pays for, e.g. 面部护理; the card's name when empty",
    ),
    Column(
        "package_sessions",
        "次卡总次数",
        Kind.INT,
        exported=False,
        width=8,
        zh_note="卡内总次数：1–1000",
        en_note="sessions on the card: 1–1,000",
    ),
    Column(
        "package_used",
        "次卡已用",
        Kind.INT,
        exported=False,
        width=8,
        zh_note="已经用掉的次数：0 到总次数；不填为 0",
        en_note="sessions already used: 0 to the sessions on the card; 0 when empty",
    ),
    Column(
        "package_expires",
        "次卡到期",
        Kind.DATE,
        exported=False,
        width=12,
        zh_note="次卡到期的日期，如 2027-06-30（已过期的卡也可导入）",
        en_note="the day the card expires, e.g. 2027-06-30 (an expired card imports too)",
    ),
    Column(
        "last_visit",
        "最近到店",
        Kind.DATE,
        importable=False,
        width=12,
        zh_note="仅导出",
        en_note="export only",
    ),
    Column(
        "visit_count",
        "到店次数",
        Kind.INT,
        importable=False,
        width=8,
        zh_note="仅导出",
        en_note="export only",
    ),
    Column(
        "total_spent",
        "累计消费",
        Kind.MONEY,
        importable=False,
        width=12,
        zh_note="仅导出",
        en_note="export only",
    ),
)

BY_KEY = {c.key: c for c in COLUMNS}
# Columns that open a ledger rather than fill a card field.
STORED_VALUE_KEYS = ("stored_value", "stored_bonus")
PACKAGE_KEYS = ("package", "package_service", "package_sessions", "package_used", "package_expires")
OPENING_KEYS = frozenset(("points", *STORED_VALUE_KEYS, *PACKAGE_KEYS))

# Choice values: (Chinese, English) as written, and every spelling accepted on import.
GENDERS: dict[Gender, tuple[str, str]] = {
    Gender.FEMALE: ("女", "female"),
    Gender.MALE: ("男", "male"),
    Gender.UNKNOWN: ("", ""),
}
GRADES: dict[Grade, tuple[str, str]] = {
    Grade.VIP: ("贵宾", "VIP"),
    Grade.IMPORTANT: ("重要客户", "important"),
    Grade.REGULAR: ("一般客户", "regular"),
}
CALENDARS: dict[Calendar, tuple[str, str]] = {
    Calendar.SOLAR: ("公历", "solar"),
    Calendar.LUNAR: ("农历", "lunar"),
}
BOOLS: dict[bool, tuple[str, str]] = {True: ("是", "yes"), False: ("否", "no")}

ACCEPTED_GENDERS = {
    "女": Gender.FEMALE,
    "f": Gender.FEMALE,
    "female": Gender.FEMALE,
    "女士": Gender.FEMALE,
    "未知": Gender.UNKNOWN,
    "保密": Gender.UNKNOWN,
    "不详": Gender.UNKNOWN,
    "unknown": Gender.UNKNOWN,
    "男": Gender.MALE,
    "m": Gender.MALE,
    "male": Gender.MALE,
    "先生": Gender.MALE,
}
ACCEPTED_GRADES = {
    "贵宾": Grade.VIP,
    "vip": Grade.VIP,
    "vip客户": Grade.VIP,
    "重要客户": Grade.IMPORTANT,
    "重要": Grade.IMPORTANT,
    "important": Grade.IMPORTANT,
    "一般客户": Grade.REGULAR,
    "一般": Grade.REGULAR,
    "普通": Grade.REGULAR,
    "regular": Grade.REGULAR,
    "ordinary": Grade.REGULAR,
}
ACCEPTED_CALENDARS = {
    "公历": Calendar.SOLAR,
    "阳历": Calendar.SOLAR,
    "新历": Calendar.SOLAR,
    "solar": Calendar.SOLAR,
    "gregorian": Calendar.SOLAR,
    "农历": Calendar.LUNAR,
    "阴历": Calendar.LUNAR,
    "旧历": Calendar.LUNAR,
    "lunar": Calendar.LUNAR,
}
ACCEPTED_BOOLS = {
    "是": True,
    "yes": True,
    "y": True,
    "true": True,
    "1": True,
    "√": True,
    "✓": True,
    "否": False,
    "no": False,
    "n": False,
    "false": False,
    "0": False,
    "×": False,
}


def label(values: dict, value: object, language: str) -> str:  # type: ignore[type-arg]
    """The word written in the sheet for a choice, in the sheet's language."""
    zh, en = values[value]
    return zh if language.startswith("zh") else en


def column_for_header(text: str) -> Column | None:
    """The column a header names, Chinese or English, any case, spaces ignored."""
    wanted = "".join(str(text).split()).lower()
    for column in COLUMNS:
        if wanted in (column.zh, column.key, column.key.replace("_", "")):
            return column
    return ALIASES.get(wanted)


# Other headers shops use for the same columns.
ALIASES: dict[str, Column] = {
    "手机号": BY_KEY["mobile"],
    "手机号码": BY_KEY["mobile"],
    "电话": BY_KEY["mobile"],
    "会员卡号": BY_KEY["member_no"],
    "卡号": BY_KEY["member_no"],
    "会员编号": BY_KEY["member_no"],
    "微信号": BY_KEY["wechat"],
    "客户等级": BY_KEY["grade"],
    "转介绍人": BY_KEY["referrer"],
    "过敏/禁忌": BY_KEY["allergies"],
    "肤质": BY_KEY["skin_hair_type"],
    "发质": BY_KEY["skin_hair_type"],
    "顾问": BY_KEY["staff"],
    "work_unit": BY_KEY["employer"],
    "期初积分": BY_KEY["points"],
    # What other programs' exports call the balance a shop brings over.
    "会员积分": BY_KEY["points"],
    "积分余额": BY_KEY["points"],
    "当前积分": BY_KEY["points"],
    "可用积分": BY_KEY["points"],
    "剩余积分": BY_KEY["points"],
    "opening_points": BY_KEY["points"],
    "points_balance": BY_KEY["points"],
    "生日历法": BY_KEY["calendar"],
    # Stored value and package cards as other programs' exports head them.
    "储值余额": BY_KEY["stored_value"],
    "储值金额": BY_KEY["stored_value"],
    "储值": BY_KEY["stored_value"],
    "卡内余额": BY_KEY["stored_value"],
    "本金余额": BY_KEY["stored_value"],
    "stored_principal": BY_KEY["stored_value"],
    "赠送余额": BY_KEY["stored_bonus"],
    "赠送金额": BY_KEY["stored_bonus"],
    "次卡": BY_KEY["package"],
    "疗程卡": BY_KEY["package"],
    "次卡名": BY_KEY["package"],
    "package_name": BY_KEY["package"],
    "服务项目": BY_KEY["package_service"],
    "总次数": BY_KEY["package_sessions"],
    "已用次数": BY_KEY["package_used"],
    "次卡到期日": BY_KEY["package_expires"],
    "次卡有效期": BY_KEY["package_expires"],
    "package_expires_on": BY_KEY["package_expires"],
}
