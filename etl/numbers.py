"""Cell contents -> a number, in Vietnamese report style, or 'no data', or a reason it is not a number.

NOTE: reports type numbers as text the Vietnamese way: "1.250" is one thousand two hundred
and fifty, "12,5" is 12.5; and they decorate them: "87,5%", "100 %", "24(*)", "05", "gần 40".
"-", blank and "chưa có số liệu" mean no data — never 0."""
from __future__ import annotations

import datetime
import math
import re
from dataclasses import dataclass

from metrics.names import bare, nfc


@dataclass(frozen=True)
class Number:
    value: float
    qualifier: str = ""
    percent: bool = False  # the text carried a % sign
    unit: str = ""         # a unit written after the number ("41 nhiệm vụ", "18,5 tỷ đồng")


class NotANumber(ValueError):
    pass


class NotOneNumber(NotANumber):
    """Text with figures in it that is not one figure: "36/40" (36 of 40), a range "10-12", an
    upper bound "< 5", several numbers, or words around a number. The walk sets that cell alone
    aside with the reason (`reason_vi`, `reason_en`, after "the cell holds …"); the file loads.
    Also a date or a true/false in a value cell (`shown`: the cell as a person sees it)."""

    def __init__(self, raw: str, reason_vi: str, reason_en: str, shown: str = ""):
        super().__init__(raw)
        self.reason_vi, self.reason_en, self.shown = reason_vi, reason_en, shown


class AmbiguousNumber(NotANumber):
    """Text that reads as two different numbers ("1,250": 1,25 or 1.250)."""

    def __init__(self, raw: str, readings: tuple[str, str]):
        super().__init__(raw)
        self.readings = readings


NO_DATA_TEXTS = {
    "", "-", "--", "—", "–", "x", "...", "…", "k", "kbc", "n/a", "na", "khong co", "chua co",
    "chua co so lieu", "khong co so lieu", "chua bao cao", "khong", "0/0",
}

QUALIFIERS = [("it nhat", "ít nhất"), ("khoang", "khoảng"), ("gan", "gần"), ("tren", "trên"),
              ("hon", "trên"), ("xap xi", "khoảng"), ("~", "khoảng"), ("\u2248", "khoảng"),
              ("\u2265", "ít nhất"), (">=", "ít nhất"), (">", "trên")]

# "đạt" / "đạt được" before a figure: the figure achieved (folded text)
_ACHIEVED = re.compile(r"^(?:dat duoc|dat)\s*:?\s+(?=[\d~<>])")

# "Vượt (63 sản phẩm)", "Đạt (100%)", "Hoàn thành (25 nhiệm vụ)" (folded text)
_WORD_THEN_FIGURE = re.compile(r"^(?:dat|vuot|hoan thanh|vuot ke hoach|dat ke hoach)\s*\(\s*(\d[^()]*)\)\s*$")

# the qualifiers that make a figure a bound: the cell states no value (parse_text)
LOWER_BOUNDS = frozenset(("ít nhất", "trên"))

# NOTE: a footnote mark after the figure: "24(*)", "12*", "15 (a)", "22 (b)" — a star, a number or one
# letter in parentheses (never words: "12 (3 cấp tỉnh)" stays several numbers)
# NOTE: … or a superscript number right after the figure, "21¹", "97,5%²" (read as a unit "¹", the
# cell was set aside); never after a letter ("m²" is a unit)
_FOOTNOTE = re.compile(r"\(\s*(?:[*\d]+|[a-z])\s*\)|\*+$|(?<=[\d%])\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]+$")
# NOTE: an estimate marked after the figure, "45 (ước)", "45 (ước tính)", "45 (ƯTH)": the figure
# stated, its qualifier kept (an estimate is what the report gives for the period, as an "Ước thực
# hiện" column is); on folded text
_ESTIMATE_MARK = re.compile(r"\s*\(\s*(?:uoc|uoc tinh|uoc th|uth|uoc thuc hien|so uoc|so lieu uoc)\s*\)$")
# NOTE: a count with its share of a whole after it, "34 (chiếm 35%)", "12, chiếm 35,3%", "12 (đạt
# 80% KH)": the figure is the count, the share a ratio of it (a person reads 34, never 35); on folded
# text, the figure before the share alone one number
_SHARE_AFTER = re.compile(r"^(.*?\d)\s*(?:\(\s*(?:chiem|dat|bang)\s+\d+(?:[.,]\d+)?\s*%[^()]*\)|"
                          r",\s*(?:chiem|dat|bang)\s+\d+(?:[.,]\d+)?\s*%[^()]*)$")
_GROUPED_DOT = re.compile(r"^\d{1,3}(\.\d{3})+$")
_GROUPED_COMMA_DECIMAL = re.compile(r"^\d{1,3}(\.\d{3})*,\d+$")
_PLAIN = re.compile(r"^\d+([.,]\d+)?$")
_COMMA_THOUSANDS = re.compile(r"^[1-9]\d{0,2},\d{3}$")


def is_no_data(text: str) -> bool:
    return bare(nfc(text)).strip(" .") in NO_DATA_TEXTS


# NOTE: a report whose figures are typed as text by an English-locale export writes "1,234" and
# "87.3"; a person reads every figure of a report one way. What only one of the two ways writes:
_ENGLISH_ONLY = re.compile(r"^\d{1,3}(,\d{3})+\.\d+$|^\d{1,3}(,\d{3}){2,}$")             # "1,234.5", "1,234,567"
_DOT_DECIMAL = re.compile(r"^\d+\.(\d{1,2}|\d{4,})$")                                     # "87.3", "0.75"
_VIETNAMESE_ONLY = re.compile(r"^\d{1,3}(\.\d{3})+,\d+$|^\d{1,3}(\.\d{3}){2,}$|^\d+,(\d{1,2}|\d{4,})$")
_DOT_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")                                        # "1.250": either
_FIGURE_PART = re.compile(r"^['‘’]?[+-]?(\d[\d.,]*\d|\d)\s*(%|\*+|\(\s*(?:[*\d]+|[a-z])\s*\)|[^\W\d_][^\d]*)?$")
_SWAP = str.maketrans({",": ".", ".": ","})


def written_the_english_way(texts) -> bool:
    """Whether a report's figures typed as text (`texts`: its cells' texts) are written the
    English way: some figure only the English way writes ("1,234.5", "1,234,567"), or decimals with
    a point ("87.3") and no "1.250" that the point could group — and none only the Vietnamese way
    writes ("12,5", "1.234,5", "1.234.567"). Never a guess: a table with no such figure, or with
    both, keeps the Vietnamese reading ("1,250" then stays asked).

    NOTE: an English-locale report typed "1,245 | 96.4": "1,245" was two readings (1,245 or 1.245)
    and the file refused, though its "96.4" says which one a person reads."""
    english = point = thousands = False
    for text in set(texts):     # each text once: the answer depends on which texts occur, not how often
        m = _FIGURE_PART.match(nfc(text))
        if m is None:
            continue
        t = m[1]
        if _VIETNAMESE_ONLY.match(t):
            return False
        english = english or bool(_ENGLISH_ONLY.match(t))
        point = point or bool(_DOT_DECIMAL.match(t))
        thousands = thousands or bool(_DOT_THOUSANDS.match(t))
    return english or (point and not thousands)


# a text's leading figure, spaces inside it kept ("9 11 nhiệm vụ" → "9 11"); digits apart; spaces that group by
# thousands ("1 025", "12 345 678", "32 450,5")
_NUMERIC_HEAD = re.compile(r"^[+-]?[\d\s.,]*\d")
_DIGITS_APART = re.compile(r"\d\s+\d")
_SPACE_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(?:\s\d{3})+(?:[.,]\d+)?$")


def parse_text(text: str, english: bool = False) -> Number | None:
    """A number typed as text; None for 'no data'; NotANumber when it is something else.
    `english`: the report writes its figures the English way (written_the_english_way)."""
    raw = nfc(text)
    if english:
        raw = re.sub(r"\d[\d.,]*\d", lambda m: m[0].translate(_SWAP), raw)
    if raw[:1] in ("'", "‘", "’") and len(raw) > 1:
        # NOTE: "'57": Excel's prefix that keeps a typed entry as text, pasted from an export or
        # another sheet with the apostrophe itself; it is no part of the figure
        raw = raw[1:]
    if is_no_data(raw):
        return None
    t = bare(raw)
    # NOTE: "Đạt 65,4%", "Đạt được 38 nhiệm vụ" in a "Kết quả thực hiện" cell: the figure achieved
    # ("Đạt 45% kế hoạch năm" keeps its words and stays no figure)
    t = _ACHIEVED.sub("", t)
    if m := _WORD_THEN_FIGURE.match(t):
        # NOTE: "Vượt (63 sản phẩm)", "Hoàn thành (25 nhiệm vụ)" under "Thực hiện": the word judges
        # the plan, the figure in brackets is what was done
        return parse_text(raw[raw.index("(") + 1:raw.rindex(")")])
    qualifier = ""
    for key, word in QUALIFIERS:
        if t.startswith(key):
            qualifier, t = word, t[len(key):].strip()
            break
    if (m := _SHARE_AFTER.match(t)) and not m[1].rstrip().endswith("%"):
        t = m[1].strip()
    if (m := _ESTIMATE_MARK.search(t)) and m.start() > 0:
        qualifier, t = qualifier or "ước", t[:m.start()].strip()
    t = _FOOTNOTE.sub("", t).strip()
    if qualifier in LOWER_BOUNDS and t and t[0].isdigit():
        # NOTE: "trên 120", "> 450", "≥ 100", "ít nhất 40" state a bound, not a figure: a careful
        # reader does not write 120 for "more than 120" (an approximation, "khoảng 45", "~8,5",
        # "gần 40", is read here with its qualifier kept; a value cell sets it aside too since
        # wrong42: etl/walk.py _parse_value_cell)
        raise NotOneNumber(raw, "chỉ một giới hạn dưới (“trên …”, “≥ …”), không phải một số liệu",
                           "only a lower bound (“more than …”), not one figure")
    percent = t.endswith("%")
    t = t.rstrip("%").strip()
    if (head := _NUMERIC_HEAD.match(t)) and _DIGITS_APART.search(head[0]) and not _SPACE_THOUSANDS.match(head[0]):
        # NOTE: batch 75: a PDF converter glues two columns' figures into one cell, "9 11" (2021: 9, 2022: 11),
        # "12 15": read as 911 and 1215 — spaces group a figure only by thousands ("1 025", "32 450,5")
        raise _not_one_number(raw)
    t = t.replace(" ", "").replace("\u00a0", "")
    negative = t.startswith("-")
    t = t.lstrip("-+")
    if _COMMA_THOUSANDS.match(t):
        # NOTE: "1,250" is 1,25 written the Vietnamese way but 1.250 (one thousand two hundred and
        # fifty) in an English-locale Excel, which many offices use: never pick one silently.
        # ("12,5", "0,125" and "1,2500" cannot be thousands and stay decimals.)
        sign = "-" if negative else ""
        raise AmbiguousNumber(raw, (sign + (t.rstrip("0").rstrip(",") or "0"), sign + t.replace(",", ".")))
    if _GROUPED_DOT.match(t):
        value = float(t.replace(".", ""))
    elif _GROUPED_COMMA_DECIMAL.match(t):
        value = float(t.replace(".", "").replace(",", "."))
    elif _PLAIN.match(t):
        # NOTE: a lone separator with exactly three digits after it ("1.250") was caught above as
        # Vietnamese grouping; here "12,5" and "12.5" are both decimals.
        value = float(t.replace(",", "."))
    else:
        return _with_unit(raw)
    return Number(-value if negative else value, qualifier, percent)


# NOTE: reports write the unit after the figure: "41 nhiệm vụ", "27 sản phẩm", "18,5 tỷ đồng".
# The number is read and the unit kept: the walk takes it only when it is the indicator's unit
# (or a declared other unit, converted), never a count of something else.
_NUMBER_THEN_UNIT = re.compile(r"^(.*?\d[\d.,]*)\s*([^\W\d_][^\d]*?)[\s.]*$")


def _with_unit(raw: str) -> Number:
    m = _NUMBER_THEN_UNIT.match(raw)
    if m is None:
        raise _not_one_number(raw)
    try:
        n = parse_text(m[1])
    except AmbiguousNumber:
        raise
    except NotANumber:
        raise _not_one_number(raw) from None
    if n is None or n.unit:
        raise _not_one_number(raw)
    return Number(n.value, n.qualifier, n.percent, nfc(m[2]).strip())


_FIGURE = r"\d[\d.,]*\s*%?"
_FRACTION = re.compile(rf"^\D{{0,3}}?({_FIGURE})\s*/\s*({_FIGURE})(\D*)$")
_RANGE = re.compile(rf"^(?:tu\s+)?({_FIGURE})\s*(?:-|\u2013|\u2014|~|den|toi)\s*({_FIGURE})(\D*)$")
_UPPER_BOUND = re.compile(r"^(?:<|\u2264|<=|duoi|khong qua|toi da|chua den|it hon)\s*\d")
_DIGIT = re.compile(r"\d")


def _not_one_number(raw: str) -> NotANumber:
    """Why a text that is not one number is not: NotOneNumber (the cell is set aside) when it has
    figures in it; a plain NotANumber otherwise (no figure at all: words, a date)."""
    t = bare(raw).strip()
    if not _DIGIT.search(t):
        # NOTE: a word where a figure belongs ("Đạt", "đang thực hiện") states no figure: the
        # cell is set aside like any other that is not one number (the file still loads)
        return NotOneNumber(raw, "chữ, không có số liệu", "words, no figure")
    m = _FRACTION.match(t)
    if m:
        return NotOneNumber(raw, f"hai số ({m[1].strip()} trên {m[2].strip()}), không phải một số liệu",
                            f"two numbers ({m[1].strip()} of {m[2].strip()}), not one figure")
    m = _RANGE.match(t)
    if m:
        return NotOneNumber(raw, f"một khoảng (từ {m[1].strip()} đến {m[2].strip()}), không phải một số liệu",
                            f"a range ({m[1].strip()} to {m[2].strip()}), not one figure")
    if _UPPER_BOUND.match(t):
        return NotOneNumber(raw, "chỉ một giới hạn trên (“dưới …”), không phải một số liệu",
                            "only an upper bound (“below …”), not one figure")
    if len(re.findall(r"\d+(?:[.,]\d+)*", t)) > 1:
        return NotOneNumber(raw, "nhiều số trong một ô, không rõ số nào là số liệu",
                            "several numbers in one cell; which one is the figure is not clear")
    return NotOneNumber(raw, "chữ kèm theo số, không đọc được thành một số liệu",
                        "words around a number, not readable as one figure")


def parse_cell(value, number_format: str | None = None, english: bool = False) -> Number | None:
    """A cell's cached value (number, text, bool, date…) -> Number, None (no data) or NotANumber."""
    if value is None:
        return None
    if isinstance(value, bool):
        # NOTE: TRUE/FALSE where a figure belongs (a checkbox, a typed "TRUE") states no figure: that
        # cell alone is set aside, like "Đạt" (issue 8: one cell never costs the file)
        shown = "TRUE" if value else "FALSE"
        raise NotOneNumber(shown, "giá trị đúng/sai, không có số liệu", "a true/false value, no figure", shown)
    if isinstance(value, (int, float)):
        if isinstance(value, float) and math.isnan(value):
            return None
        if number_format and "%" in number_format:
            # NOTE: 87.5 % typed into a %-formatted cell is stored as 0.875.
            return Number(float(f"{float(value) * 100:.12g}"), "", True)
        return Number(float(value))
    if isinstance(value, str):
        return parse_text(value, english)
    raise _not_a_figure(value)


def _not_a_figure(value) -> NotOneNumber:
    """A date, a time or another kind of value where a figure belongs: set aside alone, saying what
    it is. NOTE: a count typed into a date-formatted cell reads as a date (45 shows 14/02/1900):
    the reason says how to make it a number again."""
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        value = value.date()
    if isinstance(value, datetime.date):
        shown = (value.strftime("%d/%m/%Y %H:%M") if isinstance(value, datetime.datetime)
                 else value.strftime("%d/%m/%Y"))
        return NotOneNumber(shown, "một ngày tháng, không phải số liệu (nếu ô ghi một số, hãy đổi định dạng ô "
                                   "từ Ngày sang Số)",
                            "a date, not a figure (if the cell holds a number, format it as a Number, not a Date)",
                            shown)
    if isinstance(value, (datetime.time, datetime.timedelta)):
        shown = str(value)
        return NotOneNumber(shown, "một giờ hoặc khoảng thời gian, không phải số liệu",
                            "a time or duration, not a figure", shown)
    shown = nfc(str(value))[:60]
    return NotOneNumber(shown, "không phải số liệu", "not a figure", shown)
