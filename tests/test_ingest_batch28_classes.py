"""What the twenty-eighth blind batch of the workbook corpus revealed (one file per layout of README
"Uploading reports", North-West to the South-East, 2020–2026, before and after the merger), one class
per test: each report is built here, marked as test data, and read by `etl.ingest.examine` as an
upload is. A statistician's reading is the expectation; beside each rule, probes where it must not
fire."""
from __future__ import annotations

from tests.fixtures.reports import MARK, examine, facts, taken


def _blocks(blocks: list[list]) -> list[list]:
    """A compilation of a competition cluster's provinces for 2022, each province a block of rows
    under its name (README: "a compilation with each province a block of rows under its name")."""
    return [["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH THÁI BÌNH"], [MARK],
            ["TỔNG HỢP SỐ LIỆU KH&CN CÁC TỈNH TRONG CỤM NĂM 2022"], [],
            ["STT", "Tỉnh / Chỉ tiêu", "ĐVT", "Năm 2022", "Ghi chú"], *blocks]


_THAIBINH = [["I", "TỈNH THÁI BÌNH"], [1, "Nhiệm vụ KH&CN được quản lý", "Nhiệm vụ", 48],
             [2, "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 15]]
_NAMDINH = [["II", "TỈNH NAM ĐỊNH"], [1, "Nhiệm vụ KH&CN được quản lý", "Nhiệm vụ", 44],
            [2, "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 14]]
_PROVINCES = {("34", "63", "tasks_managed", "2022", "actual"): 48,
              ("34", "63", "tasks_accepted", "2022", "actual"): 15,
              ("36", "63", "tasks_managed", "2022", "actual"): 44,
              ("36", "63", "tasks_accepted", "2022", "actual"): 14}


def _cluster(heading: str) -> list[list]:
    # the cluster's block names an indicator no province's block names: stored as the last
    # province's, it would be a wrong number no clash catches
    return [["III", heading], [1, "Nhiệm vụ KH&CN được quản lý", "Nhiệm vụ", 92],
            [2, "Sản phẩm OCOP được công nhận", "Sản phẩm", 66]]


def test_a_clusters_block_after_its_provinces_is_no_provinces():
    """"TOÀN CỤM (4 TỈNH)" under the provinces' blocks (a competition cluster's total, as its host
    department types it) was taken for a title row: its rows were read as the last province's, and
    the honest file was refused as two values for one fact. The cluster's rows are no province's;
    the provinces' figures are read, the cluster's OCOP products stored for nobody."""
    for heading in ("TOÀN CỤM (2 TỈNH)", "Cả cụm", "Cụm thi đua số 4 (tổng)", "KHỐI THI ĐUA CÁC TỈNH"):
        got = taken(examine(_blocks(_THAIBINH + _NAMDINH + _cluster(heading)), name="cum_2022.xlsx"))
        assert got == _PROVINCES, heading


def test_a_province_block_after_a_clusters_block_is_that_provinces():
    """Probe (must not fire past the next province): the cluster's block first, then the provinces'
    — each province's rows are its own, the cluster's stored for nobody."""
    got = taken(examine(_blocks(_cluster("TOÀN CỤM (2 TỈNH)") + _THAIBINH + _NAMDINH), name="cum_2022.xlsx"))
    assert got == _PROVINCES


def test_a_cluster_of_industry_inside_a_block_is_no_cluster_of_provinces():
    """Probe (must not fire on "Cụm" alone): "Cụm công nghiệp, làng nghề" heading rows inside Nam
    Định's block names no group of provinces — the rows under it stay Nam Định's (not dropped as
    a total), and the figure on a cluster-of-industry label is no indicator's."""
    rows = _THAIBINH + _NAMDINH[:2] + [["", "Cụm công nghiệp, làng nghề"],
                                        [2, "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 14],
                                        [3, "Số cụm công nghiệp được hỗ trợ đổi mới công nghệ", "Cụm", 3]]
    got = taken(examine(_blocks(rows), name="cum_2022.xlsx"))
    assert got == _PROVINCES


def test_a_clusters_row_among_provinces_is_a_total_and_vung_tau_a_province():
    """Provinces as rows under one indicator's column: a "Toàn cụm" row with its figure is a total
    (not an unknown province refusing the file); probe: "Bà Rịa - Vũng Tàu" beside it stays a
    province (its figure stored as its own, the total stored for nobody)."""
    rows = [["BỘ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], ["SỐ NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU NĂM 2024"], [],
            ["STT", "Tỉnh", "Nhiệm vụ KH&CN được nghiệm thu"],
            [1, "Đồng Nai", 25], [2, "Bà Rịa - Vũng Tàu", 16], ["", "Toàn cụm", 41]]
    got = taken(examine(rows, name="cum_dnb_2024.xlsx"))
    assert got == {("75", "63", "tasks_accepted", "2024", "actual"): 25,
                   ("77", "63", "tasks_accepted", "2024", "actual"): 16}


def test_a_provinces_own_headings_of_totals_or_sectors_keep_its_rows():
    """Probe (the block above the provinces must not start on "Tổng" or "Khu vực"): in one
    province's report, "TỔNG HỢP KẾT QUẢ NĂM 2022" and "Khu vực doanh nghiệp" head the province's
    own rows — stored as its figures, none dropped as a region's."""
    rows = [["UBND TỈNH NAM ĐỊNH"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], ["BÁO CÁO KẾT QUẢ KH&CN NĂM 2022"], [],
            ["STT", "Chỉ tiêu", "ĐVT", "Năm 2022"],
            ["I", "TỔNG HỢP KẾT QUẢ NĂM 2022"], [1, "Nhiệm vụ KH&CN được quản lý", "Nhiệm vụ", 44],
            ["II", "Khu vực doanh nghiệp"], [2, "Doanh nghiệp được hỗ trợ hoạt động KH&CN", "Doanh nghiệp", 12]]
    got = taken(examine(rows, name="namdinh_2022.xlsx"))
    assert got == {("36", "63", "tasks_managed", "2022", "actual"): 44,
                   ("36", "63", "enterprises_supported", "2022", "actual"): 12}


def test_a_provinces_report_under_a_regions_heading_stores_nothing_of_the_region():
    """A province's report whose first block is the region's ("TOÀN VÙNG ĐỒNG BẰNG SÔNG HỒNG") and
    then its own under its name: the region's figures are stored for nobody — not the title's
    province's."""
    rows = [["UBND TỈNH NAM ĐỊNH"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], ["SỐ LIỆU KH&CN NĂM 2022"], [],
            ["STT", "Chỉ tiêu", "ĐVT", "Năm 2022"],
            ["I", "TOÀN VÙNG ĐỒNG BẰNG SÔNG HỒNG"], [1, "Nhiệm vụ KH&CN được quản lý", "Nhiệm vụ", 620],
            [2, "Sản phẩm OCOP được công nhận", "Sản phẩm", 410],
            ["II", "TỈNH NAM ĐỊNH"], [1, "Nhiệm vụ KH&CN được quản lý", "Nhiệm vụ", 44]]
    got = facts(examine(rows, name="namdinh_2022.xlsx"))
    assert got == {("36", "63", "tasks_managed", "2022", "actual"): 44}
