"""review37 (issue #8, precision first): probes of the newest reading rules (wrong34–36, review33a/b, wrong35) with
other realistic reports of a Sở KH&CN: each class with the smallest report (tests/fixtures/reports.py, read by
`etl.ingest.examine` as an upload is), and beside it the honest neighbours that must read as before."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import examine, facts, head, taken

NGHE_AN = "40"


# --- 1. the sexes under a group naming a part (a degree, a sector), beside the row's own total --------------------

def _sexes_under(*groups: str, own_total: bool = False):
    """"Người làm nghiên cứu khoa học" by `groups` each over "Tổng số | Nam | Nữ" (the row's own "Tổng số" first
    when `own_total`)."""
    lead = ["Tổng số"] if own_total else []
    top, low, merges, col = ["STT", "Chỉ tiêu", "ĐVT"] + lead, ["", "", ""] + [""] * len(lead), [], 4 + len(lead)
    if own_total:
        merges.append("D6:D7")
    for g in groups:
        top += [g, "", ""]
        low += ["Tổng số", "Nam", "Nữ"]
        merges.append(f"{chr(64 + col)}6:{chr(64 + col + 2)}6")
        col += 3
    figures = [120] if own_total else []
    for i, _ in enumerate(groups):
        figures += [[30, 20, 10], [50, 30, 20]][i % 2]
    return examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024")
                   + [top, low, ["1", "Người làm nghiên cứu khoa học", "người", *figures]], merges=tuple(merges))


def _researchers(value) -> dict:
    return {(NGHE_AN, "63", "researchers", "2024-12-31", "actual"): value}


@pytest.mark.parametrize("group", ["Trong đó: Tiến sĩ", "Tiến sĩ", "Trong đó: Công lập", "Thạc sĩ"])
def test_a_total_of_the_sexes_under_a_part_is_never_every_researcher(group):
    """WRONG: "Tổng số | Trong đó: Tiến sĩ › Tổng số | Nam | Nữ" stored the doctors' 30 as every researcher at
    31/12/2024 and set the row's own 120 aside as a total over provinces (wrong35's total beside the sexes read
    under any group): the group names a part, its total is that part's; the row's own 120 is read as before."""
    assert taken(_sexes_under(group, own_total=True)) == _researchers(120), group


@pytest.mark.parametrize("groups", [("Tiến sĩ", "Thạc sĩ"), ("Công lập", "Ngoài công lập")])
def test_the_totals_of_the_sexes_under_two_parts_store_nothing(groups):
    """WRONG (refused): "Tiến sĩ | Thạc sĩ" each over "Tổng số | Nam | Nữ": the doctors' 30 and the masters' 50 were
    both read as every researcher and the honest file refused ("có hai giá trị khác nhau")."""
    got = _sexes_under(*groups)
    assert got.accepted, [p.message_vi for p in got.problems]
    assert not facts(got), groups


def test_probe_the_sexes_under_years_read_as_before():
    got = _sexes_under("Năm 2023", "Năm 2024")
    assert taken(got) == {(NGHE_AN, "63", "researchers", "2023-12-31", "actual"): 30, **_researchers(50)}


# --- 2. the total right of the types of task under a title naming tasks at no stage of the registry ---------------

TIEN_GIANG = "82"


def _types_total(title: str):
    return examine(head("Tiền Giang", title) + [["TT", "Cấp nhiệm vụ", "Đề tài", "Dự án", "Tổng số"],
                                                ["", "Tổng cộng", 40, 25, 65], ["1", "Cấp tỉnh", 22, 13, 35],
                                                ["2", "Cấp cơ sở", 18, 12, 30]], name="report.xlsx")


@pytest.mark.parametrize("title", ["ĐỀ XUẤT ĐẶT HÀNG NHIỆM VỤ KH&CN NĂM 2023", "NHIỆM VỤ KH&CN BỊ DỪNG THỰC HIỆN NĂM 2023",
                                   "NHIỆM VỤ KH&CN ĐƯỢC THANH LÝ HỢP ĐỒNG NĂM 2023",
                                   "NHIỆM VỤ KH&CN CÓ KẾT QUẢ ĐƯỢC ỨNG DỤNG NĂM 2023",
                                   "KẾT QUẢ ĐĂNG KÝ SỞ HỮU TRÍ TUỆ TỪ NHIỆM VỤ KH&CN NĂM 2023"])
def test_the_total_of_the_types_under_a_title_of_other_tasks_is_no_task_managed(title):
    """WRONG: "Cấp nhiệm vụ | Đề tài | Dự án | Tổng số" under "ĐỀ XUẤT ĐẶT HÀNG NHIỆM VỤ KH&CN NĂM 2023" stored the
    proposals' 65 (and the levels' 35, 30) as every task managed: wrong36's total right of the types was read with
    the letterhead "SỞ KHOA HỌC VÀ CÔNG NGHỆ" ("Số nhiệm vụ KH&CN") under any title. Proposals, stopped, liquidated,
    applied tasks or their patents are no tasks managed."""
    assert not any(k[2].startswith("tasks_") for k in facts(_types_total(title))), title


@pytest.mark.parametrize("title, code", [("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2023", "tasks_managed"),
                                         ("NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU NĂM 2023", "tasks_accepted"),
                                         ("NHIỆM VỤ KH&CN MỚI TRIỂN KHAI NĂM 2023", "tasks_new"),
                                         ("TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KH&CN NĂM 2023", "tasks_managed")])
def test_probe_the_total_of_the_types_under_a_stage_or_no_task_title_is_still_every_task(title, code):
    got = facts(_types_total(title))
    assert got.get((TIEN_GIANG, "63", code, "2023", "actual")) == 65, got
    assert not any(v in (40, 25, 22, 13) for k, v in got.items() if k[2].startswith("tasks_")), got


# --- 3. a title that begins "BÁO CÁO" is the table's title, never a newspaper's masthead ---------------------------

def _budget_by_office(title: str):
    return examine(head("Nghệ An", title) + [["STT", "Đơn vị", "Kinh phí KH&CN (triệu đồng)"],
                                             ["1", "Sở Khoa học và Công nghệ", 40000],
                                             ["2", "Sở Nông nghiệp và PTNT", 20000], ["", "Tổng cộng", 60000]])


@pytest.mark.parametrize("title", ["BÁO CÁO PHÂN BỔ KINH PHÍ SỰ NGHIỆP KH&CN NĂM 2025",
                                   "BÁO CÁO KINH PHÍ SỰ NGHIỆP KH&CN NĂM 2025"])
def test_a_budget_under_a_report_title_of_the_recurrent_line_is_no_state_budget_spent(title):
    """WRONG: "Kinh phí KH&CN" by office under "BÁO CÁO PHÂN BỔ KINH PHÍ SỰ NGHIỆP KH&CN NĂM 2025" stored its
    "Tổng cộng" 60 tỷ as the state budget spent on S&T, as wrong36 fixed without "BÁO CÁO": the masthead's word
    "báo " (a newspaper) dropped the title, so it ruled nothing out."""
    assert not any(k[2] == "st_budget" for k in facts(_budget_by_office(title))), title


def test_the_total_of_the_types_under_a_report_title_of_tasks_accepted_is_no_task_managed():
    """WRONG: under "BÁO CÁO KẾT QUẢ NGHIỆM THU NHIỆM VỤ KH&CN NĂM 2023" the 65 tasks accepted (and the provincial 35)
    were stored as tasks managed; under "BÁO CÁO TÌNH HÌNH ĐỀ XUẤT ĐẶT HÀNG NHIỆM VỤ …" the proposals so."""
    got = facts(_types_total("BÁO CÁO KẾT QUẢ NGHIỆM THU NHIỆM VỤ KH&CN NĂM 2023"))
    assert got == {(TIEN_GIANG, "63", "tasks_accepted", "2023", "actual"): 65,
                   (TIEN_GIANG, "63", "tasks_accepted_provincial", "2023", "actual"): 35}
    assert not facts(_types_total("BÁO CÁO TÌNH HÌNH ĐỀ XUẤT ĐẶT HÀNG NHIỆM VỤ KH&CN NĂM 2023"))


def test_tasks_alone_under_a_report_title_of_tasks_accepted_are_the_accepted():
    """WRONG: "Số nhiệm vụ KH&CN | 10" under "BÁO CÁO NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU NĂM 2024" was stored as 10
    tasks managed (wrong34 read the title's stage only when the title did not begin with "BÁO CÁO")."""
    got = examine(head("Nghệ An", "BÁO CÁO NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU NĂM 2024")
                  + [["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"], ["1", "Số nhiệm vụ KH&CN", "nhiệm vụ", 10]])
    assert taken(got) == {(NGHE_AN, "63", "tasks_accepted", "2024", "actual"): 10}


def test_probe_a_budget_under_a_report_title_of_the_whole_is_still_read():
    assert taken(_budget_by_office("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025")) == {
        (NGHE_AN, "34", "st_budget", "2025", "actual"): 60}
