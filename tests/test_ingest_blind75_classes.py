"""blind75 (issue #8): the classes found around batch 75 — reports that went through PDF and back, a department's
signed PDF turned into a workbook by a converter or retyped from a scan — each with the smallest realistic report
(tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is), and beside it the honest and wrong
neighbours that must read as before."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import examine, head, reasons, taken

_NINE_MONTHS = "BIỂU: KẾT QUẢ THỰC HIỆN KẾ HOẠCH 9 THÁNG NĂM 2024"
_HEADER = ["STT", "Nội dung", "Đơn vị tính", "Kế hoạch năm 2024", "Thực hiện 9 tháng"]
_NUMBERS = ["1", "2", "3", "4", "5"]
_PAGE1 = [["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 12, 8]]
_PAGE2 = [["2", "Sản phẩm OCOP được công nhận", "Sản phẩm", 40, 31],
          ["3", "Sáng kiến được công nhận", "Sáng kiến", 180, 142]]
_BOTH_PAGES = {("tasks_accepted", "2024-01/2024-09"): 8, ("ocop_products", "2024-01/2024-09"): 31,
               ("initiatives_recognized", "2024-01/2024-09"): 142}


def _pages(*between: list, page2: list | None = None):
    """Kon Tum's nine months of 2024 over two converted pages: the header and its column numbers, page 1's row,
    the lines `between` the pages, page 2's rows."""
    return examine(head("Kon Tum", _NINE_MONTHS) + [_HEADER, _NUMBERS, *_PAGE1, [], *between,
                                                    *(_PAGE2 if page2 is None else page2)])


def _read(result) -> dict:
    """{(indicator, period): value} of the actual figures of an upload that must be accepted (the plan beside is
    stored as a plan)."""
    return {(i, per): v for (_, _, i, per, m), v in taken(result).items() if m == "actual"}


# --- 1. the document's running head at the top of a converted page --------------------------------------------------

@pytest.mark.parametrize("running_head", [
    "Báo cáo số 88/BC-SKHCN ngày 25/9/2024 của Sở KH&CN tỉnh Kon Tum",
    "Báo cáo số 88/BC-SKHCN ngày 25 tháng 9 năm 2024",
    "(Kèm theo Báo cáo số 88/BC-SKHCN ngày 25/9/2024 của Sở KH&CN)",
    "Số: 88/BC-SKHCN, ngày 25/9/2024",
])
@pytest.mark.parametrize("then", [[_NUMBERS], []], ids=["column numbers", "rows"])
def test_a_pages_running_head_is_no_caption_of_the_rows_below(running_head, then):
    """LOST: a converted PDF's page 2 opening with the document's running head ("Báo cáo số 88/BC-SKHCN ngày
    25/9/2024 của Sở KH&CN tỉnh Kon Tum") above the column numbers: the line was read as a caption of another
    period (the document's day), every row of the page set aside "không rõ là số thực hiện của kỳ nào" (batch 75,
    Kon Tum's nine months: 6 facts). The day is the document's, never the rows' period."""
    result = _pages(["2"], [running_head], *then)
    assert _read(result) == _BOTH_PAGES


def test_probe_the_running_head_over_the_repeated_header_reads_as_before():
    """Ninh Thuận's page 2 (batch 75): the running head then the header repeated — read at first sight."""
    result = _pages(["Trang 1/2"], ["Báo cáo số 88/BC-SKHCN - Sở KH&CN Kon Tum"], _HEADER)
    assert _read(result) == _BOTH_PAGES


@pytest.mark.parametrize("caption", [
    "Số liệu năm 2023 theo Báo cáo số 15/BC-SKHCN ngày 10/01/2024",
    "Cùng kỳ năm 2023 (Báo cáo số 75/BC-SKHCN ngày 26/9/2023)",
    "Lũy kế đến 30/9/2024 theo Báo cáo số 88/BC-SKHCN",
])
def test_probe_a_caption_of_another_period_citing_a_document_still_sets_its_rows_aside(caption):
    """A line citing a document that also names another period, or a total to a date, is still that caption: the rows
    under it are not the nine months' (stored as theirs they would be wrong numbers)."""
    result = _pages([caption])
    assert _read(result) == {("tasks_accepted", "2024-01/2024-09"): 8}


def test_probe_a_plan_caption_citing_its_plan_still_holds_no_results():
    result = _pages(["Kế hoạch năm 2025 (Kèm theo Kế hoạch số 12/KH-SKHCN ngày 10/01/2025)"])
    assert _read(result) == {("tasks_accepted", "2024-01/2024-09"): 8}


def test_probe_a_running_head_of_another_province_still_sets_its_rows_aside():
    """The running head of another province's document typed in the number column of Kon Tum's report: whose
    rows they are is not the report's (review21a), cited document or not."""
    result = examine(head("Kon Tum", _NINE_MONTHS) + [_HEADER, *_PAGE1,
                                                      ["Báo cáo số 61/BC-SKHCN ngày 20/9/2024 của tỉnh Gia Lai"],
                                                      *_PAGE2])
    assert _read(result) == {("tasks_accepted", "2024-01/2024-09"): 8}


# --- 2. a label wrapped by the converter after words that could end it, its rest changing what it counts ------------

_YEARS = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"
_YEARS_HEADER = ["STT", "Chỉ tiêu", "ĐVT", "Năm 2023", "Năm 2024"]
_NEXT_ITEM = ["3", "Chi ngân sách cho KH&CN", "Tỷ đồng", 21.4, 23.8]
_NEXT_ITEM_READ = {("st_budget", "2023"): 21.4, ("st_budget", "2024"): 23.8}


def _wrapped(first: list, rest: str):
    """Kon Tum's 2024 table with the row `first` (its figures on its first line) and `rest` alone on the row
    below in the label column, as a converter splits a label the PDF wrapped; then the next item."""
    return examine(head("Kon Tum", _YEARS) + [_YEARS_HEADER, first, ["", rest, None, None, None], _NEXT_ITEM])


@pytest.mark.parametrize("first, rest", [
    (["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 9, 11], "cấp cơ sở"),
    (["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 9, 11], "cấp tỉnh"),
    (["1", "Sản phẩm OCOP được công nhận", "Sản phẩm", 9, 11], "lại"),
    (["1", "Số doanh nghiệp được hỗ trợ", "Doanh nghiệp", 9, 11], "chuyển đổi số"),
])
def test_a_wrapped_rest_that_changes_what_the_row_counts_sets_it_aside(first, rest):
    """WRONG: "Nhiệm vụ KH&CN được nghiệm thu | 9 | 11" over "cấp cơ sở" alone (the PDF's cell wrapped, the
    converter split it into two rows) was stored as every task accepted; "Sản phẩm OCOP được công nhận" over
    "lại" (products re-recognised) as the products recognised, "Số doanh nghiệp được hỗ trợ" over "chuyển đổi số"
    as the enterprises the S&T programmes supported. Read whole each names another figure: set aside, as a first
    line left open already was (probe35)."""
    result = _wrapped(first, rest)
    assert _read(result) == _NEXT_ITEM_READ
    assert "đọc cả câu" in reasons(result)


@pytest.mark.parametrize("first, rest, read", [
    (["1", "Sản phẩm OCOP được công nhận", "Sản phẩm", 9, 11], "mới trong năm", "ocop_products"),
    (["1", "Số nhiệm vụ KH&CN được tổ chức đánh giá,", "Nhiệm vụ", 9, 11], "nghiệm thu", "tasks_accepted"),
    (["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 9, 11], "trong đó", "tasks_accepted"),
])
def test_probe_a_wrapped_rest_saying_the_same_reads_as_before(first, rest, read):
    result = _wrapped(first, rest)
    assert _read(result) == {(read, "2023"): 9, (read, "2024"): 11, **_NEXT_ITEM_READ}


@pytest.mark.parametrize("first, rest, read", [
    ("Sản phẩm OCOP được công nhận", "lại", "ocop_products_rerecognized"),
    ("Số nhiệm vụ KH&CN cấp tỉnh được", "nghiệm thu", "tasks_accepted_provincial"),
])
def test_probe_figures_on_the_rests_line_read_the_whole_label_as_before(first, rest, read):
    """Sơn La's CSV of batch 75: the figures on the wrapped label's second line — read whole at first sight."""
    result = examine(head("Kon Tum", _YEARS) + [_YEARS_HEADER, ["1", first, None, None, None],
                                                ["", rest, "Sản phẩm", 9, 11], _NEXT_ITEM])
    assert _read(result) == {(read, "2023"): 9, (read, "2024"): 11, **_NEXT_ITEM_READ}


def test_probe_a_rest_saying_where_stays_set_aside():
    result = _wrapped(["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 9, 11], "tại các huyện miền núi")
    assert _read(result) == _NEXT_ITEM_READ


# --- 3. group headings a converter set one column right of their groups ----------------------------------------------

def _groups(upper: list, lower: list, figures: list, title: str = _YEARS):
    """Sơn La's report with a two-row header: `upper` (the group headings, after STT | Chỉ tiêu | ĐVT) over
    `lower`, and one row of tasks accepted."""
    return examine(head("Sơn La", title) + [["STT", "Chỉ tiêu", "ĐVT", *upper], [None, None, None, *lower],
                                             ["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", *figures]])


@pytest.mark.parametrize("upper, lower, title, read", [
    ([None, "Năm 2023", None, "Năm 2024"], ["6 tháng", "Cả năm", "6 tháng", "Cả năm"], _YEARS,
     {"2023-S1": 5, "2023": 12, "2024-S1": 7, "2024": 15}),
    ([None, "Năm 2024", None, "Năm 2025"], ["Quý III", "9 tháng", "Quý III", "9 tháng"],
     "BÁO CÁO KẾT QUẢ QUÝ III VÀ 9 THÁNG NĂM 2025", {"2024-Q3": 5, "2024-01/2024-09": 12, "2025-Q3": 7,
                                                      "2025-01/2025-09": 15}),
])
def test_group_headings_shifted_one_column_head_their_own_groups(upper, lower, title, read):
    """WRONG: "| Năm 2023 | | Năm 2024" over "6 tháng | Cả năm | 6 tháng | Cả năm", each year landed over its
    group's second column (the PDF's merged heading, its text left in one cell one column right): the first half
    of 2023 was stored as 2024's (the title's year) and 2024's first half as 2023's. The headers below repeat by
    twos from one column left of each heading: each heading heads its own group."""
    result = _groups(upper, lower, [5, 12, 7, 15], title)
    assert _read(result) == {("tasks_accepted", p): v for p, v in read.items()}


def test_probe_group_headings_over_their_first_columns_read_as_before():
    result = _groups(["Năm 2023", None, "Năm 2024", None], ["6 tháng", "Cả năm", "6 tháng", "Cả năm"], [5, 12, 7, 15])
    assert _read(result) == {("tasks_accepted", "2023-S1"): 5, ("tasks_accepted", "2023"): 12,
                             ("tasks_accepted", "2024-S1"): 7, ("tasks_accepted", "2024"): 15}


def test_probe_one_shifted_heading_reads_as_before():
    """The new Lâm Đồng's "Năm 2025" over "Cả năm" beside "Quý IV" (batch 75): one heading, no step to read —
    read at first sight with the title's year."""
    result = _groups([None, "Năm 2025", None], ["Quý IV", "Cả năm", "Kế hoạch năm"], [12, 38, 40],
                     "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KH&CN QUÝ IV VÀ CẢ NĂM 2025")
    assert _read(result) == {("tasks_accepted", "2025-Q4"): 12, ("tasks_accepted", "2025"): 38}


def test_probe_a_column_of_its_own_left_of_the_groups_moves_no_heading():
    """"Lũy kế" alone left of "Năm 2023 | | Năm 2024 |" over "6 tháng | Cả năm" twice: the headers below do not
    repeat from one column left of the headings — each heading stays over its own first column."""
    result = _groups([None, "Năm 2023", None, "Năm 2024", None], ["Lũy kế", "6 tháng", "Cả năm", "6 tháng", "Cả năm"],
                     [40, 5, 12, 7, 15])
    assert {k: v for k, v in _read(result).items() if k[1] != "2024-12-31"} == {
        ("tasks_accepted", "2023-S1"): 5, ("tasks_accepted", "2023"): 12, ("tasks_accepted", "2024-S1"): 7,
        ("tasks_accepted", "2024"): 15}


# --- 4. two columns' figures glued into one cell by the converter -------------------------------------------------

def _one_cell(text: str, label: str = "Sáng kiến được công nhận", unit: str = "Sáng kiến"):
    """Sơn La's 2024 report with `text` as the year's figure of `label`, beside the tasks accepted."""
    return examine(head("Sơn La", _YEARS) + [["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"], ["1", label, unit, text],
                                             ["2", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 11]])


@pytest.mark.parametrize("text", ["9 11", "12 15", "98 12", "1 02", "1 0 2 5", "9 11 sáng kiến"])
def test_figures_apart_by_spaces_are_no_one_figure(text):
    """WRONG: "9 11" (a PDF converter's cell holding two columns' figures, 9 and 11) was read as 911, "12 15" as
    1215: every space was taken for a thousands' separator. Spaces group a figure by thousands only; the cell
    alone is set aside as several numbers, the file loads."""
    result = _one_cell(text)
    assert _read(result) == {("tasks_accepted", "2024"): 11}
    assert "nhiều số trong một ô" in reasons(result)


@pytest.mark.parametrize("text, label, unit, read", [
    ("1 025", "Sáng kiến được công nhận", "Sáng kiến", ("initiatives_recognized", 1025)),
    ("1\u00a0312", "Sáng kiến được công nhận", "Sáng kiến", ("initiatives_recognized", 1312)),
    ("1 025 sáng kiến", "Sáng kiến được công nhận", "Sáng kiến", ("initiatives_recognized", 1025)),
    ("32 450,5", "Chi ngân sách cho KH&CN", "Triệu đồng", ("st_budget", 32.4505)),
    ("62,5 %", "Tỷ lệ hồ sơ TTHC nộp trực tuyến", "%", ("online_dossier_rate", 62.5)),
    (" 9 ", "Sáng kiến được công nhận", "Sáng kiến", ("initiatives_recognized", 9)),
])
def test_probe_figures_grouped_by_thousands_read_as_before(text, label, unit, read):
    """Bình Thuận's 2022 table of batch 75 ("1 025", "32.450", "62,5 %", " 9 ") — read at first sight."""
    assert _read(_one_cell(text, label, unit)) == {("tasks_accepted", "2024"): 11, (read[0], "2024"): read[1]}
