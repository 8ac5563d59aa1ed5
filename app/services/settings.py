"""The shop's business settings, kept in the database with defaults declared once."""

from __future__ import annotations

import base64
import json
from typing import Any

from app.models import Setting, database

# Every business setting and its default.
DEFAULTS: dict[str, Any] = {
    "shop_name": "",
    "language": "",  # "" = the system's language
    "operator": "",  # who works the counter, recorded with every change
    "mask_mobile": False,  # print 138****5678
    "backup_keep": 14,
    "welcome_done": False,
    "shop_logo": "",  # a small PNG, base64, printed on the cards
    # The points expiry's last run: the day it covered, the last entry it saw.
    "points_expired_through": "",
    "points_expiry_seen_id": 0,
    # Complaints: days to the promised answer by severity, and to the follow-up call.
    "complaint_days_normal": 3,
    "complaint_days_serious": 2,
    "complaint_days_urgent": 0,
    "complaint_follow_up_days": 3,
    "standard_answers_seeded": False,
    # Insight: she is late when the days since her last visit exceed her usual gap
    # (the median days between her visits) times the factor, and never fewer than the
    # minimum; with fewer visits than that, the shop's default gap is used.
    "dormant_factor_pct": 200,
    "dormant_min_days": 30,
    "dormant_default_days": 90,
    "dormant_min_visits": 3,
    "dormant_wake_days": 30,  # late for at most this long: still worth a call to wake her
    "rfm_months": 12,  # the grading's period
    "insight_computed_on": "",  # the day the last full grading covered
    "evaluation_scheme": {},  # the evaluation form's indicators and weights ({}: default)
    "item_categories": {},  # visit item name → product/service category
}


def get(key: str) -> Any:
    if key not in DEFAULTS:
        raise KeyError(key)
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return DEFAULTS[key]
    try:
        return json.loads(row.value)
    except ValueError:
        return DEFAULTS[key]


def set_value(key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    with database.atomic():
        text = json.dumps(value, ensure_ascii=False)
        Setting.insert(key=key, value=text).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: text}
        ).execute()


def all_settings() -> dict[str, Any]:
    return {key: get(key) for key in DEFAULTS}


def logo() -> bytes | None:
    """The shop's logo as PNG bytes, if one was chosen."""
    text = str(get("shop_logo") or "")
    if not text:
        return None
    try:
        return base64.b64decode(text, validate=True)
    except ValueError:
        return None


def set_logo(data: bytes | None) -> None:
    set_value("shop_logo", base64.b64encode(data).decode("ascii") if data else "")
