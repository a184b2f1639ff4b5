"""Last session's "possibly wrong" readings, settled (issue #8, wrong25): each class is probed with the
smallest realistic report, built here, marked as test data and read by `etl.ingest.examine` as an
upload is. A wrong number's class test asserts what is stored (or that it is not) and, beside it, the
honest neighbouring cases the fix must not touch; a reading found right is pinned as it is."""
from __future__ import annotations

from tests.fixtures.reports import (LABEL_UNIT_HEADER as H, OCOP_ROW, TASKS_ACCEPTED_ROW, examine, examine_book,
                                    head, reasons as _reasons, taken)

HT = "42"   # Hà Tĩnh (merged with no province in 2025: the same code in both frames)
Y24 = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2024"
TEXT_HEADER = ["TT", "Nội dung", "Kết quả"]
MANAGED_ROW = ["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ"]


def _report(title: str, rows: list[list], name: str = "hatinh.xlsx", province: str = "Hà Tĩnh", sheet: str = "Biểu 01"):
    return examine(head(province, title) + rows, name=name, title=sheet)


def _statuses(result) -> dict:
    f = result.facts
    return {(i, p): s for i, p, s in zip(f.indicator, f.period, f.status)}


# --- 1. tasks carried INTO a later year (was wrong) -----------------------------------------------------

def test_tasks_carried_into_the_next_year_are_not_the_years_carried_over():
    """"Nhiệm vụ chuyển tiếp sang năm 2025 | 18" in a report on 2024, as a row or in a sentence: the tasks
    carried OUT of 2024, stored as 2024's tasks carried over (those carried INTO it from 2023). Set aside,
    with the reason; the year's tasks managed beside it stay."""
    r = _report(Y24, [H + ["Năm 2024"], MANAGED_ROW + [60], ["2", "Nhiệm vụ chuyển tiếp sang năm 2025", "nhiệm vụ", 18]])
    assert taken(r) == {(HT, "63", "tasks_managed", "2024", "actual"): 60}
    assert "chuyển sang năm 2025" in _reasons(r)
    got = taken(_report(Y24, [TEXT_HEADER, ["1", "Nhiệm vụ KH&CN",
                                            "Quản lý 60 nhiệm vụ, trong đó 18 nhiệm vụ chuyển tiếp sang năm 2025"]]))
    assert got == {(HT, "63", "tasks_managed", "2024", "actual"): 60}


def test_probe_tasks_carried_into_the_reports_own_year_are_its_carried_over():
    """Where it must not fire: "… chuyển tiếp sang năm 2024" in 2024's report, "… chuyển tiếp sang năm
    2025" in 2025's, and "chuyển tiếp từ năm 2023" in a sentence are the period's own carried over."""
    got = taken(_report(Y24, [H + ["Năm 2024"], ["1", "Nhiệm vụ năm 2023 chuyển tiếp sang năm 2024", "nhiệm vụ", 18]]))
    assert got == {(HT, "63", "tasks_carried_over", "2024", "actual"): 18}
    got = taken(_report("Báo cáo kết quả hoạt động khoa học và công nghệ năm 2025", [
        H + ["Năm 2025"], ["1", "Nhiệm vụ chuyển tiếp sang năm 2025", "nhiệm vụ", 18]]))
    assert got == {(HT, "34", "tasks_carried_over", "2025", "actual"): 18}
    got = taken(_report(Y24, [TEXT_HEADER, ["1", "Nhiệm vụ KH&CN",
                                            "Năm 2024 quản lý 60 nhiệm vụ, trong đó 18 nhiệm vụ chuyển tiếp từ năm 2023"]]))
    assert got == {(HT, "63", "tasks_managed", "2024", "actual"): 60,
                   (HT, "63", "tasks_carried_over", "2024", "actual"): 18}


# --- 2. one round of the evaluations, a re-evaluation (was wrong) ----------------------------------------

def test_one_round_of_acceptance_or_a_re_evaluation_is_not_the_years_tasks_accepted():
    """"Nhiệm vụ KH&CN được nghiệm thu đợt 1 | 7" was stored as the year's tasks accepted; with "… nghiệm
    thu lại | 2" below it the two were two values of it and the honest file was refused. Both set aside."""
    r = _report(Y24, [H + ["Năm 2024"], MANAGED_ROW + [60],
                      ["2", "Nhiệm vụ KH&CN được nghiệm thu đợt 1", "nhiệm vụ", 7],
                      ["3", "Nhiệm vụ KH&CN nghiệm thu lại", "nhiệm vụ", 2]])
    assert taken(r) == {(HT, "63", "tasks_managed", "2024", "actual"): 60}
    assert "đợt" in _reasons(r) and "nghiệm thu lại" in _reasons(r)


def test_probe_the_years_tasks_accepted_beside_its_rounds_are_taken():
    """Where it must not fire: "Số nhiệm vụ nghiệm thu | 20" and "Tổ chức nghiệm thu" stay the year's."""
    got = taken(_report(Y24, [H + ["Năm 2024"], ["1", "Số nhiệm vụ nghiệm thu", "nhiệm vụ", 20],
                              ["2", "Trong đó: nghiệm thu đợt 1", "nhiệm vụ", 7]]))
    assert got == {(HT, "63", "tasks_accepted", "2024", "actual"): 20}
    got = taken(_report(Y24, [H + ["Năm 2024"], TASKS_ACCEPTED_ROW + [20]]))
    assert got == {(HT, "63", "tasks_accepted", "2024", "actual"): 20}


# --- 3. OCOP products moved up a star level (was wrong) -------------------------------------------------

def test_ocop_products_upgraded_are_not_the_products_recognized():
    """"Sản phẩm OCOP nâng hạng sao | 6", "Sản phẩm OCOP được nâng hạng | 4": products already recognized,
    moved up a level — one kind of the year's recognitions, stored as the year's products recognized."""
    for label in ("Sản phẩm OCOP nâng hạng sao", "Sản phẩm OCOP được nâng hạng", "Sản phẩm OCOP nâng sao"):
        r = _report(Y24, [H + ["Năm 2024"], MANAGED_ROW + [60], ["2", label, "sản phẩm", 6]])
        assert taken(r) == {(HT, "63", "tasks_managed", "2024", "actual"): 60}, label


def test_probe_products_recognized_and_a_star_level_beside_the_upgrades_are_taken():
    """Where it must not fire: the year's products recognized beside its upgrades, and "Hạng 4 sao" under
    the heading "Sản phẩm OCOP được công nhận" (a word "hạng" in the exclude once lost it)."""
    got = taken(_report(Y24, [H + ["Năm 2024"], OCOP_ROW + [42], ["", "Trong đó: nâng hạng sao", "sản phẩm", 6]]))
    assert got == {(HT, "63", "ocop_products", "2024", "actual"): 42}
    got = taken(_report(Y24, [["TT", "Nội dung", "ĐVT", "Năm 2024"], ["II", "Sản phẩm OCOP được công nhận"],
                              [None, "Tổng cộng", "sản phẩm", 28], ["1", "Hạng 3 sao", "sản phẩm", 21],
                              ["2", "Hạng 4 sao", "sản phẩm", 7]]))
    assert got == {(HT, "63", "ocop_products", "2024", "actual"): 28,
                   (HT, "63", "ocop_products_3star", "2024", "actual"): 21,
                   (HT, "63", "ocop_products_4star", "2024", "actual"): 7}


# --- 4. a sheet named by a part of the year only (was wrong) -------------------------------------------

def test_a_sheet_named_by_a_quarter_holds_that_quarter_of_the_titles_year():
    """A report "… năm 2024" with a sheet per quarter ("Quý I", …), its header only "Số lượng": the
    sheet's figures were stored as the whole year's (four sheets, four values of 2024). The sheet's name
    names the part; the title the year."""
    got = taken(examine_book({"Quý I": head("Hà Tĩnh", Y24) + [H + ["Số lượng"], TASKS_ACCEPTED_ROW + [5]],
                              "Quý II": head("Hà Tĩnh", Y24) + [H + ["Số lượng"], TASKS_ACCEPTED_ROW + [7]]},
                             name="hatinh.xlsx"))
    assert got == {(HT, "63", "tasks_accepted", "2024-Q1", "actual"): 5,
                   (HT, "63", "tasks_accepted", "2024-Q2", "actual"): 7}
    got = taken(_report(Y24, [H + ["Số lượng"], TASKS_ACCEPTED_ROW + [9]], sheet="6 tháng đầu năm"))
    assert got == {(HT, "63", "tasks_accepted", "2024-S1", "actual"): 9}


def test_probe_sheets_naming_their_year_or_no_period_keep_their_reading():
    """Where it must not fire: a sheet "Quý I năm 2024", a sheet "Biểu 01" under a year's title, a sheet
    "Quý I" under a title on that quarter; and "Quý I" with no year anywhere stays unread (refused, asking
    for the period)."""
    assert taken(_report("Báo cáo kết quả hoạt động khoa học và công nghệ", [H + ["Số lượng"], TASKS_ACCEPTED_ROW + [5]],
                         sheet="Quý I năm 2024")) == {(HT, "63", "tasks_accepted", "2024-Q1", "actual"): 5}
    assert taken(_report(Y24, [H + ["Số lượng"], TASKS_ACCEPTED_ROW + [5]])) == \
        {(HT, "63", "tasks_accepted", "2024", "actual"): 5}
    assert taken(_report("Báo cáo kết quả hoạt động khoa học và công nghệ quý I năm 2024",
                         [H + ["Số lượng"], TASKS_ACCEPTED_ROW + [5]], sheet="Quý I")) == \
        {(HT, "63", "tasks_accepted", "2024-Q1", "actual"): 5}
    r = _report("Báo cáo kết quả hoạt động khoa học và công nghệ", [H + ["Số lượng"], TASKS_ACCEPTED_ROW + [5]],
                sheet="Quý I")
    assert not r.accepted and "kỳ" in r.problems[0].message_vi


# --- 5. "giải quyết trực tuyến" (was right) ---------------------------------------------------------

def test_the_share_of_dossiers_handled_online_is_the_online_dossier_rate():
    """"Tỷ lệ hồ sơ giải quyết trực tuyến | % | 85,5" is the share of dossiers received and handled
    online (the indicator's definition); the count "Số hồ sơ giải quyết trực tuyến | hồ sơ | 320", the
    on-time share and the procedures' "Tỷ lệ TTHC giải quyết trực tuyến" are never it."""
    r = _report(Y24, [H + ["Năm 2024"], ["1", "Tỷ lệ hồ sơ giải quyết trực tuyến", "%", 85.5],
                      ["2", "Số hồ sơ giải quyết trực tuyến", "hồ sơ", 320],
                      ["3", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", 99],
                      ["4", "Tỷ lệ TTHC giải quyết trực tuyến", "%", 70]])
    assert taken(r) == {(HT, "63", "online_dossier_rate", "2024", "actual"): 85.5}


# --- 7. a bare "Kỳ trước" in a half-year's report (was right) --------------------------------------------

def test_a_bare_previous_period_in_a_half_years_report_is_the_half_before():
    """"Kỳ trước | Kỳ này" in a report on the first half of 2025: the statistical forms' "kỳ trước" is the
    period of the same length just before (2024-S2); the same half a year earlier is "cùng kỳ"."""
    title = "Báo cáo kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm 2025"
    got = taken(_report(title, [H + ["Kỳ trước", "Kỳ này"], TASKS_ACCEPTED_ROW + [4, 6]]))
    assert got == {(HT, "63", "tasks_accepted", "2024-S2", "actual"): 4,
                   (HT, "63", "tasks_accepted", "2025-S1", "actual"): 6}
    got = taken(_report(title, [H + ["Cùng kỳ năm trước", "Kỳ này"], TASKS_ACCEPTED_ROW + [4, 6]]))
    assert got == {(HT, "63", "tasks_accepted", "2024-S1", "actual"): 4,
                   (HT, "63", "tasks_accepted", "2025-S1", "actual"): 6}


# --- 8. a yearbook's preliminary year (was unmarked) -----------------------------------------------------

def test_a_preliminary_year_is_stored_as_an_estimate():
    """"2021 | 2022 | Sơ bộ 2023" (the yearbook's preliminary figure, revised in the next edition): 32 was
    stored as reported with nothing marking it; it is the estimate of 2023 (status "estimated", shown so
    on the coverage page), the final years stay reported."""
    r = _report("Niên giám thống kê năm 2023", [H + ["2021", "2022", "Sơ bộ 2023"],
                                                 ["1", "Tổ chức khoa học và công nghệ", "tổ chức", 28, 30, 32]])
    assert taken(r) == {(HT, "63", "st_organizations", "2021-12-31", "actual"): 28,
                        (HT, "63", "st_organizations", "2022-12-31", "actual"): 30,
                        (HT, "63", "st_organizations", "2023-12-31", "actual"): 32}
    assert _statuses(r) == {("st_organizations", "2021-12-31"): "reported",
                            ("st_organizations", "2022-12-31"): "reported",
                            ("st_organizations", "2023-12-31"): "estimated"}


def test_probe_a_year_without_the_preliminary_word_stays_reported():
    """Where it must not fire: "Năm 2022 | Năm 2023" and "Thực hiện 2023" are reported figures."""
    r = _report(Y24, [H + ["Năm 2023", "Thực hiện 2024"], TASKS_ACCEPTED_ROW + [18, 20]])
    assert set(_statuses(r).values()) == {"reported"}


# --- 9. a heading naming one level over rows naming none (was wrong); a district's heading (was right) --

def test_rows_under_a_heading_of_one_level_are_not_the_whole():
    """"I. Nhiệm vụ KH&CN cấp tỉnh" (no figure) over "1. Số nhiệm vụ được quản lý | 40", "2. Số nhiệm vụ
    nghiệm thu | 12": the provincial tasks' figures, stored as every task managed and accepted; with "II.
    … cấp cơ sở" below, the two levels were two values of it and the honest file refused. Set aside."""
    r = _report(Y24, [H + ["Năm 2024"], ["I", "Nhiệm vụ KH&CN cấp tỉnh", "", None],
                      ["1", "Số nhiệm vụ được quản lý", "nhiệm vụ", 40], ["2", "Số nhiệm vụ nghiệm thu", "nhiệm vụ", 12],
                      ["II", "Nhiệm vụ KH&CN cấp cơ sở", "", None], ["1", "Số nhiệm vụ được quản lý", "nhiệm vụ", 20],
                      ["III", "Sản phẩm OCOP", "", None], OCOP_ROW + [42]])
    assert taken(r) == {(HT, "63", "ocop_products", "2024", "actual"): 42}
    assert "“cấp tỉnh”" in _reasons(r) and "“cấp cơ sở”" in _reasons(r)


def test_probe_a_level_said_by_the_row_a_caption_or_every_level_keeps_its_reading():
    """Where it must not fire: the row naming the heading's level itself, the level in a caption above the
    table (read as the level's), a heading listing every level (the whole)."""
    got = taken(_report(Y24, [H + ["Năm 2024"], ["I", "Nhiệm vụ KH&CN cấp tỉnh", "", None],
                              ["1", "Nhiệm vụ cấp tỉnh được quản lý", "nhiệm vụ", 40]]))
    assert got == {(HT, "63", "tasks_managed_provincial", "2024", "actual"): 40}
    got = taken(_report(Y24, [["Nhiệm vụ cấp tỉnh"], H + ["Năm 2024"], ["1", "Nhiệm vụ được quản lý", "nhiệm vụ", 40]]))
    assert got == {(HT, "63", "tasks_managed_provincial", "2024", "actual"): 40}
    got = taken(_report(Y24, [H + ["Năm 2024"], ["I", "Nhiệm vụ KH&CN cấp quốc gia, cấp tỉnh và cấp cơ sở", "", None],
                              ["1", "Số nhiệm vụ được quản lý", "nhiệm vụ", 40]]))
    assert got == {(HT, "63", "tasks_managed", "2024", "actual"): 40}


def test_rows_under_a_districts_heading_are_no_figure_of_the_province():
    """"Huyện Thọ Xuân" over "Sản phẩm OCOP được công nhận | 5" in Thanh Hóa's report: the district's,
    never the province's (nothing stored, the file refused as holding no indicator of the province)."""
    r = _report(Y24, [H + ["Năm 2024"], ["", "Huyện Thọ Xuân", "", None], OCOP_ROW + [5]],
                province="Thanh Hóa", name="thanhhoa.xlsx")
    assert r.facts.empty and "Huyện Thọ Xuân" in _reasons(r)


# --- 10. a yearbook's table by district totalled as "Toàn tỉnh" (was refused) -----------------------------

def _yearbook(caption: str, total: str, rows: list[list]) -> list[list]:
    from tests.fixtures.reports import MARK
    return [["CỤC THỐNG KÊ TỈNH HÀ TĨNH"], ["NIÊN GIÁM THỐNG KÊ TỈNH HÀ TĨNH 2023"], [MARK], [],
            [caption], [None, None, None, "Đơn vị tính: Tổ chức"], [None, 2021, 2022, 2023], [total, 28, 30, 32], *rows]


DISTRICTS = [["Thành phố Hà Tĩnh", 12, 13, 13], ["Thị xã Hồng Lĩnh", 3, 3, 3], ["Huyện Kỳ Anh", 13, 14, 16]]
ORGANIZATIONS = {(HT, "63", "st_organizations", f"{y}-12-31", "actual"): v for y, v in ((2021, 28), (2022, 30), (2023, 32))}


def test_a_yearbook_table_by_district_stores_its_provinces_total_row():
    """"12.11. Số tổ chức KH&CN phân theo huyện/thị xã/thành phố" (or "… phân theo địa phương") over
    "Toàn tỉnh" and the districts: the file was refused ("Toàn tỉnh" read as no total); the province's
    total row is its figure, the districts set aside."""
    for caption in ("12.11. Số tổ chức khoa học và công nghệ phân theo huyện/thị xã/thành phố",
                    "12.11. Số tổ chức khoa học và công nghệ phân theo địa phương"):
        r = examine(_yearbook(caption, "Toàn tỉnh", DISTRICTS), name="hatinh_nien_giam.xlsx", title="12. KHCN")
        assert taken(r) == ORGANIZATIONS, caption
        assert "Huyện Kỳ Anh" in _reasons(r)


def test_probe_a_regions_table_and_a_total_under_a_heading_keep_their_reading():
    """Where it must not fire: a region's table ("Toàn vùng" over Hà Tĩnh and Nghệ An) stores no province's
    total; "Toàn tỉnh | 19" right under the heading "I | Nhiệm vụ KH&CN được nghiệm thu" is the tasks
    accepted (as "Tổng cộng" is), its levels below it their parts."""
    r = examine(_yearbook("12.11. Số tổ chức khoa học và công nghệ phân theo địa phương", "Toàn vùng",
                          [["Hà Tĩnh", 28, 30, 32], ["Nghệ An", 50, 52, 55]]), name="bactrungbo.xlsx", title="12. KHCN")
    assert not r.accepted and r.facts.empty
    got = taken(_report(Y24, [["TT", "Nội dung", "ĐVT", "Năm 2024"], ["I", "Nhiệm vụ KH&CN được nghiệm thu"],
                              [None, "Toàn tỉnh", "nhiệm vụ", 19], ["1", "Cấp quốc gia", "nhiệm vụ", 1],
                              ["2", "Cấp tỉnh", "nhiệm vụ", 13]]))
    assert got == {(HT, "63", "tasks_accepted", "2024", "actual"): 19,
                   (HT, "63", "tasks_accepted_national", "2024", "actual"): 1,
                   (HT, "63", "tasks_accepted_provincial", "2024", "actual"): 13}


# --- 11. "Địa bàn X (cũ) | … | Toàn tỉnh" columns of a merged province (stored nothing) ------------------

MERGED_HEADER = ["STT", "Chỉ tiêu", "ĐVT", "Địa bàn Quảng Ngãi (cũ)", "Địa bàn Kon Tum (cũ)", "Toàn tỉnh"]


def test_the_whole_provinces_column_beside_its_former_territories_is_the_merged_provinces():
    """The new Quảng Ngãi's report on 2025 by former territory, "Địa bàn Quảng Ngãi (cũ) | Địa bàn Kon Tum
    (cũ) | Toàn tỉnh": "Địa bàn" read as no province, nothing was stored. "Toàn tỉnh" after the merger is
    the merged province's (frame 34); a former territory's share of 2025 belongs to no province then (set
    aside, as "Quảng Ngãi (cũ)" is)."""
    r = _report("Báo cáo kết quả hoạt động khoa học và công nghệ năm 2025",
                [MERGED_HEADER, TASKS_ACCEPTED_ROW + [10, 6, 16], OCOP_ROW + [20, 12, 32]],
                province="Quảng Ngãi", name="quangngai.xlsx")
    assert taken(r) == {("51", "34", "tasks_accepted", "2025", "actual"): 16,
                        ("51", "34", "ocop_products", "2025", "actual"): 32}
    assert "Địa bàn Kon Tum (cũ)" in _reasons(r)


def test_probe_before_the_merger_the_former_territories_are_the_old_provinces():
    """Where the whole is no province's: in 2024 the former territories are the old provinces (51, 62 of
    the 63 frame) and "Toàn tỉnh", the merged territory of a year before it existed, is set aside."""
    r = _report("Báo cáo kết quả hoạt động khoa học và công nghệ năm 2024",
                [MERGED_HEADER, TASKS_ACCEPTED_ROW + [10, 6, 16]], province="Quảng Ngãi", name="quangngai.xlsx")
    assert taken(r) == {("51", "63", "tasks_accepted", "2024", "actual"): 10,
                        ("62", "63", "tasks_accepted", "2024", "actual"): 6}
