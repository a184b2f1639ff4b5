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
