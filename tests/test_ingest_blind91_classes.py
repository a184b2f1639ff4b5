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
