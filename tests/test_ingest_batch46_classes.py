"""What the forty-sixth blind batch of the workbook corpus revealed (the North Central Coast and the
South-East as the PROVINCE'S socio-economic annex, "Phụ lục: Một số chỉ tiêu kinh tế – xã hội chủ yếu",
written by the planning office, not the S&T department), one class per test: each report is built here,
marked as test data, and read by `etl.ingest.examine` as an upload is. A statistician's reading is the
expectation; beside each rule, probes where it must not fire."""
from __future__ import annotations

from tests.fixtures.reports import MARK, examine, examine_book, facts, taken

_ANNEX_HEADER = ["TT", "Chỉ tiêu", "Đơn vị tính", "TH 2022", "KH 2023", "Ước TH 2023", "So sánh ƯTH 2023/KH (%)",
                 "KH 2024"]


def _annex(title: str, rows: list[list], upper: str = "UBND TỈNH THANH HÓA", office: str = "SỞ KẾ HOẠCH VÀ ĐẦU TƯ",
           header: list | None = None) -> list[list]:
    """The province's annex: the committee and the office, the mark, "Phụ lục", its title, the report it
    goes with, then the columns "TH | KH | Ước TH | So sánh | KH năm sau" and the rows."""
    return [[upper], [office], [MARK], [], ["Phụ lục"], [title],
            ["(Kèm theo Báo cáo số 246/BC-UBND ngày 28/11/2023 của UBND tỉnh)"], [], header or _ANNEX_HEADER, *rows]


def _only(got: dict, province: str, indicator: str) -> dict:
    return {k[3:]: v for k, v in got.items() if k[0] == province and k[2] == indicator}


# --- "xã hội" (society) is no commune named "Hội" -------------------------------------------------------

_TFP = ["1", "Tỷ trọng đóng góp của TFP vào tăng trưởng GRDP", "%", "44,2", "45,0", "45,3", "100,7", "46,0"]
_OCOP = ["2", "Số sản phẩm OCOP được công nhận trong năm", "sản phẩm", 118, 100, 126, "126,0", 100]


def test_kinh_te_xa_hoi_in_the_title_and_a_xa_hoi_section_name_no_commune():
    """"MỘT SỐ CHỈ TIÊU KINH TẾ – XÃ HỘI CHỦ YẾU NĂM 2023" over the table and a section "B | XÃ HỘI" (batch
    46): the capitals after a dash were read as a commune named "Hội" — every row set aside as a place
    below the province's and eight honest annexes refused for naming no indicator. "Xã hội" is society:
    the rows are the province's, "TH 2022" its 2022, "Ước TH 2023" its estimate of 2023, the plans plans."""
    got = taken(examine(_annex("MỘT SỐ CHỈ TIÊU KINH TẾ – XÃ HỘI CHỦ YẾU NĂM 2023 VÀ KẾ HOẠCH NĂM 2024", [
        ["A", "KINH TẾ"], _TFP, ["B", "XÃ HỘI"], _OCOP,
        ["C", "VĂN HÓA - XÃ HỘI"], ["3", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến", "%", "38,2",
                                    "50,0", "52,7", "105,4", "60,0"]])))
    assert _only(got, "38", "tfp_contribution") == {("2022", "actual"): 44.2, ("2023", "actual"): 45.3,
                                                     ("2023", "plan"): 45.0, ("2024", "plan"): 46.0}
    assert _only(got, "38", "ocop_products")[("2023", "actual")] == 126
    assert _only(got, "38", "online_dossier_rate")[("2023", "actual")] == 52.7


def test_probes_a_commune_named_hoi_something_stays_a_commune():
    """Where the rule must not fire: a commune whose name begins with "Hội" ("XÃ HỘI SƠN" as a section,
    "xã Hội Sơn" in the title) is still a place below the province — its rows are never stored as the
    province's; nor is a district's section after the annex's "B. XÃ HỘI"."""
    section = taken(examine(_annex("MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2023", [
        ["A", "KINH TẾ"], _TFP, ["B", "XÃ HỘI SƠN"], _OCOP], upper="UBND TỈNH NGHỆ AN")))
    assert _only(section, "40", "tfp_contribution")[("2023", "actual")] == 45.3
    assert not _only(section, "40", "ocop_products")
    titled = examine(_annex("Kết quả thực hiện một số chỉ tiêu năm 2023 của xã Hội Sơn", [_OCOP, _TFP],
                            upper="UBND TỈNH NGHỆ AN"))
    assert not [k for k in facts(titled) if k[2] in ("ocop_products", "tfp_contribution")]
    district = taken(examine(_annex("MỘT SỐ CHỈ TIÊU KINH TẾ – XÃ HỘI CHỦ YẾU NĂM 2023", [
        ["A", "KINH TẾ"], _TFP, ["B", "XÃ HỘI"], ["I", "Huyện Nghi Lộc"], _OCOP], upper="UBND TỈNH NGHỆ AN")))
    assert _only(district, "40", "tfp_contribution")[("2023", "actual")] == 45.3
    assert not _only(district, "40", "ocop_products")


# --- the budget for S&T, innovation AND digital transformation is no S&T budget -------------------------

def _budget(label: str, *more: list):
    return examine(_annex("MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2023 VÀ KẾ HOẠCH NĂM 2024", [
        ["A", "KINH TẾ"], ["1", label, "tỷ đồng", "5.210", "6.000", "6.850", "114,2", "9.500"], *more],
        upper="ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", office="SỞ TÀI CHÍNH"))


def test_a_budget_adding_digital_transformation_is_no_st_budget():
    """"Chi ngân sách nhà nước cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số" (Resolution 57's
    line, the new TP Hồ Chí Minh's annex, batch 46) adds digital transformation's spending: its 6.850 tỷ
    đồng was stored as the city's S&T budget. Typed with "CĐS" it is the same wider sum."""
    for label in ("Chi ngân sách nhà nước cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
                  "Chi NSNN cho KH,CN, ĐMST và CĐS", "Chi NSNN cho KH&CN, ĐMST và CĐS"):
        result = _budget(label, ["B", "VĂN HÓA, KHOA HỌC"], _OCOP)
        got = taken(result)
        assert not [k for k in got if k[2] == "st_budget"], label
        assert _only(got, "79", "ocop_products")[("2023", "actual")] == 126, label


def test_probes_the_st_budget_beside_and_a_digital_part_are_read_as_before():
    """Where the rule must not change a reading: the S&T budget's own line is still taken (its actual and
    its plans), and a "Trong đó: chi cho chuyển đổi số" part under it is never stored as the whole."""
    got = taken(_budget("Chi ngân sách nhà nước cho khoa học và công nghệ",
                        ["", "Trong đó: chi cho chuyển đổi số", "tỷ đồng", "1.120", "1.500", "1.430", "95,3", "2.000"]))
    assert _only(got, "79", "st_budget") == {("2022", "actual"): 5210, ("2023", "actual"): 6850,
                                             ("2023", "plan"): 6000, ("2024", "plan"): 9500}
    alone = examine(_annex("MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2023 VÀ KẾ HOẠCH NĂM 2024", [
        ["1", "Chi ngân sách cho chuyển đổi số", "tỷ đồng", "1.120", "1.500", "1.430", "95,3", "2.000"], _OCOP],
        upper="ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", office="SỞ TÀI CHÍNH"))
    assert not [k for k in facts(alone) if k[2] == "st_budget"]


# --- the year's plan and the congress's five-year target: two plans, neither stored, the file loads -------

_YEAR_HEADER = ["TT", "Chỉ tiêu", "Đơn vị tính", "TH 2024", "KH 2025", "Ước TH 2025", "So sánh ƯTH 2025/KH (%)",
                "KH 2026"]
_FIVE_HEADER = ["TT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu Nghị quyết ĐH XIX", "Năm 2021", "Năm 2022", "Năm 2023",
                "Năm 2024", "Ước năm 2025"]
_VALID = "Số sản phẩm OCOP được công nhận (lũy kế, còn hiệu lực)"


def _two_sheets(year_row: list, five_row: list):
    def sheet(title, header, row):
        return _annex(title, [["A", "KINH TẾ"], row], upper="UBND TỈNH NGHỆ AN", office="SỞ TÀI CHÍNH",
                      header=header)
    return examine_book({
        "Năm 2025": sheet("MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2025, KẾ HOẠCH NĂM 2026", _YEAR_HEADER, year_row),
        "Giai đoạn 2021-2025": sheet("MỘT SỐ CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2021–2025", _FIVE_HEADER,
                                     five_row)}, name="nghean_phu_luc_2025.xlsx")


def test_the_years_plan_and_the_congress_target_differing_are_set_aside_not_a_refusal():
    """"KH 2025" 650 on the year's sheet and "Mục tiêu Nghị quyết ĐH XIX" 700 on the five-year sheet,
    both the plan of the valid OCOP products at the end of 2025 (Nghệ An's annex, batch 46): two targets
    set by two bodies, not a report contradicting itself — the honest file was refused as a duplicate.
    Neither plan is stored (which one is meant cannot be told); every actual figure is, and the uploader
    reads why the plans were left out."""
    result = _two_sheets(["1", _VALID, "sản phẩm", 612, 650, 671, "103,2", 720],
                         ["1", _VALID, "sản phẩm", 700, 381, 452, 548, 612, 671])
    got = taken(result)
    valid = {k: v for k, v in got.items() if k[2] == "ocop_products_total"}
    assert {(k[1], k[3][:4], k[4]): v for k, v in valid.items()} == {
        ("63", "2021", "actual"): 381, ("63", "2022", "actual"): 452, ("63", "2023", "actual"): 548,
        ("63", "2024", "actual"): 612, ("34", "2025", "actual"): 671, ("34", "2026", "plan"): 720}
    assert any("Hai kế hoạch" in i.reason_vi for i in result.ignored)


def test_probes_two_actuals_still_refuse_and_one_plan_twice_is_kept():
    """Where the rule must not fire: two different ACTUAL figures of one year (the estimate 671 on one
    sheet, 672 on the other) are still a duplicate that refuses the file; the same plan given twice (650
    and 650) is one plan, stored. (Two plans of one key on ONE sheet still refuse the file:
    tests/test_ingest_fixtab21a_classes.py, a span's "Kế hoạch năm 2024 | Kế hoạch năm 2025".)"""
    refused = _two_sheets(["1", _VALID, "sản phẩm", 612, 650, 671, "103,2", 720],
                          ["1", _VALID, "sản phẩm", 700, 381, 452, 548, 612, 672])
    assert not refused.accepted and "duplicate" in {p.rule for p in refused.problems}
    same = taken(_two_sheets(["1", _VALID, "sản phẩm", 612, 650, 671, "103,2", 720],
                             ["1", _VALID, "sản phẩm", 650, 381, 452, 548, 612, 671]))
    plans = {k[3]: v for k, v in same.items() if k[2] == "ocop_products_total" and k[4] == "plan"}
    assert 650 in plans.values() and 720 in plans.values()
