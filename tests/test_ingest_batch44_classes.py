"""What the forty-fourth blind batch of the workbook corpus revealed (the Red River Delta's north-east and
the north-west as the department's year-end summary appendix workbook, one sheet per area), one class per
test: each report is built here, marked as test data, and read by `etl.ingest.examine` as an upload is. A
statistician's reading is the expectation; beside each rule, probes where it must not fire."""
from __future__ import annotations

from tests.fixtures.reports import MARK, examine, facts, taken


def _appendix(agency: str, title: str, header_rows: list[list], rows: list[list], unit_line: str | None = None):
    """An appendix sheet as the year-end workbook's "PL…" sheets are typed: the department, the mark,
    the appendix's title naming the year, an optional unit line at the right, then its header and rows."""
    out = [[agency], [MARK], [], [title]]
    out.append([None, None, None, None, unit_line] if unit_line else [])
    return out + [[]] + header_rows + rows


def _only(got: dict, province: str, indicator: str) -> dict:
    return {k[3:]: v for k, v in got.items() if k[0] == province and k[2] == indicator}


# --- a completion ratio's base abbreviated after "/" ("Tỷ lệ TH/DT (%)") --------------------------------

def _budget(ratio_header: str):
    return examine(_appendix(
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ THÀNH PHỐ HẢI PHÒNG", "PHỤ LỤC 6. KINH PHÍ KHOA HỌC VÀ CÔNG NGHỆ NĂM 2022",
        [["STT", "Nội dung", "Dự toán giao đầu năm", "Thực hiện năm 2022", ratio_header, "Ghi chú"]],
        [["I", "Tổng chi ngân sách nhà nước cho KH&CN", 182500, 176340, 96.6, None],
         ["1", "Chi đầu tư phát triển KH&CN", 60000, 57120, 95.2, None],
         ["2", "Chi sự nghiệp KH&CN", 122500, 119220, 97.3, None]],
        unit_line="Đơn vị tính: triệu đồng"), title="PL6 Kinh phí")


def test_a_ratio_of_done_to_the_budget_estimate_is_no_figure():
    """"Dự toán | Thực hiện năm 2022 | Tỷ lệ TH/DT (%)" under "Đơn vị tính: triệu đồng" (Hải Phòng's PL6,
    batch 44): "TH/DT" is thực hiện over dự toán, a completion ratio — its 96,6 was read as the year's
    budget (0,1 tỷ đồng) and the honest file refused as a duplicate beside its summary sheet. The
    year's actual is 176,34 tỷ đồng, the estimate a plan, the ratio nothing."""
    got = taken(_budget("Tỷ lệ TH/DT (%)"))
    assert _only(got, "31", "st_budget") == {("2022", "actual"): 176.34, ("2022", "plan"): 182.5}


def test_probes_the_budget_ratio_rule_keeps_the_plan_and_the_parts_out():
    """Where the rule must not change a reading: the estimate column stays a plan (never an actual),
    the budget's parts ("Chi đầu tư phát triển", "Chi sự nghiệp") name no indicator, and a ratio spelled
    out ("Thực hiện/Dự toán (%)") is no figure either."""
    for header in ("Tỷ lệ TH/DT (%)", "Thực hiện/Dự toán (%)", "TH/DT", "Dự toán/Thực hiện", "DT/TH (%)"):
        got = taken(_budget(header))
        assert set(got) == {("31", "63", "st_budget", "2022", "actual"), ("31", "63", "st_budget", "2022", "plan")}, header
        assert got[("31", "63", "st_budget", "2022", "actual")] == 176.34, header


# --- OCOP stars as columns beside the total -------------------------------------------------------------

_STARS_HEADER = [["STT", "Nội dung", "Tổng số (sản phẩm)", "Phân hạng", None, None, "Ghi chú"],
                 [None, None, None, "3 sao", "4 sao", "5 sao", None]]
_STARS_MERGES = ("A7:A8", "B7:B8", "C7:C8", "D7:F7", "G7:G8")


def _stars(rows: list[list], title: str = "PHỤ LỤC 3. CHƯƠNG TRÌNH OCOP NĂM 2022", header=None):
    return examine(_appendix("SỞ KHOA HỌC VÀ CÔNG NGHỆ THÀNH PHỐ HẢI PHÒNG", title, header or _STARS_HEADER, rows),
                   merges=_STARS_MERGES, title="PL3 OCOP")


def test_ocop_stars_as_columns_are_the_rows_indicators_parts():
    """"Tổng số (sản phẩm) | Phân hạng: 3 sao | 4 sao | 5 sao" with the indicators as rows (the year-end
    appendix "PL3 OCOP", batch 44: every figure unread, the total's header with its unit in brackets
    and each star naming nothing by itself). Each star column is the row's indicator's part of that
    star: recognized in the year (flows) and still valid at 31/12 (stocks)."""
    got = taken(_stars([
        ["1", "Sản phẩm được công nhận đạt chuẩn OCOP trong năm", 47, 31, 15, 1],
        ["2", "Sản phẩm OCOP còn hiệu lực đến 31/12/2022", 168, 121, 45, 2],
    ]))
    assert _only(got, "31", "ocop_products") == {("2022", "actual"): 47}
    assert _only(got, "31", "ocop_products_3star") == {("2022", "actual"): 31}
    assert _only(got, "31", "ocop_products_4star") == {("2022", "actual"): 15}
    assert _only(got, "31", "ocop_products_5star") == {("2022", "actual"): 1}
    assert _only(got, "31", "ocop_products_total") == {("2022-12-31", "actual"): 168}
    assert _only(got, "31", "ocop_products_4star_total") == {("2022-12-31", "actual"): 45}
    assert _only(got, "31", "ocop_products_5star_total") == {("2022-12-31", "actual"): 2}
    assert len(got) == 8, got


def test_probes_a_star_column_is_no_part_of_another_indicator_a_plan_or_a_district():
    """Where the star rule must not fire: products re-recognized or registered by star (the registry has
    no such parts: only their totals), tasks (no stars), a district's row, and stars under a plan's
    group header ("Kế hoạch năm 2022" over "3 sao | 4 sao") — nothing stored from those cells."""
    got = taken(_stars([
        ["1", "Sản phẩm được đánh giá, công nhận lại", 12, 8, 4, "-"],
        ["2", "Sản phẩm đăng ký tham gia Chương trình OCOP", 30, 18, 12, None],
        ["3", "Nhiệm vụ KH&CN được nghiệm thu", 20, 5, 10, 5],
    ]))
    assert got == {("31", "63", "ocop_products_rerecognized", "2022", "actual"): 12,
                   ("31", "63", "ocop_products_registered", "2022", "actual"): 30,
                   ("31", "63", "tasks_accepted", "2022", "actual"): 20}, got
    district = facts(_stars([["1", "Sản phẩm OCOP được công nhận", 47, 31, 15, 1],
                             ["-", "Huyện Thủy Nguyên", 9, 6, 3, None]]))
    assert not any("star" in k[2] and v in (6, 3) for k, v in district.items()), district
    assert district.get(("31", "63", "ocop_products_3star", "2022", "actual")) == 31
    plan = facts(_stars([["1", "Sản phẩm OCOP được công nhận", 47, 31, 15, 1]],
                        header=[["STT", "Nội dung", "Tổng số (sản phẩm)", "Kế hoạch năm 2022", None, None, "Ghi chú"],
                                [None, None, None, "3 sao", "4 sao", "5 sao", None]]))
    assert not any(k[2].startswith("ocop_products_") and k[4] == "actual" for k in plan), plan


# --- a former province's territory beside the whole province --------------------------------------------

def _merged(year: int, formers=("Địa bàn Bắc Ninh (cũ)", "Địa bàn Bắc Giang (cũ)")):
    return examine(_appendix(
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BẮC NINH", f"PHỤ LỤC 1. NHIỆM VỤ KH&CN NĂM {year} (TỈNH BẮC NINH SAU SẮP XẾP)",
        [["TT", "Nội dung", "ĐVT", "Toàn tỉnh", *formers, "Ghi chú"]],
        [["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 131, 78, 53, None],
         ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", 88, 35, 53, None]]), title="PL1 Nhiệm vụ KH&CN")


def test_the_whole_province_beside_its_former_provinces_territories():
    """"Toàn tỉnh | Địa bàn Bắc Ninh (cũ) | Địa bàn Bắc Giang (cũ)" under a title on 2025 (the new Bắc
    Ninh's year-end appendix, batch 44: nothing read — "Địa bàn …" named no province to the reader):
    each territory is its former province's share, the whole the new province's 2025."""
    got = taken(_merged(2025))
    assert got == {("24", "34", "tasks_managed", "2025", "actual"): 131,
                   ("24", "34", "ocop_products", "2025", "actual"): 88}, got


def test_probes_a_territory_without_its_former_note_another_provinces_or_before_the_merger():
    """Where the territory rule must not fire: "Địa bàn Bắc Giang" without "(cũ)" (left as written), a
    former province of another merged province ("Địa bàn Hải Dương (cũ)" in Bắc Ninh's report), and the
    merged territory's 2024 (before the merger: the whole is no province's figure) — no share stored as a
    province's whole, no figure of 2024 as the new province's (Bắc Ninh beside Hải Dương is refused for
    the 34-province frame, as "Hải Dương (cũ)" is)."""
    for formers in (("Địa bàn Bắc Ninh", "Địa bàn Bắc Giang"), ("Địa bàn Bắc Ninh (cũ)", "Địa bàn Hải Dương (cũ)")):
        got = facts(_merged(2025, formers))
        assert not any(v in (78, 53, 35) for v in got.values()), (formers, got)
        assert not any(k[0] in ("27", "24", "30") and k[1] == "63" for k in got), (formers, got)
    # 2024: each territory is its former province's own year (as "Bắc Ninh (cũ)" is read), the whole
    # (two provinces summed) nobody's
    before = facts(_merged(2024))
    assert before == {("27", "63", "tasks_managed", "2024", "actual"): 78, ("24", "63", "tasks_managed", "2024", "actual"): 53,
                      ("27", "63", "ocop_products", "2024", "actual"): 35, ("24", "63", "ocop_products", "2024", "actual"): 53}, before
