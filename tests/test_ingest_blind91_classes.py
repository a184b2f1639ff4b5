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
    # (review49: a year said as "năm 2023" then a month is that year and the month the report was made: no span)
    assert periods.from_text("NĂM 2023 - 01/2025") is None or periods.from_text("NĂM 2023 - 01/2025").notation == "2023"
    assert periods.from_text("năm 2022 - 3/2024") is None or periods.from_text("năm 2022 - 3/2024").notation == "2022"
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


def test_a_total_row_naming_the_rows_period_after_every_former_province_stays_unread():
    """Left missed (blind91's rule taken out after review49): the same areas closed with "Cộng cả năm 2025 | Năm
    2025" — read as the new Lâm Đồng's year, such a total summed whatever the rows above held (a plan's or an
    estimate's second half, a Q4 alone, stocks named in the rows). Until what it sums is checked it stays unread;
    the halves above it are still stored, each with its own period."""
    rows = [*_AREA_ROWS, [None, "Cộng cả năm 2025", "Năm 2025", 39, 92]]
    got = taken(examine(head("Lâm Đồng", _AREA_TITLE) + [_AREAS, *rows]))
    assert ("68", "34", "tasks_accepted", "2025", "actual") not in got
    assert got[("68", "34", "tasks_accepted", "2025-S2", "actual")] == 21
    rows = [*_AREA_ROWS[:3], [None, "Tỉnh Lâm Đồng", "KH 6 tháng cuối năm 2025", 21, 47],
            [None, "Cộng cả năm 2025", "Năm 2025", 39, 92]]
    got = facts(examine(head("Lâm Đồng", _AREA_TITLE) + [_AREAS, *rows]))
    assert ("68", "34", "tasks_accepted", "2025", "actual") not in got


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


def test_a_column_trong_ky_is_no_period_of_its_own():
    """WRONG (review47 of blind91): "Trong kỳ" read as the report's own period stored the movement between two
    stocks — "Kỳ trước chuyển sang | Trong kỳ | Tổng" gave the tasks managed 12 where the total is 80, "Đầu kỳ |
    Trong kỳ | Cuối kỳ" the OCOP stock 24 where it is 561, and under "KẾ HOẠCH KH&CN NĂM 2026" a plan as the actual.
    The word was taken out of metrics/header_words.toml this_period_headers: "Trong kỳ" stores nothing (blind91's
    "Trong kỳ | Lũy kế đến 30/6/2026" half stays missed); the running total beside it is still read."""
    title = "SỐ LIỆU KẾT QUẢ HOẠT ĐỘNG KH&CN 6 THÁNG ĐẦU NĂM 2026"
    got = taken(examine(head("Khánh Hòa", title) + _IN_PERIOD))
    assert ("56", "34", "ocop_products", "2026-S1", "actual") not in got
    assert got[("56", "34", "ocop_products_total", "2026-06-30", "actual")] == 561
    got = facts(examine(head("Khánh Hòa", title) + [["TT", "Nội dung", "ĐVT", "Kỳ trước chuyển sang", "Trong kỳ", "Tổng"],
                                                    ["1", "Nhiệm vụ KH&CN", "Nhiệm vụ", 68, 12, 80]]))
    assert 12 not in got.values(), got
    got = facts(examine(head("Khánh Hòa", title) + [["TT", "Nội dung", "ĐVT", "Đầu kỳ", "Trong kỳ", "Cuối kỳ"],
                                                    ["1", "Sản phẩm OCOP còn hiệu lực", "Sản phẩm", 540, 24, 561]]))
    assert 24 not in got.values(), got
    got = facts(examine(head("Khánh Hòa", "KẾ HOẠCH KH&CN NĂM 2026") + [
        ["TT", "Nội dung", "ĐVT", "Trong kỳ"], ["1", "Sản phẩm OCOP được công nhận", "Sản phẩm", 24]]))
    assert ("56", "34", "ocop_products", "2026", "actual") not in got


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


_LONG_HEAD = ["STT", "Đơn vị", "Kỳ số liệu", "Chỉ tiêu", "ĐVT", "Số lượng"]
_LONG_ROWS = [["1", "Lâm Đồng (cũ)", "6 tháng đầu năm 2025", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 9],
              ["2", "Bình Thuận (cũ)", "6 tháng đầu năm 2025", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 6],
              ["3", "Đắk Nông (cũ)", "6 tháng đầu năm 2025", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 3],
              ["4", "Tỉnh Lâm Đồng", "6 tháng cuối năm 2025", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 21]]


def test_a_total_row_of_a_plan_an_estimate_or_a_part_is_no_total_of_the_rows():
    """WRONG (review47 of blind91): a total row whatever words sat between "Cộng/Tổng" and the period was taken as the
    bare total: "Cộng kế hoạch năm 2025" (a plan), "Tổng cộng ước năm 2025" (an estimate), "Tổng cộng năm 2025 (không
    gồm Đắk Nông)" (a part), "Cộng năm 2025 (%)", "Tổng hợp năm 2025" stored as the new province's actual. The rule is
    taken out (review49): none is read."""
    for words in ("Cộng kế hoạch năm 2025", "Tổng cộng ước năm 2025", "Tổng cộng năm 2025 (không gồm Đắk Nông)",
                  "Cộng năm 2025 (%)", "Tổng hợp năm 2025", "Cộng lũy kế đến hết năm 2025", "Cộng dự kiến năm 2025"):
        rows = [*_LONG_ROWS, [None, words, "Năm 2025", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 50]]
        got = facts(examine(head("Lâm Đồng", _AREA_TITLE) + [_LONG_HEAD, *rows]))
        assert ("68", "34", "tasks_accepted", "2025", "actual") not in got, words


def test_an_average_total_or_a_summed_stock_leaves_the_file_read():
    """Refused (review47 of blind91), honest files main read: "Cộng bình quân năm 2025 | Năm 2025 | 13" (an average,
    smaller than the second half) and a total row summing a stock column at two dates (550 against the new province's
    290) were taken as the new province's year and the file refused. Now an average is no pure period word, and with
    a stock among the columns the total naming its period stays unread: the rows are stored, each with its period."""
    rows = [*_LONG_ROWS, [None, "Cộng bình quân năm 2025", "Năm 2025", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 13]]
    r = examine(head("Lâm Đồng", _AREA_TITLE) + [_LONG_HEAD, *rows])
    assert r.accepted, [p.message_vi for p in r.problems]
    assert taken(r)[("68", "34", "tasks_accepted", "2025-S2", "actual")] == 21
    stock = ["STT", "Đơn vị", "Thời điểm", "Sản phẩm OCOP còn hiệu lực (sản phẩm)", "Sản phẩm OCOP được công nhận (sản phẩm)"]
    rows = [["1", "Lâm Đồng (cũ)", "6 tháng đầu năm 2025", 120, 22], ["2", "Bình Thuận (cũ)", "6 tháng đầu năm 2025", 90, 14],
            ["3", "Đắk Nông (cũ)", "6 tháng đầu năm 2025", 50, 9], ["4", "Tỉnh Lâm Đồng", "6 tháng cuối năm 2025", 290, 47],
            [None, "Cộng cả năm 2025", "Năm 2025", 550, 92]]
    r = examine(head("Lâm Đồng", _AREA_TITLE) + [stock, *rows])
    assert r.accepted, [p.message_vi for p in r.problems]
    got = taken(r)
    assert got[("68", "34", "ocop_products_total", "2025-12-31", "actual")] == 290
    assert got[("68", "34", "ocop_products", "2025-S2", "actual")] == 47
    assert 550 not in got.values()


def test_places_as_rows_under_one_period_or_overlapping_periods_keep_the_tables():
    """Refused (review47 of blind91), an honest file main read: every row "Năm 2025" (the former provinces by
    territory, then "Tỉnh Lâm Đồng" 18 | 45) read per row made each former province's year a figure the merger
    forbids. A period column beside places is the rows' own only when it names two periods or more, none overlapping
    (etl/walk.py _periods_apart); else the table's period as before: the new province's 2025 stored, the former set
    aside. Probe: the halves before and after the merger still each the row's own."""
    rows = [["1", "Lâm Đồng (cũ)", "Năm 2025", 9, 22], ["2", "Bình Thuận (cũ)", "Năm 2025", 6, 14],
            ["3", "Đắk Nông (cũ)", "Năm 2025", 3, 9], ["4", "Tỉnh Lâm Đồng", "Năm 2025", 18, 45]]
    r = examine(head("Lâm Đồng", _AREA_TITLE) + [_AREAS, *rows])
    assert r.accepted, [p.message_vi for p in r.problems]
    assert taken(r)[("68", "34", "tasks_accepted", "2025", "actual")] == 18
    assert taken(r)[("68", "34", "ocop_products", "2025", "actual")] == 45
    rows = [[*r_[:2], "Giai đoạn 2021-2025", *r_[3:]] for r_ in _AREA_ROWS]
    assert examine(head("Lâm Đồng", _AREA_TITLE) + [_AREAS, *rows]).accepted
    got = taken(examine(head("Lâm Đồng", _AREA_TITLE) + [_AREAS, *_AREA_ROWS]))
    assert got[("68", "34", "tasks_accepted", "2025-S2", "actual")] == 21
    assert ("68", "34", "tasks_accepted", "2025", "actual") not in got


def test_a_year_then_the_month_of_the_report_is_no_span():
    """WRONG (review47 of blind91): "NĂM 2024 - 01/2025" (the year, then the month the report was made) was read as
    2024-01/2025-01, and "Lũy kế 2021 - 6/2025 (9 tháng)" as the span its note contradicts. A bare month ends a span
    only two years or more after its first year and with no period words after it (metrics/periods.py
    _year_to_a_later_part); "Lũy kế 2021 - 6/2025" is still the span."""
    assert periods.from_text("NĂM 2024 - 01/2025") is None or periods.from_text("NĂM 2024 - 01/2025").notation == "2024"
    assert periods.from_text("KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024 - 3/2025") is None \
        or periods.from_text("KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024 - 3/2025").notation == "2024"
    assert periods.from_text("Lũy kế 2021 - 6/2025 (9 tháng)") is None
    assert periods.from_text("Lũy kế 2021 - 6/2025").notation == "2021-01/2025-06"
    rows = [["TT", "Nội dung", "ĐVT", "Thực hiện"], ["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 12]]
    got = facts(examine(head("Kon Tum", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024 - 01/2025") + rows))
    assert not any(k[3] == "2024-01/2025-01" for k in got), got


def test_a_column_no_longer_valid_is_no_valid_stock():
    """WRONG (review47 of blind91, and main): "Công nhận trong năm 2024 | Không còn hiệu lực" over the stars: the
    products whose recognition lapsed were stored as the valid stock, the stars (blind91's rule) and the total (main)
    — "còn hiệu lực" read inside "không còn hiệu lực". A stock column saying "không còn / hết hiệu lực" is not read
    (etl/walk.py _NO_LONGER_VALID); the year's column still is."""
    rows = [list(r) for r in _STARS]
    rows[1][4] = "Không còn hiệu lực"
    got = taken(examine(head("Ninh Thuận", "KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP NĂM 2024") + rows,
                        merges=("D6:E6",)))
    assert not any(k[2].endswith("_total") for k in got), got
    assert got[("58", "63", "ocop_products_3star", "2024", "actual")] == 21
