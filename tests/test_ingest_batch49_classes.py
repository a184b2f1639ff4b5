"""Figures typed in text cells (`etl/sentences.py`, read with `etl/prose.py`), one class per test, as
batch 49 of the workbook corpus (text cells of the North Central Coast, the South-East and the Northern
Mountains, 2023 to the first half of 2026, written blind) revealed them. Each report is built here with
`tests.fixtures.reports`, marked as test data, and read by `etl.ingest.examine` as an upload is. A
statistician's reading is the expectation: a figure taken only when nothing is guessed — and each rule
has probes where it must NOT fire (another span, a plan, a qualifier, a district, a former province's figure
as the whole, another indicator)."""
from __future__ import annotations

from etl import prose
from etl.textdoc import TextDocument
from tests.fixtures.reports import examine, head, taken

_YEAR_2023 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2023"
_HALF_2026 = "KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ 6 THÁNG ĐẦU NĂM 2026"

# an honest row beside a probe, so that the probe's file is not refused for stating nothing
_ANCHOR = ("Sáng kiến", "Công nhận 57 sáng kiến")


def _table(province: str, title: str, rows: list[tuple], city: bool = False) -> dict:
    """A "Nội dung | Kết quả" sheet read as an upload: each row's label, then the result as a sentence."""
    return taken(examine(head(province, title, city) + [["Nội dung", "Kết quả"]] + [list(r) for r in rows],
                         name="batch49.xlsx"))


def _proposed(text: str, province: str) -> set[tuple]:
    """What the narrative reader proposes for a text: {(indicator, period, value)}."""
    ex = prose.extract(TextDocument("t.txt", text), province=province)
    return {(c.indicator, c.period, c.value) for c in list(ex.candidates) + list(ex.undated)}


# --- 1. a multiple's year is the comparison's (was wrong in prose, lost in a workbook) ----------------------

def test_a_year_after_a_multiple_is_the_comparisons():
    """Thanh Hóa's "Công nhận 112 sản phẩm OCOP, gấp 2 lần năm 2022" in its report on 2023: the narrative reader
    proposed 112 as 2022's products (a wrong period) and the workbook lost it. "gấp 2 lần năm 2022", "gấp 1,5
    lần năm 2022", "gấp đôi năm 2022" say what the figure is compared with, as "so với năm 2022" does
    (etl/prose.py _MULTIPLE_BEFORE; metrics/abbreviations.toml [multiple_comparison_words])."""
    for cell in ("Công nhận 112 sản phẩm OCOP, gấp 2 lần năm 2022",
                 "Công nhận 112 sản phẩm OCOP, tăng gấp 1,5 lần năm 2022",
                 "Công nhận 112 sản phẩm OCOP, gấp đôi năm 2022"):
        assert _proposed(cell, "38") == {("ocop_products", None, 112.0)}, cell
        assert _table("Thanh Hóa", _YEAR_2023, [("Chương trình OCOP", cell)]) == \
            {("38", "63", "ocop_products", "2023", "actual"): 112}, cell


def test_probe_a_year_that_is_the_figures_own_or_a_count_is_kept():
    """Where it must not fire: a year that opens the clause is the figure's own ("Năm 2022 công nhận 56
    sản phẩm OCOP"); "2 lần" is never a figure; a sentence with the multiple and another year's own figure
    keeps that figure's year; a district's figure after ";" stays nobody's."""
    assert _proposed("Năm 2022 công nhận 56 sản phẩm OCOP", "38") == {("ocop_products", "2022", 56.0)}
    assert _proposed("Năm 2023 công nhận 112 sản phẩm OCOP, gấp đôi năm 2022", "38") == \
        {("ocop_products", "2023", 112.0)}
    got = _table("Thanh Hóa", _YEAR_2023, [
        ("Chương trình OCOP", "Công nhận 112 sản phẩm OCOP, gấp 2 lần năm 2022; huyện Thọ Xuân có 11 sản phẩm "
                              "được công nhận"),
        ("Sáng kiến", "Năm 2022 công nhận 56 sáng kiến, năm 2023 công nhận gấp 2 lần"),
        _ANCHOR])
    assert got == {("38", "63", "ocop_products", "2023", "actual"): 112,
                   ("38", "63", "initiatives_recognized", "2023", "actual"): 57}
