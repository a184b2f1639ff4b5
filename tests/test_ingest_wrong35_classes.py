"""Wrong numbers suspected and left by earlier sessions (issue #8: precision must stay 1.00): "Nam" (men)
folds to "nam", the year's word "năm" folded — one sex stored as every researcher. Each class: the report
that stored a wrong number, then probes of the honest neighbours that must stay as they are (places named
"Nam", the year typed without diacritics). Each report is built here, marked as test data, and read by
`etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import examine, facts, head, reasons, table, LABEL_UNIT_HEADER, REPORT_2024

_RESEARCHERS = "Người làm nghiên cứu khoa học"
_AT_YEAR_END = ("researchers", "2024-12-31", "actual")


def _got(r) -> dict:
    """{(indicator, period, measure): value} of an examined report."""
    return {k[2:]: v for k, v in facts(r).items()}


# --- 1. a label naming one sex ("- Nam", "(nam)", "là nam", "nam giới") ----------------------------------------

@pytest.mark.parametrize("label", [f"{_RESEARCHERS} - Nam", f"{_RESEARCHERS} (nam)", f"{_RESEARCHERS} là nam",
                                   f"{_RESEARCHERS} nam giới", f"{_RESEARCHERS}: Nam", f"{_RESEARCHERS} - Nữ",
                                   f"{_RESEARCHERS} (nữ giới)"])
def test_a_label_naming_one_sex_is_a_part(label):
    """"Người làm nghiên cứu khoa học - Nam | 70" was stored as every researcher at 31/12/2024: "nam" folds to
    "năm" (a period word, dropped), so the label was the indicator's own name. The men are a part: set aside,
    the reason naming the sex."""
    r = table(["1", label, "người", 70], ["2", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12])
    assert _got(r) == {("tasks_accepted", "2024", "actual"): 12.0}
    assert "nam hay nữ" in reasons(r)


@pytest.mark.parametrize("label, indicator", [
    (f"{_RESEARCHERS}", "researchers"),
    ("Nhiệm vụ KH&CN được nghiệm thu (Việt Nam)", "tasks_accepted"),
    ("Nhiệm vụ KH&CN được nghiệm thu - tỉnh Quảng Nam", "tasks_accepted"),
    ("Nhiệm vụ KH&CN được nghiệm thu năm 2024", "tasks_accepted"),
    ("Nhiem vu KH&CN duoc nghiem thu nam 2024", "tasks_accepted")])
def test_a_place_or_a_year_named_nam_stays_read(label, indicator):
    """Probes: a place ("Việt Nam", "Quảng Nam") and the year ("năm 2024", typed "nam 2024" without diacritics)
    are no sex: the figure stays read."""
    r = table(["1", label, "nhiệm vụ" if indicator != "researchers" else "người", 12], province="Quảng Nam")
    assert [k[0] for k in _got(r)] == [indicator] and list(_got(r).values()) == [12.0]
