"""Adversarial workbooks for the Excel ingest (review of issue 3): one test per misreading a
department head would hit. Every workbook is built here, small, and says it is test data."""
import datetime
import io
import zipfile

import openpyxl
import pytest
import xlsxwriter

from etl import ingest

MARK = "DỮ LIỆU KIỂM THỬ – không phải số liệu thật"
ISSUER = [["UBND TỈNH SƠN LA", None, MARK], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"]]
FORM = ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện"]
MANAGED = "Nhiệm vụ KH&CN được quản lý"
ACCEPTED = "Nhiệm vụ KH&CN được nghiệm thu"


def workbook(sheets, merges=None):
    """sheets: [(name, rows)]; a cell is a value or (value, number_format); merges: {sheet: ["B6:B7"]}."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    wb.properties.title = MARK
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, 1):
            for c, v in enumerate(row, 1):
                if isinstance(v, tuple):
                    ws.cell(r, c, v[0]).number_format = v[1]
                elif v is not None:
                    ws.cell(r, c, v)
        for rng in (merges or {}).get(name, []):
            ws.merge_cells(rng)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def classic(body, header=FORM, title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2023", top=ISSUER, merges=None):
    """A classic form: issuer, title, blank line, header on row 5 (title rows shift it), body."""
    rows = top + [[title], []] + [header] + body
    return workbook([("Biểu 01", rows)], {"Biểu 01": merges or []})


def examine(data, province=None, period=None):
    return ingest.examine(data, "kiem-thu.xlsx", province, period).to_json()


def facts(j):
    return {(f["province_code"], f["frame"], f["indicator"], f["period"], f["measure"]): (f["value"], f["status"], f["cell"])
            for f in j["facts"]}


def rules(j):
    return [(p["cell"], p["rule"]) for p in j["problems"]]


def patch_zip(data, member, fn):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            body = zin.read(info.filename)
            z.writestr(info.filename, fn(body) if info.filename == member else body)
    return out.getvalue()


# --- headers: plan, estimate, ratio, total, measure ------------------------------------------

def test_estimate_and_next_year_plan_side_by_side():
    j = examine(classic([[1, MANAGED, "nhiệm vụ", 40, 45]], ["STT", "Chỉ tiêu", "Đơn vị tính", "Ước TH 2024", "KH 2025"],
                        title="BÁO CÁO KẾT QUẢ NĂM 2024"))
    assert j["status"] == "accepted", rules(j)
    assert facts(j) == {("14", "63", "tasks_managed", "2024", "actual"): (40, "estimated", "D6"),
                        ("14", "34", "tasks_managed", "2025", "plan"): (45, "reported", "E6")}


def test_completion_ratio_th_over_kh_is_not_an_actual():
    # "TH 2023/KH 2023" holds 95 (%): read as an actual it became 95 tasks done
    j = examine(classic([[1, MANAGED, "nhiệm vụ", 42, 95]], ["STT", "Chỉ tiêu", "Đơn vị tính", "KH năm 2023", "TH 2023/KH 2023"]))
    assert j["status"] == "accepted", rules(j)
    assert facts(j) == {("14", "63", "tasks_managed", "2023", "plan"): (42, "reported", "D6")}
    assert any(i["text"].startswith("Cột E") for i in j["ignored"])


def test_compare_column_beside_actual_is_listed_not_stored():
    j = examine(classic([[1, MANAGED, "nhiệm vụ", 40, 95.2]], ["STT", "Chỉ tiêu", "Đơn vị tính", "TH năm 2023", "So sánh TH/KH (%)"]))
    assert facts(j) == {("14", "63", "tasks_managed", "2023", "actual"): (40, "reported", "D6")}
    assert any("So sánh TH/KH" in i["text"] for i in j["ignored"])


def test_plan_column_headed_chi_tieu_ke_hoach_is_read_as_plan():
    # it was taken for a second label column and its plan values vanished without a word
    j = examine(classic([[1, MANAGED, "nhiệm vụ", 45, 40]],
                        ["STT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu kế hoạch năm 2023", "Thực hiện năm 2023"]))
    assert facts(j) == {("14", "63", "tasks_managed", "2023", "plan"): (45, "reported", "D6"),
                        ("14", "63", "tasks_managed", "2023", "actual"): (40, "reported", "E6")}


def test_target_column_is_a_plan_not_an_actual():
    j = examine(classic([[1, MANAGED, "nhiệm vụ", 40, 50]], ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2023", "Mục tiêu đến năm 2025"]))
    assert facts(j)[("14", "34", "tasks_managed", "2025", "plan")][0] == 50
    assert ("14", "34", "tasks_managed", "2025", "actual") not in facts(j)


def test_uth_abbreviation_is_an_estimate():
    j = examine(classic([[1, MANAGED, "nhiệm vụ", 40]], ["STT", "Chỉ tiêu", "Đơn vị tính", "2024 (ƯTH)"], title="BÁO CÁO NĂM 2024"))
    assert facts(j) == {("14", "63", "tasks_managed", "2024", "actual"): (40, "estimated", "D6")}


def test_projection_column_du_kien_is_not_a_reported_actual():
    j = examine(classic([[1, MANAGED, "nhiệm vụ", 40, 48]], ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2024", "Dự kiến năm 2025"],
                        title="BÁO CÁO NĂM 2024"))
    assert ("14", "34", "tasks_managed", "2025", "plan") in facts(j)


def test_so_luong_is_a_value_column():
    # "STT | Nội dung | ĐVT | Số lượng" was accepted with zero facts
    j = examine(classic([[1, MANAGED, "nhiệm vụ", 40]], ["STT", "Nội dung", "Đơn vị tính", "Số lượng"]))
    assert facts(j) == {("14", "63", "tasks_managed", "2023", "actual"): (40, "reported", "D6")}


def test_same_period_last_year_in_a_half_year_report():
    # "Cùng kỳ năm trước" is 2023-S1 here; it was stored as 2024-S1 and the file refused as a duplicate
    j = examine(classic([[1, ACCEPTED, "nhiệm vụ", 5, 7]], ["STT", "Chỉ tiêu", "Đơn vị tính", "Cùng kỳ năm trước", "Thực hiện"],
                        title="BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024"))
    assert j["status"] == "accepted", rules(j)
    assert facts(j) == {("14", "63", "tasks_accepted", "2023-S1", "actual"): (5, "reported", "D6"),
                        ("14", "63", "tasks_accepted", "2024-S1", "actual"): (7, "reported", "E6")}


def test_last_year_column_under_the_uploaders_period():
    j = examine(classic([[1, ACCEPTED, "nhiệm vụ", 5, 8, 7]], ["STT", "Chỉ tiêu", "Đơn vị tính", "TH năm trước", "KH năm nay", "TH năm nay"],
                        title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN"), period="2023")
    assert j["status"] == "accepted", rules(j)
    assert set(facts(j)) == {("14", "63", "tasks_accepted", "2022", "actual"), ("14", "63", "tasks_accepted", "2023", "plan"),
                             ("14", "63", "tasks_accepted", "2023", "actual")}


# --- regional compilations: provinces as columns, totals ------------------------------------

def test_first_data_row_with_duoc_is_not_swallowed_by_the_header():
    # "được" contains "ước": the row 1 | Nhiệm vụ … được quản lý | 10 | 20 | 30 read as a header line
    rows = [["SỞ KHOA HỌC VÀ CÔNG NGHỆ", None, MARK], ["TỔNG HỢP SỐ LIỆU VÙNG NĂM 2023"], [],
            ["STT", "Chỉ tiêu", "Sơn La", "Điện Biên", "Lai Châu", "Toàn vùng"],
            [1, MANAGED, 10, 20, 30, 60]]
    j = examine(workbook([("Vùng", rows)]))
    assert j["status"] == "accepted", rules(j)
    assert facts(j) == {("14", "63", "tasks_managed", "2023", "actual"): (10, "reported", "C5"),
                        ("11", "63", "tasks_managed", "2023", "actual"): (20, "reported", "D5"),
                        ("12", "63", "tasks_managed", "2023", "actual"): (30, "reported", "E5")}
    assert any(i["text"] == "Cột F: Toàn vùng" for i in j["ignored"])


def test_group_header_over_provinces_and_a_total():
    rows = [["SỞ KHOA HỌC VÀ CÔNG NGHỆ", None, MARK], ["TỔNG HỢP SỐ LIỆU VÙNG"], [],
            ["STT", "Chỉ tiêu", "Kết quả thực hiện năm 2023", None, None, None],
            [None, None, "Sơn La", "Điện Biên", "Khánh Hòa (mới)", "Tổng cộng"],
            [1, MANAGED, 10, 20, 30, 60]]
    data = workbook([("Vùng", rows)], {"Vùng": ["C4:F4", "A4:A5", "B4:B5"]})
    j = examine(data)
    assert j["status"] == "accepted", rules(j)
    assert facts(j) == {("14", "63", "tasks_managed", "2023", "actual"): (10, "reported", "C6"),
                        ("11", "63", "tasks_managed", "2023", "actual"): (20, "reported", "D6")}
    # the total and the merged province's column (no unit of 2023 holds it) are listed, never
    # stored for Sơn La
    texts = " | ".join(i["text"] for i in j["ignored"])
    assert "(E6)" in texts and "Cột F" in texts
    hinted = examine(data, province="14")
    assert hinted["status"] == "rejected" and ("D6", "conflict") in rules(hinted)
    assert ("F6", "duplicate") not in rules(hinted) and ("E6", "duplicate") not in rules(hinted)


def test_total_row_at_the_bottom_of_a_classic_form_is_listed():
    j = examine(classic([[1, "Nhiệm vụ KH&CN cấp quốc gia được quản lý", "nhiệm vụ", 4],
                         [2, "Nhiệm vụ KH&CN cấp tỉnh được quản lý", "nhiệm vụ", 30],
                         [None, "Cộng", None, 34]]))
    assert j["status"] == "accepted", rules(j)
    assert len(j["facts"]) == 2
    assert any(i["row"] == 8 and i["text"] == "Cộng" for i in j["ignored"])


# --- tidy rows --------------------------------------------------------------------------------

def test_tidy_year_as_number_text_and_date_with_province_header_tinh_thanh_pho():
    rows = [[MARK], ["Tỉnh/Thành phố", "Năm", "Chỉ tiêu", "Giá trị", "Đơn vị"],
            ["Sơn La", 2023, MANAGED, 10, "nhiệm vụ"],
            ["Điện Biên", 2023.5 - 0.5, MANAGED, 11, "nhiệm vụ"],
            ["Lai Châu", "2023", MANAGED, 12, "nhiệm vụ"],
            # a year typed into a date-formatted column: stored 2023, shown 15/07/1905
            ["Lào Cai", (2023, "dd/mm/yyyy"), MANAGED, 13, "nhiệm vụ"],
            ["Yên Bái", datetime.date(2023, 1, 1), MANAGED, 14, "nhiệm vụ"],
            ["Sơn La", datetime.date(2023, 6, 30), "Số thủ tục hành chính", 50, "thủ tục"],
            ["Tổng cộng", 2023, MANAGED, 60, "nhiệm vụ"]]
    j = examine(workbook([("Dữ liệu", rows)]))
    assert j["status"] == "accepted", rules(j)
    got = facts(j)
    assert {k[0]: k[3] for k in got if k[2] == "tasks_managed"} == {"14": "2023", "11": "2023", "12": "2023", "10": "2023", "15": "2023"}
    assert ("14", "63", "tthc_total", "2023-06-30", "actual") in got  # a stock at its own date, not at 31/12
    assert any("Tổng cộng" in i["text"] for i in j["ignored"])


def test_tidy_flow_at_a_mid_year_date_is_refused():
    rows = [[MARK], ["Tỉnh", "Năm", "Chỉ tiêu", "Giá trị"], ["Sơn La", datetime.date(2023, 6, 30), ACCEPTED, 4]]
    j = examine(workbook([("Dữ liệu", rows)]))
    assert j["status"] == "rejected" and ("D3", "period") in rules(j)


def test_tidy_plan_and_actual_columns():
    # the first value column ("Kế hoạch") was stored as the actual and "Thực hiện" silently dropped
    rows = [[MARK], ["Tỉnh", "Năm", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Ước thực hiện năm 2024"],
            ["Sơn La", 2023, MANAGED, "nhiệm vụ", 50, 40, None],
            ["Sơn La", 2024, MANAGED, "nhiệm vụ", None, None, 44]]
    j = examine(workbook([("Dữ liệu", rows)]))
    assert j["status"] == "accepted", rules(j)
    assert facts(j) == {("14", "63", "tasks_managed", "2023", "plan"): (50, "reported", "E3"),
                        ("14", "63", "tasks_managed", "2023", "actual"): (40, "reported", "F3"),
                        ("14", "63", "tasks_managed", "2024", "actual"): (44, "estimated", "G4")}


def test_province_column_with_year_columns_names_each_rows_province():
    rows = [[MARK], ["TỔNG HỢP SỐ LIỆU CÁC TỈNH"], ["Tỉnh", "Chỉ tiêu", "Năm 2022", "Năm 2023"],
            ["Điện Biên", MANAGED, 25, 30]]
    j = examine(workbook([("Dữ liệu", rows)]))
    assert j["status"] == "accepted", rules(j)
    assert set(facts(j)) == {("11", "63", "tasks_managed", "2022", "actual"), ("11", "63", "tasks_managed", "2023", "actual")}
    # the uploader's province never relabels a row that names another one
    hinted = examine(workbook([("Dữ liệu", rows)]), province="14")
    assert hinted["status"] == "rejected" and ("C4", "conflict") in rules(hinted)


# --- province and period from the title area ------------------------------------------------

@pytest.mark.parametrize("date_line", [
    "Sơn La, ngày 10 tháng 01 năm 2024", "Sơn La, ngày 10/01/2024", "Sơn La, ngày 10-01-2024",
    "Sơn La, ngày      tháng      năm 2024", "Sơn La, ngày … tháng … năm 2024"])
def test_signing_date_line_is_not_the_period(date_line):
    top = [["UBND TỈNH SƠN LA", None, MARK], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", None, date_line]]
    titled = examine(classic([[1, MANAGED, "nhiệm vụ", 40]], top=top, title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN năm 2023"))
    assert set(facts(titled)) == {("14", "63", "tasks_managed", "2023", "actual")}, rules(titled)
    untitled = examine(classic([[1, MANAGED, "nhiệm vụ", 40]], top=top, title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN"), period="2023")
    assert untitled["status"] == "accepted", rules(untitled)


def test_document_reference_date_and_number_are_not_the_period():
    top = [["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH SƠN LA", None, MARK], ["Số: 12/2024/BC-SKHCN"],
           ["Kèm theo Báo cáo số 25/BC-SKHCN ngày 15/01/2024 của Sở KH&CN"]]
    j = examine(classic([[1, MANAGED, "nhiệm vụ", 40]], top=top, title="BIỂU TỔNG HỢP SỐ LIỆU NĂM 2023"))
    assert set(facts(j)) == {("14", "63", "tasks_managed", "2023", "actual")}, rules(j)
    j = examine(classic([[1, MANAGED, "nhiệm vụ", 40]], top=top[:2], title="BIỂU TỔNG HỢP SỐ LIỆU"), period="2023")
    assert j["status"] == "accepted", rules(j)


def test_meeting_venue_province_is_not_the_reporter():
    top = [["SỞ KHOA HỌC VÀ CÔNG NGHỆ", None, MARK], ["Hội nghị giao ban vùng tổ chức tại tỉnh Khánh Hòa"]]
    j = examine(classic([[1, MANAGED, "nhiệm vụ", 40]], top=top), province="14")
    assert set(facts(j)) == {("14", "63", "tasks_managed", "2023", "actual")}, rules(j)
    # with no choice, the venue gives no province at all (never Khánh Hòa's facts)
    assert rules(examine(classic([[1, MANAGED, "nhiệm vụ", 40]], top=top))) == [(None, "no_province")]


def test_note_line_province_is_not_the_reporter():
    top = [["SỞ KHOA HỌC VÀ CÔNG NGHỆ", None, MARK], ["Ghi chú: biểu mẫu theo hướng dẫn của tỉnh Lâm Đồng"]]
    j = examine(classic([[1, MANAGED, "nhiệm vụ", 40]], top=top), province="14")
    assert set(facts(j)) == {("14", "63", "tasks_managed", "2023", "actual")}, rules(j)
    assert rules(examine(classic([[1, MANAGED, "nhiệm vụ", 40]], top=top))) == [(None, "no_province")]


def test_instructions_sheet_example_states_nothing():
    guide = [["HƯỚNG DẪN ĐIỀN BIỂU", None, MARK], ["1. Ghi số liệu vào cột Thực hiện; ô không có số liệu ghi “-”."],
             ["2. Ví dụ: Sở KH&CN tỉnh Lâm Đồng báo cáo năm 2022 ghi 12 nhiệm vụ."]]
    table = [["SỞ KHOA HỌC VÀ CÔNG NGHỆ", None, MARK], ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN"], [], FORM, [1, MANAGED, "nhiệm vụ", 40]]
    j = examine(workbook([("Hướng dẫn", guide), ("Biểu 01", table)]), province="14", period="2023")
    assert j["status"] == "accepted", rules(j)
    assert set(facts(j)) == {("14", "63", "tasks_managed", "2023", "actual")}


def test_predecessor_written_cu_in_parentheses_gets_no_facts():
    top = [["SỞ KHOA HỌC VÀ CÔNG NGHỆ", None, MARK], ["Số liệu gồm cả địa bàn tỉnh Ninh Thuận (cũ)"]]
    j = examine(classic([[1, MANAGED, "nhiệm vụ", 40]], top=top, title="BÁO CÁO KẾT QUẢ 6 THÁNG CUỐI NĂM 2025"), province="56")
    assert j["status"] == "accepted", rules(j)
    assert set(facts(j)) == {("56", "34", "tasks_managed", "2025-S2", "actual")}


def test_predecessor_plan_for_the_merger_year_does_not_refuse_its_actuals():
    top = [["UBND TỈNH NINH THUẬN", None, MARK], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"]]
    j = examine(classic([[1, MANAGED, "nhiệm vụ", 40, 45]], ["STT", "Chỉ tiêu", "Đơn vị tính", "Ước TH 2024", "KH 2025"],
                        top=top, title="BÁO CÁO KẾT QUẢ NĂM 2024"))
    assert j["status"] == "accepted"
    assert set(facts(j)) == {("58", "63", "tasks_managed", "2024", "actual")}


# --- values -----------------------------------------------------------------------------------

def test_percent_cell_formats():
    """0.875 in a %-formatted cell is 87.5 %. 87.5 typed into a %-formatted cell is what Excel
    shows: 8750 %. That is refused as out of range (the user sees 8750 % in their own file and
    can fix it), never silently turned into 87.5."""
    rate = "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 4"
    ok = examine(classic([[1, rate, "%", (0.875, "0.0%")]]))
    assert ok["facts"][0]["value"] == pytest.approx(87.5)
    bad = examine(classic([[1, rate, "%", (87.5, "0.0%")]]))
    assert bad["status"] == "rejected" and rules(bad) == [("D6", "range")]


def test_comma_with_three_digits_is_ambiguous_not_silently_a_decimal():
    # "1,250" tasks: Vietnamese 1,25 or English-locale 1.250 — it was stored as 1.25
    j = examine(classic([[1, MANAGED, "nhiệm vụ", "1,250"]]))
    assert j["status"] == "rejected" and rules(j) == [("D6", "ambiguous_number")]
    assert "1,25" in j["problems"][0]["message"] and "1.250" in j["problems"][0]["message"]
    assert not any(i["row"] == 6 for i in j["ignored"])  # not also listed as "no data"
    ok = examine(classic([[1, MANAGED, "nhiệm vụ", "1.250"], [2, "Tỷ lệ hồ sơ trực tuyến", "%", "12,5"],
                          [3, "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 4", "%", "0,125"]]))
    assert sorted(f["value"] for f in ok["facts"]) == [12.5, 1250]
    # "0,125" reads as 0.125 (not 125): a rate that small beside 12,5 is asked about (0,125 % or 12,5 %?)
    assert [(q["cell"], q["value"], q["rule"]) for q in ok["questions"]] == [("D8", 0.125, "rate_scale")]


def test_negative_count_is_refused():
    j = examine(classic([[1, MANAGED, "nhiệm vụ", -5]]))
    assert rules(j) == [("D6", "range")]


def test_value_cell_holding_a_date_or_a_boolean_is_set_aside_alone_not_no_data():
    """Issue 8: a cell that is not a number where a number belongs is that cell alone not taken
    (it was a `number` problem refusing the whole file); never read as no data or 0."""
    j = examine(classic([[1, MANAGED, "nhiệm vụ", datetime.datetime(2023, 5, 1)], [2, ACCEPTED, "nhiệm vụ", True],
                         [3, "Tổ chức KH&CN", "tổ chức", 7]]))
    assert j["status"] == "accepted" and not j["problems"]
    assert [(f["indicator"], f["value"]) for f in j["facts"]] == [("st_organizations", 7)]
    aside = {i["cell"]: i for i in j["ignored"] if i.get("rule")}
    assert {c: i["rule"] for c, i in aside.items()} == {"D6": "not_one_number", "D7": "not_one_number"}
    assert "“01/05/2023” là một ngày tháng" in aside["D6"]["reason"]
    assert "“TRUE” là giá trị đúng/sai" in aside["D7"]["reason"]


def test_label_with_unit_and_footnote():
    j = examine(classic([[1, "Tỷ lệ hồ sơ trực tuyến (%)", "%", 55], [2, MANAGED + " (*)", "nhiệm vụ", 40],
                         [3, ACCEPTED + "(1)", "nhiệm vụ", "4(*)"]]))
    assert j["status"] == "accepted", rules(j)
    assert {f["indicator"]: f["value"] for f in j["facts"]} == {"online_dossier_rate": 55, "tasks_managed": 40, "tasks_accepted": 4}


def test_formula_with_empty_text_is_no_data_and_an_error_value_is_reported():
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    ws = wb.add_worksheet("Biểu 01")
    for r, row in enumerate(ISSUER + [["BÁO CÁO KẾT QUẢ NĂM 2023"], [], FORM]):
        for c, v in enumerate(row):
            if v is not None:
                ws.write(r, c, v)
    ws.write_row(5, 0, [1, MANAGED, "nhiệm vụ", 40])
    ws.write_row(6, 0, [2, ACCEPTED, "nhiệm vụ"])
    ws.write_formula(6, 3, '=IF(E7="","",E7)', None, "")
    wb.close()
    # Excel saves a formula's empty-text result as t="str" with an empty value
    data = patch_zip(buf.getvalue(), "xl/worksheets/sheet1.xml", lambda b: b.replace(b'<c r="D7">', b'<c r="D7" t="str">'))
    j = examine(data)
    assert j["status"] == "accepted", rules(j)
    assert facts(j) == {("14", "63", "tasks_managed", "2023", "actual"): (40, "reported", "D6")}
    assert any(i["row"] == 7 for i in j["ignored"])

    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    ws = wb.add_worksheet("Biểu 01")
    for r, row in enumerate(ISSUER + [["BÁO CÁO KẾT QUẢ NĂM 2023"], [], FORM]):
        for c, v in enumerate(row):
            if v is not None:
                ws.write(r, c, v)
    ws.write_row(5, 0, [1, MANAGED, "nhiệm vụ"])
    ws.write_formula(5, 3, "=E6/F6", None, "#DIV/0!")
    wb.close()
    j = examine(buf.getvalue())
    assert j["status"] == "rejected" and rules(j) == [("D6", "formula_error")]
    assert "#DIV/0!" in j["problems"][0]["message"]


# --- rows -------------------------------------------------------------------------------------

def test_label_merged_over_a_plan_line_and_an_actual_line():
    # the plan line was stored as the actual and the actual line ignored
    body = [[1, MANAGED, "nhiệm vụ", "Kế hoạch", 45], [None, None, None, "Thực hiện", 40],
            [2, ACCEPTED, "nhiệm vụ", "Kế hoạch", 12], [None, None, None, "Thực hiện", 10]]
    j = examine(classic(body, ["STT", "Chỉ tiêu", "Đơn vị tính", "Nội dung", "Giá trị"],
                        merges=["A6:A7", "B6:B7", "C6:C7", "B8:B9"]))
    assert j["status"] == "accepted", rules(j)
    assert facts(j) == {("14", "63", "tasks_managed", "2023", "plan"): (45, "reported", "E6"),
                        ("14", "63", "tasks_managed", "2023", "actual"): (40, "reported", "E7"),
                        ("14", "63", "tasks_accepted", "2023", "plan"): (12, "reported", "E8"),
                        ("14", "63", "tasks_accepted", "2023", "actual"): (10, "reported", "E9")}


def test_row_with_figures_but_no_label_is_never_silently_dropped():
    merged = examine(classic([[1, MANAGED, "nhiệm vụ", 40], [None, None, None, 2]], merges=["B6:B7"]))
    assert merged["status"] == "rejected" and ("D7", "duplicate") in rules(merged)
    stray = examine(classic([[1, MANAGED, "nhiệm vụ", 40], [None, None, None, 2]]))
    assert stray["status"] == "accepted"
    assert any(i["row"] == 7 and i["text"] == "2" for i in stray["ignored"])


# --- whole files ------------------------------------------------------------------------------

def test_empty_workbook_is_refused():
    wb = openpyxl.Workbook()
    wb.properties.title = MARK
    buf = io.BytesIO()
    wb.save(buf)
    j = examine(buf.getvalue())
    assert j["status"] == "rejected" and rules(j) == [(None, "no_indicator")]


def test_workbook_with_only_a_hidden_sheet_is_refused():
    data = classic([[1, MANAGED, "nhiệm vụ", 40]])
    data = patch_zip(data, "xl/workbook.xml", lambda b: b.replace(b'state="visible"', b'state="hidden"'))
    j = examine(data)
    assert j["status"] == "rejected" and rules(j) == [(None, "no_indicator")]
    assert j["ignored"][0]["text"] == "Biểu 01" and j["ignored"][0]["row"] is None


def test_far_away_stray_cell_after_many_blank_rows():
    rows = ISSUER + [["BÁO CÁO NĂM 2023"], [], FORM, [1, MANAGED, "nhiệm vụ", 40]] + [[]] * 200_000 + [[None, None, None, None, None, "x"]]
    j = examine(workbook([("Biểu 01", rows)]))
    assert set(facts(j)) == {("14", "63", "tasks_managed", "2023", "actual")}
    assert any(i["text"] == "x" for i in j["ignored"])


def test_nfd_headers_labels_and_sheet_name_with_diacritics():
    import unicodedata

    def nfd(t):
        return unicodedata.normalize("NFD", t) if isinstance(t, str) else t
    rows = [[nfd("UBND TỈNH SƠN LA"), None, MARK], [nfd("BÁO CÁO KẾT QUẢ NĂM 2023")], [],
            [nfd(h) for h in FORM], [1, nfd(MANAGED), nfd("nhiệm vụ"), 40]]
    j = examine(workbook([(nfd("Biểu số 01 – Kết quả"), rows)]))
    assert j["status"] == "accepted", rules(j)
    assert j["facts"][0]["sheet"] == unicodedata.normalize("NFC", "Biểu số 01 – Kết quả")


def test_damaged_xlsx_is_refused_not_a_crash():
    data = classic([[1, MANAGED, "nhiệm vụ", 40]])
    cut = patch_zip(data, "xl/worksheets/sheet1.xml", lambda b: b[: len(b) // 2])
    j = examine(cut)
    assert j["status"] == "rejected" and rules(j) == [(None, "unreadable")]


def test_malformed_uploader_period_is_a_problem_not_an_exception():
    j = examine(classic([[1, MANAGED, "nhiệm vụ", 40]]), period="2023-13")
    assert j["status"] == "rejected"
