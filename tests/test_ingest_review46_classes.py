"""review46 (issue #8, a wrong number is worse than a missing one): an adversarial review of the session's new rules
found readings that stored a WRONG number where main had refused the file or read nothing; each closed here, with
probes where the reading stays. (1) "label: figure" pairs under a row heading the figures' column ("Chỉ tiêu | Cùng
kỳ") were read as lines — last year's figures stored as this year's; (2) lines under a title of a target, a pledge, a
proposal or an estimate ("MỤC TIÊU KH&CN NĂM 2025", "ƯỚC THỰC HIỆN NĂM 2024") were the year's reported actuals — in two
cells since recall48, in one cell before; (3) field names "SoSPOCOP_DK" (registered) and "SoSPOCOP_LK" (to date) were
the products recognised each year. (The budget total over lines that are no declared part: tests/test_ingest_blind90_
classes.py.) Every workbook is built in memory with `tests.fixtures.reports`, marked as test data, and read by
`etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, facts

HA_TINH = "42"
LINES = [["Nhiệm vụ KH&CN được nghiệm thu:", 12], ["Sản phẩm OCOP được công nhận:", 20]]


def _lines(title: str, rows: list[list]) -> dict:
    """Hà Tĩnh's sheet of `rows` under `title`: {(indicator, period, measure): value} of what an upload stores."""
    got = facts(examine([["UBND TỈNH HÀ TĨNH"], [MARK], [title], [], *rows]))
    return {(i, per, m): v for (p, _, i, per, m), v in got.items() if p == HA_TINH}


@pytest.mark.parametrize("heading", ["Cùng kỳ", "Đăng ký", "Cam kết", "Số liệu cấp huyện"])
def test_pairs_under_a_heading_of_their_column_are_no_lines(heading):
    """WRONG NUMBERS (combo57): "Chỉ tiêu | Cùng kỳ" over "Nhiệm vụ KH&CN được nghiệm thu | 12": the pairs were read as
    lines "label: figure", their column's heading unseen — last year's 12 (the registered, the pledged) stored as 2025's
    tasks accepted (etl/walk.py _pair_as_line)."""
    rows = [["Chỉ tiêu", heading], *([label.rstrip(":"), v] for label, v in LINES)]
    assert _lines("SỐ LIỆU KH&CN TỈNH HÀ TĨNH NĂM 2025", rows) == {}


def test_probe_pairs_under_a_plain_heading_are_read_as_its_table_and_pairs_alone_as_lines():
    """A plain heading ("Chỉ tiêu | Số liệu") is the table's, read as before; pairs with no heading, as lines."""
    want = {("tasks_accepted", "2025", "actual"): 12, ("ocop_products", "2025", "actual"): 20}
    rows = [["Chỉ tiêu", "Số liệu"], *([label.rstrip(":"), v] for label, v in LINES)]
    assert _lines("SỐ LIỆU KH&CN TỈNH HÀ TĨNH NĂM 2025", rows) == want
    assert _lines("SỐ LIỆU KH&CN TỈNH HÀ TĨNH NĂM 2025", LINES) == want


@pytest.mark.parametrize("title", ["MỤC TIÊU KH&CN NĂM 2025", "CHỈ TIÊU GIAO NĂM 2025", "ĐĂNG KÝ THI ĐUA NĂM 2025",
                                   "ĐỀ XUẤT NĂM 2025", "ƯỚC THỰC HIỆN NĂM 2025", "Sở KH&CN Hà Tĩnh — dự kiến năm 2025"])
@pytest.mark.parametrize("one_cell", [False, True], ids=["two-cells", "one-cell"])
def test_lines_under_a_targets_pledges_proposals_or_estimates_title_are_no_actuals(title, one_cell):
    """WRONG NUMBERS: lines under a title that opens with a target's, a pledge's, a proposal's or an estimate's words
    were stored as 2025's reported actual figures — in two cells (recall48's pairs) and in one cell (on main too)
    (metrics/abbreviations.toml not_done_title_openers, with plan_words)."""
    rows = [[f"{label} {v}"] for label, v in LINES] if one_cell else LINES
    assert _lines(title, rows) == {}


@pytest.mark.parametrize("title", ["SỐ LIỆU KH&CN TỈNH HÀ TĨNH NĂM 2025", "KẾT QUẢ THỰC HIỆN MỤC TIÊU KH&CN NĂM 2025",
                                   "BÁO CÁO KẾT QUẢ NĂM 2025 VÀ KẾ HOẠCH NĂM 2026"])
def test_probe_lines_under_a_results_title_are_read(title):
    """A title of results — also one carrying out a target, or results beside next year's plan — keeps its lines."""
    assert _lines(title, [[f"{label} {v}"] for label, v in LINES]) == {
        ("tasks_accepted", "2025", "actual"): 12, ("ocop_products", "2025", "actual"): 20}


@pytest.mark.parametrize("field", ["SoSPOCOP_DK", "SoSPOCOP_LK"])
def test_a_field_names_registered_or_to_date_mark_is_no_years_recognised_products(field):
    """WRONG NUMBERS (combo57): "SoSPOCOP_DK" (đăng ký: registered) and "SoSPOCOP_LK" (lũy kế: to date) under "Nam" were
    each year's products recognised (metrics/abbreviations.toml field_name_abbreviations)."""
    got = facts(examine([["Nam", field, "SoNhiemVuNghiemThu"], [2023, 41, 7], [2024, 45, 9], [MARK]],
                        name="hatinh_export.xlsx"))
    assert not any(k[2] == "ocop_products" for k in got)
    assert got[(HA_TINH, "63", "tasks_accepted", "2024", "actual")] == 9


def test_probe_the_glued_field_name_alone_is_the_years_products():
    """"SoSPOCOP" alone stays each year's products recognised (recall48)."""
    got = facts(examine([["Nam", "SoSPOCOP", "SoNhiemVuNghiemThu"], [2023, 41, 7], [2024, 45, 9], [MARK]],
                        name="hatinh_export.xlsx"))
    assert got[(HA_TINH, "63", "ocop_products", "2024", "actual")] == 45


def _stars_by_district(title: str) -> dict:
    rows = [["UBND TỈNH HÀ TĨNH"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], [title], [],
            ["Địa phương", "3 sao", "4 sao", "5 sao"], ["Huyện Can Lộc", 3, 1, 0], ["Huyện Thạch Hà", 5, 2, 0],
            ["Tổng cộng", 8, 3, 0]]
    return {k[2]: v for k, v in facts(examine(rows)).items() if k[0] == HA_TINH}


@pytest.mark.parametrize("kind", ["XUẤT KHẨU", "NÂNG HẠNG", "TÁI ĐÁNH GIÁ", "ĐƯỢC HỖ TRỢ", "DỰ KIẾN"])
def test_bare_stars_under_a_title_of_other_products_are_no_recognised_ones(kind):
    """WRONG NUMBERS (combo57): "3 sao | 4 sao | 5 sao" by district under "SẢN PHẨM OCOP XUẤT KHẨU NĂM 2024 TỈNH HÀ TĨNH"
    (upgraded, re-assessed, supported, expected) were stored as the province's products recognised by star
    (metrics/abbreviations.toml ocop_title_other_products_words, etl/walk.py _title_other_products)."""
    assert not any(k.startswith("ocop_products") for k in _stars_by_district(f"SẢN PHẨM OCOP {kind} NĂM 2024 TỈNH HÀ TĨNH"))


def test_probe_bare_stars_under_the_recognised_products_title_are_read():
    """The same table under "SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN NĂM 2024 TỈNH HÀ TĨNH": each star read (recall48)."""
    assert _stars_by_district("SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN NĂM 2024 TỈNH HÀ TĨNH") == {
        "ocop_products_3star": 8, "ocop_products_4star": 3, "ocop_products_5star": 0}


def test_a_pair_line_is_cited_at_its_figure():
    """A label–figure pair read as a line names the figure's cell (B6), not the label's."""
    result = examine([["UBND TỈNH HÀ TĨNH"], [MARK], ["SỐ LIỆU KH&CN TỈNH HÀ TĨNH NĂM 2025"], [], *LINES])
    assert dict(zip(result.facts.indicator, result.facts.cell)) == {"tasks_accepted": "B5", "ocop_products": "B6"}


def test_probe_the_programmes_name_in_a_title_is_no_commune():
    """LOST on the way (review46's title guard, caught by the corpus): "CHƯƠNG TRÌNH MỖI XÃ MỘT SẢN PHẨM (OCOP)" in title
    case was read as the commune "Xã Một Sản Phẩm", and the products re-recognised under it (named only with the title)
    were unread — "mỗi xã" is every commune (etl/labels.py place_below_province)."""
    from etl import labels

    title = "KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH MỖI XÃ MỘT SẢN PHẨM (OCOP) TỈNH YÊN BÁI GIAI ĐOẠN 2022 - 2024"
    assert labels.place_below_province(title.title()) is None
    assert labels.place_below_province("Kết quả OCOP huyện Lục Yên") == "huyện Lục Yên"
    rows = [["UBND TỈNH YÊN BÁI"], [MARK], [title], [],
            ["Năm", "Số sản phẩm OCOP được công nhận", "Sản phẩm được công nhận lại", "Sản phẩm nâng hạng sao"],
            ["Năm 2022", 38, 14, 3], ["Năm 2023", 41, 27, 2]]
    got = {(k[2], k[3]): v for k, v in facts(examine(rows)).items()}
    assert got[("ocop_products_rerecognized", "2023")] == 27 and got[("ocop_products", "2023")] == 41
