"""What the tenth blind batch of the workbook corpus revealed, one class per test (README "Whole
reports, scored as the held-out set is"): each report is built here, marked as test data, and read
by `etl.ingest.examine` as an upload is. A statistician's reading is the expectation."""
from __future__ import annotations

import pytest

from etl import ingest
from tests.fixtures.reports import MARK, examine, facts as _facts, head as _head, taken


def test_s_and_t_staff_are_not_researchers():
    """"Nhân lực khoa học và công nghệ" (S&T staff: technicians, managers, support) was stored as
    the researchers; "Trong đó: Số người trực tiếp làm nghiên cứu khoa học" is them."""
    result = examine(_head("Gia Lai", "Tổ chức và nhân lực khoa học và công nghệ có đến 31/12/2023") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Số lượng"],
        ["1", "Nhân lực khoa học và công nghệ", "Người", 1620],
        [None, "Trong đó: Số người trực tiếp làm nghiên cứu khoa học và phát triển công nghệ", "Người", 612],
    ])
    got = _facts(result)
    assert got == {("64", "63", "researchers", "2023-12-31", "actual"): 612}


def test_spending_from_every_source_is_not_the_state_budget():
    """The Ministry's form: "Tổng chi cho KH&CN trên địa bàn" (every source) was stored as the state
    budget; "Chia ra: - Chi từ ngân sách nhà nước" is it, "- Chi từ nguồn ngoài NSNN" never, and "Chi
    từ NSNN cho các nhiệm vụ KH&CN" is the funding of tasks."""
    result = examine(_head("Gia Lai", "Chi cho khoa học và công nghệ năm 2023") + [
        ["Tên chỉ tiêu", "Mã số", "Đơn vị tính", "Thực hiện"],
        ["1. Tổng chi cho KH&CN trên địa bàn", "01", "Triệu đồng", 96450],
        ["Chia ra: - Chi từ ngân sách nhà nước", "02", "Triệu đồng", 71280],
        ["            - Chi từ nguồn ngoài ngân sách nhà nước", "03", "Triệu đồng", 25170],
        ["2. Chi từ NSNN cho các nhiệm vụ KH&CN", "04", "Triệu đồng", 30540],
    ])
    got = taken(result)
    assert got == {("64", "63", "st_budget", "2023", "actual"): 71.28,
                   ("64", "63", "tasks_funding_state", "2023", "actual"): 30.54}


def test_chia_ra_opens_the_parts_as_trong_do_does():
    """"Chia ra: - Nhiệm vụ chuyển tiếp" then "- Nhiệm vụ mở mới": the second is a sibling part, not a
    part of the first (the new tasks were lost)."""
    result = examine(_head("Gia Lai", "Nhiệm vụ khoa học và công nghệ năm 2023") + [
        ["Tên chỉ tiêu", "Mã số", "Đơn vị tính", "Năm 2023"],
        ["1. Số nhiệm vụ KH&CN đang tiến hành trong năm", "01", "Nhiệm vụ", 112],
        ["Chia ra: - Nhiệm vụ chuyển tiếp", "02", "Nhiệm vụ", 71],
        ["            - Nhiệm vụ mở mới", "03", "Nhiệm vụ", 41],
    ])
    got = _facts(result)
    assert got[("64", "63", "tasks_carried_over", "2023", "actual")] == 71
    assert got[("64", "63", "tasks_new", "2023", "actual")] == 41


def test_a_bound_is_no_value_nor_an_approximation():
    """"trên 120", "> 450" state bounds (set aside alone, the file loads); "~8,5" and "khoảng 45" are
    approximations, no actual figure either since wrong42 (as in a line of text): each cell alone set aside."""
    result = examine(_head("Lai Châu", "Kết quả thực hiện Nghị quyết năm 2025") + [
        ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu năm 2025", "Kết quả năm 2025", "Đánh giá"],
        ["1", "Số sản phẩm OCOP được công nhận", "sản phẩm", "≥ 100", "trên 120", "Đạt"],
        ["2", "Sáng kiến được công nhận", "sáng kiến", "> 400", "> 450", "Đạt"],
        ["3", "Tỷ trọng kinh tế số trong GRDP", "%", "10", "~8,5", "Không đạt"],
        ["4", "Doanh nghiệp được hỗ trợ đổi mới công nghệ", "doanh nghiệp", "30", "khoảng 45", "Vượt"],
    ])
    assert result.accepted, [p.message_vi for p in result.problems]
    got = {k: v for k, v in _facts(result).items() if k[4] == "actual"}
    assert got == {}
    assert {i.cell for i in result.ignored if i.rule == "not_one_number"} >= {"E7", "E8", "E9", "E10"}


def test_an_english_results_framework_target_is_a_plan():
    """"Baseline (2020) | Target 2023 | Actual 2023": the target was read as a second actual (two
    values for one fact: an honest file refused)."""
    result = examine([["ANNUAL PROGRESS REPORT 2023"], ["Province: Lao Cai"], [MARK], [],
                       ["No.", "Indicator", "Unit", "Baseline (2020)", "Target 2023", "Actual 2023"],
                       ["1", "Number of S&T tasks under implementation", "tasks", 41, 50, 52],
                       ["2", "Number of S&T tasks accepted", "tasks", 9, 12, 14]])
    got = taken(result)
    assert got[("10", "63", "tasks_accepted", "2023", "actual")] == 14
    assert got[("10", "63", "tasks_accepted", "2023", "plan")] == 12
    assert got[("10", "63", "tasks_accepted", "2020", "actual")] == 9
    assert got[("10", "63", "tasks_managed", "2023", "actual")] == 52


def test_the_merger_year_by_former_province_and_new_total():
    """The new Gia Lai's 2025 over "Gia Lai (cũ) | Bình Định (cũ) | Tổng (tỉnh mới)" beside "Năm 2024
    (số liệu gộp)": only the total is the new province's 2025 (the former Gia Lai's column was
    stored as the new Gia Lai's, Bình Định's refused the file); the combined 2024 belongs to no
    province of 2024 (never the former Gia Lai's)."""
    result = examine(_head("Gia Lai", "Một số chỉ tiêu KH&CN năm 2025 của tỉnh Gia Lai (sau sắp xếp)") + [
        ["TT", "Chỉ tiêu", "ĐVT", "Năm 2024 (số liệu gộp)", "Năm 2025", None, None],
        [None, None, None, None, "Gia Lai (cũ)", "Bình Định (cũ)", "Tổng (tỉnh mới)"],
        ["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 176, 82, 97, 179],
        ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", 118, 47, 68, 115],
    ], merges=("A6:A7", "B6:B7", "C6:C7", "D6:D7", "E6:G6"))
    assert result.accepted, [p.message_vi for p in result.problems]
    assert _facts(result) == {("52", "34", "tasks_managed", "2025", "actual"): 179,
                              ("52", "34", "ocop_products", "2025", "actual"): 115}


def test_a_former_province_after_the_merger_unmarked_is_still_refused():
    """A report of a province that no longer exists, not saying so, stays refused (province_frame)."""
    result = examine(_head("Bình Thuận", "Kết quả thực hiện 6 tháng cuối năm 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện"],
        ["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 40],
    ])
    assert not result.accepted
    assert {p.rule for p in result.problems} == {"province_frame"}


def test_the_period_a_label_calls_giai_doan_is_the_titles_span():
    """"Tỷ trọng đóng góp của TFP … bình quân giai đoạn" under a column "Kết quả đến năm 2025" in a
    review of 2021–2025 is the five years' figure, not 2025's."""
    result = examine(_head("Lai Châu", "Sơ kết 5 năm thực hiện Nghị quyết giai đoạn 2021 - 2025") + [
        ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu đến năm 2025", "Kết quả đến năm 2025"],
        ["1", "Tỷ trọng đóng góp của TFP vào tăng trưởng GRDP bình quân giai đoạn", "%", "35 - 40", 33.8],
        ["2", "Số tổ chức khoa học và công nghệ", "tổ chức", 12, 13],
    ])
    got = {k: v for k, v in _facts(result).items() if k[4] == "actual"}
    assert got[("12", "34", "tfp_contribution", "2021/2025", "actual")] == 33.8
    assert ("12", "34", "tfp_contribution", "2025", "actual") not in got
    assert got[("12", "34", "st_organizations", "2025-12-31", "actual")] == 13


def test_a_first_row_of_small_figures_is_no_column_numbers_row():
    """"1 | Tổng số nhiệm vụ thực hiện trong năm | 34 | 3 | 7 …" below the header was taken for a row
    of column numbers (every figure under 100, a label that says "thực hiện") and vanished."""
    result = examine(_head("Đắk Nông", "Nhiệm vụ KH&CN năm 2024") + [
        ["TT", "Nội dung", "Thực hiện", "So với KH (%)"],
        ["1", "Tổng số nhiệm vụ thực hiện trong năm", 34, 97],
        ["2", "Nhiệm vụ đã nghiệm thu", 11, 92],
    ])
    got = _facts(result)
    assert got[("67", "63", "tasks_managed", "2024", "actual")] == 34
    assert got[("67", "63", "tasks_accepted", "2024", "actual")] == 11


def test_categories_as_columns_beside_their_total_and_the_titles_level():
    """Provincial tasks by field of science: "Tổng số | Chia theo lĩnh vực: KHTN | KT&CN | …" — the
    total is the row's figure; the title's "nhiệm vụ KH&CN cấp tỉnh" makes each task row the
    provincial part (never all tasks: four wrong numbers once the total was read); a level the
    registry does not have is set aside."""
    result = examine(_head("Đắk Nông", "Tình hình thực hiện nhiệm vụ KH&CN cấp tỉnh năm 2024 phân theo lĩnh vực") + [
        ["TT", "Nội dung", "Tổng số", "Chia theo lĩnh vực", None, None],
        [None, None, None, "KHTN", "KT&CN", "Nông nghiệp"],
        ["1", "Tổng số nhiệm vụ thực hiện trong năm", 34, 3, 18, 13],
        ["-", "Chuyển tiếp từ năm 2023", 20, 2, 10, 8],
        ["-", "Mở mới năm 2024", 14, 1, 8, 5],
        ["2", "Số nhiệm vụ có kết quả được bàn giao", 6, 1, 3, 2],
    ], merges=("A6:A7", "B6:B7", "C6:C7", "D6:F6"))
    assert result.accepted, [p.message_vi for p in result.problems]
    assert _facts(result) == {("67", "63", "tasks_managed_provincial", "2024", "actual"): 34,
                              ("67", "63", "tasks_carried_over_provincial", "2024", "actual"): 20,
                              ("67", "63", "tasks_new_provincial", "2024", "actual"): 14}


@pytest.mark.parametrize("title", [
    "Kết quả quản lý nhiệm vụ KH&CN cấp tỉnh và cấp cơ sở năm 2024",
    "Nhiệm vụ KH&CN cấp tỉnh, cấp cơ sở năm 2024",
    "Nhiệm vụ KH&CN cấp quốc gia và cấp tỉnh năm 2024",
    "Nhiệm vụ KH&CN các cấp năm 2024",
])
def test_a_title_naming_several_levels_narrows_no_row(title):
    """A title naming two levels of tasks ("cấp tỉnh và cấp cơ sở") is about both: its rows are the
    tasks of every level it counts, never its first level's part (the 40 provincial and grassroots
    tasks were stored as 40 provincial ones: a wrong number)."""
    got = taken(examine(_head("Sơn La", title) + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
        ["1", "Số nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 40],
        ["2", "Số nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12],
    ]))
    assert not any(k[2].endswith(("_provincial", "_national", "_grassroots")) for k in got), got


def test_the_total_row_of_a_table_by_category_under_a_caption():
    """OCOP products by product group: the caption names the indicator, "3 sao | 4 sao | Tổng" its
    parts, "Tổng cộng" the province's figures — read, they disagree with the summary (21 against
    18: one fact, two values), which the file must be refused for."""
    from openpyxl import Workbook
    import io

    wb = Workbook()
    summ = wb.active
    summ.title = "Tổng hợp"
    for row in _head("Phú Yên", "Kết quả thực hiện một số chỉ tiêu 6 tháng đầu năm 2024") + [
            ["TT", "Chỉ tiêu", "ĐVT", "6 tháng đầu năm 2024"], ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 18]]:
        summ.append(row)
    groups = wb.create_sheet("OCOP theo nhóm")
    for row in [["UBND TỈNH PHÚ YÊN"], [MARK], [], ["SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN 6 THÁNG ĐẦU NĂM 2024 THEO NHÓM"],
                ["TT", "Nhóm sản phẩm", "3 sao", "4 sao", "Tổng"], ["1", "Thực phẩm", 11, 3, 14],
                ["2", "Đồ uống", 6, 1, 7], [None, "Tổng cộng", 17, 4, 21]]:
        groups.append(row)
    out = io.BytesIO()
    wb.save(out)
    result = ingest.examine(out.getvalue(), "phuyen.xlsx")
    assert not result.accepted
    assert "duplicate" in {p.rule for p in result.problems}


def test_star_columns_confirm_a_caption_the_matcher_only_suggests():
    """"Kết quả đánh giá, phân hạng sản phẩm OCOP năm 2024 theo nhóm sản phẩm" is only suggested
    alone; over "3 sao | 4 sao | 5 sao | Tổng", its parts, the "Tổng cộng" row is the year's products
    by star (the file was refused as naming no indicator). One part alone confirms nothing."""
    rows = [["UBND TỈNH BÌNH ĐỊNH"], [MARK], [],
            ["KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP NĂM 2024 THEO NHÓM SẢN PHẨM"],
            ["TT", "Nhóm sản phẩm", "3 sao", "4 sao", "5 sao", "Tổng"],
            ["1", "Thực phẩm", 18, 6, 0, 24], ["2", "Đồ uống", 5, 2, 1, 8],
            [None, "Tổng cộng", 23, 8, 1, 32]]
    result = examine(rows, name="bd.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    assert _facts(result) == {("52", "63", "ocop_products", "2024", "actual"): 32,
                              ("52", "63", "ocop_products_3star", "2024", "actual"): 23,
                              ("52", "63", "ocop_products_4star", "2024", "actual"): 8,
                              ("52", "63", "ocop_products_5star", "2024", "actual"): 1}
    one_part = [r[:3] + r[5:] for r in rows[4:]]
    assert not examine(rows[:4] + one_part, name="bd.xlsx").accepted   # nothing read: no indicator
