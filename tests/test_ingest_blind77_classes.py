"""blind77 (issue #8): the classes found around batch 77 — monthly and cumulative reports to the People's Committee (a
month's figure, the year to date, the same period a year before, the year's plan side by side; the indicators among
rows of meetings, documents, inspections, fines) — each with the smallest realistic report (tests/fixtures/reports.py,
read by `etl.ingest.examine` as an upload is) or the reader's rule alone, and beside it the honest and wrong neighbours
that must read as before."""
from __future__ import annotations

from datetime import date

import pytest

from etl import ingest
from etl.validate import is_money_text
from metrics import periods
from tests.fixtures.reports import MARK, examine, facts, reasons, taken

_LABELS = ["TT", "Nội dung", "ĐVT"]


def _head(province: str, title: str, written: str) -> list[list]:
    return [[f"UBND TỈNH {province.upper()}"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], ["BÁO CÁO"], [title], [written], []]


def _actual(result) -> dict:
    """{(province, frame, indicator, period): value} of the actual figures of an upload that must be accepted."""
    return {(p, f, i, per): v for (p, f, i, per, m), v in taken(result).items() if m == "actual"}


def _notation(text: str) -> str | None:
    p = periods.from_text(text)
    return p.notation if p is not None else None


# --- 1. a running total from a day, its end unwritten -----------------------------------------------------------------

def _august(since: str, title: str = "Kết quả thực hiện nhiệm vụ tháng 8 năm 2025"):
    """The new Khánh Hòa's August 2025 report, the second month after the merger (batch 77)."""
    return examine(_head("Khánh Hòa", title, "Khánh Hòa, ngày 27 tháng 8 năm 2025")
                   + [_LABELS + ["Tháng 8/2025", since, "Lũy kế 8 tháng năm 2025"],
                      ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 3, 5, 17],
                      ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", 14, 14, 52],
                      ["3", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", 96.1, 95.7, 93.8]])


_AUGUST = {("56", "34", "tasks_accepted", "2025-08"): 3, ("56", "34", "ocop_products", "2025-08"): 14,
           ("56", "34", "online_dossier_rate", "2025-08"): 96.1,
           ("56", "34", "tasks_accepted", "2025-01/2025-08"): 17, ("56", "34", "ocop_products", "2025-01/2025-08"): 52,
           ("56", "34", "online_dossier_rate", "2025-01/2025-08"): 93.8}
_SINCE_JULY = {("56", "34", "tasks_accepted", "2025-07/2025-08"): 5, ("56", "34", "ocop_products", "2025-07/2025-08"): 14,
               ("56", "34", "online_dossier_rate", "2025-07/2025-08"): 95.7}


@pytest.mark.parametrize("since", ["Lũy kế từ 01/7/2025\n(tỉnh mới)", "Lũy kế từ 01/7/2025", "Lũy kế từ 01/7/2025 đến nay",
                                   "Lũy kế kể từ ngày hợp nhất", "Lũy kế từ khi hợp nhất đến nay",
                                   "Lũy kế từ 01/7/2025 (gồm 2 tỉnh cũ)", "Lũy kế từ tháng 7/2025", "Từ tháng 7/2025 đến nay",
                                   "Tháng 7/2025 - nay", "Từ 01/7/2025 - nay", "Lũy kế từ 01/7/2025 (đến tháng 8)",
                                   "Từ 01/7/2025 đến hết tháng 8"])
def test_a_running_total_from_a_day_runs_to_the_reports_end(since):
    """WRONG: "Lũy kế từ 01/7/2025 (tỉnh mới)" beside "Tháng 8/2025" was read as the day 1 July 2025: the 14 OCOP
    products recognised in July and August stored as the products still recognised on 1 July (ocop_products_total),
    the tasks and the online share set aside as totals to date (batch 77, Khánh Hòa: 1 wrong, 4 lost). From that
    day to the end of the report's month: July–August 2025."""
    result = _august(since)
    assert _actual(result) == {**_AUGUST, **_SINCE_JULY}
    assert not any(k[2] == "ocop_products_total" for k in facts(result))


@pytest.mark.parametrize("since", ["Lũy kế từ 15/7/2025", "Lũy kế từ 01/9/2025"])
def test_a_running_total_from_a_day_that_bounds_no_months_is_unread(since):
    """From the middle of a month, or from a day after the report's month: no span of months a person can name —
    the column unread, never a stock at that day nor the report's month."""
    assert _actual(_august(since)) == _AUGUST


def test_a_running_total_from_a_day_under_no_reports_period_is_unread():
    """A table whose title names no period: from 1 July to when is not said — unread, never the stock at 1 July."""
    result = examine(_head("Khánh Hòa", "Kết quả thực hiện một số nhiệm vụ", "")
                     + [_LABELS + ["Lũy kế từ 01/7/2025 (tỉnh mới)"],
                        ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 14]])
    assert not any(per == "2025-07-01" for (_, _, _, per, _) in facts(result))


@pytest.mark.parametrize("text, start", [("Lũy kế từ 01/7/2025", date(2025, 7, 1)), ("từ 01/7/2025 đến nay", date(2025, 7, 1)),
                                         ("Lũy kế kể từ ngày hợp nhất", date(2025, 7, 1)),
                                         ("Lũy kế từ 01/7/2025 (tỉnh mới)", date(2025, 7, 1))])
def test_a_day_counted_from_is_no_period_of_its_own(text, start):
    assert periods.from_text(text) is None
    assert periods.open_start(text) == start


@pytest.mark.parametrize("text, notation", [
    ("Lũy kế từ tháng 7/2025", None), ("Từ tháng 7/2025 đến nay", None), ("Tháng 7/2025 - nay", None),
    ("Lũy kế từ 01/7/2025 (đến tháng 8)", "2025-07/2025-08"), ("Từ 01/7/2025 đến hết tháng 8", "2025-07/2025-08"),
    ("Năm 2025 (từ tháng 7/2025)", "2025-S2"), ("Lũy kế từ 15/7/2025 đến hết tháng 8", None),
    ("Lũy kế từ 01/9/2025 đến hết tháng 8", None),
])
def test_a_month_counted_from_is_never_that_month_alone(text, notation):
    """WRONG (the same class, probed): "Lũy kế từ tháng 7/2025", "Từ tháng 7/2025 đến nay", "Tháng 7/2025 - nay" were
    July 2025 — a running total stored as one month's figure; "Năm 2025 (từ tháng 7/2025)" July too (from 1 July it
    is the second half); "Lũy kế từ 01/7/2025 (đến tháng 8)", "Từ 01/7/2025 đến hết tháng 8" the day 1 July (a stock)."""
    assert _notation(text) == notation


@pytest.mark.parametrize("text, notation", [("từ tháng 7/2025 đến tháng 9/2025", "2025-Q3"), ("Tháng 7/2025", "2025-07"),
                                            ("từ tháng 1 đến tháng 9/2025", "2025-01/2025-09"),
                                            ("Từ tháng 7/2025 - tháng 12/2025", "2025-S2")])
def test_probe_months_with_their_end_read_as_before(text, notation):
    assert _notation(text) == notation


@pytest.mark.parametrize("text, notation", [
    ("Lũy kế từ 01/7/2025 đến 31/8/2025", "2025-07/2025-08"), ("Năm 2025 (từ 01/7/2025)", "2025-S2"),
    ("từ 01/01/2025 đến 30/9/2025", "2025-01/2025-09"), ("Lũy kế đến 31/8/2025", "2025-01/2025-08"),
    ("Tính đến 30/6/2025", "2025-S1"), ("Lũy kế 8 tháng năm 2025", "2025-01/2025-08"), ("Tháng 8/2025", "2025-08"),
    ("31/12/2024", "2024"),
])
def test_probe_spans_with_their_end_and_cut_offs_read_as_before(text, notation):
    assert _notation(text) == notation
    assert periods.open_start(text) is None


def test_probe_the_year_to_date_and_a_stock_to_a_day_read_as_before():
    """"Lũy kế từ đầu năm" in the August report is January–August; "Lũy kế đến 31/8/2025" of the products still
    recognised is the stock at 31 August."""
    result = examine(_head("Khánh Hòa", "Kết quả thực hiện nhiệm vụ tháng 8 năm 2025", "")
                     + [_LABELS + ["Tháng 8/2025", "Lũy kế từ đầu năm"],
                        ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 3, 17]])
    assert _actual(result) == {("56", "34", "tasks_accepted", "2025-08"): 3,
                               ("56", "34", "tasks_accepted", "2025-01/2025-08"): 17}
    result = examine(_head("Khánh Hòa", "Kết quả thực hiện nhiệm vụ tháng 8 năm 2025", "")
                     + [_LABELS + ["Tháng 8/2025", "Lũy kế đến 31/8/2025"],
                        ["1", "Sản phẩm OCOP còn hiệu lực công nhận", "sản phẩm", None, 512]])
    assert _actual(result) == {("56", "34", "ocop_products_total", "2025-08-31"): 512}


# --- 2. a council or a conference held is no organisation --------------------------------------------------------------

def _by_month(label: str, unit: str):
    """The new Đồng Tháp's first half of 2026 month by month (batch 77), one row of what the department held."""
    return examine(_head("Đồng Tháp", "THEO DÕI KẾT QUẢ THỰC HIỆN CHỈ TIÊU THEO THÁNG, 6 THÁNG ĐẦU NĂM 2026", "")
                   + [_LABELS + ["T1", "T2", "T3", "T4", "T5", "T6", "Cộng 6T"],
                      ["1", "Nhiệm vụ KH&CN được nghiệm thu", "NV", 1, 0, 2, 3, 1, 4, 11],
                      ["2", label, unit, 2, 1, 4, 5, 3, 6, 21]])


@pytest.mark.parametrize("label, unit", [("Hội đồng KH&CN đã tổ chức", "HĐ"), ("Số hội đồng KH&CN được tổ chức", "hội đồng"),
                                         ("Hội nghị KH&CN đã tổ chức", "hội nghị"), ("Sự kiện KH&CN được tổ chức", "sự kiện"),
                                         ("Đoàn kiểm tra KH&CN đã tổ chức", "đoàn")])
def test_a_council_or_an_occasion_held_is_no_st_organisation(label, unit):
    """LOST (an honest file refused; a wrong number in a one-column table): "Hội đồng KH&CN đã tổ chức | HĐ" — the
    councils held each month — was read as S&T organisations ("tổ chức" the verb, its "đã" dropped): a stock month by
    month, "two values for one fact", the new Đồng Tháp's 29 figures lost (batch 77)."""
    got = _actual(_by_month(label, unit))
    assert got[("82", "34", "tasks_accepted", "2026-S1")] == 11
    assert got[("82", "34", "tasks_accepted", "2026-06")] == 4
    assert not any(i == "st_organizations" for (_, _, i, _) in got)


@pytest.mark.parametrize("label, unit", [("Hội đồng KH&CN đã tổ chức", "HĐ"), ("Hội thảo KH&CN được tổ chức", None)])
def test_a_council_held_in_one_column_is_no_stock_of_organisations(label, unit):
    """WRONG (the same reading in a one-column table): 6 councils held stored as 6 S&T organisations (a unit
    "cuộc" set it aside before; "HĐ" or none did not)."""
    result = examine(_head("Đồng Tháp", "Kết quả công tác tháng 6 năm 2026", "")
                     + [_LABELS + ["Tháng 6/2026"], ["1", label, unit, 6], ["2", "Nhiệm vụ KH&CN được nghiệm thu", "NV", 4]])
    assert not any(i == "st_organizations" for (_, _, i, _, _) in facts(result))


@pytest.mark.parametrize("label", ["Số tổ chức KH&CN", "Tổ chức KH&CN trên địa bàn (đến 30/6/2026)",
                                   "Số tổ chức hoạt động KH&CN", "Tổ chức KH&CN"])
def test_probe_the_organisations_themselves_read_as_before(label):
    result = examine(_head("Đồng Tháp", "Kết quả công tác 6 tháng đầu năm 2026", "")
                     + [_LABELS + ["6 tháng đầu năm 2026"], ["1", label, "tổ chức", 64]])
    assert _actual(result) == {("82", "34", "st_organizations", "2026-06-30"): 64}


# --- 3. "hợp đồng" (a contract) is no money ---------------------------------------------------------------------------

def _half_2020(label: str):
    """The former Bến Tre's June 2020 table, no unit column (batch 77)."""
    return examine([["SỞ KH&CN BẾN TRE - PHÒNG QUẢN LÝ KHOA HỌC"], [MARK], ["SỐ LIỆU BÁO CÁO THÁNG 6 VÀ 6 THÁNG ĐẦU NĂM 2020"],
                    [], ["TT", "Nội dung", "Tháng 6/2020", "6 tháng 2020", "6 tháng 2019"],
                    ["1", "Đề tài, dự án nghiệm thu", 1, 5, 4], ["2", label, 0, 7, 9]])


@pytest.mark.parametrize("label", ["Đề tài, dự án mới ký hợp đồng", "Nhiệm vụ KH&CN mới - đã ký hợp đồng"])
def test_a_labels_tail_naming_a_contract_is_no_sum_of_money(label):
    """LOST: "Đề tài, dự án mới ký hợp đồng | 0 | 07 | 09" — the label's tail after its comma read as the row's unit,
    a sum of money by the "đồng" of "hợp đồng": the new tasks set aside as money on a count's row (batch 77, Bến Tre:
    3 figures)."""
    got = _actual(_half_2020(label))
    assert {k: v for k, v in got.items() if k[2] == "tasks_new"} == {
        ("83", "63", "tasks_new", "2020-06"): 0, ("83", "63", "tasks_new", "2020-S1"): 7,
        ("83", "63", "tasks_new", "2019-S1"): 9}


@pytest.mark.parametrize("unit, money", [("hợp đồng", False), ("dự án mới ký hợp đồng", False), ("Hội đồng", False),
                                         ("cộng đồng", False), ("triệu đồng", True), ("đồng", True), ("Tr.đ", True),
                                         ("giá trị hợp đồng (triệu đồng)", True), ("VNĐ", True), ("nghìn đồng", True)])
def test_a_word_whose_dong_is_no_money(unit, money):
    assert is_money_text(unit) is money


def test_probe_a_sum_of_money_after_the_labels_comma_reads_as_before():
    """"Chi NSNN cho KH&CN, triệu đồng | 41.200": 41,2 tỷ đồng, as before."""
    result = examine(_head("Bến Tre", "Kết quả thực hiện nhiệm vụ năm 2024", "")
                     + [["TT", "Nội dung", "Năm 2024"], ["1", "Chi NSNN cho KH&CN, triệu đồng", 41200]])
    assert _actual(result) == {("83", "63", "st_budget", "2024"): 41.2}


# --- 4. a tidy row marked "Cùng kỳ năm trước" naming last year's span ---------------------------------------------------

def _export(rows: list[tuple[str, str, object]]):
    """Sơn La's September 2025 export (batch 77): a row per item and kind of figure, the period written out."""
    lines = ["STT,DonViBaoCao,TenChiTieu,DonViTinh,KyBaoCao,LoaiSoLieu,GiaTri,GhiChu"]
    for i, (period, kind, value) in enumerate(rows, start=1):
        lines.append(f"{i},Sở KH&CN tỉnh Sơn La,Nhiệm vụ KH&CN được nghiệm thu,Nhiệm vụ,{period},{kind},{value},"
                     + (MARK if i == 1 else ""))
    return ingest.examine(("\n".join(lines) + "\n").encode(), "b77_sonla_he_thong.csv")


def test_a_row_marked_the_same_span_last_year_that_names_it_is_that_spans_figure():
    """LOST: "9 thang/2024 | Cung ky nam truoc | 11" beside "9 thang/2025 | Luy ke tu dau nam | 14" — the period cell
    names last year's nine months itself — was set aside as "another period's figure" (batch 77, Sơn La: 3)."""
    got = _actual(_export([("09/2025", "Thuc hien thang", 2), ("9 thang/2025", "Luy ke tu dau nam", 14),
                           ("9 thang/2024", "Cung ky nam truoc", 11), ("2025", "Ke hoach nam", 20)]))
    assert got == {("14", "34", "tasks_accepted", "2025-09"): 2, ("14", "34", "tasks_accepted", "2025-01/2025-09"): 14,
                   ("14", "63", "tasks_accepted", "2024-01/2024-09"): 11}


def test_probe_a_row_marked_the_same_span_that_names_the_reports_own_span_stays_aside():
    """"9 thang/2025 | Cung ky nam truoc | 11" beside "9 thang/2025 | Luy ke tu dau nam | 14": which nine months the
    11 are, 2025's (the cell) or 2024's (the marker), no one can tell — set aside, never a second value of 2025."""
    result = _export([("9 thang/2025", "Luy ke tu dau nam", 14), ("9 thang/2025", "Cung ky nam truoc", 11)])
    assert _actual(result) == {("14", "34", "tasks_accepted", "2025-01/2025-09"): 14}
    assert "Cung ky nam truoc" in reasons(result)


def test_probe_a_comparison_row_stays_aside():
    result = _export([("9 thang/2025", "Luy ke tu dau nam", 14), ("9 thang/2024", "So sanh cung ky (%)", 127.3)])
    assert _actual(result) == {("14", "34", "tasks_accepted", "2025-01/2025-09"): 14}


# --- 5. "đầu tư" is one word: "đầu năm … công tác" is no public investment ---------------------------------------------

def _budget_under(title: str):
    """The new Lâm Đồng's June 2026 report (batch 77): the S&T budget spent under the report's title."""
    return examine(_head("Lâm Đồng", title, "Lâm Đồng, ngày 23 tháng 6 năm 2026")
                   + [["STT", "Chỉ tiêu", "ĐVT", "Tháng 6/2026", "6 tháng đầu năm 2026"],
                      ["1", "Chi ngân sách nhà nước cho KH&CN (giải ngân)", "tỷ đồng", 9.2, 48.7],
                      ["2", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 4, 19]])


@pytest.mark.parametrize("title", ["Kết quả công tác tháng 6 và 6 tháng đầu năm 2026; nhiệm vụ 6 tháng cuối năm",
                                   "Kết quả công tác 6 tháng đầu năm 2026"])
def test_a_half_years_work_title_is_no_public_investment(title):
    """LOST: "Kết quả công tác … 6 tháng đầu năm 2026" — "tư" folded to the stopword "từ", "đầu tư công" (a part of the
    budget) was "đầu" and "công" in any order — made the table's money a part of the budget: "Chi ngân sách nhà nước
    cho KH&CN | 9,2 | 48,7" set aside (batch 77, Lâm Đồng: 2)."""
    got = _actual(_budget_under(title))
    assert got[("68", "34", "st_budget", "2026-06")] == 9.2
    assert got[("68", "34", "st_budget", "2026-S1")] == 48.7


@pytest.mark.parametrize("title", ["KINH PHÍ ĐẦU TƯ CÔNG CHO KH&CN 6 THÁNG ĐẦU NĂM 2026",
                                   "PHÂN BỔ KINH PHÍ SỰ NGHIỆP KH&CN 6 THÁNG ĐẦU NĂM 2026",
                                   "Kết quả chi đầu tư phát triển cho KH&CN 6 tháng đầu năm 2026"])
def test_probe_a_title_naming_a_part_of_the_budget_still_sets_the_money_aside(title):
    got = _actual(_budget_under(title))
    assert not any(k[2] == "st_budget" for k in got)
    assert got[("68", "34", "tasks_accepted", "2026-S1")] == 19


@pytest.mark.parametrize("label", ["Vốn đầu tư công cho KH&CN", "Chi đầu tư phát triển cho KH&CN"])
def test_probe_a_label_naming_public_investment_is_still_no_st_budget(label):
    result = examine(_head("Lâm Đồng", "Kết quả thực hiện năm 2025", "")
                     + [["STT", "Chỉ tiêu", "ĐVT", "Năm 2025"], ["1", label, "tỷ đồng", 12.5]])
    assert not any(k[2] == "st_budget" for k in facts(result))


@pytest.mark.parametrize("title, column", [("SỐ LIỆU KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ 6 THÁNG ĐẦU NĂM 2025",
                                             "6 tháng đầu năm 2025"),
                                            ("SỐ LIỆU KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024", "Năm 2024")])
def test_probe_funds_for_tasks_are_read_in_their_own_words(title, column):
    """"Kinh phí sự nghiệp KH&CN cấp cho nhiệm vụ" (Bình Phước's half-year annex, batch 16) was taken only through its
    title's "ĐẦU NĂM", the "đầu" of "đầu tư" in the indicator's alias: with "đầu tư" one word it must still be the
    state's funds for S&T tasks, under any title (a year's title left it suggested before)."""
    result = examine(_head("Bình Phước", title, "") + [["STT", "Chỉ tiêu", "ĐVT", column],
                                                      ["1", "Kinh phí sự nghiệp KH&CN cấp cho nhiệm vụ", "triệu đồng", 7820]])
    assert [(k[2], v) for k, v in _actual(result).items()] == [("tasks_funding_state", 7.82)]


# --- 6. the statistical form's bare "Lũy kế" beside last year's year to date ------------------------------------------

def _form_october(header: list, rows: list):
    return examine([["UBND TỈNH SƠN LA"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], ["BÁO CÁO THÁNG 10/2024"], [],
                    ["TT", "Chỉ tiêu", "ĐVT", *header], *rows])


_FORM_ROWS = [["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 3, 17, 15],
              ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", 5, 30, 26]]


@pytest.mark.parametrize("cumulative", ["Lũy kế đến kỳ báo cáo", "Lũy kế", "Lũy kế đến cuối kỳ báo cáo"])
def test_a_bare_running_total_beside_last_years_is_the_year_to_date(cumulative):
    """WRONG (probed with batch 77's monthly reports): "Thực hiện kỳ báo cáo | Lũy kế đến kỳ báo cáo | Lũy kế cùng kỳ năm
    trước" in the report on October 2024: last year's column, read as January–October 2023, made the bare "Lũy kế" a
    total to date — the 30 OCOP products recognised in ten months stored as the products still recognised at 31/10
    (ocop_products_total), the 17 tasks accepted set aside. Both are the ten months, this year's and last year's."""
    got = _actual(_form_october(["Thực hiện kỳ báo cáo", cumulative, "Lũy kế cùng kỳ năm trước"], _FORM_ROWS))
    assert got == {("14", "63", "tasks_accepted", "2024-10"): 3, ("14", "63", "ocop_products", "2024-10"): 5,
                   ("14", "63", "tasks_accepted", "2024-01/2024-10"): 17, ("14", "63", "ocop_products", "2024-01/2024-10"): 30,
                   ("14", "63", "tasks_accepted", "2023-01/2023-10"): 15, ("14", "63", "ocop_products", "2023-01/2023-10"): 26}


def test_probe_a_bare_running_total_beside_the_own_year_to_date_is_still_the_total_to_date():
    """"Thực hiện kỳ này | Lũy kế từ đầu năm | Lũy kế đến cuối kỳ báo cáo": the year to date is the middle column, the
    last the total to date (a flow there set aside, the products still recognised a stock) — as before."""
    got = _actual(_form_october(["Thực hiện kỳ này", "Lũy kế từ đầu năm", "Lũy kế đến cuối kỳ báo cáo"], [
        ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 3, 17, 140],
        ["2", "Sản phẩm OCOP còn hiệu lực", "sản phẩm", None, None, 512]]))
    assert got == {("14", "63", "tasks_accepted", "2024-10"): 3, ("14", "63", "tasks_accepted", "2024-01/2024-10"): 17,
                   ("14", "63", "ocop_products_total", "2024-10-31"): 512}


def test_probe_a_stock_under_the_bare_running_total_stays_the_stock():
    got = _actual(_form_october(["Thực hiện kỳ báo cáo", "Lũy kế đến kỳ báo cáo", "Lũy kế cùng kỳ năm trước"], [
        ["1", "Sản phẩm OCOP còn hiệu lực", "sản phẩm", None, 512, 470]]))
    assert got[("14", "63", "ocop_products_total", "2024-10-31")] == 512
