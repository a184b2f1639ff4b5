"""What the fortieth blind batch of the workbook corpus revealed (the northern mountains and the
south-east before and after the merger, in the layouts a busy office produces), one class per test:
each report is built here, marked as test data, and read by `etl.ingest.examine` as an upload is. A
statistician's reading is the expectation; beside each rule, probes where it must not fire."""
from __future__ import annotations

from tests.fixtures.reports import MARK, examine, facts, head, taken

_YEARS = [None, 2020, 2021, 2022, "Sơ bộ 2023"]


def _yearbook(*tables) -> list[list]:
    """A sheet copied from a province's statistical yearbook: each table a caption, "Đơn vị tính: …"
    at the right under it, the years across (no label in the first column), then its rows."""
    rows = [["CỤC THỐNG KÊ TỈNH THÁI NGUYÊN"], ["NIÊN GIÁM THỐNG KÊ TỈNH THÁI NGUYÊN 2023"], [MARK], []]
    for caption, unit, lines in tables:
        rows += [[caption], [None, None, None, None, f"Đơn vị tính: {unit}"], list(_YEARS), *lines, []]
    return rows


_ACCEPTED = ("12.5. Số nhiệm vụ khoa học và công nghệ được nghiệm thu phân theo cấp quản lý", "Nhiệm vụ", [
    ["TỔNG SỐ", 35, 38, 41, 44],
    ["Phân theo cấp quản lý"],
    ["Cấp nhà nước", 2, 3, 2, 4],
    ["Cấp tỉnh", 19, 21, 24, 25],
    ["Cấp cơ sở", 14, 14, 15, 15],
])


def _years(result, province, indicator) -> dict:
    got = facts(result)
    return {k[3]: v for k, v in got.items() if k[0] == province and k[2] == indicator}


def test_a_yearbook_tables_total_row_is_its_captions_indicator_and_heads_its_levels():
    """Three tables of Thái Nguyên's statistical yearbook: each caption names the indicator ("… được
    nghiệm thu phân theo cấp quản lý": the words from "phân theo" on announce the breakdown), then
    "Đơn vị tính", the years (the latest "Sơ bộ"), "TỔNG SỐ" and the breakdown. The total row is the
    caption's indicator (money in the caption's unit), the levels its declared parts; grassroots tasks
    accepted (no such indicator), researchers by degree and the budget's parts name nothing (batch 40:
    the 20 figures of the sheet unread)."""
    result = examine(_yearbook(
        _ACCEPTED,
        ("12.6. Số người làm nghiên cứu khoa học và phát triển phân theo trình độ chuyên môn", "Người", [
            ["TỔNG SỐ", 1652, 1710, 1795, 1843], ["Phân theo trình độ chuyên môn"],
            ["Tiến sĩ", 312, 330, 351, 368], ["Thạc sĩ", 804, 829, 861, 880]]),
        ("12.7. Chi ngân sách nhà nước cho khoa học và công nghệ", "Triệu đồng", [
            ["TỔNG SỐ", 62540, 58310, 66780, 71250], ["Chi đầu tư phát triển", 15200, 11800, 16900, 18400],
            ["Chi sự nghiệp khoa học và công nghệ", 47340, 46510, 49880, 52850]]),
    ), title="12. KHCN")
    got = taken(result)
    years = ("2020", "2021", "2022", "2023")
    assert _years(result, "19", "tasks_accepted") == dict(zip(years, (35, 38, 41, 44)))
    assert _years(result, "19", "tasks_accepted_national") == dict(zip(years, (2, 3, 2, 4)))
    assert _years(result, "19", "tasks_accepted_provincial") == dict(zip(years, (19, 21, 24, 25)))
    assert _years(result, "19", "researchers") == {f"{y}-12-31": v for y, v in zip(years, (1652, 1710, 1795, 1843))}
    assert _years(result, "19", "st_budget") == dict(zip(years, (62.54, 58.31, 66.78, 71.25)))
    # the grassroots level, the degrees and the budget's parts: nothing stored
    assert len(got) == 20, got


def test_probe_a_total_under_a_caption_naming_another_period_or_a_plan_is_not_the_captions():
    """Probes (another period, a plan): a caption dating its figures ("… được nghiệm thu năm 2022") over
    the years' columns, and a caption of proposals ("Số nhiệm vụ KH&CN đề xuất đặt hàng"): the total
    row stays a total, nothing stored as tasks accepted or managed."""
    dated = examine(_yearbook(("12.5. Số nhiệm vụ khoa học và công nghệ được nghiệm thu năm 2022", "Nhiệm vụ",
                               [["TỔNG SỐ", 35, 38, 41, 44]])), title="12. KHCN")
    assert not facts(dated)
    proposed = examine(_yearbook(("12.4. Số nhiệm vụ khoa học và công nghệ đề xuất đặt hàng", "Nhiệm vụ",
                                  [["TỔNG SỐ", 61, 70, 66, 72], ["Cấp tỉnh", 40, 45, 41, 50]])), title="12. KHCN")
    assert not facts(proposed)


def test_probe_a_total_below_another_indicators_row_or_of_another_place_is_not_the_captions():
    """Probes (another indicator's total, a district, another province): "Tổng số" under a caption of
    OCOP products but after a row of 4-star products is not read as the caption's (a person cannot
    tell what it totals); a caption naming a district ("… (huyện Đại Từ)") or another province ("…
    tỉnh Bắc Kạn") in Thái Nguyên's yearbook gives nothing."""
    below = examine(_yearbook(("12.9. Sản phẩm OCOP được công nhận", "Sản phẩm",
                               [["Sản phẩm OCOP 4 sao", 5, 6, 8, 9], ["Tổng số", 40, 44, 52, 61]])), title="12. KHCN")
    assert not [k for k in facts(below) if k[2] == "ocop_products"]
    district = examine(_yearbook(("12.9. Sản phẩm OCOP được công nhận (huyện Đại Từ)", "Sản phẩm",
                                  [["TỔNG SỐ", 7, 9, 8, 12]])), title="12. KHCN")
    assert not facts(district)
    other = examine(_yearbook(("12.9. Sản phẩm OCOP được công nhận của tỉnh Bắc Kạn", "Sản phẩm",
                               [["TỔNG SỐ", 17, 19, 28, 22]])), title="12. KHCN")
    assert not [k for k in facts(other) if k[0] == "19"]


def _dong_nai(group: str, whole: str, formers=("Đồng Nai (cũ)", "Bình Phước (cũ)"), values=(96, 41)) -> list[list]:
    """The new Đồng Nai's 2025 report: "6 tháng đầu năm 2025 (trước sắp xếp)" over its former
    provinces' columns, `group` over `whole` beside them (a header of two rows)."""
    n = len(formers)
    return [*head("Đồng Nai", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025"),
            ["STT", "Chỉ tiêu", "ĐVT", "6 tháng đầu năm 2025 (trước sắp xếp)", *[None] * (n - 1), group],
            [None, None, None, *formers, whole],
            ["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", *values[:n], 168],
            ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", *(28, 17)[:n], 83]]


def _merges(n: int = 2) -> tuple[str, ...]:
    last = chr(ord("D") + n - 1)
    return ("A6:A7", "B6:B7", "C6:C7") + ((f"D6:{last}6",) if n > 1 else ())


def test_the_whole_province_under_its_own_year_beside_the_former_provinces_half():
    """The new Đồng Nai's 2025: "Năm 2025" over "Toàn tỉnh" beside "6 tháng đầu năm 2025 (trước sắp xếp)"
    over "Đồng Nai (cũ) | Bình Phước (cũ)": the whole column is the new province's year (frame 34),
    the former columns each former province's own half (frame 63). Unread until batch 40 ("Tiêu đề
    cột không cho biết đây là số liệu gì": 4 facts)."""
    got = taken(examine(_dong_nai("Năm 2025", "Toàn tỉnh"), merges=_merges()))
    assert got[("75", "34", "tasks_managed", "2025", "actual")] == 168
    assert got[("75", "34", "ocop_products", "2025", "actual")] == 83
    assert got[("75", "63", "tasks_managed", "2025-S1", "actual")] == 96
    assert got[("70", "63", "tasks_managed", "2025-S1", "actual")] == 41
    assert got[("70", "63", "ocop_products", "2025-S1", "actual")] == 17
    assert len(got) == 6, got


def test_probe_the_whole_province_under_a_plan_or_an_earlier_year_is_not_its_figure():
    """Probes (a plan, another period): "Kế hoạch năm 2025" over "Toàn tỉnh" is the plan; "Năm 2024" over
    "Toàn tỉnh" in the new province's report is the territory's year before the new province existed
    (three former provinces summed): neither is stored, the former provinces' halves still are."""
    for group in ("Kế hoạch năm 2025", "Năm 2024"):
        got = taken(examine(_dong_nai(group, "Toàn tỉnh"), merges=_merges()))
        assert not [k for k in got if k[3] != "2025-S1"], (group, got)
        assert got[("70", "63", "tasks_managed", "2025-S1", "actual")] == 41


def test_probe_a_bare_sum_beside_one_former_province_is_not_the_whole_province():
    """Probe (a former province's share read as the whole): "Năm 2025" over "Tổng cộng" beside one former
    province only ("Bình Phước (cũ)"): a sum of what is listed, not the new Đồng Nai's year."""
    got = facts(examine(_dong_nai("Năm 2025", "Tổng cộng", formers=("Bình Phước (cũ)",), values=(41,)),
                        merges=_merges(1)))
    assert not [k for k in got if k[1] == "34"], got
