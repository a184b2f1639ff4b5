"""The classes blind batch 43 missed (the Central Highlands and the South-Central Coast as older, messier
files), each with probes where the rule must NOT fire: a conference host's column "Khánh Hòa (đăng cai)",
a table of levels under a caption naming its indicator "… phân theo cấp quản lý" with "Tổng cộng" at the
bottom, a label wrapped onto the row below. Test data, built with tests/fixtures/reports.py."""
from __future__ import annotations

from tests.fixtures.reports import MARK, examine, facts, head, taken

S1_2026 = "KẾT QUẢ MỘT SỐ CHỈ TIÊU KH&CN 6 THÁNG ĐẦU NĂM 2026"


def _conference(host: str) -> list[list]:
    return [["HỘI NGHỊ GIAO BAN KH&CN VÙNG DUYÊN HẢI NAM TRUNG BỘ VÀ TÂY NGUYÊN"], ["Tài liệu hội nghị"], [MARK], [],
            [S1_2026], [],
            ["STT", "Chỉ tiêu", "ĐVT", "Quảng Ngãi", "Gia Lai", host, "Lâm Đồng", "Tổng cộng"],
            ["1", "Nhiệm vụ KH&CN đang quản lý", "Nhiệm vụ", 61, 74, 88, 102, 325]]


def _managed(result) -> dict:
    return {k[0]: v for k, v in facts(result).items() if k[2] == "tasks_managed"}


# --- a conference host's column: "Khánh Hòa (đăng cai)" ------------------------------------------
def test_host_column_with_its_role_note_is_the_province():
    got = taken(examine(_conference("Khánh Hòa (đăng cai)")))
    assert got[("56", "34", "tasks_managed", "2026-S1", "actual")] == 88
    assert got[("51", "34", "tasks_managed", "2026-S1", "actual")] == 61


def test_probe_a_note_on_the_figure_is_no_role_note():
    # "(ước)" says the figure is an estimate: the column is not Khánh Hòa's actual
    assert "56" not in _managed(examine(_conference("Khánh Hòa (ước)")))


def test_probe_a_district_host_is_no_province():
    # Cam Ranh (a city inside Khánh Hòa) hosting: its figure is not the province's
    assert "56" not in _managed(examine(_conference("Cam Ranh (đăng cai)")))


def test_probe_a_former_province_host_after_the_merger_is_not_the_heir():
    # Ninh Thuận no longer exists in 2026: never stored as the new Khánh Hòa's
    got = _managed(examine(_conference("Ninh Thuận (đăng cai)")))
    assert "56" not in got and "58" not in got


# --- a table of levels under its caption, "Tổng cộng" at the bottom ---------------------------------
LEVELS_HEADER = ["STT", "Cấp quản lý", "ĐVT", "Số nhiệm vụ", "Ghi chú"]


def _levels(caption: str, header: list = LEVELS_HEADER) -> list[list]:
    return head("Khánh Hòa", "Kết quả hoạt động KH&CN năm 2025") + [
        ["Bảng 1. Một số chỉ tiêu chủ yếu năm 2025"], ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Ghi chú"],
        ["1", "Số sản phẩm OCOP được công nhận", "Sản phẩm", 74], [],
        [caption], header,
        ["1", "Cấp quốc gia", "Nhiệm vụ", 6], ["2", "Cấp tỉnh", "Nhiệm vụ", 58], ["3", "Cấp cơ sở", "Nhiệm vụ", 21],
        [None, "Tổng cộng", "Nhiệm vụ", 85]]


def _tasks(result) -> dict:
    return {(k[2], k[3]): v for k, v in facts(result).items() if k[2].startswith("tasks_")}


def test_levels_under_a_caption_naming_the_indicator():
    got = taken(examine(_levels("Bảng 2. Số nhiệm vụ KH&CN được quản lý năm 2025 phân theo cấp quản lý")))
    assert got[("56", "34", "tasks_managed", "2025", "actual")] == 85
    assert got[("56", "34", "tasks_managed_national", "2025", "actual")] == 6
    assert got[("56", "34", "tasks_managed_provincial", "2025", "actual")] == 58
    assert got[("56", "34", "tasks_managed_grassroots", "2025", "actual")] == 21
    assert got[("56", "34", "ocop_products", "2025", "actual")] == 74


def test_probe_a_caption_of_another_year_names_nothing():
    assert _tasks(examine(_levels("Bảng 2. Số nhiệm vụ KH&CN được quản lý năm 2024 phân theo cấp quản lý"))) == {}


def test_probe_a_caption_of_a_former_province_or_another_province_names_nothing():
    for caption in ("Bảng 2. Số nhiệm vụ KH&CN được quản lý năm 2025 trên địa bàn Ninh Thuận (cũ) phân theo cấp quản lý",
                    "Bảng 2. Số nhiệm vụ KH&CN được quản lý năm 2025 của tỉnh Lâm Đồng phân theo cấp quản lý"):
        assert _tasks(examine(_levels(caption))) == {}, caption


def test_probe_a_caption_of_money_proposals_or_a_plan_names_no_count():
    for caption in ("Bảng 2. Kinh phí thực hiện nhiệm vụ KH&CN năm 2025 phân theo cấp quản lý",
                    "Bảng 2. Số nhiệm vụ KH&CN đề xuất đặt hàng năm 2025 phân theo cấp quản lý",
                    "Bảng 2. Số nhiệm vụ KH&CN được quản lý kế hoạch năm 2025 phân theo cấp quản lý",
                    "Bảng 2. Số nhiệm vụ KH&CN được quản lý 6 tháng đầu năm 2025 phân theo cấp quản lý"):
        result = examine(_levels(caption))
        assert _tasks(result) == {}, caption
        assert not any(k[2] == "st_budget" or k[2] == "tasks_funding_state" for k in facts(result)), caption


# --- a label wrapped onto the row below ----------------------------------------------------------
def _wrapped(first: list, second: list) -> list[list]:
    return head("Bình Thuận", "Báo cáo kết quả hoạt động KH&CN năm 2024") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"], ["1", "Sản phẩm OCOP được công nhận", "Sản phẩm", 14], first, second]


def test_a_label_wrapped_onto_the_next_row_is_read_whole():
    got = taken(examine(_wrapped(["2", "Số nhiệm vụ KH&CN được tổ chức đánh giá,", "Nhiệm vụ", 9],
                                 [None, "nghiệm thu"])))
    assert got[("60", "63", "tasks_accepted", "2024", "actual")] == 9


def test_probe_a_rest_naming_a_district_another_province_or_year_is_not_the_province_year():
    for rest in ("nghiệm thu của huyện Hàm Thuận Bắc", "nghiệm thu trên địa bàn tỉnh Ninh Thuận",
                 "nghiệm thu năm 2023", "nghiệm thu (kế hoạch)"):
        got = facts(examine(_wrapped(["2", "Số nhiệm vụ KH&CN được tổ chức đánh giá,", "Nhiệm vụ", 9], [None, rest])))
        assert not any(k[2] == "tasks_accepted" for k in got), rest


def test_probe_a_heading_with_a_colon_and_a_part_under_it_are_not_joined():
    got = facts(examine(_wrapped(["2", "Tổng số nhiệm vụ KH&CN:", "Nhiệm vụ", 30], [None, "cấp quốc gia"])))
    assert ("60", "63", "tasks_managed_national", "2024", "actual") not in got


def test_probe_a_next_row_with_its_own_figure_or_another_indicator_is_not_joined():
    got = facts(examine(_wrapped(["2", "Số nhiệm vụ KH&CN được tổ chức đánh giá,", "Nhiệm vụ", 9],
                                 [None, "nghiệm thu", None, 4])))
    assert not any(k[2] == "tasks_accepted" and v == 9 for k, v in got.items())
    got = facts(examine(_wrapped(["2", "Số nhiệm vụ KH&CN được tổ chức đánh giá và", "Nhiệm vụ", 9],
                                 [None, "đề xuất đặt hàng"])))
    assert not any(k[2].startswith("tasks_") for k in got)
