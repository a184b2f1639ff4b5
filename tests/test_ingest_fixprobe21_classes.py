"""Wrong numbers review21b found in probe32's rules (issue #8: precision must stay 1.00): a part named
in a label's note with "trong đó", "trở lên", "chưa gồm" or as a list, and a comparison written with
an abbreviation. One class per test, each with the honest readings that must stay taken; each report
is built here, marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

from tests.fixtures.reports import examine, head, taken

H = ["STT", "Chỉ tiêu", "ĐVT"]
NGHE_AN_2024 = head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [H + ["Năm 2024"]]
BESIDE = ["2", "Sáng kiến được công nhận", "sáng kiến", 7]


def _one_row(label: str, unit: str, value) -> dict:
    """What Nghệ An's 2024 report stores of one row (beside a row of initiatives recognized, 7)."""
    got = taken(examine(NGHE_AN_2024 + [["1", label, unit, value], BESIDE], name="nghean_2024.xlsx"))
    assert got, label
    return {k[2]: v for k, v in got.items() if v != 7}


def test_a_note_naming_parts_but_not_exactly_one_is_neither_the_part_nor_the_whole():
    """"Sản phẩm OCOP được công nhận (4 sao trở lên) | 40" was stored as the 4-star products, "(trong đó
    4 sao)" too; "Nhiệm vụ KH&CN được quản lý (chưa gồm cấp quốc gia)", "(không kể cấp cơ sở)", "(cấp
    tỉnh, cấp cơ sở)" as every task managed. metrics/header_words.toml note_part_qualifier_words,
    etl/row_labels.py _note_names_parts_not_one."""
    for label in ("Sản phẩm OCOP được công nhận (4 sao trở lên)", "Sản phẩm OCOP được công nhận (trong đó 4 sao)",
                  "Sản phẩm OCOP được công nhận (3 sao, 4 sao)",
                  "Nhiệm vụ KH&CN được quản lý (chưa gồm cấp quốc gia)", "Nhiệm vụ KH&CN được quản lý (không kể cấp cơ sở)",
                  "Nhiệm vụ KH&CN được quản lý (cấp tỉnh, cấp cơ sở)", "Nhiệm vụ KH&CN được quản lý (cấp tỉnh và cấp cơ sở)",
                  "Nhiệm vụ KH&CN được quản lý (gồm cấp quốc gia và cấp tỉnh)"):
        assert _one_row(label, "", 40) == {}, label


def test_a_note_naming_one_part_or_the_whole_stays_taken():
    """Probes where the rule must not fire: one part named ("(3 sao)", "(đạt 4 sao)", "(cấp tỉnh)"), from
    the lowest level up ("(từ 3 sao trở lên)": every product), a unit, "(kể cả cấp quốc gia)" (the whole)."""
    assert _one_row("Sản phẩm OCOP được công nhận (3 sao)", "", 40) == {"ocop_products_3star": 40}
    assert _one_row("Sản phẩm OCOP được công nhận (đạt 4 sao)", "", 40) == {"ocop_products_4star": 40}
    assert _one_row("Nhiệm vụ KH&CN được quản lý (cấp tỉnh)", "", 40) == {"tasks_managed_provincial": 40}
    assert _one_row("Sản phẩm OCOP được công nhận (từ 3 sao trở lên)", "", 40) == {"ocop_products": 40}
    assert _one_row("Sản phẩm OCOP được công nhận (sản phẩm)", "", 40) == {"ocop_products": 40}
    assert _one_row("Nhiệm vụ KH&CN được quản lý (kể cả cấp quốc gia)", "", 40) == {"tasks_managed": 40}


def test_a_comparison_written_with_an_abbreviation_is_no_figure():
    """"Tỷ lệ hồ sơ trực tuyến so với KH | % | 95", "… so CK", "Tỷ lệ TTHC mức độ 4 (% kế hoạch)": the
    comparison with the plan or last year was stored as the year's rate (the words were sought in the
    raw label). metrics/header_words.toml comparison_label_words, etl/walk.py _compares."""
    for label in ("Tỷ lệ hồ sơ trực tuyến so với KH", "Tỷ lệ hồ sơ trực tuyến so CK", "Tỷ lệ TTHC mức độ 4 (% kế hoạch)",
                  "Tỷ lệ hồ sơ trực tuyến (so với cùng kỳ)"):
        assert _one_row(label, "%", 95) == {}, label


def test_a_rate_of_a_whole_or_of_the_field_stays_taken():
    """Probes: a rate of all dossiers ("so với tổng số hồ sơ") is the rate; "KH&CN" after "so với" is the
    field, never the plan."""
    assert _one_row("Tỷ lệ hồ sơ trực tuyến so với tổng số hồ sơ", "%", 85) == {"online_dossier_rate": 85}
    assert _one_row("Tỷ lệ TTHC mức độ 4 so với tổng số TTHC của tỉnh", "%", 85) == {"tthc_level4_rate": 85}
    assert _one_row("Tỷ lệ hồ sơ trực tuyến", "%", 85) == {"online_dossier_rate": 85}


def test_a_sum_of_recounted_periods_across_the_merger_of_mixed_kinds_or_with_a_blank_is_set_aside():
    """"Năm 2021 … Năm 2025 | Giai đoạn 2021-2025" with the tasks carried over 20, 22, 25, 24, 26 | 117 was
    stored as the tasks carried over in 2021–2025 (2025 is in the frame of 34 provinces, the years before
    in that of 63, and only one frame was summed); "6 tháng đầu năm | Quý III | 9 tháng" 40, 35, 75 (two
    kinds of period); "2022 | 40", "2023 | ", "2024 | 50", "Cộng 2022-2024 | 135" (a year blank: no sum to
    check). etl/validate.py set_aside_recounted_sums."""
    got = taken(examine(head("Nghệ An", "TỔNG KẾT GIAI ĐOẠN 2021-2025") + [
        H + ["Năm 2021", "Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025", "Giai đoạn 2021-2025"],
        ["1", "Nhiệm vụ KH&CN chuyển tiếp", "nhiệm vụ", 20, 22, 25, 24, 26, 117],
        ["2", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 10, 12, 13, 15, 16, 66]], name="nghean_2021_2025.xlsx"))
    assert ("40", "34", "tasks_carried_over", "2021/2025", "actual") not in got
    assert got[("40", "34", "tasks_carried_over", "2025", "actual")] == 26
    assert got[("40", "34", "tasks_accepted", "2021/2025", "actual")] == 66   # counted once: an honest sum
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 9 THÁNG NĂM 2024") + [
        H + ["6 tháng đầu năm", "Quý III", "9 tháng"], ["1", "Nhiệm vụ KH&CN cấp tỉnh được quản lý", "nhiệm vụ", 40, 35, 75]],
        name="nghean_9t2024.xlsx"))
    assert ("40", "63", "tasks_managed_provincial", "2024-01/2024-09", "actual") not in got
    assert got[("40", "63", "tasks_managed_provincial", "2024-Q3", "actual")] == 35
    got = taken(examine(head("Nghệ An", "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KH&CN GIAI ĐOẠN 2022-2024") + [
        ["Năm", "Số nhiệm vụ KH&CN được quản lý", "Số nhiệm vụ được nghiệm thu"],
        ["2022", 40, 12], ["2023", None, 15], ["2024", 50, 18], ["Cộng 2022-2024", 135, 45]], name="nghean_2022_2024.xlsx"))
    assert ("40", "63", "tasks_managed", "2022/2024", "actual") not in got
    assert got[("40", "63", "tasks_managed", "2024", "actual")] == 50
    assert got[("40", "63", "tasks_accepted", "2022/2024", "actual")] == 45


def test_a_merged_provinces_years_before_the_merger_make_no_sum_of_its_span():
    """Probe: the new An Giang's "Giai đoạn 2021-2025" beside the former An Giang's years (a territory that
    changed) is no sum of those years to check: the span's own count stays, as before."""
    got = taken(examine(head("An Giang", "TỔNG KẾT GIAI ĐOẠN 2021-2025") + [
        H + ["Năm 2021", "Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025", "Giai đoạn 2021-2025"],
        ["1", "Nhiệm vụ KH&CN chuyển tiếp", "nhiệm vụ", 20, 22, 25, 24, 26, 117]], name="angiang_2021_2025.xlsx"))
    assert got.get(("91", "34", "tasks_carried_over", "2025", "actual")) == 26


NGHE_AN_2025 = head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025") + [H + ["Năm 2025"]]


def test_an_unnumbered_stage_heading_and_a_plan_heading_govern_their_numbered_rows():
    """"Nhiệm vụ chuyển tiếp từ năm 2024" with no number over "1 | Nhiệm vụ KH&CN cấp tỉnh | 14" ranked
    below its row and governed nothing: the carried-over tasks were stored as every provincial task
    managed in 2025; "B. KẾ HOẠCH NĂM 2025" over "1. Nhiệm vụ KH&CN cấp tỉnh | 20" in a 2024 report stored
    the plan as 2024's actual. etl/walk.py _under_section, _plan_heading."""
    got = taken(examine(NGHE_AN_2025 + [["", "Nhiệm vụ chuyển tiếp từ năm 2024", "", ""],
                                        ["1", "Nhiệm vụ KH&CN cấp tỉnh", "nhiệm vụ", 14], BESIDE],
                        name="nghean_2025.xlsx"))
    assert ("40", "34", "tasks_managed_provincial", "2025", "actual") not in got
    got = taken(examine(NGHE_AN_2024 + [["A", "KẾT QUẢ THỰC HIỆN NĂM 2024", "", ""], ["1", "Nhiệm vụ KH&CN cấp tỉnh", "nhiệm vụ", 30],
                                        ["B", "KẾ HOẠCH NĂM 2025", "", ""], ["1", "Nhiệm vụ KH&CN cấp quốc gia", "nhiệm vụ", 20]],
                        name="nghean_2024.xlsx"))
    assert got == {("40", "63", "tasks_managed_provincial", "2024", "actual"): 30}


def test_two_stages_or_a_total_after_the_sections_stay_taken():
    """Probes: "I | NHIỆM VỤ MỚI VÀ CHUYỂN TIẾP" (new and carried over: every task managed) over its levels
    3 and 30; an unnumbered "Tổng số nhiệm vụ KH&CN được quản lý | 22" after sections I and II ends them;
    one stage in two words ("Nhiệm vụ đề xuất đặt hàng năm 2025") still rules its rows out."""
    got = taken(examine(NGHE_AN_2025 + [["I", "NHIỆM VỤ MỚI VÀ CHUYỂN TIẾP", "", ""],
                                        ["1", "Nhiệm vụ KH&CN cấp quốc gia", "nhiệm vụ", 3],
                                        ["2", "Nhiệm vụ KH&CN cấp tỉnh", "nhiệm vụ", 30]], name="nghean_2025.xlsx"))
    assert got == {("40", "34", "tasks_managed_national", "2025", "actual"): 3,
                   ("40", "34", "tasks_managed_provincial", "2025", "actual"): 30}
    got = taken(examine(NGHE_AN_2025 + [["I", "Nhiệm vụ chuyển tiếp", "", ""], ["1", "Cấp tỉnh", "nhiệm vụ", 14],
                                        ["II", "Nhiệm vụ mới", "", ""], ["1", "Cấp tỉnh", "nhiệm vụ", 6],
                                        ["", "Tổng số nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 22]], name="nghean_2025.xlsx"))
    assert got[("40", "34", "tasks_managed", "2025", "actual")] == 22
    got = taken(examine(NGHE_AN_2024 + [["1", "Nhiệm vụ đề xuất đặt hàng năm 2025", "", ""],
                                        ["-", "Nhiệm vụ KH&CN cấp tỉnh", "nhiệm vụ", 25], BESIDE], name="nghean_2024.xlsx"))
    assert ("40", "63", "tasks_managed_provincial", "2024", "actual") not in got


def test_a_place_below_the_province_abbreviated_numbered_or_in_capitals_is_not_the_provinces():
    """One reading of "a place below the province" for a row's label, a clause of prose and a text cell
    (etl/labels.py place_below_province; metrics/abbreviations.toml place_below_province_words,
    city_place_words, place_below_province_short_words, place_numbered_words): "(Quận 12)", "(phường 5)",
    "tại TP.Vinh", "(TX Cửa Lò)", "- H. Nghi Lộc", "- HUYỆN NGHI LỘC", "(đặc khu Phú Quốc)" beside 12 were
    stored as Nghệ An's products; "TP. Thủ Dầu Một hỗ trợ 4 doanh nghiệp" as Bình Dương's 4 (review21b)."""
    for label in ("Sản phẩm OCOP được công nhận (Quận 12)", "Sản phẩm OCOP được công nhận (phường 5)",
                  "Sản phẩm OCOP được công nhận tại TP.Vinh", "Sản phẩm OCOP được công nhận (TX Cửa Lò)",
                  "Sản phẩm OCOP được công nhận - H. Nghi Lộc", "SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN - HUYỆN NGHI LỘC",
                  "Sản phẩm OCOP được công nhận (đặc khu Phú Quốc)"):
        assert _one_row(label, "sản phẩm", 12) == {}, label
    got = taken(examine(head("Bình Dương", "KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024") + [
        ["TT", "Nội dung", "Kết quả thực hiện", "Ghi chú"],
        ["1", "Doanh nghiệp", "TP. Thủ Dầu Một hỗ trợ 4 doanh nghiệp đổi mới công nghệ", None],
        ["2", "Nhiệm vụ", "Quản lý 64 nhiệm vụ KH&CN", None]], name="binhduong_2024.xlsx"))
    assert got == {("74", "63", "tasks_managed", "2024", "actual"): 64}


def test_a_venue_a_level_or_the_province_itself_is_no_place_below_it():
    """Probes: "Tại hội nghị tổ chức ở xã Mỹ Hòa Hưng, UBND tỉnh công nhận 45 sản phẩm OCOP" (where a
    meeting was held: the province's 45); "(TP. Hồ Chí Minh)" in Hồ Chí Minh's report, "(các huyện, thị xã)"."""
    got = taken(examine(head("An Giang", "KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024") + [
        ["TT", "Nội dung", "Kết quả thực hiện", "Ghi chú"],
        ["1", "Sản phẩm OCOP", "Tại hội nghị tổ chức ở xã Mỹ Hòa Hưng, UBND tỉnh công nhận 45 sản phẩm OCOP", None],
        ["2", "Nhiệm vụ", "Quản lý 64 nhiệm vụ KH&CN", None]], name="angiang_2024.xlsx"))
    assert got[("89", "63", "ocop_products", "2024", "actual")] == 45
    assert _one_row("Sản phẩm OCOP được công nhận (các huyện, thị xã)", "sản phẩm", 40) == {"ocop_products": 40}
    got = taken(examine(head("Hồ Chí Minh", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024", city=True) + [
        H + ["Năm 2024"], ["1", "Sản phẩm OCOP được công nhận (TP. Hồ Chí Minh)", "sản phẩm", 50]], name="hcm_2024.xlsx"))
    assert got == {("79", "63", "ocop_products", "2024", "actual"): 50}


def test_a_province_level_city_named_in_a_sentence_is_the_province_not_a_place_below_it():
    """"Năm 2023, Sở Khoa học và Công nghệ thành phố Cần Thơ quản lý 54 nhiệm vụ KH&CN": the name's
    match ran over the words after it ("Cần Thơ quản"), so Cần Thơ — a city of the province level —
    was taken for a city below a province and its tasks and PII were dropped (corpus batch 21)."""
    got = taken(examine(head("Cần Thơ", "KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2023") + [
        ["TT", "Nội dung", "Kết quả thực hiện", "Ghi chú"],
        ["1", "Nhiệm vụ", "Năm 2023, Sở Khoa học và Công nghệ thành phố Cần Thơ quản lý 54 nhiệm vụ KH&CN", None],
        ["2", "Doanh nghiệp", "Thành phố Cần Thơ hỗ trợ 42 doanh nghiệp đổi mới công nghệ", None]],
        name="cantho_2023.xlsx"))
    assert got[("92", "63", "tasks_managed", "2023", "actual")] == 54
    assert got[("92", "63", "enterprises_supported", "2023", "actual")] == 42
