"""What the seventh blind batch of the workbook corpus revealed, one class per test (README "Whole
reports, scored as the held-out set is"): each report is built here, marked as test data, and read
by `etl.ingest.examine` as an upload is. A statistician's reading is the expectation."""
from __future__ import annotations

from etl import ingest
from metrics import periods
from tests.fixtures.reports import MARK, examine, facts as _facts, head as _head, taken


def test_periods_written_as_dates():
    """A cut-off "tính đến ngày 30/6/2026" is the year to that day (a stock at 30/6, a flow from
    January); "từ 01/01/2026 đến 30/9/2026" the nine months; the Government's reporting cut-off
    "từ 15/12/2025 đến 14/6/2026" the first half; a date alone a stock's date; a span of odd days
    no period. Each was read as the whole year 2026."""
    def read(text):
        p = periods.from_text(text)
        return p.notation if p else None
    assert read("Số liệu tính đến ngày 30/6/2026") == "2026-S1"
    assert read("tính đến 30/9/2026") == "2026-01/2026-09"
    assert read("Lũy kế đến 31/12/2025") == "2025"
    assert read("Số liệu tính đến ngày 15/6/2026") == "2026-06-15"
    # the year's report written before the year ends names its year: the year
    assert read("Báo cáo kết quả năm 2025 (số liệu tính đến ngày 15/12/2025)") == "2025"
    assert read("Kết quả từ 01/01/2026 đến 30/9/2026") == "2026-01/2026-09"
    assert read("Kỳ báo cáo: từ 15/12/2025 đến 14/6/2026") == "2026-S1"
    assert read("30/06/2026") == "2026-06-30"
    assert read("31/12/2024") == "2024"
    assert read("từ 10/01/2026 đến 20/06/2026") is None
    # unchanged: a part of the year named in words wins, a year alone is the year
    assert read("6 tháng đầu năm 2026 (tính đến ngày 14/6/2026)") == "2026-S1"
    assert read("Năm 2024") == "2024"


def test_a_cutoff_under_the_title_is_the_period_of_flows_and_the_date_of_stocks():
    """"(Số liệu tính đến ngày 30/6/2026)" under the title, one "Thực hiện" column: flows of the first
    half, a stock at 30 June — not refused for want of a period (the parentheses hid it), and a
    stock never stored at 31 December."""
    result = examine([
        ["UBND THÀNH PHỐ CẦN THƠ"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK],
        ["Tình hình thực hiện nhiệm vụ KH&CN thành phố Cần Thơ (sau sắp xếp)"],
        ["(Số liệu tính đến ngày 30/6/2026)"], [],
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Thực hiện"],
        ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 30, 11],
        ["2", "Sản phẩm OCOP còn hiệu lực", "sản phẩm", "-", 412],
    ], name="cantho_2026.xlsx")
    got = taken(result)
    assert got[("92", "34", "tasks_accepted", "2026-S1", "actual")] == 11
    assert got[("92", "34", "ocop_products_total", "2026-06-30", "actual")] == 412
    assert got[("92", "34", "tasks_accepted", "2026", "plan")] == 30      # the plan for the year stays a plan
    assert not [k for k in got if k[4] == "actual" and k[3] in ("2026", "2026-12-31")]


def test_a_stock_at_a_cutoff_is_not_stored_at_the_years_end():
    """"Số liệu tính đến ngày 30/6/2026" on a sheet of IP titles still valid: at 30 June 2026 (the
    half), never at 31 December 2026 — a wrong number before."""
    result = examine([
        ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH CÀ MAU"], [MARK], ["TÀI SẢN TRÍ TUỆ ĐƯỢC BẢO HỘ CÒN HIỆU LỰC"],
        ["Số liệu tính đến ngày 30/6/2026"], [],
        ["TT", "Loại", "ĐVT", "Số lượng"],
        [1, "Nhãn hiệu tập thể", "nhãn hiệu", 27],
        [2, "Chỉ dẫn địa lý", "CDĐL", 2],
    ], name="camau_shtt.xlsx")
    got = taken(result)
    assert got == {("96", "34", "ip_collective_marks", "2026-06-30", "actual"): 27,
                   ("96", "34", "ip_geographical_indications", "2026-06-30", "actual"): 2}


def test_from_and_to_date_columns_give_each_rows_period():
    """A tidy export with "Từ ngày | Đến ngày": 01/01–31/03 is the first quarter, 01/04–30/06 the
    second (not one year twice, refused as two values), "Đến ngày" alone a stock's date."""
    text = "\r\n".join([
        "Mã tỉnh;Tên đơn vị;Chỉ tiêu;Đơn vị tính;Từ ngày;Đến ngày;Giá trị;Ghi chú",
        f"86;Vĩnh Long;Số nhiệm vụ KH&CN được nghiệm thu;nhiệm vụ;01/01/2026;31/03/2026;7;{MARK}",
        "86;Vĩnh Long;Số nhiệm vụ KH&CN được nghiệm thu;nhiệm vụ;01/04/2026;30/06/2026;12;",
        "86;Vĩnh Long;Tổng số sản phẩm OCOP còn hiệu lực;sản phẩm;;31/03/2026;468;",
        "86;Vĩnh Long;Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến;%;01/04/2026;30/06/2026;87,9;",
    ]) + "\r\n"
    result = ingest.examine(text.encode("utf-8"), "vinhlong_2026.csv")
    got = taken(result)
    assert got == {("86", "34", "tasks_accepted", "2026-Q1", "actual"): 7,
                   ("86", "34", "tasks_accepted", "2026-Q2", "actual"): 12,
                   ("86", "34", "ocop_products_total", "2026-03-31", "actual"): 468,
                   ("86", "34", "online_dossier_rate", "2026-Q2", "actual"): 87.9}


def test_a_budget_marked_as_allocated_is_no_spending():
    """"Kinh phí sự nghiệp KH&CN được giao (dự toán)" is the allocation, a plan: never the amount
    spent (it was, and the disbursed figure beside it made the file two values for one fact)."""
    result = examine(_head("Cao Bằng", "Một số chỉ tiêu khoa học và công nghệ năm 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025"],
        ["1", "Kinh phí sự nghiệp KH&CN được giao (dự toán)", "tỷ đồng", 24.5],
        ["2", "Chi ngân sách nhà nước cho KH&CN (đã giải ngân)", "tỷ đồng", 21.3],
        ["3", "Kinh phí sự nghiệp KH&CN (dự toán)", "tỷ đồng", 24.5],
    ], name="caobang_2025.xlsx")
    got = taken(result)
    assert got == {("04", "34", "st_budget", "2025", "actual"): 21.3}


def test_a_new_provinces_column_with_its_note_is_that_province():
    """"Vĩnh Long (mới)" as a compilation's column of 2025 is the merged Vĩnh Long (34-province
    frame), as "Vĩnh Long" would be; it was an unclear header and its figures were lost."""
    result = examine([
        [MARK], ["BẢNG TỔNG HỢP MỘT SỐ CHỈ TIÊU KH&CN VÙNG ĐỒNG BẰNG SÔNG CỬU LONG NĂM 2025"], [],
        ["STT", "Chỉ tiêu", "ĐVT", "TP. Cần Thơ", "Vĩnh Long (mới)", "Cộng"],
        ["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 131, 118, 249],
        ["2", "Sản phẩm OCOP được công nhận trong năm", "sản phẩm", 58, 74, 132],
    ], name="tong_hop_dbscl_2025.xlsx")
    got = taken(result)
    assert got[("86", "34", "tasks_managed", "2025", "actual")] == 118
    assert got[("86", "34", "ocop_products", "2025", "actual")] == 74
    assert got[("92", "34", "tasks_managed", "2025", "actual")] == 131
    assert len(got) == 4


def test_pii_pillars_under_one_score_and_rank_header_row():
    """PII 2025 in the title, pillars as rows under "Điểm | Xếp hạng (/34)", the national average
    beside: each pillar's score and rank among 34; the input score (its rank is no indicator);
    nothing from the average."""
    result = examine([
        ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐẮK LẮK"], [MARK],
        ["KẾT QUẢ CHỈ SỐ ĐỔI MỚI SÁNG TẠO CẤP ĐỊA PHƯƠNG (PII) NĂM 2025 CỦA TỈNH ĐẮK LẮK"], [],
        ["STT", "Chỉ số / Trụ cột", "Điểm", "Xếp hạng (/34)", "Điểm trung bình cả nước"],
        [None, "Chỉ số PII", 38.64, 23, 36.8],
        ["A", "Chỉ số đầu vào", 43.10, 21, 41.2],
        ["1", "Thể chế", 60.85, 16, 58.3],
    ], name="daklak_pii_2025.xlsx")
    got = taken(result)
    assert got == {("66", "34", "pii_score", "2025", "actual"): 38.64,
                   ("66", "34", "pii_rank_34", "2025", "actual"): 23,
                   ("66", "34", "pii_input_score", "2025", "actual"): 43.10,
                   ("66", "34", "pii_institutions_score", "2025", "actual"): 60.85,
                   ("66", "34", "pii_institutions_rank_34", "2025", "actual"): 16}


def test_levels_as_columns_of_the_ministrys_form():
    """The Ministry's form: "Tổng số | Chia theo cấp quản lý: Cấp quốc gia | Cấp tỉnh | Cấp cơ sở"
    beside indicators as rows. A level column holds the row's part at that level (tasks carried
    over at national level, new provincial tasks), or nothing the registry has (grassroots tasks
    accepted, funding by level): never the row's whole."""
    result = examine([
        ["Biểu số: 01/KHCN-ĐP", None, "SỐ NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ"],
        [None, None, "Kỳ báo cáo: 6 tháng đầu năm 2026"],
        [MARK, None, None, None, None, "Đơn vị báo cáo: Sở KH&CN tỉnh Tuyên Quang (mới)"], [],
        ["Tên chỉ tiêu", "Mã số", "Đơn vị tính", "Tổng số", "Chia theo cấp quản lý", None, None],
        [None, None, None, None, "Cấp quốc gia", "Cấp tỉnh", "Cấp cơ sở"],
        ["1. Số nhiệm vụ KH&CN đang thực hiện trong kỳ", "01", "nhiệm vụ", 64, 3, 41, 20],
        ["Trong đó: - Nhiệm vụ chuyển tiếp", "02", "nhiệm vụ", 45, 3, 30, 12],
        ["- Nhiệm vụ mở mới", "03", "nhiệm vụ", 19, 0, 11, 8],
        ["2. Số nhiệm vụ KH&CN được nghiệm thu trong kỳ", "04", "nhiệm vụ", 13, 1, 8, 4],
        ["3. Kinh phí NSNN cấp cho nhiệm vụ KH&CN trong kỳ", "05", "triệu đồng", 18750, 2100, 14300, 2350],
    ], merges=("A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:G5"), name="tuyenquang_bieu01.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = {k[2]: v for k, v in _facts(result).items() if k[:2] == ("08", "34") and k[3] == "2026-S1"}
    assert got == {"tasks_managed": 64, "tasks_managed_national": 3, "tasks_managed_provincial": 41,
                   "tasks_managed_grassroots": 20, "tasks_carried_over": 45, "tasks_carried_over_national": 3,
                   "tasks_carried_over_provincial": 30, "tasks_new": 19, "tasks_new_national": 0,
                   "tasks_new_provincial": 11, "tasks_accepted": 13, "tasks_accepted_national": 1,
                   "tasks_accepted_provincial": 8, "tasks_funding_state": 18.75}
    assert len(_facts(result)) == len(got)


def test_ocop_stars_as_rows_under_an_indicators_column():
    """"Hạng sao | Số sản phẩm OCOP còn hiệu lực" over "3 sao | 4 sao | 5 sao | Tổng cộng": each star
    row is the column's indicator's part (as levels under "Cấp quản lý" are), "Tổng cộng" the
    indicator; "không có" no data, never 0 (the rows were refused as naming no province or period
    and lost)."""
    result = examine([
        ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH CÀ MAU"], [MARK], ["SẢN PHẨM OCOP CÒN HIỆU LỰC CÔNG NHẬN"],
        ["Số liệu tính đến ngày 30/6/2026"], [],
        ["TT", "Hạng sao", "Số sản phẩm OCOP còn hiệu lực", "Ghi chú"],
        [1, "3 sao", 182, None],
        [2, "4 sao", 46, None],
        [3, "5 sao", "không có", "Đang đề nghị Trung ương đánh giá"],
        [None, "Tổng cộng", 228, None],
    ], name="camau_ocop.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    assert _facts(result) == {("96", "34", "ocop_products_3star_total", "2026-06-30", "actual"): 182,
                              ("96", "34", "ocop_products_4star_total", "2026-06-30", "actual"): 46,
                              ("96", "34", "ocop_products_total", "2026-06-30", "actual"): 228}


def test_a_column_of_another_measure_at_a_level_is_no_level_column():
    """"Kinh phí cấp quốc gia | Kinh phí cấp tỉnh" beside tasks: money at a level, never the tasks'
    parts (only a column that is the level alone, or under "Chia theo cấp quản lý", is)."""
    result = examine(_head("Sơn La", "Kết quả thực hiện nhiệm vụ KH&CN năm 2024") + [
        ["STT", "Chỉ tiêu", "Số nhiệm vụ", "Kinh phí cấp quốc gia", "Kinh phí cấp tỉnh"],
        ["1", "Nhiệm vụ KH&CN được nghiệm thu", 9, 3, 6],
    ], name="sonla_2024.xlsx")
    got = _facts(result)
    assert not [k for k in got if k[2] in ("tasks_accepted_national", "tasks_accepted_provincial")]
