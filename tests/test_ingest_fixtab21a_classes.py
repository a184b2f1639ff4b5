"""Review 21a's findings on blind36's and mend20's rules (fixtab21a): a label's span beside columns
that are no plain year's figure, a province that kept its name naming its own former sheet, a
subtitle under the title read as another period's caption. Each report is built here, marked as test
data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import datetime

from tests.fixtures.reports import examine, examine_book, head, taken

HT = "42"   # Hà Tĩnh (merged with no province in 2025: the same code in both frames)
T25 = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2025"
OCOP_SPAN = "Sản phẩm OCOP được công nhận giai đoạn 2021-2025"


def _span(header: list, values: list, label: str = OCOP_SPAN):
    return examine(head("Hà Tĩnh", T25) + [["TT", "Chỉ tiêu", "Đơn vị tính", *header], [1, label, "sản phẩm", *values]])


# --- 1. a label's span beside columns that are no plain year's actual figure ---------------------------

def test_a_spans_totals_to_date_targets_and_days_are_no_yearly_flows():
    """"Sản phẩm OCOP được công nhận giai đoạn 2021-2025 | Đến năm 2024: 120 | Đến năm 2025: 150" are
    totals to date: they were stored as 2024's and 2025's new products (rule in etl/walk.py
    _years_within_the_label_span); likewise under "31/12/2024 | 31/12/2025". Never stored as years
    (two values of the span: refused, as before mend20). "Mục tiêu đến năm 2025" beside "Năm 2024 |
    Năm 2025" is the span's target, never 2025's plan."""
    for header in (["Đến năm 2024", "Đến năm 2025"], ["31/12/2024", "31/12/2025"],
                   [datetime.datetime(2024, 12, 31), datetime.datetime(2025, 12, 31)],
                   ["Kế hoạch năm 2024", "Kế hoạch năm 2025"]):
        assert not _span(header, [120, 150]).accepted, header
    got = taken(_span(["Mục tiêu đến năm 2025", "Năm 2024", "Năm 2025"], [200, 30, 35]))
    assert got == {(HT, "34", "ocop_products", "2021/2025", "plan"): 200,
                   (HT, "63", "ocop_products", "2024", "actual"): 30,
                   (HT, "34", "ocop_products", "2025", "actual"): 35}
    assert (HT, "34", "ocop_products", "2025", "plan") not in got


def test_probe_plain_yearly_columns_under_a_span_still_give_each_year():
    """Where it must still fire: "Năm 2024 | Năm 2025" under the span's label."""
    assert taken(_span(["Năm 2024", "Năm 2025"], [30, 35])) == {
        (HT, "63", "ocop_products", "2024", "actual"): 30, (HT, "34", "ocop_products", "2025", "actual"): 35}


# --- 3. a subtitle under the title is no caption of another period ---------------------------------------

BG = "24"   # Bắc Giang (merged into Bắc Ninh on 1/7/2025)
RESULTS = ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện", "Ghi chú"]
INITIATIVES_310 = ["1", "Sáng kiến được công nhận", "sáng kiến", 310, None]
TASKS_27 = ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 27, None]


def test_a_subtitle_over_the_first_table_is_no_caption_of_another_period():
    """"(Kèm theo Báo cáo số 15/BC-SKHCN ngày 10/01/2025 của Sở KH&CN)", "(Số liệu tính đến ngày
    15/12/2024)" under a 2024 report's title, right above its table, were read as the caption of
    another period (rule in etl/walk.py _caption_of_another_period): a one-table report refused (no
    indicator), a Phụ lục's first table lost. Only a later table's caption is one; a document's
    reference never is."""
    for subtitle in ("(Kèm theo Báo cáo số 15/BC-SKHCN ngày 10/01/2025 của Sở KH&CN)",
                     "(Ban hành kèm theo Công văn số 123/SKHCN-KHTC ngày 05/12/2024)",
                     "(Số liệu tính đến ngày 15/12/2024)"):
        r = examine([*head("Bắc Giang", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"), [subtitle], RESULTS, INITIATIVES_310])
        assert taken(r) == {(BG, "63", "initiatives_recognized", "2024", "actual"): 310}, subtitle
    r = examine([*head("Bắc Giang", "PHỤ LỤC KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"),
                 ["(Kèm theo Báo cáo số 15/BC-SKHCN ngày 10/01/2025 của Sở KH&CN)"],
                 ["Bảng 1. Kết quả thực hiện nhiệm vụ KH&CN"], RESULTS, INITIATIVES_310, [],
                 ["Bảng 2. Sở hữu trí tuệ"], RESULTS, TASKS_27])
    assert taken(r) == {(BG, "63", "initiatives_recognized", "2024", "actual"): 310,
                        (BG, "63", "tasks_accepted", "2024", "actual"): 27}


def test_probe_a_later_tables_caption_of_another_year_is_still_set_aside():
    """Where it must still fire: "Bảng 2. Kết quả thực hiện năm 2023" over "Thực hiện" in the 2024
    Phụ lục — its 27 is 2023's, never stored as 2024's; a later table's caption naming a document
    ("Bảng 2. Kèm theo Công văn số 123/SKHCN-KHTC ngày 05/12/2024") is no other period."""
    def annex(caption):
        return examine([*head("Bắc Giang", "PHỤ LỤC KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"),
                        ["Bảng 1. Kết quả thực hiện nhiệm vụ KH&CN"], RESULTS, INITIATIVES_310, [],
                        [caption], RESULTS, TASKS_27])
    assert taken(annex("Bảng 2. Kết quả thực hiện năm 2023")) == {
        (BG, "63", "initiatives_recognized", "2024", "actual"): 310}
    assert taken(annex("Bảng 2 (kèm theo Công văn số 123/SKHCN-KHTC ngày 05/12/2024)")) == {
        (BG, "63", "initiatives_recognized", "2024", "actual"): 310, (BG, "63", "tasks_accepted", "2024", "actual"): 27}


# --- 2. a province that kept its name names its own former sheet ---------------------------------------

NB_OLD, HN_OLD, ND_OLD = "37", "35", "36"   # Ninh Bình absorbed Hà Nam and Nam Định on 1/7/2025
HALF_AND_YEAR = ["STT", "Chỉ tiêu", "ĐVT", "6 tháng đầu năm 2025", "Cả năm 2025"]


def _former_sheet(half: int, year: int, title: str = "SỐ LIỆU NĂM 2025") -> list[list]:
    return [*head("Ninh Bình", title), HALF_AND_YEAR, ["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", half, year]]


WHOLE = [*head("Ninh Bình", "KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025 (SAU SẮP XẾP)"), ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025"],
         ["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 230]]


def test_the_heirs_bare_sheet_beside_its_former_provinces_is_the_old_provinces():
    """The new Ninh Bình's workbook "Hà Nam | Nam Định | Ninh Bình", each sheet under the compiler's
    heading: the "Ninh Bình" sheet is the old Ninh Bình's — its "Cả năm 2025" (68) was stored as the new
    province's 2025 (rule in etl/walk.py _heirs_old_sheet). Its 2025 is set aside as its siblings' are,
    its first half the old province's; the whole province's own sheet keeps its 230. Likewise a sheet
    whose title says "TỈNH NINH BÌNH (CŨ)"."""
    for whole in ({"Toàn tỉnh": WHOLE}, {}):
        got = taken(examine_book({**whole, "Hà Nam": _former_sheet(52, 60), "Nam Định": _former_sheet(70, 80),
                                  "Ninh Bình": _former_sheet(58, 68)}))
        assert got == {(HN_OLD, "63", "tasks_managed", "2025-S1", "actual"): 52,
                       (ND_OLD, "63", "tasks_managed", "2025-S1", "actual"): 70,
                       (NB_OLD, "63", "tasks_managed", "2025-S1", "actual"): 58,
                       **({(NB_OLD, "34", "tasks_managed", "2025", "actual"): 230} if whole else {})}, whole
    got = taken(examine_book({"Hà Nam (cũ)": _former_sheet(52, 60),
                              "Ninh Bình": _former_sheet(58, 68, title="SỐ LIỆU TỈNH NINH BÌNH (CŨ) NĂM 2025")}))
    assert got == {(HN_OLD, "63", "tasks_managed", "2025-S1", "actual"): 52,
                   (NB_OLD, "63", "tasks_managed", "2025-S1", "actual"): 58}


def test_probe_the_heirs_sheet_beside_its_own_former_sheet_is_the_new_province():
    """Where it must not fire: beside "Ninh Bình (cũ)" (the old province's own sheet) a bare "Ninh
    Bình" sheet is the merged province's; so is one saying "(mới)"; a report of the heir alone is read
    as before."""
    got = taken(examine_book({"Hà Nam (cũ)": _former_sheet(52, 60), "Ninh Bình (cũ)": _former_sheet(58, 68),
                              "Ninh Bình": WHOLE}))
    assert got[(NB_OLD, "34", "tasks_managed", "2025", "actual")] == 230
    got = taken(examine_book({"Hà Nam": _former_sheet(52, 60), "Ninh Bình (mới)": WHOLE}))
    assert got[(NB_OLD, "34", "tasks_managed", "2025", "actual")] == 230
    assert taken(examine_book({"Ninh Bình": WHOLE})) == {(NB_OLD, "34", "tasks_managed", "2025", "actual"): 230}
