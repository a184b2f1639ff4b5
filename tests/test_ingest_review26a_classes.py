"""The wrong-number classes review26a found in this session's new table rules (blind42, blind43, wrong25), each
with probes where the fix must NOT fire: a level table's one unnamed column that is no count of its caption's
subject, a caption of an estimate, an unnumbered "Riêng tỉnh X (cũ):" share lead read as a section, a sheet name
naming a quarter and the year, a task carried into a year after one of the row's columns, a "Lũy kế cùng kỳ"
naming no year. Test data, built with tests/fixtures/reports.py."""
from __future__ import annotations

from tests.fixtures.reports import LABEL_UNIT_HEADER as H, examine, examine_book, facts, head, taken

KH = "56"   # Khánh Hòa
CAPTION = "Bảng 2. Số nhiệm vụ KH&CN được quản lý năm 2025 phân theo cấp quản lý"


def _levels(caption: str = CAPTION, column: str = "Số nhiệm vụ") -> list[list]:
    return head("Khánh Hòa", "Kết quả hoạt động KH&CN năm 2025") + [
        [caption], ["STT", "Cấp quản lý", "ĐVT", column, "Ghi chú"],
        ["1", "Cấp quốc gia", "Nhiệm vụ", 6], ["2", "Cấp tỉnh", "Nhiệm vụ", 58], [None, "Tổng cộng", "Nhiệm vụ", 64]]


def _tasks(result) -> dict:
    return {(k[2], k[3], k[4]): v for k, v in facts(result).items() if k[2].startswith("tasks_")}


# --- 1. a level table's one unnamed column: a share, times, one kind, an estimate ----------------------
def test_a_share_times_one_kind_or_estimate_column_is_no_count_of_the_caption():
    # "Tỷ lệ (%)" beside the levels: its "Tổng cộng" 100 was stored as the tasks managed
    for column in ("Tỷ lệ (%)", "Cơ cấu (%)", "Số lượt", "Số đề tài", "Số nhiệm vụ (ước)"):
        assert _tasks(examine(_levels(column=column))) == {}, column


def test_probe_a_count_column_still_takes_the_caption():
    for column in ("Số nhiệm vụ", "Số lượng", "Số lượng (nhiệm vụ)", "Nhiệm vụ"):
        got = taken(examine(_levels(column=column)))
        assert got[(KH, "34", "tasks_managed", "2025", "actual")] == 64, column
        assert got[(KH, "34", "tasks_managed_provincial", "2025", "actual")] == 58, column


def test_probe_a_unit_note_after_the_breakdown_keeps_the_caption():
    got = taken(examine(_levels(CAPTION + " (ĐVT: nhiệm vụ)")))
    assert got[(KH, "34", "tasks_managed", "2025", "actual")] == 64


# --- 2. a caption of an estimate, or a note after the breakdown naming another count ----------------------
def test_a_caption_of_an_estimate_or_a_narrowing_note_names_nothing():
    for caption in ("Bảng 2. Số nhiệm vụ KH&CN ước thực hiện năm 2025 phân theo cấp quản lý",
                    "Bảng 2. Số nhiệm vụ KH&CN được quản lý năm 2025 (ước thực hiện) phân theo cấp quản lý",
                    CAPTION + " (chỉ tính nhiệm vụ mới)"):
        assert _tasks(examine(_levels(caption))) == {}, caption


def test_probe_the_reported_caption_and_a_caption_with_a_word_like_estimate_inside_are_read():
    # "được" holds "ước" inside a word: no estimate
    got = taken(examine(_levels("Bảng 2. Số nhiệm vụ KH&CN được quản lý năm 2025 phân theo cấp quản lý")))
    assert got[(KH, "34", "tasks_managed_national", "2025", "actual")] == 6
    got = taken(examine(_levels("Số nhiệm vụ KH&CN được quản lý năm 2025 chia theo cấp")))
    assert got[(KH, "34", "tasks_managed", "2025", "actual")] == 64


# --- 3. an unnumbered "Riêng tỉnh X (cũ):" leads a share: a numbered item after it is no longer sure ------
def _share_lead(number: str, lead: str, title: str = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 6 THÁNG ĐẦU NĂM 2025",
                period: str = "6 tháng đầu năm 2025") -> list[list]:
    return head("Cà Mau", title) + [H + [period],
                                    ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 30],
                                    [number, lead, None, None],
                                    ["", "- Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12],
                                    ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", 40]]


def test_a_numbered_item_after_an_unnumbered_share_lead_is_not_the_former_provinces():
    # item 2 after the share reads as the whole province's again: 40 was stored as the former Bạc Liêu's
    for lead in ("Riêng tỉnh Bạc Liêu (cũ):", "Trong đó: tỉnh Bạc Liêu (cũ)"):
        got = taken(examine(_share_lead("", lead)))
        assert got == {("95", "63", "tasks_accepted", "2025-S1", "actual"): 12}, lead
        got = taken(examine(_share_lead("", lead, "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN QUÝ III NĂM 2025", "Quý III/2025")))
        assert not any(v == 40 for v in got.values()), lead


def test_probe_a_numbered_section_of_a_former_province_holds_its_numbered_items():
    for number, lead in (("II", "Trong đó: tỉnh Bạc Liêu (cũ)"), ("", "B. Riêng tỉnh Bạc Liêu (cũ)")):
        got = taken(examine(_share_lead(number, lead)))
        assert got[("95", "63", "ocop_products", "2025-S1", "actual")] == 40, (number, lead)
        assert got[("95", "63", "tasks_accepted", "2025-S1", "actual")] == 12, (number, lead)


def test_probe_the_dash_rows_under_an_unnumbered_share_lead_are_the_former_provinces():
    got = taken(examine(_share_lead("", "Riêng tỉnh Bạc Liêu (cũ):")[:-1]))
    assert got == {("95", "63", "tasks_accepted", "2025-S1", "actual"): 12}


# --- 4. a sheet name naming a quarter and the year ---------------------------------------------------------
Y24 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"
HT = "42"


def _sheet(name: str):
    return examine(head("Hà Tĩnh", Y24) + [H + ["Số lượng"], ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 20]],
                   title=name)


def test_a_sheet_named_for_a_quarter_and_the_year_is_the_titles_year():
    for name in ("BC Quy IV va ca nam", "Quý IV và cả năm", "6 tháng, cả năm"):
        got = taken(_sheet(name))
        assert got == {(HT, "63", "tasks_accepted", "2024", "actual"): 20}, name


def test_probe_a_sheet_named_for_one_quarter_or_half_is_that_part():
    assert taken(_sheet("Quý IV")) == {(HT, "63", "tasks_accepted", "2024-Q4", "actual"): 20}
    got = taken(examine_book({"Quý II": head("Hà Tĩnh", Y24) + [H + ["Số lượng"],
                                                                ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 7]]}))
    assert got == {(HT, "63", "tasks_accepted", "2024-Q2", "actual"): 7}


# --- 5. tasks carried into a year after one of the row's columns ---------------------------------------------
def _carried(title: str, columns: list, label: str, values: list):
    return examine(head("Hà Tĩnh", title) + [H + columns, ["1", label, "nhiệm vụ", *values]])


def test_tasks_carried_into_a_year_after_one_column_are_not_that_columns_carried_over():
    got = facts(_carried("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN QUÝ I NĂM 2025", ["Quý I/2025", "Năm 2024"],
                         "Nhiệm vụ chuyển tiếp sang năm 2025", [18, 18]))
    assert (HT, "63", "tasks_carried_over", "2024", "actual") not in got


def test_probe_tasks_carried_into_the_columns_own_year_are_its_carried_over():
    got = taken(_carried("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN QUÝ I NĂM 2025", ["Quý I/2025"],
                         "Nhiệm vụ chuyển tiếp sang năm 2025", [18]))
    assert got[(HT, "63", "tasks_carried_over", "2025-Q1", "actual")] == 18
    got = taken(_carried(Y24, ["Năm 2024"], "Nhiệm vụ năm 2023 chuyển sang năm 2024", [11]))
    assert got[(HT, "63", "tasks_carried_over", "2024", "actual")] == 11


# --- 6. "Lũy kế cùng kỳ" naming no year -------------------------------------------------------------------
def _same_span(header: str):
    return examine(head("Sóc Trăng", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN QUÝ II NĂM 2024") + [
        H + ["Quý II", "Lũy kế từ đầu năm", header], ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 5, 12, 9]])


def test_a_to_date_same_span_naming_no_year_is_unread_not_this_years():
    # read as 2024's January–June, its 9 was a second value beside 12 and the honest file refused
    got = taken(_same_span("Lũy kế cùng kỳ"))
    assert got == {("94", "63", "ocop_products", "2024-Q2", "actual"): 5,
                   ("94", "63", "ocop_products", "2024-S1", "actual"): 12}


def test_probe_a_to_date_same_span_naming_its_year_is_that_years_span():
    for header in ("Lũy kế cùng kỳ năm 2023", "Lũy kế cùng kỳ năm trước"):
        got = taken(_same_span(header))
        assert got[("94", "63", "ocop_products", "2023-S1", "actual")] == 9, header


# --- 7. the NTMN programme's projects at one stage are not the projects run ---------------------------------
def _ntmn(label: str):
    return examine(head("Đồng Tháp", Y24) + [H + ["Năm 2024"], ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 40],
                                             ["2", label, "dự án", 3]])


def test_ntmn_projects_at_one_stage_or_next_years_are_not_the_projects_run():
    for label in ("Nhiệm vụ thuộc Chương trình NTMN chuyển tiếp", "Dự án thuộc Chương trình nông thôn miền núi đã hoàn thành",
                  "Nhiệm vụ thuộc Chương trình NTMN được phê duyệt mới",
                  "Dự án thuộc Chương trình NTMN đăng ký thực hiện năm 2025"):
        assert not any(k[2] == "tasks_managed_ntmn" for k in facts(_ntmn(label))), label


def test_probe_the_ntmn_projects_run_are_read():
    for label in ("Nhiệm vụ thuộc Chương trình nông thôn miền núi đang triển khai", "Dự án thuộc Chương trình NTMN",
                  "Dự án thuộc Chương trình nông thôn miền núi do tỉnh quản lý"):
        assert taken(_ntmn(label))[("87", "63", "tasks_managed_ntmn", "2024", "actual")] == 3, label
