"""review41 (issue #8, precision 1.00): the rules landed with base40 (blind69, recall39, wrong43, review40, recall40)
probed with other realistic reports — each wrong number or honest file lost with the smallest report
(tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is), beside what must read as before."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import (DA_NANG_S1, OCOP_ROW, TASKS_ACCEPTED_ROW, da_nang_half, examine, examine_book, facts,
                                    head, taken)

HA_TINH = "42"


# --- 1. a numbered note beside a row of several figures (recall40's note_rows) ---------------------------------------

_LEVELS_OF_90 = "(1) Trong tổng số 90 nhiệm vụ có 4 nhiệm vụ cấp quốc gia, 65 nhiệm vụ cấp tỉnh và 21 nhiệm vụ cấp cơ sở."


def _notes_sheet(row: list, columns: tuple, notes: list[str]):
    """Hà Tĩnh's 2025 figures with a "Ghi chú" column marking the row, and its sheet "Ghi chu" of numbered notes."""
    table = head("Hà Tĩnh", "BÁO CÁO SỐ LIỆU KH&CN NĂM 2025") + [["TT", "Chỉ tiêu", "ĐVT", *columns, "Ghi chú"], row]
    return examine_book({"Bieu 01": table, "Ghi chu": [["GHI CHÚ BIỂU 01"]] + [[n] for n in notes]})


@pytest.mark.parametrize("columns, other", [(("Năm 2024", "Năm 2025"), ("63", "2024", "actual")),
                                            (("Kế hoạch năm 2025", "Thực hiện năm 2025"), ("34", "2025", "plan"))])
def test_a_note_on_a_row_of_two_figures_is_no_rows_breakdown(columns, other):
    """LOST (base40; main read it): 'Nhiệm vụ KH&CN được quản lý | 90 | 96 | (1)' under 'Năm 2024 | Năm 2025' (or
    'Kế hoạch | Thực hiện'), its note '(1) Trong tổng số 90 nhiệm vụ có 4 … cấp quốc gia, 65 … cấp tỉnh và 21 … cấp
    cơ sở' on its own sheet: the note's whole is 2024's (the plan's) 90, read as the notes sheet's 2025 — the file
    was refused as two values of 2025 (96 and 90). Which column the note breaks down is not said: the row's levels
    stay unread, the table as main read it."""
    got = taken(_notes_sheet(["1", "Nhiệm vụ KH&CN được quản lý", "Nhiệm vụ", 90, 96, "(1)"], columns,
                             [_LEVELS_OF_90]))
    frame, period, measure = other
    assert got == {(HA_TINH, "34", "tasks_managed", "2025", "actual"): 96,
                   (HA_TINH, frame, "tasks_managed", period, measure): 90}, got


def test_probe_the_item_number_is_no_figure_of_the_row():
    """'1 | Nhiệm vụ KH&CN được quản lý | Nhiệm vụ | 96 | (1)': the item number left of the label is no whole of a
    note ('(1) Trong tổng số 1 nhiệm vụ …' refused the file as 96 and 1)."""
    got = taken(_notes_sheet(["1", "Nhiệm vụ KH&CN được quản lý", "Nhiệm vụ", 96, "(1)"], ("Thực hiện năm 2025",),
                             ["(1) Trong tổng số 1 nhiệm vụ có 1 nhiệm vụ cấp quốc gia."]))
    assert got == {(HA_TINH, "34", "tasks_managed", "2025", "actual"): 96}, got


# --- 2. a note under the table of another level or of two scopes (wrong43's _notes_restating) ------------------------

_da_nang = da_nang_half
_DA_NANG_S1 = DA_NANG_S1


@pytest.mark.parametrize("note", [
    "Ghi chú: 6 tháng đầu năm 2026 thành phố đã nghiệm thu 31 nhiệm vụ KH&CN cấp thành phố.",
    "Ghi chú: số nhiệm vụ nghiệm thu gồm 31 nhiệm vụ cấp thành phố và 3 nhiệm vụ cấp cơ sở.",
    "Ghi chú: Sở KH&CN trực tiếp nghiệm thu 31 nhiệm vụ, 3 nhiệm vụ do các quận, huyện nghiệm thu.",
    "Ghi chú: cùng kỳ năm trước nghiệm thu 31 nhiệm vụ KH&CN.",
    "Ghi chú: có 12 sản phẩm OCOP đang chờ công nhận.",
])
def test_a_note_of_another_level_scope_or_year_leaves_the_table_read(note):
    """LOST (base40; main read 34 and 48): a note under the table refused the honest file as a second value of the
    half's tasks accepted (products recognized) — of the city's own level ('cấp thành phố' is Đà Nẵng's provincial
    level, as the sentences read it), of two scopes the note tells apart (31 by the department, 3 by the districts),
    of last year ('cùng kỳ năm trước'), of products waiting for recognition. None restates the table's fact."""
    result = _da_nang(note)
    assert taken(result) == _DA_NANG_S1, (note, [p.message_vi for p in result.problems])


def test_probe_a_note_restating_the_tables_fact_still_refuses_the_file():
    """wrong43's Đà Nẵng: '6 tháng đầu năm 2026, thành phố đã nghiệm thu 31 nhiệm vụ KH&CN' against the table's 34."""
    result = _da_nang("Ghi chú: 6 tháng đầu năm 2026, thành phố đã nghiệm thu 31 nhiệm vụ KH&CN.")
    assert not result.accepted and facts(result) == {}


# --- 3. a sentence opening with last year, a count failed or waiting (the sentences' reader; main too) ---------------

def _half(text: str):
    from tests.fixtures.reports import report

    return report([[text]], title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 6 THÁNG ĐẦU NĂM 2026", province="Nghệ An")


@pytest.mark.parametrize("text", ["Cùng kỳ năm trước nghiệm thu 31 nhiệm vụ KH&CN.",
                                  "Năm trước nghiệm thu 31 nhiệm vụ KH&CN.",
                                  "Có 12 sản phẩm OCOP đang chờ công nhận.",
                                  "Có 12 sản phẩm OCOP không được công nhận.",
                                  "Có 12 nhiệm vụ KH&CN chờ nghiệm thu."])
def test_last_years_or_a_failed_or_waiting_count_is_no_figure_of_the_half(text):
    """WRONG (main and base40): each stored as the first half of 2026's tasks accepted (products recognized) in
    Nghệ An's report: last year's same span, products not recognized or waiting, tasks waiting for acceptance."""
    assert facts(_half(text)) == {}, (text, facts(_half(text)))


@pytest.mark.parametrize("text, value", [
    ("6 tháng đầu năm 2026 nghiệm thu 34 nhiệm vụ KH&CN; cùng kỳ năm trước nghiệm thu 31 nhiệm vụ.", 34),
    ("Nghiệm thu 34 nhiệm vụ KH&CN, tăng 3 nhiệm vụ so với cùng kỳ năm trước.", 34),
    ("Nghiệm thu 34 nhiệm vụ KH&CN, trong đó 3 nhiệm vụ không đạt.", 34),
    ("Nghiệm thu 34 nhiệm vụ KH&CN (31 nhiệm vụ đạt, 3 nhiệm vụ không đạt).", 34),
])
def test_probe_the_halfs_own_figure_beside_last_year_or_failures_is_read(text, value):
    """The half's own figure stays (the first was refused as two values, 34 and 31, before this change)."""
    assert taken(_half(text)) == {("40", "34", "tasks_accepted", "2026-S1", "actual"): value}, text


# --- 4. a title naming bare a former province the issuer absorbed (wrong43's _absorbed_named) ------------------------

def _vinh_long(title: str, column: str = "Năm 2023"):
    from tests.fixtures.reports import LABEL_UNIT_HEADER

    return examine(head("Vĩnh Long", title) + [LABEL_UNIT_HEADER + [column], OCOP_ROW + [11], TASKS_ACCEPTED_ROW + [7]],
                   name="report.xlsx")


def _of(code: str, period: str = "2023", frame: str = "63") -> dict:
    return {(code, frame, "ocop_products", period, "actual"): 11, (code, frame, "tasks_accepted", period, "actual"): 7}


@pytest.mark.parametrize("title", ["SỐ LIỆU KH&CN NĂM 2023 GỬI SỞ KH&CN TỈNH BẾN TRE",
                                   "SỐ LIỆU KH&CN NĂM 2023 PHỤC VỤ LÀM VIỆC VỚI ĐOÀN CÔNG TÁC TỈNH BẾN TRE",
                                   "SỐ LIỆU OCOP NĂM 2023 - CHUỖI GIÁ TRỊ DỪA BẾN TRE",
                                   "SỐ LIỆU NHIỆM VỤ KH&CN NĂM 2023 CỦA TRƯỜNG ĐẠI HỌC TRÀ VINH",
                                   "SỐ LIỆU NHIỆM VỤ KH&CN NĂM 2023 - ĐẠI HỌC TRÀ VINH"])
def test_a_former_province_named_as_addressee_or_in_a_things_name_is_not_whose_the_figures_are(title):
    """WRONG (base40; main stored the issuer's): under 'UBND TỈNH VĨNH LONG' each stored 2023's 11 OCOP products and
    7 tasks accepted as the former Bến Tre's (Trà Vinh's): the province the figures are sent to, a visiting
    delegation's, a product's or a university's name — wrong43's bare naming read as whose the figures are."""
    assert taken(_vinh_long(title)) == _of("86"), title


@pytest.mark.parametrize("title, column, want", [
    ("SỐ LIỆU KHOA HỌC VÀ CÔNG NGHỆ TỈNH BẾN TRE NĂM 2023", "Năm 2023", _of("83")),
    ("SỐ LIỆU KH&CN TỈNH BẾN TRE 6 THÁNG ĐẦU NĂM 2025", "6 tháng đầu năm 2025", _of("83", "2025-S1")),
    ("KẾT QUẢ HỢP TÁC KH&CN VỚI TỈNH BẾN TRE NĂM 2023", "Năm 2023", _of("86")),
])
def test_probe_a_former_province_named_as_the_reports_own_stays_its(title, column, want):
    assert taken(_vinh_long(title, column)) == want, title


@pytest.mark.parametrize("title, column", [("SỐ LIỆU KH&CN KHU VỰC BẾN TRE NĂM 2026", "Năm 2026"),
                                           ("SỐ LIỆU KH&CN TỈNH BẾN TRE NĂM 2026", "Năm 2026")])
def test_probe_a_former_provinces_area_after_the_merger_is_never_the_new_provinces(title, column):
    """Main stored the former Bến Tre's area's 2026 as the new Vĩnh Long's; since wrong43 refused: kept so."""
    assert facts(_vinh_long(title, column)) == {}, title


# --- 5. the department's procedures said with "Sở có" (recall40) — of a level below ----------------------------------

@pytest.mark.parametrize("text", ["Sở có 12 TTHC cấp huyện.", "Sở có 12 TTHC cấp xã."])
def test_the_districts_procedures_are_not_the_departments(text):
    """WRONG (base40, recall40's 'Sở có N TTHC'): stored 12 as the department's procedures (tthc_total) — the
    districts' (communes') procedures are a level below, no count of the department's own."""
    from tests.fixtures.reports import report

    assert facts(report([[text]], title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025", province="Nghệ An")) == {}, text


@pytest.mark.parametrize("text, value", [("Sở có 119 TTHC, trong đó 12 TTHC cấp huyện.", 119),
                                         ("Sở có 119 TTHC thuộc thẩm quyền giải quyết.", 119)])
def test_probe_the_departments_own_procedures_stay_read(text, value):
    from tests.fixtures.reports import report

    got = taken(report([[text]], title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025", province="Nghệ An"))
    assert got == {("40", "34", "tthc_total", "2025-12-31", "actual"): value}, text


# --- 6. a running total to a day as a row's period (recall39's section headings; the places' and periods' table) ----

def _by_period(rows: list, period_column: bool):
    header = ["TT", "Địa bàn", "Kỳ báo cáo"] if period_column else ["TT", "Địa bàn / kỳ báo cáo"]
    return examine(head("Nghệ An", "BÁO CÁO TỔNG HỢP SỐ LIỆU KH&CN NĂM 2025")
                   + [header + ["Nhiệm vụ KH&CN nghiệm thu", "Sản phẩm OCOP được công nhận"], *rows], name="report.xlsx")


_NGHE_AN_2024 = {("40", "63", "tasks_accepted", "2024", "actual"): 38, ("40", "63", "ocop_products", "2024", "actual"): 28}


@pytest.mark.parametrize("rows, period_column", [
    ([["I", "Năm 2024"], ["1", "Tỉnh Nghệ An", 38, 28], ["II", "Lũy kế đến 31/12/2025"], ["1", "Tỉnh Nghệ An", 400, 300]],
     False),
    ([["1", "Tỉnh Nghệ An", "Năm 2024", 38, 28], ["2", "Tỉnh Nghệ An", "Lũy kế đến 31/12/2025", 400, 300]], True),
])
def test_a_running_total_to_a_day_is_no_years_figure(rows, period_column):
    """WRONG: a section heading 'II | Lũy kế đến 31/12/2025' over Nghệ An's row (base40, recall39's section headings;
    main read no table) and the same words in a 'Kỳ báo cáo' column (main and base40) stored the running total's 400
    tasks accepted and 300 OCOP products as 2025's: to a day, its start unsaid, it is no period's figure."""
    assert taken(_by_period(rows, period_column)) == _NGHE_AN_2024


def test_probe_the_years_rows_beside_a_running_total_are_read():
    got = taken(_by_period([["1", "Tỉnh Nghệ An", "Năm 2024", 38, 28], ["2", "Tỉnh Nghệ An", "Năm 2025", 40, 30]], True))
    assert got == {**_NGHE_AN_2024, ("40", "34", "tasks_accepted", "2025", "actual"): 40,
                   ("40", "34", "ocop_products", "2025", "actual"): 30}


# --- 7. new tasks approved, some of them not yet signed (recall40's "phê duyệt mới") ---------------------------------

def test_new_tasks_approved_some_not_signed_are_no_count_of_new_tasks():
    """WRONG (base40, recall40): 'Đã phê duyệt mới 10 nhiệm vụ, trong đó 3 nhiệm vụ chưa ký hợp đồng' stored 10 as
    the new tasks (tasks_new: 'mới được phê duyệt, ký hợp đồng và bắt đầu thực hiện' — 3 of them are not signed)."""
    from tests.fixtures.reports import report

    got = facts(report([["Đã phê duyệt mới 10 nhiệm vụ, trong đó 3 nhiệm vụ chưa ký hợp đồng."]],
                       title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025", province="Nghệ An"))
    assert got == {}, got


@pytest.mark.parametrize("text, want", [
    ("Phê duyệt mới 52 nhiệm vụ, chuyển tiếp 116 nhiệm vụ, nghiệm thu 30 nhiệm vụ.",
     {"tasks_new": 52, "tasks_carried_over": 116, "tasks_accepted": 30}),
    ("37 nhiệm vụ được phê duyệt mới.", {"tasks_new": 37}),
])
def test_probe_new_tasks_approved_read_as_before(text, want):
    from tests.fixtures.reports import report

    got = taken(report([[text]], title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025", province="Nghệ An"))
    assert got == {("40", "34", i, "2025", "actual"): v for i, v in want.items()}, text


# --- 8. a former province's title naming no period (review40's _former_province_whose) --------------------------------

def _kon_tum(second: str):
    return examine(head("Quảng Ngãi", "SỐ LIỆU KH&CN CỦA TỈNH KON TUM (CŨ) BÀN GIAO KHI HỢP NHẤT") + [
        ["Kỳ", "Nhiệm vụ KH&CN đang quản lý (NV)", "Nhiệm vụ nghiệm thu (NV)"], ["Năm 2024", 38, 12], [second, 35, 5]])


def test_a_former_provinces_title_naming_no_period_is_still_whose_the_figures_are():
    """LOST (base40; main read them): the former Kon Tum's handover under 'UBND TỈNH QUẢNG NGÃI', 'SỐ LIỆU KH&CN CỦA
    TỈNH KON TUM (CŨ) BÀN GIAO KHI HỢP NHẤT' over 'Năm 2024 | 38 | 12', '6 tháng đầu năm 2025 | 35 | 5': review40 read
    a former province's title only with a period of its own, and every row was set aside as the new territory's
    (recall39's own test of the handover failed on base40)."""
    assert taken(_kon_tum("6 tháng đầu năm 2025")) == {
        ("62", "63", "tasks_managed", "2024", "actual"): 38, ("62", "63", "tasks_accepted", "2024", "actual"): 12,
        ("62", "63", "tasks_managed", "2025-S1", "actual"): 35, ("62", "63", "tasks_accepted", "2025-S1", "actual"): 5}


def test_probe_a_row_across_the_merger_under_it_stays_unstored():
    got = facts(_kon_tum("Cả năm 2025"))
    assert got == {("62", "63", "tasks_managed", "2024", "actual"): 38,
                   ("62", "63", "tasks_accepted", "2024", "actual"): 12}, got


# --- 9. a validity heading over rows of what cannot be still valid (blind69's _validity_heading_over_flow) -----------

def _under_heading(rows: list):
    from tests.fixtures.reports import REPORT_2024

    return examine(head("Nghệ An", REPORT_2024) + [["STT", "Nội dung", "Số lượng"], *rows], name="report.xlsx")


@pytest.mark.parametrize("rows, want", [
    ([["I", "Sản phẩm OCOP còn hiệu lực đến 31/12/2024:", None], ["1", "Sản phẩm OCOP 4 sao", 33],
      ["2", "Nhiệm vụ KH&CN được nghiệm thu", 12]], {("40", "63", "tasks_accepted", "2024", "actual"): 12}),
    ([["I", "Sản phẩm OCOP còn hiệu lực đến 31/12/2024:", None], ["1", "Sản phẩm OCOP 4 sao", 33], [],
      ["", "Nhiệm vụ KH&CN được nghiệm thu", 12]], {("40", "63", "tasks_accepted", "2024", "actual"): 12}),
    ([["I", "Sản phẩm OCOP (còn hiệu lực và công nhận mới)", None], ["1", "Sản phẩm OCOP còn hiệu lực", 120],
      ["2", "Sản phẩm OCOP được công nhận mới", 12]],
     {("40", "63", "ocop_products", "2024", "actual"): 12, ("40", "63", "ocop_products_total", "2024-12-31", "actual"): 120}),
])
def test_a_validity_heading_rules_out_only_the_products_flows(rows, want):
    """LOST (base40, blind69; main read them): under 'Sản phẩm OCOP còn hiệu lực đến 31/12/2024:' the tasks accepted
    (12: no task is 'still valid'), and under 'Sản phẩm OCOP (còn hiệu lực và công nhận mới)' the 12 products newly
    recognized (the heading names that flow too) were set aside. The 4-star products under the first stay aside."""
    assert taken(_under_heading(rows)) == want


# --- 10. the procedures of a level below the department's (tthc_total) ---------------------------------------------

@pytest.mark.parametrize("text", ["Tổng số TTHC thuộc thẩm quyền cấp huyện: 12 thủ tục.",
                                  "Số TTHC thuộc thẩm quyền giải quyết cấp xã: 12 thủ tục."])
def test_a_lower_levels_procedures_typed_before_a_colon_are_not_the_departments(text):
    """WRONG (main and base40): stored 12 as the department's procedures (tthc_total: 'thuộc thẩm quyền giải quyết
    của Sở KH&CN') — the districts' (communes') procedures; the indicator now excludes level_part_words."""
    from tests.fixtures.reports import report

    assert facts(report([[text]], title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025", province="Nghệ An")) == {}, text


@pytest.mark.parametrize("label", ["Tổng số TTHC", "Số TTHC thuộc thẩm quyền giải quyết của Sở", "Tổng số TTHC cấp tỉnh"])
def test_probe_the_departments_procedures_in_a_table_are_read(label):
    from tests.fixtures.reports import table

    got = taken(table(["1", label, "thủ tục", 119], columns=("Năm 2024",)))
    assert got == {("40", "63", "tthc_total", "2024-12-31", "actual"): 119}, label


@pytest.mark.parametrize("label", ["Số TTHC cấp xã", "Số TTHC cấp huyện"])
def test_a_lower_levels_procedures_row_is_not_the_departments(label):
    """WRONG (main and base40): 'Số TTHC cấp xã | 12' in the department's table was stored as its 12 procedures."""
    from tests.fixtures.reports import table

    assert facts(table(["1", label, "thủ tục", 12], columns=("Năm 2024",))) == {}, label
