"""Class tests of the table reader's wrong numbers found on 5 December (helper precA): each a
figure main stored that a person would not read so, with probes where the honest reading stays."""
from __future__ import annotations

from tests.fixtures.reports import examine, head, taken

SK = ["2", "Sáng kiến được công nhận", "sáng kiến", 120]


def test_a_note_naming_another_province_keeps_the_row_out():
    """"Sản phẩm OCOP được công nhận | 25 | Số liệu của tỉnh Kiên Giang (cũ) 6 tháng đầu năm" in the
    new An Giang's 2025 report was stored as An Giang's 25: the note says the figure is a former
    province's. A row's note naming another (or a former) province is judged as its label is."""
    T = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025"
    H = ["STT", "Chỉ tiêu", "ĐVT", "Số lượng", "Ghi chú"]
    SK5 = SK + [""]
    for note in ("Số liệu của tỉnh Kiên Giang (cũ) 6 tháng đầu năm", "Số liệu của Đồng Tháp"):
        report = examine(head("An Giang", T) + [H, ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 25, note], SK5],
                         name="angiang_2025.xlsx")
        assert taken(report) == {("91", "34", "initiatives_recognized", "2025", "actual"): 120}, note
        assert any("tỉnh khác" in i.reason_vi for i in report.ignored), note
    # probes: a note on the figure itself, or naming the report's own province, keeps the reading
    for note in ("Tăng 5 sản phẩm so với năm trước", "Số liệu toàn tỉnh An Giang sau sắp xếp"):
        got = taken(examine(head("An Giang", T) + [H, ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 25, note],
                                                   SK5], name="angiang_2025.xlsx"))
        assert got == {("91", "34", "ocop_products", "2025", "actual"): 25,
                       ("91", "34", "initiatives_recognized", "2025", "actual"): 120}, note


def test_a_running_total_of_a_flow_without_a_total_to_date_is_not_the_years_count():
    """"Nhiệm vụ KH&CN được nghiệm thu (lũy kế)", "… lũy kế đến nay", "… (lũy kế đến năm 2024)" under a
    report on 2024 were stored as tasks accepted in 2024: a sum over the years read as the year's
    count. A flow with no declared "_total" is set aside with the reason; a flow with one (OCOP
    products → products to date) keeps its reading. metrics/header_words.toml running_total_words."""
    T = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"
    H = ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"]
    for label in ("Nhiệm vụ KH&CN được nghiệm thu (lũy kế)", "Nhiệm vụ KH&CN được nghiệm thu lũy kế đến nay",
                  "Nhiệm vụ KH&CN được nghiệm thu (lũy kế đến năm 2024)"):
        report = examine(head("Nghệ An", T) + [H, ["1", label, "nhiệm vụ", 312], SK], name="nghean_2024.xlsx")
        assert taken(report) == {("40", "63", "initiatives_recognized", "2024", "actual"): 120}, label
        assert any("lũy kế" in i.reason_vi for i in report.ignored), label
    # probes: a total within the year, and a flow with its total to date, keep their reading
    got = taken(examine(head("Nghệ An", T) + [
        H, ["1", "Nhiệm vụ KH&CN được nghiệm thu (lũy kế trong năm)", "nhiệm vụ", 12], SK], name="nghean_2024.xlsx"))
    assert got == {("40", "63", "tasks_accepted", "2024", "actual"): 12,
                   ("40", "63", "initiatives_recognized", "2024", "actual"): 120}
    got = taken(examine(head("Nghệ An", T) + [
        H, ["1", "Sản phẩm OCOP được công nhận (lũy kế)", "sản phẩm", 312], SK], name="nghean_2024.xlsx"))
    assert got == {("40", "63", "ocop_products_total", "2024-12-31", "actual"): 312,
                   ("40", "63", "initiatives_recognized", "2024", "actual"): 120}


def test_a_yearly_average_over_a_span_is_no_count_of_the_span():
    """Column headers "Bình quân 2021-2024", "Trung bình giai đoạn 2021-2024", "BQ/năm": a yearly
    average was stored as the 2021/2024 total. The column is listed as not read, with the reason;
    the year's column beside it stays read. metrics/header_words.toml average_header_words."""
    T = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN GIAI ĐOẠN 2021-2024"
    for col in ("Bình quân 2021-2024", "Trung bình giai đoạn 2021-2024", "BQ/năm", "Bình quân năm"):
        report = examine(head("Nghệ An", T) + [
            ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", col],
            ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 14, 12],
            ["2", "Sáng kiến được công nhận", "sáng kiến", 130, 120]], name="nghean.xlsx")
        assert taken(report) == {("40", "63", "tasks_accepted", "2024", "actual"): 14,
                                 ("40", "63", "initiatives_recognized", "2024", "actual"): 130}, col
        assert any("bình quân" in i.reason_vi for i in report.ignored), col
    # probes: a span's own total ("Giai đoạn 2021-2024", "2021-2024") keeps its reading
    for col in ("Giai đoạn 2021-2024", "2021-2024"):
        got = taken(examine(head("Nghệ An", T) + [
            ["STT", "Chỉ tiêu", "ĐVT", col],
            ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 50],
            ["2", "Sáng kiến được công nhận", "sáng kiến", 480]], name="nghean.xlsx"))
        assert got == {("40", "63", "tasks_accepted", "2021/2024", "actual"): 50,
                       ("40", "63", "initiatives_recognized", "2021/2024", "actual"): 480}, col


def test_a_row_of_the_previous_year_is_not_the_columns_period():
    """"Sản phẩm OCOP được công nhận năm trước | 38" (or "… năm ngoái") in a table whose column is the
    report's year was stored as this year's 38. The row is set aside with the reason; a label naming
    the year ("… năm 2023") keeps being read as that year. metrics/header_words.toml
    previous_period_label_words."""
    T = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"
    H = ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"]
    for label in ("Sản phẩm OCOP được công nhận năm trước", "Sản phẩm OCOP được công nhận (năm ngoái)"):
        report = examine(head("Nghệ An", T) + [H, ["1", label, "sản phẩm", 38], SK], name="nghean_2024.xlsx")
        assert taken(report) == {("40", "63", "initiatives_recognized", "2024", "actual"): 120}, label
        assert any("kỳ trước" in i.reason_vi for i in report.ignored), label
    # probes: tasks carried over from the year before, this year's products, a named year
    for label, unit, fact in (
            ("Nhiệm vụ chuyển tiếp từ năm trước", "nhiệm vụ", ("40", "63", "tasks_carried_over", "2024", "actual")),
            ("Nhiệm vụ năm trước chuyển sang", "nhiệm vụ", ("40", "63", "tasks_carried_over", "2024", "actual")),
            ("Sản phẩm OCOP được công nhận năm nay", "sản phẩm", ("40", "63", "ocop_products", "2024", "actual")),
            ("Sản phẩm OCOP được công nhận năm 2023", "sản phẩm", ("40", "63", "ocop_products", "2023", "actual"))):
        got = taken(examine(head("Nghệ An", T) + [H, ["1", label, unit, 38], SK], name="nghean_2024.xlsx"))
        assert got == {fact: 38, ("40", "63", "initiatives_recognized", "2024", "actual"): 120}, label


def test_an_allocation_titled_du_toan_is_a_plan():
    """A title "DỰ TOÁN CHI NGÂN SÁCH KH&CN NĂM 2025", or a caption "Dự toán …" over "Năm 2025", is an
    allocation: the plan, never the amount spent (already so on combo20 — kept by this guard). Probes:
    "Thực hiện dự toán …" and "Quyết toán …" are what was spent."""
    H25 = ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025"]
    ST = ["1", "Chi ngân sách nhà nước cho KH&CN", "triệu đồng", 85000]
    for rows in (head("Nghệ An", "DỰ TOÁN CHI NGÂN SÁCH KH&CN NĂM 2025") + [H25, ST],
                 head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025") + [
                     ["Dự toán chi ngân sách KH&CN năm 2025"], H25, ST]):
        assert taken(examine(rows, name="nghean_2025.xlsx")) == {("40", "34", "st_budget", "2025", "plan"): 85}
    H24 = ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"]
    for rows in (head("Nghệ An", "THỰC HIỆN DỰ TOÁN CHI NGÂN SÁCH KH&CN NĂM 2024") + [H24, ST],
                 head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
                     ["Quyết toán chi ngân sách KH&CN năm 2024"], H24, ST]):
        assert taken(examine(rows, name="nghean_2024.xlsx")) == {("40", "63", "st_budget", "2024", "actual"): 85}


def test_a_note_breaking_the_whole_down_by_former_province_keeps_the_row():
    """Probes of the note rule above (corpus: 12 honest rows of merged provinces): a note that breaks
    the report's whole down, or says what it includes, names a former province without making the
    figure that province's."""
    T = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025"
    H = ["STT", "Chỉ tiêu", "ĐVT", "Số lượng", "Ghi chú"]
    for note in ("Trong đó 9 sản phẩm của tỉnh Kiên Giang (cũ)", "Bao gồm cả sản phẩm của tỉnh Kiên Giang (cũ)",
                 "An Giang (cũ): 15; Kiên Giang (cũ): 10"):
        got = taken(examine(head("An Giang", T) + [H, ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 25, note],
                                                   SK + [""]], name="angiang_2025.xlsx"))
        assert got == {("91", "34", "ocop_products", "2025", "actual"): 25,
                       ("91", "34", "initiatives_recognized", "2025", "actual"): 120}, note
