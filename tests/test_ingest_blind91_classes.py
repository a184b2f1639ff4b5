"""What the ninety-first blind batch of the workbook corpus revealed (the planners' provinces' year-end appendix
workbooks, before and after the 1 July 2025 merger), one class per test: each report is built here, marked as
test data, and read by `etl.ingest.examine` as an upload is. A statistician's reading is the expectation; beside
each rule, probes where it must not fire."""
from __future__ import annotations

from metrics import periods
from tests.fixtures.reports import examine, facts, head, taken

_AREAS = ["STT", "Đơn vị", "Kỳ số liệu", "Nhiệm vụ KH&CN được nghiệm thu (nhiệm vụ)",
          "Sản phẩm OCOP được công nhận (sản phẩm)"]
_AREA_ROWS = [["1", "Lâm Đồng (cũ)", "6 tháng đầu năm 2025", 9, 22],
              ["2", "Bình Thuận (cũ)", "6 tháng đầu năm 2025", 6, 14],
              ["3", "Đắk Nông (cũ)", "6 tháng đầu năm 2025", 3, 9],
              ["4", "Tỉnh Lâm Đồng", "6 tháng cuối năm 2025", 21, 47]]
_AREA_TITLE = "TỔNG HỢP SỐ LIỆU KH&CN NĂM 2025 THEO ĐỊA BÀN TRƯỚC VÀ SAU SẮP XẾP"


def test_places_as_rows_take_each_rows_period_from_a_period_column():
    """WRONG (blind91): the new Lâm Đồng's 2025 with its areas as rows, the indicators as columns and a period
    column "Kỳ số liệu" — the former provinces under "6 tháng đầu năm 2025", the new province under "6 tháng
    cuối năm 2025". With no label column the rows' period column was never looked for: the second half's 21
    tasks and 47 products were stored as the new province's YEAR 2025 (the title's), the former provinces' halves
    set aside as shares of it. Each row's figures are its own period's."""
    got = taken(examine(head("Lâm Đồng", _AREA_TITLE) + [_AREAS, *_AREA_ROWS]))
    assert got[("68", "34", "tasks_accepted", "2025-S2", "actual")] == 21
    assert got[("68", "34", "ocop_products", "2025-S2", "actual")] == 47
    assert got[("68", "63", "tasks_accepted", "2025-S1", "actual")] == 9
    assert got[("60", "63", "ocop_products", "2025-S1", "actual")] == 14
    assert got[("67", "63", "tasks_accepted", "2025-S1", "actual")] == 3
    assert ("68", "34", "tasks_accepted", "2025", "actual") not in got
    assert ("68", "34", "ocop_products", "2025", "actual") not in got


def test_places_as_rows_under_a_column_of_no_period_keep_the_titles_period():
    """Probe (a column of other words): the same areas beside "Ghi chú" typed with words that name no period
    ("Số liệu chính thức") — no period column; the title's 2025 is read as before and the former provinces'
    rows stay set aside as shares of the merged year (nothing of the second half invented)."""
    rows = [[n, place, "Số liệu chính thức", a, c] for n, place, _, a, c in _AREA_ROWS]
    got = facts(examine(head("Lâm Đồng", _AREA_TITLE) + [["STT", "Đơn vị", "Ghi chú", *_AREAS[3:]], *rows]))
    assert not any(k[3] in ("2025-S1", "2025-S2") for k in got), got
    assert ("68", "63", "tasks_accepted", "2025-S1", "actual") not in got


def test_places_as_rows_with_a_period_column_mixing_words_stays_the_titles():
    """Probe (a column mixing periods with other words): "6 tháng đầu năm 2025" on some rows and "Đã kiểm tra"
    on another is no period column (every cell must name a period): no half is stored."""
    rows = [list(r) for r in _AREA_ROWS]
    rows[3][2] = "Đã kiểm tra"
    got = facts(examine(head("Lâm Đồng", _AREA_TITLE) + [_AREAS, *rows]))
    assert not any(k[3] in ("2025-S1", "2025-S2") for k in got), got


def test_a_span_from_a_year_to_a_month_typed_as_digits():
    """LOST, honest file refused (blind91): Kon Tum's review before the merger headed its running total "Lũy kế
    2021 - 6/2025"; the month typed as digits alone named no part of 2025, the column had no period and the whole
    file was refused ("Không xác định được kỳ báo cáo"). A year then a bare month of a later year is the span from
    the year's January to that month's end."""
    assert periods.from_text("Lũy kế 2021 - 6/2025").notation == "2021-01/2025-06"
    assert periods.from_text("2021 đến 06.2025").notation == "2021-01/2025-06"
    assert periods.from_text("năm 2021 - 6/2025").notation == "2021-01/2025-06"
    rows = [["TT", "Chỉ tiêu", "ĐVT", "2023", "2024", "6 tháng đầu năm 2025", "Lũy kế 2021 - 6/2025"],
            ["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 10, 12, 4, 46],
            ["2", "Sản phẩm OCOP được công nhận", "Sản phẩm", 29, 31, 11, 126]]
    got = taken(examine(head("Kon Tum", "TỔNG HỢP KẾT QUẢ GIAI ĐOẠN 2021 - 6/2025") + rows))
    assert got[("62", "63", "tasks_accepted", "2024", "actual")] == 12
    assert got[("62", "63", "ocop_products", "2025-S1", "actual")] == 11
    assert ("62", "63", "ocop_products", "2025", "actual") not in got


def test_a_year_then_no_month_is_no_span_to_a_month():
    """Probes (not a month): "2021 - 15/2025" (15 is no month) names no span; "2021 - 6/2021" (the same year) is
    no span to a later month; "Năm 2024 - 15/01/2025" (the day the report was written) stays the year 2024."""
    assert periods.from_text("2021 - 15/2025") is None
    assert periods.from_text("2021 - 6/2021").notation == "2021"
    assert periods.from_text("Năm 2024 - 15/01/2025").notation == "2024"
    assert periods.from_text("2021 - 2025").notation == "2021/2025"


def test_a_total_row_naming_the_rows_period_after_every_former_province():
    """LOST (blind91): the same areas closed with "Cộng cả năm 2025 | Năm 2025": a total naming its period was no
    bare "Cộng", and the new Lâm Đồng's year (every former province listed above it, and itself) was lost. The
    total's words naming the row's own period, it is the bare total."""
    rows = [*_AREA_ROWS, [None, "Cộng cả năm 2025", "Năm 2025", 39, 92]]
    got = taken(examine(head("Lâm Đồng", _AREA_TITLE) + [_AREAS, *rows]))
    assert got[("68", "34", "tasks_accepted", "2025", "actual")] == 39
    assert got[("68", "34", "ocop_products", "2025", "actual")] == 92


def test_a_total_row_of_other_words_or_of_some_former_provinces_stays_unread():
    """Probes: "Cộng 6 tháng cuối năm 2025" beside "Năm 2025" (words and period cell disagree) stays no total; with
    the former Lâm Đồng missing above, the sum is not the new province's year; the former provinces' sum of the
    first half is the merged territory before the merger (no province of then) — none stored."""
    rows = [*_AREA_ROWS, [None, "Cộng 6 tháng cuối năm 2025", "Năm 2025", 39, 92]]
    got = facts(examine(head("Lâm Đồng", _AREA_TITLE) + [_AREAS, *rows]))
    assert ("68", "34", "tasks_accepted", "2025", "actual") not in got
    rows = [*_AREA_ROWS[1:], [None, "Cộng cả năm 2025", "Năm 2025", 30, 70]]
    got = facts(examine(head("Lâm Đồng", _AREA_TITLE) + [_AREAS, *rows]))
    assert ("68", "34", "tasks_accepted", "2025", "actual") not in got
    rows = [*_AREA_ROWS[:3], [None, "Cộng 6 tháng đầu năm 2025", "6 tháng đầu năm 2025", 18, 45]]
    got = facts(examine(head("Lâm Đồng", _AREA_TITLE) + [_AREAS, *rows]))
    assert not any(k[2] == "tasks_accepted" and v == 18 for k, v in got.items()), got


_STARS = [["TT", "Hạng sản phẩm", "ĐVT", "Số sản phẩm", None],
          [None, None, None, "Công nhận trong năm 2024", "Còn hiệu lực đến 31/12/2024"],
          ["1", "Sản phẩm OCOP 3 sao", "Sản phẩm", 21, 118], ["2", "Sản phẩm OCOP 4 sao", "Sản phẩm", 4, 17],
          [None, "Tổng cộng", "Sản phẩm", 25, 135]]


def test_stars_named_in_full_under_a_column_of_the_valid_stock():
    """LOST (blind91): Ninh Thuận's "Hạng sản phẩm | Công nhận trong năm 2024 | Còn hiệu lực đến 31/12/2024" with
    rows "Sản phẩm OCOP 3 sao": the label's own indicator is the year's 3-star products, a part of no valid stock,
    and the 118 valid 3-star products were set aside (bare "3 sao" rows were read). Under the stock's column the
    row is the stock's part in the same place — when the label read as the stock's sub-item says so too."""
    got = taken(examine(head("Ninh Thuận", "KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP NĂM 2024") + _STARS,
                        merges=("D6:E6",)))
    assert got[("58", "63", "ocop_products_3star_total", "2024-12-31", "actual")] == 118
    assert got[("58", "63", "ocop_products_4star_total", "2024-12-31", "actual")] == 17
    assert got[("58", "63", "ocop_products_3star", "2024", "actual")] == 21
    assert got[("58", "63", "ocop_products_total", "2024-12-31", "actual")] == 135


def test_a_row_of_another_kind_under_the_valid_stock_is_no_star():
    """Probe (the same number of parts, another kind): tasks by level (three levels, as three stars) under the
    same columns are no stars of the valid products: never stored as a star's stock."""
    from etl.walk import _stock_twin_part
    assert _stock_twin_part("Nhiệm vụ cấp tỉnh", "tasks_managed_provincial", "ocop_products_total") is None
    assert _stock_twin_part("Sản phẩm OCOP 3 sao", "ocop_products_3star", "ocop_products") is None
    rows = [list(r) for r in _STARS]
    rows[2][1] = "Nhiệm vụ KH&CN cấp tỉnh"
    got = facts(examine(head("Ninh Thuận", "KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP NĂM 2024") + rows,
                        merges=("D6:E6",)))
    assert not any(k[2].startswith("ocop_products_3star") for k in got), got


_IN_PERIOD = [["TT", "Nội dung", "ĐVT", "Trong kỳ", "Lũy kế đến 30/6/2026"],
              ["1", "Sản phẩm OCOP được công nhận", "Sản phẩm", 24, 561],
              ["", "- Hạng 3 sao", "Sản phẩm", 19, 470]]


def test_a_column_trong_ky_is_the_reports_own_period():
    """LOST (blind91): the new Khánh Hòa's "Trong kỳ | Lũy kế đến 30/6/2026" under "… 6 THÁNG ĐẦU NĂM 2026": what
    was done within the report's period, read as no column — the half's 24 OCOP products lost. "Trong kỳ" is the
    report's own period, as "Kỳ này" is (metrics/header_words.toml this_period_headers)."""
    got = taken(examine(head("Khánh Hòa", "SỐ LIỆU KẾT QUẢ HOẠT ĐỘNG KH&CN 6 THÁNG ĐẦU NĂM 2026") + _IN_PERIOD))
    assert got[("56", "34", "ocop_products", "2026-S1", "actual")] == 24
    assert got[("56", "34", "ocop_products_3star", "2026-S1", "actual")] == 19
    assert got[("56", "34", "ocop_products_total", "2026-06-30", "actual")] == 561


def test_a_column_trong_ky_under_a_title_of_no_period_takes_no_period():
    """Probe (no period said): the same table under a title naming no period stores nothing for "Trong kỳ" (never
    the stock's date, never a year guessed)."""
    got = facts(examine(head("Khánh Hòa", "SỐ LIỆU KẾT QUẢ HOẠT ĐỘNG KH&CN") + _IN_PERIOD))
    assert not any(k[2] == "ocop_products" for k in got), got


def test_a_running_total_from_a_january_counted_to_a_day_as_its_last_part():
    """LOST (blind91): "Lũy kế 2021 - 6/2025" under "Ghi chú: Số liệu 6 tháng đầu năm 2025 tính đến ngày 15/6/2025"
    was set aside while the note's own "6 tháng đầu năm 2025" column kept its half: a running total from a January
    is cut short by a day exactly when the part of its last year is. Probe: "Giai đoạn 2021-2025" under a note
    counting to 30/11/2025 is cut short (December missing)."""
    from etl.walk import _cut_short
    assert not _cut_short(periods.from_text("Lũy kế 2021 - 6/2025"), "tính đến ngày 15/6/2025")
    assert _cut_short(periods.from_text("giai đoạn 2021-2025"), "tính đến ngày 30/11/2025")
    assert not _cut_short(periods.from_text("giai đoạn 2021-2025"), "tính đến ngày 15/12/2025")
    rows = [["TT", "Chỉ tiêu", "ĐVT", "2024", "6 tháng đầu năm 2025", "Lũy kế 2021 - 6/2025"],
            ["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 12, 4, 46], [],
            [None, "Ghi chú: Số liệu 6 tháng đầu năm 2025 tính đến ngày 15/6/2025."]]
    got = taken(examine(head("Kon Tum", "TỔNG HỢP KẾT QUẢ GIAI ĐOẠN 2021 - 6/2025") + rows))
    assert got[("62", "63", "tasks_accepted", "2021-01/2025-06", "actual")] == 46
