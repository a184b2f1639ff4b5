"""wrong53 (issue #8, "a wrong number is worse than a missing one"): readings that stored a wrong number on main — a
bare "Lũy kế" beside the month in a monthly report read as a total since the programme began; a council's session
("Kỳ họp thứ 2 HĐND tỉnh") read as a round, its title's period lost; a sheet named after a district or town with no
kind word ("Vinh", "Mộc Châu") under the province's title read as the province's — each with the smallest realistic
report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is) and the honest neighbours that must
keep reading the same."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import examine, examine_book, facts, head, reasons, taken

NGHE_AN, SON_LA = "40", "14"
COUNT = ["STT", "Chỉ tiêu", "ĐVT", "Số lượng"]
ACCEPTED = ["1", "Số nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ"]
OCOP = ["1", "Sản phẩm OCOP được công nhận", "sản phẩm"]
TASKS = ["2", "Số nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ"]
AUGUST = "BÁO CÁO KẾT QUẢ CÔNG TÁC THÁNG 8 NĂM 2025"


# --- 1. a bare "Lũy kế" beside the month in a monthly report -----------------------------------------------------

def _monthly(columns: list, *rows: list, title: str = AUGUST):
    """Sơn La's department's monthly report: the header "TT | Nội dung | ĐVT | `columns`", then `rows`."""
    return examine(head("Sơn La", title) + [["TT", "Nội dung", "ĐVT", *columns], *rows], name="report.xlsx")


@pytest.mark.parametrize("columns, figures", [
    (["Tháng 8/2025", "Lũy kế", "Kế hoạch năm"], [4, 21, 40]),
    (["Tháng 8/2025", "Lũy kế", "KH năm 2025"], [4, 21, 40]),
    (["Kế hoạch năm 2025", "Thực hiện tháng 8", "Lũy kế"], [40, 4, 21]),  # the tasks' figures in this order too
    (["Tháng 8/2025", "Lũy kế", "% KH năm"], [4, 21, 52.5]),
    (["Tháng 8/2025", "Lũy kế", "Đạt % KH"], [4, 21, 52.5]),
    (["Tháng 8/2025", "Lũy kế", "Cùng kỳ"], [4, 21, 19]),
    (["Tháng 8/2025", "Lũy kế", "So cùng kỳ (%)"], [4, 21, 110.5]),
    (["Thực hiện tháng 8", "Lũy kế", "Ước TH năm 2025"], [4, 21, 35]),
])
def test_a_bare_running_total_beside_the_years_plan_or_same_period_is_the_year_to_date(columns, figures):
    """WRONG: "Tháng 8/2025 | Lũy kế | Kế hoạch năm" in Sơn La's report on August 2025: the 21 OCOP products
    recognised from January to August were stored as the products still recognised at 31/8/2025, the tasks accepted
    set aside. The year's plan (or estimate), a "% KH năm" or a "Cùng kỳ" beside it say the report counts by the
    year: the flows are read as January–August."""
    tasks = [30, 2, 10] if figures[0] == 40 else [2, 10, 30]
    got = _monthly(columns, OCOP + figures, TASKS + tasks)
    ytd = {k: v for k, v in taken(got).items() if k[3] == "2025-01/2025-08"}
    assert ytd == {(SON_LA, "34", "ocop_products", "2025-01/2025-08", "actual"): 21,
                   (SON_LA, "34", "tasks_accepted", "2025-01/2025-08", "actual"): 10}, taken(got)
    assert not any(k[2] == "ocop_products_total" for k in taken(got)), taken(got)


@pytest.mark.parametrize("columns", [["Tháng 8/2025", "Lũy kế"], ["Thực hiện tháng 8", "Lũy kế"],
                                     ["Thực hiện tháng 8/2025", "Lũy kế", "Ghi chú"]])
def test_a_bare_running_total_with_nothing_beside_it_is_set_aside(columns):
    """WRONG: "Tháng 8/2025 | Lũy kế" alone: the 21 products stored as the products still recognised at 31/8. With
    nothing beside it saying so, it may be the year to date or the total since the programme began: the flows'
    figures there are set aside, saying why; the month's own are read."""
    got = _monthly(columns, OCOP + [4, 21, None][:len(columns)], TASKS + [2, 10, None][:len(columns)])
    assert taken(got) == {(SON_LA, "34", "ocop_products", "2025-08", "actual"): 4,
                          (SON_LA, "34", "tasks_accepted", "2025-08", "actual"): 2}, taken(got)
    assert "không nói cộng dồn từ đầu năm hay từ khi bắt đầu" in reasons(got), reasons(got)


def test_the_same_period_last_year_beside_it_is_last_years_year_to_date():
    """"Thực hiện tháng 8 | Lũy kế | Cùng kỳ năm trước": the running total and last year's beside it run over the same
    months (as beside "Lũy kế từ đầu năm")."""
    got = _monthly(["Thực hiện tháng 8", "Lũy kế", "Cùng kỳ năm trước"], OCOP + [4, 21, 19])
    assert taken(got) == {(SON_LA, "34", "ocop_products", "2025-08", "actual"): 4,
                          (SON_LA, "34", "ocop_products", "2025-01/2025-08", "actual"): 21,
                          (SON_LA, "63", "ocop_products", "2024-01/2024-08", "actual"): 19}, taken(got)


@pytest.mark.parametrize("columns", [["Tháng 8/2025", "Lũy kế"], ["Tháng 8/2025", "Lũy kế", "Kế hoạch năm"]])
def test_probe_a_stocks_running_total_is_its_count_at_the_months_end(columns):
    """A stock's row (the products still recognised, the products protected) gives its count at 31/8 in "Lũy kế"
    whether it runs from January or since the programme began: read so, as on main."""
    got = _monthly(columns, ["1", "Sản phẩm OCOP còn hiệu lực", "sản phẩm", 4, 210, 220][:3 + len(columns)],
                   ["2", "Số sản phẩm được bảo hộ sở hữu trí tuệ (lũy kế)", "sản phẩm", 1, 47, 50][:3 + len(columns)])
    got_taken = {k: v for k, v in taken(got).items() if k[4] == "actual"}
    assert got_taken == {(SON_LA, "34", "ocop_products_total", "2025-08-31", "actual"): 210,
                         (SON_LA, "34", "ip_protected_products", "2025-08-31", "actual"): 47}, taken(got)


def test_probe_a_january_reports_running_total_is_never_a_flows_stock():
    """In a report on January the year to date is the month itself: "Lũy kế" of a flow is never its stock."""
    got = _monthly(["Tháng 1/2025", "Lũy kế", "Kế hoạch năm"], OCOP + [4, 21, 40],
                   title="BÁO CÁO KẾT QUẢ CÔNG TÁC THÁNG 1 NĂM 2025")
    assert not any(k[2] == "ocop_products_total" for k in taken(got)), taken(got)
    assert taken(got)[(SON_LA, "63", "ocop_products", "2025-01", "actual")] == 4


def test_probe_beside_the_reports_own_year_to_date_it_stays_the_total_to_date():
    """blind77's probe: "Thực hiện tháng 8 | Lũy kế từ đầu năm | Lũy kế" — the bare one is the total to date beside
    the year to date: a stock's row there reads as before."""
    got = _monthly(["Thực hiện tháng 8", "Lũy kế từ đầu năm", "Lũy kế"], OCOP + [4, 21, 210])
    assert taken(got) == {(SON_LA, "34", "ocop_products", "2025-08", "actual"): 4,
                          (SON_LA, "34", "ocop_products", "2025-01/2025-08", "actual"): 21,
                          (SON_LA, "34", "ocop_products_total", "2025-08-31", "actual"): 210}, taken(got)


def test_probe_the_forms_running_total_beside_its_report_period_reads_as_before():
    """The form's "Kỳ báo cáo | Lũy kế" (batch 23) in a report on August: the year to date, as before."""
    got = _monthly(["Kỳ báo cáo", "Lũy kế"], OCOP + [4, 21])
    assert taken(got) == {(SON_LA, "34", "ocop_products", "2025-08", "actual"): 4,
                          (SON_LA, "34", "ocop_products", "2025-01/2025-08", "actual"): 21}, taken(got)


QUARTER = "BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ III NĂM 2025"


@pytest.mark.parametrize("columns", [["Quý III/2025", "Lũy kế", "Kế hoạch năm"],
                                     ["Thực hiện quý III", "Lũy kế", "Cùng kỳ năm trước"]])
def test_a_bare_running_total_in_a_quarters_report_beside_the_years_plan_is_the_year_to_date(columns):
    """WRONG (relative): "Quý III/2025 | Lũy kế | Kế hoạch năm" in Sơn La's report on the third quarter: the 21 OCOP
    products of January–September stored as the products still recognised at 30/9. Read as January–September."""
    got = _monthly(columns, OCOP + [4, 21, 40], title=QUARTER)
    assert taken(got)[(SON_LA, "34", "ocop_products", "2025-01/2025-09", "actual")] == 21, taken(got)
    assert not any(k[2] == "ocop_products_total" for k in taken(got)), taken(got)


def test_a_bare_running_total_alone_in_a_quarters_report_is_set_aside():
    got = _monthly(["Quý III/2025", "Lũy kế"], OCOP + [4, 21], title=QUARTER)
    assert taken(got) == {(SON_LA, "34", "ocop_products", "2025-Q3", "actual"): 4}, taken(got)
    assert "không nói cộng dồn từ đầu năm hay từ khi bắt đầu" in reasons(got), reasons(got)


@pytest.mark.parametrize("title, column, end", [("BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025", "Thực hiện 6 tháng", "2025-06-30"),
                                                ("BÁO CÁO KẾT QUẢ 9 THÁNG NĂM 2025", "Thực hiện 9 tháng", "2025-09-30")])
def test_probe_beside_a_span_from_january_the_running_total_reads_as_before(title, column, end):
    """Beside a span already from January (6 or 9 months) the bare "Lũy kế" can be no year to date: as a year's report
    (batch 25), OCOP's stays the products still recognised at the span's end — not reopened here."""
    got = _monthly([column, "Lũy kế"], OCOP + [4, 21], title=title)
    assert any(k[2] == "ocop_products_total" and k[3] == end for k in taken(got)), taken(got)


def test_probe_a_years_report_keeps_its_total_to_date():
    """Batch 25's Sóc Trăng: "Kế hoạch năm | Thực hiện kỳ này | Lũy kế" in a report on the YEAR — the running total
    can be no year to date there: OCOP's "Lũy kế" stays the products still recognised at the year's end."""
    got = _monthly(["Kế hoạch năm", "Thực hiện năm 2025", "Lũy kế"], OCOP + [25, 31, 58],
                   title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025")
    assert taken(got)[(SON_LA, "34", "ocop_products_total", "2025-12-31", "actual")] == 58, taken(got)


# --- 2. a council's session and its term are no round and no period ---------------------------------------------

def _titled(title: str, sheet: str = "Biểu 01", column: str = "Thực hiện", above: tuple = ()):
    """Nghệ An's department's report titled `title` (with `above` lines under it) on a sheet named `sheet`: one column
    of figures headed `column` — 4 OCOP products, 10 tasks accepted."""
    return examine(head("Nghệ An", title) + [list(line) for line in above]
                   + [["TT", "Chỉ tiêu", "ĐVT", column], OCOP + [4], TASKS + [10]], name="report.xlsx", title=sheet)


def _half(period: str = "2024-S1") -> dict:
    return {(NGHE_AN, "63", "ocop_products", period, "actual"): 4, (NGHE_AN, "63", "tasks_accepted", period, "actual"): 10}


@pytest.mark.parametrize("title", ["BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024 TRÌNH KỲ HỌP THỨ 2 HĐND TỈNH",
                                   "BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024 TRÌNH KỲ HỌP THỨ 2 HĐND TỈNH KHÓA XVIII, "
                                   "NHIỆM KỲ 2021-2026",
                                   "Báo cáo kết quả 6 tháng đầu năm 2024 phục vụ Kỳ họp thứ hai Hội đồng nhân dân tỉnh",
                                   "BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024 TẠI HĐND TỈNH KHÓA XVIII, KỲ HỌP THỨ 20",
                                   "BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024 TRÌNH PHIÊN HỌP THỨ 5 UBND TỈNH"])
@pytest.mark.parametrize("sheet", ["Biểu 01", "Năm 2024"])
def test_a_councils_session_in_the_title_is_no_round(title, sheet):
    """WRONG: "BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024 TRÌNH KỲ HỌP THỨ 2 HĐND TỈNH": "kỳ họp thứ 2" was read as a round,
    the title's half lost — on a sheet named "Năm 2024" the half's 4 products and 10 tasks were stored as the year's,
    on any other the honest file was refused (no period). A council's session, its council named, is the meeting the
    report goes to: the title's half is read."""
    assert taken(_titled(title, sheet)) == _half()


@pytest.mark.parametrize("title", ["BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024, NHIỆM KỲ 2021-2026",
                                   "BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024 (HĐND TỈNH NHIỆM KỲ 2021 - 2026)"])
def test_a_councils_term_beside_the_reports_period_is_no_period(title):
    """WRONG: "… 6 THÁNG ĐẦU NĂM 2024, NHIỆM KỲ 2021-2026" was read as 2021/2026 — the half's figures stored as the
    term's. The term is the council's; the report's own words name its period."""
    assert taken(_titled(title)) == _half()


def test_probe_a_term_alone_stays_the_span():
    """"BÁO CÁO KẾT QUẢ NHIỆM KỲ 2020-2025" names nothing but the term: the span, as before."""
    from metrics import periods
    assert periods.from_text("BÁO CÁO KẾT QUẢ NHIỆM KỲ 2020-2025").notation == "2020/2025"
    assert periods.from_text("THEO NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XIX, NHIỆM KỲ 2020 - 2025").notation \
        == "2020/2025"


@pytest.mark.parametrize("column", ["Vòng 2 năm 2024", "Vòng II/2024", "Đợt đánh giá thứ 2 năm 2024",
                                    "Đợt đánh giá, phân hạng thứ 2 năm 2024", "Vòng chấm thứ 2 năm 2024"])
def test_a_contests_round_or_an_ordinal_round_is_never_the_year(column):
    """WRONG: a column "Vòng 2 năm 2024" (a contest's second round) or "Đợt đánh giá thứ 2 năm 2024" (the OCOP
    council's second round) was read as the year 2024 — the round's figures stored as the whole year's. A round, as
    "Đợt 2 năm 2024" already was: set aside."""
    got = _titled("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024", column=column)
    assert facts(got) == {}, facts(got)


@pytest.mark.parametrize("column", ["Đợt 2 năm 2024", "Kỳ họp thứ 2 năm 2024", "Lần thứ hai năm 2024"])
def test_probe_a_round_stays_a_round(column):
    """mend28a's rounds, "Kỳ họp thứ 2 năm 2024" with no council named among them: set aside as before."""
    assert facts(_titled("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024", column=column)) == {}


@pytest.mark.parametrize("title", ["KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP ĐỢT 2 NĂM 2024",
                                   "KẾT QUẢ ĐÁNH GIÁ SẢN PHẨM OCOP ĐỢT ĐÁNH GIÁ THỨ 2 NĂM 2024",
                                   "KẾT QUẢ CUỘC THI KHỞI NGHIỆP ĐỔI MỚI SÁNG TẠO VÒNG 2 NĂM 2024"])
def test_a_rounds_title_over_the_year_is_set_aside(title):
    """WRONG (the last two): a title naming the OCOP council's "ĐỢT ĐÁNH GIÁ THỨ 2" or a contest's "VÒNG 2" over "Năm 2024": the
    round's figures stored as the year's. Set aside as "ĐỢT 2" already was."""
    assert "theo đợt" in reasons(_titled(title, column="Năm 2024")), reasons(_titled(title, column="Năm 2024"))


@pytest.mark.parametrize("text, notation", [("Trong vòng 2 năm 2024 - 2025", "2024/2025"), ("Năm 2024", "2024"),
                                            ("Năm 2024 (vòng đời sản phẩm)", "2024")])
def test_probe_within_two_years_names_its_period(text, notation):
    from metrics import periods
    assert periods.from_text(text).notation == notation


# --- 3. a sheet named after a district or town alone under the province's title ---------------------------------

def _sheet(sheet: str, province: str = "Nghệ An", year: str = "2024"):
    """The province's department's report on a sheet named `sheet`: 30 tasks accepted."""
    return examine(head(province, f"BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM {year}") + [COUNT, ACCEPTED + [30]],
                   name="report.xlsx", title=sheet)


@pytest.mark.parametrize("sheet, province, year", [
    ("Vinh", "Nghệ An", "2024"), ("VINH", "Nghệ An", "2024"), ("Vinh 2024", "Nghệ An", "2024"),
    ("Hoàng Mai", "Nghệ An", "2024"), ("Nghi Loc", "Nghệ An", "2024"), ("Mộc Châu", "Sơn La", "2024"),
    ("Moc Chau", "Sơn La", "2024"), ("Cam Ranh", "Khánh Hòa", "2024"), ("Bảo Lộc", "Lâm Đồng", "2024"),
    ("Phan Rang-Tháp Chàm", "Khánh Hòa", "2025"), ("Cam Ranh", "Khánh Hòa", "2025")])
def test_a_sheet_named_after_a_district_alone_is_no_provinces(sheet, province, year):
    """WRONG: Nghệ An's department's workbook, its sheet named "Vinh" (wrong52's "TP Vinh" without "TP"), Sơn La's
    "Mộc Châu", Khánh Hòa's "Cam Ranh", Lâm Đồng's "Bảo Lộc": the town's 30 tasks were stored as the province's. A
    known district or town of the title's province (metrics/districts.toml, the Statistics Office's list; the new
    Khánh Hòa's includes the former Ninh Thuận's "Phan Rang-Tháp Chàm"): the sheet is set aside, naming it."""
    got = _sheet(sheet, province, year)
    assert facts(got) == {}, facts(got)
    assert "huyện, thị xã" in reasons(got) and sheet in reasons(got), reasons(got)


def test_a_districts_sheet_beside_the_provinces_own_keeps_the_provinces():
    """WRONG: "Nghệ An" (30) and "Vinh" (12) under one title: the city's 12 a second value of Nghệ An's fact, the
    honest workbook refused. The town's sheet alone is set aside."""
    rows = head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [COUNT]
    got = examine_book({"Nghệ An": rows + [ACCEPTED + [30]], "Vinh": rows + [ACCEPTED + [12]]}, name="report.xlsx")
    assert taken(got) == {(NGHE_AN, "63", "tasks_accepted", "2024", "actual"): 30}


@pytest.mark.parametrize("sheet, province, code", [
    ("Nghệ An", "Nghệ An", NGHE_AN), ("Sơn La", "Sơn La", SON_LA), ("Cà phê", "Nghệ An", NGHE_AN),
    ("Tổng hợp", "Nghệ An", NGHE_AN), ("Năm 2024", "Nghệ An", NGHE_AN), ("Chè", "Sơn La", SON_LA),
    ("Nguyễn Văn A", "Nghệ An", NGHE_AN), ("Biểu 01", "Nghệ An", NGHE_AN)])
def test_probe_a_sheet_named_after_the_province_a_product_or_a_period_reads_as_before(sheet, province, code):
    """The province's own name ("Sơn La", also the name of its city), a product, a person, "Tổng hợp", a period read as
    on main. (A town of ANOTHER province, "Bảo Lộc" under Nghệ An, was a probe read as the title's: changed openly by
    wrong54 — set aside, tests/test_ingest_wrong54_classes.py.)"""
    assert taken(_sheet(sheet, province)) == {(code, "63", "tasks_accepted", "2024", "actual"): 30}


def test_probe_a_sheet_named_after_a_former_province_is_no_town():
    """"Ninh Thuận" under the new Khánh Hòa's title is its predecessor's sheet (wrong51's rule), no town."""
    got = _sheet("Ninh Thuận", "Khánh Hòa", "2025")
    assert "huyện, thị xã" not in reasons(got), reasons(got)


def test_the_declared_districts_are_the_statistics_offices_696():
    """metrics/districts.toml: 63 provinces of the 63 frame, 696 district-level units; the 34 frame's province has its
    predecessors' (the new Khánh Hòa: Khánh Hòa's 9 and Ninh Thuận's 7)."""
    from metrics import registry
    assert len(registry._declared_districts()) == 63
    assert sum(map(len, registry._declared_districts().values())) == 696
    assert {p.code for p in registry.in_frame("63")} == set(registry._declared_districts())
    assert len(registry.districts_of(registry.province("56", "34"))) == 16


# --- 4. close relatives: a change read as a value, a group's percentage read as counts ---------------------------

Y24 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"


def _table(rows: list, merges: tuple = ()):
    return examine(head("Nghệ An", Y24) + rows, merges=merges, name="report.xlsx")


@pytest.mark.parametrize("column", ["Tăng so năm 2023", "Số tăng so năm 2023", "Tăng so KH", "Tăng so cùng kỳ",
                                    "Giảm so năm 2023", "Vượt so KH", "Tăng thêm so năm 2023"])
def test_an_increase_over_a_base_is_no_value(column):
    """WRONG: "Năm 2024 | Tăng so năm 2023" (20 and 2 OCOP products): the increase was stored as 2023's products,
    "Tăng so KH" as the year's plan. A difference from a base, as "Tăng so với năm 2023" already was: not stored."""
    got = _table([["TT", "Chỉ tiêu", "ĐVT", "Năm 2024", column], OCOP + [20, 2], TASKS + [10, 1]])
    assert taken(got) == {(NGHE_AN, "63", "ocop_products", "2024", "actual"): 20,
                          (NGHE_AN, "63", "tasks_accepted", "2024", "actual"): 10}, taken(got)


@pytest.mark.parametrize("column", ["Số lượng", "Thực hiện năm 2024", "Kết quả"])
def test_probe_a_single_column_near_an_increases_words_reads_as_before(column):
    """A one-column table of an amount or a result (no base compared with) reads as on main."""
    got = _table([["TT", "Chỉ tiêu", "ĐVT", column], OCOP + [20], TASKS + [10]])
    assert taken(got) == {(NGHE_AN, "63", "ocop_products", "2024", "actual"): 20,
                          (NGHE_AN, "63", "tasks_accepted", "2024", "actual"): 10}, taken(got)


@pytest.mark.parametrize("group", ["Tỷ lệ (%)", "Tỷ lệ", "(%)"])
def test_a_groups_percentage_over_the_years_is_no_count(group):
    """WRONG: "Tỷ lệ (%)" merged over "Năm 2023 | Năm 2024" (the unit only two rows up) over "Sản phẩm OCOP được
    công nhận | 45 | 60": 45 % and 60 % were stored as 45 and 60 products. Read as "Năm 2023 (%)" is: a count's cells
    under a percentage are set aside (rule unit)."""
    got = _table([["TT", "Chỉ tiêu", "ĐVT", group, None], [None, None, None, "Năm 2023", "Năm 2024"],
                  OCOP + [45, 60]], merges=("D6:E6",))
    assert facts(got) == {}, facts(got)


@pytest.mark.parametrize("group", ["Tỷ lệ (%)", "Tỷ lệ"])
def test_probe_a_rates_row_under_a_groups_percentage_is_read(group):
    got = _table([["TT", "Chỉ tiêu", group, None], [None, None, "Năm 2023", "Năm 2024"],
                  ["1", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", 45, 60]], merges=("C6:D6",))
    assert taken(got) == {(NGHE_AN, "63", "online_dossier_rate", "2023", "actual"): 45,
                          (NGHE_AN, "63", "online_dossier_rate", "2024", "actual"): 60}, taken(got)


@pytest.mark.parametrize("group", ["Số lượng", "Kết quả thực hiện", "Tỷ lệ hoàn thành"])
def test_probe_a_groups_count_or_result_over_the_years_reads_as_before(group):
    got = _table([["TT", "Chỉ tiêu", "ĐVT", group, None], [None, None, None, "Năm 2023", "Năm 2024"],
                  OCOP + [18, 20]], merges=("D6:E6",))
    expected = {} if group == "Tỷ lệ hoàn thành" else {(NGHE_AN, "63", "ocop_products", "2023", "actual"): 18,
                                                        (NGHE_AN, "63", "ocop_products", "2024", "actual"): 20}
    assert facts(got) == expected, facts(got)
