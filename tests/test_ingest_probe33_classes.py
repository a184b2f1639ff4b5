"""Wrong numbers found by probe33 (issue #8: precision must stay 1.00), the held-out set's hostile
twin: reports a provincial office could send where a careless reader stores a wrong number. The
classes it found — a count in times or in a scaled unit, a part of the tasks accepted (by timing,
grade, or a registration for acceptance), applications counted as what was granted or supported,
tasks carried into the next period — each with the honest rows that must stay taken; then the
probes that already held, kept as regression tests (a few per class). Each report is built here,
marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import io

import openpyxl

from tests.fixtures.reports import LABEL_UNIT_HEADER as H, examine, head, table as _rows, taken, why as _why

REPORT_2024 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"


# --- classes found ------------------------------------------------------------------------------

def test_a_count_in_times_or_in_a_scaled_unit_is_not_the_count():
    """"Người làm nghiên cứu khoa học | nghìn người | 1,2" was stored as 1.2 researchers, "Sản phẩm
    OCOP | chục sản phẩm | 6" as 6 products, "Nhiệm vụ KH&CN được quản lý | lượt nhiệm vụ | 60" as 60
    tasks, "Tỷ trọng kinh tế số trong GRDP | lần | 1,2" as 1.2 %. Each cell is set aside, named.
    metrics/abbreviations.toml [times_units], [count_scale_words]; etl/validate.py `_unit_class`."""
    result = _rows(["1", "Người làm nghiên cứu khoa học", "nghìn người", 1.2],
                   ["2", "Sản phẩm OCOP được công nhận", "chục sản phẩm", 6],
                   ["3", "Nhiệm vụ KH&CN được quản lý", "lượt nhiệm vụ", 60],
                   ["4", "Tỷ trọng kinh tế số trong GRDP", "lần", 1.2],
                   ["5", "Sáng kiến được công nhận", "sáng kiến", 35])
    got = taken(result)
    assert {k[2] for k in got} == {"initiatives_recognized"}
    assert "nghìn người" in _why(result, "Người làm nghiên cứu khoa học")
    assert "lượt nhiệm vụ" in _why(result, "Nhiệm vụ KH&CN được quản lý")
    assert "lần" in _why(result, "Tỷ trọng kinh tế số")


def test_a_count_in_its_own_unit_and_money_in_a_declared_scale_stay_taken():
    """Probes where the rule must not fire: the people counted one by one, money in millions (a
    scale the indicator declares: 125.500 triệu đồng is 125,5 tỷ), a per-population ratio still set
    aside by its own rule, a rate in %."""
    result = _rows(["1", "Người làm nghiên cứu khoa học", "người", 1200],
                   ["2", "Chi ngân sách nhà nước cho KH&CN", "triệu đồng", 125500],
                   ["3", "Tỷ trọng kinh tế số trong GRDP", "%", 12.1],
                   ["4", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 45])
    got = taken(result)
    assert got[("40", "63", "researchers", "2024-12-31", "actual")] == 1200
    assert got[("40", "63", "st_budget", "2024", "actual")] == 125.5
    assert got[("40", "63", "digital_economy_share", "2024", "actual")] == 12.1
    assert got[("40", "63", "tasks_managed", "2024", "actual")] == 45


def test_a_count_in_times_or_in_a_scaled_unit_noted_in_brackets_or_on_a_line_is_not_the_count():
    """With no unit column the unit is noted in the label's or the year's brackets, or on a line of
    its own between two tables: "Người làm nghiên cứu khoa học (nghìn người) | 1,2" and "Năm 2024
    (nghìn người)" over it were stored as 1.2 researchers, "Năm 2024 (lượt)" over "Doanh nghiệp
    được hỗ trợ hoạt động KH&CN | 120" as 120 enterprises, "ĐVT: lượt" above it the same (etl/walk.py
    `_label_unit`, the header's unit, the unit line; etl/validate.py `is_times_or_scaled_text`)."""
    bare = ["STT", "Chỉ tiêu"]
    got = taken(examine(head("Nghệ An", REPORT_2024) + [
        bare + ["Năm 2024"], ["1", "Người làm nghiên cứu khoa học (nghìn người)", 1.2],
        ["2", "Nhiệm vụ KH&CN được quản lý (lượt)", 60], ["3", "Sáng kiến được công nhận", 35]], name="nghean_2024.xlsx"))
    assert got == {("40", "63", "initiatives_recognized", "2024", "actual"): 35}
    got = taken(examine(head("Nghệ An", REPORT_2024) + [
        bare + ["Năm 2024 (nghìn người)"], ["1", "Người làm nghiên cứu khoa học", 1.2]], name="nghean_2024.xlsx"))
    assert got == {}
    got = taken(examine(head("Nghệ An", REPORT_2024) + [
        bare + ["Năm 2024 (lượt)"], ["1", "Doanh nghiệp được hỗ trợ hoạt động KH&CN", 120]], name="nghean_2024.xlsx"))
    assert got == {}
    got = taken(examine(head("Nghệ An", REPORT_2024) + [
        bare + ["Năm 2024"], ["1", "Nhiệm vụ KH&CN được quản lý", 45], ["", "ĐVT: lượt"],
        ["2", "Doanh nghiệp được hỗ trợ hoạt động KH&CN", 120]], name="nghean_2024.xlsx"))
    assert got == {("40", "63", "tasks_managed", "2024", "actual"): 45}


def test_a_count_in_its_own_unit_noted_in_brackets_or_on_a_line_stays_taken():
    """The honest neighbours: "(người)", "Năm 2024 (người)", "Đơn vị tính: người" and "(lần đầu)" (the
    first time, no unit) keep the count; money noted in a declared scale is still converted."""
    bare = ["STT", "Chỉ tiêu"]
    got = taken(examine(head("Nghệ An", REPORT_2024) + [
        bare + ["Năm 2024"], ["1", "Người làm nghiên cứu khoa học (người)", 1200],
        ["2", "Sản phẩm OCOP được công nhận (lần đầu)", 12],
        ["3", "Chi ngân sách nhà nước cho KH&CN (triệu đồng)", 125500]], name="nghean_2024.xlsx"))
    assert got[("40", "63", "researchers", "2024-12-31", "actual")] == 1200
    assert got[("40", "63", "ocop_products", "2024", "actual")] == 12
    assert got[("40", "63", "st_budget", "2024", "actual")] == 125.5
    got = taken(examine(head("Nghệ An", REPORT_2024) + [
        bare + ["Năm 2024 (người)"], ["1", "Người làm nghiên cứu khoa học", 1200]], name="nghean_2024.xlsx"))
    assert got == {("40", "63", "researchers", "2024-12-31", "actual"): 1200}
    got = taken(examine(head("Nghệ An", REPORT_2024) + [
        bare + ["Năm 2024"], ["1", "Nhiệm vụ KH&CN được quản lý", 45], ["", "Đơn vị tính: người"],
        ["2", "Người làm nghiên cứu khoa học", 1200]], name="nghean_2024.xlsx"))
    assert got == {("40", "63", "tasks_managed", "2024", "actual"): 45,
                   ("40", "63", "researchers", "2024-12-31", "actual"): 1200}


def test_a_count_in_a_scaled_unit_stated_above_the_table_is_not_the_count():
    """"Đơn vị tính: nghìn người" above the table's header (no unit column): 1,2 was stored as 1.2
    researchers (etl/walk.py `_table_unit`). "Đơn vị tính: người", "Đơn vị: Sở KH&CN …" (the reporting
    body) and "ĐVT: lượt" over a table whose rows say their own unit keep their counts."""
    bare = ["STT", "Chỉ tiêu", "Năm 2024"]
    got = taken(examine(head("Nghệ An", REPORT_2024) + [
        ["Đơn vị tính: nghìn người"], bare, ["1", "Người làm nghiên cứu khoa học", 1.2]], name="nghean_2024.xlsx"))
    assert got == {}
    for line in ("Đơn vị tính: người", "Đơn vị: Sở KH&CN tỉnh Nghệ An"):
        got = taken(examine(head("Nghệ An", REPORT_2024) + [
            [line], bare, ["1", "Người làm nghiên cứu khoa học", 1200]], name="nghean_2024.xlsx"))
        assert got == {("40", "63", "researchers", "2024-12-31", "actual"): 1200}, line
    got = taken(examine(head("Nghệ An", REPORT_2024) + [
        ["ĐVT: lượt"], H + ["Năm 2024"], ["1", "Doanh nghiệp được hỗ trợ hoạt động KH&CN", "doanh nghiệp", 25]],
        name="nghean_2024.xlsx"))
    assert got == {("40", "63", "enterprises_supported", "2024", "actual"): 25}


def test_a_part_of_the_tasks_accepted_or_a_registration_for_it_is_not_every_task_accepted():
    """"Nhiệm vụ KH&CN đăng ký nghiệm thu | 30" (registered for the final evaluation), "… được
    nghiệm thu đúng hạn | 10", "… xếp loại xuất sắc | 3", "… đạt loại khá trở lên | 14" were each
    stored as the tasks accepted (a report with two of them was refused as one fact with two
    values). metrics/indicators.toml tasks_accepted* `exclude`."""
    for label in ("Nhiệm vụ KH&CN đăng ký nghiệm thu", "Nhiệm vụ KH&CN nộp hồ sơ đề nghị nghiệm thu",
                  "Nhiệm vụ KH&CN được nghiệm thu đúng hạn", "Nhiệm vụ KH&CN được nghiệm thu xếp loại xuất sắc",
                  "Nhiệm vụ KH&CN nghiệm thu đạt loại khá trở lên",
                  "Nhiệm vụ KH&CN cấp tỉnh được nghiệm thu xếp loại xuất sắc"):
        result = _rows(["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 45], ["2", label, "nhiệm vụ", 10])
        got = taken(result)
        assert set(got) == {("40", "63", "tasks_managed", "2024", "actual")}, label
        assert "loại trừ" in _why(result, label), label


def test_the_tasks_accepted_beside_their_graded_parts_stay_taken():
    """The whole and its levels stay taken beside the graded rows set aside; "đạt yêu cầu" (what
    passed) is every task accepted."""
    got = taken(_rows(["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 30],
                      ["-", "Trong đó: xếp loại xuất sắc", "nhiệm vụ", 3],
                      ["2", "Nhiệm vụ KH&CN cấp tỉnh được nghiệm thu", "nhiệm vụ", 12]))
    assert got[("40", "63", "tasks_accepted", "2024", "actual")] == 30
    assert got[("40", "63", "tasks_accepted_provincial", "2024", "actual")] == 12
    got = taken(_rows(["1", "Nhiệm vụ KH&CN nghiệm thu đạt yêu cầu", "nhiệm vụ", 18]))
    assert got[("40", "63", "tasks_accepted", "2024", "actual")] == 18
    # "đề nghị" is two words to the matcher ("đề", "nghị"): a label with "Nghị định" and no "đề"
    # ("đề tài" is read as a task) and "(các loại)" (no "xếp") stay the tasks accepted.
    # NOTE: probe34 corrected this probe openly: it read "… theo Nghị quyết 05", but the tasks of one
    # numbered resolution are that programme's share, never every task accepted (set aside since,
    # tests/test_ingest_probe34_classes.py); the decree that governs every task keeps the "nghị"
    for label in ("Đề tài, dự án được nghiệm thu theo Nghị định 08/2014/NĐ-CP", "Nhiệm vụ được nghiệm thu (các loại)"):
        got = taken(_rows(["1", label, "nhiệm vụ", 18]))
        assert got[("40", "63", "tasks_accepted", "2024", "actual")] == 18, label


def test_what_was_applied_for_is_not_what_was_supported_or_granted():
    """"Doanh nghiệp đăng ký hỗ trợ hoạt động KH&CN | 60" was stored as 60 enterprises supported;
    "Nhãn hiệu tập thể đang đề nghị cấp văn bằng bảo hộ | 4" as 4 collective marks granted.
    "Doanh nghiệp có nhu cầu hỗ trợ", "… đề nghị hỗ trợ" the same. metrics/indicators.toml
    enterprises_supported, ip_collective_marks … `exclude_in_order` (etl/labels.py `_ruled`)."""
    result = _rows(["1", "Doanh nghiệp đăng ký hỗ trợ hoạt động KH&CN", "doanh nghiệp", 60],
                   ["2", "Nhãn hiệu tập thể đang đề nghị cấp văn bằng bảo hộ", "nhãn hiệu", 4],
                   ["3", "Nhãn hiệu chứng nhận đã nộp đơn đăng ký", "nhãn hiệu", 2],
                   ["4", "Sáng kiến được công nhận", "sáng kiến", 35],
                   ["5", "Doanh nghiệp có nhu cầu hỗ trợ đổi mới công nghệ", "doanh nghiệp", 80],
                   ["6", "Chỉ dẫn địa lý đang đề nghị bảo hộ", "chỉ dẫn địa lý", 2])
    got = taken(result)
    assert {k[2] for k in got} == {"initiatives_recognized"}
    assert "đăng ký hỗ trợ" in _why(result, "Doanh nghiệp đăng ký")


def test_what_was_supported_or_granted_stays_taken():
    """The same words in another order are the support: `exclude_in_order` needs its words one after
    another ("được hỗ trợ theo nhu cầu", "… theo đề nghị của doanh nghiệp" are enterprises supported)."""
    got = taken(_rows(["1", "Doanh nghiệp được hỗ trợ hoạt động KH&CN", "doanh nghiệp", 25],
                      ["2", "Nhãn hiệu tập thể được bảo hộ (lũy kế)", "nhãn hiệu", 14],
                      ["3", "Chỉ dẫn địa lý được bảo hộ", "chỉ dẫn địa lý", 3]))
    assert got[("40", "63", "enterprises_supported", "2024", "actual")] == 25
    assert got[("40", "63", "ip_collective_marks", "2024-12-31", "actual")] == 14
    assert got[("40", "63", "ip_geographical_indications", "2024-12-31", "actual")] == 3
    for label in ("Doanh nghiệp được hỗ trợ theo nhu cầu", "Doanh nghiệp được hỗ trợ theo đề nghị của doanh nghiệp"):
        got = taken(_rows(["1", label, "doanh nghiệp", 25]))
        assert got == {("40", "63", "enterprises_supported", "2024", "actual"): 25}, label


def test_tasks_carried_into_the_next_period_are_not_this_periods_carried_over():
    """"Nhiệm vụ KH&CN chuyển sang năm sau | 18" counts the tasks carried OUT of 2024 — 2025's
    carried-over tasks — and was stored as 2024's. The tasks carried in stay taken.
    metrics/indicators.toml tasks_carried_over* `exclude`, "năm sau", "kỳ sau" in [terms]."""
    for label in ("Nhiệm vụ KH&CN chuyển sang năm sau thực hiện", "Nhiệm vụ KH&CN cấp tỉnh chuyển tiếp sang kỳ sau"):
        result = _rows(["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 45], ["2", label, "nhiệm vụ", 18])
        assert set(taken(result)) == {("40", "63", "tasks_managed", "2024", "actual")}, label
    # "năm sau" is one term (metrics/abbreviations.toml [terms]): "năm" alone is a stopword, and "sau"
    # alone ruled out the carried-over tasks "sau sáp nhập" (after the merger) too
    for label in ("Nhiệm vụ KH&CN năm trước chuyển sang", "Nhiệm vụ KH&CN chuyển tiếp",
                  "Nhiệm vụ KH&CN chuyển tiếp sau sáp nhập", "Nhiệm vụ KH&CN chuyển tiếp (sau điều chỉnh)"):
        got = taken(_rows(["1", label, "nhiệm vụ", 18]))
        assert got[("40", "63", "tasks_carried_over", "2024", "actual")] == 18, label



def test_a_part_of_the_tasks_accepted_in_a_sentence_is_not_every_task_accepted():
    """"Năm 2024, có 12 nhiệm vụ KH&CN được nghiệm thu đúng hạn." was stored as 12 tasks accepted, and
    "… nghiệm thu 30 nhiệm vụ KH&CN, trong đó 12 nhiệm vụ được nghiệm thu đúng hạn, …" refused as one
    fact with two values: a count whose own words say a timing or a grade is no count of the registry
    (metrics/abbreviations.toml [task_exclude_words], etl/prose.py). The whole before it, and "các loại
    khác nhau" (not "loại khá"), stay the tasks accepted."""
    def said(text: str) -> dict:
        return taken(examine(head("Nghệ An", REPORT_2024) + [[text]], name="nghean_2024.xlsx"))

    assert said("Năm 2024, có 12 nhiệm vụ KH&CN được nghiệm thu đúng hạn; 45 sản phẩm OCOP được công nhận.") == {
        ("40", "63", "ocop_products", "2024", "actual"): 45}
    assert said("Năm 2024, nghiệm thu 14 nhiệm vụ KH&CN đạt loại khá trở lên; 45 sản phẩm OCOP được công nhận.") == {
        ("40", "63", "ocop_products", "2024", "actual"): 45}
    assert said("Năm 2024, Sở đã nghiệm thu 30 nhiệm vụ KH&CN, trong đó 12 nhiệm vụ được nghiệm thu đúng hạn, "
                "3 nhiệm vụ xếp loại xuất sắc.") == {("40", "63", "tasks_accepted", "2024", "actual"): 30}
    assert said("Năm 2024, Sở đã nghiệm thu 25 nhiệm vụ KH&CN các loại khác nhau.") == {
        ("40", "63", "tasks_accepted", "2024", "actual"): 25}


def test_enterprises_that_applied_for_support_in_a_sentence_are_not_the_ones_supported():
    """"Năm 2024, có 60 doanh nghiệp đăng ký hỗ trợ hoạt động KH&CN" was stored as 60 enterprises
    supported, and beside "đã hỗ trợ 25 doanh nghiệp" the report refused as one fact with two values
    (metrics/abbreviations.toml [support_application_words], etl/prose.py). "… được hỗ trợ theo nhu
    cầu" (the same words in another order) stays the support."""
    def said(text: str) -> dict:
        return taken(examine(head("Nghệ An", REPORT_2024) + [[text]], name="nghean_2024.xlsx"))

    assert said("Năm 2024, có 60 doanh nghiệp đăng ký hỗ trợ hoạt động KH&CN; 45 sản phẩm OCOP được công nhận.") == {
        ("40", "63", "ocop_products", "2024", "actual"): 45}
    assert said("Năm 2024, có 80 doanh nghiệp có nhu cầu hỗ trợ đổi mới công nghệ, đã hỗ trợ 25 doanh nghiệp.") == {
        ("40", "63", "enterprises_supported", "2024", "actual"): 25}
    assert said("Năm 2024, có 25 doanh nghiệp được hỗ trợ theo nhu cầu.") == {
        ("40", "63", "enterprises_supported", "2024", "actual"): 25}


def test_marks_applied_for_in_a_sentence_are_not_the_marks_granted():
    """"Năm 2024, có 4 nhãn hiệu tập thể đang đề nghị cấp văn bằng bảo hộ." was stored as 4 collective
    marks, and beside "14 nhãn hiệu tập thể được bảo hộ" the report refused as one fact with two
    values (metrics/abbreviations.toml [protection_application_words], etl/prose.py). "… được bảo hộ
    theo đề nghị của các huyện" stays granted."""
    def said(text: str) -> dict:
        return taken(examine(head("Nghệ An", REPORT_2024) + [[text]], name="nghean_2024.xlsx"))

    assert said("Năm 2024, toàn tỉnh có 14 nhãn hiệu tập thể được bảo hộ; 4 nhãn hiệu tập thể đang đề nghị cấp "
                "văn bằng bảo hộ.") == {("40", "63", "ip_collective_marks", "2024-12-31", "actual"): 14}
    assert said("Năm 2024, có 2 chỉ dẫn địa lý đang đề nghị bảo hộ; 3 chỉ dẫn địa lý được bảo hộ.") == {
        ("40", "63", "ip_geographical_indications", "2024-12-31", "actual"): 3}
    assert said("Năm 2024, toàn tỉnh có 14 nhãn hiệu tập thể được bảo hộ theo đề nghị của các huyện.") == {
        ("40", "63", "ip_collective_marks", "2024-12-31", "actual"): 14}

# --- probes that held: regression tests ---------------------------------------------------------

def test_plan_target_and_resolution_columns_beside_the_actual():
    """"KH 2025 | TH 2025 | % so KH": the plan is the plan, the ratio is not stored; "Mục tiêu đến
    2030" is a plan for 2030; "Chỉ tiêu Nghị quyết" (no period) is not read at all."""
    got = taken(_rows(["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 60, 48, 80],
                      title="KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025", columns=("KH 2025", "TH 2025", "% so KH")))
    assert got == {("40", "34", "ocop_products", "2025", "plan"): 60, ("40", "34", "ocop_products", "2025", "actual"): 48}
    got = taken(_rows(["1", "Tỷ trọng kinh tế số trong GRDP", "%", 12.1, 30], columns=("Năm 2024", "Mục tiêu đến 2030")))
    assert got[("40", "63", "digital_economy_share", "2024", "actual")] == 12.1
    assert got[("40", "34", "digital_economy_share", "2030", "plan")] == 30
    got = taken(_rows(["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 50, 41],
                      columns=("Chỉ tiêu Nghị quyết", "Thực hiện năm 2024")))
    assert got == {("40", "63", "ocop_products", "2024", "actual"): 41}


def test_comparison_and_average_columns_beside_the_counts_are_not_stored():
    """"So với cùng kỳ (%)", "Tăng (+), giảm (-) so với năm 2023" (12, -5) and "Bình quân/năm" are
    no counts of their own."""
    got = taken(_rows(["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 40, 52, 12],
                      ["2", "Sáng kiến được công nhận", "sáng kiến", 55, 50, -5],
                      columns=("Năm 2023", "Năm 2024", "Tăng (+), giảm (-) so với năm 2023")))
    assert sorted(got.values()) == [40, 50, 52, 55]
    got = taken(_rows(["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 40, 112.5],
                      title="BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024", columns=("6 tháng đầu năm 2024", "So với cùng kỳ (%)")))
    assert got == {("40", "63", "ocop_products", "2024-S1", "actual"): 40}
    got = taken(_rows(["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 20, 25, 27.5],
                      columns=("Năm 2023", "Năm 2024", "Bình quân/năm")))
    assert sorted(got.values()) == [20, 25]


def test_a_special_zone_or_a_former_provinces_figure_is_not_the_provinces():
    """"… - Đặc khu Phú Quốc" rows are a place below the province; in the merged Tuyên Quang's 2024
    report the former provinces' columns are each former province's, their "Tổng cộng" no
    province's of 2024; "Trong đó: tỉnh Hà Giang (cũ)" in a 2025 report is no figure of 2025."""
    got = taken(_rows(["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 45],
                      ["2", "Sản phẩm OCOP được công nhận - Đặc khu Phú Quốc", "sản phẩm", 9], province="Kiên Giang"))
    assert got == {("91", "63", "ocop_products", "2024", "actual"): 45}
    got = taken(_rows(["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 30, 20, 50], province="Tuyên Quang",
                      columns=("Tỉnh Tuyên Quang (cũ)", "Tỉnh Hà Giang (cũ)", "Tổng cộng")))
    assert got == {("08", "63", "ocop_products", "2024", "actual"): 30, ("02", "63", "ocop_products", "2024", "actual"): 20}
    got = taken(_rows(["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 50], ["", "Trong đó: tỉnh Hà Giang (cũ)", "sản phẩm", 20],
                      province="Tuyên Quang", title="KẾT QUẢ NĂM 2025", columns=("Năm 2025",)))
    assert got == {("08", "34", "ocop_products", "2025", "actual"): 50}


def test_a_rate_in_per_mille_or_as_an_unformatted_fraction_is_not_a_percentage():
    """"‰ | 785" is set aside; a fraction 0,78 under "%" is only read as 78 % when its cell is
    formatted as a percentage."""
    got = taken(_rows(["1", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "‰", 785],
                      ["2", "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 4", "%", 0.78]))
    assert got == {}
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in head("Hà Tĩnh", REPORT_2024) + [H + ["Năm 2024"], ["1", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "%", 0.78]]:
        ws.append(row)
    ws["D7"].number_format = "0%"
    out = io.BytesIO()
    wb.save(out)
    from etl import ingest

    assert taken(ingest.examine(out.getvalue(), "hatinh_2024.xlsx")) == {("42", "63", "online_dossier_rate", "2024", "actual"): 78}


def test_notes_with_numbers_under_a_table_are_no_facts():
    """"(*) gồm 3 nhiệm vụ cấp quốc gia …" and "Ghi chú: năm 2023 nghiệm thu 15 …" store nothing."""
    got = taken(examine(head("Nghệ An", REPORT_2024) + [
        H + ["Năm 2024"], ["1", "Nhiệm vụ KH&CN được quản lý (*)", "nhiệm vụ", 45], [],
        ["(*) gồm 3 nhiệm vụ cấp quốc gia và 12 nhiệm vụ cấp tỉnh mới ký hợp đồng"],
        ["Ghi chú: năm 2023 nghiệm thu 15 nhiệm vụ KH&CN"]], name="nghean_2024.xlsx"))
    assert got == {("40", "63", "tasks_managed", "2024", "actual"): 45}
