"""blind78 (issue #8): the classes found around batch 78 — one report per layout of the README's list, from the Red
River delta, the North-Central Coast and the Central Highlands, before and after the merger — each with the smallest
realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is), and beside it the honest
and wrong neighbours that must read as before."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, facts, taken

# --- 1. a bilingual yearbook table: the caption's English twin pushed the caption out of reach ------------------------

_CAPTION = "186. Số nhiệm vụ khoa học và công nghệ được nghiệm thu phân theo cấp quản lý"
_TWIN = "Number of accepted science and technology tasks by management level"
_UNIT = [None, None, None, None, None, "Đơn vị tính: Nhiệm vụ - Unit: Task"]
_YEARS = [None, 2019, 2020, 2021, 2022, "Sơ bộ\nPrel. 2023"]
_ROWS = [["TỔNG SỐ - TOTAL", 58, 60, 61, 66, 70], ["Cấp Nhà nước - State level", 2, 3, 3, 4, 4],
         ["Cấp tỉnh - Provincial level", 41, 43, 42, 45, 48], ["Cấp cơ sở - Grassroots level", 15, 14, 16, 17, 18]]
_NAME = "nien_giam_thanh_hoa_2023.xlsx"   # the province is the file's: a yearbook's table names none


def _yearbook(*above: list) -> object:
    return examine([[MARK], *above, *_ROWS], name=_NAME)


def _accepted_by_level() -> dict:
    out = {}
    for code, row in (("tasks_accepted", 0), ("tasks_accepted_national", 1), ("tasks_accepted_provincial", 2)):
        for year, v in zip(("2019", "2020", "2021", "2022", "2023"), _ROWS[row][1:]):
            out[("38", "63", code, year, "actual")] = v
    return out


def test_a_yearbook_caption_over_its_english_twin_and_unit_line_heads_its_total():
    """LOST (an honest file refused whole): Thanh Hóa's yearbook table 186 — the caption, its English twin, the unit
    line "Đơn vị tính: Nhiệm vụ - Unit: Task", a blank row, the years, then "TỔNG SỐ - TOTAL" — was refused "không tìm
    thấy chỉ tiêu nào" (batch 78: 15 facts): the twin took a row of the window the caption is looked for in, the
    caption sat a fifth row up. The twin is passed over: the tasks accepted and their levels read (no indicator for
    the grassroots level)."""
    assert taken(_yearbook([_CAPTION], [_TWIN], _UNIT, [], _YEARS)) == _accepted_by_level()


def test_probe_the_same_table_without_its_twin_reads_the_same():
    assert taken(_yearbook([_CAPTION], _UNIT, [], _YEARS)) == _accepted_by_level()


def test_probe_the_twin_right_above_the_years_reads_as_before():
    """blind72's layout: the caption, its twin, the years at once."""
    assert taken(_yearbook([_CAPTION], [_TWIN], _YEARS)) == _accepted_by_level()


def test_probe_a_caption_naming_its_own_year_gives_no_total():
    """A caption of one year ("… năm 2020 phân theo …") over years 2019–2023: whose columns? Nothing is taken, as
    before (the file has no indicator)."""
    result = _yearbook(["186. Số nhiệm vụ khoa học và công nghệ được nghiệm thu năm 2020 phân theo cấp quản lý"],
                       [_TWIN], _UNIT, [], _YEARS)
    assert not facts(result) and {p.rule for p in result.problems} == {"no_indicator"}


def test_probe_a_row_of_figures_between_caption_and_table_gives_no_total():
    """Another table's last row between the caption's twin and the years: the caption is not this table's."""
    result = _yearbook([_CAPTION], [_TWIN], ["Khác - Other", 1, 2, 3, 4, 5], [], _YEARS)
    assert ("38", "63", "tasks_accepted", "2019", "actual") not in facts(result)


def test_probe_three_english_lines_are_no_twin_passed_over():
    """At most two English lines are passed over: a caption above three of them (a paragraph, not a twin) heads
    nothing, as before."""
    result = _yearbook([_CAPTION], [_TWIN], [_TWIN], [_TWIN], _UNIT, [], _YEARS)
    assert not facts(result)


# --- 2. a stock's figure that a clause says was granted in the period ------------------------------------------------

def _results(text: str, title: str = "KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2026",
             column: str = "Kết quả thực hiện 6 tháng đầu năm 2026") -> dict:
    """The new Gia Lai's results typed as sentences (batch 78), one row of intellectual property beside the tasks."""
    result = examine([["UBND TỈNH GIA LAI"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], [title], [],
                      ["TT", "Nhiệm vụ", column, "Ghi chú"],
                      ["1", "Đánh giá, nghiệm thu", "Đã nghiệm thu 19 nhiệm vụ", None],
                      ["2", "Sở hữu trí tuệ", text, None]])
    return {(i, per): v for (_, _, i, per, _m), v in taken(result).items()}


def test_marks_granted_in_the_half_are_not_the_marks_to_date():
    """WRONG: "…; 03 nhãn hiệu chứng nhận được cấp văn bằng" in the half's results was stored as the certification
    marks protected to 30/6/2026 — 3, where the province holds dozens (batch 78: 1 wrong). Granted in the period:
    no figure of the stock; the supported applicants beside it read as before."""
    got = _results("Hỗ trợ 22 tổ chức, cá nhân đăng ký bảo hộ quyền SHTT; 03 nhãn hiệu chứng nhận được cấp văn bằng")
    assert got == {("tasks_accepted", "2026-S1"): 19, ("ip_registrations_supported", "2026-S1"): 22}


def test_marks_granted_in_a_year_are_not_the_marks_to_its_end():
    got = _results("Năm 2024, 05 nhãn hiệu tập thể được Cục SHTT cấp văn bằng bảo hộ",
                   title="KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024", column="Kết quả năm 2024")
    assert not any(i == "ip_collective_marks" for i, _ in got)


@pytest.mark.parametrize("text", [
    "Toàn tỉnh có 48 nhãn hiệu chứng nhận được cấp văn bằng bảo hộ",
    "Lũy kế 48 nhãn hiệu chứng nhận được cấp văn bằng bảo hộ",
    "Đến nay 48 nhãn hiệu chứng nhận đã được cấp văn bằng",
    "Nhãn hiệu chứng nhận được cấp văn bằng bảo hộ: 48",
    "Có 48 nhãn hiệu chứng nhận còn hiệu lực",
])
def test_probe_the_marks_to_date_read_as_before(text):
    assert _results(text)[("ip_certification_marks", "2026-06-30")] == 48


def test_probe_marks_added_then_the_new_total_reads_the_total():
    """Bắc Ninh's sentence (batch 17): the 5 added are no stock, the total they raise it to is."""
    got = _results("Được Cục SHTT cấp văn bằng bảo hộ thêm 05 nhãn hiệu tập thể, nâng tổng số nhãn hiệu tập thể của "
                   "tỉnh lên 32")
    assert got[("ip_collective_marks", "2026-06-30")] == 32


# --- 3. a bare span total ("Cả GĐ") right of the years of the span its title names -----------------------------------

def _five_years(total_header: str, title: str = "MỘT SỐ CHỈ TIÊU KH&CN TỈNH THANH HÓA GIAI ĐOẠN 2021 - 2025",
                years: tuple = (2021, 2022, 2023, 2024, "Ước TH 2025")):
    result = examine([["SỞ KHOA HỌC VÀ CÔNG NGHỆ THANH HÓA"], [MARK], [title], [],
                      ["TT", "Chỉ tiêu", "ĐVT", *years, total_header],
                      ["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 61, 66, 70, 72, 75, 344],
                      ["2", "Sản phẩm OCOP được công nhận", "Sản phẩm", 121, 135, 142, 150, 160, 708]])
    return {(i, per): v for (_, _, i, per, _m), v in taken(result).items() if "/" in per}


@pytest.mark.parametrize("header", ["Cả GĐ", "Cả giai đoạn", "Tổng GĐ", "Cộng GĐ", "Tổng giai đoạn"])
def test_a_bare_span_total_right_of_the_titles_years_is_the_spans_figure(header):
    """LOST: Thanh Hóa's "… GIAI ĐOẠN 2021 - 2025" over "2021 | … | Ước TH 2025 | Cả GĐ" left the five years' tasks
    accepted (344) and OCOP products (708) unread, "Tiêu đề cột không cho biết đây là số liệu gì" ("Tổng GĐ" as a
    total over places; batch 78: 2 lost). The span's figure (an estimate: its last year is)."""
    assert _five_years(header) == {("tasks_accepted", "2021/2025"): 344, ("ocop_products", "2021/2025"): 708}


def test_probe_a_span_total_naming_its_years_reads_as_before():
    assert _five_years("Cả giai đoạn 2021 - 2025") == {("tasks_accepted", "2021/2025"): 344,
                                                       ("ocop_products", "2021/2025"): 708}


@pytest.mark.parametrize("title, years", [
    ("MỘT SỐ CHỈ TIÊU KH&CN TỈNH THANH HÓA", (2021, 2022, 2023, 2024, "Ước TH 2025")),   # no span said
    ("MỘT SỐ CHỈ TIÊU KH&CN GIAI ĐOẠN 2020 - 2025", (2021, 2022, 2023, 2024, "Ước TH 2025")),   # 2020 not shown
    ("MỘT SỐ CHỈ TIÊU KH&CN GIAI ĐOẠN 2021 - 2025", (2021, 2022, 2024, "Ước TH 2025", "KH 2026")),   # a year missing
])
def test_probe_a_bare_span_total_without_its_years_stays_unread(title, years):
    """Which span's total, when the title names none, or another, or a year of it has no column: unread, as
    before."""
    assert _five_years("Cả GĐ", title=title, years=years) == {}


def test_probe_a_bare_total_beside_the_years_stays_a_total():
    """"Tổng cộng" says no span: set aside as before."""
    assert _five_years("Tổng cộng") == {}
