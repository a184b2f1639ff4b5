"""Wrong-number classes found by review27b in the rules of blind48 and honest26 (combo27), each with a
class test and two probes where the fix must not fire. Every workbook is built with
`tests.fixtures.reports`, marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

from metrics import periods
from tests.fixtures.reports import MARK, examine, facts, head, taken

_TITLE = "BÁO CÁO SỐ LIỆU KHOA HỌC VÀ CÔNG NGHỆ"
_TIDY = ["Năm", "Kỳ", "Chỉ tiêu", "Đơn vị tính", "Giá trị"]
# an honest row beside a probe, so that the probe's file is not refused for stating nothing
_ANCHOR = [2024, "Cả năm", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 19]
_ANCHORED = {("40", "63", "tasks_accepted", "2024", "actual"): 19}


def _tidy(part, value=10) -> dict:
    """A "Năm | Kỳ | Chỉ tiêu | Đơn vị tính | Giá trị" table of Nghệ An: 2024 and `part` beside it."""
    return taken(examine(head("Nghệ An", _TITLE) + [
        _TIDY, [2024, part, "Sản phẩm OCOP được công nhận", "sản phẩm", value], _ANCHOR], name="review27b.xlsx"))


# --- 1. a row's part of the year in words: one part alone, or no period ----------------------------------

def test_a_sub_period_naming_more_than_one_part_is_no_period():
    """WRONG NUMBERS (combo27: blind48's and honest26's _with_subperiod): a "Kỳ" cell beside 2024 was read as
    the first part of the year its words contain — "Quý IV/2023" and "Quý I/2025" (another year's quarter),
    "6 tháng đầu năm 2023", "Quý IV năm trước" stored as 2024-Q4 / 2024-S1; "Quý I, II", "Quý I và II",
    "Quý I-III" (the half, nine months) as 2024-Q1; "So với quý II", "Tăng/giảm 6 tháng" (a comparison) as
    Q2 / S1. A person reads no part of 2024 in any: the row is set aside (etl/headers.py one_part_of_year,
    metrics/header_words.toml part_of_year_words)."""
    for part in ("Quý IV/2023", "Quý I/2025", "6 tháng đầu năm 2023", "Quý IV năm trước", "Quý I, II",
                 "Quý I và II", "So với quý II", "Tăng/giảm 6 tháng", "Quý III so với quý II"):
        assert _tidy(part) == _ANCHORED, part


def test_probe_one_part_of_the_rows_year_is_still_that_part():
    """Where it must not fire: one part alone, or with the row's own year, is that part of it."""
    for part, period in (("6 tháng đầu năm", "2024-S1"), ("6 tháng cuối năm", "2024-S2"), ("Quý III", "2024-Q3"),
                         ("Quý III/2024", "2024-Q3"), ("T5", "2024-05"), ("Thực hiện 9 tháng", "2024-01/2024-09"),
                         # recall37: "Quý I-III" is the first three quarters, one span (never the first quarter)
                         ("Quý I-III", "2024-01/2024-09"),
                         ("Cả năm", "2024")):
        got = _tidy(part)
        assert got[("40", "63", "ocop_products", period, "actual")] == 10, (part, got)


def test_probe_an_exports_column_of_parts_keeps_its_honest_rows():
    """Where it must not fire: the reporting system's "Kỳ báo cáo | Năm" export (blind48) — its honest rows
    keep their parts; a row "Quý I, II" among them is set aside, the file not refused."""
    rows = head("Nghệ An", _TITLE) + [["Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo", "Năm", "Giá trị"]]
    for part, value in (("6 tháng", 10), ("Quý I, II", 11), ("Năm", 25)):
        rows.append(["0101", "Sản phẩm OCOP được công nhận", "sản phẩm", part, 2024, value])
    assert taken(examine(rows, name="export.xlsx")) == {("40", "63", "ocop_products", "2024-S1", "actual"): 10,
                                                          ("40", "63", "ocop_products", "2024", "actual"): 25}


# --- 2. a title's period field naming a part and more: the uploader is asked -----------------------------

def _fielded(field: str):
    return examine([["UBND TỈNH NGHỆ AN"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK],
                    ["BÁO CÁO SỐ LIỆU KHOA HỌC VÀ CÔNG NGHỆ NĂM 2022"], [field], [],
                    ["STT", "Chỉ tiêu", "ĐVT", "Kỳ này", "Cùng kỳ năm trước"],
                    ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 12, 9]], name="field.xlsx")


def test_a_period_field_naming_a_part_and_more_asks_the_period():
    """WRONG NUMBERS (combo27: blind48's _part_of_year_field): under "BÁO CÁO … NĂM 2022", "Kỳ: Kế hoạch 6
    tháng", "Kỳ: Ước 6 tháng", "Kỳ: 6 tháng so với cùng kỳ" stored 12 and 9 as the actual first halves of 2022
    and 2021; "Kỳ: Quý I, II" as the first quarters. No period a person could trust: the file states none,
    the uploader is asked for it, nothing is written (etl/context.py _part_of_year_field)."""
    for field in ("Kỳ: Kế hoạch 6 tháng", "Kỳ: Ước 6 tháng", "Kỳ: 6 tháng so với cùng kỳ", "Kỳ: Quý I, II"):
        result = _fielded(field)
        assert not result.accepted and not facts(result), (field, facts(result))
        assert any("kỳ báo cáo" in p.message_vi for p in result.problems), field


def test_probe_a_period_field_naming_one_part_is_that_part_of_the_titles_year():
    """Where it must not fire: "Kỳ: 9 tháng", "Kỳ báo cáo: Quý III" (blind48's class) stay that part."""
    assert taken(_fielded("Kỳ: 9 tháng")) == {("40", "63", "ocop_products", "2022-01/2022-09", "actual"): 12,
                                              ("40", "63", "ocop_products", "2021-01/2021-09", "actual"): 9}
    assert taken(_fielded("Kỳ báo cáo: Quý III")) == {("40", "63", "ocop_products", "2022-Q3", "actual"): 12,
                                                      ("40", "63", "ocop_products", "2021-Q3", "actual"): 9}


# --- 3. a year-first code followed by more words: no period, never the year ------------------------------

def _coded(period_text) -> object:
    return examine(head("Nghệ An", _TITLE) + [["Kỳ báo cáo", "Chỉ tiêu", "Đơn vị tính", "Giá trị"],
                                             [period_text, "Sản phẩm OCOP được công nhận", "sản phẩm", 10]],
                   name="coded.xlsx")


def test_a_year_first_code_with_more_words_is_no_year():
    """WRONG NUMBERS (combo27: blind48's _year_first_code read only a whole text): "2025-Q3 (lũy kế)" was
    stored as 2025's reported figure, "2025-H1 (ước)" as the year's estimate, "2025-09 (lũy kế)" as the
    year's. The code and more names no period: the cell is named as an unreadable period, nothing written
    (metrics/periods.py _year_first_code)."""
    for text in ("2025-Q3 (lũy kế)", "2025-H1 (ước)", "2025-09 (lũy kế)", "2025-Q3, 2025-Q4"):
        assert periods.from_text(text) is None, text
        result = _coded(text)
        assert not result.accepted and not facts(result), (text, facts(result))


def test_probe_a_whole_code_a_dates_clock_time_and_a_span_stay_read():
    """Where it must not fire: a code alone (blind48), an ISO date with the clock time a text export writes
    after it ("2025-09-30 00:00:00", was read as the year) or written with slashes, a span of years."""
    assert taken(_coded("2025-Q3")) == {("40", "34", "ocop_products", "2025-Q3", "actual"): 10}
    for text in ("2025-09-30 00:00:00", "2025/09/30", "2025-09-30"):
        assert periods.from_text(text) == periods.from_text("30/9/2025"), text
    assert periods.from_text("2021-2025") == periods.from_text("giai đoạn 2021-2025")
    assert periods.from_text("2025-09").notation == "2025-09"


# --- 4. a kind of district or commune before a sentence's figure: a share, never the province's ---------

_YEAR_2025 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025"
_TERM_ANCHOR = "1. Năm 2025, Sở quản lý 174 nhiệm vụ KH&CN."
_TERM_ANCHORED = {("42", "34", "tasks_managed", "2025", "actual"): 174}


def _paragraphs(line: str) -> dict:
    return taken(examine(head("Hà Tĩnh", _YEAR_2025) + [[_TERM_ANCHOR], [line]], name="review27b_paragraphs.xlsx"))


def test_a_kind_of_locality_before_a_sentences_figure_is_a_share():
    """WRONG NUMBERS (the sentence reader; sent23's stock at a clause's day widened it): "Tính đến 30/11/2025,
    các huyện miền núi có 112 sản phẩm OCOP còn hiệu lực công nhận" was stored as Hà Tĩnh's stock of 112 (at
    the period's end too, before this session); "khu vực miền núi", "các xã miền núi công nhận 12 …" alike —
    the mountain districts' share, no figure of the province (etl/prose.py _locality_kind_part,
    metrics/abbreviations.toml part_words)."""
    for line in ("2. Tính đến 30/11/2025, các huyện miền núi có 112 sản phẩm OCOP còn hiệu lực công nhận.",
                 "2. Tính đến 31/12/2025, khu vực miền núi có 112 sản phẩm OCOP còn hiệu lực công nhận.",
                 "2. Năm 2025, các xã miền núi công nhận 12 sản phẩm OCOP."):
        assert _paragraphs(line) == _TERM_ANCHORED, line


def test_probe_the_provinces_figure_before_its_localities_share_stays():
    """Where it must not fire: the whole before "trong đó các huyện miền núi …", and the province's own stock
    at a day its clause states (sent23's class)."""
    got = _paragraphs("2. Năm 2025, toàn tỉnh công nhận 30 sản phẩm OCOP, trong đó các huyện miền núi 12 sản phẩm.")
    assert got == {**_TERM_ANCHORED, ("42", "34", "ocop_products", "2025", "actual"): 30}
    got = _paragraphs("2. Tính đến 30/11/2025, toàn tỉnh có 312 sản phẩm OCOP còn hiệu lực công nhận.")
    assert got == {**_TERM_ANCHORED, ("42", "34", "ocop_products_total", "2025-11-30", "actual"): 312}
