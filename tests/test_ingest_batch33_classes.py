"""What the thirty-third blind batch of the workbook corpus revealed (the merged provinces of the Centre
and the Central Highlands after 1 July 2025 and in 2026), one class per test: each report is built here,
marked as test data, and read by `etl.ingest.examine` as an upload is. A statistician's reading is the
expectation; beside each rule, probes where it must not fire."""
from __future__ import annotations

from tests.fixtures.reports import examine, facts, head, taken

_LAMDONG = "BÁO CÁO KẾT QUẢ CÔNG TÁC KHOA HỌC, CÔNG NGHỆ VÀ ĐỔI MỚI SÁNG TẠO NĂM 2025"


def _report(rows: list[list], province: str = "Lâm Đồng", title: str = _LAMDONG) -> list[list]:
    return [*head(province, title), ["STT", "Nội dung", "ĐVT", "Thực hiện năm 2025"], *rows]


def _indicators(got: dict) -> set:
    return {k[2] for k in got}


def test_a_count_of_applications_is_not_the_applicants_supported():
    """"Số đơn đăng ký nhãn hiệu được hướng dẫn (đơn) | 97" (the new Lâm Đồng's 2025) was stored as 97
    organizations and people supported with IP registration: it counts applications, not applicants.
    The row that counts the applicants beside it is still taken."""
    got = taken(examine(_report([
        [1, "Số đơn đăng ký nhãn hiệu được hướng dẫn (đơn)", None, 97],
        [2, "Đơn đăng ký nhãn hiệu được hỗ trợ", "Đơn", 40],
        [3, "Hỗ trợ đăng ký bảo hộ SHTT (đơn)", None, 33],
        [4, "Số tổ chức, cá nhân được hướng dẫn đăng ký bảo hộ SHTT", "Tổ chức, cá nhân", 21],
        [5, "Sáng kiến được công nhận", "Sáng kiến", 342]])))
    assert got == {("68", "34", "ip_registrations_supported", "2025", "actual"): 21,
                   ("68", "34", "initiatives_recognized", "2025", "actual"): 342}


def test_applications_under_a_heading_of_ip_support_are_not_the_applicants_either():
    """Probe (a heading naming the indicator): "II. HỖ TRỢ ĐĂNG KÝ BẢO HỘ SỞ HỮU TRÍ TUỆ" over "- Số đơn
    được hướng dẫn | 58" — the heading's words do not make the applications applicants: not stored."""
    got = facts(examine(_report([
        ["II", "HỖ TRỢ ĐĂNG KÝ BẢO HỘ SỞ HỮU TRÍ TUỆ", None, None],
        ["-", "Số đơn được hướng dẫn", "Đơn", 58],
        ["-", "Số đơn đăng ký nhãn hiệu tập thể được hướng dẫn", "Đơn", 12],
        [3, "Sáng kiến được công nhận", "Sáng kiến", 342]])))
    assert ("68", "34", "ip_registrations_supported", "2025", "actual") not in got
    assert not _indicators(got) & {"ip_collective_marks", "ip_registrations_supported"}, got


def test_patent_applications_filed_are_no_ip_fact():
    """Probe (another indicator's words): "Số đơn đăng ký sáng chế, giải pháp hữu ích đã nộp | 37" and
    "Đơn đăng ký nhãn hiệu chứng nhận được hỗ trợ | 5" — applications, neither marks granted nor
    applicants supported: nothing stored for them."""
    got = facts(examine(_report([
        [1, "Số đơn đăng ký sáng chế, giải pháp hữu ích đã nộp", "Đơn", 37],
        [2, "Đơn đăng ký nhãn hiệu chứng nhận được hỗ trợ", "Đơn", 5],
        [3, "Sáng kiến được công nhận", "Sáng kiến", 342]])))
    assert got == {("68", "34", "initiatives_recognized", "2025", "actual"): 342}


_NINE = "BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ 9 THÁNG NĂM 2026"


def test_the_same_nine_months_of_2025_are_the_new_provinces_own():
    """Pinned (the corrected expectation): "Thực hiện" merged over "9 tháng năm 2026 | Cùng kỳ năm 2025"
    in the new Gia Lai's report — January–September 2025 ends after the merger, so it is the new
    province's own span (frame 34), as its whole year 2025 is."""
    rows = [*head("Gia Lai", _NINE),
            ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Thực hiện", None],
            [None, None, None, None, "9 tháng năm 2026", "Cùng kỳ năm 2025"],
            [1, "Sản phẩm OCOP được công nhận", "Sản phẩm", 120, 87, 64]]
    got = taken(examine(rows, merges=("A6:A7", "B6:B7", "C6:C7", "D6:D7", "E6:F6")))
    assert {k: v for k, v in got.items() if k[4] == "actual"} == {("52", "34", "ocop_products", "2026-01/2026-09", "actual"): 87,
                   ("52", "34", "ocop_products", "2025-01/2025-09", "actual"): 64}


def test_the_same_quarter_or_half_of_2025_is_no_provinces():
    """Probes (another period): beside the new Quảng Trị's first quarter and the new Đà Nẵng's first
    half of 2026, "Cùng kỳ năm 2025" ends by 30 June 2025 — the new territory's, before the former
    provinces merged, no province of its frame: not stored."""
    q1 = [*head("Quảng Trị", "BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ QUÝ I NĂM 2026"),
          ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện quý I/2026", "Cùng kỳ năm 2025", "So sánh (%)"],
          [1, "Sản phẩm OCOP được công nhận", "Sản phẩm", 14, 9, 155.6]]
    assert taken(examine(q1)) == {("44", "34", "ocop_products", "2026-Q1", "actual"): 14}
    s1 = [*head("Đà Nẵng", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ 6 THÁNG ĐẦU NĂM 2026", city=True),
          ["TT", "Nội dung", "6 tháng đầu năm 2026", "Cùng kỳ năm 2025", "So sánh (%)"],
          ["I.1", "Nhiệm vụ KH&CN được quản lý (nhiệm vụ)", 118, 97, 121.6]]
    assert taken(examine(s1)) == {("48", "34", "tasks_managed", "2026-S1", "actual"): 118}
