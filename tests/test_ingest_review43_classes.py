"""review43 (issue #8, adversarial review): reports a real department could send that stored a number a person
would not read there — each class with the smallest realistic report (tests/fixtures/reports.py, read by
`etl.ingest.examine` as an upload is) and its honest neighbours, which must keep reading as before."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, facts, head, reasons, taken

NGHE_AN = "40"

# --- 1. a title setting a plan whose one period is the plan's, its results of no period ---------------------

COUNTS = [["STT", "Chỉ tiêu", "ĐVT", "Số lượng"], ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12],
          ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", 30]]


def _titled(title: str, rows=COUNTS):
    return examine(head("Nghệ An", title) + rows, name="report.xlsx")


def _read(frame: str, period: str, measure: str = "actual") -> dict:
    return {(NGHE_AN, frame, "tasks_accepted", period, measure): 12,
            (NGHE_AN, frame, "ocop_products", period, measure): 30}


@pytest.mark.parametrize("title, read", [
    ("BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM VÀ PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025", _read("63", "2025-S1")),
    ("KẾT QUẢ 9 THÁNG ĐẦU NĂM VÀ KẾ HOẠCH QUÝ IV NĂM 2025", _read("34", "2025-01/2025-09")),
])
def test_the_first_halfs_results_under_the_second_halfs_plan_are_the_first_halfs(title, read):
    """WRONG: "BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM VÀ PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025" — the commonest
    mid-year title — over "Số lượng" stored the first half's 12 tasks accepted and 30 OCOP products as the SECOND
    half's ("KẾT QUẢ 9 THÁNG ĐẦU NĂM VÀ KẾ HOẠCH QUÝ IV NĂM 2025": nine months' as the fourth quarter's): the
    title's one year was read with the plan's words beside it. The results' "6 tháng đầu năm" is a part of the plan's
    year: the first half of 2025 (before the merger: the 63 provinces' frame)."""
    assert taken(_titled(title)) == read


@pytest.mark.parametrize("title", [
    "KẾ HOẠCH NHIỆM VỤ KH&CN NĂM 2026 VÀ KẾT QUẢ",            # cut by the page's width
    "KẾ HOẠCH KH&CN NĂM 2026 VÀ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN",
    "ĐỀ XUẤT NHIỆM VỤ NĂM 2026 VÀ KẾT QUẢ",
    "DỰ TOÁN NĂM 2026 VÀ KẾT QUẢ",
    "KẾT QUẢ VÀ KẾ HOẠCH NĂM 2026",
    "KẾT QUẢ THỰC HIỆN NĂM VÀ KẾ HOẠCH NĂM 2026",
    "KẾ HOẠCH NĂM 2026 (KÈM KẾT QUẢ NĂM 2025)",
])
def test_a_plans_title_with_results_of_no_period_asks_the_period(title):
    """WRONG: each stored the 12 tasks and 30 products as the ACTUAL of 2026 — the plan's year; the results' year
    is not said (cut off, left out, or a second year beside a plan's title: which of the two a column naming no
    period holds is not said either). The uploader is asked the period and nothing is stored."""
    got = _titled(title)
    assert not got.accepted and facts(got) == {}
    assert any("Không xác định được kỳ báo cáo" in p.message_vi for p in got.problems)


@pytest.mark.parametrize("title, read", [
    # results with their own period, the plan after them (results_before_plan): the results'
    ("KẾT QUẢ NĂM 2025 VÀ KẾ HOẠCH NĂM 2026", _read("34", "2025")),
    ("BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025 VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026", _read("34", "2025")),
    ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024 VÀ KẾ HOẠCH NĂ", _read("63", "2024")),   # the plan cut off
    ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 6 THÁNG ĐẦU NĂM 2025, PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM", _read("63", "2025-S1")),
    # the plan carried out: results
    ("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2025", _read("34", "2025")),
    # a plan alone: the plan
    ("KẾ HOẠCH NHIỆM VỤ KH&CN NĂM 2026", _read("34", "2026", "plan")),
    ("KẾ HOẠCH NĂM 2026 KÈM KẾT QUẢ", _read("34", "2026", "plan")),
])
def test_probe_titles_whose_period_is_the_results_or_the_plan_alone_read_as_before(title, read):
    assert taken(_titled(title)) == read


@pytest.mark.parametrize("title, read", [
    # fix43: the results' year after "khoa học và công nghệ" — cut at its "và", the year was read as no results'
    ("TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025, PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026", _read("34", "2025")),
    ("KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025 VÀ KẾ HOẠCH NĂM 2026", _read("34", "2025")),
])
def test_probe_results_of_science_and_technology_with_their_year_before_the_plan_are_that_years(title, read):
    """WRONG before fix43 (batch 33, daklak_moi_bao_cao_khcn_nam_2025_uoc_thuc_hien.xlsx): the title's 2025 was lost
    (the results read as naming no period) and a "Thực hiện năm 2024" column beside the 2025 estimate was stored."""
    assert taken(_titled(title)) == read


def test_probe_columns_naming_their_periods_under_such_a_title_still_read():
    """Under "KẾ HOẠCH NĂM 2026 VÀ KẾT QUẢ" columns "Thực hiện năm 2025 | Kế hoạch năm 2026" say what each holds."""
    got = _titled("KẾ HOẠCH NĂM 2026 VÀ KẾT QUẢ", [
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Kế hoạch năm 2026"],
        ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12, 15]])
    assert taken(got) == {(NGHE_AN, "34", "tasks_accepted", "2025", "actual"): 12,
                          (NGHE_AN, "34", "tasks_accepted", "2026", "plan"): 15}


def test_the_test_data_mark_is_on_every_report():
    assert head("Nghệ An", "X")[2] == [MARK]


# --- 2. a title naming another province than the issuer's: bare, or as the host of a study visit -------------

YEAR_ROWS = [["STT", "Chỉ tiêu", "ĐVT", "Năm 2025"], ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12],
             ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", 30]]
LAM_DONG = "68"


def _under_nghe_an(title: str):
    return examine(head("Nghệ An", title) + YEAR_ROWS, name="report.xlsx")


def _whose(province: str) -> dict:
    return {(province, "34", "tasks_accepted", "2025", "actual"): 12,
            (province, "34", "ocop_products", "2025", "actual"): 30}


@pytest.mark.parametrize("title", ["SỐ LIỆU KH&CN TỈNH LÂM ĐỒNG NĂM 2025",
                                   "SỐ LIỆU KHOA HỌC VÀ CÔNG NGHỆ TỈNH LÂM ĐỒNG NĂM 2025"])
def test_a_title_naming_another_province_bare_gives_that_provinces_figures(title):
    """WRONG: "SỐ LIỆU KH&CN TỈNH LÂM ĐỒNG NĂM 2025" under "UBND TỈNH NGHỆ AN" stored Lâm Đồng's 12 tasks and 30
    products as Nghệ An's: the title names whose the figures are, as "… CỦA TỈNH LÂM ĐỒNG" does (wrong43 read the
    bare name of a province the issuer absorbed only)."""
    assert taken(_under_nghe_an(title)) == _whose(LAM_DONG)


@pytest.mark.parametrize("title", [
    "BÁO CÁO KẾT QUẢ ĐOÀN CÔNG TÁC HỌC TẬP KINH NGHIỆM TẠI TỈNH LÂM ĐỒNG NĂM 2025",
    "KẾT QUẢ HỌC TẬP KINH NGHIỆM TẠI LÂM ĐỒNG NĂM 2025",
    "KHẢO SÁT MÔ HÌNH OCOP TẠI TỈNH LÂM ĐỒNG NĂM 2025",
])
def test_a_study_visits_title_asks_whose_the_figures_are(title):
    """WRONG: the report of a study visit to Lâm Đồng under "UBND TỈNH NGHỆ AN" stored its figures as Nghệ An's —
    the figures a visit brings back are the host's as often as the visitors': whose they are is not said. The
    uploader is asked the province, nothing stored."""
    got = _under_nghe_an(title)
    assert not got.accepted and facts(got) == {}
    assert any("Không xác định được tỉnh" in p.message_vi for p in got.problems)


@pytest.mark.parametrize("title", [
    "SỐ LIỆU KH&CN CỦA TỈNH NGHỆ AN NĂM 2025",
    "BÁO CÁO KẾT QUẢ KH&CN TỈNH NGHỆ AN NĂM 2025",
    "KHẢO SÁT TÌNH HÌNH KH&CN TỈNH NGHỆ AN NĂM 2025",                                   # the issuer's own
    "SỐ LIỆU PHỤC VỤ ĐOÀN CÔNG TÁC TỈNH LÂM ĐỒNG ĐẾN HỌC TẬP KINH NGHIỆM NĂM 2025",      # the visitors' home
    "BÁO CÁO KẾT QUẢ KH&CN NĂM 2025 (PHỤC VỤ ĐOÀN CÔNG TÁC TỈNH LÂM ĐỒNG)",
    "SỐ LIỆU KH&CN NĂM 2025 GỬI SỞ KH&CN TỈNH LÂM ĐỒNG",                                 # the addressee
    "KẾT QUẢ HỢP TÁC KH&CN VỚI TỈNH LÂM ĐỒNG NĂM 2025",                                  # a partner
    "BÁO CÁO KẾT QUẢ NĂM 2025 CỦA TRƯỜNG ĐẠI HỌC VINH",
])
def test_probe_the_issuers_own_report_with_another_province_in_passing_stays_the_issuers(title):
    assert taken(_under_nghe_an(title)) == _whose(NGHE_AN)


def test_probe_a_title_naming_another_province_with_of_reads_as_before():
    assert taken(_under_nghe_an("SỐ LIỆU KH&CN CỦA TỈNH LÂM ĐỒNG NĂM 2025")) == _whose(LAM_DONG)


# --- 3. a province's own PII score in other words than "tự đánh giá" ------------------------------------------

PII_TITLE = "CHỈ SỐ ĐỔI MỚI SÁNG TẠO CẤP ĐỊA PHƯƠNG (PII)"
PII_2024 = {(NGHE_AN, "63", "pii_score", "2024", "actual"): 45.2}


def _pii(column: str):
    return examine(head("Nghệ An", PII_TITLE) + [["STT", "Chỉ tiêu", "Năm 2024", column], ["1", "Điểm PII", 45.2, 47.1]],
                   name="report.xlsx")


@pytest.mark.parametrize("column", ["Năm 2025 (tỉnh chấm)", "Năm 2025 (tỉnh chấm điểm)",
                                    "Năm 2025 (theo đánh giá của tỉnh)", "Năm 2025 (tỉnh đánh giá)"])
def test_the_provinces_own_score_in_other_words_is_no_pii(column):
    """WRONG: "Năm 2025 (tỉnh chấm)", "… (theo đánh giá của tỉnh)" beside "Năm 2024" stored the province's own 47,1 as
    its PII 2025 — the index is the Ministry's to publish; recall41 set aside "tự đánh giá", "tự chấm" only."""
    got = _pii(column)
    assert taken(got) == PII_2024
    assert "không phải số liệu công bố chính thức" in reasons(got)


@pytest.mark.parametrize("column", ["Năm 2025", "Năm 2025 (Bộ KH&CN công bố)", "PII 2025 (Bộ KH&CN đánh giá)"])
def test_probe_the_published_score_reads_as_before(column):
    assert taken(_pii(column)) == {**PII_2024, (NGHE_AN, "34", "pii_score", "2025", "actual"): 47.1}


# --- 4. a cell's second line opening a statement of its own after a line with a figure ------------------------

REPORT_2024 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"
TWELVE_IN_2024 = {(NGHE_AN, "63", "tasks_accepted", "2024", "actual"): 12}


@pytest.mark.parametrize("cell", ["- Nghiệm thu 12 nhiệm vụ KH&CN năm 2024\nLũy kế: 40",
                                  "- Nghiệm thu 12 nhiệm vụ KH&CN năm 2024\nlũy kế: 40",
                                  "- Nghiệm thu 12 nhiệm vụ KH&CN năm 2024\n6 tháng đầu năm: 5"])
@pytest.mark.parametrize("in_table", [True, False])
def test_a_second_line_to_date_or_of_the_half_is_never_the_years_figure(cell, in_table):
    """WRONG: "- Nghiệm thu 12 nhiệm vụ KH&CN năm 2024\\nLũy kế: 40" in one cell of a table's label column stored the
    40 tasks to date as the tasks accepted in 2024 ("\\n6 tháng đầu năm: 5": the first half's 5 as the year's), the
    12 lost: recall41 split a cell into statements at a line of a year alone only. A line opening with a capital, a
    span of months or a span to date after a line with a figure is a statement of its own: 12 is 2024's."""
    rows = [["STT", "Nội dung"], ["1", cell]] if in_table else [[cell]]
    assert taken(examine(head("Nghệ An", REPORT_2024) + rows, name="report.xlsx")) == TWELVE_IN_2024


@pytest.mark.parametrize("cell, read", [
    ("- Nghiệm thu nhiệm vụ KH&CN\nNăm 2024: 12", TWELVE_IN_2024),                       # no figure on the first line
    ("- Sản phẩm OCOP 4 sao\nđược công nhận: 12", {(NGHE_AN, "63", "ocop_products_4star", "2024", "actual"): 12}),
    ("Sản phẩm OCOP 4 sao được công nhận\ntrong năm: 12", {(NGHE_AN, "63", "ocop_products_4star", "2024", "actual"): 12}),
    ("- Nghiệm thu 12 nhiệm vụ KH&CN năm 2024\nNăm 2023: 10", TWELVE_IN_2024),            # recall41's
    ("- Nghiệm thu 12 nhiệm vụ KH&CN năm 2024\nKế hoạch: 15", TWELVE_IN_2024),            # a plan's line: as before
])
def test_probe_a_wrapped_label_is_still_one_label(cell, read):
    got = examine(head("Nghệ An", REPORT_2024) + [["STT", "Nội dung"], ["1", cell]], name="report.xlsx")
    assert taken(got) == read
