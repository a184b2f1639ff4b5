"""What the eighth blind batch of the workbook corpus revealed, one class per test (README "Whole
reports, scored as the held-out set is"): each report is built here, marked as test data, and read
by `etl.ingest.examine` as an upload is. A statistician's reading is the expectation."""
from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

import openpyxl
import pytest

from etl import ingest
from tests.fixtures.reports import MARK, examine, facts as _facts, head as _head, taken


def _workbook_bytes(wb) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_the_lowest_header_row_naming_a_measure_says_it():
    """"Kết quả thực hiện" › "Năm 2023" › "Kế hoạch | Thực hiện" (three rows, merged): the "Kế
    hoạch" column is the year's plan, not a second actual (which refused an honest file as two values
    for one fact)."""
    result = examine(_head("Thanh Hóa", "Kết quả thực hiện các chỉ tiêu KH&CN năm 2023") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Kết quả thực hiện", None, None],
        [None, None, None, "Năm 2022", "Năm 2023", None],
        [None, None, None, "Thực hiện", "Kế hoạch", "Thực hiện"],
        ["1", "Tổng số nhiệm vụ KH&CN được quản lý", "Nhiệm vụ", 112, 115, 118],
        ["2", "Số sản phẩm OCOP được công nhận", "Sản phẩm", 96, 100, 108],
    ], merges=("A6:A8", "B6:B8", "C6:C8", "D6:F6", "E7:F7"), name="thanhhoa_2023.xlsx")
    got = taken(result)
    assert got[("38", "63", "tasks_managed", "2023", "actual")] == 118
    assert got[("38", "63", "tasks_managed", "2023", "plan")] == 115
    assert got[("38", "63", "tasks_managed", "2022", "actual")] == 112
    assert got[("38", "63", "ocop_products", "2023", "actual")] == 108


def test_a_part_of_the_year_in_the_middle_header_row():
    """"Năm 2022" › "6 tháng đầu năm" › "Thực hiện": the first half of 2022, never the year (the
    half's figures were stored as the year's: a wrong number); "Kế hoạch năm" beside it stays the
    year's plan."""
    result = examine(_head("Yên Bái", "Kết quả thực hiện nhiệm vụ KH&CN 6 tháng đầu năm 2022") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2022", None, None],
        [None, None, None, "Kế hoạch năm", "6 tháng đầu năm", None],
        [None, None, None, None, "Thực hiện", "So với KH năm (%)"],
        ["1", "Nhiệm vụ KH&CN đang triển khai", "Nhiệm vụ", 48, 44, 91.7],
        ["2", "Sản phẩm OCOP được công nhận", "Sản phẩm", 40, 15, 37.5],
    ], merges=("A6:A8", "B6:B8", "C6:C8", "D6:F6", "D7:D8", "E7:F7"), name="yenbai_6t_2022.xlsx")
    got = taken(result)
    assert got[("15", "63", "tasks_managed", "2022-S1", "actual")] == 44
    assert got[("15", "63", "ocop_products", "2022-S1", "actual")] == 15
    assert ("15", "63", "tasks_managed", "2022", "actual") not in got
    assert got[("15", "63", "tasks_managed", "2022", "plan")] == 48


def _with_hidden_draft_row_and_column() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Chỉ tiêu"
    for row in _head("Hà Tĩnh", "Một số chỉ tiêu KH&CN giai đoạn 2023 - 2024") + [
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2023", "Năm 2024", "2024 (số liệu sơ bộ)"],
        ["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 64, 66, 65],
        ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", 80, 92, 88],
        ["2", "Sản phẩm OCOP được công nhận (số cũ)", "sản phẩm", 78, 85, 85],
        ["3", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 18, 21, 20],
    ]:
        ws.append(row)
    ws.column_dimensions["F"].hidden = True
    ws.row_dimensions[9].hidden = True
    return _workbook_bytes(wb)


def test_hidden_rows_and_columns_are_not_read():
    """A hidden column of draft figures and a hidden old version of a row: a person does not see
    them, so they are neither figures nor a second value of a fact (they refused an honest file);
    each is listed as ignored."""
    result = ingest.examine(_with_hidden_draft_row_and_column(), "hatinh_2023_2024.xlsx")
    got = taken(result)
    assert got[("42", "63", "tasks_managed", "2024", "actual")] == 66
    assert got[("42", "63", "ocop_products", "2024", "actual")] == 92
    assert got[("42", "63", "ocop_products", "2023", "actual")] == 80
    assert got[("42", "63", "tasks_accepted", "2024", "actual")] == 21
    reasons = " ".join(i.reason_vi for i in result.ignored)
    assert "Dòng ẩn" in reasons and "Cột F ẩn" in reasons


def test_a_visible_total_over_hidden_rows_keeps_its_value():
    """Formulas are computed before hidden rows are set aside: "=SUM(D8:D10)" over hidden levels is
    still the total a person reads (and the hidden levels are not read)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Biểu 01"
    for row in _head("Hà Tĩnh", "Kết quả hoạt động KH&CN năm 2024") + [
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2024"],
        ["1", "Tổng số nhiệm vụ KH&CN được quản lý", "nhiệm vụ", "=SUM(D8:D10)"],
        [None, "- Cấp quốc gia", "nhiệm vụ", 2],
        [None, "- Cấp tỉnh", "nhiệm vụ", 30],
        [None, "- Cấp cơ sở", "nhiệm vụ", 12],
    ]:
        ws.append(row)
    for r in (8, 9, 10):
        ws.row_dimensions[r].hidden = True
    result = ingest.examine(_workbook_bytes(wb), "hatinh_2024.xlsx")
    got = taken(result)
    assert got[("42", "63", "tasks_managed", "2024", "actual")] == 44
    assert ("42", "63", "tasks_managed_provincial", "2024", "actual") not in got


def test_hidden_rows_and_columns_of_an_old_xls():
    """The same in an .xls (row and column info of the BIFF file)."""
    xlwt = pytest.importorskip("xlwt")
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Bieu 01")
    rows = _head("Hà Tĩnh", "Một số chỉ tiêu KH&CN giai đoạn 2023 - 2024") + [
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2023", "Năm 2024", "2024 (số liệu sơ bộ)"],
        ["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 64, 66, 65],
        ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", 80, 92, 88],
        ["2", "Sản phẩm OCOP được công nhận (số cũ)", "sản phẩm", 78, 85, 85],
    ]
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is not None:
                ws.write(r, c, v)
    ws.col(5).hidden = True
    ws.row(8).hidden = True
    out = io.BytesIO()
    wb.save(out)
    result = ingest.examine(out.getvalue(), "hatinh_2023_2024.xls")
    got = taken(result)
    assert got[("42", "63", "tasks_managed", "2024", "actual")] == 66
    assert got[("42", "63", "ocop_products", "2024", "actual")] == 92


def _ods(rows: list[list], hidden_rows: set[int], hidden_cols: set[int]) -> bytes:
    """A minimal OpenDocument spreadsheet: text and float cells, rows and columns hidden as
    LibreOffice hides them (table:visibility="collapse")."""
    width = max(len(r) for r in rows)
    collapse = ' table:visibility="collapse"'
    cols = "".join(f"<table:table-column{collapse if c in hidden_cols else ''}/>" for c in range(width))
    body = []
    for r, row in enumerate(rows):
        cells = []
        for v in row:
            if v is None:
                cells.append("<table:table-cell/>")
            elif isinstance(v, (int, float)):
                cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p>'
                             "</table:table-cell>")
            else:
                cells.append(f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p>'
                             "</table:table-cell>")
        vis = collapse if r in hidden_rows else ""
        body.append(f"<table:table-row{vis}>{''.join(cells)}</table:table-row>")
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
               '<office:body><office:spreadsheet><table:table table:name="Biểu 01">'
               f"{cols}{''.join(body)}</table:table></office:spreadsheet></office:body></office:document-content>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content.encode("utf-8"))
    return out.getvalue()


def test_hidden_rows_and_columns_of_an_ods():
    """The same in an .ods (rows and columns with table:visibility="collapse")."""
    rows = _head("Hà Tĩnh", "Một số chỉ tiêu KH&CN giai đoạn 2023 - 2024") + [
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2023", "Năm 2024", "2024 (số liệu sơ bộ)"],
        ["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 64, 66, 65],
        ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", 80, 92, 88],
        ["2", "Sản phẩm OCOP được công nhận (số cũ)", "sản phẩm", 78, 85, 85],
    ]
    result = ingest.examine(_ods(rows, hidden_rows={8}, hidden_cols={5}), "hatinh_2023_2024.ods")
    got = taken(result)
    assert got[("42", "63", "tasks_managed", "2024", "actual")] == 66
    assert got[("42", "63", "ocop_products", "2024", "actual")] == 92


def test_a_web_exports_column_codes():
    """A CSV from a web reporting system: "province_code, province_name, indicator, period,
    data_type, value, unit" (English codes with underscores), "TH"/"KH" rows: the province comes
    from its code (the file was refused as naming no province), plans are plans."""
    text = "\r\n".join([
        "province_code,province_name,indicator,period,data_type,value,unit,note",
        f"46,Thừa Thiên Huế,Số nhiệm vụ KH&CN được quản lý,2024,TH,63,nhiệm vụ,{MARK}",
        "46,Thừa Thiên Huế,Số nhiệm vụ KH&CN được quản lý,2024,KH,60,nhiệm vụ,",
        "46,Thừa Thiên Huế,Số sản phẩm OCOP được công nhận,2024,TH,47,sản phẩm,",
        '46,Thừa Thiên Huế,Số người làm nghiên cứu khoa học,31/12/2024,TH,"1 920",người,',
    ]) + "\r\n"
    result = ingest.examine(b"\xef\xbb\xbf" + text.encode("utf-8"), "hue_2024.csv")
    got = taken(result)
    assert got[("46", "63", "tasks_managed", "2024", "actual")] == 63
    assert got[("46", "63", "tasks_managed", "2024", "plan")] == 60
    assert got[("46", "63", "ocop_products", "2024", "actual")] == 47
    assert sum(1 for k in got if k[2] == "researchers" and got[k] == 1920) == 1


def test_a_rank_column_beside_a_score_named_in_the_label():
    """"Chỉ số PII (điểm tổng hợp)" under "PII 2024" › "Điểm | Xếp hạng": the "Xếp hạng" cell is the
    PII rank (the note names what the row is about, the column which of its figures it is)."""
    result = examine([
        ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH THÁI BÌNH"], [MARK],
        ["KẾT QUẢ CHỈ SỐ ĐỔI MỚI SÁNG TẠO CẤP ĐỊA PHƯƠNG (PII) CỦA TỈNH THÁI BÌNH"], [],
        ["STT", "Chỉ số / Trụ cột", "PII 2023", None, "PII 2024", None],
        [None, None, "Điểm", "Xếp hạng", "Điểm", "Xếp hạng"],
        [None, "Chỉ số PII (điểm tổng hợp)", 38.09, 29, 39.45, 27],
        ["1", "Thể chế", 58.3, 24, 61.1, 19],
    ], merges=("A5:A6", "B5:B6", "C5:D5", "E5:F5"), name="thaibinh_pii.xlsx")
    got = taken(result)
    assert got[("34", "63", "pii_rank", "2024", "actual")] == 27
    assert got[("34", "63", "pii_rank", "2023", "actual")] == 29
    assert got[("34", "63", "pii_score", "2024", "actual")] == 39.45
    assert got[("34", "63", "pii_institutions_rank", "2024", "actual")] == 19


def test_money_unit_stated_above_the_table():
    """"ĐVT: triệu đồng" on a line above a table without a unit column: 12.350 is 12,35 tỷ đồng,
    never 12.350 tỷ (a wrong number by a factor of 1,000); a scale the indicator does not declare
    ("USD") sets the cells aside."""
    head = _head("Yên Bái", "Báo cáo kết quả hoạt động KH&CN năm 2022")
    result = examine(head + [
        [None, None, "ĐVT: triệu đồng"],
        ["STT", "Chỉ tiêu", "Năm 2022"],
        ["1", "Kinh phí NSNN cho các nhiệm vụ KH&CN", 12350],
        ["2", "Chi ngân sách nhà nước cho KH&CN", 48650],
    ], name="yenbai_2022.xlsx")
    got = taken(result)
    assert abs(got[("15", "63", "tasks_funding_state", "2022", "actual")] - 12.35) < 1e-9
    assert abs(got[("15", "63", "st_budget", "2022", "actual")] - 48.65) < 1e-9

    # "nghìn đồng" is a declared scale of money (metrics/indicators.toml): 48.650.000 nghìn đồng is 48,65 tỷ
    result = examine(head + [
        ["Bảng 1. Chi cho KH&CN (Đơn vị tính: nghìn đồng)"],
        ["STT", "Chỉ tiêu", "Năm 2022"],
        ["1", "Chi ngân sách nhà nước cho KH&CN", 48650000],
    ], name="yenbai_2022.xlsx")
    assert _facts(result)[("15", "63", "st_budget", "2022", "actual")] == 48.65
    result = examine(head + [
        ["Bảng 1. Chi cho KH&CN (Đơn vị tính: USD)"],
        ["STT", "Chỉ tiêu", "Năm 2022"],
        ["1", "Chi ngân sách nhà nước cho KH&CN", 2100000],
    ], name="yenbai_2022.xlsx")
    assert ("15", "63", "st_budget", "2022", "actual") not in _facts(result)


def test_a_plan_word_in_a_labels_note():
    """"Kinh phí sự nghiệp KH&CN được giao (dự toán)": the allocation, a plan — its variant without
    the trailing note was taken as the budget spent (four years of allocations stored as actuals)."""
    result = examine(_head("Hà Tĩnh", "Một số chỉ tiêu KH&CN giai đoạn 2023 - 2024") + [
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2023", "Năm 2024"],
        ["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 64, 66],
        ["2", "Kinh phí sự nghiệp KH&CN được giao (dự toán)", "tỷ đồng", 36.8, 38.2],
    ], name="hatinh_2023_2024.xlsx")
    got = taken(result)
    assert got[("42", "63", "tasks_managed", "2024", "actual")] == 66
    assert not any(k[2] == "st_budget" and k[4] == "actual" for k in got)


def test_a_marked_part_is_read_with_the_row_it_breaks_down():
    """"Tổng kinh phí thực hiện các nhiệm vụ KH&CN" (every source: no indicator), "Trong đó:", "- Ngân
    sách nhà nước": the state budget's funding of the tasks. The counterpart funding stays out, and
    so do the parts of a row its own words rule out ("Số nhiệm vụ đề xuất" › "- Cấp tỉnh")."""
    result = examine(_head("Yên Bái", "Kết quả hoạt động KH&CN năm 2022") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2022"],
        ["1", "Tổng kinh phí thực hiện các nhiệm vụ KH&CN", "tỷ đồng", 16.8],
        [None, "Trong đó:", None, None],
        [None, "- Ngân sách nhà nước", "tỷ đồng", 12.35],
        [None, "- Vốn đối ứng của tổ chức chủ trì, doanh nghiệp", "tỷ đồng", 4.45],
        ["2", "Số nhiệm vụ đề xuất đặt hàng", "nhiệm vụ", 14],
        [None, "- Cấp tỉnh", "nhiệm vụ", 10],
        ["3", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 7],
    ], name="yenbai_2022.xlsx")
    got = taken(result)
    assert got == {("15", "63", "tasks_funding_state", "2022", "actual"): 12.35,
                   ("15", "63", "tasks_accepted", "2022", "actual"): 7}


def test_a_unit_line_between_two_tables_applies_below_it():
    """A second table whose header is not told apart from the first table's rows, with "ĐVT: triệu
    đồng" on a line above it: the funding below that line is 12,35 tỷ đồng, never 12.350 tỷ; the
    first table's counts above the line keep their own units."""
    result = examine(_head("Yên Bái", "Kết quả hoạt động KH&CN năm 2022") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2022"],
        ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 7],
        [],
        ["Biểu 02. Kinh phí thực hiện nhiệm vụ KH&CN"],
        [None, None, None, "ĐVT: triệu đồng"],
        ["STT", "Nguồn kinh phí", None, "Năm 2022"],
        ["1", "Kinh phí NSNN cho các nhiệm vụ KH&CN", None, 12350],
    ], name="yenbai_2022.xlsx")
    got = taken(result)
    assert got[("15", "63", "tasks_accepted", "2022", "actual")] == 7
    assert abs(got[("15", "63", "tasks_funding_state", "2022", "actual")] - 12.35) < 1e-9


def test_a_second_tables_header_with_an_unknown_label_header():
    """"Biểu 02" under the first table, its header "STT | Nguồn kinh phí | Kế hoạch 2024 | Thực hiện
    2024" (a label header the reader does not know): a table of its own, its figures under its own
    columns — the funding spent in 2024 was stored under the first table's "Năm 2023"."""
    result = examine(_head("Yên Bái", "Báo cáo kết quả hoạt động KH&CN năm 2024") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2023", "Năm 2024"],
        ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 7, 9],
        [],
        ["Biểu 02. Kinh phí thực hiện nhiệm vụ KH&CN năm 2024 (ĐVT: tỷ đồng)"],
        ["STT", "Nguồn kinh phí", "Kế hoạch 2024", "Thực hiện 2024"],
        ["1", "Kinh phí NSNN cho các nhiệm vụ KH&CN", 24.0, 22.5],
    ], name="yenbai_2024.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    assert _facts(result) == {
        ("15", "63", "tasks_accepted", "2023", "actual"): 7, ("15", "63", "tasks_accepted", "2024", "actual"): 9,
        ("15", "63", "tasks_funding_state", "2024", "plan"): 24.0,
        ("15", "63", "tasks_funding_state", "2024", "actual"): 22.5}
