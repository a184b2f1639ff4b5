"""wrong38 (issue #8, precision first): wrong numbers found and left last session — task stages and periods; each
class with the smallest realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is),
and beside it the honest neighbours that must read as before."""
from __future__ import annotations

import pytest

from etl import labels
from tests.fixtures.reports import examine, facts, head, reasons, table, taken

NGHE_AN, TIEN_GIANG = "40", "82"


def _row(label: str, title: str = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"):
    return table(["1", label, "nhiệm vụ", 12], title=title)


# --- 1. a stage of the tasks that is not the one its words look like ----------------------------------------------

@pytest.mark.parametrize("label", ["Số nhiệm vụ đã tiến hành kiểm tra", "Số nhiệm vụ KH&CN được kiểm tra",
                                   "Số nhiệm vụ đã thực hiện kiểm tra", "Số nhiệm vụ KH&CN được thanh tra"])
def test_tasks_inspected_are_no_tasks_managed(label):
    """WRONG: "Số nhiệm vụ đã tiến hành kiểm tra | 12" (the tasks INSPECTED; "tiến hành" reads "thực hiện") was
    stored as 12 tasks managed: an inspection covers some of them, never the whole."""
    assert not facts(_row(label)), label


@pytest.mark.parametrize("label", ["Số nhiệm vụ đang tiến hành nghiệm thu", "Nhiệm vụ KH&CN đang nghiệm thu",
                                   "Nhiệm vụ đang tổ chức nghiệm thu", "Nhiệm vụ đang làm thủ tục nghiệm thu"])
def test_acceptance_under_way_is_no_task_accepted(label):
    """WRONG: "Số nhiệm vụ đang tiến hành nghiệm thu | 12" (acceptance under way, not done; "đang" is a stopword)
    was stored as 12 tasks accepted."""
    assert not facts(_row(label)), label


@pytest.mark.parametrize("label, code", [("Nhiệm vụ KH&CN được nghiệm thu", "tasks_accepted"),
                                         ("Số nhiệm vụ đã tiến hành nghiệm thu", "tasks_accepted"),
                                         ("Số nhiệm vụ KH&CN đang tiến hành trong năm", "tasks_managed"),
                                         ("Số nhiệm vụ đang thực hiện", "tasks_managed"),
                                         ("Số nhiệm vụ tiến hành triển khai", "tasks_managed")])
def test_probe_tasks_run_and_accepted_still_read(label, code):
    assert taken(_row(label)) == {(NGHE_AN, "63", code, "2024", "actual"): 12}, label


_TWO_STAGES = "NHIỆM VỤ KH&CN ĐƯỢC PHÊ DUYỆT VÀ NGHIỆM THU"


def _years(title: str, header: str = "Số nhiệm vụ KH&CN"):
    return examine(head("Tiền Giang", title) + [["STT", "Năm", header], ["1", "Năm 2022", 10], ["2", "Năm 2023", 12],
                                                ["3", "Năm 2024", 14]])


@pytest.mark.parametrize("title", [f"{_TWO_STAGES} GIAI ĐOẠN 2022-2024", "NHIỆM VỤ ĐƯỢC PHÊ DUYỆT VÀ NGHIỆM THU",
                                   "NHIỆM VỤ KH&CN CẤP TỈNH ĐƯỢC PHÊ DUYỆT VÀ NGHIỆM THU GIAI ĐOẠN 2022-2024",
                                   "NHIỆM VỤ KH&CN ĐƯỢC PHÊ DUYỆT, NGHIỆM THU GIAI ĐOẠN 2022-2024"])
@pytest.mark.parametrize("header", ["Số nhiệm vụ KH&CN", "Số nhiệm vụ"])
def test_a_title_of_two_stages_names_no_one_stage(title, header):
    """WRONG: "Năm | Số nhiệm vụ" under "NHIỆM VỤ ĐƯỢC PHÊ DUYỆT VÀ NGHIỆM THU" stored each year's 10, 12, 14 as
    the tasks accepted: the title names two stages at once (approved, then accepted) — no one of them."""
    assert not any(k[2].startswith("tasks_") for k in facts(_years(title, header))), (title, header)


def test_a_title_of_two_stages_names_no_one_stage_for_a_row():
    got = table(["1", "Số nhiệm vụ KH&CN", "nhiệm vụ", 10], title=f"{_TWO_STAGES} NĂM 2024")
    assert not facts(got)


@pytest.mark.parametrize("title, code", [("NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU GIAI ĐOẠN 2022-2024", "tasks_accepted"),
                                         ("NHIỆM VỤ KH&CN CẤP TỈNH ĐƯỢC NGHIỆM THU GIAI ĐOẠN 2022-2024",
                                          "tasks_accepted_provincial")])
def test_probe_a_title_of_one_stage_still_gives_its_stage(title, code):
    assert taken(_years(title)) == {(TIEN_GIANG, "63", code, y, "actual"): v
                                    for y, v in (("2022", 10), ("2023", 12), ("2024", 14))}


def test_probe_the_acceptances_result_approved_is_still_accepted():
    assert labels.match_label("Nhiệm vụ KH&CN được nghiệm thu").indicator == "tasks_accepted"
    assert labels.match_label("Nhiệm vụ được phê duyệt và nghiệm thu").indicator is None


# --- 2. a bare task count read with a title naming one stage -------------------------------------------------------

def _levels(title: str):
    return examine(head("Tiền Giang", title) + [["TT", "Cấp nhiệm vụ", "Số nhiệm vụ", "Kinh phí"],
                                                ["", "Tổng cộng", 10, 500], ["1", "Cấp tỉnh", 6, 300],
                                                ["2", "Cấp cơ sở", 4, 200]])


def _tg(year: str = "2024", **values) -> dict:
    return {(TIEN_GIANG, "63", code, year, "actual"): v for code, v in values.items()}


def test_a_bare_task_count_under_a_title_of_tasks_accepted_is_the_tasks_accepted():
    """WRONG: "Cấp nhiệm vụ | Số nhiệm vụ | Kinh phí" under "NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU NĂM 2024" stored its
    "Tổng cộng | 10" as every task managed and the levels' 6 and 4 as theirs (labels.match_in_context's default
    for a bare task count): the title's stage wins."""
    got = facts(_levels("NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU NĂM 2024"))
    assert got == _tg(tasks_accepted=10, tasks_accepted_provincial=6), got


@pytest.mark.parametrize("title", [f"{_TWO_STAGES} NĂM 2024", "NHIỆM VỤ KH&CN CHUYỂN TIẾP NĂM 2024",
                                   "NHIỆM VỤ KH&CN CẤP TỈNH ĐƯỢC NGHIỆM THU NĂM 2024"])
def test_a_bare_task_count_under_another_stage_is_never_the_tasks_managed(title):
    assert not any(k[2].startswith("tasks_managed") for k in facts(_levels(title))), title


@pytest.mark.parametrize("title", ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024",
                                   "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KH&CN ĐỔI MỚI SÁNG TẠO NĂM 2024"])
def test_probe_a_bare_task_count_under_a_title_naming_no_stage_is_still_the_tasks_managed(title):
    assert taken(_levels(title)) == _tg(tasks_managed=10, tasks_managed_provincial=6, tasks_managed_grassroots=4)


@pytest.mark.parametrize("title, code", [("NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU NĂM 2024", "tasks_accepted"),
                                         ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024", "tasks_managed"),
                                         ("NHIỆM VỤ KH&CN MỚI VÀ CHUYỂN TIẾP NĂM 2024", None),
                                         (f"{_TWO_STAGES} NĂM 2024", None)])
def test_match_in_context_gives_the_titles_stage(title, code):
    m = labels.match_in_context("Số nhiệm vụ", title, short=True)
    assert (m.indicator if m is not None else None) == code, title


# --- 3. a "Cùng kỳ" column naming the month its span ends ---------------------------------------------------------

_OCOP = ["1", "Sản phẩm OCOP được công nhận", "sản phẩm"]


def _same(title: str, columns: tuple, values: list) -> dict:
    r = table(_OCOP + values, title=title, columns=columns, name="report.xlsx")
    return {k[3]: v for k, v in taken(r).items()}


@pytest.mark.parametrize("same", ["Cùng kỳ năm 2025 (tháng 9)", "Cùng kỳ (T9/2025)", "CK 2025",
                                  "Cùng kỳ năm 2025 (Tháng 9/2025)"])
@pytest.mark.parametrize("first", [True, False])
def test_the_same_span_to_a_month_is_the_reports_span_a_year_before(same, first):
    """WRONG: "Cùng kỳ năm 2025 (tháng 9)" (or "Cùng kỳ (T9/2025)") beside "9 tháng năm 2026" stored its 11 OCOP
    products as September 2025's, "CK 2025" as the whole year 2025's: the same span, the nine months of 2025."""
    cols = (same, "9 tháng năm 2026") if first else ("9 tháng năm 2026", same)
    got = _same("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 9 THÁNG NĂM 2026", cols, [11, 15] if first else [15, 11])
    assert got == {"2025-01/2025-09": 11, "2026-01/2026-09": 15}, (same, got)


@pytest.mark.parametrize("title, own, period", [
    ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 6 THÁNG ĐẦU NĂM 2026", "6 tháng đầu năm 2026", "2026-S1"),
    ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2026", "Năm 2026", "2026")])
def test_the_same_span_to_a_month_beside_a_span_ending_elsewhere_is_set_aside(title, own, period):
    """"Cùng kỳ năm 2025 (tháng 9)" beside the first half or the whole year: stored as September 2025 before; the
    same span ends in June or December, its note says September — no one can tell."""
    r = table(_OCOP + [11, 15], title=title, columns=("Cùng kỳ năm 2025 (tháng 9)", own), name="report.xlsx")
    assert [k[3] for k in taken(r)] == [period], facts(r)
    assert "cùng kỳ đến tháng 9/2025" in reasons(r)


def test_the_same_span_to_a_month_beside_the_month_and_the_year_to_date_is_set_aside():
    """Beside "Thực hiện tháng 10/2025 | Lũy kế từ đầu năm" "Cùng kỳ năm 2024 (tháng 10)" is the same October or
    the same ten months (stored as October 2024 before): unread."""
    got = _same("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN THÁNG 10 NĂM 2025",
                ("Cùng kỳ năm 2024 (tháng 10)", "Thực hiện tháng 10/2025", "Lũy kế từ đầu năm"), [3, 4, 30])
    assert got == {"2025-10": 4, "2025-01/2025-10": 30}, got


@pytest.mark.parametrize("title, own, same, period", [
    ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN THÁNG 9 NĂM 2026", "Tháng 9/2026", "Cùng kỳ (T9/2025)", "2025-09"),
    ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN QUÝ III NĂM 2026", "Quý III/2026", "Cùng kỳ (T9/2025)", "2025-Q3"),
    ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 9 THÁNG NĂM 2026", "9 tháng năm 2026", "Cùng kỳ năm 2025", "2025-01/2025-09"),
    ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 9 THÁNG NĂM 2026", "9 tháng năm 2026", "Cùng kỳ năm trước", "2025-01/2025-09"),
    ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 9 THÁNG NĂM 2026", "9 tháng năm 2026", "Cùng kỳ năm 2025 (9 tháng)",
     "2025-01/2025-09")])
def test_probe_the_same_span_ending_where_its_note_says_is_read(title, own, same, period):
    got = _same(title, (same, own), [11, 15])
    assert got[period] == 11 and len(got) == 2, got


# --- 4. a yearless range of quarters under a title naming its year -------------------------------------------------

def _quarters(*columns: str, values: tuple = (11,)):
    return table(_OCOP + list(values), title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024", columns=columns,
                 name="report.xlsx")


@pytest.mark.parametrize("header", ["Q1-Q3", "Q1 - Q3", "Q1–Q3", "Q1-3", "Quý I-III", "Quý I - III"])
def test_a_yearless_range_of_quarters_is_never_one_quarter(header):
    """WRONG: "Q1-Q3" (its dash folded away: "q1 q3") under "… NĂM 2024" stored its 11 products as the first
    quarter of 2024's — the nine months (recall37: its dash kept before folding, metrics/periods.py
    quarter_dash_as_words)."""
    got = facts(_quarters(header, "Năm 2023", values=(11, 20)))
    assert got == {(NGHE_AN, "63", "ocop_products", "2023", "actual"): 20,
                   (NGHE_AN, "63", "ocop_products", "2024-01/2024-09", "actual"): 11}, (header, got)


@pytest.mark.parametrize("header, period", [("Q1", "2024-Q1"), ("Quý III", "2024-Q3"), ("Q1-Q2", "2024-S1"),
                                            ("Quý I, II, III", "2024-01/2024-09"), ("Q1-Q3/2024", "2024-01/2024-09"),
                                            ("Quý I đến quý III", "2024-01/2024-09")])
def test_probe_quarters_named_otherwise_still_read(header, period):
    assert taken(_quarters(header)) == {(NGHE_AN, "63", "ocop_products", period, "actual"): 11}, header


# --- 5. a plan, the first half and the year's estimate side by side (not wrong on combo35: pinned) ----------------

@pytest.mark.parametrize("estimate", ["Ước cả năm", "Ước thực hiện cả năm", "Ước TH năm 2025"])
@pytest.mark.parametrize("title", ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025",
                                   "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 6 THÁNG ĐẦU NĂM 2025"])
def test_probe_the_years_estimate_is_never_stored_as_reported(estimate, title):
    """"Kế hoạch năm 2025 | Thực hiện 6 tháng | Ước cả năm": the plan a plan, "Thực hiện 6 tháng" (no year) the
    first half of the title's 2025, the estimate the year's ESTIMATED figure — never a reported actual."""
    r = table(_OCOP + [40, 18, 38], title=title, columns=("Kế hoạch năm 2025", "Thực hiện 6 tháng", estimate),
              name="report.xlsx")
    f = r.facts
    got = {(p, m, st): v for p, m, st, v in zip(f.period, f.measure, f.status, f.value)}
    assert got == {("2025", "plan", "reported"): 40, ("2025-S1", "actual", "reported"): 18,
                   ("2025", "actual", "estimated"): 38}, got
