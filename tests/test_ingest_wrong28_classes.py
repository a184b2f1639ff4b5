"""This session's "possibly wrong" readings left alone, settled (issue #8, wrong28): each probed with the
smallest realistic report, built with tests/fixtures/reports.py, marked as test data and read by
`etl.ingest.examine` as an upload is. A wrong number's class test asserts what is stored (or that it is
not) and, beside it, the honest neighbours the fix must not touch; a reading found right is pinned."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import (LABEL_UNIT_HEADER as H, MARK, examine, facts, head, reasons as _reasons,
                                    report as _report, taken)

HT = "42"   # Hà Tĩnh (unchanged by the 2025 merger)
Y24 = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2024"
Y25 = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2025"
OCT24 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ THÁNG 10 NĂM 2024"
MANAGED = ["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ"]
ACCEPTED = ["2", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ"]
OCOP = ["3", "Sản phẩm OCOP được công nhận", "sản phẩm"]


def _with_status(result) -> dict:
    f = result.facts
    return {(i, per, m, st): v for i, per, m, st, v in zip(f.indicator, f.period, f.measure, f.status, f.value)}


# --- 1. a weekly report's title (was wrong) -------------------------------------------------------------------

WEEK = "BÁO CÁO TUẦN 42 NĂM 2024"


def test_a_weekly_reports_figures_are_never_the_years():
    """"BÁO CÁO TUẦN 42 NĂM 2024" over "Số liệu": the week's figures were stored as the whole year 2024. A
    week is no period the product holds (metrics/periods.py _WEEK): no period read, the uploader asked; a
    column "Năm 2024" under it (the week's or the year to the week?) set aside with the reason."""
    r = _report([H + ["Số liệu"], MANAGED + [30], OCOP + [5]], WEEK)
    assert not facts(r)
    r = _report([H + ["Năm 2024"], MANAGED + [30]], WEEK)
    assert not facts(r)
    assert "báo cáo tuần" in _reasons(r)
    # nor does the year the uploader picks make them the year's
    from etl import ingest
    from tests.fixtures.reports import xlsx
    r = ingest.examine(xlsx(head("Hà Tĩnh", WEEK) + [H + ["Số liệu"], MANAGED + [30]]), "r.xlsx", period="2024")
    assert not facts(r)
    assert "báo cáo tuần" in _reasons(r)


def test_probe_words_holding_tuần_that_name_no_week_keep_the_year():
    """Where it must not fire: "kinh tế tuần hoàn", "tuần tra" name no week; a date stated in a weekly
    report stays a stock's date."""
    from metrics import periods
    assert periods.from_text("Kết quả phát triển kinh tế tuần hoàn năm 2024").notation == "2024"
    assert periods.from_text("Tuần tra năm 2024").notation == "2024"
    assert periods.from_text("Tuần 42 năm 2024") is None
    got = taken(_report([H + ["Năm 2024"], MANAGED + [30]], Y24))
    assert got == {(HT, "63", "tasks_managed", "2024", "actual"): 30}


# --- 2. OCOP products waiting for recognition, or re-issued (were wrong) ---------------------------------------

@pytest.mark.parametrize("label", ["Sản phẩm OCOP đang chờ công nhận", "Sản phẩm OCOP được công nhận tái cấp",
                                   "Sản phẩm OCOP chờ cấp giấy chứng nhận", "Nhiệm vụ KH&CN đang chờ nghiệm thu",
                                   "Nhãn hiệu tập thể đang chờ cấp văn bằng"])
def test_what_waits_for_the_act_or_repeats_it_is_no_count_of_the_act(label):
    """"Sản phẩm OCOP đang chờ công nhận | 30" was stored as 30 products recognized: "chờ" (waiting) and
    "tái" (again) fold to the stopwords "cho", "tại" and vanished (metrics/abbreviations.toml pending_words,
    one term each, excluded by every count). Set aside; the products recognized beside it are read."""
    r = _report([H + ["Năm 2024"], ["1", label, "sản phẩm", 30], OCOP + [12]])
    assert taken(r) == {(HT, "63", "ocop_products", "2024", "actual"): 12}


def test_probe_the_act_done_and_its_renewal_stay_read():
    """Where it must not fire: "Sản phẩm OCOP được công nhận", "… được công nhận lại" (its own indicator),
    "Nhiệm vụ KH&CN được nghiệm thu"."""
    got = taken(_report([H + ["Năm 2024"], OCOP + [12], ["4", "Sản phẩm OCOP được công nhận lại", "sản phẩm", 4],
                         ACCEPTED + [9]]))
    assert got == {(HT, "63", "ocop_products", "2024", "actual"): 12,
                   (HT, "63", "ocop_products_rerecognized", "2024", "actual"): 4,
                   (HT, "63", "tasks_accepted", "2024", "actual"): 9}


# --- 4. a monthly report's "Năm 2024 | Năm 2023" each over "Tháng 10 | Lũy kế" (was wrong) -------------------

def _monthly(rows: list[list]):
    return examine(head("Hà Tĩnh", OCT24) + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", None, "Năm 2023", None],
        [None, None, None, "Tháng 10", "Lũy kế", "Tháng 10", "Lũy kế"]] + rows, merges=("D6:E6", "F6:G6"))


def test_a_year_headings_lũy_kế_in_a_monthly_report_runs_to_the_reports_month():
    """"Sản phẩm OCOP được công nhận | 4 | 40 | 3 | 30" in the report on October 2024: the "Lũy kế" under
    "Năm 2024" was stored as the valid products at 31/12/2024 (a date after the report), 2023's at
    31/12/2023. It is the form's year to date: January–October of each year for a flow, the count at
    31/10 for a stock (etl/walk.py _year_groups_to_the_report)."""
    got = taken(_monthly([ACCEPTED + [3, 20, 2, 15], OCOP + [4, 40, 3, 30],
                          ["4", "Số sản phẩm OCOP còn hiệu lực", "sản phẩm", 2, 120, 1, 100]]))
    assert got == {(HT, "63", "tasks_accepted", "2024-10", "actual"): 3,
                   (HT, "63", "tasks_accepted", "2024-01/2024-10", "actual"): 20,
                   (HT, "63", "tasks_accepted", "2023-10", "actual"): 2,
                   (HT, "63", "tasks_accepted", "2023-01/2023-10", "actual"): 15,
                   (HT, "63", "ocop_products", "2024-10", "actual"): 4,
                   (HT, "63", "ocop_products", "2024-01/2024-10", "actual"): 40,
                   (HT, "63", "ocop_products", "2023-10", "actual"): 3,
                   (HT, "63", "ocop_products", "2023-01/2023-10", "actual"): 30,
                   (HT, "63", "ocop_products_total", "2024-10-31", "actual"): 120,
                   (HT, "63", "ocop_products_total", "2023-10-31", "actual"): 100}
    assert not any(k[3].endswith("-12-31") for k in got)


@pytest.mark.parametrize("label", ["Nhãn hiệu tập thể được bảo hộ (lũy kế)", "Nhãn hiệu tập thể được bảo hộ"])
def test_a_stocks_month_beside_its_lũy_kế_is_the_months_increase(label):
    """"Nhãn hiệu tập thể được bảo hộ (lũy kế) | 1 | 30": the month's 1 new mark was stored as the marks
    held at 31/10 (under "Năm 2024 | Năm 2023" both figures at different dates; under a bare "Tháng 10 |
    Lũy kế" the honest file was refused). The label's "lũy kế" does not make the month's column a total:
    the 30 is the stock, the 1 set aside as the increase."""
    r = _monthly([[4, label, "nhãn hiệu", 1, 30, 1, 25]])
    assert taken(r) == {(HT, "63", "ip_collective_marks", "2024-10-31", "actual"): 30,
                        (HT, "63", "ip_collective_marks", "2023-10-31", "actual"): 25}
    assert "Số tăng thêm trong kỳ" in _reasons(r)
    r = examine(head("Hà Tĩnh", OCT24) + [H + ["Tháng 10", "Lũy kế"], [4, label, "nhãn hiệu", 1, 30]])
    assert taken(r) == {(HT, "63", "ip_collective_marks", "2024-10-31", "actual"): 30}


def test_probe_a_lũy_kế_label_beside_years_keeps_each_years_end():
    """Where it must not fire (mend20): "(lũy kế) | Năm 2024 | Năm 2025 | Tính đến 31/12/2025" — each year's
    end its stock; a yearly report's "Năm 2024 | Lũy kế" without a month stays as it was."""
    r = _report([H + ["Năm 2024", "Năm 2025", "Tính đến 31/12/2025"],
                 [4, "Nhãn hiệu tập thể được bảo hộ (lũy kế)", "nhãn hiệu", 30, 35, 35]], Y25)
    assert taken(r) == {(HT, "63", "ip_collective_marks", "2024-12-31", "actual"): 30,
                        (HT, "34", "ip_collective_marks", "2025-12-31", "actual"): 35}


# --- 5. a title "BÁO CÁO ƯỚC THỰC HIỆN NĂM 2024" (was wrong) --------------------------------------------------

ESTIMATE = "BÁO CÁO ƯỚC THỰC HIỆN NĂM 2024"


@pytest.mark.parametrize("header", ["Năm 2024", "Số lượng", "Thực hiện năm 2024"])
def test_an_estimates_title_makes_its_years_figures_estimates(header):
    """Its figures were stored as 2024's reported figures: README (an estimate's period is stored as an
    estimate, as "Sơ bộ 2023" is) and the caption's rule already said so (etl/walk.py _under_estimate_title)."""
    r = _report([H + [header], MANAGED + [30]], ESTIMATE)
    assert _with_status(r) == {("tasks_managed", "2024", "actual", "estimated"): 30}


def test_probe_another_years_column_a_plan_and_a_results_title_keep_their_reading():
    r = _report([H + ["Năm 2023", "Năm 2024", "Kế hoạch năm 2025"], MANAGED + [20, 30, 40]], ESTIMATE)
    assert _with_status(r) == {("tasks_managed", "2023", "actual", "reported"): 20,
                               ("tasks_managed", "2024", "actual", "estimated"): 30,
                               ("tasks_managed", "2025", "plan", "reported"): 40}
    r = _report([H + ["Năm 2024"], MANAGED + [30]], "BÁO CÁO KẾT QUẢ THỰC HIỆN NĂM 2024")
    assert _with_status(r) == {("tasks_managed", "2024", "actual", "reported"): 30}
    r = _report([H + ["9 tháng", "Ước thực hiện năm 2024"], MANAGED + [20, 30]],
                "BÁO CÁO KẾT QUẢ 9 THÁNG VÀ ƯỚC THỰC HIỆN NĂM 2024")
    assert _with_status(r) == {("tasks_managed", "2024-01/2024-09", "actual", "reported"): 20,
                               ("tasks_managed", "2024", "actual", "estimated"): 30}


# --- 3. "2025 - ước" and "2025 - kế hoạch" (were right: pinned) ---------------------------------------------

def test_an_estimates_and_a_plans_year_first_column_keep_their_measure():
    """"2025 - ước | 2025 - kế hoạch": the estimate stored as 2025's actual marked estimated, the plan as
    the plan — never the plan as the actual nor the estimate as reported."""
    r = _report([H + ["2025 - ước", "2025 - kế hoạch"], MANAGED + [30, 40]], Y25)
    assert _with_status(r) == {("tasks_managed", "2025", "actual", "estimated"): 30,
                               ("tasks_managed", "2025", "plan", "reported"): 40}


# --- 6. messages: a province that kept its borders, a district's report -----------------------------------------

def test_a_former_column_of_a_province_that_kept_its_borders_is_the_province():
    """"Nghệ An (cũ)" in Nghệ An's report on 2025 was refused, "Nghệ An đã sáp nhập vào Nghệ An từ 01/7/2025":
    a province that kept its borders has no former territory to tell apart (etl/validate.py). Beside
    "Toàn tỉnh" the whole province's column is read as before."""
    r = _report([H + ["Nghệ An (cũ)"], MANAGED + [30]], Y25, "Nghệ An")
    assert taken(r) == {("40", "34", "tasks_managed", "2025", "actual"): 30}
    r = _report([H + ["Nghệ An (cũ)", "Toàn tỉnh"], MANAGED + [30, 31]], Y25, "Nghệ An")
    assert taken(r) == {("40", "34", "tasks_managed", "2025", "actual"): 31}


def test_probe_a_merged_provinces_former_column_alone_stays_unread():
    """"Gia Lai (cũ)" alone in the new Gia Lai's report on 2025 is the former territory's share: never stored as
    the province's (recall31: set aside with the reason, no longer the whole file refused)."""
    r = _report([H + ["Gia Lai (cũ)"], MANAGED + [30]], Y25, "Gia Lai")
    assert not facts(r)
    assert any("phần của địa bàn tỉnh cũ" in i.reason_vi for i in r.ignored)


@pytest.mark.parametrize("rows, place", [
    ([["UBND HUYỆN KỲ ANH"], ["PHÒNG KINH TẾ - HẠ TẦNG"], [MARK], [Y24], []], "Huyện Kỳ Anh"),
    (head("Hà Tĩnh", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN TRÊN ĐỊA BÀN HUYỆN KỲ ANH NĂM 2024"), "Huyện Kỳ Anh"),
    (head("Cà Mau", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN CỦA HUYỆN NĂM CĂN NĂM 2024"), "Huyện Năm Căn"),
])
def test_a_districts_report_is_refused_as_a_districts(rows, place):
    """A district's report was refused with "không tìm thấy chỉ tiêu nào có trong danh mục" (its indicators
    were found); the refusal now says whose report it is (etl/pipeline.py, Reading.district_titles) — and
    names the district without the title's "Năm"."""
    r = examine(rows + [H + ["Năm 2024"], MANAGED + [30]])
    assert not r.accepted and not facts(r)
    msg = " ".join(p.message_vi for p in r.problems)
    assert f"báo cáo của “{place}”" in msg and "cấp dưới tỉnh" in msg
    assert "không tìm thấy chỉ tiêu" not in msg
