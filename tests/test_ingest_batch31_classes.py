"""What the thirty-first blind batch of the workbook corpus revealed (the merged provinces of the
South in their first reports after 1 July 2025), one class per test: each report is built here,
marked as test data, and read by `etl.ingest.examine` as an upload is. A statistician's reading is
the expectation; beside each rule, probes where it must not fire."""
from __future__ import annotations

from tests.fixtures.reports import examine, facts, head, taken

_ANNUAL_MERGES = ("A6:A7", "B6:B7", "C6:C7", "D6:E6", "F6:F7", "G6:G7")


def _annual(province: str, group: str, formers: list[str], rows: list[list], city: bool = False,
            title: str = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025",
            second: str = "6 tháng cuối năm 2025", whole: str = "Cả năm 2025") -> list[list]:
    """The new province's 2025 annual report: `group` merged over two former provinces' columns, then
    the new province's second half and year."""
    return [*head(province, title, city=city),
            ["STT", "Chỉ tiêu", "ĐVT", group, None, second, whole],
            [None, None, None, *formers, None, None], *rows]


_ROWS = [[1, "Tổng số nhiệm vụ KH&CN đang quản lý", "Nhiệm vụ", 96, 38, 121, 139],
         [2, "Sản phẩm OCOP được công nhận", "Sản phẩm", 27, 15, 36, 78]]


def _of(cols: list[tuple[str, str, str]]) -> dict:
    """The facts of _ROWS for the (province, frame, period) each value column is read as."""
    return {(p, fr, ind, per, "actual"): row[3 + i]
            for row, ind in zip(_ROWS, ("tasks_managed", "ocop_products"))
            for i, (p, fr, per) in enumerate(cols) if (p, fr, per) != ("", "", "")}


def test_a_first_half_before_the_merger_without_its_year_is_the_title_years_half():
    """"6 tháng đầu năm (trước sắp xếp)" over "Đồng Nai (cũ) | Bình Phước (cũ)" under a title on 2025:
    the group's "năm (trước sắp xếp)" folded to "năm trước" (the year before) and each former
    province's first half was stored as its whole year 2024 — 24 wrong numbers in batch 31. It is
    each former province's own first half of 2025 (frame 63); the new province's halves follow."""
    got = taken(examine(_annual("Đồng Nai", "6 tháng đầu năm (trước sắp xếp)", ["Đồng Nai (cũ)", "Bình Phước (cũ)"],
                                _ROWS), merges=_ANNUAL_MERGES))
    assert got == _of([("75", "63", "2025-S1"), ("70", "63", "2025-S1"), ("75", "34", "2025-S2"),
                       ("75", "34", "2025")])


def test_a_former_city_named_with_tp_under_the_group_is_its_first_half_too():
    """"TP. Cần Thơ (cũ)" under the same group: the whole header already named the city, so the
    group's part of the year was never read — its first half was set aside as a share of the new
    city's 2025 (and Sóc Trăng's stored as its 2024)."""
    got = taken(examine(_annual("Cần Thơ", "6 tháng đầu năm (trước sắp xếp)", ["TP. Cần Thơ (cũ)", "Sóc Trăng (cũ)"],
                                _ROWS, city=True), merges=_ANNUAL_MERGES))
    assert got == _of([("92", "63", "2025-S1"), ("94", "63", "2025-S1"), ("92", "34", "2025-S2"),
                       ("92", "34", "2025")])


def test_the_year_before_is_still_the_year_before():
    """Probe (another period): "Thực hiện năm trước | Thực hiện năm 2024" in the former Bạc Liêu's
    2024 report — "năm trước" without the merger's note is still 2023, never 2024."""
    rows = [*head("Bạc Liêu", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024"),
            ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm trước", "Thực hiện năm 2024"],
            [1, "Sản phẩm OCOP được công nhận", "Sản phẩm", 21, 25]]
    assert taken(examine(rows)) == {("95", "63", "ocop_products", "2023", "actual"): 21,
                                    ("95", "63", "ocop_products", "2024", "actual"): 25}


def test_a_plan_of_the_first_half_before_the_merger_is_no_actual_figure():
    """Probe (a plan): "Kế hoạch 6 tháng đầu năm (trước sắp xếp)" over the former provinces' columns
    is their plan — no actual figure of anyone's first half (nor of 2024)."""
    got = taken(examine(_annual("Đồng Nai", "Kế hoạch 6 tháng đầu năm (trước sắp xếp)",
                                ["Đồng Nai (cũ)", "Bình Phước (cũ)"], _ROWS), merges=_ANNUAL_MERGES))
    assert {k: v for k, v in got.items() if k[4] == "actual"} == \
        _of([("", "", ""), ("", "", ""), ("75", "34", "2025-S2"), ("75", "34", "2025")])


def test_former_provinces_second_half_is_a_share_not_their_own():
    """Probe (a former province's share read as the whole): "6 tháng cuối năm" — after the merger —
    over "Đồng Nai (cũ) | Bình Phước (cũ)" beside the new province's year: the former columns are
    shares of the new province's half, which no province of that period holds: not stored (neither
    as their own second half nor as the new province's)."""
    got = facts(examine(_annual("Đồng Nai", "6 tháng cuối năm", ["Đồng Nai (cũ)", "Bình Phước (cũ)"], _ROWS,
                                second="Toàn tỉnh 6 tháng cuối năm 2025"), merges=_ANNUAL_MERGES))
    assert not any(k[3] == "2025-S2" and v in (96, 38, 27, 15) for k, v in got.items()), got
    assert not any(k[1] == "63" for k in got), got


_TERRITORY_TITLE = "SỐ LIỆU KH&CN 6 THÁNG CUỐI NĂM 2025 THEO ĐỊA BÀN"


def _territories(province: str, places: list[str], title: str = _TERRITORY_TITLE) -> tuple[list[list], tuple]:
    """Former territories as rows ("Địa bàn An Giang (cũ)"), indicators as columns, a row of units, and
    "Tổng cộng" merged over the STT and place columns at the bottom."""
    rows = [*head(province, title),
            ["STT", "Địa bàn", "Nhiệm vụ KH&CN được quản lý", "Sản phẩm OCOP được công nhận"],
            [None, None, "Nhiệm vụ", "Sản phẩm"]]
    for i, place in enumerate(places):
        rows.append([i + 1, place, 64 - 13 * i, 28 - 6 * i])
    total = len(rows) + 1
    rows.append(["Tổng cộng", None, sum(64 - 13 * i for i in range(len(places))),
                 sum(28 - 6 * i for i in range(len(places)))])
    return rows, (f"A{total}:B{total}",)


def test_territories_of_every_former_province_over_a_merged_total_give_the_province():
    """The new An Giang's second half of 2025: "Địa bàn An Giang (cũ)", "Địa bàn Kiên Giang (cũ)" and
    "Tổng cộng" merged across the STT and place columns: the rows were unknown provinces and the
    honest file refused. The territories are the former provinces' shares (after the merger: not
    stored); the total below every one of them is the new province's own half."""
    rows, merges = _territories("An Giang", ["Địa bàn An Giang (cũ)", "Địa bàn Kiên Giang (cũ)"])
    assert taken(examine(rows, merges=merges)) == {("91", "34", "tasks_managed", "2025-S2", "actual"): 115,
                                                   ("91", "34", "ocop_products", "2025-S2", "actual"): 50}


def test_a_total_of_some_former_provinces_is_not_the_province():
    """Probe (a part): the new Vĩnh Long's table listing only "Địa bàn Bến Tre (cũ)" and "Địa bàn Trà
    Vinh (cũ)" over "Tổng cộng": the two territories' sum, not Vĩnh Long's figure — nothing stored."""
    rows, merges = _territories("Vĩnh Long", ["Địa bàn Bến Tre (cũ)", "Địa bàn Trà Vinh (cũ)"])
    assert facts(examine(rows, merges=merges)) == {}


def test_territories_before_the_merger_are_their_own_and_the_total_no_ones():
    """Probe (another period: before the merger): the same rows on the first half of 2025 are each
    former province's own half (frame 63); the total is the merged territory's, which belongs to no
    province of that half — never stored as Kiên Giang's, whose code the new An Giang kept."""
    rows, merges = _territories("An Giang", ["Địa bàn An Giang (cũ)", "Địa bàn Kiên Giang (cũ)"],
                                title="SỐ LIỆU KH&CN 6 THÁNG ĐẦU NĂM 2025 THEO ĐỊA BÀN")
    got = facts(examine(rows, merges=merges))
    assert got == {("89", "63", "tasks_managed", "2025-S1", "actual"): 64,
                   ("89", "63", "ocop_products", "2025-S1", "actual"): 28,
                   ("91", "63", "tasks_managed", "2025-S1", "actual"): 51,
                   ("91", "63", "ocop_products", "2025-S1", "actual"): 22}, got


def test_a_merged_total_of_other_provinces_is_no_provinces():
    """Probe (another province's total): a 2024 compilation of "Sóc Trăng", "Bạc Liêu" with "Tổng cộng"
    merged over the STT and place columns: the region's sum, no province's; each province its own."""
    rows, merges = _territories("Sóc Trăng", ["Sóc Trăng", "Bạc Liêu"],
                                title="SỐ LIỆU KH&CN NĂM 2024 CÁC TỈNH")
    rows[0] = ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"]
    got = facts(examine(rows, merges=merges))
    assert got == {("94", "63", "tasks_managed", "2024", "actual"): 64,
                   ("94", "63", "ocop_products", "2024", "actual"): 28,
                   ("95", "63", "tasks_managed", "2024", "actual"): 51,
                   ("95", "63", "ocop_products", "2024", "actual"): 22}, got


def _to_date(rows: list[list]) -> list[list]:
    """The new Đồng Tháp's first half of 2026: "Kế hoạch năm 2026 | Thực hiện 6 tháng đầu năm 2026 |
    Lũy kế đến nay | Ghi chú"."""
    return [*head("Đồng Tháp", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ 6 THÁNG ĐẦU NĂM 2026"),
            ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Thực hiện 6 tháng đầu năm 2026", "Lũy kế đến nay",
             "Ghi chú"], *rows]


def test_products_recognized_since_a_year_are_no_valid_products():
    """"Sản phẩm OCOP được công nhận | 90 | 41 | 612 | Lũy kế từ năm 2019": 612 is every product
    recognized since 2019, summed over the years (recognitions lapse after three years) — it was
    stored as 612 valid OCOP products at 30/6/2026. Not taken, with the reason; the half's 41 is."""
    res = examine(_to_date([[1, "Sản phẩm OCOP được công nhận", "Sản phẩm", 90, 41, 612, "Lũy kế từ năm 2019"]]))
    assert taken(res) == {("82", "34", "ocop_products", "2026", "plan"): 90,
                          ("82", "34", "ocop_products", "2026-S1", "actual"): 41}
    assert any("cộng dồn" in i.reason_vi for i in res.ignored), res.ignored


def test_a_stock_to_date_since_a_year_is_still_the_stock():
    """Probe (another indicator: a stock counted to date): "Nhãn hiệu tập thể được bảo hộ | 6 | 2 | 87 |
    Lũy kế từ năm 2010" — marks granted and still protected are the stock itself: 87 at 30/6/2026
    (the half's 2 new marks no stock)."""
    got = taken(examine(_to_date([[1, "Nhãn hiệu tập thể được bảo hộ", "Nhãn hiệu", 6, 2, 87, "Lũy kế từ năm 2010"]])))
    assert {k: v for k, v in got.items() if k[4] == "actual"} == \
        {("82", "34", "ip_collective_marks", "2026-06-30", "actual"): 87}


def test_a_note_since_a_year_leaves_the_periods_own_figure():
    """Probe (another period: the half's own column): the note touches only the total to date — the
    first half's 41 products recognized are still taken, and the year's plan stays a plan."""
    got = taken(examine(_to_date([[1, "Sản phẩm OCOP được công nhận", "Sản phẩm", 90, 41, None,
                                   "Lũy kế từ năm 2019 xem phụ lục"]])))
    assert got == {("82", "34", "ocop_products", "2026", "plan"): 90,
                   ("82", "34", "ocop_products", "2026-S1", "actual"): 41}
