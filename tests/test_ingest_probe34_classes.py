"""Wrong numbers found by probe34 (issue #8: precision must stay 1.00), the held-out set's hostile
twin: reports a provincial office could send where a careless reader stores a wrong number, each
attacking one rule README "Uploading reports" and "Labels matched by meaning" state. The classes it
found — a count scoped to one numbered programme, a stock's additions or one sector, a count of
dossiers as the things, a flow's label running to a day without brackets, a count over a span not
yet over, a table caption naming a part of the title's period — each with the honest rows that
must stay taken; then probes that already held, kept as regression tests (a few per class). Each
report is built here, marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

from tests.fixtures.reports import LABEL_UNIT_HEADER as H, examine, head, table as _rows, taken, why as _why

REPORT_2024 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"
NGHE_AN = "40"


# --- classes found ------------------------------------------------------------------------------

def test_a_count_scoped_to_one_numbered_programme_is_not_the_whole():
    """"Doanh nghiệp được hỗ trợ hoạt động KH&CN theo Chương trình 1322 | 14" was stored as every
    enterprise supported, "Số nhiệm vụ triển khai Nghị quyết 57-NQ/TW | 12" as every task managed,
    "Nhiệm vụ hỗ trợ khởi nghiệp … thuộc Đề án 844 | 5" as every support task: one programme's share ("… nghiệm thu theo Nghị quyết 05" too: probe33's test
    pinned it as every task accepted, corrected openly). metrics/abbreviations.toml part_words.programme_words; etl/labels.py `_programme_by_number`."""
    result = _rows(["1", "Doanh nghiệp được hỗ trợ hoạt động KH&CN theo Chương trình 1322", "doanh nghiệp", 14],
                   ["2", "Số nhiệm vụ triển khai Nghị quyết 57-NQ/TW", "nhiệm vụ", 12],
                   ["3", "Nhiệm vụ hỗ trợ khởi nghiệp đổi mới sáng tạo thuộc Đề án 844", "nhiệm vụ", 5],
                   ["4", "Đề tài, dự án được nghiệm thu theo Nghị quyết 05", "nhiệm vụ", 18],
                   ["5", "Sáng kiến được công nhận", "sáng kiến", 35])
    assert taken(result) == {(NGHE_AN, "63", "initiatives_recognized", "2024", "actual"): 35}


def test_a_programme_named_by_its_subject_keeps_its_declared_part_and_the_whole_stays_taken():
    """The rule must not fire on a programme the registry declares by name (the rural-and-mountain
    programme's projects, the OCOP programme's registrations) nor on the plain whole."""
    got = taken(_rows(["1", "Dự án thuộc Chương trình nông thôn miền núi được triển khai", "dự án", 4],
                      ["2", "Số sản phẩm đăng ký tham gia Chương trình OCOP", "sản phẩm", 80],
                      ["3", "Doanh nghiệp được hỗ trợ hoạt động KH&CN", "doanh nghiệp", 40]))
    assert got[(NGHE_AN, "63", "tasks_managed_ntmn", "2024", "actual")] == 4
    assert got[(NGHE_AN, "63", "ocop_products_registered", "2024", "actual")] == 80
    assert got[(NGHE_AN, "63", "enterprises_supported", "2024", "actual")] == 40


def test_a_stocks_additions_or_one_sector_are_not_the_stock():
    """"Tổ chức khoa học và công nghệ thành lập mới | 3" and "Người làm nghiên cứu khoa học tuyển
    dụng mới | 15" (the year's additions) and "Tổ chức KH&CN công lập | 12" (one sector) were each
    stored as the whole count at the year's end. metrics/indicators.toml researchers, st_organizations
    `exclude`."""
    for label, unit, value in (("Tổ chức khoa học và công nghệ thành lập mới", "tổ chức", 3),
                               ("Người làm nghiên cứu khoa học tuyển dụng mới", "người", 15),
                               ("Tổ chức KH&CN công lập", "tổ chức", 12)):
        got = taken(_rows(["1", label, unit, value], ["2", "Sáng kiến được công nhận", "sáng kiến", 35]))
        assert got == {(NGHE_AN, "63", "initiatives_recognized", "2024", "actual"): 35}, label


def test_the_stock_itself_stays_taken():
    got = taken(_rows(["1", "Tổ chức KH&CN hiện có", "tổ chức", 41],
                      ["2", "Người làm nghiên cứu khoa học", "người", 1200],
                      ["3", "Nhiệm vụ KH&CN mới ký hợp đồng triển khai", "nhiệm vụ", 9]))
    assert got[(NGHE_AN, "63", "st_organizations", "2024-12-31", "actual")] == 41
    assert got[(NGHE_AN, "63", "researchers", "2024-12-31", "actual")] == 1200
    assert got[(NGHE_AN, "63", "tasks_new", "2024", "actual")] == 9


def test_dossiers_or_applications_are_not_the_initiatives_recognized():
    """"Sáng kiến được công nhận | hồ sơ | 35" (dossiers) was stored as 35 initiatives: the unit
    column says what is counted (metrics/indicators.toml initiatives_recognized `excluded_units`)."""
    result = _rows(["1", "Sáng kiến được công nhận", "hồ sơ", 35], ["2", "Sáng kiến được công nhận", "đơn", 35])
    assert taken(result) == {}
    assert "hồ sơ" in _why(result, "Sáng kiến được công nhận")
    assert taken(_rows(["1", "Sáng kiến được công nhận", "sáng kiến", 35])) == {
        (NGHE_AN, "63", "initiatives_recognized", "2024", "actual"): 35}


def test_a_selection_of_the_products_is_not_every_product_recognized():
    """"Sản phẩm OCOP được công nhận (Top 10 sản phẩm tiêu biểu) | 10" was stored as the products
    recognized (metrics/indicators.toml ocop_products `exclude` "tiêu biểu")."""
    got = taken(_rows(["1", "Sản phẩm OCOP được công nhận (Top 10 sản phẩm tiêu biểu)", "sản phẩm", 10],
                      ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", 42]))
    assert got == {(NGHE_AN, "63", "ocop_products", "2024", "actual"): 42}


def test_a_flows_label_running_to_a_day_without_brackets_is_not_the_years():
    """"Nhiệm vụ KH&CN được quản lý đến 30/6/2024 | Năm 2024 | 30" and "Sáng kiến được công nhận tính
    đến ngày 30/6/2024" were stored as 2024's (the bracketed "(tính đến 30/6/2024)" was already set
    aside), "Tổ chức KH&CN đến 30/6/2024" as the stock at the year's end. etl/row_labels.py
    `_BARE_TO_A_DAY` (the same note as in brackets)."""
    result = _rows(["1", "Nhiệm vụ KH&CN được quản lý đến 30/6/2024", "nhiệm vụ", 30],
                   ["2", "Sáng kiến được công nhận tính đến ngày 30/6/2024", "sáng kiến", 20],
                   ["3", "Tổ chức KH&CN đến 30/6/2024", "tổ chức", 30])
    assert taken(result) == {}
    assert "tính đến" in _why(result, "Tổ chức KH&CN đến 30/6/2024")


def test_a_stock_at_its_periods_end_or_in_a_report_on_that_day_stays_taken():
    got = taken(_rows(["1", "Tổ chức KH&CN đến 31/12/2024", "tổ chức", 30]))
    assert got == {(NGHE_AN, "63", "st_organizations", "2024-12-31", "actual"): 30}
    got = taken(_rows(["1", "Tổ chức KH&CN tính đến 30/6/2024", "tổ chức", 30],
                      title="BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024", columns=("Số lượng",)))
    assert got == {(NGHE_AN, "63", "st_organizations", "2024-06-30", "actual"): 30}


def test_a_count_over_a_span_not_over_by_the_reports_period_is_not_the_spans_total():
    """"Sản phẩm OCOP được công nhận giai đoạn 2021-2025 | Năm 2024 | 210" in a report on 2024 was
    stored as 2021-2025's products: what was reached so far, or the target (etl/walk.py
    `_why_set_aside`). In the five-year review it is the span's; a rate over a span is what the report
    states (review20b)."""
    result = _rows(["1", "Sản phẩm OCOP được công nhận giai đoạn 2021-2025", "sản phẩm", 210],
                   ["2", "Nhiệm vụ KH&CN được nghiệm thu giai đoạn 2021-2025", "nhiệm vụ", 110],
                   ["3", "Sản phẩm OCOP được công nhận", "sản phẩm", 42])
    assert taken(result) == {(NGHE_AN, "63", "ocop_products", "2024", "actual"): 42}
    assert "chưa kết thúc" in _why(result, "Sản phẩm OCOP được công nhận giai đoạn")
    got = taken(_rows(["1", "Sản phẩm OCOP được công nhận giai đoạn 2021-2025", "sản phẩm", 210],
                      title="BÁO CÁO TỔNG KẾT GIAI ĐOẠN 2021-2025", columns=("Kết quả",)))
    assert got == {(NGHE_AN, "34", "ocop_products", "2021/2025", "actual"): 210}


# --- probes that held, kept as regression tests -------------------------------------------------

def test_codes_and_numbers_in_other_columns_are_no_figures():
    """A "Mã số" column (0101, 2101) and a "Biểu" column beside the year: only the year's figure."""
    got = taken(_rows(["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", "0101", 45], columns=("Mã số", "Năm 2024")))
    assert got == {(NGHE_AN, "63", "tasks_managed", "2024", "actual"): 45}
    got = taken(examine(head("Nghệ An", REPORT_2024) + [["Mã số", "Chỉ tiêu", "ĐVT", "Năm 2024"],
                                                        [2101, "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 45]],
                        name="r.xlsx"))
    assert got == {(NGHE_AN, "63", "tasks_managed", "2024", "actual"): 45}


def test_headings_of_a_plan_or_a_proposal_keep_their_rows_out():
    got = taken(_rows(["I", "KẾT QUẢ NĂM 2024", "", ""], ["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 45],
                      ["II", "KẾ HOẠCH NĂM 2025", "", ""], ["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 50],
                      columns=("Số lượng",)))
    assert got == {(NGHE_AN, "63", "tasks_managed", "2024", "actual"): 45}
    got = taken(_rows(["A", "Nhiệm vụ đề xuất đặt hàng năm 2025", "", ""], ["1", "Nhiệm vụ KH&CN cấp tỉnh", "nhiệm vụ", 18],
                      ["B", "Nhiệm vụ thực hiện năm 2024", "", ""], ["1", "Nhiệm vụ KH&CN cấp tỉnh", "nhiệm vụ", 25],
                      columns=("Số lượng",)))
    assert got == {(NGHE_AN, "63", "tasks_managed_provincial", "2024", "actual"): 25}


def test_text_numbers_and_rates_are_read_as_typed():
    """"85.234" triệu đồng is 85,234 tỷ; "1.234" people are 1.234; "1,234" is asked (refused, rule
    ambiguous_number); "87%" typed is 87 %; 0,87 in a % row with nothing to compare is asked."""
    got = taken(_rows(["1", "Chi ngân sách nhà nước cho KH&CN", "triệu đồng", "85.234"],
                      ["2", "Người làm nghiên cứu khoa học", "người", "1.234"],
                      ["3", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "%", "87%"]))
    assert got == {(NGHE_AN, "63", "st_budget", "2024", "actual"): 85.234,
                   (NGHE_AN, "63", "researchers", "2024-12-31", "actual"): 1234,
                   (NGHE_AN, "63", "online_dossier_rate", "2024", "actual"): 87}
    result = _rows(["1", "Người làm nghiên cứu khoa học", "người", "1,234"])
    assert not result.accepted and {p.rule for p in result.problems} == {"ambiguous_number"}
    result = _rows(["1", "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 4", "%", 0.87])
    assert taken(result) == {} and [q.rule for q in result.questions] == ["rate_scale"]


def test_a_place_below_the_province_is_not_stored():
    got = taken(examine([["Dữ liệu kiểm thử — không phải số liệu thật"], ["Tỉnh", "Năm", "Sản phẩm OCOP được công nhận"],
                         ["Thành phố Hà Tĩnh", 2024, 7], ["Hà Tĩnh", 2024, 30]], name="tidy.xlsx"))
    assert got == {("42", "63", "ocop_products", "2024", "actual"): 30}


def test_a_merged_provinces_figure_before_the_merger_is_not_the_former_province_of_its_name():
    """The new An Giang's report on the first half of 2025: "Sản phẩm OCOP được công nhận | 40" over
    "- An Giang (cũ) | 22", "- Kiên Giang (cũ) | 18", and "… toàn tỉnh (sau sáp nhập) | 40": the
    merged territory's 40 was stored as the former An Giang's first half (etl/walk.py
    `_set_aside_merged_before`, `_AFTER_MERGER_NOTE`). Its 2025 stays the new province's."""
    heading = head("An Giang", "BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025") + [H + ["Số lượng"]]
    result = examine(heading + [["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 40],
                                ["", "- An Giang (cũ)", "sản phẩm", 22], ["", "- Kiên Giang (cũ)", "sản phẩm", 18]],
                     name="angiang.xlsx")
    assert taken(result) == {}
    assert "sau sắp xếp" in _why(result, "Sản phẩm OCOP được công nhận")
    assert taken(examine(heading + [["1", "Sản phẩm OCOP được công nhận toàn tỉnh (sau sáp nhập)", "sản phẩm", 40]],
                         name="angiang.xlsx")) == {}
    got = taken(examine(head("An Giang", "BÁO CÁO KẾT QUẢ NĂM 2025") + [
        H + ["Năm 2025"], ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 80],
        ["", "Trong đó: Kiên Giang (cũ)", "sản phẩm", 30]], name="angiang.xlsx"))
    assert got == {("91", "34", "ocop_products", "2025", "actual"): 80}


def test_a_former_provinces_own_report_before_the_merger_stays_its_own():
    """Without a "(cũ)" anywhere, An Giang's report on the first half of 2025 is the province of
    that name then (frame 63), as batch 29 settled."""
    got = taken(examine(head("An Giang", "BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025") + [
        H + ["Số lượng"], ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 40]], name="angiang.xlsx"))
    assert got == {("89", "63", "ocop_products", "2025-S1", "actual"): 40}


def test_one_type_of_task_under_a_heading_of_tasks_is_not_every_task_at_its_level():
    """"Nhiệm vụ KH&CN được quản lý" (no figure) over "- Đề tài cấp tỉnh | 20" and "- Dự án cấp tỉnh |
    5": the 20 topics were stored as the provincial tasks managed (25). metrics/abbreviations.toml
    task_type_words; etl/row_labels.py `_one_task_type`. "- Đề tài, dự án cấp tỉnh", "- Cấp tỉnh" and
    the rural programme's projects (a part whose name says "dự án") stay taken."""
    for heading in ("Nhiệm vụ KH&CN được quản lý", "Nhiệm vụ KH&CN được nghiệm thu"):
        result = _rows(["1", heading, "", ""], ["-", "Đề tài cấp tỉnh", "đề tài", 20], ["-", "Dự án cấp tỉnh", "dự án", 5])
        assert taken(result) == {}, heading
    got = taken(_rows(["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 45], ["-", "Cấp tỉnh", "nhiệm vụ", 25],
                      ["-", "Dự án thuộc Chương trình nông thôn miền núi", "dự án", 4]))
    assert got == {(NGHE_AN, "63", "tasks_managed", "2024", "actual"): 45,
                   (NGHE_AN, "63", "tasks_managed_provincial", "2024", "actual"): 25,
                   (NGHE_AN, "63", "tasks_managed_ntmn", "2024", "actual"): 4}
    got = taken(_rows(["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 45], ["-", "Đề tài, dự án cấp tỉnh", "nhiệm vụ", 25]))
    assert got[(NGHE_AN, "63", "tasks_managed_provincial", "2024", "actual")] == 25
