"""Wrong and lost numbers found by review 20b in the periods of probe31's rules (issue #8: precision
must stay 1.00): a column of a period that ends after the report's own, a mid-term review's "Đến năm
2025", a five-year review's "Đến hết năm 2025", a span written "Từ năm 2021 đến năm 2025". One class
per test, each with the honest readings of similar columns that must stay taken; each report is built
here, marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

from tests.fixtures.reports import LABEL_UNIT_HEADER as H, OCOP_ROW as OCOP, OCOP_VALID_ROW as VALID, \
    TASKS_ACCEPTED_ROW as ACC, examine, head, taken

RATE = ["4", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến", "%"]
ORG = ["5", "Số tổ chức KH&CN", "tổ chức"]


def test_a_period_ending_after_the_reports_own_is_no_actual():
    """"Năm 2026" in a report on Quý I/2026, "Năm 2025" in one on 9 tháng đầu năm 2025, "Năm 2026" in
    one on the first half of 2026: the year starts with the report's period but ends after it — the
    report cannot state what the whole year achieved (60 and 30, 45 and 25, 55 and 30 were stored as
    the years' actuals)."""
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN QUÝ I NĂM 2026") + [
        H + ["Quý I/2026", "Năm 2026"], OCOP + [5, 60], ACC + [3, 30]], name="nghean_q1_2026.xlsx"))
    assert got == {("40", "34", "ocop_products", "2026-Q1", "actual"): 5,
                   ("40", "34", "tasks_accepted", "2026-Q1", "actual"): 3}
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 9 THÁNG ĐẦU NĂM 2025") + [
        H + ["9 tháng đầu năm 2025", "Năm 2025"], OCOP + [30, 45], ACC + [15, 25]], name="nghean_9t_2025.xlsx"))
    assert got == {("40", "34", "ocop_products", "2025-01/2025-09", "actual"): 30,
                   ("40", "34", "tasks_accepted", "2025-01/2025-09", "actual"): 15}
    got = taken(examine(head("Gia Lai", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 6 THÁNG ĐẦU NĂM 2026") + [
        H + ["6 tháng đầu năm 2026", "Năm 2026"], OCOP + [20, 55], ACC + [10, 30]], name="gialai_6t_2026.xlsx"))
    assert got == {("52", "34", "ocop_products", "2026-S1", "actual"): 20,
                   ("52", "34", "tasks_accepted", "2026-S1", "actual"): 10}


def test_an_estimate_a_running_total_and_last_year_stay_taken():
    """Probes where the rule must not fire: the year's estimate in a report on nine months (kept as
    the estimate batches 18/20 decided), the same months a year before, the statistical form's
    "Lũy kế" in a report on Quý II (the year to the quarter's end), and a span the label names that
    starts before the report's period ("… giai đoạn 2020-2023" in a report on the first half of 2023)."""
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 9 THÁNG ĐẦU NĂM 2025") + [
        H + ["9 tháng đầu năm 2025", "Cùng kỳ năm 2024", "Ước thực hiện cả năm 2025"], OCOP + [30, 28, 45]],
        name="nghean_9t_2025.xlsx"))
    assert got == {("40", "34", "ocop_products", "2025-01/2025-09", "actual"): 30,
                   ("40", "63", "ocop_products", "2024-01/2024-09", "actual"): 28,
                   ("40", "34", "ocop_products", "2025", "actual"): 45}
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN QUÝ II NĂM 2026") + [
        ["Mã số", "Chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo", "Lũy kế"],
        ["01", "Sản phẩm OCOP được công nhận", "sản phẩm", 8, 18]], name="nghean_q2_2026.xlsx"))
    assert got == {("40", "34", "ocop_products", "2026-Q2", "actual"): 8,
                   ("40", "34", "ocop_products", "2026-S1", "actual"): 18}
    # a span the label names that starts before the report's period and ends after it: the span's own
    got = taken(examine(head("Ninh Thuận", "Kết quả thực hiện nhiệm vụ 06 tháng đầu năm 2023") + [
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện 6 tháng đầu năm 2023"],
        [1, "Tỷ lệ (%) TFP đóng góp trong tăng trưởng GRDP của tỉnh giai đoạn 2020-2023", "%", 33]],
        name="ninhthuan_6t_2023.xlsx"))
    assert got == {("58", "63", "tfp_contribution", "2020/2023", "actual"): 33}


def test_a_mid_term_reviews_year_reached_is_its_target():
    """"BÁO CÁO SƠ KẾT GIỮA KỲ GIAI ĐOẠN 2021-2025" over "Năm 2021 | Năm 2022 | Năm 2023 | Đến năm
    2025": the last column, after every other and after the mid-term, is the target set for 2025 —
    of a stock and a rate too (250 valid products, 90 %, 45 organisations were stored as 2025's
    actuals); a flow's figure there is no year's own plan either (not taken)."""
    got = taken(examine(head("Nghệ An", "BÁO CÁO SƠ KẾT GIỮA KỲ GIAI ĐOẠN 2021-2025") + [
        H + ["Năm 2021", "Năm 2022", "Năm 2023", "Đến năm 2025"],
        VALID + [120, 150, 180, 250], RATE + [40, 55, 70, 90], ORG + [30, 32, 35, 45], OCOP + [30, 35, 40, 200]],
        name="nghean_giuaky.xlsx"))
    assert got[("40", "34", "ocop_products_total", "2025-12-31", "plan")] == 250
    assert got[("40", "34", "online_dossier_rate", "2025", "plan")] == 90
    assert got[("40", "34", "st_organizations", "2025-12-31", "plan")] == 45
    assert not [k for k in got if k[4] == "actual" and k[3].startswith("2025")]
    assert not [k for k in got if k[2] == "ocop_products" and k[3].startswith("2025")]
    assert got[("40", "63", "ocop_products_total", "2023-12-31", "actual")] == 180
    assert got[("40", "63", "ocop_products", "2023", "actual")] == 40


def test_an_end_of_term_reviews_year_reached_stays_its_actual():
    """Probe: "BÁO CÁO TỔNG KẾT GIAI ĐOẠN 2021-2025" over "Năm 2021 … Năm 2024 | Đến năm 2025" (an
    end-of-term review): a stock's "Đến năm 2025" is its value then; a flow's (200 over five years)
    is still not 2025's own."""
    got = taken(examine(head("Nghệ An", "BÁO CÁO TỔNG KẾT GIAI ĐOẠN 2021-2025") + [
        H + ["Năm 2021", "Năm 2022", "Năm 2023", "Năm 2024", "Đến năm 2025"],
        VALID + [120, 150, 180, 220, 250], OCOP + [30, 35, 40, 45, 200]], name="nghean_tongket.xlsx"))
    assert got[("40", "34", "ocop_products_total", "2025-12-31", "actual")] == 250
    assert got[("40", "63", "ocop_products", "2024", "actual")] == 45
    assert not [k for k in got if k[2] == "ocop_products" and k[3].startswith("2025")]


def test_a_flow_to_the_end_of_a_reviews_last_year_is_a_running_total():
    """"BÁO CÁO SƠ KẾT GIAI ĐOẠN 2021-2025" over "Năm 2023 | Năm 2024 | Đến hết năm 2025": a flow's
    figure there is the total over the years (200 products, 100 tasks were stored as 2025's own); a
    stock's is its value at the end of 2025. Probe: in a report on one year, "Thực hiện đến hết năm
    2024" stays the year's own."""
    got = taken(examine(head("Nghệ An", "BÁO CÁO SƠ KẾT GIAI ĐOẠN 2021-2025") + [
        H + ["Năm 2023", "Năm 2024", "Đến hết năm 2025"], OCOP + [35, 40, 200], ACC + [22, 23, 100],
        VALID + [180, 220, 250]], name="nghean_soket.xlsx"))
    assert not [k for k in got if k[2] in ("ocop_products", "tasks_accepted") and k[3].startswith("2025")]
    assert got[("40", "34", "ocop_products_total", "2025-12-31", "actual")] == 250
    assert got[("40", "63", "tasks_accepted", "2024", "actual")] == 23
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
        H + ["Năm 2023", "Thực hiện đến hết năm 2024"], OCOP + [38, 40]], name="nghean_2024.xlsx"))
    assert got == {("40", "63", "ocop_products", "2023", "actual"): 38,
                   ("40", "63", "ocop_products", "2024", "actual"): 40}


def test_a_span_from_a_year_to_a_year_is_the_spans_own():
    """"Từ năm 2021 đến năm 2025" (and "Giai đoạn 2021-2025 (đến năm 2025)") in a five-year review:
    the span's own sums, not what was reached by 2025 — 200 and 110 were no longer stored."""
    got = taken(examine(head("Nghệ An", "BÁO CÁO TỔNG KẾT GIAI ĐOẠN 2021-2025") + [
        H + ["Năm 2024", "Từ năm 2021 đến năm 2025"], OCOP + [40, 200], ACC + [22, 110]], name="nghean_tongket.xlsx"))
    assert got == {("40", "63", "ocop_products", "2024", "actual"): 40,
                   ("40", "63", "tasks_accepted", "2024", "actual"): 22,
                   ("40", "34", "ocop_products", "2021/2025", "actual"): 200,
                   ("40", "34", "tasks_accepted", "2021/2025", "actual"): 110}
    got = taken(examine(head("Nghệ An", "BÁO CÁO TỔNG KẾT GIAI ĐOẠN 2021-2025") + [
        H + ["Năm 2024", "Giai đoạn 2021-2025 (đến năm 2025)"], OCOP + [40, 200]], name="nghean_tongket.xlsx"))
    assert got[("40", "34", "ocop_products", "2021/2025", "actual")] == 200


def test_the_plan_vocabulary_is_declared_once():
    """Review 20b #8: the plan's words were declared four times (`plan_words`, `plan_captions`,
    `ahead_title_words`, `plan_sheet_name_words`), and the lists had drifted apart ("Dự kiến 2026" and
    "Phương hướng 2026" were no plan sheet though "dự kiến" makes a plan row). The last two now hold
    only what is their own; a sheet named by any plan word and a year holds that year's plan."""
    from etl.labels import declared_words

    plan = {*declared_words("plan_words"), *declared_words("plan_captions")}
    for section in ("ahead_title_words", "plan_sheet_name_words"):
        assert not plan & set(declared_words(section)), section
    for sheet in ("Dự kiến 2026", "Phương hướng 2026", "Mục tiêu 2026"):
        got = taken(examine(head("Nghệ An", "BÁO CÁO CÁC CHỈ TIÊU KHOA HỌC VÀ CÔNG NGHỆ") + [
            H + ["Số lượng"], OCOP + [50]], name="nghean.xlsx", title=sheet))
        assert got == {("40", "34", "ocop_products", "2026", "plan"): 50}, sheet
