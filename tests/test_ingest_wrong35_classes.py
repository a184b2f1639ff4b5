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


# --- 2. "Tổng số | Nam | Nữ": the total is the row's own figure, the sexes its parts ----------------------------

_BY_SEX = ["Tổng số", "Nam", "Nữ"]


def _by_sex(figures: list, group: bool = True, header: list = _BY_SEX):
    """A report on 2024 with the researchers as a row beside their sexes' columns, under "Năm 2024" merged over
    them when `group`."""
    rows = [LABEL_UNIT_HEADER + ["Năm 2024", None, None], [None] * 3 + header] if group \
        else [LABEL_UNIT_HEADER + header]
    return examine(head("Nghệ An", REPORT_2024) + rows + [["1", _RESEARCHERS, "người", *figures]],
                   merges=("D6:F6",) if group else ())


@pytest.mark.parametrize("group", [True, False])
def test_the_total_beside_the_sexes_is_the_rows_figure(group):
    """"Năm 2024" over "Tổng số | Nam | Nữ", "Người làm nghiên cứu khoa học | 120 | 70 | 50": the 70 men were
    stored as every researcher at 31/12/2024, the 120 set aside as a total over provinces ("Nam" folds to
    "năm"); without "Năm 2024" above, "Nam" was read as the rows' year and the file refused ("không đọc được kỳ
    “70”"). The 120 is read, the sexes set aside as parts."""
    r = _by_sex([120, 70, 50], group)
    assert r.accepted and _got(r) == {_AT_YEAR_END: 120.0}
    assert reasons(r).count("Cột số liệu của nam hoặc nữ") == 2


def test_the_sexes_typed_without_diacritics():
    """"Tong so | Nam | Nu" (a sheet typed without diacritics): the same men and women."""
    r = _by_sex([120, 70, 50], header=["Tong so", "Nam", "Nu"])
    assert r.accepted and _got(r) == {_AT_YEAR_END: 120.0}


@pytest.mark.parametrize("columns, figures, stored", [
    (("Năm 2023", "Năm 2024"), [100, 120], {("researchers", "2023-12-31", "actual"): 100.0, _AT_YEAR_END: 120.0}),
    (("Nam", "Số lượng"), [2024, 120], {_AT_YEAR_END: 120.0})])
def test_year_headers_and_a_year_column_typed_nam_stay_read(columns, figures, stored):
    """Probes: "Năm 2023 | Năm 2024" are the years; "Nam" (the year's column typed without its breve) beside no
    "Nữ" is no sex."""
    r = table(["1", _RESEARCHERS, "người", *figures], columns=columns)
    assert r.accepted and _got(r) == stored


def test_a_tidy_file_without_diacritics_keeps_its_year_column():
    """Probe: a tidy CSV typed without diacritics, its year's column "Nam": each row's year (README "typed without
    diacritics")."""
    from etl import ingest
    from tests.fixtures.reports import MARK
    text = "\r\n".join(["Tinh;Nam;Chi tieu;Don vi tinh;Gia tri;Ghi chu",
                        f"Nghe An;2023;Nhiem vu KH&CN duoc nghiem thu;nhiem vu;10;{MARK}",
                        "Nghe An;2024;Nhiem vu KH&CN duoc nghiem thu;nhiem vu;12;"]) + "\r\n"
    r = ingest.examine(text.encode("utf-8"), "nghean.csv")
    assert r.accepted and _got(r) == {("tasks_accepted", "2023", "actual"): 10.0,
                                      ("tasks_accepted", "2024", "actual"): 12.0}


# --- 3. the sexes checked against their whole ------------------------------------------------------------------

@pytest.mark.parametrize("figures, says", [
    ([120, 70, 40], "nam và nữ (ô E7, F7) cộng lại 110, khác tổng"),
    ([120, 130, None], "số của một giới (ô E7) là 130, lớn hơn tổng")])
def test_sexes_columns_that_contradict_their_total(figures, says):
    """"Tổng số | Nam | Nữ" as "120 | 70 | 40" (or a sex above its total): the report contradicts itself, the
    120 is not certain — a problem naming the cells, as two complementary parts above their whole are."""
    r = _by_sex(figures, group=False)
    assert not r.accepted and _got(r) == {}
    assert any(says in p.message_vi and p.message_vi.startswith("Ô D7:") for p in r.problems)


@pytest.mark.parametrize("lines, says", [
    ([["", "Trong đó: Nam", "người", 70], ["", "Nữ", "người", 40]], "nam và nữ (ô D8, D9) cộng lại 110, khác tổng"),
    ([["", "- Nam", "người", 70], ["", "- Nữ", "người", 60]], "nam và nữ (ô D8, D9) cộng lại 130, khác tổng"),
    ([["", "Trong đó: Nam", "người", 130]], "số của một giới (ô D8) là 130, lớn hơn tổng")])
def test_sex_lines_that_contradict_their_total(lines, says):
    """"Người làm nghiên cứu khoa học | 120" over "Trong đó: Nam | 70", "Nữ | 40": the 120 was stored though its
    two sexes make 110 — the whole is not certain (etl/complement_parts.py, as "Công lập / Ngoài công lập")."""
    r = table(["1", _RESEARCHERS, "người", 120], *lines)
    assert not r.accepted and _got(r) == {}
    assert any(says in p.message_vi for p in r.problems)


@pytest.mark.parametrize("lines", [
    [["", "Trong đó: Nam", "người", 70], ["", "Nữ", "người", 50]],
    [["", "Trong đó: Nam", "người", 70]],
    [["", "- Năm 2023", "người", 130]]])
def test_sexes_that_agree_with_their_total_stay_read(lines):
    """Probes: the sexes adding up to their whole, one sex below it, a line naming a year ("- Năm 2023", not a sex)
    — the 120 stays read."""
    r = table(["1", _RESEARCHERS, "người", 120], *lines)
    assert r.accepted and _got(r) == {_AT_YEAR_END: 120.0}
