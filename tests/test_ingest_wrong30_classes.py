"""Wrong numbers this session's reviewers found and left (issue #8: precision must stay 1.00): reports a
provincial office could send where a figure was stored as another. Each class: the report that stored a
wrong number, then probes of the honest neighbours that must stay as they are. Each report is built here,
marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import LABEL_UNIT_HEADER as H, examine, facts, head, reasons, taken

NGHE_AN = "40"
YEAR_2024 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024"


def _row(label: str, unit: str, value, header: str = "Năm 2024"):
    """Nghệ An's report on 2024 with one row of one figure under `header`."""
    return examine(head("Nghệ An", YEAR_2024) + [H + [header], ["1", label, unit, value]])


# --- 1. the S&T budget's part named by its holder or source at the label's end -----------------------------

@pytest.mark.parametrize("label", ["Chi ngân sách nhà nước cho KH&CN của Sở",
                                   "Chi ngân sách nhà nước cho KH&CN của Sở KH&CN",
                                   "Chi ngân sách nhà nước cho KH&CN từ ngân sách trung ương",
                                   "Chi ngân sách nhà nước cho KH&CN của các huyện",
                                   "Chi ngân sách nhà nước cho KH&CN ngân sách tỉnh",
                                   "Chi NSNN cho KH&CN (ngân sách tỉnh)"])
def test_the_budget_of_a_holder_or_a_source_is_not_the_provinces_whole(label):
    """"Chi ngân sách nhà nước cho KH&CN của Sở | 45" under "Năm 2024" — the department's own spending
    (or the centre's transfers, the districts' share) — was stored as Nghệ An's whole S&T budget of 2024."""
    r = _row(label, "tỷ đồng", 45)
    assert not any(k[2] == "st_budget" for k in facts(r)), (label, facts(r))
    assert label in reasons(r)


@pytest.mark.parametrize("label", ["Chi NSNN cho KH&CN", "Chi ngân sách nhà nước cho KH&CN của tỉnh",
                                   "Tổng kinh phí sự nghiệp và đầu tư phát triển KH&CN",
                                   "Chi NSNN cho KH&CN (tỷ đồng)"])
def test_probe_the_provinces_whole_budget_stays_read(label):
    assert taken(_row(label, "tỷ đồng", 45)) == {(NGHE_AN, "63", "st_budget", "2024", "actual"): 45.0}


# --- 2. a plan title's tables are plans, indicator columns too --------------------------------------------

OCOP_PLAN_2025 = "KẾ HOẠCH PHÁT TRIỂN SẢN PHẨM OCOP NĂM 2025"
OCOP_RESULTS_2025 = "BÁO CÁO KẾT QUẢ PHÁT TRIỂN SẢN PHẨM OCOP NĂM 2025"


def _groups(title: str, column: str):
    return examine(head("Nghệ An", title) + [["STT", column, "Sản phẩm OCOP được công nhận"], ["1", "Thực phẩm", 20],
                                             ["2", "Đồ uống", 5], ["", "Tổng cộng", 25]])


def _provinces(title: str):
    from tests.fixtures.reports import MARK
    return examine([["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"], [MARK], [title], [],
                    ["STT", "Tỉnh", "Sản phẩm OCOP được công nhận"], ["1", "Nghệ An", 25], ["2", "Hà Tĩnh", 30]])


@pytest.mark.parametrize("column", ["Nhóm sản phẩm", "Lĩnh vực"])
def test_a_total_under_a_plan_title_is_the_plan(column):
    """"Nhóm sản phẩm | Sản phẩm OCOP được công nhận" over the groups and "Tổng cộng | 25" under "KẾ HOẠCH
    PHÁT TRIỂN SẢN PHẨM OCOP NĂM 2025" was stored as Nghệ An's 25 products recognized in 2025 (the plan
    read as what was done)."""
    assert taken(_groups(OCOP_PLAN_2025, column)) == {(NGHE_AN, "34", "ocop_products", "2025", "plan"): 25.0}


def test_provinces_rows_under_a_plan_title_are_the_plan():
    got = taken(_provinces(OCOP_PLAN_2025))
    assert {(k[0], k[4]) for k in got} == {(NGHE_AN, "plan"), ("42", "plan")}


def test_probe_the_same_tables_under_a_report_title_stay_results():
    assert taken(_groups(OCOP_RESULTS_2025, "Nhóm sản phẩm")) == {(NGHE_AN, "34", "ocop_products", "2025", "actual"): 25.0}
    got = taken(_provinces(OCOP_RESULTS_2025))
    assert got == {(NGHE_AN, "34", "ocop_products", "2025", "actual"): 25.0, ("42", "34", "ocop_products", "2025", "actual"): 30.0}


# --- 4. an average per year is no year's figure -----------------------------------------------------------

@pytest.mark.parametrize("label", ["Sản phẩm OCOP được công nhận bình quân 1 năm",
                                   "Sản phẩm OCOP được công nhận trung bình 1 năm",
                                   "Sản phẩm OCOP được công nhận bình quân/năm",
                                   "Nhiệm vụ KH&CN được nghiệm thu bình quân 1 năm"])
def test_an_average_per_year_is_not_the_years_count(label):
    """"Sản phẩm OCOP được công nhận bình quân 1 năm | 12" under "Năm 2024" — the average of a span's
    years — was stored as Nghệ An's 12 products recognized in 2024 (mend28b's "1 năm" beside a year)."""
    r = _row(label, "nhiệm vụ" if label.startswith("Nhiệm vụ") else "sản phẩm", 12)
    assert facts(r) == {}, (label, facts(r))
    assert label in reasons(r)


@pytest.mark.parametrize("label", ["Sản phẩm OCOP được công nhận", "Sản phẩm OCOP được công nhận trong 1 năm",
                                   "Doanh nghiệp được Trung tâm hỗ trợ"])
def test_probe_a_years_own_count_stays_read(label):
    got = taken(_row(label, "sản phẩm" if "OCOP" in label else "doanh nghiệp", 12))
    assert [(k[2], k[3], v) for k, v in got.items()] == [
        ("ocop_products" if "OCOP" in label else "enterprises_supported", "2024", 12.0)]


# --- 6. periods: a span of months across their years; "May" after the garment trade's word -----------------

@pytest.mark.parametrize("title", ["BÁO CÁO KẾT QUẢ HỖ TRỢ DOANH NGHIỆP NGÀNH Dệt May 2024",
                                   "Báo cáo kết quả hỗ trợ doanh nghiệp Dệt May 2024"])
def test_the_textile_trade_in_title_case_is_no_month_of_may(title):
    """"… NGÀNH Dệt May 2024" (the textile trade, in title case as "Dệt May Việt Nam" is written) was read
    as May 2024 and the year's 12 enterprises supported stored as May's (review29b fixed the capitals and
    lower case only)."""
    result = examine(head("Nam Định", title) + [H + ["Kết quả"], ["1", "Số doanh nghiệp được hỗ trợ đổi mới công nghệ",
                                                                  "doanh nghiệp", 12]])
    assert taken(result) == {("36", "63", "enterprises_supported", "2024", "actual"): 12}


@pytest.mark.parametrize("header", ["Dec 2024 - Jan 2025", "Tháng 12/2024 - tháng 1/2025", "Từ tháng 12/2024 đến tháng 1/2025"])
def test_a_span_of_months_across_two_years_is_no_one_month(header):
    """"Dec 2024 - Jan 2025 | 7" (two months' OCOP products) was stored as December 2024's."""
    got = facts(_row("Sản phẩm OCOP được công nhận", "sản phẩm", 7, header=header))
    assert not any(k[3] == "2024-12" for k in got), got
    assert all(k[3] == "2024-12/2025-01" for k in got), got


def test_probe_months_and_their_spans_stay_read():
    from metrics import periods
    assert periods.from_text("Tháng 1/2024 - tháng 3/2024").notation == "2024-Q1"   # was January alone
    assert periods.from_text("Oct 2024 - Dec 2024").notation == "2024-Q4"
    for text, notation in (("Dec 2024", "2024-12"), ("Jan-Oct 2024", "2024-01/2024-10"), ("May 2024", "2024-05"),
                           ("Report May 2024", "2024-05"), ("MAY-2024", "2024-05"), ("DỆT MAY 2024", "2024")):
        assert periods.from_text(text).notation == notation, text
    assert periods.from_text("Tháng 3/2024 - tháng 1/2024") is None


# --- 5. the carried-over and the new tasks together are no count of the new ones ------------------------------

@pytest.mark.parametrize("label", ["Nhiệm vụ chuyển tiếp và mở mới đã ký hợp đồng",
                                   "Nhiệm vụ chuyển tiếp, mở mới đã ký hợp đồng"])
def test_the_carried_over_and_new_tasks_are_not_the_new_tasks(label):
    """"Nhiệm vụ chuyển tiếp và mở mới đã ký hợp đồng | 30" — every task under contract, carried over or
    new — was stored as Nghệ An's 30 new tasks of 2024 (mend28a's in-order exclude saw only "mới và chuyển
    tiếp")."""
    got = facts(_row(label, "nhiệm vụ", 30))
    assert not any(k[2] == "tasks_new" for k in got), (label, got)


@pytest.mark.parametrize("label, code", [("Số nhiệm vụ KH&CN được quản lý (chuyển tiếp và mở mới)", "tasks_managed"),
                                         ("Nhiệm vụ mở mới đã ký hợp đồng", "tasks_new"),
                                         ("Nhiệm vụ KH&CN mở mới", "tasks_new")])
def test_probe_the_tasks_managed_by_their_members_and_the_new_tasks_stay_read(label, code):
    assert taken(_row(label, "nhiệm vụ", 30)) == {(NGHE_AN, "63", code, "2024", "actual"): 30.0}
