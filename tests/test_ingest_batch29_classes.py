"""What the twenty-ninth blind batch of the workbook corpus revealed (the merged provinces of the
North in their first reports after 1 July 2025), one class per test: each report is built here,
marked as test data, and read by `etl.ingest.examine` as an upload is. A statistician's reading is
the expectation; beside each rule, probes where it must not fire."""
from __future__ import annotations

from tests.fixtures.reports import examine, facts, head, taken

_MERGES = ("A6:A7", "B6:B7", "C6:C7", "D6:F6", "G6:G7")


def _by_former(title: str, group: str, formers: list[str], whole: str, rows: list[list]) -> list[list]:
    """The new Phú Thọ's table: the former provinces' columns under a group header naming no period
    ("Chia theo địa bàn"), the whole province's column beside the group, its header over both rows."""
    return [*head("Phú Thọ", title),
            ["TT", "Nội dung", "Đơn vị tính", group, None, None, whole],
            [None, None, None, *formers, None], *rows]


_FORMERS = ["Phú Thọ (cũ)", "Vĩnh Phúc (cũ)", "Hòa Bình (cũ)"]
_ROWS = [[1, "Nhiệm vụ KH&CN chuyển tiếp", "Nhiệm vụ", 22, 18, 9, 49],
         [2, "Sản phẩm OCOP 4 sao được công nhận", "Sản phẩm", 8, 6, 5, 19]]


def _former_own(period: str) -> dict:
    """Each former province's own figures of a period before the merger (frame 63), nothing else."""
    return {(code, "63", ind, period, "actual"): v for ind, values in
            [("tasks_carried_over", (22, 18, 9)), ("ocop_products_4star", (8, 6, 5))]
            for code, v in zip(("25", "26", "17"), values)}


def test_the_whole_province_beside_a_periodless_group_of_its_former_provinces_is_its_own():
    """"Chia theo địa bàn" over "Phú Thọ (cũ) | Vĩnh Phúc (cũ) | Hòa Bình (cũ)" and "Toàn tỉnh" beside
    the group, under a title on 2025: every former province's 2025 cell was refused for the
    34-province frame and "Toàn tỉnh" not read — the honest file refused. "Toàn tỉnh" is the new
    province's 2025 (the title's period); the former provinces' cells are its shares, not stored."""
    for whole in ("Toàn tỉnh", "Tổng cộng toàn tỉnh", "Tổng cộng"):
        got = taken(examine(_by_former("TỔNG HỢP SỐ LIỆU KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025", "Chia theo địa bàn",
                                       _FORMERS, whole, _ROWS), merges=_MERGES))
        assert got == {("25", "34", "tasks_carried_over", "2025", "actual"): 49,
                       ("25", "34", "ocop_products_4star", "2025", "actual"): 19}, whole


def test_the_whole_beside_former_provinces_before_the_merger_is_no_provinces():
    """Probe (another period: before the merger): the same table on 2024 — each former province's
    column is its own 2024 (frame 63); the merged territory's 2024 belongs to no province and is
    not stored as the new Phú Thọ's (nor as anyone's)."""
    res = examine(_by_former("TỔNG HỢP SỐ LIỆU KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024", "Chia theo địa bàn",
                             _FORMERS, "Toàn tỉnh", _ROWS), merges=_MERGES)
    assert taken(res) == _former_own("2024")


def test_a_sum_of_some_former_provinces_is_not_the_whole_province():
    """Probe (a part: not every former province listed): "Vĩnh Phúc (cũ) | Hòa Bình (cũ)" and a bare
    "Tổng cộng" beside them is the two territories' sum, not Phú Thọ's figure: nothing stored as
    the new province's (27 would be a wrong number)."""
    formers = ["Vĩnh Phúc (cũ)", "Hòa Bình (cũ)", None]
    rows = [[1, "Nhiệm vụ KH&CN chuyển tiếp", "Nhiệm vụ", 18, 9, None, 27],
            [2, "Sản phẩm OCOP 4 sao được công nhận", "Sản phẩm", 6, 5, None, 11]]
    got = facts(examine(_by_former("TỔNG HỢP SỐ LIỆU KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025", "Chia theo địa bàn",
                                   formers, "Tổng cộng", rows), merges=_MERGES))
    assert ("25", "34", "tasks_carried_over", "2025", "actual") not in got
    assert ("25", "34", "ocop_products_4star", "2025", "actual") not in got


def test_a_group_naming_another_period_gives_the_whole_column_no_period_of_its_own():
    """Probe (another period): "6 tháng đầu năm 2025 (trước sắp xếp)" over the former provinces and
    "Toàn tỉnh" beside the group under a title on 2025 — the whole column is not under the group,
    so it is not read as the new province's first half (which it never had), nor the former
    provinces' halves as its shares: they are those provinces' own first half."""
    got = facts(examine(_by_former("TỔNG HỢP SỐ LIỆU KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025",
                                   "6 tháng đầu năm 2025 (trước sắp xếp)", _FORMERS, "Toàn tỉnh", _ROWS),
                        merges=_MERGES))
    assert got == _former_own("2025-S1")
