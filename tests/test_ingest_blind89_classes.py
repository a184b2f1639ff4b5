"""blind89 (issue #8, first sight on batch 89: one report per listed layout from the North-Central Coast and the Red
River delta): the classes its first sight lost, each with the smallest realistic report (tests/fixtures/reports.py,
read by `etl.ingest.examine` as an upload is) and the honest and wrong neighbours that must keep reading the same."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, reasons, taken

HA_TINH = "42"


# --- 1. sentences under the running total beside the report's own period ----------------------------------------

def _month(header: list, title: str = "Kết quả công tác tháng 8 năm 2026", results: tuple = ()):
    """Hà Tĩnh's quick report on a month, its results typed as sentences under `header` (STT, Lĩnh vực, then the
    month's and a second column)."""
    rows = [["UBND TỈNH HÀ TĨNH"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], ["BÁO CÁO NHANH"], [title], [], header]
    rows += [list(r) for r in results or (
        ("1", "Quản lý nhiệm vụ KH&CN", "Nghiệm thu 03 nhiệm vụ KH&CN", "Đã nghiệm thu 17 nhiệm vụ KH&CN"),
        ("2", "Chương trình OCOP", "Công nhận 12 sản phẩm OCOP", "Công nhận 58 sản phẩm OCOP"))]
    return taken(examine(rows, name="report.xlsx"))


def _by(got: dict) -> dict:
    return {(i, per): v for (p, fr, i, per, m), v in got.items() if p == HA_TINH and fr == "34" and m == "actual"}


MONTH = {("tasks_accepted", "2026-08"): 3, ("ocop_products", "2026-08"): 12}
RUNNING = {("tasks_accepted", "2026-01/2026-08"): 17, ("ocop_products", "2026-01/2026-08"): 58}


@pytest.mark.parametrize("second", ["Lũy kế từ đầu năm đến 31/8/2026", "Lũy kế 8 tháng năm 2026",
                                    "8 tháng đầu năm 2026"])
def test_sentences_under_the_running_total_are_its_figures(second):
    """LOST: Hà Tĩnh's August 2026 "Kết quả tháng 8/2026 | Lũy kế từ đầu năm đến 31/8/2026" typed as sentences: the
    month's column was read, every cell of the running total set aside as "không đọc được thành một số liệu" (9
    facts of batch 89). A column whose header names the report's period's running total from January (the same
    year, the same end) is read with that span."""
    got = _by(_month(["STT", "Lĩnh vực", "Kết quả tháng 8/2026", second]))
    assert got == {**MONTH, **RUNNING}, got


def test_sentences_of_a_quarter_beside_the_nine_months_title():
    """The other way round: a report on nine months with "Quý III/2026 | Lũy kế 9 tháng năm 2026": the quarter's
    column, part of the span and ending with it, is read with the quarter."""
    got = _by(_month(["STT", "Lĩnh vực", "Quý III/2026", "Lũy kế 9 tháng năm 2026"],
                     title="Kết quả công tác 9 tháng năm 2026"))
    assert got == {("tasks_accepted", "2026-Q3"): 3, ("ocop_products", "2026-Q3"): 12,
                   ("tasks_accepted", "2026-01/2026-09"): 17, ("ocop_products", "2026-01/2026-09"): 58}, got


@pytest.mark.parametrize("second", ["KH 8 tháng 2026", "Cùng kỳ năm 2025", "Ước cả năm 2026", "Tháng 7/2026",
                                    "6 tháng đầu năm 2026", "Lũy kế 8 tháng năm 2025"])
def test_probe_a_column_of_another_span_stays_unread(second):
    """A plan, last year's same months, the year's estimate, another month, a span ending before the report's:
    no running total of the report's period — its sentences stay unread, as on combo54 (never the month's)."""
    got = _by(_month(["STT", "Lĩnh vực", "Kết quả tháng 8/2026", second]))
    assert got == MONTH, got


@pytest.mark.parametrize("second", ["Lũy kế từ đầu năm", "Từ đầu năm đến nay", "Lũy kế 8 tháng"])
def test_a_running_total_without_its_year_is_its_span_not_the_months(second):
    """WRONG (refused whole beside the month, stored as the month's alone): "Lũy kế từ đầu năm" over sentences in a
    report on August 2026 was read with August — "Đã nghiệm thu 17 nhiệm vụ" beside the month's 3 was one fact's two
    values, the honest file refused; without the month's column 17 was stored as August's. A part of the year named
    without its year is the report's year's."""
    assert _by(_month(["STT", "Lĩnh vực", "Kết quả tháng 8/2026", second])) == {**MONTH, **RUNNING}
    alone = [["1", "Quản lý nhiệm vụ KH&CN", "Đã nghiệm thu 17 nhiệm vụ KH&CN"],
             ["2", "Chương trình OCOP", "Công nhận 58 sản phẩm OCOP"]]
    assert _by(_month(["STT", "Lĩnh vực", second], results=alone)) == RUNNING


@pytest.mark.parametrize("second", ["Tháng 7", "Ước cả năm", "Kỳ trước", "6 tháng đầu năm"])
def test_another_span_without_its_year_is_not_the_months(second):
    """WRONG (refused whole): "Tháng 7", "Ước cả năm", "Kỳ trước" over sentences beside "Kết quả tháng 8/2026" were
    read with August — two values of August's facts. Another span's sentences stay unread."""
    assert _by(_month(["STT", "Lĩnh vực", "Kết quả tháng 8/2026", second])) == MONTH


def test_the_last_quarter_beside_the_year():
    """A report on 2025 with "Quý IV | Cả năm 2025" typed as sentences: the quarter is the year's part ending with it."""
    got = _by(_month(["STT", "Lĩnh vực", "Quý IV", "Cả năm 2025"], title="Kết quả công tác năm 2025"))
    assert got == {("tasks_accepted", "2025-Q4"): 3, ("ocop_products", "2025-Q4"): 12,
                   ("tasks_accepted", "2025"): 17, ("ocop_products", "2025"): 58}, got


@pytest.mark.parametrize("second", ["Kết quả thực hiện", "Tháng 8", "Thực hiện tháng"])
def test_probe_the_reports_own_period_reads_as_before(second):
    """A column naming no span, or the report's month without its year: read with the report's period, as before."""
    alone = [["1", "Quản lý nhiệm vụ KH&CN", "Nghiệm thu 03 nhiệm vụ KH&CN"],
             ["2", "Chương trình OCOP", "Công nhận 12 sản phẩm OCOP"]]
    assert _by(_month(["STT", "Lĩnh vực", second], results=alone)) == MONTH


def test_probe_a_note_column_stays_unread():
    got = _by(_month(["STT", "Lĩnh vực", "Kết quả tháng 8/2026", "Ghi chú"],
                     results=(("1", "Quản lý nhiệm vụ KH&CN", "Nghiệm thu 03 nhiệm vụ KH&CN", "Hội đồng họp ngày 20/8"),
                              ("2", "Chương trình OCOP", "Công nhận 12 sản phẩm OCOP", ""))))
    assert got == MONTH, got


def test_the_running_totals_own_sentences_keep_their_own_span():
    """A sentence in the running total's column that names its own span ("Riêng quý II …") keeps it."""
    got = _by(_month(["STT", "Lĩnh vực", "Kết quả tháng 8/2026", "Lũy kế từ đầu năm đến 31/8/2026"],
                     results=(("1", "Chương trình OCOP", "Công nhận 12 sản phẩm OCOP",
                               "Công nhận 58 sản phẩm OCOP; riêng quý II/2026 công nhận 20 sản phẩm OCOP"),)))
    assert got[("ocop_products", "2026-01/2026-08")] == 58 and got[("ocop_products", "2026-08")] == 12, got
    assert ("ocop_products", "2026-Q2") not in got or got[("ocop_products", "2026-Q2")] == 20, got


# --- 2. "Lũy kế năm", "Lũy kế trong năm": the report's year to its end ------------------------------------------

def _table(header: list, title: str = "BÁO CÁO KẾT QUẢ CÔNG TÁC THÁNG 8 NĂM 2026"):
    """Hà Tĩnh's report of figures: "Tháng 8/2026" (3 tasks accepted, 12 OCOP products) and `header` (17, 58)."""
    rows = [["UBND TỈNH HÀ TĨNH"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], [title], [],
            ["STT", "Chỉ tiêu", "ĐVT", *header],
            ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 3, 17], ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", 12, 58]]
    return examine(rows, name="report.xlsx")


@pytest.mark.parametrize("second", ["Lũy kế trong năm", "Luỹ kế năm", "Cộng dồn trong năm"])
def test_the_years_running_total_by_nam_alone(second):
    """WRONG: "Tháng 8/2026 | Lũy kế trong năm" in a report on August: the 58 OCOP products recognised this year were
    stored as the products still valid at 31/8 (a total to date), the 17 tasks lost; under "Lũy kế năm" both were
    the month's — two values of one fact, the honest file refused. January to the report's end, as "Lũy kế từ đầu
    năm" is (metrics/header_words.toml year_to_date_headers)."""
    got = _by(taken(_table(["Tháng 8/2026", second])))
    assert got == {**MONTH, **RUNNING}, got


def test_the_years_running_total_in_a_report_on_the_year():
    """In a report on the year the year to its end is the year."""
    got = _by(taken(_table(["Quý IV", "Lũy kế trong năm"], title="BÁO CÁO KẾT QUẢ CÔNG TÁC NĂM 2026")))
    assert got == {("tasks_accepted", "2026-Q4"): 3, ("ocop_products", "2026-Q4"): 12,
                   ("tasks_accepted", "2026"): 17, ("ocop_products", "2026"): 58}, got


@pytest.mark.parametrize("second", ["Lũy kế", "Lũy kế năm trước", "Lũy kế từ năm 2019", "Lũy kế năm 2025"])
def test_probe_other_running_totals_read_as_before(second):
    """A total with no span, last year's, since 2019, of another year: never January–August 2026."""
    got = _table(["Tháng 8/2026", second])
    assert ("tasks_accepted", "2026-01/2026-08") not in (_by(taken(got)) if got.accepted else {})


# --- 3. tidy rows naming the year and its part in two columns: each row's own part -------------------------------

OCOP, ACCEPTED = "Số sản phẩm OCOP được công nhận", "Số nhiệm vụ KH&CN được nghiệm thu"
EXPORT = ["STT", "Tên đơn vị", "Năm", "Kỳ báo cáo", "Tên chỉ tiêu", "ĐVT", "Số liệu"]
HUNG_YEN = "Sở Khoa học và Công nghệ tỉnh Hưng Yên"


def _export(rows: list, header: list = EXPORT):
    """The new Hưng Yên's rows exported from a reporting system: (year, part of it, indicator, value)."""
    return examine([[MARK], header] + [[i, HUNG_YEN, y, part, name, "", v] for i, (y, part, name, v) in enumerate(rows, 1)],
                   name="export.xlsx")


def _hy(got) -> dict:
    return {(i, per): v for (p, fr, i, per, m), v in taken(got).items() if p == "33"}


def test_one_indicators_parts_of_the_year_each_its_own():
    """LOST (refused whole): "Năm | Kỳ báo cáo" with "2026 | Quý II" and "2026 | Quý III" of one indicator: the rows
    after the first took its quarter (the shortcut through tidy rows remembered a row's period by its year cell
    alone) — two values of Q2, the honest file refused."""
    got = _hy(_export([(2026, "Quý II", OCOP, 10), (2026, "Quý III", OCOP, 11), (2026, "9 tháng", OCOP, 30)]))
    assert got == {("ocop_products", "2026-Q2"): 10, ("ocop_products", "2026-Q3"): 11,
                   ("ocop_products", "2026-01/2026-09"): 30}, got


def test_another_rows_part_of_the_year_is_not_taken():
    """WRONG: OCOP products of Q1, tasks accepted of the half, then OCOP products of Q2: the third row took the half
    remembered from the second — 12 products of Q2 stored as the half's."""
    got = _hy(_export([(2026, "Quý I", OCOP, 10), (2026, "6 tháng", ACCEPTED, 31), (2026, "Quý II", OCOP, 12)]))
    assert got == {("ocop_products", "2026-Q1"): 10, ("tasks_accepted", "2026-S1"): 31,
                   ("ocop_products", "2026-Q2"): 12}, got


def test_probe_one_period_column_reads_as_before():
    """The period in one column ("Quý II/2026"), the shortcut kept: read as before."""
    header = ["STT", "Tên đơn vị", "Kỳ báo cáo", "Tên chỉ tiêu", "ĐVT", "Số liệu"]
    got = examine([[MARK], header, [1, HUNG_YEN, "Quý II/2026", OCOP, "", 10], [2, HUNG_YEN, "Quý III/2026", OCOP, "", 11]],
                  name="export.xlsx")
    assert _hy(got) == {("ocop_products", "2026-Q2"): 10, ("ocop_products", "2026-Q3"): 11}

