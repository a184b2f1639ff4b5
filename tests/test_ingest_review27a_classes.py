"""Wrong numbers review27a found in the rules of blind46, blind47, probe35 and wrong26 (issue #8:
precision must stay 1.00): reports a provincial office could send where a rule fires but a person
reads the figure otherwise. Each class: the report that stored a wrong number, then probes where the
fix must not fire (the honest reading kept). Each report is built here, marked as test data, and read
by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

from tests.fixtures.reports import LABEL_UNIT_HEADER as H, MARK, examine, facts, head, taken, why as _why

NGHE_AN, YEN_BAI = "40", "15"
REPORT_2024 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"


# --- the S&T department's own column gives only the department's own indicators ----------------------

def _department_table(rows: list, columns=("Toàn tỉnh", "Sở KH&CN"), title="TÌNH HÌNH THỰC HIỆN NĂM 2024"):
    return examine(head("Nghệ An", title) + [H + list(columns), *rows])


def test_the_departments_column_is_no_province_wide_figure():
    """"Chi ngân sách nhà nước cho KH&CN | Toàn tỉnh 120 | Sở KH&CN 45" (a Finance table), "Nhiệm vụ KH&CN
    được quản lý | 80 | 35", "Sản phẩm OCOP được công nhận | 60 | 2": the department's share was stored
    as Nghệ An's S&T budget, tasks and products (blind47's column rule read every indicator there)."""
    result = _department_table([["1", "Chi ngân sách nhà nước cho KH&CN", "tỷ đồng", 120, 45],
                                ["2", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 80, 35],
                                ["3", "Sản phẩm OCOP được công nhận", "sản phẩm", 60, 2]])
    assert facts(result) == {}
    assert "riêng của Sở" in _why(result, "Chi ngân sách nhà nước cho KH&CN")
    result = _department_table([["1", "Chi ngân sách nhà nước cho KH&CN", "tỷ đồng", 3, 45, 9]],
                               columns=("Sở Nội vụ", "Sở KH&CN", "Sở Tài chính"))
    assert facts(result) == {}


def test_probe_the_departments_procedures_and_dossiers_stay_read():
    got = taken(_department_table([["1", "Tổng số TTHC đang thực hiện", "thủ tục", "1.986", 121],
                                   ["2", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", "72,0", "95,0"]]))
    assert got == {(NGHE_AN, "63", "tthc_total", "2024-12-31", "actual"): 121,
                   (NGHE_AN, "63", "online_dossier_rate", "2024", "actual"): 95.0}


def test_probe_a_column_of_the_years_figure_is_untouched():
    got = taken(_department_table([["1", "Chi ngân sách nhà nước cho KH&CN", "tỷ đồng", 120]], columns=("Năm 2024",)))
    assert got == {(NGHE_AN, "63", "st_budget", "2024", "actual"): 120}


# --- a wrapped rest naming a place, another province or a former one is no whole -------------------

def _wrapped(rest: str, province: str = "Nghệ An", title: str = REPORT_2024, column: str = "Năm 2024"):
    return examine(head(province, title) + [H + [column], ["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 20],
                                           [None, rest], ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", 30]])


def test_a_wrapped_rest_naming_a_place_or_another_province_is_no_whole():
    """"Nhiệm vụ KH&CN được quản lý | 20" over "tại tỉnh Hà Tĩnh", "của thành phố Vinh, tỉnh Nghệ An", "tại
    các xã thuộc huyện miền núi của tỉnh"; the new Quảng Trị's row over "thuộc tỉnh Quảng Bình (cũ)": each
    was stored as the report's province's whole (wrong26's exemption: any province named, or a rest
    ending in "tỉnh", meant the whole; etl/walk.py _says_the_whole_province)."""
    for rest in ("tại tỉnh Hà Tĩnh", "của thành phố Vinh, tỉnh Nghệ An", "tại các xã thuộc huyện miền núi của tỉnh"):
        assert taken(_wrapped(rest)) == {(NGHE_AN, "63", "ocop_products", "2024", "actual"): 30}, rest
    got = taken(_wrapped("thuộc tỉnh Quảng Bình (cũ)", province="Quảng Trị", title="BÁO CÁO KẾT QUẢ NĂM 2025",
                         column="Năm 2025"))
    assert not any(k[2] == "tasks_managed" for k in got)


def test_probe_a_wrapped_rest_saying_the_whole_province_stays_read():
    for rest in ("trên địa bàn tỉnh", "tại tỉnh Nghệ An", "trên địa bàn toàn tỉnh"):
        assert taken(_wrapped(rest)) == {(NGHE_AN, "63", "ocop_products", "2024", "actual"): 30,
                                         (NGHE_AN, "63", "tasks_managed", "2024", "actual"): 20}, rest


# --- a label running up to a year is no year's flow ----------------------------------------------

def _up_to(label: str, column: str = "Năm 2024", unit: str = "sản phẩm"):
    return examine(head("Nghệ An", REPORT_2024) + [H + [column], ["1", label, unit, 300],
                                                  ["2", "Sáng kiến được công nhận", "sáng kiến", 35]])


def test_a_label_running_up_to_a_year_is_no_years_flow():
    """"Sản phẩm OCOP được công nhận đến năm 2025" (a target or a total to 2025), "… đến năm 2024", "… từ
    năm 2019 đến năm 2024", "… tới năm 2025", "Nhiệm vụ KH&CN được nghiệm thu trước năm 2024" under "Năm
    2024": each 300 was stored as 2024's flow (wrong26's trailing year left "đến/tới/trước" out;
    etl/row_labels.py trailing_year_up_to, header_words.toml label_up_to_year_words)."""
    for label in ("Sản phẩm OCOP được công nhận đến năm 2025", "Sản phẩm OCOP được công nhận đến năm 2024",
                  "Sản phẩm OCOP được công nhận từ năm 2019 đến năm 2024", "Sản phẩm OCOP được công nhận tới năm 2025",
                  "Nhiệm vụ KH&CN được nghiệm thu trước năm 2024"):
        result = _up_to(label)
        assert taken(result) == {(NGHE_AN, "63", "initiatives_recognized", "2024", "actual"): 35}, label
        assert "tính đến năm" in _why(result, label[:20])


def test_probe_a_span_ending_in_the_year_and_a_stock_at_it_stay_read():
    got = taken(_up_to("Sản phẩm OCOP được công nhận từ năm 2019 đến năm 2024", column="Giai đoạn 2019-2024"))
    assert got[(NGHE_AN, "63", "ocop_products", "2019/2024", "actual")] == 300
    got = taken(_up_to("Sản phẩm OCOP còn hiệu lực công nhận tính đến năm 2024"))
    assert got[(NGHE_AN, "63", "ocop_products_total", "2024-12-31", "actual")] == 300
    got = taken(_up_to("Nhiệm vụ KH&CN chuyển tiếp từ năm 2023", unit="nhiệm vụ"))
    assert got[(NGHE_AN, "63", "tasks_carried_over", "2024", "actual")] == 300


# --- a column of a place below the province is no column of the province's indicator --------------

_YEARS_DOWN = "KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP GIAI ĐOẠN 2021-2024"


def test_a_district_column_under_the_indicators_group_is_not_the_provinces():
    """"Năm | Số sản phẩm OCOP được công nhận" over "4 sao | Huyện Văn Chấn" (years down the rows): the
    district's 10 and 14 were stored as Yên Bái's products recognized (blind47's group header made the
    layout readable; etl/walk.py _plan_sheet); one header row "Sản phẩm OCOP được công nhận huyện Văn
    Chấn" beside the province's column alike."""
    got = taken(examine(head("Yên Bái", _YEARS_DOWN) + [
        ["Năm", "Số sản phẩm OCOP được công nhận", None, "Sản phẩm được công nhận lại"],
        [None, "4 sao", "Huyện Văn Chấn", None],
        ["Năm 2022", 9, 10, 5], ["Năm 2023", 12, 14, 6]], merges=("A6:A7", "B6:C6", "D6:D7")))
    assert not any(k[2] == "ocop_products" for k in got)
    assert got[(YEN_BAI, "63", "ocop_products_4star", "2022", "actual")] == 9
    got = taken(examine(head("Yên Bái", _YEARS_DOWN) + [
        ["Năm", "Số sản phẩm OCOP được công nhận", "Sản phẩm OCOP được công nhận huyện Văn Chấn",
         "Sản phẩm được công nhận lại"], ["Năm 2022", 40, 10, 5], ["Năm 2023", 50, 14, 6]]))
    assert got[(YEN_BAI, "63", "ocop_products", "2022", "actual")] == 40
    assert 10 not in got.values() and 14 not in got.values()


def test_probe_the_groups_stars_and_total_stay_read():
    got = taken(examine(head("Yên Bái", _YEARS_DOWN) + [
        ["Năm", "Số sản phẩm OCOP được công nhận", None, None, "Sản phẩm được công nhận lại"],
        [None, "Tổng số", "3 sao", "4 sao", None],
        ["Năm 2022", 40, 30, 9, 5]], merges=("A6:A7", "B6:D6", "E6:E7")))
    assert got == {(YEN_BAI, "63", "ocop_products", "2022", "actual"): 40,
                   (YEN_BAI, "63", "ocop_products_3star", "2022", "actual"): 30,
                   (YEN_BAI, "63", "ocop_products_4star", "2022", "actual"): 9,
                   (YEN_BAI, "63", "ocop_products_rerecognized", "2022", "actual"): 5}


# --- a report issued by a town or district names no province of its own ------------------------------

def _issued_by(issuer: str, title: str, office: str = "PHÒNG KINH TẾ"):
    return examine([[issuer], [office], [MARK], [title], [], H + ["Năm 2024"],
                    ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 6]])


def test_a_town_issuing_a_report_titled_with_its_province_is_not_the_province():
    """"UBND THÀNH PHỐ HÀ TĨNH / PHÒNG KINH TẾ" over "BÁO CÁO … TRÊN ĐỊA BÀN THÀNH PHỐ HÀ TĨNH, TỈNH HÀ
    TĨNH": the issuer line was rightly passed over (probe35) and the title's province taken — the
    town's 6 products stored as Hà Tĩnh's (etl/context.py _issued_by_a_town)."""
    for issuer, title in (("UBND THÀNH PHỐ HÀ TĨNH", "BÁO CÁO KẾT QUẢ OCOP NĂM 2024 TRÊN ĐỊA BÀN THÀNH PHỐ HÀ TĨNH, "
                                                     "TỈNH HÀ TĨNH"),
                          ("UBND HUYỆN KỲ ANH", "BÁO CÁO KẾT QUẢ OCOP NĂM 2024 HUYỆN KỲ ANH, TỈNH HÀ TĨNH"),
                          ("UBND THÀNH PHỐ VINH", "BÁO CÁO KẾT QUẢ OCOP NĂM 2024 CỦA THÀNH PHỐ VINH, TỈNH NGHỆ AN")):
        result = _issued_by(issuer, title)
        assert facts(result) == {} and not result.accepted, issuer


def test_probe_a_province_or_a_centrally_run_city_issuing_stays_the_province():
    got = taken(_issued_by("UBND TỈNH HÀ TĨNH", "BÁO CÁO KẾT QUẢ OCOP NĂM 2024 TỈNH HÀ TĨNH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"))
    assert got == {("42", "63", "ocop_products", "2024", "actual"): 6}
    got = taken(_issued_by("UBND THÀNH PHỐ HẢI PHÒNG", "BÁO CÁO KẾT QUẢ OCOP NĂM 2024", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"))
    assert got == {("31", "63", "ocop_products", "2024", "actual"): 6}
