"""Wrong numbers last session's reviewers found and left (issue #8: precision must stay 1.00): reports a
provincial office could send where a figure was stored as another. Each class: the report that stored a
wrong number, then probes of the honest neighbours that must stay as they are. Each report is built here,
marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import REPORT_2024, examine, facts, head, reasons

NGHE_AN = "40"


# --- 1. a caption or title naming a level over a table of tasks by field ----------------------------------

def _fields(caption: str, column: str, title: str | None = REPORT_2024):
    """Nghệ An's tasks by field under `column`, closed by "Tổng cộng | 5": `caption` over the table under
    the report's `title`, or the sheet's own title (`title` None)."""
    table = [["STT", "Lĩnh vực", column], ["1", "Nông nghiệp", 3], ["2", "Y dược", 2], ["", "Tổng cộng", 5]]
    return examine(head("Nghệ An", title) + [[caption]] + table if title else head("Nghệ An", caption) + table)


@pytest.mark.parametrize("title", [REPORT_2024, None])
@pytest.mark.parametrize("caption, column, code", [
    ("Nhiệm vụ KH&CN cấp quốc gia được nghiệm thu năm 2024", "Số nhiệm vụ được nghiệm thu", "tasks_accepted_national"),
    ("Nhiệm vụ KH&CN cấp tỉnh được nghiệm thu năm 2024", "Số nhiệm vụ được nghiệm thu", "tasks_accepted_provincial"),
    ("Nhiệm vụ KH&CN cấp tỉnh đang thực hiện năm 2024", "Số nhiệm vụ đang quản lý", "tasks_managed_provincial"),
    ("Nhiệm vụ KH&CN cấp quốc gia mở mới năm 2024", "Số nhiệm vụ mở mới", "tasks_new_national")])
def test_a_level_named_over_a_table_by_field_is_that_levels(caption, column, code, title):
    """"Nhiệm vụ KH&CN cấp quốc gia được nghiệm thu năm 2024" over "STT | Lĩnh vực | Số nhiệm vụ được
    nghiệm thu" and "Tổng cộng | 5" was stored as Nghệ An's 5 tasks accepted in 2024, every level's."""
    assert facts(_fields(caption, column, title)) == {(NGHE_AN, "63", code, "2024", "actual"): 5.0}


@pytest.mark.parametrize("title", [REPORT_2024, None])
def test_a_level_the_registry_has_no_part_for_is_set_aside(title):
    """Grassroots tasks accepted: no indicator holds them; never every level's 5."""
    r = _fields("Nhiệm vụ KH&CN cấp cơ sở được nghiệm thu năm 2024", "Số nhiệm vụ được nghiệm thu", title)
    assert facts(r) == {}
    assert "nhiệm vụ cấp cơ sở (theo tiêu đề)" in reasons(r)


@pytest.mark.parametrize("caption", ["Nhiệm vụ KH&CN được nghiệm thu năm 2024",
                                     "Nhiệm vụ KH&CN cấp quốc gia và cấp tỉnh được nghiệm thu năm 2024"])
def test_probe_a_caption_naming_no_single_level_keeps_the_whole(caption):
    assert facts(_fields(caption, "Số nhiệm vụ được nghiệm thu")) == {
        (NGHE_AN, "63", "tasks_accepted", "2024", "actual"): 5.0}


def test_probe_level_columns_under_a_level_free_title_stay_each_levels():
    r = examine(head("Nghệ An", REPORT_2024) + [
        ["STT", "Lĩnh vực", "Nhiệm vụ cấp quốc gia được nghiệm thu", "Nhiệm vụ cấp tỉnh được nghiệm thu"],
        ["1", "Nông nghiệp", 1, 2], ["2", "Y dược", 1, 1], ["", "Tổng cộng", 2, 3]])
    assert facts(r) == {(NGHE_AN, "63", "tasks_accepted_national", "2024", "actual"): 2.0,
                        (NGHE_AN, "63", "tasks_accepted_provincial", "2024", "actual"): 3.0}


# --- 2. a year's column naming a part of it in a note ----------------------------------------------------

_YEAR_ROWS = (["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12],
              ["2", "Sản phẩm OCOP còn hiệu lực công nhận", "sản phẩm", 88])


def _year_column(column: str):
    from tests.fixtures.reports import table
    return {(k[2], k[3]): v for k, v in facts(table(*_YEAR_ROWS, columns=(column,))).items()}


@pytest.mark.parametrize("column, flow, stock", [
    ("Năm 2024 (11 tháng)", "2024-01/2024-11", "2024-11-30"),
    ("Năm 2024 - 11 tháng", "2024-01/2024-11", "2024-11-30"),
    ("Năm 2024, 11 tháng đầu năm", "2024-01/2024-11", "2024-11-30"),
    ("Năm 2024 (9 tháng đầu năm)", "2024-01/2024-09", "2024-09-30"),
    ("Năm 2024 (6 tháng đầu năm)", "2024-S1", "2024-06-30"),
    ("Năm 2024 (6 tháng)", "2024-S1", "2024-06-30"),
    ("Năm 2024 (Quý III)", "2024-Q3", "2024-09-30"),
    ("Năm 2024 (tháng 11)", "2024-11", "2024-11-30")])
def test_a_part_of_the_year_in_the_years_note_is_that_part(column, flow, stock):
    """"Năm 2024 (11 tháng)" over "Nhiệm vụ KH&CN được nghiệm thu | 12" and "Sản phẩm OCOP còn hiệu lực
    công nhận | 88" was stored as the 12 tasks accepted in the whole of 2024 and the 88 products valid at
    31/12/2024: eleven months' figures, and the stock at 30 November."""
    assert _year_column(column) == {("tasks_accepted", flow): 12.0, ("ocop_products_total", stock): 88.0}


@pytest.mark.parametrize("column", ["Năm 2024", "Năm 2024 (cả năm)", "Năm 2024 (12 tháng)", "Năm 2024 (TH)"])
def test_probe_the_whole_year_stays_the_year(column):
    assert _year_column(column) == {("tasks_accepted", "2024"): 12.0, ("ocop_products_total", "2024-12-31"): 88.0}


# review31b: "Năm 2024 (6 tháng đầu năm và ước cả năm)" left here named no period as text, yet its column was
# read as the first half (S1, from the note's "6 tháng"): a part said with the year's estimate is the year's
# estimate, as before wrong31 (tests/test_ingest_review31b_classes.py)
@pytest.mark.parametrize("text", ["Năm 2024 (Đợt 2)"])
def test_probe_a_note_naming_no_one_part_names_no_period(text):
    from metrics import periods
    assert periods.from_text(text) is None


# --- 3. a round of the OCOP council named by its month ----------------------------------------------------

_OCOP_ROW = ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 12, 8, 20]


@pytest.mark.parametrize("first, second", [("Đợt tháng 6/2024", "Đợt tháng 12/2024"),
                                           ("Đợt T6/2024", "Đợt T12/2024"),
                                           ("Đợt đánh giá tháng 6/2024", "Đợt đánh giá tháng 12/2024"),
                                           ("Đợt 1 (tháng 6/2024)", "Đợt 2 (tháng 12/2024)")])
def test_a_round_named_by_its_month_is_no_months_figure(first, second):
    """"Đợt tháng 6/2024 | Đợt tháng 12/2024 | Năm 2024" over "Sản phẩm OCOP được công nhận | 12 | 8 | 20"
    stored the June round's 12 products as June 2024's ("Đợt 1 (tháng 6/2024)" as January's); the year's 20
    is the year's."""
    from tests.fixtures.reports import table
    r = table(_OCOP_ROW, columns=(first, second, "Năm 2024"))
    assert facts(r) == {(NGHE_AN, "63", "ocop_products", "2024", "actual"): 20.0}
    assert first in reasons(r)


def test_a_title_naming_the_round_by_its_month_gives_no_month():
    r = examine(head("Nghệ An", "KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP ĐỢT THÁNG 6/2024") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Số lượng"], ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 12]])
    assert not any(k[3] == "2024-06" for k in facts(r)), facts(r)


@pytest.mark.parametrize("text, period", [("Tháng 6/2024", "2024-06"), ("Kỳ báo cáo tháng 6/2024", "2024-06"),
                                          ("Đợt 6 tháng đầu năm 2024", "2024-S1"),
                                          ("tăng 2 lần so với tháng 6/2024", "2024-06")])
def test_probe_a_month_without_a_round_stays_the_month(text, period):
    from metrics import periods
    assert periods.from_text(text).notation == period


def test_probe_month_columns_stay_each_months():
    from tests.fixtures.reports import table
    r = table(_OCOP_ROW, columns=("Tháng 6/2024", "Tháng 12/2024", "Năm 2024"))
    assert {k[3]: v for k, v in facts(r).items()} == {"2024-06": 12.0, "2024-12": 8.0, "2024": 20.0}


@pytest.mark.parametrize("label", ["Sản phẩm OCOP được công nhận đợt tháng 6/2024",
                                   "Sản phẩm OCOP được công nhận (đợt tháng 6)",
                                   "Sản phẩm OCOP được công nhận (đợt T12)"])
def test_a_row_naming_the_round_by_its_month_is_no_years_figure(label):
    """The same round in the row's label under "Năm 2024": the round's 12 were stored as the year's."""
    from tests.fixtures.reports import table
    r = table(["1", label, "sản phẩm", 12])
    assert facts(r) == {}
    assert label in reasons(r)


# --- 4. an estimate marked in the cell or the row's label ------------------------------------------------

def _statuses(label: str, value) -> dict:
    from tests.fixtures.reports import table
    r = table(["1", label, "nhiệm vụ", value], province="Lào Cai")
    return {(i, p): s for i, p, s in zip(r.facts.indicator, r.facts.period, r.facts.status)}


@pytest.mark.parametrize("label, value", [
    ("Nhiệm vụ KH&CN được nghiệm thu", "12 (ước)"), ("Nhiệm vụ KH&CN được nghiệm thu", "12(ước)"),
    ("Nhiệm vụ KH&CN được nghiệm thu", "12 (ƯTH)"), ("Nhiệm vụ KH&CN được nghiệm thu", "12 (ước tính)"),
    ("Nhiệm vụ KH&CN được nghiệm thu (ước)", 12), ("Nhiệm vụ KH&CN được nghiệm thu (ước tính)", 12),
    ("Nhiệm vụ KH&CN được nghiệm thu (ƯTH)", 12), ("Nhiệm vụ KH&CN được nghiệm thu (Ư.TH)", 12),
    ("Nhiệm vụ KH&CN được nghiệm thu - ước TH", 12), ("Ước số nhiệm vụ KH&CN được nghiệm thu", 12)])
def test_an_estimate_marked_in_the_cell_or_the_label_is_an_estimate(label, value):
    """Lào Cai's "Nhiệm vụ KH&CN được nghiệm thu (ước) | 12" under "Năm 2024" (or a cell "12 (ước)") was
    stored as the 12 tasks accepted in 2024, reported: the report's estimate, as an "Ước thực hiện" column's."""
    assert _statuses(label, value) == {("tasks_accepted", "2024"): "estimated"}


@pytest.mark.parametrize("label, value", [("Nhiệm vụ KH&CN được nghiệm thu", 12),
                                          ("Nhiệm vụ KH&CN được nghiệm thu", "12 nhiệm vụ")])
def test_probe_a_figure_with_no_estimate_mark_stays_reported(label, value):
    assert _statuses(label, value) == {("tasks_accepted", "2024"): "reported"}


@pytest.mark.parametrize("label", ["Đơn đăng ký sáng chế theo Hiệp ước PCT", "Công ước Paris về sở hữu công nghiệp"])
def test_probe_a_treaty_or_a_convention_is_no_estimate(label):
    from etl.walk import _estimated_row
    assert not _estimated_row(label)
