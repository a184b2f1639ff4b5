"""Periods: the one notation (`2023`, `2023-S1`, `2023-Q2`, `2023-05`, `2020/2023`, `2023-12-31`),
parsed to (start, end, kind), written back canonically, read from Vietnamese report text,
and shown as Vietnamese or English words.

Notation (also in README):
  2023              a year                          kind=year
  2023-S1, 2023-S2  a half year                     kind=half
  2023-Q1 … Q4      a quarter                       kind=quarter
  2023-05           a month                         kind=month
  START/END         any other span, START and END   kind=range
                    both years when the span is whole years (2020/2023), otherwise both
                    months (2023-01/2023-05, 2021-01/2025-09);
                    a range that is exactly a year, half, quarter or month is written
                    in that short form instead
  2023-12-31        a date, for stocks ("to date")  kind=date
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from metrics import registry
from metrics.names import bare, nfc, pick

KINDS = ("year", "half", "quarter", "month", "range", "date")


class PeriodError(ValueError):
    """A period string that does not follow the notation."""


@dataclass(frozen=True, order=True)
class Period:
    start: date
    end: date
    kind: str
    notation: str

    @property
    def is_year(self) -> bool:
        return self.kind == "year"

    @property
    def year(self) -> int | None:
        """The calendar year when the span lies inside one year (or the date's year)."""
        return self.start.year if self.start.year == self.end.year else None


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


_YEAR = re.compile(r"^(\d{4})$")
_HALF = re.compile(r"^(\d{4})-S([12])$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _bound(text: str, *, end: bool) -> date:
    """A range bound: a year or a month."""
    if m := _YEAR.match(text):
        y = int(m[1])
        return date(y, 12, 31) if end else date(y, 1, 1)
    if m := _MONTH.match(text):
        y, mo = int(m[1]), int(m[2])
        if not 1 <= mo <= 12:
            raise PeriodError(f"tháng không hợp lệ: {text!r}")
        return _month_end(y, mo) if end else date(y, mo, 1)
    raise PeriodError(f"cận của khoảng thời gian phải là năm hoặc tháng: {text!r}")


def parse(notation: str) -> Period:
    """Parse a period in the notation; raise PeriodError when it is not canonical."""
    text = str(notation).strip()
    p = _parse_any(text)
    if p.notation != text:
        raise PeriodError(f"kỳ {text!r} phải viết là {p.notation!r}")
    return p


def same_span(base: Period, year: int) -> Period | None:
    """The same span of another year ("2025-S1" in 2024 is "2024-S1"), when it lies in one year;
    None otherwise (a span across years has no one "same span" of another year)."""
    if base.start.year != base.end.year:
        return None
    try:
        return parse(base.notation.replace(str(base.start.year), str(year)))
    except PeriodError:
        return None


def _parse_any(text: str) -> Period:
    if m := _YEAR.match(text):
        return span(date(int(m[1]), 1, 1), date(int(m[1]), 12, 31))
    if m := _HALF.match(text):
        y, h = int(m[1]), int(m[2])
        return span(date(y, 1 if h == 1 else 7, 1), _month_end(y, 6 if h == 1 else 12))
    if m := _QUARTER.match(text):
        y, q = int(m[1]), int(m[2])
        return span(date(y, 3 * q - 2, 1), _month_end(y, 3 * q))
    if m := _MONTH.match(text):
        y, mo = int(m[1]), int(m[2])
        if not 1 <= mo <= 12:
            raise PeriodError(f"tháng không hợp lệ: {text!r}")
        return span(date(y, mo, 1), _month_end(y, mo))
    if m := _DATE.match(text):
        try:
            d = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError as exc:
            raise PeriodError(f"ngày không hợp lệ: {text!r}") from exc
        return at(d)
    if text.count("/") == 1:
        a, b = text.split("/")
        return span(_bound(a, end=False), _bound(b, end=True))
    raise PeriodError(f"không đọc được kỳ {text!r}")


def at(d: date) -> Period:
    """A stock's date."""
    return Period(d, d, "date", d.isoformat())


def span(start: date, end: date) -> Period:
    """The canonical period for a span of whole months from `start` to `end`."""
    if start.day != 1 or end != _month_end(end.year, end.month):
        raise PeriodError(f"khoảng {start}–{end} phải gồm các tháng trọn vẹn")
    if end < start:
        raise PeriodError(f"khoảng {start}–{end}: ngày kết thúc trước ngày bắt đầu")
    y, m1, m2 = start.year, start.month, end.month
    if end.year == y:
        if (m1, m2) == (1, 12):
            return Period(start, end, "year", f"{y}")
        if (m1, m2) in ((1, 6), (7, 12)):
            return Period(start, end, "half", f"{y}-S{1 if m1 == 1 else 2}")
        if m2 - m1 == 2 and m1 % 3 == 1:
            return Period(start, end, "quarter", f"{y}-Q{(m1 + 2) // 3}")
        if m1 == m2:
            return Period(start, end, "month", f"{y}-{m1:02d}")
    if (m1, m2) == (1, 12):
        return Period(start, end, "range", f"{start.year}/{end.year}")
    return Period(start, end, "range", f"{start.year}-{m1:02d}/{end.year}-{m2:02d}")


def stock_date(p: Period) -> Period:
    """A stock reported for a span is a stock at the span's last day."""
    return p if p.kind == "date" else at(p.end)


# --- Vietnamese report text -> period -------------------------------------------------

# NOTE: wrong40: the dashes editors type for " - " — Word's en dash, the em dash, the figure dash, the minus, the
# (non-breaking) hyphen — are one dash to a person reading a period: "T10 – 2024", "Tháng 10 – 2024" were read as
# the whole year 2024 (October's figures stored as the year's) where "T10 - 2024" was October, as review38b found
# of the quarters. Every period reader reads the text `period_text` gives, each dash written "-" (declared once:
# the readers' patterns name "-" alone)
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_ONE_DASH = str.maketrans(dict.fromkeys(DASHES, "-"))


def one_dash(text: str) -> str:
    """`text` with each dash (DASHES) written "-"."""
    return text.translate(_ONE_DASH)


def period_text(text: object) -> str:
    """Report text as the period readers read it: NFC, bare (metrics.names), each dash "-"."""
    return one_dash(bare(nfc(text)))


_RANGE_TXT = re.compile(r"(?:giai doan|thoi ky|tu nam|nam|period)?\s*((?:19|20)\d{2})\s*(?:-|den|toi|to|/)\s*(?:nam\s*)?((?:19|20)\d{2})")
# NOTE: "9 tháng năm 2024", "Lũy kế 6 tháng năm 2024" (without "đầu") are the first months too,
# never the year 2024; "ngày 20 tháng 6 năm 2024" is a date (the number after "tháng" is no count)
_FIRST_N = re.compile(r"(\d{1,2})\s*thang\s*(?:(?:dau|dau nam)\s*(?:nam\s*)?((?:19|20)\d{2})?|nam\s*((?:19|20)\d{2}))")
_LAST_6 = re.compile(r"6\s*thang\s*cuoi\s*(?:nam\s*)?((?:19|20)\d{2})?")
# NOTE: "quí" is the old spelling of "quý" (a quarter): "Quí III/2024" was read as the year 2024
# NOTE: mend27a: "Quý IV, 2024" (a comma before the year) was read as the year 2024
# recall37: never "quy 2" of "Quý 2024" (read as the second quarter)
# review38b: and an en or em dash before the year ("Quý II – 2024", as Word types " - "): read as the whole year 2024
_QUARTER_TXT = re.compile(r"qu[yi]\s*(i{1,3}v?|iv|[1-4](?!\d))\s*(?:[/.,\-]\s*(?:nam)?|nam)?\s*((?:19|20)\d{2})?")
# NOTE: wrong27: quarters listed together, "Quý I, II năm 2024", "Quý I và II", "Quý I, Quý II", "Quý II-III",
# name their months together: "Quý I, II năm 2024" was read as the year 2024, "Quý I, II" under a 2024
# title as its first quarter. Quarters one after another are their span (I, II: the first half); a
# list with a gap ("Quý I, III") names no one period (the uploader is asked).
_Q_WORD = r"(iv|i{1,3}|[1-4])(?![a-z0-9])"
_QUARTER_LIST = re.compile(r"qu[yi]\s*" + _Q_WORD + r"((?:\s*(?:,|;|va|\+|&|-)\s*(?:qu[yi]\s*)?"
                           + r"(?:iv|i{1,3}|[1-4])(?![a-z0-9]))+)\s*(?:[/.\-]|nam)?\s*((?:19|20)\d{2})?")
_Q_IN_LIST = re.compile(r"(?<![a-z0-9])" + _Q_WORD)
# NOTE: review28b: "Tháng 12, 2024", "T12, 2024" (a comma before the year, as mend27a's "Quý IV, 2024") were
# read as the year 2024 — December's figure stored as the year's
_MONTH_SEP = r"(?:[/.,-]\s*(?:nam)?|nam)"
_MONTH_TXT = re.compile(r"thang\s*(\d{1,2})\s*" + _MONTH_SEP + r"\s*((?:19|20)\d{2})")
_YEAR_TXT = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
YEAR_IN_TEXT = _YEAR_TXT   # a year written in a text (etl/headers.py: a header naming two)
# NOTE: review28b: months written together, "Tháng 1-6/2024", "T1-T6/2024", "tháng 1-9 năm 2024" (January to
# June, to September), "Tháng 11-12/2024", "Tháng 6 và 7, 2024": the first was read as the date 1/6/2024 (a
# day and a month), "T1-T6/2024" as June, a list as the whole year 2024 — the months' figures stored at a
# day, as one month's or as the year's. A range ("-", "đến") from an earlier month to a later one, or
# months listed one after another, are their span; anything else names no one period (asked). A number
# of months after "và" is no month: "Tháng 6 và 6 tháng đầu năm 2024" (a month and the half, batch 10's title)
_M_WORD = r"(?:thang|th\s*\.?|t)\s*"
_MONTH_LIST = re.compile(r"(?<![a-z0-9])" + _M_WORD + r"(\d{1,2})((?:\s*(?:-|,|;|va|den|\+|&)\s*(?:" + _M_WORD
                         + r")?\d{1,2}(?!\d)(?!\s*(?:thang|t)(?![a-z])))+)\s*(?:[/.,-]\s*(?:nam)?|nam)?\s*((?:19|20)\d{2})?(?!\d)")
_MONTH_LIST_SEP = re.compile(r"(-|,|;|va|den|\+|&)\s*(?:" + _M_WORD + r")?(\d{1,2})")
# NOTE: offices abbreviate parts of a year in period cells and headers: "Q1/2024", "Q.III-2024"
# (a quarter), "6T/2024", "9T2024", "6T đầu năm 2024", "9 tháng 2024" (the first months), "6TCN/2024",
# "6T cuối năm 2024" (the second half), "T10/2024", "Th.10/2024" (a month). Each was read as the
# whole year 2024: a part of a year stored as the year is a wrong number.
_YEAR_AFTER = r"\s*(?:[/.,\-]\s*(?:nam)?|nam)?\s*((?:19|20)\d{2})(?!\d)"
# NOTE: mend27a: the year first, then its part in words or short forms: "2025 - 6T", "2025 - Quý IV",
# "2024, 6 tháng đầu năm" — read as the year 2025 (the words after a year no part reader took). The part
# is read with its year after it; a text naming no part of that year falls to the readers below
_YEAR_THEN_PART = re.compile(r"^\s*((?:19|20)\d{2})\s*[-/.,:]\s*([^\d].*)$")
# NOTE: blind80: the year first and its part after a space or a slash alone — "2024 9T", "2024/9T", "Năm 2024 9
# tháng", "2024 Quý III", "2024 T10" (a tidy sheet's period cell, a column header) — was read as the whole year
# 2024: nine months' figures stored as the year's. Read as "2024 - 9T" is (a part read, or none: never the year)
_YEAR_SPACE_PART = re.compile(r"^\s*(?:nam\s*)?((?:19|20)\d{2})(?:\s*/\s*|\s+)(\S.*)$")
# NOTE: wrong31: "Năm 2024 (11 tháng)", "Năm 2024 (6 tháng đầu năm)", "Năm 2024 (Quý III)", "Năm 2024 - 11
# tháng" (a column's year, then its part in a note): read as the whole year 2024 — eleven months' tasks
# accepted stored as the year's, the OCOP products then valid at 31/12. The same reading as "2025 - 6T"
_YEAR_NOTE_PART = re.compile(r"^\s*(?:nam\s*)?((?:19|20)\d{2})\s*\(([^()]*)\)\s*$|^\s*nam\s*((?:19|20)\d{2})\s*[-,:]\s*([^\d].*)$")
# a part of a year in folded words or short forms ("quy", "6t", "t10", "thang", "q4", "s1", "dau nam")
# (wrong54: and in English with the count first, "9m", "1h", "3q": "2024 9M", "2024 1H" were read as the year 2024)
_PART_TOKEN = re.compile(r"qu[yi]|thang|dau nam|cuoi nam|(?<![a-z])(?:\d{1,2}\s*t|th?\s*\.?\s*\d{1,2}|q\s*\.?\s*(?:\d|i|v)|[sh]\s*\d)(?![a-z])|6tcn"
                         r"|(?<![a-z\d])(?:\d{1,2}\s*m|[1-4]\s*[hq])(?![a-z\d])")
# words after a year that open with such a part ("9t", "9 thang", "quy iii", "t10"), _YEAR_SPACE_PART
_PART_START = re.compile(r"(?:\d{1,2}\s*(?=thang))?(?:" + _PART_TOKEN.pattern + ")")
_QUARTER_ABBR = re.compile(r"(?<![a-z0-9])q\s*\.?\s*(iv|i{1,3}|[1-4])(?![a-z0-9])" + _YEAR_AFTER)
# NOTE: review40: quarters abbreviated and listed, "Q1, Q2 2025", "Q1 Q2 2025", "Q1+Q2 2025" (and a CSV's
# "Q1_Q2_2025.csv", "Q1-Q2_2025" since blind68 reads a name's words) were read as the LAST quarter — the first
# half's figures stored as 2025-Q2 — or as the year: as wrong27's "Quý I, II", quarters one after another are
# their span, a list with a gap names no one period
_QUARTER_ABBR_LIST = re.compile(r"(?<![a-z0-9])q\s*\.?\s*" + _Q_WORD + r"((?:\s*(?:,|;|va|\+|&|-)?\s*q\s*\.?\s*"
                                r"(?:iv|i{1,3}|[1-4])(?![a-z0-9]))+)" + _YEAR_AFTER)
_Q_ABBR_IN_LIST = re.compile(r"(?<![a-z0-9])q\s*\.?\s*" + _Q_WORD)
# NOTE: review40: a half abbreviated before its year, "H1 2025", "H1/2025", "S1/2025", "H2-2025" (as the year-first
# "2025-H1" a reporting system writes, _year_first_code), was read as the whole year 2025 — the first half's 12
# OCOP products stored as the year's
_HALF_ABBR = re.compile(r"(?<![a-z0-9])[hs]\s*\.?\s*([12])(?![a-z0-9])" + _YEAR_AFTER)
# NOTE: wrong54: and with its number first, "1H2024", "1H 2024", "2H/2024" (as English reports write "1H24"): read as
# the whole year 2024, the first half's figures stored as the year's. A quarter so written, "1Q 2024", is the first
# quarter; "3Q 2024" is the third quarter in one usage and the first three quarters in another (as "3 quý" is): no
# period (asked, never guessed), nor "2Q", "4Q" (the fourth quarter, or the year's four)
_HALF_FIRST_ABBR = re.compile(r"(?<![a-z0-9.,/])([12])\s*h(?![a-z])" + _YEAR_AFTER)
_QUARTER_FIRST_ABBR = re.compile(r"(?<![a-z0-9.,/])([1-4])\s*q(?![a-z])" + _YEAR_AFTER)
_LAST_6_ABBR = re.compile(r"(?<![a-z0-9.,/])6\s*t\s*(?:cuoi|cn)(?:\s*nam)?" + _YEAR_AFTER)
# (blind80: and in English, "9M 2024", "9M/2024", "9 months 2024", "first 9 months of 2024" in a tidy sheet with
# English column names: read as the whole year 2024, the nine months' figures stored as the year's)
_FIRST_N_ABBR = re.compile(r"(?<![a-z0-9.,/])(\d{1,2})\s*(?:t|thang|m|months?(?:\s+of)?)(?:\s*dau|dn)?" + _YEAR_AFTER)
# wrong40: and "năm" after the dash ("T10 – năm 2024", as "Tháng 10 – năm 2024" is read: was the year 2024)
# NOTE: wrong42: "T13/2024 - 31/3/2024" (no month 13: a typo), "Tháng 13/2024", "Quý V/2024" were read as the
# whole year 2024 (the month or quarter unread, the year left): a month or quarter no calendar has names no
# period (from_text), as "32/12/2024" names none; a count of months before "tháng" ("13 tháng năm 2024") is
# no month's name
_IMPOSSIBLE = re.compile(r"(?<![a-z0-9])(?:thang|th?\s*\.?)\s*(?:0{1,2}|1[3-9]|[2-9]\d)(?!\d)\s*" + _MONTH_SEP
                         + r"?\s*(?:19|20)\d{2}(?!\d)|(?<![a-z])qu[yi]\s*(?:vi{0,3}|i{4}|0|[5-9])(?![a-z0-9])\s*"
                         + _MONTH_SEP + r"?\s*(?:19|20)\d{2}(?!\d)")
_MONTH_ABBR_TXT = re.compile(r"(?<![a-z0-9])th?\s*\.?\s*(\d{1,2})\s*" + _MONTH_SEP + r"\s*((?:19|20)\d{2})(?!\d)")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# A date in report text: "30/6/2024", "30.06.2024", "ngày 30 tháng 6 năm 2024"; "30/6" only after a
# cut-off word (a bare "3/5" is a fraction or a rank).
# mend28a: "ngày 15 tháng 6, 2024" (a comma before the year, as review28b's "Tháng 6, 2024") is that date —
# it was read as the month of June, a stock at that date or a report's date stored as June's flow
_D = r"(?:ngay\s*)?(\d{1,2})\s*(?:[/.-]|thang)\s*(\d{1,2})(?:\s*(?:[/.-]|nam|,\s*(?:nam)?)\s*((?:19|20)\d{2}))?(?![\d/.,])"
# NOTE: offices state periods as dates: "Số liệu tính đến ngày 30/6/2026", "từ 01/01/2026 đến
# 30/9/2026", "01/01/2026 - 30/9/2026", the Government's reporting cut-offs "từ 15/12/2025 đến
# 14/6/2026" (Nghị định 09/2019/NĐ-CP: the first half of 2026). Each was read as the whole year.
_DY = r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)"
_DATE_SPAN = re.compile(r"(?:(?<![a-z])tu\s*" + _D + r"|(?<![\d/.,])" + _DY + r")\s*(?:den|toi|-)\s*(?:het\s*)?" + _D)
# NOTE: blind65: "01/01-30/6/2025", "01/7-31/12/2025", "01/10 - 31/12/2025" (a span whose first day carries no
# year, the year written once at its end, as the new Bắc Ninh headed its halves) were read as the end's date
# (30/06/2025: a stock's day, the honest file refused) or as the whole year 2025 — the second half's or the
# fourth quarter's figures stored as the year's. The first day takes the end's year (the year before when
# it falls after the end: "15/12-14/6/2025"); a span of no whole months stays no period (asked)
_DATE_SPAN_YEARLESS_START = re.compile(r"(?<![\d/.,])(\d{1,2})\s*[/.]\s*(\d{1,2})\s*(?:den|toi|-)\s*(?:het\s*)?" + _DY)
_DATE_CUTOFF = re.compile(r"(?<![a-z])(?:den|toi|tai|thoi diem)\s*(?:het\s*)?" + _D)
_MONTH_CUTOFF = re.compile(r"(?<![a-z])(?:den|toi)\s*(?:het\s*)?thang\s*(\d{1,2})\s*(?:[/.-]|nam)\s*((?:19|20)\d{2})(?!\d)")
# "Năm 2024 (đến tháng 10)", "Năm 2024 (số liệu đến hết tháng 10)": a cut-off at a month's end without
# its year, the year the text names besides (probe36: read as the whole year 2024)
# review28a: never a month a "năm …" after it places in another year ("Năm 2024 (số liệu cập nhật đến tháng 3
# năm sau)": the whole year 2024 was stored as 2024-Q1); "từ tháng 3 đến tháng 10" starts in March
# (_FROM_MONTH; was January–October)
_MONTH_CUTOFF_YEARLESS = re.compile(r"(?<![a-z])(?:den|toi)\s*(?:het\s*)?thang\s*(\d{1,2})(?![\d/.-])(?!\s*nam\s*(?:sau|toi|ke|tiep))")
_FROM_MONTH = re.compile(r"(?<![a-z])tu\s*thang\s*(\d{1,2})\s*$")
_DATE_BARE = re.compile(r"(?<![\d/.,])(?:ngay\s*)?(\d{1,2})\s*(?:[/.-]|thang)\s*(\d{1,2})\s*(?:[/.-]|nam|,\s*(?:nam)?)\s*((?:19|20)\d{2})(?![\d/.,])")
_FROM_YEAR = re.compile(r"(?<![a-z])tu\s*(?:nam\s*)?((?:19|20)\d{2})(?!\d)")
_SLACK_DAYS = 31   # a cut-off a few weeks off the period it reports ("6 tháng đầu năm" to 15/7)


def _date(d: str, m: str, y: str | None, year: int | None) -> date | None:
    try:
        return date(int(y) if y else year, int(m), int(d)) if (y or year) else None
    except ValueError:
        return None


# "(kể) từ (khi|ngày) hợp nhất / sáp nhập (01/7/2025)", "từ sau hợp nhất": from 1 July 2025
_SINCE_MERGER = re.compile(r"(?:ke\s+)?tu\s+(?:khi\s+|ngay\s+|sau\s+(?:khi\s+)?)?(?:hop\s+nhat|sap\s+nhap)"
                           r"(?:\s*\([^)]*\))?\s*(?=den\b)")


# NOTE: probe37: "Năm 2025 (từ 01/7/2025)", "Năm 2025 (từ khi hợp nhất)", "Năm 2025 (kể từ 01/7)" — the new
# province's figures since the merger, no end written — were stored as the whole year 2025: the day
# was read as a document's date beside the year. From a month's first day it is the span from there to
# the named period's end (2025-S2); from another day, no whole months (asked)
_FROM_OPEN = re.compile(r"(?<![a-z])(?:ke\s*)?tu\s*(?:" + _D + r"|(?P<merger>(?:khi\s+|ngay\s+|sau\s+(?:khi\s+)?)?"
                        r"(?:hop\s+nhat|sap\s+nhap|sap\s+xep))(?:\s*\([^()]*\))?)(?!\s*(?:\(|den|toi|-|nam\s*(?:19|20)\d{2}))")
# (review44: never a day without its year before "năm 2025": "Từ 1-7 năm 2025 (sau sáp nhập)" was the day "1-7" and
# "năm 2025" the period named — the second half of 2025 — where "Từ 1/7/2025 (sau sáp nhập)" names no end: asked)


# "từ 01/7/2025 đến nay", "từ khi hợp nhất đến thời điểm báo cáo": a span to the report's day, its end not
# written (metrics/header_words.toml until_now_words)
_FROM_TO_NOW = re.compile(r"(?<![a-z])(?:ke\s*)?tu\s*(?:" + _D + r"|(?:khi\s+|ngay\s+|sau\s+(?:khi\s+)?)?"
                          r"(?:hop\s+nhat|sap\s+nhap|sap\s+xep)(?:\s*\([^()]*\))?)\s*(?:den|toi)\s*(?:"
                          + "|".join(sorted(map(re.escape, registry.header_words("until_now_words")), key=len, reverse=True))
                          + r")(?![a-z])")


# NOTE: blind76: "MỘT SỐ CHỈ TIÊU … TỪ NĂM 2021 ĐẾN NAY" (the former Kon Tum's years as rows, sent in May 2025),
# "Lũy kế từ năm 2019 đến nay", "2021 - nay" were read as the year 2021 (2019): every later year's row set aside
# as after the report's period, a count to date stored at the first year. From a year to the report's own day,
# its end not written (until_now_words): no period (the rows' own, or the uploader, say it)
_YEAR_TO_NOW = re.compile(r"(?<![\d/.,])(?:nam\s*)?(?:19|20)\d{2}\s*(?:-|den|toi)\s*(?:"
                          + "|".join(sorted(map(re.escape, registry.header_words("until_now_words")), key=len, reverse=True))
                          + r")(?![a-z])")


# NOTE: blind76: "Năm 2025" over "Ước TH (BC tháng 11/2025)" (the new An Giang's estimate of the year, taken from
# November's report, beside the official figure) was read as November 2025: the year's estimate stored as
# November's figure. A month in brackets after a report's name ("(BC tháng 11/2025)", "(theo báo cáo tháng
# 11/2025)", "(BC số 301/BC-SKHCN tháng 11/2025)") is when the cited report was made, never the figures' period:
# the rest of the text says it, or none is said (asked). Unbracketed, "BÁO CÁO THÁNG 11/2025" is a monthly
# report's own month, read as before (metrics/header_words.toml own_document_words)
_CITED_REPORT_MONTH = re.compile(r"\(\s*(?:[a-z]+\s*:?\s*){0,2}?(?:" + "|".join(
    sorted((re.escape(bare(w)) for w in registry.declared_header_words("own_document_words")), key=len, reverse=True))
                                 + r")(?![a-z])[^()]*?(?<![a-z])thang\s*\d{1,2}(?!\d)[^()]*\)")


def _since_a_day(t: str, default_year: int | None) -> Period | None | bool:
    """The period a text naming a period and the day it counts from names ("năm 2025 (từ 01/7/2025)"):
    from that day to the period's end; False when the text names no such day or no period besides."""
    if _FROM_TO_NOW.search(t) and _named(_FROM_TO_NOW.sub(" ", t), default_year) is not None:
        return None   # "năm 2025 (từ 01/7/2025 đến nay)": to the report's own day, not written (asked)
    if _DATE_SPAN.search(t) or (m := _FROM_OPEN.search(t)) is None:
        return False
    named = _named(t[:m.start()] + " " + t[m.end():], default_year)
    if named is None:
        return False
    start = date(2025, 7, 1) if m["merger"] else _date(m[1], m[2], m[3], named.end.year)
    if start is None or not named.start <= start <= named.end:
        return None
    if start == named.start:
        return named
    return span(start, named.end) if start.day == 1 else None


# NOTE: blind77: "Lũy kế từ 01/7/2025 (tỉnh mới)" beside "Tháng 8/2025" (the new Khánh Hòa's August report: the
# new province's figures since the merger) was read as the day 1 July 2025 — the 14 OCOP products recognised in
# July and August stored as the products still recognised at 1 July, its other rows set aside as totals to date.
# A running total from a day, its end not written ("từ 01/7/2025", "kể từ ngày hợp nhất", "từ 01/7/2025 đến nay")
# and no period named besides, runs from that day to the report's period's end: no period of its own (the walk
# gives it the report's end, etl/walk.py _from_a_day_to_the_report)
def _open_start(t: str, default_year: int | None) -> date | None:
    """The day a normalized period text counts from when it writes no end and names nothing else; None
    otherwise (a span "từ 01/7 đến 30/9", "năm 2025 (từ 01/7/2025)", a text without "từ"). A note naming no
    day, month, quarter or year after it ("(tỉnh mới)", "(gồm 2 tỉnh cũ)") says whose, not when."""
    t = _FROM_A_MONTH_OPEN.sub(_first_day_of_the_month, _DASH_TO_NOW.sub(" den ", _NOTE_WITHOUT_FIGURES.sub(" ", t))).strip()
    m = _FROM_TO_NOW.search(t) or _FROM_OPEN.search(t)
    if m is None or _DATE_SPAN.search(t) or m.group(0).lstrip().startswith(("den", "toi")):
        return None
    rest = t[:m.start()] + " " + t[m.end():]
    if any(ch.isdigit() for ch in rest) or _named(rest, default_year) is not None:
        return None
    day = _D_ALONE.search(m.group(0))
    if day is None:
        return date(2025, 7, 1) if re.search(r"hop\s+nhat|sap\s+nhap|sap\s+xep", m.group(0)) else None
    return _date(day[1], day[2], day[3], default_year)


_D_ALONE = re.compile(_D)
# "từ 01/7/2025 - nay": the dash as "đến" before the report's day (until_now_words)
_DASH_TO_NOW = re.compile(r"\s+[-–]\s*(?=(?:" + "|".join(
    sorted(map(re.escape, registry.header_words("until_now_words")), key=len, reverse=True)) + r")(?![a-z]))")
# "từ tháng 7/2025" with no end written, or to the report's day ("đến nay", "Tháng 7/2025 - nay"): from the month's
# first day
_TO_NOW = r"(?:den|toi)\s*(?:" + "|".join(sorted(map(re.escape, registry.header_words("until_now_words")), key=len,
                                                  reverse=True)) + r")(?![a-z])"
_FROM_A_MONTH_OPEN = re.compile(r"(?<![a-z])(?:tu\s*thang\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)(?=\s*(?:$|\)|\(|,|;|"
                                + _TO_NOW + r"))|thang\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)(?=\s*" + _TO_NOW + r"))")
_NOTE_WITHOUT_FIGURES = re.compile(r"\((?![^()]*(?:\d{1,2}\s*[/.-]\s*\d|(?:19|20)\d{2}|thang|quy|nam))[^()]*\)")


# "Lũy kế từ 01/7/2025 (đến tháng 8)", "Từ 01/7/2025 đến hết tháng 8": from a day to a month of its year, the month's
# year unwritten — read as the day alone (a stock at 1 July, blind77)
_FROM_A_DAY_TO_A_MONTH = re.compile(r"(?<![a-z])(?:ke\s*)?tu\s*(?:ngay\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})"
                                    r"\s*\(?\s*(?:den|toi)\s*(?:het\s*|cuoi\s*)?thang\s*(\d{1,2})(?![\d/.-])\s*\)?")


def _first_day_of_the_month(m: re.Match) -> str:
    """A month counted from (_FROM_A_MONTH_OPEN) written as its first day ("tu 01/7/2025")."""
    return f"tu 01/{m[1] or m[3]}/{m[2] or m[4]}"


def _from_a_day_to_a_month(t: str) -> Period | None | bool:
    """The span from a month's first day to the end of a later month of its year ("từ 01/7/2025 đến hết tháng 8");
    None for another day or a month before it; False when the text says no such span."""
    m = _FROM_A_DAY_TO_A_MONTH.search(t)
    if m is None:
        return False
    start = _date(m[1], m[2], m[3], None)
    last = int(m[4])
    if start is None or start.day != 1 or not start.month <= last <= 12:
        return None
    return span(start, _month_end(start.year, last))


def open_start(text: str, default_year: int | None = None) -> date | None:
    """The day a header counts from when it writes no end and names no period besides — "Lũy kế từ 01/7/2025",
    "Lũy kế kể từ ngày hợp nhất", "Từ 01/7/2025 đến nay": the report's period gives the end; None otherwise."""
    if names_no_calendars(text):
        return None
    t = _months_in_words(period_text(text), may=_writes_may(nfc(text)))
    return _open_start(_SINCE_MERGER.sub("tu 01/7/2025 ", t), default_year)


# NOTE: wrong28: "BÁO CÁO TUẦN 42 NĂM 2024" (a weekly report) was read as the year 2024 and its week's
# figures stored as the whole year's. A week is no period the product holds (months, quarters, halves,
# years, spans of them, dates): a text naming one names none. "Tuần" as a week only, with its number
# ("tuần 42", "tuần thứ 42", "tuần lễ thứ 3") — "kinh tế tuần hoàn", "tuần tra" are no weeks
_WEEK = re.compile(r"(?<![a-z])tuan\s*(?:le\s*)?(?:thu\s*)?(?:\d{1,2}|[ivxl]+)(?![\d/.])(?![a-z])")


def names_a_week(text: str) -> bool:
    """Whether a text names a week ("BÁO CÁO TUẦN 42 NĂM 2024"): no period the product holds."""
    return _WEEK.search(period_text(text)) is not None


# NOTE: probe37: a month written as spreadsheets and other offices write it — "Thg 10/2024" (Excel's
# Vietnamese "mmm" format), "Oct-2024", "October 2024" (its English one), a header "10/2024" alone — was
# read as the whole year 2024: October's figure stored as the year's. Each is that month
_THG = re.compile(r"(?<![a-z])thg\s*\.?\s*(?=\d)")
_EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december")
_EN_MONTH = re.compile(r"(?<![a-z])(" + "|".join(sorted({*_EN_MONTHS, *(m[:3] for m in _EN_MONTHS), "sept"},
                                                      key=len, reverse=True))
                       + r")\.?\s*[-/ ,']\s*((?:19|20)\d{2})(?!\d)")
_MONTH_YEAR_ALONE = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})\s*$")
# NOTE: blind76: a span of months each written "M/YYYY" without the word "tháng" — "7/2025 - 12/2025" (the new
# Khánh Hòa's second half of 2025 beside its former provinces' "01/2021 - 6/2025"), "từ 7/2025 đến 12/2025" —
# was read as the whole year 2025 (the half's figures stored as the year's) or as no period. Its first month is
# written "thang M/YYYY" for _MONTH_TO_MONTH; never a day's month ("30/6/2025 - 31/12/2025": a date span) nor one
# after its word ("T7/2025 - T12/2025", read so already), and
# only with "/" (a decimal "7.2025" or a code "7-2025" is no month)
_BARE_MONTH_SPAN = re.compile(r"(?<![a-z\d/.,])(?<!thang )(?<!th\. )(?<!th )(?<!t )(\d{1,2})\s*/\s*((?:19|20)\d{2})(?=\s*(?:-|den|toi)\s*(?:het\s*)?"
                              r"(?:thang\s*|th\s*\.?\s*|t\s*)?\d{1,2}\s*/\s*(?:19|20)\d{2}(?![\d/]))")
_EN_NAME = "|".join(sorted({*_EN_MONTHS, *(m[:3] for m in _EN_MONTHS), "sept"}, key=len, reverse=True))
# "Jan-Oct 2024", "Jan – Oct/2024": the months from one to the other (read as October alone otherwise)
_EN_MONTH_RANGE = re.compile(r"(?<![a-z])(" + _EN_NAME + r")\.?\s*-\s*(?=(?:" + _EN_NAME + r")\.?\s*[-/ ,']\s*(?:19|20)\d{2})")
# "YTD Oct 2024", "Oct 2024 YTD": the year to the end of that month
_YTD = re.compile(r"(?<![a-z])(?:ytd|year to date)(?![a-z])")
YEAR_TO_DATE = _YTD   # etl/headers.py within_year: "YTD" beside no month is the report's year to date
# NOTE: wrong54: months written together without a month word, "1-9/2024", "01-09/2024", "1 - 6/2025" (January to
# September, to June) were read as the date 1/9/2024 — a stock's day — or a flow's figure asked as a date: months
# from an earlier to a later one are their span, as "Tháng 1-9/2024" is. A date with one separator ("1/9/2024",
# "01/9/2024", "1-9-2024"), "ngày 1-9/2024" and a later month first ("15-9/2024", "9-1/2024") stay as read
_BARE_MONTHS_DASHED = re.compile(r"(?<![a-z\d/.,\-])(?<!ngay )(?<!tu )(?<!sau )(?<!truoc )(?<!thang )(?<!th\. )(?<!th )(?<!t )(\d{1,2})\s*-\s*(\d{1,2})\s*/\s*"
                                 r"((?:19|20)\d{2})(?![\d/.,])")
# NOTE: wrong55: … so with the year after "năm": "1-9 năm 2024", "01-09 năm 2024", "Lũy kế 1-9 năm 2024" were read as the
# date 1/9/2024 (the OCOP products valid at 30/9 stored at 1/9). A date before a day's word or a cut-off's ("ngày 1-9
# năm 2024", "đến 1-9 năm 2024", "tại …") stays a date; a later month first ("15-9 năm 2024") is no span.
# review44: so does a day after "từ", "sau", "trước" (from, after, before a day): "Từ 1-7 năm 2025", "Từ 1-7/2025" (the new
# province's figures since the merger on 1 July 2025) were read as January–July 2025, "Từ 1-9 năm 2024" as January–
# September — a span from a day with no end written is no period (asked), as "Từ 1/7/2025" is
_BARE_MONTHS_DASHED_YEAR = re.compile(r"(?<![a-z\d/.,\-])(?<!ngay )(?<!den )(?<!tai )(?<!tu )(?<!sau )(?<!truoc )(?<!thang )(?<!th\. )(?<!th )(?<!t )"
                                      r"(\d{1,2})\s*-\s*(\d{1,2})\s+nam\s+((?:19|20)\d{2})(?![\d/.,])")
# NOTE: wrong55: "Q3 YTD 2024", "YTD Q3 2024", "Q3/2024 YTD" (the year to the end of the third quarter) were no period
# (wrong54 left them): January to September, as "YTD Sep 2024" is
_QUARTER_YTD = re.compile(r"(?<![a-z0-9])(?:q\s*([1-4])\s*ytd|ytd\s*q\s*([1-4]))\s*[/,-]?\s*((?:19|20)\d{2})(?![\d/])"
                          r"|(?<![a-z0-9])q\s*([1-4])\s*[/,-]?\s*((?:19|20)\d{2})\s*ytd(?![a-z])")


# "May" as English writes the month: "May 2024", "May-2024", an export's "MAY-2024" — never the Vietnamese
# word "may" ("dệt may 2024", "DỆT MAY 2024": the textile trade), unaccented like the month.
# NOTE: review29b: a title "… NGÀNH DỆT MAY 2024" read as May 2024, the year's figures stored as May's
_ENGLISH_MAY = re.compile(r"(?<![^\W\d_])(?:May(?![^\W\d_])|MAY(?=[-/]\d))")


def _writes_may(text: str) -> bool:
    """Whether the text writes the month May as English does (_ENGLISH_MAY), not after a word of the
    garment trade ("Dệt May 2024": metrics/header_words.toml garment_trade_words)."""
    return any(not (before := text[:m.start()].split()) or before[-1].lower() not in _GARMENT_TRADE
               for m in _ENGLISH_MAY.finditer(text))


# (once: from_text reads every header and label of an upload, and building it took as long as the rest of
# _writes_may)
_GARMENT_TRADE = frozenset(w.lower() for w in registry.declared_header_words("garment_trade_words"))


def _months_in_words(t: str, may: bool = True) -> str:
    """Folded text with "thg 10", "oct-2024", a lone "10/2024" written as "thang 10/2024" (`may`: whether
    the text wrote "May" unaccented, not "máy")."""
    t = _THG.sub("thang ", t)
    t = _EN_MONTH_RANGE.sub(lambda m: f"thang {[x[:3] for x in _EN_MONTHS].index(m[1][:3]) + 1} - ", t)
    # "máy 2024" folds to "may 2024": May only where the text wrote it so
    t = _EN_MONTH.sub(lambda m: m[0] if m[1] == "may" and not may
                      else f"thang {[x[:3] for x in _EN_MONTHS].index(m[1][:3]) + 1}/{m[2]}", t)
    t = _MONTH_YEAR_ALONE.sub(lambda m: f"thang {int(m[1])}/{m[2]}", t)
    t = _BARE_MONTH_SPAN.sub(lambda m: f"thang {int(m[1])}/{m[2]}", t)
    t = _BARE_MONTHS_DASHED.sub(lambda m: f"thang {int(m[1])}-{int(m[2])}/{m[3]}" if 1 <= int(m[1]) < int(m[2]) <= 12
                                else m[0], t)
    t = _BARE_MONTHS_DASHED_YEAR.sub(lambda m: f"thang {int(m[1])}-{int(m[2])}/{m[3]}" if 1 <= int(m[1]) < int(m[2]) <= 12
                                     else m[0], t)
    t = _QUARTER_YTD.sub(lambda m: f"den het thang {3 * int(m[1] or m[2] or m[4])}/{m[3] or m[5]}", t)
    # NOTE: wrong54: "YTD 2024" (no month: the year to a date the text does not say) was read as the whole year 2024 —
    # a part of the year stored as the year. "YTD" is left in the text when no month follows: no period (from_text)
    if _YTD.search(t) and re.search(r"(?<![a-z])thang \d{1,2}/(?:19|20)\d{2}", t):
        t = re.sub(r"(?<![a-z])thang (\d{1,2}/(?:19|20)\d{2})", r"den het thang \1", _YTD.sub(" ", t))
    return t


# NOTE: mend28a: a column "Đợt 2, 2024", "Đợt 1 năm 2024", "Lần 2/2024", "Kỳ 2 năm 2024", "Kỳ họp thứ 2 năm 2024"
# (a round, a batch, a session of the year: the OCOP products recognised in the second round) was read as the
# year 2024 and the round's figures stored as the whole year's. A round is no period the product holds, as a
# week: a text naming one names none. Only with its number (or "hai", "ba"…): "kỳ báo cáo", "cùng kỳ", "kỳ 6
# tháng" (a span of months), "gấp 2 lần" (a ratio, the number before) and "Kỳ Anh" name no round
_ROUND_WORDS = "|".join(re.escape(w) for w in sorted({bare(w) for s in ("label_round_words", "period_round_words",
                                                                         "contest_round_words")
                                                      for w in registry.declared_header_words(s)}, key=len, reverse=True))
_ROUND = re.compile(r"(?<![a-z])(?:" + _ROUND_WORDS + r")\s*(?:thu\s*)?"
                    r"(?:\d{1,2}(?![\d.])(?!\s*/\s*\d{1,2}(?!\d))|[ivx]+(?![a-z])|(?:mot|hai|ba|bon)(?![a-z]))"
                    r"(?!\s*thang)(?!\s*(?:-|den)\s*\d)"
                    # NOTE: wrong31: "Đợt tháng 6/2024", "Đợt đánh giá, phân hạng tháng 6/2024", "Đợt T12/2024" (the
                    # OCOP council's June round) were read as June 2024, the round's products stored as June's: a
                    # round named by its month, a few words between (metrics/header_words.toml month_round_words)
                    r"|(?<![a-z])(?:" + "|".join(re.escape(bare(w)) for w in registry.declared_header_words("month_round_words"))
                    + r")(?:[\s,]+(?!nam(?![a-z]))[a-z&]+){0,8}?[\s,(]+(?:thang|th?\s*\.?)\s*\d{1,2}(?!\d)"
                    # … or by its number and its month ("Đợt 1 (tháng 6/2024)", folded "dot 1 thang 6 2024": read
                    # as January, "1 tháng" the first month)
                    r"|(?<![a-z])(?:" + _ROUND_WORDS + r")\s*(?:thu\s*)?(?:\d{1,2}|[ivx]+)\s*[(,:-]?\s*thang\s*\d{1,2}(?!\d)"
                    # … or by an ordinal a few words after its word ("Đợt đánh giá, phân hạng thứ 2": wrong53)
                    r"|(?<![a-z])(?:" + "|".join(re.escape(bare(w)) for w in registry.declared_header_words("ordinal_round_words"))
                    + r")(?:[\s,]+(?!nam(?![a-z]))[a-z&]+){1,5}?[\s,]+thu\s*(?:\d{1,2}(?![\d.])|[ivx]+(?![a-z])|(?:hai|ba|bon|nam)(?![a-z]))"
                    # … or by its stage's word ("Vòng chung kết 2024", "Vòng sơ khảo năm 2024": wrong54)
                    r"|(?<![a-z])(?:" + "|".join(re.escape(bare(w)) for w in registry.declared_header_words("contest_round_words"))
                    + r")\s+(?:" + "|".join(re.escape(bare(w)) for w in sorted(registry.declared_header_words("contest_stage_words"),
                                                                             key=len, reverse=True)) + r")(?![a-z])"
                    # … or by a stage's word alone ("Chung kết 2024", "Bán kết năm 2025": wrong55)
                    r"|(?<![a-z])(?:" + "|".join(re.escape(bare(w)) for w in sorted(registry.declared_header_words(
                        "contest_stage_alone_words"), key=len, reverse=True)) + r")(?![a-z])")


# NOTE: wrong52: "THEO NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XIX, NHIỆM KỲ 2020 - 2025" (Nghệ An's five-year review,
# batch 76) was read as a round ("lần thứ XIX"), its figures set aside as a round's: a congress is numbered across
# terms, never a round within a period (metrics/header_words.toml round_congress_words, a few words between)
_CONGRESS_BEFORE = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(bare(w)) for w in sorted(
    registry.declared_header_words("round_congress_words"), key=len, reverse=True)) + r")(?:[\s,]+[a-z&]+){0,6}[\s,]*$")


# NOTE: wrong53: "BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024 TRÌNH KỲ HỌP THỨ 2 HĐND TỈNH" was read as a round ("kỳ họp thứ
# 2"): the title named no period, and on a sheet named "Năm 2024" the half's figures were stored as the year's. A
# council's session, its council or term named a few words away, is numbered within the term — no round
# (metrics/header_words.toml round_session_words, round_council_words)
_SESSION = re.compile(r"(?:" + "|".join(re.escape(bare(w)) for w in registry.declared_header_words("round_session_words"))
                      + r")(?![a-z])")
_COUNCILS = "|".join(re.escape(bare(w)) for w in sorted(registry.declared_header_words("round_council_words"), key=len,
                                                         reverse=True))
_COUNCIL_AFTER = re.compile(r"^\s*(?:thu\s*)?(?:\d{1,2}|[ivx]+|mot|hai|ba|bon)?(?:[\s,()-]+[a-z&]+){0,6}?[\s,()-]+(?:"
                            + _COUNCILS + r")(?![a-z])")
_COUNCIL_BEFORE = re.compile(r"(?<![a-z])(?:" + _COUNCILS + r")(?![a-z])(?:[\s,()-]+[a-z&0-9]+){0,6}[\s,()-]*$")


def _a_councils_session(t: str, m: re.Match) -> bool:
    """Whether the round `m` found in `t` is a council's session ("kỳ họp thứ 2 HĐND tỉnh", "HĐND tỉnh khóa XVIII, kỳ
    họp thứ 20") — numbered within the council's term, no round."""
    if not _SESSION.match(t, m.start()):
        return False
    return bool(_COUNCIL_AFTER.match(t[m.start() + len(_SESSION.match(t, m.start())[0]):][:120])
                or _COUNCIL_BEFORE.search(t[max(0, m.start() - 80):m.start()]))


# NOTE: wrong53: "BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024, NHIỆM KỲ 2021-2026" (a report to the council, its term named)
# was read as 2021/2026 — the half's figures stored as the term's. The term is the council's, not the report's
# period when the rest of the text names one; alone ("BÁO CÁO KẾT QUẢ NHIỆM KỲ 2020-2025") it stays the span
# (metrics/header_words.toml label_term_words)
_COUNCIL_TERM = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(bare(w)) for w in sorted(
    registry.declared_header_words("label_term_words"), key=len, reverse=True)) + r")\s*(?:19|20)\d{2}\s*-\s*(?:19|20)\d{2}(?!\d)")


_WITHIN = re.compile(r"(?:" + "|".join(re.escape(bare(w)) for w in registry.declared_header_words("contest_round_words"))
                     + r")(?![a-z])")


def _round_in(t: str) -> re.Match | None:
    """The first round a period text names (_ROUND), a congress's number ("Đại hội … lần thứ XIX") none, nor a
    council's session ("Kỳ họp thứ 2 HĐND tỉnh"), nor "trong vòng 2 năm" (within two years)."""
    return next((m for m in _ROUND.finditer(t) if not _CONGRESS_BEFORE.search(t[max(0, m.start() - 80):m.start()])
                 and not _a_councils_session(t, m)
                 and not (_WITHIN.match(t, m.start()) and t[max(0, m.start() - 6):m.start()].rstrip().endswith("trong"))),
                None)


def names_a_round(text: str) -> bool:
    """Whether a text names a round of the year ("Đợt 2, 2024", "Lần 2/2024", "Kỳ 2 năm 2024")."""
    return _round_in(period_text(text)) is not None


# a month or a quarter named with its year inside other words ("… được công nhận tháng 6/2024", "… T6/2024",
# "… quý II năm 2024"), folded; a day's date ("ngày 15 tháng 6 năm 2024") is no month (see dated_parts)
_DATED_PART = re.compile(r"(?<![a-z0-9])(?:thang\s*\d{1,2}|th?\s*\.?\s*\d{1,2}|qu[yi]\s*(?:iv|i{1,3}|[1-4]))\s*"
                         r"(?:[/.,-]\s*(?:nam)?|nam)\s*(?:19|20)\d{2}(?!\d)")


def dated_parts(folded: str) -> list[tuple[re.Match, Period]]:
    """The months and quarters a folded text names with their year ("san pham ocop duoc cong nhan thang
    6/2024" → 2024-06), each with its match; a day's date ("ngay 15 thang 6 nam 2024") names none."""
    out = []
    for m in _DATED_PART.finditer(folded):
        if re.search(r"\d\s*$", folded[:m.start()]):
            continue
        p = from_text(m[0])
        if p is not None and p.kind in ("month", "quarter"):
            out.append((m, p))
    return out


# a cited document's number right before a day ("theo Quyết định số 1563/QĐ-UBND ngày 15/6/2023", "Công văn
# số 45 ngày 10/7/2024"): the day that document was signed, not the day this report was written
_DOCUMENT_NUMBER_BEFORE = re.compile(r"(?:\bso\s*:?\s*\d[^\s,;]*|\d+/[a-z0-9][^\s,;]*)\s*$")
# NOTE: wrong33: "Báo cáo số 12/BC-SKHCN ngày 15/10/2024 về kết quả hoạt động KH&CN năm 2024", "Số: 12/BC-SKHCN
# ngày 15/10/2024": a number opening its line, after nothing but the report's own name, is this report's —
# its day the day it was written (the year's figures were stored, written in October); a cited one follows
# other words ("theo Quyết định số …", "Kèm theo Công văn số …") (metrics/header_words.toml own_document_words)
_OWN_NUMBER_PREFIX = re.compile(r"^[\s\W]*(?:(?:" + "|".join(
    sorted((re.escape(bare(w)) for w in registry.declared_header_words("own_document_words")), key=len, reverse=True))
                                + r")[\s\W]*)?$")


def _cited_number_before(before: str) -> bool:
    """Whether the folded words before a day end with another document's number (see above)."""
    m = _DOCUMENT_NUMBER_BEFORE.search(before)
    return m is not None and not _OWN_NUMBER_PREFIX.match(before[:m.start()])


def _written_day(text: str) -> tuple[date, str] | None:
    """The day a line says it was written on ("…, ngày 15/10/2024", "ngày 15 tháng 10 năm 2024") and the
    line's folded words without it; None for a line with a cut-off ("tính đến ngày 30/11/2024") or no day."""
    t = period_text(text)
    if has_cutoff(t):
        return None
    for m in _DATE_BARE.finditer(t):
        if m[0].startswith("ngay") and not _cited_number_before(t[:m.start()]) \
                and (d := _date(m[1], m[2], m[3], None)) is not None:
            return d, f"{t[:m.start()]} {t[m.end():]}"
    return None


def written_before_end(text: str, p: Period) -> date | None:
    """The day a period's line says it was written on, when that is more than a month before the period's
    end ("Báo cáo kết quả hoạt động KH&CN năm 2024, ngày 15/10/2024" → 15/10/2024): the period was not yet
    over, its figures no whole period's. None for a cut-off ("tính đến ngày 30/11/2024": the period it
    counts to), a day within the slack of the end, or a line naming no day."""
    w = _written_day(text)
    return day_before_end(w[0], p) if w is not None else None


# a line of its own saying where and when the report was written: "Nghệ An, ngày 15 tháng 10 năm 2024", "TP. Hồ Chí
# Minh, ngày 15/10/2024", "Ngày 15/10/2024", folded — a place's few words and a comma, or nothing, before the day
_PLACE_AND_DAY = re.compile(r"^[a-z .\-]{0,30},?\s*$")


def own_line_written_day(text: str) -> date | None:
    """The day a heading's line of its own says the report was written on: its place-and-date line
    ("Nghệ An, ngày 15 tháng 10 năm 2024") or its own number's ("Số: 12/BC-SKHCN ngày 15/10/2024"); None for any
    other line (a cited document's day, "Thực hiện Công văn ngày 10/7/2024 của UBND tỉnh", a cut-off)."""
    t = period_text(text)
    w = _written_day(text)
    if w is None:
        return None
    m = next(m for m in _DATE_BARE.finditer(t) if m[0].startswith("ngay"))
    before = t[:m.start()]
    own_number = _DOCUMENT_NUMBER_BEFORE.search(before)
    return w[0] if _PLACE_AND_DAY.match(before) or (own_number and _OWN_NUMBER_PREFIX.match(before[:own_number.start()])) \
        else None


def day_before_end(day: date, p: Period) -> date | None:
    """`day` when it falls within `p` and more than a month before its end (see written_before_end)."""
    return day if p.start <= day and (p.end - day).days > _SLACK_DAYS else None


def without_written_day(text: str) -> Period | None:
    """The period a line names besides the day it was written on ("Báo cáo … năm 2024, ngày 15/10/2024" →
    2024; read whole, the year and the day named no one period), when the day is not before it; else None."""
    w = _written_day(text)
    p = from_text(w[1]) if w is not None else None
    return p if p is not None and p.start <= w[0] else None


# "Cùng kỳ …" opening a period's text: the same span of another year (metrics/header_words.toml same_span_lead_words)
_SAME_SPAN_LEAD = re.compile(r"^\s*(?:%s)(?:\s+|$)" % "|".join(
    sorted(map(re.escape, {bare(w) for w in registry.declared_header_words("same_span_lead_words")}), key=len, reverse=True)))


def same_span_text(text: str) -> bool:
    """Whether a period's text opens with "Cùng kỳ" ("Cùng kỳ năm 2025", "Cùng kỳ 2025"): a year's same span
    of the period it is compared with, which the text alone does not name when it names only the year."""
    return bool(_SAME_SPAN_LEAD.match(period_text(text)))
# NOTE: wrong33: "Lũy kế đến hết quý III", "Từ đầu năm đến hết quý II/2024", "Lũy kế quý III" (the year to the end of
# a quarter) were read as that quarter alone — the nine months' 12 tasks stored as the third quarter's — and
# "Quý I đến quý III/2024" as the first quarter: a quarter reached is the months up to its end, from a quarter
# named before it or else from the year's start, written as the months are ("đến hết tháng 9", read below)
_QUARTER_NUMBER = r"(iv|i{1,3}|[1-4])(?![a-z0-9])"
# NOTE: … and "Lũy kế đến cuối quý III", "Lũy kế đến hết Q3/2024", "Q1-Q3/2024" (read as the quarter), "3 quý đầu năm
# 2024" (read as the whole year): the same months
_QUARTER_WORD = r"(?:qu[yi]|q(?![.\s]))\s*"
# NOTE: recall37: "Quý I-III/2024" (the second quarter word left out after the dash) named no period (I and III
# a list with a gap), "3 quý năm 2024", "Lũy kế 3 quý năm 2024" (no "đầu") were read as the whole year 2024:
# the first three quarters too, as "3 quý đầu năm 2024" and "9 tháng năm 2024" are
_QUARTER_REACHED = re.compile(r"(?<![a-z])(?:(?:(?:tu\s*)?" + _QUARTER_WORD + _QUARTER_NUMBER + r"\s*(?:-|den|toi)\s*"
                              r"|(?:den|toi)\s*|luy\s*ke\s*)(?:het\s*|cuoi\s*)?" + _QUARTER_WORD + _QUARTER_NUMBER
                              + r"|(?:tu\s*)?" + _QUARTER_WORD + _QUARTER_NUMBER + r"\s*(?:-|den|toi)\s*(?:het\s*|cuoi\s*)?"
                              + _QUARTER_NUMBER + r"|(?<![\d.,])([1-3])\s*qu[yi]\s*(?:dau\s*)?(?=\s*(?:[/.,-]\s*)?(?:nam(?![a-z])|(?:19|20)\d{2}(?!\d))|\s*$))"
                              r"(\s*(?:[/.-]|nam)\s*(?:19|20)\d{2}(?!\d))?")


# "Quý I-III", "Q1 – Q3", "Quý 1-3" (raw text): quarters from one to another written with a dash, which folding
# turns into a space — "quy i iii" is then also "Quý I, III" (a list with a gap, no one period)
_QUARTER_DASH = re.compile(r"(?<![^\W\d_])((?:qu[yýí]|q)\s*\.?\s*(?:iv|i{1,3}|[1-4]))\s*-\s*(?:(?:qu[yýí]|q)\s*\.?\s*)?"
                           r"(iv|i{1,3}|[1-4])(?![^\W_])", re.I)


def quarter_dash_as_words(text: str) -> str:
    """`text` with each span of quarters written with a dash ("Quý I-III", "Q1-Q3") written in words ("Quý I đến quý
    III"), which survive folding: the header and row readers fold a text before reading its part of a year.

    NOTE: recall37: a yearless "Q1-Q3" under "BÁO CÁO … NĂM 2024" was stored as the first quarter of 2024 (the nine
    months' 30 OCOP products), "Quý I-III" unread and as a row's period the file refused ("không đọc được kỳ")."""
    return _QUARTER_DASH.sub(lambda m: f"{m[1]} đến quý {m[2]}", one_dash(text))


# one quarter to another in folded words ("quy i den quy iii", "q1 den quy 3"): one span, however many numbers
QUARTER_TO_QUARTER = re.compile(r"(?<![a-z0-9])(?:qu[yi]|q)\s*(?:iv|i{1,3}|[1-4])\s+den\s+(?:het\s+)?qu[yi]\s*(?:iv|i{1,3}|[1-4])(?![a-z0-9])")


def _quarter_number(n: str) -> int:
    return {"i": 1, "ii": 2, "iii": 3, "iv": 4}.get(n) or int(n)


def quarters_reached(folded: str) -> tuple[int, int] | None:
    """The first and the last quarter of a span a folded text names by the quarter it reaches ("luy ke den het quy
    iii" → (1, 3), "quy ii den quy iii" → (2, 3)); None when it names none (a quarter alone: "quy iii")."""
    m = _QUARTER_REACHED.search(folded)
    return None if m is None else (_quarter_number(m[1] or m[3]) if m[1] or m[3] else 1,
                                   _quarter_number(m[2] or m[4] or m[5]))


def _quarters_reached(t: str) -> str:
    """A folded text with each quarter reached (_QUARTER_REACHED) written as the months it ends the span at."""
    def months(m: re.Match) -> str:
        end = 3 * _quarter_number(m[2] or m[4] or m[5])
        year = f"/{m[6].strip(' /.-nam')}" if m[6] else ""
        if m[1] is None and m[3] is None:
            return f"den het thang {end}{year}"
        first = 3 * _quarter_number(m[1] or m[3]) - 2
        return f"tu thang {first}{year} den het thang {end}{year}" if first < end else m[0]
    return _QUARTER_REACHED.sub(months, t)


def names_no_calendars(text: str) -> bool:
    """Whether the text names a month or quarter no calendar has ("T13/2024", "Quý V/2024": _IMPOSSIBLE)."""
    return bool(_IMPOSSIBLE.search(period_text(text)))


def from_text(text: str, default_year: int | None = None) -> Period | None:
    """Read a period from report text ("6 tháng đầu năm 2023", "Năm 2022", "giai đoạn 2020-2023",
    "Quý II/2024", "tháng 5/2023", "tính đến 30/6/2024", "từ 01/01/2024 đến 30/9/2024"). None when
    the text names no period, or names two that disagree."""
    # the one normalizer (metrics.names): a period read from the raw cell text ("30/6/\u00ad2026"
    # with a soft hyphen, "ÐẦU NĂM" with the look-alike "Ð" of old conversions) reads as a person reads it
    if names_no_calendars(text):
        return None
    t = _quarters_reached(_quarter_years_as_months(_month_and_date_as_dates(
        _months_in_words(period_text(text), may=_writes_may(nfc(text))))))
    t = _YEAR_THEN_DATE.sub(_year_then_date, t)
    t = _CITED_REPORT_MONTH.sub(" ", t)
    if (ym := _YEAR_SLASH_MONTH.search(t)) is not None:
        # NOTE: wrong56: "Kỳ báo cáo: 2026/09" (a reporting system's year and month) was read as the year 2026 — a
        # month's figures stored as the year's. Read as the code "2026-09" is; "2011/12" may be the years 2011–2012
        # too: no period
        if int(ym[2]) == (int(ym[1]) + 1) % 100:
            return None
        t = f"{t[:ym.start()]}{ym[1]}-{int(ym[2]):02d}{t[ym.end():]}"
    if (to_part := _year_to_a_later_part(t)) is not None:
        return to_part
    # NOTE: blind59: "Cùng kỳ năm 2025 (9 tháng)" (Cao Bằng's row under its quarters of 2026) was read as the
    # whole year 2025 — nine months' figures stored as the year's. The part its note names is the period,
    # as in "Năm 2025 (9 tháng)"; a note of other words ("(3 tỉnh cũ)") leaves the year, read as before
    if (lead := _SAME_SPAN_LEAD.match(t)) and _YEAR_NOTE_PART.match(t[lead.end():]):
        t = t[lead.end():]
    if _WEEK.search(t) or _round_in(t) or _YEAR_TO_NOW.search(t) or _YTD.search(t):
        return None
    if _COUNCIL_TERM.search(t) and (own := from_text(_COUNCIL_TERM.sub(" , ", t), default_year)) is not None:
        return own
    if (coded := _year_first_code(t)) is not False:
        return coded
    if (labelled := _PERIOD_LABEL.match(t)) is not None:
        if (code := month_code(labelled[1])) is not None:
            return code
        if (coded := _year_first_code(labelled[1])) is not False:
            return coded
    if codes := _YEAR_FIRST_CODE_IN_TEXT.findall(t):
        # the words around the code may name the same part ("Quý III/2026 (2026Q3)"); anything else — a running
        # total's words, another period, none — leaves the code's meaning unsure: no period (never its year)
        rest = from_text(_YEAR_FIRST_CODE_IN_TEXT.sub(" ", t), default_year)
        # NOTE: wrong56: "Kỳ báo cáo: Quý III/2026 (2026-09)" — a reporting system's code of the quarter by its last
        # month, in brackets after the words: the honest line was refused (no period). A month code in brackets that
        # is the last month of the part of the year the words name is that part; elsewhere a month stays a month
        same = rest is not None and all(
            (code := _year_first_code(re.sub(r"\s+", "", c))) == rest
            or (code and code.kind == "month" and rest.kind in ("quarter", "half") and code.end == rest.end
                and re.search(r"\(\s*" + re.escape(c) + r"\s*\)", t) is not None) for c in codes)
        return rest if same else None
    if not any(ch.isdigit() for ch in t):
        return _named(t, default_year)
    # "Lũy kế từ tháng 7/2025", "Năm 2025 (từ tháng 7/2025)", "Từ tháng 7/2025 đến nay": from July's first day (read
    # below as "từ 01/7/2025" is), never July alone
    t = _FROM_A_MONTH_OPEN.sub(_first_day_of_the_month, _DASH_TO_NOW.sub(" den ", t))
    if (to_month := _from_a_day_to_a_month(t)) is not False:
        return to_month
    if m := _MONTH_LIST.search(t):
        return _months_together(m, t, default_year)
    if m := _MONTH_TO_MONTH.search(t):
        return _month_to_month(m, t, default_year)
    # NOTE: "Kết quả … từ khi hợp nhất (01/7/2025) đến 31/12/2025" (the new province's report since
    # the merger) was read as the whole of 2025: the merger is a date, 1 July 2025
    t = _SINCE_MERGER.sub("tu 01/7/2025 ", t)
    if (open_from := _since_a_day(t, default_year)) is not False:
        return open_from
    if _open_start(t, default_year) is not None:
        return None     # "Lũy kế từ 01/7/2025": from that day to the report's (open_start), never that day
    # NOTE: a date was read as its year: "tính đến 30/6/2024" stored a stock at 31/12/2024 and a
    # flow "từ 01/01/2024 đến 30/6/2024" as the whole year. A date now bounds the period; the
    # period the text names besides (its title's "6 tháng đầu năm 2024") decides when they agree.
    for kind, rx in (("span", _DATE_SPAN), ("span_yearless_start", _DATE_SPAN_YEARLESS_START),
                     ("cutoff", _DATE_CUTOFF), ("month", _MONTH_CUTOFF),
                     ("bare", _DATE_BARE), ("month_yearless", _MONTH_CUTOFF_YEARLESS)):
        if m := rx.search(t):
            break
    else:
        return _named(t, default_year)
    rest = t[:m.start()] + " " + t[m.end():]
    named = _named(rest, default_year)
    year = named.end.year if named is not None else default_year
    g = m.groups()
    if kind in ("span", "span_yearless_start"):
        g = (g[0:2] + (None,) + g[2:5]) if kind != "span" else (g[0:3] if g[0] else g[3:6]) + g[6:9]
        end = _date(*g[3:6], year)
        start = _date(*g[0:3], end.year) if end else None
        if start is not None and end is not None and start > end and not g[2]:
            start = _date(*g[0:2], None, end.year - 1)     # "từ 15/12 đến 14/6/2026": December 2025
        if start is None or end is None or end < start:
            return named
        return _from_dates(start, end, named)
    if kind == "month":
        end = _month_end(int(g[1]), int(g[0])) if 1 <= int(g[0]) <= 12 else None
    elif kind == "month_yearless":
        end = _month_end(year, int(g[0])) if year is not None and 1 <= int(g[0]) <= 12 else None
        if end is not None and (f := _FROM_MONTH.search(t, 0, m.start())):
            return span(date(end.year, int(f[1]), 1), end) if 1 <= int(f[1]) <= end.month else named
    else:
        end = _date(*g, year)
    if end is None:
        return named
    if kind != "bare" and (f := _FROM_YEAR.search(t, 0, m.start())) and int(f[1]) <= end.year:
        # "Lũy kế từ năm 2015 đến 30/6/2024": the span from that year's start to the cut-off
        start = date(int(f[1]), 1, 1)
        return span(start, end) if end == _month_end(end.year, end.month) else at(end)
    if kind == "bare":
        # NOTE: a date without "đến" says no span: a document's date beside the period it reports
        # ("Báo cáo … ngày 15/7/2024 … 6 tháng đầu năm 2024"); alone, a stock's date ("31/12/2024" is
        # the year's end, as a date-typed period cell) — a flow at "29/02/2024" might be February's
        # or the year's to date, so it is asked, never guessed
        if named is not None:
            return named
        return span(date(end.year, 1, 1), date(end.year, 12, 31)) if (end.month, end.day) in ((1, 1), (12, 31)) else at(end)
    return _from_dates(None, end, named)


# NOTE: reporting software and spreadsheets write a period year first, as this notation does:
# "2025-Q3", "2025Q3", "2025 - Q3", "2025-S1", "2025-H1" (a part of the year), "2025-09" (a month),
# "2025-09-30" (an ISO date). Each was read as the whole year 2025 (batch 48: the reporting system's
# export stored a quarter's figures as the year's) — a part of a year stored as the year.
_YEAR_FIRST_PART = re.compile(r"^((?:19|20)\d{2})\s*[-/.]?\s*([qsh])\s*\.?\s*(\d)(?![\w])(.*)$")
_YEAR_FIRST_MONTH = re.compile(r"^((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?(?!\d)(.*)$")
# NOTE: blind90: "2024-9M", "2024-9T" (a reporting system's nine months from January, "2024 9M" already read so)
# were read as the whole year 2024 — nine months' figures stored as the year's
_YEAR_FIRST_MONTHS = re.compile(r"^((?:19|20)\d{2})\s*[-/._]?\s*(\d{1,2})\s*(?:m|t|th)(?![\w])(.*)$")
# "202609": a BI tool's or database's month code, year and month glued — read only where a period is written
# (a period column's cell, a "Kỳ báo cáo: …" line), never in running text, where six digits are any number
_MONTH_CODE = re.compile(r"^\s*((?:20)\d{2})(0[1-9]|1[0-2])\s*$")
# "Kỳ báo cáo: 2026Q3", "Kỳ: 202609", "KyBC = 2026-09": a label naming the period, then the code alone
_PERIOD_LABEL = re.compile(r"^\s*(?:ky\s*(?:bao\s*cao|bc)?|kybc|period|reporting period)\s*[:=]\s*(\S.*)$")
# a year-first code inside longer words ("Số liệu 2026Q3 toàn tỉnh"): its part is meant, the year alone never. Not
# an ISO date's year and month ("Ngày xuất 2026-10-06", an export's date beside "Quý III/2026": read as before)
# "2026/09", "2026/9": a year and its month after a slash, nothing else with a digit (from_text)
_YEAR_SLASH_MONTH = re.compile(r"(?<![\w./-])((?:19|20)\d{2})\s*/\s*(0?[1-9]|1[0-2])(?![\w./-])")
_YEAR_FIRST_CODE_IN_TEXT = re.compile(r"(?<![\w./-])(?:19|20)\d{2}(?:\s*-?\s*[qsh]\s*\.?\s*[1-4]|-(?:0[1-9]|1[0-2])|\s*-\s*\d{1,2}\s*(?:m|t))(?![\w/]|-\d)")
# "2025/09/30", "2025.09.30": the same date as other software writes it (read as the year 2025, review27b)
_YEAR_FIRST_DATE = re.compile(r"^((?:19|20)\d{2})([/.])(\d{1,2})\2(\d{1,2})(?!\d)(.*)$")
# the time a spreadsheet's text export writes after an ISO date ("2025-09-30 00:00:00")
_CLOCK_TIME = re.compile(r"^[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")


# "Dec 2024 - Jan 2025", "Tháng 12/2024 - tháng 1/2025", "từ tháng 1/2024 đến tháng 3/2024": from one month
# of a year to another's end, each with its year (the English months written "thang M/YYYY" above)
# NOTE: wrong30: read as the first month alone ("Dec 2024 - Jan 2025" as December 2024; "Tháng 1/2024 -
# tháng 3/2024" as January), the span's figure stored as one month's
# wrong40: and as "T12/2024–T3/2025", "Th.11/2024 - Th.2/2025" (_M_WORD): read as December 2024, the span's figure
# stored as one month's
# NOTE: wrong40: and two months listed, each with its year ("Tháng 10/2024 và tháng 11/2024", "T12/2024, T1/2025"): read
# as the first month, the two months' figure stored as one's. One after the other they are their span (as
# wrong27's "Tháng 6 và 7, 2024"); any other two name no one period (the uploader is asked)
_MONTH_TO_MONTH = re.compile(r"(?<![a-z])(?:tu\s*)?" + _M_WORD + r"(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})\s*(-|den|toi|,|;|va|\+|&)\s*"
                             r"(?:het\s*)?(?:" + _M_WORD + r")?(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)")
# NOTE: wrong40: "Quý IV/2024 - Quý I/2025" (a season across a year's end), "Quý I/2024 - Quý III/2024", "Q4/2024 –
# Q1/2025": from one quarter of a year to another's end, each with its year — read as the first quarter (2024-Q4),
# the span's figure stored as one quarter's. The months from the one's first to the other's last (a month range
# across years is a declared period, "2024-10/2025-03"), written so for _MONTH_TO_MONTH; backwards, no period. The
# second quarter's word is written ("Quý I/2024 - 2/2025": February?)
_QUARTER_YEAR_TO_QUARTER_YEAR = re.compile(
    r"(?<![a-z])(?:tu\s*)?" + _QUARTER_WORD + _QUARTER_NUMBER + r"\s*(?:[/.,-]\s*(?:nam)?|nam)\s*((?:19|20)\d{2})\s*"
    r"(-|den|toi|,|;|va|\+|&)\s*(?:het\s*|cuoi\s*)?" + _QUARTER_WORD + _QUARTER_NUMBER
    + r"\s*(?:[/.,-]\s*(?:nam)?|nam)\s*((?:19|20)\d{2})(?!\d)")


# NOTE: wrong41: a month with its year, then a date ("T1/2024 - 31/3/2024", "Tháng 1/2024 đến 31/3/2024") or a date,
# then a month ("01/01/2024 - T3/2024"): read as the month written (January, March), the quarter's figure stored
# as one month's. The month is its first day at the span's start and its last at the end, written so for
# _DATE_SPAN (whose reading of whole months decides: 01/01–31/03 the first quarter, to 15/3 no period)
_MONTH_THEN_DATE = re.compile(r"(?<![a-z])(?:tu\s*)?" + _M_WORD + r"(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})\s*(?:-|den|toi)\s*"
                              r"(?:het\s*)?(?=(?:ngay\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}(?!\d))")
_DATE_THEN_MONTH = re.compile(r"(?<![\d/.,])(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2})\s*(?:-|den|toi)\s*(?:het\s*)?"
                              + _M_WORD + r"(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)")


# NOTE: blind70: a span from a year to a date or to a part of a later year ("SỐ LIỆU … GIAI ĐOẠN 2023 - 30/6/2025",
# "giai đoạn 2023 - 6 tháng đầu năm 2025", "Lũy kế 2021 đến hết Quý III/2025"): the date was read alone and the
# year kept ("2023": a report on 2023, its columns "Năm 2024 | 6 tháng đầu năm 2025" set aside as plans), the part
# read alone and the year dropped (a span of two and a half years taken as the first half of 2025 — its figures
# would be stored as the half's). From the year's first day to the date, or to the part's end, as a person
# reads it; a part of the same year ("Năm 2024 - tháng 12") is not a span and reads as before
_YEAR_THEN_DATE = re.compile(r"(?<![\d/.,])(?:nam\s*)?((?:19|20)\d{2})\s*(?:-|–|den|toi)\s*(?:het\s*)?"
                             r"(?=(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d))")
_YEAR_THEN_PART_OF_LATER = re.compile(r"(?<![\d/.,])(?:nam\s*)?((?:19|20)\d{2})\s*(?:-|–|den|toi)\s*(?:het\s*)?"
                                      r"(?!(?:nam\s*)?(?:19|20)\d{2})(?!(?:ngay\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-])"
                                      r"(.*?(?:19|20)\d{2})(?!\d)")


def _year_then_date(m: re.Match) -> str:
    """A year then a month's last day of a later year (_YEAR_THEN_DATE) written as the span's two dates; another
    day (a day the report was written on, "Năm 2024 - 15/01/2025") left as it was."""
    y, (d, mo, y2) = int(m[1]), (int(m[2]), int(m[3]), int(m[4]))
    if y2 <= y or not 1 <= mo <= 12 or d != _month_end(y2, mo).day:
        return m[0]
    return f"tu 01/01/{y} den "


_BARE_MONTH_OF_YEAR = re.compile(r"^\s*(?:thang\s*)?(\d{1,2})\s*[/.]\s*((?:19|20)\d{2})\s*$")


def _year_to_a_later_part(t: str) -> Period | None:
    """The span a folded text names from a year to a part of a later year (_YEAR_THEN_PART_OF_LATER), or None."""
    if not (m := _YEAR_THEN_PART_OF_LATER.search(t)):
        return None
    part = _named(m[2], None)
    # NOTE: blind91: Kon Tum's review before the merger headed its running total "Lũy kế 2021 - 6/2025": the month
    # typed as digits alone ("6/2025", "06.2025") named no part for _named, the column had no period and the
    # whole file was refused (_named reads it as the year). A bare month of a later year (1–12, nothing else
    # around it) ends the span
    # NOTE: review47: "NĂM 2024 - 01/2025" is the year then the month the report was made (as "Năm 2024 -
    # 15/01/2025"), not a span to January; "Lũy kế 2021 - 6/2025 (9 tháng)" says another length. Only a month at
    # least two years after the first year, with no more period words after it, ends the span
    # NOTE: review49: "NĂM 2023 - 01/2025", two years apart, was still a span: a year said as "năm 2023" is that
    # year (the month after it the report's); only a year with no "năm" before it opens such a span ("Lũy kế 2021 -
    # 6/2025", "giai đoạn 2021 - 6/2025")
    if (bare := _BARE_MONTH_OF_YEAR.match(m[2])) and 1 <= int(bare[1]) <= 12 and int(bare[2]) - int(m[1]) >= 2 \
            and not re.search(r"\d|thang|quy|nam", t[m.end():]) and not re.search(r"\bnam\s*$", t[:m.start(1)]):
        part = span(date(int(bare[2]), int(bare[1]), 1), _month_end(int(bare[2]), int(bare[1])))
    y = int(m[1])
    if part is None or part.kind == "year" or part.start.year <= y or part.start.year != part.end.year:
        return None
    return span(date(y, 1, 1), part.end)


def _month_and_date_as_dates(t: str) -> str:
    """A folded text with a month beside a date in one span (_MONTH_THEN_DATE, _DATE_THEN_MONTH) written as dates."""
    def first(m: re.Match) -> str:
        return f"tu 01/{int(m[1])}/{m[2]} den " if 1 <= int(m[1]) <= 12 else m[0]

    def last(m: re.Match) -> str:
        month, year = int(m[2]), int(m[3])
        return f"{m[1]} - {_month_end(year, month).day}/{month}/{year}" if 1 <= month <= 12 else m[0]
    return _DATE_THEN_MONTH.sub(last, _MONTH_THEN_DATE.sub(first, t))


def _quarter_years_as_months(t: str) -> str:
    """A folded text with each span from a quarter of a year to another's (_QUARTER_YEAR_TO_QUARTER_YEAR) written as
    its months; two quarters listed ("Quý IV/2024 và Quý I/2025") are their span when one follows the other, else
    written as two months listed apart (no one period, _month_to_month)."""
    def months(m: re.Match) -> str:
        (q1, y1), (q2, y2) = (_quarter_number(m[1]), int(m[2])), (_quarter_number(m[4]), int(m[5]))
        if m[3] in ("-", "den", "toi") or 4 * y2 + q2 == 4 * y1 + q1 + 1:
            return f"tu thang {3 * q1 - 2}/{y1} den het thang {3 * q2}/{y2}"
        return f"thang {3 * q1 - 2}/{y1} va thang {3 * q2}/{y2}"
    return _QUARTER_YEAR_TO_QUARTER_YEAR.sub(months, t)


def _month_to_month(m: re.Match, t: str, default_year: int | None) -> Period | None:
    """The span from one month to another (_MONTH_TO_MONTH), or None when it runs backwards, names no
    month, or the rest of the text names another period."""
    (m1, y1, m2, y2) = (int(x) for x in m.group(1, 2, 4, 5))
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12) or (y2, m2) < (y1, m1):
        return None
    if m[3] not in ("-", "den", "toi") and 12 * y2 + m2 != 12 * y1 + m1 + 1:
        return None   # two months listed, not one after the other
    got = span(date(y1, m1, 1), _month_end(y2, m2))
    named = _named(t[:m.start()] + " " + t[m.end():], default_year)
    if named is not None and not (named.start <= got.start and got.end <= named.end):
        return None
    return got


def _months_together(m: re.Match, t: str, default_year: int | None) -> Period | None:
    """The span months written together name (see _MONTH_LIST): a range from an earlier month to a later
    one, or months listed one after another; None otherwise, or with no year to place them in."""
    seps, months = zip(*(("range" if s in "-den" else "list", int(n)) for s, n in _MONTH_LIST_SEP.findall(m[2])))
    months = (int(m[1]), *months)
    named = _named(t[:m.start()] + " " + t[m.end():], default_year)
    y = int(m[3]) if m[3] else (named.end.year if named is not None else default_year)
    if not y or not all(1 <= n <= 12 for n in months):
        return None
    if set(seps) == {"range"} and len(months) == 2 and months[0] < months[1]:
        return span(date(y, months[0], 1), _month_end(y, months[1]))
    if set(seps) == {"list"} and list(months) == list(range(months[0], months[0] + len(months))):
        return span(date(y, months[0], 1), _month_end(y, months[-1]))
    return None


def _year_first_code(t: str) -> Period | None | bool:
    """The period a whole text written year first names; None when the code is no period ("2025-Q5",
    "2025-13": never read as the year); False when the text is no such code (read as words)."""
    t = t.strip()
    # NOTE: a code followed by more words ("2025-Q3 (lũy kế)", "2025-H1 (ước)", "2025-09 (lũy kế)", "2025-Q3,
    # 2025-Q4") names its part and more — a total to date, an estimate, two parts: read as the year (the
    # words after the code), the quarter's total to date and the half's estimate were stored as the year's
    # (review27b). No period; a date's clock time ("2025-09-30 00:00:00", a text export's) is that date
    if (m := _YEAR_FIRST_PART.match(t) or _YEAR_FIRST_MONTH.match(t)) is not None and m[4].strip() \
            and not (m.re is _YEAR_FIRST_MONTH and m[3] is not None and _CLOCK_TIME.match(m[4])):
        return None
    if m := _YEAR_FIRST_DATE.match(t):
        if m[5].strip() and not _CLOCK_TIME.match(m[5]):
            return None
        return _year_first_code(f"{m[1]}-{int(m[3]):02d}-{int(m[4]):02d}")
    if m := _YEAR_FIRST_PART.match(t):
        y, part, n = int(m[1]), m[2], int(m[3])
        if part == "q" and 1 <= n <= 4:
            return span(date(y, 3 * n - 2, 1), _month_end(y, 3 * n))
        if part in "sh" and n in (1, 2):
            return span(date(y, 1 if n == 1 else 7, 1), _month_end(y, 6 if n == 1 else 12))
        return None
    if m := _YEAR_FIRST_MONTHS.match(t):
        y, n = int(m[1]), int(m[2])
        if m[3].strip() or not 1 <= n <= 12:
            return None
        return span(date(y, 1, 1), _month_end(y, n))
    if m := _YEAR_FIRST_MONTH.match(t):
        y, mo = int(m[1]), int(m[2])
        if not 1 <= mo <= 12:
            return None
        if m[3] is None:
            return span(date(y, mo, 1), _month_end(y, mo))
        # an ISO date reads as the same date typed "30/09/2025" does
        return from_text(f"{int(m[3])}/{mo}/{y}")
    return False


def month_code(text: object) -> Period | None:
    """The month a glued year-and-month code names ("202609", 202609: September 2026), as BI tools and databases
    write it in a period column; None for any other text (only where a period is written is it read so)."""
    if isinstance(text, bool) or (isinstance(text, float) and not text.is_integer()):
        return None
    if isinstance(text, float):
        text = int(text)
    m = _MONTH_CODE.match(str(text))
    if m is None:
        return None
    y, mo = int(m[1]), int(m[2])
    return span(date(y, mo, 1), _month_end(y, mo))


def cutoff_alone(text: str) -> bool:
    """Whether text bounds a period by its end date alone, its start unstated: "Tính đến 30/11/2025, toàn
    tỉnh có 60 sáng kiến được công nhận" (since January, since the term began, since ever?) — not "từ
    01/01/2025 đến …", "Lũy kế từ năm 2021 đến …", "từ đầu năm đến …", "Năm 2025, tính đến …"."""
    t = re.sub(r"[,.;:](?=\s|$)", " ", period_text(text))   # a clause's comma after its date ("30/11/2025,")
    m = _DATE_CUTOFF.search(t) or _MONTH_CUTOFF.search(t)
    if m is None or _DATE_SPAN.search(t) or _FROM_YEAR.search(t):
        return False
    rest = t[:m.start()] + " " + t[m.end():]
    return "dau nam" not in rest and _named(rest, None) is None


def has_cutoff(text: str) -> bool:
    """Whether text bounds a period with a date: "tính đến 30/6/2024", "từ 01/01 đến 30/9/2024",
    "đến hết tháng 6/2024"."""
    t = period_text(text)
    return any(rx.search(t) for rx in (_DATE_SPAN, _DATE_CUTOFF, _MONTH_CUTOFF))


def _from_dates(start: date | None, end: date, named: Period | None) -> Period | None:
    """The period dates state: "từ start đến end", or "đến end" (start None: from the beginning
    of the named period, else of end's year). A span of whole months is that span; a cut-off at a
    month's end is the span to it (a stock's date is its end); another cut-off is the date itself.
    A named period a few weeks off the dates is the report's period (ministries' cut-offs, 15/12–14/6);
    one that disagrees more leaves the text without a period (the uploader is asked)."""
    def near(a: date, b: date) -> bool:
        return abs((a - b).days) <= _SLACK_DAYS

    month_end = end == _month_end(end.year, end.month)
    if start is not None:
        if start.day == 15 and end.day == 14:
            # the Government's reporting cut-off: from the 15th of the month before the period to the
            # 14th of its last month (Nghị định 09/2019/NĐ-CP)
            start = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
            end, month_end = _month_end(end.year, end.month), True
        if start.day == 1 and month_end:
            p = span(start, end)
            if named is None or (named.start <= p.start and p.end <= named.end):
                return p
            return named if near(named.start, start) and near(named.end, end) else None
        return named if named is not None and near(named.start, start) and near(named.end, end) else None
    if named is None:
        return span(date(end.year, 1, 1), end) if month_end else at(end)
    # NOTE: probe37: "Năm 2024 (tính đến 30/11)", "Năm 2024 (đến tháng 11)": a cut-off at the end of a month
    # before the named period's last month counts that far, never the whole period — eleven months were
    # stored as the year 2024 (30/11 is within the slack of 31/12). The slack is for a day inside the last
    # month or after the end ("15/12", "14/6", "15/7"), as the Government's cut-offs are
    short = month_end and end < named.end and (end.year, end.month) != (named.end.year, named.end.month)
    if near(named.end, end) and not short:
        # a cut-off a few weeks either side of the named period's end is that period's report: "năm
        # 2025 (số liệu tính đến ngày 15/12/2025)" is the year (the Government's cut-off is the 14th)
        return named
    if named.start <= end <= named.end:
        if month_end:
            return span(named.start, end)
        return at(end) if named.kind in ("year", "range") else named
    return None


# NOTE: probe37: "Niên độ 2024-2025", "Niên vụ 2024-2025", "Năm tài chính 2024-2025" (a season, a fiscal
# year: twelve months across two calendar years), as probe31's "Năm học 2024-2025" in a column: read as
# the span 2024–2025, a season's 58 OCOP products were stored as the sum of two whole years, and a title
# naming one gave every figure that span. No period the product holds (asked, never guessed); the words
# are declared once (metrics/header_words.toml non_calendar_year_words)
_SEASON = re.compile(r"(?<![a-z])(" + "|".join(sorted(map(re.escape, registry.header_words("non_calendar_year_words")),
                                                      key=len, reverse=True)) + r")(?![a-z])")


def _year_then_part(t: str) -> tuple[str, str, bool] | None:
    """A year and the words after it that may name its part ("2025 - 6T", "Năm 2024 (11 tháng)", "2024 9T"),
    folded, and whether they were its note."""
    if m := _YEAR_THEN_PART.match(t):
        return m[1], m[2], False
    if (m := _YEAR_SPACE_PART.match(t)) and _PART_START.match(m[2]):
        return m[1], m[2], False
    # blind66: "Năm 2024 ()" (a bracket left empty) matched with an empty note: the year's, never a TypeError
    if (m := _YEAR_NOTE_PART.match(t)) and (note := m[2] if m[1] else m[4]).strip() \
            and not _NOTE_BOUND.search(note) and _only_a_part(note):
        return m[1] or m[3], note, True
    return None


# NOTE: review31b: "Năm 2024 (báo cáo tháng 12)", "(cập nhật tháng 11)", "(kỳ báo cáo tháng 12)", "(QĐ tháng
# 6)", "(trừ tháng 12)" were stored as December's, November's, June's figures — the month a note names is
# the part of the year only when the note says nothing else ("(11 tháng)", "(ước 6 tháng cuối năm)");
# "(11 tháng, ước cả năm)", "(TH 11 tháng + ước tháng 12)" are the year's estimate (stored so before
# wrong31, as "Thực hiện 11 tháng, ước cả năm 2024" is), not eleven months' nor December's. A note of
# other words is read as before wrong31 (metrics/header_words.toml year_note_part_words)
# (blind80: "\d{1,2}t" — "2024 (9T)" was read as the year 2024, "(9 tháng)" as the nine months)
_NOTE_PART_TOKEN = re.compile(r"\d+|[ivx]+|t\d{1,2}|\d{1,2}[tm]|[1-4][hq]|q\d|[sh]\d|6tcn|" + "|".join(sorted(
    {t for w in registry.declared_header_words("year_note_part_words") for t in bare(w).split()},
    key=len, reverse=True)))


def _only_a_part(note: str) -> bool:
    """Whether a year's note holds nothing but a part of the year and the words said with one."""
    words = re.findall(r"[a-z0-9]+", note)
    # one part: "tháng" or "quý" said once ("(TH 11 tháng + ước tháng 12)" is the year's estimate)
    return all(_NOTE_PART_TOKEN.fullmatch(w) for w in words) and sum(w in ("thang", "quy", "qui") for w in words) <= 1


# a note bounding its year rather than naming a part of it ("(số liệu cập nhật đến tháng 3 năm sau)", "(từ
# tháng 3 đến tháng 10)"): read by the cut-off readers (review28a), never as a part
_NOTE_BOUND = re.compile(r"(?<![a-z])(?:den|toi|tu|sau|tiep theo|truoc)(?![a-z])")


# the words before a text's later span that make it the plan's, the results' span the first ("… giai đoạn
# 2021-2025 và phương hướng giai đoạn 2026-2030"; metrics/header_words.toml span_ahead_words), folded
_SPAN_AHEAD = re.compile(r"(?:^| )(?:" + "|".join(sorted(map(re.escape, registry.header_words("span_ahead_words")),
                                                         key=len, reverse=True)) + r")(?: |$)")


def _another_span_of_results(t: str, first: re.Match) -> bool:
    """Whether folded text names a second span of years after its first, not as a plan's: "… GIAI ĐOẠN 2016 -
    2020 VÀ 2021 - 2024", "so sánh giai đoạn 2016-2020 với giai đoạn 2021-2025" — two periods, as "năm 2023 và
    2024" are: neither is the text's one period.

    NOTE: blind62: the former Thái Nguyên's table under "… GIAI ĐOẠN 2016 - 2020 VÀ 2021 - 2024" was read as a
    report on 2016–2020, its rows of 2021 … 2024 (and their subtotal) set aside as "after the report's
    period" — 15 figures lost. "… giai đoạn 2021-2025, phương hướng giai đoạn 2026-2030" stays the first."""
    for n in _RANGE_TXT.finditer(t, first.end()):
        if int(n[1]) < int(n[2]) and (n[1], n[2]) != (first[1], first[2]):
            return not _SPAN_AHEAD.search(t[first.end():n.start()])
    return False


def _named(t: str, default_year: int | None) -> Period | None:
    """The period folded text names in words or short forms (no full dates)."""
    if (m := _year_then_part(t)) and not _YEAR_TXT.search(m[1]):
        rest, y = m[1].strip(), int(m[0])
        for part in (_named(f"{rest} {y}", None), _named(f"{rest}/{y}", None)):
            if part is not None and part.kind != "year" and part.start.year == part.end.year == y:
                return part
        if re.fullmatch(r"12\s*(?:t|thang)", rest):
            return span(date(y, 1, 1), date(y, 12, 31))   # "2025 - 12T": the twelve months, the year
        if _PART_TOKEN.search(rest):
            return None   # "2025 - T10", "2025 - 6T (ước)", "2025 - 13T": a part not read, never the year
    if m := _RANGE_TXT.search(t):
        a, b = int(m[1]), int(m[2])
        if b == a + 1 and _SEASON.search(t):
            return None   # "Niên độ 2024-2025": twelve months across two years, neither year nor both
        if a < b:
            if _another_span_of_results(t, m):
                return None
            return span(date(a, 1, 1), date(b, 12, 31))
    if m := _LAST_6.search(t):
        y = int(m[1]) if m[1] else default_year
        if y:
            return span(date(y, 7, 1), date(y, 12, 31))
    if m := _FIRST_N.search(t):
        n = int(m[1])
        if not 1 <= n <= 12:
            # NOTE: wrong43: "13 tháng năm 2024" (a count of months no year has: a typo, or months across two
            # years) was read as the year 2024 — a count of months is the months' period or none, never the year
            return None
        y = int(m[2] or m[3]) if (m[2] or m[3]) else default_year
        if y:
            return span(date(y, 1, 1), _month_end(y, n))
    if m := _QUARTER_LIST.search(t):
        qs = [_ROMAN.get(q) or int(q) for q in [m[1]] + _Q_IN_LIST.findall(m[2])]
        y = int(m[3]) if m[3] else default_year
        if not y or qs != list(range(qs[0], qs[0] + len(qs))):
            return None
        return span(date(y, 3 * qs[0] - 2, 1), _month_end(y, 3 * qs[-1]))
    if m := _QUARTER_TXT.search(t):
        q = _ROMAN.get(m[1]) or (int(m[1]) if m[1].isdigit() else None)
        y = int(m[2]) if m[2] else default_year
        if q and y:
            return span(date(y, 3 * q - 2, 1), _month_end(y, 3 * q))
    if m := _MONTH_TXT.search(t):
        mo, y = int(m[1]), int(m[2])
        if 1 <= mo <= 12:
            return span(date(y, mo, 1), _month_end(y, mo))
    if m := _QUARTER_ABBR_LIST.search(t):
        qs = [_ROMAN.get(q) or int(q) for q in [m[1]] + _Q_ABBR_IN_LIST.findall(m[2])]
        y = int(m[3])
        ranged = len(qs) == 2 and qs[0] < qs[1] and "-" in m[2]   # "Q1-Q3/2025": the first to the third
        if qs != list(range(qs[0], qs[0] + len(qs))) and not ranged:
            return None
        return span(date(y, 3 * qs[0] - 2, 1), _month_end(y, 3 * qs[-1]))
    if m := _QUARTER_ABBR.search(t):
        q, y = _ROMAN.get(m[1]) or int(m[1]), int(m[2])
        return span(date(y, 3 * q - 2, 1), _month_end(y, 3 * q))
    if m := _HALF_ABBR.search(t):
        y = int(m[2])
        return span(date(y, 1, 1), date(y, 6, 30)) if m[1] == "1" else span(date(y, 7, 1), date(y, 12, 31))
    if m := _HALF_FIRST_ABBR.search(t):
        y = int(m[2])
        return span(date(y, 1, 1), date(y, 6, 30)) if m[1] == "1" else span(date(y, 7, 1), date(y, 12, 31))
    if m := _QUARTER_FIRST_ABBR.search(t):
        y = int(m[2])
        return span(date(y, 1, 1), date(y, 3, 31)) if m[1] == "1" else None
    if m := _LAST_6_ABBR.search(t):
        y = int(m[1])
        return span(date(y, 7, 1), date(y, 12, 31))
    if m := _FIRST_N_ABBR.search(t):
        n, y = int(m[1]), int(m[2])
        if not 1 <= n <= 12:
            return None   # "13T/2024", "13 tháng 2024": as "13 tháng năm 2024" (wrong43)
        return span(date(y, 1, 1), _month_end(y, n))
    if m := _MONTH_ABBR_TXT.search(t):
        mo, y = int(m[1]), int(m[2])
        if 1 <= mo <= 12:
            return span(date(y, mo, 1), _month_end(y, mo))
    years = {int(y) for y in _YEAR_TXT.findall(t)}
    if len(years) == 1:
        y = years.pop()
        return span(date(y, 1, 1), date(y, 12, 31))
    return None


# --- period -> words ------------------------------------------------------------------

# A period's name in Vietnamese and English, the way the reports write it: part of the domain's
# names (like an indicator's), used by the writer's messages and by every view.
PERIOD_NAMES = {
    "year": ("Năm {y}", "{y}"),
    "first_half": ("6 tháng đầu năm {y}", "First half of {y}"),
    "second_half": ("6 tháng cuối năm {y}", "Second half of {y}"),
    "quarter": ("Quý {q_roman}/{y}", "Q{q} {y}"),
    "month": ("Tháng {m}/{y}", "{mon} {y}"),
    "date": ("Tính đến {day:02d}/{m:02d}/{y}", "As of {day} {mon} {y}"),
    "years": ("Giai đoạn {y}–{y2}", "{y}–{y2}"),
    "first_months": ("{m2} tháng đầu năm {y}", "First {m2} months of {y}"),
    "months": ("Từ tháng {m}/{y} đến tháng {m2}/{y2}", "{mon} {y}–{mon2} {y2}"),
}
_QUARTER_ROMAN = ("I", "II", "III", "IV")
_MONTH_ABBR = tuple(calendar.month_abbr)  # English, whatever the machine's locale: "Jan" …


def _name_key(p: Period) -> str:
    if p.kind in ("year", "quarter", "month", "date"):
        return p.kind
    if p.kind == "half":
        return "first_half" if p.start.month == 1 else "second_half"
    if p.start.month == 1 and p.end.month == 12:
        return "years"
    if p.start.year == p.end.year and p.start.month == 1:
        return "first_months"
    return "months"


def label(period: str | Period, lang: str = "vi") -> str:
    """A period in words: "Năm 2023", "6 tháng đầu năm 2023", "Giai đoạn 2020–2023", "Tính đến 31/12/2023"."""
    p = period if isinstance(period, Period) else parse(period)
    q = (p.start.month + 2) // 3
    return pick(*PERIOD_NAMES[_name_key(p)], lang).format(
        y=p.start.year, y2=p.end.year, m=p.start.month, m2=p.end.month, day=p.start.day, q=q,
        q_roman=_QUARTER_ROMAN[q - 1], mon=_MONTH_ABBR[p.start.month], mon2=_MONTH_ABBR[p.end.month])
