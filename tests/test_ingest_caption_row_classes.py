"""A caption row inside a table (a second table under the first with no header of its own), as
review20a found mend19's rule reading it: the caption's year given to columns of their own other
year, a caption's words dropped ("Cùng kỳ năm 2024" read as the whole year 2024, "Lũy kế đến năm
2023" as 2023's flow, "Giai đoạn 2021-2025" as the five years'), a caption never ended by the next
one, a lone date read as a caption. A person reads a caption row that is only a period ("Số liệu năm
2023 để so sánh:", "Năm 2023:") as the period of the rows below, in the columns naming none; any
other caption naming a period says the rows below are not plainly that period's results. Each
report is built here, marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

from datetime import datetime

from tests.fixtures.reports import examine, head, taken

T24 = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2024"
S1_25 = "Báo cáo kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm 2025"
HEADER = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả"]
FIRST = [["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 18], ["2", "Sản phẩm OCOP được công nhận", "Sản phẩm", 40]]
SECOND = [["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 20], ["2", "Sản phẩm OCOP được công nhận", "Sản phẩm", 45]]


def _two_tables(title: str, caption: str):
    """Đồng Tháp's report: its results, then `caption` over a second table of the same rows with no
    header of its own."""
    return examine(head("Đồng Tháp", title) + [HEADER] + FIRST + [[], [caption]] + SECOND, name="dongthap.xlsx")


# --- 1. a column's own period is never the caption's ---------------------------------------------------

def test_a_caption_gives_its_period_only_to_columns_naming_none():
    """"Số liệu năm 2023 để so sánh:" over rows under "Năm 2023 | Năm 2024": 2024's 12 was stored as
    2023's (beside 2023's 10: refused); under "Thực hiện năm 2024 | Kế hoạch năm 2025" the 2024 result
    and the 2025 plan were stored as 2023's result and plan. The column of the caption's own year
    keeps its figure; a column of another period is set aside with the reason."""
    r = examine(head("Nghệ An", T24) + [
        ["STT", "Chỉ tiêu", "Năm 2023", "Năm 2024"], ["1", "Nhiệm vụ KH&CN được nghiệm thu", 20, 25],
        ["Số liệu năm 2023 để so sánh:"], ["2", "Sản phẩm OCOP được công nhận", 10, 12]], name="nghean.xlsx")
    assert taken(r) == {("40", "63", "tasks_accepted", "2023", "actual"): 20,
                        ("40", "63", "tasks_accepted", "2024", "actual"): 25,
                        ("40", "63", "ocop_products", "2023", "actual"): 10}
    assert any("tiêu đề bảng ghi kỳ Năm 2023" in i.reason_vi for i in r.ignored), [i.reason_vi for i in r.ignored]

    got = taken(examine(head("Nghệ An", T24) + [
        ["STT", "Chỉ tiêu", "Thực hiện năm 2024", "Kế hoạch năm 2025"], ["1", "Nhiệm vụ KH&CN được nghiệm thu", 25, 30],
        ["Số liệu năm 2023 để so sánh:"], ["1", "Sản phẩm OCOP được công nhận", 20, 40]], name="nghean.xlsx"))
    assert not any(k[2] == "ocop_products" for k in got), got
    assert got[("40", "63", "tasks_accepted", "2024", "actual")] == 25


# --- 2. a caption saying more than its period: the rows below set aside --------------------------------

OWN_S1_25 = {("87", "63", "tasks_accepted", "2025-S1", "actual"): 18, ("87", "63", "ocop_products", "2025-S1", "actual"): 40}
OWN_2024 = {("87", "63", "tasks_accepted", "2024", "actual"): 18, ("87", "63", "ocop_products", "2024", "actual"): 40}


def test_a_caption_with_more_words_than_its_period_sets_the_rows_below_aside():
    """"Cùng kỳ năm 2024" in a report on the first half of 2025 (the first half of 2024, stored as the
    whole year), "Ước thực hiện năm 2024" (an estimate, stored as the year's result), "Lũy kế đến năm
    2023" (a total to date, stored as 2023's flow), "Giai đoạn 2021-2025" (stored as the five years'
    in the new Đồng Tháp): the rows below are neither stored nor refuse the file."""
    for caption in ("Cùng kỳ năm 2024", "Ước thực hiện năm 2024", "Lũy kế đến năm 2024", "Giai đoạn 2021-2025",
                    "Chuyển tiếp từ năm 2024"):
        r = _two_tables(S1_25, caption)
        assert r.accepted and taken(r) == OWN_S1_25, (caption, taken(r))
        assert any("không rõ là số thực hiện của kỳ nào" in i.reason_vi for i in r.ignored), caption
    for caption in ("Cùng kỳ năm 2023", "Lũy kế đến năm 2023"):
        r = _two_tables(T24, caption)
        assert r.accepted and taken(r) == OWN_2024, (caption, taken(r))


def test_probe_a_caption_that_is_only_a_period_still_dates_the_rows_below():
    """Where it must not fire: "Năm 2023:", "Số liệu năm 2023", "Số liệu năm 2023 để so sánh:" over a
    second table in a report on 2024 — 2023's figures, beside 2024's."""
    for caption in ("Năm 2023:", "Số liệu năm 2023", "Số liệu năm 2023 để so sánh:"):
        assert taken(_two_tables(T24, caption)) == {
            **OWN_2024, ("87", "63", "tasks_accepted", "2023", "actual"): 20,
            ("87", "63", "ocop_products", "2023", "actual"): 45}, caption


# --- 3. each caption ends the one before it -----------------------------------------------------------

def test_a_caption_of_the_reports_own_period_ends_the_caption_before_it():
    """"Số liệu năm 2023 để so sánh:" then "Số liệu bổ sung năm 2024:" (or "Số liệu năm 2024:"): the
    rows after the second caption are 2024's again (they were stored as 2023's)."""
    for again in ("Số liệu bổ sung năm 2024:", "Số liệu năm 2024:"):
        got = taken(examine(head("Đồng Tháp", T24) + [HEADER] + FIRST + [["Số liệu năm 2023 để so sánh:"]] + SECOND
                            + [[again], ["3", "Sáng kiến được công nhận", "Sáng kiến", 5]], name="dongthap.xlsx"))
        assert got.get(("87", "63", "initiatives_recognized", "2024", "actual")) == 5, (again, got)
        assert ("87", "63", "initiatives_recognized", "2023", "actual") not in got, again
        assert got[("87", "63", "tasks_accepted", "2023", "actual")] == 20, again


# --- 4. a lone date or number is no caption -----------------------------------------------------------

def test_a_lone_date_or_number_in_a_row_is_no_caption():
    """A row holding only 31/12/2023 (a date cell) or the text "2023.0": the rows below were stored as
    2023's in a report on 2024."""
    for lone in ([datetime(2023, 12, 31)], [None, "2023.0"]):
        got = taken(examine(head("Nghệ An", T24) + [
            ["STT", "Chỉ tiêu", "ĐVT", "Kết quả"], ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 20], lone,
            ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", 12]], name="nghean.xlsx"))
        assert got == {("40", "63", "tasks_accepted", "2024", "actual"): 20,
                       ("40", "63", "ocop_products", "2024", "actual"): 12}, (lone, got)
