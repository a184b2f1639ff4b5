"""What the twenty-sixth blind batch of the workbook corpus revealed (the ordinary reports of the
South-Central coast, the central cities, Hải Phòng and Hải Dương, 2019–2026, before and after the
merger), one class per test (README "Whole reports, scored as the held-out set is"): each report is
built here, marked as test data, and read by `etl.ingest.examine` as an upload is. A statistician's
reading is the expectation."""
from __future__ import annotations

from tests.fixtures.reports import examine, head, taken


def _years(rows: list[list]) -> list[list]:
    return head("Quảng Ngãi", "SỐ LIỆU MỘT SỐ CHỈ TIÊU KH&CN GIAI ĐOẠN 2022 - 2023") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm\n2022", "Năm\n2023", "Ghi chú"]] + rows


def test_research_of_kh_is_science_so_its_people_are_researchers():
    """"Số người làm công tác nghiên cứu KH" (people doing scientific research; "KH" abbreviates
    khoa học — what is researched is never a plan) was only suggested, so five years of
    researchers were lost at first sight. "Số cán bộ nghiên cứu KH" reads the same. The near misses
    stay out: researchers per 10,000 people, and in full-time equivalents."""
    got = taken(examine(_years([
        ["1.", "Số người làm công tác nghiên cứu KH", "Người", "1.251", "1.297", ""],
        ["2.", "Số cán bộ nghiên cứu KH/vạn dân", "Người", "9,9", "10,2", ""],
        ["3.", "Số người làm nghiên cứu KH (quy đổi toàn thời gian)", "Người", 640, 668, ""],
        ["4.", "Số tổ chức KH&CN", "Tổ chức", 24, 26, ""],
    ]), name="quangngai_2022_2023.xlsx"))
    assert got == {("51", "63", "researchers", "2022-12-31", "actual"): 1251,
                   ("51", "63", "researchers", "2023-12-31", "actual"): 1297,
                   ("51", "63", "st_organizations", "2022-12-31", "actual"): 24,
                   ("51", "63", "st_organizations", "2023-12-31", "actual"): 26}


def test_research_staff_typed_with_kh_is_researchers():
    """The same words another office types: "Số cán bộ nghiên cứu KH" and "Số người nghiên cứu KH"
    (two sheets' habits in one table would be two values for one fact: one row each here)."""
    for label in ("Số cán bộ nghiên cứu KH", "Số người nghiên cứu KH"):
        got = taken(examine(_years([["1.", label, "Người", 1186, 1205, ""]]), name="quangngai.xlsx"))
        assert got == {("51", "63", "researchers", "2022-12-31", "actual"): 1186,
                       ("51", "63", "researchers", "2023-12-31", "actual"): 1205}, label
