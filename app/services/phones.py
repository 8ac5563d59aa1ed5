"""Chinese phone numbers: normalise what people type or paste, tell mobiles from landlines."""

from __future__ import annotations

import re
import unicodedata

MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")
# 0 + area code (2-3 digits) + 7-8 digits, optional extension; 400/800 service numbers.
LANDLINE_RE = re.compile(r"^0\d{2,3}\d{7,8}(?:#\d{1,6})?$")
SERVICE_RE = re.compile(r"^[48]00\d{7}$")
_SEPARATORS = re.compile(r"[\s\-()（）.·]")


def _digits_only(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip()
    # A spreadsheet may hand over a mobile as a float: 13812345678.0
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".")[0]
    return _SEPARATORS.sub("", text)


def normalise_mobile(text: str | int | float | None) -> str:
    """Return the 11-digit mobile in `text`, or the cleaned text if it is not one.

    Removes spaces, dashes, full-width digits and a leading +86/0086/86."""
    if text is None:
        return ""
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    cleaned = _digits_only(str(text))
    for prefix in ("+86", "0086", "86"):
        if cleaned.startswith(prefix) and MOBILE_RE.match(cleaned[len(prefix) :]):
            return cleaned[len(prefix) :]
    return cleaned


def is_mobile(text: str) -> bool:
    return bool(MOBILE_RE.match(text))


def normalise_phone(text: str) -> str:
    """Landline, service or foreign number: keep digits, '+' and '#' for extensions."""
    cleaned = _digits_only(text).replace("转", "#").replace("ext", "#")
    return cleaned


def is_phone(text: str) -> bool:
    """A landline, a 400/800 service number or an international number."""
    if LANDLINE_RE.match(text) or SERVICE_RE.match(text):
        return True
    return bool(re.fullmatch(r"\+\d{7,15}(?:#\d{1,6})?", text))


def mask_mobile(mobile: str) -> str:
    """138****5678, for printing and screens where the full number is not needed."""
    if len(mobile) == 11:
        return mobile[:3] + "****" + mobile[7:]
    return mobile
