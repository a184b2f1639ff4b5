"""Batch 55's classes (issue #8, blind55): the IP, OCOP and standards-quality sections of provincial reports,
each probed with the smallest realistic report (tests/fixtures/reports.py, marked as test data, read by
`etl.ingest.examine` as an upload is). Each class test asserts what a user would notice — the figure stored,
or not — and beside it the honest neighbours the fix must not touch."""
from __future__ import annotations

from tests.fixtures.reports import examine, facts, head, taken

BT, TN = "83", "19"   # Bến Tre, Thái Nguyên (frame of 63)
H24 = ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"]
IP24 = "Báo cáo kết quả hoạt động sở hữu trí tuệ năm 2024"


def _kinds(result) -> dict:
    return {(k[0], k[2], k[3]): v for k, v in facts(result).items()}


def _bt(rows: list[list]):
    return examine(head("Bến Tre", IP24) + [H24] + rows)


# --- 1. a count of decisions is not a count of what they recognize or assign (was a wrong number) ----------

def test_decisions_recognizing_ocop_products_are_not_the_products():
    """"Số quyết định công nhận sản phẩm OCOP | quyết định | 4" was stored as 4 OCOP products recognized in
    2024: one decision recognizes many products. Set aside; the products row beside it is kept."""
    r = _bt([["1", "Số quyết định công nhận sản phẩm OCOP", "quyết định", 4],
             ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", 37]])
    assert _kinds(r) == {(BT, "ocop_products", "2024"): 37}


def test_decisions_abbreviated_assigning_tasks_are_not_the_tasks():
    """"Số QĐ giao nhiệm vụ KH&CN cấp tỉnh | | 12" would be 12 provincial tasks managed once "QĐ" is read
    as "quyết định"; "Số QĐ công nhận sáng kiến | | 6" 6 initiatives recognized. Neither is stored."""
    r = _bt([["1", "Số QĐ giao nhiệm vụ KH&CN cấp tỉnh", "", 12], ["2", "Số QĐ công nhận sáng kiến", "", 6],
             ["3", "Sáng kiến được công nhận", "sáng kiến", 140]])
    assert _kinds(r) == {(BT, "initiatives_recognized", "2024"): 140}


def test_a_figure_counted_in_decisions_in_the_unit_column_is_set_aside():
    r = _bt([["1", "Sản phẩm OCOP được công nhận", "quyết định", 3], ["2", "Nhiệm vụ KH&CN được nghiệm thu",
                                                                      "nhiệm vụ", 15]])
    assert _kinds(r) == {(BT, "tasks_accepted", "2024"): 15}


def test_decisions_granting_the_right_to_use_a_gi_are_its_certificates_abbreviated_too():
    """Bến Tre's "Số QĐ cấp quyền sử dụng CDĐL trong năm" (a column of 2018–2024) was unread ("QĐ" unknown):
    a decision granting the right to use a GI is the certificate the registry counts."""
    r = _bt([["1", "Số QĐ cấp quyền sử dụng CDĐL trong năm", "quyết định", 13]])
    assert taken(r) == {(BT, "63", "ip_gi_use_certificates", "2024", "actual"): 13}


def test_probe_decisions_spelled_out_for_a_gi_and_a_decision_number_in_a_note_stay_as_they_were():
    r = _bt([["1", "Quyết định cấp quyền sử dụng CDĐL “Bưởi da xanh” trong năm", "quyết định", 5],
             ["2", "Nhiệm vụ mở mới (theo QĐ số 512/QĐ-UBND)", "nhiệm vụ", 12],
             ["3", "Sản phẩm OCOP được công nhận", "sản phẩm", 41]])
    assert _kinds(r) == {(BT, "ip_gi_use_certificates", "2024"): 5, (BT, "tasks_new", "2024"): 12,
                         (BT, "ocop_products", "2024"): 41}


def test_decisions_in_another_province_and_year_are_set_aside_too():
    r = examine(head("Thái Nguyên", "Báo cáo kết quả hoạt động sở hữu trí tuệ năm 2022")
                + [["STT", "Chỉ tiêu", "ĐVT", "Năm 2022"],
                   ["1", "Số quyết định công nhận sản phẩm OCOP", "quyết định", 2],
                   ["2", "Số tổ chức, cá nhân được hướng dẫn, hỗ trợ đăng ký xác lập quyền SHCN", "tổ chức, cá nhân",
                    60]])
    assert _kinds(r) == {(TN, "ip_registrations_supported", "2022"): 60}


# --- 2. what was granted, under a title that dates a stock by its end date alone (was missed) ---------------

GRANTED = [["1", "Nhãn hiệu tập thể đã được cấp văn bằng bảo hộ", "nhãn hiệu", 102],
           ["2", "Nhãn hiệu chứng nhận được cấp văn bằng", "nhãn hiệu", 19]]
COUNT = ["STT", "Chỉ tiêu", "ĐVT", "Số lượng"]


def _granted(province: str, title: str, header: list = COUNT):
    return _kinds(examine(head(province, title) + [header] + GRANTED))


def test_marks_granted_under_a_title_dated_to_a_day_are_the_stock_at_that_day():
    """The new Vĩnh Long's "TÀI SẢN TRÍ TUỆ VÀ SẢN PHẨM OCOP TÍNH ĐẾN 31/12/2025", "Nhãn hiệu tập thể đã được
    cấp văn bằng bảo hộ | 102": set aside as the grants of 2025. It is every collective mark at 31/12/2025."""
    assert _granted("Vĩnh Long", "TÀI SẢN TRÍ TUỆ VÀ SẢN PHẨM OCOP TÍNH ĐẾN 31/12/2025") == {
        ("86", "ip_collective_marks", "2025-12-31"): 102, ("86", "ip_certification_marks", "2025-12-31"): 19}


def test_marks_granted_under_a_title_dated_to_the_half_are_the_half_year_stock():
    assert _granted("Bến Tre", "Tình hình bảo hộ nhãn hiệu đến ngày 30/6/2024") == {
        (BT, "ip_collective_marks", "2024-06-30"): 102, (BT, "ip_certification_marks", "2024-06-30"): 19}


def test_probe_marks_granted_in_a_years_report_stay_the_years_grants():
    assert _granted("Bến Tre", "Báo cáo kết quả hoạt động sở hữu trí tuệ năm 2024") == {}
    assert _granted("Bến Tre", "Báo cáo kết quả hoạt động KH&CN năm 2024 (số liệu tính đến 15/12/2024)") == {}


def test_probe_marks_granted_under_a_columns_span_or_a_title_of_grants_stay_set_aside():
    assert _granted("Bến Tre", "NHÃN HIỆU ĐƯỢC BẢO HỘ TÍNH ĐẾN 31/12/2024", COUNT[:3] + ["Năm 2024"]) == {}
    assert _granted("Bến Tre", "KẾT QUẢ CẤP VĂN BẰNG BẢO HỘ TÍNH ĐẾN 30/9/2024") == {}
