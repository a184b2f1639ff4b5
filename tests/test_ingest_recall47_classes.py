"""Classes of honest figures lost in files other software writes (recall47: batches 85 and 86 left them), each with
its lost case and probes — honest neighbours that must read as before, wrong ones that must stay set aside. Every
workbook is built in memory with `tests.fixtures.reports`, marked as test data, and read by `etl.ingest.examine` as an
upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, facts, taken

KHANH_HOA, QUANG_NAM, QUANG_NGAI = "56", "49", "51"

# --- 1. a software field name's glued grade, capitals and syllables are words ---------------------------------------

KH_TITLE = "SỞ KH&CN KHÁNH HÒA - KẾT QUẢ PHÂN HẠNG SẢN PHẨM OCOP NĂM 2023"
# each district's products by star (3, 4, 5), registered, and in all
KH_ROWS = [("TP. Nha Trang", 7, 2, 0, 12), ("TP. Cam Ranh", 4, 1, 0, 8), ("Tổng", 11, 3, 0, 20)]
KH_READ = {"ocop_products": 14, "ocop_products_3star": 11, "ocop_products_4star": 3, "ocop_products_5star": 0}


def _khanh_hoa(fields: list[str], with_registered: bool = False, title: str = KH_TITLE):
    """Khánh Hòa's 2023 OCOP ranking as an Excel table: "DiaPhuong", the given star fields, the products registered
    first when `with_registered`, the whole last."""
    rows = [[title], [MARK], [], ["DiaPhuong", *(["SP_dangky"] if with_registered else []), *fields]]
    for name, s3, s4, s5, registered in KH_ROWS:
        rows.append([name, *([registered] if with_registered else []), s3, s4, s5, s3 + s4 + s5])
    return examine(rows, name="kh.xlsx")


def _of_2023(result, province: str = KHANH_HOA) -> dict:
    return {k[2]: v for k, v in taken(result).items() if k[:2] == (province, "63") and k[3] == "2023"}


@pytest.mark.parametrize("fields", [["SP_3sao", "SP_4sao", "SP_5sao", "TongSP"],
                                    ["SP_3Sao", "SP_4Sao", "SP_5Sao", "Tong_SP"]], ids=["glued", "capitalised"])
def test_an_excel_tables_star_fields_read_as_the_provinces_stars_and_whole(fields):
    """LOST, AN HONEST FILE REFUSED (blind86, Khánh Hòa's Excel table "DiaPhuong | SP_3sao | SP_4sao | SP_5sao | TongSP"
    with its totals row "Tổng"): "SP 3sao" named no star — each star's column was read as every OCOP product, two
    values for one fact — and "TongSP" was a total over the districts (etl/headers.py field_name_words)."""
    assert _of_2023(_khanh_hoa(fields)) == KH_READ


def test_probe_field_names_spelled_out_read_as_before():
    assert _of_2023(_khanh_hoa(["SP 3 sao", "SP 4 sao", "SP 5 sao", "Tổng sản phẩm"])) == KH_READ


def test_probe_the_registered_products_field_is_no_recognised_product():
    """WRONG neighbour: "SP_dangky" (products registered, 20) beside the stars is never the products recognised —
    "dangky" is "đăng ký" (metrics/abbreviations.toml); read with the OCOP title it was every product recognised."""
    result = _khanh_hoa(["SP_3sao", "SP_4sao", "SP_5sao", "TongSP"], with_registered=True)
    assert _of_2023(result) == KH_READ
    assert 20 not in facts(result).values()


# --- 2. programmes are categories of the title's count, their total row the province's -------------------------------

QN_TITLE = "Sở KH&CN tỉnh Quảng Ngãi — doanh nghiệp được hỗ trợ theo chương trình, quý III/2026"
PROGRAMMES = [("Chương trình đổi mới công nghệ", 4, 11), ("Chương trình năng suất chất lượng", 6, 15),
              ("Hỗ trợ khởi nghiệp đổi mới sáng tạo", 3, 8), ("Hỗ trợ chuyển đổi số doanh nghiệp", 5, 12)]
Q3, NINE_MONTHS = "2026-Q3", "2026-01/2026-09"


def _programmes(header: list[str], title: str = QN_TITLE):
    rows = [[title], [MARK], [], header, *map(list, PROGRAMMES), ["Tổng cộng", 18, 46],
            [], ["Mỗi doanh nghiệp chỉ tính một lần theo chương trình hỗ trợ chính."]]
    return examine(rows, name="qn.xlsx")


def _supported(result) -> dict:
    return {k[3]: v for k, v in taken(result).items() if k[:3] == (QUANG_NGAI, "34", "enterprises_supported")}


@pytest.mark.parametrize("header", [["ChuongTrinh", "DN_Q3_2026", "DN_9T_2026"],
                                    ["Chương trình", "Quý III/2026", "9 tháng năm 2026"],
                                    ["Lĩnh vực", "Số DN quý III/2026", "Số DN 9 tháng năm 2026"]],
                         ids=["field-names", "periods-only", "field-of-work"])
def test_programmes_total_row_is_the_title_count_in_each_columns_period(header):
    """LOST, AN HONEST FILE REFUSED (blind86, the new Quảng Ngãi's Excel table "ChuongTrinh | DN_Q3_2026 | DN_9T_2026"
    over its programmes and "Tổng cộng"): the programmes are categories of the enterprises the title counts; the total
    row is the province's, each column in its own period (etl/walk.py _read_whole_row, _counts_only_the_caption)."""
    assert _supported(_programmes(header)) == {Q3: 18, NINE_MONTHS: 46}


def test_probe_a_category_row_is_never_read_with_the_title():
    """WRONG neighbour found on the way: under "Lĩnh vực", the row "Chương trình đổi mới công nghệ | 4 | 11" read with the
    title was stored as the province's enterprises supported (4 and 11): a category is never its caption's count."""
    got = _supported(_programmes(["Lĩnh vực", "Quý III/2026", "9 tháng năm 2026"]))
    assert 4 not in got.values() and 11 not in got.values()


@pytest.mark.parametrize("plan_field", ["KH_2026", "KinhPhi_Q3_2026"], ids=["plan", "money"])
def test_probe_a_plan_or_money_column_beside_is_not_the_count(plan_field):
    """A plan ("KH_2026") or money ("KinhPhi_Q3_2026") column beside the programmes is no count of the enterprises."""
    got = _supported(_programmes(["ChuongTrinh", plan_field, "DN_9T_2026"]))
    assert got == {NINE_MONTHS: 46}


def test_probe_a_title_naming_no_count_leaves_the_programmes_unread():
    """Under a title that names no indicator ("Sở KH&CN tỉnh Quảng Ngãi — số liệu theo chương trình, quý III/2026") the
    columns' "DN" alone says nothing sure: the file names no indicator, as before."""
    result = _programmes(["ChuongTrinh", "DN_Q3_2026", "DN_9T_2026"],
                         title="Sở KH&CN tỉnh Quảng Ngãi — số liệu theo chương trình, quý III/2026")
    assert not facts(result)


# --- 3. districts × bare stars under an OCOP ranking's title, no pivot caption row -----------------------------------

QNAM_TITLE = "Kết quả đánh giá, phân hạng sản phẩm OCOP năm 2023 – tỉnh Quảng Nam"
DISTRICTS = [("Tam Kỳ", 9, 2, None), ("Hội An", 14, 5, 1), ("Điện Bàn", 11, 3, None)]


def _by_district(title: str = QNAM_TITLE, failed: tuple = ()):
    """Quảng Nam's ranking by district: "Địa phương | 3 sao | 4 sao | 5 sao [| Không đạt] | Tổng cộng" (the products
    ranked below 3 stars in "Không đạt" when `failed` gives them)."""
    header = ["Địa phương", "3 sao", "4 sao", "5 sao", *(["Không đạt"] if failed else []), "Tổng cộng"]
    rows = [[title], [MARK], [], header]
    for i, (name, *stars) in enumerate(DISTRICTS):
        below = [failed[i]] if failed else []
        rows.append([name, *stars, *below, sum(x or 0 for x in stars) + sum(below)])
    t = [sum(d[k] or 0 for d in DISTRICTS) for k in (1, 2, 3)]
    below = [sum(failed)] if failed else []
    rows.append(["Tổng cộng", *t, *below, sum(t) + sum(below)])
    return examine(rows, name="qnam.xlsx")


@pytest.mark.parametrize("title", [QNAM_TITLE, "SỞ KH&CN TỈNH QUẢNG NAM - KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP NĂM 2023"],
                         ids=["title", "issuer-dash-title"])
def test_districts_by_bare_star_read_as_the_provinces_stars_and_whole(title):
    """LOST, AN HONEST FILE REFUSED (batch 85's Quảng Nam pivot pasted without its caption row "Đếm của Mã SP | Hạng
    sao"): "Địa phương" over the province's districts, "3 sao | 4 sao | 5 sao | Tổng cộng", each row's total its stars'
    sum — the province's products recognised by star (etl/walk.py _whole_and_stars_of_the_title)."""
    assert _of_2023(_by_district(title), QUANG_NAM) == {"ocop_products": 45, "ocop_products_3star": 34,
                                                         "ocop_products_4star": 10, "ocop_products_5star": 1}


def test_probe_products_below_three_stars_keep_the_table_unread():
    """WRONG neighbour: products evaluated include those below 3 stars ("Không đạt"): the total is no sum of stars,
    so no figure of the table is the products recognised — nothing read, as before."""
    result = _by_district(failed=(1, 0, 2))
    assert not any(k[2].startswith("ocop") for k in facts(result))


# --- 4. a software export's indicator columns named in code, the years down the rows ---------------------------------

NGHE_AN = "40"


def _by_year(fields: list[str]):
    rows = [["SỐ LIỆU KH&CN TỈNH NGHỆ AN XUẤT TỪ PHẦN MỀM"], [MARK], [], ["Nam", *fields], [2023, 41, 20], [2024, 45, 25]]
    return examine(rows, name="na.xlsx")


BY_YEAR = {("tasks_accepted", "2023", "actual"): 41, ("tasks_accepted", "2024", "actual"): 45,
           ("ocop_products", "2023", "actual"): 20, ("ocop_products", "2024", "actual"): 25}


@pytest.mark.parametrize("fields", [["SoNhiemVuNghiemThu", "SoSanPhamOCOP"], ["so_nv_nghiem_thu", "so_sp_ocop"],
                                    ["nv_nghiemthu", "sp_ocop_congnhan"]], ids=["camel", "snake", "glued"])
def test_indicator_columns_named_in_code_read_with_the_years_down_the_rows(fields):
    """LOST, AN HONEST FILE REFUSED: "Nam | SoNhiemVuNghiemThu | SoSanPhamOCOP" (or "so_nv_nghiem_thu", "nv_nghiemthu")
    over the years named no indicator while the header was sought (the names read as written) — the same words spaced
    were read. The field name by its words (etl/headers.py indicator_and_part_columns_in, field_name_words)."""
    got = {(k[2], k[3], k[4]): v for k, v in taken(_by_year(fields)).items() if k[:2] == (NGHE_AN, "63")}
    assert got == BY_YEAR


def test_probe_a_plan_field_in_code_stays_a_plan():
    """"KH_NV_NghiemThu" is the plan of the tasks accepted: never their actual."""
    got = facts(_by_year(["KH_NV_NghiemThu", "SP_OCOP"]))
    assert (NGHE_AN, "63", "tasks_accepted", "2023", "actual") not in got
    assert got[(NGHE_AN, "63", "tasks_accepted", "2023", "plan")] == 41


def test_probe_registered_products_in_code_are_no_recognised_products():
    """WRONG neighbour: "sp_ocop_dangky" (products registered) is no column of the products recognised."""
    got = facts(_by_year(["nv_nghiemthu", "sp_ocop_dangky"]))
    assert not any(k[2] == "ocop_products" for k in got)


# --- 5. a pivot's count field beside the levels, the indicator in the title, the period in the report filter ----------

BINH_DINH = "52"
BD_TITLE = "Sở Khoa học và Công nghệ tỉnh Bình Định – nhiệm vụ KH&CN đang thực hiện"


def _pivot(value_fields: list[str], period: str = "9 tháng", title: str = BD_TITLE):
    """Bình Định's tasks by level from a pivot pasted as values: report filters "Năm | 2024" and "Kỳ báo cáo |
    `period`", "Row Labels | <value_fields>" (a count, then a sum of money), the levels, "Grand Total"."""
    rows = [[title], [MARK], [], ["Năm", 2024], ["Kỳ báo cáo", period], [], ["Row Labels", *value_fields],
            ["Cấp quốc gia", 3, 14250], ["Cấp tỉnh", 37, 41380], ["Cấp cơ sở", 22, 3960], ["Grand Total", 62, 59590]]
    return examine(rows, name="bd.xlsx")


def test_a_pivots_count_beside_the_levels_is_the_titles_tasks_in_the_filters_period():
    """LOST, AN HONEST FILE REFUSED (blind86, Bình Định's "Row Labels | Count of Mã NV | Sum of Kinh phí (tr.đ)" under
    "Sở KH&CN tỉnh Bình Định – nhiệm vụ KH&CN đang thực hiện", filters "Năm | 2024", "Kỳ báo cáo | 9 tháng"): the count
    of the tasks' codes by level is the tasks in progress, in the nine months (etl/headers.py pivot_value_field,
    etl/walk.py _pivot_count_of_the_title, etl/context.py _part_of_year_cells); the sum of money stays unread."""
    got = {(k[2], k[3]): v for k, v in taken(_pivot(["Count of Mã NV", "Sum of Kinh phí (tr.đ)"])).items()
           if k[:2] == (BINH_DINH, "63")}
    nine = "2024-01/2024-09"
    assert got == {("tasks_managed", nine): 62, ("tasks_managed_national", nine): 3,
                   ("tasks_managed_provincial", nine): 37, ("tasks_managed_grassroots", nine): 22}


@pytest.mark.parametrize("many", ["(Nhiều mục)", "(All)"])
def test_probe_a_filter_on_several_periods_states_no_period(many):
    """WRONG neighbour: "Kỳ báo cáo | (Nhiều mục)" — the pivot adds up several periods: stored as the year 2024's, the
    figures would be wrong; the uploader is asked for the period, nothing stored."""
    assert not facts(_pivot(["Count of Mã NV", "Sum of Kinh phí (tr.đ)"], period=many))


def test_probe_a_count_of_another_thing_than_the_title_counts_stays_unread():
    """"Count of Mã SP" (products' codes) under a title of tasks counts no task: nothing read."""
    assert not facts(_pivot(["Count of Mã SP", "Sum of Kinh phí (tr.đ)"]))


def test_probe_a_title_of_proposed_tasks_gives_the_count_no_indicator():
    """Under "… – nhiệm vụ KH&CN đề xuất đặt hàng" (proposed, no indicator of the registry) the count is nothing."""
    assert not facts(_pivot(["Count of Mã NV", "Sum of Kinh phí (tr.đ)"],
                            title="Sở Khoa học và Công nghệ tỉnh Bình Định – nhiệm vụ KH&CN đề xuất đặt hàng"))


# --- 6. an OCOP system's product list with its own summary block under it ---------------------------------------------

GIA_LAI = "52"
GL_TITLE = "HỆ THỐNG QUẢN LÝ OCOP TỈNH GIA LAI - DANH SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN NĂM 2025"
# (two "3 sao" one under the other: read as one merged cell, etl/implied_merges.py, as the export's were)
GL_PRODUCTS = [("GL25-001", "Cà phê rang xay Chư Sê", "3 sao"), ("GL25-002", "Hồ tiêu sạch Ia Pếch", "3 sao"),
               ("GL25-003", "Mắc ca sấy nứt vỏ", "4 sao"), ("GL25-004", "Bánh tráng nước dừa Tam Quan", "3 sao")]


def _product_list(summary: list[tuple[str, int]], title: str = GL_TITLE):
    """The system's export: "Mã SP | Tên sản phẩm | Hạng | Năm CN | Trạng thái", one product a row, a blank row, then
    "TỔNG HỢP" and the summary's label–figure pairs in the grade's and the year's columns."""
    rows = [[title], [MARK], ["Ngày xuất: 29/12/2025 08:14"], [], ["Mã SP", "Tên sản phẩm", "Hạng", "Năm CN", "Trạng thái"],
            *[[code, name, grade, 2025, "Còn hiệu lực"] for code, name, grade in GL_PRODUCTS], []]
    rows += [["TỔNG HỢP" if i == 0 else None, None, label, figure] for i, (label, figure) in enumerate(summary)]
    return examine(rows, name="gl.xlsx")


SUMMARY = [("Tổng số sản phẩm", 4), ("3 sao", 3), ("4 sao", 1)]


def test_a_product_lists_own_summary_is_the_provinces_products_by_star():
    """LOST, AN HONEST FILE REFUSED (blind86, the new Gia Lai's OCOP-system export): the summary "Tổng số sản phẩm | 4",
    "3 sao | 3", "4 sao | 1" under the list was read as no table; it is the products recognised in 2025 and their stars,
    where the list's own rows say the same (etl/walk.py _read_list_summary)."""
    got = {k[2]: v for k, v in taken(_product_list(SUMMARY)).items() if k[:2] == (GIA_LAI, "34") and k[3] == "2025"}
    assert got == {"ocop_products": 4, "ocop_products_3star": 3, "ocop_products_4star": 1}


def test_probe_a_summary_that_disagrees_with_its_list_is_not_read():
    """WRONG neighbour: a summary saying 5 products (4 + 1) over a list of four: which is right is not said — nothing read."""
    assert not facts(_product_list([("Tổng số sản phẩm", 5), ("3 sao", 4), ("4 sao", 1)]))


def test_probe_a_list_of_products_registered_gives_no_recognised_products():
    """WRONG neighbour: the same list under "DANH SÁCH SẢN PHẨM ĐĂNG KÝ THAM GIA OCOP NĂM 2025" counts products registered,
    never recognised (the registry has no stars of them): nothing read."""
    result = _product_list(SUMMARY, title="HỆ THỐNG QUẢN LÝ OCOP TỈNH GIA LAI - DANH SÁCH SẢN PHẨM ĐĂNG KÝ THAM GIA OCOP NĂM 2025")
    assert not any(k[2] in ("ocop_products", "ocop_products_3star", "ocop_products_4star") for k in facts(result))
