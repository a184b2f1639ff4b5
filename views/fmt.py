"""Text as people read it: numbers and dates in Vietnamese style (1.234,5) or English (1,234.5),
missing as empty or "—" (never 0), long lines wrapped, province names, lists of sources."""
from __future__ import annotations

import math
import re
import textwrap
from datetime import date

import pandas as pd

from metrics import registry
from views.i18n import pick, t


def is_missing(v) -> bool:
    """None or NaN (pandas gives NaN for a missing value; NaN is truthy)."""
    return v is None or (isinstance(v, float) and math.isnan(v))


def text(v) -> str:
    """A text field as a string: missing (None, NaN) is empty."""
    return "" if is_missing(v) else str(v)


def wrap(line: str, width: int, break_long_words: bool = True) -> str:
    """A long line broken with <br> at spaces (plotly annotations and hover text do not wrap).
    break_long_words=False keeps a web address whole."""
    return "<br>".join(textwrap.wrap(line, width, break_long_words=break_long_words,
                                     break_on_hyphens=break_long_words)) if line else ""


_QUALIFIER_EN = {"gần": "nearly", "trên": "over", "khoảng": "about", "ít nhất": "at least"}


def _separators(lang: str) -> str:
    """The decimal, then the thousands separator: 1.234,5 (vi) or 1,234.5 (en)."""
    return pick(",.", ".,", lang)


def plot_separators(lang: str) -> str:
    """plotly's decimal and thousands separators for the language: 1.234,5 or 1,234.5."""
    return _separators(lang)


def number(value: float | None, decimals: int = 0, lang: str = "vi") -> str:
    """1234.5 -> '1.234,5' (vi) or '1,234.5' (en); missing -> '—', never 0."""
    if is_missing(value):
        return "—"
    text = f"{value:,.{decimals}f}"
    if decimals and "." in text:
        text = text.rstrip("0").rstrip(".") if _is_whole_after(value, decimals) else text
    decimal, thousands = _separators(lang)
    return text.replace(",", "\x00").replace(".", decimal).replace("\x00", thousands)


def exact(value: float, lang: str = "vi") -> str:
    """A number with the decimals it has (up to 6): 0.85 -> '0,85', 85 -> '85', 72.4 -> '72,4' —
    for a cell's value quoted back to the person who typed it."""
    text = f"{value:.6f}".rstrip("0")
    return number(value, len(text.partition(".")[2]), lang)


def _is_whole_after(value: float, decimals: int) -> bool:
    return round(value, decimals) == round(value)


def value(v: float | None, unit: str, decimals: int = 0, qualifier: str = "", lang: str = "vi") -> str:
    """A value with its qualifier and unit: 'gần 40 %', '1.176 người'."""
    if is_missing(v):
        return "—"
    q = pick(qualifier, _QUALIFIER_EN.get(qualifier, ""), lang) + " " if qualifier else ""
    rank = _RANK_UNIT.match(unit or "")
    if rank:  # a rank carries the size of its field: 'hạng 21/63', never a bare 21
        return f"{q}{rank.group(1)} {number(v, 0, lang)}/{rank.group(2)}".strip()
    sep = "\u00a0" if unit == "%" else " "
    return f"{q}{number(v, decimals, lang)}{sep}{unit}".strip()


_RANK_UNIT = re.compile(r"^(hạng|rank)/(\d+)$")


def qualifier(q: str, lang: str = "vi") -> str:
    return pick(q, _QUALIFIER_EN.get(q, q), lang)


def day(d: date | None, lang: str = "vi", month_padded: bool = True) -> str:
    """31/12/2023 (vi; 01/7/2025 with month_padded=False, as the merger resolutions write it);
    31 Dec 2023 (en): one style for every English date."""
    if not d:
        return "—"
    vi = d.strftime("%d/%m/%Y") if month_padded else f"{d.day:02d}/{d.month}/{d.year}"
    return pick(vi, f"{d.day} {d:%b %Y}", lang)


def province_label(code: str, frame: str, lang: str = "vi") -> str:
    """A province's name; one of today's 34 carries "(từ 1/7/2025)" so it is never read as the
    former province of the same name."""
    p = registry.province(code, frame)
    return p.name(lang) if frame == "63" else f"{p.name(lang)} ({t('frame_34', lang)})"


def province_code_label(code: str, lang: str = "vi", frame: str | None = None) -> str:
    """A province code as an editor's picker shows it: "56 · Khánh Hòa". A code alone names a province of
    each frame — which one the period decides when the figure is stored (etl/text_facts.frame_for, the
    workbook's readers) — so a code whose two provinces differ is shown with both: "52 · Bình Định / Gia Lai
    (từ 1/7/2025)"; with its `frame` known, that frame's province alone.

    NOTE: mend33: the upload page named code 52 "Gia Lai" (today's province), the text page "Bình Định"
    (the former one): the same hint named two provinces on two pages, each half right."""
    found = [f for f in ((frame,) if frame else ("63", "34")) if (code, f) in registry.provinces()]
    if not found:
        return code
    if not frame and len({registry.province(code, f).name(lang) for f in found}) == 1:
        return f"{code} · {registry.province(code, found[0]).name(lang)}"   # one name in both frames
    return f"{code} · " + " / ".join(province_label(code, f, lang) for f in found)


_URL = re.compile(r",?\s*https?://\S+?(?=[,;]?\s|[,;]?$)")


def source_line(df: pd.DataFrame, lang: str = "vi", limit: int = 4, projector: bool = False) -> str:
    """'Nguồn: A; B; C và 2 nguồn khác' for the values shown. For a projector, web addresses are
    dropped (nobody types them from a slide; the QR link leads to the full citations) and long
    names shortened."""
    names = list(dict.fromkeys(df["source"].dropna()))
    if projector:
        names = [_URL.sub("", s).strip(" ,;") for s in names]
        names = list(dict.fromkeys(n if len(n) <= 110 else n[:109].rstrip() + "…" for n in names if n))
    return sources_text(names[:limit], len(names), lang)


def sources_text(first: list[str], total: int, lang: str = "vi") -> str:
    """'Nguồn: A; B; C và 2 nguồn khác': the first sources named, of `total` distinct ones."""
    if not first:
        return ""
    text_ = "; ".join(first)
    if total > len(first):
        text_ += " " + t("sources_more", lang).format(n=total - len(first))
    return f"{t('sources', lang)}: {text_}"
