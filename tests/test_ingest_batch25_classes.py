"""What the twenty-fifth blind batch of the workbook corpus revealed (the Mekong delta's ordinary
reports and their successors since 1 July 2025, 2019–2026), one class per test (README "Whole
reports, scored as the held-out set is"): each report is built here, marked as test data, and read
by `etl.ingest.examine` as an upload is. A statistician's reading is the expectation."""
from __future__ import annotations

from tests.fixtures.reports import MARK, examine, head, taken


def test_a_quarters_this_period_and_cumulative_to_the_periods_end_are_the_quarter_and_the_year_to_date():
    """"Thực hiện kỳ này | Lũy kế đến cuối kỳ báo cáo" in Tiền Giang's form on Quý III/2023 are the
    form's "Kỳ báo cáo | Lũy kế" in other words: the cumulative column is January to September.
    Read as a total to date, every flow's nine months were lost and "Sản phẩm OCOP được công nhận
    mới | 9 | 27" stored 27 as the products still valid at 30/9 (a wrong number); a stock's row
    still gives its total to date there."""
    got = taken(examine([
        ["Biểu số 01/KHCN-Q", None, None, None, "Đơn vị báo cáo: Sở KH&CN tỉnh Tiền Giang"], [MARK],
        ["BÁO CÁO THỐNG KÊ KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ"], ["Kỳ báo cáo: Quý III năm 2023"], [],
        ["Mã số", "Chỉ tiêu", "ĐVT", "Kế hoạch năm", "Thực hiện kỳ này", "Lũy kế đến cuối kỳ báo cáo",
         "So với KH (%)"],
        ["01", "Nhiệm vụ KH&CN đang triển khai", "Nhiệm vụ", 48, 41, 46, 95.8],
        ["02", "Sản phẩm OCOP được công nhận mới", "Sản phẩm", 35, 9, 27, 77.1],
        ["03", "Nhãn hiệu tập thể được cấp văn bằng bảo hộ", "Nhãn hiệu", None, 1, 34, None],
    ]))
    q, ytd = "2023-Q3", "2023-01/2023-09"
    actual = {k: v for k, v in got.items() if k[4] == "actual"}
    assert actual == {
        ("82", "63", "tasks_managed", q, "actual"): 41, ("82", "63", "tasks_managed", ytd, "actual"): 46,
        ("82", "63", "ocop_products", q, "actual"): 9, ("82", "63", "ocop_products", ytd, "actual"): 27,
        ("82", "63", "ip_collective_marks", "2023-09-30", "actual"): 34,
    }


def test_a_merged_provinces_year_by_dia_ban_rows_takes_the_whole_province_named_with_its_name():
    """The new Vĩnh Long's 2025 with the indicators as columns and "Địa bàn" rows: "Vĩnh Long (cũ) |
    Bến Tre (cũ) | Trà Vinh (cũ) | Toàn tỉnh Vĩnh Long". "Địa bàn" was no places' column and "Toàn tỉnh
    Vĩnh Long" no province: the honest file was refused (no indicator, an unknown province). The
    former provinces' rows are shares of a year none of them lived through: not stored."""
    got = taken(examine(head("Vĩnh Long", "KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025 THEO ĐỊA BÀN") + [
        ["STT", "Địa bàn", "Nhiệm vụ KH&CN đang quản lý (nhiệm vụ)", "Sản phẩm OCOP được công nhận (sản phẩm)",
         "Chi NSNN cho KH&CN (tỷ đồng)"],
        ["1", "Vĩnh Long (cũ)", 38, 22, 24.6],
        ["2", "Bến Tre (cũ)", 51, 41, 39.2],
        ["3", "Trà Vinh (cũ)", 36, 27, 26.7],
        [None, "Toàn tỉnh Vĩnh Long", 125, 90, 90.5],
    ]))
    assert got == {
        ("86", "34", "tasks_managed", "2025", "actual"): 125,
        ("86", "34", "ocop_products", "2025", "actual"): 90,
        ("86", "34", "st_budget", "2025", "actual"): 90.5,
    }


def test_a_province_row_named_toan_tinh_with_its_name_is_that_province():
    """Provinces as rows with the whole province named "Toàn tỉnh An Giang" among them (a year before
    the merger): that row is An Giang's, never an unknown province that refuses the file."""
    got = taken(examine(head("An Giang", "MỘT SỐ CHỈ TIÊU KH&CN NĂM 2024") + [
        ["STT", "Tỉnh", "Nhiệm vụ KH&CN đang quản lý", "Sản phẩm OCOP được công nhận"],
        [1, "Toàn tỉnh An Giang", 56, 57],
    ]))
    assert got == {("89", "63", "tasks_managed", "2024", "actual"): 56,
                   ("89", "63", "ocop_products", "2024", "actual"): 57}


def test_ocop_by_product_group_under_a_group_header_gives_the_total_rows_stars():
    """Đồng Tháp's OCOP of 2021 by product group ("Nhóm sản phẩm" rows) and star, the stars under a
    merged "Số sản phẩm được công nhận (sản phẩm)" over "3 sao | 4 sao | Tổng số": the "Tổng cộng" row
    is the province's products recognized and their stars; the groups are no declared indicator.
    "Nhóm sản phẩm" was no header: the table was not read at all."""
    got = taken(examine(head("Đồng Tháp", "KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP NĂM 2021") + [
        ["TT", "Nhóm sản phẩm", "Số sản phẩm được công nhận (sản phẩm)", None, None],
        [None, None, "3 sao", "4 sao", "Tổng số"],
        ["1", "Thực phẩm", 24, 5, 29],
        ["2", "Đồ uống", 4, 1, 5],
        ["3", "Thảo dược", 3, 1, 4],
        [None, "Tổng cộng", 31, 7, 38],
    ], merges=("A6:A7", "B6:B7", "C6:E6")))
    assert got == {("87", "63", "ocop_products", "2021", "actual"): 38,
                   ("87", "63", "ocop_products_3star", "2021", "actual"): 31,
                   ("87", "63", "ocop_products_4star", "2021", "actual"): 7}


def test_a_caption_on_valid_products_over_stars_with_a_producers_column_gives_stocks():
    """"Sản phẩm OCOP còn hiệu lực đến ngày 31/12/2021" over "Hạng sao | Số sản phẩm | Số chủ thể |
    Ghi chú": the one column of products holds the products still valid (stocks at 31/12/2021).
    Beside the producers' column the caption was not applied: 168 valid products were stored as 168
    recognized in 2021 (three wrong numbers)."""
    got = taken(examine(head("Đồng Tháp", "BÁO CÁO KẾT QUẢ CHƯƠNG TRÌNH OCOP NĂM 2021") + [
        ["Sản phẩm OCOP còn hiệu lực đến ngày 31/12/2021"],
        ["TT", "Hạng sao", "Số sản phẩm", "Số chủ thể", "Ghi chú"],
        ["1", "3 sao", 141, None, None],
        ["2", "4 sao", 27, None, None],
        [None, "Cộng", 168, 112, "112 chủ thể tại 12 huyện, thành phố"],
    ]))
    end = "2021-12-31"
    assert {k: v for k, v in got.items() if not k[2].startswith("ocop_subjects")} == {
        ("87", "63", "ocop_products_total", end, "actual"): 168,
        ("87", "63", "ocop_products_3star_total", end, "actual"): 141,
        ("87", "63", "ocop_products_4star_total", end, "actual"): 27,
    }
    assert ("87", "63", "ocop_products", "2021", "actual") not in got


def test_beside_a_column_of_new_recognitions_a_valid_products_caption_changes_nothing():
    """The same caption over "Hạng sao | Công nhận mới | Số sản phẩm": two columns could be what the
    caption says; the rule stays with a single column of products (no guess: the new ones are no
    stock)."""
    res = examine(head("Đồng Tháp", "BÁO CÁO KẾT QUẢ CHƯƠNG TRÌNH OCOP NĂM 2021") + [
        ["Sản phẩm OCOP còn hiệu lực đến ngày 31/12/2021"],
        ["TT", "Hạng sao", "Công nhận mới", "Số sản phẩm"],
        ["1", "3 sao", 30, 141],
        ["2", "4 sao", 8, 27],
    ])
    got = {k: v for k, v in (taken(res) if res.accepted else {}).items()}
    assert not any(k[2].endswith("_total") and v in (30, 8) for k, v in got.items())


# --- review18's findings on batch 25's rules (a wrong number is worse than a missing one) ---


def test_a_total_under_a_group_header_naming_another_thing_is_not_the_captions_indicator():
    """"SẢN PHẨM OCOP … THEO NHÓM" over "Nhóm sản phẩm | Số chủ thể" merged over "HTX | Doanh nghiệp |
    Tổng số": that "Tổng số" is the producers', not the products'. It was stored as 22 OCOP products
    recognized in 2021 (a wrong number); nothing in the table is a declared indicator."""
    res = examine(head("Đồng Tháp", "SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN NĂM 2021 THEO NHÓM") + [
        ["TT", "Nhóm sản phẩm", "Số chủ thể", None, None],
        [None, None, "HTX", "Doanh nghiệp", "Tổng số"],
        ["1", "Thực phẩm", 10, 8, 18], ["2", "Đồ uống", 2, 2, 4], [None, "Tổng cộng", 12, 10, 22]],
        merges=("A6:A7", "B6:B7", "C6:E6"))
    got = taken(res) if res.accepted else {}
    assert ("87", "63", "ocop_products", "2021", "actual") not in got


def test_products_and_producers_each_over_its_own_total_give_the_products_total_only():
    """Both groups, "Số sản phẩm được công nhận" over "3 sao | 4 sao | Tổng số" and "Số chủ thể" over
    "HTX | Doanh nghiệp | Tổng số": the honest file was refused (34 products against the producers'
    22); the products' total and stars are read, the producers' total is nobody's products."""
    res = examine(head("Đồng Tháp", "KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP NĂM 2021") + [
        ["TT", "Nhóm sản phẩm", "Số sản phẩm được công nhận (sản phẩm)", None, None, "Số chủ thể", None, None],
        [None, None, "3 sao", "4 sao", "Tổng số", "HTX", "Doanh nghiệp", "Tổng số"],
        ["1", "Thực phẩm", 24, 5, 29, 10, 8, 18], ["2", "Đồ uống", 4, 1, 5, 2, 2, 4],
        [None, "Tổng cộng", 28, 6, 34, 12, 10, 22]],
        merges=("A6:A7", "B6:B7", "C6:E6", "F6:H6"))
    assert res.accepted, [p.message_vi for p in res.problems]
    got = taken(res)
    assert got[("87", "63", "ocop_products", "2021", "actual")] == 34
    assert got[("87", "63", "ocop_products_3star", "2021", "actual")] == 28
    assert 22 not in got.values()


def test_dia_ban_rows_of_districts_are_parts_and_a_city_named_like_its_province_is_not_the_province():
    """Bến Tre's OCOP by "Địa bàn": "Thành phố Bến Tre 6 | Huyện Châu Thành 9 | Huyện Chợ Lách 11 |
    Tổng cộng 26". The city (a district-level town) was read as the province: 6 stored as Bến Tre's
    2023, and with the total row the honest file was refused (6 against 26)."""
    rows = [["STT", "Địa bàn", "Sản phẩm OCOP được công nhận (sản phẩm)"],
            ["1", "Thành phố Bến Tre", 6], ["2", "Huyện Châu Thành", 9], ["3", "Huyện Chợ Lách", 11]]
    res = examine(head("Bến Tre", "SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN NĂM 2023 THEO ĐỊA BÀN") + rows + [[None, "Tổng cộng", 26]])
    assert res.accepted, [p.message_vi for p in res.problems]
    assert taken(res).get(("83", "63", "ocop_products", "2023", "actual")) == 26
    short = [rows[0], ["1", "TP. Bến Tre", 6], ["2", "H. Châu Thành", 9], ["3", "H. Chợ Lách", 11]]
    res = examine(head("Bến Tre", "SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN NĂM 2023 THEO ĐỊA BÀN") + short)
    assert 6 not in (taken(res) if res.accepted else {}).values()


def test_a_caption_on_recognized_and_valid_products_over_recognized_and_expired_columns_stores_no_stock():
    """"Sản phẩm OCOP được công nhận và còn hiệu lực đến 31/12/2024" over "Hạng sao | Số sản phẩm được
    công nhận | Số sản phẩm hết hiệu lực", 3 sao 160 | 19: the products still valid are 160 − 19 = 141,
    a figure no cell states. 160 was stored as the 3-star products valid at 31/12/2024."""
    res = examine(head("Đồng Tháp", "BÁO CÁO KẾT QUẢ CHƯƠNG TRÌNH OCOP NĂM 2024") + [
        ["Sản phẩm OCOP được công nhận và còn hiệu lực đến 31/12/2024"],
        ["TT", "Hạng sao", "Số sản phẩm được công nhận", "Số sản phẩm hết hiệu lực"],
        ["1", "3 sao", 160, 19], ["2", "4 sao", 30, 3]])
    got = taken(res) if res.accepted else {}
    assert not any(k[2].endswith("_total") for k in got), got
    assert 160 not in got.values() and 30 not in got.values(), got   # nor as recognized in 2024
    # "Số sản phẩm | Nâng hạng sao trong năm" under a valid-products caption: 141 is no recognition
    res = examine(head("Đồng Tháp", "BÁO CÁO KẾT QUẢ CHƯƠNG TRÌNH OCOP NĂM 2024") + [
        ["Sản phẩm OCOP còn hiệu lực đến ngày 31/12/2024"],
        ["TT", "Hạng sao", "Số sản phẩm", "Nâng hạng sao trong năm"],
        ["1", "3 sao", 141, 5], ["2", "4 sao", 27, 4]])
    got = taken(res) if res.accepted else {}
    assert ("87", "63", "ocop_products_3star", "2024", "actual") not in got, got


def test_a_quarters_form_with_the_year_to_date_keeps_the_cumulative_to_the_periods_end_a_total_to_date():
    """Quý III/2023, "Thực hiện kỳ này | Lũy kế từ đầu năm | Lũy kế đến cuối kỳ báo cáo", OCOP 9 | 27 |
    160: beside a year-to-date column the last one is the total to date. Read as another year to date
    the honest file was refused (27 against 160)."""
    res = examine([
        ["Biểu số 01/KHCN-Q", None, None, None, None, "Đơn vị báo cáo: Sở KH&CN tỉnh Tiền Giang"], [MARK],
        ["BÁO CÁO THỐNG KÊ KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ"], ["Kỳ báo cáo: Quý III năm 2023"], [],
        ["Mã số", "Chỉ tiêu", "ĐVT", "Thực hiện kỳ này", "Lũy kế từ đầu năm", "Lũy kế đến cuối kỳ báo cáo"],
        ["01", "Sản phẩm OCOP được công nhận mới", "Sản phẩm", 9, 27, 160]])
    assert res.accepted, [p.message_vi for p in res.problems]
    got = taken(res)
    assert got[("82", "63", "ocop_products", "2023-Q3", "actual")] == 9
    assert got[("82", "63", "ocop_products", "2023-01/2023-09", "actual")] == 27
    assert all(v != 160 or k[2] == "ocop_products_total" for k, v in got.items()), got


def test_toan_thanh_pho_of_a_provincial_city_is_that_city_not_the_province():
    """Cà Mau's table by place: "Phường 1 | Phường 5 | Toàn thành phố Cà Mau | Huyện Thới Bình | Toàn
    tỉnh": the city-wide row is the provincial city's (a district-level unit), not the province's. Read
    as Cà Mau province the honest file was refused (3 against 20)."""
    res = examine(head("Cà Mau", "KẾT QUẢ KH&CN NĂM 2023 THEO ĐỊA BÀN") + [
        ["STT", "Địa bàn", "Nhiệm vụ KH&CN đang quản lý", "Sản phẩm OCOP được công nhận"],
        ["1", "Phường 1", 2, 1], ["2", "Phường 5", 1, 2], [None, "Toàn thành phố Cà Mau", 3, 3],
        ["3", "Huyện Thới Bình", 4, 5], [None, "Toàn tỉnh", 20, 30]])
    assert res.accepted, [p.message_vi for p in res.problems]
    got = taken(res)
    assert got == {("96", "63", "tasks_managed", "2023", "actual"): 20,
                   ("96", "63", "ocop_products", "2023", "actual"): 30}
