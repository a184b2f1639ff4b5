"""Batch 31's classes, as review 19a found them still open (the merged provinces of the South in
their first reports after 1 July 2025), one class per test: each report is built here, marked as
test data, and read by `etl.ingest.examine` as an upload is. Beside each rule, probes where it must
not fire."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import examine, facts, head, taken
from tests.test_ingest_batch31_classes import _ANNUAL_MERGES, _ROWS, _annual, _of


@pytest.mark.parametrize("group", ["6 tháng đầu năm trước sắp xếp", "6 tháng đầu năm - trước sắp xếp",
                                   "6 tháng đầu năm trước khi sáp nhập", "6 tháng đầu năm (trước khi sắp xếp)",
                                   "6 tháng đầu năm (trước sáp nhập tỉnh)", "6 tháng đầu năm (trước sắp xếp)"])
def test_a_first_half_before_the_merger_worded_otherwise_is_still_the_title_years_half(group):
    """The merger's clause unbracketed, after a dash, or worded "trước khi sáp nhập" / "trước sáp nhập
    tỉnh" over "Đồng Nai (cũ) | Bình Phước (cũ)" under a title on 2025: "năm trước sắp xếp" was read as
    "năm trước" (the year before) and each former province's first half stored as its whole 2024.
    It is each former province's own first half of 2025."""
    got = taken(examine(_annual("Đồng Nai", group, ["Đồng Nai (cũ)", "Bình Phước (cũ)"], _ROWS),
                        merges=_ANNUAL_MERGES))
    assert got == _of([("75", "63", "2025-S1"), ("70", "63", "2025-S1"), ("75", "34", "2025-S2"),
                       ("75", "34", "2025")])


def test_the_same_period_of_the_year_before_before_the_merger_is_still_the_year_before():
    """Probe (the year before, with the clause): "Cùng kỳ năm trước (trước sắp xếp)" keeps its "năm
    trước" — no figure of 2025's first half; each former province's column is its 2024."""
    got = facts(examine(_annual("Đồng Nai", "Cùng kỳ năm trước (trước sắp xếp)", ["Đồng Nai (cũ)", "Bình Phước (cũ)"],
                                _ROWS), merges=_ANNUAL_MERGES))
    assert not any(k[1] == "63" and k[3].startswith("2025") for k in got), got
    assert got[("75", "63", "ocop_products", "2024", "actual")] == 27


def test_the_year_before_without_the_merger_stays_the_year_before():
    """Probe (no merger): "Thực hiện năm trước" in a 2024 report is still 2023."""
    rows = [*head("Bạc Liêu", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024"),
            ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm trước", "Thực hiện năm 2024"],
            [1, "Sản phẩm OCOP được công nhận", "Sản phẩm", 21, 25]]
    assert taken(examine(rows)) == {("95", "63", "ocop_products", "2023", "actual"): 21,
                                    ("95", "63", "ocop_products", "2024", "actual"): 25}


def _territories(places: list[str]) -> tuple[list[list], tuple]:
    """The new An Giang's second half of 2025 by territory ("Địa bàn An Giang (cũ)" …), indicators as
    columns, "Tổng cộng" merged over the STT and place columns at the bottom (999 | 888)."""
    rows = [*head("An Giang", "SỐ LIỆU KH&CN 6 THÁNG CUỐI NĂM 2025 CÁC ĐỊA PHƯƠNG TRONG VÙNG"),
            ["STT", "Địa bàn", "Nhiệm vụ KH&CN được quản lý", "Sản phẩm OCOP được công nhận"],
            [None, None, "Nhiệm vụ", "Sản phẩm"]]
    rows += [[i + 1, place, 64 - 13 * i, 28 - 6 * i] for i, place in enumerate(places)]
    total = len(rows) + 1
    rows.append(["Tổng cộng", None, 999, 888])
    return rows, (f"A{total}:B{total}",)


def test_a_total_below_the_former_provinces_and_another_province_is_the_regions():
    """"Địa bàn An Giang (cũ)", "Địa bàn Kiên Giang (cũ)", "Cần Thơ", then "Tổng cộng": every former
    province of the new An Giang is listed, but so is another province — the total is the region's
    sum (it was stored as An Giang's second half, 999 tasks). Not An Giang's; Cần Thơ's row its own."""
    rows, merges = _territories(["Địa bàn An Giang (cũ)", "Địa bàn Kiên Giang (cũ)", "Cần Thơ"])
    got = facts(examine(rows, merges=merges))
    assert not any(k[0] == "91" for k in got), got
    assert 999 not in got.values() and 888 not in got.values(), got
    assert got == {("92", "34", "tasks_managed", "2025-S2", "actual"): 38,
                   ("92", "34", "ocop_products", "2025-S2", "actual"): 16}, got


@pytest.mark.parametrize("places", [["Địa bàn An Giang (cũ)", "Địa bàn Kiên Giang (cũ)"],
                                    ["An Giang (cũ)", "Kiên Giang (cũ)"]])
def test_a_total_below_only_the_former_provinces_is_still_the_merged_provinces(places):
    """Probe (the other way): only the former provinces listed — the total is the new An Giang's."""
    rows, merges = _territories(places)
    assert taken(examine(rows, merges=merges)) == {("91", "34", "tasks_managed", "2025-S2", "actual"): 999,
                                                   ("91", "34", "ocop_products", "2025-S2", "actual"): 888}


def test_a_sum_column_beside_the_former_provinces_and_another_province_is_no_provinces():
    """The same in columns: "6 tháng cuối năm 2025" over "An Giang (cũ) | Kiên Giang (cũ) | Cần Thơ |
    Tổng cộng": the sum is the region's — it was stored as the new An Giang's half (999)."""
    rows = [*head("An Giang", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025"),
            ["STT", "Chỉ tiêu", "ĐVT", "6 tháng cuối năm 2025", None, None, None],
            [None, None, None, "An Giang (cũ)", "Kiên Giang (cũ)", "Cần Thơ", "Tổng cộng"],
            [1, "Sản phẩm OCOP được công nhận", "Sản phẩm", 10, 20, 30, 999]]
    got = facts(examine(rows, merges=("A6:A7", "B6:B7", "C6:C7", "D6:G6")))
    assert 999 not in got.values(), got


def _to_date(label: str, half, to_date, note=None) -> list[list]:
    """The new Đồng Tháp's first half of 2026: "Kế hoạch năm 2026 | Thực hiện 6 tháng đầu năm 2026 |
    Lũy kế đến nay | Ghi chú"."""
    return [*head("Đồng Tháp", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ 6 THÁNG ĐẦU NĂM 2026"),
            ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Thực hiện 6 tháng đầu năm 2026", "Lũy kế đến nay",
             "Ghi chú"], [1, label, "Sản phẩm", 90, half, to_date, note]]


@pytest.mark.parametrize("label", ["Sản phẩm OCOP được công nhận (lũy kế từ 2019)",
                                   "Sản phẩm OCOP được công nhận (lũy kế từ năm 2019)",
                                   "Sản phẩm OCOP được công nhận - cộng dồn từ 2019"])
def test_a_label_summed_since_a_year_keeps_its_periods_flow(label):
    """"Sản phẩm OCOP được công nhận (lũy kế từ 2019) | 90 | 41 | 612": the label's "lũy kế" dates
    only the total to date — matched as the valid products, the half's 41 was a second stock beside
    612 and the honest file refused. The plan and the half are the products recognized; 612, summed
    since 2019, is set aside with its reason."""
    res = examine(_to_date(label, 41, 612))
    assert res.accepted, res.problems
    assert taken(res) == {("82", "34", "ocop_products", "2026", "plan"): 90,
                          ("82", "34", "ocop_products", "2026-S1", "actual"): 41}
    assert any("cộng dồn" in i.reason_vi for i in res.ignored), res.ignored


def test_a_label_to_date_without_a_year_is_still_the_stock():
    """Probe (no year in the label): "Sản phẩm OCOP còn hiệu lực công nhận | … | 612" stays the products
    valid at 30/6/2026."""
    got = taken(examine(_to_date("Sản phẩm OCOP còn hiệu lực công nhận", None, 612)))
    assert got == {("82", "34", "ocop_products_total", "2026-06-30", "actual"): 612}, got
