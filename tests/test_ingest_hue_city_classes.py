"""Huế is read by its period (README "The warehouse"): Thừa Thiên Huế became the centrally-run city of
Huế on 1 January 2025 (Nghị quyết 175/2024/QH15), six months before the merger, keeping its code (46,
frame 63 until 30/6/2025). From then "Thành phố Huế", "TP. Huế", "UBND THÀNH PHỐ HUẾ" name the
province; before it "Thành phố Huế" as a place (a row, a column) is the district-level city of Thừa
Thiên Huế, a part of the province whose figures are not the province's. Each report is built here, marked as test data, and read by
`etl.ingest.examine` as an upload is."""
from __future__ import annotations

from tests.fixtures.reports import MARK, examine, facts, head, taken

_TABLE = ["Tỉnh, thành phố", "Nhiệm vụ KH&CN được nghiệm thu", "Sản phẩm OCOP được công nhận"]


def _provinces_table(period: str, name: str):
    """A region's table of provinces: the row `name` and Quảng Trị's, on `period`."""
    return examine([[MARK], [f"TỔNG HỢP SỐ LIỆU KHOA HỌC VÀ CÔNG NGHỆ {period}"], [], _TABLE,
                    [name, 25, 12], ["Quảng Trị", 10, 5]], name="tong_hop.xlsx")


def _ours(got: dict) -> dict:
    return {k: v for k, v in got.items() if k[0] == "46"}


def test_the_city_of_hue_in_2025_before_the_merger_is_the_province():
    """"Thành phố Huế | 25 | 12" in a table of provinces on the first half of 2025: Huế was already the
    centrally-run city (Thừa Thiên Huế renamed, code 46 of the 63 frame). It was set aside as "the
    province after the merger, whose figures of 2025-S1 belong to no province": the city's own
    figures lost."""
    for name in ("Thành phố Huế", "TP. Huế"):
        got = taken(_provinces_table("6 THÁNG ĐẦU NĂM 2025", name))
        assert _ours(got) == {("46", "63", "tasks_accepted", "2025-S1", "actual"): 25,
                              ("46", "63", "ocop_products", "2025-S1", "actual"): 12}, name
        assert got[("45", "63", "tasks_accepted", "2025-S1", "actual")] == 10


def test_the_city_of_hue_before_2025_is_a_town_not_the_province():
    """Probe (the other way: before 2025): "Thành phố Huế" in a table of provinces on 2024 is the town
    (a district-level city of Thừa Thiên Huế): nothing stored as Thừa Thiên Huế's 2024, set aside
    with a reason that says so; Quảng Trị's row is still read."""
    r = _provinces_table("NĂM 2024", "Thành phố Huế")
    got = taken(r)
    assert _ours(got) == {}
    assert got[("45", "63", "tasks_accepted", "2024", "actual")] == 10
    assert any("Thừa Thiên Huế" in i.reason_vi and "cấp huyện" in i.reason_vi for i in r.ignored)


def test_the_whole_city_of_hue_before_2025_is_the_town_too():
    """"Toàn thành phố Huế | 25 | 12" in a table of provinces on 2024 (review 19a): the words before the
    name END with the kind ("toàn thành phố"), so it is the town as "Thành phố Huế" is — it was stored as
    Thừa Thiên Huế's 2024. "Ủy ban nhân dân thành phố Huế" is still the issuer's name, not the town."""
    for name in ("Toàn thành phố Huế", "Toàn TP. Huế"):
        r = _provinces_table("NĂM 2024", name)
        got = taken(r)
        assert _ours(got) == {}, name
        assert got[("45", "63", "tasks_accepted", "2024", "actual")] == 10, name
        assert any("cấp huyện" in i.reason_vi for i in r.ignored), name


def _report(top: str, period: str):
    rows = [["TT", "Nội dung", "Kết quả thực hiện", "Ghi chú"], ["1", "Số nhiệm vụ KH&CN được nghiệm thu", "25 nhiệm vụ", None]]
    return examine([[top], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK],
                    [f"Báo cáo kết quả hoạt động khoa học và công nghệ {period}"], []] + rows, name="r.xlsx")


def test_the_people_s_committee_of_the_city_of_hue_reports_for_the_province_from_2025():
    """"UBND THÀNH PHỐ HUẾ" over a report of 2025 (before and after the merger) is the province's
    report: Thừa Thiên Huế's (46, frame 63) for the first half, Huế's (46, frame 34) for the year."""
    for top in ("UBND THÀNH PHỐ HUẾ", "UBND TP. HUẾ"):
        assert taken(_report(top, "6 tháng đầu năm 2025")) == {("46", "63", "tasks_accepted", "2025-S1", "actual"): 25}
        assert taken(_report(top, "năm 2025")) == {("46", "34", "tasks_accepted", "2025", "actual"): 25}


def test_probe_the_people_s_committee_of_the_city_of_hue_over_a_report_on_2024_is_the_issuer():
    """Probe (an issuer, not a place): "UBND THÀNH PHỐ HUẾ" over a report on 2024 is the committee as
    named when it wrote (a year's report is written early in the next): the province's report, as
    tests/test_ingest_batch15_classes.py reads it."""
    assert taken(_report("UBND THÀNH PHỐ HUẾ", "năm 2024")) == {("46", "63", "tasks_accepted", "2024", "actual"): 25}


def test_probe_the_town_of_hue_in_the_provinces_own_table_of_districts_is_a_part():
    """Probe (a district table of Thừa Thiên Huế, 2024): "Thành phố Huế | 6" is a part; "Tổng cộng" the
    province's 26."""
    rows = [["STT", "Địa bàn", "Sản phẩm OCOP được công nhận (sản phẩm)"],
            ["1", "Thành phố Huế", 6], ["2", "Thị xã Hương Thủy", 9], ["3", "Huyện Phú Vang", 11], [None, "Tổng cộng", 26]]
    got = taken(examine(head("Thừa Thiên Huế", "SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN NĂM 2024 THEO ĐỊA BÀN") + rows))
    assert got == {("46", "63", "ocop_products", "2024", "actual"): 26}
