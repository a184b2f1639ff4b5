"""What the thirty-sixth blind batch of the workbook corpus revealed (the Red River Delta before and
after the merger: annual appendices, plans beside results, quarters, a sheet per former province in
the new province's report), one class per test: each report is built here, marked as test data, and
read by `etl.ingest.examine` as an upload is. A statistician's reading is the expectation; beside each
rule, probes where it must not fire."""
from __future__ import annotations

from tests.fixtures.reports import examine, examine_book, facts, head, taken

_HALF_YEAR = ["STT", "Chỉ tiêu", "ĐVT", "6 tháng đầu năm 2025", "Cả năm 2025"]


def _former_sheet(compiler: str, title: str, managed: tuple, ocop: tuple) -> list[list]:
    """A former province's sheet under the compiler's heading: its first half and its whole year of 2025."""
    return [*head(compiler, title), _HALF_YEAR,
            ["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", *managed],
            ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", *ocop]]


def _new_ninh_binh(**formers) -> dict:
    whole = [*head("Ninh Bình", "KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025 (SAU SẮP XẾP)"), ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025"],
             ["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 198], ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", 142]]
    return {"Toàn tỉnh": whole, **formers}


def test_a_sheet_per_former_province_gives_its_half_and_sets_aside_its_share_of_the_year():
    """The new Ninh Bình's 2025 report, one sheet per former province under the compiler's heading
    ("Hà Nam (cũ)", "Ninh Bình (cũ)"): "6 tháng đầu năm 2025" is each former province's own half
    (frame 63; Ninh Bình kept its code), "Cả năm 2025" that territory's share of the new province's
    year — no province of 2025 holds it. Read as the former province's year it refused the honest
    file (province_frame, "Ninh Bình đã sáp nhập vào Ninh Bình"; batch 36: 14 facts lost)."""
    result = examine_book(_new_ninh_binh(**{
        "Hà Nam (cũ)": _former_sheet("Ninh Bình", "SỐ LIỆU TRÊN ĐỊA BÀN TỈNH HÀ NAM (CŨ) NĂM 2025", (52, 60), (18, 35)),
        "Ninh Bình (cũ)": _former_sheet("Ninh Bình", "SỐ LIỆU NĂM 2025", (58, 68), (25, 55)),
    }))
    got = taken(result)
    assert got[("35", "63", "tasks_managed", "2025-S1", "actual")] == 52
    assert got[("35", "63", "ocop_products", "2025-S1", "actual")] == 18
    assert got[("37", "63", "tasks_managed", "2025-S1", "actual")] == 58
    assert got[("37", "63", "ocop_products", "2025-S1", "actual")] == 25
    # the new province's year is its own sheet's, never a former province's share
    assert got[("37", "34", "tasks_managed", "2025", "actual")] == 198
    assert got[("37", "34", "ocop_products", "2025", "actual")] == 142
    assert len(got) == 6, got
    shares = [i for i in result.ignored if "phần của địa bàn tỉnh cũ" in i.reason_vi]
    assert {i.sheet for i in shares} == {"Hà Nam (cũ)", "Ninh Bình (cũ)"}
    assert len(shares) == 4


def test_a_former_provinces_own_report_after_the_merger_is_still_refused():
    """Probe (a former province's own figure after the merger): the same sheet "Hà Nam (cũ)" under
    Hà Nam's own heading ("UBND TỈNH HÀ NAM") is the former province reporting a year it did not
    finish — no compiler it was merged into: refused with province_frame as before, nothing stored."""
    result = examine_book({"Hà Nam (cũ)": _former_sheet("Hà Nam", "SỐ LIỆU NĂM 2025", (52, 60), (18, 35))})
    assert not result.accepted
    assert {p.rule for p in result.problems} == {"province_frame"}
    assert not facts(result)


def test_a_sheet_of_a_province_merged_elsewhere_is_still_refused():
    """Probe (another province): "Thái Bình (cũ)" in the new Ninh Bình's workbook — Thái Bình was
    merged into Hưng Yên, not Ninh Bình: its 2025 is no share of the compiler's and is refused with
    province_frame; nothing of the file is stored (neither the new Ninh Bình's year nor the half)."""
    result = examine_book(_new_ninh_binh(**{
        "Thái Bình (cũ)": _former_sheet("Ninh Bình", "SỐ LIỆU NĂM 2025", (79, 90), (27, 51))}))
    assert not result.accepted
    assert "province_frame" in {p.rule for p in result.problems}
    assert all(p.sheet == "Thái Bình (cũ)" for p in result.problems if p.rule == "province_frame")
    assert not facts(result)


_TABLE = ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện", "Ghi chú"]


def _phu_luc(caption: str, second: list[list], header: list = _TABLE) -> list[list]:
    """Bắc Giang's annual "Phụ lục" on 2024: "Bảng 1" of the year, then a second table under `caption`."""
    return [*head("Bắc Giang", "PHỤ LỤC KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"),
            ["Bảng 1. Kết quả thực hiện nhiệm vụ KH&CN"], _TABLE,
            ["1", "Sáng kiến được công nhận", "sáng kiến", 310, None], [],
            [caption], header, *second]


_ACCEPTED_27 = [["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 27, None]]


def test_a_second_tables_caption_naming_another_period_in_more_words_sets_its_rows_aside():
    """The annual "Phụ lục", several tables on one sheet each under its caption: "Bảng 2. Kết quả năm
    2023 (để so sánh)", "… Kết quả thực hiện năm 2023", "… Kết quả 6 tháng đầu năm 2024" over a
    "Thực hiện" column that names no period. Read with the report's year, 2023's 27 tasks and the
    half's were stored as 2024's (batch 36's probes; beside a first table of 2024 the honest file was
    refused as a duplicate). Which period's plain result the rows are cannot be told: set aside with
    the caption named, the rest of the file loads."""
    for caption in ("Bảng 2. Kết quả năm 2023 (để so sánh)", "Bảng 2. Kết quả thực hiện năm 2023",
                    "Bảng 2. Kết quả 6 tháng đầu năm 2024", "Bảng 2. Kết quả 6 tháng cuối năm 2024"):
        result = examine(_phu_luc(caption, _ACCEPTED_27))
        got = taken(result)
        assert got == {("24", "63", "initiatives_recognized", "2024", "actual"): 310}, (caption, got)
        assert any(caption in i.reason_vi and i.text == "Nhiệm vụ KH&CN được nghiệm thu" for i in result.ignored), caption


def test_a_second_table_under_the_reports_own_period_or_a_plain_period_is_read():
    """Probes (the report's own period, another period said plainly): "Bảng 2. Chương trình OCOP năm
    2024" is the report's year, read; "Bảng 2. Năm 2023" heads the columns as 2023, read as 2023; a
    caption without a period ("Bảng 2. Sở hữu trí tuệ") is the report's."""
    got = taken(examine(_phu_luc("Bảng 2. Chương trình OCOP năm 2024",
                                 [["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 58, None]])))
    assert got[("24", "63", "ocop_products", "2024", "actual")] == 58
    got = taken(examine(_phu_luc("Bảng 2. Năm 2023", _ACCEPTED_27)))
    assert got[("24", "63", "tasks_accepted", "2023", "actual")] == 27
    assert ("24", "63", "tasks_accepted", "2024", "actual") not in got
    got = taken(examine(_phu_luc("Bảng 2. Sở hữu trí tuệ", [["1", "Nhãn hiệu tập thể được bảo hộ (lũy kế)", "nhãn hiệu", 44, None]])))
    assert got[("24", "63", "ip_collective_marks", "2024-12-31", "actual")] == 44


def test_a_captioned_table_whose_columns_name_their_periods_or_a_stock_to_the_reports_end_is_read():
    """Probes (columns of their own periods; a stock to the report's end): "Bảng 2. Kết quả giai đoạn
    2022 - 2023" over "Năm 2022 | Năm 2023" reads each column's year; "Bảng 3. Sở hữu trí tuệ (lũy kế
    đến 31/12/2024)" over "Thực hiện" is the count at the report's year end."""
    got = taken(examine(_phu_luc("Bảng 2. Kết quả giai đoạn 2022 - 2023",
                                 [["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 22, 27]],
                                 header=["TT", "Chỉ tiêu", "ĐVT", "Năm 2022", "Năm 2023"])))
    assert got[("24", "63", "tasks_accepted", "2022", "actual")] == 22
    assert got[("24", "63", "tasks_accepted", "2023", "actual")] == 27
    got = taken(examine(_phu_luc("Bảng 3. Sở hữu trí tuệ (lũy kế đến 31/12/2024)",
                                 [["1", "Nhãn hiệu tập thể được bảo hộ", "nhãn hiệu", 44, None]])))
    assert got[("24", "63", "ip_collective_marks", "2024-12-31", "actual")] == 44


def _plan_and_result(header: list, figures: list, label: str = "Sản phẩm OCOP được công nhận",
                     unit: str = "sản phẩm") -> dict:
    return examine([*head("Hà Nam", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"), ["TT", "Chỉ tiêu", "ĐVT", *header],
                    ["1", label, unit, *figures]])


def test_a_ratio_header_so_kh_or_th_so_cung_ky_with_percent_is_no_figure():
    """"So KH (%)", "TH so KH (%)", "TH so cùng kỳ (%)", "So CK năm 2024 (%)": a completion or growth ratio
    of the row's figures. "TH so KH (%)" was read as an actual column — beside "Kế hoạch năm 2024" alone
    91,7 was stored as the products recognized in 2024; "So KH (%)" as a plan (beside "Kế hoạch" two
    plans, the honest file refused); "TH so cùng kỳ (%)" beside "Thực hiện" refused the file as two
    values of one fact (batch 36's probes)."""
    got = taken(_plan_and_result(["Kế hoạch năm 2024", "TH so KH (%)"], [60, 91.7]))
    assert got == {("35", "63", "ocop_products", "2024", "plan"): 60}, got
    for ratio in ("So KH (%)", "TH so KH (%)", "TH so cùng kỳ (%)", "So CK năm 2024 (%)", "Thực hiện so kế hoạch (%)"):
        got = taken(_plan_and_result(["Kế hoạch năm", "Thực hiện", ratio], [60, 55, 91.7]))
        assert got == {("35", "63", "ocop_products", "2024", "plan"): 60,
                       ("35", "63", "ocop_products", "2024", "actual"): 55}, (ratio, got)


def test_a_rates_plan_and_result_in_percent_are_still_read():
    """Probes (a rate's own columns in %; a count's column of another name): "Kế hoạch (%) | Thực hiện
    (%)" over the share of dossiers online are the plan and the result, not ratios; "Thực hiện năm 2024"
    beside "So sánh (%)" is read as before."""
    got = taken(_plan_and_result(["Kế hoạch (%)", "Thực hiện (%)"], [90, 93.6],
                                 label="Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến", unit="%"))
    assert got[("35", "63", "online_dossier_rate", "2024", "actual")] == 93.6
    assert got[("35", "63", "online_dossier_rate", "2024", "plan")] == 90
    got = taken(_plan_and_result(["Thực hiện năm 2024 (%)"], [93.6], label="Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến",
                                 unit="%"))
    assert got[("35", "63", "online_dossier_rate", "2024", "actual")] == 93.6
    got = taken(_plan_and_result(["Năm 2023", "Thực hiện năm 2024", "So sánh (%)"], [50, 55, 110]))
    assert got[("35", "63", "ocop_products", "2024", "actual")] == 55
    assert got[("35", "63", "ocop_products", "2023", "actual")] == 50
