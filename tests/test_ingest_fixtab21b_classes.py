"""Classes review21a found left incomplete (fixtab21b): per mille in every place a unit is stated,
ratio-to-plan headers, a table's caption naming another period, a flow's total "Tính đến" a date,
a caption typed in the "TT" column that says more than a period. A wrong number is worse than a
missing one: where the reader cannot be sure, the cells are set aside. Each report is built here,
marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

from tests.fixtures.reports import examine, head, reasons as _ignored, taken

HT = "42"   # Hà Tĩnh
T24 = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2024"
T25 = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2025"
RATE = "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến"
INITIATIVES = "Sáng kiến được công nhận"
RATE_KEY = (HT, "63", "online_dossier_rate", "2024", "actual")


# --- 1. per mille wherever the unit is stated -----------------------------------------------------------

def test_per_mille_in_any_spelling_or_place_is_never_read_as_percent():
    """85 ‰ was stored as 85 % when "‰" stood in the value column's header, in a unit line above the
    header, or was typed "%o" / "o/oo" (unit column, after the label), or the label's "(‰)" sat
    beside a "%" unit column. The cell is set aside (rule unit); the file loads."""
    top = head("Hà Tĩnh", T24)
    cases = {
        "header": top + [["TT", "Chỉ tiêu", "Năm 2024 (‰)"], [1, RATE, 85]],
        "unit line": top + [["Đơn vị tính: ‰"], ["TT", "Chỉ tiêu", "Năm 2024"], [1, RATE, 85]],
        "(%o) after label": top + [["TT", "Chỉ tiêu", "Năm 2024"], [1, f"{RATE} (%o)", 85]],
    }
    for unit in ("%o", "o/oo", "phần nghìn"):
        cases[f"unit {unit}"] = top + [["TT", "Chỉ tiêu", "ĐVT", "Năm 2024"], [1, RATE, unit, 85]]
    cases["(‰) beside %"] = top + [["TT", "Chỉ tiêu", "ĐVT", "Năm 2024"], [1, f"{RATE} (‰)", "%", 85]]
    for name, rows in cases.items():
        r = examine(rows + [[2, INITIATIVES + (" (sáng kiến)" if len(rows[-1]) == 3 else ""), *(["sáng kiến"] if len(rows[-1]) == 4 else []), 21]])
        assert r.accepted, name
        assert RATE_KEY not in taken(r), (name, taken(r))


def test_probe_a_plain_percent_rate_is_still_stored():
    """Where it must not fire: "%" in the unit column or "(%)" in the header is the rate's own unit."""
    top = head("Hà Tĩnh", T24)
    assert taken(examine(top + [["TT", "Chỉ tiêu", "ĐVT", "Năm 2024"], [1, RATE, "%", 85]]))[RATE_KEY] == 85
    assert taken(examine(top + [["TT", "Chỉ tiêu", "Năm 2024 (%)"], [1, RATE, 85]]))[RATE_KEY] == 85


# --- 2. a ratio to a base, by its grammar -------------------------------------------------------------

OCOP = "Sản phẩm OCOP được công nhận"


def _plan_and(header: str, figure: float):
    return examine(head("Hà Nam", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", header], ["1", OCOP, "sản phẩm", 60, figure]])


def test_a_ratio_to_the_plan_is_no_figure_in_any_wording():
    """"Kế hoạch năm 2024 | TH 2024 so KH (%)" stored 91,7 as the products of 2024; "So KH", "So KH
    (lần)" refused the honest file (two values for 2024). Read by the grammar [who] [năm] [year] so
    [với] base [năm] [year] [unit] (etl/headers.py _RATIO_TO_A_BASE), the column is a ratio."""
    for header in ("TH 2024 so KH (%)", "So KH", "So KH (lần)", "TH so KH năm 2024 (%)", "Ước TH so với KH (%)"):
        r = _plan_and(header, 91.7)
        assert r.accepted, header
        assert taken(r) == {("35", "63", "ocop_products", "2024", "plan"): 60}, (header, taken(r))
    r = examine(head("Hà Nam", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
        ["TT", "Chỉ tiêu", "ĐVT", "Năm 2023", "Năm 2024", "So năm 2023 (%)"], ["1", OCOP, "sản phẩm", 50, 55, 110]])
    assert taken(r) == {("35", "63", "ocop_products", "2023", "actual"): 50,
                        ("35", "63", "ocop_products", "2024", "actual"): 55}


def test_probe_a_plan_or_a_count_header_stays_a_figure():
    """Where it must not fire: "Thực hiện năm 2024" beside the plan is the actual; "Số KH&CN" no ratio."""
    from etl.headers import header_role

    assert taken(_plan_and("Thực hiện năm 2024", 55))[("35", "63", "ocop_products", "2024", "actual")] == 55
    assert header_role("Kế hoạch năm 2024").role != "ratio"
    assert header_role("Số năm").role != "ratio"


# --- 3. a later table's caption naming another year over columns of no year --------------------------

def _annex(caption: str, header: list, figures: list):
    """A Phụ lục on 2024: a first table, then a second under its own caption."""
    table = ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện", "Ghi chú"]
    return examine([*head("Bắc Giang", "PHỤ LỤC KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"),
                    ["Bảng 1. Kết quả thực hiện nhiệm vụ KH&CN"], table,
                    ["1", INITIATIVES, "sáng kiến", 310, None], [], [caption],
                    ["TT", "Chỉ tiêu", "ĐVT", *header], ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", *figures]])


def test_a_caption_of_another_year_over_parts_of_a_year_sets_its_rows_aside():
    """"Bảng 2. Kết quả thực hiện năm 2023" over "6 tháng đầu năm | Cả năm" stored 12 and 27 as 2024-S1
    and 2024; "Bảng 2. Số liệu cùng kỳ năm trước" over "Thực hiện" stored 27 as 2024's. Which year
    the columns are cannot be read with the report's: set aside (etl/walk.py
    _caption_of_another_year_over_parts); the first table stays."""
    for caption, header, figures in (("Bảng 2. Kết quả thực hiện năm 2023", ["6 tháng đầu năm", "Cả năm"], [12, 27]),
                                     ("Bảng 2. Số liệu cùng kỳ năm trước", ["Thực hiện", "Ghi chú"], [27, None])):
        r = _annex(caption, header, figures)
        assert r.accepted, caption
        assert taken(r) == {("24", "63", "initiatives_recognized", "2024", "actual"): 310}, (caption, taken(r))
        assert caption[:40] in _ignored(r), _ignored(r)


def test_probe_a_caption_of_the_report_year_over_its_parts_keeps_them():
    """Where it must not fire: "Bảng 2. Kết quả năm 2024" over "6 tháng đầu năm | Cả năm" is the
    report's own year."""
    got = taken(_annex("Bảng 2. Kết quả năm 2024", ["6 tháng đầu năm", "Cả năm"], [12, 27]))
    assert got[("24", "63", "tasks_accepted", "2024-S1", "actual")] == 12
    assert got[("24", "63", "tasks_accepted", "2024", "actual")] == 27


# --- 4. "Tính đến" a date heads a total to that date ------------------------------------------------------

MARKS = "Nhãn hiệu tập thể được bảo hộ"


def _to_date(label: str, unit: str, header: list, figures: list):
    return examine(head("Hà Tĩnh", T25) + [["TT", "Chỉ tiêu", "Đơn vị tính", *header], [1, label, unit, *figures]])


def test_a_flow_total_to_a_date_is_never_the_period_flow():
    """"Sáng kiến được công nhận | Tính đến 31/12/2025 | 80" was stored as 2025's initiatives (a total
    to date; README: never a period's flow); beside "Năm 2025" (21) the honest file was refused."""
    assert taken(_to_date(INITIATIVES, "sáng kiến", ["Tính đến 31/12/2025"], [80])) == {}
    r = _to_date(INITIATIVES, "sáng kiến", ["Năm 2025", "Tính đến 31/12/2025"], [21, 80])
    assert r.accepted and taken(r) == {(HT, "34", "initiatives_recognized", "2025", "actual"): 21}


def test_a_stock_to_a_day_is_dated_by_that_day():
    """"Năm 2025 | Năm 2025 (tính đến 30/11/2025)" (5, 35): 35 was stored as the marks held at
    31/12/2025 — the header's day lost. Now at 30/11/2025."""
    got = taken(_to_date(MARKS, "nhãn hiệu", ["Năm 2025", "Năm 2025 (tính đến 30/11/2025)"], [5, 35]))
    assert got == {(HT, "34", "ip_collective_marks", "2025-11-30", "actual"): 35}


def test_probe_a_flow_reached_by_a_year_keeps_its_reading():
    """Where it must not fire: a five-year review's "Tính đến năm 2025" on a flow is what the span
    reached (set aside, by_year_words), never the valid products at 31/12/2025."""
    got = taken(_to_date("Sản phẩm OCOP được công nhận", "sản phẩm", ["Năm 2024", "Tính đến năm 2025"], [40, 200]))
    assert got == {(HT, "63", "ocop_products", "2024", "actual"): 40}, got


# --- 5. a caption in the "TT" column saying more than a period -----------------------------------------

ENTERPRISES = "Doanh nghiệp được hỗ trợ hoạt động KH&CN"


def _tt_caption(caption: str):
    """Hà Tĩnh's report on 2024: a first block of its own, then a caption typed in the "TT" column."""
    return examine(head("Hà Tĩnh", T24) + [
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện"], [1, "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 27],
        [caption, None, None, None], [1, INITIATIVES, "sáng kiến", 21], [2, ENTERPRISES, "doanh nghiệp", 6]])


def test_a_number_column_caption_of_a_total_to_date_or_another_province_sets_its_rows_aside():
    """"Lũy kế đến 31/12/2024:" stored 21 initiatives (a total to date) as 2024's; "Số liệu tỉnh Nghệ
    An:" stored Nghệ An's rows as Hà Tĩnh's. The rows below are set aside (etl/walk.py _caption_row)."""
    own = {(HT, "63", "tasks_accepted", "2024", "actual"): 27}
    for caption in ("Lũy kế đến 31/12/2024:", "Số liệu tỉnh Nghệ An:"):
        r = _tt_caption(caption)
        assert r.accepted, caption
        assert taken(r) == own, (caption, taken(r))
        assert caption in _ignored(r)


def test_probe_a_number_column_caption_of_the_own_period_or_province_reads_on():
    """Where it must not fire: "Số liệu tỉnh Hà Tĩnh:", "Lũy kế năm 2024:" (within the year) and
    "Số liệu năm 2024:" caption the report's own rows."""
    for caption in ("Số liệu tỉnh Hà Tĩnh:", "Lũy kế năm 2024:", "Số liệu năm 2024:"):
        got = taken(_tt_caption(caption))
        assert got[(HT, "63", "initiatives_recognized", "2024", "actual")] == 21, caption
        assert got[(HT, "63", "enterprises_supported", "2024", "actual")] == 6, caption
