"""blind72 (issue #8, first sight on batch 72: yearbook extracts and the statistics offices' tables): each class
with the smallest realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is), the
failing case and its probes — honest neighbours that must keep reading the same, wrong ones that stay set aside."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, facts, head, reasons, taken

NGHE_AN = "40"
AT = "2025-12-31"


# --- 1. a statistics office's title on what is still valid, the caption right above the table ---------------

VALID = "SẢN PHẨM OCOP CÒN HIỆU LỰC CÔNG NHẬN ĐẾN NGÀY 31/12/2025"
COUNT = ["STT", "Chỉ tiêu", "ĐVT", "Số lượng"]
TOTAL_ROW = ["1", "Tổng số sản phẩm OCOP", "sản phẩm", 412]
STOCK = {(NGHE_AN, "34", "ocop_products_total", AT, "actual"): 412,
         (NGHE_AN, "34", "ocop_products_4star_total", AT, "actual"): 60}


def _office(*rows, title=VALID):
    """A statistics office's sheet (batch 72's new Quảng Ngãi): the office, the test-data mark, a blank row, the
    title alone, a blank row, the table — the title is also the caption right above the header."""
    return examine([["THỐNG KÊ TỈNH NGHỆ AN"], [MARK], [], [title], [], *rows])


@pytest.mark.parametrize("title", [VALID, "SẢN PHẨM OCOP CÒN HIỆU LỰC ĐẾN 31/12/2025"])
def test_the_offices_title_on_what_is_still_valid_makes_the_rows_the_stock_at_its_date(title):
    """WRONG: under the statistics office's "SẢN PHẨM OCOP CÒN HIỆU LỰC CÔNG NHẬN ĐẾN NGÀY 31/12/2025", "Tổng số
    sản phẩm OCOP | 412" and "Trong đó: 4 sao | 60" were stored as the products RECOGNIZED in 2025 (the new Quảng
    Ngãi's 351, 294, 55, 2 in batch 72) — the title, standing alone right above the header, was taken for a
    caption and not read as the title on the valid stock that recall41 reads under a department's heading."""
    got = _office(COUNT, TOTAL_ROW, ["2", "Trong đó: 4 sao", "sản phẩm", 60], title=title)
    assert taken(got) == STOCK


def test_the_departments_layout_reads_as_before():
    got = examine(head("Nghệ An", VALID) + [COUNT, TOTAL_ROW, ["2", "Trong đó: 4 sao", "sản phẩm", 60]])
    assert taken(got) == STOCK


def test_probe_a_row_saying_it_counts_the_new_ones_keeps_its_own_words():
    got = _office(COUNT, TOTAL_ROW, ["2", "Sản phẩm OCOP được công nhận mới năm 2025", "sản phẩm", 96])
    assert taken(got) == {(NGHE_AN, "34", "ocop_products_total", AT, "actual"): 412,
                          (NGHE_AN, "34", "ocop_products", "2025", "actual"): 96}


def test_probe_columns_of_their_own_years_stay_set_aside():
    got = _office(["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025"], ["1", "Tổng số sản phẩm OCOP", "sản phẩm", 380, 412])
    assert facts(got) == {}
    assert "tiêu đề bảng nói số “còn hiệu lực” tại một thời điểm" in reasons(got)


@pytest.mark.parametrize("title, row, read", [
    # a title naming the new ones too: no one of them for the rows
    ("SẢN PHẨM OCOP CÔNG NHẬN MỚI VÀ CÒN HIỆU LỰC ĐẾN 31/12/2025", TOTAL_ROW, None),
    # a title on the year's recognitions: the year's flow, as before
    ("SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN NĂM 2025", TOTAL_ROW, {(NGHE_AN, "34", "ocop_products", "2025", "actual"): 412}),
    # tasks have no stock of what is still valid: the title says nothing of them
    (VALID, ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12],
     {(NGHE_AN, "34", "tasks_accepted", "2025", "actual"): 12}),
])
def test_probe_the_offices_title_changes_nothing_it_does_not_speak_of(title, row, read):
    got = _office(COUNT, row, title=title)
    assert not any(i.endswith("_total") for _, _, i, _, _ in facts(got))
    if read is not None:
        assert taken(got) == read


def test_probe_a_caption_of_its_own_under_the_title_still_says_its_own_stage():
    """A caption under the title ("Biểu 2. Sản phẩm OCOP công nhận mới") is another table's: its rows are the new
    ones, whatever the title says above it."""
    got = examine([["THỐNG KÊ TỈNH NGHỆ AN"], [MARK], [VALID], [], ["Biểu 2. Sản phẩm OCOP được công nhận mới năm 2025"],
                   COUNT, ["1", "Sản phẩm OCOP", "sản phẩm", 96]])
    assert not any(i.endswith("_total") for _, _, i, _, _ in facts(got))


# --- 2. a bilingual yearbook table: the caption's English twin, "TỔNG SỐ - TOTAL", the unit in both languages --

BINH_THUAN = "60"
YEARS = [None, 2020, 2021, 2022, 2023, "Sơ bộ - Prel. 2024"]
BUDGET = (29650, 35110, 38940, 41275, 44610)


def _bilingual(caption="12.02  Chi ngân sách nhà nước cho khoa học và công nghệ",
               twin="State budget expenditure on science and technology",
               unit="Đơn vị tính: Triệu đồng - Unit: Mill. dongs", total="TỔNG SỐ - TOTAL", values=BUDGET):
    """Bình Thuận's yearbook 2024 (batch 72): the caption and its English twin on the line under it, the unit in
    both languages at the right, the years with "Sơ bộ - Prel. 2024", "TỔNG SỐ - TOTAL" and the parts."""
    rows = [["Niên giám Thống kê Bình Thuận 2024 / Binh Thuan Statistical Yearbook 2024"], [MARK], [], [caption]]
    if twin:
        rows.append([twin])
    return examine(rows + [[None, None, None, None, None, unit], YEARS, [total, *values],
                           ["Chia ra - Of which:"],
                           ["Chi đầu tư phát triển - Development investment", 8200, 11500, 12300, 13050, 14100]])


def _budget(scale=1000):
    return {(BINH_THUAN, "63", "st_budget", str(y), "actual"): v / scale
            for y, v in zip(range(2020, 2025), BUDGET)}


def test_a_bilingual_yearbook_tables_total_is_its_captions_indicator():
    """REFUSED: Bình Thuận's yearbook budget table (batch 72, 5 figures) — "không tìm thấy chỉ tiêu nào": the total
    row "TỔNG SỐ - TOTAL" named nothing, the caption's English twin stood between it and the caption, and the unit
    line "Đơn vị tính: Triệu đồng - Unit: Mill. dongs" was no unit line. Each is its Vietnamese half: the total is
    the caption's indicator, in triệu đồng (batch 40's monolingual yearbook reads so)."""
    assert taken(_bilingual()) == _budget()


@pytest.mark.parametrize("kw", [dict(twin=None), dict(total="TỔNG SỐ"), dict(unit="Đơn vị tính: Triệu đồng")])
def test_each_bilingual_part_alone_reads_the_same(kw):
    assert taken(_bilingual(**kw)) == _budget()


def test_the_unit_in_both_languages_scales_the_money():
    got = _bilingual(unit="Đơn vị tính: Tỷ đồng - Unit: Bill. dongs", values=[v / 1000 for v in BUDGET])
    assert taken(got) == _budget()


@pytest.mark.parametrize("caption", [
    # a caption dating its figures: not the years' columns
    "12.02  Chi ngân sách nhà nước cho khoa học và công nghệ năm 2022",
    # a caption naming no declared indicator
    "12.03  Số đơn đăng ký sáng chế",
])
def test_probe_the_twin_does_not_make_another_caption_the_totals(caption):
    got = _bilingual(caption=caption)
    assert not any(k[2] == "st_budget" for k in facts(got))


def test_probe_a_vietnamese_line_between_is_no_twin():
    """A second Vietnamese line under the caption ("(Theo quyết toán ngân sách huyện)") is no English twin: the total is
    not reached through it, nothing guessed."""
    got = _bilingual(twin="(Theo quyết toán ngân sách các huyện)")
    assert not any(k[2] == "st_budget" for k in facts(got))


# --- 3. years down the rows, "Tổng số | Chia ra: levels" across, the indicator named by the title alone ---------

KHANH_HOA = "56"
MANAGED = "SỐ NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ ĐANG THỰC HIỆN PHÂN THEO CẤP QUẢN LÝ"
LEVEL_ROWS = [["2022", 72, 3, 44, 25], ["2023", 78, 4, 46, 28], ["Sơ bộ 2024", 86, 6, 49, 31]]


def _by_level(title=MANAGED, groups=("Cấp Nhà nước", "Cấp tỉnh", "Cấp cơ sở"), rows=LEVEL_ROWS, two_rows=True):
    """Khánh Hòa's statistics office (batch 72): the title names the indicator, "Năm" and "Tổng số" merged down two
    header rows, "Chia ra" over the levels, the years down the rows (the latest "Sơ bộ")."""
    top = [["CỤC THỐNG KÊ TỈNH KHÁNH HÒA"], [MARK], [], [title], [None, None, None, None, "Đơn vị tính: Nhiệm vụ"]]
    if two_rows:
        return examine(top + [["Năm", "Tổng số", "Chia ra", None, None], [None, None, *groups], *rows],
                       merges=("A6:A7", "B6:B7", "C6:E6"))
    return examine(top + [["Năm", "Tổng số", *groups], *rows])


def _levels(indicator, parts=("national", "provincial", "grassroots")):
    want = {}
    for y, total, *vals in LEVEL_ROWS:
        year = y[-4:]
        want[(KHANH_HOA, "63", indicator, year, "actual")] = total
        for part, v in zip(parts, vals):
            if part:
                want[(KHANH_HOA, "63", f"{indicator}_{part}", year, "actual")] = v
    return want


def test_a_bare_total_column_under_a_title_naming_the_indicator_is_that_indicator_by_year():
    """REFUSED: Khánh Hòa's tasks by level 2020–2024 (batch 72, 20 figures) — "không tìm thấy chỉ tiêu nào": the
    title names the indicator, the header only "Tổng số" and the levels. The total is the title's indicator and
    heads the levels right of it, each year's row its figures (as a yearbook's "TỔNG SỐ" row under its caption)."""
    assert taken(_by_level()) == _levels("tasks_managed")


def test_a_one_row_header_reads_the_same():
    assert taken(_by_level(two_rows=False)) == _levels("tasks_managed")


def test_the_titles_stage_is_read_and_a_level_it_has_no_part_for_stays_unread():
    """"… ĐƯỢC NGHIỆM THU PHÂN THEO CẤP QUẢN LÝ": the tasks accepted; grassroots tasks accepted are no indicator."""
    got = _by_level(title="SỐ NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ ĐƯỢC NGHIỆM THU PHÂN THEO CẤP QUẢN LÝ")
    assert taken(got) == _levels("tasks_accepted", ("national", "provincial", None))


@pytest.mark.parametrize("title", [
    # a title dating its figures: which year's are the rows?
    "SỐ NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ ĐANG THỰC HIỆN NĂM 2024 PHÂN THEO CẤP QUẢN LÝ",
    # a title naming no declared indicator
    "KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ PHÂN THEO CẤP QUẢN LÝ",
    # proposals are no tasks managed
    "SỐ NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ ĐỀ XUẤT ĐẶT HÀNG PHÂN THEO CẤP QUẢN LÝ",
])
def test_probe_a_title_that_names_no_one_indicator_of_the_years_reads_nothing(title):
    assert not any(k[2].startswith("tasks_") for k in facts(_by_level(title=title)))


def test_probe_a_total_over_provinces_is_no_provinces_figure():
    """"Năm | Tổng số | Khánh Hòa | Ninh Thuận" under the same title: the total is the two provinces' sum, no one
    province's figure — never stored as the title's indicator."""
    got = _by_level(groups=("Khánh Hòa", "Ninh Thuận", None), rows=[["2023", 96, 78, 18], ["2024", 105, 86, 19]])
    assert not any(v in (96, 105) for v in facts(got).values())
