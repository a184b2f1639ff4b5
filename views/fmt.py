"""Numbers and dates as people read them: Vietnamese style (1.234,5) or English (1,234.5)."""
from __future__ import annotations

import math
import re
from datetime import date


def number(value: float | None, decimals: int = 0, lang: str = "vi") -> str:
    """1234.5 -> '1.234,5' (vi) or '1,234.5' (en); missing -> '—', never 0."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    text = f"{value:,.{decimals}f}"
    if decimals and "." in text:
        text = text.rstrip("0").rstrip(".") if _is_whole_after(value, decimals) else text
    if lang == "vi":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def _is_whole_after(value: float, decimals: int) -> bool:
    return round(value, decimals) == round(value)


def value(v: float | None, unit: str, decimals: int = 0, qualifier: str = "", lang: str = "vi") -> str:
    """A value with its qualifier and unit: 'gần 40 %', '1.176 người'."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "—"
    q = (qualifier + " ") if qualifier and lang == "vi" else (_QUALIFIER_EN.get(qualifier, "") + " " if qualifier else "")
    rank = _RANK_UNIT.match(unit or "")
    if rank:  # a rank carries the size of its field: 'hạng 21/63', never a bare 21
        return f"{q}{rank.group(1)} {number(v, 0, lang)}/{rank.group(2)}".strip()
    sep = "\u00a0" if unit == "%" else " "
    return f"{q}{number(v, decimals, lang)}{sep}{unit}".strip()


_RANK_UNIT = re.compile(r"^(hạng|rank)/(\d+)$")


_QUALIFIER_EN = {"gần": "nearly", "trên": "over", "khoảng": "about", "ít nhất": "at least"}


def qualifier(q: str, lang: str = "vi") -> str:
    return q if lang == "vi" else _QUALIFIER_EN.get(q, q)


def day(d: date | None, lang: str = "vi") -> str:
    """31/12/2023 (vi); 31 Dec 2023 (en): one style for every English date."""
    if not d:
        return "—"
    return d.strftime("%d/%m/%Y") if lang == "vi" else f"{d.day} {d:%b %Y}"
