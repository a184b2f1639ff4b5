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
