"""review39 (issue #8, precision first): probes of the title rules over a level crosstab of tasks (etl/walk.py
_results_part, _names_tasks, _reports_tasks_done, as review37, review38b, combo37 and wrong40 grew them) with other
realistic titles of a Sở KH&CN's report: each class with the smallest report (tests/fixtures/reports.py, read by
`etl.ingest.examine` as an upload is), and beside it the honest neighbours that must read as before."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import managed_65 as _managed, types_total as _types_total, read_taken as _read, examine, facts, head, taken


def _no_tasks(title: str) -> bool:
    return not any(k[2].startswith("tasks_") for k in facts(_types_total(title)))


# --- 1. a title naming a stage of the tasks without the word 'nhiệm vụ' ------------------------------------------------

@pytest.mark.parametrize("title", ["TỔNG HỢP ĐỀ XUẤT ĐẶT HÀNG NĂM 2025", "TỔNG HỢP ĐỀ XUẤT ĐẶT HÀNG KH&CN CẤP TỈNH NĂM 2025",
                                   "DANH MỤC ĐỀ XUẤT ĐẶT HÀNG NĂM 2025", "ĐỀ XUẤT NĂM 2025",
                                   "KẾT QUẢ TUYỂN CHỌN, GIAO TRỰC TIẾP NĂM 2025", "KẾT QUẢ XÉT CHỌN NĂM 2025",
                                   "KẾT QUẢ THẨM ĐỊNH NĂM 2025", "TÌNH HÌNH THANH LÝ HỢP ĐỒNG NĂM 2024",
                                   "DANH MỤC DỪNG THỰC HIỆN NĂM 2024"])
def test_a_title_naming_a_stage_without_the_word_tasks_is_no_task_managed(title):
    """WRONG (main and combo38): 'Cấp nhiệm vụ | Đề tài | Dự án | Tổng số' under 'TỔNG HỢP ĐỀ XUẤT ĐẶT HÀNG NĂM 2025'
    stored the 65 tasks proposed (and the levels' 35, 30) as 2025's tasks managed: only a title naming 'nhiệm vụ' (or
    'đề tài', 'dự án') was read for its stage, and one naming none was the bare count."""
    assert _no_tasks(title), title


@pytest.mark.parametrize("title", ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024",
                                   "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN VÀ ĐỔI MỚI SÁNG TẠO NĂM 2024",
                                   "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2024", "TÌNH HÌNH TRIỂN KHAI NĂM 2024",
                                   "BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024 VÀ PHƯƠNG HƯỚNG NĂM 2025"])
def test_probe_a_results_title_naming_no_stage_keeps_the_tasks_managed(title):
    assert _read(_types_total(title)) == _managed("2024"), title


# --- 2. the title's words on the tasks carried out, in their order ---------------------------------------------------

@pytest.mark.parametrize("title", ["NHIỆM VỤ ĐÃ CÓ KẾT QUẢ THỰC HIỆN NĂM 2024", "NHIỆM VỤ CÓ KẾT QUẢ THỰC HIỆN NĂM 2024"])
def test_tasks_that_have_results_are_no_tasks_managed(title):
    """WRONG (combo38; unread on main): 'NHIỆM VỤ ĐÃ CÓ KẾT QUẢ THỰC HIỆN NĂM 2024' (the tasks that have produced
    their results: done ones) stored 65 as every task managed — wrong40's title of the tasks carried out was read as
    a set of words, in any order."""
    assert _no_tasks(title), title


@pytest.mark.parametrize("title,period", [("BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024", "2024"),
                                          ("KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ KH&CN NĂM 2024", "2024"),
                                          ("KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢ NĂM 2024", "2024"),
                                          ("KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG ĐẦU NĂM 2024", "2024-01/2024-09")])
def test_probe_a_title_of_the_tasks_carried_out_keeps_the_tasks_managed(title, period):
    assert _read(_types_total(title)) == _managed(period), title


# --- 3. the plan carried out, the department's key duties: results (read on main) -------------------------------------

@pytest.mark.parametrize("title", ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH NHIỆM VỤ NĂM 2024",
                                   "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH NHIỆM VỤ KH&CN NĂM 2024",
                                   "BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRỌNG TÂM NĂM 2024"])
def test_the_results_of_a_plan_or_of_the_key_duties_keep_the_tasks_managed(title):
    """LOST (read on main, lost since combo37): under 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH NHIỆM VỤ NĂM 2024' (the plan
    carried out: results, as _title_plan reads it) or '… NHIỆM VỤ TRỌNG TÂM NĂM 2024' (the department's key duties)
    the 65 tasks managed and the levels' 35, 30 were lost: 'kế hoạch', 'nhiệm vụ trọng tâm' open the work to come
    only after a year, so the whole line named tasks of no stage."""
    assert _read(_types_total(title)) == _managed("2024"), title


@pytest.mark.parametrize("title", ["KẾT QUẢ THỰC HIỆN NHIỆM VỤ KẾ HOẠCH ĐỀ XUẤT NĂM 2025",
                                   "KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐẶT HÀNG NĂM 2024",
                                   "KẾT QUẢ THỰC HIỆN NHIỆM VỤ CHUYỂN TIẾP NĂM 2024",
                                   "ĐỀ XUẤT NHIỆM VỤ NĂM 2025", "BÁO CÁO TÌNH HÌNH ĐỀ XUẤT ĐẶT HÀNG NHIỆM VỤ KH&CN NĂM 2023"])
def test_probe_tasks_of_another_stage_stay_no_task_managed(title):
    got = {k[2] for k in facts(_types_total(title))}
    assert "tasks_managed" not in got and "tasks_managed_provincial" not in got, title


# --- 4. a plan's title over a span of years ----------------------------------------------------------------------------

def _groups(title: str):
    """'Nhóm sản phẩm | Sản phẩm OCOP được công nhận' over the groups and their total (wrong30's plan table)."""
    return examine(head("Nghệ An", title) + [["STT", "Nhóm sản phẩm", "Sản phẩm OCOP được công nhận"],
                                             ["1", "Thực phẩm", 20], ["2", "Đồ uống", 5], ["", "Tổng cộng", 25]])


def _row(title: str, col: str = "Số lượng"):
    return examine(head("Nghệ An", title) + [["STT", "Chỉ tiêu", "ĐVT", col], ["1", "Sản phẩm OCOP được công nhận",
                                                                               "sản phẩm", 100]])


@pytest.mark.parametrize("title,period", [("KẾ HOẠCH PHÁT TRIỂN SẢN PHẨM OCOP GIAI ĐOẠN 2026-2030", "2026/2030"),
                                          ("KẾ HOẠCH PHÁT TRIỂN SẢN PHẨM OCOP GIAI ĐOẠN 2026 – 2030", "2026/2030"),
                                          ("KẾ HOẠCH KH&CN GIAI ĐOẠN 2026-2030", "2026/2030"),
                                          ("KẾ HOẠCH 5 NĂM 2026-2030", "2026/2030"),
                                          ("BÁO CÁO KẾ HOẠCH PHÁT TRIỂN SẢN PHẨM OCOP GIAI ĐOẠN 2021-2025", "2021/2025")])
def test_a_plan_title_over_a_span_makes_its_tables_the_plan(title, period):
    """WRONG (main and combo38): under 'KẾ HOẠCH PHÁT TRIỂN SẢN PHẨM OCOP GIAI ĐOẠN 2026-2030' the plan's 25 (by group)
    and 100 (a row) were stored as the ACTUAL OCOP products of 2026–2030: _title_plan read the period of the folded
    clause, whose '2026-2030' fold writes '2026 2030', no period — the title was no plan's."""
    assert _read(_groups(title)) == {("ocop_products", period, "plan"): 25}, title
    assert _read(_row(title)) == {("ocop_products", period, "plan"): 100}, title


@pytest.mark.parametrize("title", ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN 2021-2025",
                                   "TỔNG KẾT GIAI ĐOẠN 2021-2025, PHƯƠNG HƯỚNG GIAI ĐOẠN 2026-2030"])
def test_probe_results_of_a_span_stay_actual(title):
    assert _read(_row(title)) == {("ocop_products", "2021/2025", "actual"): 100}, title


def test_probe_a_yearly_plan_title_reads_as_before():
    assert _read(_row("KẾ HOẠCH PHÁT TRIỂN SẢN PHẨM OCOP NĂM 2025")) == {("ocop_products", "2025", "plan"): 100}


@pytest.mark.parametrize("cols,want", [
    (["Giai đoạn 2021-2025", "Giai đoạn 2026-2030"], {("ocop_products", "2021/2025", "actual"): 100,
                                                      ("ocop_products", "2026/2030", "plan"): 150}),
    (["Thực hiện 2021-2025", "Năm 2026", "Năm 2027"], {("ocop_products", "2021/2025", "actual"): 100,
                                                       ("ocop_products", "2026", "plan"): 150,
                                                       ("ocop_products", "2027", "plan"): 30}),
    (["Ước thực hiện năm 2025", "Năm 2026"], {("ocop_products", "2025", "actual"): 100,
                                              ("ocop_products", "2026", "plan"): 150})])
def test_the_years_of_a_span_plan_are_its_plan_the_years_before_keep_their_results(cols, want):
    """WRONG (main and combo38): 'Năm 2026 | Năm 2027' (or 'Giai đoạn 2026-2030') beside the last span's results under
    'KẾ HOẠCH PHÁT TRIỂN SẢN PHẨM OCOP GIAI ĐOẠN 2026-2030' stored the plan's 150 and 30 as 2026's and 2027's actual
    products; a period before the plan's keeps its reading (review18)."""
    got = examine(head("Nghệ An", "KẾ HOẠCH PHÁT TRIỂN SẢN PHẨM OCOP GIAI ĐOẠN 2026-2030")
                  + [["STT", "Chỉ tiêu", "ĐVT", *cols], ["1", "Sản phẩm OCOP được công nhận", "sản phẩm",
                                                        *[100, 150, 30][:len(cols)]]])
    assert _read(got) == want, cols


# --- 5. money in a year before an allocation plan's ---------------------------------------------------------------------

def _budget(title: str, columns: tuple, budget: list, tasks: list):
    from tests.fixtures.reports import TASKS_ACCEPTED_ROW, table
    return table(["1", "Chi ngân sách nhà nước cho KH&CN", "triệu đồng", *budget], TASKS_ACCEPTED_ROW + tasks,
                 title=title, columns=columns, name="report.xlsx")


@pytest.mark.parametrize("title", ["KẾ HOẠCH PHÂN BỔ KINH PHÍ KH&CN NĂM 2026",
                                   "KẾ HOẠCH PHÂN BỔ KINH PHÍ KH&CN GIAI ĐOẠN 2026-2030"])
def test_a_bare_year_before_an_allocation_plan_is_no_money_spent(title):
    """WRONG (main, and the span once its plan was read): 'Chi ngân sách nhà nước cho KH&CN | triệu đồng | Năm 2025:
    60000 | Năm 2026: 70000' under 'KẾ HOẠCH PHÂN BỔ KINH PHÍ KH&CN NĂM 2026' stored 60 tỷ as spent in 2025: a plan's
    title lifted wrong39's allocation rule for every column, and a year outside the plan keeps its own reading — the
    year's allocation or its spending, no header says. The row is set aside (the plan's 70 with it); the tasks stay."""
    got = _budget(title, ("Năm 2025", "Năm 2026"), [60000, 70000], [12, 13])
    assert not any(k[2] == "st_budget" for k in taken(got)), title
    assert _read(got) == {("tasks_accepted", "2025", "actual"): 12, ("tasks_accepted", "2026", "plan"): 13}, title


@pytest.mark.parametrize("title,columns,want", [
    ("KẾ HOẠCH PHÂN BỔ KINH PHÍ KH&CN NĂM 2025", ("Năm 2025",), {("st_budget", "2025", "plan"): 60}),
    ("KẾ HOẠCH PHÂN BỔ KINH PHÍ KH&CN GIAI ĐOẠN 2026-2030", ("Năm 2026", "Năm 2027"),
     {("st_budget", "2026", "plan"): 60, ("st_budget", "2027", "plan"): 70}),
    ("KẾ HOẠCH PHÂN BỔ KINH PHÍ KH&CN NĂM 2026", ("Thực hiện năm 2025", "Năm 2026"),
     {("st_budget", "2025", "actual"): 60, ("st_budget", "2026", "plan"): 70}),
    ("BÁO CÁO KẾT QUẢ GIẢI NGÂN KINH PHÍ KH&CN NĂM 2025", ("Năm 2025",), {("st_budget", "2025", "actual"): 60})])
def test_probe_money_of_the_plan_or_of_results_reads(title, columns, want):
    got = _read(_budget(title, columns, [60000, 70000][:len(columns)], [12, 13][:len(columns)]))
    assert {k: v for k, v in got.items() if k[0] == "st_budget"} == want, title
