"""review33a (issue #8): probes of this session's new readings (blind59's 'Cùng kỳ …', blind61's carried-over
columns and a row's note naming another year, blind60's offices, rest of the communes, a total right of the star
parts, a bare 'Tỷ lệ (%)' right of a count) with other realistic reports — each a small workbook read by
`etl.ingest.examine` as an upload is (tests/fixtures/reports.py). A probe that stored a wrong number is fixed and
asserted here; the near neighbours that must stay as they are beside it."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import LABEL_UNIT_HEADER as H, MARK, OCOP_ROW, TASKS_ACCEPTED_ROW, examine, facts, head, \
    reasons, taken

CAO_BANG, LONG_AN = "04", "80"
NINE_MONTHS_2026 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 9 THÁNG ĐẦU NĂM 2026"


# --- 1. "Cùng kỳ năm 2025 (tháng 9)" under "9 tháng năm 2026": the same span, or the month its note names -------

def _rows_down(periods: list[str]) -> dict:
    """Cao Bằng's periods down the rows, the indicators across."""
    return taken(examine(head("Cao Bằng", NINE_MONTHS_2026) + [
        ["TT", "Kỳ báo cáo", "Sản phẩm OCOP được công nhận", "Nhiệm vụ KH&CN được nghiệm thu"]]
        + [[i + 1, p, 10 + i, 20 + i] for i, p in enumerate(periods)]))


def _of(period: str, ocop: float, tasks: float) -> dict:
    return {(CAO_BANG, "34", "ocop_products", period, "actual"): ocop,
            (CAO_BANG, "34", "tasks_accepted", period, "actual"): tasks}


@pytest.mark.parametrize("same", ["Cùng kỳ năm 2025 (tháng 9)", "Cùng kỳ năm 2025 (Tháng 9/2025)",
                                  "Cùng kỳ năm 2025 (6 tháng)"])
def test_a_same_span_whose_note_names_another_span_than_the_row_above_is_set_aside(same):
    """WRONG before: "Cùng kỳ năm 2025 (tháng 9)" under "9 tháng năm 2026" stored its 11 OCOP products as
    September 2025's alone (main: as the whole year 2025's). Same span as the row above, or the month its note
    names: no one can tell — set aside with the reason."""
    assert _rows_down(["9 tháng năm 2026", same]) == _of("2026-01/2026-09", 10, 20)


@pytest.mark.parametrize("same", ["Cùng kỳ năm 2025 (lũy kế 9 tháng)", "Cùng kỳ năm 2025 (đến 30/9/2025)",
                                  "Cùng kỳ năm 2025 (9 tháng)", "Cùng kỳ năm 2025"])
def test_probe_a_same_span_agreeing_with_the_row_above_is_read(same):
    assert _rows_down(["9 tháng năm 2026", same]) == {**_of("2026-01/2026-09", 10, 20),
                                                      **_of("2025-01/2025-09", 11, 21)}


def test_probe_a_month_then_its_same_month_is_read():
    assert _rows_down(["Tháng 9/2026", "Cùng kỳ năm 2025"]) == {**_of("2026-09", 10, 20), **_of("2025-09", 11, 21)}


# --- 2. a row's note saying its figure is last year's ---------------------------------------------------------

def _noted(note: str, cols: tuple = ("Năm 2024",), vals: tuple = (15,)):
    return examine(head("Long An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
        H + list(cols) + ["Ghi chú"], OCOP_ROW + list(vals) + [note], TASKS_ACCEPTED_ROW + list(vals) + [None]])


@pytest.mark.parametrize("note", ["Số liệu năm trước", "Lấy theo số liệu năm 2023", "SL năm 2023",
                                  "Tạm lấy số liệu năm 2023", "Theo số liệu năm 2023"])
def test_a_note_saying_the_figure_is_last_years_sets_the_row_aside(note):
    """WRONG before (and on main): "Sản phẩm OCOP được công nhận | 15 | Số liệu năm trước" under "Năm 2024 | Ghi
    chú" stored 2023's 15 as 2024's; blind61's rule knew "Số liệu năm 2023", "Lấy số liệu năm 2023" only."""
    r = _noted(note)
    assert taken(r) == {(LONG_AN, "63", "tasks_accepted", "2024", "actual"): 15}
    assert note in reasons(r)


@pytest.mark.parametrize("note", ["Tăng so với năm trước", "Số liệu năm 2024", "Năm trước 12 sản phẩm",
                                  "Theo QĐ số 12/QĐ-UBND năm 2023"])
def test_probe_a_note_of_other_words_keeps_the_row(note):
    assert taken(_noted(note))[(LONG_AN, "63", "ocop_products", "2024", "actual")] == 15


# --- 3. a bare "Tỷ lệ (%)" right of a count of other dossiers ------------------------------------------------

THANH_HOA = "38"
VP_UBND = [["UBND TỈNH THANH HÓA"], ["VĂN PHÒNG"], [MARK]]


def _rate_right_of(count: str):
    return examine(VP_UBND + [["TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH 9 THÁNG NĂM 2025"], [],
                              ["TT", "Cơ quan", "Tổng số hồ sơ", count, "Tỷ lệ (%)"],
                              [1, "Sở Tư pháp", 142, 118, 83.1], [2, "Sở Khoa học và Công nghệ", 131, 124, 94.7]],
                   name="tthc_9t_2025.xlsx")


@pytest.mark.parametrize("count", ["Số hồ sơ trực tuyến quá hạn", "Số hồ sơ trực tuyến trễ hạn",
                                   "Số hồ sơ trả kết quả trực tuyến"])
def test_a_bare_rate_right_of_late_or_returned_online_dossiers_is_no_online_rate(count):
    """WRONG before: "Số hồ sơ trực tuyến quá hạn | Tỷ lệ (%)" stored the department's 94,7 % of online dossiers
    LATE as its share of dossiers received online (blind60's bare rate named "Tỷ lệ hồ sơ trực tuyến quá hạn",
    which the matcher — on main too — took for online_dossier_rate)."""
    assert not any(k[2] == "online_dossier_rate" for k in facts(_rate_right_of(count)))


@pytest.mark.parametrize("count", ["Số hồ sơ tiếp nhận trực tuyến", "Số hồ sơ trực tuyến"])
def test_probe_a_bare_rate_right_of_the_online_dossiers_is_their_rate(count):
    got = taken(_rate_right_of(count))
    assert got[(THANH_HOA, "34", "online_dossier_rate", "2025-01/2025-09", "actual")] == 94.7


# --- 4. the renewed products by star, and their total right of them ------------------------------------------

AN_GIANG = "91"


def _stars_right(cols: list[str], total: str = "Tổng cộng"):
    return examine([["TỈNH AN GIANG - SẢN PHẨM OCOP NĂM 2025 THEO ĐƠN VỊ HÀNH CHÍNH CẤP XÃ"], [MARK], [],
                    ["STT", "Đơn vị hành chính"] + cols + [total],
                    [1, "Phường Long Xuyên", 5, 2, 7], [2, "Các đơn vị còn lại", 28, 9, 37],
                    [None, "Tổng toàn tỉnh", 33, 11, 44]], name="ocop_2025.xlsx")


@pytest.mark.parametrize("cols", [["Sản phẩm công nhận lại 3 sao", "Sản phẩm công nhận lại 4 sao"],
                                  ["Số sản phẩm công nhận lại 3 sao", "Số sản phẩm công nhận lại 4 sao"],
                                  ["Sản phẩm OCOP được công nhận lại 3 sao", "Sản phẩm OCOP được công nhận lại 4 sao"]])
def test_the_renewed_products_by_star_are_no_products_recognized(cols):
    """WRONG before: "Sản phẩm công nhận lại 3 sao | … 4 sao | Tổng cộng" stored the renewed 33 and 11 as the products
    recognized at 3 and 4 stars and their 44 (blind60's total right of the parts) as every product recognized in
    2025 (the matcher — main too — read "… công nhận lại 3 sao" as the 3-star part); with "OCOP" the renewed 3-star
    count would have been every product renewed."""
    got = facts(_stars_right(cols))
    assert not any(v in (33, 11, 44) for v in got.values()), got


def test_probe_the_products_recognized_by_star_and_their_total_are_read():
    got = taken(_stars_right(["Số sản phẩm 3 sao", "Số sản phẩm 4 sao"], "Tổng số sản phẩm"))
    assert got == {(AN_GIANG, "34", "ocop_products_3star", "2025", "actual"): 33.0,
                   (AN_GIANG, "34", "ocop_products_4star", "2025", "actual"): 11.0,
                   (AN_GIANG, "34", "ocop_products", "2025", "actual"): 44.0}
