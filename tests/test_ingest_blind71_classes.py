"""blind71 (issue #8): the classes batch 71 found — after the merger, the indicators the corpus holds least, in the
Red River Delta's, the North-Central Coast's and the Mekong delta's annexes, statistical forms and exports — each
with the smallest realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is), and
beside it the honest neighbours that must read as before."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, examine_book, head, taken


def _read(result) -> dict:
    """{(indicator, period): value} of an upload that must be accepted."""
    return {(i, per): v for (_, _, i, per, _), v in taken(result).items()}


# --- 1. an index table headed "Chỉ số" ---------------------------------------------------------------------------

def _pii_sheet(score, header: str = "Chỉ số", title: str = "KẾT QUẢ PII 2025 CỦA TỈNH ĐỒNG THÁP") -> list[list]:
    return [["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐỒNG THÁP — " + MARK], [], [title], [],
            ["TT", header, "Điểm", "Xếp hạng/34"], ["1", "PII chung", score, 14], ["2", "Đầu vào", "43,05", None],
            ["3", "Đầu ra", "40,39", None]]


def _summary(score) -> list[list]:
    return head("Đồng Tháp", "MỘT SỐ CHỈ TIÊU KH&CN NĂM 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025"],
        ["1", "Điểm Chỉ số đổi mới sáng tạo cấp địa phương (PII)", "Điểm", score]]


def test_an_index_table_headed_chi_so_is_read():
    """NOT READ: the new Đồng Tháp's sheet 'TT | Chỉ số | Điểm | Xếp hạng/34' over 'PII chung', 'Đầu vào', 'Đầu ra'
    was no table ('không có bảng chỉ tiêu', batch 71): 'Chỉ số' names the column of the index and its parts as
    'Chỉ tiêu' does."""
    got = _read(examine(_pii_sheet("41,72")))
    assert got == {("pii_score", "2025"): 41.72, ("pii_rank_34", "2025"): 14, ("pii_input_score", "2025"): 43.05,
                   ("pii_output_score", "2025"): 40.39}


def test_two_values_of_one_score_on_two_sheets_are_refused():
    """WRONG: the summary's 41,27 was stored while the PII sheet said 41,72 (its sheet unread, batch 71): read, the
    two sheets give two values of one fact — refused, the uploader told which cells."""
    result = examine_book({"Tong hop": _summary("41,27"), "PII 2025": _pii_sheet("41,72")})
    assert not result.accepted
    assert any("hai giá trị khác nhau" in p.message_vi for p in result.problems)


def test_probe_the_same_value_on_both_sheets_reads():
    result = examine_book({"Tong hop": _summary("41,72"), "PII 2025": _pii_sheet("41,72")})
    assert _read(result) == {("pii_score", "2025"): 41.72, ("pii_rank_34", "2025"): 14,
                             ("pii_input_score", "2025"): 43.05, ("pii_output_score", "2025"): 40.39}


def test_probe_the_sheet_headed_chi_tieu_reads_the_same():
    assert _read(examine(_pii_sheet("41,72", header="Chỉ tiêu"))) == {
        ("pii_score", "2025"): 41.72, ("pii_rank_34", "2025"): 14, ("pii_input_score", "2025"): 43.05,
        ("pii_output_score", "2025"): 40.39}


def test_probe_an_index_the_registry_does_not_hold_stays_unread():
    """A PCI table headed 'Chỉ số' (the business-environment index, not declared): nothing of it is stored."""
    result = examine(head("Đồng Tháp", "KẾT QUẢ PCI 2024 CỦA TỈNH ĐỒNG THÁP") + [
        ["TT", "Chỉ số", "Điểm", "Xếp hạng"], ["1", "PCI chung", 68.2, 12], ["2", "Chi phí gia nhập thị trường", 7.1, 20]])
    assert not result.accepted and not len(result.facts)


def test_probe_a_value_column_headed_chi_so_is_still_no_figure():
    """'Chỉ tiêu | ĐVT | Chỉ số': beside a label column 'Chỉ số' names no period or measure — nothing read, as before."""
    result = examine(head("Nghệ An", "KẾT QUẢ NĂM 2024") + [
        ["TT", "Chỉ tiêu", "ĐVT", "Chỉ số"], ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 42]])
    assert not len(result.facts)


# --- 2. the sub-item's mark after "Chia ra:" ---------------------------------------------------------------------

_NINH_BINH = "THỐNG KÊ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ CẤP TỈNH NĂM 2025"


def _form(first: str, second: str = "- Nhiệm vụ mới phê duyệt triển khai trong năm") -> dict:
    rows = [["Mã số", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Ghi chú"], ["A", "B", "C", "1", "2"],
            ["01", "1. Tổng số nhiệm vụ KH&CN đang thực hiện trong năm", "Nhiệm vụ", 214],
            ["02", first, "Nhiệm vụ", 131], ["03", "   + Cấp quốc gia", "Nhiệm vụ", 5],
            ["04", "   + Cấp tỉnh", "Nhiệm vụ", 49], ["05", second, "Nhiệm vụ", 83],
            ["06", "   + Cấp quốc gia", "Nhiệm vụ", 2], ["07", "   + Cấp tỉnh", "Nhiệm vụ", 27]]
    return _read(examine(head("Ninh Bình", _NINH_BINH) + rows))


_FORM = {("tasks_managed", "2025"): 214, ("tasks_carried_over", "2025"): 131,
         ("tasks_carried_over_national", "2025"): 5, ("tasks_carried_over_provincial", "2025"): 49,
         ("tasks_new", "2025"): 83, ("tasks_new_national", "2025"): 2, ("tasks_new_provincial", "2025"): 27}


@pytest.mark.parametrize("first", ["Chia ra: - Nhiệm vụ chuyển tiếp từ năm trước",
                                   "Trong đó: - Nhiệm vụ chuyển tiếp từ năm trước",
                                   "Chia ra:- Nhiệm vụ chuyển tiếp từ năm trước"])
def test_the_mark_after_chia_ra_is_the_rows(first):
    """REFUSED: the new Ninh Bình's form 'Chia ra: - Nhiệm vụ chuyển tiếp' with '+ Cấp quốc gia', '+ Cấp tỉnh'
    under it and again under '- Nhiệm vụ mới' (batch 71): the lead-in hid the '-', the '+' lines were read under
    the form's first line — 5 and 2 as the national tasks managed, two values, the form refused whole."""
    assert _form(first) == _FORM, first


def test_probe_the_form_without_the_lead_in_reads_as_before():
    assert _form("- Nhiệm vụ chuyển tiếp từ năm trước") == _FORM


def test_probe_trong_do_then_dash_levels_read_as_before():
    """'Trong đó: - Cấp quốc gia' then '- Cấp tỉnh' under the tasks managed: the levels of the tasks managed."""
    got = _read(examine(head("Yên Bái", "MỘT SỐ CHỈ TIÊU KH&CN NĂM 2024") + [
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2024"], ["1", "Số nhiệm vụ KH&CN đang quản lý", "Nhiệm vụ", 78],
        [None, "Trong đó: - Cấp quốc gia", "Nhiệm vụ", 4], [None, "- Cấp tỉnh", "Nhiệm vụ", 45],
        ["2", "Số nhiệm vụ nghiệm thu", "Nhiệm vụ", 22]]))
    assert got == {("tasks_managed", "2024"): 78, ("tasks_managed_national", "2024"): 4,
                   ("tasks_managed_provincial", "2024"): 45, ("tasks_accepted", "2024"): 22}


# --- 3. a reporting program's export: coded column names, the office's "Đơn vị" beside "Đơn vị tính" --------------

_EXPORT_ROWS = [("KHCN05", "Số doanh nghiệp được hỗ trợ hoạt động KH&CN", "Doanh nghiệp", 80, 47),
                ("KHCN09", "Chi NSNN cho KH&CN", "Triệu đồng", 185000, 71640),
                ("CCHC02", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến", "%", 90, "93,7")]


def _export(header: list[str]) -> dict:
    from etl import ingest

    lines = [";".join(header)]
    for code, name, unit, kh, th in _EXPORT_ROWS:
        for kind, v in (("KH", kh), ("TH", th)):
            lines.append(";".join(["Sở KH&CN TP Cần Thơ", code, name, unit, "6T", "2026", kind, str(v), "Đã duyệt",
                                   MARK]))
    result = ingest.examine(("\ufeff" + "\n".join(lines) + "\n").encode(), "b71_cantho_moi_6t2026_phan_mem.csv")
    return {(i, per, m): v for (_, _, i, per, m), v in taken(result).items()}


_EXPORTED = {("enterprises_supported", "2026-S1", "actual"): 47, ("enterprises_supported", "2026-S1", "plan"): 80,
             ("st_budget", "2026-S1", "actual"): 71.64, ("st_budget", "2026-S1", "plan"): 185,
             ("online_dossier_rate", "2026-S1", "actual"): 93.7, ("online_dossier_rate", "2026-S1", "plan"): 90}


def test_a_programs_coded_column_names_are_read():
    """REFUSED: the new Cần Thơ's export 'DonVi;MaChiTieu;TenChiTieu;DonViTinh;KyBaoCao;NamBaoCao;LoaiSoLieu;GiaTri'
    had no column the reader knew ('không tìm thấy chỉ tiêu nào', batch 71): 'TenChiTieu' is 'Tên chỉ tiêu'."""
    assert _export(["DonVi", "MaChiTieu", "TenChiTieu", "DonViTinh", "KyBaoCao", "NamBaoCao", "LoaiSoLieu", "GiaTri",
                    "TrangThai", "GhiChu"]) == _EXPORTED


def test_the_office_beside_the_unit_column_is_no_unit():
    """REFUSED: 'Đơn vị | … | Đơn vị tính': the office's column was taken for the units, 'Triệu đồng' unread and
    71 640 million checked as 71 640 billion (above the budget's range) — the file refused."""
    assert _export(["Đơn vị", "Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo", "Năm báo cáo",
                    "Loại số liệu", "Giá trị", "Trạng thái", "Ghi chú"]) == _EXPORTED


def test_probe_a_bare_unit_column_is_still_the_units():
    """'Đơn vị' alone (no 'Đơn vị tính' beside it) is the units' column, as before: 'Triệu đồng' read there."""
    got = _read(examine(head("Cần Thơ", "KẾT QUẢ 6 THÁNG ĐẦU NĂM 2026", city=True) + [
        ["STT", "Chỉ tiêu", "Đơn vị", "6 tháng đầu năm 2026"], ["1", "Chi NSNN cho KH&CN", "Triệu đồng", 71640]]))
    assert got == {("st_budget", "2026-S1"): 71.64}


def test_probe_a_snake_case_export_reads_as_before():
    """'ten_chi_tieu;don_vi_tinh;…' (words joined by "_", read before): the same figures."""
    assert _export(["don_vi", "ma_chi_tieu", "ten_chi_tieu", "don_vi_tinh", "ky_bao_cao", "nam_bao_cao",
                    "loai_so_lieu", "gia_tri", "trang_thai", "ghi_chu"]) == _EXPORTED


# --- 4. a summary line's rank "xếp hạng (PII) thứ 15/63" under a PII table ----------------------------------------

def _vinh_phuc(line: str, header: str = "Chỉ số"):
    return examine(head("Vĩnh Phúc", "KẾT QUẢ PII NĂM 2024 CỦA TỈNH VĨNH PHÚC") + [
        ["STT", header, "Điểm", "Xếp hạng"], ["1", "Chỉ số PII", 47.35, 13], ["2", "Trụ cột Thể chế", 63.02, 9], [],
        [None, line]])


@pytest.mark.parametrize("header", ["Chỉ số", "Chỉ tiêu"])
@pytest.mark.parametrize("line", ["Tóm tắt: năm 2024, tỉnh Vĩnh Phúc xếp hạng PII thứ 15/63 tỉnh, thành phố.",
                                  "Tóm tắt: năm 2024, tỉnh Vĩnh Phúc xếp hạng thứ 15/63 về PII."])
def test_a_summary_lines_other_rank_refuses_the_table(line, header):
    """WRONG (batch 57's Vĩnh Phúc, to refuse, refused only while its 'Chỉ số' table went unread): the table's rank 13
    and the summary line's 15 — 'xếp hạng PII thứ 15/63' was no rank (the number after 'thứ' a trap unless right
    after 'xếp'), and a 'Tóm tắt:' line was never compared with the table as a 'Ghi chú:' one is."""
    result = _vinh_phuc(line, header)
    assert not result.accepted
    assert any("hai giá trị khác nhau" in p.message_vi for p in result.problems)


def test_probe_a_summary_line_agreeing_with_the_table_reads():
    got = _read(_vinh_phuc("Tóm tắt: năm 2024, tỉnh Vĩnh Phúc xếp hạng PII thứ 13/63 tỉnh, thành phố."))
    assert got == {("pii_score", "2024"): 47.35, ("pii_rank", "2024"): 13, ("pii_institutions_score", "2024"): 63.02,
                   ("pii_institutions_rank", "2024"): 9}


def test_probe_another_index_rank_in_the_summary_is_no_pii():
    """'xếp hạng PCI thứ 15/63' (the business-environment index): no PII rank, the table reads."""
    got = _read(_vinh_phuc("Tóm tắt: năm 2024, tỉnh Vĩnh Phúc xếp hạng PCI thứ 15/63 tỉnh, thành phố."))
    assert got.get(("pii_rank", "2024")) == 13


# --- 5. a star's row under a count of valid products ---------------------------------------------------------------

def _valid(sub: str, under: str = "Tổng số sản phẩm OCOP còn hiệu lực", figure=3418) -> dict:
    return _read(examine(head("Hà Nội", "KẾT QUẢ OCOP NĂM 2025", city=True) + [
        ["TT", "Nội dung", "ĐVT", "Năm 2025"], ["1", under, "Sản phẩm", figure], [None, sub, "Sản phẩm", 296],
        [None, "- Sản phẩm 4 sao", "Sản phẩm", 89]]))


@pytest.mark.parametrize("sub", ["- Sản phẩm 3 sao", "- Sản phẩm hạng 3 sao", "- Sản phẩm đạt 3 sao"])
def test_a_star_under_the_valid_products_is_never_the_years_recognitions(sub):
    """WRONG (found probing batch 71's Hà Nội): 'Tổng số sản phẩm OCOP còn hiệu lực | 3418' then '- Sản phẩm 3 sao |
    296': the label's exact name is the 3-star products RECOGNIZED, and 296 was stored as 2025's recognitions —
    under a count at a date the row is a part of that count, never a flow."""
    got = _valid(sub)
    assert ("ocop_products_3star", "2025") not in got
    assert got[("ocop_products_total", "2025-12-31")] == 3418


def test_probe_the_same_star_under_the_recognitions_reads_as_before():
    got = _valid("- Sản phẩm 3 sao", under="Sản phẩm OCOP được công nhận", figure=431)
    assert got[("ocop_products", "2025")] == 431 and got[("ocop_products_3star", "2025")] == 296


def test_probe_a_bare_star_under_the_valid_products_is_their_part():
    """'- 3 sao' under the valid products: the valid 3-star products, as before."""
    got = _valid("- 3 sao")
    assert got[("ocop_products_3star_total", "2025-12-31")] == 296
