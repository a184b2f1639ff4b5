"""What the twenty-second blind batch of the workbook corpus revealed (the ordinary reports of the Red
River delta, the North-East and the northern midlands, 2021–2026), one class per test (README "Whole
reports, scored as the held-out set is"): each report is built here, marked as test data, and read by
`etl.ingest.examine` as an upload is. A statistician's reading is the expectation."""
from __future__ import annotations

from tests.fixtures.reports import MARK, examine, facts, head, taken


def _pivot(rows: list[list], filters: list[list]) -> list[list]:
    """A pivot table pasted as values under its report filters (a field and its value a row)."""
    return filters + [[MARK], [], ["Tổng của Giá trị", "Nhãn cột"]] + rows


def test_a_pivots_report_filter_is_no_header_and_states_the_year():
    """Hòa Bình's nine months of 2022, a pivot pasted as values under its report filters "Đơn vị | Sở
    KH&CN tỉnh Hòa Bình" and "Năm | 2022": the first filter was read as a table's header (a unit
    column and a province's column) and the year, a number, as no period — the honest file was
    refused (no period). The filters name the province and the year; the quarters are that year's."""
    got = taken(examine(_pivot([
        ["Nhãn hàng", "Quý I", "Quý II", "Quý III"],
        ["Sản phẩm OCOP được công nhận", 4, 9, 12],
        ["Số sáng kiến được công nhận", 18, 27, 22],
    ], [["Đơn vị", "Sở KH&CN tỉnh Hòa Bình"], ["Năm", 2022]]), name="tong_hop_pivot.xlsx"))
    assert got == {("17", "63", "ocop_products", "2022-Q1", "actual"): 4,
                   ("17", "63", "ocop_products", "2022-Q2", "actual"): 9,
                   ("17", "63", "ocop_products", "2022-Q3", "actual"): 12,
                   ("17", "63", "initiatives_recognized", "2022-Q1", "actual"): 18,
                   ("17", "63", "initiatives_recognized", "2022-Q2", "actual"): 27,
                   ("17", "63", "initiatives_recognized", "2022-Q3", "actual"): 22}


def test_a_period_field_above_a_classic_table_states_its_period():
    """"Năm báo cáo: | 2024" (a field and its value, two cells of one row; the year typed as a number)
    above a table whose title names no period states the report's period, as a title line would (a
    number was no text to read: no period, the file refused)."""
    got = taken(examine([["UBND TỈNH NAM ĐỊNH"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK],
                         ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ"],
                         ["Năm báo cáo:", 2024], [],
                         ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện"],
                         ["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 9],
                         ["2", "Sản phẩm OCOP được công nhận", "Sản phẩm", 18]], name="bao_cao.xlsx"))
    assert got == {("36", "63", "tasks_accepted", "2024", "actual"): 9,
                   ("36", "63", "ocop_products", "2024", "actual"): 18}


def test_a_grand_total_over_quarters_is_their_span_for_counts_only():
    """"Quý I | Quý II | Quý III | Tổng cuối" under "Năm | 2022": the grand total of a count is the
    nine months (it was set aside as a total over provinces; a person reads January to September
    there). Never for a rate (a pivot's sum of three shares, 255, is no share: it would have refused
    the file as out of range) nor a stock, and only where the cell is the sum of the row's quarters."""
    result = examine(_pivot([
        ["Nhãn hàng", "Quý I", "Quý II", "Quý III", "Tổng cuối"],
        ["Số nhiệm vụ KH&CN được nghiệm thu", 2, 5, 4, 11],
        ["Số doanh nghiệp được hỗ trợ hoạt động KH&CN", 2, 3, 5, 12],
        ["Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", 80, 85, 90, 255],
        ["Tổng cuối", 84, 93, 99, 278],
    ], [["Đơn vị", "Sở KH&CN tỉnh Hòa Bình"], ["Năm", 2022]]), name="pivot_9t.xlsx")
    got = taken(result)
    n = "2022-01/2022-09"
    assert got[("17", "63", "tasks_accepted", n, "actual")] == 11
    assert ("17", "63", "enterprises_supported", n, "actual") not in got      # 12 is not 2 + 3 + 5
    assert ("17", "63", "online_dossier_rate", n, "actual") not in got
    assert got[("17", "63", "online_dossier_rate", "2022-Q3", "actual")] == 90
    assert got[("17", "63", "enterprises_supported", "2022-Q2", "actual")] == 3
    assert len(got) == 10
    reasons = " ".join(i.reason_vi for i in result.ignored)
    assert "cộng các kỳ bên trái" in reasons


def test_a_total_over_the_four_quarters_under_a_years_title_is_the_year():
    """A classic form "Quý I … Quý IV | Tổng cộng" under "… NĂM 2023": the total of a count over the
    four quarters is the year's figure; a stock's total over quarters is none."""
    got = taken(examine(head("Lạng Sơn", "KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2023") + [
        ["TT", "Chỉ tiêu", "ĐVT", "Quý I", "Quý II", "Quý III", "Quý IV", "Tổng cộng"],
        ["1", "Sản phẩm OCOP được công nhận", "Sản phẩm", 3, 6, 8, 11, 28],
        ["2", "Sản phẩm OCOP còn hiệu lực công nhận", "Sản phẩm", 120, 124, 130, 139, 513],
    ], name="langson_2023.xlsx"))
    assert got[("20", "63", "ocop_products", "2023", "actual")] == 28
    assert got[("20", "63", "ocop_products", "2023-Q4", "actual")] == 11
    assert not any(k[2] == "ocop_products_total" and v == 513 for k, v in got.items())
