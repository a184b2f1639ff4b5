"""What the third blind batch of the workbook corpus revealed, one class per test (README "Whole
reports, scored as the held-out set is"): each report is built here, marked as test data, and read
by `etl.ingest.examine` as an upload is. A statistician's reading is the expectation: a part keeps
its heading's kind, a plan in a tidy period column is a plan, an error value refuses the file, an
average row is no province, a notes column holds no labels."""
from __future__ import annotations

import io

import openpyxl
import pytest

from etl import ingest, labels
from etl.row_labels import indicator_for_label

MARK = "Dữ liệu kiểm thử — không phải số liệu thật"


def _xlsx(rows: list[list], title: str = "Biểu 01") -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _form(body: list[list], year_header: str = "Thực hiện năm 2024") -> bytes:
    return _xlsx([["UBND TỈNH SƠN LA", None, None, None], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], [],
                  ["STT", "Chỉ tiêu", "Đơn vị tính", year_header], *body])


def _facts(result) -> dict:
    f = result.facts
    return {(i, p, m): v for i, p, m, v in zip(f.indicator, f.period, f.measure, f.value)}


def test_a_sub_item_keeps_its_headings_kind():
    """The programme's projects listed under the tasks carried over are a part the registry does
    not have (not the programme's projects in the period); a proposed-tasks line after the accepted
    tasks is not their provincial part (it would refuse the file as a part above its whole)."""
    result = ingest.examine(_form([
        [1, "Nhiệm vụ KH&CN chuyển tiếp từ các năm trước", "nhiệm vụ", 29],
        [None, "- Cấp tỉnh", "nhiệm vụ", 24],
        [None, "- Dự án thuộc Chương trình nông thôn miền núi", "dự án", 4],
        [2, "Nhiệm vụ KH&CN đã đánh giá, nghiệm thu", "nhiệm vụ", 6],
        [3, "Số nhiệm vụ đề xuất đặt hàng cấp tỉnh", "nhiệm vụ", 14],
    ]), "sonla_2024.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = _facts(result)
    assert got[("tasks_carried_over", "2024", "actual")] == 29
    assert got[("tasks_carried_over_provincial", "2024", "actual")] == 24
    assert got[("tasks_accepted", "2024", "actual")] == 6
    assert not {i for i, _, _ in got} & {"tasks_managed_ntmn", "tasks_accepted_provincial", "tasks_managed"}
    # the same line under the tasks in progress is the programme's projects
    assert indicator_for_label("- Dự án thuộc Chương trình nông thôn miền núi", "tasks_managed")[0] == "tasks_managed_ntmn"
    assert indicator_for_label("Trong đó: + Hạng 4 sao", "ocop_products")[0] == "ocop_products_4star"


def test_a_plan_in_a_tidy_period_column_is_a_plan():
    data = ("Tỉnh,Kỳ báo cáo,Nội dung chỉ tiêu,ĐVT,Số liệu,Ghi chú\r\n"
            f"Quảng Ngãi,Quý II/2025,Sản phẩm OCOP được công nhận (3 sao trở lên),sản phẩm,21,{MARK}\r\n"
            "Quảng Ngãi,Kế hoạch năm 2025,Sản phẩm OCOP được công nhận (3 sao trở lên),sản phẩm,60,\r\n"
            "Quảng Ngãi,Ước thực hiện năm 2024,Sản phẩm OCOP được công nhận (3 sao trở lên),sản phẩm,55,\r\n"
            ).encode("utf-8")
    result = ingest.examine(data, "quangngai.csv")
    assert result.accepted, [p.message_vi for p in result.problems]
    f = result.facts
    rows = {(p, m, s): v for p, m, s, v in zip(f.period, f.measure, f.status, f.value)}
    assert rows == {("2025-Q2", "actual", "reported"): 21, ("2025", "plan", "reported"): 60,
                    ("2024", "actual", "estimated"): 55}


def test_an_error_value_saved_without_its_formula_refuses_the_file():
    """'#DIV/0!' pasted as a value (no formula left) is the same statement as Excel's computed
    error: the report gives a figure it does not have."""
    result = ingest.examine(_form([
        [1, "Tổng số TTHC thuộc thẩm quyền của Sở", "thủ tục", 51],
        [2, "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 4", "%", "#DIV/0!"],
    ]), "loi.xlsx")
    assert not result.accepted and result.facts.empty
    assert [(p.rule, p.sheet, p.cell) for p in result.problems] == [("formula_error", "Biểu 01", "D7")]


def test_an_average_row_among_provinces_is_no_province():
    result = ingest.examine(_xlsx([
        [MARK], ["KẾT QUẢ CHỈ SỐ PII NĂM 2025 CỦA CÁC TỈNH (xếp hạng trên 34 tỉnh, thành phố)"], [],
        ["STT", "Tỉnh, thành phố", "Điểm PII", "Điểm đầu vào", "Điểm đầu ra"],
        [1, "Khánh Hòa", 45.1, 50.21, 39.99],
        [2, "Sơn La", 37.85, 42.6, 33.1],
        [None, "Trung bình cả nước", 40.12, 45.3, 34.9],
        [None, "Bình quân khu vực", 41.0, 46.0, 36.0],
    ], "PII 2025"), "pii_2025.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = {(p, i): v for p, i, v in zip(result.facts.province_code, result.facts.indicator, result.facts.value)}
    assert got == {("56", "pii_score"): 45.1, ("56", "pii_input_score"): 50.21, ("56", "pii_output_score"): 39.99,
                   ("14", "pii_score"): 37.85, ("14", "pii_input_score"): 42.6, ("14", "pii_output_score"): 33.1}
    assert sum("Dòng tổng cộng" in i.reason_vi for i in result.ignored) == 2


def test_a_notes_column_never_holds_the_labels():
    """Years as rows: a note naming a geographical indication in passing does not turn the table
    into a form whose labels are the notes."""
    result = ingest.examine(_xlsx([
        ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH KON TUM"], [MARK], [],
        ["Năm", "Nhãn hiệu tập thể (lũy kế)", "Chỉ dẫn địa lý (lũy kế)", "Ghi chú"],
        [2022, 10, 1, "CDĐL “Ngọc Linh” cho sâm"],
        [2023, 12, 1, None],
    ], "SHTT"), "kontum_shtt.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = {(i, p): v for i, p, v in zip(result.facts.indicator, result.facts.period, result.facts.value)}
    assert got == {("ip_collective_marks", "2022-12-31"): 10, ("ip_geographical_indications", "2022-12-31"): 1,
                   ("ip_collective_marks", "2023-12-31"): 12, ("ip_geographical_indications", "2023-12-31"): 1}


@pytest.mark.parametrize("label, code", [
    ("Nhiệm vụ KH&CN cấp tỉnh đang tổ chức triển khai, theo dõi", "tasks_managed_provincial"),
    ("Chỉ số PII - thứ hạng trên 63 tỉnh, thành phố", "pii_rank"),
    ("Trụ cột Thể chế Hạng", "pii_institutions_rank"),
    ("Điểm đầu vào", "pii_input_score"),
    ("Số tổ chức, cá nhân được hỗ trợ xác lập quyền SHTT", "ip_registrations_supported"),
    ("Quyết định cấp quyền sử dụng CDĐL “Ngọc Linh” trong năm", "ip_gi_use_certificates"),
    ("Số doanh nghiệp được hỗ trợ đổi mới công nghệ, áp dụng hệ thống quản lý chất lượng", "enterprises_supported"),
    ("Sản phẩm áp dụng mã truy xuất nguồn gốc", "traceability_products"),
])
def test_wordings_of_other_offices_are_taken(label, code):
    m = labels.match_label(label)
    assert (m.outcome, m.indicator) == ("taken", code)


@pytest.mark.parametrize("label", [
    "Số HTX được hỗ trợ chứng nhận VietGAP",           # farming certification, not S&T support
    "Số sản phẩm OCOP hạng 3 sao",                     # "hạng" before a star stays the OCOP class
    "Điểm trụ cột “Thể chế”",                          # a quoted registry word is kept
])
def test_what_these_wordings_must_not_become(label):
    m = labels.match_label(label)
    if label.endswith("VietGAP"):
        assert not m.taken
    elif "sao" in label:
        assert m.indicator == "ocop_products_3star"
    else:
        assert m.indicator == "pii_institutions_score"


def test_a_province_with_a_note_on_the_merger():
    """"Khánh Hòa (sau hợp nhất)", "Tỉnh Lâm Đồng (mới)" in a 2025 compilation are the merged
    provinces; the same rows in a 2024 table (the new territory recounted) are set aside, never
    stored as the old province; "Ninh Thuận (cũ)" is the old one (refused after the merger)."""
    def table(year, extra=()):
        return _xlsx([[MARK], [f"TỔNG HỢP SỐ LIỆU KH&CN NĂM {year}"], [],
                      ["STT", "Tỉnh, thành phố", "Nhiệm vụ KH&CN được nghiệm thu"],
                      [1, "Khánh Hòa (sau hợp nhất)", 20], [2, "Tỉnh Lâm Đồng (mới)", 30], [3, "Sơn La", 25],
                      *extra], str(year))
    r25 = ingest.examine(table(2025), "t2025.xlsx")
    assert r25.accepted, [p.message_vi for p in r25.problems]
    assert set(zip(r25.facts.province_code, r25.facts.frame, r25.facts.value)) == {
        ("56", "34", 20), ("68", "34", 30), ("14", "34", 25)}
    r24 = ingest.examine(table(2024), "t2024.xlsx")
    assert r24.accepted and set(zip(r24.facts.province_code, r24.facts.frame)) == {("14", "63")}
    assert sum("tỉnh sau sắp xếp" in i.reason_vi for i in r24.ignored) == 2
    old = ingest.examine(table(2025, [[4, "Ninh Thuận (cũ)", 5]]), "old.xlsx")
    assert not old.accepted and {p.rule for p in old.problems} == {"province_frame"}
