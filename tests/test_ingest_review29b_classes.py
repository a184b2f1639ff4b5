"""Wrong numbers review29b found in the rules of blind54 and probe37 (issue #8: precision must stay
1.00 on reports not seen yet): reports a provincial office could send where a new rule fires but a
person reads the figure otherwise. Each class: the report that stored a wrong number (or lost an honest
one), then probes where the fix must not fire. Each report is built here, marked as test data, and
read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

from functools import partial

import pytest

from tests.fixtures.reports import LABEL_UNIT_HEADER as H, OCOP_ROW, examine, facts, head, taken, table

REPORT_2024 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"
REPORT_2025 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025"
NGHE_AN, TUYEN_QUANG, HA_GIANG = "40", "08", "02"


# a report of one table (tests/fixtures/reports.table) in a file whose name names no year
_rows = partial(table, name="report.xlsx")


# --- a former province named beside what the new province's figure includes is no former province's own --

@pytest.mark.parametrize("header", ["Năm 2024 (bao gồm cả Hà Giang cũ)", "Năm 2024 (gồm cả địa bàn Hà Giang cũ)",
                                    "Năm 2024 (không bao gồm Hà Giang cũ)", "Năm 2024 (chưa gồm Hà Giang cũ)",
                                    "Năm 2024 (đã cộng số liệu Hà Giang cũ)", "Năm 2024 (trừ Hà Giang cũ)",
                                    "Năm 2024 (bao gồm cả tỉnh Hà Giang cũ)",
                                    "Năm 2024 (tỉnh Tuyên Quang sau hợp nhất với Hà Giang cũ)"])
def test_a_former_province_named_beside_an_inclusion_is_no_former_provinces_figure(header):
    """The new Tuyên Quang's 2025 report, "Năm 2024 (bao gồm cả Hà Giang cũ) | 30": the merged territory's
    30 OCOP products of 2024 were stored as the former Hà Giang's own 2024 (probe37's header rule read any
    one name with "cũ" after it as that former province); "(không bao gồm Hà Giang cũ)", the former Tuyên
    Quang's alone, likewise. Neither is stored as Hà Giang's, nor as the former Tuyên Quang's."""
    got = facts(_rows(OCOP_ROW + [30], columns=(header,), title=REPORT_2025, province="Tuyên Quang"))
    assert not any(k[0] in (HA_GIANG, TUYEN_QUANG) and k[1] == "63" for k in got), got


def test_probe_a_former_provinces_own_column_stays_its_own():
    """"Năm 2024 (Hà Giang cũ)", "Số liệu năm 2024 của tỉnh Hà Giang (cũ)": the former Hà Giang's own 2024."""
    for header in ("Năm 2024 (Hà Giang cũ)", "Số liệu năm 2024 của tỉnh Hà Giang (cũ)", "Năm 2024 Hà Giang (cũ)"):
        got = taken(_rows(OCOP_ROW + [20], columns=(header,), title=REPORT_2025, province="Tuyên Quang"))
        assert got == {(HA_GIANG, "63", "ocop_products", "2024", "actual"): 20}, header


# --- a list's total line is its own list's, and only a whole list's ------------------------------------

LIST_HEAD = ["STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Kinh phí được duyệt (tr.đ)"]
ACCEPTED_2023 = "DANH MỤC NHIỆM VỤ KH&CN ĐÃ ĐÁNH GIÁ, NGHIỆM THU NĂM 2023"


def _list(title: str, total: str = "Tổng cộng: 15 nhiệm vụ") -> list:
    return [[title], LIST_HEAD, [1, "Ứng dụng kỹ thuật nội soi can thiệp tại Bệnh viện Đa khoa tỉnh", "Sở Y tế", 900],
            [2, "Nghiên cứu lịch sử Đảng bộ tỉnh giai đoạn 1945-1975", "Trường Chính trị", 500], [None, total]]


def _tasks(result) -> dict:
    return {(k[0], k[2], k[3]): v for k, v in facts(result).items() if k[2].startswith("tasks_")}


@pytest.mark.parametrize("title", ["DANH MỤC MỘT SỐ NHIỆM VỤ KH&CN TIÊU BIỂU ĐÃ ĐÁNH GIÁ, NGHIỆM THU NĂM 2023",
                                   ACCEPTED_2023 + " (ĐỢT 1)",
                                   "DANH MỤC NHIỆM VỤ KH&CN LĨNH VỰC NÔNG NGHIỆP ĐÃ ĐÁNH GIÁ, NGHIỆM THU NĂM 2023",
                                   ACCEPTED_2023 + " DO SỞ Y TẾ CHỦ TRÌ"])
def test_a_selections_list_total_is_no_count_of_every_task(title):
    """"DANH MỤC MỘT SỐ NHIỆM VỤ KH&CN TIÊU BIỂU ĐÃ ĐÁNH GIÁ, NGHIỆM THU NĂM 2023 … Tổng cộng: 15 nhiệm vụ" (a
    selection), "… (ĐỢT 1)" (one round), "… LĨNH VỰC NÔNG NGHIỆP …" (one field), "… DO SỞ Y TẾ CHỦ TRÌ" (one
    organisation's): blind54's list total stored each 15 as Nghệ An's every task accepted in 2023."""
    assert _tasks(examine(head("Nghệ An", "PHỤ LỤC 2") + _list(title))) == {}


def test_a_second_lists_total_is_never_read_with_the_first_lists_title():
    """A sheet of two lists, the tasks accepted in 2023 (no total line) then the tasks carried into 2024 ending
    "Tổng cộng: 8 nhiệm vụ": the 8 was read with the FIRST list's title and stored as the tasks accepted."""
    for second in ("DANH MỤC NHIỆM VỤ KH&CN CHUYỂN TIẾP SANG NĂM 2024", "CÁC NHIỆM VỤ CHUYỂN TIẾP SANG NĂM 2024"):
        rows = head("Nghệ An", "PHỤ LỤC") + _list(ACCEPTED_2023)[:-1] + [[]] + _list(second, "Tổng cộng: 8 nhiệm vụ")
        assert (NGHE_AN, "tasks_accepted", "2023") not in _tasks(examine(rows)), second


def test_probe_a_whole_lists_total_stays_read():
    """The list of every task accepted — alone, or with its funding in the total line — still gives its 15
    tasks accepted in 2023."""
    for rows in (_list(ACCEPTED_2023), _list(ACCEPTED_2023, "Tổng cộng: 15 nhiệm vụ, tổng kinh phí 12,5 tỷ đồng")):
        result = examine(head("Nghệ An", "PHỤ LỤC 2") + rows)
        assert result.accepted, [p.message_vi for p in result.problems]
        got = _tasks(result)
        assert got == {(NGHE_AN, "tasks_accepted", "2023"): 15}, rows[0]


# --- a revision's amount beside a preliminary figure is no final figure -----------------------------------

@pytest.mark.parametrize("amount", ["Số điều chỉnh", "Chênh lệch điều chỉnh", "Điều chỉnh so với sơ bộ",
                                    "Điều chỉnh (+/-)"])
def test_a_revisions_amount_is_no_final_figure(amount):
    """"Năm 2024 (sơ bộ) | Số điều chỉnh" (28, 2): probe37's rule took any "điều chỉnh" column beside a
    preliminary one as the final figure — 2 was stored as Nghệ An's OCOP products of 2024."""
    got = facts(_rows(OCOP_ROW + [28, 2], columns=("Năm 2024 (sơ bộ)", amount)))
    assert got.get((NGHE_AN, "63", "ocop_products", "2024", "actual")) != 2, amount


def test_probe_a_revised_figure_beside_the_preliminary_stays_the_years():
    for final in ("Số liệu điều chỉnh", "Năm 2024 (đã điều chỉnh)", "Năm 2024 (chính thức)"):
        got = taken(_rows(OCOP_ROW + [28, 30], columns=("Năm 2024 (sơ bộ)", final)))
        assert got == {(NGHE_AN, "63", "ocop_products", "2024", "actual"): 30}, final


# --- "may" is the Vietnamese word unless written as English writes the month ------------------------------

def test_the_textile_trade_is_no_month_of_may():
    """"BÁO CÁO KẾT QUẢ HỖ TRỢ DOANH NGHIỆP NGÀNH DỆT MAY 2024" (the textile trade, "may" unaccented like the
    month): probe37's English months read the title as May 2024, the year's 12 enterprises supported stored
    as May's."""
    result = examine(head("Nam Định", "BÁO CÁO KẾT QUẢ HỖ TRỢ DOANH NGHIỆP NGÀNH DỆT MAY 2024")
                     + [H + ["Kết quả"], ["1", "Số doanh nghiệp được hỗ trợ đổi mới công nghệ", "doanh nghiệp", 12]])
    assert taken(result) == {("36", "63", "enterprises_supported", "2024", "actual"): 12}


def test_probe_may_as_english_writes_it_stays_the_month():
    from metrics import periods
    for text in ("May 2024", "May-2024", "MAY-2024", "Jan-May 2024"):
        assert periods.from_text(text).end.month == 5, text
    for text in ("Dệt may 2024", "DỆT MAY 2024", "máy 2024"):
        assert periods.from_text(text).notation == "2024", text


# --- a span from a day to the report's own day is no whole period ------------------------------------------

@pytest.mark.parametrize("header", ["Năm 2025 (từ 01/7/2025 đến nay)", "Năm 2025 (từ ngày 01/7/2025 đến nay)",
                                    "Năm 2025 (từ khi hợp nhất đến nay)",
                                    "Năm 2025 (từ 01/7/2025 đến thời điểm báo cáo)"])
def test_a_span_from_a_day_to_now_is_no_whole_year(header):
    """The new Tuyên Quang's "Năm 2025 (từ 01/7/2025 đến nay) | 9" (its OCOP products since the merger, to the
    report's day): probe37's day counted from left "đến" to the old reading, and 9 was stored as the whole
    year 2025. Its end is not written: nothing stored for 2025 nor its second half."""
    got = facts(_rows(OCOP_ROW + [9], columns=(header,), title=REPORT_2025, province="Tuyên Quang"))
    assert not any(k[3] in ("2025", "2025-S2") for k in got), got


def test_probe_a_span_from_a_day_with_its_end_stays_read():
    for header, period in (("Năm 2025 (từ 01/7/2025)", "2025-S2"), ("Từ 01/7/2025 đến 31/12/2025", "2025-S2")):
        got = taken(_rows(OCOP_ROW + [9], columns=(header,), title=REPORT_2025, province="Tuyên Quang"))
        assert got == {(TUYEN_QUANG, "34", "ocop_products", period, "actual"): 9}, header
