"""What the thirty-seventh blind batch of the workbook corpus revealed (the planners' provinces —
Ninh Thuận, Sơn La, Kon Tum, Bình Thuận and their successors — written by other software), one class
per test: each report is built here, marked as test data, and read by `etl.ingest.examine` as an
upload is. A statistician's reading is the expectation; beside each rule, probes where it must not
fire, asserted as not stored."""
from __future__ import annotations

import datetime as dt

from tests.fixtures.reports import examine, facts, head, taken

_QN = head("Quảng Ngãi", "BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ KH&CN 6 THÁNG ĐẦU NĂM 2026")
_CUT_OFF = ["STT", "Chỉ tiêu", "ĐVT", "Thời điểm", "Số lượng"]
_END_2025, _MID_2026 = dt.datetime(2025, 12, 31), dt.datetime(2026, 6, 30)


def test_a_stock_is_dated_by_its_thoi_diem_cell():
    """The new Quảng Ngãi's stocks "Chỉ tiêu | ĐVT | Thời điểm | Số lượng" with 31/12/2025 and
    30/06/2026 down the rows (Excel serial dates formatted dd/mm/yyyy) under a report on the first half
    of 2026. The column was read as no column: every row dated at 30/06/2026 — two values for one fact
    refused the file, and a stock listed once at 31/12/2025 (14 marks) was stored at 30/06/2026."""
    for header in ("Thời điểm", "Thời điểm chốt số liệu", "Ngày chốt số liệu"):
        got = taken(examine([*_QN, [*_CUT_OFF[:3], header, "Số lượng"],
                             [1, "Tổng số sản phẩm OCOP còn hiệu lực", "Sản phẩm", _END_2025, 412],
                             [2, "Tổng số sản phẩm OCOP còn hiệu lực", "Sản phẩm", _MID_2026, 431],
                             [3, "Nhãn hiệu chứng nhận được bảo hộ (lũy kế)", "Nhãn hiệu", _END_2025, 14],
                             [4, "Số tổ chức khoa học và công nghệ", "Tổ chức", "30/06/2026", 23]]))
        assert got[("51", "34", "ocop_products_total", "2025-12-31", "actual")] == 412, header
        assert got[("51", "34", "ocop_products_total", "2026-06-30", "actual")] == 431, header
        assert got[("51", "34", "ip_certification_marks", "2025-12-31", "actual")] == 14, header
        assert ("51", "34", "ip_certification_marks", "2026-06-30", "actual") not in got, header
        assert got[("51", "34", "st_organizations", "2026-06-30", "actual")] == 23, header
        assert len(got) == 4, (header, got)


def test_a_flow_beside_a_cut_off_date_is_set_aside_not_dated():
    """Probe (another period; a total to date read as a period's): "Sản phẩm OCOP được công nhận |
    31/12/2025 | 28" is 2025's count or every product recognized up to that day — a person cannot
    tell. Neither the 31/12 date read as its year (2025) nor the report's end (2026-S1) is stored; the
    row is set aside with the reason and the rest of the file loads."""
    for when in (_END_2025, _MID_2026, "30/06/2026", dt.datetime(2026, 6, 15)):
        result = examine([*_QN, _CUT_OFF,
                          [1, "Sản phẩm OCOP được công nhận", "Sản phẩm", when, 28],
                          [2, "Tổng số sản phẩm OCOP còn hiệu lực", "Sản phẩm", _MID_2026, 431]])
        got = taken(result)
        assert not [k for k in got if k[2] == "ocop_products"], (when, got)
        assert got[("51", "34", "ocop_products_total", "2026-06-30", "actual")] == 431, when
        assert any("cột thời điểm chỉ ghi một ngày" in i.reason_vi for i in result.ignored), when


def test_a_period_written_in_the_thoi_diem_column_is_that_period():
    """Probe (the rule's edge): a period typed in the column ("6 tháng đầu năm 2026", "Năm 2025") is
    that period for a flow, as in any period column — only a bare date is set aside."""
    got = taken(examine([*_QN, _CUT_OFF,
                         [1, "Sản phẩm OCOP được công nhận", "Sản phẩm", "6 tháng đầu năm 2026", 28],
                         [2, "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", "Năm 2025", 31]]))
    assert got == {("51", "34", "ocop_products", "2026-S1", "actual"): 28,
                   ("51", "34", "tasks_accepted", "2025", "actual"): 31}


def test_a_flow_across_beside_a_cut_off_date_is_set_aside_its_stock_dated_by_the_cell():
    """Batch 15's Phú Yên with the indicators across, "TT | Thời điểm | … | Tiềm năng 5 sao | Tổng" over
    "31/12/2023" and "31/12/2024": with "Thời điểm" a cut-off column, the flow "Tiềm năng 5 sao" was
    stored as 2023's and 2024's count (the set-aside covered the rows of indicators only). Each such
    cell is set aside with the reason; a stock's column beside it is dated by the cell."""
    for header in ("Thời điểm", "Ngày chốt số liệu", "Đến ngày"):
        result = examine([*_QN, ["TT", header, "Sản phẩm OCOP tiềm năng 5 sao", "Tổng số sản phẩm OCOP còn hiệu lực"],
                          [1, _END_2025, 1, 412], [2, "30/06/2026", 2, 431]])
        got = taken(result)
        assert got == {("51", "34", "ocop_products_total", "2025-12-31", "actual"): 412,
                       ("51", "34", "ocop_products_total", "2026-06-30", "actual"): 431}, (header, got)
        assert sum("cột thời điểm chỉ ghi một ngày" in i.reason_vi for i in result.ignored) == 2, header


def test_a_flow_beside_a_bare_den_ngay_date_is_not_that_years_count():
    """"Sản phẩm OCOP được công nhận | Đến ngày 31/12/2025 | 182" in a report on 2026-S1: stored as
    2025's count — but a count "as of 31/12" is as often the total to date. A "Đến ngày" column alone
    (or a row leaving its "Từ ngày" blank) is a cut-off: the flow set aside, the stock dated by it."""
    for header in ("Đến ngày", "Tính đến ngày"):
        result = examine([*_QN, [*_CUT_OFF[:3], header, "Số lượng"],
                          [1, "Sản phẩm OCOP được công nhận", "Sản phẩm", _END_2025, 182],
                          [2, "Nhãn hiệu chứng nhận (lũy kế)", "Nhãn hiệu", "31/12/2025", 14]])
        assert taken(result) == {("51", "34", "ip_certification_marks", "2025-12-31", "actual"): 14}, header
        assert any("cột thời điểm chỉ ghi một ngày" in i.reason_vi for i in result.ignored), header
    got = taken(examine([*_QN, ["STT", "Chỉ tiêu", "ĐVT", "Từ ngày", "Đến ngày", "Số lượng"],
                         [1, "Sản phẩm OCOP được công nhận", "Sản phẩm", None, "31/12/2025", 182],
                         [2, "Nhãn hiệu chứng nhận (lũy kế)", "Nhãn hiệu", None, "31/12/2025", 14]]))
    assert got == {("51", "34", "ip_certification_marks", "2025-12-31", "actual"): 14}


def test_a_flow_beside_its_period_is_read_across_or_with_both_ends():
    """Probes (where the set-aside must not fire): a period column that is no cut-off ("Năm") with
    the indicators across; a period typed in a "Thời điểm" cell; "Từ ngày | Đến ngày" both filled."""
    got = taken(examine([*_QN, ["TT", "Năm", "Sản phẩm OCOP được công nhận", "Tổng số sản phẩm OCOP còn hiệu lực"],
                         [1, "2025", 28, 412], [2, "6 tháng đầu năm 2026", 17, 431]]))
    assert got == {("51", "34", "ocop_products", "2025", "actual"): 28,
                   ("51", "34", "ocop_products_total", "2025-12-31", "actual"): 412,
                   ("51", "34", "ocop_products", "2026-S1", "actual"): 17,
                   ("51", "34", "ocop_products_total", "2026-06-30", "actual"): 431}
    got = taken(examine([*_QN, ["TT", "Thời điểm", "Sản phẩm OCOP được công nhận", "Tổng số sản phẩm OCOP còn hiệu lực"],
                         [1, "6 tháng đầu năm 2026", 17, 431]]))
    assert got == {("51", "34", "ocop_products", "2026-S1", "actual"): 17,
                   ("51", "34", "ocop_products_total", "2026-06-30", "actual"): 431}
    got = taken(examine([*_QN, ["STT", "Chỉ tiêu", "ĐVT", "Từ ngày", "Đến ngày", "Số lượng"],
                         [1, "Sản phẩm OCOP được công nhận", "Sản phẩm", "01/01/2026", "30/06/2026", 17]]))
    assert got == {("51", "34", "ocop_products", "2026-S1", "actual"): 17}


_CONFERENCE = [*head("Khánh Hòa", "HỘI NGHỊ GIAO BAN KH&CN VÙNG DUYÊN HẢI NAM TRUNG BỘ VÀ TÂY NGUYÊN"),
               ["Biểu 1. Kết quả năm 2024"],
               ["STT", "Tỉnh, thành phố", "Nhiệm vụ KH&CN được quản lý", "Sản phẩm OCOP được công nhận"]]


def _conference(name: str, period: str = "Biểu 1. Kết quả năm 2024") -> list[list]:
    rows = [list(r) for r in _CONFERENCE]
    rows[5] = [period]
    return [*rows, [1, "Kon Tum" if "2024" in period else "Quảng Ngãi (mới)", 32, 28], [2, name, 49, 66]]


def test_a_province_named_with_its_part_at_the_conference_is_that_province():
    """The conference compilation's "Sơn La (tỉnh dự hội nghị)" — a province named with a note on its
    part in the table (invited, host, cluster head, unchanged by the merger): the province a person
    reads. It was an unknown province and refused the whole compilation (44 facts, batch 37)."""
    for note in ("tỉnh dự hội nghị", "khách mời", "đăng cai", "Trưởng cụm", "giữ nguyên"):
        got = taken(examine(_conference(f"Sơn La ({note})")))
        assert got[("14", "63", "tasks_managed", "2024", "actual")] == 49, note
        assert got[("14", "63", "ocop_products", "2024", "actual")] == 66, note
        assert got[("62", "63", "tasks_managed", "2024", "actual")] == 32, note
    got = taken(examine(_conference("Sơn La (giữ nguyên)", "Biểu 2. Kết quả 6 tháng đầu năm 2026")))
    assert got[("14", "34", "tasks_managed", "2026-S1", "actual")] == 49


def test_a_note_on_the_figure_or_naming_a_place_after_a_province_still_stores_nothing_for_it():
    """Probes (a plan, an estimate, a draft, another province, a former province after the merger): a
    note that says what the FIGURE is ("(ước)", "(kế hoạch)", "(số liệu sơ bộ)") or names another
    place is no role note — nothing is stored for the province named; and "Ninh Thuận (giữ nguyên)"
    in a table of 2026 names a province that no longer exists, never stored as the new Khánh Hòa."""
    for name in ("Sơn La (ước)", "Sơn La (kế hoạch)", "Sơn La (số liệu sơ bộ)", "Sơn La (đăng cai, cùng Kon Tum)",
                 "Sơn La (khách mời của Kon Tum)"):
        got = facts(examine(_conference(name)))
        assert not [k for k in got if k[0] == "14"], (name, got)
    result = examine(_conference("Ninh Thuận (giữ nguyên)", "Biểu 2. Kết quả 6 tháng đầu năm 2026"))
    got = facts(result)
    assert not [k for k in got if k[0] in ("58", "56")], got
    assert not result.accepted
    assert {p.rule for p in result.problems} == {"province_frame"}
