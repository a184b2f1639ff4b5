"""Figures typed in text cells (`etl/sentences.py`, read with `etl/prose.py`), one class per test, as
batch 41 of the workbook corpus (text cells of the North-Central coast, the Northern mountains and the
South-East, 2024 to the third quarter of 2026, written blind) revealed them. Each report is built here
with `tests.fixtures.reports`, marked as test data, and read by `etl.ingest.examine` as an upload is. A
statistician's reading is the expectation: a figure taken only when nothing is guessed — and each rule
has probes where it must NOT fire (a plan, another period, a district, a former province's share as the
whole, figures of another kind, the new territory's year before it existed)."""
from __future__ import annotations

from tests.fixtures.reports import examine, head, taken

_YEAR_2024 = "KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024"
_YEAR_2025 = "KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025"
_NINE_MONTHS_2026 = "KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ 9 THÁNG ĐẦU NĂM 2026"

# an honest row beside a probe, so that the probe's file is not refused for stating nothing
_ANCHOR = ["9", "Sáng kiến", "Công nhận 57 sáng kiến", None]


def _table(province: str, title: str, rows: list[list], city: bool = False) -> list[list]:
    return head(province, title, city) + [["TT", "Nội dung", "Kết quả thực hiện", "Ghi chú"]] + rows


def _lines(province: str, title: str, lines: list[str], city: bool = False) -> list[list]:
    return head(province, title, city) + [[x] for x in lines]


def test_a_respectively_list_after_its_whole_is_the_wholes_breakdown():
    """Thanh Hóa's "Năm 2024, Sở quản lý 148 nhiệm vụ KH&CN; số nhiệm vụ cấp quốc gia, cấp tỉnh và cấp cơ
    sở lần lượt là 9, 87 và 52 nhiệm vụ" and the new TP.HCM's "Sở quản lý 438 nhiệm vụ KH&CN; số nhiệm vụ
    mới và chuyển tiếp lần lượt là 121 và 317 nhiệm vụ": the list said "số nhiệm vụ là 9 …" with no verb
    (the whole's verb is in the clause before it), and its stages were no list item — five parts lost."""
    got = taken(examine(_table("Thanh Hóa", _YEAR_2024, [
        ["1", "Quản lý nhiệm vụ KH&CN", "Năm 2024, Sở quản lý 148 nhiệm vụ KH&CN; số nhiệm vụ cấp quốc gia, cấp tỉnh "
                                        "và cấp cơ sở lần lượt là 9, 87 và 52 nhiệm vụ", None],
    ]), name="thanhhoa_2024.xlsx"))
    assert got == {("38", "63", "tasks_managed", "2024", "actual"): 148,
                   ("38", "63", "tasks_managed_national", "2024", "actual"): 9,
                   ("38", "63", "tasks_managed_provincial", "2024", "actual"): 87,
                   ("38", "63", "tasks_managed_grassroots", "2024", "actual"): 52}
    got = taken(examine(_lines("Hồ Chí Minh", _NINE_MONTHS_2026, [
        "9 tháng năm 2026, Sở quản lý 438 nhiệm vụ KH&CN; số nhiệm vụ mới và chuyển tiếp lần lượt là 121 và 317 "
        "nhiệm vụ.",
    ], city=True), name="tphcm_9t_2026.xlsx"))
    assert got == {("79", "34", "tasks_managed", "2026-01/2026-09", "actual"): 438,
                   ("79", "34", "tasks_new", "2026-01/2026-09", "actual"): 121,
                   ("79", "34", "tasks_carried_over", "2026-01/2026-09", "actual"): 317}
    # probes: a plan's breakdown, a district's, a former province's share taken as the whole, and a list
    # whose figures are of two kinds give no figure of the province
    got = taken(examine(_table("Thanh Hóa", _YEAR_2024, [
        ["1", "Kế hoạch", "Phấn đấu năm 2025 quản lý 150 nhiệm vụ; số nhiệm vụ cấp quốc gia và cấp tỉnh lần lượt "
                          "là 10 và 140 nhiệm vụ", None],
        ["2", "Địa phương", "Huyện Thọ Xuân quản lý 20 nhiệm vụ; số nhiệm vụ cấp tỉnh và cấp cơ sở lần lượt là 8 và "
                            "12 nhiệm vụ", None],
        ["3", "Nhiệm vụ", "Sở quản lý 60 nhiệm vụ; số nhiệm vụ cấp tỉnh và cấp cơ sở lần lượt là 12 nhiệm vụ và 3 "
                          "tỷ đồng", None],
        _ANCHOR,
    ]), name="thanhhoa_2024_probes.xlsx"))
    assert not {k for k in got if k[2].startswith("tasks_managed_")}, got
    assert not {v for k, v in got.items() if k[2] == "tasks_managed"} - {60}, got
    got = taken(examine(_table("Quảng Trị", _YEAR_2025, [
        ["1", "Nhiệm vụ", "Địa bàn tỉnh Quảng Bình (cũ) quản lý 94 nhiệm vụ; số nhiệm vụ cấp quốc gia và cấp tỉnh "
                          "lần lượt là 6 và 88 nhiệm vụ", None],
        _ANCHOR,
    ]), name="quangtri_2025_probe.xlsx"))
    assert not {k for k in got if k[2].startswith("tasks_managed")}, got


def test_a_years_list_with_the_unit_typed_after_each_figure():
    """The new Tuyên Quang's "Chi ngân sách nhà nước cho KH&CN năm 2024 và năm 2025 lần lượt là 96,3 tỷ đồng
    và 118,4 tỷ đồng": a unit after every figure of the list made it no list — 2025's budget was lost. The
    merged province's 2024 is its territory's before it existed: no province's figure (never the former
    Tuyên Quang's, whose code the new province kept)."""
    got = taken(examine(_table("Tuyên Quang", _YEAR_2025, [
        ["1", "Kinh phí", "Chi ngân sách nhà nước cho KH&CN năm 2024 và năm 2025 lần lượt là 96,3 tỷ đồng và 118,4 "
                          "tỷ đồng", None],
    ]), name="tuyenquang_2025.xlsx"))
    assert got == {("08", "34", "st_budget", "2025", "actual"): 118.4}
    # probe: Thanh Hóa (unchanged by the merger) states both years of its own: each is that year's
    got = taken(examine(_table("Thanh Hóa", _YEAR_2024, [
        ["1", "Kinh phí", "Chi ngân sách nhà nước cho KH&CN năm 2023 và năm 2024 lần lượt là 112,5 tỷ đồng và "
                          "120,8 tỷ đồng", None],
    ]), name="thanhhoa_2024_budget.xlsx"))
    assert got[("38", "63", "st_budget", "2024", "actual")] == 120.8
    assert got.get(("38", "63", "st_budget", "2023", "actual")) in (None, 112.5)
    # probes: figures of two units, and a plan's years, give nothing
    got = taken(examine(_table("Thanh Hóa", _YEAR_2024, [
        ["1", "Kinh phí", "Chi ngân sách nhà nước cho KH&CN năm 2023 và năm 2024 lần lượt là 112,5 triệu đồng và "
                          "120,8 tỷ đồng", None],
        ["2", "Kế hoạch", "Kế hoạch chi ngân sách nhà nước cho KH&CN năm 2025 và năm 2026 lần lượt là 130 tỷ đồng "
                          "và 140 tỷ đồng", None],
        _ANCHOR,
    ]), name="thanhhoa_2024_budget_probes.xlsx"))
    assert not {k for k in got if k[2] == "st_budget"}, got


def test_a_plans_year_in_a_later_item_dates_no_figure_before_it():
    """Thanh Hóa's "Tổ chức nghiệm thu 41 nhiệm vụ, trong đó 35 nhiệm vụ cấp tỉnh; phấn đấu năm 2025 nghiệm
    thu 45 nhiệm vụ" in its report on 2024: the plan's year became the cell's period and dated 41 and 35
    (2025's, not the sheet's: both lost)."""
    got = taken(examine(_table("Thanh Hóa", _YEAR_2024, [
        ["2", "Đánh giá, nghiệm thu", "Tổ chức nghiệm thu 41 nhiệm vụ, trong đó 35 nhiệm vụ cấp tỉnh; phấn đấu năm "
                                      "2025 nghiệm thu 45 nhiệm vụ", None],
    ]), name="thanhhoa_2024_accepted.xlsx"))
    assert got == {("38", "63", "tasks_accepted", "2024", "actual"): 41,
                   ("38", "63", "tasks_accepted_provincial", "2024", "actual"): 35}
    # probes: a figure its own clause dates in another year stays that year's (never the sheet's), a plan
    # item's figure is never an actual, and a plan opening the cell keeps every figure a plan
    got = taken(examine(_table("Thanh Hóa", _YEAR_2024, [
        ["1", "Nghiệm thu", "Năm 2023 nghiệm thu 38 nhiệm vụ; kế hoạch năm 2025 nghiệm thu 45 nhiệm vụ", None],
        ["2", "OCOP", "Phấn đấu năm 2025 công nhận 120 sản phẩm OCOP; dự kiến năm 2026 công nhận 130 sản phẩm", None],
        _ANCHOR,
    ]), name="thanhhoa_2024_accepted_probes.xlsx"))
    assert ("38", "63", "tasks_accepted", "2024", "actual") not in got, got
    assert not {v for v in got.values()} & {45, 120, 130}, got
