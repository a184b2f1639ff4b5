"""Wrong numbers suspected and left by earlier sessions (issue #8: precision must stay 1.00): reports a
provincial office could send where a figure was stored as another. Each class: the report that stored a
wrong number, then probes of the honest neighbours that must stay as they are. Each report is built here,
marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import LABEL_UNIT_HEADER, MARK, examine, facts, head, reasons, table

_YEAR_ROWS = (["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12],
              ["2", "Sản phẩm OCOP còn hiệu lực công nhận", "sản phẩm", 88])
_YEARS_FIGURES = {("tasks_accepted", "2024", "actual"): 12.0, ("ocop_products_total", "2024-12-31", "actual"): 88.0}
_SET_ASIDE = "báo cáo lập ngày 15/10/2024, trước khi kỳ Năm 2024 kết thúc"


def _got(r) -> dict:
    """{(indicator, period, measure): value} of an examined report."""
    return {k[2:]: v for k, v in facts(r).items()}


def _heading(*lines: list) -> list[list]:
    """A department's heading: the committee and the department (each beside the national motto), the test-data
    mark, then `lines` (the number and place-and-date line, the title), a blank row."""
    return [["UBND TỈNH NGHỆ AN", None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", None, "Độc lập - Tự do - Hạnh phúc"], [MARK], *lines, []]


# --- 1. the report's own number and day, not a cited document's ---------------------------------------------

@pytest.mark.parametrize("title", [
    "Báo cáo số 12/BC-SKHCN ngày 15/10/2024 về kết quả hoạt động KH&CN năm 2024",
    "BÁO CÁO SỐ 12/BC-SKHCN NGÀY 15/10/2024 VỀ KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"])
def test_the_reports_own_number_and_day_in_its_title(title):
    """"Báo cáo số 12/BC-SKHCN ngày 15/10/2024 về kết quả hoạt động KH&CN năm 2024" over "Năm 2024" stored 2024's
    12 tasks accepted and the 88 products valid at 31/12/2024, the report written on 15 October: a day after a
    number read as a cited document's, though the number opens the title (the report's own)."""
    r = table(*_YEAR_ROWS, title=title)
    assert _got(r) == {} and r.accepted
    assert reasons(r).count(_SET_ASIDE) == 2


@pytest.mark.parametrize("lines", [
    [["Số: 12/BC-SKHCN", None, "Nghệ An, ngày 15 tháng 10 năm 2024"], ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"]],
    [["Số: 12/BC-SKHCN ngày 15/10/2024"], ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"]],
    [["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"], ["Nghệ An, ngày 15/10/2024"]]])
def test_the_reports_own_place_and_date_line(lines):
    """The heading's own lines "Số: 12/BC-SKHCN | Nghệ An, ngày 15 tháng 10 năm 2024" over "BÁO CÁO KẾT QUẢ
    HOẠT ĐỘNG KH&CN NĂM 2024": the year's figures were stored, the report written in October."""
    r = examine(_heading(*lines) + [LABEL_UNIT_HEADER + ["Năm 2024"], *_YEAR_ROWS], name="r.xlsx")
    assert _got(r) == {} and r.accepted
    assert reasons(r).count(_SET_ASIDE) == 2


@pytest.mark.parametrize("title", [
    "Báo cáo kết quả hoạt động KH&CN năm 2024 theo Công văn số 45/SKHCN ngày 10/7/2024",
    "Báo cáo kết quả hoạt động KH&CN năm 2024 (căn cứ Kế hoạch số 12/KH-UBND ngày 15/3/2024)",
    "Báo cáo kết quả hoạt động KH&CN năm 2024 thực hiện Quyết định số 1563/QĐ-UBND ngày 15/6/2023",
    "Báo cáo số 12/BC-SKHCN ngày 20/12/2024 về kết quả hoạt động KH&CN năm 2024",
    "Báo cáo số 12/BC-SKHCN ngày 15/01/2025 về kết quả hoạt động KH&CN năm 2024"])
def test_probe_a_cited_documents_day_or_a_late_one_keeps_the_year(title):
    assert _got(table(*_YEAR_ROWS, title=title)) == _YEARS_FIGURES


@pytest.mark.parametrize("lines", [
    [["Số: 12/BC-SKHCN", None, "Nghệ An, ngày 20 tháng 01 năm 2025"], ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"]],
    [["Số: 12/BC-SKHCN", None, "Nghệ An, ngày      tháng      năm 2024"], ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"]],
    [["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"], ["Thực hiện Công văn số 45/SKHCN ngày 10/7/2024 của UBND tỉnh"]],
    [["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"], ["(Kèm theo Công văn số 45/SKHCN ngày 10/7/2024)"]]])
def test_probe_a_later_blank_or_cited_day_on_its_own_line_keeps_the_year(lines):
    r = examine(_heading(*lines) + [LABEL_UNIT_HEADER + ["Năm 2024"], *_YEAR_ROWS], name="r.xlsx")
    assert _got(r) == _YEARS_FIGURES


def test_probe_a_nine_months_report_dated_in_october_stays_read():
    r = examine(_heading(["Số: 12/BC-SKHCN", None, "Nghệ An, ngày 15 tháng 10 năm 2024"],
                         ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 9 THÁNG ĐẦU NĂM 2024"])
                + [LABEL_UNIT_HEADER + ["9 tháng đầu năm 2024"], *_YEAR_ROWS], name="r.xlsx")
    assert _got(r) == {("tasks_accepted", "2024-01/2024-09", "actual"): 12.0,
                       ("ocop_products_total", "2024-09-30", "actual"): 88.0}


# --- 2. "Cùng kỳ năm trước" in a report on a part of the year: that part of the year before (confirmed read) ---

_PAIR_ROWS = (["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12, 9],)


@pytest.mark.parametrize("title, columns, now, before", [
    ("Báo cáo quý III năm 2024", ("Quý III/2024", "Cùng kỳ năm trước"), "2024-Q3", "2023-Q3"),
    ("Báo cáo quý III năm 2024", ("Quý III", "Cùng kỳ năm trước"), "2024-Q3", "2023-Q3"),
    ("Báo cáo quý III năm 2024", ("Thực hiện quý III/2024", "Cùng kỳ năm 2023"), "2024-Q3", "2023-Q3"),
    ("Báo cáo 9 tháng đầu năm 2024", ("Thực hiện", "Cùng kỳ năm trước"), "2024-01/2024-09", "2023-01/2023-09"),
    ("Báo cáo tháng 9 năm 2024", ("Tháng 9/2024", "Cùng kỳ năm trước"), "2024-09", "2023-09")])
def test_probe_the_same_period_a_year_before_is_that_part_of_last_year(title, columns, now, before):
    """Suspected stored as last year's half or year: "Quý III/2024 | Cùng kỳ năm trước" under "Báo cáo quý III năm
    2024" is read as the third quarters of 2024 and 2023 (confirmed; pinned)."""
    assert _got(table(*_PAIR_ROWS, title=title, columns=columns)) == {
        ("tasks_accepted", now, "actual"): 12.0, ("tasks_accepted", before, "actual"): 9.0}


# --- 5. a quarter reached: the months to its end, not that quarter alone -------------------------------------

_FLOW_ROWS = (["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12],)


@pytest.mark.parametrize("title, column", [
    ("Báo cáo quý III năm 2024", "Lũy kế đến hết quý III"),
    ("Báo cáo quý III năm 2024", "Lũy kế từ đầu năm đến hết quý III"),
    ("Báo cáo quý III năm 2024", "Lũy kế quý III"),
    ("Báo cáo quý III năm 2024", "Quý I đến quý III"),
    ("Báo cáo năm 2024", "Lũy kế đến hết quý III/2024"),
    ("Báo cáo năm 2024", "Đến hết quý III năm 2024"),
    ("Báo cáo năm 2024", "Quý I đến quý III/2024"),
    ("Báo cáo quý III năm 2024", "Lũy kế đến cuối quý III"),
    ("Báo cáo năm 2024", "Lũy kế đến hết Q3/2024"),
    ("Báo cáo năm 2024", "Q1-Q3/2024"),
    ("Báo cáo năm 2024", "3 quý đầu năm 2024"),
    ("Báo cáo quý III năm 2024", "3 quý đầu năm")])
def test_a_quarter_reached_is_the_months_to_its_end(title, column):
    """"Lũy kế đến hết quý III | 12" (the nine months' tasks accepted) was stored as the third quarter's 12, "Quý I
    đến quý III" as the first quarter's, "Q1-Q3/2024" as the third's, "3 quý đầu năm 2024" as the whole year's."""
    assert _got(table(*_FLOW_ROWS, title=title, columns=(column,))) == {
        ("tasks_accepted", "2024-01/2024-09", "actual"): 12.0}


@pytest.mark.parametrize("title, column, period", [
    ("Báo cáo quý III năm 2024", "Quý III/2024", "2024-Q3"),
    ("Báo cáo quý III năm 2024", "Quý III", "2024-Q3"),
    ("Báo cáo quý I năm 2024", "Lũy kế đến hết quý I", "2024-Q1"),
    ("Báo cáo 6 tháng đầu năm 2024", "Từ đầu năm đến hết quý II/2024", "2024-S1"),
    ("Báo cáo quý III năm 2024", "Lũy kế đến tháng 9", "2024-01/2024-09"),
    ("Báo cáo năm 2024", "Quý I, II", "2024-S1"),
    ("Báo cáo năm 2024", "Q3/2024", "2024-Q3"),
    ("Báo cáo năm 2024", "2 quý đầu năm 2024", "2024-S1")])
def test_probe_a_quarter_alone_and_the_months_stay_read(title, column, period):
    assert _got(table(*_FLOW_ROWS, title=title, columns=(column,))) == {("tasks_accepted", period, "actual"): 12.0}


def test_probe_a_total_to_date_stays_the_stock():
    """"Tính đến hết quý III" (a total to date): the flow set aside, the stock at 30/9 read, as before."""
    r = table(*_FLOW_ROWS, ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", 88],
              title="Báo cáo quý III năm 2024", columns=("Tính đến hết quý III",))
    assert _got(r) == {("ocop_products_total", "2024-09-30", "actual"): 88.0}


# --- 3. a row's label naming another period than its column's ----------------------------------------------

@pytest.mark.parametrize("label, want", [
    ("Số nhiệm vụ chuyển tiếp từ năm 2023", {("tasks_carried_over", "2024", "actual"): 12.0}),
    ("Nhiệm vụ KH&CN được nghiệm thu năm 2023", {("tasks_accepted", "2023", "actual"): 12.0}),
    ("Nhiệm vụ KH&CN được nghiệm thu năm 2024", {("tasks_accepted", "2024", "actual"): 12.0}),
    ("Nhiệm vụ KH&CN được nghiệm thu 6 tháng đầu năm 2024", {("tasks_accepted", "2024-S1", "actual"): 12.0})])
def test_probe_a_label_naming_a_year_under_the_years_column(label, want):
    """Suspected wrong, confirmed right: "Số nhiệm vụ chuyển tiếp từ năm 2023 | 12" under "Năm 2024" is 2024's tasks
    carried over (their own indicator, never 2023's tasks managed); "… nghiệm thu năm 2023" is 2023's (the label's
    year is the row's — a table repeating last year; precA, wrong26), a part of the column's year the part's."""
    assert _got(table(["1", label, "nhiệm vụ", 12])) == want


def test_beside_a_label_naming_another_year_the_same_period_a_year_before_is_untold():
    """"Nhiệm vụ KH&CN được nghiệm thu năm 2023 | 12 | 10" under "Năm 2024 | Cùng kỳ năm trước": the 10 was read as
    2023's beside the label's 12 and the file refused whole (two values for 2023) — "năm trước" is 2022 by the
    label, 2023 by the column: set aside, the label's 12 kept."""
    r = table(["1", "Nhiệm vụ KH&CN được nghiệm thu năm 2023", "nhiệm vụ", 12, 10],
              columns=("Năm 2024", "Cùng kỳ năm trước"))
    assert r.accepted, [p.message_vi for p in r.problems]
    assert _got(r) == {("tasks_accepted", "2023", "actual"): 12.0}
    assert "cột “Cùng kỳ năm trước” so với kỳ khác của bảng" in reasons(r)


def test_probe_without_a_label_year_the_same_period_a_year_before_stays():
    assert _got(table(["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12, 10],
                      columns=("Năm 2024", "Cùng kỳ năm trước"))) == {
        ("tasks_accepted", "2024", "actual"): 12.0, ("tasks_accepted", "2023", "actual"): 10.0}
