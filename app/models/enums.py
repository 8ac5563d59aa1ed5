"""Closed choices stored by value (never loose strings)."""

from __future__ import annotations

from enum import StrEnum


class Gender(StrEnum):
    UNKNOWN = "U"
    FEMALE = "F"
    MALE = "M"


class Calendar(StrEnum):
    SOLAR = "solar"
    LUNAR = "lunar"


class Grade(StrEnum):
    VIP = "vip"
    IMPORTANT = "important"
    REGULAR = "regular"


class FollowUpChannel(StrEnum):
    PHONE = "phone"
    WECHAT = "wechat"
    IN_STORE = "in_store"
    HOME = "home"


class ChangeAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    ARCHIVE = "archive"
    RESTORE = "restore"
    ERASE = "erase"
    VISIT = "visit"
    FOLLOW_UP = "follow_up"


class OccasionKind(StrEnum):
    """What a customer celebrates: her birthday, her wedding day, a relative's birthday."""

    BIRTHDAY = "birthday"
    ANNIVERSARY = "anniversary"
    FAMILY_BIRTHDAY = "family_birthday"


class DayKind(StrEnum):
    """What a day of the year is: §9 `holidays --json` kinds."""

    HOLIDAY = "holiday"  # an official day off
    WORKDAY = "workday"  # an official adjusted working day (调休上班)
    FESTIVAL = "festival"  # a traditional festival
    MARKETING = "marketing"  # a day shops run promotions on
    SHOP = "shop"  # the shop's own date


class PointsKind(StrEnum):
    """What a points-ledger entry is."""

    PURCHASE = "purchase"  # earned on a visit
    REDEMPTION = "redemption"  # spent on a reward
    REFERRAL = "referral"  # a referred customer's first purchase
    ADJUSTMENT = "adjustment"  # by hand, with a reason
    OPENING = "opening"  # brought over from paper or another program
    EXPIRY = "expiry"  # a lot's rest, expired
    REVERSAL = "reversal"  # undoes one entry, named in `reverses`
    COMPLAINT = "complaint"  # given as an apology (the complaint inbox)


class RewardKind(StrEnum):
    GIFT = "gift"
    DISCOUNT = "discount"


class ExpiryPolicy(StrEnum):
    NEVER = "never"
    MONTHS = "months"  # N months after earning
    END_OF_NEXT_YEAR = "end_of_next_year"  # 31 December of the year after earning


class StoredValueKind(StrEnum):
    """What a stored-value (储值) entry is."""

    TOP_UP = "top_up"  # money paid in, with its bonus
    PAYMENT = "payment"  # a visit paid from the balance
    PACKAGE = "package"  # a package card paid from the balance
    REFUND = "refund"  # the remaining principal paid back; the bonus lapses
    OPENING = "opening"  # brought over from paper or another program
    REVERSAL = "reversal"  # undoes one entry, named in `reverses`


class SessionKind(StrEnum):
    """What a package-card session entry is."""

    USE = "use"  # one session used on a visit (划扣)
    RETURN = "return"  # a use reversed
    OPENING = "opening"  # sessions already used before the card came into the program


class PaidWith(StrEnum):
    CASH = "cash"
    STORED_VALUE = "stored_value"


class ComplaintChannel(StrEnum):
    """How a complaint reached the shop (到店/电话/微信/点评网站/其他)."""

    IN_STORE = "in_store"
    PHONE = "phone"
    WECHAT = "wechat"
    REVIEW_SITE = "review_site"
    OTHER = "other"


class ComplaintCategory(StrEnum):
    """What a complaint is about (产品质量/服务态度/价格/效果/环境/其他)."""

    PRODUCT = "product"
    SERVICE = "service"
    PRICE = "price"
    RESULT = "result"
    ENVIRONMENT = "environment"
    OTHER = "other"


class Severity(StrEnum):
    """一般/严重/紧急: sets the default promised-by time."""

    NORMAL = "normal"
    SERIOUS = "serious"
    URGENT = "urgent"


class ComplaintStatus(StrEnum):
    """新建 → 处理中 → 已解决 → 已回访, or 已关闭 without a follow-up."""

    NEW = "new"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    FOLLOWED_UP = "followed_up"
    CLOSED = "closed"


class Segment(StrEnum):
    """The RFM grade (客户分级): recency, frequency and money each above or below the
    shop's average over the period. No visit in the period: no purchase."""

    IMPORTANT_VALUE = "important_value"  # 重要价值: R↑ F↑ M↑
    IMPORTANT_GROW = "important_grow"  # 重要发展: R↑ F↓ M↑
    IMPORTANT_KEEP = "important_keep"  # 重要保持: R↓ F↑ M↑
    IMPORTANT_WIN_BACK = "important_win_back"  # 重要挽留: R↓ F↓ M↑
    GENERAL_VALUE = "general_value"  # 一般价值: R↑ F↑ M↓
    GENERAL_GROW = "general_grow"  # 一般发展: R↑ F↓ M↓
    GENERAL_KEEP = "general_keep"  # 一般保持: R↓ F↑ M↓
    GENERAL_WIN_BACK = "general_win_back"  # 一般挽留: R↓ F↓ M↓
    NO_PURCHASE = "no_purchase"  # 无消费 in the period


class Recommendation(StrEnum):
    """The evaluation form's advice: 改进 / 维持 / 终止关系."""

    IMPROVE = "improve"
    MAINTAIN = "maintain"
    END = "end"
