"""Wrong numbers found by probe30 (issue #8: precision must stay 1.00): realistic reports built to
tempt the ingest into storing a figure a careful statistician would not store for that indicator,
province and period. One class per test, each with the honest readings of similar rows that must
stay taken; each report is built here, marked as test data, and read by `etl.ingest.examine` as an
upload is."""
from __future__ import annotations

from tests.fixtures.reports import OCOP_ROW as OCOP, examine, head, taken


def test_the_plan_year_a_title_names_is_a_plan_not_an_actual():
    """"BÁO CÁO KẾT QUẢ NĂM 2024 VÀ KẾ HOẠCH NĂM 2025" over "Năm 2024 | Năm 2025": the 2025 column
    is the plan the report sets (written in late 2024), and "KẾ HOẠCH KHOA HỌC VÀ CÔNG NGHỆ NĂM
    2025" over "Số lượng" is that plan. Both were stored as 2025's actual figures."""
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ NĂM 2024 VÀ KẾ HOẠCH NĂM 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025"], OCOP + [42, 50]], name="nghean_2024.xlsx"))
    assert got == {("40", "63", "ocop_products", "2024", "actual"): 42,
                   ("40", "34", "ocop_products", "2025", "plan"): 50}
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ NĂM 2024, PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025"], OCOP + [42, 50]], name="nghean_2024.xlsx"))
    assert got == {("40", "63", "ocop_products", "2024", "actual"): 42,
                   ("40", "34", "ocop_products", "2025", "plan"): 50}
    got = taken(examine(head("Nghệ An", "KẾ HOẠCH KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Số lượng"], OCOP + [50]], name="nghean_kh_2025.xlsx"))
    assert got == {("40", "34", "ocop_products", "2025", "plan"): 50}


def test_a_title_on_carrying_out_the_plan_reports_results():
    """Probes where the title's plan must not fire: "KẾT QUẢ THỰC HIỆN KẾ HOẠCH … NĂM 2024" reports
    the year's results; a plan title's column of results ("Thực hiện năm 2024") or of another year
    ("Năm 2023" beside "Năm 2024" under "… VÀ KẾ HOẠCH NĂM 2025") keeps its reading."""
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH KH&CN NĂM 2024") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"], OCOP + [42]], name="nghean_2024.xlsx"))
    assert got == {("40", "63", "ocop_products", "2024", "actual"): 42}
    got = taken(examine(head("Nghệ An", "KẾ HOẠCH KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2024", "Kế hoạch năm 2025"], OCOP + [42, 50]],
        name="nghean_kh_2025.xlsx"))
    assert got == {("40", "63", "ocop_products", "2024", "actual"): 42,
                   ("40", "34", "ocop_products", "2025", "plan"): 50}
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ NĂM 2024 VÀ KẾ HOẠCH NĂM 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2023", "Năm 2024"], OCOP + [30, 42]], name="nghean_2024.xlsx"))
    assert got == {("40", "63", "ocop_products", "2023", "actual"): 30,
                   ("40", "63", "ocop_products", "2024", "actual"): 42}


def test_a_label_naming_a_district_a_group_or_a_field_is_no_whole():
    """A row whose label names one share the registry declares no part for — a district's ("… của
    huyện Quỳnh Lưu"), an average per district ("… bình quân mỗi huyện"), one product group ("…
    (nhóm thực phẩm)"), one field ("… nghiệm thu trong lĩnh vực nông nghiệp"): each was stored as
    the province's whole figure. metrics/abbreviations.toml `part_words`."""
    T = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"
    for label in ("Sản phẩm OCOP được công nhận của huyện Quỳnh Lưu", "Số sản phẩm OCOP được công nhận bình quân mỗi huyện",
                  "Sản phẩm OCOP được công nhận (nhóm thực phẩm)"):
        got = taken(examine(head("Nghệ An", T) + [
            ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"], ["1", label, "sản phẩm", 8],
            ["2", "Sáng kiến được công nhận", "sáng kiến", 120]], name="nghean_2024.xlsx"))
        assert got == {("40", "63", "initiatives_recognized", "2024", "actual"): 120}, label
    got = taken(examine(head("Nghệ An", T) + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
        ["1", "Nhiệm vụ KH&CN được nghiệm thu trong lĩnh vực nông nghiệp", "nhiệm vụ", 12],
        ["2", "Sáng kiến được công nhận", "sáng kiến", 120]], name="nghean_2024.xlsx"))
    assert got == {("40", "63", "initiatives_recognized", "2024", "actual"): 120}


def test_the_whole_beside_its_shares_and_a_label_naming_every_district_stay_taken():
    """Probes where `part_words` must not fire: the province's row above its groups keeps its
    figure; "(21 huyện, thị xã, thành phố)" names the whole's places; a declared level ("cấp tỉnh")
    is the registry's part."""
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
        ["1", "Sản phẩm OCOP được công nhận (21 huyện, thị xã, thành phố)", "sản phẩm", 42],
        ["", "- Trong đó nhóm thực phẩm", "sản phẩm", 20],
        ["2", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 25],
        ["", "- Cấp tỉnh", "nhiệm vụ", 18]], name="nghean_2024.xlsx"))
    assert got == {("40", "63", "ocop_products", "2024", "actual"): 42,
                   ("40", "63", "tasks_accepted", "2024", "actual"): 25,
                   ("40", "63", "tasks_accepted_provincial", "2024", "actual"): 18}


def test_a_title_reporting_on_a_plan_keeps_its_results():
    """review19b: a plan word that does not open its title's clause is the plan being carried out:
    "BÁO CÁO TÌNH HÌNH TRIỂN KHAI KẾ HOẠCH SỐ 45/KH-UBND NĂM 2024", "SƠ KẾT KẾ HOẠCH 6 THÁNG ĐẦU
    NĂM 2025", "BÁO CÁO TIẾN ĐỘ KẾ HOẠCH KH&CN NĂM 2025", "ĐÁNH GIÁ KẾ HOẠCH NĂM 2024" each turned
    the period's results into its plan (the actuals lost from the dashboard); "Kế hoạch số
    45/KH-UBND" names a document. metrics/abbreviations.toml `plan_title_result_words`."""
    year = ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"]
    half = ["STT", "Chỉ tiêu", "ĐVT", "6 tháng đầu năm 2025"]
    for title, header, period in (
            ("BÁO CÁO TÌNH HÌNH TRIỂN KHAI KẾ HOẠCH SỐ 45/KH-UBND NĂM 2024", year, "2024"),
            ("KẾ HOẠCH SỐ 45/KH-UBND NĂM 2024", year, "2024"),
            ("ĐÁNH GIÁ KẾ HOẠCH NĂM 2024", year, "2024"),
            ("BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2024", year, "2024"),
            ("BÁO CÁO KẾ HOẠCH VÀ KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024", year, "2024"),
            ("SƠ KẾT KẾ HOẠCH 6 THÁNG ĐẦU NĂM 2025", half, "2025-S1"),
            ("BÁO CÁO TIẾN ĐỘ KẾ HOẠCH KH&CN NĂM 2025", half, "2025-S1")):
        got = taken(examine(head("Nghệ An", title) + [header, OCOP + [42]], name="nghean.xlsx"))
        assert got == {("40", "63", "ocop_products", period, "actual"): 42}, title
    # probe: a report's title that opens with its plan ("BÁO CÁO KẾ HOẠCH …") still sets it
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾ HOẠCH KH&CN NĂM 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Số lượng"], OCOP + [50]], name="nghean_kh_2025.xlsx"))
    assert got == {("40", "34", "ocop_products", "2025", "plan"): 50}


def test_a_field_is_a_part_only_when_it_is_not_science_and_technology():
    """review19b: "lĩnh vực X" names one share only when X is not science and technology itself —
    "Chi ngân sách nhà nước trong lĩnh vực khoa học và công nghệ" (85 tỷ) was lost, and a file of
    only that row refused; "Tỷ lệ TTHC thuộc lĩnh vực KH&CN …", "Tỷ lệ hồ sơ TTHC trong lĩnh vực
    KH&CN …" were lost. A group in brackets ("(nhóm thảo dược)") and a named commune or town ("của
    xã Quỳnh Lưu", "của thành phố Vinh") were stored as the province's whole.
    metrics/abbreviations.toml `part_words` (field_words, whole_fields, bracket_words, place_words)."""
    T = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"
    H = ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"]
    SK = ["2", "Sáng kiến được công nhận", "sáng kiến", 120]
    for label, unit, value, fact in (
            ("Chi ngân sách nhà nước trong lĩnh vực khoa học và công nghệ", "triệu đồng", 85000,
             (("40", "63", "st_budget", "2024", "actual"), 85)),
            ("Tỷ lệ TTHC thuộc lĩnh vực KH&CN cung cấp dịch vụ công trực tuyến toàn trình", "%", 100,
             (("40", "63", "tthc_level4_rate", "2024-12-31", "actual"), 100)),
            ("Tỷ lệ hồ sơ TTHC trong lĩnh vực KH&CN tiếp nhận trực tuyến", "%", 95,
             (("40", "63", "online_dossier_rate", "2024", "actual"), 95))):
        got = taken(examine(head("Nghệ An", T) + [H, ["1", label, unit, value], SK], name="nghean_2024.xlsx"))
        assert got == {fact[0]: fact[1], ("40", "63", "initiatives_recognized", "2024", "actual"): 120}, label
    # a file of that one row is honest: read, never refused
    report = examine(head("Nghệ An", T) + [["STT", "Chỉ tiêu", "ĐVT", "Kết quả"], [
        "1", "Chi ngân sách nhà nước trong lĩnh vực khoa học và công nghệ", "triệu đồng", 85000]], name="nghean_2024.xlsx")
    assert report.accepted and taken(report) == {("40", "63", "st_budget", "2024", "actual"): 85}
    for label in ("Sản phẩm OCOP được công nhận (nhóm thảo dược)", "Sản phẩm OCOP được công nhận của xã Quỳnh Lưu",
                  "Sản phẩm OCOP được công nhận của phường Hưng Dũng",
                  "Sản phẩm OCOP được công nhận của thành phố Vinh"):
        got = taken(examine(head("Nghệ An", T) + [H, ["1", label, "sản phẩm", 8], SK], name="nghean_2024.xlsx"))
        assert got == {("40", "63", "initiatives_recognized", "2024", "actual"): 120}, label
    # probes: a city's own whole, a typo of a declared word, a table by product group keep their reading
    got = taken(examine(head("Nghệ An", T) + [
        H, ["1", "Sản phẩm OCOP được công nhận trên địa bàn thành phố", "sản phẩm", 42],
        ["2", "Nhiệm vụ KH&CN được ngiệm thu", "nhiệm vụ", 12]], name="nghean_2024.xlsx"))
    assert got == {("40", "63", "ocop_products", "2024", "actual"): 42,
                   ("40", "63", "tasks_accepted", "2024", "actual"): 12}
    got = taken(examine(head("Nghệ An", "SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN NĂM 2024 THEO NHÓM SẢN PHẨM") + [
        ["STT", "Nhóm sản phẩm", "Số sản phẩm"], ["1", "Thực phẩm", 20], ["2", "Đồ uống", 10],
        ["", "Tổng cộng", 30]], name="nghean_2024.xlsx"))
    assert got == {("40", "63", "ocop_products", "2024", "actual"): 30}
