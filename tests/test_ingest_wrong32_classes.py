"""Wrong numbers this session's helpers found and left (issue #8: precision must stay 1.00): reports a
provincial office could send where a figure was stored as another. Each class: the report that stored a
wrong number, then probes of the honest neighbours that must stay as they are. Each report is built here,
marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import facts, reasons, table

NGHE_AN = "40"


def _read(*rows, columns=("Năm 2024",), title=None):
    """{(indicator, period, status): value} of Nghệ An's report of `rows` under `columns`."""
    r = table(*rows, columns=columns, **({"title": title} if title else {}))
    return {(i, p, st): v for i, p, st, v in zip(r.facts.indicator, r.facts.period, r.facts.status, r.facts.value)}, r


# --- 1. a month or a quarter named in the row's label, under a column of a longer period -------------------

@pytest.mark.parametrize("label, said", [
    ("Sản phẩm OCOP được công nhận tháng 6/2024", "tháng 6/2024"),
    ("Sản phẩm OCOP được công nhận (tháng 6/2024)", "tháng 6/2024"),
    ("Sản phẩm OCOP được công nhận T6/2024", "T6/2024"),
    ("Sản phẩm OCOP được công nhận tháng 6 năm 2024", "tháng 6 năm 2024"),
    ("Sản phẩm OCOP được công nhận quý II/2024", "quý II/2024"),
    ("Sản phẩm OCOP còn hiệu lực công nhận đến tháng 6/2024", "tháng 6/2024")])
def test_a_month_named_in_the_label_is_not_the_years(label, said):
    """"Sản phẩm OCOP được công nhận tháng 6/2024 | 12" under "Năm 2024" was stored as 2024's 12 (June's),
    "… còn hiệu lực đến tháng 6/2024" as the products valid at 31/12/2024: set aside, saying why."""
    got, r = _read(["1", label, "sản phẩm", 12])
    assert got == {}
    assert f"Nhãn dòng ghi “{said}”" in reasons(r)


@pytest.mark.parametrize("label, column, key", [
    ("Sản phẩm OCOP được công nhận tháng 6/2024", "Tháng 6/2024", ("ocop_products", "2024-06", "reported")),
    ("Sản phẩm OCOP được công nhận quý II/2024", "Quý II/2024", ("ocop_products", "2024-Q2", "reported")),
    ("Sản phẩm OCOP còn hiệu lực công nhận đến tháng 12/2024", "Năm 2024",
     ("ocop_products_total", "2024-12-31", "reported")),
    ("Sản phẩm OCOP được công nhận 6 tháng đầu năm 2024", "Năm 2024", ("ocop_products", "2024-S1", "reported")),
    ("Sản phẩm OCOP được công nhận", "Năm 2024", ("ocop_products", "2024", "reported"))])
def test_probe_a_month_the_column_is_stays_read(label, column, key):
    assert _read(["1", label, "sản phẩm", 12], columns=(column,))[0] == {key: 12.0}


# --- 2. an estimate said by the column's short mark, or by the row's note ----------------------------------

_ACCEPTED = ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12]


@pytest.mark.parametrize("column", ["Ư.TH 2024", "Ư TH 2024", "Năm 2024 (Ư)", "Năm 2024 (Ư.TH)"])
def test_an_estimate_columns_short_mark_is_an_estimate(column):
    """"Ư.TH 2024", "Năm 2024 (Ư)" over "Nhiệm vụ KH&CN được nghiệm thu | 12" were stored as the 12 accepted
    in 2024, reported: an estimate, as "ƯTH 2024" is."""
    assert _read(_ACCEPTED, columns=(column,))[0] == {("tasks_accepted", "2024", "estimated"): 12.0}


@pytest.mark.parametrize("column", ["ƯTH 2024", "Ước TH 2024", "Năm 2024 (ước)"])
def test_probe_the_written_out_estimates_stay_estimates(column):
    assert _read(_ACCEPTED, columns=(column,))[0] == {("tasks_accepted", "2024", "estimated"): 12.0}


@pytest.mark.parametrize("note", ["Số ước thực hiện", "Ước thực hiện", "Số liệu ước", "ƯTH"])
def test_a_rows_note_saying_estimate_makes_it_one(note):
    """"Nhiệm vụ KH&CN được nghiệm thu | 12 | Số ước thực hiện" under "Năm 2024 | Ghi chú" was stored as the
    12 accepted, reported."""
    assert _read(_ACCEPTED + [note], columns=("Năm 2024", "Ghi chú"))[0] == {
        ("tasks_accepted", "2024", "estimated"): 12.0}


@pytest.mark.parametrize("note", ["Số liệu 9 tháng", "9 tháng đầu năm", "Số liệu 6 tháng", "Số kế hoạch", "Kế hoạch",
                                  "Chỉ tiêu kế hoạch năm 2024"])
def test_a_rows_note_saying_a_part_or_the_plan_is_set_aside(note):
    """"… | 12 | Số liệu 9 tháng" (or "Số kế hoạch") under "Năm 2024 | Ghi chú" was stored as the year's
    actual: nine months' figure, or the plan."""
    got, r = _read(_ACCEPTED + [note], columns=("Năm 2024", "Ghi chú"))
    assert got == {}
    assert f"Ghi chú của dòng ghi “{note}”" in reasons(r)


@pytest.mark.parametrize("note", ["", "Số liệu chính thức", "Theo Kế hoạch số 12/KH-UBND", "Cả năm",
                                  "Đã nghiệm thu 2 nhiệm vụ trong tháng 12", "Tăng 2 nhiệm vụ so với năm 2023"])
def test_probe_other_notes_keep_the_years_actual(note):
    assert _read(_ACCEPTED + [note], columns=("Năm 2024", "Ghi chú"))[0] == {
        ("tasks_accepted", "2024", "reported"): 12.0}


def test_probe_a_halfs_note_under_the_halfs_column_stays():
    assert _read(_ACCEPTED + ["Số liệu 6 tháng đầu năm"], columns=("6 tháng đầu năm 2024", "Ghi chú"))[0] == {
        ("tasks_accepted", "2024-S1", "reported"): 12.0}


# --- 3. support to adopt IT or to go digital is not the S&T programmes' support --------------------------

@pytest.mark.parametrize("label, said", [
    ("Doanh nghiệp được hỗ trợ ứng dụng công nghệ thông tin", "ứng dụng công nghệ thông tin"),
    ("Doanh nghiệp được hỗ trợ công nghệ thông tin", "công nghệ thông tin"),
    ("Số doanh nghiệp được hỗ trợ ứng dụng CNTT", "CNTT"),
    ("Doanh nghiệp được hỗ trợ chuyển đổi số", "chuyển đổi số")])
def test_it_adoption_is_not_enterprises_supported_in_st(label, said):
    """"Doanh nghiệp được hỗ trợ ứng dụng công nghệ thông tin | 30" was stored as the 30 enterprises the S&T
    programmes supported (technology innovation, IP, quality, technology markets: the registry's
    definition); the digital-transformation programme's count is another."""
    got, r = _read(["1", label, "doanh nghiệp", 30])
    assert got == {}
    assert f"nhãn có từ “{said}” loại trừ chỉ tiêu này" in reasons(r)


@pytest.mark.parametrize("label", ["Doanh nghiệp được hỗ trợ ứng dụng KH&CN",
                                   "Doanh nghiệp được hỗ trợ ứng dụng tiến bộ KH&CN",
                                   "Doanh nghiệp được hỗ trợ đổi mới công nghệ",
                                   "Doanh nghiệp được hỗ trợ ứng dụng công nghệ mới",
                                   "Doanh nghiệp được hỗ trợ"])
def test_probe_st_support_stays_read(label):
    assert _read(["1", label, "doanh nghiệp", 30])[0] == {("enterprises_supported", "2024", "reported"): 30.0}


# --- 4. a title dated by the day it was written, before its period ended ---------------------------------

_DATED = "Báo cáo kết quả hoạt động KH&CN năm 2024, ngày 15/10/2024"
_YEAR_ROWS = (["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12],
              ["2", "Sản phẩm OCOP còn hiệu lực công nhận", "sản phẩm", 88])


@pytest.mark.parametrize("title", [_DATED, "Báo cáo kết quả hoạt động KH&CN năm 2024 ngày 15 tháng 10 năm 2024"])
@pytest.mark.parametrize("column", ["Năm 2024", "Kết quả"])
def test_a_report_written_before_its_year_ended_stores_no_years_figure(title, column):
    """"… năm 2024, ngày 15/10/2024" over "Năm 2024": the 12 tasks accepted in 2024 and the 88 products valid
    at 31/12/2024 were stored, written in October (under "Kết quả" the file was refused whole): each row set
    aside, saying the day, the file accepted."""
    got, r = _read(*_YEAR_ROWS, columns=(column,), title=title)
    assert got == {} and r.accepted, [p.message_vi for p in r.problems]
    assert [i.text.split(" (")[0] for i in r.ignored] == ["Nhiệm vụ KH&CN được nghiệm thu",
                                                          "Sản phẩm OCOP còn hiệu lực công nhận"]
    assert all("báo cáo lập ngày 15/10/2024, trước khi kỳ Năm 2024 kết thúc" in i.reason_vi for i in r.ignored)


@pytest.mark.parametrize("title, column, want", [
    (_DATED, "Ước thực hiện năm 2024", {("tasks_accepted", "2024", "estimated"): 12.0,
                                        ("ocop_products_total", "2024-12-31", "estimated"): 88.0}),
    (_DATED, "9 tháng đầu năm 2024", {("tasks_accepted", "2024-01/2024-09", "reported"): 12.0,
                                      ("ocop_products_total", "2024-09-30", "reported"): 88.0}),
    (_DATED, "Năm 2023", {("tasks_accepted", "2023", "reported"): 12.0,
                          ("ocop_products_total", "2023-12-31", "reported"): 88.0}),
    ("Báo cáo kết quả hoạt động KH&CN năm 2024, ngày 20/12/2024", "Năm 2024",
     {("tasks_accepted", "2024", "reported"): 12.0, ("ocop_products_total", "2024-12-31", "reported"): 88.0}),
    ("Báo cáo kết quả hoạt động KH&CN năm 2024, ngày 15/01/2025", "Kết quả",
     {("tasks_accepted", "2024", "reported"): 12.0, ("ocop_products_total", "2024-12-31", "reported"): 88.0}),
    ("Báo cáo kết quả hoạt động KH&CN năm 2024 (Kèm theo Công văn số 45 ngày 10/7/2024)", "Năm 2024",
     {("tasks_accepted", "2024", "reported"): 12.0, ("ocop_products_total", "2024-12-31", "reported"): 88.0})])
def test_probe_an_estimate_a_period_ended_or_a_late_day_stays_read(title, column, want):
    assert _read(*_YEAR_ROWS, columns=(column,), title=title)[0] == want
