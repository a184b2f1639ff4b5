"""Wrong numbers found by review20a in a row label's period note and in what a count counts (fixnote).
Each report is built here, marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

from tests.fixtures.reports import examine, head, taken

T24 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"
T25 = "BÁO CÁO KẾT QUẢ CÔNG TÁC KHOA HỌC, CÔNG NGHỆ VÀ ĐỔI MỚI SÁNG TẠO NĂM 2025"


def _one(label: str, value, header: str = "Kết quả", unit: str = "x", title: str = T24, province: str = "Nghệ An"):
    return examine(head(province, title) + [["STT", "Chỉ tiêu", "ĐVT", header], ["1", label, unit, value],
                                            ["2", "Sáng kiến được công nhận", "sáng kiến", 7]], name="r.xlsx")


# --- 6. a note running up to a period ("đến", "tính đến", "lũy kế đến", "từ … đến nay") ----------------

def test_a_flows_note_up_to_a_period_is_set_aside_never_one_years_figure():
    """"Sản phẩm OCOP được công nhận (đến năm 2023) | Kết quả | 150" in a report on 2024: the products
    recognized up to 2023, summed over the years — it was stored as 2023's products recognized (main
    stored 2024's). So "(tính đến năm 2024)", "(đến ngày 31/12/2023)", "(từ năm 2021 đến nay)": no
    year's flow is stored, the reason is given, the rest of the file is read."""
    for label in ("Sản phẩm OCOP được công nhận (đến năm 2023)", "Sản phẩm OCOP được công nhận (tính đến năm 2024)",
                  "Sản phẩm OCOP được công nhận (đến ngày 31/12/2023)", "Nhiệm vụ KH&CN được nghiệm thu (từ năm 2021 đến nay)",
                  "Nhiệm vụ KH&CN được nghiệm thu (từ năm 2021)"):
        r = _one(label, 150)
        assert r.accepted, label
        assert taken(r) == {("40", "63", "initiatives_recognized", "2024", "actual"): 7}, label
        assert any("cộng dồn" in i.reason_vi for i in r.ignored), label


def test_a_stocks_note_up_to_a_date_gives_its_date_or_sets_it_aside():
    """A stock's "(lũy kế đến năm 2023)" is its count at the end of 2023 (README "Periods": "Tính đến
    31/12/2023" is a date) — it was stored at 31/12/2024; "(tính đến 31/12/2023)", a date the note
    reader does not take, is set aside rather than stored at the report's date."""
    got = taken(_one("Sản phẩm OCOP được công nhận (lũy kế đến năm 2023)", 150))
    assert got[("40", "63", "ocop_products_total", "2023-12-31", "actual")] == 150
    assert ("40", "63", "ocop_products_total", "2024-12-31", "actual") not in got
    r = _one("Số tổ chức KH&CN (tính đến 31/12/2023)", 150)
    assert taken(r) == {("40", "63", "initiatives_recognized", "2024", "actual"): 7}
    assert any("tính đến năm 2023" in i.reason_vi for i in r.ignored)
    # a date inside the report's year that is not its end: the count at 30/6 is not the count at 31/12
    r = _one("Số tổ chức KH&CN (tính đến 30/6/2024)", 150)
    assert taken(r) == {("40", "63", "initiatives_recognized", "2024", "actual"): 7}
    assert taken(_one("Số tổ chức KH&CN (tính đến 31/12/2024)", 150))[
        ("40", "63", "st_organizations", "2024-12-31", "actual")] == 150


def test_a_note_never_moves_an_estimate_or_a_plan_to_its_year():
    """"Nhiệm vụ KH&CN được nghiệm thu (năm 2023)" under "Ước thực hiện" (or "Kế hoạch") in a report on
    2024: the column is the report year's estimate (plan), the note names 2023 — it was stored as
    2023's figure; now set aside with the reason."""
    for header in ("Ước thực hiện", "Kế hoạch"):
        r = _one("Nhiệm vụ KH&CN được nghiệm thu (năm 2023)", 150, header=header)
        assert not any(k[2] == "tasks_accepted" for k in taken(r)), header
        assert any("không rõ số liệu của kỳ nào" in i.reason_vi for i in r.ignored), header


def test_probe_a_plain_period_note_still_dates_an_actual_column():
    """Where it must not fire: "(năm 2023)", "(số liệu năm 2023)" under "Kết quả" date the figure;
    "(lũy kế từ đầu năm đến 30/9/2024)" stays within the year; no note, the report's year."""
    assert taken(_one("Sản phẩm OCOP được công nhận (năm 2023)", 150))[
        ("40", "63", "ocop_products", "2023", "actual")] == 150
    assert taken(_one("Nhiệm vụ KH&CN được nghiệm thu (số liệu năm 2023)", 150))[
        ("40", "63", "tasks_accepted", "2023", "actual")] == 150
    assert taken(_one("Sản phẩm OCOP được công nhận", 150))[("40", "63", "ocop_products", "2024", "actual")] == 150
    assert taken(_one("Nhiệm vụ KH&CN được nghiệm thu", 150, header="Ước thực hiện"))[
        ("40", "63", "tasks_accepted", "2024", "actual")] == 150


# --- 7. what a count counts: organizations and people, not applications, files, visits, products -----

def _ip(rows: list[list]):
    return examine(head("Lâm Đồng", T25) + [["STT", "Nội dung", "ĐVT", "Thực hiện năm 2025"], *rows,
                                            [9, "Sáng kiến được công nhận", "sáng kiến", 7]], name="lamdong_2025.xlsx")


def test_a_count_of_files_visits_or_products_is_no_count_of_applicants_supported():
    """"Số hồ sơ đăng ký nhãn hiệu được hướng dẫn | hồ sơ | 97", "Số lượt tư vấn, hướng dẫn đăng ký bảo hộ
    SHTT | lượt | 150", "Số sản phẩm được hỗ trợ đăng ký bảo hộ nhãn hiệu | sản phẩm | 30", "Hướng dẫn đăng
    ký bảo hộ SHTT | đơn | 30": each was stored as the organizations and people supported with IP
    registration (indicators.toml counted_units / excluded_units, the label and the unit column)."""
    for row in ([1, "Số hồ sơ đăng ký nhãn hiệu được hướng dẫn", "hồ sơ", 97],
                [1, "Số hồ sơ đăng ký nhãn hiệu được hướng dẫn", None, 97],
                [1, "Số lượt tư vấn, hướng dẫn đăng ký bảo hộ SHTT", "lượt", 150],
                [1, "Số sản phẩm được hỗ trợ đăng ký bảo hộ nhãn hiệu", "sản phẩm", 30],
                [1, "Hướng dẫn đăng ký bảo hộ SHTT", "đơn", 30],
                [1, "Số tổ chức, cá nhân được hỗ trợ đăng ký bảo hộ SHTT", "lượt", 30]):
        got = taken(_ip([row]))
        assert got == {("68", "34", "initiatives_recognized", "2025", "actual"): 7}, row


def test_the_unit_column_naming_what_is_counted_gives_the_reason():
    r = _ip([[1, "Hướng dẫn đăng ký bảo hộ SHTT", "đơn", 30]])
    assert any("“đơn”" in i.reason_vi for i in r.ignored), [i.reason_vi for i in r.ignored]


def test_probe_organizations_and_people_are_still_taken():
    """Where it must not fire: "Số tổ chức, đơn vị, cá nhân …" ("đơn vị" is no "đơn"), a unit column
    "đơn vị", "tổ chức, cá nhân" or none, "Hướng dẫn đăng ký nhãn hiệu" (the activity, no counted noun)."""
    for row in ([1, "Số tổ chức, đơn vị, cá nhân được hướng dẫn đăng ký bảo hộ SHTT", None, 21],
                [1, "Số tổ chức, cá nhân được hỗ trợ đăng ký bảo hộ SHTT", "đơn vị", 21],
                [1, "Số tổ chức, cá nhân được hỗ trợ đăng ký bảo hộ SHTT", "tổ chức, cá nhân", 21],
                [1, "Hướng dẫn đăng ký nhãn hiệu", None, 21]):
        assert taken(_ip([row]))[("68", "34", "ip_registrations_supported", "2025", "actual")] == 21, row
