"""This session's "possibly wrong" readings, settled (issue #8, wrong27): each probed with the smallest
realistic report, built with tests/fixtures/reports.py, marked as test data and read by `etl.ingest.examine`
as an upload is. A wrong number's class test asserts what is stored (or that it is not) and, beside it, the
honest neighbours the fix must not touch; a reading found right is pinned."""
from __future__ import annotations

import pytest

from metrics import periods
from tests.fixtures.reports import LABEL_UNIT_HEADER as H, facts, reasons as _reasons, report as _report, taken

HT = "42"   # Hà Tĩnh (unchanged by the 2025 merger)
Y24 = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2024"
Y25 = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2025"
TERM = "Báo cáo tổng kết hoạt động khoa học và công nghệ giai đoạn 2021-2025"
MANAGED = ["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ"]
ACCEPTED = ["2", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ"]
OCOP = ["1", "Sản phẩm OCOP được công nhận", "sản phẩm"]


# --- 1. a single-row label of a part of the province (was right: pinned) ----------------------------------

@pytest.mark.parametrize("label", ["Số nhiệm vụ KH&CN được quản lý tại các huyện miền núi",
                                   "Số nhiệm vụ KH&CN được quản lý tại các xã miền núi",
                                   "Nhiệm vụ KH&CN triển khai tại các huyện nghèo"])
def test_tasks_of_the_mountain_districts_on_one_row_are_no_provinces_tasks(label):
    """"Số nhiệm vụ KH&CN được quản lý tại các huyện miền núi | 9" on one row: the mountain districts'
    share (metrics/abbreviations.toml part_words), set aside with its reason; the tasks accepted beside
    it are read."""
    r = _report([H + ["Năm 2024"], ["1", label, "nhiệm vụ", 9], ACCEPTED + [12]])
    assert taken(r) == {(HT, "63", "tasks_accepted", "2024", "actual"): 12}
    assert "miền núi" in _reasons(r) or "huyện nghèo" in _reasons(r)


def test_probe_the_tasks_managed_without_a_place_are_the_provinces():
    r = _report([H + ["Năm 2024"], MANAGED + [30], ACCEPTED + [12]])
    assert taken(r) == {(HT, "63", "tasks_managed", "2024", "actual"): 30,
                        (HT, "63", "tasks_accepted", "2024", "actual"): 12}


# --- 2. quarters listed in one header (was wrong) -----------------------------------------------------------

@pytest.mark.parametrize("header, title, period", [
    ("Quý I, II năm 2024", Y24, "2024-S1"),
    ("Quý I và Quý II năm 2024", Y24, "2024-S1"),
    ("Quý I, II", Y24, "2024-S1"),
    ("Quý III, IV", Y24, "2024-S2"),
])
def test_quarters_listed_together_are_their_span(header, title, period):
    """"Quý I, II năm 2024" was stored as the year 2024, "Quý I, II" under a 2024 title as its first
    quarter: together the quarters are the first half (metrics/periods.py _named, etl/headers.py
    within_year)."""
    got = taken(_report([H + [header], MANAGED + [30], ACCEPTED + [12]], title))
    assert got == {(HT, "63", "tasks_managed", period, "actual"): 30,
                   (HT, "63", "tasks_accepted", period, "actual"): 12}


@pytest.mark.parametrize("header", ["Quý I, III", "Quý I, III năm 2024", "Quý II, III"])
def test_quarters_with_a_gap_or_no_named_part_are_not_stored(header):
    """"Quý I, III" names no one period: nothing stored for the year nor a quarter."""
    r = _report([H + [header], MANAGED + [30], ACCEPTED + [12]])
    assert not facts(r)


def test_probe_one_quarter_and_quarters_in_their_own_columns_stay_quarters():
    assert taken(_report([H + ["Quý I năm 2024"], MANAGED + [30]])) == \
        {(HT, "63", "tasks_managed", "2024-Q1", "actual"): 30}
    got = taken(_report([H + ["Quý I", "Quý II"], MANAGED + [30, 20]]))
    assert got == {(HT, "63", "tasks_managed", "2024-Q1", "actual"): 30,
                   (HT, "63", "tasks_managed", "2024-Q2", "actual"): 20}


def test_the_period_reader_reads_a_list_of_quarters():
    assert periods.from_text("Quý I, II năm 2024").notation == "2024-S1"
    assert periods.from_text("Quý I, II", 2024).notation == "2024-S1"
    assert periods.from_text("Quý I, II, III năm 2024").notation == "2024-01/2024-09"
    assert periods.from_text("Quý I, III năm 2024") is None
    # probes: one quarter, a quarter and its year after a dash
    assert periods.from_text("Quý III/2024").notation == "2024-Q3"
    assert periods.from_text("Quý I-2024").notation == "2024-Q1"


# --- 3. proposals under "Đề xuất, kiến nghị" (was right: pinned) -------------------------------------------

def test_rows_under_proposals_are_no_actuals():
    """Rows under the heading "Đề xuất, kiến nghị" propose; they are set aside (the heading's "đề xuất"),
    the actuals above read."""
    r = _report([H + ["Năm 2024"], MANAGED + [30], ["III", "Đề xuất, kiến nghị", "", None],
                 ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 20],
                 ["2", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 15]])
    got = taken(r)
    assert (HT, "63", "ocop_products", "2024", "actual") not in got
    assert got[(HT, "63", "tasks_managed", "2024", "actual")] == 30


# --- 4. one type of task beside the other, no heading (was wrong) -------------------------------------------

@pytest.mark.parametrize("topics, projects", [
    ("Đề tài cấp tỉnh được nghiệm thu", "Dự án cấp tỉnh được nghiệm thu"),
    ("Số đề tài cấp tỉnh được nghiệm thu", "Số dự án cấp tỉnh được nghiệm thu"),
    ("Đề tài nghiệm thu", "Dự án nghiệm thu"),
])
def test_topics_beside_projects_are_one_types_share(topics, projects):
    """"Đề tài cấp tỉnh được nghiệm thu | 12" beside "Dự án cấp tỉnh được nghiệm thu | 3": 12 was stored as
    every provincial task accepted. Each row is one type's share (etl/row_labels.py other_type_beside)."""
    r = _report([H + ["Năm 2024"], ["1", topics, "đề tài", 12], ["2", projects, "dự án", 3], ["3", *OCOP[1:], 40]])
    assert taken(r) == {(HT, "63", "ocop_products", "2024", "actual"): 40}
    assert "dự án" in _reasons(r)


def test_probe_topics_alone_or_named_with_projects_are_tasks():
    """Where it must not fire: "Đề tài KH&CN cấp tỉnh được nghiệm thu" with no sibling reads "đề tài" as a
    task ([synonyms]); "Đề tài, dự án cấp tỉnh được nghiệm thu" names both types."""
    for label, value in (("Đề tài KH&CN cấp tỉnh được nghiệm thu", 12), ("Đề tài, dự án cấp tỉnh được nghiệm thu", 15)):
        got = taken(_report([H + ["Năm 2024"], ["1", label, "nhiệm vụ", value], ["2", *OCOP[1:], 40]]))
        assert got[(HT, "63", "tasks_accepted_provincial", "2024", "actual")] == value, label


# --- 5. "từ 4 sao trở lên" (was wrong) ----------------------------------------------------------------------

@pytest.mark.parametrize("label", ["Sản phẩm OCOP từ 4 sao trở lên được công nhận", "Sản phẩm OCOP 4-5 sao",
                                   "Sản phẩm OCOP 4 sao và 5 sao được công nhận", "Sản phẩm OCOP từ 4 sao",
                                   "Sản phẩm OCOP từ 4 sao trở lên còn hiệu lực"])
def test_four_stars_and_above_is_no_star_level(label):
    """"Sản phẩm OCOP từ 4 sao trở lên được công nhận | 12" (4 and 5 stars) was stored as the 4-star products,
    "4-5 sao" and "4 sao và 5 sao" as the 5-star ones: no one level (metrics/abbreviations.toml "4 sao trở
    lên", indicators.toml exclude)."""
    r = _report([H + ["Năm 2024"], OCOP + [40], ["2", label, "sản phẩm", 12]])
    assert taken(r) == {(HT, "63", "ocop_products", "2024", "actual"): 40}


def test_probe_each_star_level_stays_its_own():
    for label, code, period in (("Sản phẩm OCOP 4 sao", "ocop_products_4star", "2024"),
                                ("Sản phẩm đạt 4 sao", "ocop_products_4star", "2024"),
                                ("Sản phẩm OCOP 5 sao", "ocop_products_5star", "2024"),
                                ("Sản phẩm OCOP 4 sao còn hiệu lực", "ocop_products_4star_total", "2024-12-31"),
                                ("Sản phẩm OCOP 5 sao còn hiệu lực", "ocop_products_5star_total", "2024-12-31")):
        got = taken(_report([H + ["Năm 2024"], OCOP + [40], ["2", label, "sản phẩm", 2]]))
        assert got[(HT, "63", code, period, "actual")] == 2, label


# --- 6. certification marks for OCOP products (was right: pinned) -------------------------------------------

def test_certification_marks_for_ocop_products_in_a_year_are_the_marks_of_the_year():
    """"Trong đó: nhãn hiệu chứng nhận cho sản phẩm OCOP | 5" in a year column: ocop_trademarks counts the
    marks whose protection was carried out in the period, granted or not (its definition): 5 in 2024."""
    got = taken(_report([H + ["Năm 2024"], OCOP + [40],
                         ["", "Trong đó: nhãn hiệu chứng nhận cho sản phẩm OCOP", "nhãn hiệu", 5]]))
    assert got == {(HT, "63", "ocop_products", "2024", "actual"): 40,
                   (HT, "63", "ocop_trademarks", "2024", "actual"): 5}


def test_probe_collective_marks_are_no_ocop_certification_marks():
    got = taken(_report([H + ["Năm 2024"], OCOP + [40],
                         ["2", "Nhãn hiệu tập thể cho sản phẩm OCOP", "nhãn hiệu", 5]]))
    assert not any(k[2] == "ocop_trademarks" for k in got)


# --- 7. a count to a date in a term report (was wrong) ------------------------------------------------------

S_TERM_TASKS = "Giai đoạn 2021–2025, toàn tỉnh đã triển khai 246 nhiệm vụ KH&CN các cấp."
S_INITIATIVES = "Tính đến 30/11/2025, toàn tỉnh có 60 sáng kiến được công nhận."


def test_a_count_to_a_date_in_a_term_report_is_not_the_years_part():
    """"Tính đến 30/11/2025, toàn tỉnh có 60 sáng kiến được công nhận" in a report on 2021–2025 states no
    start: it was stored as January–November 2025 (it may be the term's count). Not stored; the term's 246
    tasks beside it are (etl/sentences.py _period, metrics/periods.py cutoff_alone)."""
    got = taken(_report([[S_TERM_TASKS], [S_INITIATIVES]], TERM))
    assert got == {(HT, "34", "tasks_managed", "2021/2025", "actual"): 246}


def test_probe_a_count_to_a_date_in_a_years_report_is_the_year_to_date():
    """Where it must not fire: the same sentence in the report on 2025 is January–November 2025; a start
    the sentence states ("Lũy kế từ năm 2021") is read."""
    got = taken(_report([[S_INITIATIVES]], Y25))
    assert got == {(HT, "34", "initiatives_recognized", "2025-01/2025-11", "actual"): 60}
    assert not periods.cutoff_alone("Từ 01/01/2025 đến 30/11/2025 công nhận 60 sáng kiến")
    assert not periods.cutoff_alone("Năm 2025, tính đến 30/11/2025 công nhận 60 sáng kiến")
    assert periods.cutoff_alone(S_INITIATIVES)


# --- 9. a budget figure no province spends (was wrong) ------------------------------------------------------

def test_a_budget_in_tens_of_thousands_of_billions_is_refused_naming_its_cell():
    """"45.600" in a tỷ đồng row was stored as 45,600 tỷ (about the country's state S&T spending in a year):
    above st_budget's declared max (20,000 tỷ: the largest honest figure known is 7,167 tỷ, Hà Nội's
    2021–2025 sum) the file is refused, the cell and value named, nothing written."""
    r = _report([H + ["Năm 2024"], ["1", "Chi ngân sách nhà nước cho KH&CN", "tỷ đồng", "45.600"], ACCEPTED + [12]])
    assert not r.accepted
    assert any("45.600" in p.message_vi and "D7" in p.message_vi for p in r.problems), r.problems


def test_probe_an_honest_budget_is_taken():
    for text, value in (("45,6", 45.6), ("7.167,3", 7167.3)):
        got = taken(_report([H + ["Năm 2024"], ["1", "Chi ngân sách nhà nước cho KH&CN", "tỷ đồng", text]]))
        assert got == {(HT, "63", "st_budget", "2024", "actual"): value}, text
