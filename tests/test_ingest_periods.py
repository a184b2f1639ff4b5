"""Periods a report states with dates ("Số liệu tính đến ngày 30/6/2024"), read as a statistician
reads them: each report is built here, marked as test data, and read by `etl.ingest.examine` as an
upload is."""
from __future__ import annotations

from etl import ingest
from tests.fixtures.reports import facts, head, xlsx


def _report(title: str, cutoff: str) -> bytes:
    return xlsx(head("Sơn La", title) + [
        [cutoff], [],
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Số liệu"],
        [1, "Số nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 7],
        [2, "Số sản phẩm OCOP còn hiệu lực", "sản phẩm", 112],
    ])


def test_a_cutoff_at_30_june_stores_the_stock_at_30_june_and_the_flow_over_the_first_half():
    """It was read as the year 2024: 112 valid products stored at 31/12/2024, 7 tasks accepted as
    the whole year's."""
    result = ingest.examine(_report("BÁO CÁO SỐ LIỆU KHOA HỌC VÀ CÔNG NGHỆ", "(Số liệu tính đến ngày 30/6/2024)"),
                            "sonla.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = facts(result)
    assert got[("14", "63", "tasks_accepted", "2024-S1", "actual")] == 7
    assert got[("14", "63", "ocop_products_total", "2024-06-30", "actual")] == 112
    assert not any(k[3] in ("2024", "2024-12-31") for k in got)


def test_a_cutoff_inside_a_month_keeps_the_stock_and_refuses_the_flow_naming_the_cell():
    """"đến 15/9/2024": a stock at that date; tasks accepted "at a date" say no period, so the file is
    refused with the period rule naming the cell — never stored as the year's."""
    result = ingest.examine(_report("BÁO CÁO SỐ LIỆU KHOA HỌC VÀ CÔNG NGHỆ", "Số liệu tính đến ngày 15/9/2024"),
                            "sonla.xlsx")
    assert not result.accepted
    assert any(p.rule == "period" and p.cell == "D9" for p in result.problems), \
        [(p.rule, p.cell, p.message_vi) for p in result.problems]


def test_a_cutoff_under_a_yearly_title_bounds_the_year():
    """"BÁO CÁO KẾT QUẢ NĂM 2024" over "Số liệu tính đến ngày 30/9/2024": January to September, as
    a person reads it — never the whole year."""
    result = ingest.examine(_report("BÁO CÁO KẾT QUẢ KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024", "Số liệu tính đến ngày 30/9/2024"),
                            "sonla.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = facts(result)
    assert got[("14", "63", "tasks_accepted", "2024-01/2024-09", "actual")] == 7
    assert got[("14", "63", "ocop_products_total", "2024-09-30", "actual")] == 112


def test_a_document_reference_in_parentheses_states_no_period():
    """"(Kèm theo Báo cáo số 45/BC-SKHCN ngày 10/7/2024)" under a yearly title: the date of the
    letter is no cut-off; the title's year stands."""
    result = ingest.examine(_report("BÁO CÁO KẾT QUẢ KHOA HỌC VÀ CÔNG NGHỆ NĂM 2023",
                                    "(Kèm theo Báo cáo số 45/BC-SKHCN ngày 10/7/2024 của Sở KH&CN)"), "sonla.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = facts(result)
    assert got[("14", "63", "tasks_accepted", "2023", "actual")] == 7
    assert got[("14", "63", "ocop_products_total", "2023-12-31", "actual")] == 112
