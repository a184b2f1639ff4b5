"""blind69 (issue #8): the classes batch 69 found — the northern mountains' new provinces after the merger — each with
the smallest realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is), and beside it
the honest neighbours that must read as before."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import LABEL_UNIT_HEADER, examine, facts, head, reasons, taken


def _read(result) -> dict:
    """{(indicator, period): value} of an upload that must be accepted."""
    return {(i, per): v for (_, _, i, per, _), v in taken(result).items()}


# --- 1. a column of what is still valid at a date over the flow's rows ----------------------------------------------

_HA_GIANG = "KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP TỈNH HÀ GIANG ĐẾN 30/6/2025"


def _ocop(columns: list, figures: list, title: str = _HA_GIANG, label: str = "Tổng số sản phẩm OCOP"):
    return examine(head("Hà Giang", title) + [LABEL_UNIT_HEADER + columns, ["1", label, "Sản phẩm"] + figures])


@pytest.mark.parametrize("col", ["Sản phẩm còn hiệu lực đến 30/6/2025", "Còn hiệu lực đến 30/6/2025",
                                 "Số sản phẩm còn hiệu lực tới 30/6/2025", "Còn thời hạn đến 30/6/2025"])
def test_a_column_still_valid_at_a_date_is_the_stock_then(col):
    """REFUSED: the former Hà Giang's 'Năm 2024 | 6 tháng đầu năm 2025 | Sản phẩm còn hiệu lực đến 30/6/2025' over
    'Tổng số sản phẩm OCOP' (58, 23, 241) was refused whole (batch 69): the stock's column was read as the half's
    products recognized, two values (23 and 241) of one fact. What is still valid at 30/6/2025 is the valid products
    then, as under 'Lũy kế đến' / 'Tính đến'."""
    got = _read(_ocop(["Năm 2024", "6 tháng đầu năm 2025", col], [58, 23, 241]))
    assert got == {("ocop_products", "2024"): 58, ("ocop_products", "2025-S1"): 23,
                   ("ocop_products_total", "2025-06-30"): 241}, col


def test_a_star_row_under_the_column_is_that_stars_stock():
    got = _read(examine(head("Hà Giang", "KẾT QUẢ OCOP NĂM 2024") + [
        LABEL_UNIT_HEADER + ["Năm 2024", "Còn hiệu lực đến 31/12/2024"],
        ["1", "Tổng số sản phẩm OCOP", "Sản phẩm", 58, 241], [None, "- 4 sao", "Sản phẩm", 8, 33]]))
    assert got.get(("ocop_products_total", "2024-12-31")) == 241
    assert got.get(("ocop_products_4star_total", "2024-12-31")) == 33
    assert ("ocop_products_4star", "2024-12-31") not in got and got.get(("ocop_products_4star", "2024")) == 8


@pytest.mark.parametrize("col", ["Lũy kế đến 30/6/2025", "Tính đến 30/6/2025"])
def test_probe_the_to_date_columns_read_as_before(col):
    got = _read(_ocop(["Năm 2024", "6 tháng đầu năm 2025", col], [58, 23, 241]))
    assert got == {("ocop_products", "2024"): 58, ("ocop_products", "2025-S1"): 23,
                   ("ocop_products_total", "2025-06-30"): 241}, col


def test_probe_valid_until_a_day_after_the_report_is_no_stock():
    """'Còn hiệu lực đến 30/6/2027' in a report on 2024: when the recognitions run out, never the stock at 2027."""
    got = _read(_ocop(["Năm 2024", "Còn hiệu lực đến 30/6/2027"], [58, 241], title="KẾT QUẢ OCOP NĂM 2024"))
    assert got == {("ocop_products", "2024"): 58}


def test_a_flow_with_no_stock_under_the_column_keeps_its_year():
    """REFUSED: 'Nhiệm vụ KH&CN được nghiệm thu | 12 | 40' under 'Năm 2024 | Còn hiệu lực đến 31/12/2024' was two
    values of 2024's tasks (base39): tasks have no count valid at a date — the column set aside, the year kept."""
    got = _read(_ocop(["Năm 2024", "Còn hiệu lực đến 31/12/2024"], [12, 40], title="KẾT QUẢ NĂM 2024",
                      label="Nhiệm vụ KH&CN được nghiệm thu"))
    assert got == {("tasks_accepted", "2024"): 12}


def test_probe_a_bare_validity_header_names_no_date():
    """'Hiệu lực đến' (a list's column of expiry dates) is no stock column: the row keeps its year alone."""
    got = _read(_ocop(["Năm 2024", "Hiệu lực đến"], [58, 241], title="KẾT QUẢ OCOP NĂM 2024"))
    assert got == {("ocop_products", "2024"): 58}


# --- 2. "Khu vực <former province> (cũ)" down the merged province's rows ---------------------------------------------

_PHU_THO = "KẾT QUẢ MỘT SỐ CHỈ TIÊU KH&CN 6 THÁNG ĐẦU NĂM 2026 PHÂN THEO KHU VỰC"


def _areas(names: list, title: str = _PHU_THO, header: str = "Khu vực", figures=(6, 8, 3)):
    rows = head("Phú Thọ", title) + [["STT", header, "Nhiệm vụ KH&CN được nghiệm thu (nhiệm vụ)",
                                      "Sản phẩm OCOP được công nhận (sản phẩm)"]]
    for i, (name, v) in enumerate(zip(names, figures)):
        rows.append([str(i + 1), name, v, 2 * v])
    rows.append([None, "Toàn tỉnh", sum(figures), 2 * sum(figures)])
    return examine(rows)


_FORMERS = ["Phú Thọ (cũ)", "Vĩnh Phúc (cũ)", "Hòa Bình (cũ)"]


@pytest.mark.parametrize("lead", ["Khu vực ", "Vùng ", "Khu vực tỉnh "])
def test_an_area_named_after_a_former_province_is_that_province(lead):
    """REFUSED: the new Phú Thọ's first half of 2026 by 'Khu vực Phú Thọ (cũ)', 'Khu vực Vĩnh Phúc (cũ)', 'Khu vực
    Hòa Bình (cũ)' and 'Toàn tỉnh' under 'Khu vực' was refused whole as holding no indicator (batch 69): 'Khu vực …'
    read as a group of places ('Khu vực miền núi'), the places' column unread. The former province's area is that
    province, as 'Địa bàn' says: the whole is the province's figure, the areas set aside (after the merger)."""
    got = _read(_areas([lead + f for f in _FORMERS]))
    assert got == {("tasks_accepted", "2026-S1"): 17, ("ocop_products", "2026-S1"): 34}, lead


def test_probe_the_former_provinces_alone_read_as_before():
    assert _read(_areas(_FORMERS)) == {("tasks_accepted", "2026-S1"): 17, ("ocop_products", "2026-S1"): 34}


def test_before_the_merger_an_area_reads_as_its_former_province():
    """REFUSED before (no indicator found): in a report on 2024 'Khu vực Vĩnh Phúc (cũ)' is the former Vĩnh Phúc's own figure, as 'Vĩnh Phúc (cũ)' is."""
    title = "KẾT QUẢ MỘT SỐ CHỈ TIÊU KH&CN NĂM 2024 PHÂN THEO KHU VỰC"
    assert facts(_areas(["Khu vực " + f for f in _FORMERS], title=title)) == facts(_areas(_FORMERS, title=title))


@pytest.mark.parametrize("names", [["Khu vực miền núi", "Khu vực đồng bằng", "Khu vực đô thị"],
                                   ["Khu vực Phú Thọ", "Khu vực Vĩnh Phúc", "Khu vực Hòa Bình"],
                                   ["Khu vực phía Bắc (cũ)", "Khu vực phía Nam (cũ)", "Khu vực trung tâm (cũ)"]])
def test_probe_areas_naming_no_former_province_stay_unread(names):
    """Groups of places, names without the merger's note, areas of no province's name: no province's rows — the
    table stays unread as before (no figure of an area stored as the province's)."""
    got = _areas(names)
    assert not got.accepted and got.facts.empty, names


# --- 3. a PII table's pillars under "Điểm các trụ cột", a rank stating its field -------------------------------------

_PII = "KẾT QUẢ CHỈ SỐ ĐỔI MỚI SÁNG TẠO CẤP ĐỊA PHƯƠNG (PII) CỦA TỈNH SƠN LA NĂM 2024 VÀ NĂM 2025"


def _pii(rows: list, title: str = _PII, cols=("PII 2024", "PII 2025")):
    return examine(head("Sơn La", title) + [["TT", "Nội dung", *cols]] + rows)


def test_pillars_under_a_scores_heading_are_their_scores():
    """MISSED: Sơn La's 'Điểm các trụ cột' over '6.1 | Thể chế' … '6.7 | Tác động' under 'PII 2024 | PII 2025' (batch
    69: 14 scores unread — alone, 'Thể chế' is nearest the pillar's rank and lacks 'xếp hạng')."""
    got = _read(_pii([["6", "Điểm các trụ cột", None, None], ["6.1", "Thể chế", "48,62", "52,15"],
                      ["6.2", "Vốn con người và nghiên cứu và phát triển", "19,35", "22,80"],
                      ["6.7", "Tác động", "37,88", "41,71"]]))
    assert got == {("pii_institutions_score", "2024"): 48.62, ("pii_institutions_score", "2025"): 52.15,
                   ("pii_human_capital_score", "2024"): 19.35, ("pii_human_capital_score", "2025"): 22.8,
                   ("pii_impact_score", "2024"): 37.88, ("pii_impact_score", "2025"): 41.71}


def test_a_rank_stating_its_field_is_the_index_rank_in_that_field():
    """MISSED: 'Xếp hạng trên 34 tỉnh, thành phố | - | 27' under the 63 one (read with the title's 'PII'): PII 2025's
    rank on 34 was unread (batch 69)."""
    got = _read(_pii([["2", "Xếp hạng trên 63 tỉnh, thành phố", 49, "-"],
                      ["3", "Xếp hạng trên 34 tỉnh, thành phố", "-", 27]]))
    assert got == {("pii_rank", "2024"): 49, ("pii_rank_34", "2025"): 27}


def test_probe_pillar_ranks_under_a_ranks_heading_read_as_before():
    got = _read(_pii([["6", "Xếp hạng các trụ cột", None, None], ["6.1", "Thể chế", 40, 20]]))
    assert got == {("pii_institutions_rank", "2024"): 40, ("pii_institutions_rank_34", "2025"): 20}


@pytest.mark.parametrize("rows,title,cols", [
    ([["6", "Các trụ cột", None, None], ["6.1", "Thể chế", "48,62", "52,15"]], _PII, ("PII 2024", "PII 2025")),
    ([["6", "Điểm các trụ cột", None, None], ["6.1", "Thể chế", "48,62", "52,15"]],
     "KẾT QUẢ CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI) NĂM 2024 VÀ NĂM 2025", ("PCI 2024", "PCI 2025")),
    ([["6", "Điểm các trụ cột", None, None], ["6.1", "Số doanh nghiệp", 48, 52]], _PII, ("PII 2024", "PII 2025")),
    ([["3", "Xếp hạng trên 34 tỉnh, thành phố", "-", 27]],
     "KẾT QUẢ CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI) NĂM 2024 VÀ NĂM 2025", ("DTI 2024", "DTI 2025"))])
def test_probe_no_pii_score_without_the_heading_the_title_or_a_pillar(rows, title, cols):
    """A heading that says no score, another index's table, a row naming no pillar: nothing of the PII stored."""
    got = _pii(rows, title=title, cols=cols)
    assert not got.accepted or not any(i.startswith("pii") for (_, _, i, _, _) in facts(got)), reasons(got)


@pytest.mark.parametrize("title,want", [
    ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 6 THÁNG ĐẦU NĂM 2026", {("25", "ocop_products", "2026-S1"): 18}),
    ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024", {("25", "ocop_products", "2024"): 5, ("26", "ocop_products", "2024"): 6,
                                                  ("17", "ocop_products", "2024"): 7})])
def test_probe_areas_as_columns_read_as_before(title, want):
    """'Khu vực Phú Thọ (cũ) | Khu vực Vĩnh Phúc (cũ) | Khu vực Hòa Bình (cũ) | Toàn tỉnh' across: the whole after the
    merger, each former province's own before it (as on base39)."""
    cols = ["Khu vực Phú Thọ (cũ)", "Khu vực Vĩnh Phúc (cũ)", "Khu vực Hòa Bình (cũ)", "Toàn tỉnh"]
    got = taken(examine(head("Phú Thọ", title) + [LABEL_UNIT_HEADER + cols,
                                                  ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 5, 6, 7, 18]]))
    assert {(p, i, per): v for (p, _, i, per, _), v in got.items()} == want


# --- 4. rows naming a flow under a heading of what is still valid ---------------------------------------------------

def _under_heading(heading: str, rows: list):
    return examine(head("Hà Giang", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
        LABEL_UNIT_HEADER + ["Năm 2024"], ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12], [None, heading],
        *rows])


@pytest.mark.parametrize("heading", ["Sản phẩm OCOP còn hiệu lực đến 31/12/2024:", "II. SẢN PHẨM OCOP CÒN HIỆU LỰC CÔNG NHẬN",
                                     "Sản phẩm OCOP còn thời hạn công nhận"])
def test_a_flow_named_under_a_validity_heading_is_not_the_years_flow(heading):
    """WRONG (found probing class 1): 'Sản phẩm OCOP 4 sao | 33' under 'Sản phẩm OCOP còn hiệu lực đến 31/12/2024:'
    was stored as the 4-star products recognized in 2024 (base39): the heading says the rows count what is still
    valid — set aside, never the year's products."""
    got = _read(_under_heading(heading, [["a", "Sản phẩm OCOP 4 sao", "sản phẩm", 33]]))
    assert got == {("tasks_accepted", "2024"): 12}, heading


def test_probe_a_stars_part_under_the_validity_heading_is_its_stock():
    got = _read(_under_heading("Sản phẩm OCOP còn hiệu lực đến 31/12/2024:", [["", "- 4 sao", "sản phẩm", 33]]))
    assert got == {("tasks_accepted", "2024"): 12, ("ocop_products_4star_total", "2024-12-31"): 33}


@pytest.mark.parametrize("heading", ["II. CHƯƠNG TRÌNH OCOP", "II. SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN"])
def test_probe_a_programme_heading_keeps_the_years_flow(heading):
    """A programme's or the recognition's heading says nothing of validity: the row is the year's 4-star products."""
    got = _read(_under_heading(heading, [["a", "Sản phẩm OCOP 4 sao", "sản phẩm", 33]]))
    assert got == {("tasks_accepted", "2024"): 12, ("ocop_products_4star", "2024"): 33}, heading
