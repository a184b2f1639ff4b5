"""What the sixth blind batch of the workbook corpus revealed, one class per test (README "Whole
reports, scored as the held-out set is"): each report is built here, marked as test data, and read
by `etl.ingest.examine` as an upload is. A statistician's reading is the expectation."""
from __future__ import annotations

import io

import openpyxl

from etl import ingest
from tests.fixtures.reports import MARK, examine, facts as _facts, head as _head, taken, xlsx as _xlsx


def test_money_in_full_dong_is_converted_to_the_indicators_unit():
    """"25.480.000.000 đồng" on the budget's row is 25,48 tỷ đồng (the registry declares "đồng" as
    a unit of money indicators with its factor), never set aside and never 25 billion tỷ."""
    result = examine(_head("Lào Cai", "Tổng hợp kết quả hoạt động KH&CN năm 2024") + [
        ["TT", "Nội dung", "Kết quả năm 2024"],
        ["1", "Chi ngân sách nhà nước cho KH&CN", "25.480.000.000 đồng"],
        ["2", "Kinh phí NSNN cho các nhiệm vụ KH&CN", "9.150.000.000 VNĐ"],
    ], name="laocai_2024.xlsx")
    got = taken(result)
    assert abs(got[("10", "63", "st_budget", "2024", "actual")] - 25.48) < 1e-9
    assert abs(got[("10", "63", "tasks_funding_state", "2024", "actual")] - 9.15) < 1e-9


def test_a_rank_written_with_its_field_is_the_rank():
    """"12/63" on a PII rank's row is the rank 12 among 63; "17/34" the rank among 34 (its own
    indicator); "36/40" on a count's row stays two numbers, set aside."""
    result = examine(_head("Lào Cai", "Tổng hợp kết quả hoạt động KH&CN năm 2024") + [
        ["TT", "Nội dung", "Kết quả năm 2024"],
        ["1", "Xếp hạng Chỉ số ĐMST cấp địa phương (PII) 2024", "12/63"],
        ["2", "Nhiệm vụ KH&CN được nghiệm thu", "36/40"],
    ], name="laocai_2024.xlsx")
    got = taken(result)
    assert got[("10", "63", "pii_rank", "2024", "actual")] == 12
    assert not [k for k in got if k[2] == "tasks_accepted"]
    result = examine(_head("Lâm Đồng", "Kết quả Chỉ số PII năm 2025") + [
        ["TT", "Nội dung", "Năm 2025"],
        ["1", "Xếp hạng PII của tỉnh", "hạng 9/34"],
    ], name="lamdong_pii_2025.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    assert _facts(result)[("68", "34", "pii_rank_34", "2025", "actual")] == 9


def test_an_english_label_column_beside_the_vietnamese_one_is_its_translation():
    """"Chỉ tiêu | Indicator": the English column is the same label translated, not a sub-item that
    replaces it — a Vietnamese label the registry knows is read even when its English twin is not."""
    result = examine([
        ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐẮK LẮK"], [MARK],
        ["Bảng 2. Một số chỉ tiêu khoa học và công nghệ / Table 2. Selected S&T indicators"], [],
        ["STT", "Chỉ tiêu", "Indicator", "ĐVT", "Unit", "Năm 2023", "Năm 2024"],
        ["1", "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình", "Share of procedures fully online",
         "%", "%", 92.9, 100],
        ["2", "Chi ngân sách nhà nước cho KH&CN", "State budget spent on S&T", "tỷ đồng", "billion VND", 38.6, 41.2],
        ["3", "Tỷ lệ giao dịch thanh toán trực tuyến", "Share of payments made online", "%", "%", 35.2, 48.7],
    ], name="daklak.xlsx")
    got = taken(result)
    assert got[("66", "63", "tthc_level4_rate", "2023-12-31", "actual")] == 92.9
    assert got[("66", "63", "st_budget", "2024", "actual")] == 41.2
    assert len(got) == 4, got


def _annex() -> list[list]:
    return [
        [MARK], ["Phụ lục 02"], ["TỔNG HỢP MỘT SỐ CHỈ TIÊU KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024"], [],
        ["TT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Ghi chú"],
        ["1", "Nhiệm vụ khoa học và công nghệ"],
        ["1.1", "Đang quản lý, theo dõi", "nhiệm vụ", 47],
        ["1.2", "Đề xuất đặt hàng năm 2025", "nhiệm vụ", 30],
        ["2", "Sản phẩm OCOP"],
        ["2.1", "Được công nhận trong năm", "sản phẩm", 39],
        ["2.2", "Còn hiệu lực công nhận đến 31/12/2024", "sản phẩm", 182],
    ]


def test_an_annex_that_names_no_province_takes_it_from_its_file_name():
    """"Phụ lục 02" names no province; its file "quangngai_2024_phu_luc.xlsx" does, as people name
    their files (joined words, no diacritics). A file name naming none or two provinces gives none."""
    result = examine(_annex(), ("B6:E6", "B9:E9"), name="quangngai_2024_phu_luc.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    assert {k[:2] for k in _facts(result)} == {("51", "63")}
    # the preview says where the province came from, on every fact it placed
    assert all(n.endswith("Tỉnh theo tên tệp “quangngai_2024_phu_luc.xlsx” (báo cáo không ghi tỉnh).")
               for n in result.facts["note"]), list(result.facts["note"])
    for name in ("phu_luc_02.xlsx", "tong_hop_sonla_laichau_2024.xlsx"):
        result = examine(_annex(), ("B6:E6", "B9:E9"), name=name)
        assert not result.accepted and any(p.rule == "no_province" for p in result.problems), name


def test_a_sub_item_is_read_with_the_heading_row_above_it():
    """"1. Nhiệm vụ khoa học và công nghệ" merged over its row without a figure, then "1.1 Đang
    quản lý, theo dõi": the tasks managed; "2. Sản phẩm OCOP" over "2.2 Còn hiệu lực công nhận": the
    stock. A sub-item whose own words rule it out ("Đề xuất đặt hàng") stays out under any heading."""
    result = examine(_annex(), ("B6:E6", "B9:E9"), name="quangngai_2024_phu_luc.xlsx")
    got = taken(result)
    assert got[("51", "63", "tasks_managed", "2024", "actual")] == 47
    assert got[("51", "63", "ocop_products", "2024", "actual")] == 39
    assert got[("51", "63", "ocop_products_total", "2024-12-31", "actual")] == 182
    assert 30 not in got.values()
    # a sub-item that names its own subject is never its section's indicator
    result = examine(_head("Ninh Thuận", "Kết quả năm 2022") + [
        ["STT", "Nội dung chỉ tiêu", "ĐVT", "TH 2022"],
        ["III", "HỖ TRỢ DOANH NGHIỆP, SỞ HỮU TRÍ TUỆ"],
        [1, "Số sản phẩm được hỗ trợ tem truy xuất nguồn gốc", "Sản phẩm", 14],
        [2, "Số lớp tập huấn, hội thảo về SHTT", "Lớp", 5],
    ], name="ninhthuan_2022.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    assert _facts(result) == {("58", "63", "traceability_products", "2022", "actual"): 14}


def test_districts_as_rows_give_the_province_only_its_total_row():
    """Districts and towns as rows under a province's title, "Toàn tỉnh" at the bottom: that row is
    the province's figure; no district's figure is stored as the province's, and no district is an
    unknown province that refuses the file. Below districts, "Tổng cộng" is the province's too."""
    def sheet(total: str) -> bytes:
        return _xlsx([
            ["UBND TỈNH PHÚ YÊN - SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK],
            ["KẾT QUẢ OCOP THEO ĐỊA BÀN CẤP HUYỆN NĂM 2024"], [],
            ["STT", "Đơn vị hành chính", "Sản phẩm OCOP được công nhận (sản phẩm)"],
            [1, "Thành phố Tuy Hòa", 6], [2, "Thị xã Sông Cầu", 4], [3, "Huyện Tuy An", 5],
            [None, total, 15],
        ])
    for total in ("Toàn tỉnh", "Tổng cộng"):
        result = ingest.examine(sheet(total), "ocop_theo_huyen.xlsx")
        assert result.accepted, (total, [p.message_vi for p in result.problems])
        assert _facts(result) == {("54", "63", "ocop_products", "2024", "actual"): 15}, total


def test_a_report_pasted_from_word_gives_its_label_and_figure_lines():
    """One line a cell, "- label: figure unit" (pasted from Word, no table): each line the matcher
    takes is a value of the title's province and period; near misses stay out; a figure in another
    unit is not taken; the lines under "Nhiệm vụ trọng tâm quý IV" speak of plans and are not read."""
    lines = [
        "UBND TỈNH GIA LAI", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", MARK,
        "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ QUÝ III NĂM 2025",
        "I. KẾT QUẢ THỰC HIỆN",
        "- Số nhiệm vụ KH&CN được nghiệm thu trong quý: 07 nhiệm vụ",
        "- Số sản phẩm OCOP được UBND tỉnh công nhận: 23 sản phẩm",
        "- Số nhiệm vụ đăng ký đề xuất đặt hàng năm 2026: 41 nhiệm vụ",
        "- Số doanh nghiệp được hỗ trợ đổi mới công nghệ: 6 lớp",
        "II. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2025",
        "- Số nhiệm vụ KH&CN được nghiệm thu: 10 nhiệm vụ",
    ]
    result = examine([[line] for line in lines], title="BC quý III", name="bao_cao_quy3.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    assert _facts(result) == {("52", "34", "tasks_accepted", "2025-Q3", "actual"): 7,
                              ("52", "34", "ocop_products", "2025-Q3", "actual"): 23}


def test_example_lines_of_instructions_are_no_figures():
    """A line starting "Ví dụ" is an example, and a sheet of instructions holds examples: never a
    figure of the report, even where the workbook states its province and period."""
    lines = ["UBND TỈNH SƠN LA", MARK, "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024",
             "- Ví dụ cách ghi — Số nhiệm vụ KH&CN được nghiệm thu: 15 nhiệm vụ",
             "- Số sản phẩm OCOP được công nhận: 20 sản phẩm"]
    result = examine([[line] for line in lines], title="Báo cáo", name="bao_cao.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    assert _facts(result) == {("14", "63", "ocop_products", "2024", "actual"): 20}
    wb = openpyxl.Workbook()
    data = wb.active
    data.title = "Biểu 01"
    for row in _head("Sơn La", "Kết quả hoạt động KH&CN năm 2024") + [
            ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"], [1, "Sản phẩm OCOP được công nhận", "sản phẩm", 20]]:
        data.append(row)
    guide = wb.create_sheet("Hướng dẫn")
    for line in ["Cách ghi biểu", MARK, "- Số nhiệm vụ KH&CN được nghiệm thu: 15 nhiệm vụ"]:
        guide.append([line])
    out = io.BytesIO()
    wb.save(out)
    result = ingest.examine(out.getvalue(), "bao_cao.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    assert _facts(result) == {("14", "63", "ocop_products", "2024", "actual"): 20}
