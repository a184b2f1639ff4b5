"""review40 (issue #8, precision 1.00): this session's reading rules (blind65–68, review38a, wrong40–42, recall38,
review39) probed with the other reports a Sở KH&CN types before and after the 1 July 2025 merger — each a small
workbook (tests/fixtures/reports.py) read as an upload is, asserting the figure a user would see stored or lost."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import LABEL_UNIT_HEADER, MARK, OCOP_ROW, TASKS_ACCEPTED_ROW, examine, facts, head, taken

HEADER = ["STT", "Chỉ tiêu", "Đơn vị", "Số liệu", "Ghi chú"]


def _kept_by(agency: str, title: str):
    """A sheet under a masthead, a title saying whose figures, one row: 22 tasks accepted."""
    return examine([[agency], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], [], [title], [], HEADER,
                    TASKS_ACCEPTED_ROW + [22]], title="x")


# --- 1. blind67's title "(cũ)": a former province named in passing is not whose the figures are ------------------

@pytest.mark.parametrize("title", [
    "SỐ LIỆU NĂM 2024 (TRƯỚC KHI HỢP NHẤT VỚI TỈNH NINH THUẬN (CŨ))",
    "SỐ LIỆU NĂM 2024 SO SÁNH VỚI TỈNH NINH THUẬN (CŨ)",
    "SỐ LIỆU NĂM 2024 (KHÔNG BAO GỒM TỈNH NINH THUẬN (CŨ))",
])
def test_a_former_province_named_beside_the_issuers_is_not_whose_the_figures_are(title):
    """WRONG (base39): under "UBND TỈNH KHÁNH HÒA" the former Khánh Hòa's 2024 was stored as the former Ninh Thuận's —
    blind67's rule took any "tỉnh … (cũ)" in a title for whose the figures are. As on main: the issuer's own."""
    assert taken(_kept_by("UBND TỈNH KHÁNH HÒA", title)) == {("56", "63", "tasks_accepted", "2024", "actual"): 22}


def test_the_new_provinces_year_after_merging_a_former_one_is_kept():
    """LOST (base39): "… NĂM 2025 SAU KHI SÁP NHẬP TỈNH NINH THUẬN (CŨ)" refused the new Khánh Hòa's honest file as the
    former Ninh Thuận's 2025 (after the merger); main stored it as the new province's."""
    got = _kept_by("UBND TỈNH KHÁNH HÒA", "BÁO CÁO KẾT QUẢ NĂM 2025 SAU KHI SÁP NHẬP TỈNH NINH THUẬN (CŨ)")
    assert taken(got) == {("56", "34", "tasks_accepted", "2025", "actual"): 22}


@pytest.mark.parametrize("title", [
    "SỐ LIỆU NĂM 2024 CỦA TỈNH NINH THUẬN (CŨ)",
    "SỐ LIỆU NĂM 2024 TRÊN ĐỊA BÀN TỈNH NINH THUẬN (CŨ)",
    "SỐ LIỆU KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024 TỈNH NINH THUẬN (CŨ)",
    "SỐ LIỆU NĂM 2024 TRƯỚC KHI SÁP NHẬP CỦA TỈNH NINH THUẬN (CŨ)",
])
def test_probe_a_title_giving_a_former_provinces_figures_still_gives_them(title):
    assert taken(_kept_by("UBND TỈNH KHÁNH HÒA", title)) == {("58", "63", "tasks_accepted", "2024", "actual"): 22}



def test_a_former_areas_year_across_the_merger_is_its_share_not_a_refusal():
    """LOST (base39; main read it): "SỐ LIỆU … NĂM 2025 CỦA TỈNH NINH THUẬN (CŨ)" under "UBND TỈNH KHÁNH HÒA" (a sheet
    the new province keeps per former area, batch 36's layout) refused the honest file as the former Ninh Thuận's
    2025 after the merger: the area's year is its share of the new province's, set aside (blind58), as on main."""
    got = _kept_by("UBND TỈNH KHÁNH HÒA", "SỐ LIỆU NĂM 2025 CỦA TỈNH NINH THUẬN (CŨ)")
    assert got.accepted and facts(got) == {}


@pytest.mark.parametrize("title, expected", [
    ("SỐ LIỆU 6 THÁNG ĐẦU NĂM 2025 CỦA TỈNH NINH THUẬN (CŨ)", {("58", "63", "tasks_accepted", "2025-S1", "actual"): 22}),
    ("SỐ LIỆU NĂM 2026 CỦA TỈNH NINH THUẬN (CŨ)", {}),     # blind67's: a part of the new province, never stored
])
def test_probe_a_former_provinces_half_and_its_area_after_the_merger_as_blind67(title, expected):
    assert facts(_kept_by("UBND TỈNH KHÁNH HÒA", title)) == expected

# --- 2. wrong42's whole beside the former provinces: a comparison or a plan left of them is no part -------------

def _whole_beside_formers(columns: list, values: list, title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025"):
    return examine(head("Khánh Hòa", title) + [LABEL_UNIT_HEADER + columns, OCOP_ROW + values])


@pytest.mark.parametrize("columns, values, extra", [
    (["Năm 2024", "Ninh Thuận (cũ)", "Khánh Hòa (cũ)", "Toàn tỉnh"], [20, 5, 7, 12], {}),
    (["Năm 2024", "Ninh Thuận (cũ) năm 2025", "Khánh Hòa (cũ) năm 2025", "Toàn tỉnh"], [20, 5, 7, 12], {}),
    (["Kế hoạch năm 2025", "Ninh Thuận (cũ)", "Khánh Hòa (cũ)", "Toàn tỉnh"], [20, 5, 7, 12],
     {("56", "34", "ocop_products", "2025", "plan"): 20}),
])
def test_the_whole_beside_its_formers_keeps_its_year_beside_a_comparison_or_a_plan(columns, values, extra):
    """LOST (base39; main read it): the new Khánh Hòa's 2025 'Toàn tỉnh' (12) beside 'Năm 2024' or 'Kế hoạch năm 2025'
    left of its former provinces — wrong42 took the comparison's period for one of the places' and left the whole
    unread. Only the places' own periods are the whole's."""
    assert taken(_whole_beside_formers(columns, values)) == {("56", "34", "ocop_products", "2025", "actual"): 12, **extra}


@pytest.mark.parametrize("columns, expected", [
    # wrong42's own: the places' one period is the whole's; places of two periods leave it unread
    (["Ninh Thuận (cũ) 6 tháng đầu năm 2025", "Khánh Hòa (cũ) 6 tháng đầu năm 2025", "Cộng"], set()),
    (["Ninh Thuận (cũ)", "Khánh Hòa (cũ)", "Toàn tỉnh"], {("56", "34", "ocop_products", "2025", "actual")}),
])
def test_probe_the_whole_of_places_of_their_own_period_as_wrong42(columns, expected):
    got = _whole_beside_formers(columns, [5, 7, 12])
    assert {k for k in facts(got) if k[0] == "56" and k[1] == "34"} == expected


# --- 3. blind68's list in one cell: a line stating no figure heads the lines under it -----------------------------

def _cell(text: str, title: str = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024", province: str = "Nghệ An"):
    return examine(head(province, title) + [["I. Kết quả"], [text]])


@pytest.mark.parametrize("text", [
    "- 6 tháng đầu năm 2024\n- Nghiệm thu 12 nhiệm vụ KH&CN",
    "- Quý III/2024\n- Nghiệm thu 12 nhiệm vụ KH&CN",
])
def test_a_period_heading_line_is_not_cut_from_its_items(text):
    """WRONG (base39): under '… NĂM 2024', the first half's 12 tasks accepted were stored as the whole year's — the
    heading line read as an item of its own; main read the cell whole (nothing stored)."""
    assert ("40", "63", "tasks_accepted", "2024", "actual") not in facts(_cell(text))


@pytest.mark.parametrize("text, expected", [
    ("- Nghiệm thu 12 nhiệm vụ KH&CN\n+ Cấp tỉnh: 8 nhiệm vụ\n+ Cấp cơ sở: 4 nhiệm vụ",
     {("40", "63", "tasks_accepted", "2024", "actual"): 12, ("40", "63", "tasks_accepted_provincial", "2024", "actual"): 8}),
    ("- Năm 2024:\n+ Nghiệm thu 12 nhiệm vụ KH&CN\n+ Công nhận 15 sản phẩm OCOP\n- Năm 2025:\n+ Nghiệm thu 15 nhiệm vụ KH&CN",
     {("40", "63", "tasks_accepted", "2024", "actual"): 12, ("40", "63", "ocop_products", "2024", "actual"): 15}),
    ("- Sản phẩm OCOP được công nhận: 15 sản phẩm\n- Kế hoạch năm 2025: 20 sản phẩm",
     {("40", "63", "ocop_products", "2024", "actual"): 15}),
])
def test_probe_blind68s_items_read_as_before(text, expected):
    assert taken(_cell(text)) == expected


# --- 4. blind66's "theo cấp" caption: what it says after the levels is its subject's too --------------------------

_LEVELS = [["1", "Cấp quốc gia", 6], ["2", "Cấp tỉnh", 71], ["3", "Cấp cơ sở", 22], [None, "Tổng số", 99]]


def _levels(caption: str, column: str = "Số nhiệm vụ"):
    return examine([["UBND TỈNH QUẢNG NGÃI"], [MARK], [caption], [], ["TT", "Cấp quản lý", column]] + _LEVELS)


@pytest.mark.parametrize("caption", [
    "NHIỆM VỤ KH&CN THEO CẤP QUẢN LÝ ĐƯỢC GIA HẠN NĂM 2025",
    "NHIỆM VỤ KH&CN THEO CẤP QUẢN LÝ BỊ DỪNG THỰC HIỆN NĂM 2025",
    "NHIỆM VỤ KH&CN ĐANG THỰC HIỆN NĂM 2025 THEO CẤP QUẢN LÝ CỦA HUYỆN SƠN TỊNH",
    "NHIỆM VỤ KH&CN PHÂN THEO CẤP QUẢN LÝ ĐƯỢC GIA HẠN NĂM 2025",
])
def test_levels_of_tasks_extended_stopped_or_of_a_district_are_not_every_task_managed(caption):
    """WRONG (base39; main read none of them): the new Quảng Ngãi's 99 tasks extended (stopped, one district's) and
    their levels 6, 71, 22 were stored as every task managed in 2025 — the caption cut at "theo cấp" and what it says
    after the levels never read."""
    assert not {k for k in facts(_levels(caption)) if k[2].startswith("tasks_managed")}


@pytest.mark.parametrize("caption, period", [
    ("NHIỆM VỤ KH&CN ĐANG THỰC HIỆN QUÝ I NĂM 2026 THEO CẤP QUẢN LÝ - TỈNH QUẢNG NGÃI", "2026-Q1"),
    ("NHIỆM VỤ KH&CN ĐANG THỰC HIỆN NĂM 2025 THEO CẤP QUẢN LÝ TRÊN ĐỊA BÀN TỈNH", "2025"),
    ("Số nhiệm vụ KH&CN được quản lý năm 2026 phân theo cấp quản lý của Sở KH&CN", "2026"),
])
def test_probe_blind66s_levels_read_as_before(caption, period):
    got = taken(_levels(caption))
    assert got == {("51", "34", code, period, "actual"): v for code, v in (
        ("tasks_managed", 99), ("tasks_managed_national", 6), ("tasks_managed_provincial", 71),
        ("tasks_managed_grassroots", 22))}


# --- 5. a list or two sentences in one cell, read as one "label: figure" line -------------------------------------

@pytest.mark.parametrize("text", [
    "- Nghiệm thu 12 nhiệm vụ KH&CN năm 2024\n- Năm 2023: 10 nhiệm vụ",
    "Trong năm 2024 nghiệm thu 12 nhiệm vụ KH&CN. Năm 2023: 10 nhiệm vụ",
    "- Nghiệm thu 12 nhiệm vụ KH&CN\n- Cùng kỳ năm trước: 10 nhiệm vụ",   # main refused it, base39 read nothing
])
def test_last_years_figure_after_the_years_statement_is_not_the_years(text):
    """WRONG (main and base39): 2023's 10 tasks were stored as the tasks accepted in 2024 — the whole cell read as one
    label ("- Nghiệm thu 12 … năm 2024\\n- Năm 2023") before its last colon. Each statement is read as itself: 12."""
    assert taken(_cell(text)) == {("40", "63", "tasks_accepted", "2024", "actual"): 12}


@pytest.mark.parametrize("text, expected", [
    ("Sản phẩm OCOP 4 sao được công nhận\ntrong năm: 12 sản phẩm", ("ocop_products_4star", 12)),
    ("Số nhiệm vụ KH&CN\nđược nghiệm thu: 12 nhiệm vụ", ("tasks_accepted", 12)),
    ("Tỷ lệ TTHC cung cấp DVC trực tuyến mức độ 4\ntrong năm: 85%", ("tthc_level4_rate", 85)),
    ("Trong năm, đã tổ chức 3 hội đồng. Nhiệm vụ KH&CN được nghiệm thu: 12 nhiệm vụ", ("tasks_accepted", 12)),
])
def test_probe_a_label_wrapped_in_its_cell_stays_one_label(text, expected):
    code, value = expected
    assert {k[2]: v for k, v in taken(_cell(text)).items()} == {code: value}


# --- 6. review39's plan titles: a plan's title naming the results' period too -----------------------------------

def _titled(title: str, columns: list, values: list):
    return examine(head("Nghệ An", title) + [LABEL_UNIT_HEADER + columns, OCOP_ROW + values])


@pytest.mark.parametrize("title, columns, plan", [
    ("KẾ HOẠCH GIAI ĐOẠN 2026-2030 (KÈM KẾT QUẢ GIAI ĐOẠN 2021-2025)", ["Giai đoạn 2021-2025", "Giai đoạn 2026-2030"],
     "2026/2030"),
    ("KẾ HOẠCH GIAI ĐOẠN 2026-2030 - KẾT QUẢ GIAI ĐOẠN 2021-2025", ["Giai đoạn 2021-2025", "Giai đoạn 2026-2030"],
     "2026/2030"),
    ("KẾ HOẠCH NĂM 2026 (KÈM KẾT QUẢ NĂM 2025)", ["Năm 2025", "Năm 2026"], "2026"),
])
def test_a_plans_title_naming_the_results_period_too_keeps_its_plan(title, columns, plan):
    """WRONG (main and base39): the plan's 80 products were stored as the ACTUAL products of 2026–2030 (of 2026): the
    title's clause named two periods, so no one — no plan. The plan's period is the one before the results' words;
    the results' 55 stay actual."""
    got = taken(_titled(title, columns, [55, 80]))
    assert {(k[3], k[4]): v for k, v in got.items()} == {(columns[0].split()[-1].replace("-", "/"), "actual"): 55,
                                                         (plan, "plan"): 80}


@pytest.mark.parametrize("title", [
    "KẾ HOẠCH GIAI ĐOẠN 2026-2030 VÀ KẾT QUẢ GIAI ĐOẠN 2021-2025",   # review39's clauses: as before
    "KẾ HOẠCH NĂM 2026",
])
def test_probe_plan_titles_read_as_before(title):
    got = taken(_titled(title, ["Năm 2025", "Năm 2026"], [55, 80]))
    assert {(k[3], k[4]): v for k, v in got.items()} == {("2025", "actual"): 55, ("2026", "plan"): 80}


# --- 7. quarters abbreviated and listed: "Q1_Q2_2026.csv", "Q1, Q2 2025" -----------------------------------------

_CSV_CONTENT = [["STT", "Lĩnh vực", "Nội dung báo cáo"],
                ["0", "Ghi chú", MARK + " — Sở KH&CN Thanh Hóa"],
                ["1", "OCOP", "Công nhận 21 sản phẩm OCOP 3 sao"]]


def _csv(name: str):
    from etl import ingest

    data = "\ufeff" + "\n".join(";".join(r) for r in _CSV_CONTENT) + "\n"
    return ingest.examine(data.encode("utf-8"), name)


@pytest.mark.parametrize("name, period", [
    ("thanhhoa_Q1_Q2_2026.csv", "2026-S1"),      # base39: 2026-Q2 (main: the year 2026)
    ("thanhhoa_Q1-Q2_2026.csv", "2026-S1"),      # base39: 2026-Q2 (main: 2026-S1)
    ("thanhhoa_Q1+Q2_2026.csv", "2026-S1"),      # base39: 2026-Q2
])
def test_a_csv_named_by_two_quarters_is_their_half_never_the_last_quarter(name, period):
    """WRONG (base39): the first half's 21 OCOP products were stored as the SECOND quarter's — blind68 read the name's
    words, and "Q 1 Q 2 2026" was read as its last quarter, as "Q1, Q2 2025" always was (metrics/periods.py)."""
    assert {k[3] for k in taken(_csv(name))} == {period}


@pytest.mark.parametrize("name", ["thanhhoa_Q1_Q3_2026.csv"])
def test_a_csv_named_by_quarters_with_a_gap_names_no_period(name):
    assert not {k for k in facts(_csv(name)) if k[3] in ("2026-Q3", "2026")}


@pytest.mark.parametrize("header, period", [
    ("Q1, Q2 2025", "2025-S1"),       # main and base39: 2025-Q2
    ("Q1 Q2 2025", "2025-S1"),
    ("Q2,Q3 2025", "2025-04/2025-09"),
    ("Q1-Q3/2025", "2025-01/2025-09"),   # as before
    ("Q2 2025", "2025-Q2"),              # as before
    ("Q1/2025", "2025-Q1"),
])
def test_a_column_of_quarters_abbreviated_and_listed_is_their_span(header, period):
    """WRONG (main and base39): a column headed "Q1, Q2 2025" stored the first half's 12 products as 2025-Q2's."""
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025") + [LABEL_UNIT_HEADER + [header],
                                                                                      OCOP_ROW + [12]]))
    assert {k[3] for k in got} == {period}


@pytest.mark.parametrize("header, period", [
    ("H1 2025", "2025-S1"), ("H1/2025", "2025-S1"), ("S1/2025", "2025-S1"),   # main and base39: the year 2025
    ("2025-H1", "2025-S1"), ("6T/2025", "2025-S1"),                           # as before
])
def test_a_column_of_a_half_abbreviated_before_its_year_is_that_half(header, period):
    """WRONG (main and base39): a column headed "H1/2025" (a reporting system's first half) stored its 12 products as
    the whole year 2025's — the year-first "2025-H1" was read, the half before its year was not."""
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025") + [LABEL_UNIT_HEADER + [header],
                                                                                      OCOP_ROW + [12]]))
    assert {k[3] for k in got} == {period}


def test_a_csv_named_by_its_half_abbreviated_is_that_half():
    assert {k[3] for k in taken(_csv("thanhhoa_H1_2026.csv"))} == {"2026-S1"}
