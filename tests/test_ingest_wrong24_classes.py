"""Possible wrong numbers nobody had checked (issue #8, wrong24): a figure of a part, a level below
the province, another period, an estimate or a forecast stored as the whole, the province's or the
period's own. Each class is probed with the smallest realistic report, built here, marked as test
data and read by `etl.ingest.examine` as an upload is; each test asserts what is stored (or that it
is not), and a probe beside it that the honest neighbouring case is still taken. The cases found
right are guarded here too."""
from __future__ import annotations

from tests.fixtures.reports import (LABEL_UNIT_HEADER as H, OCOP_ROW, TASKS_ACCEPTED_ROW, examine, facts, head,
                                    reasons as _reasons, taken)

HT = "42"   # Hà Tĩnh (merged with no province in 2025: the same code in both frames)
INITIATIVES = ["2", "Sáng kiến được công nhận", "sáng kiến"]
TEXT_HEADER = ["TT", "Nội dung", "Kết quả"]


def _report(title: str, rows: list[list], name: str = "hatinh.xlsx", province: str = "Hà Tĩnh"):
    return examine(head(province, title) + rows, name=name)


def _statuses(result) -> dict:
    f = result.facts
    return {(i, p): (m, s) for i, p, m, s in zip(f.indicator, f.period, f.measure, f.status)}


# --- 1. "Ước thực hiện cả năm 2026" in a report on the first quarter (was right) ------------------------

def test_a_full_year_estimate_in_a_quarters_report_is_the_years_estimate_not_its_actual():
    """"Thực hiện quý I/2026 | Ước thực hiện cả năm 2026": 24 is the year's estimate (status
    "estimated", shown so on the coverage page), never a reported actual of 2026; the quarter's 5 is
    the quarter's."""
    r = _report("Báo cáo kết quả hoạt động khoa học và công nghệ quý I năm 2026", [
        H + ["Thực hiện quý I/2026", "Ước thực hiện cả năm 2026"], TASKS_ACCEPTED_ROW + [5, 24]])
    got = taken(r)
    assert got == {(HT, "34", "tasks_accepted", "2026-Q1", "actual"): 5,
                   (HT, "34", "tasks_accepted", "2026", "actual"): 24}
    assert _statuses(r)[("tasks_accepted", "2026")] == ("actual", "estimated")
    assert _statuses(r)[("tasks_accepted", "2026-Q1")] == ("actual", "reported")


# --- 2. OCOP "Lũy kế" beside the year's column (was right) ------------------------------------------

def test_an_ocop_running_total_is_the_stock_at_the_periods_end_never_the_years_products():
    """"Năm 2024 | Lũy kế" on "Sản phẩm OCOP được công nhận": 42 are the year's products, 380 the
    count at 31/12/2024 (README "Periods": a stock at the period's end) — never a second value of
    2024's products recognized."""
    got = taken(_report("Báo cáo kết quả thực hiện Chương trình OCOP năm 2024", [
        H + ["Năm 2024", "Lũy kế"], OCOP_ROW + [42, 380]]))
    assert got == {(HT, "63", "ocop_products", "2024", "actual"): 42,
                   (HT, "63", "ocop_products_total", "2024-12-31", "actual"): 380}


# --- 7. a bare heir province beside "(cũ)" rows in a first half of 2025 (was right) --------------------

def test_a_bare_heir_province_before_the_merger_is_the_old_province():
    """"Khánh Hòa | Ninh Thuận (cũ)" in the first half of 2025 (before 1 July): the bare "Khánh Hòa"
    is the old Khánh Hòa (56, frame 63), never the merged one."""
    got = taken(_report("Báo cáo kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm 2025", [
        ["TT", "Tỉnh", "Nhiệm vụ KH&CN được nghiệm thu", "Sáng kiến được công nhận"],
        ["1", "Khánh Hòa", 8, 30], ["2", "Ninh Thuận (cũ)", 5, 12]], province="Khánh Hòa", name="kh.xlsx"))
    assert got == {("56", "63", "tasks_accepted", "2025-S1", "actual"): 8,
                   ("56", "63", "initiatives_recognized", "2025-S1", "actual"): 30,
                   ("58", "63", "tasks_accepted", "2025-S1", "actual"): 5,
                   ("58", "63", "initiatives_recognized", "2025-S1", "actual"): 12}


# --- 8. a later clause naming another province (was right: nothing of it stored) ------------------------

def test_another_province_in_a_later_clause_stores_nothing_as_the_reports():
    """"…, trong khi tỉnh Bình Thuận đạt 45" in Ninh Thuận's report: neither 45 nor the clause
    before it is stored as Ninh Thuận's (the province's own figure is lost with it: a recall miss,
    not a wrong number)."""
    for lab, text in (("Sản phẩm OCOP được công nhận", "25 sản phẩm, trong khi tỉnh Bình Thuận đạt 45"),
                      ("Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến", "Đạt 38,5%, trong khi tỉnh Bình Thuận đạt 45%"),
                      ("Chương trình OCOP", "Năm 2024 công nhận 25 sản phẩm OCOP, trong khi tỉnh Bình Thuận đạt 45")):
        r = _report("Báo cáo kết quả hoạt động khoa học và công nghệ năm 2024", [TEXT_HEADER, ["1", lab, text]],
                    province="Ninh Thuận", name="nt.xlsx")
        assert 45 not in facts(r).values(), text


# --- 6. "Ước tháng 6" (an estimate for June), a month named without its year (was wrong) ---------------

def test_an_estimate_for_a_month_is_that_month_never_the_reports_period():
    """"Thực hiện tháng 5 | Ước tháng 6" in the report on May 2024: "Ước tháng 6" was read as May's
    (the honest file refused, two values for May); in a report on the year 2024, "Tháng 5 | Ước
    tháng 6 | 6 tháng" stored June's estimate as the year's (etl/headers.py _ONE_MONTH after a
    measure's word)."""
    got = taken(_report("Báo cáo kết quả hoạt động khoa học và công nghệ năm 2024", [
        H + ["Tháng 5", "Ước tháng 6", "6 tháng"], INITIATIVES + [4, 6, 25]]))
    assert got == {(HT, "63", "initiatives_recognized", "2024-05", "actual"): 4,
                   (HT, "63", "initiatives_recognized", "2024-06", "actual"): 6,
                   (HT, "63", "initiatives_recognized", "2024-S1", "actual"): 25}


def test_an_estimate_for_a_month_after_the_reports_is_a_forecast():
    """"Ước tháng 6" in the report on May 2024 is a forecast for a month not yet over: not stored (as
    a year after the report's is not: etl/walk.py, a period after the report's own); May's 4 is."""
    r = _report("Báo cáo kết quả hoạt động khoa học và công nghệ tháng 5 năm 2024", [
        H + ["Thực hiện tháng 5", "Ước tháng 6"], INITIATIVES + [4, 6]])
    assert taken(r) == {(HT, "63", "initiatives_recognized", "2024-05", "actual"): 4}
    assert "dự báo" in _reasons(r)


# --- 5. the communes' rate: "Tỷ lệ hồ sơ TTHC cấp xã … 60,2%" (was wrong) -----------------------------

RATE_TITLE = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2025"


def test_the_communes_online_dossier_rate_is_not_the_provinces():
    """"Tỷ lệ hồ sơ TTHC cấp xã giải quyết trực tuyến đạt 60,2%" (a sentence) and "Tỷ lệ hồ sơ TTHC
    cấp xã được tiếp nhận trực tuyến | 60,2" (a table row): a level below the province, stored as
    the province's rate (etl/prose.py `_label`, metrics/abbreviations.toml level_part_words;
    metrics/indicators.toml online_dossier_rate and tthc_level4_rate exclude)."""
    r = _report(RATE_TITLE, [TEXT_HEADER, ["1", "Cải cách hành chính",
                                           "Tỷ lệ hồ sơ TTHC cấp xã giải quyết trực tuyến đạt 60,2%"]])
    assert facts(r) == {}
    r = _report(RATE_TITLE, [H + ["Năm 2025"], ["1", "Tỷ lệ hồ sơ TTHC cấp xã được tiếp nhận trực tuyến", "%", 60.2]])
    assert facts(r) == {}
    r = _report(RATE_TITLE, [H + ["Năm 2025"], ["1", "Tỷ lệ TTHC cấp xã cung cấp dịch vụ công trực tuyến mức độ 4",
                                                "%", 70.5]])
    assert facts(r) == {}


def test_probe_the_provinces_rate_beside_the_communes_is_still_taken():
    """Where it must not fire: the province's own rate first, the communes' after "trong đó"."""
    got = taken(_report(RATE_TITLE, [TEXT_HEADER, ["1", "Cải cách hành chính",
                                                   "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến đạt 88,4%; trong đó "
                                                   "cấp xã đạt 60,2%"]]))
    assert got == {(HT, "34", "online_dossier_rate", "2025", "actual"): 88.4}
    got = taken(_report(RATE_TITLE, [H + ["Năm 2025"], ["1", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "%", 88.4]]))
    assert got == {(HT, "34", "online_dossier_rate", "2025", "actual"): 88.4}


# --- 4. the capital part of the S&T budget: "Chi đầu tư phát triển: 14,7 tỷ đồng" (was wrong) ---------

BUDGET_TITLE = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2024"


def test_the_budgets_capital_part_is_not_the_whole_budget():
    """"Chi đầu tư phát triển: 14,7 tỷ đồng" (the capital part; the rest is "chi sự nghiệp") typed as
    a sentence — under "Kinh phí KH&CN", under "Chi ngân sách nhà nước cho KH&CN", alone in a cell,
    or in a clause — was stored as the province's whole S&T budget (etl/prose.py, a sum of money's
    label; metrics/abbreviations.toml budget_part_words); a table row "Chi ngân sách đầu tư phát
    triển cho KH&CN" is no whole either (metrics/indicators.toml st_budget exclude)."""
    for label, text in (("Kinh phí KH&CN", "Chi đầu tư phát triển: 14,7 tỷ đồng"),
                        ("Chi ngân sách nhà nước cho KH&CN", "Chi đầu tư phát triển: 14,7 tỷ đồng"),
                        ("Chi đầu tư phát triển cho KH&CN: 14,7 tỷ đồng", None),
                        ("Ngân sách KH&CN", "Năm 2024, chi đầu tư phát triển cho KH&CN đạt 14,7 tỷ đồng")):
        r = _report(BUDGET_TITLE, [TEXT_HEADER, ["1", label, text]])
        assert "st_budget" not in {k[2] for k in facts(r)}, (label, text)
    r = _report(BUDGET_TITLE, [H + ["Năm 2024"], ["1", "Chi ngân sách đầu tư phát triển cho KH&CN", "tỷ đồng", 14.7],
                               ["2", "Chi ngân sách nhà nước cho KH&CN", "tỷ đồng", 52.3]])
    assert taken(r) == {(HT, "63", "st_budget", "2024", "actual"): 52.3}


def test_probe_the_whole_budget_before_its_part_is_still_taken():
    """Where it must not fire: "Tổng chi ngân sách nhà nước cho KH&CN năm 2024 là 52,3 tỷ đồng; chi
    đầu tư phát triển cho KH&CN 14,7 tỷ đồng" — the whole, 52,3, is the budget."""
    got = taken(_report(BUDGET_TITLE, [TEXT_HEADER, ["1", "Ngân sách", "Tổng chi ngân sách nhà nước cho KH&CN năm "
                                                     "2024 là 52,3 tỷ đồng; chi đầu tư phát triển cho KH&CN 14,7 tỷ đồng"]]))
    assert got == {(HT, "63", "st_budget", "2024", "actual"): 52.3}


# --- 3. a caption above the table's own header: "Chuyển tiếp từ năm 2024" (was wrong) ----------------

def _under_caption(caption: str, rows: list[list]):
    return _report("Báo cáo kết quả hoạt động khoa học và công nghệ năm 2025",
                   [[caption], H + ["Năm 2025"], *rows], name="hatinh_2025.xlsx")


def test_rows_under_a_carried_over_caption_are_no_whole():
    """"Chuyển tiếp từ năm 2024" right above the (first) table's header: its "Nhiệm vụ KH&CN được
    quản lý | 12" counts only the tasks carried over — it was stored as all the tasks managed in
    2025 (and 7 as all the tasks accepted). Set aside, the caption named (etl/walk.py
    _stage_caption, _caption_stage; metrics/header_words.toml heading_stage_words — review22b)."""
    rows = [["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 12], TASKS_ACCEPTED_ROW + [7]]
    for caption in ("Chuyển tiếp từ năm 2024", "Nhiệm vụ chuyển tiếp từ năm 2024 sang"):
        r = _under_caption(caption, rows)
        assert facts(r) == {}, caption
        assert caption in _reasons(r), caption


def test_probe_a_plain_caption_above_the_header_still_reads_its_rows():
    """Where it must not fire: "Kết quả thực hiện nhiệm vụ KH&CN" above the header."""
    got = taken(_under_caption("Kết quả thực hiện nhiệm vụ KH&CN",
                               [["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 12], TASKS_ACCEPTED_ROW + [7]]))
    assert got == {(HT, "34", "tasks_managed", "2025", "actual"): 12,
                   (HT, "34", "tasks_accepted", "2025", "actual"): 7}


# --- 6b. a part of the year named in a sentence without its year (was wrong) ----------------------------

def test_a_part_of_the_year_named_in_a_sentence_without_its_year_is_that_part():
    """"Tháng 6 công nhận 6 sáng kiến", "Quý II …", "6 tháng đầu năm …", "Ước 6 tháng …" typed in a
    report on 2024: each figure was stored as the whole year's; it is the part of the report's year
    the sentence names (etl/sentences.py _yearless_part_period). "Ước cả năm" in a report on the
    first half was stored as the half's: not stored (the year ends after the report's period)."""
    title = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2024"
    for text, period in (("Ước tháng 6 công nhận 6 sáng kiến", "2024-06"),
                         ("Trong tháng 6, công nhận 6 sáng kiến", "2024-06"),
                         ("Quý II công nhận 9 sáng kiến", "2024-Q2"),
                         ("6 tháng đầu năm công nhận 16 sáng kiến", "2024-S1"),
                         ("Ước 6 tháng công nhận 16 sáng kiến", "2024-S1")):
        got = taken(_report(title, [TEXT_HEADER, ["1", "Sáng kiến", text]]))
        assert [(k[3], k[2]) for k in got] == [(period, "initiatives_recognized")], text
    r = _report("Báo cáo kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm 2024",
                [TEXT_HEADER, ["1", "Sáng kiến", "Ước cả năm công nhận 30 sáng kiến"]])
    assert facts(r) == {}
    # an estimate typed so ("Ước …") is stored as an estimate, as under an "Ước thực hiện" column
    r = _report(title, [TEXT_HEADER, ["1", "Sáng kiến", "Ước cả năm công nhận 30 sáng kiến"]])
    assert _statuses(r) == {("initiatives_recognized", "2024"): ("actual", "estimated")}
    r = _report(title, [TEXT_HEADER, ["1", "Sáng kiến", "Công nhận 30 sáng kiến"]])
    assert _statuses(r) == {("initiatives_recognized", "2024"): ("actual", "reported")}


def test_probe_a_sentence_naming_the_reports_own_part_or_none_keeps_the_reports_period():
    """Where it must not fire: "6 tháng đầu năm công nhận 16 sáng kiến" in the report on the first
    half, and a sentence naming no period, are the report's period's."""
    got = taken(_report("Báo cáo kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm 2024",
                        [TEXT_HEADER, ["1", "Sáng kiến", "6 tháng đầu năm công nhận 16 sáng kiến"]]))
    assert got == {(HT, "63", "initiatives_recognized", "2024-S1", "actual"): 16}
    got = taken(_report("Báo cáo kết quả hoạt động khoa học và công nghệ năm 2024",
                        [TEXT_HEADER, ["1", "Sáng kiến", "Công nhận 30 sáng kiến"]]))
    assert got == {(HT, "63", "initiatives_recognized", "2024", "actual"): 30}
