"""Column headers: where a sheet's table starts, how far its (multi-row, merged) header goes,
and what each column holds — the labels, units, values of which measure and period, a province's
values, ratios and totals (which are not read). Pure: a Sheet in, Columns out."""
from __future__ import annotations

import calendar
import copy
import functools
import math
import re
from dataclasses import dataclass, field
from datetime import date

from etl.workbook import Sheet, cell_text
from metrics import periods, registry
from metrics.names import bare, fold, match_key, nfc, vietnamese_half
from metrics.periods import Period

@dataclass
class Column:
    index: int
    text: str
    role: str                    # label | unit | value | ratio | note | stt | total | province | period | indicator | other
    measure: str = "actual"
    status: str = "reported"
    period: Period | None = None
    province: list = field(default_factory=list)
    relative_year: int | None = None   # "năm trước" = -1, "năm nay" = 0
    province_text: str = ""            # the header text that names the province
    # a part of the report's year named without the year: ("year",) "Ước thực hiện cả năm",
    # ("first", 9) "Thực hiện 9 tháng", ("last6",) "6 tháng cuối năm", ("quarter", 3) "Quý III"
    within_year: tuple | None = None
    cumulative: bool = False           # "Lũy kế đến hết năm 2024": a total to date, not the period's own figure
    # the statistical form's bare "Lũy kế" beside "Kỳ báo cáo" in a report on Quý I or the year's first
    # months: maybe the period itself, maybe a total to date — not read as a flow's stock (etl.walk)
    form_cumulative: bool = False
    # that bare "Lũy kế" in a report on a later part of the year (Quý II …): the year to date for a
    # flow, but a stock's total to date as before ("Tổng số sản phẩm OCOP còn hiệu lực | 510 | 512")
    form_ytd: bool = False
    # a bare "Lũy kế" beside the month in a report on one month with nothing beside it saying where it starts (no
    # year's plan, no "Cùng kỳ"): the year to date or a total since the programme began — a flow's figure there is
    # never read, a stock's is its count at the month's end either way (etl.walk._bare_running_total_in_a_months_report)
    start_unsaid: bool = False
    same_part_of: int | None = None    # "Cùng kỳ năm 2023": the report's part of the year, in 2023
    # "Cùng kỳ năm 2025 (tháng 9)", "Cùng kỳ (T9/2025)": the report's span a year before, which must end at
    # that month (year, month) — the month alone or the months to it, the report's own span says which
    same_part_end: tuple[int, int] | None = None
    previous_period: bool = False      # "Kỳ trước" beside "Kỳ báo cáo": the period just before the report's
    # "Điểm" / "Hạng" under "PII 2023": what the row's figure is, read before the row's label
    # ("Thể chế" under "Hạng" is "Xếp hạng Thể chế")
    label_prefix: str = ""
    # "Tổng số | Chia theo cấp quản lý: Cấp quốc gia | Cấp tỉnh | Cấp cơ sở" (the Ministry's
    # statistical forms): the level this column gives of the row's indicator ("Cấp tỉnh")
    level_text: str = ""
    # the stage a group over the stars names ("Công nhận mới"), to agree with each row's label (etl/walk.py)
    stage: str = ""
    # "Tổng (tỉnh mới)", "Năm 2024 (số liệu gộp)": the merged province's territory, whatever the
    # title's name also means in the old frame (see header_role)
    merged: bool = False
    # a place column of units below the province ("Xã, phường, đặc khu", "Huyện, thị xã, thành
    # phố"): its rows are parts of the title's province, the whole-province row its own figure
    subunits: bool = False
    # "Năm 2024 (TH/KH)" over cells "15/20": the figure done, then its plan, in one cell (see
    # done_of_plan_header)
    done_of_plan: bool = False
    # a pivot's grand total "Tổng cuối" right of consecutive parts of the report's year ("Quý I | Quý
    # II | Quý III"): the span they cover, read only where the row's figure is their sum (see
    # walk._parts_total_column); the parts' column indexes
    sums_parts: tuple = ()
    # "Tổng số | Nam | Nữ": the whole's column holds the row's own figure, its sexes' columns (men, women)
    # set aside and checked against it (see _sex_columns)
    sex_parts: tuple = ()
    # "Chuyển tiếp từ năm 2023" over the tasks carried over in the report on 2024: the year they came from
    # (0: "từ năm trước"), never the count's period — read only in the report on the year after it
    carried_from: int | None = None
    # … of parts where a blank cell is none of that part (a pivot's "3 sao | 4 sao | 5 sao | Grand Total",
    # the 5-star cell blank where a province had none): the total is then the sum of the typed ones
    blank_part_is_none: bool = False
    # "Đến năm 2025", "Kết quả đến năm 2025": what was reached by that year (a total over the years
    # or a target), never that year's own flow (see BY_A_YEAR; etl.walk._read_values)
    by_year: bool = False
    # "Đến hết năm 2025": the year's end, a total over the years only in a review of several (etl.walk)
    by_year_end: bool = False
    # a reporting system's export "Kỳ báo cáo | Năm" holding "Năm", "6 tháng", "Quý III" beside the
    # year: each row's part of the year in the other period column (etl.walk._year_parts_column)
    year_parts: bool = False
    # a "Đến năm 2025" after every other column's period and after the report's own (a mid-term
    # review's): the target set for that year (etl.walk._plan_sheet)
    by_year_target: bool = False
    # "Thời điểm": a period column of cut-off dates (see CUT_OFF_HEADERS)
    cut_off: bool = False
    # "Sở Khoa học và Công nghệ" beside "Toàn tỉnh" in another office's table: the department's own
    # figures — only of the indicators that are the department's (indicators.toml department_own)
    own_department: bool = False
    # "Sở KH&CN tỉnh" over "Tuyên Quang | Lào Cai": a province column whose rows are each province's
    # department — only the department's own indicators are its figures (as own_department)
    departments: bool = False
    # "Toàn tỉnh" beside its "Trong đó: …" parts: every office's figures of the province — never the
    # department's own indicators (its procedures are counted by every department there: batch 47)
    whole_province: bool = False


# the header of a label column whose rows are levels of management or OCOP stars, not indicators
STAR_LEVEL_HEADERS = registry.header_words("star_level_headers")
LEVEL_HEADERS = registry.header_words("level_headers") | STAR_LEVEL_HEADERS
# the header of a label column whose rows are categories of the table's indicator that the registry
# does not declare (OCOP product groups), the total row below them the indicator's own figure
CATEGORY_HEADERS = registry.header_words("category_headers")
OFFICE_COLUMN_HEADERS = registry.header_words("office_column_headers")
# a label column's header naming places of no one kind ("Khu vực"): its rows decide (places_by_rows)
PLACES_BY_ROWS_HEADERS = registry.header_words("places_by_rows_headers")
_COLUMN_LETTER = re.compile(r"^\(?\s*[A-Z]\s*\)?$")   # "A | B | C | 1 | 2" under the label column
_COLNUM = re.compile(r"^\(?\s*\d{1,2}\s*\)?$|^\(\s*\d+\s*\)\s*=.*$")

PERIOD_FROM_HEADERS = registry.header_words("period_from_headers")
PERIOD_TO_HEADERS = registry.header_words("period_to_headers")
# "Thời điểm": each row's cut-off date (a stock's; a flow beside it is set aside, etl.walk)
CUT_OFF_HEADERS = registry.header_words("cut_off_headers")
# NOTE: a yearbook's "Tăng bình quân 2020-2024 (%)" / "Tốc độ tăng bình quân năm" after the years is
# a growth rate of the row's figures, never a figure of the span it names (read as 2020/2024, a
# stock's 2024 got two values and the file was refused)
_RATIO_WORDS = registry.header_words("ratio_header_words")
# a column's or a row's words saying its figure is the province's assessment of itself (folded, whole words)
SELF_ASSESSED = re.compile(r"(?:^| )(?:%s)(?: |$)" % "|".join(sorted(
    map(re.escape, {fold(w) for w in registry.header_words("self_assessment_words")}), key=len, reverse=True)))
def _alternatives(section: str) -> str:
    return "|".join(map(re.escape, sorted(registry.header_words(section) - {""}, key=len, reverse=True)))


# "So KH", "TH 2024 so KH (%)", "Ước TH so cùng kỳ năm 2024 (%)", "So năm 2023 (%)": a ratio to a base,
# the whole header (words in metrics/header_words.toml ratio_header_*; the grammar here)
# blind56: the part of the year compared may come first too ("TH 9 tháng so KH (%)", "Quý I so CK", "6 tháng
# đầu năm so KH"): the new Gia Lai's 92 % of plan was read as its nine months' tasks (two values: refused)
_RATIO_TO_A_BASE = re.compile(
    r"^(?:(?:%s|nam|(?:19|20)\d\d|\d{1,2} thang|quy (?:[ivx]+|\d)|dau|cuoi|ca|luy ke) ){0,6}so(?: voi)? (?:(?:%s)(?: nam)?(?: (?:19|20)\d\d)?|nam (?:19|20)\d\d)(?: (?:%s))?$"
    % (_alternatives("ratio_header_subjects"), _alternatives("ratio_header_bases"), _alternatives("ratio_header_units")))
# "% KH", "Tỷ lệ % so KH (%)" anywhere in the header
_PERCENT_OF_A_BASE = re.compile(r"(^| )phan tram (?:so )?(?:%s)( |$)" % _alternatives("ratio_header_bases"))
# "Tỷ lệ so KH (%)", "Tỷ lệ phần trăm so cùng kỳ": a rate of the row's figures to a base. NOTE: ingest42: compiled
# once, as its neighbours are — built inside header_role, the alternatives (every word folded, sorted and escaped)
# were made again for each of the ~1,100 headers and keys a 100,000-row tidy sheet asks about (~0.02 s of its ingest)
# NOTE: wrong50: "Tỷ lệ đạt KH 2026 (%)", "Tỷ lệ thực hiện KH (%)", "% đạt KH 2026" (the share of the plan reached, no
# "so") beside "Kế hoạch 2026 | Thực hiện 2026": read as a second plan (or actual) of the year — over a rate's row the
# honest file was refused as two values, alone beside "Thực hiện 2026" its 102,8 % stored as the rate's plan. A ratio
# whatever the row is (the words: metrics/header_words.toml ratio_reached_words, before a plan's base)
_PLAN_BASES = "|".join(map(re.escape, sorted((b for b in registry.header_words("ratio_header_bases")
                                               if re.search(r"(^| )(kh|ke hoach)( |$)", b)), key=len, reverse=True)))
_RATE_TO_A_BASE = re.compile(r"(^| )(?:ty le (phan tram )?so (%s)|(?:ty le(?: phan tram)?|phan tram) (?:%s)(?: so(?: voi)?)? "
                             r"(?:%s))( |$)" % (_alternatives("ratio_header_bases"), _alternatives("ratio_reached_words"),
                                                _PLAN_BASES))
TOTAL_WORDS = registry.header_words("total_words")
# "Bình quân 2021-2024", "Trung bình giai đoạn …", "BQ/năm", "bình quân mỗi năm" (folded; the average
# words are data, metrics/header_words.toml average_header_words; what follows them is grammar)
_AVERAGE_OVER_A_SPAN = re.compile(r"(^| )(?:" + "|".join(map(re.escape, sorted(
    registry.header_words("average_header_words"), key=len, reverse=True))) +
    r")(?: ?/ ?| )(?:(?:ca )?giai doan|moi nam|hang nam|1 nam|mot nam|nam|(?:19|20)\d\d)( |$|\W)")


def is_average_header(text: str) -> bool:
    """Whether a column's header names a yearly average over a span ("Bình quân 2021-2024",
    "Trung bình giai đoạn 2021-2024", "BQ/năm"): no figure of the span it names."""
    return bool(_AVERAGE_OVER_A_SPAN.search(fold(text)))
# NOTE: a pivot table pasted as values: its row labels' header ("Nhãn hàng", "Row Labels") heads
# the labels, which may be provinces (each over its indicators) or indicators
PIVOT_LABEL_HEADERS = registry.header_words("pivot_label_headers")
# … and its caption over the column fields ("Tổng của Giá trị | Nhãn cột" above "Nhãn hàng | 2021 |
# 2022"): the pivot's own words, no group header of the years (read as one, "Tổng của Giá trị Nhãn
# hàng" was no label header)
PIVOT_COLUMN_CAPTIONS = registry.header_words("pivot_column_captions")
# … and the value field's caption that opens that row ("Tổng của Giá trị", "Đếm của Mã SP", "Sum of Value"): beside
# it, the column field's own name ("Kỳ", "Hạng sao") stands where "Nhãn cột" would
_PIVOT_VALUE_CAPTION = re.compile(r"^(?:%s) \S" % "|".join(map(re.escape, sorted(
    registry.header_words("pivot_value_captions"), key=len, reverse=True))))


_PIVOT_COUNT_CAPTION = re.compile(r"^(?:%s) (?P<field>\S.*)$" % "|".join(map(re.escape, sorted(
    registry.header_words("pivot_count_captions"), key=len, reverse=True))))
_PIVOT_SUM_CAPTION = re.compile(r"^(?:%s) (?P<field>\S.*)$" % "|".join(map(re.escape, sorted(
    registry.header_words("pivot_value_captions") - registry.header_words("pivot_count_captions"), key=len, reverse=True))))


def pivot_value_field(row: list, text: str) -> bool:
    """Whether header cell `text` of `row` is a pivot's value field heading its own column beside the row labels' header
    ("Row Labels | Count of Mã NV | Sum of Giá trị"): a count of the source's rows (metrics/header_words.toml
    pivot_count_captions), or a sum of a field of figures ("Sum of Giá trị", value_headers) — never a sum of money or
    of another field ("Sum of Kinh phí (tr.đ)"), which says nothing the row labels name."""
    if not any(isinstance(v, str) and fold(v).strip() in PIVOT_LABEL_HEADERS for v in row):
        return False
    f = fold(text).strip()
    if _PIVOT_COUNT_CAPTION.match(f):
        return True
    return bool((m := _PIVOT_SUM_CAPTION.match(f)) and m["field"] in _VALUE_HEADERS)


def is_pivot_caption_row(row: list) -> bool:
    """Whether a row is a pivot table's caption over its column fields: its first text names the value field
    ("Tổng của Giá trị | | Kỳ", "Đếm của Mã SP | Hạng sao", "Count of Code | Stars")."""
    first = next((v for v in row if v is not None and cell_text(v).strip()), None)
    return isinstance(first, str) and bool(_PIVOT_VALUE_CAPTION.match(fold(first).strip()))
# NOTE: where a province belongs, a row of the region or the country ("Trung bình cả nước",
# "Bình quân khu vực", "Toàn quốc") is an aggregate, not an unknown province
# (metrics/header_words.toml aggregate_place_words: a cluster's "Toàn cụm" too, batch 28)
_AGGREGATE_PLACE = re.compile(r"^(" + "|".join(re.escape(w) for w in sorted(
    registry.header_words("aggregate_place_words"), key=len, reverse=True)) + r")( |$)")


def is_aggregate_place(folded: str) -> bool:
    return folded in TOTAL_WORDS or bool(_AGGREGATE_PLACE.match(folded))
# NOTE: a target is a plan too: "Mục tiêu đến năm 2025", "Chỉ tiêu được giao năm 2024", "KH giao"
# NOTE: "Dự kiến năm 2025" in a 2024 report is a projection for next year: a plan, not an achievement.
# NOTE: a donor project's results framework in English: "Baseline (2020) | Target 2023 | Actual 2023" —
# the target is the plan (read as a second actual it refused the file: two values for one fact)
# NOTE: "Dự toán" (the budget allotted for the year) is a plan of spending, never what was spent
PLAN = re.compile(r"ke hoach|(^| )kh( |$)|(^| )muc tieu( |$)|(^| )du kien( |$)|(^| )du toan( |$)|(^| )(?<!chuyen )giao( |$)|"
                  # review44: "Phấn đấu năm 2026" (the figure striven for), "Goal 2024", "Objective 2024", "Expected
                  # 2024" (dự kiến): a target — each was stored as the year's actual
                  r"(^| )phan dau( |$)|(^| )(target|targets|planned|plan|goal|goals|objective|objectives|expected)( |$)")
# Words of a result, in a header or a table's caption ("Thực hiện", "TH", "Ước TH", "Kết quả", "Lũy
# kế", "Đã đạt"): read before a plan's words (etl/walk.py `_under_plan_caption` uses them too).
# NOTE: not "đạt được" alone: "Mục tiêu cần đạt được" is a target.
RESULT_WORDS = re.compile(r"thuc hien|(^| )(th|uth|uoc|ket qua|luy ke|da dat)( |$)")
MEASURE_TERM = re.compile(r"(^| )(th|kh|uth|thuc hien|ke hoach|uoc|cung ky|luy ke)( |$)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
# "TH/DT": a ratio's base abbreviated (metrics/header_words.toml fraction_base_abbreviations)
_FRACTION_BASE = re.compile(r"(^| )(%s)( |$)" % _alternatives("fraction_base_abbreviations"))


# "Năm 2024 (TH/KH)", "6 tháng 2025 (Thực hiện/Kế hoạch)": a period, then what its cells hold
_DONE_OF_PLAN_HEADER = re.compile(r"^(.*\S)\s*\(\s*(?:th|thực hiện|thuc hien)\s*/\s*(?:kh|kế hoạch|ke hoach)\s*\)\s*$", re.I)
# a cell "15/20" (done / planned)
DONE_OF_PLAN_CELL = re.compile(r"^\s*(\d[\d.,]*)\s*/\s*\d[\d.,]*\s*$")


def done_of_plan_header(text: str) -> Period | None:
    """The period of a header that says its cells hold the figure done over its plan ("Năm 2024
    (TH/KH)", cells "15/20"); None for any other header — a completion ratio "TH/KH (%)", "So sánh
    TH/KH", "Tỷ lệ TH/KH" names no period before its "(TH/KH)"."""
    m = _DONE_OF_PLAN_HEADER.match(nfc(text))
    if m is None or "%" in text or re.search(r"(^| )(so sanh|ty le|ti le|phan tram)( |$)", fold(m[1])):
        return None
    return periods.from_text(m[1])


def _is_fraction(text: str) -> bool:
    """A header that divides one figure by another is a ratio, not a figure.

    NOTE: "TH/KH", "TH 2023/KH 2023", "Ước TH/KH năm" and "Năm 2024/2023 (%)" are completion and
    growth ratios; a "/" between two measures (or a later year over an earlier one) says so.
    "Tỉnh/Thành phố", "Quý II/2024" and "tháng 5/2023" are not."""
    parts = nfc(text).split("/")
    if len(parts) != 2:
        return False
    a, b = fold(parts[0]), fold(parts[1])
    if MEASURE_TERM.search(a) and (MEASURE_TERM.search(b) or PLAN.search(b) or _FRACTION_BASE.search(b)):
        return True
    # NOTE: the base first ("Dự toán/Thực hiện", "DT/TH (%)"): the same ratio, its 96,6 was read as the
    # year's budget as "TH/DT" was (blind44's probe)
    if (PLAN.search(a) or _FRACTION_BASE.search(a)) and MEASURE_TERM.search(b):
        return True
    ya, yb = _YEAR.findall(a), _YEAR.findall(b)
    return bool(ya and yb) and int(ya[-1]) > int(yb[0])


# NOTE: "6T", "9T", "6T đầu năm", "6TCN", "Q1" are the same parts of the year abbreviated
_FIRST_MONTHS = re.compile(r"(?:^| )(\d{1,2}) ?(?:thang|t(?= |$| dau nam| dn))(?! cuoi)(?! cn)")
_LAST_6 = re.compile(r"(?:^| )6 ?(?:thang|t) ?cuoi|(?:^| )6 ?t ?cn(?: |$)")
_QUARTER = re.compile(r"(?:^| )(?:quy|qui|q) ?(i{1,3}|iv|[1-4])(?: |$)")   # "quí": the old spelling of "quý"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# NOTE: wrong27: quarters listed in one header ("Quý I, II", "Quý I và II", "Quý I, Quý II") under a 2024
# title were read as the first quarter of 2024: together they are their span, the first half (I, II),
# the nine months (I–III), the second half (III, IV); a span no part names (II, III) or a gap (I, III)
# is no part of the year a column can hold (metrics/periods.py reads the same list with its year)
# wrong38, recall37: so with the short "Q"; "Q1-Q3" is the nine months when its dash is kept (metrics/periods.py
# quarter_dash_as_words, before folding); folded without it ("q1 q3") and "Q1, Q3" are a list with a gap:
# no part of the year (it was the first quarter)
_QUARTER_LIST = re.compile(r"(?:^| )(?:quy|qui|q) ?(i{1,3}|iv|[1-4])((?: (?:va |& )?(?:(?:quy|qui|q) ?)?"
                           r"(?:i{1,3}|iv|[1-4])(?= |$))+)")
_LISTED_QUARTERS = {(1, 2): ("first", 6), (1, 2, 3): ("first", 9), (1, 2, 3, 4): ("year",), (3, 4): ("last6",)}
# the whole header: "T1", "Tháng 9", or a month after the word saying which of its figures the column
# holds ("Ước tháng 6", "Thực hiện tháng 5", "Kế hoạch T6"; metrics/header_words.toml estimate_rows,
# actual_rows, plan_rows). NOTE: "Ước tháng 6" beside "Thực hiện tháng 5" in the report on May 2024
# was read as May's estimate (the honest file refused: two values for May) and, in a report on the
# year 2024, as the whole year's estimate (wrong24)
_MEASURE_WORDS = "|".join(sorted({re.escape(fold(w)) for k in ("estimate_rows", "actual_rows", "plan_rows")
                                  for w in registry.header_words(k)}, key=len, reverse=True))
_ONE_MONTH = re.compile(rf"^(?:(?:{_MEASURE_WORDS}) )?(?:t|thang) ?(\d{{1,2}})$")


# a cut-off typed without its year (folded: "đến 31/10" is "den 31 10"), perhaps after its start
# ("từ 01/7 đến 31/12"): the report's year between those days
_YEARLESS_CUTOFF = re.compile(r"(?:(?:^| )tu(?: ngay)? (\d{1,2}) (\d{1,2}))?(?:^| )den(?: het)?(?: ngay)? "
                              r"(\d{1,2}) (\d{1,2})(?! \d)(?: |$)")


# a month's cut-off without its year in an estimate's (folded) header ("Ước thực hiện năm 2024 (số liệu đến tháng
# 10)"): with "số liệu" / "cập nhật" before it, the data the estimate was made from (`data`), not its period
_ESTIMATE_DATA_CUTOFF = re.compile(r"(?:^| )(?P<data>(?:so lieu |cap nhat )+)?(?:tinh )?(?:den|toi) (?:het )?"
                                   r"(?:thang|t) ?\d{1,2}(?= |$)(?! (?:nam|\d))")


# (metrics/header_words.toml estimate_header_words: "ước", "ƯTH", "sơ bộ", "dự báo", "estimate", "forecast" …)
_ESTIMATE = re.compile(r"(^| )(%s)( |$)" % _alternatives("estimate_header_words"))
# … and its short marks as typed ("Ư.TH 2024", "Năm 2024 (Ư)": metrics/header_words.toml estimate_header_marks)
_ESTIMATE_MARK = re.compile(r"(?<!\w)(?:" + "|".join(sorted((re.escape(nfc(w).upper()).replace(r"\ ", r"\s*")
    for w in registry.declared_header_words("estimate_header_marks")), key=len, reverse=True)) + r")(?![\w.])")


def _year_beside(f: str, m: re.Match, p: Period) -> Period | None:
    """The whole year an estimate's header names besides its month's cut-off `m`, when `p` (read from the
    whole header) runs from that year's January to the cut-off."""
    whole = periods.from_text(f[:m.start()] + " " + f[m.end():])
    return whole if whole is not None and whole.kind == "year" and whole.start == p.start else None


def column_period(text: str) -> Period | None:
    """The period a column's header names (metrics/periods.py from_text), an estimate's year kept whole.

    NOTE: mend28a: "Ước thực hiện năm 2024 (số liệu đến tháng 10)" — the year's estimate made from the data to
    October — was stored as January–October's (estimated): the year, estimated. Without "ước" the data to
    October are the year to October (probe36's "Năm 2024 (số liệu đến tháng 10)", unchanged).
    "FY" before a year is the calendar year's (see _FISCAL_YEAR_MARK): "Q3 FY2024" is the third quarter of 2024."""
    p = periods.from_text(_FISCAL_YEAR_MARK.sub("", text))
    if p is None or p.kind != "range":
        return p
    f = fold(text)
    if _ESTIMATE.search(f) and (m := _ESTIMATE_DATA_CUTOFF.search(f)) and m["data"]:
        return _year_beside(f, m, p) or p
    return p


def yearless_cutoff(f: str) -> tuple | None:
    """The part of the report's year a (folded) header bounds by days without their year:
    ("first", 10) for "Lũy kế từ đầu năm đến 31/10" (a month's last day), ("year",) for "đến 31/12",
    ("last6",) for "từ 01/7 đến 31/12", ("quarter", 3) for "từ 01/7 đến 30/9"; ("day",) for a span
    of no whole months or of no part the periods name ("đến 15/10", "từ 01/3 đến 31/5": not read);
    None when the header states no such cut-off."""
    m = _YEARLESS_CUTOFF.search(f)
    if m is None or not 1 <= int(m[4]) <= 12 or (m[2] is not None and not 1 <= int(m[2]) <= 12):
        return None
    d, mo = int(m[3]), int(m[4])
    start_day, start = (int(m[1]), int(m[2])) if m[1] is not None else (1, 1)
    if start_day != 1 or not (d == calendar.monthrange(2001, mo)[1] or (mo == 2 and d == 29)) or start > mo:
        return ("day",)
    if start == 1:
        return ("year",) if mo == 12 else ("first", mo)
    if (start, mo) == (7, 12):
        return ("last6",)
    if mo - start == 2 and start % 3 == 1:
        return ("quarter", mo // 3)
    return ("day",)


# a total to a month's end typed without its year ("Lũy kế đến tháng 9", "Lũy kế đến hết tháng 9", folded;
# a year after it names the period itself)
_TO_A_MONTH = re.compile(r"(?:^| )den (?:het )?(?:thang|t) ?(\d{1,2})$")


# NOTE: mend28a: "Sản phẩm OCOP được công nhận, tính từ 01/01 đến nay" (a flow since 1 January to the report's
# date) in a report on 2024 was stored as the valid products at 31/12/2024 ("đến nay" read as a total to date):
# it is the year to date, as "từ đầu năm đến nay" — so "từ ngày 1/1", "từ 01/01/2024", "từ tháng 1" to now (folded)
_FROM_JANUARY_TO_NOW = re.compile(r"(?:^| )tu (?:(?:ngay )?0?1 ?[ /.-] ?0?1|thang 0?1)(?: ?[ /.-] ?(?:nam )?(?:19|20)\d{2})? "
                                  r"(?:den|toi) (?:nay|hien nay|thoi diem bao cao)(?= |$)")


# a running total's header naming the report's year by "năm" alone, whole and folded (metrics/header_words.toml)
_YEAR_TO_DATE_HEADERS = registry.header_words("year_to_date_headers")


def within_year(f: str) -> tuple | None:
    """The part of the year a (folded) header names without its year — a report's year is in its
    title: "Thực hiện 9 tháng", "6 tháng cuối năm", "Quý III", "Ước thực hiện cả năm".

    NOTE: a report on "9 tháng đầu năm 2024" gives "Ước thực hiện cả năm": that estimate is
    for the year 2024, not for the nine months the title names."""
    # NOTE: "Lũy kế từ đầu năm đến 31/10" in a report on the year 2022 drafted in November: January
    # to October 2022 (read as "from the year's start to the report's end", it was the whole year)
    if periods.names_a_round(f):
        # NOTE: wrong31: "Đợt 1 (tháng 6/2024)" (the OCOP council's first round, held in June) was read
        # as January ("1 (tháng" as one month), "Đợt 2 (tháng 12/2024)" as January–February: a round
        # names no part of the year (metrics/periods.py _ROUND)
        return None
    if (cut := yearless_cutoff(f)) is not None:
        return cut if cut != ("day",) else None
    if (m := _TO_A_MONTH.search(f)) and 1 <= int(m[1]) <= 12:
        # NOTE: probe36: "Lũy kế đến tháng 9" under "… NĂM 2024" was the stock at 31/12/2024 (a flow's
        # 14 products recognized to September stored as the valid products at the year's end): the
        # year to September's end, as "Lũy kế đến 30/9" is
        return ("first", int(m[1])) if int(m[1]) < 12 else ("year",)
    if m := _ONE_MONTH.match(f):
        # NOTE: a monthly tracking sheet "T1 | T2 | … | T12 | Lũy kế" under "… năm 2024": each
        # column is that month of the report's year
        n = int(m[1])
        return ("month", n) if 1 <= n <= 12 else None
    if _LAST_6.search(f):
        return ("last6",)
    if m := _FIRST_MONTHS.search(f):
        n = int(m[1])
        return ("first", n) if 1 <= n < 12 else ("year",) if n == 12 else None
    if (reached := periods.quarters_reached(f)) is not None:
        # NOTE: wrong33: "Lũy kế đến hết quý III" (the nine months) under "Báo cáo quý III năm 2024" was stored as
        # the third quarter's, "Quý I đến quý III" as the first quarter's: the months to the quarter reached
        first, last = reached
        return ("first", 3 * last) if first == 1 else ("last6",) if (first, last) == (3, 4) else \
            ("quarter", last) if first == last else None
    if m := _QUARTER_LIST.search(f):
        listed = tuple(_ROMAN.get(q) or int(q) for q in [m[1], *re.findall(r"iv|i{1,3}|[1-4]", m[2])])
        return _LISTED_QUARTERS.get(listed)
    if m := _QUARTER.search(f):
        return ("quarter", _ROMAN.get(m[1]) or int(m[1]))
    if f in _YEAR_TO_DATE_HEADERS:
        # NOTE: blind89: "Lũy kế trong năm" beside "Tháng 8/2026" was a total to date (58 OCOP products recognised
        # this year stored as the products valid at 31/8), "Lũy kế năm" the month's (an honest file refused)
        return ("ytd",)
    if "tu dau nam" in f or _FROM_JANUARY_TO_NOW.search(f) or periods.YEAR_TO_DATE.search(f):
        # NOTE: "Lũy kế từ đầu năm" in a monthly report: from January to the report's month (and "YTD", wrong54)
        return ("ytd",)
    if "ca nam" in f or re.search(r"(?:^| )(?:th|kh|uth|thuc hien|ke hoach|uoc|uoc th|uoc thuc hien|ket qua) nam(?: |$)", f):
        return ("year",)
    return None


_PART_OF_YEAR_WORDS = registry.header_words("part_of_year_words")


def one_part_of_year(f: str, year: int | None = None) -> tuple | None:
    """within_year's spec for a (folded) text naming ONE part of a year and nothing else — "6 tháng đầu
    năm", "Quý III", "T5", "Cả năm", "Thực hiện 9 tháng", with at most `year` itself ("Quý III/2024"
    beside 2024); None for anything more (metrics/header_words.toml `part_of_year_words`).

    NOTE: within_year SEARCHES a header for its part: a row's "Kỳ" cell beside 2024 reading "Quý IV/2023",
    "Quý I/2025", "6 tháng đầu năm 2023", "Quý IV năm trước" (another year's), "Quý I, II", "Quý I và II"
    (two quarters), "So với quý II", "Tăng/giảm 6 tháng" (a comparison), and a title's field "Kỳ: Kế
    hoạch 6 tháng" (a plan) were each stored as that part of 2024 (review27b). A day's cut-off ("từ 01/7
    đến 31/12") is read as within_year reads it."""
    spec = within_year(f)
    if spec is None or spec[0] == "ytd" or yearless_cutoff(f) is not None:
        return spec if spec is not None and spec[0] != "ytd" else None
    numbers = 0
    # "Quý I-III" (read as "quý I đến quý III"): one part of the year, its two numbers one span's ends
    for token in re.findall(r"[a-z]+|\d+", periods.QUARTER_TO_QUARTER.sub(" quy ", f)):
        if year is not None and token == str(year):
            continue
        if token.isdigit() or token in _ROMAN:
            numbers += 1
        elif token not in _PART_OF_YEAR_WORDS:
            return None
    return spec if numbers <= 1 else None


# the statistical form's column of the report's own period ("Kỳ báo cáo"), and a cumulative column
# beside it named by that word alone: in a report on a later part of a year (Quý II, 6 tháng cuối
# năm, Tháng 10) the form's "Lũy kế" is from the year's start (etl.walk, _plan_sheet)
# "Thực hiện kỳ này | Lũy kế đến cuối kỳ báo cáo" (a quarterly form, batch 25) are the same two columns
# in other words: the cumulative column runs to the period's end, from the year's start
REPORT_PERIOD_HEADERS = registry.header_words("report_period_headers")
BARE_CUMULATIVE = registry.header_words("bare_cumulative_headers")


# NOTE: a five-year review's "Đến năm 2025" beside "Năm 2021 … Năm 2024" held 200 products recognized
# over the five years: stored as 2025's own 200 (probe31)
BY_A_YEAR = re.compile(r"(?:^| )(?:%s) (?:19|20)\d{2}(?: |$)" % "|".join(
    sorted(map(re.escape, registry.header_words("by_year_words")), key=len, reverse=True)))
# NOTE: "Từ năm 2021 đến năm 2025", "Giai đoạn 2021-2025 (đến năm 2025)": a span opened before the
# "đến năm" — the column is that span's own (its sum), not what was reached by its last year (the
# sums 200 and 110 were no longer stored, review 20b)
_SPAN_OPENED = re.compile(r"(?:^| )(?:%s|(?:19|20)\d{2})(?: |$)" % "|".join(
    sorted(map(re.escape, registry.header_words("by_year_span_words")), key=len, reverse=True)))
# "Đến hết năm 2025": the year's end — in a review of several years, beside their yearly columns, a
# flow's figure there is the total over them (etl.walk._plan_sheet)
BY_A_YEAR_END = re.compile(r"(?:^| )(?:%s) (?:19|20)\d{2}(?: |$)" % "|".join(
    sorted(map(re.escape, registry.header_words("by_year_end_words")), key=len, reverse=True)))


def by_a_year(f: str) -> bool:
    """A (folded) header of what was reached BY a year ("Đến năm 2025", "Kết quả đến năm 2025"), not
    a span named from its start ("Từ năm 2021 đến năm 2025", "Giai đoạn 2021-2025 đến năm 2025")."""
    m = BY_A_YEAR.search(f)
    return m is not None and not _SPAN_OPENED.search(f[:m.start()])


NON_CALENDAR_YEAR = re.compile(r"(?:^| )(?:%s)(?: |$)" % "|".join(
    sorted(map(re.escape, registry.header_words("non_calendar_year_words")), key=len, reverse=True)))


# NOTE: "Lũy kế cùng kỳ năm 2023" beside "Lũy kế từ đầu năm" in a quarter's report is the same span
# of 2023 (January to the quarter's end), not a total to date: read as one, the OCOP products of those
# months were stored as the products still valid at 31/3, 30/6 and 30/9/2023 (batch 42;
# metrics/header_words.toml to_date_same_span_words)
_TO_DATE_SAME_SPAN = re.compile(r"luy ke (?:%s)( |$)" % "|".join(
    sorted(map(re.escape, registry.header_words("to_date_same_span_words")), key=len, reverse=True)))


def is_to_date(f: str) -> bool:
    """A (folded) header of a total to date: "Lũy kế đến hết năm 2024", "Lũy kế đến nay", "Lũy kế".
    Not a year-to-date figure: "Lũy kế 9 tháng", "Lũy kế từ đầu năm", "Lũy kế năm 2024", nor the
    same span of another year: "Lũy kế cùng kỳ năm 2023"."""
    if "luy ke" not in f or "tu dau nam" in f or within_year(f) not in (None, ("year",)):
        return False
    if _TO_DATE_SAME_SPAN.search(f):
        return False
    return not re.search(r"luy ke (nam|\d+ thang|quy|qui|ca nam)( |$)", f)


def _months_from_january_summed(f: str, period) -> bool:
    """Whether a (folded) "Lũy kế" header sums the months of one year from January to a later month that it names
    as a span ("Lũy kế 1-9/2024", "Lũy kế tháng 1-9 năm 2024", "Lũy kế T1-T9/2024": `period` January–September) —
    that span's flow, as "Lũy kế 9 tháng năm 2024" is; never a total to a day ("Lũy kế đến tháng 9/2024").

    NOTE: wrong55: under "Lũy kế 1-9/2024" the OCOP products recognised in January–September were read as the
    products valid at 30/9 — beside the valid products' own row, two values of one fact: the honest file refused."""
    return period is not None and period.kind != "date" and period.start.year == period.end.year \
        and (period.start.month, period.start.day) == (1, 1) and period.end.month < 12 \
        and re.search(r"(^| )(den|toi|tai)( |$)", f) is None


# what a "Cùng kỳ" header says besides the same period's year: "cùng kỳ", "năm 2024", "năm trước", brackets
# a header saying "the same span" ("Cùng kỳ năm 2025", and its short form "CK 2025"), folded
_SAME_SPAN_HEADER = re.compile(r"(^| )(cung ky|ck)( |$)")
# a header naming figures proposed or requested (metrics/header_words.toml proposal_header_words), folded
_PROPOSAL_HEADER = re.compile(r"(^| )(%s)( |$)" % _alternatives("proposal_header_words"))


def _year_to_date_of_a_year(f: str) -> int | None:
    """The one year a (folded) header's year to date belongs to, its end not written ("YTD 2024", "Lũy kế từ đầu năm
    2024"), or None."""
    if not ("tu dau nam" in f or periods.YEAR_TO_DATE.search(f)) or yearless_cutoff(f) is not None \
            or _SAME_SPAN_HEADER.search(f) or re.search(r"(?<![a-z])(?:den|toi)(?![a-z])", f):
        return None
    years = set(periods.YEAR_IN_TEXT.findall(f))
    return int(years.pop()) if len(years) == 1 else None
_CK = re.compile(r"(^| )ck(?= |$)")
_SAME_PERIOD_WORDS = re.compile(r"(?:^| )(?:cung ky|nam truoc|nam \d{4}|\d{4})(?= |$)|[()]")


# "năm trước" (folded) in a header of last year's part ("Tháng 12 năm trước"), taken out to read the part
_LAST_YEAR = re.compile(r"(?:^| )nam truoc(?= |$)")

# "từ năm 2019", "tính từ 2021 (đến nay)" (folded) in a column's header: where a span starts, its end unsaid
_SINCE_A_YEAR = re.compile(r"(^| )tu (?:nam )?((?:19|20)\d\d)( |$)")
# "Chuyển tiếp từ năm 2022", "… từ năm trước chuyển sang" (folded): where a count of tasks came from
# (metrics/header_words.toml carried_from_header_words)
_CARRIED = re.compile(r"(^| )(?:" + _alternatives("carried_from_header_words") + r")( |$)")
_FROM_LAST_YEAR = re.compile(r"(^| )tu nam truoc( |$)")


def _starts_a_span(f: str, p: Period | None) -> bool:
    """Whether the year a folded header names is only where something starts ("từ năm 2019", its end unsaid)."""
    since = _SINCE_A_YEAR.search(f)
    return since is not None and p is not None and p.kind == "year" and p.start.year == int(since[2])


def same_part_of_year(col: Column, text: str, year: Period) -> bool:
    """A column whose header `text` says "Cùng kỳ" beside a whole `year`: its period made the part its header
    names ("Cùng kỳ năm 2024 (9 tháng)"), else the same part of that year as the report's own (col.same_part_of,
    read by the walk); False, the column untouched, when the header says no "Cùng kỳ"."""
    if year.kind != "year" or _SAME_SPAN_HEADER.search(fold(text)) is None:
        return False
    if (spec := part_beside_same_period(_CK.sub(" cung ky ", fold(text)))) not in (None, ("ytd",)):
        col.period = within(spec, year.start.year)
    else:
        col.same_part_of, col.period = year.start.year, None
    return True


def part_beside_same_period(f: str) -> tuple | None:
    """The part of a year a (folded) "Cùng kỳ" header names beside its year: "Cùng kỳ năm 2024 (10
    tháng)" → ("first", 10), "… (tháng 10)" → ("month", 10), "Cùng kỳ năm trước (Quý III)" →
    ("quarter", 3), "Cùng kỳ năm trước" over "Từ đầu năm" → ("ytd",); None when it names none ("Cùng kỳ
    năm 2024 (*)", "… (3 tỉnh cũ)") or only the whole year (read as before).

    NOTE: blind50: "Cùng kỳ năm 2024 (10 tháng)" beside "Thực hiện tháng 10/2025 | Lũy kế từ đầu năm"
    was stored as October 2024 — the year only said which year's same part, the report's month was
    taken for the part, and the header's own "10 tháng" was never read."""
    if "cung ky" not in f:
        return None
    return _part_of_a_year(within_year(_SAME_PERIOD_WORDS.sub(" ", f).strip()))


def _part_of_a_year(spec: tuple | None) -> tuple | None:
    """within_year()'s reading when it names a part of the year (to date, the first months, a month, a
    quarter, the last half), None for the whole year or nothing: what a "Cùng kỳ …" or "Năm nay" header may
    add to its year (blind50; one list for both)."""
    return spec if spec is not None and spec[0] in ("ytd", "first", "month", "quarter", "last6") else None


def within(spec: tuple, y: int) -> Period:
    """The part of year y that within_year() found."""
    last = calendar.monthrange
    if spec[0] == "first":
        return periods.span(date(y, 1, 1), date(y, spec[1], last(y, spec[1])[1]))
    if spec[0] == "month":
        return periods.span(date(y, spec[1], 1), date(y, spec[1], last(y, spec[1])[1]))
    if spec[0] == "last6":
        return periods.span(date(y, 7, 1), date(y, 12, 31))
    if spec[0] == "quarter":
        q = spec[1]
        return periods.span(date(y, 3 * q - 2, 1), date(y, 3 * q, last(y, 3 * q)[1]))
    return periods.span(date(y, 1, 1), date(y, 12, 31))


_PROVINCE_HEADERS = frozenset((
    "tinh", "tinh thanh pho", "tinh thanh", "dia phuong", "ten dia phuong", "dia ban", "ten tinh", "don vi hanh chinh",
    "ten don vi hanh chinh", "ten tinh thanh pho", "province", "province name",
    # NOTE: a statistics code column ("Mã tỉnh" 58) names the province as well as its name
    "ma tinh", "ma dvhc", "ma don vi hanh chinh", "ma tinh thanh pho", "province code",
    # NOTE: a reporting system's export names each row's reporting body ("Tên đơn vị": "Sở Khoa học
    # và Công nghệ tỉnh Quảng Ninh"): the province that body belongs to (etl.walk reads the name)
    "ten don vi", "ten don vi bao cao", "don vi bao cao",
    # NOTE: blind53: the Ministry office's table of the provinces' departments ("Sở KH&CN tỉnh" over "Tuyên
    # Quang | Hà Giang"): each row a province's department, its own procedures and dossiers (30 figures
    # unread, the file refused as holding no indicator). Not "Sở KH&CN" alone: the department's own column
    # beside "Toàn tỉnh" (own_department_headers)
    *(DEPARTMENTS_HEADERS := frozenset(("so khoa hoc va cong nghe tinh", "so khoa hoc va cong nghe cac tinh",
                                        "so khoa hoc va cong nghe tinh thanh pho", "so khoa hoc va cong nghe dia phuong")))))
_PAREN_NOTE = re.compile(r"\([^()]*\)")
# NOTE: a province's own table by commune, ward and special zone after 1 July 2025 ("Xã, phường, đặc
# khu"), by district before ("Huyện, thị xã, thành phố"): the header names units below the province,
# and nothing else (never "Tỉnh/thành phố", which names provinces)
_SUBUNIT_WORDS = frozenset(("xa", "phuong", "dac", "khu", "thi", "tran", "huyen", "quan", "thanh", "pho", "tp",
                            "ten", "don", "vi", "cap", "hanh", "chinh", "dia", "ban", "va"))
_SUBUNIT_KEY = re.compile(r"(^| )(xa|phuong|dac khu|thi tran|huyen|quan huyen)( |$)")


# "địa phương" (a locality: in a ministry's or a host province's comparison, the provinces) is no ward
_LOCALITY = re.compile(r"(^| )dia phuong( |$)")


def is_subunit_header(f: str) -> bool:
    """A (folded) header of a column of units below the province: "Xã, phường, đặc khu", "Huyện,
    thị xã, thành phố", "Tên xã, phường", "Đơn vị hành chính cấp xã"."""
    words = f.split()
    # NOTE: batch 51: Kon Tum's handout for the Highlands' meeting, "Địa phương" over "Tỉnh Kon Tum | Tỉnh
    # Gia Lai | … | Tổng cộng": the "phường" of "địa phương" read it as Kon Tum's wards — every province
    # set aside, the five provinces' total stored as Kon Tum's own (85 organisations for its 10)
    return bool(words) and len(words) <= 8 and set(words) <= _SUBUNIT_WORDS \
        and bool(_SUBUNIT_KEY.search(_LOCALITY.sub(" ", f)))
# a sum of money's unit in a column's header, with or without parentheses ("Năm 2023 (triệu đồng)",
# "Kinh phí (triệu đồng)" over "Năm 2022 | Năm 2023", "Chi NSNN cho KH&CN, triệu đồng"), on
# match_key text; never a bare "đồng" ("Hội đồng", "đồng bằng")
_MONEY_SPELLED = {match_key(w): w for w in registry.declared_header_words("money_headers")}   # "tr dong" -> "tr.đồng"
_MONEY_IN_HEADER = re.compile(r"(?:^| )(" + "|".join(map(re.escape, sorted(_MONEY_SPELLED, key=len, reverse=True)))
                              + r")(?= |$)")
_VALUE_HEADERS = registry.header_words("value_headers")
_OWN_DEPARTMENT_HEADERS = registry.header_words("own_department_headers")
_THIS_PERIOD_HEADERS = registry.header_words("this_period_headers")
_YEAR_BEFORE_HEADERS = registry.header_words("year_before_headers")
_PREVIOUS_PERIOD_HEADERS = registry.header_words("previous_period_headers")
_PERIOD_HEADERS = registry.header_words("period_headers")
_ORDER_NUMBER_HEADERS = registry.header_words("order_number_headers")
_LABEL_HEADERS = registry.header_words("label_headers")
_UNIT_HEADERS = registry.header_words("unit_headers")
# NOTE: folding drops "+" and "-", so "Năm N+1" (next year: a plan) and "Năm N-1" (the year before)
# fold alike; which one a header is comes from its own text, each dash "-" (periods.one_dash: "Năm N — 1")
_YEAR_OFFSET = re.compile(r"\bN\s*([+\-])\s*1\b", re.IGNORECASE)
# the statistical form's own period ("Kỳ báo cáo", "Kỳ này") with a value header's word before it ("Số liệu kỳ báo
# cáo", "Giá trị kỳ này"): metrics/header_words.toml value_headers, this_period_headers, report_period_headers
_OWN_PERIOD_ALONE = frozenset(_THIS_PERIOD_HEADERS | REPORT_PERIOD_HEADERS) - frozenset(_YEAR_BEFORE_HEADERS)


def _this_period_with_a_value_word(f: str) -> bool:
    return any(f.startswith(v + " ") and f[len(v) + 1:] in _OWN_PERIOD_ALONE for v in _VALUE_HEADERS)


def _previous_period_with_a_value_word(f: str) -> bool:
    # "Số liệu kỳ trước", "Giá trị kỳ trước" (a form's "Số liệu" merged over "Kỳ trước | Kỳ này"): the period
    # before the report's with the form's word for a figure before it, as _this_period_with_a_value_word reads
    # "Số liệu kỳ này"
    return any(f.startswith(v + " ") and f[len(v) + 1:] in _PREVIOUS_PERIOD_HEADERS for v in _VALUE_HEADERS)


# "… kỳ trước" in a longer header ("Thực hiện kỳ trước", "Số liệu kỳ báo cáo trước"): the words of
# metrics/header_words.toml previous_period_headers inside it, folded
_PREVIOUS_PERIOD_WORDS = re.compile(r"(^| )(?:" + "|".join(map(re.escape, sorted(
    registry.header_words("previous_period_headers"), key=len, reverse=True))) + r")( |$)")
# (also typed without diacritics: "Vinh Long (moi)", "Khanh Hoa (cu)")
_NEW_NOTE = re.compile(r"\(\s*(mới|moi|sau sắp xếp|sau sap xep|sau sáp nhập|sau sap nhap|sau hợp nhất|sau hop nhat)\s*\)\s*$", re.I)
# NOTE: the merger year reported by the new province: "Năm 2025" over "Gia Lai (cũ) | Bình Định (cũ)
# | Tổng (tỉnh mới)" beside "Năm 2024 (số liệu gộp)". The total is the new province's own figure,
# the combined 2024 the merged territory's, which belongs to no province of 2024 — never the old
# province that shares the new one's name (Gia Lai's 2024 stored as the two provinces' sum)
_MERGED_COLUMN = re.compile(r"(^| )(tinh moi|so lieu gop|gop|cong gop|sau sap xep|sau sap nhap|sau hop nhat)( |$)")
# NOTE: "Đóng góp của TFP vào tăng trưởng GRDP" (a contribution, "góp") folds to the same letters
# as "số liệu gộp" (combined): its column was set aside as the merged province's
_CONTRIBUTION = re.compile(r"(^| )dong gop( |$)")
# "trước (khi) sắp xếp (tỉnh)" folded, brackets and dashes already spaces: the merger words are data
# (metrics/header_words.toml merger_words), the "trước … tỉnh" around them grammar
_BEFORE_MERGER_CLAUSE = re.compile(r"(^| )truoc (?:khi )?(?:" + "|".join(map(re.escape, sorted(
    registry.header_words("merger_words"), key=len, reverse=True))) + r")(?: tinh)?(?= |$)")
FORMER_NOTE = re.compile(r"\(\s*(cũ|cu|trước sắp xếp|truoc sap xep|trước sáp nhập|truoc sap nhap|trước hợp nhất|truoc hop nhat)\s*\)", re.I)
# a former area's column whose name is not a province's ("Địa bàn KH cũ", "Trên địa bàn NT (cũ)"): folded
_FORMER_AREA_UNNAMED = re.compile(r"^(?:%s)(?: [^ ]+){1,3} cu$" % "|".join(map(re.escape, sorted(
    registry.header_words("territory_header_words"), key=len, reverse=True))))
# an estimate's note after a province's name in a column's header ("Địa bàn Bắc Giang (cũ) (ước)")
_ESTIMATE_NOTE = re.compile(r"\(\s*(?:ước|uoc|ước tính|uoc tinh|ước thực hiện|uoc thuc hien|ƯTH|UTH)\s*\)", re.I)
# "Địa bàn", "Trên địa bàn" before a former province's name (metrics/header_words.toml territory_header_words)
_TERRITORY_LEAD = re.compile(r"^(?:%s) " % "|".join(map(re.escape, sorted(
    registry.header_words("territory_header_words"), key=len, reverse=True))))


def former_initials(text: str) -> str | None:
    """The initials (folded) a column names a former area by, "Địa bàn KH cũ", "KH (cũ)", "Trên địa bàn NT
    (cũ)" -> "kh", "nt": two to four capitals before "cũ", after the territory's words at most — which
    provinces they are only the sheet's merged province can say (etl/walk.py _former_initials_beside_the_whole)."""
    t = FORMER_NOTE.sub(" cũ", nfc(text)).strip()
    words = t.split()
    if len(words) < 2 or fold(words[-1]) != "cu" or not re.fullmatch(r"[A-ZĐ]{2,4}", words[-2]):
        return None
    lead = " ".join(words[:-2])
    if lead and not _TERRITORY_LEAD.match(fold(lead) + " "):
        return None
    if lead and _TERRITORY_LEAD.sub("", fold(lead) + " ").strip():
        return None
    # NOTE: recall37: bare, never fold: fold expands "ĐN" to "doanh nghiep" (an abbreviation of the matcher's),
    # and the new Lâm Đồng's "LĐ cũ | ĐN cũ | BT cũ" (Đắk Nông its "ĐN") was unread, "Toàn tỉnh" with them
    return bare(words[-2])


def _names_a_town(text: str) -> bool:
    """Whether a column header names a town or district below a province by its kind and name ("TP. Hà
    Tĩnh", "Thị xã Quảng Trị"), not a province (etl/labels.py place_below_province)."""
    from etl.labels import place_below_province

    return place_below_province(_PAREN_NOTE.sub(" ", nfc(text))) is not None


_CODE_HEADERS = registry.header_words("code_headers")


_ITEM_NAME_HEADERS = registry.header_words("item_name_headers")


def is_item_name_header(text) -> bool:
    """Whether a header cell names a list's items by name ("Tên nhiệm vụ", "Tên đề tài/dự án"): a row of the
    list names one task or product, never states a figure of the province (metrics/header_words.toml
    item_name_headers)."""
    return isinstance(text, str) and fold(_PAREN_NOTE.sub(" ", text)) in _ITEM_NAME_HEADERS


def is_order_number_header(text) -> bool:
    """Whether a header cell names the rows' order numbers ("STT", "TT"; metrics/header_words.toml
    order_number_headers)."""
    return isinstance(text, str) and fold(text) in _ORDER_NUMBER_HEADERS


def is_code_header(text) -> bool:
    """Whether a header cell names the rows' codes ("Mã số" in the Ministry's forms): its cells are
    codes, never figures nor a sentence's (metrics/header_words.toml code_headers)."""
    return isinstance(text, str) and fold(_PAREN_NOTE.sub(" ", text)) in _CODE_HEADERS


def _count_unit_note(text: str) -> bool:
    """Whether a header's parenthesis is only a count's unit the registry declares ("Số lượng (nhiệm
    vụ)", "Số lượng (sản phẩm)").

    NOTE: "TT | Nội dung | Số lượng (nhiệm vụ) | Kinh phí (triệu đồng)" under a nine-month title: the
    count column was no value column and nothing of the table was read."""
    from etl.validate import _count_unit_keys

    notes = [match_key(n) for n in re.findall(r"\(([^()]*)\)", text)]
    return len(notes) == 1 and notes[0] in _count_unit_keys()


# a total's words then a span of years and nothing else ("Tổng 2021-2024", "Tổng cộng giai đoạn 2021 - 2025"), folded
_SUM_OF_YEARS = re.compile(r"^(?:tong cong|tong so|tong|cong)(?: ca)?(?: giai doan| gd)? (?:nam )?(?:19|20)\d\d "
                           r"(?:den |toi )?(?:nam )?(?:19|20)\d\d$")


def header_role(text: str) -> Column:
    """Classify one column from its combined header text (all header rows, merges filled).

    NOTE: a pure function of the text (the words it reads are the registry's, fixed for a process),
    asked ~16,000 times for a report's ~900 header cells while the header is sought: remembered per
    text, each caller given its own copy (callers set the column's index and refine its role)."""
    col = copy.copy(_header_role(text))
    col.province = list(col.province)
    return col


def role_of(text: str) -> str:
    """header_role(text).role, without the copy a caller that changes the column needs (most only ask the role)."""
    return _header_role(text).role


# a software export's field name of words joined by "_" ("DN_Q3_2026", "SL_9T_2026", "GiaTri_T10_2024")
_FIELD_NAME = re.compile(r"^[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+$")
# a part of a year as a field name writes it, one word: a month ("T9", "Th10", "Thang 9" once split), a quarter
# ("Q3", "Quy 3", "QuyIII"), the first months ("9T", "6T"), a half ("H1", "S2", "1H")
_FIELD_PART = r"(?:T|Th|Thang ?)(?:[1-9]|1[0-2])|Q[1-4]|Quy ?(?:[1-4]|IV|I{1,3})|\d{1,2}T|[HS][12]|[12]H"
_FIELD_PART_THEN_YEAR = re.compile(r"(?<![A-Za-z0-9])(" + _FIELD_PART + r") ((?:19|20)\d{2})(?![0-9])", re.I)
_FIELD_YEAR_THEN_PART = re.compile(r"(?<![A-Za-z0-9])((?:19|20)\d{2}) (" + _FIELD_PART + r")(?![A-Za-z0-9])", re.I)
# a part of a year alone, as a word of a spaced field name ("SL T9 2026": one; "SL T1 T9 2026": two)
_FIELD_PART_WORD = re.compile(r"(?<![A-Za-z0-9])(?:" + _FIELD_PART + r")(?![A-Za-z0-9])", re.I)
# two months then a year in a field name ("SL_T1_T9_2026" spaced): the months from the first to the second
_FIELD_MONTHS_THEN_YEAR = re.compile(r"(?<![A-Za-z0-9])(?:T|Th|Thang ?)([1-9]|1[0-2]) (?:T|Th|Thang ?)([1-9]|1[0-2]) "
                                     r"((?:19|20)\d{2})(?![0-9])", re.I)
# a grade's number glued to its word in a field name ("SP_3sao", "3Sao"): metrics/header_words.toml grade_units
_GLUED_GRADE = re.compile(r"^(\d+)(%s)$" % "|".join(map(re.escape, sorted(registry.header_words("grade_units")))), re.I)


def field_name_words(text: str) -> str:
    """A software export's field name as the words a person would have typed, else `text` as it is: "_" a space,
    each part's capitalised words apart (_camel_words), a grade's number apart from its word, a part of a year
    joined to its year by "/" — "SP_3sao" is "SP 3 sao", "TongSP" "Tong SP", "KeHoach_Q3_2026" "Ke Hoach Q3/2026",
    "SL_2026_Q3" "SL Q3/2026".

    NOTE: recall47: Khánh Hòa's Excel table "DiaPhuong | SP_3sao | SP_4sao | SP_5sao | TongSP" (blind86): "SP 3sao"
    named no star, so each star's column was read as every OCOP product (two values for one fact, the file refused),
    and "TongSP" was a total over the districts.
    NOTE: review44: blind86 read "SL_Q3_2026" as its quarter, but its neighbours stayed wrong: a month named before
    its year by a space ("SL_T9_2026", "GiaTri_T10_2024") or a part after it ("SL_2026_Q3", "SL_2026_9T") was the
    whole year 2026 — a month's or a quarter's figure stored as the year's — and the words of a name written in
    camel case inside it ("KeHoach_2026", "MucTieu_2026", "DuKien_Q4_2026", "UocTH_2026", "TyLe_2026",
    "TangGiam_2026") were one unknown word each: the plan, the target, the estimate, a rate or a change stored as
    the year's actual figure. Two months then a year ("SL_T1_T9_2026") are the months between them ("T1-T9/2026");
    two other parts of a year in one name are joined to none (read as before)."""
    t = text.strip()
    if _FIELD_NAME.match(t):
        parts = t.split("_")
    elif _CAMEL.match(t):
        parts = [t]
    else:
        return text
    words = [w for p in parts for w in _camel_words(p).split()]
    short = _field_name_abbreviations()
    words = [short.get(w.upper(), w) for p in words for w in _capitals_apart(p)]
    spaced = " ".join(f"{g[1]} {g[2]}" if (g := _GLUED_GRADE.match(w)) else w for w in words)
    # NOTE: review45: "SL_T1_T9_2026" (months 1 to 9 of 2026) was read as the whole year 2026: two months then a year
    # are the months from the first to the second, as "T1-T9/2026" is read (the nine months, 2026-01/2026-09)
    spaced = _FIELD_MONTHS_THEN_YEAR.sub(
        lambda m: f"T{m[1]}-T{m[2]}/{m[3]}" if int(m[1]) < int(m[2]) else m[0], spaced)
    if len(_FIELD_PART_WORD.findall(spaced)) == 1:
        spaced = _FIELD_YEAR_THEN_PART.sub(r"\2/\1", _FIELD_PART_THEN_YEAR.sub(r"\1/\2", spaced))
    return spaced


# "FY2024", "FY 2024": a fiscal year, which in Vietnam is the calendar year (Luật Ngân sách nhà nước 2015: từ 1/1 đến
# 31/12) — the letters before the year say nothing more
_FISCAL_YEAR_MARK = re.compile(r"(?<![A-Za-z])FY\s?(?=(?:19|20)\d\d(?!\d))", re.I)
_YEAR_WORD = r"(?:19|20)\d\d"
# "Tăng trưởng 2024", "Tăng trưởng năm 2024 (%)", "2024 growth", "Tăng trưởng 2024/2023": a change or a share of one
# year, the whole header (metrics/header_words.toml year_change_header_words)
_CHANGE_OF_A_YEAR = re.compile(
    r"^(?:(?:{w})(?: nam)? {y}(?: {y})?|{y}(?: {y})? (?:{w}))(?: phan tram| lan)?$".format(
        w=_alternatives("year_change_header_words"), y=_YEAR_WORD))
# "Budget 2024", "2024 budget": the year's plan of spending (year_plan_header_words), the whole header
_PLAN_OF_A_YEAR = re.compile(r"^(?:(?:{w})(?: nam| year)? {y}|{y} (?:{w}))(?: (?:{r}))?$".format(
    w=_alternatives("year_plan_header_words"), y=_YEAR_WORD, r=_alternatives("year_plan_revision_words")))
# "Chỉ tiêu Đại hội 2021-2025", "Mục tiêu NQ", "Chỉ tiêu NQ Đại hội XIX (2020-2025)", "Nghị quyết 2021-2025" alone: a
# congress's or a resolution's target (metrics/header_words.toml resolution_target_openers, resolution_target_header_words)
# — the whole header, nothing but the target's words, its congress's number and its span.
# NOTE: review48: the words anywhere in a header ("Triển khai Nghị quyết 57-NQ/TW" over "Năm 2024 | Năm 2025", "Năm
# 2025 (NQ 57)", "Lũy kế 2021-2024 (nhiệm kỳ NQ)", "Resolution 2024") turned the years' results into plans
_RESOLUTION_TARGET = re.compile(
    r"^(?:(?:{o})(?: (?:{w}))+(?: (?:[ivxl]+|\d{{1,3}}|{y}|nhiem ky|giai doan|khoa))*|nghi quyet {y} {y})$".format(
        o=_alternatives("resolution_target_openers"), w=_alternatives("resolution_target_header_words"), y=_YEAR_WORD))
# "2024F", "2024E", "2025 (F)": a year's forecast or estimate by its letter (year_estimate_suffixes), the whole header
_YEAR_ESTIMATE_SUFFIX = re.compile(r"^{y} ?(?:{w})$".format(w=_alternatives("year_estimate_suffixes"), y=_YEAR_WORD))


def _names_parts_unjoined(spaced: str) -> bool:
    """Whether a field name, spaced (field_name_words), names two parts of a year no rule joins ("SL T9 T1 2026", "SL
    Q3 T9 2026"). NOTE: review45: such a name was read as the whole year 2026 — a part's figure stored as the year's.
    Which part, the name does not say: not read."""
    return (len(_FIELD_PART_WORD.findall(spaced)) >= 2
            and not re.search(r"T\d{1,2}-T\d{1,2}/", spaced))


@functools.lru_cache(maxsize=1)
def _field_name_abbreviations() -> dict[str, str]:
    """metrics/abbreviations.toml field_name_abbreviations: a field name's part → its words ("M4" → "mức độ 4")."""
    from etl import labels

    return {k.upper(): nfc(v) for k, v in labels.declared_table()["field_name_abbreviations"].items()}


@functools.lru_cache(maxsize=1)
def _field_name_capitals() -> frozenset[str]:
    """The words in capitals a field name may glue together: the declared abbreviations written in ASCII capitals
    ("SP", "DN", "TTHC") and metrics/abbreviations.toml field_name_capitals ("OCOP")."""
    from etl import labels

    return frozenset({k for k in labels.declared_abbreviations() if re.fullmatch(r"[A-Z]{2,}", k)}
                     | {w.upper() for w in labels.declared_words("field_name_capitals")})


def _capitals_apart(word: str) -> list[str]:
    """A field name's run of capitals as the declared words it glues, when it splits into them one way only
    ("SPOCOP" → "SP", "OCOP"); else the word as it is ("DVCTT", a word of its own; "KHNV": "KH" is ambiguous).

    NOTE: recall48: "SoSPOCOP" (Số SP OCOP) named no indicator — the OCOP products of a software export lost."""
    known = _field_name_capitals()
    if not re.fullmatch(r"[A-Z]{4,}", word) or word in known:
        return [word]

    def ways(rest: str) -> list[list[str]]:
        if not rest:
            return [[]]
        return [[rest[:n], *tail] for n in range(2, len(rest) + 1) if rest[:n] in known for tail in ways(rest[n:])]

    found = ways(word)
    return found[0] if len(found) == 1 else [word]


@functools.lru_cache(maxsize=1 << 16)
def _header_role(text: str) -> Column:
    if _FISCAL_YEAR_MARK.search(text):
        # NOTE: review45: "Q3 FY2024", "H1 FY2024" (an English export's quarter and half of the fiscal year) were read as
        # the whole year 2024 — the part was sought before "FY2024", which hid the year from it: the quarter's figure
        # stored as the year's. The fiscal year is the calendar year: its part is read as "Q3 2024" is
        return _header_role(_FISCAL_YEAR_MARK.sub("", text))
    if (spaced := field_name_words(text)) != text:
        # NOTE: blind86: an Excel table's field names "DN_Q3_2026 | DN_9T_2026" (the third quarter, nine months)
        # were both read as the year 2026 — the period was sought in the name as written, where "_" joins "Q3"
        # and "9T" to the year: a quarter's or nine months' figure stored as the year's, or two values for one
        # fact. The "_" is a space between words for the period as for the words (f below), and so are a
        # field name's capitals and a grade glued to its number (field_name_words)
        # (the column's text is read as spaced too: later steps seek its period in it again)
        if _names_parts_unjoined(spaced):
            return Column(-1, text, "other")
        return _header_role(spaced)
    # NOTE: a web system's export names its columns in code ("province_code", "data_type"): the
    # underscore is a space between words
    f = fold(text).replace("_", " ").strip() if "_" in text else fold(periods.quarter_dash_as_words(_camel_words(text)))
    if " - " in periods.one_dash(text):
        # NOTE: "Đơn vị tính - Unit", "Sơ bộ - Prel. 2024": a bilingual yearbook's header is read by
        # its Vietnamese words (the period stays read from the whole text)
        half = vietnamese_half(text, min_words=1)
        if half != text and periods.from_text(half) is None and periods.from_text(text) is None:
            f = fold(half)
    col = Column(-1, text, "other")
    if not f:
        return col
    if periods.names_no_calendars(text):
        # NOTE: wrong42: "Quý IV/2024 - Quý V/2024" (no fifth quarter) was read as the report's fourth quarter
        # (within_year found "Quý IV" in it): a header naming a month or quarter no calendar has names nothing
        return col
    words = f.split()
    # NOTE: "Tỷ lệ so KH (%)" beside "Kế hoạch | Thực hiện" (the former provinces' sheets of the new
    # Cần Thơ): a completion ratio, never a plan (its "KH" stored 96,7 as the plan of the half)
    if (any(w in f for w in _RATIO_WORDS) or _PERCENT_OF_A_BASE.search(f)
            or _RATE_TO_A_BASE.search(f) or _CHANGE_OF_A_YEAR.match(f)
            or f.endswith("so voi cung ky") or _RATIO_TO_A_BASE.match(f) or _is_fraction(text)
            or is_average_header(text)):
        # NOTE: "Bình quân 2021-2024", "Trung bình giai đoạn 2021-2024": a yearly average, read as
        # 2021/2024 it was stored as the span's total — a ratio of the row's figures, not read
        col.role = "ratio"
    elif "ghi chu" in f:
        col.role = "note"
    elif SELF_ASSESSED.search(f):
        # see metrics/header_words.toml self_assessment_words: the province's own score of itself, no index
        # published (its period read from the rest would store it as the year's PII): listed, not read
        col.role = "self_assessed"
    elif NON_CALENDAR_YEAR.search(f):
        # NOTE: "Năm học 2024-2025" (September to May), "Vụ Đông Xuân 2024-2025": no calendar
        # period — read as 2024/2025 its count was stored as the two whole years' (probe31)
        col.role = "other"
    elif f in _ORDER_NUMBER_HEADERS:
        col.role = "stt"
    elif f in _LABEL_HEADERS or f in PIVOT_LABEL_HEADERS or (
            # NOTE: "Danh mục chỉ tiêu" as "Chỉ tiêu" (a report's copy with that header lost 50 facts)
            (f.startswith("chi tieu") or f.startswith("noi dung") or f.startswith("danh muc chi tieu"))
            # NOTE: "Chỉ tiêu kế hoạch năm 2024" / "Chỉ tiêu được giao" is a plan column, not the labels
            and not PLAN.search(f) and periods.from_text(text) is None):
        col.role = "label"
    elif f in CATEGORY_HEADERS:
        # NOTE: "Nhóm sản phẩm" over "Thực phẩm | Đồ uống | … | Tổng cộng" (Đồng Tháp's OCOP by
        # product group and star, batch 25): the rows' names, no indicator's — the table's total row
        # is read with its caption (walk._read_whole_row); unknown, the table had no header at all
        col.role = "label"
    elif f in OFFICE_COLUMN_HEADERS:
        # see metrics/header_words.toml office_column_headers: the offices' names, items of a label column
        col.role = "label"
    elif f in LEVEL_HEADERS:
        # NOTE: levels as rows ("Cấp quản lý" over "Cấp quốc gia | Cấp tỉnh | Tổng cộng"), the
        # indicators in the value columns' headers: the row says which part of the column's indicator
        col.role = "label"
    elif f in _UNIT_HEADERS:
        # NOTE: "ĐV tính", "Đ.V.T" (a unit column the reader did not know: its counts' units unread,
        # a yearbook's rows not matched, the file refused)
        col.role = "unit"
    elif is_subunit_header(fold(_PAREN_NOTE.sub(" ", text))) or (
            # "Địa phương (xã, phường)": the note names the units; "Xã, phường (sau sắp xếp)" is
            # read without its note
            _PAREN_NOTE.search(text) and is_subunit_header(fold(text))):
        # see is_subunit_header: the rows are parts of the province the title names
        col.role, col.subunits = "province", True
    elif f in _PROVINCE_HEADERS or fold(_PAREN_NOTE.sub(" ", text)) in _PROVINCE_HEADERS:
        # NOTE: "Tỉnh (sau sắp xếp)", "Tỉnh, thành phố (mới)": a note on which frame the names are in
        # does not change what the column holds
        col.role = "province"
        col.departments = f in DEPARTMENTS_HEADERS or fold(_PAREN_NOTE.sub(" ", text)) in DEPARTMENTS_HEADERS
    elif f in _PREVIOUS_PERIOD_HEADERS or _previous_period_with_a_value_word(f):
        # NOTE: the statistical form's "Kỳ trước | Kỳ báo cáo | Tăng (+), giảm (-)": the period
        # of the same length just before the report's (the year before, for a yearly report).
        # blind87: also under the form's "Số liệu" merged over "Kỳ trước | Kỳ này" ("Số liệu kỳ trước"): read as
        # no column while "Số liệu kỳ này" was the report's own, Bình Định's 2020 figures were lost
        col.role, col.previous_period = "value", True
    elif _this_period_with_a_value_word(f) and _YEAR_OFFSET.search(periods.one_dash(text)) is None:
        # NOTE: blind63: "Số liệu kỳ báo cáo" (Hậu Giang's statistical form, "Kỳ báo cáo: 6 tháng đầu năm 2025"
        # above) is "Kỳ báo cáo" with the form's word for a figure before it: the report's own period, as
        # "Kỳ báo cáo" and "Kỳ này" alone are — read as no column, its 8 figures were lost ("Số liệu kỳ báo
        # cáo trước" stays the period before: previous_period_headers, above)
        col.role, col.relative_year = "value", 0
    elif f in _THIS_PERIOD_HEADERS or f in _YEAR_BEFORE_HEADERS:
        # NOTE: "Kỳ trước | Kỳ này", "Năm N-1 | Năm N" (the statistical forms' names for the report's
        # own period and the one before, the year in the title): "Kỳ này" and "Năm N" were read as no
        # column and the report's own figures lost (only the year before taken). "Năm N+1" is next
        # year's plan: no column of the report's figures (read as the year before, a plan became an
        # actual of last year)
        offset = _YEAR_OFFSET.search(periods.one_dash(text))
        if offset is None and f in _THIS_PERIOD_HEADERS:
            col.role, col.relative_year = "value", 0
        elif offset is not None and offset[1] != "+" and f in _YEAR_BEFORE_HEADERS:
            col.role, col.relative_year = "value", -1
    elif f in _PERIOD_HEADERS:
        col.role = "period"
    elif f in PERIOD_FROM_HEADERS or f in PERIOD_TO_HEADERS:
        # NOTE: a department's software exports "Từ ngày | Đến ngày": the row's period as its two
        # ends (read together by the walk); "Đến ngày" alone is a cut-off (a stock's date; a flow
        # beside a bare date there is set aside, etl.walk._flow_at_a_cut_off)
        col.role = "period_from" if f in PERIOD_FROM_HEADERS else "period"
        col.cut_off = f in PERIOD_TO_HEADERS
    elif f in CUT_OFF_HEADERS:
        col.role, col.cut_off = "period", True
    elif f in _OWN_DEPARTMENT_HEADERS:
        # NOTE: "Toàn tỉnh | Sở Khoa học và Công nghệ" in the Home Affairs department's table (batch 47):
        # the department's own figures, the report's period and province (the "Toàn tỉnh" beside it
        # counts every department's procedures and dossiers: left unread)
        col.role, col.own_department = "value", True
    elif f in _VALUE_HEADERS or (fold(_PAREN_NOTE.sub(" ", text)) in _VALUE_HEADERS
                                 and (_MONEY_IN_HEADER.search(match_key(text)) or _count_unit_note(text))):
        # NOTE: "STT | Nội dung | ĐVT | Số lượng | Ghi chú" is a common classic form; "Giá trị
        # (triệu đồng)" is the value column of a money table, its unit read by the walk
        col.role = "value"
    elif _MERGED_COLUMN.search(_CONTRIBUTION.sub(" ", f)) and not registry.match_province(_PAREN_NOTE.sub(" ", text)) \
            and (f.split()[0] in ("tong", "cong", "toan") or "gop" in _CONTRIBUTION.sub(" ", f).split()):
        # "Tổng (tỉnh mới)", "Cộng gộp", "Năm 2024 (số liệu gộp)": see _MERGED_COLUMN
        col.role, col.merged = "value", True
        col.period = periods.from_text(text)
    elif (f in TOTAL_WORDS or f.startswith("tong ") and len(words) <= 3 and "nhiem vu" not in f
          # NOTE: "Tổng cộng toàn vùng", "Cả vùng Tây Bắc", "Toàn quốc" are totals, not provinces
          or re.search(r"(^| )(tong cong|toan vung|ca vung|toan khu vuc|ca nuoc|toan quoc)( |$)", f)
          and not _RANK_WITH_SCOPE.search(f)):   # "Hạng (cả nước)": a rank among all provinces, no total (refused79)
        col.role = "total"
        if _SUM_OF_YEARS.match(f) and (span := column_period(text)) is not None and span.kind == "range" \
                and span.start.year < span.end.year:
            # NOTE: blind62: "Tổng 2021-2024", "Tổng cộng 2021-2024" right of the years: the span's total, as
            # "Cộng 2021-2024" and "Tổng số 2021-2024" were read — set aside as a total over provinces
            col.role, col.period = "value", span
    else:
        # NOTE: "Ninh Thuận (cũ)" is the former province, which is what a province name means
        # in the old frame (its facts after 1/7/2025 are refused as province_frame). "Khánh Hòa
        # (mới)" is not matched: before the merger it would mean the merged territory.
        # NOTE: wrong26: an estimate's note after a province's ("Địa bàn Bắc Giang (cũ) (ước)" beside
        # "Toàn tỉnh") says how sure the share is, never whose: read without it, the column was no
        # province's and the former Bắc Giang's estimate was stored as the new Bắc Ninh's (the whole
        # province's column beside it unread); the column stays an estimate
        # (only beside the former's "(cũ)": "Khánh Hòa (ước)" alone names no province, batch 43)
        estimated_share = bool(_ESTIMATE_NOTE.search(nfc(text))) and bool(FORMER_NOTE.search(nfc(text)))
        text = _ESTIMATE_NOTE.sub(" ", nfc(text)).strip() if estimated_share else text
        provs = registry.match_province(text) or registry.match_province(re.sub(r"\(\s*(?:cũ|cu)\s*\)", " ", nfc(text), flags=re.I))
        if not provs and FORMER_NOTE.search(nfc(text)):
            # NOTE: "Địa bàn Bắc Giang (cũ)" beside "Toàn tỉnh" (the new Bắc Ninh's 2025, batch 44): the
            # territory of the former province, its share — read as "Bắc Giang (cũ)" is (unread, the
            # whole province's column beside it was unread too). Only with the former note.
            provs = registry.match_province(_TERRITORY_LEAD.sub("", fold(FORMER_NOTE.sub(" ", nfc(text)))).strip())
        if not provs and _NEW_NOTE.search(text) and len(fold(_NEW_NOTE.sub(" ", text)).split()) <= 6:
            # NOTE: "Vĩnh Long (mới)", "Tuyên Quang (sau sắp xếp)" as a compilation's column is the
            # merged unit of the 34-province frame only; a period before the merger is then set
            # aside by the validation (the merged territory's 2024 belongs to no province)
            # NOTE: blind70: the name's words counted without the note's: "TP. Hồ Chí Minh (sau sắp xếp)" is seven
            # words with it — TP.HCM's PII 2025 column under "PII 2025 (xếp hạng trên 34 tỉnh, thành phố)" was set
            # aside as saying nothing ("Tiêu đề cột không cho biết đây là số liệu gì"), the new city's 4 figures lost
            provs = [p for p in provinces_named(text) if p.frame == "34"]
        if not provs and len(words) <= 6:
            # NOTE: "Khánh Hòa (đăng cai)" as a conference table's column (batch 43): the note says only
            # the province's part at the conference, as it does in a row's name — the host's column
            # was left unread ("does not say what it holds") and its figures lost
            provs = province_with_role_note(text)
        if not provs and len(words) > 3 and not more_than_a_former(text):
            # NOTE: "Số liệu 6 tháng đầu năm 2025 của tỉnh Bình Thuận (cũ)" in the new Lâm Đồng's
            # report holds the former province's figures, never the reporting province's
            provs = list(registry.provinces_named_within(text))
        if not provs and not more_than_a_former(text):
            # NOTE: probe37: "Năm 2025 (Hà Giang cũ)", "Năm 2025 Tuyên Quang (cũ)" in the new Tuyên Quang's
            # 2026 report: the former province's figure, stored as the new province's whole 2025 (the
            # name without "tỉnh" before it, or "cũ" inside the note, was not read)
            provs = _former_named_in(text)
        if provs and _names_a_town(text):
            # NOTE: "TP. Hà Tĩnh | Huyện Kỳ Anh | Toàn tỉnh", a column "Thành phố Vĩnh Long": the town
            # bearing the province's name, not the province — its 5 products were stored as Hà Tĩnh's
            # (probe35). "TP. Cần Thơ", "Thành phố Huế" stay the province (etl/labels.py place_below_province)
            provs = []
        if (whole := _old_and_new_named_in(text)):
            provs = whole   # see _OLD_AND_NEW: the new unit, its formers in it
        elif FORMER_NOTE.search(nfc(text)) or (provs and _former_named_in(text)):
            # NOTE: blind63: so is "Năm 2025 - tỉnh Cà Mau cũ" (the note unbracketed, after the name): read in
            # either frame, the former Cà Mau's 2025 was stored as the new Cà Mau's whole year
            # NOTE: "Gia Lai (cũ)" is the former Gia Lai only — not the new Gia Lai that kept the name
            # (its 2025 column was stored as the merged province's figure); so is "TP.HCM (cũ)" found
            # inside a longer header ("Chia theo địa bàn trước sắp xếp" over it), where it also named
            # the new city: its 2025 share read as a second value of the city's
            provs = [p for p in provs if p.frame == "63"]
        if provs:
            col.role, col.province, col.province_text = "province_value", provs, col.text if estimated_share else text
            if estimated_share:
                col.status = "estimated"
            col.within_year = _own_part_of_year(text)
        elif _excludes_a_province(text):
            # NOTE: review38a: "Năm 2025 (không gồm Bạc Liêu cũ)", "Năm 2025 (Cà Mau cũ, chưa gồm Bạc Liêu)" in the new
            # Cà Mau's 2026 report: the territory without a former province, a part of the province — its 21
            # products were stored as the new Cà Mau's whole 2025. Unread, named as a column that says no whole
            col.role = "other"
        elif _FORMER_AREA_UNNAMED.match(fold(FORMER_NOTE.sub(" cũ", nfc(text)))):
            # NOTE: blind58: "Toàn tỉnh | Địa bàn KH cũ | Địa bàn NT cũ" in the new Khánh Hòa's 2025 summary:
            # a former area named by its initials is that area's share, no province's and no plan's — "KH"
            # read as "kế hoạch" stored the former Khánh Hòa's 19 tasks accepted as the new province's plan
            col.role = "other"
        else:
            text = col.text
            col.period = column_period(text)
            if _starts_a_span(f, col.period):
                # NOTE: blind61: "Chuyển tiếp từ năm 2022" over Tiền Giang's tasks carried over in its report on
                # 2023 was read as 2022's (52 tasks, a wrong number); "Lũy kế từ năm 2019" as the OCOP products
                # valid at 31/12/2019, "Từ năm 2021 (đến nay)" as 2021's own figure. A year after "từ" with no
                # end is where something starts: the tasks' origin (read in the year after it, _value_period)
                # or a total since then to an end unsaid — not read
                if not _CARRIED.search(f):
                    return col
                col.period, col.carried_from = None, col.period.start.year
            elif _CARRIED.search(f) and _FROM_LAST_YEAR.search(f):
                col.carried_from = 0   # "Chuyển tiếp từ năm trước": into the report's year, never last year's
            # NOTE: review45: "Budget 2024" (the plan of spending, as "Dự toán 2024") was stored as the year's actual
            # NOTE: wrong56: "Chỉ tiêu Đại hội 2021-2025", "Nghị quyết 2021-2025" (a congress's, a resolution's target)
            # were stored as the span's actual figures: a target is a plan
            plan = PLAN.search(f) is not None or _PLAN_OF_A_YEAR.match(f) is not None \
                or _RESOLUTION_TARGET.match(f) is not None
            # NOTE: "ƯTH" is the usual short form of "ước thực hiện". A yearbook's "Sơ bộ 2023" (the
            # preliminary figure, revised in the next edition) is no final figure either: it was
            # stored as reported with nothing marking it (wrong25); it is an estimate
            # NOTE: review45: "2024F", "2024E" (a forecast, an estimate, by their letter) were stored as reported
            estimate = (_ESTIMATE.search(f) is not None or _ESTIMATE_MARK.search(nfc(text).upper()) is not None
                        or _YEAR_ESTIMATE_SUFFIX.match(f) is not None)
            # NOTE: "ước" as a word only: as a substring it is in "được", "thuộc", "nước", so a first
            # data row "1 | Nhiệm vụ KH&CN được quản lý | 10 | 20" read as a header row and vanished.
            # NOTE: wrong26: "Lũy kế" says a running total, not whose: "Lũy kế cùng kỳ năm 2023 (KH)", "Lũy
            # kế 9 tháng năm 2024 (kế hoạch)" are the plan's, stored as actuals until its plan words
            # were read before it
            actual = ("thuc hien" in f or re.search(r"(^| )th( |$)", f) is not None or "ket qua" in f
                      or ("luy ke" in f and not plan) or estimate)
            # NOTE: "6 tháng đầu năm (trước sắp xếp)" (before the merger) folds to "… nam truoc sap xep":
            # the note says which provinces, never "năm trước" (the year before) — the former
            # provinces' first half of 2025 was stored as their whole year 2024 (batch 31)
            # NOTE: so does the clause unbracketed or worded otherwise ("6 tháng đầu năm trước sắp xếp",
            # "… - trước khi sáp nhập", "… (trước sáp nhập tỉnh)"): removed before "năm trước" is sought
            if "nam truoc" in _BEFORE_MERGER_CLAUSE.sub(" ", f) and col.carried_from is None:
                col.relative_year = -1
                col.within_year = part_beside_same_period(f)
                if (col.within_year is None and col.period is None
                        and (part := within_year(_LAST_YEAR.sub(" ", f).strip())) not in (None, ("year",), ("ytd",))):
                    # NOTE: probe36: "Quý III năm trước", "9 tháng cùng kỳ năm trước" beside the report's
                    # quarter or nine months under "… NĂM 2024": stored as the whole year 2023 — the
                    # part the header names, a year before (etl/walk.py _value_period shifts it).
                    # review28a: read without its "năm trước" ("Tháng 12 năm trước" beside "Tháng 1" in
                    # the report on January 2025 was stored as January 2024: a month is read only alone)
                    col.within_year = part
            elif col.period is None and _PREVIOUS_PERIOD_WORDS.search(f):
                # NOTE: "Thực hiện kỳ trước | Thực hiện kỳ này" (Quảng Bình's 2021 form, batch 39): the
                # period just before the report's, as a bare "Kỳ trước" is — read as the report's own
                # period, 2020's figures were a second value of 2021 (and alone they would be stored as
                # 2021's). "Cùng kỳ" is the same part of the year before (relative_year above).
                col.previous_period = True
            elif "nam nay" in f or "nam bao cao" in f:
                col.relative_year = 0
                # NOTE: blind50's probes: "Năm nay" over "Tháng 10 | Từ đầu năm" (beside "Cùng kỳ năm
                # trước" over the same): the year to date, never the report's month a second time (the
                # honest file was refused for two values of October)
                col.within_year = _part_of_a_year(within_year(re.sub(r"(^| )nam (nay|bao cao)( |$)", " ", f).strip()))
            elif col.period is None:
                # NOTE: wrong40: never a header naming two years the period readers found no one period in ("Quý
                # III/2024 và Quý I/2025": two quarters apart) — read as the report's third quarter, a part of two
                # periods' figure stored as one quarter's; its part of a year is for a header naming no year
                col.within_year = within_year(f) if len(set(periods.YEAR_IN_TEXT.findall(f))) < 2 else None
                if yearless_cutoff(f) == ("day",):
                    # "Lũy kế từ đầu năm đến 15/10": a span of no whole months, no period a table
                    # column can hold (see metrics/periods.py): not read
                    return col
            if _SAME_SPAN_HEADER.search(f) and col.period is None and col.relative_year is None \
                    and col.carried_from is None:
                # NOTE: blind84: "TH cùng kỳ", "Kết quả cùng kỳ", "TH CK", "Cùng kỳ 6 tháng" naming no year: the same
                # span of a year before — read as the report's own period ("TH" a result's word), Long An's "TH
                # cùng kỳ | TH kỳ báo cáo" gave 2019 two values and refused the honest file, and beside "KH năm
                # 2019" alone last year's 17 tasks were stored as 2019's. Which year's it does not say: unread, as
                # a bare "Cùng kỳ" column is (and "Lũy kế cùng kỳ", review26a); "… năm trước", "… năm 2018" read
                return col
            if _PROPOSAL_HEADER.search(f):
                # NOTE: review44: "Đề xuất năm 2025", "Đề nghị 2025", "Proposed 2024" (a proposal, a request): no figure
                # of the year — beside "Năm 2025" it refused the honest file as two values, alone it was stored as the
                # year's actual. Not read, as a plan's year after the report's is not
                return col
            if plan and not actual:
                col.role, col.measure = "value", "plan"
            elif estimate:
                col.role, col.status = "value", "estimated"
                if col.period is not None and col.period.kind == "range" and (m := _ESTIMATE_DATA_CUTOFF.search(f)) \
                        and not m["data"] and _year_beside(f, m, col.period) is not None:
                    # NOTE: mend28a: "Ước TH năm 2024 (đến tháng 10)": the year's estimate or the estimate to
                    # October, no one can tell — not read (with "số liệu" before it, see column_period)
                    col.role, col.status, col.period = "other", "reported", None
            elif actual or col.period is not None or col.relative_year is not None or col.carried_from is not None or (
                    col.within_year is not None and col.within_year != ("year",)):
                col.role = "value"
    return col


_SCORE_RANK = {**dict.fromkeys(registry.header_words("score_headers"), "Điểm"),
               **dict.fromkeys(registry.header_words("rank_headers"), "Xếp hạng")}
# "Xếp hạng/63", "Thứ hạng/34", "Xếp hạng (trên 34 tỉnh, thành phố)", "Hạng trong 63 tỉnh": a rank
# column with the field it ranks in, folded
_RANK_FIELD = re.compile(r"^(hang|thu hang|xep hang)(?: (?:tren|trong|trong so)(?: tong so)?)? (63|34)"
                         r"(?: tinh(?: thanh pho)?(?: ca nuoc)?)?$")


def score_rank_prefix(text: object) -> str | None:
    """"Điểm" or "Xếp hạng" when a header says only which of a PII row's two figures its column holds:
    "Điểm", "Điểm số", "Hạng", "Thứ hạng", and a rank with its field ("Xếp hạng/63", "Thứ hạng/34",
    "Xếp hạng (trên 34 tỉnh, thành phố)"); None otherwise.

    NOTE: "Xếp hạng/63" under "PII 2023" was left unread (only a bare "Xếp hạng" was known): a
    province profile lost every rank."""
    f = fold(text).strip()
    if f in _SCORE_RANK:
        return _SCORE_RANK[f]
    if _RANK_FIELD.match(f):
        return "Xếp hạng"
    # NOTE: refused79: "Xếp hạng (trong vùng)", "Hạng (cả nước)" under each province (batch 79's Central
    # Highlands): the rank with its field was no rank column — the region's ranks were read as each row's second
    # value and the honest file refused. Among all provinces it is the registry's rank; in a region, a rank of
    # its own (REGION_RANK), never read as the rank among all
    rank = next((w for w in registry.header_words("rank_headers") if f.startswith(w + " ")), None)
    if rank is None:
        return None
    scope = f[len(rank) + 1:]
    if scope in _RANK_NATIONWIDE:
        return "Xếp hạng"
    return REGION_RANK if any(scope == w or scope.startswith(w + " ") for w in _RANK_IN_REGION) else None


# a rank column's prefix when the rank is among a region's provinces ("Xếp hạng (trong vùng)"): no
# indicator of the registry has it (walk reads such a column as nothing)
REGION_RANK = "Xếp hạng trong vùng"
_RANK_NATIONWIDE = registry.header_words("rank_nationwide_scope_words")
_RANK_IN_REGION = registry.header_words("rank_region_scope_words")
# … a rank's word and its field anywhere in a folded header ("Gia Lai Hạng (cả nước)")
_RANK_WITH_SCOPE = re.compile(r"(^| )(?:%s) (?:%s)( |$)" % (
    "|".join(map(re.escape, sorted(registry.header_words("rank_headers"), key=len, reverse=True))),
    "|".join(map(re.escape, sorted(_RANK_NATIONWIDE | _RANK_IN_REGION, key=len, reverse=True)))))


def rank_field(text: object) -> str | None:
    """The field a rank header states ("Xếp hạng/63" → "63"), None when it states none."""
    m = _RANK_FIELD.match(fold(text).strip())
    return m[2] if m else None


def date_header_text(v: date, fmt: str | None) -> str:
    """A header typed as a real date, as its number format shows it: 'yyyy' a year ("Năm 2021"),
    'mm/yyyy' or 'mmm-yy' a month ("Tháng 07/2025"), a format with the day (or none known) the
    day ("31/12/2024").

    NOTE: read as the text "2025-07-01 00:00:00", every month column of a quarter was the year."""
    code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", fmt or "").lower()
    if code and "y" in code and "d" not in code:
        return f"Năm {v.year}" if "m" not in code else f"Tháng {v.month:02d}/{v.year}"
    return f"{v.day:02d}/{v.month:02d}/{v.year}"


def _fill_merges(sheet: Sheet, rows: range) -> dict[tuple[int, int], object]:
    """Header cells with merged ranges filled from their top-left cell."""
    filled = {}
    for r0, c0, r1, c1 in sheet.merges:
        v = sheet.value(r0, c0)
        if isinstance(v, date):
            v = date_header_text(v, sheet.formats.get((r0, c0)))
        for r in range(r0, r1 + 1):
            if r in rows:
                for c in range(c0, c1 + 1):
                    filled[(r, c)] = v
    return filled


# the words of a province as a whole ("Toàn tỉnh", "Cả thành phố"), one list for rows and columns (etl/walk.py
# reads them too); a "thành phố" is a province only when centrally run (walk's _city_wide_of_a_town)
WHOLE_WORDS = r"toan tinh|ca tinh|toan thanh pho|ca thanh pho"
_WHOLE_ROW = re.compile(rf"^(tong cong |tong |cong )?({WHOLE_WORDS})$")


def _texts_below(sheet: Sheet, r: int, c: int):
    """The texts of column c's filled cells below row r, up to the table's end (the first blank row): what a
    column of places (places_by_rows, units_are_places) names."""
    for rr in range(r + 1, len(sheet.rows)):
        if all(x is None or (isinstance(x, str) and not x.strip()) for x in sheet.rows[rr]):
            return
        if text := cell_text(sheet.value(rr, c)).strip():
            yield text


def places_by_rows(sheet: Sheet, r: int, c: int, header: str | None = None) -> bool:
    """Whether column c, headed on row r by a word naming places of no one kind ("Khu vực": metrics/header_words.toml
    places_by_rows_headers), holds places as a province's column does: below it, up to a blank row, two or more
    former provinces ("Nam Định (cũ)", "Hà Nam (trước sáp nhập)") and nothing else but the whole ("Toàn tỉnh").

    NOTE: recall38: the new Ninh Bình's "TT | Khu vực | 3 sao | 4 sao | 5 sao | Tổng số sản phẩm" over its three
    former provinces and "Toàn tỉnh" (batch 65) was read as no table and the honest file refused. The header alone
    decides nothing: "Khu vực" over "Thành thị | Nông thôn" (no province's rows) stays unread, as before."""
    # (`header`: the column's words over several header rows, "Khu vực" merged down over the stars' row — the
    # new Gia Lai's, batch 66 — the last row's own cell empty)
    v = sheet.value(r, c) if header is None else header
    if not (isinstance(v, str) and fold(_PAREN_NOTE.sub(" ", v)).strip() in PLACES_BY_ROWS_HEADERS):
        return False
    formers = 0
    for text in _texts_below(sheet, r, c):
        # (an area word before a former province's name is that province's area, never a group of places:
        # "Khu vực Phú Thọ (cũ)" is no "Khu vực miền núi")
        area = former_area_named(text)
        if not area and (is_aggregate_place(fold(text)) or _WHOLE_ROW.match(fold(text))):
            continue
        named = area or (provinces_named(text) if FORMER_NOTE.search(text) else [])
        if not named or any(p.frame != "63" for p in named):
            return False
        formers += 1
    return formers >= 2


def units_are_places(sheet: Sheet, r: int, c: int, header: str) -> bool:
    """Whether column c, headed "Đơn vị" alone (the word of a unit of measure and of a reporting unit), holds the
    province's districts or communes as a subunits' column does: below it, up to a blank row, two or more places
    below the province ("Huyện Hòa An", "Thành phố Cao Bằng", "Xã Tân Lập") and nothing else but a total or the
    whole ("Tổng cộng", "Toàn tỉnh").

    NOTE: recall43: Cao Bằng's OCOP by district, "STT | Đơn vị | Tổng số | Chia theo hạng: 3 sao | 4 sao | 5 sao"
    (batch 55): "Đơn vị" was read as the units' column, no row had a label and the honest file was refused
    ("không tìm thấy chỉ tiêu nào"). A unit of measure ("sản phẩm", "nhiệm vụ") or an office ("Sở Tư pháp") in
    any of its cells keeps the header what it was."""
    from etl import labels

    if fold(_PAREN_NOTE.sub(" ", header)).strip() != "don vi":
        return False
    places = 0
    for text in _texts_below(sheet, r, c):
        if is_aggregate_place(fold(text)) or _WHOLE_ROW.match(fold(text)):
            continue
        if labels.place_below_province(text) != nfc(text).strip():
            return False
        places += 1
    return places >= 2


# the name of a province's reporting body, folded: its department or its People's Committee ("Sở Khoa học và Công
# nghệ tỉnh Quảng Ninh", "Sở KH&CN An Giang", "UBND tỉnh …"); etl/walk.py reads the province it belongs to
AGENCY = re.compile(r"^(so khoa hoc va cong nghe|so kh ?cn|so khcn|so kh va cn|ubnd|uy ban nhan dan)( |$)")


def _departments_header(header: str) -> bool:
    """Whether a column's header is the departments' body alone — "Sở KH&CN", "Sở Khoa học và Công nghệ", "Đơn vị (Sở
    KH&CN)" —, as a cluster of departments heads its members' column (units_are_provinces)."""
    f = fold(header).strip()
    if f.startswith("don vi "):
        f = f[len("don vi "):]
    agency = AGENCY.match(f)
    return agency is not None and agency.end() >= len(f) - 1 and not f.startswith(("ubnd", "uy ban"))


def units_are_provinces(sheet: Sheet, r: int, c: int, header: str) -> bool:
    """Whether column c, headed "Đơn vị" alone (the word of a unit of measure and of a reporting unit), holds
    provinces as a province's column does: below it, up to a blank row, two or more cells each naming one province
    (with its part in a meeting or cluster, "TP. Cần Thơ (Cụm trưởng)") and nothing else but a total ("Tổng cộng").

    NOTE: blind84: the Mekong delta emulation cluster's table "TT | Đơn vị | Nhiệm vụ KH&CN được nghiệm thu | Sản
    phẩm OCOP … | Tỷ lệ hồ sơ TTHC trực tuyến (%)" over its eight provinces and "Tổng cộng": "Đơn vị" was read as the
    rows' units, no row named a province and the honest file was refused ("không tìm thấy chỉ tiêu nào"). As
    units_are_places reads it over districts; a unit of measure, an office or any other text keeps it a unit column."""
    if fold(_PAREN_NOTE.sub(" ", header)).strip() != "don vi" and not _departments_header(header):
        return False
    provinces = 0
    for rr in range(r + 1, len(sheet.rows)):
        row = sheet.rows[rr]
        if all(x is None or (isinstance(x, str) and not x.strip()) for x in row):
            break
        text = cell_text(sheet.value(rr, c)).strip()
        # (a note under the table, no figure beside it — "Cụm trưởng: Sở KH&CN TP. Cần Thơ; Cụm phó: …" — is no row)
        if not text or is_aggregate_place(fold(text)) or _WHOLE_ROW.match(fold(text)) or not _holds_figure(row):
            continue
        named = provinces_named(text)
        if not named and (agency := AGENCY.match(fold(text))):
            # (a province's department, "Sở KH&CN tỉnh An Giang", as a reporting system's "Tên đơn vị" names it: the
            # province named after the body's words)
            named = provinces_named(fold(text)[agency.end():].strip())
        # (one name, either frame: "An Giang" is the former 89 and the new 91 — the period decides)
        if len({p.name_vi for p in named}) != 1:
            return False
        provinces += 1
    return provinces >= 2


# words naming an area before a former province's name (metrics/header_words.toml former_area_prefixes)
_FORMER_AREA_LEAD = re.compile(r"^(?:%s) " % "|".join(map(re.escape, sorted(
    registry.header_words("former_area_prefixes"), key=len, reverse=True))))


def former_area_named(text: str) -> list:
    """The former province a row or column names as an area of the merged one, "Khu vực Phú Thọ (cũ)", "Vùng
    Hòa Bình (cũ)" -> Phú Thọ, Hòa Bình of the 63-province frame: only with the former province's note after
    the name (an area word before any other name — "Khu vực Hà Nội", "Khu vực phía Bắc (cũ)" — names none)."""
    if not FORMER_NOTE.search(text or "") and not _FORMER_SIDE_NOTE.search(nfc(text or "")):
        return []
    words = nfc(text).split()
    lead = _FORMER_AREA_LEAD.match(fold(" ".join(words)) + " ")
    if not lead:
        return []
    rest = " ".join(words[len(lead.group(0).split()):])
    side = _SIDE_AND_NOTE.match(rest)
    if side and fold(side[1]) in _FORMER_AREA_SIDES and (inner := _FORMER_IN_NOTE.match(fold(side[2]))):
        # "Khu vực phía Đông (địa bàn Bình Định cũ)": the side is the former province the note names
        rest = inner[1] + " (cũ)"
    return [p for p in provinces_named(rest) if p.frame == "63"]


_FORMER_SIDE_NOTE = re.compile(r"\b(?:cũ|cu)\s*\)\s*$", re.I)


# a side of the merged province before the former province it covers, the whole note in parentheses
# (metrics/header_words.toml former_area_sides): "phía Đông (địa bàn Bình Định cũ)", "phía Tây (Gia Lai cũ)"
_SIDE_AND_NOTE = re.compile(r"^([^()]+?)\s*\(([^()]+)\)\s*$")
_FORMER_AREA_SIDES = frozenset(fold(w) for w in registry.header_words("former_area_sides"))
_FORMER_IN_NOTE = re.compile(r"^(?:dia ban )?(?:tinh |thanh pho )?(.+) cu$")


_SCORED_ROLES = frozenset(("label", "unit", "stt", "note", "province", "period", "value", "ratio", "total",
                           "province_value"))


def _under_a_level_header(sheet: Sheet, r: int, c: int, reach: int = 60) -> bool:
    """Whether column c, above row r and with no blank cell between, is headed by a level's header ("Cấp quản
    lý", metrics/header_words.toml level_headers): its cells are the rows' levels ("Tỉnh", "Cơ sở")."""
    for up in range(r - 1, max(-1, r - 1 - reach), -1):
        v = sheet.value(up, c)
        if not isinstance(v, str) or not v.strip():
            return False
        if fold(v).strip() in LEVEL_HEADERS:
            return True
    return False


def _header_score(sheet: Sheet, r: int) -> int:
    row = sheet.rows[r] if r < len(sheet.rows) else []
    # NOTE: a yearbook's header names only its years ("(blank) | 2019 | 2020 | … | Sơ bộ 2024"),
    # typed as numbers, its labels' column unheaded and no unit column (the unit in each label:
    # "Chi NSNN cho KH&CN (Triệu đồng)"): the years, in order, with nothing before the first, are
    # the header (else no row read as one and the honest file was refused)
    numbers = [v for v in row if type(v) in (int, float)]
    # (an infinite or NaN cell, office:value="inf" in an .ods, is no year: int() of it raised)
    years = [int(v) for v in numbers if math.isfinite(v) and v == int(v) and 1990 <= v <= 2100]
    first = next((v for v in row if v is not None), None)
    score = len(years) if 2 <= len(years) == len(numbers) and type(first) in (int, float) \
        and years == sorted(set(years)) else 0
    figures = None   # whether the row holds figures (asked once, only for a cell that reads as a header word)
    for c, v in enumerate(row):
        if not isinstance(v, str):
            continue
        col = header_role(v)
        if col.role in _SCORED_ROLES:
            figures = _holds_figure(row) if figures is None else figures
            if figures and _under_a_level_header(sheet, r, c):
                # NOTE: blind86: a task-management system's export, "Mã nhiệm vụ | Tên nhiệm vụ | Cấp quản lý |
                # Tình trạng | Năm bắt đầu | … | Kinh phí" over one row per task: a task's "Tỉnh" (its level) under
                # "Cấp quản lý" was read as the provinces' header and that task's row as the table's header —
                # every level below it an unknown province ("không nhận ra tỉnh “Quốc gia”"), the honest file
                # refused whole. A cell of a level's column, in a row of figures, is one of the levels
                continue
        if col.role == "other" and places_by_rows(sheet, r, c):
            col.role = "province"
        if col.role in ("label", "unit", "stt", "note", "province", "period") and len(v) < 40:
            score += 2
        elif col.role in ("value", "ratio", "total", "province_value") and len(v) < 60:
            score += 1
        elif col.role == "other" and len(v) < 60 and pivot_value_field(row, v):
            score += 1   # "Count of Mã NV" beside "Row Labels" (pivot_value_field)
    return score


# a column of names ("Tên chỉ dẫn địa lý", "Tên dự án", "Tên sản phẩm"), not of a province or a unit
NAMES_HEADER = re.compile(r"^ten (?!(?:tinh|don vi|dia phuong|tinh thanh pho|co quan|so|chi tieu)( |$))\S")


def indicator_columns_in(texts) -> list[str]:
    """The header texts that name an indicator by themselves (the matcher is confident)."""
    from etl.row_labels import indicator_for_label

    # (a software field name by its words, as header_role reads it: "SoNhiemVuNghiemThu", "so_nv_nghiem_thu")
    return [t for t in texts if isinstance(t, str) and len(t) < 160 and role_of(t) in ("other", "value")
            and indicator_for_label(field_name_words(t), None)[0]]


def indicator_and_part_columns_in(texts) -> list[str]:
    """The header texts, in order, that name an indicator by themselves or, right after such a column,
    one of its parts ("Số sản phẩm OCOP được công nhận | 3 sao | 4 sao"), as the walk reads them.

    NOTE: batch 47: Yên Bái's "Năm | Số sản phẩm OCOP được công nhận | 3 sao | 4 sao | 5 sao | Sản
    phẩm được công nhận lại" (years down the rows) named one indicator by itself: no header was
    found and the honest file was refused as naming no indicator."""
    from etl.row_labels import indicator_for_label

    out, heading = [], None
    for t in texts:
        if not (isinstance(t, str) and len(t) < 160 and role_of(t) in ("other", "value")):
            continue
        # NOTE: recall47: a software export's "Nam | SoNhiemVuNghiemThu | SoSanPhamOCOP" (or "so_nv_nghiem_thu") with
        # the years down the rows named no indicator here, read as written: no header was found and the honest file
        # was refused, where the same words spaced were read — the field name by its words, as header_role reads it
        w = field_name_words(t)
        code = indicator_for_label(w, None)[0]
        if code is None and heading is not None:
            part = indicator_for_label(w, heading)[0]
            if part is not None and registry.indicator(part).parent == heading:
                out.append(t)
            continue
        heading = code
        if code is not None:
            out.append(t)
    return out


# a bare star's column ("3 sao", "Hạng 4 sao"), on folded text
_BARE_STAR = re.compile(r"^(?:hang )?[345] sao$")


def _places_by_bare_stars(sheet: Sheet, r: int) -> bool:
    """Whether row r is "Địa phương | 3 sao | 4 sao | 5 sao" (an order number's or a note's column beside them): one
    column of places, two or more bare stars and nothing else, figures on the row below — the stars of an OCOP
    ranking by place that names no total (the walk reads them only under a title naming the products with star parts:
    etl/walk.py _whole_and_stars_of_the_title).

    NOTE: recall48: with no "Tổng cộng" column such a header scored too low to be one: the honest file refused as
    naming no indicator."""
    row = sheet.rows[r]
    if r + 1 >= len(sheet.rows) or not _holds_figure(sheet.rows[r + 1]):
        return False
    stars = places = 0
    for c, v in enumerate(row):
        if v is None:
            continue
        if not isinstance(v, str):
            return False
        if _BARE_STAR.match(fold(v).strip()):
            stars += 1
        elif role_of(v) == "province" or places_by_rows(sheet, r, c):
            places += 1
        elif role_of(v) not in ("stt", "note"):
            return False
    return places == 1 and stars >= 2


def _is_two_column_header(sheet: Sheet, r: int) -> bool:
    """A header of two cells, what the rows name and what their figures are: "Tỉnh | Số người làm
    NCKH" (provinces down the rows, one indicator) or "Chỉ tiêu | 2024" (indicators down the rows,
    one period) — confirmed by the rows under it, each a name in the first column and a figure in
    the second. Two cells alone never make a header: a title or caption row of two ("Chỉ tiêu chủ
    yếu | Năm 2024" over the real header) has no such rows under it.

    NOTE: a person reads such a table at sight; three header cells were wanted, so it was refused
    as naming no indicator."""
    cells = [(c, v) for c, v in enumerate(sheet.rows[r]) if v is not None]
    if len(cells) != 2 or not isinstance(cells[0][1], str):
        return False
    (names, first), (figures, second) = cells
    rows_named = role_of(first)
    # NOTE: "Năm | Số nhiệm vụ KH&CN được nghiệm thu" over "2021 | 21", "2022 | 24" (one indicator by year,
    # the province in the title): the years down the rows, as provinces are — refused, no indicator
    # found, where a second indicator's column made it a header (mend21)
    if rows_named not in ("label", "province", "period"):
        return False
    if type(second) in (int, float) and math.isfinite(second) and second == int(second) and 1990 <= second <= 2100:
        second = str(int(second))   # the year typed as a number
    if not isinstance(second, str):
        return False
    column = header_role(second)
    if not ((column.role == "value" and column.period is not None)
            or (rows_named in ("province", "period") and indicator_columns_in([second]))):
        return False
    if rows_named == "period" and column.role == "value" and column.period is not None:
        return False   # "Năm | 2024": two periods, no table
    body = 0
    for row in sheet.rows[r + 1:r + 4]:
        if is_blank(row):
            break
        name, figure = row[names] if names < len(row) else None, row[figures] if figures < len(row) else None
        if rows_named == "period" and type(name) in (int, float) and math.isfinite(name) and name == int(name) \
                and 1990 <= name <= 2100:
            name = str(int(name))   # the year typed as a number
        if not (isinstance(name, str) and type(figure) in (int, float)):
            return False
        body += 1
    return body >= 2


def _label_over_lower_periods(sheet: Sheet, r: int) -> bool:
    """A header of the labels' column alone ("Chỉ tiêu" in column A) over a row of periods further right
    ("Năm 2023 | Năm 2024", nothing under "Chỉ tiêu"), figures under them: one header in two rows
    (header_block reads the second).

    NOTE: mend21: with only "Chỉ tiêu" on its row the header scored too low, the periods' row alone
    had no label column — refused, no indicator found."""
    cells = [(c, v) for c, v in enumerate(sheet.rows[r]) if v is not None]
    if len(cells) != 1 or not isinstance(cells[0][1], str) or role_of(cells[0][1]) != "label" \
            or r + 2 >= len(sheet.rows):
        return False
    if _header_score(sheet, r + 1) >= 3:
        # NOTE: "Chỉ tiêu" over "ĐVT | Năm 2023 | Năm 2024": the lower row is a header by itself —
        # claimed as this one's, the header block held only "Chỉ tiêu" and 4 facts were lost (review22a)
        return False
    label_col = cells[0][0]
    below = [(c, v) for c, v in enumerate(sheet.rows[r + 1]) if v is not None]
    if not below or any(c <= label_col or not isinstance(v, str) for c, v in below):
        return False
    heads = [header_role(v) for _, v in below]
    if not all(h.role in ("value", "unit", "note", "ratio") for h in heads) \
            or not any(h.role == "value" and h.period is not None for h in heads):
        return False
    first = sheet.rows[r + 2]
    return isinstance(first[label_col] if label_col < len(first) else None, str) \
        and any(type(first[c]) in (int, float) for c, _ in below if c < len(first))


def _caption_over_periods(sheet: Sheet, r: int) -> bool:
    """A header whose labels' column is headed by a caption of its own instead of "Chỉ tiêu" ("Thủ tục hành
    chính (cuối năm) | 31/12/2022 | 31/12/2023", "Thủ tục hành chính của Sở (đến 31/12/2024) | Số lượng"):
    one text, then only periods' or figures' columns, and the row right under it an indicator's label with a
    figure under one of those columns — a person reads the table at sight.

    NOTE: blind53: Sóc Trăng's procedures at each year's end, a second table on the sheet, scored 2 and was
    read as no table (4 figures lost)."""
    row = sheet.rows[r]
    cells = [(c, v) for c, v in enumerate(row) if v is not None and not (isinstance(v, str) and not v.strip())]
    if len(cells) < 2 or not isinstance(cells[0][1], str) or r + 1 >= len(sheet.rows):
        return False
    label_col, caption = cells[0]
    if role_of(caption) != "other" or len(caption) > 80:
        return False
    from etl.labels import place_below_province
    from etl.row_labels import indicator_for_label

    # NOTE: review29a: the caption names the table's topic ("Thủ tục hành chính (cuối năm)"), never whose
    # figures they are: "Sở Y tế | Năm 2023 | Năm 2024" over "Tổng số TTHC | 120" stored the Health
    # department's procedures as the S&T department's, "Huyện Thạch Hà" (or "Thạch Hà") over "Sản phẩm OCOP
    # được công nhận | 3 | 5" a district's products as Hà Tĩnh's
    if not indicator_for_label(caption, None)[0] or registry.match_province(caption) \
            or place_below_province(caption):
        return False
    heads = [header_role(v) if isinstance(v, str) else None for _, v in cells[1:]]
    if not all(h is not None and h.role == "value" for h in heads):
        return False
    if len(heads) < 2 and not any(h.period is not None for h in heads) and \
            fold(cells[1][1]) not in _VALUE_HEADERS:
        return False
    below = sheet.rows[r + 1]
    label = next((v for c, v in enumerate(below) if c <= label_col + 1 and isinstance(v, str) and len(v) > 3), None)
    return label is not None and bool(indicator_for_label(label, None)[0]) \
        and any(c < len(below) and type(below[c]) in (int, float) for c, _ in cells[1:])


_OWN_TOTALS = frozenset(fold(w) for w in registry.header_words("own_total_labels"))
_BREAKDOWN_WORDS = tuple(fold(w) for w in registry.header_words("caption_breakdown_words"))


def few_periods_under_a_breakdown_caption(sheet: Sheet, r: int) -> bool:
    """Whether row r is a yearbook table's header of one or two periods alone ("| 2023 | 2024", "| Năm 2025": the
    label column's header empty), its first row the whole ("TOÀN TỈNH", "Tổng số") with a figure under them, under a
    caption announcing a breakdown a few rows up ("Số sản phẩm OCOP được công nhận phân theo huyện", a unit line and a
    blank row between) — three periods and more score as a header already.

    NOTE: blind80: Sơn La's yearbook table by district with two years, or the new province's by commune with "Năm
    2025" alone, read as no table: "không tìm thấy chỉ tiêu nào", the honest file refused (with three years it read)."""
    row = sheet.rows[r]
    cells = [(c, v) for c, v in enumerate(row) if v is not None and not (isinstance(v, str) and not v.strip())]
    if not 1 <= len(cells) <= 2 or cells[0][0] == 0 or r + 1 >= len(sheet.rows):
        return False
    for _, v in cells:
        head = header_role(str(v))
        if head.role != "value" or head.period is None:
            return False
    below = sheet.rows[r + 1]
    if not below or not isinstance(below[0], str) or fold(below[0]).strip(" :.") not in _OWN_TOTALS \
            or not any(c < len(below) and type(below[c]) in (int, float) for c, _ in cells):
        return False
    for rr in range(r - 1, max(-1, r - 5), -1):
        texts = [v for v in sheet.rows[rr] if isinstance(v, str) and v.strip()]
        if any(v is not None and not isinstance(v, str) for v in sheet.rows[rr]) or len(texts) > 1:
            return False
        if texts and any(w in fold(texts[0]) for w in _BREAKDOWN_WORDS):
            return True
    return False


def _is_header_row(sheet: Sheet, r: int) -> tuple[bool, int]:
    """(the row is certainly a table's header, its score)."""
    s = _header_score(sheet, r)
    if s < 3 and few_periods_under_a_breakdown_caption(sheet, r):
        return True, 3
    if s < 3 and _is_two_column_header(sheet, r):
        return True, 3
    if s < 3 and _label_over_lower_periods(sheet, r):
        return True, 3
    if s < 3 and _caption_over_periods(sheet, r):
        return True, 3
    if s < 3 and _places_by_bare_stars(sheet, r):
        return True, 3
    texts = [v for v in sheet.rows[r] if isinstance(v, str)]
    roles = {"province" if places_by_rows(sheet, r, c) else role_of(v)
             for c, v in enumerate(sheet.rows[r]) if isinstance(v, str)}
    if len(texts) == 2 and sum(v is not None for v in sheet.rows[r]) == 2 and "label" not in roles \
            and not ("period" in roles and _years_below(sheet, r) and indicator_and_part_columns_in(texts)):
        # NOTE: a pivot table's report filter above it, a field and its one value ("Đơn vị | Sở
        # KH&CN tỉnh Hòa Bình": read as a unit column and a province's column), is no table's
        # header: taken for one, the pivot below it was read as its rows and the file refused
        # NOTE: wrong56: … but "Năm | Tasks_Accepted" (or "Năm | Nhiệm vụ KH&CN được nghiệm thu") over years and their
        # figures is a table of one indicator by year — the honest file was refused as naming no indicator
        return False, s
    if s >= 3 and ("label" in roles or "indicator" in roles or {"province", "period"} <= roles
                   or "province_value" in roles):
        return True, s
    # NOTE: indicators as columns: "Tỉnh | Nhiệm vụ KH&CN | Sản phẩm OCOP | …" (provinces as
    # rows) or "Năm | Nhiệm vụ KH&CN | …" (years as rows); or a list of named items ("TT | Tên chỉ
    # dẫn địa lý | … | Số GCN quyền sử dụng CDĐL cấp trong kỳ"), closed by its total row
    names = [t for t in texts if NAMES_HEADER.match(fold(t))]
    named = indicator_and_part_columns_in([t for t in texts if t not in names])
    if len(named) == 1 and not names and roles & {"province", "period"} and r + 1 < len(sheet.rows) \
            and not _holds_figure(sheet.rows[r + 1]):
        # NOTE: a group header over its parts on the row below ("Số sản phẩm OCOP được công nhận" over
        # "Tổng số | 3 sao | 4 sao | 5 sao", years down the rows: Yên Bái, batch 47): the two rows
        # read column by column, each group followed by what is under it
        here, below = sheet.rows[r], sheet.rows[r + 1]
        both = [v for c in range(max(len(here), len(below)))
                for v in ((here[c] if c < len(here) else None), (below[c] if c < len(below) else None))
                if isinstance(v, str)]
        named = indicator_and_part_columns_in(both)
    if len(named) < 2 and not names and roles & {"province", "period"} and r + 1 < len(sheet.rows) \
            and not _holds_figure(sheet.rows[r + 1]):
        named = indicator_and_part_columns_in(_groups_over_figures(sheet.rows[r], sheet.rows[r + 1])) or named
    years_below = _years_below(sheet, r)
    if years_below and not named and not names:
        # NOTE: recall33: "Năm | Số nhiệm vụ | Kinh phí (triệu đồng)" under "NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU
        # GIAI ĐOẠN 2022–2024": "Số nhiệm vụ" names its indicator with the title (column_with_title)
        lines = title_above(sheet, r)
        named = [t for t in texts if role_of(t) in ("other", "value") and column_with_title(t, lines)]
    return bool((roles & {"province", "period"} or names)
                and len(named) >= (1 if names or _parts_of_a_year_below(sheet, r) or years_below else 2)), s


# NOTE: blind67: the test-data mark typed into the title's own cell ("NIÊN GIÁM THỐNG KÊ TỈNH TIỀN GIANG 2024 —
# Dữ liệu kiểm thử — không phải số liệu thật"): the whole line was passed by, its province with it (the honest
# yearbook table refused, no province). The mark is cut out; what else the line says is read
_TEST_MARK = re.compile(r"[\s—–:,;(\[-]*d(?:ữ|u) li(?:ệ|e)u ki(?:ể|e)m th(?:ử|u)"
                        r"(?:\s*[—–:,;-]?\s*kh(?:ô|o)ng ph(?:ả|a)i s(?:ố|o) li(?:ệ|e)u th(?:ậ|a)t)?[\s)\].;—–-]*", re.I)


def without_test_mark(text: str) -> str:
    """A cell's text without the test-data mark ("Dữ liệu kiểm thử — không phải số liệu thật") — "" for a
    line that is only the mark."""
    return _TEST_MARK.sub(" ", nfc(text)).strip()


def title_above(sheet: Sheet, r: int) -> tuple[str, ...]:
    """The lines above a sheet's row `r` (title, subtitle) that may say what a table counts: not the
    test-data mark, nor a masthead's ("UBND TỈNH …", "SỞ KHOA HỌC VÀ CÔNG NGHỆ": metrics/abbreviations.toml
    masthead_words) — read with a column's header each names "nhiệm vụ khoa học và công nghệ"."""
    from etl import labels

    masthead = tuple(fold(w).strip() for w in labels.declared_words("masthead_words"))
    # "BÁO CÁO …" is the report's title, not a newspaper's masthead ("Báo …": review37)
    titles = tuple(fold(w).strip() for w in labels.declared_words("masthead_title_words"))
    # NOTE: recall47: a software export's one title line "SỞ KH&CN KHÁNH HÒA - KẾT QUẢ PHÂN HẠNG SẢN PHẨM OCOP NĂM 2023"
    # opens with its issuer: its subject after the dash is the title (subject_after_masthead), the issuer dropped
    lines = (subject_after_masthead(without_test_mark(v)) for row in sheet.rows[:r] for v in row if isinstance(v, str))
    return tuple(v for v in lines if v
                 and (not fold(v).strip().startswith(masthead) or fold(v).strip().startswith(titles)))


_SUBJECT_DASH = re.compile(r"\s[-–—]\s")


def subject_after_masthead(line: str) -> str:
    """A title line's subject after the issuer a software export puts before it on the same line ("Sở KH&CN tỉnh
    Quảng Ngãi — doanh nghiệp được hỗ trợ theo chương trình, quý III/2026": metrics/abbreviations.toml masthead_words,
    then a dash), else the line as it is."""
    from etl import labels

    masthead = tuple(fold(w).strip() for w in labels.declared_words("masthead_words"))
    titles = tuple(fold(w).strip() for w in labels.declared_words("masthead_title_words"))
    f = fold(line).strip()
    if not f.startswith(masthead) or f.startswith(titles) or not (dash := _SUBJECT_DASH.search(line)):
        return line
    return line[dash.end():].strip()


def counts_what_the_line_counts(text: str, line: str, code: str) -> bool:
    """Whether a column's header read with a title line over the table as `code` counts what it says: where
    the line names `code` by itself ("NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU …"), the header must say only the line's
    words ("Số nhiệm vụ") — "Số bài báo", "Số sản phẩm" count something else than the tasks the line names,
    a bare "Số lượng" nothing. A line naming no indicator alone ("KẾT QUẢ HỖ TRỢ DOANH NGHIỆP …" over "Số
    nhiệm vụ, dự án") leaves the header its own words.

    NOTE: wrong34: "Năm | Số bài báo" under "NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU GIAI ĐOẠN 2022-2024" stored the
    papers as the tasks accepted each year; "Tên nhiệm vụ | Cơ quan | Số sản phẩm" under "DANH MỤC NHIỆM VỤ
    KH&CN CẤP TỈNH ĐƯỢC NGHIỆM THU NĂM 2024" its products' "Tổng cộng | 6" as 6 provincial tasks accepted."""
    from etl import labels

    if not ((m := labels.match_label(line)).taken and m.indicator == code):
        return True
    own = set(labels.label_tokens(text))
    return bool(own) and own <= set(labels.label_tokens(line))


def column_with_title(text: str, lines: tuple[str, ...]) -> str | None:
    """The indicator a column's header names only with a title line over the table ("Số nhiệm vụ" under
    "NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU GIAI ĐOẠN 2022–2024"), the matcher confident of the two read together
    (etl/labels.py match_part_of_heading) and no other line naming another; None otherwise."""
    from etl import labels

    if len(text) > 60:
        return None
    said = {m.indicator for line in lines if (m := labels.match_part_of_heading(text, line)) is not None and m.taken
            and counts_what_the_line_counts(text, line, m.indicator)}
    if len(said) != 1:
        return None
    code = said.pop()
    # NOTE: recall43: "Chia theo hạng 3 sao" read with the issuer's line "HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP
    # TỈNH" was the 3-star products recognized under the title "SẢN PHẨM ĐĂNG KÝ THAM GIA ĐÁNH GIÁ, PHÂN HẠNG OCOP
    # NĂM 2023 …" (the products registered, by star): a line naming another indicator by itself says what the
    # table counts — the column is read with it, or not at all
    for line in lines:
        if (m := labels.match_label(line)).taken and m.indicator not in (code, registry.indicator(code).parent):
            return None
    return code


def _groups_over_figures(here: list, below: list) -> list[str]:
    """Each column's group header (merged over its columns, so typed in its first) read with the words under
    it: "Chỉ số PII | | Trụ cột Thể chế |" over "Điểm | Hạng | Điểm | Hạng" gives "Chỉ số PII Điểm", "Chỉ
    số PII Hạng", "Trụ cột Thể chế Điểm", "Trụ cột Thể chế Hạng".

    NOTE: batch 57: Hòa Bình's PII with the editions down the rows ("PII 2023", "PII 2024") and the index,
    the groups and two pillars across, each over "Điểm | Hạng": no group names a figure by itself, so no
    header was found and the honest file was refused as naming no indicator."""
    out, group = [], None
    for c in range(max(len(here), len(below))):
        top = here[c] if c < len(here) else None
        under = below[c] if c < len(below) else None
        if isinstance(top, str):
            group = top
        elif top is not None:
            group = None
        if isinstance(under, str) and group is not None:
            out.append(f"{group} {under}")
    return out


def _under_the_one_period_column(sheet: Sheet, r: int):
    """The cell right under a header row's one period column ("Tháng", "Năm"); None when the row has no such
    column, or two, or is the sheet's last row."""
    row = sheet.rows[r]
    at = [c for c, v in enumerate(row) if isinstance(v, str) and role_of(v) == "period"]
    if len(at) != 1 or r + 1 >= len(sheet.rows):
        return None
    below = sheet.rows[r + 1]
    return below[at[0]] if at[0] < len(below) else None


def _parts_of_a_year_below(sheet: Sheet, r: int) -> bool:
    """Whether a header's one period column ("Tháng") has a part of a year under it ("Tháng 1", "Quý I"),
    the year in the title: months as rows, each indicator column a month's figure.

    NOTE: fix53: Hà Tĩnh's one-stop desk, "Tháng | Hồ sơ tiếp nhận | Trong đó trực tuyến | Tỷ lệ trực tuyến
    (%)" (one indicator column; two were required of a header over periods): no header was found and the
    honest file was refused as naming no indicator."""
    v = _under_the_one_period_column(sheet, r)
    if isinstance(v, str) and (p := periods.from_text(v)) is not None and p.kind in ("quarter", "month", "half"):
        # NOTE: blind88: the part written with its year ("Kỳ | Tổng số hồ sơ tiếp nhận | Tiếp nhận trực tuyến |
        # Tỷ lệ trực tuyến (%)" over "Quý I/2024", the former Sơn La's DVC portal CSV): no header was found and
        # the honest file refused as naming no indicator, as fix53's was with the year in the title
        return _holds_figure(sheet.rows[r + 1])
    return isinstance(v, str) and one_part_of_year(fold(v)) is not None and within_year(fold(v))[0] != "ytd"


def _years_below(sheet: Sheet, r: int) -> bool:
    """Whether a header's one period column ("Năm") has a year under it ("2022", "Năm 2022") on a row of
    figures: years down the rows, each indicator column a year's figure.

    NOTE: recall33: "Năm | Nhiệm vụ KH&CN được nghiệm thu | Kinh phí (triệu đồng)" named one indicator (the
    money of no indicator the registry has beside it; two were required of a header over periods): no
    header was found and the honest file was refused as naming no indicator."""
    v = _under_the_one_period_column(sheet, r)
    # NOTE: recall48: a year typed as a number is read from an .xlsx as 2023.0: "Year | Tasks_Accepted | XYZ" (one
    # indicator column known) over such years found no header — the honest file refused as naming no indicator
    year = (type(v) in (int, float) and float(v).is_integer() and 1990 <= v <= 2100) or isinstance(v, str) and re.fullmatch(
        r"(?:năm\s+)?(?:19|20)\d\d", nfc(v).strip(), re.I) is not None
    return year and _holds_figure(sheet.rows[r + 1])


def is_blank(row: list) -> bool:
    return row.count(None) == len(row)


def find_header(sheet: Sheet, limit: int = 40) -> int | None:
    """The first row that reads as a table header (a label column and value columns), among the
    first `limit` rows that hold anything (a sheet's second table is read with the first blanked)."""
    best, seen = None, 0
    for r in range(len(sheet.rows)):
        if is_blank(sheet.rows[r]):
            continue
        seen += 1
        if seen > limit:
            break
        certain, s = _is_header_row(sheet, r)
        if certain:
            return r
        if s >= 3 and best is None:
            best = r
    return best


def next_table_header(sheet: Sheet, after: int, header: int | None = None) -> int | None:
    """The header of a second table further down the sheet ("Bảng 2. …" after a blank row, with
    its own "TT | Chỉ tiêu | Đơn vị tính | Năm 2024"), or None. A row after a blank row is looked
    at; right among the first table's rows, only a header row right after a row of figures with a label
    column's header where the first `header` has its own ("Chỉ tiêu", "Nội dung"), or a row of periods
    alone (a table's own rows never start a new one).

    NOTE: probe38: "STT | Chỉ tiêu | ĐVT | Kế hoạch 2025 | Ước TH 2025" pasted right under the rows of
    "STT | Chỉ tiêu | ĐVT | Năm 2023 | Năm 2024", no blank row between (its copy with the same words is
    a printed page's repeat, blanked before): read under the first header, the 2025 plan's 18 tasks
    were stored as 2023's actual and the estimate's 20 as 2024's."""
    rows = sheet.rows
    gap = False
    label = None
    figures = False   # a row of figures seen since the header
    if header is not None:
        label = next(((c, fold(v)) for c, v in enumerate(rows[header])
                      if isinstance(v, str) and role_of(v) == "label"), None)
    # whether the row before holds a figure (_holds_figure asked once a row: this loop walks every row of a
    # 100,000-row tidy sheet)
    before = _holds_figure(rows[after]) if after + 1 < len(rows) else False
    for r in range(after + 1, len(rows)):
        row = rows[r]
        # NOTE: is_blank() inlined, a filled first cell deciding at once
        if (not row or row[0] is None) and row.count(None) == len(row):
            gap, before = True, False
            continue
        held = _holds_figure(row)
        if gap and not held and (_is_header_row(sheet, r)[0] or _is_unlabelled_header(sheet, r)
                                 or _places_header_under_caption(sheet, r)):
            return r
        # NOTE: refused80: "2. Chi ngân sách nhà nước cho KH&CN (tỷ đồng)" right under the last row of "1. Sản phẩm
        # OCOP được công nhận", no blank row between, its own header under it: the budget's rows were read under the
        # first caption, a second value of each year's OCOP products, and the honest file refused. A numbered caption
        # alone on its row after a row of figures, a header right under it, begins a table (caption_start keeps it
        # the second table's); a numbered row with figures is a row of the table
        if not gap and before and not held and r + 1 < len(rows) and numbered_caption(row) \
                and not _holds_figure(rows[r + 1]) and not _periods_only_row(rows[r + 1]) \
                and _is_header_row(sheet, r + 1)[0]:
            return r + 1
        # (right after a row of figures: under a caption row of its own, "Bảng 2. Kết quả 6 tháng …", the
        # caption is read as the rows' period where it stands)
        if not gap and label is not None and not held and before \
                and (_relabelled_header(sheet, r, label[0]) or _periods_only_row(row)
                     and not _repeats_a_header_row(row, rows[header:after + 1])):
            return r
        # a sub-header of periods among the rows, under a section row ("II | Sản phẩm OCOP", then "| | |
        # Năm 2024 | Năm 2025") or on the section row itself: the rows below are read under it where
        # its periods can stand in the header's (subheader_of_periods), else lost — never read under
        # the header's own periods
        if not gap and figures and header is not None and not held \
                and not _repeats_a_header_row(row, rows[header:after + 1]) \
                and _periods_subheader(sheet, header, r) is not None:
            return r
        figures, before = figures or held, held
    return None


def _places_header_under_caption(sheet: Sheet, r: int) -> bool:
    """Whether row r, after a blank row, is a later table's header of places down the rows under its own caption
    line: "STT | Phường, xã, đặc khu | Sáng kiến" under "Sáng kiến được công nhận năm 2025 phân theo phường, xã, đặc
    khu", figures on the row below — its value column names its indicator only with that caption.

    NOTE: recall37: the new TP.HCM's (batch 60) second table was read under the first table's header "STT | Chỉ tiêu
    | Đơn vị tính | TH 6 tháng cuối năm 2025 | TH cả năm 2025": the wards as headings, its "Tổng cộng | 879"
    initiatives a total row (lost)."""
    row = sheet.rows[r]
    texts = [v for v in row if isinstance(v, str)]
    roles = [role_of(v) for v in texts]
    above = sheet.rows[r - 1] if r > 0 else []
    caption = [v for v in above if v is not None]
    return roles.count("province") == 1 and any(x in ("value", "other") for x in roles) \
        and not any(x in ("label", "indicator", "period", "province_value") for x in roles) \
        and _header_score(sheet, r) >= 3 and len(caption) == 1 and isinstance(caption[0], str) \
        and not _holds_figure(above) and r + 1 < len(sheet.rows) and _holds_figure(sheet.rows[r + 1])


def subheader_of_periods(sheet: Sheet, header: int, r: int) -> list | None:
    """Row r among a table's rows as the header the rows below it are read under, when it is a row of
    periods or plans, two or more, each over a value column of the table's header (`header`), beside
    at most a section's number and name ("II | Sản phẩm OCOP | | Năm 2024 | Năm 2025", no unit): the
    table's header with those periods in place of its own — each value column's other words kept
    ("Kết quả" over "Năm 2023" reads "Kết quả Năm 2024" under the row's "Năm 2024"), a value column the
    row names nothing over left unread. None when the row is no such row, or a value column's other
    words name a period of their own ("Năm 2023" over "KH | TH": no period the row could replace).

    NOTE: recall32: probe38 made such a row start a table with no label column, and every row below it
    was lost ("Trang tính không có bảng chỉ tiêu"); under a section row it was not seen at all, and
    the section's 18 tasks of 2024 were stored as 2023's under the table's own "Năm 2023"."""
    shape = _periods_subheader(sheet, header, r)
    if shape is None:
        return None
    start, end, cols, timed = shape
    row = sheet.rows[r]
    filled = _fill_merges(sheet, range(start, end + 1))
    out: list = [None] * max(len(row), sheet.width)
    for col in cols:
        c = col.index
        parts = []
        for hr in range(start, end + 1):
            v = filled.get((hr, c), sheet.value(hr, c))
            t = cell_text(v) if v is not None else ""
            if t and not _COLNUM.match(t) and t not in parts:
                parts.append(t)
        if col.role != "value":
            out[c] = " ".join(parts) or None
            continue
        if c not in timed:
            continue
        own = [t for t in parts if not _names_period(header_role(t))]
        # (the period it replaces a bare actual's: never a plan's or an estimate's words dropped)
        if len(own) < len(parts) - 1 or any(header_role(t).measure != "actual" or header_role(t).status != "reported"
                                            for t in parts if t not in own):
            return None
        out[c] = " ".join(own + [cell_text(timed[c])])
    return out


def _periods_subheader(sheet: Sheet, header: int, r: int) -> tuple | None:
    """Row r's periods by column, with the header's block and columns (start, end, columns, {column:
    text}), when it is a row of periods or plans, two or more, each over a value column of the table's
    `header`, beside at most a section's number and name in words; else None."""
    row = sheet.rows[r]
    named = {c: v for c, v in enumerate(row) if v is not None}
    # (two timed words first: this is asked of every row of words among a table's rows)
    if len(named) < 2 or sum(isinstance(v, str) and _timed(header_role(v)) for v in named.values()) < 2:
        return None
    start, end = header_block(sheet, header)
    cols = columns_of(sheet, start, end)
    value_cols = {c.index for c in cols if c.role == "value"}
    keep = {c.index for c in cols if c.role in ("stt", "label")}
    timed = {c: v for c, v in named.items() if c in value_cols}
    if len(timed) < 2 or not all(isinstance(v, str) and _timed(header_role(v)) for v in timed.values()):
        return None
    # (beside the periods only a section's number and name, words: a row of data has its unit)
    if any(c not in keep or not isinstance(v, str) or _timed(header_role(v)) for c, v in named.items()
           if c not in timed):
        return None
    return start, end, cols, timed


def _names_period(c: Column) -> bool:
    """Whether a header names a period of its own ("Năm 2023", "6 tháng đầu năm", "Năm trước")."""
    return c.period is not None or c.within_year is not None or c.relative_year is not None


def _relabelled_header(sheet: Sheet, r: int, label_col: int) -> bool:
    """Whether row r is a table's header whose cell in the label column `label_col` is a label
    column's header ("Chỉ tiêu", "Nội dung")."""
    row = sheet.rows[r]
    v = row[label_col] if label_col < len(row) else None
    return isinstance(v, str) and role_of(v) == "label" and _is_header_row(sheet, r)[0]


def _periods_only_row(row: list) -> bool:
    """Whether a row holds only headers of periods or plans, two or more ("Năm 2024 | Năm 2023"): the
    lower row of a header repeated among the rows with other periods.

    NOTE: probe38: "Năm 2024 | Năm 2023" alone under the rows of "… | Năm 2023 | Năm 2024": the 18 tasks
    under its "Năm 2024" were stored as 2023's."""
    vals = [v for v in row if v is not None]
    if len(vals) < 2 or not all(isinstance(v, str) for v in vals):
        return False
    return all(_timed(header_role(v)) for v in vals)


def _repeats_a_header_row(row: list, header_rows: list) -> bool:
    """Whether a row's cells are those of one of the header's rows, column by column: a printed page's
    repeat of the header's lower row ("6 tháng đầu năm 2024 | Ước cả năm 2024" under "Kế hoạch | Thực
    hiện"), no new table.

    NOTE: review31a: that lower row repeated alone among the rows started a table of no label column, and
    the rows below it (Nghệ An's 25, 9 and 20 tasks accepted, main read) were lost."""
    vals = {c: fold(v) for c, v in enumerate(row) if v is not None}
    return any(all(c < len(h) and isinstance(h[c], str) and fold(h[c]) == v for c, v in vals.items())
               for h in header_rows)


def _holds_figure(row: list) -> bool:
    """A row with a typed number that is no year: a row of figures, never a header.

    NOTE: an empty row inserted among tidy rows ("Sở KH&CN tỉnh Quảng Ninh | KHCN.01.02 | Trong
    đó: Nhiệm vụ cấp tỉnh | Năm 2024 | 101 | Nhiệm vụ") made the row after it a second table's
    header (its province, label and period cells read as headers) and every row below was lost."""
    # NOTE: the cells' types told at C speed first (a tidy sheet asks this of each of its 100,000 rows)
    return float in map(type, row) or int in map(type, row) and any(
        type(v) is int and not 1900 <= v <= 2100 for v in row)


def _is_unlabelled_header(sheet: Sheet, r: int) -> bool:
    """A row of headers only — words, no figure — of which two or more name a period or a measure
    ("Kế hoạch 2024 | Thực hiện 2024", "Cùng kỳ năm 2021 | …"), beside a label column whose header
    the reader does not know ("Nguồn kinh phí"): after a blank row, the header of a second table.

    NOTE: left unseen, the second table's rows were read under the first table's columns: the
    funding "Thực hiện 2024" stored under the first table's "Năm 2023"."""
    row = sheet.rows[r]
    vals = [v for v in row if v is not None]
    if len(vals) < 3 or not all(isinstance(v, str) for v in vals):
        return False
    cols = [header_role(v) for v in vals]
    timed = [c for c in cols if _timed(c)]
    return len(timed) >= 2 and any(c.role in ("other", "label", "stt") for c in cols)


def _timed(c: Column) -> bool:
    """Whether a header names a period or a plan ("Năm 2024", "6 tháng đầu năm", "Kế hoạch", "Năm trước")."""
    return c.role == "value" and (c.period is not None or c.within_year is not None or c.measure == "plan"
                                  or c.relative_year is not None)


# a caption's number before its words: "2. Chi ngân sách …", "II) Sản phẩm OCOP", "Bảng 2: …", "Biểu 02 - …"
_NUMBERED_CAPTION = re.compile(r"^\s*(?:(?:biểu|bảng|bieu|bang)\s*(?:số\s*)?[0-9]+[a-z]?\s*[.:)\-]?|(?:[ivx]+|\d+)\s*[.:)])"
                               r"\s*[^\W\d_]", re.I)


def numbered_caption(row: list) -> bool:
    """Whether a row is a numbered caption alone: one cell, words after a caption's or an item's number ("2. Chi
    ngân sách nhà nước cho KH&CN (tỷ đồng)", "Bảng 2. Tiềm lực KH&CN"), no figure."""
    vals = [v for v in row if v is not None]
    return len(vals) == 1 and isinstance(vals[0], str) and _NUMBERED_CAPTION.match(nfc(vals[0])) is not None


def caption_start(sheet: Sheet, start: int) -> int:
    """The first row of a table's caption ("Bảng 2. Tiềm lực KH&CN …"): at most two rows of one or
    two cells right above its header, with a blank row above them — or one numbered caption right
    under the rows of figures of the table before (next_table_header); else the header's own start."""
    if start >= 2 and numbered_caption(sheet.rows[start - 1]) and _holds_figure(sheet.rows[start - 2]):
        return start - 1
    top = start
    for r in range(start - 1, max(start - 3, -1), -1):
        row = sheet.rows[r]
        if is_blank(row):
            return top
        if len(row) - row.count(None) > 2:
            break
        top = r
    return top if top == 0 or is_blank(sheet.rows[top - 1]) else start


def _numbering(vals: list) -> bool:
    """Whether a row's column numbers count up ("(1) (2) (3)", "1 2 3=2-1"): a row of small figures
    does not.

    NOTE: years as rows with small counts ("Đến hết năm 2021 | 18 | 5 | 1", "2022 | 3 | 1 | 0 | 21")
    were taken for rows of column numbers and swallowed into the header, every figure lost."""
    nums = [int(m[0]) for v in vals if (m := re.search(r"\d+", cell_text(v))) and _COLNUM.match(cell_text(v))]
    return all(b > a for a, b in zip(nums, nums[1:]))


def header_block(sheet: Sheet, h: int) -> tuple[int, int]:
    """Rows [start, end] of a (possibly multi-row, merged) header that begins around row h."""
    start = h
    # a group header just above ("Kết quả thực hiện giai đoạn 2020-2024" merged over the years);
    # NOTE: a merge that also covers the label, number or unit column is the table's caption
    # ("Bảng 2. Tiềm lực KH&CN …" across the whole table), not a header of its columns
    keys = {c for c, v in enumerate(sheet.rows[h]) if isinstance(v, str)
            and role_of(v) in ("label", "stt", "unit", "province", "period")}
    for r0, c0, r1, c1 in sheet.merges:
        if r1 == h - 1 and c1 > c0 and isinstance(sheet.value(r0, c0), str) \
                and not any(c0 <= c <= c1 for c in keys) \
                and fold(sheet.value(r0, c0)) not in PIVOT_COLUMN_CAPTIONS \
                and not is_pivot_caption_row(sheet.rows[r0]):
            # NOTE: blind85: a pivot pasted as values, "Đếm của Mã SP | Hạng sao" over "Địa phương | 3 sao | 4 sao | 5
            # sao | Tổng cộng" (Quảng Nam's OCOP ranking): the column field's name read as a group header made
            # "Hạng sao 3 sao" name nothing, the honest file refused; "Kỳ" over "Quý I … | Grand Total" hid the
            # quarters' total (the nine months)
            start = min(start, r0)
    # header cells merged downwards extend the block
    end = h
    for r0, c0, r1, c1 in sheet.merges:
        if r0 == h and r1 > end:
            end = r1
    # a row of column numbers "(1) (2) (3)" right below belongs to the header; so does a second
    # header row written without merges ("Kết quả thực hiện" above "Năm 2022 | Năm 2023"), which
    # has nothing under the label column
    label_cols = [c for c, v in enumerate(sheet.rows[h]) if isinstance(v, str) and role_of(v) == "label"]
    sub_roles = ("value", "ratio", "note", "total", "province_value")
    number_cols = [c for c, v in enumerate(sheet.rows[h]) if isinstance(v, str)
                   and role_of(v) in ("stt", "unit")]
    # NOTE: "Kỳ báo cáo | Nhiệm vụ … | Sáng kiến …" over "Quý I/2024 | 3 | 10": the periods down the
    # rows, typed as text, read as column headers over small figures, made the first rows a row of
    # column numbers (3 < 10) and the whole table its header — the honest file refused, no
    # indicator found (mend20). A text under the period column is a row's period, never a header.
    period_cols = [c for c, v in enumerate(sheet.rows[h]) if isinstance(v, str) and role_of(v) == "period"]
    while end + 1 < len(sheet.rows):
        row = sheet.rows[end + 1]
        vals = [v for v in row if v is not None]
        # NOTE: never a row with words under the label column: "1 | Tổng số nhiệm vụ thực hiện trong
        # năm | 34 | 3 | 7" (small figures, a label that says "thực hiện") is the first row of data
        # NOTE: "A | B | 1 | 2 | …" (letters under the number and label columns, as the Ministry's
        # forms write them) is such a row too; read as data, its "B" was a label of figures
        if vals and all(_COLNUM.match(cell_text(v)) or _COLUMN_LETTER.match(cell_text(v))
                        or (isinstance(v, str) and role_of(v) in ("value", "ratio", "note"))
                        for v in vals) and any(_COLNUM.match(cell_text(v)) for v in vals) \
                and not any(c < len(row) and isinstance(row[c], str) and not _COLNUM.match(cell_text(row[c]))
                            and not _COLUMN_LETTER.match(cell_text(row[c])) for c in label_cols + period_cols) \
                and _numbering(vals):
            end += 1
        elif (vals and label_cols and all(c >= len(row) or row[c] is None for c in label_cols)
              # NOTE: "Số liệu năm 2023:" typed in the "TT" column right under the header is the
              # caption of the rows below (_caption_row), not a second header row: read as one, the
              # "TT" column became a column of 2023's figures and the row numbers 1, 2 were stored
              # as 2023's counts (mend20)
              and not any(c < len(row) and row[c] is not None for c in number_cols)
              and all(isinstance(v, str) and (role_of(v) in sub_roles or score_rank_prefix(v))
                      for v in vals)):
            end += 1
        else:
            break
    return start, end


_TRAILING_PAREN = re.compile(r"^(.*\S)\s*\(\s*([^()]+?)\s*\)\s*$")


@functools.lru_cache(maxsize=1)
def _count_nouns() -> frozenset:
    """The registry's count units ("sản phẩm", "nhiệm vụ", "doanh nghiệp"), folded."""
    return frozenset(fold(ind.unit_vi) for ind in registry.indicators().values() if ind.kind == "count")


def _group_units_as_words(parts: list[str]) -> list[str]:
    """A group header's count unit in parentheses is what its sub-columns count: "OCOP (sản phẩm)"
    over "Công nhận mới | Trong đó 4 sao" holds OCOP products recognized, not an OCOP "công nhận".

    NOTE: only a group header (not the lowest row) and only a count noun of the registry: a sum
    of money's unit ("Kinh phí (triệu đồng)") stays a unit, converted as declared."""
    if len(parts) < 2:
        return parts
    # NOTE: "ĐVT" in a lower header row heads the row of units ("Tỉnh, thành phố" over "ĐVT",
    # beside "Nhiệm vụ …" over "nhiệm vụ"): it says nothing of its own column
    parts = [p for p in parts if fold(p) not in ("dvt", "don vi tinh", "don vi")] or parts
    nouns = _count_nouns()
    out = []
    for i, part in enumerate(parts):
        m = _TRAILING_PAREN.match(part) if i < len(parts) - 1 else None
        out.append(f"{m[1]} {m[2]}" if m and fold(m[2]) in nouns else part)
    return out


def columns_of(sheet: Sheet, start: int, end: int) -> list[Column]:
    filled = _fill_merges(sheet, range(start, end + 1))
    cols, leaves = [], []
    for c in range(sheet.width):
        parts = []
        for r in range(start, end + 1):
            v = filled.get((r, c), sheet.value(r, c))
            t = date_header_text(v, sheet.formats.get((r, c))) if isinstance(v, date) else cell_text(v)
            if t and not _COLNUM.match(t) and not (r == end and r > start and _COLUMN_LETTER.match(t)) and t not in parts:
                parts.append(t)
        # (a field name's "_" a space in every part, as header_role reads it: see field_name_words)
        spaced = [field_name_words(t) if _FIELD_NAME.match(t) else t for t in parts]
        unjoined = any(_FIELD_NAME.match(t) and _names_parts_unjoined(w) for t, w in zip(parts, spaced))
        parts = _group_units_as_words(spaced)
        leaves.append(tuple(parts))
        col = header_role(" ".join(parts)) if not unjoined else Column(-1, " ".join(parts), "other")
        col.index = c
        if col.role == "other" and len(parts) == 1 and pivot_value_field(sheet.rows[end], parts[0]):
            col.role = "value"   # "Count of Mã NV" beside "Row Labels": the count of what the rows break down
        elif col.role == "other" and places_by_rows(sheet, end, c, " ".join(parts)):
            col.role = "province"   # "Khu vực" over former provinces and "Toàn tỉnh"
        elif col.role == "unit" and units_are_places(sheet, end, c, " ".join(parts)):
            col.role, col.subunits = "province", True   # "Đơn vị" over "Huyện Hòa An", …, "Tổng cộng"
        elif col.role == "unit" and units_are_provinces(sheet, end, c, " ".join(parts)):
            col.role = "province"   # "Đơn vị" over "TP. Cần Thơ (Cụm trưởng)", "An Giang", …, "Tổng cộng"
        elif col.role in ("value", "other") and _departments_header(" ".join(parts)) \
                and units_are_provinces(sheet, end, c, " ".join(parts)):
            # NOTE: refused80 (blind84 left it): a cluster of departments' table headed "Sở KH&CN" (or "Đơn vị (Sở
            # KH&CN)") over its members "TP. Cần Thơ", "An Giang", … — the header read as a value column (a
            # department's figures) or as nothing, no row named a province and the honest file was refused
            col.role = "province"
        if col.role == "value" and len(parts) > 1 and any(header_role(p).merged for p in parts):
            col.merged = True   # "Năm 2025" over "Tổng (tỉnh mới)"
        col.cumulative = col.role in ("value", "province_value") and is_to_date(fold(" ".join(parts))) \
            and not _months_from_january_summed(fold(" ".join(parts)), col.period)
        col.by_year = col.role in ("value", "province_value") and by_a_year(fold(" ".join(parts)))
        col.by_year_end = col.role in ("value", "province_value") and bool(BY_A_YEAR_END.search(fold(" ".join(parts))))
        # NOTE: "6 tháng đầu năm (trước sắp xếp)" over "TP. Cần Thơ (cũ)": the whole header already
        # names the province ("TP." before it), and the group's part of the year was left unread —
        # the former city's first half read as the new city's 2025 and set aside as a share (batch 31)
        if (col.role in ("value", "other") or col.role == "province_value" and col.period is None) and len(parts) > 1:
            # NOTE: a group header over provinces ("Kết quả thực hiện năm 2023" over "Sơn La |
            # Điện Biên | Tổng cộng", or "Sơn La" over "KH | TH"): the province or the total is
            # one header row, the measure and period the others.
            for part in reversed(parts):
                one = header_role(part)
                if one.role == "total":
                    col.role = "total"
                    break
                if one.role == "province_value":
                    rest = header_role(" ".join(p for p in parts if p != part))
                    if rest.role in ("value", "other", "province"):  # "Tỉnh/Thành phố" over "Sơn La | Điện Biên"
                        col.role, col.province, col.province_text = "province_value", one.province, part
                        col.measure, col.status, col.relative_year = rest.measure, rest.status, rest.relative_year
                        # NOTE: "6 tháng đầu năm (trước sắp xếp)" over "Đồng Nai (cũ) | Bình Phước (cũ)" under
                        # a title on 2025: the group names the part of the title's year the former
                        # provinces' columns hold (read as the whole year, their half was a share of
                        # the new province's 2025 or, shifted, their 2024)
                        col.within_year = rest.within_year
                        if part != parts[-1] and (lowest := score_rank_prefix(parts[-1])):
                            # NOTE: batch 51: "Khánh Hòa | Sơn La | …" each over "Điểm | Hạng", the index
                            # and its pillars as rows (a comparison of PII 2025 for a regional meeting):
                            # the column is that province's score or rank of the row — read as the row's
                            # bare label, "Chỉ số PII" gave the score two values and refused the file
                            col.label_prefix = lowest
                    elif rest.role == "ratio":
                        col.role = "ratio"
                    break
            else:
                lowest = score_rank_prefix(parts[-1])
                if lowest and col.role == "value" and periods.from_text(" ".join(parts[:-1])):
                    # NOTE: "PII 2023" over "Điểm | Hạng", pillars as rows: the column says which
                    # of the row's two figures it holds
                    col.label_prefix = lowest
                # NOTE: the lowest header row is what the column holds: under "Thực hiện năm 2023",
                # "Tỷ lệ (%)" or "Khánh Hòa (mới)" is no actual figure of the reporting province.
                # "Cả năm" under "Năm 2024 | Thực hiện" (beside "6 tháng đầu năm") names the part
                # of the year, which is what the column holds.
                if col.role == "value" and role_of(parts[-1]) == "other" and not col.label_prefix \
                        and within_year(fold(parts[-1])) is None:
                    col.role = "other"
        # NOTE: the lowest header row that names a measure says what the column holds: "Kế hoạch"
        # under "Kết quả thực hiện" › "Năm 2023" is the year's plan, not a result (the group
        # header names the table, beside "Thực hiện" under the same year)
        if col.role == "value" and len(parts) > 1:
            for part in reversed(parts):
                pf = fold(part)
                is_plan, is_actual = PLAN.search(pf) is not None, RESULT_WORDS.search(pf) is not None
                if is_plan and not is_actual:
                    col.measure, col.status = "plan", "reported"
                    break
                if is_actual:
                    break
        # the lowest header row is the most specific: "Năm 2021" under "Giai đoạn 2020-2024"
        period_at = None
        for i in range(len(parts) - 1, -1, -1):
            p = column_period(parts[i])
            if p is not None and _starts_a_span(fold(parts[i]), p):
                continue   # "Chuyển tiếp" over "Từ năm 2022": no period of the column's (header_role)
            if p is not None:
                col.period, period_at = p, i
                break
        # NOTE: wrong54: "YTD 2024", "Lũy kế từ đầu năm 2024" (the year to date of a year named, its end not said)
        # beside "Tháng 8/2025" in a report on August 2025 were stored as January–August 2025 (the year named lost)
        # and as the whole year 2024: the year to date of the year it names, to the report's month — as "Năm 2024"
        # over "Từ đầu năm" is (below); with no report's month, no period (the uploader is asked)
        if col.role == "value" and col.within_year in (None, ("ytd",)) and col.same_part_of is None \
                and (col.period is None or col.period.kind == "year") \
                and (year := _year_to_date_of_a_year(fold(" ".join(parts)))) is not None:
            col.same_part_of, col.period, col.within_year = year, None, ("ytd",)
        # NOTE: "Cùng kỳ năm 2023" in a report on "6 tháng đầu năm 2024" is 2023-S1, not the year
        # 2023: the year only says which year's same part (the walk knows the report's part)
        # ("Cùng kỳ năm 2023 (9 tháng)" names its part: January to September 2023, whatever the report's)
        same = _SAME_SPAN_HEADER.search(fold(" ".join(parts))) is not None
        if col.role == "value" and col.period is not None and col.period.kind == "year" and same:
            same_part_of_year(col, " ".join(parts), col.period)
        if col.role == "value" and col.period is not None and col.period.kind == "month" and same:
            # NOTE: wrong38: "Cùng kỳ năm 2025 (tháng 9)" or "Cùng kỳ (T9/2025)" beside "9 tháng năm 2026" was
            # stored as September 2025: the month says where the same span ends — the nine months of 2025
            # there, September 2025 beside "Tháng 9/2026", nothing beside a span ending elsewhere
            # (etl/walk.py _value_period)
            col.same_part_end = (col.period.end.year, col.period.end.month)
            col.same_part_of, col.period = col.period.end.year, None
        # NOTE: "Lũy kế cùng kỳ năm 2023" (or "… năm trước") runs from January of that year to the
        # report's end a year earlier, as "Lũy kế từ đầu năm" beside it does in the report's year
        # (batch 42: the second quarter's 2023 column was stored as 2023-Q2, not 2023-S1)
        if col.role == "value" and col.within_year is None and _TO_DATE_SAME_SPAN.search(fold(" ".join(parts))):
            col.within_year = ("ytd",)
            # NOTE: "Lũy kế cùng kỳ" naming no year (as a bare "Cùng kỳ" column, unread): read as the
            # report's own year to date, the honest Q2 report's 9 beside "Lũy kế từ đầu năm | 12" was a
            # second value of 2024-S1 and the file refused (review26a) — which year's, it does not say
            if col.period is None and col.same_part_of is None and col.relative_year is None:
                col.role, col.within_year = "other", None
        # NOTE: "Năm 2024" merged over "Kế hoạch | Thực hiện 6 tháng | Ước cả năm": the lower row
        # names the part of the upper row's year
        # NOTE: three rows deep, the part may be the middle row: "Năm 2022" › "6 tháng đầu năm" ›
        # "Thực hiện" is the first half of 2022, never the year (the lowest row naming a part wins)
        if parts and col.period is not None and col.period.start.year == col.period.end.year \
                and periods.from_text(parts[-1]) is None and col.role == "value":
            below = parts[period_at + 1:] if period_at is not None else parts[-1:]
            for part in reversed(below):
                lower = fold(part)
                if "truoc" in lower or "cung ky" in lower:
                    break
                spec = within_year(lower)
                if spec is None:
                    continue
                if spec not in (("year",), ("ytd",)):
                    col.period, col.within_year = within(spec, col.period.end.year), None
                elif spec == ("ytd",):
                    # NOTE: blind50's probes: "Năm 2024" over "Tháng 10 | Từ đầu năm" in a report on October
                    # 2024: January to October 2024 (the walk knows the report's month) — it was stored as
                    # the whole year 2024, and "Năm 2023" beside it as 2023
                    col.same_part_of, col.period, col.within_year = col.period.end.year, None, ("ytd",)
                break
        cols.append(col)
    _preliminary_beside_final(cols)
    _sex_columns(cols, leaves)
    _office_beside_the_unit(cols)
    _label_header_naming_the_period(cols)
    _span_total_beside_its_years(cols, leaves)
    _bare_span_total_under_its_title(sheet, start, cols, leaves)
    return cols


_SPAN_TOTAL_HEADERS = registry.header_words("span_total_headers")


def _bare_span_total_under_its_title(sheet: Sheet, start: int, cols: list[Column], leaves: list[tuple]) -> None:
    """A column headed only "Cả GĐ" ("Tổng giai đoạn", metrics/header_words.toml span_total_headers), right of one
    column for each year of the span a title line over the table names, is that span's figure.

    NOTE: blind78: Thanh Hóa's "MỘT SỐ CHỈ TIÊU … GIAI ĐOẠN 2021 - 2025" over "2021 | 2022 | 2023 | 2024 | Ước TH 2025
    | Cả GĐ" left the five years' tasks accepted and OCOP products unread ("Tiêu đề cột không cho biết đây là số liệu
    gì"). Only when the year columns are each year of the title's span, in order, and the total is right of them —
    a title naming another span, or none, or places beside, leave it unread (which span's total, then?)."""
    for col in cols:
        parts = leaves[col.index] if 0 <= col.index < len(leaves) else ()
        if col.period is not None or not parts or " ".join(fold(parts[-1]).split()) not in _SPAN_TOTAL_HEADERS:
            continue
        years = [c for c in cols if c.index < col.index and c.role == "value" and c.period is not None
                 and c.period.kind == "year" and c.same_part_of is None and c.relative_year is None]
        if len(years) < 2 or [c.period.start.year for c in years] != list(
                range(years[0].period.start.year, years[0].period.start.year + len(years))) \
                or any(c.role in ("province", "total") for c in cols if c is not col):
            continue
        first, last = years[0].period.start.year, years[-1].period.start.year
        spans = {(p.start.year, p.end.year) for line in title_above(sheet, start)
                 if (p := periods.from_text(line)) is not None and p.kind == "range"}
        if spans != {(first, last)}:
            continue
        span = periods.from_text(f"{first} - {last}")
        col.role, col.period, col.measure = "value", span, "actual"
        col.status = "estimated" if any(c.status == "estimated" for c in years) else "reported"


def _span_total_beside_its_years(cols: list[Column], leaves: list[tuple]) -> None:
    """A total under a span of years, beside that span's years, is the span's figure: "Giai đoạn 2021 - 2025" over
    "Năm 2021 | … | Ước năm 2025 | Tổng GĐ".

    NOTE: blind76: Sơn La's five-year review read "Tổng GĐ" (tổng giai đoạn) there as a total over provinces
    ("Cột tổng cộng, không phải số liệu của một tỉnh"): the span's tasks accepted, OCOP products and initiatives
    were lost. Only when every other column under the span is a year (or a part of one) inside it: beside places
    ("Sơn La | Điện Biên | Tổng cộng") the total is theirs, set aside as before; a recounted stock summed over
    the years is set aside later (validate.set_aside_recounted_sums)."""
    for col in cols:
        parts = leaves[col.index] if 0 <= col.index < len(leaves) else ()
        if col.role != "total" or len(parts) < 2 or role_of(parts[-1]) != "total" \
                or periods.from_text(parts[-1]) is not None:
            continue
        span = periods.from_text(" ".join(parts[:-1]))
        if span is None or span.kind != "range" or span.start.year == span.end.year \
                or (span.start.month, span.start.day, span.end.month, span.end.day) != (1, 1, 12, 31):
            continue
        siblings = [c for c in cols if c is not col and 0 <= c.index < len(leaves)
                    and leaves[c.index][:len(parts) - 1] == parts[:-1] and len(leaves[c.index]) == len(parts)]
        if len(siblings) < 2 or not all(
                c.role == "value" and c.period is not None and c.period.start.year == c.period.end.year
                and span.start <= c.period.start and c.period.end <= span.end for c in siblings):
            continue
        # (a span whose last year is an estimate, "Ước năm 2025", is an estimate too)
        col.role, col.period, col.measure = "value", span, "actual"
        col.status = "estimated" if any(c.status == "estimated" for c in siblings) else "reported"


def _label_header_naming_the_period(cols: list[Column]) -> None:
    """"Chỉ tiêu (9 tháng năm 2026)" is the label column when no other column is: the note names the table's period.

    NOTE: blind73: the new Lâm Đồng's nine-month table "TT | Chỉ tiêu (9 tháng năm 2026) | ĐVT | Toàn tỉnh | …" was
    refused whole ("không tìm thấy chỉ tiêu nào"): with a period in it, a label header's words are a target's column
    ("Chỉ tiêu năm 2025", header_role) — in a bracketed note after the bare header word, beside no label column,
    they only say which period the rows' figures are of (the title says it too; a plan's note stays unread)."""
    if any(c.role == "label" for c in cols):
        return
    for col in cols:
        notes = _PAREN_NOTE.findall(col.text)
        bare_header = fold(_PAREN_NOTE.sub(" ", col.text))
        if (len(notes) == 1 and bare_header in _LABEL_HEADERS and periods.from_text(notes[0]) is not None
                and not PLAN.search(fold(notes[0]))):
            col.role, col.period, col.within_year = "label", None, None
            return


# a reporting program's field name, words run together without diacritics ("TenChiTieu", "KyBaoCao", "GiaTri")
# NOTE: wrong46: with a short form in capitals or a year after the words ("UocTH", "UocThucHienNam2024") too — the year
# kept the name whole, "uocthuchiennam2024" said no estimate and 2024's estimate was stored as reported
_CAMEL = re.compile(r"^(?:[A-Z][a-z]+){2,}(?:\d{4})?$|^(?:[A-Z][a-z]+)+[A-Z]{2,}(?:[A-Z][a-z]+)*(?:\d{4})?$")


def _camel_words(text: str) -> str:
    """A software export's column name as its words: "TenChiTieu" is "Ten Chi Tieu", folded as "Tên chỉ tiêu" is.

    NOTE: blind71: the new Cần Thơ's export from the reporting software ("DonVi;MaChiTieu;TenChiTieu;DonViTinh;
    KyBaoCao;NamBaoCao;LoaiSoLieu;GiaTri") was refused whole, no column known ("không tìm thấy chỉ tiêu nào");
    only an ASCII name of two or more capitalised words is split (never "PII", "OCOP", "KH&CN")."""
    t = text.strip()
    return " ".join(re.findall(r"[A-Z][a-z]+|[A-Z]{2,}(?![a-z])|\d{4}", t)) if _CAMEL.match(t) else text


def _office_beside_the_unit(cols: list[Column]) -> None:
    """A bare "Đơn vị" beside "Đơn vị tính" is the reporting office's column, not the units'.

    NOTE: blind71: "Đơn vị | Mã chỉ tiêu | Tên chỉ tiêu | Đơn vị tính | … | Giá trị" (the new Cần Thơ's export, each
    row "Sở KH&CN TP Cần Thơ"): the first unit column was taken, "Triệu đồng" was never read and 71 640 million
    was checked as 71 640 billion, the file refused. With a unit column named as such, "Đơn vị" alone is the office."""
    units = [c for c in cols if c.role == "unit"]
    bare = [c for c in units if fold(_camel_words(c.text)).replace("_", " ").strip() == "don vi"]
    if bare and len(bare) < len(units):
        for c in bare:
                c.role = "other"


_SEX_WORDS = tuple(registry.declared_header_words("sex_words"))
_WHOLE_OF_SEXES = ("tong so", "tong cong", "tong", "cong")


def _sex_columns(cols: list[Column], leaves: list[tuple]) -> None:
    """"Tổng số | Nam | Nữ" (each maybe under a period's group, "Năm 2024"), indicators as rows: the men's and
    women's columns are parts of the row's indicator the registry does not declare — set aside (role "sex") —
    and the bare total is the row's own figure, under the group's period or the report's.

    NOTE: wrong35: "Năm 2024" over "Tổng số | Nam | Nữ" stored the 70 men as every researcher, the 120 set
    aside as a total over provinces; without the group the "Nam" column was read as the rows' year ("năm"
    folded) and the file refused. "Nam" is the men only beside "Nữ"/"Nu" in the same group, as written (a
    header typed without diacritics writes "Nam" for the year: metrics/header_words.toml sex_words)."""
    # NOTE: recall37: and provinces down the rows ("Tỉnh | Tổng số | Nam | Nữ"): "Nam" read as the rows' year refused
    # the file ("không đọc được kỳ “70”"), every province's researchers lost
    if not any(c.role == "label" or c.role == "province" for c in cols):
        return
    men_word, women_word = _SEX_WORDS
    groups: dict[tuple, dict] = {}
    for col, parts in zip(cols, leaves):
        if not parts:
            continue
        leaf, group = nfc(parts[-1]).strip(), groups.setdefault(parts[:-1], {})
        if leaf.lower() == men_word:
            group.setdefault("men", col)
        elif fold(leaf) == fold(women_word):
            group.setdefault("women", col)
        elif fold(_PAREN_NOTE.sub(" ", leaf)).strip() in _WHOLE_OF_SEXES:
            group.setdefault("whole", col)
    for above, group in groups.items():
        if "men" not in group or "women" not in group:
            continue
        men, women = group["men"], group["women"]
        for c in (men, women):
            c.role = "sex"
        whole = group.get("whole")
        # NOTE: review37: "Trong đó: Tiến sĩ" (or "Công lập", "Thạc sĩ") over "Tổng số | Nam | Nữ" beside the
        # row's own "Tổng số": the group's total is the doctors' 30, stored as every researcher (the 120 set
        # aside as a total over provinces). The total beside the sexes is the row's own figure only under
        # groups that name a period or a measure ("Năm 2024", "Thực hiện", "Số lượng"), nothing of a part
        if any(p.strip() and role_of(p) != "value" for p in above):
            continue
        if whole is not None and whole.index < min(men.index, women.index) and whole.role in ("total", "other", "value"):
            whole.role, whole.sex_parts = "value", (men.index, women.index)


_PRELIMINARY = re.compile(r"(^| )so bo( |$)")
_OFFICIAL = re.compile(r"(^| )chinh thuc( |$)")
_FINAL = re.compile(r"(^| )(chinh thuc|(?:da )?dieu chinh|(?:da )?hieu chinh)( |$)")


# a revision's amount, not the revised figure: "Số điều chỉnh", "Điều chỉnh tăng (+), giảm (-)" (metrics/
# header_words.toml revision_amount_words; "+"/"-" as the header writes them, the words folded)
_REVISION_AMOUNT = re.compile(r"(?:^|[\s(])(?:" + "|".join(map(re.escape, sorted(
    {fold(w) for w in registry.declared_header_words("revision_amount_words")},
    key=len, reverse=True))) + r")(?=$|[\s)])|[(\s][+-](?:/[+-])?[)\s]")


def _preliminary_beside_final(cols: list[Column]) -> None:
    """A preliminary figure's column beside its final one ("Số liệu sơ bộ | Số liệu điều chỉnh", "Năm 2024"
    over "Sơ bộ | Chính thức"): the final is the period's figure, the preliminary no longer is.

    NOTE: probe37: the preliminary 28 OCOP products were stored as 2024's (an estimate) and the revised
    30 beside them left unread ("does not say what it holds"), or the two refused as two values of one
    fact. A plan's revision ("Kế hoạch điều chỉnh") is a plan, not a final figure."""
    final = [c for c in cols if c.role in ("value", "other") and _FINAL.search(fold(c.text))
             and not PLAN.search(fold(c.text)) and not _PRELIMINARY.search(fold(c.text))
             and not _REVISION_AMOUNT.search(f" {c.text.lower()} ") and not _REVISION_AMOUNT.search(f" {fold(c.text)} ")]
    prelim = [c for c in cols if c.role == "value" and _PRELIMINARY.search(fold(c.text))]
    # NOTE: recall31: "Sơ bộ | Điều chỉnh | Chính thức" (a yearbook's three editions of one year, left to
    # right): the adjusted figure and the final were two values of 2024 and refused the file. The final
    # ("chính thức") to the right of the adjustments of its period is the figure; the adjustments before
    # it are superseded as the preliminary is. Not "Chính thức | Điều chỉnh" (an adjustment after the
    # final, which a person cannot rank by the words): left as it was
    for f in final:
        if not _OFFICIAL.search(fold(f.text)):
            continue
        earlier = [c for c in final if c is not f and (c.period == f.period or c.period is None)]
        if earlier and all(c.index < f.index and not _OFFICIAL.search(fold(c.text)) for c in earlier):
            for c in earlier:
                c.role = "superseded"
            if f.role == "other":
                f.role = "value"
            final = [f]
            break
    if not final or not prelim:
        return
    for p in prelim:
        if any(f.period == p.period or f.period is None or p.period is None for f in final):
            p.role = "preliminary"
    if any(p.role == "preliminary" for p in prelim):
        for f in final:
            if f.role == "other":
                f.role = "value"


_NOTE = re.compile(r"^(.*?)\s*[\(\[]\s*([^()\[\]]*?)\s*[\)\]]\s*$")
_NEW_UNIT = re.compile(r"(^| )(moi|sau sap nhap|sau hop nhat|sau sap xep|merged|new)( |$)")
_INCLUDES = re.compile(r"(^| )(gom|bao gom|including)( |$)")
# a note naming only the province's part in the table (metrics/header_words.toml province_role_notes)
_ROLE_NOTES = registry.header_words("province_role_notes")
_OLD_UNIT = re.compile(r"(^| )(cu|truoc sap nhap|truoc hop nhat|truoc sap xep|old|former)( |$)")
# NOTE: recall38: "Năm 2025 - toàn tỉnh Cà Mau (cũ và mới)" (the new Cà Mau's 2025 with the former ones' first
# half in it): a note naming the former and the new together, and nothing else, is the whole new unit — read for
# its "cũ" as the former Cà Mau, its 50 products were set aside as a former province's share
_OLD_AND_NEW = re.compile(r"^(ca |gom ca |bao gom ca )?(cu va moi|moi va cu|cu va tinh moi|cu, moi|moi, cu)$")


# (folded) a header naming a former province beside what the new one's figure includes, leaves out or
# became: "Năm 2024 (bao gồm cả Hà Giang cũ)" is the new territory's, "(không bao gồm Hà Giang cũ)" the
# rest of it — neither is the former province's own (metrics/header_words.toml former_not_alone_words,
# note_exclusion_words)
_FORMER_NOT_ALONE = re.compile(r"(^| )(?:" + "|".join(map(re.escape, sorted(
    registry.header_words("former_not_alone_words") | registry.header_words("note_exclusion_words"),
    key=len, reverse=True))) + r")( |$)")


_EXCLUSION_RUNS = tuple(tuple(fold(w).split()) for w in registry.header_words("note_exclusion_words"))
_BEFORE_A_NAME = frozenset({"tinh", "thanh", "pho", "tp", "dia", "ban"})


def _excludes_a_province(text: str) -> bool:
    """Whether a header leaves a province out ("không gồm Bạc Liêu cũ", "chưa bao gồm tỉnh Bạc Liêu"): the words
    of metrics/header_words.toml note_exclusion_words right before a province's name (its kind between)."""
    for n in registry.province_names_in(text):
        before = list(n.before)
        while before and before[-1] in _BEFORE_A_NAME:
            before.pop()
        if any(len(before) >= len(w) and tuple(before[-len(w):]) == w for w in _EXCLUSION_RUNS):
            return True
    return False


def more_than_a_former(text: str) -> bool:
    """Whether a header or heading beside a former province's name says more than that province: a word of
    metrics/header_words.toml former_not_alone_words or note_exclusion_words OUTSIDE the province names it
    writes.

    NOTE: blind63: "cả" (bao gồm cả …) folds to "ca", the first word of "Cà Mau": "Cà Mau (cũ) 6 tháng đầu năm"
    and "Năm 2025 (Cà Mau cũ)" named no former province — the first read as the new Cà Mau's first half (set
    aside), the second as the report's own 2025. The province's own name is no word of a note."""
    f = registry.province_words(text)
    for n in sorted(registry.province_names_in(text), key=lambda n: len(n.key), reverse=True):
        f = re.sub(r"(^| )%s( |$)" % re.escape(n.key), " | ", f, count=1)
    return any(_FORMER_NOT_ALONE.search(f" {part.strip()} ") for part in f.split("|"))


_PLACE_NOTE_WORDS = frozenset({"cu", "moi", "tinh", "tp", "thanh", "pho", "dia", "ban"})


def _own_part_of_year(text: str) -> tuple | None:
    """The part of a year a province's column names beside the name, without a year ("Bạc Liêu (cũ) 6 tháng đầu
    năm" in the new Cà Mau's 2025, the year in the title): None when it names none, the whole year or a year.

    NOTE: blind63: read as the title's whole year, the former Cà Mau's and Bạc Liêu's first half of 2025 were
    set aside as the new province's shares of 2025 (10 facts lost); with the year written ("… 6 tháng đầu năm
    2025") the column was read."""
    names = registry.province_names_in(text)
    if not names:
        return None
    f = registry.province_words(text)
    for n in sorted(names, key=lambda n: len(n.key), reverse=True):
        f = re.sub(r"(^| )%s( |$)" % re.escape(n.key), " ", f, count=1)
    rest = " ".join(w for w in f.split() if w not in _PLACE_NOTE_WORDS)
    if not rest or periods.from_text(rest) is not None:
        return None
    # NOTE: review38a: only the report's own part, reported: "Sóc Trăng (cũ) 6 tháng đầu năm trước" (or "… N-1",
    # "… cùng kỳ 6 tháng") under "… NĂM 2025" was stored as the former Sóc Trăng's first half of 2025, "Bạc Liêu
    # (cũ) ước 6 tháng" as its reported half, "… kế hoạch 6 tháng" as its actual — the rest read as a column is:
    # another year's, the same part of one, an estimate or a plan keep the title's year (a share, set aside)
    own = header_role(rest)
    if own.role != "value" or own.relative_year is not None or own.previous_period or own.same_part_of is not None \
            or own.measure != "actual" or own.status != "reported" or _YEAR_OFFSET.search(text) \
            or _SAME_SPAN_HEADER.search(rest) or PLAN.search(rest):
        return None
    spec = within_year(rest)
    return spec if spec not in (("year",), ("ytd",)) else None


def _former_named_in(text: str) -> list:
    """The former province (63-province frame) a header names with "cũ" after its name, however written
    ("Năm 2025 (Hà Giang cũ)", "Năm 2025 Tuyên Quang (cũ)", "… của Hà Giang cũ"); [] when it names none
    so, or several (their sum is the new province's territory)."""
    found = {n.key: n for n in registry.province_names_in(text) if n.after[:1] == ("cu",)
             and not _old_and_new_named_in(text)}   # "(cũ và mới)": the new unit, not a former
    if len(found) != 1:
        return []
    return [p for p in found.popitem()[1].provinces if p.frame == "63"]


def _old_and_new_named_in(text: str) -> list:
    """The new unit (34-province frame) a header names with "(cũ và mới)" right after its name and nothing after the
    note ("Năm 2025 - toàn tỉnh Cà Mau (cũ và mới)"); [] otherwise — a name of no new unit ("Bạc Liêu (cũ và mới)"),
    more words after the note ("(cũ và mới, 6 tháng)"), or several names."""
    names = [n for n in registry.province_names_in(text) if _OLD_AND_NEW.match(" ".join(n.after))]
    if len(names) != 1 or len(registry.province_names_in(text)) != 1:
        return []
    return [p for p in names[0].provinces if p.frame == "34"]


def province_with_role_note(text: str) -> list:
    """The province of "Khánh Hòa (đăng cai)", "Sơn La (tỉnh dự hội nghị)": a name whose WHOLE note in
    parentheses is one of metrics/header_words.toml province_role_notes (either frame: the period
    decides); [] for any other text or note ("Khánh Hòa (ước)" is a note on the figure)."""
    m = _NOTE.match(text or "")
    if not m or not m[1] or fold(m[2]) not in _ROLE_NOTES:
        return []
    return registry.match_province(m[1])


def _named_with_a_bare_merger_note(text: str) -> list:
    """The province of "Lâm Đồng cũ", "Tỉnh Bình Thuận cũ", "Khánh Hòa mới", "Ninh Thuận - trước sáp nhập": a name
    followed by a note on the merger written without parentheses, read as the same note in them is; [] for any
    other text (the note must be the merger's words alone: "Lâm Đồng cũ và mới", a role, a figure's note — none).

    NOTE: blind80: the new Lâm Đồng's 2025 by area with the former provinces down the rows as "Lâm Đồng cũ",
    "Đắk Nông cũ", "Bình Thuận cũ" over "Toàn tỉnh" (columns so headed read): each an unknown province, the honest
    file refused whole; "Lâm Đồng (cũ)" read."""
    words = nfc(text or "").split()
    k, note = _bare_merger_note(words)
    if not k:
        return []
    base = registry.match_province(" ".join(words[:-k]).rstrip(" -–,"))
    frame = "63" if _OLD_UNIT.fullmatch(note) else "34"
    return [p for p in base if p.frame == frame]


def _bare_merger_note(words: list[str]) -> tuple[int, str]:
    """How many last words of a text are a note on the merger alone, unbracketed ("cũ", "mới", "trước sáp nhập",
    "sau sắp xếp"), and the note folded; (0, "") when they are none (the name must come before them)."""
    for k in (1, 2, 3):
        if len(words) <= k:
            break
        note = fold(" ".join(words[-k:]))
        if _OLD_UNIT.fullmatch(note) or _NEW_UNIT.fullmatch(note):
            return k, note
    return 0, ""


def ends_with_a_former_note(text: str) -> bool:
    """Whether a place's text ends with the note of a former province written without parentheses ("Lâm Đồng cũ",
    "Địa bàn tỉnh Bình Thuận cũ", "Kon Tum trước sáp nhập"): as "(cũ)" is, FORMER_NOTE."""
    k, note = _bare_merger_note(nfc(text or "").split())
    return bool(k) and _OLD_UNIT.fullmatch(note) is not None


def provinces_named(text: str) -> list:
    """The provinces a cell or header names, with a note on the merger read as a person reads it:
    "Khánh Hòa (mới)", "Lâm Đồng (sau sáp nhập)", "Khánh Hòa (gồm Ninh Thuận cũ)" are the unit of
    the 34-province frame; "Ninh Thuận (cũ)", "(trước sáp nhập)" the unit of the 63-province
    frame. A period outside that frame is then refused as province_frame, never stored as the
    other unit (the merged territory's 2024 figure is not the old province's)."""
    provs = registry.match_province(text)
    if provs:
        return provs
    m = _NOTE.match(text or "")
    if not m or not m[1]:
        return _named_with_a_bare_merger_note(text)
    base = registry.match_province(m[1])
    note = fold(m[2])
    if note in _ROLE_NOTES:
        # NOTE: "Sơn La (tỉnh dự hội nghị)" in a regional conference's table: the note says what part the
        # province plays, not whose figure or which figure it is — the province named (either frame:
        # the period decides). Before the merger words: "khách mời" folds to a "mới" ("khach moi")
        return base
    # NOTE: "(gồm Ninh Thuận cũ)" names a predecessor inside the new unit: "gồm" decides first
    if _INCLUDES.search(note) or (_NEW_UNIT.search(note) and not _OLD_UNIT.search(note)) or _OLD_AND_NEW.match(note):
        return [p for p in base if p.frame == "34"]
    if _OLD_UNIT.search(note):
        return [p for p in base if p.frame == "63"]
    return []
