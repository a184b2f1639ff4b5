"""Wrong numbers review28a found in the period and place rules of blind50, probe36 and blind51 (issue #8:
precision must stay 1.00 on unseen reports): reports a provincial office could send where a rule fires but
a person reads the figure otherwise. Each class: the report that stored a wrong number, then probes where
the fix must not fire (the honest reading kept). Each report is built here, marked as test data, and read
by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

from tests.fixtures.reports import LABEL_UNIT_HEADER as H, OCOP_ROW, examine, facts, head, taken

HA_TINH = "42"
REPORT_2024 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"


def _ocop(period: str, code: str = "ocop_products") -> tuple:
    return (HA_TINH, "63", code, period, "actual")


# --- 1. two years' groups over "Tháng 10 | Từ đầu năm" in a report titled by its year -------------------

def _grouped(upper: tuple, lower: tuple, title: str = REPORT_2024):
    """Hà Tĩnh's report: `upper` merged over two columns each, `lower` under both; one OCOP row."""
    rows = head("Hà Tĩnh", title) + [["TT", "Chỉ tiêu", "ĐVT", upper[0], None, upper[1], None],
                                     [None, None, None, *lower, *lower], OCOP_ROW + [5, 41, 4, 37]]
    return examine(rows, merges=("D6:E6", "F6:G6"), name="review28a.xlsx")


def test_the_year_to_date_under_two_years_groups_in_a_yearly_title_is_never_the_whole_year():
    """WRONG NUMBERS: "Năm 2024 | Năm 2023" (or "Năm nay | Cùng kỳ năm trước") each over "Tháng 10 | Từ đầu
    năm" under "BÁO CÁO … NĂM 2024" stored January–October as the whole years: 41 as 2024's products
    recognized, 37 as 2023's. probe36's month rule counted the two "Tháng 10" columns as two months, and a
    year's group kept its whole year (etl/walk.py _plan_sheet, _value_period)."""
    want = {_ocop("2024-10"): 5, _ocop("2024-01/2024-10"): 41, _ocop("2023-10"): 4, _ocop("2023-01/2023-10"): 37}
    for upper in (("Năm 2024", "Năm 2023"), ("Năm nay", "Cùng kỳ năm trước")):
        assert taken(_grouped(upper, ("Tháng 10", "Từ đầu năm"))) == want, upper


def test_probe_a_years_groups_whole_year_and_a_monthly_title_stay():
    """Where it must not fire: "Năm 2024" over "6 tháng | Cả năm" keeps its half and its year; the same
    groups under a monthly title stay that month's year to date (blind50's reading)."""
    rows = head("Hà Tĩnh", REPORT_2024) + [["TT", "Chỉ tiêu", "ĐVT", "Năm 2024", None],
                                          [None, None, None, "6 tháng", "Cả năm"], OCOP_ROW + [5, 41]]
    assert taken(examine(rows, merges=("D6:E6",))) == {_ocop("2024-S1"): 5, _ocop("2024"): 41}
    got = taken(_grouped(("Năm 2024", "Năm 2023"), ("Tháng 10", "Từ đầu năm"),
                         title="BÁO CÁO KẾT QUẢ CÔNG TÁC THÁNG 10/2024"))
    assert got == {_ocop("2024-10"): 5, _ocop("2024-01/2024-10"): 41, _ocop("2023-10"): 4,
                   _ocop("2023-01/2023-10"): 37}
    # one month's column beside the year to date (probe36's own class) unchanged
    rows = head("Hà Tĩnh", REPORT_2024) + [H + ["Thực hiện tháng 9", "Lũy kế từ đầu năm", "Cùng kỳ năm trước"],
                                          OCOP_ROW + [3, 14, 12]]
    assert taken(examine(rows)) == {_ocop("2024-09"): 3, _ocop("2024-01/2024-09"): 14, _ocop("2023-01/2023-09"): 12}


# --- 2. a month's cut-off without its year in a year's column --------------------------------------------

def _under(column: str, value=41):
    return examine(head("Hà Tĩnh", REPORT_2024) + [H + [column], OCOP_ROW + [value]], name="review28a.xlsx")


def test_a_cutoff_month_of_the_next_year_or_a_span_of_months_is_read_as_it_says():
    """WRONG NUMBERS: "Năm 2024 (số liệu cập nhật đến tháng 3 năm sau)" — the year's figure, updated to March
    2025 — was stored as 2024-Q1 (probe36's yearless month cut-off took March of 2024); "Năm 2024 (từ tháng 3
    đến tháng 10)" as January–October 2024 (metrics/periods.py _MONTH_CUTOFF_YEARLESS, _FROM_MONTH)."""
    assert taken(_under("Năm 2024 (số liệu cập nhật đến tháng 3 năm sau)")) == {_ocop("2024"): 41}
    assert taken(_under("Năm 2024 (đến hết tháng 2 năm tiếp theo)")) == {_ocop("2024"): 41}
    assert taken(_under("Năm 2024 (từ tháng 3 đến tháng 10)")) == {_ocop("2024-03/2024-10"): 41}


def test_probe_a_cutoff_month_of_the_named_year_stays_january_to_it():
    """Where it must not fire: probe36's "Năm 2024 (số liệu đến tháng 10)", "… (đến tháng 10 năm nay)" stay
    January–October 2024; "… (đến tháng 12)" the whole year."""
    for column in ("Năm 2024 (số liệu đến tháng 10)", "Năm 2024 (số liệu đến hết tháng 10)",
                   "Năm 2024 (đến tháng 10 năm nay)"):
        assert taken(_under(column)) == {_ocop("2024-01/2024-10"): 41}, column
    assert taken(_under("Năm 2024 (đến tháng 12)")) == {_ocop("2024"): 41}


# --- 3. a meeting's line that says its month is the figures' ---------------------------------------------

def _handout(subtitle: str):
    """blind51's layout: the new Lâm Đồng's comparison under "… 9 THÁNG NĂM 2025", `subtitle` below it."""
    rows = [["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LÂM ĐỒNG"], ["Dữ liệu kiểm thử — không phải số liệu thật"], [],
            ["BẢNG SO SÁNH KẾT QUẢ 9 THÁNG NĂM 2025 CÁC TỈNH VÙNG TÂY NGUYÊN"], [subtitle], [],
            ["TT", "Chỉ tiêu", "ĐVT", "Lâm Đồng", "Đắk Lắk", "Cả vùng"],
            ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 96, 71, 167]]
    return examine(rows, name="review28a.xlsx")


NINE = "2025-01/2025-09"


def test_a_meetings_line_naming_the_figures_month_is_their_period():
    """WRONG NUMBERS: "(Số liệu tháng 10/2025, phục vụ Hội nghị giao ban)" under "… 9 THÁNG NĂM 2025" stored
    October's figures (96, 71) as the nine months': blind51's meeting rule read the month as the meeting's
    date; a line saying its month is the figures' ("số liệu", "để so sánh": header_words.toml
    period_caption_words) names their period, as "Số liệu tháng 10/2025" without a meeting does (etl/walk.py
    _meetings_date)."""
    for subtitle in ("(Số liệu tháng 10/2025, phục vụ Hội nghị giao ban)",
                     "Số liệu tháng 10/2025 báo cáo Hội nghị giao ban vùng"):
        assert not any(k[3] == NINE for k in facts(_handout(subtitle))), subtitle


def test_probe_a_meetings_own_date_stays_no_period():
    """Where it must not fire: blind51's "(Hội nghị giao ban KH&CN vùng, Đà Lạt, tháng 10/2025)" and "Tài liệu
    phục vụ Hội nghị …, ngày 15/10/2025" keep the nine months' figures."""
    for subtitle in ("(Hội nghị giao ban KH&CN vùng, Đà Lạt, tháng 10/2025)",
                     "Tài liệu phục vụ Hội nghị giao ban vùng, ngày 15/10/2025"):
        assert taken(_handout(subtitle)) == {("68", "34", "ocop_products", NINE, "actual"): 96,
                                            ("66", "34", "ocop_products", NINE, "actual"): 71}, subtitle


# --- 4. a month of last year named beside "năm trước" -----------------------------------------------------

def test_a_month_of_last_year_is_that_month():
    """WRONG NUMBERS: "Tháng 12 năm trước" beside "Tháng 1" in the report on January 2025 stored December's 9
    products as January 2024: probe36 read the part a "năm trước" header names with its "năm trước" still in
    it, and a month is read only alone (etl/headers.py header_role, _LAST_YEAR)."""
    rows = head("Hà Tĩnh", "BÁO CÁO KẾT QUẢ CÔNG TÁC THÁNG 01 NĂM 2025") + [
        H + ["Tháng 1", "Tháng 12 năm trước"], OCOP_ROW + [2, 9]]
    assert taken(examine(rows)) == {_ocop("2025-01"): 2, _ocop("2024-12"): 9}


def test_probe_last_years_quarter_half_and_whole_year_stay():
    """Where it must not fire: probe36's "Quý IV năm trước" and "6 tháng đầu năm trước", and a bare "Năm
    trước" beside "Năm nay" (the year before) keep their readings."""
    def under(columns, values):
        return taken(examine(head("Hà Tĩnh", REPORT_2024) + [H + columns, OCOP_ROW + values]))
    assert under(["Quý IV năm trước", "Quý IV năm nay"], [8, 9]) == {_ocop("2023-Q4"): 8, _ocop("2024-Q4"): 9}
    assert under(["Năm trước", "Năm nay"], [30, 41]) == {_ocop("2023"): 30, _ocop("2024"): 41}
    assert under(["6 tháng đầu năm trước", "6 tháng đầu năm nay"], [17, 20]) == {_ocop("2023-S1"): 17,
                                                                             _ocop("2024-S1"): 20}


# --- 5. "Cùng kỳ" beside the one part of the year a table reports under a yearly title --------------------

def _yearly(columns: list, values: list) -> dict:
    return taken(examine(head("Hà Tĩnh", REPORT_2024) + [H + columns, OCOP_ROW + values], name="review28a.xlsx"))


def test_the_same_period_beside_one_part_under_a_yearly_title_is_that_part():
    """WRONG NUMBERS: "Thực hiện tháng 10 | Cùng kỳ năm trước" (or "Tháng 10/2024 | Cùng kỳ năm 2023", "Quý
    III/2024 | Cùng kỳ năm 2023") under "BÁO CÁO … NĂM 2024" stored last year's October or third quarter as the
    whole year 2023; "Cùng kỳ năm 2023" beside "Tháng 10/2024 | Lũy kế từ đầu năm" too: that part, or that
    year to date, a year earlier (etl/walk.py _same_part_of_the_one_part, _plan_sheet)."""
    assert _yearly(["Thực hiện tháng 10", "Cùng kỳ năm trước"], [5, 4]) == {_ocop("2024-10"): 5, _ocop("2023-10"): 4}
    assert _yearly(["Tháng 10/2024", "Cùng kỳ năm 2023"], [5, 4]) == {_ocop("2024-10"): 5, _ocop("2023-10"): 4}
    assert _yearly(["Quý III/2024", "Cùng kỳ năm 2023"], [5, 4]) == {_ocop("2024-Q3"): 5, _ocop("2023-Q3"): 4}
    assert _yearly(["Tháng 10/2024", "Lũy kế từ đầu năm", "Cùng kỳ năm 2023"], [5, 41, 37]) == {
        _ocop("2024-10"): 5, _ocop("2024-01/2024-10"): 41, _ocop("2023-01/2023-10"): 37}


def test_probe_the_same_period_beside_the_year_stays_the_year_before():
    """Where it must not fire: "Thực hiện | Cùng kỳ năm trước" and "Năm 2024 | Cùng kỳ năm 2023" under the
    yearly title compare whole years."""
    assert _yearly(["Thực hiện", "Cùng kỳ năm trước"], [41, 37]) == {_ocop("2024"): 41, _ocop("2023"): 37}
    assert _yearly(["Năm 2024", "Cùng kỳ năm 2023"], [41, 37]) == {_ocop("2024"): 41, _ocop("2023"): 37}


# --- 6. years down the rows under an indicator's caption, the province's own places across ---------------

def _years_by_place(columns: list, top: tuple = ("BỘ KHOA HỌC VÀ CÔNG NGHỆ - VĂN PHÒNG",),
                    title: str = "SO SÁNH MỘT SỐ CHỈ TIÊU GIỮA CÁC TỈNH GIAI ĐOẠN 2023 - 2024"):
    rows = [[t] for t in top] + [["Dữ liệu kiểm thử — không phải số liệu thật"], [], [title], [],
                                 ["1. Sản phẩm OCOP được công nhận (sản phẩm)"], ["Năm", *columns],
                                 [2023, 12, 8, 5, 25], [2024, 14, 9, 6, 29]]
    return examine(rows, name="review28a.xlsx")


def test_a_provinces_own_city_and_districts_across_the_years_are_no_provinces():
    """WRONG NUMBERS: Hà Tĩnh's "Năm | Hà Tĩnh | Kỳ Anh | Hương Sơn | Toàn tỉnh" under "1. Sản phẩm OCOP được
    công nhận (sản phẩm)" (its city, two districts and the whole) stored the city's 12 and 14 products as
    the province's 2023 and 2024 (the whole's 25 and 29): blind51's years-by-province reading took the
    city's column for the province; beside a column naming a place that is no province nor a sum of
    provinces the table is not read so (etl/walk.py _plan_sheet years_by_province)."""
    result = _years_by_place(["Hà Tĩnh", "Kỳ Anh", "Hương Sơn", "Toàn tỉnh"],
                             top=("UBND TỈNH HÀ TĨNH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"), title="KẾT QUẢ OCOP CÁC ĐỊA PHƯƠNG")
    assert not any(v in (12, 14) for v in facts(result).values()), facts(result)


def test_probe_provinces_beside_their_average_stay_read():
    """Where it must not fire: blind51's provinces beside "Bình quân 3 tỉnh" (a sum of provinces)."""
    got = taken(_years_by_place(["Ninh Thuận", "Sơn La", "Kon Tum", "Bình quân 3 tỉnh"]))
    assert got == {("58", "63", "ocop_products", "2023", "actual"): 12, ("14", "63", "ocop_products", "2023", "actual"): 8,
                   ("62", "63", "ocop_products", "2023", "actual"): 5, ("58", "63", "ocop_products", "2024", "actual"): 14,
                   ("14", "63", "ocop_products", "2024", "actual"): 9, ("62", "63", "ocop_products", "2024", "actual"): 6}


# --- 7. "Địa phương" over the title's province's own units ------------------------------------------------

def _localities(rows: list, header: str = "Địa phương", province: str = "Hà Tĩnh"):
    return examine(head(province, "BÁO CÁO KẾT QUẢ CHƯƠNG TRÌNH OCOP NĂM 2024")
                   + [["STT", header, "Số sản phẩm OCOP được công nhận năm 2024"], *rows], name="review28a.xlsx")


def test_a_localities_column_of_the_provinces_own_units_is_no_column_of_provinces():
    """WRONG NUMBERS: Hà Tĩnh's "Địa phương" over "Hà Tĩnh | Huyện Kỳ Anh | Huyện Hương Sơn" (the city of Hà
    Tĩnh unprefixed) stored the city's 12 products as the province's — since blind51 read "Địa phương" as
    provinces; LOST too: "Hà Tĩnh | Kỳ Anh | Hương Sơn | Toàn tỉnh" refused the honest file ("không nhận ra
    tỉnh Kỳ Anh"), its whole of 25 stored before. A localities column where a row names a district, a town
    or the whole province and none another province holds the title's province's units (etl/walk.py
    _localities_are_units)."""
    assert facts(_localities([["1", "Hà Tĩnh", 12], ["2", "Huyện Kỳ Anh", 8], ["3", "Huyện Hương Sơn", 5]])) == {}
    got = taken(_localities([["1", "Hà Tĩnh", 12], ["2", "Kỳ Anh", 8], ["3", "Hương Sơn", 5], [None, "Toàn tỉnh", 25]]))
    assert got == {_ocop("2024"): 25}
    got = taken(_localities([["1", "Huyện Kỳ Anh", 8], ["2", "Huyện Hương Sơn", 5], ["3", "Hà Tĩnh", 12],
                             [None, "Tổng cộng", 25]]))
    assert got == {_ocop("2024"): 25}


def test_probe_a_regions_localities_stay_provinces():
    """Where it must not fire: blind51's handout, "Địa phương" over other provinces (one with a city under it)
    and their "Tổng cộng": each province its own, the region's total never the host's."""
    got = taken(_localities([["1", "Hà Tĩnh", 12], ["2", "Nghệ An", 30], ["", "- Trong đó: TP. Vinh", 9],
                             ["3", "Quảng Bình", 7], [None, "Tổng cộng", 49]]))
    assert got == {_ocop("2024"): 12, ("40", "63", "ocop_products", "2024", "actual"): 30,
                   ("44", "63", "ocop_products", "2024", "actual"): 7}
