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
