"""blind65 (issue #8, batch 65 at first sight): the classes the new 34 provinces' year-end reports of 2025 showed,
each with the smallest realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is)
and the near misses that must stay as they are (precision first)."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import OCOP_ROW, OCOP_VALID_ROW, TASKS_ACCEPTED_ROW, facts, table, taken

NGHE_AN = "40"
NO_PERIOD = "BIỂU TỔNG HỢP SỐ LIỆU KHOA HỌC VÀ CÔNG NGHỆ"


def _f(indicator: str, period: str, value, frame: str = "63", province: str = NGHE_AN):
    return {(province, frame, indicator, period, "actual"): value}


# --- 1. a span of days whose first day carries no year: "01/7-31/12/2025" ------------------------------------

@pytest.mark.parametrize("column, period, frame", [
    ("01/7-31/12/2025", "2025-S2", "34"),
    ("Từ 01/7 - 31/12/2025", "2025-S2", "34"),
    ("01/7 đến 31/12/2025", "2025-S2", "34"),
    ("01/10-31/12/2024", "2024-Q4", "63"),
    ("01/01-30/9/2024", "2024-01/2024-09", "63"),
])
def test_a_span_of_days_with_one_year_is_that_span_never_the_year(column, period, frame):
    """WRONG: a column headed "01/7-31/12/2025" (the new Bắc Ninh's second half, the year written once at the
    end) stored its 70 OCOP products and 18 tasks accepted as the whole year 2025's; "01/10-31/12/2024" stored
    the fourth quarter as 2024. The first day takes the end's year: the span it names."""
    got = table(OCOP_ROW + [70], TASKS_ACCEPTED_ROW + [18], title=NO_PERIOD, columns=(column,))
    assert taken(got) == {**_f("ocop_products", period, 70, frame), **_f("tasks_accepted", period, 18, frame)}


def test_halves_by_days_beside_the_year_are_read_not_refused():
    """REFUSED: the new Bắc Ninh's "Bắc Giang (cũ) 01/01-30/6/2025 | Tỉnh Bắc Ninh 01/7-31/12/2025 | Năm 2025"
    — the first read as a day (30/06/2025, a flow at a date: the cell refused), the second as the year (two values
    of 2025 beside "Năm 2025"): the honest file was refused. Each is its half."""
    got = table(OCOP_ROW + [22, 47, 69], TASKS_ACCEPTED_ROW + [14, 33, 47], title=NO_PERIOD,
                columns=("01/01-30/6/2025", "01/7-31/12/2025", "Năm 2025"))
    assert taken(got) == {**_f("ocop_products", "2025-S1", 22), **_f("ocop_products", "2025-S2", 47, "34"),
                          **_f("ocop_products", "2025", 69, "34"),
                          **_f("tasks_accepted", "2025-S1", 14), **_f("tasks_accepted", "2025-S2", 33, "34"),
                          **_f("tasks_accepted", "2025", 47, "34")}


@pytest.mark.parametrize("column", [
    "3/5-30/6/2024",          # from the 3rd of May: no whole months (asked)
    "15/3-31/12/2024",        # from mid-March
])
def test_probe_a_span_of_no_whole_months_stays_no_period(column):
    got = table(OCOP_ROW + [70], TASKS_ACCEPTED_ROW + [18], title=NO_PERIOD, columns=(column,))
    assert facts(got) == {}


@pytest.mark.parametrize("column, period", [
    ("01/01/2024-30/6/2024", "2024-S1"),          # both years written: as before
    ("Từ 01/01 đến 30/6/2024", "2024-S1"),        # "từ … đến …": as before
    ("Năm 2024", "2024"),
])
def test_probe_spans_already_read_stay_as_they_were(column, period):
    got = table(OCOP_ROW + [70], TASKS_ACCEPTED_ROW + [18], title=NO_PERIOD, columns=(column,))
    assert taken(got) == {**_f("ocop_products", period, 70), **_f("tasks_accepted", period, 18)}


def test_probe_a_stock_at_a_day_stays_that_day():
    """"Đến 30/6/2024" over a stock is its value at that day (the half's end), not a span."""
    got = table(OCOP_VALID_ROW + [120], title=NO_PERIOD, columns=("Đến 30/6/2024",))
    assert taken(got) == _f("ocop_products_total", "2024-06-30", 120)


# --- 2. places down the rows under "Địa phương", the indicator only in the title ------------------------------

def _places(title: str, header: list, rows: list, province: str):
    from tests.fixtures.reports import examine, head
    return examine(head(province, title) + [header, *rows])


def test_former_provinces_under_dia_phuong_with_stars_named_by_the_title():
    """LOST: the new Ninh Bình's "TT | Địa phương | 3 sao | 4 sao | 5 sao | Tổng số sản phẩm" under "SẢN PHẨM OCOP
    CÒN HIỆU LỰC ĐẾN NGÀY 31/12/2025", the three former provinces then "Toàn tỉnh": the stars named their indicator
    only with the title, read so for communes ("Xã, phường") and years down the rows, not for "Địa phương" — the
    honest file refused as naming no indicator. The province's 731 valid products read; the former ones are shares."""
    got = _places("SẢN PHẨM OCOP CÒN HIỆU LỰC ĐẾN NGÀY 31/12/2025",
                  ["TT", "Địa phương", "3 sao", "4 sao", "5 sao", "Tổng số sản phẩm"],
                  [["1", "Ninh Bình (cũ)", 198, 62, 2, 262], ["2", "Hà Nam (cũ)", 121, 30, 0, 151],
                   ["3", "Nam Định (cũ)", 246, 71, 1, 318], [None, "Toàn tỉnh", 565, 163, 3, 731]], "Ninh Bình")
    assert taken(got) == {**_f("ocop_products_3star_total", "2025-12-31", 565, "34", "37"),
                          **_f("ocop_products_4star_total", "2025-12-31", 163, "34", "37"),
                          **_f("ocop_products_5star_total", "2025-12-31", 3, "34", "37"),
                          **_f("ocop_products_total", "2025-12-31", 731, "34", "37")}


def test_districts_under_dia_phuong_with_stars_named_by_the_title():
    """LOST (batch 64's Kon Tum, alone under its title): "STT | Địa phương | 3 sao | 4 sao | Cộng", districts then
    "Toàn tỉnh" under "SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN NĂM 2024": the province's 18 products; the districts are parts."""
    got = _places("SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN NĂM 2024", ["STT", "Địa phương", "3 sao", "4 sao", "Cộng"],
                  [["1", "Thành phố Kon Tum", 9, 2, 11], ["2", "Huyện Đăk Hà", 6, 1, 7], [None, "Toàn tỉnh", 15, 3, 18]],
                  "Kon Tum")
    assert taken(got) == {**_f("ocop_products_3star", "2024", 15, province="62"),
                          **_f("ocop_products_4star", "2024", 3, province="62"),
                          **_f("ocop_products", "2024", 18, province="62")}


def test_provinces_under_dia_phuong_are_each_their_own():
    """A regional handout: "Địa phương" over the provinces, their total last — each province's own products."""
    got = _places("SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN NĂM 2024 CÁC TỈNH TÂY NGUYÊN", ["STT", "Địa phương", "3 sao", "4 sao", "Cộng"],
                  [["1", "Tỉnh Kon Tum", 9, 2, 11], ["2", "Tỉnh Gia Lai", 6, 1, 7], [None, "Tổng cộng", 15, 3, 18]],
                  "Kon Tum")
    assert taken(got) == {**_f("ocop_products_3star", "2024", 9, province="62"),
                          **_f("ocop_products_4star", "2024", 2, province="62"),
                          **_f("ocop_products", "2024", 11, province="62"),
                          **_f("ocop_products_3star", "2024", 6, province="64"),
                          **_f("ocop_products_4star", "2024", 1, province="64"),
                          **_f("ocop_products", "2024", 7, province="64")}


@pytest.mark.parametrize("title, header", [
    ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG NĂM 2024", ["STT", "Địa phương", "3 sao", "4 sao", "Cộng"]),      # no indicator named
    ("SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN NĂM 2024", ["STT", "Địa phương", "Lớp tập huấn", "Học viên", "Cộng"]),  # not products
])
def test_probe_places_under_a_title_that_does_not_name_the_columns_stay_unread(title, header):
    got = _places(title, header, [["1", "Thành phố Kon Tum", 9, 2, 11], ["2", "Huyện Đăk Hà", 6, 1, 7],
                                  [None, "Toàn tỉnh", 15, 3, 18]], "Kon Tum")
    assert facts(got) == {}
