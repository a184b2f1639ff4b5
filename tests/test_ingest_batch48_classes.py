"""The classes blind batch 48 missed (exports from reporting software and shared spreadsheets), each with
probes where the rule must NOT fire: a period written year first as reporting software writes it
("2025-Q3", "2025-S1", "2025-09", "2025-09-30"), a report's part of the year given as a field under its
title ("Kỳ: 9 tháng"). Test data, built with tests/fixtures/reports.py."""
from __future__ import annotations

from metrics import periods
from tests.fixtures.reports import MARK, examine, facts, head, taken


def _csv(rows: list[list], sep: str = ";") -> bytes:
    return ("\ufeff" + "\r\n".join(sep.join(str(c) for c in row) for row in rows + [[MARK]]) + "\r\n").encode("utf-8")


def _examine_csv(rows: list[list], name: str = "ket_xuat.csv"):
    from etl import ingest

    return ingest.examine(_csv(rows), name)


EXPORT_HEAD = ["Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo", "Giá trị", "Đơn vị báo cáo"]
BODY = "Sở KH&CN tỉnh Quảng Trị"


# --- a period written year first: "2025-Q3", "2025-S1", "2025-09", "2025-09-30" -------------------
def test_year_first_codes_are_their_part_of_the_year():
    assert periods.from_text("2025-Q3").notation == "2025-Q3"
    assert periods.from_text("2025Q3").notation == "2025-Q3"
    assert periods.from_text("2025 - Q3").notation == "2025-Q3"
    assert periods.from_text("2025-S1").notation == "2025-S1"
    assert periods.from_text("2025-H2").notation == "2025-S2"
    assert periods.from_text("2025-09").notation == "2025-09"
    assert periods.from_text("2025-09-30").notation == "2025-09-30"
    assert periods.from_text("2024-12-31").notation == "2024"     # as "31/12/2024" is


def test_export_rows_with_year_first_codes():
    got = taken(_examine_csv([EXPORT_HEAD,
                              ["KHCN.02.01", "Số nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", "2024-Q3", "14", BODY],
                              ["KHCN.03.01", "Số sản phẩm OCOP được công nhận", "Sản phẩm", "2024-S1", "23", BODY],
                              ["KHCN.06.01", "Số doanh nghiệp được hỗ trợ hoạt động KH&CN", "Doanh nghiệp", "2024-05",
                               "4", BODY],
                              ["KHCN.04.02", "Số nhãn hiệu chứng nhận được bảo hộ (lũy kế)", "Nhãn hiệu", "2024-09-30",
                               "26", BODY]]))
    assert got[("45", "63", "tasks_accepted", "2024-Q3", "actual")] == 14
    assert got[("45", "63", "ocop_products", "2024-S1", "actual")] == 23
    assert got[("45", "63", "enterprises_supported", "2024-05", "actual")] == 4
    assert got[("45", "63", "ip_certification_marks", "2024-09-30", "actual")] == 26
    # never the year's
    assert not [k for k in got if k[3] == "2024"]


def test_probe_a_code_of_no_period_is_never_the_year():
    # "2024-Q5", "2024-13", "2024-S3" name no period: never stored as the whole year 2024
    for code in ("2024-Q5", "2024-13", "2024-S3"):
        assert periods.from_text(code) is None, code
        res = _examine_csv([EXPORT_HEAD,
                            ["KHCN.02.01", "Số nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", code, "14", BODY],
                            ["KHCN.03.01", "Số sản phẩm OCOP được công nhận", "Sản phẩm", "2024", "40", BODY]])
        assert ("45", "63", "tasks_accepted", "2024", "actual") not in facts(res), code


def test_probe_spans_of_years_and_other_spellings_read_as_before():
    # a span of years is no year-first part; a quarter written part first unchanged
    assert periods.from_text("2021-2025").notation == "2021/2025"
    assert periods.from_text("Q3-2025").notation == "2025-Q3"
    assert periods.from_text("Năm 2024").notation == "2024"
    assert periods.from_text("2024-25") is None    # a school year's spelling: no calendar period


# --- "Kỳ: 9 tháng" under a title naming its year -------------------------------------------------
def _nine_months(field: str, title: str = "BÁO CÁO SỐ LIỆU KHOA HỌC VÀ CÔNG NGHỆ NĂM 2022") -> list[list]:
    return head("Thái Bình", title) + [[field], [],
                                       ["TT", "Nội dung", "Đơn vị", "Kỳ này", "Cùng kỳ năm trước", "Ghi chú"],
                                       ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 38, 33],
                                       ["2", "Nhiệm vụ KH&CN chuyển tiếp", "nhiệm vụ", 24, 21]]


def test_part_of_year_field_under_the_title():
    got = taken(examine(_nine_months("Kỳ: 9 tháng")))
    assert got[("34", "63", "ocop_products", "2022-01/2022-09", "actual")] == 38
    assert got[("34", "63", "ocop_products", "2021-01/2021-09", "actual")] == 33
    assert got[("34", "63", "tasks_carried_over", "2022-01/2022-09", "actual")] == 24
    assert not [k for k in got if k[3] in ("2022", "2021")]
    got = taken(examine(_nine_months("Kỳ báo cáo: Quý III")))
    assert got[("34", "63", "ocop_products", "2022-Q3", "actual")] == 38


def test_probe_a_field_naming_the_year_or_a_note_is_no_part():
    # "Kỳ: Năm 2022" is the year itself; a note "Ghi chú: …" is no period field
    got = taken(examine(_nine_months("Kỳ: Năm 2022")))
    assert got[("34", "63", "ocop_products", "2022", "actual")] == 38
    got = facts(examine(_nine_months("Ghi chú: số liệu 9 tháng do các huyện báo cáo")))
    assert ("34", "63", "ocop_products", "2022-01/2022-09", "actual") not in got


def test_probe_a_part_under_a_title_of_a_part_moves_nothing():
    # the title already names a part ("6 THÁNG ĐẦU NĂM 2022"): "Kỳ: 9 tháng" beside it makes no nine months
    got = facts(examine(_nine_months("Kỳ: 9 tháng", "BÁO CÁO SỐ LIỆU KH&CN 6 THÁNG ĐẦU NĂM 2022")))
    assert not [k for k in got if k[3] == "2022-01/2022-09"]


# --- the reporting system's export: "Kỳ báo cáo | Năm" with the part of the year in words ----------
LONG_HEAD = ["STT", "Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo", "Năm", "Giá trị", "Đơn vị báo cáo"]
QT = "Sở Khoa học và Công nghệ tỉnh Quảng Trị"


def _export(rows: list[tuple]) -> list[list]:
    return [["HỆ THỐNG THÔNG TIN BÁO CÁO CHUYÊN NGÀNH KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], [], LONG_HEAD] + [
        [i, code, name, unit, part, year, value, QT] for i, (code, name, unit, part, year, value) in enumerate(rows, 1)]


ACCEPTED = ("KHCN.02.01", "Số nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ")
OCOP = ("KHCN.03.01", "Số sản phẩm OCOP được công nhận", "Sản phẩm")


def test_export_part_of_year_in_words_beside_the_year():
    got = taken(examine(_export([(*ACCEPTED, "6 tháng", 2024, 11), (*ACCEPTED, "Năm", 2024, 27),
                                 (*OCOP, "Quý III", 2024, 9), (*OCOP, "9 tháng", 2024, 30), (*OCOP, "Cả năm", 2024, 42)])))
    assert got[("45", "63", "tasks_accepted", "2024-S1", "actual")] == 11
    assert got[("45", "63", "tasks_accepted", "2024", "actual")] == 27
    assert got[("45", "63", "ocop_products", "2024-Q3", "actual")] == 9
    assert got[("45", "63", "ocop_products", "2024-01/2024-09", "actual")] == 30
    assert got[("45", "63", "ocop_products", "2024", "actual")] == 42


def test_probe_a_half_named_in_words_is_never_the_year():
    # "6 tháng cuối năm", "6 tháng đầu năm" beside the year were read as the whole year (also in "Năm | Quý")
    got = taken(examine(_export([(*ACCEPTED, "6 tháng cuối năm", 2024, 16), (*OCOP, "6 tháng đầu năm", 2024, 20)])))
    assert got[("45", "63", "tasks_accepted", "2024-S2", "actual")] == 16
    assert got[("45", "63", "ocop_products", "2024-S1", "actual")] == 20
    assert not [k for k in got if k[3] == "2024"]
    got = taken(examine(head("Quảng Trị", "Số liệu KH&CN theo kỳ") + [
        ["Năm", "Quý", "Chỉ tiêu", "Giá trị"], [2024, "6 tháng đầu năm", "Sản phẩm OCOP được công nhận", 20],
        [2024, "6 tháng cuối năm", "Sản phẩm OCOP được công nhận", 22]]))
    assert got[("45", "63", "ocop_products", "2024-S1", "actual")] == 20
    assert got[("45", "63", "ocop_products", "2024-S2", "actual")] == 22
    assert ("45", "63", "ocop_products", "2024", "actual") not in got


def test_probe_a_running_total_or_a_plan_in_the_part_column_is_no_period():
    # "Lũy kế" (to date) and "Kế hoạch" beside the year are no actual figure of the year
    got = facts(examine(_export([(*ACCEPTED, "Năm", 2024, 27), (*OCOP, "Lũy kế", 2024, 310)])))
    assert ("45", "63", "ocop_products", "2024", "actual") not in got
    got = facts(examine(_export([(*ACCEPTED, "Năm", 2024, 27), (*OCOP, "Kế hoạch", 2024, 50)])))
    assert ("45", "63", "ocop_products", "2024", "actual") not in got


# --- "T. Hà Tĩnh" and a city under its province in a compilation -----------------------------------
def _compilation(rows: list[list]) -> list[list]:
    return [["BỘ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], ["TỔNG HỢP SỐ LIỆU VÙNG BẮC TRUNG BỘ NĂM 2024"], [],
            ["STT", "Tỉnh, thành phố", "Nhiệm vụ KH&CN được nghiệm thu (nhiệm vụ)", "Sản phẩm OCOP được công nhận (sản phẩm)"]
            ] + rows


def test_province_written_with_t_dot_and_a_city_below_its_province():
    got = taken(examine(_compilation([["1", "Nghệ An", 49, 88], ["", "- Trong đó: TP. Vinh", 6, 14],
                                      ["2", "T. Hà Tĩnh", 31, 74], ["3", "T.Quảng Bình", 22, 41]])))
    assert got[("40", "63", "tasks_accepted", "2024", "actual")] == 49
    assert got[("42", "63", "ocop_products", "2024", "actual")] == 74
    assert got[("44", "63", "tasks_accepted", "2024", "actual")] == 22
    assert 6 not in got.values() and 14 not in got.values()


def test_probe_a_town_or_another_kind_of_place_is_no_province():
    from metrics import registry

    # "TX. Quảng Trị" (the town of Quảng Trị), "TT. Hà Tĩnh" are no province
    assert registry.match_province("TX. Quảng Trị") == []
    assert registry.match_province("TT. Hà Tĩnh") == []
    got = facts(examine(_compilation([["1", "Tỉnh Quảng Trị", 27, 42], ["", "Trong đó: huyện Vĩnh Linh", 4, 9]])))
    assert got[("45", "63", "tasks_accepted", "2024", "actual")] == 27
    assert 4 not in got.values() and 9 not in got.values()


def test_probe_a_province_own_city_name_stays_the_province():
    # "TP. Đà Nẵng" (a centrally-run city) is a province, not a place below one
    got = taken(examine(_compilation([["1", "Nghệ An", 49, 88], ["2", "TP. Đà Nẵng", 35, 29]])))
    assert got[("48", "63", "tasks_accepted", "2024", "actual")] == 35


# --- an Excel serial in a "Thời điểm" column ------------------------------------------------------
def _shared_sheet(rows: list[list], when_header: str = "Thời điểm") -> list[list]:
    return [["Số liệu KH&CN (bảng tính dùng chung)"], [MARK], ["Tỉnh/thành phố:", "Gia Lai"], [],
            ["STT", "Chỉ tiêu", "ĐVT", when_header, "Số liệu"]] + rows


def test_serial_date_in_a_cut_off_column():
    got = taken(examine(_shared_sheet([["1", "Sản phẩm OCOP còn hiệu lực công nhận (từ 3 sao)", "sản phẩm", 46022, 412],
                                       ["2", "Chỉ dẫn địa lý được bảo hộ (lũy kế)", "chỉ dẫn", 45930, 9]])))
    assert got[("52", "34", "ocop_products_total", "2025-12-31", "actual")] == 412
    assert got[("52", "34", "ip_geographical_indications", "2025-09-30", "actual")] == 9


def test_probe_a_flow_at_a_serial_date_or_a_serial_in_a_year_column_is_not_read():
    # a flow at a bare date (its period or a total to that day: a person cannot tell) stays set aside
    got = facts(examine(_shared_sheet([["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 46022, 28],
                                       ["2", "Chỉ dẫn địa lý được bảo hộ (lũy kế)", "chỉ dẫn", 46022, 9]])))
    assert not [k for k in got if k[2] == "ocop_products"]
    # a serial under "Năm" is no date: never read as one
    got = facts(examine(_shared_sheet([["1", "Chỉ dẫn địa lý được bảo hộ (lũy kế)", "chỉ dẫn", 46022, 9]], "Năm")))
    assert got == {}
    # a number outside the dates a report can have is no serial
    got = facts(examine(_shared_sheet([["1", "Chỉ dẫn địa lý được bảo hộ (lũy kế)", "chỉ dẫn", 12345, 9]])))
    assert got == {}
