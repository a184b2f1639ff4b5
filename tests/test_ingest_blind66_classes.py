"""blind66 (issue #8, batch 66 at first sight): the classes the South-Central Coast's and the Central Highlands'
reports after the merger showed, each with the smallest realistic report (tests/fixtures/reports.py, read by
`etl.ingest.examine` as an upload is) and the near misses that must stay as they are (precision first)."""
from __future__ import annotations

import pytest

from metrics import periods
from tests.fixtures.reports import OCOP_ROW, TASKS_ACCEPTED_ROW, facts, table, taken

NGHE_AN = "40"


def _f(indicator: str, period: str, value, frame: str = "63", province: str = NGHE_AN):
    return {(province, frame, indicator, period, "actual"): value}


def _with_note(note: str, columns: tuple = ("Năm 2024",), values=(42,), accepted=(9,)):
    return table(OCOP_ROW + list(values), TASKS_ACCEPTED_ROW + list(accepted), [], [note], columns=columns)


# --- 1. a note's cut-off after an abbreviation: "Số liệu tổ chức KH&CN tính đến cuối kỳ" ----------------------

def test_a_note_with_an_abbreviation_before_its_cut_off_is_read_not_a_crash():
    """REFUSED (unsafe): the former Kon Tum's handover under "UBND TỈNH QUẢNG NGÃI", its note "Nguồn: Sở KH&CN tỉnh
    Kon Tum (cũ). Số liệu tổ chức KH&CN tính đến cuối kỳ." — the cut-off was found in the folded note ("KH&CN" is
    "khoa hoc va cong nghe" there) and cut at that position from the note as typed: nothing left, and reading
    "Năm 2024 ()" crashed the reader; the 12 figures were lost with the file. To the period's end keeps them."""
    got = _with_note("Nguồn: Sở KH&CN tỉnh Kon Tum (cũ). Số liệu tổ chức KH&CN tính đến cuối kỳ.")
    assert taken(got) == {**_f("ocop_products", "2024", 42), **_f("tasks_accepted", "2024", 9)}


@pytest.mark.parametrize("note, ocop_kept", [
    ("Ghi chú: Số liệu nhiệm vụ KH&CN năm 2024 tính đến ngày 30/11/2024", True),     # the tasks' figures only
    ("Ghi chú: Số liệu của Sở KH&CN, ĐMST và CĐS năm 2024 tính đến ngày 30/11/2024", False),
])
def test_a_cut_off_after_an_abbreviation_still_cuts_the_year_short(note, ocop_kept):
    """WRONG in waiting: the same note counted to 30/11 (eleven months) kept the 9 tasks accepted as the year
    2024's — cut at the folded position, the cut-off read "30/11/2024" alone. However many abbreviations precede
    "tính đến", the cut-off is read where it was typed: the year's column of what the note speaks of is aside."""
    got = facts(_with_note(note))
    assert ("40", "63", "tasks_accepted", "2024", "actual") not in got
    assert (("40", "63", "ocop_products", "2024", "actual") in got) is ocop_kept


@pytest.mark.parametrize("note, kept", [
    ("Ghi chú: Số liệu năm 2024 tính đến ngày 30/11/2024", False),     # no abbreviation: cut short, as before
    ("Ghi chú: Số liệu tính đến hết ngày 31/12/2024", True),           # the year's last day: the year
    ("Ghi chú: Số liệu KH&CN tính đến hết ngày 31/12/2024", True),     # … after an abbreviation too
])
def test_probe_cut_offs_read_as_before(note, kept):
    got = _with_note(note)
    assert (("40", "63", "ocop_products", "2024", "actual") in facts(got)) is kept


@pytest.mark.parametrize("text", ["Năm 2024 ()", "2024 ()", "Năm 2024 ( )"])
def test_a_year_with_an_empty_note_is_the_year(text):
    """metrics.periods.from_text raised TypeError on a year and an empty bracket (a header typed "Năm 2024 ()",
    a note cleared): the year."""
    assert periods.from_text(text).notation == "2024"


# --- 2. the PII's round as each row's period: "Địa phương | Kỳ đánh giá | Điểm PII | Xếp hạng" -------------------

_PII_HEAD = ["TT", "Địa phương", "Kỳ đánh giá", "Điểm PII", "Xếp hạng"]
_PII_ROWS = [["1", "Lâm Đồng (cũ)", "PII 2024", "38,42", "24/63"], ["2", "Đắk Nông (cũ)", "PII 2024", "31,05", "57/63"]]
_PII_TITLE = "SO SÁNH CHỈ SỐ ĐỔI MỚI SÁNG TẠO CẤP ĐỊA PHƯƠNG (PII) CỦA CÁC TỈNH CŨ"


def _pii(rows, header=_PII_HEAD):
    from tests.fixtures.reports import examine, head
    return examine(head("Lâm Đồng", _PII_TITLE) + [header] + rows)


def test_the_pii_round_column_is_each_rows_period():
    """LOST: the new Lâm Đồng's planners compare the former provinces' PII, "Kỳ đánh giá | PII 2024" in a column of
    its own: the column was read as the rows' labels, the former provinces' names as nothing, and every figure set
    aside as the merged territory's 2024 ("là của địa bàn sau sắp xếp"). A round's column is each row's period, as
    "Năm | 2024" is (metrics/header_words.toml period_headers)."""
    got = taken(_pii(_PII_ROWS))
    assert got == {("68", "63", "pii_score", "2024", "actual"): 38.42, ("68", "63", "pii_rank", "2024", "actual"): 24,
                   ("67", "63", "pii_score", "2024", "actual"): 31.05, ("67", "63", "pii_rank", "2024", "actual"): 57}


def test_probe_the_round_column_keeps_each_rows_own_round():
    """Each row its own round: PII 2023 stays 2023's beside PII 2024."""
    rows = [_PII_ROWS[0], ["2", "Lâm Đồng (cũ)", "PII 2023", "36,10", "29/63"]]
    got = taken(_pii(rows))
    assert got[("68", "63", "pii_score", "2023", "actual")] == 36.10
    assert got[("68", "63", "pii_rank", "2024", "actual")] == 24


def test_probe_a_year_column_reads_as_before():
    rows = [[r[0], r[1], "2024", r[3], r[4]] for r in _PII_ROWS]
    got = taken(_pii(rows, ["TT", "Địa phương", "Năm", "Điểm PII", "Xếp hạng"]))
    assert got[("67", "63", "pii_rank", "2024", "actual")] == 57


def test_probe_a_round_of_no_period_is_asked_never_a_year():
    """OCOP's rounds under "Kỳ đánh giá" ("Đợt 1 năm 2024", "Đợt 2 năm 2024"): no period of the warehouse — never
    stored as the year 2024's (as under "Kỳ")."""
    from tests.fixtures.reports import examine, head
    got = examine(head("Lâm Đồng", "KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP") + [
        ["TT", "Kỳ đánh giá", "Sản phẩm OCOP được công nhận"], ["1", "Đợt 1 năm 2024", 35], ["2", "Đợt 2 năm 2024", 40]])
    assert facts(got) == {}


# --- 3. levels under a caption naming the count: "NHIỆM VỤ KH&CN ĐANG THỰC HIỆN QUÝ I NĂM 2026 THEO CẤP QUẢN LÝ" ----

_LEVELS = [["1", "Cấp quốc gia", 6], ["2", "Cấp tỉnh", 71], ["3", "Cấp cơ sở", 22], [None, "Tổng số", 99]]


def _levels(caption: str, column: str = "Số nhiệm vụ"):
    from tests.fixtures.reports import MARK, examine
    return examine([["UBND TỈNH QUẢNG NGÃI"], [MARK], [caption], [], ["TT", "Cấp quản lý", column]] + _LEVELS)


def _q1(value_by_code: dict, period: str = "2026-Q1") -> dict:
    return {("51", "34", code, period, "actual"): v for code, v in value_by_code.items()}


_ALL = {"tasks_managed": 99, "tasks_managed_national": 6, "tasks_managed_provincial": 71, "tasks_managed_grassroots": 22}


@pytest.mark.parametrize("caption", [
    "NHIỆM VỤ KH&CN ĐANG THỰC HIỆN QUÝ I NĂM 2026 THEO CẤP QUẢN LÝ - TỈNH QUẢNG NGÃI",
    "NHIỆM VỤ KH&CN ĐANG THỰC HIỆN QUÝ I NĂM 2026 PHÂN THEO CẤP QUẢN LÝ",
    "Nhiệm vụ KH&CN đang thực hiện quý I năm 2026 theo cấp quản lý",
])
def test_levels_under_a_caption_without_so_are_read(caption):
    """LOST: the new Quảng Ngãi's second sheet, "Cấp quốc gia | 6", "Cấp tỉnh | 71", "Cấp cơ sở | 22", "Tổng số | 99"
    under "Số nhiệm vụ" and the caption "NHIỆM VỤ KH&CN ĐANG THỰC HIỆN QUÝ I NĂM 2026 THEO CẤP QUẢN LÝ": "theo cấp"
    announces the breakdown as "phân theo" does, and "Số" only says the column counts the caption's subject."""
    assert taken(_levels(caption)) == _q1(_ALL)


@pytest.mark.parametrize("caption, column", [
    ("NHIỆM VỤ KH&CN ĐANG THỰC HIỆN QUÝ I NĂM 2026 THEO CẤP QUẢN LÝ", "Số lượt"),       # times, not tasks
    ("NHIỆM VỤ KH&CN ĐANG THỰC HIỆN QUÝ I NĂM 2026 THEO CẤP QUẢN LÝ", "Số đề tài"),     # one kind of task
    ("NHIỆM VỤ KH&CN ƯỚC THỰC HIỆN NĂM 2026 THEO CẤP QUẢN LÝ", "Số nhiệm vụ"),        # an estimate
    ("NHIỆM VỤ KH&CN ĐANG THỰC HIỆN NĂM 2026 THEO CẤP QUẢN LÝ CỦA SỞ NÔNG NGHIỆP", "Số nhiệm vụ"),     # one office's
    ("NHIỆM VỤ KH&CN ĐANG THỰC HIỆN NĂM 2026 PHÂN THEO CẤP QUẢN LÝ CỦA SỞ NÔNG NGHIỆP", "Số nhiệm vụ"),
    ("Số nhiệm vụ KH&CN được quản lý năm 2026 phân theo cấp quản lý do Sở Y tế chủ trì", "Số nhiệm vụ"),
    ("NHIỆM VỤ KH&CN ĐANG THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025 THEO CẤP QUẢN LÝ - TỈNH KON TUM (CŨ)", "Số nhiệm vụ"),
])
def test_probe_levels_under_another_count_or_owner_stay_unread(caption, column):
    assert facts(_levels(caption, column)) == {}


def test_probe_the_departments_own_caption_reads_as_before():
    got = taken(_levels("Số nhiệm vụ KH&CN được quản lý năm 2026 phân theo cấp quản lý của Sở KH&CN"))
    assert got == _q1(_ALL, "2026")


def test_probe_a_numbered_caption_over_so_luong_reads_as_before():
    """Batch 64's Kon Tum: "Bảng 1. Nhiệm vụ KH&CN được quản lý năm 2024" over "Cấp quản lý | Số lượng" keeps its
    levels and total (lost for a moment when "Số" was dropped before the value headers were looked up)."""
    from tests.fixtures.reports import MARK, examine
    got = taken(examine([["UBND TỈNH KON TUM"], [MARK], ["Bảng 1. Nhiệm vụ KH&CN được quản lý năm 2024"],
                         ["STT", "Cấp quản lý", "Số lượng"], [None, "Tổng số", 63], ["1", "Cấp quốc gia", 4],
                         ["2", "Cấp tỉnh", 38], ["3", "Cấp cơ sở", 21]]))
    assert got == {("62", "63", code, "2024", "actual"): v for code, v in (
        ("tasks_managed", 63), ("tasks_managed_national", 4), ("tasks_managed_provincial", 38),
        ("tasks_managed_grassroots", 21))}
