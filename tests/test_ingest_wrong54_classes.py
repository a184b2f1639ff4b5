"""wrong54 (issue #8, "a wrong number is worse than a missing one"): readings that stored a wrong number on main — a
part of a year in English shorthand ("1H2024", "2024 9M", "3Q 2024", "YTD 2024") read as the whole year; months
written "1-9/2024" read as the date 1/9/2024; a contest's final ("Vòng chung kết 2024") read as the year; a sheet
named after ANOTHER province's town read as the title province's — each with the smallest realistic report
(tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is) and the honest neighbours that must keep
reading the same."""
from __future__ import annotations

import pytest

from metrics import periods
from tests.fixtures.reports import examine, examine_book, facts, head, reasons, taken

SON_LA, GIA_LAI, NGHE_AN = "14", "64", "40"
ACCEPTED = ["1", "Số nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ"]
OCOP = ["2", "Sản phẩm OCOP được công nhận", "sản phẩm"]
VALID = ["3", "Sản phẩm OCOP còn hiệu lực", "sản phẩm"]
UNDATED = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ"
AUGUST = "BÁO CÁO KẾT QUẢ CÔNG TÁC THÁNG 8 NĂM 2025"


def _notation(text: str) -> str | None:
    p = periods.from_text(text)
    return p.notation if p is not None else None


def _report(columns: list, *rows: list, title: str = UNDATED):
    """Sơn La's department's report: the header "TT | Nội dung | ĐVT | `columns`", then `rows`."""
    return examine(head("Sơn La", title) + [["TT", "Nội dung", "ĐVT", *columns], *rows], name="report.xlsx")


# --- 1. a part of a year in English shorthand -------------------------------------------------------------------

@pytest.mark.parametrize("text, notation", [
    ("1H2024", "2024-S1"), ("1H 2024", "2024-S1"), ("2H 2024", "2024-S2"), ("2H/2024", "2024-S2"),
    ("2024 1H", "2024-S1"), ("2024 (1H)", "2024-S1"), ("2024 9M", "2024-01/2024-09"), ("2024 (9M)", "2024-01/2024-09"),
    ("2024/9M", "2024-01/2024-09"), ("2024 6M", "2024-S1"), ("1Q 2024", "2024-Q1"), ("1Q2024", "2024-Q1")])
def test_an_english_part_of_a_year_with_its_count_first_is_that_part(text, notation):
    """WRONG: "1H2024", "2024 9M" (as English reports write the first half, nine months) were read as the whole year
    2024 — the half's figures stored as the year's. The first half, the nine months; "1Q" is the first quarter
    whichever way it is meant (the first of four, or one quarter from January)."""
    assert _notation(text) == notation


@pytest.mark.parametrize("text", ["3Q 2024", "3Q2024", "2Q 2024", "4Q/2024", "2024 3Q", "YTD 2024", "YTD/2024",
                                  "2024 YTD"])
def test_an_english_part_of_a_year_that_says_not_which_is_no_period(text):
    """WRONG: "3Q 2024" (the third quarter in one usage, the first three quarters in another, as "3 quý" is) and "YTD
    2024" (the year to a day not written) were read as the whole year 2024. No period: never the year."""
    assert _notation(text) is None


@pytest.mark.parametrize("text, notation", [
    ("H1 2024", "2024-S1"), ("Q3 2024", "2024-Q3"), ("Q3/2024", "2024-Q3"), ("9M 2024", "2024-01/2024-09"),
    ("YTD Oct 2024", "2024-01/2024-10"), ("Oct 2024 YTD", "2024-01/2024-10"), ("2024", "2024"), ("Năm 2024", "2024"),
    ("2024 9T", "2024-01/2024-09"), ("2024 - 9T", "2024-01/2024-09"), ("Quý 3/2024", "2024-Q3")])
def test_probe_english_parts_already_read_read_as_before(text, notation):
    assert _notation(text) == notation


@pytest.mark.parametrize("column, notation", [("1H2024", "2024-S1"), ("2024 9M", "2024-01/2024-09"),
                                              ("1H 2024", "2024-S1")])
def test_a_column_headed_with_an_english_part_is_that_part(column, notation):
    """WRONG: Sơn La's report with its column "1H2024" (no period in the title): the half's 21 OCOP products and 10
    tasks accepted were stored as the year 2024's."""
    got = _report([column], OCOP + [21], ACCEPTED + [10])
    assert taken(got) == {(SON_LA, "63", "ocop_products", notation, "actual"): 21,
                          (SON_LA, "63", "tasks_accepted", notation, "actual"): 10}, taken(got)


def test_a_column_headed_three_quarters_or_the_third_is_not_the_year():
    """WRONG: "Năm 2023 | 3Q 2024": the 21 products of the third quarter (or of three quarters) stored as 2024's. The
    column is set aside; the year beside it reads."""
    got = _report(["Năm 2023", "3Q 2024"], OCOP + [30, 21])
    assert taken(got) == {(SON_LA, "63", "ocop_products", "2023", "actual"): 30}, taken(got)


@pytest.mark.parametrize("column", ["YTD 2024", "Lũy kế từ đầu năm 2024"])
def test_a_named_years_year_to_date_beside_the_month_is_that_years_months(column):
    """WRONG: "Tháng 8/2025 | YTD 2024" in Sơn La's report on August 2025: last year's 30 products from January to
    August were stored as January–August 2025 (the year named lost); "Lũy kế từ đầu năm 2024" as the whole year 2024.
    The year to date of the year named, to the report's month: January–August 2024."""
    got = _report(["Tháng 8/2025", column], OCOP + [4, 30], title=AUGUST)
    assert taken(got) == {(SON_LA, "34", "ocop_products", "2025-08", "actual"): 4,
                          (SON_LA, "63", "ocop_products", "2024-01/2024-08", "actual"): 30}, taken(got)


@pytest.mark.parametrize("column", ["YTD", "Lũy kế từ đầu năm", "YTD 2025"])
def test_probe_the_reports_own_year_to_date_is_january_to_its_month(column):
    """"YTD" (as "Lũy kế từ đầu năm") beside the month: January–August 2025, as on main for the Vietnamese words."""
    got = _report(["Tháng 8/2025", column], OCOP + [4, 21], title=AUGUST)
    assert taken(got) == {(SON_LA, "34", "ocop_products", "2025-08", "actual"): 4,
                          (SON_LA, "34", "ocop_products", "2025-01/2025-08", "actual"): 21}, taken(got)


def test_a_years_year_to_date_with_no_reports_month_stores_nothing_as_the_year():
    """WRONG: "YTD 2024" in a report naming no period: the figures stored as the year 2024's. To a day not said: the
    uploader is asked (no period), nothing stored as the year."""
    got = _report(["YTD 2024"], OCOP + [21])
    assert not got.accepted or not facts(got), facts(got)
    assert "kỳ báo cáo" in " ".join(p.message_vi for p in got.problems) or not got.accepted


# --- 2. months written together without a month word: "1-9/2024" -----------------------------------------------

@pytest.mark.parametrize("text, notation", [
    ("1-9/2024", "2024-01/2024-09"), ("01-09/2024", "2024-01/2024-09"), ("1 - 9/2024", "2024-01/2024-09"),
    ("1-6/2025", "2025-S1"), ("7-12/2025", "2025-S2"), ("Lũy kế 1-9/2024", "2024-01/2024-09"),
    ("Kết quả 1-6/2025", "2025-S1")])
def test_months_from_one_to_another_are_their_span(text, notation):
    """WRONG: "1-9/2024" (months 1 to 9 of 2024) was read as the date 1/9/2024: a stock's day — the OCOP products
    still valid at 30/9 stored at 1/9, a flow's figure asked as a day's. From January to September, as "Tháng
    1-9/2024" is."""
    assert _notation(text) == notation


@pytest.mark.parametrize("text, notation", [
    ("01/9/2024", "2024-09-01"), ("1/9/2024", "2024-09-01"), ("1-9-2024", "2024-09-01"), ("1.9.2024", "2024-09-01"),
    ("ngày 1-9/2024", "2024-09-01"), ("15-9/2024", "2024-09-15"), ("T1-T9/2024", "2024-01/2024-09"),
    ("tháng 1-9/2024", "2024-01/2024-09"), ("Tháng 1-6/2025", "2025-S1")])
def test_probe_dates_and_months_with_their_word_read_as_before(text, notation):
    """A date with one separator throughout, "ngày 1-9/2024", a later month first ("15-9/2024": a day), and months
    with their word ("T1-T9/2024", "tháng 1-9/2024") read as before."""
    assert _notation(text) == notation


def test_a_column_of_months_written_together_is_their_span():
    """WRONG: Sơn La's "1-9/2024" column: the valid products stored at 1/9/2024 (a stock's day), the honest file
    refused for its flows ("là số liệu trong một kỳ … không phải tại một ngày"). The nine months: flows read as
    January–September, the stock at 30/9."""
    got = _report(["1-9/2024"], OCOP + [21], ACCEPTED + [10], VALID + [210])
    assert taken(got) == {(SON_LA, "63", "ocop_products", "2024-01/2024-09", "actual"): 21,
                          (SON_LA, "63", "tasks_accepted", "2024-01/2024-09", "actual"): 10,
                          (SON_LA, "63", "ocop_products_total", "2024-09-30", "actual"): 210}, taken(got)


# --- 3. a contest's stage named by its word -----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Vòng chung kết 2024", "VÒNG CHUNG KẾT NĂM 2024", "Vòng bán kết 2024",
                                  "Vòng sơ khảo năm 2024", "Vòng loại 2024", "Vòng chung khảo 2024"])
def test_a_contests_stage_is_no_period(text):
    """WRONG: "Vòng chung kết 2024" (a final round, no number) was read as the year 2024, the final's figures stored
    as the year's — as wrong53's "Vòng 2 năm 2024" was. A round is no period (metrics/header_words.toml
    contest_stage_words)."""
    assert _notation(text) is None


# ("Chung kết 2024" without "vòng" was read as the year here; wrong55 made it a stage, no period, changed openly:
# tests/test_ingest_wrong55_classes.py)
@pytest.mark.parametrize("text, notation", [("Vòng 2 năm 2024", None), ("Năm 2024", "2024"),
                                            ("Chung kết 2024", None), ("Vòng đời 2024", "2024")])
def test_probe_other_words_with_vong_read_as_before(text, notation):
    assert _notation(text) == notation


def test_a_column_of_a_contests_final_is_set_aside():
    """WRONG: "Năm 2023 | Vòng chung kết 2024": the final's 12 products stored as 2024's. The column is set aside."""
    got = _report(["Năm 2023", "Vòng chung kết 2024"], OCOP + [30, 12])
    assert taken(got) == {(SON_LA, "63", "ocop_products", "2023", "actual"): 30}, taken(got)


# --- 4. a sheet named after another province's town ---------------------------------------------------------------

def _sheet(sheet: str, province: str = "Gia Lai"):
    """The province's department's report on 2024 on a sheet named `sheet`: 30 tasks accepted."""
    return examine(head(province, "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024")
                   + [["STT", "Chỉ tiêu", "ĐVT", "Số lượng"], ACCEPTED + [30]], name="report.xlsx", title=sheet)


@pytest.mark.parametrize("sheet, province", [("Buôn Ma Thuột", "Gia Lai"), ("Buon Ma Thuot 2024", "Gia Lai"),
                                             ("Vinh", "Hà Tĩnh"), ("Bảo Lộc", "Nghệ An"), ("Châu Thành", "Gia Lai")])
def test_a_sheet_named_after_another_provinces_town_is_set_aside(sheet, province):
    """WRONG: Gia Lai's department's workbook, a sheet named "Buôn Ma Thuột" (Đắk Lắk's city): its 30 tasks stored as
    Gia Lai's. A known district or town of ANY province (metrics/districts.toml) names a place, not the title's
    province: the sheet is set aside, naming it (and its province when one has it; "Châu Thành" is six's)."""
    got = _sheet(sheet, province)
    assert facts(got) == {}, facts(got)
    assert "huyện, thị xã" in reasons(got) and sheet in reasons(got), reasons(got)


def test_another_provinces_town_named_beside_the_provinces_own_sheet():
    """"Gia Lai" (30) and "Buôn Ma Thuột" (12) under Gia Lai's title: the town's 12 was a second value of Gia Lai's
    fact (the honest workbook refused). The town's sheet alone is set aside, naming Đắk Lắk."""
    rows = head("Gia Lai", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [["STT", "Chỉ tiêu", "ĐVT", "Số lượng"]]
    got = examine_book({"Gia Lai": rows + [ACCEPTED + [30]], "Buôn Ma Thuột": rows + [ACCEPTED + [12]]},
                       name="report.xlsx")
    assert taken(got) == {(GIA_LAI, "63", "tasks_accepted", "2024", "actual"): 30}, taken(got)
    assert "Buôn Ma Thuột (Đắk Lắk)" in reasons(got), reasons(got)


@pytest.mark.parametrize("sheet, code", [("Gia Lai", GIA_LAI), ("Tổng hợp", GIA_LAI), ("Năm 2024", GIA_LAI),
                                         ("Cà phê", GIA_LAI), ("Nguyễn Văn A", GIA_LAI), ("Biểu 01", GIA_LAI),
                                         ("Đắk Lắk", "66")])
def test_probe_a_sheet_named_after_no_town_reads_as_before(sheet, code):
    """The province's name, a summary, a period, a product, a person, a form's number read as the title's; a
    PROVINCE's name ("Đắk Lắk") as that province's (wrong51's rule, as on main)."""
    assert taken(_sheet(sheet)) == {(code, "63", "tasks_accepted", "2024", "actual"): 30}, taken(_sheet(sheet))
