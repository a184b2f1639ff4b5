"""blind76 (issue #8): the classes found around batch 76 — five-year reviews of 2021–2025 and plans for 2026–2030
(targets, plans, completion rates, estimates beside actuals) before and after the merger — each with the smallest
realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is) or the period reader
alone, and beside it the honest and wrong neighbours that must read as before."""
from __future__ import annotations

import pytest

from metrics import periods
from tests.fixtures.reports import MARK, examine, facts, reasons, taken

_LABELS = ["TT", "Chỉ tiêu", "ĐVT"]
_TASKS = ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ"]
_OCOP = ["2", "Sản phẩm OCOP được công nhận", "sản phẩm"]


def _head(province: str, title: str, written: str) -> list[list]:
    return [[f"UBND TỈNH {province.upper()}"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], [title], [written], []]


def _actual(result) -> dict:
    """{(province, frame, indicator, period): value} of the actual figures of an upload that must be accepted."""
    return {(p, f, i, per): v for (p, f, i, per, m), v in taken(result).items() if m == "actual"}


def _notation(text: str) -> str | None:
    p = periods.from_text(text)
    return p.notation if p is not None else None


# --- 1. a span of months written "M/YYYY - M/YYYY" --------------------------------------------------------------------

def _by_area(new_column: str):
    """The new Khánh Hòa's five-year review by area (batch 76): the former provinces' spans, the new province's
    half, the five years' total."""
    return examine(_head("Khánh Hòa", "KẾT QUẢ HOẠT ĐỘNG KH&CN GIAI ĐOẠN 2021 - 2025 THEO ĐỊA BÀN",
                         "Khánh Hòa, ngày 15 tháng 12 năm 2025")
                   + [_LABELS + ["Khánh Hòa (cũ)\n01/2021 - 6/2025", "Ninh Thuận (cũ)\n01/2021 - 6/2025", new_column,
                                 "Tổng cộng\n2021 - 2025"],
                      _TASKS + [38, 41, 9, 88], _OCOP + [142, 118, 27, 287]])


def test_a_bare_month_span_is_that_span_never_the_year():
    """WRONG: "Tỉnh Khánh Hòa\\n7/2025 - 12/2025 (ước)" (the new province's second half of 2025, months written
    "M/YYYY" without "tháng") was read as the whole year 2025: the half's 9 tasks accepted and 27 OCOP products
    stored as 2025's; the former provinces' "01/2021 - 6/2025" read as no period and set aside (batch 76: 4 wrong,
    14 lost). Each is its span of months."""
    got = _actual(_by_area("Tỉnh Khánh Hòa\n7/2025 - 12/2025 (ước)"))
    assert got == {("56", "34", "tasks_accepted", "2025-S2"): 9, ("56", "34", "ocop_products", "2025-S2"): 27,
                   ("56", "34", "tasks_accepted", "2021/2025"): 88, ("56", "34", "ocop_products", "2021/2025"): 287,
                   ("56", "63", "tasks_accepted", "2021-01/2025-06"): 38,
                   ("58", "63", "tasks_accepted", "2021-01/2025-06"): 41,
                   ("56", "63", "ocop_products", "2021-01/2025-06"): 142,
                   ("58", "63", "ocop_products", "2021-01/2025-06"): 118}


@pytest.mark.parametrize("text, notation", [
    ("7/2025 - 12/2025", "2025-S2"), ("7/2025–12/2025", "2025-S2"), ("từ 7/2025 đến 12/2025", "2025-S2"),
    ("01/2021 - 6/2025", "2021-01/2025-06"), ("1/2024 - 3/2024", "2024-Q1"), ("10/2024 - 3/2025", "2024-10/2025-03"),
    ("Năm 2025 (7/2025 - 12/2025)", "2025-S2"),
])
def test_a_bare_month_span_reads_its_months(text, notation):
    assert _notation(text) == notation


@pytest.mark.parametrize("text, notation", [
    ("Tháng 7/2025 - tháng 12/2025", "2025-S2"), ("T7/2025 - T12/2025", "2025-S2"), ("Năm 2025", "2025"),
    ("6 tháng cuối năm 2025", "2025-S2"), ("01/7/2025 - 31/12/2025", "2025-S2"), ("30/6/2025 - 31/12/2025", None),
    ("Tháng 11/2025", "2025-11"),
])
def test_probe_months_written_with_their_word_and_dates_read_as_before(text, notation):
    assert _notation(text) == notation


@pytest.mark.parametrize("text", ["12/2025 - 7/2025", "13/2024 - 3/2025", "Năm 2024 (7/2025 - 12/2025)"])
def test_probe_a_backward_or_impossible_bare_span_names_no_period(text):
    """Backwards, a thirteenth month, or outside the year named beside: no period (the uploader is asked), never
    a year."""
    assert periods.from_text(text) is None


# --- 2. "từ năm 2021 đến nay" -----------------------------------------------------------------------------------------

def _years_as_rows(title: str):
    """The former Kon Tum's review sent in May 2025 (batch 76): the years as rows, the indicators as columns."""
    return examine([["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH KON TUM"], [MARK], [title], [],
                    ["TT", "Năm", "NV được nghiệm thu (NV)", "SP OCOP được công nhận (SP)"],
                    ["1", "2021", 8, 14], ["2", "2022", 10, 22], ["3", "2023", 12, 27], ["4", "2024", 11, 30],
                    ["5", "KH năm 2025", 12, 30]])


_KON_TUM_YEARS = {("62", "63", i, y): v for i, vs in (("tasks_accepted", (8, 10, 12, 11)),
                                                      ("ocop_products", (14, 22, 27, 30)))
                  for y, v in zip(("2021", "2022", "2023", "2024"), vs)}


@pytest.mark.parametrize("title", ["Biểu 2. MỘT SỐ CHỈ TIÊU HOẠT ĐỘNG KH&CN TỪ NĂM 2021 ĐẾN NAY",
                                   "Một số chỉ tiêu KH&CN từ 2021 đến nay", "CHỈ TIÊU KH&CN GIAI ĐOẠN 2021 - NAY",
                                   "Chỉ tiêu KH&CN từ năm 2021 đến thời điểm báo cáo"])
def test_a_title_from_a_year_to_now_reads_every_years_row(title):
    """LOST: "… TỪ NĂM 2021 ĐẾN NAY" over the years as rows was read as the year 2021: every later year's row set
    aside as "after the report's period" (batch 76, Kon Tum: 20 facts). From a year to the report's day names no
    one period: the rows say theirs."""
    assert _actual(_years_as_rows(title)) == _KON_TUM_YEARS


@pytest.mark.parametrize("text", ["Lũy kế từ năm 2019 đến nay", "Số SP OCOP (từ 2019 đến nay)", "2021 - nay",
                                  "từ năm 2021 đến hiện nay"])
def test_a_span_from_a_year_to_now_is_never_its_first_year(text):
    """WRONG (the same reading): "Lũy kế từ năm 2019 đến nay" was the year 2019 — a count to date stored at the
    first year. No period: asked, never guessed."""
    assert periods.from_text(text) is None


@pytest.mark.parametrize("text, notation", [("từ năm 2021 đến 2024", "2021/2024"), ("Giai đoạn 2021 - 2025", "2021/2025"),
                                            ("Năm 2024", "2024"), ("Lũy kế từ năm 2015 đến 30/6/2024", "2015-01/2024-06")])
def test_probe_a_span_with_its_end_written_reads_as_before(text, notation):
    assert _notation(text) == notation


def test_probe_the_years_rows_under_a_title_naming_the_span_read_as_before():
    assert _actual(_years_as_rows("MỘT SỐ CHỈ TIÊU KH&CN GIAI ĐOẠN 2021 - 2024")) == _KON_TUM_YEARS


# --- 3, 4, 5. an estimate beside the official figure, a difference column, the estimate's report month ----------------

def _estimate_and_official(estimate: str = "Ước TH (BC tháng 11/2025)", official: str = "Thực hiện (chính thức)",
                           difference: str | None = "Chênh lệch TH - ƯTH", rows: tuple = ((50, 52), (110, 104))):
    """The new An Giang's 2025 (batch 76): "Năm 2025" merged over the November estimate and the official figure,
    a difference column beside."""
    head = _head("An Giang", "BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ KH&CN NĂM 2025", "An Giang, ngày 16 tháng 01 năm 2026")
    r = len(head) + 1
    extra = [difference] if difference else []
    body = [_LABELS + ["Năm 2025", None] + extra, [None, None, None, estimate, official] + ([None] if difference else [])]
    for first, (est, off) in zip((_TASKS, _OCOP), rows):
        body.append(first + [est, off] + ([off - est] if difference else []))
    merges = [f"A{r}:A{r + 1}", f"B{r}:B{r + 1}", f"C{r}:C{r + 1}", f"D{r}:E{r}"] + ([f"F{r}:F{r + 1}"] if difference else [])
    return examine(head + body, merges=tuple(merges))


def test_the_official_figure_supersedes_the_estimate_of_the_same_year():
    """LOST (the honest file refused whole): "Năm 2025" over "Ước TH (BC tháng 11/2025) | Thực hiện (chính thức)"
    beside "Chênh lệch TH - ƯTH" — the difference read as a third value of 2025, the estimate as November's figure
    or a second value of the year: "hai giá trị khác nhau trong cùng tệp" (batch 76, An Giang: 5 facts). The
    official figure is the year's; the estimate is set aside saying so; the difference is a comparison column."""
    result = _estimate_and_official()
    assert _actual(result) == {("91", "34", "tasks_accepted", "2025"): 52, ("91", "34", "ocop_products", "2025"): 104}
    assert "lưu số thực hiện, không lưu số ước" in reasons(result)
    assert "Chênh lệch TH - ƯTH: Cột so sánh/tỷ lệ" in reasons(result)


def test_an_estimate_citing_its_reports_month_is_never_that_months_figure():
    """WRONG: without the official column, "Năm 2025" over "Ước TH (BC tháng 11/2025)" was stored as November
    2025's figure (the month of the report the estimate was taken from): the year's estimate."""
    got = facts(_estimate_and_official(official="Kế hoạch năm 2026", difference=None, rows=((50, 55), (110, 112))))
    assert ("91", "34", "tasks_accepted", "2025", "actual") in got
    assert not any(k[3] == "2025-11" for k in got)


@pytest.mark.parametrize("text, notation", [
    ("Năm 2025 Ước TH (BC tháng 11/2025)", "2025"), ("Ước TH năm 2025 (theo báo cáo tháng 11/2025)", "2025"),
    ("Ước TH năm 2025 (BC số 301/BC-SKHCN tháng 11/2025)", "2025"), ("Ước TH (BC tháng 11/2025)", None),
])
def test_a_cited_reports_month_in_brackets_is_no_period(text, notation):
    assert _notation(text) == notation


@pytest.mark.parametrize("text, notation", [
    ("BÁO CÁO THÁNG 11/2025", "2025-11"), ("Báo cáo tháng 11 năm 2025", "2025-11"), ("Tháng 11/2025 (BC)", "2025-11"),
    ("Năm 2025 (đến tháng 11/2025)", "2025-01/2025-11"), ("Năm 2025 (Báo cáo 6 tháng đầu năm)", "2025"),
])
def test_probe_a_monthly_reports_own_month_and_a_cutoff_read_as_before(text, notation):
    assert _notation(text) == notation


def test_probe_two_official_figures_that_differ_still_refuse_the_file():
    """"Thực hiện | Thực hiện (chính thức)" both reported, 50 and 52: one table contradicting itself — refused."""
    result = _estimate_and_official(estimate="Thực hiện", difference=None)
    assert not result.accepted
    assert any(p.rule == "duplicate" for p in result.problems)


def test_probe_two_estimates_that_differ_still_refuse_the_file():
    result = _estimate_and_official(estimate="Ước TH", official="Ước thực hiện cả năm", difference=None)
    assert not result.accepted
    assert any(p.rule == "duplicate" for p in result.problems)


def test_probe_an_estimate_equal_to_the_official_figure_is_kept_once():
    result = _estimate_and_official(difference=None, rows=((52, 52), (104, 104)))
    assert _actual(result) == {("91", "34", "tasks_accepted", "2025"): 52, ("91", "34", "ocop_products", "2025"): 104}


@pytest.mark.parametrize("header", ["Chênh lệch", "Chênh lệch (+/-)", "Chênh lệch so ước", "Biến động"])
def test_a_difference_column_is_never_read_as_a_figure(header):
    """"Chênh lệch so ước" beside "Năm 2025 | Ước TH" was read as a value of the year (its "ước"): a difference."""
    from etl.headers import header_role

    assert header_role(header).role == "ratio"


# --- 6. the span's total beside its years -----------------------------------------------------------------------------

def _span_total(group: str, subs: list, rows: tuple):
    """Sơn La's five-year review (batch 76): `group` merged over `subs`, then "KH năm 2026"."""
    head = _head("Sơn La", "TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU KH&CN GIAI ĐOẠN 2021 - 2025",
                 "Sơn La, ngày 08 tháng 12 năm 2025")
    r = len(head) + 1
    last = chr(ord("D") + len(subs) - 1)
    body = [_LABELS + [group] + [None] * (len(subs) - 1) + ["KH năm 2026"], [None, None, None, *subs, None]]
    body += [first + list(values) for first, values in zip((_TASKS, _OCOP), rows)]
    merges = (f"A{r}:A{r + 1}", f"B{r}:B{r + 1}", f"C{r}:C{r + 1}", f"D{r}:{last}{r}",
              f"{chr(ord(last) + 1)}{r}:{chr(ord(last) + 1)}{r + 1}")
    return examine(head + body, merges=merges)


_YEARS = ["Năm 2021", "Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025"]
_FIGURES = ((14, 17, 15, 19, 21, 86, 20), (52, 68, 71, 64, 60, 315, 60))


@pytest.mark.parametrize("total", ["Tổng GĐ", "Tổng giai đoạn", "Tổng cộng", "Tổng"])
def test_a_total_under_a_span_beside_its_years_is_the_spans_figure(total):
    """LOST: "Giai đoạn 2021 - 2025" over "Năm 2021 … Năm 2025 | Tổng GĐ" — the total read as one over provinces,
    "Cột tổng cộng, không phải số liệu của một tỉnh" (batch 76, Sơn La: 6 facts). Beside the span's years it is the
    span's: 86 tasks accepted and 315 OCOP products over 2021–2025."""
    got = _actual(_span_total("Giai đoạn 2021 - 2025", _YEARS + [total], _FIGURES))
    assert got[("14", "34", "tasks_accepted", "2021/2025")] == 86
    assert got[("14", "34", "ocop_products", "2021/2025")] == 315
    assert got[("14", "63", "tasks_accepted", "2024")] == 19


def test_probe_a_total_beside_places_under_a_span_stays_unread():
    """"Giai đoạn 2021 - 2025" over "Sơn La | Điện Biên | Tổng cộng" (a regional table): the places' total, not
    the span's figure of the report's province — set aside as before."""
    result = _span_total("Giai đoạn 2021 - 2025", ["Sơn La", "Điện Biên", "Tổng cộng"], ((60, 40, 100, 20), (300, 200, 500, 60)))
    assert not any(v in (100, 500) for (_, _, _, per, m), v in facts(result).items() if m == "actual")


def test_probe_a_total_under_a_single_year_stays_unread():
    """"Năm 2025" over "Quý III | Quý IV | Tổng": no span of years — read as before (the total column unread)."""
    result = _span_total("Năm 2025", ["Quý III", "Quý IV", "Tổng"], ((5, 6, 11, 20), (30, 31, 61, 60)))
    got = _actual(result)
    assert ("14", "34", "tasks_accepted", "2025-Q3") in got
    assert not any(v in (11, 61) for v in got.values())
