"""blind68 (issue #8, batch 68 at first sight): the classes the text-cell reports of the North-Central Coast and the
Centre showed, each with the smallest realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an
upload is) and the near misses that must stay as they are (precision first)."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, OCOP_ROW, TASKS_ACCEPTED_ROW, facts, table, taken

THANH_HOA = "38"
NGHE_AN = "40"
NO_PERIOD = "BIỂU TỔNG HỢP SỐ LIỆU KHOA HỌC VÀ CÔNG NGHỆ"


def _f(indicator: str, period: str, value, frame: str = "63", province: str = NGHE_AN):
    return {(province, frame, indicator, period, "actual"): value}


def _csv(rows: list[list[str]], name: str):
    """A ';' CSV with a byte-order mark, as a reporting system exports it, read as an upload of `name` is."""
    from etl import ingest

    data = "\ufeff" + "\n".join(";".join(r) for r in rows) + "\n"
    return ingest.examine(data.encode("utf-8"), name)


# --- 1. a period's word run into its number in a file's or sheet's name: "quy1_2026" -----------------------

_CONTENT = [["STT", "Lĩnh vực", "Nội dung báo cáo"],
            ["0", "Ghi chú", MARK + " — Sở KH&CN Thanh Hóa"],
            ["1", "OCOP", "Công nhận 21 sản phẩm OCOP 3 sao"],
            ["2", "Doanh nghiệp", "Hỗ trợ 17 doanh nghiệp đổi mới công nghệ"]]


@pytest.mark.parametrize("name, period", [
    ("thanhhoa_quy1_2026_noi_dung.csv", "2026-Q1"),
    ("thanhhoa_q1_2026.csv", "2026-Q1"),
    ("thanhhoa_6_thang_dau_nam_2026.csv", "2026-S1"),
    ("thanhhoa_6thang_2026.csv", "2026-S1"),
    ("thanhhoa_quy_I_2026.csv", "2026-Q1"),
])
def test_a_csv_named_by_its_quarter_is_that_quarter_never_the_year(name, period):
    """WRONG: Thanh Hóa's CSV "…_quy1_2026_noi_dung.csv" (sentences naming no period of their own) stored its 21
    OCOP products and 17 enterprises as the YEAR 2026's: the name's "quy1" was not read, its 2026 was."""
    got = taken(_csv(_CONTENT, name))
    assert got == {**_f("ocop_products_3star", period, 21, "34", THANH_HOA),
                          **_f("enterprises_supported", period, 17, "34", THANH_HOA)}


@pytest.mark.parametrize("name", ["thanhhoa_thang6_2026.csv", "thanhhoa_t10_2026.csv"])
def test_a_month_the_name_names_is_never_read_as_the_year(name):
    """A month run into its word ("thang6", "t10") is no year: not stored as 2026 (nothing to place the figures)."""
    got = _csv(_CONTENT, name)
    assert not any(k[3] == "2026" for k in facts(got))


@pytest.mark.parametrize("name, period", [
    ("thanhhoa_nam_2026.csv", "2026"),          # the year named so: as before
    ("thanhhoa_2026_noi_dung.csv", "2026"),
])
def test_probe_names_already_read_stay_as_they_were(name, period):
    got = taken(_csv(_CONTENT, name))
    assert got == {**_f("ocop_products_3star", period, 21, "34", THANH_HOA),
                          **_f("enterprises_supported", period, 17, "34", THANH_HOA)}


@pytest.mark.parametrize("sheet, period", [("Q3_2024", "2024-Q3"), ("quy2_2024", "2024-Q2"), ("Nam_2024", "2024")])
def test_a_sheet_named_by_its_quarter_with_an_underscore(sheet, period):
    """The same in a workbook's sheet name under a title naming no period ("Q3_2024" was the year 2024)."""
    got = table(OCOP_ROW + [70], TASKS_ACCEPTED_ROW + [18], title=NO_PERIOD, columns=("Số lượng",), sheet=sheet,
                name="report.xlsx")
    assert taken(got) == {**_f("ocop_products", period, 70), **_f("tasks_accepted", period, 18)}
