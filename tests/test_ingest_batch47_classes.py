"""What the forty-seventh blind batch of the workbook corpus revealed (reports written by other offices that
carry S&T figures: Home Affairs' administrative-reform tables, Agriculture's OCOP reports, the IP programme's
tables, Finance's settlement of S&T spending), one class per test: each report is built here, marked as test
data, and read by `etl.ingest.examine` as an upload is. A statistician's reading is the expectation; beside
each rule, probes where it must not fire and nearby figures that must stay unstored."""
from __future__ import annotations

from tests.fixtures.reports import MARK, examine, facts, head, taken


def _only(got: dict, province: str, indicator: str) -> dict:
    return {k[3:]: v for k, v in got.items() if k[0] == province and k[2] == indicator}


# --- a header read with its title is no total to date unless one of them says so -----------------------

def _by_district(title: str, subjects_header: str):
    """Lào Cai's Agriculture department's table (batch 47): districts down the rows, "Toàn tỉnh" below,
    the producers and the products recognized across."""
    rows = [["UBND TỈNH LÀO CAI"], ["SỞ NÔNG NGHIỆP VÀ PTNT"], [MARK], [title], [],
            ["STT", "Huyện, thị xã, thành phố", subjects_header, "Số sản phẩm được công nhận", "Trong đó", None],
            [None, None, None, None, "3 sao", "4 sao"],
            [1, "Thành phố Lào Cai", 4, 7, 5, 2],
            [2, "Huyện Bát Xát", 3, 5, 5, "-"],
            [None, "Toàn tỉnh", 7, 12, 10, 2]]
    return examine(rows, merges=("A6:A7", "B6:B7", "C6:C7", "D6:D7", "E6:F6"))


_YEAR_ROUND = "BIỂU 02. KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP NĂM 2023 PHÂN THEO HUYỆN, THỊ XÃ, THÀNH PHỐ"


def test_producers_of_the_years_round_are_not_the_producers_to_date():
    """"Số chủ thể có sản phẩm được công nhận" beside the products recognized in a table of the year's
    round: the producers of that round, not all producers to date — read with the title's "OCOP" it was
    stored as "Chủ thể có sản phẩm OCOP được công nhận (lũy kế)" at 31/12/2023 (a wrong number)."""
    got = taken(_by_district(_YEAR_ROUND, "Số chủ thể có sản phẩm được công nhận"))
    assert _only(got, "10", "ocop_subjects_total") == {}
    assert _only(got, "10", "ocop_products") == {("2023", "actual"): 12}
    assert _only(got, "10", "ocop_products_3star") == {("2023", "actual"): 10}


def test_probes_a_header_or_title_saying_to_date_is_still_the_stock():
    """Where the rule must not fire: the header saying "(lũy kế)", or the title "… LŨY KẾ ĐẾN 31/12/2023",
    is the stock at the year's end; the districts' figures stay unstored either way."""
    for title, header in ((_YEAR_ROUND, "Số chủ thể có sản phẩm được công nhận (lũy kế)"),
                          ("SẢN PHẨM OCOP LŨY KẾ ĐẾN 31/12/2023 PHÂN THEO HUYỆN, THỊ XÃ, THÀNH PHỐ",
                           "Số chủ thể có sản phẩm được công nhận")):
        got = taken(_by_district(title, header))
        assert _only(got, "10", "ocop_subjects_total") == {("2023-12-31", "actual"): 7}, (title, header)
        assert 4 not in got.values() and 3 not in got.values(), (title, header)


# --- an activity (classes, workshops) read with an IP programme's title ----------------------------------

def _ip_support(rows: list[list], unit: bool = True):
    """Quảng Nam's IP programme table (batch 47): "TT | Nội dung | ĐVT | Năm 2024"."""
    header = ["TT", "Nội dung", "ĐVT", "Năm 2024"] if unit else ["TT", "Nội dung", "Năm 2024"]
    body = [r if unit else [r[0], r[1], r[3]] for r in rows]
    return examine(head("Quảng Nam", "KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH HỖ TRỢ PHÁT TRIỂN TÀI SẢN TRÍ TUỆ NĂM 2024")
                   + [header] + body)


_PROTECTED = ["1", "Sản phẩm đặc thù được bảo hộ quyền SHTT (lũy kế đến 31/12/2024)", "sản phẩm", 71]


def test_training_classes_on_ip_are_no_products_protected():
    """"Lớp tập huấn về sở hữu trí tuệ | lớp | 4" under the IP programme's title: training classes, read with
    the words above the table as the products protected — beside the real 71 the honest file was refused as
    a duplicate; alone, 4 would have been stored."""
    for unit in (True, False):
        got = taken(_ip_support([_PROTECTED, ["2", "Lớp tập huấn về sở hữu trí tuệ", "lớp", 4]], unit=unit))
        assert _only(got, "49", "ip_protected_products") == {("2024-12-31", "actual"): 71}, unit
        got = taken(_ip_support([["1", "Lớp tập huấn về sở hữu trí tuệ", "lớp", 4],
                                 ["2", "Dự án thuộc Chương trình phát triển tài sản trí tuệ", "dự án", 5]], unit=unit))
        assert 4 not in got.values(), unit
        assert _only(got, "49", "ip_program_projects") == {("2024", "actual"): 5}, unit


def test_probes_activities_and_their_units_never_count_an_indicator():
    """Nearby: a workshop row, a conference row, and "lớp" as the unit of a row that names an indicator by
    itself are not stored; the indicator's own unit on the same row is."""
    got = taken(_ip_support([_PROTECTED, ["2", "Hội thảo về sở hữu trí tuệ", "hội thảo", 3],
                             ["3", "Hội nghị tuyên truyền về bảo hộ sở hữu trí tuệ", "cuộc", 2]]))
    assert set(got.values()) == {71}
    got = examine(head("Quảng Nam", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG SỞ HỮU TRÍ TUỆ NĂM 2024")
                  + [["TT", "Nội dung", "ĐVT", "Năm 2024"],
                     ["1", "Dự án thuộc Chương trình phát triển tài sản trí tuệ", "lớp", 6],
                     ["2", "Tổ chức, cá nhân được hỗ trợ đăng ký bảo hộ SHTT", "tổ chức, cá nhân", 38]])
    assert _only(facts(got), "49", "ip_program_projects") == {}
    assert _only(facts(got), "49", "ip_registrations_supported") == {("2024", "actual"): 38}


# --- a sum of money is never read with the words above its table ------------------------------------------

def test_a_programmes_support_money_is_not_the_st_budget():
    """"Kinh phí hỗ trợ từ ngân sách tỉnh | triệu đồng | 1.850" in the IP programme's table: read with the
    words above it ("SỞ KHOA HỌC VÀ CÔNG NGHỆ") it was stored as the whole S&T budget, 1,85 tỷ đồng."""
    got = taken(_ip_support([_PROTECTED, ["2", "Kinh phí hỗ trợ từ ngân sách tỉnh", "triệu đồng", "1.850"]]))
    assert _only(got, "49", "st_budget") == {}
    assert _only(got, "49", "tasks_funding_state") == {}
    assert set(got.values()) == {71}


def test_probes_money_that_names_itself_is_still_taken_and_plans_stay_plans():
    """Where the rule must not fire: a budget row that names the S&T budget itself is the budget; a plan
    beside it and the budget's part stay unstored as actuals."""
    got = taken(examine(head("Quảng Nam", "KINH PHÍ KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024")
                        + [["TT", "Nội dung", "ĐVT", "Dự toán năm 2024", "Thực hiện năm 2024"],
                           ["1", "Chi ngân sách nhà nước cho KH&CN", "triệu đồng", "48.000", "45.200"],
                           ["2", "Chi đầu tư phát triển", "triệu đồng", "12.000", "11.300"],
                           ["3", "Kinh phí hỗ trợ từ ngân sách tỉnh", "triệu đồng", "2.000", "1.850"]]))
    assert _only(got, "49", "st_budget") == {("2024", "actual"): 45.2, ("2024", "plan"): 48.0}
    assert 11.3 not in got.values() and 1.85 not in got.values()
    # a sum that names its tasks is still read with the title as the tasks' funding (batches 12, 16)
    got = taken(_ip_support([_PROTECTED, ["2", "Kinh phí NSNN thực hiện nhiệm vụ", "triệu đồng", "1.850"]]))
    assert _only(got, "49", "tasks_funding_state") == {("2024", "actual"): 1.85}
    assert _only(got, "49", "st_budget") == {}


# --- the new recognitions summed to date are not the products still valid ----------------------------------

def _ocop_half(first: str, sub: bool = True, valid: int | None = 487):
    rows = [["UBND TỈNH THÁI NGUYÊN"], ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"], [MARK],
            ["KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP 6 THÁNG ĐẦU NĂM 2026"], [],
            ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện 6 tháng đầu năm 2026", "Lũy kế đến 30/6/2026"],
            ["1", first, "sản phẩm", 52, 611]]
    if sub:
        rows += [[None, "- Đạt 3 sao", "sản phẩm", 39, 455], [None, "- Đạt 4 sao", "sản phẩm", 13, 151]]
    if valid is not None:
        rows += [["2", "Sản phẩm OCOP còn hiệu lực", "sản phẩm", "-", valid]]
    return examine(rows)


def test_new_recognitions_to_date_are_not_the_products_still_valid():
    """"Sản phẩm được công nhận đạt OCOP (mới) | 52 | 611" and its stars beside the row "Sản phẩm OCOP còn
    hiệu lực | 487" (the new Thái Nguyên, batch 47): 611 is every new recognition summed, read as the valid
    products it refused the honest file as a duplicate (and its stars as the valid stars, above 487)."""
    got = taken(_ocop_half("Sản phẩm được công nhận đạt OCOP (mới)"))
    assert _only(got, "19", "ocop_products_total") == {("2026-06-30", "actual"): 487}
    assert _only(got, "19", "ocop_products") == {("2026-S1", "actual"): 52}
    assert _only(got, "19", "ocop_products_3star") == {("2026-S1", "actual"): 39}
    assert _only(got, "19", "ocop_products_3star_total") == {}
    assert _only(got, "19", "ocop_products_4star_total") == {}


def test_probes_new_recognitions_rule_only_where_the_label_says_new():
    """Without its own row of valid products, "… công nhận mới trong năm" to date is still not the stock;
    a label saying nothing of "new" keeps its reading (the registry's products to date), as before."""
    got = taken(_ocop_half("Sản phẩm OCOP được công nhận mới trong năm", sub=False, valid=None))
    assert _only(got, "19", "ocop_products_total") == {}
    assert _only(got, "19", "ocop_products") == {("2026-S1", "actual"): 52}
    got = taken(_ocop_half("Sản phẩm OCOP được công nhận", sub=False, valid=None))
    assert _only(got, "19", "ocop_products_total") == {("2026-06-30", "actual"): 611}


# --- years down the rows, an indicator's stars across beside it ------------------------------------------

_YB_HEAD = [["UBND TỈNH YÊN BÁI"], ["VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI"], [MARK],
            ["KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP TỈNH YÊN BÁI GIAI ĐOẠN 2019 - 2024"], []]
_YB_ROWS = [["Năm 2019", 21, 17, 4, "-", "-", 2], ["Năm 2020", 34, 27, 7, "-", 9, 3], ["Cộng", 55, 44, 11, "-", 9, 5]]


def test_years_down_with_an_indicators_stars_across_is_a_table():
    """"Năm | Số sản phẩm OCOP được công nhận | 3 sao | 4 sao | 5 sao | Sản phẩm được công nhận lại | Sản
    phẩm nâng hạng sao" (Yên Bái's OCOP office, batch 47, .xls): one header named one indicator by itself,
    so no table was found and the honest file was refused; the stars are that indicator's parts. Also
    with the stars under a merged group header on a second row."""
    one_row = examine(_YB_HEAD + [["Năm", "Số sản phẩm OCOP được công nhận", "3 sao", "4 sao", "5 sao",
                                   "Sản phẩm được công nhận lại", "Sản phẩm nâng hạng sao"]] + _YB_ROWS)
    two_rows = examine(_YB_HEAD + [["Năm", "Số sản phẩm OCOP được công nhận", None, None, None,
                                    "Sản phẩm được công nhận lại", "Sản phẩm nâng hạng sao"],
                                   [None, "Tổng số", "3 sao", "4 sao", "5 sao", None, None]] + _YB_ROWS,
                       merges=("A6:A7", "B6:E6", "F6:F7", "G6:G7"))
    for result in (one_row, two_rows):
        got = taken(result)
        assert _only(got, "15", "ocop_products") == {("2019", "actual"): 21, ("2020", "actual"): 34}
        assert _only(got, "15", "ocop_products_3star") == {("2019", "actual"): 17, ("2020", "actual"): 27}
        assert _only(got, "15", "ocop_products_4star") == {("2019", "actual"): 4, ("2020", "actual"): 7}
        assert _only(got, "15", "ocop_products_rerecognized") == {("2020", "actual"): 9}
        # the upgraded products and the "Cộng" row are no indicator's figures
        assert 2 not in got.values() and 3 not in got.values() and 55 not in got.values()


def test_probes_stars_without_an_indicator_before_them_name_no_table():
    """Where the rule must not fire: star columns after a column naming nothing ("Nội dung", "Sản phẩm
    hết hạn giấy chứng nhận") are no indicator's parts — nothing is stored from them."""
    for first in ("Nội dung", "Sản phẩm hết hạn giấy chứng nhận"):
        got = facts(examine(_YB_HEAD + [["Năm", first, "3 sao", "4 sao", "5 sao"],
                                        ["Năm 2019", 21, 17, 4, "-"], ["Năm 2020", 34, 27, 7, "-"]]))
        assert not any(k[2].startswith("ocop_products") for k in got), first


# --- the S&T department's own column in the Home Affairs department's table ------------------------------

def _home_affairs(columns: list[str], values: list[list]):
    rows = [["UBND TỈNH TUYÊN QUANG"], ["SỞ NỘI VỤ"], [MARK],
            ["BIỂU 03. KẾT QUẢ CẢI CÁCH HÀNH CHÍNH, CHUYỂN ĐỔI SỐ NĂM 2025"], [],
            ["STT", "Chỉ tiêu", "ĐVT", *columns, "Ghi chú"]]
    labels = [("1", "Tổng số TTHC đang thực hiện", "thủ tục"),
              ("2", "Số TTHC cung cấp DVC trực tuyến toàn trình", "thủ tục"),
              ("3", "Tỷ lệ TTHC cung cấp DVC trực tuyến toàn trình", "%"),
              ("4", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%")]
    return examine(rows + [[*lab, *vals, None] for lab, vals in zip(labels, values)])


_HA_VALUES = [["1.986", 121], ["1.012", 98], ["51,0", "81,0"], ["72,0", "95,0"]]


def test_the_departments_column_beside_the_province_wide_one():
    """"Chỉ tiêu | Toàn tỉnh | Sở Khoa học và Công nghệ" (the new Tuyên Quang's Home Affairs department,
    batch 47): the department's procedures and rates are the indicators; the province's (every
    department's) are not — the column was read as naming nothing, every figure lost."""
    got = taken(_home_affairs(["Toàn tỉnh", "Sở Khoa học và Công nghệ"], _HA_VALUES))
    assert got == {("08", "34", "tthc_total", "2025-12-31", "actual"): 121,
                   ("08", "34", "tthc_level4_rate", "2025-12-31", "actual"): 81.0,
                   ("08", "34", "online_dossier_rate", "2025", "actual"): 95.0}


def test_probes_the_province_wide_or_another_departments_column_is_not_stored():
    """Where the rule must not fire: the province-wide column alone, or another department's column
    ("Sở Tư pháp") beside it, stores nothing; the count of procedures online is never their rate."""
    for columns in (["Toàn tỉnh"], ["Toàn tỉnh", "Sở Tư pháp"]):
        values = [v[:len(columns)] for v in _HA_VALUES]
        got = facts(_home_affairs(columns, values))
        assert not any(k[2].startswith(("tthc", "online")) for k in got), columns
    got = taken(_home_affairs(["Toàn tỉnh", "Sở KH&CN"], _HA_VALUES))
    assert 98 not in got.values() and 1986 not in got.values() and 51.0 not in got.values()


# --- "Trong đó: X (cũ)" beside the merged province's whole -----------------------------------------------

def _settlement(share_headers: list[str], period_text: str = "Quyết toán năm 2025", title_year: str = "2025"):
    """The new Quảng Ngãi's Finance department (batch 47): "Dự toán" then "Quyết toán" over the whole
    province and the former provinces' shares, in tỷ đồng."""
    rows = [["UBND TỈNH QUẢNG NGÃI"], ["SỞ TÀI CHÍNH"], [MARK], [f"BIỂU 05. QUYẾT TOÁN CHI KH&CN NĂM {title_year}"],
            [None, None, None, None, None, "ĐVT: tỷ đồng"],
            ["STT", "Nội dung", f"Dự toán năm {title_year}", period_text, None, None],
            [None, None, None, "Toàn tỉnh", *share_headers],
            ["", "Tổng chi ngân sách cho KH&CN (I+II)", "268,5", "241,37", "158,02", "83,35"],
            ["I", "Chi đầu tư phát triển", "90,0", "78,6", "52,4", "26,2"]]
    return examine(rows, merges=("A6:A7", "B6:B7", "C6:C7", "D6:F6"))


def test_a_former_provinces_share_headed_trong_do_beside_the_whole():
    """"Toàn tỉnh | Trong đó: Quảng Ngãi (cũ) | Trong đó: Kon Tum (cũ)" under "Quyết toán năm 2025": the
    merged province's settled S&T spending is the whole's column; the former provinces' shares are not
    stored (the "Trong đó:" left every column unread)."""
    got = taken(_settlement(["Trong đó: Quảng Ngãi (cũ)", "Trong đó: Kon Tum (cũ)"]))
    assert _only(got, "51", "st_budget") == {("2025", "actual"): 241.37, ("2025", "plan"): 268.5}
    assert _only(got, "62", "st_budget") == {}
    assert 158.02 not in got.values() and 83.35 not in got.values() and 78.6 not in got.values()


def test_probes_trong_do_without_the_former_note_or_before_the_merger():
    """Where the rule must not fire: "Trong đó: Kon Tum" without "(cũ)" names no former province (nothing
    of the shares stored, nor as Kon Tum's); and in 2024, before the merger, the old Quảng Ngãi's table
    with Kon Tum's column stores nothing of Kon Tum's as Quảng Ngãi's."""
    got = facts(_settlement(["Trong đó: Quảng Ngãi", "Trong đó: Kon Tum"]))
    assert 158.02 not in got.values() and 83.35 not in got.values()
    assert not any(k[0] == "62" for k in got)
    got = facts(_settlement(["Trong đó: Quảng Ngãi (cũ)", "Trong đó: Kon Tum (cũ)"],
                            period_text="Quyết toán năm 2024", title_year="2024"))
    assert ("51", "34", "st_budget", "2024", "actual") not in got
    assert got.get(("51", "63", "st_budget", "2024", "actual")) != 83.35


# --- the IP forms' "Loại đối tượng" column of the kinds of protection --------------------------------------

def _ip_kinds(label_header: str):
    return examine(head("Quảng Nam", "KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH HỖ TRỢ PHÁT TRIỂN TÀI SẢN TRÍ TUỆ NĂM 2024")
                   + [["TT", label_header, "Số đơn nộp trong năm", "Số văn bằng được cấp trong năm",
                       "Lũy kế văn bằng đến 31/12/2024", "Ghi chú"],
                      ["1", "Nhãn hiệu tập thể", 6, 4, 52, None],
                      ["2", "Nhãn hiệu chứng nhận", 3, 2, 17, None],
                      ["3", "Chỉ dẫn địa lý", 1, "-", 2, None],
                      ["4", "Sáng chế, giải pháp hữu ích", 9, 2, 31, None]])


def test_kinds_of_protection_down_a_loai_doi_tuong_column():
    """"TT | Loại đối tượng | Số đơn nộp trong năm | Số văn bằng được cấp trong năm | Lũy kế văn bằng đến
    31/12/2024" (Quảng Nam's IP programme, batch 47): no header was found, the table read as the title of
    the one below it; the marks and GIs to date are the stocks at the year's end."""
    got = taken(_ip_kinds("Loại đối tượng"))
    assert got == {("49", "63", "ip_collective_marks", "2024-12-31", "actual"): 52,
                   ("49", "63", "ip_certification_marks", "2024-12-31", "actual"): 17,
                   ("49", "63", "ip_geographical_indications", "2024-12-31", "actual"): 2}


def test_probes_applications_and_the_years_certificates_are_not_the_stocks():
    """Where the rule must not fire: the applications and the year's certificates (6, 4, 3, 2) are never
    stored as the marks held, nor the patents (31) as any indicator, under either spelling of the header."""
    for header in ("Loại đối tượng", "Đối tượng SHTT"):
        got = taken(_ip_kinds(header))
        assert not set(got.values()) & {6, 4, 3, 31}, header
        assert all(k[3] == "2024-12-31" for k in got), header
