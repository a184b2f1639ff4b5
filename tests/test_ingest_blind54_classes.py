"""Batch 54's classes (issue #8, blind54): the appendix lists of a department's S&T tasks ("danh mục nhiệm vụ
KH&CN", one row per task), each probed with the smallest realistic report (tests/fixtures/reports.py, marked
as test data, read by `etl.ingest.examine` as an upload is). Each class test asserts what a user would notice —
the figure stored, or not — and beside it the honest neighbours the fix must not touch."""
from __future__ import annotations

from tests.fixtures.reports import examine, facts, head, taken

NA, DL = "40", "66"   # Nghệ An, Đắk Lắk (frame of 63)
LIST_HEAD = ["STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Kinh phí được duyệt (tr.đ)"]


def _kinds(result) -> dict:
    return {(k[0], k[2], k[3]): v for k, v in facts(result).items()}


# --- 1. a task's title in a list is no sentence of the report (was wrong) --------------------------------

def test_a_standards_year_in_a_tasks_title_is_no_count_of_enterprises():
    """Đắk Lắk's list of the tasks accepted in 2019: the title "Hỗ trợ doanh nghiệp nhỏ và vừa áp dụng hệ
    thống quản lý ISO 9001:2015" was read as a sentence and 2,015 stored as the enterprises supported."""
    r = examine(head("Đắk Lắk", "DANH MỤC ĐỀ TÀI, DỰ ÁN CẤP TỈNH ĐÃ NGHIỆM THU NĂM 2019")
                + [["STT", "Tên đề tài/dự án", "Chủ nhiệm", "Kinh phí (triệu đồng)"],
                   [1, "Ứng dụng tiến bộ kỹ thuật nhân giống cây ăn quả có múi sạch bệnh", "TS. A", 850],
                   [2, "Hỗ trợ doanh nghiệp nhỏ và vừa áp dụng hệ thống quản lý ISO 9001:2015", "ThS. B", 600]])
    assert not any(k[1] == "enterprises_supported" for k in _kinds(r))


def test_a_groups_count_in_a_list_of_tasks_accepted_is_no_count_of_tasks_managed():
    """Nghệ An's list of the tasks accepted in 2023 grouped by field: the group row "C | Lĩnh vực Khoa học xã
    hội và nhân văn (04 nhiệm vụ)" was read as a sentence and 4 stored as the province's tasks MANAGED."""
    r = examine(head("Nghệ An", "DANH MỤC NHIỆM VỤ KH&CN ĐÃ ĐÁNH GIÁ, NGHIỆM THU NĂM 2023") + [
        ["TT", "Tên nhiệm vụ", "Cấp quản lý", "Cơ quan chủ trì", "Kinh phí được duyệt (tr.đ)"],
        ["A", "Lĩnh vực Y dược (02 nhiệm vụ)"],
        [1, "Ứng dụng kỹ thuật nội soi can thiệp tại Bệnh viện Đa khoa tỉnh", "Tỉnh", "Sở Y tế", 900],
        [2, "Nghiên cứu thực trạng bệnh đái tháo đường type 2 ở người trên 40 tuổi", "Tỉnh", "Sở Y tế", 700],
        ["B", "Lĩnh vực Khoa học xã hội và nhân văn (04 nhiệm vụ)"],
        [3, "Nghiên cứu lịch sử Đảng bộ tỉnh giai đoạn 1945-1975", "Tỉnh", "Trường Chính trị", 500]])
    assert not any(k[1] == "tasks_managed" for k in _kinds(r))


def test_probe_a_sentence_in_a_reports_results_column_is_still_read():
    """A "Kết quả thực hiện" column's sentence is the report speaking: still read (not a list of names)."""
    r = examine(head("Nghệ An", "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2023")
                + [["STT", "Nội dung", "Kết quả thực hiện"],
                   ["1", "Quản lý nhiệm vụ KH&CN", "Trong năm, Sở đã tổ chức nghiệm thu 18 nhiệm vụ KH&CN các cấp"]])
    assert _kinds(r).get((NA, "tasks_accepted", "2023")) == 18


def test_probe_the_summary_under_a_list_is_still_read():
    """The list's own summary lines below it ("- Tổng số đề tài, dự án cấp tỉnh nghiệm thu năm 2019: 14") are in
    the title column too, but under it no task's name: still read (batch 54's Đắk Lắk, right at first sight)."""
    r = examine(head("Đắk Lắk", "DANH MỤC ĐỀ TÀI, DỰ ÁN CẤP TỈNH ĐÃ NGHIỆM THU NĂM 2019")
                + [["STT", "Tên đề tài/dự án", "Chủ nhiệm", "Kinh phí (triệu đồng)"],
                   [1, "Ứng dụng tiến bộ kỹ thuật nhân giống cây ăn quả có múi sạch bệnh", "TS. A", 850],
                   [None, "Tổng cộng", None, 850], [],
                   [None, "- Tổng số đề tài, dự án cấp tỉnh nghiệm thu năm 2019: 14"]])
    assert _kinds(r).get((DL, "tasks_accepted_provincial", "2019")) == 14


def test_a_fields_count_in_a_sentence_is_no_count_of_the_provinces_tasks():
    """The same class outside a list: "Lĩnh vực khoa học xã hội và nhân văn có 04 nhiệm vụ được nghiệm thu" is
    one field's, never the province's tasks (its "khoa học" made it a KH&CN task)."""
    r = examine(head("Nghệ An", "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2023")
                + [["STT", "Nội dung", "Kết quả thực hiện"],
                   ["1", "Quản lý nhiệm vụ KH&CN", "Lĩnh vực khoa học xã hội và nhân văn có 04 nhiệm vụ đang thực hiện"]])
    assert not any(k[1].startswith("tasks_") for k in _kinds(r))


def test_probe_tasks_of_every_field_or_of_science_itself_stay_whole():
    """"… 18 nhiệm vụ thuộc các lĩnh vực …" (every field) and "… trong lĩnh vực KH&CN" (the whole) are the
    province's tasks as before."""
    r = examine(head("Nghệ An", "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2023")
                + [["STT", "Nội dung", "Kết quả thực hiện"],
                   ["1", "Quản lý nhiệm vụ KH&CN",
                    "Trong năm, Sở đã tổ chức nghiệm thu 18 nhiệm vụ KH&CN thuộc các lĩnh vực nông nghiệp, y tế, xã hội"]])
    assert _kinds(r).get((NA, "tasks_accepted", "2023")) == 18


def test_probe_a_groups_own_statement_in_a_list_is_still_read():
    """The new Tuyên Quang's list grouped "1. | Nhiệm vụ chuyển tiếp: 16" (its order and its words only, no
    organisation or funding): the group's row is the report's statement, read as at first sight."""
    r = examine(head("Tuyên Quang", "DANH MỤC NHIỆM VỤ KH&CN THỰC HIỆN NĂM 2024")
                + [["STT", "Tên nhiệm vụ", "Cấp", "Tổ chức chủ trì", "Kinh phí (triệu đồng)"],
                   ["1.", "Nhiệm vụ chuyển tiếp: 16"],
                   [1, "Phục tráng giống nếp cái hoa vàng đặc sản", "Tỉnh", "Trung tâm Khuyến nông", 450],
                   ["2.", "Nhiệm vụ mở mới: 9"],
                   [2, "Tuyển chọn và phát triển 05 dòng lan rừng bản địa", "Tỉnh", "Viện Sinh học", 600]])
    got = _kinds(r)
    assert got.get(("08", "tasks_carried_over", "2024")) == 16 and got.get(("08", "tasks_new", "2024")) == 9


# --- 2. a list's total line read with the list's title (an honest file was refused) -----------------------

def _accepted_list(title: str, total: str):
    return examine(head("Nghệ An", "Phụ lục 2") + [[title], [], LIST_HEAD,
                   [1, "Ứng dụng kỹ thuật nội soi can thiệp tại Bệnh viện Đa khoa tỉnh", "Sở Y tế", 900],
                   [2, "Nghiên cứu lịch sử Đảng bộ tỉnh giai đoạn 1945-1975", "Trường Chính trị", 500],
                   [None, total]])


def test_a_lists_total_is_what_its_title_counts():
    """Nghệ An's "PHỤ LỤC 2: DANH MỤC NHIỆM VỤ KH&CN ĐÃ ĐÁNH GIÁ, NGHIỆM THU NĂM 2023" ending "Tổng cộng: 15
    nhiệm vụ": nothing was read and the honest file refused; a statistician reads 15 tasks accepted in 2023."""
    r = _accepted_list("DANH MỤC NHIỆM VỤ KH&CN ĐÃ ĐÁNH GIÁ, NGHIỆM THU NĂM 2023", "Tổng cộng: 15 nhiệm vụ")
    assert {(k[0], k[2], k[3]): v for k, v in taken(r).items()} == {(NA, "tasks_accepted", "2023"): 15}


def test_probe_a_planned_or_proposed_lists_total_is_no_fact():
    for title in ["DANH MỤC NHIỆM VỤ KH&CN DỰ KIẾN TRIỂN KHAI NĂM 2026 (KẾ HOẠCH)",
                  "DANH MỤC NHIỆM VỤ KH&CN ĐỀ XUẤT ĐẶT HÀNG NĂM 2024"]:
        r = _accepted_list(title, "Tổng cộng: 09 nhiệm vụ")
        assert not _kinds(r), title


def test_probe_a_subtotal_or_a_total_without_a_list_title_is_no_fact():
    r = _accepted_list("DANH MỤC NHIỆM VỤ KH&CN ĐÃ ĐÁNH GIÁ, NGHIỆM THU NĂM 2023", "Cộng A: 15 nhiệm vụ")
    assert not _kinds(r)
    r = _accepted_list("Các nhiệm vụ của Trường Đại học Vinh năm 2023", "Tổng cộng: 15 nhiệm vụ")
    assert not _kinds(r)
