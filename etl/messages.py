"""Text for the person uploading: numbers in messages written the Vietnamese way (1.234,5).

etl never imports views (the drawing layer), so its messages format numbers here."""
from __future__ import annotations

import math


def number(value: float | None, decimals: int = 0) -> str:
    """1234.5 -> '1.234,5'; 12.0 -> '12'; missing -> '—' (never 0)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    text = f"{value:,.{decimals}f}"
    if decimals and "." in text and round(value, decimals) == round(value):
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
