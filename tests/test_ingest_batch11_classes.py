"""What the eleventh blind batch of the workbook corpus revealed, one class per test (README "Whole
reports, scored as the held-out set is"): ordinary reports of the Mekong delta and the northern
midlands, each built here, marked as test data, and read by `etl.ingest.examine` as an upload is.
A statistician's reading is the expectation."""
from __future__ import annotations

import io

import openpyxl

from etl import ingest
from tests.fixtures.reports import MARK, facts as _facts, head as _head, xlsx as _xlsx


def test_tasks_whose_list_was_approved_are_not_the_new_tasks():
    """"Nhiệm vụ được phê duyệt danh mục mới (chưa ký hợp đồng)": the list approved, nothing
    contracted or started yet — it was stored as the new tasks contracted (a wrong number)."""
    result = ingest.examine(_xlsx(_head("Vĩnh Long", "Số liệu hoạt động KH&CN năm 2023") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Số liệu"],
        [1, "Đề tài, dự án KH&CN các cấp đang triển khai", "đề tài, dự án", 46],
        [2, "Nhiệm vụ được phê duyệt danh mục mới (chưa ký hợp đồng)", "nhiệm vụ", 11],
        [3, "Nhiệm vụ cấp tỉnh được phê duyệt danh mục mới", "nhiệm vụ", 7],
        [4, "Số ĐT/DA mở mới trong năm", "ĐT/DA", 9],
    ]), "vinhlong_2023.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = _facts(result)
    assert got[("86", "63", "tasks_managed", "2023", "actual")] == 46
    assert got[("86", "63", "tasks_new", "2023", "actual")] == 9
    assert ("86", "63", "tasks_new_provincial", "2023", "actual") not in got


def test_a_change_of_a_score_is_not_the_score():
    """A tidy PII sheet gives each province's score and, below it, "PII score change vs. PII 2023"
    (+1,35 points): the change was read as a second score and refused an honest file as two
    values for one fact."""
    result = ingest.examine(_xlsx([
        ["PII 2024 — Mekong Delta provinces. " + MARK],
        ["Province code", "Province", "PII edition", "Indicator", "Unit", "Value"],
        ["92", "Cần Thơ", 2024, "PII score", "points", 49.82],
        ["92", "Cần Thơ", 2024, "PII score change vs. PII 2023", "points", 1.35],
        ["86", "Vĩnh Long", 2024, "PII score", "points", 39.60],
        ["86", "Vĩnh Long", 2024, "Chênh lệch điểm PII so với PII 2023", "points", -0.62],
    ], title="PII2024"), "mekong_pii_2024.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = _facts(result)
    assert got[("92", "63", "pii_score", "2024", "actual")] == 49.82
    assert got[("86", "63", "pii_score", "2024", "actual")] == 39.6
    assert len(got) == 2


def test_pii_sub_indices_and_pillars_named_in_english():
    """"Input sub-index", "Output sub-index", "Pillar 1 – Institutions: score | rank": the PII's own
    English names, read as the Vietnamese ones are (all were ignored)."""
    result = ingest.examine(_xlsx([
        [MARK],
        ["Province code", "Province", "Year", "Indicator", "Unit", "Value"],
        ["91", "Kiên Giang", 2024, "PII rank (out of 63)", "rank", 37],
        ["91", "Kiên Giang", 2024, "Input sub-index", "points", 37.55],
        ["91", "Kiên Giang", 2024, "Output sub-index", "points", 36.39],
        ["91", "Kiên Giang", 2024, "Pillar 1 – Institutions: score", "points", 47.25],
        ["91", "Kiên Giang", 2024, "Pillar 1 – Institutions: rank", "rank", 22],
    ], title="PII"), "pii_2024.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = _facts(result)
    assert got[("91", "63", "pii_rank", "2024", "actual")] == 37
    assert got[("91", "63", "pii_input_score", "2024", "actual")] == 37.55
    assert got[("91", "63", "pii_output_score", "2024", "actual")] == 36.39
    assert got[("91", "63", "pii_institutions_score", "2024", "actual")] == 47.25
    assert got[("91", "63", "pii_institutions_rank", "2024", "actual")] == 22


def _sheet_per_former_province() -> bytes:
    wb = openpyxl.Workbook()
    data = {"Phú Thọ": (98, 57), "Vĩnh Phúc": (74, 40), "Hòa Bình": (59, 44)}
    for i, (name, (tasks, ocop)) in enumerate(data.items()):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = name
        for row in [["UBND TỈNH PHÚ THỌ"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], [],
                    [f"SỐ LIỆU KH&CN NĂM 2024 CỦA TỈNH {name.upper()} (TRƯỚC SẮP XẾP)"], [],
                    ["TT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
                    [1, "Số nhiệm vụ KH&CN được quản lý", "nhiệm vụ", tasks],
                    [2, "Sản phẩm OCOP công nhận trong năm", "sản phẩm", ocop]]:
            ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_a_title_naming_whose_figures_outranks_the_issuing_body():
    """The merged Phú Thọ's department compiles 2024 for its three former provinces, one sheet
    each, every sheet headed "UBND TỈNH PHÚ THỌ" and titled "… CỦA TỈNH VĨNH PHÚC (TRƯỚC SẮP
    XẾP)": the figures are Vĩnh Phúc's (all three sheets were read as Phú Thọ's and the file refused
    as two values for one fact)."""
    result = ingest.examine(_sheet_per_former_province(), "phutho_moi_2024_ba_tinh_cu.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = _facts(result)
    assert got[("25", "63", "tasks_managed", "2024", "actual")] == 98
    assert got[("26", "63", "tasks_managed", "2024", "actual")] == 74
    assert got[("17", "63", "tasks_managed", "2024", "actual")] == 59
    assert got[("26", "63", "ocop_products", "2024", "actual")] == 40
    assert got[("17", "63", "ocop_products", "2024", "actual")] == 44


def test_a_group_headers_count_unit_is_what_its_columns_count():
    """Provinces as rows, indicators as columns under grouped headers: "OCOP (sản phẩm)" over
    "Công nhận mới | Trong đó 4 sao" counts OCOP products (the unit was dropped as a unit, leaving
    an OCOP "công nhận mới" no indicator fits)."""
    result = ingest.examine(_xlsx([
        ["VĂN PHÒNG GIAO BAN KH&CN VÙNG ĐBSCL"],
        [MARK],
        ["SỐ LIỆU KH&CN NĂM 2023 CÁC TỈNH, THÀNH PHỐ VÙNG ĐỒNG BẰNG SÔNG CỬU LONG"],
        [],
        ["TT", "Tỉnh, thành phố", "OCOP (sản phẩm)", None, "Nhiệm vụ KH&CN (NV)"],
        [None, None, "Công nhận mới", "Trong đó 4 sao", "Nghiệm thu"],
        [1, "TP. Cần Thơ", 42, 9, 34],
        [2, "Hậu Giang", 38, 6, 14],
    ], merges=("A5:A6", "B5:B6", "C5:D5")), "dbscl_2023.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = _facts(result)
    assert got[("92", "63", "ocop_products", "2023", "actual")] == 42
    assert got[("93", "63", "ocop_products", "2023", "actual")] == 38
    assert got[("92", "63", "ocop_products_4star", "2023", "actual")] == 9
    assert got[("93", "63", "tasks_accepted", "2023", "actual")] == 14


def test_a_sum_of_moneys_unit_in_a_group_header_converts():
    """"Kinh phí (triệu đồng)" over an indicator column "Chi NSNN cho KH&CN": the column reads
    "Kinh phí (triệu đồng) Chi NSNN cho KH&CN", its unit inside, not at its end — 96.400 triệu đồng
    were stored as 96.400 tỷ đồng (a wrong number). Two different sums of money inside set the
    cells aside."""
    result = ingest.examine(_xlsx([
        ["VĂN PHÒNG GIAO BAN KH&CN VÙNG ĐBSCL"],
        [MARK],
        ["SỐ LIỆU KH&CN NĂM 2023 CÁC TỈNH VÙNG ĐỒNG BẰNG SÔNG CỬU LONG"],
        [],
        ["TT", "Tỉnh, thành phố", "Nhiệm vụ KH&CN đang thực hiện", "Kinh phí (triệu đồng)",
         "Kinh phí (tỷ đồng)"],
        [None, None, None, "Chi NSNN cho KH&CN", "KP NSNN cho nhiệm vụ KH&CN (nghìn đồng)"],
        [1, "TP. Cần Thơ", 118, 96400, 1],
        [2, "Hậu Giang", 52, 31200, 2],
    ], merges=("A5:A6", "B5:B6", "C5:C6")), "dbscl_2023.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = _facts(result)
    assert got[("92", "63", "st_budget", "2023", "actual")] == 96.4
    assert got[("93", "63", "st_budget", "2023", "actual")] == 31.2
    assert got[("93", "63", "tasks_managed", "2023", "actual")] == 52
    assert not [k for k in got if k[2] == "tasks_funding_state"]


def test_a_note_on_the_plan_column_does_not_make_the_row_a_plan():
    """"Chi NSNN cho KH&CN (KH: dự toán giao đầu năm)" in a form with "TH năm trước | KH | TH"
    columns: the note says the plan column is the allocation; the TH figures are what was spent
    (the row was ignored as a plan). A row that is itself an allocation stays a plan."""
    result = ingest.examine(_xlsx(_head("Bến Tre", "Biểu tổng hợp các chỉ tiêu KH&CN năm 2023") + [
        ["STT", "Chỉ tiêu", "ĐVT", "TH năm 2022", "KH năm 2023", "TH năm 2023"],
        ["1", "Chi NSNN cho KH&CN (KH: dự toán giao đầu năm)", "tỷ đồng", 52.4, 55.0, 53.9],
        ["2", "Kinh phí sự nghiệp KH&CN (dự toán)", "tỷ đồng", 60.0, 61.0, 62.0],
    ]), "bentre_2023.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = _facts(result)
    assert got[("83", "63", "st_budget", "2023", "actual")] == 53.9
    assert got[("83", "63", "st_budget", "2022", "actual")] == 52.4
    assert got[("83", "63", "st_budget", "2023", "plan")] == 55.0
    assert len([k for k in got if k[2] == "st_budget"]) == 3


def test_office_abbreviations_of_batch_11():
    """"Số người làm NCKH" (nghiên cứu khoa học), "Cấp GCN quyền sử dụng CDĐL" (giấy chứng nhận),
    "DN được hỗ trợ đổi mới CN" (công nghệ after "đổi mới"), "NHTT được cấp văn bằng (lũy kế)" (a
    protection title granted), "Tổ chức, cá nhân được hỗ trợ đăng ký SHTT": each was ignored or
    only suggested."""
    result = ingest.examine(_xlsx(_head("Thái Nguyên", "Một số chỉ tiêu KH&CN năm 2024") + [
        ["TT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
        [1, "Số người làm NCKH", "người", 1385],
        [2, "Cấp GCN quyền sử dụng CDĐL \"Thái Nguyên\" cho sản phẩm chè", "GCN", 14],
        [3, "DN được hỗ trợ đổi mới CN, ứng dụng KH&CN", "DN", 18],
        [4, "NHTT được cấp văn bằng (lũy kế)", "nhãn hiệu", 21],
        [5, "Tổ chức, cá nhân được hỗ trợ đăng ký SHTT", "tổ chức, cá nhân", 22],
    ]), "thainguyen_2024.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = _facts(result)
    assert got[("19", "63", "researchers", "2024-12-31", "actual")] == 1385
    assert got[("19", "63", "ip_gi_use_certificates", "2024", "actual")] == 14
    assert got[("19", "63", "enterprises_supported", "2024", "actual")] == 18
    assert got[("19", "63", "ip_collective_marks", "2024-12-31", "actual")] == 21
    assert got[("19", "63", "ip_registrations_supported", "2024", "actual")] == 22


def test_a_sum_of_moneys_unit_in_a_period_columns_header_converts():
    """Found while fixing batch 11 (ordinary forms, probed): the unit of money stated in the value
    columns' header — "Năm 2023 (triệu đồng)", or "Kinh phí (triệu đồng)" merged over "Năm 2022 |
    Năm 2023" — was not read: 52.400 triệu đồng were stored as 52.400 tỷ đồng. A row that states
    another unit of its own (its ĐVT cell) under such a header is no one unit: set aside."""
    by_year = ingest.examine(_xlsx(_head("Bến Tre", "Chi NSNN cho KH&CN năm 2023") + [
        ["STT", "Nội dung", "Năm 2022 (triệu đồng)", "Năm 2023 (triệu đồng)"],
        ["1", "Chi NSNN cho KH&CN", 52400, 53900],
    ]), "bentre_2023.xlsx")
    grouped = ingest.examine(_xlsx(_head("Bến Tre", "Chi NSNN cho KH&CN năm 2023") + [
        ["STT", "Nội dung", "Kinh phí (triệu đồng)", None],
        [None, None, "Năm 2022", "Năm 2023"],
        ["1", "Chi NSNN cho KH&CN", 52400, 53900],
    ], merges=("A6:A7", "B6:B7", "C6:D6")), "bentre_2023.xlsx")
    for result in (by_year, grouped):
        assert result.accepted, [p.message_vi for p in result.problems]
        got = _facts(result)
        assert got[("83", "63", "st_budget", "2022", "actual")] == 52.4
        assert got[("83", "63", "st_budget", "2023", "actual")] == 53.9
    conflict = ingest.examine(_xlsx(_head("Bến Tre", "Chỉ tiêu KH&CN năm 2023") + [
        ["STT", "Nội dung", "ĐVT", "Năm 2023 (triệu đồng)"],
        ["1", "Chi NSNN cho KH&CN", "tỷ đồng", 53.9],
        ["2", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 62],
    ]), "bentre_2023.xlsx")
    assert conflict.accepted, [p.message_vi for p in conflict.problems]
    assert _facts(conflict) == {}
    assert {i.rule for i in conflict.ignored if i.cell in ("D7", "D8")} == {"unit"}


def test_a_row_of_units_under_the_indicator_columns():
    """Provinces (or years) as rows, indicators as columns, and under the header a row of units
    ("ĐVT | nhiệm vụ | triệu đồng"): each column's unit, as a unit column is a row's — 96.400
    triệu đồng were stored as 96.400 tỷ đồng; and a header "Chi NSNN cho KH&CN, triệu đồng"
    (no parentheses) states its unit too."""
    units_row = ingest.examine(_xlsx([
        ["SỐ LIỆU KH&CN NĂM 2023 CÁC TỈNH VÙNG ĐỒNG BẰNG SÔNG CỬU LONG"], [MARK], [],
        ["TT", "Tỉnh, thành phố", "Nhiệm vụ KH&CN đang thực hiện", "Chi NSNN cho KH&CN"],
        [None, "ĐVT", "nhiệm vụ", "triệu đồng"],
        [1, "TP. Cần Thơ", 118, 96400],
        [2, "Hậu Giang", 52, 31200],
    ]), "dbscl_2023.xlsx")
    years = ingest.examine(_xlsx(_head("Cà Mau", "Số liệu KH&CN qua các năm") + [
        ["Năm", "Nhiệm vụ KH&CN được quản lý", "Chi NSNN cho KH&CN, triệu đồng"],
        [2022, 53, 41200],
        [2023, 55, 43800],
    ]), "camau.xlsx")
    in_header = ingest.examine(_xlsx([
        ["SỐ LIỆU KH&CN NĂM 2023 CÁC TỈNH VÙNG ĐỒNG BẰNG SÔNG CỬU LONG"], [MARK], [],
        ["TT", "Tỉnh, thành phố", "Nhiệm vụ KH&CN đang thực hiện", "Chi NSNN cho KH&CN"],
        [None, "ĐVT", "nhiệm vụ", "triệu đồng"],
        [1, "TP. Cần Thơ", 118, 96400],
        [2, "Hậu Giang", 52, 31200],
    ], merges=("A4:A5",)), "dbscl_2023.xlsx")
    assert units_row.accepted and years.accepted
    # NOTE: "TT" merged over two rows takes the units' row into the header: "ĐVT" under "Tỉnh,
    # thành phố" says nothing of that column (it hid the provinces' column: the file was refused)
    assert in_header.accepted, [p.message_vi for p in in_header.problems]
    for result in (units_row, in_header):
        got = _facts(result)
        assert got[("92", "63", "st_budget", "2023", "actual")] == 96.4
        assert got[("93", "63", "tasks_managed", "2023", "actual")] == 52
    got = _facts(years)
    assert got[("96", "63", "st_budget", "2022", "actual")] == 41.2
    assert got[("96", "63", "tasks_managed", "2023", "actual")] == 55


def test_a_tidy_value_column_with_its_unit():
    """A tidy export whose value column says its unit, "Giá trị (triệu đồng)": the column was not
    recognized (nothing read); now read and converted."""
    result = ingest.examine(_xlsx([
        [MARK],
        ["Mã tỉnh", "Tỉnh", "Năm", "Chỉ tiêu", "Giá trị (triệu đồng)"],
        ["83", "Bến Tre", 2023, "Chi NSNN cho KH&CN", 53900],
        ["83", "Bến Tre", 2022, "Chi NSNN cho KH&CN", 52400],
    ]), "bentre_tidy.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = _facts(result)
    assert got[("83", "63", "st_budget", "2023", "actual")] == 53.9
    assert got[("83", "63", "st_budget", "2022", "actual")] == 52.4
