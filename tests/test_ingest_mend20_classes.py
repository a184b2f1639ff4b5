"""Honest layouts the table reader refused or misread, and the misses beside them (issue #8, mend20):
periods typed down the rows ("Quý I/2024" under "Kỳ báo cáo"), a "Cộng" under a half's months, a
caption typed in the "TT" column, the merged province's own section after its former provinces',
a rate in per mille, a label naming its span beside yearly columns. On the held-out set one honest
file refused loses all its facts; each fix keeps a real conflict refused. Each report is built
here, marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

from tests.fixtures.reports import examine, facts, head, reasons as _ignored, taken

HT = "42"   # Hà Tĩnh (merged with no province in 2025: the same code in both frames)
T24 = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2024"
T25 = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2025"
S1_24 = "Báo cáo kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm 2024"
TASKS, INITIATIVES = "Nhiệm vụ KH&CN được nghiệm thu", "Sáng kiến được công nhận"
MONTHS = ["Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6"]


# --- 1. periods typed as text down the rows, indicators as columns ------------------------------------

def _by_period(first: str, rows: list[list]):
    return examine(head("Hà Tĩnh", "Số liệu khoa học và công nghệ theo quý") + [
        [first, f"{TASKS} (nhiệm vụ)", f"{INITIATIVES} (sáng kiến)"], *rows], name="hatinh_quy.xlsx")


def test_quarters_typed_down_the_rows_are_each_a_quarter():
    """"Kỳ báo cáo | Nhiệm vụ … | Sáng kiến …" over "Quý I/2024 | 3 | 10": the quarters, typed as text
    under small figures (3 < 10), were taken for a row of column numbers and the whole table for
    its header — refused, "no indicator found" (rule in etl/headers.py header_block)."""
    rows = [["Quý I/2024", 3, 10], ["Quý II/2024", 4, 12], ["Quý III/2024", 5, 8], ["Quý IV/2024", 6, 9]]
    for first in ("Kỳ báo cáo", "Thời gian", "Năm"):
        got = taken(_by_period(first, rows))
        assert got[(HT, "63", "tasks_accepted", "2024-Q1", "actual")] == 3, first
        assert got[(HT, "63", "initiatives_recognized", "2024-Q4", "actual")] == 9, first
        assert len(got) == 8, first
    years = taken(_by_period("Năm", [["2022", 3, 10], ["2023", 4, 12]]))
    assert years[(HT, "63", "initiatives_recognized", "2023", "actual")] == 12 and len(years) == 4


def test_probe_a_row_of_column_numbers_under_the_period_column_stays_the_header():
    """Where it must not fire: "(1) | (2) | (3)" under "Kỳ báo cáo | …" numbers the columns."""
    got = taken(_by_period("Kỳ báo cáo", [["(1)", "(2)", "(3)"], ["Quý I/2024", 3, 10], ["Quý II/2024", 4, 12]]))
    assert got == {(HT, "63", "tasks_accepted", "2024-Q1", "actual"): 3,
                   (HT, "63", "initiatives_recognized", "2024-Q1", "actual"): 10,
                   (HT, "63", "tasks_accepted", "2024-Q2", "actual"): 4,
                   (HT, "63", "initiatives_recognized", "2024-Q2", "actual"): 12}


def test_probe_one_quarter_twice_with_two_values_stays_refused():
    """Where it must not fire: "Quý I/2024" twice, 3 and 5 tasks — a real conflict, refused."""
    r = _by_period("Kỳ báo cáo", [["Quý I/2024", 3, 10], ["Quý I/2024", 5, 10]])
    assert not r.accepted
    assert any("hai giá trị khác nhau" in p.message_vi for p in r.problems), [p.message_vi for p in r.problems]


# --- 2. "Cộng" under a half's group header, right of its months ---------------------------------------

def _half_with_sum(rows: list[list]):
    return examine(head("Hà Tĩnh", S1_24) + [
        ["TT", "Chỉ tiêu", "Đơn vị tính", "6 tháng đầu năm 2024", None, None, None, None, None, None],
        [None, None, None, *MONTHS, "Cộng"], *rows],
        merges=("D6:J6", "A6:A7", "B6:B7", "C6:C7"), name="hatinh_6thang.xlsx")


def test_a_total_under_a_halfs_months_is_the_half():
    """"6 tháng đầu năm 2024" merged over "Tháng 1 … Tháng 6 | Cộng": the "Cộng" was read as a total
    over provinces and set aside — the half's 21 initiatives a person reads there lost (rule in
    etl/walk.py _group_total_column)."""
    got = taken(_half_with_sum([[1, INITIATIVES, "sáng kiến", 1, 2, 3, 4, 5, 6, 21]]))
    assert got[(HT, "63", "initiatives_recognized", "2024-S1", "actual")] == 21
    assert got[(HT, "63", "initiatives_recognized", "2024-03", "actual")] == 3
    assert len(got) == 7
    # beside it, "Cộng 6 tháng đầu năm 2024" in its own column reads the same (it did already)
    got = taken(examine(head("Hà Tĩnh", S1_24) + [
        ["TT", "Chỉ tiêu", "Đơn vị tính", "6 tháng đầu năm 2024", None, None, None, None, None,
         "Cộng 6 tháng đầu năm 2024"], [None, None, None, *MONTHS, None],
        [1, INITIATIVES, "sáng kiến", 1, 2, 3, 4, 5, 6, 21]],
        merges=("D6:I6", "J6:J7", "A6:A7", "B6:B7", "C6:C7")))
    assert got[(HT, "63", "initiatives_recognized", "2024-S1", "actual")] == 21


def test_probe_a_total_that_is_not_the_sum_of_its_months_is_not_stored():
    """Where it must not fire: 25 under "Cộng" beside months adding up to 21, and a rate's "Cộng"
    (no sum of rates): neither is the half's figure — set aside, the months kept."""
    r = _half_with_sum([[1, INITIATIVES, "sáng kiến", 1, 2, 3, 4, 5, 6, 25],
                        [2, "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "%", 80, 82, 85, 90, 91, 92, 520]])
    got = taken(r)
    assert not any(k[3] == "2024-S1" for k in got), got
    assert got[(HT, "63", "initiatives_recognized", "2024-06", "actual")] == 6
    assert "J8" in _ignored(r) and "J9" in _ignored(r)


def test_probe_a_total_under_provinces_stays_no_provinces():
    """Where it must not fire: "Kết quả năm 2024" over "Hà Tĩnh | Nghệ An | Tổng cộng" is a total
    over provinces, no province's figure."""
    got = taken(examine([["SỐ LIỆU KH&CN CÁC TỈNH BẮC TRUNG BỘ"], ["Dữ liệu kiểm thử — không phải số liệu thật"], [],
                         ["TT", "Chỉ tiêu", "Kết quả năm 2024", None, None], [None, None, "Hà Tĩnh", "Nghệ An", "Tổng cộng"],
                         [1, INITIATIVES, 20, 30, 50]], merges=("C4:E4", "A4:A5", "B4:B5")))
    assert got == {(HT, "63", "initiatives_recognized", "2024", "actual"): 20,
                   ("40", "63", "initiatives_recognized", "2024", "actual"): 30}


# --- 3. a caption typed in the "TT" column right under the header ---------------------------------------

def _captioned(caption: str, value_header: str = "Thực hiện"):
    return examine(head("Hà Tĩnh", T24) + [
        ["TT", "Chỉ tiêu", "Đơn vị tính", value_header], [caption, None, None, None],
        [1, INITIATIVES, "sáng kiến", 21], [2, "Doanh nghiệp được hỗ trợ hoạt động KH&CN", "doanh nghiệp", 6]],
        name="hatinh_2024.xlsx")


def test_a_caption_in_the_number_column_is_no_second_header_row():
    """"Số liệu năm 2023:" typed in the "TT" column under "TT | Chỉ tiêu | ĐVT | Thực hiện": it was
    read as a second header row, the "TT" column a column of 2023's figures — the row numbers 1 and
    2 stored as 2023's initiatives and enterprises, and 21 and 6 as 2024's (rule in etl/headers.py
    header_block). The rows are 2023's, as the caption says."""
    for header in ("Thực hiện", "Kết quả"):
        assert taken(_captioned("Số liệu năm 2023:", header)) == {
            (HT, "63", "initiatives_recognized", "2023", "actual"): 21,
            (HT, "63", "enterprises_supported", "2023", "actual"): 6}, header


def test_probe_a_plans_caption_in_the_number_column_stores_nothing():
    """Where it must not fire: "Kế hoạch năm 2025:" in the "TT" column captions a plan: not stored."""
    r = _captioned("Kế hoạch năm 2025:")
    assert facts(r) == {}


def test_probe_a_real_second_header_row_is_still_read():
    """Where it must not fire: "Kết quả" over "Năm 2023 | Năm 2024" (nothing under "TT") is the
    header's second row."""
    got = taken(examine(head("Hà Tĩnh", T24) + [
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", None], [None, None, None, "Năm 2023", "Năm 2024"],
        [1, INITIATIVES, "sáng kiến", 20, 21]], merges=("D6:E6",)))
    assert got == {(HT, "63", "initiatives_recognized", "2023", "actual"): 20,
                   (HT, "63", "initiatives_recognized", "2024", "actual"): 21}


# --- 4. the merged province's own section after its former provinces' ----------------------------------

QT_OLD, QB_OLD, QT_NEW = "45", "44", "44"


def _quang_tri(title: str, third: str, third_rows: list[list], numbers_in_stt: bool = False):
    def heading(text):
        number, _, rest = text.partition(" ")
        return [number.rstrip("."), rest, None, None] if numbers_in_stt else [None, text, None, None]
    return examine(head("Quảng Trị", title) + [
        ["TT", "Nội dung", "Kết quả thực hiện", "Ghi chú"],
        heading("I. Quảng Bình (cũ)"), ["1", TASKS, "10 nhiệm vụ", None],
        heading("II. Quảng Trị (cũ)"), ["1", TASKS, "12 nhiệm vụ", None],
        heading(third), *third_rows], name="quangtri.xlsx")


def test_the_reports_own_section_after_the_former_provinces_is_the_merged_province():
    """"III Kết quả khác" (or "III. Các chỉ tiêu khác") after "I. Quảng Bình (cũ)", "II. Quảng Trị
    (cũ)" in the new Quảng Trị's report on the first half of 2025: its rows were the old Quảng
    Trị's — its 22 tasks (the two former provinces' sum) a second value beside section II's 12, the
    honest file refused; with the numbers in the STT column its 30 initiatives were stored as the
    old Quảng Trị's (rule in etl/walk.py _read_sheet, a section's end). They are the merged
    territory's: set aside before the merger, the new province's after it."""
    for third in ("III Kết quả khác", "III. Các chỉ tiêu khác"):
        for in_stt in (False, True):
            r = _quang_tri("Báo cáo kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm 2025", third,
                           [["1", INITIATIVES, "30 sáng kiến", None], ["2", TASKS, "22 nhiệm vụ", None]], in_stt)
            assert taken(r) == {(QB_OLD, "63", "tasks_accepted", "2025-S1", "actual"): 10,
                                (QT_OLD, "63", "tasks_accepted", "2025-S1", "actual"): 12}, (third, in_stt)
            r = _quang_tri(T25, third, [["1", INITIATIVES, "30 sáng kiến", None]], in_stt)
            assert taken(r) == {(QT_NEW, "34", "initiatives_recognized", "2025", "actual"): 30}, (third, in_stt)


def test_probe_two_values_in_the_merged_provinces_section_stay_refused():
    """Where it must not fire: 30 and 35 initiatives in "III Kết quả khác" for 2025 — refused."""
    r = _quang_tri(T25, "III Kết quả khác", [["1", INITIATIVES, "30 sáng kiến", None],
                                             ["2", INITIATIVES, "35 sáng kiến", None]])
    assert not r.accepted
    assert any("hai giá trị khác nhau" in p.message_vi for p in r.problems), [p.message_vi for p in r.problems]


def test_probe_a_section_after_another_provinces_is_still_the_reports_own():
    """Where it must not fire: in Hà Tĩnh's (never merged) report, "III. Kết quả khác" after "II.
    Tỉnh Nghệ An" is Hà Tĩnh's again, its own code in the 2024 frame."""
    got = taken(examine(head("Hà Tĩnh", T24) + [
        ["TT", "Nội dung", "Kết quả thực hiện", "Ghi chú"], [None, "I. Kết quả chung", None, None],
        ["1", TASKS, "10 nhiệm vụ", None], [None, "II. Tỉnh Nghệ An", None, None], ["1", TASKS, "12 nhiệm vụ", None],
        [None, "III. Kết quả khác", None, None], ["1", INITIATIVES, "30 sáng kiến", None]]))
    assert got[(HT, "63", "initiatives_recognized", "2024", "actual")] == 30
    assert got[(HT, "63", "tasks_accepted", "2024", "actual")] == 10


# --- 5. a rate in per mille ------------------------------------------------------------------------------

RATE = "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến"


def _rate(label: str, unit, value):
    return examine(head("Hà Tĩnh", T24) + [["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2024"],
                                           [1, label, unit, value], [2, INITIATIVES, "sáng kiến", 21]])


def test_a_rate_per_mille_is_set_aside_not_read_as_percent():
    """The registry's rates are in %: "‰" in the unit column (or "(‰)" after the label) was dropped —
    850 ‰ read as 850 % refused the honest file (rule range), 85 ‰ was stored as 85 % (a wrong
    number). The cell is set aside (rule unit, etl/validate.py _unit_class), never converted on a
    guess; the rest of the file loads."""
    for label, unit in ((RATE, "‰"), (f"{RATE} (‰)", None)):
        for value in (850, 85):
            r = _rate(label, unit, value)
            assert taken(r) == {(HT, "63", "initiatives_recognized", "2024", "actual"): 21}, (label, value)
            assert "phần nghìn (‰)" in _ignored(r), _ignored(r)


def test_probe_a_percent_above_100_stays_refused_and_a_percent_is_stored():
    """Where it must not fire: 850 in a "%" row is a real range error — refused; 85 % is stored."""
    r = _rate(RATE, "%", 850)
    assert not r.accepted and any("0–100" in p.message_vi for p in r.problems)
    assert taken(_rate(RATE, "%", 85))[(HT, "63", "online_dossier_rate", "2024", "actual")] == 85


# --- 6. a label naming its span beside yearly columns --------------------------------------------------

OCOP_SPAN = "Sản phẩm OCOP được công nhận giai đoạn 2021-2025"


def _span(header: list, values: list, label: str = OCOP_SPAN, more: list | None = None):
    return examine(head("Hà Tĩnh", T25) + [["TT", "Chỉ tiêu", "Đơn vị tính", *header],
                                           [1, label, "sản phẩm", *values], *(more or [])])


def test_a_label_naming_its_span_beside_yearly_columns_gives_each_year():
    """"Sản phẩm OCOP được công nhận giai đoạn 2021-2025 | Năm 2024 | Năm 2025": every column was
    given the label's span — 30 and 35 two values for 2021–2025, the honest file refused (rule in
    etl/walk.py _years_within_the_label_span). The columns say which year each figure is."""
    assert taken(_span(["Năm 2024", "Năm 2025"], [30, 35])) == {
        (HT, "63", "ocop_products", "2024", "actual"): 30, (HT, "34", "ocop_products", "2025", "actual"): 35}
    r = _span(["Năm 2024", "Năm 2025"], [3, 5], label="Số nhiệm vụ KH&CN được nghiệm thu giai đoạn 2021-2025")
    assert taken(r) == {(HT, "63", "tasks_accepted", "2024", "actual"): 3,
                        (HT, "34", "tasks_accepted", "2025", "actual"): 5}


def test_probe_the_spans_own_column_is_no_years_count():
    """Where it must not fire: a column "Giai đoạn 2021-2025" beside the years is the sum over the
    years (the span's 150), never a year's; a lone "Năm 2025" beside the label's span stays the
    span's (whether the year's count or the span's sum cannot be told: as before)."""
    got = taken(_span(["Năm 2024", "Năm 2025", "Giai đoạn 2021-2025"], [30, 35, 150]))
    assert got == {(HT, "63", "ocop_products", "2024", "actual"): 30, (HT, "34", "ocop_products", "2025", "actual"): 35,
                   (HT, "34", "ocop_products", "2021/2025", "actual"): 150}
    assert taken(_span(["Năm 2025"], [150])) == {(HT, "34", "ocop_products", "2021/2025", "actual"): 150}


def test_probe_two_values_for_one_year_stay_refused():
    """Where it must not fire: 35 (under the span's label) and 40 for 2025 — a real conflict."""
    r = _span(["Năm 2024", "Năm 2025"], [30, 35], more=[[2, "Sản phẩm OCOP được công nhận", "sản phẩm", 30, 40]])
    assert not r.accepted
    assert any("hai giá trị khác nhau" in p.message_vi and "40" in p.message_vi for p in r.problems)


# --- 7. "(lũy kế)" beside yearly columns; "Tính đến 31/12/2024" as a column --------------------------------

def test_a_total_to_date_beside_yearly_columns_is_each_years_end():
    """"Nhãn hiệu tập thể được bảo hộ (lũy kế) | Năm 2024 | Năm 2025", and a column "Tính đến
    31/12/2025" beside them: each the stock at its year's end (read so on main already: pinned)."""
    got = taken(_span(["Năm 2024", "Năm 2025", "Tính đến 31/12/2025"], [30, 35, 35],
                      label="Nhãn hiệu tập thể được bảo hộ (lũy kế)"))
    assert got == {(HT, "63", "ip_collective_marks", "2024-12-31", "actual"): 30,
                   (HT, "34", "ip_collective_marks", "2025-12-31", "actual"): 35}


MARKS = "Nhãn hiệu tập thể được bảo hộ"


def test_a_stocks_row_under_tinh_den_is_its_total_to_date():
    """"Nhãn hiệu tập thể được bảo hộ | Năm 2025 | Tính đến 31/12/2025" (5 and 35): "Tính đến" was read
    as the plain year — 5 and 35 two values of the marks held at 31/12/2025, the honest file
    refused; beside "Tính đến 31/12/2024" the year's 5 new marks were stored as the marks held at
    the end of 2025, a wrong number (rule in etl/walk.py _read_values, _UP_TO_A_DATE). The total to
    date is the stock; the year's own figure, its increase, is set aside."""
    for year_header in ("Năm 2025", "Trong năm 2025"):
        r = _span([year_header, "Tính đến 31/12/2025"], [5, 35], label=MARKS)
        assert taken(r) == {(HT, "34", "ip_collective_marks", "2025-12-31", "actual"): 35}, year_header
        assert "Số tăng thêm trong kỳ" in _ignored(r)
    r = _span(["Năm 2025", "Tính đến 31/12/2024"], [5, 30], label=MARKS)
    assert taken(r) == {(HT, "63", "ip_collective_marks", "2024-12-31", "actual"): 30}


def test_probe_a_flows_row_under_tinh_den_and_a_real_conflict():
    """Where it must not fire: a flow's row beside "Tính đến 31/12/2025" is read as before (the year's
    count is no stock's increase); 35 and 40 marks held at 31/12/2025 stay refused."""
    got = taken(_span(["Năm 2025", "Tính đến 31/12/2025"], [21, 21], label=INITIATIVES))
    assert got == {(HT, "34", "initiatives_recognized", "2025", "actual"): 21}
    r = _span(["Năm 2025", "Tính đến 31/12/2025"], [5, 35], label=MARKS,
              more=[[2, "Nhãn hiệu tập thể được bảo hộ (lũy kế)", "nhãn hiệu", None, 40]])
    assert not r.accepted
    assert any("hai giá trị khác nhau" in p.message_vi and "40" in p.message_vi for p in r.problems)


def test_probe_a_rates_average_over_the_span_stays_the_spans():
    """Where it must not fire (the corpus's kontum_2024_chi_tieu_nghi_quyet.xlsx): "Đóng góp của TFP
    vào tăng trưởng GRDP bình quân giai đoạn 2021-2024 | Thực hiện năm 2023: - | Thực hiện năm 2024:
    31,5" is the span's average, never 2024's; nor is a count's lone figure among the years a year's."""
    r = examine(head("Hà Tĩnh", T24) + [
        ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2023", "Thực hiện năm 2024"],
        [1, "Đóng góp của TFP vào tăng trưởng GRDP bình quân giai đoạn 2021-2024", "%", "-", 31.5]])
    assert taken(r) == {(HT, "63", "tfp_contribution", "2021/2024", "actual"): 31.5}
    assert taken(_span(["Năm 2024", "Năm 2025"], ["-", 35])) == {(HT, "34", "ocop_products", "2021/2025", "actual"): 35}
