"""Wrong numbers found by probe35 (issue #8: precision must stay 1.00), the held-out set's hostile
twin: reports a provincial office could send where a careless reader stores a wrong number. The
classes it found — a town named like its province (a column "TP. Hà Tĩnh", a heading "UBND THỊ XÃ
QUẢNG TRỊ"), a section heading on the year to come or on an estimate ("Phương hướng, nhiệm vụ năm
2025", "Ước thực hiện cả năm 2024"), a label wrapped onto the next row whose first line already named
an indicator, a kind of commune ("tại các xã miền núi"), a note leaving a level out ("(không bao gồm
cấp cơ sở)"), two levels in one label, one sex of the researchers — each with the
honest rows that must stay taken; then probes that already held, kept as regression tests (a few per
class). Each report is built here, marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

from tests.fixtures.reports import (LABEL_UNIT_HEADER as H, MARK, examine, facts, head, table as _rows, taken,
                                    why as _why)

REPORT_2024 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"
NGHE_AN = "40"


def _issued_by(*lines: str, year: int = 2024):
    """A report whose first lines are `lines` (the issuing body, its office), one OCOP row of 6."""
    return examine([[line] for line in lines] + [[MARK], [f"BÁO CÁO KẾT QUẢ THỰC HIỆN NĂM {year}"], [],
                                                 H + [f"Năm {year}"], ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 6]])


# --- a town named like its province -------------------------------------------------------------

def test_a_town_column_named_like_its_province_is_not_the_province():
    """"TP. Hà Tĩnh | Huyện Kỳ Anh | Toàn tỉnh": the town's 5 products were stored as Hà Tĩnh's;
    a lone column "Thành phố Vĩnh Long" as Vĩnh Long's (etl/headers.py _names_a_town)."""
    got = facts(_rows(["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 5, 3, 20],
                      columns=("TP. Hà Tĩnh", "Huyện Kỳ Anh", "Toàn tỉnh"), province="Hà Tĩnh"))
    assert got.get(("42", "63", "ocop_products", "2024", "actual")) != 5
    assert facts(_rows(["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 5], columns=("Thành phố Vĩnh Long",),
                       province="Vĩnh Long")) == {}


def test_a_town_issuing_the_report_is_not_its_province():
    """"UBND THÀNH PHỐ HÀ TĨNH / PHÒNG KINH TẾ", "UBND THỊ XÃ QUẢNG TRỊ": the town's report was stored
    as the province's (etl/context.py provinces_in, _town_named_like; abbreviations.toml issuer_town_kinds)."""
    for issuer in ("UBND THÀNH PHỐ HÀ TĨNH", "UBND THỊ XÃ QUẢNG TRỊ", "UBND HUYỆN QUẢNG NINH"):
        result = _issued_by(issuer, "PHÒNG KINH TẾ")
        assert facts(result) == {} and not result.accepted, issuer


def test_a_centrally_run_city_stays_the_province():
    assert taken(_issued_by("UBND THÀNH PHỐ HÀ NỘI", "SỞ KHOA HỌC VÀ CÔNG NGHỆ")) == {
        ("01", "63", "ocop_products", "2024", "actual"): 6}
    assert taken(_issued_by("UBND THÀNH PHỐ HUẾ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", year=2025)) == {
        ("46", "34", "ocop_products", "2025", "actual"): 6}
    assert taken(_issued_by("UBND TP. CẦN THƠ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ")) == {
        ("92", "63", "ocop_products", "2024", "actual"): 6}
    assert taken(_issued_by("UBND TỈNH HÀ TĨNH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ")) == {
        ("42", "63", "ocop_products", "2024", "actual"): 6}
    got = taken(_rows(["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 5, 3], columns=("Thành phố Cần Thơ", "Hậu Giang"),
                      province="Cần Thơ", title="KẾT QUẢ NĂM 2024"))
    assert got == {("92", "63", "ocop_products", "2024", "actual"): 5, ("93", "63", "ocop_products", "2024", "actual"): 3}


# --- a section heading on the year to come, or on an estimate -------------------------------------

def test_rows_under_directions_for_the_next_year_are_not_this_years():
    """"II. Phương hướng, nhiệm vụ năm 2025" over "1 | Nhiệm vụ KH&CN được nghiệm thu | 25" in a report
    on 2024: stored as 2024's tasks accepted (etl/walk.py _plan_heading reads abbreviations.toml plan_captions)."""
    result = _rows(["I", "Kết quả thực hiện năm 2024", None, None],
                   ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 30],
                   ["II", "Phương hướng, nhiệm vụ năm 2025", None, None],
                   ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 25], columns=("Số lượng",))
    assert taken(result) == {(NGHE_AN, "63", "ocop_products", "2024", "actual"): 30}
    assert "phương hướng" in _why(result, "Nhiệm vụ KH&CN được nghiệm thu")


def test_rows_under_an_estimate_heading_are_not_the_periods_actual():
    """"II. Ước thực hiện cả năm 2024" in a report on nine months: 25 was stored as January–September's
    tasks accepted (etl/walk.py _estimate_heading)."""
    result = _rows(["I", "Kết quả 9 tháng", None, None], ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 30],
                   ["II", "Ước thực hiện cả năm 2024", None, None],
                   ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 25],
                   title="BÁO CÁO 9 THÁNG NĂM 2024", columns=("Số lượng",))
    assert taken(result) == {(NGHE_AN, "63", "ocop_products", "2024-01/2024-09", "actual"): 30}


def test_results_and_directions_in_one_heading_stay_results():
    got = taken(_rows(["I", "Kết quả thực hiện năm 2024 và phương hướng năm 2025", None, None],
                      ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 25], columns=("Số lượng",)))
    assert got == {(NGHE_AN, "63", "tasks_accepted", "2024", "actual"): 25}


# --- a label wrapped onto the next row, its first line naming an indicator already ---------------

def test_a_wrapped_rest_that_changes_what_the_first_line_counts():
    """"Sản phẩm OCOP được công nhận của | 6" over "huyện Tuy Phước"; "Nhiệm vụ KH&CN được nghiệm thu, |
    30" over "không kể nhiệm vụ cấp cơ sở": the first line alone was read (etl/walk.py, beside
    _wrapped_rest)."""
    result = _rows(["1", "Sản phẩm OCOP được công nhận của", "sản phẩm", 6], [None, "huyện Tuy Phước", None, None],
                   province="Bình Định")
    assert facts(result) == {}
    result = _rows(["1", "Sáng kiến được công nhận", "sáng kiến", 35],
                   ["2", "Nhiệm vụ KH&CN được nghiệm thu,", "nhiệm vụ", 30], [None, "không kể nhiệm vụ cấp cơ sở", None, None])
    assert taken(result) == {(NGHE_AN, "63", "initiatives_recognized", "2024", "actual"): 35}


def test_a_wrapped_label_read_whole_stays_taken():
    got = taken(_rows(["1", "Số nhiệm vụ KH&CN được tổ chức đánh giá,", "nhiệm vụ", 7], [None, "nghiệm thu", None, None]))
    assert got == {(NGHE_AN, "63", "tasks_accepted", "2024", "actual"): 7}


# --- shares named by a label's words ---------------------------------------------------------------

def test_a_kind_of_commune_is_a_share():
    """"Nhiệm vụ KH&CN triển khai tại các xã miền núi | 9" was stored as every task managed, as a
    levels table under "… triển khai tại các xã miền núi phân theo cấp quản lý" was (abbreviations.toml part_words)."""
    assert facts(_rows(["1", "Nhiệm vụ KH&CN triển khai tại các xã miền núi", "nhiệm vụ", 9])) == {}
    levels = examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ KH&CN NĂM 2025") + [
        ["Bảng 2. Số nhiệm vụ KH&CN triển khai tại các xã miền núi phân theo cấp quản lý"],
        ["STT", "Cấp quản lý", "Số nhiệm vụ"], ["1", "Cấp quốc gia", 2], ["2", "Cấp tỉnh", 15], ["3", "Cấp cơ sở", 8],
        [None, "Tổng cộng", 25]])
    assert facts(levels) == {}


def test_a_note_leaving_a_level_out_is_no_whole():
    """"Nhiệm vụ KH&CN được nghiệm thu (không bao gồm cấp cơ sở) | 30" was stored as every task accepted
    (etl/row_labels.py _note_names_parts_not_one; header_words.toml note_exclusion_words)."""
    for note in ("(không bao gồm cấp cơ sở)", "(trừ cấp cơ sở)", "(không kể nhiệm vụ cấp cơ sở)"):
        assert facts(_rows(["1", f"Nhiệm vụ KH&CN được nghiệm thu {note}", "nhiệm vụ", 30])) == {}, note


def test_two_levels_in_one_label_are_neither():
    """"Nhiệm vụ KH&CN cấp tỉnh và cấp cơ sở được nghiệm thu | 30" was stored as the provincial level's
    (indicators.toml: each level's entry excludes the other levels)."""
    assert facts(_rows(["1", "Nhiệm vụ KH&CN cấp tỉnh và cấp cơ sở được nghiệm thu", "nhiệm vụ", 30])) == {}
    assert facts(_rows(["1", "Nhiệm vụ KH&CN cấp quốc gia và cấp tỉnh đang quản lý", "nhiệm vụ", 30])) == {}


def test_one_sex_of_researchers_is_not_every_researcher():
    assert facts(_rows(["1", "Người làm nghiên cứu khoa học là nữ", "người", 45])) == {}


def test_the_plain_wholes_and_levels_stay_taken():
    got = taken(_rows(["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 30],
                      ["2", "Nhiệm vụ KH&CN cấp tỉnh được nghiệm thu", "nhiệm vụ", 20],
                      ["3", "Nhiệm vụ KH&CN cấp quốc gia được nghiệm thu", "nhiệm vụ", 2],
                      ["4", "Người làm nghiên cứu khoa học", "người", 1200],
                      ["5", "Sản phẩm OCOP 4 sao được công nhận", "sản phẩm", 7],
                      ["6", "Sản phẩm OCOP được công nhận (từ 3 sao trở lên)", "sản phẩm", 40]))
    assert got == {(NGHE_AN, "63", "tasks_accepted", "2024", "actual"): 30,
                   (NGHE_AN, "63", "tasks_accepted_provincial", "2024", "actual"): 20,
                   (NGHE_AN, "63", "tasks_accepted_national", "2024", "actual"): 2,
                   (NGHE_AN, "63", "researchers", "2024-12-31", "actual"): 1200,
                   (NGHE_AN, "63", "ocop_products_4star", "2024", "actual"): 7,
                   (NGHE_AN, "63", "ocop_products", "2024", "actual"): 40}


# --- probes that held (regression) ------------------------------------------------------------------

def test_probe_stocks_are_read_at_the_years_end():
    for label in ("Sản phẩm OCOP được công nhận (lũy kế đến 31/12/2024)", "Tổng số sản phẩm OCOP hiện có"):
        assert taken(_rows(["1", label, "sản phẩm", 210])) == {
            (NGHE_AN, "63", "ocop_products_total", "2024-12-31", "actual"): 210}, label


def test_probe_times_dossiers_and_applications_are_not_the_things():
    for label, unit in (("Lượt doanh nghiệp được hỗ trợ hoạt động KH&CN", "lượt"),
                        ("Doanh nghiệp được hỗ trợ hoạt động KH&CN", "lượt"),
                        ("Số đơn đăng ký bảo hộ SHTT được hỗ trợ", "đơn"),
                        ("Số hồ sơ sáng kiến được công nhận", "hồ sơ")):
        assert facts(_rows(["1", label, unit, 45])) == {}, label


def test_probe_a_plan_heading_and_a_plan_sheet():
    result = _rows(["I", "Kết quả thực hiện năm 2024", None, None], ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 30],
                   ["II", "Kế hoạch năm 2025", None, None], ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 25],
                   columns=("Số lượng",))
    assert taken(result) == {(NGHE_AN, "63", "ocop_products", "2024", "actual"): 30}
    assert taken(_rows(["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 30], columns=("Số lượng",), sheet="KH 2025")) == {
        (NGHE_AN, "34", "ocop_products", "2025", "plan"): 30}


def test_probe_thousands_and_decimals():
    assert taken(_rows(["1", "Người làm nghiên cứu khoa học", "người", "1.234"])) == {
        (NGHE_AN, "63", "researchers", "2024-12-31", "actual"): 1234}
    assert not _rows(["1", "Người làm nghiên cứu khoa học", "người", "1,234"]).accepted


def test_probe_a_former_city_is_no_former_province():
    """"Địa bàn thành phố Kon Tum (cũ)", a section "Trong đó: thành phố Bạc Liêu (cũ)": never the former
    province's figures."""
    got = facts(_rows(["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 12, 50],
                      title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025",
                      columns=("Địa bàn thành phố Kon Tum (cũ)", "Toàn tỉnh"), province="Quảng Ngãi"))
    assert 12 not in got.values()
    got = taken(_rows(["I", "TOÀN TỈNH", None, None], ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 50],
                      ["II", "Trong đó: thành phố Bạc Liêu (cũ)", None, None],
                      ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 7],
                      title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025", columns=("Năm 2025",), province="Cà Mau"))
    assert got == {("96", "34", "ocop_products", "2025", "actual"): 50}


def test_probe_former_provinces_beside_the_merged_whole_before_the_merger():
    got = taken(_rows(["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 20, 40, 60],
                      title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024 (SAU SẮP XẾP)",
                      columns=("Gia Lai (cũ)", "Bình Định (cũ)", "Toàn tỉnh"), province="Gia Lai"))
    assert got == {("64", "63", "ocop_products", "2024", "actual"): 20,
                   ("52", "63", "ocop_products", "2024", "actual"): 40}
