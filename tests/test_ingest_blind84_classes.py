"""blind84 (issue #8, batch 84: one report per layout of the README's list from the South-East and the Mekong delta,
2019–2026, before and after the merger): the classes its first sight found — a cluster's provinces under "Đơn vị",
the test-data mark between a yearbook table's caption and its years — each with the honest and wrong neighbours that
must keep reading the same. Each report is the smallest realistic one, read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, examine_book, facts, reasons, taken

# --------------------------------------------------------------------------------------------------------------
# (1) A conference's or emulation cluster's provinces down the rows under "Đơn vị"
# --------------------------------------------------------------------------------------------------------------
CLUSTER_HEADER = ["TT", "Đơn vị", "Nhiệm vụ KH&CN được nghiệm thu (nhiệm vụ)", "Sản phẩm OCOP được công nhận (sản phẩm)",
                  "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến (%)", "Ghi chú"]
# the Mekong delta cluster's members before the merger: (statistics code, name, tasks, products, rate)
MEMBERS = [("92", "TP. Cần Thơ", 32, 41, 88.6), ("89", "An Giang", 27, 56, 79.3), ("91", "Kiên Giang", 19, 38, 84.0)]


def _cluster(names: list[str], title: str = "BIỂU TỔNG HỢP MỘT SỐ KẾT QUẢ CHỦ YẾU NĂM 2023", total: bool = True,
             note_under: bool = False, header=CLUSTER_HEADER, members=MEMBERS):
    """The cluster's table: its members down the rows under `header` ("Đơn vị"), each written as `names` says, the
    indicators across, "Tổng cộng" last when `total`, a note line right under the table when `note_under`."""
    rows = [["CỤM THI ĐUA CÁC SỞ KHOA HỌC VÀ CÔNG NGHỆ VÙNG ĐỒNG BẰNG SÔNG CỬU LONG"], [title], [MARK], [], header]
    for i, (name, (_, _, tasks, products, rate)) in enumerate(zip(names, members)):
        rows.append([i + 1, name, tasks, products, rate])
    if total:
        rows.append([None, "Tổng cộng", sum(m[2] for m in members), sum(m[3] for m in members)])
    if note_under:
        rows.append([None, "Cụm trưởng: Sở KH&CN TP. Cần Thơ; Cụm phó: Sở KH&CN tỉnh Kiên Giang."])
    return examine(rows, name="cum_thi_dua.xlsx")


def _members(period: str = "2023", frame: str = "63", members=MEMBERS) -> dict:
    return {key: value for code, _, tasks, products, rate in members for key, value in (
        ((code, frame, "tasks_accepted", period, "actual"), float(tasks)),
        ((code, frame, "ocop_products", period, "actual"), float(products)),
        ((code, frame, "online_dossier_rate", period, "actual"), rate))}


@pytest.mark.parametrize("names, total, note_under", [
    (["TP. Cần Thơ", "An Giang", "Kiên Giang"], True, False),
    (["TP. Cần Thơ (Cụm trưởng)", "An Giang", "Kiên Giang (Phó cụm trưởng)"], True, True),
    (["Thành phố Cần Thơ", "Tỉnh An Giang", "Tỉnh Kiên Giang"], False, False),
    (["Sở KH&CN TP. Cần Thơ", "Sở KH&CN tỉnh An Giang", "Sở Khoa học và Công nghệ Kiên Giang"], True, False),
])
def test_provinces_down_the_rows_under_don_vi_are_the_rows_provinces(names, total, note_under):
    """LOST (the honest file refused whole): the Mekong delta cluster's 2023 table "TT | Đơn vị | Nhiệm vụ KH&CN được
    nghiệm thu | Sản phẩm OCOP … | Tỷ lệ hồ sơ …" over its member provinces: "Đơn vị" (the word of a unit of measure
    and of a reporting unit) was read as the rows' unit column, no row named a province and nothing loaded ("không
    tìm thấy chỉ tiêu nào"). Each row is its province's, as under "Tỉnh" or "Địa bàn"; "Tổng cộng" and a note line
    under the table are no province's."""
    assert taken(_cluster(names, total=total, note_under=note_under)) == _members()


def test_a_clusters_deputy_written_noun_first_is_the_province():
    """LOST (the honest file refused whole): "Kiên Giang (Cụm phó)" — the deputy's role written as the Mekong delta
    cluster writes it, noun first — was an unknown province under "Tỉnh" (metrics/header_words.toml
    province_role_notes: "cụm phó", "khối phó")."""
    header = ["TT", "Tỉnh, thành phố", *CLUSTER_HEADER[2:]]
    got = taken(_cluster(["TP. Cần Thơ (Cụm trưởng)", "An Giang", "Kiên Giang (Cụm phó)"], header=header))
    assert got == _members()


def test_the_new_provinces_under_don_vi_after_the_merger():
    """LOST: the same table of the first half of 2026 over the new provinces (Cần Thơ, An Giang, Cà Mau): each its
    own first half (frame 34)."""
    members = [("92", "TP. Cần Thơ", 12, 30, 95.1), ("91", "An Giang", 15, 44, 93.8), ("96", "Cà Mau", 7, 21, 90.2)]
    got = taken(_cluster([m[1] for m in members], title="KẾT QUẢ 6 THÁNG ĐẦU NĂM 2026", members=members))
    assert got == _members("2026-S1", "34", members)


def test_probe_former_provinces_under_don_vi_are_shares_beside_the_whole():
    """The honest neighbour (read so on main already, kept): the new An Giang's 2025 by area under "Đơn vị" — "An
    Giang (cũ)", "Kiên Giang (cũ)", then "Toàn tỉnh": the former provinces' rows are shares (set aside), "Toàn tỉnh"
    the new province's own year, as under "Địa bàn"."""
    rows = [["UBND TỈNH AN GIANG"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], ["KẾT QUẢ NĂM 2025 THEO ĐỊA BÀN"], [],
            ["TT", "Đơn vị", "Nhiệm vụ KH&CN được nghiệm thu (nhiệm vụ)", "Sản phẩm OCOP được công nhận (sản phẩm)"],
            [1, "An Giang (cũ)", 21, 64], [2, "Kiên Giang (cũ)", 17, 50], [None, "Toàn tỉnh", 38, 114]]
    assert taken(examine(rows, name="angiang_2025.xlsx")) == {
        ("91", "34", "tasks_accepted", "2025", "actual"): 38.0, ("91", "34", "ocop_products", "2025", "actual"): 114.0}


def test_probe_don_vi_over_units_of_measure_stays_the_unit_column():
    """The honest neighbour: the classic form's "STT | Chỉ tiêu | Đơn vị | Năm 2023" — its units read as before."""
    rows = [["UBND TỈNH BẾN TRE"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], ["BÁO CÁO KẾT QUẢ NĂM 2023"], [],
            ["STT", "Chỉ tiêu", "Đơn vị", "Năm 2023"], ["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 21],
            ["2", "Chi NSNN cho KH&CN", "Triệu đồng", 50300]]
    assert taken(examine(rows)) == {("83", "63", "tasks_accepted", "2023", "actual"): 21.0,
                                    ("83", "63", "st_budget", "2023", "actual"): 50.3}


def test_probe_don_vi_over_a_provinces_offices_stays_the_one_stop_table():
    """The honest neighbour: a one-stop centre's table, "Đơn vị" over a province's offices ("Sở Tư pháp", "Sở Khoa học
    và Công nghệ", "Sở Y tế", "Tổng cộng"): the S&T department's own row only, as before — no office is a province."""
    rows = [["UBND TỈNH AN GIANG"], ["TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"], [MARK], ["KẾT QUẢ GIẢI QUYẾT TTHC NĂM 2024"], [],
            ["STT", "Đơn vị", "Số TTHC", "Tỷ lệ hồ sơ trực tuyến (%)"], [1, "Sở Tư pháp", 120, 61.5],
            [2, "Sở Khoa học và Công nghệ", 69, 94.5], [3, "Sở Y tế", 150, 55.2], [None, "Tổng cộng", 339, 60.1]]
    assert taken(examine(rows, name="tthc.xlsx")) == {("89", "63", "online_dossier_rate", "2024", "actual"): 94.5,
                                                      ("89", "63", "tthc_total", "2024-12-31", "actual"): 69.0}


def test_probe_don_vi_over_districts_stays_the_provinces_parts():
    """The honest neighbour (recall43): "Đơn vị" over the province's districts and "Tổng cộng" — the districts are
    parts of the title's province, its total the province's own, as before."""
    rows = [["UBND TỈNH ĐỒNG THÁP"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], ["SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN NĂM 2023"], [],
            ["STT", "Đơn vị", "Sản phẩm OCOP được công nhận (sản phẩm)"], [1, "Thành phố Cao Lãnh", 11],
            [2, "Thành phố Sa Đéc", 14], [3, "Huyện Lấp Vò", 9], [None, "Tổng cộng", 34]]
    assert taken(examine(rows)) == {("87", "63", "ocop_products", "2023", "actual"): 34.0}


@pytest.mark.parametrize("odd", ["Văn phòng Điều phối vùng", "An Giang, Kiên Giang"])
def test_probe_don_vi_over_provinces_and_anything_else_is_not_a_province_column(odd):
    """The wrong neighbour: a row under "Đơn vị" naming an office or two provinces at once — the column is not read
    as the provinces': nothing stored as any member's (the file holds no table read, as before)."""
    result = _cluster(["TP. Cần Thơ", "An Giang", odd])
    assert not facts(result)


# --------------------------------------------------------------------------------------------------------------
# (2) The test-data mark on a line of its own between a yearbook table's caption and its years
# --------------------------------------------------------------------------------------------------------------
DISTRICTS = [("Thành phố Cao Lãnh", [9, 10, 12]), ("Thành phố Sa Đéc", [11, 13, 15]), ("Huyện Tân Hồng", [5, 6, 7])]
YEARS = ["2020", "2021", "2022"]


def _yearbook(between: list[list], caption: str = "Biểu 12.08. Số sản phẩm OCOP được công nhận phân theo huyện, "
              "thị xã, thành phố", total: str = "TỔNG SỐ", years=YEARS):
    """Đồng Tháp's yearbook table: the caption, the unit line, the rows `between`, the years, the whole and its
    districts (named by the file, as a table copied from the yearbook is)."""
    rows = [[caption], [None, None, None, "Đơn vị tính: Sản phẩm"], *between, [None, *years],
            [total, *[sum(d[1][k] for d in DISTRICTS) for k in range(len(years))]],
            *[[name, *vals[:len(years)]] for name, vals in DISTRICTS]]
    if not any(MARK in str(v) for row in between for v in row):
        rows.insert(0, [MARK])
    return examine(rows, name="dongthap_nien_giam_2023.xlsx", title="12.08")


def _totals(years=YEARS) -> dict:
    return {("87", "63", "ocop_products", y, "actual"): float(sum(d[1][k] for d in DISTRICTS))
            for k, y in enumerate(years)}


@pytest.mark.parametrize("between, total", [([[None, MARK]], "TỔNG SỐ"), ([[MARK], []], "TOÀN TỈNH")])
def test_the_test_mark_between_a_captions_unit_line_and_its_years_is_passed_over(between, total):
    """LOST (the honest file refused whole): Đồng Tháp's yearbook table with the test-data mark on a line of its own
    between "Đơn vị tính: Sản phẩm" and "| 2020 | 2021 | 2022": the mark was taken for the caption, named no indicator,
    and "TỔNG SỐ" was left unread ("không tìm thấy chỉ tiêu nào"). A line that is only the mark says nothing of the
    table (etl/headers.py without_test_mark): the caption above it names the whole's indicator."""
    assert taken(_yearbook(between, total=total)) == _totals()


def test_the_test_mark_between_a_caption_and_two_years_is_passed_over():
    """LOST: the same with two years only (blind80's header of one or two periods)."""
    assert taken(_yearbook([[MARK]], years=YEARS[:2])) == _totals(YEARS[:2])


def test_probe_no_line_between_reads_as_before():
    """The honest neighbour: the unit line right over the years (the mark above the caption), as before."""
    assert taken(_yearbook([])) == _totals()


@pytest.mark.parametrize("line", ["Số liệu sơ bộ năm 2022 — " + MARK, "Nguồn: Cục Thống kê — " + MARK])
def test_probe_a_line_saying_more_than_the_mark_still_stops_the_search(line):
    """The wrong neighbour: a line between that says something beside the mark is a line of the table's own — the
    caption search stops there as before (nothing read as the caption's indicator)."""
    assert not facts(_yearbook([[line]]))


def test_probe_a_caption_naming_no_indicator_over_the_mark_gives_nothing():
    """The wrong neighbour: a caption naming no indicator ("Biểu 12.09. Số hợp tác xã phân theo huyện …") over the
    mark: passing the mark finds that caption, and nothing is read as OCOP's."""
    result = _yearbook([[MARK]], caption="Biểu 12.09. Số hợp tác xã phân theo huyện, thị xã, thành phố")
    assert not facts(result), reasons(result)


# --------------------------------------------------------------------------------------------------------------
# (3) A "cùng kỳ" column naming no year beside the report's own
# --------------------------------------------------------------------------------------------------------------
def _form(columns: tuple, title: str = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2019", values=((14, 17), (20, 26))):
    """Long An's report form: "STT | Chỉ tiêu | ĐVT" and `columns`, two rows (tasks accepted, OCOP products)."""
    rows = [["UBND TỈNH LONG AN"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], [title], [],
            ["STT", "Chỉ tiêu", "ĐVT", *columns, "Ghi chú"],
            ["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", *values[0]],
            ["2", "Sản phẩm OCOP được công nhận", "Sản phẩm", *values[1]]]
    return examine(rows, name="longan_bao_cao.xlsx")


def _actuals(period: str, tasks: float, products: float) -> dict:
    return {("80", "63", "tasks_accepted", period, "actual"): float(tasks),
            ("80", "63", "ocop_products", period, "actual"): float(products)}


@pytest.mark.parametrize("columns, title, period", [
    (("TH cùng kỳ", "TH kỳ báo cáo"), "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2019", "2019"),
    (("Thực hiện cùng kỳ", "Thực hiện kỳ này"), "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2019", "2019"),
    (("Kết quả cùng kỳ", "Kết quả năm 2019"), "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2019", "2019"),
    (("Cùng kỳ 6 tháng", "Thực hiện 6 tháng"), "BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2019", "2019-S1"),
    (("TH cùng kỳ", "Thực hiện 9 tháng"), "BÁO CÁO KẾT QUẢ 9 THÁNG NĂM 2019", "2019-01/2019-09"),
])
def test_a_same_span_column_naming_no_year_is_not_the_reports_own(columns, title, period):
    """LOST (the honest file refused whole): "TH cùng kỳ | TH kỳ báo cáo" — the same span a year before, written with
    the result's word "TH" and no year — was read as the report's own period: 2019 had two values (14 and 17) and
    nothing loaded. Which year's it does not say: unread, as a bare "Cùng kỳ" column is; the report's own read."""
    assert taken(_form(columns, title)) == _actuals(period, 17, 26)


@pytest.mark.parametrize("columns, title", [(("KH năm 2019", "TH CK"), "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2019"),
                                            (("KH năm 2019", "TH cùng kỳ"), "BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2019")])
def test_a_same_span_column_beside_a_plan_alone_gives_no_actual(columns, title):
    """WRONG: "KH năm 2019 | TH CK" (or "TH cùng kỳ" in the report on the first half): last year's 17 tasks and 26
    products were stored as 2019's actual figures (the first half's in the half's report). Now no actual is stored."""
    got = taken(_form(columns, title))
    assert not [k for k in got if k[4] == "actual"], got


@pytest.mark.parametrize("columns, previous", [(("TH cùng kỳ năm trước", "TH năm 2019"), "2018"),
                                               (("TH cùng kỳ năm 2018", "TH năm 2019"), "2018"),
                                               (("Năm trước", "Năm báo cáo"), "2018")])
def test_probe_a_same_span_column_naming_its_year_reads_as_before(columns, previous):
    """The honest neighbour: "… cùng kỳ năm trước", "… cùng kỳ năm 2018", "Năm trước" say whose year — last year's
    figures read as 2018's, as before."""
    assert taken(_form(columns)) == {**_actuals(previous, 14, 20), **_actuals("2019", 17, 26)}


@pytest.mark.parametrize("columns", [("Cùng kỳ", "Kỳ báo cáo"), ("Lũy kế cùng kỳ", "Lũy kế từ đầu năm"),
                                     ("Năm 2019", "So cùng kỳ (%)")])
def test_probe_a_bare_same_span_or_a_comparison_reads_as_before(columns):
    """The honest neighbours: a bare "Cùng kỳ" (unread), "Lũy kế cùng kỳ" (review26a: unread), "So cùng kỳ (%)" (a
    ratio) beside the report's own column — the report's figures only, as before."""
    values = ((17, 121.4), (26, 130.0)) if columns[1].startswith("So") else ((14, 17), (20, 26))
    assert taken(_form(columns, values=values)) == _actuals("2019", 17, 26)


# --------------------------------------------------------------------------------------------------------------
# (4) "Sở Khoa học và Công nghệ An Giang": the department's "công nghệ" is no first word of Nghệ An
# --------------------------------------------------------------------------------------------------------------
def _department_report(issuer: list[str]):
    rows = [[line] for line in issuer] + [[MARK], ["BÁO CÁO KẾT QUẢ NĂM 2024"], [],
                                          ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
                                          ["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 19]]
    return examine(rows, name="bao_cao.xlsx")


@pytest.mark.parametrize("issuer", [["SỞ KHOA HỌC VÀ CÔNG NGHỆ AN GIANG"], ["SỞ KH&CN AN GIANG"]])
def test_an_giangs_department_named_without_tinh_is_an_giang(issuer):
    """LOST (accepted with nothing stored): An Giang's department writing its name without "tỉnh" — "SỞ KHOA HỌC VÀ
    CÔNG NGHỆ AN GIANG" — folds to "… cong nghe an giang", where "nghe an" was found as Nghệ An beside An Giang: two
    provinces, and the report's 19 tasks were set aside. "công nghệ" is the department's phrase (metrics/
    header_words.toml phrases_ending_in_a_name_word): the report is An Giang's."""
    assert taken(_department_report(issuer)) == {("89", "63", "tasks_accepted", "2024", "actual"): 19.0}


def test_an_giangs_department_in_an_export_is_an_giang():
    """LOST (the honest file refused, "không nhận ra tỉnh"): a reporting system's export naming its rows' body "Sở
    KH&CN An Giang" under "Tên đơn vị" beside "Sở KH&CN Cần Thơ": each department's province, as with "tỉnh"."""
    rows = [["Tên đơn vị", "Tên chỉ tiêu", "Kỳ báo cáo", "Đơn vị tính", "Giá trị", "Ghi chú"],
            ["Sở KH&CN Cần Thơ", "Số nhiệm vụ KH&CN được nghiệm thu", "Năm 2023", "nhiệm vụ", 32, MARK],
            ["Sở KH&CN An Giang", "Số nhiệm vụ KH&CN được nghiệm thu", "Năm 2023", "nhiệm vụ", 27, MARK]]
    assert taken(examine(rows, name="xuat_he_thong.xlsx")) == {
        ("92", "63", "tasks_accepted", "2023", "actual"): 32.0, ("89", "63", "tasks_accepted", "2023", "actual"): 27.0}


@pytest.mark.parametrize("issuer", [["SỞ KHOA HỌC VÀ CÔNG NGHỆ NGHỆ AN"], ["UBND TỈNH NGHỆ AN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"]])
def test_probe_nghe_an_named_after_the_department_is_still_nghe_an(issuer):
    """The honest neighbour: Nghệ An's department ("… CÔNG NGHỆ NGHỆ AN", with or without "TỈNH") — Nghệ An, as
    before."""
    assert taken(_department_report(issuer)) == {("40", "63", "tasks_accepted", "2024", "actual"): 19.0}


# --------------------------------------------------------------------------------------------------------------
# (5) A sheet per former province named as people name files ("BenTre_cu")
# --------------------------------------------------------------------------------------------------------------
def _former_sheet(tasks: int, heading: str = "UBND TỈNH VĨNH LONG - SỞ KHOA HỌC VÀ CÔNG NGHỆ") -> list[list]:
    return [[heading], [MARK], ["KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025 (TRƯỚC SẮP XẾP)"], [],
            ["STT", "Nội dung", "ĐVT", "6 tháng đầu năm 2025"], [1, "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", tasks]]


FORMER_SHEETS = {"86": 7, "83": 9, "84": 5}


@pytest.mark.parametrize("names", [("VinhLong_cu", "BenTre_cu", "TraVinh_cu"), ("Vinh_Long_cu", "Ben_Tre_cu", "Tra_Vinh_cu"),
                                   ("VinhLong (cu)", "BenTre (cu)", "TraVinh (cu)")])
def test_sheets_of_former_provinces_named_as_files_are_named_are_theirs(names):
    """LOST (the honest file refused whole): the new Vĩnh Long's workbook of the former provinces' first half of 2025,
    one sheet each named "VinhLong_cu", "BenTre_cu", "TraVinh_cu" under the compiler's heading: no sheet's name was
    read, each sheet was Vĩnh Long's and the one fact had three values. The name read as its words ("Ben Tre cu"):
    each former province's own half (frame 63)."""
    sheets = {"HD": [["Hướng dẫn: mỗi tỉnh cũ một trang."], [MARK]],
              **{name: _former_sheet(v) for name, v in zip(names, FORMER_SHEETS.values())}}
    got = taken(examine_book(sheets, name="vinhlong_6t2025.xlsx"))
    assert got == {(code, "63", "tasks_accepted", "2025-S1", "actual"): float(v) for code, v in FORMER_SHEETS.items()}


@pytest.mark.parametrize("names", [("Vĩnh Long cũ", "Bến Tre cũ", "Trà Vinh cũ"), ("Vinh Long cu", "Ben Tre cu", "Tra Vinh cu")])
def test_probe_sheets_named_with_spaces_read_as_before(names):
    """The honest neighbour: the same sheets named with spaces (with or without diacritics), as before."""
    sheets = {name: _former_sheet(v) for name, v in zip(names, FORMER_SHEETS.values())}
    got = taken(examine_book(sheets, name="vinhlong_6t2025.xlsx"))
    assert got == {(code, "63", "tasks_accepted", "2025-S1", "actual"): float(v) for code, v in FORMER_SHEETS.items()}


@pytest.mark.parametrize("name", ["Bao_cao_6T", "BaoCao2025", "So_lieu"])
def test_probe_a_sheet_named_as_a_file_naming_no_province_is_the_headings(name):
    """The honest neighbour: a sheet named as a file names no province ("Bao_cao_6T", "BaoCao2025"): the heading's
    province, as before (the new Vĩnh Long's own first half after the merger: its 2025-S2)."""
    rows = [["UBND TỈNH VĨNH LONG"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], ["KẾT QUẢ 6 THÁNG CUỐI NĂM 2025"], [],
            ["STT", "Nội dung", "ĐVT", "6 tháng cuối năm 2025"], [1, "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 12]]
    assert taken(examine_book({name: rows}, name="bao_cao.xlsx")) == {
        ("86", "34", "tasks_accepted", "2025-S2", "actual"): 12.0}
