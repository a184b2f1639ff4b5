"""Wrong numbers found by probe37 (issue #8: precision must stay 1.00 at first sight on unseen
reports). Small reports a provincial department could send, each read by `etl.ingest.examine` as an
upload is. The classes it found — a month written as a spreadsheet writes it ("Thg 10/2024",
"Oct-2024", a lone "10/2024") read as the whole year; a year's column counted to the end of an earlier
month ("Năm 2024 (tính đến 30/11)", "(đến tháng 11)") read as the whole year; a preliminary figure
beside its final one ("Số liệu sơ bộ | Số liệu điều chỉnh") stored as the year's — each with the honest
readings that must stay; then probes that already held, kept as regression tests (grouped by the class
of wrong number they guard: the 2026 reports of the 34 provinces, a part of the place, two-year headers,
a figure per inhabitants, comparison, note and rank columns, labels near a registry name)."""
from __future__ import annotations

from functools import partial

import pytest

from metrics import periods
from tests.fixtures.reports import LABEL_UNIT_HEADER as H, OCOP_ROW, examine, facts, head, taken, table

REPORT_2024 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"
REPORT_2025 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025"
NGHE_AN = "40"
TUYEN_QUANG = "08"
OCOP_VALID = ["1", "Sản phẩm OCOP còn hiệu lực công nhận", "sản phẩm"]


# a report of one table (tests/fixtures/reports.table) in a file whose name names no year
_rows = partial(table, name="report.xlsx")


def _table(*rows: list, title: str = REPORT_2024, province: str = "Nghệ An"):
    """A report of one table whose header and rows are `rows` as typed (no STT/Chỉ tiêu/ĐVT header)."""
    return examine(head(province, title) + list(rows), name="report.xlsx")


def _one(label: str, unit: str, value, **kw):
    return _rows(["1", label, unit, value], **kw)


def _why(result, start: str) -> str:
    """The reason the uploader reads for what was set aside (the first entry starting with `start`)."""
    return next(i.reason_vi for i in result.ignored if i.text.startswith(start))


def _ocop(period: str, value, frame: str = "63", indicator: str = "ocop_products", province: str = NGHE_AN) -> dict:
    return {(province, frame, indicator, period, "actual"): value}


# --- a month written as a spreadsheet writes it ------------------------------------------------------

@pytest.mark.parametrize("header", ["Thg 10/2024", "Thg.10/2024", "Oct-2024", "Oct 2024", "October 2024",
                                    "10/2024", "OCT-2024"])
def test_a_month_written_as_a_spreadsheet_writes_it_is_that_month(header):
    """"Thg 10/2024" (Excel's Vietnamese 'mmm/yyyy' typed as text), "Oct-2024" (its English one), a header
    "10/2024" alone: October's 3 OCOP products were stored as the whole year 2024's (metrics/periods.py
    _months_in_words)."""
    assert taken(_rows(OCOP_ROW + [3], columns=(header,))) == _ocop("2024-10", 3)


def test_may_is_a_month_only_where_the_text_writes_may():
    """"May-2024", "May 2024" are May; "máy 2024" (folded to the same letters) names no month."""
    assert periods.from_text("May-2024").notation == "2024-05"
    assert periods.from_text("May 2024").notation == "2024-05"
    assert periods.from_text("máy 2024").notation == "2024"


@pytest.mark.parametrize("text, notation", [
    ("Tháng 10/2024", "2024-10"), ("T10/2024", "2024-10"), ("Năm 2024", "2024"),
    ("Quyết định 10/2024", "2024"), ("Sept 2024", "2024-09"), ("Dec 2024", "2024-12"),
])
def test_months_and_years_written_otherwise_keep_their_reading(text, notation):
    """A month written in words, a year, a decision's number inside a longer text keep their readings."""
    assert periods.from_text(text).notation == notation


def test_a_months_column_a_spreadsheet_wrote_under_the_months_title():
    """"Thg 10/2024" under "BÁO CÁO … THÁNG 10 NĂM 2024": October's 3, never the year's."""
    got = taken(_rows(OCOP_ROW + [3], columns=("Thg 10/2024",), title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN THÁNG 10 NĂM 2024"))
    assert got == _ocop("2024-10", 3)


# --- a year's column counted to the end of an earlier month ------------------------------------------

@pytest.mark.parametrize("header", ["Năm 2024 (đến tháng 11)", "Năm 2024 (số liệu đến hết tháng 11)"])
def test_a_years_column_to_november_is_january_to_november(header):
    """"Năm 2024 (đến tháng 11)": January–November's 27 OCOP products were stored as the whole year 2024
    (a cut-off 31 days before the year's end was within the slack kept for the Government's 15/12)."""
    assert taken(_rows(OCOP_ROW + [27], columns=(header,))) == _ocop("2024-01/2024-11", 27)


def test_a_years_column_to_the_30th_of_november_is_the_stock_then():
    """"Năm 2024 (tính đến 30/11)": the 270 valid OCOP products were stored as those at 31/12/2024; they
    are the products at 30/11/2024, as "(tính đến 30/11/2024)" reads (review21a)."""
    got = taken(_rows(OCOP_VALID + [270], columns=("Năm 2024 (tính đến 30/11)",)))
    assert got == _ocop("2024-11-30", 270, indicator="ocop_products_total")
    assert got == taken(_rows(OCOP_VALID + [270], columns=("Năm 2024 (tính đến 30/11/2024)",)))


def test_a_years_report_counted_to_november_is_january_to_november():
    """"BÁO CÁO … NĂM 2024 (số liệu tính đến 30/11/2024)" over "Số lượng": the 27 products recognized were
    stored as the whole year's."""
    got = taken(_rows(OCOP_ROW + [27], columns=("Số lượng",),
                      title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024 (số liệu tính đến 30/11/2024)"))
    assert got == _ocop("2024-01/2024-11", 27)


@pytest.mark.parametrize("text, notation", [
    ("Năm 2024 (tính đến 30/11)", "2024-01/2024-11"),
    ("Năm 2024 (đến 30/11/2024)", "2024-01/2024-11"),
    ("6 tháng đầu năm 2024 (đến 31/5/2024)", "2024-01/2024-05"),
    # the slack stays for a day inside the last month or after the end: the Government's cut-offs
    ("Năm 2024 (tính đến 15/12)", "2024"),
    ("Năm 2025 (số liệu tính đến ngày 15/12/2025)", "2025"),
    ("6 tháng đầu năm 2024 (đến 15/7/2024)", "2024-S1"),
    ("Năm 2024 (đến tháng 12)", "2024"),
    ("Năm 2024 (đến 31/12)", "2024"),
])
def test_a_cutoff_at_an_earlier_months_end_counts_that_far(text, notation):
    assert periods.from_text(text).notation == notation


# --- a season, a school or a fiscal year across two calendar years -----------------------------------

@pytest.mark.parametrize("header", ["Niên độ 2024-2025", "Niên vụ 2024–2025", "Năm tài chính 2024-2025"])
def test_a_season_across_two_years_is_not_the_two_years(header):
    """"Niên độ 2024-2025" under "BÁO CÁO … NĂM 2025": the season's 58 OCOP products were stored as the sum
    of the two whole years 2024–2025; left unread, the column named."""
    result = _rows(OCOP_ROW + [58], columns=(header,), title=REPORT_2025)
    assert facts(result) == {}
    assert "không cho biết" in _why(result, "Cột D")


def test_a_report_on_a_season_asks_its_period():
    """"BÁO CÁO … NIÊN ĐỘ 2024-2025" over "Số lượng": stored as 2024–2025; now the uploader is asked."""
    result = _rows(OCOP_ROW + [58], columns=("Số lượng",), title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NIÊN ĐỘ 2024-2025")
    assert facts(result) == {}
    assert any("Không xác định được kỳ báo cáo" in p.message_vi for p in result.problems)


@pytest.mark.parametrize("text, notation", [
    ("Giai đoạn 2024-2025", "2024/2025"), ("2 năm (2024-2025)", "2024/2025"), ("Năm 2021-2025", "2021/2025"),
    ("Niên độ 2021-2025", "2021/2025"),
])
def test_spans_of_whole_years_keep_their_reading(text, notation):
    """A span named as such keeps its reading; "niên độ" over more than two years is no season."""
    assert periods.from_text(text).notation == notation


# --- a preliminary figure beside its final one -------------------------------------------------------

@pytest.mark.parametrize("columns", [("Số liệu sơ bộ", "Số liệu điều chỉnh"), ("Năm 2024 (sơ bộ)", "Năm 2024 (chính thức)"),
                                     ("Sơ bộ", "Chính thức"), ("Năm 2024 (số liệu sơ bộ)", "Năm 2024 (đã điều chỉnh)")])
def test_a_preliminary_figure_beside_its_final_one_is_not_the_years(columns):
    """"Số liệu sơ bộ | Số liệu điều chỉnh" (28, 30) under "… NĂM 2024": the preliminary 28 was stored as
    2024's OCOP products and the revised 30 left unread; "Năm 2024 (sơ bộ) | Năm 2024 (chính thức)" was
    refused as two values of one fact. The final figure is the year's; the preliminary is set aside,
    saying why (etl/headers.py _preliminary_beside_final)."""
    result = _rows(OCOP_ROW + [28, 30], columns=columns)
    assert taken(result) == _ocop("2024", 30)
    assert "sơ bộ" in _why(result, "Cột D")


def test_a_preliminary_figure_under_a_years_group_beside_its_final_one():
    """"Năm 2024" over "Sơ bộ | Chính thức": the preliminary 28 was stored as 2024's."""
    result = _table(H + ["Năm 2024", ""], ["", "", "", "Sơ bộ", "Chính thức"], OCOP_ROW + [28, 30])
    assert taken(result) == _ocop("2024", 30)
    assert "sơ bộ" in _why(result, "Cột D")


def test_a_preliminary_figure_alone_or_of_another_year_stays_taken():
    """"Số liệu sơ bộ năm 2024" alone is the year's figure as reported (an estimate); "Năm 2025 (số liệu sơ
    bộ) | Năm 2024 (số liệu chính thức)" are two years; "Kế hoạch điều chỉnh" is a plan, no final figure."""
    assert taken(_rows(OCOP_ROW + [28], columns=("Số liệu sơ bộ năm 2024",))) == _ocop("2024", 28)
    got = taken(_rows(OCOP_ROW + [33, 30], columns=("Năm 2025 (số liệu sơ bộ)", "Năm 2024 (số liệu chính thức)"),
                      title=REPORT_2025))
    assert got == {**_ocop("2025", 33, frame="34"), **_ocop("2024", 30)}
    got = taken(_rows(OCOP_ROW + [35, 33], columns=("Kế hoạch điều chỉnh năm 2025", "Năm 2025 (sơ bộ)"), title=REPORT_2025))
    assert got[(NGHE_AN, "34", "ocop_products", "2025", "actual")] == 33
    assert got[(NGHE_AN, "34", "ocop_products", "2025", "plan")] == 35




# --- a year's column counted from a day inside it (the merger's) --------------------------------------

@pytest.mark.parametrize("header", ["Năm 2025 (từ 01/7/2025)", "Năm 2025 (từ ngày 01/7/2025)", "Năm 2025 (kể từ 01/7)",
                                    "Năm 2025 (từ khi hợp nhất)", "Năm 2025 (từ khi hợp nhất (01/7/2025))"])
def test_a_years_column_since_the_merger_is_the_second_half(header):
    """The new Tuyên Quang's "Năm 2025 (từ 01/7/2025) | 9": the 9 OCOP products since the merger were
    stored as the whole year 2025's (the day read as a document's date beside the year)."""
    got = taken(_rows(OCOP_ROW + [9], columns=(header,), title=REPORT_2025, province="Tuyên Quang"))
    assert got == _ocop("2025-S2", 9, frame="34", province=TUYEN_QUANG)


@pytest.mark.parametrize("text, notation", [
    ("Năm 2025 (từ 15/7)", None),                                   # no whole months: asked
    ("Năm 2025 (từ 01/01/2025)", "2025"),                           # from the year's first day: the year
    ("từ 01/7/2025 đến 31/12/2025", "2025-S2"),
    ("Năm 2025 (từ khi hợp nhất (01/7/2025) đến 31/12/2025)", "2025-S2"),
    ("Năm 2024 (từ tháng 3 đến tháng 10)", "2024-03/2024-10"),
    # blind77: a day counted from, alone, is no period of its own (was the stock's day 2025-07-01): the report's
    # period gives its end (metrics/periods.py open_start, etl/walk.py _from_a_day_to_the_report)
    ("Từ 01/7/2025", None),
])
def test_a_day_counted_from_with_or_without_its_end(text, notation):
    p = periods.from_text(text)
    assert (p.notation if p else None) == notation
# --- probes that held: the reports of 2026, the first year of the 34 provinces ----------------------

REPORT_2026_S1 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 6 THÁNG ĐẦU NĂM 2026"


@pytest.mark.parametrize("same", ["Cùng kỳ năm 2025", "6 tháng đầu năm 2025 (số liệu gộp)"])
def test_the_first_half_of_2025_beside_2026_is_never_the_new_provinces(same):
    """The new Tuyên Quang's first half of 2026 beside its first half of 2025 (the former provinces',
    before 1 July 2025): 2026-S1 taken, the 2025 half set aside naming the merger."""
    result = _rows(OCOP_ROW + [12, 9], columns=("6 tháng đầu năm 2026", same), title=REPORT_2026_S1,
                   province="Tuyên Quang")
    assert taken(result) == _ocop("2026-S1", 12, frame="34", province=TUYEN_QUANG)
    assert "sau sắp xếp" in _why(result, "Sản phẩm OCOP")


def test_a_2026_half_beside_2025_and_2026s_plan():
    got = taken(_rows(OCOP_ROW + [12, 30, 35], columns=("6 tháng đầu năm 2026", "Năm 2025", "Kế hoạch năm 2026"),
                      title=REPORT_2026_S1, province="Tuyên Quang"))
    assert got == {**_ocop("2026-S1", 12, frame="34", province=TUYEN_QUANG),
                   **_ocop("2025", 30, frame="34", province=TUYEN_QUANG),
                   (TUYEN_QUANG, "34", "ocop_products", "2026", "plan"): 35}


def test_a_bare_cung_ky_beside_the_report_is_not_guessed():
    result = _rows(OCOP_ROW + [12, 30], columns=("Kỳ báo cáo", "Cùng kỳ"), title=REPORT_2026_S1, province="Tuyên Quang")
    assert taken(result) == _ocop("2026-S1", 12, frame="34", province=TUYEN_QUANG)
    assert "không cho biết" in _why(result, "Cột E")


def test_a_former_province_in_a_2026_report_is_refused():
    result = _rows(OCOP_ROW + [10], columns=("Năm 2026",), title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2026",
                   province="Hà Giang")
    assert facts(result) == {} and not result.accepted
    assert any("sáp nhập vào Tuyên Quang" in p.message_vi for p in result.problems)


def test_the_former_provinces_columns_beside_the_new_ones_total():
    result = _rows(OCOP_ROW + [10, 8, 18], columns=("Tuyên Quang (cũ)", "Hà Giang (cũ)", "Tuyên Quang"),
                   title=REPORT_2025, province="Tuyên Quang")
    assert taken(result) == _ocop("2025", 18, frame="34", province=TUYEN_QUANG)
    assert "tỉnh cũ" in _why(result, "Sản phẩm OCOP được công nhận (D7)")


def test_the_former_provinces_rows_with_or_without_their_sum():
    got = taken(_table(["STT", "Địa bàn", "Sản phẩm OCOP được công nhận (sản phẩm)"], ["1", "Tuyên Quang (cũ)", 10],
                       ["2", "Hà Giang (cũ)", 8], ["", "Cộng", 18], title=REPORT_2025, province="Tuyên Quang"))
    assert got == _ocop("2025", 18, frame="34", province=TUYEN_QUANG)
    result = _table(["STT", "Địa bàn", "Sản phẩm OCOP được công nhận (sản phẩm)"], ["1", "Tuyên Quang (cũ)", 10],
                    ["2", "Hà Giang (cũ)", 8], title=REPORT_2025, province="Tuyên Quang")
    assert facts(result) == {}
    assert "tỉnh cũ" in _why(result, "Hà Giang (cũ)")


def test_the_former_provinces_rows_of_the_year_before_are_theirs():
    """A 2025 report of the new Tuyên Quang listing 2024's figures of "Tuyên Quang | Hà Giang": each
    former province's own 2024 (frame 63), never the new province's."""
    got = taken(_table(["STT", "Địa bàn", "Sản phẩm OCOP được công nhận năm 2024 (sản phẩm)"], ["1", "Tuyên Quang", 10],
                       ["2", "Hà Giang", 8], title=REPORT_2025, province="Tuyên Quang"))
    assert got == {**_ocop("2024", 10, province=TUYEN_QUANG), **_ocop("2024", 8, province="02")}


# --- probes that held: a part of the place ----------------------------------------------------------

def test_districts_and_their_sum():
    """Districts' rows with "Cộng": the sum is the province's, each district set aside saying so; without
    the sum nothing is stored."""
    result = _table(["STT", "Huyện", "Sản phẩm OCOP được công nhận (sản phẩm)"], ["1", "Diễn Châu", 5],
                    ["2", "Quỳnh Lưu", 7], ["", "Cộng", 12])
    assert taken(result) == _ocop("2024", 12)
    assert "cấp huyện" in _why(result, "Diễn Châu")
    result = _table(["STT", "Huyện", "Sản phẩm OCOP được công nhận (sản phẩm)"], ["1", "Diễn Châu", 5], ["2", "Quỳnh Lưu", 7])
    assert facts(result) == {}


@pytest.mark.parametrize("label, said", [
    ("Sản phẩm OCOP được công nhận của 11 huyện miền núi", "huyện miền núi"),
    ("Tổ chức khoa học và công nghệ công lập", "công lập"),
    ("Nhiệm vụ KH&CN cấp tỉnh, cấp cơ sở được nghiệm thu", "cấp cơ sở"),
])
def test_a_part_of_the_whole_in_the_label_is_not_the_whole(label, said):
    result = _one(label, "", 40)
    assert facts(result) == {}
    assert said in _why(result, label)


def test_levels_under_a_total_are_their_levels_only():
    """"Nhiệm vụ … nghiệm thu | 30" then "Trong đó: - Cấp tỉnh | 12", "- Cấp cơ sở | 15" (no national
    row): the total, the provincial level; the grassroots level, no indicator, set aside."""
    result = _rows(["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 30], ["", "Trong đó:", "", ""],
                   ["", "- Cấp tỉnh", "nhiệm vụ", 12], ["", "- Cấp cơ sở", "nhiệm vụ", 15])
    assert taken(result) == {(NGHE_AN, "63", "tasks_accepted", "2024", "actual"): 30,
                             (NGHE_AN, "63", "tasks_accepted_provincial", "2024", "actual"): 12}
    assert "Không khớp chỉ tiêu" in _why(result, "- Cấp cơ sở")


def test_a_level_alone_under_an_empty_total_is_that_level():
    got = taken(_rows(["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", ""], ["", "Trong đó: cấp tỉnh", "nhiệm vụ", 12]))
    assert got == {(NGHE_AN, "63", "tasks_accepted_provincial", "2024", "actual"): 12}


# --- probes that held: a figure per inhabitants, a rate, a count of times ----------------------------

@pytest.mark.parametrize("label, unit, said", [
    ("Số người làm nghiên cứu khoa học trên 10.000 dân", "người", "10.000 dân"),
    ("Người làm nghiên cứu khoa học/1 triệu dân", "người", "triệu dân"),
    ("Chi ngân sách cho KH&CN bình quân đầu người", "triệu đồng", "đầu người"),
    ("Người làm nghiên cứu khoa học", "người/vạn dân", "tính trên số dân"),
    ("Số người làm nghiên cứu khoa học", "người/10.000 dân", "tính trên số dân"),
    ("Chi ngân sách nhà nước cho KH&CN", "đồng/người", "đồng/người"),
    ("Chi ngân sách nhà nước cho KH&CN", "% tổng chi NSĐP", "phần trăm"),
    ("Tỷ lệ chi ngân sách nhà nước cho KH&CN", "%", "tỷ lệ"),
    ("Lượt tổ chức, cá nhân được hỗ trợ đăng ký bảo hộ SHTT", "lượt", "lượt"),
    ("Lượt doanh nghiệp được hỗ trợ hoạt động KH&CN", "lượt", "lượt"),
    ("Lượt sản phẩm OCOP được công nhận", "lượt", "lượt"),
    ("Số hồ sơ thủ tục hành chính thuộc thẩm quyền của Sở", "hồ sơ", "hồ sơ"),
    ("Số nhà khoa học tham gia nhiệm vụ KH&CN", "người", "nhiệm vụ"),
    ("Người làm nghiên cứu khoa học (quy đổi toàn thời gian)", "người", "quy đổi"),
    ("Tốc độ tăng sản phẩm OCOP được công nhận", "%", "phần trăm"),
])
def test_a_figure_per_inhabitants_a_rate_or_a_count_of_times_is_not_the_count(label, unit, said):
    result = _one(label, unit, 12)
    assert facts(result) == {}
    assert said in _why(result, label)


# --- probes that held: comparison, average, rank and note columns ------------------------------------

@pytest.mark.parametrize("header", ["So với cùng kỳ (%)", "Tăng/giảm", "Tăng (+), giảm (-) so với năm 2023",
                                    "So sánh (lần)", "% KH", "Đạt % so với kế hoạch"])
def test_a_comparison_beside_the_year_is_not_stored(header):
    result = _rows(OCOP_ROW + [30, 115], columns=("Năm 2024", header))
    assert taken(result) == _ocop("2024", 30)
    assert "so sánh" in _why(result, "Cột E")


@pytest.mark.parametrize("header", ["2025/2024", "So sánh 2025/2024 (%)", "2025 so 2024", "Chênh lệch", "Tăng thêm"])
def test_a_comparison_of_two_years_is_neither_year(header):
    result = _rows(OCOP_ROW + [30, 33, 3], columns=("Năm 2024", "Năm 2025", header), title=REPORT_2025)
    assert taken(result) == {**_ocop("2024", 30), **_ocop("2025", 33, frame="34")}
    assert _why(result, "Cột F")


@pytest.mark.parametrize("header", ["Bình quân giai đoạn 2021-2025", "Bình quân/năm"])
def test_an_average_over_a_span_is_not_stored(header):
    result = _rows(OCOP_ROW + [28], columns=(header,))
    assert facts(result) == {}
    assert "bình quân" in _why(result, "Cột D")


def test_an_average_in_the_label_is_not_the_years():
    result = _one("Sản phẩm OCOP được công nhận bình quân giai đoạn 2021-2025", "sản phẩm", 28, columns=("Số lượng",))
    assert facts(result) == {}
    assert _why(result, "Sản phẩm OCOP được công nhận bình quân")


def test_a_rank_beside_the_score_is_not_the_score():
    result = _rows(["1", "Chỉ số PII", "điểm", 42.5, 20], columns=("Năm 2024", "Xếp hạng"))
    assert taken(result) == {(NGHE_AN, "63", "pii_score", "2024", "actual"): 42.5}
    assert "không cho biết" in _why(result, "Cột E")


def test_a_notes_column_never_gives_the_years_figure():
    """"Ghi chú" holding "15 sản phẩm 4 sao" or a bare 12 beside "Năm 2024 | 30": the year's 30 only."""
    assert taken(_rows(OCOP_ROW + [30, "15 sản phẩm 4 sao"], columns=("Năm 2024", "Ghi chú"))) == _ocop("2024", 30)
    assert taken(_rows(OCOP_ROW + [30, 12], columns=("Năm 2024", "Ghi chú"))) == _ocop("2024", 30)
    assert facts(_rows(OCOP_ROW + [None, 12], columns=("Năm 2024", "Ghi chú"))) == {}


# --- probes that held: another year's figure, a plan, an estimate ------------------------------------

def test_the_year_before_in_a_later_report_is_its_own_year():
    assert taken(_rows(OCOP_ROW + [22], columns=("Năm 2023",))) == _ocop("2023", 22)


def test_a_plan_and_an_estimate_of_the_year():
    got = taken(_rows(OCOP_ROW + [35, 33], columns=("Kế hoạch năm 2025", "Ước thực hiện năm 2025"), title=REPORT_2025))
    assert got == {(NGHE_AN, "34", "ocop_products", "2025", "plan"): 35, **_ocop("2025", 33, frame="34")}
    got = taken(_rows(OCOP_ROW + [30, 35], columns=("Thực hiện 2024", "Kế hoạch 2025"),
                      title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024 VÀ KẾ HOẠCH NĂM 2025"))
    assert got == {**_ocop("2024", 30), (NGHE_AN, "34", "ocop_products", "2025", "plan"): 35}


def test_months_and_the_years_total_to_date():
    """"T1 … T12 | Lũy kế": each month, and the twelve months' 78 as the year."""
    got = taken(_rows(OCOP_ROW + list(range(1, 13)) + [78], columns=tuple(f"T{i}" for i in range(1, 13)) + ("Lũy kế",)))
    assert got[(NGHE_AN, "63", "ocop_products", "2024-10", "actual")] == 10
    assert got[(NGHE_AN, "63", "ocop_products", "2024", "actual")] == 78
    assert len(got) == 13


def test_two_years_after_a_years_report_are_a_target_or_a_forecast():
    """"2024–2025" under "… NĂM 2024": a span ending after the report, never an actual."""
    result = _rows(OCOP_ROW + [28], columns=("2024–2025",))
    assert facts(result) == {}
    assert "mục tiêu hoặc dự báo" in _why(result, "Sản phẩm OCOP được công nhận (D7)")


# --- a label's scale of money and its unit column's disagree ------------------------------------------

@pytest.mark.parametrize("label, unit, value", [
    ("Chi ngân sách nhà nước cho KH&CN (tỷ đồng)", "triệu đồng", 45),
    ("Kinh phí ngân sách nhà nước cho nhiệm vụ KH&CN (triệu đồng)", "tỷ đồng", 12),
])
def test_a_labels_scale_of_money_against_its_unit_column_is_no_one_unit(label, unit, value):
    """"Chi NSNN cho KH&CN (tỷ đồng) | triệu đồng | 45": 45 was stored as 0,045 tỷ đồng (the unit column's
    scale), a thousandth of what the label says; set aside naming both units (rule unit)."""
    result = _one(label, unit, value)
    assert facts(result) == {}
    assert "triệu đồng / tỷ đồng" in _why(result, label) or "tỷ đồng / triệu đồng" in _why(result, label)


@pytest.mark.parametrize("label, unit, value, stored", [
    ("Chi ngân sách nhà nước cho KH&CN (triệu đồng)", "triệu đồng", 45000, 45),
    ("Chi ngân sách nhà nước cho KH&CN (tỷ đồng)", "tỷ đồng", 45, 45),
    ("Chi ngân sách nhà nước cho KH&CN (tỷ đồng)", "Tỷ đ", 45, 45),
    ("Chi ngân sách nhà nước cho KH&CN (triệu đồng)", "", 45000, 45),
])
def test_a_labels_scale_agreeing_with_its_unit_column_converts(label, unit, value, stored):
    assert taken(_one(label, unit, value)) == {(NGHE_AN, "63", "st_budget", "2024", "actual"): stored}


# --- months from one to another written in English ---------------------------------------------------

@pytest.mark.parametrize("header", ["Jan-Oct 2024", "Jan – Oct/2024", "YTD Oct 2024", "Oct 2024 YTD"])
def test_english_months_to_a_month_are_january_to_that_month(header):
    """"Jan-Oct 2024", "YTD Oct 2024" were stored as the whole year 2024 before this session's month
    reading, and as October alone after it: January–October's 27 products (metrics/periods.py
    _EN_MONTH_RANGE, _YTD)."""
    assert taken(_rows(OCOP_ROW + [27], columns=(header,))) == _ocop("2024-01/2024-10", 27)


def test_english_months_of_a_quarter_are_the_quarter():
    assert periods.from_text("Jul - Sep 2024").notation == "2024-Q3"


# --- a period's column naming a former province inside its note ---------------------------------------

REPORT_2026 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2026"


@pytest.mark.parametrize("header", ["Năm 2025 (Hà Giang cũ)", "Năm 2025 (Tuyên Quang cũ)", "Năm 2025 Tuyên Quang (cũ)",
                                    "Năm 2025 (Tuyên Quang (cũ))", "Số liệu năm 2025 của Hà Giang cũ"])
def test_a_former_provinces_year_is_never_the_new_provinces(header):
    """The new Tuyên Quang's 2026 report, "Năm 2025 (Hà Giang cũ) | 20": the former Hà Giang's 20 OCOP
    products were stored as the new Tuyên Quang's whole 2025 (the name inside the note, "cũ" without
    its parentheses, was not read). Never stored as the new province's; the former province's 2025 after
    the merger is refused as before for "Năm 2025 (tỉnh Hà Giang cũ)" (province_frame)."""
    result = _rows(OCOP_ROW + [20], columns=(header,), title=REPORT_2026, province="Tuyên Quang")
    assert (TUYEN_QUANG, "34", "ocop_products", "2025", "actual") not in facts(result)
    assert not result.accepted or facts(result) == {}
    # mend28b: a former province whose name the new one kept is said "(cũ) đã cùng … hợp nhất thành"
    assert any(w in p.message_vi for p in result.problems for w in ("sáp nhập", "hợp nhất", "tỉnh cũ")) or \
        any("tỉnh cũ" in i.reason_vi or "sắp xếp" in i.reason_vi for i in result.ignored)


def test_a_former_provinces_year_before_the_merger_is_its_own():
    """"Năm 2024 (Hà Giang cũ) | 20" in the new Tuyên Quang's 2025 report: the former Hà Giang's own 2024
    (it was set aside as the new territory's 2024)."""
    got = taken(_rows(OCOP_ROW + [20], columns=("Năm 2024 (Hà Giang cũ)",), title=REPORT_2025, province="Tuyên Quang"))
    assert got == _ocop("2024", 20, province="02")


def test_a_former_provinces_first_half_of_2025_is_its_own():
    """"6 tháng đầu năm 2025 (Hà Giang cũ) | 20" in the new Tuyên Quang's 2025 report: the former Hà
    Giang's own first half (before 1 July 2025), set aside before as the new territory's half."""
    got = taken(_rows(OCOP_ROW + [20], columns=("6 tháng đầu năm 2025 (Hà Giang cũ)",), title=REPORT_2025,
                      province="Tuyên Quang"))
    assert got == _ocop("2025-S1", 20, province="02")


def test_two_former_provinces_named_together_are_the_new_territory():
    """"Năm 2025 (Hà Giang cũ, Tuyên Quang cũ)": both former provinces, the new Tuyên Quang's territory."""
    got = taken(_rows(OCOP_ROW + [38], columns=("Năm 2025 (Hà Giang cũ, Tuyên Quang cũ)",), title=REPORT_2025,
                      province="Tuyên Quang"))
    assert got == _ocop("2025", 38, frame="34", province=TUYEN_QUANG)
